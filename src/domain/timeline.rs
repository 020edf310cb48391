//! The client timeline: everything about one client — requests, deals, NPS
//! responses, briefs, budgets, competitor reviews, contact reports and WIP
//! items — as dated entries, newest first, grouped by month.
//!
//! Entries carry typed details (a channel, a stage, a score), never text:
//! the domain has no language, the page words them.

use chrono::{Datelike, Duration, NaiveDate};

use super::brief::BriefStatus;
use super::contact_report::ReportStatus;
use super::deal::{DealKind, DealStage};
use super::id::Id;
use super::interaction::Channel;
use super::meta::Timestamp;
use super::money::Money;
use super::nps::NpsCategory;
use super::wip::WipStatus;
use super::workspace::Workspace;

/// What an entry is, for its icon, its label and the timeline's filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    Request,
    Deal,
    Nps,
    Brief,
    Budget,
    Review,
    ContactReport,
    Wip,
}

impl EntryKind {
    pub const ALL: [EntryKind; 8] = [
        EntryKind::Request,
        EntryKind::Deal,
        EntryKind::Nps,
        EntryKind::Brief,
        EntryKind::Budget,
        EntryKind::Review,
        EntryKind::ContactReport,
        EntryKind::Wip,
    ];
}

/// The record an entry opens, for the kinds that have a page of their own.
/// Requests, NPS responses and deals live on the client page itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Brief(Id),
    Budget(Id),
    Review(Id),
    ContactReport(Id),
    WipItem(Id),
}

/// The facts shown beside an entry's title, by kind.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Detail {
    /// `response_time` is `None` while the request waits for a reply.
    Request {
        channel: Channel,
        response_time: Option<Duration>,
    },
    Deal {
        kind: DealKind,
        stage: DealStage,
        value: Money,
    },
    Nps {
        score: u8,
        category: Option<NpsCategory>,
    },
    Brief {
        status: BriefStatus,
    },
    Budget {
        start: NaiveDate,
        end: NaiveDate,
    },
    Review {
        start: NaiveDate,
        end: NaiveDate,
    },
    ContactReport {
        status: ReportStatus,
    },
    Wip {
        status: WipStatus,
        due: Option<NaiveDate>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The record's id: unique across the timeline (ids are UUIDs).
    pub id: Id,
    /// The day the entry sits on; see [`client_timeline`] for each kind's.
    pub date: NaiveDate,
    /// Orders entries of the same day: when the request came in, otherwise
    /// when the record was made.
    pub at: Timestamp,
    pub kind: EntryKind,
    /// The record's own words (summary, title, campaign, job); may be empty,
    /// and the page then names the entry by its kind.
    pub title: String,
    pub detail: Detail,
    pub target: Option<Target>,
}

/// Every record of `client` outside the trash, newest first.
///
/// The day of each kind: a request on the day it was received; a won or lost
/// deal on the day it closed, an open one on the day it was entered; an NPS
/// response on its date; a brief on the day it was received; a budget on its
/// campaign's first day; a review on its period's first day; a contact report
/// on the meeting day; a WIP item on the day it was made. Moments become days
/// through `local_date`, the viewer's calendar (the domain has no time zone).
/// Same day: the later moment first, then by kind, then by id, so the order
/// never changes between two renders.
pub fn client_timeline(
    ws: &Workspace,
    client: Id,
    local_date: impl Fn(Timestamp) -> NaiveDate,
) -> Vec<Entry> {
    let mine = |c: Id, deleted: bool| c == client && !deleted;
    let mut entries = Vec::new();
    for i in &ws.interactions {
        if mine(i.client, i.meta.is_trashed()) {
            entries.push(Entry {
                id: i.meta.id,
                date: local_date(i.received_at),
                at: i.received_at,
                kind: EntryKind::Request,
                title: i.summary.clone(),
                detail: Detail::Request {
                    channel: i.channel,
                    response_time: i.response_time(),
                },
                target: None,
            });
        }
    }
    for d in &ws.deals {
        if mine(d.client, d.meta.is_trashed()) {
            let closed = d.closed_on.filter(|_| d.stage.is_closed());
            entries.push(Entry {
                id: d.meta.id,
                date: closed.unwrap_or_else(|| local_date(d.meta.created_at)),
                at: d.meta.created_at,
                kind: EntryKind::Deal,
                title: d.title.clone(),
                detail: Detail::Deal {
                    kind: d.kind,
                    stage: d.stage,
                    value: d.money(),
                },
                target: None,
            });
        }
    }
    for r in &ws.nps {
        if mine(r.client, r.meta.is_trashed()) {
            entries.push(Entry {
                id: r.meta.id,
                date: r.date,
                at: r.meta.created_at,
                kind: EntryKind::Nps,
                title: r.respondent.clone(),
                detail: Detail::Nps {
                    score: r.score,
                    category: r.category(),
                },
                target: None,
            });
        }
    }
    for b in &ws.briefs {
        if mine(b.client, b.meta.is_trashed()) {
            entries.push(Entry {
                id: b.meta.id,
                date: b.received_on,
                at: b.meta.created_at,
                kind: EntryKind::Brief,
                title: b.title.clone(),
                detail: Detail::Brief { status: b.status },
                target: Some(Target::Brief(b.meta.id)),
            });
        }
    }
    for b in &ws.budgets {
        if mine(b.client, b.meta.is_trashed()) {
            entries.push(Entry {
                id: b.meta.id,
                date: b.start,
                at: b.meta.created_at,
                kind: EntryKind::Budget,
                title: b.campaign.clone(),
                detail: Detail::Budget {
                    start: b.start,
                    end: b.end,
                },
                target: Some(Target::Budget(b.meta.id)),
            });
        }
    }
    for r in &ws.reviews {
        if mine(r.client, r.meta.is_trashed()) {
            entries.push(Entry {
                id: r.meta.id,
                date: r.period_start,
                at: r.meta.created_at,
                kind: EntryKind::Review,
                title: r.title.clone(),
                detail: Detail::Review {
                    start: r.period_start,
                    end: r.period_end,
                },
                target: Some(Target::Review(r.meta.id)),
            });
        }
    }
    for r in &ws.contact_reports {
        if mine(r.client, r.meta.is_trashed()) {
            entries.push(Entry {
                id: r.meta.id,
                date: r.meeting_date,
                at: r.meta.created_at,
                kind: EntryKind::ContactReport,
                // The purpose's first line: a report has no title of its own.
                title: r
                    .purpose
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
                detail: Detail::ContactReport { status: r.status },
                target: Some(Target::ContactReport(r.meta.id)),
            });
        }
    }
    for w in &ws.wip {
        if mine(w.client, w.meta.is_trashed()) {
            entries.push(Entry {
                id: w.meta.id,
                date: local_date(w.meta.created_at),
                at: w.meta.created_at,
                kind: EntryKind::Wip,
                title: w.job.clone(),
                detail: Detail::Wip {
                    status: w.status,
                    due: w.due,
                },
                target: Some(Target::WipItem(w.meta.id)),
            });
        }
    }
    entries.sort_by(|a, b| {
        (b.date, b.at)
            .cmp(&(a.date, a.at))
            .then(a.kind.cmp(&b.kind))
            .then(a.id.cmp(&b.id))
    });
    entries
}

/// The entries of one kind, or all of them with `None`.
pub fn of_kind(entries: &[Entry], kind: Option<EntryKind>) -> Vec<Entry> {
    entries
        .iter()
        .filter(|e| kind.is_none_or(|k| e.kind == k))
        .cloned()
        .collect()
}

/// A calendar month's entries, for a heading per month.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Month {
    pub year: i32,
    /// 1–12.
    pub month: u32,
    pub entries: Vec<Entry>,
}

/// Cuts a timeline (already in order) into months, keeping the order.
pub fn by_month(entries: Vec<Entry>) -> Vec<Month> {
    let mut months: Vec<Month> = Vec::new();
    for entry in entries {
        let (year, month) = (entry.date.year(), entry.date.month());
        match months.last_mut() {
            Some(last) if last.year == year && last.month == month => last.entries.push(entry),
            _ => months.push(Month {
                year,
                month,
                entries: vec![entry],
            }),
        }
    }
    months
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::brief::Brief;
    use crate::domain::budget::Budget;
    use crate::domain::contact_report::ContactReport;
    use crate::domain::deal::Deal;
    use crate::domain::interaction::Interaction;
    use crate::domain::nps::NpsResponse;
    use crate::domain::review::CompetitorReview;
    use crate::domain::wip::WipItem;
    use crate::domain::{Client, Currency};
    use chrono::{TimeZone, Utc};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn at(m: u32, d: u32, hour: u32) -> Timestamp {
        Utc.with_ymd_and_hms(2026, m, d, hour, 0, 0).unwrap()
    }

    /// The UTC calendar, standing in for the viewer's.
    fn utc_day(t: Timestamp) -> NaiveDate {
        t.date_naive()
    }

    fn client(ws: &mut Workspace, name: &str) -> Id {
        let mut c = Client::new(at(1, 1, 0));
        c.name = name.into();
        let id = c.meta.id;
        ws.save_client(c, at(1, 1, 0)).unwrap();
        id
    }

    struct Ids {
        request: Id,
        deal: Id,
        nps: Id,
        brief: Id,
        budget: Id,
        review: Id,
        report: Id,
        wip: Id,
    }

    /// One record of every kind for `c`, each on its own day.
    fn one_of_each(ws: &mut Workspace, c: Id) -> Ids {
        let now = at(11, 30, 9);
        let mut request = Interaction::new(c, at(11, 20, 9), at(11, 20, 9));
        request.summary = "Báo giá TikTok Q1".into();
        request.channel = Channel::Phone;
        request.mark_replied(at(11, 20, 11), at(11, 20, 11));
        let mut deal = Deal::new(c, Currency::VND, at(10, 1, 8));
        deal.title = "Upsell KOL Tết".into();
        deal.kind = DealKind::Upsell;
        deal.value = 500_000_000;
        deal.set_stage(DealStage::Won, day(11, 25));
        let mut nps = NpsResponse::new(c, day(11, 10), 9, now);
        nps.respondent = "Chị Lan".into();
        let mut brief = Brief::new(c, day(10, 15), now);
        brief.title = "Tết 2027".into();
        let mut budget = Budget::new(c, day(12, 1), day(12, 31), Currency::VND, now);
        budget.campaign = "Tết 2027".into();
        let mut review = CompetitorReview::new(c, day(9, 1), Currency::VND, now);
        review.title = "Coffee chains 2026".into();
        let mut report = ContactReport::new(c, day(11, 5), now);
        report.purpose = "  Duyệt KV\nvà media plan".into();
        let mut wip = WipItem::new(c, at(11, 3, 2));
        wip.job = "Key visual".into();
        let ids = Ids {
            request: request.meta.id,
            deal: deal.meta.id,
            nps: nps.meta.id,
            brief: brief.meta.id,
            budget: budget.meta.id,
            review: review.meta.id,
            report: report.meta.id,
            wip: wip.meta.id,
        };
        ws.save_record(request, now).unwrap();
        ws.save_record(deal, now).unwrap();
        ws.save_record(nps, now).unwrap();
        ws.save_record(brief, now).unwrap();
        ws.save_budget(budget, now).unwrap();
        ws.save_review(review, now).unwrap();
        ws.save_report(report, now).unwrap();
        // Saving stamps `created_at`, the day a WIP item sits on.
        ws.save_wip(wip, at(11, 3, 2)).unwrap();
        ids
    }

    #[test]
    fn every_kind_of_record_is_on_the_timeline_newest_first() {
        let mut ws = Workspace::default();
        let c = client(&mut ws, "Lotus Coffee");
        let ids = one_of_each(&mut ws, c);
        let timeline = client_timeline(&ws, c, utc_day);
        let order: Vec<(EntryKind, NaiveDate)> =
            timeline.iter().map(|e| (e.kind, e.date)).collect();
        assert_eq!(
            order,
            [
                (EntryKind::Budget, day(12, 1)),
                (EntryKind::Deal, day(11, 25)),
                (EntryKind::Request, day(11, 20)),
                (EntryKind::Nps, day(11, 10)),
                (EntryKind::ContactReport, day(11, 5)),
                (EntryKind::Wip, day(11, 3)),
                (EntryKind::Brief, day(10, 15)),
                (EntryKind::Review, day(9, 1)),
            ]
        );
        let targets: Vec<Option<Target>> = timeline.iter().map(|e| e.target).collect();
        assert_eq!(
            targets,
            [
                Some(Target::Budget(ids.budget)),
                None,
                None,
                None,
                Some(Target::ContactReport(ids.report)),
                Some(Target::WipItem(ids.wip)),
                Some(Target::Brief(ids.brief)),
                Some(Target::Review(ids.review)),
            ]
        );
        let ids_in_order: Vec<Id> = timeline.iter().map(|e| e.id).collect();
        assert_eq!(
            ids_in_order,
            [
                ids.budget,
                ids.deal,
                ids.request,
                ids.nps,
                ids.report,
                ids.wip,
                ids.brief,
                ids.review
            ]
        );
    }

    #[test]
    fn entries_carry_their_title_and_typed_details() {
        let mut ws = Workspace::default();
        let c = client(&mut ws, "Lotus Coffee");
        one_of_each(&mut ws, c);
        let timeline = client_timeline(&ws, c, utc_day);
        let find = |kind| timeline.iter().find(|e| e.kind == kind).unwrap();
        let request = find(EntryKind::Request);
        assert_eq!(request.title, "Báo giá TikTok Q1");
        assert_eq!(
            request.detail,
            Detail::Request {
                channel: Channel::Phone,
                response_time: Some(Duration::hours(2)),
            }
        );
        assert_eq!(
            find(EntryKind::Deal).detail,
            Detail::Deal {
                kind: DealKind::Upsell,
                stage: DealStage::Won,
                value: Money::new(500_000_000, Currency::VND),
            }
        );
        let nps = find(EntryKind::Nps);
        assert_eq!(nps.title, "Chị Lan");
        assert_eq!(
            nps.detail,
            Detail::Nps {
                score: 9,
                category: Some(NpsCategory::Promoter)
            }
        );
        assert_eq!(find(EntryKind::ContactReport).title, "Duyệt KV");
        assert_eq!(find(EntryKind::Budget).title, "Tết 2027");
        assert_eq!(
            find(EntryKind::Review).detail,
            Detail::Review {
                start: day(9, 1),
                end: NaiveDate::from_ymd_opt(2027, 8, 31).unwrap()
            }
        );
        assert_eq!(
            find(EntryKind::Wip).detail,
            Detail::Wip {
                status: WipStatus::Briefed,
                due: None
            }
        );
    }

    #[test]
    fn other_clients_and_the_trash_stay_off() {
        let mut ws = Workspace::default();
        let c = client(&mut ws, "Lotus Coffee");
        let other = client(&mut ws, "Mekong Dairy");
        let ids = one_of_each(&mut ws, c);
        one_of_each(&mut ws, other);
        let now = at(12, 1, 0);
        ws.trash_record::<Interaction>(ids.request, now).unwrap();
        ws.trash_record::<Deal>(ids.deal, now).unwrap();
        ws.trash_record::<NpsResponse>(ids.nps, now).unwrap();
        ws.trash_record::<Brief>(ids.brief, now).unwrap();
        ws.trash_budget(ids.budget, now).unwrap();
        ws.trash_review(ids.review, now).unwrap();
        ws.trash_record::<ContactReport>(ids.report, now).unwrap();
        ws.trash_record::<WipItem>(ids.wip, now).unwrap();
        assert_eq!(client_timeline(&ws, c, utc_day), []);
        assert_eq!(client_timeline(&ws, other, utc_day).len(), 8);
        assert_eq!(client_timeline(&ws, Id::new_v4(), utc_day), []);
    }

    #[test]
    fn an_open_deal_sits_on_the_day_it_was_entered_a_closed_one_on_its_close() {
        let mut ws = Workspace::default();
        let c = client(&mut ws, "Lotus Coffee");
        let mut deal = Deal::new(c, Currency::USD, at(10, 2, 23));
        deal.title = "Renewal 2027".into();
        deal.set_stage(DealStage::Negotiation, day(11, 1));
        // An open deal's stray close date (tolerated, ignored) does not place it.
        deal.closed_on = Some(day(6, 1));
        let id = deal.meta.id;
        ws.save_record(deal, at(10, 2, 23)).unwrap();
        let local_plus_7 = |t: Timestamp| (t + Duration::hours(7)).date_naive();
        assert_eq!(client_timeline(&ws, c, local_plus_7)[0].date, day(10, 3));
        let mut deal = ws.record::<Deal>(id).unwrap().clone();
        deal.closed_on = None;
        deal.set_stage(DealStage::Lost, day(11, 28));
        ws.save_record(deal, at(11, 28, 9)).unwrap();
        assert_eq!(client_timeline(&ws, c, local_plus_7)[0].date, day(11, 28));
    }

    #[test]
    fn the_same_day_puts_the_later_moment_first() {
        let mut ws = Workspace::default();
        let c = client(&mut ws, "Lotus Coffee");
        let early = Interaction::new(c, at(11, 20, 8), at(11, 20, 8));
        let late = Interaction::new(c, at(11, 20, 16), at(11, 20, 16));
        let nps = NpsResponse::new(c, day(11, 20), 7, at(11, 20, 12));
        let (early_id, late_id, nps_id) = (early.meta.id, late.meta.id, nps.meta.id);
        // Saving stamps `created_at`: the NPS response was entered at noon.
        for request in [early, late] {
            ws.save_record(request, at(11, 20, 17)).unwrap();
        }
        ws.save_record(nps, at(11, 20, 12)).unwrap();
        let ids: Vec<Id> = client_timeline(&ws, c, utc_day)
            .iter()
            .map(|e| e.id)
            .collect();
        assert_eq!(ids, [late_id, nps_id, early_id]);
    }

    #[test]
    fn a_kind_filter_and_month_headings_keep_the_order() {
        let mut ws = Workspace::default();
        let c = client(&mut ws, "Lotus Coffee");
        one_of_each(&mut ws, c);
        let timeline = client_timeline(&ws, c, utc_day);
        assert_eq!(of_kind(&timeline, None), timeline);
        let deals = of_kind(&timeline, Some(EntryKind::Deal));
        assert_eq!(deals.len(), 1);
        assert_eq!(deals[0].kind, EntryKind::Deal);
        let months: Vec<(i32, u32, usize)> = by_month(timeline)
            .iter()
            .map(|m| (m.year, m.month, m.entries.len()))
            .collect();
        assert_eq!(
            months,
            [(2026, 12, 1), (2026, 11, 5), (2026, 10, 1), (2026, 9, 1)]
        );
        assert_eq!(by_month(Vec::new()), []);
    }
}
