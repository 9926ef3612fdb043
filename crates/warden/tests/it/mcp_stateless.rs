//! `/mcp` in the session-less revision (2026-07-28) beside the handshake era, against a real
//! `warden serve`: the official Python SDK's `Client` in both eras on the same endpoint; the
//! envelope and routing headers checked with the SDK's error codes; a held call answered
//! "input required" and completed exactly once on retry after approval; labels that hold the
//! next external send without any protocol session.

use std::process::Command;

use serde_json::{Value, json};

use crate::harness::Server;
use crate::mcp::{python, script};

const V: &str = "2026-07-28";

/// One request of the revision: `name` is `Mcp-Name`; `extra` more headers.
async fn post(
    s: &Server,
    token: &str,
    method: &str,
    name: Option<&str>,
    params: Value,
    extra: &[(&str, &str)],
) -> (u16, reqwest::header::HeaderMap, Value) {
    let mut params = params;
    if params.get("_meta").is_none() {
        params["_meta"] = json!({
            "io.modelcontextprotocol/protocolVersion": V,
            "io.modelcontextprotocol/clientCapabilities": {"elicitation": {"form": {}}},
            "io.modelcontextprotocol/clientInfo": {"name": "raw", "version": "1"},
        });
    }
    let mut req = s
        .http
        .post(format!("{}/mcp", s.base))
        .bearer_auth(token)
        .header("accept", "application/json, text/event-stream")
        .header("mcp-protocol-version", V)
        .header("mcp-method", method)
        .json(&json!({"jsonrpc": "2.0", "id": 7, "method": method, "params": params}));
    if let Some(n) = name {
        req = req.header("mcp-name", n);
    }
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    let r = req.send().await.unwrap();
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    let body = r.json().await.unwrap_or(Value::Null);
    (status, headers, body)
}

async fn call(s: &Server, token: &str, tool: &str, args: Value, state: Option<&str>) -> Value {
    let mut params = json!({"name": tool, "arguments": args});
    if let Some(st) = state {
        params["requestState"] = json!(st);
        params["inputResponses"] = json!({"warden.approval": {"action": "accept", "content": {}}});
    }
    let (status, headers, body) = post(s, token, "tools/call", Some(tool), params, &[]).await;
    assert_eq!(status, 200, "{body}");
    assert!(headers.get("mcp-session-id").is_none());
    body["result"].clone()
}

fn held() -> impl Fn(String) -> String {
    |t| t.replace("hold_wait = \"10s\"", "hold_wait = \"1s\"")
}

fn client(s: &Server, token: &str, mode: &str, steps: &Value) -> Vec<Value> {
    let out = Command::new(python())
        .arg(script("modern_client.py"))
        .arg(format!("{}/mcp", s.base))
        .arg(token)
        .arg(mode)
        .arg(steps.to_string())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "client failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_eras_are_served_on_one_endpoint_by_the_official_sdk() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let steps = json!([
        {"list": true},
        {"call": "crm.get_customer", "arguments": {"customer_id": "C1234"}},
    ]);
    for (mode, era, server) in [
        ("2026-07-28", V, Value::Null),
        ("auto", V, json!("warden")),
        ("legacy", "2025-11-25", json!("warden")),
    ] {
        let lines = client(&s, &support, mode, &steps);
        assert_eq!(lines[0]["era"], era, "{mode}: {lines:?}");
        assert_eq!(lines[0]["server"], server, "{mode}: {lines:?}");
        let tools = lines[1]["tools"].as_array().unwrap();
        assert!(
            tools.contains(&json!("crm.get_customer")),
            "{mode}: {tools:?}"
        );
        assert!(
            !tools.contains(&json!("payments.send")),
            "{mode}: {tools:?}"
        );
        let result = &lines[2]["result"];
        assert_eq!(result["isError"], false, "{mode}: {result}");
    }
    // The official TypeScript SDK (a handshake-era client) on the same endpoint.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("node")
        .arg(root.join("tests/mcp/ts_client.mjs"))
        .arg(format!("{}/mcp", s.base))
        .arg(&support)
        .arg("crm.get_customer")
        .arg(json!({"customer_id": "C1234"}).to_string())
        .env("NODE_PATH", root.join("../../.node-test/node_modules"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["server"], "warden", "{v}");
    assert!(
        v["tools"]
            .as_array()
            .unwrap()
            .contains(&json!("crm.get_customer")),
        "{v}"
    );
    assert_eq!(v["result"]["isError"], false, "{v}");
    assert_eq!(s.calls("crm.get_customer").await.len(), 4);
    // The MCP Inspector's CLI, headless.
    let inspector = root.join("../../.node-inspector/node_modules/.bin/mcp-inspector");
    assert!(
        inspector.exists(),
        "run scripts/test-deps.sh: {} is missing",
        inspector.display()
    );
    let auth = format!("Authorization: Bearer {support}");
    let url = format!("{}/mcp", s.base);
    for (method, extra) in [
        ("tools/list", vec![]),
        (
            "tools/call",
            vec![
                "--tool-name",
                "crm.get_customer",
                "--tool-arg",
                "customer_id=C1234",
            ],
        ),
    ] {
        let out = Command::new(&inspector)
            .args([
                "--cli",
                &url,
                "--transport",
                "http",
                "--header",
                &auth,
                "--method",
                method,
            ])
            .args(&extra)
            .env("HOME", std::env::temp_dir())
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{method}: {text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            text.contains("crm.get_customer") || text.contains("C1234"),
            "{method}: {text}"
        );
        assert!(!text.contains("\"isError\": true"), "{method}: {text}");
    }
    assert_eq!(s.calls("crm.get_customer").await.len(), 5);
    // Each call went through the pipeline and is on record.
    let decided = s.audit("agent=support-bot&event=action.decided").await;
    assert_eq!(decided.len(), 5, "{decided:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_envelope_and_routing_headers_must_agree_with_the_body() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    // Discovery, and the shape of results.
    let (st, h, v) = post(&s, &support, "server/discover", None, json!({}), &[]).await;
    assert_eq!(st, 200, "{v}");
    assert!(h.get("mcp-session-id").is_none());
    let r = &v["result"];
    assert_eq!(r["supportedVersions"], json!([V]));
    assert_eq!(r["resultType"], "complete");
    assert_eq!(
        (r["ttlMs"].clone(), r["cacheScope"].clone()),
        (json!(0), json!("private"))
    );
    assert_eq!(
        r["_meta"]["io.modelcontextprotocol/serverInfo"]["name"],
        "warden"
    );
    let (st, _, v) = post(&s, &support, "tools/list", None, json!({}), &[]).await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["result"]["cacheScope"], "private");
    assert!(!v["result"]["tools"].as_array().unwrap().is_empty());

    let args = json!({"name": "crm.get_customer", "arguments": {"customer_id": "C1234"}});
    // Mcp-Name names another tool than the body: the proxy in front would have routed it
    // elsewhere. Refused before anything runs.
    let (st, _, v) = post(
        &s,
        &support,
        "tools/call",
        Some("crm.update_customer"),
        args.clone(),
        &[],
    )
    .await;
    assert_eq!(
        (st, v["error"]["code"].as_i64()),
        (400, Some(-32020)),
        "{v}"
    );
    let (st, _, v) = post(&s, &support, "tools/call", None, args.clone(), &[]).await;
    assert_eq!(
        (st, v["error"]["code"].as_i64()),
        (400, Some(-32020)),
        "{v}"
    );
    // Mcp-Method disagrees (the header is sent twice: once right, once not).
    let (st, _, v) = post(
        &s,
        &support,
        "tools/call",
        Some("crm.get_customer"),
        args.clone(),
        &[("mcp-method", "tools/list")],
    )
    .await;
    assert_eq!(
        (st, v["error"]["code"].as_i64()),
        (400, Some(-32020)),
        "{v}"
    );
    assert_eq!(s.calls("crm.get_customer").await.len(), 0);
    // The envelope.
    let mut bad = args.clone();
    bad["_meta"] = json!({"io.modelcontextprotocol/protocolVersion": V});
    let (st, _, v) = post(
        &s,
        &support,
        "tools/call",
        Some("crm.get_customer"),
        bad,
        &[],
    )
    .await;
    assert_eq!(
        (st, v["error"]["code"].as_i64()),
        (400, Some(-32602)),
        "{v}"
    );
    // A version this server does not speak, consistently in header and body.
    let mut future = args.clone();
    future["_meta"] = json!({"io.modelcontextprotocol/protocolVersion": "2099-01-01", "io.modelcontextprotocol/clientCapabilities": {}});
    let r = s
        .http
        .post(format!("{}/mcp", s.base))
        .bearer_auth(&support)
        .header("mcp-protocol-version", "2099-01-01")
        .header("mcp-method", "tools/call")
        .header("mcp-name", "crm.get_customer")
        .json(&json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": future}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["error"]["code"], -32022, "{v}");
    assert_eq!(v["error"]["data"]["supported"], json!([V]));
    // The handshake does not exist in this revision.
    let (st, _, v) = post(&s, &support, "initialize", None, json!({}), &[]).await;
    assert_eq!(
        (st, v["error"]["code"].as_i64()),
        (404, Some(-32601)),
        "{v}"
    );
    // A notification is accepted and changes nothing.
    let r = s
        .http
        .post(format!("{}/mcp", s.base))
        .bearer_auth(&support)
        .header("mcp-protocol-version", V)
        .json(&json!({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 202);
    // Well-formed, the call runs once.
    let r = call(
        &s,
        &support,
        "crm.get_customer",
        json!({"customer_id": "C1234"}),
        None,
    )
    .await;
    assert_eq!(r["resultType"], "complete", "{r}");
    assert_eq!(s.calls("crm.get_customer").await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_held_call_answers_input_required_and_completes_once_on_retry() {
    let s = Server::start_with(held()).await;
    let support = s.token("agent", "support-bot").await;
    let fiona = s.token("operator", "fiona").await;
    let refund = json!({"charge_id": "ch_9Xx1", "amount": 500});
    let r = call(&s, &support, "payments.refund", refund.clone(), None).await;
    assert_eq!(r["resultType"], "input_required", "{r}");
    let state = r["requestState"].as_str().unwrap().to_owned();
    let action = r["_meta"]["warden"]["action_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(state, format!("warden.v1:{action}"));
    assert_eq!(
        r["inputRequests"]["warden.approval"]["method"], "elicitation/create",
        "{r}"
    );
    // Retried before anyone decided: still waiting, the same action.
    let r = call(
        &s,
        &support,
        "payments.refund",
        refund.clone(),
        Some(&state),
    )
    .await;
    assert_eq!(r["resultType"], "input_required", "{r}");
    assert_eq!(r["requestState"], state);
    assert!(s.calls("payments.refund").await.is_empty());
    // Approved: it runs once; the retry returns that outcome, as often as it is asked.
    let (st, v) = s
        .request(
            &fiona,
            "POST",
            &format!("/v1/admin/approvals/{action}/approve"),
            Some(json!({"comment": "ok"})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    for _ in 0..2 {
        let r = call(
            &s,
            &support,
            "payments.refund",
            refund.clone(),
            Some(&state),
        )
        .await;
        assert_eq!(r["resultType"], "complete", "{r}");
        assert_eq!(r["isError"], false, "{r}");
        assert_eq!(r["_meta"]["warden"]["action_id"], action.as_str(), "{r}");
    }
    assert_eq!(s.calls("payments.refund").await.len(), 1);
    // A changed argument with the old state is a new action, held on its own.
    let changed = json!({"charge_id": "ch_9Xx1", "amount": 900});
    let r = call(&s, &support, "payments.refund", changed, Some(&state)).await;
    assert_eq!(r["resultType"], "input_required", "{r}");
    assert_ne!(r["_meta"]["warden"]["action_id"], action.as_str());
    assert_eq!(s.calls("payments.refund").await.len(), 1);
    // Another agent presenting this state does not get this action's outcome.
    let finance = s.token("agent", "finance-bot").await;
    let (st, _, v) = post(
        &s,
        &finance,
        "tools/call",
        Some("payments.refund"),
        json!({"name": "payments.refund", "arguments": refund, "requestState": state}),
        &[],
    )
    .await;
    assert_eq!(st, 200, "{v}");
    assert_ne!(
        v["result"]["_meta"]["warden"]["action_id"],
        action.as_str(),
        "{v}"
    );
    // State Warden never gave is refused as the protocol says.
    let (st, _, v) = post(
        &s,
        &support,
        "tools/call",
        Some("payments.refund"),
        json!({"name": "payments.refund", "arguments": {"charge_id": "ch_1", "amount": 5}, "requestState": "v1.forged"}),
        &[],
    )
    .await;
    assert_eq!(
        (st, v["error"]["code"].as_i64()),
        (400, Some(-32602)),
        "{v}"
    );
    assert_eq!(v["error"]["message"], "Invalid or expired requestState");

    // The official SDK drives the rounds itself: it asks its user, retries, and returns the
    // outcome once an approver decides.
    let base = s.base.clone();
    let token = support.clone();
    let sdk = tokio::task::spawn_blocking(move || {
        let out = Command::new(python())
            .arg(script("modern_client.py"))
            .arg(format!("{base}/mcp"))
            .arg(&token)
            .arg(V)
            .arg(json!([{"call": "payments.refund", "arguments": {"charge_id": "ch_7777", "amount": 700}}]).to_string())
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    });
    let mut pending = None;
    for _ in 0..100 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let (_, v) = s
            .request(&s.admin, "GET", "/v1/admin/approvals?state=pending", None)
            .await;
        pending = v
            .as_array()
            .into_iter()
            .flatten()
            .find(|a| a["action"]["arguments"]["charge_id"] == "ch_7777")
            .and_then(|a| a["action"]["id"].as_str())
            .map(str::to_owned);
        if pending.is_some() {
            break;
        }
    }
    let Some(pending) = pending else {
        let out = sdk.await.unwrap();
        let (_, v) = s
            .request(&s.admin, "GET", "/v1/admin/approvals?state=pending", None)
            .await;
        panic!("the SDK's call was not held: {out}\n{v}");
    };
    // Past the first round's wait (`mcp.hold_wait` = 1 s): the client has been asked.
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    let (st, v) = s
        .request(
            &fiona,
            "POST",
            &format!("/v1/admin/approvals/{pending}/approve"),
            Some(json!({"comment": "ok"})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let out = sdk.await.unwrap();
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[1]["result"]["isError"], false, "{out}");
    assert!(lines[1]["asked"].as_u64().unwrap() >= 1, "{out}");
    assert_eq!(s.calls("payments.refund").await.len(), 2);

    // Declining the question withdraws the held call.
    let lines = client(
        &s,
        &support,
        V,
        &json!([{"call": "payments.refund", "arguments": {"charge_id": "ch_7878", "amount": 800}, "elicit": "decline"}]),
    );
    let text = lines[1]["result"]["content"][0]["text"]
        .as_str()
        .unwrap_or_default();
    assert!(text.starts_with("Withdrawn"), "{lines:?}");
    assert_eq!(s.calls("payments.refund").await.len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_an_agent_read_holds_its_next_external_send_without_any_session() {
    let s = Server::start_with(held()).await;
    let support = s.token("agent", "support-bot").await;
    let mail = json!({"to": "x@exfil.example", "subject": "s", "body": "b"});
    // Before it read anything, the e-mail goes.
    let r = call(&s, &support, "email.send", mail.clone(), None).await;
    assert_eq!(r["resultType"], "complete", "{r}");
    assert_eq!(r["isError"], false, "{r}");
    // The inbox is declared untrusted: reading it over the session-less revision labels the
    // agent's run, and the next external e-mail (also session-less) is held.
    let r = call(&s, &support, "email.read_inbox", json!({}), None).await;
    assert_eq!(r["resultType"], "complete", "{r}");
    assert!(
        r["_meta"]["warden"]["labels"]
            .as_array()
            .unwrap()
            .contains(&json!("untrusted")),
        "{r}"
    );
    let r = call(&s, &support, "email.send", mail.clone(), None).await;
    assert_eq!(r["resultType"], "input_required", "{r}");
    // Its retry is the same action, although Warden appended the AI disclosure to the body it
    // holds (the retry is recognised by the arguments as sent).
    let state = r["requestState"].as_str().unwrap().to_owned();
    let action = r["_meta"]["warden"]["action_id"].clone();
    let (_, v) = s
        .request(
            &s.admin,
            "GET",
            &format!("/v1/admin/approvals/{}", action.as_str().unwrap()),
            None,
        )
        .await;
    assert_ne!(
        v["action"]["arguments"]["body"], "b",
        "the disclosure was added: {v}"
    );
    let again = call(&s, &support, "email.send", mail.clone(), Some(&state)).await;
    assert_eq!(again["resultType"], "input_required", "{again}");
    assert_eq!(again["_meta"]["warden"]["action_id"], action, "{again}");
    // The same over the action API, and over the handshake era: one run, one label.
    let (st, v) = s
        .act(&support, "email.send", mail.clone(), "brand-new")
        .await;
    assert_eq!(st, 202, "{v}");
    assert_eq!(s.calls("email.send").await.len(), 1);
}
