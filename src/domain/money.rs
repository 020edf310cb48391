use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::decimal::{format_scaled, parse_scaled, DecimalError};
use super::locale::Lang;

/// The currencies agencies in Vietnam bill in (ISO 4217).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Currency {
    #[default]
    VND,
    USD,
    EUR,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::VND, Currency::USD, Currency::EUR];

    pub fn code(self) -> &'static str {
        match self {
            Currency::VND => "VND",
            Currency::USD => "USD",
            Currency::EUR => "EUR",
        }
    }

    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == code)
    }

    /// Digits after the decimal mark (ISO 4217 minor unit).
    pub fn decimals(self) -> u32 {
        match self {
            Currency::VND => 0,
            Currency::USD | Currency::EUR => 2,
        }
    }

    fn symbol(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Currency::VND, _) => "₫",
            (Currency::USD, Lang::En) => "$",
            (Currency::USD, Lang::Vi) => "US$",
            (Currency::EUR, _) => "€",
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MoneyError {
    #[error("cannot combine {0} with {1}")]
    CurrencyMismatch(Currency, Currency),
    #[error("amount too large")]
    Overflow,
    #[error("not an amount")]
    NotAnAmount,
    #[error("{currency} has {decimals} decimals")]
    TooManyDecimals { currency: Currency, decimals: u32 },
}

/// An exact amount of money: whole minor units (đồng, cents) of one currency.
/// Never a float, so sums of thousands of cost lines stay exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub const fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    pub const fn zero(currency: Currency) -> Self {
        Self::new(0, currency)
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        self.minor
            .checked_add(other.minor)
            .map(|minor| Money::new(minor, self.currency))
            .ok_or(MoneyError::Overflow)
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        self.minor
            .checked_sub(other.minor)
            .map(|minor| Money::new(minor, self.currency))
            .ok_or(MoneyError::Overflow)
    }

    /// Adds up amounts of one currency; `currency` is the result for an empty list.
    pub fn sum(
        currency: Currency,
        amounts: impl IntoIterator<Item = Money>,
    ) -> Result<Money, MoneyError> {
        amounts
            .into_iter()
            .try_fold(Money::zero(currency), Money::checked_add)
    }

    fn same_currency(self, other: Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch(self.currency, other.currency))
        }
    }

    /// The amount without its symbol: `1,500.00` / `1.500,00`.
    pub fn format_number(self, lang: Lang) -> String {
        format_scaled(self.minor, self.currency.decimals(), lang, false)
    }

    /// `$1,500.00` and `₫1,500,000` in English; `1.500.000 ₫` and `1.500,00 US$` in Vietnamese.
    pub fn format(self, lang: Lang) -> String {
        let symbol = self.currency.symbol(lang);
        let number = self.format_number(lang);
        match lang {
            Lang::En => match number.strip_prefix('-') {
                Some(positive) => format!("-{symbol}{positive}"),
                None => format!("{symbol}{number}"),
            },
            Lang::Vi => format!("{number} {symbol}"),
        }
    }

    /// Reads an amount as a person types it in `lang`: group separators and a
    /// currency symbol are allowed, more decimals than the currency has are not.
    pub fn parse(input: &str, currency: Currency, lang: Lang) -> Result<Money, MoneyError> {
        parse_scaled(input, lang, currency.decimals(), "₫$€US")
            .map(|minor| Money::new(minor, currency))
            .map_err(|e| match e {
                DecimalError::NotANumber => MoneyError::NotAnAmount,
                DecimalError::TooManyDecimals(decimals) => {
                    MoneyError::TooManyDecimals { currency, decimals }
                }
                DecimalError::Overflow => MoneyError::Overflow,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VND: Currency = Currency::VND;
    const USD: Currency = Currency::USD;
    const EUR: Currency = Currency::EUR;

    #[test]
    fn formats_as_an_account_person_writes_it() {
        assert_eq!(Money::new(1_500_000, VND).format(Lang::Vi), "1.500.000 ₫");
        assert_eq!(Money::new(150_000, USD).format(Lang::En), "$1,500.00");
        assert_eq!(Money::new(1_500_000, VND).format(Lang::En), "₫1,500,000");
        assert_eq!(Money::new(150_005, USD).format(Lang::Vi), "1.500,05 US$");
        assert_eq!(Money::new(99, EUR).format(Lang::En), "€0.99");
        assert_eq!(Money::new(-150_000, USD).format(Lang::En), "-$1,500.00");
        assert_eq!(Money::new(-2_000, VND).format(Lang::Vi), "-2.000 ₫");
        assert_eq!(Money::zero(VND).format(Lang::Vi), "0 ₫");
    }

    #[test]
    fn arithmetic_is_exact_and_refuses_mixed_currencies() {
        let a = Money::new(10, USD);
        let b = Money::new(20, USD);
        assert_eq!(a.checked_add(b), Ok(Money::new(30, USD)));
        assert_eq!(a.checked_sub(b), Ok(Money::new(-10, USD)));
        assert_eq!(
            a.checked_add(Money::new(1, VND)),
            Err(MoneyError::CurrencyMismatch(USD, VND))
        );
        assert_eq!(
            Money::new(i64::MAX, VND).checked_add(Money::new(1, VND)),
            Err(MoneyError::Overflow)
        );
    }

    #[test]
    fn a_tenth_added_ten_times_is_exactly_one() {
        let dime = Money::new(10, USD);
        assert_eq!(
            Money::sum(USD, std::iter::repeat_n(dime, 10)),
            Ok(Money::new(100, USD))
        );
        assert_eq!(Money::sum(VND, []), Ok(Money::zero(VND)));
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(
            Money::parse("1.500.000", VND, Lang::Vi),
            Ok(Money::new(1_500_000, VND))
        );
        assert_eq!(
            Money::parse("1.500.000 ₫", VND, Lang::Vi),
            Ok(Money::new(1_500_000, VND))
        );
        assert_eq!(
            Money::parse("$1,500.5", USD, Lang::En),
            Ok(Money::new(150_050, USD))
        );
        assert_eq!(
            Money::parse("1500,25", EUR, Lang::Vi),
            Ok(Money::new(150_025, EUR))
        );
        assert_eq!(
            Money::parse(" -12 ", USD, Lang::En),
            Ok(Money::new(-1_200, USD))
        );
        assert_eq!(Money::parse(".5", USD, Lang::En), Ok(Money::new(50, USD)));
    }

    #[test]
    fn rejects_what_is_not_an_amount() {
        assert_eq!(
            Money::parse("", VND, Lang::Vi),
            Err(MoneyError::NotAnAmount)
        );
        assert_eq!(
            Money::parse("abc", VND, Lang::Vi),
            Err(MoneyError::NotAnAmount)
        );
        assert_eq!(
            Money::parse("1.2.3", USD, Lang::En),
            Err(MoneyError::NotAnAmount)
        );
        assert_eq!(
            Money::parse("1500,5", VND, Lang::Vi),
            Err(MoneyError::TooManyDecimals {
                currency: VND,
                decimals: 0
            })
        );
        assert_eq!(
            Money::parse("99999999999999999999", VND, Lang::Vi),
            Err(MoneyError::Overflow)
        );
    }

    #[test]
    fn formatting_then_parsing_gives_the_same_amount() {
        for lang in Lang::ALL {
            for currency in Currency::ALL {
                for minor in [0, 7, 1_234_567, -98_765] {
                    let money = Money::new(minor, currency);
                    assert_eq!(Money::parse(&money.format(lang), currency, lang), Ok(money));
                }
            }
        }
    }
}
