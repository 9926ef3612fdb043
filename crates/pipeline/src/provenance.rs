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
use warden_policy::provenance::{ArgProvenance, MAX_TOKENS_PER_TEXT, tokens, value_tokens};
use warden_types::{Action, ErrorCode, Tool};

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
    hashes(run, all)
}

/// The hashed values a tool result names, in `run`.
pub(crate) fn result_values(run: &str, result: &Value) -> Vec<String> {
    hashes(run, value_tokens(result))
}

impl Gateway {
    /// Where the values of `action`'s recipient arguments came from, in its run. A store error
    /// refuses the action (fail closed).
    pub(crate) async fn arg_provenance(
        &self,
        tool: &Tool,
        action: &Action,
    ) -> Result<ArgProvenance, Refusal> {
        let mut out = ArgProvenance::default();
        if tool.recipients.is_empty() {
            return Ok(out);
        }
        let mut asked: Vec<(String, String)> = Vec::new();
        for arg in tool.recipients.keys() {
            let Some(v) = action.arguments.get(arg) else {
                continue;
            };
            let toks = value_tokens(v);
            if toks.is_empty() && !v.is_null() {
                // A value Warden cannot read as any token is nowhere to be found.
                out.unknown.insert(arg.clone());
            }
            for t in toks {
                asked.push((arg.clone(), hash(&action.session, &t)));
            }
        }
        if asked.is_empty() {
            return Ok(out);
        }
        let seen = self
            .store
            .provenance_of(
                &action.agent,
                &action.session,
                asked.iter().map(|(_, h)| h.clone()).collect(),
            )
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "cannot read argument provenance; denying");
                Refusal::new(
                    ErrorCode::Denied,
                    "argument provenance is unavailable; denied to be safe",
                )
            })?;
        for ((arg, _), (trusted, untrusted)) in asked.into_iter().zip(seen) {
            if trusted {
                continue;
            }
            if untrusted {
                out.untrusted.insert(arg);
            } else {
                out.unknown.insert(arg);
            }
        }
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
