//! The figures per account person, side by side, for the Account Director.

use chrono::Duration;
use leptos::prelude::*;

use crate::domain::kpi::{KpiInputs, Kpis, MissingRate};
use crate::domain::kpi_people::People;
use crate::domain::meta::Record;
use crate::domain::money::Money;
use crate::domain::search::fold;
use crate::domain::Lang;
use crate::i18n::{fill, LaterKey, Text};
use crate::ui::state::{tr, use_app};

use super::{duration_text, Scope};

#[derive(Clone, Debug, PartialEq, Eq)]
struct Row {
    name: String,
    clients: usize,
    response: Option<Duration>,
    nps: Option<i32>,
    responses: usize,
    sales: Result<Money, MissingRate>,
}

impl Row {
    fn of(name: String, k: &Kpis) -> Row {
        Row {
            name,
            clients: k.clients_per_person.active_clients,
            response: k.response_time.mean,
            nps: k.nps.score,
            responses: k.nps.responses,
            sales: k.sales.total,
        }
    }
}

#[component]
pub fn PeopleTable(scope: Memo<Scope>, current: Memo<Kpis>) -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        let Scope { period, owner, .. } = scope.get();
        app.workspace.with(|ws| {
            let figures = People::new(KpiInputs::of(ws), period);
            let mut people: Vec<Row> = ws
                .live_team()
                .filter(|m| owner.is_none_or(|o| o == m.id()))
                .filter(|m| ws.live_clients().any(|c| c.account_owner == Some(m.id())))
                .map(|m| {
                    let person = figures.of(m.id());
                    Row {
                        name: m.name.clone(),
                        clients: person.active_clients,
                        response: person.response_time.mean,
                        nps: person.nps.score,
                        responses: person.nps.responses,
                        sales: person.sales.total,
                    }
                })
                .collect();
            people.sort_by_key(|r| fold(&r.name));
            people
        })
    });
    let total = Memo::new(move |_| {
        let everyone = scope.get().owner.is_none();
        everyone.then(|| current.with(|k| Row::of(String::new(), k)))
    });
    let cells = move |row: Row, lang: Lang| {
        let responses = if row.responses == 1 {
            LaterKey::DashOneResponse.text(lang).to_string()
        } else {
            fill(
                LaterKey::DashResponses.text(lang),
                &[("n", &row.responses.to_string())],
            )
        };
        view! {
            <td class="num">{row.clients}</td>
            <td class="num">{row.response.map_or_else(|| "—".to_string(), |d| duration_text(d, lang))}</td>
            <td class="num">
                {row.nps.map_or_else(|| "—".to_string(), |s| s.to_string())}
                " "
                <span class="cell-sub">{responses}</span>
            </td>
            <td class="num">
                {match row.sales {
                    Ok(total) => total.format(lang),
                    Err(missing) => fill(LaterKey::DashNoRate.text(lang), &[("from", missing.from.code())]),
                }}
            </td>
        }
    };
    view! {
        <section class="card dash-people" aria-labelledby="dash-people-heading">
            <h2 id="dash-people-heading">{tr(LaterKey::DashPeopleTitle)}</h2>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=|| view! { <p class="muted">{tr(LaterKey::DashNoOwners)}</p> }
            >
                <div class="dash-table-wrap">
                    <table class="table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(LaterKey::DashPerson)}</th>
                                <th scope="col" class="num">{tr(LaterKey::DashActiveClients)}</th>
                                <th scope="col" class="num">{tr(LaterKey::DashKpiResponseTime)}</th>
                                <th scope="col" class="num">{tr(LaterKey::DashKpiNps)}</th>
                                <th scope="col" class="num">{tr(LaterKey::DashKpiSales)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let lang = app.lang.get();
                                rows.get()
                                    .into_iter()
                                    .map(|row| {
                                        view! {
                                            <tr>
                                                <th scope="row">{row.name.clone()}</th>
                                                {cells(row, lang)}
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                        {move || {
                            let lang = app.lang.get();
                            total.get().map(|row| view! {
                                <tfoot>
                                    <tr>
                                        <th scope="row">{LaterKey::DashAllPeople.text(lang)}</th>
                                        {cells(row, lang)}
                                    </tr>
                                </tfoot>
                            })
                        }}
                    </table>
                </div>
            </Show>
        </section>
    }
}
