//! Reading a kept copy: what the app set aside because it could not open it
//! (see `browser::storage`), or a file downloaded from one. Three shapes
//! exist, and each is turned back into envelope text for the import's
//! preview, so a copy is opened, checked and merged like any file:
//!
//! - the envelope text itself (a whole envelope that did not restore: one
//!   written by a newer version, say);
//! - stored parts by key, with the manifest under the workspace key (parts
//!   that could not be put together);
//! - the same with the parts under `parts` (the parts a salvage left out).

use serde_json::{Map, Value};

use super::salvage::{self, LostPart};
use super::store;

/// The storage key the manifest is kept under in a copy of parts.
pub const MANIFEST_KEY: &str = "account-desk:workspace";

/// A kept copy read: what can be opened, and what it holds that cannot.
#[derive(Debug, Default)]
pub struct Opened {
    /// Envelope text for the restore: the copy's own text when it is not
    /// a copy of parts, else the parts that can be read put together.
    pub envelope: Option<String>,
    /// Parts the copy holds that cannot be read (by this version).
    pub unreadable: Vec<LostPart>,
}

/// Reads `text`, a kept copy or a file downloaded from one.
pub fn open(text: &str) -> Opened {
    let as_is = || Opened {
        envelope: Some(text.to_string()),
        unreadable: Vec::new(),
    };
    let Ok(Value::Object(copy)) = serde_json::from_str::<Value>(text) else {
        return as_is();
    };
    let Some(Value::String(manifest_text)) = copy.get(MANIFEST_KEY) else {
        return as_is();
    };
    if !store::is_manifest(manifest_text) {
        // A whole envelope, as stored before the parts.
        return Opened {
            envelope: Some(manifest_text.clone()),
            unreadable: Vec::new(),
        };
    }
    let Ok(manifest) = store::read_manifest(manifest_text) else {
        return Opened::default();
    };
    let parts: &Map<String, Value> = match copy.get("parts") {
        Some(Value::Object(parts)) => parts,
        _ => &copy,
    };
    let read = |key: &str| parts.get(key).and_then(Value::as_str).map(str::to_string);
    let Some(salvaged) = salvage::salvage(&manifest, read) else {
        return Opened::default();
    };
    let saved_at = salvaged.restored.saved_at.unwrap_or(manifest.saved_at);
    Opened {
        envelope: Some(super::envelope::encode(
            &salvaged.restored.workspace,
            saved_at,
        )),
        // Parts the copy does not hold are not its loss: a salvage keeps
        // only the parts it left out.
        unreadable: salvaged
            .lost
            .into_iter()
            .filter(|part| parts.contains_key(&part.key))
            .collect(),
    }
}

/// Envelope text for `text` (see [`open`]); `None` when it is a copy of
/// parts of which nothing can be read.
pub fn envelope_text(text: &str) -> Option<String> {
    open(text).envelope
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::envelope;
    use crate::domain::sample;
    use crate::domain::store::{plan_save, SavePlan};
    use crate::domain::workspace::Workspace;
    use chrono::{TimeZone, Utc};

    /// The sample agency as a first save would store it.
    fn stored() -> (Workspace, SavePlan, String) {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let ws = sample::workspace(now);
        let mut n = 0;
        let plan = plan_save(&ws, now, None, &mut |_| None, &mut |c, i| {
            n += 1;
            format!("account-desk:part:{c}:{i}:{n}")
        });
        let manifest = serde_json::to_string(&plan.manifest).unwrap();
        (ws, plan, manifest)
    }

    #[test]
    fn a_copy_of_stored_parts_opens_as_the_workspace_they_hold() {
        let (ws, plan, manifest) = stored();
        let mut parts = Map::new();
        for (key, text) in &plan.writes {
            parts.insert(key.clone(), Value::String(text.clone()));
        }
        // Parts by key beside the manifest, as a dump of storage keeps them…
        let mut dump = parts.clone();
        dump.insert(MANIFEST_KEY.into(), Value::String(manifest.clone()));
        let text = envelope_text(&Value::Object(dump).to_string()).unwrap();
        assert_eq!(envelope::restore(&text).unwrap().workspace, ws);
        // …or under `parts`, as a salvage keeps them.
        let copy = serde_json::json!({ MANIFEST_KEY: manifest, "parts": parts });
        let text = envelope_text(&copy.to_string()).unwrap();
        assert_eq!(envelope::restore(&text).unwrap().workspace, ws);
    }

    #[test]
    fn the_parts_a_salvage_kept_are_named_as_what_the_copy_holds() {
        let (ws, plan, manifest) = stored();
        let wip = plan
            .manifest
            .collections
            .iter()
            .find(|c| c.name == "wip")
            .unwrap();
        let copy = serde_json::json!({
            MANIFEST_KEY: manifest,
            "parts": { wip.parts[0].key.clone(): "not packed at all" },
        });
        let opened = open(&copy.to_string());
        assert_eq!(opened.unreadable.len(), 1);
        assert_eq!(opened.unreadable[0].collection, "wip");
        assert_eq!(opened.unreadable[0].records, ws.wip.len());
    }

    #[test]
    fn anything_else_is_left_as_it_is_for_the_restore_to_judge() {
        for text in [
            "{\"format\":\"account-desk\",\"version\":9}",
            "not json",
            "[1,2]",
        ] {
            assert_eq!(envelope_text(text).as_deref(), Some(text));
        }
        let whole = serde_json::json!({ MANIFEST_KEY: "{\"format\":\"account-desk\"}" });
        assert_eq!(
            envelope_text(&whole.to_string()).as_deref(),
            Some("{\"format\":\"account-desk\"}")
        );
    }
}
