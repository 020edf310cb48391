use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::state::tr;

/// A page that is one form: title with Cancel and Save at the top and at the
/// bottom, and one alert when fields need fixing.
#[component]
pub fn FormPage(
    #[prop(into)] title: Signal<String>,
    /// Where Cancel goes.
    cancel_href: String,
    #[prop(into)] has_errors: Signal<bool>,
    on_save: Callback<()>,
    children: Children,
) -> impl IntoView {
    let actions = move |cancel_href: String| {
        view! {
            <a class="btn btn-secondary" href=cancel_href>{tr(Key::Cancel)}</a>
            <button type="submit" class="btn btn-primary">{tr(Key::Save)}</button>
        }
    };
    view! {
        <form
            class="page form-page"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                on_save.run(());
            }
        >
            <header class="page-header">
                <h1>{title}</h1>
                <div class="page-actions">{actions(cancel_href.clone())}</div>
            </header>
            <Show when=move || has_errors.get()>
                <p class="form-error" role="alert">{tr(Key::FixTheFields)}</p>
            </Show>
            {children()}
            <div class="form-footer">{actions(cancel_href)}</div>
        </form>
    }
}
