//! Native figures for the domain at solo and agency scale (issue 9): the
//! size of the stored envelope and the time of the pure operations the app
//! runs on it. Not a browser benchmark — the wasm build is slower by a
//! roughly constant factor — but it shows where the time and the bytes go.
//!
//! `cargo run --release --example bench_domain` (or `make bench-domain`).

use std::hint::black_box;
use std::time::{Duration, Instant};

use account_desk::domain::generator::{self, Preset};
use account_desk::domain::kpi::{self, KpiInputs, Period};
use account_desk::domain::kpi_people::People;
use account_desk::domain::search::{self, ClientFilter, ClientSort, Direction};
use account_desk::domain::store::{self, Stored};
use account_desk::domain::{envelope, merge, Workspace};
use chrono::{TimeZone, Utc};
use std::collections::HashMap;

const RUNS: usize = 15;
const SEED: u64 = 2027;

/// Median of `RUNS` timings of `f`, in milliseconds.
fn median_ms<T>(mut f: impl FnMut() -> T) -> f64 {
    black_box(f()); // warm-up
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2].as_secs_f64() * 1_000.0
}

/// Median of `RUNS` durations that `f` measures itself (to leave out its
/// own set-up).
fn median_timed(mut f: impl FnMut() -> Duration) -> f64 {
    f(); // warm-up
    let mut times: Vec<Duration> = (0..RUNS).map(|_| f()).collect();
    times.sort();
    times[RUNS / 2].as_secs_f64() * 1_000.0
}

struct Row {
    name: String,
    plain: usize,
    units: usize,
    full_save: f64,
    edit_save: f64,
    read: f64,
    read_list: f64,
    encode: f64,
    restore: f64,
    validate: f64,
    merge: f64,
    search: f64,
    list: f64,
    kpi: f64,
    dashboard: f64,
}

fn measure(name: &str, ws: &Workspace, now: chrono::DateTime<Utc>) -> Row {
    let json = envelope::encode(ws, now);
    let today = now.date_naive();
    let filter = ClientFilter {
        query: "lin".into(),
        ..ClientFilter::default()
    };
    let inputs = KpiInputs::of(ws);
    // Storage as the browser does it, in a map: a full save, then one edit
    // of a record in the middle of the biggest collection.
    let mut parts: HashMap<String, String> = HashMap::new();
    let mut next = 0_usize;
    let mut key = |c: &str, i: usize| {
        next += 1;
        format!("account-desk:part:{c}:{i}:{next:08x}")
    };
    let full = store::plan_save(ws, now, None, &mut |_| None, &mut key);
    parts.extend(full.writes.iter().cloned());
    let stored = Stored {
        manifest: full.manifest.clone(),
        workspace: Some(ws.clone()),
    };
    let mut edited = ws.clone();
    if let Some(middle) = edited.interactions.len().checked_div(2) {
        if let Some(i) = edited.interactions.get_mut(middle) {
            i.summary.push_str(" — đã gọi lại");
        }
    }
    Row {
        name: name.into(),
        plain: generator::utf16_len(&json),
        units: store::units(&full),
        full_save: median_ms(|| store::plan_save(ws, now, None, &mut |_| None, &mut key)),
        edit_save: median_timed(|| {
            // Each run starts from the stored state before the edit.
            let mut base = stored.clone();
            let start = Instant::now();
            let plan =
                store::plan_save(&edited, now, Some(&mut base), &mut |_| None, &mut |c, i| {
                    format!("{c}{i}")
                });
            black_box(plan);
            start.elapsed()
        }),
        read: median_ms(|| {
            let text =
                store::assemble(&stored.manifest, |k| parts.get(k).cloned()).expect("assembles");
            envelope::restore(&text).expect("restores")
        }),
        read_list: median_ms(|| {
            let text = store::assemble_list(&stored.manifest, |k| parts.get(k).cloned())
                .expect("assembles");
            envelope::restore(&text).expect("restores")
        }),
        encode: median_ms(|| envelope::encode(ws, now)),
        restore: median_ms(|| envelope::restore(&json).expect("restores")),
        validate: median_ms(|| ws.validate().is_ok()),
        merge: median_ms(|| merge::plan(ws, ws, now)),
        search: median_ms(|| {
            search::find_clients(ws, &filter, ClientSort::Name, Direction::Ascending).len()
        }),
        // The list as it opens: every client, by name.
        list: median_ms(|| {
            let all = ClientFilter::default();
            search::find_clients(ws, &all, ClientSort::Name, Direction::Ascending).len()
        }),
        kpi: median_ms(|| kpi::compute(&inputs, Period::month_of(today), None)),
        // Everything the dashboard computes: both periods' KPIs, the people
        // table and the two monthly charts.
        dashboard: median_ms(|| {
            let month = Period::month_of(today);
            let year = Period::last_12_months(today);
            let people = People::new(inputs, month);
            let rows: usize = ws
                .team
                .iter()
                .map(|m| people.of(m.meta.id).active_clients)
                .sum();
            (
                kpi::compute(&inputs, month, None),
                kpi::compute(&inputs, month.previous(), None),
                rows,
                kpi::monthly_sales(&inputs, year, None),
                kpi::monthly_response_time(&inputs, year, None),
            )
        }),
    }
}

fn main() {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let limit = generator::storage_limit();
    let solo = generator::generate(Preset::Solo, SEED, now);
    let agency = generator::generate(Preset::Agency, SEED, now);
    let gen_ms = median_ms(|| generator::generate(Preset::Agency, SEED, now));
    let max = generator::find_max(SEED, now, limit);

    let mut rows = vec![measure("solo", &solo, now), measure("agency", &agency, now)];
    if let Some(max) = &max {
        rows.push(measure(
            &format!("max ({} %)", max.percent),
            &max.workspace,
            now,
        ));
    }

    println!(
        "Domain benchmark — native release build, median of {RUNS} runs, seed {SEED}, now {now}"
    );
    println!(
        "localStorage quota {} UTF-16 units; limit used for `max`: {limit} (quota − {} margin)\n",
        generator::STORAGE_QUOTA,
        generator::STORAGE_MARGIN
    );
    println!(
        "| preset | JSON chars | stored units (packed parts) | % of quota | encode JSON ms | full save ms | one-edit save ms | read parts + restore ms | … team and clients only ms | restore JSON ms | of which validate ms | merge::plan self ms | find_clients \"lin\" ms | find_clients, all by name ms | kpi::compute month ms | dashboard figures ms |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for r in &rows {
        println!(
            "| {} | {} | {} | {:.0} % | {:.2} | {:.2} | {:.3} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.3} | {:.3} | {:.3} | {:.2} |",
            r.name,
            r.plain,
            r.units,
            r.units as f64 * 100.0 / generator::STORAGE_QUOTA as f64,
            r.encode,
            r.full_save,
            r.edit_save,
            r.read,
            r.read_list,
            r.restore,
            r.validate,
            r.merge,
            r.search,
            r.list,
            r.kpi,
            r.dashboard
        );
    }

    println!("\nRecord counts:\n");
    let mut sets: Vec<(&str, &Workspace)> = vec![("solo", &solo), ("agency", &agency)];
    if let Some(max) = &max {
        sets.push(("max", &max.workspace));
    }
    print!("| record |");
    for (name, _) in &sets {
        print!(" {name} |");
    }
    println!();
    println!("|---|{}", "---:|".repeat(sets.len()));
    let columns: Vec<Vec<(&str, usize)>> =
        sets.iter().map(|(_, ws)| generator::counts(ws)).collect();
    for (i, (what, _)) in columns[0].iter().enumerate() {
        print!("| {what} |");
        for column in &columns {
            print!(" {} |", column[i].1);
        }
        println!();
    }

    println!("\nWhere the agency's characters go (UTF-16 units of each collection as JSON):\n");
    let part = |v: String| generator::utf16_len(&v);
    let mut parts = vec![
        ("team", part(serde_json::to_string(&agency.team).unwrap())),
        (
            "clients",
            part(serde_json::to_string(&agency.clients).unwrap()),
        ),
        (
            "budgets",
            part(serde_json::to_string(&agency.budgets).unwrap()),
        ),
        (
            "reviews",
            part(serde_json::to_string(&agency.reviews).unwrap()),
        ),
        (
            "briefs",
            part(serde_json::to_string(&agency.briefs).unwrap()),
        ),
        (
            "contact_reports",
            part(serde_json::to_string(&agency.contact_reports).unwrap()),
        ),
        ("wip", part(serde_json::to_string(&agency.wip).unwrap())),
        (
            "interactions",
            part(serde_json::to_string(&agency.interactions).unwrap()),
        ),
        ("nps", part(serde_json::to_string(&agency.nps).unwrap())),
        ("deals", part(serde_json::to_string(&agency.deals).unwrap())),
        (
            "settings",
            part(serde_json::to_string(&agency.settings).unwrap()),
        ),
    ];
    parts.sort_by_key(|p| std::cmp::Reverse(p.1));
    let total: usize = parts.iter().map(|p| p.1).sum();
    println!("| collection | chars | share |");
    println!("|---|---:|---:|");
    for (what, n) in parts {
        println!(
            "| {what} | {n} | {:.1} % |",
            n as f64 * 100.0 / total as f64
        );
    }
    println!("\nGenerating the agency preset: {gen_ms:.1} ms");
    match max {
        Some(max) => println!(
            "max: {} % of the agency preset, {} UTF-16 units stored",
            max.percent, max.units
        ),
        None => println!("max: not even 1 % of the agency preset fits"),
    }
}
