//! Competitor reviews across clients, and starting a new one.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::csv::table_csv;
use crate::domain::review::CompetitorReview;
use crate::domain::search::fold;
use crate::domain::Id;
use crate::i18n::{Key, LaterKey, Text};
use crate::route::Route;
use crate::ui::components::empty_state::EmptyClientList;
use crate::ui::components::list_header::ListHeader;
use crate::ui::export;
use crate::ui::state::{tr, use_app};

use super::not_found::NotFound;

#[derive(Clone, PartialEq)]
struct Row {
    id: Id,
    rev: u64,
    title: String,
    client: String,
    start: chrono::NaiveDate,
    end: chrono::NaiveDate,
    competitors: Vec<String>,
}

#[component]
pub fn ReviewsPage() -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        app.workspace.with(|ws| {
            let mut rows: Vec<Row> = ws
                .live_reviews()
                .map(|r| Row {
                    id: r.meta.id,
                    rev: r.meta.rev,
                    title: r.title.clone(),
                    client: ws
                        .client(r.client)
                        .map(|c| c.name.clone())
                        .unwrap_or_default(),
                    start: r.period_start,
                    end: r.period_end,
                    competitors: r.competitors.iter().map(|c| c.name.clone()).collect(),
                })
                .collect();
            rows.sort_by(|a, b| {
                b.start
                    .cmp(&a.start)
                    .then_with(|| fold(&a.title).cmp(&fold(&b.title)))
            });
            rows
        })
    });
    let export_csv = move |_| {
        let lang = app.lang.get_untracked();
        let header = [
            LaterKey::ReviewTitle.text(lang),
            Key::Client.text(lang),
            LaterKey::StartDate.text(lang),
            LaterKey::EndDate.text(lang),
            LaterKey::Competitors.text(lang),
        ];
        let csv = rows.with_untracked(|rows| {
            table_csv(
                &header,
                rows.iter().map(|r| {
                    vec![
                        r.title.clone(),
                        r.client.clone(),
                        r.start.to_string(),
                        r.end.to_string(),
                        r.competitors.join("; "),
                    ]
                }),
            )
        });
        export::download_csv("reviews", &csv);
    };
    view! {
        <div class="page">
            <ListHeader
                title=LaterKey::ReviewsTitle
                has_rows=Signal::derive(move || rows.with(|r| !r.is_empty()))
                on_export=Callback::new(export_csv)
                new_label=LaterKey::NewReview
                new_href=Signal::derive(move || Route::NewReview(None).href())
            />
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=move || {
                    view! {
                        <EmptyClientList title=LaterKey::EmptyReviewsTitle body=LaterKey::EmptyReviewsBody needs_client=LaterKey::ReviewsAddClientFirst new_label=LaterKey::NewReview new_route=Route::NewReview(None) />
                    }
                }
            >
                <div class="table-wrap">
                    <table class="table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(LaterKey::ReviewTitle)}</th>
                                <th scope="col">{tr(LaterKey::Period)}</th>
                                <th scope="col">{tr(LaterKey::Competitors)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || rows.get() key=|r| (r.id, r.rev) let:row>
                                <tr>
                                    <th scope="row">
                                        <a href=Route::Review(row.id).href()>
                                            {if row.title.trim().is_empty() { app.t(LaterKey::Untitled).to_string() } else { row.title.clone() }}
                                        </a>
                                        <span class="cell-sub">{row.client.clone()}</span>
                                    </th>
                                    <td class="period">{move || app.lang.get().format_period(row.start, row.end)}</td>
                                    <td>{row.competitors.join(", ")}</td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </div>
    }
}

/// Creates a review (for `client`, or the first client) and opens it:
/// reviews are edited in place and saved as they are typed.
#[component]
pub fn NewReviewPage(#[prop(optional)] client: Option<Id>) -> impl IntoView {
    let app = use_app();
    let client = client.or_else(|| {
        app.workspace
            .with_untracked(|ws| ws.first_client().map(|c| c.meta.id))
    });
    let Some(client) = client else {
        return view! { <NotFound message=LaterKey::ReviewsAddClientFirst /> }.into_any();
    };
    let currency = app
        .workspace
        .with_untracked(|ws| ws.client(client).map(|c| c.currency))
        .unwrap_or_default();
    let review = CompetitorReview::new(client, clock::today(), currency, clock::now());
    let id = review.meta.id;
    if app.apply(|ws| ws.save_review(review, clock::now())).is_ok() {
        // Replace, so Back does not create another review.
        let _ = window().location().replace(&Route::Review(id).href());
    }
    view! { <p class="muted">{tr(Key::SaveStatePending)}</p> }.into_any()
}
