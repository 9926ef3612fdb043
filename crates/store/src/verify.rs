//! Verifying the audit log, once for every backend: every record's hash and sequence number,
//! the hash chain, the index columns, the retention purges, and every stored Merkle node
//! against the tree recomputed from the records.
//!
//! A [`RangeCheck`] walks consecutive records — the whole log, or an aligned range of `2^k`
//! records, which is a perfect subtree of the tree — comparing each node the records complete
//! with the stored one ([`TreeCheck`], which reads the stored nodes in index order, a batch at
//! a time per level). A [`Join`] puts the ranges together in order: the first record of a range
//! must chain to the last of the one before, and the ranges' subtrees go onto the tree's
//! frontier, completing (and checking) the nodes that span ranges; at the end, no stored node
//! may lie beyond the tree. The report is the one a single pass in order gives: the first bad
//! record, with the records checked, the chain head and the tree head just before it.
//!
//! How the records reach the check is the backend's: PostgreSQL reads its log in one pass, in
//! chunks ([`one_pass`]); SQLite checks ranges on several threads (`sqlite/verify.rs`).

use std::collections::{BTreeMap, VecDeque};

use warden_merkle::{Frontier, Hash};
use warden_types::GENESIS_HASH;

use crate::record_head::{self, RecordHead};
use crate::sql::{Row, Sql, Val};
use crate::{BadRecord, StoreError, VerifyReport};

/// Progress is reported every this many records.
const PROGRESS_EVERY: u64 = 100_000;

/// One record as stored, borrowed from its row.
pub(crate) struct Stored<'r> {
    pub(crate) seq: i64,
    /// `ts`, `event`, `agent`, `tool`, `outcome`, `action_id`, `session`.
    pub(crate) columns: [Option<&'r str>; 7],
    /// The stored text, as bytes (a flipped byte may leave invalid UTF-8 behind).
    pub(crate) record: &'r [u8],
    pub(crate) hash: &'r str,
    pub(crate) purged: bool,
}

/// The columns a check reads, in [`Stored`]'s order (`purged` last).
pub(crate) const COLUMNS: &str =
    "seq, ts, event, agent, tool, outcome, action_id, session, record, hash";

/// The lowest and highest sequence numbers in the log.
pub(crate) fn extent(db: &mut dyn Sql) -> Result<(Option<i64>, Option<i64>), StoreError> {
    match db.row("SELECT MIN(seq), MAX(seq) FROM audit", &[])? {
        Some(r) => Ok((r.opt_int(0)?, r.opt_int(1)?)),
        None => Ok((None, None)),
    }
}

/// The ranges of purged records the `audit.purged` receipts vouch for: `(receipt seq, first,
/// last)`.
pub(crate) fn vouched(db: &mut dyn Sql) -> Result<Vec<(u64, u64, u64)>, StoreError> {
    let receipts = db.rows(
        "SELECT seq, record FROM audit WHERE event = 'audit.purged' AND purged = ?1",
        &[Val::Bool(false)],
    )?;
    let mut out = Vec::new();
    for r in &receipts {
        let seq = u64::try_from(r.int(0)?).unwrap_or(0);
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&r.text(1)?) else {
            continue;
        };
        for range in v
            .get("output")
            .and_then(|o| o.get("ranges"))
            .and_then(serde_json::Value::as_array)
            .into_iter()
            .flatten()
        {
            if let (Some(a), Some(b)) = (
                range.get(0).and_then(serde_json::Value::as_u64),
                range.get(1).and_then(serde_json::Value::as_u64),
            ) {
                out.push((seq, a, b));
            }
        }
    }
    Ok(out)
}

/// Verifies the whole log in one pass in order, reading `chunk` records at a time, so that
/// memory stays bounded whatever the log's length, and recomputing the tree head at each of
/// `sizes`. `db` reads one snapshot.
pub(crate) fn one_pass(
    db: &mut dyn Sql,
    sizes: &[u64],
    chunk: usize,
) -> Result<VerifyReport, StoreError> {
    let vouched = vouched(db)?;
    let (first, last) = extent(db)?;
    let mut progress = |_| {};
    let mut join = Join::new(&mut progress, true);
    if let Some(first) = first.filter(|f| *f < 1) {
        return Ok(join.bad(1, format!("record 1 is missing (next is {first})")));
    }
    let last = last.and_then(|l| u64::try_from(l).ok()).unwrap_or(0);
    let mut range = RangeCheck::new(0, last, true, sizes, &vouched);
    let sql = format!("SELECT {COLUMNS}, purged FROM audit WHERE seq >= ?1 ORDER BY seq LIMIT ?2");
    let (mut from, limit) = (i64::MIN, i64::try_from(chunk.max(1)).unwrap_or(i64::MAX));
    'read: loop {
        let rows = db.rows(&sql, &[Val::Int(from), Val::Int(limit)])?;
        for row in &rows {
            from = row.int(0)?.saturating_add(1);
            if !range.push(db, &stored(row)?)? {
                break 'read;
            }
        }
        if rows.len() < chunk.max(1) {
            break;
        }
    }
    let range = range.finish(db)?;
    match join.range(db, range)? {
        Some(report) => Ok(report),
        None => join.finish(db),
    }
}

/// A row of `SELECT {COLUMNS}, purged` as [`Stored`].
fn stored(row: &Row) -> Result<Stored<'_>, StoreError> {
    Ok(Stored {
        seq: row.int(0)?,
        columns: [
            row.str(1),
            row.str(2),
            row.str(3),
            row.str(4),
            row.str(5),
            row.str(6),
            row.str(7),
        ],
        record: row.str(8).unwrap_or_default().as_bytes(),
        hash: row.str(9).unwrap_or_default(),
        purged: row.bool(10)?,
    })
}

/// What checking one range found.
#[derive(Default)]
pub(crate) struct RangeResult {
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
    /// The first stored node inside the range that differs from the records (as one pass
    /// meets it).
    tree_wrong: Option<Wrong>,
    bad: Option<BadRecord>,
}

impl RangeResult {
    /// Whether the range holds a bad record.
    pub(crate) fn is_bad(&self) -> bool {
        self.bad.is_some()
    }
}

/// Checks consecutive records, in order, from the first of a perfect subtree.
pub(crate) struct RangeCheck<'a> {
    vouched: &'a [(u64, u64, u64)],
    /// The range's last record.
    last: u64,
    expected: u64,
    /// The hash the next record must chain to (unknown for the range's first record).
    prev: Option<String>,
    frontier: Frontier,
    tree: Option<TreeCheck>,
    sizes: std::iter::Peekable<std::vec::IntoIter<u64>>,
    completed: Vec<(u32, u64, Hash)>,
    out: RangeResult,
}

impl<'a> RangeCheck<'a> {
    /// A check of records `start + 1 ..= last` (`start` a multiple of the range's size),
    /// keeping the tree at each of `sizes` inside it; `has_tree`: compare with a stored tree.
    pub(crate) fn new(
        start: u64,
        last: u64,
        has_tree: bool,
        sizes: &[u64],
        vouched: &'a [(u64, u64, u64)],
    ) -> Self {
        let mut sizes: Vec<u64> = sizes
            .iter()
            .copied()
            .filter(|s| (start + 1..=last).contains(s))
            .collect();
        sizes.sort_unstable();
        sizes.dedup();
        Self {
            vouched,
            last,
            expected: start + 1,
            prev: None,
            frontier: Frontier::starting_at(start),
            tree: has_tree.then(TreeCheck::default),
            sizes: sizes.into_iter().peekable(),
            completed: Vec::new(),
            out: RangeResult::default(),
        }
    }

    fn fail(&mut self, seq: u64, reason: String) {
        self.out.subtrees = self.frontier.subtrees().to_vec();
        self.out.last_hash.clone_from(&self.prev);
        self.out.bad = Some(BadRecord { seq, reason });
    }

    /// Checks the next record read; `false` once a bad one was found (read no further).
    pub(crate) fn push(&mut self, db: &mut dyn Sql, row: &Stored<'_>) -> Result<bool, StoreError> {
        let seq = u64::try_from(row.seq).unwrap_or(0);
        if seq != self.expected {
            let reason = format!("record {} is missing (next is {seq})", self.expected);
            self.fail(self.expected, reason);
            return Ok(false);
        }
        let leaf = match self.leaf(seq, row) {
            Ok(leaf) => leaf,
            Err(reason) => {
                self.fail(seq, reason);
                return Ok(false);
            }
        };
        match &mut self.prev {
            Some(p) => {
                p.clear();
                p.push_str(row.hash);
            }
            None => self.prev = Some(row.hash.to_owned()),
        }
        let completed = &mut self.completed;
        completed.clear();
        self.frontier.push_with(leaf, &mut |level, index, hash| {
            completed.push((level, index, *hash));
        });
        if let Some(tree) = self.tree.as_mut()
            && tree.first_wrong.is_none()
        {
            tree.check(db, &self.completed)?;
        }
        self.out.checked += 1;
        if self.sizes.next_if_eq(&seq).is_some() {
            self.out
                .at_sizes
                .push((seq, self.frontier.subtrees().to_vec()));
        }
        self.expected += 1;
        Ok(true)
    }

    /// The record's Merkle leaf, or why the record is bad.
    fn leaf(&mut self, seq: u64, row: &Stored<'_>) -> Result<Hash, String> {
        if row.purged {
            // A purged record keeps its hash and its Merkle leaf: the next record's
            // `prev_hash` still links to it and the tree still covers it.
            if !purge_vouched(self.vouched, seq) {
                return Err("record was emptied outside a recorded retention purge".into());
            }
            // Emptied means empty: text left in a purged row is not covered by any check,
            // and readers must not be served it.
            if !row.record.is_empty() {
                return Err("a purged record still holds text".into());
            }
            // Its leaf is recomputed from the hash it keeps (which the next record links
            // to), and compared with the stored tree like any other.
            return crate::record_leaf_hex(row.hash)
                .ok_or_else(|| "a purged record's stored hash is not a hash".into());
        }
        let (digest, head) = parse_record(seq, row.record, row.hash)?;
        match &self.prev {
            // The range's first record chains to the range before: checked where the ranges
            // are joined.
            None => self.out.first_prev = Some(head.prev_hash.to_string()),
            Some(p) if *p != head.prev_hash => {
                return Err("record does not chain to the previous record's hash".into());
            }
            Some(_) => {}
        }
        if !columns_match(&head, &row.columns) {
            return Err("index columns differ from the hashed record".into());
        }
        Ok(crate::record_leaf(&digest))
    }

    /// After the range's last row was read: a record missing at its end is named.
    pub(crate) fn finish(mut self, db: &mut dyn Sql) -> Result<RangeResult, StoreError> {
        if self.out.bad.is_some() {
            return Ok(self.out);
        }
        if self.expected <= self.last {
            // The rows ran out inside the range: the next one is further on.
            let after = Val::Int(i64::try_from(self.last).unwrap_or(i64::MAX));
            let next = db
                .row("SELECT MIN(seq) FROM audit WHERE seq > ?1", &[after])?
                .map(|r| r.opt_int(0))
                .transpose()?
                .flatten();
            let next = next.map_or_else(|| "none".to_owned(), |n| n.to_string());
            let reason = format!("record {} is missing (next is {next})", self.expected);
            self.fail(self.expected, reason);
            return Ok(self.out);
        }
        self.out.last_hash = self.prev;
        self.out.subtrees = self.frontier.subtrees().to_vec();
        self.out.tree_wrong = self.tree.and_then(|t| t.first_wrong);
        Ok(self.out)
    }
}

/// Whether record `seq` lies in a range a later receipt vouches for.
fn purge_vouched(receipts: &[(u64, u64, u64)], seq: u64) -> bool {
    receipts
        .iter()
        .any(|(receipt, a, b)| *receipt > seq && (*a..=*b).contains(&seq))
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

/// Whether the index columns are the record's own fields.
fn columns_match(head: &RecordHead<'_>, columns: &[Option<&str>; 7]) -> bool {
    let [ts, event, agent, tool, outcome, action_id, session] = *columns;
    ts == Some(&*head.ts)
        && event == Some(&*head.event)
        && agent == head.agent.as_deref()
        && tool == head.tool.as_deref()
        && outcome == Some(&*head.outcome)
        && action_id == head.action_id.as_deref()
        && session == head.session.as_deref()
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

/// The ranges joined in order into the chain and the tree.
pub(crate) struct Join<'p> {
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
    /// Nothing joined yet; `has_tree`: compare with a stored tree.
    pub(crate) fn new(progress: &'p mut dyn FnMut(u64), has_tree: bool) -> Self {
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
    pub(crate) fn bad(&self, seq: u64, reason: String) -> VerifyReport {
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
    pub(crate) fn range(
        &mut self,
        db: &mut dyn Sql,
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
            tree.check(db, &spanning)?;
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
    pub(crate) fn finish(mut self, db: &mut dyn Sql) -> Result<VerifyReport, StoreError> {
        let checked = self.records();
        if let Some(tree) = &self.tree {
            self.tree_wrong = min_some(self.tree_wrong, tree.first_wrong);
            if self.tree_wrong.is_none() && beyond(db, checked)? {
                self.tree_wrong = Some(((u128::MAX, 0), checked + 1));
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

/// Whether the stored tree holds a node beyond the tree of `size` records (every node inside it
/// was compared). Found by seeks on the (level, idx) key, per level: never a scan of the whole
/// tree. (A row whose level is not an integer is never read by a proof; one whose idx is not
/// an integer, inside the tree, stops the comparison.)
fn beyond(db: &mut dyn Sql, size: u64) -> Result<bool, StoreError> {
    let exists = |db: &mut dyn Sql, sql: &str, args: &[Val]| -> Result<bool, StoreError> {
        db.row(sql, args)?.map_or(Ok(false), |r| r.bool(0))
    };
    let mut beyond = exists(
        db,
        "SELECT EXISTS (SELECT 1 FROM merkle WHERE level < 0)
             OR EXISTS (SELECT 1 FROM merkle WHERE level > 63)",
        &[],
    )?;
    for level in 0..64i32 {
        let first_beyond = i64::try_from(size >> level).unwrap_or(i64::MAX);
        beyond |= exists(
            db,
            "SELECT EXISTS (SELECT 1 FROM merkle WHERE level = ?1 AND idx >= ?2)
                 OR EXISTS (SELECT 1 FROM merkle WHERE level = ?1 AND idx < 0)",
            &[Val::I32(level), Val::Int(first_beyond)],
        )?;
    }
    Ok(beyond)
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
        db: &mut dyn Sql,
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
                let rows = db.rows(
                    "SELECT idx, hash FROM merkle WHERE level = ?1 AND idx >= ?2 ORDER BY idx LIMIT ?3",
                    &[
                        Val::I32(i32::try_from(*level).unwrap_or(i32::MAX)),
                        Val::Int(i64::try_from(*index).unwrap_or(i64::MAX)),
                        Val::Int(Self::BATCH),
                    ],
                )?;
                for r in rows {
                    // A stored hash of the wrong length matches nothing.
                    let hash = r.bytes(1).ok().and_then(|b| Hash::try_from(b).ok());
                    queue.push_back((u64::try_from(r.int(0)?).unwrap_or(0), hash));
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
