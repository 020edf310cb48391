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
use crate::domain::store::{self, Manifest, StoreError, Stored};
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
    /// Who saved the workspace last (a tab's id and its save count), so a
    /// tab can tell, before writing, that another tab saved in between.
    pub generation: &'static str,
    /// Unreadable data found under `workspace` is moved to this prefix plus
    /// the time it was found (packed), and never written to again.
    pub unreadable_prefix: &'static str,
}

pub const STORAGE_KEYS: StorageKeys = StorageKeys {
    workspace: "account-desk:workspace",
    part_prefix: "account-desk:part:",
    language: "account-desk:language",
    last_export: "account-desk:last-export",
    last_file_copy: "account-desk:last-file-copy",
    generation: "account-desk:generation",
    unreadable_prefix: "account-desk:unreadable:",
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
    Unavailable,
}

thread_local! {
    /// What storage holds, as this tab last wrote or read it: the base that
    /// a save compares against so it writes only the parts that changed.
    static STORED: RefCell<Option<Stored>> = const { RefCell::new(None) };

    /// What [`read_ahead`] found, until the restore takes it.
    static READ_AHEAD: RefCell<Option<Option<Found>>> = const { RefCell::new(None) };
}

/// The stored workspace as envelope text, however it is laid out: a
/// manifest and its parts, or (before the split) one envelope.
enum Found {
    Envelope(String),
    Parts { manifest: Manifest, text: String },
    Damaged(StoreError),
}

fn find(storage: &Storage) -> Option<Found> {
    let raw = storage.get_item(STORAGE_KEYS.workspace).ok().flatten()?;
    if !store::is_manifest(&raw) {
        return Some(Found::Envelope(raw));
    }
    let found = store::read_manifest(&raw).and_then(|manifest| {
        let text = store::assemble(&manifest, |key| storage.get_item(key).ok().flatten())?;
        Ok(Found::Parts { manifest, text })
    });
    Some(found.unwrap_or_else(Found::Damaged))
}

/// Restores what `find` found; remembers the manifest as the base of the
/// next save.
fn restore_found(found: Found) -> Result<Restored, (RestoreError, Option<String>)> {
    let (text, manifest) = match found {
        Found::Envelope(text) => (text, None),
        Found::Parts { manifest, text } => (text, Some(manifest)),
        Found::Damaged(error) => {
            return Err((RestoreError::DamagedStorage(error.to_string()), None));
        }
    };
    match envelope::restore(&text) {
        Ok(restored) => {
            STORED.set(manifest.map(|manifest| Stored {
                manifest,
                workspace: None,
            }));
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
    STORED.set(None);
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

/// Lets the next save compare record by record with what is stored, which
/// spares it encoding every part. Call only with the workspace exactly as
/// it was loaded (before any edit or repair).
pub fn remember_stored(workspace: &Workspace) {
    STORED.with_borrow_mut(|stored| {
        // Parts of an older envelope version must all be written again.
        if let Some(stored) = stored
            .as_mut()
            .filter(|s| s.workspace.is_none() && s.manifest.envelope_version == envelope::VERSION)
        {
            stored.workspace = Some(workspace.clone());
        }
    });
}

fn new_part_key(collection: &str, index: usize) -> String {
    // Random, so that parts written by two tabs never share a key.
    let unique = Id::new_v4().to_string();
    format!(
        "{}{collection}:{index}:{}",
        STORAGE_KEYS.part_prefix,
        &unique[..8]
    )
}

/// Writes the parts of the workspace that changed, then the manifest that
/// names them, then marks the workspace as saved by `generation`. If any
/// write fails, what it wrote is removed and the previous save stays whole.
pub fn save_workspace(
    workspace: &Workspace,
    now: Timestamp,
    generation: &str,
) -> Result<(), SaveError> {
    let storage = local_storage()?;
    STORED.with_borrow_mut(|stored| {
        // Storage may have changed behind this tab's back (cleared, or written
        // by a version that did not say so): then compare with what is there.
        let manifest_now = storage.get_item(STORAGE_KEYS.workspace).ok().flatten();
        let remembered = stored
            .as_ref()
            .map(|s| serde_json::to_string(&s.manifest).expect("a manifest serialises"));
        if remembered != manifest_now {
            *stored = manifest_now
                .filter(|raw| store::is_manifest(raw))
                .and_then(|raw| store::read_manifest(&raw).ok())
                .map(|manifest| Stored {
                    manifest,
                    workspace: None,
                });
        }
        let plan = store::plan_save(
            workspace,
            now,
            stored.as_mut(),
            &mut |key| storage.get_item(key).ok().flatten(),
            &mut |collection, index| loop {
                let key = new_part_key(collection, index);
                if storage.get_item(&key).ok().flatten().is_none() {
                    break key;
                }
            },
        );
        let manifest = serde_json::to_string(&plan.manifest).expect("a manifest serialises");
        let writes = plan
            .writes
            .iter()
            .map(|(key, text)| (key.as_str(), text.as_str()))
            .chain([(STORAGE_KEYS.workspace, manifest.as_str())]);
        let mut written = Vec::new();
        for (key, text) in writes {
            if let Err(error) = storage.set_item(key, text) {
                for key in written {
                    let _ = storage.remove_item(key);
                }
                // What this tab knows of storage may now be wrong: the next
                // save compares with the stored text instead.
                *stored = None;
                return Err(SaveError::from_js(error));
            }
            written.push(key);
        }
        for key in &plan.superseded {
            let _ = storage.remove_item(key);
        }
        let known = stored
            .take()
            .and_then(|s| s.workspace)
            .unwrap_or_else(|| workspace.clone());
        *stored = Some(Stored {
            manifest: plan.manifest,
            workspace: Some(known),
        });
        // The generation is a few bytes: if even that fails, the workspace is
        // saved and the next save simply reconciles once more.
        let _ = storage.set_item(STORAGE_KEYS.generation, generation);
        Ok(())
    })
}

pub fn stored_generation() -> Option<String> {
    read(STORAGE_KEYS.generation)
}

/// The workspace as another tab saved it, through the restore chokepoint;
/// `None` when nothing is stored. It becomes the base of this tab's next save.
pub fn read_workspace() -> Option<Result<Restored, RestoreError>> {
    let found = find(&local_storage().ok()?)?;
    let restored = restore_found(found).map_err(|(reason, _)| reason);
    if let Ok(restored) = &restored {
        if restored.repairs.is_empty() {
            remember_stored(&restored.workspace);
        }
    }
    Some(restored)
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
