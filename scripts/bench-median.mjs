// Combines several `make bench` runs of the same build into one: each
// measure's median, p95, min and max is the median of the runs' values.
// Runs on this shared machine differ by up to a third; the median of three
// is steadier than any one of them. The result has the shape of one run, for
// scripts/bench-compare.mjs (its lists of single timings are the first run's).
//
//   node scripts/bench-median.mjs out.json run1.json run2.json run3.json
import { readFileSync, writeFileSync } from 'node:fs';

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) {
  console.error('usage: node scripts/bench-median.mjs out.json run.json…');
  process.exit(2);
}
const runs = inputs.map((file) => JSON.parse(readFileSync(file, 'utf8')));

const SUMMARY = new Set(['median', 'p95', 'min', 'max', 'ms', 'ratio']);

function median(values) {
  const numbers = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return numbers.length ? numbers[Math.floor(numbers.length / 2)] : undefined;
}

/** The first run's value, with every summary figure replaced by the runs' median. */
function combine(values) {
  const [first] = values;
  if (!first || typeof first !== 'object' || Array.isArray(first)) return first;
  const combined = {};
  for (const key of Object.keys(first)) {
    const ofRuns = values.map((value) => value?.[key]);
    combined[key] = SUMMARY.has(key) && typeof first[key] === 'number' ? median(ofRuns) : combine(ofRuns);
  }
  return combined;
}

writeFileSync(out, JSON.stringify(combine(runs), null, 1));
