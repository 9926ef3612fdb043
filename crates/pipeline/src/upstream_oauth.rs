//! Upstream access tokens: a connector with `oauth = "NAME"` sends the token its
//! `[oauth_clients.NAME]` obtains — Warden's own (client credentials, RFC 6749 §4.4) or the
//! calling agent's access token exchanged for one to the upstream (RFC 8693), so that the
//! upstream sees the agent as the subject and Warden as the actor.
//!
//! Tokens are cached in memory until shortly before they expire (an exchanged one never past
//! the agent's own token), never stored, logged, recorded or shown to the agent; every token
//! obtained (and every refusal) is recorded as `secret.issued`. One request per token at a time:
//! concurrent calls that need the same token wait for one fetch.
//!
//! The agent's token for an exchange is the last one it authenticated with (kept in memory,
//! per credential, until it expires) — also for a held action, which runs when it is approved:
//! an agent whose token expired before then, with no newer one presented, gets the action
//! failed, never run under another identity.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use warden_types::{
    Action, AuditEvent, ClientAuthMethod, EventKind, OAuthClient, OAuthGrant, Outcome, Timestamp,
};
use warden_vault::Zeroizing;

use crate::Gateway;

const TOKEN_EXCHANGE: &str = "urn:ietf:params:oauth:grant-type:token-exchange";
const ACCESS_TOKEN_TYPE: &str = "urn:ietf:params:oauth:token-type:access_token";
/// Most tokens (Warden's, exchanged ones, agents' kept for exchange) held at once.
const MAX_CACHED: usize = 10_000;
/// The largest token endpoint answer read.
const MAX_ANSWER_BYTES: usize = 64 * 1024;
/// The longest access token accepted.
const MAX_TOKEN_BYTES: usize = 16 * 1024;
/// A cached token is not used in its last this-much (or its last tenth, if shorter): the
/// upstream must not receive one that expires on the way.
const EXPIRY_MARGIN: Duration = Duration::from_secs(30);

/// How long a failed token request is remembered: calls in the meantime fail at once instead of
/// queueing one request each behind an authorization server that is down or refusing.
const FAILURE_PAUSE: Duration = Duration::from_secs(5);
/// The longest lifetime believed (a larger `expires_in` is taken as this).
const MAX_LIFETIME: u64 = 24 * 3600;

/// An access token (or why there is none) with when to stop using that answer.
struct Cached {
    token: Result<Zeroizing<String>, String>,
    until: Instant,
}

/// The tokens at hand. Keys: the client's configuration (a changed client never reuses a token
/// of its old self) and, for an exchange, the agent's credential and its token (a new token of
/// the agent — fewer scopes, another session — is exchanged anew).
#[derive(Default)]
pub(crate) struct UpstreamTokens {
    tokens: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Option<Cached>>>>>,
    /// Agents' own access tokens by credential id, for exchanges: (token, expiry).
    subjects: Mutex<HashMap<String, (Zeroizing<String>, Instant)>>,
}

impl UpstreamTokens {
    /// Remembers `token`, the access token the credential `token_id` authenticated with,
    /// until it expires (`expires`, Unix seconds).
    pub(crate) fn remember_subject(&self, token_id: &str, token: &str, expires: i64) {
        let left = expires - Timestamp::now().unix_seconds();
        let Ok(left) = u64::try_from(left) else {
            return;
        };
        let until = Instant::now() + Duration::from_secs(left);
        let Ok(mut s) = self.subjects.lock() else {
            return;
        };
        if let Some((t, u)) = s.get(token_id)
            && t.as_str() == token
            && *u == until
        {
            return;
        }
        if s.len() >= MAX_CACHED && !s.contains_key(token_id) {
            let now = Instant::now();
            s.retain(|_, (_, u)| *u > now);
            if s.len() >= MAX_CACHED {
                return;
            }
        }
        s.insert(
            token_id.to_owned(),
            (Zeroizing::new(token.to_owned()), until),
        );
    }

    /// The unexpired access token the credential `token_id` last authenticated with.
    fn subject(&self, token_id: &str) -> Option<(Zeroizing<String>, Instant)> {
        let s = self.subjects.lock().ok()?;
        let (t, until) = s.get(token_id)?;
        (*until > Instant::now()).then(|| (t.clone(), *until))
    }

    fn slot(&self, key: &str) -> Arc<tokio::sync::Mutex<Option<Cached>>> {
        let mut m = match self.tokens.lock() {
            Ok(m) => m,
            Err(p) => p.into_inner(),
        };
        if let Some(s) = m.get(key) {
            return Arc::clone(s);
        }
        if m.len() >= MAX_CACHED {
            let now = Instant::now();
            // Drop what nobody is fetching and is expired (or empty).
            m.retain(|_, slot| {
                Arc::strong_count(slot) > 1
                    || slot
                        .try_lock()
                        .map_or(true, |c| c.as_ref().is_some_and(|c| c.until > now))
            });
        }
        let slot = Arc::new(tokio::sync::Mutex::new(None));
        if m.len() < MAX_CACHED {
            m.insert(key.to_owned(), Arc::clone(&slot));
        }
        slot
    }
}

/// Why no upstream token: safe to show to the agent (names the client, never a token).
#[derive(Debug)]
pub(crate) struct TokenError(pub(crate) String);

/// The form a token request sends (RFC 6749 §4.4.2, RFC 8693 §2.1), without the client's
/// authentication.
fn request_form(client: &OAuthClient, subject: Option<&str>) -> Vec<(&'static str, String)> {
    let mut form = Vec::new();
    match client.grant {
        OAuthGrant::ClientCredentials => form.push(("grant_type", "client_credentials".into())),
        OAuthGrant::TokenExchange => {
            form.push(("grant_type", TOKEN_EXCHANGE.into()));
            form.push(("subject_token", subject.unwrap_or_default().to_owned()));
            form.push(("subject_token_type", ACCESS_TOKEN_TYPE.into()));
            form.push(("requested_token_type", ACCESS_TOKEN_TYPE.into()));
        }
    }
    if let Some(r) = &client.resource {
        form.push(("resource", r.clone()));
    }
    if let Some(a) = &client.audience {
        form.push(("audience", a.clone()));
    }
    if let Some(s) = &client.scope {
        form.push(("scope", s.clone()));
    }
    form
}

/// What a token endpoint granted.
struct Granted {
    token: Zeroizing<String>,
    expires_in: Option<u64>,
    scope: Option<String>,
}

impl std::fmt::Debug for Granted {
    /// Never the token.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Granted")
            .field("expires_in", &self.expires_in)
            .field("scope", &self.scope)
            .finish_non_exhaustive()
    }
}

/// A token for a call, and the cache key it was kept under (to drop it if refused).
pub(crate) struct Issued {
    pub(crate) token: Zeroizing<String>,
    key: String,
}

/// Reads a token endpoint's answer (RFC 6749 §5.1/§5.2): the token, or why not.
fn read_answer(status: u16, body: &[u8]) -> Result<Granted, String> {
    let v: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    if !(200..300).contains(&status) {
        // Only the error code: a description is the server's free text.
        let code = v
            .get("error")
            .and_then(Value::as_str)
            .filter(|c| c.len() <= 64 && c.bytes().all(|b| (0x20..0x7f).contains(&b)))
            .unwrap_or("no error code");
        return Err(format!("refused (HTTP {status}, {code})"));
    }
    let token = v
        .get("access_token")
        .and_then(Value::as_str)
        .ok_or("answered without an access token")?;
    // Visible ASCII only: it goes into a header.
    if token.is_empty()
        || token.len() > MAX_TOKEN_BYTES
        || !token.bytes().all(|b| (0x21..0x7f).contains(&b))
    {
        return Err("answered with an access token that cannot be sent".into());
    }
    let kind = v.get("token_type").and_then(Value::as_str).unwrap_or("");
    if !kind.eq_ignore_ascii_case("bearer") {
        return Err(format!(
            "answered with a `{}` token, not a bearer token",
            kind.chars().take(32).collect::<String>()
        ));
    }
    let expires_in = match v.get("expires_in") {
        None | Some(Value::Null) => None,
        Some(e) => Some(
            e.as_u64()
                .or_else(|| {
                    e.as_f64()
                        .filter(|f| f.is_finite() && *f >= 0.0)
                        .map(|f| f.min(MAX_LIFETIME as f64) as u64)
                })
                .ok_or("answered with a malformed `expires_in`")?
                .min(MAX_LIFETIME),
        ),
    };
    let scope = v
        .get("scope")
        .and_then(Value::as_str)
        .map(|s| s.chars().take(1024).collect());
    Ok(Granted {
        token: Zeroizing::new(token.to_owned()),
        expires_in,
        scope,
    })
}

/// Until when a token granted `expires_in` seconds from `now` is used: its lifetime less the
/// margin, never past `cap` (the agent's own token, for an exchange). `None`: not cached (no
/// lifetime given, or too short to keep).
fn usable_until(now: Instant, expires_in: Option<u64>, cap: Option<Instant>) -> Option<Instant> {
    let life = Duration::from_secs(expires_in?.min(MAX_LIFETIME));
    let margin = EXPIRY_MARGIN.min(life / 10);
    let until = now.checked_add(life.checked_sub(margin)?)?;
    let until = cap.map_or(until, |c| c.min(until));
    (until > now).then_some(until)
}

/// A cache key: the client's whole configuration and, for an exchange, the agent's credential.
fn key(client: &OAuthClient, subject: Option<&str>) -> String {
    warden_types::sha256_hex(
        format!(
            "{:?}\n{}\n{}\n{}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{}",
            client.grant,
            client.name,
            client.token_endpoint,
            client.client_id,
            client.client_secret,
            client.auth_method,
            client.scope,
            client.resource,
            client.audience,
            subject.unwrap_or_default()
        )
        .as_bytes(),
    )
}

impl Gateway {
    /// Remembers an agent's access token for exchanges, when a client exchanges tokens.
    pub(crate) fn remember_subject_token(&self, token_id: &str, token: &str, expires: i64) {
        let exchanges = self
            .dep()
            .oauth_clients
            .values()
            .any(|c| c.grant == OAuthGrant::TokenExchange);
        if exchanges {
            self.upstream_tokens
                .remember_subject(token_id, token, expires);
        }
    }

    /// The access token `client` sends for `action`, from the cache or its authorization
    /// server; `credential` is the agent credential the action came with (an exchange uses
    /// that credential's last token). Each token obtained, and each refusal, adds a
    /// `secret.issued` event to `events`.
    pub(crate) async fn upstream_token(
        &self,
        client: &OAuthClient,
        action: &Action,
        credential: Option<&str>,
        events: &mut Vec<AuditEvent>,
    ) -> Result<Issued, TokenError> {
        let (subject, cap) = match client.grant {
            OAuthGrant::ClientCredentials => (None, None),
            OAuthGrant::TokenExchange => {
                let found = credential
                    .filter(|c| c.starts_with("oauth:"))
                    .and_then(|c| self.upstream_tokens.subject(c).map(|s| (c, s)));
                let Some((credential, (token, until))) = found else {
                    let why = format!(
                        "`{}` exchanges the agent's OAuth access token for the upstream's, and none is at hand (the agent did not authenticate with one, or it expired before the action ran)",
                        client.name
                    );
                    events.push(self.issued_event(client, action, None, Err(&why)));
                    return Err(TokenError(why));
                };
                (Some((credential.to_owned(), token)), Some(until))
            }
        };
        let key = key(
            client,
            subject
                .as_ref()
                .map(|(c, t)| format!("{c}\n{}", warden_types::sha256_hex(t.as_bytes())))
                .as_deref(),
        );
        let slot = self.upstream_tokens.slot(&key);
        // Behind another call's request for the same token: at most as long as that one may take.
        let Ok(mut cached) = tokio::time::timeout(client.timeout * 2, slot.lock()).await else {
            return Err(TokenError(format!(
                "no access token for `{}`: its authorization server is slow to answer",
                client.name
            )));
        };
        if let Some(c) = cached.as_ref()
            && c.until > Instant::now()
        {
            return match &c.token {
                Ok(t) => Ok(Issued {
                    token: t.clone(),
                    key,
                }),
                Err(why) => Err(TokenError(why.clone())),
            };
        }
        let credential = subject.as_ref().map(|(c, _)| c.as_str());
        let granted = self
            .request_token(client, subject.as_ref().map(|(_, t)| t.as_str()))
            .await;
        match granted {
            Ok(g) => {
                events.push(self.issued_event(client, action, credential, Ok(&g)));
                *cached = usable_until(Instant::now(), g.expires_in, cap).map(|until| Cached {
                    token: Ok(g.token.clone()),
                    until,
                });
                Ok(Issued {
                    token: g.token,
                    key,
                })
            }
            Err(why) => {
                let why = format!(
                    "no access token for `{}` from its authorization server: {why}",
                    client.name
                );
                events.push(self.issued_event(client, action, credential, Err(&why)));
                *cached = Some(Cached {
                    token: Err(why.clone()),
                    until: Instant::now() + FAILURE_PAUSE,
                });
                Err(TokenError(why))
            }
        }
    }

    /// Drops `sent`, the token kept under its key, if it is still the one kept: the upstream
    /// refused it (`401`), so it was revoked or its keys rotated; the next call obtains a new
    /// one. A newer token a concurrent call already obtained stays.
    pub(crate) fn forget_upstream_token(&self, sent: &Issued) {
        let slot = match self.upstream_tokens.tokens.lock() {
            Ok(m) => m.get(&sent.key).cloned(),
            Err(_) => None,
        };
        if let Some(slot) = slot
            && let Ok(mut cached) = slot.try_lock()
            && cached.as_ref().is_some_and(|c| {
                c.token
                    .as_ref()
                    .is_ok_and(|t| t.as_str() == sent.token.as_str())
            })
        {
            *cached = None;
        }
    }

    /// One token request.
    async fn request_token(
        &self,
        client: &OAuthClient,
        subject: Option<&str>,
    ) -> Result<Granted, String> {
        let secret = self
            .render_header(&client.client_secret)
            .map_err(|e| format!("its client secret cannot be resolved ({e})"))?;
        request_token(&self.llm_http, client, &secret, subject).await
    }
}

/// One token request to `client`'s endpoint, authenticated with `secret`; `subject` is the
/// agent's token for an exchange.
async fn request_token(
    http: &reqwest::Client,
    client: &OAuthClient,
    secret: &Zeroizing<String>,
    subject: Option<&str>,
) -> Result<Granted, String> {
    // The pairs hold the secret and the agent's token: wiped when dropped.
    let mut pairs: Vec<(&str, Zeroizing<String>)> = request_form(client, subject)
        .into_iter()
        .map(|(k, v)| (k, Zeroizing::new(v)))
        .collect();
    let mut req = http
        .post(&client.token_endpoint)
        .timeout(client.timeout)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "application/json");
    match client.auth_method {
        ClientAuthMethod::Basic => {
            // RFC 6749 §2.3.1: id and secret form-encoded before Basic.
            let enc =
                |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
            req = req.basic_auth(enc(&client.client_id), Some(enc(secret)));
        }
        ClientAuthMethod::Post => {
            pairs.push(("client_id", Zeroizing::new(client.client_id.clone())));
            pairs.push(("client_secret", Zeroizing::new(secret.as_str().to_owned())));
        }
    }
    let body = Zeroizing::new(
        url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())))
            .finish(),
    );
    drop(pairs);
    let resp = req
        .body(body.as_str().to_owned())
        .send()
        .await
        .map_err(|e| {
            if e.is_timeout() {
                format!("no answer within {} ms", client.timeout.as_millis())
            } else {
                "the token endpoint could not be reached".to_owned()
            }
        })?;
    let status = resp.status().as_u16();
    let bytes = warden_http::read_capped(resp, MAX_ANSWER_BYTES)
        .await
        .map_err(|_| "the token endpoint's answer was too large or broken off".to_owned())?;
    read_answer(status, &bytes)
}

impl Gateway {
    /// `secret.issued` for `action`: a token obtained (`Ok`) or refused (`Err`), never the token.
    fn issued_event(
        &self,
        client: &OAuthClient,
        action: &Action,
        credential: Option<&str>,
        outcome: Result<&Granted, &str>,
    ) -> AuditEvent {
        let ok = outcome.is_ok();
        let mut e = self.event_for(
            action,
            EventKind::SecretIssued,
            if ok {
                Outcome::Success
            } else {
                Outcome::Failure
            },
        );
        let what = match client.grant {
            OAuthGrant::ClientCredentials => "an access token (client credentials)".to_owned(),
            OAuthGrant::TokenExchange => {
                format!("agent `{}`'s access token exchanged", action.agent)
            }
        };
        e.description = match outcome {
            Ok(_) => format!(
                "{what} for `{}` through OAuth client `{}`",
                action.tool, client.name
            ),
            Err(why) => format!("{what} for `{}` failed: {why}", action.tool),
        };
        if !ok {
            e.code = Some("upstream_token".into());
        }
        e.output = issued_output(client, credential, outcome);
        e
    }
}

/// What a `secret.issued` record says of a token request (never the token).
fn issued_output(
    client: &OAuthClient,
    credential: Option<&str>,
    outcome: Result<&Granted, &str>,
) -> Value {
    let (scope, expires_in) = match outcome {
        Ok(g) => (g.scope.clone(), g.expires_in),
        Err(_) => (None, None),
    };
    json!({
        "client": client.name,
        "grant": client.grant.as_str(),
        "token_endpoint": client.token_endpoint,
        "client_id": client.client_id,
        "resource": client.resource,
        "audience": client.audience,
        "subject_credential": credential,
        "scope": scope,
        "expires_in": expires_in,
    })
}

/// `secret.issued` records of Warden's own MCP connections, waiting for the next flush of
/// refused requests (`flush_auth_failures`): their tokens are obtained where no store is at
/// hand (at start, while the servers' tools are discovered). At most [`MAX_PENDING`] wait.
static CONNECTION_EVENTS: Mutex<Vec<AuditEvent>> = Mutex::new(Vec::new());
const MAX_PENDING: usize = 1000;

/// The connection token records waiting to be written.
pub(crate) fn take_connection_events() -> Vec<AuditEvent> {
    CONNECTION_EVENTS
        .lock()
        .map(|mut v| std::mem::take(&mut *v))
        .unwrap_or_default()
}

/// Resolves an OAuth client's secret (a template) for an MCP server's connection.
pub(crate) type SecretResolver =
    Arc<dyn Fn(&warden_types::Template) -> Result<Zeroizing<String>, String> + Send + Sync>;

/// The access token of Warden's own connection to an MCP server (`connection_oauth`, client
/// credentials): cached like a call's token, each request recorded as `secret.issued` with the
/// server as its system.
pub(crate) struct ConnectionTokens {
    server: String,
    client: OAuthClient,
    http: reqwest::Client,
    secret: SecretResolver,
    cached: tokio::sync::Mutex<Option<Cached>>,
}

impl ConnectionTokens {
    pub(crate) fn new(
        server: &str,
        client: OAuthClient,
        http: reqwest::Client,
        secret: SecretResolver,
    ) -> Self {
        Self {
            server: server.to_owned(),
            client,
            http,
            secret,
            cached: tokio::sync::Mutex::new(None),
        }
    }

    async fn current(&self) -> Result<Zeroizing<String>, String> {
        let Ok(mut cached) =
            tokio::time::timeout(self.client.timeout * 2, self.cached.lock()).await
        else {
            return Err("its authorization server is slow to answer".into());
        };
        if let Some(c) = cached.as_ref()
            && c.until > Instant::now()
        {
            return c.token.clone();
        }
        let granted = match (self.secret)(&self.client.client_secret) {
            Ok(secret) => request_token(&self.http, &self.client, &secret, None).await,
            Err(e) => Err(format!("its client secret cannot be resolved ({e})")),
        };
        let why = granted.as_ref().err().map(|w| {
            format!(
                "no access token for MCP server `{}` from `{}`'s authorization server: {w}",
                self.server, self.client.name
            )
        });
        let mut e = AuditEvent::new(
            EventKind::SecretIssued,
            if why.is_none() {
                Outcome::Success
            } else {
                Outcome::Failure
            },
            match &why {
                None => format!(
                    "an access token (client credentials) for Warden's connection to MCP server `{}` through OAuth client `{}`",
                    self.server, self.client.name
                ),
                Some(w) => w.clone(),
            },
        );
        e.systems = vec![self.server.clone()];
        e.output = issued_output(
            &self.client,
            None,
            match (&granted, &why) {
                (Ok(g), _) => Ok(g),
                (Err(_), Some(w)) => Err(w.as_str()),
                (Err(w), None) => Err(w.as_str()),
            },
        );
        if why.is_some() {
            e.code = Some("upstream_token".into());
        }
        if let Ok(mut pending) = CONNECTION_EVENTS.lock()
            && pending.len() < MAX_PENDING
        {
            pending.push(e);
        }
        match granted {
            Ok(g) => {
                *cached = usable_until(Instant::now(), g.expires_in, None).map(|until| Cached {
                    token: Ok(g.token.clone()),
                    until,
                });
                Ok(g.token)
            }
            Err(_) => {
                let why = why.unwrap_or_default();
                *cached = Some(Cached {
                    token: Err(why.clone()),
                    until: Instant::now() + FAILURE_PAUSE,
                });
                Err(why)
            }
        }
    }
}

impl warden_mcp::upstream::ConnectionToken for ConnectionTokens {
    fn token(
        &self,
    ) -> std::pin::Pin<Box<dyn Future<Output = Result<Zeroizing<String>, String>> + Send + '_>>
    {
        Box::pin(self.current())
    }

    fn refused(&self, token: &str) {
        if let Ok(mut cached) = self.cached.try_lock()
            && cached
                .as_ref()
                .is_some_and(|c| c.token.as_ref().is_ok_and(|t| t.as_str() == token))
        {
            *cached = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(grant: OAuthGrant) -> OAuthClient {
        OAuthClient {
            name: "crm".into(),
            grant,
            token_endpoint: "https://login.example/token".into(),
            client_id: "warden".into(),
            client_secret: warden_types::Template::parse("{{secret:crm}}").unwrap(),
            auth_method: ClientAuthMethod::Basic,
            scope: Some("crm.write".into()),
            resource: Some("https://crm.example/api".into()),
            audience: None,
            timeout: Duration::from_secs(5),
        }
    }

    #[test]
    fn forms_follow_the_rfcs() {
        let cc = request_form(&client(OAuthGrant::ClientCredentials), None);
        assert_eq!(cc[0], ("grant_type", "client_credentials".into()));
        assert!(!cc.iter().any(|(k, _)| *k == "subject_token"));
        assert!(cc.contains(&("resource", "https://crm.example/api".into())));
        let te = request_form(&client(OAuthGrant::TokenExchange), Some("agent.jwt"));
        assert_eq!(te[0], ("grant_type", TOKEN_EXCHANGE.into()));
        assert!(te.contains(&("subject_token", "agent.jwt".into())));
        assert!(te.contains(&("subject_token_type", ACCESS_TOKEN_TYPE.into())));
        assert!(te.contains(&("scope", "crm.write".into())));
    }

    #[test]
    fn answers_are_read_strictly() {
        let ok = read_answer(
            200,
            br#"{"access_token":"abc.def","token_type":"bearer","expires_in":300,"scope":"a b"}"#,
        )
        .unwrap();
        assert_eq!(ok.token.as_str(), "abc.def");
        assert_eq!(ok.expires_in, Some(300));
        assert_eq!(ok.scope.as_deref(), Some("a b"));
        // RFC 6749 §5.2: only the code is repeated, never the description.
        let e = read_answer(
            400,
            br#"{"error":"invalid_grant","error_description":"subject eyJ.leak"}"#,
        )
        .unwrap_err();
        assert_eq!(e, "refused (HTTP 400, invalid_grant)");
        assert!(
            read_answer(500, b"<html>")
                .unwrap_err()
                .contains("no error code")
        );
        // A hostile lifetime is believed up to a day, and never overflows the clock.
        for huge in ["1e300", "18446744073709551615", "1.5e19"] {
            let body =
                format!(r#"{{"access_token":"a","token_type":"Bearer","expires_in":{huge}}}"#);
            let g = read_answer(200, body.as_bytes()).unwrap();
            assert_eq!(g.expires_in, Some(MAX_LIFETIME), "{huge}");
        }
        assert!(usable_until(Instant::now(), Some(u64::MAX), None).is_some());
        // Debug output never shows the token.
        let g = read_answer(
            200,
            br#"{"access_token":"tok-debug-canary","token_type":"Bearer"}"#,
        )
        .unwrap();
        assert!(!format!("{g:?}").contains("tok-debug-canary"));
        for bad in [
            &br#"{"token_type":"Bearer"}"#[..],
            br#"{"access_token":"","token_type":"Bearer"}"#,
            br#"{"access_token":"a\r\nX-Injected: 1","token_type":"Bearer"}"#,
            br#"{"access_token":"a b","token_type":"Bearer"}"#,
            br#"{"access_token":"abc","token_type":"N_A"}"#,
            br#"{"access_token":"abc","token_type":"DPoP"}"#,
            br#"{"access_token":"abc","token_type":"Bearer","expires_in":"soon"}"#,
            br#"{"access_token":"abc","token_type":"Bearer","expires_in":-5}"#,
            b"not json",
        ] {
            assert!(
                read_answer(200, bad).is_err(),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn tokens_are_dropped_before_they_expire() {
        let now = Instant::now();
        assert_eq!(
            usable_until(now, Some(300), None),
            Some(now + Duration::from_secs(270))
        );
        // A short life keeps a tenth in reserve.
        assert_eq!(
            usable_until(now, Some(10), None),
            Some(now + Duration::from_secs(9))
        );
        assert_eq!(usable_until(now, None, None), None);
        assert_eq!(usable_until(now, Some(0), None), None);
        // An exchanged token is not used past the agent's own.
        let cap = now + Duration::from_secs(60);
        assert_eq!(usable_until(now, Some(3600), Some(cap)), Some(cap));
    }

    #[test]
    fn keys_separate_clients_configurations_and_subjects() {
        let a = client(OAuthGrant::TokenExchange);
        let mut b = a.clone();
        b.scope = Some("crm.read".into());
        assert_ne!(key(&a, Some("oauth:1")), key(&a, Some("oauth:2")));
        assert_ne!(key(&a, Some("oauth:1")), key(&b, Some("oauth:1")));
        assert_eq!(key(&a, Some("oauth:1")), key(&a.clone(), Some("oauth:1")));
    }

    #[test]
    fn subjects_expire() {
        let t = UpstreamTokens::default();
        let now = Timestamp::now().unix_seconds();
        t.remember_subject("oauth:a", "tok-a", now + 60);
        t.remember_subject("oauth:b", "tok-b", now - 1);
        assert_eq!(t.subject("oauth:a").unwrap().0.as_str(), "tok-a");
        assert!(t.subject("oauth:b").is_none());
        t.remember_subject("oauth:a", "tok-a2", now + 120);
        assert_eq!(t.subject("oauth:a").unwrap().0.as_str(), "tok-a2");
    }
}
