//! Every campaign budget across clients: burn, margin and what needs attention.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::budget::BudgetAlert;
use crate::domain::csv::{plain_amount, table_csv};
use crate::domain::decimal::format_basis_points;
use crate::domain::fx::sum_in;
use crate::domain::money::Money;
use crate::domain::search::{fold, Direction};
use crate::domain::{Currency, Id, Lang};
use crate::i18n::{Key, LaterKey, Text};
use crate::route::Route;
use crate::ui::components::budget_alerts::{BudgetAlertBadges, BurnBar};
use crate::ui::components::empty_state::EmptyClientList;
use crate::ui::components::field::{ClientFilterField, SelectField};
use crate::ui::components::list_header::ListHeader;
use crate::ui::components::sort_header::SortHeader;
use crate::ui::export;
use crate::ui::form::client_filter_options;
use crate::ui::state::{tr, use_app};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BudgetSort {
    Campaign,
    Start,
    Planned,
    Actual,
    Burn,
    Margin,
}

#[derive(Clone, PartialEq)]
struct Row {
    id: Id,
    rev: u64,
    client_id: Id,
    client: String,
    campaign: String,
    start: chrono::NaiveDate,
    end: chrono::NaiveDate,
    currency: Currency,
    planned: i64,
    actual: i64,
    burn_bp: Option<i64>,
    margin: i64,
    threshold: u8,
    alerts: Vec<BudgetAlert>,
}

#[component]
pub fn BudgetsPage() -> impl IntoView {
    let app = use_app();
    let client_filter = RwSignal::new(None::<Id>);
    let attention_only = RwSignal::new(None::<bool>);
    let order = RwSignal::new((BudgetSort::Start, Direction::Descending));
    let today = clock::today();

    let all_rows = Memo::new(move |_| {
        app.workspace.with(|ws| {
            ws.live_budgets()
                .map(|b| {
                    let f = b.figures(today);
                    Row {
                        id: b.meta.id,
                        rev: b.meta.rev,
                        client_id: b.client,
                        client: ws
                            .client(b.client)
                            .map(|c| c.name.clone())
                            .unwrap_or_default(),
                        campaign: b.campaign.clone(),
                        start: b.start,
                        end: b.end,
                        currency: b.currency,
                        planned: f.totals.planned,
                        actual: f.totals.actual,
                        burn_bp: f.burn_bp,
                        margin: f.margin,
                        threshold: b.alert_threshold,
                        alerts: f.alerts,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let rows = Memo::new(move |_| {
        let client = client_filter.get();
        let attention = attention_only.get();
        let (sort, direction) = order.get();
        let mut rows: Vec<Row> = all_rows
            .get()
            .into_iter()
            .filter(|r| client.is_none_or(|c| r.client_id == c))
            .filter(|r| attention.is_none_or(|wanted| wanted != r.alerts.is_empty()))
            .collect();
        rows.sort_by(|a, b| {
            let ordering = match sort {
                BudgetSort::Campaign => fold(&a.campaign).cmp(&fold(&b.campaign)),
                BudgetSort::Start => a.start.cmp(&b.start),
                BudgetSort::Planned => a.planned.cmp(&b.planned),
                BudgetSort::Actual => a.actual.cmp(&b.actual),
                BudgetSort::Burn => a.burn_bp.cmp(&b.burn_bp),
                BudgetSort::Margin => a.margin.cmp(&b.margin),
            }
            .then_with(|| fold(&a.campaign).cmp(&fold(&b.campaign)));
            match direction {
                Direction::Ascending => ordering,
                Direction::Descending => ordering.reverse(),
            }
        });
        rows
    });
    // Totals across currencies, converted at the user's rates.
    let totals = Memo::new(move |_| {
        let reporting = app.workspace.with(|ws| ws.settings.reporting_currency);
        app.workspace.with(|ws| {
            let rates = &ws.settings.rates;
            let visible = rows.get();
            let planned = sum_in(
                visible.iter().map(|r| Money::new(r.planned, r.currency)),
                reporting,
                rates,
                today,
            );
            let actual = sum_in(
                visible.iter().map(|r| Money::new(r.actual, r.currency)),
                reporting,
                rates,
                today,
            );
            let margin = sum_in(
                visible.iter().map(|r| Money::new(r.margin, r.currency)),
                reporting,
                rates,
                today,
            );
            (reporting, planned, actual, margin)
        })
    });

    let client_options = Signal::derive(move || {
        all_rows.with(|rows| {
            client_filter_options(app, rows.iter().map(|r| (r.client_id, r.client.clone())))
        })
    });
    let status_options = Signal::derive(move || {
        vec![
            (String::new(), app.t(LaterKey::AnyStatus).to_string()),
            (
                "attention".into(),
                app.t(LaterKey::NeedsAttention).to_string(),
            ),
            ("ok".into(), app.t(Key::OnTrack).to_string()),
        ]
    });
    // The list as it is filtered and sorted, for a spreadsheet.
    let export_csv = move |_| {
        let lang = app.lang.get_untracked();
        let header = [
            Key::Client.text(lang),
            LaterKey::Campaign.text(lang),
            LaterKey::StartDate.text(lang),
            LaterKey::EndDate.text(lang),
            LaterKey::Currency.text(lang),
            LaterKey::Planned.text(lang),
            LaterKey::Actual.text(lang),
            LaterKey::Burn.text(lang),
            LaterKey::Margin.text(lang),
            Key::Status.text(lang),
        ];
        let csv = rows.with_untracked(|rows| {
            table_csv(
                &header,
                rows.iter().map(|r| {
                    let status = if r.alerts.is_empty() {
                        Key::OnTrack.text(lang)
                    } else {
                        LaterKey::NeedsAttention.text(lang)
                    };
                    vec![
                        r.client.clone(),
                        r.campaign.clone(),
                        r.start.to_string(),
                        r.end.to_string(),
                        r.currency.code().to_string(),
                        plain_amount(r.planned, r.currency),
                        plain_amount(r.actual, r.currency),
                        r.burn_bp
                            .map(|bp| format_basis_points(bp, Lang::En))
                            .unwrap_or_default(),
                        plain_amount(r.margin, r.currency),
                        status.to_string(),
                    ]
                }),
            )
        });
        export::download_csv("budgets", &csv);
    };

    view! {
        <div class="page">
            <ListHeader
                title=LaterKey::BudgetsTitle
                has_rows=Signal::derive(move || all_rows.with(|r| !r.is_empty()))
                on_export=Callback::new(export_csv)
                new_label=LaterKey::NewBudget
                new_href=Signal::derive(move || Route::NewBudget(None).href())
            />
            <Show
                when=move || all_rows.with(|r| !r.is_empty())
                fallback=move || {
                    view! {
                        <EmptyClientList title=LaterKey::EmptyBudgetsTitle body=LaterKey::EmptyBudgetsBody needs_client=LaterKey::AddClientFirst new_label=LaterKey::NewBudget new_route=Route::NewBudget(None) />
                    }
                }
            >
                <div class="toolbar">
                    <ClientFilterField options=client_options selected=client_filter />
                    <SelectField
                        label=tr(Key::Status)
                        options=status_options
                        value=Signal::derive(move || match attention_only.get() {
                            None => String::new(),
                            Some(true) => "attention".into(),
                            Some(false) => "ok".into(),
                        })
                        on_change=Callback::new(move |v: String| {
                            attention_only.set(match v.as_str() {
                                "attention" => Some(true),
                                "ok" => Some(false),
                                _ => None,
                            })
                        })
                    />
                    <p class="count" aria-live="polite">
                        {move || app.tf(LaterKey::BudgetCount, &[
                            ("n", &rows.with(Vec::len).to_string()),
                            ("total", &all_rows.with(Vec::len).to_string()),
                        ])}
                    </p>
                </div>
                <Show
                    when=move || rows.with(|r| !r.is_empty())
                    fallback=move || view! { <div class="no-results"><p>{tr(LaterKey::NoBudgetMatches)}</p></div> }
                >
                    <div class="table-wrap">
                        <table class="table">
                            <thead>
                                <tr>
                                    <SortHeader order sort=BudgetSort::Campaign label=LaterKey::Campaign />
                                    <SortHeader order sort=BudgetSort::Start label=LaterKey::Period />
                                    <SortHeader order sort=BudgetSort::Planned label=LaterKey::Planned numeric=true />
                                    <SortHeader order sort=BudgetSort::Actual label=LaterKey::Actual numeric=true />
                                    <SortHeader order sort=BudgetSort::Burn label=LaterKey::Burn />
                                    <SortHeader order sort=BudgetSort::Margin label=LaterKey::Margin numeric=true />
                                    <th scope="col">{tr(Key::Status)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                <For each=move || rows.get() key=|r| (r.id, r.rev) let:row>
                                    {
                                        let money = move |minor: i64| Money::new(minor, row.currency);
                                        view! {
                                            <tr>
                                                <th scope="row">
                                                    <a href=Route::Budget(row.id).href()>{row.campaign.clone()}</a>
                                                    <span class="cell-sub">{row.client.clone()}</span>
                                                </th>
                                                <td class="period">{move || app.lang.get().format_period(row.start, row.end)}</td>
                                                <td class="num">{move || money(row.planned).format(app.lang.get())}</td>
                                                <td class="num">{move || money(row.actual).format(app.lang.get())}</td>
                                                <td><BurnBar burn_bp=row.burn_bp threshold=row.threshold /></td>
                                                <td class="num" class:negative=row.margin < 0>{move || money(row.margin).format(app.lang.get())}</td>
                                                <td class="badges"><BudgetAlertBadges alerts=row.alerts.clone() threshold=row.threshold /></td>
                                            </tr>
                                        }
                                    }
                                </For>
                            </tbody>
                            <tfoot>
                                {move || {
                                    let (reporting, planned, actual, margin) = totals.get();
                                    match (planned, actual, margin) {
                                        (Ok(planned), Ok(actual), Ok(margin)) => view! {
                                            <tr>
                                                <th scope="row" colspan="2">{app.tf(LaterKey::TotalsInReporting, &[("currency", reporting.code())])}</th>
                                                <td class="num">{planned.format(app.lang.get())}</td>
                                                <td class="num">{actual.format(app.lang.get())}</td>
                                                <td></td>
                                                <td class="num">{margin.format(app.lang.get())}</td>
                                                <td></td>
                                            </tr>
                                        }.into_any(),
                                        (Err(missing), _, _) | (_, Err(missing), _) | (_, _, Err(missing)) => view! {
                                            <tr>
                                                <td colspan="7" class="muted">
                                                    {app.tf(LaterKey::MissingRate, &[("currency", missing.code())])}
                                                </td>
                                            </tr>
                                        }.into_any(),
                                    }
                                }}
                            </tfoot>
                        </table>
                    </div>
                </Show>
            </Show>
        </div>
    }
}
