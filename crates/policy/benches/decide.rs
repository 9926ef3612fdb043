//! Policy decisions on the reference deployment (`examples/groupany`, 19 policies).
//!
//! `cargo bench -p warden-policy --bench decide`
#![allow(clippy::unwrap_used, reason = "benchmark setup")]

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::json;
use warden_policy::{DecisionInput, PolicyEngine};
use warden_types::Timestamp;

fn main() {
    divan::main();
}

fn engine() -> PolicyEngine {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/groupany/warden.toml");
    let dep = warden_config::load(&path, &|_| None).unwrap();
    PolicyEngine::compile(&dep).unwrap()
}

fn run(
    bencher: divan::Bencher,
    agent: &'static str,
    tool: &'static str,
    args: serde_json::Value,
    labels: &[&str],
) {
    let e = engine();
    let labels: BTreeSet<String> = labels.iter().map(|s| s.to_string()).collect();
    let findings = BTreeSet::new();
    bencher.bench_local(|| {
        e.decide(&DecisionInput {
            agent,
            tool,
            arguments: &args,
            session_labels: &labels,
            findings: &findings,
            now: Timestamp::now(),
        })
        .unwrap()
    });
}

/// A plain permit (support reads a customer).
#[divan::bench]
fn allow(bencher: divan::Bencher) {
    run(
        bencher,
        "support-bot",
        "crm.get_customer",
        json!({"customer_id": "C1234"}),
        &[],
    );
}

/// An `@approval` permit with an argument bound (a large refund is held).
#[divan::bench]
fn hold(bencher: divan::Bencher) {
    run(
        bencher,
        "support-bot",
        "payments.refund",
        json!({"charge_id": "ch_1234", "amount": 800}),
        &[],
    );
}

/// A forbid wins (marketing on the production database).
#[divan::bench]
fn deny(bencher: divan::Bencher) {
    run(
        bencher,
        "marketing-bot",
        "db.query",
        json!({"sql": "select 1"}),
        &[],
    );
}

/// The untrusted-session rule on an external e-mail.
#[divan::bench]
fn escalate_untrusted(bencher: divan::Bencher) {
    run(
        bencher,
        "support-bot",
        "email.send",
        json!({"to": "x@evil.example", "subject": "s", "body": "b"}),
        &["untrusted"],
    );
}
