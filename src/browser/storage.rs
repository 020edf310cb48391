//! localStorage, the only place Account Desk keeps data.
//!
//! We talk to `web_sys::Storage` directly rather than through gloo-storage:
//! gloo panics when storage is disabled (it cannot even be reached in some
//! private modes) and JSON-encodes values, while we must report every failure
//! as a typed error and store the envelope text as it is.

use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, Storage};

use crate::domain::envelope::{self, RestoreError, Restored};
use crate::domain::{Lang, Timestamp, Workspace};

/// Every key Account Desk reads or writes, in one place.
pub struct StorageKeys {
    /// The workspace envelope.
    pub workspace: &'static str,
    /// The interface language.
    pub language: &'static str,
    /// The date of the last export, as yyyy-mm-dd.
    pub last_export: &'static str,
    /// Who saved the workspace last (a tab's id and its save count), so a
    /// tab can tell, before writing, that another tab saved in between.
    pub generation: &'static str,
    /// Unreadable data found under `workspace` is moved to this prefix plus
    /// the time it was found, and never written to again.
    pub unreadable_prefix: &'static str,
}

pub const STORAGE_KEYS: StorageKeys = StorageKeys {
    workspace: "account-desk:workspace",
    language: "account-desk:language",
    last_export: "account-desk:last-export",
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
    Restored(Restored),
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

pub fn load_workspace(now: Timestamp) -> Loaded {
    let Ok(storage) = local_storage() else {
        return Loaded::Unavailable;
    };
    let Ok(Some(raw)) = storage.get_item(STORAGE_KEYS.workspace) else {
        return Loaded::Empty;
    };
    match envelope::restore(&raw) {
        Ok(restored) => Loaded::Restored(restored),
        Err(reason) => {
            let backup_key = format!("{}{}", STORAGE_KEYS.unreadable_prefix, now.to_rfc3339());
            let kept_under = match storage.set_item(&backup_key, &raw) {
                Ok(()) => {
                    // The bytes are safe under the backup key; free the main key
                    // so the next start does not find (and copy) them again.
                    let _ = storage.remove_item(STORAGE_KEYS.workspace);
                    Some(backup_key)
                }
                Err(_) => None,
            };
            Loaded::Unreadable { reason, kept_under }
        }
    }
}

/// Writes the workspace and marks it as saved by `generation`; returns the
/// number of characters stored.
pub fn save_workspace(
    workspace: &Workspace,
    now: Timestamp,
    generation: &str,
) -> Result<usize, SaveError> {
    let encoded = envelope::encode(workspace, now);
    write(STORAGE_KEYS.workspace, &encoded)?;
    // The generation is a few bytes: if even that fails, the workspace is
    // saved and the next save simply reconciles once more.
    let _ = write(STORAGE_KEYS.generation, generation);
    Ok(encoded.len())
}

pub fn stored_generation() -> Option<String> {
    read(STORAGE_KEYS.generation)
}

/// The workspace as another tab saved it, through the restore chokepoint;
/// `None` when nothing is stored.
pub fn read_workspace() -> Option<Result<Restored, RestoreError>> {
    read(STORAGE_KEYS.workspace).map(|raw| envelope::restore(&raw))
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
    let count = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(STORAGE_KEYS.unreadable_prefix))
        .collect();
    keys.sort();
    keys
}

/// UTF-16 code units used by every key and value of this origin, which is
/// what the browser counts against [`QUOTA_UNITS`].
pub fn units_used() -> Result<usize, SaveError> {
    let storage = local_storage()?;
    let count = storage.length().map_err(SaveError::from_js)?;
    Ok((0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            key.encode_utf16().count() + value.encode_utf16().count()
        })
        .sum())
}
