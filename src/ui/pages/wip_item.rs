//! One WIP item: the form.

use leptos::prelude::*;

use crate::domain::Id;

#[component]
pub fn WipItemPage(id: Option<Id>, client: Option<Id>) -> impl IntoView {
    let _ = (id, client);
    view! { <div class="page"></div> }
}
