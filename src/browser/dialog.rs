//! The browser's own yes/no question: modal, keyboard-friendly and worded
//! by our text; used before something that cannot be undone.

/// Whether the person said yes; no answer (a blocked dialog) is no.
pub fn confirm(question: &str) -> bool {
    web_sys::window()
        .and_then(|window| window.confirm_with_message(question).ok())
        .unwrap_or(false)
}
