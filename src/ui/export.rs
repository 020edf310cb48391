//! Getting data out of the browser as files.

use leptos::prelude::*;

use crate::browser::{clock, download, storage};
use crate::domain::envelope::{self, ExportScope};
use crate::domain::Id;

use super::state::AppState;

/// Downloads `scope` as `account-desk-<scope>-<yyyy-mm-dd>.json` and
/// remembers the day. Reads memory, not storage, so it works when saving
/// does not.
pub fn export(app: AppState, scope: ExportScope) {
    let now = clock::now();
    let today = clock::local_date(now);
    let (json, scope_name) = app.workspace.with_untracked(|ws| {
        let name = match &scope {
            ExportScope::Everything => "all".to_string(),
            ExportScope::Clients(ids) if ids.len() == 1 => ws
                .client(ids[0])
                .map(|c| c.name.clone())
                .unwrap_or_else(|| "clients".into()),
            ExportScope::Clients(_) => "clients".to_string(),
        };
        (envelope::encode_export(ws, &scope, now, ""), name)
    });
    let name = envelope::export_file_name(&scope_name, today);
    match download::download_text(&name, "application/json", &json) {
        Ok(()) => {
            let _ = storage::write(storage::STORAGE_KEYS.last_export, &today.to_string());
            app.last_export.set(Some(today));
        }
        Err(error) => leptos::logging::error!("export failed: {error:?}"),
    }
}

pub fn export_everything(app: AppState) {
    export(app, ExportScope::Everything);
}

pub fn export_clients(app: AppState, clients: Vec<Id>) {
    export(app, ExportScope::Clients(clients));
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
