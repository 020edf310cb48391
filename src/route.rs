//! Hash routes (`#/clients/<id>`): they survive a reload on any static host
//! and when the app is opened from a file, where paths cannot be rewritten.

use crate::domain::Id;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The KPI dashboard: the start page once there is data.
    Dashboard,
    Clients,
    NewClient,
    Client(Id),
    EditClient(Id),
    /// The client form with a new, empty contact ready to type into.
    NewContact(Id),
    Budgets,
    /// A new budget, for a chosen client when one is given.
    NewBudget(Option<Id>),
    Budget(Id),
    EditBudget(Id),
    Reviews,
    /// A new competitor review, for a chosen client when one is given.
    NewReview(Option<Id>),
    Review(Id),
    Present(Id),
    Briefs,
    /// A new brief, for a chosen client when one is given.
    NewBrief(Option<Id>),
    Brief(Id),
    /// The project summary report of a brief's campaign, for the client.
    Summary(Id),
    ContactReports,
    NewContactReport(Option<Id>),
    ContactReport(Id),
    /// The WIP table across clients.
    Wip,
    /// The WIP as a board by status.
    WipBoard,
    /// The weekly WIP report.
    WipWeekly,
    NewWipItem(Option<Id>),
    WipItem(Id),
    Team,
    Data,
    NotFound,
}

impl Route {
    /// Reads `location.hash`; an empty hash is the start page.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_matches('/');
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] | ["clients"] => Route::Clients,
            ["dashboard"] => Route::Dashboard,
            ["clients", "new"] => Route::NewClient,
            ["clients", id] => id.parse().map_or(Route::NotFound, Route::Client),
            ["clients", id, "edit"] => id.parse().map_or(Route::NotFound, Route::EditClient),
            ["clients", id, "contacts", "new"] => {
                id.parse().map_or(Route::NotFound, Route::NewContact)
            }
            ["clients", id, "budgets", "new"] => id
                .parse()
                .map_or(Route::NotFound, |id| Route::NewBudget(Some(id))),
            ["clients", id, "reviews", "new"] => id
                .parse()
                .map_or(Route::NotFound, |id| Route::NewReview(Some(id))),
            ["reviews"] => Route::Reviews,
            ["reviews", "new"] => Route::NewReview(None),
            ["reviews", id] => id.parse().map_or(Route::NotFound, Route::Review),
            ["reviews", id, "present"] => id.parse().map_or(Route::NotFound, Route::Present),
            ["budgets"] => Route::Budgets,
            ["budgets", "new"] => Route::NewBudget(None),
            ["budgets", id] => id.parse().map_or(Route::NotFound, Route::Budget),
            ["budgets", id, "edit"] => id.parse().map_or(Route::NotFound, Route::EditBudget),
            ["clients", id, "briefs", "new"] => id
                .parse()
                .map_or(Route::NotFound, |id| Route::NewBrief(Some(id))),
            ["clients", id, "reports", "new"] => id
                .parse()
                .map_or(Route::NotFound, |id| Route::NewContactReport(Some(id))),
            ["clients", id, "wip", "new"] => id
                .parse()
                .map_or(Route::NotFound, |id| Route::NewWipItem(Some(id))),
            ["briefs"] => Route::Briefs,
            ["briefs", "new"] => Route::NewBrief(None),
            ["briefs", id] => id.parse().map_or(Route::NotFound, Route::Brief),
            ["briefs", id, "summary"] => id.parse().map_or(Route::NotFound, Route::Summary),
            ["reports"] => Route::ContactReports,
            ["reports", "new"] => Route::NewContactReport(None),
            ["reports", id] => id.parse().map_or(Route::NotFound, Route::ContactReport),
            ["wip"] => Route::Wip,
            ["wip", "board"] => Route::WipBoard,
            ["wip", "weekly"] => Route::WipWeekly,
            ["wip", "new"] => Route::NewWipItem(None),
            ["wip", id] => id.parse().map_or(Route::NotFound, Route::WipItem),
            ["team"] => Route::Team,
            ["data"] => Route::Data,
            _ => Route::NotFound,
        }
    }

    pub fn href(self) -> String {
        match self {
            Route::Dashboard => "#/dashboard".into(),
            Route::Clients | Route::NotFound => "#/clients".into(),
            Route::NewClient => "#/clients/new".into(),
            Route::Client(id) => format!("#/clients/{id}"),
            Route::EditClient(id) => format!("#/clients/{id}/edit"),
            Route::NewContact(id) => format!("#/clients/{id}/contacts/new"),
            Route::Budgets => "#/budgets".into(),
            Route::NewBudget(None) => "#/budgets/new".into(),
            Route::NewBudget(Some(client)) => format!("#/clients/{client}/budgets/new"),
            Route::Budget(id) => format!("#/budgets/{id}"),
            Route::EditBudget(id) => format!("#/budgets/{id}/edit"),
            Route::Reviews => "#/reviews".into(),
            Route::NewReview(None) => "#/reviews/new".into(),
            Route::NewReview(Some(client)) => format!("#/clients/{client}/reviews/new"),
            Route::Review(id) => format!("#/reviews/{id}"),
            Route::Present(id) => format!("#/reviews/{id}/present"),
            Route::Briefs => "#/briefs".into(),
            Route::NewBrief(None) => "#/briefs/new".into(),
            Route::NewBrief(Some(client)) => format!("#/clients/{client}/briefs/new"),
            Route::Brief(id) => format!("#/briefs/{id}"),
            Route::Summary(id) => format!("#/briefs/{id}/summary"),
            Route::ContactReports => "#/reports".into(),
            Route::NewContactReport(None) => "#/reports/new".into(),
            Route::NewContactReport(Some(client)) => format!("#/clients/{client}/reports/new"),
            Route::ContactReport(id) => format!("#/reports/{id}"),
            Route::Wip => "#/wip".into(),
            Route::WipBoard => "#/wip/board".into(),
            Route::WipWeekly => "#/wip/weekly".into(),
            Route::NewWipItem(None) => "#/wip/new".into(),
            Route::NewWipItem(Some(client)) => format!("#/clients/{client}/wip/new"),
            Route::WipItem(id) => format!("#/wip/{id}"),
            Route::Team => "#/team".into(),
            Route::Data => "#/data".into(),
        }
    }

    /// The navigation section a route belongs to, for highlighting the sidebar.
    pub fn section(self) -> Option<Route> {
        match self {
            Route::Clients
            | Route::NewClient
            | Route::Client(_)
            | Route::EditClient(_)
            | Route::NewContact(_) => Some(Route::Clients),
            Route::Budgets | Route::NewBudget(_) | Route::Budget(_) | Route::EditBudget(_) => {
                Some(Route::Budgets)
            }
            Route::Reviews | Route::NewReview(_) | Route::Review(_) | Route::Present(_) => {
                Some(Route::Reviews)
            }
            Route::Briefs | Route::NewBrief(_) | Route::Brief(_) | Route::Summary(_) => {
                Some(Route::Briefs)
            }
            Route::ContactReports | Route::NewContactReport(_) | Route::ContactReport(_) => {
                Some(Route::ContactReports)
            }
            Route::Wip
            | Route::WipBoard
            | Route::WipWeekly
            | Route::NewWipItem(_)
            | Route::WipItem(_) => Some(Route::Wip),
            Route::Dashboard => Some(Route::Dashboard),
            Route::Team => Some(Route::Team),
            Route::Data => Some(Route::Data),
            Route::NotFound => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_parses_back_from_its_href() {
        let id = Id::new_v4();
        for route in [
            Route::Dashboard,
            Route::Clients,
            Route::NewClient,
            Route::Client(id),
            Route::EditClient(id),
            Route::NewContact(id),
            Route::Budgets,
            Route::NewBudget(None),
            Route::NewBudget(Some(id)),
            Route::Budget(id),
            Route::EditBudget(id),
            Route::Reviews,
            Route::NewReview(None),
            Route::NewReview(Some(id)),
            Route::Review(id),
            Route::Present(id),
            Route::Briefs,
            Route::NewBrief(None),
            Route::NewBrief(Some(id)),
            Route::Brief(id),
            Route::Summary(id),
            Route::ContactReports,
            Route::NewContactReport(None),
            Route::NewContactReport(Some(id)),
            Route::ContactReport(id),
            Route::Wip,
            Route::WipBoard,
            Route::WipWeekly,
            Route::NewWipItem(None),
            Route::NewWipItem(Some(id)),
            Route::WipItem(id),
            Route::Team,
            Route::Data,
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn the_start_page_is_the_client_list() {
        for hash in ["", "#", "#/", "#/clients/"] {
            assert_eq!(Route::parse(hash), Route::Clients, "{hash:?}");
        }
    }

    #[test]
    fn unknown_addresses_are_not_found() {
        for hash in [
            "#/nope",
            "#/clients/not-an-id",
            "#/clients/x/edit",
            "#/team/1/2",
        ] {
            assert_eq!(Route::parse(hash), Route::NotFound, "{hash:?}");
        }
    }
}
