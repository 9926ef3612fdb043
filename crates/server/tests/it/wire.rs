//! Golden snapshots of what `/mcp` sends agents: the handshake, the catalogue an agent sees, and
//! each way a tool call ends (a tool error with Warden's problem in `_meta`, or the JSON-RPC
//! error the protocol asks for), plus the protocol's own refusals. Ids and times are replaced by
//! placeholders; everything else is compared byte for byte, so a change in what agents receive
//! is a reviewed diff of `tests/it/snapshots/`.

use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, header};
use serde_json::{Value, json};
use tower::ServiceExt as _;

use crate::handlers::edge_with;

/// Ids and times that change from run to run, replaced where they appear in any string.
fn stable(v: Value) -> Value {
    match v {
        Value::String(s) => Value::String(stable_text(&s)),
        Value::Array(a) => Value::Array(a.into_iter().map(stable).collect()),
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| match k.as_str() {
                    "expires_at" | "ts" | "created_at" => (k, json!("[time]")),
                    "version" if v.as_str().is_some_and(|s| s.contains('.')) => {
                        (k, json!("[version]"))
                    }
                    _ => (k, stable(v)),
                })
                .collect(),
        ),
        other => other,
    }
}

fn stable_text(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    'outer: while !rest.is_empty() {
        for prefix in ["act_", "mcp_", "ses_"] {
            if let Some(after) = rest.strip_prefix(prefix) {
                let hex = after.bytes().take_while(u8::is_ascii_hexdigit).count();
                if hex >= 16 {
                    out.push_str(prefix);
                    out.push_str("[id]");
                    rest = &after[hex..];
                    continue 'outer;
                }
            }
        }
        let c = rest.chars().next().unwrap();
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

async fn mcp(
    app: &axum::Router,
    token: &str,
    session: Option<&str>,
    body: Value,
) -> (u16, Option<String>, Value) {
    let mut req = Request::builder()
        .method("POST")
        .uri("/mcp")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT, "application/json, text/event-stream");
    if let Some(s) = session {
        req = req.header("mcp-session-id", s);
    }
    let resp = app
        .clone()
        .oneshot(req.body(Body::from(body.to_string())).unwrap())
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let session = resp
        .headers()
        .get("mcp-session-id")
        .map(|v| v.to_str().unwrap().to_owned());
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
        .await
        .unwrap();
    (
        status,
        session,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

/// Snapshots with map keys sorted: serde_json keeps insertion order when another crate in the
/// build enables `preserve_order`, so the order must not depend on which crates are built.
fn sorted() -> insta::internals::SettingsBindDropGuard {
    let mut settings = insta::Settings::clone_current();
    settings.set_sort_maps(true);
    settings.bind_to_scope()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_mcp_sends_agents() {
    let _sorted = sorted();
    // A held call answers at once here (no waiting for a human).
    let e = edge_with(|d| d.mcp_hold_wait = Duration::ZERO).await;
    let support = e.token("agent", "support-bot").await;
    let finance = e.token("agent", "finance-bot").await;
    // One router: MCP sessions live in it.
    let app = warden_server::router(e.gw.clone());
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "snapshot", "version": "1"}}});
    let (st, session, v) = mcp(&app, &support, None, init.clone()).await;
    assert_eq!(st, 200);
    let session = session.unwrap();
    insta::assert_json_snapshot!("mcp_initialize", stable(v));
    let (_, _, v) = mcp(
        &app,
        &support,
        Some(&session),
        json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}),
    )
    .await;
    insta::assert_json_snapshot!("mcp_tools_list_support_bot", stable(v));

    let call = |id: u64, name: &str, args: Value| json!({"jsonrpc": "2.0", "id": id, "method": "tools/call", "params": {"name": name, "arguments": args}});
    let mut ends = serde_json::Map::new();
    for (name, token, msg) in [
        (
            "invalid_arguments",
            &support,
            call(3, "crm.get_customer", json!({"customer_id": 7})),
        ),
        (
            "denied",
            &support,
            call(
                4,
                "payments.send",
                json!({"iban": "NL91ABNA0417164300", "amount": 25000, "reference": "INV-7"}),
            ),
        ),
        ("unknown_tool", &support, call(5, "nope.missing", json!({}))),
        (
            "no_name",
            &support,
            json!({"jsonrpc": "2.0", "id": 6, "method": "tools/call", "params": {}}),
        ),
        // No credential is set here: the connector cannot inject one.
        (
            "upstream_error",
            &support,
            call(7, "crm.get_customer", json!({"customer_id": "C1234"})),
        ),
    ] {
        let (st, _, v) = mcp(&app, token, Some(&session), msg).await;
        assert_eq!(st, 200, "{name}: {v}");
        ends.insert(name.into(), stable(v));
    }
    let (_, fsession, _) = mcp(&app, &finance, None, init).await;
    let (_, _, v) = mcp(
        &app,
        &finance,
        fsession.as_deref(),
        call(
            8,
            "payments.send",
            json!({"iban": "NL91ABNA0417164300", "amount": 25000, "reference": "INV-7"}),
        ),
    )
    .await;
    ends.insert("held".into(), stable(v));
    insta::assert_json_snapshot!("mcp_tool_call_ends", Value::Object(ends));

    let mut protocol = serde_json::Map::new();
    for (name, session, body) in [
        (
            "no_session",
            None,
            json!({"jsonrpc": "2.0", "id": 9, "method": "tools/list"}),
        ),
        (
            "unknown_session",
            Some("mcp_0000"),
            json!({"jsonrpc": "2.0", "id": 10, "method": "tools/list"}),
        ),
        (
            "batch",
            Some(session.as_str()),
            json!([{"jsonrpc": "2.0", "id": 11, "method": "ping"}]),
        ),
        (
            "not_json_rpc",
            Some(session.as_str()),
            json!({"id": 12, "method": "ping"}),
        ),
        (
            "unknown_method",
            Some(session.as_str()),
            json!({"jsonrpc": "2.0", "id": 13, "method": "sampling/createMessage"}),
        ),
    ] {
        let (st, _, v) = mcp(&app, &support, session, body).await;
        protocol.insert(name.into(), json!({"status": st, "body": stable(v)}));
    }
    insta::assert_json_snapshot!("mcp_protocol_refusals", Value::Object(protocol));
}
