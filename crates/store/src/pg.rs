//! PostgreSQL: the audit log shared by several Warden processes, with one verifiable sequence.
//!
//! Every [`Store`] method is here, tested against the machine's PostgreSQL
//! (`crates/store/tests/postgres.rs`). Differences from SQLite: offline verification
//! (`verify_file`) and export read SQLite files only; an erasure deletes keys and values at
//! commit, but PostgreSQL has no `secure_delete`, so the deleted (encrypted) rows stay in their
//! pages until VACUUM reclaims them.
//!
//! The sequencer is one row, `audit_head` (size, last hash): every appending transaction locks
//! it (`SELECT … FOR UPDATE`), so the appends of every process are serialised into one chain
//! and one Merkle tree, and a process that finds the head moved (another process appended)
//! reloads its frontier from the stored perfect subtrees. Within a process, appends are batched
//! into one transaction (group commit), as in SQLite; `synchronous_commit` stays on, so a
//! record is durable before its caller is answered.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use postgres::{Client, NoTls, Transaction};
use tokio::sync::oneshot;
use warden_types::{AuditEvent, AuditRecord, GENESIS_HASH, Timestamp, record_digest};

use crate::sql::{Backend, Row, Sql, Tx, Val};
use crate::{AuditFilter, BadRecord, Store, StoreError, VerifyReport};

/// Most appends committed in one transaction.
const MAX_BATCH: usize = 4096;
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
];

impl From<postgres::Error> for StoreError {
    fn from(e: postgres::Error) -> Self {
        Self::Database(e.to_string())
    }
}

fn to_i64(v: u64) -> Result<i64, StoreError> {
    i64::try_from(v).map_err(|_| StoreError::Corrupt("number out of range".into()))
}

fn to_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

/// The chain's tip as this process last saw it.
#[derive(Clone, Default)]
struct Chain {
    size: u64,
    last_hash: String,
    frontier: warden_merkle::Frontier,
}

impl Chain {
    /// Locks the sequencer row; reloads the tip if another process moved it.
    fn lock(&mut self, tx: &mut Transaction<'_>) -> Result<(), StoreError> {
        let row = tx.query_one(
            "SELECT size, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
            &[],
        )?;
        let size = to_u64(row.get(0));
        let last_hash: String = row.get(1);
        if size != self.size || last_hash != self.last_hash || self.frontier.size() != size {
            let mut db = PgConn(tx);
            let nodes = crate::state::SqlNodes(std::cell::RefCell::new(&mut db));
            let frontier = warden_merkle::Frontier::load(&nodes, size)
                .map_err(|e| StoreError::Corrupt(format!("the audit log's Merkle tree: {e}")))?;
            *self = Chain {
                size,
                last_hash,
                frontier,
            };
        }
        Ok(())
    }

    fn append(
        &mut self,
        tx: &mut Transaction<'_>,
        mut event: AuditEvent,
        now: Timestamp,
    ) -> Result<u64, StoreError> {
        let seq = self.size + 1;
        let personal = std::mem::take(&mut event.personal);
        let record = AuditRecord::new(seq, now, self.last_hash.clone(), event);
        let canonical = record.canonical();
        let digest = record_digest(&canonical);
        let hash = warden_merkle::hex(&digest);
        tx.execute(
            "INSERT INTO audit (seq, ts, event, agent, tool, outcome, action_id, record, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            &[
                &to_i64(seq)?,
                &record.ts,
                &record.event.event.as_str(),
                &record.event.agent,
                &record.event.tool,
                &record.event.outcome.as_str(),
                &record.event.action_id,
                &canonical,
                &hash,
            ],
        )?;
        let completed = self.frontier.push(crate::record_leaf(&digest));
        for (level, idx, h) in &completed {
            let lvl = i32::try_from(*level).map_err(|_| StoreError::Corrupt("level".into()))?;
            tx.execute(
                "INSERT INTO merkle (level, idx, hash) VALUES ($1, $2, $3)",
                &[&lvl, &to_i64(*idx)?, &h.as_slice()],
            )?;
        }
        crate::subjects::keep(
            &mut crate::subjects::SqlSubjects(&mut PgConn(tx)),
            seq,
            &personal,
            &record.ts,
        )?;
        self.size = seq;
        self.last_hash = hash;
        Ok(seq)
    }

    fn save(&self, tx: &mut Transaction<'_>) -> Result<(), StoreError> {
        tx.execute(
            "UPDATE audit_head SET size = $1, last_hash = $2 WHERE id = 1",
            &[&to_i64(self.size)?, &self.last_hash],
        )?;
        Ok(())
    }
}

type Completion = Box<dyn FnOnce(Result<(), StoreError>) + Send>;
type Job = Box<dyn FnOnce(&mut Transaction<'_>, &mut Chain) -> Completion + Send>;

/// The PostgreSQL store.
pub struct PgStore {
    sender: Mutex<Option<mpsc::Sender<Job>>>,
    writer: Mutex<Option<std::thread::JoinHandle<()>>>,
    changes: tokio::sync::broadcast::Sender<crate::Change>,
    listening: Arc<std::sync::atomic::AtomicBool>,
    listener: Mutex<Option<std::thread::JoinHandle<()>>>,
    readers: Arc<Vec<Mutex<Client>>>,
    next_reader: std::sync::atomic::AtomicUsize,
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
    for (version, sql) in MIGRATIONS {
        let done = tx
            .query_opt(
                "SELECT version FROM schema_migrations WHERE version = $1",
                &[version],
            )?
            .is_some();
        if !done {
            tx.batch_execute(sql)?;
            tx.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
                &[version, &Timestamp::now().to_rfc3339()],
            )?;
        }
    }
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

fn writer_loop(mut client: Client, config: &str, receiver: mpsc::Receiver<Job>) {
    let mut chain = Chain {
        last_hash: GENESIS_HASH.to_owned(),
        ..Chain::default()
    };
    // Force a load on the first batch.
    chain.size = u64::MAX;
    while let Ok(first) = receiver.recv() {
        let mut jobs = vec![first];
        while jobs.len() < MAX_BATCH {
            match receiver.try_recv() {
                Ok(job) => jobs.push(job),
                Err(_) => break,
            }
        }
        let before = chain.clone();
        // BEGIN is the first round trip after a quiet spell: a connection closed meanwhile
        // shows there, before any job ran, so the batch can go on a new connection.
        let mut lost = client.is_closed();
        for attempt in 0..2 {
            if lost && let Err(e) = reconnect(&mut client, config) {
                tracing::error!(error = %e, "cannot reconnect to PostgreSQL; the batch failed");
                chain.size = u64::MAX;
                break;
            }
            let mut tx = match client.transaction() {
                Ok(tx) => tx,
                Err(e) => {
                    tracing::error!(error = %e, "cannot begin a write transaction");
                    chain.size = u64::MAX;
                    lost = connection_lost(&e);
                    if attempt == 0 && lost {
                        continue;
                    }
                    break;
                }
            };
            if let Err(e) = chain.lock(&mut tx) {
                tracing::error!(error = %e, "cannot lock the audit sequencer");
                let _ = tx.rollback();
                chain.size = u64::MAX;
                break;
            }
            let completions: Vec<Completion> = std::mem::take(&mut jobs)
                .into_iter()
                .map(|job| job(&mut tx, &mut chain))
                .collect();
            let commit = chain
                .save(&mut tx)
                .and_then(|()| tx.commit().map_err(StoreError::from));
            if let Err(e) = &commit {
                tracing::error!(error = %e, "group commit failed; every job in it failed");
                chain = before;
                chain.size = u64::MAX;
            }
            for done in completions {
                done(commit.clone());
            }
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
                .map(|_| connect(&config).map(Mutex::new))
                .collect::<Result<Vec<_>, _>>()?;
            Ok::<_, StoreError>((writer, readers))
        })
        .join()
        .map_err(|_| StoreError::Database("the PostgreSQL connect thread panicked".into()))??;
        let (sender, receiver) = mpsc::channel::<Job>();
        let writer = std::thread::Builder::new()
            .name("warden-pg-writer".into())
            .spawn(move || writer_loop(writer_client, &config_for_writer, receiver))
            .map_err(|e| StoreError::Database(e.to_string()))?;
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
            sender: Mutex::new(Some(sender)),
            writer: Mutex::new(Some(writer)),
            changes,
            listening,
            listener: Mutex::new(Some(listener)),
            readers: Arc::new(readers),
            next_reader: std::sync::atomic::AtomicUsize::new(0),
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
        if let Ok(mut s) = self.sender.lock() {
            s.take();
        }
        if let Ok(mut w) = self.writer.lock()
            && let Some(h) = w.take()
        {
            let _ = h.join();
        }
    }

    async fn write<R, F>(&self, f: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut Transaction<'_>, &mut Chain) -> Result<R, StoreError> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel::<Result<R, StoreError>>();
        let job: Job = Box::new(move |t, chain| {
            let saved = chain.clone();
            if let Err(e) = t.batch_execute("SAVEPOINT job") {
                let e = StoreError::from(e);
                return Box::new(move |_| {
                    let _ = tx.send(Err(e));
                });
            }
            match f(t, chain) {
                Ok(value) => {
                    let released = t.batch_execute("RELEASE SAVEPOINT job");
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
                    let _ = t.batch_execute("ROLLBACK TO SAVEPOINT job; RELEASE SAVEPOINT job");
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
        F: FnOnce(&mut Transaction<'_>) -> Result<R, StoreError> + Send + 'static,
    {
        let i = self
            .next_reader
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            % READERS;
        let readers = Arc::clone(&self.readers);
        let config = Arc::clone(&self.config);
        tokio::task::spawn_blocking(move || {
            let mutex = readers.get(i).ok_or(StoreError::Closed)?;
            let mut client = mutex.lock().map_err(|_| StoreError::Closed)?;
            // A connection closed while idle shows at BEGIN, before the read: reconnect once.
            let mut lost = client.is_closed();
            for attempt in 0..2 {
                if lost {
                    reconnect(&mut client, &config)?;
                }
                // One snapshot per read: the tree and the records agree.
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
                let r = f(&mut tx)?;
                tx.commit()?;
                return Ok(r);
            }
            Err(StoreError::Database(
                "PostgreSQL closed the connection again".into(),
            ))
        })
        .await
        .map_err(|e| StoreError::Database(e.to_string()))?
    }
}

impl Drop for PgStore {
    fn drop(&mut self) {
        self.close();
        // Dropping a client drops its runtime, which an async context must not do.
        let readers = std::mem::replace(&mut self.readers, Arc::new(Vec::new()));
        let _ = std::thread::spawn(move || drop(readers)).join();
    }
}

/// A write job's view of the writer's transaction.
struct PgTx<'a, 'b> {
    tx: &'a mut Transaction<'b>,
    chain: &'a mut Chain,
}

/// A transaction outside a write job (a read, or the chain's own statements).
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

fn pg_exec(tx: &mut Transaction<'_>, sql: &str, args: &[Val]) -> Result<u64, StoreError> {
    let boxed = pg_args(args);
    let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = boxed.iter().map(|b| &**b as _).collect();
    Ok(tx.execute(&crate::sql::dollar_placeholders(sql), &refs)?)
}

fn pg_rows(tx: &mut Transaction<'_>, sql: &str, args: &[Val]) -> Result<Vec<Row>, StoreError> {
    use postgres::types::Type;
    let boxed = pg_args(args);
    let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = boxed.iter().map(|b| &**b as _).collect();
    let rows = tx.query(&crate::sql::dollar_placeholders(sql), &refs)?;
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
                        Some(Type::BYTEA) => r.try_get::<_, Option<Vec<u8>>>(i)?.map(Val::Bytes),
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

impl Sql for PgTx<'_, '_> {
    fn exec(&mut self, sql: &str, args: &[Val]) -> Result<u64, StoreError> {
        pg_exec(self.tx, sql, args)
    }
    fn rows(&mut self, sql: &str, args: &[Val]) -> Result<Vec<Row>, StoreError> {
        pg_rows(self.tx, sql, args)
    }
}

impl Tx for PgTx<'_, '_> {
    fn append(&mut self, event: AuditEvent, now: Timestamp) -> Result<u64, StoreError> {
        self.chain.append(self.tx, event, now)
    }
    fn notify(&mut self, change: &crate::Change) -> Result<(), StoreError> {
        notify(self.tx, change)
    }
    fn lock_rows(&self) -> &'static str {
        " FOR UPDATE"
    }
}

impl Sql for PgConn<'_, '_> {
    fn exec(&mut self, sql: &str, args: &[Val]) -> Result<u64, StoreError> {
        pg_exec(self.0, sql, args)
    }
    fn rows(&mut self, sql: &str, args: &[Val]) -> Result<Vec<Row>, StoreError> {
        pg_rows(self.0, sql, args)
    }
}

impl Backend for PgStore {
    async fn write_tx<R, F>(&self, job: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut dyn Tx) -> Result<R, StoreError> + Send + 'static,
    {
        self.write(move |tx, chain| job(&mut PgTx { tx, chain }))
            .await
    }

    async fn read_sql<R, F>(&self, job: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut dyn Sql) -> Result<R, StoreError> + Send + 'static,
    {
        self.read(move |tx| job(&mut PgConn(tx))).await
    }
}

/// The channel every process listens on.
const CHANNEL: &str = "warden_changes";

/// Tells every process sharing the database (at commit).
fn notify(tx: &mut Transaction<'_>, change: &crate::Change) -> Result<(), StoreError> {
    tx.execute("SELECT pg_notify($1, $2)", &[&CHANNEL, &change.payload()])?;
    Ok(())
}

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

fn head_size(tx: &mut Transaction<'_>) -> Result<u64, StoreError> {
    Ok(to_u64(
        tx.query_one("SELECT size FROM audit_head WHERE id = 1", &[])?
            .get(0),
    ))
}

/// Walks the log: chain, hashes, fields, and the stored tree against the recomputed one.
/// Per tree level: how many nodes, and a digest over them in index order.
#[derive(Default, Clone)]
struct LevelDigests(Vec<(u64, sha2::Sha256)>);

impl LevelDigests {
    fn add(&mut self, level: u32, index: u64, hash: &[u8]) {
        use sha2::Digest as _;
        let l = level as usize;
        if self.0.len() <= l {
            self.0.resize_with(l + 1, Default::default);
        }
        if let Some((n, h)) = self.0.get_mut(l) {
            *n += 1;
            h.update(index.to_be_bytes());
            h.update(hash);
        }
    }

    fn finish(self) -> Vec<(u64, [u8; 32])> {
        use sha2::Digest as _;
        self.0
            .into_iter()
            .map(|(n, h)| (n, h.finalize().into()))
            .collect()
    }
}

/// Walks the log, streamed: chain, hashes, fields; then the stored tree, streamed, against
/// the recomputed one (every node, compared per level as a digest of the nodes in order).
fn verify(tx: &mut Transaction<'_>) -> Result<VerifyReport, StoreError> {
    use postgres::fallible_iterator::FallibleIterator as _;
    // What the retention purges recorded: an emptied record must be inside one of them.
    let receipts: Vec<(u64, String)> = tx
        .query(
            "SELECT seq, record FROM audit WHERE event = 'audit.purged' AND NOT purged",
            &[],
        )?
        .into_iter()
        .map(|r| (to_u64(r.get(0)), r.get(1)))
        .collect();
    let vouched = crate::purge_receipts(receipts.iter().map(|(s, t)| (*s, t.as_str())));
    let head = head_size(tx)?;
    let mut frontier = warden_merkle::Frontier::new();
    let mut computed = LevelDigests::default();
    let mut prev = GENESIS_HASH.to_owned();
    let mut checked = 0u64;
    let report = |checked: u64, prev: &str, root: &warden_merkle::Hash, bad: Option<BadRecord>| {
        VerifyReport {
            records: checked,
            head: prev.to_owned(),
            first_bad: bad,
            root: warden_merkle::hex(root),
            roots: std::collections::BTreeMap::new(),
        }
    };
    let mut rows = tx.query_raw(
        "SELECT seq, ts, event, agent, tool, outcome, action_id, record, hash, purged FROM audit ORDER BY seq",
        std::iter::empty::<i32>(),
    )?;
    while let Some(row) = rows.next()? {
        let seq = to_u64(row.get(0));
        let text: String = row.get(7);
        let stored: String = row.get(8);
        let bad = |reason: &str| BadRecord {
            seq,
            reason: reason.to_owned(),
        };
        if seq != checked + 1 {
            let missing = checked + 1;
            return Ok(report(
                checked,
                &prev,
                &frontier.root(),
                Some(BadRecord {
                    seq: missing,
                    reason: format!("record {missing} is missing (next is {seq})"),
                }),
            ));
        }
        let leaf = if row.get::<_, bool>(9) {
            if !crate::purge_vouched(&vouched, seq) {
                return Ok(report(
                    checked,
                    &prev,
                    &frontier.root(),
                    Some(bad("record was emptied outside a recorded retention purge")),
                ));
            }
            // Emptied means empty: text left in a purged row is not covered by any check.
            if !text.is_empty() {
                return Ok(report(
                    checked,
                    &prev,
                    &frontier.root(),
                    Some(bad("a purged record still holds text")),
                ));
            }
            // Its leaf is recomputed from the hash it keeps (which the next record links to).
            let Some(leaf) = crate::record_leaf_hex(&stored) else {
                return Ok(report(
                    checked,
                    &prev,
                    &frontier.root(),
                    Some(bad("a purged record's stored hash is not a hash")),
                ));
            };
            leaf
        } else {
            let digest = record_digest(&text);
            let problem = if warden_merkle::hex(&digest) != stored {
                Some("record content does not match its hash".to_owned())
            } else {
                match crate::record_head::parse(&text) {
                    Err(e) => Some(format!("record does not parse: {e}")),
                    Ok(r) if r.seq != seq => {
                        Some("record's sequence number differs from its row".into())
                    }
                    Ok(r) if r.prev_hash != prev => {
                        Some("record does not chain to the previous record's hash".into())
                    }
                    Ok(r) => {
                        let columns = row.get::<_, &str>(1) == r.ts
                            && row.get::<_, &str>(2) == r.event
                            && row.get::<_, Option<&str>>(3) == r.agent.as_deref()
                            && row.get::<_, Option<&str>>(4) == r.tool.as_deref()
                            && row.get::<_, &str>(5) == r.outcome
                            && row.get::<_, Option<&str>>(6) == r.action_id.as_deref();
                        (!columns).then(|| "index columns differ from the hashed record".into())
                    }
                }
            };
            if let Some(p) = problem {
                return Ok(report(checked, &prev, &frontier.root(), Some(bad(&p))));
            }
            crate::record_leaf(&digest)
        };
        for (level, idx, h) in frontier.push(leaf) {
            computed.add(level, idx, &h);
        }
        prev = stored;
        checked += 1;
    }
    drop(rows);
    // Every stored node, in (level, index) order, against the recomputed ones.
    let mut stored_nodes = LevelDigests::default();
    let mut nodes = tx.query_raw(
        "SELECT level, idx, hash FROM merkle ORDER BY level, idx",
        std::iter::empty::<i32>(),
    )?;
    while let Some(row) = nodes.next()? {
        let level = u32::try_from(row.get::<_, i32>(0)).unwrap_or(u32::MAX);
        stored_nodes.add(level, to_u64(row.get(1)), row.get::<_, &[u8]>(2));
    }
    drop(nodes);
    let (computed, stored_nodes) = (computed.finish(), stored_nodes.finish());
    if computed != stored_nodes {
        let level = computed
            .iter()
            .zip(stored_nodes.iter())
            .position(|(a, b)| a != b)
            .unwrap_or(computed.len().min(stored_nodes.len()));
        return Ok(report(
            checked,
            &prev,
            &frontier.root(),
            Some(BadRecord {
                seq: checked,
                reason: format!(
                    "the stored Merkle tree does not match the records (level {level} differs)"
                ),
            }),
        ));
    }
    if head != checked {
        return Ok(report(
            checked,
            &prev,
            &frontier.root(),
            Some(BadRecord {
                seq: checked + 1,
                reason: "the sequencer's size differs from the records".into(),
            }),
        ));
    }
    Ok(report(checked, &prev, &frontier.root(), None))
}

#[async_trait]
impl Store for PgStore {
    async fn append(&self, events: Vec<AuditEvent>) -> Result<Vec<u64>, StoreError> {
        self.write(move |tx, chain| {
            let now = Timestamp::now();
            events
                .into_iter()
                .map(|e| chain.append(tx, e, now))
                .collect()
        })
        .await
    }

    async fn announce(
        &self,
        events: Vec<AuditEvent>,
        change: crate::Change,
    ) -> Result<Vec<u64>, StoreError> {
        self.write(move |tx, chain| {
            notify(tx, &change)?;
            let now = Timestamp::now();
            events
                .into_iter()
                .map(|e| chain.append(tx, e, now))
                .collect()
        })
        .await
    }

    async fn query_audit(&self, filter: AuditFilter) -> Result<Vec<AuditRecord>, StoreError> {
        self.read(move |tx| {
            let (sql, args) = crate::audit_query(filter, "FALSE", |n| format!("${n}"));
            let args: Vec<Box<dyn postgres::types::ToSql + Sync>> = args
                .into_iter()
                .map(|a| -> Box<dyn postgres::types::ToSql + Sync> {
                    match a {
                        crate::FilterArg::Text(t) => Box::new(t),
                        crate::FilterArg::Int(i) => Box::new(i),
                    }
                })
                .collect();
            let refs: Vec<&(dyn postgres::types::ToSql + Sync)> =
                args.iter().map(|b| b.as_ref()).collect();
            tx.query(&sql, &refs)?
                .into_iter()
                .map(|row| {
                    serde_json::from_str(&row.get::<_, String>(0))
                        .map_err(|e| StoreError::Corrupt(format!("audit record: {e}")))
                })
                .collect()
        })
        .await
    }

    async fn verify_audit(&self) -> Result<VerifyReport, StoreError> {
        self.read(verify).await
    }

    fn close(&self) {
        PgStore::close(self);
    }

    fn changes(&self) -> Option<tokio::sync::broadcast::Receiver<crate::Change>> {
        Some(self.changes.subscribe())
    }

    async fn purge_expired(
        &self,
        cutoffs: Vec<(Vec<String>, String)>,
        dry_run: bool,
        receipt: crate::PurgeReceiptFn,
    ) -> Result<crate::Purged, StoreError> {
        self.write(move |tx, chain| {
            let mut purged = crate::Purged::default();
            let mut seqs: Vec<i64> = Vec::new();
            for (events, cutoff) in &cutoffs {
                if events.is_empty() {
                    continue;
                }
                for r in tx.query(
                    "SELECT seq, event FROM audit WHERE NOT purged AND ts < $1 AND event = ANY($2) ORDER BY seq",
                    &[cutoff, events],
                )? {
                    seqs.push(r.get(0));
                    *purged.by_event.entry(r.get(1)).or_default() += 1;
                }
            }
            seqs.sort_unstable();
            purged.records = seqs.len() as u64;
            purged.first_seq = seqs.first().map(|s| to_u64(*s));
            purged.last_seq = seqs.last().map(|s| to_u64(*s));
            purged.ranges =
                crate::ranges_of(&seqs.iter().map(|s| to_u64(*s)).collect::<Vec<_>>());
            if dry_run || seqs.is_empty() {
                return Ok(purged);
            }
            tx.execute(
                "UPDATE audit SET record = '', purged = TRUE WHERE seq = ANY($1)",
                &[&seqs],
            )?;
            purged.values = tx.execute("DELETE FROM personal_values WHERE seq = ANY($1)", &[&seqs])?;
            tx.execute(
                "DELETE FROM subject_index WHERE subject NOT IN (SELECT DISTINCT subject FROM personal_values)",
                &[],
            )?;
            purged.subjects = tx.execute(
                "DELETE FROM subjects WHERE id NOT IN (SELECT DISTINCT subject FROM personal_values)",
                &[],
            )?;
            purged.receipt_seq = Some(chain.append(tx, crate::purge_receipt(receipt, &purged), Timestamp::now())?);
            Ok(purged)
        })
        .await
    }

    async fn locate_subjects(&self, ids: Vec<String>) -> Result<crate::Located, StoreError> {
        self.read(move |tx| {
            crate::subjects::locate(&mut crate::subjects::SqlSubjects(&mut PgConn(tx)), &ids)
        })
        .await
    }

    async fn export_subjects(
        &self,
        ids: Vec<String>,
    ) -> Result<(crate::Located, Vec<serde_json::Value>), StoreError> {
        self.read(move |tx| {
            crate::subjects::export(&mut crate::subjects::SqlSubjects(&mut PgConn(tx)), &ids)
        })
        .await
    }

    async fn erase_subjects(
        &self,
        ids: Vec<String>,
        receipt: crate::ReceiptFn,
    ) -> Result<crate::Erasure, StoreError> {
        // PostgreSQL has no secure_delete: deleted rows stay in their pages until VACUUM
        // reclaims them (the keys are gone at commit, so the values cannot be decrypted).
        self.write(move |tx, chain| {
            let destroyed =
                crate::subjects::erase(&mut crate::subjects::SqlSubjects(&mut PgConn(tx)), &ids)?;
            let now = Timestamp::now();
            for a in &destroyed.cancelled {
                chain.append(tx, crate::erasure_cancelled(a), now)?;
            }
            let mut erasure = crate::Erasure {
                located: destroyed.located,
                values: destroyed.values,
                approvals: destroyed.approvals,
                cancelled: destroyed.cancelled.len() as u64,
                receipt_seq: 0,
            };
            erasure.receipt_seq = chain.append(tx, receipt(&erasure), now)?;
            Ok(erasure)
        })
        .await
    }

    async fn lease_stream(
        &self,
        name: String,
        owner: String,
        ttl: std::time::Duration,
    ) -> Result<bool, StoreError> {
        // The database's clock decides, so the processes' clocks need not agree.
        self.write(move |tx, _| {
            Ok(tx
                .query_opt(
                    "INSERT INTO stream_leases (name, owner, until)
                     VALUES ($1, $2, now() + make_interval(secs => $3))
                     ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until = excluded.until
                     WHERE stream_leases.owner = excluded.owner OR stream_leases.until < now()
                     RETURNING owner",
                    &[&name, &owner, &ttl.as_secs_f64()],
                )?
                .is_some())
        })
        .await
    }
}
