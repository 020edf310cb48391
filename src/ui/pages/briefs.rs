//! Every brief across clients: what was asked, by when, and how far it got.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::brief::{Brief, BriefStatus};
use crate::domain::csv::table_csv;
use crate::domain::search::{fold, Direction};
use crate::domain::summary::{deadline_state, DeadlineState};
use crate::domain::Id;
use crate::i18n::{Key, Label, LaterKey, Text};
use crate::route::Route;
use crate::ui::components::empty_state::EmptyClientList;
use crate::ui::components::field::{ClientFilterField, SelectField};
use crate::ui::components::list_header::ListHeader;
use crate::ui::components::sort_header::SortHeader;
use crate::ui::export;
use crate::ui::form::{choice_code, choice_filter_options, client_filter_options, parse_choice};
use crate::ui::state::{tr, use_app, AppState};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BriefSort {
    Title,
    Received,
    Deadline,
}

#[derive(Clone, PartialEq)]
struct Row {
    id: Id,
    rev: u64,
    client_id: Id,
    client: String,
    title: String,
    received_on: chrono::NaiveDate,
    deadline: Option<chrono::NaiveDate>,
    countdown: Option<DeadlineState>,
    status: BriefStatus,
    deliverables: usize,
}

/// The badge colour of a brief's status; the word is always beside it.
pub(crate) fn status_tone(status: BriefStatus) -> &'static str {
    match status {
        BriefStatus::Received => "badge badge-neutral",
        BriefStatus::Clarifying => "badge badge-warning",
        BriefStatus::Accepted | BriefStatus::InWork => "badge badge-info",
        BriefStatus::Done => "badge badge-success",
    }
}

/// "3 days left", "Due today", "Overdue by 2 days", in the reader's language.
pub(crate) fn countdown_text(app: AppState, state: DeadlineState) -> String {
    match state {
        DeadlineState::DaysLeft(1) => app.t(LaterKey::BriefOneDayLeft).to_string(),
        DeadlineState::DaysLeft(n) => app.tf(LaterKey::BriefDaysLeft, &[("n", &n.to_string())]),
        DeadlineState::DueToday => app.t(LaterKey::BriefDueToday).to_string(),
        DeadlineState::Overdue(1) => app.t(LaterKey::BriefOverdueOneDay).to_string(),
        DeadlineState::Overdue(n) => app.tf(LaterKey::BriefOverdue, &[("n", &n.to_string())]),
    }
}

/// The countdown as a badge: red when late, amber in the last three days.
pub(crate) fn countdown_tone(state: DeadlineState) -> &'static str {
    match state {
        DeadlineState::Overdue(_) => "badge badge-danger",
        DeadlineState::DueToday | DeadlineState::DaysLeft(1..=3) => "badge badge-warning",
        DeadlineState::DaysLeft(_) => "badge badge-outline",
    }
}

fn row(brief: &Brief, client: String, today: chrono::NaiveDate) -> Row {
    Row {
        id: brief.meta.id,
        rev: brief.meta.rev,
        client_id: brief.client,
        client,
        title: brief.title.clone(),
        received_on: brief.received_on,
        deadline: brief.deadline,
        countdown: deadline_state(brief, today),
        status: brief.status,
        deliverables: brief.deliverable_list().len(),
    }
}

#[component]
pub fn BriefsPage() -> impl IntoView {
    let app = use_app();
    let client_filter = RwSignal::new(None::<Id>);
    let status_filter = RwSignal::new(None::<BriefStatus>);
    let order = RwSignal::new((BriefSort::Received, Direction::Descending));
    let today = clock::today();

    let all_rows = Memo::new(move |_| {
        app.workspace.with(|ws| {
            ws.live_records::<Brief>()
                .map(|b| {
                    let client = ws
                        .client(b.client)
                        .map(|c| c.name.clone())
                        .unwrap_or_default();
                    row(b, client, today)
                })
                .collect::<Vec<_>>()
        })
    });
    let rows = Memo::new(move |_| {
        let client = client_filter.get();
        let status = status_filter.get();
        let (sort, direction) = order.get();
        let mut rows: Vec<Row> = all_rows
            .get()
            .into_iter()
            .filter(|r| client.is_none_or(|c| r.client_id == c))
            .filter(|r| status.is_none_or(|s| r.status == s))
            .collect();
        rows.sort_by(|a, b| {
            let ordering = match sort {
                BriefSort::Title => fold(&a.title).cmp(&fold(&b.title)),
                BriefSort::Received => a.received_on.cmp(&b.received_on),
                // Briefs without a deadline go after those with one.
                BriefSort::Deadline => {
                    (a.deadline.is_none(), a.deadline).cmp(&(b.deadline.is_none(), b.deadline))
                }
            }
            .then_with(|| fold(&a.title).cmp(&fold(&b.title)));
            match direction {
                Direction::Ascending => ordering,
                Direction::Descending => ordering.reverse(),
            }
        });
        rows
    });

    let client_options = Signal::derive(move || {
        app.workspace.with(|ws| {
            client_filter_options(
                app,
                ws.live_records::<Brief>()
                    .filter_map(|b| ws.client(b.client).map(|c| (c.meta.id, c.name.clone()))),
            )
        })
    });
    let status_options = choice_filter_options(app, LaterKey::AnyStatus, &BriefStatus::ALL);
    // A new brief is for the client the list is filtered on, if any.
    let new_brief_href = move || Route::NewBrief(client_filter.get()).href();

    // The list as it is filtered and sorted, for a spreadsheet.
    let export_csv = move |_| {
        let lang = app.lang.get_untracked();
        let header = [
            LaterKey::BriefTitleField.text(lang),
            Key::Client.text(lang),
            LaterKey::BriefReceivedOn.text(lang),
            LaterKey::BriefDeadline.text(lang),
            Key::Status.text(lang),
            LaterKey::BriefDeliverables.text(lang),
        ];
        let csv = rows.with_untracked(|rows| {
            table_csv(
                &header,
                rows.iter().map(|r| {
                    vec![
                        r.title.clone(),
                        r.client.clone(),
                        r.received_on.to_string(),
                        r.deadline.map(|d| d.to_string()).unwrap_or_default(),
                        r.status.label().text(lang).to_string(),
                        r.deliverables.to_string(),
                    ]
                }),
            )
        });
        export::download_csv("briefs", &csv);
    };

    view! {
        <div class="page briefs-page">
            <ListHeader
                title=LaterKey::BriefsTitle
                has_rows=Signal::derive(move || all_rows.with(|r| !r.is_empty()))
                on_export=Callback::new(export_csv)
                new_label=LaterKey::BriefsNew
                new_href=Signal::derive(new_brief_href)
            />
            <Show
                when=move || all_rows.with(|r| !r.is_empty())
                fallback=move || {
                    view! {
                        <EmptyClientList title=LaterKey::BriefsEmptyTitle body=LaterKey::BriefsEmptyBody needs_client=LaterKey::BriefsAddClientFirst new_label=LaterKey::BriefsNew new_route=Route::NewBrief(None) />
                    }
                }
            >
                <div class="toolbar">
                    <ClientFilterField options=client_options selected=client_filter />
                    <SelectField
                        label=tr(Key::Status)
                        options=status_options
                        value=Signal::derive(move || status_filter.get().map(choice_code).unwrap_or_default())
                        on_change=Callback::new(move |v: String| status_filter.set(parse_choice(&BriefStatus::ALL, &v)))
                    />
                    <p class="count" aria-live="polite">
                        {move || app.tf(LaterKey::BriefsCount, &[
                            ("n", &rows.with(Vec::len).to_string()),
                            ("total", &all_rows.with(Vec::len).to_string()),
                        ])}
                    </p>
                </div>
                <Show
                    when=move || rows.with(|r| !r.is_empty())
                    fallback=move || view! { <div class="no-results"><p>{tr(LaterKey::BriefsNoMatches)}</p></div> }
                >
                    <div class="table-wrap">
                        <table class="table briefs-table">
                            <thead>
                                <tr>
                                    <SortHeader order sort=BriefSort::Title label=LaterKey::BriefTitleField />
                                    <th scope="col">{tr(Key::Client)}</th>
                                    <SortHeader order sort=BriefSort::Received label=LaterKey::BriefReceivedOn />
                                    <SortHeader order sort=BriefSort::Deadline label=LaterKey::BriefDeadline />
                                    <th scope="col">{tr(Key::Status)}</th>
                                    <th scope="col" class="num">{tr(LaterKey::BriefDeliverables)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                <For each=move || rows.get() key=|r| (r.id, r.rev) let:row>
                                    {
                                        let title = if row.title.trim().is_empty() { None } else { Some(row.title.clone()) };
                                        view! {
                                            <tr>
                                                <th scope="row">
                                                    <a href=Route::Brief(row.id).href()>
                                                        {move || title.clone().unwrap_or_else(|| app.t(LaterKey::Untitled).to_string())}
                                                    </a>
                                                </th>
                                                <td>
                                                    <a class="quiet-link" href=Route::Client(row.client_id).href()>{row.client.clone()}</a>
                                                </td>
                                                <td class="nowrap">{move || app.date(row.received_on)}</td>
                                                <td class="deadline-cell">
                                                    {match row.deadline {
                                                        Some(deadline) => view! {
                                                            <span class="nowrap">{move || app.date(deadline)}</span>
                                                            {row.countdown.map(|state| view! {
                                                                <span class=countdown_tone(state)>{move || countdown_text(app, state)}</span>
                                                            })}
                                                        }.into_any(),
                                                        None => view! { <span class="muted">{tr(LaterKey::BriefNoDeadline)}</span> }.into_any(),
                                                    }}
                                                </td>
                                                <td>
                                                    <span class=status_tone(row.status)>{move || app.t(row.status.label())}</span>
                                                </td>
                                                <td class="num">{row.deliverables}</td>
                                            </tr>
                                        }
                                    }
                                </For>
                            </tbody>
                        </table>
                    </div>
                </Show>
            </Show>
        </div>
    }
}
