//! Moving the keyboard focus after the view has caught up with a change.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector` on the next frame, once the
/// element the last change created is on the page.
pub fn focus_later(selector: String) {
    request_animation_frame(move || {
        if let Ok(Some(element)) = document().query_selector(&selector) {
            let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

/// Focuses the element with this DOM id on the next frame.
pub fn focus_id_later(id: &str) {
    focus_later(format!("[id=\"{id}\"]"));
}

/// Puts the cursor in the first field marked invalid.
pub fn focus_first_invalid() {
    focus_later("[aria-invalid=\"true\"]".into());
}
