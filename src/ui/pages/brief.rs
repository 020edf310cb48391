//! One Client Brief: the form (new and edit on the same page), Start work,
//! the WIP items it started, and the way to its project summary.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::brief::{Brief, BriefStatus};
use crate::domain::summary::deadline_state;
use crate::domain::wip::{WipItem, WipSource, WipStatus};
use crate::domain::workspace::WorkspaceError;
use crate::domain::{FieldError, Id};
use crate::i18n::{Key, Label, LaterKey};
use crate::route::Route;
use crate::ui::components::banner::InTrashBanner;
use crate::ui::components::field::{InputKind, SelectField, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::focus::focus_first_invalid;
use crate::ui::form::apply_in_place;
use crate::ui::form::{choice_code, client_options, error_at, parse_choice, rebased};
use crate::ui::state::{tr, use_app, UndoAction};

use super::briefs::{countdown_text, countdown_tone, status_tone};
use super::not_found::NotFound;

#[component]
pub fn BriefPage(id: Option<Id>, client: Option<Id>) -> impl IntoView {
    let app = use_app();
    match id {
        Some(id) => match app
            .workspace
            .with_untracked(|ws| ws.record::<Brief>(id).cloned())
        {
            Some(brief) => view! { <BriefForm brief is_new=false /> }.into_any(),
            None => view! { <NotFound message=LaterKey::BriefNotFound /> }.into_any(),
        },
        None => {
            let client = app.workspace.with_untracked(|ws| {
                client
                    .filter(|c| ws.client(*c).is_some_and(|c| !c.meta.is_trashed()))
                    .or_else(|| ws.first_client().map(|c| c.meta.id))
            });
            let Some(client) = client else {
                return view! { <NotFound message=LaterKey::BriefsAddClientFirst /> }.into_any();
            };
            let brief = Brief::new(client, clock::today(), clock::now());
            view! { <BriefForm brief is_new=true /> }.into_any()
        }
    }
}

fn parse_date(text: &str) -> Option<chrono::NaiveDate> {
    text.parse().ok()
}

/// Why Start work is not possible now, if it is not.
fn start_work_blocker(brief: &Brief, stored: BriefStatus) -> Option<LaterKey> {
    if brief.deliverable_list().is_empty() {
        Some(LaterKey::BriefStartWorkNeedsDeliverables)
    } else if brief.status == BriefStatus::Done || stored == BriefStatus::Done {
        Some(LaterKey::BriefStartWorkDone)
    } else {
        None
    }
}

#[component]
fn BriefForm(brief: Brief, is_new: bool) -> impl IntoView {
    let app = use_app();
    let id = brief.meta.id;
    let opened = StoredValue::new(brief.clone());
    let draft = RwSignal::new(brief);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    // The brief as stored: `None` until a new one is first saved.
    let stored = Memo::new(move |_| {
        app.workspace.with(|ws| {
            ws.record::<Brief>(id)
                .map(|b| (b.status, b.meta.is_trashed()))
        })
    });
    let is_saved = move || stored.with(Option::is_some);
    let stored_status = move || stored.get().map(|(s, _)| s).unwrap_or_default();
    let trashed = move || stored.get().is_some_and(|(_, t)| t);

    // Reads and writes of one text field of the draft, for the field components.
    macro_rules! text_field {
        ($field:ident) => {
            (
                Signal::derive(move || draft.with(|b| b.$field.clone())),
                Callback::new(move |v: String| draft.update(|b| b.$field = v)),
            )
        };
    }
    let (title, set_title) = text_field!(title);
    let (background, set_background) = text_field!(background);
    let (objectives, set_objectives) = text_field!(objectives);
    let (audience, set_audience) = text_field!(target_audience);
    let (key_message, set_key_message) = text_field!(key_message);
    let (deliverables, set_deliverables) = text_field!(deliverables);
    let (mandatories, set_mandatories) = text_field!(mandatories);
    let (budget_range, set_budget_range) = text_field!(budget_range);
    let (timeline, set_timeline) = text_field!(timeline);
    let (success_kpis, set_success_kpis) = text_field!(success_kpis);
    let error = move |path: &'static str| error_at(app, errors, move || path.into());

    // The workflow decides where the status can go from the stored one.
    let status_options = Signal::derive(move || {
        let current = stored_status();
        BriefStatus::ALL
            .iter()
            .filter(|&&s| s == current || current.can_become(s))
            .map(|&s| (choice_code(s), app.t(s.label()).to_string()))
            .collect::<Vec<_>>()
    });

    // Saves the draft; on refusal, the errors go beside their fields.
    let save = move || -> bool {
        let brief = app.workspace.with_untracked(|ws| {
            opened.with_value(|o| rebased(o, draft.get_untracked(), ws.record::<Brief>(id)))
        });
        match app.apply(|ws| ws.save_record(brief, clock::now())) {
            Ok(_) => {
                errors.set(Vec::new());
                true
            }
            Err(WorkspaceError::Invalid(found)) => {
                errors.set(found);
                focus_first_invalid();
                false
            }
            Err(other) => {
                leptos::logging::error!("saving a brief failed: {other}");
                false
            }
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if save() {
            let name = draft.with_untracked(|b| b.title.clone());
            app.show_toast(app.tf(LaterKey::BriefSaved, &[("name", &name)]), None);
            if is_new {
                app.navigate(Route::Brief(id));
            }
        }
    };
    // Start work saves what is on screen first, so deliverables just typed count.
    let start_work = move |_| {
        if !save() {
            return;
        }
        match app.apply(|ws| ws.start_work(id, None, clock::now())) {
            Ok(created) => {
                let status = app
                    .workspace
                    .with_untracked(|ws| ws.record::<Brief>(id).map(|b| b.status));
                if let Some(status) = status {
                    draft.update(|b| b.status = status);
                }
                let message = match created.len() {
                    0 => app.t(LaterKey::BriefWipNoneNew).to_string(),
                    1 => app.t(LaterKey::BriefWipCreatedOne).to_string(),
                    n => app.tf(LaterKey::BriefWipCreated, &[("n", &n.to_string())]),
                };
                app.show_toast(message, None);
            }
            Err(other) => leptos::logging::error!("starting work failed: {other}"),
        }
    };
    let delete = move |_| {
        let name = draft.with_untracked(|b| b.title.clone());
        if app
            .apply(|ws| ws.trash_record::<Brief>(id, clock::now()))
            .is_ok()
        {
            let undo: UndoAction = Arc::new(move || {
                if app
                    .apply(|ws| ws.restore_record::<Brief>(id, clock::now()))
                    .is_ok()
                {
                    app.navigate(Route::Brief(id));
                }
            });
            app.show_toast(
                app.tf(LaterKey::BriefTrashed, &[("name", &name)]),
                Some(undo),
            );
            app.navigate(Route::Briefs);
        }
    };
    let restore = Callback::new(move |_| {
        apply_in_place(app, |ws| ws.restore_record::<Brief>(id, clock::now()));
    });

    let heading = move || {
        if is_new {
            return app.t(LaterKey::BriefsNew).to_string();
        }
        let title = draft.with(|b| b.title.trim().to_string());
        if title.is_empty() {
            app.t(LaterKey::Untitled).to_string()
        } else {
            title
        }
    };
    let client_link = move || {
        let client = draft.with(|b| b.client);
        app.workspace
            .with(|ws| ws.client(client).map(|c| (c.meta.id, c.name.clone())))
    };
    let countdown = move || {
        let today = clock::today();
        draft.with(|b| {
            let mut b = b.clone();
            b.status = stored_status();
            deadline_state(&b, today)
        })
    };
    let blocker = move || draft.with(|b| start_work_blocker(b, stored_status()));
    let actions = move || {
        view! {
            <a class="btn btn-secondary" href=Route::Briefs.href()>{tr(Key::Cancel)}</a>
            <button type="submit" class="btn btn-primary">{tr(Key::Save)}</button>
        }
    };

    view! {
        <div class="page form-page brief-page">
            <a class="back-link" href=Route::Briefs.href()>
                <Icon name=IconName::ArrowLeft />
                {tr(LaterKey::BriefBackToList)}
            </a>
            <Show when=trashed>
                <InTrashBanner message=LaterKey::BriefInTrash on_restore=restore />
            </Show>
            <form class="brief-form" novalidate on:submit=on_submit>
                <header class="page-header record-header">
                    <div>
                        <h1>{heading}</h1>
                        <Show when=is_saved>
                            <div class="record-meta">
                                {move || client_link().map(|(client, name)| view! {
                                    <a href=Route::Client(client).href()>{name}</a>
                                })}
                                <span class=move || status_tone(stored_status())>
                                    {move || app.t(stored_status().label())}
                                </span>
                                {move || countdown().map(|state| view! {
                                    <span class=countdown_tone(state)>{countdown_text(app, state)}</span>
                                })}
                            </div>
                        </Show>
                    </div>
                    <div class="page-actions">
                        <Show when=is_saved>
                            <a class="btn btn-secondary" href=Route::Summary(id).href()>
                                <Icon name=IconName::Report />
                                {tr(LaterKey::BriefProjectSummary)}
                            </a>
                        </Show>
                        <Show when=move || is_saved() && !trashed()>
                            <button type="button" class="btn btn-danger-ghost" on:click=delete>
                                <Icon name=IconName::Trash />
                                {tr(LaterKey::Delete)}
                            </button>
                        </Show>
                        {actions()}
                    </div>
                </header>
                <Show when=move || errors.with(|e| !e.is_empty())>
                    <p class="form-error" role="alert">{tr(Key::FixTheFields)}</p>
                </Show>

                <section class="card form-section" aria-labelledby="brief-ask">
                    <h2 id="brief-ask">{tr(LaterKey::BriefSectionAsk)}</h2>
                    <div class="form-grid">
                        <TextField
                            label=tr(LaterKey::BriefTitleField)
                            value=title
                            on_input=set_title
                            error=error("title")
                            required=true
                            autofocus=is_new
                        />
                        <SelectField
                            label=tr(Key::Client)
                            options=client_options(app)
                            value=Signal::derive(move || draft.with(|b| b.client.to_string()))
                            on_change=Callback::new(move |v: String| {
                                if let Ok(client) = v.parse() {
                                    draft.update(|b| b.client = client);
                                }
                            })
                            error=error("client")
                        />
                        <TextField
                            label=tr(LaterKey::BriefReceivedOn)
                            kind=InputKind::Date
                            value=Signal::derive(move || draft.with(|b| b.received_on.to_string()))
                            on_input=Callback::new(move |v: String| {
                                if let Some(day) = parse_date(&v) {
                                    draft.update(|b| b.received_on = day);
                                }
                            })
                        />
                    </div>
                    <TextField label=tr(LaterKey::BriefBackground) kind=InputKind::Multiline value=background on_input=set_background error=error("background") />
                    <TextField label=tr(LaterKey::BriefObjectives) kind=InputKind::Multiline value=objectives on_input=set_objectives error=error("objectives") />
                    <div class="form-grid form-grid-2">
                        <TextField label=tr(LaterKey::BriefTargetAudience) kind=InputKind::Multiline value=audience on_input=set_audience error=error("target_audience") />
                        <TextField label=tr(LaterKey::KeyMessage) kind=InputKind::Multiline value=key_message on_input=set_key_message error=error("key_message") />
                    </div>
                    <TextField
                        label=tr(LaterKey::BriefSuccessKpis)
                        kind=InputKind::Multiline
                        value=success_kpis
                        on_input=set_success_kpis
                        hint=Signal::derive(move || Some(app.t(LaterKey::BriefSuccessKpisHint).to_string()))
                        error=error("success_kpis")
                    />
                </section>

                <section class="card form-section" aria-labelledby="brief-deliverables">
                    <h2 id="brief-deliverables">{tr(LaterKey::BriefSectionDeliverables)}</h2>
                    <TextField
                        label=tr(LaterKey::BriefDeliverables)
                        kind=InputKind::Multiline
                        value=deliverables
                        on_input=set_deliverables
                        hint=Signal::derive(move || Some(app.t(LaterKey::BriefDeliverablesHint).to_string()))
                        error=error("deliverables")
                    />
                    <div class="form-grid form-grid-2">
                        <TextField
                            label=tr(LaterKey::BriefMandatories)
                            kind=InputKind::Multiline
                            value=mandatories
                            on_input=set_mandatories
                            hint=Signal::derive(move || Some(app.t(LaterKey::BriefMandatoriesHint).to_string()))
                            error=error("mandatories")
                        />
                        <TextField label=tr(LaterKey::BriefTimeline) kind=InputKind::Multiline value=timeline on_input=set_timeline error=error("timeline") />
                    </div>
                    <div class="form-grid">
                        <TextField
                            label=tr(LaterKey::BriefBudgetRange)
                            value=budget_range
                            on_input=set_budget_range
                            hint=Signal::derive(move || Some(app.t(LaterKey::BriefBudgetRangeHint).to_string()))
                            error=error("budget_range")
                        />
                        <TextField
                            label=tr(LaterKey::BriefDeadline)
                            kind=InputKind::Date
                            value=Signal::derive(move || draft.with(|b| b.deadline.map(|d| d.to_string()).unwrap_or_default()))
                            on_input=Callback::new(move |v: String| draft.update(|b| b.deadline = parse_date(&v)))
                            error=error("deadline")
                        />
                    </div>
                </section>

                <section class="card form-section" aria-labelledby="brief-status">
                    <h2 id="brief-status">{tr(Key::Status)}</h2>
                    <div class="form-grid">
                        <SelectField
                            label=tr(Key::Status)
                            options=status_options
                            value=Signal::derive(move || choice_code(draft.with(|b| b.status)))
                            on_change=Callback::new(move |v: String| {
                                if let Some(status) = parse_choice(&BriefStatus::ALL, &v) {
                                    draft.update(|b| b.status = status);
                                }
                            })
                            hint=Signal::derive(move || Some(app.t(LaterKey::BriefStatusHint).to_string()))
                        />
                    </div>
                    <Show when=move || is_saved() && !trashed()>
                        <div class="start-work">
                            <button
                                type="button"
                                class="btn btn-secondary"
                                aria-describedby="start-work-hint"
                                disabled=move || blocker().is_some()
                                on:click=start_work
                            >
                                <Icon name=IconName::Wip />
                                {tr(LaterKey::BriefStartWork)}
                            </button>
                            <p id="start-work-hint" class="field-hint">
                                {move || app.t(blocker().unwrap_or(LaterKey::BriefStartWorkHint))}
                            </p>
                        </div>
                    </Show>
                </section>

                <div class="form-footer">{actions()}</div>
            </form>
            <Show when=is_saved>
                <BriefWork brief=id />
            </Show>
        </div>
    }
}

#[derive(Clone, PartialEq)]
struct WorkRow {
    id: Id,
    rev: u64,
    job: String,
    department: crate::domain::wip::Department,
    owner: Option<String>,
    due: Option<chrono::NaiveDate>,
    status: WipStatus,
}

/// The badge colour of a WIP status; the word is always beside it.
pub(crate) fn wip_tone(status: WipStatus) -> &'static str {
    match status {
        WipStatus::Done | WipStatus::Approved => "badge badge-success",
        WipStatus::OnHold => "badge badge-warning",
        WipStatus::InternalReview | WipStatus::ClientReview | WipStatus::InProgress => {
            "badge badge-info"
        }
        WipStatus::Briefed => "badge badge-neutral",
    }
}

/// The WIP items Start work made from this brief, with their status.
#[component]
fn BriefWork(brief: Id) -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        let source = Some(WipSource::Brief { brief });
        app.workspace.with(|ws| {
            ws.live_records::<WipItem>()
                .filter(|w| w.source == source)
                .map(|w| WorkRow {
                    id: w.meta.id,
                    rev: w.meta.rev,
                    job: w.job.clone(),
                    department: w.department,
                    owner: w.owner.and_then(|m| ws.member(m)).map(|m| m.name.clone()),
                    due: w.due,
                    status: w.status,
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card brief-work" aria-labelledby="brief-work">
            <div class="card-header">
                <h2 id="brief-work">{tr(LaterKey::BriefWipTitle)}</h2>
                <a class="btn btn-ghost btn-small" href=Route::Wip.href()>
                    <Icon name=IconName::Wip />
                    {tr(LaterKey::BriefOpenWip)}
                </a>
            </div>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=move || view! { <p class="muted">{tr(LaterKey::BriefWipEmpty)}</p> }
            >
                <div class="table-wrap">
                    <table class="table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(LaterKey::BriefWipJob)}</th>
                                <th scope="col">{tr(LaterKey::Department)}</th>
                                <th scope="col">{tr(LaterKey::Owner)}</th>
                                <th scope="col">{tr(LaterKey::DueDate)}</th>
                                <th scope="col">{tr(Key::Status)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || rows.get() key=|r| (r.id, r.rev) let:row>
                                <tr>
                                    <th scope="row">
                                        <a href=Route::WipItem(row.id).href()>{row.job.clone()}</a>
                                    </th>
                                    <td>{move || app.t(row.department.label())}</td>
                                    <td>
                                        {match row.owner.clone() {
                                            Some(name) => view! { <span>{name}</span> }.into_any(),
                                            None => view! { <span class="muted">"—"</span> }.into_any(),
                                        }}
                                    </td>
                                    <td class="nowrap">{move || row.due.map(|d| app.date(d)).unwrap_or_else(|| "—".into())}</td>
                                    <td>
                                        <span class=wip_tone(row.status)>{move || app.t(row.status.label())}</span>
                                    </td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
