//! Writes the export file of each benchmark preset (issue 9): what
//! Data → Export writes for "everything", so that `scripts/bench.mjs` can
//! import it through the app's own Import, the way a user gets data in.
//!
//! `cargo run --release --example export_preset` writes
//! `target/bench/{solo,agency,max}.json` (or into `BENCH_DIR`).

use std::path::PathBuf;

use account_desk::domain::envelope::{self, ExportScope};
use account_desk::domain::generator::{self, Preset};
use account_desk::domain::Workspace;
use chrono::{DateTime, TimeZone, Utc};

/// The same seed and clock as `examples/bench_domain.rs`, so both benchmarks
/// describe the same data.
const SEED: u64 = 2027;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

/// The largest share of the agency that fits in storage (as the app stores
/// it: packed parts).
fn max_preset(now: DateTime<Utc>) -> (String, Workspace) {
    match generator::find_max(SEED, now, generator::storage_limit()) {
        Some(max) => (format!("{} % of agency", max.percent), max.workspace),
        None => ("not even 1 % of agency fits".into(), Workspace::default()),
    }
}

fn main() -> std::io::Result<()> {
    let now = now();
    let dir = PathBuf::from(std::env::var("BENCH_DIR").unwrap_or_else(|_| "target/bench".into()));
    std::fs::create_dir_all(&dir)?;

    let (max_note, max) = max_preset(now);
    let presets = [
        (
            "solo",
            "solo".to_string(),
            generator::generate(Preset::Solo, SEED, now),
        ),
        (
            "agency",
            "agency".to_string(),
            generator::generate(Preset::Agency, SEED, now),
        ),
        ("max", format!("max ({max_note})"), max),
    ];

    println!("Export files (scope everything, seed {SEED}, now {now}):");
    for (file, label, ws) in &presets {
        // The app's exports name no one (`exported_by` is empty there too).
        let text = envelope::encode_export(ws, &ExportScope::Everything, now, "");
        let stored = generator::utf16_len(&envelope::encode(ws, now));
        let path = dir.join(format!("{file}.json"));
        std::fs::write(&path, &text)?;
        let counts = generator::counts(ws)
            .iter()
            .map(|(what, n)| format!("{n} {what}"))
            .collect::<Vec<_>>()
            .join(", ");
        println!(
            "  {label}: {} — export {} chars ({} bytes), stored envelope {stored} UTF-16 units ({:.0} % of quota)\n    {counts}",
            path.display(),
            generator::utf16_len(&text),
            text.len(),
            stored as f64 * 100.0 / generator::STORAGE_QUOTA as f64,
        );
    }
    Ok(())
}
