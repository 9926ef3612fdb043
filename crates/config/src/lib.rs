//! `warden.toml`: raw serde structs (strict: unknown keys are errors), then one function that
//! validates, applies defaults and environment overrides, and reports every problem at once,
//! each naming the key.

mod duration;
mod llm;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use warden_types::{
    Agent, ApproverGroup, BodyMode, Connector, Deployment, HttpConnector, Limits, PolicyFile,
    PrivacyRecord, Risk, Role, Tool, ToolKind,
};

pub use duration::parse_duration;
pub use llm::{DEFAULT_LLM_TIMEOUT, llm_tool_name};

/// Address the server binds when `server.listen` is not set.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// Largest request body accepted when `server.max_body_bytes` is not set (1 MiB).
pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;
/// Longest long-poll a client may ask for, in seconds.
pub const DEFAULT_MAX_WAIT_SECONDS: u64 = 60;
/// How long an undecided approval stays open when `approvals.ttl` is not set (one hour, the
/// `approval_ttl_minutes` default of the compliance controls).
pub const DEFAULT_APPROVAL_TTL: Duration = Duration::from_secs(3600);
/// Upstream timeout when a connector sets none.
pub const DEFAULT_CONNECTOR_TIMEOUT: Duration = Duration::from_secs(10);
/// Largest upstream response accepted when a connector sets no limit (4 MiB).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;
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
    server: RawServer,
    #[serde(default)]
    storage: RawStorage,
    #[serde(default)]
    approvals: RawApprovals,
    #[serde(default)]
    organization: RawOrganization,
    #[serde(default)]
    inspection: RawInspection,
    policies: RawPolicies,
    #[serde(default)]
    upstreams: BTreeMap<String, RawUpstream>,
    #[serde(default)]
    roles: BTreeMap<String, RawRole>,
    #[serde(default)]
    groups: BTreeMap<String, RawGroup>,
    #[serde(default)]
    agents: BTreeMap<String, RawAgent>,
    #[serde(default)]
    tools: BTreeMap<String, RawTool>,
    #[serde(default)]
    mcp: RawMcp,
    #[serde(default)]
    vault: RawVault,
    #[serde(default)]
    mcp_servers: BTreeMap<String, RawMcpServer>,
    #[serde(default)]
    providers: BTreeMap<String, llm::RawProvider>,
    #[serde(default)]
    audit: RawAudit,
    #[serde(default)]
    erasure: RawErasure,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVault {
    master_key_file: Option<PathBuf>,
    grace: Option<String>,
    #[serde(default)]
    rotate: BTreeMap<String, RawRotation>,
    backend: Option<String>,
    address: Option<String>,
    token_env: Option<String>,
    mount: Option<String>,
    prefix: Option<String>,
    transit: Option<RawTransit>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTransit {
    address: String,
    token_env: Option<String>,
    mount: Option<String>,
    key: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRotation {
    every: String,
    command: Option<String>,
    #[serde(default)]
    args: Vec<String>,
    url: Option<String>,
    #[serde(default)]
    headers: BTreeMap<String, String>,
    revoke_command: Option<String>,
    #[serde(default)]
    revoke_args: Vec<String>,
    revoke_url: Option<String>,
}

/// Whether a hook URL is acceptable: `https://`, or `http://` to a loopback address.
fn http_url_ok(url: &str) -> bool {
    if url.starts_with("https://") {
        return true;
    }
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let host = rest.split(['/', '?']).next().unwrap_or_default();
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    matches!(host, "localhost" | "[::1]") || host.starts_with("127.")
}

/// How long a rotated secret's previous version stays live when `vault.grace` is not set.
pub const DEFAULT_VAULT_GRACE: Duration = Duration::from_secs(24 * 3600);

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMcp {
    hold_wait: Option<String>,
    recheck: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMcpServer {
    #[serde(default)]
    command: String,
    url: Option<String>,
    #[serde(default)]
    headers: BTreeMap<String, String>,
    #[serde(default)]
    args: Vec<String>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    cwd: Option<PathBuf>,
    call_timeout: Option<String>,
    #[serde(default)]
    tools: BTreeMap<String, RawMcpTool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMcpTool {
    kind: Option<String>,
    risk: Option<String>,
    external: Option<bool>,
    #[serde(default)]
    decision_about_person: bool,
    #[serde(default)]
    output_labels: Vec<String>,
    recipient_arg: Option<String>,
    output_personal_data: Option<String>,
}

/// How long a held MCP call waits for its approval when `mcp.hold_wait` is not set.
pub const DEFAULT_MCP_HOLD_WAIT: Duration = Duration::from_secs(30);
/// How often MCP tool definitions are listed again when `mcp.recheck` is not set.
pub const DEFAULT_MCP_RECHECK: Duration = Duration::from_secs(300);
/// How often failed authentications are written to the audit log (one `auth.failed` record per
/// source and reason with its count).
pub const DEFAULT_AUTH_FAILURES_EVERY: Duration = Duration::from_secs(60);
/// Longest wait for one MCP tool call when a server sets no `call_timeout`.
pub const DEFAULT_MCP_CALL_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServer {
    listen: Option<String>,
    max_body_bytes: Option<usize>,
    max_wait: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStorage {
    sqlite: Option<PathBuf>,
    postgres: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAudit {
    origin: Option<String>,
    signing_key_file: Option<PathBuf>,
    checkpoint_every: Option<String>,
    auth_failures_every: Option<String>,
    publish_dir: Option<PathBuf>,
    publish_url: Option<String>,
    #[serde(default)]
    retention: RawRetention,
    #[serde(default)]
    streams: BTreeMap<String, RawStream>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStream {
    url: Option<String>,
    syslog: Option<String>,
    format: Option<String>,
    #[serde(default)]
    headers: BTreeMap<String, String>,
    batch: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRetention {
    default: Option<String>,
    #[serde(default)]
    classes: BTreeMap<String, String>,
    frameworks: Option<Vec<String>>,
    purge_every: Option<String>,
}

/// Regulatory floors on audit retention, in days (compliance/controls.yaml).
const RETENTION_FLOORS: &[(&str, &str, u32)] = &[
    ("pci_dss", "PCI DSS 10.5.1 (12 months)", 365),
    ("eu_ai_act", "EU AI Act Art. 19/26(6) (six months)", 183),
    ("hipaa", "HIPAA 164.316(b)(2)(i) (6 years)", 2190),
];
/// The gateway's own policy window (2 to 7 years).
const RETENTION_WINDOW_DAYS: (u32, u32) = (730, 2557);
/// PCI DSS 10.5.1: the last three months stay online; nothing younger is ever purged.
const RETENTION_ONLINE_DAYS: u32 = 90;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawErasure {
    #[serde(default)]
    hooks: BTreeMap<String, RawErasureHook>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawErasureHook {
    url: String,
    system: Option<String>,
    #[serde(default)]
    headers: BTreeMap<String, String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawApprovals {
    ttl: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganization {
    #[serde(default)]
    name: String,
    #[serde(default)]
    domains: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInspection {
    injection_threshold: Option<f32>,
    audit_personal_data: Option<String>,
}

/// Injection score at or above which a tool result labels the session `untrusted`, when
/// `inspection.injection_threshold` is not set.
pub const DEFAULT_INJECTION_THRESHOLD: f32 = 0.5;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicies {
    dir: PathBuf,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUpstream {
    url: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    #[serde(default)]
    description: String,
    budget: Option<llm::RawBudget>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    members: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgent {
    owner: String,
    roles: Vec<String>,
    purpose: String,
    privacy: RawPrivacy,
    budget: Option<llm::RawBudget>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrivacy {
    lawful_basis: String,
    #[serde(default)]
    purposes: Vec<String>,
    #[serde(default)]
    data_categories: Vec<String>,
    retention: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTool {
    system: String,
    kind: String,
    risk: String,
    #[serde(default)]
    external: bool,
    #[serde(default)]
    decision_about_person: bool,
    #[serde(default)]
    description: String,
    schema: Option<toml::Value>,
    schema_file: Option<PathBuf>,
    #[serde(default)]
    output_labels: Vec<String>,
    recipient_arg: Option<String>,
    output_personal_data: Option<String>,
    connector: RawConnector,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, tag = "type", rename_all = "snake_case")]
enum RawConnector {
    Http {
        #[serde(default = "default_method")]
        method: String,
        upstream: Option<String>,
        url: Option<String>,
        path: Option<String>,
        #[serde(default)]
        headers: BTreeMap<String, String>,
        #[serde(default = "default_body")]
        body: String,
        timeout: Option<String>,
        max_response_bytes: Option<usize>,
    },
}

fn default_method() -> String {
    "POST".to_owned()
}

fn default_body() -> String {
    "arguments".to_owned()
}

/// Labels a tool may give a session; policies test for these names.
pub const KNOWN_LABELS: [&str; 4] = ["untrusted", "pii", "secret", "confidential"];

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

struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, key: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            key: key.into(),
            message: message.into(),
        });
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn is_tool_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_' || b == b'.'
        })
}

fn validate(
    raw: RawConfig,
    base: &Path,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Deployment, ConfigError> {
    let mut p = Problems(Vec::new());
    let mut warnings: Vec<String> = Vec::new();

    let listen_text = raw.server.listen.as_deref().unwrap_or(DEFAULT_LISTEN);
    let listen = match listen_text.parse::<SocketAddr>() {
        Ok(a) => a,
        Err(_) => {
            p.push(
                "server.listen",
                format!("`{listen_text}` is not an address such as `127.0.0.1:8080`"),
            );
            SocketAddr::from(([127, 0, 0, 1], 8080))
        }
    };
    let max_body_bytes = raw.server.max_body_bytes.unwrap_or(DEFAULT_MAX_BODY_BYTES);
    if !(1024..=64 * 1024 * 1024).contains(&max_body_bytes) {
        p.push("server.max_body_bytes", "must be between 1024 and 67108864");
    }
    let max_wait_seconds = match raw.server.max_wait.as_deref().map(parse_duration) {
        None => DEFAULT_MAX_WAIT_SECONDS,
        Some(Ok(d)) => d.as_secs().max(1),
        Some(Err(e)) => {
            p.push("server.max_wait", e);
            DEFAULT_MAX_WAIT_SECONDS
        }
    };

    let sqlite_path = base.join(
        raw.storage
            .sqlite
            .unwrap_or_else(|| PathBuf::from("data/warden.db")),
    );

    let approval_ttl = match raw.approvals.ttl.as_deref().map(parse_duration) {
        None => DEFAULT_APPROVAL_TTL,
        Some(Ok(d)) if d >= Duration::from_secs(1) => d,
        Some(Ok(_)) => {
            p.push("approvals.ttl", "must be at least one second");
            DEFAULT_APPROVAL_TTL
        }
        Some(Err(e)) => {
            p.push("approvals.ttl", e);
            DEFAULT_APPROVAL_TTL
        }
    };

    let mut internal_domains = Vec::new();
    for (i, d) in raw.organization.domains.iter().enumerate() {
        let d = d.trim().to_ascii_lowercase();
        if d.is_empty() || !d.contains('.') || d.contains('@') {
            p.push(
                format!("organization.domains[{i}]"),
                format!("`{d}` is not a domain name"),
            );
        } else {
            internal_domains.push(d);
        }
    }
    let _ = raw.organization.name;
    let audit = {
        let data_dir = sqlite_path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| base.to_path_buf());
        let origin = raw.audit.origin.unwrap_or_else(|| {
            format!(
                "{}/warden-audit",
                internal_domains
                    .first()
                    .map_or("warden.local", String::as_str)
            )
        });
        if origin.is_empty() || origin.contains(['\n', '+']) || origin.chars().any(char::is_control)
        {
            p.push("audit.origin", "one line without `+`");
        }
        let checkpoint_every = match raw.audit.checkpoint_every.as_deref().map(parse_duration) {
            None => Some(Duration::from_secs(3600)),
            Some(Ok(d)) if d.is_zero() => None,
            Some(Ok(d)) if d >= Duration::from_secs(1) => Some(d),
            Some(Ok(_)) => {
                p.push(
                    "audit.checkpoint_every",
                    "at least 1s, or 0 for on demand only",
                );
                None
            }
            Some(Err(e)) => {
                p.push("audit.checkpoint_every", e);
                None
            }
        };
        let auth_failures_every = match raw.audit.auth_failures_every.as_deref().map(parse_duration)
        {
            None => DEFAULT_AUTH_FAILURES_EVERY,
            Some(Ok(d)) if d >= Duration::from_secs(1) && d <= Duration::from_secs(3600) => d,
            Some(Ok(_)) => {
                p.push("audit.auth_failures_every", "between 1s and 1h");
                DEFAULT_AUTH_FAILURES_EVERY
            }
            Some(Err(e)) => {
                p.push("audit.auth_failures_every", e);
                DEFAULT_AUTH_FAILURES_EVERY
            }
        };
        if let Some(u) = &raw.audit.publish_url
            && !http_url_ok(u)
        {
            p.push(
                "audit.publish_url",
                "must be https:// (http:// only to a loopback address)",
            );
        }
        warden_types::AuditSettings {
            origin,
            signing_key_file: raw
                .audit
                .signing_key_file
                .map(|f| base.join(f))
                .unwrap_or_else(|| data_dir.join("audit-signing.key")),
            checkpoint_every,
            publish_dir: raw
                .audit
                .publish_dir
                .map(|d| base.join(d))
                .unwrap_or_else(|| data_dir.join("checkpoints")),
            publish_url: raw.audit.publish_url,
            retention: retention(raw.audit.retention, &mut p, &mut warnings),
            streams: streams(raw.audit.streams, &mut p),
            auth_failures_every,
        }
    };

    let erasure_hooks: Vec<warden_types::ErasureHook> = raw
        .erasure
        .hooks
        .into_iter()
        .map(|(name, h)| {
            let key = format!("erasure.hooks.{name}");
            if !http_url_ok(&h.url) {
                p.push(
                    format!("{key}.url"),
                    "must be https:// (http:// only to a loopback address)",
                );
            }
            for (k, v) in &h.headers {
                check_template(v, &mut p, &format!("{key}.headers.{k}"));
            }
            warden_types::ErasureHook {
                system: h.system.unwrap_or_else(|| name.clone()),
                name,
                url: h.url,
                headers: h.headers,
            }
        })
        .collect();

    let postgres = raw.storage.postgres.clone();
    if let Some(pg) = &postgres {
        check_template(pg, &mut p, "storage.postgres");
        if pg.contains("{{secret:") {
            p.push(
                "storage.postgres",
                "the vault lives in the database: use `{{env:NAME}}` for its password",
            );
        }
    }

    let injection_threshold = raw
        .inspection
        .injection_threshold
        .unwrap_or(DEFAULT_INJECTION_THRESHOLD);
    if !(0.0..=1.0).contains(&injection_threshold) {
        p.push("inspection.injection_threshold", "must be between 0 and 1");
    }
    let audit_personal_data = raw
        .inspection
        .audit_personal_data
        .unwrap_or_else(|| "pseudonymise".to_owned());
    if !matches!(audit_personal_data.as_str(), "mask" | "pseudonymise") {
        p.push(
            "inspection.audit_personal_data",
            format!("unknown mode `{audit_personal_data}`; expected `mask` or `pseudonymise`"),
        );
    }

    let mut roles = BTreeMap::new();
    for (name, r) in raw.roles {
        if !is_slug(&name) {
            p.push(
                format!("roles.{name}"),
                "role names are lowercase letters, digits, `-` and `_`",
            );
        }
        roles.insert(
            name.clone(),
            Role {
                budget: llm::budget(r.budget, &format!("roles.{name}"), &mut p),
                name,
                description: r.description,
            },
        );
    }

    let mut groups = BTreeMap::new();
    for (name, g) in raw.groups {
        if !is_slug(&name) {
            p.push(
                format!("groups.{name}"),
                "group names are lowercase letters, digits, `-` and `_`",
            );
        }
        if g.members.is_empty() {
            p.push(
                format!("groups.{name}.members"),
                "a group needs at least one member",
            );
        }
        for (i, m) in g.members.iter().enumerate() {
            if !is_slug(m) {
                p.push(
                    format!("groups.{name}.members[{i}]"),
                    format!("`{m}` is not an operator name (lowercase letters, digits, `-`, `_`)"),
                );
            }
        }
        groups.insert(
            name.clone(),
            ApproverGroup {
                name,
                members: g.members,
            },
        );
    }

    let mut agents = BTreeMap::new();
    for (id, a) in raw.agents {
        let key = format!("agents.{id}");
        if !is_slug(&id) {
            p.push(&key, "agent ids are lowercase letters, digits, `-` and `_`");
        }
        if a.owner.trim().is_empty() {
            p.push(format!("{key}.owner"), "must not be empty");
        }
        if a.roles.is_empty() {
            p.push(format!("{key}.roles"), "an agent needs at least one role");
        }
        for (i, r) in a.roles.iter().enumerate() {
            if !roles.contains_key(r) {
                p.push(format!("{key}.roles[{i}]"), format!("unknown role `{r}`"));
            }
        }
        let retention_days = match parse_duration(&a.privacy.retention) {
            Ok(d) => u32::try_from(d.as_secs() / 86_400).unwrap_or(u32::MAX),
            Err(e) => {
                p.push(format!("{key}.privacy.retention"), e);
                0
            }
        };
        if a.privacy.lawful_basis.trim().is_empty() {
            p.push(format!("{key}.privacy.lawful_basis"), "must not be empty");
        }
        agents.insert(
            id.clone(),
            Agent {
                budget: llm::budget(a.budget, &key, &mut p),
                id,
                owner: a.owner,
                roles: a.roles,
                purpose: a.purpose,
                privacy: PrivacyRecord {
                    lawful_basis: a.privacy.lawful_basis,
                    purposes: a.privacy.purposes,
                    data_categories: a.privacy.data_categories,
                    retention_days,
                },
            },
        );
    }

    let mut upstreams = BTreeMap::new();
    for (name, u) in raw.upstreams {
        let var = format!(
            "WARDEN_UPSTREAM_{}_URL",
            name.to_ascii_uppercase().replace('-', "_")
        );
        let url = env(&var).unwrap_or(u.url);
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            p.push(
                format!("upstreams.{name}.url"),
                format!("`{url}` is not an http(s) URL"),
            );
        }
        upstreams.insert(name, url.trim_end_matches('/').to_owned());
    }

    let mut tools = BTreeMap::new();
    for (name, t) in raw.tools {
        let key = format!("tools.\"{name}\"");
        if !is_tool_name(&name) {
            p.push(
                &key,
                "tool names are lowercase letters, digits, `.`, `-` and `_`",
            );
        }
        let kind = ToolKind::parse(&t.kind).unwrap_or_else(|| {
            p.push(
                format!("{key}.kind"),
                format!(
                    "unknown kind `{}`; expected one of read, write, delete, communicate, transact, execute, admin",
                    t.kind
                ),
            );
            ToolKind::Read
        });
        let risk = Risk::parse(&t.risk).unwrap_or_else(|| {
            p.push(
                format!("{key}.risk"),
                format!(
                    "unknown risk `{}`; expected one of low, medium, high, critical",
                    t.risk
                ),
            );
            Risk::High
        });
        if !is_slug(&t.system) {
            p.push(
                format!("{key}.system"),
                "system names are lowercase letters, digits, `-` and `_`",
            );
        }
        for (i, l) in t.output_labels.iter().enumerate() {
            if !KNOWN_LABELS.contains(&l.as_str()) {
                p.push(
                    format!("{key}.output_labels[{i}]"),
                    format!(
                        "unknown label `{l}`; expected one of {}",
                        KNOWN_LABELS.join(", ")
                    ),
                );
            }
        }
        let schema = match (t.schema, t.schema_file) {
            (Some(_), Some(_)) => {
                p.push(&key, "set `schema` or `schema_file`, not both");
                serde_json::Value::Null
            }
            (Some(v), None) => serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            (None, Some(f)) => {
                let path = base.join(&f);
                match read_limited(&path)
                    .map_err(|e| e.to_string())
                    .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
                {
                    Ok(v) => v,
                    Err(e) => {
                        p.push(format!("{key}.schema_file"), e);
                        serde_json::Value::Null
                    }
                }
            }
            (None, None) => {
                p.push(
                    &key,
                    "a tool needs an argument schema (`schema` or `schema_file`)",
                );
                serde_json::Value::Null
            }
        };
        if !schema.is_null() && schema.get("type").and_then(|v| v.as_str()) != Some("object") {
            p.push(
                format!("{key}.schema"),
                "the argument schema must be of `type = \"object\"`",
            );
        }
        if let Some(arg) = &t.recipient_arg
            && schema
                .get("properties")
                .and_then(|props| props.get(arg))
                .is_none()
        {
            p.push(
                format!("{key}.recipient_arg"),
                format!("`{arg}` is not a property of the tool's schema"),
            );
        }
        let connector = match t.connector {
            RawConnector::Http {
                method,
                upstream,
                url,
                path,
                headers,
                body,
                timeout,
                max_response_bytes,
            } => {
                let ckey = format!("{key}.connector");
                let method = method.to_ascii_uppercase();
                if !["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&method.as_str()) {
                    p.push(
                        format!("{ckey}.method"),
                        format!("unsupported method `{method}`"),
                    );
                }
                let url = match (upstream, url, path) {
                    (Some(u), None, path) => match upstreams.get(&u) {
                        Some(base) => format!("{base}{}", path.unwrap_or_default()),
                        None => {
                            p.push(
                                format!("{ckey}.upstream"),
                                format!("unknown upstream `{u}`"),
                            );
                            String::new()
                        }
                    },
                    (None, Some(url), None) => url,
                    _ => {
                        p.push(
                            &ckey,
                            "set either `upstream` (with an optional `path`) or `url`",
                        );
                        String::new()
                    }
                };
                if !(url.is_empty() || url.starts_with("http://") || url.starts_with("https://")) {
                    p.push(
                        format!("{ckey}.url"),
                        format!("`{url}` is not an http(s) URL"),
                    );
                }
                let body = match body.as_str() {
                    "arguments" => BodyMode::Arguments,
                    "none" => BodyMode::None,
                    other => {
                        p.push(
                            format!("{ckey}.body"),
                            format!("unknown body `{other}`; expected `arguments` or `none`"),
                        );
                        BodyMode::None
                    }
                };
                let timeout = match timeout.as_deref().map(parse_duration) {
                    None => DEFAULT_CONNECTOR_TIMEOUT,
                    Some(Ok(d)) if !d.is_zero() => d,
                    Some(Ok(_)) => {
                        p.push(format!("{ckey}.timeout"), "must be more than zero");
                        DEFAULT_CONNECTOR_TIMEOUT
                    }
                    Some(Err(e)) => {
                        p.push(format!("{ckey}.timeout"), e);
                        DEFAULT_CONNECTOR_TIMEOUT
                    }
                };
                for (h, v) in &headers {
                    check_template(v, &mut p, &format!("{ckey}.headers.{h}"));
                }
                Connector::Http(HttpConnector {
                    method,
                    url,
                    headers: headers.into_iter().collect(),
                    body,
                    timeout,
                    max_response_bytes: max_response_bytes.unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
                })
            }
        };
        let output_personal_data = t.output_personal_data.unwrap_or_else(|| "keep".to_owned());
        if !matches!(
            output_personal_data.as_str(),
            "keep" | "mask" | "remove" | "block"
        ) {
            p.push(
                format!("{key}.output_personal_data"),
                format!(
                    "unknown mode `{output_personal_data}`; expected keep, mask, remove or block"
                ),
            );
        }
        tools.insert(
            name.clone(),
            Tool {
                output_personal_data,
                name,
                system: t.system,
                kind,
                risk,
                external: t.external,
                decision_about_person: t.decision_about_person,
                description: t.description,
                schema,
                output_labels: t.output_labels,
                recipient_arg: t.recipient_arg,
                connector,
            },
        );
    }

    let mcp_hold_wait = match raw.mcp.hold_wait.as_deref().map(parse_duration) {
        None => DEFAULT_MCP_HOLD_WAIT,
        Some(Ok(d)) if d <= Duration::from_secs(600) => d,
        Some(Ok(_)) => {
            p.push("mcp.hold_wait", "at most 10m: clients time out long before");
            DEFAULT_MCP_HOLD_WAIT
        }
        Some(Err(e)) => {
            p.push("mcp.hold_wait", e);
            DEFAULT_MCP_HOLD_WAIT
        }
    };
    let mcp_recheck = match raw.mcp.recheck.as_deref().map(parse_duration) {
        None => DEFAULT_MCP_RECHECK,
        Some(Ok(d)) if d >= Duration::from_secs(1) => d,
        Some(Ok(_)) => {
            p.push("mcp.recheck", "at least 1s");
            DEFAULT_MCP_RECHECK
        }
        Some(Err(e)) => {
            p.push("mcp.recheck", e);
            DEFAULT_MCP_RECHECK
        }
    };
    let vault_grace = match raw.vault.grace.as_deref().map(parse_duration) {
        None => DEFAULT_VAULT_GRACE,
        Some(Ok(d)) => d,
        Some(Err(e)) => {
            p.push("vault.grace", e);
            DEFAULT_VAULT_GRACE
        }
    };
    let vault_key_file = raw.vault.master_key_file.map(|f| base.join(f));
    let vault_kv = match raw.vault.backend.as_deref() {
        None | Some("local") => {
            if raw.vault.address.is_some() {
                p.push(
                    "vault.address",
                    "set `backend = \"hashicorp\"` to use an external vault",
                );
            }
            None
        }
        Some("hashicorp") | Some("openbao") => {
            let address = raw.vault.address.clone().unwrap_or_default();
            if !(address.starts_with("http://") || address.starts_with("https://")) {
                p.push("vault.address", "the vault's http(s) address is required");
            }
            Some(warden_types::VaultKv {
                address: address.trim_end_matches('/').to_owned(),
                token_env: raw
                    .vault
                    .token_env
                    .clone()
                    .unwrap_or_else(|| "VAULT_TOKEN".into()),
                mount: raw.vault.mount.clone().unwrap_or_else(|| "secret".into()),
                prefix: raw.vault.prefix.clone().unwrap_or_else(|| "warden/".into()),
            })
        }
        Some(other) => {
            p.push(
                "vault.backend",
                format!("unknown backend `{other}`; expected local, hashicorp or openbao"),
            );
            None
        }
    };
    let vault_transit = raw.vault.transit.map(|t| {
        if !(t.address.starts_with("http://") || t.address.starts_with("https://")) {
            p.push(
                "vault.transit.address",
                "the vault's http(s) address is required",
            );
        }
        if vault_key_file.is_some() {
            p.push(
                "vault.transit",
                "set `master_key_file` or `transit`, not both",
            );
        }
        warden_types::VaultTransit {
            address: t.address.trim_end_matches('/').to_owned(),
            token_env: t.token_env.unwrap_or_else(|| "VAULT_TOKEN".into()),
            mount: t.mount.unwrap_or_else(|| "transit".into()),
            key: t.key,
        }
    });
    let mut rotations = BTreeMap::new();
    for (name, r) in raw.vault.rotate {
        let key = format!("vault.rotate.\"{name}\"");
        let every = match parse_duration(&r.every) {
            Ok(d) if d >= Duration::from_secs(1) => d,
            Ok(_) => {
                p.push(format!("{key}.every"), "at least 1s");
                Duration::from_secs(30 * 24 * 3600)
            }
            Err(e) => {
                p.push(format!("{key}.every"), e);
                Duration::from_secs(30 * 24 * 3600)
            }
        };
        let hook = |p: &mut Problems,
                    what: &str,
                    command: Option<String>,
                    args: Vec<String>,
                    url: Option<String>|
         -> Option<warden_types::Hook> {
            match (command, url) {
                (Some(c), None) if !c.trim().is_empty() => {
                    Some(warden_types::Hook::Command { command: c, args })
                }
                (Some(_), None) => {
                    p.push(format!("{key}.{what}command"), "must name a program");
                    None
                }
                (None, Some(u)) => {
                    if !http_url_ok(&u) {
                        p.push(
                            format!("{key}.{what}url"),
                            "must be https:// (http:// only to a loopback address)",
                        );
                    }
                    Some(warden_types::Hook::Http {
                        url: u,
                        headers: r.headers.clone(),
                    })
                }
                (Some(_), Some(_)) => {
                    p.push(
                        format!("{key}.{what}url"),
                        format!("give `{what}command` or `{what}url`, not both"),
                    );
                    None
                }
                (None, None) => None,
            }
        };
        let mint = hook(&mut p, "", r.command.clone(), r.args.clone(), r.url.clone());
        let revoke = hook(
            &mut p,
            "revoke_",
            r.revoke_command.clone(),
            r.revoke_args.clone(),
            r.revoke_url.clone(),
        );
        match mint {
            Some(mint) => {
                rotations.insert(
                    name,
                    warden_types::Rotation {
                        every,
                        mint,
                        revoke,
                    },
                );
            }
            None if r.command.is_none() && r.url.is_none() => p.push(
                &key,
                "needs a rotator: `command` (a program) or `url` (an HTTP hook)",
            ),
            None => {}
        }
    }
    let mut mcp_servers = BTreeMap::new();
    for (name, m) in raw.mcp_servers {
        let key = format!("mcp_servers.{name}");
        if !is_slug(&name) {
            p.push(
                &key,
                "server names are lowercase letters, digits, `-` and `_` (they prefix tool names)",
            );
        }
        if tools.keys().any(|t| t.starts_with(&format!("{name}."))) {
            p.push(
                &key,
                format!("tools named `{name}.…` are configured too; MCP tools would shadow them"),
            );
        }
        match (m.command.trim().is_empty(), &m.url) {
            (true, None) => p.push(
                &key,
                "set `command` (a stdio server) or `url` (a streamable-HTTP server)",
            ),
            (false, Some(_)) => p.push(&key, "set `command` or `url`, not both"),
            (true, Some(u)) if !(u.starts_with("http://") || u.starts_with("https://")) => {
                p.push(format!("{key}.url"), format!("`{u}` is not an http(s) URL"));
            }
            _ => {}
        }
        if m.url.is_none() && !m.headers.is_empty() {
            p.push(format!("{key}.headers"), "headers are for `url` servers");
        }
        if m.url.is_some() && (!m.args.is_empty() || !m.env.is_empty() || m.cwd.is_some()) {
            p.push(&key, "`args`, `env` and `cwd` are for `command` servers");
        }
        for (h, template) in &m.headers {
            check_template(template, &mut p, &format!("{key}.headers.{h}"));
        }
        for (var, template) in &m.env {
            check_template(template, &mut p, &format!("{key}.env.{var}"));
        }
        let call_timeout = match m.call_timeout.as_deref().map(parse_duration) {
            None => DEFAULT_MCP_CALL_TIMEOUT,
            Some(Ok(d)) if d >= Duration::from_millis(100) => d,
            Some(Ok(_)) => {
                p.push(format!("{key}.call_timeout"), "at least 100ms");
                DEFAULT_MCP_CALL_TIMEOUT
            }
            Some(Err(e)) => {
                p.push(format!("{key}.call_timeout"), e);
                DEFAULT_MCP_CALL_TIMEOUT
            }
        };
        let mut overrides = BTreeMap::new();
        for (tool, o) in m.tools {
            let tkey = format!("{key}.tools.\"{tool}\"");
            let kind = o.kind.as_deref().map(|k| {
                ToolKind::parse(k).unwrap_or_else(|| {
                    p.push(format!("{tkey}.kind"), format!("unknown kind `{k}`"));
                    ToolKind::Read
                })
            });
            let risk = o.risk.as_deref().map(|r| {
                Risk::parse(r).unwrap_or_else(|| {
                    p.push(format!("{tkey}.risk"), format!("unknown risk `{r}`"));
                    Risk::High
                })
            });
            for (i, l) in o.output_labels.iter().enumerate() {
                if !KNOWN_LABELS.contains(&l.as_str()) {
                    p.push(
                        format!("{tkey}.output_labels[{i}]"),
                        format!(
                            "unknown label `{l}`; expected one of {}",
                            KNOWN_LABELS.join(", ")
                        ),
                    );
                }
            }
            if let Some(mode) = &o.output_personal_data
                && !matches!(mode.as_str(), "keep" | "mask" | "remove" | "block")
            {
                p.push(
                    format!("{tkey}.output_personal_data"),
                    format!("unknown mode `{mode}`; expected keep, mask, remove or block"),
                );
            }
            overrides.insert(
                tool,
                warden_types::McpToolOverride {
                    kind,
                    risk,
                    external: o.external,
                    decision_about_person: o.decision_about_person,
                    output_labels: o.output_labels,
                    recipient_arg: o.recipient_arg,
                    output_personal_data: o.output_personal_data,
                },
            );
        }
        // Like upstream URLs, the program can be set per environment.
        let command_var = format!(
            "WARDEN_MCP_{}_COMMAND",
            name.to_ascii_uppercase().replace('-', "_")
        );
        let command = match env(&command_var) {
            Some(c) if !m.command.is_empty() => c,
            _ => m.command,
        };
        mcp_servers.insert(
            name.clone(),
            warden_types::McpServer {
                name,
                command,
                url: m.url,
                headers: m.headers,
                args: m.args,
                env: m.env,
                cwd: m.cwd.map(|c| base.join(c)),
                call_timeout,
                tools: overrides,
            },
        );
    }

    let policy_dir = base.join(&raw.policies.dir);
    let mut policy_files = Vec::new();
    match std::fs::read_dir(&policy_dir) {
        Ok(entries) => {
            let mut paths: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "cedar"))
                .collect();
            paths.sort();
            for path in paths {
                match read_limited(&path) {
                    Ok(text) => policy_files.push(PolicyFile { path, text }),
                    Err(e) => p.push("policies.dir", e.to_string()),
                }
            }
            if policy_files.is_empty() {
                p.push(
                    "policies.dir",
                    format!("no `.cedar` files in `{}`", policy_dir.display()),
                );
            }
        }
        Err(e) => p.push(
            "policies.dir",
            format!("cannot read `{}`: {e}", policy_dir.display()),
        ),
    }

    let providers = llm::providers(raw.providers, env, &mut p, &mut tools, &mcp_servers);

    if !p.0.is_empty() {
        return Err(ConfigError::Invalid(p.0));
    }
    Ok(Deployment {
        listen,
        sqlite_path,
        postgres,
        approval_ttl,
        limits: Limits {
            max_body_bytes,
            max_wait_seconds,
        },
        internal_domains,
        agents,
        roles,
        groups,
        tools,
        policy_files,
        inspection: warden_types::Inspection {
            injection_threshold,
            audit_personal_data,
        },
        mcp_servers,
        mcp_hold_wait,
        mcp_recheck,
        vault_key_file,
        vault_grace,
        rotations,
        vault_kv,
        vault_transit,
        providers,
        audit,
        erasure_hooks,
        warnings,
    })
}

/// `[audit.streams.NAME]`: a webhook (`url`) or syslog (`syslog = "udp://host:514"` or
/// `"tcp://host:601"`).
fn streams(raw: BTreeMap<String, RawStream>, p: &mut Problems) -> Vec<warden_types::AuditStream> {
    raw.into_iter()
        .filter_map(|(name, s)| {
            let key = format!("audit.streams.{name}");
            let format = s.format.unwrap_or_else(|| "jsonl".into());
            if !matches!(format.as_str(), "jsonl" | "ocsf") {
                p.push(format!("{key}.format"), "expected `jsonl` or `ocsf`");
            }
            let batch = s.batch.unwrap_or(100);
            if !(1..=10_000).contains(&batch) {
                p.push(format!("{key}.batch"), "1 to 10000 records");
            }
            for (k, v) in &s.headers {
                check_template(v, p, &format!("{key}.headers.{k}"));
            }
            let target = match (s.url, s.syslog) {
                (Some(url), None) => {
                    if !http_url_ok(&url) {
                        p.push(
                            format!("{key}.url"),
                            "must be https:// (http:// only to a loopback address)",
                        );
                    }
                    warden_types::StreamTarget::Webhook {
                        url,
                        headers: s.headers,
                    }
                }
                (None, Some(target)) => {
                    let (tcp, addr) = match target.split_once("://") {
                        Some(("udp", a)) => (false, a.to_owned()),
                        Some(("tcp", a)) => (true, a.to_owned()),
                        _ => {
                            p.push(
                                format!("{key}.syslog"),
                                "write `udp://host:port` or `tcp://host:port`",
                            );
                            return None;
                        }
                    };
                    if !addr.contains(':') {
                        p.push(format!("{key}.syslog"), "needs a port");
                    }
                    warden_types::StreamTarget::Syslog { tcp, addr }
                }
                _ => {
                    p.push(key, "needs either `url` (a webhook) or `syslog`, not both");
                    return None;
                }
            };
            Some(warden_types::AuditStream {
                name,
                target,
                format,
                batch,
            })
        })
        .collect()
}

/// `[audit.retention]`: days per class, checked against the regulatory floors that apply
/// (a warning) and the online window (an error).
fn retention(
    raw: RawRetention,
    p: &mut Problems,
    warnings: &mut Vec<String>,
) -> warden_types::Retention {
    let days_of = |key: &str, v: &str, p: &mut Problems| -> Option<u32> {
        match parse_duration(v) {
            Ok(d) => {
                let days = u32::try_from(d.as_secs() / 86_400).unwrap_or(u32::MAX);
                if days < RETENTION_ONLINE_DAYS {
                    p.push(
                        key,
                        format!("at least {RETENTION_ONLINE_DAYS} days (the last three months stay online, PCI DSS 10.5.1)"),
                    );
                    None
                } else {
                    Some(days)
                }
            }
            Err(e) => {
                p.push(key, e);
                None
            }
        }
    };
    let default = raw
        .default
        .as_deref()
        .and_then(|v| days_of("audit.retention.default", v, p))
        .unwrap_or(RETENTION_WINDOW_DAYS.0);
    let mut days: BTreeMap<String, u32> = warden_types::Retention::CLASSES
        .iter()
        .map(|c| ((*c).to_owned(), default))
        .collect();
    for (class, v) in &raw.classes {
        let key = format!("audit.retention.classes.{class}");
        if !warden_types::Retention::CLASSES.contains(&class.as_str()) {
            p.push(
                key,
                format!(
                    "unknown class; expected one of {}",
                    warden_types::Retention::CLASSES.join(", ")
                ),
            );
            continue;
        }
        if let Some(d) = days_of(&key, v, p) {
            days.insert(class.clone(), d);
        }
    }
    let frameworks = raw
        .frameworks
        .unwrap_or_else(|| vec!["pci_dss".into(), "eu_ai_act".into()]);
    for f in &frameworks {
        if !RETENTION_FLOORS.iter().any(|(k, _, _)| k == f) {
            p.push(
                "audit.retention.frameworks",
                format!("unknown framework `{f}`; expected pci_dss, eu_ai_act or hipaa"),
            );
        }
    }
    for (class, d) in &days {
        for (key, name, floor) in RETENTION_FLOORS {
            if frameworks.iter().any(|f| f == key) && d < floor {
                warnings.push(format!(
                    "audit.retention: class `{class}` keeps records {d} days, below {name}: {floor} days"
                ));
            }
        }
        if *d < RETENTION_WINDOW_DAYS.0 || *d > RETENTION_WINDOW_DAYS.1 {
            warnings.push(format!(
                "audit.retention: class `{class}` keeps records {d} days, outside the policy window of 2 to 7 years ({} to {} days)",
                RETENTION_WINDOW_DAYS.0, RETENTION_WINDOW_DAYS.1
            ));
        }
    }
    let purge_every = match raw.purge_every.as_deref().map(parse_duration) {
        None => Some(std::time::Duration::from_secs(86_400)),
        Some(Ok(d)) if d.is_zero() => None,
        Some(Ok(d)) if d.as_secs() >= 60 => Some(d),
        Some(Ok(_)) => {
            p.push(
                "audit.retention.purge_every",
                "at least 1m, or 0 for on demand only",
            );
            None
        }
        Some(Err(e)) => {
            p.push("audit.retention.purge_every", e);
            None
        }
    };
    warden_types::Retention { days, purge_every }
}

/// Header templates may reference environment variables as `{{env:NAME}}` and vault secrets as
/// `{{secret:name}}`; nothing else.
fn check_template(v: &str, p: &mut Problems, key: &str) {
    let mut rest = v;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest.get(start..).and_then(|r| r.find("}}")) else {
            p.push(key, "unclosed `{{`");
            return;
        };
        let inner = rest.get(start + 2..start + end).unwrap_or_default();
        let env_ok = inner.strip_prefix("env:").is_some_and(|name| {
            !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        });
        let secret_ok = inner.strip_prefix("secret:").is_some_and(|name| {
            !name.is_empty()
                && name.len() <= 128
                && name.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-' | b'.')
                })
        });
        if !(env_ok || secret_ok) {
            p.push(
                key,
                format!(
                    "unknown reference `{{{{{inner}}}}}`; expected `{{{{env:NAME}}}}` or `{{{{secret:name}}}}`"
                ),
            );
        }
        rest = rest.get(start + end + 2..).unwrap_or_default();
    }
}

#[cfg(test)]
mod tests;
