use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::id::Id;
use super::meta::{Meta, Record, Timestamp};
use super::money::Currency;
use super::validation::{Checker, FieldError, Problem, MAX_LINE, MAX_NOTES};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ClientStatus {
    Prospect,
    #[default]
    Active,
    Paused,
    Churned,
}

impl ClientStatus {
    pub const ALL: [ClientStatus; 4] = [
        ClientStatus::Prospect,
        ClientStatus::Active,
        ClientStatus::Paused,
        ClientStatus::Churned,
    ];
}

/// How much of the agency's attention a client gets: A is a key account.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Tier {
    A,
    #[default]
    B,
    C,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::A, Tier::B, Tier::C];
}

/// The part a contact plays in the client's decisions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionRole {
    DecisionMaker,
    Approver,
    Influencer,
    #[default]
    DayToDay,
    Finance,
    Other,
}

impl DecisionRole {
    pub const ALL: [DecisionRole; 6] = [
        DecisionRole::DecisionMaker,
        DecisionRole::Approver,
        DecisionRole::Influencer,
        DecisionRole::DayToDay,
        DecisionRole::Finance,
        DecisionRole::Other,
    ];
}

/// A person at the client. Contacts live inside their client and move with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub decision_role: DecisionRole,
    #[serde(default)]
    pub primary: bool,
}

impl Contact {
    pub fn new() -> Self {
        Self {
            id: Id::new_v4(),
            name: String::new(),
            title: String::new(),
            email: String::new(),
            phone: String::new(),
            decision_role: DecisionRole::default(),
            primary: false,
        }
    }

    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        check.required("name", &self.name);
        check.max_len("title", &self.title, MAX_LINE);
        check.optional_email("email", &self.email);
        check.max_len("phone", &self.phone, MAX_LINE);
        check.finish()
    }
}

impl Default for Contact {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Client {
    pub meta: Meta,
    pub name: String,
    #[serde(default)]
    pub industry: String,
    /// Brands and products the agency works on for this client.
    #[serde(default)]
    pub brands: Vec<String>,
    #[serde(default)]
    pub status: ClientStatus,
    #[serde(default)]
    pub tier: Tier,
    #[serde(default)]
    pub account_owner: Option<Id>,
    #[serde(default)]
    pub account_team: Vec<Id>,
    #[serde(default, deserialize_with = "super::time_text::deserialize_option")]
    pub client_since: Option<NaiveDate>,
    #[serde(default, deserialize_with = "super::time_text::deserialize_option")]
    pub churned_on: Option<NaiveDate>,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub currency: Currency,
    #[serde(default)]
    pub contacts: Vec<Contact>,
}

impl Client {
    pub fn new(now: Timestamp) -> Self {
        Self {
            meta: Meta::new(now),
            name: String::new(),
            industry: String::new(),
            brands: Vec::new(),
            status: ClientStatus::default(),
            tier: Tier::default(),
            account_owner: None,
            account_team: Vec::new(),
            client_since: None,
            churned_on: None,
            website: String::new(),
            notes: String::new(),
            tags: Vec::new(),
            currency: Currency::default(),
            contacts: Vec::new(),
        }
    }

    pub fn primary_contact(&self) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.primary)
    }

    /// Makes one contact the primary; the others stop being primary.
    pub fn set_primary(&mut self, contact: Id) {
        for c in &mut self.contacts {
            c.primary = c.id == contact;
        }
    }

    /// Field problems of the client on its own (references are checked by the workspace).
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        check.required("name", &self.name);
        check.max_len("industry", &self.industry, MAX_LINE);
        for (i, brand) in self.brands.iter().enumerate() {
            check.max_len(&format!("brands[{i}]"), brand, MAX_LINE);
        }
        for (i, tag) in self.tags.iter().enumerate() {
            check.max_len(&format!("tags[{i}]"), tag, MAX_LINE);
        }
        check.optional_web_address("website", &self.website);
        check.max_len("notes", &self.notes, MAX_NOTES);
        check.optional_date("client_since", self.client_since);
        check.optional_date("churned_on", self.churned_on);
        match (self.status, self.churned_on, self.client_since) {
            (ClientStatus::Churned, Some(churned), Some(since)) if churned < since => {
                check.push("churned_on", Problem::BeforeClientSince)
            }
            (status, Some(_), _) if status != ClientStatus::Churned => {
                check.push("churned_on", Problem::ChurnDateWithoutChurn)
            }
            _ => {}
        }
        for (i, contact) in self.contacts.iter().enumerate() {
            if let Err(errors) = contact.validate() {
                check.extend(&format!("contacts[{i}]"), errors);
            }
        }
        check.finish()
    }

    /// Every team member the client refers to.
    pub fn team_references(&self) -> impl Iterator<Item = Id> + '_ {
        self.account_owner
            .into_iter()
            .chain(self.account_team.iter().copied())
    }
}

impl Record for Client {
    fn meta(&self) -> &Meta {
        &self.meta
    }
    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }
}

/// Splits a comma-separated field ("Vinamilk, Probi") into trimmed, non-empty items.
pub fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn valid_client() -> Client {
        let mut client = Client::new(now());
        client.name = "Sao Mai Foods".into();
        client
    }

    #[test]
    fn contact_errors_carry_their_index() {
        let mut client = valid_client();
        let mut first = Contact::new();
        first.name = "Chị Lan".into();
        let mut second = Contact::new();
        second.name = "Anh Minh".into();
        second.email = "minh at saomai".into();
        client.contacts = vec![first, second];
        let errors = client.validate().unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].to_string(),
            "contacts[1].email: not an email address"
        );
    }

    #[test]
    fn only_web_links_are_accepted_as_website() {
        let mut client = valid_client();
        client.website = "javascript:alert(1)".into();
        assert_eq!(
            client.validate().unwrap_err(),
            [FieldError::new("website", Problem::NotAWebAddress)]
        );
        client.website = "https://saomai.vn".into();
        assert_eq!(client.validate(), Ok(()));
    }

    #[test]
    fn churn_date_needs_churned_status_and_comes_after_client_since() {
        let mut client = valid_client();
        client.churned_on = Some(date(2026, 1, 1));
        assert_eq!(
            client.validate().unwrap_err(),
            [FieldError::new(
                "churned_on",
                Problem::ChurnDateWithoutChurn
            )]
        );
        client.status = ClientStatus::Churned;
        client.client_since = Some(date(2026, 6, 1));
        assert_eq!(
            client.validate().unwrap_err(),
            [FieldError::new("churned_on", Problem::BeforeClientSince)]
        );
        client.client_since = Some(date(2025, 6, 1));
        assert_eq!(client.validate(), Ok(()));
    }

    #[test]
    fn one_primary_contact_at_a_time() {
        let mut client = valid_client();
        client.contacts = vec![Contact::new(), Contact::new()];
        let (a, b) = (client.contacts[0].id, client.contacts[1].id);
        client.set_primary(a);
        client.set_primary(b);
        assert_eq!(client.primary_contact().map(|c| c.id), Some(b));
        assert_eq!(client.contacts.iter().filter(|c| c.primary).count(), 1);
    }

    #[test]
    fn lists_are_split_on_commas() {
        assert_eq!(split_list(" Probi, Vinamilk ,, "), ["Probi", "Vinamilk"]);
        assert!(split_list("  ").is_empty());
    }
}
