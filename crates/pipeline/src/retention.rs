//! Audit retention: each record class is kept for its configured period, then its payloads are
//! purged (the hashes and the Merkle tree stay, so the log still verifies) and the purge is
//! itself recorded. What has expired is `warden_audit::retention`'s; this runs the purge.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::{Value, json};
use warden_audit::retention::cutoffs;
use warden_types::Timestamp;

use crate::admin_log::AdminLog;
use crate::{Gateway, Refusal};

impl Gateway {
    /// Purges every record past its class's retention (or, dry, counts them).
    pub async fn purge_expired(&self, actor: &str, dry_run: bool) -> Result<Value, Refusal> {
        let cuts = cutoffs(&self.dep().audit.retention, Timestamp::now());
        let by_class: BTreeMap<String, String> = cuts
            .iter()
            .map(|c| (c.class.clone(), c.before.clone()))
            .collect();
        let purged = AdminLog(&*self.store)
            .purge(
                actor,
                cuts.into_iter().map(|c| (c.events, c.before)).collect(),
                by_class.clone(),
                dry_run,
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
