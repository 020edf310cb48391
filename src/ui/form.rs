//! Helpers shared by the forms: enum choices for selects, and field errors.

use std::fmt::Debug;

use leptos::prelude::*;

use crate::domain::FieldError;
use crate::i18n::{problem_text, Label};

use super::state::AppState;

/// The `<option value>` of an enum choice: its Rust name, stable and never shown.
pub fn choice_code<T: Debug>(choice: T) -> String {
    format!("{choice:?}")
}

pub fn parse_choice<T: Copy + Debug>(choices: &[T], code: &str) -> Option<T> {
    choices.iter().copied().find(|c| choice_code(*c) == code)
}

/// `(value, label)` options for a select of `choices`, labelled in the reader's language.
pub fn choice_options<T>(app: AppState, choices: &'static [T]) -> Signal<Vec<(String, String)>>
where
    T: Label + Copy + Debug + Send + Sync + 'static,
{
    Signal::derive(move || {
        choices
            .iter()
            .map(|&c| (choice_code(c), app.t(c.label()).to_string()))
            .collect()
    })
}

/// `(id, name)` of every live client, in alphabetical order, for a select.
pub fn client_options(app: AppState) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        let mut clients: Vec<(String, String)> = app.workspace.with(|ws| {
            ws.live_clients()
                .map(|c| (c.meta.id.to_string(), c.name.clone()))
                .collect()
        });
        clients.sort_by_key(|(_, name)| crate::domain::search::fold(name));
        clients
    })
}

/// Every currency by its ISO code, for a select.
pub fn currency_options() -> Signal<Vec<(String, String)>> {
    Signal::derive(|| {
        crate::domain::Currency::ALL
            .iter()
            .map(|c| (c.code().to_string(), c.code().to_string()))
            .collect()
    })
}

/// The message for the field at `path` among `errors`, in the reader's language.
pub fn error_at(
    app: AppState,
    errors: RwSignal<Vec<FieldError>>,
    path: impl Fn() -> String + Send + Sync + 'static,
) -> Signal<Option<String>> {
    Signal::derive(move || {
        let path = path();
        errors.with(|all| {
            all.iter()
                .find(|e| e.path == path)
                .map(|e| problem_text(&e.problem, app.lang.get()))
        })
    })
}
