//! The compliance control mapping (`controls.toml`: framework controls → capability keys →
//! automated checks) and the evidence report assembled from evaluated checks.
//!
//! This crate knows nothing of the gateway: the pipeline evaluates each check against the live
//! configuration, state and audit log (`warden_pipeline::compliance`) and hands the results to
//! [`Report::assemble`], which derives each control's status from its checks and its coverage
//! label. Rendering ([`Report::markdown`], [`Report::html`]) happens wherever the report is read,
//! from the JSON the server sends.
//!
//! Engineering reference data, not legal advice: a control is "evidenced" when every check of
//! every capability it lists passes, and is always shown with its coverage label, so that a
//! `partial` or `supporting` control is never read as met by the gateway alone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

mod render;

/// The mapping as shipped (`crates/compliance/controls.toml`).
const EMBEDDED: &str = include_str!("../controls.toml");

/// What is wrong with a mapping file.
#[derive(Debug, thiserror::Error)]
pub enum MappingError {
    /// Not TOML of the mapping's shape.
    #[error("the control mapping does not parse: {0}")]
    Parse(String),
    /// Parses, but does not hold together.
    #[error("the control mapping is inconsistent: {0}")]
    Inconsistent(String),
}

/// The mapping: thresholds, capabilities with their checks, frameworks with their controls.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// Format version (1).
    pub schema_version: u32,
    /// When the research behind the mapping was done.
    pub generated: String,
    /// When it was adapted to the product.
    pub adapted: String,
    /// Thresholds the checks use.
    pub defaults: Defaults,
    /// Capability keys and their automated checks.
    pub capabilities: Vec<Capability>,
    /// The frameworks.
    pub frameworks: Vec<Framework>,
}

/// Thresholds referenced by checks (days unless the name says otherwise).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Defaults {
    pub rotation_days_min: u64,
    pub rotation_days_max: u64,
    pub compromise_rotation_hours: u64,
    pub max_token_ttl_minutes: u64,
    pub revocation_propagation_seconds: u64,
    pub approval_ttl_minutes: u64,
    pub review_interval_days: u64,
    pub unused_days: u64,
    pub inactive_days: u64,
    pub retention_days_min: u64,
    pub retention_days_max: u64,
    pub retention_online_days: u64,
    /// Regulatory floors by source (`pci_dss_10_5_1`, `eu_ai_act_19_26_6`, `hipaa_164_316_b_2_i`).
    pub regulatory_retention_floors_days: BTreeMap<String, u64>,
    pub purge_grace_days: u64,
    pub erasure_sla_days: u64,
    pub contest_sla_days: u64,
    pub vendor_review_days: u64,
    pub ropa_review_days: u64,
    pub triage_sla_minutes: u64,
    pub control_failure_alert_minutes: u64,
    pub kill_switch_target_seconds: u64,
    pub kill_switch_drill_days: u64,
    pub postmortem_days: u64,
    pub breach_notification_hours: u64,
    pub max_clock_skew_ms: u64,
    pub checkpoint_interval_minutes: u64,
    pub replication_lag_minutes: u64,
}

/// A capability of the gateway and the checks that evidence it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Capability {
    /// Stable key, e.g. `least_privilege`.
    pub key: String,
    /// For people.
    pub name: String,
    /// Its checks.
    pub checks: Vec<Check>,
}

/// One automated check.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// `LP-01` …
    pub id: String,
    /// What is checked.
    pub check: String,
    /// The pass condition.
    pub pass: String,
}

/// A framework and its mapped controls.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// What `--framework` takes: `soc2`, `iso27001`, `eu-ai-act`, …
    pub key: String,
    /// Full name.
    pub name: String,
    /// Which version of it.
    pub version: String,
    /// Where the identifiers and titles were checked.
    pub sources: Vec<String>,
    /// Its controls.
    pub controls: Vec<Control>,
}

/// How much of a control the gateway's evidence covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// The gateway's evidence covers the control for agent traffic (organisational policy
    /// still assumed).
    Primary,
    /// A material part; other controls are needed.
    Partial,
    /// Mainly an organisational or provider duty; the gateway supplies supporting records.
    Supporting,
}

impl Coverage {
    /// The label.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Primary => "primary",
            Self::Partial => "partial",
            Self::Supporting => "supporting",
        }
    }
}

/// One control of a framework.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Control {
    /// The framework's identifier.
    pub id: String,
    /// Its title (or a short label where the framework gives none).
    pub title: String,
    /// What the gateway must be able to show.
    pub evidence: String,
    /// The capabilities whose checks evidence it.
    pub capabilities: Vec<String>,
    /// How much of it the gateway covers.
    pub coverage: Coverage,
    /// Applicability limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// A caveat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// From when the obligation applies (YYYY-MM-DD), where the framework dates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_from: Option<String>,
    /// What the date depends on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_note: Option<String>,
}

impl Mapping {
    /// The mapping Warden ships, parsed and checked.
    pub fn embedded() -> Result<Self, MappingError> {
        Self::parse(EMBEDDED)
    }

    /// Parses and checks a mapping: unique check ids and control ids per framework, every
    /// capability a control names exists, dates are dates.
    pub fn parse(text: &str) -> Result<Self, MappingError> {
        let m: Mapping = toml::from_str(text).map_err(|e| MappingError::Parse(e.to_string()))?;
        if m.schema_version != 1 {
            return Err(MappingError::Inconsistent(format!(
                "schema_version {} is not 1",
                m.schema_version
            )));
        }
        let mut checks = std::collections::BTreeSet::new();
        for c in &m.capabilities {
            if c.checks.is_empty() {
                return Err(MappingError::Inconsistent(format!(
                    "capability `{}` has no check",
                    c.key
                )));
            }
            for ch in &c.checks {
                if !checks.insert(ch.id.as_str()) {
                    return Err(MappingError::Inconsistent(format!(
                        "check `{}` appears twice",
                        ch.id
                    )));
                }
            }
        }
        let mut keys = std::collections::BTreeSet::new();
        for f in &m.frameworks {
            if !keys.insert(f.key.as_str()) {
                return Err(MappingError::Inconsistent(format!(
                    "framework `{}` appears twice",
                    f.key
                )));
            }
            let mut ids = std::collections::BTreeSet::new();
            for c in &f.controls {
                if !ids.insert(c.id.as_str()) {
                    return Err(MappingError::Inconsistent(format!(
                        "control `{}` appears twice in `{}`",
                        c.id, f.key
                    )));
                }
                if c.capabilities.is_empty() {
                    return Err(MappingError::Inconsistent(format!(
                        "control `{}` of `{}` names no capability",
                        c.id, f.key
                    )));
                }
                for k in &c.capabilities {
                    if m.capability(k).is_none() {
                        return Err(MappingError::Inconsistent(format!(
                            "control `{}` of `{}` names unknown capability `{k}`",
                            c.id, f.key
                        )));
                    }
                }
                if let Some(d) = &c.applies_from
                    && !is_date(d)
                {
                    return Err(MappingError::Inconsistent(format!(
                        "control `{}` of `{}`: applies_from `{d}` is not YYYY-MM-DD",
                        c.id, f.key
                    )));
                }
            }
        }
        Ok(m)
    }

    /// A capability by key.
    pub fn capability(&self, key: &str) -> Option<&Capability> {
        self.capabilities.iter().find(|c| c.key == key)
    }

    /// A framework by key.
    pub fn framework(&self, key: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.key == key)
    }

    /// The framework keys, in file order.
    pub fn framework_keys(&self) -> Vec<&str> {
        self.frameworks.iter().map(|f| f.key.as_str()).collect()
    }

    /// Every check the framework's controls depend on, by id, with its capability key.
    pub fn checks_of(&self, framework: &Framework) -> BTreeMap<String, (String, Check)> {
        let mut out = BTreeMap::new();
        for c in &framework.controls {
            for k in &c.capabilities {
                if let Some(cap) = self.capability(k) {
                    for ch in &cap.checks {
                        out.insert(ch.id.clone(), (cap.key.clone(), ch.clone()));
                    }
                }
            }
        }
        out
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// What a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The pass condition holds over the period.
    Pass,
    /// It does not.
    Fail,
    /// Nothing in this deployment is in its scope (the detail says why).
    NotApplicable,
    /// The gateway cannot evaluate it: the evidence lives outside Warden (the detail says
    /// where), or Warden does not record what it needs yet.
    NotEvaluated,
}

impl Status {
    /// The label.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pass => "pass",
            Self::Fail => "fail",
            Self::NotApplicable => "not applicable",
            Self::NotEvaluated => "not evaluated",
        }
    }
}

/// The evidence behind a check's result.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Evidence {
    /// Configuration keys read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub config: Vec<String>,
    /// Counts, by what was counted.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub counts: BTreeMap<String, u64>,
    /// Sequence numbers of audit records that show it (at most [`MAX_SEQS`]; `seqs_total`
    /// says how many there were).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seqs: Vec<u64>,
    /// How many records showed it in all.
    #[serde(default)]
    pub seqs_total: u64,
    /// What did not pass, by name (agents, tools, secrets, policies), at most [`MAX_ITEMS`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
}

/// Most sequence numbers listed per check.
pub const MAX_SEQS: usize = 50;
/// Most named items listed per check.
pub const MAX_ITEMS: usize = 50;

impl Evidence {
    /// Adds a record's sequence number.
    pub fn seq(&mut self, seq: u64) {
        self.seqs_total += 1;
        if self.seqs.len() < MAX_SEQS {
            self.seqs.push(seq);
        }
    }
    /// Adds a named item.
    pub fn item(&mut self, item: impl Into<String>) {
        if self.items.len() < MAX_ITEMS {
            self.items.push(item.into());
        }
    }
    /// Sets a count.
    pub fn count(&mut self, what: &str, n: u64) {
        self.counts.insert(what.to_owned(), n);
    }
    /// Adds a configuration key.
    pub fn key(&mut self, key: impl Into<String>) {
        let key = key.into();
        if !self.config.contains(&key) {
            self.config.push(key);
        }
    }
}

/// One evaluated check.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct CheckResult {
    /// Its id.
    pub id: String,
    /// Its capability.
    pub capability: String,
    /// What is checked.
    pub check: String,
    /// The pass condition.
    pub pass: String,
    /// The result.
    pub status: Status,
    /// One sentence on what was found.
    pub detail: String,
    /// What shows it.
    pub evidence: Evidence,
}

/// What a control's checks add up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ControlStatus {
    /// Every check passed (or is not applicable, with at least one pass): the gateway's part
    /// is evidenced, to the extent its coverage label says.
    Evidenced,
    /// A check failed.
    Failing,
    /// No check failed, but some could not be evaluated by the gateway.
    Incomplete,
    /// Every check is out of this deployment's scope.
    NotApplicable,
}

impl ControlStatus {
    /// The label, with the coverage caveat where it applies.
    pub fn label(self, coverage: Coverage) -> String {
        match (self, coverage) {
            (Self::Evidenced, Coverage::Primary) => "evidenced".into(),
            (Self::Evidenced, Coverage::Partial) => {
                "evidenced in part (partial coverage: other controls needed)".into()
            }
            (Self::Evidenced, Coverage::Supporting) => {
                "supporting records only (an organisational duty)".into()
            }
            (Self::Failing, _) => "failing".into(),
            (Self::Incomplete, _) => "incomplete (evidence needed from outside Warden)".into(),
            (Self::NotApplicable, _) => "not applicable".into(),
        }
    }
}

/// One control with its result.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ControlResult {
    /// The control as mapped.
    #[serde(flatten)]
    pub control: Control,
    /// What its checks add up to.
    pub status: ControlStatus,
    /// [`ControlStatus::label`] with the control's coverage.
    pub label: String,
    /// Whether the obligation applies at report time (`None`: the framework gives no date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force: Option<bool>,
    /// The ids of its checks.
    pub checks: Vec<String>,
    /// The ids of those that failed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub failing: Vec<String>,
}

/// The signed checkpoint of the log taken when the report was made.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct ReportCheckpoint {
    /// Records covered.
    pub size: u64,
    /// RFC 6962 root, hex.
    pub root: String,
    /// When it was signed.
    pub ts: String,
    /// The signed note (check it with `warden audit verify --against`).
    pub note: String,
    /// The verifier key (compare it with the one you keep).
    pub key: String,
}

/// The reporting period.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Period {
    /// Start (RFC 3339, UTC).
    pub since: String,
    /// End: when the report was made.
    pub until: String,
    /// Its length in days.
    pub days: u64,
}

/// Counts over a report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Summary {
    /// Controls by status.
    pub controls: BTreeMap<String, u64>,
    /// Checks by status.
    pub checks: BTreeMap<String, u64>,
}

/// The report.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Report {
    /// The framework's key.
    pub framework: String,
    /// Its name.
    pub name: String,
    /// Its version.
    pub version: String,
    /// Where its identifiers were checked.
    pub sources: Vec<String>,
    /// The framing every reader must see.
    pub disclaimer: String,
    /// When the mapping was researched and adapted.
    pub mapping: BTreeMap<String, String>,
    /// The deployment's name (`organization.name`) and audit origin.
    pub deployment: BTreeMap<String, String>,
    /// The period the log was read over.
    pub period: Period,
    /// Counts.
    pub summary: Summary,
    /// Every control of the framework.
    pub controls: Vec<ControlResult>,
    /// Every check those controls depend on.
    pub checks: Vec<CheckResult>,
    /// The signed checkpoint of the log at report time.
    pub checkpoint: ReportCheckpoint,
}

/// What every report says first.
pub const DISCLAIMER: &str = "Engineering evidence generated by Warden from its configuration, state and audit log; not legal advice and not an auditor's opinion. A control is shown as evidenced only to the extent of its coverage label: `partial` and `supporting` controls also depend on organisational controls the gateway cannot see. Checks marked `not evaluated` need evidence from outside Warden.";

impl Report {
    /// Assembles the report of `framework` from evaluated checks (every check the framework
    /// depends on must be in `results`; a missing one counts as not evaluated).
    pub fn assemble(
        mapping: &Mapping,
        framework: &Framework,
        mut results: BTreeMap<String, CheckResult>,
        today: &str,
        period: Period,
        deployment: BTreeMap<String, String>,
        checkpoint: ReportCheckpoint,
    ) -> Self {
        for (id, (cap, check)) in mapping.checks_of(framework) {
            results.entry(id.clone()).or_insert_with(|| CheckResult {
                id,
                capability: cap,
                check: check.check,
                pass: check.pass,
                status: Status::NotEvaluated,
                detail: "this version of Warden does not evaluate this check".into(),
                evidence: Evidence::default(),
            });
        }
        let mut controls = Vec::new();
        let mut summary = Summary::default();
        for c in &framework.controls {
            let mut ids = Vec::new();
            for k in &c.capabilities {
                if let Some(cap) = mapping.capability(k) {
                    ids.extend(cap.checks.iter().map(|ch| ch.id.clone()));
                }
            }
            let statuses: Vec<Status> = ids
                .iter()
                .map(|id| results.get(id).map_or(Status::NotEvaluated, |r| r.status))
                .collect();
            let failing: Vec<String> = ids
                .iter()
                .zip(&statuses)
                .filter(|(_, s)| **s == Status::Fail)
                .map(|(id, _)| id.clone())
                .collect();
            let status = if !failing.is_empty() {
                ControlStatus::Failing
            } else if statuses.contains(&Status::NotEvaluated) {
                ControlStatus::Incomplete
            } else if statuses.contains(&Status::Pass) {
                ControlStatus::Evidenced
            } else {
                ControlStatus::NotApplicable
            };
            *summary
                .controls
                .entry(status_key(status).to_owned())
                .or_default() += 1;
            controls.push(ControlResult {
                control: c.clone(),
                status,
                label: status.label(c.coverage),
                in_force: c.applies_from.as_deref().map(|d| d <= today),
                checks: ids,
                failing,
            });
        }
        let checks: Vec<CheckResult> = results.into_values().collect();
        for c in &checks {
            *summary
                .checks
                .entry(c.status.as_str().replace(' ', "_"))
                .or_default() += 1;
        }
        Self {
            framework: framework.key.clone(),
            name: framework.name.clone(),
            version: framework.version.clone(),
            sources: framework.sources.clone(),
            disclaimer: DISCLAIMER.into(),
            mapping: BTreeMap::from([
                ("generated".into(), mapping.generated.clone()),
                ("adapted".into(), mapping.adapted.clone()),
            ]),
            deployment,
            period,
            summary,
            controls,
            checks,
            checkpoint,
        }
    }

    /// The report as Markdown.
    pub fn markdown(&self) -> String {
        render::markdown(self)
    }

    /// The report as one self-contained HTML page (no script, no external resource).
    pub fn html(&self) -> String {
        render::html(self)
    }
}

fn status_key(s: ControlStatus) -> &'static str {
    match s {
        ControlStatus::Evidenced => "evidenced",
        ControlStatus::Failing => "failing",
        ControlStatus::Incomplete => "incomplete",
        ControlStatus::NotApplicable => "not_applicable",
    }
}

#[cfg(test)]
mod tests;
