//! The sample agency's paper trail: briefs, contact reports and the WIP
//! that came out of them, dated around "now" so flags and the weekly report
//! have something to show on first look.

use chrono::Duration;

use super::brief::{Brief, BriefStatus};
use super::contact_report::{ActionItem, ContactReport, Owner, ReportStatus};
use super::id::Id;
use super::meta::Timestamp;
use super::wip::{Department, WipItem, WipStatus};
use super::workspace::Workspace;

/// Adds the records to `ws`, whose first clients and team are the sample's.
pub fn add(ws: &mut Workspace, now: Timestamp) {
    let today = now.date_naive();
    let days = Duration::days;
    let team: Vec<Id> = ws.team.iter().map(|m| m.meta.id).collect();
    let client_at = |i: usize| ws.clients[i].meta.id;
    let contacts: Vec<Vec<Id>> = ws
        .clients
        .iter()
        .map(|c| c.contacts.iter().map(|p| p.id).collect())
        .collect();
    let contact_at = |i: usize, j: usize| contacts[i].get(j).copied();
    let (lotus, dong_xanh, motors) = (client_at(1), client_at(0), client_at(5));

    // Lotus Coffee: a brief in work, the kick-off meeting and its WIP.
    let mut brief = Brief::new(lotus, today - days(12), now);
    brief.title = "Khai trương 12 cửa hàng Đà Nẵng".into();
    brief.background = "Lotus Coffee mở 12 cửa hàng mới ở Đà Nẵng trong quý 1/2027.".into();
    brief.objectives =
        "Tạo nhận biết tại Đà Nẵng; 20.000 lượt check-in trong tháng khai trương.".into();
    brief.target_audience = "Nhân viên văn phòng và sinh viên 18–30 tuổi ở Đà Nẵng.".into();
    brief.key_message = "Cà phê Việt, chuẩn vị, ngay góc phố bạn.".into();
    brief.deliverables =
        "Key visual khai trương\n3 video TikTok 15s\nKế hoạch media tháng 1\nSự kiện khai trương"
            .into();
    brief.mandatories = "Logo mới; không dùng hình ảnh đối thủ.".into();
    brief.budget_range = "1,5–2 tỷ đồng".into();
    brief.deadline = Some(today + days(38));
    brief.success_kpis = "20.000 check-in; 2 triệu lượt xem video; CPV dưới 250 đ.".into();
    brief.status = BriefStatus::Accepted;
    let brief_id = brief.meta.id;
    ws.save_record(brief, now)
        .expect("the sample brief is valid");
    let _ = ws.start_work(brief_id, None, now);
    for (i, item) in ws.wip.iter_mut().enumerate() {
        item.owner = Some(team[[3, 4, 6, 2][i % 4]]);
        item.due = Some(today + days([4, 9, 16, 30][i % 4]));
        if i == 0 {
            item.set_status(WipStatus::ClientReview, now - days(2));
            item.next_step = "Chờ chị Trang duyệt KV lần 2".into();
        }
        if i == 1 {
            item.set_status(WipStatus::InProgress, now - days(1));
            item.next_step = "Quay tại cửa hàng Hải Châu".into();
        }
    }

    let mut kickoff = ContactReport::new(lotus, today - days(9), now);
    kickoff.place = "Văn phòng Lotus Coffee, Quận 1".into();
    kickoff.purpose = "Kick-off chiến dịch khai trương Đà Nẵng".into();
    kickoff.client_attendees = contact_at(1, 0)
        .into_iter()
        .chain(contact_at(1, 1))
        .collect();
    kickoff.agency_attendees = vec![team[1], team[3]];
    kickoff.agreements = vec![
        "Khai trương đồng loạt ngày 15/1; KV duyệt trước 10/12.".into(),
        "Ngân sách media tối đa 1,2 tỷ, ưu tiên TikTok và Facebook.".into(),
        "Lotus gửi danh sách địa chỉ 12 cửa hàng trong tuần.".into(),
    ];
    let mut send_list = ActionItem::new();
    send_list.what = "Gửi danh sách 12 cửa hàng và giờ mở cửa".into();
    send_list.owner = contact_at(1, 1).map(Owner::Contact);
    send_list.side = super::contact_report::Side::Client;
    send_list.due = Some(today - days(5));
    send_list.done = true;
    let mut kol = ActionItem::new();
    kol.what = "Đề xuất 5 KOL ẩm thực Đà Nẵng".into();
    kol.owner = Some(Owner::Member(team[4]));
    kol.due = Some(today - days(1));
    kickoff.action_items = vec![send_list, kol];
    kickoff.next_meeting = Some(today + days(5));
    kickoff.set_status(ReportStatus::Sent, today - days(8));
    kickoff.set_status(ReportStatus::Acknowledged, today - days(7));
    let (kickoff_id, kol_id) = (kickoff.meta.id, kickoff.action_items[1].id);
    ws.save_report(kickoff, now)
        .expect("the sample report is valid");
    let _ = ws.action_to_wip(kickoff_id, kol_id, now);

    // Sữa Đồng Xanh: a monthly review written yesterday, not sent yet.
    let mut monthly = ContactReport::new(dong_xanh, today - days(1), now);
    monthly.place = "Google Meet".into();
    monthly.purpose = "Họp báo cáo tháng 11".into();
    monthly.client_attendees = contact_at(0, 0).into_iter().collect();
    monthly.agency_attendees = vec![team[1]];
    monthly.agreements = vec![
        "Giữ ngân sách tháng 12 như tháng 11.".into(),
        "Thêm một bài đăng về sữa hạt mỗi tuần.".into(),
    ];
    let mut calendar = ActionItem::new();
    calendar.what = "Gửi lịch nội dung tháng 12".into();
    calendar.owner = Some(Owner::Member(team[2]));
    calendar.due = Some(today + days(3));
    monthly.action_items = vec![calendar];
    ws.save_report(monthly, now)
        .expect("the sample report is valid");

    // Saigon Motors: a fresh brief and an overdue WIP item.
    let mut pitch = Brief::new(motors, today - days(2), now);
    pitch.title = "Pitch ra mắt xe máy điện Volt S".into();
    pitch.objectives = "Thắng pitch; định vị Volt S là xe điện đô thị đáng tin cậy.".into();
    pitch.deliverables = "Chiến lược truyền thông\nÝ tưởng sáng tạo\nKế hoạch media".into();
    pitch.deadline = Some(today + days(12));
    pitch.status = BriefStatus::Clarifying;
    ws.save_record(pitch, now)
        .expect("the sample brief is valid");
    let mut deck = WipItem::new(motors, now - days(10));
    deck.job = "Credentials deck cho Saigon Motors".into();
    deck.department = Department::Account;
    deck.owner = Some(team[2]);
    deck.due = Some(today - days(2));
    deck.status = WipStatus::InternalReview;
    deck.next_step = "Anh Bảo chỉnh phần case study".into();
    ws.save_wip(deck, now - days(10))
        .expect("the sample WIP item is valid");
}

#[cfg(test)]
mod tests {
    use crate::domain::sample;
    use chrono::{TimeZone, Utc};

    #[test]
    fn the_sample_paper_trail_is_valid_and_linked() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let ws = sample::workspace(now);
        assert_eq!(ws.validate(), Ok(()));
        assert_eq!(ws.briefs.len(), 2);
        assert_eq!(ws.contact_reports.len(), 2);
        assert_eq!(
            ws.wip.len(),
            6,
            "4 deliverables, 1 action item, 1 on its own"
        );
        let today = now.date_naive();
        assert!(ws.wip.iter().any(|w| w.flags(today).overdue));
        assert!(ws.wip.iter().any(|w| w.flags(today).due_this_week));
        // The dashboard's "this month" has NPS answers on first look.
        let month = crate::domain::kpi::Period::month_of(today);
        assert!(ws.nps.iter().any(|r| month.contains(r.date)));
        let linked = ws.contact_reports[0].action_items[1].wip_item;
        assert!(linked.is_some_and(|id| ws.wip.iter().any(|w| w.meta.id == id)));
    }
}
