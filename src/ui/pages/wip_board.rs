//! The WIP as a board by status.

use leptos::prelude::*;

#[component]
pub fn WipBoardPage() -> impl IntoView {
    view! { <div class="page"></div> }
}
