//! How a workspace is laid out in localStorage: each collection cut into
//! parts of a fixed number of records (see [`RECORDS_PER_PART`]), each part
//! packed (see `packed`), and a small manifest that names the parts.
//!
//! Why not one JSON string: a whole agency is ~9 million characters of JSON,
//! beyond the 5 242 880 code units localStorage holds, and re-encoding all of
//! it for one edit takes longer than a keystroke. Packed, it takes about a
//! fifth of the space, and an edit re-encodes only the parts whose records
//! changed.
//!
//! Reading goes back through the one restore chokepoint: the parts are put
//! together into the very envelope text `envelope::encode` would write, and
//! that text is restored like any other.
//!
//! Writing never overwrites a part: changed parts go under new keys, then the
//! manifest (the commit point) switches to them, then the old ones are
//! removed. A write that fails part-way leaves the previous manifest and all
//! its parts intact.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::envelope::{self, FORMAT as ENVELOPE_FORMAT};
use super::id::Id;
use super::meta::Timestamp;
use super::packed::{self, Compressed, PackError};
use super::records::Records;
use super::workspace::{with_collections, Workspace};

pub const FORMAT: &str = "account-desk-store";
/// The layout version; the envelope inside has its own.
pub const VERSION: u32 = 1;

/// How many earlier saves a manifest names: a tab that missed more saves
/// than this (it heard of none of them, and has unsaved work) merges by the
/// import's rules, without a common base.
pub const HISTORY: usize = 32;

/// Names every part of a stored workspace; stored as plain JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    /// The envelope version the parts were written in, for migration.
    pub envelope_version: u32,
    pub saved_at: Timestamp,
    /// In the order of the workspace's fields.
    pub collections: Vec<Collection>,
    pub settings: String,
    /// This save's own name, and those of the saves it was made over,
    /// newest first (at most [`HISTORY`]): a tab that finds a manifest
    /// whose history lacks the save it knows learns that the writer had not
    /// seen that save (see `saving`).
    #[serde(default)]
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Collection {
    pub name: String,
    pub parts: Vec<Part>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub key: String,
    pub records: usize,
}

impl Manifest {
    /// Every part key, settings last.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.collections
            .iter()
            .flat_map(|c| c.parts.iter().map(|p| p.key.as_str()))
            .chain(std::iter::once(self.settings.as_str()))
    }

    fn collection(&self, name: &str) -> Option<&Collection> {
        self.collections.iter().find(|c| c.name == name)
    }
}

/// The size a stored collection was cut at, when it has several parts that
/// agree on one; a single part does not tell.
fn stored_cut(collection: &Collection) -> Option<usize> {
    let first = collection.parts.first()?.records;
    (collection.parts.len() > 1 && cut_at(collection, first)).then_some(first)
}

/// Whether a stored collection's parts hold `per_part` records each, the
/// last one up to that many.
fn cut_at(collection: &Collection, per_part: usize) -> bool {
    match collection.parts.split_last() {
        None => true,
        Some((last, full)) => {
            full.iter().all(|p| p.records == per_part) && (1..=per_part).contains(&last.records)
        }
    }
}

/// Whether stored text is a manifest (rather than a whole envelope, as
/// versions before the split stored). Our manifests start with their format.
pub fn is_manifest(stored: &str) -> bool {
    stored.starts_with(&format!("{{\"format\":\"{FORMAT}\""))
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StoreError {
    #[error("the list of stored parts is unreadable: {0}")]
    Manifest(String),
    #[error("stored part {0} is missing")]
    Missing(String),
    #[error("stored part {key} is damaged: {problem}")]
    Damaged { key: String, problem: String },
}

pub fn read_manifest(stored: &str) -> Result<Manifest, StoreError> {
    let manifest: Manifest =
        serde_json::from_str(stored).map_err(|e| StoreError::Manifest(e.to_string()))?;
    if manifest.format != FORMAT || manifest.version != VERSION {
        return Err(StoreError::Manifest(format!(
            "layout {} version {}",
            manifest.format, manifest.version
        )));
    }
    Ok(manifest)
}

/// The collections the client list draws: with only these restored, the
/// list can be shown while the rest of an agency's records are still being
/// read (see `envelope::restore` and `AppState::finish_restore`).
pub const LIST_COLLECTIONS: [&str; 2] = ["team", "clients"];

/// Puts the parts back together into envelope text for `envelope::restore`.
/// `read` gives a part's stored text by key.
pub fn assemble(
    manifest: &Manifest,
    read: impl FnMut(&str) -> Option<String>,
) -> Result<String, StoreError> {
    assemble_collections(manifest, read, |_| true)
}

/// Like [`assemble`] with only the collections of [`LIST_COLLECTIONS`]
/// (and the settings); every other collection is an empty list, and its
/// parts are not even read. The text restores like any envelope: records of
/// other collections are what refer to clients, never the reverse.
pub fn assemble_list(
    manifest: &Manifest,
    read: impl FnMut(&str) -> Option<String>,
) -> Result<String, StoreError> {
    assemble_collections(manifest, read, |name| LIST_COLLECTIONS.contains(&name))
}

fn assemble_collections(
    manifest: &Manifest,
    read: impl FnMut(&str) -> Option<String>,
    wanted: impl Fn(&str) -> bool,
) -> Result<String, StoreError> {
    assemble_skipping(manifest, read, wanted, &HashSet::new()).map(|(text, _)| text)
}

/// Where a part's records went in assembled envelope text.
#[derive(Clone, Debug)]
pub struct Placed {
    pub key: String,
    pub at: std::ops::Range<usize>,
}

/// Like [`assemble`], leaving out the parts named in `skip` (their
/// collection holds the other parts' records; skipped settings are the
/// defaults), and telling where each part's text went.
pub fn assemble_skipping(
    manifest: &Manifest,
    mut read: impl FnMut(&str) -> Option<String>,
    wanted: impl Fn(&str) -> bool,
    skip: &HashSet<String>,
) -> Result<(String, Vec<Placed>), StoreError> {
    let damaged = |key: &str, problem: String| StoreError::Damaged {
        key: key.to_string(),
        problem,
    };
    let mut compressed = |key: &str| -> Result<Compressed, StoreError> {
        let stored = read(key).ok_or_else(|| StoreError::Missing(key.to_string()))?;
        Compressed::read(&stored).map_err(|e: PackError| damaged(key, e.to_string()))
    };
    // Every part read first: their stated lengths size the text, and each is
    // decompressed straight into it (building it part by part copied an
    // agency's 9 MB over and over, and a copy per part on top).
    let mut collections = Vec::with_capacity(manifest.collections.len());
    for collection in &manifest.collections {
        // A collection not wanted is written as an empty list.
        let parts = if wanted(&collection.name) {
            collection
                .parts
                .iter()
                .filter(|part| !skip.contains(&part.key))
                .map(|part| Ok((part.key.as_str(), compressed(&part.key)?)))
                .collect::<Result<Vec<_>, StoreError>>()?
        } else {
            Vec::new()
        };
        let name = serde_json::to_string(&collection.name).expect("a name serialises");
        collections.push((name, parts));
    }
    let settings = if skip.contains(&manifest.settings) {
        None
    } else {
        Some(compressed(&manifest.settings)?)
    };
    let saved_at = serde_json::to_string(&manifest.saved_at).expect("a timestamp serialises");
    let head = format!(
        "{{\"format\":\"{ENVELOPE_FORMAT}\",\"version\":{},\"saved_at\":{saved_at},\"workspace\":{{",
        manifest.envelope_version
    );
    let text_len: usize = collections
        .iter()
        .map(|(name, parts)| name.len() + 4 + parts.iter().map(|(_, c)| c.len()).sum::<usize>())
        .sum();
    let settings_len = settings.as_ref().map_or(2, Compressed::len);
    let mut out = Vec::with_capacity(head.len() + text_len + settings_len + 16);
    // Where each part's text went, to name the part if it is not UTF-8.
    let mut placed = Vec::new();
    out.extend_from_slice(head.as_bytes());
    for (name, parts) in &collections {
        out.extend_from_slice(name.as_bytes());
        out.push(b':');
        let mut any = false;
        for (key, part) in parts {
            let at = out.len();
            part.decompress_into(&mut out)
                .map_err(|e| damaged(key, e.to_string()))?;
            let list = &out[at..];
            if !(list.len() >= 2 && list[0] == b'[' && list[list.len() - 1] == b']') {
                return Err(damaged(key, "not a list of records".into()));
            }
            // The records only: the first list's `[` opens the collection's
            // list, the others' become the comma before their records.
            if list.len() == 2 {
                out.truncate(at);
                continue;
            }
            placed.push((*key, at..out.len()));
            out.pop();
            if any {
                out[at] = b',';
            }
            any = true;
        }
        out.extend_from_slice(if any { b"]," } else { b"[]," });
    }
    out.extend_from_slice(b"\"settings\":");
    let at = out.len();
    match settings {
        Some(settings) => settings
            .decompress_into(&mut out)
            .map_err(|e| damaged(&manifest.settings, e.to_string()))?,
        None => out.extend_from_slice(b"{}"),
    }
    placed.push((manifest.settings.as_str(), at..out.len()));
    out.extend_from_slice(b"}}");
    let text = String::from_utf8(out).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let key = placed
            .iter()
            .find(|(_, range)| range.contains(&at))
            .map_or("?", |(key, _)| key);
        damaged(key, e.utf8_error().to_string())
    })?;
    let placed = placed
        .into_iter()
        .map(|(key, at)| Placed {
            key: key.to_string(),
            at,
        })
        .collect();
    Ok((text, placed))
}

/// What one save writes.
#[derive(Debug)]
pub struct SavePlan {
    pub manifest: Manifest,
    /// New parts: key and packed text.
    pub writes: Vec<(String, String)>,
    /// Parts of the previous manifest that the new one no longer names.
    pub superseded: Vec<String>,
}

/// What storage holds, as this tab last wrote or read it.
#[derive(Clone, Debug)]
pub struct Stored {
    pub manifest: Manifest,
    /// The workspace those parts hold; `None` when not known record by
    /// record (just loaded, or repaired on the way in): then every part is
    /// encoded and compared with what is stored, text by text.
    pub workspace: Option<Workspace>,
}

/// Plans the save of `current` over what is `stored`. `stored_text` reads a
/// stored part (used only when the stored workspace is not known);
/// `new_key(collection, index)` names a new part and must not repeat a key
/// in use. Parts whose records are unchanged keep their key and are not
/// encoded again; `stored`'s workspace is brought up to date as it goes.
pub fn plan_save(
    current: &Workspace,
    saved_at: Timestamp,
    stored: Option<&mut Stored>,
    stored_text: &mut dyn FnMut(&str) -> Option<String>,
    new_key: &mut dyn FnMut(&str, usize) -> String,
) -> SavePlan {
    let (previous, mut known) = match stored {
        Some(s) => (Some(&s.manifest), s.workspace.as_mut()),
        None => (None, None),
    };
    let mut planner = Planner {
        previous,
        stored_text,
        new_key,
        writes: Vec::new(),
        collections: Vec::new(),
    };
    let mut visit = Visit {
        planner: &mut planner,
        current,
        known: known.as_deref_mut(),
    };
    for_each_collection(&mut visit);
    let settings_same = known.as_ref().map(|k| k.settings == current.settings);
    let settings = planner.part(
        previous.map(|m| m.settings.as_str()),
        ("settings", 0),
        settings_same,
        || serde_json::to_string(&current.settings).expect("settings serialise"),
    );
    if let Some(known) = known {
        known.settings = current.settings.clone();
    }
    let manifest = Manifest {
        format: FORMAT.into(),
        version: VERSION,
        envelope_version: envelope::VERSION,
        saved_at,
        collections: planner.collections,
        settings,
        id: Id::new_v4().to_string()[..8].to_string(),
        history: previous
            .map(|m| {
                std::iter::once(&m.id)
                    .chain(&m.history)
                    .take(HISTORY)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default(),
    };
    let superseded = match previous {
        Some(previous) => {
            let kept: std::collections::HashSet<&str> = manifest.keys().collect();
            previous
                .keys()
                .filter(|k| !kept.contains(k))
                .map(str::to_string)
                .collect()
        }
        None => Vec::new(),
    };
    SavePlan {
        manifest,
        writes: planner.writes,
        superseded,
    }
}

struct Planner<'a> {
    previous: Option<&'a Manifest>,
    stored_text: &'a mut dyn FnMut(&str) -> Option<String>,
    new_key: &'a mut dyn FnMut(&str, usize) -> String,
    writes: Vec<(String, String)>,
    collections: Vec<Collection>,
}

impl Planner<'_> {
    /// The key of a part: the `previous` one when its content is unchanged
    /// (`same`, when known; else compared as packed text), a new one for
    /// `(collection, index)`, written, otherwise.
    fn part(
        &mut self,
        previous: Option<&str>,
        (collection, index): (&str, usize),
        same: Option<bool>,
        json: impl FnOnce() -> String,
    ) -> String {
        if let (Some(key), Some(true)) = (previous, same) {
            return key.to_string();
        }
        let text = packed::pack(&json());
        if let (Some(key), None) = (previous, same) {
            if (self.stored_text)(key).as_deref() == Some(text.as_str()) {
                return key.to_string();
            }
        }
        let key = (self.new_key)(collection, index);
        self.writes.push((key.clone(), text));
        key
    }
}

/// Something done to each record collection in the order of the
/// workspace's fields (the order `envelope::encode` writes them in).
trait EachCollection {
    /// `collection` is the name and records per part.
    fn each<T: Serialize + PartialEq + Clone>(
        &mut self,
        collection: (&'static str, usize),
        field: fn(&Workspace) -> &Records<T>,
        field_mut: fn(&mut Workspace) -> &mut Records<T>,
    );
}

/// Records per part, by collection: about 100 K characters of JSON per part
/// at agency scale (a budget with its lines and costs is ~3 300, an
/// interaction ~330). An edit re-encodes and rewrites its whole part, so
/// smaller is quicker; but each part is packed on its own, so smaller packs
/// worse: at ~64 K the agency took 3 % more room, at ~128 K 1 % less and an
/// edit twice the work. At ~100 K it takes the room it took when every kind
/// had 200 per part (until the seventh stop: 650 K characters of budgets).
/// A collection already stored in several parts keeps the size it was cut
/// at (see `stored_cut`): these sizes are for collections stored anew.
const RECORDS_PER_PART: [(&str, usize); 10] = [
    ("team", 200),
    ("clients", 100),
    ("budgets", 30),
    ("reviews", 20),
    ("briefs", 100),
    ("contact_reports", 100),
    ("wip", 140),
    ("interactions", 300),
    ("nps", 300),
    ("deals", 300),
];

/// The records per part of a collection of the workspace.
fn records_per_part(collection: &str) -> usize {
    RECORDS_PER_PART
        .iter()
        .find(|(name, _)| *name == collection)
        .map(|&(_, size)| size)
        .expect("every collection has its size")
}

fn for_each_collection(visitor: &mut impl EachCollection) {
    macro_rules! visit_each {
        ($($field:ident: $record:ty,)*) => {
            $(visitor.each(
                (stringify!($field), records_per_part(stringify!($field))),
                |w| &w.$field,
                |w| &mut w.$field,
            );)*
        };
    }
    with_collections!(visit_each);
}

struct Visit<'p, 'a, 'w> {
    planner: &'p mut Planner<'a>,
    current: &'w Workspace,
    known: Option<&'w mut Workspace>,
}

impl EachCollection for Visit<'_, '_, '_> {
    fn each<T: Serialize + PartialEq + Clone>(
        &mut self,
        (name, per_part): (&'static str, usize),
        field: fn(&Workspace) -> &Records<T>,
        field_mut: fn(&mut Workspace) -> &mut Records<T>,
    ) {
        let records = field(self.current);
        // A collection no edit touched is as stored, part by part, without
        // a look at its records: most of a save's time went on those looks.
        let untouched = self
            .known
            .as_deref()
            .is_some_and(|known| field(known).unchanged_from(records));
        let stored = self.planner.previous.and_then(|m| m.collection(name));
        // A collection stored in parts of another size (by a version before
        // the sizes changed) keeps that size: cutting it anew would write all
        // of it beside the old parts before these can go, room a nearly full
        // browser does not have, and the save would fail every time.
        let per_part = stored.and_then(stored_cut).unwrap_or(per_part);
        // Stored parts hold other ranges of records than this cut's (a single
        // part of more records than a part now holds): none can be kept.
        let previous_parts = stored.filter(|stored| cut_at(stored, per_part));
        let mut parts = Vec::new();
        for (index, chunk) in records.chunks(per_part).enumerate() {
            let start = index * per_part;
            // The stored part holds exactly the known records of its range.
            let same = self.known.as_deref().map(|known| {
                let stored = field(known);
                let end = (start + per_part).min(stored.len());
                untouched || stored.get(start..end) == Some(chunk)
            });
            let previous = previous_parts
                .and_then(|stored| stored.parts.get(index))
                .map(|p| p.key.as_str());
            let key = self.planner.part(previous, (name, index), same, || {
                serde_json::to_string(chunk).expect("records serialise")
            });
            if let (Some(known), Some(false)) = (self.known.as_deref_mut(), same) {
                let stored = field_mut(known);
                let end = (start + per_part).min(stored.len());
                let start = start.min(stored.len());
                stored.splice(start..end, chunk.iter().cloned());
            }
            parts.push(Part {
                key,
                records: chunk.len(),
            });
        }
        if let Some(known) = self.known.as_deref_mut() {
            let stored = field_mut(known);
            stored.truncate(records.len());
            stored.same_records_as(records);
        }
        self.planner.collections.push(Collection {
            name: name.to_string(),
            parts,
        });
    }
}

/// UTF-16 code units `workspace` takes in storage, keys included, with
/// part keys as long as the browser's.
pub fn stored_units(workspace: &Workspace, saved_at: Timestamp) -> usize {
    let plan = plan_save(workspace, saved_at, None, &mut |_| None, &mut |c, i| {
        format!("account-desk:part:{c}:{i}:0123abcd")
    });
    units(&plan)
}

/// UTF-16 code units a plan's manifest and parts take, as localStorage
/// counts them (keys included).
pub fn units(plan: &SavePlan) -> usize {
    let utf16 = |s: &str| s.chars().map(char::len_utf16).sum::<usize>();
    let manifest = serde_json::to_string(&plan.manifest).expect("manifest serialises");
    utf16(&manifest)
        + plan
            .writes
            .iter()
            .map(|(k, v)| utf16(k) + utf16(v))
            .sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::generator::{generate, Preset};
    use chrono::{TimeZone, Utc};
    use std::collections::HashMap;

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    /// A storage of its own: key → text, and a counter for new keys.
    #[derive(Clone, Default)]
    struct Memory {
        items: HashMap<String, String>,
        next: usize,
    }

    impl Memory {
        fn save(&mut self, ws: &Workspace, stored: Option<&mut Stored>) -> SavePlan {
            let items = self.items.clone();
            let next = &mut self.next;
            let plan = plan_save(
                ws,
                now(),
                stored,
                &mut |k| items.get(k).cloned(),
                &mut |c, i| {
                    *next += 1;
                    format!("part:{c}:{i}:{next}")
                },
            );
            for (k, v) in &plan.writes {
                self.items.insert(k.clone(), v.clone());
            }
            for k in &plan.superseded {
                self.items.remove(k);
            }
            plan
        }

        /// A save into empty storage, and what the tab then knows of it.
        fn first_save(&mut self, ws: &Workspace) -> Stored {
            Stored {
                manifest: self.save(ws, None).manifest,
                workspace: Some(ws.clone()),
            }
        }

        fn read(&self, manifest: &Manifest) -> Result<String, StoreError> {
            assemble(manifest, |k| self.items.get(k).cloned())
        }
    }

    fn solo() -> Workspace {
        generate(Preset::Solo, 5, now())
    }

    /// Storage as builds before the seventh stop wrote it: 200 records in
    /// every part, whatever the kind.
    fn save_at_200_per_part(memory: &mut Memory, ws: &Workspace) -> Manifest {
        struct OldCut<'a> {
            memory: &'a mut Memory,
            ws: &'a Workspace,
            collections: Vec<Collection>,
        }
        impl EachCollection for OldCut<'_> {
            fn each<T: Serialize + PartialEq + Clone>(
                &mut self,
                (name, _): (&'static str, usize),
                field: fn(&Workspace) -> &Records<T>,
                _: fn(&mut Workspace) -> &mut Records<T>,
            ) {
                let parts = field(self.ws)
                    .chunks(200)
                    .enumerate()
                    .map(|(index, chunk)| {
                        let key = format!("old:{name}:{index}");
                        let json = serde_json::to_string(chunk).unwrap();
                        self.memory.items.insert(key.clone(), packed::pack(&json));
                        Part {
                            key,
                            records: chunk.len(),
                        }
                    })
                    .collect();
                self.collections.push(Collection {
                    name: name.into(),
                    parts,
                });
            }
        }
        let mut manifest = memory.save(ws, None).manifest;
        for key in manifest.keys() {
            if key != manifest.settings {
                memory.items.remove(key);
            }
        }
        let mut cut = OldCut {
            memory,
            ws,
            collections: Vec::new(),
        };
        for_each_collection(&mut cut);
        manifest.collections = cut.collections;
        manifest
    }

    #[test]
    fn parts_put_together_are_the_envelope_itself() {
        let ws = solo();
        assert!(
            ws.interactions.len() > records_per_part("interactions"),
            "several parts of a kind"
        );
        let mut memory = Memory::default();
        let plan = memory.save(&ws, None);
        let text = memory.read(&plan.manifest).unwrap();
        assert_eq!(text, envelope::encode(&ws, now()));
        assert_eq!(envelope::restore(&text).unwrap().workspace, ws);
        let empty = Workspace::default();
        let plan = memory.save(&empty, None);
        assert_eq!(
            memory.read(&plan.manifest).unwrap(),
            envelope::encode(&empty, now())
        );
    }

    #[test]
    fn the_list_alone_restores_its_team_and_clients_and_reads_no_other_part() {
        let ws = generate(Preset::Agency, 5, now());
        assert!(
            ws.clients.len() > records_per_part("clients"),
            "clients over several parts"
        );
        let mut memory = Memory::default();
        let manifest = memory.save(&ws, None).manifest;
        let mut asked = Vec::new();
        let text = assemble_list(&manifest, |k| {
            asked.push(k.to_string());
            memory.items.get(k).cloned()
        })
        .unwrap();
        let list = envelope::restore(&text).unwrap();
        assert_eq!(list.workspace.clients, ws.clients);
        assert_eq!(list.workspace.team, ws.team);
        assert_eq!(list.workspace.settings, ws.settings);
        assert!(list.workspace.wip.is_empty() && list.workspace.interactions.is_empty());
        let list_keys: Vec<_> = manifest
            .collections
            .iter()
            .filter(|c| LIST_COLLECTIONS.contains(&c.name.as_str()))
            .flat_map(|c| c.parts.iter().map(|p| p.key.clone()))
            .chain([manifest.settings.clone()])
            .collect();
        assert_eq!(asked, list_keys);
        // A damaged part of another collection is no concern of the list's.
        let wip_part = manifest.collection("wip").unwrap().parts[0].key.clone();
        memory.items.insert(wip_part.clone(), "garbage".into());
        assert!(assemble_list(&manifest, |k| memory.items.get(k).cloned()).is_ok());
        assert!(matches!(
            memory.read(&manifest),
            Err(StoreError::Damaged { key, .. }) if key == wip_part
        ));
    }

    #[test]
    fn an_edit_rewrites_only_the_part_that_holds_the_record() {
        let mut ws = solo();
        let mut memory = Memory::default();
        let mut stored = memory.first_save(&ws);
        ws.interactions[records_per_part("interactions") + 3]
            .summary
            .push_str(" — đã gọi lại");
        let plan = memory.save(&ws, Some(&mut stored));
        assert_eq!(plan.writes.len(), 1);
        assert!(plan.writes[0].0.starts_with("part:interactions:1:"));
        assert_eq!(plan.superseded.len(), 1);
        assert_eq!(stored.workspace.as_ref(), Some(&ws), "kept up to date");
        assert_eq!(
            memory.read(&plan.manifest).unwrap(),
            envelope::encode(&ws, now())
        );
        assert_eq!(
            memory.items.len(),
            plan.manifest.keys().count(),
            "nothing left over"
        );
    }

    #[test]
    fn adding_and_removing_records_keeps_storage_equal_to_the_workspace() {
        let mut ws = solo();
        let mut memory = Memory::default();
        let mut stored = memory.first_save(&ws);
        let extra = ws.interactions[0].clone();
        ws.interactions.push(extra);
        let plan = memory.save(&ws, Some(&mut stored));
        assert_eq!(plan.writes.len(), 1, "only the last part");
        stored.manifest = plan.manifest;
        ws.interactions.remove(5);
        ws.clients.truncate(2);
        let plan = memory.save(&ws, Some(&mut stored));
        stored.manifest = plan.manifest.clone();
        assert_eq!(stored.workspace.as_ref(), Some(&ws));
        assert_eq!(
            memory.read(&plan.manifest).unwrap(),
            envelope::encode(&ws, now())
        );
        ws.interactions.clear();
        let plan = memory.save(&ws, Some(&mut stored));
        assert_eq!(
            memory.read(&plan.manifest).unwrap(),
            envelope::encode(&ws, now())
        );
        assert_eq!(memory.items.len(), plan.manifest.keys().count());
    }

    #[test]
    fn without_the_stored_records_unchanged_parts_are_found_by_their_text() {
        let mut ws = solo();
        let mut memory = Memory::default();
        let plan = memory.save(&ws, None);
        let mut stored = Stored {
            manifest: plan.manifest.clone(),
            workspace: None,
        };
        let again = memory.save(&ws, Some(&mut stored));
        assert!(again.writes.is_empty() && again.superseded.is_empty());
        assert_eq!(again.manifest.collections, plan.manifest.collections);
        ws.settings.rates.clear();
        let plan = memory.save(&ws, Some(&mut stored));
        assert_eq!(plan.writes.len(), 1, "settings only");
    }

    #[test]
    fn every_edit_after_a_save_is_found_and_an_untouched_workspace_writes_nothing() {
        let mut ws = solo();
        let count = ws.interactions.len();
        assert!(count > records_per_part("interactions"), "several parts");
        let mut memory = Memory::default();
        let mut stored = memory.first_save(&ws);
        let nothing = memory.save(&ws, Some(&mut stored));
        assert!(nothing.writes.is_empty() && nothing.superseded.is_empty());
        stored.manifest = nothing.manifest;

        ws.interactions[0].summary.push_str(" — đã gọi lại");
        let plan = memory.save(&ws, Some(&mut stored));
        assert_eq!(plan.writes.len(), 1);
        assert!(plan.writes[0].0.starts_with("part:interactions:0:"));
        stored.manifest = plan.manifest;

        // The stored copy now carries the records' stamp: a second edit of
        // the same collection, in another part, must still be seen.
        ws.interactions[count - 1]
            .summary
            .push_str(" (hẹn tuần sau)");
        let plan = memory.save(&ws, Some(&mut stored));
        assert_eq!(plan.writes.len(), 1);
        let last = (count - 1) / records_per_part("interactions");
        assert!(plan.writes[0]
            .0
            .starts_with(&format!("part:interactions:{last}:")));
        assert!(memory.read(&plan.manifest).unwrap() == envelope::encode(&ws, now()));
        assert_eq!(stored.workspace.as_ref(), Some(&ws));
    }

    #[test]
    fn storage_cut_at_200_records_per_part_keeps_that_cut_and_an_edit_writes_one_part() {
        let mut ws = generate(Preset::Agency, 5, now());
        assert!(ws.reviews.len() > records_per_part("reviews") && ws.reviews.len() <= 200);
        for known in [Some(ws.clone()), None] {
            let mut memory = Memory::default();
            let old = save_at_200_per_part(&mut memory, &ws);
            let text = envelope::encode(&ws, now());
            assert!(memory.read(&old).unwrap() == text, "the old layout reads");
            let mut stored = Stored {
                manifest: old.clone(),
                workspace: known,
            };
            let plan = memory.save(&ws, Some(&mut stored));
            // Collections in several parts keep them; only the reviews, one
            // part of more records than a part now holds, are cut anew.
            let written: Vec<&str> = plan.writes.iter().map(|(key, _)| key.as_str()).collect();
            let reviews = ws.reviews.len().div_ceil(records_per_part("reviews"));
            assert_eq!(written.len(), reviews, "{written:?}");
            assert!(written.iter().all(|key| key.starts_with("part:reviews:")));
            assert!(memory.read(&plan.manifest).unwrap() == text);
            assert_eq!(
                memory.items.len(),
                plan.manifest.keys().count(),
                "the replaced part is gone"
            );
            stored.manifest = plan.manifest;
        }

        // An edit rewrites its own part of 200, as before the sizes changed.
        let mut memory = Memory::default();
        let mut stored = Stored {
            manifest: save_at_200_per_part(&mut memory, &ws),
            workspace: Some(ws.clone()),
        };
        ws.budgets[250].campaign.push_str(" — bổ sung");
        let plan = memory.save(&ws, Some(&mut stored));
        let budget_parts: Vec<&str> = plan
            .writes
            .iter()
            .map(|(key, _)| key.as_str())
            .filter(|key| key.starts_with("part:budgets:"))
            .collect();
        assert_eq!(budget_parts.len(), 1);
        assert!(budget_parts[0].starts_with("part:budgets:1:"));
        assert!(memory.read(&plan.manifest).unwrap() == envelope::encode(&ws, now()));
    }

    #[test]
    fn no_part_of_the_agency_is_much_over_100_k_characters() {
        struct Largest<'a>(&'a Workspace, Vec<(&'static str, usize)>);
        impl EachCollection for Largest<'_> {
            fn each<T: Serialize + PartialEq + Clone>(
                &mut self,
                (name, per_part): (&'static str, usize),
                field: fn(&Workspace) -> &Records<T>,
                _: fn(&mut Workspace) -> &mut Records<T>,
            ) {
                let largest = field(self.0)
                    .chunks(per_part)
                    .map(|chunk| serde_json::to_string(chunk).unwrap().chars().count())
                    .max()
                    .unwrap_or(0);
                self.1.push((name, largest));
            }
        }
        let ws = generate(Preset::Agency, 2027, now());
        let mut largest = Largest(&ws, Vec::new());
        for_each_collection(&mut largest);
        for (name, chars) in largest.1 {
            assert!(chars < 120_000, "{name}: {chars} characters in a part");
        }
    }

    #[test]
    fn a_missing_or_damaged_part_is_named() {
        let ws = solo();
        let mut memory = Memory::default();
        let plan = memory.save(&ws, None);
        let key = plan.manifest.collections[1].parts[0].key.clone();
        memory.items.insert(key.clone(), "{\"clients\":[]}".into());
        assert!(matches!(
            memory.read(&plan.manifest),
            Err(StoreError::Damaged { key: k, .. }) if k == key
        ));
        memory.items.remove(&key);
        assert_eq!(memory.read(&plan.manifest), Err(StoreError::Missing(key)));
    }

    #[test]
    fn a_part_that_is_not_a_list_or_not_text_is_named() {
        let ws = solo();
        let mut memory = Memory::default();
        let plan = memory.save(&ws, None);
        let interactions = plan
            .manifest
            .collections
            .iter()
            .find(|c| c.name == "interactions")
            .expect("interactions are stored");
        assert!(
            interactions.parts.len() > 1,
            "solo has several parts of them"
        );
        let second = interactions.parts[1].key.clone();
        for (bytes, problem) in [
            (&b"{\"id\": 1}"[..], "not a list of records"),
            (&b"[]]"[..], ""),
            (&b"[{\"summary\": \"caf\xe9\"}]"[..], "utf-8"),
        ] {
            let mut damaged = memory.clone();
            damaged
                .items
                .insert(second.clone(), packed::pack_bytes(bytes));
            match damaged.read(&plan.manifest) {
                Err(StoreError::Damaged {
                    key,
                    problem: found,
                }) => {
                    assert_eq!(key, second);
                    assert!(found.to_lowercase().contains(problem), "{found}");
                }
                // `[]]` is a list by its ends; the restore then finds bad JSON.
                Ok(text) => assert!(problem.is_empty() && envelope::restore(&text).is_err()),
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn a_manifest_is_told_from_an_old_whole_envelope() {
        let ws = solo();
        let plan = Memory::default().save(&ws, None);
        let text = serde_json::to_string(&plan.manifest).unwrap();
        assert!(is_manifest(&text));
        assert_eq!(read_manifest(&text).unwrap(), plan.manifest);
        assert!(!is_manifest(&envelope::encode(&ws, now())));
        assert!(matches!(
            read_manifest("{\"format\":\"account-desk-store\"}"),
            Err(StoreError::Manifest(_))
        ));
    }

    #[test]
    fn the_agency_fits_in_a_fraction_of_the_quota() {
        let ws = generate(Preset::Agency, 2027, now());
        let stored = stored_units(&ws, now());
        let plain = envelope::encode(&ws, now()).encode_utf16().count();
        assert!(plain > 5_242_880, "plain JSON would not fit: {plain}");
        assert!(stored * 3 < 5_242_880, "packed: {stored} units");
    }
}
