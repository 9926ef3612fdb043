//! Anomaly detectors with per-agent baselines learned from the audit log.
//!
//! The monitor reads every record once, in log order, and keeps for each agent what it has
//! used (tools, systems, credentials, external domains and counterparties), how busy it usually
//! is (requests per window, LLM spend and outbound bytes per window, as exponentially weighted
//! means and variances), when in the week it works, and recent denials, holds and approval
//! denials. [`Monitor::observe`] returns what one record made unusual; the pipeline turns each
//! [`Raised`] into an alert, groups it with an open one, routes it and may halt the agent.
//!
//! Time is the records' own (`ts`), never the clock: replaying the same log raises the same
//! alerts, and a monitor that catches up after a restart judges each record by when it was
//! written. The whole state is [`serde`]-serialisable and committed with the monitor's position
//! in the log, so a restart loses nothing it learned.
//!
//! First-use and baseline detectors stay quiet for an agent until it is warmed up (enough
//! actions, and long enough since its first record): a new deployment does not alert on
//! everything. Injection, exfiltration attempts, bursts and a halted agent's activity alert
//! from the first record.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use warden_types::{Monitor as Settings, Severity, parse_rfc3339};

/// Values of one kind an agent's baseline keeps (tools, domains, …); past it, nothing new is
/// learned (and a new value still alerts, grouped with its open alert).
pub const MAX_KNOWN: usize = 10_000;
/// Agents tracked.
pub const MAX_AGENTS: usize = 10_000;
/// Runs per agent remembered as carrying an injection.
pub const MAX_INJECTED_RUNS: usize = 256;
/// Gap windows folded into a baseline at once (longer idle periods count as this many).
const MAX_GAP: u64 = 10_000;
/// Windows a baseline must have seen before a spike can be judged against it.
const MIN_BASELINE_WINDOWS: u64 = 10;
/// How fast a baseline forgets (weight of the newest window).
const ALPHA: f64 = 0.05;
/// Distinct alerts of one detector per agent and hour; past it they are grouped into one (an
/// agent writing to ten thousand new domains raises one growing alert, not ten thousand).
pub const MAX_ALERTS_PER_HOUR: u64 = 50;
/// Actions an agent must have made before its hours of the week are judged.
const MIN_HOURS_HISTORY: u64 = 200;

/// What one record made unusual.
#[derive(Debug, Clone, PartialEq)]
pub struct Raised {
    /// The detector.
    pub kind: &'static str,
    /// Its configured severity.
    pub severity: Severity,
    /// The agent.
    pub agent: Option<String>,
    /// What makes two of these the same alert.
    pub dedup: String,
    /// One line for people (names, counts, domains; never an argument's value).
    pub summary: String,
    /// The records that triggered it.
    pub evidence: Vec<u64>,
    /// What was measured.
    pub detail: Value,
    /// The time of the record that raised it (microseconds since the epoch).
    pub at: i64,
}

/// An exponentially weighted mean and variance over fixed windows.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
struct Baseline {
    mean: f64,
    var: f64,
    /// Windows folded in.
    windows: u64,
    /// The window being counted (index since the epoch) and its sum so far.
    current: i64,
    sum: f64,
    /// Whether the current window already alerted.
    alerted: bool,
}

impl Baseline {
    /// Adds `amount` at window `w`; folds finished windows (and idle ones as zeros) first.
    fn add(&mut self, w: i64, amount: f64) {
        if self.windows == 0 && self.sum == 0.0 && self.current == 0 {
            self.current = w;
        }
        if w > self.current {
            self.fold(self.sum);
            let idle = u64::try_from(w - self.current - 1)
                .unwrap_or(0)
                .min(MAX_GAP);
            if idle > 0 {
                // `idle` windows of zero, in closed form.
                let keep = (1.0 - ALPHA).powi(i32::try_from(idle).unwrap_or(i32::MAX));
                self.var = keep * (self.var + (1.0 - keep) * self.mean * self.mean);
                self.mean *= keep;
                self.windows = self.windows.saturating_add(idle);
            }
            self.current = w;
            self.sum = 0.0;
            self.alerted = false;
        }
        // A record older than the current window (clock skew between processes) counts in it.
        self.sum += amount;
    }

    fn fold(&mut self, x: f64) {
        if self.windows == 0 {
            self.mean = x;
            self.var = 0.0;
        } else {
            let d = x - self.mean;
            self.mean += ALPHA * d;
            self.var = (1.0 - ALPHA) * (self.var + ALPHA * d * d);
        }
        self.windows = self.windows.saturating_add(1);
    }

    /// The level above which the current window is a spike: `factor` times the usual, and
    /// four standard deviations above it, and at least `min`.
    fn limit(&self, factor: f64, min: f64) -> f64 {
        (factor * self.mean)
            .max(self.mean + 4.0 * self.var.sqrt())
            .max(min)
    }

    /// Whether the current window just went past its limit (once per window).
    fn spiked(&mut self, factor: f64, min: f64) -> Option<f64> {
        if self.alerted || self.windows < MIN_BASELINE_WINDOWS {
            return None;
        }
        let limit = self.limit(factor, min);
        if self.sum > limit {
            self.alerted = true;
            return Some(limit);
        }
        None
    }
}

/// Recent records of one kind within a window.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
struct Burst(VecDeque<(i64, u64)>);

impl Burst {
    /// Adds a record; when the window holds `threshold` of them, returns their sequence numbers
    /// and starts over.
    fn add(&mut self, at: i64, seq: u64, window_micros: i64, threshold: f64) -> Option<Vec<u64>> {
        self.0.push_back((at, seq));
        while self
            .0
            .front()
            .is_some_and(|(t, _)| *t <= at - window_micros)
        {
            self.0.pop_front();
        }
        let cap = threshold.clamp(1.0, 10_000.0) as usize;
        while self.0.len() > cap {
            self.0.pop_front();
        }
        if self.0.len() >= cap {
            let seqs = self.0.iter().map(|(_, s)| *s).collect();
            self.0.clear();
            return Some(seqs);
        }
        None
    }
}

/// What the monitor knows about one agent.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
struct Agent {
    first: i64,
    actions: u64,
    tools: BTreeSet<String>,
    systems: BTreeSet<String>,
    credentials: BTreeSet<String>,
    domains: BTreeSet<String>,
    counterparties: BTreeSet<String>,
    rate: Baseline,
    cost: Baseline,
    volume: Baseline,
    denials: Burst,
    holds: Burst,
    approval_denials: Burst,
    /// Actions per hour of the week (Monday 00:00 UTC is 0).
    #[serde(default)]
    hours: Vec<u64>,
    /// Runs in which an injection was found, with the record that found it.
    injected: BTreeMap<String, u64>,
    /// Alerts raised per detector in the current hour (index since the epoch, count).
    #[serde(default)]
    storm: BTreeMap<String, (i64, u64)>,
}

/// The learned state of every agent, as of record `cursor`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct State {
    /// The last record this state has seen.
    #[serde(default)]
    pub cursor: u64,
    agents: BTreeMap<String, Agent>,
}

/// The parts of a record the detectors read (the rest is skipped unparsed).
#[derive(Debug, Deserialize)]
struct Record<'a> {
    seq: u64,
    #[serde(borrow)]
    ts: &'a str,
    #[serde(borrow)]
    event: &'a str,
    #[serde(default, borrow)]
    agent: Option<&'a str>,
    #[serde(default)]
    session: Option<String>,
    #[serde(default)]
    tool: Option<String>,
    #[serde(borrow)]
    outcome: &'a str,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    findings: Vec<String>,
    #[serde(default)]
    systems: Vec<String>,
    #[serde(default)]
    usage: Option<Usage>,
    #[serde(default)]
    output: Output,
    #[serde(default)]
    description: String,
}

#[derive(Debug, Default, Deserialize)]
struct Usage {
    #[serde(default)]
    cost_nanousd: u64,
}

/// What a record's output may say that the detectors read: an action's external recipients,
/// a credential's name.
#[derive(Debug, Default)]
struct Output {
    recipients: Option<Recipients>,
    secret: Option<String>,
}

impl<'de> Deserialize<'de> for Output {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Fields {
            #[serde(default)]
            recipients: Option<Recipients>,
            #[serde(default)]
            secret: Option<String>,
        }
        // An output of any other shape (a string, a list) says nothing the detectors read.
        let v = Value::deserialize(d)?;
        Ok(match v {
            Value::Object(_) => serde_json::from_value::<Fields>(v)
                .map(|f| Output {
                    recipients: f.recipients,
                    secret: f.secret,
                })
                .unwrap_or_default(),
            _ => Output::default(),
        })
    }
}

#[derive(Debug, Default, Deserialize)]
struct Recipients {
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    counterparties: Vec<String>,
}

/// The monitor: settings and learned state.
#[derive(Debug, Clone)]
pub struct Monitor {
    settings: Settings,
    state: State,
}

/// Why a record could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable(pub String);

const MICROS: i64 = 1_000_000;

impl Monitor {
    /// A monitor with `settings` that resumes from `state`.
    pub fn new(settings: Settings, state: State) -> Self {
        Self { settings, state }
    }

    /// Replaces the settings (a reload); what was learned stays.
    pub fn set_settings(&mut self, settings: Settings) {
        self.settings = settings;
    }

    /// The learned state, to be committed with the monitor's position.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// Reads one stored record (its canonical JSON) and returns what it made unusual.
    pub fn observe_text(&mut self, text: &str) -> Result<Vec<Raised>, Unreadable> {
        let r: Record<'_> =
            serde_json::from_str(text).map_err(|e| Unreadable(format!("record: {e}")))?;
        Ok(self.observe(&r, text.len()))
    }

    fn detector(&self, kind: &str) -> Option<warden_types::Detector> {
        self.settings
            .detectors
            .get(kind)
            .copied()
            .filter(|d| d.enabled)
    }

    fn observe(&mut self, r: &Record<'_>, bytes: usize) -> Vec<Raised> {
        self.state.cursor = self.state.cursor.max(r.seq);
        let mut out = Vec::new();
        if !self.settings.enabled {
            return out;
        }
        let Some(at) = parse_rfc3339(r.ts).map(|t| t.0) else {
            return out;
        };
        // What Warden itself flags in the log (a credential's unusual use, a budget crossing,
        // a changed tool definition, a failed rotation, a log that did not verify, a record a
        // stream had to skip) becomes an alert that can be routed.
        if let Some(kind) = flagged(r.event)
            && let Some(d) = self.detector(kind)
        {
            let subject = format!(
                "{}\u{1f}{}",
                r.tool.as_deref().unwrap_or_default(),
                r.description.chars().take(200).collect::<String>()
            );
            out.push(Raised {
                kind,
                severity: d.severity,
                agent: r.agent.map(str::to_owned),
                dedup: format!("{kind}\u{1f}{}\u{1f}{subject}", r.agent.unwrap_or_default()),
                summary: r.description.chars().take(500).collect(),
                evidence: vec![r.seq],
                detail: json!({"event": r.event, "tool": r.tool}),
                at,
            });
        }
        let Some(agent) = r.agent else {
            return out;
        };
        if !self.state.agents.contains_key(agent) && self.state.agents.len() >= MAX_AGENTS {
            return out;
        }
        let warm_up_actions = self.settings.warm_up_actions;
        let warm_up = i64::try_from(self.settings.warm_up.as_micros()).unwrap_or(i64::MAX);
        let d = |kind: &str| self.detector(kind);
        let dets: BTreeMap<&'static str, warden_types::Detector> = warden_types::DETECTORS
            .iter()
            .filter_map(|x| d(x.0).map(|s| (x.0, s)))
            .collect();
        let a = self
            .state
            .agents
            .entry(agent.to_owned())
            .or_insert_with(|| Agent {
                first: at,
                hours: vec![0; 168],
                ..Agent::default()
            });
        if a.hours.len() != 168 {
            a.hours = vec![0; 168];
        }
        // Warmed up for a detector: its own warm-up when it has one, else the monitor's.
        let (seen, since) = (a.actions, at.saturating_sub(a.first));
        let warmed = |kind: &str| {
            dets.get(kind).is_some_and(|d| {
                seen >= d.warm_up_actions.unwrap_or(warm_up_actions)
                    && since
                        >= d.warm_up.map_or(warm_up, |w| {
                            i64::try_from(w.as_micros()).unwrap_or(i64::MAX)
                        })
            })
        };
        let mut raise = |kind: &'static str,
                         dedup: String,
                         summary: String,
                         evidence: Vec<u64>,
                         detail: Value| {
            if let Some(s) = dets.get(kind) {
                out.push(Raised {
                    kind,
                    severity: s.severity,
                    agent: Some(agent.to_owned()),
                    dedup: format!("{kind}\u{1f}{agent}\u{1f}{dedup}"),
                    summary,
                    evidence,
                    detail,
                    at,
                });
            }
        };
        let activity = matches!(r.event, "action.received" | "llm.call");

        // A halted agent's token still in use.
        if r.code.as_deref() == Some("agent_halted")
            && matches!(r.event, "action.decided" | "llm.call")
        {
            raise(
                "halted_agent_activity",
                String::new(),
                format!("halted agent `{agent}` keeps sending requests"),
                vec![r.seq],
                json!({"event": r.event}),
            );
        }

        // Injection found in what the agent read or sent.
        let injections: Vec<&String> = r
            .findings
            .iter()
            .filter(|f| f.contains("injection."))
            .collect();
        if !injections.is_empty() {
            let run = r.session.clone().unwrap_or_default();
            raise(
                "injection",
                run.clone(),
                format!(
                    "prompt injection found in {} of agent `{agent}`{}",
                    r.event,
                    r.tool
                        .as_deref()
                        .map(|t| format!(" (tool `{t}`)"))
                        .unwrap_or_default()
                ),
                vec![r.seq],
                json!({"findings": injections, "run": run, "tool": r.tool}),
            );
            if a.injected.len() >= MAX_INJECTED_RUNS
                && let Some(oldest) = a
                    .injected
                    .iter()
                    .min_by_key(|(_, s)| **s)
                    .map(|(k, _)| k.clone())
            {
                a.injected.remove(&oldest);
            }
            a.injected.entry(run).or_insert(r.seq);
        }

        if r.event == "action.received" {
            a.actions = a.actions.saturating_add(1);
            if let Some(tool) = &r.tool {
                first_use(&mut a.tools, tool, warmed("new_tool"), |v| {
                    raise(
                        "new_tool",
                        v.to_owned(),
                        format!("agent `{agent}` used tool `{v}` for the first time"),
                        vec![r.seq],
                        json!({"tool": v}),
                    );
                });
            }
            if let Some(rc) = &r.output.recipients {
                for dom in &rc.domains {
                    first_use(&mut a.domains, dom, warmed("new_domain"), |v| {
                        raise(
                            "new_domain",
                            v.to_owned(),
                            format!(
                                "agent `{agent}` addressed external domain `{v}` for the first time"
                            ),
                            vec![r.seq],
                            json!({"domain": v, "tool": r.tool}),
                        );
                    });
                }
                for cp in &rc.counterparties {
                    first_use(&mut a.counterparties, cp, warmed("new_counterparty"), |v| {
                        raise(
                            "new_counterparty",
                            v.to_owned(),
                            format!("agent `{agent}` addressed a new external counterparty ({v})"),
                            vec![r.seq],
                            json!({"counterparty": v, "tool": r.tool}),
                        );
                    });
                }
                let external = !rc.domains.is_empty() || !rc.counterparties.is_empty();
                if external {
                    let run = r.session.clone().unwrap_or_default();
                    if let Some(found) = a.injected.get(&run).copied() {
                        raise(
                            "exfiltration_attempt",
                            run.clone(),
                            format!(
                                "agent `{agent}` tried to reach an external recipient with `{}` after an injection in its run",
                                r.tool.as_deref().unwrap_or("?")
                            ),
                            vec![found, r.seq],
                            json!({"run": run, "tool": r.tool, "injection_record": found, "domains": rc.domains}),
                        );
                    }
                    if let Some(s) = dets.get("volume_spike") {
                        let w = window_of(at, s.window);
                        a.volume.add(w, bytes as f64);
                    }
                }
            }
            // The hour of the week (the epoch was a Thursday: +72 hours puts Monday at 0).
            let hour =
                usize::try_from((at.div_euclid(3600 * MICROS) + 72).rem_euclid(168)).unwrap_or(0);
            if let Some(s) = dets.get("off_hours") {
                let total: u64 = a.hours.iter().sum();
                let here = a.hours.get(hour).copied().unwrap_or(0);
                #[allow(clippy::cast_precision_loss, reason = "a share")]
                let share = if total == 0 {
                    0.0
                } else {
                    here as f64 / total as f64
                };
                if warmed("off_hours") && total >= MIN_HOURS_HISTORY && share < s.threshold {
                    let day = at.div_euclid(86_400 * MICROS);
                    raise(
                        "off_hours",
                        day.to_string(),
                        format!(
                            "agent `{agent}` active at an hour of the week it is almost never active in"
                        ),
                        vec![r.seq],
                        json!({"hour_of_week": hour, "share": share, "history": total}),
                    );
                }
            }
            if let Some(h) = a.hours.get_mut(hour) {
                *h = h.saturating_add(1);
            }
        }

        if r.event == "llm.sent"
            && let Some(s) = dets.get("volume_spike")
        {
            a.volume.add(window_of(at, s.window), bytes as f64);
        }

        if activity && let Some(s) = dets.get("rate_spike") {
            a.rate.add(window_of(at, s.window), 1.0);
            if warmed("rate_spike")
                && let Some(limit) = a.rate.spiked(s.threshold, s.min)
            {
                raise(
                    "rate_spike",
                    String::new(),
                    format!(
                        "agent `{agent}` made {:.0} requests in {}s (usually {:.1})",
                        a.rate.sum,
                        s.window.as_secs(),
                        a.rate.mean
                    ),
                    vec![r.seq],
                    json!({"observed": a.rate.sum, "baseline": a.rate.mean, "limit": limit, "window_seconds": s.window.as_secs()}),
                );
            }
        }
        if r.event == "llm.call"
            && let Some(u) = &r.usage
            && let Some(s) = dets.get("cost_spike")
        {
            #[allow(clippy::cast_precision_loss, reason = "money as a measure")]
            a.cost.add(window_of(at, s.window), u.cost_nanousd as f64);
            if warmed("cost_spike")
                && let Some(limit) = a.cost.spiked(s.threshold, s.min)
            {
                raise(
                    "cost_spike",
                    String::new(),
                    format!(
                        "agent `{agent}` spent ${:.2} on LLM calls in {}s (usually ${:.2})",
                        a.cost.sum / 1e9,
                        s.window.as_secs(),
                        a.cost.mean / 1e9
                    ),
                    vec![r.seq],
                    json!({"observed_nanousd": a.cost.sum, "baseline_nanousd": a.cost.mean, "limit_nanousd": limit}),
                );
            }
        }
        if let Some(s) = dets.get("volume_spike")
            && (r.event == "llm.sent" || r.event == "action.received")
            && a.volume.current == window_of(at, s.window)
            && warmed("volume_spike")
            && let Some(limit) = a.volume.spiked(s.threshold, s.min)
        {
            raise(
                "volume_spike",
                String::new(),
                format!(
                    "agent `{agent}` sent {:.0} bytes out in {}s (usually {:.0})",
                    a.volume.sum,
                    s.window.as_secs(),
                    a.volume.mean
                ),
                vec![r.seq],
                json!({"observed_bytes": a.volume.sum, "baseline_bytes": a.volume.mean, "limit_bytes": limit}),
            );
        }

        // Systems reached, credentials used.
        if matches!(r.event, "action.executed" | "llm.call") && r.outcome == "success" {
            for sys in &r.systems {
                first_use(&mut a.systems, sys, warmed("new_system"), |v| {
                    raise(
                        "new_system",
                        v.to_owned(),
                        format!("agent `{agent}` reached system `{v}` for the first time"),
                        vec![r.seq],
                        json!({"system": v}),
                    );
                });
            }
        }
        if r.event == "secret.used"
            && let Some(secret) = &r.output.secret
        {
            first_use(&mut a.credentials, secret, warmed("new_credential"), |v| {
                raise(
                    "new_credential",
                    v.to_owned(),
                    format!("agent `{agent}` used credential `{v}` for the first time"),
                    vec![r.seq],
                    json!({"secret": v}),
                );
            });
        }

        // Bursts.
        let burst = |b: &mut Burst, kind: &str| -> Option<(Vec<u64>, warden_types::Detector)> {
            let s = dets.get(kind)?;
            let w = i64::try_from(s.window.as_micros()).unwrap_or(i64::MAX);
            b.add(at, r.seq, w, s.threshold).map(|e| (e, *s))
        };
        let fired = match (r.event, r.outcome) {
            ("action.decided", "denied") if r.code.as_deref() != Some("agent_halted") => {
                burst(&mut a.denials, "denial_burst").map(|x| ("denial_burst", "actions denied", x))
            }
            ("action.decided", "escalated") => burst(&mut a.holds, "hold_burst")
                .map(|x| ("hold_burst", "actions held for approval", x)),
            ("approval.decided", "denied") => {
                burst(&mut a.approval_denials, "approval_denial_burst")
                    .map(|x| ("approval_denial_burst", "actions denied by approvers", x))
            }
            _ => None,
        };
        if let Some((kind, what, (evidence, s))) = fired {
            raise(
                kind,
                String::new(),
                format!(
                    "agent `{agent}`: {} {what} within {}s",
                    evidence.len(),
                    s.window.as_secs()
                ),
                evidence,
                json!({"count": s.threshold, "window_seconds": s.window.as_secs()}),
            );
        }
        // A storm of one detector's alerts for one agent is grouped into one alert per hour.
        let hour = at.div_euclid(3600 * MICROS);
        if let Some(a) = self.state.agents.get_mut(agent) {
            for r in &mut out {
                let e = a.storm.entry(r.kind.to_owned()).or_insert((hour, 0));
                if e.0 != hour {
                    *e = (hour, 0);
                }
                e.1 = e.1.saturating_add(1);
                if e.1 > MAX_ALERTS_PER_HOUR {
                    r.dedup = format!("{}\u{1f}{agent}\u{1f}storm-{hour}", r.kind);
                    r.summary = format!(
                        "agent `{agent}`: more than {MAX_ALERTS_PER_HOUR} `{}` alerts this hour, grouped here; latest: {}",
                        r.kind, r.summary
                    );
                }
            }
        }
        out
    }
}

/// The detector that turns a record Warden flags itself into an alert, if it is one.
fn flagged(event: &str) -> Option<&'static str> {
    Some(match event {
        "secret.alert" => "secret_usage",
        "budget.alert" => "budget",
        "tool.held" => "tool_changed",
        "secret.rotation_failed" => "rotation_failed",
        "audit.tampered" => "log_tampered",
        "audit.stream_skipped" => "stream_skipped",
        "processor.review_overdue" => "processor_review",
        _ => return None,
    })
}

/// Learns `value`; calls `alert` when it is new and the agent is warmed up.
fn first_use(known: &mut BTreeSet<String>, value: &str, warmed: bool, alert: impl FnOnce(&str)) {
    if value.is_empty() || known.contains(value) {
        return;
    }
    if warmed {
        alert(value);
    }
    if known.len() < MAX_KNOWN {
        known.insert(value.to_owned());
    }
}

fn window_of(at: i64, window: std::time::Duration) -> i64 {
    let w = i64::try_from(window.as_micros()).unwrap_or(i64::MAX).max(1);
    at.div_euclid(w)
}

#[cfg(test)]
mod tests;
