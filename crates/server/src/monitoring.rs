//! Monitoring endpoints: `/metrics` (Prometheus text format), alerts (list, show, acknowledge,
//! resolve), halting every agent at once, and recording a halt drill's result.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};
use warden_pipeline::{Gateway, Refusal};
use warden_types::ErrorCode;

use crate::{Http, Peer, admin, json_body, operator, respond};

/// `GET /metrics`: any operator's token (Prometheus: `authorization: credentials_file`).
pub(crate) async fn metrics(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
) -> Response {
    match operator(&gw, &headers, &peer).await {
        Ok(op) => (
            [(
                axum::http::header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            )],
            gw.metrics_text(&op).await,
        )
            .into_response(),
        Err(r) => Http::from(r).into_response(),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AlertsQuery {
    agent: Option<String>,
    state: Option<String>,
    limit: Option<u64>,
}

/// `GET /v1/admin/alerts?agent=&state=&limit=`.
pub(crate) async fn list_alerts(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<AlertsQuery>, QueryRejection>,
) -> Http {
    let result = async {
        let op = operator(&gw, &headers, &peer).await?;
        let Ok(Query(q)) = query else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "unknown or malformed query parameter",
            ));
        };
        let alerts = gw
            .list_alerts(&op, q.agent, q.state.as_deref(), q.limit.unwrap_or(100))
            .await?;
        Ok(json!({ "alerts": alerts }))
    }
    .await;
    respond(result)
}

/// `GET /v1/admin/alerts/{id}`.
pub(crate) async fn get_alert(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Http {
    let result = async {
        let op = operator(&gw, &headers, &peer).await?;
        gw.get_alert(&op, &id).await
    }
    .await;
    respond(result)
}

/// `POST /v1/admin/alerts/{id}/acknowledge`.
pub(crate) async fn acknowledge_alert(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        gw.acknowledge_alert(&op, &id).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResolveBody {
    note: String,
}

/// `POST /v1/admin/alerts/{id}/resolve` `{"note"}`.
pub(crate) async fn resolve_alert(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: ResolveBody = json_body(body)?;
        gw.resolve_alert(&op, &id, &b.note).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HaltAllBody {
    reason: String,
}

/// `POST /v1/admin/halt` `{"reason"}`: every agent not halted yet.
pub(crate) async fn halt_all(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: HaltAllBody = json_body(body)?;
        let halted = gw.halt_all(&op, &b.reason).await?;
        Ok(json!({ "halted": halted }))
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DrillBody {
    agent: String,
    ok: bool,
    result: Value,
}

/// `POST /v1/admin/drills` `{"agent", "ok", "result"}`: a halt drill's measurements.
pub(crate) async fn record_drill(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: DrillBody = json_body(body)?;
        let seq = gw.record_drill(&op, &b.agent, b.ok, b.result).await?;
        Ok(json!({ "recorded": seq }))
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OpenIncidentBody {
    agent: String,
    since: String,
    reason: String,
}

/// `POST /v1/admin/incidents` `{"agent", "since" (RFC 3339), "reason"}`.
pub(crate) async fn open_incident(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: OpenIncidentBody = json_body(body)?;
        let since = warden_types::parse_rfc3339(&b.since).ok_or_else(|| {
            Refusal::new(
                ErrorCode::BadRequest,
                "`since` must be an RFC 3339 time, e.g. 2026-12-06T09:00:00Z",
            )
        })?;
        gw.open_incident(&op, &b.agent, since, &b.reason).await
    }
    .await;
    respond(result)
}

/// `GET /v1/admin/incidents`.
pub(crate) async fn list_incidents(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
) -> Http {
    let result = async {
        let op = operator(&gw, &headers, &peer).await?;
        let list = gw.incidents(&op).await?;
        Ok(json!({ "incidents": list }))
    }
    .await;
    respond(result)
}

/// `GET /v1/admin/incidents/{id}`.
pub(crate) async fn get_incident(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Http {
    let result = async {
        let op = operator(&gw, &headers, &peer).await?;
        gw.incident(&op, &id).await
    }
    .await;
    respond(result)
}

/// `GET /v1/admin/incidents/{id}/timeline`: records with inclusion proofs (administrators:
/// the records are the log's).
pub(crate) async fn incident_timeline(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        gw.incident_timeline(&op, &id).await
    }
    .await;
    respond(result)
}

/// `GET /v1/admin/incidents/{id}/report`: the post-mortem skeleton, `{"markdown"}`.
pub(crate) async fn incident_report(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let markdown = gw.incident_report(&op, &id).await?;
        Ok(json!({ "markdown": markdown }))
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CloseIncidentBody {
    notes: String,
}

/// `POST /v1/admin/incidents/{id}/close` `{"notes"}`.
pub(crate) async fn close_incident(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: CloseIncidentBody = json_body(body)?;
        gw.close_incident(&op, &id, &b.notes).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportBody {
    framework: String,
    #[serde(default = "default_period")]
    period: String,
}

fn default_period() -> String {
    "90d".into()
}

/// `POST /v1/admin/reports` `{"framework", "period"}`: the evidence report of a framework over
/// the period, with the signed checkpoint of the log it was read from (signing it is recorded,
/// hence a POST).
pub(crate) async fn compliance_report(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: ReportBody = json_body(body)?;
        gw.compliance_report(&op, &b.framework, &b.period).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReviewQuery {
    #[serde(default = "default_period")]
    since: String,
}

/// `GET /v1/admin/reviews/permissions?since=90d`: grants against use, and the proposed tighter
/// policy file.
pub(crate) async fn permission_review(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<ReviewQuery>, QueryRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let Ok(Query(q)) = query else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "unknown or malformed query parameter",
            ));
        };
        gw.permission_review(&op, &q.since).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordReviewBody {
    #[serde(default = "default_period")]
    since: String,
    acknowledged_by: String,
    #[serde(default)]
    notes: String,
}

/// `POST /v1/admin/reviews/permissions` `{"since", "acknowledged_by", "notes"}`: records the
/// review signed off by the caller (`review.recorded`).
pub(crate) async fn record_permission_review(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: RecordReviewBody = json_body(body)?;
        let (seq, review) = gw
            .record_permission_review(&op, &b.since, &b.acknowledged_by, &b.notes)
            .await?;
        Ok(json!({"recorded": seq, "review": review}))
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContestBody {
    action_id: String,
    subject: String,
    reason: String,
}

/// `GET /v1/admin/contests`: every contest of a decision about a person, newest first.
pub(crate) async fn list_contests(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
) -> Http {
    let result = async {
        let op = operator(&gw, &headers, &peer).await?;
        let list = gw.contests(&op).await?;
        Ok(json!({ "contests": list }))
    }
    .await;
    respond(result)
}

/// `POST /v1/admin/contests` `{"action_id", "subject", "reason"}`: a data subject contests a
/// decision about them (recorded, with the review's deadline).
pub(crate) async fn open_contest(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = operator(&gw, &headers, &peer).await?;
        let b: ContestBody = json_body(body)?;
        gw.contest_decision(&op, &b.action_id, &b.subject, &b.reason)
            .await
    }
    .await;
    respond(result)
}

/// `GET /v1/admin/contests/{id}`.
pub(crate) async fn get_contest(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Http {
    let result = async {
        let op = operator(&gw, &headers, &peer).await?;
        gw.contest(&op, &id).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContestReviewBody {
    outcome: String,
    reason: String,
}

/// `POST /v1/admin/contests/{id}/review` `{"outcome": "upheld"|"changed", "reason"}`: by a member
/// of one of the tool's reviewer groups (recorded).
pub(crate) async fn review_contest(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = operator(&gw, &headers, &peer).await?;
        let b: ContestReviewBody = json_body(body)?;
        gw.review_contest(&op, &id, &b.outcome, &b.reason).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RopaQuery {
    #[serde(default = "default_ropa_period")]
    since: String,
}

fn default_ropa_period() -> String {
    "365d".into()
}

/// `GET /v1/admin/privacy/ropa?since=365d`: the records of processing, declared against
/// observed, with the differences.
pub(crate) async fn ropa(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<RopaQuery>, QueryRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let Ok(Query(q)) = query else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "unknown or malformed query parameter",
            ));
        };
        gw.ropa(&op, &q.since).await
    }
    .await;
    respond(result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CandidateFile {
    file: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplayBody {
    #[serde(default = "default_replay_period")]
    since: String,
    /// The candidate set; absent: the set in force.
    policies: Option<Vec<CandidateFile>>,
}

fn default_replay_period() -> String {
    "30d".into()
}

/// `POST /v1/admin/policy/replay` `{"since", "policies": [{"file", "text"}]}`: the decisions
/// of the period decided again under the candidate set.
pub(crate) async fn policy_replay(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Http {
    let result = async {
        let op = admin(&gw, &headers, &peer).await?;
        let b: ReplayBody = json_body(body)?;
        let candidate = b
            .policies
            .map(|files| files.into_iter().map(|f| (f.file, f.text)).collect());
        gw.policy_replay(&op, &b.since, candidate).await
    }
    .await;
    respond(result)
}
