//! The reporting currency and the exchange rates used to add up budgets in
//! different currencies.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::decimal::{format_scaled, parse_scaled};
use crate::domain::fx::{ExchangeRate, RATE_DECIMALS};
use crate::domain::{Currency, Id};
use crate::i18n::{AnyKey, Key, LaterKey};
use crate::ui::components::field::{InputKind, SelectField, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::icon_button::IconButton;
use crate::ui::form::currency_options;
use crate::ui::form::typed_date;
use crate::ui::state::{tr, use_app};

#[component]
pub fn CurrenciesSection() -> impl IntoView {
    let app = use_app();
    let rates = Memo::new(move |_| {
        let mut rates = app.workspace.with(|ws| ws.settings.rates.clone());
        rates.sort_by(|a, b| {
            (a.from, a.to, std::cmp::Reverse(a.date)).cmp(&(
                b.from,
                b.to,
                std::cmp::Reverse(b.date),
            ))
        });
        rates
    });
    let from = RwSignal::new(Currency::USD);
    let to = RwSignal::new(Currency::VND);
    let rate_text = RwSignal::new(String::new());
    let date = RwSignal::new(clock::today().to_string());
    let error = RwSignal::new(None::<AnyKey>);

    let date_error = RwSignal::new(None::<Key>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (from, to) = (from.get_untracked(), to.get_untracked());
        if from == to {
            error.set(Some(LaterKey::SameCurrency.into()));
            return;
        }
        let rate = match parse_scaled(
            &rate_text.get_untracked(),
            app.lang.get_untracked(),
            RATE_DECIMALS,
            "",
        ) {
            Ok(rate) if rate > 0 => rate,
            _ => {
                error.set(Some(Key::ProblemNotAnAmount.into()));
                return;
            }
        };
        error.set(None);
        // A rate outside the range every date keeps to would make the next
        // start refuse the settings: refused here, beside the date.
        let date = match typed_date(&date.get_untracked()) {
            Ok(date) => date,
            Err(problem) => {
                date_error.set(Some(problem));
                return;
            }
        };
        date_error.set(None);
        rate_text.set(String::new());
        app.edit(|ws| {
            ws.settings.rates.push(ExchangeRate {
                id: Id::new_v4(),
                from,
                to,
                rate,
                date,
            })
        });
    };
    let remove = move |id: Id| app.edit(|ws| ws.settings.rates.retain(|r| r.id != id));

    view! {
        <section class="card" aria-labelledby="currencies-heading">
            <h2 id="currencies-heading">{tr(LaterKey::CurrenciesTitle)}</h2>
            <p class="muted">{tr(LaterKey::CurrenciesBody)}</p>
            <div class="form-grid">
                <SelectField
                    label=tr(LaterKey::ReportingCurrency)
                    options=currency_options()
                    value=Signal::derive(move || app.workspace.with(|ws| ws.settings.reporting_currency.code().to_string()))
                    on_change=Callback::new(move |code: String| {
                        if let Some(currency) = Currency::from_code(&code) {
                            app.edit(|ws| ws.settings.reporting_currency = currency);
                        }
                    })
                />
            </div>
            <h3>{tr(LaterKey::ExchangeRates)}</h3>
            <Show
                when=move || rates.with(|r| !r.is_empty())
                fallback=move || view! { <p class="muted">{tr(LaterKey::NoRates)}</p> }
            >
                // On a phone the table scrolls inside the card, not the page.
                <div class="rates-scroll">
                <table class="table rates-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(LaterKey::FromCurrency)}</th>
                            <th scope="col">{tr(LaterKey::ToCurrency)}</th>
                            <th scope="col" class="num">{tr(LaterKey::Rate)}</th>
                            <th scope="col">{tr(LaterKey::Date)}</th>
                            <th scope="col"><span class="visually-hidden">{tr(LaterKey::Delete)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rates.get() key=|r| r.id let:rate>
                            {
                                let id = rate.id;
                                view! {
                                    <tr>
                                        <td>{rate.from.code()}</td>
                                        <td>{rate.to.code()}</td>
                                        <td class="num">{move || format_scaled(rate.rate, RATE_DECIMALS, app.lang.get(), true)}</td>
                                        <td>{move || app.date(rate.date)}</td>
                                        <td class="row-actions">
                                            <IconButton icon=IconName::Trash label=move || app.tf(LaterKey::DeleteRate, &[
                                                    ("from", rate.from.code()),
                                                    ("to", rate.to.code()),
                                                    ("date", &app.date(rate.date)),
                                                ]) on_click=Callback::new(move |_| remove(id)) />
                                        </td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
                </div>
            </Show>
            <form class="rate-form" on:submit=add novalidate>
                <SelectField
                    label=tr(LaterKey::FromCurrency)
                    options=currency_options()
                    value=Signal::derive(move || from.get().code().to_string())
                    on_change=Callback::new(move |c: String| if let Some(c) = Currency::from_code(&c) { from.set(c) })
                />
                <SelectField
                    label=tr(LaterKey::ToCurrency)
                    options=currency_options()
                    value=Signal::derive(move || to.get().code().to_string())
                    on_change=Callback::new(move |c: String| if let Some(c) = Currency::from_code(&c) { to.set(c) })
                />
                <div class="field" class:field-invalid=move || error.get().is_some()>
                    <label for="rate-value">{tr(LaterKey::Rate)}</label>
                    <input
                        id="rate-value"
                        type="text"
                        inputmode="decimal"
                        aria-describedby="rate-hint"
                        aria-invalid=move || error.get().is_some().to_string()
                        prop:value=rate_text
                        on:input:target=move |ev| rate_text.set(ev.target().value())
                    />
                    <p class="field-hint" id="rate-hint">{tr(LaterKey::RateHint)}</p>
                    {move || error.get().map(|key| view! { <p class="field-error" role="alert">{move || app.t(key)}</p> })}
                </div>
                <TextField
                    label=tr(LaterKey::Date)
                    kind=InputKind::Date
                    id="rate-date"
                    value=date
                    on_input=Callback::new(move |v| date.set(v))
                    error=Signal::derive(move || date_error.get().map(|key| app.t(key).to_string()))
                />
                <button type="submit" class="btn btn-secondary">
                    <Icon name=IconName::Plus />
                    {tr(LaterKey::AddRate)}
                </button>
            </form>
        </section>
    }
}
