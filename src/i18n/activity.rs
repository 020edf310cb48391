//! The words of a client's activity: request channels, deal kinds and
//! stages, NPS categories, timeline kinds, waiting and response times, and
//! the timeline's month headings.

use chrono::Duration;

use crate::domain::deal::{DealKind, DealStage};
use crate::domain::interaction::Channel;
use crate::domain::nps::NpsCategory;
use crate::domain::timeline::EntryKind;

use super::{fill, AnyKey, Key, Label, Lang, LaterKey, Text};

impl Label for Channel {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        match self {
            Channel::Email => LaterKey::Email,
            Channel::Phone => LaterKey::Phone,
            Channel::Meeting => LaterKey::ChannelMeeting,
            Channel::Chat => LaterKey::ChannelChat,
        }
    }
}

impl Label for DealKind {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        match self {
            DealKind::NewBusiness => LaterKey::DealNewBusiness,
            DealKind::Renewal => LaterKey::DealRenewal,
            DealKind::Upsell => LaterKey::DealUpsell,
            DealKind::CrossSell => LaterKey::DealCrossSell,
        }
    }
}

impl Label for DealStage {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        match self {
            DealStage::Brief => LaterKey::KindBrief,
            DealStage::Proposal => LaterKey::DealStageProposal,
            DealStage::Negotiation => LaterKey::DealStageNegotiation,
            DealStage::Won => LaterKey::DealStageWon,
            DealStage::Lost => LaterKey::DealStageLost,
        }
    }
}

impl Label for NpsCategory {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        match self {
            NpsCategory::Promoter => LaterKey::NpsPromoter,
            NpsCategory::Passive => LaterKey::NpsPassive,
            NpsCategory::Detractor => LaterKey::NpsDetractor,
        }
    }
}

/// One entry's kind, as the timeline labels it.
impl Label for EntryKind {
    type Key = LaterKey;

    fn label(self) -> LaterKey {
        match self {
            EntryKind::Request => LaterKey::KindInteraction,
            EntryKind::Deal => LaterKey::KindDeal,
            EntryKind::Nps => LaterKey::KindNps,
            EntryKind::Brief => LaterKey::KindBrief,
            EntryKind::Budget => LaterKey::KindBudget,
            EntryKind::Review => LaterKey::KindReview,
            EntryKind::ContactReport => LaterKey::KindContactReport,
            EntryKind::Wip => LaterKey::KindWip,
        }
    }
}

/// The plural a filter offers for a kind: "Requests", "Budgets".
pub fn kind_plural(kind: EntryKind) -> AnyKey {
    match kind {
        EntryKind::Request => LaterKey::TimelineRequests.into(),
        EntryKind::Deal => LaterKey::DealsTitle.into(),
        EntryKind::Nps => LaterKey::TimelineNps.into(),
        EntryKind::Brief => LaterKey::ClientBriefs.into(),
        EntryKind::Budget => Key::NavBudgets.into(),
        EntryKind::Review => LaterKey::TimelineReviews.into(),
        EntryKind::ContactReport => Key::NavContactReports.into(),
        EntryKind::Wip => Key::NavWip.into(),
    }
}

/// A waiting or response time as an account person says it, rounded to the
/// minute below a day and to the hour above, as the dashboard rounds it:
/// "under a minute", "45 min", "2 h 10 min", "3 d 4 h" / "2 giờ 10 phút".
/// A negative time reads as none.
pub fn duration_text(duration: Duration, lang: Lang) -> String {
    let minutes = (duration.num_seconds().max(0) + 30) / 60;
    let (days, hours, mins) = if minutes >= 24 * 60 {
        let hours = (minutes + 30) / 60;
        (hours / 24, hours % 24, 0)
    } else {
        (0, minutes / 60, minutes % 60)
    };
    let (d, h, m) = (days.to_string(), hours.to_string(), mins.to_string());
    let (key, values): (LaterKey, &[(&str, &str)]) = match (days, hours, mins) {
        (0, 0, 0) => (LaterKey::DurationUnderMinute, &[]),
        (0, 0, _) => (LaterKey::DurationMinutes, &[("m", &m)]),
        (0, _, 0) => (LaterKey::DurationHours, &[("h", &h)]),
        (0, _, _) => (LaterKey::DurationHoursMinutes, &[("h", &h), ("m", &m)]),
        (_, 0, _) => (LaterKey::DurationDays, &[("d", &d)]),
        _ => (LaterKey::DurationDaysHours, &[("d", &d), ("h", &h)]),
    };
    fill(key.text(lang), values)
}

/// A month's heading on the timeline: "November 2026" / "Tháng 11/2026".
pub fn month_heading(year: i32, month: u32, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = month.clamp(1, 12);
    match lang {
        Lang::En => format!("{} {year}", MONTHS[(month - 1) as usize]),
        Lang::Vi => format!("Tháng {month}/{year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_people_say_them() {
        let cases = [
            (Duration::seconds(-30), "under a minute", "chưa đến 1 phút"),
            (Duration::seconds(29), "under a minute", "chưa đến 1 phút"),
            (Duration::seconds(59), "1 min", "1 phút"),
            (Duration::minutes(45), "45 min", "45 phút"),
            (Duration::minutes(120), "2 h", "2 giờ"),
            (Duration::minutes(130), "2 h 10 min", "2 giờ 10 phút"),
            (Duration::hours(24) + Duration::minutes(5), "1 d", "1 ngày"),
            (
                Duration::hours(76) + Duration::minutes(59),
                "3 d 5 h",
                "3 ngày 5 giờ",
            ),
        ];
        for (duration, en, vi) in cases {
            assert_eq!(duration_text(duration, Lang::En), en);
            assert_eq!(duration_text(duration, Lang::Vi), vi);
        }
    }

    #[test]
    fn month_headings_in_both_languages() {
        assert_eq!(month_heading(2026, 11, Lang::En), "November 2026");
        assert_eq!(month_heading(2027, 1, Lang::Vi), "Tháng 1/2027");
    }

    #[test]
    fn every_kind_has_a_label_and_a_plural() {
        for kind in EntryKind::ALL {
            assert!(!kind.label().en().is_empty());
            assert_ne!(kind.label().en(), kind_plural(kind).en());
        }
    }
}
