//! What is wrong with text that is not JSON, in terms a reader can act on.
//!
//! Why not serde_json's own words: they are English only ("EOF while
//! parsing an object") and name parser states. Each kind here gets its own
//! sentence in every language; wording serde_json may add later still
//! reaches the reader, in its own words, as [`JsonProblem::Other`].

use std::fmt;

use serde_json::error::Category;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonProblem {
    /// The text stops in the middle: a download or a copy that did not finish.
    EndsEarly,
    ExpectedColon,
    ExpectedCommaOrEnd,
    /// A value was due and something else is there (a stray word, a quote
    /// typed as `'`).
    ExpectedValue,
    /// An invalid escape, code point or raw control character in a string.
    BadString,
    BadNumber,
    KeyNotString,
    TrailingComma,
    /// More text after the data, as when two files were pasted together.
    TrailingText,
    TooDeep,
    Other(String),
}

impl JsonProblem {
    pub fn of(error: &serde_json::Error) -> Self {
        if error.classify() == Category::Eof {
            return Self::EndsEarly;
        }
        let message = without_position(&error.to_string());
        let starts = |prefix: &str| message.starts_with(prefix);
        match () {
            _ if starts("expected `:`") => Self::ExpectedColon,
            _ if starts("expected `,` or") => Self::ExpectedCommaOrEnd,
            _ if starts("expected value") || starts("expected ident") => Self::ExpectedValue,
            _ if starts("invalid escape")
                || starts("invalid unicode code point")
                || starts("control character")
                || starts("lone leading surrogate")
                || starts("unexpected end of hex escape") =>
            {
                Self::BadString
            }
            _ if starts("invalid number") || starts("number out of range") => Self::BadNumber,
            _ if starts("key must be") => Self::KeyNotString,
            _ if starts("trailing comma") => Self::TrailingComma,
            _ if starts("trailing characters") => Self::TrailingText,
            _ if starts("recursion limit") => Self::TooDeep,
            _ => Self::Other(message),
        }
    }
}

/// serde_json appends " at line L column C", which is reported on its own.
pub fn without_position(text: &str) -> String {
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_string(),
        None => text.to_string(),
    }
}

/// English, for logs and tests, in the catalog's words; the app shows
/// `i18n::json_problem_text`.
impl fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::EndsEarly => "the text ends too early — the file may have been cut short while downloading or copying",
            Self::ExpectedColon => "a “:” is missing after a name",
            Self::ExpectedCommaOrEnd => "a comma or a closing bracket is missing",
            Self::ExpectedValue => "a value is missing or misspelled",
            Self::BadString => "a text value holds a character JSON does not allow",
            Self::BadNumber => "a number is not valid",
            Self::KeyNotString => "a name is not in double quotes",
            Self::TrailingComma => "a comma stands before a closing bracket",
            Self::TrailingText => "more text follows the end of the data",
            Self::TooDeep => "the data is nested too deeply",
            Self::Other(message) => message,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> JsonProblem {
        let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        JsonProblem::of(&error)
    }

    #[test]
    fn each_kind_of_broken_json_is_told_apart() {
        let cases = [
            ("{\"clients\": [1, 2", JsonProblem::EndsEarly),
            ("{\"name\": \"Đồng Xa", JsonProblem::EndsEarly),
            ("{\"name\" \"x\"}", JsonProblem::ExpectedColon),
            ("{\"a\": 1 \"b\": 2}", JsonProblem::ExpectedCommaOrEnd),
            ("[1 2]", JsonProblem::ExpectedCommaOrEnd),
            ("{\"a\": 'x'}", JsonProblem::ExpectedValue),
            ("{\"a\": tru}", JsonProblem::ExpectedValue),
            ("{\"a\": \"\\q\"}", JsonProblem::BadString),
            ("{\"a\": \"line\nbreak\"}", JsonProblem::BadString),
            ("{\"a\": -}", JsonProblem::BadNumber),
            ("{\"a\": 1e999}", JsonProblem::BadNumber),
            ("{a: 1}", JsonProblem::KeyNotString),
            ("[1, 2,]", JsonProblem::TrailingComma),
            ("{\"a\": 1} {\"b\": 2}", JsonProblem::TrailingText),
            (&"[".repeat(200), JsonProblem::TooDeep),
        ];
        for (text, expected) in cases {
            assert_eq!(problem(text), expected, "{text:?}");
        }
    }

    #[test]
    fn wording_not_known_here_is_passed_on_without_its_position() {
        let error = serde_json::from_str::<u8>("300").unwrap_err();
        let JsonProblem::Other(message) = JsonProblem::of(&error) else {
            panic!("a range error is not a syntax problem");
        };
        assert!(
            !message.contains("line") && message.contains("300"),
            "{message}"
        );
    }
}
