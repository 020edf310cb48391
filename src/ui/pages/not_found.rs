use leptos::prelude::*;

use crate::i18n::LaterKey;
use crate::route::Route;
use crate::ui::state::{tr, use_app};

/// For addresses that lead nowhere; `message` says why when we know.
#[component]
pub fn NotFound(#[prop(optional)] message: Option<LaterKey>) -> impl IntoView {
    let app = use_app();
    let body = move || app.t(message.unwrap_or(LaterKey::NotFoundBody));
    view! {
        <section class="empty-state not-found">
            <h1>{tr(LaterKey::NotFoundTitle)}</h1>
            <p>{body}</p>
            <div class="empty-actions">
                <a class="btn btn-primary" href=Route::Clients.href()>{tr(LaterKey::GoToClients)}</a>
            </div>
        </section>
    }
}
