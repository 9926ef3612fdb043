//! `[oauth]`: agents authenticated by OAuth 2.1 access tokens from the company's
//! authorization server, beside Warden's own agent tokens.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use warden_types::{Agent, Introspection, OAuth};

use crate::Problems;
use crate::checks::{http_url_ok, template};

/// The agent surfaces a scope can be required for.
pub const SURFACES: [&str; 3] = ["actions", "mcp", "llm"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOAuth {
    issuer: String,
    resource: String,
    jwks_uri: Option<String>,
    agent_claim: Option<String>,
    #[serde(default)]
    agents: BTreeMap<String, String>,
    roles_claim: Option<String>,
    require_at_jwt: Option<bool>,
    scopes: Option<BTreeMap<String, String>>,
    introspection: Option<RawIntrospection>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIntrospection {
    endpoint: Option<String>,
    client_id: String,
    client_secret: String,
}

/// The validated section (`agents`: the configured agents, which claim values must name).
pub(crate) fn section(
    raw: Option<RawOAuth>,
    agents: &BTreeMap<String, Agent>,
    p: &mut Problems,
) -> Option<OAuth> {
    let o = raw?;
    let url_rule = "must be https:// (http:// only to a loopback address)";
    if !http_url_ok(&o.issuer) {
        p.push("oauth.issuer", url_rule);
    }
    // RFC 8707: an absolute URI without a fragment.
    let absolute = url::Url::parse(&o.resource).is_ok_and(|u| u.fragment().is_none());
    if !absolute || o.resource.len() > 2048 || o.resource.contains('"') {
        p.push(
            "oauth.resource",
            "must be this Warden's resource identifier (its public URL, an absolute URI without a fragment), the audience its tokens carry",
        );
    }
    if let Some(u) = &o.jwks_uri
        && !http_url_ok(u)
    {
        p.push("oauth.jwks_uri", url_rule);
    }
    for (value, agent) in &o.agents {
        if !agents.contains_key(agent) {
            p.push(
                format!("oauth.agents.\"{value}\""),
                format!("unknown agent `{agent}`"),
            );
        }
    }
    let scopes = o.scopes.unwrap_or_else(|| {
        SURFACES
            .iter()
            .map(|s| ((*s).to_owned(), format!("warden:{s}")))
            .collect()
    });
    let known: BTreeSet<&str> = SURFACES.into_iter().collect();
    for (surface, scope) in &scopes {
        if !known.contains(surface.as_str()) {
            p.push(
                format!("oauth.scopes.{surface}"),
                "is not an agent surface (`actions`, `mcp`, `llm`)",
            );
        }
        // RFC 6749 §3.3: one scope-token.
        let token_ok = |c: char| c == '!' || ('#'..='[').contains(&c) || (']'..='~').contains(&c);
        if scope.is_empty() || !scope.chars().all(token_ok) {
            p.push(format!("oauth.scopes.{surface}"), "must be one scope");
        }
    }
    for surface in SURFACES {
        if !scopes.contains_key(surface) {
            p.push(
                "oauth.scopes",
                format!("names no scope for `{surface}` (every agent surface needs one)"),
            );
        }
    }
    let introspection = o.introspection.map(|i| {
        if let Some(e) = &i.endpoint
            && !http_url_ok(e)
        {
            p.push("oauth.introspection.endpoint", url_rule);
        }
        if i.client_id.trim().is_empty() {
            p.push("oauth.introspection.client_id", "must not be empty");
        }
        let before = p.problems.len();
        let secret = template(&i.client_secret, p, "oauth.introspection.client_secret");
        if p.problems.len() == before && secret.references().next().is_none() {
            p.push(
                "oauth.introspection.client_secret",
                "must reference the credential (`{{secret:name}}` or `{{env:NAME}}`), never hold it",
            );
        }
        Introspection {
            endpoint: i.endpoint,
            client_id: i.client_id,
            client_secret: secret,
        }
    });
    Some(OAuth {
        // Kept exactly as written: `iss` must equal it.
        issuer: o.issuer,
        resource: o.resource,
        jwks_uri: o.jwks_uri,
        agent_claim: o.agent_claim.unwrap_or_else(|| "client_id".into()),
        agents: o.agents,
        roles_claim: o.roles_claim,
        require_at_jwt: o.require_at_jwt.unwrap_or(true),
        scopes,
        introspection,
    })
}
