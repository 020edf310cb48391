//! The review's sources, each labelled fact, inference or assumption.

use leptos::prelude::*;

use crate::domain::review::{move_item, Source, SourceKind};
use crate::domain::Id;
use crate::i18n::LaterKey;
use crate::ui::components::field::{InputKind, SelectField, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::focus::focus_id_later;
use crate::ui::form::{choice_code, choice_options, parse_choice};

use crate::ui::state::tr;

use super::competitors::ListControls;
use super::{edit_review, ReviewCtx};

#[component]
pub fn SourcesSection(ctx: ReviewCtx) -> impl IntoView {
    let app = ctx.app;
    let ids = Memo::new(move |_| {
        ctx.review.with(|r| {
            r.as_ref()
                .map(|r| r.sources.iter().map(|s| s.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let add = move |_| {
        let source = Source {
            id: Id::new_v4(),
            title: String::new(),
            url: String::new(),
            accessed_on: None,
            kind: SourceKind::Fact,
        };
        let new_id = source.id;
        edit_review(app, ctx.id, |r| r.sources.push(source));
        focus_id_later(&format!("source-{new_id}-title"));
    };
    view! {
        <section class="card form-section" aria-labelledby="review-sources">
            <h2 id="review-sources">{tr(LaterKey::Sources)}</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="muted">{tr(LaterKey::NoSources)}</p>
            </Show>
            <For each=move || ids.get() key=|id| *id let:source>
                <SourceRow ctx source />
            </For>
            <button type="button" class="btn btn-secondary" on:click=add>
                <Icon name=IconName::Plus />
                {tr(LaterKey::AddSource)}
            </button>
        </section>
    }
}

#[component]
fn SourceRow(ctx: ReviewCtx, source: Id) -> impl IntoView {
    let app = ctx.app;
    let data = Memo::new(move |_| {
        ctx.review.with(|r| {
            r.as_ref()
                .and_then(|r| r.sources.iter().find(|s| s.id == source).cloned())
        })
    });
    let edit = move |change: Box<dyn FnOnce(&mut Source)>| {
        edit_review(app, ctx.id, |r| {
            if let Some(s) = r.sources.iter_mut().find(|s| s.id == source) {
                change(s);
            }
        });
    };
    let title = Signal::derive(move || {
        data.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default())
    });
    view! {
        <div class="source-row" role="group" aria-label=move || app.tf(LaterKey::SourceNamed, &[("name", &title.get())])>
            <TextField
                id=format!("source-{source}-title")
                label=tr(LaterKey::SourceTitle)
                value=title
                on_input=Callback::new(move |v: String| edit(Box::new(move |s| s.title = v)))
            />
            <TextField
                label=tr(LaterKey::Url)
                kind=InputKind::Url
                placeholder="https://"
                value=Signal::derive(move || data.with(|s| s.as_ref().map(|s| s.url.clone()).unwrap_or_default()))
                on_input=Callback::new(move |v: String| edit(Box::new(move |s| s.url = v)))
            />
            <TextField
                label=tr(LaterKey::AccessedOn)
                kind=InputKind::Date
                value=Signal::derive(move || data.with(|s| s.as_ref().and_then(|s| s.accessed_on).map(|d| d.to_string()).unwrap_or_default()))
                on_input=Callback::new(move |v: String| {
                    let day = v.parse().ok();
                    edit(Box::new(move |s| s.accessed_on = day));
                })
            />
            <SelectField
                label=tr(LaterKey::SourceKind)
                options=choice_options(app, &SourceKind::ALL)
                value=Signal::derive(move || data.with(|s| s.as_ref().map(|s| choice_code(s.kind)).unwrap_or_default()))
                on_change=Callback::new(move |v: String| {
                    if let Some(kind) = parse_choice(&SourceKind::ALL, &v) {
                        edit(Box::new(move |s| s.kind = kind));
                    }
                })
            />
            <ListControls
                key=source
                name=title
                on_move=Callback::new(move |up| {
                    edit_review(app, ctx.id, |r| {
                        if let Some(i) = r.sources.iter().position(|s| s.id == source) {
                            move_item(&mut r.sources, i, up);
                        }
                    });
                })
                on_remove=Callback::new(move |_| {
                    // A removed source is no longer cited by anyone.
                    edit_review(app, ctx.id, |r| {
                        r.sources.retain(|s| s.id != source);
                        for c in &mut r.competitors {
                            c.sources.retain(|s| *s != source);
                        }
                    });
                })
            />
        </div>
    }
}
