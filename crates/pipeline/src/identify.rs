//! Stage *identify*: who is calling, and the record of every refused call.
//!
//! Every surface (action API, admin API, `/mcp`, the LLM proxy) authenticates here, so that
//! refusals are recorded in one place:
//!
//! - a request without a valid credential (missing, malformed, unknown, expired, revoked
//!   token) is counted per source and reason, and written as one `auth.failed` record per pair
//!   and interval ([`AuthFailures`]): an anonymous flood cannot grow the log without bound;
//! - an authenticated caller that is refused (a token of the wrong kind, an operator who is not
//!   an administrator, a vote outside the approval's groups) is written as one `access.denied`
//!   record before the answer — the caller is known, so every refusal is attributable.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::sync::Mutex;

use serde_json::json;
use warden_identify::TokenKind;
use warden_store::{Halt, TokenRecord};
use warden_types::{AuditEvent, ErrorCode, EventKind, Outcome, Timestamp};

use crate::{Gateway, Refusal};

/// Distinct (source, reason) pairs counted per interval before further sources are counted
/// together as `other`: a flood from many addresses still adds at most this many records, plus
/// one per reason, per interval.
pub const MAX_FAILURE_SOURCES: usize = 64;

/// Where a request came from and which surface it used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The peer address, when known.
    pub ip: Option<IpAddr>,
    /// The surface: `actions`, `admin`, `mcp` or `llm`.
    pub surface: &'static str,
    /// The agents whose DNS name the connection's TLS client certificate is valid for
    /// (`None`: no client certificate).
    pub cert_agents: Option<std::sync::Arc<std::collections::BTreeSet<String>>>,
}

impl Caller {
    /// A caller on `surface` from `ip`.
    pub fn new(surface: &'static str, ip: Option<IpAddr>) -> Self {
        Self {
            ip,
            surface,
            cert_agents: None,
        }
    }

    /// With the agents its client certificate speaks for.
    pub fn with_cert_agents(
        mut self,
        agents: Option<std::sync::Arc<std::collections::BTreeSet<String>>>,
    ) -> Self {
        self.cert_agents = agents;
        self
    }

    /// The source as counted: an IPv4 address, an IPv6 /64 (one host holds a whole /64), or
    /// `unknown`.
    pub fn source(&self) -> String {
        match self.ip {
            Some(IpAddr::V4(a)) => a.to_string(),
            Some(IpAddr::V6(a)) => match a.to_ipv4_mapped() {
                Some(v4) => v4.to_string(),
                None => {
                    let s = a.segments();
                    format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
                }
            },
            None => "unknown".into(),
        }
    }
}

/// Why a credential was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AuthFailure {
    /// No `Authorization: Bearer` header (or no `x-api-key`).
    Missing,
    /// Not of Warden's token shape.
    Malformed,
    /// A token id nobody holds, or a secret that does not match it.
    Unknown,
    /// Past its expiry.
    Expired,
    /// Revoked.
    Revoked,
    /// An agent token whose agent is no longer configured.
    Unconfigured,
    /// An OAuth access token signed by no key its authorization server publishes.
    Signature,
    /// An OAuth access token issued for another resource (`aud`).
    Audience,
    /// An OAuth access token whose issuer, type, times or agent claim are not as configured.
    Claims,
    /// The authorization server could not be asked about an OAuth access token (refused to
    /// be safe).
    ProviderUnavailable,
}

impl AuthFailure {
    /// The reason's name in records.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Missing => "missing",
            Self::Malformed => "malformed",
            Self::Unknown => "unknown",
            Self::Expired => "expired",
            Self::Revoked => "revoked",
            Self::Unconfigured => "unconfigured",
            Self::Signature => "signature",
            Self::Audience => "audience",
            Self::Claims => "claims",
            Self::ProviderUnavailable => "provider_unavailable",
        }
    }

    pub(crate) fn refusal(self) -> Refusal {
        let message = match self {
            Self::Missing | Self::Malformed | Self::Unknown | Self::Signature | Self::Claims => {
                "a valid bearer token is required"
            }
            Self::Audience => "this token was not issued for this Warden (its audience)",
            Self::ProviderUnavailable => {
                "the authorization server could not be reached to verify this token"
            }
            Self::Expired => "this token has expired",
            Self::Revoked => "this token has been revoked",
            Self::Unconfigured => "this token's agent is no longer configured",
        };
        Refusal::new(ErrorCode::Unauthenticated, message)
    }
}

#[derive(Debug, Clone)]
struct Tally {
    count: u64,
    first: Timestamp,
    last: Timestamp,
    surfaces: std::collections::BTreeSet<&'static str>,
}

/// Failed authentications of the current interval, counted per source and reason.
#[derive(Debug, Default)]
pub struct AuthFailures {
    window: Mutex<BTreeMap<(String, AuthFailure), Tally>>,
}

impl AuthFailures {
    /// Counts one failure.
    pub fn note(&self, caller: &Caller, reason: AuthFailure) {
        let now = Timestamp::now();
        // A poisoned lock still counts: the data is plain counters.
        let mut w = self.window.lock().unwrap_or_else(|p| p.into_inner());
        let source = bounded(&w, caller.source(), reason);
        let t = w.entry((source, reason)).or_insert_with(|| Tally {
            count: 0,
            first: now,
            last: now,
            surfaces: Default::default(),
        });
        t.count = t.count.saturating_add(1);
        t.last = now;
        t.surfaces.insert(caller.surface);
    }

    /// The counts so far, as `auth.failed` events; the window starts over. Put them back with
    /// [`AuthFailures::restore`] if they cannot be written.
    fn take(&self) -> Vec<((String, AuthFailure), Tally)> {
        let mut w = self.window.lock().unwrap_or_else(|p| p.into_inner());
        std::mem::take(&mut *w).into_iter().collect()
    }

    /// Puts counts back that could not be written; the bound on pairs holds across intervals.
    fn restore(&self, taken: Vec<((String, AuthFailure), Tally)>) {
        let mut w = self.window.lock().unwrap_or_else(|p| p.into_inner());
        for ((source, reason), old) in taken {
            let key = (bounded(&w, source, reason), reason);
            match w.get_mut(&key) {
                Some(t) => {
                    t.count = t.count.saturating_add(old.count);
                    t.first = old.first;
                    t.surfaces.extend(old.surfaces);
                }
                None => {
                    w.insert(key, old);
                }
            }
        }
    }
}

/// Each agent's request rate: a token bucket per agent (`server.agent_rate` a second, up to
/// `server.agent_burst` at once). Refusals are counted per agent and written as one
/// `access.denied` record (code `rate_limited`, with the count) per agent per interval, so a
/// flooding agent cannot grow the log by flooding.
#[derive(Debug, Default)]
pub struct RateLimits {
    buckets: Mutex<HashMap<String, Bucket>>,
    refused: Mutex<BTreeMap<String, Tally>>,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    at: std::time::Instant,
}

impl RateLimits {
    /// Takes one request from `agent`'s bucket; `Err(seconds)` until one is free again.
    pub(crate) fn take(&self, agent: &str, rate: u32, burst: u32) -> Result<(), f64> {
        let now = std::time::Instant::now();
        let (rate, burst) = (f64::from(rate.max(1)), f64::from(burst.max(1)));
        let mut b = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let bucket = b.entry(agent.to_owned()).or_insert(Bucket {
            tokens: burst,
            at: now,
        });
        bucket.tokens =
            (bucket.tokens + now.duration_since(bucket.at).as_secs_f64() * rate).min(burst);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err((1.0 - bucket.tokens) / rate)
        }
    }

    fn note_refused(&self, agent: &str, surface: &'static str) {
        let now = Timestamp::now();
        let mut w = self.refused.lock().unwrap_or_else(|p| p.into_inner());
        let t = w.entry(agent.to_owned()).or_insert_with(|| Tally {
            count: 0,
            first: now,
            last: now,
            surfaces: Default::default(),
        });
        t.count = t.count.saturating_add(1);
        t.last = now;
        t.surfaces.insert(surface);
    }

    fn take_refused(&self) -> Vec<(String, Tally)> {
        let mut w = self.refused.lock().unwrap_or_else(|p| p.into_inner());
        std::mem::take(&mut *w).into_iter().collect()
    }
}

fn rate_limited_event(agent: &str, t: &Tally) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AccessDenied,
        Outcome::Denied,
        format!(
            "{} request{} of agent `{agent}` refused: faster than its rate",
            t.count,
            if t.count == 1 { "" } else { "s" }
        ),
    );
    e.agent = Some(agent.to_owned());
    e.code = Some(ErrorCode::RateLimited.as_str().into());
    e.output = json!({
        "count": t.count,
        "first": t.first.to_rfc3339(),
        "last": t.last.to_rfc3339(),
        "surfaces": t.surfaces,
    });
    e
}

/// `source`, or `other` when the window already counts [`MAX_FAILURE_SOURCES`] pairs and this
/// one is new.
fn bounded(
    w: &BTreeMap<(String, AuthFailure), Tally>,
    source: String,
    reason: AuthFailure,
) -> String {
    if !w.contains_key(&(source.clone(), reason))
        && w.keys().filter(|(s, _)| s != "other").count() >= MAX_FAILURE_SOURCES
    {
        "other".into()
    } else {
        source
    }
}

fn failure_event((source, reason): &(String, AuthFailure), t: &Tally) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::AuthFailed,
        Outcome::Denied,
        format!(
            "{} request{} from {source} refused: {} token",
            t.count,
            if t.count == 1 { "" } else { "s" },
            reason.as_str()
        ),
    );
    e.code = Some(ErrorCode::Unauthenticated.as_str().into());
    e.output = json!({
        "source": source,
        "reason": reason.as_str(),
        "count": t.count,
        "first": t.first.to_rfc3339(),
        "last": t.last.to_rfc3339(),
        "surfaces": t.surfaces,
    });
    e
}

/// Who a refused caller was, for its `access.denied` record.
#[derive(Debug, Clone)]
pub(crate) enum Refused<'a> {
    /// An agent (by its token).
    Agent { agent: &'a str, token_id: &'a str },
    /// An operator (by its token).
    Operator { name: &'a str, token_id: &'a str },
}

/// What the identify stage knows: every token by id and every halted agent, written through by
/// each change (a revocation or halt takes effect in memory before its command returns) and
/// reloaded when another process changes them. Stale — a reload failed — means every token and
/// every agent is refused until a reload succeeds (fail closed).
#[derive(Default)]
pub(crate) struct Identities {
    tokens: std::sync::RwLock<std::collections::HashMap<String, TokenRecord>>,
    halted: std::sync::RwLock<std::collections::HashMap<String, Halt>>,
    stale: std::sync::atomic::AtomicBool,
}

impl Identities {
    pub(crate) fn new(tokens: Vec<TokenRecord>, halts: Vec<(String, Halt)>) -> Self {
        let me = Self::default();
        me.replace_tokens(tokens);
        me.replace_halts(halts);
        me
    }

    /// The token with this id; `Err` when the caches cannot be trusted (stale or poisoned).
    pub(crate) fn token(&self, id: &str) -> Result<Option<TokenRecord>, ()> {
        if self.is_stale() {
            return Err(());
        }
        let tokens = self.tokens.read().map_err(|_| ())?;
        Ok(tokens.get(id).cloned())
    }

    /// Every token that `keep` selects.
    pub(crate) fn tokens_where(
        &self,
        keep: impl Fn(&TokenRecord) -> bool,
    ) -> Result<Vec<TokenRecord>, ()> {
        let tokens = self.tokens.read().map_err(|_| ())?;
        Ok(tokens.values().filter(|t| keep(t)).cloned().collect())
    }

    /// A new or changed token (after its store write).
    pub(crate) fn put_token(&self, record: TokenRecord) {
        let mut tokens = self.tokens.write().unwrap_or_else(|p| p.into_inner());
        tokens.insert(record.id.clone(), record);
    }

    /// A halt (before its store write: no window in which the agent still acts) or its end.
    pub(crate) fn set_halt(&self, agent: &str, halt: Option<Halt>) {
        let mut halted = self.halted.write().unwrap_or_else(|p| p.into_inner());
        match halt {
            Some(h) => halted.insert(agent.to_owned(), h),
            None => halted.remove(agent),
        };
    }

    /// Why `agent` may not act, if it may not. Stale or unreadable state reads as halted.
    pub(crate) fn halt_of(&self, agent: &str) -> Option<Halt> {
        let refused = |reason: &str| Halt {
            reason: reason.into(),
            by: "warden".into(),
            at: Timestamp::now(),
        };
        if self.is_stale() {
            return Some(refused(
                "halt state could not be reloaded from the shared store",
            ));
        }
        match self.halted.read() {
            Ok(h) => h.get(agent).cloned(),
            Err(_) => Some(refused("halt state unavailable")),
        }
    }

    /// Every halted agent, with its halt.
    pub(crate) fn halts(&self) -> std::collections::HashMap<String, Halt> {
        self.halted.read().map(|h| h.clone()).unwrap_or_default()
    }

    pub(crate) fn replace_tokens(&self, list: Vec<TokenRecord>) {
        let mut tokens = self.tokens.write().unwrap_or_else(|p| p.into_inner());
        *tokens = list.into_iter().map(|t| (t.id.clone(), t)).collect();
    }

    pub(crate) fn replace_halts(&self, list: Vec<(String, Halt)>) {
        let mut halted = self.halted.write().unwrap_or_else(|p| p.into_inner());
        *halted = list.into_iter().collect();
    }

    pub(crate) fn is_stale(&self) -> bool {
        self.stale.load(std::sync::atomic::Ordering::SeqCst)
    }

    pub(crate) fn set_stale(&self, stale: bool) {
        self.stale.store(stale, std::sync::atomic::Ordering::SeqCst);
    }

    /// Reloads tokens and/or halts from the store after another process changed them; any
    /// failure leaves the caches stale (everything refused) until a reload of both works.
    pub(crate) async fn reload(&self, store: &dyn warden_store::Store, tokens: bool, halts: bool) {
        let mut failed = false;
        if tokens {
            match store.tokens().await {
                Ok(list) => self.replace_tokens(list),
                Err(e) => {
                    tracing::error!(error = %e, "cannot reload tokens; refusing until it works");
                    failed = true;
                }
            }
        }
        if halts {
            match store.halts().await {
                Ok(list) => self.replace_halts(list),
                Err(e) => {
                    tracing::error!(error = %e, "cannot reload halts; refusing until it works");
                    failed = true;
                }
            }
        }
        if failed {
            self.set_stale(true);
        } else if tokens && halts {
            self.set_stale(false);
        }
    }
}

impl Gateway {
    fn lookup(&self, bearer: Option<&str>) -> Result<Result<TokenRecord, AuthFailure>, Refusal> {
        let Some(bearer) = bearer else {
            return Ok(Err(AuthFailure::Missing));
        };
        let Some(presented) = warden_identify::parse(bearer) else {
            return Ok(Err(AuthFailure::Malformed));
        };
        let Some(record) = self.identities.token(presented.id).map_err(|()| {
            Refusal::new(
                ErrorCode::Internal,
                "token state could not be reloaded from the shared store; refused to be safe",
            )
        })?
        else {
            return Ok(Err(AuthFailure::Unknown));
        };
        // INVARIANT: the hash comparison runs for every known id, whatever the kind, so timing
        // does not reveal which check failed.
        let matches = presented.matches(&record.hash);
        if !matches || record.kind != presented.kind {
            return Ok(Err(AuthFailure::Unknown));
        }
        if record.revoked_at.is_some() {
            return Ok(Err(AuthFailure::Revoked));
        }
        if record.expires_at.is_some_and(|t| t <= Timestamp::now()) {
            return Ok(Err(AuthFailure::Expired));
        }
        Ok(Ok(record))
    }

    /// A valid token of either kind, or the refusal (a failure is counted for `auth.failed`).
    fn identify(&self, bearer: Option<&str>, caller: &Caller) -> Result<TokenRecord, Refusal> {
        match self.lookup(bearer)? {
            Ok(record) => Ok(record),
            Err(reason) => {
                self.auth_failures.note(caller, reason);
                Err(reason.refusal())
            }
        }
    }

    /// Identifies an agent by its bearer token. An operator token is refused and recorded.
    pub async fn authenticate_agent(
        &self,
        bearer: Option<&str>,
        caller: &Caller,
    ) -> Result<crate::AgentIdentity, Refusal> {
        // A token that is not Warden's is an OAuth access token when `[oauth]` is configured.
        if let (Some(token), Some(o)) = (bearer, self.dep().oauth.as_ref())
            && warden_identify::parse(token).is_none()
        {
            let o = o.clone();
            let (agent, token_id) = self.authenticate_oauth(&o, token, caller).await?;
            return self.bound_to_certificate(agent, token_id, caller).await;
        }
        let record = self.identify(bearer, caller)?;
        if record.kind != TokenKind::Agent {
            let r = Refusal::new(
                ErrorCode::Forbidden,
                "operator tokens cannot act as an agent",
            );
            return Err(self
                .access_denied(
                    Refused::Operator {
                        name: &record.subject,
                        token_id: &record.id,
                    },
                    caller,
                    r,
                )
                .await);
        }
        if !self.dep().agents.contains_key(&record.subject) {
            self.auth_failures.note(caller, AuthFailure::Unconfigured);
            return Err(AuthFailure::Unconfigured.refusal());
        }
        self.bound_to_certificate(record.subject, record.id, caller)
            .await
    }

    /// The agent, unless mutual TLS is configured and the connection's client certificate is
    /// not the agent's (refused and recorded).
    async fn bound_to_certificate(
        &self,
        agent: String,
        token_id: String,
        caller: &Caller,
    ) -> Result<crate::AgentIdentity, Refusal> {
        // Mutual TLS: an agent token is bound to the agent's client certificate (a stolen
        // token alone does not act).
        let bound = self
            .dep()
            .tls
            .as_ref()
            .is_some_and(|t| t.client_ca_file.is_some());
        if bound
            && !caller
                .cert_agents
                .as_ref()
                .is_some_and(|a| a.contains(&agent))
        {
            let r = Refusal::new(
                ErrorCode::Forbidden,
                format!(
                    "agent `{agent}` must present its TLS client certificate (one valid for the DNS name `{agent}`)"
                ),
            );
            return Err(self
                .access_denied(
                    Refused::Agent {
                        agent: &agent,
                        token_id: &token_id,
                    },
                    caller,
                    r,
                )
                .await);
        }
        Ok(crate::AgentIdentity { agent, token_id })
    }

    /// Identifies an operator by its bearer token. An agent token is refused and recorded.
    pub async fn authenticate_operator(
        &self,
        bearer: Option<&str>,
        caller: &Caller,
    ) -> Result<crate::Operator, Refusal> {
        let record = self.identify(bearer, caller)?;
        if record.kind != TokenKind::Operator {
            let r = Refusal::new(
                ErrorCode::Forbidden,
                "agent tokens cannot use the admin API",
            );
            return Err(self
                .access_denied(
                    Refused::Agent {
                        agent: &record.subject,
                        token_id: &record.id,
                    },
                    caller,
                    r,
                )
                .await);
        }
        Ok(crate::Operator {
            name: record.subject,
            admin: record.admin,
            token_id: record.id,
            groups: Vec::new(),
        })
    }

    /// Identifies an administrator: an operator token that may administer. An operator who may
    /// not is refused and recorded.
    pub async fn authenticate_admin(
        &self,
        bearer: Option<&str>,
        caller: &Caller,
    ) -> Result<crate::Admin, Refusal> {
        let op = self.authenticate_operator(bearer, caller).await?;
        if !op.admin {
            let r = Refusal::new(
                ErrorCode::Forbidden,
                format!("`{}` is not an administrator", op.name),
            );
            return Err(self
                .access_denied(
                    Refused::Operator {
                        name: &op.name,
                        token_id: &op.token_id,
                    },
                    caller,
                    r,
                )
                .await);
        }
        Ok(crate::Admin(op))
    }

    /// Records that an authenticated caller was refused, then returns the refusal (or the
    /// internal error if the record cannot be written: nothing is refused unrecorded).
    pub(crate) async fn access_denied(
        &self,
        who: Refused<'_>,
        caller: &Caller,
        refusal: Refusal,
    ) -> Refusal {
        let mut e = AuditEvent::new(
            EventKind::AccessDenied,
            Outcome::Denied,
            refusal.message.clone(),
        );
        let token_id = match who {
            Refused::Agent { agent, token_id } => {
                e.agent = Some(agent.to_owned());
                token_id
            }
            Refused::Operator { name, token_id } => {
                e.actor = Some(name.to_owned());
                token_id
            }
        };
        e.code = Some(refusal.code.as_str().into());
        e.output = json!({
            "surface": caller.surface,
            "source": caller.source(),
            "token_id": token_id,
            "details": refusal.details,
        });
        match self.store.append(vec![e]).await {
            Ok(_) => refusal,
            Err(err) => {
                tracing::error!(error = %err, "cannot record a refused access");
                Refusal::internal()
            }
        }
    }

    /// Records that `who` presented an MCP session of another agent (answered like an unknown
    /// session, so the caller learns nothing).
    pub async fn foreign_session(&self, who: &crate::AgentIdentity, caller: &Caller) {
        let r = Refusal::new(
            ErrorCode::Forbidden,
            format!(
                "agent `{}` presented another agent's MCP session",
                who.agent
            ),
        );
        let _ = self
            .access_denied(
                Refused::Agent {
                    agent: &who.agent,
                    token_id: &who.token_id,
                },
                caller,
                r,
            )
            .await;
    }

    /// Whether `agent` may make one more request now (`surface`: `actions`, `mcp`, `llm`);
    /// a refusal is counted for its aggregated record and says when to retry.
    pub fn admit(&self, agent: &str, surface: &'static str) -> Result<(), Refusal> {
        let limits = self.dep().limits;
        match self
            .rate_limits
            .take(agent, limits.agent_rate, limits.agent_burst)
        {
            Ok(()) => Ok(()),
            Err(wait) => {
                self.rate_limits.note_refused(agent, surface);
                Err(Refusal::new(
                    ErrorCode::RateLimited,
                    format!(
                        "agent `{agent}` sends faster than its {} requests a second; retry later",
                        limits.agent_rate
                    ),
                )
                .with("retry_after", json!(wait.ceil().max(1.0))))
            }
        }
    }

    /// Writes the failed authentications counted since the last call as `auth.failed` records
    /// (kept for the next call if the log cannot be written), and the rate-limited requests as
    /// `access.denied` records, one per agent.
    pub async fn flush_auth_failures(&self) {
        // Tokens of Warden's own MCP connections, obtained where no store was at hand.
        let issued = crate::upstream_oauth::take_connection_events();
        if !issued.is_empty()
            && let Err(e) = self.store.append(issued).await
        {
            tracing::error!(error = %e, "cannot record MCP connection tokens");
        }
        let limited = self.rate_limits.take_refused();
        if !limited.is_empty() {
            let events = limited
                .iter()
                .map(|(a, t)| rate_limited_event(a, t))
                .collect();
            if let Err(e) = self.store.append(events).await {
                tracing::error!(error = %e, "cannot record rate-limited requests");
            }
        }
        let taken = self.auth_failures.take();
        if taken.is_empty() {
            return;
        }
        let events = taken.iter().map(|(k, t)| failure_event(k, t)).collect();
        if let Err(e) = self.store.append(events).await {
            tracing::error!(error = %e, "cannot record failed authentications; kept for later");
            self.auth_failures.restore(taken);
        }
    }

    /// Runs [`Gateway::flush_auth_failures`] every `audit.auth_failures_every`.
    pub async fn run_auth_failures(self: std::sync::Arc<Self>) {
        let mut tick = tokio::time::interval(self.dep().audit.auth_failures_every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        tick.tick().await;
        loop {
            tick.tick().await;
            self.flush_auth_failures().await;
        }
    }

    pub(crate) fn halt_of(&self, agent: &str) -> Option<Halt> {
        self.identities.halt_of(agent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_bounded_and_ipv6_counted_per_64() {
        let f = AuthFailures::default();
        for i in 0..1000u32 {
            let ip = IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + i));
            f.note(&Caller::new("actions", Some(ip)), AuthFailure::Missing);
            f.note(&Caller::new("admin", Some(ip)), AuthFailure::Unknown);
        }
        let taken = f.take();
        // 32 sources of their own (each with both reasons), the rest as `other`.
        assert_eq!(taken.len(), MAX_FAILURE_SOURCES + 2);
        let total: u64 = taken.iter().map(|(_, t)| t.count).sum();
        assert_eq!(total, 2000);
        // Counts that could not be written come back within the same bound.
        for i in 0..1000u32 {
            let ip = IpAddr::from(std::net::Ipv4Addr::from(0x0b00_0000 + i));
            f.note(&Caller::new("mcp", Some(ip)), AuthFailure::Revoked);
        }
        f.restore(taken);
        let again = f.take();
        assert!(again.len() <= MAX_FAILURE_SOURCES + 6, "{}", again.len());
        assert_eq!(again.iter().map(|(_, t)| t.count).sum::<u64>(), 3000);
        let taken = again;
        assert!(taken.iter().any(|((s, _), _)| s == "other"));

        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        assert_eq!(
            Caller::new("mcp", Some(a)).source(),
            Caller::new("mcp", Some(b)).source()
        );
        assert_eq!(Caller::new("mcp", Some(a)).source(), "2001:db8:1:2::/64");
        let mapped: IpAddr = "::ffff:10.1.2.3".parse().unwrap();
        assert_eq!(Caller::new("mcp", Some(mapped)).source(), "10.1.2.3");
        assert_eq!(Caller::new("mcp", None).source(), "unknown");
    }

    #[test]
    fn restored_counts_add_up() {
        let f = AuthFailures::default();
        let c = Caller::new("actions", None);
        f.note(&c, AuthFailure::Expired);
        f.note(&c, AuthFailure::Expired);
        let taken = f.take();
        f.note(&c, AuthFailure::Expired);
        f.restore(taken);
        let again = f.take();
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].1.count, 3);
        let e = failure_event(&again[0].0, &again[0].1);
        assert_eq!(e.output["count"], 3);
        assert_eq!(e.output["reason"], "expired");
        assert_eq!(e.event, EventKind::AuthFailed);
    }
}
