//! One module per screen.

pub mod brief;
pub mod briefs;
pub mod budget;
pub mod budget_form;
pub mod budgets;
pub mod client;
pub mod client_360;
pub mod client_form;
pub mod client_work;
pub mod clients;
pub mod csv_mapping;
pub mod currencies;
pub mod dashboard;
pub mod data;
pub mod import;
pub mod not_found;
pub mod report;
pub mod reports;
pub mod review;
pub mod reviews;
pub mod summary;
pub mod team;
pub mod wip;
pub mod wip_board;
pub mod wip_item;
pub mod wip_weekly;
