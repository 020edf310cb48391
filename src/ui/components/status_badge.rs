use leptos::prelude::*;

use crate::domain::ClientStatus;
use crate::i18n::Label;
use crate::ui::state::use_app;

/// A client's status as a coloured badge; the colour is never the only signal,
/// the word is always there.
#[component]
pub fn StatusBadge(#[prop(into)] status: Signal<ClientStatus>) -> impl IntoView {
    let app = use_app();
    let class = move || {
        let tone = match status.get() {
            ClientStatus::Prospect => "info",
            ClientStatus::Active => "success",
            ClientStatus::Paused => "warning",
            ClientStatus::Churned => "neutral",
        };
        format!("badge badge-{tone}")
    };
    view! { <span class=class>{move || app.t(status.get().label())}</span> }
}
