//! Building blocks shared by the pages.

pub mod banner;
pub mod empty_state;
pub mod field;
pub mod icon;
pub mod status_badge;
pub mod toast;
