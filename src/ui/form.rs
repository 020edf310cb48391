//! Helpers shared by the forms: enum choices for selects, and field errors.

use std::fmt::Debug;

use leptos::prelude::*;

use chrono::NaiveDate;

use crate::domain::validation;
use crate::domain::workspace::WorkspaceError;
use crate::domain::{FieldError, Workspace};
use crate::i18n::{problem_text, Key, Label, LaterKey};

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

/// Options of a list's client filter: "All clients", then each client that
/// has a row in the list, alphabetically without accents.
pub fn client_filter_options(
    app: AppState,
    clients: impl IntoIterator<Item = (crate::domain::Id, String)>,
) -> Vec<(String, String)> {
    let mut seen = std::collections::HashSet::new();
    let mut options: Vec<(String, String)> = clients
        .into_iter()
        .filter(|(id, _)| seen.insert(*id))
        .map(|(id, name)| (id.to_string(), name))
        .collect();
    options.sort_by_cached_key(|(_, name)| crate::domain::search::fold(name));
    std::iter::once((
        String::new(),
        app.t(crate::i18n::Key::AllClients).to_string(),
    ))
    .chain(options)
    .collect()
}

/// Options of a filter by an enum: `any` (the empty value), then every choice.
pub fn choice_filter_options<T>(
    app: AppState,
    any: crate::i18n::LaterKey,
    choices: &'static [T],
) -> Signal<Vec<(String, String)>>
where
    T: Label + Copy + Debug + Send + Sync + 'static,
{
    Signal::derive(move || {
        std::iter::once((String::new(), app.t(any).to_string()))
            .chain(
                choices
                    .iter()
                    .map(|&c| (choice_code(c), app.t(c.label()).to_string())),
            )
            .collect()
    })
}

/// What a form saves: the person's edits (`edited`, against the version the
/// form was `opened` on) carried over to the version stored now, which
/// another tab may have changed meanwhile; `edited` itself for a new record.
pub fn rebased<T>(opened: &T, edited: T, current: Option<&T>) -> T
where
    T: serde::Serialize + serde::de::DeserializeOwned + Clone + PartialEq,
{
    match current {
        Some(current) => crate::domain::three_way::rebase(opened, &edited, current),
        None => edited,
    }
}

/// Saves a change made in place (a page that saves each change as it is
/// made, where no form holds the error): `true` when stored; a refusal is
/// said in a toast with its reason, never dropped without a word.
pub fn apply_in_place<T>(
    app: AppState,
    op: impl FnOnce(&mut Workspace) -> Result<T, WorkspaceError>,
) -> bool {
    match app.apply(op) {
        Ok(_) => true,
        Err(error) => {
            let lang = app.lang.get_untracked();
            let reason = match &error {
                WorkspaceError::Invalid(errors) => errors
                    .iter()
                    .map(|e| problem_text(&e.problem, lang))
                    .collect::<Vec<_>>()
                    .join("; "),
                WorkspaceError::NotFound(_) | WorkspaceError::NotInTrash(_) => {
                    app.t(LaterKey::ChangeTargetGone).to_string()
                }
            };
            app.show_toast(
                app.tf(LaterKey::ChangeNotSaved, &[("reason", &reason)]),
                None,
            );
            false
        }
    }
}

/// The date typed in a date field when it is one every record may hold
/// (see `validation::FIRST_YEAR`); otherwise the problem to show beside it.
pub fn typed_date(text: &str) -> Result<NaiveDate, Key> {
    match text.parse::<NaiveDate>() {
        Ok(date) if validation::in_business_range(date) => Ok(date),
        Ok(_) => Err(Key::ProblemDateOutOfRange),
        Err(_) => Err(Key::ProblemRequired),
    }
}
