//! The browser layer: turns browser facts (localStorage, the clock, file
//! downloads, the service worker) into domain calls and typed errors. Only built for wasm32.

pub mod clipboard;
pub mod clock;
pub mod crypto;
pub mod dialog;
pub mod download;
pub mod files;
pub mod locks;
pub mod service_worker;
pub mod storage;
pub mod styles;
pub mod timing;
