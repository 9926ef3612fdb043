//! Data subjects: where a person's data went (`locate`), their copy of it (`export`, GDPR
//! Art. 15), and erasure (Art. 17) that destroys it while the audit log keeps verifying.
//!
//! Identifiers (e-mail addresses, phone numbers, IBANs, IP addresses) are personal data
//! themselves: they are never written to the audit log. The records of these requests name the operator, the reason, how
//! many identifiers were asked about and the opaque subject ids. Those records and the data map
//! are built by `warden_audit` (`event::subject_accessed`, `event::subject_erased`,
//! `erasure::DataMap`); this is the workflow around the store's subject vault.

use serde_json::{Value, json};
use warden_audit::erasure::{DataMap, hook_ok};
use warden_store::{Located, StoreError};
use warden_types::ErrorCode;

use crate::admin_log::{AdminLog, ErasureReceipt};
use crate::{Gateway, Operator, Refusal};

/// Most identifiers in one request.
const MAX_IDS: usize = 100;
/// Longest reason.
const MAX_REASON: usize = 1000;
/// How long an erasure hook may take.
const HOOK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);

fn check_ids(ids: &[String]) -> Result<(), Refusal> {
    if ids.is_empty() || ids.len() > MAX_IDS {
        return Err(Refusal::new(
            ErrorCode::BadRequest,
            format!(
                "give 1 to {MAX_IDS} identifiers (e-mail addresses, phone numbers, IBANs or IP addresses)"
            ),
        ));
    }
    for (i, id) in ids.iter().enumerate() {
        warden_store::parse_identifier(id).map_err(|why| {
            Refusal::new(
                ErrorCode::BadRequest,
                format!("identifier {}: {why}", i + 1),
            )
        })?;
    }
    Ok(())
}

fn store_refusal(e: StoreError) -> Refusal {
    match e {
        StoreError::Range(m) => Refusal::new(ErrorCode::BadRequest, m),
        other => {
            tracing::error!(error = %other, "subject store failed");
            Refusal::internal()
        }
    }
}

/// The data map: which systems, tools, LLM providers and agents the data reached.
pub(crate) fn data_map(located: &Located) -> DataMap {
    let mut map = DataMap::default();
    for r in &located.records {
        map.add(&r.event, r.tool.as_deref(), r.agent.as_deref(), &r.systems);
    }
    map
}

/// The sequence numbers of the records that hold the subjects' data.
pub(crate) fn seqs(located: &Located) -> Vec<u64> {
    located.records.iter().map(|r| r.seq).collect()
}

fn summary(located: &Located) -> Value {
    data_map(located).to_json()
}

impl Gateway {
    /// Masks personal data and secrets in operator-written text that goes into the log.
    fn masked(&self, text: &str) -> String {
        let rules = warden_inspect::redact::Rules {
            pii: warden_inspect::redact::Mode::Mask,
            secret: warden_inspect::redact::Mode::Mask,
        };
        warden_inspect::redact::redact_text(
            &self.scanner(),
            text,
            rules,
            &mut warden_inspect::redact::Pseudonyms::default(),
        )
        .map(|(t, _)| t)
        .unwrap_or_else(|_| "[withheld]".to_owned())
    }

    /// Records an access; the data is not handed out unless the record is written.
    async fn record_access(
        &self,
        op: &Operator,
        what: &str,
        ids: usize,
        located: &Located,
    ) -> Result<(), Refusal> {
        let log = AdminLog(&*self.store);
        log.subject_accessed(&op.name, what, ids, located)
            .await
            .map_err(|err| {
                tracing::error!(error = %err, "cannot record a subject access; refused");
                Refusal::internal()
            })
    }

    /// `POST /v1/admin/subjects/locate`.
    pub async fn locate_subjects(
        &self,
        op: &crate::Admin,
        ids: Vec<String>,
    ) -> Result<Value, Refusal> {
        check_ids(&ids)?;
        let n = ids.len();
        let located = self
            .store
            .locate_subjects(ids)
            .await
            .map_err(store_refusal)?;
        self.record_access(op, "locate", n, &located).await?;
        Ok(json!({
            "subjects": located.subjects,
            "unknown": located.unknown,
            "summary": summary(&located),
            "records": located.records,
        }))
    }

    /// `POST /v1/admin/subjects/export`: the records with the subjects' own values put back.
    pub async fn export_subjects(
        &self,
        op: &crate::Admin,
        ids: Vec<String>,
    ) -> Result<Value, Refusal> {
        check_ids(&ids)?;
        let n = ids.len();
        let (located, records) = self
            .store
            .export_subjects(ids)
            .await
            .map_err(store_refusal)?;
        self.record_access(op, "export", n, &located).await?;
        Ok(json!({
            "subjects": located.subjects,
            "unknown": located.unknown,
            "summary": summary(&located),
            "records": records,
        }))
    }

    /// Calls every erasure hook; what each answered, for the receipt.
    async fn erasure_hooks(&self, ids: &[String], reason: &str, erasure_id: &str) -> Vec<Value> {
        let mut answers = Vec::new();
        for hook in &self.dep().erasure_hooks {
            let mut req = self
                .llm_http
                .post(&hook.url)
                .timeout(HOOK_TIMEOUT)
                .json(&json!({"identifiers": ids, "reason": reason, "erasure_id": erasure_id}));
            let mut header_error = None;
            for (k, v) in &hook.headers {
                match self.render_header(v) {
                    Ok(v) => req = req.header(k, v.as_str()),
                    Err(e) => header_error = Some(e),
                }
            }
            let answer = match header_error {
                Some(e) => {
                    json!({"hook": hook.name, "system": hook.system, "ok": false, "error": e})
                }
                None => match req.send().await {
                    Ok(r) => {
                        let status = r.status().as_u16();
                        json!({"hook": hook.name, "system": hook.system, "ok": r.status().is_success(), "status": status})
                    }
                    Err(e) => {
                        let why = if e.is_timeout() {
                            "timed out"
                        } else {
                            "unreachable"
                        };
                        json!({"hook": hook.name, "system": hook.system, "ok": false, "error": why})
                    }
                },
            };
            if !hook_ok(&answer) {
                tracing::warn!(hook = %hook.name, "an erasure hook failed");
            }
            answers.push(answer);
        }
        answers
    }

    /// `POST /v1/admin/subjects/erase`: erasure hooks first (they need the identifiers), then
    /// keys and values destroyed and the receipt logged in one transaction.
    pub async fn erase_subjects(
        &self,
        op: &crate::Admin,
        ids: Vec<String>,
        reason: String,
    ) -> Result<Value, Refusal> {
        check_ids(&ids)?;
        let reason = reason.trim().to_owned();
        if reason.is_empty() || reason.chars().count() > MAX_REASON {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                format!("`reason` must be 1 to {MAX_REASON} characters"),
            ));
        }
        let erasure_id = warden_types::random_id("era").map_err(|_| Refusal::internal())?;
        let hooks = self.erasure_hooks(&ids, &reason, &erasure_id).await;
        let logged_reason = self.masked(&reason);
        let receipt = ErasureReceipt {
            actor: op.name.clone(),
            erasure_id: erasure_id.clone(),
            identifiers: ids.len(),
            reason: logged_reason,
            hooks: hooks.clone(),
        };
        let done = AdminLog(&*self.store)
            .erase_subjects(ids, receipt)
            .await
            .map_err(store_refusal)?;
        Ok(json!({
            "erasure_id": erasure_id,
            "receipt_seq": done.receipt_seq,
            "subjects": done.located.subjects,
            "unknown": done.located.unknown,
            "values_destroyed": done.values,
            "records": seqs(&done.located),
            "summary": summary(&done.located),
            "approvals_scrubbed": done.approvals,
            "approvals_cancelled": done.cancelled,
            "hooks": hooks,
        }))
    }
}
