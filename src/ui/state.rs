//! The one app state, provided as context at the root and reached through
//! [`use_app`].

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::storage::{self, ListRead, Loaded, SaveError};
use crate::browser::{clock, timing};
use crate::domain::envelope::{RestoreError, Restored};
use crate::domain::salvage::LostPart;
use crate::domain::undo_import::ImportUndo;
use crate::domain::{Lang, Workspace};
use crate::i18n::{fill, Text};
use crate::route::Route;

use super::later_code::{self, LaterCode};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Pending,
    Failed,
}

/// Stored data the app could not read at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableData {
    pub reason: RestoreError,
    /// Where the bytes are kept; `None` while they still sit under the main
    /// key, which then must not be overwritten.
    pub kept_under: Option<String>,
}

/// Stored parts left out at start-up because they could not be read (see
/// `domain::salvage`); everything else was opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SalvageNote {
    pub lost: Vec<LostPart>,
    /// Records of readable parts that belonged to lost clients.
    pub orphans: usize,
    /// Where a copy of the parts left out is kept.
    pub kept_under: String,
}

/// Something for the import's preview to open, asked for from elsewhere
/// (a banner, the kept copies): read through the same preview as a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportRequest {
    /// A kept copy, by its storage key.
    Kept(String),
    /// The work a failed save kept for this tab (`storage::keep_unsaved`).
    Unsaved,
}

/// What the Undo button of a toast does. A plain shared closure, not a
/// `Callback`: a callback would belong to the component that raised the toast,
/// and that component is usually gone (the row deleted, the page left) by the
/// time the user presses Undo.
pub type UndoAction = Arc<dyn Fn() + Send + Sync>;

#[derive(Clone)]
pub struct Toast {
    pub id: u64,
    pub message: String,
    pub undo: Option<UndoAction>,
}

/// How much of what is stored the workspace in memory holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InMemory {
    /// All of it, restored through the chokepoint (or nothing is stored).
    Whole,
    /// The team and the clients alone, all the client list needs.
    List,
    /// Nothing yet: what is stored could not be read for the list alone
    /// (an older layout, damage), and only the whole restore may say what
    /// it is.
    Nothing,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    /// Until it is [`InMemory::Whole`] (see [`AppState::load`]) nothing may
    /// be saved. Set only here: read it, never write it.
    pub in_memory: RwSignal<InMemory>,
    /// The whole workspace has just replaced the list's part of it: what the
    /// storage effect sees next is what storage holds, unless an edit
    /// followed in the same tick (`apply` clears it).
    pub(super) just_restored: StoredValue<bool>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub save_state: RwSignal<SaveState>,
    /// The last save's failure, until a save succeeds.
    pub save_error: RwSignal<Option<SaveError>>,
    pub unreadable: RwSignal<Option<UnreadableData>>,
    pub salvaged: RwSignal<Option<SalvageNote>>,
    /// Work a failed save kept before this page was loaded, to offer.
    pub unsaved_kept: RwSignal<bool>,
    /// What the Data page's import preview is to open next.
    pub import_request: RwSignal<Option<ImportRequest>>,
    pub repairs: RwSignal<Vec<String>>,
    pub toast: RwSignal<Option<Toast>>,
    /// The day of the last export from this browser.
    pub last_export: RwSignal<Option<chrono::NaiveDate>>,
    /// See `STORAGE_KEYS.last_file_copy`.
    pub last_file_copy: RwSignal<Option<chrono::NaiveDate>>,
    /// The workspace before and right after the last import, for Undo
    /// import (which keeps whatever was done since). Kept for this visit.
    pub before_import: RwSignal<Option<ImportUndo>>,
    /// A newer build is installed and waits for "Reload to update".
    pub update_ready: RwSignal<bool>,
    /// The backup reminder was put off for this visit.
    pub backup_reminder_dismissed: RwSignal<bool>,
}

/// A day kept in storage as yyyy-mm-dd (the last export, the last file copy).
fn stored_day(key: &str) -> Option<chrono::NaiveDate> {
    storage::read(key).and_then(|day| day.parse().ok())
}

/// Keeps `on` as the day under `key` and in `day`: a backup was made then.
pub fn note_backup(day: RwSignal<Option<chrono::NaiveDate>>, key: &str, on: chrono::NaiveDate) {
    let _ = storage::write(key, &on.to_string());
    day.set(Some(on));
}

/// What start-up or the restore found, for the state's fields.
struct Startup {
    workspace: Workspace,
    unreadable: Option<UnreadableData>,
    salvaged: Option<SalvageNote>,
    repairs: Vec<String>,
    save_error: Option<SaveError>,
}

impl Startup {
    fn new(workspace: Workspace) -> Self {
        Startup {
            workspace,
            unreadable: None,
            salvaged: None,
            repairs: Vec::new(),
            save_error: None,
        }
    }

    /// Storage turned off: nothing to read, and nothing can be saved.
    fn unavailable() -> Self {
        Startup {
            save_error: Some(SaveError::Unavailable),
            ..Startup::new(Workspace::default())
        }
    }

    fn restored(restored: Restored) -> Self {
        Startup {
            repairs: restored.repairs.iter().map(ToString::to_string).collect(),
            ..Startup::new(restored.workspace)
        }
    }

    /// The whole stored workspace, through the restore chokepoint.
    fn restore(code: &LaterCode, now: crate::domain::Timestamp) -> Self {
        match timing::measured("load", || (code.load_workspace)(now)) {
            Loaded::Empty => Startup::new(Workspace::default()),
            Loaded::Restored(restored) => Startup::restored(*restored),
            Loaded::Unreadable { reason, kept_under } => Startup {
                unreadable: Some(UnreadableData { reason, kept_under }),
                ..Startup::new(Workspace::default())
            },
            Loaded::Salvaged {
                restored,
                lost,
                orphans,
                kept_under,
            } => Startup {
                salvaged: Some(SalvageNote {
                    lost,
                    orphans,
                    kept_under,
                }),
                ..Startup::restored(*restored)
            },
            Loaded::Unavailable => Startup::unavailable(),
        }
    }
}

impl AppState {
    /// Reads storage and builds the state from what is there.
    ///
    /// Only the team and the clients are read here, a twentieth of an
    /// agency's records: the client list is drawn from them, and the start
    /// page chosen. The whole restore travels in the second wasm file
    /// (`later_code`): [`finish_restore`](Self::finish_restore) runs it
    /// right after the list's first paint, or before any other screen.
    pub fn load() -> Self {
        let hash = window().location().hash().unwrap_or_default();
        let (startup, in_memory) = match timing::measured("load:list", storage::load_list) {
            ListRead::NothingStored => (Startup::new(Workspace::default()), InMemory::Whole),
            ListRead::Unavailable => (Startup::unavailable(), InMemory::Whole),
            ListRead::List(list) => (Startup::new(*list), InMemory::List),
            ListRead::Unsure => (Startup::new(Workspace::default()), InMemory::Nothing),
        };
        let lang = storage::load_language().unwrap_or_else(browser_language);
        // The start page is the dashboard once there is something to
        // measure; when the list could not be read, the dashboard waits for
        // the whole restore and tells.
        let route = match Route::parse(&hash) {
            Route::Clients
                if !opens_on_list(&hash)
                    && (in_memory == InMemory::Nothing
                        || startup.workspace.live_clients().next().is_some()) =>
            {
                Route::Dashboard
            }
            route => route,
        };
        AppState {
            workspace: RwSignal::new(startup.workspace),
            in_memory: RwSignal::new(in_memory),
            just_restored: StoredValue::new(false),
            lang: RwSignal::new(lang),
            route: RwSignal::new(route),
            save_state: RwSignal::new(SaveState::Saved),
            save_error: RwSignal::new(startup.save_error),
            unreadable: RwSignal::new(startup.unreadable),
            salvaged: RwSignal::new(startup.salvaged),
            unsaved_kept: RwSignal::new(storage::has_unsaved()),
            import_request: RwSignal::new(None),
            repairs: RwSignal::new(startup.repairs),
            toast: RwSignal::new(None),
            last_export: RwSignal::new(stored_day(storage::STORAGE_KEYS.last_export)),
            last_file_copy: RwSignal::new(stored_day(storage::STORAGE_KEYS.last_file_copy)),
            before_import: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            backup_reminder_dismissed: RwSignal::new(false),
        }
    }

    /// Restores the whole workspace if only part of it is in memory: at
    /// once when the second file is here, else once it is fetched (nothing
    /// changes meanwhile, and if it cannot be fetched the screens that need
    /// it say so). Whatever reads more than the list, and whatever changes
    /// the workspace, calls this first, so that nothing is drawn from, saved
    /// from or exported from part of the data.
    pub fn finish_restore(&self) {
        if self.in_memory.get_untracked() == InMemory::Whole {
            return;
        }
        let state = *self;
        later_code::when_fetched(move |code| {
            // Another way may have brought it while the file was fetched.
            if state.in_memory.get_untracked() != InMemory::Whole {
                state.take_whole(Startup::restore(code, clock::now()));
            }
        });
    }

    /// [`finish_restore`](Self::finish_restore) that, when the second file
    /// is still to come, first reads what is stored, while it is fetched
    /// (`storage::read_ahead`): once per start, right after the first paint.
    /// Should another tab save meanwhile, its storage event follows, and
    /// this tab, with nothing unsaved, takes that save whole.
    pub fn finish_restore_reading_ahead(&self) {
        if self.in_memory.get_untracked() != InMemory::Whole && later_code::get().is_none() {
            storage::read_ahead();
        }
        self.finish_restore();
    }

    /// Like [`finish_restore`](Self::finish_restore) with what another tab
    /// saved, read as an open tab reads it: unlike the start-up restore,
    /// that read never moves unreadable data aside.
    pub fn finish_restore_with(&self, restored: Restored) {
        if self.in_memory.get_untracked() != InMemory::Whole {
            self.take_whole(Startup::restored(restored));
        }
    }

    fn take_whole(&self, startup: Startup) {
        // Taken another way (another tab's save), what was read is stale.
        storage::forget_read_ahead();
        // Set before the workspace: the storage effect runs after both.
        self.just_restored.set_value(true);
        self.workspace.set(startup.workspace);
        self.repairs.set(startup.repairs);
        self.unreadable.set(startup.unreadable);
        self.salvaged.set(startup.salvaged);
        self.save_error.set(startup.save_error);
        self.in_memory.set(InMemory::Whole);
    }

    /// The text of `key` in the current language (tracked).
    pub fn t(&self, key: impl Text) -> &'static str {
        key.text(self.lang.get())
    }

    /// `key` with its `{placeholders}` filled.
    pub fn tf(&self, key: impl Text, values: &[(&str, &str)]) -> String {
        fill(self.t(key), values)
    }

    pub fn set_language(&self, lang: Lang) {
        self.lang.set(lang);
        storage::save_language(lang);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
    }

    /// Saving is paused while unreadable data still sits under the main key.
    pub fn must_keep_stored_data(&self) -> bool {
        self.unreadable
            .with_untracked(|u| u.as_ref().is_some_and(|u| u.kept_under.is_none()))
    }

    /// Runs a workspace operation on the whole workspace (restored first
    /// if only part of it is in memory). Only a successful operation
    /// notifies the screens and the storage effect; a refused one changes
    /// nothing. Called only by code of the second file, so the restore
    /// runs at once.
    pub fn apply<T, E>(&self, op: impl FnOnce(&mut Workspace) -> Result<T, E>) -> Result<T, E> {
        self.finish_restore();
        debug_assert_eq!(self.in_memory.get_untracked(), InMemory::Whole);
        let mut outcome = None;
        self.workspace.maybe_update(|ws| {
            let result = op(ws);
            let changed = result.is_ok();
            outcome = Some(result);
            changed
        });
        if outcome.as_ref().is_some_and(Result::is_ok) {
            // A change of the user's, even if made in the very tick the
            // whole workspace arrived: it must be saved.
            self.just_restored.set_value(false);
        }
        outcome.expect("the workspace signal lives as long as the app")
    }

    /// Runs a workspace operation that cannot be refused; see [`apply`](Self::apply).
    pub fn edit<T>(&self, op: impl FnOnce(&mut Workspace) -> T) -> T {
        match self.apply(|ws| Ok::<_, std::convert::Infallible>(op(ws))) {
            Ok(value) => value,
        }
    }

    /// A date in the reader's language.
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        self.lang.get().format_date(date)
    }

    /// The local calendar date of a moment, in the reader's language.
    pub fn day_of(&self, at: crate::domain::Timestamp) -> String {
        self.date(clock::local_date(at))
    }

    pub fn navigate(&self, route: Route) {
        let _ = window().location().set_hash(&route.href());
    }

    pub fn show_toast(&self, message: String, undo: Option<UndoAction>) {
        // Ids never repeat: a reused id would let an older toast's timer
        // dismiss a newer toast early.
        static NEXT_TOAST: AtomicU64 = AtomicU64::new(0);
        let id = NEXT_TOAST.fetch_add(1, Ordering::Relaxed);
        self.toast.set(Some(Toast { id, message, undo }));
        let toast = self.toast;
        set_timeout(
            move || {
                if toast.with_untracked(|t| t.as_ref().is_some_and(|t| t.id == id)) {
                    toast.set(None);
                }
            },
            std::time::Duration::from_secs(8),
        );
    }
}

/// Whether the address asks for the client list itself (`#/clients`)
/// rather than the start page: then the list is drawn before the whole
/// workspace is restored.
pub fn opens_on_list(hash: &str) -> bool {
    Route::parse(hash) == Route::Clients && !hash.trim_matches(['#', '/']).is_empty()
}

fn browser_language() -> Lang {
    let tag = window().navigator().language().unwrap_or_default();
    if tag.starts_with("vi") {
        Lang::Vi
    } else {
        Lang::En
    }
}

/// The text of `key` in the current language, for a view or a label prop.
///
/// Every `move || app.t(Key::…)` written at a call site is a type of its own,
/// and with it a copy of the renderer's generic code; this one closure type
/// serves every label, which keeps the wasm much smaller.
pub fn tr(key: impl Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_app().lang;
    move || key.text(lang.get())
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
