use leptos::prelude::*;

/// A text cell of an editable table. What is typed is kept as a draft until
/// the cell is left or Enter is pressed, so a save elsewhere in the row can
/// never overwrite text that is still being typed.
#[component]
pub fn TextCell(
    #[prop(into)] value: Signal<String>,
    on_commit: Callback<String>,
    /// The accessible name: table cells have no visible label of their own.
    #[prop(into)]
    label: Signal<String>,
    /// Runs after Enter commits the text.
    #[prop(optional)]
    on_enter: Option<Callback<()>>,
    #[prop(into, optional)] id: Option<String>,
) -> impl IntoView {
    let draft = RwSignal::new(None::<String>);
    let commit = move || {
        if let Some(text) = draft.get_untracked() {
            draft.set(None);
            if text != value.get_untracked() {
                on_commit.run(text);
            }
        }
    };
    view! {
        <input
            type="text"
            id=id
            aria-label=label
            title=move || value.get()
            prop:value=move || draft.get().unwrap_or_else(|| value.get())
            on:input:target=move |ev| draft.set(Some(ev.target().value()))
            on:change=move |_| commit()
            on:keydown=move |ev| {
                if ev.key() == "Enter" {
                    ev.prevent_default();
                    commit();
                    if let Some(on_enter) = on_enter {
                        on_enter.run(());
                    }
                }
            }
        />
    }
}
