//! The audit log for other systems, exported on demand or streamed as records are written to a
//! webhook or to syslog, at least once, with the position kept in the database. The formats
//! (JSON Lines, OCSF, RFC 5424 syslog) are `warden_audit::export`'s; this is their delivery.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use warden_audit::export::{Format, hostname, line, octet_counted, syslog};
use warden_types::{AuditRecord, AuditStream, StreamTarget};

use crate::Gateway;
use crate::admin_log::AdminLog;

/// A record's event kind, read without the rest of it.
#[derive(serde::Deserialize)]
struct EventOnly {
    event: String,
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
pub(crate) fn lease_owner() -> String {
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
                        std::process::id(),
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
                            let framed = octet_counted(&msg);
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
            // A stream of some event kinds only (`events`): the others are passed over, and the
            // cursor moves past them with the page.
            let page = if stream.events.is_empty() {
                page
            } else {
                let selected: Vec<(u64, String)> = page
                    .into_iter()
                    .filter(|(_, text)| {
                        serde_json::from_str::<EventOnly>(text)
                            .is_ok_and(|r| stream.events.contains(&r.event))
                    })
                    .collect();
                if selected.is_empty() {
                    cursor = self.save_cursor(&stream, last).await;
                    continue;
                }
                selected
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
        AdminLog(&*self.store)
            .stream_skipped(&stream.name, seq, why)
            .await
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
