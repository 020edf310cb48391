//! The KPIs an account person is judged by, exactly as PRODUCT.md defines
//! them, for a period `[start, end]` (both days included) and optionally one
//! account owner.
//!
//! # What counts
//!
//! - A record in the trash never counts, and neither does a record whose
//!   client is missing or in the trash (as for budgets in the workspace).
//! - With an owner, only clients whose *current* `account_owner` is that
//!   member count, and only their interactions, NPS responses and deals.
//!   Ownership has no history, so a handed-over client moves to its new
//!   owner's figures for past periods too.
//! - An interaction belongs to the period its request was *received* in,
//!   taken as the UTC calendar date of `received_at`. Timestamps are stored in
//!   UTC and every browser must put a record in the same period, so the date
//!   cannot depend on the viewer's time zone; in Vietnam (UTC+7) a request
//!   received before 07:00 local time therefore counts on the previous day.
//!   A request received in the period and answered after it counts as
//!   answered: the KPI describes the requests, as they stand today.
//! - NPS responses belong to the period of their `date`; deals to the period
//!   of their `closed_on`, and only won deals count.
//!
//! # Active clients
//!
//! Retention and clients per account person need to know whether a client
//! was active on a given day, and a client record keeps no history — only
//! its status, `client_since` and `churned_on`. A client is **active on day
//! d** when:
//!
//! 1. it is not a prospect (a prospect is not a client yet, whatever its
//!    dates say), and not in the trash;
//! 2. it became a client on or before d: `client_since ≤ d`, or, without a
//!    client-since date, the UTC date the record was created;
//! 3. it had not churned on or before d: a churned client is active up to
//!    the day before `churned_on`. A churned client without a churn date is
//!    taken to have churned on the UTC date of its last edit
//!    (`meta.updated_at`), which is when its status was most likely set. Only
//!    churned clients have a churn date (validation enforces it); one found
//!    on any other status is ignored, the status wins.
//!
//! Paused clients are active: the relationship goes on, and a paused client
//! that comes back was retained.
//!
//! A **re-activated** client (status back to active, `churned_on` cleared)
//! looks, from its single record, as if it had never left: it counts as
//! active from `client_since` on, including the months it was gone, so past
//! periods' retention improves after the fact. What cannot be known is the
//! gap. A user who wants the return counted as new business sets
//! `client_since` to the day the client came back; the client is then new
//! (`N`) in the period of its return and absent before.
//!
//! # Retention
//!
//! `S` = clients active on the period's first day, `E` = active on its last
//! day, `N` = clients that became active during the period — `client_since`
//! (or the fallback date) after the first day and on or before the last —
//! and are still active on the last day. Rate = (E − N) ÷ S. A client won
//! and lost within the same period is in neither E nor N: counting it in N
//! would subtract it from clients it never belonged to, and could drive the
//! rate below zero. With this reading E − N is exactly the number of clients
//! of S still active at the end, so the rate is always 0–100 %.
//!
//! # Numbers
//!
//! Everything is integer maths, rounded once, half away from zero
//! (`decimal::mul_div_round`): percentages are basis points (1 % = 100 bp),
//! NPS is a whole number from −100 to 100 computed as
//! round((promoters − detractors) × 100 ÷ responses) — the difference is
//! rounded, not each percentage — criterion means and clients per person
//! are [`Hundredths`], and the mean response time is rounded to the
//! millisecond. Money is converted deal by deal to the workspace's reporting
//! currency with the rate in force on the day the deal closed
//! (`fx::convert`); original amounts are kept beside the total.

use std::collections::HashSet;

use chrono::{Datelike, Duration, Months, NaiveDate};
use thiserror::Error;

use super::client::{Client, ClientStatus};
use super::deal::{Deal, DealKind};
use super::decimal::{basis_points, format_scaled, mul_div_round};
use super::fx::{convert, Settings};
use super::id::Id;
use super::interaction::Interaction;
use super::locale::Lang;
use super::meta::Record;
use super::money::{Currency, Money};
use super::nps::{is_rating, NpsCategory, NpsResponse};
use super::team::TeamMember;
use super::workspace::Workspace;

// ---------------------------------------------------------------------------
// Periods

/// A span of calendar days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

fn month_start(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

fn month_end(date: NaiveDate) -> NaiveDate {
    month_start(date)
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(date)
}

fn day_before(date: NaiveDate) -> NaiveDate {
    date.pred_opt().unwrap_or(date)
}

fn months_back(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

impl Period {
    /// The days from `a` to `b`, in whichever order they are given.
    pub fn new(a: NaiveDate, b: NaiveDate) -> Period {
        Period {
            start: a.min(b),
            end: a.max(b),
        }
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// Days in the period, both ends included; 0 when the ends are reversed.
    pub fn days(&self) -> i64 {
        ((self.end - self.start).num_days() + 1).max(0)
    }

    /// The calendar month `date` falls in.
    pub fn month_of(date: NaiveDate) -> Period {
        Period {
            start: month_start(date),
            end: month_end(date),
        }
    }

    /// The calendar month before the one `today` falls in.
    pub fn last_month(today: NaiveDate) -> Period {
        Period::month_of(day_before(month_start(today)))
    }

    /// The calendar quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) of `today`.
    pub fn quarter_of(today: NaiveDate) -> Period {
        let first_month = (today.month0() / 3) * 3 + 1;
        let start = NaiveDate::from_ymd_opt(today.year(), first_month, 1).unwrap_or(today);
        Period {
            start,
            end: month_end(start.checked_add_months(Months::new(2)).unwrap_or(start)),
        }
    }

    /// The calendar year of `today`.
    pub fn year_of(today: NaiveDate) -> Period {
        let year = today.year();
        Period {
            start: NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today),
            end: NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today),
        }
    }

    /// The twelve calendar months ending with `today`'s month (for charts).
    pub fn last_12_months(today: NaiveDate) -> Period {
        Period {
            start: months_back(month_start(today), 11),
            end: month_end(today),
        }
    }

    /// Starts on a 1st and ends on a month's last day.
    pub fn is_whole_months(&self) -> bool {
        self.start.day() == 1 && self.end == month_end(self.end) && self.start <= self.end
    }

    fn month_count(&self) -> u32 {
        let index = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
        (index(self.end) - index(self.start) + 1).max(1) as u32
    }

    /// The period of the same length just before this one, for "compared
    /// with the previous period". Whole calendar months step back by months
    /// (November → October, Q4 → Q3, 2026 → 2025), so the comparison is
    /// month with month even when the months differ in length; any other
    /// period steps back by its number of days.
    pub fn previous(&self) -> Period {
        let end = day_before(self.start);
        if self.is_whole_months() {
            Period {
                start: months_back(self.start, self.month_count()),
                end,
            }
        } else {
            Period {
                start: end - Duration::days(self.days().max(1) - 1),
                end,
            }
        }
    }

    /// The calendar months the period touches, each clipped to the period:
    /// the buckets of the monthly charts. Empty when the ends are reversed.
    pub fn months(&self) -> Vec<Period> {
        let mut months = Vec::new();
        let mut start = self.start;
        while start <= self.end {
            let end = month_end(start).min(self.end);
            months.push(Period { start, end });
            match end.succ_opt() {
                Some(next) => start = next,
                None => break,
            }
        }
        months
    }
}

// ---------------------------------------------------------------------------
// Inputs and small types

/// The records the KPIs are computed from: a workspace's collections.
#[derive(Clone, Copy, Debug)]
pub struct KpiInputs<'a> {
    pub clients: &'a [Client],
    pub team: &'a [TeamMember],
    pub interactions: &'a [Interaction],
    pub nps: &'a [NpsResponse],
    pub deals: &'a [Deal],
    pub settings: &'a Settings,
}

impl<'a> KpiInputs<'a> {
    /// All of a workspace's records.
    pub fn of(workspace: &'a Workspace) -> Self {
        KpiInputs {
            clients: &workspace.clients,
            team: &workspace.team,
            interactions: &workspace.interactions,
            nps: &workspace.nps,
            deals: &workspace.deals,
            settings: &workspace.settings,
        }
    }
}

/// A number with two decimals, as a whole count of hundredths: 4.33 is
/// `Hundredths(433)`. Criterion means and clients per account person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hundredths(pub i64);

impl Hundredths {
    /// `part` ÷ `whole`, rounded half away from zero; `None` when `whole` is 0.
    pub fn ratio(part: i64, whole: i64) -> Option<Hundredths> {
        mul_div_round(part, 100, whole).map(Hundredths)
    }

    /// `4.33` / `4,33`.
    pub fn format(self, lang: Lang) -> String {
        format_scaled(self.0, 2, lang, false)
    }
}

/// A deal in a currency the workspace has no rate for, to the reporting currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
#[error("no exchange rate from {from} to {to}")]
pub struct MissingRate {
    pub from: Currency,
    pub to: Currency,
}

/// The live clients the figures are about: not in the trash, and owned by
/// `owner` when one is chosen.
fn clients_in_scope<'a>(
    inputs: &KpiInputs<'a>,
    owner: Option<Id>,
) -> impl Iterator<Item = &'a Client> {
    inputs
        .clients
        .iter()
        .filter(move |c| !c.meta.is_trashed() && owner.is_none_or(|o| c.account_owner == Some(o)))
}

fn scope_ids(inputs: &KpiInputs, owner: Option<Id>) -> HashSet<Id> {
    clients_in_scope(inputs, owner).map(|c| c.id()).collect()
}

fn counted<'a, T: Record + 'a>(
    records: &'a [T],
    scope: &'a HashSet<Id>,
    client_of: impl Fn(&T) -> Id + 'a,
) -> impl Iterator<Item = &'a T> + 'a {
    records
        .iter()
        .filter(move |r| !r.meta().is_trashed() && scope.contains(&client_of(r)))
}

// ---------------------------------------------------------------------------
// Active clients

/// The first day a client counts as active; `None` for a prospect.
pub fn active_from(client: &Client) -> Option<NaiveDate> {
    (client.status != ClientStatus::Prospect).then(|| {
        client
            .client_since
            .unwrap_or(client.meta.created_at.date_naive())
    })
}

/// The day a client stopped being active (its first inactive day); `None`
/// while it has not churned.
pub fn active_until(client: &Client) -> Option<NaiveDate> {
    (client.status == ClientStatus::Churned).then(|| {
        client
            .churned_on
            .unwrap_or(client.meta.updated_at.date_naive())
    })
}

/// Whether `client` counts as active on `day`; see the module documentation.
pub fn is_active_on(client: &Client, day: NaiveDate) -> bool {
    !client.meta.is_trashed()
        && active_from(client).is_some_and(|from| from <= day)
        && active_until(client).is_none_or(|until| day < until)
}

// ---------------------------------------------------------------------------
// Average response time

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResponseTime {
    /// Mean reply time of the answered requests; `None` when none was answered.
    pub mean: Option<Duration>,
    pub answered: usize,
    pub unanswered: usize,
}

fn mean_duration(durations: impl IntoIterator<Item = Duration>) -> Option<Duration> {
    let (mut total, mut count) = (0i64, 0i64);
    for duration in durations {
        total = total.saturating_add(duration.num_milliseconds());
        count += 1;
    }
    mul_div_round(total, 1, count).map(Duration::milliseconds)
}

pub(super) fn response_time_of<'a>(
    interactions: impl Iterator<Item = &'a Interaction>,
) -> ResponseTime {
    let mut times = Vec::new();
    let mut unanswered = 0;
    for interaction in interactions {
        match interaction.response_time() {
            Some(time) => times.push(time),
            None => unanswered += 1,
        }
    }
    ResponseTime {
        answered: times.len(),
        unanswered,
        mean: mean_duration(times),
    }
}

/// Average response time over the requests received in `period`.
pub fn response_time(inputs: &KpiInputs, period: Period, owner: Option<Id>) -> ResponseTime {
    let scope = scope_ids(inputs, owner);
    response_time_of(
        counted(inputs.interactions, &scope, |i| i.client)
            .filter(|i| period.contains(i.received_at.date_naive())),
    )
}

// ---------------------------------------------------------------------------
// NPS

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nps {
    /// % promoters − % detractors, −100 to 100; `None` without responses.
    pub score: Option<i32>,
    pub responses: usize,
    pub promoters: usize,
    pub passives: usize,
    pub detractors: usize,
    /// Mean of the responses that rated it (1–5); `None` when none did.
    pub consulting_knowledge_mean: Option<Hundredths>,
    pub care_attitude_mean: Option<Hundredths>,
}

fn mean_rating(ratings: impl Iterator<Item = Option<u8>>) -> Option<Hundredths> {
    let (mut sum, mut count) = (0i64, 0i64);
    for rating in ratings.flatten().filter(|r| is_rating(*r)) {
        sum += i64::from(rating);
        count += 1;
    }
    Hundredths::ratio(sum, count)
}

/// Whether a response counts towards the NPS of `period`: a score outside
/// 0–10 (refused by validation) has no category and counts nowhere.
pub(super) fn counts_in(response: &NpsResponse, period: Period) -> bool {
    period.contains(response.date) && response.category().is_some()
}

fn responses_in<'a>(
    inputs: &KpiInputs<'a>,
    scope: &'a HashSet<Id>,
    period: Period,
) -> impl Iterator<Item = &'a NpsResponse> {
    counted(inputs.nps, scope, |r| r.client).filter(move |r| counts_in(r, period))
}

/// NPS over the responses dated in `period`.
pub fn nps(inputs: &KpiInputs, period: Period, owner: Option<Id>) -> Nps {
    let scope = scope_ids(inputs, owner);
    nps_of(&responses_in(inputs, &scope, period).collect::<Vec<_>>())
}

/// NPS over `responses`, each one that counts (see [`counts_in`]).
pub(super) fn nps_of(responses: &[&NpsResponse]) -> Nps {
    let count = |category| {
        responses
            .iter()
            .filter(|r| r.category() == Some(category))
            .count()
    };
    let promoters = count(NpsCategory::Promoter);
    let detractors = count(NpsCategory::Detractor);
    let score = mul_div_round(
        promoters as i64 - detractors as i64,
        100,
        responses.len() as i64,
    )
    .map(|s| s as i32);
    Nps {
        score,
        responses: responses.len(),
        promoters,
        passives: count(NpsCategory::Passive),
        detractors,
        consulting_knowledge_mean: mean_rating(responses.iter().map(|r| r.consulting_knowledge)),
        care_attitude_mean: mean_rating(responses.iter().map(|r| r.care_attitude)),
    }
}

/// How many responses in `period` gave each score, index = score (0–10).
pub fn nps_distribution(inputs: &KpiInputs, period: Period, owner: Option<Id>) -> [usize; 11] {
    let scope = scope_ids(inputs, owner);
    let mut counts = [0; 11];
    for response in responses_in(inputs, &scope, period) {
        counts[usize::from(response.score)] += 1;
    }
    counts
}

// ---------------------------------------------------------------------------
// Retention and clients per account person

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    /// S: clients active on the period's first day.
    pub start_active: usize,
    /// E: clients active on its last day.
    pub end_active: usize,
    /// N: clients that became active during the period and are active at its end.
    pub new_active: usize,
    /// (E − N) ÷ S in basis points; `None` when S = 0.
    pub rate_bp: Option<i64>,
}

/// Retention over `period`; see the module documentation for S, E and N.
pub fn retention(inputs: &KpiInputs, period: Period, owner: Option<Id>) -> Retention {
    let (mut start_active, mut end_active, mut new_active) = (0usize, 0usize, 0usize);
    for client in clients_in_scope(inputs, owner) {
        let at_end = is_active_on(client, period.end);
        start_active += usize::from(is_active_on(client, period.start));
        end_active += usize::from(at_end);
        let became_active_during =
            active_from(client).is_some_and(|from| period.start < from && from <= period.end);
        new_active += usize::from(at_end && became_active_during);
    }
    Retention {
        start_active,
        end_active,
        new_active,
        rate_bp: basis_points(end_active as i64 - new_active as i64, start_active as i64),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientsPerPerson {
    /// Clients active on the period's last day (with an owner: theirs).
    pub active_clients: usize,
    /// Team members (not in the trash) who own at least one of those clients.
    pub owners: usize,
    /// active clients ÷ owners; `None` when nobody owns an active client.
    pub ratio: Option<Hundredths>,
    /// Active clients per owner, in team order, owners only.
    pub by_owner: Vec<(Id, usize)>,
}

/// Clients per account person at the end of `period`. Active clients with
/// no owner, or owned by someone no longer on the team, still count as
/// clients (someone has to look after them) but add no person.
pub fn clients_per_person(
    inputs: &KpiInputs,
    period: Period,
    owner: Option<Id>,
) -> ClientsPerPerson {
    let active: Vec<&Client> = clients_in_scope(inputs, owner)
        .filter(|c| is_active_on(c, period.end))
        .collect();
    let by_owner: Vec<(Id, usize)> = inputs
        .team
        .iter()
        .filter(|m| !m.meta.is_trashed())
        .filter_map(|m| {
            let owned = active
                .iter()
                .filter(|c| c.account_owner == Some(m.id()))
                .count();
            (owned > 0).then_some((m.id(), owned))
        })
        .collect();
    ClientsPerPerson {
        active_clients: active.len(),
        owners: by_owner.len(),
        ratio: Hundredths::ratio(active.len() as i64, by_owner.len() as i64),
        by_owner,
    }
}

// ---------------------------------------------------------------------------
// Sales and upsell/cross-sell

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindSales {
    pub kind: DealKind,
    pub won_deals: usize,
    pub total: Result<Money, MissingRate>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sales {
    /// Won deals closed in the period, in the reporting currency; `Err`
    /// names a currency without a rate.
    pub total: Result<Money, MissingRate>,
    pub won_deals: usize,
    /// The original amounts, one per currency that has won deals, in
    /// [`Currency::ALL`] order.
    pub by_currency: Vec<Money>,
    /// One entry per kind, in [`DealKind::ALL`] order, zeros included.
    pub by_kind: Vec<KindSales>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UpsellRate {
    /// Won upsell and cross-sell deals.
    pub upsell_cross_sell: usize,
    /// All won deals.
    pub won: usize,
    /// upsell_cross_sell ÷ won; `None` without won deals.
    pub rate_bp: Option<i64>,
    /// Their share of the sales total; `None` without sales or when a rate is missing.
    pub revenue_share_bp: Option<i64>,
}

fn won_in<'a>(
    inputs: &KpiInputs<'a>,
    scope: &'a HashSet<Id>,
    period: Period,
) -> impl Iterator<Item = &'a Deal> {
    counted(inputs.deals, scope, |d| d.client)
        .filter(move |d| d.won_on().is_some_and(|on| period.contains(on)))
}

/// The sum of `deals` in the reporting currency, each converted on its close date.
fn total_in_reporting<'a>(
    deals: impl IntoIterator<Item = &'a Deal>,
    settings: &Settings,
) -> Result<Money, MissingRate> {
    let to = settings.reporting_currency;
    let mut total = 0i64;
    let mut missing: Option<Currency> = None;
    for deal in deals {
        let on = deal.closed_on.unwrap_or_default();
        match convert(deal.money(), to, &settings.rates, on) {
            Some(converted) => total = total.saturating_add(converted.minor),
            // Name the first missing currency in a stable order, whatever the deal order.
            None => missing = Some(missing.map_or(deal.currency, |m| m.min(deal.currency))),
        }
    }
    match missing {
        Some(from) => Err(MissingRate { from, to }),
        None => Ok(Money::new(total, to)),
    }
}

/// Sales: won deals closed in `period`.
pub fn sales(inputs: &KpiInputs, period: Period, owner: Option<Id>) -> Sales {
    let scope = scope_ids(inputs, owner);
    sales_of(
        &won_in(inputs, &scope, period).collect::<Vec<_>>(),
        inputs.settings,
    )
}

/// Sales of the won deals `won`.
pub(super) fn sales_of(won: &[&Deal], settings: &Settings) -> Sales {
    let by_currency = Currency::ALL
        .into_iter()
        .filter_map(|currency| {
            let mut of_currency = won.iter().filter(|d| d.currency == currency).peekable();
            of_currency.peek()?;
            let minor = of_currency.fold(0i64, |sum, d| sum.saturating_add(d.value));
            Some(Money::new(minor, currency))
        })
        .collect();
    let by_kind = DealKind::ALL
        .into_iter()
        .map(|kind| {
            let of_kind: Vec<&Deal> = won.iter().copied().filter(|d| d.kind == kind).collect();
            KindSales {
                kind,
                won_deals: of_kind.len(),
                total: total_in_reporting(of_kind, settings),
            }
        })
        .collect();
    Sales {
        total: total_in_reporting(won.iter().copied(), settings),
        won_deals: won.len(),
        by_currency,
        by_kind,
    }
}

fn upsell_of(sales: &Sales) -> UpsellRate {
    let expansion = sales
        .by_kind
        .iter()
        .filter(|k| k.kind.is_upsell_or_cross_sell());
    let upsell_cross_sell = expansion.clone().map(|k| k.won_deals).sum();
    let expansion_total: Result<i64, MissingRate> =
        expansion.map(|k| k.total.map(|m| m.minor)).sum();
    let revenue_share_bp = match (expansion_total, sales.total) {
        (Ok(part), Ok(total)) => basis_points(part, total.minor),
        _ => None,
    };
    UpsellRate {
        upsell_cross_sell,
        won: sales.won_deals,
        rate_bp: basis_points(upsell_cross_sell as i64, sales.won_deals as i64),
        revenue_share_bp,
    }
}

/// Upsell/cross-sell rate over the won deals closed in `period`.
pub fn upsell_rate(inputs: &KpiInputs, period: Period, owner: Option<Id>) -> UpsellRate {
    upsell_of(&sales(inputs, period, owner))
}

/// Per month of `period` (clipped to it): the first day of the month, won
/// sales and the upsell + cross-sell part of them, in minor units of the
/// reporting currency. `Err` names a currency without a rate.
pub fn monthly_sales(
    inputs: &KpiInputs,
    period: Period,
    owner: Option<Id>,
) -> Result<Vec<(NaiveDate, i64, i64)>, MissingRate> {
    let scope = scope_ids(inputs, owner);
    let months = period.months();
    let mut won = vec![Vec::new(); months.len()];
    for deal in won_in(inputs, &scope, period) {
        if let Some(month) = deal.won_on().and_then(|on| month_index(&months, on)) {
            won[month].push(deal);
        }
    }
    months
        .iter()
        .zip(won)
        .map(|(month, won)| {
            let total = total_in_reporting(won.iter().copied(), inputs.settings)?;
            let expansion = total_in_reporting(
                won.iter()
                    .copied()
                    .filter(|d| d.kind.is_upsell_or_cross_sell()),
                inputs.settings,
            )?;
            Ok((month_start(month.start), total.minor, expansion.minor))
        })
        .collect()
}

/// Which of `months` (consecutive, as `Period::months` gives them) holds `day`.
/// Records are put in their month in one pass: a pass per month over an
/// agency's requests was most of the charts' time.
fn month_index(months: &[Period], day: NaiveDate) -> Option<usize> {
    let index = months.partition_point(|m| m.end < day);
    months.get(index).filter(|m| m.contains(day)).map(|_| index)
}

/// Per month of `period` (clipped to it): the first day of the month and
/// the mean response time of the requests received in it.
pub fn monthly_response_time(
    inputs: &KpiInputs,
    period: Period,
    owner: Option<Id>,
) -> Vec<(NaiveDate, Option<Duration>)> {
    let scope = scope_ids(inputs, owner);
    let months = period.months();
    let mut received = vec![Vec::new(); months.len()];
    for request in counted(inputs.interactions, &scope, |i| i.client) {
        if let Some(month) = month_index(&months, request.received_at.date_naive()) {
            received[month].push(request);
        }
    }
    months
        .iter()
        .zip(received)
        .map(|(month, received)| {
            (
                month_start(month.start),
                response_time_of(received.into_iter()).mean,
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------
// All of them

/// Every KPI of the dashboard for one period and owner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kpis {
    pub period: Period,
    pub owner: Option<Id>,
    pub response_time: ResponseTime,
    pub nps: Nps,
    pub retention: Retention,
    pub clients_per_person: ClientsPerPerson,
    pub sales: Sales,
    pub upsell: UpsellRate,
}

/// The dashboard's figures. Compute it again for `period.previous()` to
/// show the previous period's value and the change.
pub fn compute(inputs: &KpiInputs, period: Period, owner: Option<Id>) -> Kpis {
    let sales = sales(inputs, period, owner);
    Kpis {
        period,
        owner,
        response_time: response_time(inputs, period, owner),
        nps: nps(inputs, period, owner),
        retention: retention(inputs, period, owner),
        clients_per_person: clients_per_person(inputs, period, owner),
        upsell: upsell_of(&sales),
        sales,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::deal::DealStage;
    use crate::domain::fx::ExchangeRate;
    use crate::domain::meta::Timestamp;
    use chrono::{TimeZone, Utc};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn ts(y: i32, m: u32, day: u32, h: u32, min: u32, s: u32) -> Timestamp {
        Utc.with_ymd_and_hms(y, m, day, h, min, s).unwrap()
    }

    fn now() -> Timestamp {
        ts(2026, 11, 23, 9, 0, 0)
    }

    const RATE: i64 = 1_000_000_000;

    #[derive(Default)]
    struct Desk {
        clients: Vec<Client>,
        team: Vec<TeamMember>,
        interactions: Vec<Interaction>,
        nps: Vec<NpsResponse>,
        deals: Vec<Deal>,
        settings: Settings,
    }

    impl Desk {
        fn inputs(&self) -> KpiInputs<'_> {
            KpiInputs {
                clients: &self.clients,
                team: &self.team,
                interactions: &self.interactions,
                nps: &self.nps,
                deals: &self.deals,
                settings: &self.settings,
            }
        }

        fn member(&mut self, name: &str) -> Id {
            let mut member = TeamMember::new(now());
            member.name = name.into();
            let id = member.id();
            self.team.push(member);
            id
        }

        fn client(&mut self, since: NaiveDate, owner: Option<Id>) -> Id {
            self.client_with(ClientStatus::Active, Some(since), None, owner)
        }

        fn client_with(
            &mut self,
            status: ClientStatus,
            since: Option<NaiveDate>,
            churned_on: Option<NaiveDate>,
            owner: Option<Id>,
        ) -> Id {
            let mut client = Client::new(now());
            client.name = format!("Client {}", self.clients.len() + 1);
            client.status = status;
            client.client_since = since;
            client.churned_on = churned_on;
            client.account_owner = owner;
            let id = client.id();
            self.clients.push(client);
            id
        }

        fn request(
            &mut self,
            client: Id,
            received: Timestamp,
            reply_after: Option<Duration>,
        ) -> usize {
            let mut interaction = Interaction::new(client, received, now());
            interaction.responded_at = reply_after.map(|after| received + after);
            self.interactions.push(interaction);
            self.interactions.len() - 1
        }

        fn response(&mut self, client: Id, date: NaiveDate, score: u8) -> usize {
            self.nps.push(NpsResponse::new(client, date, score, now()));
            self.nps.len() - 1
        }

        fn won(
            &mut self,
            client: Id,
            kind: DealKind,
            value: i64,
            currency: Currency,
            closed_on: NaiveDate,
        ) -> usize {
            let mut deal = Deal::new(client, currency, now());
            deal.title = "Deal".into();
            deal.kind = kind;
            deal.value = value;
            deal.set_stage(DealStage::Won, closed_on);
            self.deals.push(deal);
            self.deals.len() - 1
        }

        fn rate(&mut self, from: Currency, to: Currency, major: i64, date: NaiveDate) {
            self.settings.rates.push(ExchangeRate {
                id: Id::new_v4(),
                from,
                to,
                rate: major * RATE,
                date,
            });
        }

        fn trash_client(&mut self, id: Id) {
            let client = self.clients.iter_mut().find(|c| c.id() == id).unwrap();
            client.meta.deleted_at = Some(now());
        }
    }

    fn november() -> Period {
        Period::month_of(d(2026, 11, 23))
    }

    // -- Periods ----------------------------------------------------------

    #[test]
    fn periods_for_the_dashboard_selector() {
        let today = d(2026, 11, 23);
        assert_eq!(
            Period::month_of(today),
            Period::new(d(2026, 11, 1), d(2026, 11, 30))
        );
        assert_eq!(
            Period::month_of(d(2028, 2, 10)),
            Period::new(d(2028, 2, 1), d(2028, 2, 29)),
            "leap year"
        );
        assert_eq!(
            Period::last_month(today),
            Period::new(d(2026, 10, 1), d(2026, 10, 31))
        );
        assert_eq!(
            Period::last_month(d(2027, 1, 1)),
            Period::new(d(2026, 12, 1), d(2026, 12, 31)),
            "January's last month is last year's December"
        );
        assert_eq!(
            Period::quarter_of(today),
            Period::new(d(2026, 10, 1), d(2026, 12, 31))
        );
        assert_eq!(
            Period::quarter_of(d(2026, 3, 31)),
            Period::new(d(2026, 1, 1), d(2026, 3, 31))
        );
        assert_eq!(
            Period::quarter_of(d(2026, 4, 1)),
            Period::new(d(2026, 4, 1), d(2026, 6, 30))
        );
        assert_eq!(
            Period::year_of(today),
            Period::new(d(2026, 1, 1), d(2026, 12, 31))
        );
        assert_eq!(
            Period::last_12_months(today),
            Period::new(d(2025, 12, 1), d(2026, 11, 30))
        );
    }

    #[test]
    fn a_period_includes_both_ends() {
        let period = Period::new(d(2026, 11, 30), d(2026, 11, 1));
        assert_eq!(period.start, d(2026, 11, 1), "ends are put in order");
        assert_eq!(period.days(), 30);
        assert!(period.contains(d(2026, 11, 1)));
        assert!(period.contains(d(2026, 11, 30)));
        assert!(!period.contains(d(2026, 10, 31)));
        assert!(!period.contains(d(2026, 12, 1)));
        let reversed = Period {
            start: d(2026, 11, 2),
            end: d(2026, 11, 1),
        };
        assert_eq!(reversed.days(), 0);
        assert!(reversed.months().is_empty());
    }

    #[test]
    fn the_previous_period_is_the_same_length_just_before() {
        assert_eq!(
            november().previous(),
            Period::new(d(2026, 10, 1), d(2026, 10, 31)),
            "a month steps back a month, not 30 days"
        );
        assert_eq!(
            Period::month_of(d(2026, 3, 5)).previous(),
            Period::new(d(2026, 2, 1), d(2026, 2, 28))
        );
        assert_eq!(
            Period::quarter_of(d(2026, 2, 1)).previous(),
            Period::new(d(2025, 10, 1), d(2025, 12, 31))
        );
        assert_eq!(
            Period::year_of(d(2026, 6, 1)).previous(),
            Period::year_of(d(2025, 6, 1))
        );
        assert_eq!(
            Period::new(d(2026, 11, 10), d(2026, 11, 16)).previous(),
            Period::new(d(2026, 11, 3), d(2026, 11, 9)),
            "a week steps back a week"
        );
        assert_eq!(
            Period::new(d(2026, 3, 1), d(2026, 3, 1)).previous(),
            Period::new(d(2026, 2, 28), d(2026, 2, 28))
        );
    }

    #[test]
    fn months_are_clipped_to_the_period() {
        let months = Period::new(d(2026, 10, 15), d(2026, 12, 10)).months();
        assert_eq!(
            months,
            [
                Period::new(d(2026, 10, 15), d(2026, 10, 31)),
                Period::new(d(2026, 11, 1), d(2026, 11, 30)),
                Period::new(d(2026, 12, 1), d(2026, 12, 10)),
            ]
        );
        assert_eq!(Period::year_of(d(2026, 1, 1)).months().len(), 12);
    }

    #[test]
    fn hundredths_format_in_the_readers_language() {
        assert_eq!(Hundredths::ratio(13, 3), Some(Hundredths(433)));
        assert_eq!(Hundredths::ratio(1, 0), None);
        assert_eq!(Hundredths(433).format(Lang::En), "4.33");
        assert_eq!(Hundredths(250).format(Lang::Vi), "2,50");
    }

    // -- Response time ----------------------------------------------------

    #[test]
    fn response_time_is_the_mean_over_answered_requests_received_in_the_period() {
        let mut desk = Desk::default();
        let client = desk.client(d(2025, 1, 1), None);
        // Received on the first day at midnight and on the last day just before midnight.
        desk.request(
            client,
            ts(2026, 11, 1, 0, 0, 0),
            Some(Duration::minutes(20)),
        );
        desk.request(
            client,
            ts(2026, 11, 30, 23, 59, 59),
            Some(Duration::hours(3)),
        );
        desk.request(
            client,
            ts(2026, 11, 15, 9, 0, 0),
            Some(Duration::minutes(100)),
        );
        desk.request(client, ts(2026, 11, 16, 9, 0, 0), None);
        // Outside the period, one second either side.
        desk.request(
            client,
            ts(2026, 10, 31, 23, 59, 59),
            Some(Duration::days(9)),
        );
        desk.request(client, ts(2026, 12, 1, 0, 0, 0), None);

        let figures = response_time(&desk.inputs(), november(), None);
        // (20 + 180 + 100) ÷ 3 = 100 minutes.
        assert_eq!(
            figures,
            ResponseTime {
                mean: Some(Duration::minutes(100)),
                answered: 3,
                unanswered: 1
            }
        );
    }

    #[test]
    fn a_request_answered_after_the_period_counts_as_answered() {
        let mut desk = Desk::default();
        let client = desk.client(d(2025, 1, 1), None);
        desk.request(client, ts(2026, 11, 30, 17, 0, 0), Some(Duration::days(3)));
        let figures = response_time(&desk.inputs(), november(), None);
        assert_eq!(figures.mean, Some(Duration::days(3)));
        assert_eq!((figures.answered, figures.unanswered), (1, 0));
    }

    #[test]
    fn the_mean_is_rounded_half_away_from_zero_to_the_millisecond() {
        let mut desk = Desk::default();
        let client = desk.client(d(2025, 1, 1), None);
        let at = ts(2026, 11, 2, 9, 0, 0);
        desk.request(client, at, Some(Duration::milliseconds(1)));
        desk.request(client, at, Some(Duration::milliseconds(2)));
        assert_eq!(
            response_time(&desk.inputs(), november(), None).mean,
            Some(Duration::milliseconds(2))
        );
        desk.request(client, at, Some(Duration::milliseconds(2)));
        // 5 ÷ 3 = 1.67 ms
        assert_eq!(
            response_time(&desk.inputs(), november(), None).mean,
            Some(Duration::milliseconds(2))
        );
        desk.request(client, at, Some(Duration::zero()));
        // 5 ÷ 4 = 1.25 ms
        assert_eq!(
            response_time(&desk.inputs(), november(), None).mean,
            Some(Duration::milliseconds(1))
        );
    }

    #[test]
    fn empty_and_all_unanswered_periods_have_no_mean() {
        let mut desk = Desk::default();
        let client = desk.client(d(2025, 1, 1), None);
        assert_eq!(
            response_time(&desk.inputs(), november(), None),
            ResponseTime {
                mean: None,
                answered: 0,
                unanswered: 0
            }
        );
        desk.request(client, ts(2026, 11, 2, 9, 0, 0), None);
        desk.request(client, ts(2026, 11, 3, 9, 0, 0), None);
        assert_eq!(
            response_time(&desk.inputs(), november(), None),
            ResponseTime {
                mean: None,
                answered: 0,
                unanswered: 2
            }
        );
    }

    #[test]
    fn trashed_requests_and_requests_of_trashed_or_unknown_clients_never_count() {
        let mut desk = Desk::default();
        let kept = desk.client(d(2025, 1, 1), None);
        let gone = desk.client(d(2025, 1, 1), None);
        let at = ts(2026, 11, 2, 9, 0, 0);
        desk.request(kept, at, Some(Duration::hours(1)));
        let trashed = desk.request(kept, at, Some(Duration::hours(9)));
        desk.interactions[trashed].meta.deleted_at = Some(now());
        desk.request(gone, at, Some(Duration::hours(9)));
        desk.trash_client(gone);
        desk.request(Id::new_v4(), at, None);
        assert_eq!(
            response_time(&desk.inputs(), november(), None),
            ResponseTime {
                mean: Some(Duration::hours(1)),
                answered: 1,
                unanswered: 0
            }
        );
    }

    #[test]
    fn the_period_uses_the_utc_date_of_the_request() {
        let mut desk = Desk::default();
        let client = desk.client(d(2025, 1, 1), None);
        // 06:30 on 1 December in Hà Nội (UTC+7) is still 30 November in UTC.
        desk.request(client, ts(2026, 11, 30, 23, 30, 0), None);
        assert_eq!(
            response_time(&desk.inputs(), november(), None).unanswered,
            1
        );
        let december = Period::month_of(d(2026, 12, 1));
        assert_eq!(response_time(&desk.inputs(), december, None).unanswered, 0);
    }

    /// The monthly charts put each record in its month in one pass; the
    /// figures are those of the per-month KPIs.
    #[test]
    fn monthly_charts_equal_the_kpis_of_each_month() {
        use crate::domain::generator::{generate, Preset};
        use chrono::{TimeZone, Utc};
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let mut ws = generate(Preset::Agency, 3, now);
        ws.interactions[5].meta.deleted_at = Some(now);
        let inputs = KpiInputs::of(&ws);
        let today = now.date_naive();
        let owner = ws.clients[0].account_owner;
        let mid_month = NaiveDate::from_ymd_opt(2025, 6, 17).unwrap();
        for period in [
            Period::last_12_months(today),
            Period::new(mid_month, today),
            Period::month_of(today),
        ] {
            for owner in [None, owner] {
                let months = period.months();
                let expected: Vec<_> = months
                    .iter()
                    .map(|m| (month_start(m.start), response_time(&inputs, *m, owner).mean))
                    .collect();
                assert_eq!(monthly_response_time(&inputs, period, owner), expected);
                let expected: Vec<_> = months
                    .iter()
                    .map(|m| {
                        let sales = sales(&inputs, *m, owner);
                        let expansion: i64 = sales
                            .by_kind
                            .iter()
                            .filter(|k| k.kind.is_upsell_or_cross_sell())
                            .map(|k| k.total.unwrap().minor)
                            .sum();
                        (month_start(m.start), sales.total.unwrap().minor, expansion)
                    })
                    .collect();
                assert_eq!(monthly_sales(&inputs, period, owner), Ok(expected));
            }
        }
    }

    #[test]
    fn monthly_response_time_has_one_point_per_month() {
        let mut desk = Desk::default();
        let client = desk.client(d(2025, 1, 1), None);
        desk.request(client, ts(2026, 9, 3, 9, 0, 0), Some(Duration::hours(2)));
        desk.request(client, ts(2026, 9, 4, 9, 0, 0), Some(Duration::hours(4)));
        desk.request(
            client,
            ts(2026, 11, 4, 9, 0, 0),
            Some(Duration::minutes(30)),
        );
        desk.request(client, ts(2026, 11, 5, 9, 0, 0), None);
        let series = monthly_response_time(
            &desk.inputs(),
            Period::new(d(2026, 9, 1), d(2026, 11, 30)),
            None,
        );
        assert_eq!(
            series,
            [
                (d(2026, 9, 1), Some(Duration::hours(3))),
                (d(2026, 10, 1), None),
                (d(2026, 11, 1), Some(Duration::minutes(30))),
            ]
        );
    }

    // -- NPS --------------------------------------------------------------

    fn nps_of(scores: &[u8]) -> Nps {
        let mut desk = Desk::default();
        let client = desk.client(d(2025, 1, 1), None);
        for &score in scores {
            desk.response(client, d(2026, 11, 10), score);
        }
        nps(&desk.inputs(), november(), None)
    }

    #[test]
    fn nps_is_percent_promoters_minus_percent_detractors() {
        let figures = nps_of(&[10, 9, 7, 3]);
        // 2 of 4 promoters (50 %), 1 of 4 detractors (25 %): 50 − 25 = 25.
        assert_eq!(figures.score, Some(25));
        assert_eq!(
            (
                figures.responses,
                figures.promoters,
                figures.passives,
                figures.detractors
            ),
            (4, 2, 1, 1)
        );
        assert_eq!(nps_of(&[10, 10]).score, Some(100));
        assert_eq!(nps_of(&[0, 6]).score, Some(-100));
        assert_eq!(nps_of(&[7, 8]).score, Some(0));
        assert_eq!(nps_of(&[9, 6]).score, Some(0), "9 promotes, 6 detracts");
    }

    #[test]
    fn nps_rounds_the_difference_half_away_from_zero() {
        // 2 of 3: 66.67 → 67; 1 of 3: 33.33 → 33.
        assert_eq!(nps_of(&[10, 10, 7]).score, Some(67));
        assert_eq!(nps_of(&[10, 7, 7]).score, Some(33));
        assert_eq!(nps_of(&[0, 0, 7]).score, Some(-67));
        // 1 of 8: 12.5 → 13, and −12.5 → −13.
        assert_eq!(nps_of(&[10, 7, 7, 7, 7, 7, 7, 7]).score, Some(13));
        assert_eq!(nps_of(&[3, 7, 7, 7, 7, 7, 7, 7]).score, Some(-13));
        // Rounding the difference, not each percentage: 1 of 3 promoters
        // (33.3) − 1 of 3 detractors (33.3) is exactly 0.
        assert_eq!(nps_of(&[10, 7, 0]).score, Some(0));
    }

    #[test]
    fn no_responses_no_score() {
        let figures = nps_of(&[]);
        assert_eq!(
            figures,
            Nps {
                score: None,
                responses: 0,
                promoters: 0,
                passives: 0,
                detractors: 0,
                consulting_knowledge_mean: None,
                care_attitude_mean: None
            }
        );
    }

    #[test]
    fn criterion_means_skip_unrated_answers() {
        let mut desk = Desk::default();
        let client = desk.client(d(2025, 1, 1), None);
        for (knowledge, care) in [(Some(5), Some(4)), (Some(4), None), (Some(4), Some(5))] {
            let i = desk.response(client, d(2026, 11, 10), 9);
            desk.nps[i].consulting_knowledge = knowledge;
            desk.nps[i].care_attitude = care;
        }
        let figures = nps(&desk.inputs(), november(), None);
        // (5 + 4 + 4) ÷ 3 = 4.33; (4 + 5) ÷ 2 = 4.50
        assert_eq!(figures.consulting_knowledge_mean, Some(Hundredths(433)));
        assert_eq!(figures.care_attitude_mean, Some(Hundredths(450)));
    }

    #[test]
    fn nps_counts_responses_dated_in_the_period_only() {
        let mut desk = Desk::default();
        let client = desk.client(d(2025, 1, 1), None);
        desk.response(client, d(2026, 11, 1), 10);
        desk.response(client, d(2026, 11, 30), 0);
        desk.response(client, d(2026, 10, 31), 0);
        desk.response(client, d(2026, 12, 1), 0);
        let trashed = desk.response(client, d(2026, 11, 15), 0);
        desk.nps[trashed].meta.deleted_at = Some(now());
        // A score validation refuses counts nowhere.
        desk.response(client, d(2026, 11, 15), 42);
        let figures = nps(&desk.inputs(), november(), None);
        assert_eq!((figures.responses, figures.score), (2, Some(0)));
        let mut expected = [0; 11];
        expected[0] = 1;
        expected[10] = 1;
        assert_eq!(nps_distribution(&desk.inputs(), november(), None), expected);
    }

    // -- Retention --------------------------------------------------------

    #[test]
    fn activity_follows_client_since_and_churned_on() {
        let mut desk = Desk::default();
        let id = desk.client_with(
            ClientStatus::Churned,
            Some(d(2026, 3, 1)),
            Some(d(2026, 9, 30)),
            None,
        );
        let client = desk.clients.iter().find(|c| c.id() == id).unwrap();
        assert!(!is_active_on(client, d(2026, 2, 28)));
        assert!(is_active_on(client, d(2026, 3, 1)), "from client-since on");
        assert!(is_active_on(client, d(2026, 9, 29)));
        assert!(
            !is_active_on(client, d(2026, 9, 30)),
            "not on the churn day"
        );
        let mut paused = client.clone();
        paused.status = ClientStatus::Paused;
        paused.churned_on = None;
        assert!(is_active_on(&paused, d(2026, 10, 1)), "paused still counts");
        let mut prospect = paused.clone();
        prospect.status = ClientStatus::Prospect;
        assert!(!is_active_on(&prospect, d(2026, 10, 1)));
        assert_eq!(active_from(&prospect), None);
        // No client-since date: the day the record was created.
        let mut undated = paused.clone();
        undated.client_since = None;
        assert_eq!(active_from(&undated), Some(d(2026, 11, 23)));
        // Churned without a date: the day of the last edit.
        let mut churned = undated.clone();
        churned.status = ClientStatus::Churned;
        churned.client_since = Some(d(2025, 1, 1));
        churned.meta.updated_at = ts(2026, 8, 20, 10, 0, 0);
        assert_eq!(active_until(&churned), Some(d(2026, 8, 20)));
        assert!(is_active_on(&churned, d(2026, 8, 19)));
        assert!(!is_active_on(&churned, d(2026, 8, 20)));
        // A churn date on a client that is not churned: the status wins.
        let mut stale = paused.clone();
        stale.churned_on = Some(d(2026, 5, 1));
        assert!(is_active_on(&stale, d(2026, 10, 1)));
    }

    #[test]
    fn retention_is_end_minus_new_over_start() {
        let q3 = Period::quarter_of(d(2026, 8, 1)); // 1 July – 30 September
        let mut desk = Desk::default();
        let long = d(2025, 1, 1);
        use ClientStatus::*;
        // S and E: a steady client.
        desk.client(long, None);
        // S only: churned mid-quarter.
        desk.client_with(Churned, Some(long), Some(d(2026, 8, 15)), None);
        // N and E: won mid-quarter.
        desk.client(d(2026, 8, 1), None);
        // S and E: became a client on the first day — there at the start, not new.
        desk.client(d(2026, 7, 1), None);
        // N and E: became a client on the last day.
        desk.client(d(2026, 9, 30), None);
        // Nowhere: churned on the first day.
        desk.client_with(Churned, Some(long), Some(d(2026, 7, 1)), None);
        // S and E: churns after the quarter.
        desk.client_with(Churned, Some(long), Some(d(2026, 10, 1)), None);
        // Nowhere: a prospect.
        desk.client_with(Prospect, Some(long), None, None);
        // S and E: paused.
        desk.client_with(Paused, Some(long), None, None);
        // Nowhere: won and lost within the quarter.
        desk.client_with(Churned, Some(d(2026, 8, 1)), Some(d(2026, 9, 1)), None);
        // Nowhere: in the trash.
        let trashed = desk.client(long, None);
        desk.trash_client(trashed);
        // N and E: no client-since date, created in August.
        desk.client_with(Active, None, None, None);
        desk.clients.last_mut().unwrap().meta.created_at = ts(2026, 8, 10, 3, 0, 0);
        // S only: churned without a date, last edited in August.
        desk.client_with(Churned, Some(long), None, None);
        desk.clients.last_mut().unwrap().meta.updated_at = ts(2026, 8, 20, 3, 0, 0);

        let figures = retention(&desk.inputs(), q3, None);
        // S = 6, E = 7, N = 3: (7 − 3) ÷ 6 = 66.67 %
        assert_eq!(
            figures,
            Retention {
                start_active: 6,
                end_active: 7,
                new_active: 3,
                rate_bp: Some(6_667)
            }
        );
    }

    #[test]
    fn retention_is_undefined_without_clients_at_the_start() {
        let mut desk = Desk::default();
        assert_eq!(retention(&desk.inputs(), november(), None).rate_bp, None);
        desk.client(d(2026, 11, 10), None);
        let figures = retention(&desk.inputs(), november(), None);
        assert_eq!(
            figures,
            Retention {
                start_active: 0,
                end_active: 1,
                new_active: 1,
                rate_bp: None
            }
        );
    }

    #[test]
    fn a_reactivated_client_looks_as_if_it_never_left() {
        // It churned in March and came back in October: status active again,
        // churn date cleared. Its record cannot tell the gap, so in Q2 it
        // counts as retained …
        let mut desk = Desk::default();
        desk.client(d(2025, 1, 1), None);
        let q2 = Period::quarter_of(d(2026, 5, 1));
        let kept = retention(&desk.inputs(), q2, None);
        assert_eq!(
            (
                kept.start_active,
                kept.end_active,
                kept.new_active,
                kept.rate_bp
            ),
            (1, 1, 0, Some(10_000))
        );
        // … unless client-since is moved to the return: then it is new in Q4
        // and absent before.
        desk.clients[0].client_since = Some(d(2026, 10, 6));
        let back = retention(&desk.inputs(), Period::quarter_of(d(2026, 10, 6)), None);
        assert_eq!(
            (
                back.start_active,
                back.end_active,
                back.new_active,
                back.rate_bp
            ),
            (0, 1, 1, None)
        );
        assert_eq!(retention(&desk.inputs(), q2, None).end_active, 0);
    }

    #[test]
    fn retention_of_one_owner_counts_their_clients_only() {
        let mut desk = Desk::default();
        let ha = desk.member("Hà");
        let bao = desk.member("Bảo");
        desk.client(d(2025, 1, 1), Some(ha));
        desk.client_with(
            ClientStatus::Churned,
            Some(d(2025, 1, 1)),
            Some(d(2026, 11, 10)),
            Some(ha),
        );
        desk.client(d(2025, 1, 1), Some(bao));
        desk.client(d(2026, 11, 5), Some(bao));
        let inputs = desk.inputs();
        assert_eq!(
            retention(&inputs, november(), Some(ha)).rate_bp,
            Some(5_000)
        );
        assert_eq!(
            retention(&inputs, november(), Some(bao)).rate_bp,
            Some(10_000)
        );
        assert_eq!(retention(&inputs, november(), None).rate_bp, Some(6_667));
    }

    // -- Clients per account person ---------------------------------------

    #[test]
    fn clients_per_person_divides_active_clients_by_their_owners() {
        let mut desk = Desk::default();
        let ha = desk.member("Hà");
        let bao = desk.member("Bảo");
        let lan = desk.member("Lan");
        let tung = desk.member("Tùng");
        let left = desk.member("Left the agency");
        desk.team[4].meta.deleted_at = Some(now());
        let long = d(2025, 1, 1);
        for _ in 0..3 {
            desk.client(long, Some(ha));
        }
        desk.client(long, Some(bao));
        desk.client_with(
            ClientStatus::Churned,
            Some(long),
            Some(d(2026, 6, 1)),
            Some(bao),
        );
        desk.client_with(
            ClientStatus::Churned,
            Some(long),
            Some(d(2026, 6, 1)),
            Some(lan),
        );
        desk.client_with(ClientStatus::Prospect, Some(long), None, Some(tung));
        desk.client(long, None);
        desk.client(long, Some(left));
        // A client won after the period ends is not active at its end.
        desk.client(d(2026, 12, 1), Some(tung));

        let inputs = desk.inputs();
        let all = clients_per_person(&inputs, november(), None);
        // 3 (Hà) + 1 (Bảo) + 1 unowned + 1 (former member) = 6 clients, 2 owners.
        assert_eq!(
            all,
            ClientsPerPerson {
                active_clients: 6,
                owners: 2,
                ratio: Some(Hundredths(300)),
                by_owner: vec![(ha, 3), (bao, 1)],
            }
        );
        let mine = clients_per_person(&inputs, november(), Some(ha));
        assert_eq!(
            (mine.active_clients, mine.owners, mine.ratio),
            (3, 1, Some(Hundredths(300)))
        );
        let lans = clients_per_person(&inputs, november(), Some(lan));
        assert_eq!((lans.active_clients, lans.owners, lans.ratio), (0, 0, None));
        let empty = Desk::default();
        assert_eq!(
            clients_per_person(&empty.inputs(), november(), None).ratio,
            None
        );
    }

    #[test]
    fn clients_per_person_rounds_to_hundredths() {
        let mut desk = Desk::default();
        let ha = desk.member("Hà");
        let bao = desk.member("Bảo");
        let lan = desk.member("Lan");
        for owner in [ha, ha, ha, ha, bao, bao, lan] {
            desk.client(d(2025, 1, 1), Some(owner));
        }
        // 7 ÷ 3 = 2.333…
        assert_eq!(
            clients_per_person(&desk.inputs(), november(), None).ratio,
            Some(Hundredths(233))
        );
    }

    // -- Sales and upsell -------------------------------------------------

    /// USD→VND 25 000 from January, 25 400 from 15 November.
    fn sales_desk() -> (Desk, Id) {
        let mut desk = Desk::default();
        desk.rate(Currency::USD, Currency::VND, 25_000, d(2026, 1, 1));
        desk.rate(Currency::USD, Currency::VND, 25_400, d(2026, 11, 15));
        let client = desk.client(d(2025, 1, 1), None);
        (desk, client)
    }

    #[test]
    fn sales_add_up_won_deals_closed_in_the_period_at_their_close_date_rate() {
        let (mut desk, client) = sales_desk();
        use DealKind::*;
        let vnd = Currency::VND;
        let usd = Currency::USD;
        // Counted: closed on the last day, on the first day, and before/after the rate change.
        desk.won(client, NewBusiness, 100_000_000, vnd, d(2026, 11, 30));
        desk.won(client, Upsell, 100_000, usd, d(2026, 11, 1)); // $1,000 × 25 000
        desk.won(client, CrossSell, 200_000, usd, d(2026, 11, 20)); // $2,000 × 25 400
                                                                    // Not counted: outside the period, lost, open, trashed, trashed client.
        desk.won(client, NewBusiness, 1, vnd, d(2026, 10, 31));
        desk.won(client, NewBusiness, 1, vnd, d(2026, 12, 1));
        let lost = desk.won(client, NewBusiness, 1, vnd, d(2026, 11, 10));
        desk.deals[lost].stage = DealStage::Lost;
        let open = desk.won(client, NewBusiness, 1, vnd, d(2026, 11, 10));
        desk.deals[open].stage = DealStage::Negotiation; // a stale close date is ignored
        let trashed = desk.won(client, NewBusiness, 1, vnd, d(2026, 11, 10));
        desk.deals[trashed].meta.deleted_at = Some(now());
        let gone = desk.client(d(2025, 1, 1), None);
        desk.won(gone, NewBusiness, 1, vnd, d(2026, 11, 10));
        desk.trash_client(gone);

        let figures = sales(&desk.inputs(), november(), None);
        assert_eq!(
            figures.total,
            Ok(Money::new(100_000_000 + 25_000_000 + 50_800_000, vnd))
        );
        assert_eq!(figures.won_deals, 3);
        assert_eq!(
            figures.by_currency,
            [Money::new(100_000_000, vnd), Money::new(300_000, usd)]
        );
        let kinds: Vec<_> = figures
            .by_kind
            .iter()
            .map(|k| (k.kind, k.won_deals, k.total))
            .collect();
        assert_eq!(
            kinds,
            [
                (NewBusiness, 1, Ok(Money::new(100_000_000, vnd))),
                (Renewal, 0, Ok(Money::zero(vnd))),
                (Upsell, 1, Ok(Money::new(25_000_000, vnd))),
                (CrossSell, 1, Ok(Money::new(50_800_000, vnd))),
            ]
        );
    }

    #[test]
    fn sales_in_a_reporting_currency_with_fewer_decimals_or_more() {
        let (mut desk, client) = sales_desk();
        desk.settings.reporting_currency = Currency::USD;
        desk.won(
            client,
            DealKind::Renewal,
            38_100_000,
            Currency::VND,
            d(2026, 11, 20),
        );
        desk.won(
            client,
            DealKind::Renewal,
            12_345,
            Currency::USD,
            d(2026, 11, 20),
        );
        // 38 100 000 ₫ ÷ 25 400 = $1,500.00, plus $123.45
        assert_eq!(
            sales(&desk.inputs(), november(), None).total,
            Ok(Money::new(150_000 + 12_345, Currency::USD))
        );
    }

    #[test]
    fn a_missing_rate_is_named_and_the_originals_are_still_shown() {
        let (mut desk, client) = sales_desk();
        desk.won(
            client,
            DealKind::NewBusiness,
            100_000_000,
            Currency::VND,
            d(2026, 11, 2),
        );
        desk.won(
            client,
            DealKind::Upsell,
            50_000,
            Currency::EUR,
            d(2026, 11, 3),
        );
        desk.won(
            client,
            DealKind::Upsell,
            10_000,
            Currency::USD,
            d(2026, 11, 4),
        );
        let inputs = desk.inputs();
        let figures = sales(&inputs, november(), None);
        let missing = MissingRate {
            from: Currency::EUR,
            to: Currency::VND,
        };
        assert_eq!(figures.total, Err(missing));
        assert_eq!(missing.to_string(), "no exchange rate from EUR to VND");
        assert_eq!(figures.won_deals, 3);
        assert_eq!(
            figures.by_currency,
            [
                Money::new(100_000_000, Currency::VND),
                Money::new(10_000, Currency::USD),
                Money::new(50_000, Currency::EUR),
            ]
        );
        assert_eq!(
            figures.by_kind[0].total,
            Ok(Money::new(100_000_000, Currency::VND))
        );
        assert_eq!(figures.by_kind[2].total, Err(missing));
        let upsell = upsell_rate(&inputs, november(), None);
        assert_eq!(
            upsell,
            UpsellRate {
                upsell_cross_sell: 2,
                won: 3,
                rate_bp: Some(6_667),
                revenue_share_bp: None
            }
        );
        assert_eq!(monthly_sales(&inputs, november(), None), Err(missing));
    }

    #[test]
    fn upsell_rate_counts_deals_and_shares_revenue() {
        let (mut desk, client) = sales_desk();
        use DealKind::*;
        for (kind, value) in [
            (NewBusiness, 100_000_000),
            (Upsell, 50_000_000),
            (CrossSell, 30_000_000),
            (Renewal, 20_000_000),
        ] {
            desk.won(client, kind, value, Currency::VND, d(2026, 11, 12));
        }
        // 2 of 4 deals; 80 of 200 million.
        assert_eq!(
            upsell_rate(&desk.inputs(), november(), None),
            UpsellRate {
                upsell_cross_sell: 2,
                won: 4,
                rate_bp: Some(5_000),
                revenue_share_bp: Some(4_000)
            }
        );
    }

    #[test]
    fn without_won_deals_there_is_no_rate() {
        let (mut desk, client) = sales_desk();
        desk.won(client, DealKind::Upsell, 0, Currency::VND, d(2026, 11, 12));
        let empty = upsell_rate(&desk.inputs(), Period::month_of(d(2026, 1, 1)), None);
        assert_eq!(
            empty,
            UpsellRate {
                upsell_cross_sell: 0,
                won: 0,
                rate_bp: None,
                revenue_share_bp: None
            }
        );
        let figures = sales(&desk.inputs(), Period::month_of(d(2026, 1, 1)), None);
        assert_eq!(figures.total, Ok(Money::zero(Currency::VND)));
        assert!(figures.by_currency.is_empty());
        // A won deal worth nothing: a rate, but no revenue share of nothing.
        let nothing = upsell_rate(&desk.inputs(), november(), None);
        assert_eq!(
            (nothing.rate_bp, nothing.revenue_share_bp),
            (Some(10_000), None)
        );
    }

    #[test]
    fn monthly_sales_chart_one_bar_per_month() {
        let (mut desk, client) = sales_desk();
        desk.won(
            client,
            DealKind::NewBusiness,
            300_000_000,
            Currency::VND,
            d(2026, 1, 31),
        );
        desk.won(
            client,
            DealKind::Upsell,
            100_000,
            Currency::USD,
            d(2026, 11, 1),
        );
        desk.won(
            client,
            DealKind::Renewal,
            40_000_000,
            Currency::VND,
            d(2026, 11, 30),
        );
        desk.won(client, DealKind::Renewal, 1, Currency::VND, d(2025, 12, 31));
        let series = monthly_sales(&desk.inputs(), Period::year_of(d(2026, 6, 1)), None).unwrap();
        assert_eq!(series.len(), 12);
        assert_eq!(series[0], (d(2026, 1, 1), 300_000_000, 0));
        assert_eq!(series[1], (d(2026, 2, 1), 0, 0));
        assert_eq!(series[10], (d(2026, 11, 1), 65_000_000, 25_000_000));
        assert_eq!(series[11], (d(2026, 12, 1), 0, 0));
        let last_12 = monthly_sales(
            &desk.inputs(),
            Period::last_12_months(d(2026, 11, 23)),
            None,
        )
        .unwrap();
        assert_eq!(last_12[0], (d(2025, 12, 1), 1, 0));
        assert_eq!(last_12[11].0, d(2026, 11, 1));
    }

    // -- Owner filter and the bundle --------------------------------------

    #[test]
    fn an_owner_sees_only_their_clients_figures() {
        let mut desk = Desk::default();
        desk.rate(Currency::USD, Currency::VND, 25_000, d(2026, 1, 1));
        let ha = desk.member("Hà");
        let bao = desk.member("Bảo");
        let hers = desk.client(d(2025, 1, 1), Some(ha));
        let his = desk.client(d(2025, 1, 1), Some(bao));
        let at = ts(2026, 11, 3, 2, 0, 0);
        desk.request(hers, at, Some(Duration::hours(1)));
        desk.request(his, at, Some(Duration::hours(5)));
        desk.response(hers, d(2026, 11, 4), 10);
        desk.response(his, d(2026, 11, 4), 2);
        desk.won(
            hers,
            DealKind::Upsell,
            10_000_000,
            Currency::VND,
            d(2026, 11, 5),
        );
        desk.won(
            his,
            DealKind::NewBusiness,
            100_000,
            Currency::USD,
            d(2026, 11, 5),
        );

        let inputs = desk.inputs();
        let mine = compute(&inputs, november(), Some(ha));
        assert_eq!(mine.owner, Some(ha));
        assert_eq!(mine.response_time.mean, Some(Duration::hours(1)));
        assert_eq!(mine.nps.score, Some(100));
        assert_eq!(mine.sales.total, Ok(Money::new(10_000_000, Currency::VND)));
        assert_eq!(mine.upsell.rate_bp, Some(10_000));
        assert_eq!(mine.clients_per_person.active_clients, 1);

        let all = compute(&inputs, november(), None);
        assert_eq!(all.response_time.mean, Some(Duration::hours(3)));
        assert_eq!(all.nps.score, Some(0));
        assert_eq!(all.sales.total, Ok(Money::new(35_000_000, Currency::VND)));
        assert_eq!(all.upsell.revenue_share_bp, Some(2_857));
        assert_eq!(all.clients_per_person.ratio, Some(Hundredths(100)));
        assert_eq!(all.retention.rate_bp, Some(10_000));

        let nobody = compute(&inputs, november(), Some(Id::new_v4()));
        assert_eq!(nobody.response_time.answered, 0);
        assert_eq!(nobody.nps.score, None);
        assert_eq!(nobody.sales.won_deals, 0);
        assert_eq!(nobody.retention.rate_bp, None);
    }

    #[test]
    fn compute_bundles_every_kpi_and_the_previous_period_compares() {
        let (mut desk, client) = sales_desk();
        desk.won(
            client,
            DealKind::NewBusiness,
            10_000_000,
            Currency::VND,
            d(2026, 10, 15),
        );
        desk.won(
            client,
            DealKind::Renewal,
            30_000_000,
            Currency::VND,
            d(2026, 11, 15),
        );
        desk.response(client, d(2026, 11, 2), 9);
        desk.request(
            client,
            ts(2026, 11, 2, 2, 0, 0),
            Some(Duration::minutes(45)),
        );
        let inputs = desk.inputs();
        let current = compute(&inputs, november(), None);
        let before = compute(&inputs, november().previous(), None);
        assert_eq!(current.period, november());
        assert_eq!(before.period, Period::month_of(d(2026, 10, 1)));
        assert_eq!(current.sales, sales(&inputs, november(), None));
        assert_eq!(current.nps, nps(&inputs, november(), None));
        assert_eq!(current.upsell, upsell_rate(&inputs, november(), None));
        assert_eq!(current.retention, retention(&inputs, november(), None));
        assert_eq!(
            current.clients_per_person,
            clients_per_person(&inputs, november(), None)
        );
        assert_eq!(current.response_time.mean, Some(Duration::minutes(45)));
        assert_eq!(before.response_time.mean, None);
        let minor = |k: &Kpis| k.sales.total.unwrap().minor;
        assert_eq!(minor(&current) - minor(&before), 20_000_000);
    }
}
