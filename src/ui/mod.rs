//! The interface: the app shell, pages and components.

mod components;
mod export;
mod focus;
mod form;
mod pages;
mod persist;
mod screens;
mod shell;
mod state;

use leptos::ev;
use leptos::prelude::*;

use crate::browser::service_worker;
use crate::route::Route;
use state::AppState;

/// Mounts Account Desk on the page.
pub fn start() {
    console_error_panic_hook::set_once();
    let hash = window().location().hash().unwrap_or_default();
    // The dashboard, where a returning user starts, is in the second file:
    // it is fetched while the workspace is read. Opened on the client list,
    // which needs nothing of it, the app fetches it after the list's first
    // paint instead (see `App`).
    if !state::opens_on_list(&hash) {
        screens::preload_later_screens();
    }
    // Mounted in a microtask queued after the preload's, whose first step
    // starts the fetch: mounting first would read the whole workspace
    // before the fetch even began.
    wasm_bindgen_futures::spawn_local(async {
        crate::browser::timing::measured("mount", || leptos::mount::mount_to_body(App));
    });
}

#[component]
fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    state.set_language(state.lang.get_untracked());
    persist::install(state);
    service_worker::register(move || state.update_ready.set(true));
    service_worker::request_persistent_storage();

    if state.list_only.get_untracked() {
        let rest = move || {
            screens::preload_later_screens();
            state.finish_restore();
        };
        if document().hidden() {
            // No frame comes while the tab is hidden (opened in the
            // background): the list can wait for nothing.
            set_timeout(rest, std::time::Duration::ZERO);
        } else {
            // A callback of the next frame runs before it is painted; a task
            // it queues runs after.
            request_animation_frame(move || set_timeout(rest, std::time::Duration::ZERO));
        }
    } else {
        // Already under way unless the list was asked for and could not be
        // read alone; a second call joins the first.
        screens::preload_later_screens();
    }

    let on_hash = window_event_listener(ev::hashchange, move |_| {
        // Every other screen draws from the whole workspace.
        state.finish_restore();
        let hash = window().location().hash().unwrap_or_default();
        state.route.set(Route::parse(&hash));
        // A new page starts at its top, as after a link on any website.
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    on_cleanup(move || on_hash.remove());

    view! { <shell::Shell /> }
}
