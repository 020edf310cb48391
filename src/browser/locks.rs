//! One save at a time across every tab of the origin, with the Web Locks
//! API (`navigator.locks`). localStorage has no transactions: two tabs that
//! read the manifest, write parts and switch the manifest at the same time
//! each remove parts the other's manifest still names. Under the lock a save
//! reads, merges and writes as one step.
//!
//! Where the API is missing (an old browser, or a page served over plain
//! http from another machine, which is not a secure context) the work runs
//! at once: saves then still never remove a part another tab may be writing
//! beside (see `domain::saving`), but two saves in the same few milliseconds
//! can overwrite each other's edits. The Data page says so
//! ([`available`]).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `navigator.locks`, bound by hand: web-sys has it only behind
    /// `web_sys_unstable_apis`.
    type LockManager;

    #[wasm_bindgen(method, js_name = request)]
    fn request(this: &LockManager, name: &str, callback: &js_sys::Function) -> js_sys::Promise;
}

/// The one lock every save of the workspace takes.
const SAVE_LOCK: &str = "account-desk:save";

fn lock_manager() -> Option<LockManager> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then(|| locks.unchecked_into())
}

/// Whether saves are serialised across tabs in this browser.
pub fn available() -> bool {
    lock_manager().is_some()
}

/// Runs `work` holding the save lock, once every other tab's save is done;
/// at once where there is no lock to take. The lock is let go as soon as
/// `work` returns.
pub fn with_save_lock(work: impl FnOnce() + 'static) {
    let Some(locks) = lock_manager() else {
        work();
        return;
    };
    let callback = Closure::once_into_js(move |_lock: JsValue| {
        work();
        JsValue::UNDEFINED
    });
    // The promise settles with the callback's return; a refusal (the page
    // going away) leaves the work undone, and the caller's state says so.
    let _ = locks.request(SAVE_LOCK, callback.unchecked_ref());
}
