//! One module per screen.

pub mod client;
pub mod client_form;
pub mod clients;
pub mod data;
pub mod not_found;
pub mod team;
