//! The WIP table across clients and departments.

use leptos::prelude::*;

#[component]
pub fn WipPage() -> impl IntoView {
    view! { <div class="page"></div> }
}
