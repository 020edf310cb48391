//! The analysis of a review, drawn by our own code: the comparison matrix,
//! share of voice and estimated spend, the 12-month campaign timeline and
//! SWOT grids. The same pieces make up the Present slides.

use chrono::Datelike;
use leptos::prelude::*;

use crate::domain::decimal::{format_basis_points, mul_div_round};
use crate::domain::money::Money;
use crate::domain::review::{Competitor, CompetitorReview, SourceKind, SwotQuadrant};
use crate::domain::Id;
use crate::i18n::{fill, Label, LaterKey, Text};
use crate::ui::state::{tr, use_app};

#[component]
pub fn Analysis(review: Memo<Option<CompetitorReview>>) -> impl IntoView {
    view! {
        <section class="analysis" aria-labelledby="review-analysis">
            <h2 id="review-analysis" class="section-title">{tr(LaterKey::Analysis)}</h2>
            {move || review.get().filter(|r| !r.competitors.is_empty()).map(|r| {
                let swots: Vec<Competitor> = r.competitors.iter().filter(|c| !c.swot.is_empty()).cloned().collect();
                view! {
                    <figure class="card">
                        <figcaption><h3>{tr(LaterKey::ComparisonMatrix)}</h3></figcaption>
                        <Matrix review=r.clone() />
                    </figure>
                    <div class="charts">
                        <figure class="card chart-card">
                            <figcaption><h3>{tr(LaterKey::ShareOfVoice)}</h3></figcaption>
                            <ShareOfVoiceChart review=r.clone() />
                        </figure>
                        <figure class="card chart-card">
                            <figcaption><h3>{tr(LaterKey::EstimatedSpend)}</h3></figcaption>
                            <SpendChart review=r.clone() />
                        </figure>
                    </div>
                    <figure class="card">
                        <figcaption><h3>{tr(LaterKey::CampaignTimeline)}</h3></figcaption>
                        <Timeline review=r.clone() />
                    </figure>
                    {swots.into_iter().map(|c| view! {
                        <figure class="card">
                            <figcaption><h3>{format!("SWOT — {}", c.name)}</h3></figcaption>
                            <SwotGrid competitor=c />
                        </figure>
                    }).collect_view()}
                }
            })}
        </section>
    }
}

/// Fact / inference / assumption badges for the sources a claim cites.
#[component]
pub fn SourceBadges(review: CompetitorReview, cited: Vec<Id>) -> impl IntoView {
    let app = use_app();
    review
        .sources
        .iter()
        .filter(|s| cited.contains(&s.id))
        .map(|s| {
            let kind = s.kind;
            let class = match kind {
                SourceKind::Fact => "badge source-fact",
                SourceKind::Inference => "badge source-inference",
                SourceKind::Assumption => "badge source-assumption",
            };
            let title = s.title.clone();
            view! { <span class=class title=title>{move || app.t(kind.label())}</span> }
        })
        .collect_view()
}

fn percent(bp: i64, lang: crate::domain::Lang) -> String {
    format!("{} %", format_basis_points(bp, lang))
}

#[component]
pub fn Matrix(review: CompetitorReview) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let rows: Vec<(LaterKey, Vec<String>)> = vec![
        (
            LaterKey::Positioning,
            review
                .competitors
                .iter()
                .map(|c| c.positioning.clone())
                .collect(),
        ),
        (
            LaterKey::KeyMessage,
            review
                .competitors
                .iter()
                .map(|c| c.key_message.clone())
                .collect(),
        ),
        (
            LaterKey::Channels,
            review
                .competitors
                .iter()
                .map(|c| c.channels.join(", "))
                .collect(),
        ),
        (
            LaterKey::EstimatedSpend,
            review
                .competitors
                .iter()
                .map(|c| {
                    c.estimated_spend
                        .map(|s| {
                            format!(
                                "{} ({})",
                                Money::new(s, review.currency).format(lang),
                                c.spend_confidence.label().text(lang)
                            )
                        })
                        .unwrap_or_default()
                })
                .collect(),
        ),
        (
            LaterKey::ShareOfVoice,
            review
                .competitors
                .iter()
                .map(|c| {
                    c.share_of_voice
                        .map(|bp| percent(bp, lang))
                        .unwrap_or_default()
                })
                .collect(),
        ),
        (
            LaterKey::Tone,
            review.competitors.iter().map(|c| c.tone.clone()).collect(),
        ),
        (
            LaterKey::Audience,
            review
                .competitors
                .iter()
                .map(|c| c.audience.clone())
                .collect(),
        ),
    ];
    view! {
        <div class="table-wrap matrix-wrap">
            <table class="table matrix">
                <thead>
                    <tr>
                        <td></td>
                        {review.competitors.iter().map(|c| {
                            let cited = c.sources.clone();
                            view! {
                                <th scope="col">
                                    {c.name.clone()}
                                    <span class="badges"><SourceBadges review=review.clone() cited /></span>
                                </th>
                            }
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|(key, cells)| view! {
                        <tr>
                            <th scope="row">{move || app.t(key)}</th>
                            {cells.into_iter().map(|cell| view! { <td>{if cell.is_empty() { "—".to_string() } else { cell }}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

const WIDTH: i64 = 480;

/// Horizontal bars with a label on the left and the value on the right.
fn bar_chart(bars: Vec<(String, i64, String)>, max: i64, summary: String) -> impl IntoView {
    let (label_w, value_w, row) = (120, 110, 28);
    let span = WIDTH - label_w - value_w;
    let height = (bars.len() as i64 * row).max(row);
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=summary>
            {bars.into_iter().enumerate().map(|(i, (label, value, text))| {
                let y = i as i64 * row;
                let w = mul_div_round(value.max(0), span, max.max(1)).unwrap_or(0).max(1);
                view! {
                    <g>
                        <text class="chart-label" x="0" y=y + 18>{label}</text>
                        <rect class="bar-actual" x=label_w y=y + 6 width=w height="16" rx="3" />
                        <text class="chart-label" x=label_w + w + 6 y=y + 18>{text}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
}

#[component]
pub fn ShareOfVoiceChart(review: CompetitorReview) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let mut bars: Vec<(String, i64, String)> = review
        .competitors
        .iter()
        .filter_map(|c| {
            c.share_of_voice
                .map(|bp| (c.name.clone(), bp, percent(bp, lang)))
        })
        .collect();
    let total = review.share_of_voice_total();
    if total < 10_000 && !bars.is_empty() {
        bars.push((
            LaterKey::OthersShare.text(lang).to_string(),
            10_000 - total,
            percent(10_000 - total, lang),
        ));
    }
    if bars.is_empty() {
        return view! { <p class="muted">{app.t(LaterKey::NoShareOfVoice)}</p> }.into_any();
    }
    let summary = fill(
        LaterKey::ShareOfVoiceAlt.text(lang),
        &[(
            "summary",
            &bars
                .iter()
                .map(|(n, _, t)| format!("{n} {t}"))
                .collect::<Vec<_>>()
                .join(", "),
        )],
    );
    bar_chart(bars, 10_000, summary).into_any()
}

#[component]
pub fn SpendChart(review: CompetitorReview) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let bars: Vec<(String, i64, String)> = review
        .competitors
        .iter()
        .filter_map(|c| {
            c.estimated_spend.map(|s| {
                (
                    c.name.clone(),
                    s,
                    Money::new(s, review.currency).format(lang),
                )
            })
        })
        .collect();
    if bars.is_empty() {
        return view! { <p class="muted">{app.t(LaterKey::NoSpend)}</p> }.into_any();
    }
    let max = bars.iter().map(|(_, v, _)| *v).max().unwrap_or(1);
    let summary = fill(
        LaterKey::SpendAlt.text(lang),
        &[(
            "summary",
            &bars
                .iter()
                .map(|(n, _, t)| format!("{n} {t}"))
                .collect::<Vec<_>>()
                .join(", "),
        )],
    );
    bar_chart(bars, max, summary).into_any()
}

/// One row per brand across the review's months, a bar per observed campaign.
#[component]
pub fn Timeline(review: CompetitorReview) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let rows = review.timeline();
    let months = review.months();
    let (label_w, header_h, row_h) = (120i64, 24i64, 30i64);
    let width = 960i64;
    let span = width - label_w;
    let height = header_h + (rows.len() as i64 * row_h).max(row_h);
    let summary = fill(
        LaterKey::TimelineAlt.text(lang),
        &[(
            "summary",
            &rows
                .iter()
                .map(|r| {
                    let campaigns: Vec<String> = r
                        .bars
                        .iter()
                        .map(|b| format!("{} ({})", b.name, lang.format_period(b.start, b.end)))
                        .collect();
                    format!(
                        "{}: {}",
                        r.name,
                        if campaigns.is_empty() {
                            "—".into()
                        } else {
                            campaigns.join(", ")
                        }
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
        )],
    );
    let month_w = span / months.len().max(1) as i64;
    view! {
        <div class="timeline-wrap">
            <svg class="chart timeline" viewBox=format!("0 0 {width} {height}") role="img" aria-label=summary>
                {months.iter().enumerate().map(|(i, m)| {
                    let x = label_w + i as i64 * month_w;
                    view! {
                        <g>
                            <line class="grid-line" x1=x y1=header_h - 4 x2=x y2=height />
                            <text class="chart-label" x=x + 4 y="14">{lang.month_short(m.month())}</text>
                        </g>
                    }
                }).collect_view()}
                {rows.into_iter().enumerate().map(|(i, row)| {
                    let y = header_h + i as i64 * row_h;
                    view! {
                        <g>
                            <text class="chart-label timeline-brand" x="0" y=y + 19>{row.name}</text>
                            {row.bars.into_iter().map(|bar| {
                                let x = label_w + mul_div_round(bar.left_bp, span, 10_000).unwrap_or(0);
                                let w = mul_div_round(bar.width_bp, span, 10_000).unwrap_or(1).max(2);
                                view! {
                                    <g>
                                        <rect class="timeline-bar" x=x y=y + 5 width=w height="20" rx="4" />
                                        <text class="timeline-bar-label" x=x + 6 y=y + 19>{bar.name}</text>
                                    </g>
                                }
                            }).collect_view()}
                        </g>
                    }
                }).collect_view()}
            </svg>
        </div>
    }
}

#[component]
pub fn SwotGrid(competitor: Competitor) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="swot-grid">
            {SwotQuadrant::ALL.into_iter().map(|q| {
                let items: Vec<String> = competitor.swot.items(q).iter().map(|i| i.text.clone()).filter(|t| !t.trim().is_empty()).collect();
                view! {
                    <div class=format!("swot-cell swot-{:?}", q).to_lowercase()>
                        <h4>{move || app.t(q.label())}</h4>
                        <ul>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                    </div>
                }
            }).collect_view()}
        </div>
    }
}
