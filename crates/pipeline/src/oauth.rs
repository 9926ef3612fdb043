//! Agents authenticated by OAuth 2.1 access tokens (`[oauth]`), beside Warden's own agent
//! tokens. Warden is the protected resource: a JWT access token is verified against the
//! authorization server's published keys (fetched from its metadata, RFC 8414, cached, and
//! fetched again when a token names a key not yet seen), an opaque one is introspected
//! (RFC 7662) when configured; the claims are checked by [`warden_identify::oauth`]. The agent
//! comes from the configured claim, every role it is configured with must be vouched for by
//! the token when a roles claim is configured, and each agent surface needs its scope.
//! Everything refused is recorded like any other refused credential (`auth.failed` per source
//! and reason, `access.denied` for a known agent without the scope or roles).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use warden_identify::oauth::{AccessExpect, AccessGrant, check_access_claims, looks_like_jwt};
use warden_identify::oidc::{OidcError, jws_kid};
use warden_types::{ErrorCode, OAuth, Timestamp};

use crate::identify::{AuthFailure, Refused};
use crate::{Caller, Gateway, Refusal};

/// How long published keys are used before they are fetched again.
const KEYS_TTL: Duration = Duration::from_secs(600);
/// A token naming an unknown key fetches the keys again at most this often (a flood of
/// made-up key ids cannot make Warden hammer the authorization server).
const MIN_REFETCH: Duration = Duration::from_secs(2);
/// Keys kept in use while the server cannot be reached.
const STALE_KEYS_MAX: Duration = Duration::from_secs(24 * 3600);
/// The longest an introspection answer is reused (a revoked token stops working by then).
const INTROSPECTION_TTL: Duration = Duration::from_secs(60);
/// Introspection answers kept at once.
const MAX_INTROSPECTED: usize = 10_000;
/// Keys read from a JWKS at most.
const MAX_KEYS: usize = 64;
/// The authorization server's answers read at most.
const MAX_ANSWER_BYTES: usize = 256 * 1024;
/// One exchange with the authorization server.
const TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Default, Clone)]
struct Keys {
    keys: Vec<Value>,
    fetched: Option<Instant>,
    tried: Option<Instant>,
    /// The configuration the keys were fetched for (a reload to another server drops them).
    for_config: String,
}

/// The authorization server's keys, metadata and introspection answers, per process.
pub(crate) struct OAuthCache {
    /// What requests read: never waits for a fetch.
    keys: std::sync::RwLock<Keys>,
    /// Held by the one request that fetches.
    fetching: tokio::sync::Mutex<()>,
    metadata: std::sync::Mutex<Option<(String, Value, Instant)>>,
    introspected: std::sync::Mutex<HashMap<[u8; 32], (AccessGrant, Instant)>>,
    /// Tokens introspection said are not active, so that a flood of made-up tokens reaches the
    /// authorization server once each per minute at most.
    inactive: std::sync::Mutex<HashMap<[u8; 32], Instant>>,
    /// Introspections in flight at once.
    asking: tokio::sync::Semaphore,
}

impl Default for OAuthCache {
    fn default() -> Self {
        Self {
            keys: std::sync::RwLock::new(Keys::default()),
            fetching: tokio::sync::Mutex::new(()),
            metadata: std::sync::Mutex::new(None),
            introspected: std::sync::Mutex::new(HashMap::new()),
            inactive: std::sync::Mutex::new(HashMap::new()),
            asking: tokio::sync::Semaphore::new(MAX_INTROSPECTING),
        }
    }
}

/// Introspections in flight at once; more wait (and time out) rather than pile up on the
/// authorization server.
const MAX_INTROSPECTING: usize = 16;
/// How long a fetched metadata document is used.
const METADATA_TTL: Duration = Duration::from_secs(600);
/// How often keys are fetched again at most once they are past their time and the server
/// does not answer.
const STALE_RETRY: Duration = Duration::from_secs(30);

/// Where the authorization server's answers may point: https, or http to a loopback address.
fn endpoint_ok(url: &str) -> bool {
    match url::Url::parse(url) {
        Ok(u) if u.scheme() == "https" => true,
        Ok(u) if u.scheme() == "http" => match u.host() {
            Some(url::Host::Domain(d)) => d == "localhost",
            Some(url::Host::Ipv4(a)) => a.is_loopback(),
            Some(url::Host::Ipv6(a)) => a.is_loopback(),
            None => false,
        },
        _ => false,
    }
}

fn unavailable() -> Refusal {
    Refusal::new(
        ErrorCode::Internal,
        "the authorization server could not be reached to verify this token; refused to be safe",
    )
}

/// Where RFC 8414 puts an issuer's metadata: the well-known segment between the host and the
/// issuer's path.
fn metadata_urls(issuer: &str) -> Vec<String> {
    let trimmed = issuer.trim_end_matches('/');
    let mut out = Vec::new();
    if let Ok(u) = url::Url::parse(trimmed) {
        let path = u.path().trim_end_matches('/');
        let origin = u.origin().ascii_serialization();
        out.push(format!(
            "{origin}/.well-known/oauth-authorization-server{path}"
        ));
    }
    out.push(format!("{trimmed}/.well-known/openid-configuration"));
    out
}

/// Where RFC 9728 puts a resource's metadata: the well-known segment between the host and the
/// resource's path.
fn resource_metadata_url(resource: &str) -> Option<String> {
    let u = url::Url::parse(resource).ok()?;
    matches!(u.scheme(), "https" | "http").then(|| {
        format!(
            "{}/.well-known/oauth-protected-resource{}",
            u.origin().ascii_serialization(),
            u.path().trim_end_matches('/')
        )
    })
}

impl Gateway {
    /// Whether agents may authenticate with OAuth access tokens.
    pub fn oauth_enabled(&self) -> bool {
        self.dep().oauth.is_some()
    }

    async fn oauth_json(&self, req: reqwest::RequestBuilder) -> Result<Value, Refusal> {
        let r = req.timeout(TIMEOUT).send().await.map_err(|e| {
            tracing::warn!(error = %e.without_url(), "OAuth: authorization server request failed");
            unavailable()
        })?;
        if !r.status().is_success() {
            tracing::warn!(
                status = r.status().as_u16(),
                "OAuth: the authorization server refused a request"
            );
            return Err(unavailable());
        }
        let bytes = r.bytes().await.map_err(|_| unavailable())?;
        if bytes.len() > MAX_ANSWER_BYTES {
            return Err(unavailable());
        }
        serde_json::from_slice(&bytes).map_err(|_| unavailable())
    }

    /// The authorization server's metadata (its `issuer` must be the configured one), cached.
    async fn oauth_metadata(&self, o: &OAuth) -> Result<Value, Refusal> {
        if let Ok(m) = self.oauth_cache.metadata.lock()
            && let Some((issuer, doc, at)) = &*m
            && *issuer == o.issuer
            && at.elapsed() < METADATA_TTL
        {
            return Ok(doc.clone());
        }
        for url in metadata_urls(&o.issuer) {
            let Ok(doc) = self.oauth_json(self.llm_http.get(&url)).await else {
                continue;
            };
            if doc.get("issuer").and_then(Value::as_str) == Some(o.issuer.as_str()) {
                if let Ok(mut m) = self.oauth_cache.metadata.lock() {
                    *m = Some((o.issuer.clone(), doc.clone(), Instant::now()));
                }
                return Ok(doc);
            }
            tracing::warn!("OAuth: the authorization server's metadata names another issuer");
        }
        Err(unavailable())
    }

    /// The published keys. Requests read the last keys fetched without waiting; one request
    /// at a time fetches: when they are older than [`KEYS_TTL`] (at most every
    /// [`STALE_RETRY`] while the server does not answer), or when `refresh` (a token named an
    /// unknown key) and the last try is older than [`MIN_REFETCH`]. Keys stay in use up to
    /// [`STALE_KEYS_MAX`] while the server cannot be reached.
    async fn oauth_keys(&self, o: &OAuth, refresh: bool) -> Result<Vec<Value>, Refusal> {
        let config = format!("{}\n{:?}", o.issuer, o.jwks_uri);
        let snapshot = |c: &OAuthCache| c.keys.read().map(|k| k.clone()).unwrap_or_default();
        let due = |k: &Keys| {
            if k.for_config != config || k.fetched.is_none() {
                return true;
            }
            let since_try = k.tried.map_or(Duration::MAX, |t| t.elapsed());
            if refresh {
                return since_try >= MIN_REFETCH;
            }
            k.fetched.is_some_and(|t| t.elapsed() >= KEYS_TTL) && since_try >= STALE_RETRY
        };
        let usable = |k: &Keys| {
            (k.for_config == config && k.fetched.is_some_and(|t| t.elapsed() < STALE_KEYS_MAX))
                .then(|| k.keys.clone())
        };
        let k = snapshot(&self.oauth_cache);
        if !due(&k) {
            return Ok(k.keys);
        }
        // Someone is fetching: use what there is, if anything.
        let guard = match self.oauth_cache.fetching.try_lock() {
            Ok(g) => g,
            Err(_) => match usable(&k) {
                Some(keys) => return Ok(keys),
                None => self.oauth_cache.fetching.lock().await,
            },
        };
        let k = snapshot(&self.oauth_cache);
        if !due(&k) {
            return Ok(k.keys);
        }
        if let Ok(mut w) = self.oauth_cache.keys.write() {
            w.tried = Some(Instant::now());
        }
        let fetched = async {
            let uri = match &o.jwks_uri {
                Some(u) => u.clone(),
                None => self
                    .oauth_metadata(o)
                    .await?
                    .get("jwks_uri")
                    .and_then(Value::as_str)
                    .filter(|u| endpoint_ok(u))
                    .map(str::to_owned)
                    .ok_or_else(unavailable)?,
            };
            let doc = self.oauth_json(self.llm_http.get(&uri)).await?;
            let keys: Vec<Value> = doc
                .get("keys")
                .and_then(Value::as_array)
                .ok_or_else(unavailable)?
                .iter()
                .take(MAX_KEYS)
                .cloned()
                .collect();
            Ok::<_, Refusal>(keys)
        }
        .await;
        drop(guard);
        match fetched {
            Ok(keys) => {
                if let Ok(mut w) = self.oauth_cache.keys.write() {
                    *w = Keys {
                        keys: keys.clone(),
                        fetched: Some(Instant::now()),
                        tried: Some(Instant::now()),
                        for_config: config,
                    };
                }
                Ok(keys)
            }
            // Keys fetched before stay in use for a while if the server is down.
            Err(r) => usable(&snapshot(&self.oauth_cache)).ok_or(r),
        }
    }

    /// An opaque token's claims from the introspection endpoint (RFC 7662); `Ok(None)` when
    /// the server says it is not active.
    async fn introspect(&self, o: &OAuth, token: &str) -> Result<Option<Value>, Refusal> {
        let Some(i) = &o.introspection else {
            return Ok(None);
        };
        let endpoint = match &i.endpoint {
            Some(e) => e.clone(),
            None => self
                .oauth_metadata(o)
                .await?
                .get("introspection_endpoint")
                .and_then(Value::as_str)
                .filter(|u| endpoint_ok(u))
                .map(str::to_owned)
                .ok_or_else(unavailable)?,
        };
        let secret = self.render_header(&i.client_secret).map_err(|e| {
            tracing::error!(error = %e, "OAuth: cannot resolve the introspection client secret");
            Refusal::internal()
        })?;
        let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        let body = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("token", token)
            .append_pair("token_type_hint", "access_token")
            .finish();
        let answer = self
            .oauth_json(
                self.llm_http
                    .post(&endpoint)
                    .basic_auth(enc(&i.client_id), Some(enc(&secret)))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("accept", "application/json")
                    .body(body),
            )
            .await?;
        // Only an access token: a refresh token of the same client is also "active".
        let kind_ok = |k: &str| {
            answer.get(k).and_then(Value::as_str).is_none_or(|t| {
                t.eq_ignore_ascii_case("bearer")
                    || t == "access_token"
                    || t.eq_ignore_ascii_case("dpop")
            })
        };
        Ok((answer.get("active").and_then(Value::as_bool) == Some(true)
            && kind_ok("token_type")
            && kind_ok("typ"))
        .then_some(answer))
    }

    /// Verifies an access token; the grant, or why not.
    async fn oauth_grant(&self, o: &OAuth, token: &str) -> Result<AccessGrant, OauthRefused> {
        let expect = AccessExpect {
            issuer: &o.issuer,
            audience: &o.resource,
            now: Timestamp::now().unix_seconds(),
            agent_claim: &o.agent_claim,
            roles_claim: o.roles_claim.as_deref(),
            require_at_jwt: o.require_at_jwt,
        };
        if looks_like_jwt(token) {
            let keys = self
                .oauth_keys(o, false)
                .await
                .map_err(OauthRefused::Unavailable)?;
            let mut result = warden_identify::oauth::verify_access_token(token, &keys, &expect);
            // A key the server published since the keys were fetched (rotation).
            let unseen = jws_kid(token)
                .is_some_and(|kid| !keys.iter().any(|k| k.get("kid") == Some(&json!(kid))));
            if matches!(result, Err(OidcError::NoKey)) && unseen {
                let keys = self
                    .oauth_keys(o, true)
                    .await
                    .map_err(OauthRefused::Unavailable)?;
                result = warden_identify::oauth::verify_access_token(token, &keys, &expect);
            }
            return result.map_err(OauthRefused::Token);
        }
        // A Warden token (a truncated or mistyped one) is never sent to the authorization
        // server, nor is anything too long to be a token.
        if o.introspection.is_none()
            || token.starts_with("wdn_")
            || token.len() > warden_identify::oidc::MAX_TOKEN_BYTES
        {
            return Err(OauthRefused::Token(OidcError::Malformed));
        }
        let key: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        if let Ok(mut inactive) = self.oauth_cache.inactive.lock() {
            if inactive
                .get(&key)
                .is_some_and(|at| at.elapsed() < INTROSPECTION_TTL)
            {
                return Err(OauthRefused::Inactive);
            }
            if inactive.len() >= MAX_INTROSPECTED {
                inactive.retain(|_, at| at.elapsed() < INTROSPECTION_TTL);
                if inactive.len() >= MAX_INTROSPECTED {
                    inactive.clear();
                }
            }
        }
        if let Ok(cache) = self.oauth_cache.introspected.lock()
            && let Some((grant, at)) = cache.get(&key)
            && at.elapsed() < INTROSPECTION_TTL
            && grant.expires > expect.now
        {
            return Ok(grant.clone());
        }
        let permit = tokio::time::timeout(TIMEOUT, self.oauth_cache.asking.acquire())
            .await
            .ok()
            .and_then(Result::ok)
            .ok_or_else(|| OauthRefused::Unavailable(unavailable()))?;
        let answer = self.introspect(o, token).await;
        drop(permit);
        let Some(claims) = answer.map_err(OauthRefused::Unavailable)? else {
            if let Ok(mut inactive) = self.oauth_cache.inactive.lock() {
                inactive.insert(key, Instant::now());
            }
            return Err(OauthRefused::Inactive);
        };
        let grant = check_access_claims(&claims, &expect).map_err(OauthRefused::Token)?;
        if let Ok(mut cache) = self.oauth_cache.introspected.lock() {
            if cache.len() >= MAX_INTROSPECTED {
                cache.retain(|_, (_, at)| at.elapsed() < INTROSPECTION_TTL);
            }
            if cache.len() < MAX_INTROSPECTED {
                cache.insert(key, (grant.clone(), Instant::now()));
            }
        }
        Ok(grant)
    }

    /// An agent identified by an OAuth access token on `caller`'s surface: the agent's id and
    /// the stable id its approvals and sessions are bound to (`oauth:<sub>`).
    pub(crate) async fn authenticate_oauth(
        &self,
        o: &OAuth,
        token: &str,
        caller: &Caller,
    ) -> Result<(String, String), Refusal> {
        let grant = match self.oauth_grant(o, token).await {
            Ok(g) => g,
            Err(why) => {
                let reason = why.failure();
                self.auth_failures.note(caller, reason);
                return Err(match why {
                    OauthRefused::Unavailable(r) => r,
                    _ => reason.refusal(),
                });
            }
        };
        // With a map, only the values it lists name agents (a client that could choose its own
        // id could otherwise call itself `finance-bot`); without one, the value is the agent id.
        let agent = if o.agents.is_empty() {
            Some(grant.agent_claim.clone())
        } else {
            o.agents.get(&grant.agent_claim).cloned()
        };
        let dep = self.dep();
        let Some((agent, configured)) =
            agent.and_then(|a| dep.agents.get(&a).map(|c| (a.clone(), c.clone())))
        else {
            // The token is valid, only not for any agent here: 403, so that a client does not
            // go round asking its authorization server for a new token that would fare no
            // better. Counted like any refused credential (no agent to attribute it to).
            self.auth_failures.note(caller, AuthFailure::Unconfigured);
            return Err(Refusal::new(
                ErrorCode::Forbidden,
                format!(
                    "this token's `{}` names no agent of this Warden",
                    o.agent_claim
                ),
            ));
        };
        // Stable across the short-lived tokens of one client and subject, distinct for every
        // (issuer, agent claim, subject).
        let token_id = format!(
            "oauth:{}",
            warden_types::sha256_hex(
                format!("{}\n{}\n{}", o.issuer, grant.agent_claim, grant.subject).as_bytes()
            )
            .get(..24)
            .unwrap_or_default()
        );
        let required = o.scopes.get(caller.surface).cloned();
        let refused = match &required {
            None => Some(Refusal::new(
                ErrorCode::Forbidden,
                "OAuth access tokens act only as agents (the action API, /mcp, the LLM proxy)",
            )),
            Some(scope) if !grant.scopes.contains(scope) => Some(
                Refusal::new(
                    ErrorCode::Forbidden,
                    format!("this token lacks the scope `{scope}` this surface needs"),
                )
                .with("required_scope", json!(scope)),
            ),
            Some(_) => o.roles_claim.as_ref().and_then(|claim| {
                let missing: Vec<&String> = configured
                    .roles
                    .iter()
                    .filter(|r| !grant.roles.contains(*r))
                    .collect();
                (!missing.is_empty()).then(|| {
                    Refusal::new(
                        ErrorCode::Forbidden,
                        format!(
                            "the token's `{claim}` does not vouch for the role{} {} agent `{agent}` is configured with",
                            if missing.len() == 1 { "" } else { "s" },
                            missing.iter().map(|r| format!("`{r}`")).collect::<Vec<_>>().join(", ")
                        ),
                    )
                })
            }),
        };
        if let Some(r) = refused {
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
        // Without `sub`, tokens of different users would share one credential id: none is
        // kept for an exchange (which then fails rather than act as someone else).
        if !grant.subject.is_empty() {
            self.remember_subject_token(&token_id, token, grant.expires);
        }
        Ok((agent, token_id))
    }

    /// The protected resource metadata (RFC 9728) of this Warden, if OAuth is configured.
    pub fn oauth_resource_metadata(&self) -> Option<Value> {
        let o = self.dep().oauth.clone()?;
        let mut scopes: Vec<&String> = o.scopes.values().collect();
        scopes.sort();
        scopes.dedup();
        Some(json!({
            "resource": o.resource,
            "authorization_servers": [o.issuer],
            "scopes_supported": scopes,
            "bearer_methods_supported": ["header"],
            "resource_name": "Warden",
        }))
    }

    /// The `WWW-Authenticate` challenge for a refused agent request (RFC 6750 §3, RFC 9728
    /// §5.1), if OAuth is configured: where the resource's metadata is, and for a missing
    /// scope, which one.
    pub fn oauth_challenge(&self, r: &Refusal) -> Option<String> {
        let o = self.dep().oauth.clone()?;
        let meta = resource_metadata_url(&o.resource)
            .map(|u| format!("resource_metadata=\"{u}\""))
            .unwrap_or_else(|| "realm=\"warden\"".into());
        match r.code {
            ErrorCode::Unauthenticated => Some(format!("Bearer {meta}")),
            ErrorCode::Forbidden => r
                .details
                .get("required_scope")
                .and_then(Value::as_str)
                .map(|s| format!("Bearer error=\"insufficient_scope\", scope=\"{s}\", {meta}")),
            _ => None,
        }
    }
}

/// Why an access token was refused.
enum OauthRefused {
    /// The authorization server could not be asked (fail closed).
    Unavailable(Refusal),
    /// Introspection said the token is not active.
    Inactive,
    /// The token itself.
    Token(OidcError),
}

impl OauthRefused {
    fn failure(&self) -> AuthFailure {
        match self {
            Self::Unavailable(_) => AuthFailure::ProviderUnavailable,
            Self::Inactive => AuthFailure::Unknown,
            Self::Token(e) => match e {
                OidcError::Malformed | OidcError::Algorithm(_) => AuthFailure::Malformed,
                OidcError::NoKey | OidcError::Signature => AuthFailure::Signature,
                OidcError::Claim("exp") => AuthFailure::Expired,
                OidcError::Claim("aud") => AuthFailure::Audience,
                OidcError::Claim(_) | OidcError::Name(_) => AuthFailure::Claims,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{metadata_urls, resource_metadata_url};

    #[test]
    fn the_resource_metadata_is_where_rfc_9728_puts_it() {
        assert_eq!(
            resource_metadata_url("https://warden.example/mcp").as_deref(),
            Some("https://warden.example/.well-known/oauth-protected-resource/mcp")
        );
        assert_eq!(
            resource_metadata_url("https://warden.example/").as_deref(),
            Some("https://warden.example/.well-known/oauth-protected-resource")
        );
        assert_eq!(resource_metadata_url("urn:warden:opaque"), None);
    }

    #[test]
    fn metadata_is_looked_up_where_rfc_8414_puts_it() {
        assert_eq!(
            metadata_urls("https://as.example"),
            vec![
                "https://as.example/.well-known/oauth-authorization-server",
                "https://as.example/.well-known/openid-configuration"
            ]
        );
        assert_eq!(
            metadata_urls("https://as.example/tenant1"),
            vec![
                "https://as.example/.well-known/oauth-authorization-server/tenant1",
                "https://as.example/tenant1/.well-known/openid-configuration"
            ]
        );
    }
}
