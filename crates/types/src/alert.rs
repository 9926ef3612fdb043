//! Alerts: what the monitor noticed about an agent (or the gateway), grouped so that a repeat
//! of an open alert counts on it instead of raising another, and acknowledged and resolved by
//! people. The monitor's detectors are `warden-monitor`'s; their life is the pipeline's.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Timestamp;

/// Most triggering records an alert keeps (the first ones and the latest ones).
pub const MAX_ALERT_EVIDENCE: usize = 50;

/// How bad.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Low,
    /// Someone should look today.
    Medium,
    /// Someone should look now.
    High,
    /// Contain first, look after.
    Critical,
}

impl Severity {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }

    /// Parses a wire name.
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Low, Self::Medium, Self::High, Self::Critical]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// Where an alert is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AlertState {
    /// Raised, nobody has said they are on it.
    Open,
    /// Someone is on it; repeats still count on it.
    Acknowledged,
    /// Closed; a repeat raises a new alert.
    Resolved,
}

impl AlertState {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Acknowledged => "acknowledged",
            Self::Resolved => "resolved",
        }
    }

    /// Parses a wire name.
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Open, Self::Acknowledged, Self::Resolved]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// One alert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alert {
    /// `alr_…`.
    pub id: String,
    /// The detector (`new_domain`, `rate_spike`, …).
    pub kind: String,
    /// How bad.
    pub severity: Severity,
    /// The agent it is about, if any.
    pub agent: Option<String>,
    /// What makes two alerts the same one (kind, agent and what was new or unusual).
    pub dedup: String,
    /// One line for people (no argument values: names, counts, domains).
    pub summary: String,
    /// Where it is.
    pub state: AlertState,
    /// How often it was raised while not resolved.
    pub count: u64,
    /// When it was first raised.
    pub first_seen: Timestamp,
    /// When it was last raised.
    pub last_seen: Timestamp,
    /// The sequence numbers of the records that triggered it (at most [`MAX_ALERT_EVIDENCE`]).
    pub evidence: Vec<u64>,
    /// What the detector measured (baseline, threshold, observed value).
    pub detail: Value,
    /// Whether a rule halted the agent because of it.
    #[serde(default)]
    pub halted: bool,
    /// Who acknowledged it, and when.
    #[serde(default)]
    pub acknowledged: Option<(String, Timestamp)>,
    /// Who resolved it, when, and their note.
    #[serde(default)]
    pub resolved: Option<(String, Timestamp, String)>,
}

impl Alert {
    /// Adds a repeat's evidence: the first half of the slots keep the first records, the rest
    /// the latest.
    pub fn add_evidence(&mut self, seqs: &[u64]) {
        for s in seqs {
            if self.evidence.contains(s) {
                continue;
            }
            if self.evidence.len() >= MAX_ALERT_EVIDENCE {
                self.evidence.remove(MAX_ALERT_EVIDENCE / 2);
            }
            self.evidence.push(*s);
        }
    }
}
