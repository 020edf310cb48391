use leptos::prelude::*;

use crate::domain::search::Direction;
use crate::i18n::{Key, Text};
use crate::ui::state::use_app;

/// A column header that sorts its table by `sort`; pressing it again
/// reverses the order.
#[component]
pub fn SortHeader<T, K>(
    order: RwSignal<(T, Direction)>,
    sort: T,
    label: K,
    #[prop(optional)] numeric: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
    K: Text,
{
    let app = use_app();
    let aria_sort = move || match order.get() {
        (s, Direction::Ascending) if s == sort => "ascending",
        (s, Direction::Descending) if s == sort => "descending",
        _ => "none",
    };
    let arrow = move || match aria_sort() {
        "ascending" => "↑",
        "descending" => "↓",
        _ => "",
    };
    let on_click = move |_| {
        order.update(|(current, direction)| {
            if *current == sort {
                *direction = direction.flipped();
            } else {
                *current = sort;
                *direction = Direction::Ascending;
            }
        })
    };
    view! {
        <th scope="col" aria-sort=aria_sort class:num=numeric>
            <button
                class="sort"
                on:click=on_click
                title=move || app.tf(Key::SortBy, &[("column", app.t(label))])
            >
                {move || app.t(label)}
                <span class="sort-arrow" aria-hidden="true">
                    {arrow}
                </span>
            </button>
        </th>
    }
}
