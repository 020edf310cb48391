//! The weekly WIP report for the Monday meeting: per client, what moved in
//! the last seven days and what is still open; copied as the text of an
//! e-mail, or printed.

use leptos::prelude::*;

use crate::browser::{clipboard, clock};
use crate::domain::wip::{weekly_report, StatusChange, WipItem, WipStatus};
use crate::domain::wip_text::{
    by_client_name, moves_text, report_week, week_label, weekly_text, DueState, WeeklyNames,
    WeeklyWords,
};
use crate::domain::{Id, Workspace};
use crate::i18n::{Label, LaterKey, Text};
use crate::route::Route;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::state::{tr, use_app, AppState};

use super::wip::{due_text, owner_name, DueBadge, WipViewTabs};

/// One job as the report shows it.
#[derive(Clone, PartialEq)]
struct Line {
    id: Id,
    job: String,
    status: WipStatus,
    /// This week's moves; empty for a job that is new this week or quiet.
    moves: Vec<StatusChange>,
    /// Created this week (and not moved since).
    is_new: bool,
    next_step: String,
    owner: String,
    due: Option<chrono::NaiveDate>,
    due_state: Option<DueState>,
}

#[derive(Clone, PartialEq)]
struct ClientPart {
    client: Id,
    name: String,
    changed: Vec<Line>,
    open: Vec<Line>,
}

fn line(
    ws: &Workspace,
    item: &WipItem,
    moves: Option<&[&StatusChange]>,
    today: chrono::NaiveDate,
) -> Line {
    Line {
        id: item.meta.id,
        job: item.job.clone(),
        status: item.status,
        moves: moves
            .unwrap_or_default()
            .iter()
            .map(|m| (*m).clone())
            .collect(),
        is_new: moves.is_some_and(|m| m.is_empty()),
        next_step: item.next_step.clone(),
        owner: owner_name(ws, item.owner),
        due: item.due,
        due_state: DueState::of(item, today),
    }
}

fn client_name(ws: &Workspace, id: Id) -> String {
    ws.client(id).map(|c| c.name.clone()).unwrap_or_default()
}

/// The report as plain text, in the reader's language.
fn report_text(app: AppState, ws: &Workspace, today: chrono::NaiveDate) -> String {
    let lang = app.lang.get_untracked();
    let (start, end) = report_week(today);
    let week = week_label(lang, start, end);
    let groups = by_client_name(weekly_report(ws.live_records::<WipItem>(), today), |id| {
        client_name(ws, id)
    });
    let words = WeeklyWords {
        title: LaterKey::WipWeeklyTitle.text(lang),
        changed: LaterKey::WipChangedThisWeek.text(lang),
        still_open: LaterKey::WipStillOpen.text(lang),
        new_item: LaterKey::WipNewThisWeek.text(lang),
        next_step: LaterKey::WipNextStep.text(lang),
        owner: LaterKey::Owner.text(lang),
        due: LaterKey::DueDate.text(lang),
        nothing: LaterKey::WipNothingThisWeekBody.text(lang),
    };
    let status = |s: WipStatus| s.label().text(lang).to_string();
    let owner = |id: Id| owner_name(ws, Some(id));
    let due = |item: &WipItem| {
        let date = item.due.map(|d| lang.format_date(d)).unwrap_or_default();
        match DueState::of(item, today) {
            Some(state) => format!("{date} ({})", due_text(app, state)),
            None => date,
        }
    };
    let names = WeeklyNames {
        week: &week,
        status: &status,
        owner: &owner,
        due: &due,
    };
    weekly_text(&groups, &words, &names)
}

#[component]
pub fn WipWeeklyPage() -> impl IntoView {
    let app = use_app();
    let today = clock::today();
    let (start, end) = report_week(today);
    let copy_failed = RwSignal::new(false);

    let report = Memo::new(move |_| {
        app.workspace.with(|ws| {
            let groups = weekly_report(ws.live_records::<WipItem>(), today);
            by_client_name(groups, |id| client_name(ws, id))
                .into_iter()
                .map(|(name, group)| ClientPart {
                    client: group.client,
                    name,
                    changed: group
                        .changed
                        .iter()
                        .map(|(item, moves)| line(ws, item, Some(moves), today))
                        .collect(),
                    open: group
                        .open
                        .iter()
                        .map(|item| line(ws, item, None, today))
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
    });

    let copy = move |_| {
        let text = app
            .workspace
            .with_untracked(|ws| report_text(app, ws, today));
        leptos::task::spawn_local(async move {
            match clipboard::copy_text(&text).await {
                Ok(()) => {
                    copy_failed.set(false);
                    app.show_toast(app.t(LaterKey::WipCopied).to_string(), None);
                }
                Err(error) => {
                    leptos::logging::warn!("copying the weekly report failed: {error}");
                    copy_failed.set(true);
                }
            }
        });
    };
    let print = move |_| {
        let _ = window().print();
    };

    view! {
        <article class="page wip-page wip-weekly">
            <header class="page-header wip-weekly-header">
                <div>
                    <h1>{tr(LaterKey::WipWeeklyTitle)}</h1>
                    <p class="wip-week">{move || week_label(app.lang.get(), start, end)}</p>
                    <p class="print-only print-meta">
                        {move || app.tf(LaterKey::PrintedOn, &[("date", &app.date(clock::today()))])}
                    </p>
                </div>
                <div class="page-actions no-print">
                    <button class="btn btn-secondary" on:click=copy>
                        <Icon name=IconName::Copy />
                        {tr(LaterKey::WipCopyAsText)}
                    </button>
                    <button class="btn btn-secondary" on:click=print>
                        <Icon name=IconName::Print />
                        {tr(LaterKey::Print)}
                    </button>
                </div>
            </header>
            <WipViewTabs current=Route::WipWeekly />
            <Show when=move || copy_failed.get()>
                <p class="form-error no-print" role="alert">{tr(LaterKey::WipCopyFailed)}</p>
            </Show>
            <Show
                when=move || report.with(|r| !r.is_empty())
                fallback=move || view! {
                    <EmptyState title=tr(LaterKey::WipNothingThisWeek) body=tr(LaterKey::WipNothingThisWeekBody)>
                        <a class="btn btn-primary" href=Route::NewWipItem(None).href()>
                            <Icon name=IconName::Plus />
                            {tr(LaterKey::WipNewItem)}
                        </a>
                    </EmptyState>
                }
            >
                {move || report.get().into_iter().map(|part| view! { <ClientSection part /> }).collect_view()}
            </Show>
        </article>
    }
}

#[component]
fn ClientSection(part: ClientPart) -> impl IntoView {
    let ClientPart {
        client,
        name,
        changed,
        open,
    } = part;
    let heading = format!("wip-week-{client}");
    let labelled_by = heading.clone();
    let list = |title: LaterKey, lines: Vec<Line>| {
        (!lines.is_empty()).then(|| {
            view! {
                <h3 class="wip-week-subhead">{tr(title)}</h3>
                <ul class="wip-week-list">
                    {lines.into_iter().map(|line| view! { <ReportLine line /> }).collect_view()}
                </ul>
            }
        })
    };
    view! {
        <section class="card wip-week-client" aria-labelledby=labelled_by>
            <h2 id=heading>
                <a class="quiet-link" href=Route::Client(client).href()>{name}</a>
            </h2>
            {list(LaterKey::WipChangedThisWeek, changed)}
            {list(LaterKey::WipStillOpen, open)}
        </section>
    }
}

#[component]
fn ReportLine(line: Line) -> impl IntoView {
    let app = use_app();
    let Line {
        id,
        job,
        status,
        moves,
        is_new,
        next_step,
        owner,
        due,
        due_state,
    } = line;
    let what = move || {
        if is_new {
            format!(
                "{} · {}",
                app.t(LaterKey::WipNewThisWeek),
                app.t(status.label())
            )
        } else if moves.is_empty() {
            app.t(status.label()).to_string()
        } else {
            let moves: Vec<&StatusChange> = moves.iter().collect();
            moves_text(&moves, |s| app.t(s.label()).to_string())
        }
    };
    view! {
        <li class="wip-week-item">
            <div class="wip-week-head">
                <a href=Route::WipItem(id).href()>{job}</a>
                <span class="wip-week-moves">{what}</span>
            </div>
            <dl class="wip-week-details">
                {(!next_step.trim().is_empty()).then(|| view! {
                    <div><dt>{tr(LaterKey::WipNextStep)}</dt><dd>{next_step}</dd></div>
                })}
                {(!owner.is_empty()).then(|| view! {
                    <div><dt>{tr(LaterKey::Owner)}</dt><dd>{owner}</dd></div>
                })}
                {due.map(|d| view! {
                    <div>
                        <dt>{tr(LaterKey::DueDate)}</dt>
                        <dd>{move || app.date(d)} " " <DueBadge due=due_state /></dd>
                    </div>
                })}
            </dl>
        </li>
    }
}
