//! One card per KPI: the value, what it is made of, the previous period's
//! value and the change, said with an arrow and a word (never colour alone).

use leptos::prelude::*;

use crate::domain::decimal::format_basis_points;
use crate::domain::kpi::{Kpis, MissingRate};
use crate::domain::money::Money;
use crate::domain::Lang;
use crate::i18n::{fill, LaterKey, Text};
use crate::ui::components::field::dom_id;
use crate::ui::state::use_app;

use super::{duration_text, MissingRateNote};

/// Which way a KPI improves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Better {
    Higher,
    Lower,
    /// Clients per account person: more is neither good nor bad by itself
    /// (efficient, or overloaded), so the change is only "higher"/"lower".
    Neither,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Change {
    arrow: &'static str,
    /// The difference with its sign: `+5`, `−45 min`, `+4.2 pts`.
    delta: String,
    verdict: LaterKey,
    tone: &'static str,
}

/// Compares two values of a KPI, in whole units of what is shown (so that
/// "no change" means the two values read the same); `magnitude` writes the
/// size of the difference.
fn change(
    current: Option<i64>,
    previous: Option<i64>,
    better: Better,
    magnitude: impl Fn(i64) -> String,
) -> Option<Change> {
    let diff = current? - previous?;
    let (arrow, sign) = match diff.signum() {
        1 => ("▲", "+"),
        -1 => ("▼", "−"),
        _ => {
            return Some(Change {
                arrow: "=",
                delta: String::new(),
                verdict: LaterKey::DashNoChange,
                tone: "same",
            })
        }
    };
    let improved = match better {
        Better::Higher => Some(diff > 0),
        Better::Lower => Some(diff < 0),
        Better::Neither => None,
    };
    let (verdict, tone) = match improved {
        Some(true) => (LaterKey::DashBetter, "better"),
        Some(false) => (LaterKey::DashWorse, "worse"),
        None if diff > 0 => (LaterKey::DashHigher, "same"),
        None => (LaterKey::DashLower, "same"),
    };
    Some(Change {
        arrow,
        delta: format!("{sign}{}", magnitude(diff.abs())),
        verdict,
        tone,
    })
}

/// A piece of a card's sub-line.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Text(String),
    /// A formula symbol with its meaning on hover: retention's S, E and N.
    Symbol(&'static str, LaterKey, usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Card {
    title: LaterKey,
    value: Option<String>,
    previous: Option<String>,
    parts: Vec<Part>,
    change: Option<Change>,
    missing: Option<MissingRate>,
}

fn percent(bp: i64, lang: Lang) -> String {
    format!("{} %", format_basis_points(bp, lang))
}

/// A percentage-point difference, from basis points.
fn points(bp: i64, lang: Lang) -> String {
    fill(
        LaterKey::DashPoints.text(lang),
        &[("n", &format_basis_points(bp, lang))],
    )
}

fn text(key: LaterKey, lang: Lang, values: &[(&str, &str)]) -> Part {
    Part::Text(fill(key.text(lang), values))
}

fn response_card(now: &Kpis, before: &Kpis, lang: Lang) -> Card {
    let rt = now.response_time;
    // Compared in whole minutes, as they are shown.
    let minutes = |k: &Kpis| {
        k.response_time
            .mean
            .map(|d| (d.num_seconds().max(0) + 30) / 60)
    };
    Card {
        title: LaterKey::DashKpiResponseTime,
        value: rt.mean.map(|d| duration_text(d, lang)),
        previous: before.response_time.mean.map(|d| duration_text(d, lang)),
        parts: vec![
            text(
                LaterKey::DashReplied,
                lang,
                &[("n", &rt.answered.to_string())],
            ),
            text(
                LaterKey::DashUnanswered,
                lang,
                &[("n", &rt.unanswered.to_string())],
            ),
        ],
        change: change(minutes(now), minutes(before), Better::Lower, |m| {
            duration_text(chrono::Duration::minutes(m), lang)
        }),
        missing: None,
    }
}

fn nps_card(now: &Kpis, before: &Kpis, lang: Lang) -> Card {
    let nps = now.nps;
    let mut parts = vec![if nps.responses == 1 {
        text(LaterKey::DashOneResponse, lang, &[])
    } else {
        text(
            LaterKey::DashResponses,
            lang,
            &[("n", &nps.responses.to_string())],
        )
    }];
    if let Some(mean) = nps.consulting_knowledge_mean {
        parts.push(text(
            LaterKey::DashKnowledge,
            lang,
            &[("mean", &mean.format(lang))],
        ));
    }
    if let Some(mean) = nps.care_attitude_mean {
        parts.push(text(
            LaterKey::DashCare,
            lang,
            &[("mean", &mean.format(lang))],
        ));
    }
    let score = |k: &Kpis| k.nps.score.map(i64::from);
    Card {
        title: LaterKey::DashKpiNps,
        value: nps.score.map(|s| s.to_string()),
        previous: before.nps.score.map(|s| s.to_string()),
        parts,
        change: change(score(now), score(before), Better::Higher, |n| n.to_string()),
        missing: None,
    }
}

fn retention_card(now: &Kpis, before: &Kpis, lang: Lang) -> Card {
    let r = now.retention;
    // S, E and N are the formula's symbols (PRODUCT.md), the same in both
    // languages; their meaning is in the title.
    Card {
        title: LaterKey::DashKpiRetention,
        value: r.rate_bp.map(|bp| percent(bp, lang)),
        previous: before.retention.rate_bp.map(|bp| percent(bp, lang)),
        parts: vec![
            Part::Symbol("S", LaterKey::DashStartActive, r.start_active),
            Part::Symbol("E", LaterKey::DashEndActive, r.end_active),
            Part::Symbol("N", LaterKey::DashNewActive, r.new_active),
        ],
        change: change(r.rate_bp, before.retention.rate_bp, Better::Higher, |bp| {
            points(bp, lang)
        }),
        missing: None,
    }
}

fn clients_card(now: &Kpis, before: &Kpis, lang: Lang) -> Card {
    let c = &now.clients_per_person;
    let ratio = |k: &Kpis| k.clients_per_person.ratio.map(|h| h.0);
    Card {
        title: LaterKey::DashKpiClientsPerPerson,
        value: c.ratio.map(|h| h.format(lang)),
        previous: before.clients_per_person.ratio.map(|h| h.format(lang)),
        parts: vec![text(
            LaterKey::DashClientsAndPeople,
            lang,
            &[
                ("clients", &c.active_clients.to_string()),
                ("people", &c.owners.to_string()),
            ],
        )],
        change: change(ratio(now), ratio(before), Better::Neither, |h| {
            crate::domain::kpi::Hundredths(h).format(lang)
        }),
        missing: None,
    }
}

fn sales_card(now: &Kpis, before: &Kpis, lang: Lang) -> Card {
    let s = &now.sales;
    let mut parts = vec![if s.won_deals == 1 {
        text(LaterKey::DashOneWonDeal, lang, &[])
    } else {
        text(
            LaterKey::DashWonDeals,
            lang,
            &[("n", &s.won_deals.to_string())],
        )
    }];
    // The originals, when more than the reporting currency went into the total.
    let reporting = s.total.map_or_else(|m| m.to, |t| t.currency);
    if s.by_currency.iter().any(|m| m.currency != reporting) {
        let list: Vec<String> = s.by_currency.iter().map(|m| m.format(lang)).collect();
        parts.push(text(
            LaterKey::DashOriginals,
            lang,
            &[("list", &list.join(" + "))],
        ));
    }
    let total = |k: &Kpis| k.sales.total.ok().map(|m| m.minor);
    Card {
        title: LaterKey::DashKpiSales,
        value: s.total.ok().map(|m| m.format(lang)),
        previous: before.sales.total.ok().map(|m| m.format(lang)),
        parts,
        change: change(total(now), total(before), Better::Higher, |minor| {
            Money::new(minor, reporting).format(lang)
        }),
        missing: s.total.err().or(before.sales.total.err()),
    }
}

fn upsell_card(now: &Kpis, before: &Kpis, lang: Lang) -> Card {
    let u = now.upsell;
    let mut parts = vec![text(
        LaterKey::DashUpsellOf,
        lang,
        &[
            ("n", &u.upsell_cross_sell.to_string()),
            ("won", &u.won.to_string()),
        ],
    )];
    if let Some(share) = u.revenue_share_bp {
        parts.push(text(
            LaterKey::DashRevenueShare,
            lang,
            &[("share", &format_basis_points(share, lang))],
        ));
    }
    Card {
        title: LaterKey::DashKpiUpsell,
        value: u.rate_bp.map(|bp| percent(bp, lang)),
        previous: before.upsell.rate_bp.map(|bp| percent(bp, lang)),
        parts,
        change: change(u.rate_bp, before.upsell.rate_bp, Better::Higher, |bp| {
            points(bp, lang)
        }),
        missing: None,
    }
}

fn cards(now: &Kpis, before: &Kpis, lang: Lang) -> Vec<Card> {
    vec![
        response_card(now, before, lang),
        nps_card(now, before, lang),
        retention_card(now, before, lang),
        clients_card(now, before, lang),
        sales_card(now, before, lang),
        upsell_card(now, before, lang),
    ]
}

/// The six KPIs of PRODUCT.md, in its order.
#[component]
pub fn KpiCards(current: Memo<Kpis>, previous: Memo<Kpis>) -> impl IntoView {
    let app = use_app();
    let cards = Memo::new(move |_| {
        let lang = app.lang.get();
        current.with(|now| previous.with(|before| cards(now, before, lang)))
    });
    view! {
        <div class="kpi-grid">
            {move || {
                let lang = app.lang.get();
                cards
                    .get()
                    .into_iter()
                    .map(|card| view! { <KpiCard card lang /> })
                    .collect_view()
            }}
        </div>
    }
}

const UNDEFINED: &str = "—";

#[component]
fn KpiCard(card: Card, lang: Lang) -> impl IntoView {
    let id = dom_id("kpi");
    let parts = card
        .parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let separator = (i > 0).then_some(" · ");
            match part {
                Part::Text(text) => view! { {separator}<span>{text}</span> }.into_any(),
                Part::Symbol(symbol, meaning, n) => view! {
                    {separator}<span><abbr title=meaning.text(lang)>{symbol}</abbr>" "{n}</span>
                }
                .into_any(),
            }
        })
        .collect_view();
    let previous = fill(
        LaterKey::DashPrevious.text(lang),
        &[("value", card.previous.as_deref().unwrap_or(UNDEFINED))],
    );
    let labelled_by = id.clone();
    view! {
        <section class="kpi-card" aria-labelledby=labelled_by>
            <h2 class="kpi-title" id=id>{card.title.text(lang)}</h2>
            <p class="kpi-value">{card.value.unwrap_or_else(|| UNDEFINED.to_string())}</p>
            <p class="kpi-sub">{parts}</p>
            <p class="kpi-compare">
                <span class="kpi-previous">{previous}</span>
                {card.change.map(|c| {
                    let words = if c.delta.is_empty() {
                        c.verdict.text(lang).to_string()
                    } else {
                        format!("{} · {}", c.delta, c.verdict.text(lang))
                    };
                    view! {
                        <span class=format!("kpi-change kpi-{}", c.tone)>
                            <span aria-hidden="true">{c.arrow}</span>
                            " "
                            {words}
                        </span>
                    }
                })}
            </p>
            {card.missing.map(|missing| view! { <MissingRateNote missing /> })}
        </section>
    }
}
