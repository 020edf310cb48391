//! Exact decimal numbers as scaled integers: parsing what people type and
//! writing it back, in the reader's language. Money amounts and exchange
//! rates are both built on this; nothing here uses floating point.

use thiserror::Error;

use super::locale::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DecimalError {
    #[error("not a number")]
    NotANumber,
    #[error("more than {0} decimals")]
    TooManyDecimals(u32),
    #[error("number too large")]
    Overflow,
}

/// Reads `input` as a number with at most `decimals` decimals and returns it
/// times 10^decimals. Group separators of `lang`, spaces and the symbols in
/// `ignore` are skipped; trailing zero decimals beyond `decimals` are allowed.
pub fn parse_scaled(
    input: &str,
    lang: Lang,
    decimals: u32,
    ignore: &str,
) -> Result<i64, DecimalError> {
    let (group, decimal_mark) = lang.separators();
    let cleaned: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != group && !ignore.contains(*c))
        .collect();
    let (negative, unsigned) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let (whole, fraction) = unsigned.split_once(decimal_mark).unwrap_or((unsigned, ""));
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return Err(DecimalError::NotANumber);
    }
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > decimals as usize {
        return Err(DecimalError::TooManyDecimals(decimals));
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| DecimalError::Overflow)?
    };
    let fraction: i64 = if fraction.is_empty() {
        0
    } else {
        format!("{fraction:0<width$}", width = decimals as usize)
            .parse()
            .map_err(|_| DecimalError::NotANumber)?
    };
    let scaled = whole
        .checked_mul(10i64.pow(decimals))
        .and_then(|m| m.checked_add(fraction))
        .ok_or(DecimalError::Overflow)?;
    Ok(if negative { -scaled } else { scaled })
}

/// Writes `scaled` ÷ 10^decimals with grouped digits: `1,500.00` / `1.500,00`.
/// With `trim`, trailing zero decimals are dropped (`25,450` not `25,450.000`).
pub fn format_scaled(scaled: i64, decimals: u32, lang: Lang, trim: bool) -> String {
    let (_, decimal_mark) = lang.separators();
    let scale = 10u64.pow(decimals);
    let magnitude = scaled.unsigned_abs();
    let whole = lang.group_digits(&(magnitude / scale).to_string());
    let sign = if scaled < 0 { "-" } else { "" };
    let mut fraction = if decimals == 0 {
        String::new()
    } else {
        format!("{:0width$}", magnitude % scale, width = decimals as usize)
    };
    if trim {
        fraction.truncate(fraction.trim_end_matches('0').len());
    }
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}{decimal_mark}{fraction}")
    }
}

/// a × b ÷ c, rounded half away from zero; `None` when c is 0 or the result
/// does not fit. Every derived money figure and percentage goes through here.
pub fn mul_div_round(a: i64, b: i64, c: i64) -> Option<i64> {
    if c == 0 {
        return None;
    }
    let numerator = i128::from(a) * i128::from(b);
    let c = i128::from(c);
    let quotient = numerator / c;
    let remainder = numerator % c;
    let rounded = if remainder.abs() * 2 >= c.abs() {
        quotient + if (numerator < 0) == (c < 0) { 1 } else { -1 }
    } else {
        quotient
    };
    i64::try_from(rounded).ok()
}

/// `part` ÷ `whole` in basis points (1 % = 100 bp), rounded half away from
/// zero; `None` when `whole` is 0.
pub fn basis_points(part: i64, whole: i64) -> Option<i64> {
    mul_div_round(part, 10_000, whole)
}

/// Basis points as a percentage with one decimal: `8 750` → `87.5` / `87,5`.
pub fn format_basis_points(bp: i64, lang: Lang) -> String {
    let tenths = mul_div_round(bp, 1, 10).unwrap_or(0);
    format_scaled(tenths, 1, lang, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_with_the_language_separators() {
        assert_eq!(parse_scaled("25.450", Lang::Vi, 0, ""), Ok(25_450));
        assert_eq!(parse_scaled("25,450", Lang::En, 0, ""), Ok(25_450));
        assert_eq!(parse_scaled("0,000039", Lang::Vi, 9, ""), Ok(39_000));
        assert_eq!(parse_scaled("1.50", Lang::En, 2, ""), Ok(150));
        assert_eq!(
            parse_scaled("1.500", Lang::En, 2, ""),
            Ok(150),
            "trailing zeros are fine"
        );
        assert_eq!(
            parse_scaled("1.505", Lang::En, 2, ""),
            Err(DecimalError::TooManyDecimals(2))
        );
        assert_eq!(
            parse_scaled("x", Lang::En, 2, ""),
            Err(DecimalError::NotANumber)
        );
        assert_eq!(
            parse_scaled("-", Lang::En, 2, ""),
            Err(DecimalError::NotANumber)
        );
    }

    #[test]
    fn formats_and_trims() {
        assert_eq!(format_scaled(150, 2, Lang::En, false), "1.50");
        assert_eq!(format_scaled(150, 2, Lang::En, true), "1.5");
        assert_eq!(
            format_scaled(25_450_000_000_000, 9, Lang::Vi, true),
            "25.450"
        );
        assert_eq!(format_scaled(-5, 1, Lang::Vi, false), "-0,5");
        assert_eq!(format_scaled(1_500_000, 0, Lang::Vi, false), "1.500.000");
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(mul_div_round(1, 1, 2), Some(1));
        assert_eq!(mul_div_round(-1, 1, 2), Some(-1));
        assert_eq!(mul_div_round(1, 1, 3), Some(0));
        assert_eq!(mul_div_round(2, 1, 3), Some(1));
        assert_eq!(mul_div_round(5, 7, -2), Some(-18));
        assert_eq!(mul_div_round(1, 1, 0), None);
        assert_eq!(mul_div_round(i64::MAX, i64::MAX, 1), None);
    }

    #[test]
    fn basis_points_are_percent_times_one_hundred() {
        assert_eq!(basis_points(875, 1_000), Some(8_750));
        assert_eq!(basis_points(1, 3), Some(3_333));
        assert_eq!(basis_points(2, 3), Some(6_667));
        assert_eq!(basis_points(1, 0), None);
        assert_eq!(format_basis_points(8_750, Lang::En), "87.5");
        assert_eq!(format_basis_points(3_333, Lang::Vi), "33,3");
        assert_eq!(format_basis_points(-1_250, Lang::En), "-12.5");
    }
}
