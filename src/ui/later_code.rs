//! Functions the first wasm file calls whose code travels in the second:
//! the whole restore, the save and the merge of another tab's save. Together
//! ~80 KB of gzip that the client list, the first screen, never runs.
//!
//! The second file hands them over when it arrives ([`install`], called only
//! by the `in_second_file!` entries of `screens.rs`); until then [`get`] is
//! `None`. Nothing is lost by waiting: until the whole workspace is restored
//! nothing can be saved, and every change to the workspace is made by code
//! of the second file (its screens, and the first screen's `LaterWork`), so
//! by the time anything is unsaved the code is here.

use std::sync::OnceLock;

use crate::browser::storage::{self, Loaded, SaveError};
use crate::domain::envelope::{RestoreError, Restored};
use crate::domain::salvage::LostPart;
use crate::domain::saving::SaveOutcome;
use crate::domain::{Lang, Timestamp, Workspace};

#[derive(Clone, Copy)]
pub struct LaterCode {
    /// The whole stored workspace, through the restore chokepoint.
    pub load_workspace: fn(Timestamp) -> Loaded,
    /// Another tab's save, through the restore chokepoint.
    pub read_workspace: fn() -> Option<Result<Restored, RestoreError>>,
    /// A save, merged with another tab's (see `domain::saving`); the flag
    /// says whether it holds the save lock.
    pub save: fn(&Workspace, Timestamp, bool) -> SaveOutcome<SaveError>,
    /// What a salvage left out, in words (see `i18n::lost_parts_text`).
    pub lost_text: fn(&[LostPart], usize, Lang) -> String,
}

static LATER_CODE: OnceLock<LaterCode> = OnceLock::new();

/// Hands the code over. Call only from the second file's code (the
/// `in_second_file!` entries), or it is all linked into the first file.
pub fn install() {
    LATER_CODE.get_or_init(|| LaterCode {
        load_workspace: storage::load_workspace,
        read_workspace: storage::read_workspace,
        save: storage::save_workspace,
        lost_text: crate::i18n::lost_parts_text,
    });
}

/// The code, once the second file has handed it over.
pub fn get() -> Option<&'static LaterCode> {
    LATER_CODE.get()
}

/// Runs `work` with the code: at once when the second file is here, else
/// once it is fetched — and not at all if it cannot be (the screen or banner
/// that needs it says so).
pub fn when_fetched(work: impl FnOnce(&'static LaterCode) + 'static) {
    match get() {
        Some(code) => work(code),
        None => leptos::task::spawn_local(async move {
            if super::screens::second_file_ready().await.is_ok() {
                if let Some(code) = get() {
                    work(code);
                }
            }
        }),
    }
}
