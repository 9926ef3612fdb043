//! In-process tests of the pipeline's fail-closed behaviour, with a store that breaks on demand.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use async_trait::async_trait;
use serde_json::{Value, json};
use warden_store::{
    AuditFilter, Cas, Halt, SqliteStore, StateStore, Store, StoreError, TokenRecord, VerifyReport,
};
use warden_types::{Approval, ApprovalState, AuditEvent, AuditRecord, Timestamp};

use crate::{ActionRequest, AgentIdentity, Gateway};

/// A real SQLite store whose `append` and `session_labels` can be made to fail.
struct Flaky {
    inner: SqliteStore,
    fail_append: AtomicBool,
    fail_labels: AtomicBool,
}

fn broken() -> StoreError {
    StoreError::Database("disk on fire".into())
}

#[async_trait]
impl Store for Flaky {
    async fn append(&self, events: Vec<AuditEvent>) -> Result<Vec<u64>, StoreError> {
        if self.fail_append.load(Ordering::SeqCst) {
            return Err(broken());
        }
        self.inner.append(events).await
    }
    async fn query_audit(&self, f: AuditFilter) -> Result<Vec<AuditRecord>, StoreError> {
        self.inner.query_audit(f).await
    }
    async fn verify_audit(&self) -> Result<VerifyReport, StoreError> {
        self.inner.verify_audit().await
    }
}

#[async_trait]
impl StateStore for Flaky {
    async fn insert_token(&self, t: TokenRecord, e: AuditEvent) -> Result<(), StoreError> {
        self.inner.insert_token(t, e).await
    }
    async fn tokens(&self) -> Result<Vec<TokenRecord>, StoreError> {
        self.inner.tokens().await
    }
    async fn revoke_token(
        &self,
        id: &str,
        at: Timestamp,
        e: AuditEvent,
        agent: Option<String>,
        c: warden_store::HaltCancel,
    ) -> Result<Option<Vec<String>>, StoreError> {
        self.inner.revoke_token(id, at, e, agent, c).await
    }
    async fn halt(
        &self,
        a: &str,
        h: Halt,
        e: AuditEvent,
        c: warden_store::HaltCancel,
    ) -> Result<Vec<String>, StoreError> {
        self.inner.halt(a, h, e, c).await
    }
    async fn resume(&self, a: &str, e: AuditEvent) -> Result<bool, StoreError> {
        self.inner.resume(a, e).await
    }
    async fn open_run(&self, r: warden_store::Run, e: Vec<AuditEvent>) -> Result<(), StoreError> {
        self.inner.open_run(r, e).await
    }
    async fn current_run(&self, a: &str) -> Result<String, StoreError> {
        self.inner.current_run(a).await
    }
    async fn run(&self, a: &str, r: &str) -> Result<Option<warden_store::Run>, StoreError> {
        self.inner.run(a, r).await
    }
    async fn runs(&self, a: &str, l: u64) -> Result<Vec<warden_store::Run>, StoreError> {
        self.inner.runs(a, l).await
    }
    async fn declassify(
        &self,
        a: &str,
        r: &str,
        l: &str,
        e: Vec<AuditEvent>,
    ) -> Result<bool, StoreError> {
        self.inner.declassify(a, r, l, e).await
    }
    async fn reserve_totals(
        &self,
        r: &str,
        e: Vec<warden_store::TotalEntry>,
        at: Timestamp,
    ) -> Result<Vec<i64>, StoreError> {
        self.inner.reserve_totals(r, e, at).await
    }
    async fn release_totals(&self, r: &str) -> Result<(), StoreError> {
        self.inner.release_totals(r).await
    }
    async fn reserve_budget(
        &self,
        ask: warden_store::BudgetAsk,
        c: Vec<warden_store::BudgetCheck>,
    ) -> Result<Result<(), (usize, warden_store::Spent)>, StoreError> {
        self.inner.reserve_budget(ask, c).await
    }
    async fn settle_budget(
        &self,
        r: &str,
        actual: warden_store::Spent,
        c: Vec<warden_store::BudgetCheck>,
        stale: Timestamp,
    ) -> Result<Vec<warden_store::Spent>, StoreError> {
        self.inner.settle_budget(r, actual, c, stale).await
    }
    async fn release_budget(&self, r: &str) -> Result<(), StoreError> {
        self.inner.release_budget(r).await
    }
    async fn backfill_budget(
        &self,
        rows: Vec<(String, String, warden_store::Spent)>,
        at: Timestamp,
    ) -> Result<bool, StoreError> {
        self.inner.backfill_budget(rows, at).await
    }
    async fn add_run_facts(
        &self,
        a: &str,
        s: &str,
        l: BTreeSet<String>,
        p: warden_store::RunValues,
        e: Vec<AuditEvent>,
    ) -> Result<(), StoreError> {
        if self.fail_append.load(Ordering::SeqCst) {
            return Err(broken());
        }
        self.inner.add_run_facts(a, s, l, p, e).await
    }
    async fn provenance_of(
        &self,
        a: &str,
        r: &str,
        h: Vec<String>,
    ) -> Result<Vec<(bool, bool)>, StoreError> {
        if self.fail_labels.load(Ordering::SeqCst) {
            return Err(broken());
        }
        self.inner.provenance_of(a, r, h).await
    }
    async fn halts(&self) -> Result<Vec<(String, Halt)>, StoreError> {
        self.inner.halts().await
    }
    async fn session_labels(&self, a: &str, s: &str) -> Result<BTreeSet<String>, StoreError> {
        if self.fail_labels.load(Ordering::SeqCst) {
            return Err(broken());
        }
        self.inner.session_labels(a, s).await
    }
    async fn add_session_labels(
        &self,
        a: &str,
        s: &str,
        l: BTreeSet<String>,
        e: Vec<AuditEvent>,
    ) -> Result<(), StoreError> {
        // Appends go through here too: an unwritable log fails both.
        if self.fail_append.load(Ordering::SeqCst) {
            return Err(broken());
        }
        self.inner.add_session_labels(a, s, l, e).await
    }
    async fn create_approval(&self, a: Approval, e: Vec<AuditEvent>) -> Result<(), StoreError> {
        self.inner.create_approval(a, e).await
    }
    async fn approval(&self, id: &str) -> Result<Option<Approval>, StoreError> {
        self.inner.approval(id).await
    }
    async fn approvals(
        &self,
        s: Option<ApprovalState>,
        b: Option<String>,
        l: u64,
    ) -> Result<Vec<Approval>, StoreError> {
        self.inner.approvals(s, b, l).await
    }
    async fn pending_approvals(&self, agent: &str) -> Result<u64, StoreError> {
        self.inner.pending_approvals(agent).await
    }
    async fn update_approval(
        &self,
        a: Approval,
        x: ApprovalState,
        e: Vec<AuditEvent>,
    ) -> Result<Cas, StoreError> {
        self.inner.update_approval(a, x, e).await
    }
    async fn budget_used(
        &self,
        c: Vec<warden_store::BudgetCheck>,
        s: Timestamp,
    ) -> Result<Vec<warden_store::Spent>, StoreError> {
        self.inner.budget_used(c, s).await
    }
    async fn total_sums(&self, s: Timestamp, l: u64) -> Result<Vec<(String, i64)>, StoreError> {
        self.inner.total_sums(s, l).await
    }
    async fn due_approvals(&self, now: Timestamp) -> Result<Vec<Approval>, StoreError> {
        self.inner.due_approvals(now).await
    }
    async fn vault_verifier(&self) -> Result<Option<Value>, StoreError> {
        self.inner.vault_verifier().await
    }
    async fn init_vault_verifier(&self, v: Value) -> Result<Value, StoreError> {
        self.inner.init_vault_verifier(v).await
    }
    async fn wrapped_master_key(&self) -> Result<Option<String>, StoreError> {
        self.inner.wrapped_master_key().await
    }
    async fn init_wrapped_master_key(&self, w: String) -> Result<String, StoreError> {
        self.inner.init_wrapped_master_key(w).await
    }
    async fn secret_versions(&self) -> Result<Vec<warden_store::SecretVersion>, StoreError> {
        self.inner.secret_versions().await
    }
    async fn put_secret_version(
        &self,
        v: warden_store::SecretVersion,
        g: Timestamp,
        e: Vec<AuditEvent>,
    ) -> Result<(), StoreError> {
        self.inner.put_secret_version(v, g, e).await
    }
    async fn revoke_secret(
        &self,
        n: &str,
        v: Option<u32>,
        at: Timestamp,
        e: Vec<AuditEvent>,
    ) -> Result<usize, StoreError> {
        self.inner.revoke_secret(n, v, at, e).await
    }
    async fn tool_pins(&self) -> Result<Vec<warden_store::ToolPin>, StoreError> {
        self.inner.tool_pins().await
    }
    async fn put_tool_pin(
        &self,
        p: warden_store::ToolPin,
        e: Vec<AuditEvent>,
    ) -> Result<(), StoreError> {
        self.inner.put_tool_pin(p, e).await
    }
    async fn stream_cursor(&self, n: String) -> Result<u64, StoreError> {
        self.inner.stream_cursor(n).await
    }
    async fn set_stream_cursor(&self, n: String, seq: u64) -> Result<(), StoreError> {
        self.inner.set_stream_cursor(n, seq).await
    }
    async fn add_checkpoint(
        &self,
        c: warden_store::StoredCheckpoint,
        e: AuditEvent,
    ) -> Result<(), StoreError> {
        self.inner.add_checkpoint(c, e).await
    }
    async fn checkpoints(&self) -> Result<Vec<warden_store::StoredCheckpoint>, StoreError> {
        self.inner.checkpoints().await
    }
    async fn audit_after(&self, a: u64, l: u64) -> Result<Vec<(u64, String)>, StoreError> {
        self.inner.audit_after(a, l).await
    }
    async fn tree_head(&self, s: Option<u64>) -> Result<warden_store::TreeHead, StoreError> {
        self.inner.tree_head(s).await
    }
    async fn inclusion_proof(
        &self,
        q: u64,
        s: Option<u64>,
    ) -> Result<warden_store::InclusionProof, StoreError> {
        self.inner.inclusion_proof(q, s).await
    }
    async fn consistency_proof(
        &self,
        o: u64,
        n: Option<u64>,
    ) -> Result<warden_store::ConsistencyProof, StoreError> {
        self.inner.consistency_proof(o, n).await
    }
}

#[async_trait]
impl warden_store::AlertStore for Flaky {
    async fn monitor_state(&self, n: String) -> Result<Option<(u64, String)>, StoreError> {
        self.inner.monitor_state(n).await
    }
    async fn monitor_commit(
        &self,
        n: String,
        c: u64,
        s: Option<String>,
        r: Vec<warden_types::Alert>,
        e: warden_store::RaisedEvent,
    ) -> Result<Vec<(warden_types::Alert, bool)>, StoreError> {
        self.inner.monitor_commit(n, c, s, r, e).await
    }
    async fn alerts(
        &self,
        a: Option<String>,
        s: Vec<warden_types::AlertState>,
        l: u64,
    ) -> Result<Vec<warden_types::Alert>, StoreError> {
        self.inner.alerts(a, s, l).await
    }
    async fn alert(&self, id: String) -> Result<Option<warden_types::Alert>, StoreError> {
        self.inner.alert(id).await
    }
    async fn update_alert(
        &self,
        a: warden_types::Alert,
        f: warden_types::AlertState,
        e: Vec<AuditEvent>,
    ) -> Result<bool, StoreError> {
        self.inner.update_alert(a, f, e).await
    }
}

async fn setup() -> (
    Arc<Gateway>,
    Arc<Flaky>,
    warden_fake_upstream::Upstream,
    tempfile::TempDir,
) {
    let up = warden_fake_upstream::Upstream::new(Some("k".into()));
    let addr = up.clone().spawn(([127, 0, 0, 1], 0).into()).await.unwrap();
    let url = format!("http://{addr}");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/groupany/warden.toml");
    let dep = warden_config::load(&path, &|k| {
        (k == "WARDEN_UPSTREAM_GROUPANY_URL").then(|| url.clone())
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut dep = dep;
    dep.audit.signing_key_file = dir.path().join("audit-signing.key");
    dep.audit.publish_dir = dir.path().join("checkpoints");
    let store = Arc::new(Flaky {
        inner: SqliteStore::open(&dir.path().join("w.db")).unwrap(),
        fail_append: AtomicBool::new(false),
        fail_labels: AtomicBool::new(false),
    });
    let gw = Gateway::start(
        crate::compile(dep).unwrap(),
        store.clone(),
        Arc::new(|k: &str| (k == "GROUPANY_API_KEY").then(|| "k".to_owned())),
    )
    .await
    .unwrap();
    (gw, store, up, dir)
}

fn who() -> AgentIdentity {
    AgentIdentity {
        agent: "support-bot".into(),
        token_id: "t".into(),
    }
}

fn lookup() -> ActionRequest {
    ActionRequest {
        tool: "crm.get_customer".into(),
        arguments: json!({"customer_id": "C1234"}),
        session: Some("s".into()),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn works_when_the_store_works() {
    let (gw, _store, up, _dir) = setup().await;
    let r = gw.submit(&who(), lookup()).await.stored();
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(up.calls().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unwritable_audit_log_executes_nothing() {
    let (gw, store, up, _dir) = setup().await;
    store.fail_append.store(true, Ordering::SeqCst);
    let r = gw.submit(&who(), lookup()).await.stored();
    assert_eq!(r.status, 500, "{}", r.body);
    assert_eq!(r.body["code"], "internal");
    assert!(
        !r.body.to_string().contains("disk on fire"),
        "internals leak: {}",
        r.body
    );
    assert!(
        up.calls().is_empty(),
        "an action ran without its audit record"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_session_state_denies_and_is_recorded() {
    let (gw, store, up, _dir) = setup().await;
    store.fail_labels.store(true, Ordering::SeqCst);
    let r = gw.submit(&who(), lookup()).await.stored();
    assert_eq!(r.status, 403, "{}", r.body);
    assert_eq!(r.body["code"], "denied");
    assert!(up.calls().is_empty());
    let denied = store
        .query_audit(AuditFilter {
            outcome: Some("denied".into()),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(denied.len(), 1);
}
