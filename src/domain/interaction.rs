//! Interactions: a client's request and the account's reply. They are the
//! source of the *average response time* KPI, and the open ones are the
//! requests still waiting for an answer.

use chrono::Duration;
use serde::{Deserialize, Serialize};

use super::id::Id;
use super::meta::{Meta, Record, Timestamp};
use super::validation::{Checker, FieldError, Problem, MAX_LINE};

/// How the request reached the agency.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Email,
    Phone,
    Meeting,
    Chat,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Email,
        Channel::Phone,
        Channel::Meeting,
        Channel::Chat,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interaction {
    pub meta: Meta,
    pub client: Id,
    #[serde(default)]
    pub channel: Channel,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub received_at: Timestamp,
    /// `None` while the request waits for a reply.
    #[serde(default, deserialize_with = "super::time_text::deserialize_option")]
    pub responded_at: Option<Timestamp>,
    /// One line: what the client asked for. May be empty for a quick log.
    #[serde(default)]
    pub summary: String,
}

impl Interaction {
    pub fn new(client: Id, received_at: Timestamp, now: Timestamp) -> Self {
        Self {
            meta: Meta::new(now),
            client,
            channel: Channel::default(),
            received_at,
            responded_at: None,
            summary: String::new(),
        }
    }

    /// Still waiting for the account's reply.
    pub fn is_open(&self) -> bool {
        self.responded_at.is_none()
    }

    /// responded at − received at; `None` while open. A reply stamped before
    /// the request (which validation refuses) counts as immediate, never as
    /// a negative time that would flatter the average.
    pub fn response_time(&self) -> Option<Duration> {
        self.responded_at
            .map(|at| (at - self.received_at).max(Duration::zero()))
    }

    /// How long an open request has waited by `now`; `None` once replied.
    /// Zero when `now` is before the request (a clock set back).
    pub fn waiting_for(&self, now: Timestamp) -> Option<Duration> {
        self.is_open()
            .then(|| (now - self.received_at).max(Duration::zero()))
    }

    /// Records the reply at `at` (never before the request was received).
    pub fn mark_replied(&mut self, at: Timestamp, now: Timestamp) {
        self.responded_at = Some(at.max(self.received_at));
        self.meta.touch(now);
    }

    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        check.max_len("summary", &self.summary, MAX_LINE);
        check.moment("received_at", self.received_at);
        if let Some(at) = self.responded_at {
            check.moment("responded_at", at);
        }
        if self.responded_at.is_some_and(|at| at < self.received_at) {
            // The reply field is where the mistake is; "before the start date"
            // reads as "before the time received" next to it.
            check.push("responded_at", Problem::EndBeforeStart);
        }
        check.finish()
    }
}

impl Record for Interaction {
    fn meta(&self) -> &Meta {
        &self.meta
    }
    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }
}

/// The client's oldest request still waiting for a reply (trash excluded):
/// the one "Mark replied" closes, so requests are answered first come,
/// first served. Ties on the received time go to the one listed first.
pub fn oldest_open(interactions: &[Interaction], client: Id) -> Option<&Interaction> {
    interactions
        .iter()
        .filter(|i| i.client == client && i.is_open() && !i.meta.is_trashed())
        .min_by_key(|i| i.received_at)
}

/// Every open request of every client, oldest first (trash excluded): the
/// "waiting for a reply" list.
pub fn open_requests(interactions: &[Interaction]) -> Vec<&Interaction> {
    let mut open: Vec<&Interaction> = interactions
        .iter()
        .filter(|i| i.is_open() && !i.meta.is_trashed())
        .collect();
    open.sort_by_key(|i| i.received_at);
    open
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn at(day: u32, hour: u32, minute: u32) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, day, hour, minute, 0)
            .unwrap()
    }

    fn request(client: Id, received: Timestamp) -> Interaction {
        Interaction::new(client, received, received)
    }

    #[test]
    fn response_time_is_reply_minus_request() {
        let mut request = request(Id::new_v4(), at(2, 9, 0));
        assert_eq!(request.response_time(), None);
        assert!(request.is_open());
        request.responded_at = Some(at(2, 10, 20));
        assert_eq!(request.response_time(), Some(Duration::minutes(80)));
        assert!(!request.is_open());
    }

    #[test]
    fn a_reply_before_the_request_is_refused_and_never_negative() {
        let mut request = request(Id::new_v4(), at(2, 9, 0));
        request.responded_at = Some(at(2, 8, 0));
        assert_eq!(
            request.validate().unwrap_err(),
            [FieldError::new("responded_at", Problem::EndBeforeStart)]
        );
        assert_eq!(request.response_time(), Some(Duration::zero()));
        request.responded_at = Some(at(2, 9, 0));
        assert_eq!(request.validate(), Ok(()));
        assert_eq!(request.response_time(), Some(Duration::zero()));
    }

    #[test]
    fn the_summary_is_one_line_long_at_most() {
        let mut request = request(Id::new_v4(), at(2, 9, 0));
        request.summary = "x".repeat(MAX_LINE + 1);
        assert_eq!(
            request.validate().unwrap_err(),
            [FieldError::new("summary", Problem::TooLong(MAX_LINE))]
        );
        request.summary = "Xin báo giá gói TikTok quý 1".into();
        assert_eq!(request.validate(), Ok(()));
    }

    #[test]
    fn open_requests_wait_until_replied() {
        let mut request = request(Id::new_v4(), at(2, 9, 0));
        assert_eq!(
            request.waiting_for(at(3, 9, 30)),
            Some(Duration::minutes(24 * 60 + 30))
        );
        assert_eq!(request.waiting_for(at(1, 9, 0)), Some(Duration::zero()));
        request.mark_replied(at(3, 10, 0), at(3, 10, 0));
        assert_eq!(request.waiting_for(at(4, 9, 0)), None);
        assert_eq!(request.meta.rev, 2);
    }

    #[test]
    fn mark_replied_never_goes_before_the_request() {
        let mut request = request(Id::new_v4(), at(2, 9, 0));
        request.mark_replied(at(1, 9, 0), at(2, 9, 5));
        assert_eq!(request.responded_at, Some(at(2, 9, 0)));
        assert_eq!(request.validate(), Ok(()));
    }

    #[test]
    fn mark_replied_closes_the_oldest_open_request_of_that_client() {
        let client = Id::new_v4();
        let other = Id::new_v4();
        let mut answered = request(client, at(1, 8, 0));
        answered.responded_at = Some(at(1, 9, 0));
        let mut trashed = request(client, at(1, 10, 0));
        trashed.meta.deleted_at = Some(at(1, 11, 0));
        let others = request(other, at(1, 7, 0));
        let newer = request(client, at(3, 9, 0));
        let oldest = request(client, at(2, 9, 0));
        let list = vec![answered, trashed, others, newer, oldest.clone()];
        assert_eq!(
            oldest_open(&list, client).map(|i| i.id()),
            Some(oldest.id())
        );
        assert_eq!(oldest_open(&list, Id::new_v4()), None);
        let open: Vec<Id> = open_requests(&list).iter().map(|i| i.id()).collect();
        assert_eq!(open, [list[2].id(), list[4].id(), list[3].id()]);
    }

    #[test]
    fn stored_with_snake_case_channels_and_optional_fields_defaulted() {
        let request = request(Id::new_v4(), at(2, 9, 0));
        let mut json = serde_json::to_value(&request).unwrap();
        assert_eq!(json["channel"], "email");
        let object = json.as_object_mut().unwrap();
        object.remove("channel");
        object.remove("responded_at");
        object.remove("summary");
        let back: Interaction = serde_json::from_value(json).unwrap();
        assert_eq!(back, request);
        assert_eq!(
            serde_json::to_string(&Channel::Meeting).unwrap(),
            "\"meeting\""
        );
    }
}
