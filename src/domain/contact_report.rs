//! The Contact Report: the written record of a meeting with the client —
//! "if there is no contact report to unify the information, each person
//! will understand differently" (reference 003). Issued within 48 hours.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::id::Id;
use super::meta::{Meta, Record, Timestamp};
use super::validation::{Checker, FieldError, Problem, MAX_LINE, MAX_NOTES};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    #[default]
    Draft,
    Sent,
    Acknowledged,
}

impl ReportStatus {
    pub const ALL: [ReportStatus; 3] = [
        ReportStatus::Draft,
        ReportStatus::Sent,
        ReportStatus::Acknowledged,
    ];

    /// Draft → sent → acknowledged; a sent report can be taken back to draft
    /// to correct it, an acknowledged one is final.
    pub fn can_become(self, next: ReportStatus) -> bool {
        use ReportStatus::*;
        matches!(
            (self, next),
            (Draft, Sent) | (Sent, Acknowledged) | (Sent, Draft)
        )
    }
}

/// Whose job an action item is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    #[default]
    Agency,
    Client,
}

/// Who does an action item: a team member or one of the client's contacts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Owner {
    Member(Id),
    Contact(Id),
}

impl Owner {
    pub fn side(self) -> Side {
        match self {
            Owner::Member(_) => Side::Agency,
            Owner::Contact(_) => Side::Client,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    pub id: Id,
    pub what: String,
    #[serde(default)]
    pub owner: Option<Owner>,
    #[serde(default)]
    pub side: Side,
    #[serde(default, deserialize_with = "super::time_text::deserialize_option")]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub done: bool,
    /// The WIP item made from this action, if any.
    #[serde(default)]
    pub wip_item: Option<Id>,
}

impl ActionItem {
    pub fn new() -> Self {
        Self {
            id: Id::new_v4(),
            what: String::new(),
            owner: None,
            side: Side::default(),
            due: None,
            done: false,
            wip_item: None,
        }
    }
}

impl Default for ActionItem {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactReport {
    pub meta: Meta,
    pub client: Id,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub meeting_date: NaiveDate,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub purpose: String,
    /// Contact ids of the client's people in the meeting.
    #[serde(default)]
    pub client_attendees: Vec<Id>,
    /// Team member ids of the agency's people.
    #[serde(default)]
    pub agency_attendees: Vec<Id>,
    /// What both sides agreed, one per entry.
    #[serde(default)]
    pub agreements: Vec<String>,
    #[serde(default)]
    pub action_items: Vec<ActionItem>,
    #[serde(default, deserialize_with = "super::time_text::deserialize_option")]
    pub next_meeting: Option<NaiveDate>,
    #[serde(default, deserialize_with = "super::time_text::deserialize_option")]
    pub issued_on: Option<NaiveDate>,
    #[serde(default)]
    pub status: ReportStatus,
}

/// The promise of the trade: a contact report goes out within 48 hours.
pub const ISSUE_WITHIN_DAYS: i64 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timeliness {
    /// Issued within 48 hours of the meeting.
    OnTime,
    /// Issued, but later than that.
    Late,
    /// Not issued yet, and there is still time.
    Due,
    /// Not issued, and the 48 hours have passed.
    Overdue,
}

impl ContactReport {
    pub fn new(client: Id, meeting_date: NaiveDate, now: Timestamp) -> Self {
        Self {
            meta: Meta::new(now),
            client,
            meeting_date,
            place: String::new(),
            purpose: String::new(),
            client_attendees: Vec::new(),
            agency_attendees: Vec::new(),
            agreements: Vec::new(),
            action_items: Vec::new(),
            next_meeting: None,
            issued_on: None,
            status: ReportStatus::default(),
        }
    }

    /// Meetings have dates, not times: "within 48 hours" is read as issued
    /// no later than two days after the meeting day.
    pub fn timeliness(&self, today: NaiveDate) -> Timeliness {
        // Dates are kept within the business range (`validation`); at the
        // end of the calendar there is no later day to miss.
        let deadline = self
            .meeting_date
            .checked_add_signed(Duration::days(ISSUE_WITHIN_DAYS))
            .unwrap_or(NaiveDate::MAX);
        match self.issued_on {
            Some(issued) if issued <= deadline => Timeliness::OnTime,
            Some(_) => Timeliness::Late,
            None if today <= deadline => Timeliness::Due,
            None => Timeliness::Overdue,
        }
    }

    /// Moves to `status`; sending stamps the issue date once.
    pub fn set_status(&mut self, status: ReportStatus, today: NaiveDate) -> bool {
        if !self.status.can_become(status) {
            return false;
        }
        if status == ReportStatus::Sent && self.issued_on.is_none() {
            self.issued_on = Some(today);
        }
        self.status = status;
        true
    }

    pub fn action(&self, id: Id) -> Option<&ActionItem> {
        self.action_items.iter().find(|a| a.id == id)
    }

    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        check.max_len("place", &self.place, MAX_LINE);
        check.max_len("purpose", &self.purpose, MAX_NOTES);
        for (i, agreement) in self.agreements.iter().enumerate() {
            check.max_len(&format!("agreements[{i}]"), agreement, MAX_NOTES);
        }
        check.date("meeting_date", self.meeting_date);
        check.optional_date("next_meeting", self.next_meeting);
        check.optional_date("issued_on", self.issued_on);
        for (i, action) in self.action_items.iter().enumerate() {
            check.max_len(&format!("action_items[{i}].what"), &action.what, MAX_NOTES);
            check.optional_date(&format!("action_items[{i}].due"), action.due);
        }
        if self.next_meeting.is_some_and(|d| d < self.meeting_date) {
            check.push("next_meeting", Problem::EndBeforeStart);
        }
        if self.issued_on.is_some_and(|d| d < self.meeting_date) {
            check.push("issued_on", Problem::EndBeforeStart);
        }
        check.finish()
    }
}

impl Record for ContactReport {
    fn meta(&self) -> &Meta {
        &self.meta
    }
    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }
}

/// The words a plain-text contact report is written with.
pub struct ReportText<'a> {
    pub title: &'a str,
    pub meeting: &'a str,
    pub place: &'a str,
    pub purpose: &'a str,
    pub attendees_client: &'a str,
    pub attendees_agency: &'a str,
    pub agreements: &'a str,
    pub actions: &'a str,
    pub next_meeting: &'a str,
    pub done: &'a str,
    pub due: &'a str,
}

/// Names and dates already in the reader's language.
pub struct ReportNames<'a> {
    pub client: &'a str,
    pub meeting_date: String,
    pub client_attendees: Vec<String>,
    pub agency_attendees: Vec<String>,
    /// Per action item: its owner's name and due date, as shown.
    pub actions: Vec<(String, Option<String>)>,
    pub next_meeting: Option<String>,
}

/// A clean plain-text body for an e-mail: headings, numbered agreements and
/// action items with owner and due date; empty sections are left out.
pub fn as_text(report: &ContactReport, words: &ReportText, names: &ReportNames) -> String {
    let mut out = format!(
        "{} — {}\n{}: {}\n",
        words.title, names.client, words.meeting, names.meeting_date
    );
    let mut line = |label: &str, value: &str| {
        if !value.trim().is_empty() {
            out.push_str(&format!("{label}: {}\n", value.trim()));
        }
    };
    line(words.place, &report.place);
    line(words.purpose, &report.purpose);
    line(words.attendees_client, &names.client_attendees.join(", "));
    line(words.attendees_agency, &names.agency_attendees.join(", "));
    let agreements: Vec<&str> = report
        .agreements
        .iter()
        .map(|a| a.trim())
        .filter(|a| !a.is_empty())
        .collect();
    if !agreements.is_empty() {
        out.push_str(&format!("\n{}\n", words.agreements));
        for (i, agreement) in agreements.iter().enumerate() {
            out.push_str(&format!("{}. {agreement}\n", i + 1));
        }
    }
    let actions: Vec<_> = report
        .action_items
        .iter()
        .zip(&names.actions)
        .filter(|(a, _)| !a.what.trim().is_empty())
        .collect();
    if !actions.is_empty() {
        out.push_str(&format!("\n{}\n", words.actions));
        for (i, (action, (owner, due))) in actions.into_iter().enumerate() {
            let mut extra = Vec::new();
            if !owner.is_empty() {
                extra.push(owner.clone());
            }
            if let Some(due) = due {
                extra.push(format!("{} {due}", words.due));
            }
            if action.done {
                extra.push(words.done.to_string());
            }
            let extra = if extra.is_empty() {
                String::new()
            } else {
                format!(" ({})", extra.join(", "))
            };
            out.push_str(&format!("{}. {}{extra}\n", i + 1, action.what.trim()));
        }
    }
    if let Some(next) = &names.next_meeting {
        out.push_str(&format!("\n{}: {next}\n", words.next_meeting));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn words() -> ReportText<'static> {
        ReportText {
            title: "Contact report",
            meeting: "Meeting",
            place: "Place",
            purpose: "Purpose",
            attendees_client: "Client attendees",
            attendees_agency: "Agency attendees",
            agreements: "Agreements",
            actions: "Action items",
            next_meeting: "Next meeting",
            done: "done",
            due: "due",
        }
    }

    fn report() -> ContactReport {
        let now = Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap();
        ContactReport::new(Id::new_v4(), day(20), now)
    }

    #[test]
    fn issued_within_48_hours_or_late() {
        let mut r = report();
        assert_eq!(r.timeliness(day(22)), Timeliness::Due);
        assert_eq!(r.timeliness(day(23)), Timeliness::Overdue);
        r.issued_on = Some(day(22));
        assert_eq!(r.timeliness(day(30)), Timeliness::OnTime);
        r.issued_on = Some(day(23));
        assert_eq!(r.timeliness(day(30)), Timeliness::Late);
    }

    #[test]
    fn sending_stamps_the_issue_date_and_acknowledged_is_final() {
        let mut r = report();
        assert!(!r.set_status(ReportStatus::Acknowledged, day(21)));
        assert!(r.set_status(ReportStatus::Sent, day(21)));
        assert_eq!(r.issued_on, Some(day(21)));
        assert!(r.set_status(ReportStatus::Draft, day(22)));
        assert!(r.set_status(ReportStatus::Sent, day(22)));
        assert_eq!(r.issued_on, Some(day(21)), "the first issue date stays");
        assert!(r.set_status(ReportStatus::Acknowledged, day(23)));
        assert!(!r.set_status(ReportStatus::Draft, day(23)));
    }

    #[test]
    fn dates_keep_their_order_and_blank_lines_are_left_out_of_the_text() {
        let mut r = report();
        r.action_items.push(ActionItem::new());
        r.agreements.push("  ".into());
        assert_eq!(r.validate(), Ok(()), "blank items are saved while typing");
        r.next_meeting = Some(day(19));
        let paths: Vec<String> = r
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.path)
            .collect();
        assert_eq!(paths, ["next_meeting"]);
        let names = ReportNames {
            client: "Lotus",
            meeting_date: "20 Nov".into(),
            client_attendees: vec![],
            agency_attendees: vec![],
            actions: vec![(String::new(), None)],
            next_meeting: None,
        };
        assert_eq!(
            as_text(&r, &words(), &names),
            "Contact report — Lotus\nMeeting: 20 Nov\n"
        );
    }

    #[test]
    fn plain_text_reads_like_an_email() {
        let mut r = report();
        r.place = "Văn phòng Lotus, Q.1".into();
        r.agreements = vec!["Duyệt KV Tết".into(), "Ngân sách media 2 tỷ".into()];
        let mut send = ActionItem::new();
        send.what = "Gửi timeline sản xuất".into();
        let mut confirm = ActionItem::new();
        confirm.what = "Xác nhận danh sách KOL".into();
        confirm.done = true;
        r.action_items = vec![send, confirm];
        let words = words();
        let names = ReportNames {
            client: "Lotus Coffee",
            meeting_date: "20 Nov 2026".into(),
            client_attendees: vec!["Chị Trang".into()],
            agency_attendees: vec![],
            actions: vec![
                ("Trần Thu Hà".into(), Some("24 Nov 2026".into())),
                ("Chị Trang".into(), None),
            ],
            next_meeting: None,
        };
        assert_eq!(
            as_text(&r, &words, &names),
            "Contact report — Lotus Coffee\n\
             Meeting: 20 Nov 2026\n\
             Place: Văn phòng Lotus, Q.1\n\
             Client attendees: Chị Trang\n\
             \n\
             Agreements\n\
             1. Duyệt KV Tết\n\
             2. Ngân sách media 2 tỷ\n\
             \n\
             Action items\n\
             1. Gửi timeline sản xuất (Trần Thu Hà, due 24 Nov 2026)\n\
             2. Xác nhận danh sách KOL (Chị Trang, done)\n"
        );
    }
}
