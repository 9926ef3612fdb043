//! The detectors' cost per record: `cargo bench -p warden-monitor --bench detectors`.
//!
//! A warmed-up agent's mixed traffic (reads, external sends, decisions, LLM calls, secret
//! uses), parsed from the stored text as the monitor reads it.

use serde_json::json;
use warden_monitor::{Monitor, State};
use warden_types::Timestamp;

fn main() {
    divan::main();
}

fn records(n: usize) -> Vec<String> {
    let base = 1_764_547_200i64;
    (0..n)
        .map(|i| {
            let secs = base + (i as i64) / 20;
            let (event, extra) = match i % 6 {
                0 => ("action.received", json!({"tool": "crm_read", "input": {"id": "<EMAIL_1>", "fields": ["name", "plan", "notes"]}})),
                1 => ("action.decided", json!({"tool": "crm_read", "outcome": "success"})),
                2 => ("action.executed", json!({"tool": "crm_read", "outcome": "success", "systems": ["crm"], "output": {"status": 200, "body": "x".repeat(400)}})),
                3 => ("action.received", json!({"tool": "send_email", "output": {"recipients": {"domains": [format!("d{}.example", i % 40)]}}})),
                4 => ("llm.call", json!({"outcome": "success", "systems": ["openai"], "usage": {"input_tokens": 900, "output_tokens": 200, "cost_nanousd": 4_000_000, "estimated": false}})),
                _ => ("secret.used", json!({"outcome": "success", "output": {"secret": "crm_key", "reference": "x", "version": 1}})),
            };
            let mut v = json!({
                "seq": i + 1, "ts": Timestamp(secs * 1_000_000).to_rfc3339(), "prev_hash": "0".repeat(64),
                "event": event, "agent": format!("agent{}", i % 5), "session": "run_1", "tool": null,
                "description": "agent `agent1` asked to use `crm_read`", "input": null, "output": null,
                "systems": [], "outcome": "received", "policies": ["p1"], "approver": null, "actor": null,
                "cost_ms": null, "code": null, "findings": [],
            });
            if let (Some(o), serde_json::Value::Object(e)) = (v.as_object_mut(), extra) {
                o.extend(e);
            }
            v.to_string()
        })
        .collect()
}

#[divan::bench]
fn observe_one_record(b: divan::Bencher) {
    let settings = warden_types::Monitor {
        warm_up_actions: 10,
        warm_up: std::time::Duration::ZERO,
        ..warden_types::Monitor::default()
    };
    let warm = records(20_000);
    let mut m = Monitor::new(settings, State::default());
    for r in &warm {
        let _ = m.observe_text(r);
    }
    let sample = records(20_600);
    let tail: Vec<String> = sample.into_iter().skip(20_000).collect();
    let mut i = 0usize;
    b.bench_local(|| {
        i = (i + 1) % tail.len();
        let r = tail.get(i).map_or("", String::as_str);
        divan::black_box(m.observe_text(r).map(|v| v.len()))
    });
}

/// The comparison in the same run: only parsing the same records into a `serde_json::Value`
/// (what any consumer of the log pays before looking at a record).
#[divan::bench]
fn parse_one_record_only(b: divan::Bencher) {
    let tail: Vec<String> = records(20_600).into_iter().skip(20_000).collect();
    let mut i = 0usize;
    b.bench_local(|| {
        i = (i + 1) % tail.len();
        let r = tail.get(i).map_or("", String::as_str);
        divan::black_box(serde_json::from_str::<serde_json::Value>(r).map(|v| v.is_object()))
    });
}
