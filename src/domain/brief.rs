//! The Client Brief: what the client asks the agency to do, as received and
//! clarified (reference article 003: "receive the brief, clarify it, then
//! brief the team").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::id::Id;
use super::meta::{Meta, Record, Timestamp};
use super::validation::{Checker, FieldError, MAX_LINE, MAX_NOTES};
use super::wip::Department;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BriefStatus {
    #[default]
    Received,
    Clarifying,
    Accepted,
    InWork,
    Done,
}

impl BriefStatus {
    pub const ALL: [BriefStatus; 5] = [
        BriefStatus::Received,
        BriefStatus::Clarifying,
        BriefStatus::Accepted,
        BriefStatus::InWork,
        BriefStatus::Done,
    ];

    /// Where a brief can go from here: forward through the workflow, back to
    /// clarifying while the work has not started, and a done brief reopened.
    pub fn can_become(self, next: BriefStatus) -> bool {
        use BriefStatus::*;
        matches!(
            (self, next),
            (Received, Clarifying | Accepted)
                | (Clarifying, Received | Accepted)
                | (Accepted, Clarifying | InWork)
                | (InWork, Done)
                | (Done, InWork)
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Brief {
    pub meta: Meta,
    pub client: Id,
    pub title: String,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub received_on: NaiveDate,
    #[serde(default)]
    pub background: String,
    #[serde(default)]
    pub objectives: String,
    #[serde(default)]
    pub target_audience: String,
    #[serde(default)]
    pub key_message: String,
    /// One deliverable per line: each becomes a WIP item on Start work.
    #[serde(default)]
    pub deliverables: String,
    #[serde(default)]
    pub mandatories: String,
    #[serde(default)]
    pub budget_range: String,
    #[serde(default)]
    pub timeline: String,
    #[serde(default, deserialize_with = "super::time_text::deserialize_option")]
    pub deadline: Option<NaiveDate>,
    #[serde(default)]
    pub success_kpis: String,
    #[serde(default)]
    pub status: BriefStatus,
}

impl Brief {
    pub fn new(client: Id, received_on: NaiveDate, now: Timestamp) -> Self {
        Self {
            meta: Meta::new(now),
            client,
            title: String::new(),
            received_on,
            background: String::new(),
            objectives: String::new(),
            target_audience: String::new(),
            key_message: String::new(),
            deliverables: String::new(),
            mandatories: String::new(),
            budget_range: String::new(),
            timeline: String::new(),
            deadline: None,
            success_kpis: String::new(),
            status: BriefStatus::default(),
        }
    }

    /// The deliverables, one per non-empty line, without list bullets.
    pub fn deliverable_list(&self) -> Vec<String> {
        self.deliverables
            .lines()
            .map(|line| line.trim().trim_start_matches(['-', '*', '•']).trim())
            .filter(|line| !line.is_empty())
            .map(String::from)
            .collect()
    }

    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        check.required("title", &self.title);
        check.max_len("title", &self.title, MAX_LINE);
        for (field, text) in [
            ("background", &self.background),
            ("objectives", &self.objectives),
            ("target_audience", &self.target_audience),
            ("key_message", &self.key_message),
            ("deliverables", &self.deliverables),
            ("mandatories", &self.mandatories),
            ("timeline", &self.timeline),
            ("success_kpis", &self.success_kpis),
        ] {
            check.max_len(field, text, MAX_NOTES);
        }
        check.max_len("budget_range", &self.budget_range, MAX_LINE);
        check.date("received_on", self.received_on);
        check.optional_date("deadline", self.deadline);
        if self.deadline.is_some_and(|d| d < self.received_on) {
            check.push("deadline", super::validation::Problem::EndBeforeStart);
        }
        check.finish()
    }
}

impl Record for Brief {
    fn meta(&self) -> &Meta {
        &self.meta
    }
    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }
}

/// The department a deliverable most likely belongs to, from its words, so
/// Start work puts each WIP item in a sensible column; the user can change it.
pub fn department_for(deliverable: &str) -> Department {
    let text = super::search::fold(deliverable);
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&[
        "video",
        "tvc",
        "quay",
        "shoot",
        "production",
        "san xuat",
        "event",
        "su kien",
    ]) {
        Department::Production
    } else if has(&[
        "media",
        "ads",
        "quang cao",
        "booking",
        "seeding",
        "kol",
        "plan media",
    ]) {
        Department::Media
    } else if has(&[
        "design",
        "thiet ke",
        "banner",
        "key visual",
        "kv",
        "poster",
        "layout",
    ]) {
        Department::Design
    } else if has(&[
        "strategy",
        "chien luoc",
        "insight",
        "research",
        "nghien cuu",
        "planning",
    ]) {
        Department::Planning
    } else if has(&[
        "idea", "y tuong", "concept", "content", "noi dung", "copy", "creative",
    ]) {
        Department::Creative
    } else {
        Department::Account
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn the_workflow_goes_forward_and_can_step_back_before_work_starts() {
        use BriefStatus::*;
        assert!(Received.can_become(Clarifying));
        assert!(Clarifying.can_become(Accepted));
        assert!(Accepted.can_become(InWork));
        assert!(InWork.can_become(Done));
        assert!(Done.can_become(InWork));
        assert!(!Received.can_become(Done));
        assert!(!InWork.can_become(Received));
        assert!(!Done.can_become(Done));
    }

    #[test]
    fn deliverables_are_read_one_per_line() {
        let mut brief = Brief::new(Id::new_v4(), day(1), now());
        brief.deliverables = "- Key visual Tết\n\n• 3 video TikTok 15s\n  * Media plan Q1  ".into();
        assert_eq!(
            brief.deliverable_list(),
            ["Key visual Tết", "3 video TikTok 15s", "Media plan Q1"]
        );
    }

    #[test]
    fn a_brief_needs_a_title_and_a_deadline_after_it_arrived() {
        let mut brief = Brief::new(Id::new_v4(), day(10), now());
        brief.deadline = Some(day(9));
        let errors = brief.validate().unwrap_err();
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["title", "deadline"]);
        brief.title = "Tết 2027".into();
        brief.deadline = Some(day(30));
        assert_eq!(brief.validate(), Ok(()));
    }

    #[test]
    fn deliverables_find_their_department() {
        assert_eq!(department_for("3 video TikTok 15s"), Department::Production);
        assert_eq!(department_for("Key visual Tết"), Department::Design);
        assert_eq!(
            department_for("Kế hoạch media quý 1 (plan media)"),
            Department::Media
        );
        assert_eq!(department_for("Ý tưởng chiến dịch"), Department::Creative);
        assert_eq!(department_for("Báo cáo tuần"), Department::Account);
    }
}
