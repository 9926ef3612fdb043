//! The console's alerts and incidents pages: what the monitor raised (any operator reads,
//! administrators acknowledge and resolve), and incidents with their post-mortem skeleton.

use std::sync::Arc;

use askama::Template;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;

use super::pages::{AlertPage, IncidentPage, Table, TablePage, TableRow};
use super::{Console, html, posted_admin, problem, see_other, signed_admin, signed_in};
use crate::Peer;

#[derive(Deserialize, Default)]
pub(super) struct AlertsQuery {
    state: Option<String>,
}

/// `GET /console/alerts[?state=active|resolved|all]`: newest first.
pub(super) async fn alerts(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<AlertsQuery>, QueryRejection>,
) -> Response {
    let s = match signed_in(&c, &headers, &peer).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let state = query
        .ok()
        .and_then(|Query(q)| q.state)
        .unwrap_or_else(|| "active".into());
    let list = match c.gw.list_alerts(&s.op, None, Some(&state), 500).await {
        Ok(l) => l,
        Err(r) => return problem(s.chrome("alerts"), &r, "/console/alerts"),
    };
    let admin = s.op.admin();
    let rows = list
        .iter()
        .map(|a| TableRow {
            href: Some(format!("/console/alerts/{}", a.id)),
            target: (admin && a.state == warden_types::AlertState::Open)
                .then(|| format!("/console/alerts/{}/acknowledge", a.id)),
            cells: vec![
                a.severity.as_str().to_owned(),
                a.kind.clone(),
                a.agent.clone().unwrap_or_default(),
                a.summary.clone(),
                a.count.to_string(),
                format!(
                    "{}{}",
                    a.state.as_str(),
                    if a.halted { ", agent halted" } else { "" }
                ),
                a.first_seen.to_rfc3339(),
            ],
        })
        .collect();
    html(
        StatusCode::OK,
        TablePage {
            title: "Alerts".into(),
            chrome: s.chrome("alerts"),
            flash: None,
            csrf: s.csrf.clone(),
            heading: format!("Alerts ({state})"),
            intro: Some(
                "What the monitor found unusual, newest first. Open one for its evidence; acknowledge to say you are on it, resolve with a note to close it. /console/alerts?state=resolved lists closed ones."
                    .into(),
            ),
            tables: vec![Table {
                caption: None,
                headers: ["Severity", "Kind", "Agent", "What", "Count", "State", "First seen"]
                    .map(str::to_owned)
                    .to_vec(),
                rows,
                empty: "No alerts.".into(),
                action: admin.then(|| "Acknowledge".into()),
            }],
        }
        .render(),
    )
}

/// `GET /console/alerts/{id}`.
pub(super) async fn alert(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Response {
    let s = match signed_in(&c, &headers, &peer).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let a = match c.gw.get_alert(&s.op, &id).await {
        Ok(a) => a,
        Err(r) => return problem(s.chrome("alerts"), &r, "/console/alerts"),
    };
    html(
        StatusCode::OK,
        AlertPage {
            title: format!("Alert {}", a.kind),
            chrome: s.chrome("alerts"),
            flash: None,
            csrf: s.csrf.clone(),
            admin: s.op.admin(),
            id: a.id.clone(),
            kind: a.kind.clone(),
            severity: a.severity.as_str().to_owned(),
            summary: a.summary.clone(),
            agent: a.agent.clone(),
            state: a.state.as_str().to_owned(),
            count: a.count,
            first_seen: a.first_seen.to_rfc3339(),
            last_seen: a.last_seen.to_rfc3339(),
            halted: a.halted,
            acknowledged: a
                .acknowledged
                .as_ref()
                .map(|(by, at)| format!("by {by}, {}", at.to_rfc3339())),
            resolved: a
                .resolved
                .as_ref()
                .map(|(by, at, note)| format!("by {by}, {}: {note}", at.to_rfc3339())),
            evidence: a.evidence.clone(),
            detail: serde_json::to_string_pretty(&a.detail).unwrap_or_default(),
        }
        .render(),
    )
}

/// `POST /console/alerts/{id}/acknowledge`.
pub(super) async fn acknowledge(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, _, admin) = match posted_admin(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    match c.gw.acknowledge_alert(&admin, &id).await {
        Ok(_) => see_other(&format!("/console/alerts/{id}")),
        Err(r) => problem(s.chrome("alerts"), &r, "/console/alerts"),
    }
}

/// `POST /console/alerts/{id}/resolve` with `note`.
pub(super) async fn resolve(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, form, admin) = match posted_admin(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let note = form.text("note").unwrap_or_default();
    match c.gw.resolve_alert(&admin, &id, &note).await {
        Ok(_) => see_other(&format!("/console/alerts/{id}")),
        Err(r) => problem(s.chrome("alerts"), &r, &format!("/console/alerts/{id}")),
    }
}

/// `GET /console/incidents` (administrators).
pub(super) async fn incidents(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
) -> Response {
    let (s, _) = match signed_admin(&c, &headers, &peer).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let list = match c.gw.incidents(&s.op).await {
        Ok(l) => l,
        Err(r) => return problem(s.chrome("incidents"), &r, "/console/approvals"),
    };
    let rows = list
        .iter()
        .map(|i| TableRow {
            href: Some(format!("/console/incidents/{}", i.id)),
            target: None,
            cells: vec![
                i.id.clone(),
                i.agent.clone(),
                i.state.clone(),
                i.since.clone(),
                i.opened_by.clone(),
                i.reason.clone(),
            ],
        })
        .collect();
    html(
        StatusCode::OK,
        TablePage {
            title: "Incidents".into(),
            chrome: s.chrome("incidents"),
            flash: None,
            csrf: s.csrf.clone(),
            heading: "Incidents".into(),
            intro: Some(
                "Open one with `warden incident open --agent A --since 2h --reason …`.".into(),
            ),
            tables: vec![Table {
                caption: None,
                headers: ["Incident", "Agent", "State", "Since", "Opened by", "Reason"]
                    .map(str::to_owned)
                    .to_vec(),
                rows,
                empty: "No incidents.".into(),
                action: None,
            }],
        }
        .render(),
    )
}

/// `GET /console/incidents/{id}`: the post-mortem skeleton.
pub(super) async fn incident(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Response {
    let (s, admin) = match signed_admin(&c, &headers, &peer).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let (i, report) = match (
        c.gw.incident(&s.op, &id).await,
        c.gw.incident_report(&admin, &id).await,
    ) {
        (Ok(i), Ok(r)) => (i, r),
        (Err(r), _) | (_, Err(r)) => {
            return problem(s.chrome("incidents"), &r, "/console/incidents");
        }
    };
    html(
        StatusCode::OK,
        IncidentPage {
            title: format!("Incident {id}"),
            chrome: s.chrome("incidents"),
            flash: None,
            csrf: s.csrf.clone(),
            id: i.id,
            report,
            open: i.state == "open",
        }
        .render(),
    )
}

/// `POST /console/incidents/{id}/close` with `notes`.
pub(super) async fn close(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, form, admin) = match posted_admin(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let notes = form.text("notes").unwrap_or_default();
    match c.gw.close_incident(&admin, &id, &notes).await {
        Ok(_) => see_other(&format!("/console/incidents/{id}")),
        Err(r) => problem(
            s.chrome("incidents"),
            &r,
            &format!("/console/incidents/{id}"),
        ),
    }
}
