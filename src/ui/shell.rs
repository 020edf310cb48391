//! The frame around every page: header, navigation, banners and toasts.

use leptos::prelude::*;

use crate::browser::dialog::confirm;
use crate::browser::storage::{self, SaveError, STORAGE_KEYS};
use crate::browser::{clock, service_worker};
use crate::domain::backup::backup_overdue_days;
use crate::domain::Lang;
use crate::i18n::{restore_error_text, Key};
use crate::route::Route;

use super::components::banner::{Banner, Tone};
use super::components::icon::{Icon, IconName};
use super::components::toast::ToastHost;
use super::later_code;
use super::persist::use_flush;
use super::screens::{self, run_later, LaterWork};
use super::state::{tr, use_app, ImportRequest, SaveState};

#[component]
pub fn Shell() -> impl IntoView {
    let app = use_app();
    view! {
        <a class="skip-link" href="#main">{tr(Key::SkipToContent)}</a>
        <header class="topbar">
            <a class="brand" href=Route::Clients.href()>
                <span class="brand-mark" aria-hidden="true">"AD"</span>
                <span class="brand-name">{tr(Key::AppName)}</span>
            </a>
            <div class="topbar-end">
                <SaveIndicator />
                <LanguageSwitch />
            </div>
        </header>
        <div class="layout">
            <Sidebar />
            <main id="main" class="main" tabindex="-1">
                <Banners />
                {move || screens::screen(app, app.route.get())}
            </main>
        </div>
        <ToastHost />
    }
}

#[component]
fn Sidebar() -> impl IntoView {
    let app = use_app();
    let link = move |route: Route, icon: IconName, label: Key| {
        let current = move || app.route.get().section() == Some(route);
        view! {
            <li>
                <a
                    href=route.href()
                    class="nav-link"
                    class:active=current
                    aria-current=move || current().then_some("page")
                >
                    <Icon name=icon />
                    <span>{move || app.t(label)}</span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="sidebar" aria-label=tr(Key::MainNavigation)>
            <ul>
                {link(Route::Dashboard, IconName::Dashboard, Key::NavDashboard)}
                {link(Route::Clients, IconName::Clients, Key::NavClients)}
                {link(Route::Briefs, IconName::Brief, Key::NavBriefs)}
                {link(Route::Budgets, IconName::Budget, Key::NavBudgets)}
                {link(Route::Reviews, IconName::Review, Key::NavReviews)}
                {link(Route::ContactReports, IconName::Report, Key::NavContactReports)}
                {link(Route::Wip, IconName::Wip, Key::NavWip)}
                {link(Route::Team, IconName::Team, Key::NavTeam)}
                {link(Route::Data, IconName::Data, Key::NavData)}
            </ul>
        </nav>
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    let option = move |lang: Lang, label: Key, short: &'static str| {
        view! {
            <button
                type="button"
                class="segment"
                lang=lang.tag()
                aria-pressed=move || (app.lang.get() == lang).to_string()
                title=move || app.t(label)
                on:click=move |_| app.set_language(lang)
            >
                <span class="segment-long">{move || app.t(label)}</span>
                <span class="segment-short" aria-hidden="true">{short}</span>
            </button>
        }
    };
    view! {
        <div class="segmented" role="group" aria-label=tr(Key::Language)>
            {option(Lang::En, Key::LanguageEnglish, "EN")}
            {option(Lang::Vi, Key::LanguageVietnamese, "VI")}
        </div>
    }
}

/// A quiet "saved" state; loud only when saving failed.
#[component]
fn SaveIndicator() -> impl IntoView {
    let app = use_app();
    let text = move || match app.save_state.get() {
        SaveState::Saved => app.t(Key::SaveStateSaved),
        SaveState::Pending => app.t(Key::SaveStatePending),
        SaveState::Failed => app.t(Key::SaveStateFailed),
    };
    let class = move || match app.save_state.get() {
        SaveState::Failed => "save-indicator save-failed",
        _ => "save-indicator",
    };
    view! {
        <span class=class role="status">
            {move || (app.save_state.get() == SaveState::Saved).then(|| view! { <Icon name=IconName::Check /> })}
            {text}
        </span>
    }
}

#[component]
fn Banners() -> impl IntoView {
    let app = use_app();
    let flush = use_flush();

    let save_failed = move || {
        app.save_error.get().map(|error| {
            let body = match &error {
                SaveError::QuotaExceeded => app.t(Key::SaveFailedQuota).to_string(),
                SaveError::Unavailable => app.t(Key::SaveFailedUnavailable).to_string(),
                SaveError::KeptUnreadable => app.t(Key::SaveFailedKept).to_string(),
                SaveError::ChangedElsewhere => app.t(Key::SaveFailedChangedElsewhere).to_string(),
                SaveError::NotFetched => app.t(Key::SaveFailedNotFetched).to_string(),
                SaveError::Other(reason) => app.tf(Key::SaveFailedOther, &[("reason", reason)]),
            };
            view! {
                <Banner tone=Tone::Error title=tr(Key::SaveFailedTitle) body=body>
                    <button class="btn btn-primary" on:click=move |_| run_later(app, LaterWork::ExportEverything)>
                        <Icon name=IconName::Download />
                        {tr(Key::ExportBackupNow)}
                    </button>
                    <button class="btn btn-secondary" on:click=move |_| flush.run(())>
                        {tr(Key::RetrySave)}
                    </button>
                </Banner>
            }
        })
    };

    let unreadable = move || {
        app.unreadable.get().map(|data| {
            let reason = restore_error_text(&data.reason, app.lang.get());
            let body = match &data.kept_under {
                Some(key) => app.tf(Key::UnreadableBody, &[("reason", &reason), ("key", key)]),
                None => app.tf(Key::UnreadableNoBackup, &[("reason", &reason)]),
            };
            let key = data.kept_under.clone().unwrap_or_else(|| STORAGE_KEYS.workspace.to_string());
            let still_under_main_key = data.kept_under.is_none();
            view! {
                <Banner tone=Tone::Warning title=tr(Key::UnreadableTitle) body=body>
                    <button class="btn btn-primary" on:click=move |_| run_later(app, LaterWork::DownloadStored(key.clone()))>
                        <Icon name=IconName::Download />
                        {tr(Key::DownloadStoredData)}
                    </button>
                    {if still_under_main_key {
                        view! {
                            <button
                                class="btn btn-danger"
                                on:click=move |_| {
                                    if confirm(app.t(Key::ConfirmDiscardStored)) {
                                        storage::discard_workspace();
                                        app.unreadable.set(None);
                                        flush.run(());
                                    }
                                }
                            >
                                {tr(Key::DiscardStoredCopy)}
                            </button>
                        }
                            .into_any()
                    } else {
                        view! {
                            <button class="btn btn-secondary" on:click=move |_| app.unreadable.set(None)>
                                {tr(Key::Dismiss)}
                            </button>
                        }
                            .into_any()
                    }}
                </Banner>
            }
        })
    };

    let salvaged = move || {
        app.salvaged.get().map(|note| {
            // Shown only once the whole workspace is restored, which the
            // second file does: its code words what was left out.
            let lost = move || {
                later_code::get()
                    .map(|code| (code.lost_text)(&note.lost, note.orphans, app.lang.get()))
                    .unwrap_or_default()
            };
            let key = note.kept_under.clone();
            let body = move || app.tf(Key::SalvagedBody, &[("lost", &lost())]);
            view! {
                <Banner tone=Tone::Warning title=tr(Key::SalvagedTitle) body=body>
                    <button class="btn btn-primary" on:click=move |_| run_later(app, LaterWork::DownloadStored(key.clone()))>
                        <Icon name=IconName::Download />
                        {tr(Key::DownloadStoredData)}
                    </button>
                    <button class="btn btn-secondary" on:click=move |_| app.salvaged.set(None)>
                        {tr(Key::Dismiss)}
                    </button>
                </Banner>
            }
        })
    };

    let unsaved_kept = move || {
        app.unsaved_kept.get().then(|| {
            view! {
                <Banner tone=Tone::Warning title=tr(Key::UnsavedKeptTitle) body=tr(Key::UnsavedKeptBody)>
                    <button
                        class="btn btn-primary"
                        on:click=move |_| {
                            app.import_request.set(Some(ImportRequest::Unsaved));
                            app.unsaved_kept.set(false);
                            app.navigate(Route::Data);
                        }
                    >
                        {tr(Key::ReviewChanges)}
                    </button>
                    <button
                        class="btn btn-secondary"
                        on:click=move |_| {
                            if confirm(app.t(Key::ConfirmDiscardUnsaved)) {
                                storage::forget_unsaved();
                                app.unsaved_kept.set(false);
                            }
                        }
                    >
                        {tr(Key::Discard)}
                    </button>
                </Banner>
            }
        })
    };

    let repaired = move || {
        let repairs = app.repairs.get();
        repairs.first().cloned().map(|example| {
            let count = repairs.len().to_string();
            view! {
                <Banner
                    tone=Tone::Info
                    title=tr(Key::RepairedTitle)
                    body=move || app.tf(Key::RepairedBody, &[("n", &count), ("example", &example)])
                >
                    <button class="btn btn-secondary" on:click=move |_| app.repairs.set(Vec::new())>
                        {tr(Key::Dismiss)}
                    </button>
                </Banner>
            }
        })
    };

    let update_ready = move || {
        app.update_ready.get().then(|| {
            view! {
                <Banner tone=Tone::Info title=tr(Key::UpdateReadyTitle) body=tr(Key::UpdateReadyBody)>
                    <button class="btn btn-primary" on:click=move |_| service_worker::apply_update()>
                        {tr(Key::ReloadToUpdate)}
                    </button>
                </Banner>
            }
        })
    };

    // Shown from the list's part of the workspace too, so that it does not
    // push the list down a frame later: the budgets and reviews it lacks can
    // only make the reminder due where the list alone does not, and the
    // export restores the whole workspace first.
    let backup_due = Memo::new(move |_| {
        if app.backup_reminder_dismissed.get() {
            return None;
        }
        // An imported file holds what it brought as well as an export does.
        let last_copy = app.last_export.get().max(app.last_file_copy.get());
        app.workspace
            .with(|ws| backup_overdue_days(ws, last_copy, clock::today()))
    });
    let backup_reminder = move || {
        backup_due.get().map(|days| {
            view! {
                <Banner
                    tone=Tone::Info
                    title=tr(Key::BackupReminderTitle)
                    body=move || app.tf(Key::BackupReminderBody, &[("days", &days.to_string())])
                >
                    <button class="btn btn-primary" on:click=move |_| run_later(app, LaterWork::ExportEverything)>
                        <Icon name=IconName::Download />
                        {tr(Key::ExportBackupNow)}
                    </button>
                    <button class="btn btn-secondary" on:click=move |_| app.backup_reminder_dismissed.set(true)>
                        {tr(Key::Later)}
                    </button>
                </Banner>
            }
        })
    };

    view! {
        <div class="banners">
            {save_failed} {unsaved_kept} {unreadable} {salvaged} {repaired} {update_ready} {backup_reminder}
        </div>
    }
}
