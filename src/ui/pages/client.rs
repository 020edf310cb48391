//! One client: who they are, who to call, and who works on them.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::validation::{mailto_href, tel_href};
use crate::domain::{Client, Id};
use crate::i18n::{Key, Label, LaterKey};
use crate::route::Route;
use crate::ui::components::banner::InTrashBanner;
use crate::ui::components::budget_alerts::{BudgetAlertBadges, BurnBar};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::icon_button::IconButton;
use crate::ui::components::status_badge::StatusBadge;
use crate::ui::form::apply_in_place;
use crate::ui::state::{tr, use_app, AppState, UndoAction};

use super::not_found::NotFound;

/// Moves a client to the trash, with an Undo in the toast.
fn trash_client(app: AppState, id: Id, name: String) {
    if app.apply(|ws| ws.trash_client(id, clock::now())).is_ok() {
        let undo: UndoAction = Arc::new(move || {
            if app.apply(|ws| ws.restore_client(id, clock::now())).is_ok() {
                app.navigate(Route::Client(id));
            }
        });
        app.show_toast(
            app.tf(LaterKey::ClientTrashed, &[("name", &name)]),
            Some(undo),
        );
        app.navigate(Route::Clients);
    }
}

#[component]
pub fn ClientPage(id: Id) -> impl IntoView {
    let app = use_app();
    let client = Memo::new(move |_| app.workspace.with(|ws| ws.client(id).cloned()));
    move || match client.get() {
        None => view! { <NotFound message=LaterKey::ClientNotFound /> }.into_any(),
        Some(c) => view! { <ClientView client=c /> }.into_any(),
    }
}

#[component]
fn ClientView(client: Client) -> impl IntoView {
    let app = use_app();
    let id = client.meta.id;
    let name = client.name.clone();
    let trashed = client.meta.is_trashed();
    let member_name = move |member: Id| {
        app.workspace
            .with(|ws| ws.member(member).map(|m| (m.name.clone(), m.role)))
    };
    let owner = client.account_owner.and_then(member_name);
    let status = client.status;

    view! {
        <article class="page">
            <a class="back-link" href=Route::Clients.href()>
                <Icon name=IconName::ArrowLeft />
                {tr(LaterKey::BackToClients)}
            </a>
            {trashed
                .then(|| {
                    view! {
                        <InTrashBanner message=LaterKey::ClientInTrash on_restore=Callback::new(move |_| { apply_in_place(app, |ws| ws.restore_client(id, clock::now())); }) />
                    }
                })}
            <header class="page-header record-header">
                <div>
                    <h1>{client.name.clone()}</h1>
                    <div class="record-meta">
                        <StatusBadge status=status />
                        <span class="badge badge-outline">
                            {tr(Key::Tier)} " " {move || app.t(client.tier.label())}
                        </span>
                        {(!client.industry.is_empty()).then(|| view! { <span class="muted">{client.industry.clone()}</span> })}
                    </div>
                </div>
                <div class="page-actions">
                    <a class="btn btn-secondary" href=Route::EditClient(id).href()>
                        <Icon name=IconName::Edit />
                        {tr(LaterKey::Edit)}
                    </a>
                    {(!trashed)
                        .then(|| {
                            let name = name.clone();
                            view! {
                                <button class="btn btn-danger-ghost" on:click=move |_| trash_client(app, id, name.clone())>
                                    <Icon name=IconName::Trash />
                                    {tr(LaterKey::Delete)}
                                </button>
                            }
                        })}
                </div>
            </header>

            <dl class="key-figures">
                <div>
                    <dt>{tr(Key::AccountOwner)}</dt>
                    <dd>{owner.map(|(n, _)| n).unwrap_or_else(|| "—".into())}</dd>
                </div>
                <div>
                    <dt>{tr(LaterKey::ClientSince)}</dt>
                    <dd>{move || client.client_since.map(|d| app.date(d)).unwrap_or_else(|| "—".into())}</dd>
                </div>
                <div>
                    <dt>{tr(LaterKey::Contacts)}</dt>
                    <dd class="num">{client.contacts.len()}</dd>
                </div>
                <div>
                    <dt>{tr(LaterKey::DefaultCurrency)}</dt>
                    <dd>{client.currency.code()}</dd>
                </div>
            </dl>

            <div class="record-grid">
                <div class="main-column">
                <section class="card" aria-labelledby="contacts-heading">
                    <header class="card-header">
                        <h2 id="contacts-heading">{tr(LaterKey::Contacts)}</h2>
                        <a class="btn btn-ghost" href=Route::NewContact(id).href()>
                            <Icon name=IconName::Plus />
                            {tr(LaterKey::AddContact)}
                        </a>
                    </header>
                    <ContactList client=client.clone() />
                </section>

                <ClientBudgets client=id />
                <ClientReviews client=id />
                // Requests, NPS and deals, then the timeline of everything.
                <super::client_360::Client360 client=id />
                </div>
                <div class="side-column">
                    <section class="card" aria-labelledby="details-heading">
                        <h2 id="details-heading">{tr(LaterKey::Details)}</h2>
                        <dl class="details">
                            <Detail label=LaterKey::Brands value=client.brands.join(", ") />
                            <Detail label=LaterKey::Tags value=client.tags.join(", ") />
                            <div>
                                <dt>{tr(LaterKey::Website)}</dt>
                                <dd>
                                    {if client.website.is_empty() {
                                        view! { "—" }.into_any()
                                    } else {
                                        // Only http(s) addresses pass validation, so the link is safe.
                                        view! {
                                            <a href=client.website.clone() target="_blank" rel="noopener noreferrer">
                                                <Icon name=IconName::Link />
                                                {client.website.clone()}
                                            </a>
                                        }
                                            .into_any()
                                    }}
                                </dd>
                            </div>
                            {client.churned_on.map(|d| view! {
                                <div>
                                    <dt>{tr(LaterKey::ChurnedOn)}</dt>
                                    <dd>{move || app.date(d)}</dd>
                                </div>
                            })}
                            <Detail label=LaterKey::Notes value=client.notes.clone() multiline=true />
                        </dl>
                    </section>
                    <section class="card" aria-labelledby="team-heading">
                        <h2 id="team-heading">{tr(LaterKey::AccountTeam)}</h2>
                        {if client.account_team.is_empty() {
                            view! { <p class="muted">{tr(LaterKey::NoTeam)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="people">
                                    {client
                                        .account_team
                                        .iter()
                                        .filter_map(|&m| member_name(m))
                                        .map(|(name, role)| view! {
                                            <li>
                                                <span class="avatar" aria-hidden="true">{initials(&name)}</span>
                                                <span>
                                                    <strong>{name}</strong>
                                                    <span class="muted">{move || app.t(role.label())}</span>
                                                </span>
                                            </li>
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    </section>
                    <super::client_work::ClientWork client=id />
                </div>
            </div>
        </article>
    }
}

/// The client's campaign budgets with their health, newest first.
#[component]
fn ClientBudgets(client: Id) -> impl IntoView {
    let app = use_app();
    let today = clock::today();
    let budgets = Memo::new(move |_| {
        app.workspace.with(|ws| {
            let mut rows: Vec<_> = ws
                .live_budgets()
                .filter(|b| b.client == client)
                .map(|b| {
                    let f = b.figures(today);
                    (
                        b.meta.id,
                        b.campaign.clone(),
                        b.start,
                        b.end,
                        b.alert_threshold,
                        f.burn_bp,
                        f.alerts,
                    )
                })
                .collect();
            rows.sort_by_key(|r| std::cmp::Reverse(r.2));
            rows
        })
    });
    view! {
        <section class="card client-budgets" aria-labelledby="budgets-heading">
            <header class="card-header">
                <h2 id="budgets-heading">{tr(LaterKey::ClientBudgets)}</h2>
                <a class="btn btn-ghost" href=Route::NewBudget(Some(client)).href()>
                    <Icon name=IconName::Plus />
                    {tr(LaterKey::NewBudget)}
                </a>
            </header>
            <Show
                when=move || budgets.with(|b| !b.is_empty())
                fallback=move || view! { <p class="muted">{tr(LaterKey::NoClientBudgets)}</p> }
            >
                <ul class="budget-list">
                    <For each=move || budgets.get() key=|b| b.clone() let:row>
                        {
                            let (id, campaign, start, end, threshold, burn_bp, alerts) = row;
                            view! {
                                <li>
                                    <div>
                                        <a href=Route::Budget(id).href()>{campaign}</a>
                                        <span class="muted">{move || app.lang.get().format_period(start, end)}</span>
                                    </div>
                                    <BurnBar burn_bp threshold />
                                    <span class="badges"><BudgetAlertBadges alerts threshold /></span>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// The client's competitor reviews, newest period first.
#[component]
fn ClientReviews(client: Id) -> impl IntoView {
    let app = use_app();
    let reviews = Memo::new(move |_| {
        app.workspace.with(|ws| {
            let mut rows: Vec<_> = ws
                .live_reviews()
                .filter(|r| r.client == client)
                .map(|r| {
                    (
                        r.meta.id,
                        r.title.clone(),
                        r.period_start,
                        r.period_end,
                        r.competitors.len(),
                    )
                })
                .collect();
            rows.sort_by_key(|r| std::cmp::Reverse(r.2));
            rows
        })
    });
    view! {
        <section class="card" aria-labelledby="reviews-heading">
            <header class="card-header">
                <h2 id="reviews-heading">{tr(LaterKey::ClientReviews)}</h2>
                <a class="btn btn-ghost" href=Route::NewReview(Some(client)).href()>
                    <Icon name=IconName::Plus />
                    {tr(LaterKey::NewReview)}
                </a>
            </header>
            <Show
                when=move || reviews.with(|r| !r.is_empty())
                fallback=move || view! { <p class="muted">{tr(LaterKey::NoClientReviews)}</p> }
            >
                <ul class="budget-list">
                    <For each=move || reviews.get() key=|r| r.clone() let:row>
                        {
                            let (id, title, start, end, competitors) = row;
                            let title = if title.trim().is_empty() { app.t(LaterKey::Untitled).to_string() } else { title };
                            view! {
                                <li>
                                    <div>
                                        <a href=Route::Review(id).href()>{title}</a>
                                        <span class="muted">{move || app.lang.get().format_period(start, end)}</span>
                                    </div>
                                    <span class="muted">{move || format!("{competitors} {}", app.t(LaterKey::Competitors).to_lowercase())}</span>
                                    <a class="btn btn-ghost btn-small" href=Route::Present(id).href()>{tr(LaterKey::Present)}</a>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn Detail(label: LaterKey, value: String, #[prop(optional)] multiline: bool) -> impl IntoView {
    let app = use_app();
    let empty = value.trim().is_empty();
    view! {
        <div>
            <dt>{move || app.t(label)}</dt>
            <dd class:pre-wrap=multiline>{if empty { "—".to_string() } else { value }}</dd>
        </div>
    }
}

/// The contacts as cards, primary first, with quick actions.
#[component]
fn ContactList(client: Client) -> impl IntoView {
    let app = use_app();
    let id = client.meta.id;
    if client.contacts.is_empty() {
        return view! { <p class="muted">{tr(LaterKey::NoContacts)}</p> }.into_any();
    }
    let mut contacts = client.contacts.clone();
    contacts.sort_by_key(|c| !c.primary);
    view! {
        <ul class="contacts">
            {contacts
                .into_iter()
                .map(|contact| {
                    let contact_id = contact.id;
                    let remove_label = {
                        let name = contact.name.clone();
                        Signal::derive(move || app.tf(LaterKey::RemoveContact, &[("name", &name)]))
                    };
                    view! {
                        <li class="contact">
                            <span class="avatar" aria-hidden="true">{initials(&contact.name)}</span>
                            <div class="contact-body">
                                <div class="contact-name">
                                    <strong>{contact.name.clone()}</strong>
                                    {contact.primary.then(|| view! {
                                        <span class="badge badge-accent">
                                            <Icon name=IconName::Star />
                                            {tr(LaterKey::Primary)}
                                        </span>
                                    })}
                                </div>
                                <div class="muted">
                                    {contact.title.clone()}
                                    {(!contact.title.is_empty()).then_some(" · ")}
                                    {move || app.t(contact.decision_role.label())}
                                </div>
                                <div class="contact-links">
                                    {(!contact.email.is_empty()).then(|| view! {
                                        <a href=mailto_href(&contact.email)>
                                            <Icon name=IconName::Mail />
                                            {contact.email.clone()}
                                        </a>
                                    })}
                                    {(!contact.phone.is_empty()).then(|| view! {
                                        <a href=tel_href(&contact.phone)>
                                            <Icon name=IconName::Phone />
                                            {contact.phone.clone()}
                                        </a>
                                    })}
                                </div>
                            </div>
                            <div class="contact-actions">
                                {(!contact.primary).then(|| view! {
                                    <button
                                        class="btn btn-ghost btn-small"
                                        on:click=move |_| {
                                            edit_client(app, id, |c| c.set_primary(contact_id));
                                        }
                                    >
                                        {tr(LaterKey::MakePrimary)}
                                    </button>
                                })}
                                <IconButton icon=IconName::Trash label=remove_label on_click=Callback::new(move |_| remove_contact(app, id, contact_id)) />
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// Saves one change to the stored client; `false` when nothing was saved.
fn edit_client(app: AppState, id: Id, change: impl FnOnce(&mut Client)) -> bool {
    let Some(mut edited) = app.workspace.with_untracked(|ws| ws.client(id).cloned()) else {
        return false;
    };
    change(&mut edited);
    apply_in_place(app, |ws| ws.save_client(edited, clock::now()))
}

/// Removes a contact, with an Undo that puts it back where it was.
fn remove_contact(app: AppState, client: Id, contact: Id) {
    let mut removed = None;
    let saved = edit_client(app, client, |c| {
        if let Some(index) = c.contacts.iter().position(|x| x.id == contact) {
            removed = Some((index, c.contacts.remove(index)));
        }
    });
    let Some((index, removed)) = removed.filter(|_| saved) else {
        return;
    };
    let name = removed.name.clone();
    let undo: UndoAction = Arc::new(move || {
        let removed = removed.clone();
        edit_client(app, client, move |c| {
            if c.contacts.iter().all(|x| x.id != removed.id) {
                c.contacts.insert(index.min(c.contacts.len()), removed);
            }
        });
    });
    app.show_toast(
        app.tf(LaterKey::ContactRemoved, &[("name", &name)]),
        Some(undo),
    );
}

/// "Trần Thu Hà" → "TH": first and last word, as on a business card.
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = |w: &&str| {
        w.chars()
            .next()
            .map(|c| c.to_uppercase().to_string())
            .unwrap_or_default()
    };
    match words.as_slice() {
        [] => String::new(),
        [only] => first(only),
        [head, .., last] => format!("{}{}", first(head), first(last)),
    }
}
