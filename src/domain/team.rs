use serde::{Deserialize, Serialize};

use super::meta::{Meta, Record, Timestamp};
use super::validation::{Checker, FieldError};

/// The career ladder of account people (reference article 002) and the
/// departments they coordinate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    AccountIntern,
    #[default]
    AccountExecutive,
    AccountManager,
    AccountDirector,
    Creative,
    Planning,
    Production,
    Design,
    Media,
    Other,
}

impl Role {
    pub const ALL: [Role; 10] = [
        Role::AccountIntern,
        Role::AccountExecutive,
        Role::AccountManager,
        Role::AccountDirector,
        Role::Creative,
        Role::Planning,
        Role::Production,
        Role::Design,
        Role::Media,
        Role::Other,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub meta: Meta,
    pub name: String,
    #[serde(default)]
    pub role: Role,
    #[serde(default)]
    pub email: String,
}

impl TeamMember {
    pub fn new(now: Timestamp) -> Self {
        Self {
            meta: Meta::new(now),
            name: String::new(),
            role: Role::default(),
            email: String::new(),
        }
    }

    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        check.required("name", &self.name);
        check.optional_email("email", &self.email);
        check.finish()
    }
}

impl Record for TeamMember {
    fn meta(&self) -> &Meta {
        &self.meta
    }
    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::Problem;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_member_needs_a_name_and_a_valid_email() {
        let mut member = TeamMember::new(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap());
        member.email = "ha@agency".into();
        let errors = member.validate().unwrap_err();
        assert_eq!(
            errors,
            [
                FieldError::new("name", Problem::Required),
                FieldError::new("email", Problem::NotAnEmail)
            ]
        );
        member.name = "Trần Thu Hà".into();
        member.email = "ha@agency.vn".into();
        assert_eq!(member.validate(), Ok(()));
    }

    #[test]
    fn roles_are_stored_in_snake_case() {
        let json = serde_json::to_string(&Role::AccountDirector).unwrap();
        assert_eq!(json, "\"account_director\"");
    }
}
