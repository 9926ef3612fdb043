//! Audit retention: each record class is kept for its configured period, then its payloads are
//! purged (the hashes and the Merkle tree stay, so the log still verifies) and the purge is
//! itself recorded.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::{Value, json};
use warden_store::Purged;
use warden_types::{AuditEvent, EventKind, Outcome, Retention, Timestamp};

use crate::{Gateway, Refusal};

/// Per class: the event kinds in it and the time before which its records have expired.
fn cutoffs(retention: &Retention, now: Timestamp) -> Vec<(String, Vec<String>, String)> {
    Retention::CLASSES
        .iter()
        .map(|class| {
            let days = retention.days.get(*class).copied().unwrap_or(u32::MAX);
            let micros = i64::from(days).saturating_mul(86_400_000_000);
            let cutoff = Timestamp(now.0.saturating_sub(micros)).to_rfc3339();
            // Purge receipts are never purged: verification needs them to accept emptied
            // records.
            let events = EventKind::ALL
                .iter()
                .filter(|k| k.retention_class() == *class && **k != EventKind::AuditPurged)
                .map(|k| k.as_str().to_owned())
                .collect();
            ((*class).to_owned(), events, cutoff)
        })
        .collect()
}

impl Gateway {
    /// Purges every record past its class's retention (or, dry, counts them).
    pub async fn purge_expired(&self, actor: &str, dry_run: bool) -> Result<Value, Refusal> {
        let cuts = cutoffs(&self.dep().audit.retention, Timestamp::now());
        let by_class: BTreeMap<String, String> = cuts
            .iter()
            .map(|(c, _, cutoff)| (c.clone(), cutoff.clone()))
            .collect();
        let by_class_for_receipt = by_class.clone();
        let actor_name = actor.to_owned();
        let receipt = Box::new(move |p: &Purged| {
            let mut e = AuditEvent::new(
                EventKind::AuditPurged,
                Outcome::Success,
                format!(
                    "{} record(s) past their retention purged (records {}..{}); hashes and the Merkle tree kept",
                    p.records,
                    p.first_seq.unwrap_or(0),
                    p.last_seq.unwrap_or(0)
                ),
            );
            e.actor = Some(actor_name);
            e.output = json!({
                "records": p.records,
                "by_event": p.by_event,
                "first_seq": p.first_seq,
                "last_seq": p.last_seq,
                "ranges": p.ranges,
                "personal_values": p.values,
                "subjects_deleted": p.subjects,
                "cutoffs": by_class_for_receipt,
            });
            e
        });
        let purged = self
            .store
            .purge_expired(
                cuts.into_iter().map(|(_, e, c)| (e, c)).collect(),
                dry_run,
                receipt,
            )
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "the retention purge failed");
                Refusal::internal()
            })?;
        Ok(json!({
            "dry_run": dry_run,
            "retention_days": self.dep().audit.retention.days,
            "cutoffs": by_class,
            "purged": purged,
        }))
    }

    /// `POST /v1/admin/audit/purge`.
    pub async fn purge(&self, op: &crate::Admin, dry_run: bool) -> Result<Value, Refusal> {
        self.purge_expired(&op.name, dry_run).await
    }

    /// Purges expired payloads every `audit.retention.purge_every`.
    pub async fn run_purges(self: Arc<Self>) {
        let Some(every) = self.dep().audit.retention.purge_every else {
            return;
        };
        loop {
            tokio::time::sleep(every).await;
            if self.purge_expired("warden", false).await.is_err() {
                tracing::error!("periodic retention purge failed");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_kind_has_one_class_and_a_cutoff() {
        let mut days = BTreeMap::new();
        for c in Retention::CLASSES {
            days.insert((*c).to_owned(), 730);
        }
        days.insert("llm".into(), 365);
        let r = Retention {
            days,
            purge_every: None,
        };
        let now = Timestamp(1_800_000_000_000_000);
        let cuts = cutoffs(&r, now);
        let all: usize = cuts.iter().map(|(_, e, _)| e.len()).sum();
        assert_eq!(all, EventKind::ALL.len() - 1, "all but the purge receipts");
        let llm = cuts.iter().find(|(c, _, _)| c == "llm").unwrap();
        assert!(llm.1.contains(&"llm.call".to_owned()));
        assert_eq!(llm.2, Timestamp(now.0 - 365 * 86_400_000_000).to_rfc3339());
        let actions = cuts.iter().find(|(c, _, _)| c == "actions").unwrap();
        assert!(actions.1.contains(&"approval.decided".to_owned()));
        assert!(actions.2 < llm.2);
    }
}
