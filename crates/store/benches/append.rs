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
