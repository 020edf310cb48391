//! Keeps localStorage in step with the workspace (data safety rules 1 and 2).

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use crate::browser::clock;
use crate::browser::storage::{self, SaveError};

use super::state::{AppState, SaveState};

/// Typing bursts are written once; short enough that a crash loses little.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Installs the one effect that writes the workspace to storage, and flushes
/// pending changes when the page is hidden or closed.
pub fn install(state: AppState) {
    let timer = StoredValue::new(None::<TimeoutHandle>);

    let flush = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if state.save_state.get_untracked() != SaveState::Pending {
            return;
        }
        let result = if state.must_keep_stored_data() {
            Err(SaveError::KeptUnreadable)
        } else {
            state
                .workspace
                .with_untracked(|ws| storage::save_workspace(ws, clock::now()))
        };
        match result {
            Ok(_) => {
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
    // effect syncs state to it. The first run is the loaded data itself.
    Effect::new(move |previous: Option<()>| {
        state.workspace.track();
        if previous.is_some() {
            state.save_state.set(SaveState::Pending);
            if let Some(handle) = timer.try_update_value(Option::take).flatten() {
                handle.clear();
            }
            timer.set_value(set_timeout_with_handle(flush, SAVE_DELAY).ok());
        }
    });

    let on_hide = window_event_listener(ev::pagehide, move |_| flush());
    // `visibilitychange` bubbles from the document to the window.
    let on_visibility = window_event_listener(ev::visibilitychange, move |_| {
        if document().hidden() {
            flush();
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
    });

    // Exposed so that "Try saving again" and discarding kept data can retry.
    provide_context(Flush(Callback::new(move |_| {
        state.save_state.set(SaveState::Pending);
        flush();
    })));
}

/// Saves now, skipping the delay.
#[derive(Clone, Copy)]
pub struct Flush(pub Callback<()>);

pub fn use_flush() -> Callback<()> {
    expect_context::<Flush>().0
}
