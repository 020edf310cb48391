//! Client 360: requests and replies, NPS, deals and the client's timeline.

use leptos::prelude::*;

use crate::domain::Id;

#[component]
pub fn Client360(client: Id) -> impl IntoView {
    let _ = client;
    view! { <div></div> }
}
