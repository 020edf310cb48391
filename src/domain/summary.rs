//! The project summary report: what a brief's campaign amounted to, for the
//! client at the end of the project (reference 000: "after completing the
//! project, the account makes a project summary report for the customer").
//!
//! Selection only — which period the report covers, which budgets and
//! contact reports fall in it, what work the brief started — so the rules
//! are tested here and the page only formats. Every period is a closed range
//! of calendar days: a record that touches either end day is in.

use chrono::NaiveDate;

use super::brief::{Brief, BriefStatus};
use super::budget::Budget;
use super::contact_report::ContactReport;
use super::id::Id;
use super::wip::{WipItem, WipSource};
use super::workspace::Workspace;

/// Calendar days from `start` to `end`, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// An `end` before `start` is read as the start day alone, so a period is
    /// never empty.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Self {
        Self {
            start,
            end: end.max(start),
        }
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    /// True when `[start, end]` shares at least one day with this period.
    pub fn overlaps(&self, start: NaiveDate, end: NaiveDate) -> bool {
        start <= self.end && end >= self.start
    }
}

/// The period a brief's summary covers: from the day the brief arrived to its
/// deadline, or to `today` while it has none.
pub fn brief_period(brief: &Brief, today: NaiveDate) -> Period {
    Period::new(brief.received_on, brief.deadline.unwrap_or(today))
}

/// The client's budgets (not in the trash) whose campaign shares a day with
/// `period`, earliest start first.
pub fn budgets_in_period(ws: &Workspace, client: Id, period: Period) -> Vec<&Budget> {
    let mut budgets: Vec<&Budget> = ws
        .live_budgets()
        .filter(|b| b.client == client && period.overlaps(b.start, b.end))
        .collect();
    budgets.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.end.cmp(&b.end)));
    budgets
}

/// The client's contact reports (not in the trash) whose meeting falls in
/// `period`, in meeting order.
pub fn reports_in_period(ws: &Workspace, client: Id, period: Period) -> Vec<&ContactReport> {
    let mut reports: Vec<&ContactReport> = ws
        .live_records::<ContactReport>()
        .filter(|r| r.client == client && period.contains(r.meeting_date))
        .collect();
    reports.sort_by_key(|r| r.meeting_date);
    reports
}

/// What a meeting settled: its agreements that say something (the report's
/// editor may hold a blank line still being typed).
pub fn agreement_count(report: &ContactReport) -> usize {
    report
        .agreements
        .iter()
        .filter(|a| !a.trim().is_empty())
        .count()
}

/// The WIP items a brief started, split into done and still open.
#[derive(Debug, Default, PartialEq)]
pub struct BriefWork<'a> {
    pub done: Vec<&'a WipItem>,
    pub open: Vec<&'a WipItem>,
}

impl BriefWork<'_> {
    pub fn is_empty(&self) -> bool {
        self.done.is_empty() && self.open.is_empty()
    }
}

/// The WIP items (not in the trash) made from `brief` by Start work, in the
/// order they were made — the order of the brief's deliverables.
pub fn work_from_brief(ws: &Workspace, brief: Id) -> BriefWork<'_> {
    let source = Some(WipSource::Brief { brief });
    let (open, done) = ws
        .live_records::<WipItem>()
        .filter(|w| w.source == source)
        .partition(|w| w.is_open());
    BriefWork { done, open }
}

/// Where an open brief stands against its deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineState {
    /// Days until the deadline, at least 1.
    DaysLeft(i64),
    DueToday,
    /// Days since the deadline passed, at least 1.
    Overdue(i64),
}

/// How far a brief is from its deadline on `today`; `None` for a brief
/// without a deadline and for one that is done.
pub fn deadline_state(brief: &Brief, today: NaiveDate) -> Option<DeadlineState> {
    if brief.status == BriefStatus::Done {
        return None;
    }
    let days = (brief.deadline? - today).num_days();
    Some(match days {
        0 => DeadlineState::DueToday,
        d if d > 0 => DeadlineState::DaysLeft(d),
        d => DeadlineState::Overdue(-d),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::meta::Timestamp;
    use crate::domain::wip::WipStatus;
    use crate::domain::{Client, Currency};
    use chrono::{TimeZone, Utc};

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn with_client(name: &str, ws: &mut Workspace) -> Id {
        let mut client = Client::new(now());
        client.name = name.into();
        let id = client.meta.id;
        ws.save_client(client, now()).unwrap();
        id
    }

    /// A brief received on 10 Nov with its deadline on 30 Nov.
    fn november_brief(client: Id) -> Brief {
        let mut brief = Brief::new(client, day(11, 10), now());
        brief.title = "Tết 2027".into();
        brief.deadline = Some(day(11, 30));
        brief
    }

    fn budget(ws: &mut Workspace, client: Id, name: &str, start: NaiveDate, end: NaiveDate) -> Id {
        let mut budget = Budget::new(client, start, end, Currency::VND, now());
        budget.campaign = name.into();
        let id = budget.meta.id;
        ws.save_budget(budget, now()).unwrap();
        id
    }

    fn report(ws: &mut Workspace, client: Id, purpose: &str, meeting: NaiveDate) -> Id {
        let mut report = ContactReport::new(client, meeting, now());
        report.purpose = purpose.into();
        let id = report.meta.id;
        ws.save_record(report, now()).unwrap();
        id
    }

    #[test]
    fn the_period_runs_from_the_day_received_to_the_deadline_or_today() {
        let client = Id::new_v4();
        let mut brief = november_brief(client);
        assert_eq!(
            brief_period(&brief, day(12, 5)),
            Period::new(day(11, 10), day(11, 30)),
            "the deadline ends it, even once passed"
        );
        brief.deadline = None;
        assert_eq!(
            brief_period(&brief, day(11, 20)),
            Period::new(day(11, 10), day(11, 20))
        );
        // Received "tomorrow" (a typo, or another time zone): one day, never empty.
        let period = brief_period(&brief, day(11, 9));
        assert_eq!((period.start, period.end), (day(11, 10), day(11, 10)));
    }

    #[test]
    fn a_budget_is_in_when_it_shares_one_day_with_the_period() {
        let mut ws = Workspace::default();
        let lotus = with_client("Lotus Coffee", &mut ws);
        let other = with_client("Đồng Xanh", &mut ws);
        let period = brief_period(&november_brief(lotus), day(11, 23));

        let ends_on_arrival = budget(&mut ws, lotus, "Ends 10 Nov", day(10, 1), day(11, 10));
        budget(&mut ws, lotus, "Ends 9 Nov", day(10, 1), day(11, 9));
        let starts_on_deadline = budget(&mut ws, lotus, "Starts 30 Nov", day(11, 30), day(12, 31));
        budget(&mut ws, lotus, "Starts 1 Dec", day(12, 1), day(12, 31));
        let spans = budget(&mut ws, lotus, "Spans it all", day(11, 1), day(12, 15));
        budget(&mut ws, other, "Other client", day(11, 1), day(11, 30));
        let trashed = budget(&mut ws, lotus, "In the trash", day(11, 12), day(11, 20));
        ws.trash_budget(trashed, now()).unwrap();

        let found: Vec<Id> = budgets_in_period(&ws, lotus, period)
            .iter()
            .map(|b| b.meta.id)
            .collect();
        assert_eq!(found, [ends_on_arrival, spans, starts_on_deadline]);
    }

    #[test]
    fn contact_reports_count_from_the_first_to_the_last_day_included() {
        let mut ws = Workspace::default();
        let lotus = with_client("Lotus Coffee", &mut ws);
        let other = with_client("Đồng Xanh", &mut ws);
        let period = brief_period(&november_brief(lotus), day(11, 23));

        let last = report(&mut ws, lotus, "Wrap-up", day(11, 30));
        let first = report(&mut ws, lotus, "Brief clarification", day(11, 10));
        report(&mut ws, lotus, "Pitch", day(11, 9));
        report(&mut ws, lotus, "Next year", day(12, 1));
        report(&mut ws, other, "Other client", day(11, 15));
        let middle = report(&mut ws, lotus, "KV review", day(11, 18));
        let trashed = report(&mut ws, lotus, "Deleted", day(11, 19));
        ws.trash_record::<ContactReport>(trashed, now()).unwrap();

        let found: Vec<Id> = reports_in_period(&ws, lotus, period)
            .iter()
            .map(|r| r.meta.id)
            .collect();
        assert_eq!(found, [first, middle, last]);
    }

    #[test]
    fn blank_agreements_are_not_counted() {
        let mut report = ContactReport::new(Id::new_v4(), day(11, 18), now());
        report.agreements = vec!["Duyệt KV".into(), "  ".into(), "Media 2 tỷ".into()];
        assert_eq!(agreement_count(&report), 2);
    }

    #[test]
    fn the_work_a_brief_started_is_split_into_done_and_open() {
        let mut ws = Workspace::default();
        let lotus = with_client("Lotus Coffee", &mut ws);
        let mut brief = november_brief(lotus);
        brief.deliverables = "Key visual\n3 video TikTok\nMedia plan".into();
        let brief_id = brief.meta.id;
        ws.save_record(brief, now()).unwrap();
        let other_brief = november_brief(lotus);
        let other_id = other_brief.meta.id;
        ws.save_record(other_brief, now()).unwrap();
        assert!(work_from_brief(&ws, brief_id).is_empty());

        let made = ws.start_work(brief_id, None, now()).unwrap();
        let mut done = ws.record::<WipItem>(made[1]).unwrap().clone();
        done.set_status(WipStatus::Done, now());
        ws.save_wip(done, now()).unwrap();
        ws.trash_record::<WipItem>(made[2], now()).unwrap();
        // Work from elsewhere is not this brief's.
        let mut unrelated = WipItem::new(lotus, now());
        unrelated.job = "Weekly report".into();
        unrelated.source = Some(WipSource::Brief { brief: other_id });
        ws.save_record(unrelated, now()).unwrap();

        let work = work_from_brief(&ws, brief_id);
        let ids = |items: &[&WipItem]| items.iter().map(|w| w.meta.id).collect::<Vec<_>>();
        assert_eq!(ids(&work.done), [made[1]]);
        assert_eq!(ids(&work.open), [made[0]]);
    }

    #[test]
    fn an_open_brief_counts_down_to_its_deadline() {
        let mut brief = november_brief(Id::new_v4());
        let state = |brief: &Brief, today| deadline_state(brief, today);
        assert_eq!(state(&brief, day(11, 27)), Some(DeadlineState::DaysLeft(3)));
        assert_eq!(state(&brief, day(11, 29)), Some(DeadlineState::DaysLeft(1)));
        assert_eq!(state(&brief, day(11, 30)), Some(DeadlineState::DueToday));
        assert_eq!(state(&brief, day(12, 1)), Some(DeadlineState::Overdue(1)));
        brief.status = BriefStatus::Done;
        assert_eq!(state(&brief, day(12, 1)), None, "a done brief is not late");
        brief.status = BriefStatus::InWork;
        brief.deadline = None;
        assert_eq!(state(&brief, day(12, 1)), None);
    }
}
