//! `[console]`: the operators' web console — single sign-on with OpenID Connect.

use serde::Deserialize;
use warden_types::Oidc;

use crate::Problems;
use crate::checks::{http_url_ok, template};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawConsole {
    oidc: Option<RawOidc>,
    public_origin: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOidc {
    issuer: String,
    client_id: String,
    client_secret: Option<String>,
    redirect_url: String,
    scopes: Option<Vec<String>>,
    name_claim: Option<String>,
    groups_claim: Option<String>,
    admin_group: Option<String>,
}

/// The console's public origin: `scheme://host[:port]`, nothing after.
pub(crate) fn public_origin(raw: &RawConsole, p: &mut Problems) -> Option<String> {
    let o = raw.public_origin.as_ref()?;
    let parsed = url::Url::parse(o).ok();
    let bare = parsed.as_ref().is_some_and(|u| {
        (u.scheme() == "https" || u.scheme() == "http")
            && u.host_str().is_some()
            && u.path() == "/"
            && u.query().is_none()
            && u.fragment().is_none()
            && u.username().is_empty()
            && !o.ends_with('/')
    });
    if !bare {
        p.push(
            "console.public_origin",
            "must be an origin: `https://host` or `https://host:port`, without a path",
        );
    }
    Some(o.clone())
}

/// The console's sign-in settings.
pub(crate) fn section(raw: RawConsole, p: &mut Problems) -> Option<Oidc> {
    let o = raw.oidc?;
    let url_rule = "must be https:// (http:// only to a loopback address)";
    if !http_url_ok(&o.issuer) {
        p.push("console.oidc.issuer", url_rule);
    }
    if !http_url_ok(&o.redirect_url) {
        p.push("console.oidc.redirect_url", url_rule);
    }
    if !o.redirect_url.ends_with("/console/oidc/callback") {
        p.push(
            "console.oidc.redirect_url",
            "must be the console's callback, `https://<host>/console/oidc/callback`",
        );
    }
    if o.client_id.trim().is_empty() {
        p.push("console.oidc.client_id", "must not be empty");
    }
    let scopes = o
        .scopes
        .unwrap_or_else(|| vec!["openid".into(), "profile".into(), "email".into()]);
    if !scopes.iter().any(|s| s == "openid") {
        p.push("console.oidc.scopes", "must include `openid`");
    }
    let client_secret = o.client_secret.map(|s| {
        let before = p.problems.len();
        let t = template(&s, p, "console.oidc.client_secret");
        if p.problems.len() == before && t.references().next().is_none() {
            p.push(
                "console.oidc.client_secret",
                "must reference the credential (`{{secret:name}}` or `{{env:NAME}}`), never hold it",
            );
        }
        t
    });
    Some(Oidc {
        // Kept exactly as written: the ID token's `iss` must equal it.
        issuer: o.issuer,
        client_id: o.client_id,
        client_secret,
        redirect_url: o.redirect_url,
        scopes,
        name_claim: o.name_claim.unwrap_or_else(|| "preferred_username".into()),
        groups_claim: o.groups_claim,
        admin_group: o.admin_group,
    })
}
