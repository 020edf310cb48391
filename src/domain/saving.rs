//! One save of the workspace into storage that other tabs write too.
//!
//! The browser runs each save under a lock that every tab of the origin
//! shares (see `browser::locks`), so saves never interleave; this module is
//! what happens inside it, over any key-value storage, so that it is tested
//! natively with tabs, failures and interleavings of our choosing:
//!
//! 1. read the manifest; if it is not the one this tab last read or wrote,
//!    another tab saved since: read its workspace through the restore
//!    chokepoint and merge it with this tab's over their common base (see
//!    `three_way`), so a stale tab never writes back what it did not change;
//! 2. write the changed parts under new keys, then the manifest (the commit
//!    point);
//! 3. remove the parts the manifest just replaced — only those: any other
//!    part a manifest names was written by a save this one has seen.
//!
//! A write that fails removes what this save wrote and leaves the previous
//! manifest and all its parts as they were.

use super::envelope::{self, RestoreError, Restored};
use super::merge::{self, Reconciled};
use super::meta::Timestamp;
use super::store::{self, Stored};
use super::three_way;
use super::workspace::Workspace;

/// The storage the workspace is saved in: a manifest under one key and
/// parts under keys of their own.
pub trait PartStorage {
    type Error;
    fn manifest(&self) -> Option<String>;
    fn write_manifest(&mut self, text: &str) -> Result<(), Self::Error>;
    fn part(&self, key: &str) -> Option<String>;
    fn write_part(&mut self, key: &str, text: &str) -> Result<(), Self::Error>;
    fn remove_part(&mut self, key: &str);
    /// A key for a new part that no part in storage has.
    fn new_part_key(&self, collection: &str, index: usize) -> String;
    /// Every part key in storage, named by a manifest or not.
    fn part_keys(&self) -> Vec<String>;
}

/// What a tab knows of storage: what it last read or wrote there.
#[derive(Clone, Debug, Default)]
pub struct Known {
    /// The manifest text, to tell whether another tab saved since.
    pub manifest_text: Option<String>,
    /// The base of the next save's plan.
    pub stored: Option<Stored>,
    /// The workspace storage held, when `stored` does not know it record
    /// by record (read with repairs): the base of a merge.
    pub loaded: Option<Workspace>,
    /// Parts no manifest named at this tab's last save (see [`sweep`]).
    pub strays: Vec<String>,
}

impl Known {
    /// What this tab knows after reading `manifest_text` (`None`: nothing
    /// stored) and restoring it into `restored`.
    pub fn read(manifest_text: Option<String>, restored: Option<Restored>) -> Self {
        let manifest = manifest_text
            .as_deref()
            .filter(|text| store::is_manifest(text))
            .and_then(|text| store::read_manifest(text).ok())
            // Parts of an older envelope version must all be written again.
            .filter(|m| m.envelope_version == envelope::VERSION);
        let exact = restored.as_ref().is_some_and(|r| r.repairs.is_empty());
        let workspace = restored.map(|r| r.workspace);
        match manifest {
            Some(manifest) if exact => Self {
                manifest_text,
                stored: Some(Stored {
                    manifest,
                    workspace,
                }),
                loaded: None,
                strays: Vec::new(),
            },
            manifest => Self {
                manifest_text,
                stored: manifest.map(|manifest| Stored {
                    manifest,
                    workspace: None,
                }),
                loaded: workspace,
                strays: Vec::new(),
            },
        }
    }

    /// What a tab knows after opening what could be read of damaged parts
    /// (see `salvage`): the parts are not what it holds.
    pub fn salvaged(manifest_text: String, workspace: &Workspace) -> Self {
        let manifest = store::read_manifest(&manifest_text).ok();
        Self {
            manifest_text: Some(manifest_text),
            stored: manifest.map(|manifest| Stored {
                manifest,
                workspace: None,
            }),
            loaded: Some(workspace.clone()),
            strays: Vec::new(),
        }
    }

    /// What a tab with nothing unsaved does on hearing that storage now
    /// holds `manifest_text`.
    pub fn hears(&self, manifest_text: Option<&str>) -> Heard {
        if manifest_text == self.manifest_text.as_deref() {
            return Heard::Known;
        }
        let newer = Known::read(manifest_text.map(str::to_string), None);
        if self.forked_by(&newer) {
            Heard::Forked
        } else {
            Heard::Newer
        }
    }

    /// Whether `newer` (what storage holds now) was written by a tab that
    /// had not seen the save this tab knows: its view of storage lagged
    /// behind (the browser hands one tab's writes to the others a moment
    /// later), so this tab's last save may be missing from it.
    pub fn forked_by(&self, newer: &Known) -> bool {
        match (
            self.stored.as_ref().map(|s| &s.manifest),
            newer.stored.as_ref().map(|s| &s.manifest),
        ) {
            (Some(mine), Some(newer)) => newer.id != mine.id && !newer.history.contains(&mine.id),
            _ => false,
        }
    }

    /// The workspace as storage held it when this tab last read or wrote
    /// it; `None` when nothing was stored, or when it is not known yet (see
    /// [`save`]).
    pub fn base(&self) -> Option<&Workspace> {
        self.stored
            .as_ref()
            .and_then(|s| s.workspace.as_ref())
            .or(self.loaded.as_ref())
    }
}

/// What storage holds, as a tab hears of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heard {
    /// What the tab last read or wrote.
    Known,
    /// A save made over the one the tab knows: take it as it is.
    Newer,
    /// A save made by a tab whose view of storage lagged behind, over an
    /// older one: it may lack what this tab saved last, and this tab must
    /// save again, merging (see [`Known::forked_by`]).
    Forked,
}

#[derive(Debug)]
pub enum SaveFailure<E> {
    /// Storage refused a write (full, turned off); nothing changed.
    Write(E),
    /// Another tab saved data this version cannot read; nothing written.
    TheirsUnreadable(RestoreError),
}

/// What one save did.
#[derive(Debug)]
pub struct SaveOutcome<E> {
    /// The merge with another tab's save, when there was one. The tab takes
    /// its workspace in place of its own whether or not the write worked:
    /// what the tab knows of storage now includes the other tab's save.
    pub merged: Option<Reconciled>,
    pub result: Result<(), SaveFailure<E>>,
}

/// Saves `current`, merged first with what another tab saved since this
/// tab last looked. `locked`: no other tab can save meanwhile (see the
/// module); without the lock, the parts this save replaces stay, for a
/// later save to sweep, since another tab's manifest may still name them.
pub fn save<S: PartStorage>(
    storage: &mut S,
    known: &mut Known,
    current: &Workspace,
    now: Timestamp,
    locked: bool,
) -> SaveOutcome<S::Error> {
    let mut merged = None;
    let result = save_merged(storage, known, current, now, locked, &mut merged);
    SaveOutcome { merged, result }
}

fn save_merged<S: PartStorage>(
    storage: &mut S,
    known: &mut Known,
    current: &Workspace,
    now: Timestamp,
    locked: bool,
    merged: &mut Option<Reconciled>,
) -> Result<(), SaveFailure<S::Error>> {
    let strays_before = std::mem::take(&mut known.strays);
    let manifest_text = storage.manifest();
    if manifest_text != known.manifest_text {
        let theirs = match read(storage, manifest_text.as_deref()) {
            Some(Ok(restored)) => Some(restored),
            Some(Err(error)) => return Err(SaveFailure::TheirsUnreadable(error)),
            // Cleared behind this tab's back: nothing to merge with.
            None => None,
        };
        // The manifest alone tells a save made over a lagging view.
        let forked = known.forked_by(&Known::read(manifest_text.clone(), None));
        if let Some(theirs) = &theirs {
            let empty = Workspace::default();
            *merged = Some(match (known.base(), &known.manifest_text) {
                // The other tab's save was made over one this tab has not
                // seen (see `Known::forked_by`), or this tab has just loaded
                // and not remembered the loaded workspace yet: no common
                // base is known, and the import's rules decide, record by
                // record.
                _ if forked => merge::reconcile(current, &theirs.workspace, now),
                (None, Some(_)) => merge::reconcile(current, &theirs.workspace, now),
                (Some(base), _) => three_way::reconcile(base, current, &theirs.workspace, now),
                (None, None) => three_way::reconcile(&empty, current, &theirs.workspace, now),
            });
        }
        // Their workspace becomes the base as it is, not a copy of it.
        *known = Known::read(manifest_text, theirs);
    }
    let to_write = merged.as_ref().map_or(current, |m| &m.workspace);
    match write(storage, known, to_write, now) {
        Ok(()) => {
            if locked {
                // Strays already there at this tab's previous save go now.
                let (old, new) = strays(storage, known)
                    .into_iter()
                    .partition::<Vec<_>, _>(|key| strays_before.contains(key));
                for key in &old {
                    storage.remove_part(key);
                }
                known.strays = new;
            }
            Ok(())
        }
        Err(error) => {
            // A full storage may be full of parts no manifest names any
            // more: without them, once more.
            let all = if locked {
                strays(storage, known)
            } else {
                Vec::new()
            };
            if all.is_empty() {
                return Err(SaveFailure::Write(error));
            }
            for key in &all {
                storage.remove_part(key);
            }
            write(storage, known, to_write, now).map_err(SaveFailure::Write)
        }
    }
}

/// Writes the parts of `workspace` that differ from what `known` says is
/// stored, then the manifest. On failure removes what it wrote, and `known`
/// is read anew from storage.
fn write<S: PartStorage>(
    storage: &mut S,
    known: &mut Known,
    workspace: &Workspace,
    now: Timestamp,
) -> Result<(), S::Error> {
    let plan = store::plan_save(
        workspace,
        now,
        known.stored.as_mut(),
        &mut |key| storage.part(key),
        &mut |collection, index| storage.new_part_key(collection, index),
    );
    let manifest = serde_json::to_string(&plan.manifest).expect("a manifest serialises");
    let mut written = Vec::new();
    let mut failed = None;
    for (key, text) in &plan.writes {
        if let Err(error) = storage.write_part(key, text) {
            failed = Some(error);
            break;
        }
        written.push(key.as_str());
    }
    if failed.is_none() {
        if let Err(error) = storage.write_manifest(&manifest) {
            failed = Some(error);
        }
    }
    if let Some(error) = failed {
        for key in written {
            storage.remove_part(key);
        }
        // The plan brought the known workspace up to date as it went: what
        // storage holds (the save this one replaced, or merged with) is read
        // again.
        let text = storage.manifest();
        let restored = read(storage, text.as_deref()).and_then(Result::ok);
        *known = Known::read(text, restored);
        return Err(error);
    }
    // The parts the manifest no longer names stay until a later save sweeps
    // them: another tab may be reading them right now or, if its view of
    // storage lags behind, still name them in the manifest it is writing.
    let stored_workspace = known
        .stored
        .take()
        .and_then(|s| s.workspace)
        .unwrap_or_else(|| workspace.clone());
    *known = Known {
        manifest_text: Some(manifest),
        stored: Some(Stored {
            manifest: plan.manifest,
            workspace: Some(stored_workspace),
        }),
        loaded: None,
        strays: Vec::new(),
    };
    Ok(())
}

/// Parts no manifest names: the parts saves replaced, kept until a later
/// save of this tab (another tab may still be reading them), and what a tab
/// closed in the middle of a save wrote. One seen for the first time may
/// also be a part another tab is writing this instant, its manifest still
/// to come, which is why a save removes only those it saw at its previous
/// save.
fn strays<S: PartStorage>(storage: &S, known: &Known) -> Vec<String> {
    let Some(stored) = &known.stored else {
        return Vec::new();
    };
    let named: std::collections::HashSet<&str> = stored.manifest.keys().collect();
    let mut keys = storage.part_keys();
    keys.retain(|key| !named.contains(key.as_str()));
    keys
}

/// What `manifest_text` (the text under the manifest key) holds, through
/// the restore chokepoint; `None` when nothing is stored.
pub fn read<S: PartStorage>(
    storage: &S,
    manifest_text: Option<&str>,
) -> Option<Result<Restored, RestoreError>> {
    let text = manifest_text?;
    let envelope_text = if store::is_manifest(text) {
        store::read_manifest(text)
            .and_then(|manifest| store::assemble(&manifest, |key| storage.part(key)))
            .map_err(|e| RestoreError::DamagedStorage(e.to_string()))
    } else {
        // A whole envelope, as versions before the parts stored it.
        Ok(text.to_string())
    };
    Some(envelope_text.and_then(|text| envelope::restore(&text)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rng::Rng;
    use crate::domain::{sample, Client, Meta};
    use chrono::{Duration, TimeZone, Utc};
    use std::cell::Cell;
    use std::collections::{BTreeMap, HashMap};

    const MANIFEST: &str = "manifest";

    /// A storage of its own whose `fail_at`-th write from now fails, as a
    /// full browser's would.
    #[derive(Default)]
    struct Memory {
        items: BTreeMap<String, String>,
        next: Cell<usize>,
        fail_at: Option<usize>,
    }

    impl Memory {
        fn write(&mut self, key: &str, text: &str) -> Result<(), ()> {
            if let Some(n) = self.fail_at.as_mut() {
                *n -= 1;
                if *n == 0 {
                    self.fail_at = None;
                    return Err(());
                }
            }
            self.items.insert(key.to_string(), text.to_string());
            Ok(())
        }

        fn restored(&self) -> Restored {
            read(self, self.manifest().as_deref())
                .expect("something stored")
                .expect("storage readable")
        }

        /// Part keys that no manifest names: left behind by a save.
        fn strays(&self) -> Vec<String> {
            let Some(text) = self.manifest() else {
                return Vec::new();
            };
            let manifest = store::read_manifest(&text).unwrap();
            let named: Vec<&str> = manifest.keys().collect();
            self.items
                .keys()
                .filter(|k| *k != MANIFEST && !named.contains(&k.as_str()))
                .cloned()
                .collect()
        }
    }

    impl PartStorage for Memory {
        type Error = ();
        fn manifest(&self) -> Option<String> {
            self.items.get(MANIFEST).cloned()
        }
        fn write_manifest(&mut self, text: &str) -> Result<(), ()> {
            self.write(MANIFEST, text)
        }
        fn part(&self, key: &str) -> Option<String> {
            self.items.get(key).cloned()
        }
        fn write_part(&mut self, key: &str, text: &str) -> Result<(), ()> {
            self.write(key, text)
        }
        fn remove_part(&mut self, key: &str) {
            self.items.remove(key);
        }
        fn new_part_key(&self, collection: &str, index: usize) -> String {
            self.next.set(self.next.get() + 1);
            format!("part:{collection}:{index}:{}", self.next.get())
        }
        fn part_keys(&self) -> Vec<String> {
            self.items
                .keys()
                .filter(|k| *k != MANIFEST)
                .cloned()
                .collect()
        }
    }

    fn at(step: i64) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + Duration::seconds(step)
    }

    /// One tab: its workspace, what it knows of storage, and whether it has
    /// unsaved changes.
    struct Tab {
        known: Known,
        workspace: Workspace,
        unsaved: bool,
        mine: Vec<String>,
    }

    impl Tab {
        fn open(storage: &Memory) -> Tab {
            let text = storage.manifest();
            let restored = read(storage, text.as_deref()).map(|r| r.expect("readable"));
            let workspace = restored
                .as_ref()
                .map(|r| r.workspace.clone())
                .unwrap_or_default();
            Tab {
                known: Known::read(text, restored),
                workspace,
                unsaved: false,
                mine: Vec::new(),
            }
        }

        fn save(&mut self, storage: &mut Memory, now: Timestamp) -> bool {
            let outcome = save(storage, &mut self.known, &self.workspace, now, true);
            if let Some(merged) = outcome.merged {
                self.workspace = merged.workspace;
            }
            match outcome.result {
                Ok(()) => {
                    self.unsaved = false;
                    true
                }
                Err(SaveFailure::Write(())) => false,
                Err(SaveFailure::TheirsUnreadable(e)) => panic!("storage unreadable: {e}"),
            }
        }

        /// What the `storage` event does: a tab with nothing unsaved takes
        /// the other tab's save whole; one with unsaved work saves (merging).
        fn hear(&mut self, storage: &mut Memory, now: Timestamp) {
            if self.unsaved {
                self.save(storage, now);
            } else if storage.manifest() != self.known.manifest_text {
                *self = Tab {
                    mine: std::mem::take(&mut self.mine),
                    ..Tab::open(storage)
                };
            }
        }

        fn client_mut(&mut self, name: &str, now: Timestamp, change: impl FnOnce(&mut Client)) {
            let mut client = self
                .workspace
                .clients
                .iter()
                .find(|c| c.name == name)
                .expect("the tab's own client")
                .clone();
            change(&mut client);
            self.workspace.save_client(client, now).unwrap();
            self.unsaved = true;
        }
    }

    /// What storage must hold in the end, by client name: its notes, or
    /// `None` once deleted forever.
    type Expected = HashMap<String, Option<String>>;

    fn race(seed: u64, tabs: usize, steps: i64) {
        let mut rng = Rng::new(seed);
        let mut storage = Memory::default();
        let mut first = Tab::open(&storage);
        first.workspace = sample::workspace(at(0));
        first.unsaved = true;
        assert!(first.save(&mut storage, at(0)));
        let mut tabs: Vec<Tab> = (0..tabs).map(|_| Tab::open(&storage)).collect();
        let shared = tabs[0].workspace.clients[0].name.clone();
        let shared_fields: [fn(&mut Client) -> &mut String; 3] =
            [|c| &mut c.notes, |c| &mut c.industry, |c| &mut c.website];
        let mut expected = Expected::new();
        let mut shared_expected: Vec<Option<String>> = vec![None; 3];
        for step in 1..=steps {
            let now = at(step);
            let i = rng.below(tabs.len());
            let tab = &mut tabs[i];
            match rng.below(10) {
                // Add a client of this tab's own.
                0 | 1 => {
                    let name = format!("tab {i} client {step}");
                    let mut client = tab.workspace.clients[0].clone();
                    client.meta = Meta::new(now);
                    client.name = name.clone();
                    client.notes = String::new();
                    client.contacts.clear();
                    tab.workspace.save_client(client, now).unwrap();
                    tab.unsaved = true;
                    tab.mine.push(name.clone());
                    expected.insert(name, Some(String::new()));
                }
                // Edit one of its own clients.
                2 | 3 if !tab.mine.is_empty() => {
                    let name = tab.mine[rng.below(tab.mine.len())].clone();
                    let notes = format!("edited by tab {i} at step {step}");
                    tab.client_mut(&name, now, |c| c.notes = notes.clone());
                    expected.insert(name, Some(notes));
                }
                // Delete one forever.
                4 if !tab.mine.is_empty() => {
                    let name = tab.mine.remove(rng.below(tab.mine.len()));
                    let id = tab
                        .workspace
                        .clients
                        .iter()
                        .find(|c| c.name == name)
                        .unwrap()
                        .meta
                        .id;
                    tab.workspace.trash_client(id, now).unwrap();
                    tab.workspace.purge_client(id).unwrap();
                    tab.unsaved = true;
                    expected.insert(name, None);
                }
                // Each tab edits its own field of one client they share.
                5 if i < 3 => {
                    // The third field is the web site, which must be one.
                    let value = format!("https://tab{i}-step{step}.vn");
                    tab.client_mut(&shared, now, |c| *shared_fields[i](c) = value.clone());
                    shared_expected[i] = Some(value);
                }
                // Save, sometimes into a storage that fails part-way.
                6 | 7 => {
                    if rng.percent(30) {
                        storage.fail_at = Some(1 + rng.below(4));
                    }
                    let before = storage.items.clone();
                    if !tab.save(&mut storage, now) {
                        // What was stored is whole; nothing was left behind.
                        assert_eq!(storage.manifest(), before.get(MANIFEST).cloned());
                        assert!(storage.items.keys().all(|k| before.contains_key(k)));
                    }
                    storage.fail_at = None;
                }
                // Hear of another tab's save (events arrive late or not at all).
                _ => tab.hear(&mut storage, now),
            }
            storage.restored();
        }
        // Two more saves of every tab sweep every replaced part.
        for _ in 0..2 {
            for tab in &mut tabs {
                tab.unsaved = true;
                assert!(tab.save(&mut storage, at(steps + 1)));
            }
        }
        assert_eq!(storage.strays(), Vec::<String>::new());
        let stored = storage.restored().workspace;
        for (name, notes) in &expected {
            let found = stored.clients.iter().find(|c| &c.name == name);
            assert_eq!(
                found.map(|c| c.notes.clone()),
                notes.clone(),
                "seed {seed}: {name}"
            );
        }
        let client = stored.clients.iter().find(|c| c.name == shared).unwrap();
        let mut client = client.clone();
        for (field, value) in shared_fields.iter().zip(&shared_expected) {
            if let Some(value) = value {
                assert_eq!(field(&mut client), value, "seed {seed}");
            }
        }
        assert_eq!(stored.validate(), Ok(()));
    }

    #[test]
    fn tabs_saving_in_any_order_lose_no_edit_and_leave_storage_readable() {
        for seed in 0..8 {
            race(seed, 2, 60);
            race(seed, 3, 60);
            race(seed, 5, 80);
        }
    }

    #[test]
    fn a_stale_tab_does_not_bring_back_what_another_deleted_forever_or_undo_settings() {
        let mut storage = Memory::default();
        let mut a = Tab::open(&storage);
        a.workspace = sample::workspace(at(0));
        a.unsaved = true;
        a.save(&mut storage, at(0));
        let mut stale = Tab::open(&storage);
        let gone = a.workspace.clients[0].meta.id;
        a.workspace.trash_client(gone, at(1)).unwrap();
        a.workspace.purge_client(gone).unwrap();
        a.workspace.settings.reporting_currency = crate::domain::Currency::EUR;
        a.save(&mut storage, at(1));
        // The stale tab never heard; it edits another client and saves.
        let name = stale.workspace.clients[1].name.clone();
        stale.client_mut(&name, at(2), |c| c.notes = "stale edit".into());
        assert!(stale.save(&mut storage, at(2)));
        let stored = storage.restored().workspace;
        assert!(stored.client(gone).is_none());
        assert_eq!(
            stored.settings.reporting_currency,
            crate::domain::Currency::EUR
        );
        assert_eq!(stored.clients[0].notes, "stale edit");
        // The stale tab now shows what is stored.
        assert_eq!(stale.workspace, stored);
    }

    #[test]
    fn a_save_failing_at_every_write_leaves_the_previous_save_whole() {
        let mut storage = Memory::default();
        let mut tab = Tab::open(&storage);
        tab.workspace = sample::workspace(at(0));
        tab.unsaved = true;
        tab.save(&mut storage, at(0));
        let before = storage.items.clone();
        // An edit in several collections: several part writes, then the manifest.
        let name = tab.workspace.clients[0].name.clone();
        tab.client_mut(&name, at(1), |c| c.notes = "x".into());
        tab.workspace.settings.reporting_currency = crate::domain::Currency::USD;
        let mut n = 1;
        loop {
            storage.fail_at = Some(n);
            if tab.save(&mut storage, at(1)) {
                break;
            }
            assert_eq!(storage.items, before, "failing at write {n}");
            assert!(tab.unsaved);
            n += 1;
        }
        assert!(n > 2, "the save wrote parts and the manifest");
        assert_eq!(storage.restored().workspace, tab.workspace);
    }

    #[test]
    fn a_save_without_the_lock_removes_nothing_and_what_it_replaced_is_swept_later() {
        let mut storage = Memory::default();
        let mut a = Tab::open(&storage);
        a.workspace = sample::workspace(at(0));
        a.unsaved = true;
        a.save(&mut storage, at(0));
        let mut b = Tab::open(&storage);
        let name = b.workspace.clients[1].name.clone();
        b.client_mut(&name, at(1), |c| {
            c.notes = "written as the page closed".into()
        });
        let outcome = save(&mut storage, &mut b.known, &b.workspace, at(1), false);
        assert!(outcome.result.is_ok());
        let replaced = storage.strays();
        assert_eq!(replaced.len(), 1, "the clients part it replaced stays");
        // A's saves under the lock merge B's edit, then sweep what B
        // replaced once it has been a stray for a whole save.
        let name = a.workspace.clients[2].name.clone();
        a.client_mut(&name, at(2), |c| c.notes = "A".into());
        assert!(a.save(&mut storage, at(2)));
        assert!(storage.strays().contains(&replaced[0]));
        a.client_mut(&name, at(3), |c| c.notes = "A again".into());
        assert!(a.save(&mut storage, at(3)));
        assert!(!storage.strays().contains(&replaced[0]));
        assert_eq!(storage.strays().len(), 1, "the part A's last save replaced");
        assert_eq!(
            storage.restored().workspace.clients[1].notes,
            "written as the page closed"
        );
    }

    /// Storage as a tab whose view lags behind sees it: the manifest as it
    /// was, everything else as it is.
    struct Lagging<'a> {
        storage: &'a mut Memory,
        manifest: Option<String>,
    }

    impl PartStorage for Lagging<'_> {
        type Error = ();
        fn manifest(&self) -> Option<String> {
            self.manifest.clone()
        }
        fn write_manifest(&mut self, text: &str) -> Result<(), ()> {
            self.storage.write_manifest(text)
        }
        fn part(&self, key: &str) -> Option<String> {
            self.storage.part(key)
        }
        fn write_part(&mut self, key: &str, text: &str) -> Result<(), ()> {
            self.storage.write_part(key, text)
        }
        fn remove_part(&mut self, key: &str) {
            self.storage.remove_part(key)
        }
        fn new_part_key(&self, collection: &str, index: usize) -> String {
            self.storage.new_part_key(collection, index)
        }
        fn part_keys(&self) -> Vec<String> {
            self.storage.part_keys()
        }
    }

    #[test]
    fn a_save_made_over_a_lagging_view_is_found_and_merged_by_the_tab_it_missed() {
        let mut storage = Memory::default();
        let mut a = Tab::open(&storage);
        a.workspace = sample::workspace(at(0));
        a.unsaved = true;
        a.save(&mut storage, at(0));
        let mut b = Tab::open(&storage);
        let old_manifest = storage.manifest();
        let (first, second) = (
            a.workspace.clients[0].name.clone(),
            a.workspace.clients[1].name.clone(),
        );
        a.client_mut(&first, at(1), |c| c.notes = "saved by A".into());
        assert!(a.save(&mut storage, at(1)));
        // B's view of storage has not caught up with A's save yet.
        b.client_mut(&second, at(2), |c| c.notes = "saved by B".into());
        let mut lagging = Lagging {
            storage: &mut storage,
            manifest: old_manifest,
        };
        let outcome = save(&mut lagging, &mut b.known, &b.workspace, at(2), true);
        assert!(outcome.result.is_ok() && outcome.merged.is_none());
        // Storage is readable (nothing A's save named was removed), but A's
        // edit is missing from it, and A, hearing of it, can tell.
        let stored = storage.restored().workspace;
        assert_eq!(
            stored.clients[0].notes,
            sample::workspace(at(0)).clients[0].notes
        );
        assert_eq!(a.known.hears(storage.manifest().as_deref()), Heard::Forked);
        a.unsaved = true;
        assert!(a.save(&mut storage, at(3)));
        let stored = storage.restored().workspace;
        assert_eq!(stored.clients[0].notes, "saved by A");
        assert_eq!(stored.clients[1].notes, "saved by B");
        // B hears a save made over its own: an ordinary newer one.
        assert_eq!(b.known.hears(storage.manifest().as_deref()), Heard::Newer);
    }
}
