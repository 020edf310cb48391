//! Where the data lives: backup, storage use, kept copies and the trash.

use leptos::prelude::*;

use crate::browser::clock;
use crate::browser::dialog::confirm;
use crate::browser::locks;
use crate::browser::storage::{self, QUOTA_UNITS};
use crate::domain::brief::Brief;
use crate::domain::client_records::ClientRecord;
use crate::domain::contact_report::ContactReport;
use crate::domain::deal::Deal;
use crate::domain::decimal::{basis_points, format_basis_points};
use crate::domain::envelope::{self, ExportScope};
use crate::domain::interaction::Interaction;
use crate::domain::kept_copy;
use crate::domain::meta::Record;
use crate::domain::nps::NpsResponse;
use crate::domain::search;
use crate::domain::wip::WipItem;
use crate::domain::{Id, Lang, Timestamp};
use crate::i18n::{lost_parts_text, restore_error_text, Key, LaterKey};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::export;

use super::currencies::CurrenciesSection;
use super::import::{kept_copy_name, ImportSection};
use crate::ui::state::{tr, use_app, AppState, ImportRequest, SaveState};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Client,
    Member,
    Budget,
    Review,
    Brief,
    ContactReport,
    Wip,
    Interaction,
    Nps,
    Deal,
}

#[derive(Clone, PartialEq)]
struct Trashed {
    kind: Kind,
    id: Id,
    name: String,
    deleted_at: Timestamp,
}

#[component]
pub fn DataPage() -> impl IntoView {
    let app = use_app();
    // Re-read after every save; storage is not reactive by itself.
    let used = Memo::new(move |_| {
        let _ = app.save_state.get() == SaveState::Saved;
        storage::units_used().ok()
    });
    let lang_number = move |n: usize| app.lang.get().group_digits(&n.to_string());
    let kept = RwSignal::new(storage::unreadable_copies());
    let passphrase = RwSignal::new(String::new());
    let export_error = RwSignal::new(None::<String>);

    let trashed = Memo::new(move |_| {
        app.workspace.with(|ws| {
            let clients = ws.clients.iter().filter_map(|c| {
                c.meta.deleted_at.map(|at| Trashed {
                    kind: Kind::Client,
                    id: c.id(),
                    name: c.name.clone(),
                    deleted_at: at,
                })
            });
            let members = ws.team.iter().filter_map(|m| {
                m.meta.deleted_at.map(|at| Trashed {
                    kind: Kind::Member,
                    id: m.id(),
                    name: m.name.clone(),
                    deleted_at: at,
                })
            });
            let budgets = ws.budgets.iter().filter_map(|b| {
                b.meta.deleted_at.map(|at| Trashed {
                    kind: Kind::Budget,
                    id: b.id(),
                    name: b.campaign.clone(),
                    deleted_at: at,
                })
            });
            let reviews = ws.reviews.iter().filter_map(|r| {
                r.meta.deleted_at.map(|at| Trashed {
                    kind: Kind::Review,
                    id: r.id(),
                    name: r.title.clone(),
                    deleted_at: at,
                })
            });
            let lang = app.lang.get();
            let client_name = |id| ws.client(id).map(|c| c.name.clone()).unwrap_or_default();
            let briefs = trashed_of::<Brief>(ws, Kind::Brief, |b| b.title.clone());
            let reports = trashed_of::<ContactReport>(ws, Kind::ContactReport, |r| {
                format!(
                    "{} — {}",
                    client_name(r.client),
                    lang.format_date(r.meeting_date)
                )
            });
            let wip = trashed_of::<WipItem>(ws, Kind::Wip, |w| w.job.clone());
            let interactions =
                trashed_of::<Interaction>(ws, Kind::Interaction, |r| r.summary.clone());
            let nps = trashed_of::<NpsResponse>(ws, Kind::Nps, |r| {
                format!(
                    "{} — {} ({})",
                    client_name(r.client),
                    r.score,
                    lang.format_date(r.date)
                )
            });
            let deals = trashed_of::<Deal>(ws, Kind::Deal, |d| d.title.clone());
            let mut all: Vec<Trashed> = clients
                .chain(members)
                .chain(budgets)
                .chain(reviews)
                .chain(briefs)
                .chain(reports)
                .chain(wip)
                .chain(interactions)
                .chain(nps)
                .chain(deals)
                .collect();
            all.sort_by_key(|t| std::cmp::Reverse(t.deleted_at));
            all
        })
    });

    let restore = move |item: &Trashed| {
        let (id, now) = (item.id, clock::now());
        let _ = match item.kind {
            Kind::Client => app.apply(|ws| ws.restore_client(id, now)),
            Kind::Member => app.apply(|ws| ws.restore_member(id, now)),
            Kind::Budget => app.apply(|ws| ws.restore_budget(id, now)),
            Kind::Review => app.apply(|ws| ws.restore_review(id, now)),
            Kind::Brief => app.apply(|ws| ws.restore_record::<Brief>(id, now)),
            Kind::ContactReport => app.apply(|ws| ws.restore_record::<ContactReport>(id, now)),
            Kind::Wip => app.apply(|ws| ws.restore_record::<WipItem>(id, now)),
            Kind::Interaction => app.apply(|ws| ws.restore_record::<Interaction>(id, now)),
            Kind::Nps => app.apply(|ws| ws.restore_record::<NpsResponse>(id, now)),
            Kind::Deal => app.apply(|ws| ws.restore_record::<Deal>(id, now)),
        };
    };
    let purge = move |item: &Trashed| {
        if !confirm(&app.tf(LaterKey::ConfirmDeleteForever, &[("name", &item.name)])) {
            return;
        }
        let id = item.id;
        let _ = match item.kind {
            Kind::Client => app.apply(|ws| ws.purge_client(id).map(drop)),
            Kind::Member => app.apply(|ws| ws.purge_member(id, clock::now()).map(drop)),
            Kind::Budget => app.apply(|ws| ws.purge_budget(id).map(drop)),
            Kind::Review => app.apply(|ws| ws.purge_review(id).map(drop)),
            Kind::Brief => app.apply(|ws| ws.purge_record::<Brief>(id).map(drop)),
            Kind::ContactReport => app.apply(|ws| ws.purge_record::<ContactReport>(id).map(drop)),
            Kind::Wip => app.apply(|ws| ws.purge_record::<WipItem>(id).map(drop)),
            Kind::Interaction => app.apply(|ws| ws.purge_record::<Interaction>(id).map(drop)),
            Kind::Nps => app.apply(|ws| ws.purge_record::<NpsResponse>(id).map(drop)),
            Kind::Deal => app.apply(|ws| ws.purge_record::<Deal>(id).map(drop)),
        };
    };
    let empty_trash = move |_| {
        if confirm(app.t(LaterKey::ConfirmEmptyTrash)) {
            app.edit(|ws| ws.empty_trash(clock::now()));
        }
    };

    view! {
        <div class="page">
            <header class="page-header">
                <h1>{tr(LaterKey::DataTitle)}</h1>
            </header>
            <p class="lead">{tr(LaterKey::DataIntro)}</p>

            <div class="data-grid">
                <section class="card" aria-labelledby="backup-heading">
                    <h2 id="backup-heading">{tr(LaterKey::ExportTitle)}</h2>
                    <p class="muted">{tr(LaterKey::ExportBody)}</p>
                    <div class="field">
                        <label for="export-passphrase">{tr(LaterKey::PassphraseOptional)}</label>
                        <input
                            id="export-passphrase"
                            type="password"
                            autocomplete="new-password"
                            aria-describedby="export-passphrase-hint"
                            prop:value=passphrase
                            on:input:target=move |ev| passphrase.set(ev.target().value())
                        />
                        <p class="field-hint" id="export-passphrase-hint">{tr(LaterKey::PassphraseHint)}</p>
                    </div>
                    <button
                        class="btn btn-primary"
                        on:click=move |_| {
                            export_error.set(None);
                            let secret = passphrase.get_untracked();
                            if secret.is_empty() {
                                export::export_everything(app);
                            } else {
                                export::export_sealed(
                                    app,
                                    ExportScope::Everything,
                                    secret,
                                    Callback::new(move |reason: String| export_error.set(Some(reason))),
                                );
                            }
                        }
                    >
                        <Icon name=IconName::Download />
                        {tr(LaterKey::Export)}
                    </button>
                    {move || export_error.get().map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
                    <p class="muted">
                        {move || match app.last_export.get() {
                            Some(day) => app.tf(LaterKey::LastExport, &[("date", &app.date(day))]),
                            None => app.t(LaterKey::NeverExported).to_string(),
                        }}
                    </p>
                    <ClientExport />
                </section>

                <section class="card" aria-labelledby="storage-heading">
                    <h2 id="storage-heading">{tr(LaterKey::StorageTitle)}</h2>
                    {move || used.get().map(|units| {
                        view! {
                            <meter
                                class="usage"
                                min="0"
                                max=QUOTA_UNITS.to_string()
                                low=(QUOTA_UNITS * 7 / 10).to_string()
                                high=(QUOTA_UNITS * 9 / 10).to_string()
                                value=units.to_string()
                                aria-label=tr(LaterKey::StorageUsage)
                            ></meter>
                            <p class="muted">
                                {move || app.tf(LaterKey::StorageUsed, &[
                                    ("used", &lang_number(units)),
                                    ("quota", &lang_number(QUOTA_UNITS)),
                                    ("percent", &percent_used(units, app.lang.get())),
                                ])}
                            </p>
                        }
                    })}
                    <Show when=move || !locks::available()>
                        <p class="field-hint">{tr(LaterKey::NoSaveLock)}</p>
                    </Show>
                    <Show when=storage::shared_with_local_files>
                        <div class="storage-shared" role="note">
                            <p><strong>{tr(LaterKey::SharedWithLocalFilesTitle)}</strong></p>
                            <p>{tr(LaterKey::SharedWithLocalFiles)}</p>
                        </div>
                    </Show>
                </section>
            </div>

            <ImportSection />

            <CurrenciesSection />

            <Show when=move || kept.with(|k| !k.is_empty())>
                <section class="card" aria-labelledby="kept-heading">
                    <h2 id="kept-heading">{tr(LaterKey::KeptCopiesTitle)}</h2>
                    <p class="muted">{tr(LaterKey::KeptCopiesHint)}</p>
                    <ul class="kept-list">
                        <For each=move || kept.get() key=|k| k.clone() let:key>
                            {
                                let name = kept_copy_name(app, &key, true);
                                let holds = kept_copy_holds(app, &key);
                                let (open_key, download_key, remove_key) = (key.clone(), key.clone(), key.clone());
                                let (label, what) = (kept_copy_name(app, &key, false), holds.clone());
                                let item_label = name.clone();
                                view! {
                                    <li aria-label=item_label>
                                        <div class="kept-copy">
                                            <strong>{name}</strong>
                                            <span class="muted">{holds}</span>
                                        </div>
                                        <div class="kept-actions">
                                            <button
                                                class="btn btn-secondary btn-small"
                                                on:click=move |_| app.import_request.set(Some(ImportRequest::Kept(open_key.clone())))
                                            >
                                                {tr(LaterKey::OpenKeptCopy)}
                                            </button>
                                            <button class="btn btn-secondary btn-small" on:click=move |_| export::download_stored(&download_key)>
                                                <Icon name=IconName::Download />
                                                {tr(Key::DownloadStoredData)}
                                            </button>
                                            <button
                                                class="btn btn-danger-ghost btn-small"
                                                on:click=move |_| {
                                                    let question = app.tf(LaterKey::ConfirmDeleteKeptCopy, &[("name", &label), ("what", &what)]);
                                                    if confirm(&question) {
                                                        storage::remove(&remove_key);
                                                        kept.set(storage::unreadable_copies());
                                                    }
                                                }
                                            >
                                                {tr(LaterKey::DeleteForever)}
                                            </button>
                                        </div>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                </section>
            </Show>

            <section class="card" aria-labelledby="trash-heading">
                <header class="card-header">
                    <h2 id="trash-heading">{tr(LaterKey::TrashTitle)}</h2>
                    <Show when=move || trashed.with(|t| !t.is_empty())>
                        <button class="btn btn-danger-ghost" on:click=empty_trash>
                            <Icon name=IconName::Trash />
                            {tr(LaterKey::EmptyTrash)}
                        </button>
                    </Show>
                </header>
                <p class="muted">{tr(LaterKey::TrashHint)}</p>
                <Show
                    when=move || trashed.with(|t| !t.is_empty())
                    fallback=move || view! { <p class="trash-empty">{tr(LaterKey::TrashEmpty)}</p> }
                >
                    <table class="table">
                        <tbody>
                            <For each=move || trashed.get() key=|t| t.id let:item>
                                {
                                    let (restore_item, purge_item) = (item.clone(), item.clone());
                                    let kind = match item.kind {
                                        Kind::Client => LaterKey::KindClient,
                                        Kind::Member => LaterKey::KindTeamMember,
                                        Kind::Budget => LaterKey::KindBudget,
                                        Kind::Review => LaterKey::KindReview,
                                        Kind::Brief => LaterKey::KindBrief,
                                        Kind::ContactReport => LaterKey::KindContactReport,
                                        Kind::Wip => LaterKey::KindWip,
                                        Kind::Interaction => LaterKey::KindInteraction,
                                        Kind::Nps => LaterKey::KindNps,
                                        Kind::Deal => LaterKey::KindDeal,
                                    };
                                    view! {
                                        <tr>
                                            <th scope="row">{item.name.clone()}</th>
                                            <td class="muted">{move || app.t(kind)}</td>
                                            <td class="muted">{move || app.tf(LaterKey::DeletedOn, &[("date", &app.day_of(item.deleted_at))])}</td>
                                            <td class="row-actions">
                                                <button class="btn btn-secondary btn-small" on:click=move |_| restore(&restore_item)>
                                                    {tr(Key::Restore)}
                                                </button>
                                                <button class="btn btn-danger-ghost btn-small" on:click=move |_| purge(&purge_item)>
                                                    {tr(LaterKey::DeleteForever)}
                                                </button>
                                            </td>
                                        </tr>
                                    }
                                }
                            </For>
                        </tbody>
                    </table>
                </Show>
            </section>
        </div>
    }
}

/// At most this many clients are listed to choose from: a list of every
/// client of a 100 000-client import took minutes to draw. The rest are
/// found by typing part of a name.
const CHOOSE_FROM_AT_MOST: usize = 100;

/// Export of a few clients with everything that belongs to them.
#[component]
fn ClientExport() -> impl IntoView {
    let app = use_app();
    let chosen = RwSignal::new(Vec::<Id>::new());
    // Nothing is listed until the person opens the section.
    let open = RwSignal::new(false);
    let query = RwSignal::new(String::new());
    let matching = Memo::new(move |_| {
        if !open.get() {
            return (Vec::new(), 0);
        }
        let terms: Vec<String> = search::fold(&query.get())
            .split_whitespace()
            .map(String::from)
            .collect();
        chosen.with(|chosen| {
            app.workspace.with(|ws| {
                let mut found = 0;
                let mut listed: Vec<(Id, String)> = ws
                    .live_clients()
                    .filter(|c| {
                        let on = chosen.contains(&c.meta.id);
                        let hit = search::client_matches(c, &terms);
                        found += usize::from(hit);
                        // A chosen client stays listed so it can be unticked.
                        on || hit
                    })
                    .map(|c| (c.meta.id, c.name.clone()))
                    .collect();
                listed.sort_by_key(|(id, _)| !chosen.contains(id));
                listed.truncate(CHOOSE_FROM_AT_MOST.max(chosen.len()));
                (listed, found)
            })
        })
    });
    let shown_of = move || {
        let (listed, found) = matching.get();
        (found > listed.len()).then(|| {
            let lang = app.lang.get();
            app.tf(
                LaterKey::ChooseClientsShown,
                &[
                    ("shown", &lang.group_digits(&listed.len().to_string())),
                    ("count", &lang.group_digits(&found.to_string())),
                ],
            )
        })
    };
    view! {
        <details
            class="client-export"
            on:toggle:target=move |ev| open.set(ev.target().open())
        >
            <summary>{tr(LaterKey::ExportChosen)}</summary>
            <Show when=move || open.get()>
                <div class="field">
                    <label for="export-find-client">{tr(LaterKey::FindClientToExport)}</label>
                    <input
                        id="export-find-client"
                        type="search"
                        prop:value=move || query.get()
                        on:input:target=move |ev| query.set(ev.target().value())
                    />
                </div>
                <fieldset class="checkbox-group">
                    <legend>{tr(LaterKey::ChooseClients)}</legend>
                    <For each=move || matching.get().0 key=|c| c.clone() let:client>
                        {
                            let (id, name) = client;
                            view! {
                                <label class="checkbox">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || chosen.with(|c| c.contains(&id))
                                        on:change:target=move |ev| {
                                            let on = ev.target().checked();
                                            chosen.update(|c| {
                                                c.retain(|x| *x != id);
                                                if on {
                                                    c.push(id);
                                                }
                                            });
                                        }
                                    />
                                    {name}
                                </label>
                            }
                        }
                    </For>
                </fieldset>
                {move || shown_of().map(|text| view! { <p class="field-hint">{text}</p> })}
            </Show>
            <button
                class="btn btn-secondary"
                disabled=move || chosen.with(Vec::is_empty)
                on:click=move |_| export::export_clients(app, chosen.get_untracked())
            >
                <Icon name=IconName::Download />
                {tr(LaterKey::ExportChosen)}
            </button>
        </details>
    }
}

/// The share of the quota in use, with one decimal: `0.2` / `0,2`.
fn percent_used(units: usize, lang: Lang) -> String {
    let bp = basis_points(units as i64, QUOTA_UNITS as i64).unwrap_or(0);
    format_basis_points(bp, lang)
}

/// The trashed records of one client-owned collection, named by `name`.
fn trashed_of<'a, T: ClientRecord>(
    ws: &'a crate::domain::Workspace,
    kind: Kind,
    name: impl Fn(&T) -> String + 'a,
) -> impl Iterator<Item = Trashed> + 'a {
    T::items(ws).iter().filter_map(move |r| {
        r.meta().deleted_at.map(|at| Trashed {
            kind,
            id: r.id(),
            name: name(r),
            deleted_at: at,
        })
    })
}

/// What a kept copy holds, in a line: its clients and records, and what
/// cannot be read of it; or why it cannot be opened here (written by a
/// newer version, say).
fn kept_copy_holds(app: AppState, key: &str) -> String {
    let lang = app.lang.get_untracked();
    let opened = storage::kept_text(key)
        .map(|text| kept_copy::open(&text))
        .unwrap_or_default();
    let unreadable = (!opened.unreadable.is_empty()).then(|| {
        let lost = lost_parts_text(&opened.unreadable, 0, lang);
        app.tf(LaterKey::KeptCopyCannotRead, &[("lost", &lost)])
    });
    let readable = match opened.envelope.map(|text| envelope::restore(&text)) {
        Some(Ok(restored)) if restored.workspace.record_count() > 0 || unreadable.is_none() => {
            let ws = &restored.workspace;
            Some(app.tf(
                LaterKey::KeptCopyHolds,
                &[
                    ("clients", &lang.group_digits(&ws.clients.len().to_string())),
                    (
                        "records",
                        &lang.group_digits(&ws.record_count().to_string()),
                    ),
                ],
            ))
        }
        Some(Ok(_)) => None,
        Some(Err(error)) => Some(restore_error_text(&error, lang)),
        None if unreadable.is_none() => Some(app.t(LaterKey::KeptCopyUnreadable).to_string()),
        None => None,
    };
    [readable, unreadable]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ")
}
