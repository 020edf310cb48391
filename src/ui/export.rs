//! Getting data out of the browser as files.

use leptos::prelude::*;

use crate::browser::{clock, download, storage};
use crate::domain::envelope;

use super::state::AppState;

/// Downloads the whole workspace as `account-desk-all-<yyyy-mm-dd>.json`.
/// Reads memory, not storage, so it works when saving does not.
pub fn export_everything(app: AppState) {
    let now = clock::now();
    let json = app.workspace.with_untracked(|ws| envelope::encode(ws, now));
    let name = format!("account-desk-all-{}.json", clock::local_date(now));
    if let Err(error) = download::download_text(&name, "application/json", &json) {
        leptos::logging::error!("export failed: {error:?}");
    }
}

/// Downloads the exact text stored under `key`, for unreadable data.
pub fn download_stored(key: &str) {
    let Some(raw) = storage::read(key) else {
        return;
    };
    let found_at = key
        .strip_prefix(storage::STORAGE_KEYS.unreadable_prefix)
        .unwrap_or("data");
    let stamp: String = found_at
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let name = format!("account-desk-unreadable-{stamp}.txt");
    if let Err(error) = download::download_text(&name, "text/plain", &raw) {
        leptos::logging::error!("download failed: {error:?}");
    }
}
