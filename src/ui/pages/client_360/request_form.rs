//! Editing a logged request: its channel, words, and the times it came in
//! and was answered, in the browser's time zone.

use chrono::{DateTime, Datelike, NaiveDateTime, Timelike};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::domain::interaction::{Channel, Interaction};
use crate::domain::validation::Problem;
use crate::domain::{FieldError, Timestamp};
use crate::i18n::{Key, LaterKey};
use crate::ui::components::field::{dom_id, SelectField, TextField};
use crate::ui::form::{choice_code, choice_options, error_at, parse_choice};
use crate::ui::state::{tr, use_app};

use super::save;

/// Edits a logged request: its channel, words and times.
#[component]
pub fn RequestForm(request: Interaction, editing: RwSignal<Option<Interaction>>) -> impl IntoView {
    let app = use_app();
    let received = RwSignal::new(local_input(request.received_at));
    let replied = RwSignal::new(request.responded_at.map(local_input).unwrap_or_default());
    let draft = RwSignal::new(request);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let error = move |path: &'static str| error_at(app, errors, move || path.into());
    let save_form = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut request = draft.get_untracked();
        request.summary = request.summary.trim().to_string();
        let mut found = Vec::new();
        match parse_local_input(&received.get_untracked()) {
            Ok(at) => request.received_at = at,
            Err(problem) => found.push(FieldError::new("received_at", problem)),
        }
        let replied_text = replied.get_untracked();
        request.responded_at = None;
        if !replied_text.trim().is_empty() {
            match parse_local_input(&replied_text) {
                Ok(at) => request.responded_at = Some(at),
                Err(problem) => found.push(FieldError::new("responded_at", problem)),
            }
        }
        if !found.is_empty() {
            errors.set(found);
        } else if save(app, request, errors) {
            editing.set(None);
        }
    };
    view! {
        <form class="c360-form inline-form" on:submit=save_form novalidate>
            <h3>{tr(LaterKey::EditRequest)}</h3>
            <div class="form-grid">
                <SelectField
                    label=tr(LaterKey::RequestChannel)
                    options=choice_options(app, &Channel::ALL)
                    value=Signal::derive(move || choice_code(draft.with(|r| r.channel)))
                    on_change=Callback::new(move |v: String| {
                        if let Some(c) = parse_choice(&Channel::ALL, &v) {
                            draft.update(|r| r.channel = c);
                        }
                    })
                />
                <TextField
                    label=tr(LaterKey::RequestSummary)
                    value=Signal::derive(move || draft.with(|r| r.summary.clone()))
                    on_input=Callback::new(move |v| draft.update(|r| r.summary = v))
                    error=error("summary")
                    autofocus=true
                />
                <DateTimeField
                    label=tr(LaterKey::RequestReceivedAt)
                    value=received
                    on_input=Callback::new(move |v| received.set(v))
                    error=error("received_at")
                />
                <DateTimeField
                    label=tr(LaterKey::RequestRepliedAt)
                    value=replied
                    on_input=Callback::new(move |v| replied.set(v))
                    hint=Signal::derive(move || Some(app.t(LaterKey::RequestRepliedAtHint).to_string()))
                    error=error("responded_at")
                />
            </div>
            <div class="form-footer">
                <button type="button" class="btn btn-secondary" on:click=move |_| editing.set(None)>
                    {tr(Key::Cancel)}
                </button>
                <button type="submit" class="btn btn-primary">{tr(Key::Save)}</button>
            </div>
        </form>
    }
}

/// A local date and time, with its label, hint and error (the shared fields
/// have no date-time kind).
#[component]
fn DateTimeField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(into, optional)] hint: MaybeProp<String>,
    #[prop(into, optional)] error: MaybeProp<String>,
) -> impl IntoView {
    let id = dom_id("datetime");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.get().is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="datetime-local"
                aria-describedby=described_by
                aria-invalid=move || error.get().is_some().to_string()
                prop:value=value
                on:input:target=move |ev| on_input.run(ev.target().value())
            />
            {move || hint.get().map(|h| view! { <p class="field-hint" id=hint_id.clone()>{h}</p> })}
            {move || error.get().map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
        </div>
    }
}

/// A moment in the browser's time zone, as JavaScript sees it.
pub fn local(at: Timestamp) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64))
}

/// `2026-11-23T09:05`, the value of a `datetime-local` input.
fn local_input(at: Timestamp) -> String {
    let d = local(at);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Reads a `datetime-local` value (with or without seconds) as local time.
/// A time the clocks skip here (the hour lost when daylight saving starts)
/// is refused and named: the browser would move it an hour on, and a reply
/// typed after it would read as before it.
fn parse_local_input(text: &str) -> Result<Timestamp, Problem> {
    let text = text.trim();
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| Problem::Required)?;
    let year = u32::try_from(naive.year()).map_err(|_| Problem::DateOutOfRange)?;
    let d = js_sys::Date::new_with_year_month_day_hr_min(
        year,
        naive.month0() as i32,
        naive.day() as i32,
        naive.hour() as i32,
        naive.minute() as i32,
    );
    let millis = d.get_time();
    if millis.is_nan() {
        return Err(Problem::Required);
    }
    if d.get_date() != naive.day()
        || d.get_hours() != naive.hour()
        || d.get_minutes() != naive.minute()
    {
        return Err(Problem::SkippedLocalTime);
    }
    DateTime::from_timestamp_millis(millis as i64).ok_or(Problem::DateOutOfRange)
}
