//! The Communication / Competitor Review (reference article 003): the
//! client's market over about a year, its competitors and their campaigns,
//! and the agency's point of view — the document an account presents before
//! a pitch. Reviews are saved as they are typed; their problems are shown
//! beside the fields rather than blocking the save.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::decimal::mul_div_round;
use super::id::Id;
use super::meta::{Meta, Record, Timestamp};
use super::money::Currency;
use super::validation::{is_web_address, FieldError, Problem};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    #[default]
    Fact,
    Inference,
    Assumption,
}

impl SourceKind {
    pub const ALL: [SourceKind; 3] = [
        SourceKind::Fact,
        SourceKind::Inference,
        SourceKind::Assumption,
    ];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Low,
    #[default]
    Medium,
    High,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Low, Confidence::Medium, Confidence::High];
}

/// Where a claim comes from, and how sure it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub url: String,
    #[serde(default, deserialize_with = "super::time_text::deserialize_option")]
    pub accessed_on: Option<NaiveDate>,
    #[serde(default)]
    pub kind: SourceKind,
}

/// A campaign seen in the market.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObservedCampaign {
    pub id: Id,
    pub name: String,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub start: NaiveDate,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub end: NaiveDate,
    #[serde(default)]
    pub channels: Vec<String>,
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub source_url: String,
}

/// One line of a SWOT list; an id keeps it in place while others move.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SwotItem {
    pub id: Id,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SwotQuadrant {
    Strengths,
    Weaknesses,
    Opportunities,
    Threats,
}

impl SwotQuadrant {
    pub const ALL: [SwotQuadrant; 4] = [
        SwotQuadrant::Strengths,
        SwotQuadrant::Weaknesses,
        SwotQuadrant::Opportunities,
        SwotQuadrant::Threats,
    ];
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Swot {
    #[serde(default)]
    pub strengths: Vec<SwotItem>,
    #[serde(default)]
    pub weaknesses: Vec<SwotItem>,
    #[serde(default)]
    pub opportunities: Vec<SwotItem>,
    #[serde(default)]
    pub threats: Vec<SwotItem>,
}

impl Swot {
    pub fn items(&self, quadrant: SwotQuadrant) -> &Vec<SwotItem> {
        match quadrant {
            SwotQuadrant::Strengths => &self.strengths,
            SwotQuadrant::Weaknesses => &self.weaknesses,
            SwotQuadrant::Opportunities => &self.opportunities,
            SwotQuadrant::Threats => &self.threats,
        }
    }

    pub fn items_mut(&mut self, quadrant: SwotQuadrant) -> &mut Vec<SwotItem> {
        match quadrant {
            SwotQuadrant::Strengths => &mut self.strengths,
            SwotQuadrant::Weaknesses => &mut self.weaknesses,
            SwotQuadrant::Opportunities => &mut self.opportunities,
            SwotQuadrant::Threats => &mut self.threats,
        }
    }

    pub fn is_empty(&self) -> bool {
        SwotQuadrant::ALL.iter().all(|&q| self.items(q).is_empty())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competitor {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub positioning: String,
    #[serde(default)]
    pub key_message: String,
    #[serde(default)]
    pub tone: String,
    #[serde(default)]
    pub audience: String,
    #[serde(default)]
    pub channels: Vec<String>,
    /// Estimated yearly spend, minor units of the review's currency.
    #[serde(default)]
    pub estimated_spend: Option<i64>,
    #[serde(default)]
    pub spend_confidence: Confidence,
    /// Share of voice in basis points (1 % = 100).
    #[serde(default)]
    pub share_of_voice: Option<i64>,
    #[serde(default)]
    pub swot: Swot,
    #[serde(default)]
    pub campaigns: Vec<ObservedCampaign>,
    /// Sources this competitor's claims cite.
    #[serde(default)]
    pub sources: Vec<Id>,
}

impl Competitor {
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: Id::new_v4(),
            name: name.into(),
            positioning: String::new(),
            key_message: String::new(),
            tone: String::new(),
            audience: String::new(),
            channels: Vec::new(),
            estimated_spend: None,
            spend_confidence: Confidence::default(),
            share_of_voice: None,
            swot: Swot::default(),
            campaigns: Vec::new(),
            sources: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetitorReview {
    pub meta: Meta,
    pub client: Id,
    pub title: String,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub period_start: NaiveDate,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub period_end: NaiveDate,
    #[serde(default)]
    pub currency: Currency,
    #[serde(default)]
    pub market_overview: String,
    /// The client's own position in the market.
    #[serde(default)]
    pub client_position: String,
    #[serde(default)]
    pub competitors: Vec<Competitor>,
    #[serde(default)]
    pub point_of_view: String,
    #[serde(default)]
    pub recommendations: String,
    #[serde(default)]
    pub forecast: String,
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// A warning or error about a review, with the place it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewIssue {
    pub error: FieldError,
    /// Warnings are worth a look; errors make part of the review wrong.
    pub warning: bool,
}

/// A campaign bar on the 12-month timeline, as shares of the period width.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineBar {
    pub campaign: Id,
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Left edge and width in basis points of the period (0–10 000).
    pub left_bp: i64,
    pub width_bp: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineRow {
    pub competitor: Id,
    pub name: String,
    pub bars: Vec<TimelineBar>,
}

/// One slide of Present mode, generated from the review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    Title,
    Market,
    Matrix,
    Competitor(usize),
    ShareAndSpend,
    Timeline,
    Swot(usize),
    PointOfView,
}

impl CompetitorReview {
    /// A review of the 12 months starting on the first of `start`'s month.
    pub fn new(client: Id, start: NaiveDate, currency: Currency, now: Timestamp) -> Self {
        let period_start = start.with_day(1).unwrap_or(start);
        let period_end = period_start
            .checked_add_months(Months::new(12))
            .and_then(|d| d.pred_opt())
            .unwrap_or(period_start);
        Self {
            meta: Meta::new(now),
            client,
            title: String::new(),
            period_start,
            period_end,
            currency,
            market_overview: String::new(),
            client_position: String::new(),
            competitors: Vec::new(),
            point_of_view: String::new(),
            recommendations: String::new(),
            forecast: String::new(),
            sources: Vec::new(),
        }
    }

    /// Share of voice claimed for all competitors together, in basis points.
    pub fn share_of_voice_total(&self) -> i64 {
        self.competitors
            .iter()
            .filter_map(|c| c.share_of_voice)
            .sum()
    }

    /// The first day of each of the 12 (or more) months the period covers.
    pub fn months(&self) -> Vec<NaiveDate> {
        let mut months = Vec::new();
        let mut month = self.period_start.with_day(1).unwrap_or(self.period_start);
        while month <= self.period_end && months.len() < 36 {
            months.push(month);
            month = match month.checked_add_months(Months::new(1)) {
                Some(next) => next,
                None => break,
            };
        }
        months
    }

    /// One row per competitor, with its campaigns clipped to the period.
    pub fn timeline(&self) -> Vec<TimelineRow> {
        let period = (self.period_end - self.period_start).num_days() + 1;
        self.competitors
            .iter()
            .map(|c| TimelineRow {
                competitor: c.id,
                name: c.name.clone(),
                bars: c
                    .campaigns
                    .iter()
                    .filter(|k| {
                        k.end >= self.period_start && k.start <= self.period_end && k.end >= k.start
                    })
                    .map(|k| {
                        let from = (k.start.max(self.period_start) - self.period_start).num_days();
                        let to = (k.end.min(self.period_end) - self.period_start).num_days() + 1;
                        let left_bp = mul_div_round(from, 10_000, period).unwrap_or(0);
                        let right_bp = mul_div_round(to, 10_000, period).unwrap_or(10_000);
                        TimelineBar {
                            campaign: k.id,
                            name: k.name.clone(),
                            start: k.start,
                            end: k.end,
                            left_bp,
                            width_bp: (right_bp - left_bp).max(1),
                        }
                    })
                    .collect(),
            })
            .collect()
    }

    /// The slides of Present mode, in order; slides with nothing to show are left out.
    pub fn slides(&self) -> Vec<Slide> {
        let mut slides = vec![Slide::Title];
        if !self.market_overview.trim().is_empty() || !self.client_position.trim().is_empty() {
            slides.push(Slide::Market);
        }
        if !self.competitors.is_empty() {
            slides.push(Slide::Matrix);
            slides.extend((0..self.competitors.len()).map(Slide::Competitor));
        }
        if self
            .competitors
            .iter()
            .any(|c| c.share_of_voice.is_some() || c.estimated_spend.is_some())
        {
            slides.push(Slide::ShareAndSpend);
        }
        if self.competitors.iter().any(|c| !c.campaigns.is_empty()) {
            slides.push(Slide::Timeline);
        }
        for (i, competitor) in self.competitors.iter().enumerate() {
            if !competitor.swot.is_empty() {
                slides.push(Slide::Swot(i));
            }
        }
        if [&self.point_of_view, &self.recommendations, &self.forecast]
            .iter()
            .any(|t| !t.trim().is_empty())
        {
            slides.push(Slide::PointOfView);
        }
        slides
    }

    /// A copy to start next year's review: the same competitors, positioning,
    /// SWOT and sources, one year later, without last year's observed
    /// campaigns and shares of voice (those must be observed again).
    pub fn duplicate_for_next_year(&self, now: Timestamp) -> CompetitorReview {
        let shift = |d: NaiveDate| d.checked_add_months(Months::new(12)).unwrap_or(d);
        let fresh = |items: &[SwotItem]| {
            items
                .iter()
                .map(|i| SwotItem {
                    id: Id::new_v4(),
                    text: i.text.clone(),
                })
                .collect::<Vec<_>>()
        };
        CompetitorReview {
            meta: Meta::new(now),
            period_start: shift(self.period_start),
            period_end: shift(self.period_end),
            competitors: self
                .competitors
                .iter()
                .map(|c| Competitor {
                    id: Id::new_v4(),
                    share_of_voice: None,
                    campaigns: Vec::new(),
                    swot: Swot {
                        strengths: fresh(&c.swot.strengths),
                        weaknesses: fresh(&c.swot.weaknesses),
                        opportunities: fresh(&c.swot.opportunities),
                        threats: fresh(&c.swot.threats),
                    },
                    ..c.clone()
                })
                .collect(),
            ..self.clone()
        }
    }

    /// What needs a look, with its place: errors (a campaign ending before it
    /// starts or outside the period, a link that is not http(s)) and warnings
    /// (shares of voice adding up to more than 100 %).
    pub fn issues(&self) -> Vec<ReviewIssue> {
        let mut issues = Vec::new();
        let mut error = |path: String, problem: Problem| {
            issues.push(ReviewIssue {
                error: FieldError::new(path, problem),
                warning: false,
            })
        };
        if self.title.trim().is_empty() {
            error("title".into(), Problem::Required);
        }
        if self.period_end < self.period_start {
            error("period_end".into(), Problem::EndBeforeStart);
        }
        for (i, c) in self.competitors.iter().enumerate() {
            if c.name.trim().is_empty() {
                error(format!("competitors[{i}].name"), Problem::Required);
            }
            if let Some(sov) = c.share_of_voice {
                if !(0..=10_000).contains(&sov) {
                    error(
                        format!("competitors[{i}].share_of_voice"),
                        Problem::OutOfRange(0, 100),
                    );
                }
            }
            if c.estimated_spend.is_some_and(|s| s < 0) {
                error(
                    format!("competitors[{i}].estimated_spend"),
                    Problem::Negative,
                );
            }
            for (j, k) in c.campaigns.iter().enumerate() {
                let at = |field: &str| format!("competitors[{i}].campaigns[{j}].{field}");
                if k.end < k.start {
                    error(at("end"), Problem::EndBeforeStart);
                } else if k.end < self.period_start || k.start > self.period_end {
                    error(at("start"), Problem::OutsidePeriod);
                }
                if !k.source_url.is_empty() && !is_web_address(&k.source_url) {
                    error(at("source_url"), Problem::NotAWebAddress);
                }
            }
        }
        for (i, s) in self.sources.iter().enumerate() {
            if !s.url.is_empty() && !is_web_address(&s.url) {
                error(format!("sources[{i}].url"), Problem::NotAWebAddress);
            }
        }
        let total = self.share_of_voice_total();
        if total > 10_000 {
            issues.push(ReviewIssue {
                error: FieldError::new("competitors", Problem::ShareOfVoiceOver100(total)),
                warning: true,
            });
        }
        issues
    }

    /// The invariants a stored review must hold (checked on restore): ids
    /// unique within the review. Everything else is reported by [`Self::issues`].
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut seen = std::collections::HashSet::new();
        let mut errors = Vec::new();
        let ids = self
            .competitors
            .iter()
            .map(|c| c.id)
            .chain(
                self.competitors
                    .iter()
                    .flat_map(|c| c.campaigns.iter().map(|k| k.id)),
            )
            .chain(self.sources.iter().map(|s| s.id));
        for id in ids {
            if !seen.insert(id) {
                errors.push(FieldError::new(format!("id {id}"), Problem::DuplicateId));
            }
        }
        let mut check = super::validation::Checker::default();
        check.date("period_start", self.period_start);
        check.date("period_end", self.period_end);
        for (i, source) in self.sources.iter().enumerate() {
            check.optional_date(&format!("sources[{i}].accessed_on"), source.accessed_on);
        }
        for (i, competitor) in self.competitors.iter().enumerate() {
            for (j, campaign) in competitor.campaigns.iter().enumerate() {
                let at = format!("competitors[{i}].campaigns[{j}]");
                check.date(&format!("{at}.start"), campaign.start);
                check.date(&format!("{at}.end"), campaign.end);
            }
        }
        if let Err(more) = check.finish() {
            errors.extend(more);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// Moves the item at `index` one place up or down; returns its new index, or
/// `None` when it cannot move further. Used for every reorderable list.
pub fn move_item<T>(items: &mut [T], index: usize, up: bool) -> Option<usize> {
    let target = if up { index.checked_sub(1)? } else { index + 1 };
    if target >= items.len() || index >= items.len() {
        return None;
    }
    items.swap(index, target);
    Some(target)
}

impl Record for CompetitorReview {
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

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn campaign(name: &str, start: NaiveDate, end: NaiveDate) -> ObservedCampaign {
        ObservedCampaign {
            id: Id::new_v4(),
            name: name.into(),
            start,
            end,
            channels: vec!["TikTok".into()],
            message: String::new(),
            notes: String::new(),
            source_url: String::new(),
        }
    }

    /// Calendar 2026, two competitors of an electric-scooter client.
    fn review() -> CompetitorReview {
        let mut r = CompetitorReview::new(Id::new_v4(), d(2026, 1, 15), Currency::VND, now());
        r.title = "Xe máy điện 2026".into();
        let mut volta = Competitor::new("Volta");
        volta.share_of_voice = Some(4_500);
        volta.estimated_spend = Some(12_000_000_000);
        volta.campaigns = vec![
            campaign("Tết xanh", d(2025, 12, 1), d(2026, 2, 15)),
            campaign("Back to school", d(2026, 8, 1), d(2026, 9, 30)),
        ];
        volta.swot.strengths.push(SwotItem {
            id: Id::new_v4(),
            text: "Mạng lưới trạm sạc".into(),
        });
        let mut zip = Competitor::new("Zip Motors");
        zip.share_of_voice = Some(3_000);
        r.competitors = vec![volta, zip];
        r
    }

    #[test]
    fn a_new_review_covers_twelve_calendar_months() {
        let r = review();
        assert_eq!(
            (r.period_start, r.period_end),
            (d(2026, 1, 1), d(2026, 12, 31))
        );
        let months = r.months();
        assert_eq!(months.len(), 12);
        assert_eq!((months[0], months[11]), (d(2026, 1, 1), d(2026, 12, 1)));
    }

    #[test]
    fn timeline_bars_are_clipped_to_the_period() {
        let rows = review().timeline();
        assert_eq!(rows.len(), 2);
        let bars = &rows[0].bars;
        // Tết xanh: 1 Jan–15 Feb = 46 of 365 days → 0 to 12.6 %.
        assert_eq!((bars[0].left_bp, bars[0].width_bp), (0, 1_260));
        // Back to school: from day 212 (1 Aug) to day 273 → 58.1 % to 74.8 %.
        assert_eq!((bars[1].left_bp, bars[1].width_bp), (5_808, 1_671));
        assert!(rows[1].bars.is_empty());
    }

    #[test]
    fn campaigns_entirely_outside_the_period_are_not_drawn_and_are_flagged() {
        let mut r = review();
        r.competitors[1]
            .campaigns
            .push(campaign("2025 only", d(2025, 3, 1), d(2025, 4, 1)));
        assert!(r.timeline()[1].bars.is_empty());
        let issue = r.issues().into_iter().find(|i| !i.warning).unwrap();
        assert_eq!(
            issue.error.to_string(),
            "competitors[1].campaigns[0].start: outside the review period"
        );
    }

    #[test]
    fn share_of_voice_over_100_percent_is_a_warning() {
        let mut r = review();
        assert!(r.issues().is_empty());
        r.competitors[1].share_of_voice = Some(6_000);
        let issues = r.issues();
        assert_eq!(issues.len(), 1);
        assert!(issues[0].warning);
        assert_eq!(
            issues[0].error.problem,
            Problem::ShareOfVoiceOver100(10_500)
        );
        assert_eq!(r.share_of_voice_total(), 10_500);
    }

    #[test]
    fn only_web_links_are_accepted_for_sources_and_campaigns() {
        let mut r = review();
        r.sources.push(Source {
            id: Id::new_v4(),
            title: "Báo cáo thị trường".into(),
            url: "javascript:alert(1)".into(),
            accessed_on: None,
            kind: SourceKind::Fact,
        });
        r.competitors[0].campaigns[0].source_url = "ftp://x".into();
        let paths: Vec<String> = r.issues().into_iter().map(|i| i.error.path).collect();
        assert_eq!(
            paths,
            ["competitors[0].campaigns[0].source_url", "sources[0].url"]
        );
    }

    #[test]
    fn a_campaign_ending_before_it_starts_is_an_error() {
        let mut r = review();
        r.competitors[0].campaigns[1].end = d(2026, 7, 1);
        let errors: Vec<String> = r
            .issues()
            .into_iter()
            .map(|i| i.error.to_string())
            .collect();
        assert_eq!(
            errors,
            ["competitors[0].campaigns[1].end: before the start date"]
        );
    }

    #[test]
    fn slides_follow_the_content() {
        let mut r = review();
        assert_eq!(
            r.slides(),
            [
                Slide::Title,
                Slide::Matrix,
                Slide::Competitor(0),
                Slide::Competitor(1),
                Slide::ShareAndSpend,
                Slide::Timeline,
                Slide::Swot(0),
            ]
        );
        r.market_overview = "Thị trường tăng 30 %/năm".into();
        r.recommendations = "Tập trung TikTok".into();
        let slides = r.slides();
        assert_eq!(slides[1], Slide::Market);
        assert_eq!(slides.last(), Some(&Slide::PointOfView));
        let empty = CompetitorReview::new(Id::new_v4(), d(2026, 1, 1), Currency::VND, now());
        assert_eq!(empty.slides(), [Slide::Title]);
    }

    #[test]
    fn next_years_review_keeps_the_analysis_and_drops_the_observations() {
        let r = review();
        let next = r.duplicate_for_next_year(now());
        assert_ne!(next.meta.id, r.meta.id);
        assert_eq!(
            (next.period_start, next.period_end),
            (d(2027, 1, 1), d(2027, 12, 31))
        );
        assert_eq!(next.competitors.len(), 2);
        assert_ne!(next.competitors[0].id, r.competitors[0].id);
        assert_eq!(
            next.competitors[0].swot.strengths[0].text,
            "Mạng lưới trạm sạc"
        );
        assert_ne!(
            next.competitors[0].swot.strengths[0].id,
            r.competitors[0].swot.strengths[0].id
        );
        assert!(next
            .competitors
            .iter()
            .all(|c| c.campaigns.is_empty() && c.share_of_voice.is_none()));
        assert_eq!(next.competitors[0].estimated_spend, Some(12_000_000_000));
    }

    #[test]
    fn items_move_one_place_and_stop_at_the_ends() {
        let mut items = vec!['a', 'b', 'c'];
        assert_eq!(move_item(&mut items, 0, true), None);
        assert_eq!(move_item(&mut items, 0, false), Some(1));
        assert_eq!(items, ['b', 'a', 'c']);
        assert_eq!(move_item(&mut items, 2, true), Some(1));
        assert_eq!(items, ['b', 'c', 'a']);
        assert_eq!(move_item(&mut items, 2, false), None);
        assert_eq!(move_item(&mut items, 5, true), None);
    }

    #[test]
    fn duplicate_ids_inside_a_review_are_refused() {
        let mut r = review();
        let twin = r.competitors[0].clone();
        r.competitors.push(twin);
        assert!(r.validate().is_err());
        assert_eq!(review().validate(), Ok(()));
    }
}
