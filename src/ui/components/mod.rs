//! Building blocks shared by the pages.

pub mod banner;
pub mod budget_alerts;
pub mod empty_state;
pub mod field;
pub mod form_page;
pub mod icon;
pub mod icon_button;
pub mod list_header;
pub mod money_input;
pub mod sort_header;
pub mod status_badge;
pub mod text_cell;
pub mod toast;
pub mod virtual_rows;
