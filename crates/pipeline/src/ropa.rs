//! Records of processing activities (GDPR Art. 30), generated: per agent, what its privacy
//! record declares (purposes, lawful basis, data categories, retention) beside what actually
//! flowed through Warden over a period (the kinds of personal data the inspection saw, per tool;
//! the systems and LLM providers that received it, with their processing agreement, region and
//! transfer mechanism from the processor registry; the audit log's own retention), and every
//! difference between the two flagged.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use warden_store::AuditFilter;
use warden_types::{EventKind, Outcome};

use crate::{Gateway, Refusal};

/// Most records one RoPA reads.
const MAX_RECORDS: u64 = 2_000_000;

/// Words a declared data category uses when it covers a kind of personal data.
const CATEGORY_WORDS: &[(&str, &[&str])] = &[
    ("pii.email", &["contact", "e-mail", "email", "mail"]),
    ("pii.phone", &["contact", "phone", "telephone", "mobile"]),
    ("pii.address", &["contact", "address", "postal"]),
    (
        "pii.person_name",
        &["contact", "name", "identity", "contributor", "customer"],
    ),
    (
        "pii.iban",
        &["bank", "payment", "iban", "account", "financial"],
    ),
    ("pii.card", &["card", "payment", "financial"]),
    (
        "pii.ssn",
        &["national", "social security", "ssn", "government"],
    ),
    ("pii.ipv4", &["ip", "online identifier", "network"]),
    ("pii.ipv6", &["ip", "online identifier", "network"]),
    ("pii.date_of_birth", &["birth", "age"]),
];

/// Whether one of `declared` covers kind `kind`.
fn covered(kind: &str, declared: &[String]) -> bool {
    let words = CATEGORY_WORDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or(&[][..], |(_, w)| *w);
    declared.iter().any(|d| {
        let d = d.to_lowercase();
        words.iter().any(|w| {
            // A word of the category, not a part of another ("ip" in "shipping").
            d.split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|t| t == *w)
                || (w.contains(' ') && d.contains(w))
        })
    })
}

/// A recipient of an agent's personal data.
#[derive(Debug, Clone, Serialize)]
pub struct Recipient {
    /// The system or provider.
    pub name: String,
    /// `system` (a tool's upstream) or `llm` (a provider).
    pub via: String,
    /// The legal entity, from the registry.
    pub legal_entity: Option<String>,
    /// Whether a processing agreement is signed.
    pub dpa: Option<bool>,
    /// Where it processes.
    pub region: Option<String>,
    /// How data may leave the EEA for it.
    pub transfer_mechanism: Option<String>,
    /// The kinds of personal data it received.
    pub kinds: BTreeSet<String>,
}

/// One agent's record.
#[derive(Debug, Clone, Serialize)]
pub struct Activity {
    /// The agent.
    pub agent: String,
    /// Its accountable owner (the controller's contact for it).
    pub owner: String,
    /// What it is for.
    pub purpose: String,
    /// Declared: the Art. 6(1) basis.
    pub lawful_basis: String,
    /// Declared: purposes.
    pub purposes: Vec<String>,
    /// Declared: data categories.
    pub data_categories: Vec<String>,
    /// Declared: how long its personal data is kept (days).
    pub retention_days: u32,
    /// When the record was last reviewed.
    pub reviewed: Option<String>,
    /// Its data protection impact assessment, if one was made.
    pub dpia: Option<String>,
    /// Observed: kinds of personal data and how many records carried each.
    pub observed: BTreeMap<String, u64>,
    /// Observed: the kinds per tool.
    pub tools: BTreeMap<String, BTreeSet<String>>,
    /// Observed: who received personal data.
    pub recipients: Vec<Recipient>,
    /// How long the audit log keeps its actions' records (days).
    pub audit_retention_days: u32,
    /// Differences between what is declared and what flowed.
    pub differences: Vec<String>,
}

/// The records of processing.
#[derive(Debug, Clone, Serialize)]
pub struct Ropa {
    /// Start of the period observed.
    pub since: String,
    /// Its end (now).
    pub until: String,
    /// One record per agent.
    pub activities: Vec<Activity>,
    /// Differences in all.
    pub differences: usize,
}

fn kind_of(finding: &str) -> &str {
    finding.rsplit(": ").next().unwrap_or(finding).trim()
}

impl Gateway {
    /// The records of processing over the last `period`.
    pub async fn ropa(&self, _op: &crate::Admin, period: &str) -> Result<Ropa, Refusal> {
        let (since, now) = crate::window::window(
            "since",
            period,
            std::time::Duration::from_secs(86_400),
            "1d",
        )?;
        let dep = self.dep();
        // agent → kind → records; agent → tool → kinds; agent → (recipient, via) → kinds.
        let mut observed: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
        let mut tools: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
        let mut sent: BTreeMap<String, BTreeMap<(String, String), BTreeSet<String>>> =
            BTreeMap::new();
        // An action's arguments are inspected when it is received; they leave if it is allowed.
        let mut pending: std::collections::HashMap<String, BTreeSet<String>> =
            std::collections::HashMap::new();
        self.each_record(
            AuditFilter {
                since: Some(since),
                ..AuditFilter::default()
            },
            MAX_RECORDS,
            "records",
            |r| {
                let e = &r.event;
                let Some(agent) = &e.agent else { return };
                if e.event == EventKind::ActionDecided
                    && let Some(id) = &e.action_id
                    && let Some(out) = pending.remove(id)
                    && e.outcome == Outcome::Success
                    && let Some(tool) = e.tool.as_ref().and_then(|t| dep.tools.get(t))
                {
                    sent.entry(agent.clone())
                        .or_default()
                        .entry((tool.system.clone(), "system".to_owned()))
                        .or_default()
                        .extend(out);
                }
                let kinds: BTreeSet<String> = e
                    .findings
                    .iter()
                    .map(|f| kind_of(f))
                    .filter(|k| k.starts_with("pii."))
                    .map(str::to_owned)
                    .collect();
                if kinds.is_empty() {
                    return;
                }
                let counts = observed.entry(agent.clone()).or_default();
                for k in &kinds {
                    *counts.entry(k.clone()).or_default() += 1;
                }
                if let Some(tool) = &e.tool {
                    tools
                        .entry(agent.clone())
                        .or_default()
                        .entry(tool.clone())
                        .or_default()
                        .extend(kinds.iter().cloned());
                }
                // What left: an allowed action's arguments to its system, an LLM call's prompt
                // to its provider.
                let out: BTreeSet<String> = e
                    .findings
                    .iter()
                    .filter(|f| f.starts_with("args") || f.starts_with("request"))
                    .map(|f| kind_of(f))
                    .filter(|k| k.starts_with("pii."))
                    .map(str::to_owned)
                    .collect();
                match e.event {
                    EventKind::ActionReceived if !out.is_empty() => {
                        if let Some(id) = &e.action_id
                            && pending.len() < 1_000_000
                        {
                            pending.insert(id.clone(), out);
                        }
                    }
                    EventKind::LlmCall if e.outcome == Outcome::Success && !out.is_empty() => {
                        if let Some(p) = e.systems.first() {
                            sent.entry(agent.clone())
                                .or_default()
                                .entry((p.clone(), "llm".to_owned()))
                                .or_default()
                                .extend(out);
                        }
                    }
                    _ => {}
                }
            },
        )
        .await?;
        let audit_days = dep
            .audit
            .retention
            .days
            .get("actions")
            .copied()
            .unwrap_or(0);
        let mut activities = Vec::new();
        for (id, a) in &dep.agents {
            let p = &a.privacy;
            let seen = observed.remove(id).unwrap_or_default();
            let mut differences = Vec::new();
            for kind in seen.keys() {
                if !covered(kind, &p.data_categories) {
                    differences.push(format!(
                        "{kind} was processed but no declared data category covers it"
                    ));
                }
            }
            if !seen.is_empty() && p.lawful_basis.trim().is_empty() {
                differences
                    .push("personal data was processed without a lawful basis on record".into());
            }
            let mut recipients = Vec::new();
            for ((name, via), kinds) in sent.remove(id).unwrap_or_default() {
                let entry = dep.processors.get(&name);
                match entry {
                    None => differences.push(format!(
                        "`{name}` received {} but has no entry in the processor registry",
                        kinds.iter().cloned().collect::<Vec<_>>().join(", ")
                    )),
                    Some(e) if e.dpa_signed.is_none() => differences.push(format!(
                        "`{name}` received {} without a signed processing agreement",
                        kinds.iter().cloned().collect::<Vec<_>>().join(", ")
                    )),
                    Some(_) => {}
                }
                recipients.push(Recipient {
                    legal_entity: entry.map(|e| e.legal_entity.clone()),
                    dpa: entry.map(|e| e.dpa_signed.is_some()),
                    region: entry.map(|e| e.region.clone()),
                    transfer_mechanism: entry.map(|e| e.transfer_mechanism.as_str().to_owned()),
                    name,
                    via,
                    kinds,
                });
            }
            let reviewed = p
                .reviewed
                .as_deref()
                .and_then(|r| warden_types::parse_rfc3339(&format!("{r}T00:00:00Z")));
            match reviewed {
                None => {
                    differences.push("the record was never reviewed (`privacy.reviewed`)".into())
                }
                Some(t) if now.unix_seconds() - t.unix_seconds() > 365 * 86_400 => {
                    differences.push(format!(
                        "the record was last reviewed on {}, more than a year ago",
                        p.reviewed.as_deref().unwrap_or_default()
                    ));
                }
                Some(_) => {}
            }
            if p.retention_days > 0 && audit_days > p.retention_days && !seen.is_empty() {
                differences.push(format!(
                    "the audit log keeps its records {audit_days} days, longer than the declared retention of {} days (their personal data can be erased per subject; shorten audit.retention or document why)",
                    p.retention_days
                ));
            }
            activities.push(Activity {
                agent: id.clone(),
                owner: a.owner.clone(),
                purpose: a.purpose.clone(),
                lawful_basis: p.lawful_basis.clone(),
                purposes: p.purposes.clone(),
                data_categories: p.data_categories.clone(),
                retention_days: p.retention_days,
                reviewed: p.reviewed.clone(),
                dpia: p.dpia.clone(),
                observed: seen,
                tools: tools.remove(id).unwrap_or_default(),
                recipients,
                audit_retention_days: audit_days,
                differences,
            });
        }
        let differences = activities.iter().map(|a| a.differences.len()).sum();
        Ok(Ropa {
            since: since.to_rfc3339(),
            until: now.to_rfc3339(),
            activities,
            differences,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::covered;

    #[test]
    fn declared_categories_cover_kinds_by_their_words_only() {
        let d = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(covered("pii.email", &d(&["contact details"])));
        assert!(covered("pii.iban", &d(&["bank details", "invoice data"])));
        assert!(covered("pii.ipv4", &d(&["IP addresses"])));
        assert!(!covered("pii.ipv4", &d(&["shipping addresses"])));
        assert!(!covered(
            "pii.iban",
            &d(&["contact details", "order history"])
        ));
        assert!(covered("pii.ssn", &d(&["social security numbers"])));
        assert!(!covered("pii.card", &d(&[])));
    }
}
