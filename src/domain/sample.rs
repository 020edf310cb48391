//! A realistic small Vietnamese agency, so that a first-time user sees what
//! Account Desk looks like with work in it. All companies are fictional.

use chrono::{Datelike, NaiveDate};

use super::budget::{Budget, BudgetLine, CostCategory, CostEntry};
use super::client::{Client, ClientStatus, Contact, DecisionRole, Tier};
use super::fx::ExchangeRate;
use super::id::Id;
use super::meta::Timestamp;
use super::money::Currency;
use super::team::{Role, TeamMember};
use super::workspace::Workspace;

const TEAM: [(&str, Role, &str); 7] = [
    (
        "Nguyễn Minh Anh",
        Role::AccountDirector,
        "minhanh@saigonspark.vn",
    ),
    ("Trần Thu Hà", Role::AccountManager, "thuha@saigonspark.vn"),
    (
        "Lê Quốc Bảo",
        Role::AccountExecutive,
        "quocbao@saigonspark.vn",
    ),
    (
        "Phạm Ngọc Lan",
        Role::AccountExecutive,
        "ngoclan@saigonspark.vn",
    ),
    ("Võ Thanh Tùng", Role::Creative, "thanhtung@saigonspark.vn"),
    (
        "Đặng Mai Phương",
        Role::Planning,
        "maiphuong@saigonspark.vn",
    ),
    ("Hoàng Đức Huy", Role::Media, "duchuy@saigonspark.vn"),
];

struct ClientSpec {
    name: &'static str,
    industry: &'static str,
    brands: &'static [&'static str],
    status: ClientStatus,
    tier: Tier,
    owner: usize,
    team: &'static [usize],
    since: (i32, u32, u32),
    website: &'static str,
    tags: &'static [&'static str],
    currency: Currency,
    notes: &'static str,
    contacts: &'static [(
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        DecisionRole,
    )],
}

const CLIENTS: [ClientSpec; 8] = [
    ClientSpec {
        name: "Công ty CP Sữa Đồng Xanh",
        industry: "FMCG — Sữa và đồ uống",
        brands: &["Đồng Xanh Fresh", "Đồng Xanh Kids"],
        status: ClientStatus::Active,
        tier: Tier::A,
        owner: 1,
        team: &[2, 4, 5],
        since: (2023, 3, 1),
        website: "https://dongxanh.example.vn",
        tags: &["retainer", "tết 2027"],
        currency: Currency::VND,
        notes: "Retainer hằng tháng. Chiến dịch Tết 2027 đang ở giai đoạn proposal.",
        contacts: &[
            (
                "Chị Nguyễn Thị Lan",
                "Brand Manager",
                "lan.nguyen@dongxanh.example.vn",
                "0903 123 456",
                DecisionRole::DayToDay,
            ),
            (
                "Anh Trần Văn Khoa",
                "Marketing Director",
                "khoa.tran@dongxanh.example.vn",
                "0908 765 432",
                DecisionRole::DecisionMaker,
            ),
        ],
    },
    ClientSpec {
        name: "Lotus Coffee",
        industry: "F&B — Chuỗi cà phê",
        brands: &["Lotus Coffee", "Lotus Cold Brew"],
        status: ClientStatus::Active,
        tier: Tier::A,
        owner: 1,
        team: &[3, 4, 6],
        since: (2024, 1, 15),
        website: "https://lotuscoffee.example.com",
        tags: &["social", "khai trương"],
        currency: Currency::VND,
        notes: "Mở 12 cửa hàng mới ở Đà Nẵng và Hà Nội trong năm 2027.",
        contacts: &[
            (
                "Chị Phan Thu Trang",
                "Head of Marketing",
                "trang.phan@lotuscoffee.example.com",
                "0912 222 333",
                DecisionRole::DecisionMaker,
            ),
            (
                "Anh Lý Gia Huy",
                "Digital Executive",
                "huy.ly@lotuscoffee.example.com",
                "0933 444 555",
                DecisionRole::DayToDay,
            ),
        ],
    },
    ClientSpec {
        name: "Ngân hàng TMCP Phương Nam Số",
        industry: "Ngân hàng — Tài chính",
        brands: &["PNS Digibank", "PNS Thẻ tín dụng"],
        status: ClientStatus::Active,
        tier: Tier::A,
        owner: 0,
        team: &[1, 5, 6],
        since: (2022, 9, 5),
        website: "https://pnsbank.example.vn",
        tags: &["performance", "app"],
        currency: Currency::VND,
        notes: "KPI chính: lượt mở tài khoản qua app. Báo cáo tuần mỗi thứ Hai.",
        contacts: &[
            (
                "Anh Đỗ Minh Quân",
                "Giám đốc Khối Marketing",
                "quan.do@pnsbank.example.vn",
                "0281 234 5678",
                DecisionRole::DecisionMaker,
            ),
            (
                "Chị Vũ Hồng Nhung",
                "Trưởng phòng Truyền thông",
                "nhung.vu@pnsbank.example.vn",
                "0905 111 222",
                DecisionRole::Approver,
            ),
            (
                "Chị Mai Anh Thư",
                "Chuyên viên Digital",
                "thu.mai@pnsbank.example.vn",
                "0906 333 444",
                DecisionRole::DayToDay,
            ),
        ],
    },
    ClientSpec {
        name: "Mekong Travel",
        industry: "Du lịch — Lữ hành",
        brands: &["Mekong Travel", "Mekong Luxury"],
        status: ClientStatus::Paused,
        tier: Tier::B,
        owner: 2,
        team: &[3],
        since: (2024, 6, 10),
        website: "https://mekongtravel.example.com",
        tags: &["seasonal"],
        currency: Currency::USD,
        notes: "Paused until the summer 2027 season; budget in USD.",
        contacts: &[(
            "Ms. Hannah Le",
            "Marketing Lead",
            "hannah@mekongtravel.example.com",
            "+84 90 777 8899",
            DecisionRole::DecisionMaker,
        )],
    },
    ClientSpec {
        name: "Nhà thuốc An Khang Plus",
        industry: "Dược phẩm — Bán lẻ",
        brands: &["An Khang Plus"],
        status: ClientStatus::Active,
        tier: Tier::B,
        owner: 2,
        team: &[3, 4],
        since: (2025, 2, 20),
        website: "https://ankhangplus.example.vn",
        tags: &["seo", "content"],
        currency: Currency::VND,
        notes: "",
        contacts: &[
            (
                "Chị Hồ Ngọc Diễm",
                "Marketing Manager",
                "diem.ho@ankhangplus.example.vn",
                "0977 555 666",
                DecisionRole::Approver,
            ),
            (
                "Anh Tô Quang Vinh",
                "Kế toán trưởng",
                "vinh.to@ankhangplus.example.vn",
                "0977 888 999",
                DecisionRole::Finance,
            ),
        ],
    },
    ClientSpec {
        name: "Saigon Motors",
        industry: "Ô tô — Xe máy điện",
        brands: &["SM Volt", "SM City"],
        status: ClientStatus::Prospect,
        tier: Tier::A,
        owner: 0,
        team: &[1, 5],
        since: (2026, 10, 1),
        website: "https://saigonmotors.example.vn",
        tags: &["pitch", "ev"],
        currency: Currency::VND,
        notes: "Pitch ngày 15/12: cần Competitor Review thị trường xe máy điện.",
        contacts: &[(
            "Anh Bùi Thế Vinh",
            "CMO",
            "vinh.bui@saigonmotors.example.vn",
            "0909 246 810",
            DecisionRole::DecisionMaker,
        )],
    },
    ClientSpec {
        name: "Hạt Ngọc Trời Rice",
        industry: "Nông sản — Xuất khẩu",
        brands: &["Hạt Ngọc Trời", "Ngọc Trời Organic"],
        status: ClientStatus::Churned,
        tier: Tier::C,
        owner: 3,
        team: &[],
        since: (2023, 5, 1),
        website: "",
        tags: &["export"],
        currency: Currency::USD,
        notes: "Moved in-house in September 2026. Keep in touch for the 2027 export campaign.",
        contacts: &[(
            "Mr. Daniel Nguyen",
            "Export Marketing Manager",
            "daniel@hatngoctroi.example.com",
            "",
            DecisionRole::DecisionMaker,
        )],
    },
    ClientSpec {
        name: "Phở Hồng Hà Franchise",
        industry: "F&B — Nhà hàng",
        brands: &["Phở Hồng Hà"],
        status: ClientStatus::Active,
        tier: Tier::C,
        owner: 3,
        team: &[4],
        since: (2025, 11, 1),
        website: "https://phohongha.example.vn",
        tags: &["social", "local"],
        currency: Currency::VND,
        notes: "",
        contacts: &[(
            "Cô Hồng Hà",
            "Chủ chuỗi",
            "hongha@phohongha.example.vn",
            "0913 135 791",
            DecisionRole::DecisionMaker,
        )],
    },
];

fn date((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("sample dates are valid")
}

/// (category, description, vendor, planned, committed, costs as (days after start, amount))
type SampleLine = (
    CostCategory,
    &'static str,
    &'static str,
    i64,
    i64,
    &'static [(i64, i64)],
);

/// Campaign budgets placed around `now`, so that burn and pacing look alive:
/// (client index, campaign, days from now to the start, length in days, currency, fee, lines).
#[allow(clippy::type_complexity)]
const BUDGETS: [(usize, &str, i64, i64, Currency, i64, &[SampleLine]); 3] = [
    (
        0,
        "Tết 2027 — Sum vầy cùng Đồng Xanh",
        -20,
        75,
        Currency::VND,
        1_200_000_000,
        &[
            (
                CostCategory::Media,
                "Facebook & Instagram Ads",
                "Meta",
                350_000_000,
                300_000_000,
                &[(3, 60_000_000), (10, 75_000_000), (17, 80_000_000)],
            ),
            (
                CostCategory::Media,
                "YouTube pre-roll",
                "Google",
                200_000_000,
                150_000_000,
                &[(5, 45_000_000), (15, 50_000_000)],
            ),
            (
                CostCategory::Production,
                "TVC 30s + 3 cutdowns",
                "Bếp Phim Studio",
                250_000_000,
                250_000_000,
                &[(2, 125_000_000)],
            ),
            (
                CostCategory::Creative,
                "Key visual & social posts",
                "In-house",
                80_000_000,
                80_000_000,
                &[(1, 40_000_000)],
            ),
            (
                CostCategory::ThirdParty,
                "KOL — 5 food bloggers",
                "Chợ KOL",
                120_000_000,
                60_000_000,
                &[(12, 60_000_000)],
            ),
        ],
    ),
    (
        1,
        "Khai trương Đà Nẵng",
        -40,
        45,
        Currency::VND,
        450_000_000,
        &[
            (
                CostCategory::Media,
                "TikTok Ads địa phương",
                "TikTok",
                120_000_000,
                120_000_000,
                &[(2, 40_000_000), (12, 45_000_000), (25, 40_000_000)],
            ),
            (
                CostCategory::Production,
                "Sự kiện khai trương",
                "Sao Việt Events",
                150_000_000,
                150_000_000,
                &[(20, 160_000_000)],
            ),
            (
                CostCategory::Other,
                "In ấn POSM",
                "In Nhanh 24h",
                30_000_000,
                30_000_000,
                &[(5, 28_000_000)],
            ),
        ],
    ),
    (
        3,
        "Summer 2027 early-bird",
        30,
        90,
        Currency::USD,
        2_500_000,
        &[
            (
                CostCategory::Media,
                "Google Search — EN markets",
                "Google",
                800_000,
                0,
                &[],
            ),
            (
                CostCategory::Creative,
                "Landing page refresh",
                "In-house",
                300_000,
                150_000,
                &[],
            ),
        ],
    ),
];

fn sample_budgets(ws: &mut Workspace, client_ids: &[Id], now: Timestamp) {
    let today = now.date_naive();
    for (client, campaign, from_now, length, currency, fee, lines) in BUDGETS {
        let start = today + chrono::Duration::days(from_now);
        let end = start + chrono::Duration::days(length - 1);
        let mut budget = Budget::new(client_ids[client], start, end, currency, now);
        budget.campaign = campaign.into();
        budget.fee = fee;
        budget.lines = lines
            .iter()
            .map(
                |&(category, description, vendor, planned, committed, costs)| BudgetLine {
                    description: description.into(),
                    vendor: vendor.into(),
                    planned,
                    committed,
                    entries: costs
                        .iter()
                        .map(|&(day, amount)| CostEntry {
                            id: Id::new_v4(),
                            date: start + chrono::Duration::days(day),
                            amount,
                            note: String::new(),
                            reference: format!("HĐ-{:04}", amount / 100_000 % 10_000),
                        })
                        .collect(),
                    ..BudgetLine::new(category)
                },
            )
            .collect();
        ws.save_budget(budget, now)
            .expect("sample budgets are valid");
    }
}

/// The pitch for Saigon Motors: an electric-scooter market review.
fn sample_review(ws: &mut Workspace, client: Id, now: Timestamp) {
    use super::review::{
        Competitor, CompetitorReview, Confidence, ObservedCampaign, Source, SourceKind, SwotItem,
    };
    let year = now.date_naive().year();
    let start = NaiveDate::from_ymd_opt(year, 1, 1).expect("1 January exists");
    let mut review = CompetitorReview::new(client, start, Currency::VND, now);
    review.title = format!("Thị trường xe máy điện {year}");
    review.market_overview = "Xe máy điện tăng trưởng khoảng 30 %/năm ở các thành phố lớn; người mua trẻ quan tâm trạm sạc và giá pin.".into();
    review.client_position =
        "Saigon Motors mới gia nhập, mạnh về thiết kế, yếu về độ nhận biết.".into();
    review.point_of_view = "Cơ hội nằm ở nhóm sinh viên và nhân viên văn phòng trẻ chưa được đối thủ nào nói chuyện trực tiếp.".into();
    review.recommendations =
        "Tập trung TikTok và KOL công nghệ; chương trình đổi pin miễn phí năm đầu.".into();
    let source = Source {
        id: Id::new_v4(),
        title: "Báo cáo thị trường xe điện Q3".into(),
        url: "https://example.com/bao-cao-q3".into(),
        accessed_on: Some(now.date_naive()),
        kind: SourceKind::Fact,
    };
    let day = |month: u32, d: u32| {
        NaiveDate::from_ymd_opt(year, month, d).expect("sample dates are valid")
    };
    let campaign =
        |name: &str, from: NaiveDate, to: NaiveDate, channels: &[&str]| ObservedCampaign {
            id: Id::new_v4(),
            name: name.into(),
            start: from,
            end: to,
            channels: channels.iter().map(|c| c.to_string()).collect(),
            message: String::new(),
            notes: String::new(),
            source_url: String::new(),
        };
    let item = |text: &str| SwotItem {
        id: Id::new_v4(),
        text: text.into(),
    };
    let mut volta = Competitor::new("Volta");
    volta.positioning = "Xe điện cho người trẻ thành thị".into();
    volta.key_message = "Đi xa hơn, sạc nhanh hơn".into();
    volta.tone = "Năng động, công nghệ".into();
    volta.channels = vec!["TikTok".into(), "YouTube".into()];
    volta.estimated_spend = Some(12_000_000_000);
    volta.spend_confidence = Confidence::Medium;
    volta.share_of_voice = Some(4_500);
    volta.sources = vec![source.id];
    volta.campaigns = vec![
        campaign("Tết xanh", day(1, 5), day(2, 15), &["TikTok", "OOH"]),
        campaign("Back to school", day(8, 1), day(9, 15), &["YouTube"]),
    ];
    volta.swot.strengths = vec![
        item("Mạng lưới trạm sạc rộng"),
        item("Thương hiệu quen thuộc"),
    ];
    volta.swot.weaknesses = vec![item("Giá cao hơn trung bình")];
    volta.swot.threats = vec![item("Xe giá rẻ nhập khẩu")];
    let mut zip = Competitor::new("Zip Motors");
    zip.positioning = "Giá rẻ nhất phân khúc".into();
    zip.key_message = "Xe điện cho mọi nhà".into();
    zip.channels = vec!["Facebook".into(), "Zalo".into()];
    zip.estimated_spend = Some(5_000_000_000);
    zip.spend_confidence = Confidence::Low;
    zip.share_of_voice = Some(3_000);
    zip.campaigns = vec![campaign(
        "Mùa hè rực rỡ",
        day(5, 15),
        day(7, 31),
        &["Facebook"],
    )];
    review.competitors = vec![volta, zip];
    review.sources = vec![source];
    ws.save_review(review, now)
        .expect("the sample review is valid");
}

/// The sample agency "Saigon Spark": seven people, eight clients, three
/// campaign budgets, a competitor review, briefs, contact reports and WIP,
/// and a year of requests, NPS responses and deals.
pub fn workspace(now: Timestamp) -> Workspace {
    let mut ws = Workspace::default();
    let mut team_ids = Vec::new();
    for (name, role, email) in TEAM {
        let mut member = TeamMember::new(now);
        member.name = name.into();
        member.role = role;
        member.email = email.into();
        team_ids.push(member.meta.id);
        ws.save_member(member, now).expect("sample team is valid");
    }
    let mut client_ids: Vec<Id> = Vec::new();
    for spec in &CLIENTS {
        let mut client = Client::new(now);
        client.name = spec.name.into();
        client.industry = spec.industry.into();
        client.brands = spec.brands.iter().map(|s| s.to_string()).collect();
        client.status = spec.status;
        client.tier = spec.tier;
        client.account_owner = Some(team_ids[spec.owner]);
        client.account_team = spec.team.iter().map(|&i| team_ids[i]).collect();
        client.client_since = Some(date(spec.since));
        if spec.status == ClientStatus::Churned {
            client.churned_on = Some(date((2026, 9, 30)));
        }
        client.website = spec.website.into();
        client.tags = spec.tags.iter().map(|s| s.to_string()).collect();
        client.currency = spec.currency;
        client.notes = spec.notes.into();
        client.contacts = spec
            .contacts
            .iter()
            .enumerate()
            .map(|(i, &(name, title, email, phone, decision_role))| Contact {
                name: name.into(),
                title: title.into(),
                email: email.into(),
                phone: phone.into(),
                decision_role,
                primary: i == 0,
                ..Contact::new()
            })
            .collect();
        client_ids.push(client.meta.id);
        ws.save_client(client, now)
            .expect("sample clients are valid");
    }
    sample_budgets(&mut ws, &client_ids, now);
    sample_review(&mut ws, client_ids[5], now);
    super::sample_work::add(&mut ws, now);
    let (interactions, nps, deals) =
        super::sample_activity::add_activity(&ws.clients, &ws.team, now.date_naive(), now, 2027);
    ws.interactions = interactions.into();
    ws.nps = nps.into();
    ws.deals = deals.into();
    ws.settings.rates.push(ExchangeRate {
        id: Id::new_v4(),
        from: Currency::USD,
        to: Currency::VND,
        rate: 25_400 * 1_000_000_000,
        date: now.date_naive(),
    });
    ws
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    #[test]
    fn the_sample_agency_is_valid_and_complete() {
        let ws = workspace(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap());
        assert_eq!(ws.validate(), Ok(()));
        assert_eq!((ws.team.len(), ws.clients.len()), (7, 8));
        assert!(ws.clients.iter().all(|c| c.primary_contact().is_some()));
        let contacts: usize = ws.clients.iter().map(|c| c.contacts.len()).sum();
        assert!(contacts >= 12, "{contacts} contacts");
        assert!(ws.clients.iter().any(|c| c.currency == Currency::VND));
        assert_eq!(ws.live_budgets().count(), 3);
        assert_eq!(ws.live_reviews().count(), 1);
        assert!(
            ws.reviews[0].issues().is_empty(),
            "{:?}",
            ws.reviews[0].issues()
        );
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let alerts: usize = ws
            .budgets
            .iter()
            .map(|b| b.figures(today).alerts.len())
            .sum();
        assert!(alerts >= 1, "the sample shows what an alert looks like");
    }
}
