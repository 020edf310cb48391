//! What is wrong with a value of well-formed JSON that does not fit its
//! field (a number where a name belongs, a missing field, an unknown status),
//! in terms each language can word.
//!
//! Why not serde's own words: they are English only and speak Rust ("invalid
//! type: integer `42`, expected a string", "expected u8"). Wording not known
//! here still reaches the reader, as [`ShapeProblem::Other`].

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeProblem {
    MissingField(String),
    /// A value outside a fixed set (a status, a currency): what was found and
    /// the allowed values as serde lists them, where it says.
    NotAChoice {
        found: Option<String>,
        choices: Option<String>,
    },
    WrongType {
        found: Found,
        expected: Expected,
    },
    /// A date or a time that does not read as one.
    BadDate,
    BadId,
    Other(String),
}

/// The value that was there instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Number(String),
    Text(String),
    Bool(String),
    Null,
    List,
    Object,
    Other(String),
}

/// What the field holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    /// A whole number from 0, up to `max` where that is small enough to say.
    Unsigned(Option<u64>),
    Signed,
    Number,
    YesNo,
    List,
    Object,
    Date,
    DateTime,
    Other(String),
}

impl ShapeProblem {
    /// From serde's message for a value (its position already cut off).
    pub fn of(message: &str) -> Self {
        if let Some(name) = between(message, "missing field `", "`") {
            return Self::MissingField(name.to_string());
        }
        if let Some(rest) = message.strip_prefix("unknown variant `") {
            let (found, choices) = rest.split_once('`').unwrap_or((rest, ""));
            return Self::NotAChoice {
                found: Some(found.to_string()),
                // serde joins the last two with an English "or".
                choices: choices
                    .strip_prefix(", expected one of ")
                    .or_else(|| choices.strip_prefix(", expected "))
                    .map(|list| list.replace("` or `", "`, `")),
            };
        }
        let wrong = message
            .strip_prefix("invalid type: ")
            .or_else(|| message.strip_prefix("invalid value: "));
        if let Some((found, expected)) = wrong.and_then(|w| w.rsplit_once(", expected ")) {
            return Self::WrongType {
                found: Found::of(found),
                expected: Expected::of(expected),
            };
        }
        if message.starts_with("UUID parsing failed") {
            return Self::BadId;
        }
        // chrono's words for a date or time that does not parse.
        const DATE_ERRORS: [&str; 7] = [
            "input contains invalid characters",
            "input is out of range",
            "premature end of input",
            "trailing input",
            "no possible date and time matching input",
            "input is not enough for unique date and time",
            "bad or unsupported format string",
        ];
        if DATE_ERRORS.contains(&message) {
            return Self::BadDate;
        }
        Self::Other(message.to_string())
    }
}

impl Found {
    fn of(unexpected: &str) -> Self {
        let quoted = |prefix: &str| between(unexpected, prefix, "`").map(str::to_string);
        if let Some(n) = quoted("integer `").or_else(|| quoted("floating point `")) {
            return Self::Number(n);
        }
        if let Some(b) = quoted("boolean `") {
            return Self::Bool(b);
        }
        if let Some(text) = unexpected.strip_prefix("string ") {
            // serde quotes it as Rust would: quotes and backslashes escaped.
            let text = text.strip_prefix('"').unwrap_or(text);
            let text = text.strip_suffix('"').unwrap_or(text);
            return Self::Text(text.replace(r#"\""#, "\"").replace(r"\\", r"\"));
        }
        match unexpected {
            "null" | "unit value" => Self::Null,
            "sequence" => Self::List,
            "map" => Self::Object,
            other => Self::Other(other.to_string()),
        }
    }
}

impl Expected {
    fn of(expected: &str) -> Self {
        match expected {
            "a string" => Self::Text,
            "u8" => Self::Unsigned(Some(u8::MAX.into())),
            "u16" => Self::Unsigned(Some(u16::MAX.into())),
            "u32" | "u64" | "usize" => Self::Unsigned(None),
            "i8" | "i16" | "i32" | "i64" | "isize" => Self::Signed,
            "f32" | "f64" => Self::Number,
            "a boolean" => Self::YesNo,
            "a sequence" => Self::List,
            "a map" => Self::Object,
            _ if expected.starts_with("struct ") => Self::Object,
            _ if expected.contains("date and time") => Self::DateTime,
            _ if expected.contains("date") => Self::Date,
            other => Self::Other(other.to_string()),
        }
    }
}

fn between<'a>(text: &'a str, prefix: &str, end: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(prefix)?;
    Some(rest.split_once(end).map_or(rest, |(inside, _)| inside))
}

/// English, for logs and tests, in the catalog's words; the app shows
/// `i18n::shape_problem_text`.
impl fmt::Display for ShapeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingField(name) => write!(f, "the field “{name}” is missing"),
            Self::NotAChoice {
                found: Some(found),
                choices: Some(choices),
            } => write!(f, "“{found}” is not one of {choices}"),
            Self::NotAChoice { .. } => f.write_str("not one of the allowed values"),
            Self::WrongType { found, expected } => write!(f, "expected {expected}, found {found}"),
            Self::BadDate => f.write_str("not a valid date or time"),
            Self::BadId => f.write_str("not a valid id"),
            Self::Other(message) => f.write_str(message),
        }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Number(n) => write!(f, "the number {n}"),
            Self::Text(text) => write!(f, "the text “{text}”"),
            Self::Bool(value) => f.write_str(value),
            Self::Null => f.write_str("null"),
            Self::List => f.write_str("a list"),
            Self::Object => f.write_str("an object"),
            Self::Other(other) => f.write_str(other),
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Text => f.write_str("text"),
            Self::Unsigned(Some(max)) => write!(f, "a whole number from 0 to {max}"),
            Self::Unsigned(None) => f.write_str("a whole number of 0 or more"),
            Self::Signed => f.write_str("a whole number"),
            Self::Number => f.write_str("a number"),
            Self::YesNo => f.write_str("true or false"),
            Self::List => f.write_str("a list"),
            Self::Object => f.write_str("an object"),
            Self::Date => f.write_str("a date (YYYY-MM-DD)"),
            Self::DateTime => f.write_str("a date and time"),
            Self::Other(other) => f.write_str(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    #[allow(dead_code)]
    enum Status {
        Active,
        Paused,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Record {
        name: String,
        score: u8,
        rev: u64,
        tags: Vec<String>,
        status: Status,
        since: chrono::NaiveDate,
        at: chrono::DateTime<chrono::Utc>,
        id: uuid::Uuid,
    }

    const VALID: &str = r#"{"name": "Lotus", "score": 9, "rev": 1, "tags": [], "status": "active",
        "since": "2024-03-01", "at": "2026-11-23T09:00:00Z", "id": "02258fc4-4309-49da-b5be-291be7176a5a"}"#;

    /// The problem serde reports for `VALID` with `field` set to `value`.
    fn problem(field: &str, value: serde_json::Value) -> ShapeProblem {
        let mut record: serde_json::Value = serde_json::from_str(VALID).unwrap();
        record[field] = value;
        let error = serde_json::from_value::<Record>(record).unwrap_err();
        ShapeProblem::of(&super::super::json_problem::without_position(
            &error.to_string(),
        ))
    }

    #[test]
    fn serdes_words_for_each_wrong_value_are_told_apart() {
        use serde_json::json;
        let wrong = |found, expected| ShapeProblem::WrongType { found, expected };
        let cases = [
            (
                "name",
                json!(42),
                wrong(Found::Number("42".into()), Expected::Text),
            ),
            ("name", json!(null), wrong(Found::Null, Expected::Text)),
            (
                "name",
                json!(true),
                wrong(Found::Bool("true".into()), Expected::Text),
            ),
            ("name", json!([1]), wrong(Found::List, Expected::Text)),
            (
                "tags",
                json!("x"),
                wrong(Found::Text("x".into()), Expected::List),
            ),
            (
                "tags",
                json!(r#"say "hi" \ bye"#),
                wrong(Found::Text(r#"say "hi" \ bye"#.into()), Expected::List),
            ),
            (
                "score",
                json!(300),
                wrong(Found::Number("300".into()), Expected::Unsigned(Some(255))),
            ),
            (
                "score",
                json!(-3),
                wrong(Found::Number("-3".into()), Expected::Unsigned(Some(255))),
            ),
            (
                "rev",
                json!(1.5),
                wrong(Found::Number("1.5".into()), Expected::Unsigned(None)),
            ),
            (
                "since",
                json!(3),
                wrong(Found::Number("3".into()), Expected::Date),
            ),
            ("at", json!({}), wrong(Found::Object, Expected::DateTime)),
            ("since", json!("2024-13-01"), ShapeProblem::BadDate),
            ("at", json!("yesterday"), ShapeProblem::BadDate),
            ("id", json!("nobody"), ShapeProblem::BadId),
            (
                "status",
                json!("activ"),
                ShapeProblem::NotAChoice {
                    found: Some("activ".into()),
                    choices: Some("`active`, `paused`".into()),
                },
            ),
        ];
        for (field, value, expected) in cases {
            assert_eq!(problem(field, value.clone()), expected, "{field} = {value}");
        }
    }

    #[test]
    fn a_missing_field_is_named() {
        let mut record: serde_json::Value = serde_json::from_str(VALID).unwrap();
        record.as_object_mut().unwrap().remove("name");
        let error = serde_json::from_value::<Record>(record).unwrap_err();
        assert_eq!(
            ShapeProblem::of(&error.to_string()),
            ShapeProblem::MissingField("name".into())
        );
    }

    #[test]
    fn wording_not_known_here_is_passed_on() {
        assert_eq!(
            ShapeProblem::of("duplicate field `name`"),
            ShapeProblem::Other("duplicate field `name`".into())
        );
    }
}
