//! PostgreSQL: the audit log shared by several Warden processes, with one verifiable sequence.
//!
//! Tested against the machine's PostgreSQL (`crates/store/tests/postgres.rs`). Differences
//! from SQLite: offline verification (`verify_file`) and export read SQLite files only; an
//! erasure deletes keys and values at commit, but PostgreSQL has no `secure_delete`, so the
//! deleted (encrypted) rows stay in their pages until VACUUM reclaims them.
//!
//! The sequencer is one row, `audit_head` (size, last hash): every write transaction locks it
//! first (`SELECT … FOR UPDATE`), so the appends of every process are serialised into one
//! chain and one Merkle tree, and a process that finds the head moved (another process
//! appended) reloads its frontier from the stored perfect subtrees. Within a process, writes
//! are batched into one transaction (group commit, [`crate::writer`]); `synchronous_commit`
//! stays on, so a record is durable before its caller is answered. Connections the server
//! closed are replaced, and changes are announced to the other processes (`NOTIFY`).

use std::sync::{Arc, Mutex};

use postgres::{Client, NoTls, Transaction};

use crate::chain::{Chain, ChainTx, Dialect};
use crate::sql::{Backend, Row, Sql, Val};
use crate::writer::{self, Queue, Readers, Writer};
use crate::{BadRecord, StoreError, VerifyReport};

/// Read connections.
const READERS: usize = 2;

const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        r#"
CREATE TABLE audit (
    seq         BIGINT PRIMARY KEY,
    ts          TEXT NOT NULL,
    event       TEXT NOT NULL,
    agent       TEXT,
    tool        TEXT,
    outcome     TEXT NOT NULL,
    action_id   TEXT,
    record      TEXT NOT NULL,
    hash        TEXT NOT NULL,
    purged      BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX audit_agent ON audit(agent, seq);
CREATE INDEX audit_action ON audit(action_id);
CREATE INDEX audit_ts ON audit(ts);
CREATE TABLE audit_head (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    size        BIGINT NOT NULL,
    last_hash   TEXT NOT NULL
);
INSERT INTO audit_head (id, size, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TABLE merkle (
    level       INTEGER NOT NULL,
    idx         BIGINT NOT NULL,
    hash        BYTEA NOT NULL,
    PRIMARY KEY (level, idx)
);
CREATE TABLE checkpoints (
    size        BIGINT PRIMARY KEY,
    root        TEXT NOT NULL,
    ts          TEXT NOT NULL,
    note        TEXT NOT NULL
);
"#,
    ),
    (
        2,
        r#"
CREATE TABLE tokens (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    hash        BYTEA NOT NULL,
    admin       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT,
    revoked_at  BIGINT
);
CREATE TABLE halts (
    agent   TEXT PRIMARY KEY,
    reason  TEXT NOT NULL,
    by_op   TEXT NOT NULL,
    at      BIGINT NOT NULL
);
CREATE TABLE sessions (
    agent       TEXT NOT NULL,
    session     TEXT NOT NULL,
    labels      TEXT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (agent, session)
);
CREATE TABLE approvals (
    id          TEXT PRIMARY KEY,
    agent       TEXT NOT NULL,
    state       TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    body        TEXT NOT NULL
);
CREATE INDEX approvals_state ON approvals(state, expires_at);
CREATE TABLE tool_pins (
    tool        TEXT PRIMARY KEY,
    status      TEXT NOT NULL,
    body        TEXT NOT NULL
);
CREATE TABLE vault_meta (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
CREATE TABLE secrets (
    name        TEXT NOT NULL,
    version     BIGINT NOT NULL,
    state       TEXT NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (name, version)
);
CREATE TABLE stream_cursors (
    name        TEXT PRIMARY KEY,
    seq         BIGINT NOT NULL,
    updated     TEXT NOT NULL
);
"#,
    ),
    (
        3,
        r#"
CREATE TABLE subjects (
    id          TEXT PRIMARY KEY,
    key         BYTEA NOT NULL,
    created     TEXT NOT NULL
);
CREATE TABLE subject_index (
    hash        BYTEA PRIMARY KEY,
    subject     TEXT NOT NULL,
    kind        TEXT NOT NULL
);
CREATE INDEX subject_index_subject ON subject_index(subject);
CREATE TABLE personal_values (
    seq         BIGINT NOT NULL,
    field       TEXT NOT NULL,
    placeholder TEXT NOT NULL,
    subject     TEXT NOT NULL,
    label       TEXT NOT NULL,
    nonce       BYTEA NOT NULL,
    ct          BYTEA NOT NULL
);
CREATE INDEX personal_values_subject ON personal_values(subject, seq);
CREATE INDEX personal_values_place ON personal_values(seq, field, placeholder);
CREATE TABLE subject_meta (
    k           TEXT PRIMARY KEY,
    v           BYTEA NOT NULL
);
"#,
    ),
    (
        4,
        r#"
CREATE TABLE stream_leases (
    name        TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    until       TIMESTAMPTZ NOT NULL
);
"#,
    ),
    (
        5,
        // An agent's pending approvals are counted before each new hold.
        r#"
CREATE INDEX approvals_agent ON approvals(agent, state);
"#,
    ),
    (
        6,
        // Runs: a session row an operator opened (issue 15). Rows without `opened_at` are the
        // agent's base run.
        r#"
ALTER TABLE sessions ADD COLUMN opened_at BIGINT;
ALTER TABLE sessions ADD COLUMN opened_by TEXT;
CREATE INDEX sessions_runs ON sessions(agent, opened_at);
"#,
    ),
    (
        7,
        // Running totals (issue 15): one row per reserved call and total; `total_keys` rows are
        // what concurrent reservations of one total serialise on, across processes.
        r#"
CREATE TABLE totals (
    reservation TEXT NOT NULL,
    key         TEXT NOT NULL,
    amount      BIGINT NOT NULL,
    at          BIGINT NOT NULL
);
CREATE INDEX totals_key ON totals(key, at);
CREATE INDEX totals_reservation ON totals(reservation);
CREATE TABLE total_keys (key TEXT PRIMARY KEY);
"#,
    ),
    (
        8,
        // LLM spend per agent and period (issue 15): shared by every process, so a budget holds
        // across them. Rows of a call in flight are unsettled (its worst case).
        r#"
CREATE TABLE budget_ledger (
    reservation TEXT NOT NULL,
    agent       TEXT NOT NULL,
    period      TEXT NOT NULL,
    tokens      BIGINT NOT NULL,
    nanousd     BIGINT NOT NULL,
    settled     INTEGER NOT NULL,
    at          BIGINT NOT NULL
);
CREATE INDEX budget_ledger_period ON budget_ledger(period, agent);
CREATE INDEX budget_ledger_reservation ON budget_ledger(reservation);
"#,
    ),
    (
        9,
        // Argument provenance (issue 15): hashes of the values a run's trusted instructions
        // (side 1) and untrusted content (side 2) named.
        r#"
CREATE TABLE provenance (
    agent TEXT NOT NULL,
    run   TEXT NOT NULL,
    hash  TEXT NOT NULL,
    side  BIGINT NOT NULL,
    PRIMARY KEY (agent, run, hash, side)
);
"#,
    ),
    (
        10,
        // The audit explorer (issue 17): records by session (run), and by event kind, without
        // scanning the log. The session column is checked against the record like the others.
        r#"
ALTER TABLE audit ADD COLUMN session TEXT;
UPDATE audit SET session = (record::jsonb) ->> 'session' WHERE record != '';
CREATE INDEX audit_session ON audit(session, seq);
CREATE INDEX audit_event ON audit(event, seq);
"#,
    ),
    (
        11,
        // Monitoring (issue 18): alerts, grouped by `dedup` while not resolved; the monitor's
        // position in the log and its learned baselines, committed with the alerts they raised.
        r#"
CREATE TABLE alerts (
    id       TEXT PRIMARY KEY,
    dedup    TEXT NOT NULL,
    state    TEXT NOT NULL,
    agent    TEXT,
    kind     TEXT NOT NULL,
    raised   BIGINT NOT NULL,
    body     TEXT NOT NULL
);
CREATE INDEX alerts_dedup ON alerts(dedup, state);
CREATE INDEX alerts_state ON alerts(state, raised);
CREATE TABLE monitor_state (
    name     TEXT PRIMARY KEY,
    cursor   BIGINT NOT NULL,
    body     TEXT NOT NULL
);
"#,
    ),
    (
        12,
        // What must be recorded once (a contested decision's review): the claim is the key.
        r#"
CREATE TABLE claims (
    key      TEXT PRIMARY KEY,
    at       BIGINT NOT NULL
);
"#,
    ),
];

impl From<postgres::Error> for StoreError {
    fn from(e: postgres::Error) -> Self {
        Self::Database(e.to_string())
    }
}

fn to_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

/// Rows written back are locked against the other processes; changes are announced on
/// [`CHANNEL`] at commit.
static POSTGRES: Dialect = Dialect {
    lock_rows: " FOR UPDATE",
    notify: Some("SELECT pg_notify('warden_changes', ?1)"),
};

/// Locks the sequencer row for this transaction, so that the appends of every process form
/// one chain; the tip is `tip`, or read again when another process moved it (or `tip` is
/// `None`).
fn lock(db: &mut dyn Sql, tip: Option<Chain>) -> Result<Chain, StoreError> {
    let head = db
        .row(
            "SELECT size, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
            &[],
        )?
        .ok_or_else(|| StoreError::Corrupt("the audit sequencer row is missing".into()))?;
    let (size, last_hash) = (to_u64(head.int(0)?), head.text(1)?);
    match tip {
        Some(tip) if tip.size() == size && tip.last_hash() == last_hash => Ok(tip),
        _ => Chain::load(db, size, last_hash),
    }
}

/// Moves the sequencer to `tip` (at commit, for the other processes).
fn save(db: &mut dyn Sql, tip: &Chain) -> Result<(), StoreError> {
    let size = i64::try_from(tip.size()).map_err(|_| StoreError::Corrupt("log size".into()))?;
    db.exec(
        "UPDATE audit_head SET size = ?1, last_hash = ?2 WHERE id = 1",
        &[Val::Int(size), tip.last_hash().into()],
    )?;
    Ok(())
}

/// The PostgreSQL store.
pub struct PgStore {
    writer: Writer,
    changes: tokio::sync::broadcast::Sender<crate::Change>,
    listening: Arc<std::sync::atomic::AtomicBool>,
    listener: Mutex<Option<std::thread::JoinHandle<()>>>,
    readers: Readers<Client>,
    /// For reconnecting readers.
    config: Arc<str>,
}

fn migrate(client: &mut Client) -> Result<(), StoreError> {
    let mut tx = client.transaction()?;
    // One process migrates at a time.
    tx.execute("SELECT pg_advisory_xact_lock(7201873)", &[])?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)",
    )?;
    crate::sql::migrate(&mut PgConn(&mut tx), MIGRATIONS)?;
    tx.commit()?;
    Ok(())
}

/// Connects with what a long-lived service needs unless the configuration says otherwise: an
/// application name (`warden`, to find its sessions in `pg_stat_activity`), a connect timeout
/// and TCP keepalives that notice a dead peer within about a minute rather than two hours.
fn connect(config: &str) -> Result<Client, StoreError> {
    let mut c: postgres::Config = config
        .parse()
        .map_err(|e| StoreError::Database(format!("PostgreSQL configuration: {e}")))?;
    if c.get_application_name().is_none() {
        c.application_name("warden");
    }
    if c.get_connect_timeout().is_none() {
        c.connect_timeout(std::time::Duration::from_secs(10));
    }
    if c.get_keepalives_idle() == std::time::Duration::from_secs(2 * 60 * 60) {
        c.keepalives_idle(std::time::Duration::from_secs(30));
    }
    if c.get_keepalives_interval().is_none() {
        c.keepalives_interval(std::time::Duration::from_secs(10));
    }
    if c.get_keepalives_retries().is_none() {
        c.keepalives_retries(3);
    }
    Ok(c.connect(NoTls)?)
}

/// Replaces a connection the server closed (PostgreSQL restarted, the session was terminated,
/// the network dropped) with a new one.
fn reconnect(client: &mut Client, config: &str) -> Result<(), StoreError> {
    tracing::warn!("the PostgreSQL connection was closed; reconnecting");
    *client = connect(config)?;
    Ok(())
}

/// Whether `e` ended the session: the connection closed, or a FATAL error (PostgreSQL ends
/// the session after one, e.g. when the server shuts down or the session is terminated).
fn connection_lost(e: &postgres::Error) -> bool {
    e.is_closed() || e.as_db_error().is_some_and(|d| d.severity() == "FATAL")
}

/// The writer thread: each batch in one transaction that first locks the sequencer. A
/// connection found closed at BEGIN is replaced once, before any job ran.
fn writer_loop(mut client: Client, config: &str, queue: &Queue) {
    // The tip as this process last saw it; `None`: read it again at the next lock.
    let mut chain: Option<Chain> = None;
    while let Some(mut jobs) = queue.next_batch() {
        // BEGIN is the first round trip after a quiet spell: a connection closed meanwhile
        // shows there, before any job ran, so the batch can go on a new connection.
        let mut lost = client.is_closed();
        for attempt in 0..2 {
            if lost && let Err(e) = reconnect(&mut client, config) {
                tracing::error!(error = %e, "cannot reconnect to PostgreSQL; the batch failed");
                chain = None;
                break;
            }
            let mut tx = match client.transaction() {
                Ok(tx) => tx,
                Err(e) => {
                    tracing::error!(error = %e, "cannot begin a write transaction");
                    chain = None;
                    lost = connection_lost(&e);
                    if attempt == 0 && lost {
                        continue;
                    }
                    break;
                }
            };
            let sql = &mut PgConn(&mut tx);
            let mut tip = match lock(sql, chain.take()) {
                Ok(tip) => tip,
                Err(e) => {
                    tracing::error!(error = %e, "cannot lock the audit sequencer");
                    let _ = tx.rollback();
                    break;
                }
            };
            let dialect = &POSTGRES;
            let mut view = ChainTx {
                sql,
                chain: &mut tip,
                dialect,
            };
            let completions = writer::run_jobs(std::mem::take(&mut jobs), &mut view);
            let saved = save(sql, &tip);
            let commit = saved.and_then(|()| tx.commit().map_err(StoreError::from));
            match &commit {
                Ok(()) => chain = Some(tip),
                Err(e) => {
                    tracing::error!(error = %e, "group commit failed; every job in it failed")
                }
            }
            writer::answer(completions, &commit);
            break;
        }
        // Jobs not run (no connection) fail: their callers are answered with an error.
        drop(jobs);
    }
}

impl PgStore {
    /// Connects (`host=… user=… dbname=…` or a `postgres://` URL), applies pending migrations
    /// and starts the writer.
    pub fn connect(config: &str) -> Result<Self, StoreError> {
        // The blocking client runs a runtime of its own: connect (and later drop) it on a
        // plain thread, never on the caller's async runtime.
        let config = config.to_owned();
        let config_for_listener = config.clone();
        let config_for_writer = config.clone();
        let config_for_readers: Arc<str> = Arc::from(config.as_str());
        let (writer_client, readers) = std::thread::spawn(move || {
            let mut writer = connect(&config)?;
            migrate(&mut writer)?;
            let readers = (0..READERS)
                .map(|_| connect(&config))
                .collect::<Result<Vec<_>, _>>()?;
            Ok::<_, StoreError>((writer, readers))
        })
        .join()
        .map_err(|_| StoreError::Database("the PostgreSQL connect thread panicked".into()))??;
        let writer = Writer::spawn("warden-pg-writer", move |queue| {
            writer_loop(writer_client, &config_for_writer, &queue);
        })?;
        let (changes, _) = tokio::sync::broadcast::channel(1024);
        let listening = Arc::new(std::sync::atomic::AtomicBool::new(true));
        let listener = {
            let (changes, listening, config) =
                (changes.clone(), listening.clone(), config_for_listener);
            std::thread::Builder::new()
                .name("warden-pg-listen".into())
                .spawn(move || listen_loop(&config, &changes, &listening))
                .map_err(|e| StoreError::Database(e.to_string()))?
        };
        Ok(Self {
            writer,
            changes,
            listening,
            listener: Mutex::new(Some(listener)),
            readers: Readers::new(readers),
            config: config_for_readers,
        })
    }

    /// Stops the writer after the queued appends, and the listener.
    pub fn close(&self) {
        self.listening
            .store(false, std::sync::atomic::Ordering::SeqCst);
        if let Ok(mut l) = self.listener.lock()
            && let Some(h) = l.take()
        {
            let _ = h.join();
        }
        self.writer.close();
    }
}

impl Drop for PgStore {
    fn drop(&mut self) {
        self.close();
        // Dropping a client drops its runtime, which an async context must not do.
        let readers = std::mem::take(&mut self.readers);
        let _ = std::thread::spawn(move || drop(readers)).join();
    }
}

/// A transaction: the writer's, or a reader's.
struct PgConn<'a, 'b>(&'a mut Transaction<'b>);

fn pg_args(args: &[Val]) -> Vec<Box<dyn postgres::types::ToSql + Sync + '_>> {
    args.iter()
        .map(|a| -> Box<dyn postgres::types::ToSql + Sync> {
            match a {
                Val::Null => Box::new(None::<String>),
                Val::OptInt(None) => Box::new(None::<i64>),
                Val::Int(i) | Val::OptInt(Some(i)) => Box::new(*i),
                Val::I32(i) => Box::new(*i),
                Val::Text(t) => Box::new(t.as_str()),
                Val::Bytes(b) => Box::new(b.as_slice()),
                Val::Bool(b) => Box::new(*b),
            }
        })
        .collect()
}

impl Sql for PgConn<'_, '_> {
    fn exec(&mut self, sql: &str, args: &[Val]) -> Result<u64, StoreError> {
        let boxed = pg_args(args);
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> =
            boxed.iter().map(|b| &**b as _).collect();
        Ok(self
            .0
            .execute(&crate::sql::dollar_placeholders(sql), &refs)?)
    }

    fn rows(&mut self, sql: &str, args: &[Val]) -> Result<Vec<Row>, StoreError> {
        use postgres::types::Type;
        let boxed = pg_args(args);
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> =
            boxed.iter().map(|b| &**b as _).collect();
        let rows = self.0.query(&crate::sql::dollar_placeholders(sql), &refs)?;
        rows.iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| {
                        let ty = r.columns().get(i).map(|c| c.type_().clone());
                        let v = match ty {
                            Some(Type::INT8) => r.try_get::<_, Option<i64>>(i)?.map(Val::Int),
                            Some(Type::INT4) => r
                                .try_get::<_, Option<i32>>(i)?
                                .map(|n| Val::Int(i64::from(n))),
                            Some(Type::TEXT | Type::VARCHAR) => {
                                r.try_get::<_, Option<String>>(i)?.map(Val::Text)
                            }
                            Some(Type::BYTEA) => {
                                r.try_get::<_, Option<Vec<u8>>>(i)?.map(Val::Bytes)
                            }
                            Some(Type::BOOL) => r.try_get::<_, Option<bool>>(i)?.map(Val::Bool),
                            other => {
                                return Err(StoreError::Corrupt(format!(
                                    "column {i}: unexpected type {other:?}"
                                )));
                            }
                        };
                        Ok(v.unwrap_or(Val::Null))
                    })
                    .collect::<Result<Vec<_>, StoreError>>()
                    .map(Row)
            })
            .collect()
    }

    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        Ok(self.0.batch_execute(sql)?)
    }
}

impl Backend for PgStore {
    fn writer(&self) -> &Writer {
        &self.writer
    }

    async fn read_sql<R, F>(&self, job: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut dyn Sql) -> Result<R, StoreError> + Send + 'static,
    {
        // One snapshot per read: the tree and the records agree. A connection the server
        // closed is replaced once.
        let config = Arc::clone(&self.config);
        self.readers
            .with(move |client| {
                // A connection closed while idle shows at BEGIN, before the read: reconnect once.
                let mut lost = client.is_closed();
                for attempt in 0..2 {
                    if lost {
                        reconnect(client, &config)?;
                    }
                    let mut tx = match client
                        .build_transaction()
                        .isolation_level(postgres::IsolationLevel::RepeatableRead)
                        .read_only(true)
                        .start()
                    {
                        Ok(tx) => tx,
                        Err(e) if attempt == 0 && connection_lost(&e) => {
                            lost = true;
                            continue;
                        }
                        Err(e) => return Err(e.into()),
                    };
                    let r = job(&mut PgConn(&mut tx))?;
                    tx.commit()?;
                    return Ok(r);
                }
                Err(StoreError::Database(
                    "PostgreSQL closed the connection again".into(),
                ))
            })
            .await
    }

    async fn verify_log(&self) -> Result<VerifyReport, StoreError> {
        self.read_sql(|db| {
            // Streamed: a few thousand records in memory at a time.
            let mut report = crate::verify::one_pass(db, &[], 4096)?;
            let head = db.row("SELECT size FROM audit_head WHERE id = 1", &[])?;
            let head = head.map(|r| r.int(0)).transpose()?.map(to_u64);
            if report.first_bad.is_none() && head != Some(report.records) {
                report.first_bad = Some(BadRecord {
                    seq: report.records + 1,
                    reason: "the sequencer's size differs from the records".into(),
                });
            }
            Ok(report)
        })
        .await
    }

    fn stop(&self) {
        self.close();
    }

    fn change_feed(&self) -> Option<tokio::sync::broadcast::Receiver<crate::Change>> {
        Some(self.changes.subscribe())
    }

    async fn lease(
        &self,
        name: String,
        owner: String,
        ttl: std::time::Duration,
    ) -> Result<bool, StoreError> {
        // The database's clock decides, so the processes' clocks need not agree.
        let ttl = Val::Int(i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX));
        self.write_tx(move |db| {
            let row = db.row(
                "INSERT INTO stream_leases (name, owner, until)
                 VALUES (?1, ?2, now() + ?3::bigint * interval '1 millisecond')
                 ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until = excluded.until
                 WHERE stream_leases.owner = excluded.owner OR stream_leases.until < now()
                 RETURNING owner",
                &[name.into(), owner.into(), ttl],
            )?;
            Ok(row.is_some())
        })
        .await
    }
}

/// The channel every process listens on (and [`POSTGRES`] notifies).
const CHANNEL: &str = "warden_changes";

/// Forwards notifications to the change feed; reconnects (and asks for a full reload) when
/// the connection drops, since notifications sent meanwhile are lost.
fn listen_loop(
    config: &str,
    changes: &tokio::sync::broadcast::Sender<crate::Change>,
    listening: &std::sync::atomic::AtomicBool,
) {
    use postgres::fallible_iterator::FallibleIterator as _;
    use std::sync::atomic::Ordering;
    while listening.load(Ordering::SeqCst) {
        let mut client = match connect(config) {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for changes; retrying");
                std::thread::sleep(std::time::Duration::from_secs(1));
                continue;
            }
        };
        if let Err(e) = client.batch_execute(&format!("LISTEN {CHANNEL}")) {
            tracing::warn!(error = %e, "cannot listen for changes; retrying");
            std::thread::sleep(std::time::Duration::from_secs(1));
            continue;
        }
        // Changes committed before LISTEN took effect (at start, or while reconnecting) were
        // not notified: reload everything.
        let _ = changes.send(crate::Change::All);
        'connected: while listening.load(Ordering::SeqCst) {
            {
                let mut notes = client.notifications();
                let mut it = notes.timeout_iter(std::time::Duration::from_millis(250));
                loop {
                    match it.next() {
                        Ok(Some(n)) => {
                            let _ = changes.send(crate::Change::parse(n.payload()));
                        }
                        Ok(None) => break,
                        Err(e) => {
                            tracing::warn!(error = %e, "the change listener lost its connection");
                            break 'connected;
                        }
                    }
                }
            }
            if client.is_closed() {
                break;
            }
        }
    }
}
