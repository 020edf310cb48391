//! Client requests: log one now, mark the oldest replied now, see how long
//! the open ones have waited and how fast the others were answered.

use std::sync::Arc;

use chrono::Duration;
use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::interaction::{oldest_open, Channel, Interaction};
use crate::domain::kpi::{self, KpiInputs, Period, ResponseTime};
use crate::domain::{FieldError, Id, Timestamp};
use crate::i18n::activity::duration_text;
use crate::i18n::{Label, LaterKey, Text};
use crate::ui::components::field::{SelectField, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::icon_button::IconButton;
use crate::ui::form::apply_in_place;
use crate::ui::form::{choice_code, choice_options, error_at, parse_choice};
use crate::ui::state::{tr, use_app, AppState, UndoAction};

use super::request_form::{local, RequestForm};
use super::{save, trash_with_undo};

/// How many answered requests the card lists.
const RECENT_ANSWERED: usize = 5;
/// The days the card's average response time covers, today included.
const AVERAGE_DAYS: i64 = 90;

#[component]
pub fn Requests(client: Id, now: RwSignal<Timestamp>) -> impl IntoView {
    let app = use_app();
    let editing = RwSignal::new(None::<Interaction>);
    let requests = Memo::new(move |_| {
        app.workspace.with(|ws| {
            ws.interactions
                .iter()
                .filter(|i| i.client == client && !i.meta.is_trashed())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    // Oldest first: the order they are to be answered in.
    let open = Memo::new(move |_| {
        let mut open: Vec<Interaction> =
            requests.with(|all| all.iter().filter(|i| i.is_open()).cloned().collect());
        open.sort_by_key(|i| i.received_at);
        open
    });
    let answered = Memo::new(move |_| {
        let mut done: Vec<Interaction> =
            requests.with(|all| all.iter().filter(|i| !i.is_open()).cloned().collect());
        done.sort_by_key(|i| std::cmp::Reverse(i.responded_at));
        done.truncate(RECENT_ANSWERED);
        done
    });
    let average = Memo::new(move |_| {
        let today = clock::local_date(now.get());
        app.workspace.with(|ws| {
            let client = ws.client(client)?;
            let inputs = KpiInputs {
                clients: std::slice::from_ref(client),
                ..KpiInputs::of(ws)
            };
            let period = Period::new(today - Duration::days(AVERAGE_DAYS - 1), today);
            Some(kpi::response_time(&inputs, period, None))
        })
    });

    let channel = RwSignal::new(Channel::default());
    let summary = RwSignal::new(String::new());
    let log_errors = RwSignal::new(Vec::<FieldError>::new());
    let log = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let at = clock::now();
        let mut request = Interaction::new(client, at, at);
        request.channel = channel.get_untracked();
        request.summary = summary.get_untracked().trim().to_string();
        if save(app, request, log_errors) {
            summary.set(String::new());
            now.set(at);
        }
    };
    let many_open = Signal::derive(move || open.with(|o| o.len() > 1));

    view! {
        <section class="card c360-card" aria-labelledby="requests-heading">
            <header class="card-header c360-header">
                <h2 id="requests-heading">{tr(LaterKey::RequestsTitle)}</h2>
                <AverageFigure average />
            </header>
            {move || editing.get().map(|request| view! { <RequestForm request editing /> })}
            <form class="c360-log" on:submit=log novalidate>
                <SelectField
                    label=tr(LaterKey::RequestChannel)
                    options=choice_options(app, &Channel::ALL)
                    value=Signal::derive(move || choice_code(channel.get()))
                    on_change=Callback::new(move |v: String| {
                        if let Some(c) = parse_choice(&Channel::ALL, &v) {
                            channel.set(c);
                        }
                    })
                />
                <TextField
                    label=tr(LaterKey::RequestSummary)
                    value=summary
                    on_input=Callback::new(move |v| summary.set(v))
                    placeholder=Signal::derive(move || Some(app.t(LaterKey::RequestSummaryPlaceholder).to_string()))
                    error=error_at(app, log_errors, || "summary".into())
                />
                <button type="submit" class="btn btn-primary">
                    <Icon name=IconName::Plus />
                    {tr(LaterKey::LogRequest)}
                </button>
            </form>
            <Show
                when=move || requests.with(|r| !r.is_empty())
                fallback=move || view! { <p class="muted">{tr(LaterKey::RequestsEmpty)}</p> }
            >
                <div class="c360-subhead">
                    <h3>{move || app.tf(LaterKey::RequestsOpen, &[("n", &open.with(Vec::len).to_string())])}</h3>
                    <Show when=move || open.with(|o| !o.is_empty())>
                        <button
                            type="button"
                            class="btn btn-secondary btn-small"
                            title=tr(LaterKey::MarkRepliedHint)
                            on:click=move |_| mark_replied(app, client, None, now)
                        >
                            <Icon name=IconName::Check />
                            {tr(LaterKey::MarkReplied)}
                        </button>
                    </Show>
                </div>
                <Show
                    when=move || open.with(|o| !o.is_empty())
                    fallback=move || view! { <p class="muted">{tr(LaterKey::RequestsNoneOpen)}</p> }
                >
                    <ul class="c360-list">
                        <For each=move || open.get() key=|i| (i.meta.id, i.meta.rev) let:request>
                            <RequestRow request now many_open editing />
                        </For>
                    </ul>
                </Show>
                <Show when=move || answered.with(|a| !a.is_empty())>
                    <h3 class="c360-subhead">{tr(LaterKey::RequestsAnswered)}</h3>
                    <ul class="c360-list">
                        <For each=move || answered.get() key=|i| (i.meta.id, i.meta.rev) let:request>
                            <RequestRow request now many_open editing />
                        </For>
                    </ul>
                </Show>
            </Show>
        </section>
    }
}

/// The card's figure: average response time over the last 90 days.
#[component]
fn AverageFigure(average: Memo<Option<ResponseTime>>) -> impl IntoView {
    let app = use_app();
    let mean = move || average.get().and_then(|a| a.mean.map(|m| (m, a.answered)));
    view! {
        <div class="c360-figure">
            <span class="c360-figure-label">{tr(LaterKey::RequestsAverage)}</span>
            {move || match mean() {
                Some((time, answered)) => view! {
                    <strong class="num">{duration_text(time, app.lang.get())}</strong>
                    <span class="muted">{app.tf(LaterKey::RequestsAverageOf, &[("n", &answered.to_string())])}</span>
                }
                    .into_any(),
                None => view! { <span class="muted">{tr(LaterKey::RequestsNoAverage)}</span> }.into_any(),
            }}
        </div>
    }
}

/// One request: what was asked, by which channel and when, and how long it
/// has waited or how fast it was answered.
#[component]
fn RequestRow(
    request: Interaction,
    now: RwSignal<Timestamp>,
    /// More than one request waits: each open one gets its own "Replied".
    many_open: Signal<bool>,
    editing: RwSignal<Option<Interaction>>,
) -> impl IntoView {
    let app = use_app();
    let id = request.meta.id;
    let client = request.client;
    let summary = request.summary.clone();
    let name = Signal::derive(move || {
        if summary.is_empty() {
            app.t(LaterKey::RequestNoSummary).to_string()
        } else {
            summary.clone()
        }
    });
    let received_at = request.received_at;
    let response_time = request.response_time();
    let channel = request.channel;
    let status = match response_time {
        None => {
            let request = request.clone();
            let waited =
                Signal::derive(move || request.waiting_for(now.get()).unwrap_or_else(Duration::zero));
            // A day without a reply is the danger colour; the words say it too.
            let class = move || {
                if waited.get() >= Duration::days(1) {
                    "badge badge-danger c360-status"
                } else {
                    "badge badge-warning c360-status"
                }
            };
            view! {
                <span class=class>
                    {move || app.tf(LaterKey::RequestWaiting, &[("time", &duration_text(waited.get(), app.lang.get()))])}
                </span>
            }
            .into_any()
        }
        Some(time) => view! {
            <span class="badge badge-success c360-status">
                <Icon name=IconName::Check />
                {move || app.tf(LaterKey::RequestRepliedIn, &[("time", &duration_text(time, app.lang.get()))])}
            </span>
        }
        .into_any(),
    };
    let edit_request = request.clone();
    view! {
        <li class="c360-row">
            <span class="c360-row-icon" aria-hidden="true">
                <Icon name=channel_icon(channel) />
            </span>
            <div class="c360-row-main">
                <span class="c360-row-title" class:muted=request.summary.is_empty()>{name}</span>
                // The status leads the second line: the row keeps its width
                // for the words, in either language.
                <span class="c360-request-meta">
                    {status}
                    <span class="c360-row-meta">
                        {move || app.t(channel.label())}
                        " · "
                        {move || app.tf(LaterKey::RequestReceivedOn, &[("when", &when_text(app, received_at))])}
                    </span>
                </span>
            </div>
            <div class="row-actions c360-row-actions">
                {(response_time.is_none()).then(|| view! {
                    <Show when=move || many_open.get()>
                        <button
                            type="button"
                            class="btn btn-ghost btn-small"
                            aria-label=move || app.tf(LaterKey::MarkOneReplied, &[("summary", &name.get())])
                            on:click=move |_| mark_replied(app, client, Some(id), now)
                        >
                            {tr(LaterKey::RepliedButton)}
                        </button>
                    </Show>
                })}
                <IconButton
                    icon=IconName::Edit
                    label=move || format!("{} {}", app.t(LaterKey::Edit), name.get())
                    on_click=Callback::new(move |_| editing.set(Some(edit_request.clone())))
                />
                <IconButton
                    icon=IconName::Trash
                    label=move || format!("{} {}", app.t(LaterKey::Delete), name.get())
                    on_click=Callback::new(move |_| {
                        let message = app.tf(LaterKey::RequestTrashed, &[("name", &name.get_untracked())]);
                        trash_with_undo::<Interaction>(app, id, message);
                    })
                />
            </div>
        </li>
    }
}

fn channel_icon(channel: Channel) -> IconName {
    match channel {
        Channel::Email => IconName::Mail,
        Channel::Phone => IconName::Phone,
        Channel::Meeting => IconName::Team,
        Channel::Chat => IconName::Report,
    }
}

/// Closes a request now — `which`, or else the client's oldest open one —
/// with an Undo in the toast that opens it again.
fn mark_replied(app: AppState, client: Id, which: Option<Id>, now: RwSignal<Timestamp>) {
    let at = clock::now();
    let Some(mut request) = app.workspace.with_untracked(|ws| match which {
        Some(id) => ws
            .record::<Interaction>(id)
            .filter(|i| i.is_open())
            .cloned(),
        None => oldest_open(&ws.interactions, client).cloned(),
    }) else {
        return;
    };
    request.mark_replied(at, at);
    let id = request.meta.id;
    let time = request.response_time().unwrap_or_else(Duration::zero);
    let lang = app.lang.get_untracked();
    let summary = if request.summary.is_empty() {
        LaterKey::RequestNoSummary.text(lang).to_string()
    } else {
        request.summary.clone()
    };
    if app.apply(|ws| ws.save_record(request, at)).is_err() {
        return;
    }
    now.set(at);
    let undo: UndoAction = Arc::new(move || {
        let stored = app
            .workspace
            .with_untracked(|ws| ws.record::<Interaction>(id).cloned());
        if let Some(mut reopened) = stored {
            reopened.responded_at = None;
            apply_in_place(app, |ws| ws.save_record(reopened, clock::now()));
        }
    });
    app.show_toast(
        app.tf(
            LaterKey::RequestRepliedToast,
            &[("summary", &summary), ("time", &duration_text(time, lang))],
        ),
        Some(undo),
    );
}

/// "23 Nov 2026, 09:05" in the reader's language and time zone.
fn when_text(app: AppState, at: Timestamp) -> String {
    let d = local(at);
    format!(
        "{}, {:02}:{:02}",
        app.day_of(at),
        d.get_hours(),
        d.get_minutes()
    )
}
