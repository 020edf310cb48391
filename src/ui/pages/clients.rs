//! The client list: search, sort, and the way in for a first-time user.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::csv::{clients_csv, ClientCsvLabels};
use crate::domain::search::{find_clients, fold, ClientFilter, ClientSort, Direction};
use crate::domain::{sample, ClientStatus, Id, Lang, Tier, Timestamp};
use crate::i18n::{Key, Label, Text, CLIENT_CSV_COLUMNS};
use crate::route::Route;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::field::SelectField;
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::sort_header::SortHeader;
use crate::ui::components::status_badge::status_badge_class;
use crate::ui::components::virtual_rows::{use_virtual_rows, SpacerRow};
use crate::ui::export;
use crate::ui::form::{choice_code, parse_choice};
use crate::ui::screens::{run_later, LaterWork};
use crate::ui::state::{tr, use_app, AppState};

/// One line of the table, computed once per change of data or query.
#[derive(Clone, PartialEq)]
struct Row {
    id: Id,
    name: String,
    industry: String,
    status: ClientStatus,
    tier: Tier,
    owner: String,
    contacts: usize,
    updated: Timestamp,
}

/// A row as drawn, in one language. Its strings are computed once, when the
/// row comes into view, rather than by a closure in each cell; any change to
/// what it shows (the language, a renamed owner) draws the row again.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Line {
    id: Id,
    name: String,
    industry: String,
    status_class: &'static str,
    status: &'static str,
    tier: &'static str,
    owner: String,
    contacts: usize,
    updated: String,
}

impl Line {
    fn new(row: &Row, lang: Lang) -> Self {
        Self {
            id: row.id,
            name: row.name.clone(),
            industry: row.industry.clone(),
            status_class: status_badge_class(row.status),
            status: row.status.label().text(lang),
            tier: row.tier.label().text(lang),
            owner: row.owner.clone(),
            contacts: row.contacts,
            updated: lang.format_date(clock::local_date(row.updated)),
        }
    }
}

/// The list's "Export CSV": the clients as filtered and sorted, with their
/// contacts, for a spreadsheet or a CRM. Run through
/// [`LaterWork::ClientsCsv`], so its code travels in the second file.
pub(in crate::ui) fn export_clients_csv(app: AppState, ids: Vec<Id>) {
    let lang = app.lang.get_untracked();
    let status = move |s: ClientStatus| s.label().text(lang);
    let labels = ClientCsvLabels {
        columns: CLIENT_CSV_COLUMNS.map(|(key, _)| key.text(lang)),
        status: &status,
        yes: Key::Yes.text(lang),
    };
    let csv = app
        .workspace
        .with_untracked(|ws| clients_csv(ws, ids.iter().filter_map(|&id| ws.client(id)), &labels));
    export::download_csv("clients", &csv);
}

/// "Load sample data", run through [`LaterWork::LoadSample`].
pub(in crate::ui) fn load_sample(app: AppState) {
    // The button is on the empty list only, but a second click made while
    // the second file was on its way arrives after the first has loaded it.
    if app
        .workspace
        .with_untracked(|ws| ws.live_clients().next().is_some())
    {
        return;
    }
    let sample = sample::workspace(clock::now());
    app.edit(|ws| ws.append(sample));
}

#[component]
pub fn ClientsPage() -> impl IntoView {
    let app = use_app();
    let filter = RwSignal::new(ClientFilter::default());
    let order = RwSignal::new((ClientSort::Name, Direction::Ascending));

    let total = Memo::new(move |_| app.workspace.with(|ws| ws.live_clients().count()));
    let rows = Memo::new(move |_| {
        let (sort, direction) = order.get();
        filter.with(|f| {
            app.workspace.with(|ws| {
                find_clients(ws, f, sort, direction)
                    .into_iter()
                    .map(|c| Row {
                        id: c.meta.id,
                        name: c.name.clone(),
                        industry: c.industry.clone(),
                        status: c.status,
                        tier: c.tier,
                        owner: c
                            .account_owner
                            .and_then(|o| ws.member(o))
                            .map(|m| m.name.clone())
                            .unwrap_or_default(),
                        contacts: c.contacts.len(),
                        updated: c.meta.updated_at,
                    })
                    .collect::<Vec<_>>()
            })
        })
    });

    // Only the rows in or near the viewport are drawn (issue 9).
    let virt = use_virtual_rows(Signal::derive(move || rows.with(Vec::len)));
    let lines = move || {
        let lang = app.lang.get();
        virt.drawn(rows, |row| Line::new(row, lang))
    };

    let status_options = Signal::derive(move || {
        std::iter::once((String::new(), app.t(Key::AllStatuses).to_string()))
            .chain(
                ClientStatus::ALL
                    .iter()
                    .map(|&s| (choice_code(s), app.t(s.label()).to_string())),
            )
            .collect::<Vec<_>>()
    });
    let owner_options = Signal::derive(move || {
        let owners = app.workspace.with(|ws| {
            let mut owners: Vec<(String, String)> = ws
                .live_team()
                .filter(|m| {
                    ws.live_clients()
                        .any(|c| c.account_owner == Some(m.meta.id))
                })
                .map(|m| (m.meta.id.to_string(), m.name.clone()))
                .collect();
            owners.sort_by_key(|(_, name)| fold(name));
            owners
        });
        std::iter::once((String::new(), app.t(Key::Everyone).to_string()))
            .chain(owners)
            .collect::<Vec<_>>()
    });

    view! {
        <div class="page">
            <header class="page-header">
                <h1>{tr(Key::ClientsTitle)}</h1>
                <div class="page-actions">
                    <Show when=move || { total.get() > 0 }>
                        <button class="btn btn-secondary" on:click=move |_| run_later(app, LaterWork::ClientsCsv(rows.with_untracked(|r| r.iter().map(|r| r.id).collect())))>
                            <Icon name=IconName::Download />
                            {tr(Key::ExportCsv)}
                        </button>
                    </Show>
                    <a class="btn btn-primary" href=Route::NewClient.href()>
                        <Icon name=IconName::Plus />
                        {tr(Key::NewClient)}
                    </a>
                </div>
            </header>
            <Show
                when=move || { total.get() > 0 }
                fallback=move || {
                    view! {
                        <EmptyState
                            title=tr(Key::EmptyClientsTitle)
                            body=tr(Key::EmptyClientsBody)
                        >
                            <a class="btn btn-primary" href=Route::NewClient.href()>
                                <Icon name=IconName::Plus />
                                {tr(Key::NewClient)}
                            </a>
                            <button class="btn btn-secondary" on:click=move |_| run_later(app, LaterWork::LoadSample)>
                                {tr(Key::LoadSampleData)}
                            </button>
                            <p class="empty-hint">{tr(Key::SampleDataHint)}</p>
                        </EmptyState>
                    }
                }
            >
                <div class="toolbar">
                    <div class="search">
                        <label for="client-search">{tr(Key::SearchClients)}</label>
                        <div class="search-box">
                            <Icon name=IconName::Search />
                            <input
                                id="client-search"
                                type="search"
                                autocomplete="off"
                                placeholder=tr(Key::SearchClientsHint)
                                prop:value=move || filter.with(|f| f.query.clone())
                                on:input:target=move |ev| filter.update(|f| f.query = ev.target().value())
                            />
                        </div>
                    </div>
                    <SelectField
                        label=tr(Key::Status)
                        options=status_options
                        value=Signal::derive(move || filter.with(|f| f.status.map(choice_code).unwrap_or_default()))
                        on_change=Callback::new(move |code: String| {
                            filter.update(|f| f.status = parse_choice(&ClientStatus::ALL, &code))
                        })
                    />
                    <SelectField
                        label=tr(Key::AccountOwner)
                        options=owner_options
                        value=Signal::derive(move || filter.with(|f| f.owner.map(|o| o.to_string()).unwrap_or_default()))
                        on_change=Callback::new(move |id: String| filter.update(|f| f.owner = id.parse().ok()))
                    />
                    <p class="count" aria-live="polite">
                        {move || {
                            app.tf(
                                Key::ClientCount,
                                &[("n", &rows.with(Vec::len).to_string()), ("total", &total.get().to_string())],
                            )
                        }}
                    </p>
                </div>
                <Show
                    when=move || rows.with(|r| !r.is_empty())
                    fallback=move || {
                        view! {
                            <div class="no-results">
                                <p>{tr(Key::NoClientMatches)}</p>
                                <button class="btn btn-secondary" on:click=move |_| filter.set(ClientFilter::default())>
                                    {tr(Key::ClearSearch)}
                                </button>
                            </div>
                        }
                    }
                >
                    <div class="table-wrap" class:table-virtual=virt.windowed()>
                        <table class="table clients-table" aria-rowcount=virt.aria_rowcount()>
                            <thead>
                                <tr aria-rowindex="1">
                                    <SortHeader order sort=ClientSort::Name label=Key::Name />
                                    <SortHeader order sort=ClientSort::Industry label=Key::Industry />
                                    <SortHeader order sort=ClientSort::Status label=Key::Status />
                                    <th scope="col">{tr(Key::Tier)}</th>
                                    <SortHeader order sort=ClientSort::Owner label=Key::AccountOwner />
                                    <SortHeader order sort=ClientSort::Contacts label=Key::ContactCount numeric=true />
                                    <SortHeader order sort=ClientSort::Updated label=Key::Updated numeric=true />
                                </tr>
                            </thead>
                            <tbody node_ref=virt.tbody>
                                <SpacerRow height=virt.space_above columns=7 />
                                <ForEnumerate
                                    each=lines
                                    key=|line| line.clone()
                                    children=move |index, line: Line| {
                                        // Cut short with an ellipsis, the whole text is in the tooltip.
                                        let titles = (line.name.clone(), line.industry.clone(), line.owner.clone());
                                        view! {
                                            <tr aria-rowindex=virt.aria_rowindex(index)>
                                                <th scope="row">
                                                    <a href=Route::Client(line.id).href() title=titles.0>{line.name}</a>
                                                </th>
                                                <td title=titles.1>{line.industry}</td>
                                                <td><span class=line.status_class>{line.status}</span></td>
                                                <td>{line.tier}</td>
                                                <td title=titles.2>{line.owner}</td>
                                                <td class="num">{line.contacts}</td>
                                                <td class="num">{line.updated}</td>
                                            </tr>
                                        }
                                    }
                                />
                                <SpacerRow height=virt.space_below columns=7 />
                            </tbody>
                        </table>
                    </div>
                </Show>
            </Show>
        </div>
    }
}
