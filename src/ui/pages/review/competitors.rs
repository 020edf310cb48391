//! The competitors of a review: their profile, SWOT and observed campaigns.
//! Every list can be added to, reordered and trimmed; items are keyed by id
//! so that focus and typed text stay where they are.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::client::split_list;
use crate::domain::decimal::{format_scaled, parse_scaled};
use crate::domain::review::{
    move_item, Competitor, Confidence, ObservedCampaign, SwotItem, SwotQuadrant,
};
use crate::domain::Id;
use crate::i18n::{Key, Label, LaterKey};
use crate::ui::components::field::{dom_id, InputKind, SelectField, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::icon_button::IconButton;
use crate::ui::components::money_input::MoneyInput;
use crate::ui::focus::focus_id_later;
use crate::ui::form::{choice_code, choice_options, parse_choice};
use crate::ui::state::{tr, use_app, UndoAction};

use super::{edit_competitor, edit_review, ReviewCtx};

/// Up, down and remove buttons for an item of a reorderable list. Moving
/// keeps the focus on the button that was pressed.
#[component]
pub(super) fn ListControls(
    /// Distinguishes this item's buttons in the page, for focus.
    key: Id,
    #[prop(into)] name: Signal<String>,
    on_move: Callback<bool>,
    on_remove: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let up_id = format!("up-{key}");
    let down_id = format!("down-{key}");
    let (up_focus, down_focus) = (up_id.clone(), down_id.clone());
    view! {
        <div class="list-controls">
            <button
                type="button"
                class="icon-btn"
                id=up_id
                aria-label=move || app.tf(LaterKey::MoveUp, &[("name", &name.get())])
                title=move || app.tf(LaterKey::MoveUp, &[("name", &name.get())])
                on:click=move |_| {
                    on_move.run(true);
                    focus_id_later(&up_focus);
                }
            >
                <span aria-hidden="true">"↑"</span>
            </button>
            <button
                type="button"
                class="icon-btn"
                id=down_id
                aria-label=move || app.tf(LaterKey::MoveDown, &[("name", &name.get())])
                title=move || app.tf(LaterKey::MoveDown, &[("name", &name.get())])
                on:click=move |_| {
                    on_move.run(false);
                    focus_id_later(&down_focus);
                }
            >
                <span aria-hidden="true">"↓"</span>
            </button>
            <IconButton icon=IconName::Trash label=Signal::derive(move || app.tf(LaterKey::RemoveItem, &[("name", &name.get())])) on_click=on_remove />
        </div>
    }
}

/// A text field whose value is parsed when it is left (a list, a number):
/// the typed text is kept as a draft until then.
#[component]
fn DraftField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    on_commit: Callback<String>,
    #[prop(into, optional)] hint: MaybeProp<String>,
) -> impl IntoView {
    let id = dom_id("draft");
    let hint_id = format!("{id}-hint");
    let draft = RwSignal::new(None::<String>);
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="text"
                aria-describedby=hint_id.clone()
                prop:value=move || draft.get().unwrap_or_else(|| value.get())
                on:input:target=move |ev| draft.set(Some(ev.target().value()))
                on:change=move |_| {
                    if let Some(text) = draft.get_untracked() {
                        draft.set(None);
                        on_commit.run(text);
                    }
                }
            />
            <p class="field-hint" id=hint_id>{move || hint.get()}</p>
        </div>
    }
}

#[component]
pub fn CompetitorsSection(ctx: ReviewCtx) -> impl IntoView {
    let app = ctx.app;
    let ids = Memo::new(move |_| {
        ctx.review.with(|r| {
            r.as_ref()
                .map(|r| r.competitors.iter().map(|c| c.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let add = move |_| {
        let competitor = Competitor::new("");
        let new_id = competitor.id;
        edit_review(app, ctx.id, |r| r.competitors.push(competitor));
        focus_id_later(&format!("competitor-{new_id}-name"));
    };
    view! {
        <section class="card form-section" aria-labelledby="review-competitors">
            <h2 id="review-competitors">{tr(LaterKey::Competitors)}</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="muted">{tr(LaterKey::NoCompetitors)}</p>
            </Show>
            <For each=move || ids.get() key=|id| *id let:competitor>
                <CompetitorEditor ctx competitor />
            </For>
            <button type="button" class="btn btn-secondary" on:click=add>
                <Icon name=IconName::Plus />
                {tr(LaterKey::AddCompetitor)}
            </button>
        </section>
    }
}

#[component]
fn CompetitorEditor(ctx: ReviewCtx, competitor: Id) -> impl IntoView {
    let app = ctx.app;
    let data = Memo::new(move |_| {
        ctx.review.with(|r| {
            r.as_ref()
                .and_then(|r| r.competitors.iter().find(|c| c.id == competitor).cloned())
        })
    });
    let number = Memo::new(move |_| {
        ctx.review.with(|r| {
            r.as_ref()
                .and_then(|r| r.competitors.iter().position(|c| c.id == competitor))
                .map_or(0, |i| i + 1)
        })
    });
    let name = Signal::derive(move || {
        data.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default())
    });
    let heading = move || {
        let n = name.get();
        let number = number.get().to_string();
        if n.trim().is_empty() {
            app.tf(LaterKey::CompetitorNumber, &[("n", &number)])
        } else {
            n
        }
    };
    let text = move |get: fn(&Competitor) -> String, set: fn(&mut Competitor, String)| {
        ctx.competitor_text(competitor, get, set)
    };
    let (name_value, set_name) = text(|c| c.name.clone(), |c, v| c.name = v);
    let (positioning, set_positioning) = text(|c| c.positioning.clone(), |c, v| c.positioning = v);
    let (key_message, set_key_message) = text(|c| c.key_message.clone(), |c, v| c.key_message = v);
    let (tone, set_tone) = text(|c| c.tone.clone(), |c, v| c.tone = v);
    let (audience, set_audience) = text(|c| c.audience.clone(), |c, v| c.audience = v);
    let currency = Signal::derive(move || {
        ctx.review
            .with(|r| r.as_ref().map(|r| r.currency).unwrap_or_default())
    });
    let spend_id = format!("competitor-{competitor}-spend");

    let on_move = Callback::new(move |up: bool| {
        edit_review(app, ctx.id, |r| {
            if let Some(i) = r.competitors.iter().position(|c| c.id == competitor) {
                move_item(&mut r.competitors, i, up);
            }
        });
    });
    let on_remove = Callback::new(move |_| {
        let mut removed = None;
        edit_review(app, ctx.id, |r| {
            if let Some(i) = r.competitors.iter().position(|c| c.id == competitor) {
                removed = Some((i, r.competitors.remove(i)));
            }
        });
        if let Some((index, removed)) = removed {
            let name = removed.name.clone();
            let undo: UndoAction = Arc::new(move || {
                let removed = removed.clone();
                edit_review(app, ctx.id, move |r| {
                    if r.competitors.iter().all(|c| c.id != removed.id) {
                        r.competitors
                            .insert(index.min(r.competitors.len()), removed);
                    }
                });
            });
            app.show_toast(
                app.tf(LaterKey::ItemRemoved, &[("name", &name)]),
                Some(undo),
            );
        }
    });

    view! {
        <fieldset class="competitor-editor">
            <legend>{heading}</legend>
            <ListControls key=competitor name=Signal::derive(heading) on_move on_remove />
            <div class="form-grid">
                <TextField id=format!("competitor-{competitor}-name") label=tr(Key::Name) value=name_value on_input=set_name required=true />
                <TextField label=tr(LaterKey::Positioning) value=positioning on_input=set_positioning />
                <TextField label=tr(LaterKey::KeyMessage) value=key_message on_input=set_key_message />
                <TextField label=tr(LaterKey::Tone) value=tone on_input=set_tone />
                <TextField label=tr(LaterKey::Audience) value=audience on_input=set_audience />
                <DraftField
                    label=tr(LaterKey::Channels)
                    value=Signal::derive(move || data.with(|c| c.as_ref().map(|c| c.channels.join(", ")).unwrap_or_default()))
                    on_commit=Callback::new(move |text: String| {
                        edit_competitor(app, ctx.id, competitor, |c| c.channels = split_list(&text));
                    })
                    hint=Signal::derive(move || Some(app.t(LaterKey::CommaSeparated).to_string()))
                />
                <div class="field">
                    <label for=spend_id.clone()>{tr(LaterKey::EstimatedSpend)}</label>
                    <MoneyInput
                        id=spend_id
                        value=Signal::derive(move || data.with(|c| c.as_ref().and_then(|c| c.estimated_spend).unwrap_or(0)))
                        currency
                        label=tr(LaterKey::EstimatedSpend)
                        on_commit=Callback::new(move |minor: i64| {
                            edit_competitor(app, ctx.id, competitor, |c| c.estimated_spend = (minor > 0).then_some(minor));
                        })
                    />
                </div>
                <SelectField
                    label=tr(LaterKey::SpendConfidence)
                    options=choice_options(app, &Confidence::ALL)
                    value=Signal::derive(move || data.with(|c| c.as_ref().map(|c| choice_code(c.spend_confidence)).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| {
                        if let Some(level) = parse_choice(&Confidence::ALL, &v) {
                            edit_competitor(app, ctx.id, competitor, |c| c.spend_confidence = level);
                        }
                    })
                />
                <DraftField
                    label=tr(LaterKey::ShareOfVoice)
                    value=Signal::derive(move || {
                        data.with(|c| c.as_ref().and_then(|c| c.share_of_voice).map(|bp| format_scaled(bp / 10, 1, app.lang.get(), true)).unwrap_or_default())
                    })
                    on_commit=Callback::new(move |text: String| {
                        let tenths = if text.trim().is_empty() { None } else { parse_scaled(&text, app.lang.get_untracked(), 1, "%").ok() };
                        if text.trim().is_empty() || tenths.is_some() {
                            edit_competitor(app, ctx.id, competitor, |c| c.share_of_voice = tenths.map(|t| t * 10));
                        }
                    })
                    hint=Signal::derive(move || Some(app.t(LaterKey::ShareOfVoiceHint).to_string()))
                />
            </div>
            <CitedSources ctx competitor />
            <div class="swot-editor">
                {SwotQuadrant::ALL.into_iter().map(|quadrant| view! { <SwotList ctx competitor quadrant /> }).collect_view()}
            </div>
            <Campaigns ctx competitor />
        </fieldset>
    }
}

/// Which of the review's sources back this competitor's profile.
#[component]
fn CitedSources(ctx: ReviewCtx, competitor: Id) -> impl IntoView {
    let app = ctx.app;
    let sources = Memo::new(move |_| {
        ctx.review.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.sources
                        .iter()
                        .map(|s| (s.id, s.title.clone(), s.kind))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let cited = move |source: Id| {
        ctx.review.with(|r| {
            r.as_ref()
                .and_then(|r| r.competitors.iter().find(|c| c.id == competitor))
                .is_some_and(|c| c.sources.contains(&source))
        })
    };
    view! {
        <Show when=move || sources.with(|s| !s.is_empty())>
            <fieldset class="checkbox-group">
                <legend>{tr(LaterKey::CitedSources)}</legend>
                <For each=move || sources.get() key=|s| s.clone() let:source>
                    {
                        let (source_id, title, kind) = source;
                        view! {
                            <label class="checkbox">
                                <input
                                    type="checkbox"
                                    prop:checked=move || cited(source_id)
                                    on:change:target=move |ev| {
                                        let on = ev.target().checked();
                                        edit_competitor(app, ctx.id, competitor, |c| {
                                            c.sources.retain(|s| *s != source_id);
                                            if on {
                                                c.sources.push(source_id);
                                            }
                                        });
                                    }
                                />
                                {title}
                                <span class=format!("badge source-{}", choice_code(kind).to_lowercase())>{move || app.t(kind.label())}</span>
                            </label>
                        }
                    }
                </For>
            </fieldset>
        </Show>
    }
}

/// One change to a SWOT list.
type SwotEdit = Box<dyn FnOnce(&mut Vec<SwotItem>)>;

#[component]
fn SwotList(ctx: ReviewCtx, competitor: Id, quadrant: SwotQuadrant) -> impl IntoView {
    let app = ctx.app;
    let items = Memo::new(move |_| {
        ctx.review.with(|r| {
            r.as_ref()
                .and_then(|r| r.competitors.iter().find(|c| c.id == competitor))
                .map(|c| {
                    c.swot
                        .items(quadrant)
                        .iter()
                        .map(|i| i.id)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let edit_items = move |change: SwotEdit| {
        edit_competitor(app, ctx.id, competitor, |c| {
            change(c.swot.items_mut(quadrant))
        });
    };
    let add = move |_| {
        let item = SwotItem {
            id: Id::new_v4(),
            text: String::new(),
        };
        let new_id = item.id;
        edit_items(Box::new(move |items| items.push(item)));
        focus_id_later(&format!("swot-{new_id}"));
    };
    view! {
        <div class="swot-list">
            <h4>{move || app.t(quadrant.label())}</h4>
            <ul>
                <For each=move || items.get() key=|id| *id let:item_id>
                    {
                        let text = Signal::derive(move || {
                            ctx.review.with(|r| {
                                r.as_ref()
                                    .and_then(|r| r.competitors.iter().find(|c| c.id == competitor))
                                    .and_then(|c| c.swot.items(quadrant).iter().find(|i| i.id == item_id))
                                    .map(|i| i.text.clone())
                                    .unwrap_or_default()
                            })
                        });
                        let number = Signal::derive(move || items.with(|ids| ids.iter().position(|i| *i == item_id).map_or(0, |i| i + 1)));
                        let label = Signal::derive(move || app.tf(LaterKey::SwotItem, &[("list", app.t(quadrant.label())), ("n", &number.get().to_string())]));
                        view! {
                            <li>
                                <input
                                    type="text"
                                    id=format!("swot-{item_id}")
                                    aria-label=label
                                    prop:value=text
                                    on:input:target=move |ev| {
                                        let value = ev.target().value();
                                        edit_items(Box::new(move |items| {
                                            if let Some(i) = items.iter_mut().find(|i| i.id == item_id) {
                                                i.text = value;
                                            }
                                        }));
                                    }
                                />
                                <ListControls
                                    key=item_id
                                    name=label
                                    on_move=Callback::new(move |up| edit_items(Box::new(move |items| {
                                        if let Some(i) = items.iter().position(|i| i.id == item_id) {
                                            move_item(items, i, up);
                                        }
                                    })))
                                    on_remove=Callback::new(move |_| edit_items(Box::new(move |items| items.retain(|i| i.id != item_id))))
                                />
                            </li>
                        }
                    }
                </For>
            </ul>
            <button type="button" class="btn btn-ghost btn-small" on:click=add>
                <Icon name=IconName::Plus />
                {move || app.tf(LaterKey::AddSwotItem, &[("list", app.t(quadrant.label()))])}
            </button>
        </div>
    }
}

#[component]
fn Campaigns(ctx: ReviewCtx, competitor: Id) -> impl IntoView {
    let app = ctx.app;
    let ids = Memo::new(move |_| {
        ctx.review.with(|r| {
            r.as_ref()
                .and_then(|r| r.competitors.iter().find(|c| c.id == competitor))
                .map(|c| c.campaigns.iter().map(|k| k.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let add = move |_| {
        let start = ctx
            .review
            .with_untracked(|r| r.as_ref().map(|r| r.period_start))
            .unwrap_or_else(clock::today);
        let campaign = ObservedCampaign {
            id: Id::new_v4(),
            name: String::new(),
            start,
            end: start + chrono::Duration::days(30),
            channels: Vec::new(),
            message: String::new(),
            notes: String::new(),
            source_url: String::new(),
        };
        let new_id = campaign.id;
        edit_competitor(app, ctx.id, competitor, |c| c.campaigns.push(campaign));
        focus_id_later(&format!("campaign-{new_id}-name"));
    };
    view! {
        <div class="campaigns">
            <h4>{tr(LaterKey::ObservedCampaigns)}</h4>
            <For each=move || ids.get() key=|id| *id let:campaign>
                <CampaignEditor ctx competitor campaign />
            </For>
            <button type="button" class="btn btn-ghost btn-small" on:click=add>
                <Icon name=IconName::Plus />
                {tr(LaterKey::AddCampaign)}
            </button>
        </div>
    }
}

#[component]
fn CampaignEditor(ctx: ReviewCtx, competitor: Id, campaign: Id) -> impl IntoView {
    let app = ctx.app;
    let data = Memo::new(move |_| {
        ctx.review.with(|r| {
            r.as_ref()
                .and_then(|r| r.competitors.iter().find(|c| c.id == competitor))
                .and_then(|c| c.campaigns.iter().find(|k| k.id == campaign).cloned())
        })
    });
    let edit = move |change: Box<dyn FnOnce(&mut ObservedCampaign)>| {
        edit_competitor(app, ctx.id, competitor, |c| {
            if let Some(k) = c.campaigns.iter_mut().find(|k| k.id == campaign) {
                change(k);
            }
        });
    };
    let read = move |get: fn(&ObservedCampaign) -> String| {
        Signal::derive(move || data.with(|k| k.as_ref().map(get).unwrap_or_default()))
    };
    let write = move |set: fn(&mut ObservedCampaign, String)| {
        Callback::new(move |v: String| edit(Box::new(move |k| set(k, v))))
    };
    let date = move |set: fn(&mut ObservedCampaign, chrono::NaiveDate)| {
        Callback::new(move |v: String| {
            if let Ok(day) = v.parse() {
                edit(Box::new(move |k| set(k, day)));
            }
        })
    };
    let name = read(|k| k.name.clone());
    view! {
        <div class="campaign-editor" role="group" aria-label=move || app.tf(LaterKey::CampaignNamed, &[("name", &name.get())])>
            <div class="form-grid">
                <TextField id=format!("campaign-{campaign}-name") label=tr(LaterKey::CampaignName) value=name on_input=write(|k, v| k.name = v) />
                <TextField label=tr(LaterKey::StartDate) kind=InputKind::Date value=read(|k| k.start.to_string()) on_input=date(|k, d| k.start = d) />
                <TextField label=tr(LaterKey::EndDate) kind=InputKind::Date value=read(|k| k.end.to_string()) on_input=date(|k, d| k.end = d) />
                <DraftField
                    label=tr(LaterKey::Channels)
                    value=read(|k| k.channels.join(", "))
                    on_commit=Callback::new(move |text: String| edit(Box::new(move |k| k.channels = split_list(&text))))
                    hint=Signal::derive(move || Some(app.t(LaterKey::CommaSeparated).to_string()))
                />
                <TextField label=tr(LaterKey::Message) value=read(|k| k.message.clone()) on_input=write(|k, v| k.message = v) />
                <TextField label=tr(LaterKey::SourceUrl) kind=InputKind::Url value=read(|k| k.source_url.clone()) on_input=write(|k, v| k.source_url = v) placeholder="https://" />
            </div>
            <ListControls
                key=campaign
                name=name
                on_move=Callback::new(move |up| {
                    edit_competitor(app, ctx.id, competitor, |c| {
                        if let Some(i) = c.campaigns.iter().position(|k| k.id == campaign) {
                            move_item(&mut c.campaigns, i, up);
                        }
                    });
                })
                on_remove=Callback::new(move |_| {
                    edit_competitor(app, ctx.id, competitor, |c| c.campaigns.retain(|k| k.id != campaign));
                })
            />
        </div>
    }
}
