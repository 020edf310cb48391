//! Importing a colleague's file, or clients from a spreadsheet: read,
//! restore through the chokepoint (JSON) or match the columns (CSV), preview
//! every change, let the user settle conflicts, then merge (or replace) —
//! with Undo import.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::crypto::{self, CryptoError};
use crate::browser::dialog::confirm;
use crate::browser::{clock, files, storage, timing};
use crate::domain::client_import::{ClientImport, RowNote};
use crate::domain::csv::read as csv;
use crate::domain::envelope::{self, RestoreError, Restored};
use crate::domain::kept_copy;
use crate::domain::merge::{self, Change, MergePlan, PlannedChange, RecordKind, Resolution};
use crate::domain::sealed::{Sealed, MAX_ITERATIONS, MIN_ITERATIONS};
use crate::domain::undo_import::ImportUndo;
use crate::domain::{Id, Workspace};
use crate::i18n::{csv_error_text, restore_error_text, row_note_text, AnyKey, Key, LaterKey};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::focus::focus_id_later;
use crate::ui::state::{note_backup, tr, use_app, AppState, ImportRequest, UndoAction};

use super::csv_mapping::{CsvFile, CsvMapping};

/// From this size a file is read behind a note that says so (a 50 MB file
/// takes about half a second to read and check).
const BIG_FILE_BYTES: f64 = 4.0 * 1024.0 * 1024.0;
/// From this many changes an import is applied behind a note.
const BIG_IMPORT_CHANGES: usize = 5_000;

/// A file that passed the chokepoint, waiting for the user's go.
#[derive(Clone)]
struct Pending {
    file_name: String,
    theirs: Workspace,
    plan: MergePlan,
    /// Rows of a CSV file the user should look at.
    notes: Vec<RowNote>,
    /// A whole workspace can replace yours; a client list cannot.
    can_replace: bool,
    /// The work a failed save kept for this tab: applied, it is let go.
    unsaved: bool,
}

/// A file, or a kept copy of stored parts (see `kept_copy`), through the
/// restore chokepoint.
fn restore_file(text: &str) -> Result<Restored, RestoreError> {
    match envelope::restore(text) {
        Err(RestoreError::NotOurs) => match kept_copy::envelope_text(text) {
            Some(envelope) if envelope != text => envelope::restore(&envelope),
            _ => Err(RestoreError::NotOurs),
        },
        other => other,
    }
}

/// Why an encrypted file did not open, in the reader's language.
fn crypto_error_text(app: AppState, problem: &CryptoError) -> String {
    match problem {
        CryptoError::WrongPassphrase => app.t(LaterKey::WrongPassphrase).to_string(),
        CryptoError::Damaged => app.tf(
            LaterKey::ImportFailed,
            &[("reason", app.t(LaterKey::FileDamaged))],
        ),
        CryptoError::Rounds(rounds) => {
            let lang = app.lang.get_untracked();
            let number = |n: u32| lang.group_digits(&n.to_string());
            let reason = app.tf(
                LaterKey::FileRounds,
                &[
                    ("n", &number(*rounds)),
                    ("min", &number(MIN_ITERATIONS)),
                    ("max", &number(MAX_ITERATIONS)),
                ],
            );
            app.tf(LaterKey::ImportFailed, &[("reason", &reason)])
        }
        CryptoError::Unavailable => app.tf(
            LaterKey::ImportFailed,
            &[("reason", app.t(LaterKey::NoEncryptionHere))],
        ),
    }
}

fn kind_key(kind: RecordKind) -> LaterKey {
    match kind {
        RecordKind::TeamMember => LaterKey::KindTeamMember,
        RecordKind::Client => LaterKey::KindClient,
        RecordKind::Budget => LaterKey::KindBudget,
        RecordKind::Review => LaterKey::KindReview,
        RecordKind::Brief => LaterKey::KindBrief,
        RecordKind::ContactReport => LaterKey::KindContactReport,
        RecordKind::Wip => LaterKey::KindWip,
        RecordKind::Interaction => LaterKey::KindInteraction,
        RecordKind::Nps => LaterKey::KindNps,
        RecordKind::Deal => LaterKey::KindDeal,
    }
}

fn change_key(change: Change) -> LaterKey {
    match change {
        Change::New => LaterKey::ChangeNew,
        Change::Updated => LaterKey::ChangeUpdated,
        Change::Kept => LaterKey::ChangeKept,
        Change::Conflict => LaterKey::ChangeConflict,
        Change::Deleted => LaterKey::ChangeDeleted,
        Change::Unchanged => LaterKey::ChangeUnchanged,
    }
}

/// Swaps in `next`, keeping what was there for Undo import.
fn replace_workspace(app: AppState, next: Workspace, changes: usize) {
    let after = next.clone();
    let before = app.edit(|ws| std::mem::replace(ws, next));
    app.before_import.set(Some(ImportUndo { before, after }));
    let undo: UndoAction = Arc::new(move || undo_import(app));
    app.show_toast(
        app.tf(LaterKey::ImportApplied, &[("n", &changes.to_string())]),
        Some(undo),
    );
}

/// Takes the last import back and keeps everything done since; asks first
/// when that removes records the import added and someone edited since.
fn undo_import(app: AppState) {
    let now = clock::now();
    // Who would lose edits is found first, and asked with no signal
    // borrowed (the dialog is modal).
    let edited = app.before_import.with_untracked(|undo| {
        let undo = undo.as_ref()?;
        Some(app.workspace.with_untracked(|current| {
            if undo.nothing_since(current) {
                Vec::new()
            } else {
                undo.added_then_edited(current, now)
            }
        }))
    });
    let Some(edited) = edited else {
        return;
    };
    if !edited.is_empty()
        && !confirm(&app.tf(
            LaterKey::ConfirmUndoImportEdited,
            &[("names", &edited.join(", "))],
        ))
    {
        return;
    }
    let Some(undo) = app.before_import.try_update(Option::take).flatten() else {
        return;
    };
    let kept_since = app
        .workspace
        .with_untracked(|current| !undo.nothing_since(current));
    let workspace = if kept_since {
        app.workspace
            .with_untracked(|current| undo.undo(current, now).workspace)
    } else {
        undo.before
    };
    app.edit(|ws| *ws = workspace);
    let message = if kept_since {
        LaterKey::ImportUndoneKeptSince
    } else {
        LaterKey::ImportUndone
    };
    app.show_toast(app.t(message).to_string(), None);
}

#[component]
pub fn ImportSection() -> impl IntoView {
    let app = use_app();
    let pending = RwSignal::new(None::<Pending>);
    let error = RwSignal::new(None::<String>);
    let choices = RwSignal::new(HashMap::<Id, Resolution>::new());
    let replace_all = RwSignal::new(false);
    // An encrypted file waiting for its passphrase.
    let locked = RwSignal::new(None::<(String, Sealed)>);
    let passphrase = RwSignal::new(String::new());
    // The passphrase being tried (a number, so that a cancelled try's late
    // answer is told from the current one's).
    let unlocking = RwSignal::new(None::<u32>);
    // A step long enough to be seen: reading a big file, applying a big import.
    let working = RwSignal::new(None::<String>);
    let show_preview = move |file_name: String, text: &str| match restore_file(text) {
        Ok(restored) => {
            let plan = app
                .workspace
                .with_untracked(|mine| merge::plan(mine, &restored.workspace, clock::now()));
            choices.set(HashMap::new());
            replace_all.set(false);
            pending.set(Some(Pending {
                file_name,
                theirs: restored.workspace,
                plan,
                notes: Vec::new(),
                can_replace: true,
                unsaved: false,
            }));
        }
        Err(RestoreError::Encrypted) => {
            // What the file itself shows wrong is said before a passphrase
            // is asked for (and a file asking for a billion rounds never
            // reaches the browser's key derivation).
            match Sealed::from_file(text)
                .ok_or(CryptoError::Damaged)
                .and_then(|sealed| {
                    sealed.checked()?;
                    Ok(sealed)
                }) {
                Ok(sealed) => {
                    passphrase.set(String::new());
                    locked.set(Some((file_name, sealed)));
                }
                Err(problem) => error.set(Some(crypto_error_text(app, &problem))),
            }
        }
        Err(e) => {
            let reason = restore_error_text(&e, app.lang.get_untracked());
            error.set(Some(app.tf(LaterKey::ImportFailed, &[("reason", &reason)])));
        }
    };
    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((file_name, sealed)) = locked.get_untracked() else {
            return;
        };
        let secret = passphrase.get_untracked();
        error.set(None);
        let attempt = unlocking.get_untracked().map_or(1, |n| n + 1);
        unlocking.set(Some(attempt));
        leptos::task::spawn_local(async move {
            let opened = crypto::open(&sealed, &secret).await;
            // Cancelled (or tried again) while the key was derived.
            if unlocking.get_untracked() != Some(attempt) {
                return;
            }
            unlocking.set(None);
            match opened {
                Ok(text) => {
                    locked.set(None);
                    show_preview(file_name, &text);
                }
                Err(problem) => error.set(Some(crypto_error_text(app, &problem))),
            }
        });
    };

    let csv_file = RwSignal::new(None::<CsvFile>);
    let show_csv = move |file_name: String, text: &str| match csv::parse(text) {
        Ok(table) => csv_file.set(Some(CsvFile {
            file_name,
            table: Arc::new(table),
        })),
        Err(e) => {
            let reason = csv_error_text(&e, app.lang.get_untracked());
            error.set(Some(app.tf(LaterKey::ImportFailed, &[("reason", &reason)])));
        }
    };
    let preview_csv = move |import: ClientImport| {
        let Some(file) = csv_file.get_untracked() else {
            return;
        };
        let plan = app
            .workspace
            .with_untracked(|mine| merge::plan(mine, &import.workspace, clock::now()));
        choices.set(HashMap::new());
        replace_all.set(false);
        csv_file.set(None);
        pending.set(Some(Pending {
            file_name: file.file_name,
            theirs: import.workspace,
            plan,
            notes: import.notes,
            can_replace: false,
            unsaved: false,
        }));
    };

    let take_file = move |file: web_sys::File| {
        let file_name = file.name();
        error.set(None);
        pending.set(None);
        locked.set(None);
        csv_file.set(None);
        let big = file.size() >= BIG_FILE_BYTES;
        if big {
            working.set(Some(app.tf(LaterKey::ReadingFile, &[("file", &file_name)])));
        }
        leptos::task::spawn_local(async move {
            let read = files::read_text(&file).await;
            if big {
                timing::next_frame().await;
            }
            match read {
                Ok(text) if is_csv(&file_name) => show_csv(file_name, &text),
                Ok(text) => show_preview(file_name, &text),
                Err(e) => error.set(Some(app.tf(
                    LaterKey::ImportFailed,
                    &[("reason", &read_error_text(app, &e))],
                ))),
            }
            working.set(None);
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("an input").unchecked_into();
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            take_file(file);
        }
        // Picking the same file again must still trigger a change.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take_file(file);
        }
    };
    let apply_pending = move |p: Pending, changes: usize| {
        let next = if replace_all.get_untracked() {
            p.theirs.clone()
        } else {
            app.workspace.with_untracked(|mine| {
                merge::apply(mine, &p.theirs, &p.plan, &choices.get_untracked())
            })
        };
        // Everything the workspace will hold is in the file: a copy, for the
        // backup reminder (a week-old client imported is not a week of work
        // kept only here).
        if replace_all.get_untracked()
            || app
                .workspace
                .with_untracked(|ws| *ws == Workspace::default())
        {
            let copy = storage::STORAGE_KEYS.last_file_copy;
            note_backup(app.last_file_copy, copy, clock::today());
        }
        replace_workspace(app, next, changes);
        if p.unsaved {
            storage::forget_unsaved();
        }
        pending.set(None);
    };
    let apply = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        if replace_all.get_untracked() && !confirm(app.t(LaterKey::ConfirmReplace)) {
            return;
        }
        let changes = p
            .plan
            .changes
            .iter()
            .filter(|c| !matches!(c.change, Change::Unchanged | Change::Kept))
            .count();
        if changes < BIG_IMPORT_CHANGES {
            apply_pending(p, changes);
            return;
        }
        let count = app.lang.get_untracked().group_digits(&changes.to_string());
        working.set(Some(app.tf(LaterKey::ApplyingImport, &[("n", &count)])));
        // Out of reach while it is applied: a second click would apply twice.
        pending.set(None);
        leptos::task::spawn_local(async move {
            timing::next_frame().await;
            apply_pending(p, changes);
            working.set(None);
        });
    };
    // Opened from elsewhere: a kept copy, or work a failed save kept.
    Effect::new(move |_| {
        let Some(request) = app.import_request.get() else {
            return;
        };
        app.import_request.set(None);
        error.set(None);
        let (name, text) = match &request {
            ImportRequest::Kept(key) => (kept_copy_name(app, key, false), storage::kept_text(key)),
            ImportRequest::Unsaved => (
                app.t(LaterKey::UnsavedWorkName).to_string(),
                storage::unsaved_text(),
            ),
        };
        match text {
            Some(text) => show_preview(name, &text),
            None => error.set(Some(app.tf(
                LaterKey::ImportFailed,
                &[("reason", app.t(LaterKey::KeptCopyGone))],
            ))),
        }
        if request == ImportRequest::Unsaved {
            pending.update(|p| {
                if let Some(p) = p {
                    p.unsaved = true;
                }
            });
        }
        focus_id_later("import-heading");
    });

    let resolve_all = move |resolution: Resolution| {
        pending.with_untracked(|p| {
            if let Some(p) = p {
                choices.set(p.plan.conflicts().map(|c| (c.id, resolution)).collect());
            }
        });
    };

    view! {
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">{tr(LaterKey::ImportTitle)}</h2>
            <p class="muted">{tr(LaterKey::ImportBody)}</p>
            <div class="drop-zone" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                <label class="btn btn-secondary" for="import-file">
                    <Icon name=IconName::Upload />
                    {tr(LaterKey::Import)}
                </label>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json,.csv,text/csv,.tsv" on:change=on_pick />
                <span class="muted">{tr(LaterKey::ImportDrop)}</span>
            </div>
            {move || locked.get().map(|(file_name, _)| view! {
                <form class="unlock" on:submit=unlock>
                    <p>{move || app.tf(LaterKey::FileIsEncrypted, &[("file", &file_name)])}</p>
                    <div class="field">
                        <label for="import-passphrase">{tr(LaterKey::Passphrase)}</label>
                        <input id="import-passphrase" type="password" autocomplete="off" prop:value=passphrase
                            on:input:target=move |ev| passphrase.set(ev.target().value()) />
                    </div>
                    <Show
                        when=move || unlocking.get().is_some()
                        fallback=move || view! { <button type="submit" class="btn btn-primary">{tr(LaterKey::Unlock)}</button> }
                    >
                        <p class="import-working" role="status">
                            <progress aria-label=move || app.t(LaterKey::Unlocking)></progress>
                            <span>{tr(LaterKey::Unlocking)}</span>
                        </p>
                        <button type="button" class="btn btn-secondary" on:click=move |_| unlocking.set(None)>
                            {tr(Key::Cancel)}
                        </button>
                    </Show>
                </form>
            })}
            {move || working.get().map(|text| view! {
                <p class="import-working" role="status">
                    <progress aria-label=text.clone()></progress>
                    <span>{text}</span>
                </p>
            })}
            {move || error.get().map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            {move || csv_file.get().map(|file| view! {
                <CsvMapping file on_preview=preview_csv on_cancel=move |()| csv_file.set(None) />
            })}
            <Show when=move || app.before_import.with(Option::is_some)>
                <button class="btn btn-secondary undo-import" on:click=move |_| undo_import(app)>{tr(LaterKey::UndoImport)}</button>
            </Show>
            {move || pending.get().map(|p| {
                let counts: Vec<(Change, usize)> = [Change::New, Change::Updated, Change::Conflict, Change::Deleted, Change::Kept, Change::Unchanged]
                    .into_iter()
                    .map(|c| (c, p.plan.count(c)))
                    .filter(|(_, n)| *n > 0)
                    .collect();
                let groups: Vec<(RecordKind, Vec<PlannedChange>)> = p
                    .plan
                    .by_kind()
                    .into_iter()
                    .map(|(kind, changes)| (kind, changes.into_iter().cloned().collect()))
                    .collect();
                let has_conflicts = p.plan.count(Change::Conflict) > 0;
                let noop = p.plan.is_noop();
                let notes = p.notes.clone();
                let can_replace = p.can_replace;
                view! {
                    <div class="import-preview" role="region" aria-label=move || app.t(LaterKey::ImportPreview)>
                        <h3>{move || app.tf(LaterKey::ImportPreviewOf, &[("file", &p.file_name)])}</h3>
                        <ul class="change-counts">
                            {counts.into_iter().map(|(c, n)| view! { <li><strong>{n}</strong>" "{tr(change_key(c))}</li> }).collect_view()}
                        </ul>
                        {noop.then(|| view! { <p class="muted">{tr(LaterKey::NothingToImport)}</p> })}
                        {(!notes.is_empty()).then(|| view! {
                            <section class="row-notes" aria-labelledby="row-notes-heading">
                                <h4 id="row-notes-heading">{tr(LaterKey::CsvNotesTitle)}</h4>
                                <ul>
                                    {notes.into_iter().map(|note| view! {
                                        <li>{move || row_note_text(&note, app.lang.get())}</li>
                                    }).collect_view()}
                                </ul>
                            </section>
                        })}
                        <Show when=move || has_conflicts>
                            <div class="page-actions">
                                <button class="btn btn-secondary btn-small" on:click=move |_| resolve_all(Resolution::KeepMine)>{tr(LaterKey::KeepAllMine)}</button>
                                <button class="btn btn-secondary btn-small" on:click=move |_| resolve_all(Resolution::TakeTheirs)>{tr(LaterKey::TakeAllTheirs)}</button>
                            </div>
                        </Show>
                        {groups.into_iter().map(|(kind, changes)| {
                            // Long lists start folded; a conflict or a date to check is always in sight.
                            let open = RwSignal::new(changes.len() <= FOLD_AFTER || changes.iter().any(|c| c.change == Change::Conflict || c.future_dated));
                            let summary = change_summary(&changes);
                            let (shown, hidden) = rows_to_show(changes);
                            view! {
                                <details class="change-group" open=open.get_untracked() on:toggle:target=move |ev| open.set(ev.target().open())>
                                    <summary>
                                        <strong>{tr(kind_plural(kind))}</strong>
                                        <span class="muted">{move || summary.iter().map(|(c, n)| format!("{n} {}", app.t(change_key(*c)))).collect::<Vec<_>>().join(" · ")}</span>
                                    </summary>
                                    // A folded group's rows are drawn when it is opened:
                                    // an agency's file has thousands.
                                    <Show when=move || open.get()>
                                        <table class="table">
                                            <tbody>
                                                {shown.iter().cloned().map(|c| change_row(app, choices, c)).collect_view()}
                                            </tbody>
                                        </table>
                                        {(hidden > 0).then(|| view! {
                                            <p class="muted">{move || app.tf(LaterKey::ImportMoreRows, &[("n", &hidden.to_string())])}</p>
                                        })}
                                    </Show>
                                </details>
                            }
                        }).collect_view()}
                        {can_replace.then(|| view! {
                            <label class="checkbox">
                                <input type="checkbox" prop:checked=replace_all on:change:target=move |ev| replace_all.set(ev.target().checked()) />
                                {tr(LaterKey::ReplaceEverything)}
                            </label>
                        })}
                        <div class="page-actions">
                            <button class="btn btn-primary" on:click=apply>{tr(LaterKey::ApplyImport)}</button>
                            <button class="btn btn-secondary" on:click=move |_| pending.set(None)>{tr(Key::Cancel)}</button>
                        </div>
                    </div>
                }
            })}
        </section>
    }
}

fn read_error_text(app: AppState, error: &files::ReadError) -> String {
    match error {
        files::ReadError::TooLarge { megabytes } => app.tf(
            LaterKey::FileTooLarge,
            &[
                ("size", &format!("{megabytes:.1}")),
                ("limit", &files::MAX_IMPORT_MEGABYTES.to_string()),
            ],
        ),
        files::ReadError::NotUtf8 { at } => {
            app.tf(LaterKey::FileNotUtf8, &[("at", &at.to_string())])
        }
        files::ReadError::Unreadable => app.t(LaterKey::FileUnreadable).to_string(),
    }
}

/// Spreadsheets and CRMs name their exports `.csv` (or `.tsv` for tabs).
fn is_csv(file_name: &str) -> bool {
    let name = file_name.to_ascii_lowercase();
    name.ends_with(".csv") || name.ends_with(".tsv")
}

/// A group of more rows than this starts folded.
const FOLD_AFTER: usize = 15;
/// An opened group lists every conflict and future-dated row, and at most
/// this many other rows.
const LIST_AT_MOST: usize = 200;

/// The rows of a group to list, conflicts and future dates first, and how
/// many are left out.
fn rows_to_show(changes: Vec<PlannedChange>) -> (Vec<PlannedChange>, usize) {
    let (mut shown, others): (Vec<_>, Vec<_>) = changes
        .into_iter()
        .partition(|c| c.change == Change::Conflict || c.future_dated);
    let hidden = others.len().saturating_sub(LIST_AT_MOST);
    shown.extend(others.into_iter().take(LIST_AT_MOST));
    (shown, hidden)
}

/// The plural heading of a group of changes.
fn kind_plural(kind: RecordKind) -> AnyKey {
    match kind {
        RecordKind::TeamMember => Key::NavTeam.into(),
        RecordKind::Client => Key::NavClients.into(),
        RecordKind::Budget => Key::NavBudgets.into(),
        RecordKind::Review => Key::NavReviews.into(),
        RecordKind::Brief => Key::NavBriefs.into(),
        RecordKind::ContactReport => Key::NavContactReports.into(),
        RecordKind::Wip => Key::NavWip.into(),
        RecordKind::Interaction => LaterKey::TimelineRequests.into(),
        RecordKind::Nps => LaterKey::TimelineNps.into(),
        RecordKind::Deal => LaterKey::DealsTitle.into(),
    }
}

/// How many of each change a group holds, in the order they are listed.
fn change_summary(changes: &[PlannedChange]) -> Vec<(Change, usize)> {
    let mut counts: Vec<(Change, usize)> = Vec::new();
    for change in changes {
        match counts.iter_mut().find(|(c, _)| *c == change.change) {
            Some((_, n)) => *n += 1,
            None => counts.push((change.change, 1)),
        }
    }
    counts
}

/// One record of the preview: what it is, what would happen, and for a
/// conflict the choice between the two versions.
fn change_row(
    app: AppState,
    choices: RwSignal<HashMap<Id, Resolution>>,
    c: PlannedChange,
) -> impl IntoView {
    let id = c.id;
    let default = c.default;
    let future_dated = c.future_dated;
    let chosen = move || choices.with(|m| m.get(&id).copied().unwrap_or(default));
    let group = format!("resolve-{id}");
    view! {
        <tr>
            <th scope="row">{c.label.clone()}</th>
            <td class="muted">{tr(kind_key(c.kind))}</td>
            <td>{tr(change_key(c.change))}</td>
            <td>
                {(c.change == Change::Conflict).then(|| view! {
                    <div class="resolve" role="radiogroup" aria-label=move || app.tf(LaterKey::ResolveConflict, &[("name", &c.label)])>
                        <label class="checkbox">
                            <input type="radio" name=group.clone() prop:checked=move || chosen() == Resolution::KeepMine
                                on:change=move |_| choices.update(|m| { m.insert(id, Resolution::KeepMine); }) />
                            {tr(LaterKey::KeepMine)}
                        </label>
                        <label class="checkbox">
                            <input type="radio" name=group.clone() prop:checked=move || chosen() == Resolution::TakeTheirs
                                on:change=move |_| choices.update(|m| { m.insert(id, Resolution::TakeTheirs); }) />
                            {tr(LaterKey::TakeTheirs)}
                        </label>
                    </div>
                })}
            </td>
        </tr>
        // Across the whole table: a narrow column would set it a word a line.
        {future_dated.then(|| view! {
            <tr class="future-dated">
                <td colspan="4">{tr(LaterKey::FutureDated)}</td>
            </tr>
        })}
    }
}

/// How a kept copy is named in the preview ("the copy kept on …") or, as
/// a title, in the list of kept copies: when it was set aside.
pub fn kept_copy_name(app: AppState, key: &str, title: bool) -> String {
    let when = key
        .strip_prefix(storage::STORAGE_KEYS.unreadable_prefix)
        .and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
        .map(|at| {
            let at = at.with_timezone(&chrono::Utc);
            let date = app.lang.get_untracked().format_date(clock::local_date(at));
            format!("{date}, {}", clock::local_hour_minute(at))
        })
        .unwrap_or_else(|| key.to_string());
    let key = if title {
        LaterKey::KeptCopyTitle
    } else {
        LaterKey::KeptCopyName
    };
    app.tf(key, &[("when", &when)])
}
