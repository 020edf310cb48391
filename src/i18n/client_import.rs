//! The words of a client CSV import: column meanings, the vocabulary used
//! to recognise headers and values in either language, and row notes.

use crate::domain::client::ClientStatus;
use crate::domain::client_import::{ClientColumn, RowNote, RowProblem, Shown, Vocabulary};
use crate::domain::csv::read::{CsvError, MAX_COLUMNS, MAX_ROWS};
use crate::domain::validation::FieldError;

use super::{fill, problem_text, AnyKey, Key, Label, Lang, LaterKey, Text};

impl Label for ClientColumn {
    type Key = AnyKey;

    fn label(self) -> AnyKey {
        match self {
            ClientColumn::Name => LaterKey::CsvClientName.into(),
            ClientColumn::Industry => Key::Industry.into(),
            ClientColumn::Status => Key::Status.into(),
            ClientColumn::Tier => Key::Tier.into(),
            ClientColumn::AccountOwner => Key::AccountOwner.into(),
            ClientColumn::Website => LaterKey::Website.into(),
            ClientColumn::Brands => LaterKey::Brands.into(),
            ClientColumn::Notes => LaterKey::Notes.into(),
            ClientColumn::ContactName => LaterKey::CsvContactName.into(),
            ClientColumn::ContactTitle => LaterKey::CsvContactTitle.into(),
            ClientColumn::ContactEmail => LaterKey::CsvContactEmail.into(),
            ClientColumn::ContactPhone => LaterKey::CsvContactPhone.into(),
            ClientColumn::ContactPrimary => LaterKey::CsvContactPrimary.into(),
        }
    }
}

/// The headers our own clients CSV is written with, in column order, so the
/// export and the import cannot drift apart.
pub const CLIENT_CSV_COLUMNS: [(AnyKey, ClientColumn); 9] = [
    (AnyKey::First(Key::Client), ClientColumn::Name),
    (AnyKey::First(Key::Industry), ClientColumn::Industry),
    (AnyKey::First(Key::Status), ClientColumn::Status),
    (AnyKey::First(Key::AccountOwner), ClientColumn::AccountOwner),
    (
        AnyKey::Later(LaterKey::ContactColumn),
        ClientColumn::ContactName,
    ),
    (
        AnyKey::Later(LaterKey::JobTitle),
        ClientColumn::ContactTitle,
    ),
    (AnyKey::Later(LaterKey::Email), ClientColumn::ContactEmail),
    (AnyKey::Later(LaterKey::Phone), ClientColumn::ContactPhone),
    (
        AnyKey::Later(LaterKey::Primary),
        ClientColumn::ContactPrimary,
    ),
];

/// Every word of both languages that names a column or a value.
pub fn vocabulary() -> Vocabulary {
    let both = |key: AnyKey| [key.en(), key.vi()].map(String::from);
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
            .extend(both(status.label().into()).map(|word| (word, status)));
    }
    vocabulary.yes.extend(both(Key::Yes.into()));
    vocabulary
}

pub fn csv_error_text(error: &CsvError, lang: Lang) -> String {
    let text = |key: LaterKey, values: &[(&str, &str)]| fill(key.text(lang), values);
    match error {
        CsvError::Empty => text(LaterKey::CsvEmpty, &[]),
        CsvError::NoRows => text(LaterKey::CsvNoRows, &[]),
        CsvError::UnclosedQuote { line } => {
            text(LaterKey::CsvUnclosedQuote, &[("line", &line.to_string())])
        }
        CsvError::TooManyRows => text(LaterKey::CsvTooManyRows, &[("max", &MAX_ROWS.to_string())]),
        CsvError::TooManyColumns { line } => text(
            LaterKey::CsvTooManyColumns,
            &[
                ("line", &line.to_string()),
                ("max", &MAX_COLUMNS.to_string()),
            ],
        ),
    }
}

/// "Row 4: “Ghost” is not in your team; …"
pub fn row_note_text(note: &RowNote, lang: Lang) -> String {
    let text = |key: LaterKey, values: &[(&str, &str)]| fill(key.text(lang), values);
    let problem = match &note.problem {
        RowProblem::NoClientName => text(LaterKey::RowNoClientName, &[]),
        RowProblem::UnknownStatus(value) => text(LaterKey::RowUnknownStatus, &[("value", value)]),
        RowProblem::UnknownTier(value) => text(LaterKey::RowUnknownTier, &[("value", value)]),
        RowProblem::UnknownOwner(value) => text(LaterKey::RowUnknownOwner, &[("value", value)]),
        RowProblem::ContactSkipped(errors) => text(
            LaterKey::RowContactSkipped,
            &[("reason", &field_errors_text(errors, lang))],
        ),
        RowProblem::ClientSkipped(errors) => text(
            LaterKey::RowClientSkipped,
            &[("reason", &field_errors_text(errors, lang))],
        ),
        RowProblem::Replaces {
            client,
            column,
            was,
            now,
        } => {
            let shown = |value: &Shown| match value {
                Shown::Text(text) => text.clone(),
                Shown::Status(status) => status.label().text(lang).to_string(),
            };
            text(
                LaterKey::RowReplaces,
                &[
                    ("field", column.label().text(lang)),
                    ("client", client),
                    ("was", &shown(was)),
                    ("now", &shown(now)),
                ],
            )
        }
    };
    text(
        LaterKey::RowNote,
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
                "email" => LaterKey::Email.text(lang),
                "phone" => LaterKey::Phone.text(lang),
                "title" => LaterKey::JobTitle.text(lang),
                "website" => LaterKey::Website.text(lang),
                "industry" => Key::Industry.text(lang),
                "notes" => LaterKey::Notes.text(lang),
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
