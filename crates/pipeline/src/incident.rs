//! Incidents: an agent, a window of time and a reason, opened and closed by people (both
//! recorded); the timeline of everything in the window with an inclusion proof of each record
//! against a signed checkpoint, so the timeline is itself evidence; and a post-mortem skeleton.
//!
//! An incident lives in the audit log only (`incident.opened`, `incident.closed`): nothing of it
//! can change without the log showing it.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::{Value, json};
use warden_store::{AuditFilter, InclusionProof, StoredCheckpoint};
use warden_types::{AuditRecord, ErrorCode, EventKind, Timestamp, random_id};

use crate::admin_log::AdminLog;
use crate::{Gateway, Refusal};

/// Most records a timeline holds: a longer window is refused (narrow it with `--since`).
pub const MAX_TIMELINE: u64 = 10_000;

/// Administrative events with no agent that belong in every timeline of their window.
const GLOBAL: &[EventKind] = &[
    EventKind::ConfigLoaded,
    EventKind::ConfigReloaded,
    EventKind::SecretStored,
    EventKind::SecretRotated,
    EventKind::SecretRevoked,
    EventKind::SecretRotationFailed,
    EventKind::ToolHeld,
    EventKind::ToolApproved,
    EventKind::AuditPurged,
    EventKind::AuditTampered,
    EventKind::SubjectErased,
];

/// An incident, as its records say.
#[derive(Debug, Clone, Serialize)]
pub struct Incident {
    /// `inc_…`.
    pub id: String,
    /// The agent.
    pub agent: String,
    /// The start of its window.
    pub since: String,
    /// Why it was opened.
    pub reason: String,
    /// Who opened it, when, and the record.
    pub opened_by: String,
    /// When.
    pub opened_at: String,
    /// The `incident.opened` record.
    pub opened_seq: u64,
    /// `open` or `closed`.
    pub state: String,
    /// Who closed it, when, their notes, and the record.
    pub closed: Option<Value>,
}

/// One record of a timeline with its proof.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// The record as stored.
    pub record: Value,
    /// Its inclusion in the checkpoint's tree.
    pub proof: InclusionProof,
}

/// A timeline: the records and the checkpoint their proofs are against.
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    /// The incident.
    pub incident: Incident,
    /// The end of the window (when it was closed, or now).
    pub until: String,
    /// The signed checkpoint.
    pub checkpoint: StoredCheckpoint,
    /// The checkpoint's verifier key (check it against the one you keep).
    pub key: String,
    /// The records, in log order.
    pub entries: Vec<Entry>,
}

fn refusal(e: &warden_store::StoreError) -> Refusal {
    tracing::error!(error = %e, "the store failed");
    Refusal::internal()
}

fn field<'a>(r: &'a AuditRecord, key: &str) -> &'a str {
    r.event
        .output
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
}

impl Gateway {
    /// Opens an incident about `agent` from `since` (recorded).
    pub async fn open_incident(
        &self,
        op: &crate::Admin,
        agent: &str,
        since: Timestamp,
        reason: &str,
    ) -> Result<Incident, Refusal> {
        if !self.dep().agents.contains_key(agent) {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("no agent `{agent}` is configured"),
            ));
        }
        let reason = reason.trim();
        if reason.is_empty() || reason.len() > 2000 {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "an incident needs a `reason` of 1-2000 bytes",
            ));
        }
        if since.0 > Timestamp::now().0 {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "`since` is in the future",
            ));
        }
        let id = random_id("inc").map_err(|_| Refusal::internal())?;
        AdminLog(&*self.store)
            .incident_opened(&op.name, &id, agent, since, reason)
            .await
            .map_err(|e| refusal(&e))?;
        self.incident(&op.0, &id).await
    }

    /// Every incident, newest first.
    pub async fn incidents(&self, _op: &crate::Operator) -> Result<Vec<Incident>, Refusal> {
        let opened = self.records_of(EventKind::IncidentOpened).await?;
        let closed = self.records_of(EventKind::IncidentClosed).await?;
        let mut out: Vec<Incident> = opened
            .iter()
            .map(|o| {
                incident_of(
                    o,
                    closed
                        .iter()
                        .find(|c| field(c, "incident") == field(o, "incident")),
                )
            })
            .collect();
        out.reverse();
        Ok(out)
    }

    /// One incident.
    pub async fn incident(&self, _op: &crate::Operator, id: &str) -> Result<Incident, Refusal> {
        let opened = self.records_of(EventKind::IncidentOpened).await?;
        let o = opened
            .iter()
            .find(|r| field(r, "incident") == id)
            .ok_or_else(|| Refusal::new(ErrorCode::NotFound, format!("no incident `{id}`")))?;
        let closed = self.records_of(EventKind::IncidentClosed).await?;
        Ok(incident_of(
            o,
            closed.iter().find(|c| field(c, "incident") == id),
        ))
    }

    /// Closes an open incident with notes (recorded).
    pub async fn close_incident(
        &self,
        op: &crate::Admin,
        id: &str,
        notes: &str,
    ) -> Result<Incident, Refusal> {
        let i = self.incident(&op.0, id).await?;
        if i.state == "closed" {
            return Err(Refusal::new(
                ErrorCode::Conflict,
                format!("incident `{id}` is already closed"),
            ));
        }
        let notes = notes.trim();
        if notes.is_empty() || notes.len() > 20_000 {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "closing an incident needs `notes` of 1-20000 bytes",
            ));
        }
        AdminLog(&*self.store)
            .incident_closed(&op.name, id, &i.agent, notes)
            .await
            .map_err(|e| refusal(&e))?;
        self.incident(&op.0, id).await
    }

    async fn records_of(&self, kind: EventKind) -> Result<Vec<AuditRecord>, Refusal> {
        self.store
            .query_audit(AuditFilter {
                event: Some(kind.as_str().into()),
                limit: Some(100_000),
                ..AuditFilter::default()
            })
            .await
            .map_err(|e| refusal(&e))
    }

    /// Everything in the incident's window: the agent's records (actions, decisions,
    /// approvals, alerts, halts, credential uses, LLM calls) and the administrative changes of
    /// the whole gateway, in log order, each with an inclusion proof against the latest signed
    /// checkpoint (a new one is made when the latest does not cover the window).
    pub async fn incident_timeline(
        &self,
        op: &crate::Admin,
        id: &str,
    ) -> Result<Timeline, Refusal> {
        let incident = self.incident(&op.0, id).await?;
        let since = warden_types::parse_rfc3339(&incident.since).ok_or_else(Refusal::internal)?;
        let until_ts = incident
            .closed
            .as_ref()
            .and_then(|c| c.get("at"))
            .and_then(Value::as_str)
            .and_then(warden_types::parse_rfc3339);
        let window = |agent: Option<String>, event: Option<String>| AuditFilter {
            agent,
            event,
            since: Some(since),
            until: until_ts.map(|t| t.plus_seconds(1)),
            limit: Some(MAX_TIMELINE + 1),
            ..AuditFilter::default()
        };
        let mut records = self
            .store
            .query_audit(window(Some(incident.agent.clone()), None))
            .await
            .map_err(|e| refusal(&e))?;
        for kind in GLOBAL {
            let more = self
                .store
                .query_audit(window(None, Some(kind.as_str().into())))
                .await
                .map_err(|e| refusal(&e))?;
            records.extend(more.into_iter().filter(|r| r.event.agent.is_none()));
        }
        // The incident's own records, whatever their time.
        for kind in [EventKind::IncidentOpened, EventKind::IncidentClosed] {
            records.extend(
                self.records_of(kind)
                    .await?
                    .into_iter()
                    .filter(|r| field(r, "incident") == id),
            );
        }
        records.sort_by_key(|r| r.seq);
        records.dedup_by_key(|r| r.seq);
        if records.len() as u64 > MAX_TIMELINE {
            return Err(Refusal::new(
                ErrorCode::PayloadTooLarge,
                format!(
                    "more than {MAX_TIMELINE} records in the window: open an incident with a later `since`"
                ),
            ));
        }
        let last = records.last().map_or(0, |r| r.seq);
        let checkpoints = self.store.checkpoints().await.map_err(|e| refusal(&e))?;
        let checkpoint = match checkpoints.last() {
            Some(c) if c.size >= last => c.clone(),
            _ => self.make_checkpoint(&op.name).await?,
        };
        let mut entries = Vec::with_capacity(records.len());
        for r in records {
            let proof = self
                .store
                .inclusion_proof(r.seq, Some(checkpoint.size))
                .await
                .map_err(|e| refusal(&e))?;
            entries.push(Entry {
                record: serde_json::to_value(&r).map_err(|_| Refusal::internal())?,
                proof,
            });
        }
        Ok(Timeline {
            until: until_ts.unwrap_or_else(Timestamp::now).to_rfc3339(),
            incident,
            checkpoint,
            key: self.signer.verifier_text(),
            entries,
        })
    }

    /// A post-mortem skeleton in Markdown, from the timeline.
    pub async fn incident_report(&self, op: &crate::Admin, id: &str) -> Result<String, Refusal> {
        let t = self.incident_timeline(op, id).await?;
        let dep = self.dep();
        Ok(report(&t, |tool| {
            dep.tools
                .get(tool)
                .is_some_and(|t| t.output_labels.iter().any(|l| l == "untrusted"))
        }))
    }
}

fn incident_of(o: &AuditRecord, closed: Option<&AuditRecord>) -> Incident {
    Incident {
        id: field(o, "incident").to_owned(),
        agent: o.event.agent.clone().unwrap_or_default(),
        since: field(o, "since").to_owned(),
        reason: field(o, "reason").to_owned(),
        opened_by: o.event.actor.clone().unwrap_or_default(),
        opened_at: o.ts.clone(),
        opened_seq: o.seq,
        state: if closed.is_some() { "closed" } else { "open" }.into(),
        closed: closed.map(|c| {
            json!({
                "by": c.event.actor, "at": c.ts, "notes": field(c, "notes"), "seq": c.seq,
            })
        }),
    }
}

fn s<'a>(r: &'a Value, k: &str) -> &'a str {
    r.get(k).and_then(Value::as_str).unwrap_or_default()
}

/// Placeholder labels (`EMAIL`, `PHONE`, …) in a record's text: the kinds of personal data it
/// carried (pseudonymised).
fn personal_kinds(r: &Value) -> BTreeSet<String> {
    let text = r.to_string();
    let mut out = BTreeSet::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find('<') {
        rest = rest.get(i + 1..).unwrap_or_default();
        let Some(j) = rest.find('>') else { break };
        let inner = rest.get(..j).unwrap_or_default();
        if let Some((label, n)) = inner.rsplit_once('_')
            && !label.is_empty()
            && label.bytes().all(|b| b.is_ascii_uppercase())
            && n.bytes().all(|b| b.is_ascii_digit())
            && !n.is_empty()
        {
            out.insert(label.to_owned());
        }
    }
    out
}

fn md(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The post-mortem skeleton.
fn report(t: &Timeline, untrusted_tool: impl Fn(&str) -> bool) -> String {
    let i = &t.incident;
    let records: Vec<&Value> = t.entries.iter().map(|e| &e.record).collect();
    let mut systems: BTreeSet<String> = BTreeSet::new();
    let mut kinds: BTreeSet<String> = BTreeSet::new();
    let mut personal_seqs = Vec::new();
    let mut outcomes: BTreeMap<String, u64> = BTreeMap::new();
    let mut untrusted = Vec::new();
    let mut containment = Vec::new();
    let mut alerts = Vec::new();
    for r in &records {
        let event = s(r, "event");
        let seq = r.get("seq").and_then(Value::as_u64).unwrap_or(0);
        if let Some(sys) = r.get("systems").and_then(Value::as_array) {
            systems.extend(sys.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        let k = personal_kinds(r);
        let findings: Vec<&str> = r
            .get("findings")
            .and_then(Value::as_array)
            .map(|f| f.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if !k.is_empty() || findings.iter().any(|f| f.contains("pii")) {
            personal_seqs.push(seq);
            kinds.extend(k);
        }
        if event == "action.decided" || event == "action.executed" || event == "llm.call" {
            *outcomes
                .entry(format!("{event} {}", s(r, "outcome")))
                .or_default() += 1;
        }
        let injected: Vec<&&str> = findings
            .iter()
            .filter(|f| f.contains("injection."))
            .collect();
        if event == "action.executed" && (untrusted_tool(s(r, "tool")) || !injected.is_empty()) {
            untrusted.push(format!(
                "- record {seq}: `{}`{}",
                s(r, "tool"),
                if injected.is_empty() {
                    String::new()
                } else {
                    format!(
                        " — injection found ({})",
                        injected
                            .iter()
                            .map(|f| format!("`{f}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                }
            ));
        }
        if matches!(
            event,
            "agent.halted"
                | "agent.resumed"
                | "approval.cancelled"
                | "action.cancelled"
                | "token.revoked"
                | "secret.rotated"
                | "secret.revoked"
                | "run.opened"
                | "run.declassified"
        ) || (event == "approval.decided" && s(r, "outcome") == "denied")
        {
            containment.push(format!(
                "- {} record {seq} `{event}`: {}",
                s(r, "ts"),
                md(s(r, "description"))
            ));
        }
        if event == "alert.raised" {
            alerts.push(format!("- record {seq}: {}", md(s(r, "description"))));
        }
    }
    let mut out = String::new();
    out.push_str(&format!("# Incident {} — agent `{}`\n\n", i.id, i.agent));
    out.push_str(&format!(
        "Opened by {} at {} (record {}): {}\n\nWindow: {} to {}. State: {}.\n\n",
        i.opened_by, i.opened_at, i.opened_seq, i.reason, i.since, t.until, i.state
    ));
    out.push_str("## Summary\n\n");
    out.push_str(&format!("- {} records in the window.\n", records.len()));
    for (k, n) in &outcomes {
        out.push_str(&format!("- {k}: {n}\n"));
    }
    out.push_str(&format!(
        "- Systems touched: {}.\n",
        if systems.is_empty() {
            "none".to_owned()
        } else {
            systems
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    ));
    out.push_str("\n## Personal data\n\n");
    if personal_seqs.is_empty() {
        out.push_str("No record in the window carried personal data.\n");
    } else {
        let deadline = warden_types::parse_rfc3339(&i.opened_at)
            .map(|t| t.plus_seconds(72 * 3600).to_rfc3339())
            .unwrap_or_default();
        out.push_str(&format!(
            "**Personal data was involved**: {} record(s) carried it ({}), kinds: {}. The data subjects: `warden subject locate` on the identifiers concerned.\n\n",
            personal_seqs.len(),
            personal_seqs.iter().take(50).map(u64::to_string).collect::<Vec<_>>().join(", "),
            if kinds.is_empty() { "see the findings".to_owned() } else { kinds.into_iter().collect::<Vec<_>>().join(", ") },
        ));
        out.push_str(&format!(
            "If this is a personal data breach, GDPR Art. 33 asks for notification of the supervisory authority within 72 hours of becoming aware of it: counting from the incident's opening, by **{deadline}** (not legal advice; the controller decides).\n"
        ));
    }
    out.push_str("\n## Untrusted content the agent read\n\n");
    if untrusted.is_empty() {
        out.push_str("None in the window.\n");
    } else {
        out.push_str(&untrusted.join("\n"));
        out.push('\n');
    }
    out.push_str("\n## Alerts\n\n");
    out.push_str(&if alerts.is_empty() {
        "None in the window.".to_owned()
    } else {
        alerts.join("\n")
    });
    out.push_str("\n\n## Containment steps taken\n\n");
    out.push_str(&if containment.is_empty() {
        "None recorded.".to_owned()
    } else {
        containment.join("\n")
    });
    out.push_str("\n\n## Timeline\n\n| record | time | event | tool | outcome | what |\n| --- | --- | --- | --- | --- | --- |\n");
    for r in &records {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            r.get("seq").and_then(Value::as_u64).unwrap_or(0),
            s(r, "ts"),
            s(r, "event"),
            md(s(r, "tool")),
            s(r, "outcome"),
            md(s(r, "description"))
        ));
    }
    out.push_str(&format!(
        "\n## Evidence\n\nEvery record above is proven included in the signed checkpoint of {} records (root `{}`, {}): `warden incident timeline {}` verifies each proof and the checkpoint's signature.\n",
        t.checkpoint.size, t.checkpoint.root, t.checkpoint.ts, i.id
    ));
    out.push_str("\n## Root cause\n\n_To be written._\n\n## What went well, what did not\n\n_To be written._\n\n## Actions\n\n- [ ] _To be written._\n");
    if let Some(c) = &i.closed {
        out.push_str(&format!(
            "\n## Closing notes\n\n{} ({}, {})\n",
            s(c, "notes"),
            s(c, "by"),
            s(c, "at")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_name_the_kinds_of_personal_data() {
        let r = json!({"input": {"to": "<EMAIL_1>", "body": "call <PHONE_2> or <b>x</b> <NOT_A> <_1>"}});
        let k: Vec<String> = personal_kinds(&r).into_iter().collect();
        assert_eq!(k, ["EMAIL", "PHONE"]);
    }
}
