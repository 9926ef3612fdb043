//! The audit log for other systems: JSON Lines (the stored, hashable records), OCSF-shaped JSON
//! for security data lakes, and RFC 5424 syslog messages. Delivery (webhooks, syslog sockets,
//! the stream's lease and position) is the pipeline's; these are the bytes it sends.

use serde_json::{Value, json};
use warden_types::{AuditRecord, EventKind, Outcome};

/// How records are written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The record's stored canonical JSON, as hashed: anyone can recompute the chain.
    Jsonl,
    /// An OCSF 1.3 API Activity event (class 6003) with the record in `unmapped.warden`.
    Ocsf,
}

impl Format {
    /// `jsonl` or `ocsf`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "jsonl" => Some(Self::Jsonl),
            "ocsf" => Some(Self::Ocsf),
            _ => None,
        }
    }
}

/// One record (its stored text) in `format`, as one line without the newline.
pub fn line(format: Format, text: &str) -> Result<String, String> {
    match format {
        Format::Jsonl => Ok(text.to_owned()),
        Format::Ocsf => {
            let record: AuditRecord =
                serde_json::from_str(text).map_err(|e| format!("a record does not parse: {e}"))?;
            Ok(ocsf(&record, &warden_types::record_hash(text)).to_string())
        }
    }
}

/// Whether records of `kind` are alerts (OCSF severity 3, syslog warning).
pub fn is_alert(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::SecretAlert
            | EventKind::BudgetAlert
            | EventKind::ToolHeld
            | EventKind::SecretRotationFailed
            | EventKind::AuditStreamSkipped
            | EventKind::AuditTreeRebuilt
    )
}

/// OCSF 1.3 API Activity (category 6, Application Activity): who (the agent or operator),
/// what (the tool as the API operation, its system as the service), the outcome, and the
/// record itself, unchanged, under `unmapped.warden`.
pub fn ocsf(r: &AuditRecord, hash: &str) -> Value {
    let e = &r.event;
    let time_ms = warden_types::parse_rfc3339(&r.ts).map_or(0, |t| t.0 / 1000);
    let (status_id, status) = match e.outcome {
        Outcome::Success | Outcome::Approved | Outcome::Received => (1, "Success"),
        Outcome::Failure | Outcome::Denied | Outcome::Expired | Outcome::Cancelled => {
            (2, "Failure")
        }
        Outcome::Escalated => (99, "Other"),
    };
    let severity_id = if is_alert(e.event) {
        3
    } else if matches!(e.outcome, Outcome::Denied | Outcome::Failure) {
        2
    } else {
        1
    };
    let user = match (&e.agent, &e.actor) {
        (Some(agent), _) => json!({"name": agent, "type": "Other", "type_id": 99, "uid": agent}),
        (None, Some(actor)) => json!({"name": actor, "type": "User", "type_id": 1, "uid": actor}),
        (None, None) => json!({"name": "warden", "type": "System", "type_id": 3}),
    };
    let mut actor = serde_json::Map::new();
    actor.insert("user".into(), user);
    actor.insert("app_name".into(), json!("warden"));
    if let Some(s) = &e.session {
        actor.insert("session".into(), json!({"uid": s}));
    }
    let mut out = json!({
        "class_uid": 6003,
        "class_name": "API Activity",
        "category_uid": 6,
        "category_name": "Application Activity",
        "activity_id": 99,
        "activity_name": e.event.as_str(),
        "type_uid": 600_399,
        "type_name": format!("API Activity: {}", e.event.as_str()),
        "time": time_ms,
        "severity_id": severity_id,
        "status_id": status_id,
        "status": status,
        "status_detail": e.outcome.as_str(),
        "message": e.description,
        "actor": actor,
        "api": {
            "operation": e.tool.clone().unwrap_or_else(|| e.event.as_str().to_owned()),
            "service": {"name": e.systems.first().cloned().unwrap_or_else(|| "warden".into())},
        },
        "resources": e.systems.iter().map(|s| json!({"name": s, "type": "system"})).collect::<Vec<_>>(),
        "metadata": {
            "version": "1.3.0",
            "product": {"name": "Warden", "vendor_name": "Warden"},
            "log_name": "audit",
            "uid": r.seq.to_string(),
            "sequence": r.seq,
            "correlation_uid": e.action_id,
            "original_time": r.ts,
        },
        "unmapped": {"warden": {"record": r, "hash": hash}},
    });
    if let (Some(code), Some(o)) = (&e.code, out.as_object_mut()) {
        o.insert("status_code".into(), json!(code));
    }
    out
}

/// An RFC 5424 syslog message for one record: facility 13 (log audit), severity 6
/// (informational) or 4 (warning) for refusals, failures and alerts; structured data with
/// the sequence number and hash; the message is the line in the stream's format. `host` is the
/// HOSTNAME field (`-` when empty, see [`hostname`]) and `procid` the sending process's id.
pub fn syslog(record: &AuditRecord, hash: &str, body: &str, host: &str, procid: u32) -> String {
    let warn = is_alert(record.event.event)
        || matches!(record.event.outcome, Outcome::Denied | Outcome::Failure);
    let pri = 13 * 8 + if warn { 4 } else { 6 };
    let msgid: String = record
        .event
        .event
        .as_str()
        .chars()
        .filter(|c| c.is_ascii_graphic())
        .take(32)
        .collect();
    // RFC 5424 §6.4: a UTF-8 MSG starts with the byte order mark.
    format!(
        "<{pri}>1 {} {} warden {procid} {msgid} [warden@32473 seq=\"{}\" hash=\"{hash}\"] \u{feff}{body}",
        record.ts,
        if host.is_empty() { "-" } else { host },
        record.seq,
    )
}

/// A syslog message framed for TCP by octet counting (RFC 6587 §3.4.1): its length, a space,
/// the message.
pub fn octet_counted(msg: &str) -> String {
    format!("{} {msg}", msg.len())
}

/// This machine's name as an RFC 5424 HOSTNAME: printable ASCII, at most 255 characters; empty
/// when it cannot be read.
pub fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| {
            h.trim()
                .chars()
                .filter(char::is_ascii_graphic)
                .take(255)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use warden_types::{AuditEvent, Timestamp};

    fn record() -> (AuditRecord, String) {
        let mut e = AuditEvent::new(
            EventKind::ActionDecided,
            Outcome::Denied,
            "denied by policy",
        );
        e.agent = Some("support-bot".into());
        e.tool = Some("payments.send".into());
        e.systems = vec!["bank".into()];
        e.action_id = Some("act_1".into());
        e.code = Some("denied".into());
        let r = AuditRecord::new(
            42,
            Timestamp(1_790_000_000_123_456),
            warden_types::GENESIS_HASH.into(),
            e,
        );
        let text = r.canonical();
        (r, text)
    }

    #[test]
    fn ocsf_events_carry_the_class_the_actor_and_the_record() {
        let (r, text) = record();
        let v: Value = serde_json::from_str(&line(Format::Ocsf, &text).unwrap()).unwrap();
        assert_eq!(v["class_uid"], 6003);
        assert_eq!(v["type_uid"], 600_399);
        assert_eq!(v["time"], 1_790_000_000_123_i64);
        assert_eq!(v["status_id"], 2);
        assert_eq!(v["severity_id"], 2);
        assert_eq!(v["status_code"], "denied");
        assert_eq!(v["actor"]["user"]["name"], "support-bot");
        assert_eq!(v["api"]["operation"], "payments.send");
        assert_eq!(v["api"]["service"]["name"], "bank");
        assert_eq!(v["metadata"]["sequence"], 42);
        assert_eq!(v["metadata"]["correlation_uid"], "act_1");
        // The record itself survives, so its hash can be recomputed.
        let inner: AuditRecord =
            serde_json::from_value(v["unmapped"]["warden"]["record"].clone()).unwrap();
        assert_eq!(inner.canonical(), text);
        assert_eq!(
            v["unmapped"]["warden"]["hash"],
            warden_types::record_hash(&r.canonical())
        );
        assert_eq!(line(Format::Jsonl, &text).unwrap(), text);
        assert!(line(Format::Ocsf, "{").is_err());
    }

    #[test]
    fn syslog_messages_follow_rfc_5424() {
        let (r, text) = record();
        let m = syslog(&r, "ab", &text, "gw-1", 4242);
        // <PRI>VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP SD SP MSG
        assert!(m.starts_with("<108>1 2026-"), "{m}");
        let parts: Vec<&str> = m.splitn(8, ' ').collect();
        assert_eq!(parts[2], "gw-1");
        assert_eq!(parts[3], "warden");
        assert_eq!(parts[4], "4242");
        assert_eq!(parts[5], "action.decided");
        assert!(parts[6].starts_with("[warden@32473"), "{m}");
        assert!(m.contains("seq=\"42\" hash=\"ab\"] \u{feff}{"), "{m}");
        assert!(m.ends_with(&text));
        assert!(syslog(&r, "ab", &text, "", 1).contains("Z - warden 1 "));
        assert_eq!(octet_counted("<14>1 x"), "7 <14>1 x");
    }

    /// Golden records, one per way a record is classed and attributed: an agent's refused
    /// action (a warning), an operator's administrative event (informational), an alert raised
    /// by the gateway, and an event with no actor at all (OCSF's system user). Timestamps, host
    /// and process id are fixed.
    fn golden() -> Vec<(&'static str, AuditRecord)> {
        let ts = Timestamp(1_790_000_000_123_456);
        let prev = warden_types::GENESIS_HASH.to_owned();

        let mut denied = AuditEvent::new(
            EventKind::ActionDecided,
            Outcome::Denied,
            "denied by policy",
        );
        denied.agent = Some("support-bot".into());
        denied.session = Some("ses_1".into());
        denied.tool = Some("payments.send".into());
        denied.systems = vec!["bank".into()];
        denied.action_id = Some("act_1".into());
        denied.code = Some("denied".into());
        denied.policies = vec!["no-payments".into()];
        denied.input = json!({"amount": 100, "to": "<EMAIL_1>"});
        denied.policy_set = Some("ab".repeat(32));

        let checkpoint = crate::event::audit_checkpoint("alice", 41, &"cd".repeat(32));

        let skipped =
            crate::event::audit_stream_skipped("lake", 7, "the webhook answered HTTP 413");

        let loaded = crate::event::config_loaded(
            crate::event::ConfigSize {
                agents: 2,
                tools: 5,
                policies: 7,
            },
            json!({"policy_set": "ef".repeat(32)}),
        );

        vec![
            ("refused", AuditRecord::new(42, ts, prev.clone(), denied)),
            (
                "admin",
                AuditRecord::new(43, ts, "01".repeat(32), checkpoint),
            ),
            ("alert", AuditRecord::new(44, ts, "02".repeat(32), skipped)),
            ("system", AuditRecord::new(45, ts, "03".repeat(32), loaded)),
        ]
    }

    #[test]
    fn golden_ocsf() {
        for (name, r) in golden() {
            let text = r.canonical();
            let v: Value = serde_json::from_str(&line(Format::Ocsf, &text).unwrap()).unwrap();
            insta::assert_json_snapshot!(format!("ocsf_{name}"), v);
        }
    }

    #[test]
    fn golden_jsonl() {
        for (name, r) in golden() {
            let text = r.canonical();
            insta::assert_snapshot!(format!("jsonl_{name}"), line(Format::Jsonl, &text).unwrap());
        }
    }

    #[test]
    fn golden_syslog() {
        for (name, r) in golden() {
            let text = r.canonical();
            let hash = warden_types::record_hash(&text);
            let body = line(Format::Jsonl, &text).unwrap();
            insta::assert_snapshot!(
                format!("syslog_{name}"),
                syslog(&r, &hash, &body, "gw-1.example", 4242)
            );
        }
    }
}
