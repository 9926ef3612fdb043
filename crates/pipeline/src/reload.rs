//! Reload without restart: the configuration file and policies are read and compiled exactly
//! as `serve` does at start, and swapped in whole only if every part is valid.
//!
//! - An invalid change is refused with every problem listed; the running set keeps serving.
//!   Both outcomes are recorded (`config.reloaded`, success or failure).
//! - A request reads the set in force once ([`crate::Gateway::set`]) and finishes under it:
//!   actions in flight are decided and executed under the set they started with.
//! - Every decision record names the policy set it was made under (`policy_set`, a hash).
//! - Some sections are bound to what the process holds open (the listener, the store, MCP
//!   server processes, the vault, the audit log's keys and streams, LLM providers and their
//!   budgets, the detectors): a change there is refused as needing a restart.
//! - On a shared PostgreSQL store the reload is announced in the commit that records it, and
//!   every other process reloads its own configuration file.

use std::path::PathBuf;
use std::sync::Arc;

use serde_json::{Value, json};
use warden_types::Deployment;

use crate::admin_log::AdminLog;
use crate::{Gateway, Loaded};

/// Where a gateway's configuration comes from, as `serve` was started.
#[derive(Debug, Clone)]
pub struct Source {
    /// The configuration file.
    pub config: PathBuf,
    /// The database given with `--db`, which overrides the file's.
    pub db: Option<PathBuf>,
}

/// What asked for a reload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trigger {
    /// An administrator (`warden reload`, `POST /v1/admin/reload`).
    Operator(String),
    /// SIGHUP.
    Signal,
    /// Another process sharing the store reloaded.
    Peer,
}

impl Trigger {
    fn as_str(&self) -> &str {
        match self {
            Self::Operator(_) => "operator",
            Self::Signal => "signal",
            Self::Peer => "peer",
        }
    }
}

/// The sections only a restart can change, with how to read each from a deployment.
type Section = (&'static str, fn(&Deployment) -> String);

const RESTART_ONLY: &[Section] = &[
    ("server.listen", |d| format!("{:?}", d.listen)),
    ("server.max_body_bytes", |d| {
        format!("{:?}", d.limits.max_body_bytes)
    }),
    ("storage", |d| {
        format!("{:?} {:?}", d.sqlite_path, d.postgres)
    }),
    ("mcp_servers", |d| format!("{:?}", d.mcp_servers)),
    ("mcp.recheck", |d| format!("{:?}", d.mcp_recheck)),
    ("vault", |d| {
        format!(
            "{:?} {:?} {:?} {:?}",
            d.vault_key_file, d.vault_grace, d.vault_kv, d.vault_transit
        )
    }),
    ("providers", |d| format!("{:?}", d.providers)),
    ("audit", |d| format!("{:?}", d.audit)),
    ("inspection", |d| format!("{:?}", d.inspection)),
];

/// The sections of `next` that differ from `current` and need a restart.
fn restart_only(current: &Deployment, next: &Deployment) -> Vec<String> {
    RESTART_ONLY
        .iter()
        .filter(|(_, read)| read(current) != read(next))
        .map(|(key, _)| {
            format!(
                "config key `{key}`: changed, but only a restart applies it (nothing was reloaded)"
            )
        })
        .collect()
}

/// What a set holds, for `config.loaded` / `config.reloaded` records and the reload answer.
pub(crate) fn summary(set: &Loaded) -> Value {
    Value::Object(summary_fields(set))
}

/// How many agents, tools and policies a set holds, for its load and reload records.
pub(crate) fn size(set: &Loaded) -> warden_audit::event::ConfigSize {
    warden_audit::event::ConfigSize {
        agents: set.dep.agents.len(),
        tools: set.dep.tools.len(),
        policies: set.policy.policy_count(),
    }
}

fn summary_fields(set: &Loaded) -> serde_json::Map<String, Value> {
    let Value::Object(m) = json!({
        "agents": set.dep.agents.keys().collect::<Vec<_>>(),
        "tools": set.dep.tools.keys().collect::<Vec<_>>(),
        "policies": set.policy.policy_count(),
        "schema_sha256": warden_types::sha256_hex(set.policy.schema_text().as_bytes()),
        "policy_set": set.policy_set,
    }) else {
        return serde_json::Map::new();
    };
    m
}

/// The problems of a refused reload, one per line. A parser's quoted source lines (`12 | key
/// = "value"`, the caret line under it) are dropped: the file may hold a literal credential, and
/// these lines go into the audit log. The position and key stay.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .filter(|l| {
            let t = l
                .trim_start()
                .trim_start_matches(|c: char| c.is_ascii_digit());
            !t.trim_start().starts_with('|')
        })
        .map(|l| l.trim().to_owned())
        .collect()
}

impl Gateway {
    /// Makes [`Gateway::reload`] read `source` (set once, by `serve`).
    pub fn reload_from(&self, source: Source) {
        let _ = self.source.set(source);
    }

    /// The hash of the policy set in force.
    pub fn policy_set(&self) -> String {
        self.set().policy_set.clone()
    }

    /// Reads, checks and compiles the configuration as `serve` does at start, and swaps it in
    /// if it is valid. `Ok` holds what is now in force (and whether anything changed); `Err`
    /// every problem found (the running set stays). Both are recorded, except a peer's
    /// reload that changed nothing.
    pub async fn reload(&self, trigger: Trigger) -> Result<Value, Vec<String>> {
        let _one_at_a_time = self.reloading.lock().await;
        let current = self.set();
        let next = match self.source.get() {
            Some(source) => self.compile_from(source, &current).await,
            None => Err(vec![
                "this gateway was not started from a configuration file; nothing to reload"
                    .to_owned(),
            ]),
        };
        let actor = match &trigger {
            Trigger::Operator(name) => Some(name.clone()),
            _ => None,
        };
        // The detectors that match every injectable credential exactly are built before anything
        // changes: a set whose credentials cannot be matched is not applied.
        let next = next.and_then(|(n, defs)| {
            let known = crate::connector_credentials(&n.dep, &self.env, self.mcp.as_deref());
            let scanner = self.scanner_with(&known).map_err(|why| {
                vec![format!(
                    "the detectors cannot be rebuilt with the new credentials: {why}"
                )]
            })?;
            Ok((n, defs, known, scanner))
        });
        let (next, defs, known, scanner) = match next {
            Ok(n) => n,
            Err(problems) => {
                AdminLog(&*self.store)
                    .config_reload_refused(
                        actor.as_deref(),
                        &current.policy_set,
                        trigger.as_str(),
                        &problems,
                    )
                    .await;
                tracing::warn!(problems = ?problems, "reload refused");
                return Err(problems);
            }
        };
        let changed = format!("{:?}", next.dep) != format!("{:?}", current.dep)
            || next.policy_set != current.policy_set;
        let mut fields = summary_fields(&next);
        fields.insert("changed".into(), json!(changed));
        fields.insert("previous_policy_set".into(), json!(current.policy_set));
        let answer = Value::Object(fields.clone());
        if !changed && trigger == Trigger::Peer {
            return Ok(answer);
        }
        fields.insert("trigger".into(), json!(trigger.as_str()));
        // Recorded (and, on a shared store, announced) before it takes effect: a reload that
        // cannot be recorded does not happen.
        let recorded = AdminLog(&*self.store)
            .config_reloaded(
                actor.as_deref(),
                size(&next),
                changed,
                &next.policy_set,
                Value::Object(fields),
                trigger != Trigger::Peer,
            )
            .await;
        if let Err(err) = recorded {
            tracing::error!(error = %err, "cannot record a reload; the running configuration stays");
            return Err(vec![
                "the audit log cannot be written; the running configuration stays".to_owned(),
            ]);
        }
        if let Ok(mut k) = self.env_known.write() {
            *k = known;
        }
        self.set_scanner(scanner);
        self.loaded.store(Arc::new(next));
        // Tools that appeared upstream are pinned (and a poisoned one held) before the next
        // catalogue is served; until then an MCP tool without a pin is disabled.
        if !defs.is_empty() {
            if let Ok(mut d) = self.mcp_defs.write() {
                for def in &defs {
                    d.insert(def.qualified(), def.raw.clone());
                }
            }
            if let Err(e) = self.pin_tools(&defs).await {
                tracing::error!(error = %e, "cannot pin the MCP tools listed at reload; they stay disabled");
            }
        }
        // Budgets may have changed: nothing to recount, the store's ledger keeps spend per
        // agent and each check sums the agents of its scope as configured now.
        tracing::info!(policy_set = %self.policy_set(), changed, "configuration reloaded");
        Ok(answer)
    }

    async fn compile_from(
        &self,
        source: &Source,
        current: &Loaded,
    ) -> Result<(Loaded, Vec<warden_mcp::catalogue::ToolDef>), Vec<String>> {
        let env = Arc::clone(&self.env);
        let mut dep =
            warden_config::load(&source.config, &|k| env(k)).map_err(|e| lines(&e.to_string()))?;
        if let Some(db) = &source.db {
            dep.relocate_db(db.clone());
        }
        let problems = restart_only(&current.dep, &dep);
        if !problems.is_empty() {
            return Err(problems);
        }
        // The MCP servers keep running: their tools are listed again from them (and pinned
        // once the new set is in force).
        let mut defs = Vec::new();
        if let Some(upstreams) = &self.mcp
            && !dep.mcp_servers.is_empty()
        {
            let pins = self
                .store
                .tool_pins()
                .await
                .map_err(|e| vec![format!("cannot read tool pins: {e}")])?;
            defs = crate::mcp::discover(&mut dep, upstreams, &pins)
                .await
                .map_err(|e| lines(&e.to_string()))?;
        }
        let compiled = crate::compile(dep).map_err(|e| lines(&e.to_string()))?;
        Ok((
            Loaded::new(compiled.deployment, compiled.policy, compiled.validator),
            defs,
        ))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoted_source_lines_never_reach_the_problems() {
        let toml = "TOML parse error at line 12, column 9\n   |\n12 | password = \"hunter2\"\n   |         ^\ninvalid type: string";
        let got = super::lines(toml);
        assert_eq!(
            got,
            [
                "TOML parse error at line 12, column 9",
                "invalid type: string"
            ]
        );
        assert!(!got.concat().contains("hunter2"));
    }
}
