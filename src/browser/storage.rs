//! localStorage, the only place Account Desk keeps data.
//!
//! We talk to `web_sys::Storage` directly rather than through gloo-storage:
//! gloo panics when storage is disabled (it cannot even be reached in some
//! private modes) and JSON-encodes values, while we must report every failure
//! as a typed error and store the envelope text as it is.

use std::cell::RefCell;

use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, Storage};

use super::timing;
use crate::domain::envelope::{self, RestoreError, Restored};
use crate::domain::packed;
use crate::domain::salvage::{self, LostPart, Salvaged};
use crate::domain::saving::{self, Heard, Known, PartStorage, SaveFailure, SaveOutcome};
use crate::domain::store::{self, StoreError};
use crate::domain::{Id, Lang, Timestamp, Workspace};

/// Every key Account Desk reads or writes, in one place.
pub struct StorageKeys {
    /// The manifest of the stored workspace (see `domain::store`); before
    /// the split into parts, the whole envelope.
    pub workspace: &'static str,
    /// Each part of the workspace is stored under this prefix.
    pub part_prefix: &'static str,
    /// The interface language.
    pub language: &'static str,
    /// The date of the last export, as yyyy-mm-dd.
    pub last_export: &'static str,
    /// The date everything in the workspace last came from one file (an
    /// import into an empty workspace, or Replace), as yyyy-mm-dd: that file
    /// is a copy, as good as an export for the backup reminder.
    pub last_file_copy: &'static str,
    /// Unreadable data found under `workspace` is moved to this prefix plus
    /// the time it was found (packed), and never written to again.
    pub unreadable_prefix: &'static str,
    /// In sessionStorage (which survives a reload of the tab): the
    /// workspace as it was when a save failed, packed, until it is saved,
    /// or reviewed after a reload (see [`keep_unsaved`]).
    pub unsaved: &'static str,
}

pub const STORAGE_KEYS: StorageKeys = StorageKeys {
    workspace: "account-desk:workspace",
    part_prefix: "account-desk:part:",
    language: "account-desk:language",
    last_export: "account-desk:last-export",
    last_file_copy: "account-desk:last-file-copy",
    unreadable_prefix: "account-desk:unreadable:",
    unsaved: "account-desk:unsaved",
};

/// Chromium's localStorage limit per origin, in UTF-16 code units of keys and
/// values together (measured; other browsers are similar).
pub const QUOTA_UNITS: usize = 5_242_880;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SaveError {
    #[error("the browser's storage is full")]
    QuotaExceeded,
    #[error("the browser does not allow storage")]
    Unavailable,
    #[error("unreadable stored data is being kept")]
    KeptUnreadable,
    #[error("another tab saved data this version cannot read")]
    ChangedElsewhere,
    /// The code that writes the workspace travels in the second wasm file,
    /// which could not be fetched.
    #[error("the part of the app that saves could not be fetched")]
    NotFetched,
    #[error("{0}")]
    Other(String),
}

impl SaveError {
    fn from_js(error: JsValue) -> Self {
        match error.dyn_ref::<DomException>() {
            // Code 22 is QuotaExceededError; Firefox names it NS_ERROR_DOM_QUOTA_REACHED.
            Some(e) if e.code() == 22 || e.name().contains("Quota") => SaveError::QuotaExceeded,
            Some(e) if e.name() == "SecurityError" => SaveError::Unavailable,
            Some(e) => SaveError::Other(format!("{}: {}", e.name(), e.message())),
            None => SaveError::Other(error.as_string().unwrap_or_else(|| format!("{error:?}"))),
        }
    }
}

fn local_storage() -> Result<Storage, SaveError> {
    web_sys::window()
        .ok_or(SaveError::Unavailable)?
        .local_storage()
        .map_err(|_| SaveError::Unavailable)?
        .ok_or(SaveError::Unavailable)
}

pub fn read(key: &str) -> Option<String> {
    local_storage().ok()?.get_item(key).ok().flatten()
}

pub fn write(key: &str, value: &str) -> Result<(), SaveError> {
    local_storage()?
        .set_item(key, value)
        .map_err(SaveError::from_js)
}

pub fn remove(key: &str) {
    if let Ok(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// What was found in storage at start-up.
pub enum Loaded {
    /// Nothing stored yet: a first visit, or a cleared browser.
    Empty,
    Restored(Box<Restored>),
    /// Stored data that the restore chokepoint refused. `kept_under` is the
    /// backup key it was moved to, or `None` when even that copy could not be
    /// made (storage full): then it stays where it is and must not be
    /// overwritten.
    Unreadable {
        reason: RestoreError,
        kept_under: Option<String>,
    },
    /// Stored parts of which some could not be read: the rest, and what
    /// was left out (a copy of it is kept under `kept_under`).
    Salvaged {
        restored: Box<Restored>,
        lost: Vec<LostPart>,
        orphans: usize,
        kept_under: String,
    },
    Unavailable,
}

thread_local! {
    /// What storage holds, as this tab last wrote or read it: the base that
    /// a save compares against so it writes only the parts that changed, and
    /// merges over when another tab saved since.
    static KNOWN: RefCell<Known> = RefCell::new(Known::default());

    /// What [`read_ahead`] found, until the restore takes it.
    static READ_AHEAD: RefCell<Option<Option<Found>>> = const { RefCell::new(None) };
}

/// The stored workspace as envelope text, however it is laid out: a
/// manifest and its parts, or (before the split) one envelope.
enum Found {
    Envelope(String),
    Parts { manifest_text: String, text: String },
    Damaged(StoreError),
}

fn find(storage: &Storage) -> Option<Found> {
    // A save in another tab may replace the manifest, and remove parts it
    // named, while this tab reads them: read again from the new manifest.
    let mut tries = 0;
    loop {
        let raw = storage.get_item(STORAGE_KEYS.workspace).ok().flatten()?;
        if !store::is_manifest(&raw) {
            return Some(Found::Envelope(raw));
        }
        let found = store::read_manifest(&raw).and_then(|manifest| {
            store::assemble(&manifest, |key| storage.get_item(key).ok().flatten())
        });
        match found {
            Ok(text) => {
                return Some(Found::Parts {
                    manifest_text: raw,
                    text,
                })
            }
            Err(error) => {
                let moved = storage.get_item(STORAGE_KEYS.workspace).ok().flatten();
                tries += 1;
                if tries >= 5 || moved.as_deref() == Some(raw.as_str()) {
                    return Some(Found::Damaged(error));
                }
            }
        }
    }
}

/// Restores what `find` found; remembers the manifest as the base of the
/// next save.
fn restore_found(found: Found) -> Result<Restored, (RestoreError, Option<String>)> {
    let (text, manifest_text) = match found {
        Found::Envelope(text) => (text.clone(), text),
        Found::Parts {
            manifest_text,
            text,
            ..
        } => (text, manifest_text),
        Found::Damaged(error) => {
            return Err((RestoreError::DamagedStorage(error.to_string()), None));
        }
    };
    match envelope::restore(&text) {
        Ok(restored) => {
            // The workspace itself is remembered after the first paint
            // (`remember_stored`): a copy of an agency's takes a while.
            KNOWN.set(Known::read(Some(manifest_text), None));
            Ok(restored)
        }
        Err(reason) => Err((reason, Some(text))),
    }
}

/// Reads and unpacks what is stored ahead of the whole restore, for the
/// next [`load_workspace`]: the restore's code travels in the second wasm
/// file, and reading while that file is fetched takes the read off the wait.
pub fn read_ahead() {
    if let Ok(storage) = local_storage() {
        let found = timing::measured("load:read", || find(&storage));
        READ_AHEAD.set(Some(found));
    }
}

/// Drops what [`read_ahead`] kept, if no restore used it.
pub fn forget_read_ahead() {
    READ_AHEAD.set(None);
}

/// The whole stored workspace through the restore chokepoint (from what was
/// read ahead, if anything was). Unreadable data is moved aside.
pub fn load_workspace(now: Timestamp) -> Loaded {
    let Ok(storage) = local_storage() else {
        return Loaded::Unavailable;
    };
    // Two steps, measured apart: reading and unpacking what is stored, and
    // the restore chokepoint (parse, validate, repair).
    let found = READ_AHEAD
        .take()
        .unwrap_or_else(|| timing::measured("load:read", || find(&storage)));
    let Some(found) = found else {
        return Loaded::Empty;
    };
    match timing::measured("load:restore", || restore_found(found)) {
        Ok(restored) => Loaded::Restored(Box::new(restored)),
        Err((reason, text)) => {
            if let Some(salvaged) = salvage_stored(&storage, now) {
                return salvaged;
            }
            let kept = text.unwrap_or_else(|| stored_dump(&storage));
            let backup_key = format!("{}{}", STORAGE_KEYS.unreadable_prefix, now.to_rfc3339());
            let kept_under = match storage.set_item(&backup_key, &packed::pack(&kept)) {
                Ok(()) => {
                    // The data is safe under the backup key; free the main
                    // key so the next start does not find (and copy) it again.
                    discard_workspace();
                    Some(backup_key)
                }
                Err(_) => None,
            };
            Loaded::Unreadable { reason, kept_under }
        }
    }
}

/// Opens what can be read of stored parts that do not restore whole (see
/// `domain::salvage`), after keeping a copy of the parts left out (their
/// bytes as stored, and the manifest) under a backup key. `None` when
/// nothing can be opened that way, or the copy cannot be kept.
fn salvage_stored(storage: &Storage, now: Timestamp) -> Option<Loaded> {
    let manifest_text = storage.get_item(STORAGE_KEYS.workspace).ok().flatten()?;
    let manifest = store::read_manifest(&manifest_text).ok()?;
    let read = |key: &str| storage.get_item(key).ok().flatten();
    let Salvaged {
        restored,
        lost,
        orphans,
    } = salvage::salvage(&manifest, read)?;
    let parts: serde_json::Map<String, serde_json::Value> = lost
        .iter()
        .map(|part| (part.key.clone(), read(&part.key).into()))
        .collect();
    let kept = serde_json::json!({ STORAGE_KEYS.workspace: manifest_text, "parts": parts });
    let kept_under = format!("{}{}", STORAGE_KEYS.unreadable_prefix, now.to_rfc3339());
    storage
        .set_item(&kept_under, &packed::pack(&kept.to_string()))
        .ok()?;
    // The stored parts are not what was opened: the next save compares
    // text by text, and writes a manifest without the parts left out.
    KNOWN.set(Known::salvaged(manifest_text, &restored.workspace));
    Some(Loaded::Salvaged {
        restored: Box::new(restored),
        lost,
        orphans,
        kept_under,
    })
}

/// What start-up reads before the whole restore.
#[derive(Debug, PartialEq)]
pub enum ListRead {
    /// Storage works and holds no workspace: the whole one is empty.
    NothingStored,
    /// The team and the clients alone.
    List(Box<Workspace>),
    /// The browser does not let the app store data (private mode, storage
    /// turned off): the whole workspace is the empty one, and cannot be
    /// saved.
    Unavailable,
    /// Anything else (an unsplit or older layout, damage): only the whole
    /// restore may judge it, and report.
    Unsure,
}

/// The team and clients alone (see `store::LIST_COLLECTIONS`), read from the
/// stored parts, for drawing the client list before the rest is read (see
/// `envelope::read_list`). Changes nothing: the whole restore must follow
/// before anything is saved.
pub fn load_list() -> ListRead {
    let Ok(storage) = local_storage() else {
        return ListRead::Unavailable;
    };
    let raw = match storage.get_item(STORAGE_KEYS.workspace) {
        Ok(Some(raw)) => raw,
        Ok(None) => return ListRead::NothingStored,
        Err(_) => return ListRead::Unsure,
    };
    let list = store::read_manifest(&raw)
        .ok()
        .filter(|manifest| manifest.envelope_version == envelope::VERSION)
        .and_then(|manifest| {
            store::assemble_list(&manifest, |key| storage.get_item(key).ok().flatten()).ok()
        })
        .and_then(|text| envelope::read_list(&text));
    list.map_or(ListRead::Unsure, |list| ListRead::List(Box::new(list)))
}

/// Every key of this origin, collected first: removing keys while reading
/// them by index would skip some.
fn all_keys(storage: &Storage) -> Result<Vec<String>, SaveError> {
    let count = storage.length().map_err(SaveError::from_js)?;
    Ok((0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect())
}

/// Every stored key of the workspace with its text, as JSON: what can be
/// kept of parts that cannot be put together.
fn stored_dump(storage: &Storage) -> String {
    let items: serde_json::Map<String, serde_json::Value> = all_keys(storage)
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k == STORAGE_KEYS.workspace || k.starts_with(STORAGE_KEYS.part_prefix))
        .filter_map(|k| {
            let value = storage.get_item(&k).ok().flatten()?;
            Some((k, value.into()))
        })
        .collect();
    serde_json::Value::Object(items).to_string()
}

/// Removes the stored workspace: the manifest and every part.
pub fn discard_workspace() {
    let Ok(storage) = local_storage() else {
        return;
    };
    let mut keys = all_keys(&storage).unwrap_or_default();
    keys.retain(|k| k.starts_with(STORAGE_KEYS.part_prefix));
    for key in keys
        .iter()
        .map(String::as_str)
        .chain([STORAGE_KEYS.workspace])
    {
        let _ = storage.remove_item(key);
    }
    KNOWN.set(Known::default());
}

/// What to hand the user for kept unreadable data under `key`: the text as
/// stored, unpacked when it was packed, or put together from its parts.
pub fn kept_text(key: &str) -> Option<String> {
    let storage = local_storage().ok()?;
    if key == STORAGE_KEYS.workspace {
        return match find(&storage)? {
            Found::Envelope(text) | Found::Parts { text, .. } => Some(text),
            Found::Damaged(_) => Some(stored_dump(&storage)),
        };
    }
    let raw = storage.get_item(key).ok().flatten()?;
    Some(packed::unpack(&raw).unwrap_or(raw))
}

/// Remembers the workspace as loaded: the base a merge with another tab's
/// save starts from, and, when `exact` (nothing was repaired on the way in:
/// it is what the parts hold), what lets the next save compare record by
/// record instead of encoding every part. Call only with the workspace
/// exactly as it was loaded, before any edit.
pub fn remember_stored(workspace: &Workspace, exact: bool) {
    KNOWN.with_borrow_mut(|known| {
        let base_unknown = known.base().is_none() && known.manifest_text.is_some();
        let salvaged = known.loaded.is_some();
        match known.stored.as_mut() {
            Some(stored) if exact && !salvaged && stored.workspace.is_none() => {
                stored.workspace = Some(workspace.clone());
            }
            _ if base_unknown => known.loaded = Some(workspace.clone()),
            _ => {}
        }
    });
}

/// localStorage as the save sees it (see `domain::saving`).
struct LocalParts(Storage);

impl PartStorage for LocalParts {
    type Error = SaveError;

    fn manifest(&self) -> Option<String> {
        self.0.get_item(STORAGE_KEYS.workspace).ok().flatten()
    }

    fn write_manifest(&mut self, text: &str) -> Result<(), SaveError> {
        self.0
            .set_item(STORAGE_KEYS.workspace, text)
            .map_err(SaveError::from_js)
    }

    fn part(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    fn write_part(&mut self, key: &str, text: &str) -> Result<(), SaveError> {
        self.0.set_item(key, text).map_err(SaveError::from_js)
    }

    fn remove_part(&mut self, key: &str) {
        let _ = self.0.remove_item(key);
    }

    fn new_part_key(&self, collection: &str, index: usize) -> String {
        loop {
            // Random, so that parts written by two tabs never share a key.
            let unique = Id::new_v4().to_string();
            let key = format!(
                "{}{collection}:{index}:{}",
                STORAGE_KEYS.part_prefix,
                &unique[..8]
            );
            if self.part(&key).is_none() {
                break key;
            }
        }
    }

    fn part_keys(&self) -> Vec<String> {
        let mut keys = all_keys(&self.0).unwrap_or_default();
        keys.retain(|k| k.starts_with(STORAGE_KEYS.part_prefix));
        keys
    }
}

/// Saves the workspace (see `domain::saving`): merged first with what
/// another tab saved since this one last read or wrote, then the parts that
/// changed, then the manifest. Call holding the save lock
/// (`locks::with_save_lock`), or with `locked` false when it cannot be
/// waited for (the page is going away): replaced parts are then left for a
/// later save to sweep, as another tab may be saving at the same moment.
pub fn save_workspace(
    workspace: &Workspace,
    now: Timestamp,
    locked: bool,
) -> SaveOutcome<SaveError> {
    let mut storage = match local_storage() {
        Ok(storage) => LocalParts(storage),
        Err(error) => {
            return SaveOutcome {
                merged: None,
                result: Err(SaveFailure::Write(error)),
            }
        }
    };
    let outcome =
        KNOWN.with_borrow_mut(|known| saving::save(&mut storage, known, workspace, now, locked));
    match &outcome.result {
        Err(SaveFailure::Write(_)) => {
            let kept = outcome.merged.as_ref().map_or(workspace, |m| &m.workspace);
            keep_unsaved(kept, now);
        }
        Ok(()) if UNSAVED_KEPT.get() => {
            UNSAVED_KEPT.set(false);
            forget_unsaved();
        }
        _ => {}
    }
    outcome
}

thread_local! {
    /// This page kept its unsaved work in sessionStorage (see
    /// [`keep_unsaved`]): a save that works makes that copy stale.
    static UNSAVED_KEPT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn session_storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Keeps what could not be saved where a reload of the tab finds it
/// (sessionStorage has a quota of its own), so the next start can offer it.
/// Best effort: where even that fails, the banner's export is the way out.
fn keep_unsaved(workspace: &Workspace, now: Timestamp) {
    if let Some(session) = session_storage() {
        let text = packed::pack(&envelope::encode(workspace, now));
        if session.set_item(STORAGE_KEYS.unsaved, &text).is_ok() {
            UNSAVED_KEPT.set(true);
        }
    }
}

/// Whether work that could not be saved before this page was (re)loaded is
/// kept (and was not written by this page).
pub fn has_unsaved() -> bool {
    !UNSAVED_KEPT.get()
        && session_storage()
            .and_then(|s| s.get_item(STORAGE_KEYS.unsaved).ok().flatten())
            .is_some()
}

/// The envelope text of the work kept by [`keep_unsaved`].
pub fn unsaved_text() -> Option<String> {
    let raw = session_storage()?.get_item(STORAGE_KEYS.unsaved).ok()??;
    packed::unpack(&raw).ok()
}

pub fn forget_unsaved() {
    if let Some(session) = session_storage() {
        let _ = session.remove_item(STORAGE_KEYS.unsaved);
    }
}

/// The workspace as another tab saved it, through the restore chokepoint;
/// `None` when nothing is stored. It becomes the base of this tab's next save.
pub fn read_workspace() -> Option<Result<Restored, RestoreError>> {
    let found = find(&local_storage().ok()?)?;
    let restored = restore_found(found).map_err(|(reason, _)| reason);
    if let Ok(restored) = &restored {
        // The tab takes this workspace; the base is a copy of it.
        let base = Restored {
            workspace: restored.workspace.clone(),
            saved_at: restored.saved_at,
            repairs: restored.repairs.clone(),
        };
        KNOWN.with_borrow_mut(|known| {
            *known = Known::read(known.manifest_text.take(), Some(base));
        });
    }
    Some(restored)
}

/// What storage holds now, next to what this tab last read or wrote there
/// (see `saving::Known::hears`).
pub fn hears_stored() -> Heard {
    let manifest_text = read(STORAGE_KEYS.workspace);
    KNOWN.with_borrow(|known| known.hears(manifest_text.as_deref()))
}

pub fn load_language() -> Option<Lang> {
    read(STORAGE_KEYS.language).and_then(|tag| Lang::from_tag(&tag))
}

/// The language is a preference: failing to keep it loses no work.
pub fn save_language(lang: Lang) {
    let _ = write(STORAGE_KEYS.language, lang.tag());
}

/// Keys of unreadable data kept aside, oldest first.
pub fn unreadable_copies() -> Vec<String> {
    let Ok(storage) = local_storage() else {
        return Vec::new();
    };
    let mut keys = all_keys(&storage).unwrap_or_default();
    keys.retain(|k| k.starts_with(STORAGE_KEYS.unreadable_prefix));
    keys.sort();
    keys
}

/// UTF-16 code units used by every key and value of this origin, which is
/// what the browser counts against [`QUOTA_UNITS`].
pub fn units_used() -> Result<usize, SaveError> {
    let storage = local_storage()?;
    Ok(all_keys(&storage)?
        .into_iter()
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            key.encode_utf16().count() + value.encode_utf16().count()
        })
        .sum())
}

/// Whether this page was opened from a file on disk (the one-file build).
/// Chromium gives every page opened from disk one origin, so any other
/// local `.html` file opened in the same browser shares this storage.
pub fn shared_with_local_files() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|protocol| protocol == "file:")
}
