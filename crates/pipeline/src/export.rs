//! The audit log for other systems: JSON Lines (the stored, hashable records) or OCSF-shaped
//! JSON for security data lakes, exported on demand or streamed as records are written to a
//! webhook or to syslog (RFC 5424), at least once, with the position kept in the database.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use warden_types::{AuditEvent, AuditRecord, AuditStream, EventKind, Outcome, StreamTarget};

use crate::Gateway;

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

fn is_alert(kind: EventKind) -> bool {
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

/// Why a delivery did not go through.
#[derive(Debug)]
enum Failure {
    /// Try again later (the destination is down, slow, or refuses for now).
    Retry(String),
    /// The destination refused this page for good: with several records, send fewer at a time;
    /// with one, that record can never be delivered.
    PageRefused(String),
    /// Record `seq` can never be delivered (the records before it in the page were).
    Undeliverable { seq: u64, why: String },
}

/// How long a webhook stream's endpoint may take to take one page.
const WEBHOOK_TIMEOUT: Duration = Duration::from_secs(30);

/// How long a process holds an audit stream before it must renew its lease.
const STREAM_LEASE: Duration = Duration::from_secs(30);

/// This process's name on stream leases: the host, the process id and a random part.
fn lease_owner() -> String {
    let mut r = [0u8; 8];
    let _ = getrandom::fill(&mut r);
    format!(
        "{}/{}/{}",
        hostname(),
        std::process::id(),
        r.iter().map(|b| format!("{b:02x}")).collect::<String>()
    )
}

/// The largest syslog message sent over UDP (an IPv4 datagram's payload, less headroom).
const MAX_UDP_MESSAGE: usize = 65_000;

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
/// the sequence number and hash; the message is the line in the stream's format.
pub fn syslog(record: &AuditRecord, hash: &str, body: &str, host: &str) -> String {
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
        "<{pri}>1 {} {} warden {} {msgid} [warden@32473 seq=\"{}\" hash=\"{hash}\"] \u{feff}{body}",
        record.ts,
        if host.is_empty() { "-" } else { host },
        std::process::id(),
        record.seq,
    )
}

fn hostname() -> String {
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

/// A syslog connection (TCP keeps one, with octet-counting framing as RFC 6587 describes).
enum Syslog {
    Udp(tokio::net::UdpSocket),
    Tcp(Option<tokio::net::TcpStream>),
}

impl Gateway {
    /// `GET /v1/admin/audit/records?after=&limit=`: a page of stored records, oldest first.
    pub async fn audit_records(
        &self,
        _admin: &crate::Admin,
        after: u64,
        limit: u64,
    ) -> Result<Value, crate::Refusal> {
        let page = self
            .store
            .audit_after(after, limit.clamp(1, 10_000))
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "cannot read the audit log");
                crate::Refusal::internal()
            })?;
        let last = page.last().map(|p| p.0);
        let head = self
            .store
            .tree_head(None)
            .await
            .map(|h| h.size)
            .unwrap_or(0);
        Ok(json!({
            "records": page.into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            "last": last,
            "size": head,
        }))
    }

    /// Delivers one page; an error leaves the cursor where it was (delivered again later),
    /// except past the records it says were delivered.
    async fn deliver(
        &self,
        stream: &AuditStream,
        format: Format,
        page: &[(u64, String)],
        syslog_conn: &mut Option<Syslog>,
        host: &str,
    ) -> Result<(), Failure> {
        match &stream.target {
            StreamTarget::Webhook { url, headers } => {
                let mut body = String::new();
                for (seq, text) in page {
                    let l = line(format, text)
                        .map_err(|why| Failure::Undeliverable { seq: *seq, why })?;
                    body.push_str(&l);
                    body.push('\n');
                }
                let first = page.first().map_or(0, |p| p.0);
                let last = page.last().map_or(0, |p| p.0);
                let mut req = self
                    .llm_http
                    .post(url)
                    .timeout(WEBHOOK_TIMEOUT)
                    .header("content-type", "application/x-ndjson")
                    .header("x-warden-stream", &stream.name)
                    .header("x-warden-seq-range", format!("{first}-{last}"))
                    .body(body);
                for (k, v) in headers {
                    req = req.header(k, self.render_header(v).map_err(Failure::Retry)?.as_str());
                }
                match req.send().await {
                    Ok(r) if r.status().is_success() => Ok(()),
                    // Too large: the same bytes will never be taken. (Other refusals, 400 and
                    // 422 included, may as well be a misconfigured endpoint: retried, never
                    // skipped.)
                    Ok(r) if r.status().as_u16() == 413 => Err(Failure::PageRefused(format!(
                        "the webhook answered HTTP {}",
                        r.status().as_u16()
                    ))),
                    Ok(r) => Err(Failure::Retry(format!(
                        "the webhook answered HTTP {}",
                        r.status().as_u16()
                    ))),
                    Err(e) => Err(Failure::Retry(format!(
                        "the webhook cannot be reached: {}",
                        e.without_url()
                    ))),
                }
            }
            StreamTarget::Syslog { tcp, addr } => {
                use tokio::io::AsyncWriteExt as _;
                let retry = |e: std::io::Error| Failure::Retry(e.to_string());
                if syslog_conn.is_none() {
                    *syslog_conn = Some(if *tcp {
                        Syslog::Tcp(None)
                    } else {
                        let s = tokio::net::UdpSocket::bind("0.0.0.0:0")
                            .await
                            .map_err(retry)?;
                        s.connect(addr).await.map_err(retry)?;
                        Syslog::Udp(s)
                    });
                }
                for (seq, text) in page {
                    let seq = *seq;
                    let undeliverable = |why: String| Failure::Undeliverable { seq, why };
                    let record: AuditRecord = serde_json::from_str(text)
                        .map_err(|e| undeliverable(format!("the record does not parse: {e}")))?;
                    let hash = warden_types::record_hash(text);
                    let msg = syslog(
                        &record,
                        &hash,
                        &line(format, text).map_err(undeliverable)?,
                        host,
                    );
                    match syslog_conn {
                        Some(Syslog::Udp(s)) => {
                            if msg.len() > MAX_UDP_MESSAGE {
                                return Err(undeliverable(format!(
                                    "its syslog message is {} bytes, more than a UDP datagram \
                                     holds (use syslog over TCP)",
                                    msg.len()
                                )));
                            }
                            s.send(msg.as_bytes()).await.map_err(retry)?;
                        }
                        Some(Syslog::Tcp(conn)) => {
                            if conn.is_none() {
                                *conn =
                                    Some(tokio::net::TcpStream::connect(addr).await.map_err(
                                        |e| Failure::Retry(format!("syslog {addr}: {e}")),
                                    )?);
                            }
                            let framed = format!("{} {msg}", msg.len());
                            if let Some(c) = conn.as_mut()
                                && let Err(e) = c.write_all(framed.as_bytes()).await
                            {
                                *conn = None;
                                return Err(Failure::Retry(format!("syslog {addr}: {e}")));
                            }
                        }
                        None => return Err(Failure::Retry("no syslog connection".into())),
                    }
                }
                if let Some(Syslog::Tcp(Some(c))) = syslog_conn {
                    c.flush().await.map_err(retry)?;
                }
                Ok(())
            }
        }
    }

    /// Streams every record to `stream`, oldest first, from where it last stopped. A page the
    /// destination refuses for good is sent again in smaller pages; a single record it refuses
    /// for good is skipped, and the skip recorded (`audit.stream_skipped`, an alert) before the
    /// stream moves past it: one bad record does not stop the stream, and none goes missing
    /// unnoticed.
    async fn run_stream(self: Arc<Self>, stream: AuditStream) {
        let format = Format::parse(&stream.format).unwrap_or(Format::Jsonl);
        let host = hostname();
        let mut conn = None;
        let mut backoff = Duration::from_secs(1);
        let mut batch = stream.batch.max(1);
        let mut cursor = 0;
        // Several processes on one database: one delivers, holding the stream's lease (renewed
        // long before it runs out); the others wait to take over.
        let owner = lease_owner();
        let mut held_until: Option<tokio::time::Instant> = None;
        loop {
            let now = tokio::time::Instant::now();
            if held_until.is_none_or(|t| t.saturating_duration_since(now) < STREAM_LEASE * 2 / 3) {
                match self
                    .store
                    .lease_stream(stream.name.clone(), owner.clone(), STREAM_LEASE)
                    .await
                {
                    Ok(true) => {
                        if held_until.is_none() {
                            // Taken (or taken over): go on from where the stream stands.
                            match self.store.stream_cursor(stream.name.clone()).await {
                                Ok(c) => cursor = c,
                                Err(e) => {
                                    tracing::error!(stream = %stream.name, error = %e, "cannot read the stream's position");
                                    tokio::time::sleep(backoff).await;
                                    continue;
                                }
                            }
                        }
                        held_until = Some(now + STREAM_LEASE);
                    }
                    Ok(false) => {
                        held_until = None;
                        tokio::time::sleep(STREAM_LEASE / 6).await;
                        continue;
                    }
                    Err(e) => {
                        tracing::error!(stream = %stream.name, error = %e, "cannot take the stream's lease");
                        held_until = None;
                        tokio::time::sleep(backoff).await;
                        continue;
                    }
                }
            }
            let page = match self.store.audit_after(cursor, batch).await {
                Ok(p) => p,
                Err(e) => {
                    tracing::error!(stream = %stream.name, error = %e, "cannot read the log");
                    tokio::time::sleep(backoff).await;
                    continue;
                }
            };
            let Some(last) = page.last().map(|p| p.0) else {
                tokio::time::sleep(Duration::from_millis(250)).await;
                continue;
            };
            let (delivered, skip) = match self
                .deliver(&stream, format, &page, &mut conn, &host)
                .await
            {
                Ok(()) => (Some(last), None),
                Err(Failure::Retry(why)) => {
                    tracing::warn!(stream = %stream.name, error = %why, retry_in = ?backoff, "audit stream delivery failed");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(60));
                    continue;
                }
                Err(Failure::PageRefused(why)) if page.len() > 1 => {
                    batch = (page.len() as u64 / 2).max(1);
                    tracing::warn!(stream = %stream.name, error = %why, batch, "audit stream page refused; sending fewer records at a time");
                    continue;
                }
                Err(Failure::PageRefused(why)) => {
                    let seq = page.first().map_or(last, |p| p.0);
                    (seq.checked_sub(1).filter(|s| *s > cursor), Some((seq, why)))
                }
                Err(Failure::Undeliverable { seq, why }) => {
                    (seq.checked_sub(1).filter(|s| *s > cursor), Some((seq, why)))
                }
            };
            if let Some((seq, why)) = &skip
                && let Err(e) = self.record_skip(&stream, *seq, why).await
            {
                // Never move past a record without the skip on record.
                tracing::error!(stream = %stream.name, seq, error = %e, "cannot record an undeliverable record; retrying");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(60));
                if let Some(d) = delivered {
                    cursor = self.save_cursor(&stream, d).await;
                }
                continue;
            }
            let upto = skip.as_ref().map(|(seq, _)| *seq).or(delivered);
            if let Some(upto) = upto {
                cursor = self.save_cursor(&stream, upto).await;
            }
            backoff = Duration::from_secs(1);
            batch = stream.batch.max(1);
        }
    }

    /// Remembers that `stream` is through record `seq`; returns it.
    async fn save_cursor(&self, stream: &AuditStream, seq: u64) -> u64 {
        if let Err(e) = self.store.set_stream_cursor(stream.name.clone(), seq).await {
            // Delivered but not remembered: sent again after a restart.
            tracing::error!(stream = %stream.name, error = %e, "cannot save the stream's position");
        }
        seq
    }

    /// Records that record `seq` was skipped by `stream`, and why.
    async fn record_skip(
        &self,
        stream: &AuditStream,
        seq: u64,
        why: &str,
    ) -> Result<(), warden_store::StoreError> {
        tracing::error!(stream = %stream.name, seq, reason = %why, "audit stream: a record can never be delivered; skipped");
        let mut e = AuditEvent::new(
            EventKind::AuditStreamSkipped,
            Outcome::Failure,
            format!("audit stream `{}` skipped record {seq}: {why}", stream.name),
        );
        e.actor = Some("warden".into());
        e.output = json!({"stream": stream.name, "seq": seq, "reason": why});
        self.store.append(vec![e]).await.map(|_| ())
    }

    /// Starts one task per configured stream.
    pub fn start_streams(self: &Arc<Self>) -> Vec<tokio::task::JoinHandle<()>> {
        self.dep()
            .audit
            .streams
            .iter()
            .cloned()
            .map(|s| tokio::spawn(Arc::clone(self).run_stream(s)))
            .collect()
    }
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
        let m = syslog(&r, "ab", &text, "gw-1");
        // <PRI>VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP SD SP MSG
        assert!(m.starts_with("<108>1 2026-"), "{m}");
        let parts: Vec<&str> = m.splitn(8, ' ').collect();
        assert_eq!(parts[2], "gw-1");
        assert_eq!(parts[3], "warden");
        assert_eq!(parts[5], "action.decided");
        assert!(parts[6].starts_with("[warden@32473"), "{m}");
        assert!(m.contains("seq=\"42\" hash=\"ab\"] \u{feff}{"), "{m}");
        assert!(m.ends_with(&text));
    }
}
