//! The cost log of one line: each invoice or payment, dated.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::budget::{BudgetLine, CostEntry};
use crate::domain::money::Money;
use crate::domain::{Currency, Id};
use crate::i18n::{Key, LaterKey};
use crate::ui::components::field::{InputKind, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::icon_button::IconButton;
use crate::ui::form::typed_date;

use crate::ui::state::{tr, use_app};

use super::edit_line;

#[component]
pub fn CostLog(
    budget_id: Id,
    line_id: Id,
    line: Memo<Option<BudgetLine>>,
    currency: Memo<Currency>,
    number: Memo<usize>,
) -> impl IntoView {
    let app = use_app();
    let entries = Memo::new(move |_| {
        let mut entries = line.with(|l| l.as_ref().map(|l| l.entries.clone()).unwrap_or_default());
        entries.sort_by_key(|e| e.date);
        entries
    });
    let date = RwSignal::new(clock::today().to_string());
    let amount = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let reference = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Key>);
    let date_error = RwSignal::new(None::<Key>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let day = match typed_date(&date.get_untracked()) {
            Ok(day) => day,
            Err(problem) => {
                date_error.set(Some(problem));
                return;
            }
        };
        date_error.set(None);
        let Ok(money) = Money::parse(
            &amount.get_untracked(),
            currency.get_untracked(),
            app.lang.get_untracked(),
        ) else {
            error.set(Some(Key::ProblemNotAnAmount));
            return;
        };
        let entry = CostEntry {
            id: Id::new_v4(),
            date: day,
            amount: money.minor,
            note: note.get_untracked().trim().to_string(),
            reference: reference.get_untracked().trim().to_string(),
        };
        if edit_line(app, budget_id, line_id, move |l| l.entries.push(entry)) {
            error.set(None);
            amount.set(String::new());
            note.set(String::new());
            reference.set(String::new());
        }
    };
    let prefix = format!("costs-{line_id}");
    let field_id = move |name: &str| format!("{prefix}-{name}");

    view! {
        <div class="cost-log" role="group" aria-label=move || app.tf(LaterKey::CostEntriesOf, &[("n", &number.get().to_string())])>
            <Show
                when=move || entries.with(|e| !e.is_empty())
                fallback=move || view! { <p class="muted">{tr(LaterKey::NoCosts)}</p> }
            >
                <table class="table cost-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(LaterKey::Date)}</th>
                            <th scope="col" class="num">{tr(LaterKey::Amount)}</th>
                            <th scope="col">{tr(LaterKey::Note)}</th>
                            <th scope="col">{tr(LaterKey::Reference)}</th>
                            <th scope="col"><span class="visually-hidden">{tr(LaterKey::Delete)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || entries.get() key=|e| e.id let:entry>
                            {
                                let entry_id = entry.id;
                                view! {
                                    <tr>
                                        <td class="nowrap">{move || app.date(entry.date)}</td>
                                        <td class="num">{move || Money::new(entry.amount, currency.get()).format(app.lang.get())}</td>
                                        <td>{entry.note.clone()}</td>
                                        <td>{entry.reference.clone()}</td>
                                        <td class="row-actions">
                                            <IconButton icon=IconName::Trash label=move || app.tf(LaterKey::DeleteCost, &[("date", &app.date(entry.date))]) on_click=Callback::new(move |_| {
                                                    edit_line(app, budget_id, line_id, |l| l.entries.retain(|e| e.id != entry_id));
                                                }) />
                                        </td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </Show>
            <form class="cost-form" on:submit=add novalidate>
                <TextField
                    label=tr(LaterKey::Date)
                    kind=InputKind::Date
                    id=field_id("date")
                    value=date
                    on_input=Callback::new(move |v| date.set(v))
                    error=Signal::derive(move || date_error.get().map(|key| app.t(key).to_string()))
                />
                <div class="field" class:field-invalid=move || error.get().is_some()>
                    <label for=field_id("amount")>{tr(LaterKey::Amount)}</label>
                    <input
                        id=field_id("amount")
                        type="text"
                        inputmode="decimal"
                        aria-invalid=move || error.get().is_some().to_string()
                        prop:value=amount
                        on:input:target=move |ev| amount.set(ev.target().value())
                    />
                    {move || error.get().map(|key| view! { <p class="field-error">{move || app.t(key)}</p> })}
                </div>
                <div class="field">
                    <label for=field_id("note")>{tr(LaterKey::Note)}</label>
                    <input id=field_id("note") type="text" prop:value=note on:input:target=move |ev| note.set(ev.target().value()) />
                </div>
                <div class="field">
                    <label for=field_id("reference")>{tr(LaterKey::Reference)}</label>
                    <input id=field_id("reference") type="text" prop:value=reference on:input:target=move |ev| reference.set(ev.target().value()) />
                </div>
                <button type="submit" class="btn btn-secondary">
                    <Icon name=IconName::Plus />
                    {tr(LaterKey::AddCost)}
                </button>
            </form>
        </div>
    }
}
