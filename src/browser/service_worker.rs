//! Offline start-up: the service worker `sw.js` that `scripts/postbuild.mjs`
//! writes for each build (it precaches exactly that build's files), the
//! "a new version is ready" moment, and persistent storage.
//!
//! A new build never takes over a page by itself: its worker waits until the
//! user chooses "Reload to update" ([`apply_update`]), so a page is never
//! half old code, half new files.

use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState, StorageManager,
};

/// Relative, so the app works from any sub-path; the worker's scope is the
/// folder the app is served from.
const SCRIPT_URL: &str = "./sw.js";

/// `navigator.serviceWorker`, when this page can have a worker at all.
fn container() -> Option<ServiceWorkerContainer> {
    // `make dev` serves a debug build without sw.js (scripts/postbuild.mjs
    // writes it for the release build only).
    if cfg!(debug_assertions) {
        return None;
    }
    let window = web_sys::window()?;
    // The one-file build runs from file://, where there is nothing to cache
    // and registering fails.
    let protocol = window.location().protocol().ok()?;
    if protocol != "http:" && protocol != "https:" {
        return None;
    }
    // Missing on plain http other than localhost, and in older browsers;
    // web-sys's getter would hand back `undefined` typed as a container.
    Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
        .ok()?
        .dyn_into()
        .ok()
}

/// Registers `sw.js` and calls `on_update_ready` when a newer build is
/// installed and waiting for [`apply_update`]. Does nothing under file://
/// or without service-worker support: the app then simply runs online.
pub fn register(on_update_ready: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let on_update_ready: Rc<dyn Fn()> = Rc::new(on_update_ready);
    spawn_local(async move {
        // Checked, not assumed: a browser that blocks workers (some policies,
        // test runners) may resolve with no registration at all.
        let registered = JsFuture::from(container.register(SCRIPT_URL))
            .await
            .and_then(|value| value.dyn_into::<ServiceWorkerRegistration>());
        let registration = match registered {
            Ok(registration) => registration,
            Err(error) => {
                // Not fatal (e.g. `trunk serve` has no sw.js): the app works, only not offline.
                web_sys::console::warn_2(
                    &JsValue::from_str("Account Desk: no offline copy:"),
                    &error,
                );
                return;
            }
        };
        // An update installed during an earlier visit is still waiting: a
        // reload keeps the old worker while any tab uses it.
        if registration.waiting().is_some() && container.controller().is_some() {
            on_update_ready();
        }
        watch_for_updates(&registration, container, on_update_ready);
    });
}

/// Calls `on_update_ready` each time a newly found worker finishes installing
/// while this page is controlled. Without a controller it is the very first
/// install, which is not an update.
fn watch_for_updates(
    registration: &ServiceWorkerRegistration,
    container: ServiceWorkerContainer,
    on_update_ready: Rc<dyn Fn()>,
) {
    let found_in = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = found_in.installing() else {
            return;
        };
        let (container, on_update_ready, watched) =
            (container.clone(), on_update_ready.clone(), worker.clone());
        let on_state_change = Closure::<dyn Fn()>::new(move || {
            if watched.state() == ServiceWorkerState::Installed && container.controller().is_some()
            {
                on_update_ready();
            }
        });
        worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        // Lives as long as the worker it watches: one small closure per update.
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    // Needed for the whole life of the page.
    on_update_found.forget();
}

/// Lets the waiting worker take over and reloads the page once it controls
/// it, so the reload is served by the new build. Reloads at once when
/// nothing is waiting (another tab may have updated already).
pub fn apply_update() {
    let Some(container) = container() else {
        reload();
        return;
    };
    spawn_local(async move {
        let waiting = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|registration| registration.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|registration| registration.waiting());
        let Some(waiting) = waiting else {
            reload();
            return;
        };
        let listening = container.clone();
        let on_controller_change = Closure::once_into_js(move || {
            // Once: a second `controllerchange` must not reload again.
            listening.set_oncontrollerchange(None);
            reload();
        });
        container.set_oncontrollerchange(Some(on_controller_change.unchecked_ref()));
        // sw.js answers this message with self.skipWaiting().
        let message = Object::new();
        let sent = Reflect::set(
            &message,
            &JsValue::from_str("type"),
            &JsValue::from_str("SKIP_WAITING"),
        )
        .and_then(|_| waiting.post_message(&message));
        if sent.is_err() {
            reload();
        }
    });
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Asks the browser to keep this origin's storage (localStorage included)
/// under storage pressure instead of evicting it. The answer changes nothing
/// in the app, so it is ignored; browsers without the API are skipped.
/// Firefox may ask the user, once.
pub fn request_persistent_storage() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // `navigator.storage` is missing outside secure contexts.
    let Some(storage) = Reflect::get(&window.navigator(), &JsValue::from_str("storage"))
        .ok()
        .and_then(|storage| storage.dyn_into::<StorageManager>().ok())
    else {
        return;
    };
    spawn_local(async move {
        // Already persistent: asking again could only prompt for nothing.
        let persisted = match storage.persisted() {
            Ok(promise) => JsFuture::from(promise)
                .await
                .ok()
                .and_then(|value| value.as_bool()),
            Err(_) => None,
        };
        if persisted != Some(true) {
            if let Ok(promise) = storage.persist() {
                let _ = JsFuture::from(promise).await;
            }
        }
    });
}
