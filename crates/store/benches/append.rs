//! Durable audit appends: one at a time (one fsync each) and concurrent (group commit).
//!
//! `cargo bench -p warden-store --bench append`
#![allow(clippy::unwrap_used, reason = "benchmark setup")]
#![allow(missing_docs)]

use std::sync::Arc;

use warden_store::{SqliteStore, Store};
use warden_types::{AuditEvent, EventKind, Outcome};

fn main() {
    divan::main();
}

fn event() -> AuditEvent {
    let mut e = AuditEvent::new(EventKind::ActionReceived, Outcome::Received, "bench");
    e.agent = Some("support-bot".into());
    e.tool = Some("crm.get_customer".into());
    e.input = serde_json::json!({"customer_id": "C1234"});
    e
}

/// One writer, one record per commit: bounded by the disk's fsync latency.
#[divan::bench(sample_count = 20, sample_size = 20)]
fn single_append(bencher: divan::Bencher) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("b.db")).unwrap();
    bencher.bench_local(|| {
        rt.block_on(store.append(vec![event()])).ok();
    });
}

/// 256 concurrent appenders, each waiting for its own record to be durable; one iteration is
/// 4,096 records. Records/s = 4096 / time.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn group_commit_4096(bencher: divan::Bencher) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(&dir.path().join("b.db")).unwrap());
    bencher
        .counter(divan::counter::ItemsCount::new(4096usize))
        .bench_local(|| {
            rt.block_on(async {
                let mut tasks = Vec::with_capacity(256);
                for _ in 0..256 {
                    let store = Arc::clone(&store);
                    tasks.push(tokio::spawn(async move {
                        for _ in 0..16 {
                            store.append(vec![event()]).await.ok();
                        }
                    }));
                }
                for t in tasks {
                    t.await.ok();
                }
            });
        });
}

/// A record whose result named 60 customers (e-mail, phone, IBAN, name, address each: ~170
/// data subjects, ~240 values), as `inspection.audit_personal_data = "pseudonymise"` hands it
/// to the store; `dense_masked` is the same record with nothing kept. One record per commit.
fn customers(keep: bool) -> AuditEvent {
    let mut e = event();
    e.output = serde_json::json!({"customers": (1..=60).map(|i| serde_json::json!({
        "email": format!("<EMAIL_{i}>"), "phone": format!("<PHONE_{i}>"), "iban": format!("<IBAN_{i}>"),
        "name": format!("<NAME_{i}>"), "address": format!("<ADDRESS_{}>", i % 5 + 1),
    })).collect::<Vec<_>>()});
    if keep {
        let v =
            |placeholder: String, label: &'static str, value: String| warden_types::PersonalValue {
                field: "output",
                placeholder,
                label,
                value,
            };
        for i in 1..=60 {
            e.personal.push(v(
                format!("<EMAIL_{i}>"),
                "EMAIL",
                format!("person{i}@example.net"),
            ));
            e.personal.push(v(
                format!("<PHONE_{i}>"),
                "PHONE",
                format!("+44 20 7946 {i:04}"),
            ));
            e.personal.push(v(
                format!("<IBAN_{i}>"),
                "IBAN",
                format!("GB{:02}NWBK6016133192{i:04}", i % 89 + 10),
            ));
            e.personal.push(v(
                format!("<NAME_{i}>"),
                "NAME",
                format!("Person Number{i}"),
            ));
        }
        for a in 1..=5 {
            e.personal.push(v(
                format!("<ADDRESS_{a}>"),
                "ADDRESS",
                format!("{a} Baker Street, London"),
            ));
        }
    }
    e
}

#[divan::bench(args = [false, true], sample_count = 20, sample_size = 5)]
fn dense_record(bencher: divan::Bencher, keep: bool) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("b.db")).unwrap();
    // The subjects exist already (the same customers again), as in a steady state.
    rt.block_on(store.append(vec![customers(keep)])).unwrap();
    bencher.bench_local(|| {
        rt.block_on(store.append(vec![customers(keep)])).unwrap();
    });
}
