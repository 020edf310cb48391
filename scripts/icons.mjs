// Draws the app icon — the header's brand mark, a blue rounded square with a
// white "AD" — and writes public/icon.svg plus the PNGs that platforms want
// (manifest 192/512, a maskable 512, Apple's 180 touch icon).
//
// Run by hand when the mark changes (`node scripts/icons.mjs`, needs
// Chromium); the PNGs are committed so the build never needs a rasteriser.
// The letters are paths, not text, so no font decides how the icon looks.
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser-paths.mjs';

const ACCENT = '#1d5fd1'; // --accent in style/main.css
const OUT = new URL('../public/', import.meta.url);

// On a 512 grid, cap height 200 (y 156–356), strokes 44 wide, centred.
// "A": flat apex, straight legs, crossbar; the counter is cut out (evenodd).
// "D": a stem and a bowl of radius 100 outside, 56 inside, centred on the
// stem's inner edge.
const LETTERS = [
  'M72 356 L142 156 H186 L256 356 H212 L200.1 322 H127.9 L116 356 Z',
  'M141.9 282 H186.1 L164 219 Z',
  'M296 156 H340 A100 100 0 0 1 340 356 H296 Z',
  'M340 200 A56 56 0 0 1 340 312 Z',
].join(' ');

/**
 * The icon as SVG. `bleed`: a full square for platforms that cut their own
 * shape (maskable, Apple); the letters shrink to stay in the safe circle.
 */
function svg({ bleed = false } = {}) {
  const background = bleed
    ? `<rect width="512" height="512" fill="${ACCENT}"/>`
    : `<rect width="512" height="512" rx="108" fill="${ACCENT}"/>`;
  const letters = bleed
    ? `<path transform="translate(256 256) scale(0.8) translate(-256 -256)" fill="#fff" fill-rule="evenodd" d="${LETTERS}"/>`
    : `<path fill="#fff" fill-rule="evenodd" d="${LETTERS}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${background}${letters}</svg>\n`;
}

const renders = [
  { file: 'icon-192.png', size: 192, bleed: false },
  { file: 'icon-512.png', size: 512, bleed: false },
  { file: 'icon-maskable-512.png', size: 512, bleed: true },
  { file: 'apple-touch-icon.png', size: 180, bleed: true },
];

await mkdir(OUT, { recursive: true });
await writeFile(new URL('icon.svg', OUT), svg());

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage();
  for (const { file, size, bleed } of renders) {
    await page.setViewportSize({ width: size, height: size });
    const markup = svg({ bleed }).replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><html><body style="margin:0">${markup}</body></html>`);
    // Transparent outside the rounded corners; the bleed variants are opaque.
    await page.screenshot({ path: new URL(file, OUT).pathname, omitBackground: true });
    console.log(`  public/${file}`);
  }
} finally {
  await browser.close();
}
