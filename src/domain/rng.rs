//! The seeded pseudo-random numbers behind the sample agency and the
//! benchmark data: xorshift64*, seeded through one splitmix64 step so that 0
//! and neighbouring seeds give unrelated, non-zero states. Tiny, fast and
//! deterministic; not for anything secret.

use chrono::{Duration, NaiveDate, NaiveTime};

use super::id::Id;
use super::meta::Timestamp;

pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    pub(crate) fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo).max(0) as u64 + 1;
        lo + (self.next() % span) as i64
    }

    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub(crate) fn percent(&mut self, chance: u64) -> bool {
        self.next() % 100 < chance
    }

    pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    pub(crate) fn weighted<T: Copy>(&mut self, weighted: &[(T, u64)]) -> T {
        let total: u64 = weighted.iter().map(|(_, w)| w).sum();
        let mut roll = self.next() % total.max(1);
        for &(value, weight) in weighted {
            if roll < weight {
                return value;
            }
            roll -= weight;
        }
        weighted[0].0
    }

    /// A UUID v4 made of the PRNG's bits: deterministic, and as unlikely to
    /// collide with a real random id as any other v4.
    pub(crate) fn id(&mut self) -> Id {
        let bits = (u128::from(self.next()) << 64) | u128::from(self.next());
        let uuid = uuid::Builder::from_random_bytes(bits.to_be_bytes()).into_uuid();
        uuid.hyphenated()
            .to_string()
            .parse()
            .expect("a UUID's text parses back")
    }

    pub(crate) fn day_between(&mut self, first: NaiveDate, last: NaiveDate) -> NaiveDate {
        let days = (last - first).num_days().max(0);
        first + Duration::days(self.range(0, days))
    }

    /// A moment during Vietnamese office hours (08:00–17:59 at UTC+7).
    pub(crate) fn office_time(&mut self, day: NaiveDate) -> Timestamp {
        let time = NaiveTime::from_hms_opt(self.range(1, 10) as u32, self.range(0, 59) as u32, 0)
            .unwrap_or(NaiveTime::MIN);
        day.and_time(time).and_utc()
    }
}
