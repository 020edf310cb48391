//! The editable table of budget lines: Tab moves between cells, Enter in a
//! cell adds a line below, each line opens its cost log.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::budget::{Budget, BudgetLine, CostCategory};
use crate::domain::money::Money;
use crate::domain::{Currency, Id};
use crate::i18n::{Label, LaterKey};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::icon_button::IconButton;
use crate::ui::components::money_input::MoneyInput;
use crate::ui::components::text_cell::TextCell;
use crate::ui::focus::focus_id_later;
use crate::ui::form::{choice_code, parse_choice};
use crate::ui::state::{tr, use_app, UndoAction};

use super::costs::CostLog;
use super::{edit_budget, edit_line};

fn description_id(line: Id) -> String {
    format!("line-{line}-description")
}

#[component]
pub fn LinesTable(id: Id, budget: Memo<Option<Budget>>) -> impl IntoView {
    let app = use_app();
    let line_ids = Memo::new(move |_| {
        budget.with(|b| {
            b.as_ref()
                .map(|b| b.lines.iter().map(|l| l.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let currency =
        Memo::new(move |_| budget.with(|b| b.as_ref().map(|b| b.currency).unwrap_or_default()));
    let totals =
        Memo::new(move |_| budget.with(|b| b.as_ref().map(Budget::totals).unwrap_or_default()));
    let expanded = RwSignal::new(HashSet::<Id>::new());

    // Adds a line after `after` (or at the end), of the same category, and
    // puts the cursor in its description.
    let add_line = Callback::new(move |after: Option<Id>| {
        let mut new_id = None;
        edit_budget(app, id, |b| {
            let position = after.and_then(|a| b.lines.iter().position(|l| l.id == a));
            let category = position.map_or(CostCategory::Media, |i| b.lines[i].category);
            let line = BudgetLine::new(category);
            new_id = Some(line.id);
            match position {
                Some(i) => b.lines.insert(i + 1, line),
                None => b.lines.push(line),
            }
        });
        if let Some(line) = new_id {
            focus_id_later(&description_id(line));
        }
    });
    // Without the symbol: the currency is in the header, and the columns stay narrow.
    let money = move |minor: i64| Money::new(minor, currency.get()).format_number(app.lang.get());

    view! {
        <section class="card lines-card" aria-labelledby="lines-heading">
            <header class="card-header">
                <div>
                    <h2 id="lines-heading">{tr(LaterKey::BudgetLines)}</h2>
                    <p class="muted no-print">{tr(LaterKey::BudgetLinesHint)}</p>
                </div>
                <button class="btn btn-secondary no-print" on:click=move |_| add_line.run(None)>
                    <Icon name=IconName::Plus />
                    {tr(LaterKey::AddLine)}
                </button>
            </header>
            <div class="table-wrap lines-wrap">
                <table class="table lines-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(LaterKey::CategoryColumn)}</th>
                            <th scope="col">{tr(LaterKey::Description)}</th>
                            <th scope="col">
                                // Let "Vendor/channel" break after the slash in a narrow column.
                                {move || app.t(LaterKey::Vendor).replace('/', "/\u{200b}")}
                            </th>
                            <th scope="col" class="num">{move || format!("{} ({})", app.t(LaterKey::Planned), currency.get().code())}</th>
                            <th scope="col" class="num">{tr(LaterKey::Committed)}</th>
                            <th scope="col" class="num">{tr(LaterKey::Actual)}</th>
                            <th scope="col" class="num">{tr(LaterKey::Remaining)}</th>
                            <th scope="col" class="no-print"><span class="visually-hidden">{tr(LaterKey::CostsColumn)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <Show when=move || line_ids.with(Vec::is_empty)>
                            <tr>
                                <td colspan="8" class="muted">{tr(LaterKey::NoLines)}</td>
                            </tr>
                        </Show>
                        <For each=move || line_ids.get() key=|line| *line let:line_id>
                            <LineRows budget_id=id line_id budget currency expanded add_line />
                        </For>
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="3">{tr(LaterKey::Total)}</th>
                            <td class="num">{move || money(totals.get().planned)}</td>
                            <td class="num">{move || money(totals.get().committed)}</td>
                            <td class="num">{move || money(totals.get().actual)}</td>
                            <td class="num" class:negative=move || totals.get().remaining() < 0>
                                {move || money(totals.get().remaining())}
                            </td>
                            <td class="no-print"></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}

#[component]
fn LineRows(
    budget_id: Id,
    line_id: Id,
    budget: Memo<Option<Budget>>,
    currency: Memo<Currency>,
    expanded: RwSignal<HashSet<Id>>,
    add_line: Callback<Option<Id>>,
) -> impl IntoView {
    let app = use_app();
    let line = Memo::new(move |_| {
        budget.with(|b| {
            b.as_ref()
                .and_then(|b| b.lines.iter().find(|l| l.id == line_id).cloned())
        })
    });
    let number = Memo::new(move |_| {
        budget.with(|b| {
            b.as_ref()
                .and_then(|b| b.lines.iter().position(|l| l.id == line_id))
                .map_or(0, |i| i + 1)
        })
    });
    let cell_label = move |column: LaterKey| {
        Signal::derive(move || {
            app.tf(
                LaterKey::LineCell,
                &[("column", app.t(column)), ("n", &number.get().to_string())],
            )
        })
    };
    let edit = move |change: fn(&mut BudgetLine, String), value: String| {
        edit_line(app, budget_id, line_id, |l| change(l, value));
    };
    let read = move |f: fn(&BudgetLine) -> String| {
        move || line.with(|l| l.as_ref().map(f).unwrap_or_default())
    };
    let amount = move |f: fn(&BudgetLine) -> i64| {
        Signal::derive(move || line.with(|l| l.as_ref().map_or(0, f)))
    };
    let money = move |minor: i64| Money::new(minor, currency.get()).format_number(app.lang.get());
    let on_enter = Callback::new(move |_| add_line.run(Some(line_id)));
    let is_open = move || expanded.with(|e| e.contains(&line_id));
    let entry_count = move || line.with(|l| l.as_ref().map_or(0, |l| l.entries.len()));
    let delete = move |_| {
        let mut removed = None;
        edit_budget(app, budget_id, |b| {
            if let Some(i) = b.lines.iter().position(|l| l.id == line_id) {
                removed = Some((i, b.lines.remove(i)));
            }
        });
        if let Some((index, removed)) = removed {
            let undo: UndoAction = Arc::new(move || {
                let removed = removed.clone();
                edit_budget(app, budget_id, move |b| {
                    if b.lines.iter().all(|l| l.id != removed.id) {
                        b.lines.insert(index.min(b.lines.len()), removed);
                    }
                });
            });
            app.show_toast(
                app.tf(LaterKey::DeleteLine, &[("n", &(index + 1).to_string())]),
                Some(undo),
            );
        }
    };

    view! {
        <tr class="line-row">
            <td>
                <select
                    aria-label=cell_label(LaterKey::CategoryColumn)
                    prop:value=move || line.with(|l| l.as_ref().map(|l| choice_code(l.category)).unwrap_or_default())
                    on:change:target=move |ev| {
                        if let Some(category) = parse_choice(&CostCategory::ALL, &ev.target().value()) {
                            edit_line(app, budget_id, line_id, |l| l.category = category);
                        }
                    }
                >
                    {CostCategory::ALL
                        .into_iter()
                        .map(|c| {
                            let selected = line.with_untracked(|l| l.as_ref().is_some_and(|l| l.category == c));
                            view! { <option value=choice_code(c) selected=selected>{move || app.t(c.label())}</option> }
                        })
                        .collect_view()}
                </select>
            </td>
            <td>
                <TextCell
                    id=description_id(line_id)
                    label=cell_label(LaterKey::Description)
                    value=Signal::derive(read(|l| l.description.clone()))
                    on_commit=Callback::new(move |value| edit(|l, v| l.description = v, value))
                    on_enter=on_enter
                />
            </td>
            <td>
                <TextCell
                    label=cell_label(LaterKey::Vendor)
                    value=Signal::derive(read(|l| l.vendor.clone()))
                    on_commit=Callback::new(move |value| edit(|l, v| l.vendor = v, value))
                    on_enter=on_enter
                />
            </td>
            <td class="num">
                <MoneyInput
                    value=amount(|l| l.planned)
                    currency=currency
                    label=cell_label(LaterKey::Planned)
                    on_commit=Callback::new(move |minor| { edit_line(app, budget_id, line_id, |l| l.planned = minor); })
                    on_enter=on_enter
                />
            </td>
            <td class="num">
                <MoneyInput
                    value=amount(|l| l.committed)
                    currency=currency
                    label=cell_label(LaterKey::Committed)
                    on_commit=Callback::new(move |minor| { edit_line(app, budget_id, line_id, |l| l.committed = minor); })
                    on_enter=on_enter
                />
            </td>
            <td class="num">{move || money(line.with(|l| l.as_ref().map_or(0, BudgetLine::actual)))}</td>
            <td class="num" class:negative=move || line.with(|l| l.as_ref().is_some_and(|l| l.planned < l.actual()))>
                {move || money(line.with(|l| l.as_ref().map_or(0, |l| l.planned - l.actual())))}
            </td>
            <td class="row-actions no-print">
                <button
                    class="btn btn-ghost btn-small costs-toggle"
                    aria-expanded=move || is_open().to_string()
                    aria-label=move || app.tf(LaterKey::CostEntries, &[("n", &entry_count().to_string())])
                    title=move || app.tf(LaterKey::CostEntries, &[("n", &entry_count().to_string())])
                    on:click=move |_| expanded.update(|e| if !e.remove(&line_id) { e.insert(line_id); })
                >
                    <Icon name=IconName::Receipt />
                    {entry_count}
                </button>
                <IconButton icon=IconName::Trash label=move || app.tf(LaterKey::DeleteLine, &[("n", &number.get().to_string())]) on_click=Callback::new(delete) />
            </td>
        </tr>
        <Show when=is_open>
            <tr class="costs-row no-print">
                <td colspan="8">
                    <CostLog budget_id line_id line currency number />
                </td>
            </tr>
        </Show>
    }
}
