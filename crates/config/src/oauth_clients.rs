//! `[oauth_clients.NAME]`: Warden's OAuth clients at upstreams' authorization servers, the
//! credential kind a connector names with `oauth = "NAME"` to send an access token instead of
//! a stored key: a client-credentials token of Warden's own, or the calling agent's access token
//! exchanged (RFC 8693) for one to the upstream.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Deserialize;
use warden_types::{ClientAuthMethod, Connector, McpServer, OAuth, OAuthClient, OAuthGrant, Tool};

use crate::checks::{http_url_ok, is_slug, template};
use crate::{Problems, parse_duration};

/// Longest wait for a token endpoint when `timeout` is not set.
pub const DEFAULT_TOKEN_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOAuthClient {
    grant: String,
    token_endpoint: String,
    client_id: String,
    client_secret: String,
    auth_method: Option<String>,
    scope: Option<String>,
    resource: Option<String>,
    audience: Option<String>,
    timeout: Option<String>,
}

/// The validated clients, by name.
pub(crate) fn section(
    raw: BTreeMap<String, RawOAuthClient>,
    p: &mut Problems,
) -> BTreeMap<String, OAuthClient> {
    let mut out = BTreeMap::new();
    for (name, c) in raw {
        let key = format!("oauth_clients.{name}");
        if !is_slug(&name) {
            p.push(
                &key,
                "names are lower-case letters, digits, `-` and `_` (at most 64)",
            );
        }
        let grant = match c.grant.as_str() {
            "client_credentials" => OAuthGrant::ClientCredentials,
            "token_exchange" => OAuthGrant::TokenExchange,
            other => {
                p.push(
                    format!("{key}.grant"),
                    format!(
                        "unknown grant `{other}`; expected `client_credentials` or `token_exchange`"
                    ),
                );
                OAuthGrant::ClientCredentials
            }
        };
        if !http_url_ok(&c.token_endpoint) || url::Url::parse(&c.token_endpoint).is_err() {
            p.push(
                format!("{key}.token_endpoint"),
                "must be an https:// URL (http:// only to a loopback address)",
            );
        }
        if c.client_id.trim().is_empty() || c.client_id.len() > 256 {
            p.push(format!("{key}.client_id"), "must be 1 to 256 characters");
        }
        let before = p.problems.len();
        let client_secret = template(&c.client_secret, p, &format!("{key}.client_secret"));
        if p.problems.len() == before && client_secret.references().next().is_none() {
            p.push(
                format!("{key}.client_secret"),
                "must reference the credential (`{{secret:name}}` or `{{env:NAME}}`), never hold it",
            );
        }
        let auth_method = match c.auth_method.as_deref() {
            None | Some("client_secret_basic") => ClientAuthMethod::Basic,
            Some("client_secret_post") => ClientAuthMethod::Post,
            Some(other) => {
                p.push(
                    format!("{key}.auth_method"),
                    format!("unknown method `{other}`; expected `client_secret_basic` or `client_secret_post`"),
                );
                ClientAuthMethod::Basic
            }
        };
        // RFC 6749 §3.3: scope-tokens separated by single spaces.
        let scope_ok = |s: &str| {
            s.split(' ').all(|t| {
                !t.is_empty()
                    && t.chars()
                        .all(|c| c == '!' || ('#'..='[').contains(&c) || (']'..='~').contains(&c))
            })
        };
        if let Some(s) = &c.scope
            && !scope_ok(s)
        {
            p.push(
                format!("{key}.scope"),
                "must be scope tokens separated by single spaces",
            );
        }
        if let Some(r) = &c.resource
            && url::Url::parse(r).map_or(true, |u| u.fragment().is_some())
        {
            p.push(
                format!("{key}.resource"),
                "must be an absolute URI without a fragment (RFC 8707)",
            );
        }
        if let Some(a) = &c.audience
            && (a.is_empty() || a.len() > 2048)
        {
            p.push(format!("{key}.audience"), "must be 1 to 2048 characters");
        }
        let timeout = match c.timeout.as_deref().map(parse_duration) {
            None => DEFAULT_TOKEN_TIMEOUT,
            Some(Ok(d)) if d >= Duration::from_millis(100) && d <= Duration::from_secs(60) => d,
            Some(Ok(_)) => {
                p.push(format!("{key}.timeout"), "between 100ms and 60s");
                DEFAULT_TOKEN_TIMEOUT
            }
            Some(Err(e)) => {
                p.push(format!("{key}.timeout"), e);
                DEFAULT_TOKEN_TIMEOUT
            }
        };
        out.insert(
            name.clone(),
            OAuthClient {
                name,
                grant,
                token_endpoint: c.token_endpoint,
                client_id: c.client_id,
                client_secret,
                auth_method,
                scope: c.scope,
                resource: c.resource,
                audience: c.audience,
                timeout,
            },
        );
    }
    out
}

/// Every connector's and MCP server's `oauth` names a client; a token exchange needs agents
/// that present OAuth access tokens (`[oauth]`), since the agent's token is what is exchanged.
pub(crate) fn check_uses(
    clients: &BTreeMap<String, OAuthClient>,
    tools: &BTreeMap<String, Tool>,
    servers: &BTreeMap<String, McpServer>,
    oauth: Option<&OAuth>,
    p: &mut Problems,
) {
    let connectors = tools.values().filter_map(|t| match &t.connector {
        Connector::Http(c) => c.oauth.as_ref().map(|n| {
            (
                format!("tools.\"{}\".connector.oauth", t.name),
                n,
                c.headers
                    .iter()
                    .map(|(h, _)| h.as_str())
                    .collect::<Vec<_>>(),
            )
        }),
        _ => None,
    });
    let connection: Vec<(String, &String)> = servers
        .values()
        .filter_map(|s| {
            s.connection_oauth
                .as_ref()
                .map(|n| (format!("mcp_servers.{}.connection_oauth", s.name), n))
        })
        .collect();
    // An MCP server's `Authorization` header is for Warden's own connection (listing); the
    // calls' token replaces it.
    let servers = servers.values().filter_map(|s| {
        s.oauth
            .as_ref()
            .map(|n| (format!("mcp_servers.{}.oauth", s.name), n, Vec::new()))
    });
    for (key, name) in connection {
        match clients.get(name) {
            None => p.push(
                &key,
                format!("unknown OAuth client `{name}` (`[oauth_clients.{name}]`)"),
            ),
            Some(c) if c.grant != OAuthGrant::ClientCredentials => p.push(
                &key,
                format!("Warden's own connection has no agent to exchange a token for: `{name}` must be a `client_credentials` client"),
            ),
            Some(_) => {}
        }
    }
    for (key, name, headers) in connectors.chain(servers) {
        match clients.get(name) {
            None => p.push(
                &key,
                format!("unknown OAuth client `{name}` (`[oauth_clients.{name}]`)"),
            ),
            Some(client) => {
                if client.grant == OAuthGrant::TokenExchange && oauth.is_none() {
                    p.push(
                        &key,
                        format!("`{name}` exchanges the agent's access token, so agents must authenticate with OAuth access tokens (`[oauth]`)"),
                    );
                }
                if headers
                    .iter()
                    .any(|h| h.eq_ignore_ascii_case("authorization"))
                {
                    p.push(
                        &key,
                        "the connector sets its own `Authorization` header; use one or the other",
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use warden_types::{ClientAuthMethod, Connector, OAuthGrant};

    use crate::testing::{BASE, problems, with_text};

    const TOOL: &str = "[tools.\"crm.get\"]\nsystem = \"crm\"\nkind = \"read\"\nrisk = \"low\"\nschema = { type = \"object\" }\n";
    const OAUTH: &str =
        "[oauth]\nissuer = \"https://login.example\"\nresource = \"https://warden.example/\"\n";

    #[test]
    fn clients_load_and_connectors_name_them() {
        let dep = with_text(&format!(
            "{BASE}{OAUTH}{TOOL}connector = {{ type = \"http\", url = \"https://crm.example/get\", oauth = \"crm\" }}\n\
             [oauth_clients.crm]\ngrant = \"token_exchange\"\ntoken_endpoint = \"https://login.example/token\"\n\
             client_id = \"warden\"\nclient_secret = \"{{{{secret:crm-client}}}}\"\nauth_method = \"client_secret_post\"\n\
             scope = \"crm.read crm.write\"\nresource = \"https://crm.example/\"\n"
        ))
        .unwrap();
        let c = &dep.oauth_clients["crm"];
        assert_eq!(c.grant, OAuthGrant::TokenExchange);
        assert_eq!(c.auth_method, ClientAuthMethod::Post);
        assert_eq!(c.timeout, super::DEFAULT_TOKEN_TIMEOUT);
        let Connector::Http(h) = &dep.tools["crm.get"].connector else {
            panic!()
        };
        assert_eq!(h.oauth.as_deref(), Some("crm"));
    }

    #[test]
    fn every_mistake_is_named_and_no_secret_repeated() {
        let all = problems(&format!(
            "{BASE}{TOOL}connector = {{ type = \"http\", url = \"https://crm.example/get\", oauth = \"crm\", headers = {{ authorization = \"Bearer {{{{env:K}}}}\" }} }}\n\
             [tools.\"crm.put\"]\nsystem = \"crm\"\nkind = \"write\"\nrisk = \"low\"\nschema = {{ type = \"object\" }}\n\
             connector = {{ type = \"http\", url = \"https://crm.example/put\", oauth = \"ghost\" }}\n\
             [oauth_clients.crm]\ngrant = \"token_exchange\"\ntoken_endpoint = \"http://login.example/token\"\n\
             client_id = \"\"\nclient_secret = \"literal-canary\"\nscope = \"a  b\"\nresource = \"crm\"\ntimeout = \"5m\"\n\
             [oauth_clients.Bad]\ngrant = \"password\"\ntoken_endpoint = \"https://x/token\"\nclient_id = \"w\"\n\
             client_secret = \"{{{{env:S}}}}\"\nauth_method = \"private_key_jwt\"\n\
             [mcp_servers.local]\ncommand = \"server\"\noauth = \"crm\"\n\
             [mcp_servers.remote]\nurl = \"https://mcp.example/mcp\"\noauth = \"nobody\"\n\
             [mcp_servers.other]\nurl = \"https://mcp.example/mcp\"\nconnection_oauth = \"crm\"\n"
        ))
        .join("\n");
        for want in [
            "`oauth_clients.crm.token_endpoint`: must be an https:// URL",
            "`oauth_clients.crm.client_id`: must be 1 to 256",
            "`oauth_clients.crm.client_secret`: must reference the credential",
            "`oauth_clients.crm.scope`",
            "`oauth_clients.crm.resource`",
            "`oauth_clients.crm.timeout`",
            "`oauth_clients.Bad`: names are lower-case",
            "`oauth_clients.Bad.grant`: unknown grant `password`",
            "`oauth_clients.Bad.auth_method`: unknown method `private_key_jwt`",
            "`tools.\"crm.put\".connector.oauth`: unknown OAuth client `ghost`",
            "`tools.\"crm.get\".connector.oauth`: `crm` exchanges the agent's access token, so agents must authenticate with OAuth access tokens",
            "sets its own `Authorization` header",
            "`mcp_servers.local.oauth`: OAuth tokens are for `url` servers",
            "`mcp_servers.remote.oauth`: unknown OAuth client `nobody`",
            "`mcp_servers.other.connection_oauth`: Warden's own connection has no agent to exchange a token for",
        ] {
            assert!(all.contains(want), "{want}\n{all}");
        }
        assert!(!all.contains("literal-canary"), "{all}");
    }
}
