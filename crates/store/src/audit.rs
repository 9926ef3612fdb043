//! The audit log's operations, written once over the primitives of [`crate::sql`] for every
//! backend: appends (through the chain, [`crate::chain`]), queries, the retention purge with
//! its receipt, and the erasure of data subjects with theirs. Each commits in one transaction.

use async_trait::async_trait;
use warden_types::{AuditEvent, AuditRecord, Timestamp};

use crate::sql::{Backend, Sql, Tx, Val};
use crate::subjects::{self, SqlSubjects};
use crate::{
    AuditFilter, Change, Erasure, Located, PurgeReceiptFn, Purged, ReceiptFn, Store, StoreError,
    VerifyReport,
};

#[async_trait]
impl<B: Backend> Store for B {
    async fn append(&self, events: Vec<AuditEvent>) -> Result<Vec<u64>, StoreError> {
        self.write_tx(move |db| db.append_all(events)).await
    }

    async fn announce(
        &self,
        events: Vec<AuditEvent>,
        change: Change,
    ) -> Result<Vec<u64>, StoreError> {
        self.write_tx(move |db| {
            db.notify(&change)?;
            db.append_all(events)
        })
        .await
    }

    async fn query_audit(&self, filter: AuditFilter) -> Result<Vec<AuditRecord>, StoreError> {
        self.read_sql(move |db| {
            let (sql, args) = audit_query(filter);
            db.rows(&sql, &args)?
                .iter()
                .map(|r| {
                    serde_json::from_str(&r.text(0)?)
                        .map_err(|e| StoreError::Corrupt(format!("audit record: {e}")))
                })
                .collect()
        })
        .await
    }

    async fn verify_audit(&self) -> Result<VerifyReport, StoreError> {
        self.verify_log().await
    }

    fn close(&self) {
        self.stop();
    }

    fn commit_latency(&self) -> Option<crate::HistogramSnapshot> {
        Some(self.writer().latency.snapshot())
    }

    fn transactions(&self) -> Option<u64> {
        Some(
            self.writer()
                .transactions
                .load(std::sync::atomic::Ordering::Relaxed),
        )
    }

    fn wal_checkpoints(&self) -> Option<[(&'static str, u64); 3]> {
        Backend::wal_checkpoints(self)
    }

    fn changes(&self) -> Option<tokio::sync::broadcast::Receiver<Change>> {
        self.change_feed()
    }

    async fn locate_subjects(&self, ids: Vec<String>) -> Result<Located, StoreError> {
        self.read_sql(move |db| subjects::locate(&mut SqlSubjects(db), &ids))
            .await
    }

    async fn restore_values(&self, seqs: Vec<u64>) -> Result<crate::Restored, StoreError> {
        self.read_sql(move |db| subjects::restore(&mut SqlSubjects(db), &seqs))
            .await
    }

    async fn export_subjects(
        &self,
        ids: Vec<String>,
    ) -> Result<(Located, Vec<serde_json::Value>), StoreError> {
        self.read_sql(move |db| subjects::export(&mut SqlSubjects(db), &ids))
            .await
    }

    async fn lease_stream(
        &self,
        name: String,
        owner: String,
        ttl: std::time::Duration,
    ) -> Result<bool, StoreError> {
        self.lease(name, owner, ttl).await
    }

    async fn purge_expired(
        &self,
        cutoffs: Vec<(Vec<String>, String)>,
        dry_run: bool,
        receipt: PurgeReceiptFn,
    ) -> Result<Purged, StoreError> {
        let purged = self
            .write_tx(move |db| purge(db, &cutoffs, dry_run, receipt))
            .await?;
        if purged.receipt_seq.is_some() {
            self.scrub_deleted().await?;
        }
        Ok(purged)
    }

    async fn erase_subjects(
        &self,
        ids: Vec<String>,
        receipt: ReceiptFn,
    ) -> Result<Erasure, StoreError> {
        let erasure = self.write_tx(move |db| erase(db, &ids, receipt)).await?;
        self.scrub_deleted().await?;
        Ok(erasure)
    }
}

/// The audit query for `filter` (the newest `limit` matches, returned oldest first; purged
/// records skipped) and the values to bind.
fn audit_query(filter: AuditFilter) -> (String, Vec<Val>) {
    let mut sql = "SELECT seq, record FROM audit WHERE purged = ?1".to_owned();
    let mut args = vec![Val::Bool(false)];
    let mut push = |clause: &str, v: Val| {
        args.push(v);
        sql.push_str(&format!(" AND {clause} ?{}", args.len()));
    };
    let text = [
        ("agent =", filter.agent),
        ("tool =", filter.tool),
        ("outcome =", filter.outcome),
        ("event =", filter.event),
        ("action_id =", filter.action_id),
        ("ts >=", filter.since.map(|t| t.to_rfc3339())),
        ("ts <", filter.until.map(|t| t.to_rfc3339())),
    ];
    for (clause, v) in text {
        if let Some(v) = v {
            push(clause, Val::Text(v));
        }
    }
    if let Some(v) = filter.after_seq {
        push("seq >", Val::Int(i64::try_from(v).unwrap_or(i64::MAX)));
    }
    if let Some(v) = filter.until_seq {
        push("seq <=", Val::Int(i64::try_from(v).unwrap_or(i64::MAX)));
    }
    if let Some(session) = filter.session {
        push("session =", Val::Text(session));
    }
    let limit = filter.limit.unwrap_or(1000).min(100_000);
    (
        format!(
            "SELECT record FROM ({sql} ORDER BY seq DESC LIMIT {limit}) AS newest ORDER BY seq ASC"
        ),
        args,
    )
}

/// Records emptied by one statement at most (the bound parameters of an `IN` list).
const PURGE_CHUNK: usize = 500;

/// Empties the records whose kind is in a cutoff's list and whose time is before its cutoff,
/// deletes their personal values (and the subjects left with none), and logs the receipt.
fn purge(
    db: &mut dyn Tx,
    cutoffs: &[(Vec<String>, String)],
    dry_run: bool,
    receipt: PurgeReceiptFn,
) -> Result<Purged, StoreError> {
    let mut purged = Purged::default();
    let mut seqs: Vec<u64> = Vec::new();
    for (events, cutoff) in cutoffs {
        if events.is_empty() {
            continue;
        }
        let marks = (3..events.len() + 3).map(|i| format!("?{i}"));
        let sql = format!(
            "SELECT seq, event FROM audit WHERE purged = ?1 AND ts < ?2 AND event IN ({}) ORDER BY seq",
            marks.collect::<Vec<_>>().join(", ")
        );
        let mut args = vec![Val::Bool(false), cutoff.into()];
        args.extend(events.iter().map(Val::from));
        for r in db.rows(&sql, &args)? {
            seqs.push(u64::try_from(r.int(0)?).unwrap_or(0));
            *purged.by_event.entry(r.text(1)?).or_default() += 1;
        }
    }
    seqs.sort_unstable();
    purged.records = seqs.len() as u64;
    purged.first_seq = seqs.first().copied();
    purged.last_seq = seqs.last().copied();
    purged.ranges = ranges_of(&seqs);
    if dry_run || seqs.is_empty() {
        return Ok(purged);
    }
    for chunk in seqs.chunks(PURGE_CHUNK) {
        let list = (1..=chunk.len()).map(|i| format!("?{i}"));
        let list = list.collect::<Vec<_>>().join(", ");
        let mut args: Vec<Val> = chunk
            .iter()
            .map(|s| Val::Int(i64::try_from(*s).unwrap_or(i64::MAX)))
            .collect();
        purged.values += db.exec(
            &format!("DELETE FROM personal_values WHERE seq IN ({list})"),
            &args,
        )?;
        args.push(Val::Bool(true));
        let flag = args.len();
        db.exec(
            &format!("UPDATE audit SET record = '', purged = ?{flag} WHERE seq IN ({list})"),
            &args,
        )?;
    }
    db.exec(
        "DELETE FROM subject_index WHERE subject NOT IN (SELECT DISTINCT subject FROM personal_values)",
        &[],
    )?;
    purged.subjects = db.exec(
        "DELETE FROM subjects WHERE id NOT IN (SELECT DISTINCT subject FROM personal_values)",
        &[],
    )?;
    let event = purge_receipt(receipt, &purged);
    purged.receipt_seq = Some(db.append(event, Timestamp::now())?);
    Ok(purged)
}

/// `seqs` (sorted) as inclusive ranges.
fn ranges_of(seqs: &[u64]) -> Vec<(u64, u64)> {
    let mut out: Vec<(u64, u64)> = Vec::new();
    for &s in seqs {
        match out.last_mut() {
            Some((_, end)) if *end + 1 == s => *end = s,
            _ => out.push((s, s)),
        }
    }
    out
}

/// The receipt `receipt` builds, with the purged ranges in its output whatever the builder
/// wrote there (verification reads them).
fn purge_receipt(receipt: PurgeReceiptFn, purged: &Purged) -> AuditEvent {
    let mut e = receipt(purged);
    let ranges = serde_json::json!(purged.ranges);
    match e.output.as_object_mut() {
        Some(o) => {
            o.insert("ranges".into(), ranges);
        }
        None => e.output = serde_json::json!({"ranges": ranges}),
    }
    e
}

/// Destroys the subjects behind `ids` ([`subjects::erase`]) and logs each pending approval it
/// withdrew, then the receipt.
fn erase(db: &mut dyn Tx, ids: &[String], receipt: ReceiptFn) -> Result<Erasure, StoreError> {
    let destroyed = subjects::erase(&mut SqlSubjects(&mut *db as &mut dyn Sql), ids)?;
    let now = Timestamp::now();
    for a in &destroyed.cancelled {
        db.append(
            warden_audit::event::approval_cancelled(
                a,
                "warden",
                "a data subject in its arguments was erased",
            ),
            now,
        )?;
    }
    let mut erasure = Erasure {
        located: destroyed.located,
        values: destroyed.values,
        approvals: destroyed.approvals,
        cancelled: destroyed.cancelled.len() as u64,
        receipt_seq: 0,
    };
    erasure.receipt_seq = db.append(receipt(&erasure), now)?;
    Ok(erasure)
}
