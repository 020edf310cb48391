//! Account Desk: the offline-first working desk of agency account people.
//!
//! `domain`, `i18n` and `route` are plain Rust, tested natively; the browser
//! layer and the UI exist only in the WebAssembly build.

pub mod domain;
pub mod i18n;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
