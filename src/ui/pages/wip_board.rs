//! The WIP as a board by status. Cards move by drag and drop, and by their
//! arrow buttons for people who use a keyboard or cannot drag.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::DragEvent;

use crate::browser::clock;
use crate::domain::search::fold;
use crate::domain::wip::{WipItem, WipStatus};
use crate::domain::wip_text::DueState;
use crate::domain::{Id, Timestamp};
use crate::i18n::{Key, Label, LaterKey};
use crate::route::Route;
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::form::choice_code;
use crate::ui::state::{tr, use_app};

use super::wip::{move_item, owner_name, DueBadge, WipEmpty, WipViewTabs};

/// Done cards stay on the board this long after their last change; older
/// ones are counted, and listed in the table.
const DONE_SHOWN_DAYS: i64 = 14;

/// A card travels in a drag as its id in plain text (the one type every
/// browser hands over on drop); text dragged in from elsewhere is not an id
/// and is ignored.
const DRAG_TYPE: &str = "text/plain";

#[derive(Clone, PartialEq)]
struct Card {
    id: Id,
    rev: u64,
    job: String,
    client: String,
    owner: String,
    status: WipStatus,
    due: Option<chrono::NaiveDate>,
    due_state: Option<DueState>,
    updated: Timestamp,
}

/// A card moved with one of its buttons: which of them to focus again.
#[derive(Clone, Copy, PartialEq, Eq)]
enum MovedBy {
    Drag,
    Previous,
    Next,
}

/// Focuses the moved card's button of the same direction in its new column,
/// or its other button at the board's edge, or its job link.
fn refocus(id: Id, moved_by: MovedBy) {
    let order = match moved_by {
        MovedBy::Drag => return,
        MovedBy::Previous => ["prev", "next", "job"],
        MovedBy::Next => ["next", "prev", "job"],
    };
    request_animation_frame(move || {
        let found = order
            .iter()
            .find_map(|part| document().get_element_by_id(&format!("wip-{part}-{id}")));
        if let Some(element) = found {
            let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

#[component]
pub fn WipBoardPage() -> impl IntoView {
    let app = use_app();
    let today = clock::today();
    let now = clock::now();
    let announcement = RwSignal::new(String::new());
    let drop_target = RwSignal::new(None::<WipStatus>);

    let cards = Memo::new(move |_| {
        app.workspace.with(|ws| {
            let mut cards: Vec<Card> = ws
                .live_records::<WipItem>()
                .map(|w| Card {
                    id: w.meta.id,
                    rev: w.meta.rev,
                    job: w.job.clone(),
                    client: ws
                        .client(w.client)
                        .map(|c| c.name.clone())
                        .unwrap_or_default(),
                    owner: owner_name(ws, w.owner),
                    status: w.status,
                    due: w.due,
                    due_state: DueState::of(w, today),
                    updated: w.meta.updated_at,
                })
                .collect();
            cards.sort_by(|a, b| {
                (a.due.is_none(), a.due)
                    .cmp(&(b.due.is_none(), b.due))
                    .then_with(|| fold(&a.job).cmp(&fold(&b.job)))
            });
            cards
        })
    });

    let on_move = Callback::new(move |(id, to, moved_by): (Id, WipStatus, MovedBy)| {
        let job = cards.with_untracked(|c| c.iter().find(|c| c.id == id).map(|c| c.job.clone()));
        if move_item(app, id, to) {
            announcement.set(app.tf(
                LaterKey::WipMovedTo,
                &[
                    ("job", &job.unwrap_or_default()),
                    ("status", app.t(to.label())),
                ],
            ));
            refocus(id, moved_by);
        }
    });

    view! {
        <div class="page wip-page wip-board-page">
            <header class="page-header">
                <h1>{tr(Key::NavWip)}</h1>
                <div class="page-actions">
                    <a class="btn btn-primary" href=Route::NewWipItem(None).href()>
                        <Icon name=IconName::Plus />
                        {tr(LaterKey::WipNewItem)}
                    </a>
                </div>
            </header>
            <WipViewTabs current=Route::WipBoard />
            <Show when=move || cards.with(|c| !c.is_empty()) fallback=move || view! { <WipEmpty /> }>
                <p class="muted wip-board-hint">{tr(LaterKey::WipBoardHint)}</p>
                <div class="wip-board">
                    {WipStatus::ALL
                        .into_iter()
                        .map(|status| view! { <BoardColumn status cards drop_target on_move now /> })
                        .collect_view()}
                </div>
            </Show>
            // Always on the page, so screen readers hear every move.
            <p class="visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
        </div>
    }
}

#[component]
fn BoardColumn(
    status: WipStatus,
    cards: Memo<Vec<Card>>,
    drop_target: RwSignal<Option<WipStatus>>,
    on_move: Callback<(Id, WipStatus, MovedBy)>,
    now: Timestamp,
) -> impl IntoView {
    let app = use_app();
    let in_column = Memo::new(move |_| {
        cards.with(|all| {
            all.iter()
                .filter(|c| c.status == status)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let recent_enough = move |card: &Card| {
        status != WipStatus::Done || (now - card.updated).num_days() < DONE_SHOWN_DAYS
    };
    let shown = Memo::new(move |_| {
        in_column.with(|c| {
            c.iter()
                .filter(|c| recent_enough(c))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let older = move || in_column.with(Vec::len) - shown.with(Vec::len);
    let heading_id = format!("wip-column-{}", choice_code(status));
    let labelled_by = heading_id.clone();
    let on_dragover = move |ev: DragEvent| {
        // Without this the browser refuses the drop.
        ev.prevent_default();
        if let Some(data) = ev.data_transfer() {
            data.set_drop_effect("move");
        }
        if drop_target.get_untracked() != Some(status) {
            drop_target.set(Some(status));
        }
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        drop_target.set(None);
        let id = ev
            .data_transfer()
            .and_then(|data| data.get_data(DRAG_TYPE).ok())
            .and_then(|text| text.parse::<Id>().ok());
        if let Some(id) = id {
            on_move.run((id, status, MovedBy::Drag));
        }
    };

    view! {
        <section
            class="wip-column"
            class:wip-drop-target=move || drop_target.get() == Some(status)
            aria-labelledby=labelled_by
            on:dragover=on_dragover
            on:drop=on_drop
        >
            <h2 class="wip-column-title" id=heading_id>
                <span>{move || app.t(status.label())}</span>
                " "
                <span class="wip-column-count">{move || in_column.with(Vec::len)}</span>
            </h2>
            <div class="wip-column-body">
                <ul class="wip-cards">
                    <For each=move || shown.get() key=|c| (c.id, c.rev) let:card>
                        <BoardCard card drop_target on_move />
                    </For>
                </ul>
                <Show when=move || in_column.with(Vec::is_empty)>
                    <p class="wip-column-empty">{tr(LaterKey::WipEmptyColumn)}</p>
                </Show>
                <Show when=move || { older() > 0 }>
                    <a class="wip-column-more" href=Route::Wip.href()>
                        {move || app.tf(LaterKey::WipOlderDone, &[("n", &older().to_string())])}
                    </a>
                </Show>
            </div>
        </section>
    }
}

#[component]
fn BoardCard(
    card: Card,
    drop_target: RwSignal<Option<WipStatus>>,
    on_move: Callback<(Id, WipStatus, MovedBy)>,
) -> impl IntoView {
    let app = use_app();
    let Card {
        id,
        job,
        client,
        owner,
        status,
        due,
        due_state,
        ..
    } = card;
    let overdue = matches!(due_state, Some(DueState::Overdue(_)));
    let move_button = move |to: WipStatus, moved_by: MovedBy, job: String| {
        let (part, class) = match moved_by {
            MovedBy::Next => ("next", "icon-btn wip-move wip-move-next"),
            _ => ("prev", "icon-btn wip-move"),
        };
        let label = move || {
            app.tf(
                LaterKey::WipMoveTo,
                &[("job", &job), ("status", app.t(to.label()))],
            )
        };
        view! {
            <button
                type="button"
                class=class
                id=format!("wip-{part}-{id}")
                aria-label=label.clone()
                title=label
                on:click=move |_| on_move.run((id, to, moved_by))
            >
                <Icon name=IconName::ArrowLeft />
            </button>
        }
    };
    let previous = status
        .neighbour(-1)
        .map(|to| move_button(to, MovedBy::Previous, job.clone()));
    let next = status
        .neighbour(1)
        .map(|to| move_button(to, MovedBy::Next, job.clone()));

    view! {
        <li
            class="wip-card"
            class:wip-card-overdue=overdue
            draggable="true"
            on:dragstart=move |ev: DragEvent| {
                if let Some(data) = ev.data_transfer() {
                    let _ = data.set_data(DRAG_TYPE, &id.to_string());
                    data.set_effect_allowed("move");
                }
            }
            on:dragend=move |_| drop_target.set(None)
        >
            <a class="wip-card-job" id=format!("wip-job-{id}") href=Route::WipItem(id).href()>{job}</a>
            <span class="wip-card-client">{client}</span>
            {(!owner.is_empty()).then(|| view! { <span class="wip-card-owner">{owner}</span> })}
            <div class="wip-card-foot">
                <span class="wip-card-due">
                    {due.map(|d| view! { <span class="wip-card-date">{move || app.date(d)}</span> })}
                    <DueBadge due=due_state />
                </span>
                <span class="wip-card-moves">{previous} {next}</span>
            </div>
        </li>
    }
}
