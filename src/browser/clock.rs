//! Time enters the app here and nowhere else.

use chrono::{DateTime, NaiveDate};

use crate::domain::Timestamp;

pub fn now() -> Timestamp {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// The calendar date of a moment in the user's time zone.
pub fn local_date(at: Timestamp) -> NaiveDate {
    let js = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    NaiveDate::from_ymd_opt(js.get_full_year() as i32, js.get_month() + 1, js.get_date())
        .unwrap_or_else(|| at.date_naive())
}

pub fn today() -> NaiveDate {
    local_date(now())
}

/// The hour and minute of a moment in the user's time zone, as "22:05".
pub fn local_hour_minute(at: Timestamp) -> String {
    let js = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    format!("{:02}:{:02}", js.get_hours(), js.get_minutes())
}
