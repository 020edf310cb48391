//! Account Desk: the offline-first working desk of agency account people.
//!
//! `domain` and `i18n` are plain Rust, tested natively; the browser layer and
//! the UI exist only in the WebAssembly build.

pub mod domain;
pub mod i18n;
pub mod route;
