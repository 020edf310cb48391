use leptos::prelude::*;

use crate::domain::money::Money;
use crate::domain::validation::Problem;
use crate::domain::Currency;
use crate::i18n::{problem_text, Key};
use crate::ui::state::use_app;

/// An amount typed as people write it ("1.500.000", "$1,500.50"), committed
/// when the field is left or Enter is pressed. What does not parse stays in
/// the field, marked, and is not saved.
#[component]
pub fn MoneyInput(
    #[prop(into)] value: Signal<i64>,
    #[prop(into)] currency: Signal<Currency>,
    on_commit: Callback<i64>,
    /// The accessible name (table cells have no visible label of their own).
    #[prop(into)]
    label: Signal<String>,
    /// Runs after Enter commits the amount.
    #[prop(optional)]
    on_enter: Option<Callback<()>>,
    #[prop(optional)] allow_negative: bool,
    #[prop(into, optional)] id: Option<String>,
) -> impl IntoView {
    let app = use_app();
    // The text while it differs from the stored amount (being typed, or invalid).
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let shown = move || {
        draft.get().unwrap_or_else(|| {
            Money::new(value.get(), currency.get()).format_number(app.lang.get())
        })
    };
    let commit = move || {
        let Some(text) = draft.get_untracked() else {
            return true;
        };
        let lang = app.lang.get_untracked();
        let parsed = if text.trim().is_empty() {
            Ok(Money::new(0, currency.get_untracked()))
        } else {
            Money::parse(&text, currency.get_untracked(), lang)
        };
        match parsed {
            Ok(money) if money.minor < 0 && !allow_negative => {
                error.set(Some(problem_text(&Problem::Negative, lang)));
                false
            }
            Ok(money) => {
                draft.set(None);
                error.set(None);
                on_commit.run(money.minor);
                true
            }
            Err(_) => {
                error.set(Some(app.t(Key::ProblemNotAnAmount).to_string()));
                false
            }
        }
    };
    view! {
        <input
            type="text"
            inputmode="decimal"
            class="money-input"
            id=id
            aria-label=label
            aria-invalid=move || error.with(Option::is_some).to_string()
            title=move || error.get().unwrap_or_default()
            prop:value=shown
            on:input:target=move |ev| draft.set(Some(ev.target().value()))
            on:change=move |_| {
                commit();
            }
            on:keydown=move |ev| {
                if ev.key() == "Enter" {
                    ev.prevent_default();
                    if commit() {
                        if let Some(on_enter) = on_enter {
                            on_enter.run(());
                        }
                    }
                }
            }
        />
    }
}
