//! Signed checkpoints of the audit log (C2SP signed notes over the RFC 6962 tree head), their
//! publication for external witnessing, and inclusion / consistency proofs for operators. The
//! signing key's file is `warden_audit::checkpoint`'s.

use std::sync::Arc;

use serde_json::{Value, json};
use warden_merkle::Checkpoint;
use warden_store::{ConsistencyProof, InclusionProof, StoreError, StoredCheckpoint};
use warden_types::{ErrorCode, Timestamp};

use crate::admin_log::AdminLog;
use crate::{Gateway, Refusal};

/// How long the checkpoint witness (`audit.publish_url`) may take to take one checkpoint.
const WITNESS_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

fn store_refusal(e: StoreError) -> Refusal {
    match e {
        StoreError::Range(m) => Refusal::new(ErrorCode::NotFound, m),
        other => {
            tracing::error!(error = %other, "audit store failed");
            Refusal::internal()
        }
    }
}

/// What "verify the log" found.
#[derive(Debug, Clone)]
pub struct Integrity {
    /// Why the log cannot be trusted, if it cannot.
    pub problem: Option<String>,
    /// Records in the log.
    pub records: u64,
    /// Its Merkle root, hex.
    pub root: String,
    /// Signed checkpoints kept.
    pub checkpoints: usize,
    /// The latest of them.
    pub latest: Option<StoredCheckpoint>,
    /// How the witness took the last checkpoint sent to it.
    pub witness: String,
}

impl Gateway {
    /// Signs a checkpoint of the log as it is now, keeps it, records it and publishes it.
    pub async fn make_checkpoint(&self, actor: &str) -> Result<StoredCheckpoint, Refusal> {
        let head = self.store.tree_head(None).await.map_err(store_refusal)?;
        let root = warden_merkle::from_hex(&head.root).ok_or_else(Refusal::internal)?;
        let ts = Timestamp::now().to_rfc3339();
        let cp = Checkpoint {
            origin: self.dep().audit.origin.clone(),
            size: head.size,
            root,
            extensions: vec![format!("time {ts}")],
        };
        let note = cp.sign(&self.signer).map_err(|e| {
            tracing::error!(error = %e, "cannot sign a checkpoint");
            Refusal::internal()
        })?;
        let stored = StoredCheckpoint {
            size: head.size,
            root: head.root.clone(),
            ts,
            note: note.clone(),
        };
        AdminLog(&*self.store)
            .checkpoint(actor, stored.clone())
            .await
            .map_err(store_refusal)?;
        self.publish(&stored).await;
        Ok(stored)
    }

    /// Writes the checkpoint to the publish directory and POSTs it to the publish URL; a
    /// failure is logged (the checkpoint is kept either way).
    async fn publish(&self, cp: &StoredCheckpoint) {
        let dir = &self.dep().audit.publish_dir;
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(dir)?;
            for name in [
                format!("{}.checkpoint", cp.size),
                "latest.checkpoint".into(),
            ] {
                let tmp = dir.join(format!(".{name}.tmp"));
                std::fs::write(&tmp, &cp.note)?;
                std::fs::rename(&tmp, dir.join(name))?;
            }
            Ok(())
        };
        if let Err(e) = write() {
            tracing::warn!(error = %e, dir = %dir.display(), "cannot publish a checkpoint to its directory");
        }
        if let Some(url) = &self.dep().audit.publish_url {
            let sent = self
                .llm_http
                .post(url)
                .header("content-type", "text/plain; charset=utf-8")
                .timeout(WITNESS_TIMEOUT)
                .body(cp.note.clone())
                .send()
                .await;
            let outcome = match sent {
                Ok(r) if r.status().is_success() => format!(
                    "the witness took the checkpoint of {} records at {}",
                    cp.size, cp.ts
                ),
                Ok(r) => {
                    tracing::warn!(
                        status = r.status().as_u16(),
                        "the checkpoint witness refused a checkpoint"
                    );
                    format!(
                        "the witness REFUSED the checkpoint of {} records at {} (HTTP {})",
                        cp.size,
                        cp.ts,
                        r.status().as_u16()
                    )
                }
                Err(e) => {
                    tracing::warn!(error = %e.without_url(), "cannot send a checkpoint to its witness");
                    format!(
                        "the checkpoint of {} records at {} could NOT be sent to the witness",
                        cp.size, cp.ts
                    )
                }
            };
            if let Ok(mut w) = self.witness.lock() {
                *w = Some(outcome);
            }
        }
    }

    /// The whole log checked the way `serve` checks it at start (every record against its
    /// chain, the tree against the records, every signed checkpoint — stored or published —
    /// against its signature and as a prefix of the log), with the latest checkpoint and how
    /// its witness took it: the console's "Verify the log".
    pub async fn audit_integrity(&self, _admin: &crate::Admin) -> Result<Integrity, Refusal> {
        let verifier = warden_merkle::NoteVerifier::parse(&self.signer.verifier_text())
            .map_err(|_| Refusal::internal())?;
        let problem =
            crate::integrity::problem(&*self.store, &verifier, &self.dep().audit.publish_dir, true)
                .await
                .map_err(store_refusal)?;
        let head = self.store.tree_head(None).await.map_err(store_refusal)?;
        let checkpoints = self.store.checkpoints().await.map_err(store_refusal)?;
        Ok(Integrity {
            problem,
            records: head.size,
            root: head.root,
            checkpoints: checkpoints.len(),
            latest: checkpoints.into_iter().max_by_key(|c| c.size),
            witness: self.witness_status(),
        })
    }

    /// How the last checkpoint sent to the witness fared (this process), or what is configured.
    pub fn witness_status(&self) -> String {
        if let Ok(w) = self.witness.lock()
            && let Some(w) = w.as_ref()
        {
            return w.clone();
        }
        if self.dep().audit.publish_url.is_some() {
            "no checkpoint sent to the witness since this process started".into()
        } else {
            "no witness configured (audit.publish_url)".into()
        }
    }

    /// `GET /readyz`: the store answers (the log's head is read), the log did not fail its
    /// start check, and, on a shared store, the change feed from the other processes is live;
    /// the size of the log.
    pub async fn ready(&self) -> Result<Value, Refusal> {
        if let Some(problem) = &self.tampered {
            return Err(Refusal::new(
                ErrorCode::LogTampered,
                format!("the audit log does not verify: {problem}"),
            ));
        }
        let head = self.store.tree_head(None).await.map_err(|e| {
            tracing::error!(error = %e, "readiness: the store does not answer");
            Refusal::new(ErrorCode::Internal, "the store does not answer")
        })?;
        let (feed, live) = self.change_feed();
        if !live {
            return Err(Refusal::new(
                ErrorCode::Internal,
                "the change feed from the shared store is down: halts and revocations made by other processes may not be seen (every agent is refused until it is back)",
            ));
        }
        Ok(json!({"status": "ready", "store": "ok", "records": head.size, "change_feed": feed}))
    }

    /// `POST /v1/admin/audit/checkpoints`.
    pub async fn checkpoint(&self, op: &crate::Admin) -> Result<Value, Refusal> {
        let cp = self.make_checkpoint(&op.name).await?;
        Ok(json!(cp))
    }

    /// `GET /v1/admin/audit/checkpoints`: every checkpoint kept, and the verifier key.
    pub async fn checkpoints(&self, _admin: &crate::Admin) -> Result<Value, Refusal> {
        let all = self.store.checkpoints().await.map_err(store_refusal)?;
        Ok(json!({"key": self.signer.verifier_text(), "checkpoints": all}))
    }

    /// `GET /v1/admin/audit/proof/inclusion`.
    pub async fn inclusion(
        &self,
        _admin: &crate::Admin,
        seq: u64,
        size: Option<u64>,
    ) -> Result<InclusionProof, Refusal> {
        self.store
            .inclusion_proof(seq, size)
            .await
            .map_err(store_refusal)
    }

    /// `GET /v1/admin/audit/proof/consistency`.
    pub async fn consistency(
        &self,
        _admin: &crate::Admin,
        old: u64,
        new: Option<u64>,
    ) -> Result<ConsistencyProof, Refusal> {
        self.store
            .consistency_proof(old, new)
            .await
            .map_err(store_refusal)
    }

    /// Makes a checkpoint when the log has grown, every `audit.checkpoint_every` and as soon
    /// as it has grown by `audit.checkpoint_records` records: the tail no signature vouches
    /// for stays short.
    pub async fn run_checkpoints(self: Arc<Self>) {
        let mut last = self
            .store
            .checkpoints()
            .await
            .ok()
            .and_then(|c| c.last().map(|c| c.size))
            .unwrap_or(0);
        let mut since = std::time::Instant::now();
        loop {
            let audit = self.dep().audit.clone();
            let tick = match (audit.checkpoint_every, audit.checkpoint_records) {
                (None, None) => std::time::Duration::from_secs(60),
                (Some(e), None) => e.min(std::time::Duration::from_secs(60)),
                (_, Some(_)) => std::time::Duration::from_secs(1),
            };
            tokio::time::sleep(tick).await;
            let size = match self.store.tree_head(None).await {
                Ok(h) => h.size,
                Err(e) => {
                    tracing::error!(error = %e, "cannot read the tree head");
                    continue;
                }
            };
            // The checkpoint's own record grows the log by one: not worth a new one.
            let grown = size > last + 1;
            let by_time = audit.checkpoint_every.is_some_and(|e| since.elapsed() >= e);
            let by_records = audit.checkpoint_records.is_some_and(|n| size >= last + n);
            if grown && (by_time || by_records) {
                match self.make_checkpoint("warden").await {
                    Ok(cp) => {
                        last = cp.size + 1;
                        since = std::time::Instant::now();
                    }
                    Err(_) => tracing::error!("periodic checkpoint failed"),
                }
            }
        }
    }
}
