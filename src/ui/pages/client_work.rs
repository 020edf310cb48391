//! The client page's paper trail: its briefs, contact reports and open WIP.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::brief::Brief;
use crate::domain::contact_report::ContactReport;
use crate::domain::wip::WipItem;
use crate::domain::Id;
use crate::i18n::{Label, LaterKey, Text};
use crate::route::Route;
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::state::{tr, use_app};

/// One line of a section: a link, what it is about, and a status.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Line {
    href: String,
    title: String,
    detail: String,
    badge: String,
    /// Shown in the danger colour (overdue, not sent in time).
    alarm: bool,
}

#[component]
fn WorkSection(
    heading_id: &'static str,
    title: LaterKey,
    new_label: LaterKey,
    new_route: Route,
    lines: Memo<Vec<Line>>,
) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby=heading_id>
            <header class="card-header">
                <h2 id=heading_id>{tr(title)}</h2>
                <a class="btn btn-ghost" href=new_route.href()>
                    <Icon name=IconName::Plus />
                    {tr(new_label)}
                </a>
            </header>
            <Show
                when=move || lines.with(|l| !l.is_empty())
                fallback=move || view! { <p class="muted">{tr(LaterKey::NoneYet)}</p> }
            >
                <ul class="work-list">
                    <For each=move || lines.get() key=|l| l.clone() let:line>
                        <li>
                            <a href=line.href.clone()>{line.title.clone()}</a>
                            <span class="muted">{line.detail.clone()}</span>
                            <span class=if line.alarm { "badge badge-danger" } else { "badge badge-neutral" }>
                                {line.badge.clone()}
                            </span>
                        </li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
pub fn ClientWork(client: Id) -> impl IntoView {
    let app = use_app();
    let today = clock::today();
    let briefs = Memo::new(move |_| {
        let lang = app.lang.get();
        app.workspace.with(|ws| {
            let mut briefs: Vec<&Brief> = ws
                .live_records::<Brief>()
                .filter(|b| b.client == client)
                .collect();
            briefs.sort_by_key(|b| std::cmp::Reverse(b.received_on));
            briefs
                .into_iter()
                .map(|b| Line {
                    href: Route::Brief(b.meta.id).href(),
                    title: b.title.clone(),
                    detail: lang.format_date(b.received_on),
                    badge: b.status.label().text(lang).to_string(),
                    alarm: false,
                })
                .collect()
        })
    });
    let reports = Memo::new(move |_| {
        let lang = app.lang.get();
        app.workspace.with(|ws| {
            let mut reports: Vec<&ContactReport> = ws
                .live_records::<ContactReport>()
                .filter(|r| r.client == client)
                .collect();
            reports.sort_by_key(|r| std::cmp::Reverse(r.meeting_date));
            reports
                .into_iter()
                .map(|r| {
                    let (_, timely) = super::reports::timeliness_badge(r.timeliness(today));
                    Line {
                        href: Route::ContactReport(r.meta.id).href(),
                        title: lang.format_date(r.meeting_date),
                        detail: r.purpose.lines().next().unwrap_or_default().to_string(),
                        badge: format!("{} · {}", r.status.label().text(lang), timely.text(lang)),
                        alarm: r.timeliness(today)
                            == crate::domain::contact_report::Timeliness::Overdue,
                    }
                })
                .collect()
        })
    });
    let open_wip = Memo::new(move |_| {
        let lang = app.lang.get();
        app.workspace.with(|ws| {
            let mut items: Vec<&WipItem> = ws
                .live_records::<WipItem>()
                .filter(|w| w.client == client && w.is_open())
                .collect();
            items.sort_by_key(|w| (w.due.is_none(), w.due));
            items
                .into_iter()
                .map(|w| Line {
                    href: Route::WipItem(w.meta.id).href(),
                    title: w.job.clone(),
                    detail: w
                        .due
                        .map(|d| {
                            format!("{} {}", LaterKey::DueDate.text(lang), lang.format_date(d))
                        })
                        .unwrap_or_default(),
                    badge: w.status.label().text(lang).to_string(),
                    alarm: w.flags(today).overdue,
                })
                .collect()
        })
    });
    view! {
        <WorkSection
            heading_id="client-briefs-heading"
            title=LaterKey::ClientBriefs
            new_label=LaterKey::LogBrief
            new_route=Route::NewBrief(Some(client))
            lines=briefs
        />
        <WorkSection
            heading_id="client-reports-heading"
            title=LaterKey::ClientContactReports
            new_label=LaterKey::WriteContactReport
            new_route=Route::NewContactReport(Some(client))
            lines=reports
        />
        <WorkSection
            heading_id="client-wip-heading"
            title=LaterKey::ClientOpenWip
            new_label=LaterKey::AddWipItem
            new_route=Route::NewWipItem(Some(client))
            lines=open_wip
        />
    }
}
