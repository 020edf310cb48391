//! What is wrong with a file's or storage's JSON, in the reader's language:
//! text that is not JSON, and values that do not fit their field. Wording of
//! serde's that the domain does not know stays as serde gives it.

use super::{fill, Key, Lang, Text};
use crate::domain::json_problem::JsonProblem;
use crate::domain::shape_problem::{Expected, Found, ShapeProblem};

pub(super) fn json_problem_text(problem: &JsonProblem, lang: Lang) -> String {
    let key = match problem {
        JsonProblem::EndsEarly => Key::JsonEndsEarly,
        JsonProblem::ExpectedColon => Key::JsonExpectedColon,
        JsonProblem::ExpectedCommaOrEnd => Key::JsonExpectedCommaOrEnd,
        JsonProblem::ExpectedValue => Key::JsonExpectedValue,
        JsonProblem::BadString => Key::JsonBadString,
        JsonProblem::BadNumber => Key::JsonBadNumber,
        JsonProblem::KeyNotString => Key::JsonKeyNotString,
        JsonProblem::TrailingComma => Key::JsonTrailingComma,
        JsonProblem::TrailingText => Key::JsonTrailingText,
        JsonProblem::TooDeep => Key::JsonTooDeep,
        JsonProblem::Other(message) => return message.clone(),
    };
    key.text(lang).to_string()
}

pub(super) fn shape_problem_text(problem: &ShapeProblem, lang: Lang) -> String {
    let text = |key: Key, values: &[(&str, &str)]| fill(key.text(lang), values);
    match problem {
        ShapeProblem::MissingField(name) => text(Key::ShapeMissingField, &[("name", name)]),
        ShapeProblem::NotAChoice {
            found: Some(found),
            choices: Some(choices),
        } => text(
            Key::ShapeNotOneOf,
            &[("found", found), ("choices", choices)],
        ),
        ShapeProblem::NotAChoice { .. } => text(Key::ShapeNotAChoice, &[]),
        ShapeProblem::WrongType { found, expected } => text(
            Key::ShapeWrongType,
            &[
                ("expected", &expected_text(expected, lang)),
                ("found", &found_text(found, lang)),
            ],
        ),
        ShapeProblem::BadDate => text(Key::ShapeBadDate, &[]),
        ShapeProblem::BadId => text(Key::ShapeBadId, &[]),
        ShapeProblem::Other(message) => message.clone(),
    }
}

fn found_text(found: &Found, lang: Lang) -> String {
    let with_value = |key: Key, value: &str| fill(key.text(lang), &[("value", value)]);
    let key = match found {
        Found::Number(n) => return with_value(Key::FoundNumber, n),
        Found::Text(t) => return with_value(Key::FoundText, t),
        Found::Bool(b) | Found::Other(b) => return b.clone(),
        Found::Null => Key::FoundNull,
        Found::List => Key::ShapeList,
        Found::Object => Key::ShapeObject,
    };
    key.text(lang).to_string()
}

fn expected_text(expected: &Expected, lang: Lang) -> String {
    let key = match expected {
        Expected::Text => Key::ExpectText,
        Expected::Unsigned(Some(max)) => {
            return fill(
                Key::ExpectWholeNumberUpTo.text(lang),
                &[("max", &max.to_string())],
            )
        }
        Expected::Unsigned(None) => Key::ExpectWholeNumberFromZero,
        Expected::Signed => Key::ExpectWholeNumber,
        Expected::Number => Key::ExpectNumber,
        Expected::YesNo => Key::ExpectYesNo,
        Expected::List => Key::ShapeList,
        Expected::Object => Key::ShapeObject,
        Expected::Date => Key::ExpectDate,
        Expected::DateTime => Key::ExpectDateTime,
        Expected::Other(other) => return other.clone(),
    };
    key.text(lang).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::envelope;

    /// The message for an envelope with one client whose `field` is `value`
    /// (JSON text, put in as it is).
    fn refused(field: &str, value: &str, lang: Lang) -> String {
        let mut client = serde_json::json!({
            "meta": {"id": "02258fc4-4309-49da-b5be-291be7176a5a", "rev": 1,
                     "created_at": "2026-11-23T09:00:00Z", "updated_at": "2026-11-23T09:00:00Z"},
            "name": "Lotus Coffee", "industry": "F&B", "status": "active", "tier": "A",
        });
        client[field] = "__value__".into();
        let envelope = serde_json::json!({
            "format": "account-desk", "version": 1, "workspace": {"clients": [client]},
        });
        // Indented, as exports are: the error's position names the field.
        let text = serde_json::to_string_pretty(&envelope)
            .unwrap()
            .replace("\"__value__\"", value);
        let error = envelope::restore(&text).expect_err("refused");
        super::super::restore_error_text(&error, lang)
    }

    #[test]
    fn a_broken_file_is_explained_in_the_readers_language() {
        let cut_short =
            envelope::restore("{\"format\": \"account-desk\",\n \"workspace\": {\"clients\": [")
                .unwrap_err();
        assert_eq!(
            super::super::restore_error_text(&cut_short, Lang::Vi),
            "không phải JSON hợp lệ (dòng 2, cột 27): văn bản kết thúc giữa chừng — có thể file bị cắt ngang khi tải về hoặc sao chép"
        );
        let pasted_twice = envelope::restore("{\"a\": 1} {\"a\": 1}").unwrap_err();
        assert_eq!(
            super::super::restore_error_text(&pasted_twice, Lang::En),
            "not valid JSON (line 1, column 10): more text follows the end of the data"
        );
    }

    #[test]
    fn the_domains_english_is_the_catalogs() {
        let json = [
            JsonProblem::EndsEarly,
            JsonProblem::ExpectedColon,
            JsonProblem::ExpectedCommaOrEnd,
            JsonProblem::ExpectedValue,
            JsonProblem::BadString,
            JsonProblem::BadNumber,
            JsonProblem::KeyNotString,
            JsonProblem::TrailingComma,
            JsonProblem::TrailingText,
            JsonProblem::TooDeep,
        ];
        for problem in json {
            assert_eq!(json_problem_text(&problem, Lang::En), problem.to_string());
        }
        let wrong = |found, expected| ShapeProblem::WrongType { found, expected };
        let shapes = [
            ShapeProblem::MissingField("name".into()),
            ShapeProblem::NotAChoice {
                found: Some("XXX1".into()),
                choices: Some("`VND`, `USD`".into()),
            },
            ShapeProblem::NotAChoice {
                found: None,
                choices: None,
            },
            ShapeProblem::BadDate,
            ShapeProblem::BadId,
            wrong(Found::Number("42".into()), Expected::Text),
            wrong(Found::Text("x".into()), Expected::Unsigned(Some(255))),
            wrong(Found::Null, Expected::Unsigned(None)),
            wrong(Found::List, Expected::Signed),
            wrong(Found::Object, Expected::Number),
            wrong(Found::Bool("true".into()), Expected::YesNo),
            wrong(Found::Number("1".into()), Expected::List),
            wrong(Found::Number("1".into()), Expected::Object),
            wrong(Found::Number("1".into()), Expected::Date),
            wrong(Found::Number("1".into()), Expected::DateTime),
        ];
        for problem in shapes {
            assert_eq!(shape_problem_text(&problem, Lang::En), problem.to_string());
        }
    }

    #[test]
    fn a_value_that_does_not_fit_is_explained_in_both_languages() {
        assert_eq!(
            refused("name", "42", Lang::Vi),
            "clients[0].name: cần văn bản, nhưng là số 42"
        );
        assert_eq!(
            refused("name", "42", Lang::En),
            "clients[0].name: expected text, found the number 42"
        );
        assert_eq!(
            refused("status", "\"activ\"", Lang::Vi),
            "clients[0].status: “activ” không thuộc các giá trị `prospect`, `active`, `paused`, `churned`"
        );
        assert_eq!(
            refused("client_since", "\"2024-13-01\"", Lang::Vi),
            "clients[0].client_since: không phải ngày giờ hợp lệ"
        );
    }

    #[test]
    fn what_the_header_read_skips_is_still_broken_json() {
        // Half an emoji, and a number no record can hold: the header's read
        // passes over both; only the records' read finds them.
        assert_eq!(
            refused("name", r#""\ud83d""#, Lang::En).split_once("): "),
            Some((
                "not valid JSON (line 14, column 24",
                "a text value holds a character JSON does not allow"
            ))
        );
    }

    #[test]
    fn a_number_where_a_choice_belongs_is_not_called_broken_json() {
        // serde_json reports this one as a syntax error; the JSON is fine.
        assert_eq!(
            refused("status", "5", Lang::En),
            "clients[0].status: not one of the allowed values"
        );
    }
}
