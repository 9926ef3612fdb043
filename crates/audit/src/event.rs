//! One constructor per administrative and audit event: the record's kind, outcome, description
//! and fields are decided here, once; the pipeline calls these next to the operation and
//! appends the event in the operation's transaction.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use warden_types::{Approval, AuditEvent, ErrorCode, EventKind, Outcome, TokenKind};

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

/// A token as its `token.created` record describes it (never its text or hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken<'a> {
    /// The token's id.
    pub id: &'a str,
    /// `agent` or `operator`.
    pub kind: &'a str,
    /// The agent or operator it is for.
    pub subject: &'a str,
    /// Whether an operator token may administer.
    pub admin: bool,
    /// When it expires (RFC 3339), if it does.
    pub expires_at: Option<String>,
}

/// `token.created`: `actor` created a token (an agent token's record names the agent).
pub fn token_created(actor: &str, t: &NewToken<'_>) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::TokenCreated,
        Outcome::Success,
        format!("{} token `{}` created for `{}`", t.kind, t.id, t.subject),
    );
    e.actor = Some(actor.to_owned());
    if t.kind == "agent" {
        e.agent = Some(t.subject.to_owned());
    }
    e.output = json!({
        "token_id": t.id, "kind": t.kind, "subject": t.subject,
        "admin": t.admin, "expires_at": t.expires_at,
    });
    e
}

/// `token.created` by `warden init`: the first administrator's token, `id`, for operator
/// `name`.
pub fn first_admin_token(id: &str, name: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::TokenCreated,
        Outcome::Success,
        format!("first administrator token `{id}` created for `{name}` by `warden init`"),
    );
    e.actor = Some("warden init".into());
    e.output = json!({"token_id": id, "kind": "operator", "subject": name, "admin": true});
    e
}

/// `token.revoked`: `actor` revoked token `id` (of `kind`, for `subject`).
pub fn token_revoked(actor: &str, id: &str, kind: TokenKind, subject: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::TokenRevoked,
        Outcome::Success,
        format!("token `{id}` of `{subject}` revoked"),
    );
    e.actor = Some(actor.to_owned());
    if kind == TokenKind::Agent {
        e.agent = Some(subject.to_owned());
    }
    e
}

/// `agent.halted`: `actor` halted `agent` for `reason`.
pub fn agent_halted(actor: &str, agent: &str, reason: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AgentHalted,
        Outcome::Success,
        format!("agent `{agent}` halted by `{actor}`: {reason}"),
    );
    e.agent = Some(agent.to_owned());
    e.actor = Some(actor.to_owned());
    e
}

/// `run.opened`: `actor` opened run `run` for `agent` (its current run from now on).
pub fn run_opened(actor: &str, agent: &str, run: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::RunOpened,
        Outcome::Success,
        format!("run `{run}` opened for agent `{agent}` by `{actor}`"),
    );
    e.agent = Some(agent.to_owned());
    e.actor = Some(actor.to_owned());
    e.session = Some(run.to_owned());
    e
}

/// `run.declassified`: `actor` removed `label` from run `run` of `agent`, for `reason`.
pub fn run_declassified(
    actor: &str,
    agent: &str,
    run: &str,
    label: &str,
    reason: &str,
) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::RunDeclassified,
        Outcome::Success,
        format!(
            "label `{label}` removed from run `{run}` of agent `{agent}` by `{actor}`: {reason}"
        ),
    );
    e.agent = Some(agent.to_owned());
    e.actor = Some(actor.to_owned());
    e.session = Some(run.to_owned());
    e
}

/// `console.signed_in`: operator `name` signed in to the web console with token `token_id`
/// (`method`: how) from `source`.
pub fn console_signed_in(
    name: &str,
    method: &str,
    token_id: &str,
    source: &str,
    admin: bool,
) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ConsoleSignedIn,
        Outcome::Success,
        format!("`{name}` signed in to the console"),
    );
    e.actor = Some(name.to_owned());
    e.output = serde_json::json!({
        "method": method,
        "token_id": token_id,
        "source": source,
        "admin": admin,
    });
    e
}

/// `console.signed_out`: operator `name`'s console session ended (`why`: signed out, expired).
pub fn console_signed_out(name: &str, token_id: &str, source: &str, why: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ConsoleSignedOut,
        Outcome::Success,
        format!("`{name}`'s console session ended: {why}"),
    );
    e.actor = Some(name.to_owned());
    e.output = serde_json::json!({ "token_id": token_id, "source": source, "why": why });
    e
}

/// What a notification record says.
pub struct Delivery<'a> {
    /// The channel's name.
    pub channel: &'a str,
    /// `approval.held`, `approval.reminder`, `approval.outcome` or `alert.raised`.
    pub kind: &'a str,
    /// The delivery id (the same on every retry).
    pub delivery: &'a str,
    /// The approval, for an approval's notice.
    pub approval_id: Option<&'a str>,
    /// The agent it is about.
    pub agent: Option<&'a str>,
    /// The approval's tool.
    pub tool: Option<&'a str>,
    /// The alerts, for an alert notice.
    pub alerts: &'a [String],
    /// Attempts made.
    pub attempts: u32,
    /// Why it failed, if it did (never a URL or credential).
    pub error: Option<&'a str>,
}

/// `notification.sent` or `notification.failed`.
pub fn notification(d: &Delivery<'_>) -> AuditEvent {
    let (kind, outcome, description) = match d.error {
        None => (
            EventKind::NotificationSent,
            Outcome::Success,
            format!("`{}` notice sent over channel `{}`", d.kind, d.channel),
        ),
        Some(e) => (
            EventKind::NotificationFailed,
            Outcome::Failure,
            format!(
                "`{}` notice NOT delivered over channel `{}` after {} attempt(s): {e}",
                d.kind, d.channel, d.attempts
            ),
        ),
    };
    let mut e = AuditEvent::new(kind, outcome, description);
    e.agent = d.agent.map(str::to_owned);
    e.tool = d.tool.map(str::to_owned);
    e.action_id = d.approval_id.map(str::to_owned);
    e.output = serde_json::json!({
        "channel": d.channel,
        "kind": d.kind,
        "delivery": d.delivery,
        "attempts": d.attempts,
        "error": d.error,
    });
    if !d.alerts.is_empty()
        && let Some(o) = e.output.as_object_mut()
    {
        o.insert("alerts".into(), serde_json::json!(d.alerts));
    }
    e
}

/// `agent.resumed`: `actor` resumed the halted `agent`.
pub fn agent_resumed(actor: &str, agent: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AgentResumed,
        Outcome::Success,
        format!("agent `{agent}` resumed by `{actor}`"),
    );
    e.agent = Some(agent.to_owned());
    e.actor = Some(actor.to_owned());
    e
}

/// `tool.pinned`: MCP tool `tool` of server `server` was seen for the first time; its
/// definition's SHA-256 is pinned.
pub fn tool_pinned(tool: &str, server: &str, sha256: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ToolPinned,
        Outcome::Success,
        format!("MCP tool `{tool}` seen for the first time; definition pinned"),
    );
    e.tool = Some(tool.to_owned());
    e.systems = vec![server.to_owned()];
    e.output = json!({"sha256": sha256});
    e
}

/// `tool.held` (an alert): MCP tool `tool` is disabled until an operator approves it, for
/// `note`; the record keeps the approved definition (if any) and the one seen.
pub fn tool_held(tool: &str, note: &str, approved: Option<&Value>, seen: &Value) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ToolHeld,
        Outcome::Denied,
        format!("MCP tool `{tool}` disabled until an operator approves it: {note}"),
    );
    e.tool = Some(tool.to_owned());
    e.code = Some("tool_disabled".into());
    e.output = json!({"approved": approved, "seen": seen});
    e
}

/// `tool.approved`: `operator` approved the definition of MCP tool `tool` seen with `sha256`
/// (replacing `previous`, if one was approved).
pub fn tool_approved(
    operator: &str,
    tool: &str,
    sha256: &str,
    previous: Option<&str>,
    comment: Option<&str>,
) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ToolApproved,
        Outcome::Approved,
        format!("operator `{operator}` approved the definition of MCP tool `{tool}`"),
    );
    e.tool = Some(tool.to_owned());
    e.actor = Some(operator.to_owned());
    e.output = json!({"sha256": sha256, "previous_sha256": previous, "comment": comment});
    e
}

/// `secret.stored` (the first version) or `secret.rotated` (a later one): `actor` stored
/// `version` of secret `name` for `agents`. Never the value.
pub fn secret_stored(actor: &str, name: &str, version: u32, agents: &[String]) -> AuditEvent {
    let mut e = AuditEvent::new(
        if version == 1 {
            EventKind::SecretStored
        } else {
            EventKind::SecretRotated
        },
        Outcome::Success,
        format!(
            "secret `{name}` version {version} stored by `{actor}` for {}",
            agents.join(", ")
        ),
    );
    e.actor = Some(actor.to_owned());
    e.output = json!({"secret": name, "version": version, "agents": agents});
    e
}

/// `secret.revoked`: `actor` revoked `version` of secret `name` (every version if `None`).
pub fn secret_revoked(actor: &str, name: &str, version: Option<u32>) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::SecretRevoked,
        Outcome::Success,
        format!(
            "secret `{name}` {} revoked by `{actor}`",
            version.map_or("(every version)".to_owned(), |v| format!("version {v}")),
        ),
    );
    e.actor = Some(actor.to_owned());
    e.output = json!({"secret": name, "version": version});
    e
}

/// `secret.revoked`: a previous version's grace period after rotation ended.
pub fn secret_grace_ended(name: &str, version: u32) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::SecretRevoked,
        Outcome::Success,
        format!("secret `{name}` version {version} revoked: its grace period after rotation ended"),
    );
    e.output = json!({"secret": name, "version": version, "reason": "grace period ended"});
    e
}

/// `secret.revoked`: a previous version was revoked at its provider by the rotation's revoke
/// hook.
pub fn secret_revoked_at_provider(name: &str, version: u32) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::SecretRevoked,
        Outcome::Success,
        format!("secret `{name}` version {version} revoked at its provider"),
    );
    e.output = json!({"secret": name, "version": version, "reason": "revoked at the provider"});
    e
}

/// `secret.rotation_failed` (an alert, `provider_revoke_failed`): Warden no longer uses a
/// previous version, but revoking it at its provider failed for `why`.
pub fn secret_provider_revoke_failed(name: &str, version: u32, why: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::SecretRotationFailed,
        Outcome::Failure,
        format!(
            "secret `{name}` version {version} is no longer used by Warden, but revoking it at its provider failed: {why}; revoke it by hand"
        ),
    );
    e.code = Some("provider_revoke_failed".into());
    e.output = json!({"secret": name, "version": version, "reason": why});
    e
}

/// `secret.rotation_failed` (an alert, `rotation_failed`): a due rotation of secret `name`
/// failed for `why`; the current version stays.
pub fn secret_rotation_failed(name: &str, why: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::SecretRotationFailed,
        Outcome::Failure,
        format!("rotation of secret `{name}` failed: {why}; the current version stays active"),
    );
    e.code = Some("rotation_failed".into());
    e.output = json!({"secret": name, "reason": why});
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

/// `approval.cancelled`: a pending approval withdrawn by Warden `because` (a halt, an
/// erasure that scrubbed its arguments), by `actor`.
pub fn approval_cancelled(a: &Approval, actor: &str, because: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ApprovalCancelled,
        Outcome::Cancelled,
        format!("approval cancelled: {because}"),
    );
    e.agent = Some(a.action.agent.clone());
    e.session = Some(a.action.session.clone());
    e.action_id = Some(a.action.id.clone());
    e.tool = Some(a.action.tool.clone());
    e.actor = Some(actor.to_owned());
    e.policies = a.policies.clone();
    e.code = Some(ErrorCode::ApprovalCancelled.as_str().into());
    e
}

/// `audit.tree_rebuilt`: the Merkle tree of a log of `records` records was built from their
/// stored hashes when the database was opened (it had `leaves` leaves, of an earlier format
/// or none); `withdrawn` are the checkpoints over the old tree, withdrawn.
pub fn tree_rebuilt(
    records: i64,
    leaves: i64,
    earlier_format: bool,
    withdrawn: &[(i64, String)],
) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AuditTreeRebuilt,
        Outcome::Success,
        format!(
            "the audit log's Merkle tree was built from the stored hashes of its {records} \
             records when the database was opened ({})",
            if earlier_format {
                "its tree was of an earlier format"
            } else {
                "it had none"
            }
        ),
    );
    e.actor = Some("warden".into());
    e.code = Some("tree_rebuilt".into());
    e.output = json!({
        "records": records,
        "leaves_before": leaves,
        "earlier_format": earlier_format,
        "withdrawn_checkpoints": withdrawn
            .iter()
            .map(|(size, root)| json!({"size": size, "root": root}))
            .collect::<Vec<_>>(),
    });
    e
}

/// `audit.tampered` (an alert): the log did not verify at start (`problem`), and the gateway
/// started refusing every action and LLM call.
pub fn audit_tampered(problem: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AuditTampered,
        Outcome::Failure,
        format!("the audit log does not verify: {problem}; every action is refused"),
    );
    e.actor = Some("warden".into());
    e.code = Some(ErrorCode::LogTampered.as_str().into());
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

/// `alert.raised`: the monitor raised `a` (its kind, severity, the records that triggered it
/// and what was measured).
pub fn alert_raised(a: &warden_types::Alert) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AlertRaised,
        Outcome::Success,
        format!("{} alert `{}`: {}", a.severity.as_str(), a.kind, a.summary),
    );
    e.agent = a.agent.clone();
    e.actor = Some("monitor".into());
    e.output = serde_json::json!({
        "alert": a.id, "kind": a.kind, "severity": a.severity.as_str(),
        "evidence": a.evidence, "detail": a.detail,
    });
    e
}

/// `alert.acknowledged`: `actor` is on alert `a`.
pub fn alert_acknowledged(actor: &str, a: &warden_types::Alert) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AlertAcknowledged,
        Outcome::Success,
        format!("alert `{}` ({}) acknowledged by `{actor}`", a.id, a.kind),
    );
    e.agent = a.agent.clone();
    e.actor = Some(actor.to_owned());
    e.output = serde_json::json!({"alert": a.id, "kind": a.kind});
    e
}

/// `alert.resolved`: `actor` resolved alert `a` with `note`.
pub fn alert_resolved(actor: &str, a: &warden_types::Alert, note: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AlertResolved,
        Outcome::Success,
        format!("alert `{}` ({}) resolved by `{actor}`", a.id, a.kind),
    );
    e.agent = a.agent.clone();
    e.actor = Some(actor.to_owned());
    e.output = serde_json::json!({"alert": a.id, "kind": a.kind, "note": note, "count": a.count});
    e
}

/// `drill.completed`: `actor` halted and resumed `agent` to prove the kill switch works;
/// `result` holds how long each process took to refuse it.
pub fn drill_completed(actor: &str, agent: &str, ok: bool, result: Value) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::DrillCompleted,
        if ok {
            Outcome::Success
        } else {
            Outcome::Failure
        },
        format!(
            "halt drill on agent `{agent}` by `{actor}`: {}",
            if ok {
                "every process refused the agent"
            } else {
                "NOT every process refused the agent in time"
            }
        ),
    );
    e.agent = Some(agent.to_owned());
    e.actor = Some(actor.to_owned());
    e.output = result;
    e
}

/// `incident.opened`: `actor` opened incident `id` about `agent` from `since`, for `reason`.
pub fn incident_opened(
    actor: &str,
    id: &str,
    agent: &str,
    since: &str,
    reason: &str,
) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::IncidentOpened,
        Outcome::Success,
        format!("incident `{id}` opened about agent `{agent}` by `{actor}`: {reason}"),
    );
    e.agent = Some(agent.to_owned());
    e.actor = Some(actor.to_owned());
    e.output = serde_json::json!({"incident": id, "since": since, "reason": reason});
    e
}

/// `incident.closed`: `actor` closed incident `id` with `notes`.
pub fn incident_closed(actor: &str, id: &str, agent: &str, notes: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::IncidentClosed,
        Outcome::Success,
        format!("incident `{id}` closed by `{actor}`"),
    );
    e.agent = Some(agent.to_owned());
    e.actor = Some(actor.to_owned());
    e.output = serde_json::json!({"incident": id, "notes": notes});
    e
}

/// `processor.review_overdue` (an alert, `processor_review`): the registry entry of processor
/// `name` was last reviewed on `reviewed` and was due again on `due`.
pub fn processor_review_overdue(name: &str, reviewed: &str, due: &str) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ProcessorReviewOverdue,
        Outcome::Failure,
        format!(
            "the data processing agreement of `{name}` is due for review since {due} (last reviewed {reviewed})"
        ),
    );
    e.systems = vec![name.to_owned()];
    e.code = Some("review_overdue".into());
    e.output = serde_json::json!({"processor": name, "reviewed": reviewed, "due": due});
    e
}

/// `review.recorded`: `actor` signed off a review of `kind` (`permissions`), acknowledged by
/// `acknowledged_by`; `found` is what it covered and found (agents, unused grants).
pub fn review_recorded(
    actor: &str,
    kind: &str,
    acknowledged_by: &str,
    notes: &str,
    found: Value,
) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ReviewRecorded,
        Outcome::Success,
        format!("`{actor}` recorded a {kind} review, acknowledged by `{acknowledged_by}`"),
    );
    e.actor = Some(actor.to_owned());
    e.input = serde_json::json!({"kind": kind, "acknowledged_by": acknowledged_by, "notes": notes});
    e.output = found;
    e
}

/// `decision.contested`: `actor` recorded that the data subject `subject` (a reference, never
/// personal data) contests decision `action_id` of `agent` through `tool`; review due by `due`.
pub struct Contest<'a> {
    /// The contest's id (`con_…`).
    pub id: &'a str,
    /// The contested action.
    pub action_id: &'a str,
    /// Its agent.
    pub agent: &'a str,
    /// Its tool.
    pub tool: &'a str,
    /// The data subject's reference (a case or customer number).
    pub subject: &'a str,
    /// Why, with personal data masked.
    pub reason: &'a str,
    /// When the review is due (RFC 3339).
    pub due: &'a str,
    /// The groups that may review it.
    pub reviewers: &'a [String],
}

/// `decision.contested`.
pub fn decision_contested(actor: &str, c: &Contest<'_>) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::DecisionContested,
        Outcome::Escalated,
        format!(
            "decision `{}` contested by data subject `{}`; review by {} due {}",
            c.action_id,
            c.subject,
            c.reviewers.join(" or "),
            c.due
        ),
    );
    e.actor = Some(actor.to_owned());
    e.agent = Some(c.agent.to_owned());
    e.tool = Some(c.tool.to_owned());
    e.action_id = Some(c.action_id.to_owned());
    e.input = json!({"contest": c.id, "subject": c.subject, "reason": c.reason});
    e.output = json!({"contest": c.id, "due": c.due, "reviewers": c.reviewers});
    e
}

/// `decision.reviewed`: `reviewer` upheld or changed contested decision `action_id`.
pub fn decision_reviewed(
    reviewer: &str,
    contest: &str,
    action_id: &str,
    outcome: &str,
    reason: &str,
) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::DecisionReviewed,
        Outcome::Success,
        format!("`{reviewer}` {outcome} contested decision `{action_id}`"),
    );
    e.actor = Some(reviewer.to_owned());
    e.approver = Some(reviewer.to_owned());
    e.action_id = Some(action_id.to_owned());
    e.output = json!({"contest": contest, "outcome": outcome, "reason": reason});
    e
}
