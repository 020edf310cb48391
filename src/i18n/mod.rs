//! Every visible string, in English and Vietnamese. The Vietnamese wording
//! follows the trade's own vocabulary (reference article 001): account people
//! in Vietnam say "Account", "Brief", "team" and "deadline" as they are.

pub mod activity;
mod catalog;
mod client_import;
mod data_problems;

pub use crate::domain::locale::Lang;
pub use catalog::{Key, LaterKey};
pub use client_import::{csv_error_text, row_note_text, vocabulary, CLIENT_CSV_COLUMNS};
use data_problems::{json_problem_text, shape_problem_text};

use crate::domain::client::{ClientStatus, DecisionRole, Tier};
use crate::domain::envelope::{RestoreError, VERSION};
use crate::domain::salvage::LostPart;
use crate::domain::team::Role;
use crate::domain::validation::Problem;

/// The texts of a catalog key, [`Key`] or [`LaterKey`] (see `catalog.rs`).
pub trait Text: Copy + Send + Sync + 'static {
    fn en(self) -> &'static str;
    fn vi(self) -> &'static str;

    fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en(),
            Lang::Vi => self.vi(),
        }
    }
}

/// Either kind of key, where one list or choice mixes texts of both wasm
/// files (a CSV's headers, a timeline's filters). For code of the second
/// file only: its texts include every [`LaterKey`]'s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnyKey {
    First(Key),
    Later(LaterKey),
}

impl From<Key> for AnyKey {
    fn from(key: Key) -> Self {
        AnyKey::First(key)
    }
}

impl From<LaterKey> for AnyKey {
    fn from(key: LaterKey) -> Self {
        AnyKey::Later(key)
    }
}

impl Text for AnyKey {
    fn en(self) -> &'static str {
        match self {
            AnyKey::First(key) => key.en(),
            AnyKey::Later(key) => key.en(),
        }
    }

    fn vi(self) -> &'static str {
        match self {
            AnyKey::First(key) => key.vi(),
            AnyKey::Later(key) => key.vi(),
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
    type Key: Text;

    fn label(self) -> Self::Key;
}

impl Label for ClientStatus {
    type Key = Key;

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
    type Key = Key;

    fn label(self) -> Key {
        match self {
            Tier::A => Key::TierA,
            Tier::B => Key::TierB,
            Tier::C => Key::TierC,
        }
    }
}

impl Label for DecisionRole {
    type Key = Key;

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
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        use crate::domain::budget::CostCategory as C;
        match self {
            C::Media => LaterKey::CategoryMedia,
            C::Production => LaterKey::CategoryProduction,
            C::Creative => LaterKey::CategoryCreative,
            C::Fee => LaterKey::CategoryFee,
            C::ThirdParty => LaterKey::CategoryThirdParty,
            C::Other => LaterKey::CategoryOther,
        }
    }
}

impl Label for crate::domain::review::Confidence {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        use crate::domain::review::Confidence as C;
        match self {
            C::Low => LaterKey::ConfidenceLow,
            C::Medium => LaterKey::ConfidenceMedium,
            C::High => LaterKey::ConfidenceHigh,
        }
    }
}

impl Label for crate::domain::review::SourceKind {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        use crate::domain::review::SourceKind as S;
        match self {
            S::Fact => LaterKey::SourceFact,
            S::Inference => LaterKey::SourceInference,
            S::Assumption => LaterKey::SourceAssumption,
        }
    }
}

impl Label for crate::domain::review::SwotQuadrant {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        use crate::domain::review::SwotQuadrant as Q;
        match self {
            Q::Strengths => LaterKey::Strengths,
            Q::Weaknesses => LaterKey::Weaknesses,
            Q::Opportunities => LaterKey::Opportunities,
            Q::Threats => LaterKey::Threats,
        }
    }
}

impl Label for crate::domain::wip::Department {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        use crate::domain::wip::Department as D;
        match self {
            D::Account => LaterKey::DeptAccount,
            D::Creative => LaterKey::DeptCreative,
            D::Planning => LaterKey::DeptPlanning,
            D::Production => LaterKey::DeptProduction,
            D::Design => LaterKey::DeptDesign,
            D::Media => LaterKey::DeptMedia,
        }
    }
}

impl Label for crate::domain::wip::WipStatus {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        use crate::domain::wip::WipStatus as S;
        match self {
            S::Briefed => LaterKey::WipBriefed,
            S::InProgress => LaterKey::WipInProgress,
            S::InternalReview => LaterKey::WipInternalReview,
            S::ClientReview => LaterKey::WipClientReview,
            S::Approved => LaterKey::WipApproved,
            S::OnHold => LaterKey::WipOnHold,
            S::Done => LaterKey::WipDone,
        }
    }
}

impl Label for crate::domain::brief::BriefStatus {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        use crate::domain::brief::BriefStatus as S;
        match self {
            S::Received => LaterKey::BriefReceived,
            S::Clarifying => LaterKey::BriefClarifying,
            S::Accepted => LaterKey::BriefAccepted,
            S::InWork => LaterKey::BriefInWork,
            S::Done => LaterKey::BriefDone,
        }
    }
}

impl Label for crate::domain::contact_report::ReportStatus {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        use crate::domain::contact_report::ReportStatus as S;
        match self {
            S::Draft => LaterKey::ReportDraft,
            S::Sent => LaterKey::ReportSent,
            S::Acknowledged => LaterKey::ReportAcknowledged,
        }
    }
}

impl Label for Role {
    type Key = Key;

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
        Problem::DateOutOfRange => Key::ProblemDateOutOfRange,
        Problem::TotalTooLarge => Key::ProblemTotalTooLarge,
        Problem::SkippedLocalTime => Key::ProblemSkippedLocalTime,
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
        Problem::WrongShape(problem) => return shape_problem_text(problem, lang),
    };
    key.text(lang).to_string()
}

/// Why stored or imported data was refused, in the reader's language.
/// What a salvage left out, in words: "30 budgets, the settings", and the
/// records of readable parts that went with their lost clients. Second-file
/// code only (its words are `LaterKey`s): the first file's banner reaches it
/// through `LaterCode`.
pub fn lost_parts_text(lost: &[LostPart], orphans: usize, lang: Lang) -> String {
    let mut by_collection: Vec<(&str, usize)> = Vec::new();
    for part in lost {
        match by_collection
            .iter_mut()
            .find(|(c, _)| *c == part.collection)
        {
            Some((_, n)) => *n += part.records,
            None => by_collection.push((&part.collection, part.records)),
        }
    }
    let text = |key: LaterKey, n: usize| fill(key.text(lang), &[("n", &n.to_string())]);
    let mut items: Vec<String> = by_collection
        .into_iter()
        .map(|(collection, n)| {
            let key = match collection {
                "team" => LaterKey::LostTeam,
                "clients" => LaterKey::LostClients,
                "budgets" => LaterKey::LostBudgets,
                "reviews" => LaterKey::LostReviews,
                "briefs" => LaterKey::LostBriefs,
                "contact_reports" => LaterKey::LostContactReports,
                "wip" => LaterKey::LostWip,
                "interactions" => LaterKey::LostInteractions,
                "nps" => LaterKey::LostNps,
                "deals" => LaterKey::LostDeals,
                _ => LaterKey::LostSettings,
            };
            text(key, n)
        })
        .collect();
    if orphans > 0 {
        items.push(text(LaterKey::SalvagedOrphans, orphans));
    }
    items.join(", ")
}

pub fn restore_error_text(error: &RestoreError, lang: Lang) -> String {
    let text = |key: Key, values: &[(&str, &str)]| fill(key.text(lang), values);
    match error {
        RestoreError::Empty => text(Key::RestoreEmpty, &[]),
        RestoreError::NotJson {
            line,
            column,
            problem,
        } => text(
            Key::RestoreNotJson,
            &[
                ("line", &line.to_string()),
                ("column", &column.to_string()),
                ("detail", &json_problem_text(problem, lang)),
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
    const SAME_IN_BOTH: &[&str] = &[
        "AppName",
        "Email",
        "TierA",
        "TierB",
        "TierC",
        "RoleAccountIntern",
        "RoleAccountExecutive",
        "RoleAccountManager",
        "RoleAccountDirector",
        "RoleCreative",
        "RolePlanning",
        "RoleProduction",
        "RoleDesign",
        "RoleMedia",
        "Website",
        "LanguageEnglish",
        "LanguageVietnamese",
        "Tier",
        "RestoreInvalid",
        "CategoryMedia",
        "NavReviews",
        "ReviewsTitle",
        "ShareOfVoice",
        "Url",
        "ClientReviews",
        "KindReview",
        "ImportTitle",
        "NavWip",
        "KindBrief",
        "KindContactReport",
        "DeptAccount",
        "DeptCreative",
        "DeptPlanning",
        "DeptMedia",
        "BriefDeadline",
        "BriefTimeline",
        "ReportsTitle",
        "ContactReportOf",
        "AgencySide",
        "ClientBriefs",
        "ClientContactReports",
        "KindDeal",
        "NavDashboard",
        "DashKpiNps",
        "DealUpsell",
        "DealCrossSell",
        "DealStageProposal",
        "TimelineNps",
    ];

    /// Every key of both kinds: its name and its two texts.
    fn every_key() -> Vec<(String, &'static str, &'static str)> {
        let first = Key::ALL.iter().map(|&k| (format!("{k:?}"), k.en(), k.vi()));
        let later = LaterKey::ALL
            .iter()
            .map(|&k| (format!("{k:?}"), k.en(), k.vi()));
        first.chain(later).collect()
    }

    #[test]
    fn every_key_has_an_english_and_a_vietnamese_text() {
        for (key, en, vi) in every_key() {
            assert!(!en.trim().is_empty(), "{key} has no English text");
            assert!(!vi.trim().is_empty(), "{key} has no Vietnamese text");
            if !SAME_IN_BOTH.contains(&key.as_str()) {
                assert_ne!(en, vi, "{key} is not translated");
            }
        }
    }

    #[test]
    fn a_key_name_is_in_one_catalog_only() {
        let keys = every_key();
        let names: HashSet<&str> = keys.iter().map(|(key, _, _)| key.as_str()).collect();
        assert_eq!(names.len(), keys.len());
        for name in SAME_IN_BOTH {
            assert!(names.contains(name), "{name} is not a key");
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
        for (key, en, vi) in every_key() {
            assert_eq!(placeholders(en), placeholders(vi), "{key}");
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
