//! The top of a list of records that belong to a client: its title, Export
//! CSV once there are rows, and the way to a new record once there is a client.

use leptos::prelude::*;

use crate::i18n::{Key, LaterKey};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::state::{tr, use_app};

#[component]
pub fn ListHeader(
    title: LaterKey,
    #[prop(into)] has_rows: Signal<bool>,
    #[prop(into)] on_export: Callback<()>,
    new_label: LaterKey,
    #[prop(into)] new_href: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let has_clients = move || app.workspace.with(|ws| ws.live_clients().next().is_some());
    view! {
        <header class="page-header">
            <h1>{tr(title)}</h1>
            <div class="page-actions">
                <Show when=move || has_rows.get()>
                    <button class="btn btn-secondary" on:click=move |_| on_export.run(())>
                        <Icon name=IconName::Download />
                        {tr(Key::ExportCsv)}
                    </button>
                </Show>
                <Show when=has_clients>
                    <a class="btn btn-primary" href=new_href>
                        <Icon name=IconName::Plus />
                        {tr(new_label)}
                    </a>
                </Show>
            </div>
        </header>
    }
}
