//! Reading stored timestamps quickly.
//!
//! chrono reads RFC 3339 through its general format parser, which was a
//! third of the time of restoring an agency's workspace (callgrind). The
//! form chrono writes — `2026-11-23T09:00:00Z`, with none or up to nine
//! digits of a second — is read here directly; any other text goes to
//! chrono, so exactly what chrono accepts is accepted, with its errors.
//!
//! Used through `#[serde(deserialize_with = "…")]` on the timestamps every
//! record carries; writing is chrono's.

use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

use super::Timestamp;

/// A timestamp field.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
    deserializer.deserialize_str(TimestampVisitor)
}

/// An optional timestamp field (`null` or absent is `None`).
pub fn deserialize_option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Timestamp>, D::Error> {
    struct Field(Timestamp);
    impl<'de> Deserialize<'de> for Field {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize(deserializer).map(Field)
        }
    }
    Ok(Option::<Field>::deserialize(deserializer)?.map(|field| field.0))
}

/// Parses RFC 3339 text as serde would (chrono's rules and errors).
pub fn parse(text: &str) -> Result<Timestamp, chrono::ParseError> {
    match parse_utc_form(text) {
        Some(timestamp) => Ok(timestamp),
        None => text.parse::<DateTime<Utc>>(),
    }
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        // chrono's words, so a wrong value is reported as before.
        formatter.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Timestamp, E> {
        parse(value).map_err(E::custom)
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z` with a valid date and time, or `None`.
fn parse_utc_form(text: &str) -> Option<Timestamp> {
    let b = text.as_bytes();
    if b.len() < 20
        || b[b.len() - 1] != b'Z'
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let two = |at: usize| Some(digit(b[at])? * 10 + digit(b[at + 1])?);
    let year = i32::try_from(two(0)? * 100 + two(2)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, two(5)?, two(8)?)?;
    let nanos = match &b[19..b.len() - 1] {
        [] => 0,
        [b'.', fraction @ ..] if (1..=9).contains(&fraction.len()) => {
            let value = fraction
                .iter()
                .try_fold(0_u32, |value, &byte| Some(value * 10 + digit(byte)?))?;
            value * 10_u32.pow(9 - fraction.len() as u32)
        }
        _ => return None,
    };
    // A leap second (":60") is not here: chrono reads it.
    let time = NaiveTime::from_hms_nano_opt(two(11)?, two(14)?, two(17)?, nanos)?;
    Some(date.and_time(time).and_utc())
}

fn digit(byte: u8) -> Option<u32> {
    byte.is_ascii_digit().then(|| u32::from(byte - b'0'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{SecondsFormat, TimeZone};

    /// What chrono's own reader makes of the text.
    fn chrono_reads(text: &str) -> Result<Timestamp, String> {
        serde_json::from_value::<Timestamp>(serde_json::Value::String(text.into()))
            .map_err(|e| e.to_string())
    }

    fn we_read(text: &str) -> Result<Timestamp, String> {
        #[derive(Deserialize)]
        struct Holder {
            #[serde(deserialize_with = "deserialize")]
            at: Timestamp,
        }
        serde_json::from_value::<Holder>(serde_json::json!({ "at": text }))
            .map(|holder| holder.at)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn reads_every_form_chrono_writes() {
        let base = Utc.with_ymd_and_hms(2026, 11, 23, 9, 5, 7).unwrap();
        for nanos in [0, 100_000_000, 123_000_000, 123_456_000, 123_456_789, 1] {
            let at = base + chrono::Duration::nanoseconds(nanos);
            for format in [
                SecondsFormat::Secs,
                SecondsFormat::Millis,
                SecondsFormat::Micros,
                SecondsFormat::Nanos,
                SecondsFormat::AutoSi,
            ] {
                let text = at.to_rfc3339_opts(format, true);
                assert!(
                    parse_utc_form(&text).is_some(),
                    "{text} takes the quick way"
                );
                assert_eq!(we_read(&text), chrono_reads(&text), "{text}");
            }
            // And what serde writes, read back.
            let written = serde_json::to_value(at).unwrap();
            assert_eq!(
                serde_json::from_value::<Timestamp>(written.clone()).unwrap(),
                at
            );
            assert_eq!(we_read(written.as_str().unwrap()).unwrap(), at);
        }
    }

    #[test]
    fn anything_else_is_read_by_chrono_with_its_errors() {
        for text in [
            "2026-11-23T16:05:07+07:00",
            "2026-11-23t09:05:07z",
            "2026-11-23 09:05:07Z",
            "2016-12-31T23:59:60Z",
            "2026-11-23T09:05:07.1234567891Z",
            "+12026-11-23T09:05:07Z",
            "2026-02-30T09:05:07Z",
            "2026-11-23T24:00:00Z",
            "2026-11-23T09:05:07.Z",
            "2026-11-23T09:05:07",
            "2026-1-23T09:05:07Z",
            "２026-11-23T09:05:07Z",
            "",
            "not a date",
        ] {
            assert_eq!(we_read(text), chrono_reads(text), "{text:?}");
        }
    }

    #[test]
    fn a_value_that_is_not_text_is_reported_as_chrono_reports_it() {
        #[derive(Debug, Deserialize)]
        struct Holder {
            #[allow(dead_code)]
            #[serde(deserialize_with = "deserialize")]
            at: Timestamp,
        }
        let ours = serde_json::from_str::<Holder>(r#"{"at": 5}"#)
            .unwrap_err()
            .to_string();
        let chrono = serde_json::from_str::<Timestamp>("5")
            .unwrap_err()
            .to_string();
        assert_eq!(
            ours.split(" at line").next(),
            chrono.split(" at line").next()
        );
    }

    #[test]
    fn optional_timestamps_read_null_absent_and_a_value() {
        #[derive(Deserialize)]
        struct Holder {
            #[serde(default, deserialize_with = "deserialize_option")]
            at: Option<Timestamp>,
        }
        let read = |json: &str| serde_json::from_str::<Holder>(json).map(|h| h.at);
        assert_eq!(read("{}").unwrap(), None);
        assert_eq!(read(r#"{"at": null}"#).unwrap(), None);
        assert_eq!(
            read(r#"{"at": "2026-11-23T09:05:07Z"}"#).unwrap(),
            Some(Utc.with_ymd_and_hms(2026, 11, 23, 9, 5, 7).unwrap())
        );
        assert!(read(r#"{"at": "yesterday"}"#).is_err());
    }
}
