//! One Client Brief: the form, Start work, and the way to its summary report.

use leptos::prelude::*;

use crate::domain::Id;

#[component]
pub fn BriefPage(id: Option<Id>, client: Option<Id>) -> impl IntoView {
    let _ = (id, client);
    view! { <div class="page"></div> }
}
