//! The stylesheet of the screens in the second wasm file (`style/later.css`).
//!
//! `index.html` links it as `media="print"` (see `scripts/postbuild.mjs`):
//! the browser fetches it without holding up the client list's first paint,
//! and applies it only to paper until [`later_styles_ready`] turns it on.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The `id` postbuild gives the link.
const LINK_ID: &str = "later-styles";

/// Turns the stylesheet on and resolves once the browser has it (at once
/// when it is loaded, as it usually is by then). Resolves too when it could
/// not be fetched, and where there is no such link (the one-file build has
/// every style inline): a screen drawn without it beats no screen.
pub async fn later_styles_ready() {
    let Some(link) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(LINK_ID))
    else {
        return;
    };
    let _ = link.set_attribute("media", "all");
    // `sheet` is set once the stylesheet is loaded.
    let loaded = js_sys::Reflect::get(&link, &JsValue::from_str("sheet"))
        .is_ok_and(|sheet| !sheet.is_null() && !sheet.is_undefined());
    if loaded {
        return;
    }
    let settled = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = link.add_event_listener_with_callback("load", &resolve);
        let _ = link.add_event_listener_with_callback("error", &resolve);
    });
    let _ = JsFuture::from(settled).await;
}
