//! Two charts drawn as inline SVG by our own code (no chart library to
//! download): where the money goes by category, and how spending tracks the
//! straight-line plan. Each has a title, a text alternative and its data.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::budget::{Budget, BudgetFigures, CostCategory, Totals};
use crate::domain::decimal::mul_div_round;
use crate::domain::money::Money;
use crate::domain::{Currency, Lang};
use crate::i18n::{fill, Label, LaterKey, Text};
use crate::ui::state::{tr, use_app};

/// Drawing width in SVG units, close to the width a chart gets on a laptop so
/// that 12-unit text renders near 12 px.
const WIDTH: i64 = 480;

#[component]
pub fn Charts(
    budget: Memo<Option<Budget>>,
    figures: Memo<Option<BudgetFigures>>,
    today: NaiveDate,
) -> impl IntoView {
    view! {
        <div class="charts">
            <CategoryChart figures />
            <BurnChart budget figures today />
        </div>
    }
}

/// Horizontal position of `value` on a scale from 0 to `max` over `span` pixels.
fn scale(value: i64, max: i64, span: i64) -> i64 {
    mul_div_round(value.max(0), span, max.max(1)).unwrap_or(0)
}

#[component]
fn CategoryChart(figures: Memo<Option<BudgetFigures>>) -> impl IntoView {
    let app = use_app();
    let data = Memo::new(move |_| {
        figures.with(|f| {
            f.as_ref()
                .map(|f| (f.currency, f.by_category.clone()))
                .unwrap_or_default()
        })
    });
    let summary = move || {
        let lang = app.lang.get();
        let (currency, rows) = data.get();
        let parts: Vec<String> = rows
            .iter()
            .map(|(category, t)| {
                let m = |minor| Money::new(minor, currency).format(lang);
                format!(
                    "{} — {} {}, {} {}, {} {}",
                    category.label().text(lang),
                    LaterKey::Planned.text(lang),
                    m(t.planned),
                    LaterKey::Committed.text(lang),
                    m(t.committed),
                    LaterKey::Actual.text(lang),
                    m(t.actual)
                )
            })
            .collect();
        fill(
            LaterKey::ChartByCategoryAlt.text(lang),
            &[("summary", &parts.join("; "))],
        )
    };
    let chart = move || {
        let lang = app.lang.get();
        let (_, rows) = data.get();
        let max = rows
            .iter()
            .map(|(_, t)| t.planned.max(t.committed).max(t.actual))
            .max()
            .unwrap_or(0);
        let label_width = 100;
        let span = WIDTH - label_width - 8;
        let group = 44;
        let height = (rows.len() as i64 * group).max(group);
        let bars = rows
            .into_iter()
            .enumerate()
            .map(|(i, (category, t))| {
                let y = i as i64 * group + 4;
                let bar = |offset: i64, value: i64, class: &'static str| {
                    view! {
                        <rect class=class x=label_width y=y + offset width=scale(value, max, span).max(1) height="10" rx="2" />
                    }
                };
                view! {
                    <g>
                        <text class="chart-label" x="0" y=y + 20>{category.label().text(lang)}</text>
                        {bar(0, t.planned, "bar-planned")}
                        {bar(12, t.committed, "bar-committed")}
                        {bar(24, t.actual, "bar-actual")}
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=summary>
                {bars}
            </svg>
        }
    };
    view! {
        <figure class="card chart-card">
            <figcaption><h2>{tr(LaterKey::ChartByCategory)}</h2></figcaption>
            <Legend items=vec![("bar-planned", LaterKey::Planned), ("bar-committed", LaterKey::Committed), ("bar-actual", LaterKey::Actual)] />
            {chart}
            <details class="chart-data">
                <summary>{tr(LaterKey::ShowDataTable)}</summary>
                {move || {
                    let (currency, rows) = data.get();
                    view! { <CategoryTable currency rows /> }
                }}
            </details>
        </figure>
    }
}

#[component]
fn CategoryTable(currency: Currency, rows: Vec<(CostCategory, Totals)>) -> impl IntoView {
    let app = use_app();
    let m = move |minor: i64| Money::new(minor, currency).format(app.lang.get());
    view! {
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">{tr(LaterKey::CategoryColumn)}</th>
                    <th scope="col" class="num">{tr(LaterKey::Planned)}</th>
                    <th scope="col" class="num">{tr(LaterKey::Committed)}</th>
                    <th scope="col" class="num">{tr(LaterKey::Actual)}</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|(category, t)| view! {
                        <tr>
                            <th scope="row">{move || app.t(category.label())}</th>
                            <td class="num">{move || m(t.planned)}</td>
                            <td class="num">{move || m(t.committed)}</td>
                            <td class="num">{move || m(t.actual)}</td>
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn Legend(items: Vec<(&'static str, LaterKey)>) -> impl IntoView {
    let app = use_app();
    view! {
        <ul class="legend" aria-hidden="true">
            {items
                .into_iter()
                .map(|(class, key)| view! {
                    <li><span class=format!("swatch {class}")></span>{move || app.t(key)}</li>
                })
                .collect_view()}
        </ul>
    }
}

/// The burn chart's points, in data units: days from the first day shown.
#[derive(Clone, PartialEq)]
struct BurnData {
    currency: Currency,
    first: NaiveDate,
    last: NaiveDate,
    start: NaiveDate,
    end: NaiveDate,
    planned: i64,
    series: Vec<(NaiveDate, i64)>,
    actual_today: i64,
    planned_today: i64,
}

fn burn_data(budget: &Budget, figures: &BudgetFigures) -> BurnData {
    let series = budget.burn_series();
    let first = series
        .first()
        .map_or(budget.start, |(d, _)| (*d).min(budget.start));
    let last = series
        .last()
        .map_or(budget.end, |(d, _)| (*d).max(budget.end));
    BurnData {
        currency: budget.currency,
        first,
        last,
        start: budget.start,
        end: budget.end.max(budget.start),
        planned: figures.totals.planned,
        series,
        actual_today: figures.totals.actual,
        planned_today: figures.planned_to_date,
    }
}

#[component]
fn BurnChart(
    budget: Memo<Option<Budget>>,
    figures: Memo<Option<BudgetFigures>>,
    today: NaiveDate,
) -> impl IntoView {
    let app = use_app();
    let data = Memo::new(move |_| {
        budget.with(|b| {
            figures.with(|f| match (b, f) {
                (Some(b), Some(f)) => Some(burn_data(b, f)),
                _ => None,
            })
        })
    });
    let (left, top, bottom) = (8, 24, 28);
    let height = 220;
    let plot_w = WIDTH - left - 8;
    let plot_h = height - top - bottom;
    let chart = move || {
        let lang = app.lang.get();
        let d = data.get()?;
        let days = (d.last - d.first).num_days().max(1);
        let x = move |date: NaiveDate| left + scale((date - d.first).num_days(), days, plot_w);
        let max = d
            .series
            .iter()
            .map(|(_, v)| *v)
            .max()
            .unwrap_or(0)
            .max(d.planned)
            .max(1);
        let y = move |value: i64| top + plot_h - scale(value, max, plot_h);
        // Cumulative actual as steps: flat until a cost lands, then up.
        let mut path = format!("M{} {}", x(d.first), y(0));
        for (date, total) in &d.series {
            path.push_str(&format!(" H{} V{}", x(*date), y(*total)));
        }
        let through = today.clamp(d.first, d.last);
        if d.series.last().is_none_or(|(date, _)| *date < through) {
            path.push_str(&format!(" H{}", x(through)));
        }
        let today_x = x(today.clamp(d.first, d.last));
        let money = move |minor: i64| Money::new(minor, d.currency).format(lang);
        Some(view! {
            <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=fill(LaterKey::ChartBurnAlt.text(lang), &[
                ("start", &lang.format_date(d.start)),
                ("end", &lang.format_date(d.end)),
                ("actual", &money(d.actual_today)),
                ("plan", &money(d.planned_today)),
            ])>
                <line class="axis" x1=left y1=y(0) x2=WIDTH - 8 y2=y(0) />
                <text class="chart-label" x=left y="14">{money(max)}</text>
                <line class="plan-line" x1=x(d.start) y1=y(0) x2=x(d.end) y2=y(d.planned) />
                <path class="actual-line" d=path />
                <line class="today-line" x1=today_x y1=top - 6 x2=today_x y2=y(0) />
                <text class="chart-label today-label" x=today_x + 4 y=top>{LaterKey::Today.text(lang)}</text>
                <text class="chart-label" x=left y=height - 6>{lang.format_date(d.first)}</text>
                <text class="chart-label" x=WIDTH - 8 y=height - 6 text-anchor="end">{lang.format_date(d.last)}</text>
            </svg>
        })
    };
    view! {
        <figure class="card chart-card">
            <figcaption><h2>{tr(LaterKey::ChartBurn)}</h2></figcaption>
            <Legend items=vec![("line-actual", LaterKey::CumulativeActual), ("line-plan", LaterKey::StraightLinePlan), ("line-today", LaterKey::Today)] />
            {chart}
            <details class="chart-data">
                <summary>{tr(LaterKey::ShowDataTable)}</summary>
                {move || data.get().map(|d| view! { <BurnTable data=d lang=app.lang.get() /> })}
            </details>
        </figure>
    }
}

#[component]
fn BurnTable(data: BurnData, lang: Lang) -> impl IntoView {
    let money = move |minor: i64| Money::new(minor, data.currency).format(lang);
    let period = (data.end - data.start).num_days() + 1;
    let plan_on = move |date: NaiveDate| {
        let elapsed = ((date - data.start).num_days() + 1).clamp(0, period);
        mul_div_round(data.planned, elapsed, period).unwrap_or(0)
    };
    view! {
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">{LaterKey::Date.text(lang)}</th>
                    <th scope="col" class="num">{LaterKey::CumulativeActual.text(lang)}</th>
                    <th scope="col" class="num">{LaterKey::StraightLinePlan.text(lang)}</th>
                </tr>
            </thead>
            <tbody>
                {data
                    .series
                    .iter()
                    .map(|(date, total)| view! {
                        <tr>
                            <th scope="row">{lang.format_date(*date)}</th>
                            <td class="num">{money(*total)}</td>
                            <td class="num">{money(plan_on(*date))}</td>
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
