//! The dashboard's people table: each account person's figures, found in
//! one pass over each collection. Asking `kpi` once per person walked an
//! agency's 8 000 requests forty times over, most of the dashboard's time.
//! The figures are those of `kpi` with the person as owner (a unit test
//! holds the two equal).

use std::collections::HashMap;

use super::deal::Deal;
use super::fx::Settings;
use super::id::Id;
use super::interaction::Interaction;
use super::kpi::{
    counts_in, is_active_on, nps_of, response_time_of, sales_of, KpiInputs, Nps, Period,
    ResponseTime, Sales,
};
use super::meta::Record;
use super::nps::NpsResponse;

/// One account person's figures over a period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonFigures {
    /// Their clients active on the period's last day.
    pub active_clients: usize,
    pub response_time: ResponseTime,
    pub nps: Nps,
    pub sales: Sales,
}

/// The records of one person's live clients that fall in the period.
#[derive(Default)]
struct PersonRecords<'a> {
    active_clients: usize,
    requests: Vec<&'a Interaction>,
    responses: Vec<&'a NpsResponse>,
    won: Vec<&'a Deal>,
}

/// Every account person's figures over `period`.
pub struct People<'a> {
    settings: &'a Settings,
    by_owner: HashMap<Id, PersonRecords<'a>>,
}

impl<'a> People<'a> {
    pub fn new(inputs: KpiInputs<'a>, period: Period) -> Self {
        let mut by_owner: HashMap<Id, PersonRecords<'a>> = HashMap::new();
        let mut owner_of = HashMap::new();
        for client in inputs.clients.iter().filter(|c| !c.meta.is_trashed()) {
            let Some(owner) = client.account_owner else {
                continue;
            };
            owner_of.insert(client.id(), owner);
            let records = by_owner.entry(owner).or_default();
            records.active_clients += usize::from(is_active_on(client, period.end));
        }
        // Whose figures a record counts in: its client's owner, unless the
        // record is in the trash. Every such owner has an entry by now.
        let owner_of_record = |record: &dyn Record, client: Id| {
            owner_of
                .get(&client)
                .copied()
                .filter(|_| !record.meta().is_trashed())
        };
        for request in inputs.interactions {
            if period.contains(request.received_at.date_naive()) {
                let owner = owner_of_record(request, request.client);
                if let Some(records) = owner.and_then(|o| by_owner.get_mut(&o)) {
                    records.requests.push(request);
                }
            }
        }
        for response in inputs.nps {
            if counts_in(response, period) {
                let owner = owner_of_record(response, response.client);
                if let Some(records) = owner.and_then(|o| by_owner.get_mut(&o)) {
                    records.responses.push(response);
                }
            }
        }
        for deal in inputs.deals {
            if deal.won_on().is_some_and(|on| period.contains(on)) {
                let owner = owner_of_record(deal, deal.client);
                if let Some(records) = owner.and_then(|o| by_owner.get_mut(&o)) {
                    records.won.push(deal);
                }
            }
        }
        People {
            settings: inputs.settings,
            by_owner,
        }
    }

    /// The figures of the person `id`; all zero for someone who owns no
    /// live client.
    pub fn of(&self, id: Id) -> PersonFigures {
        let none = PersonRecords::default();
        let records = self.by_owner.get(&id).unwrap_or(&none);
        PersonFigures {
            active_clients: records.active_clients,
            response_time: response_time_of(records.requests.iter().copied()),
            nps: nps_of(&records.responses),
            sales: sales_of(&records.won, self.settings),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::generator::{generate, Preset};
    use crate::domain::kpi;
    use chrono::{TimeZone, Utc};

    #[test]
    fn each_persons_figures_are_those_of_kpi_with_them_as_owner() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let mut ws = generate(Preset::Agency, 11, now);
        // Records in the trash, a trashed client and a client without an
        // owner must count nowhere, as in `kpi`.
        ws.interactions[0].meta.deleted_at = Some(now);
        ws.deals[0].meta.deleted_at = Some(now);
        ws.clients[1].meta.deleted_at = Some(now);
        ws.clients[2].account_owner = None;
        let inputs = KpiInputs::of(&ws);
        let today = now.date_naive();
        for period in [
            Period::month_of(today),
            Period::last_12_months(today),
            Period::quarter_of(today).previous(),
        ] {
            let people = People::new(inputs, period);
            let mut with_requests = 0;
            for member in &ws.team {
                let id = Some(member.meta.id);
                let figures = people.of(member.meta.id);
                assert_eq!(
                    figures.active_clients,
                    kpi::clients_per_person(&inputs, period, id).active_clients
                );
                assert_eq!(
                    figures.response_time,
                    kpi::response_time(&inputs, period, id)
                );
                assert_eq!(figures.nps, kpi::nps(&inputs, period, id));
                assert_eq!(figures.sales, kpi::sales(&inputs, period, id));
                with_requests += usize::from(figures.response_time.answered > 0);
            }
            assert!(with_requests > 10, "the comparison covers real figures");
        }
    }
}
