//! Single sign-on to the console (`[console.oidc]`): the authorization code flow with PKCE
//! against the provider named by its discovery document; the ID token is verified by the
//! identify stage ([`warden_identify::oidc`]); the operator's name and groups come from the
//! configured claims. Pending sign-ins (state, nonce, PKCE verifier) are kept in this process
//! for ten minutes and used once.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::Value;
use warden_identify::oidc::{Expect, verify_id_token};
use warden_types::{ErrorCode, Oidc, Timestamp};

use crate::admin::store_err;
use crate::admin_log::AdminLog;
use crate::identify::AuthFailure;
use crate::{Caller, Gateway, Operator, Refusal};

/// How long a started sign-in may take.
pub const PENDING_TTL: Duration = Duration::from_secs(600);
/// Sign-ins pending at once (a flood of starts cannot grow memory without bound).
const MAX_PENDING: usize = 10_000;
/// Sign-ins pending at once from one source address (a flood from one place cannot lock
/// everyone else out).
const MAX_PENDING_PER_SOURCE: usize = 20;
/// The provider's answers read at most.
const MAX_ANSWER_BYTES: usize = 256 * 1024;
/// One exchange with the provider.
const PROVIDER_TIMEOUT: Duration = Duration::from_secs(10);

struct Pending {
    nonce: String,
    verifier: String,
    at: Instant,
    source: String,
}

/// Sign-ins started and not yet finished, by state.
#[derive(Default)]
pub(crate) struct PendingLogins(std::sync::Mutex<HashMap<String, Pending>>);

/// Where to send the browser, and the state to bind to it (a cookie).
pub struct OidcStart {
    /// The provider's authorization URL with this sign-in's parameters.
    pub redirect: String,
    /// The state, to set in the browser's cookie and compare on return.
    pub state: String,
}

fn random() -> Result<String, Refusal> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).map_err(|_| Refusal::internal())?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b))
}

fn unavailable() -> Refusal {
    Refusal::new(
        ErrorCode::Internal,
        "the identity provider could not be reached or answered unexpectedly",
    )
}

impl Gateway {
    fn oidc_config(&self) -> Result<Oidc, Refusal> {
        self.dep().console_oidc.clone().ok_or_else(|| {
            Refusal::new(
                ErrorCode::NotFound,
                "single sign-on is not configured ([console.oidc])",
            )
        })
    }

    /// Whether single sign-on is configured.
    pub fn oidc_enabled(&self) -> bool {
        self.dep().console_oidc.is_some()
    }

    async fn get_json(&self, url: &str) -> Result<Value, Refusal> {
        let r = self
            .llm_http
            .get(url)
            .timeout(PROVIDER_TIMEOUT)
            .send()
            .await
            .map_err(|e| {
                tracing::warn!(error = %e.without_url(), "OIDC: provider request failed");
                unavailable()
            })?;
        if !r.status().is_success() {
            tracing::warn!(
                status = r.status().as_u16(),
                "OIDC: provider refused a request"
            );
            return Err(unavailable());
        }
        let bytes = r.bytes().await.map_err(|_| unavailable())?;
        if bytes.len() > MAX_ANSWER_BYTES {
            return Err(unavailable());
        }
        serde_json::from_slice(&bytes).map_err(|_| unavailable())
    }

    /// The provider's discovery document (its issuer must be the configured one).
    async fn discovery(&self, o: &Oidc) -> Result<Value, Refusal> {
        let doc = self
            .get_json(&format!("{}/.well-known/openid-configuration", o.issuer))
            .await?;
        if doc
            .get("issuer")
            .and_then(Value::as_str)
            .map(|i| i.trim_end_matches('/'))
            != Some(o.issuer.as_str())
        {
            tracing::warn!("OIDC: the discovery document names another issuer");
            return Err(unavailable());
        }
        Ok(doc)
    }

    /// Starts a sign-in: where to send the browser, and the state it must come back with.
    pub async fn oidc_start(&self, caller: &Caller) -> Result<OidcStart, Refusal> {
        let o = self.oidc_config()?;
        let doc = self.discovery(&o).await?;
        let endpoint = doc
            .get("authorization_endpoint")
            .and_then(Value::as_str)
            .ok_or_else(unavailable)?;
        let (state, nonce, verifier) = (random()?, random()?, random()?);
        let challenge = warden_identify::oidc::pkce(&verifier);
        let mut url = url::Url::parse(endpoint).map_err(|_| unavailable())?;
        url.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &o.client_id)
            .append_pair("redirect_uri", &o.redirect_url)
            .append_pair("scope", &o.scopes.join(" "))
            .append_pair("state", &state)
            .append_pair("nonce", &nonce)
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256");
        {
            let mut pending = self
                .oidc_pending
                .0
                .lock()
                .map_err(|_| Refusal::internal())?;
            pending.retain(|_, p| p.at.elapsed() < PENDING_TTL);
            let source = caller.source();
            let mine = pending.values().filter(|p| p.source == source).count();
            if pending.len() >= MAX_PENDING || mine >= MAX_PENDING_PER_SOURCE {
                return Err(Refusal::new(
                    ErrorCode::RateLimited,
                    "too many sign-ins are in progress; try again in a few minutes",
                ));
            }
            pending.insert(
                state.clone(),
                Pending {
                    nonce,
                    verifier,
                    at: Instant::now(),
                    source,
                },
            );
        }
        Ok(OidcStart {
            redirect: url.to_string(),
            state,
        })
    }

    /// Finishes a sign-in: the browser came back with `code` and `state`, and `cookie_state`
    /// is the state its cookie holds. The operator, recorded as signed in; every failure is
    /// counted in `auth.failed`.
    pub async fn oidc_finish(
        &self,
        code: &str,
        state: &str,
        cookie_state: Option<&str>,
        caller: &Caller,
    ) -> Result<Operator, Refusal> {
        let failed = |why: &str| {
            self.auth_failures.note(caller, AuthFailure::Unknown);
            Refusal::new(ErrorCode::Unauthenticated, why.to_owned())
        };
        let o = self.oidc_config()?;
        // The state must be the one this browser started with (no login CSRF), and unused.
        let bound = cookie_state.is_some_and(|c| {
            c.len() == state.len()
                && bool::from(subtle::ConstantTimeEq::ct_eq(
                    c.as_bytes(),
                    state.as_bytes(),
                ))
        });
        let pending = {
            let mut all = self
                .oidc_pending
                .0
                .lock()
                .map_err(|_| Refusal::internal())?;
            if bound { all.remove(state) } else { None }
        };
        let Some(pending) = pending.filter(|p| p.at.elapsed() < PENDING_TTL) else {
            return Err(failed(
                "this sign-in was not started here, expired or was already used; start again",
            ));
        };
        if code.is_empty() || code.len() > 4096 {
            return Err(failed("the provider sent no usable code"));
        }
        let doc = self.discovery(&o).await?;
        let token_endpoint = doc
            .get("token_endpoint")
            .and_then(Value::as_str)
            .ok_or_else(unavailable)?;
        let jwks_uri = doc
            .get("jwks_uri")
            .and_then(Value::as_str)
            .ok_or_else(unavailable)?;
        let form = [
            ("grant_type", "authorization_code".to_owned()),
            ("code", code.to_owned()),
            ("redirect_uri", o.redirect_url.clone()),
            ("code_verifier", pending.verifier.clone()),
            ("client_id", o.client_id.clone()),
        ];
        let mut req = self.llm_http.post(token_endpoint).timeout(PROVIDER_TIMEOUT);
        if let Some(secret) = &o.client_secret {
            let secret = self.render_header(secret).map_err(|e| {
                tracing::error!(error = %e, "OIDC: cannot resolve the client secret");
                Refusal::internal()
            })?;
            req = req.basic_auth(
                url::form_urlencoded::byte_serialize(o.client_id.as_bytes()).collect::<String>(),
                Some(url::form_urlencoded::byte_serialize(secret.as_bytes()).collect::<String>()),
            );
        }
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form.iter().map(|(k, v)| (*k, v.as_str())))
            .finish();
        let r = req
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", "application/json")
            .body(body)
            .send()
            .await
            .map_err(|e| {
                tracing::warn!(error = %e.without_url(), "OIDC: token request failed");
                unavailable()
            })?;
        if !r.status().is_success() {
            tracing::warn!(
                status = r.status().as_u16(),
                "OIDC: the token endpoint refused the code"
            );
            return Err(failed("the identity provider did not accept the sign-in"));
        }
        let bytes = r.bytes().await.map_err(|_| unavailable())?;
        let tokens: Value = serde_json::from_slice(
            bytes
                .get(..bytes.len().min(MAX_ANSWER_BYTES))
                .unwrap_or(&[]),
        )
        .map_err(|_| unavailable())?;
        let id_token = tokens
            .get("id_token")
            .and_then(Value::as_str)
            .ok_or_else(|| failed("the identity provider sent no ID token"))?;
        let jwks = self.get_json(jwks_uri).await?;
        let keys = jwks
            .get("keys")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let verified = verify_id_token(
            id_token,
            &keys,
            &Expect {
                issuer: &o.issuer,
                client_id: &o.client_id,
                nonce: &pending.nonce,
                now: Timestamp::now().unix_seconds(),
                name_claim: &o.name_claim,
                groups_claim: o.groups_claim.as_deref(),
            },
        )
        .map_err(|e| {
            tracing::warn!(error = %e, "OIDC: ID token refused");
            failed(&format!("the sign-in was refused: {e}"))
        })?;
        let admin = o
            .admin_group
            .as_ref()
            .is_some_and(|g| verified.groups().iter().any(|v| v == g));
        let op = Operator {
            name: verified.name().to_owned(),
            admin,
            token_id: format!("oidc:{}", verified.subject()),
            groups: verified.groups().to_vec(),
        };
        // A session only for someone with a part here: an administrator, or a member of an
        // approver group (by warden.toml or by the provider's groups claim).
        if !op.admin && self.groups_of(&op).is_empty() {
            return Err(failed(&format!(
                "`{}` is not an administrator nor in any approver group",
                op.name
            )));
        }
        AdminLog(&*self.store)
            .console_signed_in(&op.name, "oidc", &op.token_id, &caller.source(), op.admin)
            .await
            .map_err(store_err)?;
        Ok(op)
    }
}
