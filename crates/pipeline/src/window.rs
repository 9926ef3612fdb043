//! What the evidence commands share: a period back from now given as a duration, and reading
//! every record of a period page by page with a bound (`report`, `privacy ropa`,
//! `review permissions`; `policy replay` pages itself, restoring each page's values).

use std::time::Duration;

use warden_store::AuditFilter;
use warden_types::{AuditRecord, ErrorCode, Timestamp};

use crate::{Gateway, Refusal};

/// Records read per query.
pub(crate) const PAGE: u64 = 5_000;
/// The longest period any of them reads.
pub(crate) const MAX_PERIOD_DAYS: u64 = 3_660;

/// A period back from now: `(since, now)`. `name` is the parameter errors name; `min` the
/// shortest period, written as `min_text`.
pub(crate) fn window(
    name: &str,
    period: &str,
    min: Duration,
    min_text: &str,
) -> Result<(Timestamp, Timestamp), Refusal> {
    let span = warden_config::parse_duration(period)
        .map_err(|m| Refusal::new(ErrorCode::BadRequest, format!("{name}: {m}")))?;
    if span < min || span.as_secs() > MAX_PERIOD_DAYS * 86_400 {
        return Err(Refusal::new(
            ErrorCode::BadRequest,
            format!("{name} `{period}` must be between {min_text} and {MAX_PERIOD_DAYS}d"),
        ));
    }
    let now = Timestamp::now();
    let secs = i64::try_from(span.as_secs()).unwrap_or(i64::MAX / 2);
    Ok((now.plus_seconds(-secs), now))
}

impl Gateway {
    /// Calls `f` with every record `filter` matches, oldest first, page by page; refuses
    /// (naming `what`) when there are more than `max`.
    pub(crate) async fn each_record(
        &self,
        filter: AuditFilter,
        max: u64,
        what: &str,
        mut f: impl FnMut(&AuditRecord),
    ) -> Result<u64, Refusal> {
        let mut after = filter.after_seq.unwrap_or(0);
        let mut read = 0u64;
        loop {
            let page = self
                .store
                .query_audit(AuditFilter {
                    after_seq: Some(after),
                    limit: Some(PAGE),
                    ..filter.clone()
                })
                .await
                .map_err(|e| {
                    tracing::error!(error = %e, "the store failed while reading the log");
                    Refusal::internal()
                })?;
            for r in &page {
                after = r.seq;
                f(r);
            }
            read += page.len() as u64;
            if read > max {
                return Err(Refusal::new(
                    ErrorCode::BadRequest,
                    format!("the period holds more than {max} {what}; use a shorter one"),
                ));
            }
            if (page.len() as u64) < PAGE {
                return Ok(read);
            }
        }
    }
}
