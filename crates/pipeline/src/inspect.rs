//! The inspect stage, as the pipeline runs it: on arguments before policy, on results before
//! the agent sees them, and on everything written to the audit log.
//!
//! Small inputs are scanned inline; larger ones on the blocking pool under a deadline. A scan
//! that fails or runs out of time yields `None`, and the caller fails closed.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use warden_inspect::redact::{Mode, Pseudonyms, Rules, redact_json_across, redact_json_pair_with};
use warden_inspect::{Scanner, json_strings};
use warden_types::{AuditPersonalData, Deployment, OutputPersonalData, PersonalValue, Tool};

/// Inputs up to this size are scanned on the request's own task.
const INLINE_SCAN_BYTES: usize = 4 * 1024;
/// Longest a scan may take before the action is refused.
pub const INSPECT_TIMEOUT: Duration = Duration::from_secs(5);

/// What the inspect stage found in an action's arguments.
pub(crate) struct Arguments {
    /// The arguments as the audit log records them.
    pub sanitized: Value,
    /// Kinds and classes for `context.findings` (`pii`, `pii.card`, …).
    pub kinds: BTreeSet<String>,
    /// Labels the session gains (`pii`, `secret`).
    pub labels: BTreeSet<String>,
    /// For the audit record: `args/PATH: KIND`.
    pub findings: Vec<String>,
    /// The values behind the audit copy's placeholders (for the subject vault).
    pub personal: Vec<PersonalValue>,
}

/// The values behind `pseudonyms`' placeholders, as a record's `field` holds them.
pub(crate) fn personal_values(field: &'static str, pseudonyms: &Pseudonyms) -> Vec<PersonalValue> {
    pseudonyms
        .entries()
        .filter(|(_, label, _)| is_personal(label))
        .map(|(placeholder, label, value)| PersonalValue {
            field,
            placeholder: placeholder.to_owned(),
            label,
            value: value.to_owned(),
        })
        .collect()
}

/// Personal-data labels (secrets are never kept, only masked).
fn is_personal(label: &str) -> bool {
    warden_inspect::Kind::ALL
        .iter()
        .any(|k| k.label() == label && k.class() == warden_inspect::Class::Pii)
}

/// What the inspect stage made of a tool result.
pub(crate) enum Result {
    /// Pass this on.
    Pass {
        /// What the agent gets.
        for_agent: Value,
        /// What the audit log records.
        for_audit: Value,
        /// Labels the session gains (`untrusted` on an injection, `pii`).
        labels: BTreeSet<String>,
        /// For the audit record.
        findings: Vec<String>,
        /// The injection score.
        injection_score: f32,
        /// Any sign of injection: the score at the threshold or any signal under it.
        injected: bool,
        /// When `injected` and the tool has `sender_fields`: the senders of the messages that
        /// show no sign of injection themselves (a reply to them is still a reply).
        clean_senders: Option<Senders>,
        /// The values behind the audit copy's placeholders.
        personal: Vec<PersonalValue>,
    },
    /// The tool's rules block this result.
    Blocked {
        /// The audit log's copy.
        for_audit: Value,
        /// Why.
        kinds: Vec<String>,
        /// The values behind the audit copy's placeholders.
        personal: Vec<PersonalValue>,
    },
}

pub(crate) fn audit_rules(dep: &Deployment) -> Rules {
    Rules {
        pii: match dep.inspection.audit_personal_data {
            AuditPersonalData::Pseudonymise => Mode::Pseudonymise,
            AuditPersonalData::Mask => Mode::Mask,
        },
        secret: Mode::Mask,
    }
}

async fn run<T, F>(scanner: &Arc<Scanner>, size: usize, f: F) -> Option<T>
where
    T: Send + 'static,
    F: FnOnce(&Scanner) -> T + Send + 'static,
{
    if size <= INLINE_SCAN_BYTES {
        return Some(f(scanner));
    }
    let scanner = Arc::clone(scanner);
    match tokio::time::timeout(
        INSPECT_TIMEOUT,
        tokio::task::spawn_blocking(move || f(&scanner)),
    )
    .await
    {
        Ok(Ok(v)) => Some(v),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "inspection failed");
            None
        }
        Err(_) => {
            tracing::error!("inspection timed out");
            None
        }
    }
}

fn size_of(v: &Value) -> usize {
    json_strings(v).iter().map(|s| s.len()).sum()
}

/// Scans arguments once: the audit copy is redacted from the same findings that go to policy.
pub(crate) async fn arguments(
    scanner: &Arc<Scanner>,
    rules: Rules,
    args: &Value,
) -> Option<Arguments> {
    let args = args.clone();
    run(scanner, size_of(&args), move |s| {
        let mut pseudonyms = Pseudonyms::default();
        let (sanitized, found) = match redact_json_across(s, &args, rules, &mut pseudonyms) {
            Ok(v) => v,
            // The audit rules never block; treat it as a failed scan.
            Err(_) => return None,
        };
        let mut kinds = BTreeSet::new();
        let mut labels = BTreeSet::new();
        let mut findings = Vec::new();
        for (path, f) in found {
            kinds.insert(f.kind.as_str().to_owned());
            kinds.insert(f.kind.class().as_str().to_owned());
            labels.insert(f.kind.class().as_str().to_owned());
            findings.push(format!("args{path}: {}", f.kind.as_str()));
        }
        findings.dedup();
        Some(Arguments {
            sanitized,
            kinds,
            labels,
            findings,
            personal: personal_values("input", &pseudonyms),
        })
    })
    .await
    .flatten()
}

/// Scores a result for injection and redacts it for the agent and for the log.
pub(crate) async fn result(
    scanner: &Arc<Scanner>,
    audit: Rules,
    tool: &Tool,
    body: &Value,
) -> Option<Result> {
    let body = body.clone();
    let model = tool.injection_model;
    let sender_fields = tool.sender_fields.clone();
    let pii = match tool.output_personal_data {
        OutputPersonalData::Keep => Mode::Keep,
        OutputPersonalData::Mask => Mode::Mask,
        OutputPersonalData::Remove => Mode::Remove,
        OutputPersonalData::Block => Mode::Block,
    };
    let agent_rules = Rules {
        pii,
        secret: Mode::Mask,
    };
    run(scanner, size_of(&body), move |s| {
        let text = json_strings(&body).join("\n");
        let report = s.injection_with(&text, model);
        // One scan serves both copies: what the agent gets and what the log keeps.
        let mut pseudonyms = Pseudonyms::default();
        let (for_agent, for_audit, found) =
            redact_json_pair_with(s, &body, agent_rules, audit, &mut pseudonyms);
        let for_audit = for_audit.ok()?;
        let personal = personal_values("output", &pseudonyms);
        let mut findings: Vec<String> = found
            .iter()
            .map(|(path, f)| format!("result{path}: {}", f.kind.as_str()))
            .collect();
        let mut labels = BTreeSet::new();
        if report.detected {
            labels.insert("untrusted".to_owned());
        }
        let injected = report.detected || !report.signals.is_empty();
        let clean_senders = (injected && !sender_fields.is_empty())
            .then(|| clean_senders(s, &body, &sender_fields, model));
        let mut signals: Vec<&str> = report.signals.iter().map(|x| x.kind.as_str()).collect();
        signals.sort_unstable();
        signals.dedup();
        findings.extend(signals.iter().map(|k| format!("result: {k}")));
        match for_agent {
            Ok(for_agent) => {
                // Personal data the agent receives unmasked enters its context.
                if pii == Mode::Keep
                    && found
                        .iter()
                        .any(|(_, f)| f.kind.class() == warden_inspect::Class::Pii)
                {
                    labels.insert("pii".to_owned());
                }
                Some(Result::Pass {
                    for_agent,
                    for_audit,
                    labels,
                    findings,
                    injection_score: report.score,
                    injected,
                    clean_senders,
                    personal,
                })
            }
            Err(blocked) => Some(Result::Blocked {
                for_audit,
                kinds: blocked
                    .kinds
                    .iter()
                    .map(|k| k.as_str().to_owned())
                    .collect(),
                personal,
            }),
        }
    })
    .await
    .flatten()
}

/// Data minimisation: the personal data of `kinds` in every string of `args` replaced by its
/// label (`[PHONE]`), with the JSON paths that changed; `None` when a value of those kinds is
/// still found afterwards (split across fields, or the scan failed): the caller refuses.
pub(crate) async fn minimise(
    scanner: &Arc<Scanner>,
    args: &Value,
    kinds: BTreeSet<String>,
) -> Option<(Value, Vec<String>)> {
    let mut out = args.clone();
    run(scanner, size_of(args), move |s| {
        let mut paths = Vec::new();
        mask_kinds(s, &mut out, "", &kinds, &mut paths);
        let left = warden_inspect::scan_json(s, &out)
            .into_iter()
            .chain(warden_inspect::across_fields(s, &out))
            .any(|(_, f)| kinds.contains(f.kind.as_str()));
        (!left).then_some((out, paths))
    })
    .await
    .flatten()
}

fn mask_kinds(
    s: &Scanner,
    v: &mut Value,
    path: &str,
    kinds: &BTreeSet<String>,
    paths: &mut Vec<String>,
) {
    match v {
        Value::String(text) => {
            let mut found: Vec<warden_inspect::Finding> = s
                .scan(text)
                .into_iter()
                .filter(|f| kinds.contains(f.kind.as_str()))
                .collect();
            if found.is_empty() {
                return;
            }
            // Right to left, so earlier spans stay valid; a span overlapping one already
            // masked is covered by it.
            found.sort_by_key(|f| std::cmp::Reverse(f.start));
            let mut masked = text.clone();
            let mut before = usize::MAX;
            for f in found {
                if f.end > before
                    || !masked.is_char_boundary(f.start)
                    || !masked.is_char_boundary(f.end)
                {
                    continue;
                }
                masked.replace_range(f.start..f.end, &format!("[{}]", f.kind.label()));
                before = f.start;
            }
            *text = masked;
            paths.push(if path.is_empty() {
                "/".into()
            } else {
                path.to_owned()
            });
        }
        Value::Array(items) => {
            for (i, x) in items.iter_mut().enumerate() {
                mask_kinds(s, x, &format!("{path}/{i}"), kinds, paths);
            }
        }
        Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                let key = k.replace('~', "~0").replace('/', "~1");
                mask_kinds(s, x, &format!("{path}/{key}"), kinds, paths);
            }
        }
        _ => {}
    }
}

/// The senders of a result's messages, by whether their own message shows a sign of injection.
#[derive(Debug, Default)]
pub(crate) struct Senders {
    /// Senders of messages that show none.
    pub clean: BTreeSet<String>,
    /// Senders of messages that show one: never replied to in this run, whatever else they
    /// send.
    pub tainted: BTreeSet<String>,
}

/// The senders (`sender_fields`, e.g. `messages.from`) of the messages of a result, each message
/// (an element under the field's parent) scanned apart. A sender field at the top level has no
/// message of its own: tainted.
fn clean_senders(
    s: &Scanner,
    body: &Value,
    sender_fields: &[String],
    model: Option<bool>,
) -> Senders {
    let mut out = Senders::default();
    for path in sender_fields {
        let Some((parent, leaf)) = path.rsplit_once('.') else {
            out.tainted.extend(warden_policy::provenance::field_tokens(
                body,
                std::slice::from_ref(path),
            ));
            continue;
        };
        for v in warden_policy::provenance::field_values(body, &[parent.to_owned()]) {
            let messages: Vec<&Value> = match v {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            };
            for m in messages {
                let report = s.injection_with(&json_strings(m).join("\n"), model);
                let senders = warden_policy::provenance::field_tokens(m, &[leaf.to_owned()]);
                if !report.detected && report.signals.is_empty() {
                    out.clean.extend(senders);
                } else {
                    out.tainted.extend(senders);
                }
            }
        }
    }
    out
}

/// An audit copy of a value that could not be inspected.
pub(crate) fn uninspected() -> Value {
    json!({"withheld": "inspection failed; the value is not recorded"})
}
