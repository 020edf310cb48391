//! Getting data out of the browser as files.

use leptos::prelude::*;

use crate::browser::{clock, crypto, download, storage};
use crate::domain::envelope::{self, ExportScope};
use crate::domain::Id;
use crate::i18n::LaterKey;

use super::state::{note_backup, AppState};

/// Like [`export`], sealed with `passphrase` first (AES-256-GCM); `on_error`
/// hears why when the browser cannot encrypt.
pub fn export_sealed(
    app: AppState,
    scope: ExportScope,
    passphrase: String,
    on_error: Callback<String>,
) {
    let now = clock::now();
    let (json, name) = prepare(app, &scope, now);
    leptos::task::spawn_local(async move {
        match crypto::seal(&json, &passphrase).await {
            Ok(sealed) => deliver(app, &name, &sealed.to_file(), clock::local_date(now)),
            // Sealing fails only where the page has no Web Crypto.
            Err(_) => on_error.run(app.t(LaterKey::ExportNoEncryption).to_string()),
        }
    });
}

/// The export text and its file name.
fn prepare(app: AppState, scope: &ExportScope, now: crate::domain::Timestamp) -> (String, String) {
    app.finish_restore();
    let today = clock::local_date(now);
    let (json, scope_name) = app.workspace.with_untracked(|ws| {
        let name = match scope {
            ExportScope::Everything => "all".to_string(),
            ExportScope::Clients(ids) if ids.len() == 1 => ws
                .client(ids[0])
                .map(|c| c.name.clone())
                .unwrap_or_else(|| "clients".into()),
            ExportScope::Clients(_) => "clients".to_string(),
        };
        (envelope::encode_export(ws, scope, now, ""), name)
    });
    (json, envelope::export_file_name(&scope_name, today))
}

fn deliver(app: AppState, name: &str, content: &str, today: chrono::NaiveDate) {
    match download::download_text(name, "application/json", content) {
        Ok(()) => note_backup(app.last_export, storage::STORAGE_KEYS.last_export, today),
        Err(error) => leptos::logging::error!("export failed: {error:?}"),
    }
}

/// Downloads `scope` as `account-desk-<scope>-<yyyy-mm-dd>.json` and
/// remembers the day. Reads memory, not storage, so it works when saving
/// does not.
pub fn export(app: AppState, scope: ExportScope) {
    let now = clock::now();
    let (json, name) = prepare(app, &scope, now);
    deliver(app, &name, &json, clock::local_date(now));
}

pub fn export_everything(app: AppState) {
    export(app, ExportScope::Everything);
}

pub fn export_clients(app: AppState, clients: Vec<Id>) {
    export(app, ExportScope::Clients(clients));
}

/// Downloads the data kept under `key`, for unreadable data.
pub fn download_stored(key: &str) {
    let Some(raw) = storage::kept_text(key) else {
        return;
    };
    let found_at = key
        .strip_prefix(storage::STORAGE_KEYS.unreadable_prefix)
        .unwrap_or("data");
    let stamp: String = found_at
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    // A file Import reads (see `kept_copy`): a kept copy opens through the
    // same preview as any file.
    let name = format!("account-desk-kept-{stamp}.json");
    if let Err(error) = download::download_text(&name, "application/json", &raw) {
        leptos::logging::error!("download failed: {error:?}");
    }
}

/// Downloads a CSV as `account-desk-<what>-<yyyy-mm-dd>.csv`.
pub fn download_csv(what: &str, csv: &str) {
    let name = format!("account-desk-{what}-{}.csv", clock::today());
    if let Err(error) = download::download_text(&name, "text/csv;charset=utf-8", csv) {
        leptos::logging::error!("CSV export failed: {error:?}");
    }
}
