//! One campaign budget: its figures, editable lines with their cost log,
//! charts, and the CSV and print exports.

mod charts;
mod costs;
mod figures;
mod lines;

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::{clock, download};
use crate::domain::budget::{Budget, BudgetAlert, BudgetLine};
use crate::domain::csv::{budget_csv, BudgetCsvLabels};
use crate::domain::Id;
use crate::i18n::{Key, Label, LaterKey, Text};
use crate::route::Route;
use crate::ui::components::banner::{Banner, InTrashBanner, Tone};
use crate::ui::components::budget_alerts::BudgetAlertBadges;
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::form::apply_in_place;
use crate::ui::state::{tr, use_app, AppState, UndoAction};

use super::not_found::NotFound;

/// Saves one change to a stored budget; `false` when nothing was saved.
pub(crate) fn edit_budget(app: AppState, id: Id, change: impl FnOnce(&mut Budget)) -> bool {
    let Some(mut edited) = app.workspace.with_untracked(|ws| ws.budget(id).cloned()) else {
        return false;
    };
    change(&mut edited);
    match app.apply(|ws| ws.save_budget(edited, clock::now())) {
        Ok(_) => true,
        Err(error) => {
            leptos::logging::warn!("budget edit refused: {error}");
            false
        }
    }
}

/// Saves one change to a line of a stored budget.
pub(crate) fn edit_line(
    app: AppState,
    budget: Id,
    line: Id,
    change: impl FnOnce(&mut BudgetLine),
) -> bool {
    edit_budget(app, budget, |b| {
        if let Some(l) = b.lines.iter_mut().find(|l| l.id == line) {
            change(l);
        }
    })
}

#[component]
pub fn BudgetPage(id: Id) -> impl IntoView {
    let app = use_app();
    let exists = Memo::new(move |_| {
        app.workspace
            .with(|ws| ws.budget(id).map(|b| b.meta.is_trashed()))
    });
    move || match exists.get() {
        None => view! { <NotFound message=LaterKey::BudgetNotFound /> }.into_any(),
        Some(trashed) => view! { <BudgetView id trashed /> }.into_any(),
    }
}

#[component]
fn BudgetView(id: Id, trashed: bool) -> impl IntoView {
    let app = use_app();
    let today = clock::today();
    // The budget as stored; every part of the page derives from it.
    let budget = Memo::new(move |_| app.workspace.with(|ws| ws.budget(id).cloned()));
    let figures = Memo::new(move |_| budget.with(|b| b.as_ref().map(|b| b.figures(today))));
    let client = Memo::new(move |_| {
        let client_id = budget.with(|b| b.as_ref().map(|b| b.client));
        app.workspace.with(|ws| {
            client_id
                .and_then(|c| ws.client(c))
                .map(|c| (c.meta.id, c.name.clone()))
        })
    });
    let campaign =
        move || budget.with(|b| b.as_ref().map(|b| b.campaign.clone()).unwrap_or_default());

    let duplicate = move |_| {
        let Some(original) = budget.get_untracked() else {
            return;
        };
        let next = original.duplicate_for_next(clock::now());
        let next_id = next.meta.id;
        let name = next.campaign.clone();
        if app.apply(|ws| ws.save_budget(next, clock::now())).is_ok() {
            app.show_toast(app.tf(LaterKey::BudgetDuplicated, &[("name", &name)]), None);
            app.navigate(Route::Budget(next_id));
        }
    };
    let export_csv = move |_| {
        let Some(b) = budget.get_untracked() else {
            return;
        };
        let lang = app.lang.get_untracked();
        let category = move |c: crate::domain::budget::CostCategory| c.label().text(lang);
        let labels = BudgetCsvLabels {
            columns: [
                LaterKey::CategoryColumn.text(lang),
                LaterKey::Description.text(lang),
                LaterKey::Vendor.text(lang),
                LaterKey::Planned.text(lang),
                LaterKey::Committed.text(lang),
                LaterKey::Actual.text(lang),
                LaterKey::Remaining.text(lang),
            ],
            total: LaterKey::Total.text(lang),
            category: &category,
        };
        let csv = budget_csv(&b, &labels);
        let client = client.get_untracked().map(|(_, n)| n).unwrap_or_default();
        let name = file_name(&format!("{client} {} {}", b.campaign, b.start));
        if let Err(error) =
            download::download_text(&format!("{name}.csv"), "text/csv;charset=utf-8", &csv)
        {
            leptos::logging::error!("CSV export failed: {error:?}");
        }
    };
    let print = move |_| {
        let _ = window().print();
    };
    let delete = move |_| {
        let name = campaign();
        if app.apply(|ws| ws.trash_budget(id, clock::now())).is_ok() {
            let undo: UndoAction = Arc::new(move || {
                if app.apply(|ws| ws.restore_budget(id, clock::now())).is_ok() {
                    app.navigate(Route::Budget(id));
                }
            });
            app.show_toast(
                app.tf(LaterKey::BudgetTrashed, &[("name", &name)]),
                Some(undo),
            );
            app.navigate(Route::Budgets);
        }
    };

    view! {
        <article class="page budget-page">
            <a class="back-link no-print" href=Route::Budgets.href()>
                <Icon name=IconName::ArrowLeft />
                {tr(LaterKey::BackToBudgets)}
            </a>
            {trashed.then(|| view! {
                <InTrashBanner message=LaterKey::BudgetInTrash on_restore=Callback::new(move |_| { apply_in_place(app, |ws| ws.restore_budget(id, clock::now())); }) />
            })}
            <header class="page-header record-header">
                <div>
                    <p class="print-only print-meta">
                        {move || app.tf(LaterKey::PrintedOn, &[("date", &app.date(clock::today()))])}
                    </p>
                    <h1>{campaign}</h1>
                    <div class="record-meta">
                        {move || client.get().map(|(client_id, name)| view! {
                            <a href=Route::Client(client_id).href()>{name}</a>
                        })}
                        <span class="muted">
                            {move || budget.with(|b| b.as_ref().map(|b| format!("{} · {}", app.lang.get().format_period(b.start, b.end), b.currency.code())))}
                        </span>
                        {move || {
                            let threshold = budget.with(|b| b.as_ref().map_or(80, |b| b.alert_threshold));
                            figures.get().map(|f| view! { <BudgetAlertBadges alerts=f.alerts threshold /> })
                        }}
                    </div>
                </div>
                <div class="page-actions no-print">
                    <a class="btn btn-secondary" href=Route::EditBudget(id).href()>
                        <Icon name=IconName::Edit />
                        {tr(LaterKey::EditDetails)}
                    </a>
                    <button class="btn btn-secondary" on:click=duplicate>{tr(LaterKey::Duplicate)}</button>
                    <button class="btn btn-secondary" on:click=export_csv>
                        <Icon name=IconName::Download />
                        {tr(Key::ExportCsv)}
                    </button>
                    <button class="btn btn-secondary" on:click=print>{tr(LaterKey::Print)}</button>
                    {(!trashed).then(|| view! {
                        <button class="btn btn-danger-ghost" on:click=delete>
                            <Icon name=IconName::Trash />
                            {tr(LaterKey::Delete)}
                        </button>
                    })}
                </div>
            </header>
            {move || {
                let threshold = budget.with(|b| b.as_ref().map_or(80, |b| b.alert_threshold));
                figures.get().filter(|f| !f.alerts.is_empty()).map(|f| {
                    let body = f
                        .alerts
                        .iter()
                        .map(|a| match a {
                            BudgetAlert::OverBudget => app.t(LaterKey::AlertOverBudgetBody).to_string(),
                            BudgetAlert::OverThreshold => app.tf(LaterKey::AlertOverThresholdBody, &[("threshold", &threshold.to_string())]),
                            BudgetAlert::AheadOfPlan => app.t(LaterKey::AlertAheadOfPlanBody).to_string(),
                        })
                        .collect::<Vec<_>>()
                        .join(" ");
                    view! { <Banner tone=Tone::Warning title=tr(LaterKey::AlertsTitle) body=body /> }
                })
            }}
            <figures::Figures budget figures />
            <lines::LinesTable id budget />
            <charts::Charts budget figures today />
        </article>
    }
}

/// A file name from free text: letters (Vietnamese included) and digits kept,
/// everything else a single dash.
fn file_name(text: &str) -> String {
    let mut name = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    name.trim_end_matches('-').to_string()
}
