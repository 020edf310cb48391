//! Merging a colleague's file into your workspace: a preview of what would
//! change, record by record, then the merge itself with the user's choices
//! for conflicts. Nothing here changes a workspace in place; the caller
//! swaps in the result only after the user confirms.
//!
//! Rules, for a record present on both sides:
//! - same content → unchanged;
//! - one side has the higher `rev` and also the later (or equal) `updated_at`
//!   → that side is newer: *updated* (theirs wins) or *kept* (mine wins);
//! - otherwise (equal `rev` with different content, or more revisions on one
//!   side but a later edit on the other) both changed → *conflict*.
//!
//! A conflict's default winner is decided the same way from either side, so
//! that merge(A, B) and merge(B, A) agree: higher `rev`, then the later
//! `updated_at`, then the greater serialised content. A record only in their
//! file is *new*; one only in mine is kept (absence is not deletion). A
//! winning version that is in the trash is reported as *deleted*.
//!
//! Clocks are not trusted blindly: an `updated_at` more than [`CLOCK_SKEW`]
//! ahead of this computer's clock (a machine whose clock runs fast, or a
//! hand-edited file) counts as *now* in these comparisons, and the preview
//! says the record is dated in the future.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use chrono::Duration;
use serde::Serialize;

use super::brief::Brief;
use super::budget::Budget;
use super::client::Client;
use super::contact_report::ContactReport;
use super::deal::Deal;
use super::id::Id;
use super::interaction::Interaction;
use super::meta::{Meta, Record, Timestamp};
use super::nps::NpsResponse;
use super::records::Records;
use super::review::CompetitorReview;
use super::team::TeamMember;
use super::wip::WipItem;
use super::workspace::{with_collections, Workspace};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    TeamMember,
    Client,
    Budget,
    Review,
    Brief,
    ContactReport,
    Wip,
    Interaction,
    Nps,
    Deal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    /// Only in their file.
    New,
    /// Theirs is newer.
    Updated,
    /// Mine is newer.
    Kept,
    /// Both changed: the user chooses.
    Conflict,
    /// Their newer version is in the trash.
    Deleted,
    Unchanged,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resolution {
    KeepMine,
    TakeTheirs,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedChange {
    pub kind: RecordKind,
    pub id: Id,
    /// What people call the record (name, campaign, title), from the winning side.
    pub label: String,
    pub change: Change,
    /// For a conflict: the side that wins unless the user says otherwise.
    pub default: Resolution,
    /// Either version is dated later than this computer's clock allows.
    pub future_dated: bool,
}

/// What importing `theirs` would do to `mine`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergePlan {
    pub changes: Vec<PlannedChange>,
}

impl MergePlan {
    pub fn count(&self, change: Change) -> usize {
        self.changes.iter().filter(|c| c.change == change).count()
    }

    pub fn conflicts(&self) -> impl Iterator<Item = &PlannedChange> {
        self.changes.iter().filter(|c| c.change == Change::Conflict)
    }

    /// The changes worth listing (all but unchanged), grouped by kind of
    /// record in the plan's order.
    pub fn by_kind(&self) -> Vec<(RecordKind, Vec<&PlannedChange>)> {
        let mut groups: Vec<(RecordKind, Vec<&PlannedChange>)> = Vec::new();
        for change in self
            .changes
            .iter()
            .filter(|c| c.change != Change::Unchanged)
        {
            match groups.iter_mut().find(|(kind, _)| *kind == change.kind) {
                Some((_, list)) => list.push(change),
                None => groups.push((change.kind, vec![change])),
            }
        }
        groups
    }

    /// True when importing would change nothing at all.
    pub fn is_noop(&self) -> bool {
        self.changes
            .iter()
            .all(|c| matches!(c.change, Change::Unchanged | Change::Kept))
    }
}

/// How a record is named in the preview.
pub trait Labelled: Record + Clone + PartialEq + Serialize {
    const KIND: RecordKind;
    fn label(&self) -> String;
}

impl Labelled for TeamMember {
    const KIND: RecordKind = RecordKind::TeamMember;
    fn label(&self) -> String {
        self.name.clone()
    }
}

impl Labelled for Client {
    const KIND: RecordKind = RecordKind::Client;
    fn label(&self) -> String {
        self.name.clone()
    }
}

impl Labelled for Budget {
    const KIND: RecordKind = RecordKind::Budget;
    fn label(&self) -> String {
        self.campaign.clone()
    }
}

impl Labelled for CompetitorReview {
    const KIND: RecordKind = RecordKind::Review;
    fn label(&self) -> String {
        self.title.clone()
    }
}

impl Labelled for Brief {
    const KIND: RecordKind = RecordKind::Brief;
    fn label(&self) -> String {
        self.title.clone()
    }
}

impl Labelled for ContactReport {
    const KIND: RecordKind = RecordKind::ContactReport;
    fn label(&self) -> String {
        if self.purpose.trim().is_empty() {
            self.meeting_date.to_string()
        } else {
            format!(
                "{} — {}",
                self.meeting_date,
                self.purpose.lines().next().unwrap_or_default()
            )
        }
    }
}

impl Labelled for WipItem {
    const KIND: RecordKind = RecordKind::Wip;
    fn label(&self) -> String {
        self.job.clone()
    }
}

impl Labelled for Interaction {
    const KIND: RecordKind = RecordKind::Interaction;
    fn label(&self) -> String {
        if self.summary.trim().is_empty() {
            self.received_at.date_naive().to_string()
        } else {
            self.summary.clone()
        }
    }
}

impl Labelled for NpsResponse {
    const KIND: RecordKind = RecordKind::Nps;
    fn label(&self) -> String {
        format!("{} — {}", self.date, self.score)
    }
}

impl Labelled for Deal {
    const KIND: RecordKind = RecordKind::Deal;
    fn label(&self) -> String {
        self.title.clone()
    }
}

fn content(record: &impl Serialize) -> String {
    serde_json::to_string(record).unwrap_or_default()
}

/// How far ahead of this computer's clock an edit may be dated and still be
/// taken at its word: two machines' clocks commonly differ by a minute or two.
pub const CLOCK_SKEW: Duration = Duration::minutes(5);

/// Whether `at` is later than this computer's clock allows.
pub fn is_future_dated(at: Timestamp, now: Timestamp) -> bool {
    at > now + CLOCK_SKEW
}

/// An edit time as the merge trusts it: one dated in the future counts as now.
fn trusted(at: Timestamp, now: Timestamp) -> Timestamp {
    if is_future_dated(at, now) {
        now
    } else {
        at
    }
}

/// The order of two versions' edits as the merge sees them: by trusted time.
fn by_time(mine: &Meta, theirs: &Meta, now: Timestamp) -> Ordering {
    trusted(theirs.updated_at, now).cmp(&trusted(mine.updated_at, now))
}

/// Whether their version wins a conflict unless the person says otherwise,
/// the same answer from either side: more revisions, then the later edit
/// (by trusted time), then the greater content.
pub(super) fn theirs_wins_conflict<T: Record + Serialize>(
    mine: &T,
    theirs: &T,
    now: Timestamp,
) -> bool {
    let (m, t) = (mine.meta(), theirs.meta());
    t.rev
        .cmp(&m.rev)
        .then(by_time(m, t, now))
        .then_with(|| content(theirs).cmp(&content(mine)))
        == Ordering::Greater
}

/// Which version of a record wins without the user: see the module rules.
fn newer_side<T: Labelled>(mine: &T, theirs: &T, now: Timestamp) -> (Change, Resolution) {
    let (m, t) = (mine.meta(), theirs.meta());
    match (t.rev.cmp(&m.rev), by_time(m, t, now)) {
        (Ordering::Greater, Ordering::Greater | Ordering::Equal) => {
            (Change::Updated, Resolution::TakeTheirs)
        }
        (Ordering::Less, Ordering::Less | Ordering::Equal) => (Change::Kept, Resolution::KeepMine),
        _ => {
            let default = if theirs_wins_conflict(mine, theirs, now) {
                Resolution::TakeTheirs
            } else {
                Resolution::KeepMine
            };
            (Change::Conflict, default)
        }
    }
}

fn plan_collection<T: Labelled>(
    mine: &[T],
    theirs: &[T],
    now: Timestamp,
    changes: &mut Vec<PlannedChange>,
) {
    let by_id: HashMap<Id, &T> = mine.iter().map(|r| (r.id(), r)).collect();
    for incoming in theirs {
        let (change, default, winner) = match by_id.get(&incoming.id()) {
            None => (Change::New, Resolution::TakeTheirs, incoming),
            Some(current) if *current == incoming => {
                (Change::Unchanged, Resolution::KeepMine, *current)
            }
            Some(current) => {
                let (change, default) = newer_side(*current, incoming, now);
                let winner = if default == Resolution::TakeTheirs {
                    incoming
                } else {
                    *current
                };
                let change = if change == Change::Updated
                    && incoming.meta().is_trashed()
                    && !current.meta().is_trashed()
                {
                    Change::Deleted
                } else {
                    change
                };
                (change, default, winner)
            }
        };
        let future_dated = change != Change::Unchanged
            && [Some(incoming), by_id.get(&incoming.id()).copied()]
                .into_iter()
                .flatten()
                .any(|r| is_future_dated(r.meta().updated_at, now));
        changes.push(PlannedChange {
            kind: T::KIND,
            id: incoming.id(),
            label: winner.label(),
            change,
            default,
            future_dated,
        });
    }
}

/// The preview of importing `theirs` into `mine`; `now` is this computer's
/// clock, against which edits dated in the future are told.
pub fn plan(mine: &Workspace, theirs: &Workspace, now: Timestamp) -> MergePlan {
    let mut changes = Vec::new();
    macro_rules! plan_each {
        ($($field:ident: $record:ty,)*) => {
            $(plan_collection(&mine.$field, &theirs.$field, now, &mut changes);)*
        };
    }
    with_collections!(plan_each);
    MergePlan { changes }
}

fn merge_collection<T: Labelled>(
    mine: &[T],
    theirs: &[T],
    plan: &MergePlan,
    chosen: &HashMap<Id, Resolution>,
) -> Records<T> {
    let decisions: HashMap<Id, &PlannedChange> = plan
        .changes
        .iter()
        .filter(|c| c.kind == T::KIND)
        .map(|c| (c.id, c))
        .collect();
    let incoming: HashMap<Id, &T> = theirs.iter().map(|r| (r.id(), r)).collect();
    let mut merged: Records<T> = mine
        .iter()
        .map(|current| {
            let take_theirs = match decisions.get(&current.id()) {
                Some(d) => match d.change {
                    Change::Updated | Change::Deleted => true,
                    Change::Conflict => {
                        chosen.get(&d.id).copied().unwrap_or(d.default) == Resolution::TakeTheirs
                    }
                    _ => false,
                },
                None => false,
            };
            match incoming.get(&current.id()) {
                Some(theirs) if take_theirs => (*theirs).clone(),
                _ => current.clone(),
            }
        })
        .collect();
    // New records keep the order they have in the file.
    let known: HashSet<Id> = mine.iter().map(Record::id).collect();
    merged.extend(theirs.iter().filter(|r| !known.contains(&r.id())).cloned());
    merged
}

/// `mine` with the plan applied; `chosen` overrides conflict defaults by id.
pub fn apply(
    mine: &Workspace,
    theirs: &Workspace,
    plan: &MergePlan,
    chosen: &HashMap<Id, Resolution>,
) -> Workspace {
    macro_rules! merge_each {
        ($($field:ident: $record:ty,)*) => {
            Workspace {
                $($field: merge_collection(&mine.$field, &theirs.$field, plan, chosen),)*
                settings: mine.settings.clone(),
            }
        };
    }
    let mut merged = with_collections!(merge_each);
    // Rates are added, never replaced: keep mine first, then theirs that are new.
    let mine_ids: HashSet<Id> = mine.settings.rates.iter().map(|r| r.id).collect();
    merged.settings.rates.extend(
        theirs
            .settings
            .rates
            .iter()
            .filter(|r| !mine_ids.contains(&r.id))
            .cloned(),
    );
    merged
}

/// Two versions of one workspace brought together without asking: what
/// another tab saved (`theirs`) and what this tab holds (`mine`).
#[derive(Clone, Debug, PartialEq)]
pub struct Reconciled {
    pub workspace: Workspace,
    /// Records both sides changed; each was settled by the conflict default
    /// (the later edit), and the user is told which.
    pub conflicts: Vec<String>,
}

/// Brings another tab's save together with this tab's state: every record
/// changed on one side only keeps that change; a record changed on both
/// sides keeps the conflict default, the same answer in either tab.
pub fn reconcile(mine: &Workspace, theirs: &Workspace, now: Timestamp) -> Reconciled {
    let plan = plan(mine, theirs, now);
    let conflicts = plan.conflicts().map(|c| c.label.clone()).collect();
    Reconciled {
        workspace: apply(mine, theirs, &plan, &HashMap::new()),
        conflicts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::meta::Timestamp;
    use crate::domain::sample;
    use chrono::{Duration, TimeZone, Utc};

    /// This computer's clock in the tests: after every edit they make.
    fn later() -> Timestamp {
        t(100_000)
    }

    fn t(minutes: i64) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + Duration::minutes(minutes)
    }

    fn base() -> Workspace {
        sample::workspace(t(0))
    }

    fn sorted(ws: &Workspace) -> Vec<String> {
        let mut all: Vec<String> = ws
            .team
            .iter()
            .map(content)
            .chain(ws.clients.iter().map(content))
            .chain(ws.budgets.iter().map(content))
            .chain(ws.reviews.iter().map(content))
            .collect();
        all.sort();
        all
    }

    fn rename(ws: &mut Workspace, index: usize, name: &str, at: Timestamp) {
        let mut client = ws.clients[index].clone();
        client.name = name.into();
        ws.save_client(client, at).unwrap();
    }

    #[test]
    fn an_edit_dated_in_the_future_wins_nothing_by_its_date_and_is_pointed_out() {
        let original = base();
        let id = original.clients[0].meta.id;
        let mut mine = original.clone();
        // Two edits here, an hour ago and now.
        rename(
            &mut mine,
            0,
            "Đồng Xanh (mine)",
            later() - Duration::hours(1),
        );
        rename(&mut mine, 0, "Đồng Xanh (mine, again)", later());
        // One edit on a machine whose clock runs a year ahead.
        let mut theirs = original.clone();
        rename(
            &mut theirs,
            0,
            "Đồng Xanh (future)",
            later() + Duration::days(365),
        );

        // Counted as now, the future edit is no later than mine, which has
        // more revisions: mine is the newer version, from either side.
        for (a, b, expected) in [
            (&mine, &theirs, Change::Kept),
            (&theirs, &mine, Change::Updated),
        ] {
            let p = plan(a, b, later());
            let change = p.changes.iter().find(|c| c.id == id).unwrap();
            assert_eq!((change.change, change.future_dated), (expected, true));
            assert_eq!(change.label, "Đồng Xanh (mine, again)");
        }
        // Where both changed, more revisions decide the default, not a date
        // still to come (the later edit decided it before).
        let mut earlier = original.clone();
        rename(
            &mut earlier,
            0,
            "Đồng Xanh (earlier)",
            later() - Duration::hours(3),
        );
        rename(
            &mut earlier,
            0,
            "Đồng Xanh (earlier, again)",
            later() - Duration::hours(2),
        );
        for (a, b, expected) in [
            (&earlier, &theirs, Resolution::KeepMine),
            (&theirs, &earlier, Resolution::TakeTheirs),
        ] {
            let p = plan(a, b, later());
            let change = p.changes.iter().find(|c| c.id == id).unwrap();
            assert_eq!(
                (change.change, change.future_dated),
                (Change::Conflict, true)
            );
            assert_eq!(change.default, expected);
        }
        // Within a few minutes of this clock, a date is taken at its word.
        let mut soon = original.clone();
        rename(
            &mut soon,
            0,
            "Đồng Xanh (soon)",
            later() + Duration::minutes(2),
        );
        let p = plan(&original, &soon, later());
        let change = p.changes.iter().find(|c| c.id == id).unwrap();
        assert_eq!(
            (change.change, change.future_dated),
            (Change::Updated, false)
        );
        // Between tabs the same: the stale future date does not win.
        let merged = reconcile(&mine, &theirs, later());
        assert_eq!(
            merged.workspace.client(id).unwrap().name,
            "Đồng Xanh (mine, again)"
        );
    }

    #[test]
    fn importing_your_own_export_changes_nothing() {
        let mine = base();
        let p = plan(&mine, &mine.clone(), later());
        assert!(p.is_noop());
        assert_eq!(p.count(Change::Unchanged), p.changes.len());
        assert_eq!(apply(&mine, &mine, &p, &HashMap::new()), mine);
    }

    #[test]
    fn new_updated_kept_conflicting_and_deleted_are_told_apart() {
        let original = base();
        let mut mine = original.clone();
        let mut theirs = original.clone();
        rename(&mut theirs, 0, "Đồng Xanh (theirs)", t(10)); // only theirs changed → updated
        rename(&mut mine, 1, "Lotus (mine)", t(10)); // only mine changed → kept
        rename(&mut mine, 2, "PNS (mine)", t(10)); // both changed → conflict
        rename(&mut theirs, 2, "PNS (theirs)", t(20));
        let gone = theirs.clients[3].meta.id;
        theirs.trash_client(gone, t(5)).unwrap(); // theirs trashed it → deleted
        let mut fresh = Client::new(t(30));
        fresh.name = "Mới".into();
        theirs.save_client(fresh.clone(), t(30)).unwrap(); // → new

        let p = plan(&mine, &theirs, later());
        let change_of = |id: Id| p.changes.iter().find(|c| c.id == id).unwrap().change;
        assert_eq!(change_of(original.clients[0].meta.id), Change::Updated);
        assert_eq!(change_of(original.clients[1].meta.id), Change::Kept);
        assert_eq!(change_of(original.clients[2].meta.id), Change::Conflict);
        assert_eq!(change_of(gone), Change::Deleted);
        assert_eq!(change_of(fresh.meta.id), Change::New);
        assert_eq!(p.count(Change::Conflict), 1);
        assert_eq!(
            p.conflicts().next().unwrap().default,
            Resolution::TakeTheirs,
            "theirs is the later edit"
        );

        let merged = apply(&mine, &theirs, &p, &HashMap::new());
        let name = |ws: &Workspace, i: usize| ws.clients[i].name.clone();
        assert_eq!(name(&merged, 0), "Đồng Xanh (theirs)");
        assert_eq!(name(&merged, 1), "Lotus (mine)");
        assert_eq!(name(&merged, 2), "PNS (theirs)");
        assert!(merged.client(gone).unwrap().meta.is_trashed());
        assert_eq!(merged.clients.last().unwrap().name, "Mới");

        let keep_mine = HashMap::from([(original.clients[2].meta.id, Resolution::KeepMine)]);
        assert_eq!(
            name(&apply(&mine, &theirs, &p, &keep_mine), 2),
            "PNS (mine)"
        );
    }

    #[test]
    fn merging_either_way_gives_the_same_records() {
        let original = base();
        let mut a = original.clone();
        let mut b = original.clone();
        rename(&mut a, 0, "A edits 0", t(10));
        rename(&mut b, 1, "B edits 1", t(11));
        rename(&mut a, 2, "A edits 2", t(12));
        rename(&mut b, 2, "B edits 2", t(13));
        rename(&mut a, 3, "A edits 3 later", t(30));
        rename(&mut b, 3, "B edits 3", t(14));
        let mut b_new = Client::new(t(15));
        b_new.name = "Only in B".into();
        b.save_client(b_new, t(15)).unwrap();

        let ab = apply(&a, &b, &plan(&a, &b, later()), &HashMap::new());
        let ba = apply(&b, &a, &plan(&b, &a, later()), &HashMap::new());
        assert_eq!(sorted(&ab), sorted(&ba));
        let names: Vec<&str> = ab.clients.iter().map(|c| c.name.as_str()).collect();
        assert!(names.contains(&"A edits 0") && names.contains(&"B edits 1"));
        assert!(
            names.contains(&"B edits 2"),
            "the later edit wins a conflict by default"
        );
        assert!(names.contains(&"A edits 3 later") && names.contains(&"Only in B"));
    }

    #[test]
    fn two_tabs_editing_different_records_keep_both_edits() {
        let stored = base();
        let (mut tab_a, mut tab_b) = (stored.clone(), stored.clone());
        rename(&mut tab_a, 0, "Edited in A", t(1));
        rename(&mut tab_b, 1, "Edited in B", t(2));
        // B saved first; A reconciles with it before writing, then B hears A.
        let in_a = reconcile(&tab_a, &tab_b, later());
        assert_eq!(in_a.conflicts, Vec::<String>::new());
        let in_b = reconcile(&tab_b, &in_a.workspace, later());
        assert_eq!(in_b.workspace, in_a.workspace);
        let names: Vec<&str> = in_a
            .workspace
            .clients
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert!(names.contains(&"Edited in A") && names.contains(&"Edited in B"));
    }

    #[test]
    fn two_tabs_editing_one_record_keep_the_later_edit_and_say_so() {
        let stored = base();
        let (mut tab_a, mut tab_b) = (stored.clone(), stored.clone());
        rename(&mut tab_a, 2, "A, earlier", t(1));
        rename(&mut tab_b, 2, "B, later", t(2));
        let in_a = reconcile(&tab_a, &tab_b, later());
        let in_b = reconcile(&tab_b, &tab_a, later());
        assert_eq!(in_a.workspace.clients[2].name, "B, later");
        assert_eq!(in_b.workspace.clients[2].name, "B, later");
        assert_eq!(in_a.conflicts, ["B, later"]);
        // A stale tab with nothing new takes the stored state as it is.
        assert_eq!(
            reconcile(&stored, &in_a.workspace, later()).workspace,
            in_a.workspace
        );
    }

    #[test]
    fn the_preview_groups_changes_by_kind_and_leaves_out_the_unchanged() {
        let mine = base();
        let mut theirs = mine.clone();
        rename(&mut theirs, 0, "Renamed", t(1));
        let mut extra = Client::new(t(1));
        extra.name = "New one".into();
        theirs.save_client(extra, t(1)).unwrap();
        let preview = plan(&mine, &theirs, later());
        let groups = preview.by_kind();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].0, RecordKind::Client);
        let labels: Vec<&str> = groups[0].1.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["Renamed", "New one"]);
        assert!(plan(&mine, &mine, later()).by_kind().is_empty());
    }

    #[test]
    fn no_record_is_lost_unless_chosen() {
        let original = base();
        let mut mine = original.clone();
        let theirs = Workspace::default();
        let mut mine_only = Client::new(t(1));
        mine_only.name = "Chỉ của tôi".into();
        mine.save_client(mine_only, t(1)).unwrap();
        let merged = apply(
            &mine,
            &theirs,
            &plan(&mine, &theirs, later()),
            &HashMap::new(),
        );
        assert_eq!(merged, mine, "an empty file removes nothing");
        let count =
            |ws: &Workspace| ws.team.len() + ws.clients.len() + ws.budgets.len() + ws.reviews.len();
        let other = base();
        let merged = apply(
            &mine,
            &other,
            &plan(&mine, &other, later()),
            &HashMap::new(),
        );
        assert_eq!(count(&merged), count(&mine) + count(&other));
    }
}
