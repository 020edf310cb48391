//! Exchange rates kept by the user, for the few places where budgets in
//! different currencies are added up. Original amounts are always kept; a
//! converted total is only ever shown beside them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::decimal::mul_div_round;
use super::id::Id;
use super::money::{Currency, Money};

/// Rates are stored as integers scaled by 10^9, so 1 VND = 0.000039 USD keeps
/// its digits as well as 1 USD = 25 450 VND.
pub const RATE_DECIMALS: u32 = 9;
const RATE_SCALE: i64 = 1_000_000_000;

/// One `from` unit is worth `rate` `to` units, as of `date`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExchangeRate {
    pub id: Id,
    pub from: Currency,
    pub to: Currency,
    /// `to` major units per `from` major unit, × 10^9.
    pub rate: i64,
    #[serde(deserialize_with = "super::time_text::deserialize")]
    pub date: NaiveDate,
}

/// Workspace-wide preferences that travel with the data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The currency that mixed-currency totals are shown in.
    #[serde(default)]
    pub reporting_currency: Currency,
    #[serde(default)]
    pub rates: Vec<ExchangeRate>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            reporting_currency: Currency::VND,
            rates: Vec::new(),
        }
    }
}

/// The rate to use on `on` for one `from` unit in `to` (× 10^9): the latest
/// entered on or before that day, else the earliest one after it. A rate
/// entered the other way round is inverted.
pub fn rate_on(rates: &[ExchangeRate], from: Currency, to: Currency, on: NaiveDate) -> Option<i64> {
    if from == to {
        return Some(RATE_SCALE);
    }
    let candidates = rates.iter().filter_map(|r| {
        if r.from == from && r.to == to {
            Some((r.date, r.rate))
        } else if r.from == to && r.to == from && r.rate > 0 {
            mul_div_round(RATE_SCALE, RATE_SCALE, r.rate).map(|inverse| (r.date, inverse))
        } else {
            None
        }
    });
    // The latest dated on or before `on`, else the earliest after it.
    let mut before: Option<(NaiveDate, i64)> = None;
    let mut after: Option<(NaiveDate, i64)> = None;
    for (date, rate) in candidates {
        if date <= on {
            if before.is_none_or(|(d, _)| date > d) {
                before = Some((date, rate));
            }
        } else if after.is_none_or(|(d, _)| date < d) {
            after = Some((date, rate));
        }
    }
    before.or(after).map(|(_, rate)| rate)
}

/// `amount` in `to`, rounded half away from zero to `to`'s minor unit.
pub fn convert(
    amount: Money,
    to: Currency,
    rates: &[ExchangeRate],
    on: NaiveDate,
) -> Option<Money> {
    let rate = rate_on(rates, amount.currency, to, on)?;
    // minor_to = minor_from × rate ÷ 10^9 × 10^(dec_to − dec_from)
    let dec_from = amount.currency.decimals();
    let dec_to = to.decimals();
    let (num_scale, den_scale) = if dec_to >= dec_from {
        (10i64.pow(dec_to - dec_from), 1)
    } else {
        (1, 10i64.pow(dec_from - dec_to))
    };
    let scaled = mul_div_round(rate, num_scale, 1)?;
    mul_div_round(amount.minor, scaled, RATE_SCALE.checked_mul(den_scale)?)
        .map(|m| Money::new(m, to))
}

/// Adds amounts of any currencies in `to`; `Err` names a currency with no rate.
pub fn sum_in(
    amounts: impl IntoIterator<Item = Money>,
    to: Currency,
    rates: &[ExchangeRate],
    on: NaiveDate,
) -> Result<Money, Currency> {
    let mut total = 0i64;
    for amount in amounts {
        let converted = convert(amount, to, rates, on).ok_or(amount.currency)?;
        total = total.saturating_add(converted.minor);
    }
    Ok(Money::new(total, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn rate(from: Currency, to: Currency, major: i64, date: NaiveDate) -> ExchangeRate {
        ExchangeRate {
            id: Id::new_v4(),
            from,
            to,
            rate: major * RATE_SCALE,
            date,
        }
    }

    fn rates() -> Vec<ExchangeRate> {
        vec![
            rate(Currency::USD, Currency::VND, 25_000, d(2026, 1, 1)),
            rate(Currency::USD, Currency::VND, 25_400, d(2026, 10, 1)),
            rate(Currency::EUR, Currency::VND, 27_500, d(2026, 10, 1)),
        ]
    }

    #[test]
    fn uses_the_latest_rate_on_or_before_the_day() {
        assert_eq!(
            rate_on(&rates(), Currency::USD, Currency::VND, d(2026, 11, 23)),
            Some(25_400 * RATE_SCALE)
        );
        assert_eq!(
            rate_on(&rates(), Currency::USD, Currency::VND, d(2026, 5, 1)),
            Some(25_000 * RATE_SCALE)
        );
        // Before every rate: the earliest one.
        assert_eq!(
            rate_on(&rates(), Currency::USD, Currency::VND, d(2025, 5, 1)),
            Some(25_000 * RATE_SCALE)
        );
        assert_eq!(
            rate_on(&rates(), Currency::USD, Currency::EUR, d(2026, 11, 1)),
            None
        );
    }

    #[test]
    fn converts_between_decimals_exactly() {
        let on = d(2026, 11, 23);
        // $1,500.00 → 38 100 000 ₫
        assert_eq!(
            convert(
                Money::new(150_000, Currency::USD),
                Currency::VND,
                &rates(),
                on
            ),
            Some(Money::new(38_100_000, Currency::VND))
        );
        // 25 400 ₫ → $1.00 through the inverted rate; 12 700 ₫ → $0.50.
        assert_eq!(
            convert(
                Money::new(25_400, Currency::VND),
                Currency::USD,
                &rates(),
                on
            ),
            Some(Money::new(100, Currency::USD))
        );
        assert_eq!(
            convert(
                Money::new(12_700, Currency::VND),
                Currency::USD,
                &rates(),
                on
            ),
            Some(Money::new(50, Currency::USD))
        );
        assert_eq!(
            convert(Money::new(7, Currency::VND), Currency::VND, &[], on),
            Some(Money::new(7, Currency::VND))
        );
    }

    #[test]
    fn sums_mixed_currencies_or_names_the_missing_rate() {
        let on = d(2026, 11, 23);
        let amounts = [
            Money::new(1_000_000, Currency::VND),
            Money::new(10_000, Currency::USD),
            Money::new(100, Currency::EUR),
        ];
        assert_eq!(
            sum_in(amounts, Currency::VND, &rates(), on),
            Ok(Money::new(1_000_000 + 2_540_000 + 27_500, Currency::VND))
        );
        assert_eq!(
            sum_in(amounts, Currency::USD, &rates()[..2], on),
            Err(Currency::EUR)
        );
    }
}
