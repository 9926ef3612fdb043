//! The validated deployment: agents, roles, approver groups and tools.
//!
//! `warden-config` builds a [`Deployment`] from `warden.toml`; every other crate reads it.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::Template;

/// Everything Warden needs to know about one deployment, validated.
#[derive(Debug, Clone)]
pub struct Deployment {
    /// Address the HTTP server binds.
    pub listen: SocketAddr,
    /// Path of the SQLite database file.
    pub sqlite_path: PathBuf,
    /// A PostgreSQL connection string (libpq key=value or URL, `{{env:NAME}}` resolved at
    /// start): the store when set, instead of the SQLite file.
    pub postgres: Option<String>,
    /// How long an undecided approval stays open.
    pub approval_ttl: Duration,
    /// What a request does whose session is omitted or not a run of its agent.
    pub unbound_sessions: UnboundSessions,
    /// TLS on the listener, if configured.
    pub tls: Option<TlsFiles>,
    /// A listener of its own for the administration API (`/v1/admin/…`), if configured;
    /// the main listener then serves only what agents use.
    pub admin_listen: Option<std::net::SocketAddr>,
    /// Size and time limits.
    pub limits: Limits,
    /// E-mail domains that belong to the organisation (recipients elsewhere are external).
    pub internal_domains: Vec<String>,
    /// The organisation's own counterparties on other channels (its IBANs, its chat
    /// workspace's members or channels), by channel name, as configured.
    pub internal_counterparties: BTreeMap<String, Vec<String>>,
    /// Prefixes of the organisation's own names that its people leave out (`groupany/`: a
    /// user's "webshop" names the repository `groupany/webshop`), lowercased.
    pub namespaces: Vec<String>,
    /// Agents by id.
    pub agents: BTreeMap<String, Agent>,
    /// Roles by name.
    pub roles: BTreeMap<String, Role>,
    /// Approver groups by name.
    pub groups: BTreeMap<String, ApproverGroup>,
    /// Tools by name.
    pub tools: BTreeMap<String, Tool>,
    /// Cedar policy files, in the order they were found.
    pub policy_files: Vec<PolicyFile>,
    /// Inspection settings.
    pub inspection: Inspection,
    /// Upstream MCP servers by name. Their tools join [`Deployment::tools`] when Warden
    /// discovers them at start.
    pub mcp_servers: BTreeMap<String, McpServer>,
    /// How long an MCP `tools/call` that was held for approval waits for the decision before
    /// answering with a tool error that names the approval.
    pub mcp_hold_wait: Duration,
    /// How often upstream MCP tool definitions are listed again to catch a change made while
    /// Warden runs (servers that announce changes are re-listed at once).
    pub mcp_recheck: Duration,
    /// The file holding the vault's master key (unless `WARDEN_MASTER_KEY` is set).
    pub vault_key_file: Option<PathBuf>,
    /// How long a rotated secret's previous version stays live.
    pub vault_grace: Duration,
    /// Rotation policies by secret name.
    pub rotations: BTreeMap<String, Rotation>,
    /// Keep secret values in HashiCorp Vault / OpenBao (KV v2) instead of sealing them locally.
    pub vault_kv: Option<VaultKv>,
    /// Wrap the local master key with a Vault / OpenBao transit key instead of taking it from
    /// the environment or a file.
    pub vault_transit: Option<VaultTransit>,
    /// LLM providers by name.
    pub providers: BTreeMap<String, crate::Provider>,
    /// The registry of data processing agreements, by provider or upstream system name.
    pub processors: BTreeMap<String, crate::Processor>,
    /// How long a contested decision about a person may wait for its review.
    pub contest_deadline: Duration,
    /// Checkpoints of the audit log.
    pub audit: AuditSettings,
    /// Called when data subjects are erased, so that systems outside Warden forget them too.
    pub erasure_hooks: Vec<ErasureHook>,
    /// Notifications to approvers and agents' owners (`[notify]`).
    pub notify: Notify,
    /// Anomaly detectors, alert routes and automatic halts (`[monitor]`).
    pub monitor: crate::Monitor,
    /// Trace export (`[telemetry]`).
    pub telemetry: crate::Telemetry,
    /// Single sign-on to the console with OpenID Connect (`[console.oidc]`).
    pub console_oidc: Option<Oidc>,
    /// Agents authenticated by OAuth access tokens, if configured.
    pub oauth: Option<OAuth>,
    /// OAuth clients Warden uses to obtain upstream access tokens (`[oauth_clients.NAME]`).
    pub oauth_clients: BTreeMap<String, OAuthClient>,
    /// The console's origin as browsers reach it (`console.public_origin`), when a proxy in
    /// front terminates TLS: the origin check compares with it, and cookies are `Secure` when
    /// it is `https://`.
    pub console_public_origin: Option<String>,
    /// Things that are allowed but worth a second look (a retention below a regulatory floor).
    pub warnings: Vec<String>,
}

/// Notifications (`[notify]`): who is told that an action waits, is about to expire, or was
/// decided, and over which channels.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Notify {
    /// Channels by name.
    pub channels: BTreeMap<String, NotifyChannel>,
    /// The channels of each approver group (`groups.NAME.notify`): told when an action waits
    /// for the group, and reminded before it expires.
    pub groups: BTreeMap<String, Vec<String>>,
    /// Channels told how a held action ended (`notify.outcomes`); an e-mail channel writes to
    /// the agent's owner when the owner is an e-mail address.
    pub outcomes: Vec<String>,
    /// The console's address as approvers reach it, for links (`…/console`).
    pub console_url: Option<String>,
    /// A reminder this long before a pending approval expires (zero: none).
    pub remind_before: std::time::Duration,
    /// What a message says about the arguments.
    pub arguments: NotifyArguments,
    /// Attempts per delivery (the first and the retries).
    pub attempts: u32,
    /// The wait before the first retry; each further retry waits twice as long.
    pub retry_base: std::time::Duration,
    /// Slack's signing secret, for the approve and deny buttons (`notify.slack.signing_secret`);
    /// without it Slack messages carry a link only.
    pub slack_signing_secret: Option<Template>,
    /// Slack user id → operator name, for decisions from Slack.
    pub slack_users: BTreeMap<String, String>,
}

/// Single sign-on to the console with an OpenID Connect provider (authorization code + PKCE).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Oidc {
    /// The provider's issuer identifier (its discovery document is under it).
    pub issuer: String,
    /// This client's id at the provider.
    pub client_id: String,
    /// Its secret, if it is a confidential client (a reference, never the value).
    pub client_secret: Option<Template>,
    /// Where the provider sends the browser back: `…/console/oidc/callback`.
    pub redirect_url: String,
    /// Scopes asked for (`openid` among them).
    pub scopes: Vec<String>,
    /// The ID token claim that names the operator (as approver groups list them).
    pub name_claim: String,
    /// The ID token claim that lists the operator's groups; a listed group that Warden
    /// configures makes the operator its member for the session.
    pub groups_claim: Option<String>,
    /// A provider group whose members administer.
    pub admin_group: Option<String>,
}

/// Agents authenticated by OAuth 2.1 access tokens (`[oauth]`): Warden as a protected resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuth {
    /// The authorization server's issuer identifier, exactly (`iss`).
    pub issuer: String,
    /// This Warden's resource identifier: a token's `aud` must contain it (RFC 8707).
    pub resource: String,
    /// Where the server's keys are published; `None`: from its metadata (RFC 8414).
    pub jwks_uri: Option<String>,
    /// The claim whose value names the agent.
    pub agent_claim: String,
    /// Claim values mapped to agent ids (a value not listed must be an agent id itself).
    pub agents: BTreeMap<String, String>,
    /// The claim listing roles: the token must vouch for every role the agent is configured
    /// with (the configuration stays the ceiling of what an agent may do).
    pub roles_claim: Option<String>,
    /// Whether a JWT must be typed `at+jwt` (RFC 9068).
    pub require_at_jwt: bool,
    /// The scope each agent surface needs (`actions`, `mcp`, `llm`).
    pub scopes: BTreeMap<String, String>,
    /// RFC 7662 introspection of opaque tokens, if configured.
    pub introspection: Option<Introspection>,
}

/// Token introspection (RFC 7662): where, and how Warden authenticates to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Introspection {
    /// The endpoint; `None`: from the server's metadata.
    pub endpoint: Option<String>,
    /// Warden's client id at the authorization server.
    pub client_id: String,
    /// Its secret (a reference, never the value).
    pub client_secret: Template,
}

/// An OAuth client of Warden's at an upstream's authorization server (`[oauth_clients.NAME]`):
/// how a connector obtains the access token it sends as `Authorization: Bearer`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthClient {
    /// Its name in the configuration.
    pub name: String,
    /// Which grant obtains the token.
    pub grant: OAuthGrant,
    /// The authorization server's token endpoint.
    pub token_endpoint: String,
    /// Warden's client id there.
    pub client_id: String,
    /// Its secret (a reference, never the value).
    pub client_secret: Template,
    /// How the client authenticates at the token endpoint.
    pub auth_method: ClientAuthMethod,
    /// The scope asked for, if any (space-separated).
    pub scope: Option<String>,
    /// The target resource (RFC 8707 `resource`), if any.
    pub resource: Option<String>,
    /// The target audience (RFC 8693 `audience`), if any.
    pub audience: Option<String>,
    /// Longest wait for the token endpoint.
    pub timeout: Duration,
}

/// How an [`OAuthClient`] obtains its token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OAuthGrant {
    /// RFC 6749 §4.4: a token for Warden itself, shared by every agent's calls.
    ClientCredentials,
    /// RFC 8693: the calling agent's own access token exchanged for one to the upstream
    /// (the upstream sees the agent as subject and Warden as actor).
    TokenExchange,
}

impl OAuthGrant {
    /// The grant's name in the configuration and the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ClientCredentials => "client_credentials",
            Self::TokenExchange => "token_exchange",
        }
    }
}

/// How a client authenticates at a token endpoint (RFC 6749 §2.3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuthMethod {
    /// HTTP Basic with the form-encoded id and secret (`client_secret_basic`).
    Basic,
    /// `client_id` and `client_secret` in the form (`client_secret_post`).
    Post,
}

/// What a notification says about a held action's arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NotifyArguments {
    /// The arguments with personal data and secrets masked by the inspection stage.
    #[default]
    Masked,
    /// Only the arguments' names.
    Names,
    /// Nothing about them.
    None,
}

/// One notification channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotifyChannel {
    /// A JSON POST signed with HMAC-SHA256 (`Warden-Signature: t=…,v1=…`, docs/console.md).
    Webhook {
        /// Where.
        url: String,
        /// The signing key (`{{env:}}` or `{{secret:}}`).
        secret: Template,
    },
    /// A Slack incoming webhook (its URL is a credential: a template).
    Slack {
        /// The incoming-webhook URL.
        url: Template,
    },
    /// E-mail over SMTP.
    Email(EmailChannel),
}

/// An SMTP channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailChannel {
    /// `host:port` of the submission server.
    pub server: String,
    /// How the connection is protected.
    pub tls: SmtpTls,
    /// The sender address.
    pub from: String,
    /// The recipients.
    pub to: Vec<String>,
    /// SMTP AUTH user, if any.
    pub username: Option<Template>,
    /// SMTP AUTH password, if any.
    pub password: Option<Template>,
    /// A PEM file of extra CA certificates to trust for this server.
    pub ca_file: Option<PathBuf>,
}

/// How an SMTP connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain connect, then STARTTLS (required; a server that does not offer it is refused).
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
    /// None: only to a loopback address.
    None,
}

/// An erasure hook: Warden POSTs `{"identifiers", "reason", "erasure_id"}` to it when data
/// subjects are erased, and records its answer's status in the receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErasureHook {
    /// Its name in `warden.toml`.
    pub name: String,
    /// The system it erases from (as tools name their `system`).
    pub system: String,
    /// Its URL.
    pub url: String,
    /// Headers sent with it; `{{env:NAME}}` and `{{secret:name}}` are resolved.
    pub headers: BTreeMap<String, Template>,
}

impl Deployment {
    /// Uses the database at `db` instead of the configured one (`--db`); files whose location
    /// defaulted to the database's directory (the audit signing key, the published checkpoints)
    /// move with it.
    pub fn relocate_db(&mut self, db: PathBuf) {
        let old_dir = self.sqlite_path.parent().map(Path::to_path_buf);
        let new_dir = db.parent().map(Path::to_path_buf).unwrap_or_default();
        if let Some(old_dir) = old_dir {
            if self.audit.signing_key_file == old_dir.join("audit-signing.key") {
                self.audit.signing_key_file = new_dir.join("audit-signing.key");
            }
            if self.audit.publish_dir == old_dir.join("checkpoints") {
                self.audit.publish_dir = new_dir.join("checkpoints");
            }
        }
        self.sqlite_path = db;
    }
}

/// How the audit log's checkpoints are made and published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditSettings {
    /// The log's name in its checkpoints, e.g. `groupany.example/warden-audit`.
    pub origin: String,
    /// The Ed25519 signing key (a signed-note private key; created with mode 0600 if missing).
    pub signing_key_file: PathBuf,
    /// How often a checkpoint is made when the log grew (`None`: on demand only).
    pub checkpoint_every: Option<Duration>,
    /// Every checkpoint is written here as `<size>.checkpoint` (and `latest.checkpoint`).
    pub publish_dir: PathBuf,
    /// Every checkpoint is also POSTed here (`text/plain`), for external witnessing.
    pub publish_url: Option<String>,
    /// How long records are kept, per class.
    pub retention: Retention,
    /// Where new records are streamed (SIEMs).
    pub streams: Vec<AuditStream>,
    /// Failed authentications are counted per source and reason and written as one
    /// `auth.failed` record per pair this often.
    pub auth_failures_every: Duration,
    /// A checkpoint is also made once the log has grown by this many records since the last
    /// (`None`: by time only), keeping the tail no signature vouches for short.
    pub checkpoint_records: Option<u64>,
    /// What `serve` does with a log that does not verify at start.
    pub on_tamper: OnTamper,
    /// When an allowed read's intent is made durable.
    pub read_intent: ReadIntent,
}

/// When the records of an allowed read (what was received, the decision) are committed.
/// Actions with side effects always commit their intent before the upstream call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReadIntent {
    /// With the read's result, in one commit before the answer: a read cut off by a crash
    /// leaves no record, and was never answered (`with_result`, the default).
    #[default]
    WithResult,
    /// In a commit of its own before the upstream call, as for side effects (`before_call`):
    /// the log also shows reads a crash cut off.
    BeforeCall,
}

/// What `serve` does when the audit log does not verify at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnTamper {
    /// Refuse to start (exit code 6).
    Refuse,
    /// Start, record an `audit.tampered` alert and refuse every action and LLM call with
    /// `log_tampered` (the admin API stays, to read, export and verify).
    Deny,
}

/// A destination that receives every audit record, at least once, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditStream {
    /// Its name (the key of its position in the database).
    pub name: String,
    /// Where.
    pub target: StreamTarget,
    /// `jsonl` (the records as stored) or `ocsf`.
    pub format: String,
    /// Records per delivery.
    pub batch: u64,
    /// Only records of these event kinds (`alert.raised`, …); every record when empty.
    pub events: Vec<String>,
}

/// Where a stream delivers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreamTarget {
    /// POSTed as NDJSON; headers may use `{{env:}}` and `{{secret:}}`.
    Webhook {
        /// The URL.
        url: String,
        /// Headers.
        headers: BTreeMap<String, Template>,
    },
    /// RFC 5424 messages over UDP, or over TCP with octet counting.
    Syslog {
        /// TCP rather than UDP.
        tcp: bool,
        /// `host:port`.
        addr: String,
    },
}

/// Retention of audit records: after its class's period a record's payload is purged (its
/// hash and Merkle leaf stay, so the log still verifies).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retention {
    /// Days, per class (`actions`, `llm`, `secrets`, `erasure`, `admin`); every class is present.
    pub days: BTreeMap<String, u32>,
    /// How often expired payloads are purged (`None`: only by `warden audit purge`).
    pub purge_every: Option<Duration>,
}

impl Retention {
    /// The retention classes.
    pub const CLASSES: &'static [&'static str] = &["actions", "llm", "secrets", "erasure", "admin"];
}

/// A Vault / OpenBao transit key that wraps the local master key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultTransit {
    /// The vault's address.
    pub address: String,
    /// The environment variable holding the token.
    pub token_env: String,
    /// The transit mount, e.g. `transit`.
    pub mount: String,
    /// The transit key's name.
    pub key: String,
}

/// A HashiCorp Vault / OpenBao KV v2 engine holding the secret values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultKv {
    /// Its address, e.g. `https://vault.internal:8200`.
    pub address: String,
    /// The environment variable holding the token Warden uses.
    pub token_env: String,
    /// The KV v2 mount, e.g. `secret`.
    pub mount: String,
    /// Path prefix under the mount, e.g. `warden/`.
    pub prefix: String,
}

/// How and how often a secret is rotated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rotation {
    /// A version older than this is due.
    pub every: Duration,
    /// What mints a new value from the current one.
    pub mint: Hook,
    /// What revokes a previous value at its provider once its grace period has ended, if
    /// anything: without one the old value only stops being used by Warden.
    pub revoke: Option<Hook>,
}

/// A rotation hook: a program or an HTTP endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hook {
    /// A program: it reads the value on standard input (the current one to mint from, or the
    /// one to revoke) and, when minting, writes the new one on standard output.
    Command {
        /// The program.
        command: String,
        /// Its arguments.
        args: Vec<String>,
    },
    /// An HTTP endpoint: Warden POSTs `{"secret", "action": "rotate"|"revoke", "version",
    /// "value"}` and, when minting, expects `{"value": "<new>"}` back.
    Http {
        /// Its URL.
        url: String,
        /// Headers sent with it; `{{env:NAME}}` and `{{secret:name}}` are resolved.
        headers: BTreeMap<String, String>,
    },
}

/// An upstream MCP server.
#[derive(Debug, Clone, PartialEq)]
pub struct McpServer {
    /// Its name: the prefix of its tools and their Cedar system.
    pub name: String,
    /// The program to run (stdio transport); empty for a streamable-HTTP server.
    pub command: String,
    /// The server's MCP endpoint (streamable-HTTP transport).
    pub url: Option<String>,
    /// Headers sent to a streamable-HTTP server; values may use `{{env:NAME}}`.
    pub headers: BTreeMap<String, Template>,
    /// Its arguments.
    pub args: Vec<String>,
    /// Its environment; values may use `{{env:NAME}}` (resolved at start, never shown to agents).
    pub env: BTreeMap<String, Template>,
    /// Working directory.
    pub cwd: Option<PathBuf>,
    /// Longest wait for one tool call.
    pub call_timeout: Duration,
    /// Overrides of what Warden derives from the upstream's tool definitions, by tool name.
    pub tools: BTreeMap<String, McpToolOverride>,
    /// The `_meta` key under which the server labels its results (`["untrusted"]`, …); the
    /// labels it names join the run's. `None`: results' `_meta` is not read for labels.
    pub labels_meta_key: Option<String>,
    /// The `[oauth_clients]` entry whose access token each tool call (and resource or prompt
    /// read) carries as `Authorization: Bearer` (streamable-HTTP servers only).
    pub oauth: Option<String>,
    /// The `[oauth_clients]` entry (client credentials) whose token Warden's own connection
    /// carries — discovery, handshake, listings; `None`: `oauth` if that is a client-credentials
    /// client, else only `headers`.
    pub connection_oauth: Option<String>,
}

/// What `warden.toml` says about one MCP tool, overriding its annotations.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct McpToolOverride {
    /// Kind instead of the one derived from `readOnlyHint`/`destructiveHint`.
    pub kind: Option<ToolKind>,
    /// Risk instead of the derived one.
    pub risk: Option<Risk>,
    /// Reach instead of `openWorldHint`.
    pub external: Option<bool>,
    /// Whether it decides about a person.
    pub decision_about_person: bool,
    /// Labels a session gains once it used the tool.
    pub output_labels: Vec<String>,
    /// Arguments naming recipients, with their channel (`email` or a counterparty channel).
    pub recipients: BTreeMap<String, String>,
    /// What happens to personal data in its results.
    pub output_personal_data: Option<OutputPersonalData>,
    /// Further arguments whose origin is traced (`Tool::provenance`).
    pub provenance: BTreeMap<String, Trace>,
    /// Result fields whose values count as trusted (`Tool::trusted_fields`).
    pub trusted_fields: Vec<String>,
    /// Result fields that name who wrote it (`Tool::sender_fields`).
    pub sender_fields: Vec<String>,
    /// How the user's instructions ask for it (`Tool::requested_by`).
    pub requested_by: Vec<String>,
    /// Arguments a document the user pointed at may supply (`Tool::delegable`).
    pub delegable: BTreeMap<String, Vec<String>>,
    /// The fields of its result that are the document (`Tool::document_fields`).
    pub document_fields: Vec<String>,
    /// Whether its results are scored by the learned injection layer (`Tool::injection_model`).
    pub injection_model: Option<bool>,
}

/// Which values of an argument argument provenance traces (`tools."X".provenance`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trace {
    /// Every value the argument names (an id, an IP address, a branch).
    Any,
    /// The e-mail addresses in it.
    Email,
    /// The URLs in it (a link in a message body).
    Url,
    /// The IBANs in it.
    Iban,
    /// Where data or money can go: the URLs, e-mail addresses and IBANs in it. Every argument
    /// of a call that is not a read, declared or not, is traced at least so.
    Reach,
}

impl Trace {
    /// Parses a configuration value (`any`, `email`, `url`, `iban`).
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "any" => Self::Any,
            "email" => Self::Email,
            "url" => Self::Url,
            "iban" => Self::Iban,
            "reach" => Self::Reach,
            _ => return None,
        })
    }
}

/// Inspection settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    /// Injection score at or above which a tool result labels the session `untrusted`.
    pub injection_threshold: f32,
    /// Whether the learned layer scores injection beside the rules (`inspection.injection_model`,
    /// default on; off saves ~8 µs per KiB of tool result, LLM answer and screened text).
    pub injection_model: bool,
    /// How personal data is written to the audit log. Secrets are always masked.
    pub audit_personal_data: AuditPersonalData,
}

/// How personal data is written to the audit log (`inspection.audit_personal_data`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditPersonalData {
    /// Replaced by its label (`[EMAIL]`); nothing is kept.
    Mask,
    /// Replaced by per-record placeholders (`<EMAIL_1>`), the value kept encrypted under its
    /// data subject's key.
    Pseudonymise,
}

impl AuditPersonalData {
    /// Every mode, in declaration order.
    pub const ALL: [Self; 2] = [Self::Mask, Self::Pseudonymise];

    /// The mode's name as written in configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mask => "mask",
            Self::Pseudonymise => "pseudonymise",
        }
    }

    /// Parses a mode name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// Size and time limits on inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Longest a client may long-poll an action, in seconds.
    pub max_wait_seconds: u64,
    /// Requests one agent may make per second, on average (actions, MCP calls, LLM calls).
    pub agent_rate: u32,
    /// How many requests above its rate one agent may make at once.
    pub agent_burst: u32,
    /// Most approvals one agent may have pending; a further hold is refused.
    pub max_pending_approvals: u32,
    /// Connections served at once; more wait in the backlog.
    pub max_connections: usize,
    /// How long a client may take to send a request's headers (and to start its next request
    /// on a kept-alive connection).
    pub header_timeout: Duration,
    /// How long a client may take to send a request's body.
    pub body_timeout: Duration,
    /// Lifetime of an agent token created without one (`None`: no default expiry).
    pub agent_token_ttl: Option<Duration>,
}

/// A running total a tool declares (`tools."NAME".totals.NAME`): the sum of one argument
/// (or the number of calls) over a sliding window, per agent and optionally per value of
/// another argument. Each call is reserved before the policy decides, so concurrent calls
/// cannot slip past a limit together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    /// The numeric argument summed (its absolute value, rounded up); `None`: calls counted.
    pub sum: Option<String>,
    /// The sliding window.
    pub window: Duration,
    /// The argument whose value splits the total (for example a charge or an IBAN), compared
    /// without white space and case; `None`: one total per agent.
    pub per: Option<String>,
    /// Split by the run as well (`run = true`): what this run of the agent did — velocity
    /// within one task, such as the second refund of a conversation — rather than what the
    /// agent did across all its runs.
    pub run: bool,
}

/// What a request does whose session is omitted or is not a run opened for its agent
/// (`sessions.unbound`): never a fresh, clean session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnboundSessions {
    /// It joins the agent's current run, labels and all.
    #[default]
    Join,
    /// It is refused (`400 unknown_session`).
    Refuse,
}

/// TLS on the listener: the certificate chain and key (PEM files, reloaded when they change).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsFiles {
    /// The certificate chain, leaf first.
    pub cert_file: PathBuf,
    /// The private key.
    pub key_file: PathBuf,
    /// CA certificates that issue agents' client certificates (mutual TLS): when set, an
    /// agent token is accepted only on a connection whose client certificate is valid for the
    /// DNS name of the token's agent (its id).
    pub client_ca_file: Option<PathBuf>,
}

/// A Cedar policy file.
#[derive(Debug, Clone)]
pub struct PolicyFile {
    /// Path as given to the operator (used in error messages).
    pub path: PathBuf,
    /// File contents.
    pub text: String,
}

/// An AI agent that acts through Warden.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    /// Slug, e.g. `support-bot`.
    pub id: String,
    /// The person or team accountable for the agent.
    pub owner: String,
    /// Roles the agent holds.
    pub roles: Vec<String>,
    /// What the agent is for.
    pub purpose: String,
    /// GDPR record of processing for this agent.
    pub privacy: PrivacyRecord,
    /// Its LLM spending limits.
    pub budget: Option<crate::Budget>,
}

/// An agent's record of processing (GDPR Art. 30).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyRecord {
    /// Lawful basis (Art. 6), e.g. `contract` or `legitimate_interests`.
    pub lawful_basis: String,
    /// Purposes of processing.
    pub purposes: Vec<String>,
    /// Categories of personal data processed.
    pub data_categories: Vec<String>,
    /// How long records about this agent's processing are kept, in days.
    pub retention_days: u32,
    /// When the record was last reviewed (`YYYY-MM-DD`).
    pub reviewed: Option<String>,
    /// The reference of its data protection impact assessment (GDPR Art. 35), if one was made.
    pub dpia: Option<String>,
}

/// A role that agents hold and policies name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// Role name.
    pub name: String,
    /// What the role is for.
    pub description: String,
    /// LLM spending limits of all its agents together (a team budget).
    pub budget: Option<crate::Budget>,
}

/// A group of people who may approve held actions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApproverGroup {
    /// Group name, as used in `@approval("…")`.
    pub name: String,
    /// Operator identities that belong to the group.
    pub members: Vec<String>,
}

impl ApproverGroup {
    /// Whether `who` belongs to the group.
    pub fn has_member(&self, who: &str) -> bool {
        self.members.iter().any(|m| m == who)
    }
}

/// What a tool does to the world, coarsely; policies group actions by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToolKind {
    /// Reads data.
    Read,
    /// Creates or changes records.
    Write,
    /// Deletes records.
    Delete,
    /// Sends messages to people.
    Communicate,
    /// Moves money.
    Transact,
    /// Runs code or deployments.
    Execute,
    /// Changes accounts, permissions or configuration.
    Admin,
    /// Sends a prompt to an LLM provider (`<provider>.complete`, through the LLM proxy).
    Llm,
}

impl ToolKind {
    /// Every kind, in declaration order.
    pub const ALL: [ToolKind; 8] = [
        Self::Read,
        Self::Write,
        Self::Delete,
        Self::Communicate,
        Self::Transact,
        Self::Execute,
        Self::Admin,
        Self::Llm,
    ];

    /// The kind's name as written in configuration and policies.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Delete => "delete",
            Self::Communicate => "communicate",
            Self::Transact => "transact",
            Self::Execute => "execute",
            Self::Admin => "admin",
            Self::Llm => "llm",
        }
    }

    /// Parses a kind name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// How much harm a tool can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    /// Little harm possible.
    Low,
    /// Some harm possible.
    Medium,
    /// Serious harm possible.
    High,
    /// Irreversible or large harm possible.
    Critical,
}

impl Risk {
    /// The risk's name as written in configuration and policies.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }

    /// Parses a risk name.
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Low, Self::Medium, Self::High, Self::Critical]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// A thing an agent can do.
#[derive(Debug, Clone)]
pub struct Tool {
    /// Name, e.g. `payments.refund`.
    pub name: String,
    /// The system it acts on, e.g. `stripe`.
    pub system: String,
    /// What it does, coarsely.
    pub kind: ToolKind,
    /// How much harm it can do.
    pub risk: Risk,
    /// Whether it reaches people or systems outside the organisation.
    pub external: bool,
    /// Whether it makes a decision about a person (GDPR Art. 22): held for one of `reviewers`
    /// unless the permit that allows it names an Art. 22(2) basis (`@art22`).
    pub decision_about_person: bool,
    /// Approver groups that review its decisions about people.
    pub reviewers: Vec<String>,
    /// What it does, for people.
    pub description: String,
    /// JSON Schema the arguments must satisfy.
    pub schema: serde_json::Value,
    /// Labels a session gains once it has used this tool (e.g. `untrusted`).
    pub output_labels: Vec<String>,
    /// Arguments naming recipients and the channel of each (`email`, or a channel of
    /// `organization.counterparties`): `context.recipient.external` is decided from all of them.
    pub recipients: BTreeMap<String, String>,
    /// What happens to personal data in the tool's result before the agent sees it. Secrets in
    /// results are always masked.
    pub output_personal_data: OutputPersonalData,
    /// The kinds of personal data (`pii.email`, …) the tool may receive in its arguments (data
    /// minimisation); `None`: any. Other kinds found are handled by `personal_data_other`.
    pub personal_data_allowed: Option<BTreeSet<String>>,
    /// What happens to personal data of a kind the tool may not receive.
    pub personal_data_other: ArgumentPersonalData,
    /// The AI-interaction disclosure its messages must carry (EU AI Act Art. 50), if any.
    pub disclosure: Option<Disclosure>,
    /// Running totals over windows that policies see as `context.totals.NAME`, by name.
    pub totals: BTreeMap<String, Total>,
    /// Further arguments whose origin policy sees in `context.provenance` (beyond the
    /// recipients, which are always traced), with the values in each that are traced.
    pub provenance: BTreeMap<String, Trace>,
    /// Fields of the tool's result whose values count as trusted for argument provenance (a
    /// system of record's own data, such as the CRM's customer e-mail); dotted paths, arrays
    /// walked through (`charges.charge_id`). Everything else in a result is untrusted.
    pub trusted_fields: Vec<String>,
    /// Fields of the tool's result that name who wrote it (an e-mail's `from`): a message to
    /// such an address is a reply (`context.provenance.reply`), though the address stays
    /// untrusted.
    pub sender_fields: Vec<String>,
    /// Words and phrases with which the user's instructions ask for what this tool does
    /// (`["refund", "reimburse"]`): `context.provenance.requested` says whether the run's
    /// trusted instructions use one (`warden_policy::provenance::asks_for`).
    pub requested_by: Vec<String>,
    /// Traced arguments (`provenance`) whose values may come from a document the user pointed
    /// at (`context.provenance.delegated`) — identifiers such as a branch, never where data or
    /// money goes — each with the words by which the user refers to it without giving it ("the
    /// branch the reporter mentions").
    pub delegable: BTreeMap<String, Vec<String>>,
    /// For a read: the fields of its result that are the document the user points at (an
    /// issue's `title` and `body`, not the comments anyone can add); only values under them
    /// may be delegated (`context.provenance.delegated`). Empty: the read is no document a user
    /// points at.
    pub document_fields: Vec<String>,
    /// Whether the learned injection layer scores the tool's results beside the rules; `None`:
    /// `inspection.injection_model`. Off saves ~8 µs per KiB for a high-volume tool whose
    /// results are the organisation's own.
    pub injection_model: Option<bool>,
    /// How the tool is executed.
    pub connector: Connector,
}

/// A disclosure that messages sent through a tool must carry (`disclosure`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disclosure {
    /// The string argument holding the message text.
    pub field: String,
    /// The disclosure's text.
    pub text: String,
    /// Whether Warden appends it to a message without it (otherwise policies see
    /// `context.disclosure.present` and decide).
    pub add: bool,
}

impl Disclosure {
    /// Whether `message` already carries the disclosure (compared with whitespace collapsed
    /// and case folded, so a reflowed copy counts).
    pub fn carried_by(&self, message: &str) -> bool {
        let fold = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let text = fold(&self.text);
        !text.is_empty() && fold(message).contains(&text)
    }
}

/// What happens to personal data of a kind a tool may not receive (`personal_data_other`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ArgumentPersonalData {
    /// The action is refused before it reaches the upstream (code `personal_data_not_allowed`).
    #[default]
    Refuse,
    /// The values are replaced by their label (`[PHONE]`) before the upstream sees them.
    Mask,
}

/// The kinds of personal data the detectors report (`warden_inspect::Kind` of class `pii`),
/// as tools' `personal_data_allowed` names them.
pub const PERSONAL_DATA_KINDS: &[&str] = &[
    "pii.email",
    "pii.phone",
    "pii.card",
    "pii.iban",
    "pii.ssn",
    "pii.ipv4",
    "pii.ipv6",
    "pii.date_of_birth",
    "pii.person_name",
    "pii.address",
];

/// What happens to personal data in a tool's result before the agent sees it
/// (`output_personal_data`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OutputPersonalData {
    /// Left as it is.
    #[default]
    Keep,
    /// Replaced by its label (`[EMAIL]`).
    Mask,
    /// Deleted.
    Remove,
    /// The result is refused.
    Block,
}

impl OutputPersonalData {
    /// Every mode, in declaration order.
    pub const ALL: [Self; 4] = [Self::Keep, Self::Mask, Self::Remove, Self::Block];

    /// The mode's name as written in configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keep => "keep",
            Self::Mask => "mask",
            Self::Remove => "remove",
            Self::Block => "block",
        }
    }

    /// Parses a mode name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// How a tool is executed.
#[derive(Debug, Clone)]
pub enum Connector {
    /// An HTTP request to an upstream service.
    Http(HttpConnector),
    /// A `tools/call` to an upstream MCP server.
    Mcp {
        /// The server's name.
        server: String,
        /// The tool's name on that server.
        tool: String,
    },
    /// A `resources/read` or `prompts/get` to an upstream MCP server: how Warden puts reading
    /// a server's resources and prompts under policy (as the read action
    /// `server.read_resource` / `server.get_prompt` of the server's system).
    McpGet {
        /// The server's name.
        server: String,
        /// Which.
        what: McpGet,
    },
    /// A call to an LLM provider through the LLM proxy endpoints (never through the action
    /// API): `<provider>.complete`, under policy like any tool.
    Llm {
        /// The provider's name.
        provider: String,
    },
}

/// What an [`Connector::McpGet`] fetches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum McpGet {
    /// `resources/read {uri}`.
    Resource,
    /// `prompts/get {name, arguments}`.
    Prompt,
}

/// An HTTP call built from the tool's arguments.
#[derive(Debug, Clone)]
pub struct HttpConnector {
    /// HTTP method.
    pub method: String,
    /// URL template: `{name}` fills a path segment or query value with the argument `name`.
    pub url: crate::UrlTemplate,
    /// Headers; values may contain `{{env:NAME}}`, resolved only when the call is made.
    pub headers: Vec<(String, Template)>,
    /// What the request body is.
    pub body: BodyMode,
    /// Upstream timeout.
    pub timeout: Duration,
    /// Largest upstream response accepted, in bytes.
    pub max_response_bytes: usize,
    /// The `[oauth_clients]` entry whose access token is sent as `Authorization: Bearer`.
    pub oauth: Option<String>,
}

/// What an HTTP connector sends as its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyMode {
    /// The arguments as a JSON object.
    Arguments,
    /// No body.
    None,
}
