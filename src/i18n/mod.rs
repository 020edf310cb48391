//! Every visible string, in English and Vietnamese. The Vietnamese wording
//! follows the trade's own vocabulary (reference article 001): account people
//! in Vietnam say "Account", "Brief", "team" and "deadline" as they are.

pub mod activity;
mod catalog;
mod client_import;

pub use crate::domain::locale::Lang;
pub use catalog::Key;
pub use client_import::{csv_error_text, row_note_text, vocabulary, CLIENT_CSV_COLUMNS};

use crate::domain::client::{ClientStatus, DecisionRole, Tier};
use crate::domain::envelope::{RestoreError, VERSION};
use crate::domain::team::Role;
use crate::domain::validation::Problem;

impl Key {
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en(),
            Lang::Vi => self.vi(),
        }
    }
}

/// Fills `{name}` placeholders: `fill("{n} clients", &[("n", "8")])`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The catalog key naming a value of a domain enum.
pub trait Label {
    fn label(self) -> Key;
}

impl Label for ClientStatus {
    fn label(self) -> Key {
        match self {
            ClientStatus::Prospect => Key::StatusProspect,
            ClientStatus::Active => Key::StatusActive,
            ClientStatus::Paused => Key::StatusPaused,
            ClientStatus::Churned => Key::StatusChurned,
        }
    }
}

impl Label for Tier {
    fn label(self) -> Key {
        match self {
            Tier::A => Key::TierA,
            Tier::B => Key::TierB,
            Tier::C => Key::TierC,
        }
    }
}

impl Label for DecisionRole {
    fn label(self) -> Key {
        match self {
            DecisionRole::DecisionMaker => Key::DecisionMaker,
            DecisionRole::Approver => Key::DecisionApprover,
            DecisionRole::Influencer => Key::DecisionInfluencer,
            DecisionRole::DayToDay => Key::DecisionDayToDay,
            DecisionRole::Finance => Key::DecisionFinance,
            DecisionRole::Other => Key::DecisionOther,
        }
    }
}

impl Label for crate::domain::budget::CostCategory {
    fn label(self) -> Key {
        use crate::domain::budget::CostCategory as C;
        match self {
            C::Media => Key::CategoryMedia,
            C::Production => Key::CategoryProduction,
            C::Creative => Key::CategoryCreative,
            C::Fee => Key::CategoryFee,
            C::ThirdParty => Key::CategoryThirdParty,
            C::Other => Key::CategoryOther,
        }
    }
}

impl Label for crate::domain::review::Confidence {
    fn label(self) -> Key {
        use crate::domain::review::Confidence as C;
        match self {
            C::Low => Key::ConfidenceLow,
            C::Medium => Key::ConfidenceMedium,
            C::High => Key::ConfidenceHigh,
        }
    }
}

impl Label for crate::domain::review::SourceKind {
    fn label(self) -> Key {
        use crate::domain::review::SourceKind as S;
        match self {
            S::Fact => Key::SourceFact,
            S::Inference => Key::SourceInference,
            S::Assumption => Key::SourceAssumption,
        }
    }
}

impl Label for crate::domain::review::SwotQuadrant {
    fn label(self) -> Key {
        use crate::domain::review::SwotQuadrant as Q;
        match self {
            Q::Strengths => Key::Strengths,
            Q::Weaknesses => Key::Weaknesses,
            Q::Opportunities => Key::Opportunities,
            Q::Threats => Key::Threats,
        }
    }
}

impl Label for crate::domain::wip::Department {
    fn label(self) -> Key {
        use crate::domain::wip::Department as D;
        match self {
            D::Account => Key::DeptAccount,
            D::Creative => Key::DeptCreative,
            D::Planning => Key::DeptPlanning,
            D::Production => Key::DeptProduction,
            D::Design => Key::DeptDesign,
            D::Media => Key::DeptMedia,
        }
    }
}

impl Label for crate::domain::wip::WipStatus {
    fn label(self) -> Key {
        use crate::domain::wip::WipStatus as S;
        match self {
            S::Briefed => Key::WipBriefed,
            S::InProgress => Key::WipInProgress,
            S::InternalReview => Key::WipInternalReview,
            S::ClientReview => Key::WipClientReview,
            S::Approved => Key::WipApproved,
            S::OnHold => Key::WipOnHold,
            S::Done => Key::WipDone,
        }
    }
}

impl Label for crate::domain::brief::BriefStatus {
    fn label(self) -> Key {
        use crate::domain::brief::BriefStatus as S;
        match self {
            S::Received => Key::BriefReceived,
            S::Clarifying => Key::BriefClarifying,
            S::Accepted => Key::BriefAccepted,
            S::InWork => Key::BriefInWork,
            S::Done => Key::BriefDone,
        }
    }
}

impl Label for crate::domain::contact_report::ReportStatus {
    fn label(self) -> Key {
        use crate::domain::contact_report::ReportStatus as S;
        match self {
            S::Draft => Key::ReportDraft,
            S::Sent => Key::ReportSent,
            S::Acknowledged => Key::ReportAcknowledged,
        }
    }
}

impl Label for Role {
    fn label(self) -> Key {
        match self {
            Role::AccountIntern => Key::RoleAccountIntern,
            Role::AccountExecutive => Key::RoleAccountExecutive,
            Role::AccountManager => Key::RoleAccountManager,
            Role::AccountDirector => Key::RoleAccountDirector,
            Role::Creative => Key::RoleCreative,
            Role::Planning => Key::RolePlanning,
            Role::Production => Key::RoleProduction,
            Role::Design => Key::RoleDesign,
            Role::Media => Key::RoleMedia,
            Role::Other => Key::RoleOther,
        }
    }
}

/// A field problem in the reader's language.
pub fn problem_text(problem: &Problem, lang: Lang) -> String {
    let key = match problem {
        Problem::Required => Key::ProblemRequired,
        Problem::NotAnEmail => Key::ProblemNotAnEmail,
        Problem::NotAWebAddress => Key::ProblemNotAWebAddress,
        Problem::TooLong(max) => {
            return fill(Key::ProblemTooLong.text(lang), &[("max", &max.to_string())])
        }
        Problem::BeforeClientSince => Key::ProblemBeforeClientSince,
        Problem::ChurnDateWithoutChurn => Key::ProblemChurnDateWithoutChurn,
        Problem::UnknownTeamMember => Key::ProblemUnknownTeamMember,
        Problem::DuplicateId => Key::ProblemDuplicateId,
        Problem::EndBeforeStart => Key::ProblemEndBeforeStart,
        Problem::OutOfRange(min, max) => {
            return fill(
                Key::ProblemOutOfRange.text(lang),
                &[("min", &min.to_string()), ("max", &max.to_string())],
            )
        }
        Problem::AmountTooLarge => Key::ProblemAmountTooLarge,
        Problem::Negative => Key::ProblemNegative,
        Problem::UnknownClient => Key::ProblemUnknownClient,
        Problem::NotAnAmount => Key::ProblemNotAnAmount,
        Problem::OutsidePeriod => Key::ProblemOutsidePeriod,
        Problem::ShareOfVoiceOver100(total) => {
            return fill(
                Key::ProblemShareOfVoiceOver100.text(lang),
                &[(
                    "total",
                    &crate::domain::decimal::format_basis_points(*total, lang),
                )],
            )
        }
        Problem::WrongShape(detail) => return detail.clone(),
    };
    key.text(lang).to_string()
}

/// Why stored or imported data was refused, in the reader's language. The
/// parser's own detail (from serde_json) stays in English.
pub fn restore_error_text(error: &RestoreError, lang: Lang) -> String {
    let text = |key: Key, values: &[(&str, &str)]| fill(key.text(lang), values);
    match error {
        RestoreError::Empty => text(Key::RestoreEmpty, &[]),
        RestoreError::NotJson {
            line,
            column,
            message,
        } => text(
            Key::RestoreNotJson,
            &[
                ("line", &line.to_string()),
                ("column", &column.to_string()),
                ("detail", message),
            ],
        ),
        RestoreError::NotOurs => text(Key::RestoreNotOurs, &[]),
        RestoreError::Encrypted => text(Key::RestoreEncrypted, &[]),
        RestoreError::NewerVersion { found } => text(
            Key::RestoreNewerVersion,
            &[
                ("found", &found.to_string()),
                ("supported", &VERSION.to_string()),
            ],
        ),
        RestoreError::UnknownVersion { found } => {
            text(Key::RestoreUnknownVersion, &[("found", found)])
        }
        RestoreError::DamagedStorage(detail) => {
            text(Key::RestoreDamagedStorage, &[("detail", detail)])
        }
        RestoreError::Invalid(errors) => {
            let Some(first) = errors.first() else {
                return String::new();
            };
            let first = text(
                Key::RestoreInvalid,
                &[
                    ("path", &first.path),
                    ("problem", &problem_text(&first.problem, lang)),
                ],
            );
            match errors.len() - 1 {
                0 => first,
                more => text(
                    Key::RestoreMoreProblems,
                    &[("first", &first), ("more", &more.to_string())],
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Words that are the same in both languages on purpose: product names,
    /// trade terms Vietnamese agencies use in English, and abbreviations.
    const SAME_IN_BOTH: &[Key] = &[
        Key::AppName,
        Key::Email,
        Key::TierA,
        Key::TierB,
        Key::TierC,
        Key::RoleAccountIntern,
        Key::RoleAccountExecutive,
        Key::RoleAccountManager,
        Key::RoleAccountDirector,
        Key::RoleCreative,
        Key::RolePlanning,
        Key::RoleProduction,
        Key::RoleDesign,
        Key::RoleMedia,
        Key::Website,
        Key::LanguageEnglish,
        Key::LanguageVietnamese,
        Key::Tier,
        Key::RestoreInvalid,
        Key::CategoryMedia,
        Key::NavReviews,
        Key::ReviewsTitle,
        Key::ShareOfVoice,
        Key::Url,
        Key::ClientReviews,
        Key::KindReview,
        Key::ImportTitle,
        Key::NavWip,
        Key::KindBrief,
        Key::KindContactReport,
        Key::DeptAccount,
        Key::DeptCreative,
        Key::DeptPlanning,
        Key::DeptMedia,
        Key::BriefDeadline,
        Key::BriefTimeline,
        Key::ReportsTitle,
        Key::ContactReportOf,
        Key::AgencySide,
        Key::ClientBriefs,
        Key::ClientContactReports,
        Key::KindDeal,
        Key::NavDashboard,
        Key::DashKpiNps,
        Key::DealUpsell,
        Key::DealCrossSell,
        Key::DealStageProposal,
        Key::TimelineNps,
    ];

    #[test]
    fn every_key_has_an_english_and_a_vietnamese_text() {
        for &key in Key::ALL {
            assert!(!key.en().trim().is_empty(), "{key:?} has no English text");
            assert!(
                !key.vi().trim().is_empty(),
                "{key:?} has no Vietnamese text"
            );
            if !SAME_IN_BOTH.contains(&key) {
                assert_ne!(key.en(), key.vi(), "{key:?} is not translated");
            }
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        let placeholders = |text: &str| -> HashSet<String> {
            text.split('{')
                .skip(1)
                .filter_map(|s| s.split_once('}'))
                .map(|(name, _)| name.to_string())
                .collect()
        };
        for &key in Key::ALL {
            assert_eq!(placeholders(key.en()), placeholders(key.vi()), "{key:?}");
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("{n} of {total}", &[("n", "3"), ("total", "8")]),
            "3 of 8"
        );
    }

    #[test]
    fn restore_errors_name_the_place_in_both_languages() {
        use crate::domain::validation::FieldError;
        let error = RestoreError::Invalid(vec![
            FieldError::new("clients[3].contacts[0].email", Problem::NotAnEmail),
            FieldError::new("clients[4].name", Problem::Required),
        ]);
        assert_eq!(
            restore_error_text(&error, Lang::En),
            "clients[3].contacts[0].email: Not an email address (and 1 more)"
        );
        assert_eq!(
            restore_error_text(&RestoreError::NewerVersion { found: 7 }, Lang::Vi),
            "được tạo bởi phiên bản Account Desk mới hơn (định dạng phiên bản 7; bản này đọc được đến 1)"
        );
    }

    #[test]
    fn problems_are_translated() {
        assert_eq!(
            problem_text(&Problem::NotAnEmail, Lang::En),
            "Not an email address"
        );
        assert_eq!(
            problem_text(&Problem::TooLong(200), Lang::Vi),
            "Dài quá 200 ký tự"
        );
    }
}
