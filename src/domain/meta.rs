use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Id;

/// A moment in UTC; shown to people in their local time by the UI.
pub type Timestamp = DateTime<Utc>;

/// What every record carries so that edits can be ordered and files merged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub id: Id,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub updated_at: Timestamp,
    /// Increases by one on every change, trash and restore included.
    pub rev: u64,
    /// Set while the record is in the trash.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time_text::deserialize_option"
    )]
    pub deleted_at: Option<Timestamp>,
}

impl Meta {
    pub fn new(now: Timestamp) -> Self {
        Self {
            id: Id::new_v4(),
            created_at: now,
            updated_at: now,
            rev: 1,
            deleted_at: None,
        }
    }

    /// Records one more change. `updated_at` never moves backwards, even when
    /// the caller's clock does (a laptop whose time was corrected).
    pub fn touch(&mut self, now: Timestamp) {
        self.rev = self.rev.saturating_add(1);
        self.updated_at = self.updated_at.max(now);
    }

    pub fn is_trashed(&self) -> bool {
        self.deleted_at.is_some()
    }
}

/// A stored record: anything with [`Meta`].
pub trait Record {
    fn meta(&self) -> &Meta;
    fn meta_mut(&mut self) -> &mut Meta;

    fn id(&self) -> Id {
        self.meta().id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(hour: u32) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, hour, 0, 0).unwrap()
    }

    #[test]
    fn a_new_record_starts_at_revision_one() {
        let meta = Meta::new(at(9));
        assert_eq!(meta.rev, 1);
        assert_eq!(meta.created_at, at(9));
        assert_eq!(meta.updated_at, at(9));
        assert!(!meta.is_trashed());
    }

    #[test]
    fn touch_bumps_the_revision_and_never_goes_back_in_time() {
        let mut meta = Meta::new(at(9));
        meta.touch(at(10));
        assert_eq!((meta.rev, meta.updated_at), (2, at(10)));
        meta.touch(at(8));
        assert_eq!((meta.rev, meta.updated_at), (3, at(10)));
    }
}
