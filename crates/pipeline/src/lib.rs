//! The pipeline: the only place that knows the order of the stages.
//!
//! ```text
//! identify → validate → decide → (hold → approve) → execute → respond
//! ```
//!
//! Every exit of an action — refused, denied, held, executed, failed — is written to the audit
//! log before the agent hears about it. Stage failures close the gate: a store or policy error
//! denies and is recorded.

mod admin;
mod admin_log;
mod approval;
mod checkpoint;
pub mod compliance;
mod console;
mod contests;
mod decide;
mod execution;
mod exit;
mod export;
mod identify;
mod incident;
mod inspect;
mod integrity;
pub mod llm;
pub mod mcp;
mod metrics;
mod monitor;
mod notify;
mod oauth;
mod oidc;
mod preflight;
mod provenance;
pub mod reload;
mod replay;
mod reply;
mod retention;
mod review;
mod ropa;
mod runs;
mod slack;
mod subjects;
pub mod telemetry;
mod totals;
mod upstream_oauth;
pub mod vault;
mod window;

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::Notify;
use warden_execute::{ExecError, Executor};
use warden_policy::PolicyEngine;
use warden_store::{Cas, Store, StoreError};
use warden_types::{
    Action, Approval, ApprovalState, AuditEvent, Deployment, ErrorCode, EventKind, Outcome,
    Timestamp, Tool, ToolKind, arguments_hash, canonical_json, random_id, sha256_hex,
};
use warden_validate::ArgumentValidator;

pub use admin::{AgentView, MAX_PAGE, NewTokenRequest, TokenView, bootstrap_admin};
pub use approval::Approved;
use approval::Cast;
pub use checkpoint::Integrity;
pub use contests::ContestView;
pub use oidc::OidcStart;
pub use replay::{Change, Replay};
pub use review::{AgentReview, PermissionReview, Proposed};
pub use ropa::{Activity, Recipient, Ropa};

/// How long a started single sign-on may take.
pub fn oidc_pending_ttl() -> std::time::Duration {
    oidc::PENDING_TTL
}
pub use decide::Permitted;
use decide::Verdict;
pub use identify::{AuthFailure, Caller, MAX_FAILURE_SOURCES};
pub use incident::{Entry as TimelineEntry, Incident, MAX_TIMELINE, Timeline};
pub use llm::LlmReply;
pub use metrics::Surface;
pub use monitor::{Halted, MAX_ALERTS};
pub use preflight::preflight;
pub use reply::{ActionEnd, Ended, Executed, Refusal};
pub use warden_llm::Format as LlmFormat;

/// Largest argument or output value copied verbatim into an audit record; larger values are
/// recorded as their size and SHA-256.
pub const MAX_AUDIT_VALUE_BYTES: usize = 64 * 1024;
/// How often undecided approvals are checked for expiry.
pub const EXPIRY_INTERVAL: Duration = Duration::from_secs(1);

/// Resolves `{{env:NAME}}` references in connector templates.
pub type Env = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// The deployment could not be compiled.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// Policies failed to load.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Policy(Vec<warden_policy::PolicyProblem>),
    /// A tool's argument schema failed to compile.
    #[error("{}", .0.iter().map(|(t, m)| format!("config key `tools.\"{t}\".schema`: {m}")).collect::<Vec<_>>().join("\n"))]
    Schema(Vec<(String, String)>),
    /// The HTTP client could not be built.
    #[error("{0}")]
    Executor(String),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Upstream MCP servers could not be listed.
    #[error("{}", .0.join("\n"))]
    Mcp(Vec<String>),
    /// The vault cannot be opened (no or wrong master key).
    #[error("{0}")]
    Vault(String),
    /// The audit log does not verify (and `audit.on_tamper = "refuse"`).
    #[error(
        "the audit log does not verify: {0}; not starting (set `audit.on_tamper = \"deny\"` to start refusing every action instead)"
    )]
    Tampered(String),
}

/// What an action's record keeps of the arguments of a tool that does not exist.
const NOT_KEPT_UNKNOWN_TOOL: &str = "[not kept: no such tool]";

/// Most distinct personal data values one request may carry (an action's arguments, an LLM
/// call's prompt); more is refused with `payload_too_large` and none of them is kept.
pub const MAX_PERSONAL_VALUES: usize = 1000;

/// Everything `serve` checks at start, without touching storage: used by `warden check config`.
pub struct Compiled {
    /// The deployment.
    pub deployment: Arc<Deployment>,
    /// Compiled policies.
    pub policy: PolicyEngine,
    /// Compiled argument validators.
    pub validator: ArgumentValidator,
    /// Compiled detectors.
    pub scanner: warden_inspect::Scanner,
    /// Upstream MCP servers and the tool definitions discovered from them.
    pub mcp: Option<(
        Arc<warden_mcp::Upstreams>,
        Vec<warden_mcp::catalogue::ToolDef>,
    )>,
    /// The vault, when it was opened before the MCP servers started (their environment may
    /// name vault secrets).
    pub vault: Option<Arc<vault::Vault>>,
}

/// Compiles policies and argument schemas, reporting every problem.
pub fn compile(deployment: Deployment) -> Result<Compiled, LoadError> {
    let policy = PolicyEngine::compile(&deployment);
    let validator = ArgumentValidator::compile(&deployment);
    let scanner = warden_inspect::Scanner::new(warden_inspect::Config {
        injection_threshold: deployment.inspection.injection_threshold,
        injection_model: deployment.inspection.injection_model,
        ..warden_inspect::Config::default()
    })
    .map_err(|e| LoadError::Executor(e.to_string()))?;
    match (policy, validator) {
        (Ok(policy), Ok(validator)) => Ok(Compiled {
            deployment: Arc::new(deployment),
            policy,
            validator,
            scanner,
            mcp: None,
            vault: None,
        }),
        (Err(p), _) => Err(LoadError::Policy(p)),
        (_, Err(s)) => Err(LoadError::Schema(s)),
    }
}

/// The program a stdio MCP server runs: `warden` (a bare name) is this executable, so a
/// deployment whose server is Warden itself (the reference knowledge base) starts on a machine
/// without `warden` on `PATH`; anything else is run as configured.
fn own_command(command: &str) -> String {
    if command == "warden"
        && let Ok(me) = std::env::current_exe()
    {
        return me.display().to_string();
    }
    command.to_owned()
}

/// Like [`compile`], after starting the deployment's upstream MCP servers and adding their
/// tools (see [`mcp::discover`]). `pins` are the stored tool pins, used for a server that
/// cannot be reached.
pub async fn compile_with_mcp(
    mut deployment: Deployment,
    env: Env,
    pins: &[warden_store::ToolPin],
    vault: Option<Arc<vault::Vault>>,
) -> Result<Compiled, LoadError> {
    if deployment.mcp_servers.is_empty() {
        let mut c = compile(deployment)?;
        c.vault = vault;
        return Ok(c);
    }
    warden_http::install_crypto_provider();
    let specs = deployment
        .mcp_servers
        .values()
        .map(|s| warden_mcp::ServerSpec {
            name: s.name.clone(),
            transport: match &s.url {
                Some(url) => warden_mcp::Transport::Http {
                    url: url.clone(),
                    headers: s.headers.clone(),
                },
                None => warden_mcp::Transport::Stdio {
                    command: own_command(&s.command),
                    args: s.args.clone(),
                    env: s.env.clone(),
                    cwd: s.cwd.clone(),
                },
            },
            call_timeout: s.call_timeout,
        })
        .collect();
    // `{{secret:name}}` in a server's environment or headers comes from the vault, for servers
    // the secret is scoped to (`mcp:<server>` among its agents).
    let vault_for_mcp = vault.clone();
    let resolve: warden_mcp::upstream::Resolve =
        Arc::new(move |r: &warden_types::Reference, server: &str| match r {
            warden_types::Reference::Secret(name) => {
                let v = vault_for_mcp.as_ref()?;
                match v.resolve(name, &format!("mcp:{server}")) {
                    Ok((value, _, _)) => Some(value),
                    Err(why) => {
                        tracing::error!(%why, "an MCP server's secret cannot be injected");
                        None
                    }
                }
            }
            warden_types::Reference::Env(var) => env(var),
        });
    // Warden's own connection to a server that takes OAuth tokens: `connection_oauth`, or its
    // `oauth` client when that is a client-credentials one.
    let mut connection_tokens: std::collections::BTreeMap<
        String,
        Arc<dyn warden_mcp::upstream::ConnectionToken>,
    > = std::collections::BTreeMap::new();
    let token_http = warden_http::Policy::new()
        .build()
        .map_err(|e| LoadError::Executor(e.to_string()))?;
    for s in deployment.mcp_servers.values() {
        let client = s
            .connection_oauth
            .as_ref()
            .or(s.oauth.as_ref())
            .and_then(|n| deployment.oauth_clients.get(n))
            .filter(|c| c.grant == warden_types::OAuthGrant::ClientCredentials);
        if let (Some(client), Some(_)) = (client, &s.url) {
            let (resolve, server) = (Arc::clone(&resolve), s.name.clone());
            let secret: upstream_oauth::SecretResolver = Arc::new(move |t| {
                t.try_render(|r| {
                    resolve(r, &server)
                        .map(warden_vault::Zeroizing::new)
                        .ok_or_else(|| format!("`{}` does not resolve", r.name()))
                })
            });
            connection_tokens.insert(
                s.name.clone(),
                Arc::new(upstream_oauth::ConnectionTokens::new(
                    &s.name,
                    client.clone(),
                    token_http.clone(),
                    secret,
                )),
            );
        }
    }
    let upstreams = Arc::new(
        warden_mcp::Upstreams::new(specs, resolve).with_connection_tokens(connection_tokens),
    );
    let defs = match mcp::discover(&mut deployment, &upstreams, pins).await {
        Ok(d) => d,
        Err(e) => {
            upstreams.shutdown().await;
            return Err(e);
        }
    };
    match compile(deployment) {
        Ok(mut c) => {
            c.mcp = Some((upstreams, defs));
            c.vault = vault;
            Ok(c)
        }
        Err(e) => {
            upstreams.shutdown().await;
            Err(e)
        }
    }
}

/// The `[oauth_clients]` entry whose token `tool`'s calls carry (its connector's, or its MCP
/// server's `oauth`): `Err` with the name if it is not configured.
fn oauth_client_of<'d>(
    dep: &'d warden_types::Deployment,
    tool: &Tool,
) -> Option<Result<&'d warden_types::OAuthClient, String>> {
    let name = match &tool.connector {
        warden_types::Connector::Http(c) => c.oauth.as_ref()?,
        warden_types::Connector::Mcp { server, .. }
        | warden_types::Connector::McpGet { server, .. } => {
            dep.mcp_servers.get(server)?.oauth.as_ref()?
        }
        warden_types::Connector::Llm { .. } => return None,
    };
    Some(dep.oauth_clients.get(name).ok_or_else(|| name.clone()))
}

/// An authenticated agent. Only the identify stage makes one (its fields are private to the
/// pipeline), so no other crate can act as an agent it did not authenticate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentIdentity {
    pub(crate) agent: String,
    pub(crate) token_id: String,
}

impl AgentIdentity {
    /// The agent's id.
    pub fn agent(&self) -> &str {
        &self.agent
    }

    /// The token it used.
    pub fn token_id(&self) -> &str {
        &self.token_id
    }
}

/// An authenticated operator. Only the identify stage makes one, so no other crate can vote
/// or read the admin API as someone it did not authenticate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operator {
    pub(crate) name: String,
    pub(crate) admin: bool,
    pub(crate) token_id: String,
    /// Approver groups an identity provider vouched for in this session (single sign-on);
    /// empty for a token, whose groups are the configuration's.
    pub(crate) groups: Vec<String>,
}

impl Operator {
    /// The operator's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether the token may administer.
    pub fn admin(&self) -> bool {
        self.admin
    }

    /// The id of the token it signed in with (never the token's secret).
    pub fn token_id(&self) -> &str {
        &self.token_id
    }
}

/// An authenticated operator who may administer: only [`Gateway::authenticate_admin`] builds
/// one, so an administrative operation that takes an `&Admin` cannot run for anyone else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admin(Operator);

impl Admin {
    /// Warden itself acting as an administrator (the rotation runner).
    pub(crate) fn internal(name: &str) -> Self {
        Self(Operator {
            name: name.to_owned(),
            admin: true,
            token_id: String::new(),
            groups: Vec::new(),
        })
    }
}

impl std::ops::Deref for Admin {
    type Target = Operator;
    fn deref(&self) -> &Operator {
        &self.0
    }
}

/// The body of `POST /v1/actions`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionRequest {
    /// The tool's name.
    pub tool: String,
    /// The tool's arguments (an object).
    #[serde(default)]
    pub arguments: Value,
    /// The agent's session; Warden assigns one if absent.
    pub session: Option<String>,
}

/// What a reload replaces whole: the deployment and what was compiled from it. A request
/// reads it once and finishes under it, whatever a reload does meanwhile.
pub(crate) struct Loaded {
    pub(crate) dep: Arc<Deployment>,
    pub(crate) policy: PolicyEngine,
    pub(crate) validator: ArgumentValidator,
    /// SHA-256 over the Cedar schema (agents, roles, tools) and every policy file: each
    /// decision record names the set it was made under.
    pub(crate) policy_set: String,
}

impl Loaded {
    fn new(dep: Arc<Deployment>, policy: PolicyEngine, validator: ArgumentValidator) -> Self {
        let policy_set = policy_set_hash(&dep, &policy);
        Self {
            dep,
            policy,
            validator,
            policy_set,
        }
    }
}

/// The policy set's hash: the schema, then each file's path and text, length-prefixed.
fn policy_set_hash(dep: &Deployment, policy: &PolicyEngine) -> String {
    let mut text = String::new();
    let mut part = |s: &str| {
        text.push_str(&s.len().to_string());
        text.push(':');
        text.push_str(s);
    };
    part(policy.schema_text());
    for f in &dep.policy_files {
        part(&f.path.display().to_string());
        part(&f.text);
    }
    sha256_hex(text.as_bytes())
}

/// The records of an allowed read that are not in the log yet: what was received and the
/// decision, committed with the read's result (one commit, `audit.read_intent =
/// "with_result"`). Whoever ends the action first takes them, so they are written exactly
/// once, in front of its last record: the result, a halt, an internal error, an interruption.
#[derive(Clone, Default)]
pub(crate) struct Deferred(Arc<std::sync::Mutex<Vec<AuditEvent>>>);

impl Deferred {
    fn new(events: Vec<AuditEvent>) -> Self {
        Self(Arc::new(std::sync::Mutex::new(events)))
    }

    /// The deferred records (empty if there were none or they were taken).
    pub(crate) fn take(&self) -> Vec<AuditEvent> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// A copy of the deferred records, for a commit that may fail (or panic): they are
    /// [`Deferred::written`] only once it has committed.
    pub(crate) fn events(&self) -> Vec<AuditEvent> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The records are in the log.
    pub(crate) fn written(&self) {
        self.take();
    }
}

/// What the decision hands the execute stage besides the action: the arguments as inspected
/// (for the record) and an allowed read's records not yet written.
#[derive(Default)]
struct Handover {
    sanitized: Option<(Value, Vec<warden_types::PersonalValue>)>,
    intent: Deferred,
}

/// An action whose connector is running: registered for [`Gateway::drain`] until dropped. One
/// dropped before [`Running::done`] (its request was cut off) is kept as abandoned, so the
/// shutdown records it.
struct Running<'a> {
    gw: &'a Gateway,
    id: String,
    deferred: Deferred,
    done: bool,
}

impl<'a> Running<'a> {
    fn new(gw: &'a Gateway, id: &str, deferred: &Deferred) -> Self {
        gw.executing
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(id.to_owned(), deferred.clone());
        Self {
            gw,
            id: id.to_owned(),
            deferred: deferred.clone(),
            done: false,
        }
    }

    fn done(mut self) {
        self.done = true;
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        let mut e = self.gw.executing.lock().unwrap_or_else(|p| p.into_inner());
        e.remove(&self.id);
        if e.is_empty() {
            self.gw.executed.notify_waiters();
        }
        drop(e);
        // Unwinding from a panic: the pipeline's containment records the outcome as unknown
        // (`Gateway::contain_panic`), once.
        if !self.done && !std::thread::panicking() {
            // The request was dropped while the connector ran (the process is stopping, or the
            // task was cut off): the upstream may have acted, and no result was recorded.
            exit::record_interrupted_later(
                Arc::clone(&self.gw.store),
                &self.id,
                self.deferred.take(),
                "the request ended while the upstream was working; the outcome is unknown",
            );
        }
    }
}

/// The running gateway.
pub struct Gateway {
    /// The configuration and policies in force; swapped whole by [`Gateway::reload`].
    loaded: arc_swap::ArcSwap<Loaded>,
    /// Where the configuration is read from on reload (unset: reload is refused).
    source: std::sync::OnceLock<reload::Source>,
    /// One reload at a time.
    reloading: tokio::sync::Mutex<()>,
    /// Actions whose connector is running, so that a shutdown can wait for their records.
    executing: std::sync::Mutex<std::collections::BTreeMap<String, Deferred>>,
    /// Notified when `executing` empties.
    executed: Notify,
    /// The connectors: reachable only with an [`Approved`] action.
    execution: execution::Execution,
    /// The detectors; replaced (with the vault's values as known secrets) when secrets change.
    scanner: RwLock<Arc<warden_inspect::Scanner>>,
    /// The scanner without known secrets, to rebuild from.
    base_scanner: warden_inspect::Scanner,
    /// Credentials from the environment that connectors inject (known secrets too); recomputed
    /// on reload.
    env_known: RwLock<Vec<String>>,
    vault: Option<Arc<vault::Vault>>,
    store: Arc<dyn Store>,
    env: Env,
    /// Tokens and halted agents, as the identify stage knows them.
    identities: identify::Identities,
    /// Failed authentications of the current interval, written as `auth.failed` records.
    auth_failures: identify::AuthFailures,
    rate_limits: identify::RateLimits,
    /// Session labels by agent, then session: a run's whole set as read from the store, with
    /// what each commit adds written through, so the hot path reads no database. Cleared
    /// wholesale when it grows past [`MAX_CACHED_SESSIONS`]; the store stays the source of
    /// truth, and a set is never cached from only what was added.
    sessions: RwLock<HashMap<String, HashMap<String, BTreeSet<String>>>>,
    session_count: std::sync::atomic::AtomicUsize,
    /// Moves on whenever cached labels are dropped (another process changed them, a run was
    /// forgotten): a full set read from the store before a drop is not cached after it.
    label_epoch: std::sync::atomic::AtomicU64,
    /// Each agent's current run and the run ids known (`runs.rs`).
    runs: runs::RunCache,
    approvals_changed: Notify,
    /// Held while a hold is counted against `server.max_pending_approvals` and stored, so that
    /// concurrent holds cannot all pass the count.
    holding: tokio::sync::Mutex<()>,
    /// MCP tools by qualified name: pin status (`approved`, `changed`, `poisoned`) and note.
    tool_status: RwLock<HashMap<String, (String, String)>>,
    /// Held while pins are compared or approved, so that a re-check that read the pins before
    /// an operator's approval cannot put the stale status back after it.
    pinning: tokio::sync::Mutex<()>,
    /// MCP tool definitions as last listed upstream, by qualified name.
    mcp_defs: RwLock<HashMap<String, Value>>,
    mcp: Option<Arc<warden_mcp::Upstreams>>,
    /// LLM spend per budget scope and period.
    budgets: Arc<std::sync::Mutex<llm::Budgets>>,
    /// The HTTP client for LLM providers (and checkpoint witnesses).
    llm_http: reqwest::Client,
    /// Signs checkpoints of the audit log.
    signer: warden_merkle::NoteSigner,
    /// How the last checkpoint sent to the witness (`audit.publish_url`) fared, in this
    /// process: for operators (the console's audit page).
    witness: std::sync::Mutex<Option<String>>,
    /// Notifications waiting for delivery (`notify.rs`).
    notifier: notify::Notifier,
    /// Slack request signatures already used (replays are refused).
    slack_seen: slack::SeenSignatures,
    /// Single sign-ons started and not finished (`oidc.rs`).
    oidc_pending: oidc::PendingLogins,
    oauth_cache: oauth::OAuthCache,
    /// Upstream access tokens, and agents' tokens for exchanges (`upstream_oauth.rs`).
    upstream_tokens: upstream_oauth::UpstreamTokens,
    /// Counters and histograms for `/metrics` (`metrics.rs`).
    metrics: metrics::Metrics,
    /// Calls running upstream, by agent, so that a halt cancels them (`monitor.rs`).
    in_flight: monitor::InFlight,
    /// Agents halted (here or by another process), for the MCP sessions to end theirs.
    halted_agents: tokio::sync::broadcast::Sender<String>,
    /// Spans waiting for the OTLP collector (`telemetry.rs`).
    telemetry: telemetry::Exporter,
    /// Why the audit log did not verify at start, when `audit.on_tamper = "deny"` let the
    /// gateway start anyway: every action and LLM call is refused.
    tampered: Option<String>,
}

/// Adds `key` to a record's `output` object (making it one if it was empty).
fn note(output: &mut Value, key: &str, value: Value) {
    match output {
        Value::Object(m) => {
            m.insert(key.into(), value);
        }
        Value::Null => *output = json!({ key: value }),
        other => *other = json!({"value": other.take(), key: value}),
    }
}

/// The policy id a hold for GDPR Art. 22 human review names.
pub const ART22_REVIEW: &str = "art22-human-review";

/// GDPR Art. 22: a decision about a person that a policy allowed takes effect only after one
/// of the tool's reviewers approves, unless the permit that allowed it names an Art. 22(2)
/// basis (`@art22("contract" | "law" | "consent")`). A tool with no reviewer denies.
fn human_review(set: &Loaded, tool: &warden_types::Tool, verdict: Verdict) -> Verdict {
    match verdict {
        Verdict::Allow(permitted)
            if tool.decision_about_person
                && !permitted
                    .policies()
                    .iter()
                    .any(|id| set.policy.art22_basis(id).is_some()) =>
        {
            let (action, mut policies) = permitted.into_parts();
            if tool.reviewers.is_empty() {
                return Verdict::Deny {
                    action,
                    policies: vec![ART22_REVIEW.into()],
                    reason: format!(
                        "`{}` decides about people and has no reviewers to review it (GDPR Art. 22)",
                        tool.name
                    ),
                };
            }
            policies.push(ART22_REVIEW.into());
            Verdict::Hold {
                action,
                policies,
                requirements: vec![warden_types::Requirement {
                    groups: tool.reviewers.clone(),
                    policies: vec![ART22_REVIEW.into()],
                    approvers: 1,
                }],
            }
        }
        v => v,
    }
}

/// Sessions whose labels are kept in memory before the cache starts over.
pub const MAX_CACHED_SESSIONS: usize = 100_000;

fn audit_value(v: &Value) -> Value {
    let text = canonical_json(v);
    if text.len() <= MAX_AUDIT_VALUE_BYTES {
        v.clone()
    } else {
        json!({"truncated": true, "bytes": text.len(), "sha256": sha256_hex(text.as_bytes())})
    }
}

/// Every credential a connector can inject (from the environment, and the MCP servers'), to
/// be matched exactly wherever data crosses.
fn connector_credentials(
    dep: &Deployment,
    env: &Env,
    mcp: Option<&warden_mcp::Upstreams>,
) -> Vec<String> {
    dep.tools
        .values()
        .flat_map(|t| match &t.connector {
            warden_types::Connector::Http(h) => {
                h.headers.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>()
            }
            warden_types::Connector::Llm { provider } => dep
                .providers
                .get(provider)
                .map(|p| vec![p.credential.clone()])
                .unwrap_or_default(),
            warden_types::Connector::Mcp { .. } | warden_types::Connector::McpGet { .. } => {
                Vec::new()
            }
        })
        .flat_map(|template| template.env_names().map(str::to_owned).collect::<Vec<_>>())
        .filter_map(|name| env(&name))
        .chain(mcp.into_iter().flat_map(|m| m.credentials()))
        .collect()
}

/// The labels an MCP server attached to a result under its configured `_meta` key
/// (`mcp_servers.NAME.labels_meta_key`): known labels only; a key present but not a list of
/// strings labels the result `untrusted` (fail closed).
fn meta_labels(dep: &Deployment, tool: &Tool, body: &Value) -> Vec<String> {
    const KNOWN: [&str; 4] = ["untrusted", "pii", "secret", "confidential"];
    let (warden_types::Connector::Mcp { server, .. }
    | warden_types::Connector::McpGet { server, .. }) = &tool.connector
    else {
        return Vec::new();
    };
    let Some(key) = dep
        .mcp_servers
        .get(server)
        .and_then(|s| s.labels_meta_key.as_deref())
    else {
        return Vec::new();
    };
    match body.get("_meta").and_then(|m| m.get(key)) {
        None => Vec::new(),
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .filter(|l| KNOWN.contains(l))
            .map(str::to_owned)
            .collect(),
        Some(_) => vec!["untrusted".to_owned()],
    }
}

/// The external recipients an action names (`{"recipients": {"domains", "counterparties"}}`),
/// or null when it names none: e-mail domains as they are, other channels' values as
/// `channel:` and the first 16 hex digits of a SHA-256 (the value itself is personal data).
fn external_recipients(set: &Loaded, action: &Action) -> Value {
    let Some(tool) = set.dep.tools.get(&action.tool) else {
        return Value::Null;
    };
    if tool.recipients.is_empty() {
        return Value::Null;
    }
    let (domains, others) = warden_policy::recipients::external_parts(
        &tool.recipients,
        &action.arguments,
        set.policy.internal(),
    );
    if domains.is_empty() && others.is_empty() {
        return Value::Null;
    }
    let counterparties: Vec<String> = others
        .iter()
        .map(|(channel, value)| {
            let h = sha256_hex(format!("warden.counterparty\n{channel}\n{value}").as_bytes());
            format!("{channel}:{}", h.get(..16).unwrap_or_default())
        })
        .collect();
    json!({"recipients": {"domains": domains, "counterparties": counterparties}})
}

fn is_session_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b':'))
}

impl Gateway {
    /// Starts the gateway on a compiled deployment and a store: loads tokens and halts,
    /// settles approvals a crash left mid-execution, and records that the configuration was
    /// loaded.
    pub async fn start(
        compiled: Compiled,
        store: Arc<dyn Store>,
        env: Env,
    ) -> Result<Arc<Self>, LoadError> {
        let mut executor = Executor::new().map_err(LoadError::Executor)?;
        let (mcp, mcp_defs) = match compiled.mcp {
            Some((upstreams, defs)) => {
                executor = executor.with_mcp(Arc::clone(&upstreams));
                (Some(upstreams), defs)
            }
            None => (None, Vec::new()),
        };
        let identities = identify::Identities::new(store.tokens().await?, store.halts().await?);
        let known = connector_credentials(&compiled.deployment, &env, mcp.as_deref());
        let vault = match compiled.vault.clone() {
            Some(v) => Some(v),
            None => vault::Vault::open(&compiled.deployment, &store, &env)
                .await?
                .map(Arc::new),
        };
        let mut all_known = known.clone();
        if let Some(v) = &vault {
            all_known.extend(v.known_values().map_err(LoadError::Vault)?);
        }
        // Providers, witnesses, audit streams and erasure hooks: each request sets its own
        // timeout (a streamed LLM answer may run long).
        let llm_http = warden_http::Policy::new()
            .build()
            .map_err(|e| LoadError::Executor(e.to_string()))?;
        let signer = warden_audit::checkpoint::load_signer(&compiled.deployment.audit)
            .map_err(|e| LoadError::Vault(e.to_string()))?;
        // The log is checked before anything is served from it or appended to it.
        let verifier = warden_merkle::NoteVerifier::parse(&signer.verifier_text())
            .map_err(|e| LoadError::Vault(e.to_string()))?;
        let audit = &compiled.deployment.audit;
        // On a store other processes share, they may be appending while this one checks.
        let shared = store.changes().is_some();
        let tampered = integrity::problem(&*store, &verifier, &audit.publish_dir, shared).await?;
        if let Some(problem) = &tampered {
            if audit.on_tamper == warden_types::OnTamper::Refuse {
                return Err(LoadError::Tampered(problem.clone()));
            }
            tracing::error!(%problem, "the audit log does not verify; every action is refused");
            admin_log::AdminLog(&*store).audit_tampered(problem).await?;
        }
        let base_scanner = compiled.scanner.clone();
        let scanner = compiled
            .scanner
            .with_known_secrets(all_known)
            .map_err(|e| LoadError::Executor(e.to_string()))?;
        let gw = Arc::new(Self {
            loaded: arc_swap::ArcSwap::from_pointee(Loaded::new(
                compiled.deployment,
                compiled.policy,
                compiled.validator,
            )),
            source: std::sync::OnceLock::new(),
            reloading: tokio::sync::Mutex::new(()),
            executing: std::sync::Mutex::new(std::collections::BTreeMap::new()),
            executed: Notify::new(),
            execution: execution::Execution::new(executor, llm_http.clone()),
            scanner: RwLock::new(Arc::new(scanner)),
            base_scanner,
            env_known: RwLock::new(known),
            vault,
            store,
            env,
            identities,
            auth_failures: identify::AuthFailures::default(),
            rate_limits: identify::RateLimits::default(),
            sessions: RwLock::new(HashMap::new()),
            session_count: std::sync::atomic::AtomicUsize::new(0),
            label_epoch: std::sync::atomic::AtomicU64::new(0),
            runs: runs::RunCache::default(),
            approvals_changed: Notify::new(),
            holding: tokio::sync::Mutex::new(()),
            tool_status: RwLock::new(HashMap::new()),
            pinning: tokio::sync::Mutex::new(()),
            mcp_defs: RwLock::new(
                mcp_defs
                    .iter()
                    .map(|d| (d.qualified(), d.raw.clone()))
                    .collect(),
            ),
            mcp,
            budgets: Arc::new(std::sync::Mutex::new(llm::Budgets::default())),
            llm_http,
            signer,
            witness: std::sync::Mutex::new(None),
            notifier: notify::Notifier::default(),
            slack_seen: slack::SeenSignatures::default(),
            oidc_pending: oidc::PendingLogins::default(),
            oauth_cache: oauth::OAuthCache::default(),
            upstream_tokens: upstream_oauth::UpstreamTokens::default(),
            metrics: metrics::Metrics::default(),
            in_flight: monitor::InFlight::default(),
            halted_agents: tokio::sync::broadcast::channel(256).0,
            telemetry: telemetry::Exporter::default(),
            tampered,
        });
        gw.start_notifier();
        gw.start_telemetry();
        gw.settle_interrupted().await?;
        gw.load_budgets().await?;
        gw.pin_tools(&mcp_defs).await?;
        let set = gw.set();
        admin_log::AdminLog(&*gw.store)
            .config_loaded(reload::size(&set), reload::summary(&set))
            .await?;
        Ok(gw)
    }

    /// The current detectors.
    fn scanner(&self) -> Arc<warden_inspect::Scanner> {
        match self.scanner.read() {
            Ok(s) => Arc::clone(&s),
            Err(p) => Arc::clone(&p.into_inner()),
        }
    }

    /// Rebuilds the detectors with every credential that must never come back out: the
    /// environment's and the vault's current and previous values.
    fn refresh_known_secrets(&self) -> Result<(), String> {
        let known = self.env_known.read().map(|k| k.clone()).unwrap_or_default();
        let scanner = self.scanner_with(&known)?;
        self.set_scanner(scanner);
        Ok(())
    }

    /// The detectors with `env_known` and the vault's values as known secrets.
    fn scanner_with(&self, env_known: &[String]) -> Result<warden_inspect::Scanner, String> {
        let mut known = env_known.to_vec();
        if let Some(v) = &self.vault {
            known.extend(v.known_values()?);
        }
        self.base_scanner
            .clone()
            .with_known_secrets(known)
            .map_err(|e| e.to_string())
    }

    fn set_scanner(&self, scanner: warden_inspect::Scanner) {
        match self.scanner.write() {
            Ok(mut s) => *s = Arc::new(scanner),
            Err(p) => *p.into_inner() = Arc::new(scanner),
        }
    }

    /// Waits up to `deadline` for every running execution to finish and be recorded. Any still
    /// running then is recorded as interrupted with its outcome unknown (the upstream may or
    /// may not have acted); their number is returned.
    pub async fn drain(&self, deadline: Duration) -> usize {
        let until = Instant::now() + deadline;
        loop {
            let idle = self.executed.notified();
            let running: Vec<(String, Deferred)> = self
                .executing
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .iter()
                .map(|(id, d)| (id.clone(), d.clone()))
                .collect();
            if running.is_empty() {
                return 0;
            }
            let now = Instant::now();
            if now >= until {
                self.record_interrupted(
                    &running,
                    "the gateway shut down while the upstream was working; the outcome is unknown",
                )
                .await;
                return running.len();
            }
            let _ = tokio::time::timeout(until - now, idle).await;
        }
    }

    /// Stops the upstream MCP servers this gateway started.
    pub async fn shutdown(&self) {
        if let Some(m) = &self.mcp {
            m.shutdown().await;
        }
    }

    /// The deployment in force.
    pub fn deployment(&self) -> Arc<Deployment> {
        Arc::clone(&self.loaded.load().dep)
    }

    /// The deployment in force (short form for the pipeline's modules).
    pub(crate) fn dep(&self) -> Arc<Deployment> {
        self.deployment()
    }

    /// The configuration and policies in force, for one request to finish under.
    pub(crate) fn set(&self) -> Arc<Loaded> {
        self.loaded.load_full()
    }

    /// The store.
    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// An approval that was approved but whose execution never finished (the process died):
    /// it is not run again (at most once); it is closed as failed and recorded.
    async fn settle_interrupted(&self) -> Result<(), StoreError> {
        for mut a in self
            .store
            .approvals(Some(ApprovalState::Approved), None, 10_000)
            .await?
        {
            let reply = Refusal::new(
                ErrorCode::UpstreamError,
                "the gateway stopped while this approved action was executing; it was not retried",
            )
            .with("action_id", json!(a.action.id));
            a.state = ApprovalState::Failed;
            a.result = Some(reply.stored());
            let mut e = self.event_for(&a.action, EventKind::ActionExecuted, Outcome::Failure);
            e.description = "execution interrupted by a restart; not retried".into();
            e.code = Some(ErrorCode::UpstreamError.as_str().into());
            self.update_approval(a, ApprovalState::Approved, vec![e])
                .await?;
        }
        Ok(())
    }

    // ------------------------------------------------------------------ actions

    /// Runs one action through the pipeline. Whatever happens, the returned answer has been
    /// recorded in the audit log first (or, if the log cannot be written, the answer is an
    /// internal error and nothing was executed).
    pub async fn submit(&self, who: &AgentIdentity, req: ActionRequest) -> ActionEnd {
        self.submit_with(who, req, None).await
    }

    /// An agent's request that could not be read as an action (not JSON, unknown fields, too
    /// large, a tool name too long): recorded as a refused decision with its code, without the
    /// body (nothing of it was inspected), then answered with the refusal and the action id.
    pub async fn unreadable(&self, who: &AgentIdentity, refusal: Refusal) -> ActionEnd {
        let set = self.set();
        self.exit(
            &set,
            exit::Exit::Unreadable {
                agent: who.agent.clone(),
                refusal,
            },
        )
        .await
    }

    /// [`Gateway::submit`] that stops when `cancel` is notified during execution: the upstream
    /// is told to stop (MCP) or the request dropped (HTTP), and the cancellation is recorded.
    ///
    /// A panic anywhere in the pipeline (a bug) is contained: the action is answered with an
    /// internal error, its totals reservation is withdrawn if it was not decided, and the log
    /// says what became of it (see [`Gateway::contain_panic`]).
    pub async fn submit_with(
        &self,
        who: &AgentIdentity,
        req: ActionRequest,
        cancel: Option<Arc<Notify>>,
    ) -> ActionEnd {
        use futures_util::FutureExt;
        let Ok(id) = random_id("act") else {
            return Refusal::internal().into();
        };
        let tool = req.tool.clone();
        let run = self.run_action(who, req, cancel, id.clone());
        match std::panic::AssertUnwindSafe(run).catch_unwind().await {
            Ok(end) => end,
            Err(_) => self.contain_panic(&who.agent, &id, &tool).await,
        }
    }

    /// [`Gateway::submit_with`] for the action `id`, whose panics the caller contains.
    async fn run_action(
        &self,
        who: &AgentIdentity,
        req: ActionRequest,
        cancel: Option<Arc<Notify>>,
        id: String,
    ) -> ActionEnd {
        use exit::Exit;
        let started = Instant::now();
        let now = Timestamp::now();
        // Faster than the agent's rate: refused before anything is read (counted, and written
        // as one record per agent per interval).
        if let Err(r) = self.admit(&who.agent, "actions") {
            return r.into();
        }
        // The configuration this action is decided and executed under, whatever a reload does.
        let set = self.set();
        let requested = match req.session {
            Some(s) if is_session_id(&s) => Some(s),
            Some(bad) => {
                let refusal = Refusal::new(
                    ErrorCode::BadRequest,
                    "`session` must be 1-128 characters of letters, digits, `.`, `_`, `-`, `:`",
                );
                let bad_session = Exit::BadSession {
                    agent: who.agent.clone(),
                    action_id: id,
                    tool: req.tool,
                    session_bytes: bad.len(),
                    refusal,
                };
                return self.exit(&set, bad_session).await;
            }
            None => None,
        };
        // The run this request joins: never a fresh, clean one (`runs.rs`).
        let clock = Instant::now();
        let resolved = self.resolve_run(&who.agent, requested.as_deref()).await;
        self.metrics.stage(metrics::Stage::Run, clock.elapsed());
        let session = match resolved {
            Ok(run) => run,
            Err(refusal) => {
                let bad_session = Exit::BadSession {
                    agent: who.agent.clone(),
                    action_id: id,
                    tool: req.tool,
                    session_bytes: requested.as_deref().map_or(0, str::len),
                    refusal,
                };
                return self.exit(&set, bad_session).await;
            }
        };
        let arguments = if req.arguments.is_null() {
            json!({})
        } else {
            req.arguments
        };
        // A retry of this call (MCP's "input required" round) is recognised by the arguments
        // as sent, before minimisation or a disclosure changes them.
        let request_hash = warden_types::request_hash(&id, &arguments);
        let action = Action {
            id,
            agent: who.agent.clone(),
            session,
            tool: req.tool,
            arguments,
        };
        let mut received = self.event_for(&action, EventKind::ActionReceived, Outcome::Received);
        received.description = format!("agent `{}` asked to use `{}`", action.agent, action.tool);
        if let Some(r) = requested.as_deref().filter(|r| *r != action.session) {
            received.description = format!(
                "{} (its session `{r}` is not a run of the agent: joined run `{}`)",
                received.description, action.session
            );
        }
        // Cheap checks before expensive ones: a tool that does not exist is refused before its
        // arguments are inspected, and nothing of them is kept (a large request for nothing
        // cannot fill the subject vault).
        if !set.dep.tools.contains_key(&action.tool) {
            received.input = json!(NOT_KEPT_UNKNOWN_TOOL);
            let refusal = Refusal::new(
                ErrorCode::UnknownTool,
                format!("no tool named `{}` is configured", action.tool),
            );
            let exit = Exit::Refused {
                action,
                received,
                refusal,
                policies: Vec::new(),
                labels: BTreeSet::new(),
            };
            return self.exit(&set, exit).await;
        }
        // Whom it reaches outside the organisation, for the monitor's first-use detectors:
        // e-mail domains, and other channels' values only as hashes.
        received.output = external_recipients(&set, &action);
        // Inspect first: nothing about this action is recorded unsanitised.
        let audit_rules = inspect::audit_rules(&set.dep);
        let clock = Instant::now();
        let inspected = inspect::arguments(&self.scanner(), audit_rules, &action.arguments).await;
        self.metrics.stage(metrics::Stage::Inspect, clock.elapsed());
        // More distinct personal data values than any real action carries: refused, and none
        // of them is kept.
        if let Some(i) = &inspected
            && i.personal.len() > MAX_PERSONAL_VALUES
        {
            received.input = json!(format!(
                "[not kept: {} personal data values, more than {MAX_PERSONAL_VALUES}]",
                i.personal.len()
            ));
            received.findings = i.findings.clone();
            let refusal = Refusal::new(
                ErrorCode::PayloadTooLarge,
                format!("the arguments hold more than {MAX_PERSONAL_VALUES} personal data values"),
            );
            let exit = Exit::Refused {
                action,
                received,
                refusal,
                policies: Vec::new(),
                labels: BTreeSet::new(),
            };
            return self.exit(&set, exit).await;
        }
        let (arg_kinds, arg_labels) = match &inspected {
            Some(i) => {
                received.input = audit_value(&i.sanitized);
                received.findings = i.findings.clone();
                received.personal = i.personal.clone();
                (i.kinds.clone(), i.labels.clone())
            }
            None => {
                received.input = inspect::uninspected();
                (BTreeSet::new(), BTreeSet::new())
            }
        };

        // Data minimisation: personal data of a kind the tool may not receive is masked before
        // anything else sees the arguments, or the action is refused (`personal_data_other`).
        let mut action = action;
        let mut arg_kinds = arg_kinds;
        if let Some(tool) = set.dep.tools.get(&action.tool)
            && let Some(allowed) = &tool.personal_data_allowed
        {
            let other: BTreeSet<String> = arg_kinds
                .iter()
                .filter(|k| k.starts_with("pii.") && !allowed.contains(*k))
                .cloned()
                .collect();
            if !other.is_empty() {
                let list = other.iter().cloned().collect::<Vec<_>>().join(", ");
                let masked = match tool.personal_data_other {
                    warden_types::ArgumentPersonalData::Mask => {
                        inspect::minimise(&self.scanner(), &action.arguments, other.clone()).await
                    }
                    warden_types::ArgumentPersonalData::Refuse => None,
                };
                match masked {
                    Some((args, paths)) => {
                        action.arguments = args;
                        arg_kinds.retain(|k| !other.contains(k));
                        if !arg_kinds.iter().any(|k| k.starts_with("pii.")) {
                            arg_kinds.remove("pii");
                        }
                        received.description = format!(
                            "{} (minimised: {list} masked at {} before anything else saw the arguments)",
                            received.description,
                            paths.join(", ")
                        );
                    }
                    None => {
                        let refusal = Refusal::new(
                            ErrorCode::PersonalDataBlocked,
                            format!(
                                "`{}` may not receive {list} (tools.\"{}\".personal_data_allowed); nothing was sent",
                                action.tool, action.tool
                            ),
                        );
                        let exit = Exit::Refused {
                            action,
                            received,
                            refusal,
                            policies: Vec::new(),
                            labels: arg_labels,
                        };
                        return self.exit(&set, exit).await;
                    }
                }
            }
        }
        // AI disclosure (EU AI Act Art. 50): a message through a tool that declares one carries
        // it — appended here when missing and `add` is on; otherwise policy sees it missing.
        // The record says which messages carried it.
        let mut disclosure_present = false;
        if let Some(d) = set
            .dep
            .tools
            .get(&action.tool)
            .and_then(|t| t.disclosure.as_ref())
        {
            let message = action
                .arguments
                .get(&d.field)
                .and_then(Value::as_str)
                .map(str::to_owned);
            let what = match message {
                Some(m) if d.carried_by(&m) => {
                    disclosure_present = true;
                    "present"
                }
                Some(m) if d.add => {
                    let with = if m.trim().is_empty() {
                        d.text.clone()
                    } else {
                        format!("{}\n\n{}", m.trim_end(), d.text)
                    };
                    if let Some(obj) = action.arguments.as_object_mut() {
                        obj.insert(d.field.clone(), Value::String(with));
                    }
                    disclosure_present = true;
                    "added"
                }
                _ => "missing",
            };
            received.description = format!("{} (AI disclosure {what})", received.description);
        }
        // Every refusal before or by the policy ends here: what was received and the decision.
        let refused = |action: Action, refusal: Refusal, policies: Vec<String>| Exit::Refused {
            action,
            received: received.clone(),
            refusal,
            policies,
            labels: arg_labels.clone(),
        };
        let clock = Instant::now();
        let tool = match self.admissible(&set, &action, inspected.is_some()).await {
            Ok(tool) => tool,
            Err(refusal) => return self.exit(&set, refused(action, refusal, vec![])).await,
        };
        let labels = match self.session_labels(&action.agent, &action.session).await {
            Ok(l) => l,
            Err(e) => {
                tracing::error!(error = %e, "cannot read session labels; denying");
                let refusal = Refusal::new(
                    ErrorCode::Denied,
                    "session state is unavailable; denied to be safe",
                );
                return self.exit(&set, refused(action, refusal, vec![])).await;
            }
        };
        // The session now also carries what this action brought in.
        let labels: BTreeSet<String> = labels.union(&arg_labels).cloned().collect();
        // What this action adds to the tool's running totals, reserved before the policy
        // sees them (`totals.rs`); withdrawn below if the action is refused.
        let totals = match self.reserve_totals(tool, &action, now).await {
            Ok(t) => t,
            Err(refusal) => return self.exit(&set, refused(action, refusal, vec![])).await,
        };
        // Where the recipients came from: the user's instructions, or only a tool's result.
        let provenance = match self
            .arg_provenance(tool, &action, set.policy.internal(), &received.findings)
            .await
        {
            Ok(p) => p,
            Err(refusal) => {
                self.release_totals(tool, &action.id).await;
                return self.exit(&set, refused(action, refusal, vec![])).await;
            }
        };
        self.metrics.stage(metrics::Stage::Checks, clock.elapsed());
        let clock = Instant::now();
        let (verdict, shadow) = decide::decide(
            &set.policy,
            action,
            &labels,
            &arg_kinds,
            &totals,
            &provenance,
            now,
            disclosure_present,
        );
        // What the policy saw besides the arguments (never a personal value: labels, kinds,
        // sums, argument names), so that `warden policy replay` can decide it again.
        note(
            &mut received.output,
            "policy_context",
            json!({
                "labels": labels,
                "findings": arg_kinds,
                "totals": totals,
                "provenance": {
                    "untrusted_args": provenance.untrusted,
                    "unknown_args": provenance.unknown,
                    "reply": provenance.reply,
                    "delegated": provenance.delegated,
                    "requested": provenance.requested,
                },
                "disclosure_present": disclosure_present,
                "at": now.to_rfc3339(),
            }),
        );
        // Policies in shadow mode (`@mode("shadow")`): what they would have decided is recorded
        // with the action, never enforced.
        if let Some(would) = shadow {
            note(&mut received.output, "shadow", json!(would));
            received.description = format!(
                "{} (policies in shadow mode would have decided otherwise)",
                received.description
            );
        }
        let refused = |action: Action, refusal: Refusal, policies: Vec<String>| Exit::Refused {
            action,
            received: received.clone(),
            refusal,
            policies,
            labels: arg_labels.clone(),
        };
        let verdict = human_review(&set, tool, verdict);
        self.metrics.stage(metrics::Stage::Decide, clock.elapsed());
        self.metrics.decision(started.elapsed());
        if let Verdict::Error { action, .. } | Verdict::Deny { action, .. } = &verdict {
            self.release_totals(tool, &action.id).await;
        }
        match verdict {
            Verdict::Error {
                action,
                error: warden_policy::PolicyError::Arguments(msg),
            } => {
                let refusal = Refusal::new(ErrorCode::InvalidArguments, msg);
                self.exit(&set, refused(action, refusal, vec![])).await
            }
            Verdict::Error { action, error } => {
                tracing::error!(error = %error, "policy evaluation failed; denying");
                let refusal = Refusal::new(
                    ErrorCode::Denied,
                    "the policy could not be evaluated; denied to be safe",
                );
                self.exit(&set, refused(action, refusal, vec![])).await
            }
            Verdict::Deny {
                action,
                policies,
                reason,
            } => {
                let refusal =
                    Refusal::new(ErrorCode::Denied, reason).with("policies", json!(policies));
                self.exit(&set, refused(action, refusal, policies)).await
            }
            Verdict::Hold {
                action,
                policies,
                requirements,
            } => {
                // One agent cannot bury a real hold under thousands of its own. Counted and
                // stored under one lock: concurrent holds cannot all pass the count.
                let _holding = self.holding.lock().await;
                let max = set.dep.limits.max_pending_approvals;
                match self.store.pending_approvals(&action.agent).await {
                    Ok(n) if n < u64::from(max) => {}
                    Ok(n) => {
                        self.release_totals(tool, &action.id).await;
                        let refusal = Refusal::new(
                            ErrorCode::RateLimited,
                            format!(
                                "agent `{}` already has {n} actions waiting for approval (at most {max}); decide or let some expire first",
                                action.agent
                            ),
                        );
                        return self.exit(&set, refused(action, refusal, policies)).await;
                    }
                    Err(e) => {
                        self.release_totals(tool, &action.id).await;
                        tracing::error!(error = %e, "cannot count pending approvals; denying");
                        let refusal = Refusal::new(
                            ErrorCode::Denied,
                            "approval state is unavailable; denied to be safe",
                        );
                        return self.exit(&set, refused(action, refusal, policies)).await;
                    }
                }
                let mut hold = self.hold(&set, action, tool, policies, requirements, now);
                hold.0.request_hash = Some(request_hash);
                // What the approvers need to judge it: the run's labels and where the
                // consequential arguments' values came from (argument names, never values).
                if let Value::Object(out) = &mut hold.1.output {
                    out.insert("session_labels".into(), json!(labels));
                    out.insert(
                        "provenance".into(),
                        json!({
                            "untrusted_args": provenance.untrusted,
                            "unknown_args": provenance.unknown,
                            "reply": provenance.reply,
                        }),
                    );
                }
                // Revoking the token that asked cancels the hold.
                hold.0.token = Some(who.token_id.clone());
                let held = Exit::Held {
                    approval: hold.0,
                    received,
                    decided: hold.1,
                    labels: arg_labels,
                    answer: hold.2,
                };
                self.exit(&set, held).await
            }
            Verdict::Allow(permitted) => {
                let intent =
                    self.allowed_events(&set, permitted.action(), received, permitted.policies());
                // A read changes nothing upstream: its intent is committed with its result
                // (one commit). Anything else — and a read whose arguments label the run, so
                // that the labels are in force before it runs — commits its intent first:
                // if that fails, nothing runs.
                let deferred = if tool.kind == ToolKind::Read
                    && arg_labels.is_empty()
                    && set.dep.audit.read_intent == warden_types::ReadIntent::WithResult
                {
                    Deferred::new(intent)
                } else {
                    let clock = Instant::now();
                    let allowed = self.commit(permitted.action(), &arg_labels, intent).await;
                    self.metrics
                        .stage(metrics::Stage::CommitIntent, clock.elapsed());
                    if let Err(e) = allowed {
                        tracing::error!(error = %e, "cannot write the audit log; refusing the action");
                        return Refusal::internal().into();
                    }
                    Deferred::default()
                };
                let handover = Handover {
                    sanitized: inspected.map(|i| (i.sanitized, i.personal)),
                    intent: deferred,
                };
                let approved = Approved::without_approval(permitted);
                self.execute(&set, &approved, tool, handover, cancel, Some(&who.token_id))
                    .await
            }
        }
    }

    /// The checks before the policy, cheapest first: the arguments were inspected, the agent
    /// is not halted, the tool exists and is an action tool that is not disabled, and the
    /// arguments are an object that satisfies its schema.
    async fn admissible<'s>(
        &self,
        set: &'s Loaded,
        action: &Action,
        inspected: bool,
    ) -> Result<&'s Tool, Refusal> {
        if !inspected {
            return Err(Refusal::new(
                ErrorCode::Denied,
                "the arguments could not be inspected; denied to be safe",
            ));
        }
        self.not_halted(&action.agent)?;
        let Some(tool) = set.dep.tools.get(&action.tool) else {
            return Err(Refusal::new(
                ErrorCode::UnknownTool,
                format!("no tool named `{}` is configured", action.tool),
            ));
        };
        if matches!(tool.connector, warden_types::Connector::Llm { .. }) {
            return Err(Refusal::new(
                ErrorCode::UnknownTool,
                format!(
                    "`{}` is an LLM provider: call it through /v1/chat/completions or /v1/messages",
                    tool.name
                ),
            ));
        }
        if let Some(why) = self.tool_disabled(&tool.name) {
            return Err(Refusal::new(
                ErrorCode::ToolDisabled,
                format!(
                    "tool `{}` is disabled until an operator approves its definition ({why})",
                    tool.name
                ),
            ));
        }
        if !action.arguments.is_object() {
            return Err(Refusal::new(
                ErrorCode::InvalidArguments,
                "`arguments` must be a JSON object",
            )
            .with("errors", json!([{"path": "", "message": "not an object"}])));
        }
        if let Err(errors) = set.validator.validate(&tool.name, &action.arguments) {
            let first = errors
                .first()
                .map(|e| {
                    if e.path.is_empty() {
                        e.message.clone()
                    } else {
                        format!("argument `{}`: {}", e.path, e.message)
                    }
                })
                .unwrap_or_default();
            return Err(Refusal::new(
                ErrorCode::InvalidArguments,
                format!(
                    "arguments do not match the schema of `{}`: {first}",
                    tool.name
                ),
            )
            .with("errors", json!(errors)));
        }
        Ok(tool)
    }

    /// Refuses an agent that is halted (the action path and the LLM call alike).
    pub(crate) fn not_halted(&self, agent: &str) -> Result<(), Refusal> {
        if let Some(problem) = &self.tampered {
            return Err(Refusal::new(
                ErrorCode::LogTampered,
                format!(
                    "the audit log does not verify ({problem}); nothing is executed until an operator restores it"
                ),
            ));
        }
        match self.halt_of(agent) {
            Some(halt) => Err(Refusal::new(
                ErrorCode::AgentHalted,
                format!("agent `{agent}` is halted: {}", halt.reason),
            )),
            None => Ok(()),
        }
    }

    /// The approval a held action waits on, the decision's record and the agent's answer.
    fn hold(
        &self,
        set: &Loaded,
        action: Action,
        tool: &Tool,
        policies: Vec<String>,
        requirements: Vec<warden_types::Requirement>,
        now: Timestamp,
    ) -> (Approval, AuditEvent, ActionEnd) {
        let ttl = i64::try_from(set.dep.approval_ttl.as_secs()).unwrap_or(i64::MAX);
        let approval = Approval {
            args_hash: arguments_hash(&action.arguments),
            action,
            requirements,
            policies,
            state: ApprovalState::Pending,
            created_at: now,
            expires_at: now.plus_seconds(ttl),
            votes: Vec::new(),
            result: None,
            token: None,
            request_hash: None,
        };
        let groups: Vec<String> = approval
            .requirements
            .iter()
            .map(|r| r.groups.join(" or "))
            .collect();
        let mut decided = self.event_for(
            &approval.action,
            EventKind::ActionDecided,
            Outcome::Escalated,
        );
        decided.description = format!(
            "held for approval by {} under {}",
            groups.join(" and "),
            approval.policies.join(", ")
        );
        decided.policies = approval.policies.clone();
        decided.output = json!({
            "requirements": approval.requirements,
            "expires_at": approval.expires_at.to_rfc3339(),
            "args_sha256": approval.args_hash,
        });
        decided.code = Some(ErrorCode::ApprovalRequired.as_str().into());
        let answer = reply::pending(&approval, tool);
        (approval, decided, answer)
    }

    /// Runs the connector and records the result.
    async fn execute(
        &self,
        set: &Loaded,
        approved: &Approved,
        tool: &Tool,
        handover: Handover,
        cancel: Option<Arc<Notify>>,
        credential: Option<&str>,
    ) -> ActionEnd {
        use futures_util::FutureExt;
        let deferred = handover.intent.clone();
        let running = Running::new(self, &approved.action().id, &deferred);
        // A halt cancels the call too (`monitor.rs`): the client's cancel, or one of its own.
        let cancel = cancel.unwrap_or_else(|| Arc::new(Notify::new()));
        let action = approved.action();
        let in_flight = self
            .in_flight
            .register(&action.agent, &action.id, Arc::clone(&cancel));
        let run = self.execute_inner(set, approved, tool, handover, Some(&cancel), credential);
        let end = match std::panic::AssertUnwindSafe(run).catch_unwind().await {
            Ok(end) => end,
            // A bug in the execute stage: the upstream may have acted, nothing says how.
            Err(_) => {
                tracing::error!(action = %action.id, "the execute stage panicked (a bug); contained");
                self.unknown_outcome(
                    &action.agent,
                    &action.id,
                    &action.tool,
                    deferred.take(),
                    "an internal error stopped the execution; the outcome is unknown",
                )
                .await
            }
        };
        drop(in_flight);
        running.done();
        end
    }

    async fn execute_inner(
        &self,
        set: &Loaded,
        approved: &Approved,
        tool: &Tool,
        handover: Handover,
        cancel: Option<&Notify>,
        credential: Option<&str>,
    ) -> ActionEnd {
        let Handover {
            sanitized: sanitized_args,
            intent: deferred,
        } = handover;
        let deferred = &deferred;
        let action = approved.action();
        // A halt that landed after the decision still stops the action.
        if let Err(refusal) = self.not_halted(&action.agent) {
            let halted = exit::Exit::HaltedBeforeExecution {
                action,
                intent: deferred,
                refusal,
            };
            return self.exit(set, halted).await;
        }
        let env = Arc::clone(&self.env);
        // `{{secret:name}}` comes from the vault, for this agent only; every use is recorded.
        let used: std::sync::Mutex<Vec<(String, String, u32)>> = std::sync::Mutex::new(Vec::new());
        let refused: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);
        let resolver = |r: &warden_types::Reference| -> Option<String> {
            let name = match r {
                warden_types::Reference::Env(var) => return env(var),
                warden_types::Reference::Secret(name) => name,
            };
            match self.resolve_secret(name, &action.agent) {
                Ok((value, secret, version)) => {
                    if let Ok(mut u) = used.lock() {
                        u.push((name.to_owned(), secret, version));
                    }
                    Some(value)
                }
                Err(why) => {
                    if let Ok(mut r) = refused.lock() {
                        *r = Some(why);
                    }
                    None
                }
            }
        };
        // `oauth = "NAME"`: the access token its client obtains (recorded as `secret.issued`).
        let mut issued = Vec::new();
        let oauth = oauth_client_of(&set.dep, tool);
        let bearer = match &oauth {
            Some(Ok(client)) => Some(
                self.upstream_token(client, action, credential, &mut issued)
                    .await
                    .map_err(|e| e.0),
            ),
            Some(Err(name)) => Some(Err(format!("the OAuth client `{name}` is not configured"))),
            None => None,
        };
        let mut sent = None;
        let clock = Instant::now();
        let result = match bearer {
            Some(Err(why)) => Err(warden_execute::ExecError::Upstream {
                message: format!("the request was not sent: {why}"),
                status: None,
                body: None,
                elapsed: Duration::ZERO,
            }),
            Some(Ok(issued)) => {
                let token = issued.token.clone();
                sent = Some(issued);
                self.execution
                    .run(approved, tool, &resolver, Some(token), cancel)
                    .await
            }
            None => {
                self.execution
                    .run(approved, tool, &resolver, None, cancel)
                    .await
            }
        };
        self.metrics
            .stage(metrics::Stage::Upstream, clock.elapsed());
        if let Some(sent) = &sent
            && let Err(warden_execute::ExecError::Upstream {
                status: Some(401), ..
            }) = &result
        {
            self.forget_upstream_token(sent);
        }
        let used = used.into_inner().unwrap_or_default();
        let alerts = self.secret_alerts(
            &action.agent,
            &used.iter().map(|(_, s, _)| s.clone()).collect::<Vec<_>>(),
        );
        let secret_events: Vec<AuditEvent> = used
            .into_iter()
            .map(|(reference, secret, version)| {
                let mut u = self.event_for(action, EventKind::SecretUsed, Outcome::Success);
                u.description = format!(
                    "secret `{secret}` (version {version}) injected into `{}` for agent `{}`",
                    tool.name, action.agent
                );
                u.output = json!({"secret": secret, "reference": reference, "version": version, "connector": tool.system});
                u
            })
            .chain(issued)
            .collect();
        let refused = refused.into_inner().unwrap_or_default();
        let mut e = self.event_for(action, EventKind::ActionExecuted, Outcome::Success);
        e.policies = approved.policies().to_vec();
        e.approver = approved.approver().map(str::to_owned);
        let audit_rules = inspect::audit_rules(&set.dep);
        e.input = match sanitized_args {
            Some((v, personal)) => {
                e.personal = personal;
                audit_value(&v)
            }
            None => match inspect::arguments(&self.scanner(), audit_rules, &action.arguments).await
            {
                Some(i) => {
                    e.personal = i.personal;
                    audit_value(&i.sanitized)
                }
                None => inspect::uninspected(),
            },
        };
        // Whether the inspection found an injection in the result (a document that did vouches
        // for none of its values: `context.provenance.delegated`).
        let mut injected = false;
        let mut clean_senders = None;
        let (answer, labels) = match result {
            Ok(out) => {
                e.cost_ms = Some(u64::try_from(out.elapsed.as_millis()).unwrap_or(u64::MAX));
                e.description = format!("`{}` executed (upstream HTTP {})", tool.name, out.status);
                let clock = Instant::now();
                let inspected =
                    inspect::result(&self.scanner(), audit_rules, tool, &out.body).await;
                self.metrics
                    .stage(metrics::Stage::InspectResult, clock.elapsed());
                match inspected {
                    Some(inspect::Result::Pass {
                        for_agent,
                        for_audit,
                        labels: found_labels,
                        findings,
                        injection_score,
                        injected: any_sign,
                        clean_senders: clean,
                        personal,
                    }) => {
                        e.output = audit_value(&for_audit);
                        e.personal.extend(personal);
                        // Any sign of injection, even below the threshold, and the document
                        // vouches for none of its values, and only its clean messages' senders
                        // may be replied to.
                        injected = any_sign;
                        clean_senders = clean;
                        e.findings = findings;
                        let mut labels: BTreeSet<String> =
                            tool.output_labels.iter().cloned().collect();
                        if found_labels.contains("untrusted") && !labels.contains("untrusted") {
                            e.description.push_str(&format!(
                                "; injection score {injection_score:.2} labels the session untrusted"
                            ));
                        }
                        labels.extend(found_labels);
                        labels.extend(meta_labels(&set.dep, tool, &out.body));
                        let answer = ActionEnd::Executed(Executed {
                            action_id: action.id.clone(),
                            session: action.session.clone(),
                            tool: action.tool.clone(),
                            result: for_agent,
                            labels: labels.clone(),
                        });
                        (answer, labels)
                    }
                    Some(inspect::Result::Blocked {
                        for_audit,
                        kinds,
                        personal,
                    }) => {
                        e.output = audit_value(&for_audit);
                        e.personal.extend(personal);
                        e.outcome = Outcome::Denied;
                        e.code = Some(ErrorCode::Denied.as_str().into());
                        e.findings = kinds.iter().map(|k| format!("result: {k}")).collect();
                        e.description = format!(
                            "`{}` executed, but its result holds {} and this tool blocks it",
                            tool.name,
                            kinds.join(", ")
                        );
                        let r = Refusal::new(ErrorCode::Denied, e.description.clone())
                            .with_action(action);
                        (r.into(), BTreeSet::new())
                    }
                    None => {
                        e.output = inspect::uninspected();
                        e.outcome = Outcome::Denied;
                        e.code = Some(ErrorCode::Denied.as_str().into());
                        e.description = format!(
                            "`{}` executed, but its result could not be inspected; withheld",
                            tool.name
                        );
                        let r = Refusal::new(ErrorCode::Denied, e.description.clone())
                            .with_action(action);
                        (r.into(), BTreeSet::new())
                    }
                }
            }
            Err(err) => {
                e.outcome = Outcome::Failure;
                e.cost_ms = Some(u64::try_from(err.elapsed().as_millis()).unwrap_or(u64::MAX));
                e.description = err.to_string();
                let (code, upstream_status, body) = match &err {
                    ExecError::Timeout { .. } => (ErrorCode::UpstreamTimeout, None, None),
                    ExecError::Upstream { status, body, .. } => {
                        (ErrorCode::UpstreamError, *status, body.clone())
                    }
                    ExecError::MissingCredential(_) if refused.is_some() => {
                        e.outcome = Outcome::Denied;
                        e.description = refused.clone().unwrap_or_default();
                        (ErrorCode::Denied, None, None)
                    }
                    ExecError::MissingCredential(_) => (ErrorCode::UpstreamError, None, None),
                    ExecError::Cancelled { .. } => {
                        e.event = EventKind::ActionCancelled;
                        e.outcome = Outcome::Cancelled;
                        e.description = match self.identities.halt_of(&action.agent) {
                            Some(h) => format!(
                                "`{}` cancelled while the upstream was working: agent `{}` was halted ({})",
                                tool.name, action.agent, h.reason
                            ),
                            None => format!(
                                "`{}` cancelled by the client while the upstream was working",
                                tool.name
                            ),
                        };
                        (ErrorCode::Cancelled, None, None)
                    }
                };
                e.code = Some(code.as_str().into());
                // Upstream error bodies are data from outside too: secrets masked for everyone.
                let body = match &body {
                    Some(b) => match inspect::result(&self.scanner(), audit_rules, tool, b).await {
                        Some(inspect::Result::Pass { for_audit, .. })
                        | Some(inspect::Result::Blocked { for_audit, .. }) => Some(for_audit),
                        None => Some(inspect::uninspected()),
                    },
                    None => None,
                };
                e.output = json!({"upstream_status": upstream_status, "upstream_body": body.as_ref().map(audit_value)});
                let mut r = Refusal::new(code, refused.clone().unwrap_or_else(|| err.to_string()))
                    .with_action(action);
                if let Some(s) = upstream_status {
                    r = r.with("upstream_status", json!(s));
                }
                if let Some(b) = body {
                    r = r.with("upstream_body", b);
                }
                (r.into(), BTreeSet::new())
            }
        };
        let mut also = secret_events;
        also.extend(alerts);
        // What the result named is untrusted content of the run (argument provenance), but
        // for the tool's trusted fields.
        let values = match &answer {
            ActionEnd::Executed(x) => {
                // A read's keys: whether its trusted fields vouch (a record an injected text
                // pointed at — the attacker's own customer record — vouches for nothing), and
                // whether it is a document the user pointed at.
                let may_point = tool.kind == ToolKind::Read
                    && !tool.provenance.is_empty()
                    && !tool.document_fields.is_empty();
                let keys = if tool.trusted_fields.is_empty() && !may_point {
                    None
                } else {
                    self.read_keys(tool, action, set.policy.internal()).await
                };
                let vouched = tool.trusted_fields.is_empty() || keys.unwrap_or(true);
                let pointed = may_point && keys == Some(true) && !injected;
                let (trusted, untrusted) = provenance::result_values(
                    &action.session,
                    tool,
                    &x.result,
                    vouched,
                    pointed,
                    clean_senders.as_ref(),
                );
                warden_store::RunValues { trusted, untrusted }
            }
            _ => warden_store::RunValues::default(),
        };
        let ran = exit::Exit::Ran {
            action,
            intent: deferred,
            executed: e,
            also,
            labels,
            values,
            answer,
        };
        let clock = Instant::now();
        let end = self.exit(set, ran).await;
        self.metrics
            .stage(metrics::Stage::CommitResult, clock.elapsed());
        end
    }

    async fn session_labels(
        &self,
        agent: &str,
        session: &str,
    ) -> Result<BTreeSet<String>, StoreError> {
        use std::sync::atomic::Ordering;
        if let Ok(cache) = self.sessions.read()
            && let Some(labels) = cache.get(agent).and_then(|m| m.get(session))
        {
            return Ok(labels.clone());
        }
        let epoch = self.label_epoch.load(Ordering::Acquire);
        let labels = self.store.session_labels(agent, session).await?;
        let Ok(mut cache) = self.sessions.write() else {
            return Ok(labels);
        };
        // Labels dropped while the store was read may be newer than what was read: not cached
        // (the next request reads the store again).
        if self.label_epoch.load(Ordering::Acquire) != epoch {
            return Ok(labels);
        }
        if self.session_count.load(Ordering::Relaxed) >= MAX_CACHED_SESSIONS {
            cache.clear();
            self.session_count.store(0, Ordering::Relaxed);
            self.label_epoch.fetch_add(1, Ordering::AcqRel);
        }
        let per_agent = cache.entry(agent.to_owned()).or_default();
        if let Some(existing) = per_agent.get_mut(session) {
            existing.extend(labels.iter().cloned());
        } else {
            per_agent.insert(session.to_owned(), labels.clone());
            self.session_count.fetch_add(1, Ordering::Relaxed);
        }
        Ok(labels)
    }

    /// Adds `labels`, just committed to a run, to its cached set — only if its whole set is
    /// cached: added labels alone are not the run's labels (caching them as such would shed
    /// every label the cache had dropped, e.g. after another process's change).
    fn cache_labels(&self, agent: &str, session: &str, labels: BTreeSet<String>) {
        let Ok(mut cache) = self.sessions.write() else {
            return;
        };
        if let Some(existing) = cache.get_mut(agent).and_then(|m| m.get_mut(session)) {
            existing.extend(labels);
        } else {
            // A read of the store that began before this commit must not cache its older set.
            self.label_epoch
                .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        }
    }

    /// Drops cached labels (of one run, an agent, or all) and moves the epoch on.
    fn drop_cached_labels(&self, agent: Option<&str>, session: Option<&str>) {
        if let Ok(mut cache) = self.sessions.write() {
            match (agent, session) {
                (Some(a), Some(s)) => {
                    if let Some(per_agent) = cache.get_mut(a) {
                        per_agent.remove(s);
                    }
                }
                (Some(a), None) => {
                    cache.remove(a);
                }
                _ => cache.clear(),
            }
            self.label_epoch
                .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        }
    }

    // ------------------------------------------------------------------ approvals

    /// Whether action `id` was held for this agent as a call of `tool` with exactly
    /// `arguments` — so that a retry of the call (MCP's "input required" round) returns that
    /// action's outcome instead of running it a second time. `false` for any other action, and
    /// for arguments that differ in anything (a changed argument is a new action).
    pub async fn is_retry_of(
        &self,
        who: &AgentIdentity,
        id: &str,
        tool: &str,
        arguments: &Value,
    ) -> Result<bool, Refusal> {
        match self.store.approval(id).await {
            Ok(Some(a)) => Ok(a.action.agent == who.agent
                && a.action.tool == tool
                && a.request_hash.as_deref().map_or_else(
                    || a.args_hash == arguments_hash(arguments),
                    |h| h == warden_types::request_hash(id, arguments),
                )),
            Ok(None) => Ok(false),
            Err(e) => {
                tracing::error!(error = %e, "cannot read an approval");
                Err(Refusal::internal())
            }
        }
    }

    /// The state of a held action, as the agent that asked sees it. With `wait`, long-polls
    /// until the approval is final or the wait ends.
    pub async fn action_status(
        &self,
        who: &AgentIdentity,
        id: &str,
        wait: Option<Duration>,
    ) -> ActionEnd {
        let max = Duration::from_secs(self.dep().limits.max_wait_seconds);
        let deadline = Instant::now() + wait.unwrap_or(Duration::ZERO).min(max);
        loop {
            // Register interest before reading, so a change between read and wait is not lost.
            let changed = self.approvals_changed.notified();
            let approval = match self.store.approval(id).await {
                Ok(Some(a)) if a.action.agent == who.agent => a,
                Ok(_) => {
                    return Refusal::new(
                        ErrorCode::NotFound,
                        format!("no action `{id}` of this agent is held"),
                    )
                    .into();
                }
                Err(e) => {
                    tracing::error!(error = %e, "cannot read an approval");
                    return Refusal::internal().into();
                }
            };
            if let Some(result) = &approval.result {
                return ActionEnd::from_stored(result);
            }
            let now = Instant::now();
            if now >= deadline {
                let dep = self.dep();
                let tool = dep.tools.get(&approval.action.tool);
                return match tool {
                    Some(t) => reply::pending(&approval, t),
                    None => Refusal::internal().into(),
                };
            }
            let _ = tokio::time::timeout(deadline - now, changed).await;
        }
    }

    /// An operator approves or denies a held action. When the last requirement is met, the
    /// action executes exactly once with exactly the approved arguments, and the final
    /// approval (with the execution result) is returned.
    pub async fn decide_approval(
        self: &Arc<Self>,
        op: &Operator,
        caller: &Caller,
        id: &str,
        approve: bool,
        comment: Option<String>,
    ) -> Result<Approval, Refusal> {
        if comment.as_ref().is_some_and(|c| c.len() > 2000) {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "`comment` is longer than 2000 bytes",
            ));
        }
        for _ in 0..8 {
            let current = self
                .store
                .approval(id)
                .await
                .map_err(|_| Refusal::internal())?
                .ok_or_else(|| Refusal::new(ErrorCode::NotFound, format!("no approval `{id}`")))?;
            let now = Timestamp::now();
            if current.state == ApprovalState::Pending && now >= current.expires_at {
                self.expire(current).await;
                return Err(Refusal::new(
                    ErrorCode::ApprovalExpired,
                    format!("approval `{id}` has expired"),
                ));
            }
            let mut next = current.clone();
            if let Err(e) = warden_approve::vote(
                &mut next,
                &op.name,
                approve,
                comment.clone(),
                &self.groups_for(op),
                now,
            ) {
                let code = match e {
                    warden_approve::VoteError::NotAnApprover { .. } => ErrorCode::Forbidden,
                    warden_approve::VoteError::Expired(_) => ErrorCode::ApprovalExpired,
                    _ => ErrorCode::Conflict,
                };
                let refusal = Refusal::new(code, e.to_string()).with("approval_id", json!(id));
                if code == ErrorCode::Forbidden {
                    return Err(self
                        .access_denied(
                            identify::Refused::Operator {
                                name: &op.name,
                                token_id: &op.token_id,
                            },
                            caller,
                            refusal,
                        )
                        .await);
                }
                return Err(refusal);
            }
            let outcome = match next.state {
                ApprovalState::Denied => Outcome::Denied,
                ApprovalState::Approved => Outcome::Approved,
                // An approving vote that leaves other requirements open.
                _ => Outcome::Approved,
            };
            let mut e = self.event_for(&next.action, EventKind::ApprovalDecided, outcome);
            e.approver = Some(op.name.clone());
            e.actor = Some(op.name.clone());
            e.description = format!(
                "`{}` {} the held action{}",
                op.name,
                if approve { "approved" } else { "denied" },
                if next.state == ApprovalState::Pending {
                    " (more approvals needed)"
                } else {
                    ""
                }
            );
            e.policies = next.policies.clone();
            e.output = json!({"comment": comment, "args_sha256": next.args_hash, "state": next.state.as_str()});
            if next.state == ApprovalState::Denied {
                next.result = Some(
                    Refusal::new(
                        ErrorCode::ApprovalDenied,
                        format!("`{}` denied this action", op.name),
                    )
                    .with_action(&next.action)
                    .with("comment", json!(comment))
                    .stored(),
                );
            }
            let (next, approved) = match approval::cast(self, next, &op.name, vec![e]).await {
                Ok(Cast::Stored(next)) => (*next, None),
                Ok(Cast::Won(next, approved)) => (*next, Some(*approved)),
                Ok(Cast::Conflict) => continue,
                Err(_) => return Err(Refusal::internal()),
            };
            let Some(approved) = approved else {
                return Ok(next);
            };
            // Run the approved action on its own task: if the approver disconnects, the
            // execution still finishes and is recorded.
            let gw = Arc::clone(self);
            let task = tokio::spawn(async move { gw.run_approved(next, approved).await });
            return task.await.map_err(|_| Refusal::internal())?;
        }
        Err(Refusal::new(
            ErrorCode::Conflict,
            format!("approval `{id}` is changing too fast; try again"),
        ))
    }

    /// Runs an approval's action: `approved` comes only from the vote whose compare-and-set
    /// moved the approval to `approved`, so this runs at most once per approval.
    async fn run_approved(
        &self,
        mut approval: Approval,
        approved: Approved,
    ) -> Result<Approval, Refusal> {
        let set = self.set();
        let tool = set
            .dep
            .tools
            .get(&approval.action.tool)
            .ok_or_else(Refusal::internal)?;
        let end = if arguments_hash(&approved.action().arguments) != approval.args_hash {
            Refusal::new(
                ErrorCode::Internal,
                "the held arguments no longer match what was approved",
            )
            .into()
        } else {
            let credential = approval.token.clone();
            // Its intent is the held action's records, in the log since it was held.
            self.execute(
                &set,
                &approved,
                tool,
                Handover::default(),
                None,
                credential.as_deref(),
            )
            .await
        };
        // `executed` only if the upstream did what was approved; otherwise `failed`.
        approval.state = match end {
            ActionEnd::Executed(_) => ApprovalState::Executed,
            _ => ApprovalState::Failed,
        };
        approval.result = Some(end.stored());
        match self
            .update_approval(approval.clone(), ApprovalState::Approved, vec![])
            .await
        {
            Ok(Cas::Applied) => Ok(approval),
            _ => Err(Refusal::internal()),
        }
    }

    /// The agent withdrew a held action (an MCP client cancelled the call while it waited):
    /// the approval is cancelled, recorded, and can no longer be approved. `false` if it was
    /// not this agent's or no longer pending.
    pub async fn cancel_held(&self, who: &AgentIdentity, id: &str) -> bool {
        let mut a = match self.store.approval(id).await {
            Ok(Some(a)) if a.action.agent == who.agent && a.state == ApprovalState::Pending => a,
            _ => return false,
        };
        a.state = ApprovalState::Cancelled;
        a.result = Some(
            Refusal::new(
                ErrorCode::ApprovalCancelled,
                "the agent withdrew this action before it was decided",
            )
            .with_action(&a.action)
            .stored(),
        );
        let mut e = self.event_for(&a.action, EventKind::ApprovalCancelled, Outcome::Cancelled);
        e.description = "held action withdrawn: the client cancelled the call".into();
        e.policies = a.policies.clone();
        e.code = Some(ErrorCode::ApprovalCancelled.as_str().into());
        match self
            .update_approval(a, ApprovalState::Pending, vec![e])
            .await
        {
            Ok(Cas::Applied) => true,
            Ok(_) => false,
            Err(err) => {
                tracing::error!(error = %err, "cannot cancel an approval");
                false
            }
        }
    }

    async fn expire(&self, mut a: Approval) {
        a.state = ApprovalState::Expired;
        a.result = Some(
            Refusal::new(
                ErrorCode::ApprovalExpired,
                "nobody approved this action in time",
            )
            .with_action(&a.action)
            .stored(),
        );
        let mut e = self.event_for(&a.action, EventKind::ApprovalExpired, Outcome::Expired);
        e.description = format!("approval expired at {}", a.expires_at);
        e.policies = a.policies.clone();
        e.code = Some(ErrorCode::ApprovalExpired.as_str().into());
        if let Err(err) = self
            .update_approval(a, ApprovalState::Pending, vec![e])
            .await
        {
            tracing::error!(error = %err, "cannot expire an approval");
        }
    }

    /// Expires every undecided approval whose time has run out.
    pub async fn expire_due(&self) {
        match self.store.due_approvals(Timestamp::now()).await {
            Ok(due) => {
                for a in due {
                    self.expire(a).await;
                }
            }
            Err(e) => tracing::error!(error = %e, "cannot list due approvals"),
        }
    }

    /// Follows changes other processes commit to a shared store (tokens, halts, session
    /// labels), so that a halt or a revocation made through one process stops the agent in
    /// every process at once, and a session labelled in one is labelled in all.
    pub async fn run_changes(self: Arc<Self>) {
        let Some(mut changes) = self.store.changes() else {
            return;
        };
        // What other processes changed between this gateway's start and this subscription was
        // announced to nobody here: catch up once, as after a reconnect. (Under load a token
        // made through another process right after this one printed `listening` was missed.)
        let mut catch_up = true;
        loop {
            let stale = self.identities.is_stale();
            let next = if std::mem::take(&mut catch_up) {
                Ok(warden_store::Change::All)
            } else if stale {
                // Retry the reload every second while the caches are stale.
                tokio::time::timeout(std::time::Duration::from_secs(1), changes.recv())
                    .await
                    .unwrap_or(Ok(warden_store::Change::All))
            } else {
                changes.recv().await
            };
            let change = match next {
                Ok(c) if stale => {
                    let _ = c;
                    warden_store::Change::All
                }
                Ok(c) => c,
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                    warden_store::Change::All
                }
                Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
            };
            let reload_tokens = matches!(
                change,
                warden_store::Change::Tokens | warden_store::Change::All
            );
            let reload_halts = matches!(
                change,
                warden_store::Change::Halts | warden_store::Change::All
            );
            if reload_tokens || reload_halts {
                let before = self.identities.halts();
                self.identities
                    .reload(self.store.as_ref(), reload_tokens, reload_halts)
                    .await;
                // Halted by another process: what the agent holds here is cut off too.
                let now = Timestamp::now();
                for (agent, halt) in self.identities.halts() {
                    if !before.contains_key(&agent) {
                        let calls = self.contain_here(&agent);
                        let after = u64::try_from(now.0.saturating_sub(halt.at.0)).unwrap_or(0);
                        self.metrics().halt_seen(Duration::from_micros(after));
                        tracing::warn!(agent, calls, "agent halted by another process");
                    }
                }
                if self.identities.is_stale() {
                    // Fail closed until a reload of both works (retried every second, above).
                    continue;
                }
            }
            // Only an announced reload is followed: a reconnect (`All`) must not apply a file
            // someone is still editing.
            if matches!(change, warden_store::Change::Config)
                && self.source.get().is_some()
                && let Err(problems) = self.reload(reload::Trigger::Peer).await
            {
                tracing::warn!(
                    ?problems,
                    "another process reloaded; this one could not follow"
                );
            }
            match change {
                warden_store::Change::Session { agent, session } => {
                    self.drop_cached_labels(Some(&agent), Some(&session));
                    // A run opened or a label removed elsewhere: read the agent's runs again.
                    self.runs.forget(&agent);
                }
                warden_store::Change::All => {
                    self.drop_cached_labels(None, None);
                    self.runs.clear();
                }
                _ => {}
            }
        }
    }

    /// Runs [`Gateway::expire_due`] forever.
    pub async fn run_expiry(self: Arc<Self>) {
        let mut tick = tokio::time::interval(EXPIRY_INTERVAL);
        loop {
            tick.tick().await;
            self.expire_due().await;
            self.remind_due().await;
            self.expire_secret_versions().await;
            self.rotate_due().await;
        }
    }
}

#[cfg(test)]
mod tests;
