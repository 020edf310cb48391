//! Every contact report across clients, and starting a new one.

use leptos::prelude::*;

use crate::domain::Id;

#[component]
pub fn ContactReportsPage() -> impl IntoView {
    view! { <div class="page"></div> }
}

#[component]
pub fn NewContactReportPage(client: Option<Id>) -> impl IntoView {
    let _ = client;
    view! { <div class="page"></div> }
}
