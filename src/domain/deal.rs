//! Deals: the agency's sales pipeline per client — new business, renewals,
//! upsells and cross-sells — from brief to won or lost. Won deals are the
//! source of the *sales* and *upsell/cross-sell rate* KPIs.
//!
//! The close date rule: a won or lost deal must say when it closed
//! (`closed_on` is required), because the KPIs place a deal in a period by
//! that date. An open deal may still carry a `closed_on` (say, a lost deal
//! that was reopened, imported from a colleague's file); it is tolerated and
//! ignored — nothing reads the close date of an open deal — and
//! [`Deal::set_stage`] clears it when a deal is reopened.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::budget::MAX_AMOUNT;
use super::id::Id;
use super::meta::{Meta, Record, Timestamp};
use super::money::{Currency, Money};
use super::validation::{Checker, FieldError, Problem};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum DealKind {
    #[default]
    NewBusiness,
    Renewal,
    Upsell,
    CrossSell,
}

impl DealKind {
    pub const ALL: [DealKind; 4] = [
        DealKind::NewBusiness,
        DealKind::Renewal,
        DealKind::Upsell,
        DealKind::CrossSell,
    ];

    /// More work from an existing client: what the upsell/cross-sell rate counts.
    pub fn is_upsell_or_cross_sell(self) -> bool {
        matches!(self, DealKind::Upsell | DealKind::CrossSell)
    }
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum DealStage {
    #[default]
    Brief,
    Proposal,
    Negotiation,
    Won,
    Lost,
}

impl DealStage {
    pub const ALL: [DealStage; 5] = [
        DealStage::Brief,
        DealStage::Proposal,
        DealStage::Negotiation,
        DealStage::Won,
        DealStage::Lost,
    ];

    /// Won or lost: the deal has a close date.
    pub fn is_closed(self) -> bool {
        matches!(self, DealStage::Won | DealStage::Lost)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deal {
    pub meta: Meta,
    pub client: Id,
    pub title: String,
    #[serde(default)]
    pub kind: DealKind,
    /// Minor units of `currency`; never negative.
    #[serde(default)]
    pub value: i64,
    #[serde(default)]
    pub currency: Currency,
    #[serde(default)]
    pub stage: DealStage,
    #[serde(default, deserialize_with = "super::time_text::deserialize_option")]
    pub expected_close: Option<NaiveDate>,
    /// Required once won or lost; see the module documentation.
    #[serde(default, deserialize_with = "super::time_text::deserialize_option")]
    pub closed_on: Option<NaiveDate>,
}

impl Deal {
    pub fn new(client: Id, currency: Currency, now: Timestamp) -> Self {
        Self {
            meta: Meta::new(now),
            client,
            title: String::new(),
            kind: DealKind::default(),
            value: 0,
            currency,
            stage: DealStage::default(),
            expected_close: None,
            closed_on: None,
        }
    }

    pub fn money(&self) -> Money {
        Money::new(self.value, self.currency)
    }

    pub fn is_won(&self) -> bool {
        self.stage == DealStage::Won
    }

    /// The date the deal was won, if it was.
    pub fn won_on(&self) -> Option<NaiveDate> {
        self.closed_on.filter(|_| self.is_won())
    }

    /// Moves the deal to `stage`, keeping the close date rule: closing sets
    /// `closed_on` to `today` unless a date is already there (a back-dated
    /// close); reopening clears it. Does not touch `meta` — the save does.
    pub fn set_stage(&mut self, stage: DealStage, today: NaiveDate) {
        self.stage = stage;
        if stage.is_closed() {
            self.closed_on.get_or_insert(today);
        } else {
            self.closed_on = None;
        }
    }

    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut check = Checker::default();
        check.required("title", &self.title);
        if self.value > MAX_AMOUNT {
            check.push("value", Problem::AmountTooLarge);
        } else if self.value < 0 {
            check.push("value", Problem::Negative);
        }
        check.optional_date("expected_close", self.expected_close);
        check.optional_date("closed_on", self.closed_on);
        if self.stage.is_closed() && self.closed_on.is_none() {
            check.push("closed_on", Problem::Required);
        }
        check.finish()
    }
}

impl Record for Deal {
    fn meta(&self) -> &Meta {
        &self.meta
    }
    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn deal() -> Deal {
        let mut deal = Deal::new(
            Id::new_v4(),
            Currency::VND,
            Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
        );
        deal.title = "Retainer 2027".into();
        deal
    }

    #[test]
    fn a_deal_needs_a_title_and_a_sensible_value() {
        let mut deal = deal();
        deal.title = " ".into();
        deal.value = -1;
        assert_eq!(
            deal.validate().unwrap_err(),
            [
                FieldError::new("title", Problem::Required),
                FieldError::new("value", Problem::Negative),
            ]
        );
        deal.title = "Tết 2027".into();
        deal.value = MAX_AMOUNT + 1;
        assert_eq!(
            deal.validate().unwrap_err(),
            [FieldError::new("value", Problem::AmountTooLarge)]
        );
        deal.value = MAX_AMOUNT;
        assert_eq!(deal.validate(), Ok(()));
        deal.value = 0;
        assert_eq!(deal.validate(), Ok(()));
    }

    #[test]
    fn won_and_lost_deals_need_a_close_date() {
        for stage in [DealStage::Won, DealStage::Lost] {
            let mut deal = deal();
            deal.stage = stage;
            assert_eq!(
                deal.validate().unwrap_err(),
                [FieldError::new("closed_on", Problem::Required)]
            );
            deal.closed_on = Some(d(2026, 11, 20));
            assert_eq!(deal.validate(), Ok(()));
        }
        // Tolerated on an open deal, and ignored.
        let mut open = deal();
        open.closed_on = Some(d(2026, 11, 20));
        assert_eq!(open.validate(), Ok(()));
        assert_eq!(open.won_on(), None);
    }

    #[test]
    fn set_stage_keeps_the_close_date_rule() {
        let mut deal = deal();
        deal.set_stage(DealStage::Negotiation, d(2026, 11, 1));
        assert_eq!(deal.closed_on, None);
        deal.set_stage(DealStage::Won, d(2026, 11, 23));
        assert_eq!(deal.won_on(), Some(d(2026, 11, 23)));
        // A back-dated close date is kept.
        deal.set_stage(DealStage::Lost, d(2026, 11, 30));
        assert_eq!(deal.closed_on, Some(d(2026, 11, 23)));
        assert_eq!(deal.won_on(), None);
        deal.set_stage(DealStage::Proposal, d(2026, 12, 1));
        assert_eq!(deal.closed_on, None);
        assert_eq!(deal.validate(), Ok(()));
    }

    #[test]
    fn upsell_and_cross_sell_are_the_expansion_kinds() {
        let expansion: Vec<_> = DealKind::ALL
            .into_iter()
            .filter(|k| k.is_upsell_or_cross_sell())
            .collect();
        assert_eq!(expansion, [DealKind::Upsell, DealKind::CrossSell]);
        assert_eq!(
            serde_json::to_string(&DealKind::CrossSell).unwrap(),
            "\"cross_sell\""
        );
        assert_eq!(
            serde_json::to_string(&DealStage::Negotiation).unwrap(),
            "\"negotiation\""
        );
    }

    #[test]
    fn optional_fields_may_be_missing_from_a_file() {
        let deal = deal();
        let mut json = serde_json::to_value(&deal).unwrap();
        let object = json.as_object_mut().unwrap();
        for key in [
            "kind",
            "value",
            "currency",
            "stage",
            "expected_close",
            "closed_on",
        ] {
            object.remove(key);
        }
        assert_eq!(serde_json::from_value::<Deal>(json).unwrap(), deal);
        assert_eq!(deal.money(), Money::zero(Currency::VND));
    }
}
