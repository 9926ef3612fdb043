//! `/metrics`: what the gateway is doing, in the Prometheus text exposition format (0.0.4).
//!
//! Counters and histograms are kept here as the requests pass (atomics; a label set's slot is
//! made once under a write lock); gauges are read at scrape time from the store and the caches.
//! Labels hold configured names only — agents, tools, channels, alert kinds, stable error
//! codes — never a value an agent sent: a tool name that is not configured is counted as
//! `unknown`, so neither personal data nor an attacker's strings reach the monitoring system,
//! and the number of series stays bounded by the configuration.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use warden_store::{Histogram, HistogramSnapshot};
use warden_types::ErrorCode;

use crate::telemetry::Attr;
use crate::{ActionEnd, Ended, Gateway, LlmReply};

/// Where a request came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    /// `POST /v1/actions`.
    Actions,
    /// `/mcp` `tools/call` (and resources and prompts).
    Mcp,
    /// The LLM proxy.
    Llm,
}

impl Surface {
    fn as_str(self) -> &'static str {
        match self {
            Self::Actions => "actions",
            Self::Mcp => "mcp",
            Self::Llm => "llm",
        }
    }

    fn index(self) -> usize {
        match self {
            Self::Actions => 0,
            Self::Mcp => 1,
            Self::Llm => 2,
        }
    }
}

/// A step of an action's way through the pipeline, timed for `warden_stage_duration_seconds`
/// (where the time of an allowed action goes; `bench/e2e.sh` prints the breakdown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// Finding the run the request joins.
    Run,
    /// Inspecting the arguments (secrets, personal data, injection).
    Inspect,
    /// The checks before the policy: tool, halt, labels, totals reserved, provenance.
    Checks,
    /// The policy's decision.
    Decide,
    /// The durable record of an allowed action, before its upstream call.
    CommitIntent,
    /// The upstream call.
    Upstream,
    /// Inspecting the upstream's answer.
    InspectResult,
    /// The durable record of the outcome, before the answer.
    CommitResult,
}

impl Stage {
    const ALL: [Stage; 8] = [
        Stage::Run,
        Stage::Inspect,
        Stage::Checks,
        Stage::Decide,
        Stage::CommitIntent,
        Stage::Upstream,
        Stage::InspectResult,
        Stage::CommitResult,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Self::Run => "run",
            Self::Inspect => "inspect",
            Self::Checks => "checks",
            Self::Decide => "decide",
            Self::CommitIntent => "commit_intent",
            Self::Upstream => "upstream",
            Self::InspectResult => "inspect_result",
            Self::CommitResult => "commit_result",
        }
    }
}

/// Counters by label values (`N` labels), each value a configured name or a fixed word.
struct Counters<const N: usize> {
    names: [&'static str; N],
    series: RwLock<HashMap<[String; N], AtomicU64>>,
}

impl<const N: usize> Counters<N> {
    fn new(names: [&'static str; N]) -> Self {
        Self {
            names,
            series: RwLock::new(HashMap::new()),
        }
    }

    fn add(&self, values: [&str; N], by: u64) {
        let key: [String; N] = values.map(str::to_owned);
        if let Ok(series) = self.series.read()
            && let Some(c) = series.get(&key)
        {
            c.fetch_add(by, Ordering::Relaxed);
            return;
        }
        if let Ok(mut series) = self.series.write() {
            series
                .entry(key)
                .or_insert_with(|| AtomicU64::new(0))
                .fetch_add(by, Ordering::Relaxed);
        }
    }

    fn write(&self, out: &mut Exposition, name: &str, help: &str) {
        out.family(name, help, "counter");
        let Ok(series) = self.series.read() else {
            return;
        };
        let mut rows: Vec<(&[String; N], u64)> = series
            .iter()
            .map(|(k, v)| (k, v.load(Ordering::Relaxed)))
            .collect();
        rows.sort();
        for (values, n) in rows {
            let labels: Vec<(&str, &str)> = self
                .names
                .iter()
                .copied()
                .zip(values.iter().map(String::as_str))
                .collect();
            out.sample(name, &labels, n as f64);
        }
    }
}

/// What the pipeline counts as it works.
pub(crate) struct Metrics {
    started: Instant,
    requests: Counters<5>,
    request_seconds: [Histogram; 3],
    decision_seconds: Histogram,
    stage_seconds: [Histogram; 8],
    alerts: Counters<2>,
    notifications: Counters<2>,
    llm_tokens: Counters<2>,
    llm_cost_nanousd: Counters<1>,
    halt_propagation: Histogram,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            started: Instant::now(),
            requests: Counters::new(["surface", "agent", "tool", "outcome", "code"]),
            request_seconds: Default::default(),
            decision_seconds: Histogram::default(),
            stage_seconds: Default::default(),
            alerts: Counters::new(["kind", "severity"]),
            notifications: Counters::new(["channel", "result"]),
            llm_tokens: Counters::new(["agent", "direction"]),
            llm_cost_nanousd: Counters::new(["agent"]),
            halt_propagation: Histogram::default(),
        }
    }
}

impl Metrics {
    pub(crate) fn decision(&self, took: Duration) {
        self.decision_seconds.observe(took);
    }

    /// One action spent `took` in `stage`.
    pub(crate) fn stage(&self, stage: Stage, took: Duration) {
        if let Some(h) = Stage::ALL
            .iter()
            .position(|s| *s == stage)
            .and_then(|i| self.stage_seconds.get(i))
        {
            h.observe(took);
        }
    }

    pub(crate) fn alert(&self, kind: &str, severity: &str) {
        self.alerts.add([kind, severity], 1);
    }

    pub(crate) fn notification(&self, channel: &str, delivered: bool) {
        let result = if delivered { "sent" } else { "failed" };
        self.notifications.add([channel, result], 1);
    }

    pub(crate) fn llm_usage(&self, agent: &str, input: u64, output: u64, nanousd: u64) {
        self.llm_tokens.add([agent, "input"], input);
        self.llm_tokens.add([agent, "output"], output);
        self.llm_cost_nanousd.add([agent], nanousd);
    }

    pub(crate) fn halt_seen(&self, after: Duration) {
        self.halt_propagation.observe(after);
    }
}

/// The text exposition, written family by family.
pub(crate) struct Exposition(String);

impl Exposition {
    fn family(&mut self, name: &str, help: &str, kind: &str) {
        let _ = writeln!(self.0, "# HELP {name} {}", escape_help(help));
        let _ = writeln!(self.0, "# TYPE {name} {kind}");
    }

    fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: f64) {
        self.0.push_str(name);
        if !labels.is_empty() {
            self.0.push('{');
            for (i, (k, v)) in labels.iter().enumerate() {
                if i > 0 {
                    self.0.push(',');
                }
                let _ = write!(self.0, "{k}=\"{}\"", escape_label(v));
            }
            self.0.push('}');
        }
        let _ = writeln!(self.0, " {}", number(value));
    }

    /// `warden_total_max{tool, total, agent}`.
    pub(crate) fn totals(
        &mut self,
        rows: &std::collections::BTreeMap<(String, String, String), i64>,
    ) {
        self.family(
            "warden_total_max",
            "Running totals a tool declares: the largest sum in the window over the values it is split by, by tool, total and agent.",
            "gauge",
        );
        for ((tool, total, agent), v) in rows {
            self.sample(
                "warden_total_max",
                &[("tool", tool), ("total", total), ("agent", agent)],
                *v as f64,
            );
        }
    }

    /// A gauge family of `(scope, period, unit, value)` rows.
    pub(crate) fn ratios(&mut self, name: &str, help: &str, rows: &[(String, &str, &str, f64)]) {
        self.family(name, help, "gauge");
        for (scope, period, unit, v) in rows {
            self.sample(
                name,
                &[("scope", scope), ("period", period), ("unit", unit)],
                *v,
            );
        }
    }

    fn gauge(&mut self, name: &str, help: &str, labels: &[(&str, &str)], value: f64) {
        self.family(name, help, "gauge");
        self.sample(name, labels, value);
    }

    /// One histogram family with one series per value of the label `label`.
    fn labelled_histograms(
        &mut self,
        name: &str,
        help: &str,
        label: &str,
        values: &[&str],
        histograms: &[Histogram],
    ) {
        let labels: Vec<[(&str, &str); 1]> = values.iter().map(|v| [(label, *v)]).collect();
        let series: Vec<(&[(&str, &str)], HistogramSnapshot)> = labels
            .iter()
            .zip(histograms)
            .map(|(l, h)| (l.as_slice(), h.snapshot()))
            .collect();
        self.histogram(name, help, &series);
    }

    fn histogram(
        &mut self,
        name: &str,
        help: &str,
        series: &[(&[(&str, &str)], HistogramSnapshot)],
    ) {
        self.family(name, help, "histogram");
        for (labels, h) in series {
            let bucket = format!("{name}_bucket");
            for (bound, n) in &h.buckets {
                let le = number(*bound);
                let mut l = labels.to_vec();
                l.push(("le", &le));
                self.sample(&bucket, &l, *n as f64);
            }
            let mut l = labels.to_vec();
            l.push(("le", "+Inf"));
            self.sample(&bucket, &l, h.count as f64);
            self.sample(&format!("{name}_sum"), labels, h.sum);
            self.sample(&format!("{name}_count"), labels, h.count as f64);
        }
    }
}

fn number(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        }
    } else {
        format!("{v}")
    }
}

/// A label value: backslash, double quote and line feed escaped, as the format says.
fn escape_label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn escape_help(v: &str) -> String {
    v.replace('\\', "\\\\").replace('\n', "\\n")
}

fn outcome(end: &ActionEnd) -> (&'static str, &'static str) {
    match end.ended() {
        Ended::Executed => ("executed", ""),
        Ended::Held => ("held", ErrorCode::ApprovalRequired.as_str()),
        Ended::Refused(code) => ("refused", code.as_str()),
    }
}

impl Gateway {
    /// Counts one request of `surface` that ended as `end`, `started` when it arrived (and
    /// traces it, when trace export is configured).
    pub fn observe_action(
        &self,
        surface: Surface,
        agent: &str,
        tool: &str,
        end: &ActionEnd,
        started: Instant,
    ) {
        let dep = self.dep();
        let configured = dep.tools.get(tool);
        let tool = if configured.is_some() {
            tool
        } else {
            "unknown"
        };
        let agent = if dep.agents.contains_key(agent) {
            agent
        } else {
            "unknown"
        };
        let (outcome, code) = outcome(end);
        self.metrics
            .requests
            .add([surface.as_str(), agent, tool, outcome, code], 1);
        let took = started.elapsed();
        if let Some(h) = self.metrics.request_seconds.get(surface.index()) {
            h.observe(took);
        }
        if !self.tracing_on() {
            return;
        }
        let mut attributes = vec![
            ("gen_ai.operation.name", Attr::Str("execute_tool".into())),
            ("gen_ai.tool.name", Attr::Str(tool.to_owned())),
            ("warden.surface", Attr::Str(surface.as_str().into())),
            ("warden.agent", Attr::Str(agent.to_owned())),
            ("warden.outcome", Attr::Str(outcome.into())),
        ];
        if surface == Surface::Mcp {
            let method = match configured.map(|t| &t.connector) {
                Some(warden_types::Connector::McpGet {
                    what: warden_types::McpGet::Resource,
                    ..
                }) => "resources/read",
                Some(warden_types::Connector::McpGet {
                    what: warden_types::McpGet::Prompt,
                    ..
                }) => "prompts/get",
                _ => "tools/call",
            };
            attributes.push(("mcp.method.name", Attr::Str(method.into())));
        }
        if let Some(id) = end.action_id() {
            attributes.push(("warden.action_id", Attr::Str(id.to_owned())));
            attributes.push(("gen_ai.tool.call.id", Attr::Str(id.to_owned())));
        }
        if !code.is_empty() {
            attributes.push(("warden.code", Attr::Str(code.into())));
        }
        self.trace(
            format!("execute_tool {tool}"),
            took,
            attributes,
            outcome,
            code,
        );
    }

    fn trace(
        &self,
        name: String,
        took: std::time::Duration,
        attributes: Vec<(&'static str, Attr)>,
        outcome: &str,
        code: &str,
    ) {
        let end = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        let start = end.saturating_sub(u64::try_from(took.as_nanos()).unwrap_or(u64::MAX));
        let (trace_id, span_id, parent) = crate::telemetry::ids();
        // A hold is not an error: the request did what it should.
        let error = matches!(outcome, "refused" | "failed")
            .then(|| code.to_owned())
            .filter(|c| c != ErrorCode::ApprovalRequired.as_str());
        self.telemetry.push(crate::telemetry::Span {
            trace_id,
            span_id,
            parent,
            name,
            start,
            end,
            attributes,
            error,
        });
    }

    /// Counts one LLM call for `model` that ended as `reply` (and traces it).
    pub fn observe_llm(&self, agent: &str, model: &str, reply: &LlmReply, started: Instant) {
        let dep = self.dep();
        let agent = if dep.agents.contains_key(agent) {
            agent
        } else {
            "unknown"
        };
        let (outcome, code) = match reply {
            LlmReply::Refused(r) => ("refused", r.code.as_str()),
            LlmReply::Json { status, .. } if (200..300).contains(status) => ("executed", ""),
            LlmReply::Json { .. } => ("failed", ErrorCode::UpstreamError.as_str()),
            LlmReply::Stream(_) => ("executed", ""),
        };
        self.metrics
            .requests
            .add([Surface::Llm.as_str(), agent, "llm", outcome, code], 1);
        let took = started.elapsed();
        if let Some(h) = self.metrics.request_seconds.get(Surface::Llm.index()) {
            h.observe(took);
        }
        if !self.tracing_on() {
            return;
        }
        // Only a model the deployment knows is named (the request's text is the agent's).
        let provider = dep
            .providers
            .values()
            .find(|p| p.models.contains_key(model));
        let model = if provider.is_some() { model } else { "unknown" };
        let mut attributes = vec![
            ("gen_ai.operation.name", Attr::Str("chat".into())),
            ("gen_ai.request.model", Attr::Str(model.to_owned())),
            ("warden.surface", Attr::Str(Surface::Llm.as_str().into())),
            ("warden.agent", Attr::Str(agent.to_owned())),
            ("warden.outcome", Attr::Str(outcome.into())),
        ];
        if let Some(p) = provider {
            attributes.push(("gen_ai.provider.name", Attr::Str(p.name.clone())));
        }
        if let LlmReply::Json { body, .. } = reply {
            let usage = body.get("usage");
            let n = |keys: [&str; 2]| {
                keys.iter().find_map(|k| {
                    usage
                        .and_then(|u| u.get(*k))
                        .and_then(serde_json::Value::as_i64)
                })
            };
            if let Some(i) = n(["input_tokens", "prompt_tokens"]) {
                attributes.push(("gen_ai.usage.input_tokens", Attr::Int(i)));
            }
            if let Some(o) = n(["output_tokens", "completion_tokens"]) {
                attributes.push(("gen_ai.usage.output_tokens", Attr::Int(o)));
            }
        }
        if !code.is_empty() {
            attributes.push(("warden.code", Attr::Str(code.into())));
        }
        self.trace(format!("chat {model}"), took, attributes, outcome, code);
    }

    pub(crate) fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// `GET /metrics`: the exposition text.
    pub async fn metrics_text(&self, _op: &crate::Operator) -> String {
        let m = &self.metrics;
        let dep = self.dep();
        let mut out = Exposition(String::with_capacity(16 * 1024));
        out.gauge(
            "warden_build_info",
            "The running Warden's version.",
            &[("version", env!("CARGO_PKG_VERSION"))],
            1.0,
        );
        out.gauge(
            "warden_uptime_seconds",
            "Seconds since this process started serving.",
            &[],
            m.started.elapsed().as_secs_f64(),
        );
        m.requests.write(
            &mut out,
            "warden_requests_total",
            "Requests by surface, agent, tool and how they ended (executed, held, refused, failed) with the stable error code.",
        );
        let surfaces = [Surface::Actions, Surface::Mcp, Surface::Llm].map(Surface::as_str);
        out.labelled_histograms(
            "warden_request_duration_seconds",
            "End to end: from the request's arrival to its answer (an approval's wait is not included: a held request answers at once).",
            "surface",
            &surfaces,
            &m.request_seconds,
        );
        out.histogram(
            "warden_decision_duration_seconds",
            "From an action's arrival to the policy's decision (identify, validate, inspect, decide).",
            &[(&[], m.decision_seconds.snapshot())],
        );
        out.labelled_histograms(
            "warden_stage_duration_seconds",
            "Time an action spent in each step of the pipeline (run, inspect, checks, decide, commit_intent, upstream, inspect_result, commit_result), for actions that reached it.",
            "stage",
            &Stage::ALL.map(Stage::as_str),
            &m.stage_seconds,
        );
        if let Some(commit) = self.store.commit_latency() {
            out.histogram(
                "warden_store_commit_duration_seconds",
                "A write's wait for its durable commit (queue, transaction, sync), as its caller sees it.",
                &[(&[], commit)],
            );
        }
        if let Some(n) = self.store.transactions() {
            out.family(
                "warden_store_transactions_total",
                "Write transactions begun, each one durable commit (group commit: the writes counted by warden_store_commit_duration_seconds_count share them).",
                "counter",
            );
            out.sample("warden_store_transactions_total", &[], n as f64);
        }
        if let Some(kinds) = self.store.wal_checkpoints() {
            out.family(
                "warden_store_wal_checkpoints_total",
                "Checkpoints of SQLite's write-ahead log that hold the writer: restart (under load, once per 64 MiB appended), truncate (when idle), writer (the writer emptied a WAL past its hard limit before its next commit; commits outrun the checkpointer).",
                "counter",
            );
            for (kind, n) in kinds {
                out.sample(
                    "warden_store_wal_checkpoints_total",
                    &[("kind", kind)],
                    n as f64,
                );
            }
        }
        m.llm_tokens.write(
            &mut out,
            "warden_llm_tokens_total",
            "Tokens of LLM calls through the proxy, by agent and direction.",
        );
        m.llm_cost_nanousd.write(
            &mut out,
            "warden_llm_cost_nanodollars_total",
            "The price of LLM calls through the proxy, in billionths of a US dollar, by agent.",
        );
        // Pending approvals and halts, per configured agent.
        out.family(
            "warden_pending_approvals",
            "Actions waiting for a human, by agent.",
            "gauge",
        );
        let mut store_up = true;
        for agent in dep.agents.keys() {
            match self.store.pending_approvals(agent).await {
                Ok(n) => out.sample("warden_pending_approvals", &[("agent", agent)], n as f64),
                Err(_) => store_up = false,
            }
        }
        out.family(
            "warden_agent_halted",
            "1 when the agent is halted (every request refused).",
            "gauge",
        );
        for agent in dep.agents.keys() {
            let halted = self.identities.halt_of(agent).is_some();
            out.sample(
                "warden_agent_halted",
                &[("agent", agent)],
                if halted { 1.0 } else { 0.0 },
            );
        }
        self.budget_metrics(&mut out).await;
        self.totals_metrics(&mut out).await;
        m.alerts.write(
            &mut out,
            "warden_alerts_total",
            "Alerts raised (new, not repeats of an open one), by kind and severity.",
        );
        let active = vec![
            warden_types::AlertState::Open,
            warden_types::AlertState::Acknowledged,
        ];
        match self.store.alerts(None, active, 10_000).await {
            Ok(open) => {
                let mut by_kind: std::collections::BTreeMap<String, u64> = Default::default();
                for a in open {
                    *by_kind.entry(a.kind).or_default() += 1;
                }
                out.family(
                    "warden_alerts_open",
                    "Alerts not yet resolved, by kind.",
                    "gauge",
                );
                for (k, n) in by_kind {
                    out.sample("warden_alerts_open", &[("kind", &k)], n as f64);
                }
            }
            Err(_) => store_up = false,
        }
        m.notifications.write(
            &mut out,
            "warden_notifications_total",
            "Notifications (approvals and alerts) by channel and result.",
        );
        out.family(
            "warden_otlp_spans_total",
            "Spans sent to the OTLP collector, or dropped (queue full, export failed).",
            "counter",
        );
        for (result, n) in [
            ("exported", &self.telemetry.exported),
            ("dropped", &self.telemetry.dropped),
        ] {
            out.sample(
                "warden_otlp_spans_total",
                &[("result", result)],
                n.load(std::sync::atomic::Ordering::Relaxed) as f64,
            );
        }
        out.histogram(
            "warden_halt_propagation_seconds",
            "From a halt's commit (by any process) to this process refusing the agent.",
            &[(&[], m.halt_propagation.snapshot())],
        );
        // The log and the store.
        let head = self.store.tree_head(None).await;
        if head.is_err() {
            store_up = false;
        }
        out.gauge(
            "warden_audit_records",
            "Records in the audit log.",
            &[],
            head.as_ref().map_or(0.0, |h| h.size as f64),
        );
        out.gauge(
            "warden_audit_log_trusted",
            "1 when the audit log verified at start.",
            &[],
            if self.tampered.is_some() { 0.0 } else { 1.0 },
        );
        out.family(
            "warden_audit_stream_lag_records",
            "Records written but not yet delivered, by audit stream.",
            "gauge",
        );
        if let Ok(h) = &head {
            for s in &dep.audit.streams {
                if let Ok(at) = self.store.stream_cursor(s.name.clone()).await {
                    out.sample(
                        "warden_audit_stream_lag_records",
                        &[("stream", &s.name)],
                        h.size.saturating_sub(at) as f64,
                    );
                }
            }
        }
        if let (Ok(h), Ok(monitor)) = (&head, self.store.monitor_state("monitor".into()).await) {
            let at = monitor.map_or(0, |(cursor, _)| cursor);
            out.gauge(
                "warden_monitor_lag_records",
                "Records written but not yet read by the monitor (its detectors run on one process at a time).",
                &[],
                h.size.saturating_sub(at) as f64,
            );
        }
        out.gauge(
            "warden_store_up",
            "1 when every store read of this scrape answered.",
            &[],
            if store_up { 1.0 } else { 0.0 },
        );
        let feed = self.change_feed();
        out.gauge(
            "warden_change_feed_up",
            "1 when changes made by other processes sharing the store are followed (always 1 on a store only this process opens).",
            &[("kind", feed.0)],
            if feed.1 { 1.0 } else { 0.0 },
        );
        out.0
    }

    /// The change feed's kind (`shared` or `local`) and whether it is live.
    pub(crate) fn change_feed(&self) -> (&'static str, bool) {
        if self.store.changes().is_none() {
            ("local", true)
        } else {
            ("shared", !self.identities.is_stale())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped_and_series_sorted() {
        let c = Counters::new(["a"]);
        c.add(["x\"y\\z\nw"], 2);
        c.add(["b"], 1);
        let mut out = Exposition(String::new());
        c.write(&mut out, "t_total", "help\nline");
        assert_eq!(
            out.0,
            "# HELP t_total help\\nline\n# TYPE t_total counter\nt_total{a=\"b\"} 1\nt_total{a=\"x\\\"y\\\\z\\nw\"} 2\n"
        );
    }
}
