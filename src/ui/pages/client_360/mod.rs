//! Client 360: the client's requests and replies, NPS responses and deals,
//! and the timeline of everything about the client.

mod deals;
mod nps;
mod request_form;
mod requests;
mod timeline;

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::client_records::ClientRecord;
use crate::domain::workspace::WorkspaceError;
use crate::domain::{FieldError, Id};
use crate::ui::form::apply_in_place;
use crate::ui::state::{AppState, UndoAction};

#[component]
pub fn Client360(client: Id) -> impl IntoView {
    // The page's one clock: waiting times move on every minute, and every
    // "waiting" text reads this signal rather than running a timer of its own.
    let now = RwSignal::new(clock::now());
    if let Ok(ticker) = set_interval_with_handle(
        move || {
            now.try_set(clock::now());
        },
        Duration::from_secs(60),
    ) {
        on_cleanup(move || ticker.clear());
    }
    view! {
        <requests::Requests client now />
        <nps::NpsResponses client />
        <deals::Deals client />
        <timeline::Timeline client />
    }
}

/// Saves a record of the client page; the fields' problems go to `errors`.
/// `true` when it was saved.
fn save<T: ClientRecord>(app: AppState, record: T, errors: RwSignal<Vec<FieldError>>) -> bool {
    match app.apply(|ws| ws.save_record(record, clock::now())) {
        Ok(_) => {
            errors.set(Vec::new());
            true
        }
        Err(WorkspaceError::Invalid(found)) => {
            errors.set(found);
            false
        }
        Err(other) => {
            leptos::logging::error!("saving a {} record failed: {other}", T::COLLECTION);
            false
        }
    }
}

/// Moves a record to the trash, with an Undo in the toast.
fn trash_with_undo<T: ClientRecord>(app: AppState, id: Id, message: String) {
    if app
        .apply(|ws| ws.trash_record::<T>(id, clock::now()))
        .is_ok()
    {
        let undo: UndoAction = Arc::new(move || {
            apply_in_place(app, |ws| ws.restore_record::<T>(id, clock::now()));
        });
        app.show_toast(message, Some(undo));
    }
}
