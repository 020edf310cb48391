//! When to remind the user to export a backup: data kept only in a browser
//! is one "clear browsing data" away from gone.

use chrono::NaiveDate;

use super::meta::{Meta, Timestamp};
use super::workspace::Workspace;

/// A week of work not in any export earns a reminder.
pub const REMINDER_AFTER_DAYS: i64 = 7;

/// The number of days the user's unexported work goes back, when that is a
/// week or more: counted from the last export, or from the first record when
/// nothing was ever exported. `None` when there is nothing to remind about.
pub fn backup_overdue_days(
    workspace: &Workspace,
    last_export: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<i64> {
    let metas = || {
        workspace
            .team
            .iter()
            .map(|r| &r.meta)
            .chain(workspace.clients.iter().map(|r| &r.meta))
            .chain(workspace.budgets.iter().map(|r| &r.meta))
            .chain(workspace.reviews.iter().map(|r| &r.meta))
    };
    let day = |at: Timestamp| at.date_naive();
    let latest_change = metas().map(|m: &Meta| day(m.updated_at)).max()?;
    let since = match last_export {
        // The export holds everything up to its day.
        Some(exported) if latest_change <= exported => return None,
        Some(exported) => exported,
        None => metas().map(|m| day(m.created_at)).min()?,
    };
    let days = (today - since).num_days();
    (days >= REMINDER_AFTER_DAYS).then_some(days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Client;
    use chrono::{TimeZone, Utc};

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn workspace_changed_on(days: &[u32]) -> Workspace {
        let mut ws = Workspace::default();
        for &d in days {
            let at = Utc.with_ymd_and_hms(2026, 11, d, 10, 0, 0).unwrap();
            let mut client = Client::new(at);
            client.name = format!("Client {d}");
            ws.save_client(client, at).unwrap();
        }
        ws
    }

    #[test]
    fn an_empty_workspace_needs_no_backup() {
        assert_eq!(
            backup_overdue_days(&Workspace::default(), None, date(23)),
            None
        );
    }

    #[test]
    fn never_exported_work_is_due_a_week_after_it_began() {
        let ws = workspace_changed_on(&[10, 20]);
        assert_eq!(backup_overdue_days(&ws, None, date(16)), None);
        assert_eq!(backup_overdue_days(&ws, None, date(17)), Some(7));
        assert_eq!(backup_overdue_days(&ws, None, date(23)), Some(13));
    }

    #[test]
    fn changes_after_an_old_export_are_due() {
        let ws = workspace_changed_on(&[1, 12]);
        assert_eq!(backup_overdue_days(&ws, Some(date(10)), date(16)), None);
        assert_eq!(backup_overdue_days(&ws, Some(date(10)), date(17)), Some(7));
    }

    #[test]
    fn nothing_new_since_the_export_is_not_due() {
        let ws = workspace_changed_on(&[1, 5]);
        assert_eq!(backup_overdue_days(&ws, Some(date(5)), date(23)), None);
    }
}
