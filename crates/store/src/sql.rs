//! What a backend provides so that each operation is written once ([`crate::state`],
//! [`crate::audit`], [`crate::subjects`]): a statement runner with one placeholder syntax (`?1`,
//! `?2`, …; PostgreSQL's backend rewrites them to `$1`, `$2`, …), rows as plain values, and —
//! in a write transaction — the audit chain and the change feed.
//!
//! The SQL written over these primitives is the subset both dialects share: `ON CONFLICT …
//! DO UPDATE SET … = excluded.…`, `CASE`, `LIMIT ?n`, no dialect functions.

use std::future::Future;

use warden_types::{AuditEvent, Timestamp};

use crate::writer::Writer;
use crate::{Change, StoreError, VerifyReport};

/// A value bound to a placeholder or read from a column.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val {
    /// SQL NULL (bound as a text NULL; bind [`Val::OptInt`] for an integer one).
    Null,
    /// A 64-bit integer.
    Int(i64),
    /// A 32-bit integer (a PostgreSQL `INTEGER` column).
    I32(i32),
    /// An integer or NULL.
    OptInt(Option<i64>),
    /// Text.
    Text(String),
    /// Bytes.
    Bytes(Vec<u8>),
    /// A boolean (an integer 0/1 in SQLite).
    Bool(bool),
}

impl From<&str> for Val {
    fn from(s: &str) -> Self {
        Val::Text(s.to_owned())
    }
}

impl From<String> for Val {
    fn from(s: String) -> Self {
        Val::Text(s)
    }
}

impl From<&String> for Val {
    fn from(s: &String) -> Self {
        Val::Text(s.clone())
    }
}

impl From<&Option<String>> for Val {
    fn from(s: &Option<String>) -> Self {
        s.as_ref().map_or(Val::Null, |s| Val::Text(s.clone()))
    }
}

impl From<i64> for Val {
    fn from(i: i64) -> Self {
        Val::Int(i)
    }
}

/// One row, columns in the order the query named them.
#[derive(Debug, Clone)]
pub(crate) struct Row(pub(crate) Vec<Val>);

fn corrupt(i: usize, want: &str, got: Option<&Val>) -> StoreError {
    StoreError::Corrupt(format!("column {i}: expected {want}, found {got:?}"))
}

impl Row {
    pub(crate) fn text(&self, i: usize) -> Result<String, StoreError> {
        match self.0.get(i) {
            Some(Val::Text(s)) => Ok(s.clone()),
            other => Err(corrupt(i, "text", other)),
        }
    }

    /// Text borrowed from the row; `None` for NULL or another type.
    pub(crate) fn str(&self, i: usize) -> Option<&str> {
        match self.0.get(i) {
            Some(Val::Text(s)) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn int(&self, i: usize) -> Result<i64, StoreError> {
        match self.0.get(i) {
            Some(Val::Int(n)) => Ok(*n),
            other => Err(corrupt(i, "an integer", other)),
        }
    }

    pub(crate) fn opt_int(&self, i: usize) -> Result<Option<i64>, StoreError> {
        match self.0.get(i) {
            Some(Val::Int(n)) => Ok(Some(*n)),
            Some(Val::Null) => Ok(None),
            other => Err(corrupt(i, "an integer or null", other)),
        }
    }

    pub(crate) fn bytes(&self, i: usize) -> Result<Vec<u8>, StoreError> {
        match self.0.get(i) {
            Some(Val::Bytes(b)) => Ok(b.clone()),
            other => Err(corrupt(i, "bytes", other)),
        }
    }

    pub(crate) fn bool(&self, i: usize) -> Result<bool, StoreError> {
        match self.0.get(i) {
            Some(Val::Bool(b)) => Ok(*b),
            Some(Val::Int(n)) => Ok(*n != 0),
            other => Err(corrupt(i, "a boolean", other)),
        }
    }
}

/// Runs statements.
pub(crate) trait Sql {
    /// Runs a statement; how many rows it changed.
    fn exec(&mut self, sql: &str, args: &[Val]) -> Result<u64, StoreError>;
    /// Runs a query; every row.
    fn rows(&mut self, sql: &str, args: &[Val]) -> Result<Vec<Row>, StoreError>;
    /// Runs statements without arguments, separated by `;` (savepoints, schema changes).
    fn batch(&mut self, sql: &str) -> Result<(), StoreError>;

    /// The first row, if any.
    fn row(&mut self, sql: &str, args: &[Val]) -> Result<Option<Row>, StoreError> {
        Ok(self.rows(sql, args)?.into_iter().next())
    }
}

/// A write transaction: statements, the audit chain, and the change feed.
pub(crate) trait Tx: Sql {
    /// Appends one event to the audit log in this transaction.
    fn append(&mut self, event: AuditEvent, now: Timestamp) -> Result<u64, StoreError>;
    /// Tells every other process sharing the database about `change` when this transaction
    /// commits (nothing on a store only one process opens).
    fn notify(&mut self, change: &Change) -> Result<(), StoreError>;
    /// What to append to a `SELECT` whose rows this transaction will write back, so that
    /// another process cannot change them in between (` FOR UPDATE` on PostgreSQL; nothing on
    /// SQLite, whose one writer holds the whole database).
    fn lock_rows(&self) -> &'static str;

    /// Appends every event with one timestamp.
    fn append_all(&mut self, events: Vec<AuditEvent>) -> Result<Vec<u64>, StoreError> {
        let now = Timestamp::now();
        events.into_iter().map(|e| self.append(e, now)).collect()
    }
}

/// A backend: where write jobs and reads run, and what it does its own way. Writes share the
/// writer's transactions (group commit: a job's changes and events commit together, or
/// neither does). [`crate::Store`] and [`crate::StateStore`] are written once over this.
pub(crate) trait Backend: Send + Sync {
    /// The writer every write job goes to.
    fn writer(&self) -> &Writer;

    /// Runs `job` on a read connection, in one snapshot.
    fn read_sql<R, F>(&self, job: F) -> impl Future<Output = Result<R, StoreError>> + Send
    where
        R: Send + 'static,
        F: FnOnce(&mut dyn Sql) -> Result<R, StoreError> + Send + 'static;

    /// Verifies the audit log: the verifier core ([`crate::verify`]), run the backend's way.
    fn verify_log(&self) -> impl Future<Output = Result<VerifyReport, StoreError>> + Send;

    /// Once an erasure or a purge has committed: makes sure no deleted byte stays behind in
    /// the database's files (nothing where the backend cannot).
    fn scrub_deleted(&self) -> impl Future<Output = Result<(), StoreError>> + Send {
        async { Ok(()) }
    }

    /// Finishes queued writes and stops the backend's threads.
    fn stop(&self);

    /// [`crate::Store::wal_checkpoints`].
    fn wal_checkpoints(&self) -> Option<[(&'static str, u64); 3]> {
        None
    }

    /// Changes committed by other processes sharing the database (`None`: no other process).
    fn change_feed(&self) -> Option<tokio::sync::broadcast::Receiver<Change>> {
        None
    }

    /// [`crate::Store::lease_stream`]: granted always where one process opens the database.
    fn lease(
        &self,
        _name: String,
        _owner: String,
        _ttl: std::time::Duration,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send {
        async { Ok(true) }
    }

    /// Runs `job` in a write transaction; resolves once it is durable.
    fn write_tx<R, F>(&self, job: F) -> impl Future<Output = Result<R, StoreError>> + Send
    where
        R: Send + 'static,
        F: FnOnce(&mut dyn Tx) -> Result<R, StoreError> + Send + 'static,
    {
        self.writer().run(job)
    }
}

/// Applies those of `migrations` (version, statements) not applied yet, in order, recording
/// each in `schema_migrations`; the caller's transaction decides what commits together.
pub(crate) fn migrate(db: &mut dyn Sql, migrations: &[(i64, &str)]) -> Result<(), StoreError> {
    for (version, sql) in migrations {
        let version = Val::Int(*version);
        let applied = "SELECT version FROM schema_migrations WHERE version = ?1";
        if db.row(applied, std::slice::from_ref(&version))?.is_none() {
            db.batch(sql)?;
            db.exec(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)",
                &[version, Timestamp::now().to_rfc3339().into()],
            )?;
        }
    }
    Ok(())
}

/// `?N` placeholders as PostgreSQL's `$N`.
pub(crate) fn dollar_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if c == '\'' {
            quoted = !quoted;
        }
        if c == '?' && !quoted && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('$');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_rewritten_outside_quotes_only() {
        assert_eq!(
            dollar_placeholders("SELECT a FROM t WHERE b = ?1 AND c = '?2' LIMIT ?12"),
            "SELECT a FROM t WHERE b = $1 AND c = '?2' LIMIT $12"
        );
        assert_eq!(dollar_placeholders("x ? y"), "x ? y");
    }

    #[test]
    fn rows_name_what_is_wrong() {
        let r = Row(vec![Val::Int(1), Val::Null, Val::Text("t".into())]);
        assert_eq!(r.int(0).unwrap(), 1);
        assert_eq!(r.opt_int(1).unwrap(), None);
        assert!(r.bool(0).unwrap());
        assert!(r.text(0).unwrap_err().to_string().contains("column 0"));
        assert!(r.int(9).is_err());
    }
}
