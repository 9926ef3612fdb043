//! The audit log's hash chain and Merkle tree, appended to once for every backend.
//!
//! Record `n` links the hash of record `n - 1` (`prev_hash`); its leaf, the RFC 6962 leaf hash
//! of its hash ([`crate::record_leaf`]), goes onto the tree's frontier, and the perfect subtrees
//! that completes are stored (`merkle`) in the same transaction as the record, so proofs read
//! the stored tree. Its personal values go to the subject vault in that transaction too.
//!
//! What stays with a backend is where the chain's tip ([`Chain`]) lives between transactions:
//! SQLite's writer thread owns it (one process writes); PostgreSQL's writer locks the sequencer
//! row `audit_head` at the start of every transaction and reloads the frontier when another
//! process moved it.

use std::cell::RefCell;

use warden_merkle::{Frontier, Hash};
use warden_types::{AuditEvent, AuditRecord, GENESIS_HASH, Timestamp, record_digest};

use crate::sql::{Row, Sql, Tx, Val};
use crate::state::SqlNodes;
use crate::{Change, StoreError, subjects};

/// The chain's tip: how many records, the last one's hash, and the tree's right edge.
#[derive(Clone)]
pub(crate) struct Chain {
    size: u64,
    last_hash: String,
    frontier: Frontier,
}

impl Chain {
    /// The chain after `size` records, the last of which hashes to `last_hash`; the frontier is
    /// read from the stored tree.
    pub(crate) fn load(db: &mut dyn Sql, size: u64, last_hash: String) -> Result<Self, StoreError> {
        let frontier = Frontier::load(&SqlNodes(RefCell::new(db)), size)
            .map_err(|e| StoreError::Corrupt(format!("the audit log's Merkle tree: {e}")))?;
        Ok(Self {
            size,
            last_hash,
            frontier,
        })
    }

    /// The chain as the log's last record leaves it.
    pub(crate) fn from_log(db: &mut dyn Sql) -> Result<Self, StoreError> {
        match db.row("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1", &[])? {
            Some(r) => Self::load(db, u64::try_from(r.int(0)?).unwrap_or(0), r.text(1)?),
            None => Self::load(db, 0, GENESIS_HASH.to_owned()),
        }
    }

    /// Records so far.
    pub(crate) fn size(&self) -> u64 {
        self.size
    }

    /// The last record's hash.
    pub(crate) fn last_hash(&self) -> &str {
        &self.last_hash
    }

    /// Appends `event` as the next record, in `db`'s transaction: the record, the tree nodes
    /// its leaf completes, and its personal values (into the subject vault).
    pub(crate) fn append(
        &mut self,
        db: &mut dyn Sql,
        mut event: AuditEvent,
        now: Timestamp,
    ) -> Result<u64, StoreError> {
        let seq = self.size + 1;
        let personal = std::mem::take(&mut event.personal);
        let record = AuditRecord::new(seq, now, self.last_hash.clone(), event);
        let canonical = record.canonical();
        let digest = record_digest(&canonical);
        let hash = warden_merkle::hex(&digest);
        let e = &record.event;
        db.exec(
            "INSERT INTO audit (seq, ts, event, agent, tool, outcome, action_id, session, record, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            &[
                int(seq)?,
                (&record.ts).into(),
                e.event.as_str().into(),
                (&e.agent).into(),
                (&e.tool).into(),
                e.outcome.as_str().into(),
                (&e.action_id).into(),
                (&e.session).into(),
                Val::Text(canonical),
                (&hash).into(),
            ],
        )?;
        store_nodes(db, &self.frontier.push(crate::record_leaf(&digest)))?;
        subjects::keep(&mut subjects::SqlSubjects(db), seq, &personal, &record.ts)?;
        self.size = seq;
        self.last_hash = hash;
        Ok(seq)
    }
}

/// Stores the perfect subtrees a new leaf completed.
pub(crate) fn store_nodes(db: &mut dyn Sql, nodes: &[(u32, u64, Hash)]) -> Result<(), StoreError> {
    for (level, idx, hash) in nodes {
        let level =
            i32::try_from(*level).map_err(|_| StoreError::Corrupt("tree level overflow".into()))?;
        db.exec(
            "INSERT INTO merkle (level, idx, hash) VALUES (?1, ?2, ?3)",
            &[Val::I32(level), int(*idx)?, Val::Bytes(hash.to_vec())],
        )?;
    }
    Ok(())
}

fn int(n: u64) -> Result<Val, StoreError> {
    i64::try_from(n)
        .map(Val::Int)
        .map_err(|_| StoreError::Corrupt(format!("{n} is out of range")))
}

/// What a dialect does its own way inside a write transaction.
pub(crate) struct Dialect {
    /// Appended to a `SELECT` whose rows the transaction writes back ([`Tx::lock_rows`]).
    pub(crate) lock_rows: &'static str,
    /// The statement that tells the other processes sharing the database about a change when
    /// the transaction commits (`?1`: the payload); `None` where no other process shares it.
    pub(crate) notify: Option<&'static str>,
}

/// A write job's view of the writer's transaction: the backend's statements and the chain.
pub(crate) struct ChainTx<'a> {
    pub(crate) sql: &'a mut dyn Sql,
    pub(crate) chain: &'a mut Chain,
    pub(crate) dialect: &'static Dialect,
}

impl Sql for ChainTx<'_> {
    fn exec(&mut self, sql: &str, args: &[Val]) -> Result<u64, StoreError> {
        self.sql.exec(sql, args)
    }
    fn rows(&mut self, sql: &str, args: &[Val]) -> Result<Vec<Row>, StoreError> {
        self.sql.rows(sql, args)
    }
    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        self.sql.batch(sql)
    }
}

impl Tx for ChainTx<'_> {
    fn append(&mut self, event: AuditEvent, now: Timestamp) -> Result<u64, StoreError> {
        self.chain.append(self.sql, event, now)
    }
    fn notify(&mut self, change: &Change) -> Result<(), StoreError> {
        if let Some(sql) = self.dialect.notify {
            self.sql.exec(sql, &[change.payload().into()])?;
        }
        Ok(())
    }
    fn lock_rows(&self) -> &'static str {
        self.dialect.lock_rows
    }
}
