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
use warden_types::{Approval, ApprovalState, AuditEvent, AuditRecord, EventKind, Timestamp};

use crate::{ActionRequest, AgentIdentity, Gateway};

/// A real SQLite store whose `append` and `session_labels` can be made to fail, and which can
/// be made to panic (a bug anywhere on the action path) before a decision (looking up where
/// arguments came from) or after an execution (committing its result).
struct Flaky {
    inner: SqliteStore,
    fail_append: AtomicBool,
    fail_labels: AtomicBool,
    panic_provenance: AtomicBool,
    panic_result: AtomicBool,
    panic_llm_sent: AtomicBool,
}

impl Flaky {
    fn panic_on_result(&self, events: &[AuditEvent]) {
        if self.panic_result.load(Ordering::SeqCst)
            && events.iter().any(|e| e.event == EventKind::ActionExecuted)
        {
            panic!("a bug while committing a result");
        }
    }
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
        assert!(
            !(self.panic_llm_sent.load(Ordering::SeqCst)
                && events.iter().any(|e| e.event == EventKind::LlmSent)),
            "a bug while recording what leaves for a provider"
        );
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
    async fn append_once(&self, k: &str, e: Vec<AuditEvent>) -> Result<bool, StoreError> {
        self.inner.append_once(k, e).await
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
        self.panic_on_result(&e);
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
        assert!(
            !self.panic_provenance.load(Ordering::SeqCst),
            "a bug while placing an argument"
        );
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
        self.panic_on_result(&e);
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
    setup_with(|_| {}).await
}

/// [`setup`] with the reference deployment changed by `change`.
async fn setup_with(
    change: impl FnOnce(&mut warden_types::Deployment),
) -> (
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
    change(&mut dep);
    let store = Arc::new(Flaky {
        inner: SqliteStore::open(&dir.path().join("w.db")).unwrap(),
        fail_append: AtomicBool::new(false),
        fail_labels: AtomicBool::new(false),
        panic_provenance: AtomicBool::new(false),
        panic_result: AtomicBool::new(false),
        panic_llm_sent: AtomicBool::new(false),
    });
    let gw = Gateway::start(
        crate::compile(dep).unwrap(),
        store.clone(),
        Arc::new(|k: &str| (k == "GROUPANY_API_KEY" || k == "LLM_API_KEY").then(|| "k".to_owned())),
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

/// With the log unwritable, nothing with a side effect runs (its intent is committed first),
/// and nothing is answered: a read (its intent is committed with its result) may have asked
/// the upstream, but its result reaches nobody.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unwritable_audit_log_executes_nothing() {
    let (gw, store, up, _dir) = setup().await;
    store.fail_append.store(true, Ordering::SeqCst);
    let change = || ActionRequest {
        tool: "crm.update_contact".into(),
        arguments: json!({"customer_id": "C1234", "email": "new@example.org"}),
        session: Some("s".into()),
    };
    for (request, side_effect) in [(change(), true), (lookup(), false)] {
        let r = gw.submit(&who(), request).await.stored();
        assert_eq!(r.status, 500, "{}", r.body);
        assert_eq!(r.body["code"], "internal");
        assert!(
            !r.body.to_string().contains("disk on fire"),
            "internals leak: {}",
            r.body
        );
        assert!(r.body.get("result").is_none(), "{}", r.body);
        if side_effect {
            assert!(
                up.calls().is_empty(),
                "an action ran without its audit record"
            );
        }
    }
    // The change is one the policies allow: with the log back, it runs.
    store.fail_append.store(false, Ordering::SeqCst);
    let calls = up.calls().len();
    let r = gw.submit(&who(), change()).await.stored();
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(up.calls().len(), calls + 1);

    // `audit.read_intent = "before_call"`: a read's intent is committed first too.
    let (gw, store, up, _dir) =
        setup_with(|dep| dep.audit.read_intent = warden_types::ReadIntent::BeforeCall).await;
    store.fail_append.store(true, Ordering::SeqCst);
    let r = gw.submit(&who(), lookup()).await.stored();
    assert_eq!(r.status, 500, "{}", r.body);
    assert!(
        up.calls().is_empty(),
        "a read ran before its intent was recorded"
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

/// The records of one action, in order.
async fn records_of(store: &Flaky, id: &str) -> Vec<AuditRecord> {
    store
        .query_audit(AuditFilter {
            action_id: Some(id.to_owned()),
            ..AuditFilter::default()
        })
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_before_the_decision_denies_withdraws_the_totals_and_is_recorded() {
    let (gw, store, up, _dir) = setup().await;
    let finance = AgentIdentity {
        agent: "finance-bot".into(),
        token_id: "t".into(),
    };
    let payment = || ActionRequest {
        tool: "payments.send".into(),
        arguments: json!({"iban": "DE89370400440532013000", "amount": 700, "reference": "INV-1"}),
        session: None,
    };
    // Placing the IBAN panics: after the payment's totals were reserved, before any decision.
    store.panic_provenance.store(true, Ordering::SeqCst);
    let r = gw.submit(&finance, payment()).await.stored();
    assert_eq!(r.status, 500, "{}", r.body);
    assert_eq!(r.body["code"], "internal", "{}", r.body);
    assert!(
        !r.body.to_string().contains("a bug"),
        "the panic's message leaks: {}",
        r.body
    );
    let id = r.body["action_id"]
        .as_str()
        .expect("the answer names the action");
    assert!(up.calls().is_empty(), "a panicked action ran");
    let records = records_of(&store, id).await;
    let denial = records
        .iter()
        .find(|r| r.event.event == EventKind::ActionDecided)
        .unwrap_or_else(|| panic!("no decision recorded: {records:?}"));
    assert_eq!(denial.event.outcome, warden_types::Outcome::Denied);
    assert_eq!(denial.event.code.as_deref(), Some("internal"));
    assert_eq!(denial.event.agent.as_deref(), Some("finance-bot"));
    // Nothing of the 700 stays in the agent's running totals ...
    let since = Timestamp(Timestamp::now().0 - 3_600_000_000);
    let sums = store.inner.total_sums(since, 100).await.unwrap();
    assert!(sums.iter().all(|(_, n)| *n == 0), "{sums:?}");
    // ... while the same payment without the bug is counted (the check can see a reservation),
    // and the gateway goes on working.
    store.panic_provenance.store(false, Ordering::SeqCst);
    let r = gw.submit(&finance, payment()).await.stored();
    assert!(r.status == 200 || r.status == 202, "{}", r.body);
    let sums = store.inner.total_sums(since, 100).await.unwrap();
    let day: i64 = sums
        .iter()
        .filter(|(k, _)| k.starts_with("payments.send\u{1f}day\u{1f}"))
        .map(|(_, n)| n)
        .sum();
    assert_eq!(day, 700, "{sums:?}");
    // The run's count (`in_run`, split by the run) is a total of its own.
    assert!(
        sums.iter().any(|(k, n)| k
            .starts_with("payments.send\u{1f}in_run\u{1f}finance-bot\u{1f}\u{1f}")
            && *n == 1),
        "{sums:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_after_the_upstream_acted_records_the_outcome_as_unknown_once() {
    let (gw, store, up, _dir) = setup().await;
    store.panic_result.store(true, Ordering::SeqCst);
    let r = gw.submit(&who(), lookup()).await.stored();
    assert_eq!(r.status, 500, "{}", r.body);
    assert_eq!(r.body["code"], "internal", "{}", r.body);
    assert!(
        r.body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("outcome is unknown")),
        "{}",
        r.body
    );
    assert_eq!(up.calls().len(), 1, "the upstream was called");
    let id = r.body["action_id"]
        .as_str()
        .expect("the answer names the action");
    // Anything a guard would record on its own task has had time to land.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let records = records_of(&store, id).await;
    let kinds: Vec<_> = records.iter().map(|r| r.event.event).collect();
    assert_eq!(
        kinds,
        [
            EventKind::ActionReceived,
            EventKind::ActionDecided,
            EventKind::ActionExecuted
        ],
        "{records:?}"
    );
    let executed = &records[2].event;
    assert_eq!(executed.outcome, warden_types::Outcome::Failure);
    assert_eq!(executed.code.as_deref(), Some("internal"));
    store.panic_result.store(false, Ordering::SeqCst);
    let r = gw.submit(&who(), lookup()).await.stored();
    assert_eq!(r.status, 200, "{}", r.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_in_the_llm_proxy_is_recorded_and_answered() {
    let (gw, store, _up, _dir) = setup().await;
    store.panic_llm_sent.store(true, Ordering::SeqCst);
    let body = json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Summarise the open tickets."}]});
    let reply = gw
        .llm(&who(), crate::LlmFormat::Openai, body, None, None)
        .await;
    let crate::LlmReply::Refused(refusal) = reply else {
        panic!("a panicked LLM call was answered as if it went well");
    };
    let answer = refusal.stored();
    assert_eq!(answer.status, 500, "{}", answer.body);
    assert_eq!(answer.body["code"], "internal", "{}", answer.body);
    let id = answer.body["llm_call_id"]
        .as_str()
        .expect("the answer names the call");
    let records = records_of(&store, id).await;
    assert!(
        records.iter().any(|r| r.event.event == EventKind::LlmCall
            && r.event.outcome == warden_types::Outcome::Failure
            && r.event.code.as_deref() == Some("internal")),
        "{records:?}"
    );
}

/// Labels one commit adds are never cached as a run's whole set: after another process's
/// change dropped the cached set, a commit adding `pii` must not leave `{pii}` standing for a
/// run the store knows is `untrusted` (the two-process label shed seen in CI).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn added_labels_never_stand_for_a_runs_whole_set() {
    let (gw, store, _up, _dir) = setup().await;
    let untrusted: BTreeSet<String> = ["untrusted".to_owned()].into();
    store
        .inner
        .add_session_labels("support-bot", "run-x", untrusted, Vec::new())
        .await
        .unwrap();
    assert!(
        gw.session_labels("support-bot", "run-x")
            .await
            .unwrap()
            .contains("untrusted")
    );
    // Another process changed the run: this one drops its cached set …
    gw.drop_cached_labels(Some("support-bot"), Some("run-x"));
    // … and then commits what an action added.
    gw.cache_labels("support-bot", "run-x", ["pii".to_owned()].into());
    let now = gw.session_labels("support-bot", "run-x").await.unwrap();
    assert!(
        now.contains("untrusted"),
        "the run's label was shed: {now:?}"
    );
    // A store read that began before a drop does not cache what it read.
    let epoch = gw.label_epoch.load(Ordering::Acquire);
    gw.drop_cached_labels(Some("support-bot"), None);
    assert_ne!(gw.label_epoch.load(Ordering::Acquire), epoch);
}
