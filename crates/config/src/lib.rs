//! `warden.toml`: raw serde structs (strict: unknown keys are errors), then one function that
//! validates, applies defaults and environment overrides, and reports every problem at once,
//! each naming the key.
//!
//! Each section of the file has its module, holding its raw structs, its defaults and the
//! function that validates it (with its tests beside it); [`load`] calls them in order.

mod agents;
mod approvals;
mod audit;
mod checks;
mod console;
mod duration;
mod erasure;
mod inspection;
mod llm;
mod mcp;
mod monitor;
mod notify;
mod oauth;
mod oauth_clients;
mod organization;
mod policies;
mod processors;
mod satisfiable;
mod server;
mod sessions;
mod storage;
mod tools;
mod vault;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use warden_types::Deployment;

pub use approvals::DEFAULT_APPROVAL_TTL;
pub use audit::DEFAULT_AUTH_FAILURES_EVERY;
pub use checks::KNOWN_LABELS;
pub use duration::parse_duration;
pub use inspection::DEFAULT_INJECTION_THRESHOLD;
pub use llm::{DEFAULT_LLM_TIMEOUT, llm_tool_name};
pub use mcp::{DEFAULT_MCP_CALL_TIMEOUT, DEFAULT_MCP_HOLD_WAIT, DEFAULT_MCP_RECHECK};
pub use oauth_clients::DEFAULT_TOKEN_TIMEOUT;
pub use processors::DEFAULT_REVIEW_EVERY;
pub use server::{DEFAULT_LISTEN, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_WAIT_SECONDS};
pub use tools::{DEFAULT_CONNECTOR_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES};
pub use vault::DEFAULT_VAULT_GRACE;

/// Largest accepted configuration or policy file (4 MiB).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// One problem in the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The key (or file) at fault, e.g. `agents.marketing.roles[1]`.
    pub key: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "config key `{}`: {}", self.key, self.message)
    }
}

/// The configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read `{path}`: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid TOML or has unknown keys or wrong types.
    #[error("{path}: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// The parser's message, with line and column.
        message: String,
    },
    /// The file parsed but its content is inconsistent.
    #[error("{} problem(s) in the configuration:\n{}", .0.len(), .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Problem>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    server: server::RawServer,
    #[serde(default)]
    storage: storage::RawStorage,
    #[serde(default)]
    approvals: approvals::RawApprovals,
    #[serde(default)]
    sessions: sessions::RawSessions,
    #[serde(default)]
    organization: organization::RawOrganization,
    #[serde(default)]
    inspection: inspection::RawInspection,
    policies: policies::RawPolicies,
    #[serde(default)]
    upstreams: BTreeMap<String, tools::RawUpstream>,
    #[serde(default)]
    roles: BTreeMap<String, agents::RawRole>,
    #[serde(default)]
    groups: BTreeMap<String, agents::RawGroup>,
    #[serde(default)]
    agents: BTreeMap<String, agents::RawAgent>,
    #[serde(default)]
    tools: BTreeMap<String, tools::RawTool>,
    #[serde(default)]
    mcp: mcp::RawMcp,
    #[serde(default)]
    vault: vault::RawVault,
    #[serde(default)]
    mcp_servers: BTreeMap<String, mcp::RawMcpServer>,
    #[serde(default)]
    providers: BTreeMap<String, llm::RawProvider>,
    #[serde(default)]
    processors: BTreeMap<String, processors::RawProcessor>,
    #[serde(default)]
    audit: audit::RawAudit,
    #[serde(default)]
    erasure: erasure::RawErasure,
    #[serde(default)]
    notify: notify::RawNotify,
    #[serde(default)]
    console: console::RawConsole,
    #[serde(default)]
    privacy: RawPrivacy,
    oauth: Option<oauth::RawOAuth>,
    #[serde(default)]
    oauth_clients: BTreeMap<String, oauth_clients::RawOAuthClient>,
    #[serde(default)]
    monitor: monitor::RawMonitor,
    #[serde(default)]
    telemetry: monitor::RawTelemetry,
}

/// Reads `path`, validates it, and loads the policy files it names.
///
/// `env` supplies environment overrides (`WARDEN_UPSTREAM_<NAME>_URL`); pass
/// `|k| std::env::var(k).ok()` in production and a map in tests.
pub fn load(path: &Path, env: &dyn Fn(&str) -> Option<String>) -> Result<Deployment, ConfigError> {
    let text = read_limited(path)?;
    let raw: RawConfig = toml::from_str(&text).map_err(|e| ConfigError::Syntax {
        path: path.to_owned(),
        message: e.to_string().trim_end().replace('\n', "\n  "),
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    validate(raw, base, env)
}

fn read_limited(path: &Path) -> Result<String, ConfigError> {
    let read_err = |source| ConfigError::Read {
        path: path.to_owned(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(ConfigError::Read {
            path: path.to_owned(),
            source: std::io::Error::other(format!("larger than {MAX_FILE_BYTES} bytes")),
        });
    }
    std::fs::read_to_string(path).map_err(read_err)
}

/// What the sections found: problems (each naming its key) and warnings (allowed, but worth a
/// second look).
#[derive(Default)]
struct Problems {
    problems: Vec<Problem>,
    warnings: Vec<String>,
}

impl Problems {
    fn push(&mut self, key: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            key: key.into(),
            message: message.into(),
        });
    }

    fn warn(&mut self, message: String) {
        self.warnings.push(message);
    }
}

/// Validates the sections in order (later ones refer to earlier ones: agents to roles, tools
/// to upstreams, MCP servers and providers to tools) and fails with every problem found.
fn validate(
    raw: RawConfig,
    base: &Path,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Deployment, ConfigError> {
    let mut p = Problems::default();
    let server = server::section(raw.server, base, &mut p);
    let storage = storage::section(raw.storage, base, &mut p);
    let approval_ttl = approvals::section(raw.approvals, &mut p);
    let unbound_sessions = sessions::section(raw.sessions, &mut p);
    let organization = organization::section(raw.organization, &mut p);
    let audit = audit::section(
        raw.audit,
        base,
        &storage.sqlite_path,
        &organization.domains,
        &mut p,
    );
    let erasure_hooks = erasure::section(raw.erasure, &mut p);
    let inspection = inspection::section(raw.inspection, &mut p);
    let roles = agents::roles(raw.roles, &mut p);
    let (groups, group_channels) = agents::groups(raw.groups, &mut p);
    let notify = notify::section(raw.notify, group_channels, &groups, base, &mut p);
    let console_public_origin = console::public_origin(&raw.console, &mut p);
    let console_oidc = console::section(raw.console, &mut p);
    let agents = agents::agents(raw.agents, &roles, &mut p);
    let oauth = oauth::section(raw.oauth, &agents, &mut p);
    let telemetry = monitor::telemetry(raw.telemetry, &mut p);
    let monitor = monitor::section(
        raw.monitor,
        &agents.keys().cloned().collect(),
        &notify.channels.keys().cloned().collect(),
        &mut p,
    );
    let upstreams = tools::upstreams(raw.upstreams, env, &mut p);
    let channels: Vec<&str> = organization
        .counterparties
        .keys()
        .map(String::as_str)
        .collect();
    let mut tools = tools::section(raw.tools, &upstreams, &channels, base, &mut p);
    let mcp = mcp::section(raw.mcp, &mut p);
    let vault = vault::section(raw.vault, base, &mut p);
    let mcp_servers = mcp::servers(raw.mcp_servers, &tools, &channels, base, env, &mut p);
    let policy_files = policies::section(raw.policies, base, &mut p);
    let processors = processors::section(raw.processors, &mut p);
    let providers = llm::providers(
        raw.providers,
        env,
        &mut p,
        &mut tools,
        &mcp_servers,
        &processors,
    );
    let contest_deadline = match raw.privacy.contest_deadline.as_deref().map(parse_duration) {
        None => DEFAULT_CONTEST_DEADLINE,
        Some(Ok(d)) if d >= std::time::Duration::from_secs(86_400) => d,
        Some(Ok(_)) => {
            p.push("privacy.contest_deadline", "at least 1d");
            DEFAULT_CONTEST_DEADLINE
        }
        Some(Err(e)) => {
            p.push("privacy.contest_deadline", e);
            DEFAULT_CONTEST_DEADLINE
        }
    };
    for t in tools.values() {
        let key = format!("tools.\"{}\".reviewers", t.name);
        if t.decision_about_person && t.reviewers.is_empty() {
            p.push(
                &key,
                "a tool that decides about people needs the approver groups that review its decisions (GDPR Art. 22)",
            );
        }
        for g in &t.reviewers {
            if !groups.contains_key(g) {
                p.push(&key, format!("unknown approver group `{g}`"));
            }
        }
    }
    let oauth_clients = oauth_clients::section(raw.oauth_clients, &mut p);
    oauth_clients::check_uses(&oauth_clients, &tools, &mcp_servers, oauth.as_ref(), &mut p);
    for name in processors.keys() {
        if !providers.contains_key(name) && !tools.values().any(|t| &t.system == name) {
            p.push(
                format!("processors.{name}"),
                format!("`{name}` is neither an LLM provider nor the system of a tool"),
            );
        }
    }

    if !p.problems.is_empty() {
        return Err(ConfigError::Invalid(p.problems));
    }
    Ok(Deployment {
        listen: server.listen,
        sqlite_path: storage.sqlite_path,
        postgres: storage.postgres,
        approval_ttl,
        unbound_sessions,
        limits: server.limits,
        tls: server.tls,
        admin_listen: server.admin_listen,
        internal_domains: organization.domains,
        internal_counterparties: organization.counterparties,
        namespaces: organization.namespaces,
        agents,
        roles,
        groups,
        tools,
        policy_files,
        inspection,
        mcp_servers,
        mcp_hold_wait: mcp.hold_wait,
        mcp_recheck: mcp.recheck,
        vault_key_file: vault.key_file,
        vault_grace: vault.grace,
        rotations: vault.rotations,
        vault_kv: vault.kv,
        vault_transit: vault.transit,
        providers,
        processors,
        contest_deadline,
        audit,
        erasure_hooks,
        notify,
        monitor,
        telemetry,
        console_oidc,
        console_public_origin,
        oauth,
        oauth_clients,
        warnings: p.warnings,
    })
}

/// How long a contested decision about a person may wait for its review (GDPR Art. 12(3): one
/// month) unless `privacy.contest_deadline` says otherwise.
pub const DEFAULT_CONTEST_DEADLINE: std::time::Duration =
    std::time::Duration::from_secs(30 * 86_400);

/// `[privacy]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrivacy {
    contest_deadline: Option<String>,
}

#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
