//! The browser layer against a real Chromium localStorage
//! (`cargo test --target wasm32-unknown-unknown --test web`).
#![cfg(target_arch = "wasm32")]

use account_desk::browser::storage::{self, ListRead, Loaded, SaveError, STORAGE_KEYS};
use account_desk::domain::envelope::RestoreError;
use account_desk::domain::saving::SaveFailure;
use account_desk::domain::{sample, Lang, Timestamp, Workspace};
use chrono::{TimeZone, Utc};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clean() {
    local_storage().clear().unwrap();
}

/// A save as the app makes it, holding the lock (a test is the only tab).
fn save(ws: &Workspace) -> Result<(), SaveError> {
    storage::save_workspace(ws, now(), true)
        .result
        .map_err(|failure| match failure {
            SaveFailure::Write(error) => error,
            SaveFailure::TheirsUnreadable(_) => SaveError::ChangedElsewhere,
        })
}

#[wasm_bindgen_test]
fn a_saved_workspace_loads_back_identical() {
    clean();
    let ws = sample::workspace(now());
    save(&ws).unwrap();
    assert!(storage::units_used().unwrap() > 1_000);
    assert_eq!(loaded(), ws);
}

#[wasm_bindgen_test]
fn the_client_list_reads_the_team_and_clients_alone() {
    clean();
    assert_eq!(storage::load_list(), ListRead::NothingStored);
    let ws = sample::workspace(now());
    assert!(!ws.wip.is_empty() && !ws.budgets.is_empty());
    save(&ws).unwrap();
    let ListRead::List(list) = storage::load_list() else {
        panic!("the list's parts read");
    };
    assert_eq!(list.clients, ws.clients);
    assert_eq!(list.team, ws.team);
    assert!(list.wip.is_empty() && list.budgets.is_empty() && list.interactions.is_empty());
    // Reading the list leaves storage as it was: the whole restore follows.
    assert_eq!(loaded(), ws);

    // Data stored whole, as before the split, is left to the whole restore.
    let whole = account_desk::domain::envelope::encode(&ws, now());
    clean();
    local_storage()
        .set_item(STORAGE_KEYS.workspace, &whole)
        .unwrap();
    assert_eq!(storage::load_list(), ListRead::Unsure);
    assert_eq!(loaded(), ws);

    // Damage is left to the whole restore too, which opens the rest and
    // names what it left out.
    clean();
    save(&ws).unwrap();
    garble_clients_part();
    assert_eq!(storage::load_list(), ListRead::Unsure);
    match storage::load_workspace(now()) {
        Loaded::Salvaged { lost, .. } => assert_eq!(lost[0].collection, "clients"),
        _ => panic!("expected the rest opened"),
    }
}

#[wasm_bindgen_test]
fn what_is_read_ahead_restores_as_a_direct_read_does() {
    clean();
    storage::read_ahead();
    assert!(matches!(storage::load_workspace(now()), Loaded::Empty));
    let ws = sample::workspace(now());
    save(&ws).unwrap();
    storage::read_ahead();
    // What was read ahead is restored, once: the next restore reads again.
    clean();
    match storage::load_workspace(now()) {
        Loaded::Restored(restored) => assert_eq!(restored.workspace, ws),
        _ => panic!("expected the workspace read ahead"),
    }
    assert!(matches!(storage::load_workspace(now()), Loaded::Empty));
    // Damage found ahead is reported, and the damaged part kept, as it
    // would be.
    save(&ws).unwrap();
    garble_clients_part();
    storage::read_ahead();
    match storage::load_workspace(now()) {
        Loaded::Salvaged {
            kept_under, lost, ..
        } => {
            assert_eq!(lost.len(), 1);
            assert!(storage::kept_text(&kept_under).unwrap().contains("garbled"));
        }
        _ => panic!("expected the damage reported"),
    }
}

/// Overwrites a stored part of the clients with text that is not a part.
fn garble_clients_part() {
    let clients_part = stored_keys()
        .into_iter()
        .find(|key| key.starts_with(STORAGE_KEYS.part_prefix) && key.contains("clients"))
        .expect("a part of the clients");
    local_storage().set_item(&clients_part, "garbled").unwrap();
}

fn loaded() -> Workspace {
    match storage::load_workspace(now()) {
        Loaded::Restored(restored) => restored.workspace,
        _ => panic!("expected the saved workspace"),
    }
}

fn stored_keys() -> Vec<String> {
    let storage = local_storage();
    let mut keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .collect();
    keys.sort();
    keys
}

#[wasm_bindgen_test]
fn an_edit_writes_one_part_and_a_later_save_removes_the_one_it_replaced() {
    clean();
    let mut ws = sample::workspace(now());
    save(&ws).unwrap();
    storage::remember_stored(&ws, true);
    let before = stored_keys();
    ws.clients[0].industry = "Cà phê đặc sản".into();
    save(&ws).unwrap();
    let after = stored_keys();
    let new: Vec<_> = after.iter().filter(|k| !before.contains(k)).collect();
    assert_eq!(new.len(), 1, "{new:?}");
    assert!(new[0].starts_with("account-desk:part:clients:0:"));
    assert_eq!(loaded(), ws);
    // The replaced part stays while other tabs may still read it: it goes
    // at the save after the next.
    assert_eq!(after.len(), before.len() + 1);
    save(&ws).unwrap();
    save(&ws).unwrap();
    assert_eq!(stored_keys().len(), before.len());
    assert_eq!(loaded(), ws);
}

#[wasm_bindgen_test]
fn storage_cleared_behind_the_apps_back_gets_every_part_again() {
    clean();
    let mut ws = sample::workspace(now());
    save(&ws).unwrap();
    storage::remember_stored(&ws, true);
    clean();
    ws.clients[0].industry = "Trà".into();
    save(&ws).unwrap();
    assert_eq!(loaded(), ws);
}

#[wasm_bindgen_test]
fn a_save_that_does_not_fit_leaves_the_previous_one_whole() {
    clean();
    let mut ws = sample::workspace(now());
    save(&ws).unwrap();
    storage::remember_stored(&ws, true);
    let saved = ws.clone();
    fill_storage();
    let before = stored_keys();
    for client in &mut ws.clients {
        client.notes = "Ghi chú dài. ".repeat(2_000);
    }
    assert_eq!(save(&ws), Err(SaveError::QuotaExceeded));
    assert_eq!(stored_keys(), before, "nothing half-written is left");
    assert_eq!(loaded(), saved);
}

fn fill_storage() {
    // Fill the origin's quota with 1 M-character blocks, then smaller ones.
    let mut block = "x".repeat(1 << 20);
    let mut n = 0;
    while block.len() >= 16 {
        if storage::write(&format!("filler-{n}"), &block).is_err() {
            block.truncate(block.len() / 2);
        }
        n += 1;
    }
}

#[wasm_bindgen_test]
fn nothing_stored_loads_as_empty() {
    clean();
    assert!(matches!(storage::load_workspace(now()), Loaded::Empty));
}

#[wasm_bindgen_test]
fn unreadable_data_is_moved_to_a_backup_key_intact() {
    clean();
    let garbage =
        "{\"format\": \"account-desk\", \"version\": 1, \"workspace\": {\"clients\": [tiếng việt ✓";
    local_storage()
        .set_item(STORAGE_KEYS.workspace, garbage)
        .unwrap();
    let Loaded::Unreadable { reason, kept_under } = storage::load_workspace(now()) else {
        panic!("garbage must not load");
    };
    assert!(matches!(reason, RestoreError::NotJson { .. }), "{reason:?}");
    let key = kept_under.expect("a backup key");
    assert!(key.starts_with(STORAGE_KEYS.unreadable_prefix));
    assert_eq!(storage::kept_text(&key).as_deref(), Some(garbage));
    assert_eq!(storage::unreadable_copies(), vec![key]);
    // The next start does not find the garbage again.
    assert!(matches!(storage::load_workspace(now()), Loaded::Empty));
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_is_kept_not_overwritten() {
    clean();
    let newer = r#"{"format":"account-desk","version":99,"workspace":{}}"#;
    local_storage()
        .set_item(STORAGE_KEYS.workspace, newer)
        .unwrap();
    let Loaded::Unreadable { reason, kept_under } = storage::load_workspace(now()) else {
        panic!("a newer version must not load");
    };
    assert_eq!(reason, RestoreError::NewerVersion { found: 99 });
    assert_eq!(
        storage::kept_text(&kept_under.unwrap()).as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_quota_exceeded() {
    clean();
    fill_storage();
    let ws = sample::workspace(now());
    assert_eq!(save(&ws), Err(SaveError::QuotaExceeded));
    let used = storage::units_used().unwrap();
    assert!(
        used > storage::QUOTA_UNITS - 1_000,
        "{used} units used when full"
    );
    clean();
    assert!(save(&Workspace::default()).is_ok());
}

#[wasm_bindgen_test]
fn usage_counts_utf16_units_of_keys_and_values() {
    clean();
    storage::write("ab", "Nguyễn").unwrap();
    assert_eq!(storage::units_used().unwrap(), 2 + 6);
}

#[wasm_bindgen_test]
fn the_language_choice_persists() {
    clean();
    assert_eq!(storage::load_language(), None);
    storage::save_language(Lang::Vi);
    assert_eq!(storage::load_language(), Some(Lang::Vi));
}
