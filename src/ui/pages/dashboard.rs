//! The KPI dashboard account people are judged by.

use leptos::prelude::*;

#[component]
pub fn DashboardPage() -> impl IntoView {
    view! { <div class="page"></div> }
}
