//! The pure core of Account Desk: records, money, validation, the stored file
//! format and the workspace aggregate.
//!
//! Nothing here touches the browser or reads a clock: the current time comes
//! in as a parameter (`now`, `today`), so every rule is testable natively.

pub mod backup;
pub mod brief;
pub mod budget;
pub mod client;
pub mod client_import;
pub mod client_records;
pub mod contact_report;
pub mod csv;
pub mod deal;
pub mod decimal;
pub mod envelope;
pub mod fx;
pub mod generator;
pub mod id;
pub mod interaction;
pub mod json_path;
pub mod json_problem;
pub mod kept_copy;
pub mod kpi;
pub mod kpi_people;
pub mod locale;
pub mod merge;
pub mod meta;
pub mod money;
pub mod nps;
pub mod packed;
pub mod records;
pub mod review;
pub mod rng;
pub mod salvage;
pub mod sample;
pub mod sample_activity;
pub mod sample_work;
pub mod saving;
pub mod sealed;
pub mod search;
pub mod shape_problem;
pub mod store;
pub mod summary;
pub mod team;
pub mod three_way;
pub mod time_text;
pub mod timeline;
pub mod undo_import;
pub mod validation;
pub mod wip;
pub mod wip_text;
pub mod workspace;

pub use client::{Client, ClientStatus, Contact, DecisionRole, Tier};
pub use id::Id;
pub use locale::Lang;
pub use meta::{Meta, Timestamp};
pub use money::{Currency, Money};
pub use team::{Role, TeamMember};
pub use validation::FieldError;
pub use workspace::Workspace;
