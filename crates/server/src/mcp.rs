//! `/mcp`: Warden as an MCP server to the agent (streamable HTTP, JSON responses).
//!
//! Every `tools/call` goes through the same pipeline as `POST /v1/actions`. Messages stay raw
//! JSON: an upstream tool's definition and result reach the agent with every field they had
//! (unknown ones included), except what inspection redacts and the `name` Warden namespaces.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use tokio::sync::{Notify, mpsc};
use warden_mcp::rpc;
use warden_pipeline::{ActionEnd, ActionRequest, AgentIdentity, Ended, Gateway, Refusal, Surface};
use warden_types::{Connector, ErrorCode, McpGet, Tool, ToolKind};

mod stateless;

/// The header that carries the session id.
const SESSION_HEADER: &str = "mcp-session-id";
/// Most sessions kept; the least recently used is dropped beyond this.
const MAX_SESSIONS: usize = 10_000;
/// Most live sessions one agent holds; its next `initialize` replaces its own oldest.
pub const MAX_SESSIONS_PER_AGENT: usize = 100;
/// A session unused this long is forgotten.
const SESSION_IDLE: Duration = Duration::from_secs(3600);
/// The built-in tool that asks about a held call.
pub const CHECK_TOOL: &str = "warden.check_approval";

struct Session {
    agent: String,
    protocol_version: &'static str,
    last_used: Instant,
}

/// Sessions by id.
pub(crate) struct McpState {
    pub(crate) gw: Arc<Gateway>,
    sessions: Mutex<HashMap<String, Session>>,
    /// Calls in flight by (session, request id), to cancel them.
    inflight: Mutex<HashMap<(String, String), Arc<Notify>>>,
    /// Which server listed each resource URI (URIs are passed on unchanged).
    resources: Mutex<HashMap<String, String>>,
}

/// Most resource URIs remembered for routing `resources/read`.
const MAX_RESOURCES: usize = 100_000;
/// Most pages of an upstream list followed.
const MAX_PAGES: usize = 20;

/// Ends a halted agent's MCP sessions (halted here or by another process): its client must
/// initialise again, and is refused while the agent is halted.
pub(crate) fn end_sessions_on_halt(st: &Arc<McpState>) {
    let Ok(rt) = tokio::runtime::Handle::try_current() else {
        return;
    };
    let mut halted = st.gw.halted_agents();
    let weak = Arc::downgrade(st);
    rt.spawn(async move {
        loop {
            let agent = match halted.recv().await {
                Ok(a) => a,
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
            };
            let Some(st) = weak.upgrade() else { return };
            if let Ok(mut sessions) = st.sessions.lock() {
                let before = sessions.len();
                sessions.retain(|_, s| s.agent != agent);
                tracing::info!(
                    agent,
                    ended = before - sessions.len(),
                    "MCP sessions of a halted agent ended"
                );
            }
        }
    });
}

impl McpState {
    pub(crate) fn new(gw: Arc<Gateway>) -> Self {
        Self {
            gw,
            sessions: Mutex::new(HashMap::new()),
            inflight: Mutex::new(HashMap::new()),
            resources: Mutex::new(HashMap::new()),
        }
    }

    fn track(&self, key: (String, String)) -> Arc<Notify> {
        let n = Arc::new(Notify::new());
        if let Ok(mut m) = self.inflight.lock() {
            m.insert(key, Arc::clone(&n));
        }
        n
    }

    fn untrack(&self, key: &(String, String)) {
        if let Ok(mut m) = self.inflight.lock() {
            m.remove(key);
        }
    }

    /// A client's `notifications/cancelled`: stops the call it names, if it is still running
    /// in a session of this agent.
    fn cancel(&self, agent: &str, session: &str, request: &Value) -> bool {
        let mine = self
            .sessions
            .lock()
            .ok()
            .is_some_and(|s| s.get(session).is_some_and(|s| s.agent == agent));
        if !mine {
            return false;
        }
        let key = (session.to_owned(), request.to_string());
        match self.inflight.lock().ok().and_then(|m| m.get(&key).cloned()) {
            Some(n) => {
                n.notify_one();
                true
            }
            None => false,
        }
    }
}

/// How often a held call reports progress to a client that asked for it.
const PROGRESS_EVERY: Duration = Duration::from_secs(2);

fn accepts_sse(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("text/event-stream"))
}

/// Notifies a call's cancel signal when dropped armed: the client went away.
struct CancelOnDrop(Option<Arc<Notify>>);

impl CancelOnDrop {
    fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        if let Some(n) = self.0.take() {
            n.notify_one();
        }
    }
}

/// Messages as a server-sent event stream: progress notifications, then the answer. A stream
/// dropped before its end (the client went away) cancels the call.
fn sse_response(rx: mpsc::Receiver<Value>, guard: CancelOnDrop, session: &str) -> Response {
    let stream =
        futures_util::stream::unfold((rx, Some(guard)), |(mut rx, mut guard)| async move {
            let Some(msg) = rx.recv().await else {
                if let Some(g) = guard.take() {
                    g.disarm();
                }
                return None;
            };
            let event = format!("event: message\ndata: {msg}\n\n");
            Some((
                Ok::<_, std::convert::Infallible>(Bytes::from(event)),
                (rx, guard),
            ))
        });
    let mut resp = axum::body::Body::from_stream(stream).into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if !session.is_empty()
        && let Ok(v) = HeaderValue::from_str(session)
    {
        h.insert(SESSION_HEADER, v);
    }
    resp
}

fn json_response(status: StatusCode, body: &Value, session: Option<&str>) -> Response {
    let mut resp = (status, serde_json::to_vec(body).unwrap_or_default()).into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(s) = session.and_then(|s| HeaderValue::from_str(s).ok()) {
        h.insert(SESSION_HEADER, s);
    }
    resp
}

fn rpc_error(status: StatusCode, id: &Value, code: i64, message: &str) -> Response {
    json_response(status, &rpc::error(id, code, message, None), None)
}

/// `Origin`, when a browser sends one, must be this server (DNS-rebinding defence).
fn origin_ok(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(origin);
    !host.is_empty() && origin_host == host
}

pub(crate) async fn post(
    State(st): State<Arc<McpState>>,
    headers: HeaderMap,
    peer: crate::Peer,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    if !origin_ok(&headers) {
        return rpc_error(
            StatusCode::FORBIDDEN,
            &Value::Null,
            rpc::INVALID_REQUEST,
            "Origin not allowed",
        );
    }
    let who = match st
        .gw
        .authenticate_agent(crate::bearer(&headers), &peer.caller("mcp"))
        .await
    {
        Ok(w) => w,
        Err(r) => {
            let mut resp = rpc_error(
                StatusCode::from_u16(r.status).unwrap_or(StatusCode::UNAUTHORIZED),
                &Value::Null,
                rpc::INVALID_REQUEST,
                &r.message,
            );
            // A challenge where a (new) credential would help: always for 401, for 403 only
            // when OAuth names the missing scope.
            let challenge = st
                .gw
                .oauth_challenge(&r)
                .and_then(|c| HeaderValue::from_str(&c).ok())
                .or_else(|| (r.status == 401).then(|| HeaderValue::from_static("Bearer")));
            if let Some(c) = challenge {
                resp.headers_mut().insert(header::WWW_AUTHENTICATE, c);
            }
            return resp;
        }
    };
    let Ok(bytes) = body else {
        return rpc_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            &Value::Null,
            rpc::INVALID_REQUEST,
            "the message is too large or could not be read",
        );
    };
    let Ok(msg) = serde_json::from_slice::<Value>(&bytes) else {
        return rpc_error(
            StatusCode::BAD_REQUEST,
            &Value::Null,
            rpc::PARSE_ERROR,
            "the body is not JSON",
        );
    };
    if msg.is_array() {
        return rpc_error(
            StatusCode::BAD_REQUEST,
            &Value::Null,
            rpc::INVALID_REQUEST,
            "JSON-RPC batches are not supported; send one message per request",
        );
    }
    // The session-less revision is told apart by its version header (or, without one, by
    // its envelope), as the official SDK's dual-era server does; both eras share `/mcp`.
    let header_version = headers
        .get("mcp-protocol-version")
        .and_then(|v| v.to_str().ok());
    if warden_mcp::stateless::is_stateless(header_version, &msg, warden_mcp::PROTOCOL_VERSIONS) {
        return stateless::post(&st, who, &headers, &peer, msg).await;
    }
    let id = msg.get("id").cloned().unwrap_or(Value::Null);
    let method = msg
        .get("method")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let params = msg.get("params").cloned().unwrap_or_else(|| json!({}));
    match rpc::kind(&msg) {
        rpc::Kind::Invalid => {
            return rpc_error(
                StatusCode::BAD_REQUEST,
                &id,
                rpc::INVALID_REQUEST,
                "not a JSON-RPC 2.0 message",
            );
        }
        // Responses (to requests Warden never sends) and notifications are accepted.
        rpc::Kind::Response | rpc::Kind::Notification => {
            if method == "notifications/cancelled"
                && let (Some(session), Some(request)) = (
                    headers.get(SESSION_HEADER).and_then(|v| v.to_str().ok()),
                    params.get("requestId"),
                )
            {
                let found = st.cancel(who.agent(), session, request);
                tracing::info!(agent = %who.agent(), found, "MCP client cancelled a request");
            }
            return StatusCode::ACCEPTED.into_response();
        }
        rpc::Kind::Request => {}
    }

    if method == "initialize" {
        let requested = params.get("protocolVersion").and_then(Value::as_str);
        let version = warden_mcp::negotiate(requested);
        let Ok(session) = warden_types::random_id("mcp") else {
            return rpc_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                &id,
                rpc::INTERNAL_ERROR,
                "internal error",
            );
        };
        if let Ok(mut sessions) = st.sessions.lock() {
            let now = Instant::now();
            sessions.retain(|_, s| now.duration_since(s.last_used) < SESSION_IDLE);
            // An agent's `initialize` flood evicts only its own sessions: past its quota its
            // oldest goes; when the table is full, the oldest of whoever holds the most.
            let agent = who.agent();
            let mine = sessions.values().filter(|s| s.agent == agent).count();
            let evict_from = if mine >= MAX_SESSIONS_PER_AGENT {
                Some(agent.to_owned())
            } else if sessions.len() >= MAX_SESSIONS {
                let mut per_agent: HashMap<&str, usize> = HashMap::new();
                for s in sessions.values() {
                    *per_agent.entry(s.agent.as_str()).or_default() += 1;
                }
                per_agent
                    .into_iter()
                    .max_by_key(|(_, n)| *n)
                    .map(|(a, _)| a.to_owned())
            } else {
                None
            };
            if let Some(owner) = evict_from
                && let Some(oldest) = sessions
                    .iter()
                    .filter(|(_, s)| s.agent == owner)
                    .min_by_key(|(_, s)| s.last_used)
                    .map(|(k, _)| k.clone())
            {
                sessions.remove(&oldest);
            }
            sessions.insert(
                session.clone(),
                Session {
                    agent: who.agent().to_owned(),
                    protocol_version: version,
                    last_used: now,
                },
            );
        }
        let result = json!({
            "protocolVersion": version,
            "capabilities": capabilities(&st.gw),
            "serverInfo": {"name": "warden", "title": "Warden", "version": env!("CARGO_PKG_VERSION")},
            "instructions": "Tools are namespaced by system (`crm.get_ticket`). Calls go through Warden's policies; some are held for a human's approval: then call `warden.check_approval` with the action id you were given.",
        });
        return json_response(StatusCode::OK, &rpc::result(&id, result), Some(&session));
    }

    // Everything else needs the session this agent initialised.
    let session = headers
        .get(SESSION_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let Some(session) = session else {
        return rpc_error(
            StatusCode::BAD_REQUEST,
            &id,
            rpc::INVALID_REQUEST,
            "missing Mcp-Session-Id header: send `initialize` first",
        );
    };
    // `Err(true)`: the session is another agent's.
    let known = match st.sessions.lock() {
        Ok(mut sessions) => match sessions.get_mut(&session) {
            Some(s) if s.agent == who.agent() => {
                s.last_used = Instant::now();
                Ok(s.protocol_version)
            }
            Some(_) => Err(true),
            None => Err(false),
        },
        Err(_) => Err(false),
    };
    if known == Err(true) {
        // Same answer as an unknown session, so the id tells nothing; but it is on record.
        st.gw.foreign_session(&who, &peer.caller("mcp")).await;
    }
    let known = known.ok();
    // The run the session's calls join: `x-warden-session` when the client names one (a run an
    // operator opened for this agent), else the MCP session id, which is no run and so joins
    // the agent's current run (`warden_pipeline` runs.rs).
    let run_hint = headers
        .get("x-warden-session")
        .and_then(|v| v.to_str().ok())
        .map_or_else(|| session.clone(), str::to_owned);
    if known.is_none() {
        // 404 tells the client to start a new session.
        return rpc_error(
            StatusCode::NOT_FOUND,
            &id,
            rpc::INVALID_REQUEST,
            "unknown or expired session",
        );
    }

    let answer = match method {
        "ping" => rpc::result(&id, json!({})),
        "tools/list" => rpc::result(&id, json!({"tools": tools_for(&st.gw, who.agent())})),
        "resources/list" => list_resources(&st, &who, &id).await,
        "prompts/list" => list_prompts(&st.gw, &who, &id).await,
        "resources/read" | "prompts/get" => {
            read(&st, &who, Some(&run_hint), &id, method, &params).await
        }
        "tools/call" => {
            // The call runs in its own task, so that it always finishes and is recorded; a
            // client that goes away (closes the request) cancels it like a
            // `notifications/cancelled` would.
            let key = (session.clone(), id.to_string());
            let cancel = st.track(key.clone());
            let token = params
                .get("_meta")
                .and_then(|m| m.get("progressToken"))
                .cloned();
            let stream = token.is_some() && accepts_sse(&headers);
            let (tx, mut rx) = mpsc::channel::<Value>(16);
            let task_st = Arc::clone(&st);
            let task_session = run_hint.clone();
            let task_cancel = Arc::clone(&cancel);
            let parent = warden_pipeline::telemetry::current_parent();
            tokio::spawn(
                warden_pipeline::telemetry::TRACE_PARENT.scope(parent, async move {
                    let progress = token.filter(|_| stream).map(|t| (t, tx.clone()));
                    let answer = call(
                        &task_st.gw,
                        &who,
                        Some(&task_session),
                        &id,
                        &params,
                        progress,
                        &task_cancel,
                        Era::Handshake,
                    )
                    .await;
                    task_st.untrack(&key);
                    let _ = tx.send(answer).await;
                }),
            );
            let guard = CancelOnDrop(Some(cancel));
            if stream {
                return sse_response(rx, guard, &session);
            }
            let answer = rx.recv().await;
            guard.disarm();
            match answer {
                Some(a) => a,
                None => rpc::error(&Value::Null, rpc::INTERNAL_ERROR, "internal error", None),
            }
        }
        _ => rpc::error(
            &id,
            rpc::METHOD_NOT_FOUND,
            format!("`{method}` is not offered by Warden"),
            None,
        ),
    };
    json_response(StatusCode::OK, &answer, Some(&session))
}

pub(crate) async fn delete(
    State(st): State<Arc<McpState>>,
    headers: HeaderMap,
    peer: crate::Peer,
) -> Response {
    // The session-less revision has no session to end.
    if headers
        .get("mcp-protocol-version")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| !warden_mcp::PROTOCOL_VERSIONS.contains(&v))
    {
        return get().await;
    }
    let who = match st
        .gw
        .authenticate_agent(crate::bearer(&headers), &peer.caller("mcp"))
        .await
    {
        Ok(w) => w,
        Err(r) => {
            let mut resp = StatusCode::from_u16(r.status)
                .unwrap_or(StatusCode::UNAUTHORIZED)
                .into_response();
            if let Some(v) = st
                .gw
                .oauth_challenge(&r)
                .and_then(|c| HeaderValue::from_str(&c).ok())
            {
                resp.headers_mut().insert(header::WWW_AUTHENTICATE, v);
            }
            return resp;
        }
    };
    let session = headers.get(SESSION_HEADER).and_then(|v| v.to_str().ok());
    if let (Some(session), Ok(mut sessions)) = (session, st.sessions.lock())
        && sessions
            .get(session)
            .is_some_and(|s| s.agent == who.agent())
    {
        sessions.remove(session);
        return StatusCode::NO_CONTENT.into_response();
    }
    StatusCode::NOT_FOUND.into_response()
}

/// The server-to-client stream is not offered: everything comes back on the POST.
pub(crate) async fn get() -> Response {
    let mut resp = StatusCode::METHOD_NOT_ALLOWED.into_response();
    resp.headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("POST, DELETE"));
    resp
}

/// What Warden offers: tools always; resources and prompts when some upstream has them.
fn capabilities(gw: &Gateway) -> Value {
    let has = |what: McpGet| {
        gw.deployment()
            .tools
            .values()
            .any(|t| matches!(&t.connector, Connector::McpGet { what: w, .. } if *w == what))
    };
    let mut c = json!({"tools": {"listChanged": false}});
    if let Some(obj) = c.as_object_mut() {
        if has(McpGet::Resource) {
            obj.insert(
                "resources".into(),
                json!({"listChanged": false, "subscribe": false}),
            );
        }
        if has(McpGet::Prompt) {
            obj.insert("prompts".into(), json!({"listChanged": false}));
        }
    }
    c
}

/// Every page of an upstream list method, concatenated.
async fn list_all(
    gw: &Gateway,
    who: &AgentIdentity,
    server: &str,
    method: &str,
    key: &str,
) -> Vec<Value> {
    let mut out = Vec::new();
    let mut cursor: Option<Value> = None;
    for _ in 0..MAX_PAGES {
        let params = match &cursor {
            Some(c) => json!({"cursor": c}),
            None => json!({}),
        };
        match gw.mcp_list(who, server, method, params).await {
            Ok(page) => {
                out.extend(
                    page.get(key)
                        .and_then(Value::as_array)
                        .cloned()
                        .unwrap_or_default(),
                );
                cursor = page.get("nextCursor").filter(|c| !c.is_null()).cloned();
                if cursor.is_none() {
                    break;
                }
            }
            Err(e) => {
                tracing::warn!(%server, %method, error = %e, "cannot list from an MCP server");
                break;
            }
        }
    }
    out
}

/// Resources of the servers whose resources the agent may read; URIs unchanged.
async fn list_resources(st: &McpState, who: &AgentIdentity, id: &Value) -> Value {
    let mut all = Vec::new();
    for server in st.gw.readable_servers(who.agent(), McpGet::Resource) {
        let listed = list_all(&st.gw, who, &server, "resources/list", "resources").await;
        if let Ok(mut map) = st.resources.lock() {
            if map.len() > MAX_RESOURCES {
                map.clear();
            }
            for r in &listed {
                if let Some(uri) = r.get("uri").and_then(Value::as_str) {
                    map.insert(uri.to_owned(), server.clone());
                }
            }
        }
        all.extend(listed);
    }
    rpc::result(id, json!({"resources": all}))
}

/// Prompts of the servers whose prompts the agent may read, namespaced like tools.
async fn list_prompts(gw: &Gateway, who: &AgentIdentity, id: &Value) -> Value {
    let mut all = Vec::new();
    for server in gw.readable_servers(who.agent(), McpGet::Prompt) {
        for mut p in list_all(gw, who, &server, "prompts/list", "prompts").await {
            let name = p
                .get("name")
                .and_then(Value::as_str)
                .map(|n| format!("{server}.{n}"));
            if let (Some(name), Some(obj)) = (name, p.as_object_mut()) {
                obj.insert("name".into(), Value::String(name));
                all.push(p);
            }
        }
    }
    rpc::result(id, json!({"prompts": all}))
}

/// `resources/read` and `prompts/get`: through the pipeline as the read action of the
/// server's system, the result inspected (labels, redaction) like a tool's.
async fn read(
    st: &McpState,
    who: &AgentIdentity,
    session: Option<&str>,
    id: &Value,
    method: &str,
    params: &Value,
) -> Value {
    let (server, action, arguments) = if method == "resources/read" {
        let Some(uri) = params.get("uri").and_then(Value::as_str) else {
            return rpc::error(id, rpc::INVALID_PARAMS, "`uri` is required", None);
        };
        let server = st.resources.lock().ok().and_then(|m| m.get(uri).cloned());
        let Some(server) = server else {
            return rpc::error(
                id,
                rpc::INVALID_PARAMS,
                format!("unknown resource `{uri}`: list resources first"),
                None,
            );
        };
        (
            server.clone(),
            format!("{server}.read_resource"),
            json!({"uri": uri}),
        )
    } else {
        let Some((server, name)) = params
            .get("name")
            .and_then(Value::as_str)
            .and_then(|n| n.split_once('.'))
        else {
            return rpc::error(
                id,
                rpc::INVALID_PARAMS,
                "`name` must be a namespaced prompt name (`server.prompt`)",
                None,
            );
        };
        let mut args = json!({"name": name});
        if let (Some(a), Some(obj)) = (params.get("arguments"), args.as_object_mut()) {
            obj.insert("arguments".into(), a.clone());
        }
        (server.to_owned(), format!("{server}.get_prompt"), args)
    };
    if !st.gw.deployment().tools.contains_key(&action) {
        return rpc::error(
            id,
            rpc::INVALID_PARAMS,
            format!(
                "MCP server `{server}` offers no {}",
                if method == "resources/read" {
                    "resources"
                } else {
                    "prompts"
                }
            ),
            None,
        );
    }
    let started = std::time::Instant::now();
    let tool = action.clone();
    let reply = st
        .gw
        .submit(
            who,
            ActionRequest {
                tool: action,
                arguments,
                session: session.map(str::to_owned),
            },
        )
        .await;
    st.gw
        .observe_action(Surface::Mcp, who.agent(), &tool, &reply, started);
    match reply {
        ActionEnd::Executed(e) => {
            let meta = json!({"action_id": e.action_id, "labels": e.labels});
            rpc::result(id, with_meta(e.result, meta))
        }
        ActionEnd::Held(r) | ActionEnd::Refused(r) => rpc::error(
            id,
            REFUSED,
            format!("Warden refused ({}): {}", r.code, r.message),
            Some(problem_meta(&r)),
        ),
    }
}

/// JSON-RPC error code for a request Warden refused (policy, halt, approval, upstream).
const REFUSED: i64 = -32000;

/// The agent's catalogue as MCP tool definitions: an upstream's definition as it listed it
/// (every field kept) under its namespaced name; a connector tool described from
/// `warden.toml`; and the built-in approval check.
fn tools_for(gw: &Gateway, agent: &str) -> Vec<Value> {
    let mut out: Vec<Value> = gw
        .catalogue(agent)
        .into_iter()
        .map(|t| match (&t.connector, gw.mcp_definition(&t.name)) {
            (Connector::Mcp { .. }, Some(mut def)) => {
                if let Some(obj) = def.as_object_mut() {
                    obj.insert("name".into(), Value::String(t.name.clone()));
                }
                def
            }
            _ => describe(&t),
        })
        .collect();
    out.push(json!({
        "name": CHECK_TOOL,
        "description": "Asks Warden about a call that was held for a human's approval. Returns the call's result once approved and run, or why it was refused.",
        "inputSchema": {
            "type": "object",
            "properties": {
                "action_id": {"type": "string", "description": "The id Warden gave when the call was held."},
                "wait_seconds": {"type": "integer", "minimum": 0, "maximum": 60, "description": "How long to wait for a decision."}
            },
            "required": ["action_id"],
            "additionalProperties": false
        },
        "annotations": {"readOnlyHint": true, "openWorldHint": false}
    }));
    out
}

fn describe(t: &Tool) -> Value {
    json!({
        "name": t.name,
        "description": t.description,
        "inputSchema": t.schema,
        "annotations": {
            "readOnlyHint": t.kind == ToolKind::Read,
            "destructiveHint": matches!(t.kind, ToolKind::Delete | ToolKind::Transact | ToolKind::Admin | ToolKind::Execute),
            "openWorldHint": t.external,
        }
    })
}

/// Which revision of the protocol a request speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Era {
    /// 2024-11-05 … 2025-11-25: `initialize`, sessions.
    Handshake,
    /// 2026-07-28: no session; a held call answers "input required". `elicit`: the client
    /// declared it can answer an elicitation form.
    Stateless { elicit: bool },
}

/// The key of the "input required" round that shows a pending approval.
const APPROVAL_INPUT: &str = "warden.approval";
/// The prefix of the `requestState` Warden gives a held call: the action's id follows.
const STATE_PREFIX: &str = "warden.v1:";

/// A held call in the session-less revision: "input required", naming the approval; the
/// client retries the same call with the `requestState` and gets the outcome once decided.
fn input_required(action: &str, why: &str, elicit: bool, approval: Value) -> Value {
    let mut r = json!({
        "resultType": "input_required",
        "requestState": format!("{STATE_PREFIX}{action}"),
        "_meta": {"warden": {"code": "approval_required", "action_id": action, "approval": approval}},
    });
    if elicit && let Some(obj) = r.as_object_mut() {
        obj.insert(
            "inputRequests".into(),
            json!({APPROVAL_INPUT: {"method": "elicitation/create", "params": {
                "mode": "form",
                "message": format!("Held for a human's approval ({why}). Nothing was done yet. Accept to keep waiting for the decision; decline to withdraw the call."),
                "requestedSchema": {"type": "object", "properties": {}},
            }}}),
        );
    }
    r
}

/// The held action a retry's `requestState` names: `Ok(None)` without one, `Err` for one
/// Warden did not give (the protocol's frozen answer to hostile state).
fn retried_action(params: &Value, id: &Value) -> Result<Option<String>, Value> {
    let Some(state) = params.get("requestState") else {
        return Ok(None);
    };
    state
        .as_str()
        .and_then(|s| s.strip_prefix(STATE_PREFIX))
        .filter(|a| {
            !a.is_empty()
                && a.len() <= 128
                && a.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        })
        .map(|a| Some(a.to_owned()))
        .ok_or_else(|| {
            rpc::error(
                id,
                rpc::INVALID_PARAMS,
                "Invalid or expired requestState",
                Some(json!({"reason": "invalid_request_state"})),
            )
        })
}

#[allow(clippy::too_many_arguments, reason = "one call's whole context")]
async fn call(
    gw: &Gateway,
    who: &AgentIdentity,
    session: Option<&str>,
    id: &Value,
    params: &Value,
    progress: Option<(Value, mpsc::Sender<Value>)>,
    cancel: &Arc<Notify>,
    era: Era,
) -> Value {
    // A call that cannot be read as an action is an exit too: recorded (its code only).
    let name = match params.get("name").and_then(Value::as_str) {
        Some(n) if n.len() <= 256 => n,
        other => {
            let message = match other {
                None => "`name` is required",
                Some(_) => "`name` is longer than 256 bytes",
            };
            let end = gw
                .unreadable(who, Refusal::new(ErrorCode::BadRequest, message))
                .await;
            return rpc::error(
                id,
                rpc::INVALID_PARAMS,
                message,
                end.action_id().map(|a| json!({ "action_id": a })),
            );
        }
    };
    let arguments = params
        .get("arguments")
        .cloned()
        .unwrap_or_else(|| json!({}));
    if name == CHECK_TOOL {
        let Some(action) = arguments.get("action_id").and_then(Value::as_str) else {
            return rpc::result(
                id,
                rpc::tool_error(
                    "`action_id` is required",
                    json!({"code": "invalid_arguments"}),
                ),
            );
        };
        let wait = arguments
            .get("wait_seconds")
            .and_then(Value::as_u64)
            .unwrap_or(0)
            .min(60);
        let reply = gw
            .action_status(who, action, Some(Duration::from_secs(wait)))
            .await;
        return rpc::result(id, tool_result(gw, reply));
    }
    // The session-less revision's retry of a held call: the same tool with exactly the same
    // arguments returns that action's outcome (never a second execution); anything else is a
    // new action.
    let retry = match era {
        Era::Stateless { .. } => match retried_action(params, id) {
            Err(e) => return e,
            Ok(Some(action)) => match gw.is_retry_of(who, &action, name, &arguments).await {
                Ok(true) => Some(action),
                Ok(false) => None,
                Err(r) => return rpc::error(id, rpc::INTERNAL_ERROR, r.message, None),
            },
            Ok(None) => None,
        },
        Era::Handshake => None,
    };
    let reply = if let Some(action) = retry.clone() {
        let answer = params
            .get("inputResponses")
            .and_then(|r| r.get(APPROVAL_INPUT))
            .and_then(|r| r.get("action"))
            .and_then(Value::as_str);
        if matches!(answer, Some("decline" | "cancel")) {
            let withdrawn = gw.cancel_held(who, &action).await;
            let text = if withdrawn {
                format!("Withdrawn: held action `{action}` was cancelled before anyone decided.")
            } else {
                format!(
                    "Action `{action}` was decided before it could be withdrawn: call again to get its outcome."
                )
            };
            return rpc::result(
                id,
                rpc::tool_error(&text, json!({"code": "cancelled", "action_id": action})),
            );
        }
        gw.action_status(who, &action, None).await
    } else {
        let started = std::time::Instant::now();
        let reply = gw
            .submit_with(
                who,
                ActionRequest {
                    tool: name.to_owned(),
                    arguments,
                    session: session.map(str::to_owned),
                },
                Some(Arc::clone(cancel)),
            )
            .await;
        gw.observe_action(Surface::Mcp, who.agent(), name, &reply, started);
        // An unknown tool is recorded like any refusal, and answered as the protocol says.
        if !gw.deployment().tools.contains_key(name) {
            return rpc::error(
                id,
                rpc::INVALID_PARAMS,
                format!("unknown tool `{name}`"),
                reply.action_id().map(|a| json!({ "action_id": a })),
            );
        }
        reply
    };
    // Held: wait for the decision as long as configured (reporting progress if the client
    // asked for it), then tell the agent how to ask again. A cancel withdraws the action.
    if reply.ended() != Ended::Held {
        return rpc::result(id, tool_result(gw, reply));
    }
    let action = reply
        .action_id()
        .map(str::to_owned)
        .or(retry)
        .unwrap_or_default();
    let why = match &reply {
        ActionEnd::Held(r) => r.message.clone(),
        _ => "held for approval".to_owned(),
    };
    let started = Instant::now();
    let deadline = started + gw.deployment().mcp_hold_wait;
    let mut reply = reply;
    let mut ticks = 0u64;
    loop {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        let step = (deadline - now).min(PROGRESS_EVERY);
        tokio::select! {
            r = gw.action_status(who, &action, Some(step)) => reply = r,
            () = cancel.notified() => {
                let withdrawn = gw.cancel_held(who, &action).await;
                let text = if withdrawn {
                    format!("Cancelled: held action `{action}` was withdrawn before anyone decided.")
                } else {
                    format!("Cancelled while waiting; action `{action}` was decided meanwhile: ask `{CHECK_TOOL}`.")
                };
                return rpc::result(id, rpc::tool_error(&text, json!({"code": "cancelled", "action_id": action})));
            }
        }
        if reply.ended() != Ended::Held {
            break;
        }
        if let Some((token, tx)) = &progress {
            ticks += 1;
            let note = rpc::notification(
                "notifications/progress",
                json!({
                    "progressToken": token,
                    "progress": ticks,
                    "message": format!("{why}; waited {}s", started.elapsed().as_secs()),
                }),
            );
            let _ = tx.send(note).await;
        }
    }
    if let (Era::Stateless { elicit }, ActionEnd::Held(r)) = (era, &reply) {
        return rpc::result(id, input_required(&action, &r.message, elicit, r.body()));
    }
    rpc::result(id, tool_result(gw, reply))
}

/// How an action ended, as an MCP tool result.
fn tool_result(gw: &Gateway, end: ActionEnd) -> Value {
    match end {
        ActionEnd::Executed(e) => {
            let meta = json!({"action_id": e.action_id, "labels": e.labels});
            let dep = gw.deployment();
            let from_mcp = dep
                .tools
                .get(&e.tool)
                .is_some_and(|t| matches!(t.connector, Connector::Mcp { .. }))
                || e.result.get("content").is_some_and(Value::is_array);
            if from_mcp && e.result.is_object() {
                return with_meta(e.result, meta);
            }
            let text = match &e.result {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let mut r = json!({"content": [{"type": "text", "text": text}], "isError": false, "_meta": {"warden": meta}});
            if e.result.is_object()
                && let Some(obj) = r.as_object_mut()
            {
                obj.insert("structuredContent".into(), e.result);
            }
            r
        }
        ActionEnd::Held(r) => {
            let action_id = r.details.get("action_id").cloned().unwrap_or(Value::Null);
            let text = format!(
                "Held for a human's approval ({}). Nothing was done yet. Call `{CHECK_TOOL}` with action_id `{}` later to get the result.",
                r.message,
                action_id.as_str().unwrap_or_default()
            );
            rpc::tool_error(
                &text,
                json!({"code": "approval_required", "action_id": action_id, "approval": r.body()}),
            )
        }
        ActionEnd::Refused(r) => rpc::tool_error(
            &format!("Warden refused the call ({}): {}", r.code, r.message),
            problem_meta(&r),
        ),
    }
}

/// A refusal's problem body, as the `_meta`/`data` of an MCP answer.
fn problem_meta(r: &Refusal) -> Value {
    r.body()
}

/// Adds `_meta.warden` to an upstream result, keeping whatever `_meta` it had. What belongs
/// to a protocol round (`resultType`, `inputRequests`, `requestState`) is Warden's to say, never
/// an upstream's: an upstream cannot pose as Warden asking the user something.
fn with_meta(mut result: Value, warden: Value) -> Value {
    if let Some(obj) = result.as_object_mut() {
        for k in ["resultType", "inputRequests", "requestState"] {
            obj.remove(k);
        }
        let meta = obj.entry("_meta").or_insert_with(|| json!({}));
        if let Some(m) = meta.as_object_mut() {
            m.insert("warden".into(), warden);
        } else {
            *meta = json!({"warden": warden});
        }
    }
    result
}
