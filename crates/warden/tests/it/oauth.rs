//! Agents authenticated by OAuth 2.1 access tokens from a real authorization server
//! (`oidc-provider`, npm, started by `tests/oauth/as.mjs`): a valid token acts as the agent its
//! claim names; a token for another audience, an expired one, one signed by a key the server
//! never published, one without the surface's scope and one that does not vouch for the agent's
//! roles are each refused and recorded; opaque tokens are introspected.

use std::collections::BTreeSet;
use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::{Server, free_addr, wait_listening};
use crate::notify::Peer;

/// This Warden's resource identifier in the tests.
const RESOURCE: &str = "https://warden.test/";
const OPAQUE: &str = "urn:warden:opaque";
const ALL: &str = "warden:actions warden:mcp warden:llm";

/// Starts the authorization server; `issuer` for an impostor with another's issuer.
fn authorization_server(config: &Value, issuer: Option<&str>) -> (Peer, String) {
    let addr = free_addr();
    let port = addr.rsplit(':').next().unwrap().to_owned();
    (start_on(&port, config, issuer), format!("http://{addr}"))
}

/// The authorization server on `port` (also a restart: the same issuer, new keys).
fn start_on(port: &str, config: &Value, issuer: Option<&str>) -> Peer {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let modules = root.join("../../.node-test/node_modules");
    assert!(
        modules.join("oidc-provider").exists(),
        "oidc-provider is missing: run scripts/test-deps.sh"
    );
    let mut cmd = std::process::Command::new("node");
    cmd.arg(root.join("tests/oauth/as.mjs"))
        .args(["--port", port, "--config", &config.to_string()])
        .env("NODE_PATH", &modules)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    if let Some(i) = issuer {
        cmd.args(["--issuer", i]);
    }
    let peer = Peer(cmd.spawn().unwrap());
    wait_listening(&format!("127.0.0.1:{port}"), "the authorization server");
    peer
}

fn as_config() -> Value {
    json!({
        "resources": {
            RESOURCE: {"scope": ALL, "ttl": 300, "alg": "ES256"},
            "https://crm.test/api": {"scope": ALL, "ttl": 300, "alg": "RS256"},
            OPAQUE: {"scope": ALL, "format": "opaque"},
        },
        "default_resource": RESOURCE,
        "key_ids": {"ES256": "as-es256", "RS256": "as-rs256"},
        "clients": {
            "support-bot": {"secret": "s1", "scope": ALL, "claims": {"roles": ["support"]}},
            "0oa-finance": {"secret": "s2", "scope": ALL, "claims": {"roles": ["support"]}},
            "stale-bot": {"secret": "s3", "scope": ALL, "expired": true},
            "stranger": {"secret": "s4", "scope": ALL},
            "finance-bot": {"secret": "s5", "scope": ALL, "claims": {"roles": ["finance"]}},
            "warden": {"secret": "introspect-secret", "scope": ALL},
        }
    })
}

/// An access token for `client` (client credentials), for `resource` with `scope`.
async fn token(issuer: &str, client: &str, secret: &str, resource: &str, scope: &str) -> String {
    let r: Value = reqwest::Client::new()
        .post(format!("{issuer}/token"))
        .basic_auth(client, Some(secret))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("grant_type", "client_credentials")
                .append_pair("resource", resource)
                .append_pair("scope", scope)
                .finish(),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    r["access_token"]
        .as_str()
        .unwrap_or_else(|| panic!("{r}"))
        .to_owned()
}

fn with_oauth(issuer: &str, resource: &str) -> impl Fn(String) -> String {
    let issuer = issuer.to_owned();
    let resource = resource.to_owned();
    move |t| {
        format!(
            r#"{t}
[audit]
auth_failures_every = "1s"

[oauth]
issuer = "{issuer}"
resource = "{resource}"
roles_claim = "roles"
agents = {{ "0oa-finance" = "finance-bot", "support-bot" = "support-bot" }}

[oauth.introspection]
client_id = "warden"
client_secret = "{{{{env:INTROSPECTION_SECRET}}}}"
"#
        )
    }
}

/// A raw request with a bearer token: status, `WWW-Authenticate`, body.
async fn call(
    s: &Server,
    method: &str,
    path: &str,
    token: &str,
    body: Value,
) -> (u16, String, Value) {
    let url = format!("{}{path}", s.base);
    let req = match method {
        "GET" => s.http.get(url),
        _ => s.http.post(url).json(&body),
    };
    let r = req
        .bearer_auth(token)
        .header("accept", "application/json, text/event-stream")
        .send()
        .await
        .unwrap();
    let st = r.status().as_u16();
    let challenge = r
        .headers()
        .get("www-authenticate")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let text = r.text().await.unwrap();
    (
        st,
        challenge,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn act(s: &Server, token: &str) -> (u16, String, Value) {
    call(
        s,
        "POST",
        "/v1/actions",
        token,
        json!({"tool": "crm.get_customer", "arguments": {"customer_id": "C1234"}, "session": "o1"}),
    )
    .await
}

/// The `auth.failed` reasons counted since record `before` (waits for the 1 s window).
async fn failures(s: &Server, before: usize, want: u64) -> BTreeSet<String> {
    let mut new = Vec::new();
    for _ in 0..50 {
        tokio::time::sleep(Duration::from_millis(200)).await;
        new = s
            .audit("event=auth.failed&limit=10000")
            .await
            .split_off(before);
        let counted: u64 = new
            .iter()
            .map(|r| r["output"]["count"].as_u64().unwrap())
            .sum();
        if counted >= want {
            break;
        }
    }
    new.iter()
        .map(|r| r["output"]["reason"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_access_token_acts_as_its_agent_and_every_wrong_one_is_refused_and_recorded() {
    let (_as, issuer) = authorization_server(&as_config(), None);
    let s = Server::start_with_env(
        with_oauth(&issuer, RESOURCE),
        &[("INTROSPECTION_SECRET", "introspect-secret")],
    )
    .await;

    // The resource's metadata (RFC 9728), at the root and under a path.
    for path in [
        "/.well-known/oauth-protected-resource",
        "/.well-known/oauth-protected-resource/mcp",
    ] {
        let (st, v) = s.request("", "GET", path, None).await;
        assert_eq!(st, 200, "{v}");
        assert_eq!(v["resource"], RESOURCE);
        assert_eq!(v["authorization_servers"], json!([issuer]));
        assert_eq!(
            v["scopes_supported"],
            json!(["warden:actions", "warden:llm", "warden:mcp"])
        );
    }

    // A valid token acts as the agent its `client_id` names, bound to `oauth:<sub>`.
    let good = token(&issuer, "support-bot", "s1", RESOURCE, ALL).await;
    let (st, _, v) = act(&s, &good).await;
    assert_eq!(st, 200, "{v}");
    let id = v["action_id"].as_str().unwrap();
    let decided = s
        .audit(&format!("action_id={id}&event=action.decided"))
        .await;
    assert_eq!(decided[0]["agent"], "support-bot", "{decided:?}");
    // The same token on /mcp and the LLM proxy's model list.
    let (st, _, v) = call(
        &s,
        "POST",
        "/mcp",
        &good,
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {},
            "clientInfo": {"name": "t", "version": "1"}}}),
    )
    .await;
    assert_eq!(st, 200, "{v}");
    let (st, _, v) = call(&s, "GET", "/v1/models", &good, Value::Null).await;
    assert_eq!(st, 200, "{v}");

    let before = s.audit("event=auth.failed&limit=10000").await.len();
    // Issued for another resource: the audience is not this Warden.
    let other = token(&issuer, "support-bot", "s1", "https://crm.test/api", ALL).await;
    // Expired an hour ago, with the server's real key.
    let stale = token(&issuer, "stale-bot", "s3", RESOURCE, ALL).await;
    // Same issuer, same key ids, keys the real server never published.
    let (_impostor, impostor_url) = authorization_server(&as_config(), Some(&issuer));
    let forged = token(&impostor_url, "support-bot", "s1", RESOURCE, ALL).await;
    // A valid token whose client is no agent of this Warden.
    let stranger = token(&issuer, "stranger", "s4", RESOURCE, ALL).await;
    // A client whose id is an agent's name, but not among the mapped values: with a map, only
    // what it lists names an agent.
    let namesake = token(&issuer, "finance-bot", "s5", RESOURCE, ALL).await;
    let mut sent = 0;
    for (t, reason) in [
        (&other, "audience"),
        (&stale, "expired"),
        (&forged, "signature"),
        (&stranger, "unconfigured"),
        (&namesake, "unconfigured"),
        // Not a JWT: introspected, and not active.
        (&"never-issued-by-anyone".to_owned(), "unknown"),
    ] {
        for path in ["/v1/actions", "/mcp"] {
            let (st, challenge, v) = if path == "/mcp" {
                call(
                    &s,
                    "POST",
                    "/mcp",
                    t,
                    json!({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}),
                )
                .await
            } else {
                act(&s, t).await
            };
            if reason == "unconfigured" {
                // A valid token, for no agent here: no new token would help.
                assert_eq!(
                    (st, challenge.as_str()),
                    (403, ""),
                    "{reason} on {path}: {v}"
                );
            } else {
                assert_eq!(st, 401, "{reason} on {path}: {v}");
                assert_eq!(
                    challenge,
                    "Bearer resource_metadata=\"https://warden.test/.well-known/oauth-protected-resource\"",
                    "{reason} on {path}"
                );
            }
            sent += 1;
        }
    }
    let reasons = failures(&s, before, sent).await;
    assert_eq!(
        reasons,
        [
            "audience",
            "expired",
            "signature",
            "unconfigured",
            "unknown"
        ]
        .into_iter()
        .map(str::to_owned)
        .collect(),
    );

    // Without the surface's scope: refused with the scope named, and recorded.
    let actions_only = token(&issuer, "support-bot", "s1", RESOURCE, "warden:actions").await;
    let (st, _, v) = act(&s, &actions_only).await;
    assert_eq!(st, 200, "{v}");
    let (st, challenge, v) = call(
        &s,
        "POST",
        "/mcp",
        &actions_only,
        json!({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}),
    )
    .await;
    assert_eq!(st, 403, "{v}");
    assert!(
        challenge.starts_with("Bearer error=\"insufficient_scope\", scope=\"warden:mcp\""),
        "{challenge}"
    );
    let (st, challenge, v) = call(&s, "GET", "/v1/models", &actions_only, Value::Null).await;
    assert_eq!(st, 403, "{v}");
    assert!(challenge.contains("scope=\"warden:llm\""), "{challenge}");
    // Mapped to finance-bot, whose role the token does not vouch for.
    let finance = token(&issuer, "0oa-finance", "s2", RESOURCE, ALL).await;
    let (st, _, v) = act(&s, &finance).await;
    assert_eq!(st, 403, "{v}");
    assert!(v["detail"].as_str().unwrap().contains("`finance`"), "{v}");
    let denied = s.audit("event=access.denied&limit=1000").await;
    let agents: Vec<&str> = denied.iter().filter_map(|r| r["agent"].as_str()).collect();
    assert!(agents.contains(&"finance-bot"), "{denied:?}");
    assert_eq!(
        agents.iter().filter(|a| **a == "support-bot").count(),
        2,
        "{denied:?}"
    );
    // An access token is no operator credential.
    let (st, v) = s.request(&good, "GET", "/v1/admin/agents", None).await;
    assert_eq!(st, 401, "{v}");

    // No token ever reaches the log.
    let text = serde_json::to_string(&s.audit("limit=10000").await).unwrap();
    for t in [
        &good, &other, &stale, &forged, &stranger, &finance, &namesake,
    ] {
        let sig = t.rsplit('.').next().unwrap();
        assert!(!text.contains(sig), "a presented token was recorded");
    }
}

fn stop(mut p: Peer) {
    p.0.kill().unwrap();
    p.0.wait().unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opaque_tokens_are_introspected_and_rotated_keys_are_fetched() {
    let (server, issuer) = authorization_server(&as_config(), None);
    let port = issuer.rsplit(':').next().unwrap().to_owned();
    let s = Server::start_with_env(
        with_oauth(&issuer, OPAQUE),
        &[("INTROSPECTION_SECRET", "introspect-secret")],
    )
    .await;
    let opaque = token(&issuer, "support-bot", "s1", OPAQUE, ALL).await;
    assert!(!opaque.contains('.'), "{opaque}");
    let (st, _, v) = act(&s, &opaque).await;
    assert_eq!(st, 200, "{v}");
    // One the server never issued is not active.
    let (st, _, v) = act(&s, "lIECn3HFpbJm4jD_MRnMX_mhQsHMZjWmMmXVJrkBYCI").await;
    assert_eq!(st, 401, "{v}");
    // The server now issues JWTs for this resource: verified against its published keys.
    stop(server);
    let mut cfg = as_config();
    cfg["resources"][OPAQUE] = json!({"scope": ALL, "alg": "ES256"});
    cfg["key_ids"] = json!({"ES256": "first-es256", "RS256": "first-rs256"});
    let server = start_on(&port, &cfg, None);
    let jwt = token(&issuer, "support-bot", "s1", OPAQUE, ALL).await;
    assert_eq!(jwt.split('.').count(), 3);
    let (st, _, v) = act(&s, &jwt).await;
    assert_eq!(st, 200, "{v}");
    // It rotates its keys (new ids): the first token naming a new key makes Warden fetch them
    // again; the old key is gone, so a token it signed no longer verifies.
    stop(server);
    cfg["key_ids"] = json!({"ES256": "second-es256", "RS256": "second-rs256"});
    let _server = start_on(&port, &cfg, None);
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let rotated = token(&issuer, "support-bot", "s1", OPAQUE, ALL).await;
    let (st, _, v) = act(&s, &rotated).await;
    assert_eq!(st, 200, "{v}");
    let (st, _, v) = act(&s, &jwt).await;
    assert_eq!(st, 401, "a token signed with a withdrawn key: {v}");
}

/// The OAuth-protected upstream (`tests/oauth/rs.mjs`, `jose`) on `addr`, accepting tokens of
/// `issuer` for `audience`.
fn resource_server(addr: &str, issuer: &str, audience: &str) -> Peer {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let port = addr.rsplit(':').next().unwrap();
    let peer = Peer(
        std::process::Command::new("node")
            .arg(root.join("tests/oauth/rs.mjs"))
            .args(["--port", port, "--issuer", issuer, "--audience", audience])
            .env("NODE_PATH", root.join("../../.node-test/node_modules"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_listening(addr, "the resource server");
    peer
}

/// Tools whose connectors authenticate with tokens from `[oauth_clients]`: the agent's token
/// exchanged (`partner.whoami`, held `partner.escalate`), Warden's own (`partner.sync`), and an
/// exchange the authorization server refuses (`partner.elsewhere`).
fn with_upstream_oauth(issuer: &str, api: &str) -> impl Fn(String) -> String {
    let issuer = issuer.to_owned();
    let api = api.to_owned();
    move |t| {
        let t = with_oauth(&issuer, RESOURCE)(t);
        let tool = |name: &str, kind: &str, client: &str| {
            format!(
                r#"
[tools."partner.{name}"]
system = "kb"
kind = "{kind}"
risk = "low"
schema = {{ type = "object" }}
connector = {{ type = "http", url = "{api}/{name}", oauth = "{client}" }}
"#
            )
        };
        format!(
            r#"{t}
{}{}{}{}
[oauth_clients.partner-as-agent]
grant = "token_exchange"
token_endpoint = "{issuer}/token"
client_id = "warden-x"
client_secret = "{{{{env:PARTNER_X_SECRET}}}}"
resource = "{api}"
scope = "partner:read partner:write"

[oauth_clients.partner-service]
grant = "client_credentials"
token_endpoint = "{issuer}/token"
client_id = "warden-cc"
client_secret = "{{{{env:PARTNER_CC_SECRET}}}}"
auth_method = "client_secret_post"
resource = "{api}"
scope = "partner:read"

[oauth_clients.partner-elsewhere]
grant = "token_exchange"
token_endpoint = "{issuer}/token"
client_id = "warden-x"
client_secret = "{{{{env:PARTNER_X_SECRET}}}}"
resource = "https://crm.test/api"
"#,
            tool("whoami", "read", "partner-as-agent"),
            tool("sync", "read", "partner-service"),
            tool("escalate", "write", "partner-as-agent"),
            tool("elsewhere", "read", "partner-elsewhere"),
        )
    }
}

/// `secret.issued` records of OAuth client `client`: (outcome, record).
async fn issued(s: &Server, client: &str) -> Vec<Value> {
    s.audit("event=secret.issued&limit=1000")
        .await
        .into_iter()
        .filter(|r| r["output"]["client"] == client)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upstream_tokens_come_from_client_credentials_and_token_exchange() {
    let rs_addr = free_addr();
    let api = format!("http://{rs_addr}/api");
    let mut cfg = as_config();
    cfg["resources"][&api] =
        json!({"scope": "partner:read partner:write", "ttl": 300, "alg": "RS256"});
    cfg["clients"]["warden-x"] = json!({
        "secret": "x-secret-canary-51f0", "scope": "partner:read partner:write",
        "token_exchange": {"subject_audiences": [RESOURCE], "resources": [api]},
    });
    cfg["clients"]["warden-cc"] =
        json!({"secret": "cc-secret-canary-9e2d", "scope": "partner:read"});
    let (_as, issuer) = authorization_server(&cfg, None);
    let _rs = resource_server(&rs_addr, &issuer, &api);
    let s = Server::start_with_env(
        with_upstream_oauth(&issuer, &api),
        &[
            ("INTROSPECTION_SECRET", "introspect-secret"),
            ("PARTNER_X_SECRET", "x-secret-canary-51f0"),
            ("PARTNER_CC_SECRET", "cc-secret-canary-9e2d"),
        ],
    )
    .await;
    std::fs::write(
        s.config.parent().unwrap().join("policies/zz-partner.cedar"),
        "@id(\"partner-escalations\") @approval(\"finance-leads\")\n\
         permit(principal in Role::\"support\", action == Action::\"partner.escalate\", resource);\n",
    )
    .unwrap();
    let (st, v) = s.request(&s.admin, "POST", "/v1/admin/reload", None).await;
    assert_eq!(st, 200, "{v}");
    let seen = || async {
        reqwest::get(format!("http://{rs_addr}/_seen"))
            .await
            .unwrap()
            .json::<Vec<Value>>()
            .await
            .unwrap()
    };
    let agent = token(&issuer, "support-bot", "s1", RESOURCE, ALL).await;
    let act_as = |t: &str, tool: &str| {
        let t = t.to_owned();
        let tool = tool.to_owned();
        let s = &s;
        async move { s.act(&t, &tool, json!({}), "up").await }
    };

    // Token exchange: the upstream verifies a token issued for it, whose subject is the agent
    // and whose actor is Warden; the echo of that token never reaches the agent.
    let (st, v) = act_as(&agent, "partner.whoami").await;
    assert_eq!(st, 200, "{v}");
    let claims = &v["result"]["claims"];
    assert_eq!(claims["sub"], "support-bot", "{v}");
    assert_eq!(claims["act"]["sub"], "warden-x", "{v}");
    assert_eq!(claims["aud"], api.as_str(), "{v}");
    assert_eq!(
        claims["roles"],
        json!(["support"]),
        "claims carried over: {v}"
    );
    assert_eq!(v["result"]["presented"], "[REDACTED]", "{v}");
    // Cached until it nears expiry: the second call exchanges nothing.
    let (st, _) = act_as(&agent, "partner.whoami").await;
    assert_eq!(st, 200);
    let records = issued(&s, "partner-as-agent").await;
    assert_eq!(records.len(), 1, "{records:?}");
    let r = &records[0];
    assert_eq!(r["outcome"], "success", "{r}");
    assert_eq!(r["agent"], "support-bot");
    assert_eq!(r["output"]["grant"], "token_exchange");
    assert_eq!(r["output"]["expires_in"], 300);
    assert!(
        r["output"]["subject_credential"]
            .as_str()
            .unwrap()
            .starts_with("oauth:"),
        "{r}"
    );

    // Client credentials: Warden's own token, the same for every agent's calls; eight calls
    // at once wait for one token request.
    let warden_token = s.token("agent", "support-bot").await;
    let calls = (0..8).map(|i| {
        act_as(
            if i % 2 == 0 { &agent } else { &warden_token },
            "partner.sync",
        )
    });
    for (st, v) in futures_util::future::join_all(calls).await {
        assert_eq!(st, 200, "{v}");
        assert_eq!(v["result"]["claims"]["sub"], "warden-cc", "{v}");
        assert!(v["result"]["claims"]["act"].is_null(), "{v}");
    }
    assert_eq!(issued(&s, "partner-service").await.len(), 1);

    // An agent with a Warden token has no OAuth identity to exchange: the call fails before
    // anything is sent, and that is recorded.
    let before = seen().await.len();
    let failed = |(st, v): (u16, Value), why: &str| {
        assert_eq!(
            (st, v["code"].as_str()),
            (502, Some("upstream_error")),
            "{v}"
        );
        assert!(v["detail"].as_str().unwrap().contains(why), "{why}: {v}");
    };
    failed(
        act_as(&warden_token, "partner.whoami").await,
        "none is at hand",
    );
    // The authorization server refuses an exchange for a resource this client may not reach.
    failed(act_as(&agent, "partner.elsewhere").await, "invalid_target");
    assert_eq!(seen().await.len(), before, "nothing reached the upstream");
    let refused = issued(&s, "partner-elsewhere").await;
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0]["outcome"], "failure");
    let failed: Vec<Value> = issued(&s, "partner-as-agent")
        .await
        .into_iter()
        .filter(|r| r["outcome"] == "failure")
        .collect();
    assert_eq!(failed.len(), 1, "{failed:?}");

    // A held call runs at approval with the agent's token (the last one it presented) exchanged.
    let (st, v) = act_as(&agent, "partner.escalate").await;
    assert_eq!(st, 202, "{v}");
    let id = v["approval_id"].as_str().unwrap().to_owned();
    let fiona = s.token("operator", "fiona").await;
    let (st, v) = s
        .request(
            &fiona,
            "POST",
            &format!("/v1/admin/approvals/{id}/approve"),
            Some(json!({})),
        )
        .await;
    assert_eq!((st, v["state"].as_str()), (200, Some("executed")), "{v}");
    let last = seen().await.pop().unwrap();
    assert_eq!(last["path"], "/api/escalate", "{last}");
    assert_eq!(last["claims"]["sub"], "support-bot", "{last}");
    assert_eq!(last["claims"]["act"]["sub"], "warden-x", "{last}");

    // The upstream revokes the tokens it was sent: the call it refuses drops Warden's cached
    // token, and the next one is made with a new exchange.
    let revoke = reqwest::Client::new()
        .post(format!("http://{rs_addr}/_revoke"))
        .send()
        .await
        .unwrap();
    assert_eq!(revoke.status(), 200);
    let (st, v) = act_as(&agent, "partner.whoami").await;
    assert_eq!(
        (st, v["code"].as_str()),
        (502, Some("upstream_error")),
        "{v}"
    );
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (st, v) = act_as(&agent, "partner.whoami").await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(
        issued(&s, "partner-as-agent")
            .await
            .iter()
            .filter(|r| r["outcome"] == "success")
            .count(),
        2
    );

    // No token and no client secret in the audit log or Warden's own log.
    let text = serde_json::to_string(&s.audit("limit=10000").await).unwrap()
        + &std::fs::read_to_string(&s.log).unwrap();
    let mut canaries: Vec<String> = seen()
        .await
        .iter()
        .filter_map(|r| r["signature"].as_str().map(str::to_owned))
        .collect();
    assert!(canaries.len() >= 4, "{canaries:?}");
    canaries.push(agent.rsplit('.').next().unwrap().to_owned());
    canaries.push("x-secret-canary-51f0".into());
    canaries.push("cc-secret-canary-9e2d".into());
    for c in canaries {
        assert!(!text.contains(&c), "a token or client secret was logged");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_mcp_upstream_receives_the_agents_exchanged_token() {
    warden_execute::install_crypto_provider();
    let mcp_addr = free_addr();
    let port = mcp_addr.rsplit(':').next().unwrap().to_owned();
    let audience = format!("http://{mcp_addr}/mcp");
    let mut cfg = as_config();
    cfg["resources"][&audience] = json!({"scope": "partner:read", "ttl": 300, "alg": "ES256"});
    cfg["clients"]["warden-x"] = json!({
        "secret": "x-secret-canary-51f0", "scope": "partner:read",
        "token_exchange": {"subject_audiences": [RESOURCE], "resources": [audience]},
    });
    cfg["clients"]["warden-cc"] =
        json!({"secret": "cc-secret-canary-9e2d", "scope": "partner:read"});
    let (_as, issuer) = authorization_server(&cfg, None);
    // An MCP server (the official Python SDK) that wants a token for every request (its bearer
    // middleware), and checks each call's token with PyJWT.
    let _mcp = Peer(
        std::process::Command::new(crate::mcp::python())
            .arg(crate::mcp::script("oauth_server.py"))
            .args([port.as_str(), issuer.as_str(), "--require-token"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_listening(&mcp_addr, "the MCP server");
    let listing = reqwest::Client::new()
        .post(&audience)
        .header("accept", "application/json, text/event-stream")
        .json(&json!({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        listing.status(),
        401,
        "the server must refuse a request without a token"
    );
    let (iss, aud) = (issuer.clone(), audience.clone());
    let s = Server::start_with_env(
        move |t| {
            format!(
                "{}\n[mcp_servers.partner]\nurl = \"{aud}\"\noauth = \"partner-mcp\"\nconnection_oauth = \"partner-cc\"\n\n\
                 [oauth_clients.partner-cc]\ngrant = \"client_credentials\"\ntoken_endpoint = \"{iss}/token\"\n\
                 client_id = \"warden-cc\"\nclient_secret = \"{{{{env:PARTNER_CC_SECRET}}}}\"\nresource = \"{aud}\"\n\n\
                 [oauth_clients.partner-mcp]\ngrant = \"token_exchange\"\ntoken_endpoint = \"{iss}/token\"\n\
                 client_id = \"warden-x\"\nclient_secret = \"{{{{env:PARTNER_X_SECRET}}}}\"\nresource = \"{aud}\"\n",
                with_oauth(&iss, RESOURCE)(t)
            )
        },
        &[
            ("INTROSPECTION_SECRET", "introspect-secret"),
            ("PARTNER_X_SECRET", "x-secret-canary-51f0"),
            ("PARTNER_CC_SECRET", "cc-secret-canary-9e2d"),
        ],
    )
    .await;
    std::fs::write(
        s.config.parent().unwrap().join("policies/zz-partner.cedar"),
        "@id(\"partner-mcp\")\npermit(principal in Role::\"support\", action == Action::\"partner.whoami\", resource);\n",
    )
    .unwrap();
    let (st, v) = s.request(&s.admin, "POST", "/v1/admin/reload", None).await;
    assert_eq!(st, 200, "{v}");

    let agent = token(&issuer, "support-bot", "s1", RESOURCE, ALL).await;
    let (st, v) = s.act(&agent, "partner.whoami", json!({}), "m").await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["result"]["isError"], false, "{v}");
    let text = v["result"]["content"][0]["text"].as_str().unwrap();
    let said: Value = serde_json::from_str(text).unwrap();
    assert_eq!(said["sub"], "support-bot", "{said}");
    assert_eq!(said["act"]["sub"], "warden-x", "{said}");
    assert_eq!(said["aud"], audience.as_str(), "{said}");
    assert_eq!(
        said["presented"], "[REDACTED]",
        "the echoed token reached the agent"
    );
    let records = issued(&s, "partner-mcp").await;
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0]["outcome"], "success");

    // A Warden token has no OAuth identity to exchange: nothing is called.
    let own = s.token("agent", "support-bot").await;
    let (st, v) = s.act(&own, "partner.whoami", json!({}), "m").await;
    assert_eq!(
        (st, v["code"].as_str()),
        (502, Some("upstream_error")),
        "{v}"
    );
    // Warden's own connection (discovery, listing) used its client-credentials token, recorded
    // (with the server as system, no agent) once the periodic flush ran.
    let mut connection = Vec::new();
    for _ in 0..30 {
        connection = issued(&s, "partner-cc").await;
        if !connection.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(
        !connection.is_empty(),
        "no record of the connection's token"
    );
    assert_eq!(connection[0]["outcome"], "success", "{connection:?}");
    assert_eq!(connection[0]["systems"], json!(["partner"]));
    assert!(connection[0]["agent"].is_null());
    let text = serde_json::to_string(&s.audit("limit=10000").await).unwrap()
        + &std::fs::read_to_string(&s.log).unwrap();
    assert!(!text.contains("x-secret-canary-51f0"));
    assert!(!text.contains("cc-secret-canary-9e2d"));
    assert!(!text.contains(agent.rsplit('.').next().unwrap()));
}
