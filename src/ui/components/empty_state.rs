use leptos::prelude::*;

/// What a screen is for, shown while it has nothing in it, with the first
/// action to take.
#[component]
pub fn EmptyState(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] body: Signal<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="empty-state">
            <h2>{title}</h2>
            <p>{body}</p>
            <div class="empty-actions">{children()}</div>
        </section>
    }
}
