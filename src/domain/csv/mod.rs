//! CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads
//! Vietnamese text), RFC 4180 quoting, CRLF line ends, amounts as plain
//! numbers with a dot and no grouping so both Excel and LibreOffice read them
//! as numbers.

pub mod read;

use super::budget::{Budget, CostCategory};
use super::decimal::format_scaled;
use super::locale::Lang;
use super::money::Currency;

const BOM: char = '\u{feff}';

/// The words a budget CSV is written with, in the reader's language.
pub struct BudgetCsvLabels<'a> {
    /// Category, Description, Vendor/channel, Planned, Committed, Actual, Remaining.
    pub columns: [&'a str; 7],
    pub total: &'a str,
    pub category: &'a dyn Fn(CostCategory) -> &'a str,
}

/// Any table as the user sees it: a header row, then the rows.
pub fn table_csv<R, C>(header: &[&str], rows: R) -> String
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let mut out = String::new();
    out.push(BOM);
    push_row(&mut out, header.iter().map(|c| c.to_string()));
    for row in rows {
        push_row(&mut out, row);
    }
    out
}

/// An amount as spreadsheets read it: `1500000.00`, whatever the language.
pub fn plain_amount(minor: i64, currency: Currency) -> String {
    format_scaled(minor, currency.decimals(), Lang::En, false).replace(',', "")
}

/// One row per line, then a totals row.
pub fn budget_csv(budget: &Budget, labels: &BudgetCsvLabels) -> String {
    let amount = |minor: i64| plain_amount(minor, budget.currency);
    let mut out = String::new();
    out.push(BOM);
    push_row(&mut out, labels.columns.iter().map(|c| c.to_string()));
    for line in &budget.lines {
        let actual = line.actual();
        push_row(
            &mut out,
            [
                (labels.category)(line.category).to_string(),
                line.description.clone(),
                line.vendor.clone(),
                amount(line.planned),
                amount(line.committed),
                amount(actual),
                amount(line.planned - actual),
            ],
        );
    }
    let totals = budget.totals();
    push_row(
        &mut out,
        [
            labels.total.to_string(),
            String::new(),
            String::new(),
            amount(totals.planned),
            amount(totals.committed),
            amount(totals.actual),
            amount(totals.remaining()),
        ],
    );
    out
}

fn push_row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    let cells: Vec<String> = cells.into_iter().map(|c| quote(&c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// Quotes a cell when it needs it, and defuses text a spreadsheet would run
/// as a formula (a cell starting with = + - @ from an imported file).
fn quote(cell: &str) -> String {
    let looks_numeric = parses_as_f64(cell);
    let cell = if !looks_numeric && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// Whether `text.parse::<f64>()` would succeed, by the grammar of
/// `f64::from_str`: an optional sign, then `inf`, `infinity` or `nan` (any
/// case), or digits with at most one `.` (a digit on either side) and an
/// optional exponent `e`/`E`, sign, digits. Calling the float parser here
/// only for a yes/no brought it and its power tables into the wasm: 16 KB
/// raw, 14 KB gzip.
fn parses_as_f64(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    if ["inf", "infinity", "nan"]
        .iter()
        .any(|word| unsigned.eq_ignore_ascii_case(word))
    {
        return true;
    }
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mantissa_ok =
        all_digits(whole) && all_digits(fraction) && !(whole.is_empty() && fraction.is_empty());
    let exponent_ok = exponent.is_none_or(|exp| {
        let digits = exp.strip_prefix(['+', '-']).unwrap_or(exp);
        !digits.is_empty() && all_digits(digits)
    });
    mantissa_ok && exponent_ok
}

/// The words a clients CSV is written with, in the reader's language.
pub struct ClientCsvLabels<'a> {
    /// Client, Industry, Status, Account owner, Contact, Title, Email, Phone, Primary.
    pub columns: [&'a str; 9],
    pub status: &'a dyn Fn(super::client::ClientStatus) -> &'a str,
    pub yes: &'a str,
}

/// One row per contact (a client without contacts gets one row), so that a
/// spreadsheet or a CRM can take the file as it is.
pub fn clients_csv<'a>(
    workspace: &super::workspace::Workspace,
    clients: impl IntoIterator<Item = &'a super::client::Client>,
    labels: &ClientCsvLabels,
) -> String {
    let mut out = String::new();
    out.push(BOM);
    push_row(&mut out, labels.columns.iter().map(|c| c.to_string()));
    for client in clients {
        let owner = client
            .account_owner
            .and_then(|id| workspace.member(id))
            .map(|m| m.name.clone())
            .unwrap_or_default();
        let head = [
            client.name.clone(),
            client.industry.clone(),
            (labels.status)(client.status).to_string(),
            owner,
        ];
        if client.contacts.is_empty() {
            push_row(
                &mut out,
                head.iter()
                    .cloned()
                    .chain(std::iter::repeat_n(String::new(), 5)),
            );
        }
        for contact in &client.contacts {
            push_row(
                &mut out,
                head.iter().cloned().chain([
                    contact.name.clone(),
                    contact.title.clone(),
                    contact.email.clone(),
                    contact.phone.clone(),
                    if contact.primary {
                        labels.yes.to_string()
                    } else {
                        String::new()
                    },
                ]),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::budget::{BudgetLine, CostEntry};
    use crate::domain::{Currency, Id};
    use chrono::{NaiveDate, TimeZone, Utc};

    #[test]
    fn parses_as_f64_agrees_with_the_float_parser() {
        let samples = "|0|12|-3|+4|1.5|.5|5.|.|-.|+|-|1e5|1E-5|2.5e+10|e5|1e|1e+|1.2.3|inf|-Infinity|NaN\
                       |nan1|infinit|1_000|12,5|0x10| 1|1 |=1+2|@x|١٢|1.e3|.e3|--1|+-1|1e5.5|INF|+nan";
        for sample in samples.split('|') {
            let expected = sample.parse::<f64>().is_ok();
            assert_eq!(parses_as_f64(sample), expected, "{sample:?}");
        }
    }

    fn labels() -> BudgetCsvLabels<'static> {
        BudgetCsvLabels {
            columns: [
                "Hạng mục",
                "Mô tả",
                "Nhà cung cấp/kênh",
                "Kế hoạch",
                "Đã cam kết",
                "Thực chi",
                "Còn lại",
            ],
            total: "Tổng",
            category: &|c| match c {
                CostCategory::Media => "Media",
                _ => "Khác",
            },
        }
    }

    fn budget(currency: Currency) -> Budget {
        let day = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let mut b = Budget::new(Id::new_v4(), day, day, currency, now);
        let mut media = BudgetLine::new(CostCategory::Media);
        media.description = "Quảng cáo Facebook, \"Tết\"".into();
        media.vendor = "Meta".into();
        media.planned = 150_000_000;
        media.committed = 100_000_000;
        media.entries.push(CostEntry {
            id: Id::new_v4(),
            date: day,
            amount: 45_500_000,
            note: String::new(),
            reference: String::new(),
        });
        let mut other = BudgetLine::new(CostCategory::Other);
        other.description = "=HYPERLINK(\"http://evil\")".into();
        other.planned = 5;
        b.lines = vec![media, other];
        b
    }

    #[test]
    fn vnd_budget_as_csv() {
        let csv = budget_csv(&budget(Currency::VND), &labels());
        assert!(csv.starts_with('\u{feff}'));
        let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            rows,
            [
                "Hạng mục,Mô tả,Nhà cung cấp/kênh,Kế hoạch,Đã cam kết,Thực chi,Còn lại",
                "Media,\"Quảng cáo Facebook, \"\"Tết\"\"\",Meta,150000000,100000000,45500000,104500000",
                "Khác,\"'=HYPERLINK(\"\"http://evil\"\")\",,5,0,0,5",
                "Tổng,,,150000005,100000000,45500000,104500005",
                "",
            ]
        );
    }

    #[test]
    fn clients_as_csv_one_row_per_contact() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let mut ws = crate::domain::Workspace::default();
        let mut client = crate::domain::Client::new(now);
        client.name = "Sữa Đồng Xanh, CTCP".into();
        client.contacts = vec![
            crate::domain::Contact {
                name: "Chị Lan".into(),
                email: "lan@dx.vn".into(),
                primary: true,
                ..crate::domain::Contact::new()
            },
            crate::domain::Contact {
                name: "=cmd".into(),
                ..crate::domain::Contact::new()
            },
        ];
        ws.save_client(client, now).unwrap();
        let mut bare = crate::domain::Client::new(now);
        bare.name = "Lotus".into();
        ws.save_client(bare, now).unwrap();
        let labels = ClientCsvLabels {
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
            status: &|_| "Active",
            yes: "yes",
        };
        let csv = clients_csv(&ws, ws.live_clients(), &labels);
        let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            rows,
            [
                "Client,Industry,Status,Account owner,Contact,Title,Email,Phone,Primary",
                "\"Sữa Đồng Xanh, CTCP\",,Active,,Chị Lan,,lan@dx.vn,,yes",
                "\"Sữa Đồng Xanh, CTCP\",,Active,,'=cmd,,,,",
                "Lotus,,Active,,,,,,",
                "",
            ]
        );
    }

    #[test]
    fn any_table_is_written_with_its_header() {
        let csv = table_csv(
            &["Campaign", "Planned"],
            [
                vec![
                    "Tết, 2027".to_string(),
                    plain_amount(150_000_000, Currency::VND),
                ],
                vec!["@launch".to_string(), plain_amount(123_456, Currency::USD)],
            ],
        );
        assert_eq!(
            csv,
            "\u{feff}Campaign,Planned\r\n\"Tết, 2027\",150000000\r\n'@launch,1234.56\r\n"
        );
    }

    #[test]
    fn usd_amounts_keep_their_cents() {
        let csv = budget_csv(&budget(Currency::USD), &labels());
        assert!(
            csv.contains(",Meta,1500000.00,1000000.00,455000.00,1045000.00\r\n"),
            "{csv}"
        );
        assert!(csv.contains(",,0.05,0.00,0.00,0.05\r\n"), "{csv}");
    }
}
