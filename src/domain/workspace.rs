use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::brief::Brief;
use super::budget::Budget;
use super::client::Client;
use super::contact_report::ContactReport;
use super::deal::Deal;
use super::fx::Settings;
use super::id::Id;
use super::interaction::Interaction;
use super::meta::{Meta, Record, Timestamp};
use super::nps::NpsResponse;
use super::records::Records;
use super::review::CompetitorReview;
use super::team::TeamMember;
use super::validation::{Checker, FieldError, Problem, MAX_REV};
use super::wip::WipItem;

/// Everything one person keeps in Account Desk. Collections keep insertion
/// order so that unchanged data serialises to identical bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    #[serde(default)]
    pub team: Records<TeamMember>,
    #[serde(default)]
    pub clients: Records<Client>,
    #[serde(default)]
    pub budgets: Records<Budget>,
    #[serde(default)]
    pub reviews: Records<CompetitorReview>,
    #[serde(default)]
    pub briefs: Records<Brief>,
    #[serde(default)]
    pub contact_reports: Records<ContactReport>,
    #[serde(default)]
    pub wip: Records<WipItem>,
    #[serde(default)]
    pub interactions: Records<Interaction>,
    #[serde(default)]
    pub nps: Records<NpsResponse>,
    #[serde(default)]
    pub deals: Records<Deal>,
    #[serde(default)]
    pub settings: Settings,
}

/// The workspace's record collections, in the order they are stored, each
/// as `field: RecordType`. Code that walks every collection hands this a
/// macro of its own, which receives the list: a new kind is one line here
/// (and its field above; a test keeps the two the same).
macro_rules! with_collections {
    ($each:ident) => {
        $each! {
            team: TeamMember,
            clients: Client,
            budgets: Budget,
            reviews: CompetitorReview,
            briefs: Brief,
            contact_reports: ContactReport,
            wip: WipItem,
            interactions: Interaction,
            nps: NpsResponse,
            deals: Deal,
        }
    };
}
pub(crate) use with_collections;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum WorkspaceError {
    #[error("no record with id {0}")]
    NotFound(Id),
    #[error("record {0} is not in the trash")]
    NotInTrash(Id),
    #[error("{} problem(s), first: {}", .0.len(), .0[0])]
    Invalid(Vec<FieldError>),
}

/// What a save did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Created,
    Updated,
    /// The record was saved with no change: its revision stays as it was.
    Unchanged,
}

/// A safe fix made while restoring data, reported to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repair {
    pub path: String,
    pub action: RepairAction,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepairAction {
    DroppedUnknownTeamMember,
    KeptFirstPrimaryContact,
}

impl fmt::Display for Repair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.action {
            RepairAction::DroppedUnknownTeamMember => {
                "removed a reference to a team member who does not exist"
            }
            RepairAction::KeptFirstPrimaryContact => {
                "more than one primary contact; kept the first"
            }
        };
        write!(f, "{}: {what}", self.path)
    }
}

impl Workspace {
    pub fn client(&self, id: Id) -> Option<&Client> {
        self.clients.iter().find(|c| c.id() == id)
    }

    pub fn member(&self, id: Id) -> Option<&TeamMember> {
        self.team.iter().find(|m| m.id() == id)
    }

    /// Clients that are not in the trash.
    pub fn live_clients(&self) -> impl Iterator<Item = &Client> {
        live(&self.clients)
    }

    /// The first live client in alphabetical order, ignoring accents: where a
    /// new budget or review goes when no client was chosen.
    pub fn first_client(&self) -> Option<&Client> {
        self.live_clients()
            .min_by_key(|c| super::search::fold(&c.name))
    }

    /// Team members who are not in the trash.
    pub fn live_team(&self) -> impl Iterator<Item = &TeamMember> {
        live(&self.team)
    }

    pub fn is_empty(&self) -> bool {
        let ws = self;
        macro_rules! all_empty {
            ($($field:ident: $record:ty,)*) => { true $(&& ws.$field.is_empty())* };
        }
        with_collections!(all_empty)
    }

    /// Adds every record and exchange rate of `other` (ids are assumed
    /// fresh, as for sample data); the reporting currency stays this one's.
    pub fn append(&mut self, other: Workspace) {
        let ws = self;
        macro_rules! extend_each {
            ($($field:ident: $record:ty,)*) => { $(ws.$field.extend(other.$field);)* };
        }
        with_collections!(extend_each);
        ws.settings.rates.extend(other.settings.rates);
    }

    pub fn budget(&self, id: Id) -> Option<&Budget> {
        self.budgets.iter().find(|b| b.id() == id)
    }

    /// Budgets that are not in the trash and whose client is not either.
    pub fn live_budgets(&self) -> impl Iterator<Item = &Budget> {
        live(&self.budgets).filter(|b| self.client(b.client).is_some_and(|c| !c.meta.is_trashed()))
    }

    pub fn save_budget(&mut self, budget: Budget, now: Timestamp) -> Result<Saved, WorkspaceError> {
        let mut errors = budget.validate().err().unwrap_or_default();
        if self.client(budget.client).is_none() {
            errors.push(FieldError::new("client", Problem::UnknownClient));
        }
        if !errors.is_empty() {
            return Err(WorkspaceError::Invalid(errors));
        }
        Ok(upsert(&mut self.budgets, budget, now))
    }

    pub fn trash_budget(&mut self, id: Id, now: Timestamp) -> Result<(), WorkspaceError> {
        set_deleted(&mut self.budgets, id, Some(now), now)
    }

    pub fn restore_budget(&mut self, id: Id, now: Timestamp) -> Result<(), WorkspaceError> {
        set_deleted(&mut self.budgets, id, None, now)
    }

    pub fn purge_budget(&mut self, id: Id) -> Result<Budget, WorkspaceError> {
        purge(&mut self.budgets, id)
    }

    pub fn review(&self, id: Id) -> Option<&CompetitorReview> {
        self.reviews.iter().find(|r| r.id() == id)
    }

    /// Reviews that are not in the trash and whose client is not either.
    pub fn live_reviews(&self) -> impl Iterator<Item = &CompetitorReview> {
        live(&self.reviews).filter(|r| self.client(r.client).is_some_and(|c| !c.meta.is_trashed()))
    }

    /// Saves a review as it is typed: only a missing client or duplicate ids
    /// refuse it; everything else is shown by `CompetitorReview::issues`.
    pub fn save_review(
        &mut self,
        review: CompetitorReview,
        now: Timestamp,
    ) -> Result<Saved, WorkspaceError> {
        let mut errors = review.validate().err().unwrap_or_default();
        if self.client(review.client).is_none() {
            errors.push(FieldError::new("client", Problem::UnknownClient));
        }
        if !errors.is_empty() {
            return Err(WorkspaceError::Invalid(errors));
        }
        Ok(upsert(&mut self.reviews, review, now))
    }

    pub fn trash_review(&mut self, id: Id, now: Timestamp) -> Result<(), WorkspaceError> {
        set_deleted(&mut self.reviews, id, Some(now), now)
    }

    pub fn restore_review(&mut self, id: Id, now: Timestamp) -> Result<(), WorkspaceError> {
        set_deleted(&mut self.reviews, id, None, now)
    }

    pub fn purge_review(&mut self, id: Id) -> Result<CompetitorReview, WorkspaceError> {
        purge(&mut self.reviews, id)
    }

    /// Adds a new client or records an edit of an existing one.
    pub fn save_client(
        &mut self,
        mut client: Client,
        now: Timestamp,
    ) -> Result<Saved, WorkspaceError> {
        client.tags.dedup();
        if let Some(first) = client.contacts.iter().position(|c| c.primary) {
            let keep = client.contacts[first].id;
            client.set_primary(keep);
        }
        let mut errors = client.validate().err().unwrap_or_default();
        errors.extend(self.unknown_team_references(&client));
        if !errors.is_empty() {
            return Err(WorkspaceError::Invalid(errors));
        }
        Ok(upsert(&mut self.clients, client, now))
    }

    pub fn save_member(
        &mut self,
        member: TeamMember,
        now: Timestamp,
    ) -> Result<Saved, WorkspaceError> {
        member.validate().map_err(WorkspaceError::Invalid)?;
        Ok(upsert(&mut self.team, member, now))
    }

    pub fn trash_client(&mut self, id: Id, now: Timestamp) -> Result<(), WorkspaceError> {
        set_deleted(&mut self.clients, id, Some(now), now)
    }

    pub fn restore_client(&mut self, id: Id, now: Timestamp) -> Result<(), WorkspaceError> {
        set_deleted(&mut self.clients, id, None, now)
    }

    /// Removes a trashed client for good, with its budgets: they cannot
    /// exist without it. The confirmation says so.
    pub fn purge_client(&mut self, id: Id) -> Result<Client, WorkspaceError> {
        let client = purge(&mut self.clients, id)?;
        self.retain_client_records(|client| client != id);
        Ok(client)
    }

    /// How many records of every kind it holds.
    pub fn record_count(&self) -> usize {
        let ws = self;
        macro_rules! count {
            ($($field:ident: $record:ty,)*) => { 0 $(+ ws.$field.len())* };
        }
        with_collections!(count)
    }

    /// Removes every record that belongs to a client no longer here: what a
    /// merge leaves when one side deleted a client forever and the other
    /// added to it (the cascade of [`purge_client`](Self::purge_client)).
    pub fn drop_orphans(&mut self) {
        let clients: HashSet<Id> = self.clients.iter().map(Record::id).collect();
        self.retain_client_records(|client| clients.contains(&client));
    }

    /// Keeps the records whose client `keep` says; a collection with
    /// nothing to drop is not touched (its stamp stays).
    fn retain_client_records(&mut self, keep: impl Fn(Id) -> bool) {
        fn retain<T>(
            records: &mut Records<T>,
            client: impl Fn(&T) -> Id,
            keep: &impl Fn(Id) -> bool,
        ) {
            if records.iter().any(|r| !keep(client(r))) {
                records.retain(|r| keep(client(r)));
            }
        }
        retain(&mut self.budgets, |r| r.client, &keep);
        retain(&mut self.reviews, |r| r.client, &keep);
        retain(&mut self.briefs, |r| r.client, &keep);
        retain(&mut self.contact_reports, |r| r.client, &keep);
        retain(&mut self.wip, |r| r.client, &keep);
        retain(&mut self.interactions, |r| r.client, &keep);
        retain(&mut self.nps, |r| r.client, &keep);
        retain(&mut self.deals, |r| r.client, &keep);
    }

    pub fn trash_member(&mut self, id: Id, now: Timestamp) -> Result<(), WorkspaceError> {
        set_deleted(&mut self.team, id, Some(now), now)
    }

    pub fn restore_member(&mut self, id: Id, now: Timestamp) -> Result<(), WorkspaceError> {
        set_deleted(&mut self.team, id, None, now)
    }

    /// Removes a trashed team member for good, and with them every client's
    /// reference to them (each such client counts as edited).
    pub fn purge_member(&mut self, id: Id, now: Timestamp) -> Result<TeamMember, WorkspaceError> {
        let member = purge(&mut self.team, id)?;
        for client in &mut self.clients {
            if client.team_references().any(|r| r == id) {
                if client.account_owner == Some(id) {
                    client.account_owner = None;
                }
                client.account_team.retain(|&m| m != id);
                client.meta.touch(now);
            }
        }
        self.forget_member_in_client_records(id, now);
        Ok(member)
    }

    /// Empties the trash: every trashed record is purged.
    pub fn empty_trash(&mut self, now: Timestamp) {
        let purged: HashSet<Id> = self
            .clients
            .iter()
            .filter(|c| c.meta.is_trashed())
            .map(Record::id)
            .collect();
        self.clients.retain(|c| !c.meta.is_trashed());
        self.budgets
            .retain(|b| !b.meta.is_trashed() && !purged.contains(&b.client));
        self.reviews
            .retain(|r| !r.meta.is_trashed() && !purged.contains(&r.client));
        self.briefs
            .retain(|r| !r.meta.is_trashed() && !purged.contains(&r.client));
        self.contact_reports
            .retain(|r| !r.meta.is_trashed() && !purged.contains(&r.client));
        self.wip
            .retain(|r| !r.meta.is_trashed() && !purged.contains(&r.client));
        self.interactions
            .retain(|r| !r.meta.is_trashed() && !purged.contains(&r.client));
        self.nps
            .retain(|r| !r.meta.is_trashed() && !purged.contains(&r.client));
        self.deals
            .retain(|r| !r.meta.is_trashed() && !purged.contains(&r.client));
        let trashed: Vec<Id> = self
            .team
            .iter()
            .filter(|m| m.meta.is_trashed())
            .map(Record::id)
            .collect();
        for id in trashed {
            // Cannot fail: the id was just read from the trash.
            let _ = self.purge_member(id, now);
        }
    }

    fn unknown_team_references(&self, client: &Client) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if let Some(owner) = client.account_owner {
            if self.member(owner).is_none() {
                errors.push(FieldError::new("account_owner", Problem::UnknownTeamMember));
            }
        }
        for (i, &member) in client.account_team.iter().enumerate() {
            if self.member(member).is_none() {
                errors.push(FieldError::new(
                    format!("account_team[{i}]"),
                    Problem::UnknownTeamMember,
                ));
            }
        }
        errors
    }

    /// Checks a whole workspace read from storage or a file: every record's
    /// fields and unique ids. Paths are relative to the workspace.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        // Looked up once per record: a set, not a walk through the clients
        // (a quarter of an agency's validation time, measured).
        let clients = self.check_team_and_clients(&mut errors);
        self.check_metas(&mut errors);
        self.check_rates(&mut errors);
        check_unique_ids(&self.budgets, "budgets", &mut errors);
        check_unique_ids(&self.reviews, "reviews", &mut errors);
        self.validate_client_records(&clients, &mut errors);
        for (i, review) in self.reviews.iter().enumerate() {
            let at = RecordAt("reviews", i);
            at.check(review.validate(), review.client, &clients, &mut errors);
        }
        for (i, budget) in self.budgets.iter().enumerate() {
            let at = RecordAt("budgets", i);
            at.check(budget.validate(), budget.client, &clients, &mut errors);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// [`validate`](Self::validate) of the team and the clients alone: what
    /// the client list is drawn from before the rest is read. Separate so
    /// that the first wasm file, which draws the list, does not carry the
    /// other records' checks.
    pub fn validate_team_and_clients(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        self.check_team_and_clients(&mut errors);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Every record's metadata, with its collection and place.
    fn metas(&self) -> impl Iterator<Item = (&'static str, usize, &Meta)> {
        fn of<'a, T: Record>(
            collection: &'static str,
            items: &'a [T],
        ) -> impl Iterator<Item = (&'static str, usize, &'a Meta)> + 'a {
            items
                .iter()
                .enumerate()
                .map(move |(i, r)| (collection, i, r.meta()))
        }
        let ws = self;
        macro_rules! chain {
            ($first:ident: $first_record:ty, $($field:ident: $record:ty,)*) => {
                of(stringify!($first), &ws.$first)$(.chain(of(stringify!($field), &ws.$field)))*
            };
        }
        with_collections!(chain)
    }

    /// Times within the business range, revisions with room to grow, and
    /// one id per record across every kind (a client and a budget sharing
    /// an id would be one row in a merge preview). Twice in one collection
    /// is reported by that collection's own check.
    fn check_metas(&self, errors: &mut Vec<FieldError>) {
        let mut kinds: HashMap<Id, &'static str> = HashMap::with_capacity(self.record_count());
        for (collection, i, meta) in self.metas() {
            let mut check = Checker::default();
            check.moment("created_at", meta.created_at);
            check.moment("updated_at", meta.updated_at);
            if let Some(at) = meta.deleted_at {
                check.moment("deleted_at", at);
            }
            if meta.rev > MAX_REV {
                check.push("rev", Problem::OutOfRange(0, MAX_REV as i64));
            }
            if *kinds.entry(meta.id).or_insert(collection) != collection {
                check.push("id", Problem::DuplicateId);
            }
            if let Err(found) = check.finish() {
                let at = format!("{collection}[{i}].meta");
                errors.extend(found.into_iter().map(|e| e.within(&at)));
            }
        }
    }

    fn check_rates(&self, errors: &mut Vec<FieldError>) {
        let mut check = Checker::default();
        for (i, rate) in self.settings.rates.iter().enumerate() {
            check.date(&format!("settings.rates[{i}].date"), rate.date);
        }
        errors.extend(check.finish().err().unwrap_or_default());
    }

    /// Adds the team's and the clients' problems; returns the client ids.
    fn check_team_and_clients(&self, errors: &mut Vec<FieldError>) -> HashSet<Id> {
        check_unique_ids(&self.team, "team", errors);
        let clients = check_unique_ids(&self.clients, "clients", errors);
        for (i, member) in self.team.iter().enumerate() {
            if let Err(e) = member.validate() {
                errors.extend(e.into_iter().map(|e| e.within(&format!("team[{i}]"))));
            }
        }
        for (i, client) in self.clients.iter().enumerate() {
            if let Err(e) = client.validate() {
                errors.extend(e.into_iter().map(|e| e.within(&format!("clients[{i}]"))));
            }
            let mut seen = HashSet::new();
            for (j, contact) in client.contacts.iter().enumerate() {
                if !seen.insert(contact.id) {
                    errors.push(FieldError::new(
                        format!("clients[{i}].contacts[{j}].id"),
                        Problem::DuplicateId,
                    ));
                }
            }
        }
        clients
    }

    /// Fixes what is safe to fix without asking: references to team members
    /// that are not there, and more than one primary contact.
    pub fn repair(&mut self) -> Vec<Repair> {
        let known: HashSet<Id> = self.team.iter().map(Record::id).collect();
        let mut repairs = Vec::new();
        for (i, client) in self.clients.iter_mut().enumerate() {
            if client.account_owner.is_some_and(|o| !known.contains(&o)) {
                client.account_owner = None;
                repairs.push(Repair {
                    path: format!("clients[{i}].account_owner"),
                    action: RepairAction::DroppedUnknownTeamMember,
                });
            }
            let before = client.account_team.len();
            client.account_team.retain(|m| known.contains(m));
            if client.account_team.len() != before {
                repairs.push(Repair {
                    path: format!("clients[{i}].account_team"),
                    action: RepairAction::DroppedUnknownTeamMember,
                });
            }
            if client.contacts.iter().filter(|c| c.primary).count() > 1 {
                let first = client.contacts.iter().find(|c| c.primary).map(|c| c.id);
                if let Some(first) = first {
                    client.set_primary(first);
                }
                repairs.push(Repair {
                    path: format!("clients[{i}].contacts"),
                    action: RepairAction::KeptFirstPrimaryContact,
                });
            }
        }
        self.repair_client_records(&known, &mut repairs);
        repairs
    }
}

pub(super) fn live<T: Record>(items: &[T]) -> impl Iterator<Item = &T> {
    items.iter().filter(|r| !r.meta().is_trashed())
}

pub(super) fn position<T: Record>(items: &[T], id: Id) -> Result<usize, WorkspaceError> {
    items
        .iter()
        .position(|r| r.id() == id)
        .ok_or(WorkspaceError::NotFound(id))
}

pub(super) fn upsert<T: Record + PartialEq>(
    items: &mut Vec<T>,
    mut item: T,
    now: Timestamp,
) -> Saved {
    match items.iter_mut().find(|r| r.id() == item.id()) {
        Some(existing) => {
            // Compare content only: the caller's copy of the metadata may be stale.
            *item.meta_mut() = existing.meta().clone();
            if *existing == item {
                return Saved::Unchanged;
            }
            item.meta_mut().touch(now);
            *existing = item;
            Saved::Updated
        }
        None => {
            let meta = item.meta_mut();
            meta.rev = 1;
            meta.created_at = now;
            meta.updated_at = now;
            meta.deleted_at = None;
            items.push(item);
            Saved::Created
        }
    }
}

pub(super) fn set_deleted<T: Record>(
    items: &mut [T],
    id: Id,
    deleted_at: Option<Timestamp>,
    now: Timestamp,
) -> Result<(), WorkspaceError> {
    let index = position(items, id)?;
    let meta = items[index].meta_mut();
    if meta.deleted_at.is_some() != deleted_at.is_some() {
        meta.deleted_at = deleted_at;
        meta.touch(now);
    }
    Ok(())
}

pub(super) fn purge<T: Record>(items: &mut Vec<T>, id: Id) -> Result<T, WorkspaceError> {
    let index = position(items, id)?;
    if !items[index].meta().is_trashed() {
        return Err(WorkspaceError::NotInTrash(id));
    }
    Ok(items.remove(index))
}

/// Record `.1` of collection `.0`, for the paths of its problems.
pub(super) struct RecordAt<'a>(pub &'a str, pub usize);

impl RecordAt<'_> {
    /// Adds the record's own problems (`checked`) and an unknown `client`
    /// (not in `clients`) to `errors`. Paths are written only for errors: a
    /// restore validates every record of an agency.
    pub(super) fn check(
        &self,
        checked: Result<(), Vec<FieldError>>,
        client: Id,
        clients: &HashSet<Id>,
        errors: &mut Vec<FieldError>,
    ) {
        let Self(collection, i) = self;
        if let Err(e) = checked {
            let prefix = format!("{collection}[{i}]");
            errors.extend(e.into_iter().map(|e| e.within(&prefix)));
        }
        if !clients.contains(&client) {
            errors.push(FieldError::new(
                format!("{collection}[{i}].client"),
                Problem::UnknownClient,
            ));
        }
    }
}

/// Reports ids used twice, and returns the set of ids.
pub(super) fn check_unique_ids<T: Record>(
    items: &[T],
    collection: &str,
    errors: &mut Vec<FieldError>,
) -> HashSet<Id> {
    let mut seen = HashSet::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if !seen.insert(item.id()) {
            errors.push(FieldError::new(
                format!("{collection}[{i}].meta.id"),
                Problem::DuplicateId,
            ));
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::client::Contact;
    use chrono::{Duration, TimeZone, Utc};

    fn t(minutes: i64) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + Duration::minutes(minutes)
    }

    fn client(name: &str) -> Client {
        let mut c = Client::new(t(0));
        c.name = name.into();
        c
    }

    fn member(name: &str) -> TeamMember {
        let mut m = TeamMember::new(t(0));
        m.name = name.into();
        m
    }

    #[test]
    fn saving_a_new_client_adds_it_at_revision_one() {
        let mut ws = Workspace::default();
        let c = client("Sao Mai Foods");
        let id = c.id();
        assert_eq!(ws.save_client(c, t(5)), Ok(Saved::Created));
        let stored = ws.client(id).unwrap();
        assert_eq!(
            (
                stored.meta.rev,
                stored.meta.created_at,
                stored.meta.updated_at
            ),
            (1, t(5), t(5))
        );
    }

    #[test]
    fn an_edit_bumps_the_revision_and_an_unchanged_save_does_not() {
        let mut ws = Workspace::default();
        let mut c = client("Sao Mai Foods");
        ws.save_client(c.clone(), t(0)).unwrap();
        assert_eq!(ws.save_client(c.clone(), t(1)), Ok(Saved::Unchanged));
        assert_eq!(ws.client(c.id()).unwrap().meta.rev, 1);
        c.industry = "FMCG".into();
        assert_eq!(ws.save_client(c.clone(), t(2)), Ok(Saved::Updated));
        let stored = ws.client(c.id()).unwrap();
        assert_eq!((stored.meta.rev, stored.meta.updated_at), (2, t(2)));
        assert_eq!(stored.meta.created_at, t(0));
    }

    #[test]
    fn an_invalid_client_is_refused_and_nothing_changes() {
        let mut ws = Workspace::default();
        let mut c = client("");
        c.account_owner = Some(Id::new_v4());
        let Err(WorkspaceError::Invalid(errors)) = ws.save_client(c, t(0)) else {
            panic!("expected validation errors");
        };
        let paths: Vec<_> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["name", "account_owner"]);
        assert!(ws.is_empty());
    }

    #[test]
    fn saving_keeps_a_single_primary_contact() {
        let mut ws = Workspace::default();
        let mut c = client("Sao Mai Foods");
        for name in ["Lan", "Minh"] {
            let mut contact = Contact::new();
            contact.name = name.into();
            contact.primary = true;
            c.contacts.push(contact);
        }
        ws.save_client(c.clone(), t(0)).unwrap();
        let primaries: Vec<_> = ws
            .client(c.id())
            .unwrap()
            .contacts
            .iter()
            .map(|c| c.primary)
            .collect();
        assert_eq!(primaries, [true, false]);
    }

    #[test]
    fn trash_and_restore_keep_the_record_and_count_as_changes() {
        let mut ws = Workspace::default();
        let c = client("Sao Mai Foods");
        let id = c.id();
        ws.save_client(c, t(0)).unwrap();
        ws.trash_client(id, t(1)).unwrap();
        assert_eq!(ws.live_clients().count(), 0);
        assert_eq!(ws.client(id).unwrap().meta.deleted_at, Some(t(1)));
        assert_eq!(ws.client(id).unwrap().meta.rev, 2);
        ws.restore_client(id, t(2)).unwrap();
        let restored = ws.client(id).unwrap();
        assert_eq!((restored.meta.deleted_at, restored.meta.rev), (None, 3));
        assert_eq!(ws.live_clients().count(), 1);
    }

    #[test]
    fn only_trashed_records_can_be_purged() {
        let mut ws = Workspace::default();
        let c = client("Sao Mai Foods");
        let id = c.id();
        ws.save_client(c, t(0)).unwrap();
        assert_eq!(ws.purge_client(id), Err(WorkspaceError::NotInTrash(id)));
        ws.trash_client(id, t(1)).unwrap();
        assert_eq!(ws.purge_client(id).unwrap().name, "Sao Mai Foods");
        assert!(ws.client(id).is_none());
        let missing = Id::new_v4();
        assert_eq!(
            ws.trash_client(missing, t(2)),
            Err(WorkspaceError::NotFound(missing))
        );
    }

    #[test]
    fn purging_a_member_removes_their_references() {
        let mut ws = Workspace::default();
        let ha = member("Trần Thu Hà");
        let ha_id = ha.id();
        ws.save_member(ha, t(0)).unwrap();
        let mut c = client("Sao Mai Foods");
        c.account_owner = Some(ha_id);
        c.account_team = vec![ha_id];
        let client_id = c.id();
        ws.save_client(c, t(0)).unwrap();
        ws.trash_member(ha_id, t(1)).unwrap();
        assert_eq!(ws.client(client_id).unwrap().account_owner, Some(ha_id));
        ws.empty_trash(t(2));
        let c = ws.client(client_id).unwrap();
        assert_eq!(
            (c.account_owner, c.account_team.len(), c.meta.rev),
            (None, 0, 2)
        );
        assert!(ws.team.is_empty());
    }

    #[test]
    fn budgets_need_an_existing_client_and_go_with_it() {
        use crate::domain::budget::Budget;
        use crate::domain::money::Currency;
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let mut ws = Workspace::default();
        let mut budget = Budget::new(Id::new_v4(), day(1), day(30), Currency::VND, t(0));
        budget.campaign = "Tết".into();
        let Err(WorkspaceError::Invalid(errors)) = ws.save_budget(budget.clone(), t(0)) else {
            panic!("a budget without its client must be refused");
        };
        assert_eq!(errors, [FieldError::new("client", Problem::UnknownClient)]);

        let c = client("Sao Mai Foods");
        budget.client = c.id();
        ws.save_client(c.clone(), t(0)).unwrap();
        ws.save_budget(budget.clone(), t(0)).unwrap();
        assert_eq!(ws.live_budgets().count(), 1);
        ws.trash_client(c.id(), t(1)).unwrap();
        assert_eq!(
            ws.live_budgets().count(),
            0,
            "a trashed client's budgets are hidden"
        );
        ws.restore_client(c.id(), t(2)).unwrap();
        assert_eq!(ws.live_budgets().count(), 1);
        ws.trash_client(c.id(), t(3)).unwrap();
        ws.purge_client(c.id()).unwrap();
        assert!(ws.budgets.is_empty(), "purging a client purges its budgets");
    }

    #[test]
    fn reviews_belong_to_a_client_and_go_with_it() {
        use crate::domain::money::Currency;
        use crate::domain::review::CompetitorReview;
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut ws = Workspace::default();
        let c = client("Saigon Motors");
        let review = CompetitorReview::new(c.id(), day, Currency::VND, t(0));
        assert!(
            ws.save_review(review.clone(), t(0)).is_err(),
            "no client yet"
        );
        ws.save_client(c.clone(), t(0)).unwrap();
        // A review is saved as typed, even without a title yet.
        assert_eq!(ws.save_review(review.clone(), t(0)), Ok(Saved::Created));
        ws.trash_review(review.id(), t(1)).unwrap();
        assert_eq!(ws.live_reviews().count(), 0);
        ws.restore_review(review.id(), t(2)).unwrap();
        ws.trash_client(c.id(), t(3)).unwrap();
        assert_eq!(ws.live_reviews().count(), 0);
        ws.empty_trash(t(4));
        assert!(
            ws.reviews.is_empty(),
            "emptying the trash takes the client's reviews"
        );
    }

    #[test]
    fn the_first_client_is_first_by_name_ignoring_accents_and_the_trash() {
        let mut ws = Workspace::default();
        assert!(ws.first_client().is_none());
        for name in ["Lotus Coffee", "Đất Xanh", "Bảo An"] {
            ws.save_client(client(name), t(0)).unwrap();
        }
        assert_eq!(ws.first_client().unwrap().name, "Bảo An");
        let id = ws.first_client().unwrap().meta.id;
        ws.trash_client(id, t(1)).unwrap();
        assert_eq!(ws.first_client().unwrap().name, "Đất Xanh");
    }

    #[test]
    fn validation_finds_duplicate_ids_with_their_path() {
        let mut ws = Workspace::default();
        let c = client("Sao Mai Foods");
        ws.clients = vec![c.clone(), c].into();
        let errors = ws.validate().unwrap_err();
        assert_eq!(
            errors,
            [FieldError::new("clients[1].meta.id", Problem::DuplicateId)]
        );
    }

    #[test]
    fn repair_drops_dangling_references_and_extra_primaries() {
        let mut ws = Workspace::default();
        let mut c = client("Sao Mai Foods");
        c.account_owner = Some(Id::new_v4());
        c.account_team = vec![Id::new_v4()];
        c.contacts = vec![
            Contact {
                primary: true,
                ..Contact::new()
            },
            Contact {
                primary: true,
                ..Contact::new()
            },
        ];
        ws.clients.push(c);
        let repairs: Vec<String> = ws.repair().iter().map(ToString::to_string).collect();
        assert_eq!(
            repairs,
            [
                "clients[0].account_owner: removed a reference to a team member who does not exist",
                "clients[0].account_team: removed a reference to a team member who does not exist",
                "clients[0].contacts: more than one primary contact; kept the first",
            ]
        );
        assert!(
            ws.repair().is_empty(),
            "a repaired workspace needs no more repair"
        );
    }

    /// The sample with every date of every kind moved to `date` (and every
    /// time to its noon), each record's own way.
    fn every_date_at(date: chrono::NaiveDate) -> Workspace {
        let moment = date.and_hms_opt(12, 0, 0).unwrap().and_utc();
        let mut ws = crate::domain::sample::workspace(t(0));
        for c in ws.clients.iter_mut() {
            c.client_since = Some(date);
            if c.status == crate::domain::ClientStatus::Churned {
                c.churned_on = Some(date);
            }
        }
        for b in ws.budgets.iter_mut() {
            (b.start, b.end) = (date, date);
            for e in b.lines.iter_mut().flat_map(|l| l.entries.iter_mut()) {
                e.date = date;
            }
        }
        for r in ws.reviews.iter_mut() {
            (r.period_start, r.period_end) = (date, date);
            for k in r
                .competitors
                .iter_mut()
                .flat_map(|c| c.campaigns.iter_mut())
            {
                (k.start, k.end) = (date, date);
            }
        }
        for b in ws.briefs.iter_mut() {
            (b.received_on, b.deadline) = (date, Some(date));
        }
        for r in ws.contact_reports.iter_mut() {
            r.meeting_date = date;
            r.next_meeting = r.next_meeting.map(|_| date);
            r.issued_on = r.issued_on.map(|_| date);
        }
        for w in ws.wip.iter_mut() {
            w.due = Some(date);
        }
        for i in ws.interactions.iter_mut() {
            i.received_at = moment;
            i.responded_at = i.responded_at.map(|_| moment);
        }
        for n in ws.nps.iter_mut() {
            n.date = date;
        }
        for d in ws.deals.iter_mut() {
            d.expected_close = Some(date);
            d.closed_on = d.closed_on.map(|_| date);
        }
        ws
    }

    #[test]
    fn dates_at_either_end_of_the_business_range_are_accepted() {
        for date in [
            chrono::NaiveDate::from_ymd_opt(1900, 1, 1).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2200, 12, 31).unwrap(),
        ] {
            assert_eq!(every_date_at(date).validate(), Ok(()), "{date}");
        }
    }

    #[test]
    fn dates_outside_the_business_range_are_refused_with_their_path() {
        let far = chrono::NaiveDate::from_ymd_opt(262_142, 12, 31).unwrap();
        let errors = every_date_at(far).validate().unwrap_err();
        let paths: HashSet<String> = errors
            .iter()
            .filter(|e| e.problem == Problem::DateOutOfRange)
            .map(|e| e.path.split('[').next().unwrap().to_string())
            .collect();
        // Every kind with a date of its own says so.
        for collection in [
            "clients",
            "budgets",
            "reviews",
            "briefs",
            "contact_reports",
            "wip",
            "interactions",
            "nps",
            "deals",
        ] {
            assert!(paths.contains(collection), "{collection}: {errors:?}");
        }
        let early = chrono::NaiveDate::from_ymd_opt(1899, 12, 31).unwrap();
        let errors = every_date_at(early).validate().unwrap_err();
        assert!(errors
            .iter()
            .any(|e| e.path == "contact_reports[0].meeting_date"
                && e.problem == Problem::DateOutOfRange));
    }

    #[test]
    fn record_times_revisions_and_ids_are_bounded_across_every_kind() {
        let mut ws = crate::domain::sample::workspace(t(0));
        ws.wip[0].meta.updated_at = Utc.with_ymd_and_hms(9999, 1, 1, 0, 0, 0).unwrap();
        ws.deals[0].meta.rev = MAX_REV + 1;
        ws.budgets[0].meta.id = ws.clients[0].meta.id;
        ws.settings.rates[0].date = chrono::NaiveDate::from_ymd_opt(1800, 1, 1).unwrap();
        let errors = ws.validate().unwrap_err();
        let found: Vec<(&str, &Problem)> = errors
            .iter()
            .map(|e| (e.path.as_str(), &e.problem))
            .collect();
        assert!(found.contains(&("wip[0].meta.updated_at", &Problem::DateOutOfRange)));
        assert!(found.contains(&("deals[0].meta.rev", &Problem::OutOfRange(0, MAX_REV as i64))));
        assert!(found.contains(&("budgets[0].meta.id", &Problem::DuplicateId)));
        assert!(found.contains(&("settings.rates[0].date", &Problem::DateOutOfRange)));
        // At the bound, a record can still be edited: the revision grows.
        let mut meta = ws.deals[0].meta.clone();
        meta.rev = MAX_REV;
        meta.touch(t(1));
        assert_eq!(meta.rev, MAX_REV + 1);
        meta.rev = u64::MAX;
        meta.touch(t(2));
        assert_eq!(meta.rev, u64::MAX, "saturates, never wraps to 0");
    }

    #[test]
    fn a_budget_whose_amounts_could_overflow_a_total_is_refused() {
        use crate::domain::budget::{BudgetLine, CostCategory, CostEntry, MAX_AMOUNT};
        let mut ws = crate::domain::sample::workspace(t(0));
        let budget = &mut ws.budgets[0];
        budget.fee = 0;
        let mut line = BudgetLine::new(CostCategory::Media);
        line.planned = MAX_AMOUNT;
        let at = budget.start;
        line.entries = (0..99)
            .map(|_| CostEntry {
                id: Id::new_v4(),
                date: at,
                amount: MAX_AMOUNT,
                note: String::new(),
                reference: String::new(),
            })
            .collect();
        budget.lines = vec![line.clone()];
        assert_eq!(budget.validate(), Ok(()), "100 × the largest amount fits");
        budget.lines.push(line);
        let errors = budget.validate().unwrap_err();
        assert_eq!(errors, [FieldError::new("lines", Problem::TotalTooLarge)]);
    }

    #[test]
    fn the_list_of_collections_is_every_field_of_the_workspace() {
        macro_rules! names {
            ($($field:ident: $record:ty,)*) => { vec![$(stringify!($field)),*] };
        }
        let mut listed: Vec<&str> = with_collections!(names);
        listed.push("settings");
        let value = serde_json::to_value(Workspace::default()).unwrap();
        let fields: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let (mut listed_sorted, mut fields_sorted) = (listed.clone(), fields.clone());
        listed_sorted.sort();
        fields_sorted.sort();
        assert_eq!(listed_sorted, fields_sorted);
    }
}
