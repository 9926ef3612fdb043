//! The audit log at scale: builds (or reuses) a log of N records and measures durable append
//! throughput, offline verification, proofs, a checkpoint and the erasure of one subject.
//!
//! `cargo run --release -p warden-store --example audit_scale -- N DB_FILE [verify [ROUNDS]]`
//!
//! One record in 100 carries an e-mail address of one of 10,000 customers (a subject). Figures
//! go to BENCHMARKS.md with the command and the machine.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::print_stdout,
    missing_docs,
    reason = "a measurement program"
)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::json;
use warden_store::{Erasure, SqliteStore, StateStore, Store};
use warden_types::{AuditEvent, EventKind, Outcome, PersonalValue};

/// Records per append call (one transaction, like a busy group commit).
const BATCH: u64 = 4096;

fn customer(i: u64) -> String {
    format!("customer{:05}@example.com", i % 10_000)
}

/// A realistic action record: ~600 bytes of canonical JSON.
fn event(n: u64) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ActionExecuted,
        Outcome::Success,
        format!("`crm.update_contact` executed (upstream HTTP 200) #{n}"),
    );
    e.agent = Some("support-bot".into());
    e.session = Some(format!("ses_{:016x}", n / 7));
    e.action_id = Some(format!("act_{n:032x}"));
    e.tool = Some("crm.update_contact".into());
    e.systems = vec!["crm".into()];
    e.policies = vec!["support-crm".into()];
    e.cost_ms = Some(n % 97);
    if n.is_multiple_of(100) {
        e.input = json!({"customer_id": format!("C{:06}", n % 1_000_000), "email": "<EMAIL_1>", "note": "changed on the customer's request by phone"});
        e.personal = vec![PersonalValue {
            field: "input",
            placeholder: "<EMAIL_1>".into(),
            label: "EMAIL",
            value: customer(n / 100),
        }];
        e.findings = vec!["args/email: pii.email".into()];
    } else {
        e.input = json!({"customer_id": format!("C{:06}", n % 1_000_000), "phone_verified": true, "note": "changed on the customer's request by phone"});
    }
    e.output = json!({"status": "updated", "customer_id": format!("C{:06}", n % 1_000_000), "version": n % 13});
    e
}

/// Bytes of record text in the log.
fn record_bytes(path: &std::path::Path) -> u64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT SUM(LENGTH(record)) FROM audit", [], |r| {
        r.get::<_, i64>(0)
    })
    .unwrap() as u64
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort_unstable();
    v[v.len() / 2]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut args = std::env::args().skip(1);
    let n: u64 = args.next().expect("N").parse().expect("N is a number");
    let path = PathBuf::from(args.next().expect("DB_FILE"));
    // `verify ROUNDS` after the file: only offline verification, ROUNDS times alternating one
    // thread and one per core (back-to-back comparison), with the MB/s of record text.
    if args.next().as_deref() == Some("verify") {
        let rounds: usize = args
            .next()
            .map_or(3, |r| r.parse().expect("ROUNDS is a number"));
        let bytes = record_bytes(&path);
        for _ in 0..rounds {
            for threads in [Some(1), None] {
                let started = Instant::now();
                let report =
                    warden_store::verify_file_on(&path, &[], &mut |_| {}, threads).unwrap();
                let secs = started.elapsed().as_secs_f64();
                assert!(report.first_bad.is_none(), "{:?}", report.first_bad);
                println!(
                    "verify ({}): {} records in {secs:.2} s = {:.0} MB/s, {:.0} records/s",
                    threads.map_or("one thread per core", |_| "one thread"),
                    report.records,
                    bytes as f64 / 1e6 / secs,
                    report.records as f64 / secs
                );
            }
        }
        return;
    }
    let store = SqliteStore::open(&path).unwrap();
    let have = store.tree_head(None).await.unwrap().size;
    if have < n {
        let started = Instant::now();
        let mut next = have + 1;
        let mut last_report = Instant::now();
        while next <= n {
            let upto = (next + BATCH - 1).min(n);
            store
                .append((next..=upto).map(event).collect())
                .await
                .unwrap();
            next = upto + 1;
            if last_report.elapsed() > Duration::from_secs(30) {
                eprintln!("appended {} records…", next - 1);
                last_report = Instant::now();
            }
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "append: {} records in {secs:.1} s = {:.0} records/s (durable, {BATCH} per commit)",
            n - have,
            (n - have) as f64 / secs
        );
    }
    let bytes = record_bytes(&path);
    let size = store.tree_head(None).await.unwrap().size;
    println!(
        "log: {size} records, {:.1} MB of record text ({:.0} bytes each)",
        bytes as f64 / 1e6,
        bytes as f64 / size as f64
    );

    // Offline verification: chain, canonical form, every Merkle node.
    let started = Instant::now();
    let report = warden_store::verify_file(&path).unwrap();
    let secs = started.elapsed().as_secs_f64();
    assert!(report.first_bad.is_none());
    println!(
        "verify: {size} records in {secs:.1} s = {:.0} MB/s, {:.0} records/s",
        bytes as f64 / 1e6 / secs,
        size as f64 / secs
    );

    // Proofs: 1,000 of each, random positions, median.
    let mut times = Vec::new();
    let mut x = 0x9e37_79b9_7f4a_7c15_u64;
    for _ in 0..1000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let seq = 1 + x % size;
        let t = Instant::now();
        let p = store.inclusion_proof(seq, None).await.unwrap();
        times.push(t.elapsed());
        assert_eq!(p.seq, seq);
    }
    println!("inclusion proof: median {:?}", median(times));
    let mut times = Vec::new();
    for _ in 0..1000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let old = 1 + x % size;
        let t = Instant::now();
        store.consistency_proof(old, None).await.unwrap();
        times.push(t.elapsed());
    }
    println!("consistency proof: median {:?}", median(times));

    // A checkpoint: the tree head and an Ed25519 signed note.
    let signer = warden_merkle::NoteSigner::from_seed("bench.example/audit", &[7u8; 32]).unwrap();
    let mut times = Vec::new();
    for _ in 0..100 {
        let t = Instant::now();
        let head = store.tree_head(None).await.unwrap();
        let cp = warden_merkle::Checkpoint {
            origin: "bench.example/audit".into(),
            size: head.size,
            root: warden_merkle::from_hex(&head.root).unwrap(),
            extensions: vec![],
        };
        cp.sign(&signer).unwrap();
        times.push(t.elapsed());
    }
    println!(
        "checkpoint (tree head + signature): median {:?}",
        median(times)
    );

    // Erasure of one subject (100 values at 1M records, 1,000 at 10M), WAL truncation included.
    let who = customer(u64::from(std::process::id()) % 10_000);
    let located = store.locate_subjects(vec![who.clone()]).await.unwrap();
    let t = Instant::now();
    let erased = store
        .erase_subjects(
            vec![who],
            Box::new(|d: &Erasure| {
                let mut e = AuditEvent::new(EventKind::SubjectErased, Outcome::Success, "bench");
                e.output = json!({"values": d.values});
                e
            }),
        )
        .await
        .unwrap();
    println!(
        "erasure: one subject, {} values in {} records, in {:?}",
        erased.values,
        located.records.len(),
        t.elapsed()
    );
}
