//! Creating and editing a client with its contacts.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::client::split_list;
use crate::domain::workspace::WorkspaceError;
use crate::domain::{Client, ClientStatus, Contact, Currency, DecisionRole, FieldError, Id, Tier};
use crate::i18n::{Key, LaterKey};
use crate::route::Route;
use crate::ui::components::field::{InputKind, SelectField, TextField};
use crate::ui::components::form_page::FormPage;
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::focus::{focus_first_invalid, focus_id_later};
use crate::ui::form::{
    choice_code, choice_options, currency_options, error_at, parse_choice, rebased,
};
use crate::ui::state::{tr, use_app};

use super::not_found::NotFound;

/// A contact for the form: the first one of a client becomes its primary.
fn blank_contact(client: &Client) -> Contact {
    Contact {
        primary: client.contacts.is_empty(),
        ..Contact::new()
    }
}

/// Puts the cursor in a contact's name field once it is on the page.
fn focus_contact_name(contact: Id) {
    focus_id_later(&format!("contact-{contact}-name"));
}

/// `add_contact` opens the form with a new, empty contact to fill in.
#[component]
pub fn ClientFormPage(id: Option<Id>, #[prop(optional)] add_contact: bool) -> impl IntoView {
    let app = use_app();
    let existing = id.map(|id| app.workspace.with_untracked(|ws| ws.client(id).cloned()));
    match existing {
        Some(None) => view! { <NotFound message=LaterKey::ClientNotFound /> }.into_any(),
        Some(Some(mut client)) => {
            if add_contact {
                let contact = blank_contact(&client);
                focus_contact_name(contact.id);
                client.contacts.push(contact);
            }
            view! { <ClientForm client is_new=false /> }.into_any()
        }
        None => view! { <ClientForm client=Client::new(clock::now()) is_new=true /> }.into_any(),
    }
}

fn parse_date(text: &str) -> Option<chrono::NaiveDate> {
    text.parse().ok()
}

#[component]
fn ClientForm(client: Client, is_new: bool) -> impl IntoView {
    let app = use_app();
    let id = client.meta.id;
    let brands = RwSignal::new(client.brands.join(", "));
    let tags = RwSignal::new(client.tags.join(", "));
    let opened = StoredValue::new(client.clone());
    let draft = RwSignal::new(client);
    let errors = RwSignal::new(Vec::<FieldError>::new());

    // Reads and writes of one field of the draft, for the field components.
    macro_rules! text_field {
        ($field:ident) => {
            (
                Signal::derive(move || draft.with(|c| c.$field.clone())),
                Callback::new(move |v: String| draft.update(|c| c.$field = v)),
            )
        };
    }
    let (name, set_name) = text_field!(name);
    let (industry, set_industry) = text_field!(industry);
    let (website, set_website) = text_field!(website);
    let (notes, set_notes) = text_field!(notes);

    let cancel_href = if is_new {
        Route::Clients.href()
    } else {
        Route::Client(id).href()
    };

    let save = Callback::new(move |_| {
        let mut client = draft.get_untracked();
        client.brands = split_list(&brands.get_untracked());
        client.tags = split_list(&tags.get_untracked());
        if client.status != ClientStatus::Churned {
            client.churned_on = None;
        }
        let client = app
            .workspace
            .with_untracked(|ws| opened.with_value(|o| rebased(o, client, ws.client(id))));
        let name = client.name.clone();
        match app.apply(|ws| ws.save_client(client, clock::now())) {
            Ok(_) => {
                errors.set(Vec::new());
                app.show_toast(app.tf(LaterKey::ClientSaved, &[("name", &name)]), None);
                app.navigate(Route::Client(id));
            }
            Err(WorkspaceError::Invalid(found)) => {
                errors.set(found);
                focus_first_invalid();
            }
            Err(other) => leptos::logging::error!("saving a client failed: {other}"),
        }
    });

    let team = Memo::new(move |_| {
        app.workspace.with(|ws| {
            ws.live_team()
                .map(|m| (m.meta.id, m.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let owner_options = Signal::derive(move || {
        std::iter::once((String::new(), app.t(LaterKey::None).to_string()))
            .chain(
                team.get()
                    .into_iter()
                    .map(|(id, name)| (id.to_string(), name)),
            )
            .collect::<Vec<_>>()
    });
    let currency_options = currency_options();

    let add_contact = move |_| {
        let contact = draft.with_untracked(blank_contact);
        focus_contact_name(contact.id);
        draft.update(|c| c.contacts.push(contact));
    };

    view! {
        <FormPage
            title=move || if is_new { app.t(Key::NewClient) } else { app.t(LaterKey::EditClient) }
            cancel_href=cancel_href
            has_errors=move || errors.with(|e| !e.is_empty())
            on_save=save
        >

            <section class="card form-section" aria-labelledby="details-section">
                <h2 id="details-section">{tr(LaterKey::Details)}</h2>
                <div class="form-grid">
                    <TextField
                        label=tr(Key::Name)
                        value=name
                        on_input=set_name
                        error=error_at(app, errors, || "name".into())
                        required=true
                        autofocus=is_new
                    />
                    <TextField label=tr(Key::Industry) value=industry on_input=set_industry error=error_at(app, errors, || "industry".into()) />
                    <TextField
                        label=tr(LaterKey::Brands)
                        value=brands
                        on_input=Callback::new(move |v| brands.set(v))
                        hint=Signal::derive(move || Some(app.t(LaterKey::CommaSeparated).to_string()))
                    />
                    <TextField
                        label=tr(LaterKey::Tags)
                        value=tags
                        on_input=Callback::new(move |v| tags.set(v))
                        hint=Signal::derive(move || Some(app.t(LaterKey::CommaSeparated).to_string()))
                    />
                    <SelectField
                        label=tr(Key::Status)
                        options=choice_options(app, &ClientStatus::ALL)
                        value=Signal::derive(move || choice_code(draft.with(|c| c.status)))
                        on_change=Callback::new(move |v: String| {
                            if let Some(s) = parse_choice(&ClientStatus::ALL, &v) {
                                draft.update(|c| c.status = s);
                            }
                        })
                    />
                    <SelectField
                        label=tr(Key::Tier)
                        options=choice_options(app, &Tier::ALL)
                        value=Signal::derive(move || choice_code(draft.with(|c| c.tier)))
                        on_change=Callback::new(move |v: String| {
                            if let Some(t) = parse_choice(&Tier::ALL, &v) {
                                draft.update(|c| c.tier = t);
                            }
                        })
                        hint=Signal::derive(move || Some(app.t(LaterKey::TierHint).to_string()))
                    />
                    <TextField
                        label=tr(LaterKey::ClientSince)
                        kind=InputKind::Date
                        value=Signal::derive(move || draft.with(|c| c.client_since.map(|d| d.to_string()).unwrap_or_default()))
                        on_input=Callback::new(move |v: String| draft.update(|c| c.client_since = parse_date(&v)))
                    />
                    <Show when=move || draft.with(|c| c.status == ClientStatus::Churned)>
                        <TextField
                            label=tr(LaterKey::ChurnedOn)
                            kind=InputKind::Date
                            value=Signal::derive(move || draft.with(|c| c.churned_on.map(|d| d.to_string()).unwrap_or_default()))
                            on_input=Callback::new(move |v: String| draft.update(|c| c.churned_on = parse_date(&v)))
                            error=error_at(app, errors, || "churned_on".into())
                        />
                    </Show>
                    <TextField
                        label=tr(LaterKey::Website)
                        kind=InputKind::Url
                        value=website
                        on_input=set_website
                        placeholder="https://"
                        error=error_at(app, errors, || "website".into())
                    />
                    <SelectField
                        label=tr(LaterKey::DefaultCurrency)
                        options=currency_options
                        value=Signal::derive(move || draft.with(|c| c.currency.code().to_string()))
                        on_change=Callback::new(move |v: String| {
                            if let Some(currency) = Currency::from_code(&v) {
                                draft.update(|c| c.currency = currency);
                            }
                        })
                    />
                </div>
                <TextField
                    label=tr(LaterKey::Notes)
                    kind=InputKind::Multiline
                    value=notes
                    on_input=set_notes
                    error=error_at(app, errors, || "notes".into())
                />
            </section>

            <section class="card form-section" aria-labelledby="team-section">
                <h2 id="team-section">{tr(LaterKey::AccountTeam)}</h2>
                <div class="form-grid">
                    <SelectField
                        label=tr(Key::AccountOwner)
                        options=owner_options
                        value=Signal::derive(move || draft.with(|c| c.account_owner.map(|o| o.to_string()).unwrap_or_default()))
                        on_change=Callback::new(move |v: String| draft.update(|c| c.account_owner = v.parse().ok()))
                        error=error_at(app, errors, || "account_owner".into())
                    />
                </div>
                <fieldset class="checkbox-group">
                    <legend>{tr(LaterKey::TeamOnThisAccount)}</legend>
                    <Show
                        when=move || team.with(|t| !t.is_empty())
                        fallback=move || view! { <p class="muted">{tr(LaterKey::NoTeamMembersYet)}</p> }
                    >
                        <For each=move || team.get() key=|(id, name)| (*id, name.clone()) let:member>
                            {
                                let (member_id, member_name) = member;
                                view! {
                                    <label class="checkbox">
                                        <input
                                            type="checkbox"
                                            prop:checked=move || draft.with(|c| c.account_team.contains(&member_id))
                                            on:change:target=move |ev| {
                                                let on = ev.target().checked();
                                                draft.update(|c| {
                                                    c.account_team.retain(|m| *m != member_id);
                                                    if on {
                                                        c.account_team.push(member_id);
                                                    }
                                                });
                                            }
                                        />
                                        {member_name}
                                    </label>
                                }
                            }
                        </For>
                    </Show>
                </fieldset>
            </section>

            <section class="card form-section" aria-labelledby="contacts-section">
                <h2 id="contacts-section">{tr(LaterKey::Contacts)}</h2>
                <Show when=move || draft.with(|c| c.contacts.is_empty())>
                    <p class="muted">{tr(LaterKey::NoContacts)}</p>
                </Show>
                <For
                    each=move || draft.with(|c| c.contacts.iter().map(|x| x.id).collect::<Vec<_>>())
                    key=|id| *id
                    let:contact_id
                >
                    <ContactEditor draft errors contact_id />
                </For>
                <button type="button" class="btn btn-secondary" on:click=add_contact>
                    <Icon name=IconName::Plus />
                    {tr(LaterKey::AddContact)}
                </button>
            </section>

        </FormPage>
    }
}

/// The fields of one contact inside the client form. Keyed by the contact's
/// id, so adding or removing another contact keeps focus and typed text.
#[component]
fn ContactEditor(
    draft: RwSignal<Client>,
    errors: RwSignal<Vec<FieldError>>,
    contact_id: Id,
) -> impl IntoView {
    let app = use_app();
    let index =
        Memo::new(move |_| draft.with(|c| c.contacts.iter().position(|x| x.id == contact_id)));
    let get = move |read: fn(&Contact) -> String| {
        Signal::derive(move || {
            draft.with(|c| {
                c.contacts
                    .iter()
                    .find(|x| x.id == contact_id)
                    .map(read)
                    .unwrap_or_default()
            })
        })
    };
    let set = move |write: fn(&mut Contact, String)| {
        Callback::new(move |value: String| {
            draft.update(|c| {
                if let Some(x) = c.contacts.iter_mut().find(|x| x.id == contact_id) {
                    write(x, value);
                }
            })
        })
    };
    let error = move |field: &'static str| {
        error_at(app, errors, move || {
            format!("contacts[{}].{field}", index.get().unwrap_or(0))
        })
    };
    let number = move || (index.get().unwrap_or(0) + 1).to_string();
    let display_name = get(|x| x.name.clone());

    view! {
        <fieldset class="contact-editor">
            <legend>{move || app.tf(LaterKey::ContactNumber, &[("n", &number())])}</legend>
            <div class="form-grid">
                <TextField
                    id=format!("contact-{contact_id}-name")
                    label=tr(Key::Name)
                    value=display_name
                    on_input=set(|x, v| x.name = v)
                    error=error("name")
                    required=true
                />
                <TextField label=tr(LaterKey::JobTitle) value=get(|x| x.title.clone()) on_input=set(|x, v| x.title = v) />
                <TextField
                    label=tr(LaterKey::Email)
                    kind=InputKind::Email
                    value=get(|x| x.email.clone())
                    on_input=set(|x, v| x.email = v)
                    error=error("email")
                />
                <TextField label=tr(LaterKey::Phone) kind=InputKind::Tel value=get(|x| x.phone.clone()) on_input=set(|x, v| x.phone = v) />
                <SelectField
                    label=tr(LaterKey::DecisionRole)
                    options=choice_options(app, &DecisionRole::ALL)
                    value=get(|x| choice_code(x.decision_role))
                    on_change=set(|x, v| {
                        if let Some(r) = parse_choice(&DecisionRole::ALL, &v) {
                            x.decision_role = r;
                        }
                    })
                />
            </div>
            <div class="contact-editor-actions">
                <label class="checkbox">
                    <input
                        type="radio"
                        name="primary-contact"
                        prop:checked=move || draft.with(|c| c.contacts.iter().any(|x| x.id == contact_id && x.primary))
                        on:change=move |_| draft.update(|c| c.set_primary(contact_id))
                    />
                    {tr(LaterKey::PrimaryContact)}
                </label>
                <button
                    type="button"
                    class="btn btn-danger-ghost btn-small"
                    on:click=move |_| draft.update(|c| c.contacts.retain(|x| x.id != contact_id))
                >
                    <Icon name=IconName::Trash />
                    {move || app.tf(LaterKey::RemoveContact, &[("name", &display_name.get())])}
                </button>
            </div>
        </fieldset>
    }
}
