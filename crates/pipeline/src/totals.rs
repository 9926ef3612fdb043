//! Running totals a tool declares (`tools."NAME".totals`): what this call adds to each, reserved
//! in the store before the policy decides, so that the policy sees `context.totals.NAME` with
//! this call included and concurrent calls — in this process or another on PostgreSQL — cannot
//! slip past a limit together. A refused call's reservation is withdrawn; a held, executed or
//! failed one keeps counting (an upstream failure may still have moved the money).

use std::collections::BTreeMap;

use serde_json::Value;
use warden_store::TotalEntry;
use warden_types::{Action, ErrorCode, Timestamp, Tool, Total};

use crate::{Gateway, Refusal};

/// The largest amount one call adds to a total (far above any real payment; keeps sums in
/// range).
const MAX_AMOUNT: f64 = 1e15;

/// What `value` adds to a sum: its absolute value rounded up (a negative refund cannot lower a
/// total; a fraction counts whole), capped.
fn amount(value: Option<&Value>) -> i64 {
    let Some(n) = value.and_then(Value::as_f64) else {
        return 0;
    };
    let n = n.abs().ceil();
    if n.is_nan() {
        return 0;
    }
    // Capped and whole, so the conversion is exact.
    #[allow(clippy::cast_possible_truncation, reason = "capped and whole")]
    let whole = n.min(MAX_AMOUNT) as i64;
    whole
}

/// The value a total is split by, reduced to its letters and digits, fullwidth forms folded,
/// upper case: `DE89 3704…`, `de89-3704…`, `ＤＥ８９３７０４…` and one with a zero-width space
/// are one counterparty. (Folding merges values, which can only make a total larger.)
fn split_value(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s
            .chars()
            .map(|c| match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
                _ => c,
            })
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_uppercase)
            .collect(),
        Some(other) => other.to_string(),
    }
}

/// Each total of `tool` this action adds to: its name and its entry.
pub(crate) fn entries(tool: &Tool, action: &Action, now: Timestamp) -> Vec<(String, TotalEntry)> {
    tool.totals
        .iter()
        .map(|(name, t): (&String, &Total)| {
            let add = match &t.sum {
                Some(arg) => amount(action.arguments.get(arg)),
                None => 1,
            };
            let per = t
                .per
                .as_ref()
                .map(|arg| split_value(action.arguments.get(arg)))
                .unwrap_or_default();
            let window = i64::try_from(t.window.as_micros()).unwrap_or(i64::MAX);
            // By the run too: the run the request joined (never the client's own session id,
            // which `resolve_run` has replaced by now), so a new session id is not a new total.
            // (Keys of totals without it are as they always were, so an upgrade keeps them.)
            let mut key = [tool.name.as_str(), name, &action.agent, &per].join("\u{1f}");
            if t.run {
                key.push('\u{1f}');
                key.push_str(&action.session);
            }
            let entry = TotalEntry {
                key,
                amount: add,
                since: Timestamp(now.0.saturating_sub(window)),
            };
            (name.clone(), entry)
        })
        .collect()
}

impl Gateway {
    /// Reserves what `action` adds to `tool`'s totals; the totals with it included, by name.
    /// A store error refuses the action (fail closed).
    pub(crate) async fn reserve_totals(
        &self,
        tool: &Tool,
        action: &Action,
        now: Timestamp,
    ) -> Result<BTreeMap<String, i64>, Refusal> {
        if tool.totals.is_empty() {
            return Ok(BTreeMap::new());
        }
        let (names, entries): (Vec<String>, Vec<TotalEntry>) =
            entries(tool, action, now).into_iter().unzip();
        match self.store.reserve_totals(&action.id, entries, now).await {
            Ok(totals) => Ok(names.into_iter().zip(totals).collect()),
            Err(e) => {
                tracing::error!(error = %e, "cannot reserve running totals; denying");
                Err(Refusal::new(
                    ErrorCode::Denied,
                    "running totals are unavailable; denied to be safe",
                ))
            }
        }
    }

    /// Withdraws the reservations of held actions a halt or a token revocation cancelled
    /// (an approval's id is its action's).
    pub(crate) async fn release_cancelled(&self, approvals: &[String]) {
        for id in approvals {
            if let Err(e) = self.store.release_totals(id).await {
                tracing::warn!(error = %e, action = %id, "cannot withdraw a cancelled action's totals");
            }
        }
    }

    /// Withdraws a refused action's reservation (logged if it cannot be: the total then
    /// overcounts, which only holds more).
    pub(crate) async fn release_totals(&self, tool: &Tool, action_id: &str) {
        if tool.totals.is_empty() {
            return;
        }
        if let Err(e) = self.store.release_totals(action_id).await {
            tracing::warn!(error = %e, action = action_id, "cannot withdraw a refused action's totals");
        }
    }
}

impl Gateway {
    /// `warden_total_max`: for each running total a tool declares, per agent, the largest sum
    /// in its window over the values it is split by (the counterparty closest to a policy's
    /// limit) — never the values themselves.
    pub(crate) async fn totals_metrics(&self, out: &mut crate::metrics::Exposition) {
        let dep = self.dep();
        let now = Timestamp::now();
        // One query per distinct window.
        let mut windows: BTreeMap<std::time::Duration, Vec<(&str, &str)>> = BTreeMap::new();
        for tool in dep.tools.values() {
            for (name, t) in &tool.totals {
                windows
                    .entry(t.window)
                    .or_default()
                    .push((tool.name.as_str(), name.as_str()));
            }
        }
        let mut rows: BTreeMap<(String, String, String), i64> = BTreeMap::new();
        for (window, totals) in &windows {
            let since = Timestamp(
                now.0
                    .saturating_sub(i64::try_from(window.as_micros()).unwrap_or(i64::MAX)),
            );
            let Ok(sums) = self.store.total_sums(since, 100_000).await else {
                continue;
            };
            for (key, sum) in sums {
                let mut parts = key.split('\u{1f}');
                let (Some(tool), Some(name), Some(agent)) =
                    (parts.next(), parts.next(), parts.next())
                else {
                    continue;
                };
                if !totals.contains(&(tool, name)) || !dep.agents.contains_key(agent) {
                    continue;
                }
                let slot = rows
                    .entry((tool.to_owned(), name.to_owned(), agent.to_owned()))
                    .or_default();
                *slot = (*slot).max(sum);
            }
        }
        out.totals(&rows);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{amount, split_value};

    #[test]
    fn amounts_count_whole_and_positive() {
        assert_eq!(amount(Some(&json!(1000))), 1000);
        assert_eq!(amount(Some(&json!(999.01))), 1000);
        assert_eq!(amount(Some(&json!(-1000))), 1000);
        assert_eq!(amount(Some(&json!(1e300))), 1_000_000_000_000_000);
        assert_eq!(amount(Some(&json!("1000"))), 0);
        assert_eq!(amount(None), 0);
    }

    #[test]
    fn split_values_ignore_space_and_case() {
        assert_eq!(
            split_value(Some(&json!("de89 3704 0044 0532 0130 00"))),
            split_value(Some(&json!("DE89370400440532013000")))
        );
        assert_eq!(split_value(Some(&json!("ch_\u{a0}abc"))), "CHABC");
        assert_eq!(split_value(Some(&json!("ch\u{200b}abc"))), "CHABC");
        assert_eq!(split_value(Some(&json!("\u{ff23}\u{ff28}abc"))), "CHABC");
        assert_eq!(split_value(None), "");
    }
}
