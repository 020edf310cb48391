//! One module per screen.

pub mod budget;
pub mod budget_form;
pub mod budgets;
pub mod client;
pub mod client_form;
pub mod clients;
pub mod csv_mapping;
pub mod currencies;
pub mod data;
pub mod import;
pub mod not_found;
pub mod review;
pub mod reviews;
pub mod team;
