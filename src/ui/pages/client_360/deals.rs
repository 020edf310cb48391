//! The client's deals: new business, renewals, upsells and cross-sells,
//! from brief to won or lost.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::deal::{Deal, DealKind, DealStage};
use crate::domain::{Currency, FieldError, Id};
use crate::i18n::{Key, Label, LaterKey};
use crate::ui::components::field::{dom_id, InputKind, SelectField, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::icon_button::IconButton;
use crate::ui::components::money_input::MoneyInput;
use crate::ui::form::{choice_code, choice_options, currency_options, error_at, parse_choice};
use crate::ui::state::{tr, use_app};

use super::{save, trash_with_undo};

#[component]
pub fn Deals(client: Id) -> impl IntoView {
    let app = use_app();
    let editing = RwSignal::new(None::<Deal>);
    let deals = Memo::new(move |_| {
        app.workspace.with(|ws| {
            let mut list: Vec<Deal> = ws
                .deals
                .iter()
                .filter(|d| d.client == client && !d.meta.is_trashed())
                .cloned()
                .collect();
            // Open deals first, soonest expected close first; then the
            // closed ones, most recent first.
            list.sort_by_key(|d| {
                let open = !d.stage.is_closed();
                (
                    !open,
                    open.then_some(d.expected_close.is_none()),
                    open.then_some(d.expected_close).flatten(),
                    std::cmp::Reverse(d.closed_on.filter(|_| !open)),
                    std::cmp::Reverse(d.meta.created_at),
                )
            });
            list
        })
    });
    let start_new = move |_| {
        let currency = app
            .workspace
            .with_untracked(|ws| ws.client(client).map(|c| c.currency).unwrap_or_default());
        editing.set(Some(Deal::new(client, currency, clock::now())));
    };
    view! {
        <section class="card c360-card" aria-labelledby="deals-heading">
            <header class="card-header c360-header">
                <h2 id="deals-heading">{tr(LaterKey::DealsTitle)}</h2>
                <button type="button" class="btn btn-ghost" on:click=start_new>
                    <Icon name=IconName::Plus />
                    {tr(LaterKey::NewDeal)}
                </button>
            </header>
            {move || editing.get().map(|deal| view! { <DealForm deal editing /> })}
            <Show
                when=move || deals.with(|d| !d.is_empty())
                fallback=move || view! { <p class="muted">{tr(LaterKey::DealsEmpty)}</p> }
            >
                <ul class="c360-list">
                    <For each=move || deals.get() key=|d| (d.meta.id, d.meta.rev) let:deal>
                        <DealRow deal editing />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

fn stage_class(stage: DealStage) -> &'static str {
    match stage {
        DealStage::Won => "badge badge-success",
        DealStage::Lost => "badge badge-danger",
        DealStage::Negotiation => "badge badge-info",
        DealStage::Brief | DealStage::Proposal => "badge badge-neutral",
    }
}

#[component]
fn DealRow(deal: Deal, editing: RwSignal<Option<Deal>>) -> impl IntoView {
    let app = use_app();
    let id = deal.meta.id;
    let title = deal.title.clone();
    let (kind, stage, money) = (deal.kind, deal.stage, deal.money());
    let when = match (deal.stage.is_closed(), deal.closed_on, deal.expected_close) {
        (true, Some(d), _) => Some((LaterKey::DealClosedOnDate, d)),
        (false, _, Some(d)) => Some((LaterKey::DealExpectedOn, d)),
        _ => None,
    };
    let edit_deal = deal.clone();
    let (edit_title, trash_title) = (title.clone(), title.clone());
    view! {
        <li class="c360-row c360-deal-row">
            <span class="c360-row-icon" aria-hidden="true">
                <Icon name=IconName::Receipt />
            </span>
            <div class="c360-row-main">
                <span class="c360-row-title">{title.clone()}</span>
                <span class="c360-row-meta">
                    {move || app.t(kind.label())}
                    {move || when.map(|(key, d)| format!(" · {}", app.tf(key, &[("date", &app.date(d))])))}
                </span>
            </div>
            <span class="c360-amount num">{move || money.format(app.lang.get())}</span>
            <span class=stage_class(stage)>{move || app.t(stage.label())}</span>
            <div class="row-actions c360-row-actions">
                <IconButton
                    icon=IconName::Edit
                    label=move || format!("{} {}", app.t(LaterKey::Edit), edit_title)
                    on_click=Callback::new(move |_| editing.set(Some(edit_deal.clone())))
                />
                <IconButton
                    icon=IconName::Trash
                    label=move || format!("{} {}", app.t(LaterKey::Delete), trash_title)
                    on_click=Callback::new(move |_| {
                        let message = app.tf(LaterKey::DealTrashed, &[("name", &title)]);
                        trash_with_undo::<Deal>(app, id, message);
                    })
                />
            </div>
        </li>
    }
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// Adds or edits a deal. Moving it to Won or Lost fills the close date with
/// today when it is empty; moving it back to an open stage clears it.
#[component]
fn DealForm(deal: Deal, editing: RwSignal<Option<Deal>>) -> impl IntoView {
    let app = use_app();
    let is_new = app
        .workspace
        .with_untracked(|ws| ws.record::<Deal>(deal.meta.id).is_none());
    let draft = RwSignal::new(deal);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let error = move |path: &'static str| error_at(app, errors, move || path.into());
    let value_id = dom_id("deal-value");
    let value_error = error("value");
    let save_form = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut deal = draft.get_untracked();
        deal.title = deal.title.trim().to_string();
        if save(app, deal, errors) {
            editing.set(None);
        }
    };
    view! {
        <form class="c360-form inline-form" on:submit=save_form novalidate>
            <h3>{move || if is_new { app.t(LaterKey::NewDeal) } else { app.t(LaterKey::EditDeal) }}</h3>
            <div class="form-grid">
                <TextField
                    label=tr(LaterKey::DealTitle)
                    value=Signal::derive(move || draft.with(|d| d.title.clone()))
                    on_input=Callback::new(move |v| draft.update(|d| d.title = v))
                    error=error("title")
                    required=true
                    autofocus=true
                />
                <SelectField
                    label=tr(LaterKey::DealKindField)
                    options=choice_options(app, &DealKind::ALL)
                    value=Signal::derive(move || choice_code(draft.with(|d| d.kind)))
                    on_change=Callback::new(move |v: String| {
                        if let Some(k) = parse_choice(&DealKind::ALL, &v) {
                            draft.update(|d| d.kind = k);
                        }
                    })
                />
                <div class="field" class:field-invalid=move || value_error.get().is_some()>
                    <label for=value_id.clone()>{tr(LaterKey::DealValue)}</label>
                    <MoneyInput
                        id=value_id.clone()
                        value=Signal::derive(move || draft.with(|d| d.value))
                        currency=Signal::derive(move || draft.with(|d| d.currency))
                        label=tr(LaterKey::DealValue)
                        on_commit=Callback::new(move |minor: i64| draft.update(|d| d.value = minor))
                    />
                    {move || value_error.get().map(|e| view! { <p class="field-error">{e}</p> })}
                </div>
                <SelectField
                    label=tr(LaterKey::Currency)
                    options=currency_options()
                    value=Signal::derive(move || draft.with(|d| d.currency.code().to_string()))
                    on_change=Callback::new(move |v: String| {
                        if let Some(c) = Currency::from_code(&v) {
                            draft.update(|d| d.currency = c);
                        }
                    })
                />
                <SelectField
                    label=tr(LaterKey::DealStageField)
                    options=choice_options(app, &DealStage::ALL)
                    value=Signal::derive(move || choice_code(draft.with(|d| d.stage)))
                    on_change=Callback::new(move |v: String| {
                        if let Some(s) = parse_choice(&DealStage::ALL, &v) {
                            draft.update(|d| d.set_stage(s, clock::today()));
                        }
                    })
                />
                <TextField
                    label=tr(LaterKey::DealExpectedClose)
                    kind=InputKind::Date
                    value=Signal::derive(move || draft.with(|d| date_text(d.expected_close)))
                    on_input=Callback::new(move |v: String| draft.update(|d| d.expected_close = v.parse().ok()))
                    error=error("expected_close")
                />
                <TextField
                    label=tr(LaterKey::DealClosedOn)
                    kind=InputKind::Date
                    value=Signal::derive(move || draft.with(|d| date_text(d.closed_on)))
                    on_input=Callback::new(move |v: String| draft.update(|d| d.closed_on = v.parse().ok()))
                    hint=Signal::derive(move || Some(app.t(LaterKey::DealClosedOnHint).to_string()))
                    error=error("closed_on")
                />
            </div>
            <div class="form-footer">
                <button type="button" class="btn btn-secondary" on:click=move |_| editing.set(None)>
                    {tr(Key::Cancel)}
                </button>
                <button type="submit" class="btn btn-primary">{tr(Key::Save)}</button>
            </div>
        </form>
    }
}
