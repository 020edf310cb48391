use leptos::prelude::*;

use crate::domain::budget::BudgetAlert;
use crate::i18n::Key;
use crate::ui::state::{tr, use_app};

/// A budget's alerts as badges, or a quiet "On track"; words, not only colour.
#[component]
pub fn BudgetAlertBadges(alerts: Vec<BudgetAlert>, threshold: u8) -> impl IntoView {
    let app = use_app();
    if alerts.is_empty() {
        return view! { <span class="badge badge-success">{tr(Key::OnTrack)}</span> }.into_any();
    }
    alerts
        .into_iter()
        .map(|alert| {
            let (class, text) = match alert {
                BudgetAlert::OverBudget => ("badge badge-danger", Key::AlertOverBudget),
                BudgetAlert::OverThreshold => ("badge badge-warning", Key::AlertOverThreshold),
                BudgetAlert::AheadOfPlan => ("badge badge-warning", Key::AlertAheadOfPlan),
            };
            view! {
                <span class=class>
                    {move || app.tf(text, &[("threshold", &threshold.to_string())])}
                </span>
            }
        })
        .collect_view()
        .into_any()
}

/// Actual ÷ planned as a bar; the number beside it carries the meaning.
#[component]
pub fn BurnBar(burn_bp: Option<i64>, threshold: u8) -> impl IntoView {
    let app = use_app();
    let width = burn_bp.unwrap_or(0).clamp(0, 10_000) as f64 / 100.0;
    let tone = match burn_bp {
        Some(bp) if bp > 10_000 => "burn-over",
        Some(bp) if bp >= i64::from(threshold) * 100 => "burn-warn",
        _ => "burn-ok",
    };
    view! {
        <span class="burn">
            <span class=format!("burn-bar {tone}") aria-hidden="true">
                <span style:width=format!("{width}%")></span>
            </span>
            <span class="num">
                {move || {
                    burn_bp
                        .map(|bp| format!("{} %", crate::domain::decimal::format_basis_points(bp, app.lang.get())))
                        .unwrap_or_else(|| "—".into())
                }}
            </span>
        </span>
    }
}
