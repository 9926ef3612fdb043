use std::time::Duration;

use serde_json::json;
use warden_types::{Monitor as Settings, Timestamp};

use super::*;

/// A stored record's text, at `secs` seconds after a fixed Monday 00:00 UTC.
fn rec(seq: u64, secs: i64, event: &str, agent: &str, extra: Value) -> String {
    let base = 1_764_547_200; // 2025-12-01T00:00:00Z, a Monday
    let mut v = json!({
        "seq": seq,
        "ts": Timestamp((base + secs) * 1_000_000).to_rfc3339(),
        "prev_hash": "00",
        "event": event,
        "agent": agent,
        "session": "run_1",
        "tool": null,
        "description": "",
        "input": {"body": "x"},
        "output": null,
        "systems": [],
        "outcome": "received",
        "policies": [],
        "approver": null,
        "actor": null,
        "cost_ms": null,
        "code": null,
        "findings": [],
    });
    if let (Some(o), Value::Object(e)) = (v.as_object_mut(), extra) {
        o.extend(e);
    }
    v.to_string()
}

fn quick() -> Settings {
    Settings {
        warm_up_actions: 3,
        warm_up: Duration::ZERO,
        ..Settings::default()
    }
}

fn send(seq: u64, secs: i64, domain: &str) -> String {
    rec(
        seq,
        secs,
        "action.received",
        "a",
        json!({"tool": "send_email", "output": {"recipients": {"domains": [domain]}}}),
    )
}

fn kinds(r: &[Raised]) -> Vec<&'static str> {
    r.iter().map(|x| x.kind).collect()
}

#[test]
fn a_new_domain_alerts_once_after_warm_up_and_never_before() {
    let mut m = Monitor::new(quick(), State::default());
    // Warming up: new values are learned silently.
    for i in 0..3 {
        let r = m
            .observe_text(&send(i + 1, i as i64, "partner.example"))
            .unwrap();
        assert!(r.is_empty(), "{r:?}");
    }
    assert!(
        m.observe_text(&send(4, 10, "partner.example"))
            .unwrap()
            .is_empty()
    );
    let r = m.observe_text(&send(5, 11, "evil.example")).unwrap();
    assert_eq!(kinds(&r), ["new_domain"]);
    assert_eq!(r[0].evidence, [5]);
    assert!(r[0].summary.contains("evil.example"));
    // Learned: the second message to it is not new.
    assert!(
        m.observe_text(&send(6, 12, "evil.example"))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_warm_up_period_counts_time_as_well_as_actions() {
    let mut s = quick();
    s.warm_up = Duration::from_secs(3600);
    let mut m = Monitor::new(s, State::default());
    for i in 0..10 {
        m.observe_text(&send(i + 1, i as i64, "partner.example"))
            .unwrap();
    }
    assert!(
        m.observe_text(&send(11, 60, "new.example"))
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        kinds(&m.observe_text(&send(12, 3700, "other.example")).unwrap()),
        ["new_domain"]
    );
}

#[test]
fn a_disabled_detector_or_monitor_raises_nothing() {
    let mut s = quick();
    if let Some(d) = s.detectors.get_mut("new_domain") {
        d.enabled = false;
    }
    let mut m = Monitor::new(s, State::default());
    for i in 0..5 {
        m.observe_text(&send(i + 1, i as i64, "a.example")).unwrap();
    }
    assert!(m.observe_text(&send(9, 9, "b.example")).unwrap().is_empty());
    let mut s = quick();
    s.enabled = false;
    let mut m = Monitor::new(s, State::default());
    let inj = rec(
        1,
        0,
        "action.executed",
        "a",
        json!({"findings": ["result: injection.override"]}),
    );
    assert!(m.observe_text(&inj).unwrap().is_empty());
}

#[test]
fn a_rate_spike_is_judged_against_the_learned_baseline() {
    let mut s = quick();
    if let Some(d) = s.detectors.get_mut("rate_spike") {
        d.window = Duration::from_secs(1);
        d.min = 10.0;
    }
    let mut m = Monitor::new(s, State::default());
    let mut seq = 0;
    let mut act = |m: &mut Monitor, secs: i64| {
        seq += 1;
        m.observe_text(&rec(
            seq,
            secs,
            "action.received",
            "a",
            json!({"tool": "read"}),
        ))
        .unwrap()
    };
    // Two a second for 30 seconds: the usual.
    for t in 0..30 {
        for _ in 0..2 {
            assert!(act(&mut m, t).iter().all(|r| r.kind != "rate_spike"));
        }
    }
    // Eight in a second: more than usual but under the floor.
    for _ in 0..8 {
        assert!(act(&mut m, 30).is_empty());
    }
    // Forty in one second: a spike, alerted once.
    let mut spikes = 0;
    for _ in 0..40 {
        spikes += act(&mut m, 31)
            .iter()
            .filter(|r| r.kind == "rate_spike")
            .count();
    }
    assert_eq!(spikes, 1);
}

#[test]
fn a_denial_burst_alerts_with_every_denial_as_evidence() {
    let mut m = Monitor::new(quick(), State::default());
    let deny = |seq: u64, secs: i64| {
        rec(
            seq,
            secs,
            "action.decided",
            "a",
            json!({"outcome": "denied", "code": "denied"}),
        )
    };
    // Four within five minutes, then a gap: no burst.
    for i in 0..4 {
        assert!(m.observe_text(&deny(i + 1, i as i64)).unwrap().is_empty());
    }
    assert!(m.observe_text(&deny(5, 1000)).unwrap().is_empty());
    for i in 0..3 {
        assert!(
            m.observe_text(&deny(6 + i, 1001 + i as i64))
                .unwrap()
                .is_empty()
        );
    }
    let r = m.observe_text(&deny(9, 1010)).unwrap();
    assert_eq!(kinds(&r), ["denial_burst"]);
    assert_eq!(r[0].evidence, [5, 6, 7, 8, 9]);
    // A halted agent's refusals are their own alert, not a burst of denials.
    let halted = rec(
        10,
        1011,
        "action.decided",
        "a",
        json!({"outcome": "denied", "code": "agent_halted"}),
    );
    assert_eq!(
        kinds(&m.observe_text(&halted).unwrap()),
        ["halted_agent_activity"]
    );
}

#[test]
fn an_injection_then_an_external_send_in_the_same_run_is_an_exfiltration_attempt() {
    let mut m = Monitor::new(quick(), State::default());
    let read = rec(
        1,
        0,
        "action.executed",
        "a",
        json!({"outcome": "success", "findings": ["result: injection.override"]}),
    );
    assert_eq!(kinds(&m.observe_text(&read).unwrap()), ["injection"]);
    // From another run: not this run's injection.
    let other = rec(
        2,
        1,
        "action.received",
        "a",
        json!({"session": "run_2", "tool": "send_email", "output": {"recipients": {"domains": ["x.example"]}}}),
    );
    assert!(m.observe_text(&other).unwrap().is_empty());
    // An internal send in the injected run is not an exfiltration attempt.
    let internal = rec(
        3,
        2,
        "action.received",
        "a",
        json!({"tool": "send_email", "output": {"recipients": {"domains": []}}}),
    );
    assert!(m.observe_text(&internal).unwrap().is_empty());
    let send = rec(
        4,
        3,
        "action.received",
        "a",
        json!({"tool": "send_email", "output": {"recipients": {"domains": ["attacker.example"]}}}),
    );
    let r = m.observe_text(&send).unwrap();
    assert_eq!(kinds(&r), ["exfiltration_attempt"]);
    assert_eq!(r[0].severity, Severity::Critical);
    assert_eq!(r[0].evidence, [1, 4]);
}

#[test]
fn new_credentials_and_systems_are_first_uses() {
    let mut m = Monitor::new(quick(), State::default());
    for i in 0..3 {
        m.observe_text(&rec(i + 1, 0, "action.received", "a", json!({"tool": "t"})))
            .unwrap();
    }
    let used = rec(
        4,
        1,
        "secret.used",
        "a",
        json!({"outcome": "success", "output": {"secret": "crm_key"}}),
    );
    assert_eq!(kinds(&m.observe_text(&used).unwrap()), ["new_credential"]);
    assert!(
        m.observe_text(&used.replace("\"seq\":4", "\"seq\":5"))
            .unwrap()
            .is_empty()
    );
    let exec = rec(
        6,
        2,
        "action.executed",
        "a",
        json!({"outcome": "success", "systems": ["crm"]}),
    );
    assert_eq!(kinds(&m.observe_text(&exec).unwrap()), ["new_system"]);
}

#[test]
fn off_hours_activity_needs_a_history_and_a_quiet_hour() {
    let mut m = Monitor::new(quick(), State::default());
    // 300 actions on Mondays between 09:00 and 10:00.
    for i in 0..300 {
        let r = m
            .observe_text(&rec(
                i + 1,
                9 * 3600 + i as i64,
                "action.received",
                "a",
                json!({"tool": "t"}),
            ))
            .unwrap();
        assert!(r.is_empty(), "{r:?}");
    }
    // Tuesday 03:00: never active then.
    let r = m
        .observe_text(&rec(
            301,
            27 * 3600,
            "action.received",
            "a",
            json!({"tool": "t"}),
        ))
        .unwrap();
    assert_eq!(kinds(&r), ["off_hours"]);
    // Next Monday 09:30: usual.
    assert!(
        m.observe_text(&rec(
            302,
            7 * 86_400 + 9 * 3600 + 1800,
            "action.received",
            "a",
            json!({"tool": "t"})
        ))
        .unwrap()
        .is_empty()
    );
}

#[test]
fn the_state_survives_a_round_trip_and_a_restart_resumes_the_baseline() {
    let mut m = Monitor::new(quick(), State::default());
    for i in 0..5 {
        m.observe_text(&send(i + 1, i as i64, "partner.example"))
            .unwrap();
    }
    let text = serde_json::to_string(m.state()).unwrap();
    let back: State = serde_json::from_str(&text).unwrap();
    assert_eq!(&back, m.state());
    let mut resumed = Monitor::new(quick(), back);
    assert!(
        resumed
            .observe_text(&send(6, 6, "partner.example"))
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        kinds(&resumed.observe_text(&send(7, 7, "new.example")).unwrap()),
        ["new_domain"]
    );
}

#[test]
fn unreadable_and_foreign_records_never_panic() {
    let mut m = Monitor::new(quick(), State::default());
    assert!(m.observe_text("not json").is_err());
    assert!(m.observe_text("{}").is_err());
    // No agent, odd outputs, a bad time: nothing raised.
    let no_agent = rec(1, 0, "auth.failed", "a", json!({"agent": null}));
    assert!(m.observe_text(&no_agent).unwrap().is_empty());
    for output in [
        json!("text"),
        json!([1, 2]),
        json!({"recipients": "x"}),
        json!({"recipients": {"domains": [1]}}),
    ] {
        let r = rec(2, 0, "action.received", "a", json!({"output": output}));
        assert!(m.observe_text(&r).unwrap().is_empty());
    }
    let bad_time = rec(3, 0, "action.received", "a", json!({"ts": "yesterday"}));
    assert!(m.observe_text(&bad_time).unwrap().is_empty());
}

#[test]
fn a_storm_of_new_domains_is_grouped_into_one_alert_an_hour() {
    let mut m = Monitor::new(quick(), State::default());
    for i in 0..3 {
        m.observe_text(&send(i + 1, i as i64, "partner.example"))
            .unwrap();
    }
    let mut dedups = std::collections::BTreeSet::new();
    for i in 0..200u64 {
        let r = m
            .observe_text(&send(10 + i, 10 + i as i64, &format!("d{i}.example")))
            .unwrap();
        assert_eq!(kinds(&r), ["new_domain"]);
        dedups.insert(r[0].dedup.clone());
    }
    // Fifty distinct alerts, then one that groups the rest.
    assert_eq!(dedups.len(), 51);
    // The next hour starts over.
    let r = m
        .observe_text(&send(500, 3700, "next-hour.example"))
        .unwrap();
    assert!(!r[0].summary.contains("grouped"), "{r:?}");
}

#[test]
fn a_detector_can_have_its_own_warm_up() {
    let mut s = quick();
    s.warm_up_actions = 1000;
    if let Some(d) = s.detectors.get_mut("new_domain") {
        d.warm_up_actions = Some(2);
    }
    let mut m = Monitor::new(s, State::default());
    for i in 0..3 {
        m.observe_text(&send(i + 1, i as i64, "partner.example"))
            .unwrap();
    }
    // new_domain is warmed up (its own two actions); new_tool is not (the monitor's 1000).
    let r = m
        .observe_text(&rec(
            9,
            9,
            "action.received",
            "a",
            json!({"tool": "other_tool", "output": {"recipients": {"domains": ["new.example"]}}}),
        ))
        .unwrap();
    assert_eq!(kinds(&r), ["new_domain"]);
}

#[test]
fn what_warden_flags_itself_becomes_an_alert_with_or_without_an_agent() {
    let mut m = Monitor::new(quick(), State::default());
    let held = rec(
        1,
        0,
        "tool.held",
        "a",
        json!({"agent": null, "tool": "kb.search", "outcome": "success", "description": "MCP tool `kb.search` changed"}),
    );
    let r = m.observe_text(&held).unwrap();
    assert_eq!(kinds(&r), ["tool_changed"]);
    assert_eq!(r[0].agent, None);
    assert_eq!(r[0].summary, "MCP tool `kb.search` changed");
    let budget = rec(
        2,
        1,
        "budget.alert",
        "a",
        json!({"outcome": "success", "description": "agent a used 80% of its daily budget"}),
    );
    let r = m.observe_text(&budget).unwrap();
    assert_eq!(kinds(&r), ["budget"]);
    assert_eq!(r[0].agent.as_deref(), Some("a"));
    // A notification that failed is not one (an alert about it could fail the same way).
    let failed = rec(
        3,
        2,
        "notification.failed",
        "a",
        json!({"outcome": "failure"}),
    );
    assert!(m.observe_text(&failed).unwrap().is_empty());
}
