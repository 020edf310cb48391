//! The project summary report a client receives at the end of a campaign.

use leptos::prelude::*;

use crate::domain::Id;

#[component]
pub fn SummaryPage(id: Id) -> impl IntoView {
    let _ = id;
    view! { <div class="page"></div> }
}
