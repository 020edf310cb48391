//! Present mode: the review as full-screen slides for the client's meeting
//! room — keyboard-driven, large type, no network. Printing it gives one
//! slide per landscape page to leave behind.

use leptos::ev;
use leptos::prelude::*;

use crate::domain::money::Money;
use crate::domain::review::{CompetitorReview, Slide};
use crate::domain::Id;
use crate::i18n::{Label, LaterKey, Text};
use crate::route::Route;
use crate::ui::state::{tr, use_app};

use super::super::not_found::NotFound;
use super::analysis::{Matrix, ShareOfVoiceChart, SourceBadges, SpendChart, SwotGrid, Timeline};

#[component]
pub fn PresentPage(id: Id) -> impl IntoView {
    let app = use_app();
    match app.workspace.with_untracked(|ws| ws.review(id).cloned()) {
        Some(review) => view! { <Present review /> }.into_any(),
        None => view! { <NotFound message=LaterKey::ReviewNotFound /> }.into_any(),
    }
}

fn leave(id: Id) {
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    }
    let _ = window().location().replace(&Route::Review(id).href());
}

#[component]
fn Present(review: CompetitorReview) -> impl IntoView {
    let app = use_app();
    let id = review.meta.id;
    let slides = review.slides();
    let count = slides.len();
    let current = RwSignal::new(0usize);
    let go = move |to: usize| current.set(to.min(count - 1));

    // Full screen when the browser allows it; the dark overlay stands in
    // when it refuses (no user gesture, a kiosk, an iframe).
    if let Some(root) = document().document_element() {
        let _ = root.request_fullscreen();
    }
    let on_key = window_event_listener(ev::keydown, move |e| {
        let now = current.get_untracked();
        match e.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" => go(now + 1),
            "ArrowLeft" | "ArrowUp" | "PageUp" => go(now.saturating_sub(1)),
            "Home" => go(0),
            "End" => go(count - 1),
            "Escape" => leave(id),
            _ => return,
        }
        e.prevent_default();
    });
    // Esc in full screen is taken by the browser: leaving full screen ends the presentation.
    let was_fullscreen = StoredValue::new(false);
    let on_fullscreen = window_event_listener(
        ev::Custom::<web_sys::Event>::new("fullscreenchange"),
        move |_| {
            let now = document().fullscreen_element().is_some();
            if was_fullscreen.get_value() && !now {
                leave(id);
            }
            was_fullscreen.set_value(now);
        },
    );
    on_cleanup(move || {
        on_key.remove();
        on_fullscreen.remove();
        // Leaving by Back or a link must not strand the app in full screen.
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        }
    });

    let lang = app.lang.get_untracked();
    let views = slides
        .into_iter()
        .enumerate()
        .map(|(i, slide)| {
            let body = slide_view(&review, slide, lang);
            view! {
                <section
                    class="slide"
                    class:current=move || current.get() == i
                    aria-hidden=move || (current.get() != i).to_string()
                    aria-label=move || app.tf(LaterKey::SlideOf, &[("n", &(i + 1).to_string()), ("total", &count.to_string())])
                >
                    {body}
                </section>
            }
        })
        .collect_view();

    view! {
        <div class="present" role="dialog" aria-modal="true" aria-label=tr(LaterKey::PresentMode)>
            <div class="slides">{views}</div>
            <footer class="present-bar">
                <span class="present-counter" aria-live="polite">
                    {move || format!("{} / {count}", current.get() + 1)}
                </span>
                <span class="present-hint">{tr(LaterKey::PresentHint)}</span>
                <div class="present-actions">
                    <button class="btn btn-present" on:click=move |_| go(current.get_untracked().saturating_sub(1))>
                        {tr(LaterKey::PreviousSlide)}
                    </button>
                    <button class="btn btn-present" on:click=move |_| go(current.get_untracked() + 1)>
                        {tr(LaterKey::NextSlide)}
                    </button>
                    <button class="btn btn-present" on:click=move |_| { let _ = window().print(); }>{tr(LaterKey::Print)}</button>
                    <button class="btn btn-present" on:click=move |_| leave(id)>{tr(LaterKey::ExitPresent)}</button>
                </div>
            </footer>
        </div>
    }
}

fn paragraphs(text: &str) -> impl IntoView {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| view! { <p>{p.to_string()}</p> })
        .collect_view()
}

fn slide_view(review: &CompetitorReview, slide: Slide, lang: crate::domain::Lang) -> AnyView {
    let r = review.clone();
    match slide {
        Slide::Title => view! {
            <div class="slide-title">
                <h1>{r.title.clone()}</h1>
                <p class="slide-sub">{lang.format_period(r.period_start, r.period_end)}</p>
            </div>
        }
        .into_any(),
        Slide::Market => view! {
            <h2>{LaterKey::MarketOverview.text(lang)}</h2>
            <div class="slide-columns">
                <div>{paragraphs(&r.market_overview)}</div>
                <div>
                    <h3>{LaterKey::ClientPosition.text(lang)}</h3>
                    {paragraphs(&r.client_position)}
                </div>
            </div>
        }
        .into_any(),
        Slide::Matrix => view! {
            <h2>{LaterKey::ComparisonMatrix.text(lang)}</h2>
            <Matrix review=r />
        }
        .into_any(),
        Slide::Competitor(i) => {
            let Some(c) = r.competitors.get(i).cloned() else { return ().into_any() };
            let spend = c
                .estimated_spend
                .map(|s| format!("{} ({})", Money::new(s, r.currency).format(lang), c.spend_confidence.label().text(lang)));
            let facts: Vec<(LaterKey, String)> = [
                (LaterKey::Positioning, c.positioning.clone()),
                (LaterKey::KeyMessage, c.key_message.clone()),
                (LaterKey::Tone, c.tone.clone()),
                (LaterKey::Audience, c.audience.clone()),
                (LaterKey::Channels, c.channels.join(", ")),
                (LaterKey::EstimatedSpend, spend.unwrap_or_default()),
            ]
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .collect();
            view! {
                <h2>{c.name.clone()} <span class="badges"><SourceBadges review=r.clone() cited=c.sources.clone() /></span></h2>
                <dl class="slide-facts">
                    {facts.into_iter().map(|(k, v)| view! { <div><dt>{k.text(lang)}</dt><dd>{v}</dd></div> }).collect_view()}
                </dl>
            }
            .into_any()
        }
        Slide::ShareAndSpend => view! {
            <h2>{LaterKey::ShareAndSpend.text(lang)}</h2>
            <div class="slide-columns">
                <div><h3>{LaterKey::ShareOfVoice.text(lang)}</h3><ShareOfVoiceChart review=r.clone() /></div>
                <div><h3>{LaterKey::EstimatedSpend.text(lang)}</h3><SpendChart review=r /></div>
            </div>
        }
        .into_any(),
        Slide::Timeline => view! {
            <h2>{LaterKey::CampaignTimeline.text(lang)}</h2>
            <Timeline review=r />
        }
        .into_any(),
        Slide::Swot(i) => {
            let Some(c) = r.competitors.get(i).cloned() else { return ().into_any() };
            view! {
                <h2>{format!("SWOT — {}", c.name)}</h2>
                <SwotGrid competitor=c />
            }
            .into_any()
        }
        Slide::PointOfView => view! {
            <h2>{LaterKey::PointOfView.text(lang)}</h2>
            <div class="slide-columns">
                <div>{paragraphs(&r.point_of_view)}</div>
                <div>
                    <h3>{LaterKey::Recommendations.text(lang)}</h3>
                    {paragraphs(&r.recommendations)}
                    <h3>{LaterKey::ForecastText.text(lang)}</h3>
                    {paragraphs(&r.forecast)}
                </div>
            </div>
        }
        .into_any(),
    }
}
