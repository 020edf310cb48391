//! Opening what can be read of damaged storage. A part that is missing, not
//! packed text, not a list of records, or whose records do not restore, is
//! left out, and everything else opens through the restore chokepoint as
//! usual: one damaged part loses only the records it held (and the records
//! of other parts that belong to its clients, which cannot exist without
//! them), never the whole workspace.
//!
//! The caller keeps the bytes of every part left out (see
//! `browser::storage`), so nothing is lost for good.

use std::collections::HashSet;

use super::envelope::{self, RestoreError, Restored};
use super::store::{self, Manifest, Placed, StoreError};

/// A part that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LostPart {
    /// The collection it belongs to (`settings` for the settings).
    pub collection: String,
    pub key: String,
    /// How many records it held, as the manifest says (0 for settings).
    pub records: usize,
    /// What was wrong, in English, for the log and the kept copy.
    pub problem: String,
}

/// What could be opened, and what could not.
#[derive(Debug)]
pub struct Salvaged {
    pub restored: Restored,
    pub lost: Vec<LostPart>,
    /// Records of readable parts dropped because their client was lost.
    pub orphans: usize,
}

/// Restores every part of `manifest` that can be; `None` when even that
/// leaves nothing that restores (the manifest itself unreadable, or a
/// problem that no part can be blamed for).
pub fn salvage(manifest: &Manifest, read: impl Fn(&str) -> Option<String>) -> Option<Salvaged> {
    let mut lost: Vec<LostPart> = Vec::new();
    // Each round leaves out one more part: at most every part.
    for _ in 0..=manifest.keys().count() {
        let skip: HashSet<String> = lost.iter().map(|l| l.key.clone()).collect();
        let (key, problem) = match store::assemble_skipping(manifest, &read, |_| true, &skip) {
            Err(StoreError::Manifest(_)) => return None,
            Err(StoreError::Missing(key)) => (key, "missing".to_string()),
            Err(StoreError::Damaged { key, problem }) => (key, problem),
            Ok((text, placed)) => match envelope::restore_dropping_orphans(&text) {
                Ok((restored, orphans)) => {
                    return Some(Salvaged {
                        restored,
                        lost,
                        orphans,
                    })
                }
                Err(error) => {
                    let key = to_blame(manifest, &skip, &text, &placed, &error)?;
                    (key, error.to_string())
                }
            },
        };
        if skip.contains(&key) {
            return None;
        }
        lost.push(part_info(manifest, key, problem));
    }
    None
}

fn part_info(manifest: &Manifest, key: String, problem: String) -> LostPart {
    let found = manifest.collections.iter().find_map(|c| {
        c.parts
            .iter()
            .find(|p| p.key == key)
            .map(|p| (c.name.clone(), p.records))
    });
    let (collection, records) = found.unwrap_or_else(|| ("settings".to_string(), 0));
    LostPart {
        collection,
        key,
        records,
        problem,
    }
}

/// The part a restore error points at: the part holding the record its
/// path names (`budgets[37].lines[2].amount`), or the part whose text holds
/// the position of broken JSON.
fn to_blame(
    manifest: &Manifest,
    skip: &HashSet<String>,
    text: &str,
    placed: &[Placed],
    error: &RestoreError,
) -> Option<String> {
    match error {
        RestoreError::Invalid(errors) => {
            let path = &errors.first()?.path;
            let (collection, rest) = path.split_once('[')?;
            let index: usize = rest.split_once(']')?.0.parse().ok()?;
            let stored = manifest.collections.iter().find(|c| c.name == collection)?;
            let mut first = 0;
            for part in stored.parts.iter().filter(|p| !skip.contains(&p.key)) {
                if index < first + part.records {
                    return Some(part.key.clone());
                }
                first += part.records;
            }
            // More records than the manifest says: the last part read.
            stored
                .parts
                .iter()
                .rev()
                .find(|p| !skip.contains(&p.key))
                .map(|p| p.key.clone())
        }
        RestoreError::NotJson { line, column, .. } => {
            let line_start: usize = text
                .split_inclusive('\n')
                .take(line.saturating_sub(1))
                .map(str::len)
                .sum();
            let at = line_start + column.saturating_sub(1);
            placed
                .iter()
                .find(|p| p.at.contains(&at) || p.at.end == at)
                .map(|p| p.key.clone())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::packed;
    use crate::domain::store::{plan_save, SavePlan};
    use crate::domain::workspace::Workspace;
    use chrono::{TimeZone, Utc};
    use std::collections::HashMap;

    fn stored() -> (Workspace, SavePlan, HashMap<String, String>) {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let ws = crate::domain::generator::generate(crate::domain::generator::Preset::Solo, 3, now);
        let mut n = 0;
        let plan = plan_save(&ws, now, None, &mut |_| None, &mut |c, i| {
            n += 1;
            format!("part:{c}:{i}:{n}")
        });
        let items = plan.writes.iter().cloned().collect();
        (ws, plan, items)
    }

    fn salvaged(plan: &SavePlan, items: &HashMap<String, String>) -> Salvaged {
        salvage(&plan.manifest, |k| items.get(k).cloned()).expect("the rest opens")
    }

    #[test]
    fn every_part_missing_truncated_or_swapped_in_turn_loses_only_what_it_held() {
        let (ws, plan, items) = stored();
        let parts: Vec<(String, String, usize)> = plan
            .manifest
            .collections
            .iter()
            .flat_map(|c| {
                c.parts
                    .iter()
                    .map(|p| (c.name.clone(), p.key.clone(), p.records))
            })
            .collect();
        assert!(parts.len() > 8);
        let swap_with = |key: &str| {
            parts
                .iter()
                .find(|(c, k, _)| k != key && c != "team" && c != "clients")
                .unwrap()
                .1
                .clone()
        };
        for (collection, key, records) in &parts {
            let damaged = |text: Option<String>| {
                let mut items = items.clone();
                match text {
                    Some(text) => items.insert(key.clone(), text),
                    None => items.remove(key),
                };
                items
            };
            let original = &items[key];
            let truncated = original
                .chars()
                .take(original.chars().count() / 2)
                .collect();
            let other = items[&swap_with(key)].clone();
            let not_a_list = packed::pack("{\"a\":1}");
            for (how, items) in [
                ("missing", damaged(None)),
                ("truncated", damaged(Some(truncated))),
                ("swapped", damaged(Some(other))),
                ("not a list", damaged(Some(not_a_list))),
            ] {
                let s = salvaged(&plan, &items);
                let lost: Vec<&str> = s.lost.iter().map(|l| l.key.as_str()).collect();
                assert!(lost.contains(&key.as_str()), "{how} {key}: lost {lost:?}");
                let kept = |name: &str| match name {
                    "team" => s.restored.workspace.team.len(),
                    "clients" => s.restored.workspace.clients.len(),
                    "budgets" => s.restored.workspace.budgets.len(),
                    "interactions" => s.restored.workspace.interactions.len(),
                    _ => usize::MAX,
                };
                let all = |name: &str| match name {
                    "team" => ws.team.len(),
                    "clients" => ws.clients.len(),
                    "budgets" => ws.budgets.len(),
                    "interactions" => ws.interactions.len(),
                    _ => usize::MAX,
                };
                // Its own collection keeps every other record (a swapped-in
                // part may fail as a whole too: then it is named as well).
                if kept(collection) != usize::MAX && s.lost.len() == 1 {
                    assert_eq!(kept(collection), all(collection) - records, "{how} {key}");
                }
                // A lost part takes nothing else with it but what belongs to
                // its clients.
                if collection != "clients" && s.lost.len() == 1 {
                    assert_eq!(
                        s.restored.workspace.clients.len(),
                        ws.clients.len(),
                        "{how} {key}"
                    );
                    assert_eq!(s.orphans, 0);
                }
                if collection == "clients" && s.lost.len() == 1 {
                    let lost_records = s.orphans + records;
                    assert_eq!(
                        s.restored.workspace.record_count() + lost_records,
                        ws.record_count()
                    );
                }
            }
        }
    }

    #[test]
    fn damaged_settings_open_as_the_defaults_and_are_named() {
        let (ws, plan, mut items) = stored();
        items.insert(plan.manifest.settings.clone(), "garbage".into());
        let s = salvaged(&plan, &items);
        assert_eq!(s.lost.len(), 1);
        assert_eq!(s.lost[0].collection, "settings");
        assert_eq!(s.restored.workspace.clients.len(), ws.clients.len());
    }

    #[test]
    fn nothing_damaged_loses_nothing() {
        let (ws, plan, items) = stored();
        let s = salvaged(&plan, &items);
        assert!(s.lost.is_empty());
        assert_eq!(s.restored.workspace, ws);
    }
}
