//! Verifying a SQLite audit log: every record's hash and sequence number, the hash chain, the
//! index columns, the retention purges, and every stored Merkle node against the tree
//! recomputed from the records.
//!
//! The log is cut into ranges of `2^k` records, aligned so that each range is a perfect subtree
//! of the Merkle tree. Threads (one per core) each check whole ranges on their own read-only
//! connection; the calling thread joins the ranges in order: the first record of a range must
//! chain to the last of the one before, and the ranges' subtrees are pushed onto the tree's
//! frontier, which completes (and checks against the stored tree) the nodes that span ranges.
//! The report is the one a single pass in order would give: the first bad record, with the
//! records checked, the chain head and the tree head just before it.

use std::collections::{BTreeMap, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use rusqlite::{Connection, params};
use warden_merkle::{Frontier, Hash};
use warden_types::GENESIS_HASH;

use crate::record_head::{self, RecordHead};
use crate::{BadRecord, StoreError, VerifyReport};

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

/// Progress is reported every this many records.
const PROGRESS_EVERY: u64 = 100_000;

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
    let has_purged = has_column(conn, "audit", "purged")?;
    let has_tree = has_table(conn, "merkle")?;
    let (first, last): (Option<i64>, Option<i64>) =
        conn.query_row("SELECT MIN(seq), MAX(seq) FROM audit", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
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
                    if matches!(&result, Ok(r) if r.bad.is_some()) || result.is_err() {
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
                if let Some(report) = join.range(conn, r?)? {
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
    let report = join.finish(conn)?;
    drop(snapshot);
    Ok(report)
}

fn has_column(conn: &Connection, table: &str, column: &str) -> Result<bool, StoreError> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM pragma_table_info(?1) WHERE name = ?2",
        params![table, column],
        |r| r.get::<_, i64>(0),
    )? > 0)
}

fn has_table(conn: &Connection, table: &str) -> Result<bool, StoreError> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [table],
        |r| r.get::<_, i64>(0),
    )? > 0)
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

/// What checking one range found.
struct RangeResult {
    /// Records of the range checked and good (before `bad`).
    checked: u64,
    /// The `prev_hash` of the range's first record, which must be the hash of the record
    /// before the range (`None` for a purged first record, whose link can no longer be read).
    first_prev: Option<String>,
    /// The stored hash of the last good record of the range.
    last_hash: Option<String>,
    /// The range's perfect subtrees (after its last good record).
    subtrees: Vec<(u32, Hash)>,
    /// At each asked-for size inside the range, the range's subtrees then.
    at_sizes: Vec<(u64, Vec<(u32, Hash)>)>,
    /// The first stored node inside the range that differs from the records (as one pass meets it).
    tree_wrong: Option<Wrong>,
    bad: Option<BadRecord>,
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
        // What the retention purges recorded: an emptied record must be inside one of them.
        let vouched = if setup.has_purged {
            let mut st = conn.prepare(
                "SELECT seq, record FROM audit WHERE event = 'audit.purged' AND purged = 0",
            )?;
            let rows = st
                .query_map([], |r| {
                    Ok((
                        u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0),
                        r.get::<_, String>(1)?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            crate::purge_receipts(rows.iter().map(|(s, t)| (*s, t.as_str())))
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
        let conn = &self.conn;
        let start = u64::try_from(index).unwrap_or(u64::MAX) << setup.range_log2;
        let first_seq = start + 1;
        let last_seq = (start + (1u64 << setup.range_log2)).min(setup.last);
        let mut out = RangeResult {
            checked: 0,
            first_prev: None,
            last_hash: None,
            subtrees: Vec::new(),
            at_sizes: Vec::new(),
            tree_wrong: None,
            bad: None,
        };
        let mut frontier = Frontier::starting_at(start);
        let mut tree = setup.has_tree.then(TreeCheck::default);
        let mut sizes: Vec<u64> = setup
            .sizes
            .iter()
            .copied()
            .filter(|s| (first_seq..=last_seq).contains(s))
            .collect();
        sizes.sort_unstable();
        sizes.dedup();
        let mut sizes = sizes.into_iter().peekable();
        let sql = if setup.has_purged {
            "SELECT seq, ts, event, agent, tool, outcome, action_id, record, hash, purged FROM audit
             WHERE seq >= ?1 AND seq <= ?2 ORDER BY seq"
        } else {
            "SELECT seq, ts, event, agent, tool, outcome, action_id, record, hash, 0 FROM audit
             WHERE seq >= ?1 AND seq <= ?2 ORDER BY seq"
        };
        let mut stmt = conn.prepare_cached(sql)?;
        let low = if index == 0 {
            // Rows numbered below 1 are out of sequence too.
            i64::MIN
        } else {
            i64::try_from(first_seq).unwrap_or(i64::MAX)
        };
        let mut rows = stmt.query(params![low, i64::try_from(last_seq).unwrap_or(i64::MAX)])?;
        let mut expected = first_seq;
        // The hash the next record must chain to (unknown for the range's first record).
        let mut prev: Option<String> = None;
        let mut completed = Vec::new();
        let fail = |out: &mut RangeResult,
                    frontier: &Frontier,
                    prev: &Option<String>,
                    seq: u64,
                    reason: String| {
            out.subtrees = frontier.subtrees().to_vec();
            out.last_hash.clone_from(prev);
            out.bad = Some(BadRecord { seq, reason });
        };
        while let Some(row) = rows.next()? {
            let seq = u64::try_from(row.get::<_, i64>(0)?).unwrap_or(0);
            if seq != expected {
                let reason = format!("record {expected} is missing (next is {seq})");
                fail(&mut out, &frontier, &prev, expected, reason);
                return Ok(out);
            }
            let purged = row.get::<_, i64>(9).unwrap_or(0) != 0;
            let leaf = if purged {
                // A purged record keeps its hash and its Merkle leaf: the next record's
                // `prev_hash` still links to it and the tree still covers it.
                if !crate::purge_vouched(&self.vouched, seq) {
                    let reason = "record was emptied outside a recorded retention purge".into();
                    fail(&mut out, &frontier, &prev, seq, reason);
                    return Ok(out);
                }
                // Emptied means empty: text left in a purged row is not covered by any check,
                // and readers must not be served it.
                let emptied = match row.get_ref(7)? {
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                        t.is_empty()
                    }
                    _ => true,
                };
                if !emptied {
                    let reason = "a purged record still holds text".into();
                    fail(&mut out, &frontier, &prev, seq, reason);
                    return Ok(out);
                }
                // Its leaf is recomputed from the hash it keeps (which the next record links
                // to), and compared with the stored tree like any other.
                let stored_hash = row.get_ref(8)?.as_str().unwrap_or_default();
                let Some(leaf) = crate::record_leaf_hex(stored_hash) else {
                    let reason = "a purged record's stored hash is not a hash".into();
                    fail(&mut out, &frontier, &prev, seq, reason);
                    return Ok(out);
                };
                leaf
            } else {
                // Borrowed straight from SQLite's row; read as bytes, since a flipped byte may
                // leave invalid UTF-8 behind.
                let record_bytes: &[u8] = match row.get_ref(7)? {
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => t,
                    _ => &[],
                };
                let stored_hash = row.get_ref(8)?.as_str().unwrap_or_default();
                let (digest, head) = match parse_record(seq, record_bytes, stored_hash) {
                    Ok(parsed) => parsed,
                    Err(reason) => {
                        fail(&mut out, &frontier, &prev, seq, reason);
                        return Ok(out);
                    }
                };
                match &prev {
                    // The range's first record chains to the range before: checked where the
                    // ranges are joined.
                    None => out.first_prev = Some(head.prev_hash.to_string()),
                    Some(p) if *p != head.prev_hash => {
                        let reason = "record does not chain to the previous record's hash";
                        fail(&mut out, &frontier, &prev, seq, reason.into());
                        return Ok(out);
                    }
                    Some(_) => {}
                }
                let column = |i: usize| {
                    row.get_ref(i)
                        .ok()
                        .and_then(|v| v.as_str_or_null().ok().flatten())
                };
                if !columns_match(&head, column) {
                    let reason = "index columns differ from the hashed record".into();
                    fail(&mut out, &frontier, &prev, seq, reason);
                    return Ok(out);
                }
                crate::record_leaf(&digest)
            };
            match &mut prev {
                Some(p) => {
                    p.clear();
                    p.push_str(row.get_ref(8)?.as_str().unwrap_or_default());
                }
                None => prev = Some(row.get_ref(8)?.as_str().unwrap_or_default().to_owned()),
            }
            completed.clear();
            frontier.push_with(leaf, &mut |level, index, hash| {
                completed.push((level, index, *hash));
            });
            if let Some(tree) = tree.as_mut()
                && tree.first_wrong.is_none()
            {
                tree.check(conn, &completed)?;
            }
            out.checked += 1;
            if sizes.next_if_eq(&seq).is_some() {
                out.at_sizes.push((seq, frontier.subtrees().to_vec()));
            }
            expected += 1;
        }
        if expected <= last_seq {
            // The rows ran out inside the range: the next one is further on.
            let next: Option<i64> = conn.query_row(
                "SELECT MIN(seq) FROM audit WHERE seq > ?1",
                [i64::try_from(last_seq).unwrap_or(i64::MAX)],
                |r| r.get(0),
            )?;
            let next = next.map_or_else(|| "none".to_owned(), |n| n.to_string());
            let reason = format!("record {expected} is missing (next is {next})");
            fail(&mut out, &frontier, &prev, expected, reason);
            return Ok(out);
        }
        out.last_hash = prev;
        out.subtrees = frontier.subtrees().to_vec();
        out.tree_wrong = tree.and_then(|t| t.first_wrong);
        Ok(out)
    }
}

/// Checks one (not purged) record against its stored hash and its row's sequence number;
/// returns its hash and the fields the chain and the index columns are checked against.
fn parse_record<'r>(
    seq: u64,
    record_bytes: &'r [u8],
    stored_hash: &str,
) -> Result<([u8; 32], RecordHead<'r>), String> {
    let Ok(text) = std::str::from_utf8(record_bytes) else {
        return Err("record is not valid UTF-8".into());
    };
    let digest = warden_types::record_digest(text);
    if !hex_is(&digest, stored_hash) {
        return Err("record content does not match its hash".into());
    }
    // Only the fields the chain and the index depend on are decoded (the rest is checked to be
    // well-formed and skipped): the hash above already covers every byte of the text.
    let head = record_head::parse(text).map_err(|e| format!("record does not parse: {e}"))?;
    if head.seq != seq {
        return Err("record's sequence number differs from its row".into());
    }
    Ok((digest, head))
}

/// Whether the index columns (read by `column`) are the record's own fields.
fn columns_match<'r>(head: &RecordHead<'_>, column: impl Fn(usize) -> Option<&'r str>) -> bool {
    column(1) == Some(&*head.ts)
        && column(2) == Some(&*head.event)
        && column(3) == head.agent.as_deref()
        && column(4) == head.tool.as_deref()
        && column(5) == Some(&*head.outcome)
        && column(6) == head.action_id.as_deref()
}

/// The calling thread's side: ranges joined in order into the chain and the tree.
struct Join<'p> {
    progress: &'p mut dyn FnMut(u64),
    frontier: Frontier,
    /// The hash of the last record joined.
    head: String,
    roots: BTreeMap<u64, String>,
    /// Nodes spanning ranges, checked here.
    tree: Option<TreeCheck>,
    tree_wrong: Option<Wrong>,
}

impl<'p> Join<'p> {
    fn new(progress: &'p mut dyn FnMut(u64), has_tree: bool) -> Self {
        Self {
            progress,
            frontier: Frontier::new(),
            head: GENESIS_HASH.to_owned(),
            roots: BTreeMap::new(),
            tree: has_tree.then(TreeCheck::default),
            tree_wrong: None,
        }
    }

    fn records(&self) -> u64 {
        self.frontier.size()
    }

    /// The report for a bad record, with what was checked before it.
    fn bad(&self, seq: u64, reason: String) -> VerifyReport {
        VerifyReport {
            records: self.records(),
            head: self.head.clone(),
            first_bad: Some(BadRecord { seq, reason }),
            root: warden_merkle::hex(&self.frontier.root()),
            roots: self.roots.clone(),
        }
    }

    /// The tree head with `subtrees` of a range appended.
    fn root_with(&self, subtrees: &[(u32, Hash)]) -> Result<String, StoreError> {
        let mut f = self.frontier.clone();
        for (level, hash) in subtrees {
            f.push_subtree(*level, *hash, &mut |_, _, _| {})
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        }
        Ok(warden_merkle::hex(&f.root()))
    }

    /// Joins the next range; a report if it holds the first bad record.
    fn range(
        &mut self,
        conn: &Connection,
        r: RangeResult,
    ) -> Result<Option<VerifyReport>, StoreError> {
        let first = self.records() + 1;
        if let Some(first_prev) = &r.first_prev
            && *first_prev != self.head
        {
            return Ok(Some(self.bad(
                first,
                "record does not chain to the previous record's hash".into(),
            )));
        }
        for (size, subtrees) in &r.at_sizes {
            let root = self.root_with(subtrees)?;
            self.roots.insert(*size, root);
        }
        self.tree_wrong = min_some(self.tree_wrong, r.tree_wrong);
        if let Some(bad) = r.bad {
            let mut report = self.bad(bad.seq, bad.reason);
            report.records += r.checked;
            if let Some(h) = r.last_hash.filter(|_| r.checked > 0) {
                report.head = h;
            }
            report.root = self.root_with(&r.subtrees)?;
            return Ok(Some(report));
        }
        let before = self.records();
        let mut spanning = Vec::new();
        for (level, hash) in &r.subtrees {
            self.frontier
                .push_subtree(*level, *hash, &mut |l, i, h| spanning.push((l, i, *h)))
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        }
        if let Some(tree) = self.tree.as_mut()
            && tree.first_wrong.is_none()
        {
            tree.check(conn, &spanning)?;
        }
        if let Some(h) = r.last_hash {
            self.head = h;
        }
        let after = self.records();
        if after / PROGRESS_EVERY > before / PROGRESS_EVERY {
            (self.progress)(after);
        }
        Ok(None)
    }

    /// After the last range: the stored tree must hold nothing beyond the records.
    fn finish(mut self, conn: &Connection) -> Result<VerifyReport, StoreError> {
        let checked = self.records();
        if let Some(tree) = &self.tree {
            self.tree_wrong = min_some(self.tree_wrong, tree.first_wrong);
            if self.tree_wrong.is_none() {
                // Every node inside the tree was compared; any other is beyond it. Found by
                // seeks on the (level, idx) key, per level: never a scan of the whole tree.
                // (A row whose level is not an integer is never read by a proof; one whose idx
                // is not an integer, inside the tree, stops the comparison above.)
                let mut beyond: bool = conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM merkle WHERE level < 0)
                         OR EXISTS (SELECT 1 FROM merkle WHERE level > 63)",
                    [],
                    |r| r.get(0),
                )?;
                let mut st = conn.prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM merkle WHERE level = ?1 AND idx >= ?2)
                         OR EXISTS (SELECT 1 FROM merkle WHERE level = ?1 AND idx < 0)",
                )?;
                for level in 0..64u32 {
                    let first_beyond = i64::try_from(checked >> level).unwrap_or(i64::MAX);
                    beyond |=
                        st.query_row(params![level, first_beyond], |r| r.get::<_, bool>(0))?;
                }
                if beyond {
                    self.tree_wrong = Some(((u128::MAX, 0), checked + 1));
                }
            }
        }
        if let Some((_, seq)) = self.tree_wrong {
            let mut report = self.bad(
                seq,
                "the stored Merkle tree does not match the records (proofs would be wrong)".into(),
            );
            report.records = seq.saturating_sub(1).min(checked);
            return Ok(report);
        }
        Ok(VerifyReport {
            records: checked,
            head: self.head,
            first_bad: None,
            root: warden_merkle::hex(&self.frontier.root()),
            roots: self.roots,
        })
    }
}

/// A stored node that differs: the order in which one pass in order meets it (the leaf that
/// completes it, then its level) and the first record it covers.
type Wrong = ((u128, u32), u64);

fn min_some<T: Ord>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether `stored` is `digest` in lowercase hex (without allocating).
fn hex_is(digest: &[u8; 32], stored: &str) -> bool {
    let stored = stored.as_bytes();
    stored.len() == 64
        && digest.iter().enumerate().all(|(i, b)| {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            stored.get(2 * i) == HEX.get(usize::from(b >> 4))
                && stored.get(2 * i + 1) == HEX.get(usize::from(b & 0xf))
        })
}

/// Compares the perfect subtrees a verification completes with the stored ones, read in index
/// order a batch at a time per level.
#[derive(Default)]
struct TreeCheck {
    /// Per level: stored nodes read ahead, in index order.
    ahead: Vec<VecDeque<(u64, Option<Hash>)>>,
    /// The first stored node that differs, as one pass in order meets it.
    first_wrong: Option<Wrong>,
}

impl TreeCheck {
    const BATCH: i64 = 4096;

    fn check(
        &mut self,
        conn: &Connection,
        completed: &[(u32, u64, Hash)],
    ) -> Result<(), StoreError> {
        for (level, index, hash) in completed {
            let l = *level as usize;
            if self.ahead.len() <= l {
                self.ahead.resize_with(l + 1, Default::default);
            }
            let Some(queue) = self.ahead.get_mut(l) else {
                continue;
            };
            if queue.is_empty() {
                let mut st = conn.prepare_cached(
                    "SELECT idx, hash FROM merkle WHERE level = ?1 AND idx >= ?2 ORDER BY idx LIMIT ?3",
                )?;
                let rows = st.query_map(
                    params![
                        level,
                        i64::try_from(*index).unwrap_or(i64::MAX),
                        Self::BATCH
                    ],
                    |r| {
                        // A stored hash of the wrong length matches nothing.
                        let hash = match r.get_ref(1)? {
                            rusqlite::types::ValueRef::Blob(b) => Hash::try_from(b).ok(),
                            _ => None,
                        };
                        Ok((u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0), hash))
                    },
                )?;
                for row in rows {
                    queue.push_back(row?);
                }
            }
            let matches = queue
                .pop_front()
                .is_some_and(|(i, h)| i == *index && h.as_ref() == Some(hash));
            if !matches {
                // The first record the node covers.
                let met = ((u128::from(*index) + 1) << level, *level);
                self.first_wrong = Some((met, (index << level) + 1));
                return Ok(());
            }
        }
        Ok(())
    }
}
