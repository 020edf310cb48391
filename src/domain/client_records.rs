//! Records that belong to one client — briefs, contact reports, WIP items,
//! interactions, NPS responses and deals —
//! stored, trashed, checked and repaired the same way, through one generic
//! set of workspace operations; plus the links between them (an action item
//! and its WIP item, a brief and the work it started).

use std::collections::HashSet;

use chrono::NaiveDate;

use super::brief::{department_for, Brief, BriefStatus};
use super::contact_report::{ContactReport, Owner};
use super::deal::Deal;
use super::id::Id;
use super::interaction::Interaction;
use super::meta::{Record, Timestamp};
use super::nps::NpsResponse;
use super::validation::{FieldError, Problem};
use super::wip::{WipItem, WipSource, WipStatus};
use super::workspace::{
    check_unique_ids, live, purge, set_deleted, upsert, RecordAt, Repair, RepairAction, Saved,
    Workspace, WorkspaceError,
};

pub trait ClientRecord: Record + Clone + PartialEq + Sized + 'static {
    /// The collection's name in the file, for error paths.
    const COLLECTION: &'static str;
    fn client(&self) -> Id;
    fn check(&self) -> Result<(), Vec<FieldError>>;
    /// Team members referred to, with the path of each reference.
    fn members(&self) -> Vec<(String, Id)>;
    /// Drops every reference to a team member; true when one was dropped.
    fn forget_member(&mut self, member: Id) -> bool;
    fn items(ws: &Workspace) -> &Vec<Self>;
    fn items_mut(ws: &mut Workspace) -> &mut Vec<Self>;
}

impl ClientRecord for ContactReport {
    const COLLECTION: &'static str = "contact_reports";
    fn client(&self) -> Id {
        self.client
    }
    fn check(&self) -> Result<(), Vec<FieldError>> {
        self.validate()
    }
    fn members(&self) -> Vec<(String, Id)> {
        let attendees = self
            .agency_attendees
            .iter()
            .enumerate()
            .map(|(i, &m)| (format!("agency_attendees[{i}]"), m));
        let owners = self
            .action_items
            .iter()
            .enumerate()
            .filter_map(|(i, a)| match a.owner {
                Some(Owner::Member(m)) => Some((format!("action_items[{i}].owner"), m)),
                _ => None,
            });
        attendees.chain(owners).collect()
    }
    fn forget_member(&mut self, member: Id) -> bool {
        let before = self.clone();
        self.agency_attendees.retain(|&m| m != member);
        for action in &mut self.action_items {
            if action.owner == Some(Owner::Member(member)) {
                action.owner = None;
            }
        }
        *self != before
    }
    fn items(ws: &Workspace) -> &Vec<Self> {
        &ws.contact_reports
    }
    fn items_mut(ws: &mut Workspace) -> &mut Vec<Self> {
        &mut ws.contact_reports
    }
}

impl ClientRecord for WipItem {
    const COLLECTION: &'static str = "wip";
    fn client(&self) -> Id {
        self.client
    }
    fn check(&self) -> Result<(), Vec<FieldError>> {
        self.validate()
    }
    fn members(&self) -> Vec<(String, Id)> {
        self.owner
            .map(|o| ("owner".to_string(), o))
            .into_iter()
            .collect()
    }
    fn forget_member(&mut self, member: Id) -> bool {
        let had = self.owner == Some(member);
        if had {
            self.owner = None;
        }
        had
    }
    fn items(ws: &Workspace) -> &Vec<Self> {
        &ws.wip
    }
    fn items_mut(ws: &mut Workspace) -> &mut Vec<Self> {
        &mut ws.wip
    }
}

/// Records with no team member in them.
macro_rules! client_record {
    ($type:ty, $collection:literal, $field:ident) => {
        impl ClientRecord for $type {
            const COLLECTION: &'static str = $collection;
            fn client(&self) -> Id {
                self.client
            }
            fn check(&self) -> Result<(), Vec<FieldError>> {
                self.validate()
            }
            fn members(&self) -> Vec<(String, Id)> {
                Vec::new()
            }
            fn forget_member(&mut self, _: Id) -> bool {
                false
            }
            fn items(ws: &Workspace) -> &Vec<Self> {
                &ws.$field
            }
            fn items_mut(ws: &mut Workspace) -> &mut Vec<Self> {
                &mut ws.$field
            }
        }
    };
}

client_record!(Brief, "briefs", briefs);
client_record!(Interaction, "interactions", interactions);
client_record!(NpsResponse, "nps", nps);
client_record!(Deal, "deals", deals);

impl Workspace {
    pub fn record<T: ClientRecord>(&self, id: Id) -> Option<&T> {
        T::items(self).iter().find(|r| r.id() == id)
    }

    /// Records not in the trash whose client is not in the trash either.
    pub fn live_records<T: ClientRecord>(&self) -> impl Iterator<Item = &T> {
        live(T::items(self)).filter(|r| {
            self.client(r.client())
                .is_some_and(|c| !c.meta.is_trashed())
        })
    }

    /// Adds or updates a record; refused when its fields are invalid or it
    /// names a client or team member that does not exist.
    pub fn save_record<T: ClientRecord>(
        &mut self,
        record: T,
        now: Timestamp,
    ) -> Result<Saved, WorkspaceError> {
        let mut errors = record.check().err().unwrap_or_default();
        if self.client(record.client()).is_none() {
            errors.push(FieldError::new("client", Problem::UnknownClient));
        }
        for (path, member) in record.members() {
            if self.member(member).is_none() {
                errors.push(FieldError::new(path, Problem::UnknownTeamMember));
            }
        }
        if !errors.is_empty() {
            return Err(WorkspaceError::Invalid(errors));
        }
        Ok(upsert(T::items_mut(self), record, now))
    }

    pub fn trash_record<T: ClientRecord>(
        &mut self,
        id: Id,
        now: Timestamp,
    ) -> Result<(), WorkspaceError> {
        set_deleted(T::items_mut(self), id, Some(now), now)
    }

    pub fn restore_record<T: ClientRecord>(
        &mut self,
        id: Id,
        now: Timestamp,
    ) -> Result<(), WorkspaceError> {
        set_deleted(T::items_mut(self), id, None, now)
    }

    pub fn purge_record<T: ClientRecord>(&mut self, id: Id) -> Result<T, WorkspaceError> {
        purge(T::items_mut(self), id)
    }

    /// Saves a contact report; its action items' "done" carries over to the
    /// WIP items made from them.
    pub fn save_report(
        &mut self,
        report: ContactReport,
        now: Timestamp,
    ) -> Result<Saved, WorkspaceError> {
        let links: Vec<(Id, bool)> = report
            .action_items
            .iter()
            .filter_map(|a| a.wip_item.map(|w| (w, a.done)))
            .collect();
        let saved = self.save_record(report, now)?;
        for (wip, done) in links {
            if let Some(item) = self.wip.iter_mut().find(|w| w.meta.id == wip) {
                let target = match (done, item.status) {
                    (true, s) if s != WipStatus::Done => Some(WipStatus::Done),
                    (false, WipStatus::Done) => Some(WipStatus::InProgress),
                    _ => None,
                };
                if let Some(status) = target {
                    item.set_status(status, now);
                    item.meta.touch(now);
                }
            }
        }
        Ok(saved)
    }

    /// Saves a WIP item; reaching or leaving Done carries over to the action
    /// item it was made from.
    pub fn save_wip(&mut self, item: WipItem, now: Timestamp) -> Result<Saved, WorkspaceError> {
        let done = item.status == WipStatus::Done;
        let source = item.source;
        let saved = self.save_record(item, now)?;
        if let Some(WipSource::ActionItem { report, action }) = source {
            if let Some(report) = self
                .contact_reports
                .iter_mut()
                .find(|r| r.meta.id == report)
            {
                if let Some(action) = report.action_items.iter_mut().find(|a| a.id == action) {
                    if action.done != done {
                        action.done = done;
                        report.meta.touch(now);
                    }
                }
            }
        }
        Ok(saved)
    }

    /// Turns an action item into a WIP item, linked both ways; returns the
    /// existing item when the action already has one.
    pub fn action_to_wip(
        &mut self,
        report_id: Id,
        action_id: Id,
        now: Timestamp,
    ) -> Result<Id, WorkspaceError> {
        let report = self
            .record::<ContactReport>(report_id)
            .ok_or(WorkspaceError::NotFound(report_id))?;
        let action = report
            .action(action_id)
            .ok_or(WorkspaceError::NotFound(action_id))?;
        if let Some(existing) = action
            .wip_item
            .filter(|w| self.record::<WipItem>(*w).is_some())
        {
            return Ok(existing);
        }
        let mut item = WipItem::new(report.client, now);
        item.job = action.what.trim().to_string();
        item.owner = match action.owner {
            Some(Owner::Member(m)) => Some(m),
            _ => None,
        };
        item.due = action.due;
        item.status = if action.done {
            WipStatus::Done
        } else {
            WipStatus::Briefed
        };
        item.source = Some(WipSource::ActionItem {
            report: report_id,
            action: action_id,
        });
        let wip_id = item.meta.id;
        self.save_record(item, now)?;
        let report = self
            .contact_reports
            .iter_mut()
            .find(|r| r.meta.id == report_id)
            .expect("the report was found above");
        if let Some(action) = report.action_items.iter_mut().find(|a| a.id == action_id) {
            action.wip_item = Some(wip_id);
        }
        report.meta.touch(now);
        Ok(wip_id)
    }

    /// Start work on a brief: one WIP item per deliverable (not again for a
    /// deliverable that already has one), and the brief moves to "in work".
    /// Returns the new items.
    pub fn start_work(
        &mut self,
        brief_id: Id,
        due: Option<NaiveDate>,
        now: Timestamp,
    ) -> Result<Vec<Id>, WorkspaceError> {
        let brief = self
            .record::<Brief>(brief_id)
            .ok_or(WorkspaceError::NotFound(brief_id))?
            .clone();
        let existing: HashSet<String> = self
            .wip
            .iter()
            .filter(|w| w.source == Some(WipSource::Brief { brief: brief_id }))
            .map(|w| super::search::fold(&w.job))
            .collect();
        let mut created = Vec::new();
        for deliverable in brief.deliverable_list() {
            if existing.contains(&super::search::fold(&deliverable)) {
                continue;
            }
            let mut item = WipItem::new(brief.client, now);
            item.department = department_for(&deliverable);
            item.job = deliverable
                .chars()
                .take(super::validation::MAX_LINE)
                .collect();
            item.due = due.or(brief.deadline);
            item.source = Some(WipSource::Brief { brief: brief_id });
            created.push(item.meta.id);
            self.save_record(item, now)?;
        }
        if brief.status != BriefStatus::InWork && brief.status != BriefStatus::Done {
            let mut brief = brief;
            brief.status = BriefStatus::InWork;
            self.save_record(brief, now)?;
        }
        Ok(created)
    }

    /// `clients`: the ids of every client, trashed ones too.
    pub(super) fn validate_client_records(
        &self,
        clients: &HashSet<Id>,
        errors: &mut Vec<FieldError>,
    ) {
        self.validate_collection::<Brief>(clients, errors);
        self.validate_collection::<ContactReport>(clients, errors);
        self.validate_collection::<WipItem>(clients, errors);
        self.validate_collection::<Interaction>(clients, errors);
        self.validate_collection::<NpsResponse>(clients, errors);
        self.validate_collection::<Deal>(clients, errors);
    }

    fn validate_collection<T: ClientRecord>(
        &self,
        clients: &HashSet<Id>,
        errors: &mut Vec<FieldError>,
    ) {
        let items = T::items(self);
        check_unique_ids(items, T::COLLECTION, errors);
        for (i, record) in items.iter().enumerate() {
            RecordAt(T::COLLECTION, i).check(record.check(), record.client(), clients, errors);
        }
    }

    /// Drops references to team members who are not there.
    pub(super) fn repair_client_records(&mut self, known: &HashSet<Id>, repairs: &mut Vec<Repair>) {
        repair_collection::<Brief>(self, known, repairs);
        repair_collection::<ContactReport>(self, known, repairs);
        repair_collection::<WipItem>(self, known, repairs);
    }

    pub(super) fn forget_member_in_client_records(&mut self, member: Id, now: Timestamp) {
        forget_in::<Brief>(self, member, now);
        forget_in::<ContactReport>(self, member, now);
        forget_in::<WipItem>(self, member, now);
    }
}

fn repair_collection<T: ClientRecord>(
    ws: &mut Workspace,
    known: &HashSet<Id>,
    repairs: &mut Vec<Repair>,
) {
    for (i, record) in T::items_mut(ws).iter_mut().enumerate() {
        for (path, member) in record.members() {
            if !known.contains(&member) && record.forget_member(member) {
                repairs.push(Repair {
                    path: format!("{}[{i}].{path}", T::COLLECTION),
                    action: RepairAction::DroppedUnknownTeamMember,
                });
            }
        }
    }
}

fn forget_in<T: ClientRecord>(ws: &mut Workspace, member: Id, now: Timestamp) {
    for record in T::items_mut(ws) {
        if record.forget_member(member) {
            record.meta_mut().touch(now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contact_report::ActionItem;
    use crate::domain::{Client, TeamMember};
    use chrono::{Duration, TimeZone, Utc};

    fn t(minutes: i64) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + Duration::minutes(minutes)
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn setup() -> (Workspace, Id, Id) {
        let mut ws = Workspace::default();
        let mut member = TeamMember::new(t(0));
        member.name = "Trần Thu Hà".into();
        let member_id = member.meta.id;
        ws.save_member(member, t(0)).unwrap();
        let mut client = Client::new(t(0));
        client.name = "Lotus Coffee".into();
        let client_id = client.meta.id;
        ws.save_client(client, t(0)).unwrap();
        (ws, client_id, member_id)
    }

    fn report_with_actions(client: Id, member: Id) -> ContactReport {
        let mut report = ContactReport::new(client, day(20), t(0));
        report.agreements = vec!["Duyệt KV".into(), "Media 2 tỷ".into()];
        for what in ["Gửi timeline", "Xác nhận KOL"] {
            let mut action = ActionItem::new();
            action.what = what.into();
            action.owner = Some(Owner::Member(member));
            action.due = Some(day(27));
            report.action_items.push(action);
        }
        report
    }

    #[test]
    fn an_action_item_becomes_a_wip_item_and_done_travels_both_ways() {
        let (mut ws, client, member) = setup();
        let report = report_with_actions(client, member);
        let (report_id, first, second) = (
            report.meta.id,
            report.action_items[0].id,
            report.action_items[1].id,
        );
        ws.save_report(report, t(1)).unwrap();
        let wip_a = ws.action_to_wip(report_id, first, t(2)).unwrap();
        let wip_b = ws.action_to_wip(report_id, second, t(2)).unwrap();
        assert_eq!(
            ws.action_to_wip(report_id, first, t(3)).unwrap(),
            wip_a,
            "once only"
        );
        let item = ws.record::<WipItem>(wip_a).unwrap().clone();
        assert_eq!(
            (item.job.as_str(), item.owner, item.due),
            ("Gửi timeline", Some(member), Some(day(27)))
        );

        // Done in the WIP → done in the report.
        let mut done = item;
        done.set_status(WipStatus::Done, t(4));
        ws.save_wip(done, t(4)).unwrap();
        let report = ws.record::<ContactReport>(report_id).unwrap().clone();
        assert!(report.action(first).unwrap().done);
        assert!(!report.action(second).unwrap().done);

        // Done in the report → done in the WIP.
        let mut report = report;
        report.action_items[1].done = true;
        ws.save_report(report, t(5)).unwrap();
        assert_eq!(ws.record::<WipItem>(wip_b).unwrap().status, WipStatus::Done);
    }

    #[test]
    fn start_work_makes_one_item_per_deliverable_once() {
        let (mut ws, client, _) = setup();
        let mut brief = Brief::new(client, day(1), t(0));
        brief.title = "Tết 2027".into();
        brief.deliverables = "Key visual\n3 video TikTok".into();
        brief.deadline = Some(day(30));
        let id = brief.meta.id;
        ws.save_record(brief, t(0)).unwrap();
        let created = ws.start_work(id, None, t(1)).unwrap();
        assert_eq!(created.len(), 2);
        assert_eq!(ws.record::<Brief>(id).unwrap().status, BriefStatus::InWork);
        assert!(ws.wip.iter().all(|w| w.due == Some(day(30))));
        assert_eq!(ws.start_work(id, None, t(2)).unwrap(), Vec::<Id>::new());
    }

    #[test]
    fn records_name_real_clients_and_team_members() {
        let (mut ws, client, member) = setup();
        let mut item = WipItem::new(Id::new_v4(), t(0));
        item.job = "KV".into();
        item.owner = Some(Id::new_v4());
        let paths: Vec<String> = match ws.save_record(item, t(0)) {
            Err(WorkspaceError::Invalid(errors)) => errors.into_iter().map(|e| e.path).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(paths, ["client", "owner"]);

        // A purged team member is forgotten by the records that named them.
        let report = report_with_actions(client, member);
        let id = report.meta.id;
        ws.save_report(report, t(1)).unwrap();
        ws.trash_member(member, t(2)).unwrap();
        ws.purge_member(member, t(3)).unwrap();
        let report = ws.record::<ContactReport>(id).unwrap();
        assert!(report.action_items.iter().all(|a| a.owner.is_none()));
        assert_eq!(ws.validate(), Ok(()));
    }

    #[test]
    fn a_purged_client_takes_its_records_along() {
        let (mut ws, client, member) = setup();
        ws.save_report(report_with_actions(client, member), t(1))
            .unwrap();
        ws.trash_client(client, t(2)).unwrap();
        assert_eq!(ws.live_records::<ContactReport>().count(), 0);
        ws.empty_trash(t(3));
        assert!(ws.contact_reports.is_empty());
    }
}
