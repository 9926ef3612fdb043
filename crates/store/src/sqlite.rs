//! SQLite: one file, WAL, `synchronous = FULL`.
//!
//! One writer thread owns the write connection and commits in groups: every job that arrives
//! while a commit is in flight joins the next transaction, so many concurrent appends share one
//! fsync (group commit). Each job runs inside a savepoint, so a failing job does not take its
//! neighbours down. Readers use their own connections.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use tokio::sync::oneshot;
use warden_types::{
    AuditEvent, AuditRecord, EventKind, GENESIS_HASH, Outcome, Timestamp, record_digest,
};

use crate::sql::{Backend, Row, Sql, Tx, Val};
use crate::subjects;
use crate::{
    AuditFilter, Erasure, Located, PurgeReceiptFn, Purged, ReceiptFn, Store, StoreError,
    VerifyReport,
};

/// Most jobs committed in one transaction.
const MAX_BATCH: usize = 4096;
/// Read connections.
const READERS: usize = 4;
/// How often the WAL is copied into the database file.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_millis(500);

const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        r#"
CREATE TABLE audit (
    seq        INTEGER PRIMARY KEY,
    ts         TEXT NOT NULL,
    event      TEXT NOT NULL,
    agent      TEXT,
    tool       TEXT,
    outcome    TEXT NOT NULL,
    action_id  TEXT,
    record     TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX audit_agent ON audit(agent, seq);
CREATE INDEX audit_action ON audit(action_id);
CREATE INDEX audit_ts ON audit(ts);
CREATE TABLE tokens (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    hash        BLOB NOT NULL,
    admin       INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER,
    revoked_at  INTEGER
);
CREATE TABLE halts (
    agent   TEXT PRIMARY KEY,
    reason  TEXT NOT NULL,
    by      TEXT NOT NULL,
    at      INTEGER NOT NULL
);
CREATE TABLE sessions (
    agent       TEXT NOT NULL,
    session     TEXT NOT NULL,
    labels      TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (agent, session)
);
CREATE TABLE approvals (
    id          TEXT PRIMARY KEY,
    agent       TEXT NOT NULL,
    state       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    body        TEXT NOT NULL
);
CREATE INDEX approvals_state ON approvals(state, expires_at);
"#,
    ),
    (
        2,
        r#"
CREATE TABLE tool_pins (
    tool        TEXT PRIMARY KEY,
    status      TEXT NOT NULL,
    body        TEXT NOT NULL
);
"#,
    ),
    (
        3,
        r#"
CREATE TABLE vault_meta (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
CREATE TABLE secrets (
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    state       TEXT NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (name, version)
);
"#,
    ),
    (
        4,
        r#"
CREATE TABLE merkle (
    level       INTEGER NOT NULL,
    idx         INTEGER NOT NULL,
    hash        BLOB NOT NULL,
    PRIMARY KEY (level, idx)
) WITHOUT ROWID;
CREATE TABLE checkpoints (
    size        INTEGER PRIMARY KEY,
    root        TEXT NOT NULL,
    ts          TEXT NOT NULL,
    note        TEXT NOT NULL
);
"#,
    ),
    (
        5,
        r#"
CREATE TABLE subjects (
    id          TEXT PRIMARY KEY,
    key         BLOB NOT NULL,
    created     TEXT NOT NULL
);
CREATE TABLE subject_index (
    hash        BLOB PRIMARY KEY,
    subject     TEXT NOT NULL,
    kind        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX subject_index_subject ON subject_index(subject);
CREATE TABLE personal_values (
    seq         INTEGER NOT NULL,
    field       TEXT NOT NULL,
    placeholder TEXT NOT NULL,
    subject     TEXT NOT NULL,
    label       TEXT NOT NULL,
    nonce       BLOB NOT NULL,
    ct          BLOB NOT NULL
);
CREATE INDEX personal_values_subject ON personal_values(subject, seq);
CREATE INDEX personal_values_place ON personal_values(seq, field, placeholder);
CREATE TABLE subject_meta (
    k           TEXT PRIMARY KEY,
    v           BLOB NOT NULL
);
"#,
    ),
    (
        6,
        r#"
ALTER TABLE audit ADD COLUMN purged INTEGER NOT NULL DEFAULT 0;
"#,
    ),
    (
        7,
        r#"
CREATE TABLE stream_cursors (
    name        TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL,
    updated     TEXT NOT NULL
);
"#,
    ),
    (
        8,
        r#"
CREATE INDEX audit_purge_receipts ON audit(seq) WHERE event = 'audit.purged';
"#,
    ),
    (
        9,
        r#"
CREATE TABLE checkpoints_withdrawn (
    size        INTEGER NOT NULL,
    root        TEXT NOT NULL,
    ts          TEXT NOT NULL,
    note        TEXT NOT NULL,
    withdrawn   TEXT NOT NULL
);
"#,
    ),
    (
        10,
        // The same column name as PostgreSQL's, so one statement serves both (`by` is
        // reserved there).
        r#"
ALTER TABLE halts RENAME COLUMN by TO by_op;
"#,
    ),
];

#[derive(Clone)]
struct Chain {
    next_seq: u64,
    last_hash: String,
    /// The Merkle tree's right edge over every record so far.
    frontier: warden_merkle::Frontier,
}

/// Records the perfect subtrees a new leaf completes.
fn store_nodes(
    conn: &Connection,
    nodes: &[(u32, u64, warden_merkle::Hash)],
) -> Result<(), StoreError> {
    let mut st =
        conn.prepare_cached("INSERT INTO merkle (level, idx, hash) VALUES (?1, ?2, ?3)")?;
    for (level, idx, hash) in nodes {
        let idx =
            i64::try_from(*idx).map_err(|_| StoreError::Corrupt("tree index overflow".into()))?;
        st.execute(params![level, idx, hash.as_slice()])?;
    }
    Ok(())
}

impl Chain {
    fn append(
        &mut self,
        conn: &Connection,
        mut event: AuditEvent,
        now: Timestamp,
    ) -> Result<u64, StoreError> {
        let seq = self.next_seq;
        let personal = std::mem::take(&mut event.personal);
        let record = AuditRecord::new(seq, now, self.last_hash.clone(), event);
        let canonical = record.canonical();
        let digest = record_digest(&canonical);
        let hash = warden_merkle::hex(&digest);
        conn.prepare_cached(
            "INSERT INTO audit (seq, ts, event, agent, tool, outcome, action_id, record, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            i64::try_from(seq).map_err(|_| StoreError::Corrupt("sequence overflow".into()))?,
            record.ts,
            record.event.event.as_str(),
            record.event.agent,
            record.event.tool,
            record.event.outcome.as_str(),
            record.event.action_id,
            canonical,
            hash,
        ])?;
        let completed = self.frontier.push(crate::record_leaf(&digest));
        store_nodes(conn, &completed)?;
        subjects::keep(
            &mut subjects::SqlSubjects(&mut SqliteConn(conn)),
            seq,
            &personal,
            &record.ts,
        )?;
        self.next_seq += 1;
        self.last_hash = hash;
        Ok(seq)
    }

    fn load(conn: &Connection) -> Result<Self, StoreError> {
        let last: Option<(i64, String)> = conn
            .query_row(
                "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (next_seq, last_hash) = match last {
            Some((seq, hash)) => (u64::try_from(seq).unwrap_or(0) + 1, hash),
            None => (1, GENESIS_HASH.to_owned()),
        };
        let size = next_seq - 1;
        let mut db = SqliteConn(conn);
        let nodes = crate::state::SqlNodes(std::cell::RefCell::new(&mut db));
        let frontier = warden_merkle::Frontier::load(&nodes, size)
            .map_err(|e| StoreError::Corrupt(format!("the audit log's Merkle tree: {e}")))?;
        Ok(Chain {
            next_seq,
            last_hash,
            frontier,
        })
    }

    /// Builds the Merkle tree of records written before the tree existed, or rebuilds a tree
    /// whose leaves hash the record text (development builds before leaves were the record
    /// hashes), from the records' stored hashes, in one transaction. Refuses a tree that covers
    /// other records.
    fn backfill(conn: &mut Connection) -> Result<(), StoreError> {
        let leaves: i64 = conn
            .query_row("SELECT MAX(idx) FROM merkle WHERE level = 0", [], |r| {
                r.get::<_, Option<i64>>(0)
            })?
            .map_or(0, |i| i + 1);
        let records: i64 = conn
            .query_row("SELECT MAX(seq) FROM audit", [], |r| {
                r.get::<_, Option<i64>>(0)
            })?
            .unwrap_or(0);
        if leaves > 0 && leaves != records {
            // Nodes are written with their records, so a tree that does not cover exactly the
            // records means one of them was changed outside Warden: never paper over it.
            return Err(StoreError::Corrupt(format!(
                "the Merkle tree covers {leaves} records but the log has {records}: the log or \
                 its tree was changed outside Warden (run `warden audit verify --db`)"
            )));
        }
        let text_leaves = leaves > 0 && leaves_hash_text(conn)?;
        if leaves == records && !text_leaves {
            return Ok(());
        }
        // Rebuilt from the records' stored hashes, whole: every record keeps its hash (purged
        // ones too), and the chain checks those hashes. The rebuild is recorded in the log, in
        // the same transaction.
        if leaves == 0 && records > 0 {
            tracing::warn!(
                records,
                "the audit log has no Merkle tree (a database from before the tree, or its tree \
                 was deleted): built from the records' stored hashes; only checkpoints kept \
                 outside Warden show whether those records are the ones checkpointed"
            );
        }
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM merkle", [])?;
        let now = Timestamp::now();
        let mut withdrawn: Vec<(i64, String)> = Vec::new();
        if text_leaves {
            // Signed heads of the old tree cannot be proven against the new one: set aside,
            // kept.
            withdrawn = tx
                .prepare("SELECT size, root FROM checkpoints ORDER BY size")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            tx.execute(
                "INSERT INTO checkpoints_withdrawn (size, root, ts, note, withdrawn)
                 SELECT size, root, ts, note, ?1 FROM checkpoints",
                [now.to_rfc3339()],
            )?;
            tx.execute("DELETE FROM checkpoints", [])?;
            tracing::warn!(
                checkpoints = withdrawn.len(),
                "the audit log's Merkle tree was built by a development build (leaves over the \
                 record text); rebuilt with leaves over the record hashes; checkpoints of the old \
                 tree were withdrawn (kept in checkpoints_withdrawn): make a new one"
            );
        }
        {
            let mut frontier = warden_merkle::Frontier::new();
            let mut st = tx.prepare("SELECT seq, hash FROM audit ORDER BY seq")?;
            let mut rows = st.query([])?;
            while let Some(row) = rows.next()? {
                let seq: i64 = row.get(0)?;
                let leaf = row
                    .get_ref(1)?
                    .as_str()
                    .ok()
                    .and_then(crate::record_leaf_hex)
                    .ok_or_else(|| {
                        StoreError::Corrupt(format!("record {seq}'s stored hash is not a hash"))
                    })?;
                store_nodes(&tx, &frontier.push(leaf))?;
            }
        }
        let mut e = AuditEvent::new(
            EventKind::AuditTreeRebuilt,
            Outcome::Success,
            format!(
                "the audit log's Merkle tree was built from the stored hashes of its {records} \
                 records when the database was opened ({})",
                if text_leaves {
                    "its tree was of an earlier format"
                } else {
                    "it had none"
                }
            ),
        );
        e.actor = Some("warden".into());
        e.code = Some("tree_rebuilt".into());
        e.output = serde_json::json!({
            "records": records,
            "leaves_before": leaves,
            "earlier_format": text_leaves,
            "withdrawn_checkpoints": withdrawn
                .iter()
                .map(|(size, root)| serde_json::json!({"size": size, "root": root}))
                .collect::<Vec<_>>(),
        });
        let mut chain = Self::load(&tx)?;
        chain.append(&tx, e, now)?;
        tx.commit()?;
        Ok(())
    }
}

/// Whether the stored tree's first leaf is the hash of the first record's text (the first tree
/// format) rather than of its hash.
fn leaves_hash_text(conn: &Connection) -> Result<bool, StoreError> {
    let leaf: Option<Vec<u8>> = conn
        .query_row(
            "SELECT hash FROM merkle WHERE level = 0 AND idx = 0",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let first: Option<(String, String)> = conn
        .query_row("SELECT hash, record FROM audit WHERE seq = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let (Some(leaf), Some((hash, text))) = (leaf, first) else {
        return Ok(false);
    };
    let by_hash = crate::record_leaf_hex(&hash).is_some_and(|l| l.as_slice() == leaf);
    Ok(
        !by_hash
            && !text.is_empty()
            && warden_merkle::leaf_hash(text.as_bytes()).as_slice() == leaf,
    )
}

type Completion = Box<dyn FnOnce(Result<(), StoreError>) + Send>;
type Job = Box<dyn FnOnce(&Connection, &mut Chain) -> Completion + Send>;

/// The SQLite store.
pub struct SqliteStore {
    sender: Mutex<Option<mpsc::Sender<Job>>>,
    writer: Mutex<Option<std::thread::JoinHandle<()>>>,
    checkpointer: Mutex<Option<(mpsc::Sender<()>, std::thread::JoinHandle<()>)>>,
    readers: Arc<Vec<Mutex<Connection>>>,
    next_reader: AtomicUsize,
    path: PathBuf,
}

fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;",
    )?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
    )?;
    for (version, sql) in MIGRATIONS {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let done: Option<i64> = tx
            .query_row(
                "SELECT version FROM schema_migrations WHERE version = ?1",
                [version],
                |r| r.get(0),
            )
            .optional()?;
        if done.is_none() {
            tx.execute_batch(sql)?;
            tx.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)",
                params![version, Timestamp::now().to_rfc3339()],
            )?;
        }
        tx.commit()?;
    }
    Ok(())
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError::Database(format!("cannot create `{}`: {e}", dir.display()))
            })?;
        }
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        migrate(&mut conn)?;
        // Checkpoints run on their own connection and thread (below), so that copying the WAL
        // into the database never stalls a group commit.
        conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        let checkpoint_conn = Connection::open(path)?;
        checkpoint_conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let (stop_checkpoints, stopped) = mpsc::channel::<()>();
        let checkpointer = std::thread::Builder::new()
            .name("warden-store-checkpoint".into())
            .spawn(move || {
                while let Err(mpsc::RecvTimeoutError::Timeout) =
                    stopped.recv_timeout(CHECKPOINT_EVERY)
                {
                    // PASSIVE never blocks the writer; whatever it cannot copy now waits for the next round.
                    if let Err(e) =
                        checkpoint_conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
                    {
                        tracing::warn!(error = %e, "WAL checkpoint failed");
                    }
                }
                let _ =
                    checkpoint_conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
            })
            .map_err(|e| StoreError::Database(format!("cannot start the checkpointer: {e}")))?;
        Chain::backfill(&mut conn)?;
        let chain = Chain::load(&conn)?;
        let mut readers = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            let r = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            r.busy_timeout(std::time::Duration::from_secs(10))?;
            readers.push(Mutex::new(r));
        }
        let (sender, receiver) = mpsc::channel::<Job>();
        let writer = std::thread::Builder::new()
            .name("warden-store-writer".into())
            .spawn(move || writer_loop(conn, chain, receiver))
            .map_err(|e| StoreError::Database(format!("cannot start the writer: {e}")))?;
        Ok(Self {
            sender: Mutex::new(Some(sender)),
            writer: Mutex::new(Some(writer)),
            checkpointer: Mutex::new(Some((stop_checkpoints, checkpointer))),
            readers: Arc::new(readers),
            next_reader: AtomicUsize::new(0),
            path: path.to_owned(),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Stops the writer after it has committed everything queued.
    pub fn close(&self) {
        if let Ok(mut s) = self.sender.lock() {
            s.take();
        }
        if let Ok(mut w) = self.writer.lock()
            && let Some(handle) = w.take()
        {
            let _ = handle.join();
        }
        if let Ok(mut c) = self.checkpointer.lock()
            && let Some((stop, handle)) = c.take()
        {
            let _ = stop.send(());
            let _ = handle.join();
        }
    }

    async fn write<R, F>(&self, f: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&Connection, &mut Chain) -> Result<R, StoreError> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel::<Result<R, StoreError>>();
        let job: Job = Box::new(move |conn, chain| {
            let saved = chain.clone();
            if let Err(e) = conn
                .prepare_cached("SAVEPOINT job")
                .and_then(|mut st| st.execute([]))
            {
                let e = StoreError::from(e);
                return Box::new(move |_| {
                    let _ = tx.send(Err(e));
                });
            }
            match f(conn, chain) {
                Ok(value) => {
                    let released = conn
                        .prepare_cached("RELEASE job")
                        .and_then(|mut st| st.execute([]))
                        .map(|_| ());
                    Box::new(move |commit: Result<(), StoreError>| {
                        let result = match (released, commit) {
                            (Err(e), _) => Err(StoreError::from(e)),
                            (Ok(()), Err(e)) => Err(e),
                            (Ok(()), Ok(())) => Ok(value),
                        };
                        let _ = tx.send(result);
                    })
                }
                Err(e) => {
                    let _ = conn
                        .prepare_cached("ROLLBACK TO job")
                        .and_then(|mut st| st.execute([]));
                    let _ = conn
                        .prepare_cached("RELEASE job")
                        .and_then(|mut st| st.execute([]));
                    *chain = saved;
                    Box::new(move |_| {
                        let _ = tx.send(Err(e));
                    })
                }
            }
        });
        {
            let guard = self.sender.lock().map_err(|_| StoreError::Closed)?;
            let sender = guard.as_ref().ok_or(StoreError::Closed)?;
            sender.send(job).map_err(|_| StoreError::Closed)?;
        }
        rx.await.map_err(|_| StoreError::Closed)?
    }

    async fn read<R, F>(&self, f: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&Connection) -> Result<R, StoreError> + Send + 'static,
    {
        let i = self.next_reader.fetch_add(1, Ordering::Relaxed) % READERS.max(1);
        let readers = Arc::clone(&self.readers);
        tokio::task::spawn_blocking(move || {
            let reader = readers
                .get(i)
                .ok_or_else(|| StoreError::Database("no reader".into()))?;
            let conn = reader
                .lock()
                .map_err(|_| StoreError::Database("reader lock poisoned".into()))?;
            f(&conn)
        })
        .await
        .map_err(|e| StoreError::Database(format!("reader task failed: {e}")))?
    }
}

/// A write job's view of the writer's transaction.
struct SqliteTx<'a> {
    conn: &'a Connection,
    chain: &'a mut Chain,
}

/// A connection outside a write job (a read, or the chain's own statements).
struct SqliteConn<'a>(&'a Connection);

impl rusqlite::ToSql for Val {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, Value, ValueRef};
        Ok(match self {
            Val::Null | Val::OptInt(None) => ToSqlOutput::Owned(Value::Null),
            Val::Int(i) | Val::OptInt(Some(i)) => ToSqlOutput::Owned(Value::Integer(*i)),
            Val::I32(i) => ToSqlOutput::Owned(Value::Integer(i64::from(*i))),
            Val::Text(t) => ToSqlOutput::Borrowed(ValueRef::Text(t.as_bytes())),
            Val::Bytes(b) => ToSqlOutput::Borrowed(ValueRef::Blob(b)),
            Val::Bool(b) => ToSqlOutput::Owned(Value::Integer(i64::from(*b))),
        })
    }
}

fn sqlite_exec(conn: &Connection, sql: &str, args: &[Val]) -> Result<u64, StoreError> {
    let n = conn
        .prepare_cached(sql)?
        .execute(rusqlite::params_from_iter(args.iter()))?;
    Ok(u64::try_from(n).unwrap_or(u64::MAX))
}

fn sqlite_rows(conn: &Connection, sql: &str, args: &[Val]) -> Result<Vec<Row>, StoreError> {
    use rusqlite::types::ValueRef;
    let mut stmt = conn.prepare_cached(sql)?;
    let columns = stmt.column_count();
    let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut vals = Vec::with_capacity(columns);
        for i in 0..columns {
            vals.push(match r.get_ref(i)? {
                ValueRef::Null => Val::Null,
                ValueRef::Integer(n) => Val::Int(n),
                ValueRef::Text(t) => Val::Text(
                    std::str::from_utf8(t)
                        .map_err(|e| StoreError::Corrupt(format!("column {i}: {e}")))?
                        .to_owned(),
                ),
                ValueRef::Blob(b) => Val::Bytes(b.to_vec()),
                ValueRef::Real(_) => {
                    return Err(StoreError::Corrupt(format!("column {i}: a real number")));
                }
            });
        }
        out.push(Row(vals));
    }
    Ok(out)
}

impl Sql for SqliteTx<'_> {
    fn exec(&mut self, sql: &str, args: &[Val]) -> Result<u64, StoreError> {
        sqlite_exec(self.conn, sql, args)
    }
    fn rows(&mut self, sql: &str, args: &[Val]) -> Result<Vec<Row>, StoreError> {
        sqlite_rows(self.conn, sql, args)
    }
}

impl Tx for SqliteTx<'_> {
    fn append(&mut self, event: AuditEvent, now: Timestamp) -> Result<u64, StoreError> {
        self.chain.append(self.conn, event, now)
    }
    fn notify(&mut self, _change: &crate::Change) -> Result<(), StoreError> {
        // One process opens a SQLite database: nobody else to tell.
        Ok(())
    }
    fn lock_rows(&self) -> &'static str {
        ""
    }
}

impl Sql for SqliteConn<'_> {
    fn exec(&mut self, sql: &str, args: &[Val]) -> Result<u64, StoreError> {
        sqlite_exec(self.0, sql, args)
    }
    fn rows(&mut self, sql: &str, args: &[Val]) -> Result<Vec<Row>, StoreError> {
        sqlite_rows(self.0, sql, args)
    }
}

impl Backend for SqliteStore {
    async fn write_tx<R, F>(&self, job: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut dyn Tx) -> Result<R, StoreError> + Send + 'static,
    {
        self.write(move |conn, chain| job(&mut SqliteTx { conn, chain }))
            .await
    }

    async fn read_sql<R, F>(&self, job: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut dyn Sql) -> Result<R, StoreError> + Send + 'static,
    {
        self.read(move |conn| job(&mut SqliteConn(conn))).await
    }
}

impl Drop for SqliteStore {
    fn drop(&mut self) {
        self.close();
    }
}

fn writer_loop(mut conn: Connection, mut chain: Chain, receiver: mpsc::Receiver<Job>) {
    while let Ok(first) = receiver.recv() {
        let mut jobs = vec![first];
        while jobs.len() < MAX_BATCH {
            match receiver.try_recv() {
                Ok(job) => jobs.push(job),
                Err(_) => break,
            }
        }
        let before = chain.clone();
        let tx = match conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate) {
            Ok(tx) => tx,
            Err(e) => {
                // Dropping the jobs unrun tells every caller that nothing was written.
                tracing::error!(error = %e, "cannot begin a write transaction");
                drop(jobs);
                continue;
            }
        };
        let completions: Vec<Completion> =
            jobs.into_iter().map(|job| job(&tx, &mut chain)).collect();
        let commit = tx.commit().map_err(StoreError::from);
        if let Err(e) = &commit {
            tracing::error!(error = %e, "group commit failed; every job in it failed");
            chain = Chain::load(&conn).unwrap_or(before);
        }
        for done in completions {
            done(commit.clone());
        }
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn append(&self, events: Vec<AuditEvent>) -> Result<Vec<u64>, StoreError> {
        self.write(move |conn, chain| {
            let now = Timestamp::now();
            events
                .into_iter()
                .map(|e| chain.append(conn, e, now))
                .collect()
        })
        .await
    }

    async fn query_audit(&self, filter: AuditFilter) -> Result<Vec<AuditRecord>, StoreError> {
        self.read(move |conn| {
            let (sql, args) = crate::audit_query(filter, "0", |n| format!("?{n}"));
            let args: Vec<Box<dyn rusqlite::ToSql>> = args
                .into_iter()
                .map(|a| -> Box<dyn rusqlite::ToSql> {
                    match a {
                        crate::FilterArg::Text(t) => Box::new(t),
                        crate::FilterArg::Int(i) => Box::new(i),
                    }
                })
                .collect();
            let mut stmt = conn.prepare(&sql)?;
            let refs: Vec<&dyn rusqlite::ToSql> = args.iter().map(|b| b.as_ref()).collect();
            let rows = stmt.query_map(refs.as_slice(), |r| r.get::<_, String>(0))?;
            let mut out = Vec::new();
            for row in rows {
                let text = row?;
                out.push(
                    serde_json::from_str(&text)
                        .map_err(|e| StoreError::Corrupt(format!("audit record: {e}")))?,
                );
            }
            Ok(out)
        })
        .await
    }

    async fn verify_audit(&self) -> Result<VerifyReport, StoreError> {
        let path = self.path.clone();
        self.read(move |conn| {
            let open = || open_for_verify(&path);
            verify::verify(conn, &open, &[], &mut |_| {}, verify::Plan::default())
        })
        .await
    }

    fn close(&self) {
        SqliteStore::close(self);
    }

    async fn purge_expired(
        &self,
        cutoffs: Vec<(Vec<String>, String)>,
        dry_run: bool,
        receipt: PurgeReceiptFn,
    ) -> Result<Purged, StoreError> {
        let purged = self
            .write(move |conn, chain| {
                let mut purged = Purged::default();
                let mut seqs: Vec<i64> = Vec::new();
                for (events, cutoff) in &cutoffs {
                    if events.is_empty() {
                        continue;
                    }
                    let marks = vec!["?"; events.len()].join(", ");
                    let sql = format!(
                        "SELECT seq, event FROM audit WHERE purged = 0 AND ts < ?1 AND event IN ({marks}) ORDER BY seq"
                    );
                    let mut args: Vec<&dyn rusqlite::ToSql> = vec![cutoff];
                    args.extend(events.iter().map(|e| e as &dyn rusqlite::ToSql));
                    let mut st = conn.prepare(&sql)?;
                    let rows = st.query_map(args.as_slice(), |r| {
                        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
                    })?;
                    for row in rows {
                        let (seq, event) = row?;
                        seqs.push(seq);
                        *purged.by_event.entry(event).or_default() += 1;
                    }
                }
                seqs.sort_unstable();
                purged.records = seqs.len() as u64;
                purged.first_seq = seqs.first().and_then(|s| u64::try_from(*s).ok());
                purged.last_seq = seqs.last().and_then(|s| u64::try_from(*s).ok());
                purged.ranges = crate::ranges_of(
                    &seqs
                        .iter()
                        .filter_map(|s| u64::try_from(*s).ok())
                        .collect::<Vec<_>>(),
                );
                if dry_run || seqs.is_empty() {
                    return Ok(purged);
                }
                for seq in &seqs {
                    conn.prepare_cached("UPDATE audit SET record = '', purged = 1 WHERE seq = ?1")?
                        .execute([seq])?;
                    purged.values += conn
                        .prepare_cached("DELETE FROM personal_values WHERE seq = ?1")?
                        .execute([seq])? as u64;
                }
                conn.execute(
                    "DELETE FROM subject_index WHERE subject NOT IN (SELECT DISTINCT subject FROM personal_values)",
                    [],
                )?;
                purged.subjects = conn.execute(
                    "DELETE FROM subjects WHERE id NOT IN (SELECT DISTINCT subject FROM personal_values)",
                    [],
                )? as u64;
                purged.receipt_seq =
                    Some(chain.append(conn, crate::purge_receipt(receipt, &purged), Timestamp::now())?);
                Ok(purged)
            })
            .await?;
        if purged.receipt_seq.is_some() {
            truncate_wal(self.path.clone()).await?;
        }
        Ok(purged)
    }

    async fn locate_subjects(&self, ids: Vec<String>) -> Result<Located, StoreError> {
        self.read(move |conn| {
            subjects::locate(&mut subjects::SqlSubjects(&mut SqliteConn(conn)), &ids)
        })
        .await
    }

    async fn export_subjects(
        &self,
        ids: Vec<String>,
    ) -> Result<(Located, Vec<serde_json::Value>), StoreError> {
        self.read(move |conn| {
            subjects::export(&mut subjects::SqlSubjects(&mut SqliteConn(conn)), &ids)
        })
        .await
    }

    async fn erase_subjects(
        &self,
        ids: Vec<String>,
        receipt: ReceiptFn,
    ) -> Result<Erasure, StoreError> {
        let erasure = self
            .write(move |conn, chain| {
                let destroyed =
                    subjects::erase(&mut subjects::SqlSubjects(&mut SqliteConn(conn)), &ids)?;
                let now = Timestamp::now();
                for a in &destroyed.cancelled {
                    chain.append(conn, crate::erasure_cancelled(a), now)?;
                }
                let mut erasure = Erasure {
                    located: destroyed.located,
                    values: destroyed.values,
                    approvals: destroyed.approvals,
                    cancelled: destroyed.cancelled.len() as u64,
                    receipt_seq: 0,
                };
                erasure.receipt_seq = chain.append(conn, receipt(&erasure), now)?;
                Ok(erasure)
            })
            .await?;
        truncate_wal(self.path.clone()).await?;
        Ok(erasure)
    }
}

/// Copies the WAL into the database and truncates it, so that content deleted (and zeroed by
/// `secure_delete`) does not survive in older WAL frames. The read connections are read-only,
/// so a connection of its own does it.
async fn truncate_wal(path: PathBuf) -> Result<(), StoreError> {
    tokio::task::spawn_blocking(move || -> Result<(), StoreError> {
        let conn = Connection::open(&path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        for _ in 0..100 {
            let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
            if busy == 0 {
                return Ok(());
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        Err(StoreError::Database(
            "the write-ahead log could not be truncated".into(),
        ))
    })
    .await
    .map_err(|e| StoreError::Database(e.to_string()))?
}

/// Calls `each` with every record after `after` (sequence number and stored text, oldest
/// first, purged ones skipped) of the database at `path`, read only.
pub fn read_file(
    path: &Path,
    after: u64,
    each: &mut dyn FnMut(u64, &str) -> Result<(), String>,
) -> Result<u64, StoreError> {
    if !path.exists() {
        return Err(StoreError::Database(format!(
            "`{}` does not exist",
            path.display()
        )));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    let has_purged: bool = conn.query_row(
        "SELECT COUNT(*) > 0 FROM pragma_table_info('audit') WHERE name = 'purged'",
        [],
        |r| r.get(0),
    )?;
    let mut st = conn.prepare(if has_purged {
        "SELECT seq, record FROM audit WHERE seq > ?1 AND purged = 0 AND record != '' ORDER BY seq"
    } else {
        "SELECT seq, record FROM audit WHERE seq > ?1 AND record != '' ORDER BY seq"
    })?;
    let mut rows = st.query([i64::try_from(after).unwrap_or(i64::MAX)])?;
    let mut n = 0;
    while let Some(row) = rows.next()? {
        let seq = u64::try_from(row.get::<_, i64>(0)?).unwrap_or(0);
        let text = row
            .get_ref(1)?
            .as_str()
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        each(seq, text).map_err(StoreError::Database)?;
        n += 1;
    }
    Ok(n)
}

/// Verifies the audit chain of the database at `path` without a running server.
pub fn verify_file(path: &Path) -> Result<VerifyReport, StoreError> {
    verify_file_with(path, &[], &mut |_| {})
}

/// [`verify_file`], also recomputing the Merkle tree head from the records themselves at each
/// of `sizes` (for checking against checkpoints) and calling `progress` with the number of
/// records checked every 100,000 records.
pub fn verify_file_with(
    path: &Path,
    sizes: &[u64],
    progress: &mut dyn FnMut(u64),
) -> Result<VerifyReport, StoreError> {
    verify_file_on(path, sizes, progress, None)
}

/// [`verify_file_with`] on at most `threads` threads (default: one per core).
pub fn verify_file_on(
    path: &Path,
    sizes: &[u64],
    progress: &mut dyn FnMut(u64),
    threads: Option<usize>,
) -> Result<VerifyReport, StoreError> {
    if !path.exists() {
        return Err(StoreError::Database(format!(
            "`{}` does not exist",
            path.display()
        )));
    }
    let open = || open_for_verify(path);
    let conn = open()?;
    let mut plan = verify::Plan::default();
    if let Some(t) = threads {
        plan.threads = t.max(1);
    }
    verify::verify(&conn, &open, sizes, progress, plan)
}

/// A read-only connection for verification: no SQLite mutexes (one thread uses it), the file
/// mapped rather than copied page by page.
fn open_for_verify(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.execute_batch("PRAGMA mmap_size = 68719476736; PRAGMA cache_size = -65536;")?;
    Ok(conn)
}

#[cfg(test)]
mod tests;
mod verify;
