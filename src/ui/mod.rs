//! The interface: the app shell, pages and components.

mod components;
mod export;
mod focus;
mod form;
mod later_code;
mod pages;
mod persist;
mod screens;
mod shell;
mod state;

use leptos::ev;
use leptos::prelude::*;

use crate::browser::service_worker;
use crate::route::Route;
use state::{AppState, InMemory};

/// Mounts Account Desk on the page.
pub fn start() {
    console_error_panic_hook::set_once();
    let hash = window().location().hash().unwrap_or_default();
    // The dashboard, where a returning user starts, and the whole restore
    // are in the second file: it is fetched while the list's part of the
    // workspace is read and drawn. Opened on the client list,
    // which needs nothing of it, the app fetches it after the list's first
    // paint instead (see `App`).
    if !state::opens_on_list(&hash) {
        screens::preload_later_screens();
    }
    // Mounted in a microtask queued after the preload's, whose first step
    // starts the fetch: mounting first would read the list before the fetch
    // even began.
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

    if state.in_memory.get_untracked() == InMemory::Whole {
        // Nothing is stored (a first visit): the second file is fetched at
        // once, for the first click on another screen.
        screens::preload_later_screens();
    } else {
        // The whole restore travels in the second file: fetched after the
        // list's first paint, or already under way for any other screen.
        let rest = move || state.finish_restore_reading_ahead();
        if document().hidden() {
            // No frame comes while the tab is hidden (opened in the
            // background): the list can wait for nothing.
            set_timeout(rest, std::time::Duration::ZERO);
        } else {
            // A callback of the next frame runs before it is painted; a task
            // it queues runs after.
            request_animation_frame(move || set_timeout(rest, std::time::Duration::ZERO));
        }
    }

    let on_hash = window_event_listener(ev::hashchange, move |_| {
        // Every other screen restores the whole workspace before it draws
        // (`screens::later_screen`).
        let hash = window().location().hash().unwrap_or_default();
        state.route.set(Route::parse(&hash));
        // A new page starts at its top, as after a link on any website.
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    on_cleanup(move || on_hash.remove());

    view! { <shell::Shell /> }
}
