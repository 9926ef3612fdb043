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
            totals: &std::collections::BTreeMap::new(),
            provenance: &warden_policy::provenance::ArgProvenance::default(),
            now: Timestamp::now(),
            disclosure_present: false,
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

/// Baseline in the same run: Cedar used the straightforward way on the same deployment — the
/// whole policy set, entities as given, the context parsed from JSON against the schema.
#[divan::bench]
fn baseline_cedar_full_set_json_context(bencher: divan::Bencher) {
    use cedar_policy::{Authorizer, Context, Entities, EntityUid, PolicySet, Request, Schema};
    use std::str::FromStr;
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/groupany/warden.toml");
    let dep = warden_config::load(&path, &|_| None).unwrap();
    let schema = Schema::from_str(&warden_policy::cedar_schema(&dep)).unwrap();
    let mut set = PolicySet::new();
    for (i, f) in dep.policy_files.iter().enumerate() {
        for (j, p) in PolicySet::from_str(&f.text).unwrap().policies().enumerate() {
            set.add(p.new_id(cedar_policy::PolicyId::new(format!("{i}.{j}"))))
                .unwrap();
        }
    }
    let entities = Entities::from_json_value(
        json!([
            {"uid": {"type": "Agent", "id": "support-bot"}, "attrs": {"owner": "o", "purpose": "p"}, "parents": [{"type": "Role", "id": "support"}]},
            {"uid": {"type": "Role", "id": "support"}, "attrs": {}, "parents": []},
            {"uid": {"type": "System", "id": "crm"}, "attrs": {}, "parents": []},
        ]),
        Some(&schema),
    )
    .unwrap();
    let principal = EntityUid::from_str(r#"Agent::"support-bot""#).unwrap();
    let action = EntityUid::from_str(r#"Action::"crm.get_customer""#).unwrap();
    let resource = EntityUid::from_str(r#"System::"crm""#).unwrap();
    let authorizer = Authorizer::new();
    bencher.bench_local(|| {
        let context = Context::from_json_value(
            json!({
                "args": {"customer_id": "C1234"},
                "session": {"labels": []},
                "findings": [],
                "tool": {"name": "crm.get_customer", "system": "crm", "kind": "read", "risk": "low", "external": false, "decision_about_person": false},
                "recipient": {"external": false},
                "provenance": {"untrusted_args": [], "unknown_args": [], "all_trusted": true, "reply": false, "delegated": true, "requested": false},
                "totals": {},
                "time": {"unix": 1, "hour": 2, "weekday": 3},
            }),
            Some((&schema, &action)),
        )
        .unwrap();
        let request = Request::new(principal.clone(), action.clone(), resource.clone(), context, Some(&schema)).unwrap();
        authorizer.is_authorized(&request, &set, &entities)
    });
}
