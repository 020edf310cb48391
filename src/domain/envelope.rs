//! The versioned file format, used alike for what is kept in the browser and
//! for files passed between colleagues, and the one chokepoint that restores
//! a workspace from either: parse → migrate → validate → repair or reject.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::brief::Brief;
use super::client_records::ClientRecord;
use super::contact_report::ContactReport;
use super::deal::Deal;
use super::id::Id;
use super::interaction::Interaction;
use super::json_path;
use super::json_problem::{without_position, JsonProblem};
use super::meta::Timestamp;
use super::nps::NpsResponse;
use super::shape_problem::ShapeProblem;
use super::validation::{FieldError, Problem};
use super::wip::WipItem;
use super::workspace::{Repair, Workspace};

pub const FORMAT: &str = "account-desk";
/// The version this build writes. Bump it together with a migration step.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    saved_at: Timestamp,
    workspace: &'a Workspace,
}

/// Serialises a workspace as a stored envelope. Deterministic: the same
/// workspace and time give the same bytes.
pub fn encode(workspace: &Workspace, saved_at: Timestamp) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: VERSION,
        saved_at,
        workspace,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string(&envelope).expect("workspace serialises")
}

#[derive(Serialize)]
struct ExportOut<'a> {
    format: &'static str,
    version: u32,
    exported_at: Timestamp,
    exported_by: &'a str,
    scope: &'a str,
    workspace: &'a Workspace,
}

/// What an exported file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportScope {
    Everything,
    /// These clients, every record that belongs to them and the team members they name.
    Clients(Vec<super::id::Id>),
}

/// The part of `workspace` that `scope` covers. Settings (currencies and
/// rates) always travel along.
pub fn scoped(workspace: &Workspace, scope: &ExportScope) -> Workspace {
    let ExportScope::Clients(ids) = scope else {
        return workspace.clone();
    };
    let clients: Vec<_> = workspace
        .clients
        .iter()
        .filter(|c| ids.contains(&c.meta.id))
        .cloned()
        .collect();
    fn of_clients<T: ClientRecord>(workspace: &Workspace, ids: &[Id]) -> Vec<T> {
        T::items(workspace)
            .iter()
            .filter(|r| ids.contains(&r.client()))
            .cloned()
            .collect()
    }
    let briefs: Vec<Brief> = of_clients(workspace, ids);
    let contact_reports: Vec<ContactReport> = of_clients(workspace, ids);
    let wip: Vec<WipItem> = of_clients(workspace, ids);
    let interactions: Vec<Interaction> = of_clients(workspace, ids);
    let nps: Vec<NpsResponse> = of_clients(workspace, ids);
    let deals: Vec<Deal> = of_clients(workspace, ids);
    let people: std::collections::HashSet<_> = clients
        .iter()
        .flat_map(|c| c.team_references())
        .chain(
            contact_reports
                .iter()
                .flat_map(|r| r.members().into_iter().map(|(_, m)| m)),
        )
        .chain(
            wip.iter()
                .flat_map(|r| r.members().into_iter().map(|(_, m)| m)),
        )
        .collect();
    Workspace {
        team: workspace
            .team
            .iter()
            .filter(|m| people.contains(&m.meta.id))
            .cloned()
            .collect(),
        budgets: workspace
            .budgets
            .iter()
            .filter(|b| ids.contains(&b.client))
            .cloned()
            .collect(),
        reviews: workspace
            .reviews
            .iter()
            .filter(|r| ids.contains(&r.client))
            .cloned()
            .collect(),
        clients: clients.into(),
        briefs: briefs.into(),
        contact_reports: contact_reports.into(),
        wip: wip.into(),
        interactions: interactions.into(),
        nps: nps.into(),
        deals: deals.into(),
        settings: workspace.settings.clone(),
    }
}

/// A file to hand to a colleague: the stored envelope plus who exported what
/// and when, pretty-printed so that it stays readable.
pub fn encode_export(
    workspace: &Workspace,
    scope: &ExportScope,
    exported_at: Timestamp,
    exported_by: &str,
) -> String {
    let part = scoped(workspace, scope);
    let scope = match scope {
        ExportScope::Everything => "all",
        ExportScope::Clients(_) => "clients",
    };
    let out = ExportOut {
        format: FORMAT,
        version: VERSION,
        exported_at,
        exported_by,
        scope,
        workspace: &part,
    };
    serde_json::to_string_pretty(&out).expect("workspace serialises")
}

/// `account-desk-<scope>-<yyyy-mm-dd>.json`, the scope being "all" or the
/// client's name made safe for a file system.
pub fn export_file_name(scope_name: &str, date: chrono::NaiveDate) -> String {
    let mut slug = String::new();
    for c in super::search::fold(scope_name).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    format!(
        "account-desk-{}-{date}.json",
        if slug.is_empty() { "export" } else { slug }
    )
}

/// Why data could not be restored. Each message says what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RestoreError {
    #[error("the data is empty")]
    Empty,
    #[error("not valid JSON (line {line}, column {column}): {problem}")]
    NotJson {
        line: usize,
        column: usize,
        problem: JsonProblem,
    },
    #[error("this is not an Account Desk file")]
    NotOurs,
    #[error("the file is encrypted: its passphrase is needed")]
    Encrypted,
    #[error(
        "made by a newer Account Desk (format version {found}; this one reads up to {VERSION})"
    )]
    NewerVersion { found: u64 },
    #[error("unknown format version {found}")]
    UnknownVersion { found: String },
    #[error("{}", list_errors(.0))]
    Invalid(Vec<FieldError>),
    /// Stored parts that cannot be put back together (see `store`).
    #[error("the data kept in this browser is damaged: {0}")]
    DamagedStorage(String),
}

fn list_errors(errors: &[FieldError]) -> String {
    let shown: Vec<String> = errors.iter().take(5).map(ToString::to_string).collect();
    let more = errors.len().saturating_sub(shown.len());
    if more == 0 {
        shown.join("; ")
    } else {
        format!("{}; and {more} more", shown.join("; "))
    }
}

/// A workspace that passed the chokepoint, with what was repaired on the way.
#[derive(Debug)]
pub struct Restored {
    pub workspace: Workspace,
    pub saved_at: Option<Timestamp>,
    pub repairs: Vec<Repair>,
}

#[derive(Deserialize)]
struct Header {
    format: Option<Value>,
    version: Option<Value>,
    #[serde(default)]
    encrypted: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
struct Body {
    #[serde(default)]
    saved_at: Option<Timestamp>,
    workspace: Workspace,
}

/// The restore chokepoint: every workspace that enters the app, from storage
/// or from a file, comes through here.
pub fn restore(raw: &str) -> Result<Restored, RestoreError> {
    let body = read_body(raw)?;
    let mut workspace = body.workspace;
    workspace.validate().map_err(RestoreError::Invalid)?;
    let repairs = workspace.repair();
    Ok(Restored {
        workspace,
        saved_at: body.saved_at,
        repairs,
    })
}

/// [`restore`] for salvaged storage (see `salvage`): records whose client
/// is not there (it was in a part that could not be read) are dropped
/// rather than refused. Returns how many were dropped.
pub fn restore_dropping_orphans(raw: &str) -> Result<(Restored, usize), RestoreError> {
    let body = read_body(raw)?;
    let mut workspace = body.workspace;
    let before = workspace.record_count();
    workspace.drop_orphans();
    let dropped = before - workspace.record_count();
    workspace.validate().map_err(RestoreError::Invalid)?;
    let repairs = workspace.repair();
    let restored = Restored {
        workspace,
        saved_at: body.saved_at,
        repairs,
    };
    Ok((restored, dropped))
}

/// The team and the clients of an envelope of this version, for drawing the
/// client list while the rest is still to be read; `None` for anything else
/// (another version, any problem at all), which only [`restore`] may judge
/// and report. Not a way into the app's data: what it reads is shown, never
/// saved, and the whole restore replaces it before anything can change.
/// Separate from [`restore`] so that the first wasm file, which draws the
/// list, carries neither the other records' readers nor their checks.
pub fn read_list(raw: &str) -> Option<Workspace> {
    #[derive(Deserialize)]
    struct ListEnvelope {
        format: String,
        version: u64,
        #[serde(default)]
        encrypted: Option<serde::de::IgnoredAny>,
        workspace: ListPart,
    }
    #[derive(Deserialize)]
    struct ListPart {
        #[serde(default)]
        team: Vec<super::team::TeamMember>,
        #[serde(default)]
        clients: Vec<super::client::Client>,
    }
    let envelope: ListEnvelope = serde_json::from_str(raw).ok()?;
    if envelope.format != FORMAT
        || envelope.version != u64::from(VERSION)
        || envelope.encrypted.is_some()
    {
        return None;
    }
    let workspace = Workspace {
        team: envelope.workspace.team.into(),
        clients: envelope.workspace.clients.into(),
        ..Workspace::default()
    };
    workspace.validate_team_and_clients().ok()?;
    Some(workspace)
}

/// An envelope of this version, read in one pass: every load from storage
/// and most files. [`read_body`] tries it first; anything else (an older
/// version, an encrypted file, a mistake to report) goes the careful way.
#[derive(Deserialize)]
struct Current {
    format: String,
    version: u64,
    #[serde(default)]
    encrypted: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    saved_at: Option<Timestamp>,
    workspace: Workspace,
}

fn read_body(raw: &str) -> Result<Body, RestoreError> {
    if raw.trim().is_empty() {
        return Err(RestoreError::Empty);
    }
    // Reading the header on its own first would parse the whole text twice
    // (the workspace skipped, then read): a seventh of a restore, measured.
    if let Ok(current) = serde_json::from_str::<Current>(raw) {
        if current.format == FORMAT
            && current.version == u64::from(VERSION)
            && current.encrypted.is_none()
        {
            return Ok(Body {
                saved_at: current.saved_at,
                workspace: current.workspace,
            });
        }
    }
    let header: Header = serde_json::from_str(raw).map_err(|e| {
        if e.is_data() {
            // Valid JSON, but not an object: not one of ours.
            RestoreError::NotOurs
        } else {
            not_json(&e)
        }
    })?;
    if header.format.as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return Err(RestoreError::NotOurs);
    }
    if header.encrypted.is_some() {
        return Err(RestoreError::Encrypted);
    }
    let version = match header.version {
        Some(Value::Number(n)) if n.as_u64().is_some_and(|v| v >= 1) => n.as_u64().unwrap_or(0),
        other => {
            return Err(RestoreError::UnknownVersion {
                found: other.map_or_else(|| "(missing)".into(), |v| v.to_string()),
            })
        }
    };
    if version > u64::from(VERSION) {
        return Err(RestoreError::NewerVersion { found: version });
    }
    if version == u64::from(VERSION) {
        return deserialize_body(raw);
    }
    let value: Value = serde_json::from_str(raw).map_err(|e| not_json(&e))?;
    deserialize_body(&migrate(value, version).to_string())
}

/// The one reader of records from text: a migrated envelope is turned back
/// into text rather than read from a `Value`, which would put a second copy
/// of every record's deserialiser in the wasm (≈ 40 KB gzip, measured). For
/// the same reason the field at fault is found from the error's position
/// (`json_path`), not by a path-tracking deserialiser, which would also
/// cost a third more parse time.
///
/// `text` has been read through once as JSON (the header, or a migrated
/// `Value`), so "expected value" here is not broken JSON: it is serde_json's
/// way of refusing a number or an object where one of a fixed set of names
/// belongs (a status, a currency). What that first read skips (escapes and
/// number ranges in skipped values) is reported as broken JSON, as it is.
fn deserialize_body(text: &str) -> Result<Body, RestoreError> {
    serde_json::from_str(text).map_err(|e| {
        let path = || json_path::path_at(text, e.line(), e.column());
        if e.is_data() {
            shape_error(&path(), ShapeProblem::of(&without_position(&e.to_string())))
        } else if JsonProblem::of(&e) == JsonProblem::ExpectedValue {
            let no_choice = ShapeProblem::NotAChoice {
                found: None,
                choices: None,
            };
            shape_error(&path(), no_choice)
        } else {
            not_json(&e)
        }
    })
}

/// Upgrades an envelope of an older version, one version at a time. Version 1
/// is the first; each later version adds its step here with a fixture test.
fn migrate(envelope: Value, _from: u64) -> Value {
    envelope
}

fn not_json(error: &serde_json::Error) -> RestoreError {
    RestoreError::NotJson {
        line: error.line(),
        column: error.column(),
        problem: JsonProblem::of(error),
    }
}

fn shape_error(path: &str, problem: ShapeProblem) -> RestoreError {
    let path = path.strip_prefix("workspace.").unwrap_or(path).to_string();
    RestoreError::Invalid(vec![FieldError::new(path, Problem::WrongShape(problem))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::client::{Client, Contact};
    use crate::domain::team::TeamMember;
    use chrono::{TimeZone, Utc};

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn sample() -> Workspace {
        let mut ws = Workspace::default();
        let mut ha = TeamMember::new(now());
        ha.name = "Trần Thu Hà".into();
        let ha_id = ha.meta.id;
        ws.save_member(ha, now()).unwrap();
        let mut client = Client::new(now());
        client.name = "Sao Mai Foods — \"Bếp Việt\" <b>".into();
        client.account_owner = Some(ha_id);
        client.contacts.push(Contact {
            name: "Chị Lan".into(),
            email: "lan@saomai.vn".into(),
            ..Contact::new()
        });
        ws.save_client(client, now()).unwrap();
        ws
    }

    #[test]
    fn what_is_encoded_restores_to_the_same_workspace() {
        let ws = sample();
        let raw = encode(&ws, now());
        let restored = restore(&raw).unwrap();
        assert_eq!(restored.workspace, ws);
        assert_eq!(restored.saved_at, Some(now()));
        assert!(restored.repairs.is_empty());
        assert_eq!(
            encode(&restored.workspace, now()),
            raw,
            "encoding is deterministic"
        );
    }

    #[test]
    fn the_envelope_names_its_format_and_version() {
        let value: Value = serde_json::from_str(&encode(&Workspace::default(), now())).unwrap();
        assert_eq!(value["format"], "account-desk");
        assert_eq!(value["version"], 1);
        assert_eq!(value["saved_at"], "2026-11-23T09:00:00Z");
        assert!(value["workspace"]["clients"].is_array());
    }

    #[test]
    fn empty_and_broken_input_is_refused_with_a_reason() {
        assert_eq!(restore("  ").unwrap_err(), RestoreError::Empty);
        let RestoreError::NotJson { line, column, .. } =
            restore("{\"format\": \"account-desk\",\n  oops").unwrap_err()
        else {
            panic!("expected a JSON error")
        };
        assert_eq!((line, column), (2, 3));
        let truncated = &encode(&sample(), now())[..40];
        assert!(matches!(
            restore(truncated),
            Err(RestoreError::NotJson { .. })
        ));
    }

    #[test]
    fn other_apps_files_are_not_ours() {
        assert_eq!(restore("[1, 2]").unwrap_err(), RestoreError::NotOurs);
        assert_eq!(restore("\"text\"").unwrap_err(), RestoreError::NotOurs);
        assert_eq!(
            restore(r#"{"type": "excalidraw", "version": 2, "elements": []}"#).unwrap_err(),
            RestoreError::NotOurs
        );
    }

    #[test]
    fn a_newer_version_is_refused_not_guessed_at() {
        let raw = r#"{"format": "account-desk", "version": 7, "workspace": {}}"#;
        assert_eq!(
            restore(raw).unwrap_err(),
            RestoreError::NewerVersion { found: 7 }
        );
        let raw = r#"{"format": "account-desk", "version": "one", "workspace": {}}"#;
        assert!(matches!(
            restore(raw),
            Err(RestoreError::UnknownVersion { .. })
        ));
    }

    #[test]
    fn wrong_types_are_reported_with_their_path() {
        let raw = encode(&sample(), now()).replace("\"lan@saomai.vn\"", "42");
        let err = restore(&raw).unwrap_err();
        let RestoreError::Invalid(errors) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(errors[0].path, "clients[0].contacts[0].email");
        assert!(
            err.to_string()
                .starts_with("clients[0].contacts[0].email: "),
            "{err}"
        );
    }

    #[test]
    fn invalid_fields_are_rejected_with_their_path() {
        let raw = encode(&sample(), now()).replace("lan@saomai.vn", "lan at saomai");
        assert_eq!(
            restore(&raw).unwrap_err().to_string(),
            "clients[0].contacts[0].email: not an email address"
        );
    }

    #[test]
    fn missing_optional_fields_take_their_defaults() {
        let raw = r#"{"format": "account-desk", "version": 1, "workspace": {"clients": [
            {"meta": {"id": "6f1c1d9e-0d7b-4c56-9a55-3f0c8a1b2c3d", "created_at": "2026-01-01T00:00:00Z",
                      "updated_at": "2026-01-01T00:00:00Z", "rev": 1},
             "name": "Lotus Coffee"}]}}"#;
        let restored = restore(raw).unwrap();
        assert_eq!(restored.workspace.clients[0].name, "Lotus Coffee");
        assert!(restored.workspace.team.is_empty());
        assert_eq!(restored.saved_at, None);
    }

    #[test]
    fn an_export_restores_through_the_same_chokepoint() {
        let ws = sample();
        let file = encode_export(&ws, &ExportScope::Everything, now(), "Trần Thu Hà");
        let value: Value = serde_json::from_str(&file).unwrap();
        assert_eq!(
            (value["scope"].as_str(), value["exported_by"].as_str()),
            (Some("all"), Some("Trần Thu Hà"))
        );
        assert_eq!(value["exported_at"], "2026-11-23T09:00:00Z");
        assert_eq!(restore(&file).unwrap().workspace, ws);
    }

    #[test]
    fn a_client_export_takes_what_belongs_to_it_and_the_people_it_names() {
        let ws = crate::domain::sample::workspace(now());
        let client = &ws.clients[0];
        let part = scoped(&ws, &ExportScope::Clients(vec![client.meta.id]));
        assert_eq!(part.clients.len(), 1);
        assert!(
            part.budgets.iter().all(|b| b.client == client.meta.id) && !part.budgets.is_empty()
        );
        let mut named: Vec<_> = client.team_references().collect();
        named.sort();
        named.dedup();
        let mut exported: Vec<_> = part.team.iter().map(|m| m.meta.id).collect();
        exported.sort();
        assert_eq!(exported, named);
        assert_eq!(
            restore(&encode_export(
                &ws,
                &ExportScope::Clients(vec![client.meta.id]),
                now(),
                ""
            ))
            .unwrap()
            .workspace,
            part
        );
    }

    #[test]
    fn export_file_names_are_safe_and_dated() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(
            export_file_name("all", day),
            "account-desk-all-2026-11-23.json"
        );
        assert_eq!(
            export_file_name("Công ty CP Sữa Đồng Xanh", day),
            "account-desk-cong-ty-cp-sua-dong-xanh-2026-11-23.json"
        );
        assert_eq!(
            export_file_name("../..", day),
            "account-desk-export-2026-11-23.json"
        );
    }

    #[test]
    fn a_record_pointing_at_a_missing_client_is_rejected_with_its_path() {
        let mut ws = crate::domain::sample::workspace(now());
        // Only the budgets keep their records, so the first problem is theirs.
        let ws_budgets_only = Workspace {
            team: std::mem::take(&mut ws.team),
            clients: std::mem::take(&mut ws.clients),
            budgets: std::mem::take(&mut ws.budgets),
            ..Workspace::default()
        };
        let mut ws = ws_budgets_only;
        ws.clients
            .retain(|c| ws.budgets.iter().all(|b| b.client != c.meta.id) || c.name.is_empty());
        let err = restore(&encode(&ws, now())).unwrap_err().to_string();
        assert!(
            err.starts_with("budgets[0].client: refers to a client that does not exist"),
            "{err}"
        );
    }

    #[test]
    fn a_date_far_outside_the_business_range_is_refused_with_its_path() {
        let ws = crate::domain::sample::workspace(now());
        let text = encode(&ws, now());
        let date = ws.contact_reports[0].meeting_date.to_string();
        // The date a colleague's file carried, which locked the app before.
        let far = text.replacen(
            &format!("\"meeting_date\":\"{date}\""),
            "\"meeting_date\":\"+262142-12-31\"",
            1,
        );
        assert_ne!(far, text);
        let err = restore(&far).unwrap_err().to_string();
        assert!(
            err.contains("contact_reports[0].meeting_date: a date from 1900 to 2200"),
            "{err}"
        );
    }

    #[test]
    fn arbitrary_bytes_and_mutated_files_never_panic() {
        // A small deterministic fuzz: every truncation and many byte flips of
        // a real file either restore a valid workspace or fail cleanly.
        let file = encode(&crate::domain::sample::workspace(now()), now());
        let bytes = file.as_bytes();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for cut in (0..bytes.len()).step_by(97) {
            let text = String::from_utf8_lossy(&bytes[..cut]);
            if let Ok(restored) = restore(&text) {
                assert_eq!(restored.workspace.validate(), Ok(()));
            }
        }
        for _ in 0..2_000 {
            let mut mutated = bytes.to_vec();
            for _ in 0..(next() % 4 + 1) {
                let at = (next() as usize) % mutated.len();
                mutated[at] = (next() % 256) as u8;
            }
            let text = String::from_utf8_lossy(&mutated);
            if let Ok(restored) = restore(&text) {
                assert_eq!(
                    restored.workspace.validate(),
                    Ok(()),
                    "a restored workspace is always valid"
                );
            }
        }
    }

    /// One fixture per format version, kept forever: every later build must
    /// still read files written by earlier ones.
    #[test]
    fn version_1_files_still_restore() {
        let restored = restore(include_str!("../../tests/fixtures/workspace-v1.json")).unwrap();
        let ws = restored.workspace;
        assert!(restored.repairs.is_empty());
        assert_eq!(
            (
                ws.team.len(),
                ws.clients.len(),
                ws.budgets.len(),
                ws.reviews.len()
            ),
            (1, 2, 1, 1)
        );
        assert_eq!(ws.clients[0].contacts[0].name, "Chị Phan Thu Trang");
        assert!(
            ws.clients[1].meta.is_trashed(),
            "a trashed record carries its deletion"
        );
        assert_eq!(ws.budgets[0].lines[0].actual(), 30_000_000);
        assert_eq!(ws.reviews[0].competitors[0].share_of_voice, Some(4_500));
        assert_eq!(ws.settings.rates[0].rate, 25_400 * 1_000_000_000);
    }

    #[test]
    fn dangling_references_are_repaired_and_reported() {
        let mut ws = sample();
        ws.team.clear();
        let restored = restore(&encode(&ws, now())).unwrap();
        assert_eq!(restored.workspace.clients[0].account_owner, None);
        assert_eq!(restored.repairs.len(), 1);
    }

    #[test]
    fn the_list_reads_the_team_and_clients_as_the_restore_does() {
        let mut ws = sample();
        let client = ws.clients[0].meta.id;
        let mut wip = crate::domain::wip::WipItem::new(client, now());
        wip.job = "Key visual Tết".into();
        ws.wip.push(wip);
        let list = read_list(&encode(&ws, now())).expect("a valid envelope");
        assert_eq!(list.team, ws.team);
        assert_eq!(list.clients, ws.clients);
        assert!(list.wip.is_empty(), "only the list's records are read");
    }

    #[test]
    fn the_list_leaves_anything_doubtful_to_the_restore() {
        let ws = sample();
        let raw = encode(&ws, now());
        assert!(read_list(&raw.replacen("\"version\":1", "\"version\":2", 1)).is_none());
        assert!(read_list(&raw.replacen("account-desk", "other-app", 1)).is_none());
        assert!(read_list(&raw[..raw.len() / 2]).is_none(), "cut short");
        let mut twice = ws.clone();
        twice.clients.push(ws.clients[0].clone());
        assert!(
            read_list(&encode(&twice, now())).is_none(),
            "two clients with one id"
        );
        let mut nameless = ws.clone();
        nameless.clients[0].name.clear();
        assert!(
            read_list(&encode(&nameless, now())).is_none(),
            "a client the validation refuses"
        );
        assert!(restore(&encode(&nameless, now())).is_err());
    }
}
