//! Reading stored timestamps and dates quickly.
//!
//! chrono reads text through its general format parser, which was a third
//! of the time of restoring an agency's workspace (callgrind). The forms
//! chrono writes — `2026-11-23T09:00:00Z` (with none or up to nine digits of
//! a second) and `2026-11-23` — are read here directly; any other text goes
//! to chrono, so exactly what chrono accepts is accepted, with its errors.
//!
//! Used through `#[serde(deserialize_with = "…")]` on the stored fields;
//! writing is chrono's.

use std::fmt;
use std::marker::PhantomData;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

use super::Timestamp;

/// A value with a quick reader for the form chrono writes.
pub trait TimeText: Sized {
    /// chrono's description, so a wrong value is reported as before.
    const EXPECTING: &'static str;
    fn parse(text: &str) -> Result<Self, chrono::ParseError>;
}

impl TimeText for Timestamp {
    const EXPECTING: &'static str = "an RFC 3339 formatted date and time string";
    fn parse(text: &str) -> Result<Self, chrono::ParseError> {
        parse_utc_form(text).map_or_else(|| text.parse::<DateTime<Utc>>(), Ok)
    }
}

impl TimeText for NaiveDate {
    const EXPECTING: &'static str = "a formatted date string";
    fn parse(text: &str) -> Result<Self, chrono::ParseError> {
        parse_date_form(text).map_or_else(|| text.parse::<NaiveDate>(), Ok)
    }
}

/// A timestamp or date field.
pub fn deserialize<'de, D: Deserializer<'de>, T: TimeText>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_str(TimeVisitor(PhantomData))
}

/// An optional timestamp or date field (`null` or absent is `None`).
pub fn deserialize_option<'de, D: Deserializer<'de>, T: TimeText>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    struct Field<T>(T);
    impl<'de, T: TimeText> Deserialize<'de> for Field<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize(deserializer).map(Field)
        }
    }
    Ok(Option::<Field<T>>::deserialize(deserializer)?.map(|field| field.0))
}

struct TimeVisitor<T>(PhantomData<T>);

impl<T: TimeText> Visitor<'_> for TimeVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str(T::EXPECTING)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        T::parse(value).map_err(E::custom)
    }
}

/// `YYYY-MM-DD` with a valid date, or `None`.
fn parse_date_form(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 {
        return None;
    }
    date_at_start(b)
}

/// The `YYYY-MM-DD` that `b` starts with (at least 10 bytes), if valid.
fn date_at_start(b: &[u8]) -> Option<NaiveDate> {
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(two(b, 0)? * 100 + two(b, 2)?).ok()?;
    NaiveDate::from_ymd_opt(year, two(b, 5)?, two(b, 8)?)
}

/// `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z` with a valid date and time, or `None`.
fn parse_utc_form(text: &str) -> Option<Timestamp> {
    let b = text.as_bytes();
    if b.len() < 20 || b[b.len() - 1] != b'Z' || b[10] != b'T' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let date = date_at_start(b)?;
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
    let time = NaiveTime::from_hms_nano_opt(two(b, 11)?, two(b, 14)?, two(b, 17)?, nanos)?;
    Some(date.and_time(time).and_utc())
}

/// The number written by the two digits at `at`.
fn two(b: &[u8], at: usize) -> Option<u32> {
    Some(digit(b[at])? * 10 + digit(b[at + 1])?)
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

    fn dates_read_as_chrono_reads_them(text: &str) {
        #[derive(Deserialize)]
        struct Holder {
            #[serde(deserialize_with = "deserialize")]
            on: NaiveDate,
        }
        let ours = serde_json::from_value::<Holder>(serde_json::json!({ "on": text }))
            .map(|holder| holder.on)
            .map_err(|e| e.to_string());
        let chrono = serde_json::from_value::<NaiveDate>(serde_json::Value::String(text.into()))
            .map_err(|e| e.to_string());
        assert_eq!(ours, chrono, "{text:?}");
    }

    #[test]
    fn dates_in_every_form_chrono_writes_and_anything_else_as_chrono_does() {
        let mut day = NaiveDate::from_ymd_opt(2023, 12, 25).unwrap();
        for _ in 0..900 {
            let text = serde_json::to_value(day).unwrap();
            let text = text.as_str().unwrap();
            assert_eq!(
                parse_date_form(text),
                Some(day),
                "{text} takes the quick way"
            );
            dates_read_as_chrono_reads_them(text);
            day = day.succ_opt().unwrap();
        }
        for text in [
            "0999-01-31",
            "+10000-01-01",
            "-0001-12-31",
            "2024-02-29",
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-5",
            "2026/11/23",
            "2026-11-23T09:00:00Z",
            "2026-11-2x",
            " 2026-11-23",
            "",
        ] {
            dates_read_as_chrono_reads_them(text);
        }
        let ours = serde_json::from_str::<Vec<Holder>>(r#"[{"on": 5}]"#)
            .unwrap_err()
            .to_string();
        let chrono = serde_json::from_str::<NaiveDate>("5")
            .unwrap_err()
            .to_string();
        assert_eq!(
            ours.split(" at line").next(),
            chrono.split(" at line").next()
        );

        #[derive(Debug, Deserialize)]
        struct Holder {
            #[allow(dead_code)]
            #[serde(deserialize_with = "deserialize")]
            on: NaiveDate,
        }
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
