//! A latency histogram kept with atomics (no lock on the path that observes), for the store's
//! commits and the pipeline's stages; read as Prometheus buckets by `/metrics`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Upper bounds of the buckets, in seconds: 100 µs to 10 s, the range a gateway's latencies
/// fall in (an fsync, a policy decision, an upstream call, a human approval wait is not one).
pub const BOUNDS: [f64; 16] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
    5.0, 10.0,
];

/// Observations by bucket, their count and their sum.
#[derive(Debug, Default)]
pub struct Histogram {
    /// Per bucket (not cumulative); the last slot is above every bound.
    buckets: [AtomicU64; BOUNDS.len() + 1],
    count: AtomicU64,
    sum_nanos: AtomicU64,
}

/// A histogram as read at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct HistogramSnapshot {
    /// `(upper bound in seconds, observations at or below it)`, cumulative, ascending.
    pub buckets: Vec<(f64, u64)>,
    /// Every observation.
    pub count: u64,
    /// Their sum, in seconds.
    pub sum: f64,
}

impl Histogram {
    /// Counts one observation.
    pub fn observe(&self, d: Duration) {
        let secs = d.as_secs_f64();
        let i = BOUNDS
            .iter()
            .position(|b| secs <= *b)
            .unwrap_or(BOUNDS.len());
        if let Some(b) = self.buckets.get(i) {
            b.fetch_add(1, Ordering::Relaxed);
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        let nanos = u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        self.sum_nanos.fetch_add(nanos, Ordering::Relaxed);
    }

    /// The buckets, cumulative, as Prometheus exposes them.
    pub fn snapshot(&self) -> HistogramSnapshot {
        let mut running = 0u64;
        let buckets = BOUNDS
            .iter()
            .zip(&self.buckets)
            .map(|(bound, n)| {
                running = running.saturating_add(n.load(Ordering::Relaxed));
                (*bound, running)
            })
            .collect();
        let above = self.buckets.last().map_or(0, |n| n.load(Ordering::Relaxed));
        // `count` is read from the buckets so that `+Inf` equals `_count` in one scrape.
        let count = running.saturating_add(above);
        #[allow(clippy::cast_precision_loss, reason = "a sum of seconds for display")]
        let sum = self.sum_nanos.load(Ordering::Relaxed) as f64 / 1e9;
        HistogramSnapshot {
            buckets,
            count,
            sum,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_cumulative_and_the_count_includes_the_overflow() {
        let h = Histogram::default();
        h.observe(Duration::from_micros(50));
        h.observe(Duration::from_micros(100));
        h.observe(Duration::from_millis(3));
        h.observe(Duration::from_secs(60));
        let s = h.snapshot();
        assert_eq!(s.count, 4);
        assert_eq!(s.buckets.first(), Some(&(0.0001, 2)));
        assert_eq!(
            s.buckets.iter().find(|b| b.0 == 0.005).map(|b| b.1),
            Some(3)
        );
        assert_eq!(s.buckets.last(), Some(&(10.0, 3)));
        assert!((s.sum - 60.00315).abs() < 1e-6, "{}", s.sum);
    }
}
