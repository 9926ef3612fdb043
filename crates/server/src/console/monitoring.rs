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

/// The frameworks a report can be made for, as (key, name).
fn frameworks() -> Vec<(String, String)> {
    warden_compliance::Mapping::embedded()
        .map(|m| {
            m.frameworks
                .iter()
                .map(|f| (f.key.clone(), f.name.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// The page as the form leaves it, with a report if one was made.
fn compliance_page(
    s: &super::Signed,
    selected: &str,
    period: &str,
    report: Option<&warden_compliance::Report>,
) -> Response {
    use super::pages::{CheckRow, CompliancePage, ComplianceView, ControlRow};
    let view = report.map(|r| {
        let count = |m: &std::collections::BTreeMap<String, u64>| {
            m.iter()
                .map(|(k, v)| format!("{v} {}", k.replace('_', " ")))
                .collect::<Vec<_>>()
                .join(", ")
        };
        ComplianceView {
            heading: format!("{} ({} days to {})", r.name, r.period.days, r.period.until),
            summary: format!(
                "Controls: {}. Checks: {}. {}",
                count(&r.summary.controls),
                count(&r.summary.checks),
                r.disclaimer
            ),
            controls: r
                .controls
                .iter()
                .map(|c| ControlRow {
                    id: c.control.id.clone(),
                    title: c.control.title.clone(),
                    coverage: c.control.coverage.as_str().into(),
                    label: c.label.clone(),
                    applies: match (&c.control.applies_from, c.in_force) {
                        (Some(d), Some(true)) => format!("since {d}"),
                        (Some(d), _) => format!("from {d} (not yet)"),
                        _ => String::new(),
                    },
                    failing: c.failing.join(", "),
                    class: format!("{:?}", c.status).to_lowercase(),
                })
                .collect(),
            checks: r
                .checks
                .iter()
                .map(|c| CheckRow {
                    id: c.id.clone(),
                    capability: c.capability.clone(),
                    status: c.status.as_str().into(),
                    detail: c.detail.clone(),
                    records: c
                        .evidence
                        .seqs
                        .iter()
                        .take(10)
                        .map(u64::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                    class: c.status.as_str().replace(' ', "-"),
                })
                .collect(),
            checkpoint: r.checkpoint.note.clone(),
        }
    });
    html(
        StatusCode::OK,
        CompliancePage {
            title: "Compliance".into(),
            chrome: s.chrome("compliance"),
            flash: None,
            csrf: s.csrf.clone(),
            frameworks: frameworks(),
            selected: selected.to_owned(),
            period: period.to_owned(),
            report: view,
        }
        .render(),
    )
}

/// `GET /console/compliance` (administrators): the form.
pub(super) async fn compliance(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
) -> Response {
    let (s, _) = match signed_admin(&c, &headers, &peer).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    compliance_page(&s, "soc2", "90d", None)
}

/// `POST /console/compliance` with `framework` and `period`: the report (signs a checkpoint).
pub(super) async fn make_report(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, form, admin) = match posted_admin(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let framework = form.text("framework").unwrap_or_default();
    let period = form.text("period").unwrap_or_else(|| "90d".into());
    match c.gw.compliance_report(&admin, &framework, &period).await {
        Ok(r) => compliance_page(&s, &framework, &period, Some(&r)),
        Err(r) => problem(s.chrome("compliance"), &r, "/console/compliance"),
    }
}
