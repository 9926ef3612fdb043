//! Domain types shared by every stage of the Warden pipeline.
//!
//! Stage crates (identify, validate, policy, approve, execute) depend on this crate and never on
//! each other; only `warden-pipeline` knows the order in which they run.

mod alert;
mod audit;
mod deployment;
mod llm;
mod monitor;
pub mod template;
mod time;
pub mod url_template;

pub use alert::{Alert, AlertState, MAX_ALERT_EVIDENCE, Severity};
pub use audit::{
    AuditEvent, AuditRecord, EventKind, GENESIS_HASH, Outcome, PersonalValue, canonical_json,
    record_digest, record_hash, sha256_hex,
};
pub use deployment::{
    Agent, ApproverGroup, ArgumentPersonalData, AuditPersonalData, AuditSettings, AuditStream,
    BodyMode, ClientAuthMethod, Connector, Deployment, Disclosure, EmailChannel, ErasureHook, Hook,
    HttpConnector, Inspection, Introspection, Limits, McpGet, McpServer, McpToolOverride, Notify,
    NotifyArguments, NotifyChannel, OAuth, OAuthClient, OAuthGrant, Oidc, OnTamper,
    OutputPersonalData, PERSONAL_DATA_KINDS, PolicyFile, PrivacyRecord, ReadIntent, Retention,
    Risk, Role, Rotation, SmtpTls, StreamTarget, TlsFiles, Tool, ToolKind, Total, Trace,
    UnboundSessions, VaultKv, VaultTransit,
};
pub use llm::{
    Budget, Model, PersonalData, Processor, Provider, TransferMechanism, Usage, WireFormat,
    nanos_to_usd, usd_to_nanos,
};
pub use monitor::{
    AlertRoute, DETECTORS, Detector, HaltRule, Monitor, Telemetry, default_detector,
};
pub use template::{Reference, Template, TemplateError};
pub use time::{Timestamp, parse_rfc3339};
pub use url_template::{UrlError, UrlTemplate};

use serde::{Deserialize, Serialize};

/// The outcome of the policy stage for one action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum Decision {
    /// A plain permit applies and nothing forbids the action.
    Allow {
        /// The permits that determined the decision.
        policies: Vec<String>,
    },
    /// A plain forbid applies, or no permit does.
    Deny {
        /// The forbids that determined the decision (empty when no permit applied).
        policies: Vec<String>,
        /// Why, for people.
        reason: String,
    },
    /// The action may happen only once the listed approval requirements are met.
    Hold {
        /// Every policy that put the action on hold or permits it once approved.
        policies: Vec<String>,
        /// Each requirement must be met by one approval from a member of one of its groups.
        requirements: Vec<Requirement>,
    },
}

/// One approval an action needs: a member of any of `groups` must approve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirement {
    /// Approver groups whose members may satisfy this requirement.
    pub groups: Vec<String>,
    /// The policies that created the requirement.
    pub policies: Vec<String>,
    /// How many distinct approvers it needs (`@approvers("2")`: four eyes); one vote meets
    /// one requirement.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub approvers: u32,
}

fn one() -> u32 {
    1
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if signature"
)]
fn is_one(n: &u32) -> bool {
    *n == 1
}

/// One attempt by an agent to use a tool, after identification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    /// Unique id of this action (also the id of its approval when held).
    pub id: String,
    /// The agent that asked.
    pub agent: String,
    /// The session the agent named (or one Warden assigned).
    pub session: String,
    /// The tool's configured name.
    pub tool: String,
    /// The arguments exactly as the agent sent them.
    pub arguments: serde_json::Value,
}

/// Stable error codes shared by the HTTP API, the CLI and the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Missing, unknown, expired or revoked credentials.
    Unauthenticated,
    /// A valid credential without the right to do this.
    Forbidden,
    /// The agent is halted.
    AgentHalted,
    /// Policy denied the action.
    Denied,
    /// Arguments do not match the tool's schema.
    InvalidArguments,
    /// The action is held for approval.
    ApprovalRequired,
    /// The approval expired before anyone decided.
    ApprovalExpired,
    /// An approver denied the action.
    ApprovalDenied,
    /// The approval was cancelled (for instance by a halt).
    ApprovalCancelled,
    /// No tool of that name is configured.
    UnknownTool,
    /// The tool's upstream definition changed or looks poisoned; an operator must approve it.
    ToolDisabled,
    /// The client cancelled the call.
    Cancelled,
    /// The thing asked for does not exist.
    NotFound,
    /// The request body is larger than allowed.
    PayloadTooLarge,
    /// The request is malformed (not JSON, wrong shape).
    BadRequest,
    /// The request conflicts with the current state (e.g. already decided).
    Conflict,
    /// The upstream system failed or answered with an error.
    UpstreamError,
    /// The upstream system did not answer in time.
    UpstreamTimeout,
    /// Something failed inside Warden; details are in the server log only.
    Internal,
    /// An LLM budget (tokens or money, per day or month) has no room for this call.
    BudgetExhausted,
    /// The request holds personal data or secrets the provider may not receive.
    PersonalDataBlocked,
    /// No configured provider serves the model asked for.
    UnknownModel,
    /// A reload was refused: the configuration or policies on disk are not valid (or change
    /// what only a restart can); the running set keeps serving.
    ConfigInvalid,
    /// The audit log did not verify when the gateway started (`audit.on_tamper = "deny"`):
    /// nothing is executed until an operator restores it.
    LogTampered,
    /// The agent sends faster than its rate allows, or holds as many pending approvals as it
    /// may: retry later (`retry_after`, seconds).
    RateLimited,
    /// The request's body did not arrive in time (`server.body_timeout`).
    RequestTimeout,
    /// The request's session is omitted or not a run of its agent, and
    /// `sessions.unbound = "refuse"`.
    UnknownSession,
}

impl ErrorCode {
    /// Every code.
    pub const ALL: &'static [ErrorCode] = &[
        Self::Unauthenticated,
        Self::Forbidden,
        Self::AgentHalted,
        Self::Denied,
        Self::InvalidArguments,
        Self::ApprovalRequired,
        Self::ApprovalExpired,
        Self::ApprovalDenied,
        Self::ApprovalCancelled,
        Self::UnknownTool,
        Self::ToolDisabled,
        Self::Cancelled,
        Self::NotFound,
        Self::PayloadTooLarge,
        Self::BadRequest,
        Self::Conflict,
        Self::UpstreamError,
        Self::UpstreamTimeout,
        Self::Internal,
        Self::BudgetExhausted,
        Self::PersonalDataBlocked,
        Self::UnknownModel,
        Self::ConfigInvalid,
        Self::LogTampered,
        Self::RateLimited,
        Self::RequestTimeout,
        Self::UnknownSession,
    ];

    /// Parses a wire name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.as_str() == s)
    }

    /// The stable wire name of the code.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unauthenticated => "unauthenticated",
            Self::Forbidden => "forbidden",
            Self::AgentHalted => "agent_halted",
            Self::Denied => "denied",
            Self::InvalidArguments => "invalid_arguments",
            Self::ApprovalRequired => "approval_required",
            Self::ApprovalExpired => "approval_expired",
            Self::ApprovalDenied => "approval_denied",
            Self::ApprovalCancelled => "approval_cancelled",
            Self::UnknownTool => "unknown_tool",
            Self::ToolDisabled => "tool_disabled",
            Self::Cancelled => "cancelled",
            Self::NotFound => "not_found",
            Self::PayloadTooLarge => "payload_too_large",
            Self::BadRequest => "bad_request",
            Self::Conflict => "conflict",
            Self::UpstreamError => "upstream_error",
            Self::UpstreamTimeout => "upstream_timeout",
            Self::Internal => "internal",
            Self::BudgetExhausted => "budget_exhausted",
            Self::PersonalDataBlocked => "personal_data_blocked",
            Self::UnknownModel => "unknown_model",
            Self::ConfigInvalid => "config_invalid",
            Self::LogTampered => "log_tampered",
            Self::RateLimited => "rate_limited",
            Self::RequestTimeout => "request_timeout",
            Self::UnknownSession => "unknown_session",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A random identifier: a prefix and 128 bits from the operating system's generator, hex encoded.
///
/// Fails only if the operating system cannot provide randomness.
pub fn random_id(prefix: &str) -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    let mut s = String::with_capacity(prefix.len() + 33);
    s.push_str(prefix);
    s.push('_');
    s.push_str(&hex(&bytes));
    Ok(s)
}

/// Lowercase hex encoding.
pub fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        for nibble in [b >> 4, b & 0x0f] {
            s.push(char::from_digit(u32::from(nibble), 16).unwrap_or('0'));
        }
    }
    s
}

/// Where a held action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalState {
    /// Waiting for approvers.
    Pending,
    /// Every requirement is met; the action is about to run (or running).
    Approved,
    /// The approved action ran; `result` holds what the agent gets.
    Executed,
    /// The approved action was attempted and did not succeed (the upstream failed, or the
    /// gateway stopped while it ran); `result` holds the error the agent gets.
    Failed,
    /// An approver denied it.
    Denied,
    /// Nobody decided in time.
    Expired,
    /// Withdrawn, e.g. because the agent was halted.
    Cancelled,
}

impl ApprovalState {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Executed => "executed",
            Self::Failed => "failed",
            Self::Denied => "denied",
            Self::Expired => "expired",
            Self::Cancelled => "cancelled",
        }
    }

    /// Parses a wire name.
    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Pending,
            Self::Approved,
            Self::Executed,
            Self::Failed,
            Self::Denied,
            Self::Expired,
            Self::Cancelled,
        ]
        .into_iter()
        .find(|v| v.as_str() == s)
    }

    /// Whether nothing more will happen to the approval.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Self::Executed | Self::Failed | Self::Denied | Self::Expired | Self::Cancelled
        )
    }
}

/// One approver's say on a held action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    /// The operator who decided.
    pub approver: String,
    /// `true` to approve, `false` to deny.
    pub approve: bool,
    /// The groups in whose name the vote counted.
    pub groups: Vec<String>,
    /// Optional comment.
    pub comment: Option<String>,
    /// When (RFC 3339).
    pub at: String,
}

/// A held action, bound to its exact arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Approval {
    /// The held action; its id is the approval id.
    pub action: Action,
    /// SHA-256 of the canonical JSON of the arguments: what approvers approved.
    pub args_hash: String,
    /// What must happen before it may run.
    pub requirements: Vec<Requirement>,
    /// The policies that held it.
    pub policies: Vec<String>,
    /// Where it stands.
    pub state: ApprovalState,
    /// When it was held.
    pub created_at: Timestamp,
    /// When it expires if undecided.
    pub expires_at: Timestamp,
    /// Votes so far.
    pub votes: Vec<Vote>,
    /// The response the agent gets once the approval is final (status and body).
    pub result: Option<StoredResponse>,
    /// The id of the agent token that asked (revoking it cancels the approval while pending).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// SHA-256 of the action id and the arguments exactly as the agent sent them, before
    /// minimisation masked or a disclosure was added to them: how a retry of the same call is
    /// recognised ([`request_hash`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_hash: Option<String>,
}

/// The hash that recognises a retry of held action `id` with `args` as sent (salted with the
/// action id, so that it cannot be looked up in a table of hashes of likely values).
pub fn request_hash(id: &str, args: &serde_json::Value) -> String {
    sha256_hex(format!("{id}\n{}", canonical_json(args)).as_bytes())
}

/// Who a token speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// An AI agent: may call tools, never approve or administer.
    Agent,
    /// A person operating Warden: may approve (if in the group) or administer.
    Operator,
}

impl TokenKind {
    /// The one-letter tag in the token text.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Agent => "a",
            Self::Operator => "o",
        }
    }

    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agent => "agent",
            Self::Operator => "operator",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "agent" => Some(Self::Agent),
            "operator" => Some(Self::Operator),
            _ => None,
        }
    }
}

/// An HTTP response kept for an agent that polls a held action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredResponse {
    /// HTTP status.
    pub status: u16,
    /// JSON body.
    pub body: serde_json::Value,
}

/// The hash that binds an approval to its arguments.
pub fn arguments_hash(args: &serde_json::Value) -> String {
    sha256_hex(canonical_json(args).as_bytes())
}
