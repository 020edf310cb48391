//! The KPI dashboard account people are judged by: the six KPIs of
//! PRODUCT.md for a chosen period and account owner, each beside the previous
//! period's value, three small charts, the figures per account person for
//! the Account Director, and the budgets and WIP items that need attention.
//!
//! Every figure comes from `domain::kpi`; this module only chooses the
//! period and the owner and writes the numbers in the reader's language.

mod alerts;
mod cards;
mod charts;
mod people;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::kpi::{self, KpiInputs, Kpis, MissingRate, Period};
use crate::domain::meta::Record;
use crate::domain::sample;
use crate::domain::search::fold;
use crate::domain::{Id, Lang};
use crate::i18n::{Key, LaterKey};
use crate::route::Route;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::field::{InputKind, SelectField, TextField};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::state::{tr, use_app};

use alerts::Alerts;
use cards::KpiCards;
use charts::Charts;
use people::PeopleTable;

/// The periods offered in the Period select.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PeriodChoice {
    ThisMonth,
    LastMonth,
    ThisQuarter,
    ThisYear,
    Custom,
}

impl PeriodChoice {
    const ALL: [PeriodChoice; 5] = [
        PeriodChoice::ThisMonth,
        PeriodChoice::LastMonth,
        PeriodChoice::ThisQuarter,
        PeriodChoice::ThisYear,
        PeriodChoice::Custom,
    ];

    fn value(self) -> &'static str {
        match self {
            PeriodChoice::ThisMonth => "this-month",
            PeriodChoice::LastMonth => "last-month",
            PeriodChoice::ThisQuarter => "quarter",
            PeriodChoice::ThisYear => "year",
            PeriodChoice::Custom => "custom",
        }
    }

    fn label(self) -> LaterKey {
        match self {
            PeriodChoice::ThisMonth => LaterKey::DashThisMonth,
            PeriodChoice::LastMonth => LaterKey::DashLastMonth,
            PeriodChoice::ThisQuarter => LaterKey::DashThisQuarter,
            PeriodChoice::ThisYear => LaterKey::DashThisYear,
            PeriodChoice::Custom => LaterKey::DashCustom,
        }
    }

    fn from_value(value: &str) -> PeriodChoice {
        PeriodChoice::ALL
            .into_iter()
            .find(|c| c.value() == value)
            .unwrap_or(PeriodChoice::ThisMonth)
    }
}

/// What the page shows figures for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Scope {
    pub period: Period,
    pub owner: Option<Id>,
    pub today: NaiveDate,
}

impl Scope {
    /// The twelve months the trend charts cover: those ending with the
    /// period's last month, or with this month when the period runs on into
    /// the future (this quarter, this year), so that the charts never end
    /// in empty months still to come.
    pub fn chart_months(&self) -> Period {
        let anchor = self.period.end.min(self.today).max(self.period.start);
        Period::last_12_months(anchor)
    }
}

pub(super) use crate::i18n::activity::duration_text;

/// A month for chart axes and tables: `Nov 2026` / `T11/2026`.
pub(super) fn month_text(month: NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    match lang {
        Lang::En => format!("{} {}", lang.month_short(month.month()), month.year()),
        Lang::Vi => format!("{}/{}", lang.month_short(month.month()), month.year()),
    }
}

/// Where a missing exchange rate is added, named in the message.
#[component]
pub(super) fn MissingRateNote(missing: MissingRate) -> impl IntoView {
    let app = use_app();
    view! {
        <p class="dash-missing-rate" role="note">
            <Icon name=IconName::Alert />
            <span>
                {move || app.tf(LaterKey::DashMissingRate, &[("from", missing.from.code()), ("to", missing.to.code())])}
                " "
                <a href=Route::Data.href()>{tr(LaterKey::DashAddRate)}</a>
            </span>
        </p>
    }
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let app = use_app();
    let today = clock::today();
    let choice = RwSignal::new(PeriodChoice::ThisMonth);
    let this_month = Period::month_of(today);
    let custom_from = RwSignal::new(this_month.start.to_string());
    let custom_to = RwSignal::new(this_month.end.to_string());
    let owner = RwSignal::new(None::<Id>);

    let period = Memo::new(move |_| match choice.get() {
        PeriodChoice::ThisMonth => this_month,
        PeriodChoice::LastMonth => Period::last_month(today),
        PeriodChoice::ThisQuarter => Period::quarter_of(today),
        PeriodChoice::ThisYear => Period::year_of(today),
        PeriodChoice::Custom => {
            // A half-typed date keeps the other end of the period it had.
            let parse = |text: String, fallback| {
                NaiveDate::parse_from_str(&text, "%Y-%m-%d").unwrap_or(fallback)
            };
            Period::new(
                parse(custom_from.get(), this_month.start),
                parse(custom_to.get(), this_month.end),
            )
        }
    });
    let scope = Memo::new(move |_| Scope {
        period: period.get(),
        owner: owner.get(),
        today,
    });
    // The period and the one before it, for "Previous period" and the change.
    let figures = Memo::new(move |_| {
        let Scope { period, owner, .. } = scope.get();
        app.workspace.with(|ws| {
            let inputs = KpiInputs::of(ws);
            (
                kpi::compute(&inputs, period, owner),
                kpi::compute(&inputs, period.previous(), owner),
            )
        })
    });
    let current = Memo::new(move |_| figures.get().0);
    let previous = Memo::new(move |_| figures.get().1);

    let period_options = Signal::derive(move || {
        PeriodChoice::ALL
            .into_iter()
            .map(|c| (c.value().to_string(), app.t(c.label()).to_string()))
            .collect::<Vec<_>>()
    });
    // Team members who own a client: the people the KPIs are judged per.
    let owner_options = Signal::derive(move || {
        let mut owners: Vec<(String, String)> = app.workspace.with(|ws| {
            ws.live_team()
                .filter(|m| ws.live_clients().any(|c| c.account_owner == Some(m.id())))
                .map(|m| (m.id().to_string(), m.name.clone()))
                .collect()
        });
        owners.sort_by_key(|(_, name)| fold(name));
        std::iter::once((String::new(), app.t(Key::Everyone).to_string()))
            .chain(owners)
            .collect::<Vec<_>>()
    });
    let on_period = Callback::new(move |value: String| {
        let next = PeriodChoice::from_value(&value);
        if next == PeriodChoice::Custom && choice.get_untracked() != PeriodChoice::Custom {
            // Custom starts from the period on screen, ready to adjust.
            let shown = period.get_untracked();
            custom_from.set(shown.start.to_string());
            custom_to.set(shown.end.to_string());
        }
        choice.set(next);
    });
    let period_text = move || {
        let lang = app.lang.get();
        let shown: Kpis = current.get();
        let before = shown.period.previous();
        app.tf(
            LaterKey::DashComparedWith,
            &[
                (
                    "period",
                    &lang.format_period(shown.period.start, shown.period.end),
                ),
                ("previous", &lang.format_period(before.start, before.end)),
            ],
        )
    };

    let has_clients =
        Memo::new(move |_| app.workspace.with(|ws| ws.live_clients().next().is_some()));
    let load_sample = move |_| {
        let sample = sample::workspace(clock::now());
        app.edit(|ws| ws.append(sample));
    };

    view! {
        <div class="page dashboard">
            <header class="page-header">
                <h1>{tr(Key::NavDashboard)}</h1>
            </header>
            <Show
                when=move || has_clients.get()
                fallback=move || {
                    view! {
                        <EmptyState title=tr(LaterKey::DashEmptyTitle) body=tr(LaterKey::DashEmptyBody)>
                            <a class="btn btn-primary" href=Route::NewClient.href()>
                                <Icon name=IconName::Plus />
                                {tr(Key::NewClient)}
                            </a>
                            <button class="btn btn-secondary" on:click=load_sample>
                                {tr(Key::LoadSampleData)}
                            </button>
                            <p class="empty-hint">{tr(Key::SampleDataHint)}</p>
                        </EmptyState>
                    }
                }
            >
                <div class="toolbar dash-toolbar">
                    <SelectField
                        label=tr(LaterKey::Period)
                        options=period_options
                        value=Signal::derive(move || choice.get().value().to_string())
                        on_change=on_period
                    />
                    <Show when=move || choice.get() == PeriodChoice::Custom>
                        <TextField
                            label=tr(LaterKey::DashFrom)
                            kind=InputKind::Date
                            value=custom_from
                            on_input=Callback::new(move |v: String| custom_from.set(v))
                        />
                        <TextField
                            label=tr(LaterKey::DashTo)
                            kind=InputKind::Date
                            value=custom_to
                            on_input=Callback::new(move |v: String| custom_to.set(v))
                        />
                    </Show>
                    <SelectField
                        label=tr(Key::AccountOwner)
                        options=owner_options
                        value=Signal::derive(move || owner.get().map(|o| o.to_string()).unwrap_or_default())
                        on_change=Callback::new(move |v: String| owner.set(v.parse().ok()))
                    />
                    <p class="count dash-period" aria-live="polite">{period_text}</p>
                </div>
                <KpiCards current previous />
                <Alerts scope />
                <Charts scope />
                <PeopleTable scope current />
            </Show>
        </div>
    }
}
