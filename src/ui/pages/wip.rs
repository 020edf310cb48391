//! The WIP table across clients and departments: what every job is at, its
//! next step, who does it and how long is left. Also the pieces the board and
//! the weekly report share with it: the view switch and the due badge.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::csv::table_csv;
use crate::domain::search::{fold, Direction};
use crate::domain::wip::{Department, WipFlags, WipItem, WipStatus};
use crate::domain::wip_text::DueState;
use crate::domain::workspace::WorkspaceError;
use crate::domain::{Id, Lang};
use crate::i18n::{fill, Key, Label, LaterKey, Text};
use crate::route::Route;
use crate::ui::components::empty_state::EmptyClientList;
use crate::ui::components::field::{ClientFilterField, SelectField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::sort_header::SortHeader;
use crate::ui::components::virtual_rows::{use_virtual_rows, SpacerRow, VirtualRows};
use crate::ui::export;
use crate::ui::focus::focus_id_later;
use crate::ui::form::apply_in_place;
use crate::ui::form::{choice_code, client_filter_options, parse_choice};
use crate::ui::state::{tr, use_app, AppState};

/// "3 days left", "Due today", "2 days overdue".
pub(super) fn due_text(app: AppState, due: DueState) -> String {
    let days = |key: LaterKey, n: i64| app.tf(key, &[("n", &n.to_string())]);
    match due {
        DueState::Overdue(1) => app.t(LaterKey::WipOneDayOverdue).to_string(),
        DueState::Overdue(n) => days(LaterKey::WipDaysOverdue, n),
        DueState::Today => app.t(LaterKey::WipDueToday).to_string(),
        DueState::Left(1) => app.t(LaterKey::WipOneDayLeft).to_string(),
        DueState::Left(n) => days(LaterKey::WipDaysLeft, n),
    }
}

/// How far the due date is, in words; danger red once overdue.
#[component]
pub(super) fn DueBadge(due: Option<DueState>) -> impl IntoView {
    let app = use_app();
    due.map(|due| {
        let class = match due {
            DueState::Overdue(_) => "badge badge-danger",
            DueState::Today => "badge badge-warning",
            DueState::Left(_) => "badge badge-neutral",
        };
        view! {
            <span class=class>
                {matches!(due, DueState::Overdue(_)).then(|| view! { <Icon name=IconName::Alert /> })}
                {move || due_text(app, due)}
            </span>
        }
    })
}

/// Table, Board and Weekly report: three views of the same jobs.
#[component]
pub(super) fn WipViewTabs(current: Route) -> impl IntoView {
    let tab = move |route: Route, label: LaterKey| {
        view! {
            <a
                class="wip-view"
                href=route.href()
                aria-current=(route == current).then_some("page")
            >
                {tr(label)}
            </a>
        }
    };
    view! {
        <nav class="wip-views no-print" aria-label=tr(LaterKey::WipViews)>
            {tab(Route::Wip, LaterKey::WipViewTable)}
            {tab(Route::WipBoard, LaterKey::WipViewBoard)}
            {tab(Route::WipWeekly, LaterKey::WipViewWeekly)}
        </nav>
    }
}

/// Moves an item to `status` and saves it through `save_wip`, so that Done
/// reaches the contact report's action item it came from.
pub(super) fn move_item(app: AppState, id: Id, status: WipStatus) -> bool {
    let can_move = app.workspace.with_untracked(|ws| {
        ws.record::<WipItem>(id)
            .is_some_and(|w| w.status.can_become(status))
    });
    if !can_move {
        return false;
    }
    let now = clock::now();
    apply_in_place(app, |ws| {
        let mut item = ws
            .record::<WipItem>(id)
            .cloned()
            .ok_or(WorkspaceError::NotFound(id))?;
        item.set_status(status, now);
        ws.save_wip(item, now)
    })
}

/// The name of a team member, or "" when there is none.
pub(super) fn owner_name(ws: &crate::domain::Workspace, owner: Option<Id>) -> String {
    owner
        .and_then(|o| ws.member(o))
        .map(|m| m.name.clone())
        .unwrap_or_default()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WipSort {
    Client,
    Job,
    Department,
    Owner,
    Status,
    Due,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StatusFilter {
    /// Everything but Done: the default, since the WIP is about open work.
    Open,
    All,
    Is(WipStatus),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DueFilter {
    Any,
    Overdue,
    ThisWeek,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OwnerFilter {
    Anyone,
    Unassigned,
    Member(Id),
}

#[derive(Clone, PartialEq)]
struct Row {
    id: Id,
    rev: u64,
    client_id: Id,
    client: String,
    job: String,
    department: Department,
    owner_id: Option<Id>,
    owner: String,
    status: WipStatus,
    next_step: String,
    due: Option<chrono::NaiveDate>,
    due_state: Option<DueState>,
    flags: WipFlags,
}

/// A row as drawn, in one language. Its strings are computed once, when the
/// row comes into view, rather than by a closure in each cell (and in each of
/// the status select's seven options); any change to what it shows (a new
/// revision, the language, a renamed client) draws the row again.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Line {
    id: Id,
    client_id: Id,
    client: String,
    job: String,
    department: &'static str,
    owner: String,
    status: WipStatus,
    status_label: String,
    next_step: String,
    due: Option<String>,
    due_state: Option<DueState>,
    lang: Lang,
}

impl Line {
    fn new(row: &Row, lang: Lang) -> Self {
        Self {
            id: row.id,
            client_id: row.client_id,
            client: row.client.clone(),
            job: row.job.clone(),
            department: row.department.label().text(lang),
            owner: if row.owner.is_empty() {
                "—".to_string()
            } else {
                row.owner.clone()
            },
            status: row.status,
            status_label: fill(LaterKey::WipStatusOf.text(lang), &[("job", &row.job)]),
            next_step: row.next_step.clone(),
            due: row.due.map(|d| lang.format_date(d)),
            due_state: row.due_state,
            lang,
        }
    }
}

/// Open items first, then by the chosen column; items without a due date
/// stay at the bottom whichever way the due date is sorted.
fn compare(a: &Row, b: &Row, sort: WipSort, direction: Direction) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let open_first = (a.status == WipStatus::Done).cmp(&(b.status == WipStatus::Done));
    let directed = |ordering: Ordering| match direction {
        Direction::Ascending => ordering,
        Direction::Descending => ordering.reverse(),
    };
    let by_column = match sort {
        WipSort::Client => directed(fold(&a.client).cmp(&fold(&b.client))),
        WipSort::Job => directed(fold(&a.job).cmp(&fold(&b.job))),
        WipSort::Department => directed(a.department.cmp(&b.department)),
        WipSort::Owner => (a.owner.is_empty().cmp(&b.owner.is_empty()))
            .then_with(|| directed(fold(&a.owner).cmp(&fold(&b.owner)))),
        WipSort::Status => directed(a.status.cmp(&b.status)),
        WipSort::Due => match (a.due, b.due) {
            (Some(x), Some(y)) => directed(x.cmp(&y)),
            (x, y) => x.is_none().cmp(&y.is_none()),
        },
    };
    open_first
        .then(by_column)
        .then_with(|| a.due.is_none().cmp(&b.due.is_none()))
        .then_with(|| a.due.cmp(&b.due))
        .then_with(|| fold(&a.job).cmp(&fold(&b.job)))
}

#[component]
pub fn WipPage() -> impl IntoView {
    let app = use_app();
    let today = clock::today();
    let client_filter = RwSignal::new(None::<Id>);
    let department_filter = RwSignal::new(None::<Department>);
    let owner_filter = RwSignal::new(OwnerFilter::Anyone);
    let status_filter = RwSignal::new(StatusFilter::Open);
    let due_filter = RwSignal::new(DueFilter::Any);
    let order = RwSignal::new((WipSort::Due, Direction::Ascending));

    let all_rows = Memo::new(move |_| {
        app.workspace.with(|ws| {
            ws.live_records::<WipItem>()
                .map(|w| Row {
                    id: w.meta.id,
                    rev: w.meta.rev,
                    client_id: w.client,
                    client: ws
                        .client(w.client)
                        .map(|c| c.name.clone())
                        .unwrap_or_default(),
                    job: w.job.clone(),
                    department: w.department,
                    owner_id: w.owner,
                    owner: owner_name(ws, w.owner),
                    status: w.status,
                    next_step: w.next_step.clone(),
                    due: w.due,
                    due_state: DueState::of(w, today),
                    flags: w.flags(today),
                })
                .collect::<Vec<_>>()
        })
    });
    // Every filter but the status one, shared by the rows and the count of
    // done items the status filter hides.
    let passes_other_filters = move |r: &Row| {
        client_filter.get().is_none_or(|c| r.client_id == c)
            && department_filter.get().is_none_or(|d| r.department == d)
            && match owner_filter.get() {
                OwnerFilter::Anyone => true,
                OwnerFilter::Unassigned => r.owner_id.is_none(),
                OwnerFilter::Member(m) => r.owner_id == Some(m),
            }
            && match due_filter.get() {
                DueFilter::Any => true,
                DueFilter::Overdue => r.flags.overdue,
                DueFilter::ThisWeek => r.flags.due_this_week,
            }
    };
    let rows = Memo::new(move |_| {
        let status = status_filter.get();
        let (sort, direction) = order.get();
        let mut rows: Vec<Row> = all_rows
            .get()
            .into_iter()
            .filter(|r| match status {
                StatusFilter::Open => r.status != WipStatus::Done,
                StatusFilter::All => true,
                StatusFilter::Is(s) => r.status == s,
            })
            .filter(passes_other_filters)
            .collect();
        rows.sort_by(|a, b| compare(a, b, sort, direction));
        rows
    });
    let hidden_done = Memo::new(move |_| {
        if status_filter.get() != StatusFilter::Open {
            return 0;
        }
        all_rows.with(|all| {
            all.iter()
                .filter(|r| r.status == WipStatus::Done)
                .filter(|r| passes_other_filters(r))
                .count()
        })
    });

    let client_options = Signal::derive(move || {
        all_rows.with(|rows| {
            client_filter_options(app, rows.iter().map(|r| (r.client_id, r.client.clone())))
        })
    });
    let department_options = Signal::derive(move || {
        std::iter::once((
            String::new(),
            app.t(LaterKey::WipAllDepartments).to_string(),
        ))
        .chain(
            Department::ALL
                .iter()
                .map(|d| (choice_code(*d), app.t(d.label()).to_string())),
        )
        .collect::<Vec<_>>()
    });
    let owner_options = Signal::derive(move || {
        let mut team: Vec<(String, String)> = app.workspace.with(|ws| {
            ws.live_team()
                .map(|m| (m.meta.id.to_string(), m.name.clone()))
                .collect()
        });
        team.sort_by_cached_key(|(_, name)| fold(name));
        [
            (String::new(), app.t(Key::Everyone).to_string()),
            (
                "none".to_string(),
                app.t(LaterKey::WipUnassigned).to_string(),
            ),
        ]
        .into_iter()
        .chain(team)
        .collect::<Vec<_>>()
    });
    let status_options = Signal::derive(move || {
        [
            (String::new(), app.t(LaterKey::WipOpenItems).to_string()),
            ("all".to_string(), app.t(LaterKey::WipAllItems).to_string()),
        ]
        .into_iter()
        .chain(
            WipStatus::ALL
                .iter()
                .map(|s| (choice_code(*s), app.t(s.label()).to_string())),
        )
        .collect::<Vec<_>>()
    });
    let due_options = Signal::derive(move || {
        vec![
            (String::new(), app.t(LaterKey::WipAnyDue).to_string()),
            (
                "overdue".to_string(),
                app.t(LaterKey::WipOverdue).to_string(),
            ),
            (
                "week".to_string(),
                app.t(LaterKey::WipDueThisWeek).to_string(),
            ),
        ]
    });
    let clear_filters = move |_| {
        client_filter.set(None);
        department_filter.set(None);
        owner_filter.set(OwnerFilter::Anyone);
        status_filter.set(StatusFilter::Open);
        due_filter.set(DueFilter::Any);
    };

    let has_clients = move || app.workspace.with(|ws| ws.live_clients().next().is_some());
    let export_csv = move |_| {
        let lang = app.lang.get_untracked();
        let header = [
            Key::Client.text(lang),
            LaterKey::WipJob.text(lang),
            LaterKey::Department.text(lang),
            LaterKey::Owner.text(lang),
            Key::Status.text(lang),
            LaterKey::WipNextStep.text(lang),
            LaterKey::DueDate.text(lang),
            LaterKey::WipDaysLeftColumn.text(lang),
        ];
        let csv = rows.with_untracked(|rows| {
            table_csv(
                &header,
                rows.iter().map(|r| {
                    let days_left = match r.due_state {
                        Some(_) => r.due.map(|d| (d - today).num_days().to_string()),
                        None => None,
                    };
                    vec![
                        r.client.clone(),
                        r.job.clone(),
                        r.department.label().text(lang).to_string(),
                        r.owner.clone(),
                        r.status.label().text(lang).to_string(),
                        r.next_step.clone(),
                        r.due.map(|d| d.to_string()).unwrap_or_default(),
                        days_left.unwrap_or_default(),
                    ]
                }),
            )
        });
        export::download_csv("wip", &csv);
    };
    // Only the rows in or near the viewport are drawn (issue 9).
    let virt = use_virtual_rows(Signal::derive(move || rows.with(Vec::len)));
    let lines = move || {
        let lang = app.lang.get();
        virt.drawn(rows, |row| Line::new(row, lang))
    };
    let change_status = move |id: Id, status: WipStatus| {
        if move_item(app, id, status) {
            // The row is drawn again for the new revision: keep the keyboard
            // where it was (unless the row left the filtered list).
            focus_id_later(&format!("wip-status-{id}"));
        }
    };

    view! {
        <div class="page wip-page">
            <header class="page-header">
                <h1>{tr(Key::NavWip)}</h1>
                <div class="page-actions">
                    <Show when=move || rows.with(|r| !r.is_empty())>
                        <button class="btn btn-secondary" on:click=export_csv>
                            <Icon name=IconName::Download />
                            {tr(Key::ExportCsv)}
                        </button>
                    </Show>
                    <Show when=has_clients>
                        <a class="btn btn-primary" href=Route::NewWipItem(None).href()>
                            <Icon name=IconName::Plus />
                            {tr(LaterKey::WipNewItem)}
                        </a>
                    </Show>
                </div>
            </header>
            <WipViewTabs current=Route::Wip />
            <Show
                when=move || all_rows.with(|r| !r.is_empty())
                fallback=move || view! { <WipEmpty /> }
            >
                <div class="toolbar wip-filters">
                    <ClientFilterField options=client_options selected=client_filter />
                    <SelectField
                        label=tr(LaterKey::Department)
                        options=department_options
                        value=Signal::derive(move || department_filter.get().map(choice_code).unwrap_or_default())
                        on_change=Callback::new(move |v: String| department_filter.set(parse_choice(&Department::ALL, &v)))
                    />
                    <SelectField
                        label=tr(LaterKey::Owner)
                        options=owner_options
                        value=Signal::derive(move || match owner_filter.get() {
                            OwnerFilter::Anyone => String::new(),
                            OwnerFilter::Unassigned => "none".into(),
                            OwnerFilter::Member(m) => m.to_string(),
                        })
                        on_change=Callback::new(move |v: String| {
                            owner_filter.set(match v.as_str() {
                                "" => OwnerFilter::Anyone,
                                "none" => OwnerFilter::Unassigned,
                                id => id.parse().map_or(OwnerFilter::Anyone, OwnerFilter::Member),
                            })
                        })
                    />
                    <SelectField
                        label=tr(Key::Status)
                        options=status_options
                        value=Signal::derive(move || match status_filter.get() {
                            StatusFilter::Open => String::new(),
                            StatusFilter::All => "all".into(),
                            StatusFilter::Is(s) => choice_code(s),
                        })
                        on_change=Callback::new(move |v: String| {
                            status_filter.set(match v.as_str() {
                                "all" => StatusFilter::All,
                                code => parse_choice(&WipStatus::ALL, code).map_or(StatusFilter::Open, StatusFilter::Is),
                            })
                        })
                    />
                    <SelectField
                        label=tr(LaterKey::WipDueFilter)
                        options=due_options
                        value=Signal::derive(move || match due_filter.get() {
                            DueFilter::Any => String::new(),
                            DueFilter::Overdue => "overdue".into(),
                            DueFilter::ThisWeek => "week".into(),
                        })
                        on_change=Callback::new(move |v: String| {
                            due_filter.set(match v.as_str() {
                                "overdue" => DueFilter::Overdue,
                                "week" => DueFilter::ThisWeek,
                                _ => DueFilter::Any,
                            })
                        })
                    />
                    <p class="count" aria-live="polite">
                        {move || app.tf(LaterKey::WipCount, &[
                            ("n", &rows.with(Vec::len).to_string()),
                            ("total", &all_rows.with(Vec::len).to_string()),
                        ])}
                    </p>
                </div>
                <Show when=move || { hidden_done.get() > 0 }>
                    <p class="wip-done-note muted">
                        {move || app.tf(LaterKey::WipDoneHidden, &[("n", &hidden_done.get().to_string())])}
                    </p>
                </Show>
                <Show
                    when=move || rows.with(|r| !r.is_empty())
                    fallback=move || view! {
                        <div class="no-results">
                            <p>{tr(LaterKey::WipNoMatches)}</p>
                            <button class="btn btn-secondary" on:click=clear_filters>{tr(Key::ClearSearch)}</button>
                        </div>
                    }
                >
                    <div class="table-wrap" class:table-virtual=virt.windowed()>
                        <table class="table wip-table" aria-rowcount=virt.aria_rowcount()>
                            <thead>
                                <tr aria-rowindex="1">
                                    <SortHeader order sort=WipSort::Client label=Key::Client />
                                    <SortHeader order sort=WipSort::Job label=LaterKey::WipJob />
                                    <SortHeader order sort=WipSort::Department label=LaterKey::Department />
                                    <SortHeader order sort=WipSort::Owner label=LaterKey::Owner />
                                    <SortHeader order sort=WipSort::Status label=Key::Status />
                                    <th scope="col">{tr(LaterKey::WipNextStep)}</th>
                                    <SortHeader order sort=WipSort::Due label=LaterKey::DueDate />
                                </tr>
                            </thead>
                            <tbody node_ref=virt.tbody>
                                <SpacerRow height=virt.space_above columns=7 />
                                <ForEnumerate
                                    each=lines
                                    key=|line| line.clone()
                                    children=move |index, line: Line| view! {
                                        <WipRow line virt index on_status=Callback::new(move |(id, s)| change_status(id, s)) />
                                    }
                                />
                                <SpacerRow height=virt.space_below columns=7 />
                            </tbody>
                        </table>
                    </div>
                </Show>
            </Show>
        </div>
    }
}

/// One job in the table, with its status editable in place.
#[component]
fn WipRow(
    line: Line,
    virt: VirtualRows,
    /// Where the row is among the drawn rows.
    index: ReadSignal<usize>,
    on_status: Callback<(Id, WipStatus)>,
) -> impl IntoView {
    let Line {
        id,
        client_id,
        client,
        job,
        department,
        owner,
        status,
        status_label,
        next_step,
        due,
        due_state,
        lang,
    } = line;
    // Cut short with an ellipsis, the whole text is in the tooltip.
    let titles = (
        client.clone(),
        job.clone(),
        owner.clone(),
        next_step.clone(),
        due.clone(),
    );
    view! {
        <tr class:wip-done=status == WipStatus::Done aria-rowindex=virt.aria_rowindex(index)>
            <td><a class="quiet-link" href=Route::Client(client_id).href() title=titles.0>{client}</a></td>
            <th scope="row"><a href=Route::WipItem(id).href() title=titles.1>{job}</a></th>
            <td>{department}</td>
            <td title=titles.2>{owner}</td>
            <td class="wip-status">
                <select
                    id=format!("wip-status-{id}")
                    class="wip-status-select"
                    aria-label=status_label
                    on:change:target=move |ev| {
                        if let Some(next) = parse_choice(&WipStatus::ALL, &ev.target().value()) {
                            on_status.run((id, next));
                        }
                    }
                >
                    {WipStatus::ALL
                        .iter()
                        .map(|&s| view! {
                            <option value=choice_code(s) selected=s == status>{s.label().text(lang)}</option>
                        })
                        .collect_view()}
                </select>
            </td>
            <td class="wip-next" title=titles.3>{next_step}</td>
            <td class="wip-due" title=titles.4>
                <span class="wip-due-line">
                    {due.map(|d| view! { <span class="wip-due-date">{d}</span> })}
                    <DueBadge due=due_state />
                </span>
            </td>
        </tr>
    }
}

/// What the WIP is for, before there is anything in it.
#[component]
pub(super) fn WipEmpty() -> impl IntoView {
    view! {
        <EmptyClientList title=LaterKey::WipEmptyTitle body=LaterKey::WipEmptyBody needs_client=LaterKey::WipAddClientFirst new_label=LaterKey::WipNewItem new_route=Route::NewWipItem(None) />
    }
}
