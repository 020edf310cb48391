//! Labelled form controls with their hint and error beside them.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::domain::validation::{self, FIRST_YEAR, LAST_YEAR};
use crate::domain::Id;
use crate::i18n::Key;
use crate::ui::state::tr;

/// A fresh DOM id, to tie a `<label>` and a message to their control.
pub fn dom_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputKind {
    #[default]
    Text,
    Email,
    Tel,
    Url,
    Date,
    Multiline,
}

impl InputKind {
    fn html_type(self) -> &'static str {
        match self {
            InputKind::Text | InputKind::Multiline => "text",
            InputKind::Email => "email",
            InputKind::Tel => "tel",
            InputKind::Url => "url",
            InputKind::Date => "date",
        }
    }
}

/// The label, hint and error around a control; `control` gets the id and the
/// `aria-describedby` to use.
fn field_frame(
    id: Option<String>,
    label: Signal<String>,
    hint: MaybeProp<String>,
    error: MaybeProp<String>,
    required: bool,
    control: impl FnOnce(String, Signal<String>) -> AnyView,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| dom_id("field"));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        Signal::derive(move || {
            let mut ids = Vec::new();
            if hint.get().is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        })
    };
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id.clone()>
                {label}
                {required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            {control(id, described_by)}
            {move || hint.get().map(|h| view! { <p class="field-hint" id=hint_id.clone()>{h}</p> })}
            {move || error.get().map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
        </div>
    }
}

/// A one-line or multi-line text input.
#[component]
pub fn TextField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(optional)] kind: InputKind,
    #[prop(into, optional)] hint: MaybeProp<String>,
    #[prop(into, optional)] error: MaybeProp<String>,
    #[prop(optional)] required: bool,
    #[prop(optional)] autofocus: bool,
    #[prop(into, optional)] placeholder: MaybeProp<String>,
    /// A fixed DOM id, for code that must focus this field.
    #[prop(into, optional)]
    id: Option<String>,
) -> impl IntoView {
    // A date outside the range every record keeps to is said beside the
    // field as it is typed, in every form (the save refuses it as well).
    // What was typed counts, not the value: a page that saves each change
    // at once keeps its stored value when the save refuses one.
    let typed = RwSignal::new(None::<String>);
    let error: MaybeProp<String> = if kind == InputKind::Date {
        let out_of_range = tr(Key::ProblemDateOutOfRange);
        Signal::derive(move || {
            error.get().or_else(|| {
                let text = typed.get().unwrap_or_else(|| value.get());
                let date = text.parse::<chrono::NaiveDate>().ok();
                date.filter(|d| !validation::in_business_range(*d))
                    .map(|_| out_of_range().to_string())
            })
        })
        .into()
    } else {
        error
    };
    let on_input = Callback::new(move |text: String| {
        if kind == InputKind::Date {
            typed.set(Some(text.clone()));
        }
        on_input.run(text);
    });
    let control = move |id: String, described_by: Signal<String>| {
        let invalid = move || error.get().is_some().to_string();
        if kind == InputKind::Multiline {
            view! {
                <textarea
                    id=id
                    rows="4"
                    aria-describedby=described_by
                    aria-invalid=invalid
                    prop:value=value
                    on:input:target=move |ev| on_input.run(ev.target().value())
                ></textarea>
            }
            .into_any()
        } else {
            view! {
                <input
                    id=id
                    type=kind.html_type()
                    min=(kind == InputKind::Date).then(|| format!("{FIRST_YEAR}-01-01"))
                    max=(kind == InputKind::Date).then(|| format!("{LAST_YEAR}-12-31"))
                    required=required
                    autofocus=autofocus
                    placeholder=move || placeholder.get()
                    aria-describedby=described_by
                    aria-invalid=invalid
                    prop:value=value
                    on:input:target=move |ev| on_input.run(ev.target().value())
                />
            }
            .into_any()
        }
    };
    field_frame(id, label, hint, error, required, control)
}

/// A drop-down of `(value, label)` options.
#[component]
pub fn SelectField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(into, optional)] hint: MaybeProp<String>,
    #[prop(into, optional)] error: MaybeProp<String>,
) -> impl IntoView {
    let control = move |id: String, described_by: Signal<String>| {
        view! {
            <select
                id=id
                aria-describedby=described_by
                prop:value=value
                on:change:target=move |ev| on_change.run(ev.target().value())
            >
                {move || {
                    let current = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, l)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{l}</option> }
                        })
                        .collect_view()
                }}
            </select>
        }
        .into_any()
    };
    field_frame(None, label, hint, error, false, control)
}

/// A list's filter by client: "All clients" or one of `options` (see
/// `form::client_filter_options`), kept in `selected`.
#[component]
pub fn ClientFilterField(
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    selected: RwSignal<Option<Id>>,
) -> impl IntoView {
    view! {
        <SelectField
            label=tr(Key::Client)
            options
            value=Signal::derive(move || selected.get().map(|c| c.to_string()).unwrap_or_default())
            on_change=Callback::new(move |v: String| selected.set(v.parse().ok()))
        />
    }
}
