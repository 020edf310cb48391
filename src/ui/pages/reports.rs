//! Every contact report across clients, and starting a new one.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::contact_report::{ContactReport, ReportStatus, Timeliness};
use crate::domain::search::fold;
use crate::domain::Id;
use crate::i18n::{Key, Label, LaterKey};
use crate::route::Route;
use crate::ui::components::empty_state::EmptyClientList;
use crate::ui::components::field::{ClientFilterField, SelectField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::form::{choice_code, choice_filter_options, client_filter_options, parse_choice};
use crate::ui::state::{tr, use_app};

use super::not_found::NotFound;

#[derive(Clone, PartialEq)]
struct Row {
    id: Id,
    rev: u64,
    client_id: Id,
    client: String,
    meeting_date: chrono::NaiveDate,
    purpose: String,
    status: ReportStatus,
    timeliness: Timeliness,
    agreements: usize,
    open_actions: usize,
    actions: usize,
}

/// The badge saying whether a report went out within 48 hours.
pub(crate) fn timeliness_badge(timeliness: Timeliness) -> (&'static str, LaterKey) {
    match timeliness {
        Timeliness::OnTime => ("badge badge-success", LaterKey::TimelyOnTime),
        Timeliness::Late => ("badge badge-warning", LaterKey::TimelyLate),
        Timeliness::Due => ("badge badge-info", LaterKey::TimelyDue),
        Timeliness::Overdue => ("badge badge-danger", LaterKey::TimelyOverdue),
    }
}

pub(crate) fn status_class(status: ReportStatus) -> &'static str {
    match status {
        ReportStatus::Draft => "badge badge-neutral",
        ReportStatus::Sent => "badge badge-info",
        ReportStatus::Acknowledged => "badge badge-success",
    }
}

#[component]
pub fn ContactReportsPage() -> impl IntoView {
    let app = use_app();
    let client_filter = RwSignal::new(None::<Id>);
    let status_filter = RwSignal::new(None::<ReportStatus>);
    let today = clock::today();

    let all_rows = Memo::new(move |_| {
        app.workspace.with(|ws| {
            let mut rows: Vec<Row> = ws
                .live_records::<ContactReport>()
                .map(|r| Row {
                    id: r.meta.id,
                    rev: r.meta.rev,
                    client_id: r.client,
                    client: ws
                        .client(r.client)
                        .map(|c| c.name.clone())
                        .unwrap_or_default(),
                    meeting_date: r.meeting_date,
                    purpose: r.purpose.lines().next().unwrap_or_default().to_string(),
                    status: r.status,
                    timeliness: r.timeliness(today),
                    agreements: r.agreements.iter().filter(|a| !a.trim().is_empty()).count(),
                    open_actions: r
                        .action_items
                        .iter()
                        .filter(|a| !a.done && !a.what.trim().is_empty())
                        .count(),
                    actions: r
                        .action_items
                        .iter()
                        .filter(|a| !a.what.trim().is_empty())
                        .count(),
                })
                .collect();
            rows.sort_by(|a, b| {
                b.meeting_date
                    .cmp(&a.meeting_date)
                    .then_with(|| fold(&a.client).cmp(&fold(&b.client)))
            });
            rows
        })
    });
    let rows = Memo::new(move |_| {
        let (client, status) = (client_filter.get(), status_filter.get());
        all_rows.with(|rows| {
            rows.iter()
                .filter(|r| client.is_none_or(|c| r.client_id == c))
                .filter(|r| status.is_none_or(|s| r.status == s))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let client_options = Signal::derive(move || {
        all_rows.with(|rows| {
            client_filter_options(app, rows.iter().map(|r| (r.client_id, r.client.clone())))
        })
    });
    let status_options = choice_filter_options(app, LaterKey::AnyStatus, &ReportStatus::ALL);
    let has_clients = move || app.workspace.with(|ws| ws.live_clients().next().is_some());

    view! {
        <div class="page">
            <header class="page-header">
                <h1>{tr(LaterKey::ReportsTitle)}</h1>
                <Show when=has_clients>
                    <a class="btn btn-primary" href=Route::NewContactReport(None).href()>
                        <Icon name=IconName::Plus />
                        {tr(LaterKey::NewContactReport)}
                    </a>
                </Show>
            </header>
            <Show
                when=move || all_rows.with(|r| !r.is_empty())
                fallback=move || {
                    view! {
                        <EmptyClientList title=LaterKey::EmptyReportsTitle body=LaterKey::EmptyReportsBody needs_client=LaterKey::ReportsAddClientFirst new_label=LaterKey::NewContactReport new_route=Route::NewContactReport(None) />
                    }
                }
            >
                <div class="toolbar">
                    <ClientFilterField options=client_options selected=client_filter />
                    <SelectField
                        label=tr(Key::Status)
                        options=status_options
                        value=Signal::derive(move || status_filter.get().map(choice_code).unwrap_or_default())
                        on_change=Callback::new(move |v: String| status_filter.set(parse_choice(&ReportStatus::ALL, &v)))
                    />
                    <p class="count" aria-live="polite">
                        {move || app.tf(LaterKey::ReportCount, &[
                            ("n", &rows.with(Vec::len).to_string()),
                            ("total", &all_rows.with(Vec::len).to_string()),
                        ])}
                    </p>
                </div>
                <div class="table-wrap">
                    <table class="table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(LaterKey::MeetingDate)}</th>
                                <th scope="col">{tr(LaterKey::Purpose)}</th>
                                <th scope="col">{tr(Key::Status)}</th>
                                <th scope="col" class="num">{tr(LaterKey::Agreements)}</th>
                                <th scope="col" class="num">{tr(LaterKey::ActionItems)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || rows.get() key=|r| (r.id, r.rev) let:row>
                                {
                                    let (timely_class, timely_key) = timeliness_badge(row.timeliness);
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <a href=Route::ContactReport(row.id).href()>{move || app.date(row.meeting_date)}</a>
                                                <span class="cell-sub">{row.client.clone()}</span>
                                            </th>
                                            <td>{row.purpose.clone()}</td>
                                            <td class="badges">
                                                <span class=status_class(row.status)>{move || app.t(row.status.label())}</span>
                                                <span class=timely_class>{move || app.t(timely_key)}</span>
                                            </td>
                                            <td class="num">{row.agreements}</td>
                                            <td class="num">
                                                {move || app.tf(LaterKey::OpenActions, &[
                                                    ("open", &row.open_actions.to_string()),
                                                    ("total", &row.actions.to_string()),
                                                ])}
                                            </td>
                                        </tr>
                                    }
                                }
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </div>
    }
}

/// Creates a report dated today (for `client`, or the first client) and
/// opens it: reports are written in place, during the meeting.
#[component]
pub fn NewContactReportPage(client: Option<Id>) -> impl IntoView {
    let app = use_app();
    let client = client.or_else(|| {
        app.workspace
            .with_untracked(|ws| ws.first_client().map(|c| c.meta.id))
    });
    let Some(client) = client else {
        return view! { <NotFound message=LaterKey::ReportsAddClientFirst /> }.into_any();
    };
    let mut report = ContactReport::new(client, clock::today(), clock::now());
    report.agreements.push(String::new());
    let id = report.meta.id;
    if app.apply(|ws| ws.save_record(report, clock::now())).is_ok() {
        // Replace, so Back does not create another report.
        let _ = window()
            .location()
            .replace(&Route::ContactReport(id).href());
    }
    view! { <p class="muted">{tr(Key::SaveStatePending)}</p> }.into_any()
}
