//! One competitor review: edited in place and saved as it is typed, with the
//! analysis views below and Present mode for the pitch.

mod analysis;
mod competitors;
pub mod present;
mod sources;

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::review::{Competitor, CompetitorReview, ReviewIssue};
use crate::domain::validation::{FIRST_YEAR, LAST_YEAR};
use crate::domain::{Currency, Id};
use crate::i18n::{problem_text, Key, LaterKey};
use crate::route::Route;
use crate::ui::components::banner::InTrashBanner;
use crate::ui::components::field::{InputKind, SelectField, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::form::apply_in_place;
use crate::ui::form::{client_options, currency_options};
use crate::ui::state::{tr, use_app, AppState, UndoAction};

use super::not_found::NotFound;

/// Saves one change to a stored review; `false` when nothing was saved.
pub(crate) fn edit_review(
    app: AppState,
    id: Id,
    change: impl FnOnce(&mut CompetitorReview),
) -> bool {
    let Some(mut edited) = app.workspace.with_untracked(|ws| ws.review(id).cloned()) else {
        return false;
    };
    change(&mut edited);
    apply_in_place(app, |ws| ws.save_review(edited, clock::now()))
}

/// Saves one change to a competitor of a stored review.
pub(crate) fn edit_competitor(
    app: AppState,
    review: Id,
    competitor: Id,
    change: impl FnOnce(&mut Competitor),
) -> bool {
    edit_review(app, review, |r| {
        if let Some(c) = r.competitors.iter_mut().find(|c| c.id == competitor) {
            change(c);
        }
    })
}

/// The stored review as the page sees it.
#[derive(Clone, Copy)]
pub(crate) struct ReviewCtx {
    pub app: AppState,
    pub id: Id,
    pub review: Memo<Option<CompetitorReview>>,
}

impl ReviewCtx {
    /// A text of the review, read and written through `get`/`set`, saved as typed.
    pub fn text(
        self,
        get: impl Fn(&CompetitorReview) -> String + Send + Sync + 'static,
        set: impl Fn(&mut CompetitorReview, String) + Send + Sync + 'static,
    ) -> (Signal<String>, Callback<String>) {
        let review = self.review;
        let (app, id) = (self.app, self.id);
        (
            Signal::derive(move || review.with(|r| r.as_ref().map(&get).unwrap_or_default())),
            Callback::new(move |value: String| {
                edit_review(app, id, |r| set(r, value));
            }),
        )
    }

    /// A text of one competitor, saved as typed.
    pub fn competitor_text(
        self,
        competitor: Id,
        get: fn(&Competitor) -> String,
        set: fn(&mut Competitor, String),
    ) -> (Signal<String>, Callback<String>) {
        self.text(
            move |r| {
                r.competitors
                    .iter()
                    .find(|c| c.id == competitor)
                    .map(get)
                    .unwrap_or_default()
            },
            move |r, value| {
                if let Some(c) = r.competitors.iter_mut().find(|c| c.id == competitor) {
                    set(c, value);
                }
            },
        )
    }
}

#[component]
pub fn ReviewPage(id: Id) -> impl IntoView {
    let app = use_app();
    let exists = Memo::new(move |_| {
        app.workspace
            .with(|ws| ws.review(id).map(|r| r.meta.is_trashed()))
    });
    move || match exists.get() {
        None => view! { <NotFound message=LaterKey::ReviewNotFound /> }.into_any(),
        Some(trashed) => view! { <ReviewView id trashed /> }.into_any(),
    }
}

/// "competitors[1].campaigns[0].start" → "Zip Motors › Tết xanh".
fn place_of(review: &CompetitorReview, path: &str, lang_untitled: &str) -> String {
    let index = |part: &str, name: &str| -> Option<usize> {
        part.strip_prefix(name)?
            .strip_prefix('[')?
            .split(']')
            .next()?
            .parse()
            .ok()
    };
    let parts: Vec<&str> = path.split('.').collect();
    let mut place = Vec::new();
    if let Some(i) = parts.first().and_then(|p| index(p, "competitors")) {
        if let Some(c) = review.competitors.get(i) {
            place.push(if c.name.is_empty() {
                lang_untitled.to_string()
            } else {
                c.name.clone()
            });
            if let Some(j) = parts.get(1).and_then(|p| index(p, "campaigns")) {
                if let Some(k) = c.campaigns.get(j) {
                    place.push(k.name.clone());
                }
            }
        }
    } else if let Some(i) = parts.first().and_then(|p| index(p, "sources")) {
        if let Some(s) = review.sources.get(i) {
            place.push(s.title.clone());
        }
    }
    place.join(" › ")
}

#[component]
fn ReviewView(id: Id, trashed: bool) -> impl IntoView {
    let app = use_app();
    let review = Memo::new(move |_| app.workspace.with(|ws| ws.review(id).cloned()));
    let ctx = ReviewCtx { app, id, review };
    let issues = Memo::new(move |_| {
        review.with(|r| r.as_ref().map(CompetitorReview::issues).unwrap_or_default())
    });
    let title = move || {
        review.with(|r| {
            r.as_ref()
                .map(|r| r.title.clone())
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| app.t(LaterKey::Untitled).to_string())
        })
    };
    let (title_value, set_title) = ctx.text(|r| r.title.clone(), |r, v| r.title = v);
    let (overview, set_overview) =
        ctx.text(|r| r.market_overview.clone(), |r, v| r.market_overview = v);
    let (position, set_position) =
        ctx.text(|r| r.client_position.clone(), |r, v| r.client_position = v);
    let (pov, set_pov) = ctx.text(|r| r.point_of_view.clone(), |r, v| r.point_of_view = v);
    let (recommendations, set_recommendations) =
        ctx.text(|r| r.recommendations.clone(), |r, v| r.recommendations = v);
    let (forecast, set_forecast) = ctx.text(|r| r.forecast.clone(), |r, v| r.forecast = v);

    let client_options = client_options(app);
    let currency_options = currency_options();
    let start_month = Signal::derive(move || {
        review.with(|r| {
            r.as_ref()
                .map(|r| r.period_start.format("%Y-%m").to_string())
                .unwrap_or_default()
        })
    });
    let set_start_month = Callback::new(move |value: String| {
        if let Ok(first) = chrono::NaiveDate::parse_from_str(&format!("{value}-01"), "%Y-%m-%d") {
            edit_review(app, id, |r| {
                let fresh = CompetitorReview::new(r.client, first, r.currency, clock::now());
                r.period_start = fresh.period_start;
                r.period_end = fresh.period_end;
            });
        }
    });

    let duplicate = move |_| {
        let Some(original) = review.get_untracked() else {
            return;
        };
        let next = original.duplicate_for_next_year(clock::now());
        let next_id = next.meta.id;
        if app.apply(|ws| ws.save_review(next, clock::now())).is_ok() {
            app.show_toast(app.t(LaterKey::ReviewDuplicated).to_string(), None);
            app.navigate(Route::Review(next_id));
        }
    };
    let delete = move |_| {
        let name = title();
        if app.apply(|ws| ws.trash_review(id, clock::now())).is_ok() {
            let undo: UndoAction = Arc::new(move || {
                if app.apply(|ws| ws.restore_review(id, clock::now())).is_ok() {
                    app.navigate(Route::Review(id));
                }
            });
            app.show_toast(
                app.tf(LaterKey::ReviewTrashed, &[("name", &name)]),
                Some(undo),
            );
            app.navigate(Route::Reviews);
        }
    };
    let issue_list = move || {
        let lang = app.lang.get();
        issues.with(|all| {
            review.with(|r| {
                let Some(r) = r else { return Vec::new() };
                all.iter()
                    .map(|ReviewIssue { error, warning }| {
                        let place = place_of(r, &error.path, app.t(LaterKey::Untitled));
                        let text = problem_text(&error.problem, lang);
                        let line = if place.is_empty() {
                            text
                        } else {
                            format!("{place}: {text}")
                        };
                        (line, *warning)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };

    view! {
        <article class="page review-page">
            <a class="back-link" href=Route::Reviews.href()>
                <Icon name=IconName::ArrowLeft />
                {tr(LaterKey::BackToReviews)}
            </a>
            {trashed.then(|| view! {
                <InTrashBanner message=LaterKey::ReviewInTrash on_restore=Callback::new(move |_| { apply_in_place(app, |ws| ws.restore_review(id, clock::now())); }) />
            })}
            <header class="page-header record-header">
                <div>
                    <h1>{title}</h1>
                    <div class="record-meta muted">
                        {move || review.with(|r| r.as_ref().map(|r| app.lang.get().format_period(r.period_start, r.period_end)))}
                    </div>
                </div>
                <div class="page-actions">
                    <a class="btn btn-primary" href=Route::Present(id).href()>{tr(LaterKey::Present)}</a>
                    <button class="btn btn-secondary" on:click=duplicate>{tr(LaterKey::Duplicate)}</button>
                    {(!trashed).then(|| view! {
                        <button class="btn btn-danger-ghost" on:click=delete>
                            <Icon name=IconName::Trash />
                            {tr(LaterKey::Delete)}
                        </button>
                    })}
                </div>
            </header>
            <Show when=move || issues.with(|i| !i.is_empty())>
                <section class="banner banner-warning" role="status" aria-labelledby="issues-heading">
                    <Icon name=IconName::Alert />
                    <div class="banner-text">
                        <strong id="issues-heading">{tr(LaterKey::ReviewNeedsALook)}</strong>
                        <ul class="issue-list">
                            {move || issue_list().into_iter().map(|(line, _)| view! { <li>{line}</li> }).collect_view()}
                        </ul>
                    </div>
                </section>
            </Show>

            <section class="card form-section" aria-labelledby="review-overview">
                <h2 id="review-overview">{tr(LaterKey::Overview)}</h2>
                <div class="form-grid">
                    <TextField label=tr(LaterKey::ReviewTitle) value=title_value on_input=set_title required=true />
                    <SelectField
                        label=tr(Key::Client)
                        options=client_options
                        value=Signal::derive(move || review.with(|r| r.as_ref().map(|r| r.client.to_string()).unwrap_or_default()))
                        on_change=Callback::new(move |v: String| {
                            if let Ok(client) = v.parse() {
                                edit_review(app, id, |r| r.client = client);
                            }
                        })
                    />
                    <div class="field">
                        <label for="review-start">{tr(LaterKey::FirstMonth)}</label>
                        <input id="review-start" type="month" min=format!("{FIRST_YEAR}-01") max=format!("{LAST_YEAR}-12") prop:value=start_month on:change:target=move |ev| set_start_month.run(ev.target().value()) />
                    </div>
                    <SelectField
                        label=tr(LaterKey::Currency)
                        options=currency_options
                        value=Signal::derive(move || review.with(|r| r.as_ref().map(|r| r.currency.code().to_string()).unwrap_or_default()))
                        on_change=Callback::new(move |v: String| {
                            if let Some(currency) = Currency::from_code(&v) {
                                edit_review(app, id, |r| r.currency = currency);
                            }
                        })
                    />
                </div>
                <TextField label=tr(LaterKey::MarketOverview) kind=InputKind::Multiline value=overview on_input=set_overview />
                <TextField label=tr(LaterKey::ClientPosition) kind=InputKind::Multiline value=position on_input=set_position />
            </section>

            <competitors::CompetitorsSection ctx />
            <sources::SourcesSection ctx />

            <section class="card form-section" aria-labelledby="review-pov">
                <h2 id="review-pov">{tr(LaterKey::PointOfView)}</h2>
                <TextField label=tr(LaterKey::PointOfView) kind=InputKind::Multiline value=pov on_input=set_pov />
                <TextField label=tr(LaterKey::Recommendations) kind=InputKind::Multiline value=recommendations on_input=set_recommendations />
                <TextField label=tr(LaterKey::ForecastText) kind=InputKind::Multiline value=forecast on_input=set_forecast />
            </section>

            <analysis::Analysis review />
        </article>
    }
}
