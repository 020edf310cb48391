//! Undoing an import without undoing what happened since: the import's
//! changes are taken back, field by field, and every later change — an edit
//! in this tab, another tab's save taken in — stays.
//!
//! Undo is the three-way merge of the workspace now and the workspace before
//! the import, over the workspace right after it: what changed between
//! "after" and "now" is the later work and is kept; what changed between
//! "after" and "before" is the import taken back. A field both the import
//! and a later edit changed keeps the later edit (it has more revisions).
//! The one case the merge cannot settle kindly is a record the import
//! *added* and someone edited since: undoing removes it with its edits, so
//! the person is asked first ([`added_then_edited`]).

use std::collections::HashSet;

use super::merge::{self, Change, Reconciled};
use super::meta::Timestamp;
use super::three_way;
use super::workspace::Workspace;

/// The workspace before and right after an import: all that undoing it needs.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportUndo {
    pub before: Workspace,
    pub after: Workspace,
}

impl ImportUndo {
    /// `current` with the import taken back and every later change kept.
    pub fn undo(&self, current: &Workspace, now: Timestamp) -> Reconciled {
        three_way::reconcile(&self.after, current, &self.before, now)
    }

    /// Whether the workspace is as the import left it: undo then gives back
    /// exactly the workspace before it.
    pub fn nothing_since(&self, current: &Workspace) -> bool {
        *current == self.after
    }

    /// The records the import added that were changed since (edited,
    /// trashed): undoing the import removes them with those changes.
    pub fn added_then_edited(&self, current: &Workspace, now: Timestamp) -> Vec<String> {
        let added: HashSet<_> = merge::plan(&self.before, &self.after, now)
            .changes
            .into_iter()
            .filter(|c| c.change == Change::New)
            .map(|c| c.id)
            .collect();
        merge::plan(&self.after, current, now)
            .changes
            .into_iter()
            .filter(|c| added.contains(&c.id) && c.change != Change::Unchanged)
            .map(|c| c.label)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::meta::Record;
    use crate::domain::{sample, Client};
    use chrono::{Duration, TimeZone, Utc};

    fn t(minutes: i64) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + Duration::minutes(minutes)
    }

    fn new_client(name: &str, at: Timestamp) -> Client {
        let mut client = Client::new(at);
        client.name = name.into();
        client
    }

    /// The sample before; a colleague's file that adds a client and changes
    /// the industry of the first; the workspace right after importing it.
    fn imported() -> (ImportUndo, Client) {
        let before = sample::workspace(t(0));
        let mut file = before.clone();
        let added = new_client("Mekong Travel", t(5));
        file.save_client(added.clone(), t(5)).unwrap();
        let mut first = file.clients[0].clone();
        first.industry = "Ngành theo file".into();
        file.save_client(first, t(5)).unwrap();
        let plan = merge::plan(&before, &file, t(10));
        let after = merge::apply(&before, &file, &plan, &Default::default());
        (ImportUndo { before, after }, added)
    }

    #[test]
    fn with_nothing_done_since_undo_gives_back_the_workspace_before() {
        let (undo, _) = imported();
        assert!(undo.nothing_since(&undo.after));
        assert_eq!(undo.undo(&undo.after, t(20)).workspace, undo.before);
        assert!(undo.added_then_edited(&undo.after, t(20)).is_empty());
    }

    #[test]
    fn changes_made_after_the_import_stay() {
        let (undo, added) = imported();
        let mut now = undo.after.clone();
        // An edit of a client the import did not touch, an edit of another
        // field of the client it changed, and a new client of one's own.
        let mut second = now.clients[1].clone();
        second.notes = "Gọi lại thứ Hai".into();
        now.save_client(second.clone(), t(15)).unwrap();
        let mut first = now.clients[0].clone();
        first.notes = "Đã họp".into();
        now.save_client(first.clone(), t(16)).unwrap();
        let own = new_client("Phở Thìn", t(17));
        now.save_client(own.clone(), t(17)).unwrap();
        assert!(!undo.nothing_since(&now));

        let undone = undo.undo(&now, t(20)).workspace;
        // What the import did is taken back…
        assert!(undone.client(added.id()).is_none());
        let first_after = undone.client(first.id()).unwrap();
        assert_eq!(first_after.industry, undo.before.clients[0].industry);
        // …and nothing done since.
        assert_eq!(first_after.notes, "Đã họp");
        assert_eq!(undone.client(second.id()).unwrap().notes, "Gọi lại thứ Hai");
        assert_eq!(undone.client(own.id()).unwrap().name, "Phở Thìn");
        assert_eq!(undone.validate(), Ok(()));
    }

    #[test]
    fn a_record_the_import_added_and_edited_since_is_named_before_undo() {
        let (undo, added) = imported();
        let mut now = undo.after.clone();
        let mut edited = now.client(added.id()).unwrap().clone();
        edited.notes = "Khách mới, đã gặp".into();
        now.save_client(edited, t(15)).unwrap();
        assert_eq!(undo.added_then_edited(&now, t(20)), ["Mekong Travel"]);
        // Its own edits of other records are not what the question is about.
        let mut other = now.clients[1].clone();
        other.notes = "x".into();
        now.save_client(other, t(16)).unwrap();
        assert_eq!(undo.added_then_edited(&now, t(20)), ["Mekong Travel"]);
    }
}
