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

use super::salvage;
use super::store;

/// The storage key the manifest is kept under in a copy of parts.
pub const MANIFEST_KEY: &str = "account-desk:workspace";

/// Envelope text for `text`, a kept copy or a file downloaded from one:
/// the text itself when it is not a copy of parts; the parts that can be
/// read put together otherwise. `None` when it is a copy of parts of which
/// nothing can be read.
pub fn envelope_text(text: &str) -> Option<String> {
    let Ok(Value::Object(copy)) = serde_json::from_str::<Value>(text) else {
        return Some(text.to_string());
    };
    let Some(Value::String(manifest_text)) = copy.get(MANIFEST_KEY) else {
        return Some(text.to_string());
    };
    if !store::is_manifest(manifest_text) {
        // A whole envelope, as stored before the parts.
        return Some(manifest_text.clone());
    }
    let manifest = store::read_manifest(manifest_text).ok()?;
    let parts: &Map<String, Value> = match copy.get("parts") {
        Some(Value::Object(parts)) => parts,
        _ => &copy,
    };
    let read = |key: &str| parts.get(key).and_then(Value::as_str).map(str::to_string);
    let salvaged = salvage::salvage(&manifest, read)?;
    let saved_at = salvaged.restored.saved_at.unwrap_or(manifest.saved_at);
    Some(super::envelope::encode(
        &salvaged.restored.workspace,
        saved_at,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::envelope;
    use crate::domain::sample;
    use crate::domain::store::plan_save;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_copy_of_stored_parts_opens_as_the_workspace_they_hold() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let ws = sample::workspace(now);
        let mut n = 0;
        let plan = plan_save(&ws, now, None, &mut |_| None, &mut |c, i| {
            n += 1;
            format!("account-desk:part:{c}:{i}:{n}")
        });
        let manifest = serde_json::to_string(&plan.manifest).unwrap();
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
