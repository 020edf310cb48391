//! Keeps localStorage in step with the workspace (data safety rules 1 and 2),
//! and with the other tabs of Account Desk open in the same browser.
//!
//! Every save also writes a *generation* (this tab's id and save count).
//! Before writing, a tab compares the stored generation with the last one it
//! saw: if another tab saved in between, it first reconciles record by record
//! (the merge rules of an import), so no tab overwrites another's work, and a
//! stale tab with nothing new to say writes nothing at all. A tab with
//! nothing unsaved takes another tab's save as it is.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use crate::browser::storage::{self, SaveError, STORAGE_KEYS};
use crate::browser::{clock, timing};
use crate::domain::{Id, Workspace};
use crate::i18n::Key;

use super::later_code::{self, LaterCode};
use super::state::{AppState, InMemory, SaveState};

/// Typing bursts are written once; short enough that a crash loses little.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// This tab's side of the generation handshake.
#[derive(Clone)]
struct Tab {
    id: String,
    saves: u64,
    /// The stored generation this tab's state already includes.
    seen: Option<String>,
}

/// Installs the one effect that writes the workspace to storage, flushes
/// pending changes when the page is hidden or closed, and listens for saves
/// from other tabs.
pub fn install(state: AppState) {
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let tab = StoredValue::new(Tab {
        id: Id::new_v4().to_string()[..8].to_string(),
        saves: 0,
        seen: storage::stored_generation(),
    });
    // Set while a change that came from storage reaches the workspace: it is
    // already stored and must not be written back.
    let from_storage = StoredValue::new(false);

    let cancel_timer = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };

    // Takes another tab's save into this tab's state. Returns false when the
    // stored data cannot be read by this version of the app.
    let take_stored = move |code: &LaterCode| -> bool {
        let Some(stored) = (code.read_workspace)() else {
            return true;
        };
        let Ok(restored) = stored else {
            return false;
        };
        if state.in_memory.get_untracked() != InMemory::Whole {
            // Nothing of this tab's is unsaved yet: the other tab's save is
            // the whole workspace.
            state.finish_restore_with(restored);
            tab.update_value(|t| t.seen = storage::stored_generation());
            return true;
        }
        let (taken, nothing_of_mine) = if state.save_state.get_untracked() == SaveState::Saved {
            // Everything of this tab's is stored, and the other tab read it
            // before saving: its save is the whole truth. Merging would bring
            // back what it deleted forever.
            (restored.workspace, true)
        } else {
            let reconciled = state
                .workspace
                .with_untracked(|mine| (code.reconcile)(mine, &restored.workspace));
            if !reconciled.conflicts.is_empty() {
                let names = reconciled.conflicts.join(", ");
                state.show_toast(state.tf(Key::ChangedInOtherTab, &[("names", &names)]), None);
            }
            let nothing_of_mine = reconciled.workspace == restored.workspace;
            if nothing_of_mine {
                cancel_timer();
                state.save_state.set(SaveState::Saved);
            }
            (reconciled.workspace, nothing_of_mine)
        };
        tab.update_value(|t| t.seen = storage::stored_generation());
        if state.workspace.with_untracked(|ws| *ws != taken) {
            from_storage.set_value(nothing_of_mine);
            state.workspace.set(taken);
        }
        true
    };

    let flush = move || {
        cancel_timer();
        // Part of the workspace must never reach storage.
        if state.save_state.get_untracked() != SaveState::Pending
            || state.in_memory.get_untracked() != InMemory::Whole
        {
            return;
        }
        let result = match later_code::get() {
            _ if state.must_keep_stored_data() => Err(SaveError::KeptUnreadable),
            None => Err(SaveError::NotFetched),
            Some(code)
                if tab.with_value(|t| t.seen != storage::stored_generation())
                    && !take_stored(code) =>
            {
                Err(SaveError::ChangedElsewhere)
            }
            Some(code) => {
                let generation = tab.with_value(|t| format!("{}:{}", t.id, t.saves + 1));
                let saved = timing::measured("save", || {
                    state
                        .workspace
                        .with_untracked(|ws: &Workspace| (code.save)(ws, clock::now(), &generation))
                });
                if saved.is_ok() {
                    tab.update_value(|t| {
                        t.saves += 1;
                        t.seen = Some(generation);
                    });
                }
                saved
            }
        };
        match result {
            Ok(()) => {
                state.save_state.set(SaveState::Saved);
                state.save_error.set(None);
            }
            Err(error) => {
                // The workspace stays in memory and on screen; the banner says
                // what happened and offers an export.
                state.save_state.set(SaveState::Failed);
                state.save_error.set(Some(error));
            }
        }
    };

    // Storage is outside Leptos' reactive graph: this is the one place an
    // effect syncs state to it. What it sees is already stored when it is
    // the list's part of the workspace, the whole workspace restored after
    // it, the loaded data itself (the first run) or another tab's save.
    Effect::new(move |previous: Option<()>| {
        state.workspace.track();
        if state.in_memory.get_untracked() != InMemory::Whole {
            return;
        }
        if state.just_restored.try_update_value(std::mem::take) == Some(true) {
            remember_loaded(state);
            return;
        }
        if previous.is_none() || from_storage.try_update_value(std::mem::take) == Some(true) {
            return;
        }
        state.save_state.set(SaveState::Pending);
        cancel_timer();
        timer.set_value(set_timeout_with_handle(flush, SAVE_DELAY).ok());
    });

    let on_hide = window_event_listener(ev::pagehide, move |_| flush());
    // `visibilitychange` bubbles from the document to the window.
    let on_visibility = window_event_listener(ev::visibilitychange, move |_| {
        if document().hidden() {
            flush();
        }
    });
    // Fired in every other tab of this origin when one tab writes.
    let on_storage = window_event_listener(ev::storage, move |event| {
        if event.key().as_deref() == Some(STORAGE_KEYS.workspace) && !state.must_keep_stored_data()
        {
            // Nothing of this tab's can be unsaved before the second file is
            // here (see `later_code`): without it, it is fetched first.
            later_code::when_fetched(move |code| {
                take_stored(code);
            });
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
        on_storage.remove();
    });

    if state.in_memory.get_untracked() == InMemory::Whole {
        remember_loaded(state);
    }

    // Exposed so that "Try saving again" and discarding kept data can retry.
    provide_context(Flush(Callback::new(move |_| {
        state.save_state.set(SaveState::Pending);
        if later_code::get().is_some() {
            flush();
        } else {
            // The save code comes with the second file: fetch it again first.
            leptos::task::spawn_local(async move {
                let _ = super::screens::second_file_ready().await;
                flush();
            });
        }
    })));
}

/// Once the first screen is up, keeps a copy of the workspace as loaded,
/// so that saves compare record by record and encode only what changed.
/// Not when the restore repaired it: then storage differs, and the first
/// save writes the repaired parts.
fn remember_loaded(state: AppState) {
    if state.repairs.with_untracked(Vec::is_empty) {
        set_timeout(
            move || {
                if state.save_state.get_untracked() == SaveState::Saved {
                    state.workspace.with_untracked(storage::remember_stored);
                }
            },
            Duration::ZERO,
        );
    }
}

/// Saves now, skipping the delay.
#[derive(Clone, Copy)]
pub struct Flush(pub Callback<()>);

pub fn use_flush() -> Callback<()> {
    expect_context::<Flush>().0
}
