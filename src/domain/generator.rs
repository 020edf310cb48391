//! A deterministic workspace generator for measuring Account Desk at scale
//! (issue 9): one account person's year, a whole agency's two years, and the
//! largest multiple of the agency that still fits in localStorage.
//!
//! Everything — text, dates, amounts and record ids — comes from a small
//! seeded PRNG (xorshift64*, as in `sample_activity`) and the `now` passed
//! in: the same preset, seed and `now` always give byte-identical JSON.
//! The text is combined from short Vietnamese and English word lists, so
//! that sizes, accents (one UTF-16 unit each) and search behave like real
//! data. Records are pushed straight into their collections (not through
//! the `save_*` operations, which look each id up and would make a large
//! preset quadratic); every preset passes [`Workspace::validate`].

use chrono::{Datelike, Duration, NaiveDate};

use super::brief::{Brief, BriefStatus};
use super::budget::{Budget, BudgetLine, CostCategory, CostEntry};
use super::client::{Client, ClientStatus, Contact, DecisionRole, Tier};
use super::contact_report::{ActionItem, ContactReport, Owner, ReportStatus, Side};
use super::deal::{Deal, DealKind, DealStage};
use super::fx::ExchangeRate;
use super::id::Id;
use super::interaction::{Channel, Interaction};
use super::meta::{Meta, Timestamp};
use super::money::Currency;
use super::nps::NpsResponse;
use super::review::{
    Competitor, CompetitorReview, Confidence, ObservedCampaign, Source, SourceKind, SwotItem,
};
use super::rng::Rng;
use super::store;
use super::team::{Role, TeamMember};
use super::wip::{Department, StatusChange, WipItem, WipSource, WipStatus};
use super::workspace::Workspace;

/// Chromium's localStorage quota per origin, in UTF-16 code units.
pub const STORAGE_QUOTA: usize = 5_242_880;
/// Left free for the other keys (settings, drafts, backups' index…).
pub const STORAGE_MARGIN: usize = 131_072;

/// How much data to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// One account person: 15 clients and a year of records.
    Solo,
    /// 40 people, 300 clients, 8 000 interactions, 2 000 WIP items, 400
    /// budgets, 60 reviews, 1 000 contact reports; two years.
    Agency,
    /// The agency's record counts times `percent` / 100 (at least one of
    /// each), over the same two years; `Scaled(100)` is the agency.
    Scaled(u32),
}

/// Record counts of a preset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Spec {
    years: i64,
    team: usize,
    clients: usize,
    interactions: usize,
    wip: usize,
    budgets: usize,
    reviews: usize,
    contact_reports: usize,
    briefs: usize,
    /// NPS answers per client a year (two a quarter for the agency).
    nps_per_client_year: usize,
    /// Deals per client a year.
    deals_per_client_year: usize,
}

const AGENCY: Spec = Spec {
    years: 2,
    team: 40,
    clients: 300,
    interactions: 8_000,
    wip: 2_000,
    budgets: 400,
    reviews: 60,
    contact_reports: 1_000,
    briefs: 250,
    nps_per_client_year: 6,
    deals_per_client_year: 3,
};

const SOLO: Spec = Spec {
    years: 1,
    team: 1,
    clients: 15,
    interactions: 400,
    wip: 100,
    budgets: 20,
    reviews: 3,
    contact_reports: 50,
    briefs: 12,
    nps_per_client_year: 6,
    deals_per_client_year: 3,
};

impl Preset {
    fn spec(self) -> Spec {
        match self {
            Preset::Solo => SOLO,
            Preset::Agency => AGENCY,
            Preset::Scaled(percent) => {
                let s = |n: usize| (n * percent as usize).div_ceil(100).max(1);
                Spec {
                    team: s(AGENCY.team),
                    clients: s(AGENCY.clients),
                    interactions: s(AGENCY.interactions),
                    wip: s(AGENCY.wip),
                    budgets: s(AGENCY.budgets),
                    reviews: s(AGENCY.reviews),
                    contact_reports: s(AGENCY.contact_reports),
                    briefs: s(AGENCY.briefs),
                    ..AGENCY
                }
            }
        }
    }
}

// ---- word lists -----------------------------------------------------------

/// (Vietnamese, ASCII for e-mail addresses)
const FAMILY: [(&str, &str); 16] = [
    ("Nguyễn", "nguyen"),
    ("Trần", "tran"),
    ("Lê", "le"),
    ("Phạm", "pham"),
    ("Hoàng", "hoang"),
    ("Huỳnh", "huynh"),
    ("Phan", "phan"),
    ("Vũ", "vu"),
    ("Võ", "vo"),
    ("Đặng", "dang"),
    ("Bùi", "bui"),
    ("Đỗ", "do"),
    ("Hồ", "ho"),
    ("Ngô", "ngo"),
    ("Dương", "duong"),
    ("Lý", "ly"),
];
const MIDDLE: [&str; 10] = [
    "Thị", "Văn", "Minh", "Ngọc", "Thu", "Quốc", "Thanh", "Gia", "Hoàng", "Đức",
];
const GIVEN: [(&str, &str); 24] = [
    ("Anh", "anh"),
    ("Hà", "ha"),
    ("Bảo", "bao"),
    ("Lan", "lan"),
    ("Tùng", "tung"),
    ("Phương", "phuong"),
    ("Huy", "huy"),
    ("Trang", "trang"),
    ("Khoa", "khoa"),
    ("Nhung", "nhung"),
    ("Thư", "thu"),
    ("Quân", "quan"),
    ("Vinh", "vinh"),
    ("Diễm", "diem"),
    ("Linh", "linh"),
    ("Nam", "nam"),
    ("Hùng", "hung"),
    ("Mai", "mai"),
    ("Hương", "huong"),
    ("Dũng", "dung"),
    ("Yến", "yen"),
    ("Sơn", "son"),
    ("Tâm", "tam"),
    ("Khánh", "khanh"),
];
const ENGLISH_NAMES: [(&str, &str); 8] = [
    ("Hannah", "hannah"),
    ("Daniel", "daniel"),
    ("Sarah", "sarah"),
    ("Michael", "michael"),
    ("Emily", "emily"),
    ("David", "david"),
    ("Jessica", "jessica"),
    ("Kevin", "kevin"),
];
const HONORIFIC: [&str; 4] = ["Chị", "Anh", "Ms.", "Mr."];

const CORES: [(&str, &str); 24] = [
    ("Sao Mai", "saomai"),
    ("Đồng Xanh", "dongxanh"),
    ("Hoa Sen", "hoasen"),
    ("Mekong", "mekong"),
    ("Lotus", "lotus"),
    ("Phương Nam", "phuongnam"),
    ("Bến Thành", "benthanh"),
    ("Trường An", "truongan"),
    ("Kim Long", "kimlong"),
    ("An Phát", "anphat"),
    ("Hải Âu", "haiau"),
    ("Thiên Long", "thienlong"),
    ("Việt Tiến", "viettien"),
    ("Golden Bay", "goldenbay"),
    ("Blue Ocean", "blueocean"),
    ("Green Leaf", "greenleaf"),
    ("Red River", "redriver"),
    ("Pearl", "pearl"),
    ("Sài Gòn Xanh", "saigonxanh"),
    ("Hà Thành", "hathanh"),
    ("Ngọc Trai", "ngoctrai"),
    ("Minh Long", "minhlong"),
    ("Tân Cảng", "tancang"),
    ("Bình Minh", "binhminh"),
];
/// (suffix, industry)
const SECTORS: [(&str, &str); 16] = [
    ("Foods", "FMCG — Thực phẩm"),
    ("Coffee", "F&B — Chuỗi cà phê"),
    ("Motors", "Ô tô — Xe máy điện"),
    ("Bank", "Ngân hàng — Tài chính"),
    ("Travel", "Du lịch — Lữ hành"),
    ("Pharma", "Dược phẩm — Bán lẻ"),
    ("Thực phẩm sạch", "Nông sản — Thực phẩm"),
    ("Land", "Bất động sản"),
    ("Cosmetics", "Mỹ phẩm — Làm đẹp"),
    ("Logistics", "Vận tải — Logistics"),
    ("Retail", "Bán lẻ — Siêu thị"),
    ("Fashion", "Thời trang"),
    ("Telecom", "Viễn thông"),
    ("Sữa", "FMCG — Sữa và đồ uống"),
    ("Education", "Giáo dục — Đào tạo"),
    ("Insurance", "Bảo hiểm"),
];
const LEGAL: [&str; 5] = ["Công ty CP ", "Công ty TNHH ", "Tập đoàn ", "", ""];
const BRAND_TAILS: [&str; 8] = [
    "Fresh", "Kids", "Premium", "Organic", "Plus", "Go", "Gold", "Lite",
];
const TAGS: [&str; 12] = [
    "retainer",
    "project",
    "social",
    "performance",
    "tết",
    "seo",
    "content",
    "ev",
    "khai trương",
    "export",
    "pitch",
    "local",
];
const CONTACT_TITLES: [&str; 12] = [
    "Brand Manager",
    "Marketing Director",
    "Head of Marketing",
    "Digital Executive",
    "Giám đốc Khối Marketing",
    "Trưởng phòng Truyền thông",
    "Chuyên viên Digital",
    "Kế toán trưởng",
    "CMO",
    "Trade Marketing Manager",
    "Chủ chuỗi",
    "Export Marketing Manager",
];
const NOTES: [&str; 6] = [
    "Retainer hằng tháng; báo cáo tuần mỗi thứ Hai.",
    "KPI chính: lượt mở tài khoản qua app.",
    "Budget in USD; invoices go to the regional office in Singapore.",
    "Mở thêm cửa hàng ở Đà Nẵng và Hà Nội trong năm tới.",
    "Prefers WhatsApp for urgent approvals.",
    "",
];

/// What clients ask for; `{b}` is the brand.
const REQUESTS: [&str; 24] = [
    "Xin báo giá gói TikTok cho {b}",
    "Asked for the monthly media report of {b}",
    "Gửi giúp báo cáo media tháng trước",
    "Góp ý key visual {b}, cần chỉnh lại màu logo",
    "Request to move the shooting date by a week",
    "Hỏi tiến độ sản xuất TVC {b}",
    "Need the invoice for last month's media spend",
    "Xin file gốc banner cho website",
    "Asked to add two food KOLs to the plan",
    "Phản hồi về content calendar tuần tới",
    "Cần số liệu đối thủ cho buổi họp nội bộ",
    "Call about the budget split between Meta and Google",
    "Hỏi lịch họp review chiến dịch {b}",
    "Yêu cầu sửa caption bài đăng thứ Sáu",
    "Asked for a quote for the store opening event",
    "Báo lỗi link landing page trên mobile",
    "Wants the comment moderation guideline updated",
    "Xin đề xuất ý tưởng minigame cuối tuần",
    "Asked why CPM went up this week",
    "Nhờ kiểm tra lại lịch đăng bài dịp lễ",
    "Cần gấp bản dịch tiếng Anh cho thông cáo báo chí",
    "Asked for the brand-lift study results for {b}",
    "Đổi KOL vì lịch quay bị trùng",
    "Wants a second round of packaging concepts",
];
const JOBS: [&str; 16] = [
    "Key visual Tết",
    "3 video TikTok 15s",
    "Kế hoạch media tháng tới",
    "Báo cáo tháng",
    "Landing page khuyến mãi",
    "Content calendar tuần",
    "TVC 30s + 3 cutdowns",
    "Banner website",
    "12 social posts",
    "KOL shortlist",
    "Event run-of-show",
    "Brand-lift survey",
    "Packaging concepts",
    "Press release EN/VN",
    "Credentials deck",
    "Shopee mega-sale assets",
];
const NEXT_STEPS: [&str; 10] = [
    "Chờ khách duyệt lần 2",
    "Gửi bản chỉnh sửa cho chị Trang",
    "Waiting for the client's legal review",
    "Quay tại cửa hàng Hải Châu",
    "Book the studio for Thursday",
    "Đợi báo giá từ nhà in",
    "Internal review with the ECD",
    "Chỉnh màu theo brand guideline mới",
    "Upload to the client's drive",
    "",
];
const CAMPAIGNS: [&str; 12] = [
    "Tết — Sum vầy",
    "Khai trương chi nhánh mới",
    "Summer early-bird",
    "Back to school",
    "Mega sale 11.11",
    "Ra mắt sản phẩm mới",
    "Always-on social",
    "Brand relaunch",
    "Mùa lễ hội cuối năm",
    "Trung thu đoàn viên",
    "Loyalty app push",
    "Women's Day 8/3",
];
/// (category, description, vendor)
const LINES: [(CostCategory, &str, &str); 12] = [
    (CostCategory::Media, "Facebook & Instagram Ads", "Meta"),
    (CostCategory::Media, "YouTube pre-roll", "Google"),
    (CostCategory::Media, "TikTok Ads địa phương", "TikTok"),
    (CostCategory::Media, "Google Search", "Google"),
    (
        CostCategory::Production,
        "TVC 30s + 3 cutdowns",
        "Bếp Phim Studio",
    ),
    (
        CostCategory::Production,
        "Sự kiện khai trương",
        "Sao Việt Events",
    ),
    (
        CostCategory::Creative,
        "Key visual & social posts",
        "In-house",
    ),
    (CostCategory::Creative, "Landing page refresh", "In-house"),
    (CostCategory::ThirdParty, "KOL — 5 food bloggers", "Chợ KOL"),
    (CostCategory::ThirdParty, "Nghiên cứu thị trường", "Nielsen"),
    (CostCategory::Other, "In ấn POSM", "In Nhanh 24h"),
    (CostCategory::Fee, "Phí quản lý dự án", "Agency"),
];
const PLACES: [&str; 6] = [
    "Google Meet",
    "Văn phòng khách hàng, Quận 1",
    "Zoom",
    "Văn phòng agency, Quận 3",
    "Microsoft Teams",
    "Quán cà phê gần văn phòng khách hàng",
];
const PURPOSES: [&str; 8] = [
    "Họp báo cáo tháng",
    "Kick-off chiến dịch",
    "Quarterly business review",
    "Duyệt key visual",
    "Briefing for the new season",
    "Họp xử lý sự cố truyền thông",
    "Media plan walkthrough",
    "Họp tổng kết chiến dịch",
];
const AGREEMENTS: [&str; 10] = [
    "Giữ ngân sách tháng sau như tháng này.",
    "Thêm một bài đăng về sản phẩm mới mỗi tuần.",
    "Key visual to be approved before the 10th.",
    "Ưu tiên TikTok và Facebook cho giai đoạn khai trương.",
    "The client sends the store list this week.",
    "Chuyển 10 % ngân sách từ YouTube sang TikTok.",
    "Weekly status call moves to Tuesday 10:00.",
    "Agency đề xuất 5 KOL trong tuần tới.",
    "No competitor imagery in any asset.",
    "Báo cáo tuần gửi trước 17:00 thứ Hai.",
];
const ACTIONS: [&str; 8] = [
    "Gửi lịch nội dung tháng tới",
    "Đề xuất 5 KOL ẩm thực",
    "Send the revised media plan",
    "Gửi danh sách cửa hàng và giờ mở cửa",
    "Share last quarter's sales data",
    "Chốt ngày quay TVC",
    "Prepare the brand-lift questionnaire",
    "Duyệt báo giá sản xuất",
];
const BRIEF_TITLES: [&str; 8] = [
    "Khai trương 12 cửa hàng",
    "Pitch ra mắt sản phẩm mới",
    "Tết campaign",
    "Always-on social media",
    "Relaunch of the loyalty app",
    "Chiến dịch mùa hè",
    "Trade marketing for modern trade",
    "Sự kiện tri ân khách hàng",
];
const COMMENTS: [&str; 10] = [
    "hỗ trợ rất nhiệt tình, phản hồi nhanh.",
    "Great strategic input this quarter.",
    "Báo cáo rõ ràng, đúng hạn.",
    "The team understands our brand and our consumers.",
    "Ổn, nhưng mong agency chủ động đề xuất nhiều hơn.",
    "Good execution; we would like more proactive ideas.",
    "Cần cải thiện thời gian gửi báo cáo tuần.",
    "Too many revisions before the key visual was right.",
    "Chưa hiểu rõ ngành hàng của chúng tôi.",
    "",
];
const DEAL_TITLES: [(DealKind, &str); 8] = [
    (DealKind::NewBusiness, "Retainer social media"),
    (DealKind::NewBusiness, "Pitch chiến dịch ra mắt"),
    (DealKind::Renewal, "Gia hạn hợp đồng retainer"),
    (DealKind::Renewal, "Renewal — content & community"),
    (DealKind::Upsell, "Thêm gói TikTok Ads"),
    (DealKind::Upsell, "Upsell: KOL package"),
    (DealKind::CrossSell, "Cross-sell: SEO & website care"),
    (DealKind::CrossSell, "Sản xuất TVC"),
];
const COMPETITORS: [&str; 10] = [
    "Volta",
    "Zip Motors",
    "Highlands",
    "Phúc Long",
    "Vinamilk",
    "TH True",
    "Techcombank",
    "Guardian",
    "Cocoon",
    "Coolmate",
];
const SWOT: [&str; 8] = [
    "Mạng lưới phân phối rộng",
    "Strong brand recall among Gen Z",
    "Giá cao hơn trung bình",
    "Slow to react on social",
    "Thị trường tỉnh còn bỏ ngỏ",
    "Hàng giá rẻ nhập khẩu",
    "Loyal community on Facebook",
    "Phụ thuộc vào một kênh bán",
];
const CHANNELS: [&str; 7] = [
    "TikTok", "YouTube", "Facebook", "Zalo", "OOH", "Shopee", "Google",
];

// ---- the generator ---------------------------------------------------------

struct Gen {
    rng: Rng,
    now: Timestamp,
    today: NaiveDate,
    first_day: NaiveDate,
}

impl Gen {
    fn meta(&mut self, at: Timestamp) -> Meta {
        let at = at.min(self.now);
        Meta {
            id: self.rng.id(),
            created_at: at,
            updated_at: at,
            rev: 1,
            deleted_at: None,
        }
    }

    /// A record made on `day` and edited a few times since.
    fn meta_on(&mut self, day: NaiveDate) -> Meta {
        let created = self.rng.office_time(day);
        let mut meta = self.meta(created);
        if self.rng.percent(40) {
            let edited = created + Duration::hours(self.rng.range(1, 24 * 20));
            meta.updated_at = edited.min(self.now).max(created.min(self.now));
            meta.rev = self.rng.range(2, 6) as u64;
        }
        meta
    }

    fn any_day(&mut self) -> NaiveDate {
        self.rng.day_between(self.first_day, self.today)
    }

    /// (full Vietnamese or English name, ascii local part)
    fn person(&mut self) -> (String, String) {
        if self.rng.percent(12) {
            let (given, ascii) = self.rng.pick(&ENGLISH_NAMES);
            let (family, fascii) = self.rng.pick(&FAMILY);
            (format!("{given} {family}"), format!("{ascii}.{fascii}"))
        } else {
            let (family, fascii) = self.rng.pick(&FAMILY);
            let middle = self.rng.pick(&MIDDLE);
            let (given, gascii) = self.rng.pick(&GIVEN);
            (
                format!("{family} {middle} {given}"),
                format!("{gascii}.{fascii}"),
            )
        }
    }
}

fn team(g: &mut Gen, n: usize) -> Vec<TeamMember> {
    const ROLES: [(Role, u64); 9] = [
        (Role::AccountExecutive, 25),
        (Role::AccountManager, 18),
        (Role::AccountDirector, 7),
        (Role::AccountIntern, 5),
        (Role::Creative, 15),
        (Role::Planning, 8),
        (Role::Production, 7),
        (Role::Design, 8),
        (Role::Media, 7),
    ];
    (0..n)
        .map(|i| {
            let day = g.first_day - Duration::days(g.rng.range(0, 900));
            let (name, ascii) = g.person();
            TeamMember {
                meta: g.meta_on(day),
                name,
                role: if i == 0 {
                    Role::AccountManager
                } else {
                    g.rng.weighted(&ROLES)
                },
                email: format!("{ascii}{i}@saigonspark.vn"),
            }
        })
        .collect()
}

fn is_account(role: Role) -> bool {
    matches!(
        role,
        Role::AccountExecutive | Role::AccountManager | Role::AccountDirector
    )
}

fn clients(g: &mut Gen, n: usize, team: &[TeamMember]) -> Vec<Client> {
    let account: Vec<Id> = team
        .iter()
        .filter(|m| is_account(m.role))
        .map(|m| m.meta.id)
        .collect();
    let account = if account.is_empty() {
        vec![team[0].meta.id]
    } else {
        account
    };
    let everyone: Vec<Id> = team.iter().map(|m| m.meta.id).collect();
    (0..n)
        .map(|i| {
            let (core, slug) = CORES[i % CORES.len()];
            let (suffix, industry) = SECTORS[(i / CORES.len() + i * 7) % SECTORS.len()];
            let legal = g.rng.pick(&LEGAL);
            let round = i / (CORES.len() * SECTORS.len());
            let name = if round == 0 {
                format!("{legal}{core} {suffix}")
            } else {
                format!("{legal}{core} {suffix} {}", round + 1)
            };
            let status = g.rng.weighted(&[
                (ClientStatus::Active, 62),
                (ClientStatus::Paused, 8),
                (ClientStatus::Prospect, 15),
                (ClientStatus::Churned, 15),
            ]);
            let since = g.today - Duration::days(g.rng.range(30, 6 * 365));
            let created = if status == ClientStatus::Prospect {
                g.today - Duration::days(g.rng.range(5, 200))
            } else {
                since
            };
            let mut meta = g.meta_on(created);
            let touched = g.any_day();
            let touched = g.rng.office_time(touched).min(g.now);
            meta.updated_at = meta.updated_at.max(touched);
            let currency = if g.rng.percent(15) {
                Currency::USD
            } else {
                Currency::VND
            };
            let tier = g
                .rng
                .weighted(&[(Tier::A, 20), (Tier::B, 45), (Tier::C, 35)]);
            let owner = g.rng.pick(&account);
            let mut account_team: Vec<Id> = (0..g.rng.range(0, 3))
                .map(|_| g.rng.pick(&everyone))
                .filter(|&m| m != owner)
                .collect();
            account_team.sort();
            account_team.dedup();
            let contacts = (0..g.rng.range(1, 4))
                .map(|j| {
                    let (person, ascii) = g.person();
                    let honorific = g.rng.pick(&HONORIFIC);
                    Contact {
                        id: g.rng.id(),
                        name: format!("{honorific} {person}"),
                        title: g.rng.pick(&CONTACT_TITLES).into(),
                        email: format!("{ascii}@{slug}.example.vn"),
                        phone: format!(
                            "09{:02} {:03} {:03}",
                            g.rng.range(0, 99),
                            g.rng.range(0, 999),
                            g.rng.range(0, 999)
                        ),
                        decision_role: g.rng.pick(&[
                            DecisionRole::DecisionMaker,
                            DecisionRole::Approver,
                            DecisionRole::Influencer,
                            DecisionRole::DayToDay,
                            DecisionRole::Finance,
                        ]),
                        primary: j == 0,
                    }
                })
                .collect();
            let brands = (0..g.rng.range(1, 3))
                .map(|k| {
                    if k == 0 {
                        format!("{core} {suffix}")
                    } else {
                        format!("{core} {}", g.rng.pick(&BRAND_TAILS))
                    }
                })
                .collect();
            let mut tags: Vec<String> = (0..g.rng.range(0, 3))
                .map(|_| g.rng.pick(&TAGS).to_string())
                .collect();
            tags.sort();
            tags.dedup();
            let churned_on = (status == ClientStatus::Churned)
                .then(|| g.rng.day_between(since, g.today - Duration::days(1)));
            Client {
                meta,
                name,
                industry: industry.into(),
                brands,
                status,
                tier,
                account_owner: Some(owner),
                account_team,
                client_since: (status != ClientStatus::Prospect).then_some(since),
                churned_on,
                website: format!("https://{slug}{i}.example.vn"),
                notes: g.rng.pick(&NOTES).into(),
                tags,
                currency,
                contacts,
            }
        })
        .collect()
}

/// Clients weighted by tier: key accounts get more of everything.
fn client_picker(clients: &[Client]) -> Vec<(usize, u64)> {
    clients
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let weight = match (c.status, c.tier) {
                (ClientStatus::Prospect, _) => 1,
                (_, Tier::A) => 6,
                (_, Tier::B) => 3,
                (_, Tier::C) => 2,
            };
            (i, weight)
        })
        .collect()
}

fn brand(client: &Client) -> &str {
    client.brands.first().unwrap_or(&client.name)
}

fn interactions(
    g: &mut Gen,
    n: usize,
    clients: &[Client],
    picker: &[(usize, u64)],
) -> Vec<Interaction> {
    let mut out: Vec<Interaction> = (0..n)
        .map(|_| {
            let client = &clients[g.rng.weighted(picker)];
            let day = g.any_day();
            let received = g.rng.office_time(day).min(g.now - Duration::minutes(30));
            let minutes = match g.rng.weighted(&[(0, 50), (1, 30), (2, 14), (3, 6)]) {
                0 => g.rng.range(20, 120),
                1 => g.rng.range(121, 8 * 60),
                2 => g.rng.range(8 * 60 + 1, 24 * 60),
                _ => g.rng.range(24 * 60 + 1, 3 * 24 * 60),
            };
            let replied = received + Duration::minutes(minutes);
            let mut meta = g.meta(received);
            let responded_at = (replied <= g.now).then_some(replied);
            if let Some(at) = responded_at {
                meta.updated_at = at;
                meta.rev = 2;
            }
            Interaction {
                meta,
                client: client.meta.id,
                channel: g.rng.weighted(&[
                    (Channel::Email, 45),
                    (Channel::Chat, 30),
                    (Channel::Phone, 15),
                    (Channel::Meeting, 10),
                ]),
                received_at: received,
                responded_at,
                summary: g.rng.pick(&REQUESTS).replace("{b}", brand(client)),
            }
        })
        .collect();
    out.sort_by_key(|i| i.received_at);
    out
}

fn briefs(g: &mut Gen, n: usize, clients: &[Client], picker: &[(usize, u64)]) -> Vec<Brief> {
    (0..n)
        .map(|_| {
            let client = &clients[g.rng.weighted(picker)];
            let received = g.any_day();
            let brand = brand(client);
            let deliverables: Vec<&str> = (0..g.rng.range(2, 5))
                .map(|_| g.rng.pick(&JOBS))
                .collect();
            let status = if (g.today - received).num_days() > 60 {
                BriefStatus::Done
            } else {
                g.rng.pick(&[
                    BriefStatus::Received,
                    BriefStatus::Clarifying,
                    BriefStatus::Accepted,
                    BriefStatus::InWork,
                ])
            };
            Brief {
                meta: g.meta_on(received),
                client: client.meta.id,
                title: format!("{} — {brand}", g.rng.pick(&BRIEF_TITLES)),
                received_on: received,
                background: format!(
                    "{} muốn tăng nhận biết thương hiệu {brand} trong nhóm khách hàng 18–35 tuổi ở TP.HCM và Hà Nội. Last year's campaign reached 4 million people but conversion stayed below target.",
                    client.name
                ),
                objectives: "Tạo nhận biết; 20.000 lượt check-in; CPV dưới 250 đ.".into(),
                target_audience: "Nhân viên văn phòng và sinh viên 18–30 tuổi; young families in tier-1 cities.".into(),
                key_message: "Chuẩn vị Việt, ngay góc phố bạn.".into(),
                deliverables: deliverables.join("\n"),
                mandatories: "Logo mới; không dùng hình ảnh đối thủ.".into(),
                budget_range: format!("{}–{} tỷ đồng", g.rng.range(1, 3), g.rng.range(4, 9)),
                timeline: "Concept trong 2 tuần, production 4 tuần, on-air 6 tuần.".into(),
                deadline: Some(received + Duration::days(g.rng.range(14, 60))),
                success_kpis: "2 triệu lượt xem video; brand lift +5 điểm.".into(),
                status,
            }
        })
        .collect()
}

fn contact_reports(
    g: &mut Gen,
    n: usize,
    clients: &[Client],
    team: &[TeamMember],
    picker: &[(usize, u64)],
) -> Vec<ContactReport> {
    let mut out: Vec<ContactReport> = (0..n)
        .map(|_| {
            let client = &clients[g.rng.weighted(picker)];
            let meeting = g.any_day();
            let mut attendees: Vec<Id> = client
                .account_owner
                .into_iter()
                .chain(client.account_team.iter().copied())
                .collect();
            if attendees.is_empty() {
                attendees.push(team[0].meta.id);
            }
            let contacts: Vec<Id> = client.contacts.iter().map(|c| c.id).collect();
            let client_attendees: Vec<Id> = contacts
                .iter()
                .copied()
                .filter(|_| g.rng.percent(70))
                .collect();
            let agreements = (0..g.rng.range(1, 4))
                .map(|_| g.rng.pick(&AGREEMENTS).to_string())
                .collect();
            let action_items = (0..g.rng.range(0, 3))
                .map(|_| {
                    let client_side = g.rng.percent(30) && !contacts.is_empty();
                    let owner = if client_side {
                        Owner::Contact(g.rng.pick(&contacts))
                    } else {
                        Owner::Member(g.rng.pick(&attendees))
                    };
                    let due = meeting + Duration::days(g.rng.range(1, 14));
                    ActionItem {
                        id: g.rng.id(),
                        what: g.rng.pick(&ACTIONS).into(),
                        owner: Some(owner),
                        side: if client_side {
                            Side::Client
                        } else {
                            Side::Agency
                        },
                        due: Some(due),
                        done: due < g.today && g.rng.percent(85),
                        wip_item: None,
                    }
                })
                .collect();
            let age = (g.today - meeting).num_days();
            let status = match age {
                0..=1 => ReportStatus::Draft,
                2..=7 => g.rng.pick(&[ReportStatus::Draft, ReportStatus::Sent]),
                _ => g.rng.weighted(&[
                    (ReportStatus::Acknowledged, 80),
                    (ReportStatus::Sent, 15),
                    (ReportStatus::Draft, 5),
                ]),
            };
            let issued_on = (status != ReportStatus::Draft)
                .then(|| (meeting + Duration::days(g.rng.range(0, 3))).min(g.today));
            ContactReport {
                meta: g.meta_on(meeting),
                client: client.meta.id,
                meeting_date: meeting,
                place: g.rng.pick(&PLACES).into(),
                purpose: g.rng.pick(&PURPOSES).into(),
                client_attendees,
                agency_attendees: attendees,
                agreements,
                action_items,
                next_meeting: g
                    .rng
                    .percent(60)
                    .then(|| meeting + Duration::days(g.rng.range(7, 30))),
                issued_on,
                status,
            }
        })
        .collect();
    out.sort_by_key(|r| r.meeting_date);
    out
}

fn department(job: &str) -> Department {
    super::brief::department_for(job)
}

#[allow(clippy::too_many_arguments)]
fn wip(
    g: &mut Gen,
    n: usize,
    clients: &[Client],
    team: &[TeamMember],
    picker: &[(usize, u64)],
    briefs: &[Brief],
    reports: &mut [ContactReport],
) -> Vec<WipItem> {
    let mut out = Vec::with_capacity(n);
    // A third of the work comes from contact reports' action items, linked
    // both ways; the rest from briefs or on its own.
    let mut from_actions = n / 3;
    'reports: for report in reports.iter_mut() {
        for (k, action) in report.action_items.iter_mut().enumerate() {
            if from_actions == 0 {
                break 'reports;
            }
            if action.side != Side::Agency || k > 0 {
                continue;
            }
            let created = g.rng.office_time(report.meeting_date);
            let mut item = WipItem::new(report.client, created);
            item.meta = g.meta(created);
            item.job = action.what.clone();
            item.owner = match action.owner {
                Some(Owner::Member(m)) => Some(m),
                _ => None,
            };
            item.due = action.due;
            item.source = Some(WipSource::ActionItem {
                report: report.meta.id,
                action: action.id,
            });
            if action.done {
                item.history.push(StatusChange {
                    at: created,
                    from: WipStatus::Briefed,
                    to: WipStatus::Done,
                });
                item.status = WipStatus::Done;
            }
            action.wip_item = Some(item.meta.id);
            out.push(item);
            from_actions -= 1;
        }
    }
    let people: Vec<Id> = team.iter().map(|m| m.meta.id).collect();
    while out.len() < n {
        let from_brief = !briefs.is_empty() && g.rng.percent(40);
        let (client_id, brand_name, created_day, source) = if from_brief {
            let brief = &briefs[g.rng.below(briefs.len())];
            let client = clients
                .iter()
                .find(|c| c.meta.id == brief.client)
                .expect("a brief's client exists");
            (
                brief.client,
                brand(client).to_string(),
                brief.received_on,
                Some(WipSource::Brief {
                    brief: brief.meta.id,
                }),
            )
        } else {
            let client = &clients[g.rng.weighted(picker)];
            (client.meta.id, brand(client).to_string(), g.any_day(), None)
        };
        let job = g.rng.pick(&JOBS);
        let created = g.rng.office_time(created_day);
        let age = (g.today - created_day).num_days();
        let target = if age > 45 && g.rng.percent(90) {
            WipStatus::Done
        } else {
            g.rng.weighted(&[
                (WipStatus::Briefed, 15),
                (WipStatus::InProgress, 30),
                (WipStatus::InternalReview, 15),
                (WipStatus::ClientReview, 15),
                (WipStatus::Approved, 10),
                (WipStatus::OnHold, 5),
                (WipStatus::Done, 10),
            ])
        };
        let mut item = WipItem::new(client_id, created);
        item.meta = g.meta(created);
        item.job = format!("{job} — {brand_name}");
        item.department = department(job);
        item.owner = Some(g.rng.pick(&people));
        item.due = Some(created_day + Duration::days(g.rng.range(3, 40)));
        item.estimated_days = g.rng.percent(50).then(|| g.rng.range(1, 15) as u16);
        item.next_step = g.rng.pick(&NEXT_STEPS).into();
        item.source = source;
        // Walk the usual path to the target, a few days a step.
        const PATH: [WipStatus; 6] = [
            WipStatus::Briefed,
            WipStatus::InProgress,
            WipStatus::InternalReview,
            WipStatus::ClientReview,
            WipStatus::Approved,
            WipStatus::Done,
        ];
        let mut at = created;
        let steps = PATH.iter().position(|&s| s == target);
        let mut from = WipStatus::Briefed;
        for &to in PATH.iter().skip(1).take(steps.unwrap_or(1)) {
            at = (at + Duration::hours(g.rng.range(4, 96))).min(g.now);
            item.history.push(StatusChange { at, from, to });
            from = to;
        }
        if steps.is_none() {
            at = (at + Duration::hours(g.rng.range(4, 96))).min(g.now);
            item.history.push(StatusChange {
                at,
                from,
                to: target,
            });
        }
        item.status = target;
        item.meta.updated_at = at;
        item.meta.rev = 1 + item.history.len() as u64;
        out.push(item);
    }
    out.sort_by_key(|w| w.meta.created_at);
    out
}

fn budgets(g: &mut Gen, n: usize, clients: &[Client], picker: &[(usize, u64)]) -> Vec<Budget> {
    (0..n)
        .map(|_| {
            let client = &clients[g.rng.weighted(picker)];
            let start = g.rng.day_between(
                g.first_day - Duration::days(30),
                g.today + Duration::days(30),
            );
            let length = g.rng.range(30, 120);
            let end = start + Duration::days(length - 1);
            let currency = client.currency;
            // Amounts in minor units: whole millions of đồng, hundreds of dollars.
            let unit = match currency {
                Currency::VND => 1_000_000,
                _ => 4_000,
            };
            let lines = (0..g.rng.range(3, 6))
                .map(|_| {
                    let (category, description, vendor) = g.rng.pick(&LINES);
                    let planned = g.rng.range(20, 400) * unit;
                    let committed = planned * g.rng.range(50, 100) / 100;
                    let elapsed = (g.today - start).num_days().clamp(0, length - 1);
                    let entries = (0..g.rng.range(2, 6))
                        .map(|_| {
                            let amount = committed * g.rng.range(10, 30) / 100;
                            CostEntry {
                                id: g.rng.id(),
                                date: start + Duration::days(g.rng.range(0, elapsed)),
                                amount: if g.rng.percent(3) {
                                    -amount / 10
                                } else {
                                    amount
                                },
                                note: if g.rng.percent(30) {
                                    "Thanh toán đợt 1".into()
                                } else {
                                    String::new()
                                },
                                reference: format!("HĐ-{:04}", g.rng.range(0, 9_999)),
                            }
                        })
                        .collect();
                    BudgetLine {
                        id: g.rng.id(),
                        category,
                        description: description.into(),
                        vendor: vendor.into(),
                        planned,
                        committed,
                        entries,
                    }
                })
                .collect();
            Budget {
                meta: g.meta_on(start.min(g.today)),
                client: client.meta.id,
                campaign: format!("{} {}", g.rng.pick(&CAMPAIGNS), end.year()),
                start,
                end,
                currency,
                fee: g.rng.range(50, 500) * unit,
                alert_threshold: 90,
                lines,
                notes: if g.rng.percent(20) {
                    "Chi phí media theo hoá đơn thực tế của nền tảng.".into()
                } else {
                    String::new()
                },
            }
        })
        .collect()
}

fn reviews(g: &mut Gen, n: usize, clients: &[Client]) -> Vec<CompetitorReview> {
    (0..n)
        .map(|_| {
            let client = &clients[g.rng.below(clients.len())];
            let made = g.any_day();
            let start = NaiveDate::from_ymd_opt(made.year(), 1, 1).unwrap_or(made);
            let sources: Vec<Source> = (0..g.rng.range(1, 3))
                .map(|k| Source {
                    id: g.rng.id(),
                    title: format!("Báo cáo thị trường Q{}", k + 1),
                    url: format!("https://example.com/bao-cao-{}", g.rng.range(1, 999)),
                    accessed_on: Some(made),
                    kind: g.rng.pick(&[SourceKind::Fact, SourceKind::Inference]),
                })
                .collect();
            let source_ids: Vec<Id> = sources.iter().map(|s| s.id).collect();
            let competitors = (0..g.rng.range(2, 4))
                .map(|_| {
                    let mut c = Competitor::new(g.rng.pick(&COMPETITORS));
                    c.id = g.rng.id();
                    c.positioning = "Xe điện cho người trẻ thành thị; premium but friendly.".into();
                    c.key_message = "Đi xa hơn, sạc nhanh hơn".into();
                    c.tone = "Năng động, công nghệ".into();
                    c.channels = (0..3).map(|_| g.rng.pick(&CHANNELS).to_string()).collect();
                    c.estimated_spend = Some(g.rng.range(1, 20) * 1_000_000_000);
                    c.spend_confidence =
                        g.rng
                            .pick(&[Confidence::Low, Confidence::Medium, Confidence::High]);
                    c.share_of_voice = Some(g.rng.range(500, 3_000));
                    c.sources = vec![g.rng.pick(&source_ids)];
                    c.campaigns = (0..g.rng.range(1, 3))
                        .map(|_| {
                            let from = g.rng.day_between(start, start + Duration::days(300));
                            ObservedCampaign {
                                id: g.rng.id(),
                                name: g.rng.pick(&CAMPAIGNS).into(),
                                start: from,
                                end: from + Duration::days(g.rng.range(14, 60)),
                                channels: vec![g.rng.pick(&CHANNELS).into()],
                                message: String::new(),
                                notes: String::new(),
                                source_url: String::new(),
                            }
                        })
                        .collect();
                    for list in [
                        &mut c.swot.strengths,
                        &mut c.swot.weaknesses,
                        &mut c.swot.opportunities,
                        &mut c.swot.threats,
                    ] {
                        *list = (0..g.rng.range(1, 2))
                            .map(|_| SwotItem {
                                id: g.rng.id(),
                                text: g.rng.pick(&SWOT).into(),
                            })
                            .collect();
                    }
                    c
                })
                .collect();
            let mut review = CompetitorReview::new(client.meta.id, start, client.currency, g.now);
            review.meta = g.meta_on(made);
            review.title = format!("Thị trường {} {}", client.industry, start.year());
            review.market_overview = "Thị trường tăng trưởng khoảng 30 %/năm ở các thành phố lớn; younger buyers compare prices on TikTok Shop before visiting a store.".into();
            review.client_position = format!("{} mạnh về thiết kế, yếu về độ nhận biết.", brand(client));
            review.point_of_view = "Cơ hội nằm ở nhóm sinh viên và nhân viên văn phòng trẻ.".into();
            review.recommendations = "Tập trung TikTok và KOL; loyalty offer in the first year.".into();
            review.competitors = competitors;
            review.sources = sources;
            review
        })
        .collect()
}

fn nps(g: &mut Gen, per_year: usize, years: i64, clients: &[Client]) -> Vec<NpsResponse> {
    let mut out = Vec::new();
    for client in clients {
        let Some(since) = client.client_since else {
            continue;
        };
        let last = client.churned_on.unwrap_or(g.today);
        let first = since.max(g.first_day);
        if first > last {
            continue;
        }
        let span = (last - first).num_days() + 1;
        let answers = (per_year as i64 * years * span / (365 * years)).max(1);
        for _ in 0..answers {
            let date = g.rng.day_between(first, last);
            let unhappy = client.status == ClientStatus::Churned;
            let mut score: u8 = g.rng.weighted(&[
                (10, 28),
                (9, 32),
                (8, 20),
                (7, 10),
                (6, 4),
                (5, 3),
                (4, 2),
                (3, 1),
            ]);
            if unhappy {
                score = score.saturating_sub(2);
            }
            let rating = |g: &mut Gen| {
                (!g.rng.percent(10)).then(|| g.rng.range(i64::from(score / 3).max(1), 5) as u8)
            };
            let consulting_knowledge = rating(g);
            let care_attitude = rating(g);
            let respondent = client
                .contacts
                .get(g.rng.below(client.contacts.len()))
                .map(|c| c.name.clone())
                .unwrap_or_default();
            out.push(NpsResponse {
                meta: g.meta_on(date),
                client: client.meta.id,
                date,
                respondent,
                score,
                consulting_knowledge,
                care_attitude,
                comment: g.rng.pick(&COMMENTS).into(),
            });
        }
    }
    out.sort_by_key(|r| r.date);
    out
}

fn deals(g: &mut Gen, per_year: usize, years: i64, clients: &[Client]) -> Vec<Deal> {
    let mut out = Vec::new();
    for client in clients {
        for _ in 0..per_year as i64 * years {
            let (kind, title) = g.rng.pick(&DEAL_TITLES);
            let kind = if client.status == ClientStatus::Prospect {
                DealKind::NewBusiness
            } else {
                kind
            };
            let created = g.any_day();
            let close = created + Duration::days(g.rng.range(14, 90));
            let mut stage = g.rng.weighted(&[
                (DealStage::Won, 50),
                (DealStage::Lost, 25),
                (DealStage::Negotiation, 10),
                (DealStage::Proposal, 10),
                (DealStage::Brief, 5),
            ]);
            if close > g.today || client.status == ClientStatus::Prospect {
                stage = g.rng.pick(&[
                    DealStage::Brief,
                    DealStage::Proposal,
                    DealStage::Negotiation,
                ]);
            }
            let millions = g.rng.range(50, 2_000);
            let value = match client.currency {
                Currency::VND => millions * 1_000_000,
                _ => (millions * 40).max(100) / 100 * 100 * 100,
            };
            out.push(Deal {
                meta: g.meta_on(created),
                client: client.meta.id,
                title: format!("{title} {}", brand(client)),
                kind,
                value,
                currency: client.currency,
                stage,
                expected_close: Some(close),
                closed_on: stage.is_closed().then_some(close),
            });
        }
    }
    out
}

fn rates(g: &mut Gen, years: i64) -> Vec<ExchangeRate> {
    let mut out = Vec::new();
    let mut month = g.first_day.with_day(1).unwrap_or(g.first_day);
    let mut usd = 24_500_i64;
    for _ in 0..12 * years {
        usd += g.rng.range(-150, 200);
        for (from, per) in [(Currency::USD, usd), (Currency::EUR, usd * 108 / 100)] {
            out.push(ExchangeRate {
                id: g.rng.id(),
                from,
                to: Currency::VND,
                rate: per * 1_000_000_000,
                date: month,
            });
        }
        month = month
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(month);
    }
    out
}

/// A whole workspace for `preset`, the same for the same `seed` and `now`.
pub fn generate(preset: Preset, seed: u64, now: Timestamp) -> Workspace {
    let spec = preset.spec();
    let today = now.date_naive();
    let mut g = Gen {
        rng: Rng::new(seed),
        now,
        today,
        first_day: today - Duration::days(365 * spec.years - 1),
    };
    let team = team(&mut g, spec.team);
    let clients = clients(&mut g, spec.clients, &team);
    let picker = client_picker(&clients);
    let interactions = interactions(&mut g, spec.interactions, &clients, &picker);
    let briefs = briefs(&mut g, spec.briefs, &clients, &picker);
    let mut contact_reports =
        contact_reports(&mut g, spec.contact_reports, &clients, &team, &picker);
    let wip = wip(
        &mut g,
        spec.wip,
        &clients,
        &team,
        &picker,
        &briefs,
        &mut contact_reports,
    );
    let budgets = budgets(&mut g, spec.budgets, &clients, &picker);
    let reviews = reviews(&mut g, spec.reviews, &clients);
    let nps = nps(&mut g, spec.nps_per_client_year, spec.years, &clients);
    let deals = deals(&mut g, spec.deals_per_client_year, spec.years, &clients);
    let mut ws = Workspace {
        team: team.into(),
        clients: clients.into(),
        budgets: budgets.into(),
        reviews: reviews.into(),
        briefs: briefs.into(),
        contact_reports: contact_reports.into(),
        wip: wip.into(),
        interactions: interactions.into(),
        nps: nps.into(),
        deals: deals.into(),
        ..Workspace::default()
    };
    ws.settings.rates = rates(&mut g, spec.years);
    ws
}

/// Record counts, nested records (contacts, budget lines, cost entries,
/// action items) included.
pub fn counts(ws: &Workspace) -> Vec<(&'static str, usize)> {
    let lines: usize = ws.budgets.iter().map(|b| b.lines.len()).sum();
    let entries: usize = ws
        .budgets
        .iter()
        .flat_map(|b| &b.lines)
        .map(|l| l.entries.len())
        .sum();
    vec![
        ("team", ws.team.len()),
        ("clients", ws.clients.len()),
        (
            "contacts",
            ws.clients.iter().map(|c| c.contacts.len()).sum(),
        ),
        ("budgets", ws.budgets.len()),
        ("budget lines", lines),
        ("cost entries", entries),
        ("reviews", ws.reviews.len()),
        ("briefs", ws.briefs.len()),
        ("contact reports", ws.contact_reports.len()),
        (
            "action items",
            ws.contact_reports
                .iter()
                .map(|r| r.action_items.len())
                .sum(),
        ),
        ("wip", ws.wip.len()),
        ("interactions", ws.interactions.len()),
        ("nps", ws.nps.len()),
        ("deals", ws.deals.len()),
        ("exchange rates", ws.settings.rates.len()),
    ]
}

/// Length of `text` in UTF-16 code units, as localStorage counts it.
pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// The largest preset found.
#[derive(Clone, Debug)]
pub struct MaxFit {
    /// Percent of the agency preset: `Preset::Scaled(percent)`.
    pub percent: u32,
    pub workspace: Workspace,
    /// UTF-16 code units it takes in storage.
    pub units: usize,
}

/// The largest whole percentage of the agency preset that fits in `limit`
/// UTF-16 units as stored (packed parts, see `store`); `None` when not even
/// 1 % fits.
pub fn find_max(seed: u64, now: Timestamp, limit: usize) -> Option<MaxFit> {
    let size = |percent: u32| {
        let ws = generate(Preset::Scaled(percent), seed, now);
        let units = store::stored_units(&ws, now);
        (ws, units)
    };
    let (mut lo, mut hi) = (0_u32, 100_u32);
    let mut best: Option<MaxFit> = None;
    // Grow until it no longer fits, then bisect.
    loop {
        let (workspace, units) = size(hi);
        if units > limit {
            break;
        }
        lo = hi;
        best = Some(MaxFit {
            percent: hi,
            workspace,
            units,
        });
        hi *= 2;
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        let (workspace, units) = size(mid);
        if units <= limit {
            lo = mid;
            best = Some(MaxFit {
                percent: mid,
                workspace,
                units,
            });
        } else {
            hi = mid;
        }
    }
    best
}

/// The storage budget `find_max` aims for: the quota less a margin.
pub fn storage_limit() -> usize {
    STORAGE_QUOTA - STORAGE_MARGIN
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::envelope;
    use chrono::{TimeZone, Utc};
    use std::collections::HashSet;

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn count(ws: &Workspace, what: &str) -> usize {
        counts(ws)
            .into_iter()
            .find(|(name, _)| *name == what)
            .map(|(_, n)| n)
            .unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_bytes() {
        let a = envelope::encode(&generate(Preset::Solo, 7, now()), now());
        let b = envelope::encode(&generate(Preset::Solo, 7, now()), now());
        assert_eq!(a, b);
        let c = envelope::encode(&generate(Preset::Solo, 8, now()), now());
        assert_ne!(a, c);
    }

    #[test]
    fn ids_are_version_4_and_unique() {
        let ws = generate(Preset::Solo, 1, now());
        let json = envelope::encode(&ws, now());
        let ids: Vec<&str> = json
            .split('"')
            .filter(|s| s.len() == 36 && s.as_bytes()[14] == b'4')
            .collect();
        assert!(ids.len() > 500, "{}", ids.len());
        let distinct: HashSet<&str> = ids.iter().copied().collect();
        // References repeat an id; records' own ids must not.
        let own: HashSet<Id> = ws
            .interactions
            .iter()
            .map(|r| r.meta.id)
            .chain(ws.wip.iter().map(|r| r.meta.id))
            .chain(ws.clients.iter().map(|r| r.meta.id))
            .collect();
        assert_eq!(
            own.len(),
            ws.interactions.len() + ws.wip.len() + ws.clients.len()
        );
        assert!(distinct.len() >= own.len());
    }

    #[test]
    fn every_preset_is_valid_and_restores_intact() {
        for (preset, seed) in [
            (Preset::Solo, 1),
            (Preset::Solo, 2),
            (Preset::Scaled(10), 3),
            (Preset::Agency, 4),
        ] {
            let ws = generate(preset, seed, now());
            assert_eq!(ws.validate(), Ok(()), "{preset:?}");
            let restored = envelope::restore(&envelope::encode(&ws, now())).unwrap();
            assert!(restored.repairs.is_empty(), "{:?}", restored.repairs);
            assert_eq!(restored.workspace, ws, "{preset:?}");
        }
    }

    #[test]
    fn the_agency_has_the_issues_counts() {
        let ws = generate(Preset::Agency, 42, now());
        for (what, n) in [
            ("team", 40),
            ("clients", 300),
            ("interactions", 8_000),
            ("wip", 2_000),
            ("budgets", 400),
            ("reviews", 60),
            ("contact reports", 1_000),
        ] {
            assert_eq!(count(&ws, what), n, "{what}");
        }
        assert!(count(&ws, "budget lines") >= 400 * 3);
        assert!(count(&ws, "cost entries") >= 400 * 3 * 2);
        assert!(count(&ws, "briefs") > 0 && count(&ws, "nps") > 1_000);
        assert!(count(&ws, "deals") > 1_000);
        let two_years_ago = now().date_naive() - Duration::days(2 * 365);
        let oldest = ws.interactions[0].received_at.date_naive();
        assert!(oldest >= two_years_ago && oldest < two_years_ago + Duration::days(30));
        assert!(ws.interactions.iter().all(|i| i.received_at <= now()));
        // Text is Vietnamese and English.
        assert!(ws.clients.iter().any(|c| c.name.contains('Đ')));
        assert!(ws
            .interactions
            .iter()
            .any(|i| i.summary.starts_with("Asked")));
    }

    #[test]
    fn solo_is_one_person_a_year_and_small() {
        let ws = generate(Preset::Solo, 5, now());
        assert_eq!((ws.team.len(), ws.clients.len()), (1, 15));
        let year_ago = now().date_naive() - Duration::days(365);
        assert!(ws
            .interactions
            .iter()
            .all(|i| i.received_at.date_naive() > year_ago));
        let units = utf16_len(&envelope::encode(&ws, now()));
        assert!(units < 1_000_000, "{units}");
    }

    #[test]
    fn scaled_presets_grow_with_the_percentage() {
        let small = generate(Preset::Scaled(10), 1, now());
        assert_eq!((small.clients.len(), small.interactions.len()), (30, 800));
        assert_eq!(Preset::Scaled(100).spec(), Preset::Agency.spec());
    }
}
