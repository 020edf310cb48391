//! The people the account person works with, to assign to clients.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::csv::table_csv;
use crate::domain::validation::mailto_href;
use crate::domain::workspace::WorkspaceError;
use crate::domain::{FieldError, Id, Role, TeamMember};
use crate::i18n::{Key, Label, LaterKey, Text};
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::field::{InputKind, SelectField, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::icon_button::IconButton;
use crate::ui::export;
use crate::ui::form::apply_in_place;
use crate::ui::form::{choice_code, choice_options, error_at, parse_choice, rebased};
use crate::ui::state::{tr, use_app, UndoAction};

#[derive(Clone, PartialEq)]
struct Row {
    id: Id,
    rev: u64,
    name: String,
    role: Role,
    email: String,
    owns: usize,
}

#[component]
pub fn TeamPage() -> impl IntoView {
    let app = use_app();
    // The member being added or edited, if any.
    let editing = RwSignal::new(None::<TeamMember>);
    let rows = Memo::new(move |_| {
        app.workspace.with(|ws| {
            ws.live_team()
                .map(|m| Row {
                    id: m.meta.id,
                    rev: m.meta.rev,
                    name: m.name.clone(),
                    role: m.role,
                    email: m.email.clone(),
                    owns: ws
                        .live_clients()
                        .filter(|c| c.account_owner == Some(m.meta.id))
                        .count(),
                })
                .collect::<Vec<_>>()
        })
    });
    let start_new = move |_| editing.set(Some(TeamMember::new(clock::now())));
    let export_csv = move |_| {
        let lang = app.lang.get_untracked();
        let header = [
            Key::Name.text(lang),
            LaterKey::Role.text(lang),
            LaterKey::Email.text(lang),
            Key::NavClients.text(lang),
        ];
        let csv = rows.with_untracked(|rows| {
            table_csv(
                &header,
                rows.iter().map(|r| {
                    vec![
                        r.name.clone(),
                        r.role.label().text(lang).to_string(),
                        r.email.clone(),
                        r.owns.to_string(),
                    ]
                }),
            )
        });
        export::download_csv("team", &csv);
    };
    let trash = move |id: Id, name: String| {
        if app.apply(|ws| ws.trash_member(id, clock::now())).is_ok() {
            let undo: UndoAction = Arc::new(move || {
                apply_in_place(app, |ws| ws.restore_member(id, clock::now()));
            });
            app.show_toast(
                app.tf(LaterKey::MemberTrashed, &[("name", &name)]),
                Some(undo),
            );
        }
    };

    view! {
        <div class="page">
            <header class="page-header">
                <h1>{tr(LaterKey::TeamTitle)}</h1>
                <div class="page-actions">
                    <Show when=move || rows.with(|r| !r.is_empty())>
                        <button class="btn btn-secondary" on:click=export_csv>
                            <Icon name=IconName::Download />
                            {tr(Key::ExportCsv)}
                        </button>
                    </Show>
                    <button class="btn btn-primary" on:click=start_new>
                        <Icon name=IconName::Plus />
                        {tr(LaterKey::NewTeamMember)}
                    </button>
                </div>
            </header>
            {move || editing.get().map(|member| view! { <MemberForm member editing /> })}
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=move || {
                    view! {
                        <EmptyState title=tr(LaterKey::EmptyTeamTitle) body=tr(LaterKey::EmptyTeamBody)>
                            <button class="btn btn-primary" on:click=start_new>
                                <Icon name=IconName::Plus />
                                {tr(LaterKey::NewTeamMember)}
                            </button>
                        </EmptyState>
                    }
                }
            >
                <div class="table-wrap">
                    <table class="table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(Key::Name)}</th>
                                <th scope="col">{tr(LaterKey::Role)}</th>
                                <th scope="col">{tr(LaterKey::Email)}</th>
                                <th scope="col" class="num">{tr(Key::NavClients)}</th>
                                <th scope="col"><span class="visually-hidden">{tr(LaterKey::Edit)}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || rows.get() key=|r| (r.id, r.rev) let:row>
                                {
                                    let Row { id, name, role, email, owns, .. } = row;
                                    let (edit_name, trash_name) = (name.clone(), name.clone());
                                    view! {
                                        <tr>
                                            <th scope="row">{name.clone()}</th>
                                            <td>{move || app.t(role.label())}</td>
                                            <td>
                                                {(!email.is_empty()).then(|| view! { <a href=mailto_href(&email)>{email.clone()}</a> })}
                                            </td>
                                            <td class="num">{owns}</td>
                                            <td class="row-actions">
                                                <IconButton icon=IconName::Edit label=move || format!("{} {}", app.t(LaterKey::Edit), edit_name) on_click=Callback::new(move |_| {
                                                        editing.set(app.workspace.with_untracked(|ws| ws.member(id).cloned()))
                                                    }) />
                                                <IconButton icon=IconName::Trash label=move || format!("{} {}", app.t(LaterKey::Delete), trash_name) on_click=Callback::new(move |_| trash(id, name.clone())) />
                                            </td>
                                        </tr>
                                    }
                                }
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </div>
    }
}

#[component]
fn MemberForm(member: TeamMember, editing: RwSignal<Option<TeamMember>>) -> impl IntoView {
    let app = use_app();
    let is_new = app
        .workspace
        .with_untracked(|ws| ws.member(member.meta.id).is_none());
    let opened = StoredValue::new(member.clone());
    let draft = RwSignal::new(member);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let error = move |path: &'static str| error_at(app, errors, move || path.into());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let member = app.workspace.with_untracked(|ws| {
            let edited = draft.get_untracked();
            let id = edited.meta.id;
            opened.with_value(|o| rebased(o, edited, ws.member(id)))
        });
        let name = member.name.clone();
        match app.apply(|ws| ws.save_member(member, clock::now())) {
            Ok(_) => {
                editing.set(None);
                app.show_toast(app.tf(LaterKey::MemberSaved, &[("name", &name)]), None);
            }
            Err(WorkspaceError::Invalid(found)) => errors.set(found),
            Err(other) => leptos::logging::error!("saving a team member failed: {other}"),
        }
    };
    view! {
        <form class="card form-section inline-form" on:submit=save novalidate>
            <h2>{move || if is_new { app.t(LaterKey::NewTeamMember) } else { app.t(LaterKey::EditTeamMember) }}</h2>
            <div class="form-grid">
                <TextField
                    label=tr(Key::Name)
                    value=Signal::derive(move || draft.with(|m| m.name.clone()))
                    on_input=Callback::new(move |v| draft.update(|m| m.name = v))
                    error=error("name")
                    required=true
                    autofocus=true
                />
                <SelectField
                    label=tr(LaterKey::Role)
                    options=choice_options(app, &Role::ALL)
                    value=Signal::derive(move || choice_code(draft.with(|m| m.role)))
                    on_change=Callback::new(move |v: String| {
                        if let Some(r) = parse_choice(&Role::ALL, &v) {
                            draft.update(|m| m.role = r);
                        }
                    })
                />
                <TextField
                    label=tr(LaterKey::Email)
                    kind=InputKind::Email
                    value=Signal::derive(move || draft.with(|m| m.email.clone()))
                    on_input=Callback::new(move |v| draft.update(|m| m.email = v))
                    error=error("email")
                />
            </div>
            <div class="form-footer">
                <button type="button" class="btn btn-secondary" on:click=move |_| editing.set(None)>
                    {tr(Key::Cancel)}
                </button>
                <button type="submit" class="btn btn-primary">{tr(Key::Save)}</button>
            </div>
        </form>
    }
}
