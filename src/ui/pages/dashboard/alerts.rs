//! Budget and WIP health: the campaigns that need attention, and how many
//! WIP items are overdue, due this week or on hold. Shown once there are
//! budgets or WIP items to speak of, for the chosen owner's clients.

use leptos::prelude::*;

use crate::domain::budget::BudgetAlert;
use crate::domain::meta::Record;
use crate::domain::search::fold;
use crate::domain::wip::{WipItem, WipStatus};
use crate::domain::Id;
use crate::i18n::{Key, LaterKey};
use crate::route::Route;
use crate::ui::components::budget_alerts::BudgetAlertBadges;
use crate::ui::state::{tr, use_app};

use super::Scope;

#[derive(Clone, Debug, PartialEq, Eq)]
struct BudgetNeed {
    id: Id,
    rev: u64,
    campaign: String,
    client: String,
    alerts: Vec<BudgetAlert>,
    threshold: u8,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Health {
    budgets: usize,
    needs: Vec<BudgetNeed>,
    wip_open: usize,
    overdue: usize,
    due_this_week: usize,
    on_hold: usize,
}

#[component]
pub fn Alerts(scope: Memo<Scope>) -> impl IntoView {
    let app = use_app();
    let health = Memo::new(move |_| {
        let Scope { owner, today, .. } = scope.get();
        app.workspace.with(|ws| {
            let mine: Vec<Id> = ws
                .live_clients()
                .filter(|c| owner.is_none_or(|o| c.account_owner == Some(o)))
                .map(|c| c.id())
                .collect();
            let mut health = Health::default();
            for budget in ws.live_budgets().filter(|b| mine.contains(&b.client)) {
                health.budgets += 1;
                let alerts = budget.figures(today).alerts;
                if !alerts.is_empty() {
                    health.needs.push(BudgetNeed {
                        id: budget.id(),
                        rev: budget.meta.rev,
                        campaign: budget.campaign.clone(),
                        client: ws
                            .client(budget.client)
                            .map(|c| c.name.clone())
                            .unwrap_or_default(),
                        alerts,
                        threshold: budget.alert_threshold,
                    });
                }
            }
            health.needs.sort_by_key(|n| fold(&n.campaign));
            for item in ws
                .live_records::<WipItem>()
                .filter(|w| mine.contains(&w.client) && w.is_open())
            {
                let flags = item.flags(today);
                health.wip_open += 1;
                health.overdue += usize::from(flags.overdue);
                health.due_this_week += usize::from(flags.due_this_week);
                health.on_hold += usize::from(item.status == WipStatus::OnHold);
            }
            health
        })
    });
    let wip_counts = move || {
        let h = health.get();
        [
            (LaterKey::WipOverdue, h.overdue, "badge-danger"),
            (LaterKey::WipDueThisWeek, h.due_this_week, "badge-warning"),
            (LaterKey::WipOnHold, h.on_hold, "badge-neutral"),
        ]
        .into_iter()
        .map(|(key, n, tone)| {
            view! {
                <div class:dash-quiet={n == 0}>
                    <dt>{tr(key)}</dt>
                    <dd><span class=format!("badge {}", if n > 0 { tone } else { "badge-neutral" })>{n}</span></dd>
                </div>
            }
        })
        .collect_view()
    };
    view! {
        <Show when=move || health.with(|h| h.budgets > 0 || h.wip_open > 0)>
            <section class="card dash-alerts" aria-labelledby="dash-alerts-heading">
                <h2 id="dash-alerts-heading">{tr(LaterKey::NeedsAttention)}</h2>
                <div class="dash-alerts-body">
                    <Show when=move || health.with(|h| h.budgets > 0)>
                        <div class="dash-alert-group">
                            <h3>{tr(Key::NavBudgets)}</h3>
                            <Show
                                when=move || health.with(|h| !h.needs.is_empty())
                                fallback=|| view! { <p class="muted">{tr(LaterKey::DashBudgetsOnTrack)}</p> }
                            >
                                <ul class="dash-budget-list">
                                    <For each=move || health.get().needs key=|n| (n.id, n.rev) let:need>
                                        <li>
                                            <span class="dash-budget-name">
                                                <a href=Route::Budget(need.id).href()>{need.campaign.clone()}</a>
                                                <span class="cell-sub">{need.client.clone()}</span>
                                            </span>
                                            <span class="badges">
                                                <BudgetAlertBadges alerts=need.alerts.clone() threshold=need.threshold />
                                            </span>
                                        </li>
                                    </For>
                                </ul>
                            </Show>
                        </div>
                    </Show>
                    <Show when=move || health.with(|h| h.wip_open > 0)>
                        <div class="dash-alert-group">
                            <h3>{tr(Key::NavWip)}</h3>
                            <dl class="dash-wip">{wip_counts}</dl>
                            <a href=Route::Wip.href()>{tr(LaterKey::DashOpenWip)}</a>
                        </div>
                    </Show>
                </div>
            </section>
        </Show>
    }
}
