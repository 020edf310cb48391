//! One WIP item: the form to add or edit a job, with where it came from and
//! how its status moved.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::brief::Brief;
use crate::domain::contact_report::ContactReport;
use crate::domain::search::fold;
use crate::domain::validation::Problem;
use crate::domain::wip::{Department, WipItem, WipSource, WipStatus};
use crate::domain::workspace::WorkspaceError;
use crate::domain::{FieldError, Id};
use crate::i18n::{Key, Label, LaterKey};
use crate::route::Route;
use crate::ui::components::banner::InTrashBanner;
use crate::ui::components::field::{InputKind, SelectField, TextField};
use crate::ui::components::form_page::FormPage;
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::focus::{focus_first_invalid, focus_id_later};
use crate::ui::form::apply_in_place;
use crate::ui::form::{
    choice_code, choice_options, client_options, error_at, parse_choice, rebased,
};
use crate::ui::state::{tr, use_app, UndoAction};

use super::not_found::NotFound;

#[component]
pub fn WipItemPage(
    /// The item to edit; `None` for a new one.
    id: Option<Id>,
    /// The client a new item is for, when known.
    client: Option<Id>,
) -> impl IntoView {
    let app = use_app();
    match id {
        Some(id) => match app
            .workspace
            .with_untracked(|ws| ws.record::<WipItem>(id).cloned())
        {
            Some(item) => view! { <WipForm item is_new=false back=Route::Wip /> }.into_any(),
            None => view! { <NotFound message=LaterKey::WipItemNotFound /> }.into_any(),
        },
        None => {
            let chosen = client.or_else(|| {
                app.workspace
                    .with_untracked(|ws| ws.first_client().map(|c| c.meta.id))
            });
            let Some(chosen) = chosen else {
                return view! { <NotFound message=LaterKey::WipAddClientFirst /> }.into_any();
            };
            // Back to the client's page when the item was started there.
            let back = client.map_or(Route::Wip, Route::Client);
            let item = WipItem::new(chosen, clock::now());
            view! { <WipForm item is_new=true back /> }.into_any()
        }
    }
}

/// "From contact report of 20 Nov 2026" or "From brief Tết 2027", linked.
#[component]
fn SourceLink(source: WipSource) -> impl IntoView {
    let app = use_app();
    let link = move || {
        app.workspace.with(|ws| match source {
            WipSource::ActionItem { report, .. } => ws.record::<ContactReport>(report).map(|r| {
                (
                    Route::ContactReport(report),
                    app.tf(
                        LaterKey::WipFromReport,
                        &[("date", &app.date(r.meeting_date))],
                    ),
                )
            }),
            WipSource::Brief { brief } => ws.record::<Brief>(brief).map(|b| {
                (
                    Route::Brief(brief),
                    app.tf(LaterKey::WipFromBrief, &[("title", &b.title)]),
                )
            }),
        })
    };
    move || {
        link().map(|(route, text)| {
            view! {
                <p class="wip-source">
                    <Icon name=IconName::Link />
                    <a href=route.href()>{text}</a>
                </p>
            }
        })
    }
}

#[component]
fn WipForm(item: WipItem, is_new: bool, back: Route) -> impl IntoView {
    let app = use_app();
    let id = item.meta.id;
    let source = item.source;
    let history = item.history.clone();
    let estimated = RwSignal::new(
        item.estimated_days
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let opened = StoredValue::new(item.clone());
    let draft = RwSignal::new(item);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let trashed = Memo::new(move |_| {
        app.workspace.with(|ws| {
            ws.record::<WipItem>(id)
                .is_some_and(|w| w.meta.is_trashed())
        })
    });

    macro_rules! text_field {
        ($field:ident) => {
            (
                Signal::derive(move || draft.with(|w| w.$field.clone())),
                Callback::new(move |v: String| draft.update(|w| w.$field = v)),
            )
        };
    }
    let (job, set_job) = text_field!(job);
    let (next_step, set_next_step) = text_field!(next_step);
    let (notes, set_notes) = text_field!(notes);
    let error = move |path: &'static str| error_at(app, errors, move || path.into());
    if is_new {
        // `autofocus` works once per document load, not for a form drawn
        // later by the app: put the cursor in the first field ourselves.
        focus_id_later("wip-job");
    }

    let owner_options = Signal::derive(move || {
        let mut team: Vec<(String, String)> = app.workspace.with(|ws| {
            ws.live_team()
                .map(|m| (m.meta.id.to_string(), m.name.clone()))
                .collect()
        });
        team.sort_by_cached_key(|(_, name)| fold(name));
        std::iter::once((String::new(), "—".to_string()))
            .chain(team)
            .collect::<Vec<_>>()
    });

    let save = Callback::new(move |_| {
        let now = clock::now();
        let mut item = draft.get_untracked();
        let estimate = estimated.get_untracked();
        item.estimated_days = match estimate.trim() {
            "" => None,
            text => match text.parse::<u16>() {
                Ok(days) => Some(days),
                Err(_) => {
                    errors.set(vec![FieldError::new(
                        "estimated_days",
                        Problem::OutOfRange(1, 365),
                    )]);
                    focus_first_invalid();
                    return;
                }
            },
        };
        let mut item = app
            .workspace
            .with_untracked(|ws| opened.with_value(|o| rebased(o, item, ws.record::<WipItem>(id))));
        // A status changed here is a move like one on the board: it goes
        // through `set_status`, so the weekly report can tell it.
        let wanted = item.status;
        let stored = app
            .workspace
            .with_untracked(|ws| ws.record::<WipItem>(id).map(|w| w.status));
        if let Some(stored) = stored {
            item.status = stored;
            item.set_status(wanted, now);
        }
        let name = item.job.trim().to_string();
        item.job = name.clone();
        match app.apply(|ws| ws.save_wip(item, now)) {
            Ok(_) => {
                errors.set(Vec::new());
                app.show_toast(app.tf(LaterKey::WipItemSaved, &[("name", &name)]), None);
                app.navigate(back);
            }
            Err(WorkspaceError::Invalid(found)) => {
                errors.set(found);
                focus_first_invalid();
            }
            Err(other) => leptos::logging::error!("saving a WIP item failed: {other}"),
        }
    });

    let delete = move |_| {
        let name = draft.with_untracked(|w| w.job.clone());
        if app
            .apply(|ws| ws.trash_record::<WipItem>(id, clock::now()))
            .is_ok()
        {
            let undo: UndoAction = Arc::new(move || {
                if app
                    .apply(|ws| ws.restore_record::<WipItem>(id, clock::now()))
                    .is_ok()
                {
                    app.navigate(Route::WipItem(id));
                }
            });
            app.show_toast(
                app.tf(LaterKey::WipItemTrashed, &[("name", &name)]),
                Some(undo),
            );
            app.navigate(back);
        }
    };
    let restore = Callback::new(move |_| {
        apply_in_place(app, |ws| ws.restore_record::<WipItem>(id, clock::now()));
    });

    view! {
        <FormPage
            title=move || if is_new { app.t(LaterKey::WipNewItem) } else { app.t(LaterKey::WipEditItem) }
            cancel_href=back.href()
            has_errors=move || errors.with(|e| !e.is_empty())
            on_save=save
        >
            <Show when=move || trashed.get()>
                <InTrashBanner message=LaterKey::WipItemInTrash on_restore=restore />
            </Show>
            {source.map(|source| view! { <SourceLink source /> })}
            <section class="card form-section" aria-labelledby="wip-details">
                <h2 id="wip-details">{tr(LaterKey::Details)}</h2>
                <div class="form-grid">
                    <SelectField
                        label=tr(Key::Client)
                        options=client_options(app)
                        value=Signal::derive(move || draft.with(|w| w.client.to_string()))
                        on_change=Callback::new(move |v: String| {
                            if let Ok(client) = v.parse() {
                                draft.update(|w| w.client = client);
                            }
                        })
                        error=error("client")
                    />
                    <TextField
                        id="wip-job"
                        label=tr(LaterKey::WipJob)
                        value=job
                        on_input=set_job
                        error=error("job")
                        required=true
                    />
                    <SelectField
                        label=tr(LaterKey::Department)
                        options=choice_options(app, &Department::ALL)
                        value=Signal::derive(move || choice_code(draft.with(|w| w.department)))
                        on_change=Callback::new(move |v: String| {
                            if let Some(d) = parse_choice(&Department::ALL, &v) {
                                draft.update(|w| w.department = d);
                            }
                        })
                    />
                    <SelectField
                        label=tr(LaterKey::Owner)
                        options=owner_options
                        value=Signal::derive(move || draft.with(|w| w.owner.map(|o| o.to_string()).unwrap_or_default()))
                        on_change=Callback::new(move |v: String| draft.update(|w| w.owner = v.parse().ok()))
                        error=error("owner")
                    />
                    <SelectField
                        label=tr(Key::Status)
                        options=choice_options(app, &WipStatus::ALL)
                        value=Signal::derive(move || choice_code(draft.with(|w| w.status)))
                        on_change=Callback::new(move |v: String| {
                            if let Some(s) = parse_choice(&WipStatus::ALL, &v) {
                                draft.update(|w| w.status = s);
                            }
                        })
                    />
                    <TextField
                        label=tr(LaterKey::DueDate)
                        kind=InputKind::Date
                        value=Signal::derive(move || draft.with(|w| w.due.map(|d| d.to_string()).unwrap_or_default()))
                        on_input=Callback::new(move |v: String| draft.update(|w| w.due = v.parse().ok()))
                    />
                    <TextField
                        label=tr(LaterKey::WipEstimatedDays)
                        value=estimated
                        on_input=Callback::new(move |v| estimated.set(v))
                        hint=Signal::derive(move || Some(app.t(LaterKey::WipEstimatedDaysHint).to_string()))
                        error=error("estimated_days")
                    />
                </div>
                <TextField label=tr(LaterKey::WipNextStep) value=next_step on_input=set_next_step error=error("next_step") />
                <TextField
                    label=tr(LaterKey::Notes)
                    kind=InputKind::Multiline
                    value=notes
                    on_input=set_notes
                    error=error("notes")
                />
            </section>
            {(!is_new).then(|| view! { <StatusHistory history=history.clone() /> })}
            {(!is_new).then(|| view! {
                <Show when=move || !trashed.get()>
                    <div class="wip-item-delete">
                        <button type="button" class="btn btn-danger-ghost" on:click=delete>
                            <Icon name=IconName::Trash />
                            {tr(LaterKey::Delete)}
                        </button>
                    </div>
                </Show>
            })}
        </FormPage>
    }
}

/// How the job moved, newest first.
#[component]
fn StatusHistory(history: Vec<crate::domain::wip::StatusChange>) -> impl IntoView {
    let app = use_app();
    let empty = history.is_empty();
    let changes = history
        .into_iter()
        .rev()
        .map(|change| {
            view! {
                <li>
                    <span class="wip-history-date">{move || app.day_of(change.at)}</span>
                    <span>
                        {move || format!("{} → {}", app.t(change.from.label()), app.t(change.to.label()))}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card form-section" aria-labelledby="wip-history">
            <h2 id="wip-history">{tr(LaterKey::WipHistory)}</h2>
            {if empty {
                view! { <p class="muted">{tr(LaterKey::WipNoHistory)}</p> }.into_any()
            } else {
                view! { <ol class="wip-history">{changes}</ol> }.into_any()
            }}
        </section>
    }
}
