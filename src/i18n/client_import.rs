//! The words of a client CSV import: column meanings, the vocabulary used
//! to recognise headers and values in either language, and row notes.

use crate::domain::client::ClientStatus;
use crate::domain::client_import::{ClientColumn, RowNote, RowProblem, Vocabulary};
use crate::domain::csv::read::{CsvError, MAX_COLUMNS, MAX_ROWS};
use crate::domain::validation::FieldError;

use super::{fill, problem_text, Key, Label, Lang};

impl Label for ClientColumn {
    fn label(self) -> Key {
        match self {
            ClientColumn::Name => Key::CsvClientName,
            ClientColumn::Industry => Key::Industry,
            ClientColumn::Status => Key::Status,
            ClientColumn::Tier => Key::Tier,
            ClientColumn::AccountOwner => Key::AccountOwner,
            ClientColumn::Website => Key::Website,
            ClientColumn::Brands => Key::Brands,
            ClientColumn::Notes => Key::Notes,
            ClientColumn::ContactName => Key::CsvContactName,
            ClientColumn::ContactTitle => Key::CsvContactTitle,
            ClientColumn::ContactEmail => Key::CsvContactEmail,
            ClientColumn::ContactPhone => Key::CsvContactPhone,
            ClientColumn::ContactPrimary => Key::CsvContactPrimary,
        }
    }
}

/// The headers our own clients CSV is written with, in column order, so the
/// export and the import cannot drift apart.
pub const CLIENT_CSV_COLUMNS: [(Key, ClientColumn); 9] = [
    (Key::Client, ClientColumn::Name),
    (Key::Industry, ClientColumn::Industry),
    (Key::Status, ClientColumn::Status),
    (Key::AccountOwner, ClientColumn::AccountOwner),
    (Key::ContactColumn, ClientColumn::ContactName),
    (Key::JobTitle, ClientColumn::ContactTitle),
    (Key::Email, ClientColumn::ContactEmail),
    (Key::Phone, ClientColumn::ContactPhone),
    (Key::Primary, ClientColumn::ContactPrimary),
];

/// Every word of both languages that names a column or a value.
pub fn vocabulary() -> Vocabulary {
    let both = |key: Key| [key.en(), key.vi()].map(String::from);
    let mut vocabulary = Vocabulary::default();
    for (key, column) in CLIENT_CSV_COLUMNS {
        vocabulary
            .headers
            .extend(both(key).map(|word| (word, column)));
    }
    for column in ClientColumn::ALL {
        vocabulary
            .headers
            .extend(both(column.label()).map(|word| (word, column)));
    }
    for status in ClientStatus::ALL {
        vocabulary
            .statuses
            .extend(both(status.label()).map(|word| (word, status)));
    }
    vocabulary.yes.extend(both(Key::Yes));
    vocabulary
}

pub fn csv_error_text(error: &CsvError, lang: Lang) -> String {
    let text = |key: Key, values: &[(&str, &str)]| fill(key.text(lang), values);
    match error {
        CsvError::Empty => text(Key::CsvEmpty, &[]),
        CsvError::NoRows => text(Key::CsvNoRows, &[]),
        CsvError::UnclosedQuote { line } => {
            text(Key::CsvUnclosedQuote, &[("line", &line.to_string())])
        }
        CsvError::TooManyRows => text(Key::CsvTooManyRows, &[("max", &MAX_ROWS.to_string())]),
        CsvError::TooManyColumns { line } => text(
            Key::CsvTooManyColumns,
            &[
                ("line", &line.to_string()),
                ("max", &MAX_COLUMNS.to_string()),
            ],
        ),
    }
}

/// "Row 4: “Ghost” is not in your team; …"
pub fn row_note_text(note: &RowNote, lang: Lang) -> String {
    let text = |key: Key, values: &[(&str, &str)]| fill(key.text(lang), values);
    let problem = match &note.problem {
        RowProblem::NoClientName => text(Key::RowNoClientName, &[]),
        RowProblem::UnknownStatus(value) => text(Key::RowUnknownStatus, &[("value", value)]),
        RowProblem::UnknownTier(value) => text(Key::RowUnknownTier, &[("value", value)]),
        RowProblem::UnknownOwner(value) => text(Key::RowUnknownOwner, &[("value", value)]),
        RowProblem::ContactSkipped(errors) => text(
            Key::RowContactSkipped,
            &[("reason", &field_errors_text(errors, lang))],
        ),
        RowProblem::ClientSkipped(errors) => text(
            Key::RowClientSkipped,
            &[("reason", &field_errors_text(errors, lang))],
        ),
    };
    text(
        Key::RowNote,
        &[("line", &note.line.to_string()), ("problem", &problem)],
    )
}

/// "Email: Not an email address" — the field named as the form names it.
fn field_errors_text(errors: &[FieldError], lang: Lang) -> String {
    errors
        .iter()
        .map(|e| {
            let field = match e.path.rsplit('.').next().unwrap_or(&e.path) {
                "name" => Key::Name.text(lang),
                "email" => Key::Email.text(lang),
                "phone" => Key::Phone.text(lang),
                "title" => Key::JobTitle.text(lang),
                "website" => Key::Website.text(lang),
                "industry" => Key::Industry.text(lang),
                "notes" => Key::Notes.text(lang),
                other => other,
            };
            format!("{field}: {}", problem_text(&e.problem, lang))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::client_import::guess_mapping;

    #[test]
    fn our_own_csv_headers_map_in_both_languages() {
        for lang in [Lang::En, Lang::Vi] {
            let header: Vec<String> = CLIENT_CSV_COLUMNS
                .iter()
                .map(|(key, _)| key.text(lang).to_string())
                .collect();
            let expected: Vec<_> = CLIENT_CSV_COLUMNS.iter().map(|(_, c)| Some(*c)).collect();
            assert_eq!(guess_mapping(&header, &vocabulary()), expected, "{lang:?}");
        }
    }

    #[test]
    fn row_notes_read_naturally() {
        let note = RowNote {
            line: 4,
            problem: RowProblem::ContactSkipped(vec![FieldError::new(
                "email",
                crate::domain::validation::Problem::NotAnEmail,
            )]),
        };
        assert_eq!(
            row_note_text(&note, Lang::En),
            "Row 4: the contact was not imported (Email: Not an email address)"
        );
        assert_eq!(
            row_note_text(&note, Lang::Vi),
            "Dòng 4: không nhập người liên hệ (Email: Không phải địa chỉ email)"
        );
    }
}
