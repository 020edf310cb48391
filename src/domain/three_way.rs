//! Bringing together two versions of one workspace that grew from a common
//! base: what this tab holds (`mine`), what another tab saved since
//! (`theirs`), and what storage held when this tab last read or wrote it
//! (`base`).
//!
//! Knowing the base tells an edit from a stale copy, which a two-way merge
//! (the import's) cannot: a record only one side changed keeps that change,
//! whatever the clocks say; a record deleted forever on one side stays
//! deleted (it is in the base and missing on that side); a record both sides
//! changed is merged field by field, so a stale form that changed only the
//! industry does not write back old notes. Lists of items with ids inside a
//! record (contacts, budget lines, cost entries, …) and the exchange rates
//! merge item by item. Only a field both sides changed to different values
//! is a conflict, settled by the import's conflict default (the later edit)
//! and reported by the record's label.

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use super::id::Id;
use super::merge::{self, Labelled, Reconciled};
use super::meta::{Record, Timestamp};
use super::records::Records;
use super::workspace::{with_collections, Workspace};

/// `mine` and `theirs` brought together over their common `base`.
/// `now` is this computer's clock: a conflict default does not trust an edit
/// dated in the future (see `merge`).
pub fn reconcile(
    base: &Workspace,
    mine: &Workspace,
    theirs: &Workspace,
    now: Timestamp,
) -> Reconciled {
    let mut cx = Settling {
        now,
        conflicts: Vec::new(),
    };
    macro_rules! merge_each {
        ($($field:ident: $record:ty,)*) => {
            Workspace {
                $($field: merge_collection(&base.$field, &mine.$field, &theirs.$field, &mut cx),)*
                settings: merge_whole(&base.settings, &mine.settings, &theirs.settings, false)
                    .unwrap_or_else(|| theirs.settings.clone()),
            }
        };
    }
    let mut workspace = with_collections!(merge_each);
    // Records one side added to a client the other deleted forever go with
    // it, and references to team members deleted forever are dropped, so
    // that the result restores like anything else stored.
    workspace.drop_orphans();
    workspace.repair();
    Reconciled {
        workspace,
        conflicts: cx.conflicts,
    }
}

/// A form's edits of a record, made on the version it was `opened` on,
/// carried over to the `current` version (which another tab may have
/// changed since): the fields the person changed take their values, every
/// other field keeps the current one. Without this, saving a form left open
/// while another tab saved writes back every field as the form first read
/// it.
pub fn rebase<T: Serialize + DeserializeOwned + Clone + PartialEq>(
    opened: &T,
    edited: &T,
    current: &T,
) -> T {
    if current == opened {
        return edited.clone();
    }
    merge_fields(Some(opened), edited, current, false, &mut false).unwrap_or_else(|| edited.clone())
}

/// What settling records needs besides their versions, and what it found.
struct Settling {
    now: Timestamp,
    /// The records both sides changed in the same field.
    conflicts: Vec<String>,
}

fn merge_collection<T: Labelled + DeserializeOwned>(
    base: &Records<T>,
    mine: &Records<T>,
    theirs: &Records<T>,
    cx: &mut Settling,
) -> Records<T> {
    // This tab changed nothing here since it last read or wrote storage:
    // the other tab's version is the whole truth (a clone keeps the stamp).
    if mine.unchanged_from(base) || mine == base {
        return theirs.clone();
    }
    if theirs == base || theirs == mine {
        return mine.clone();
    }
    fn by_id<T: Record>(records: &[T]) -> HashMap<Id, usize> {
        records
            .iter()
            .enumerate()
            .map(|(at, r)| (r.id(), at))
            .collect()
    }
    fn find<'a, T>(records: &'a [T], index: &HashMap<Id, usize>, id: Id) -> Option<&'a T> {
        index.get(&id).map(|&at| &records[at])
    }
    let (in_base, in_mine, in_theirs) = (by_id(base), by_id(mine), by_id(theirs));
    let mut merged = Vec::with_capacity(mine.len().max(theirs.len()));
    // Mine in my order, then what only theirs holds in theirs.
    for record in mine.iter() {
        let id = record.id();
        let b = find(base, &in_base, id);
        let t = find(theirs, &in_theirs, id);
        if let Some(r) = merge_record(b, Some(record), t, cx) {
            merged.push(r);
        }
    }
    for record in theirs.iter().filter(|r| !in_mine.contains_key(&r.id())) {
        let b = find(base, &in_base, record.id());
        if let Some(r) = merge_record(b, None, Some(record), cx) {
            merged.push(r);
        }
    }
    merged.into()
}

/// One record's three versions (`None` where it is absent: never there, or
/// deleted forever).
fn merge_record<T: Labelled + DeserializeOwned>(
    base: Option<&T>,
    mine: Option<&T>,
    theirs: Option<&T>,
    cx: &mut Settling,
) -> Option<T> {
    match (mine, theirs) {
        (Some(m), Some(t)) if m == t => return Some(m.clone()),
        _ if base == mine => return theirs.cloned(),
        _ if base == theirs => return mine.cloned(),
        // Deleted forever on one side, changed on the other: deleting
        // forever is what was asked last of a record, and it cascades.
        (None, _) | (_, None) => return None,
        _ => {}
    }
    let (m, t) = (mine?, theirs?);
    let theirs_wins = merge::theirs_wins_conflict(m, t, cx.now);
    let mut conflicted = false;
    let merged = merge_fields(base, m, t, theirs_wins, &mut conflicted).map(|mut record: T| {
        let (mm, tm) = (m.meta(), t.meta());
        let meta = record.meta_mut();
        // Newer than either version, so that every tab sees it as such.
        meta.rev = mm.rev.max(tm.rev).saturating_add(1);
        meta.updated_at = mm.updated_at.max(tm.updated_at);
        record
    });
    if conflicted {
        cx.conflicts
            .push(if theirs_wins { t.label() } else { m.label() });
    }
    // A merge that does not make a valid record (it never should) falls
    // back to the later edit whole.
    Some(merged.unwrap_or_else(|| if theirs_wins { t.clone() } else { m.clone() }))
}

/// Field by field, through JSON: every record and the settings are objects
/// whose fields serde names. The record's `meta` is merged by the caller.
fn merge_fields<T: Serialize + DeserializeOwned>(
    base: Option<&T>,
    mine: &T,
    theirs: &T,
    theirs_wins: bool,
    conflicted: &mut bool,
) -> Option<T> {
    // Through text rather than `to_value`/`from_value`: the text reader and
    // writer of every record kind are in the app already (storage uses
    // them), while the `Value` ones would add a copy of each (~65 KB of
    // gzip in the wasm, measured).
    let json = |r: &T| {
        let text = serde_json::to_string(r).ok()?;
        serde_json::from_str::<Value>(&text).ok()
    };
    let b = base.and_then(json);
    let (m, t) = (json(mine)?, json(theirs)?);
    let merged = merge_value(b.as_ref(), Some(&m), Some(&t), theirs_wins, conflicted)?;
    serde_json::from_str(&merged.to_string()).ok()
}

/// Settings and other plain values: merged field by field; `None` if the
/// result does not read back.
fn merge_whole<T: Serialize + DeserializeOwned + PartialEq + Clone>(
    base: &T,
    mine: &T,
    theirs: &T,
    theirs_wins: bool,
) -> Option<T> {
    if mine == base {
        return Some(theirs.clone());
    }
    if theirs == base {
        return Some(mine.clone());
    }
    merge_fields(Some(base), mine, theirs, theirs_wins, &mut false)
}

/// The three-way merge of one JSON value. Objects merge by field, lists of
/// objects that all have an `id` merge by item; any other value both sides
/// changed differently is a conflict, settled for `theirs` when
/// `theirs_wins`.
fn merge_value(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    theirs_wins: bool,
    conflicted: &mut bool,
) -> Option<Value> {
    if mine == theirs || base == theirs {
        return mine.cloned();
    }
    if base == mine {
        return theirs.cloned();
    }
    match (mine, theirs) {
        (Some(Value::Object(m)), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object);
            let mut out = Map::new();
            for key in m.keys().chain(t.keys().filter(|k| !m.contains_key(*k))) {
                let merged = if key == "meta" {
                    merge_meta(b.and_then(|b| b.get(key)), &m[key], t.get(key), theirs_wins)
                } else {
                    merge_value(
                        b.and_then(|b| b.get(key)),
                        m.get(key),
                        t.get(key),
                        theirs_wins,
                        conflicted,
                    )
                };
                if let Some(value) = merged {
                    out.insert(key.clone(), value);
                }
            }
            Some(Value::Object(out))
        }
        (Some(Value::Array(m)), Some(Value::Array(t))) if keyed(m) && keyed(t) => {
            let b = base
                .and_then(Value::as_array)
                .filter(|b| keyed(b))
                .map_or(&[][..], Vec::as_slice);
            Some(Value::Array(merge_items(b, m, t, theirs_wins, conflicted)))
        }
        _ => {
            *conflicted = true;
            if theirs_wins {
                theirs.cloned()
            } else {
                mine.cloned()
            }
        }
    }
}

/// A record's `meta`: the trash state merges as any field (without counting
/// as a conflict: trashing and editing are both kept); `rev` and
/// `updated_at` are set by the caller.
fn merge_meta(
    base: Option<&Value>,
    mine: &Value,
    theirs: Option<&Value>,
    theirs_wins: bool,
) -> Option<Value> {
    let mut merged = mine.clone();
    fn field(v: Option<&Value>) -> Option<&Value> {
        v.and_then(|v| v.get("deleted_at"))
    }
    let deleted = merge_value(
        field(base),
        field(Some(mine)),
        field(theirs),
        theirs_wins,
        &mut false,
    );
    if let Value::Object(object) = &mut merged {
        match deleted {
            Some(at) => object.insert("deleted_at".into(), at),
            None => object.remove("deleted_at"),
        };
    }
    Some(merged)
}

fn item_id(item: &Value) -> Option<&str> {
    item.get("id").and_then(Value::as_str)
}

/// A list whose every item is an object with an id (and the ids distinct).
fn keyed(items: &[Value]) -> bool {
    let mut seen = HashSet::new();
    items
        .iter()
        .all(|item| item_id(item).is_some_and(|id| seen.insert(id)))
}

fn merge_items(
    base: &[Value],
    mine: &[Value],
    theirs: &[Value],
    theirs_wins: bool,
    conflicted: &mut bool,
) -> Vec<Value> {
    fn by_id(items: &[Value]) -> HashMap<&str, usize> {
        items
            .iter()
            .enumerate()
            .filter_map(|(at, item)| Some((item_id(item)?, at)))
            .collect()
    }
    fn get<'a>(items: &'a [Value], index: &HashMap<&str, usize>, id: &str) -> Option<&'a Value> {
        index.get(id).map(|&at| &items[at])
    }
    let (in_base, in_mine, in_theirs) = (by_id(base), by_id(mine), by_id(theirs));
    let mut out = Vec::with_capacity(mine.len().max(theirs.len()));
    for item in mine {
        let id = item_id(item).unwrap_or_default();
        let b = get(base, &in_base, id);
        let t = get(theirs, &in_theirs, id);
        if let Some(v) = merge_value(b, Some(item), t, theirs_wins, conflicted) {
            out.push(v);
        }
    }
    for item in theirs {
        let id = item_id(item).unwrap_or_default();
        if in_mine.contains_key(id) {
            continue;
        }
        let b = get(base, &in_base, id);
        if let Some(v) = merge_value(b, None, Some(item), theirs_wins, conflicted) {
            out.push(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fx::ExchangeRate;
    use crate::domain::meta::Timestamp;
    use crate::domain::money::Currency;
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

    fn edit_client(
        ws: &mut Workspace,
        at: usize,
        now: Timestamp,
        change: impl FnOnce(&mut crate::domain::Client),
    ) {
        let mut client = ws.clients[at].clone();
        change(&mut client);
        ws.save_client(client, now).expect("a valid edit");
    }

    #[test]
    fn a_stale_form_that_changed_one_field_does_not_write_back_the_others() {
        let base = base();
        let mut mine = base.clone();
        let mut theirs = base.clone();
        // The other tab saved new notes; this tab's stale form changed only the industry.
        edit_client(&mut theirs, 0, t(5), |c| {
            c.notes = "New notes from tab A".into()
        });
        edit_client(&mut mine, 0, t(6), |c| {
            c.industry = "Edited in tab B".into()
        });
        let merged = reconcile(&base, &mine, &theirs, later());
        let client = &merged.workspace.clients[0];
        assert_eq!(client.notes, "New notes from tab A");
        assert_eq!(client.industry, "Edited in tab B");
        assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        // Newer than both versions, so every tab takes it.
        assert!(client.meta.rev > mine.clients[0].meta.rev.max(theirs.clients[0].meta.rev));
    }

    #[test]
    fn the_same_field_changed_on_both_sides_keeps_the_later_edit_and_is_reported() {
        let base = base();
        let mut mine = base.clone();
        let mut theirs = base.clone();
        edit_client(&mut theirs, 0, t(9), |c| {
            c.industry = "Theirs, later".into()
        });
        edit_client(&mut mine, 0, t(6), |c| {
            c.industry = "Mine, earlier".into();
            c.notes = "Mine only".into();
        });
        let merged = reconcile(&base, &mine, &theirs, later());
        let client = &merged.workspace.clients[0];
        assert_eq!(client.industry, "Theirs, later");
        assert_eq!(client.notes, "Mine only");
        assert_eq!(merged.conflicts, vec![client.name.clone()]);
        // The same answer in the other tab.
        let other = reconcile(&base, &theirs, &mine, later());
        assert_eq!(other.workspace.clients[0].industry, "Theirs, later");
        assert_eq!(other.workspace.clients[0].notes, "Mine only");
    }

    #[test]
    fn a_stale_copy_never_wins_over_an_edit_whatever_its_clock() {
        let base = base();
        let mine = base.clone();
        let mut theirs = base.clone();
        edit_client(&mut theirs, 1, t(-60), |c| {
            c.industry = "Edited on a slow clock".into()
        });
        let merged = reconcile(&base, &mine, &theirs, later());
        assert_eq!(
            merged.workspace.clients[1].industry,
            "Edited on a slow clock"
        );
    }

    #[test]
    fn a_record_deleted_forever_stays_deleted_even_if_the_other_side_edited_it() {
        let base = base();
        let mut mine = base.clone();
        let mut theirs = base.clone();
        let gone = base.clients[0].meta.id;
        theirs.trash_client(gone, t(1)).unwrap();
        theirs.purge_client(gone).unwrap();
        edit_client(&mut mine, 1, t(2), |c| c.notes = "kept".into());
        let merged = reconcile(&base, &mine, &theirs, later());
        assert!(merged.workspace.client(gone).is_none());
        assert!(merged.workspace.budgets.iter().all(|b| b.client != gone));
        assert_eq!(merged.workspace.clients[0].notes, "kept");
        // And from the other side: my purge stays.
        edit_client(&mut theirs, 0, t(3), |c| c.notes = "edited after".into());
        let back = reconcile(&base, &theirs, &mine, later());
        assert!(back.workspace.client(gone).is_none());
    }

    #[test]
    fn what_one_side_added_to_a_client_the_other_deleted_forever_goes_with_it() {
        let base = base();
        let mut mine = base.clone();
        let mut theirs = base.clone();
        let gone = base.clients[0].meta.id;
        theirs.trash_client(gone, t(1)).unwrap();
        theirs.purge_client(gone).unwrap();
        let mut budget = base
            .budgets
            .iter()
            .find(|b| b.client == gone)
            .unwrap()
            .clone();
        budget.meta = crate::domain::Meta::new(t(2));
        budget.campaign = "Added after the purge".into();
        mine.save_budget(budget, t(2)).unwrap();
        let merged = reconcile(&base, &mine, &theirs, later());
        assert!(merged.workspace.budgets.iter().all(|b| b.client != gone));
        assert_eq!(merged.workspace.validate(), Ok(()));
    }

    #[test]
    fn a_form_saved_after_another_tab_changed_the_record_keeps_that_change() {
        let ws = base();
        let opened = ws.clients[0].clone();
        let mut current = opened.clone();
        current.notes = "Saved meanwhile in another tab".into();
        current.meta.rev += 1;
        let mut edited = opened.clone();
        edited.industry = "Changed in the form".into();
        let saved = rebase(&opened, &edited, &current);
        assert_eq!(saved.notes, "Saved meanwhile in another tab");
        assert_eq!(saved.industry, "Changed in the form");
        // A field both changed takes the form's value: the person just chose it.
        edited.notes = "Typed in the form".into();
        assert_eq!(
            rebase(&opened, &edited, &current).notes,
            "Typed in the form"
        );
    }

    #[test]
    fn records_added_on_both_sides_are_all_kept() {
        let base = base();
        let mut mine = base.clone();
        let mut theirs = base.clone();
        let mut a = base.clients[0].clone();
        a.meta = crate::domain::Meta::new(t(1));
        a.name = "Added in A".into();
        let mut b = a.clone();
        b.meta = crate::domain::Meta::new(t(1));
        b.name = "Added in B".into();
        mine.save_client(a, t(1)).unwrap();
        theirs.save_client(b, t(1)).unwrap();
        let merged = reconcile(&base, &mine, &theirs, later());
        let names: Vec<_> = merged
            .workspace
            .clients
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert!(names.contains(&"Added in A") && names.contains(&"Added in B"));
        assert_eq!(merged.workspace.clients.len(), base.clients.len() + 2);
    }

    #[test]
    fn settings_merge_field_by_field_and_rates_by_id() {
        let base = base();
        let mut mine = base.clone();
        let mut theirs = base.clone();
        theirs.settings.reporting_currency = Currency::USD;
        let rate = ExchangeRate {
            id: Id::new_v4(),
            from: Currency::EUR,
            to: Currency::VND,
            rate: 27_000_000_000_000,
            date: t(0).date_naive(),
        };
        mine.settings.rates.push(rate.clone());
        let merged = reconcile(&base, &mine, &theirs, later());
        assert_eq!(merged.workspace.settings.reporting_currency, Currency::USD);
        assert!(merged.workspace.settings.rates.contains(&rate));
        // A rate removed on one side and untouched on the other is gone.
        let mut removed = base.clone();
        removed.settings.rates.clear();
        let merged = reconcile(&base, &removed, &theirs, later());
        assert!(merged.workspace.settings.rates.is_empty());
    }

    #[test]
    fn budget_lines_merge_item_by_item() {
        let base = base();
        let mut mine = base.clone();
        let mut theirs = base.clone();
        let at = base
            .budgets
            .iter()
            .position(|b| b.lines.len() >= 2)
            .expect("a budget with lines");
        let mut m = mine.budgets[at].clone();
        m.lines[0].description = "Mine".into();
        mine.save_budget(m, t(2)).unwrap();
        let mut th = theirs.budgets[at].clone();
        th.lines[1].description = "Theirs".into();
        th.lines.pop();
        theirs.save_budget(th.clone(), t(3)).unwrap();
        let merged = reconcile(&base, &mine, &theirs, later());
        let lines = &merged.workspace.budgets[at].lines;
        assert_eq!(lines[0].description, "Mine");
        assert_eq!(lines.len(), th.lines.len());
        if th.lines.len() > 1 {
            assert_eq!(lines[1].description, "Theirs");
        }
        assert!(merged.conflicts.is_empty());
    }

    #[test]
    fn nothing_changed_on_one_side_gives_the_other_side_exactly() {
        let base = base();
        let mut theirs = base.clone();
        edit_client(&mut theirs, 0, t(1), |c| c.notes = "x".into());
        assert_eq!(
            reconcile(&base, &base.clone(), &theirs, later()).workspace,
            theirs
        );
        assert_eq!(
            reconcile(&base, &theirs, &base.clone(), later()).workspace,
            theirs
        );
    }
}
