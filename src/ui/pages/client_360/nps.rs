//! The client's NPS responses: score, category, the two criteria the
//! reference texts judge an account by, and what the client said.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::kpi::{self, KpiInputs, Period};
use crate::domain::nps::{NpsCategory, NpsResponse, MAX_RATING, MAX_SCORE, MIN_RATING};
use crate::domain::validation::Problem;
use crate::domain::{FieldError, Id};
use crate::i18n::{Key, Label, LaterKey};
use crate::ui::components::field::{InputKind, SelectField, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::icon_button::IconButton;
use crate::ui::form::error_at;
use crate::ui::state::{tr, use_app};

use super::{save, trash_with_undo};

#[component]
pub fn NpsResponses(client: Id) -> impl IntoView {
    let app = use_app();
    let editing = RwSignal::new(None::<NpsResponse>);
    let responses = Memo::new(move |_| {
        app.workspace.with(|ws| {
            let mut list: Vec<NpsResponse> = ws
                .nps
                .iter()
                .filter(|r| r.client == client && !r.meta.is_trashed())
                .cloned()
                .collect();
            list.sort_by_key(|r| std::cmp::Reverse((r.date, r.meta.created_at)));
            list
        })
    });
    // The client's NPS over the last 12 months, as the dashboard counts it.
    let summary = Memo::new(move |_| {
        let today = clock::today();
        app.workspace.with(|ws| {
            let client = ws.client(client)?;
            let inputs = KpiInputs {
                clients: std::slice::from_ref(client),
                ..KpiInputs::of(ws)
            };
            let nps = kpi::nps(&inputs, Period::last_12_months(today), None);
            nps.score.map(|score| (score, nps.responses))
        })
    });
    let start_new = move |_| {
        editing.set(Some(NpsResponse::new(
            client,
            clock::today(),
            0,
            clock::now(),
        )))
    };
    view! {
        <section class="card c360-card" aria-labelledby="nps-heading">
            <header class="card-header c360-header">
                <div class="c360-title">
                    <h2 id="nps-heading">{tr(LaterKey::NpsResponsesTitle)}</h2>
                    {move || summary.get().map(|(score, n)| view! {
                        <p class="c360-sub">
                            {app.tf(LaterKey::NpsSummary, &[("score", &score.to_string()), ("n", &n.to_string())])}
                        </p>
                    })}
                </div>
                <button type="button" class="btn btn-ghost" on:click=start_new>
                    <Icon name=IconName::Plus />
                    {tr(LaterKey::AddNpsResponse)}
                </button>
            </header>
            {move || editing.get().map(|response| view! { <NpsForm response editing /> })}
            <Show
                when=move || responses.with(|r| !r.is_empty())
                fallback=move || view! { <p class="muted">{tr(LaterKey::NpsEmpty)}</p> }
            >
                <ul class="c360-list">
                    <For each=move || responses.get() key=|r| (r.meta.id, r.meta.rev) let:response>
                        <NpsRow response editing />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

fn category_class(category: Option<NpsCategory>) -> &'static str {
    match category {
        Some(NpsCategory::Promoter) => "c360-score c360-promoter",
        Some(NpsCategory::Passive) => "c360-score c360-passive",
        Some(NpsCategory::Detractor) | None => "c360-score c360-detractor",
    }
}

fn badge_class(category: NpsCategory) -> &'static str {
    match category {
        NpsCategory::Promoter => "badge badge-success",
        NpsCategory::Passive => "badge badge-neutral",
        NpsCategory::Detractor => "badge badge-danger",
    }
}

#[component]
fn NpsRow(response: NpsResponse, editing: RwSignal<Option<NpsResponse>>) -> impl IntoView {
    let app = use_app();
    let id = response.meta.id;
    let date = response.date;
    let category = response.category();
    let respondent = response.respondent.clone();
    let name = Signal::derive(move || {
        if respondent.is_empty() {
            app.t(LaterKey::NpsAnonymous).to_string()
        } else {
            respondent.clone()
        }
    });
    let ratings = [
        (
            LaterKey::NpsConsultingKnowledge,
            response.consulting_knowledge,
        ),
        (LaterKey::NpsCareAttitude, response.care_attitude),
    ];
    let rating_text = move || {
        ratings
            .iter()
            .filter_map(|(key, r)| r.map(|r| format!("{} {r}/{MAX_RATING}", app.t(*key))))
            .collect::<Vec<_>>()
    };
    let comment = response.comment.clone();
    let edit_response = response.clone();
    let label =
        move |key: LaterKey| move || format!("{} {} {}", app.t(key), name.get(), app.date(date));
    view! {
        <li class="c360-row c360-nps-row">
            <span class=category_class(category)>
                <span class="visually-hidden">{tr(LaterKey::NpsScore)} " "</span>
                {response.score}
            </span>
            <div class="c360-row-main">
                <span class="c360-row-title">
                    <span class:muted=response.respondent.is_empty()>{name}</span>
                    {category.map(|c| view! { <span class=badge_class(c)>{move || app.t(c.label())}</span> })}
                </span>
                <span class="c360-row-meta">
                    {move || app.date(date)}
                    {move || rating_text().into_iter().map(|t| format!(" · {t}")).collect::<String>()}
                </span>
                {(!comment.trim().is_empty()).then(|| view! { <p class="c360-comment">{comment.clone()}</p> })}
            </div>
            <div class="row-actions c360-row-actions">
                <IconButton
                    icon=IconName::Edit
                    label=label(LaterKey::Edit)
                    on_click=Callback::new(move |_| editing.set(Some(edit_response.clone())))
                />
                <IconButton
                    icon=IconName::Trash
                    label=label(LaterKey::Delete)
                    on_click=Callback::new(move |_| {
                        let message = app.tf(LaterKey::NpsTrashed, &[("date", &app.date(date))]);
                        trash_with_undo::<NpsResponse>(app, id, message);
                    })
                />
            </div>
        </li>
    }
}

/// Adds or edits a response. The score is typed (0–10, checked on Save); the
/// two criteria are picked from 1–5 or left unrated.
#[component]
fn NpsForm(response: NpsResponse, editing: RwSignal<Option<NpsResponse>>) -> impl IntoView {
    let app = use_app();
    let is_new = app
        .workspace
        .with_untracked(|ws| ws.record::<NpsResponse>(response.meta.id).is_none());
    let date = RwSignal::new(response.date.to_string());
    let score = RwSignal::new(if is_new {
        String::new()
    } else {
        response.score.to_string()
    });
    let draft = RwSignal::new(response);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let error = move |path: &'static str| error_at(app, errors, move || path.into());
    let rating_options = Signal::derive(move || {
        std::iter::once((String::new(), app.t(LaterKey::NpsNotRated).to_string()))
            .chain((MIN_RATING..=MAX_RATING).map(|r| (r.to_string(), r.to_string())))
            .collect::<Vec<_>>()
    });
    let rating_hint = Signal::derive(move || Some(app.t(LaterKey::NpsRatingHint).to_string()));
    let save_form = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut response = draft.get_untracked();
        response.respondent = response.respondent.trim().to_string();
        response.comment = response.comment.trim().to_string();
        let mut found = Vec::new();
        match date.get_untracked().parse::<NaiveDate>() {
            Ok(d) => response.date = d,
            Err(_) => found.push(FieldError::new("date", Problem::Required)),
        }
        let typed = score.get_untracked();
        match typed.trim() {
            "" => found.push(FieldError::new("score", Problem::Required)),
            text => match text.parse::<u8>() {
                // validate() says what is wrong with 11 to 255.
                Ok(s) => response.score = s,
                Err(_) => found.push(FieldError::new(
                    "score",
                    Problem::OutOfRange(0, i64::from(MAX_SCORE)),
                )),
            },
        }
        if let Err(more) = response.validate() {
            found.extend(more);
        }
        if !found.is_empty() {
            errors.set(found);
        } else if save(app, response, errors) {
            editing.set(None);
        }
    };
    let rating_value = move |get: fn(&NpsResponse) -> Option<u8>| {
        Signal::derive(move || draft.with(get).map(|r| r.to_string()).unwrap_or_default())
    };
    view! {
        <form class="c360-form inline-form" on:submit=save_form novalidate>
            <h3>{move || if is_new { app.t(LaterKey::AddNpsResponse) } else { app.t(LaterKey::EditNpsResponse) }}</h3>
            <div class="form-grid">
                <TextField
                    label=tr(LaterKey::Date)
                    kind=InputKind::Date
                    value=date
                    on_input=Callback::new(move |v| date.set(v))
                    error=error("date")
                    required=true
                />
                <TextField
                    label=tr(LaterKey::NpsRespondent)
                    value=Signal::derive(move || draft.with(|r| r.respondent.clone()))
                    on_input=Callback::new(move |v| draft.update(|r| r.respondent = v))
                    error=error("respondent")
                    autofocus=true
                />
                <TextField
                    label=tr(LaterKey::NpsScore)
                    value=score
                    on_input=Callback::new(move |v| score.set(v))
                    hint=Signal::derive(move || Some(app.t(LaterKey::NpsScoreHint).to_string()))
                    error=error("score")
                    required=true
                />
                <SelectField
                    label=tr(LaterKey::NpsConsultingKnowledge)
                    options=rating_options
                    value=rating_value(|r| r.consulting_knowledge)
                    on_change=Callback::new(move |v: String| draft.update(|r| r.consulting_knowledge = v.parse().ok()))
                    hint=rating_hint
                    error=error("consulting_knowledge")
                />
                <SelectField
                    label=tr(LaterKey::NpsCareAttitude)
                    options=rating_options
                    value=rating_value(|r| r.care_attitude)
                    on_change=Callback::new(move |v: String| draft.update(|r| r.care_attitude = v.parse().ok()))
                    hint=rating_hint
                    error=error("care_attitude")
                />
            </div>
            <TextField
                label=tr(LaterKey::NpsComment)
                kind=InputKind::Multiline
                value=Signal::derive(move || draft.with(|r| r.comment.clone()))
                on_input=Callback::new(move |v| draft.update(|r| r.comment = v))
                error=error("comment")
            />
            <div class="form-footer">
                <button type="button" class="btn btn-secondary" on:click=move |_| editing.set(None)>
                    {tr(Key::Cancel)}
                </button>
                <button type="submit" class="btn btn-primary">{tr(Key::Save)}</button>
            </div>
        </form>
    }
}
