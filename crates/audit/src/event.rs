//! One constructor per administrative and audit event: the record's kind, outcome, description
//! and fields are decided here, once; the pipeline calls these next to the operation and
//! appends the event in the operation's transaction.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use warden_types::{AuditEvent, ErrorCode, EventKind, Outcome};

use crate::erasure::{DataMap, hook_ok};

/// The size of a configuration, as its load and reload records describe it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConfigSize {
    /// Agents configured.
    pub agents: usize,
    /// Tools configured.
    pub tools: usize,
    /// Policies loaded.
    pub policies: usize,
}

/// `config.loaded`: the gateway started with this configuration; `summary` is what was
/// loaded (policy set, counts, sections).
pub fn config_loaded(size: ConfigSize, summary: Value) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ConfigLoaded,
        Outcome::Success,
        format!(
            "configuration loaded: {} agents, {} tools, {} policies",
            size.agents, size.tools, size.policies
        ),
    );
    e.output = summary;
    e
}

/// `config.reloaded` (success): the configuration was reloaded, by `actor` (an operator; `None`
/// for a signal or a peer), under `policy_set`; `output` is the new configuration's summary with
/// the trigger and whether anything changed.
pub fn config_reloaded(
    actor: Option<&str>,
    size: ConfigSize,
    changed: bool,
    policy_set: &str,
    output: Value,
) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ConfigReloaded,
        Outcome::Success,
        format!(
            "configuration reloaded: {} agents, {} tools, {} policies{}",
            size.agents,
            size.tools,
            size.policies,
            if changed { "" } else { " (unchanged)" }
        ),
    );
    e.actor = actor.map(str::to_owned);
    e.policy_set = Some(policy_set.to_owned());
    e.output = output;
    e
}

/// `config.reloaded` (failure, `config_invalid`): a reload was refused for `problems`; the
/// running configuration (`policy_set`) keeps serving.
pub fn config_reload_refused(
    actor: Option<&str>,
    policy_set: &str,
    trigger: &str,
    problems: &[String],
) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ConfigReloaded,
        Outcome::Failure,
        format!(
            "reload refused ({} problem{}); the running configuration keeps serving",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        ),
    );
    e.actor = actor.map(str::to_owned);
    e.code = Some(ErrorCode::ConfigInvalid.as_str().into());
    e.policy_set = Some(policy_set.to_owned());
    e.output = json!({"trigger": trigger, "problems": problems});
    e
}

/// `audit.checkpoint`: `actor` had a checkpoint of the log signed at `size` records, with tree
/// root `root` (hex).
pub fn audit_checkpoint(actor: &str, size: u64, root: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AuditCheckpoint,
        Outcome::Success,
        format!("checkpoint of the audit log at {size} records signed"),
    );
    e.actor = Some(actor.to_owned());
    e.output = json!({"size": size, "root": root});
    e
}

/// What a retention purge did, for its receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Purge<'a> {
    /// Records purged in all.
    pub records: u64,
    /// Records purged, per event kind.
    pub by_event: &'a BTreeMap<String, u64>,
    /// The lowest purged sequence number.
    pub first_seq: Option<u64>,
    /// The highest purged sequence number.
    pub last_seq: Option<u64>,
    /// Every purged record, as inclusive ranges of sequence numbers (verification accepts an
    /// emptied record only inside a receipt's ranges).
    pub ranges: &'a [(u64, u64)],
    /// Encrypted personal values deleted with them.
    pub values: u64,
    /// Data subjects left with no data, deleted.
    pub subjects: u64,
    /// Per retention class, the time before which its records had expired.
    pub cutoffs: &'a BTreeMap<String, String>,
}

/// `audit.purged`: the receipt of a retention purge by `actor` (never purged itself).
pub fn audit_purged(actor: &str, p: &Purge<'_>) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AuditPurged,
        Outcome::Success,
        format!(
            "{} record(s) past their retention purged (records {}..{}); hashes and the Merkle tree kept",
            p.records,
            p.first_seq.unwrap_or(0),
            p.last_seq.unwrap_or(0)
        ),
    );
    e.actor = Some(actor.to_owned());
    e.output = json!({
        "records": p.records,
        "by_event": p.by_event,
        "first_seq": p.first_seq,
        "last_seq": p.last_seq,
        "ranges": p.ranges,
        "personal_values": p.values,
        "subjects_deleted": p.subjects,
        "cutoffs": p.cutoffs,
    });
    e
}

/// `audit.stream_skipped` (an alert): audit stream `stream` could never deliver record `seq`,
/// for `why`, and went on past it.
pub fn audit_stream_skipped(stream: &str, seq: u64, why: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AuditStreamSkipped,
        Outcome::Failure,
        format!("audit stream `{stream}` skipped record {seq}: {why}"),
    );
    e.actor = Some("warden".into());
    e.output = json!({"stream": stream, "seq": seq, "reason": why});
    e
}

/// `subject.accessed`: `actor` located or exported (`request`) the data of `identifiers`
/// identifiers, found as `subjects` in `records`. The identifiers themselves are personal data
/// and are never recorded.
pub fn subject_accessed(
    actor: &str,
    request: &str,
    identifiers: usize,
    subjects: &[String],
    records: &[u64],
) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::SubjectAccessed,
        Outcome::Success,
        format!(
            "{request} for {identifiers} identifier(s): {} subject(s), {} record(s)",
            subjects.len(),
            records.len()
        ),
    );
    e.actor = Some(actor.to_owned());
    e.input = json!({"request": request, "identifiers": identifiers});
    e.output = json!({"subjects": subjects, "records": records});
    e
}

/// What an erasure did, for its receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Erased<'a> {
    /// The erasure's id (`era_…`).
    pub erasure_id: &'a str,
    /// How many identifiers were given (never the identifiers).
    pub identifiers: usize,
    /// The reason, as it may be logged (personal data and secrets masked).
    pub reason: &'a str,
    /// The subjects erased (opaque ids).
    pub subjects: &'a [String],
    /// Positions of the identifiers Warden held no data for.
    pub unknown: &'a [usize],
    /// The records that held their data.
    pub records: &'a [u64],
    /// Where the data had gone.
    pub reached: &'a DataMap,
    /// Encrypted values destroyed.
    pub values: u64,
    /// Stored approvals scrubbed of the values.
    pub approvals: u64,
    /// Of those, pending ones cancelled.
    pub cancelled: u64,
    /// What each erasure hook answered.
    pub hooks: &'a [Value],
}

/// `subject.erased`: the erasure receipt, by `actor`. A failure (`erasure_hook_failed`) when
/// an erasure hook did not confirm; the values in Warden are destroyed either way.
pub fn subject_erased(actor: &str, d: &Erased<'_>) -> AuditEvent {
    let failed = d.hooks.iter().filter(|h| !hook_ok(h)).count();
    let mut e = AuditEvent::new(
        EventKind::SubjectErased,
        if failed == 0 {
            Outcome::Success
        } else {
            Outcome::Failure
        },
        format!(
            "erased {} data subject(s) ({} identifier(s) given): {} value(s) destroyed in {} record(s){}",
            d.subjects.len(),
            d.identifiers,
            d.values,
            d.records.len(),
            if failed == 0 {
                String::new()
            } else {
                format!("; {failed} erasure hook(s) failed")
            }
        ),
    );
    e.actor = Some(actor.to_owned());
    e.action_id = Some(d.erasure_id.to_owned());
    e.input = json!({"identifiers": d.identifiers, "reason": d.reason});
    e.output = json!({
        "subjects": d.subjects,
        "unknown_identifiers": d.unknown,
        "values_destroyed": d.values,
        "keys_destroyed": d.subjects.len(),
        "records": d.records,
        "reached": d.reached.to_json(),
        "approvals_scrubbed": d.approvals,
        "approvals_cancelled": d.cancelled,
        "hooks": d.hooks,
    });
    e.systems = d.reached.systems.iter().cloned().collect();
    if failed > 0 {
        e.code = Some("erasure_hook_failed".into());
    }
    e
}

#[cfg(test)]
mod tests;
