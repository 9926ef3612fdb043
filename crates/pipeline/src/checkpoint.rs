//! Signed checkpoints of the audit log (C2SP signed notes over the RFC 6962 tree head), their
//! publication for external witnessing, and inclusion / consistency proofs for operators.

use std::io::Write as _;
use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
use std::path::Path;
use std::sync::Arc;

use serde_json::{Value, json};
use warden_merkle::{Checkpoint, NoteSigner};
use warden_store::{ConsistencyProof, InclusionProof, StoreError, StoredCheckpoint};
use warden_types::{AuditEvent, AuditSettings, ErrorCode, EventKind, Outcome, Timestamp};

use crate::{Gateway, LoadError, Refusal};

/// How long the checkpoint witness (`audit.publish_url`) may take to take one checkpoint.
const WITNESS_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Loads the checkpoint signing key, creating it (mode 0600, with its public `.pub` beside it)
/// if it does not exist. A key file readable by others is refused.
pub fn load_signer(settings: &AuditSettings) -> Result<NoteSigner, LoadError> {
    let path = &settings.signing_key_file;
    let fail =
        |what: String| LoadError::Vault(format!("audit signing key `{}`: {what}", path.display()));
    match std::fs::metadata(path) {
        Ok(meta) => {
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(fail("readable by group or others; chmod 600 it".into()));
            }
            let text = std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?;
            NoteSigner::parse(&text).map_err(|e| fail(e.to_string()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| fail(format!("no randomness: {e}")))?;
            let name = settings.origin.clone();
            let signer = NoteSigner::from_seed(&name, &seed).map_err(|e| fail(e.to_string()))?;
            seed.fill(0);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| fail(e.to_string()))?;
            }
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(path)
                .map_err(|e| fail(e.to_string()))?;
            f.write_all(signer.to_private_text().as_bytes())
                .and_then(|()| f.sync_all())
                .map_err(|e| fail(e.to_string()))?;
            std::fs::write(public_path(path), format!("{}\n", signer.verifier_text()))
                .map_err(|e| fail(e.to_string()))?;
            tracing::info!(key = %signer.verifier_text(), "created the audit checkpoint signing key");
            Ok(signer)
        }
        Err(e) => Err(fail(e.to_string())),
    }
}

/// `<key file>.pub`: the verifier key others use to check checkpoints.
pub fn public_path(key: &Path) -> std::path::PathBuf {
    let mut p = key.as_os_str().to_owned();
    p.push(".pub");
    std::path::PathBuf::from(p)
}

fn store_refusal(e: StoreError) -> Refusal {
    match e {
        StoreError::Range(m) => Refusal::new(ErrorCode::NotFound, m),
        other => {
            tracing::error!(error = %other, "audit store failed");
            Refusal::internal()
        }
    }
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
        let mut e = AuditEvent::new(
            EventKind::AuditCheckpoint,
            Outcome::Success,
            format!(
                "checkpoint of the audit log at {} records signed",
                head.size
            ),
        );
        e.actor = Some(actor.to_owned());
        e.output = json!({"size": head.size, "root": head.root});
        self.store
            .add_checkpoint(stored.clone(), e)
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
            match sent {
                Ok(r) if r.status().is_success() => {}
                Ok(r) => tracing::warn!(
                    status = r.status().as_u16(),
                    "the checkpoint witness refused a checkpoint"
                ),
                Err(e) => {
                    tracing::warn!(error = %e.without_url(), "cannot send a checkpoint to its witness")
                }
            }
        }
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

    /// Makes a checkpoint every `audit.checkpoint_every` when the log has grown.
    pub async fn run_checkpoints(self: Arc<Self>) {
        let Some(every) = self.dep().audit.checkpoint_every else {
            return;
        };
        let mut last = self
            .store
            .checkpoints()
            .await
            .ok()
            .and_then(|c| c.last().map(|c| c.size))
            .unwrap_or(0);
        loop {
            tokio::time::sleep(every).await;
            match self.store.tree_head(None).await {
                // The checkpoint's own record grows the log by one: not worth a new one.
                Ok(h) if h.size > last + 1 => match self.make_checkpoint("warden").await {
                    Ok(cp) => last = cp.size + 1,
                    Err(_) => tracing::error!("periodic checkpoint failed"),
                },
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "cannot read the tree head"),
            }
        }
    }
}
