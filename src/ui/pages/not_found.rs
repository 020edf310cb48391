use leptos::prelude::*;

use crate::i18n::Key;
use crate::route::Route;
use crate::ui::state::{tr, use_app};

/// For addresses that lead nowhere; `message` says why when we know.
#[component]
pub fn NotFound(#[prop(optional)] message: Option<Key>) -> impl IntoView {
    let app = use_app();
    let body = move || app.t(message.unwrap_or(Key::NotFoundBody));
    view! {
        <section class="empty-state not-found">
            <h1>{tr(Key::NotFoundTitle)}</h1>
            <p>{body}</p>
            <div class="empty-actions">
                <a class="btn btn-primary" href=Route::Clients.href()>{tr(Key::GoToClients)}</a>
            </div>
        </section>
    }
}
