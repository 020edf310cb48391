use leptos::prelude::*;

use super::icon::{Icon, IconName};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
    Error,
}

impl Tone {
    fn class(self) -> &'static str {
        match self {
            Tone::Info => "banner banner-info",
            Tone::Warning => "banner banner-warning",
            Tone::Error => "banner banner-error",
        }
    }
}

/// A message across the top of the page. Errors are announced at once
/// (`role="alert"`); the rest politely.
#[component]
pub fn Banner(
    tone: Tone,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] body: Signal<String>,
    /// Buttons for what the reader can do about it.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let role = if tone == Tone::Error {
        "alert"
    } else {
        "status"
    };
    view! {
        <div class=tone.class() role=role>
            <Icon name=IconName::Alert />
            <div class="banner-text">
                <strong>{title}</strong>
                <p>{body}</p>
                {children.map(|c| view! { <div class="banner-actions">{c()}</div> })}
            </div>
        </div>
    }
}

/// The notice on a record's page while the record is in the trash.
#[component]
pub fn InTrashBanner(message: crate::i18n::LaterKey, on_restore: Callback<()>) -> impl IntoView {
    view! {
        <Banner tone=Tone::Warning title=crate::ui::state::tr(message) body="">
            <button class="btn btn-primary" on:click=move |_| on_restore.run(())>
                {crate::ui::state::tr(crate::i18n::Key::Restore)}
            </button>
        </Banner>
    }
}
