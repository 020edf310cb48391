use leptos::prelude::*;

use crate::domain::ClientStatus;
use crate::i18n::Label;
use crate::ui::state::use_app;

/// The classes of a status badge: its tone.
pub fn status_badge_class(status: ClientStatus) -> &'static str {
    match status {
        ClientStatus::Prospect => "badge badge-info",
        ClientStatus::Active => "badge badge-success",
        ClientStatus::Paused => "badge badge-warning",
        ClientStatus::Churned => "badge badge-neutral",
    }
}

/// A client's status as a coloured badge; the colour is never the only signal,
/// the word is always there.
#[component]
pub fn StatusBadge(#[prop(into)] status: Signal<ClientStatus>) -> impl IntoView {
    let app = use_app();
    let class = move || status_badge_class(status.get());
    view! { <span class=class>{move || app.t(status.get().label())}</span> }
}
