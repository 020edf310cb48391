use leptos::prelude::*;

use super::icon::{Icon, IconName};

/// A button that shows only an icon; `label` is its accessible name and tooltip.
#[component]
pub fn IconButton(
    icon: IconName,
    #[prop(into)] label: Signal<String>,
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class="icon-btn" aria-label=label title=label on:click=move |_| on_click.run(())>
            <Icon name=icon />
        </button>
    }
}
