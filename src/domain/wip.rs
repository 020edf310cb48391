//! The WIP (work in progress) report: every job across clients and
//! departments, "not to miss the current status of the work, what is the
//! next step, who does the work and how long it takes" (reference 000).

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::id::Id;
use super::meta::{Meta, Record, Timestamp};
use super::validation::{Checker, FieldError, MAX_LINE, MAX_NOTES};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Department {
    #[default]
    Account,
    Creative,
    Planning,
    Production,
    Design,
    Media,
}

impl Department {
    pub const ALL: [Department; 6] = [
        Department::Account,
        Department::Creative,
        Department::Planning,
        Department::Production,
        Department::Design,
        Department::Media,
    ];
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum WipStatus {
    #[default]
    Briefed,
    InProgress,
    InternalReview,
    ClientReview,
    Approved,
    OnHold,
    Done,
}

impl WipStatus {
    /// In the order of the board's columns.
    pub const ALL: [WipStatus; 7] = [
        WipStatus::Briefed,
        WipStatus::InProgress,
        WipStatus::InternalReview,
        WipStatus::ClientReview,
        WipStatus::Approved,
        WipStatus::OnHold,
        WipStatus::Done,
    ];

    /// Work moves forward one step at a time, can go back for rework, and can
    /// be put on hold (and resumed) or closed from anywhere: agencies skip
    /// reviews for small jobs, so moving to any column is allowed except
    /// leaving a column for itself.
    pub fn can_become(self, next: WipStatus) -> bool {
        self != next
    }

    /// The column to the left or right on the board, for keyboard moves.
    pub fn neighbour(self, step: isize) -> Option<WipStatus> {
        let index = Self::ALL.iter().position(|s| *s == self)? as isize + step;
        usize::try_from(index)
            .ok()
            .and_then(|i| Self::ALL.get(i).copied())
    }
}

/// A change of status, kept so the weekly report can say what moved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub at: Timestamp,
    pub from: WipStatus,
    pub to: WipStatus,
}

/// Where a WIP item came from, kept both ways so that finishing either end
/// finishes the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WipSource {
    ActionItem { report: Id, action: Id },
    Brief { brief: Id },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WipItem {
    pub meta: Meta,
    pub client: Id,
    pub job: String,
    #[serde(default)]
    pub department: Department,
    #[serde(default)]
    pub owner: Option<Id>,
    #[serde(default)]
    pub status: WipStatus,
    #[serde(default)]
    pub next_step: String,
    #[serde(default, deserialize_with = "super::time_text::deserialize_option")]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub estimated_days: Option<u16>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub source: Option<WipSource>,
    #[serde(default)]
    pub history: Vec<StatusChange>,
}

/// Not updated for this many days, an open item is stale.
pub const STALE_AFTER_DAYS: i64 = 7;

/// What a WIP row needs to shout about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WipFlags {
    pub overdue: bool,
    pub due_this_week: bool,
    pub stale: bool,
}

impl WipItem {
    pub fn new(client: Id, now: Timestamp) -> Self {
        Self {
            meta: Meta::new(now),
            client,
            job: String::new(),
            department: Department::default(),
            owner: None,
            status: WipStatus::default(),
            next_step: String::new(),
            due: None,
            estimated_days: None,
            notes: String::new(),
            source: None,
            history: Vec::new(),
        }
    }

    pub fn is_open(&self) -> bool {
        self.status != WipStatus::Done
    }

    /// Moves to `status`, remembering the change; false when not allowed.
    pub fn set_status(&mut self, status: WipStatus, now: Timestamp) -> bool {
        if !self.status.can_become(status) {
            return false;
        }
        self.history.push(StatusChange {
            at: now,
            from: self.status,
            to: status,
        });
        self.status = status;
        true
    }

    /// Days until the due date (negative when overdue).
    pub fn days_left(&self, today: NaiveDate) -> Option<i64> {
        self.due.map(|due| (due - today).num_days())
    }

    pub fn flags(&self, today: NaiveDate) -> WipFlags {
        if !self.is_open() {
            return WipFlags::default();
        }
        let overdue = self.due.is_some_and(|due| due < today);
        let (monday, sunday) = week_of(today);
        WipFlags {
            overdue,
            due_this_week: !overdue && self.due.is_some_and(|d| d >= monday && d <= sunday),
            stale: (today - self.meta.updated_at.date_naive()).num_days() >= STALE_AFTER_DAYS,
        }
    }

    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        check.required("job", &self.job);
        check.max_len("job", &self.job, MAX_LINE);
        check.max_len("next_step", &self.next_step, MAX_LINE);
        check.max_len("notes", &self.notes, MAX_NOTES);
        check.optional_date("due", self.due);
        for (i, change) in self.history.iter().enumerate() {
            check.moment(&format!("history[{i}].at"), change.at);
        }
        if let Some(days) = self.estimated_days {
            if !(1..=365).contains(&days) {
                check.push(
                    "estimated_days",
                    super::validation::Problem::OutOfRange(1, 365),
                );
            }
        }
        check.finish()
    }
}

impl Record for WipItem {
    fn meta(&self) -> &Meta {
        &self.meta
    }
    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }
}

/// Monday and Sunday of the ISO week holding `day`.
pub fn week_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let monday = day - Duration::days(day.weekday().num_days_from_monday() as i64);
    (monday, monday + Duration::days(6))
}

/// One client's part of the weekly WIP report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeeklyGroup<'a> {
    pub client: Id,
    /// Items created or moved during the week, with their moves.
    pub changed: Vec<(&'a WipItem, Vec<&'a StatusChange>)>,
    /// Open items not touched this week.
    pub open: Vec<&'a WipItem>,
}

/// The weekly WIP report: per client, what changed in the seven days up to
/// `today` and what is still open, ordered by due date.
pub fn weekly_report<'a>(
    items: impl IntoIterator<Item = &'a WipItem>,
    today: NaiveDate,
) -> Vec<WeeklyGroup<'a>> {
    let since = today - Duration::days(6);
    let in_week = |at: Timestamp| at.date_naive() >= since && at.date_naive() <= today;
    let mut groups: Vec<WeeklyGroup<'a>> = Vec::new();
    for item in items {
        let moves: Vec<&StatusChange> = item.history.iter().filter(|c| in_week(c.at)).collect();
        let changed = !moves.is_empty() || in_week(item.meta.created_at);
        if !changed && !item.is_open() {
            continue;
        }
        let index = match groups.iter().position(|g| g.client == item.client) {
            Some(i) => i,
            None => {
                groups.push(WeeklyGroup {
                    client: item.client,
                    changed: Vec::new(),
                    open: Vec::new(),
                });
                groups.len() - 1
            }
        };
        if changed {
            groups[index].changed.push((item, moves));
        } else {
            groups[index].open.push(item);
        }
    }
    let by_due = |item: &WipItem| (item.due.is_none(), item.due);
    for group in &mut groups {
        group.changed.sort_by_key(|(item, _)| by_due(item));
        group.open.sort_by_key(|item| by_due(item));
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn at(d: u32) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, d, 9, 0, 0).unwrap()
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn item(due: Option<u32>, updated: u32) -> WipItem {
        let mut item = WipItem::new(Id::new_v4(), at(updated));
        item.job = "Key visual".into();
        item.due = due.map(day);
        item
    }

    #[test]
    fn flags_overdue_due_this_week_and_stale() {
        // Monday 23 November 2026; the week ends on Sunday the 29th.
        let today = day(23);
        assert_eq!(week_of(today), (day(23), day(29)));
        assert_eq!(week_of(day(29)), (day(23), day(29)));
        let overdue = item(Some(22), 20);
        assert_eq!(
            overdue.flags(today),
            WipFlags {
                overdue: true,
                due_this_week: false,
                stale: false
            }
        );
        assert!(item(Some(29), 23).flags(today).due_this_week);
        assert!(item(Some(23), 23).flags(today).due_this_week);
        assert!(!item(Some(30), 23).flags(today).due_this_week);
        assert!(item(None, 16).flags(today).stale);
        assert!(!item(None, 17).flags(today).stale);
        let mut done = item(Some(1), 1);
        done.status = WipStatus::Done;
        assert_eq!(done.flags(today), WipFlags::default());
        assert_eq!(item(Some(20), 20).days_left(today), Some(-3));
    }

    #[test]
    fn status_moves_are_remembered_and_the_board_has_edges() {
        let mut wip = item(None, 20);
        assert!(wip.set_status(WipStatus::InProgress, at(21)));
        assert!(!wip.set_status(WipStatus::InProgress, at(22)));
        assert_eq!(wip.history.len(), 1);
        assert_eq!(wip.history[0].from, WipStatus::Briefed);
        assert_eq!(WipStatus::Briefed.neighbour(-1), None);
        assert_eq!(WipStatus::Briefed.neighbour(1), Some(WipStatus::InProgress));
        assert_eq!(WipStatus::Done.neighbour(1), None);
    }

    #[test]
    fn the_weekly_report_groups_by_client_and_tells_what_moved() {
        let today = day(23);
        let client_a = Id::new_v4();
        let client_b = Id::new_v4();
        let mut moved = WipItem::new(client_a, at(2));
        moved.job = "Moved".into();
        moved.due = Some(day(27));
        moved.set_status(WipStatus::ClientReview, at(20));
        let mut quiet = WipItem::new(client_a, at(2));
        quiet.job = "Quiet".into();
        quiet.due = Some(day(25));
        let mut new = WipItem::new(client_b, at(22));
        new.job = "New".into();
        let mut old_done = WipItem::new(client_b, at(1));
        old_done.job = "Old done".into();
        old_done.set_status(WipStatus::Done, at(3));
        let items = [moved.clone(), quiet.clone(), new.clone(), old_done];
        let report = weekly_report(&items, today);
        assert_eq!(report.len(), 2);
        assert_eq!(report[0].client, client_a);
        assert_eq!(report[0].changed.len(), 1);
        assert_eq!(report[0].changed[0].0.job, "Moved");
        assert_eq!(report[0].changed[0].1[0].to, WipStatus::ClientReview);
        assert_eq!(report[0].open[0].job, "Quiet");
        assert_eq!(report[1].changed[0].0.job, "New");
        assert!(
            report[1].open.is_empty(),
            "done long ago: not in the report"
        );
    }

    #[test]
    fn a_job_needs_a_name_and_a_sane_estimate() {
        let mut wip = WipItem::new(Id::new_v4(), at(1));
        wip.estimated_days = Some(0);
        let paths: Vec<String> = wip
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.path)
            .collect();
        assert_eq!(paths, ["job", "estimated_days"]);
    }
}
