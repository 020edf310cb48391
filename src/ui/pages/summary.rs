//! The project summary report a client receives at the end of a campaign:
//! one A4 document — what was asked, what it cost against the budget, what
//! was delivered, what was agreed along the way, and the results.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::brief::{Brief, BriefStatus};
use crate::domain::contact_report::ReportStatus;
use crate::domain::decimal::format_basis_points;
use crate::domain::kpi::{self, KpiInputs};
use crate::domain::money::Money;
use crate::domain::summary::{
    agreement_count, brief_period, budgets_in_period, reports_in_period, work_from_brief, Period,
};
use crate::domain::wip::{Department, WipItem, WipStatus};
use crate::domain::{Currency, Id};
use crate::i18n::{Key, Label, LaterKey};
use crate::route::Route;
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::state::{tr, use_app};

use super::brief::wip_tone;
use super::briefs::status_tone;
use super::not_found::NotFound;

#[derive(Clone, PartialEq)]
struct BudgetRow {
    id: Id,
    campaign: String,
    start: chrono::NaiveDate,
    end: chrono::NaiveDate,
    currency: Currency,
    planned: i64,
    actual: i64,
    remaining: i64,
    margin: i64,
    margin_bp: Option<i64>,
}

#[derive(Clone, PartialEq)]
struct WorkRow {
    id: Id,
    job: String,
    department: Department,
    status: WipStatus,
    due: Option<chrono::NaiveDate>,
}

impl WorkRow {
    fn of(item: &WipItem) -> Self {
        Self {
            id: item.meta.id,
            job: item.job.clone(),
            department: item.department,
            status: item.status,
            due: item.due,
        }
    }
}

#[derive(Clone, PartialEq)]
struct MeetingRow {
    id: Id,
    date: chrono::NaiveDate,
    purpose: String,
    agreements: usize,
    status: ReportStatus,
}

/// Everything the document shows, read from the workspace in one go.
#[derive(Clone, PartialEq)]
struct Summary {
    client_id: Id,
    client: String,
    title: String,
    status: BriefStatus,
    period: Period,
    objectives: String,
    success_kpis: String,
    budgets: Vec<BudgetRow>,
    done: Vec<WorkRow>,
    open: Vec<WorkRow>,
    /// The brief's deliverables, shown while no work has started from it.
    asked: Vec<String>,
    meetings: Vec<MeetingRow>,
}

fn summarize(ws: &crate::domain::Workspace, id: Id, today: chrono::NaiveDate) -> Option<Summary> {
    let brief = ws.record::<Brief>(id)?;
    let period = brief_period(brief, today);
    let budgets = budgets_in_period(ws, brief.client, period)
        .into_iter()
        .map(|b| {
            let f = b.figures(today);
            BudgetRow {
                id: b.meta.id,
                campaign: b.campaign.clone(),
                start: b.start,
                end: b.end,
                currency: b.currency,
                planned: f.totals.planned,
                actual: f.totals.actual,
                remaining: f.totals.remaining(),
                margin: f.margin,
                margin_bp: f.margin_bp,
            }
        })
        .collect();
    let work = work_from_brief(ws, id);
    let started = !work.is_empty();
    let meetings = reports_in_period(ws, brief.client, period)
        .into_iter()
        .map(|r| MeetingRow {
            id: r.meta.id,
            date: r.meeting_date,
            purpose: r.purpose.trim().to_string(),
            agreements: agreement_count(r),
            status: r.status,
        })
        .collect();
    Some(Summary {
        client_id: brief.client,
        client: ws
            .client(brief.client)
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        title: brief.title.clone(),
        status: brief.status,
        period,
        objectives: brief.objectives.trim().to_string(),
        success_kpis: brief.success_kpis.trim().to_string(),
        budgets,
        done: work.done.into_iter().map(WorkRow::of).collect(),
        open: work.open.into_iter().map(WorkRow::of).collect(),
        asked: if started {
            Vec::new()
        } else {
            brief.deliverable_list()
        },
        meetings,
    })
}

#[component]
pub fn SummaryPage(id: Id) -> impl IntoView {
    let app = use_app();
    let exists = Memo::new(move |_| app.workspace.with(|ws| ws.record::<Brief>(id).is_some()));
    move || {
        if exists.get() {
            view! { <SummaryDocument id /> }.into_any()
        } else {
            view! { <NotFound message=LaterKey::BriefNotFound /> }.into_any()
        }
    }
}

#[component]
fn SummaryDocument(id: Id) -> impl IntoView {
    let app = use_app();
    let today = clock::today();
    let summary = Memo::new(move |_| app.workspace.with(|ws| summarize(ws, id, today)));
    let print = move |_| {
        let _ = window().print();
    };
    // The memo is Some while this component lives (the page checks first).
    let read = move |f: fn(&Summary) -> String| {
        move || summary.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let period_text = move || {
        summary.with(|s| {
            s.as_ref()
                .map(|s| app.lang.get().format_period(s.period.start, s.period.end))
                .unwrap_or_default()
        })
    };
    let status = move || summary.with(|s| s.as_ref().map_or(BriefStatus::default(), |s| s.status));
    let delivered = move || {
        summary.with(|s| {
            s.as_ref()
                .map(|s| {
                    // Before work starts, the brief's own list is the total.
                    let total = s.done.len() + s.open.len() + s.asked.len();
                    app.tf(
                        LaterKey::SummaryDoneOf,
                        &[
                            ("done", &s.done.len().to_string()),
                            ("total", &total.to_string()),
                        ],
                    )
                })
                .unwrap_or_default()
        })
    };
    let title = move || {
        let title = read(|s| s.title.trim().to_string())();
        if title.is_empty() {
            app.t(LaterKey::Untitled).to_string()
        } else {
            title
        }
    };
    let (client_id, period) = summary.with_untracked(|s| {
        s.as_ref()
            .map(|s| (s.client_id, s.period))
            .unwrap_or((id, Period::new(today, today)))
    });

    view! {
        <article class="page summary-page">
            <div class="summary-bar no-print">
                <a class="back-link" href=Route::Brief(id).href()>
                    <Icon name=IconName::ArrowLeft />
                    {tr(LaterKey::SummaryBackToBrief)}
                </a>
                <button type="button" class="btn btn-primary" on:click=print>
                    <Icon name=IconName::Print />
                    {tr(LaterKey::Print)}
                </button>
            </div>
            <div class="summary-doc">
                <header class="summary-head">
                    <div class="summary-masthead">
                        <p class="summary-client">{read(|s| s.client.clone())}</p>
                        <p class="summary-kind">{tr(LaterKey::BriefProjectSummary)}</p>
                    </div>
                    <h1>{title}</h1>
                    <dl class="summary-facts">
                        <div>
                            <dt>{tr(LaterKey::Period)}</dt>
                            <dd>{period_text}</dd>
                        </div>
                        <div>
                            <dt>{tr(Key::Status)}</dt>
                            <dd><span class=move || status_tone(status())>{move || app.t(status().label())}</span></dd>
                        </div>
                        <div>
                            <dt>{tr(LaterKey::BriefDeliverables)}</dt>
                            <dd>{delivered}</dd>
                        </div>
                        <div>
                            <dt>{tr(LaterKey::SummaryPreparedOn)}</dt>
                            <dd>{move || app.date(today)}</dd>
                        </div>
                    </dl>
                </header>

                <section class="summary-section" aria-labelledby="summary-objectives">
                    <h2 id="summary-objectives">{tr(LaterKey::SummaryObjectivesTitle)}</h2>
                    <div class="summary-columns">
                        <div>
                            <h3>{tr(LaterKey::BriefObjectives)}</h3>
                            <TextOrMissing text=Signal::derive(read(|s| s.objectives.clone())) />
                        </div>
                        <div>
                            <h3>{tr(LaterKey::BriefSuccessKpis)}</h3>
                            <TextOrMissing text=Signal::derive(read(|s| s.success_kpis.clone())) />
                        </div>
                    </div>
                </section>

                <BudgetSection summary />
                <DeliverablesSection summary />
                <MeetingsSection summary />
                {kpi_section(client_id, period)}
            </div>
        </article>
    }
}

/// A paragraph of the brief as typed, or a quiet note that it is missing.
#[component]
fn TextOrMissing(#[prop(into)] text: Signal<String>) -> impl IntoView {
    move || {
        let text = text.get();
        if text.is_empty() {
            view! { <p class="muted">{tr(LaterKey::SummaryNotInBrief)}</p> }.into_any()
        } else {
            view! { <p class="pre-wrap">{text}</p> }.into_any()
        }
    }
}

/// Budget vs actual of every campaign budget that overlaps the period.
#[component]
fn BudgetSection(summary: Memo<Option<Summary>>) -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        summary.with(|s| s.as_ref().map(|s| s.budgets.clone()).unwrap_or_default())
    });
    let client = move || summary.with(|s| s.as_ref().map(|s| s.client.clone()).unwrap_or_default());
    // One total when every budget is in the same currency; mixed currencies
    // are not added up in a document for the client.
    let total = Memo::new(move |_| {
        rows.with(|rows| {
            let currency = rows.first()?.currency;
            if rows.len() < 2 || rows.iter().any(|r| r.currency != currency) {
                return None;
            }
            let sum = |f: fn(&BudgetRow) -> i64| rows.iter().map(f).sum::<i64>();
            Some((
                currency,
                sum(|r| r.planned),
                sum(|r| r.actual),
                sum(|r| r.remaining),
                sum(|r| r.margin),
            ))
        })
    });
    let money =
        move |minor: i64, currency: Currency| Money::new(minor, currency).format(app.lang.get());
    view! {
        <section class="summary-section" aria-labelledby="summary-budget">
            <h2 id="summary-budget">{tr(LaterKey::SummaryBudgetTitle)}</h2>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=move || view! { <p class="summary-empty">{tr(LaterKey::SummaryNoBudget)}</p> }
            >
                <p class="summary-note">
                    {move || app.tf(LaterKey::SummaryBudgetNote, &[("client", &client()), ("date", &app.date(clock::today()))])}
                </p>
                <table class="table summary-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(LaterKey::Campaign)}</th>
                            <th scope="col" class="num">{tr(LaterKey::Planned)}</th>
                            <th scope="col" class="num">{tr(LaterKey::Actual)}</th>
                            <th scope="col" class="num">{tr(LaterKey::Remaining)}</th>
                            <th scope="col" class="num">{tr(LaterKey::Margin)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| r.id let:row>
                            <tr>
                                <th scope="row">
                                    {row.campaign.clone()}
                                    <span class="cell-sub">
                                        {move || format!("{} · {}", app.lang.get().format_period(row.start, row.end), row.currency.code())}
                                    </span>
                                </th>
                                <td class="num">{move || money(row.planned, row.currency)}</td>
                                <td class="num">{move || money(row.actual, row.currency)}</td>
                                <td class="num" class:negative=row.remaining < 0>{move || money(row.remaining, row.currency)}</td>
                                <td class="num" class:negative=row.margin < 0>
                                    {move || money(row.margin, row.currency)}
                                    {row.margin_bp.map(|bp| view! {
                                        <span class="cell-sub">{move || format!("{} %", format_basis_points(bp, app.lang.get()))}</span>
                                    })}
                                </td>
                            </tr>
                        </For>
                    </tbody>
                    {move || total.get().map(|(currency, planned, actual, remaining, margin)| view! {
                        <tfoot>
                            <tr>
                                <th scope="row">{tr(LaterKey::Total)}</th>
                                <td class="num">{move || money(planned, currency)}</td>
                                <td class="num">{move || money(actual, currency)}</td>
                                <td class="num">{move || money(remaining, currency)}</td>
                                <td class="num">{move || money(margin, currency)}</td>
                            </tr>
                        </tfoot>
                    })}
                </table>
            </Show>
        </section>
    }
}

/// What was delivered from the brief, and what is still open.
#[component]
fn DeliverablesSection(summary: Memo<Option<Summary>>) -> impl IntoView {
    let app = use_app();
    let list = move |f: fn(&Summary) -> Vec<WorkRow>| {
        move || summary.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let done = list(|s| s.done.clone());
    let open = list(|s| s.open.clone());
    let asked = move || summary.with(|s| s.as_ref().map(|s| s.asked.clone()).unwrap_or_default());
    let started = move || {
        summary.with(|s| {
            s.as_ref()
                .is_some_and(|s| !s.done.is_empty() || !s.open.is_empty())
        })
    };
    let item = move |row: WorkRow| {
        view! {
            <li>
                <span class="summary-job">{row.job.clone()}</span>
                <span class="summary-item-meta">
                    <span class="muted">{move || app.t(row.department.label())}</span>
                    {row.due.filter(|_| row.status != WipStatus::Done).map(|due| view! {
                        <span class="muted">{move || app.tf(LaterKey::SummaryDue, &[("date", &app.date(due))])}</span>
                    })}
                    <span class=wip_tone(row.status)>{move || app.t(row.status.label())}</span>
                </span>
            </li>
        }
    };
    view! {
        <section class="summary-section" aria-labelledby="summary-deliverables">
            <h2 id="summary-deliverables">{tr(LaterKey::BriefDeliverables)}</h2>
            <Show
                when=started
                fallback=move || {
                    view! {
                        <Show
                            when=move || !asked().is_empty()
                            fallback=move || view! { <p class="summary-empty">{tr(LaterKey::SummaryNoDeliverables)}</p> }
                        >
                            <p class="summary-note">{tr(LaterKey::SummaryNotStarted)}</p>
                            <ul class="summary-list">
                                {move || asked().into_iter().map(|a| view! { <li><span class="summary-job">{a}</span></li> }).collect_view()}
                            </ul>
                        </Show>
                    }
                }
            >
                <div class="summary-stack">
                    <div>
                        <h3>{move || app.tf(LaterKey::SummaryDone, &[("n", &done().len().to_string())])}</h3>
                        <Show
                            when=move || !done().is_empty()
                            fallback=move || view! { <p class="muted">{tr(LaterKey::SummaryNothingDone)}</p> }
                        >
                            <ul class="summary-list">
                                <For each=done key=|r| r.id let:row>{item(row)}</For>
                            </ul>
                        </Show>
                    </div>
                    <div>
                        <h3>{move || app.tf(LaterKey::SummaryOpen, &[("n", &open().len().to_string())])}</h3>
                        <Show
                            when=move || !open().is_empty()
                            fallback=move || view! { <p class="muted">{tr(LaterKey::SummaryNothingOpen)}</p> }
                        >
                            <ul class="summary-list">
                                <For each=open key=|r| (r.id, r.status) let:row>{item(row)}</For>
                            </ul>
                        </Show>
                    </div>
                </div>
            </Show>
        </section>
    }
}

/// The contact reports of the client's meetings in the period, in order.
#[component]
fn MeetingsSection(summary: Memo<Option<Summary>>) -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        summary.with(|s| s.as_ref().map(|s| s.meetings.clone()).unwrap_or_default())
    });
    let tone = |status: ReportStatus| match status {
        ReportStatus::Draft => "badge badge-neutral",
        ReportStatus::Sent => "badge badge-info",
        ReportStatus::Acknowledged => "badge badge-success",
    };
    view! {
        <section class="summary-section" aria-labelledby="summary-meetings">
            <h2 id="summary-meetings">{tr(LaterKey::SummaryMeetingsTitle)}</h2>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=move || view! { <p class="summary-empty">{tr(LaterKey::SummaryNoMeetings)}</p> }
            >
                <table class="table summary-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(LaterKey::Date)}</th>
                            <th scope="col">{tr(LaterKey::SummaryPurpose)}</th>
                            <th scope="col" class="num">{tr(LaterKey::SummaryAgreements)}</th>
                            <th scope="col">{tr(Key::Status)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| (r.id, r.agreements, r.status) let:row>
                            <tr>
                                <td class="nowrap">
                                    <a href=Route::ContactReport(row.id).href()>{move || app.date(row.date)}</a>
                                </td>
                                <td>{row.purpose.clone()}</td>
                                <td class="num">{row.agreements}</td>
                                <td><span class=tone(row.status)>{move || app.t(row.status.label())}</span></td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </Show>
        </section>
    }
}

/// The results section: the client's KPIs over the summary's period.
///
/// The client's KPIs over the project's period, from the KPI engine: how
/// fast the agency answered, what the client scored, what was sold.
fn kpi_section(client: Id, period: Period) -> impl IntoView {
    let app = use_app();
    let figures = Memo::new(move |_| {
        app.workspace.with(|ws| {
            let one = ws.client(client)?;
            let inputs = KpiInputs {
                clients: std::slice::from_ref(one),
                ..KpiInputs::of(ws)
            };
            let period = kpi::Period::new(period.start, period.end);
            let kpis = kpi::compute(&inputs, period, None);
            let recorded = kpis.response_time.answered
                + kpis.response_time.unanswered
                + kpis.nps.responses
                + kpis.sales.won_deals;
            (recorded > 0).then_some(kpis)
        })
    });
    view! {
        <section class="summary-section" aria-labelledby="summary-kpis">
            <h2 id="summary-kpis">{tr(LaterKey::SummaryKpisTitle)}</h2>
            {move || match figures.get() {
                None => view! { <p class="summary-empty">{tr(LaterKey::SummaryKpisPlaceholder)}</p> }.into_any(),
                Some(kpis) => {
                    let lang = app.lang.get();
                    let dash = || "—".to_string();
                    let response = kpis
                        .response_time
                        .mean
                        .map(|d| crate::i18n::activity::duration_text(d, lang))
                        .unwrap_or_else(dash);
                    let nps = kpis.nps.score.map(|s| s.to_string()).unwrap_or_else(dash);
                    let sales = match &kpis.sales.total {
                        Ok(total) => total.format(lang),
                        Err(missing) => missing.to_string(),
                    };
                    view! {
                        <dl class="summary-facts">
                            <div>
                                <dt>{tr(LaterKey::DashKpiResponseTime)}</dt>
                                <dd>{response}</dd>
                            </div>
                            <div>
                                <dt>{tr(LaterKey::DashKpiNps)}</dt>
                                <dd>{nps}</dd>
                            </div>
                            <div>
                                <dt>{tr(LaterKey::DashKpiSales)}</dt>
                                <dd>{sales}</dd>
                            </div>
                        </dl>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
