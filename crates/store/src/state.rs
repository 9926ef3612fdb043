//! The gateway's state — tokens, halts, session labels, approvals, vault metadata and secret
//! versions, tool pins, stream cursors — written once over the primitives of [`crate::sql`],
//! for every backend. Each mutation commits together with the audit events that describe it.
//!
//! Domain decisions stay with their stage: what a halt cancels, and what the agent is told,
//! is decided by the caller ([`HaltCancel`]) inside the halt's transaction.

use std::collections::BTreeSet;

use async_trait::async_trait;
use warden_types::{Approval, ApprovalState, AuditEvent, Timestamp, TokenKind};

use crate::sql::{Backend, Row, Sql, Tx, Val};
use crate::{
    BASE_RUN, BudgetAsk, BudgetCheck, Cas, Change, ConsistencyProof, Halt, InclusionProof, Run,
    RunValues, SecretVersion, Spent, StoreError, StoredCheckpoint, TokenRecord, ToolPin,
    TotalEntry, TreeHead,
};

/// The columns of a run, in [`run_row`]'s order.
const RUN_COLUMNS: &str = "SELECT session, agent, opened_at, opened_by FROM sessions";

fn run_row(r: &Row) -> Result<Run, StoreError> {
    Ok(Run {
        id: r.text(0)?,
        agent: r.text(1)?,
        opened_at: Timestamp(r.int(2)?),
        opened_by: r.text(3)?,
    })
}

fn sat_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn sat_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

/// Locks the rows of `keys` (creating them), in one order, for this transaction.
fn lock_keys<'k>(db: &mut dyn Tx, keys: impl Iterator<Item = &'k str>) -> Result<(), StoreError> {
    let mut keys: Vec<&str> = keys.collect();
    keys.sort_unstable();
    keys.dedup();
    let lock = db.lock_rows();
    for key in keys {
        db.exec(
            "INSERT INTO total_keys (key) VALUES (?1) ON CONFLICT (key) DO NOTHING",
            &[key.into()],
        )?;
        db.row(
            &format!("SELECT key FROM total_keys WHERE key = ?1{lock}"),
            &[key.into()],
        )?;
    }
    Ok(())
}

/// What the agents of `check` have spent in its period: settled rows, and reservations newer
/// than `stale` (older ones belong to calls that never settled: a process that died).
fn ledger_used(
    db: &mut dyn Sql,
    check: &BudgetCheck,
    stale: Timestamp,
) -> Result<Spent, StoreError> {
    if check.agents.is_empty() {
        return Ok((0, 0));
    }
    let list: Vec<String> = (0..check.agents.len())
        .map(|i| format!("?{}", i + 3))
        .collect();
    let mut args: Vec<Val> = vec![(&check.period).into(), Val::Int(stale.0)];
    args.extend(check.agents.iter().map(Val::from));
    let row = db.row(
        &format!(
            "SELECT CAST(COALESCE(SUM(tokens), 0) AS BIGINT), CAST(COALESCE(SUM(nanousd), 0) AS BIGINT)
             FROM budget_ledger WHERE period = ?1 AND (settled = 1 OR at >= ?2) AND agent IN ({})",
            list.join(", ")
        ),
        &args,
    )?;
    match row {
        Some(r) => Ok((sat_u64(r.int(0)?), sat_u64(r.int(1)?))),
        None => Ok((0, 0)),
    }
}

/// The labels of `run` (the base run: the union of every row no operator opened), its rows
/// locked with `lock`.
fn run_labels(
    db: &mut dyn Sql,
    agent: &str,
    run: &str,
    lock: &str,
) -> Result<BTreeSet<String>, StoreError> {
    let rows = if run == BASE_RUN {
        db.rows(
            &format!("SELECT labels FROM sessions WHERE agent = ?1 AND opened_at IS NULL{lock}"),
            &[agent.into()],
        )?
    } else {
        db.rows(
            &format!("SELECT labels FROM sessions WHERE agent = ?1 AND session = ?2{lock}"),
            &[agent.into(), run.into()],
        )?
    };
    let mut all = BTreeSet::new();
    for r in rows {
        all.extend(json::<BTreeSet<String>>("session labels", &r.text(0)?)?);
    }
    Ok(all)
}

/// For each pending approval of a halted agent: the approval as the halt leaves it and the
/// event that records it, or `None` to leave it alone.
pub type HaltCancel = Box<dyn Fn(&Approval) -> Option<(Approval, AuditEvent)> + Send>;

/// The gateway's state, in the same database as the audit log.
#[async_trait]
pub trait StateStore: Send + Sync {
    /// Stores a token and logs its creation.
    async fn insert_token(&self, token: TokenRecord, event: AuditEvent) -> Result<(), StoreError>;
    /// Every token, for the identify cache.
    async fn tokens(&self) -> Result<Vec<TokenRecord>, StoreError>;
    /// Revokes a token and logs `event`; each pending approval of `agent` (the token's
    /// subject, for an agent token) goes through `cancel`, in the same commit. `None` if the
    /// token did not exist or was already revoked; otherwise the ids of the approvals cancelled.
    async fn revoke_token(
        &self,
        id: &str,
        at: Timestamp,
        event: AuditEvent,
        agent: Option<String>,
        cancel: HaltCancel,
    ) -> Result<Option<Vec<String>>, StoreError>;

    /// Halts an agent and logs `event`; each of its pending approvals goes through `cancel`,
    /// in the same commit. Returns the ids of the approvals cancelled.
    async fn halt(
        &self,
        agent: &str,
        halt: Halt,
        event: AuditEvent,
        cancel: HaltCancel,
    ) -> Result<Vec<String>, StoreError>;
    /// Resumes a halted agent; `false` if it was not halted.
    async fn resume(&self, agent: &str, event: AuditEvent) -> Result<bool, StoreError>;
    /// Every halted agent.
    async fn halts(&self) -> Result<Vec<(String, Halt)>, StoreError>;

    /// The labels a run carries ([`BASE_RUN`]: every row of the agent no operator opened).
    async fn session_labels(
        &self,
        agent: &str,
        session: &str,
    ) -> Result<BTreeSet<String>, StoreError>;
    /// Adds labels to a run (labels only grow) and appends `events` in the same commit.
    async fn add_session_labels(
        &self,
        agent: &str,
        session: &str,
        labels: BTreeSet<String>,
        events: Vec<AuditEvent>,
    ) -> Result<(), StoreError>;
    /// [`StateStore::add_session_labels`], also recording the hashed values the run's trusted
    /// instructions (`trusted`) and untrusted content (`untrusted`) named, in one commit.
    async fn add_run_facts(
        &self,
        agent: &str,
        session: &str,
        labels: BTreeSet<String>,
        provenance: RunValues,
        events: Vec<AuditEvent>,
    ) -> Result<(), StoreError>;
    /// For each of `hashes`: whether the run's trusted instructions named it, and whether its
    /// untrusted content did.
    async fn provenance_of(
        &self,
        agent: &str,
        run: &str,
        hashes: Vec<String>,
    ) -> Result<Vec<(bool, bool)>, StoreError>;
    /// Opens run `run` for `agent` (it becomes the agent's current run) and appends `events`
    /// in the same commit.
    async fn open_run(&self, run: Run, events: Vec<AuditEvent>) -> Result<(), StoreError>;
    /// The agent's current run: the one opened last, or [`BASE_RUN`].
    async fn current_run(&self, agent: &str) -> Result<String, StoreError>;
    /// Run `run`, if an operator opened it for `agent`.
    async fn run(&self, agent: &str, run: &str) -> Result<Option<Run>, StoreError>;
    /// The runs opened for `agent`, newest first (at most `limit`).
    async fn runs(&self, agent: &str, limit: u64) -> Result<Vec<Run>, StoreError>;
    /// Removes `label` from a run with `events` in the same commit; `false` (and nothing
    /// written) if the run did not carry it.
    async fn declassify(
        &self,
        agent: &str,
        run: &str,
        label: &str,
        events: Vec<AuditEvent>,
    ) -> Result<bool, StoreError>;

    /// Appends `events` unless an earlier call claimed `key`, in one commit: `true` when this
    /// call made the claim, `false` (nothing written) when someone had, also in another
    /// process on PostgreSQL. For what must be recorded once: a contested decision's review.
    async fn append_once(&self, key: &str, events: Vec<AuditEvent>) -> Result<bool, StoreError>;

    /// Reserves one call's `entries` as `reservation`, at `at`: for each, the total of its key
    /// since its window's start, this entry included. Concurrent reservations of a key are
    /// serialised (across processes on PostgreSQL), so the totals they see add up.
    async fn reserve_totals(
        &self,
        reservation: &str,
        entries: Vec<TotalEntry>,
        at: Timestamp,
    ) -> Result<Vec<i64>, StoreError>;
    /// Withdraws what `reservation` added (a call that was refused).
    async fn release_totals(&self, reservation: &str) -> Result<(), StoreError>;
    /// Every running total's key with its sum over entries since `since` (at most `limit`
    /// keys), for the metrics.
    async fn total_sums(
        &self,
        since: Timestamp,
        limit: u64,
    ) -> Result<Vec<(String, i64)>, StoreError>;

    /// Reserves the ask's worst case for its agent in each of its periods if every check has
    /// room (counting settled spend and reservations newer than its `stale`); otherwise writes
    /// nothing and returns the first check without room and what it had used.
    async fn reserve_budget(
        &self,
        ask: BudgetAsk,
        checks: Vec<BudgetCheck>,
    ) -> Result<Result<(), (usize, Spent)>, StoreError>;
    /// Replaces the reservation by what the call spent; what each check has used after it.
    async fn settle_budget(
        &self,
        reservation: &str,
        actual: Spent,
        checks: Vec<BudgetCheck>,
        stale: Timestamp,
    ) -> Result<Vec<Spent>, StoreError>;
    /// Withdraws a reservation (a call that failed before it spent anything).
    async fn release_budget(&self, reservation: &str) -> Result<(), StoreError>;
    /// What has been spent against each of `checks` (settled, and reservations newer than
    /// `stale`), for the metrics.
    async fn budget_used(
        &self,
        checks: Vec<BudgetCheck>,
        stale: Timestamp,
    ) -> Result<Vec<Spent>, StoreError>;
    /// Writes `rows` (agent, period, spent) as settled spend unless the ledger was filled
    /// before (once per database); whether it wrote them.
    async fn backfill_budget(
        &self,
        rows: Vec<(String, String, Spent)>,
        at: Timestamp,
    ) -> Result<bool, StoreError>;

    /// Stores a new held action and appends `events`.
    async fn create_approval(
        &self,
        approval: Approval,
        events: Vec<AuditEvent>,
    ) -> Result<(), StoreError>;
    /// One approval.
    async fn approval(&self, id: &str) -> Result<Option<Approval>, StoreError>;
    /// Approvals, newest first, optionally only in one state.
    async fn approvals(
        &self,
        state: Option<ApprovalState>,
        before: Option<String>,
        limit: u64,
    ) -> Result<Vec<Approval>, StoreError>;
    /// Writes `approval` only if it is still in `expected`, with `events`, atomically.
    async fn update_approval(
        &self,
        approval: Approval,
        expected: ApprovalState,
        events: Vec<AuditEvent>,
    ) -> Result<Cas, StoreError>;
    /// How many approvals of `agent` are pending.
    async fn pending_approvals(&self, agent: &str) -> Result<u64, StoreError>;
    /// Pending approvals whose time ran out at `now`.
    async fn due_approvals(&self, now: Timestamp) -> Result<Vec<Approval>, StoreError>;

    /// The vault's master-key verifier, if the vault was initialised.
    async fn vault_verifier(&self) -> Result<Option<serde_json::Value>, StoreError>;
    /// Stores the verifier unless one exists; returns the one in force.
    async fn init_vault_verifier(
        &self,
        verifier: serde_json::Value,
    ) -> Result<serde_json::Value, StoreError>;
    /// The master key wrapped by an external key-encryption key (transit), if stored.
    async fn wrapped_master_key(&self) -> Result<Option<String>, StoreError>;
    /// Stores the wrapped master key unless one exists; returns the one in force.
    async fn init_wrapped_master_key(&self, wrapped: String) -> Result<String, StoreError>;
    /// Every version of every secret.
    async fn secret_versions(&self) -> Result<Vec<SecretVersion>, StoreError>;
    /// Adds a version as `current`; the version that was current becomes `previous` until
    /// `grace_until`. One commit with `events`.
    async fn put_secret_version(
        &self,
        version: SecretVersion,
        grace_until: Timestamp,
        events: Vec<AuditEvent>,
    ) -> Result<(), StoreError>;
    /// Revokes one version, or every version when `version` is `None`. Returns how many were
    /// revoked. One commit with `events`.
    async fn revoke_secret(
        &self,
        name: &str,
        version: Option<u32>,
        at: Timestamp,
        events: Vec<AuditEvent>,
    ) -> Result<usize, StoreError>;

    /// Every pinned MCP tool definition.
    async fn tool_pins(&self) -> Result<Vec<ToolPin>, StoreError>;
    /// Writes a pin (insert or replace) and appends `events` in the same commit.
    async fn put_tool_pin(&self, pin: ToolPin, events: Vec<AuditEvent>) -> Result<(), StoreError>;

    /// The last record a stream delivered (0 for none yet).
    async fn stream_cursor(&self, name: String) -> Result<u64, StoreError>;
    /// Records that a stream delivered every record up to `seq` (a cursor never moves back).
    async fn set_stream_cursor(&self, name: String, seq: u64) -> Result<(), StoreError>;

    /// Keeps a signed checkpoint (once per size) and logs `event` with it.
    async fn add_checkpoint(
        &self,
        checkpoint: StoredCheckpoint,
        event: AuditEvent,
    ) -> Result<(), StoreError>;
    /// Every checkpoint kept, oldest first.
    async fn checkpoints(&self) -> Result<Vec<StoredCheckpoint>, StoreError>;
    /// Up to `limit` (at most 100,000) records after `after`, oldest first, as their stored
    /// canonical text (purged records are skipped): for export and streaming.
    async fn audit_after(&self, after: u64, limit: u64) -> Result<Vec<(u64, String)>, StoreError>;

    /// The Merkle tree head of the first `size` records (all of them when `None`).
    async fn tree_head(&self, size: Option<u64>) -> Result<TreeHead, StoreError>;
    /// Proof that record `seq` is in the tree of `size` records (all when `None`).
    async fn inclusion_proof(
        &self,
        seq: u64,
        size: Option<u64>,
    ) -> Result<InclusionProof, StoreError>;
    /// Proof that the tree of `old` records is a prefix of the tree of `new` (all when `None`).
    async fn consistency_proof(
        &self,
        old: u64,
        new: Option<u64>,
    ) -> Result<ConsistencyProof, StoreError>;
}

/// The stored perfect subtrees of the log's Merkle tree, read through [`Sql`] (proofs, and
/// each backend's chain when it loads its frontier).
pub(crate) struct SqlNodes<'a>(pub(crate) std::cell::RefCell<&'a mut dyn Sql>);

impl warden_merkle::Nodes for SqlNodes<'_> {
    fn perfect(
        &self,
        level: u32,
        index: u64,
    ) -> Result<warden_merkle::Hash, warden_merkle::ProofError> {
        let missing = warden_merkle::ProofError::Missing { level, index };
        let idx = i64::try_from(index).map_err(|_| missing.clone())?;
        let lvl = i32::try_from(level).map_err(|_| missing.clone())?;
        let row = self
            .0
            .borrow_mut()
            .row(
                "SELECT hash FROM merkle WHERE level = ?1 AND idx = ?2",
                &[Val::I32(lvl), Val::Int(idx)],
            )
            .map_err(|e| warden_merkle::ProofError::Store(e.to_string()))?;
        row.and_then(|r| r.bytes(0).ok())
            .and_then(|h| h.try_into().ok())
            .ok_or(missing)
    }
}

/// `size`, or the tree's size when `None`; a size beyond the tree is a range error. The tree
/// is read, not the records: its leaves are written in the same commit as their records.
fn size_within(db: &mut dyn Sql, size: Option<u64>) -> Result<u64, StoreError> {
    let last = db
        .row("SELECT MAX(idx) FROM merkle WHERE level = 0", &[])?
        .map(|r| r.opt_int(0))
        .transpose()?
        .flatten();
    let have = match last {
        Some(i) => to_u64(i)?.saturating_add(1),
        None => 0,
    };
    match size {
        None => Ok(have),
        Some(s) if s <= have => Ok(s),
        Some(s) => Err(StoreError::Range(format!(
            "the log has {have} records, not {s}"
        ))),
    }
}

fn to_i64(n: u64) -> Result<i64, StoreError> {
    i64::try_from(n).map_err(|_| StoreError::Corrupt(format!("{n} is out of range")))
}

fn to_u64(n: i64) -> Result<u64, StoreError> {
    u64::try_from(n).map_err(|_| StoreError::Corrupt(format!("{n} is negative")))
}

fn json<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

fn to_json<T: serde::Serialize>(what: &str, value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

/// Rows whose first column is a JSON body, parsed (`what` names it in an error).
fn bodies<T: serde::de::DeserializeOwned>(
    db: &mut dyn Sql,
    what: &str,
    sql: &str,
    args: &[Val],
) -> Result<Vec<T>, StoreError> {
    db.rows(sql, args)?
        .iter()
        .map(|r| json(what, &r.text(0)?))
        .collect()
}

/// Puts each pending approval of `agent` through `cancel` (locked, in the caller's
/// transaction): those it withdraws are written with their records. Their ids.
fn cancel_pending(
    db: &mut dyn Tx,
    agent: &str,
    cancel: &HaltCancel,
    now: Timestamp,
) -> Result<Vec<String>, StoreError> {
    let select = format!(
        "SELECT body FROM approvals WHERE agent = ?1 AND state = 'pending'{}",
        db.lock_rows()
    );
    let pending = approvals_of(db, &select, &[agent.into()])?;
    let mut cancelled = Vec::new();
    for a in pending {
        let Some((next, e)) = cancel(&a) else {
            continue;
        };
        db.exec(
            "UPDATE approvals SET state = ?2, body = ?3 WHERE id = ?1 AND state = 'pending'",
            &[
                (&a.action.id).into(),
                next.state.as_str().into(),
                to_json("approval", &next)?.into(),
            ],
        )?;
        db.append(e, now)?;
        cancelled.push(a.action.id);
    }
    Ok(cancelled)
}

fn approvals_of(db: &mut dyn Sql, sql: &str, args: &[Val]) -> Result<Vec<Approval>, StoreError> {
    bodies(db, "approval", sql, args)
}

fn token(r: &Row) -> Result<TokenRecord, StoreError> {
    Ok(TokenRecord {
        id: r.text(0)?,
        kind: {
            let kind = r.text(1)?;
            TokenKind::parse(&kind)
                .ok_or_else(|| StoreError::Corrupt(format!("token kind `{kind}` is not known")))?
        },
        subject: r.text(2)?,
        hash: r.bytes(3)?,
        admin: r.bool(4)?,
        created_at: Timestamp(r.int(5)?),
        expires_at: r.opt_int(6)?.map(Timestamp),
        revoked_at: r.opt_int(7)?.map(Timestamp),
    })
}

fn secrets_where(
    db: &mut dyn Sql,
    sql: &str,
    name: &str,
) -> Result<Vec<SecretVersion>, StoreError> {
    bodies(db, "secret", sql, &[name.into()])
}

fn write_secret(db: &mut dyn Tx, v: &SecretVersion) -> Result<(), StoreError> {
    db.exec(
        "UPDATE secrets SET state = ?3, body = ?4 WHERE name = ?1 AND version = ?2",
        &[
            (&v.name).into(),
            Val::Int(i64::from(v.version)),
            v.state.as_str().into(),
            to_json("secret", v)?.into(),
        ],
    )?;
    Ok(())
}

fn meta(db: &mut dyn Sql, key: &str) -> Result<Option<String>, StoreError> {
    db.row("SELECT value FROM vault_meta WHERE key = ?1", &[key.into()])?
        .map(|r| r.text(0))
        .transpose()
}

fn init_meta(db: &mut dyn Tx, key: &str, value: String) -> Result<String, StoreError> {
    db.exec(
        "INSERT INTO vault_meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
        &[key.into(), value.into()],
    )?;
    meta(db, key)?.ok_or_else(|| StoreError::Corrupt(format!("vault_meta `{key}` vanished")))
}

#[async_trait]
impl<B: Backend> StateStore for B {
    async fn insert_token(&self, t: TokenRecord, event: AuditEvent) -> Result<(), StoreError> {
        self.write_tx(move |db| {
            db.exec(
                "INSERT INTO tokens (id, kind, subject, hash, admin, created_at, expires_at, revoked_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL)",
                &[
                    t.id.into(),
                    t.kind.as_str().into(),
                    t.subject.into(),
                    Val::Bytes(t.hash),
                    Val::Bool(t.admin),
                    Val::Int(t.created_at.0),
                    Val::OptInt(t.expires_at.map(|x| x.0)),
                ],
            )?;
            db.notify(&Change::Tokens)?;
            db.append(event, Timestamp::now())?;
            Ok(())
        })
        .await
    }

    async fn tokens(&self) -> Result<Vec<TokenRecord>, StoreError> {
        self.read_sql(|db| {
            db.rows(
                "SELECT id, kind, subject, hash, admin, created_at, expires_at, revoked_at
                 FROM tokens ORDER BY created_at",
                &[],
            )?
            .iter()
            .map(token)
            .collect()
        })
        .await
    }

    async fn revoke_token(
        &self,
        id: &str,
        at: Timestamp,
        event: AuditEvent,
        agent: Option<String>,
        cancel: HaltCancel,
    ) -> Result<Option<Vec<String>>, StoreError> {
        let id = id.to_owned();
        self.write_tx(move |db| {
            let n = db.exec(
                "UPDATE tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
                &[id.into(), Val::Int(at.0)],
            )?;
            if n != 1 {
                return Ok(None);
            }
            db.notify(&Change::Tokens)?;
            let now = Timestamp::now();
            db.append(event, now)?;
            match agent {
                Some(agent) => cancel_pending(db, &agent, &cancel, now).map(Some),
                None => Ok(Some(Vec::new())),
            }
        })
        .await
    }

    async fn halt(
        &self,
        agent: &str,
        halt: Halt,
        event: AuditEvent,
        cancel: HaltCancel,
    ) -> Result<Vec<String>, StoreError> {
        let agent = agent.to_owned();
        self.write_tx(move |db| {
            let now = Timestamp::now();
            db.exec(
                "INSERT INTO halts (agent, reason, by_op, at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (agent) DO UPDATE SET reason = excluded.reason, by_op = excluded.by_op, at = excluded.at",
                &[(&agent).into(), halt.reason.into(), halt.by.into(), Val::Int(halt.at.0)],
            )?;
            db.notify(&Change::Halts)?;
            db.append(event, now)?;
            cancel_pending(db, &agent, &cancel, now)
        })
        .await
    }

    async fn resume(&self, agent: &str, event: AuditEvent) -> Result<bool, StoreError> {
        let agent = agent.to_owned();
        self.write_tx(move |db| {
            let n = db.exec("DELETE FROM halts WHERE agent = ?1", &[agent.into()])?;
            if n == 1 {
                db.notify(&Change::Halts)?;
                db.append(event, Timestamp::now())?;
            }
            Ok(n == 1)
        })
        .await
    }

    async fn halts(&self) -> Result<Vec<(String, Halt)>, StoreError> {
        self.read_sql(|db| {
            db.rows("SELECT agent, reason, by_op, at FROM halts", &[])?
                .iter()
                .map(|r| {
                    Ok((
                        r.text(0)?,
                        Halt {
                            reason: r.text(1)?,
                            by: r.text(2)?,
                            at: Timestamp(r.int(3)?),
                        },
                    ))
                })
                .collect()
        })
        .await
    }

    async fn session_labels(
        &self,
        agent: &str,
        session: &str,
    ) -> Result<BTreeSet<String>, StoreError> {
        let (agent, session) = (agent.to_owned(), session.to_owned());
        self.read_sql(move |db| run_labels(db, &agent, &session, ""))
            .await
    }

    async fn add_session_labels(
        &self,
        agent: &str,
        session: &str,
        labels: BTreeSet<String>,
        events: Vec<AuditEvent>,
    ) -> Result<(), StoreError> {
        self.add_run_facts(agent, session, labels, RunValues::default(), events)
            .await
    }

    async fn add_run_facts(
        &self,
        agent: &str,
        session: &str,
        labels: BTreeSet<String>,
        provenance: RunValues,
        events: Vec<AuditEvent>,
    ) -> Result<(), StoreError> {
        let (agent, session) = (agent.to_owned(), session.to_owned());
        self.write_tx(move |db| {
            let now = Timestamp::now();
            for (side, hashes) in [(1, &provenance.trusted), (2, &provenance.untrusted)] {
                for h in hashes {
                    db.exec(
                        "INSERT INTO provenance (agent, run, hash, side) VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (agent, run, hash, side) DO NOTHING",
                        &[(&agent).into(), (&session).into(), h.into(), Val::Int(side)],
                    )?;
                }
            }
            if !labels.is_empty() {
                // The row exists before it is read and locked, so that two processes adding
                // labels to a new run at once cannot both read it empty (on PostgreSQL).
                db.exec(
                    "INSERT INTO sessions (agent, session, labels, updated_at) VALUES (?1, ?2, '[]', ?3)
                     ON CONFLICT (agent, session) DO NOTHING",
                    &[(&agent).into(), (&session).into(), Val::Int(now.0)],
                )?;
                let lock = db.lock_rows();
                let mut all = run_labels(db, &agent, &session, lock)?;
                let grew = labels.iter().any(|l| !all.contains(l));
                if grew {
                    all.extend(labels);
                    db.exec(
                        "INSERT INTO sessions (agent, session, labels, updated_at) VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (agent, session) DO UPDATE SET labels = excluded.labels, updated_at = excluded.updated_at",
                        &[(&agent).into(), (&session).into(), to_json("session labels", &all)?.into(), Val::Int(now.0)],
                    )?;
                    db.notify(&Change::Session { agent, session })?;
                }
            }
            for e in events {
                db.append(e, now)?;
            }
            Ok(())
        })
        .await
    }

    async fn provenance_of(
        &self,
        agent: &str,
        run: &str,
        hashes: Vec<String>,
    ) -> Result<Vec<(bool, bool)>, StoreError> {
        let (agent, run) = (agent.to_owned(), run.to_owned());
        self.read_sql(move |db| {
            hashes
                .iter()
                .map(|h| {
                    let rows = db.rows(
                        "SELECT side FROM provenance WHERE agent = ?1 AND run = ?2 AND hash = ?3",
                        &[(&agent).into(), (&run).into(), h.into()],
                    )?;
                    let mut seen = (false, false);
                    for r in rows {
                        match r.int(0)? {
                            1 => seen.0 = true,
                            _ => seen.1 = true,
                        }
                    }
                    Ok(seen)
                })
                .collect()
        })
        .await
    }

    async fn open_run(&self, run: Run, events: Vec<AuditEvent>) -> Result<(), StoreError> {
        self.write_tx(move |db| {
            let now = Timestamp::now();
            db.exec(
                "INSERT INTO sessions (agent, session, labels, updated_at, opened_at, opened_by)
                 VALUES (?1, ?2, '[]', ?3, ?3, ?4)",
                &[
                    (&run.agent).into(),
                    (&run.id).into(),
                    Val::Int(run.opened_at.0),
                    (&run.opened_by).into(),
                ],
            )?;
            db.notify(&Change::Session {
                agent: run.agent,
                session: run.id,
            })?;
            for e in events {
                db.append(e, now)?;
            }
            Ok(())
        })
        .await
    }

    async fn current_run(&self, agent: &str) -> Result<String, StoreError> {
        let agent = agent.to_owned();
        self.read_sql(move |db| {
            Ok(db
                .row(
                    "SELECT session FROM sessions WHERE agent = ?1 AND opened_at IS NOT NULL
                     ORDER BY opened_at DESC, session DESC LIMIT 1",
                    &[agent.into()],
                )?
                .map(|r| r.text(0))
                .transpose()?
                .unwrap_or_else(|| BASE_RUN.to_owned()))
        })
        .await
    }

    async fn run(&self, agent: &str, run: &str) -> Result<Option<Run>, StoreError> {
        let (agent, run) = (agent.to_owned(), run.to_owned());
        self.read_sql(move |db| {
            db.row(
                &format!(
                    "{RUN_COLUMNS} WHERE agent = ?1 AND session = ?2 AND opened_at IS NOT NULL"
                ),
                &[agent.into(), run.into()],
            )?
            .map(|r| run_row(&r))
            .transpose()
        })
        .await
    }

    async fn runs(&self, agent: &str, limit: u64) -> Result<Vec<Run>, StoreError> {
        let agent = agent.to_owned();
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.read_sql(move |db| {
            db.rows(
                &format!(
                    "{RUN_COLUMNS} WHERE agent = ?1 AND opened_at IS NOT NULL
                     ORDER BY opened_at DESC, session DESC LIMIT ?2"
                ),
                &[agent.into(), Val::Int(limit)],
            )?
            .iter()
            .map(run_row)
            .collect()
        })
        .await
    }

    async fn declassify(
        &self,
        agent: &str,
        run: &str,
        label: &str,
        events: Vec<AuditEvent>,
    ) -> Result<bool, StoreError> {
        let (agent, run, label) = (agent.to_owned(), run.to_owned(), label.to_owned());
        self.write_tx(move |db| {
            let now = Timestamp::now();
            let lock = db.lock_rows();
            // The base run is every row no operator opened; an opened run is its row.
            let rows = if run == BASE_RUN {
                db.rows(
                    &format!(
                        "SELECT session, labels FROM sessions WHERE agent = ?1 AND opened_at IS NULL{lock}"
                    ),
                    &[(&agent).into()],
                )?
            } else {
                db.rows(
                    &format!(
                        "SELECT session, labels FROM sessions WHERE agent = ?1 AND session = ?2 AND opened_at IS NOT NULL{lock}"
                    ),
                    &[(&agent).into(), (&run).into()],
                )?
            };
            let mut removed = false;
            for r in rows {
                let session = r.text(0)?;
                let mut labels: BTreeSet<String> = json("session labels", &r.text(1)?)?;
                if labels.remove(&label) {
                    removed = true;
                    db.exec(
                        "UPDATE sessions SET labels = ?3, updated_at = ?4 WHERE agent = ?1 AND session = ?2",
                        &[(&agent).into(), session.into(), to_json("session labels", &labels)?.into(), Val::Int(now.0)],
                    )?;
                }
            }
            if !removed {
                return Ok(false);
            }
            db.notify(&Change::Session {
                agent,
                session: run,
            })?;
            for e in events {
                db.append(e, now)?;
            }
            Ok(true)
        })
        .await
    }

    async fn append_once(&self, key: &str, events: Vec<AuditEvent>) -> Result<bool, StoreError> {
        let key = key.to_owned();
        self.write_tx(move |db| {
            let now = Timestamp::now();
            // A second claim waits for the first's commit (the key is unique), then finds it.
            let claimed = db.exec(
                "INSERT INTO claims (key, at) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
                &[key.into(), Val::Int(now.0)],
            )?;
            if claimed == 0 {
                return Ok(false);
            }
            for e in events {
                db.append(e, now)?;
            }
            Ok(true)
        })
        .await
    }

    async fn reserve_totals(
        &self,
        reservation: &str,
        entries: Vec<TotalEntry>,
        at: Timestamp,
    ) -> Result<Vec<i64>, StoreError> {
        let reservation = reservation.to_owned();
        self.write_tx(move |db| {
            // Every key locked first, in one order, so two reservations cannot wait on each
            // other.
            lock_keys(db, entries.iter().map(|e| e.key.as_str()))?;
            let mut totals = vec![0i64; entries.len()];
            for (i, e) in entries.iter().enumerate() {
                db.exec(
                    "DELETE FROM totals WHERE key = ?1 AND at < ?2",
                    &[(&e.key).into(), Val::Int(e.since.0)],
                )?;
                let before = db
                    .row(
                        "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM totals WHERE key = ?1",
                        &[(&e.key).into()],
                    )?
                    .map(|r| r.int(0))
                    .transpose()?
                    .unwrap_or(0);
                db.exec(
                    "INSERT INTO totals (reservation, key, amount, at) VALUES (?1, ?2, ?3, ?4)",
                    &[
                        (&reservation).into(),
                        (&e.key).into(),
                        Val::Int(e.amount),
                        Val::Int(at.0),
                    ],
                )?;
                if let Some(t) = totals.get_mut(i) {
                    *t = before.saturating_add(e.amount);
                }
            }
            Ok(totals)
        })
        .await
    }

    async fn total_sums(
        &self,
        since: Timestamp,
        limit: u64,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        self.read_sql(move |db| {
            db.rows(
                "SELECT key, CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM totals WHERE at >= ?1 GROUP BY key LIMIT ?2",
                &[Val::Int(since.0), Val::Int(to_i64(limit)?)],
            )?
            .iter()
            .map(|r| Ok((r.text(0)?, r.int(1)?)))
            .collect()
        })
        .await
    }

    async fn release_totals(&self, reservation: &str) -> Result<(), StoreError> {
        let reservation = reservation.to_owned();
        self.write_tx(move |db| {
            db.exec(
                "DELETE FROM totals WHERE reservation = ?1",
                &[reservation.into()],
            )?;
            Ok(())
        })
        .await
    }

    async fn reserve_budget(
        &self,
        ask: BudgetAsk,
        checks: Vec<BudgetCheck>,
    ) -> Result<Result<(), (usize, Spent)>, StoreError> {
        self.write_tx(move |db| {
            let BudgetAsk {
                reservation,
                agent,
                periods,
                worst,
                at,
                stale,
            } = ask;
            lock_keys(db, checks.iter().map(|c| c.key.as_str()))?;
            for (i, c) in checks.iter().enumerate() {
                let used = ledger_used(db, c, stale)?;
                let over_tokens = c.tokens.is_some_and(|l| used.0.saturating_add(worst.0) > l);
                let over_money = c.nanousd.is_some_and(|l| used.1.saturating_add(worst.1) > l);
                if over_tokens || over_money {
                    return Ok(Err((i, used)));
                }
            }
            for period in periods {
                db.exec(
                    "INSERT INTO budget_ledger (reservation, agent, period, tokens, nanousd, settled, at)
                     VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6)",
                    &[
                        (&reservation).into(),
                        (&agent).into(),
                        period.into(),
                        Val::Int(sat_i64(worst.0)),
                        Val::Int(sat_i64(worst.1)),
                        Val::Int(at.0),
                    ],
                )?;
            }
            Ok(Ok(()))
        })
        .await
    }

    async fn settle_budget(
        &self,
        reservation: &str,
        actual: Spent,
        checks: Vec<BudgetCheck>,
        stale: Timestamp,
    ) -> Result<Vec<Spent>, StoreError> {
        let reservation = reservation.to_owned();
        self.write_tx(move |db| {
            db.exec(
                "UPDATE budget_ledger SET tokens = ?2, nanousd = ?3, settled = 1 WHERE reservation = ?1",
                &[
                    reservation.into(),
                    Val::Int(sat_i64(actual.0)),
                    Val::Int(sat_i64(actual.1)),
                ],
            )?;
            checks.iter().map(|c| ledger_used(db, c, stale)).collect()
        })
        .await
    }

    async fn release_budget(&self, reservation: &str) -> Result<(), StoreError> {
        let reservation = reservation.to_owned();
        self.write_tx(move |db| {
            db.exec(
                "DELETE FROM budget_ledger WHERE reservation = ?1 AND settled = 0",
                &[reservation.into()],
            )?;
            Ok(())
        })
        .await
    }

    async fn budget_used(
        &self,
        checks: Vec<BudgetCheck>,
        stale: Timestamp,
    ) -> Result<Vec<Spent>, StoreError> {
        self.read_sql(move |db| checks.iter().map(|c| ledger_used(db, c, stale)).collect())
            .await
    }

    async fn backfill_budget(
        &self,
        rows: Vec<(String, String, Spent)>,
        at: Timestamp,
    ) -> Result<bool, StoreError> {
        self.write_tx(move |db| {
            let first = db.exec(
                "INSERT INTO total_keys (key) VALUES ('budget-ledger-backfilled') ON CONFLICT (key) DO NOTHING",
                &[],
            )?;
            if first == 0 {
                return Ok(false);
            }
            for (agent, period, spent) in rows {
                db.exec(
                    "INSERT INTO budget_ledger (reservation, agent, period, tokens, nanousd, settled, at)
                     VALUES ('backfill', ?1, ?2, ?3, ?4, 1, ?5)",
                    &[
                        agent.into(),
                        period.into(),
                        Val::Int(sat_i64(spent.0)),
                        Val::Int(sat_i64(spent.1)),
                        Val::Int(at.0),
                    ],
                )?;
            }
            Ok(true)
        })
        .await
    }

    async fn create_approval(
        &self,
        approval: Approval,
        events: Vec<AuditEvent>,
    ) -> Result<(), StoreError> {
        self.write_tx(move |db| {
            db.exec(
                "INSERT INTO approvals (id, agent, state, created_at, expires_at, body)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                &[
                    (&approval.action.id).into(),
                    (&approval.action.agent).into(),
                    approval.state.as_str().into(),
                    Val::Int(approval.created_at.0),
                    Val::Int(approval.expires_at.0),
                    to_json("approval", &approval)?.into(),
                ],
            )?;
            db.append_all(events)?;
            Ok(())
        })
        .await
    }

    async fn approval(&self, id: &str) -> Result<Option<Approval>, StoreError> {
        let id = id.to_owned();
        self.read_sql(move |db| {
            Ok(
                approvals_of(db, "SELECT body FROM approvals WHERE id = ?1", &[id.into()])?
                    .into_iter()
                    .next(),
            )
        })
        .await
    }

    async fn approvals(
        &self,
        state: Option<ApprovalState>,
        before: Option<String>,
        limit: u64,
    ) -> Result<Vec<Approval>, StoreError> {
        self.read_sql(move |db| {
            // Newest first; `before` is the last approval of the previous page (keyset paging
            // on (created_at, id), stable while approvals are added).
            let mut sql = String::from("SELECT body FROM approvals WHERE 1 = 1");
            let mut params: Vec<Val> = Vec::new();
            if let Some(s) = state {
                params.push(s.as_str().into());
                sql.push_str(&format!(" AND state = ?{}", params.len()));
            }
            if let Some(id) = before {
                params.push(id.into());
                sql.push_str(&format!(
                    " AND (created_at < (SELECT created_at FROM approvals WHERE id = ?{n}) \
                     OR (created_at = (SELECT created_at FROM approvals WHERE id = ?{n}) AND id < ?{n}))",
                    n = params.len()
                ));
            }
            params.push(Val::Int(i64::try_from(limit.min(10_000)).unwrap_or(10_000)));
            sql.push_str(&format!(
                " ORDER BY created_at DESC, id DESC LIMIT ?{}",
                params.len()
            ));
            approvals_of(db, &sql, &params)
        })
        .await
    }

    async fn pending_approvals(&self, agent: &str) -> Result<u64, StoreError> {
        let agent = agent.to_owned();
        self.read_sql(move |db| {
            let row = db.row(
                "SELECT COUNT(*) FROM approvals WHERE agent = ?1 AND state = 'pending'",
                &[agent.into()],
            )?;
            match row {
                Some(r) => to_u64(r.int(0)?),
                None => Ok(0),
            }
        })
        .await
    }

    async fn update_approval(
        &self,
        approval: Approval,
        expected: ApprovalState,
        events: Vec<AuditEvent>,
    ) -> Result<Cas, StoreError> {
        self.write_tx(move |db| {
            let n = db.exec(
                "UPDATE approvals SET state = ?2, body = ?3 WHERE id = ?1 AND state = ?4",
                &[
                    (&approval.action.id).into(),
                    approval.state.as_str().into(),
                    to_json("approval", &approval)?.into(),
                    expected.as_str().into(),
                ],
            )?;
            if n != 1 {
                return Ok(Cas::Conflict);
            }
            db.append_all(events)?;
            Ok(Cas::Applied)
        })
        .await
    }

    async fn due_approvals(&self, now: Timestamp) -> Result<Vec<Approval>, StoreError> {
        self.read_sql(move |db| {
            approvals_of(
                db,
                "SELECT body FROM approvals WHERE state = 'pending' AND expires_at <= ?1 LIMIT 1000",
                &[Val::Int(now.0)],
            )
        })
        .await
    }

    async fn vault_verifier(&self) -> Result<Option<serde_json::Value>, StoreError> {
        self.read_sql(|db| {
            meta(db, "verifier")?
                .map(|t| json("vault verifier", &t))
                .transpose()
        })
        .await
    }

    async fn init_vault_verifier(
        &self,
        verifier: serde_json::Value,
    ) -> Result<serde_json::Value, StoreError> {
        self.write_tx(move |db| {
            json(
                "vault verifier",
                &init_meta(db, "verifier", verifier.to_string())?,
            )
        })
        .await
    }

    async fn wrapped_master_key(&self) -> Result<Option<String>, StoreError> {
        self.read_sql(|db| meta(db, "wrapped_master")).await
    }

    async fn init_wrapped_master_key(&self, wrapped: String) -> Result<String, StoreError> {
        self.write_tx(move |db| init_meta(db, "wrapped_master", wrapped))
            .await
    }

    async fn secret_versions(&self) -> Result<Vec<SecretVersion>, StoreError> {
        self.read_sql(|db| {
            bodies(
                db,
                "secret",
                "SELECT body FROM secrets ORDER BY name, version",
                &[],
            )
        })
        .await
    }

    async fn put_secret_version(
        &self,
        version: SecretVersion,
        grace_until: Timestamp,
        events: Vec<AuditEvent>,
    ) -> Result<(), StoreError> {
        self.write_tx(move |db| {
            let current = secrets_where(
                db,
                "SELECT body FROM secrets WHERE name = ?1 AND state = 'current'",
                &version.name,
            )?;
            for mut v in current {
                v.state = crate::SecretState::Previous;
                v.grace_until = Some(grace_until);
                write_secret(db, &v)?;
            }
            db.exec(
                "INSERT INTO secrets (name, version, state, body) VALUES (?1, ?2, ?3, ?4)",
                &[
                    (&version.name).into(),
                    Val::Int(i64::from(version.version)),
                    version.state.as_str().into(),
                    to_json("secret", &version)?.into(),
                ],
            )?;
            db.append_all(events)?;
            Ok(())
        })
        .await
    }

    async fn revoke_secret(
        &self,
        name: &str,
        version: Option<u32>,
        at: Timestamp,
        events: Vec<AuditEvent>,
    ) -> Result<usize, StoreError> {
        let name = name.to_owned();
        self.write_tx(move |db| {
            let live = secrets_where(
                db,
                "SELECT body FROM secrets WHERE name = ?1 AND state != 'revoked'",
                &name,
            )?;
            let mut n = 0;
            for mut v in live {
                if version.is_some_and(|want| want != v.version) {
                    continue;
                }
                v.state = crate::SecretState::Revoked;
                v.revoked_at = Some(at);
                write_secret(db, &v)?;
                n += 1;
            }
            if n > 0 {
                db.append_all(events)?;
            }
            Ok(n)
        })
        .await
    }

    async fn tool_pins(&self) -> Result<Vec<ToolPin>, StoreError> {
        self.read_sql(|db| {
            bodies(
                db,
                "tool pin",
                "SELECT body FROM tool_pins ORDER BY tool",
                &[],
            )
        })
        .await
    }

    async fn put_tool_pin(&self, pin: ToolPin, events: Vec<AuditEvent>) -> Result<(), StoreError> {
        let body = to_json("tool pin", &pin)?;
        self.write_tx(move |db| {
            db.exec(
                "INSERT INTO tool_pins (tool, status, body) VALUES (?1, ?2, ?3)
                 ON CONFLICT (tool) DO UPDATE SET status = excluded.status, body = excluded.body",
                &[pin.tool.into(), pin.status.into(), body.into()],
            )?;
            db.append_all(events)?;
            Ok(())
        })
        .await
    }

    async fn stream_cursor(&self, name: String) -> Result<u64, StoreError> {
        self.read_sql(move |db| {
            Ok(db
                .row(
                    "SELECT seq FROM stream_cursors WHERE name = ?1",
                    &[name.into()],
                )?
                .map(|r| r.int(0))
                .transpose()?
                .and_then(|s| u64::try_from(s).ok())
                .unwrap_or(0))
        })
        .await
    }

    async fn set_stream_cursor(&self, name: String, seq: u64) -> Result<(), StoreError> {
        self.write_tx(move |db| {
            db.exec(
                "INSERT INTO stream_cursors (name, seq, updated) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO UPDATE SET
                   seq = CASE WHEN excluded.seq > stream_cursors.seq THEN excluded.seq ELSE stream_cursors.seq END,
                   updated = excluded.updated",
                &[
                    name.into(),
                    Val::Int(i64::try_from(seq).unwrap_or(i64::MAX)),
                    Timestamp::now().to_rfc3339().into(),
                ],
            )?;
            Ok(())
        })
        .await
    }

    async fn add_checkpoint(
        &self,
        checkpoint: StoredCheckpoint,
        event: AuditEvent,
    ) -> Result<(), StoreError> {
        self.write_tx(move |db| {
            db.exec(
                "INSERT INTO checkpoints (size, root, ts, note) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (size) DO NOTHING",
                &[
                    Val::Int(to_i64(checkpoint.size)?),
                    checkpoint.root.into(),
                    checkpoint.ts.into(),
                    checkpoint.note.into(),
                ],
            )?;
            db.append(event, Timestamp::now())?;
            Ok(())
        })
        .await
    }

    async fn checkpoints(&self) -> Result<Vec<StoredCheckpoint>, StoreError> {
        self.read_sql(|db| {
            db.rows(
                "SELECT size, root, ts, note FROM checkpoints ORDER BY size",
                &[],
            )?
            .iter()
            .map(|r| {
                Ok(StoredCheckpoint {
                    size: to_u64(r.int(0)?)?,
                    root: r.text(1)?,
                    ts: r.text(2)?,
                    note: r.text(3)?,
                })
            })
            .collect()
        })
        .await
    }

    async fn audit_after(&self, after: u64, limit: u64) -> Result<Vec<(u64, String)>, StoreError> {
        self.read_sql(move |db| {
            db.rows(
                "SELECT seq, record FROM audit WHERE seq > ?1 AND purged = ?2 ORDER BY seq LIMIT ?3",
                &[
                    Val::Int(to_i64(after)?),
                    Val::Bool(false),
                    Val::Int(to_i64(limit.min(100_000))?),
                ],
            )?
            .iter()
            .map(|r| Ok((to_u64(r.int(0)?)?, r.text(1)?)))
            .collect()
        })
        .await
    }

    async fn tree_head(&self, size: Option<u64>) -> Result<TreeHead, StoreError> {
        self.read_sql(move |db| {
            let size = size_within(db, size)?;
            let root = warden_merkle::root(&SqlNodes(std::cell::RefCell::new(db)), size)
                .map_err(crate::proof_error)?;
            Ok(TreeHead {
                size,
                root: warden_merkle::hex(&root),
            })
        })
        .await
    }

    async fn inclusion_proof(
        &self,
        seq: u64,
        size: Option<u64>,
    ) -> Result<InclusionProof, StoreError> {
        self.read_sql(move |db| {
            let size = size_within(db, size)?;
            let nodes = SqlNodes(std::cell::RefCell::new(db));
            crate::prove_inclusion(&nodes, seq, size, || {
                nodes
                    .0
                    .borrow_mut()
                    .row(
                        "SELECT hash FROM audit WHERE seq = ?1",
                        &[Val::Int(to_i64(seq)?)],
                    )?
                    .ok_or_else(|| StoreError::Range(format!("no record {seq}")))?
                    .text(0)
            })
        })
        .await
    }

    async fn consistency_proof(
        &self,
        old: u64,
        new: Option<u64>,
    ) -> Result<ConsistencyProof, StoreError> {
        self.read_sql(move |db| {
            let new = size_within(db, new)?;
            crate::prove_consistency(&SqlNodes(std::cell::RefCell::new(db)), old, new)
        })
        .await
    }
}
