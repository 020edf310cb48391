//! Creating a budget, and editing its details (the lines are edited on the
//! budget page itself).

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::budget::Budget;
use crate::domain::money::Money;
use crate::domain::validation::Problem;
use crate::domain::workspace::WorkspaceError;
use crate::domain::{Currency, FieldError, Id};
use crate::i18n::{Key, LaterKey};
use crate::route::Route;
use crate::ui::components::field::{InputKind, SelectField, TextField};
use crate::ui::components::form_page::FormPage;
use crate::ui::focus::focus_first_invalid;
use crate::ui::form::{client_options, currency_options, error_at, rebased};
use crate::ui::state::{tr, use_app};

use super::not_found::NotFound;

#[component]
pub fn BudgetFormPage(
    /// The budget to edit; `None` for a new one.
    #[prop(optional)]
    id: Option<Id>,
    /// The client a new budget is for, when known.
    #[prop(optional)]
    client: Option<Id>,
) -> impl IntoView {
    let app = use_app();
    match id {
        Some(id) => match app.workspace.with_untracked(|ws| ws.budget(id).cloned()) {
            Some(budget) => view! { <BudgetForm budget is_new=false /> }.into_any(),
            None => view! { <NotFound message=LaterKey::BudgetNotFound /> }.into_any(),
        },
        None => {
            let client = client.or_else(|| {
                app.workspace
                    .with_untracked(|ws| ws.first_client().map(|c| c.meta.id))
            });
            let Some(client) = client else {
                return view! { <NotFound message=LaterKey::AddClientFirst /> }.into_any();
            };
            let currency = app
                .workspace
                .with_untracked(|ws| ws.client(client).map(|c| c.currency))
                .unwrap_or_default();
            let today = clock::today();
            let end = today + chrono::Duration::days(29);
            let budget = Budget::new(client, today, end, currency, clock::now());
            view! { <BudgetForm budget is_new=true /> }.into_any()
        }
    }
}

#[component]
fn BudgetForm(budget: Budget, is_new: bool) -> impl IntoView {
    let app = use_app();
    let id = budget.meta.id;
    let lang = app.lang.get_untracked();
    let fee = RwSignal::new(if budget.fee == 0 && is_new {
        String::new()
    } else {
        Money::new(budget.fee, budget.currency).format_number(lang)
    });
    let threshold = RwSignal::new(budget.alert_threshold.to_string());
    let opened = StoredValue::new(budget.clone());
    let draft = RwSignal::new(budget);
    let errors = RwSignal::new(Vec::<FieldError>::new());

    let client_options = client_options(app);
    let currency_options = currency_options();
    let date_field = move |read: fn(&Budget) -> chrono::NaiveDate,
                           write: fn(&mut Budget, chrono::NaiveDate)| {
        (
            Signal::derive(move || draft.with(|b| read(b).to_string())),
            Callback::new(move |v: String| {
                if let Ok(date) = v.parse() {
                    draft.update(|b| write(b, date));
                }
            }),
        )
    };
    let (start, set_start) = date_field(|b| b.start, |b, d| b.start = d);
    let (end, set_end) = date_field(|b| b.end, |b, d| b.end = d);

    let save = Callback::new(move |_| {
        let mut budget = draft.get_untracked();
        let lang = app.lang.get_untracked();
        let mut found = Vec::new();
        let fee_text = fee.get_untracked();
        match Money::parse(
            if fee_text.trim().is_empty() {
                "0"
            } else {
                &fee_text
            },
            budget.currency,
            lang,
        ) {
            Ok(money) => budget.fee = money.minor,
            Err(_) => found.push(FieldError::new("fee", Problem::NotAnAmount)),
        }
        match threshold.get_untracked().trim().parse::<u8>() {
            Ok(value) => budget.alert_threshold = value,
            Err(_) => found.push(FieldError::new(
                "alert_threshold",
                Problem::OutOfRange(1, 200),
            )),
        }
        if !found.is_empty() {
            errors.set(found);
            focus_first_invalid();
            return;
        }
        let budget = app
            .workspace
            .with_untracked(|ws| opened.with_value(|o| rebased(o, budget, ws.budget(id))));
        let name = budget.campaign.clone();
        match app.apply(|ws| ws.save_budget(budget, clock::now())) {
            Ok(_) => {
                errors.set(Vec::new());
                app.show_toast(app.tf(LaterKey::BudgetSaved, &[("name", &name)]), None);
                app.navigate(Route::Budget(id));
            }
            Err(WorkspaceError::Invalid(found)) => {
                errors.set(found);
                focus_first_invalid();
            }
            Err(other) => leptos::logging::error!("saving a budget failed: {other}"),
        }
    });
    let cancel_href = if is_new {
        Route::Budgets.href()
    } else {
        Route::Budget(id).href()
    };

    view! {
        <FormPage
            title=move || if is_new { app.t(LaterKey::NewBudget) } else { app.t(LaterKey::EditBudget) }
            cancel_href=cancel_href
            has_errors=move || errors.with(|e| !e.is_empty())
            on_save=save
        >
            <section class="card form-section" aria-labelledby="budget-details">
                <h2 id="budget-details">{tr(LaterKey::Details)}</h2>
                <div class="form-grid">
                    <TextField
                        label=tr(LaterKey::Campaign)
                        value=Signal::derive(move || draft.with(|b| b.campaign.clone()))
                        on_input=Callback::new(move |v| draft.update(|b| b.campaign = v))
                        error=error_at(app, errors, || "campaign".into())
                        required=true
                        autofocus=is_new
                    />
                    <SelectField
                        label=tr(Key::Client)
                        options=client_options
                        value=Signal::derive(move || draft.with(|b| b.client.to_string()))
                        on_change=Callback::new(move |v: String| {
                            if let Ok(client) = v.parse() {
                                draft.update(|b| b.client = client);
                            }
                        })
                        error=error_at(app, errors, || "client".into())
                    />
                    <SelectField
                        label=tr(LaterKey::Currency)
                        options=currency_options
                        value=Signal::derive(move || draft.with(|b| b.currency.code().to_string()))
                        on_change=Callback::new(move |v: String| {
                            if let Some(currency) = Currency::from_code(&v) {
                                draft.update(|b| b.currency = currency);
                            }
                        })
                    />
                    <TextField label=tr(LaterKey::StartDate) kind=InputKind::Date value=start on_input=set_start />
                    <TextField
                        label=tr(LaterKey::EndDate)
                        kind=InputKind::Date
                        value=end
                        on_input=set_end
                        error=error_at(app, errors, || "end".into())
                    />
                    <TextField
                        label=tr(LaterKey::ClientFee)
                        value=fee
                        on_input=Callback::new(move |v| fee.set(v))
                        hint=Signal::derive(move || Some(app.t(LaterKey::ClientFeeHint).to_string()))
                        error=error_at(app, errors, || "fee".into())
                    />
                    <TextField
                        label=tr(LaterKey::AlertThreshold)
                        value=threshold
                        on_input=Callback::new(move |v| threshold.set(v))
                        hint=Signal::derive(move || Some(app.t(LaterKey::AlertThresholdHint).to_string()))
                        error=error_at(app, errors, || "alert_threshold".into())
                    />
                </div>
                <TextField
                    label=tr(LaterKey::Notes)
                    kind=InputKind::Multiline
                    value=Signal::derive(move || draft.with(|b| b.notes.clone()))
                    on_input=Callback::new(move |v| draft.update(|b| b.notes = v))
                />
            </section>
        </FormPage>
    }
}
