//! Traces over OTLP/HTTP (`[telemetry] otlp_endpoint`): one span per request — an action, an
//! MCP call, an LLM call — with the OpenTelemetry semantic conventions for generative AI
//! (`gen_ai.operation.name`, `gen_ai.tool.name`, `gen_ai.request.model`, `gen_ai.usage.*`) and
//! MCP (`mcp.method.name`), and Warden's own (`warden.agent`, `warden.outcome`, `warden.code`,
//! `warden.action_id`). No argument, result or prompt goes into a span: names, counts and codes.
//!
//! Spans are queued (at most [`QUEUE`]; beyond it they are dropped and counted) and sent in
//! batches of up to [`BATCH`] every second as an `ExportTraceServiceRequest` in protobuf, the
//! format every collector takes; the encoder is the few messages the export needs, written
//! here rather than pulling in a protobuf toolchain. A failed export is retried once, then
//! dropped and counted: telemetry never holds up the gateway.

use std::sync::Weak;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::mpsc;

use crate::Gateway;

/// Spans waiting for export.
pub(crate) const QUEUE: usize = 8_192;
/// Spans per export request.
pub(crate) const BATCH: usize = 512;
/// The longest one export may take.
const EXPORT_TIMEOUT: Duration = Duration::from_secs(10);

/// An attribute's value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Attr {
    Str(String),
    Int(i64),
}

/// One finished span.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Span {
    pub(crate) trace_id: [u8; 16],
    pub(crate) span_id: [u8; 8],
    /// The caller's span, when it sent a trace context.
    pub(crate) parent: Option<[u8; 8]>,
    pub(crate) name: String,
    /// Unix nanoseconds.
    pub(crate) start: u64,
    pub(crate) end: u64,
    pub(crate) attributes: Vec<(&'static str, Attr)>,
    /// Set when the request was refused or failed: the status is then an error with it.
    pub(crate) error: Option<String>,
}

/// The queue and what was lost.
pub(crate) struct Exporter {
    tx: mpsc::Sender<Span>,
    rx: std::sync::Mutex<Option<mpsc::Receiver<Span>>>,
    pub(crate) dropped: AtomicU64,
    pub(crate) exported: AtomicU64,
}

impl Default for Exporter {
    fn default() -> Self {
        let (tx, rx) = mpsc::channel(QUEUE);
        Self {
            tx,
            rx: std::sync::Mutex::new(Some(rx)),
            dropped: AtomicU64::new(0),
            exported: AtomicU64::new(0),
        }
    }
}

impl Exporter {
    /// Queues a span (dropped, and counted, when the queue is full).
    pub(crate) fn push(&self, span: Span) {
        if self.tx.try_send(span).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// The caller's trace context (W3C `traceparent`): the trace a request's span joins and the
/// span it is a child of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TraceParent {
    /// The trace.
    pub trace_id: [u8; 16],
    /// The caller's span.
    pub parent_id: [u8; 8],
}

impl TraceParent {
    /// Parses a `traceparent` header (`00-<32 hex>-<16 hex>-<2 hex>`, lowercase; a later
    /// version's extra fields are ignored, as the recommendation says); `None` for anything
    /// else, an all-zero id or version `ff`.
    pub fn parse(header: &str) -> Option<Self> {
        let mut parts = header.trim().split('-');
        let version = parts.next()?;
        let trace = parts.next()?;
        let parent = parts.next()?;
        let flags = parts.next()?;
        if version.len() != 2 || version == "ff" || flags.len() != 2 {
            return None;
        }
        if version == "00" && parts.next().is_some() {
            return None;
        }
        let hex = |s: &str, out: &mut [u8]| -> Option<()> {
            if s.len() != out.len() * 2
                || !s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            {
                return None;
            }
            for (i, o) in out.iter_mut().enumerate() {
                *o = u8::from_str_radix(s.get(i * 2..i * 2 + 2)?, 16).ok()?;
            }
            Some(())
        };
        let (mut trace_id, mut parent_id) = ([0u8; 16], [0u8; 8]);
        hex(version, &mut [0u8; 1])?;
        hex(flags, &mut [0u8; 1])?;
        hex(trace, &mut trace_id)?;
        hex(parent, &mut parent_id)?;
        if trace_id == [0; 16] || parent_id == [0; 8] {
            return None;
        }
        Some(Self {
            trace_id,
            parent_id,
        })
    }
}

tokio::task_local! {
    /// The trace context of the request being served (set by the server for each request).
    pub static TRACE_PARENT: Option<TraceParent>;
}

/// The current request's trace context, if it has one.
pub fn current_parent() -> Option<TraceParent> {
    TRACE_PARENT.try_with(|p| *p).ok().flatten()
}

/// Ids for a request's span: the caller's trace (a child of its span) or a trace of its own.
pub(crate) fn ids() -> ([u8; 16], [u8; 8], Option<[u8; 8]>) {
    let mut t = [0u8; 16];
    let mut s = [0u8; 8];
    let _ = getrandom::fill(&mut t);
    let _ = getrandom::fill(&mut s);
    match current_parent() {
        Some(p) => (p.trace_id, s, Some(p.parent_id)),
        None => (t, s, None),
    }
}

// ---------------------------------------------------------------------------------- protobuf

fn varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn tag(out: &mut Vec<u8>, field: u32, wire: u8) {
    varint(out, (u64::from(field) << 3) | u64::from(wire));
}

fn len_field(out: &mut Vec<u8>, field: u32, data: &[u8]) {
    tag(out, field, 2);
    varint(out, data.len() as u64);
    out.extend_from_slice(data);
}

fn message(out: &mut Vec<u8>, field: u32, build: impl FnOnce(&mut Vec<u8>)) {
    let mut inner = Vec::new();
    build(&mut inner);
    len_field(out, field, &inner);
}

fn fixed64(out: &mut Vec<u8>, field: u32, v: u64) {
    tag(out, field, 1);
    out.extend_from_slice(&v.to_le_bytes());
}

fn uint(out: &mut Vec<u8>, field: u32, v: u64) {
    tag(out, field, 0);
    varint(out, v);
}

/// `KeyValue { key = 1; AnyValue value = 2 { string_value = 1 | int_value = 3 } }`.
fn key_value(out: &mut Vec<u8>, field: u32, key: &str, value: &Attr) {
    message(out, field, |kv| {
        len_field(kv, 1, key.as_bytes());
        message(kv, 2, |v| match value {
            Attr::Str(s) => len_field(v, 1, s.as_bytes()),
            // int64 as a varint of its two's complement.
            Attr::Int(i) => uint(v, 3, *i as u64),
        });
    });
}

/// `ExportTraceServiceRequest { ResourceSpans resource_spans = 1 { Resource resource = 1
/// { attributes = 1 }; ScopeSpans scope_spans = 2 { InstrumentationScope scope = 1 { name = 1,
/// version = 2 }; Span spans = 2 } } }` (opentelemetry-proto, trace/v1).
pub(crate) fn encode(service: &str, spans: &[Span]) -> Vec<u8> {
    let mut out = Vec::new();
    message(&mut out, 1, |rs| {
        message(rs, 1, |res| {
            key_value(res, 1, "service.name", &Attr::Str(service.to_owned()));
            key_value(
                res,
                1,
                "service.version",
                &Attr::Str(env!("CARGO_PKG_VERSION").to_owned()),
            );
        });
        message(rs, 2, |ss| {
            message(ss, 1, |scope| {
                len_field(scope, 1, b"warden");
                len_field(scope, 2, env!("CARGO_PKG_VERSION").as_bytes());
            });
            for s in spans {
                message(ss, 2, |sp| span(sp, s));
            }
        });
    });
    out
}

/// `Span { trace_id = 1; span_id = 2; parent_span_id = 4; name = 5; kind = 6; start_time_unix_nano = 7 (fixed64);
/// end_time_unix_nano = 8 (fixed64); attributes = 9; status = 15 { message = 2; code = 3 } }`.
fn span(out: &mut Vec<u8>, s: &Span) {
    len_field(out, 1, &s.trace_id);
    len_field(out, 2, &s.span_id);
    if let Some(p) = &s.parent {
        len_field(out, 4, p);
    }
    len_field(out, 5, s.name.as_bytes());
    // SPAN_KIND_SERVER: Warden answers the agent.
    uint(out, 6, 2);
    fixed64(out, 7, s.start);
    fixed64(out, 8, s.end.max(s.start));
    for (k, v) in &s.attributes {
        key_value(out, 9, k, v);
    }
    // STATUS_CODE_ERROR with the stable code; STATUS_CODE_UNSET (an empty status) is the
    // convention for a server span that did not fail.
    message(out, 15, |st| {
        if let Some(m) = &s.error {
            len_field(st, 2, m.as_bytes());
            uint(st, 3, 2);
        }
    });
}

// ---------------------------------------------------------------------------------- export

impl Gateway {
    /// Starts the exporter's task (once; `Gateway::start` calls it). It sends only while
    /// `telemetry.otlp_endpoint` is set; spans are made only then too.
    pub(crate) fn start_telemetry(self: &std::sync::Arc<Self>) {
        let Some(rx) = self.telemetry.rx.lock().ok().and_then(|mut r| r.take()) else {
            return;
        };
        let Ok(rt) = tokio::runtime::Handle::try_current() else {
            return;
        };
        rt.spawn(run(std::sync::Arc::downgrade(self), rx));
    }

    /// Whether spans are wanted (an endpoint is configured).
    pub(crate) fn tracing_on(&self) -> bool {
        self.dep().telemetry.otlp_endpoint.is_some()
    }

    /// Sends one batch; false when it could not be delivered.
    async fn export(&self, spans: &[Span]) -> bool {
        let dep = self.dep();
        let Some(url) = dep.telemetry.otlp_endpoint.clone() else {
            return true;
        };
        let body = encode(&dep.telemetry.service_name, spans);
        for attempt in 0..2 {
            let mut req = self
                .llm_http
                .post(&url)
                .timeout(EXPORT_TIMEOUT)
                .header("content-type", "application/x-protobuf")
                .body(body.clone());
            for (k, v) in &dep.telemetry.headers {
                match self.render_header(v) {
                    Ok(value) => req = req.header(k.as_str(), value.as_str()),
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot resolve a telemetry header; spans dropped");
                        return false;
                    }
                }
            }
            match req.send().await {
                Ok(r) if r.status().is_success() => return true,
                Ok(r) => {
                    tracing::warn!(
                        status = r.status().as_u16(),
                        attempt,
                        "the OTLP collector refused spans"
                    )
                }
                Err(e) => {
                    tracing::warn!(error = %e.without_url(), attempt, "cannot reach the OTLP collector")
                }
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        false
    }
}

async fn run(gw: Weak<Gateway>, mut rx: mpsc::Receiver<Span>) {
    let mut batch: Vec<Span> = Vec::with_capacity(BATCH);
    loop {
        let next = tokio::time::timeout(Duration::from_secs(1), rx.recv()).await;
        match next {
            Ok(Some(s)) => {
                batch.push(s);
                if batch.len() < BATCH {
                    continue;
                }
            }
            Ok(None) => return,
            Err(_) => {}
        }
        if batch.is_empty() {
            continue;
        }
        let Some(g) = gw.upgrade() else { return };
        let n = batch.len() as u64;
        if g.export(&batch).await {
            g.telemetry.exported.fetch_add(n, Ordering::Relaxed);
        } else {
            g.telemetry.dropped.fetch_add(n, Ordering::Relaxed);
        }
        batch.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traceparent_is_parsed_strictly() {
        let ok = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        let p = TraceParent::parse(ok).unwrap();
        assert_eq!(p.trace_id[0], 0x4b);
        assert_eq!(p.parent_id[7], 0xb7);
        for bad in [
            "",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1",
            "0x-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        ] {
            assert!(TraceParent::parse(bad).is_none(), "{bad}");
        }
        // A later version may carry more fields.
        assert!(TraceParent::parse(&format!("01{}-extra", &ok[2..])).is_some());
    }

    #[test]
    fn varints_and_fields_are_encoded_as_protobuf_says() {
        let mut v = Vec::new();
        varint(&mut v, 300);
        assert_eq!(v, [0xac, 0x02]);
        let mut v = Vec::new();
        uint(&mut v, 6, 2);
        assert_eq!(v, [0x30, 0x02]);
        let mut v = Vec::new();
        fixed64(&mut v, 7, 1);
        assert_eq!(v, [0x39, 1, 0, 0, 0, 0, 0, 0, 0]);
        // A negative int64 is ten bytes of two's complement.
        let mut v = Vec::new();
        key_value(&mut v, 9, "n", &Attr::Int(-1));
        assert_eq!(v.len(), 2 + 3 + 2 + 11);
    }
}
