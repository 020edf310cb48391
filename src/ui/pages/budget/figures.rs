//! The numbers an account person reads first.

use leptos::prelude::*;

use crate::domain::budget::{Budget, BudgetAlert, BudgetFigures};
use crate::domain::decimal::format_basis_points;
use crate::domain::Lang;
use crate::i18n::{fill, LaterKey, Text};
use crate::ui::state::use_app;

/// One card: a label, an amount, an optional note under it, and whether it
/// deserves attention.
#[derive(Clone, PartialEq)]
struct Card {
    label: LaterKey,
    amount: String,
    note: Option<String>,
    warn: bool,
}

fn cards(budget: &Budget, f: &BudgetFigures, lang: Lang) -> Vec<Card> {
    let money = |minor: i64| f.money(minor).format(lang);
    let percent = |bp: Option<i64>| bp.map(|bp| format!("{} %", format_basis_points(bp, lang)));
    let card = |label, minor, note, warn| Card {
        label,
        amount: money(minor),
        note,
        warn,
    };
    let pacing_note = percent(f.pacing_bp).map(|p| {
        if f.pacing_variance > 0 {
            format!("+{p}")
        } else {
            p
        }
    });
    let day = fill(
        LaterKey::DayOfPeriod.text(lang),
        &[
            ("elapsed", &f.elapsed_days.to_string()),
            ("total", &f.period_days.to_string()),
        ],
    );
    vec![
        card(LaterKey::Planned, f.totals.planned, None, false),
        card(LaterKey::Committed, f.totals.committed, None, false),
        card(
            LaterKey::Actual,
            f.totals.actual,
            percent(f.burn_bp).map(|p| format!("{} {p}", LaterKey::Burn.text(lang))),
            f.alerts
                .iter()
                .any(|a| matches!(a, BudgetAlert::OverBudget | BudgetAlert::OverThreshold)),
        ),
        card(
            LaterKey::Remaining,
            f.totals.remaining(),
            None,
            f.totals.remaining() < 0,
        ),
        card(LaterKey::PlannedToDate, f.planned_to_date, Some(day), false),
        card(
            LaterKey::Pacing,
            f.pacing_variance,
            pacing_note,
            f.alerts.contains(&BudgetAlert::AheadOfPlan),
        ),
        card(
            LaterKey::Forecast,
            f.forecast,
            None,
            f.forecast > f.totals.planned,
        ),
        card(LaterKey::Fee, budget.fee, None, false),
        card(
            LaterKey::Margin,
            f.margin,
            percent(f.margin_bp),
            f.margin < 0,
        ),
        card(
            LaterKey::ProjectedMargin,
            f.projected_margin,
            None,
            f.projected_margin < 0,
        ),
    ]
}

#[component]
pub fn Figures(
    budget: Memo<Option<Budget>>,
    figures: Memo<Option<BudgetFigures>>,
) -> impl IntoView {
    let app = use_app();
    let all = Memo::new(move |_| {
        let lang = app.lang.get();
        budget.with(|b| {
            figures.with(|f| match (b, f) {
                (Some(b), Some(f)) => cards(b, f, lang),
                _ => Vec::new(),
            })
        })
    });
    view! {
        <dl class="figures">
            <For each=move || all.get() key=|c| (c.label, c.amount.clone(), c.note.clone(), c.warn) let:card>
                <div class="figure" class:figure-warn=card.warn role="group" aria-label=move || app.t(card.label)>
                    <dt>{move || app.t(card.label)}</dt>
                    <dd>{card.amount}</dd>
                    {card.note.map(|note| view! { <p class="figure-note">{note}</p> })}
                </div>
            </For>
        </dl>
    }
}
