//! `[monitor]`: the anomaly detectors, where their alerts go, and which alerts halt an agent.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::Severity;

/// One detector's settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detector {
    /// Whether it runs.
    pub enabled: bool,
    /// The severity of its alerts.
    pub severity: Severity,
    /// Its threshold: a factor over the baseline for spikes, a count for bursts, a share of
    /// the agent's activity for unusual hours (unused by first-use detectors).
    pub threshold: f64,
    /// The least observed value that can alert (per minute for rates, nano-dollars per hour
    /// for cost, bytes per hour for volume): a spike from nothing to a little is not one.
    pub min: f64,
    /// The window a burst is counted in.
    pub window: Duration,
    /// Its own warm-up (actions), instead of `monitor.warm_up_actions`.
    pub warm_up_actions: Option<u64>,
    /// Its own warm-up (time since the agent's first record), instead of `monitor.warm_up`.
    pub warm_up: Option<Duration>,
}

/// The detectors, with their default settings: name, what it sees, severity, threshold, min,
/// window (seconds).
pub const DETECTORS: &[(&str, &str, Severity, f64, f64, u64)] = &[
    (
        "new_tool",
        "an agent used a tool it never used before",
        Severity::Low,
        0.0,
        0.0,
        0,
    ),
    (
        "new_system",
        "an agent reached a system it never reached before",
        Severity::Medium,
        0.0,
        0.0,
        0,
    ),
    (
        "new_credential",
        "an agent used a vault credential it never used before",
        Severity::High,
        0.0,
        0.0,
        0,
    ),
    (
        "new_domain",
        "an agent addressed an external e-mail domain it never addressed before",
        Severity::Medium,
        0.0,
        0.0,
        0,
    ),
    (
        "new_counterparty",
        "an agent addressed an external counterparty (IBAN, account, chat) it never addressed before",
        Severity::Medium,
        0.0,
        0.0,
        0,
    ),
    (
        "rate_spike",
        "an agent's requests per minute far above its baseline",
        Severity::High,
        5.0,
        30.0,
        60,
    ),
    (
        "cost_spike",
        "an agent's LLM spend per hour far above its baseline",
        Severity::High,
        5.0,
        1e9,
        3600,
    ),
    (
        "volume_spike",
        "an agent's outbound bytes per hour (external recipients, LLM prompts) far above its baseline",
        Severity::High,
        5.0,
        1_048_576.0,
        3600,
    ),
    (
        "denial_burst",
        "many of an agent's actions denied in a short window",
        Severity::Medium,
        5.0,
        0.0,
        300,
    ),
    (
        "hold_burst",
        "many of an agent's actions held for approval in a short window",
        Severity::Medium,
        10.0,
        0.0,
        600,
    ),
    (
        "approval_denial_burst",
        "approvers denied several of an agent's actions in a short window",
        Severity::High,
        3.0,
        0.0,
        3600,
    ),
    (
        "injection",
        "content an agent read, or its arguments, scored as a prompt injection",
        Severity::High,
        0.0,
        0.0,
        0,
    ),
    (
        "exfiltration_attempt",
        "after an injection was found in its run, the agent tried to reach an external recipient",
        Severity::Critical,
        0.0,
        0.0,
        0,
    ),
    (
        "off_hours",
        "an agent active in an hour of the week it is almost never active in",
        Severity::Low,
        0.005,
        0.0,
        0,
    ),
    (
        "halted_agent_activity",
        "a halted agent's token kept making requests",
        Severity::High,
        0.0,
        0.0,
        0,
    ),
    (
        "secret_usage",
        "a credential used unusually: by an agent for the first time, by a role that never used it, or at an unusual rate (`secret.alert`)",
        Severity::High,
        0.0,
        0.0,
        0,
    ),
    (
        "budget",
        "an LLM budget crossed its alert threshold (`budget.alert`)",
        Severity::Medium,
        0.0,
        0.0,
        0,
    ),
    (
        "tool_changed",
        "an MCP tool's definition changed or scored as an injection, and the tool is disabled until approved (`tool.held`)",
        Severity::High,
        0.0,
        0.0,
        0,
    ),
    (
        "rotation_failed",
        "a due credential rotation, or the revocation of an old value at its provider, failed (`secret.rotation_failed`)",
        Severity::Medium,
        0.0,
        0.0,
        0,
    ),
    (
        "log_tampered",
        "the audit log did not verify at start (`audit.tampered`)",
        Severity::Critical,
        0.0,
        0.0,
        0,
    ),
    (
        "stream_skipped",
        "an audit stream's destination refused a record for good (`audit.stream_skipped`)",
        Severity::Medium,
        0.0,
        0.0,
        0,
    ),
    (
        "processor_review",
        "a data processor's registry entry is due for review (`processor.review_overdue`)",
        Severity::Medium,
        0.0,
        0.0,
        0,
    ),
];

/// The default settings of detector `kind`, if it exists.
pub fn default_detector(kind: &str) -> Option<Detector> {
    DETECTORS
        .iter()
        .find(|d| d.0 == kind)
        .map(|&(_, _, severity, threshold, min, window)| Detector {
            enabled: true,
            severity,
            threshold,
            min,
            window: Duration::from_secs(window),
            warm_up_actions: None,
            warm_up: None,
        })
}

/// Which alerts go to which notification channels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertRoute {
    /// Detector kinds (every kind when empty).
    pub kinds: Vec<String>,
    /// The least severity routed.
    pub min_severity: Severity,
    /// Agents (every agent when empty).
    pub agents: Vec<String>,
    /// Channels (`notify.channels`).
    pub channels: Vec<String>,
}

/// Which alerts halt their agent at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HaltRule {
    /// Detector kinds (every kind when empty).
    pub kinds: Vec<String>,
    /// The least severity that halts.
    pub min_severity: Severity,
    /// Agents (every agent when empty).
    pub agents: Vec<String>,
}

impl AlertRoute {
    /// Whether an alert of `kind`, `severity`, about `agent`, takes this route.
    pub fn matches(&self, kind: &str, severity: Severity, agent: Option<&str>) -> bool {
        matches_rule(
            &self.kinds,
            self.min_severity,
            &self.agents,
            kind,
            severity,
            agent,
        )
    }
}

impl HaltRule {
    /// Whether an alert of `kind`, `severity`, about `agent`, halts it.
    pub fn matches(&self, kind: &str, severity: Severity, agent: Option<&str>) -> bool {
        agent.is_some()
            && matches_rule(
                &self.kinds,
                self.min_severity,
                &self.agents,
                kind,
                severity,
                agent,
            )
    }
}

fn matches_rule(
    kinds: &[String],
    min: Severity,
    agents: &[String],
    kind: &str,
    severity: Severity,
    agent: Option<&str>,
) -> bool {
    (kinds.is_empty() || kinds.iter().any(|k| k == kind))
        && severity >= min
        && (agents.is_empty() || agent.is_some_and(|a| agents.iter().any(|x| x == a)))
}

/// `[monitor]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Monitor {
    /// Whether the monitor runs.
    pub enabled: bool,
    /// Actions an agent must have made before first-use and baseline detectors alert for it.
    pub warm_up_actions: u64,
    /// How long after an agent's first record those detectors stay quiet.
    pub warm_up: Duration,
    /// Every detector, by name.
    pub detectors: BTreeMap<String, Detector>,
    /// Where alerts go.
    pub routes: Vec<AlertRoute>,
    /// Which alerts halt their agent.
    pub halt: Vec<HaltRule>,
}

impl Default for Monitor {
    fn default() -> Self {
        Self {
            enabled: true,
            warm_up_actions: 50,
            warm_up: Duration::from_secs(86_400),
            detectors: DETECTORS
                .iter()
                .filter_map(|d| default_detector(d.0).map(|s| (d.0.to_owned(), s)))
                .collect(),
            routes: Vec::new(),
            halt: Vec::new(),
        }
    }
}

/// `[telemetry]`: traces of every request exported over OTLP/HTTP.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Telemetry {
    /// The collector's traces endpoint (`…/v1/traces`); none: no export.
    pub otlp_endpoint: Option<String>,
    /// `service.name` of the spans' resource.
    pub service_name: String,
    /// Headers sent with each export (`{{env:}}` / `{{secret:}}` resolved per request).
    pub headers: std::collections::BTreeMap<String, crate::Template>,
}
