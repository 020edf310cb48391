use leptos::prelude::*;

/// What a screen is for, shown while it has nothing in it, with the first
/// action to take.
#[component]
pub fn EmptyState(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] body: Signal<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="empty-state">
            <h2>{title}</h2>
            <p>{body}</p>
            <div class="empty-actions">{children()}</div>
        </section>
    }
}

/// The empty list of a kind of record that belongs to a client: the way to
/// the first record, or, with no client yet, to the first client.
#[component]
pub fn EmptyClientList(
    title: crate::i18n::LaterKey,
    body: crate::i18n::LaterKey,
    /// Why a client comes first, e.g. "every brief belongs to one".
    needs_client: crate::i18n::LaterKey,
    new_label: crate::i18n::LaterKey,
    new_route: crate::route::Route,
) -> impl IntoView {
    use crate::i18n::Key;
    use crate::route::Route;
    use crate::ui::components::icon::{Icon, IconName};
    use crate::ui::state::{tr, use_app};
    let app = use_app();
    let has_clients = move || app.workspace.with(|ws| ws.live_clients().next().is_some());
    view! {
        <EmptyState title=tr(title) body=tr(body)>
            <Show
                when=has_clients
                fallback=move || view! {
                    <p class="empty-hint">{tr(needs_client)}</p>
                    <a class="btn btn-secondary" href=Route::NewClient.href()>{tr(Key::NewClient)}</a>
                }
            >
                <a class="btn btn-primary" href=new_route.href()>
                    <Icon name=IconName::Plus />
                    {tr(new_label)}
                </a>
            </Show>
        </EmptyState>
    }
}
