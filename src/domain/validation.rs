use std::fmt;

use chrono::{Datelike, NaiveDate};
use thiserror::Error;

use super::meta::Timestamp;

use super::shape_problem::ShapeProblem;

/// What is wrong with one field. The UI translates it; `Display` gives the
/// English wording used in file-import messages and logs.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Problem {
    #[error("required")]
    Required,
    #[error("not an email address")]
    NotAnEmail,
    #[error("not a web address (use http:// or https://)")]
    NotAWebAddress,
    #[error("longer than {0} characters")]
    TooLong(usize),
    #[error("before the client-since date")]
    BeforeClientSince,
    #[error("only churned clients have a churn date")]
    ChurnDateWithoutChurn,
    #[error("refers to a team member who does not exist")]
    UnknownTeamMember,
    #[error("the same id is used twice")]
    DuplicateId,
    #[error("before the start date")]
    EndBeforeStart,
    #[error("must be between {0} and {1}")]
    OutOfRange(i64, i64),
    #[error("amount too large")]
    AmountTooLarge,
    /// Dates and times are kept within [`FIRST_YEAR`]–[`LAST_YEAR`].
    #[error("a date from 1900 to 2200")]
    DateOutOfRange,
    /// A local time the clocks skip (the hour lost when daylight saving
    /// time starts): it names no moment here.
    #[error("this time is skipped here when the clocks go forward")]
    SkippedLocalTime,
    /// The amounts of one record add up to more than can be summed safely.
    #[error("the amounts add up to too large a total")]
    TotalTooLarge,
    #[error("must not be negative")]
    Negative,
    #[error("refers to a client that does not exist")]
    UnknownClient,
    #[error("not a valid amount")]
    NotAnAmount,
    #[error("outside the review period")]
    OutsidePeriod,
    /// The total, in basis points.
    #[error("shares of voice add up to more than 100 %")]
    ShareOfVoiceOver100(i64),
    /// A value of the wrong type or form in a file.
    #[error("{0}")]
    WrongShape(ShapeProblem),
}

/// A problem and where it is: `contacts[1].email: not an email address`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub path: String,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(path: impl Into<String>, problem: Problem) -> Self {
        Self {
            path: path.into(),
            problem,
        }
    }

    /// The same error seen from a containing record: `clients[3]` + `name`.
    pub fn within(self, prefix: &str) -> Self {
        Self {
            path: format!("{prefix}.{}", self.path),
            problem: self.problem,
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Collects the problems of one record, field by field.
#[derive(Default)]
pub struct Checker {
    errors: Vec<FieldError>,
}

/// The business range of every date and time: a colleague's file or a typed
/// year 20266 is refused with its field named, instead of reaching screens
/// that count days from it (chrono's calendar ends in year 262 143).
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2200;

/// Largest revision accepted: far below `u64::MAX`, so that a record can go
/// on being edited (and merged) without its revision running out.
pub const MAX_REV: u64 = 1 << 50;

/// Is `date` within the business range?
pub fn in_business_range(date: NaiveDate) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&date.year())
}

/// Longest text we accept in a single-line field; notes get more room.
pub const MAX_LINE: usize = 200;
pub const MAX_NOTES: usize = 20_000;

impl Checker {
    pub fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.errors.push(FieldError::new(path, problem));
    }

    pub fn required(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(path, Problem::Required);
        } else {
            self.max_len(path, value, MAX_LINE);
        }
    }

    pub fn max_len(&mut self, path: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            self.push(path, Problem::TooLong(max));
        }
    }

    pub fn optional_email(&mut self, path: &str, value: &str) {
        if !value.is_empty() && !is_email(value) {
            self.push(path, Problem::NotAnEmail);
        }
    }

    pub fn optional_web_address(&mut self, path: &str, value: &str) {
        if !value.is_empty() && !is_web_address(value) {
            self.push(path, Problem::NotAWebAddress);
        }
    }

    /// A date within the business range.
    pub fn date(&mut self, path: &str, date: NaiveDate) {
        if !in_business_range(date) {
            self.push(path, Problem::DateOutOfRange);
        }
    }

    pub fn optional_date(&mut self, path: &str, date: Option<NaiveDate>) {
        if let Some(date) = date {
            self.date(path, date);
        }
    }

    /// A moment within the business range.
    pub fn moment(&mut self, path: &str, moment: Timestamp) {
        self.date(path, moment.date_naive());
    }

    pub fn extend(&mut self, prefix: &str, errors: Vec<FieldError>) {
        self.errors
            .extend(errors.into_iter().map(|e| e.within(prefix)));
    }

    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }
}

/// A pragmatic address check: one `@`, a non-empty local part, a dotted
/// domain, no spaces. Deliverability is the mail server's business.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !value.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty())
}

/// The `mailto:` link of an address, only for a plain address: one that
/// carries a query (`?bcc=…&subject=…`), a fragment or escapes would hand
/// the mail program headers a colleague's file chose. `None`: show the text
/// without a link.
pub fn mailto_href(address: &str) -> Option<String> {
    let plain = is_email(address)
        && !address.chars().any(|c| {
            matches!(
                c,
                '?' | '#'
                    | '%'
                    | '&'
                    | '/'
                    | '\\'
                    | ':'
                    | ';'
                    | ','
                    | '<'
                    | '>'
                    | '"'
                    | '('
                    | ')'
                    | '['
                    | ']'
            )
        });
    plain.then(|| format!("mailto:{address}"))
}

/// The `tel:` link of a phone number: its digits and a leading `+` only.
pub fn tel_href(phone: &str) -> Option<String> {
    let number: String = phone
        .chars()
        .enumerate()
        .filter(|&(i, c)| c.is_ascii_digit() || (i == 0 && c == '+'))
        .map(|(_, c)| c)
        .collect();
    number
        .chars()
        .any(|c| c.is_ascii_digit())
        .then(|| format!("tel:{number}"))
}

/// Only http(s) links are kept: a `javascript:` or `data:` link in a shared
/// file must never become clickable.
pub fn is_web_address(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mail_link_is_made_of_a_plain_address_only() {
        assert_eq!(
            mailto_href("mai@client.vn").as_deref(),
            Some("mailto:mai@client.vn")
        );
        for hostile in [
            "mai@client.vn?bcc=spy%40evil.example&subject=x",
            "mai@client.vn#x",
            "mai@client.vn/..",
            "not an address",
        ] {
            assert_eq!(mailto_href(hostile), None, "{hostile}");
        }
        assert_eq!(
            tel_href("+84 901 234 567").as_deref(),
            Some("tel:+84901234567")
        );
        assert_eq!(tel_href("0901?x=1").as_deref(), Some("tel:09011"));
        assert_eq!(tel_href("n/a"), None);
    }

    #[test]
    fn recognises_email_addresses() {
        for good in ["lan@vinamilk.com.vn", "a.b+c@x.io"] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "",
            "lan",
            "lan@",
            "@x.com",
            "lan@x",
            "lan@@x.com",
            "l an@x.com",
            "lan@x..com",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn accepts_only_http_and_https_links() {
        assert!(is_web_address("https://vinamilk.com.vn"));
        assert!(is_web_address("HTTP://example.com/path?q=1"));
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "ftp://x.com",
            "https://",
            "vinamilk.com.vn",
            "https://x.com/a b",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }

    #[test]
    fn errors_read_with_their_path() {
        let error = FieldError::new("email", Problem::NotAnEmail).within("contacts[1]");
        assert_eq!(error.to_string(), "contacts[1].email: not an email address");
    }

    #[test]
    fn checker_collects_every_problem() {
        let mut check = Checker::default();
        check.required("name", "  ");
        check.optional_email("email", "nope");
        check.optional_email("other", "");
        check.max_len("notes", &"x".repeat(11), 10);
        let errors = check.finish().unwrap_err();
        let paths: Vec<_> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["name", "email", "notes"]);
    }
}
