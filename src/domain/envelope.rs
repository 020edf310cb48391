//! The versioned file format, used alike for what is kept in the browser and
//! for files passed between colleagues, and the one chokepoint that restores
//! a workspace from either: parse → migrate → validate → repair or reject.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::meta::Timestamp;
use super::validation::FieldError;
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

/// Why data could not be restored. Each message says what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RestoreError {
    #[error("the data is empty")]
    Empty,
    #[error("not valid JSON (line {line}, column {column}): {message}")]
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("this is not an Account Desk file")]
    NotOurs,
    #[error(
        "made by a newer Account Desk (format version {found}; this one reads up to {VERSION})"
    )]
    NewerVersion { found: u64 },
    #[error("unknown format version {found}")]
    UnknownVersion { found: String },
    #[error("{}", list_errors(.0))]
    Invalid(Vec<FieldError>),
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
    if raw.trim().is_empty() {
        return Err(RestoreError::Empty);
    }
    let header: Header = serde_json::from_str(raw).map_err(|e| {
        if e.is_data() {
            // Valid JSON, but not an object: not one of ours.
            RestoreError::NotOurs
        } else {
            RestoreError::NotJson {
                line: e.line(),
                column: e.column(),
                message: json_problem(&e),
            }
        }
    })?;
    if header.format.as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return Err(RestoreError::NotOurs);
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
    let body: Body = if version == u64::from(VERSION) {
        let mut de = serde_json::Deserializer::from_str(raw);
        serde_path_to_error::deserialize(&mut de).map_err(shape_error)?
    } else {
        let value: Value = serde_json::from_str(raw).map_err(|e| RestoreError::NotJson {
            line: e.line(),
            column: e.column(),
            message: json_problem(&e),
        })?;
        serde_path_to_error::deserialize(migrate(value, version)).map_err(shape_error)?
    };
    let mut workspace = body.workspace;
    workspace.validate().map_err(RestoreError::Invalid)?;
    let repairs = workspace.repair();
    Ok(Restored {
        workspace,
        saved_at: body.saved_at,
        repairs,
    })
}

/// Upgrades an envelope of an older version, one version at a time. Version 1
/// is the first; each later version adds its step here with a fixture test.
fn migrate(envelope: Value, _from: u64) -> Value {
    envelope
}

fn json_problem(error: &serde_json::Error) -> String {
    strip_position(&error.to_string())
}

fn shape_error<E: std::fmt::Display>(error: serde_path_to_error::Error<E>) -> RestoreError {
    let path = error.path().to_string();
    let path = path.strip_prefix("workspace.").unwrap_or(&path).to_string();
    let message = strip_position(&error.inner().to_string());
    RestoreError::Invalid(vec![FieldError::new(
        path,
        super::validation::Problem::WrongShape(message),
    )])
}

/// serde_json appends " at line L column C", which we report on its own.
fn strip_position(text: &str) -> String {
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_string(),
        None => text.to_string(),
    }
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
    fn dangling_references_are_repaired_and_reported() {
        let mut ws = sample();
        ws.team.clear();
        let restored = restore(&encode(&ws, now())).unwrap();
        assert_eq!(restored.workspace.clients[0].account_owner, None);
        assert_eq!(restored.repairs.len(), 1);
    }
}
