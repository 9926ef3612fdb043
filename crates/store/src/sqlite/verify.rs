//! The verifier core ([`crate::verify`]) run on SQLite in parallel: the log is cut into ranges
//! of `2^k` records, aligned so that each range is a perfect subtree of the Merkle tree.
//! Threads (one per core) each check whole ranges on their own read-only connection, reading
//! the records borrowed straight from SQLite's rows; the calling thread joins the ranges in
//! order. The report is the one a single pass in order would give. Databases from before the
//! retention purge or the Merkle tree (no `purged` column, no `merkle` table) verify too.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, params};

use super::SqliteConn;
use crate::verify::{COLUMNS, Join, RangeCheck, RangeResult, Stored};
use crate::{StoreError, VerifyReport};

/// How a verification is spread: ranges of `2^range_log2` records over `threads` threads.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Plan {
    pub(crate) range_log2: u32,
    pub(crate) threads: usize,
}

impl Default for Plan {
    fn default() -> Self {
        Self {
            // 65,536 records (~44 MB of typical records): large enough that joining costs
            // nothing, small enough that both cores stay busy to the end.
            range_log2: 16,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
        }
    }
}

/// Opens another read-only connection to the same database.
pub(crate) type Open<'a> = &'a (dyn Fn() -> Result<Connection, StoreError> + Sync);

/// Verifies the log `conn` reads (its snapshot decides how many records there are); `open`
/// gives the threads their own connections.
pub(crate) fn verify(
    conn: &Connection,
    open: Open<'_>,
    sizes: &[u64],
    progress: &mut dyn FnMut(u64),
    plan: Plan,
) -> Result<VerifyReport, StoreError> {
    // One snapshot for the length of the log and the stored tree's extent; the threads read
    // later snapshots, whose records up to `last` are the same (records are only appended, and
    // a purge writes its receipt in the same transaction as the records it empties).
    let snapshot = conn.unchecked_transaction()?;
    let db = &mut SqliteConn(conn);
    let has_purged = has(conn, "pragma_table_info('audit') WHERE name = 'purged'")?;
    let has_tree = has(
        conn,
        "sqlite_master WHERE type = 'table' AND name = 'merkle'",
    )?;
    let (first, last) = crate::verify::extent(db)?;
    let mut join = Join::new(progress, has_tree);
    if let Some(first) = first.filter(|f| *f < 1) {
        return Ok(join.bad(1, format!("record 1 is missing (next is {first})")));
    }
    let last = last.and_then(|l| u64::try_from(l).ok()).unwrap_or(0);
    let range_log2 = plan.range_log2.min(40);
    let ranges = usize::try_from(last.div_ceil(1u64 << range_log2))
        .map_err(|_| StoreError::Corrupt("the log is too long to verify here".into()))?;
    let threads = plan.threads.clamp(1, ranges.max(1));
    let next = AtomicUsize::new(0);
    // Ranges after a bad one need not be checked.
    let stop_after = AtomicUsize::new(usize::MAX);
    let setup = Setup {
        open,
        has_purged,
        has_tree,
        last,
        range_log2,
        sizes,
    };
    let outcome = std::thread::scope(|scope| {
        // (range, what checking it gave); a thread that cannot start reports no range.
        let (tx, rx) = mpsc::channel::<(Option<usize>, Result<RangeResult, StoreError>)>();
        for _ in 0..threads {
            let tx = tx.clone();
            let (setup, next, stop_after) = (&setup, &next, &stop_after);
            scope.spawn(move || {
                let mut worker = match Worker::new(setup) {
                    Ok(w) => w,
                    Err(e) => {
                        let _ = tx.send((None, Err(e)));
                        return;
                    }
                };
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= ranges || i > stop_after.load(Ordering::Relaxed) {
                        return;
                    }
                    let result = worker.range(i);
                    if result.as_ref().map_or(true, RangeResult::is_bad) {
                        stop_after.fetch_min(i, Ordering::Relaxed);
                    }
                    if tx.send((Some(i), result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        // Results arrive in any order; they are joined in order.
        let mut waiting = BTreeMap::new();
        let mut expected = 0usize;
        while expected < ranges {
            let Ok((index, result)) = rx.recv() else {
                return Err(StoreError::Database(
                    "a verification thread stopped before its range was checked".into(),
                ));
            };
            let Some(index) = index else {
                return Err(result.err().unwrap_or(StoreError::Closed));
            };
            // An error in a range is raised in its turn: a bad record before it is the answer.
            waiting.insert(index, result);
            while let Some(r) = waiting.remove(&expected) {
                if let Some(report) = join.range(db, r?)? {
                    stop_after.fetch_min(expected, Ordering::Relaxed);
                    return Ok(Some(report));
                }
                expected += 1;
            }
        }
        Ok(None)
    })?;
    if let Some(report) = outcome {
        return Ok(report);
    }
    let report = join.finish(db)?;
    drop(snapshot);
    Ok(report)
}

/// Whether `SELECT COUNT(*) FROM {from}` counts anything.
fn has(conn: &Connection, from: &str) -> Result<bool, StoreError> {
    let sql = format!("SELECT COUNT(*) FROM {from}");
    Ok(conn.query_row(&sql, [], |r| r.get::<_, i64>(0))? > 0)
}

/// What every thread needs to know.
struct Setup<'a> {
    open: Open<'a>,
    has_purged: bool,
    has_tree: bool,
    last: u64,
    range_log2: u32,
    sizes: &'a [u64],
}

/// One thread: its connection, read in one snapshot, and what the retention purges vouch for.
struct Worker<'a> {
    conn: Connection,
    setup: &'a Setup<'a>,
    vouched: Vec<(u64, u64, u64)>,
}

impl<'a> Worker<'a> {
    fn new(setup: &'a Setup<'a>) -> Result<Self, StoreError> {
        let conn = (setup.open)()?;
        // One snapshot for all the ranges this thread checks.
        conn.execute_batch("BEGIN")?;
        let vouched = if setup.has_purged {
            crate::verify::vouched(&mut SqliteConn(&conn))?
        } else {
            Vec::new()
        };
        Ok(Self {
            conn,
            setup,
            vouched,
        })
    }

    /// Checks range `index`: records `index * 2^k + 1 ..= (index + 1) * 2^k` (or to the end).
    fn range(&mut self, index: usize) -> Result<RangeResult, StoreError> {
        let setup = self.setup;
        let start = u64::try_from(index).unwrap_or(u64::MAX) << setup.range_log2;
        let last = (start + (1u64 << setup.range_log2)).min(setup.last);
        let mut check = RangeCheck::new(start, last, setup.has_tree, setup.sizes, &self.vouched);
        let purged = if setup.has_purged { "purged" } else { "0" };
        let sql = format!(
            "SELECT {COLUMNS}, {purged} FROM audit WHERE seq >= ?1 AND seq <= ?2 ORDER BY seq"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        // Rows numbered below 1 are out of sequence too.
        let low = if index == 0 {
            i64::MIN
        } else {
            i64::try_from(start + 1).unwrap_or(i64::MAX)
        };
        let mut rows = stmt.query(params![low, i64::try_from(last).unwrap_or(i64::MAX)])?;
        let db = &mut SqliteConn(&self.conn);
        while let Some(row) = rows.next()? {
            let text = |i| {
                row.get_ref(i)
                    .ok()
                    .and_then(|v| v.as_str_or_null().ok().flatten())
            };
            let record = match row.get_ref(8)? {
                ValueRef::Text(t) | ValueRef::Blob(t) => t,
                _ => &[],
            };
            let stored = Stored {
                seq: row.get(0)?,
                columns: [
                    text(1),
                    text(2),
                    text(3),
                    text(4),
                    text(5),
                    text(6),
                    text(7),
                ],
                record,
                hash: text(9).unwrap_or_default(),
                purged: row.get::<_, i64>(10).unwrap_or(0) != 0,
            };
            if !check.push(db, &stored)? {
                break;
            }
        }
        check.finish(db)
    }
}
