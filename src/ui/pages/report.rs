//! One contact report, written during the meeting: saved as it is typed,
//! Enter adds the next agreement or action item, each action item can go to
//! the WIP with one click, and the report goes out as text or on paper.

use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::browser::{clipboard, clock};
use crate::domain::contact_report::{
    as_text, ActionItem, ContactReport, Owner, ReportNames, ReportStatus, ReportText,
};
use crate::domain::wip::WipItem;
use crate::domain::Id;
use crate::i18n::{Key, Label, LaterKey, Text};
use crate::route::Route;
use crate::ui::components::banner::InTrashBanner;
use crate::ui::components::field::{InputKind, SelectField, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::focus::focus_id_later;
use crate::ui::form::apply_in_place;
use crate::ui::form::client_options;
use crate::ui::state::{tr, use_app, AppState, UndoAction};

use super::not_found::NotFound;
use super::reports::{status_class, timeliness_badge};
use crate::domain::validation::{FIRST_YEAR, LAST_YEAR};

/// Saves one change to a stored report; `false` when nothing was saved.
fn edit_report(app: AppState, id: Id, change: impl FnOnce(&mut ContactReport)) -> bool {
    let Some(mut edited) = app
        .workspace
        .with_untracked(|ws| ws.record::<ContactReport>(id).cloned())
    else {
        return false;
    };
    change(&mut edited);
    apply_in_place(app, |ws| ws.save_report(edited, clock::now()))
}

fn parse_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()
}

#[component]
pub fn ContactReportPage(id: Id) -> impl IntoView {
    let app = use_app();
    let exists = Memo::new(move |_| {
        app.workspace
            .with(|ws| ws.record::<ContactReport>(id).map(|r| r.meta.is_trashed()))
    });
    move || match exists.get() {
        None => view! { <NotFound message=LaterKey::ReportNotFound /> }.into_any(),
        Some(trashed) => view! { <ReportView id trashed /> }.into_any(),
    }
}

/// A select value for an owner: `m:<id>` for a team member, `c:<id>` for a contact.
fn owner_code(owner: Option<Owner>) -> String {
    match owner {
        Some(Owner::Member(id)) => format!("m:{id}"),
        Some(Owner::Contact(id)) => format!("c:{id}"),
        None => String::new(),
    }
}

fn parse_owner(code: &str) -> Option<Owner> {
    let (kind, id) = code.split_once(':')?;
    let id: Id = id.parse().ok()?;
    match kind {
        "m" => Some(Owner::Member(id)),
        "c" => Some(Owner::Contact(id)),
        _ => None,
    }
}

#[component]
fn ReportView(id: Id, trashed: bool) -> impl IntoView {
    let app = use_app();
    let report = Memo::new(move |_| {
        app.workspace
            .with(|ws| ws.record::<ContactReport>(id).cloned())
    });
    let client = Memo::new(move |_| report.with(|r| r.as_ref().map(|r| r.client)));
    let client_name = Memo::new(move |_| {
        let client = client.get();
        app.workspace.with(|ws| {
            client
                .and_then(|c| ws.client(c))
                .map(|c| c.name.clone())
                .unwrap_or_default()
        })
    });
    // (id, name) of the client's contacts and of the team.
    let contacts = Memo::new(move |_| {
        let client = client.get();
        app.workspace.with(|ws| {
            client
                .and_then(|c| ws.client(c))
                .map(|c| {
                    c.contacts
                        .iter()
                        .map(|p| (p.id, p.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let team = Memo::new(move |_| {
        app.workspace.with(|ws| {
            ws.live_team()
                .map(|m| (m.meta.id, m.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let today = clock::today();

    let text = move |get: fn(&ContactReport) -> String, set: fn(&mut ContactReport, String)| {
        (
            Signal::derive(move || report.with(|r| r.as_ref().map(get).unwrap_or_default())),
            Callback::new(move |value: String| {
                edit_report(app, id, |r| set(r, value));
            }),
        )
    };
    let date = move |get: fn(&ContactReport) -> Option<NaiveDate>,
                     set: fn(&mut ContactReport, Option<NaiveDate>)| {
        (
            Signal::derive(move || {
                report.with(|r| {
                    r.as_ref()
                        .and_then(get)
                        .map(|d| d.to_string())
                        .unwrap_or_default()
                })
            }),
            Callback::new(move |value: String| {
                edit_report(app, id, |r| set(r, parse_date(&value)));
            }),
        )
    };
    let (place, set_place) = text(|r| r.place.clone(), |r, v| r.place = v);
    let (purpose, set_purpose) = text(|r| r.purpose.clone(), |r, v| r.purpose = v);
    let (meeting, set_meeting) = date(
        |r| Some(r.meeting_date),
        |r, d| {
            if let Some(d) = d {
                r.meeting_date = d;
            }
        },
    );
    let (next_meeting, set_next_meeting) = date(|r| r.next_meeting, |r, d| r.next_meeting = d);
    let client_value =
        Signal::derive(move || client.get().map(|c| c.to_string()).unwrap_or_default());
    let set_client = Callback::new(move |value: String| {
        if let Ok(new_client) = value.parse::<Id>() {
            edit_report(app, id, |r| {
                if r.client != new_client {
                    // Contacts belong to the old client.
                    r.client = new_client;
                    r.client_attendees.clear();
                    for action in &mut r.action_items {
                        if matches!(action.owner, Some(Owner::Contact(_))) {
                            action.owner = None;
                        }
                    }
                }
            });
        }
    });

    let set_status = move |status: ReportStatus| {
        edit_report(app, id, |r| {
            r.set_status(status, clock::today());
        });
    };
    let copy_text = move |_| {
        let Some(r) = report.get_untracked() else {
            return;
        };
        let text = report_text(app, &r);
        leptos::task::spawn_local(async move {
            match clipboard::copy_text(&text).await {
                Ok(()) => app.show_toast(app.t(LaterKey::CopiedReport).to_string(), None),
                Err(e) => app.show_toast(
                    app.tf(LaterKey::CopyFailed, &[("reason", &e.to_string())]),
                    None,
                ),
            }
        });
    };
    let delete = move |_| {
        let date = report.with_untracked(|r| r.as_ref().map(|r| r.meeting_date));
        let client = client.get_untracked();
        if app
            .apply(|ws| ws.trash_record::<ContactReport>(id, clock::now()))
            .is_ok()
        {
            let undo: UndoAction = Arc::new(move || {
                apply_in_place(app, |ws| {
                    ws.restore_record::<ContactReport>(id, clock::now())
                });
            });
            let date = date.map(|d| app.date(d)).unwrap_or_default();
            app.show_toast(
                app.tf(LaterKey::ReportTrashed, &[("date", &date)]),
                Some(undo),
            );
            app.navigate(client.map_or(Route::ContactReports, Route::Client));
        }
    };

    let status =
        Memo::new(move |_| report.with(|r| r.as_ref().map(|r| r.status).unwrap_or_default()));
    let timeliness = Memo::new(move |_| report.with(|r| r.as_ref().map(|r| r.timeliness(today))));

    view! {
        <div class="page report-page">
            {trashed.then(|| view! {
                <InTrashBanner
                    message=LaterKey::ReportInTrash
                    on_restore=Callback::new(move |_| { apply_in_place(app, |ws| ws.restore_record::<ContactReport>(id, clock::now())); })
                />
            })}
            <header class="page-header">
                <div>
                    <a class="back-link" href=move || client.get().map_or(Route::ContactReports, Route::Client).href()>
                        <Icon name=IconName::ArrowLeft />
                        {move || client_name.get()}
                    </a>
                    <h1>{move || app.tf(LaterKey::ContactReportOf, &[("client", &client_name.get())])}</h1>
                    <p class="badges">
                        <span class=move || status_class(status.get())>{move || app.t(status.get().label())}</span>
                        {move || timeliness.get().map(|t| {
                            let (class, key) = timeliness_badge(t);
                            view! { <span class=class>{move || app.t(key)}</span> }
                        })}
                        {move || report.with(|r| r.as_ref().and_then(|r| r.issued_on)).map(|d| view! {
                            <span class="muted">{move || format!("{} {}", app.t(LaterKey::IssuedOn), app.date(d))}</span>
                        })}
                    </p>
                </div>
                <div class="page-actions">
                    <Show when=move || status.get().can_become(ReportStatus::Sent) && status.get() == ReportStatus::Draft>
                        <button class="btn btn-primary" on:click=move |_| set_status(ReportStatus::Sent)>
                            <Icon name=IconName::Check />
                            {tr(LaterKey::MarkSent)}
                        </button>
                    </Show>
                    <Show when=move || status.get() == ReportStatus::Sent>
                        <button class="btn btn-primary" on:click=move |_| set_status(ReportStatus::Acknowledged)>
                            <Icon name=IconName::Check />
                            {tr(LaterKey::MarkAcknowledged)}
                        </button>
                        <button class="btn btn-secondary" on:click=move |_| set_status(ReportStatus::Draft)>
                            {tr(LaterKey::BackToDraft)}
                        </button>
                    </Show>
                    <button class="btn btn-secondary" on:click=copy_text>
                        <Icon name=IconName::Copy />
                        {tr(LaterKey::CopyAsText)}
                    </button>
                    <button class="btn btn-secondary" on:click=move |_| { let _ = window().print(); }>
                        <Icon name=IconName::Print />
                        {tr(LaterKey::Print)}
                    </button>
                    <button class="btn btn-danger-ghost" on:click=delete>
                        <Icon name=IconName::Trash />
                        {tr(LaterKey::Delete)}
                    </button>
                </div>
            </header>

            <section class="card report-meeting" aria-labelledby="meeting-heading">
                <h2 id="meeting-heading">{tr(LaterKey::MeetingInfo)}</h2>
                <PrintFacts report />
                <div class="form-grid">
                    <SelectField label=tr(Key::Client) options=client_options(app) value=client_value on_change=set_client />
                    <TextField label=tr(LaterKey::MeetingDate) kind=InputKind::Date value=meeting on_input=set_meeting />
                    <TextField label=tr(LaterKey::PlaceOrChannel) value=place on_input=set_place />
                    <TextField label=tr(LaterKey::NextMeeting) kind=InputKind::Date value=next_meeting on_input=set_next_meeting />
                </div>
                <TextField label=tr(LaterKey::Purpose) kind=InputKind::Multiline value=purpose on_input=set_purpose />
                <div class="attendees">
                    <fieldset class="checkbox-group">
                        <legend>{tr(LaterKey::ClientAttendees)}</legend>
                        <Show when=move || contacts.with(|c| !c.is_empty()) fallback=move || view! { <p class="muted">{tr(LaterKey::NoContactsYet)}</p> }>
                            <For each=move || contacts.get() key=|c| c.clone() let:contact>
                                <AttendeeBox report id=contact.0 name=contact.1 client_side=true />
                            </For>
                        </Show>
                    </fieldset>
                    <fieldset class="checkbox-group">
                        <legend>{tr(LaterKey::AgencyAttendees)}</legend>
                        <For each=move || team.get() key=|m| m.clone() let:member>
                            <AttendeeBox report id=member.0 name=member.1 client_side=false />
                        </For>
                    </fieldset>
                </div>
            </section>

            <Agreements report id />
            <ActionItems report id contacts team />
        </div>
    }
}

/// What only paper shows: the meeting's facts as text, where the screen
/// has inputs.
#[component]
fn PrintFacts(report: Memo<Option<ContactReport>>) -> impl IntoView {
    let app = use_app();
    let fact = move |label: LaterKey, value: Option<String>| {
        value.filter(|v| !v.trim().is_empty()).map(|v| {
            view! {
                <div>
                    <dt>{move || app.t(label)}</dt>
                    <dd>{v}</dd>
                </div>
            }
        })
    };
    move || {
        report.with(|r| {
            r.as_ref().map(|r| {
                let lang = app.lang.get();
                view! {
                    <dl class="print-only print-facts">
                        {fact(LaterKey::MeetingDate, Some(lang.format_date(r.meeting_date)))}
                        {fact(LaterKey::PlaceOrChannel, Some(r.place.clone()))}
                        {fact(LaterKey::NextMeeting, r.next_meeting.map(|d| lang.format_date(d)))}
                        {fact(LaterKey::Purpose, Some(r.purpose.clone()))}
                    </dl>
                }
            })
        })
    }
}

#[component]
fn AttendeeBox(
    report: Memo<Option<ContactReport>>,
    id: Id,
    name: String,
    client_side: bool,
) -> impl IntoView {
    let app = use_app();
    let report_id = Memo::new(move |_| report.with(|r| r.as_ref().map(|r| r.meta.id)));
    let checked = move || {
        report.with(|r| {
            r.as_ref().is_some_and(|r| {
                if client_side {
                    r.client_attendees.contains(&id)
                } else {
                    r.agency_attendees.contains(&id)
                }
            })
        })
    };
    view! {
        <label class="checkbox">
            <input
                type="checkbox"
                prop:checked=checked
                on:change:target=move |ev| {
                    let on = ev.target().checked();
                    if let Some(report_id) = report_id.get_untracked() {
                        edit_report(app, report_id, |r| {
                            let list = if client_side { &mut r.client_attendees } else { &mut r.agency_attendees };
                            list.retain(|x| *x != id);
                            if on {
                                list.push(id);
                            }
                        });
                    }
                }
            />
            {name}
        </label>
    }
}

#[component]
fn Agreements(report: Memo<Option<ContactReport>>, id: Id) -> impl IntoView {
    let app = use_app();
    let count = Memo::new(move |_| report.with(|r| r.as_ref().map_or(0, |r| r.agreements.len())));
    let insert_after = move |index: Option<usize>| {
        let at = index.map_or(0, |i| i + 1);
        if edit_report(app, id, |r| {
            let at = at.min(r.agreements.len());
            r.agreements.insert(at, String::new());
        }) {
            focus_id_later(&format!("agreement-{at}"));
        }
    };
    view! {
        <section class="card" aria-labelledby="agreements-heading">
            <header class="card-header">
                <h2 id="agreements-heading">{tr(LaterKey::Agreements)}</h2>
            </header>
            <p class="muted no-print">{tr(LaterKey::AgreementsHint)}</p>
            <ol class="line-list">
                <For each=move || 0..count.get() key=|i| *i let:index>
                    {
                        let n = (index + 1).to_string();
                        let label = move || app.tf(LaterKey::AgreementN, &[("n", &(index + 1).to_string())]);
                        let value = move || report.with(|r| r.as_ref().and_then(|r| r.agreements.get(index).cloned()).unwrap_or_default());
                        view! {
                            <li>
                                <input
                                    id=format!("agreement-{index}")
                                    type="text"
                                    aria-label=label
                                    prop:value=value
                                    on:input:target=move |ev| {
                                        let text = ev.target().value();
                                        edit_report(app, id, |r| {
                                            if let Some(a) = r.agreements.get_mut(index) {
                                                *a = text;
                                            }
                                        });
                                    }
                                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                        if ev.key() == "Enter" && !ev.is_composing() {
                                            ev.prevent_default();
                                            insert_after(Some(index));
                                        }
                                    }
                                />
                                <span class="print-only">{value}</span>
                                <button
                                    type="button"
                                    class="icon-btn no-print"
                                    aria-label=move || app.tf(LaterKey::RemoveAgreementN, &[("n", &n)])
                                    on:click=move |_| {
                                        edit_report(app, id, |r| {
                                            if index < r.agreements.len() {
                                                r.agreements.remove(index);
                                            }
                                        });
                                    }
                                >
                                    <Icon name=IconName::Close />
                                </button>
                            </li>
                        }
                    }
                </For>
            </ol>
            <button class="btn btn-secondary btn-small no-print" on:click=move |_| insert_after(count.get_untracked().checked_sub(1))>
                <Icon name=IconName::Plus />
                {tr(LaterKey::AddAgreement)}
            </button>
        </section>
    }
}

#[component]
fn ActionItems(
    report: Memo<Option<ContactReport>>,
    id: Id,
    contacts: Memo<Vec<(Id, String)>>,
    team: Memo<Vec<(Id, String)>>,
) -> impl IntoView {
    let app = use_app();
    let ids = Memo::new(move |_| {
        report.with(|r| {
            r.as_ref()
                .map(|r| r.action_items.iter().map(|a| a.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let add_after = move |after: Option<Id>| {
        let action = ActionItem::new();
        let new_id = action.id;
        if edit_report(app, id, |r| {
            let at = after
                .and_then(|a| r.action_items.iter().position(|x| x.id == a))
                .map_or(r.action_items.len(), |i| i + 1);
            r.action_items.insert(at, action);
        }) {
            focus_id_later(&format!("action-{new_id}"));
        }
    };
    view! {
        <section class="card" aria-labelledby="actions-heading">
            <header class="card-header">
                <h2 id="actions-heading">{tr(LaterKey::ActionItems)}</h2>
            </header>
            <p class="muted no-print">{tr(LaterKey::ActionItemsHint)}</p>
            <ol class="action-list">
                <For each=move || ids.get() key=|a| *a let:action_id>
                    <ActionRow report report_id=id action_id contacts team on_enter=Callback::new(move |()| add_after(Some(action_id))) />
                </For>
            </ol>
            <button class="btn btn-secondary btn-small no-print" on:click=move |_| add_after(ids.with_untracked(|i| i.last().copied()))>
                <Icon name=IconName::Plus />
                {tr(LaterKey::AddActionItem)}
            </button>
        </section>
    }
}

#[component]
fn ActionRow(
    report: Memo<Option<ContactReport>>,
    report_id: Id,
    action_id: Id,
    contacts: Memo<Vec<(Id, String)>>,
    team: Memo<Vec<(Id, String)>>,
    on_enter: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let action =
        Memo::new(move |_| report.with(|r| r.as_ref().and_then(|r| r.action(action_id).cloned())));
    let number = Memo::new(move |_| {
        report.with(|r| {
            r.as_ref()
                .and_then(|r| r.action_items.iter().position(|a| a.id == action_id))
                .map_or(0, |i| i + 1)
                .to_string()
        })
    });
    let edit = move |change: Box<dyn FnOnce(&mut ActionItem)>| {
        edit_report(app, report_id, |r| {
            if let Some(a) = r.action_items.iter_mut().find(|a| a.id == action_id) {
                change(a);
            }
        })
    };
    let wip = Memo::new(move |_| {
        let linked = action.with(|a| a.as_ref().and_then(|a| a.wip_item));
        app.workspace.with(|ws| {
            linked
                .and_then(|w| ws.record::<WipItem>(w))
                .filter(|w| !w.meta.is_trashed())
                .map(|w| (w.meta.id, w.status))
        })
    });
    let to_wip = move |_| {
        if action.with_untracked(|a| a.as_ref().is_none_or(|a| a.what.trim().is_empty())) {
            app.show_toast(app.t(LaterKey::NeedsWords).to_string(), None);
            return;
        }
        let job = action.with_untracked(|a| a.as_ref().map(|a| a.what.clone()).unwrap_or_default());
        if apply_in_place(app, |ws| {
            ws.action_to_wip(report_id, action_id, clock::now())
        }) {
            app.show_toast(app.tf(LaterKey::WipItemMade, &[("job", job.trim())]), None);
        }
    };
    let what = move || action.with(|a| a.as_ref().map(|a| a.what.clone()).unwrap_or_default());
    let input_id = format!("action-{action_id}");
    let due_id = format!("action-due-{action_id}");
    let owner_id = format!("action-owner-{action_id}");
    view! {
        <li class="action-row">
            <input
                id=input_id
                class="action-what"
                type="text"
                aria-label=move || app.tf(LaterKey::ActionN, &[("n", &number.get())])
                prop:value=what
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    edit(Box::new(move |a| a.what = text));
                }
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" && !ev.is_composing() {
                        ev.prevent_default();
                        on_enter.run(());
                    }
                }
            />
            <span class="print-only action-print">{what}</span>

            <select
                id=owner_id
                aria-label=move || app.tf(LaterKey::ActionOwnerN, &[("n", &number.get())])
                prop:value=move || action.with(|a| owner_code(a.as_ref().and_then(|a| a.owner)))
                on:change:target=move |ev| {
                    let owner = parse_owner(&ev.target().value());
                    edit(Box::new(move |a| {
                        a.owner = owner;
                        if let Some(owner) = owner {
                            a.side = owner.side();
                        }
                    }));
                }
            >
                <option value="">{tr(LaterKey::Unassigned)}</option>
                <optgroup label=move || app.t(LaterKey::AgencySide)>
                    {move || team.get().into_iter().map(|(id, name)| view! {
                        <option value=owner_code(Some(Owner::Member(id)))>{name}</option>
                    }).collect_view()}
                </optgroup>
                <optgroup label=move || app.t(LaterKey::ClientSide)>
                    {move || contacts.get().into_iter().map(|(id, name)| view! {
                        <option value=owner_code(Some(Owner::Contact(id)))>{name}</option>
                    }).collect_view()}
                </optgroup>
            </select>
            <input
                id=due_id
                type="date"
                min=format!("{FIRST_YEAR}-01-01")
                max=format!("{LAST_YEAR}-12-31")
                aria-label=move || app.tf(LaterKey::ActionDueN, &[("n", &number.get())])
                prop:value=move || action.with(|a| a.as_ref().and_then(|a| a.due).map(|d| d.to_string()).unwrap_or_default())
                on:input:target=move |ev| {
                    let due = parse_date(&ev.target().value());
                    edit(Box::new(move |a| a.due = due));
                }
            />
            <span class="print-only action-due-print">
                {move || action.with(|a| a.as_ref().and_then(|a| a.due)).map(|d| app.date(d))}
            </span>
            <label class="checkbox action-done">
                <input
                    type="checkbox"
                    aria-label=move || app.tf(LaterKey::ActionDoneN, &[("n", &number.get())])
                    prop:checked=move || action.with(|a| a.as_ref().is_some_and(|a| a.done))
                    on:change:target=move |ev| {
                        let done = ev.target().checked();
                        edit(Box::new(move |a| a.done = done));
                    }
                />
                {tr(LaterKey::DoneWord)}
            </label>
            {move || match wip.get() {
                Some((wip_id, status)) => view! {
                    <a class="badge badge-accent action-wip" href=Route::WipItem(wip_id).href()>
                        {move || app.tf(LaterKey::InWipAs, &[("status", app.t(status.label()))])}
                    </a>
                }.into_any(),
                None => view! {
                    <button
                        class="btn btn-secondary btn-small no-print"
                        aria-label=move || app.tf(LaterKey::MakeWipItemN, &[("n", &number.get())])
                        on:click=to_wip
                    >
                        {tr(LaterKey::MakeWipItem)}
                    </button>
                }.into_any(),
            }}
            <button
                type="button"
                class="icon-btn no-print"
                aria-label=move || app.tf(LaterKey::RemoveActionN, &[("n", &number.get())])
                on:click=move |_| {
                    edit_report(app, report_id, |r| r.action_items.retain(|a| a.id != action_id));
                }
            >
                <Icon name=IconName::Close />
            </button>
        </li>
    }
}

/// The report as a plain-text e-mail body, in the reader's language.
fn report_text(app: AppState, report: &ContactReport) -> String {
    let lang = app.lang.get_untracked();
    let t = |k: LaterKey| k.text(lang);
    app.workspace.with_untracked(|ws| {
        let client = ws.client(report.client);
        let contact_name = |id: Id| {
            client
                .and_then(|c| c.contacts.iter().find(|p| p.id == id))
                .map(|p| p.name.clone())
        };
        let member_name = |id: Id| ws.member(id).map(|m| m.name.clone());
        let names = ReportNames {
            client: client.map_or("", |c| c.name.as_str()),
            meeting_date: lang.format_date(report.meeting_date),
            client_attendees: report
                .client_attendees
                .iter()
                .filter_map(|&id| contact_name(id))
                .collect(),
            agency_attendees: report
                .agency_attendees
                .iter()
                .filter_map(|&id| member_name(id))
                .collect(),
            actions: report
                .action_items
                .iter()
                .map(|a| {
                    let owner = match a.owner {
                        Some(Owner::Member(id)) => member_name(id),
                        Some(Owner::Contact(id)) => contact_name(id),
                        None => None,
                    };
                    (
                        owner.unwrap_or_default(),
                        a.due.map(|d| lang.format_date(d)),
                    )
                })
                .collect(),
            next_meeting: report.next_meeting.map(|d| lang.format_date(d)),
        };
        let words = ReportText {
            title: t(LaterKey::KindContactReport),
            meeting: t(LaterKey::MeetingDate),
            place: t(LaterKey::PlaceOrChannel),
            purpose: t(LaterKey::Purpose),
            attendees_client: t(LaterKey::ClientAttendees),
            attendees_agency: t(LaterKey::AgencyAttendees),
            agreements: t(LaterKey::Agreements),
            actions: t(LaterKey::ActionItems),
            next_meeting: t(LaterKey::NextMeeting),
            done: t(LaterKey::DoneWord),
            due: t(LaterKey::DueWord),
        };
        as_text(report, &words, &names)
    })
}
