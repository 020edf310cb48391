//! The weekly WIP report for the Monday meeting e-mail.

use leptos::prelude::*;

#[component]
pub fn WipWeeklyPage() -> impl IntoView {
    view! { <div class="page"></div> }
}
