//! Which page draws which route, and in which wasm file its code travels.
//!
//! The client list, the first screen, is drawn by the main wasm file from
//! the team and clients read at start. Every other screen is drawn by a
//! second file when the app is built with the `split` feature (the release
//! build, see `scripts/wasm-split/`): the browser fetches it at start, while
//! the list's part of the workspace is read ([`preload_later_screens`]), or
//! right after the list's first paint, so a first visit downloads and
//! compiles less before the client list appears.
//!
//! A few buttons of the first screen do work that nothing else on it needs
//! (the sample agency, the backup export, the list's CSV, the download of
//! unreadable data): that code travels in the second file too
//! ([`run_later`]), and so do the whole restore and the code that saves,
//! which every entry into that file hands over first (`in_second_file!`,
//! `later_code`).
//!
//! Without the feature (tests, `cargo check`) the same code is linked into
//! one file and the "load" below is immediate.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;

use crate::domain::Id;
use crate::i18n::Key;
use crate::route::Route;

use super::components::banner::{Banner, Tone};
use super::state::{tr, use_app, AppState, InMemory};
use super::{export, later_code, pages};

/// The page for `route`.
pub fn screen(app: AppState, route: Route) -> AnyView {
    match route {
        // Drawn from the team and clients read at start; when they could not
        // be read alone, only the whole restore, in the second file, can
        // say what the list holds: drawn from there then.
        Route::Clients if app.in_memory.get_untracked() != InMemory::Nothing => {
            view! { <pages::clients::ClientsPage /> }.into_any()
        }
        route => view! { <LaterScreen route=route /> }.into_any(),
    }
}

/// Fetches the screens of the second file in the background, so that the
/// dashboard at start or the first click on another screen does not wait for
/// the network. A failure is left for that screen to report (with a way to
/// try again).
pub fn preload_later_screens() {
    // Not Leptos' spawner: this runs before the app, and so before Leptos
    // has set its executor up.
    wasm_bindgen_futures::spawn_local(async {
        let _ = second_file_ready().await;
    });
}

/// Declares a function whose code travels in the second file: with the
/// `split` feature a `#[wasm_split]` function, which fetches the file first,
/// and otherwise a plain `async fn`. Either way it hands `later_code` over
/// before anything else, so no code of that file can change the workspace
/// before restoring and saving are possible.
macro_rules! in_second_file {
    ($(#[$doc:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split(later_screens, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name($($arg: $ty),*) -> Result<$out, SplitLoaderError> {
            later_code::install();
            Ok($body)
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> Result<$out, SplitLoaderError> {
            later_code::install();
            Ok($body)
        }
    };
}

in_second_file! {
    /// Loads the second file and takes `later_code` from it.
    pub fn second_file_ready() -> () {}
}

in_second_file! {
    fn later_screen(app: AppState, route: Route) -> AnyView {
        // Every screen of this file draws from the whole workspace.
        app.finish_restore();
        draw_later_screen(route)
    }
}

/// A screen from the second file: "Opening…" while it is fetched (only on a
/// first visit, before the preload has finished), a message with "Try again"
/// when the fetch failed.
#[component]
fn LaterScreen(route: Route) -> impl IntoView {
    let app = use_app();
    let attempt = RwSignal::new(0u32);
    move || {
        attempt.track();
        let drawn = SendWrapper::new(async move {
            crate::browser::styles::later_styles_ready().await;
            later_screen(app, route).await.unwrap_or_else(|_| {
                view! {
                    <Banner tone=Tone::Error title=tr(Key::ScreenLoadFailedTitle) body=tr(Key::ScreenLoadFailedBody)>
                        <button class="btn btn-primary" on:click=move |_| attempt.update(|n| *n += 1)>
                            {tr(Key::TryAgain)}
                        </button>
                    </Banner>
                }
                .into_any()
            })
        });
        view! {
            <Suspense fallback=|| view! { <p class="screen-loading" role="status">{tr(Key::ScreenLoading)}</p> }>
                {Suspend::new(drawn)}
            </Suspense>
        }
    }
}

/// Work asked for on the first screen whose code is in the second file.
#[derive(Clone, Debug, PartialEq)]
pub enum LaterWork {
    /// "Load sample data" on the empty client list: the sample agency's
    /// text and its builder are ~24 KB of gzip.
    LoadSample,
    /// "Export backup now" in the backup reminder and the save-failed
    /// banner. Changes that are not saved can only have been made on a
    /// screen of the second file, so when there is work to rescue the file
    /// is there.
    ExportEverything,
    /// The client list's "Export CSV" of these clients, in this order.
    ClientsCsv(Vec<Id>),
    /// "Download stored data" of unreadable data kept under this key, which
    /// only the whole restore (in that file) can have found.
    DownloadStored(String),
}

/// Does `work` once the second file is there (at once when it is, as it
/// usually is by the time anyone clicks); when it cannot be fetched, says so
/// and changes nothing.
pub fn run_later(app: AppState, work: LaterWork) {
    leptos::task::spawn_local(async move {
        if do_later(app, work).await.is_err() {
            app.show_toast(app.t(Key::LaterWorkFailed).to_string(), None);
        }
    });
}

in_second_file! {
    fn do_later(app: AppState, work: LaterWork) -> () {
        app.finish_restore();
        match work {
            LaterWork::LoadSample => pages::clients::load_sample(app),
            LaterWork::ExportEverything => export::export_everything(app),
            LaterWork::ClientsCsv(ids) => pages::clients::export_clients_csv(app, ids),
            LaterWork::DownloadStored(key) => export::download_stored(&key),
        }
    }
}

fn draw_later_screen(route: Route) -> AnyView {
    match route {
        Route::Dashboard => view! { <pages::dashboard::DashboardPage /> }.into_any(),
        Route::Clients => view! { <pages::clients::ClientsPage /> }.into_any(),
        Route::NewClient => view! { <pages::client_form::ClientFormPage id=None /> }.into_any(),
        Route::EditClient(id) => {
            view! { <pages::client_form::ClientFormPage id=Some(id) /> }.into_any()
        }
        Route::NewContact(id) => {
            view! { <pages::client_form::ClientFormPage id=Some(id) add_contact=true /> }.into_any()
        }
        Route::Client(id) => view! { <pages::client::ClientPage id /> }.into_any(),
        Route::Budgets => view! { <pages::budgets::BudgetsPage /> }.into_any(),
        Route::NewBudget(client) => match client {
            Some(client) => view! { <pages::budget_form::BudgetFormPage client /> }.into_any(),
            None => view! { <pages::budget_form::BudgetFormPage /> }.into_any(),
        },
        Route::Budget(id) => view! { <pages::budget::BudgetPage id /> }.into_any(),
        Route::EditBudget(id) => view! { <pages::budget_form::BudgetFormPage id /> }.into_any(),
        Route::Reviews => view! { <pages::reviews::ReviewsPage /> }.into_any(),
        Route::NewReview(client) => match client {
            Some(client) => view! { <pages::reviews::NewReviewPage client /> }.into_any(),
            None => view! { <pages::reviews::NewReviewPage /> }.into_any(),
        },
        Route::Review(id) => view! { <pages::review::ReviewPage id /> }.into_any(),
        Route::Present(id) => view! { <pages::review::present::PresentPage id /> }.into_any(),
        Route::Briefs => view! { <pages::briefs::BriefsPage /> }.into_any(),
        Route::NewBrief(client) => view! { <pages::brief::BriefPage id=None client /> }.into_any(),
        Route::Brief(id) => {
            view! { <pages::brief::BriefPage id=Some(id) client=None /> }.into_any()
        }
        Route::Summary(id) => view! { <pages::summary::SummaryPage id /> }.into_any(),
        Route::ContactReports => view! { <pages::reports::ContactReportsPage /> }.into_any(),
        Route::NewContactReport(client) => {
            view! { <pages::reports::NewContactReportPage client /> }.into_any()
        }
        Route::ContactReport(id) => view! { <pages::report::ContactReportPage id /> }.into_any(),
        Route::Wip => view! { <pages::wip::WipPage /> }.into_any(),
        Route::WipBoard => view! { <pages::wip_board::WipBoardPage /> }.into_any(),
        Route::WipWeekly => view! { <pages::wip_weekly::WipWeeklyPage /> }.into_any(),
        Route::NewWipItem(client) => {
            view! { <pages::wip_item::WipItemPage id=None client /> }.into_any()
        }
        Route::WipItem(id) => {
            view! { <pages::wip_item::WipItemPage id=Some(id) client=None /> }.into_any()
        }
        Route::Team => view! { <pages::team::TeamPage /> }.into_any(),
        Route::Data => view! { <pages::data::DataPage /> }.into_any(),
        Route::NotFound => view! { <pages::not_found::NotFound /> }.into_any(),
    }
}
