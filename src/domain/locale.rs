use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The two languages of the interface. Formatting of numbers, money and dates
/// follows the language, as an account person would write them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Vi,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Vi];

    /// The BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "en" => Some(Lang::En),
            "vi" => Some(Lang::Vi),
            _ => None,
        }
    }

    /// The thousands separator and the decimal mark.
    pub(crate) fn separators(self) -> (char, char) {
        match self {
            Lang::En => (',', '.'),
            Lang::Vi => ('.', ','),
        }
    }

    /// A month's short name for chart axes: `Jan` / `T1`.
    pub fn month_short(self, month: u32) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        match self {
            Lang::En => MONTHS[(month.clamp(1, 12) - 1) as usize].to_string(),
            Lang::Vi => format!("T{}", month.clamp(1, 12)),
        }
    }

    /// `23 Nov 2026` in English, `23/11/2026` in Vietnamese.
    pub fn format_date(self, date: NaiveDate) -> String {
        match self {
            Lang::En => {
                const MONTHS: [&str; 12] = [
                    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec",
                ];
                format!(
                    "{} {} {}",
                    date.day(),
                    MONTHS[date.month0() as usize],
                    date.year()
                )
            }
            Lang::Vi => format!("{:02}/{:02}/{}", date.day(), date.month(), date.year()),
        }
    }

    /// A date range, the year written once when both ends share it:
    /// `1 Nov – 30 Nov 2026` / `01/11 – 30/11/2026`.
    pub fn format_period(self, start: NaiveDate, end: NaiveDate) -> String {
        if start.year() != end.year() {
            return format!("{} – {}", self.format_date(start), self.format_date(end));
        }
        let full_end = self.format_date(end);
        let start_text = self.format_date(start);
        let short_start = match self {
            Lang::En => start_text
                .rsplit_once(' ')
                .map_or(start_text.as_str(), |(d, _)| d),
            Lang::Vi => start_text
                .rsplit_once('/')
                .map_or(start_text.as_str(), |(d, _)| d),
        };
        format!("{short_start} – {full_end}")
    }

    /// Groups the digits of a whole number: `1500000` → `1,500,000` / `1.500.000`.
    pub fn group_digits(self, digits: &str) -> String {
        let (group, _) = self.separators();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(group);
            }
            out.push(c);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 7).unwrap();
        assert_eq!(Lang::Vi.format_date(d), "07/03/2026");
        assert_eq!(Lang::En.format_date(d), "7 Mar 2026");
    }

    #[test]
    fn periods_write_a_shared_year_once() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            Lang::En.format_period(d(2026, 11, 1), d(2026, 11, 30)),
            "1 Nov – 30 Nov 2026"
        );
        assert_eq!(
            Lang::Vi.format_period(d(2026, 11, 1), d(2026, 11, 30)),
            "01/11 – 30/11/2026"
        );
        assert_eq!(
            Lang::En.format_period(d(2026, 12, 15), d(2027, 1, 14)),
            "15 Dec 2026 – 14 Jan 2027"
        );
    }

    #[test]
    fn digits_are_grouped_by_thousands() {
        assert_eq!(Lang::En.group_digits("0"), "0");
        assert_eq!(Lang::En.group_digits("999"), "999");
        assert_eq!(Lang::En.group_digits("1000"), "1,000");
        assert_eq!(Lang::Vi.group_digits("1500000"), "1.500.000");
        assert_eq!(Lang::Vi.group_digits("12345678"), "12.345.678");
    }

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
