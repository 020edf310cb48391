//! Three charts drawn as inline SVG by our own code, in the manner of the
//! budget page's (`pages/budget/charts.rs`): NPS responses by score, monthly
//! sales with the upsell/cross-sell part, and the response-time trend. Each
//! has a title, a summary as its accessible name, and its data in a table.

use chrono::{Datelike, Duration, NaiveDate};
use leptos::prelude::*;

use crate::domain::decimal::{format_basis_points, format_scaled, mul_div_round};
use crate::domain::kpi::{self, KpiInputs, MissingRate, Period};
use crate::domain::money::Money;
use crate::domain::nps::NpsCategory;
use crate::domain::{Currency, Lang};
use crate::i18n::{fill, LaterKey, Text};
use crate::ui::state::{tr, use_app};

use super::{duration_text, month_text, MissingRateNote, Scope};

#[component]
pub fn Charts(scope: Memo<Scope>) -> impl IntoView {
    view! {
        <div class="dash-charts">
            <SalesChart scope />
            <NpsChart scope />
            <ResponseChart scope />
        </div>
    }
}

/// Position of `value` on a scale from 0 to `max` over `span` units.
fn scale(value: i64, max: i64, span: i64) -> i64 {
    mul_div_round(value.max(0), span, max.max(1)).unwrap_or(0)
}

/// The smallest 1, 2 or 5 × 10ⁿ at least `value`: a round top for an axis.
fn nice_ceiling(value: i64) -> i64 {
    let mut power = 1i64;
    while power <= i64::MAX / 10 {
        for step in [1, 2, 5] {
            if step * power >= value {
                return step * power;
            }
        }
        power *= 10;
    }
    value
}

#[component]
fn Legend(items: Vec<(&'static str, String)>) -> impl IntoView {
    view! {
        <ul class="legend" aria-hidden="true">
            {items
                .into_iter()
                .map(|(class, text)| view! { <li><span class=format!("swatch {class}")></span>{text}</li> })
                .collect_view()}
        </ul>
    }
}

// ---------------------------------------------------------------------------
// NPS distribution

const NPS_GROUPS: [(NpsCategory, LaterKey, &str, u8, u8); 3] = [
    (
        NpsCategory::Detractor,
        LaterKey::DashDetractors,
        "nps-detractor",
        0,
        6,
    ),
    (
        NpsCategory::Passive,
        LaterKey::DashPassives,
        "nps-passive",
        7,
        8,
    ),
    (
        NpsCategory::Promoter,
        LaterKey::DashPromoters,
        "nps-promoter",
        9,
        10,
    ),
];

fn group_of(score: u8) -> (NpsCategory, LaterKey, &'static str, u8, u8) {
    NPS_GROUPS
        .into_iter()
        .find(|(_, _, _, low, high)| (*low..=*high).contains(&score))
        .unwrap_or(NPS_GROUPS[0])
}

fn group_name(key: LaterKey, low: u8, high: u8, lang: Lang) -> String {
    format!("{} ({low}–{high})", key.text(lang))
}

#[component]
fn NpsChart(scope: Memo<Scope>) -> impl IntoView {
    let app = use_app();
    let counts = Memo::new(move |_| {
        let s = scope.get();
        app.workspace
            .with(|ws| kpi::nps_distribution(&KpiInputs::of(ws), s.period, s.owner))
    });
    let total = move || counts.get().iter().sum::<usize>();
    let (width, left, top, plot_h) = (480i64, 10i64, 22i64, 128i64);
    let slot = 42i64;
    let base = top + plot_h;
    let chart = move || {
        let lang = app.lang.get();
        let counts = counts.get();
        let group_total = |low: u8, high: u8| -> usize {
            counts[usize::from(low)..=usize::from(high)].iter().sum()
        };
        let mut parts: Vec<String> = NPS_GROUPS
            .iter()
            .map(|(_, key, _, low, high)| {
                format!(
                    "{}: {}",
                    group_name(*key, *low, *high, lang),
                    group_total(*low, *high)
                )
            })
            .collect();
        parts.extend(
            counts
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(score, n)| {
                    fill(
                        LaterKey::DashScoreCount.text(lang),
                        &[("score", &score.to_string()), ("n", &n.to_string())],
                    )
                }),
        );
        let summary = fill(
            LaterKey::DashNpsAlt.text(lang),
            &[("summary", &parts.join("; "))],
        );
        let max = counts.iter().copied().max().unwrap_or(0).max(1) as i64;
        let bars = (0u8..=10)
            .map(|score| {
                let n = counts[usize::from(score)] as i64;
                let (_, _, class, _, _) = group_of(score);
                let x = left + i64::from(score) * slot + 7;
                let h = if n > 0 { scale(n, max, plot_h).max(2) } else { 0 };
                view! {
                    <g>
                        <rect class=class x=x y=base - h width="28" height=h rx="2" />
                        {(n > 0).then(|| view! {
                            <text class="chart-label chart-value" x=x + 14 y=base - h - 4 text-anchor="middle">{n}</text>
                        })}
                        <text class="chart-label" x=x + 14 y=base + 16 text-anchor="middle">{score}</text>
                    </g>
                }
            })
            .collect_view();
        let brackets = NPS_GROUPS
            .into_iter()
            .map(|(_, key, class, low, high)| {
                let x1 = left + i64::from(low) * slot + 4;
                let x2 = left + (i64::from(high) + 1) * slot - 4;
                view! {
                    <g>
                        <line class=format!("bracket {class}") x1=x1 y1=base + 26 x2=x2 y2=base + 26 />
                        <text class="chart-label" x=(x1 + x2) / 2 y=base + 42 text-anchor="middle">{key.text(lang)}</text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg class="chart" viewBox=format!("0 0 {width} {}", base + 50) role="img" aria-label=summary>
                <line class="axis" x1=left y1=base x2=width - left y2=base />
                {bars}
                {brackets}
            </svg>
        }
    };
    let legend = move || {
        let lang = app.lang.get();
        let counts = counts.get();
        NPS_GROUPS
            .into_iter()
            .map(|(_, key, class, low, high)| {
                let n: usize = counts[usize::from(low)..=usize::from(high)].iter().sum();
                (class, format!("{} · {n}", group_name(key, low, high, lang)))
            })
            .collect::<Vec<_>>()
    };
    view! {
        <figure class="card chart-card">
            <figcaption><h2>{tr(LaterKey::DashNpsTitle)}</h2></figcaption>
            <Show
                when=move || { total() > 0 }
                fallback=|| view! { <p class="muted chart-empty">{tr(LaterKey::DashNoResponses)}</p> }
            >
                {move || view! { <Legend items=legend() /> }}
                {chart}
                <details class="chart-data">
                    <summary>{tr(LaterKey::DashChartData)}</summary>
                    <table class="table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(LaterKey::DashScore)}</th>
                                <th scope="col">{tr(LaterKey::DashGroup)}</th>
                                <th scope="col" class="num">{tr(LaterKey::DashResponsesColumn)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let lang = app.lang.get();
                                counts
                                    .get()
                                    .iter()
                                    .enumerate()
                                    .map(|(score, n)| {
                                        let (_, key, _, low, high) = group_of(score as u8);
                                        view! {
                                            <tr>
                                                <th scope="row">{score}</th>
                                                <td>{group_name(key, low, high, lang)}</td>
                                                <td class="num">{*n}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </details>
            </Show>
        </figure>
    }
}

// ---------------------------------------------------------------------------
// Monthly sales

/// An axis amount, short: `2.5B` / `2,5 tỷ` (the currency is named once,
/// beside the chart).
fn compact_amount(minor: i64, currency: Currency, lang: Lang) -> String {
    let whole = minor / 10i64.pow(currency.decimals());
    let (divisor, key) = match whole.abs() {
        n if n >= 1_000_000_000 => (1_000_000_000, LaterKey::DashBillions),
        n if n >= 1_000_000 => (1_000_000, LaterKey::DashMillions),
        n if n >= 1_000 => (1_000, LaterKey::DashThousands),
        _ => return lang.group_digits(&whole.to_string()),
    };
    let tenths = mul_div_round(whole, 10, divisor).unwrap_or(0);
    fill(
        key.text(lang),
        &[("n", &format_scaled(tenths, 1, lang, true))],
    )
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct SalesSeries {
    period: Period,
    currency: Currency,
    /// First day of each month, won sales, and their upsell + cross-sell part.
    months: Result<Vec<(NaiveDate, i64, i64)>, MissingRate>,
}

#[component]
fn SalesChart(scope: Memo<Scope>) -> impl IntoView {
    let app = use_app();
    let data = Memo::new(move |_| {
        let s = scope.get();
        let period = s.chart_months();
        app.workspace.with(|ws| SalesSeries {
            period,
            currency: ws.settings.reporting_currency,
            months: kpi::monthly_sales(&KpiInputs::of(ws), period, s.owner),
        })
    });
    let (width, left, top, plot_h) = (640i64, 56i64, 14i64, 180i64);
    let slot = (width - left - 8) / 12;
    let base = top + plot_h;
    let body = move || {
        let lang = app.lang.get();
        let data = data.get();
        let months = match data.months {
            Ok(months) => months,
            Err(missing) => return view! { <MissingRateNote missing /> }.into_any(),
        };
        let money = |minor: i64| Money::new(minor, data.currency).format(lang);
        let total: i64 = months.iter().map(|(_, t, _)| t).sum();
        if total == 0 {
            return view! { <p class="chart-empty">{LaterKey::DashNoSales.text(lang)}</p> }
                .into_any();
        }
        let expansion: i64 = months.iter().map(|(_, _, e)| e).sum();
        let (best_month, best) = months
            .iter()
            .max_by_key(|(_, t, _)| *t)
            .map_or((data.period.start, 0), |(m, t, _)| (*m, *t));
        let summary = fill(
            LaterKey::DashSalesAlt.text(lang),
            &[
                ("start", &month_text(data.period.start, lang)),
                ("end", &month_text(data.period.end, lang)),
                ("total", &money(total)),
                ("expansion", &money(expansion)),
                ("month", &month_text(best_month, lang)),
                ("best", &money(best)),
            ],
        );
        let max = nice_ceiling(months.iter().map(|(_, t, _)| *t).max().unwrap_or(0).max(1));
        let y = move |value: i64| base - scale(value, max, plot_h);
        let grid = [max, max / 2]
            .into_iter()
            .map(|value| {
                view! {
                    <g>
                        <line class="gridline" x1=left y1=y(value) x2=width - 8 y2=y(value) />
                        <text class="chart-label" x=left - 6 y=y(value) + 4 text-anchor="end">
                            {compact_amount(value, data.currency, lang)}
                        </text>
                    </g>
                }
            })
            .collect_view();
        let bars = months
            .iter()
            .enumerate()
            .map(|(i, (month, month_total, month_expansion))| {
                let x = left + i as i64 * slot + (slot - 30) / 2;
                let top_y = y(*month_total);
                let split = y(*month_expansion);
                view! {
                    <g>
                        <rect class="sales-other" x=x y=top_y width="30" height=split - top_y />
                        <rect class="sales-expansion" x=x y=split width="30" height=base - split />
                        <text class="chart-label" x=x + 15 y=base + 16 text-anchor="middle">
                            {lang.month_short(month.month())}
                        </text>
                    </g>
                }
            })
            .collect_view();
        let share = crate::domain::decimal::basis_points(expansion, total)
            .map(|bp| format!("{} %", format_basis_points(bp, lang)))
            .unwrap_or_else(|| "—".into());
        let rows = months
            .iter()
            .map(|(month, month_total, month_expansion)| {
                let share = crate::domain::decimal::basis_points(*month_expansion, *month_total)
                    .map(|bp| format!("{} %", format_basis_points(bp, lang)))
                    .unwrap_or_else(|| "—".into());
                view! {
                    <tr>
                        <th scope="row">{month_text(*month, lang)}</th>
                        <td class="num">{money(month_total - month_expansion)}</td>
                        <td class="num">{money(*month_expansion)}</td>
                        <td class="num">{money(*month_total)}</td>
                        <td class="num">{share}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <Legend items=vec![
                ("sales-other", LaterKey::DashOtherSales.text(lang).to_string()),
                ("sales-expansion", LaterKey::DashExpansionSales.text(lang).to_string()),
            ] />
            <div class="dash-sales">
                <svg class="chart" viewBox=format!("0 0 {width} {}", base + 24) role="img" aria-label=summary>
                    {grid}
                    <line class="axis" x1=left y1=base x2=width - 8 y2=base />
                    {bars}
                </svg>
                <dl class="dash-stats">
                    <div>
                        <dt>{LaterKey::DashTwelveMonths.text(lang)}</dt>
                        <dd>{money(total)}</dd>
                    </div>
                    <div>
                        <dt>{LaterKey::DashExpansionShare.text(lang)}</dt>
                        <dd>{share}</dd>
                    </div>
                    <div>
                        <dt>{LaterKey::DashMonthlyAverage.text(lang)}</dt>
                        <dd>{money(mul_div_round(total, 1, months.len().max(1) as i64).unwrap_or(0))}</dd>
                    </div>
                </dl>
            </div>
            <p class="chart-note">{fill(LaterKey::DashAmountsIn.text(lang), &[("currency", data.currency.code())])}</p>
            <details class="chart-data">
                <summary>{LaterKey::DashChartData.text(lang)}</summary>
                <div class="chart-table">
                    <table class="table">
                        <thead>
                            <tr>
                                <th scope="col">{LaterKey::DashMonth.text(lang)}</th>
                                <th scope="col" class="num">{LaterKey::DashOtherSales.text(lang)}</th>
                                <th scope="col" class="num">{LaterKey::DashExpansionSales.text(lang)}</th>
                                <th scope="col" class="num">{LaterKey::Total.text(lang)}</th>
                                <th scope="col" class="num">{LaterKey::DashExpansionShare.text(lang)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        }
        .into_any()
    };
    view! {
        <figure class="card chart-card dash-sales-card">
            <figcaption><h2>{tr(LaterKey::DashSalesTitle)}</h2></figcaption>
            {body}
        </figure>
    }
}

// ---------------------------------------------------------------------------
// Response-time trend

/// Round tops for the response-time axis, in minutes, each with a half that
/// reads well too: 20 min, 1 h, 2 h, … 1 d, 2 d, … a year.
const MINUTE_TOPS: [i64; 16] = [
    20, 60, 120, 240, 480, 720, 1_440, 2_880, 5_760, 11_520, 20_160, 43_200, 86_400, 172_800,
    262_800, 525_600,
];

#[component]
fn ResponseChart(scope: Memo<Scope>) -> impl IntoView {
    let app = use_app();
    let data = Memo::new(move |_| {
        let s = scope.get();
        let period = s.chart_months();
        let months = app
            .workspace
            .with(|ws| kpi::monthly_response_time(&KpiInputs::of(ws), period, s.owner));
        (period, months)
    });
    let any = move || data.with(|(_, months)| months.iter().any(|(_, mean)| mean.is_some()));
    let (width, left, top, plot_h) = (480i64, 52i64, 14i64, 160i64);
    let slot = (width - left - 8) / 12;
    let base = top + plot_h;
    let chart = move || {
        let lang = app.lang.get();
        let (period, months) = data.get();
        let minutes = |d: Duration| d.num_milliseconds().max(0) / 60_000;
        let highest = months
            .iter()
            .filter_map(|(_, mean)| mean.map(minutes))
            .max()
            .unwrap_or(0);
        let max = MINUTE_TOPS
            .into_iter()
            .find(|top| *top >= highest)
            .unwrap_or(highest.max(1));
        let x = move |i: usize| left + i as i64 * slot + slot / 2;
        let y = move |m: i64| base - scale(m, max, plot_h);
        // One line through consecutive months with replies; a month without
        // any breaks it.
        let mut path = String::new();
        let mut drawing = false;
        for (i, (_, mean)) in months.iter().enumerate() {
            match mean {
                Some(d) => {
                    let command = if drawing { 'L' } else { 'M' };
                    path.push_str(&format!("{command}{} {} ", x(i), y(minutes(*d))));
                    drawing = true;
                }
                None => drawing = false,
            }
        }
        let parts: Vec<String> = months
            .iter()
            .filter_map(|(month, mean)| {
                mean.map(|d| format!("{} {}", month_text(*month, lang), duration_text(d, lang)))
            })
            .collect();
        let summary = fill(
            LaterKey::DashResponseAlt.text(lang),
            &[
                ("start", &month_text(period.start, lang)),
                ("end", &month_text(period.end, lang)),
                ("summary", &parts.join("; ")),
            ],
        );
        let grid = [max, max / 2]
            .into_iter()
            .map(|m| {
                view! {
                    <g>
                        <line class="gridline" x1=left y1=y(m) x2=width - 8 y2=y(m) />
                        <text class="chart-label" x=left - 6 y=y(m) + 4 text-anchor="end">
                            {duration_text(Duration::minutes(m), lang)}
                        </text>
                    </g>
                }
            })
            .collect_view();
        let points = months
            .iter()
            .enumerate()
            .map(|(i, (month, mean))| {
                view! {
                    <g>
                        {mean.map(|d| view! { <circle class="response-point" cx=x(i) cy=y(minutes(d)) r="3.5" /> })}
                        <text class="chart-label" x=x(i) y=base + 16 text-anchor="middle">
                            {lang.month_short(month.month())}
                        </text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg class="chart" viewBox=format!("0 0 {width} {}", base + 24) role="img" aria-label=summary>
                {grid}
                <line class="axis" x1=left y1=base x2=width - 8 y2=base />
                <path class="response-line" d=path />
                {points}
            </svg>
        }
    };
    view! {
        <figure class="card chart-card">
            <figcaption><h2>{tr(LaterKey::DashResponseTitle)}</h2></figcaption>
            <Show
                when=any
                fallback=|| view! { <p class="muted chart-empty">{tr(LaterKey::DashNoReplies)}</p> }
            >
                {chart}
                <details class="chart-data">
                    <summary>{tr(LaterKey::DashChartData)}</summary>
                    <table class="table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(LaterKey::DashMonth)}</th>
                                <th scope="col" class="num">{tr(LaterKey::DashKpiResponseTime)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let lang = app.lang.get();
                                data.get()
                                    .1
                                    .into_iter()
                                    .map(|(month, mean)| view! {
                                        <tr>
                                            <th scope="row">{month_text(month, lang)}</th>
                                            <td class="num">{mean.map_or_else(|| "—".to_string(), |d| duration_text(d, lang))}</td>
                                        </tr>
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </details>
            </Show>
        </figure>
    }
}
