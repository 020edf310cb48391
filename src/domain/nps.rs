//! NPS responses: "how likely are you to recommend us?" on 0–10, plus the
//! two criteria the reference texts judge an account person by — consulting
//! knowledge and care attitude — each rated 1–5.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::id::Id;
use super::meta::{Meta, Record, Timestamp};
use super::validation::{Checker, FieldError, Problem, MAX_LINE, MAX_NOTES};

pub const MAX_SCORE: u8 = 10;
pub const MIN_RATING: u8 = 1;
pub const MAX_RATING: u8 = 5;

/// Where a score puts the respondent: 9–10 promoter, 7–8 passive, 0–6 detractor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NpsCategory {
    Promoter,
    Passive,
    Detractor,
}

impl NpsCategory {
    pub const ALL: [NpsCategory; 3] = [
        NpsCategory::Promoter,
        NpsCategory::Passive,
        NpsCategory::Detractor,
    ];

    /// The category of a score; `None` above 10 (a score validation refuses,
    /// which therefore counts nowhere).
    pub fn of(score: u8) -> Option<NpsCategory> {
        match score {
            0..=6 => Some(NpsCategory::Detractor),
            7..=8 => Some(NpsCategory::Passive),
            9..=MAX_SCORE => Some(NpsCategory::Promoter),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NpsResponse {
    pub meta: Meta,
    pub client: Id,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub date: NaiveDate,
    /// Who answered; may be empty for an anonymous survey.
    #[serde(default)]
    pub respondent: String,
    /// 0–10.
    pub score: u8,
    /// 1–5; `None` when the question was skipped.
    #[serde(default)]
    pub consulting_knowledge: Option<u8>,
    /// 1–5; `None` when the question was skipped.
    #[serde(default)]
    pub care_attitude: Option<u8>,
    #[serde(default)]
    pub comment: String,
}

impl NpsResponse {
    pub fn new(client: Id, date: NaiveDate, score: u8, now: Timestamp) -> Self {
        Self {
            meta: Meta::new(now),
            client,
            date,
            respondent: String::new(),
            score,
            consulting_knowledge: None,
            care_attitude: None,
            comment: String::new(),
        }
    }

    pub fn category(&self) -> Option<NpsCategory> {
        NpsCategory::of(self.score)
    }

    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        check.max_len("respondent", &self.respondent, MAX_LINE);
        check.date("date", self.date);
        if self.score > MAX_SCORE {
            check.push("score", Problem::OutOfRange(0, i64::from(MAX_SCORE)));
        }
        for (path, rating) in [
            ("consulting_knowledge", self.consulting_knowledge),
            ("care_attitude", self.care_attitude),
        ] {
            if rating.is_some_and(|r| !is_rating(r)) {
                check.push(
                    path,
                    Problem::OutOfRange(i64::from(MIN_RATING), i64::from(MAX_RATING)),
                );
            }
        }
        check.max_len("comment", &self.comment, MAX_NOTES);
        check.finish()
    }
}

/// A criterion rating in its 1–5 range.
pub fn is_rating(value: u8) -> bool {
    (MIN_RATING..=MAX_RATING).contains(&value)
}

impl Record for NpsResponse {
    fn meta(&self) -> &Meta {
        &self.meta
    }
    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn response(score: u8) -> NpsResponse {
        NpsResponse::new(
            Id::new_v4(),
            NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            score,
            Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
        )
    }

    #[test]
    fn scores_fall_into_the_three_categories() {
        let categories: Vec<_> = (0..=11).map(NpsCategory::of).collect();
        use NpsCategory::*;
        assert_eq!(
            categories,
            [
                Some(Detractor),
                Some(Detractor),
                Some(Detractor),
                Some(Detractor),
                Some(Detractor),
                Some(Detractor),
                Some(Detractor),
                Some(Passive),
                Some(Passive),
                Some(Promoter),
                Some(Promoter),
                None
            ]
        );
        assert_eq!(response(9).category(), Some(Promoter));
    }

    #[test]
    fn score_and_ratings_must_be_in_range() {
        let mut r = response(11);
        r.consulting_knowledge = Some(0);
        r.care_attitude = Some(6);
        assert_eq!(
            r.validate().unwrap_err(),
            [
                FieldError::new("score", Problem::OutOfRange(0, 10)),
                FieldError::new("consulting_knowledge", Problem::OutOfRange(1, 5)),
                FieldError::new("care_attitude", Problem::OutOfRange(1, 5)),
            ]
        );
        r.score = 10;
        r.consulting_knowledge = Some(1);
        r.care_attitude = Some(5);
        assert_eq!(r.validate(), Ok(()));
        r.consulting_knowledge = None;
        r.care_attitude = None;
        assert_eq!(r.validate(), Ok(()));
        assert_eq!(response(0).validate(), Ok(()));
    }

    #[test]
    fn respondent_and_comment_have_length_limits() {
        let mut r = response(8);
        r.respondent = "x".repeat(MAX_LINE + 1);
        r.comment = "y".repeat(MAX_NOTES + 1);
        assert_eq!(
            r.validate().unwrap_err(),
            [
                FieldError::new("respondent", Problem::TooLong(MAX_LINE)),
                FieldError::new("comment", Problem::TooLong(MAX_NOTES)),
            ]
        );
    }

    #[test]
    fn optional_fields_may_be_missing_from_a_file() {
        let r = response(7);
        let mut json = serde_json::to_value(&r).unwrap();
        let object = json.as_object_mut().unwrap();
        for key in [
            "respondent",
            "consulting_knowledge",
            "care_attitude",
            "comment",
        ] {
            object.remove(key);
        }
        assert_eq!(serde_json::from_value::<NpsResponse>(json).unwrap(), r);
    }
}
