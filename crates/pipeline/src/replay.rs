//! `warden policy replay`: recorded actions decided again under a candidate policy set (or the
//! set in force, as a check), so that what a change would do — allowed → held, held → denied,
//! … — is seen before it is loaded. Each action is re-decided from what was recorded when it
//! was decided: its arguments (their personal values restored from the subject vault), and the
//! policy's context (`action.received` `output.policy_context`: session labels, findings,
//! totals, provenance, disclosure, time). Actions that cannot be re-decided exactly are counted
//! apart, never guessed: no recorded context (recorded before it was, or refused before the
//! policy), arguments too large to have been kept, a personal value the subject vault does not
//! hold (one in a record that names no data subject by e-mail or phone, such as an IBAN alone,
//! is kept only as its placeholder) or erased since, a tool gone.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;
use serde_json::Value;
use warden_policy::provenance::ArgProvenance;
use warden_policy::{DecisionInput, PolicyEngine};
use warden_store::AuditFilter;
use warden_types::{Decision, ErrorCode, EventKind, Outcome, PolicyFile};

use crate::{Gateway, Refusal};

use crate::window::PAGE;
/// Most records one replay reads.
const MAX_RECORDS: u64 = 2_000_000;
/// Most changes listed.
const MAX_CHANGES: usize = 1_000;

/// One decision that would change.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// The `action.decided` record.
    pub seq: u64,
    /// The action.
    pub action_id: String,
    /// Its agent and tool.
    pub agent: String,
    /// The tool.
    pub tool: String,
    /// What was decided: `allow`, `hold` or `deny`.
    pub recorded: String,
    /// What the candidate set decides.
    pub replayed: String,
    /// The policies behind the new decision.
    pub policies: Vec<String>,
}

/// What a replay found.
#[derive(Debug, Clone, Serialize)]
pub struct Replay {
    /// Start of the period.
    pub since: String,
    /// Its end.
    pub until: String,
    /// Whether a candidate set was replayed (false: the set in force, a check).
    pub candidate: bool,
    /// Decisions re-decided.
    pub replayed: u64,
    /// Those that came out the same.
    pub same: u64,
    /// Those that would change, by transition (`hold → allow`: n).
    pub transitions: BTreeMap<String, u64>,
    /// The changes (at most [`MAX_CHANGES`]).
    pub changes: Vec<Change>,
    /// Decisions not re-decided, by why.
    pub skipped: BTreeMap<String, u64>,
}

fn refusal(e: &warden_store::StoreError) -> Refusal {
    tracing::error!(error = %e, "the store failed during a policy replay");
    Refusal::internal()
}

fn word(d: &Decision) -> &'static str {
    match d {
        Decision::Allow { .. } => "allow",
        Decision::Hold { .. } => "hold",
        Decision::Deny { .. } => "deny",
    }
}

fn strings(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a string of `v` still holds a placeholder (`<EMAIL_1>`) or a mask (`[CARD]`).
fn unrestored(v: &Value) -> bool {
    match v {
        Value::String(s) => {
            let b = s.as_bytes();
            let mut i = 0;
            while let Some(open) = b
                .get(i..)
                .and_then(|r| r.iter().position(|c| *c == b'<' || *c == b'['))
            {
                let start = i + open;
                let close = if b.get(start) == Some(&b'<') {
                    b'>'
                } else {
                    b']'
                };
                let rest = b.get(start + 1..).unwrap_or_default();
                let len = rest
                    .iter()
                    .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || **c == b'_')
                    .count();
                if len >= 2 && rest.get(len) == Some(&close) {
                    return true;
                }
                i = start + 1;
            }
            false
        }
        Value::Array(a) => a.iter().any(unrestored),
        Value::Object(m) => m.values().any(unrestored),
        _ => false,
    }
}

fn put_back(v: &mut Value, placeholder: &str, value: &str) {
    match v {
        Value::String(s) if s.contains(placeholder) => *s = s.replace(placeholder, value),
        Value::Array(a) => a.iter_mut().for_each(|x| put_back(x, placeholder, value)),
        Value::Object(m) => m.values_mut().for_each(|x| put_back(x, placeholder, value)),
        _ => {}
    }
}

impl Gateway {
    /// Re-decides the actions decided over the last `period` under `candidate` (`*.cedar`
    /// files as (name, text); `None`: the set in force).
    pub async fn policy_replay(
        &self,
        _op: &crate::Admin,
        period: &str,
        candidate: Option<Vec<(String, String)>>,
    ) -> Result<Replay, Refusal> {
        let (since, now) =
            crate::window::window("since", period, std::time::Duration::from_secs(60), "1m")?;
        let set = self.set();
        let is_candidate = candidate.is_some();
        let engine_owned;
        let engine: &PolicyEngine = match candidate {
            None => &set.policy,
            Some(files) => {
                if files.is_empty() || files.len() > 1_000 {
                    return Err(Refusal::new(
                        ErrorCode::BadRequest,
                        "a candidate set is 1 to 1000 policy files",
                    ));
                }
                let mut dep = (*set.dep).clone();
                dep.policy_files = files
                    .into_iter()
                    .map(|(name, text)| PolicyFile {
                        path: std::path::PathBuf::from(name),
                        text,
                    })
                    .collect();
                engine_owned = PolicyEngine::compile(&dep).map_err(|problems| {
                    Refusal::new(
                        ErrorCode::ConfigInvalid,
                        format!(
                            "the candidate policies do not load: {}",
                            problems
                                .iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join("; ")
                        ),
                    )
                })?;
                &engine_owned
            }
        };
        let mut out = Replay {
            since: since.to_rfc3339(),
            until: now.to_rfc3339(),
            candidate: is_candidate,
            replayed: 0,
            same: 0,
            transitions: BTreeMap::new(),
            changes: Vec::new(),
            skipped: BTreeMap::new(),
        };
        let skip = |why: &str, out: &mut Replay| {
            *out.skipped.entry(why.to_owned()).or_default() += 1;
        };
        // Received records waiting for their decision: seq, agent, tool, input, context.
        let mut received: HashMap<String, (u64, Value, Value)> = HashMap::new();
        let mut after = 0u64;
        let mut read = 0u64;
        loop {
            let page = self
                .store
                .query_audit(AuditFilter {
                    since: Some(since),
                    after_seq: Some(after),
                    limit: Some(PAGE),
                    ..AuditFilter::default()
                })
                .await
                .map_err(|e| refusal(&e))?;
            read += page.len() as u64;
            if read > MAX_RECORDS {
                return Err(Refusal::new(
                    ErrorCode::BadRequest,
                    format!(
                        "the period holds more than {MAX_RECORDS} records; replay a shorter one"
                    ),
                ));
            }
            let mut batch = Vec::new();
            for r in &page {
                after = r.seq;
                let e = &r.event;
                let Some(id) = &e.action_id else { continue };
                match e.event {
                    // Bounded: an action never decided (a crash) does not pile up for ever.
                    EventKind::ActionReceived if received.len() < 1_000_000 => {
                        let context = e
                            .output
                            .get("policy_context")
                            .cloned()
                            .unwrap_or(Value::Null);
                        received.insert(id.clone(), (r.seq, e.input.clone(), context));
                    }
                    EventKind::ActionDecided => match received.remove(id) {
                        Some(rec) => batch.push((r.clone(), rec)),
                        None => skip(
                            "no action.received in the period (unreadable, or received before it)",
                            &mut out,
                        ),
                    },
                    _ => {}
                }
            }
            let seqs: Vec<u64> = batch.iter().map(|(_, (s, _, _))| *s).collect();
            let values = self
                .store
                .restore_values(seqs)
                .await
                .map_err(|e| refusal(&e))?;
            for (decided, (received_seq, mut args, context)) in batch {
                let e = &decided.event;
                let recorded = match e.outcome {
                    Outcome::Success => "allow",
                    Outcome::Escalated => "hold",
                    Outcome::Denied => "deny",
                    _ => continue,
                };
                if context.is_null() {
                    skip(
                        "no policy context recorded (refused before the policy, or recorded before contexts were)",
                        &mut out,
                    );
                    continue;
                }
                let (Some(agent), Some(tool_name)) = (&e.agent, &e.tool) else {
                    continue;
                };
                let Some(tool) = set.dep.tools.get(tool_name) else {
                    skip("tool no longer configured", &mut out);
                    continue;
                };
                if !set.dep.agents.contains_key(agent) {
                    skip("agent no longer configured", &mut out);
                    continue;
                }
                if args.get("truncated").and_then(Value::as_bool) == Some(true) {
                    skip("arguments too large to have been kept", &mut out);
                    continue;
                }
                for (field, placeholder, value) in values.get(&received_seq).into_iter().flatten() {
                    if field == "input" || field == "both" {
                        put_back(&mut args, placeholder, value);
                    }
                }
                if unrestored(&args) {
                    skip(
                        "a personal value of the arguments was not kept (no e-mail address, phone number, IBAN or IP address names its data subject) or was erased",
                        &mut out,
                    );
                    continue;
                }
                let totals: BTreeMap<String, i64> = context
                    .get("totals")
                    .and_then(Value::as_object)
                    .map(|m| {
                        m.iter()
                            .filter_map(|(k, v)| v.as_i64().map(|n| (k.clone(), n)))
                            .collect()
                    })
                    .unwrap_or_default();
                let p = context.get("provenance").cloned().unwrap_or(Value::Null);
                let provenance = ArgProvenance {
                    untrusted: strings(p.get("untrusted_args").unwrap_or(&Value::Null)),
                    unknown: strings(p.get("unknown_args").unwrap_or(&Value::Null)),
                    reply: p.get("reply").and_then(Value::as_bool).unwrap_or(false),
                    delegated: p.get("delegated").and_then(Value::as_bool).unwrap_or(false),
                    requested: p.get("requested").and_then(Value::as_bool).unwrap_or(false),
                };
                let at = context
                    .get("at")
                    .and_then(Value::as_str)
                    .and_then(warden_types::parse_rfc3339)
                    .unwrap_or(now);
                let labels = strings(context.get("labels").unwrap_or(&Value::Null));
                let findings = strings(context.get("findings").unwrap_or(&Value::Null));
                let input = DecisionInput {
                    agent,
                    tool: tool_name,
                    arguments: &args,
                    session_labels: &labels,
                    findings: &findings,
                    totals: &totals,
                    provenance: &provenance,
                    now: at,
                    disclosure_present: context
                        .get("disclosure_present")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                };
                // What the gateway does with the answer: an error denies; a decision about a
                // person without an Art. 22 basis is held.
                let decision = engine.decide(&input).unwrap_or(Decision::Deny {
                    policies: Vec::new(),
                    reason: "the policy could not decide".into(),
                });
                let decision = match decision {
                    Decision::Allow { policies }
                        if tool.decision_about_person
                            && !policies.iter().any(|p| engine.art22_basis(p).is_some()) =>
                    {
                        Decision::Hold {
                            policies,
                            requirements: Vec::new(),
                        }
                    }
                    d => d,
                };
                out.replayed += 1;
                let replayed = word(&decision);
                if replayed == recorded {
                    out.same += 1;
                    continue;
                }
                *out.transitions
                    .entry(format!("{recorded} → {replayed}"))
                    .or_default() += 1;
                if out.changes.len() < MAX_CHANGES {
                    let policies = match &decision {
                        Decision::Allow { policies }
                        | Decision::Hold { policies, .. }
                        | Decision::Deny { policies, .. } => policies.clone(),
                    };
                    out.changes.push(Change {
                        seq: decided.seq,
                        action_id: e.action_id.clone().unwrap_or_default(),
                        agent: agent.clone(),
                        tool: tool_name.clone(),
                        recorded: recorded.into(),
                        replayed: replayed.into(),
                        policies,
                    });
                }
            }
            if (page.len() as u64) < PAGE {
                break;
            }
        }
        Ok(out)
    }
}
