//! Warden's storage: the [`Store`] interface and its SQLite and PostgreSQL backends.
//!
//! Every mutation takes the audit events that describe it and commits both in one transaction,
//! so state and log cannot disagree. Callers only see [`Store`] (and its part for the gateway's
//! state, [`StateStore`]); both are written once, for every backend, over a few primitives.
//!
//! Where things live:
//!
//! - `sql.rs`: what a backend provides — statements with one placeholder syntax, rows as
//!   values, a write transaction with the audit chain beside it (`Tx`), and the `Backend`
//!   trait (its writer, its reads, and the few things it does its own way); the migration
//!   runner.
//! - `writer.rs`: the writer thread's group commit with a savepoint per job, and the read
//!   connections on the blocking pool.
//! - `chain.rs`: the hash chain and Merkle tree an append extends (record, nodes, personal
//!   values, in the job's transaction).
//! - `audit.rs`: the log's operations — append, query, retention purge, erasure — and the
//!   [`Store`] impl for every backend; `state.rs`: the gateway's state ([`StateStore`]) and
//!   the tree heads and proofs; `subjects.rs`: the subject vault.
//! - `verify.rs`: the verifier — records, chain, purges, and every stored Merkle node.
//! - `sqlite.rs` (`sqlite/verify.rs`): SQLite's connections, schema, writer loop (the chain's
//!   tip owned by the writer thread), WAL truncation after erasure, the rebuild of old trees,
//!   the offline readers, and the verifier run on parallel aligned ranges.
//! - `pg.rs`: PostgreSQL's connections (replaced when the server closes them), schema, writer
//!   loop (the `audit_head` sequencer locked by every transaction), change notifications,
//!   stream leases, and the verifier run in one streamed pass.

mod alerts;
mod audit;
mod chain;
mod pg;
mod record_head;
mod sql;
mod sqlite;
mod state;
mod stats;
mod subjects;
mod verify;
mod writer;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use warden_types::{AuditEvent, AuditRecord, Timestamp, TokenKind};

pub use alerts::{AlertStore, RaisedEvent};
pub use pg::PgStore;
pub use sqlite::{SqliteStore, read_file, verify_file, verify_file_on, verify_file_with};
pub use state::{HaltCancel, StateStore};
pub use stats::{Histogram, HistogramSnapshot};
pub use subjects::parse_identifier;

/// A storage failure. The pipeline fails closed on any of these.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// The database reported an error.
    #[error("database error: {0}")]
    Database(String),
    /// Stored data could not be decoded.
    #[error("corrupt stored data: {0}")]
    Corrupt(String),
    /// The store was shut down.
    #[error("the store is closed")]
    Closed,
    /// The request names records or sizes the log does not have.
    #[error("{0}")]
    Range(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Database(e.to_string())
    }
}

/// A stored token (never the token text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenRecord {
    /// Public id.
    pub id: String,
    /// `agent` or `operator`.
    pub kind: TokenKind,
    /// The agent id or operator name it speaks for.
    pub subject: String,
    /// SHA-256 of the secret part.
    #[serde(skip)]
    pub hash: Vec<u8>,
    /// Operator tokens only: may administer.
    pub admin: bool,
    /// When it was created.
    pub created_at: Timestamp,
    /// When it stops working, if ever.
    pub expires_at: Option<Timestamp>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<Timestamp>,
}

/// Why and by whom an agent was halted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Halt {
    /// The operator's reason.
    pub reason: String,
    /// The operator.
    pub by: String,
    /// When.
    pub at: Timestamp,
}

/// The id of an agent's run before any operator opened one: every label the agent gathered
/// outside an opened run belongs to it.
pub const BASE_RUN: &str = "base";

/// A run an operator opened for an agent: a task with labels of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// The run's id (`run_…`, Warden's).
    pub id: String,
    /// The agent it belongs to.
    pub agent: String,
    /// When it was opened.
    pub opened_at: Timestamp,
    /// The operator who opened it.
    pub opened_by: String,
}

/// Hashed values a run's trusted instructions and untrusted content named (argument
/// provenance).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunValues {
    /// From trusted instructions (a user's or system message, a run's task).
    pub trusted: Vec<String>,
    /// From untrusted content (tool results).
    pub untrusted: Vec<String>,
}

/// One LLM budget a call must fit: a scope's limit over one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetCheck {
    /// What serialises reservations against it (scope and period).
    pub key: String,
    /// The period (`d:2026-12-06`, `m:2026-12`).
    pub period: String,
    /// The agents whose spend counts against it.
    pub agents: Vec<String>,
    /// Token limit, if any.
    pub tokens: Option<u64>,
    /// Spending limit in nano-dollars, if any.
    pub nanousd: Option<u64>,
}

/// Tokens and nano-dollars.
pub type Spent = (u64, u64);

/// One LLM call's reservation against its budgets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetAsk {
    /// The reservation's id (the call's).
    pub reservation: String,
    /// The agent whose spend it is.
    pub agent: String,
    /// The periods it counts in (`d:…`, `m:…`).
    pub periods: Vec<String>,
    /// Its worst case.
    pub worst: Spent,
    /// When it is made.
    pub at: Timestamp,
    /// Reservations older than this count as calls that never settled.
    pub stale: Timestamp,
}

/// One call's share of one running total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalEntry {
    /// The total's key (tool, total, agent and the value it is split by).
    pub key: String,
    /// What the call adds.
    pub amount: i64,
    /// The start of the total's window: older entries no longer count.
    pub since: Timestamp,
}

/// The definition of an upstream MCP tool Warden has seen, pinned by its hash.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolPin {
    /// The qualified tool name, `server.tool`.
    pub tool: String,
    /// The hash of the approved definition (what calls are allowed against).
    pub approved_hash: Option<String>,
    /// The approved definition.
    pub approved: Option<serde_json::Value>,
    /// The hash of the definition last seen upstream.
    pub seen_hash: String,
    /// The definition last seen upstream.
    pub seen: serde_json::Value,
    /// `approved`, `changed` (differs from the approved one) or `poisoned` (scored as an
    /// injection); only `approved` tools can be used.
    pub status: String,
    /// Why, for people (injection signals, what changed).
    pub note: String,
    /// When the status last changed.
    pub updated_at: Timestamp,
}

/// Where a version of a secret stands (stored as its lowercase name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecretState {
    /// The version injected now.
    Current,
    /// Replaced by a rotation; still accepted (and scrubbed) until `grace_until`.
    Previous,
    /// Never injected again.
    Revoked,
}

impl SecretState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Current => "current",
            Self::Previous => "previous",
            Self::Revoked => "revoked",
        }
    }
}

/// One version of a secret in Warden's vault. The value is only in `sealed` (encrypted).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecretVersion {
    /// The secret's name.
    pub name: String,
    /// 1, 2, …
    pub version: u32,
    /// Where this version stands.
    pub state: SecretState,
    /// Agents allowed to have it injected into their calls.
    pub agents: Vec<String>,
    /// Who stored it.
    pub created_by: String,
    /// When.
    pub created_at: Timestamp,
    /// For a previous version: until when it is still used.
    pub grace_until: Option<Timestamp>,
    /// When it was revoked.
    pub revoked_at: Option<Timestamp>,
    /// The encrypted value (`warden_vault::Sealed`).
    pub sealed: serde_json::Value,
}

/// Which audit records to return.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AuditFilter {
    /// Only this agent.
    pub agent: Option<String>,
    /// Only this tool.
    pub tool: Option<String>,
    /// Only this outcome.
    pub outcome: Option<String>,
    /// Only this event kind.
    pub event: Option<String>,
    /// Only this action.
    pub action_id: Option<String>,
    /// At or after this time (RFC 3339).
    pub since: Option<Timestamp>,
    /// Before this time (RFC 3339).
    pub until: Option<Timestamp>,
    /// Only records after this sequence number.
    pub after_seq: Option<u64>,
    /// Only records at or before this sequence number (paging back through the log).
    #[serde(default)]
    pub until_seq: Option<u64>,
    /// Only records of this session (run) id, compared exactly.
    #[serde(default)]
    pub session: Option<String>,
    /// At most this many (newest last).
    pub limit: Option<u64>,
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyReport {
    /// Records checked.
    pub records: u64,
    /// Hash of the last good record.
    pub head: String,
    /// The first record that does not match, and why.
    pub first_bad: Option<BadRecord>,
    /// The Merkle tree head recomputed from the records checked, hex.
    #[serde(default)]
    pub root: String,
    /// Tree heads recomputed at the sizes asked for (to compare with checkpoints).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub roots: std::collections::BTreeMap<u64, String>,
}

/// The Merkle tree head of the first `size` records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreeHead {
    /// Records covered.
    pub size: u64,
    /// RFC 6962 root, hex.
    pub root: String,
}

/// Proof that record `seq` is in the tree of `size` records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InclusionProof {
    /// The record.
    pub seq: u64,
    /// Its leaf index (`seq - 1`).
    pub leaf_index: u64,
    /// The tree's size.
    pub size: u64,
    /// The record's hash as stored (what the chain links), hex.
    #[serde(default)]
    pub record_hash: String,
    /// The leaf, `SHA-256(0x00 ‖ record hash)` ([`record_leaf`]), hex.
    pub leaf_hash: String,
    /// The audit path, leaf side first, hex.
    pub proof: Vec<String>,
    /// The tree head, hex.
    pub root: String,
}

/// Proof that the tree of `old` records is a prefix of the tree of `new` records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsistencyProof {
    /// Older size.
    pub old: u64,
    /// Newer size.
    pub new: u64,
    /// Root of the older tree, hex.
    pub old_root: String,
    /// Root of the newer tree, hex.
    pub new_root: String,
    /// The proof, hex.
    pub proof: Vec<String>,
}

/// One audit record that holds a data subject's data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubjectRecord {
    /// The record.
    pub seq: u64,
    /// When.
    pub ts: String,
    /// Its event kind.
    pub event: String,
    /// The agent.
    pub agent: Option<String>,
    /// The tool (an LLM call's is `<provider>.complete`).
    pub tool: Option<String>,
    /// The action.
    pub action_id: Option<String>,
    /// The systems the data reached.
    pub systems: Vec<String>,
    /// The kinds of the subject's data in it (`EMAIL`, `CARD`, …).
    pub labels: Vec<String>,
    /// Which of the subjects.
    pub subjects: Vec<String>,
}

/// Where the data of the subjects behind some identifiers is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Located {
    /// The subjects found (opaque ids).
    pub subjects: Vec<String>,
    /// Positions of the identifiers Warden holds no data for.
    pub unknown: Vec<usize>,
    /// Every record holding their data, oldest first.
    pub records: Vec<SubjectRecord>,
}

/// What an erasure destroyed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Erasure {
    /// The data map before erasure.
    pub located: Located,
    /// Encrypted values deleted.
    pub values: u64,
    /// Stored approvals whose arguments held the values (scrubbed).
    pub approvals: u64,
    /// Of those, the pending ones, cancelled (each recorded as `approval.cancelled`).
    #[serde(default)]
    pub cancelled: u64,
    /// The receipt's record.
    pub receipt_seq: u64,
}

/// Builds the erasure receipt from what was destroyed.
pub type ReceiptFn = Box<dyn FnOnce(&Erasure) -> AuditEvent + Send>;

/// What a purge of expired payloads did (or, dry, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Purged {
    /// Records purged, per event kind.
    pub by_event: std::collections::BTreeMap<String, u64>,
    /// Records purged in all.
    pub records: u64,
    /// The lowest and highest purged sequence numbers.
    pub first_seq: Option<u64>,
    /// See `first_seq`.
    pub last_seq: Option<u64>,
    /// Every purged record, as inclusive ranges of sequence numbers: the receipt lists them,
    /// and verification accepts an emptied record only inside a receipt's ranges.
    pub ranges: Vec<(u64, u64)>,
    /// Encrypted personal values deleted with them.
    pub values: u64,
    /// Data subjects left with no data, deleted.
    pub subjects: u64,
    /// The receipt's record (none for a dry run or when nothing expired).
    pub receipt_seq: Option<u64>,
}

/// A record's Merkle leaf: the RFC 6962 leaf hash of the record's 32-byte hash (the hash the
/// chain links), `SHA-256(0x00 || SHA-256("warden.audit.record.v1\n" || canonical_json))`. The tree
/// commits to exactly what the chain commits to, each record's bytes are hashed once, and a
/// purged record's leaf can still be recomputed from the hash it keeps.
pub fn record_leaf(record_digest: &[u8; 32]) -> warden_merkle::Hash {
    warden_merkle::leaf_hash(record_digest)
}

/// A proof error as a store error: out of range is the caller's, anything else a corrupt tree.
pub(crate) fn proof_error(e: warden_merkle::ProofError) -> StoreError {
    match e {
        warden_merkle::ProofError::Range(m) => StoreError::Range(m),
        other => StoreError::Corrupt(other.to_string()),
    }
}

/// The proof that record `seq` is in the tree of `size` records, from a store's nodes;
/// `record_hash` reads the record's stored hash.
pub(crate) fn prove_inclusion(
    nodes: &dyn warden_merkle::Nodes,
    seq: u64,
    size: u64,
    record_hash: impl FnOnce() -> Result<String, StoreError>,
) -> Result<InclusionProof, StoreError> {
    if seq == 0 || seq > size {
        return Err(StoreError::Range(format!(
            "record {seq} is not in a log of {size} records"
        )));
    }
    let proof = warden_merkle::inclusion_proof(nodes, seq - 1, size).map_err(proof_error)?;
    let leaf = nodes.perfect(0, seq - 1).map_err(proof_error)?;
    let root = warden_merkle::root(nodes, size).map_err(proof_error)?;
    Ok(InclusionProof {
        seq,
        leaf_index: seq - 1,
        size,
        record_hash: record_hash()?,
        leaf_hash: warden_merkle::hex(&leaf),
        proof: proof.iter().map(warden_merkle::hex).collect(),
        root: warden_merkle::hex(&root),
    })
}

/// The proof that the tree of `old` records is a prefix of the tree of `new`, from a store's
/// nodes.
pub(crate) fn prove_consistency(
    nodes: &dyn warden_merkle::Nodes,
    old: u64,
    new: u64,
) -> Result<ConsistencyProof, StoreError> {
    if old == 0 || old > new {
        return Err(StoreError::Range(format!(
            "no consistency proof from {old} to {new} records"
        )));
    }
    let proof = warden_merkle::consistency_proof(nodes, old, new).map_err(proof_error)?;
    let root = |n| warden_merkle::root(nodes, n).map(|r| warden_merkle::hex(&r));
    Ok(ConsistencyProof {
        old,
        new,
        old_root: root(old).map_err(proof_error)?,
        new_root: root(new).map_err(proof_error)?,
        proof: proof.iter().map(warden_merkle::hex).collect(),
    })
}

/// [`record_leaf`] of a stored (lowercase hex) record hash; `None` if it is not one.
pub(crate) fn record_leaf_hex(hash: &str) -> Option<warden_merkle::Hash> {
    warden_merkle::from_hex(hash).map(|d| record_leaf(&d))
}

/// Builds the purge receipt.
pub type PurgeReceiptFn = Box<dyn FnOnce(&Purged) -> AuditEvent + Send>;

/// A change committed by some Warden process that in-memory caches must follow (several
/// processes on one PostgreSQL database).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Tokens were created or revoked.
    Tokens,
    /// An agent was halted or resumed.
    Halts,
    /// A session gained labels.
    Session {
        /// The agent.
        agent: String,
        /// The session.
        session: String,
    },
    /// A process reloaded its configuration: every process reloads its own.
    Config,
    /// Notifications may have been missed (a reconnect): reload everything.
    All,
}

impl Change {
    /// The notification payload.
    pub fn payload(&self) -> String {
        match self {
            Self::Tokens => "tokens".into(),
            Self::Halts => "halts".into(),
            Self::Config => "config".into(),
            Self::Session { agent, session } => format!("session\n{agent}\n{session}"),
            Self::All => "all".into(),
        }
    }

    /// Parses a notification payload (unknown ones read as [`Change::All`]).
    pub fn parse(payload: &str) -> Self {
        let mut parts = payload.split('\n');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("tokens"), None, None) => Self::Tokens,
            (Some("halts"), None, None) => Self::Halts,
            (Some("config"), None, None) => Self::Config,
            (Some("session"), Some(agent), Some(session)) => Self::Session {
                agent: agent.to_owned(),
                session: session.to_owned(),
            },
            _ => Self::All,
        }
    }
}

/// A signed checkpoint as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredCheckpoint {
    /// Records covered.
    pub size: u64,
    /// Root, hex.
    pub root: String,
    /// When it was made.
    pub ts: String,
    /// The signed note.
    pub note: String,
}

/// A record that failed verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadRecord {
    /// Its sequence number (or the expected one, for a gap).
    pub seq: u64,
    /// What does not match.
    pub reason: String,
}

/// The outcome of a compare-and-set on an approval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cas {
    /// The approval was in the expected state and has been updated.
    Applied,
    /// Someone else moved it first; nothing was written.
    Conflict,
}

/// Records' personal values put back: by sequence number, (field, placeholder, value).
pub type Restored = std::collections::BTreeMap<u64, Vec<(String, String, String)>>;

/// Warden's persistent state ([`StateStore`], written once for every backend) and audit log.
#[async_trait]
pub trait Store: StateStore + AlertStore + Send + Sync {
    /// Appends events to the audit log; returns once they are durable.
    async fn append(&self, events: Vec<AuditEvent>) -> Result<Vec<u64>, StoreError>;
    /// Appends `events` and tells every other process sharing the store about `change`, in
    /// one commit. A store no other process shares only appends.
    async fn announce(
        &self,
        events: Vec<AuditEvent>,
        _change: Change,
    ) -> Result<Vec<u64>, StoreError> {
        self.append(events).await
    }
    /// Audit records matching `filter`, oldest first.
    async fn query_audit(&self, filter: AuditFilter) -> Result<Vec<AuditRecord>, StoreError>;
    /// Recomputes the hash chain.
    async fn verify_audit(&self) -> Result<VerifyReport, StoreError>;

    /// Finishes queued writes and stops the store's threads (at shutdown).
    fn close(&self) {}
    /// How long writes waited for their commit (queue, transaction and sync), as seen by the
    /// callers.
    fn commit_latency(&self) -> Option<HistogramSnapshot> {
        None
    }
    /// Write transactions begun so far (each one durable commit shared by the writes queued
    /// when it began).
    fn transactions(&self) -> Option<u64> {
        None
    }
    /// Checkpoints of the write-ahead log that hold the writer, by kind (`restart`: under
    /// load, `truncate`: when idle, `writer`: the writer emptied it before its next commit),
    /// since the store was opened (`None`: the backend keeps no such log).
    fn wal_checkpoints(&self) -> Option<[(&'static str, u64); 3]> {
        None
    }
    /// Changes committed by other processes sharing this store (`None`: this process is the
    /// only writer, as with SQLite).
    fn changes(&self) -> Option<tokio::sync::broadcast::Receiver<Change>> {
        None
    }
    /// Every record holding data of the subjects behind `ids` (e-mail addresses, phone numbers).
    async fn locate_subjects(&self, _ids: Vec<String>) -> Result<Located, StoreError> {
        Err(StoreError::Database(
            "this store keeps no subject data".into(),
        ))
    }
    /// The personal values of records `seqs` (field, placeholder, value), for re-deciding
    /// recorded actions (`warden policy replay`); erased subjects' values are gone.
    async fn restore_values(&self, _seqs: Vec<u64>) -> Result<crate::Restored, StoreError> {
        Err(StoreError::Database(
            "this store keeps no subject data".into(),
        ))
    }
    /// [`Store::locate_subjects`], and those records with the subjects' values put back.
    async fn export_subjects(
        &self,
        _ids: Vec<String>,
    ) -> Result<(Located, Vec<serde_json::Value>), StoreError> {
        Err(StoreError::Database(
            "this store keeps no subject data".into(),
        ))
    }
    /// Takes or renews the lease on audit stream `name` for `owner`, for `ttl`: true when
    /// `owner` holds it. One process delivers a stream at a time when several share a
    /// database; a store only one process opens grants it always.
    async fn lease_stream(
        &self,
        _name: String,
        _owner: String,
        _ttl: std::time::Duration,
    ) -> Result<bool, StoreError> {
        Ok(true)
    }
    /// Purges the payloads of records whose kind is in a cutoff's list and whose time is before
    /// its cutoff (RFC 3339): the record text and its personal values go, the sequence number,
    /// time, kind, hash and Merkle leaf stay, so the log still verifies. Logs the receipt.
    async fn purge_expired(
        &self,
        _cutoffs: Vec<(Vec<String>, String)>,
        _dry_run: bool,
        _receipt: PurgeReceiptFn,
    ) -> Result<Purged, StoreError> {
        Err(StoreError::Database("this store cannot purge".into()))
    }
    /// Destroys the subjects behind `ids` (keys, values, index entries; values inside stored
    /// approvals) and logs the receipt `receipt` builds, in one transaction; then makes sure
    /// no deleted byte remains in the database files.
    async fn erase_subjects(
        &self,
        _ids: Vec<String>,
        _receipt: ReceiptFn,
    ) -> Result<Erasure, StoreError> {
        Err(StoreError::Database(
            "this store keeps no subject data".into(),
        ))
    }
}
