//! Clients from a spreadsheet or a CRM export. The user says which column
//! holds what (we guess from the headers first); rows with the same client
//! name become one client with several contacts. A client whose name is
//! already in the workspace is updated in place — same id, one revision
//! more — so the result goes through the same merge preview and Undo as a
//! colleague's JSON file.

use std::collections::HashMap;

use super::client::{split_list, Client, ClientStatus, Contact, Tier};
use super::csv::read::{Table, TableRow};
use super::meta::Timestamp;
use super::search::fold;
use super::validation::FieldError;
use super::workspace::Workspace;

/// What a CSV column can be imported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClientColumn {
    Name,
    Industry,
    Status,
    Tier,
    AccountOwner,
    Website,
    Brands,
    Notes,
    ContactName,
    ContactTitle,
    ContactEmail,
    ContactPhone,
    ContactPrimary,
}

impl ClientColumn {
    pub const ALL: [ClientColumn; 13] = [
        ClientColumn::Name,
        ClientColumn::Industry,
        ClientColumn::Status,
        ClientColumn::Tier,
        ClientColumn::AccountOwner,
        ClientColumn::Website,
        ClientColumn::Brands,
        ClientColumn::Notes,
        ClientColumn::ContactName,
        ClientColumn::ContactTitle,
        ClientColumn::ContactEmail,
        ClientColumn::ContactPhone,
        ClientColumn::ContactPrimary,
    ];
}

/// For each CSV column, what it is imported as (`None`: not imported).
pub type Mapping = Vec<Option<ClientColumn>>;

/// Words for headers and values in the user's languages, from the catalog,
/// so that our own exports in either language map without a question.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    pub headers: Vec<(String, ClientColumn)>,
    pub statuses: Vec<(String, ClientStatus)>,
    pub yes: Vec<String>,
}

/// Headers that CRMs and spreadsheets commonly use, folded (no accents, lower case).
const COMMON_HEADERS: &[(&str, ClientColumn)] = &[
    ("client name", ClientColumn::Name),
    ("company", ClientColumn::Name),
    ("company name", ClientColumn::Name),
    ("account name", ClientColumn::Name),
    ("organisation", ClientColumn::Name),
    ("organization", ClientColumn::Name),
    ("ten khach hang", ClientColumn::Name),
    ("cong ty", ClientColumn::Name),
    ("ten cong ty", ClientColumn::Name),
    ("sector", ClientColumn::Industry),
    ("linh vuc", ClientColumn::Industry),
    ("nganh hang", ClientColumn::Industry),
    ("owner", ClientColumn::AccountOwner),
    ("account manager", ClientColumn::AccountOwner),
    ("phu trach", ClientColumn::AccountOwner),
    ("nguoi phu trach", ClientColumn::AccountOwner),
    ("web", ClientColumn::Website),
    ("url", ClientColumn::Website),
    ("brand", ClientColumn::Brands),
    ("nhan hang", ClientColumn::Brands),
    ("thuong hieu", ClientColumn::Brands),
    ("note", ClientColumn::Notes),
    ("contact name", ClientColumn::ContactName),
    ("full name", ClientColumn::ContactName),
    ("lien he", ClientColumn::ContactName),
    ("ho ten", ClientColumn::ContactName),
    ("ho va ten", ClientColumn::ContactName),
    ("job title", ClientColumn::ContactTitle),
    ("position", ClientColumn::ContactTitle),
    ("chuc vu", ClientColumn::ContactTitle),
    ("e-mail", ClientColumn::ContactEmail),
    ("email address", ClientColumn::ContactEmail),
    ("mobile", ClientColumn::ContactPhone),
    ("telephone", ClientColumn::ContactPhone),
    ("phone number", ClientColumn::ContactPhone),
    ("so dien thoai", ClientColumn::ContactPhone),
    ("sdt", ClientColumn::ContactPhone),
    ("primary contact", ClientColumn::ContactPrimary),
    ("lien he chinh", ClientColumn::ContactPrimary),
];

const COMMON_YES: &[&str] = &["yes", "y", "x", "true", "1", "co", "primary", "chinh"];

/// The likely meaning of each header; each meaning is given to one column at most.
pub fn guess_mapping(header: &[String], vocabulary: &Vocabulary) -> Mapping {
    let known: Vec<(String, ClientColumn)> = vocabulary
        .headers
        .iter()
        .map(|(word, column)| (fold(word.trim()), *column))
        .chain(COMMON_HEADERS.iter().map(|(w, c)| (w.to_string(), *c)))
        .collect();
    let mut taken = Vec::new();
    header
        .iter()
        .map(|title| {
            let title = fold(title.trim());
            let column = known
                .iter()
                .find(|(word, column)| *word == title && !taken.contains(column))
                .map(|(_, column)| *column)?;
            taken.push(column);
            Some(column)
        })
        .collect()
}

/// Gives `column` to the CSV column at `index`. A meaning belongs to one
/// column at a time, so a column that had it lets it go.
pub fn assign(mapping: &mut Mapping, index: usize, column: Option<ClientColumn>) {
    if column.is_some() {
        for other in mapping.iter_mut().filter(|other| **other == column) {
            *other = None;
        }
    }
    if let Some(slot) = mapping.get_mut(index) {
        *slot = column;
    }
}

/// How many different clients the name column holds; `None` without one.
pub fn count_clients(table: &Table, mapping: &[Option<ClientColumn>]) -> Option<usize> {
    let column = mapping
        .iter()
        .position(|c| *c == Some(ClientColumn::Name))?;
    let names: std::collections::HashSet<String> = table
        .rows
        .iter()
        .map(|row| fold(row.cell(column)))
        .filter(|name| !name.is_empty())
        .collect();
    Some(names.len())
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MappingError {
    #[error("no column is imported as the client name")]
    NoNameColumn,
}

/// Something about one row that the user should know; the import goes on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// The row has no client name: skipped.
    NoClientName,
    /// Left as it was.
    UnknownStatus(String),
    UnknownTier(String),
    /// Not a member of the team: the owner is left as it was.
    UnknownOwner(String),
    /// The contact on this row is not imported.
    ContactSkipped(Vec<FieldError>),
    /// The client of this row is not imported.
    ClientSkipped(Vec<FieldError>),
    /// A client already here, matched by name: the file gives one of its
    /// fields, which holds something else now, a new value.
    Replaces {
        client: String,
        column: ClientColumn,
        was: Shown,
        now: Shown,
    },
}

/// A field's value as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    Text(String),
    Status(ClientStatus),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowNote {
    pub line: usize,
    pub problem: RowProblem,
}

/// What the file would import: clients as "their" workspace, for the merge
/// preview, and what the user should know about individual rows.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientImport {
    pub workspace: Workspace,
    pub notes: Vec<RowNote>,
}

/// Builds the clients of `table` read through `mapping`, against `mine`.
pub fn import_clients(
    table: &Table,
    mapping: &[Option<ClientColumn>],
    mine: &Workspace,
    vocabulary: &Vocabulary,
    now: Timestamp,
) -> Result<ClientImport, MappingError> {
    let reader = RowReader { mapping };
    if reader.column(ClientColumn::Name).is_none() {
        return Err(MappingError::NoNameColumn);
    }
    let mut notes = Vec::new();
    // Clients in file order; rows of one client may be anywhere in the file.
    let mut drafts: Vec<Draft> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for row in &table.rows {
        let name = reader.get(row, ClientColumn::Name);
        if name.is_empty() {
            notes.push(RowNote {
                line: row.line,
                problem: RowProblem::NoClientName,
            });
            continue;
        }
        let index = *by_name.entry(fold(name)).or_insert_with(|| {
            let existing = mine
                .live_clients()
                .find(|c| fold(c.name.trim()) == fold(name))
                .cloned();
            drafts.push(Draft {
                client: existing.clone().unwrap_or_else(|| {
                    let mut client = Client::new(now);
                    client.name = name.to_string();
                    client
                }),
                original: existing,
                lines: Vec::new(),
            });
            drafts.len() - 1
        });
        let draft = &mut drafts[index];
        draft.lines.push(row.line);
        for problem in reader.apply_row(row, &mut draft.client, mine, vocabulary) {
            notes.push(RowNote {
                line: row.line,
                problem,
            });
        }
    }

    let mut workspace = Workspace::default();
    for mut draft in drafts {
        if let Err(errors) = draft.client.validate() {
            notes.push(RowNote {
                line: draft.lines[0],
                problem: RowProblem::ClientSkipped(errors),
            });
            continue;
        }
        match &draft.original {
            Some(original) if *original == draft.client => {}
            Some(original) => {
                // Every field the file would change is listed, so the
                // preview never replaces what is there without saying so.
                for (column, was, now) in replaced(original, &draft.client, mine) {
                    notes.push(RowNote {
                        line: draft.lines[0],
                        problem: RowProblem::Replaces {
                            client: original.name.clone(),
                            column,
                            was,
                            now,
                        },
                    });
                }
                draft.client.meta.touch(now);
            }
            None => {}
        }
        workspace.clients.push(draft.client);
    }
    notes.sort_by_key(|n| n.line);
    Ok(ClientImport { workspace, notes })
}

/// The fields a row changes that held something else: `(column, was, now)`.
fn replaced(was: &Client, now: &Client, mine: &Workspace) -> Vec<(ClientColumn, Shown, Shown)> {
    let mut out = Vec::new();
    let mut text = |column, was: &str, now: &str| {
        if !was.is_empty() && was != now {
            out.push((column, Shown::Text(was.into()), Shown::Text(now.into())));
        }
    };
    text(ClientColumn::Industry, &was.industry, &now.industry);
    text(ClientColumn::Website, &was.website, &now.website);
    text(ClientColumn::Notes, &was.notes, &now.notes);
    text(
        ClientColumn::Tier,
        &format!("{:?}", was.tier),
        &format!("{:?}", now.tier),
    );
    let owner = |id: Option<super::id::Id>| {
        id.and_then(|id| mine.member(id))
            .map_or(String::new(), |m| m.name.clone())
    };
    text(
        ClientColumn::AccountOwner,
        &owner(was.account_owner),
        &owner(now.account_owner),
    );
    if was.status != now.status {
        out.push((
            ClientColumn::Status,
            Shown::Status(was.status),
            Shown::Status(now.status),
        ));
    }
    out
}

struct Draft {
    client: Client,
    /// The client as it is in the workspace, when the file updates one.
    original: Option<Client>,
    lines: Vec<usize>,
}

struct RowReader<'a> {
    mapping: &'a [Option<ClientColumn>],
}

impl RowReader<'_> {
    fn column(&self, wanted: ClientColumn) -> Option<usize> {
        self.mapping.iter().position(|c| *c == Some(wanted))
    }

    fn get<'r>(&self, row: &'r TableRow, wanted: ClientColumn) -> &'r str {
        self.column(wanted).map_or("", |i| row.cell(i))
    }

    /// Puts what the row says into `client`; blank cells change nothing.
    fn apply_row(
        &self,
        row: &TableRow,
        client: &mut Client,
        mine: &Workspace,
        vocabulary: &Vocabulary,
    ) -> Vec<RowProblem> {
        let mut problems = Vec::new();
        let value = |column| self.get(row, column);
        set_text(&mut client.industry, value(ClientColumn::Industry));
        set_text(&mut client.website, value(ClientColumn::Website));
        set_text(&mut client.notes, value(ClientColumn::Notes));
        for brand in split_list(value(ClientColumn::Brands)) {
            if !client.brands.iter().any(|b| fold(b) == fold(&brand)) {
                client.brands.push(brand);
            }
        }
        let status = value(ClientColumn::Status);
        if !status.is_empty() {
            match parse_status(status, vocabulary) {
                Some(s) => client.status = s,
                None => problems.push(RowProblem::UnknownStatus(status.to_string())),
            }
        }
        let tier = value(ClientColumn::Tier);
        if !tier.is_empty() {
            match parse_tier(tier) {
                Some(t) => client.tier = t,
                None => problems.push(RowProblem::UnknownTier(tier.to_string())),
            }
        }
        let owner = value(ClientColumn::AccountOwner);
        if !owner.is_empty() {
            let folded = fold(owner);
            match mine.live_team().find(|m| {
                fold(&m.name) == folded || (!m.email.is_empty() && fold(&m.email) == folded)
            }) {
                Some(member) => client.account_owner = Some(member.meta.id),
                None => problems.push(RowProblem::UnknownOwner(owner.to_string())),
            }
        }
        if let Err(errors) = self.apply_contact(row, client, vocabulary) {
            problems.push(RowProblem::ContactSkipped(errors));
        }
        problems
    }

    /// Adds the row's contact, or completes the same person already there
    /// (same email, or same name when the row has no email).
    fn apply_contact(
        &self,
        row: &TableRow,
        client: &mut Client,
        vocabulary: &Vocabulary,
    ) -> Result<(), Vec<FieldError>> {
        let (name, email) = (
            self.get(row, ClientColumn::ContactName),
            self.get(row, ClientColumn::ContactEmail),
        );
        if name.is_empty() && email.is_empty() {
            return Ok(());
        }
        let same_person = |c: &Contact| {
            if email.is_empty() {
                fold(&c.name) == fold(name)
            } else {
                fold(&c.email) == fold(email)
            }
        };
        let mut contact = client
            .contacts
            .iter()
            .find(|c| same_person(c))
            .cloned()
            .unwrap_or_default();
        set_text(
            &mut contact.name,
            if name.is_empty() { email } else { name },
        );
        set_text(&mut contact.email, email);
        set_text(
            &mut contact.title,
            self.get(row, ClientColumn::ContactTitle),
        );
        set_text(
            &mut contact.phone,
            self.get(row, ClientColumn::ContactPhone),
        );
        contact.validate()?;
        let primary = is_yes(self.get(row, ClientColumn::ContactPrimary), vocabulary);
        let id = contact.id;
        match client.contacts.iter_mut().find(|c| c.id == id) {
            Some(existing) => *existing = contact,
            None => client.contacts.push(contact),
        }
        if primary {
            client.set_primary(id);
        }
        Ok(())
    }
}

fn set_text(field: &mut String, value: &str) {
    if !value.is_empty() && field != value {
        *field = value.to_string();
    }
}

fn parse_status(text: &str, vocabulary: &Vocabulary) -> Option<ClientStatus> {
    let folded = fold(text);
    let codes = ClientStatus::ALL
        .iter()
        .map(|s| (format!("{s:?}").to_lowercase(), *s));
    vocabulary
        .statuses
        .iter()
        .map(|(word, s)| (fold(word), *s))
        .chain(codes)
        .find(|(word, _)| *word == folded)
        .map(|(_, s)| s)
}

fn parse_tier(text: &str) -> Option<Tier> {
    let folded = fold(text);
    let letter = folded.strip_prefix("tier").unwrap_or(&folded).trim();
    Tier::ALL
        .into_iter()
        .find(|t| format!("{t:?}").to_lowercase() == letter)
}

fn is_yes(text: &str, vocabulary: &Vocabulary) -> bool {
    let folded = fold(text);
    !folded.is_empty()
        && (COMMON_YES.contains(&folded.as_str())
            || vocabulary.yes.iter().any(|y| fold(y) == folded))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::csv::read::parse;
    use crate::domain::merge::{self, Change};
    use crate::domain::validation::Problem;
    use crate::domain::TeamMember;
    use chrono::{TimeZone, Utc};

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn vocabulary() -> Vocabulary {
        Vocabulary {
            headers: vec![
                ("Client".into(), ClientColumn::Name),
                ("Contact".into(), ClientColumn::ContactName),
                ("Email".into(), ClientColumn::ContactEmail),
                ("Primary".into(), ClientColumn::ContactPrimary),
                ("Status".into(), ClientColumn::Status),
                ("Account owner".into(), ClientColumn::AccountOwner),
            ],
            statuses: vec![("Đang hợp tác".into(), ClientStatus::Active)],
            yes: vec!["có".into()],
        }
    }

    fn workspace_with_team() -> Workspace {
        let mut ws = Workspace::default();
        let mut lan = TeamMember::new(now());
        lan.name = "Trần Thị Lan".into();
        lan.email = "lan@agency.vn".into();
        ws.save_member(lan, now()).unwrap();
        ws
    }

    fn import(csv: &str, mine: &Workspace) -> ClientImport {
        let table = parse(csv).unwrap();
        let mapping = guess_mapping(&table.header, &vocabulary());
        import_clients(&table, &mapping, mine, &vocabulary(), now()).unwrap()
    }

    #[test]
    fn headers_are_recognised_in_both_languages_and_crm_words() {
        let header: Vec<String> = [
            "Company Name",
            "Ngành hàng",
            "SĐT",
            "E-mail",
            "Họ và tên",
            "Favourite colour",
            "company",
        ]
        .map(String::from)
        .into();
        assert_eq!(
            guess_mapping(&header, &vocabulary()),
            [
                Some(ClientColumn::Name),
                Some(ClientColumn::Industry),
                Some(ClientColumn::ContactPhone),
                Some(ClientColumn::ContactEmail),
                Some(ClientColumn::ContactName),
                None,
                // The name already has its column.
                None,
            ]
        );
    }

    #[test]
    fn rows_of_one_client_become_one_client_with_its_contacts() {
        let mine = workspace_with_team();
        let result = import(
            "Client,Contact,Email,Primary,Status,Account owner\n\
             Sao Mai Foods,Chị Hoa,hoa@saomai.vn,,Đang hợp tác,tran thi lan\n\
             Lotus Travel,,,,,\n\
             SAO MAI FOODS,Anh Minh,minh@saomai.vn,có,,\n",
            &mine,
        );
        assert_eq!(result.notes, []);
        let clients = &result.workspace.clients;
        assert_eq!(
            clients.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
            ["Sao Mai Foods", "Lotus Travel"]
        );
        let sao_mai = &clients[0];
        assert_eq!(sao_mai.status, ClientStatus::Active);
        assert_eq!(sao_mai.account_owner, Some(mine.team[0].meta.id));
        assert_eq!(
            sao_mai
                .contacts
                .iter()
                .map(|c| (c.name.as_str(), c.primary))
                .collect::<Vec<_>>(),
            [("Chị Hoa", false), ("Anh Minh", true)]
        );
        let plan = merge::plan(&mine, &result.workspace, now());
        assert_eq!(plan.count(Change::New), 2);
    }

    #[test]
    fn a_known_client_is_updated_in_place_and_its_contacts_completed() {
        let mut mine = workspace_with_team();
        let mut client = Client::new(now());
        client.name = "Sao Mai Foods".into();
        client.industry = "FMCG".into();
        client.contacts.push(Contact {
            name: "Chị Hoa".into(),
            email: "hoa@saomai.vn".into(),
            phone: "0901".into(),
            ..Contact::new()
        });
        mine.save_client(client.clone(), now()).unwrap();
        let later = now() + chrono::Duration::hours(1);
        let table =
            parse("Company,Email,Job title\nsao mai foods,HOA@saomai.vn,Brand Manager\n").unwrap();
        let mapping = guess_mapping(&table.header, &vocabulary());
        let result = import_clients(&table, &mapping, &mine, &vocabulary(), later).unwrap();
        let updated = &result.workspace.clients[0];
        assert_eq!(updated.meta.id, client.meta.id);
        assert_eq!(updated.meta.rev, client.meta.rev + 1);
        assert_eq!(updated.industry, "FMCG", "blank cells keep what was there");
        assert_eq!(updated.contacts.len(), 1);
        assert_eq!(updated.contacts[0].title, "Brand Manager");
        assert_eq!(updated.contacts[0].phone, "0901");
        let plan = merge::plan(&mine, &result.workspace, now());
        assert_eq!(plan.count(Change::Updated), 1);
        // Nothing that held a value is replaced: nothing to point out.
        assert_eq!(result.notes, []);
    }

    #[test]
    fn every_field_a_matched_row_replaces_is_listed() {
        let mut mine = workspace_with_team();
        let mut client = Client::new(now());
        client.name = "Sao Mai Foods".into();
        client.industry = "FMCG".into();
        client.notes = "Tết campaign agreed in October.".into();
        mine.save_client(client, now()).unwrap();
        let table = parse(
            "Company,Industry,Notes,Website
Sao Mai Foods,FMCG,From the CRM,https://saomai.vn
",
        )
        .unwrap();
        let mapping = vec![
            Some(ClientColumn::Name),
            Some(ClientColumn::Industry),
            Some(ClientColumn::Notes),
            Some(ClientColumn::Website),
        ];
        let result = import_clients(&table, &mapping, &mine, &vocabulary(), now()).unwrap();
        assert_eq!(
            result.notes,
            [RowNote {
                line: 2,
                problem: RowProblem::Replaces {
                    client: "Sao Mai Foods".into(),
                    column: ClientColumn::Notes,
                    was: Shown::Text("Tết campaign agreed in October.".into()),
                    now: Shown::Text("From the CRM".into()),
                },
            }],
            "the website was empty, the industry is the same"
        );
    }

    #[test]
    fn importing_what_is_already_there_changes_nothing() {
        let mut mine = workspace_with_team();
        let mut client = Client::new(now());
        client.name = "Lotus".into();
        mine.save_client(client, now()).unwrap();
        let result = import("Client\nLotus\n", &mine);
        assert!(merge::plan(&mine, &result.workspace, now()).is_noop());
    }

    #[test]
    fn problems_name_their_row_and_the_rest_is_imported() {
        let mine = workspace_with_team();
        let result = import(
            "Client,Contact,Email,Status,Account owner\n\
             ,Nobody,,,\n\
             Sao Mai,An,not-an-email,Sleeping,Ghost\n\
             Lotus,,,,\n",
            &mine,
        );
        assert_eq!(
            result.notes,
            [
                RowNote {
                    line: 2,
                    problem: RowProblem::NoClientName
                },
                RowNote {
                    line: 3,
                    problem: RowProblem::UnknownStatus("Sleeping".into())
                },
                RowNote {
                    line: 3,
                    problem: RowProblem::UnknownOwner("Ghost".into())
                },
                RowNote {
                    line: 3,
                    problem: RowProblem::ContactSkipped(vec![FieldError::new(
                        "email",
                        Problem::NotAnEmail
                    )])
                },
            ]
        );
        assert_eq!(result.workspace.clients.len(), 2);
        assert!(result.workspace.clients[0].contacts.is_empty());
    }

    #[test]
    fn an_invalid_client_is_skipped_with_its_reason() {
        let table =
            parse("Client,Website\nEvil,javascript:alert(1)\nGood,https://good.vn\n").unwrap();
        let mapping = vec![Some(ClientColumn::Name), Some(ClientColumn::Website)];
        let result = import_clients(
            &table,
            &mapping,
            &Workspace::default(),
            &vocabulary(),
            now(),
        )
        .unwrap();
        assert_eq!(
            result.notes,
            [RowNote {
                line: 2,
                problem: RowProblem::ClientSkipped(vec![FieldError::new(
                    "website",
                    Problem::NotAWebAddress
                )])
            }]
        );
        assert_eq!(result.workspace.clients[0].name, "Good");
    }

    #[test]
    fn a_meaning_moves_to_the_column_it_is_given_to() {
        let mut mapping = vec![Some(ClientColumn::Name), None, Some(ClientColumn::Notes)];
        assign(&mut mapping, 1, Some(ClientColumn::Name));
        assert_eq!(
            mapping,
            [None, Some(ClientColumn::Name), Some(ClientColumn::Notes)]
        );
        assign(&mut mapping, 2, None);
        assert_eq!(mapping, [None, Some(ClientColumn::Name), None]);
    }

    #[test]
    fn clients_are_counted_by_name_without_accents_or_case() {
        let table = parse("Client\nSao Mai\nSAO MAI\n\nLotus\n,\n").unwrap();
        assert_eq!(count_clients(&table, &[Some(ClientColumn::Name)]), Some(2));
        assert_eq!(count_clients(&table, &[None]), None);
    }

    /// Random little CSV files: reading and importing them never panics, and
    /// whatever is imported is valid.
    #[test]
    fn arbitrary_files_import_only_valid_clients() {
        let alphabet = [
            'a', 'B', ',', ';', '"', '\r', '\n', ' ', 'ữ', '\'', '@', '.', '=',
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mapping = [
            Some(ClientColumn::Name),
            Some(ClientColumn::ContactEmail),
            Some(ClientColumn::ContactPrimary),
            Some(ClientColumn::Website),
        ];
        let mine = workspace_with_team();
        for _ in 0..3_000 {
            let len = (next() % 60) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let Ok(table) = parse(&text) else { continue };
            let result = import_clients(&table, &mapping, &mine, &vocabulary(), now()).unwrap();
            for client in &result.workspace.clients {
                assert_eq!(client.validate(), Ok(()), "{text:?}");
                assert!(client.contacts.iter().filter(|c| c.primary).count() <= 1);
            }
        }
    }

    #[test]
    fn the_client_name_column_is_required() {
        let table = parse("Email\na@b.vn\n").unwrap();
        assert_eq!(
            import_clients(&table, &[None], &Workspace::default(), &vocabulary(), now()),
            Err(MappingError::NoNameColumn)
        );
    }

    #[test]
    fn clients_exported_as_csv_come_back_the_same() {
        let original = crate::domain::sample::workspace(now());
        let labels = crate::domain::csv::ClientCsvLabels {
            columns: [
                "Client",
                "Industry",
                "Status",
                "Account owner",
                "Contact",
                "Title",
                "Email",
                "Phone",
                "Primary",
            ],
            status: &|s| match s {
                ClientStatus::Active => "Đang hợp tác",
                ClientStatus::Prospect => "prospect",
                ClientStatus::Paused => "paused",
                ClientStatus::Churned => "churned",
            },
            yes: "có",
        };
        let csv = crate::domain::csv::clients_csv(&original, original.live_clients(), &labels);
        let mut vocabulary = vocabulary();
        vocabulary.headers.extend([
            ("Industry".into(), ClientColumn::Industry),
            ("Title".into(), ClientColumn::ContactTitle),
            ("Phone".into(), ClientColumn::ContactPhone),
        ]);
        let table = parse(&csv).unwrap();
        let mapping = guess_mapping(&table.header, &vocabulary);
        assert!(mapping.iter().all(Option::is_some), "{mapping:?}");
        let result = import_clients(&table, &mapping, &original, &vocabulary, now()).unwrap();
        assert_eq!(result.notes, []);
        assert!(merge::plan(&original, &result.workspace, now()).is_noop());

        // Into a workspace with only the team, every client and contact comes back.
        let fresh = Workspace {
            team: original.team.clone(),
            ..Workspace::default()
        };
        let result = import_clients(&table, &mapping, &fresh, &vocabulary, now()).unwrap();
        assert_eq!(summary(&result.workspace), summary(&original));
    }

    type ClientSummary = (
        String,
        String,
        ClientStatus,
        Option<crate::domain::Id>,
        Vec<(String, String, String, bool)>,
    );

    fn summary(ws: &Workspace) -> Vec<ClientSummary> {
        let mut clients: Vec<ClientSummary> = ws
            .live_clients()
            .map(|c| {
                let contacts = c
                    .contacts
                    .iter()
                    .map(|p| (p.name.clone(), p.title.clone(), p.email.clone(), p.primary))
                    .collect();
                (
                    c.name.clone(),
                    c.industry.clone(),
                    c.status,
                    c.account_owner,
                    contacts,
                )
            })
            .collect();
        clients.sort();
        clients
    }
}
