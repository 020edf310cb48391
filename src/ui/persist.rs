//! Keeps localStorage in step with the workspace (data safety rules 1 and 2),
//! and with the other tabs of Account Desk open in the same browser.
//!
//! Each save runs under a lock every tab shares (`browser::locks`), and
//! first merges what another tab saved since this one last read or wrote
//! (`domain::saving`): no tab overwrites another's work, and no save
//! removes a part another tab's manifest still names. A tab with nothing
//! unsaved takes another tab's save as it is; one with unsaved work saves
//! at once, which merges.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::storage::{self, SaveError, STORAGE_KEYS};
use crate::browser::{clock, locks, timing};
use crate::domain::saving::{Heard, SaveFailure};
use crate::domain::Workspace;
use crate::i18n::Key;

use super::later_code::{self, LaterCode};
use super::state::{AppState, InMemory, SaveState};

/// Typing bursts are written once; short enough that a crash loses little.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Installs the one effect that writes the workspace to storage, flushes
/// pending changes when the page is hidden or closed, and listens for saves
/// from other tabs.
pub fn install(state: AppState) {
    let timer = StoredValue::new(None::<TimeoutHandle>);
    // Set while a change that came from storage reaches the workspace: it is
    // already stored and must not be written back.
    let from_storage = StoredValue::new(false);

    let cancel_timer = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };

    // Takes another tab's save, when this tab has nothing unsaved. Returns
    // false when the stored data cannot be read by this version of the app.
    let take_stored = move |code: &LaterCode| -> bool {
        let Some(stored) = (code.read_workspace)() else {
            return true;
        };
        let Ok(restored) = stored else {
            return false;
        };
        if state.in_memory.get_untracked() != InMemory::Whole {
            state.finish_restore_with(restored);
        } else if state
            .workspace
            .with_untracked(|ws| *ws != restored.workspace)
        {
            from_storage.set_value(true);
            state.workspace.set(restored.workspace);
        }
        true
    };

    // One save, holding the lock (or not, when `locked` is false: the page is
    // going away and cannot wait for it).
    let save_now = move |code: &LaterCode, locked: bool| {
        // An earlier save in the queue may have written everything already.
        if state.save_state.get_untracked() != SaveState::Pending {
            return;
        }
        let outcome = timing::measured("save", || {
            state
                .workspace
                .with_untracked(|ws: &Workspace| (code.save)(ws, clock::now(), locked))
        });
        if let Some(merged) = outcome.merged {
            if !merged.conflicts.is_empty() {
                let names = merged.conflicts.join(", ");
                state.show_toast(state.tf(Key::ChangedInOtherTab, &[("names", &names)]), None);
            }
            if state.workspace.with_untracked(|ws| *ws != merged.workspace) {
                // Stored with this save, or merged into it on a retry.
                from_storage.set_value(true);
                state.workspace.set(merged.workspace);
            }
        }
        match outcome.result {
            Ok(()) => {
                state.save_state.set(SaveState::Saved);
                state.save_error.set(None);
            }
            Err(failure) => {
                // The workspace stays in memory and on screen; the banner says
                // what happened and offers an export.
                state.save_state.set(SaveState::Failed);
                state.save_error.set(Some(match failure {
                    SaveFailure::Write(error) => error,
                    SaveFailure::TheirsUnreadable(_) => SaveError::ChangedElsewhere,
                }));
            }
        }
    };

    // Saves what is pending: under the lock, or at once when `closing`.
    let flush_with = move |closing: bool| {
        cancel_timer();
        // Part of the workspace must never reach storage.
        if state.save_state.get_untracked() != SaveState::Pending
            || state.in_memory.get_untracked() != InMemory::Whole
        {
            return;
        }
        let refused = if state.must_keep_stored_data() {
            Some(SaveError::KeptUnreadable)
        } else if later_code::get().is_none() {
            Some(SaveError::NotFetched)
        } else {
            None
        };
        if let Some(error) = refused {
            state.save_state.set(SaveState::Failed);
            state.save_error.set(Some(error));
            return;
        }
        let Some(code) = later_code::get() else {
            return;
        };
        if closing {
            save_now(code, false);
        } else {
            locks::with_save_lock(move || save_now(code, true));
        }
    };
    let flush = move || flush_with(false);

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

    // The page goes away: no lock callback would run after this event.
    let on_hide = window_event_listener(ev::pagehide, move |_| flush_with(true));
    // `visibilitychange` bubbles from the document to the window.
    let on_visibility = window_event_listener(ev::visibilitychange, move |_| {
        if document().hidden() {
            flush();
        }
    });
    // Fired in every other tab of this origin when one tab writes.
    // Closing the tab while changes are not stored would drop them without
    // a word: the browser asks first (its own words; ours are not shown).
    let on_leave = window_event_listener_untyped("beforeunload", move |event| {
        if state.save_state.get_untracked() == SaveState::Failed {
            event.prevent_default();
            if let Some(event) = event.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                event.set_return_value("unsaved");
            }
        }
    });
    let on_storage = window_event_listener(ev::storage, move |event| {
        if event.key().as_deref() != Some(STORAGE_KEYS.workspace) || state.must_keep_stored_data() {
            return;
        }
        // Nothing of this tab's can be unsaved before the second file is
        // here (see `later_code`): without it, it is fetched first.
        later_code::when_fetched(move |code| {
            match state.save_state.get_untracked() {
                // Unsaved work: saving now merges the other tab's save in.
                SaveState::Pending => flush(),
                SaveState::Saved => match storage::hears_stored() {
                    Heard::Known => {}
                    Heard::Newer => {
                        take_stored(code);
                    }
                    // Written over a view that lacked this tab's last save:
                    // saving again merges that save back in.
                    Heard::Forked => {
                        state.save_state.set(SaveState::Pending);
                        flush();
                    }
                },
                // A failed save stays failed (its banner offers the retry,
                // which merges); the other tab's work shows after it.
                SaveState::Failed => {}
            }
        });
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
        on_storage.remove();
        on_leave.remove();
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

/// Once the first screen is up, keeps a copy of the workspace as loaded:
/// the base a merge with another tab's save starts from, and (unless the
/// restore repaired it, so that storage differs) what lets saves compare
/// record by record and encode only what changed.
fn remember_loaded(state: AppState) {
    set_timeout(
        move || {
            if state.save_state.get_untracked() == SaveState::Saved {
                let exact = state.repairs.with_untracked(Vec::is_empty);
                state
                    .workspace
                    .with_untracked(|ws| storage::remember_stored(ws, exact));
            }
        },
        Duration::ZERO,
    );
}

/// Saves now, skipping the delay.
#[derive(Clone, Copy)]
pub struct Flush(pub Callback<()>);

pub fn use_flush() -> Callback<()> {
    expect_context::<Flush>().0
}
