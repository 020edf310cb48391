//! Copying text for an e-mail or a chat message.

use thiserror::Error;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ClipboardError {
    /// No clipboard API here (an old browser, or a page that is not secure).
    #[error("this browser gives no clipboard to this page")]
    Unavailable,
    /// The browser or the user refused.
    #[error("the browser refused to copy")]
    Refused,
}

/// Puts `text` on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), ClipboardError> {
    let window = web_sys::window().ok_or(ClipboardError::Unavailable)?;
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts; web-sys
    // would hand that back typed as a Clipboard.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined())
        .unwrap_or(false);
    if !has_clipboard {
        return Err(ClipboardError::Unavailable);
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(drop)
        .map_err(|_| ClipboardError::Refused)
}
