//! The HTTP edge: the action API for agents and the admin API for operators.
//!
//! Handlers cannot fail: every error becomes a JSON problem body with a stable `code`, built in
//! one place ([`warden_pipeline::Refusal`]). Request bodies are size-limited; internals never
//! reach a client; bodies and credentials are never logged.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use warden_pipeline::{
    ActionEnd, ActionRequest, Admin, Caller, Gateway, NewTokenRequest, Operator, Refusal, Surface,
};
use warden_store::AuditFilter;
use warden_types::{ErrorCode, parse_rfc3339};

mod console;
mod llm;
mod mcp;
mod monitoring;
pub mod tls;
pub use mcp::MAX_SESSIONS_PER_AGENT;

/// An HTTP status and a JSON body: a problem body (RFC 9457) for every client and server
/// error.
struct Http {
    status: u16,
    body: Value,
    /// `WWW-Authenticate` (an agent refused on a surface OAuth tokens may use).
    challenge: Option<String>,
}

impl Http {
    /// How an action ended, as the action API answers it: the same status and body a polling
    /// agent gets later ([`ActionEnd::stored`]).
    fn action(end: ActionEnd) -> Self {
        let stored = end.into_stored();
        Http {
            status: stored.status,
            body: stored.body,
            challenge: None,
        }
    }

    /// An agent's credential refused: the problem, with the OAuth challenge when configured.
    fn agent_refused(gw: &Gateway, r: Refusal) -> Self {
        let challenge = gw.oauth_challenge(&r);
        Http {
            challenge,
            ..r.into()
        }
    }
}

impl IntoResponse for Http {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let content_type = if status.is_client_error() || status.is_server_error() {
            "application/problem+json"
        } else {
            "application/json"
        };
        let body = serde_json::to_vec(&self.body).unwrap_or_default();
        let mut resp = (status, body).into_response();
        resp.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        resp.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Some(v) = self.challenge.and_then(|c| HeaderValue::from_str(&c).ok()) {
            resp.headers_mut().insert(header::WWW_AUTHENTICATE, v);
        }
        resp
    }
}

impl From<Refusal> for Http {
    fn from(r: Refusal) -> Self {
        Http {
            status: r.status,
            body: r.body(),
            challenge: None,
        }
    }
}

fn ok<T: serde::Serialize>(value: &T) -> Http {
    Http {
        status: 200,
        body: serde_json::to_value(value).unwrap_or(Value::Null),
        challenge: None,
    }
}

/// `/.well-known/oauth-protected-resource[/…]` (RFC 9728): the resource identifier, its
/// authorization server and scopes; 404 when agents do not use OAuth.
async fn resource_metadata(State(gw): State<Arc<Gateway>>) -> Http {
    match gw.oauth_resource_metadata() {
        Some(doc) => ok(&doc),
        None => Refusal::new(
            ErrorCode::NotFound,
            "agents authenticate with Warden's tokens here ([oauth] is not configured)",
        )
        .into(),
    }
}

fn respond<T: serde::Serialize>(result: Result<T, Refusal>) -> Http {
    match result {
        Ok(v) => ok(&v),
        Err(r) => r.into(),
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(warden_identify::bearer)
}

/// Parses a JSON body, mapping every failure to a problem.
fn json_body<T: DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> Result<T, Refusal> {
    let bytes = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Refusal::new(ErrorCode::PayloadTooLarge, "the request body is too large")
        } else {
            unreadable_body(&e)
        }
    })?;
    serde_json::from_slice(&bytes).map_err(|e| {
        // serde_json's messages name fields and positions, never the values.
        Refusal::new(
            ErrorCode::BadRequest,
            format!("the request body is not valid: {e}"),
        )
    })
}

/// A body that could not be read: too slow (`request_timeout`, the listener's body deadline)
/// or broken (`bad_request`).
fn unreadable_body(e: &BytesRejection) -> Refusal {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        if c.downcast_ref::<BodyTimedOut>().is_some() {
            return Refusal::new(
                ErrorCode::RequestTimeout,
                "the request body did not arrive in time",
            );
        }
        cause = c.source();
    }
    Refusal::new(ErrorCode::BadRequest, "the request body could not be read")
}

/// The body deadline passed.
#[derive(Debug, thiserror::Error)]
#[error("the request body did not arrive in time")]
struct BodyTimedOut;

/// Which endpoints a listener serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Routes {
    /// Everything (one listener).
    All,
    /// What agents use: actions, `/mcp`, the LLM proxy, health.
    Agents,
    /// The administration API (`/v1/admin/…`) and health, for a listener of its own.
    Admin,
}

/// Builds the router for a running gateway (every endpoint).
pub fn router(gw: Arc<Gateway>) -> Router {
    router_for(gw, Routes::All)
}

/// Builds the router of one listener.
pub fn router_for(gw: Arc<Gateway>, routes: Routes) -> Router {
    let limit = gw.deployment().limits.max_body_bytes;
    let agents = routes != Routes::Admin;
    let admin = routes != Routes::Agents;
    let mut base = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz));
    if agents {
        base = base
            .route("/v1/actions", post(submit_action))
            .route("/v1/actions/{id}", get(action_status))
            .route(
                "/.well-known/oauth-protected-resource",
                get(resource_metadata),
            )
            .route(
                "/.well-known/oauth-protected-resource/{*resource}",
                get(resource_metadata),
            );
    }
    if admin {
        base = base
            .route("/v1/admin/agents", get(list_agents))
            .route("/v1/admin/agents/{id}/halt", post(halt_agent))
            .route("/v1/admin/agents/{id}/runs", post(open_run).get(list_runs))
            .route(
                "/v1/admin/agents/{id}/runs/{run}/declassify",
                post(declassify),
            )
            .route("/v1/admin/agents/{id}/resume", post(resume_agent))
            .route("/v1/admin/tokens", get(list_tokens).post(create_token))
            .route("/v1/admin/tokens/{id}/revoke", post(revoke_token))
            .route("/v1/admin/approvals", get(list_approvals))
            .route("/v1/admin/approvals/{id}", get(get_approval))
            .route("/v1/admin/approvals/{id}/approve", post(approve))
            .route("/v1/admin/approvals/{id}/deny", post(deny))
            .route("/v1/admin/secrets", get(list_secrets))
            .route("/v1/admin/secrets-due", get(secrets_due))
            .route(
                "/v1/admin/secrets/{name}",
                get(show_secret).post(put_secret),
            )
            .route("/v1/admin/secrets/{name}/revoke", post(revoke_secret))
            .route("/v1/admin/tools", get(list_tools))
            .route("/v1/admin/tools/{name}/approve", post(approve_tool))
            .route("/v1/admin/audit", get(query_audit))
            .route("/v1/admin/audit/verify", get(verify_audit))
            .route("/v1/admin/costs", get(costs))
            .route(
                "/v1/admin/audit/checkpoints",
                get(list_checkpoints).post(create_checkpoint),
            )
            .route("/v1/admin/audit/proof/inclusion", get(inclusion_proof))
            .route("/v1/admin/audit/purge", post(purge_audit))
            .route("/v1/admin/audit/records", get(audit_records))
            .route("/v1/admin/subjects/locate", post(locate_subjects))
            .route("/v1/admin/subjects/export", post(export_subjects))
            .route("/v1/admin/subjects/erase", post(erase_subjects))
            .route("/v1/admin/audit/proof/consistency", get(consistency_proof))
            .route("/v1/admin/reload", post(reload))
            .route("/metrics", get(monitoring::metrics))
            .route("/v1/admin/alerts", get(monitoring::list_alerts))
            .route("/v1/admin/alerts/{id}", get(monitoring::get_alert))
            .route(
                "/v1/admin/alerts/{id}/acknowledge",
                post(monitoring::acknowledge_alert),
            )
            .route(
                "/v1/admin/alerts/{id}/resolve",
                post(monitoring::resolve_alert),
            )
            .route("/v1/admin/halt", post(monitoring::halt_all))
            .route("/v1/admin/drills", post(monitoring::record_drill))
            .route("/v1/admin/reports", post(monitoring::compliance_report))
            .route("/v1/admin/policy/replay", post(monitoring::policy_replay))
            .route("/v1/admin/privacy/ropa", get(monitoring::ropa))
            .route(
                "/v1/admin/contests",
                get(monitoring::list_contests).post(monitoring::open_contest),
            )
            .route("/v1/admin/contests/{id}", get(monitoring::get_contest))
            .route(
                "/v1/admin/contests/{id}/review",
                post(monitoring::review_contest),
            )
            .route(
                "/v1/admin/reviews/permissions",
                get(monitoring::permission_review).post(monitoring::record_permission_review),
            )
            .route(
                "/v1/admin/incidents",
                get(monitoring::list_incidents).post(monitoring::open_incident),
            )
            .route("/v1/admin/incidents/{id}", get(monitoring::get_incident))
            .route(
                "/v1/admin/incidents/{id}/timeline",
                get(monitoring::incident_timeline),
            )
            .route(
                "/v1/admin/incidents/{id}/report",
                get(monitoring::incident_report),
            )
            .route(
                "/v1/admin/incidents/{id}/close",
                post(monitoring::close_incident),
            );
    }
    let mut app = base
        .fallback(|| async { Http::from(Refusal::new(ErrorCode::NotFound, "no such endpoint")) })
        .method_not_allowed_fallback(|| async {
            Http::from(Refusal::new(
                ErrorCode::BadRequest,
                "method not allowed on this endpoint",
            ))
        })
        .layer(DefaultBodyLimit::max(limit))
        .with_state(Arc::clone(&gw));
    if admin {
        app = app.merge(console::routes(Arc::clone(&gw)));
    }
    if agents {
        let mcp_state = Arc::new(mcp::McpState::new(Arc::clone(&gw)));
        mcp::end_sessions_on_halt(&mcp_state);
        let mcp_routes = Router::new()
            .route("/mcp", post(mcp::post).get(mcp::get).delete(mcp::delete))
            .with_state(mcp_state);
        let llm_routes = Router::new()
            .route("/v1/chat/completions", post(llm::chat_completions))
            .route("/v1/messages", post(llm::messages))
            .route("/v1/models", get(llm::models))
            .layer(DefaultBodyLimit::max(llm::MAX_LLM_BODY_BYTES))
            .with_state(Arc::clone(&gw));
        app = app.merge(mcp_routes).merge(llm_routes);
    }
    app.layer(middleware::from_fn(access_log))
        .layer(middleware::from_fn(trace_context))
        .layer(middleware::from_fn(contain_panics))
}

/// A panic in a handler (a bug) answers its request with a problem body instead of dropping
/// the connection; the action and LLM pipelines record theirs themselves
/// (`Gateway::contain_panic`), and the panic hook logs where it happened.
async fn contain_panics(req: Request, next: Next) -> Response {
    use futures_util::FutureExt;
    match std::panic::AssertUnwindSafe(next.run(req))
        .catch_unwind()
        .await
    {
        Ok(resp) => resp,
        Err(_) => Http::from(Refusal::new(
            ErrorCode::Internal,
            "internal error; the audit log records what became of any action",
        ))
        .into_response(),
    }
}

/// The caller's W3C trace context (`traceparent`), for the request's span to join its trace.
async fn trace_context(req: Request, next: Next) -> Response {
    let parent = req
        .headers()
        .get("traceparent")
        .and_then(|v| v.to_str().ok())
        .and_then(warden_pipeline::telemetry::TraceParent::parse);
    warden_pipeline::telemetry::TRACE_PARENT
        .scope(parent, next.run(req))
        .await
}

/// One line per request: method, route, status, latency. Never bodies or headers.
async fn access_log(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let path = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "<unmatched>".to_owned());
    let start = Instant::now();
    let resp = next.run(req).await;
    tracing::info!(
        target: "warden::http",
        %method,
        route = %path,
        status = resp.status().as_u16(),
        micros = start.elapsed().as_micros() as u64,
    );
    resp
}

async fn submit_action(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let who = match gw
        .authenticate_agent(bearer(&headers), &peer.caller("actions"))
        .await
    {
        Ok(w) => w,
        Err(r) => return Http::agent_refused(&gw, r),
    };
    // A request the pipeline cannot even read is an exit too: recorded, without its body.
    let started = Instant::now();
    let req: ActionRequest = match json_body(body) {
        Ok(r) => r,
        Err(r) => {
            let end = gw.unreadable(&who, r).await;
            gw.observe_action(Surface::Actions, who.agent(), "", &end, started);
            return Http::action(end);
        }
    };
    if req.tool.len() > 256 {
        let r = Refusal::new(ErrorCode::BadRequest, "`tool` is longer than 256 bytes");
        let end = gw.unreadable(&who, r).await;
        gw.observe_action(Surface::Actions, who.agent(), "", &end, started);
        return Http::action(end);
    }
    let tool = req.tool.clone();
    let end = gw.submit(&who, req).await;
    gw.observe_action(Surface::Actions, who.agent(), &tool, &end, started);
    Http::action(end)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WaitQuery {
    wait: Option<u64>,
}

async fn action_status(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    query: Result<Query<WaitQuery>, axum::extract::rejection::QueryRejection>,
) -> Http {
    let who = match gw
        .authenticate_agent(bearer(&headers), &peer.caller("actions"))
        .await
    {
        Ok(w) => w,
        Err(r) => return Http::agent_refused(&gw, r),
    };
    let Ok(Query(q)) = query else {
        return Refusal::new(ErrorCode::BadRequest, "`wait` must be a number of seconds").into();
    };
    Http::action(
        gw.action_status(&who, &id, q.wait.map(Duration::from_secs))
            .await,
    )
}

/// The peer address of a request, when the server was started with it (in-process tests
/// have none). Only the socket's address: `X-Forwarded-For` is not trusted.
pub(crate) struct Peer(
    pub(crate) Option<std::net::IpAddr>,
    pub(crate) Option<Arc<std::collections::BTreeSet<String>>>,
);

impl Peer {
    /// The caller on `surface`: its address and what its client certificate speaks for.
    pub(crate) fn caller(&self, surface: &'static str) -> Caller {
        Caller::new(surface, self.0).with_cert_agents(self.1.clone())
    }
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Peer(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip()),
            parts
                .extensions
                .get::<tls::CertAgents>()
                .map(|c| Arc::clone(&c.0)),
        ))
    }
}

async fn operator(gw: &Gateway, headers: &HeaderMap, peer: &Peer) -> Result<Operator, Refusal> {
    gw.authenticate_operator(bearer(headers), &peer.caller("admin"))
        .await
}

async fn admin(gw: &Gateway, headers: &HeaderMap, peer: &Peer) -> Result<Admin, Refusal> {
    gw.authenticate_admin(bearer(headers), &peer.caller("admin"))
        .await
}

async fn list_agents(State(gw): State<Arc<Gateway>>, headers: HeaderMap, peer: Peer) -> Http {
    respond(
        operator(&gw, &headers, &peer)
            .await
            .map(|op| gw.agents(&op)),
    )
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HaltBody {
    reason: String,
}

async fn halt_agent(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: HaltBody = json_body(body)?;
        let h = gw.halt(&op, &id, &b.reason).await?;
        Ok::<_, Refusal>(json!({
            "agent": id, "status": "halted",
            "cancelled_approvals": h.cancelled_approvals,
            "cancelled_calls": h.cancelled_calls,
            "rotated_credentials": h.rotated_credentials,
            "credentials_not_rotated": h.credentials_not_rotated,
        }))
    }
    .await;
    respond(result)
}

/// `POST /v1/admin/agents/{id}/runs`: a new run for the agent (its current run from now on,
/// without the labels of the runs before).
async fn open_run(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        // The body is optional.
        let b: OpenRunBody = match &body {
            Ok(bytes) if bytes.is_empty() => OpenRunBody::default(),
            _ => json_body(body)?,
        };
        let run = gw.open_run(&op, &id, b.task.as_deref()).await?;
        Ok::<_, Refusal>(json!({
            "run": run.id,
            "agent": run.agent,
            "opened_at": run.opened_at.to_rfc3339(),
            "opened_by": run.opened_by,
        }))
    }
    .await;
    respond(result)
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct OpenRunBody {
    task: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RunsQuery {
    limit: Option<u64>,
}

/// `GET /v1/admin/agents/{id}/runs`: the agent's current run and the runs opened for it.
async fn list_runs(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    query: Result<Query<RunsQuery>, axum::extract::rejection::QueryRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let Ok(Query(q)) = query else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "unknown or malformed query parameter",
            ));
        };
        let (current, runs) = gw.list_runs(&op, &id, q.limit.unwrap_or(100)).await?;
        let runs: Vec<Value> = runs
            .into_iter()
            .map(|r| json!({"run": r.id, "opened_at": r.opened_at.to_rfc3339(), "opened_by": r.opened_by}))
            .collect();
        Ok::<_, Refusal>(json!({"agent": id, "current": current, "runs": runs}))
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeclassifyBody {
    label: String,
    reason: String,
}

/// `POST /v1/admin/agents/{id}/runs/{run}/declassify`: removes a label from a run.
async fn declassify(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path((id, run)): Path<(String, String)>,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: DeclassifyBody = json_body(body)?;
        gw.declassify(&op, &id, &run, &b.label, &b.reason).await?;
        Ok::<_, Refusal>(json!({"agent": id, "run": run, "declassified": b.label}))
    }
    .await;
    respond(result)
}

async fn resume_agent(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        gw.resume(&op, &id).await?;
        Ok::<_, Refusal>(json!({"agent": id, "status": "active"}))
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SubjectQuery {
    subject: Option<String>,
}

async fn list_tokens(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<SubjectQuery>, axum::extract::rejection::QueryRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let Ok(Query(q)) = query else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "unknown query parameter",
            ));
        };
        gw.list_tokens(&op, q.subject.as_deref())
    }
    .await;
    respond(result)
}

async fn create_token(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let req: NewTokenRequest = json_body(body)?;
        gw.create_token(&op, req).await
    }
    .await;
    respond(result)
}

async fn revoke_token(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        gw.revoke_token(&op, &id).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ApprovalsQuery {
    state: Option<String>,
    limit: Option<u64>,
    before: Option<String>,
}

async fn list_approvals(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<ApprovalsQuery>, axum::extract::rejection::QueryRejection>,
) -> Http {
    let result = async {
        let op = operator(&gw, &headers, &peer).await?;
        let Ok(Query(q)) = query else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "unknown or malformed query parameter",
            ));
        };
        gw.list_approvals(&op, q.state.as_deref(), q.before, q.limit.unwrap_or(100))
            .await
    }
    .await;
    respond(result)
}

async fn get_approval(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Http {
    let result = async {
        let op = operator(&gw, &headers, &peer).await?;
        gw.get_approval(&op, &id).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct DecisionBody {
    comment: Option<String>,
}

async fn decide(
    gw: Arc<Gateway>,
    headers: HeaderMap,
    peer: Peer,
    id: String,
    body: Result<Bytes, BytesRejection>,
    approve: bool,
) -> Http {
    let result = async {
        let op = operator(&gw, &headers, &peer).await?;
        let b: DecisionBody = match &body {
            Ok(bytes) if bytes.is_empty() => DecisionBody::default(),
            _ => json_body(body)?,
        };
        gw.decide_approval(&op, &peer.caller("admin"), &id, approve, b.comment)
            .await
    }
    .await;
    respond(result)
}

async fn approve(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    decide(gw, headers, peer, id, body, true).await
}

async fn list_secrets(State(gw): State<Arc<Gateway>>, headers: HeaderMap, peer: Peer) -> Http {
    respond(
        admin(&gw, &headers, &peer)
            .await
            .and_then(|op| gw.list_secrets(&op)),
    )
}

async fn secrets_due(State(gw): State<Arc<Gateway>>, headers: HeaderMap, peer: Peer) -> Http {
    respond(
        admin(&gw, &headers, &peer)
            .await
            .and_then(|op| gw.secrets_due(&op)),
    )
}

async fn show_secret(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(name): Path<String>,
) -> Http {
    respond(
        admin(&gw, &headers, &peer)
            .await
            .and_then(|op| gw.secret(&op, &name)),
    )
}

/// The value is read from the body and goes nowhere but the vault: not logged, not recorded,
/// not answered.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PutSecretBody {
    value: String,
    #[serde(default)]
    agents: Vec<String>,
}

async fn put_secret(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(name): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: PutSecretBody = json_body(body)?;
        gw.put_secret(&op, &name, &b.value, b.agents).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RevokeSecretBody {
    version: Option<u32>,
}

async fn revoke_secret(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(name): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: RevokeSecretBody = match body {
            Ok(bytes) if bytes.is_empty() => RevokeSecretBody::default(),
            other => json_body(other)?,
        };
        gw.revoke_secret(&op, &name, b.version).await
    }
    .await;
    respond(result)
}

async fn list_tools(State(gw): State<Arc<Gateway>>, headers: HeaderMap, peer: Peer) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        gw.tool_pins(&op).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct CommentBody {
    comment: Option<String>,
}

async fn approve_tool(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(name): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: CommentBody = match body {
            Ok(bytes) if bytes.is_empty() => CommentBody::default(),
            other => json_body(other)?,
        };
        gw.approve_tool_as(&op, &name, b.comment).await
    }
    .await;
    respond(result)
}

async fn deny(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    decide(gw, headers, peer, id, body, false).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AuditQuery {
    agent: Option<String>,
    tool: Option<String>,
    outcome: Option<String>,
    event: Option<String>,
    action_id: Option<String>,
    since: Option<String>,
    until: Option<String>,
    after: Option<u64>,
    limit: Option<u64>,
}

fn audit_filter(q: AuditQuery) -> Result<AuditFilter, Refusal> {
    let time = |name: &str, v: Option<String>| -> Result<_, Refusal> {
        v.map(|s| {
            parse_rfc3339(&s).ok_or_else(|| {
                Refusal::new(
                    ErrorCode::BadRequest,
                    format!("`{name}` must be a UTC time such as 2026-11-21T08:00:00Z"),
                )
            })
        })
        .transpose()
    };
    if let Some(o) = &q.outcome
        && warden_types::Outcome::parse(o).is_none()
    {
        return Err(Refusal::new(
            ErrorCode::BadRequest,
            format!("unknown outcome `{o}`"),
        ));
    }
    Ok(AuditFilter {
        since: time("since", q.since)?,
        until: time("until", q.until)?,
        agent: q.agent,
        tool: q.tool,
        outcome: q.outcome,
        event: q.event,
        action_id: q.action_id,
        after_seq: q.after,
        limit: q.limit,
        ..AuditFilter::default()
    })
}

async fn query_audit(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<AuditQuery>, axum::extract::rejection::QueryRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let Ok(Query(q)) = query else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "unknown or malformed query parameter",
            ));
        };
        gw.query_audit(&op, audit_filter(q)?).await
    }
    .await;
    respond(result)
}

async fn create_checkpoint(State(gw): State<Arc<Gateway>>, headers: HeaderMap, peer: Peer) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        gw.checkpoint(&op).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordsQuery {
    #[serde(default)]
    after: u64,
    limit: Option<u64>,
}

async fn audit_records(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<RecordsQuery>, axum::extract::rejection::QueryRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let Query(q) = query.map_err(|e| Refusal::new(ErrorCode::BadRequest, e.body_text()))?;
        gw.audit_records(&op, q.after, q.limit.unwrap_or(1000))
            .await
    }
    .await;
    respond(result)
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct PurgeBody {
    #[serde(default)]
    dry_run: bool,
}

async fn purge_audit(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: PurgeBody = json_body(body)?;
        gw.purge(&op, b.dry_run).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SubjectsBody {
    identifiers: Vec<String>,
    #[serde(default)]
    reason: Option<String>,
}

async fn locate_subjects(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: SubjectsBody = json_body(body)?;
        gw.locate_subjects(&op, b.identifiers).await
    }
    .await;
    respond(result)
}

async fn export_subjects(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: SubjectsBody = json_body(body)?;
        gw.export_subjects(&op, b.identifiers).await
    }
    .await;
    respond(result)
}

async fn erase_subjects(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: SubjectsBody = json_body(body)?;
        gw.erase_subjects(&op, b.identifiers, b.reason.unwrap_or_default())
            .await
    }
    .await;
    respond(result)
}

async fn list_checkpoints(State(gw): State<Arc<Gateway>>, headers: HeaderMap, peer: Peer) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        gw.checkpoints(&op).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InclusionQuery {
    seq: u64,
    size: Option<u64>,
}

async fn inclusion_proof(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<InclusionQuery>, axum::extract::rejection::QueryRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let Ok(Query(q)) = query else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "`seq` (and optionally `size`) must be record counts",
            ));
        };
        gw.inclusion(&op, q.seq, q.size).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConsistencyQuery {
    old: u64,
    new: Option<u64>,
}

async fn consistency_proof(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<ConsistencyQuery>, axum::extract::rejection::QueryRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let Ok(Query(q)) = query else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "`old` (and optionally `new`) must be record counts",
            ));
        };
        gw.consistency(&op, q.old, q.new).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CostsQuery {
    since: Option<String>,
    until: Option<String>,
    agent: Option<String>,
}

async fn costs(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<CostsQuery>, axum::extract::rejection::QueryRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let Ok(Query(q)) = query else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "unknown or malformed query parameter",
            ));
        };
        let time = |name: &str, v: Option<String>| match v {
            None => Ok(None),
            Some(s) => parse_rfc3339(&s).map(Some).ok_or_else(|| {
                Refusal::new(
                    ErrorCode::BadRequest,
                    format!("`{name}` must be an RFC 3339 time"),
                )
            }),
        };
        let since = time("since", q.since)?;
        let until = time("until", q.until)?;
        gw.costs(&op, since, until, q.agent).await
    }
    .await;
    respond(result)
}

async fn verify_audit(State(gw): State<Arc<Gateway>>, headers: HeaderMap, peer: Peer) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        gw.verify_audit(&op).await
    }
    .await;
    respond(result)
}

async fn reload(State(gw): State<Arc<Gateway>>, headers: HeaderMap, peer: Peer) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        gw.reload(warden_pipeline::reload::Trigger::Operator(
            op.name().to_owned(),
        ))
        .await
        .map_err(|problems| {
            Refusal::new(
                ErrorCode::ConfigInvalid,
                format!(
                    "reload refused; the running configuration keeps serving: {}",
                    problems.join("; ")
                ),
            )
            .with("problems", json!(problems))
        })
    }
    .await;
    respond(result)
}

/// `GET /readyz`: whether the store answers and the log is trusted (`503` otherwise), for a
/// load balancer; `/healthz` only says the process is up.
async fn readyz(State(gw): State<Arc<Gateway>>) -> Http {
    match gw.ready().await {
        Ok(v) => ok(&v),
        Err(r) => r.into(),
    }
}

/// What the listener bounds: how many connections are open at once (more wait in the
/// kernel's backlog until one closes), how long a client may take to send a request's headers
/// (also how long an idle keep-alive connection stays open), and its body.
#[derive(Debug, Clone, Copy)]
pub struct ListenLimits {
    /// Connections served at once.
    pub max_connections: usize,
    /// Headers (and keep-alive idle) deadline.
    pub header_timeout: std::time::Duration,
    /// Body deadline, from the end of the headers.
    pub body_timeout: std::time::Duration,
}

/// Accepts connections on `listener` and serves `app` on each (HTTP/1.1) within `limits`, until
/// `shutdown` resolves; then waits for the requests in flight.
pub async fn listen(
    app: Router,
    listener: tokio::net::TcpListener,
    limits: ListenLimits,
    tls: Option<Arc<tls::Tls>>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let app = app.layer(axum::middleware::from_fn_with_state(
        limits.body_timeout,
        body_deadline,
    ));
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size(64 * 1024)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        // A free slot first: past the cap, new connections wait in the backlog.
        let slot = tokio::select! {
            s = Arc::clone(&slots).acquire_owned() => s.map_err(std::io::Error::other)?,
            () = &mut shutdown => break,
        };
        let (tcp, peer) = tokio::select! {
            r = listener.accept() => match r {
                Ok(c) => c,
                Err(e) => {
                    // Out of descriptors and the like: keep serving the connections we have.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Streamed answers (SSE) are many small writes: without TCP_NODELAY, Nagle's algorithm
        // and the client's delayed ACK hold each one back by tens of milliseconds.
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "cannot set TCP_NODELAY");
        }
        let app = app.clone();
        let service = move |cert: Option<tls::CertAgents>| {
            let app = app.clone();
            hyper::service::service_fn(
                move |mut req: axum::http::Request<hyper::body::Incoming>| {
                    req.extensions_mut()
                        .insert(axum::extract::ConnectInfo(peer));
                    if let Some(c) = &cert {
                        req.extensions_mut().insert(c.clone());
                    }
                    let mut app = app.clone();
                    async move { tower_service::Service::call(&mut app, req).await }
                },
            )
        };
        let tls_state = tls.clone();
        let watcher = graceful.watcher();
        let http = http.clone();
        let acceptor = tls.as_ref().map(|t| t.acceptor());
        let handshake = limits.header_timeout;
        tokio::spawn(async move {
            let served = match acceptor {
                None => {
                    watcher
                        .watch(http.serve_connection(TokioIo::new(tcp), service(None)))
                        .await
                }
                // The handshake has the headers' deadline: a client that opens a connection
                // and says nothing is cut like one that sends half a request.
                Some(acceptor) => match tokio::time::timeout(handshake, acceptor.accept(tcp)).await
                {
                    Ok(Ok(stream)) => {
                        // What a verified client certificate speaks for, for every request.
                        let cert = stream
                            .get_ref()
                            .1
                            .peer_certificates()
                            .and_then(|c| c.first())
                            .zip(tls_state.as_ref())
                            .map(|(leaf, t)| t.agents_of(leaf));
                        watcher
                            .watch(http.serve_connection(TokioIo::new(stream), service(cert)))
                            .await
                    }
                    Ok(Err(e)) => {
                        tracing::debug!(error = %e, %peer, "TLS handshake failed");
                        Ok(())
                    }
                    Err(_) => {
                        tracing::debug!(%peer, "TLS handshake timed out");
                        Ok(())
                    }
                },
            };
            if let Err(e) = served {
                tracing::debug!(error = %e, "connection ended with an error");
            }
            drop(slot);
        });
    }
    graceful.shutdown().await;
    Ok(())
}

/// Gives the request body `deadline` from the headers to arrive (a client dripping its body
/// cannot hold a connection and a task): past it, reading the body fails and the handler
/// answers `408 request_timeout`. The body is passed on as it streams, so each route's own
/// size limit and error format apply as before.
async fn body_deadline(
    State(deadline): State<std::time::Duration>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    use futures_util::StreamExt as _;
    let (parts, body) = req.into_parts();
    let until = tokio::time::Instant::now() + deadline;
    let timed = futures_util::stream::unfold(
        (body.into_data_stream(), false),
        move |(mut data, over)| async move {
            if over {
                return None;
            }
            match tokio::time::timeout_at(until, data.next()).await {
                Ok(Some(chunk)) => Some((chunk, (data, false))),
                Ok(None) => None,
                Err(_) => Some((Err(axum::Error::new(BodyTimedOut)), (data, true))),
            }
        },
    );
    next.run(Request::from_parts(
        parts,
        axum::body::Body::from_stream(timed),
    ))
    .await
}

/// Serves the gateway on `listener` until `shutdown` resolves; runs approval expiry alongside.
pub async fn serve(
    gw: Arc<Gateway>,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with_admin(gw, listener, None, shutdown).await
}

/// [`serve`] with the administration API on a listener of its own (`server.admin_listen`):
/// then `listener` serves only what agents use, and `admin` only `/v1/admin/…`.
pub async fn serve_with_admin(
    gw: Arc<Gateway>,
    listener: tokio::net::TcpListener,
    admin: Option<tokio::net::TcpListener>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use futures_util::FutureExt as _;
    let shutdown = shutdown.boxed().shared();
    let expiry = tokio::spawn(Arc::clone(&gw).run_expiry());
    let watch = tokio::spawn(Arc::clone(&gw).run_tool_watch(gw.deployment().mcp_recheck));
    let checkpoints = tokio::spawn(Arc::clone(&gw).run_checkpoints());
    let reviews = tokio::spawn(Arc::clone(&gw).run_processor_reviews());
    let purges = tokio::spawn(Arc::clone(&gw).run_purges());
    let streams = gw.start_streams();
    let changes = tokio::spawn(Arc::clone(&gw).run_changes());
    let monitor = tokio::spawn(Arc::clone(&gw).run_monitor());
    let auth_failures = tokio::spawn(Arc::clone(&gw).run_auth_failures());
    let limits = gw.deployment().limits;
    let agent_ids: Vec<String> = gw.deployment().agents.keys().cloned().collect();
    let tls = match gw
        .deployment()
        .tls
        .clone()
        .map(|files| tls::Tls::new(files, agent_ids))
        .transpose()
    {
        Ok(t) => t,
        Err(e) => return Err(std::io::Error::other(format!("TLS: {e}"))),
    };
    let rotation = tls.clone().map(|t| tokio::spawn(t.watch()));
    let listen_limits = ListenLimits {
        max_connections: limits.max_connections,
        header_timeout: limits.header_timeout,
        body_timeout: limits.body_timeout,
    };
    let result = match admin {
        None => {
            listen(
                router(Arc::clone(&gw)),
                listener,
                listen_limits,
                tls,
                shutdown,
            )
            .await
        }
        Some(admin) => {
            let (a, b) = tokio::join!(
                listen(
                    router_for(Arc::clone(&gw), Routes::Agents),
                    listener,
                    listen_limits,
                    tls.clone(),
                    shutdown.clone(),
                ),
                listen(
                    router_for(Arc::clone(&gw), Routes::Admin),
                    admin,
                    listen_limits,
                    tls,
                    shutdown,
                ),
            );
            a.and(b)
        }
    };
    if let Some(r) = rotation {
        r.abort();
    }
    auth_failures.abort();
    // What was counted since the last interval is written before the process ends.
    gw.flush_auth_failures().await;
    expiry.abort();
    watch.abort();
    checkpoints.abort();
    reviews.abort();
    purges.abort();
    changes.abort();
    monitor.abort();
    for s in streams {
        s.abort();
    }
    result
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::StatusCode;
    use tower::ServiceExt;

    #[tokio::test]
    async fn a_handler_that_panics_answers_with_a_problem_body() {
        let app = axum::Router::new()
            .route(
                "/boom",
                axum::routing::get(|| async {
                    let quoted = String::from("sk_live_CANARY");
                    assert!(quoted.is_empty(), "cannot slice `{quoted}`");
                    "never"
                }),
            )
            .layer(axum::middleware::from_fn(super::contain_panics));
        let req = axum::http::Request::get("/boom")
            .body(Body::empty())
            .unwrap();
        let resp = app.oneshot(req).await.unwrap();
        assert_eq!(resp.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 16)
            .await
            .unwrap();
        let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(body["code"], "internal", "{body}");
        assert!(!body.to_string().contains("CANARY"), "{body}");
    }
}
