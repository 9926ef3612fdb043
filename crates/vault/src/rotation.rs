//! The rotation runner's pure parts: when a version is due under its policy, when a failed
//! rotation is tried again, and what of a rotator's answer becomes the new value. Running the
//! rotators and storing what they mint is the gateway's (`warden-pipeline`).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use warden_types::Timestamp;

/// How long after a failed rotation it is tried again.
pub const ROTATION_RETRY: Duration = Duration::from_secs(60);

/// When a version created at `created_at` is due under a policy of rotating `every`.
pub fn due_at(created_at: Timestamp, every: Duration) -> Timestamp {
    created_at.plus_seconds(i64::try_from(every.as_secs()).unwrap_or(i64::MAX))
}

/// Whether a version created at `created_at` is due at `now` (from the moment it is due on).
pub fn is_due(created_at: Timestamp, every: Duration, now: Timestamp) -> bool {
    due_at(created_at, every).0 <= now.0
}

/// When each secret's last rotation attempt failed, so a failing rotator is retried after
/// [`ROTATION_RETRY`], not on every tick.
#[derive(Debug, Default)]
pub struct Retries {
    failed: Mutex<HashMap<String, Instant>>,
}

impl Retries {
    /// Whether `name` failed less than [`ROTATION_RETRY`] ago (then it is not tried yet).
    pub fn waiting(&self, name: &str) -> bool {
        self.waiting_at(name, Instant::now())
    }

    fn waiting_at(&self, name: &str, now: Instant) -> bool {
        self.failed
            .lock()
            .ok()
            .and_then(|f| f.get(name).copied())
            .is_some_and(|at| now.saturating_duration_since(at) < ROTATION_RETRY)
    }

    /// Notes that rotating `name` failed now.
    pub fn failed(&self, name: &str) {
        self.failed_at(name, Instant::now());
    }

    fn failed_at(&self, name: &str, at: Instant) {
        if let Ok(mut f) = self.failed.lock() {
            f.insert(name.to_owned(), at);
        }
    }

    /// Notes that rotating `name` succeeded: the next failure waits again.
    pub fn succeeded(&self, name: &str) {
        if let Ok(mut f) = self.failed.lock() {
            f.remove(name);
        }
    }
}

/// A rotator's answer as the new value: trailing line ends are removed; nothing, or the
/// current value again, is refused (the message never carries a value).
pub fn minted(mut answer: String, current: &str) -> Result<String, String> {
    while answer.ends_with(['\n', '\r']) {
        answer.pop();
    }
    if answer.is_empty() {
        return Err("the rotator answered nothing".into());
    }
    if answer == current {
        return Err("the rotator answered the current value".into());
    }
    Ok(answer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_is_due_from_the_moment_its_period_ends() {
        let created = Timestamp(1_000_000_000);
        let every = Duration::from_secs(30 * 24 * 3600);
        let due = due_at(created, every);
        assert_eq!(due.0, created.0 + 30 * 24 * 3600 * 1_000_000);
        assert!(!is_due(created, every, Timestamp(due.0 - 1)));
        assert!(is_due(created, every, due));
        assert!(is_due(created, every, Timestamp(due.0 + 1)));
        // A period too long to count is never due, and does not overflow.
        assert!(!is_due(created, Duration::MAX, Timestamp(i64::MAX - 1)));
    }

    #[test]
    fn a_failed_rotation_waits_a_minute_then_is_tried_again() {
        let retries = Retries::default();
        let t = Instant::now();
        assert!(!retries.waiting_at("gh", t));
        retries.failed_at("gh", t);
        assert!(retries.waiting_at("gh", t));
        assert!(retries.waiting_at("gh", t + ROTATION_RETRY - Duration::from_millis(1)));
        assert!(!retries.waiting_at("gh", t + ROTATION_RETRY));
        assert!(!retries.waiting_at("other", t));
        retries.failed_at("gh", t);
        retries.succeeded("gh");
        assert!(!retries.waiting_at("gh", t));
    }

    #[test]
    fn a_minted_value_loses_its_line_end_and_must_be_new() {
        assert_eq!(minted("new\r\n".into(), "old").unwrap(), "new");
        assert_eq!(minted("a b\n\n".into(), "old").unwrap(), "a b");
        assert_eq!(
            minted("\n".into(), "old").unwrap_err(),
            "the rotator answered nothing"
        );
        assert_eq!(
            minted("old\n".into(), "old").unwrap_err(),
            "the rotator answered the current value"
        );
    }
}
