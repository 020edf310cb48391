// Page-level helpers shared by the journeys: found by role and label, the
// way a person finds things, never by CSS structure.
import { expect, type Page } from '@playwright/test';

export const WORKSPACE_KEY = 'account-desk:workspace';
export const UNREADABLE_PREFIX = 'account-desk:unreadable:';

export async function openApp(page: Page, hash = '#/clients') {
  await page.goto('./' + hash);
  await expect(page.getByRole('navigation', { name: /Main navigation|Điều hướng chính/ })).toBeVisible();
}

/** Waits until the latest change is in localStorage. */
export async function expectSaved(page: Page) {
  await expect(page.getByText('All changes saved')).toBeVisible();
}

export function detailsSection(page: Page) {
  return page.getByRole('region', { name: 'Details' });
}

export async function createClient(
  page: Page,
  name: string,
  contacts: { name: string; email?: string; title?: string }[] = [],
) {
  await page.getByRole('link', { name: 'New client' }).first().click();
  await detailsSection(page).getByRole('textbox', { name: 'Name' }).fill(name);
  for (const [i, contact] of contacts.entries()) {
    await page.getByRole('button', { name: 'Add contact' }).click();
    const group = page.getByRole('group', { name: `Contact ${i + 1}` });
    await group.getByRole('textbox', { name: 'Name' }).fill(contact.name);
    if (contact.title) await group.getByRole('textbox', { name: 'Title' }).fill(contact.title);
    if (contact.email) await group.getByRole('textbox', { name: 'Email' }).fill(contact.email);
  }
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Fills this origin's localStorage to its quota with unrelated keys (`filler-N`). */
export async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let block = 'x'.repeat(1 << 20);
    let n = 0;
    while (block.length >= 16) {
      try {
        localStorage.setItem(`filler-${n++}`, block);
      } catch {
        block = block.slice(0, block.length / 2);
      }
    }
  });
}

/** Removes what fillStorage added. */
export async function emptyFillers(page: Page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
}

export async function loadSample(page: Page) {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
  await expectSaved(page);
}

/**
 * Reads Account Desk's storage format in the page, independently of the app:
 * the manifest under WORKSPACE_KEY names parts, each LZ4-compressed and
 * written 15 bits per UTF-16 unit from U+0800 (see src/domain/store.rs and
 * packed.rs). Returns the envelope the parts make up, or the stored text
 * itself parsed when it is a whole envelope (as before the split).
 */
function readStored([key, keptPrefix, what]: [string, string, 'envelope' | 'kept']): { envelope: any; kept: Record<string, string> } {
  function unpack(packed: string): string {
    const unit = (i: number) => packed.charCodeAt(i) - 0x800;
    const len = unit(0) | (unit(1) << 15);
    const bytes = new Uint8Array(len);
    let acc = 0;
    let held = 0;
    let n = 0;
    for (let i = 2; i < packed.length; i++) {
      acc = (acc << 15) | unit(i);
      held += 15;
      while (held >= 8) {
        held -= 8;
        if (n < len) bytes[n++] = (acc >> held) & 0xff;
      }
      acc &= (1 << held) - 1;
    }
    // LZ4 block with its uncompressed size first (lz4_flex's size-prepended form).
    const size = bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24);
    const out = new Uint8Array(size);
    let s = 4;
    let d = 0;
    const more = (count: number) => {
      if (count === 15) {
        let b;
        do count += b = bytes[s++];
        while (b === 255);
      }
      return count;
    };
    while (s < bytes.length) {
      const token = bytes[s++];
      const literals = more(token >> 4);
      out.set(bytes.subarray(s, s + literals), d);
      s += literals;
      d += literals;
      if (s >= bytes.length) break;
      const offset = bytes[s] | (bytes[s + 1] << 8);
      s += 2;
      const match = more(token & 15) + 4;
      for (let k = 0; k < match; k++, d++) out[d] = out[d - offset];
    }
    return new TextDecoder().decode(out);
  }
  const kept: Record<string, string> = {};
  // Packed text is all units from U+0800; an earlier version kept some text as it was.
  const unpackKept = (text: string) => (text.charCodeAt(0) >= 0x800 ? unpack(text) : text);
  for (const k of Object.keys(localStorage)) if (k.startsWith(keptPrefix)) kept[k] = unpackKept(localStorage.getItem(k)!);
  if (what === 'kept') return { envelope: undefined, kept };
  const raw = localStorage.getItem(key);
  if (raw === null) return { envelope: null, kept };
  const manifest = JSON.parse(raw);
  if (manifest.format !== 'account-desk-store') return { envelope: manifest, kept };
  const workspace: Record<string, unknown> = {};
  for (const { name, parts } of manifest.collections) {
    workspace[name] = parts.flatMap((part: { key: string }) => JSON.parse(unpack(localStorage.getItem(part.key)!)));
  }
  workspace.settings = JSON.parse(unpack(localStorage.getItem(manifest.settings)!));
  const envelope = { format: 'account-desk', version: manifest.envelope_version, saved_at: manifest.saved_at, workspace };
  return { envelope, kept };
}

/**
 * Writes the stored workspace again cut into parts of `perPart` records, as
 * a build with other part sizes would have: same records, other parts. The
 * parts are packed as the app packs them, with LZ4 blocks of literals only.
 */
function writeCut([key, envelope, perPart]: [string, any, number]) {
  function pack(text: string): string {
    const plain = new TextEncoder().encode(text);
    const lengths = [];
    let rest = plain.length - 15;
    if (rest >= 0) {
      for (; rest >= 255; rest -= 255) lengths.push(255);
      lengths.push(rest);
    }
    const n = plain.length;
    const bytes = [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24, Math.min(n, 15) << 4, ...lengths, ...plain];
    const units = [bytes.length & 0x7fff, bytes.length >> 15];
    let acc = 0;
    let held = 0;
    for (const byte of bytes) {
      acc = (acc << 8) | byte;
      held += 8;
      if (held >= 15) {
        held -= 15;
        units.push((acc >> held) & 0x7fff);
        acc &= (1 << held) - 1;
      }
    }
    if (held > 0) units.push((acc << (15 - held)) & 0x7fff);
    return units.map((u) => String.fromCharCode(0x800 + u)).join('');
  }
  const manifest = JSON.parse(localStorage.getItem(key)!);
  for (const collection of manifest.collections) {
    for (const part of collection.parts) localStorage.removeItem(part.key);
    const records = envelope.workspace[collection.name];
    collection.parts = [];
    for (let at = 0; at < records.length; at += perPart) {
      const chunk = records.slice(at, at + perPart);
      const partKey = `account-desk:part:${collection.name}:${collection.parts.length}:oldcut00`;
      localStorage.setItem(partKey, pack(JSON.stringify(chunk)));
      collection.parts.push({ key: partKey, records: chunk.length });
    }
  }
  localStorage.setItem(key, JSON.stringify(manifest));
}

/** Cuts what is stored into parts of `perPart` records (see writeCut). */
export async function cutStoredInto(page: Page, perPart: number) {
  const envelope = await storedEnvelope(page);
  await page.evaluate(writeCut, [WORKSPACE_KEY, envelope, perPart] as [string, any, number]);
}

/** Stores `envelope` in place of what is stored, as a build writing it would have. */
export async function writeStoredEnvelope(page: Page, envelope: any, perPart = 100) {
  await page.evaluate(writeCut, [WORKSPACE_KEY, envelope, perPart] as [string, any, number]);
}

/** Every stored part's key. */
export async function storedPartKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('account-desk:part:')).sort());
}

/** The stored envelope (see readStored). */
export async function storedEnvelope(page: Page): Promise<any> {
  const what = [WORKSPACE_KEY, UNREADABLE_PREFIX, 'envelope'] as [string, string, 'envelope'];
  return (await page.evaluate(readStored, what)).envelope;
}

/** Unreadable data the app kept aside, by key, unpacked. */
export async function keptCopies(page: Page): Promise<Record<string, string>> {
  const what = [WORKSPACE_KEY, UNREADABLE_PREFIX, 'kept'] as [string, string, 'kept'];
  return (await page.evaluate(readStored, what)).kept;
}

/** Data → Export with a passphrase: the downloaded file's text. */
export async function exportWithPassphrase(page: Page, passphrase: string): Promise<string> {
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByLabel('Passphrase (optional)').fill(passphrase);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const fs = await import('node:fs/promises');
  return fs.readFile(await (await download).path(), 'utf8');
}
