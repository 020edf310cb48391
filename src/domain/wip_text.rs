//! The WIP report in words: how far a due date is, which week a weekly
//! report covers, and the weekly report as a plain-text e-mail body for the
//! Monday meeting.

use chrono::{Datelike, Duration, NaiveDate};

use super::id::Id;
use super::locale::Lang;
use super::search::fold;
use super::wip::{StatusChange, WeeklyGroup, WipItem, WipStatus};

/// How far an open item's due date is from today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DueState {
    /// Past its due date by this many days.
    Overdue(i64),
    Today,
    /// This many days to go.
    Left(i64),
}

impl DueState {
    /// `None` for an item without a due date, and for a done one: a job
    /// finished late is not "overdue" any more.
    pub fn of(item: &WipItem, today: NaiveDate) -> Option<DueState> {
        if !item.is_open() {
            return None;
        }
        item.days_left(today).map(|days| match days {
            d if d < 0 => DueState::Overdue(-d),
            0 => DueState::Today,
            d => DueState::Left(d),
        })
    }
}

/// The seven days a weekly report covers: the six days before `today`, and
/// today (the window `weekly_report` looks at).
pub fn report_week(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    (today - Duration::days(6), today)
}

/// A short date range the way people write a week: `23–29 Nov 2026`,
/// `30 Nov – 6 Dec 2026`, `28 Dec 2026 – 3 Jan 2027`; in Vietnamese
/// `23–29/11/2026`, `30/11 – 06/12/2026`.
pub fn week_label(lang: Lang, start: NaiveDate, end: NaiveDate) -> String {
    if start.year() != end.year() {
        return format!("{} – {}", lang.format_date(start), lang.format_date(end));
    }
    if start.month() != end.month() {
        return lang.format_period(start, end);
    }
    match lang {
        Lang::En => format!("{}–{}", start.day(), lang.format_date(end)),
        Lang::Vi => format!("{:02}–{}", start.day(), lang.format_date(end)),
    }
}

/// The report's groups under their client's name, in alphabetical order
/// (accents and case folded, as everywhere else in the app).
pub fn by_client_name<'a>(
    groups: Vec<WeeklyGroup<'a>>,
    name: impl Fn(Id) -> String,
) -> Vec<(String, WeeklyGroup<'a>)> {
    let mut named: Vec<(String, WeeklyGroup<'a>)> =
        groups.into_iter().map(|g| (name(g.client), g)).collect();
    named.sort_by_cached_key(|(name, _)| fold(name));
    named
}

/// A chain of moves: `Briefed → In progress → Client review`.
pub fn moves_text(moves: &[&StatusChange], status: impl Fn(WipStatus) -> String) -> String {
    let Some(first) = moves.first() else {
        return String::new();
    };
    std::iter::once(first.from)
        .chain(moves.iter().map(|m| m.to))
        .map(status)
        .collect::<Vec<_>>()
        .join(" → ")
}

/// The words of the plain-text report, in the reader's language.
pub struct WeeklyWords<'a> {
    pub title: &'a str,
    pub changed: &'a str,
    pub still_open: &'a str,
    /// Said of an item created this week that has not moved yet.
    pub new_item: &'a str,
    pub next_step: &'a str,
    pub owner: &'a str,
    pub due: &'a str,
    /// The whole body when there is nothing to report.
    pub nothing: &'a str,
}

/// Names, statuses and dates as the reader writes them.
pub struct WeeklyNames<'a> {
    /// The week, already written out (see [`week_label`]).
    pub week: &'a str,
    pub status: &'a dyn Fn(WipStatus) -> String,
    pub owner: &'a dyn Fn(Id) -> String,
    /// The due date with how far it is, e.g. `27 Nov 2026 (2 days overdue)`.
    pub due: &'a dyn Fn(&WipItem) -> String,
}

/// The weekly WIP report as the body of an e-mail: per client, what changed
/// this week and what is still open, each job with its next step, owner and
/// due date. Empty details are left out rather than printed as blanks.
pub fn weekly_text(
    groups: &[(String, WeeklyGroup)],
    words: &WeeklyWords,
    names: &WeeklyNames,
) -> String {
    let mut out = format!("{} — {}\n", words.title, names.week);
    if groups.is_empty() {
        out.push('\n');
        out.push_str(words.nothing);
        out.push('\n');
        return out;
    }
    let details = |item: &WipItem| -> String {
        let mut parts = Vec::new();
        if !item.next_step.trim().is_empty() {
            parts.push(format!("{}: {}", words.next_step, item.next_step.trim()));
        }
        if let Some(owner) = item.owner.map(names.owner).filter(|o| !o.is_empty()) {
            parts.push(format!("{}: {owner}", words.owner));
        }
        if item.due.is_some() {
            parts.push(format!("{}: {}", words.due, (names.due)(item)));
        }
        parts.join(" · ")
    };
    let line = |out: &mut String, head: String, item: &WipItem| {
        out.push_str(&format!("- {head}\n"));
        let details = details(item);
        if !details.is_empty() {
            out.push_str(&format!("  {details}\n"));
        }
    };
    for (client, group) in groups {
        out.push_str(&format!("\n{client}\n"));
        if !group.changed.is_empty() {
            out.push_str(&format!("{}:\n", words.changed));
            for (item, moves) in &group.changed {
                let what = if moves.is_empty() {
                    format!("{} ({})", words.new_item, (names.status)(item.status))
                } else {
                    moves_text(moves, names.status)
                };
                line(&mut out, format!("{}: {what}", item.job.trim()), item);
            }
        }
        if !group.open.is_empty() {
            out.push_str(&format!("{}:\n", words.still_open));
            for item in &group.open {
                let head = format!("{} ({})", item.job.trim(), (names.status)(item.status));
                line(&mut out, head, item);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::wip::weekly_report;
    use chrono::{TimeZone, Utc};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn at(d: u32) -> crate::domain::Timestamp {
        Utc.with_ymd_and_hms(2026, 11, d, 9, 0, 0).unwrap()
    }

    #[test]
    fn due_dates_read_as_days_left_today_or_overdue() {
        let today = day(11, 23);
        let mut item = WipItem::new(Id::new_v4(), at(1));
        assert_eq!(DueState::of(&item, today), None, "no due date");
        item.due = Some(day(11, 26));
        assert_eq!(DueState::of(&item, today), Some(DueState::Left(3)));
        item.due = Some(today);
        assert_eq!(DueState::of(&item, today), Some(DueState::Today));
        item.due = Some(day(11, 21));
        assert_eq!(DueState::of(&item, today), Some(DueState::Overdue(2)));
        item.status = WipStatus::Done;
        assert_eq!(DueState::of(&item, today), None, "done is never overdue");
    }

    #[test]
    fn a_week_is_written_short_in_both_languages() {
        let (start, end) = report_week(day(11, 29));
        assert_eq!((start, end), (day(11, 23), day(11, 29)));
        assert_eq!(week_label(Lang::En, start, end), "23–29 Nov 2026");
        assert_eq!(week_label(Lang::Vi, start, end), "23–29/11/2026");
        let (start, end) = report_week(day(12, 6));
        assert_eq!(week_label(Lang::En, start, end), "30 Nov – 6 Dec 2026");
        assert_eq!(week_label(Lang::Vi, start, end), "30/11 – 06/12/2026");
        let (start, end) = report_week(NaiveDate::from_ymd_opt(2027, 1, 3).unwrap());
        assert_eq!(week_label(Lang::En, start, end), "28 Dec 2026 – 3 Jan 2027");
        let (start, end) = report_week(day(3, 9));
        assert_eq!(week_label(Lang::Vi, start, end), "03–09/03/2026");
    }

    fn words() -> WeeklyWords<'static> {
        WeeklyWords {
            title: "Weekly WIP report",
            changed: "Changed this week",
            still_open: "Still open",
            new_item: "New",
            next_step: "Next step",
            owner: "Owner",
            due: "Due date",
            nothing: "Nothing to report.",
        }
    }

    fn status(s: WipStatus) -> String {
        format!("{s:?}")
    }

    #[test]
    fn the_weekly_text_groups_by_client_name_with_moves_and_details() {
        let today = day(11, 23);
        let (lotus, an_phat) = (Id::new_v4(), Id::new_v4());
        let owner = Id::new_v4();
        let mut moved = WipItem::new(lotus, at(2));
        moved.job = "Key visual Tết".into();
        moved.next_step = "Send KV v2".into();
        moved.owner = Some(owner);
        moved.due = Some(day(11, 21));
        moved.set_status(WipStatus::InProgress, at(18));
        moved.set_status(WipStatus::ClientReview, at(20));
        let mut quiet = WipItem::new(lotus, at(2));
        quiet.job = "Media plan".into();
        quiet.set_status(WipStatus::InProgress, at(3));
        let mut new = WipItem::new(an_phat, at(22));
        new.job = "Landing page ".into();
        new.due = Some(day(11, 30));
        let items = [moved, quiet, new];
        let name = |id: Id| {
            if id == lotus {
                "Lotus Coffee".to_string()
            } else {
                "An Phát".to_string()
            }
        };
        let groups = by_client_name(weekly_report(&items, today), name);
        assert_eq!(groups[0].0, "An Phát", "alphabetical, accents folded");
        let names = WeeklyNames {
            week: "17–23 Nov 2026",
            status: &status,
            owner: &|_| "Trần Thu Hà".to_string(),
            due: &|item: &WipItem| Lang::En.format_date(item.due.unwrap()),
        };
        assert_eq!(
            weekly_text(&groups, &words(), &names),
            "Weekly WIP report — 17–23 Nov 2026\n\
             \n\
             An Phát\n\
             Changed this week:\n\
             - Landing page: New (Briefed)\n  \
               Due date: 30 Nov 2026\n\
             \n\
             Lotus Coffee\n\
             Changed this week:\n\
             - Key visual Tết: Briefed → InProgress → ClientReview\n  \
               Next step: Send KV v2 · Owner: Trần Thu Hà · Due date: 21 Nov 2026\n\
             Still open:\n\
             - Media plan (InProgress)\n"
        );
    }

    #[test]
    fn an_empty_week_says_so() {
        let names = WeeklyNames {
            week: "17–23 Nov 2026",
            status: &status,
            owner: &|_| String::new(),
            due: &|_| String::new(),
        };
        assert_eq!(
            weekly_text(&[], &words(), &names),
            "Weekly WIP report — 17–23 Nov 2026\n\nNothing to report.\n"
        );
    }
}
