//! `[approvals]`: how long an undecided approval stays open.

use std::time::Duration;

use serde::Deserialize;

use crate::{Problems, parse_duration};

/// How long an undecided approval stays open when `approvals.ttl` is not set (one hour, the
/// `approval_ttl_minutes` default of the compliance controls).
pub const DEFAULT_APPROVAL_TTL: Duration = Duration::from_secs(3600);

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawApprovals {
    ttl: Option<String>,
}

/// The approval time-to-live.
pub(crate) fn section(raw: RawApprovals, p: &mut Problems) -> Duration {
    match raw.ttl.as_deref().map(parse_duration) {
        None => DEFAULT_APPROVAL_TTL,
        Some(Ok(d)) if d >= Duration::from_secs(1) => d,
        Some(Ok(_)) => {
            p.push("approvals.ttl", "must be at least one second");
            DEFAULT_APPROVAL_TTL
        }
        Some(Err(e)) => {
            p.push("approvals.ttl", e);
            DEFAULT_APPROVAL_TTL
        }
    }
}
