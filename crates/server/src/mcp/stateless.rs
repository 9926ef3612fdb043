//! `/mcp` in the session-less revision (2026-07-28), beside the handshake era on the same
//! endpoint. No session: each request is authenticated, checked against its envelope and
//! routing headers ([`warden_mcp::stateless`]) and answered on its own; calls join the agent's
//! run (`x-warden-session`, or its current run), so what the agent read labels it whatever the
//! protocol revision. A held call answers "input required" ([`super::input_required`]).

use std::sync::Arc;

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use tokio::sync::mpsc;
use warden_mcp::rpc;
use warden_mcp::stateless::{self, Rejection, Routing};
use warden_pipeline::AgentIdentity;

use super::{
    CancelOnDrop, Era, McpState, accepts_sse, call, capabilities, json_response, list_prompts,
    list_resources, read, sse_response, tools_for,
};

/// Every value of header `name`, as text (a value that is not text is kept empty, so that
/// it cannot match).
fn all(headers: &HeaderMap, name: &str) -> Vec<String> {
    headers
        .get_all(name)
        .iter()
        .map(|v| v.to_str().unwrap_or_default().to_owned())
        .collect()
}

fn routing(headers: &HeaderMap) -> Routing {
    let params = headers
        .iter()
        .filter_map(|(k, v)| {
            k.as_str()
                .strip_prefix("mcp-param-")
                .map(|t| (t.to_owned(), v.to_str().unwrap_or_default().to_owned()))
        })
        .collect();
    Routing {
        version: all(headers, "mcp-protocol-version"),
        method: all(headers, "mcp-method"),
        name: all(headers, "mcp-name"),
        params,
    }
}

/// An answer with the revision's status for its error code (200 for results).
fn answer(body: &Value) -> Response {
    let status = body
        .get("error")
        .and_then(|e| e.get("code"))
        .and_then(Value::as_i64)
        .map_or(200, stateless::status_of);
    json_response(
        StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
        body,
        None,
    )
}

fn rejected(id: &Value, r: Rejection) -> Response {
    answer(&rpc::error(id, r.code, r.message, r.data))
}

fn server_info() -> Value {
    json!({"name": "warden", "title": "Warden", "version": env!("CARGO_PKG_VERSION")})
}

const INSTRUCTIONS: &str = "Tools are namespaced by system (`crm.get_ticket`). Calls go through Warden's policies; a call held for a human's approval answers \"input required\": call again with the same arguments and the requestState to get its outcome once decided.";

pub(super) async fn post(
    st: &Arc<McpState>,
    who: AgentIdentity,
    headers: &HeaderMap,
    peer: &crate::Peer,
    msg: Value,
) -> Response {
    let id = msg.get("id").cloned().unwrap_or(Value::Null);
    match rpc::kind(&msg) {
        rpc::Kind::Invalid | rpc::Kind::Response => {
            return answer(&rpc::error(
                &Value::Null,
                rpc::INVALID_REQUEST,
                "Body must be a single JSON-RPC request or notification object",
                None,
            ));
        }
        // Nothing a client notifies changes anything here (cancelling is closing the request).
        rpc::Kind::Notification => return StatusCode::ACCEPTED.into_response(),
        rpc::Kind::Request => {}
    }
    let routing = routing(headers);
    let envelope = match stateless::check_request(&routing, &msg) {
        Ok(e) => e,
        Err(r) => {
            tracing::info!(agent = %who.agent(), code = r.code, "MCP request refused: {}", r.message);
            return rejected(&id, r);
        }
    };
    let method = msg
        .get("method")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let params = msg.get("params").cloned().unwrap_or_else(|| json!({}));
    // The run the call joins: one an operator opened, named by the client; else the agent's
    // current run (never a fresh, clean one).
    let run = headers
        .get("x-warden-session")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let result = match method.as_str() {
        "server/discover" => rpc::result(
            &id,
            json!({
                "supportedVersions": [stateless::VERSION],
                "capabilities": capabilities(&st.gw),
                "instructions": INSTRUCTIONS,
            }),
        ),
        "tools/list" => rpc::result(&id, json!({"tools": tools_for(&st.gw, who.agent())})),
        "resources/list" => list_resources(st, &who, &id).await,
        "prompts/list" => list_prompts(&st.gw, &who, &id).await,
        "resources/read" | "prompts/get" => {
            read(st, &who, run.as_deref(), &id, &method, &params).await
        }
        "tools/call" => {
            let name = params.get("name").and_then(Value::as_str).unwrap_or("");
            let arguments = params.get("arguments").cloned().unwrap_or(Value::Null);
            // The schema the agent was shown for this tool (an upstream's as it listed it, or
            // the configured one): its `x-mcp-header` properties travel in headers too.
            let schema = match st.gw.mcp_definition(name) {
                Some(def) => def.get("inputSchema").cloned(),
                None => st.gw.deployment().tools.get(name).map(|t| t.schema.clone()),
            };
            if let Some(schema) = schema
                && let Err(r) = stateless::check_param_headers(&routing, &schema, &arguments)
            {
                return rejected(&id, r);
            }
            return call_tool(
                st,
                who,
                headers,
                peer,
                run,
                id,
                params,
                envelope.can_elicit(),
            )
            .await;
        }
        _ => rpc::error(
            &id,
            rpc::METHOD_NOT_FOUND,
            "Method not found",
            Some(json!(method)),
        ),
    };
    answer(&finish(&method, result))
}

/// Stamps a result for this revision (errors pass unchanged).
fn finish(method: &str, mut msg: Value) -> Value {
    if let Some(result) = msg.get_mut("result") {
        *result = stateless::stamp(method, result.take(), &server_info());
    }
    msg
}

/// `tools/call`: the same pipeline as the handshake era, in a task of its own so that it
/// always finishes and is recorded; closing the request cancels it.
#[allow(clippy::too_many_arguments, reason = "one call's whole context")]
async fn call_tool(
    st: &Arc<McpState>,
    who: AgentIdentity,
    headers: &HeaderMap,
    _peer: &crate::Peer,
    run: Option<String>,
    id: Value,
    params: Value,
    elicit: bool,
) -> Response {
    let Ok(key) = warden_types::random_id("call") else {
        return answer(&rpc::error(
            &id,
            rpc::INTERNAL_ERROR,
            "internal error",
            None,
        ));
    };
    let key = (key, id.to_string());
    let cancel = st.track(key.clone());
    let token = params
        .get("_meta")
        .and_then(|m| m.get("progressToken"))
        .cloned();
    let stream = token.is_some() && accepts_sse(headers);
    let (tx, mut rx) = mpsc::channel::<Value>(16);
    let task_st = Arc::clone(st);
    let task_cancel = Arc::clone(&cancel);
    let parent = warden_pipeline::telemetry::current_parent();
    tokio::spawn(
        warden_pipeline::telemetry::TRACE_PARENT.scope(parent, async move {
            let progress = token.filter(|_| stream).map(|t| (t, tx.clone()));
            let answer = call(
                &task_st.gw,
                &who,
                run.as_deref(),
                &id,
                &params,
                progress,
                &task_cancel,
                Era::Stateless { elicit },
            )
            .await;
            task_st.untrack(&key);
            let _ = tx.send(finish("tools/call", answer)).await;
        }),
    );
    let guard = CancelOnDrop(Some(cancel));
    if stream {
        return sse_response(rx, guard, "");
    }
    let reply = rx.recv().await;
    guard.disarm();
    match reply {
        Some(a) => answer(&a),
        None => answer(&rpc::error(
            &Value::Null,
            rpc::INTERNAL_ERROR,
            "internal error",
            None,
        )),
    }
}
