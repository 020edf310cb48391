//! The client's timeline: everything about the client in date order, newest
//! first, a heading per month, filtered by kind.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::timeline::{
    by_month, client_timeline, of_kind, Detail, Entry, EntryKind, Target,
};
use crate::domain::{Id, Lang};
use crate::i18n::activity::{duration_text, kind_plural, month_heading};
use crate::i18n::{Label, LaterKey, Text};
use crate::route::Route;
use crate::ui::components::field::SelectField;
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::form::{choice_code, parse_choice};
use crate::ui::state::{tr, use_app};

/// Entries shown at first, and added by each "Show more": a year of
/// requests would otherwise make the client page endless.
const PAGE: usize = 12;

#[component]
pub fn Timeline(client: Id) -> impl IntoView {
    let app = use_app();
    let kind = RwSignal::new(None::<EntryKind>);
    let shown = RwSignal::new(PAGE);
    let entries = Memo::new(move |_| {
        app.workspace
            .with(|ws| client_timeline(ws, client, clock::local_date))
    });
    let filtered = Memo::new(move |_| entries.with(|all| of_kind(all, kind.get())));
    let months = Memo::new(move |_| {
        filtered.with(|list| by_month(list.iter().take(shown.get()).cloned().collect()))
    });
    let hidden = move || filtered.with(Vec::len).saturating_sub(shown.get());
    let options = Signal::derive(move || {
        std::iter::once((String::new(), app.t(LaterKey::TimelineAll).to_string()))
            .chain(
                EntryKind::ALL
                    .iter()
                    .map(|&k| (choice_code(k), app.t(kind_plural(k)).to_string())),
            )
            .collect::<Vec<_>>()
    });
    view! {
        <section class="card c360-card" aria-labelledby="timeline-heading">
            <header class="card-header c360-header">
                <h2 id="timeline-heading">{tr(LaterKey::TimelineTitle)}</h2>
                <div class="c360-filter">
                    <SelectField
                        label=tr(LaterKey::TimelineShow)
                        options
                        value=Signal::derive(move || kind.get().map(choice_code).unwrap_or_default())
                        on_change=Callback::new(move |v: String| {
                            kind.set(parse_choice(&EntryKind::ALL, &v));
                            shown.set(PAGE);
                        })
                    />
                </div>
            </header>
            <Show
                when=move || filtered.with(|f| !f.is_empty())
                fallback=move || {
                    let empty = move || if entries.with(Vec::is_empty) { LaterKey::TimelineEmpty } else { LaterKey::TimelineNoneOfKind };
                    view! { <p class="muted">{move || app.t(empty())}</p> }
                }
            >
                <ol class="c360-timeline">
                    <For each=move || months.get() key=|m| m.clone() let:month>
                        <li class="c360-month">
                            <h3>{move || month_heading(month.year, month.month, app.lang.get())}</h3>
                            <ol class="c360-entries">
                                {month.entries.iter().cloned().map(|entry| view! { <TimelineEntry entry /> }).collect_view()}
                            </ol>
                        </li>
                    </For>
                </ol>
                <Show when=move || { hidden() > 0 }>
                    <button type="button" class="btn btn-ghost c360-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || app.tf(LaterKey::TimelineShowMore, &[("n", &hidden().min(PAGE).to_string())])}
                    </button>
                </Show>
            </Show>
        </section>
    }
}

fn kind_icon(kind: EntryKind) -> IconName {
    match kind {
        EntryKind::Request => IconName::Mail,
        EntryKind::Deal => IconName::Receipt,
        EntryKind::Nps => IconName::Star,
        EntryKind::Brief => IconName::Brief,
        EntryKind::Budget => IconName::Budget,
        EntryKind::Review => IconName::Review,
        EntryKind::ContactReport => IconName::Report,
        EntryKind::Wip => IconName::Wip,
    }
}

fn target_route(target: Target) -> Route {
    match target {
        Target::Brief(id) => Route::Brief(id),
        Target::Budget(id) => Route::Budget(id),
        Target::Review(id) => Route::Review(id),
        Target::ContactReport(id) => Route::ContactReport(id),
        Target::WipItem(id) => Route::WipItem(id),
    }
}

/// The facts beside an entry's title, in the reader's language.
fn detail_text(detail: &Detail, lang: Lang) -> String {
    let t = |key: LaterKey| key.text(lang).to_string();
    let fill = |key: LaterKey, values: &[(&str, &str)]| crate::i18n::fill(key.text(lang), values);
    match detail {
        Detail::Request {
            channel,
            response_time,
        } => {
            let state = match response_time {
                Some(time) => fill(
                    LaterKey::RequestRepliedIn,
                    &[("time", &duration_text(*time, lang))],
                ),
                None => t(LaterKey::TimelineWaiting),
            };
            format!("{} · {state}", t(channel.label()))
        }
        Detail::Deal { kind, stage, value } => format!(
            "{} · {} · {}",
            t(kind.label()),
            t(stage.label()),
            value.format(lang)
        ),
        Detail::Nps { score, category } => {
            let score = fill(LaterKey::NpsScoreValue, &[("n", &score.to_string())]);
            match category {
                Some(c) => format!("{score} · {}", t(c.label())),
                None => score,
            }
        }
        Detail::Brief { status } => t(status.label()),
        Detail::Budget { start, end } | Detail::Review { start, end } => {
            lang.format_period(*start, *end)
        }
        Detail::ContactReport { status } => t(status.label()),
        Detail::Wip { status, due } => match due {
            Some(d) => format!(
                "{} · {}",
                t(status.label()),
                fill(LaterKey::SummaryDue, &[("date", &lang.format_date(*d))])
            ),
            None => t(status.label()),
        },
    }
}

#[component]
fn TimelineEntry(entry: Entry) -> impl IntoView {
    let app = use_app();
    let Entry {
        date,
        kind,
        title,
        detail,
        target,
        ..
    } = entry;
    let untitled = title.trim().is_empty();
    let title = move || {
        if untitled {
            app.t(kind.label()).to_string()
        } else {
            title.clone()
        }
    };
    view! {
        <li class="c360-entry" data-kind=choice_code(kind)>
            <span class="c360-entry-icon" aria-hidden="true">
                <Icon name=kind_icon(kind) />
            </span>
            <div class="c360-entry-main">
                {match target {
                    Some(target) => view! { <a class="c360-entry-title" href=target_route(target).href()>{title}</a> }.into_any(),
                    None => view! { <span class="c360-entry-title">{title}</span> }.into_any(),
                }}
                <span class="c360-row-meta">
                    <span class="c360-entry-kind">{move || app.t(kind.label())}</span>
                    " · "
                    {move || detail_text(&detail, app.lang.get())}
                </span>
            </div>
            <time class="c360-entry-date num" datetime=date.to_string()>{move || app.date(date)}</time>
        </li>
    }
}
