//! One contact report, filled in during the meeting.

use leptos::prelude::*;

use crate::domain::Id;

#[component]
pub fn ContactReportPage(id: Id) -> impl IntoView {
    let _ = id;
    view! { <div class="page"></div> }
}
