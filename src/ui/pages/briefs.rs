//! Every brief across clients.

use leptos::prelude::*;

#[component]
pub fn BriefsPage() -> impl IntoView {
    view! { <div class="page"></div> }
}
