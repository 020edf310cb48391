//! A year of made-up activity for the sample agency's clients — requests and
//! replies, NPS survey answers, deals — so that the Client 360 timeline and
//! the KPI dashboard have something to show on first start.
//!
//! It is generated, not written out, from a small seeded PRNG (xorshift64*),
//! so the same clients, day and seed always give the same activity: tests
//! can hold it to its promises and a screenshot stays the same. Record ids
//! are the one exception: they are fresh random UUIDs like every record's,
//! so that sample activity added to a workspace never collides with
//! anything already in it.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};

use super::client::{Client, ClientStatus, Tier};
use super::deal::{Deal, DealKind, DealStage};
use super::interaction::{Channel, Interaction};
use super::meta::{Meta, Timestamp};
use super::money::Currency;
use super::nps::NpsResponse;
use super::rng::Rng;
use super::team::TeamMember;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// What clients ask for; `{month}`/`{thang}` become last month in English/Vietnamese.
const REQUESTS: [&str; 20] = [
    "Xin báo giá gói TikTok quý {quarter}",
    "Asked for the {month} media report",
    "Gửi giúp báo cáo media tháng {thang}",
    "Góp ý key visual, cần chỉnh lại màu logo",
    "Request to move the shooting date by a week",
    "Hỏi tiến độ sản xuất TVC",
    "Need the invoice for last month's media spend",
    "Xin file gốc banner cho website",
    "Asked to add two food KOLs to the plan",
    "Phản hồi về content calendar tuần tới",
    "Cần số liệu đối thủ cho buổi họp nội bộ",
    "Call about the budget split between Meta and Google",
    "Hỏi lịch họp review chiến dịch",
    "Yêu cầu sửa caption bài đăng thứ Sáu",
    "Asked for a quote for the store opening event",
    "Báo lỗi link landing page trên mobile",
    "Wants the comment moderation guideline updated",
    "Xin đề xuất ý tưởng minigame cuối tuần",
    "Asked why CPM went up this week",
    "Nhờ kiểm tra lại lịch đăng bài dịp lễ",
];

const PROMOTER_COMMENTS: [&str; 6] = [
    "{name} hỗ trợ rất nhiệt tình, phản hồi nhanh.",
    "Great strategic input from {name}'s team this quarter.",
    "Báo cáo rõ ràng, đúng hạn.",
    "The team understands our brand and our consumers.",
    "Ý tưởng sáng tạo, triển khai chuyên nghiệp.",
    "",
];

const PASSIVE_COMMENTS: [&str; 5] = [
    "Ổn, nhưng mong agency chủ động đề xuất nhiều hơn.",
    "Good execution; we would like more proactive ideas.",
    "Cần cải thiện thời gian gửi báo cáo tuần.",
    "",
    "",
];

const DETRACTOR_COMMENTS: [&str; 4] = [
    "Báo cáo tháng thường gửi trễ.",
    "Too many revisions before the key visual was right.",
    "Chưa hiểu rõ ngành hàng của chúng tôi.",
    "",
];

/// Deal titles by kind; `{brand}` and `{year}` are filled in.
fn deal_title(kind: DealKind, rng: &mut Rng) -> &'static str {
    match kind {
        DealKind::NewBusiness => rng.pick(&[
            "Retainer social media {year}",
            "Pitch chiến dịch ra mắt {brand}",
            "Always-on digital for {brand}",
        ]),
        DealKind::Renewal => rng.pick(&[
            "Gia hạn hợp đồng retainer {year}",
            "Renewal — content & community {year}",
        ]),
        DealKind::Upsell => rng.pick(&[
            "Thêm gói TikTok Ads cho {brand}",
            "Upsell: KOL package for {brand}",
            "Tăng ngân sách media quý cao điểm",
        ]),
        DealKind::CrossSell => rng.pick(&[
            "Cross-sell: SEO & website care",
            "Sản xuất TVC {brand}",
            "Sự kiện khai trương {brand}",
        ]),
    }
}

fn at_utc(date: NaiveDate, hour: i64, minute: i64) -> Timestamp {
    let time = NaiveTime::from_hms_opt(hour as u32, minute as u32, 0).unwrap_or(NaiveTime::MIN);
    date.and_time(time).and_utc()
}

/// A record created at `at` (never later than `now`).
fn meta_at(at: Timestamp, now: Timestamp) -> Meta {
    let at = at.min(now);
    Meta {
        created_at: at,
        updated_at: at,
        ..Meta::new(now)
    }
}

/// The days a client has activity: its year before `today`, from the day
/// it became a client (a prospect: since it was first contacted) up to the
/// day before it churned.
fn window(client: &Client, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let year_ago = today - Duration::days(364);
    let since = client
        .client_since
        .unwrap_or(client.meta.created_at.date_naive());
    let first = since.max(year_ago);
    let last = match (client.status, client.churned_on) {
        (ClientStatus::Churned, Some(churned)) => churned - Duration::days(1),
        (ClientStatus::Churned, None) => client.meta.updated_at.date_naive(),
        _ => today,
    }
    .min(today);
    (first <= last).then_some((first, last))
}

fn fill(template: &str, date: NaiveDate, brand: &str) -> String {
    let last_month = date.with_day(1).and_then(|d| d.pred_opt()).unwrap_or(date);
    template
        .replace("{quarter}", &(date.month0() / 3 + 1).to_string())
        .replace("{month}", MONTHS_EN[last_month.month0() as usize])
        .replace("{thang}", &last_month.month().to_string())
        .replace("{year}", &(date.year() + 1).to_string())
        .replace("{brand}", brand)
}

/// A reply time between 20 minutes and 3 days, most within a working day.
fn reply_delay(rng: &mut Rng) -> Duration {
    let minutes = match rng.weighted(&[(0, 50), (1, 30), (2, 14), (3, 6)]) {
        0 => rng.range(20, 120),
        1 => rng.range(121, 8 * 60),
        2 => rng.range(8 * 60 + 1, 24 * 60),
        _ => rng.range(24 * 60 + 1, 3 * 24 * 60),
    };
    Duration::minutes(minutes)
}

fn interactions_for(
    client: &Client,
    (first, last): (NaiveDate, NaiveDate),
    now: Timestamp,
    rng: &mut Rng,
    out: &mut Vec<Interaction>,
) {
    let weekly_chance = match client.tier {
        Tier::A => 70,
        Tier::B => 45,
        Tier::C => 25,
    };
    let brand = client.brands.first().unwrap_or(&client.name);
    let mut monday = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
    while monday <= last {
        for _ in 0..2 {
            if !rng.percent(weekly_chance / 2 + 10) {
                continue;
            }
            let day = monday + Duration::days(rng.range(0, 4));
            // Office hours in Vietnam, 08:00–17:59 at UTC+7.
            let received = at_utc(day, rng.range(1, 10), rng.range(0, 59));
            if day < first || day > last || received > now {
                continue;
            }
            let mut interaction = Interaction::new(client.meta.id, received, now);
            interaction.meta = meta_at(received, now);
            interaction.channel = rng.weighted(&[
                (Channel::Email, 45),
                (Channel::Chat, 30),
                (Channel::Phone, 15),
                (Channel::Meeting, 10),
            ]);
            interaction.summary = fill(rng.pick(&REQUESTS), day, brand);
            let replied = received + reply_delay(rng);
            if replied <= now {
                interaction.responded_at = Some(replied);
                interaction.meta.updated_at = replied;
            }
            out.push(interaction);
        }
        monday += Duration::days(7);
    }
}

fn nps_score(rng: &mut Rng, unhappy: bool) -> u8 {
    let score: u8 = rng.weighted(&[
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
        score.saturating_sub(2)
    } else {
        score
    }
}

fn rating(rng: &mut Rng, score: u8) -> Option<u8> {
    if rng.percent(10) {
        return None;
    }
    let (lo, hi) = match score {
        9..=10 => (4, 5),
        7..=8 => (3, 5),
        _ => (2, 3),
    };
    Some(rng.range(lo, hi) as u8)
}

/// The name people use for a Vietnamese colleague: the given name, last.
fn given_name(member: &TeamMember) -> &str {
    member
        .name
        .split_whitespace()
        .last()
        .unwrap_or(&member.name)
}

fn nps_for(
    client: &Client,
    (first, last): (NaiveDate, NaiveDate),
    team: &[TeamMember],
    now: Timestamp,
    rng: &mut Rng,
    out: &mut Vec<NpsResponse>,
) {
    let owner = client
        .account_owner
        .and_then(|id| team.iter().find(|m| m.meta.id == id))
        .map_or("Account", given_name);
    // A client on its way out was not happy before it left.
    let unhappy = client.status == ClientStatus::Churned;
    // A survey a quarter, the latest early in the last month of the window,
    // so that "this month" on the dashboard has answers to show.
    let mut surveys = Vec::new();
    let mut survey = last.with_day(1).unwrap_or(last);
    while survey >= first {
        surveys.push(survey);
        match survey.checked_sub_months(chrono::Months::new(3)) {
            Some(earlier) => survey = earlier,
            None => break,
        }
    }
    for survey in surveys.into_iter().rev() {
        let answers = rng.range(1, 3) as usize;
        for i in 0..answers {
            let date = (survey + Duration::days(rng.range(0, 5))).min(last);
            let score = nps_score(rng, unhappy);
            let mut response = NpsResponse::new(client.meta.id, date, score, now);
            response.meta = meta_at(at_utc(date, 3, 0), now);
            response.respondent = client
                .contacts
                .get(i)
                .map(|c| c.name.clone())
                .unwrap_or_default();
            response.consulting_knowledge = rating(rng, score);
            response.care_attitude = rating(rng, score);
            let comments: &[&str] = match score {
                9..=10 => &PROMOTER_COMMENTS,
                7..=8 => &PASSIVE_COMMENTS,
                _ => &DETRACTOR_COMMENTS,
            };
            response.comment = rng.pick(comments).replace("{name}", owner);
            out.push(response);
        }
    }
}

/// A deal value in minor units: round millions of đồng, round hundreds of dollars.
fn deal_value(kind: DealKind, currency: Currency, rng: &mut Rng) -> i64 {
    let (lo, hi) = match kind {
        DealKind::NewBusiness => (300, 2_000),
        DealKind::Renewal => (400, 1_500),
        DealKind::Upsell => (50, 400),
        DealKind::CrossSell => (100, 600),
    };
    let millions_vnd = rng.range(lo, hi);
    match currency {
        Currency::VND => millions_vnd * 1_000_000,
        // ≈ 25 000 ₫ a dollar, to the hundred dollars, in cents.
        _ => (millions_vnd * 40).max(100) / 100 * 100 * 100,
    }
}

/// Why a deal is in a client's year, which decides how it ends.
#[derive(Clone, Copy)]
enum Why {
    /// A prospect being pitched: still open.
    Pitch,
    /// The contract that made the client a client, won on client-since.
    Onboarding,
    /// The renewal a churned client did not sign.
    NotRenewed,
    /// Won, lost, or still open when recent.
    Ordinary,
}

fn deals_for(
    client: &Client,
    (first, last): (NaiveDate, NaiveDate),
    today: NaiveDate,
    now: Timestamp,
    rng: &mut Rng,
    out: &mut Vec<Deal>,
) {
    let main_brand = client.brands.first().unwrap_or(&client.name);
    // (kind, brand, why): the deals of the year.
    let mut plan: Vec<(DealKind, &str, Why)> = Vec::new();
    match client.status {
        // Being pitched: one new-business deal, still open.
        ClientStatus::Prospect => plan.push((DealKind::NewBusiness, main_brand, Why::Pitch)),
        _ => {
            if client.client_since.is_some_and(|since| since >= first) {
                plan.push((DealKind::NewBusiness, main_brand, Why::Onboarding));
            }
            if client.tier == Tier::A {
                // A key account's other brand, pitched as a new contract.
                let other = client.brands.get(1).unwrap_or(main_brand);
                plan.push((DealKind::NewBusiness, other, Why::Ordinary));
            }
            let renewal = if client.status == ClientStatus::Churned {
                Why::NotRenewed
            } else {
                Why::Ordinary
            };
            plan.push((DealKind::Renewal, main_brand, renewal));
            for _ in 0..rng.range(1, 3) {
                let kind = rng.weighted(&[(DealKind::Upsell, 60), (DealKind::CrossSell, 40)]);
                plan.push((kind, main_brand, Why::Ordinary));
            }
        }
    }
    let days = (last - first).num_days();
    for (kind, brand, why) in plan {
        let mut currency = client.currency;
        if currency == Currency::VND && kind == DealKind::CrossSell && rng.percent(30) {
            // Production for a regional brand team, billed in dollars.
            currency = Currency::USD;
        }
        let mut deal = Deal::new(client.meta.id, currency, now);
        deal.kind = kind;
        deal.value = deal_value(kind, currency, rng);
        let close = match why {
            Why::Onboarding => client.client_since.unwrap_or(first),
            _ => first + Duration::days(rng.range(days / 4, days).max(0)),
        };
        deal.title = fill(deal_title(kind, rng), close, brand);
        let recent = (today - close).num_days() < 45;
        deal.stage = match why {
            Why::Pitch => rng.pick(&[
                DealStage::Brief,
                DealStage::Proposal,
                DealStage::Negotiation,
            ]),
            Why::Onboarding => DealStage::Won,
            Why::NotRenewed => DealStage::Lost,
            Why::Ordinary if recent && rng.percent(60) => {
                rng.pick(&[DealStage::Proposal, DealStage::Negotiation])
            }
            Why::Ordinary => rng.weighted(&[(DealStage::Won, 75), (DealStage::Lost, 25)]),
        };
        if deal.stage.is_closed() {
            deal.closed_on = Some(close);
            deal.expected_close = Some(close + Duration::days(rng.range(-10, 20)));
        } else {
            deal.expected_close = Some(today + Duration::days(rng.range(7, 90)));
        }
        let opened = close - Duration::days(rng.range(14, 60));
        deal.meta = meta_at(at_utc(opened.min(today), 2, 0), now);
        if let Some(closed) = deal.closed_on {
            deal.meta.updated_at = at_utc(closed, 9, 0).min(now).max(deal.meta.created_at);
        }
        out.push(deal);
    }
}

/// A year of interactions, NPS responses and deals for `ws_clients` (those
/// not in the trash), as of `today`/`now`. `team` supplies the account
/// owners' names for survey comments. The same inputs and seed always give
/// the same records, apart from their ids.
pub fn add_activity(
    ws_clients: &[Client],
    team: &[TeamMember],
    today: NaiveDate,
    now: Timestamp,
    seed: u64,
) -> (Vec<Interaction>, Vec<NpsResponse>, Vec<Deal>) {
    let mut rng = Rng::new(seed);
    let (mut interactions, mut responses, mut deals) = (Vec::new(), Vec::new(), Vec::new());
    for client in ws_clients.iter().filter(|c| !c.meta.is_trashed()) {
        let Some(window) = window(client, today) else {
            continue;
        };
        interactions_for(client, window, now, &mut rng, &mut interactions);
        if client.status != ClientStatus::Prospect {
            nps_for(client, window, team, now, &mut rng, &mut responses);
        }
        deals_for(client, window, today, now, &mut rng, &mut deals);
    }
    // One request that has just come in, so "waiting for a reply" shows
    // something: the first client still active today, a few hours ago.
    if let Some(client) = ws_clients.iter().find(|c| {
        !c.meta.is_trashed()
            && c.status == ClientStatus::Active
            && window(c, today).is_some_and(|(_, last)| last == today)
    }) {
        let received = now - Duration::hours(rng.range(2, 5));
        let mut request = Interaction::new(client.meta.id, received, now);
        request.meta = meta_at(received, now);
        request.channel = Channel::Chat;
        request.summary = fill(REQUESTS[0], today, "");
        interactions.push(request);
    }
    interactions.sort_by_key(|i| i.received_at);
    responses.sort_by_key(|r| r.date);
    (interactions, responses, deals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::Id;
    use crate::domain::kpi::{self, KpiInputs, Period};
    use crate::domain::sample;
    use crate::domain::workspace::Workspace;
    use chrono::{TimeZone, Utc};
    use std::collections::HashSet;

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn today() -> NaiveDate {
        now().date_naive()
    }

    fn agency() -> Workspace {
        sample::workspace(now())
    }

    type Activity = (Vec<Interaction>, Vec<NpsResponse>, Vec<Deal>);

    fn activity(ws: &Workspace, seed: u64) -> Activity {
        add_activity(&ws.clients, &ws.team, today(), now(), seed)
    }

    /// The activity with every record id replaced, to compare contents.
    fn without_ids((mut i, mut n, mut d): Activity) -> Activity {
        let blank: Id = "00000000-0000-4000-8000-000000000000".parse().unwrap();
        i.iter_mut().for_each(|r| r.meta.id = blank);
        n.iter_mut().for_each(|r| r.meta.id = blank);
        d.iter_mut().for_each(|r| r.meta.id = blank);
        (i, n, d)
    }

    #[test]
    fn the_same_seed_gives_the_same_year() {
        let ws = agency();
        assert_eq!(without_ids(activity(&ws, 7)), without_ids(activity(&ws, 7)));
        assert_ne!(without_ids(activity(&ws, 7)), without_ids(activity(&ws, 8)));
    }

    #[test]
    fn every_generated_record_validates_and_has_a_fresh_id() {
        let ws = agency();
        for seed in 0..20 {
            let (interactions, responses, deals) = activity(&ws, seed);
            for i in &interactions {
                assert_eq!(i.validate(), Ok(()), "{i:?}");
            }
            for r in &responses {
                assert_eq!(r.validate(), Ok(()), "{r:?}");
            }
            for d in &deals {
                assert_eq!(d.validate(), Ok(()), "{d:?}");
            }
            let ids: HashSet<Id> = interactions
                .iter()
                .map(|r| r.meta.id)
                .chain(responses.iter().map(|r| r.meta.id))
                .chain(deals.iter().map(|r| r.meta.id))
                .collect();
            assert_eq!(
                ids.len(),
                interactions.len() + responses.len() + deals.len()
            );
        }
    }

    #[test]
    fn a_realistic_year() {
        let ws = agency();
        let clients: HashSet<Id> = ws.clients.iter().map(|c| c.meta.id).collect();
        let year_ago = today() - Duration::days(365);
        for seed in 0..20 {
            let (interactions, responses, deals) = activity(&ws, seed);
            assert!(
                (100..=400).contains(&interactions.len()),
                "{} interactions",
                interactions.len()
            );
            for i in &interactions {
                assert!(clients.contains(&i.client));
                assert!(i.received_at <= now() && i.received_at.date_naive() > year_ago);
                assert!(i.meta.created_at <= now() && i.meta.updated_at <= now());
                if let Some(time) = i.response_time() {
                    assert!(
                        time >= Duration::minutes(20) && time <= Duration::days(3),
                        "{time}"
                    );
                    assert!(i.responded_at.unwrap() <= now());
                }
            }
            assert!(interactions.iter().any(|i| i.is_open()), "something waits");
            let channels: HashSet<Channel> = interactions.iter().map(|i| i.channel).collect();
            assert_eq!(channels.len(), 4);

            assert!(
                (40..=85).contains(&responses.len()),
                "{} NPS responses",
                responses.len()
            );
            let mostly_high = responses.iter().filter(|r| r.score >= 7).count();
            assert!(mostly_high * 3 >= responses.len() * 2, "mostly 7–10");
            assert!(responses
                .iter()
                .all(|r| r.date <= today() && r.date > year_ago));

            assert!((18..=32).contains(&deals.len()), "{} deals", deals.len());
            let kinds: HashSet<DealKind> = deals.iter().map(|d| d.kind).collect();
            assert_eq!(kinds.len(), 4, "every kind");
            let stages: HashSet<DealStage> = deals.iter().map(|d| d.stage).collect();
            assert!(stages.contains(&DealStage::Won) && stages.contains(&DealStage::Lost));
            assert!(stages.iter().any(|s| !s.is_closed()), "an open pipeline");
            let vnd = deals.iter().filter(|d| d.currency == Currency::VND).count();
            let usd = deals.iter().filter(|d| d.currency == Currency::USD).count();
            assert!(vnd > usd && usd > 0, "{vnd} VND, {usd} USD");
            assert!(deals
                .iter()
                .all(|d| d.closed_on.is_none_or(|c| c <= today())));
        }
    }

    #[test]
    fn activity_stays_inside_each_clients_relationship() {
        let ws = agency();
        let (interactions, responses, deals) = activity(&ws, 1);
        for client in &ws.clients {
            let (first, last) = window(client, today()).unwrap();
            let id = client.meta.id;
            for i in interactions.iter().filter(|i| i.client == id) {
                let day = i.received_at.date_naive();
                assert!(first <= day && day <= last, "{} {day}", client.name);
            }
            for r in responses.iter().filter(|r| r.client == id) {
                assert!(
                    first <= r.date && r.date <= last,
                    "{} {}",
                    client.name,
                    r.date
                );
                assert_ne!(client.status, ClientStatus::Prospect);
            }
            for d in deals.iter().filter(|d| d.client == id) {
                if client.status == ClientStatus::Prospect {
                    assert!(!d.stage.is_closed(), "a prospect has won nothing yet");
                }
                if let Some(closed) = d.closed_on {
                    assert!(closed <= last, "{} {closed}", client.name);
                }
            }
        }
    }

    #[test]
    fn trashed_clients_get_no_activity() {
        let mut ws = agency();
        for client in &mut ws.clients {
            client.meta.deleted_at = Some(now());
        }
        let (interactions, responses, deals) = activity(&ws, 3);
        assert!(interactions.is_empty() && responses.is_empty() && deals.is_empty());
    }

    #[test]
    fn the_dashboard_has_something_to_show() {
        let ws = agency();
        let (interactions, responses, deals) = activity(&ws, 42);
        let inputs = KpiInputs {
            clients: &ws.clients,
            team: &ws.team,
            interactions: &interactions,
            nps: &responses,
            deals: &deals,
            settings: &ws.settings,
        };
        let year = kpi::compute(&inputs, Period::last_12_months(today()), None);
        assert!(year.response_time.mean.is_some());
        assert!(year.nps.score.is_some_and(|s| s > 0), "{:?}", year.nps);
        assert!(
            year.sales.total.is_ok_and(|t| t.minor > 0),
            "{:?}",
            year.sales
        );
        assert!(year.upsell.rate_bp.is_some());
        assert!(year.retention.rate_bp.is_some());
        assert!(kpi::monthly_sales(&inputs, Period::last_12_months(today()), None).is_ok());
    }
}
