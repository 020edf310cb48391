use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::state::{tr, use_app};

use super::icon::{Icon, IconName};

/// The latest toast, bottom centre, with its Undo when it has one.
#[component]
pub fn ToastHost() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="toast-host" role="status" aria-live="polite">
            {move || {
                app.toast
                    .get()
                    .map(|toast| {
                        view! {
                            <div class="toast">
                                <span>{toast.message}</span>
                                {toast
                                    .undo
                                    .map(|undo| {
                                        view! {
                                            <button
                                                class="btn btn-ghost-inverse"
                                                on:click=move |_| {
                                                    app.toast.set(None);
                                                    undo();
                                                }
                                            >
                                                {tr(Key::Undo)}
                                            </button>
                                        }
                                    })}
                                <button
                                    class="icon-btn icon-btn-inverse"
                                    aria-label=tr(Key::Dismiss)
                                    on:click=move |_| app.toast.set(None)
                                >
                                    <Icon name=IconName::Close />
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
