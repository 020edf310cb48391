//! Campaign budgets: what the client pays (the fee), what the work is planned
//! to cost, what is committed and what has actually been spent — and the
//! figures an account person checks before every client call.
//!
//! Amounts are whole minor units of the budget's one currency. Every derived
//! figure is computed in integers: products are taken in i128 and divided
//! once, rounding half away from zero (`decimal::mul_div_round`), so a figure
//! is off by at most half a minor unit and never drifts. Percentages are basis
//! points (1 % = 100 bp).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::decimal::{basis_points, mul_div_round};
use super::id::Id;
use super::meta::{Meta, Record, Timestamp};
use super::money::{Currency, Money};
use super::validation::{Checker, FieldError, Problem, MAX_LINE, MAX_NOTES};

/// Largest amount accepted on one line or entry: 10^15 minor units (a
/// quadrillion đồng).
pub const MAX_AMOUNT: i64 = 1_000_000_000_000_000;

/// Largest sum of every amount of one budget (fee, plans, commitments and
/// entries, without their signs): any total, remainder or running sum a
/// screen makes of them then stays far from i64's limit (~9.2 × 10^18),
/// whatever the number of lines. Ten thousand lines at the largest amount
/// would overflow.
pub const MAX_TOTAL: i128 = 100 * MAX_AMOUNT as i128;

/// A campaign running ahead of its straight-line plan by more than this is flagged.
pub const PACING_TOLERANCE_PERCENT: i64 = 10;

pub const DEFAULT_ALERT_THRESHOLD: u8 = 80;

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum CostCategory {
    #[default]
    Media,
    Production,
    Creative,
    Fee,
    ThirdParty,
    Other,
}

impl CostCategory {
    pub const ALL: [CostCategory; 6] = [
        CostCategory::Media,
        CostCategory::Production,
        CostCategory::Creative,
        CostCategory::Fee,
        CostCategory::ThirdParty,
        CostCategory::Other,
    ];
}

/// One cost as it was invoiced or paid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostEntry {
    pub id: Id,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub date: NaiveDate,
    /// Minor units; negative for a credit note.
    pub amount: i64,
    #[serde(default)]
    pub note: String,
    /// Invoice or purchase-order number.
    #[serde(default)]
    pub reference: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetLine {
    pub id: Id,
    #[serde(default)]
    pub category: CostCategory,
    #[serde(default)]
    pub description: String,
    /// The vendor or media channel.
    #[serde(default)]
    pub vendor: String,
    #[serde(default)]
    pub planned: i64,
    #[serde(default)]
    pub committed: i64,
    #[serde(default)]
    pub entries: Vec<CostEntry>,
}

impl BudgetLine {
    pub fn new(category: CostCategory) -> Self {
        Self {
            id: Id::new_v4(),
            category,
            description: String::new(),
            vendor: String::new(),
            planned: 0,
            committed: 0,
            entries: Vec::new(),
        }
    }

    /// The line's actual cost: the sum of its cost entries.
    pub fn actual(&self) -> i64 {
        self.entries.iter().map(|e| e.amount).sum()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Budget {
    pub meta: Meta,
    pub client: Id,
    pub campaign: String,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub start: NaiveDate,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub end: NaiveDate,
    #[serde(default)]
    pub currency: Currency,
    /// What the client pays the agency for the campaign (revenue).
    #[serde(default)]
    pub fee: i64,
    /// Percentage of the planned total at which the budget is flagged.
    #[serde(default = "default_threshold")]
    pub alert_threshold: u8,
    #[serde(default)]
    pub lines: Vec<BudgetLine>,
    #[serde(default)]
    pub notes: String,
}

fn default_threshold() -> u8 {
    DEFAULT_ALERT_THRESHOLD
}

/// Planned, committed and actual amounts of a group of lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub planned: i64,
    pub committed: i64,
    pub actual: i64,
}

impl Totals {
    fn add_line(&mut self, line: &BudgetLine) {
        self.planned += line.planned;
        self.committed += line.committed;
        self.actual += line.actual();
    }

    pub fn remaining(&self) -> i64 {
        self.planned - self.actual
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BudgetAlert {
    /// Actual cost is over the planned total.
    OverBudget,
    /// Actual cost has reached the alert threshold (and is not yet over budget).
    OverThreshold,
    /// While the campaign runs, actual cost is more than 10 % ahead of the
    /// straight-line plan to date.
    AheadOfPlan,
}

/// Everything derived from a budget on a given day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetFigures {
    pub currency: Currency,
    pub totals: Totals,
    /// Per category that has lines, in [`CostCategory::ALL`] order.
    pub by_category: Vec<(CostCategory, Totals)>,
    /// actual ÷ planned; `None` when nothing is planned.
    pub burn_bp: Option<i64>,
    /// Days in the period, both ends included; 0 when the end is before the start.
    pub period_days: i64,
    /// Days of the period that have begun by `today` (today included), 0 to `period_days`.
    pub elapsed_days: i64,
    /// The straight-line plan: planned × elapsed days ÷ period days.
    pub planned_to_date: i64,
    /// actual − planned to date: positive when spending runs ahead of plan.
    pub pacing_variance: i64,
    /// pacing variance ÷ planned to date; `None` before anything is planned to date.
    pub pacing_bp: Option<i64>,
    /// Actual cost at completion if spending continues at today's run rate.
    pub forecast: i64,
    /// fee − actual.
    pub margin: i64,
    /// margin ÷ fee; `None` without a fee.
    pub margin_bp: Option<i64>,
    /// fee − forecast.
    pub projected_margin: i64,
    pub alerts: Vec<BudgetAlert>,
}

impl BudgetFigures {
    pub fn money(&self, minor: i64) -> Money {
        Money::new(minor, self.currency)
    }
}

impl Budget {
    pub fn new(
        client: Id,
        start: NaiveDate,
        end: NaiveDate,
        currency: Currency,
        now: Timestamp,
    ) -> Self {
        Self {
            meta: Meta::new(now),
            client,
            campaign: String::new(),
            start,
            end,
            currency,
            fee: 0,
            alert_threshold: DEFAULT_ALERT_THRESHOLD,
            lines: Vec::new(),
            notes: String::new(),
        }
    }

    /// Every amount of the budget added up without signs, in a type that
    /// cannot overflow: what [`MAX_TOTAL`] bounds.
    fn amounts_total(&self) -> i128 {
        let abs = |v: i64| i128::from(v).abs();
        abs(self.fee)
            + self
                .lines
                .iter()
                .map(|l| {
                    abs(l.planned)
                        + abs(l.committed)
                        + l.entries.iter().map(|e| abs(e.amount)).sum::<i128>()
                })
                .sum::<i128>()
    }

    pub fn totals(&self) -> Totals {
        let mut totals = Totals::default();
        for line in &self.lines {
            totals.add_line(line);
        }
        totals
    }

    /// Days in the period with both ends included (a one-day event is 1 day).
    pub fn period_days(&self) -> i64 {
        ((self.end - self.start).num_days() + 1).max(0)
    }

    /// The figures as they stand on `today`.
    pub fn figures(&self, today: NaiveDate) -> BudgetFigures {
        let totals = self.totals();
        let by_category = CostCategory::ALL
            .into_iter()
            .filter_map(|category| {
                let mut sub = Totals::default();
                let mut any = false;
                for line in self.lines.iter().filter(|l| l.category == category) {
                    sub.add_line(line);
                    any = true;
                }
                any.then_some((category, sub))
            })
            .collect();

        let period_days = self.period_days();
        let started = today >= self.start;
        let elapsed_days = if period_days == 0 {
            0
        } else {
            ((today - self.start).num_days() + 1).clamp(0, period_days)
        };
        let planned_to_date = if period_days == 0 {
            // A damaged period (end before start): all of it is due at the start.
            if started {
                totals.planned
            } else {
                0
            }
        } else {
            mul_div_round(totals.planned, elapsed_days, period_days).unwrap_or(totals.planned)
        };
        let pacing_variance = totals.actual - planned_to_date;

        let forecast = if elapsed_days == 0 || elapsed_days >= period_days {
            // Before the start there is no run rate yet: the plan (or what is
            // already spent, if more) is the best guess. After the end, the
            // actual cost is final.
            if started {
                totals.actual
            } else {
                totals.actual.max(totals.planned)
            }
        } else {
            mul_div_round(totals.actual, period_days, elapsed_days).unwrap_or(totals.actual)
        };

        let margin = self.fee - totals.actual;
        let mut alerts = Vec::new();
        let over_budget = totals.actual > totals.planned;
        if over_budget {
            alerts.push(BudgetAlert::OverBudget);
        } else if totals.planned > 0
            && totals.actual > 0
            && i128::from(totals.actual) * 100
                >= i128::from(totals.planned) * i128::from(self.alert_threshold)
        {
            alerts.push(BudgetAlert::OverThreshold);
        }
        let running = today <= self.end;
        if running
            && totals.actual > 0
            && i128::from(totals.actual) * 100
                > i128::from(planned_to_date) * i128::from(100 + PACING_TOLERANCE_PERCENT)
        {
            alerts.push(BudgetAlert::AheadOfPlan);
        }

        BudgetFigures {
            currency: self.currency,
            totals,
            by_category,
            burn_bp: basis_points(totals.actual, totals.planned),
            period_days,
            elapsed_days,
            planned_to_date,
            pacing_variance,
            pacing_bp: basis_points(pacing_variance, planned_to_date),
            forecast,
            margin,
            margin_bp: basis_points(margin, self.fee),
            projected_margin: self.fee - forecast,
            alerts,
        }
    }

    /// Cumulative actual cost by date, one point per day with entries, in date order.
    pub fn burn_series(&self) -> Vec<(NaiveDate, i64)> {
        let mut entries: Vec<(NaiveDate, i64)> = self
            .lines
            .iter()
            .flat_map(|l| l.entries.iter().map(|e| (e.date, e.amount)))
            .collect();
        entries.sort_by_key(|(date, _)| *date);
        let mut series: Vec<(NaiveDate, i64)> = Vec::new();
        let mut running = 0;
        for (date, amount) in entries {
            running += amount;
            match series.last_mut() {
                Some((last, total)) if *last == date => *total = running,
                _ => series.push((date, running)),
            }
        }
        series
    }

    /// A copy to start the next campaign: same client, lines and plan, a new
    /// period of the same length starting the day after this one ends, and
    /// nothing committed or spent yet.
    pub fn duplicate_for_next(&self, now: Timestamp) -> Budget {
        let length = self.period_days().max(1);
        let start = self.end.succ_opt().unwrap_or(self.end);
        let end = start + chrono::Duration::days(length - 1);
        Budget {
            meta: Meta::new(now),
            start,
            end,
            lines: self
                .lines
                .iter()
                .map(|l| BudgetLine {
                    id: Id::new_v4(),
                    committed: 0,
                    entries: Vec::new(),
                    ..l.clone()
                })
                .collect(),
            ..self.clone()
        }
    }

    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        check.required("campaign", &self.campaign);
        check.date("start", self.start);
        check.date("end", self.end);
        if self.end < self.start {
            check.push("end", Problem::EndBeforeStart);
        }
        amount(&mut check, "fee", self.fee, false);
        if !(1..=200).contains(&self.alert_threshold) {
            check.push("alert_threshold", Problem::OutOfRange(1, 200));
        }
        check.max_len("notes", &self.notes, MAX_NOTES);
        // Each line and entry on its own checker, so the path of a field is
        // written only when it is wrong (an agency has 7 000 cost entries).
        for (i, line) in self.lines.iter().enumerate() {
            let mut line_check = Checker::default();
            line_check.max_len("description", &line.description, MAX_LINE);
            line_check.max_len("vendor", &line.vendor, MAX_LINE);
            amount(&mut line_check, "planned", line.planned, false);
            amount(&mut line_check, "committed", line.committed, false);
            for (j, entry) in line.entries.iter().enumerate() {
                let mut entry_check = Checker::default();
                amount(&mut entry_check, "amount", entry.amount, true);
                entry_check.date("date", entry.date);
                entry_check.max_len("note", &entry.note, MAX_LINE);
                entry_check.max_len("reference", &entry.reference, MAX_LINE);
                if let Err(errors) = entry_check.finish() {
                    line_check.extend(&format!("entries[{j}]"), errors);
                }
            }
            if let Err(errors) = line_check.finish() {
                check.extend(&format!("lines[{i}]"), errors);
            }
        }
        if self.amounts_total() > MAX_TOTAL {
            check.push("lines", Problem::TotalTooLarge);
        }
        check.finish()
    }
}

fn amount(check: &mut Checker, path: &str, value: i64, may_be_negative: bool) {
    if value.abs() > MAX_AMOUNT {
        check.push(path, Problem::AmountTooLarge);
    } else if value < 0 && !may_be_negative {
        check.push(path, Problem::Negative);
    }
}

impl Record for Budget {
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
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn now() -> Timestamp {
        chrono::Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn line(
        category: CostCategory,
        planned: i64,
        committed: i64,
        costs: &[(NaiveDate, i64)],
    ) -> BudgetLine {
        BudgetLine {
            planned,
            committed,
            entries: costs
                .iter()
                .map(|&(date, amount)| CostEntry {
                    id: Id::new_v4(),
                    date,
                    amount,
                    note: String::new(),
                    reference: String::new(),
                })
                .collect(),
            ..BudgetLine::new(category)
        }
    }

    /// A 30-day VND campaign in November 2026 with a 200 M fee.
    fn november(lines: Vec<BudgetLine>) -> Budget {
        let mut b = Budget::new(
            Id::new_v4(),
            d(2026, 11, 1),
            d(2026, 11, 30),
            Currency::VND,
            now(),
        );
        b.campaign = "Tết 2027 teaser".into();
        b.fee = 200_000_000;
        b.lines = lines;
        b
    }

    fn three_lines() -> Budget {
        november(vec![
            line(
                CostCategory::Media,
                100_000_000,
                80_000_000,
                &[(d(2026, 11, 5), 30_000_000), (d(2026, 11, 12), 20_000_000)],
            ),
            line(
                CostCategory::Production,
                40_000_000,
                40_000_000,
                &[(d(2026, 11, 10), 25_000_000)],
            ),
            line(CostCategory::Media, 10_000_000, 0, &[]),
        ])
    }

    #[test]
    fn totals_add_up_lines_and_entries() {
        let f = three_lines().figures(d(2026, 11, 15));
        assert_eq!(
            f.totals,
            Totals {
                planned: 150_000_000,
                committed: 120_000_000,
                actual: 75_000_000
            }
        );
        assert_eq!(f.totals.remaining(), 75_000_000);
        assert_eq!(
            f.by_category,
            [
                (
                    CostCategory::Media,
                    Totals {
                        planned: 110_000_000,
                        committed: 80_000_000,
                        actual: 50_000_000
                    }
                ),
                (
                    CostCategory::Production,
                    Totals {
                        planned: 40_000_000,
                        committed: 40_000_000,
                        actual: 25_000_000
                    }
                ),
            ]
        );
    }

    #[test]
    fn mid_period_figures_match_hand_computation() {
        // 15 Nov: 15 of 30 days have begun.
        let f = three_lines().figures(d(2026, 11, 15));
        assert_eq!((f.period_days, f.elapsed_days), (30, 15));
        assert_eq!(f.burn_bp, Some(5_000)); // 75 / 150 = 50 %
        assert_eq!(f.planned_to_date, 75_000_000); // 150 M × 15 / 30
        assert_eq!(f.pacing_variance, 0);
        assert_eq!(f.pacing_bp, Some(0));
        assert_eq!(f.forecast, 150_000_000); // 75 M × 30 / 15
        assert_eq!(f.margin, 125_000_000); // 200 M − 75 M
        assert_eq!(f.margin_bp, Some(6_250));
        assert_eq!(f.projected_margin, 50_000_000);
        assert!(f.alerts.is_empty());
    }

    #[test]
    fn planned_to_date_rounds_half_away_from_zero() {
        // 100 ₫ × 1 / 30 = 3.33… → 3; × 2 / 30 = 6.67 → 7; 45 × 1 / 30 = 1.5 → 2.
        let b = november(vec![line(CostCategory::Media, 100, 0, &[])]);
        assert_eq!(b.figures(d(2026, 11, 1)).planned_to_date, 3);
        assert_eq!(b.figures(d(2026, 11, 2)).planned_to_date, 7);
        let b = november(vec![line(CostCategory::Media, 45, 0, &[])]);
        assert_eq!(b.figures(d(2026, 11, 1)).planned_to_date, 2);
    }

    #[test]
    fn usd_figures_are_exact_in_cents() {
        let mut b = november(vec![line(
            CostCategory::Creative,
            1_000_000,
            0,
            &[(d(2026, 11, 10), 333_333)],
        )]);
        b.currency = Currency::USD;
        b.fee = 1_500_000; // $15,000.00
        let f = b.figures(d(2026, 11, 10));
        assert_eq!(f.planned_to_date, 333_333); // $10,000.00 × 10 / 30 = $3,333.33(3)
        assert_eq!(f.forecast, 999_999); // $3,333.33 × 30 / 10
        assert_eq!(f.margin, 1_166_667);
        assert_eq!(f.burn_bp, Some(3_333));
        assert_eq!(
            f.money(f.margin).format(crate::domain::Lang::En),
            "$11,666.67"
        );
    }

    #[test]
    fn before_the_period_nothing_is_planned_yet() {
        let f = three_lines().figures(d(2026, 10, 20));
        assert_eq!((f.elapsed_days, f.planned_to_date), (0, 0));
        assert_eq!(f.pacing_bp, None);
        assert_eq!(
            f.forecast, 150_000_000,
            "the plan is the forecast before any run rate"
        );
        // Costs booked before the start are spending ahead of the plan.
        assert_eq!(f.alerts, [BudgetAlert::AheadOfPlan]);
        let empty = november(vec![line(CostCategory::Media, 10, 0, &[])]).figures(d(2026, 10, 20));
        assert!(empty.alerts.is_empty());
    }

    #[test]
    fn after_the_period_the_plan_is_complete_and_actual_is_final() {
        let f = three_lines().figures(d(2027, 1, 10));
        assert_eq!((f.elapsed_days, f.planned_to_date), (30, 150_000_000));
        assert_eq!(f.forecast, 75_000_000);
        assert_eq!(f.projected_margin, f.margin);
        assert!(f.alerts.is_empty(), "pacing is not judged after the end");
    }

    #[test]
    fn a_one_day_period_and_a_damaged_zero_day_period() {
        let mut b = november(vec![line(
            CostCategory::Fee,
            1_000,
            0,
            &[(d(2026, 11, 1), 400)],
        )]);
        b.end = b.start;
        let f = b.figures(b.start);
        assert_eq!(
            (f.period_days, f.elapsed_days, f.planned_to_date, f.forecast),
            (1, 1, 1_000, 400)
        );
        b.end = d(2026, 10, 31);
        let f = b.figures(b.start);
        assert_eq!(
            (f.period_days, f.elapsed_days, f.planned_to_date),
            (0, 0, 1_000)
        );
        assert_eq!(f.forecast, 400);
        assert_eq!(b.figures(d(2026, 10, 1)).planned_to_date, 0);
    }

    #[test]
    fn no_lines_and_nothing_planned() {
        let f = november(Vec::new()).figures(d(2026, 11, 15));
        assert_eq!(f.totals, Totals::default());
        assert!(f.by_category.is_empty());
        assert_eq!((f.burn_bp, f.pacing_bp), (None, None));
        assert_eq!(
            (f.forecast, f.margin, f.margin_bp),
            (0, 200_000_000, Some(10_000))
        );
        assert!(f.alerts.is_empty());

        let f = november(vec![line(
            CostCategory::Other,
            0,
            0,
            &[(d(2026, 11, 2), 5)],
        )])
        .figures(d(2026, 11, 15));
        assert_eq!(f.burn_bp, None);
        assert!(
            f.alerts.contains(&BudgetAlert::OverBudget),
            "spending on a zero plan is over budget"
        );
    }

    #[test]
    fn threshold_over_budget_and_pacing_alerts() {
        let at = |spent: i64| {
            november(vec![line(
                CostCategory::Media,
                1_000,
                0,
                &[(d(2026, 11, 2), spent)],
            )])
            .figures(d(2026, 11, 30))
        };
        assert!(at(799).alerts.is_empty());
        assert_eq!(at(800).alerts, [BudgetAlert::OverThreshold]);
        assert_eq!(at(1_000).alerts, [BudgetAlert::OverThreshold]);
        assert_eq!(at(1_001).alerts, [BudgetAlert::OverBudget]);

        // Day 10 of 30: 1 000 planned → 333 to date; more than 10 % ahead is > 366.3.
        let pacing = |spent: i64| {
            november(vec![line(
                CostCategory::Media,
                1_000,
                0,
                &[(d(2026, 11, 2), spent)],
            )])
            .figures(d(2026, 11, 10))
        };
        assert!(pacing(366).alerts.is_empty());
        assert_eq!(pacing(367).alerts, [BudgetAlert::AheadOfPlan]);
        assert_eq!(pacing(367).pacing_variance, 34);
        assert_eq!(pacing(367).pacing_bp, Some(1_021));
    }

    #[test]
    fn a_lower_threshold_flags_earlier() {
        let mut b = november(vec![line(
            CostCategory::Media,
            1_000,
            0,
            &[(d(2026, 11, 2), 500)],
        )]);
        assert!(b.figures(d(2026, 11, 30)).alerts.is_empty());
        b.alert_threshold = 50;
        assert_eq!(
            b.figures(d(2026, 11, 30)).alerts,
            [BudgetAlert::OverThreshold]
        );
    }

    #[test]
    fn burn_series_is_cumulative_by_day() {
        let b = three_lines();
        assert_eq!(
            b.burn_series(),
            [
                (d(2026, 11, 5), 30_000_000),
                (d(2026, 11, 10), 55_000_000),
                (d(2026, 11, 12), 75_000_000)
            ]
        );
        assert!(november(Vec::new()).burn_series().is_empty());
    }

    #[test]
    fn duplicating_starts_the_next_period_with_the_same_plan() {
        let b = three_lines();
        let next = b.duplicate_for_next(now());
        assert_ne!(next.meta.id, b.meta.id);
        assert_eq!((next.start, next.end), (d(2026, 12, 1), d(2026, 12, 30)));
        assert_eq!(
            next.totals(),
            Totals {
                planned: 150_000_000,
                committed: 0,
                actual: 0
            }
        );
        assert!(next
            .lines
            .iter()
            .zip(&b.lines)
            .all(|(n, o)| n.id != o.id && n.description == o.description));
        assert_eq!(
            (next.client, next.fee, &next.campaign),
            (b.client, b.fee, &b.campaign)
        );
    }

    #[test]
    fn validation_names_each_bad_field() {
        let mut b = three_lines();
        b.campaign = " ".into();
        b.end = d(2026, 10, 1);
        b.alert_threshold = 0;
        b.lines[1].planned = -5;
        b.lines[0].entries[1].amount = MAX_AMOUNT + 1;
        let paths: Vec<String> = b
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(
            paths,
            [
                "campaign: required",
                "end: before the start date",
                "alert_threshold: must be between 1 and 200",
                "lines[0].entries[1].amount: amount too large",
                "lines[1].planned: must not be negative",
            ]
        );
        let mut credit = three_lines();
        credit.lines[0].entries[0].amount = -1_000;
        assert_eq!(credit.validate(), Ok(()), "a credit note may be negative");
    }
}
