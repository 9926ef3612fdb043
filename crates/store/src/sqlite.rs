//! SQLite: one file, WAL, `synchronous = FULL`.
//!
//! One process opens the database. Its writer thread ([`crate::writer`]) owns the write
//! connection and the chain's tip, and commits in groups, so many concurrent appends share
//! one fsync; the readers have read-only connections of their own. An erasure or a purge is
//! followed by a truncation of the WAL, so that deleted bytes (zeroed by `secure_delete`)
//! survive in no older frame. A database from before the Merkle tree gets one when opened.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use warden_types::Timestamp;

use crate::chain::{self, Chain, ChainTx, Dialect};
use crate::sql::{Backend, Row, Sql, Val};
use crate::writer::{self, Queue, Readers, Writer};
use crate::{StoreError, VerifyReport};

/// Read connections.
const READERS: usize = 4;
/// How large the write-ahead log may grow (bytes).
#[derive(Debug, Clone, Copy)]
pub(crate) struct WalLimits {
    /// A larger WAL file is cut back (truncated) when the writer is idle.
    idle: u64,
    /// Once this much has been appended to the WAL since it last restarted, the checkpointer
    /// restarts it even if it has to wait for readers, so that the file stops growing under a
    /// sustained load (it stays at about this size). Counted in frames appended, not by the
    /// file's size: the file keeps its high-water size after a restart, and deciding by it
    /// restarted the WAL (holding the writer) every round once the file had been that large.
    restart: u64,
    /// Past this size commits come faster than the checkpointer can copy them into the
    /// database file: the writer empties the WAL before its next commit (backpressure), so the
    /// file stays bounded whatever the load.
    hard: u64,
}

impl Default for WalLimits {
    fn default() -> Self {
        Self {
            idle: 4 * 1024 * 1024,
            restart: 64 * 1024 * 1024,
            hard: 256 * 1024 * 1024,
        }
    }
}
/// Checkpoints that held (or could hold) the writer, by kind, since the store was opened.
#[derive(Debug, Default)]
pub(crate) struct WalCheckpoints {
    /// The checkpointer restarted the WAL under load (`WalLimits::restart`).
    restart: AtomicU64,
    /// The checkpointer cut the WAL back while the writer was idle (`WalLimits::idle`).
    truncate: AtomicU64,
    /// The writer emptied the WAL itself before its next commit (`WalLimits::hard`).
    writer: AtomicU64,
}

/// How often the WAL is copied into the database file. Each round ends with a sync of the
/// database file, and a commit's WAL sync that comes during it waits behind it on the disk:
/// smaller, more frequent rounds keep that wait short (at 400 requests/s, 500 ms rounds synced
/// ~16 MB each in 25-43 ms; 100 ms rounds took the soak's p99 from ~10 to ~7 ms: BENCHMARKS.md).
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_millis(100);

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
    (
        11,
        // An agent's pending approvals are counted before each new hold.
        r#"
CREATE INDEX approvals_agent ON approvals(agent, state);
"#,
    ),
    (
        12,
        // Runs: a session row an operator opened (issue 15). Rows without `opened_at` are the
        // agent's base run.
        r#"
ALTER TABLE sessions ADD COLUMN opened_at INTEGER;
ALTER TABLE sessions ADD COLUMN opened_by TEXT;
CREATE INDEX sessions_runs ON sessions(agent, opened_at);
"#,
    ),
    (
        13,
        // Running totals (issue 15): one row per reserved call and total; `total_keys` rows are
        // what concurrent reservations of one total serialise on.
        r#"
CREATE TABLE totals (
    reservation TEXT NOT NULL,
    key         TEXT NOT NULL,
    amount      INTEGER NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX totals_key ON totals(key, at);
CREATE INDEX totals_reservation ON totals(reservation);
CREATE TABLE total_keys (key TEXT PRIMARY KEY);
"#,
    ),
    (
        14,
        // LLM spend per agent and period (issue 15): shared by every process, so a budget holds
        // across them. Rows of a call in flight are unsettled (its worst case).
        r#"
CREATE TABLE budget_ledger (
    reservation TEXT NOT NULL,
    agent       TEXT NOT NULL,
    period      TEXT NOT NULL,
    tokens      INTEGER NOT NULL,
    nanousd     INTEGER NOT NULL,
    settled     INTEGER NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX budget_ledger_period ON budget_ledger(period, agent);
CREATE INDEX budget_ledger_reservation ON budget_ledger(reservation);
"#,
    ),
    (
        15,
        // Argument provenance (issue 15): hashes of the values a run's trusted instructions
        // (side 1) and untrusted content (side 2) named.
        r#"
CREATE TABLE provenance (
    agent TEXT NOT NULL,
    run   TEXT NOT NULL,
    hash  TEXT NOT NULL,
    side  INTEGER NOT NULL,
    PRIMARY KEY (agent, run, hash, side)
);
"#,
    ),
    (
        16,
        // The audit explorer (issue 17): records by session (run), and by event kind, without
        // scanning the log. The session column is checked against the record like the others.
        r#"
ALTER TABLE audit ADD COLUMN session TEXT;
UPDATE audit SET session = json_extract(record, '$.session') WHERE record != '';
CREATE INDEX audit_session ON audit(session, seq);
CREATE INDEX audit_event ON audit(event, seq);
"#,
    ),
    (
        17,
        // Monitoring (issue 18): alerts, grouped by `dedup` while not resolved; the monitor's
        // position in the log and its learned baselines, committed with the alerts they raised.
        r#"
CREATE TABLE alerts (
    id       TEXT PRIMARY KEY,
    dedup    TEXT NOT NULL,
    state    TEXT NOT NULL,
    agent    TEXT,
    kind     TEXT NOT NULL,
    raised   INTEGER NOT NULL,
    body     TEXT NOT NULL
);
CREATE INDEX alerts_dedup ON alerts(dedup, state);
CREATE INDEX alerts_state ON alerts(state, raised);
CREATE TABLE monitor_state (
    name     TEXT PRIMARY KEY,
    cursor   INTEGER NOT NULL,
    body     TEXT NOT NULL
);
"#,
    ),
    (
        18,
        // What must be recorded once (a contested decision's review): the claim is the key.
        r#"
CREATE TABLE claims (
    key      TEXT PRIMARY KEY,
    at       INTEGER NOT NULL
);
"#,
    ),
];

/// One process opens the database, and its one writer holds it whole: no rows to lock, nobody
/// to tell about a change.
static SQLITE: Dialect = Dialect {
    lock_rows: "",
    notify: None,
};

/// Builds the Merkle tree of records written before the tree existed, or rebuilds a tree whose
/// leaves hash the record text (development builds before leaves were the record hashes),
/// from the records' stored hashes, in one transaction. Refuses a tree that covers other
/// records.
fn backfill(conn: &mut Connection) -> Result<(), StoreError> {
    let max = |sql| conn.query_row(sql, [], |r| r.get::<_, Option<i64>>(0));
    let leaves = max("SELECT MAX(idx) + 1 FROM merkle WHERE level = 0")?.unwrap_or(0);
    let records = max("SELECT MAX(seq) FROM audit")?.unwrap_or(0);
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
        // Signed heads of the old tree cannot be proven against the new one: set aside, kept.
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
            chain::store_nodes(&mut SqliteConn(&tx), &frontier.push(leaf))?;
        }
    }
    let e = warden_audit::event::tree_rebuilt(records, leaves, text_leaves, &withdrawn);
    let db = &mut SqliteConn(&tx);
    Chain::from_log(db)?.append(db, e, now)?;
    tx.commit()?;
    Ok(())
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

/// The SQLite store.
pub struct SqliteStore {
    writer: Writer,
    checkpointer: Mutex<Option<(mpsc::Sender<()>, std::thread::JoinHandle<()>)>>,
    wal_checkpoints: Arc<WalCheckpoints>,
    readers: Readers<Connection>,
    path: PathBuf,
}

/// The writer's settings. Each job runs in a savepoint whose journal stays in memory
/// (`temp_store`; past 64 KiB it would spill to a temporary file, opened and truncated in the
/// middle of a group commit), and the page cache (32 MiB) keeps the indexes' hot pages.
fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA cache_size = -32768;",
    )?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
    )?;
    // One transaction per migration.
    for migration in MIGRATIONS {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        crate::sql::migrate(&mut SqliteConn(&tx), std::slice::from_ref(migration))?;
        tx.commit()?;
    }
    Ok(())
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_with(path, WalLimits::default())
    }

    /// [`SqliteStore::open`] with the WAL bounded by `wal`.
    pub(crate) fn open_with(path: &Path, wal: WalLimits) -> Result<Self, StoreError> {
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
        let wal_path = std::path::PathBuf::from(format!("{}-wal", path.display()));
        let writer_wal = wal_path.clone();
        let checkpoint_conn = Connection::open(path)?;
        checkpoint_conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let (stop_checkpoints, stopped) = mpsc::channel::<()>();
        let wal_checkpoints = Arc::new(WalCheckpoints::default());
        let (counts, writer_counts) = (Arc::clone(&wal_checkpoints), Arc::clone(&wal_checkpoints));
        let checkpointer = std::thread::Builder::new()
            .name("warden-store-checkpoint".into())
            .spawn(move || {
                let mut last_log: Option<i64> = None;
                // A frame is a page and its 24-byte header.
                let frame = checkpoint_conn
                    .query_row("PRAGMA page_size", [], |r| r.get::<_, i64>(0))
                    .map_or(4096 + 24, |p| p.saturating_add(24));
                while let Err(mpsc::RecvTimeoutError::Timeout) =
                    stopped.recv_timeout(CHECKPOINT_EVERY)
                {
                    // PASSIVE never blocks the writer; whatever it cannot copy now waits for the
                    // next round. Under sustained load the WAL never restarts that way (the writer
                    // keeps appending), so once `wal.restart` bytes of frames have been appended
                    // since the last restart (`log` counts them; the file's size does not shrink
                    // and says nothing) a RESTART checkpoint makes the next commit write from the
                    // file's start: it holds the writer only while it copies what was appended
                    // since the PASSIVE one, once per `wal.restart` bytes. The file is cut back
                    // (TRUNCATE) only when the writer is idle: a TRUNCATE under load holds
                    // commits for 40-70 ms (at 64 MiB it took the p99 at 1,000 actions/s from 5
                    // to 50 ms). Past `wal.hard` the writer does it (`writer_loop`).
                    let copied =
                        checkpoint_conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
                            Ok((r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))
                        });
                    let size = std::fs::metadata(&wal_path).map_or(0, |m| m.len());
                    let (log, done) = match copied {
                        Ok(c) => c,
                        Err(e) => {
                            tracing::warn!(error = %e, "WAL checkpoint failed");
                            continue;
                        }
                    };
                    // Nothing written since the last round, and all of it copied: idle.
                    let idle = log == done && last_log.replace(log) == Some(log);
                    let appended = u64::try_from(log.saturating_mul(frame)).unwrap_or(0);
                    let (mode, count) = if idle && size > wal.idle {
                        ("TRUNCATE", &counts.truncate)
                    } else if appended > wal.restart {
                        ("RESTART", &counts.restart)
                    } else {
                        continue;
                    };
                    // Counted when it completed (`busy` 0): one that gave up waiting for the
                    // writer or a reader is tried again next round.
                    match checkpoint_conn.query_row(
                        &format!("PRAGMA wal_checkpoint({mode})"),
                        [],
                        |r| r.get::<_, i64>(0),
                    ) {
                        Ok(0) => {
                            count.fetch_add(1, Ordering::Relaxed);
                        }
                        Ok(_) => {}
                        Err(e) => tracing::warn!(error = %e, "WAL checkpoint failed"),
                    }
                }
                let _ =
                    checkpoint_conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
            })
            .map_err(|e| StoreError::Database(format!("cannot start the checkpointer: {e}")))?;
        backfill(&mut conn)?;
        let chain = Chain::from_log(&mut SqliteConn(&conn))?;
        let mut readers = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            let r = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            r.busy_timeout(std::time::Duration::from_secs(10))?;
            readers.push(r);
        }
        let writer = Writer::spawn("warden-store-writer", move |queue| {
            writer_loop(conn, chain, &queue, &writer_wal, wal.hard, &writer_counts);
        })?;
        Ok(Self {
            writer,
            wal_checkpoints,
            checkpointer: Mutex::new(Some((stop_checkpoints, checkpointer))),
            readers: Readers::new(readers),
            path: path.to_owned(),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Stops the writer after it has committed everything queued.
    pub fn close(&self) {
        self.writer.close();
        if let Ok(mut c) = self.checkpointer.lock()
            && let Some((stop, handle)) = c.take()
        {
            let _ = stop.send(());
            let _ = handle.join();
        }
    }
}

/// A connection: the writer's transaction, or a reader's.
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

impl Sql for SqliteConn<'_> {
    fn exec(&mut self, sql: &str, args: &[Val]) -> Result<u64, StoreError> {
        let n = self
            .0
            .prepare_cached(sql)?
            .execute(rusqlite::params_from_iter(args.iter()))?;
        Ok(u64::try_from(n).unwrap_or(u64::MAX))
    }

    fn rows(&mut self, sql: &str, args: &[Val]) -> Result<Vec<Row>, StoreError> {
        use rusqlite::types::ValueRef;
        let mut stmt = self.0.prepare_cached(sql)?;
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

    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        Ok(self.0.execute_batch(sql)?)
    }
}

impl Backend for SqliteStore {
    fn writer(&self) -> &Writer {
        &self.writer
    }

    async fn read_sql<R, F>(&self, job: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut dyn Sql) -> Result<R, StoreError> + Send + 'static,
    {
        self.readers
            .with(move |conn| job(&mut SqliteConn(conn)))
            .await
    }

    async fn verify_log(&self) -> Result<VerifyReport, StoreError> {
        let path = self.path.clone();
        self.readers
            .with(move |conn| {
                let open = || open_for_verify(&path);
                verify::verify(conn, &open, &[], &mut |_| {}, verify::Plan::default())
            })
            .await
    }

    async fn scrub_deleted(&self) -> Result<(), StoreError> {
        truncate_wal(self.path.clone()).await
    }

    fn stop(&self) {
        self.close();
    }

    fn wal_checkpoints(&self) -> Option<[(&'static str, u64); 3]> {
        let c = &self.wal_checkpoints;
        Some([
            ("restart", c.restart.load(Ordering::Relaxed)),
            ("truncate", c.truncate.load(Ordering::Relaxed)),
            ("writer", c.writer.load(Ordering::Relaxed)),
        ])
    }
}

impl Drop for SqliteStore {
    fn drop(&mut self) {
        self.close();
    }
}

/// The writer thread: each batch in one IMMEDIATE transaction; after a failed commit, the
/// chain's tip is read back from the log.
fn writer_loop(
    mut conn: Connection,
    mut chain: Chain,
    queue: &Queue,
    wal: &Path,
    hard: u64,
    counts: &WalCheckpoints,
) {
    while let Some(jobs) = queue.next_batch() {
        let tx = match conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate) {
            Ok(tx) => tx,
            Err(e) => {
                // Dropping the jobs unrun tells every caller that nothing was written.
                tracing::error!(error = %e, "cannot begin a write transaction");
                continue;
            }
        };
        let before = chain.clone();
        let (sql, dialect) = (&mut SqliteConn(&tx), &SQLITE);
        let mut view = ChainTx {
            sql,
            chain: &mut chain,
            dialect,
        };
        let completions = writer::run_jobs(jobs, &mut view);
        let commit = tx.commit().map_err(StoreError::from);
        if let Err(e) = &commit {
            tracing::error!(error = %e, "group commit failed; every job in it failed");
            chain = Chain::from_log(&mut SqliteConn(&conn)).unwrap_or(before);
        }
        writer::answer(completions, &commit);
        // Commits outrunning the checkpointer: the writer empties the WAL itself before the
        // next batch (what SQLite's own autocheckpoint does, at a much larger size), waiting
        // for a checkpoint already running to end, so the file stays bounded whatever the load.
        let mut tries = 0;
        while tries < 400 && std::fs::metadata(wal).is_ok_and(|m| m.len() > hard) {
            tries += 1;
            match conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                r.get::<_, i64>(0)
            }) {
                Ok(0) => {
                    counts.writer.fetch_add(1, Ordering::Relaxed);
                    break;
                }
                Ok(_) => std::thread::sleep(std::time::Duration::from_millis(5)),
                Err(e) => {
                    tracing::warn!(error = %e, "WAL checkpoint failed");
                    break;
                }
            }
        }
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
