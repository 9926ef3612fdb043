//! The console's pages: askama templates (`crates/server/templates/`, HTML-escaped by
//! default) and the views they render.

use askama::Template;
use serde_json::Value;
use warden_pipeline::{AgentView, Integrity, Operator, TokenView};
use warden_types::{Approval, ApprovalState, AuditRecord, Outcome, Timestamp};

use super::AuditQuery;

/// What every signed-in page shows around its content.
pub(crate) struct Chrome {
    pub(crate) operator: String,
    pub(crate) admin: bool,
    pub(crate) csrf: String,
    /// The navigation entry to mark current.
    pub(crate) nav: &'static str,
}

/// What a path segment keeps as is: letters, digits and RFC 3986's other unreserved
/// characters.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'.')
    .remove(b'-')
    .remove(b'_')
    .remove(b'~');

/// One path segment, percent-encoded (a segment of dots only is encoded whole, so that it
/// never reads as `.` or `..`).
pub(crate) fn seg(s: &str) -> String {
    if s.bytes().all(|b| b == b'.') {
        return s.bytes().map(|_| "%2E").collect();
    }
    percent_encoding::utf8_percent_encode(s, SEGMENT).to_string()
}

pub(crate) fn short_hash(h: &str) -> String {
    h.chars().take(12).collect()
}

/// An RFC 3339 time to the second, for tables: `2026-12-06 17:22:21`.
pub(crate) fn short_time(ts: &str) -> String {
    ts.chars()
        .take(19)
        .map(|c| if c == 'T' { ' ' } else { c })
        .collect()
}

/// "in 54 min", "3 h ago": a time relative to `now`.
fn relative(t: Timestamp, now: Timestamp) -> String {
    let s = t.unix_seconds() - now.unix_seconds();
    let (n, future) = (s.unsigned_abs(), s >= 0);
    let span = if n < 60 {
        format!("{n} s")
    } else if n < 3600 {
        format!("{} min", n / 60)
    } else if n < 86_400 {
        format!("{} h {} min", n / 3600, (n % 3600) / 60)
    } else {
        format!("{} d", n / 86_400)
    };
    if future {
        format!("in {span}")
    } else {
        format!("{span} ago")
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub(crate) struct ErrorPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) heading: String,
    pub(crate) message: String,
    pub(crate) code: String,
    pub(crate) back: String,
}

#[derive(Template)]
#[template(path = "login.html")]
pub(crate) struct LoginPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) error: Option<String>,
    pub(crate) login_csrf: String,
    /// Single sign-on is configured.
    pub(crate) sso: bool,
}

/// One line of the approvals inbox.
pub(crate) struct ApprovalRow {
    pub(crate) href: String,
    pub(crate) agent: String,
    pub(crate) tool: String,
    pub(crate) needs: String,
    pub(crate) progress: String,
    pub(crate) state: String,
    pub(crate) created_at: String,
    pub(crate) created_ago: String,
    pub(crate) expires_at: String,
    pub(crate) expires_in: String,
}

/// What a requirement needs, for people: "2 of finance-leads or cfo".
fn needs(a: &Approval) -> Vec<String> {
    a.requirements
        .iter()
        .map(|r| {
            let who = r.groups.join(" or ");
            if r.approvers > 1 {
                format!("{} approvers of {who}", r.approvers)
            } else {
                who
            }
        })
        .collect()
}

/// Approving votes over the approvers every requirement needs.
fn progress(a: &Approval) -> String {
    let needed: u32 = a.requirements.iter().map(|r| r.approvers.max(1)).sum();
    let yes = a.votes.iter().filter(|v| v.approve).count();
    format!("{yes} of {needed}")
}

impl ApprovalRow {
    pub(crate) fn of(a: &Approval, now: Timestamp) -> Self {
        Self {
            href: format!("/console/approvals/{}", seg(&a.action.id)),
            agent: a.action.agent.clone(),
            tool: a.action.tool.clone(),
            needs: needs(a).join("; "),
            progress: progress(a),
            state: a.state.as_str().to_owned(),
            created_at: a.created_at.to_rfc3339(),
            created_ago: relative(a.created_at, now),
            expires_at: a.expires_at.to_rfc3339(),
            expires_in: relative(a.expires_at, now),
        }
    }
}

#[derive(Template)]
#[template(path = "approvals.html")]
pub(crate) struct ApprovalsPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) decided: bool,
    pub(crate) groups: String,
    pub(crate) rows: Vec<ApprovalRow>,
}

/// One approval, everything an approver needs to decide it.
pub(crate) struct ApprovalView {
    pub(crate) id: String,
    pub(crate) agent: String,
    pub(crate) tool: String,
    pub(crate) session: String,
    pub(crate) state: String,
    pub(crate) pending: bool,
    pub(crate) created_at: String,
    pub(crate) expires_at: String,
    pub(crate) expires_in: String,
    pub(crate) policies: Vec<String>,
    pub(crate) why: String,
    pub(crate) requirements: Vec<String>,
    pub(crate) labels: Vec<String>,
    pub(crate) untrusted_args: Vec<String>,
    pub(crate) unknown_args: Vec<String>,
    pub(crate) token_state: String,
    pub(crate) args_hash: String,
    pub(crate) arguments: String,
    pub(crate) votes: Vec<String>,
    pub(crate) can_vote: bool,
    pub(crate) why_no_vote: String,
    pub(crate) decide_href: String,
    pub(crate) result: Option<String>,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

impl ApprovalView {
    pub(crate) fn of(
        a: &Approval,
        op: &Operator,
        records: &[AuditRecord],
        token: Option<&TokenView>,
        now: Timestamp,
    ) -> Self {
        // The decision that held it: why, and the run's labels and provenance then.
        let held = records.iter().find(|r| {
            r.event.event == warden_types::EventKind::ActionDecided
                && r.event.outcome == Outcome::Escalated
        });
        let out = held.map(|r| &r.event.output);
        let provenance = out.and_then(|o| o.get("provenance"));
        let pending = a.state == ApprovalState::Pending;
        let voted = a.votes.iter().any(|v| v.approver == op.name());
        let token_state = match token {
            None if a.token.is_none() => "not recorded".to_owned(),
            None => "unknown token".to_owned(),
            Some(t) if t.revoked_at.is_some() => format!("{} — revoked", t.id),
            Some(t)
                if t.expires_at
                    .as_deref()
                    .and_then(warden_types::parse_rfc3339)
                    .is_some_and(|e| e <= now) =>
            {
                format!("{} — expired", t.id)
            }
            Some(t) => format!("{} — active (created {})", t.id, t.created_at),
        };
        Self {
            id: a.action.id.clone(),
            agent: a.action.agent.clone(),
            tool: a.action.tool.clone(),
            session: a.action.session.clone(),
            state: a.state.as_str().to_owned(),
            pending,
            created_at: a.created_at.to_rfc3339(),
            expires_at: a.expires_at.to_rfc3339(),
            expires_in: relative(a.expires_at, now),
            policies: a.policies.clone(),
            why: held.map_or_else(String::new, |r| r.event.description.clone()),
            requirements: needs(a),
            labels: strings(out.and_then(|o| o.get("session_labels"))),
            untrusted_args: strings(provenance.and_then(|p| p.get("untrusted_args"))),
            unknown_args: strings(provenance.and_then(|p| p.get("unknown_args"))),
            token_state,
            args_hash: a.args_hash.clone(),
            arguments: serde_json::to_string_pretty(&a.action.arguments).unwrap_or_default(),
            votes: a
                .votes
                .iter()
                .map(|v| {
                    let mut line = format!(
                        "{} {} at {}",
                        v.approver,
                        if v.approve { "approved" } else { "denied" },
                        v.at
                    );
                    if !v.groups.is_empty() {
                        line.push_str(&format!(" (for {})", v.groups.join(", ")));
                    }
                    if let Some(c) = &v.comment {
                        line.push_str(&format!(": “{c}”"));
                    }
                    line
                })
                .collect(),
            can_vote: pending && !voted,
            why_no_vote: if voted {
                "You have decided; it waits for the other approvers.".into()
            } else {
                String::new()
            },
            decide_href: format!("/console/approvals/{}/decide", seg(&a.action.id)),
            result: a.result.as_ref().map(|r| {
                let body = serde_json::to_string_pretty(&r.body).unwrap_or_default();
                format!("HTTP {}\n{body}", r.status)
            }),
        }
    }
}

/// One audit record as a table row (never its input or output).
pub(crate) struct RecordRow {
    pub(crate) seq: u64,
    pub(crate) ts: String,
    /// `2026-12-06 17:22:21`: the time to the second, for tables.
    pub(crate) when: String,
    /// The agent, or else the operator who acted.
    pub(crate) who: String,
    pub(crate) event: String,
    pub(crate) tool: String,
    pub(crate) outcome: String,
    pub(crate) description: String,
}

impl RecordRow {
    pub(crate) fn of(r: &AuditRecord) -> Self {
        Self {
            seq: r.seq,
            ts: r.ts.clone(),
            when: short_time(&r.ts),
            who: r
                .event
                .agent
                .clone()
                .or_else(|| r.event.actor.clone())
                .unwrap_or_default(),
            event: r.event.event.as_str().to_owned(),
            tool: r.event.tool.clone().unwrap_or_default(),
            outcome: r.event.outcome.as_str().to_owned(),
            description: r.event.description.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "approval.html")]
pub(crate) struct ApprovalPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) csrf: String,
    pub(crate) a: ApprovalView,
    pub(crate) records: Vec<RecordRow>,
    pub(crate) recent: Vec<RecordRow>,
}

pub(crate) struct AgentRow {
    pub(crate) id: String,
    pub(crate) href: String,
    pub(crate) status: String,
    pub(crate) halt: Option<String>,
    pub(crate) owner: String,
    pub(crate) roles: String,
    pub(crate) purpose: String,
}

impl AgentRow {
    pub(crate) fn of(a: &AgentView) -> Self {
        Self {
            id: a.id.clone(),
            href: format!("/console/agents/{}", seg(&a.id)),
            status: a.status.clone(),
            halt: a
                .halt
                .as_ref()
                .map(|h| format!("halted by {} at {}: {}", h.by, h.at.to_rfc3339(), h.reason)),
            owner: a.owner.clone(),
            roles: a.roles.join(", "),
            purpose: a.purpose.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "agents.html")]
pub(crate) struct AgentsPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) admin: bool,
    pub(crate) csrf: String,
    pub(crate) rows: Vec<AgentRow>,
}

pub(crate) struct TokenRow {
    pub(crate) id: String,
    pub(crate) created_at: String,
    pub(crate) expires_at: String,
    pub(crate) state: String,
}

impl TokenRow {
    pub(crate) fn of(t: &TokenView, now: Timestamp) -> Self {
        let expired = t
            .expires_at
            .as_deref()
            .and_then(warden_types::parse_rfc3339)
            .is_some_and(|e| e <= now);
        Self {
            id: t.id.clone(),
            created_at: t.created_at.clone(),
            expires_at: t.expires_at.clone().unwrap_or_else(|| "never".into()),
            state: if t.revoked_at.is_some() {
                "revoked"
            } else if expired {
                "expired"
            } else {
                "active"
            }
            .into(),
        }
    }
}

#[derive(Template)]
#[template(path = "agent.html")]
pub(crate) struct AgentPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) csrf: String,
    pub(crate) id: String,
    pub(crate) status: String,
    pub(crate) halt: Option<String>,
    pub(crate) owner: String,
    pub(crate) purpose: String,
    pub(crate) run: String,
    pub(crate) spend: String,
    pub(crate) tokens: Vec<TokenRow>,
    pub(crate) recent: Vec<RecordRow>,
}

/// An agent's LLM spend this month and today (from the costs rows, one per day, model and
/// provider), against its budget.
pub(crate) fn spend_summary(
    rows: &[Value],
    today: &str,
    budget: Option<&warden_types::Budget>,
) -> String {
    let num = |r: &Value, k: &str| r.get(k).and_then(Value::as_u64).unwrap_or(0);
    let sum = |day: Option<&str>, k: &str| -> u64 {
        rows.iter()
            .filter(|r| day.is_none_or(|d| r.get("day").and_then(Value::as_str) == Some(d)))
            .map(|r| num(r, k))
            .sum()
    };
    let tokens = |day: Option<&str>| sum(day, "input_tokens") + sum(day, "output_tokens");
    let usd = |n: u64| format!("${}", warden_types::nanos_to_usd(n));
    let of = |spent: String, limit: Option<String>| match limit {
        Some(l) => format!("{spent} of {l}"),
        None => spent,
    };
    let b = budget.copied().unwrap_or_default();
    format!(
        "today {} and {} tokens; this month {} and {} tokens{}",
        of(
            usd(sum(Some(today), "cost_nanousd")),
            b.daily_nanousd.map(usd)
        ),
        of(
            tokens(Some(today)).to_string(),
            b.daily_tokens.map(|t| t.to_string())
        ),
        of(usd(sum(None, "cost_nanousd")), b.monthly_nanousd.map(usd)),
        of(
            tokens(None).to_string(),
            b.monthly_tokens.map(|t| t.to_string())
        ),
        if budget.is_some_and(|b| !b.is_empty()) {
            ""
        } else {
            " (no budget of its own)"
        }
    )
}

pub(crate) const OUTCOMES: &[&str] = &[
    "",
    "received",
    "success",
    "failure",
    "denied",
    "escalated",
    "approved",
    "expired",
    "cancelled",
];

/// The filters as typed (to refill the form).
pub(crate) struct FilterView {
    pub(crate) agent: String,
    pub(crate) tool: String,
    pub(crate) outcome: String,
    pub(crate) event: String,
    pub(crate) session: String,
    pub(crate) action: String,
    pub(crate) since: String,
    pub(crate) until: String,
}

impl FilterView {
    pub(crate) fn of(q: &AuditQuery) -> Self {
        Self {
            agent: q.agent.clone(),
            tool: q.tool.clone(),
            outcome: q.outcome.clone(),
            event: q.event.clone(),
            session: q.session.clone(),
            action: q.action.clone(),
            since: q.since.clone(),
            until: q.until.clone(),
        }
    }
}

/// The link to the page of records before `oldest`, with the same filters.
pub(crate) fn older_href(q: &AuditQuery, oldest: u64) -> String {
    let mut url = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("agent", &q.agent),
        ("tool", &q.tool),
        ("outcome", &q.outcome),
        ("event", &q.event),
        ("session", &q.session),
        ("action", &q.action),
        ("since", &q.since),
        ("until", &q.until),
    ] {
        if !v.is_empty() {
            url.append_pair(k, v);
        }
    }
    url.append_pair("before", &oldest.to_string());
    format!("/console/audit?{}", url.finish())
}

pub(crate) struct VerifyView {
    pub(crate) ok: bool,
    pub(crate) summary: String,
}

impl VerifyView {
    pub(crate) fn of(i: &Integrity) -> Self {
        match &i.problem {
            None => Self {
                ok: true,
                summary: format!(
                    "The log verifies: {} records, Merkle root {}; {} signed checkpoint(s), each a prefix of the log and signed by its key.",
                    i.records,
                    short_hash(&i.root),
                    i.checkpoints,
                ),
            },
            Some(problem) => Self {
                ok: false,
                summary: format!("The log does NOT verify: {problem}"),
            },
        }
    }
}

/// The latest signed checkpoint and its witness, for people.
pub(crate) fn checkpoint_summary(v: &Value, witness: &str) -> String {
    let all = v.get("checkpoints").and_then(Value::as_array);
    let latest = all.and_then(|a| {
        a.iter()
            .max_by_key(|c| c.get("size").and_then(Value::as_u64).unwrap_or(0))
    });
    match latest {
        None => {
            format!("No signed checkpoint yet (`warden audit checkpoint` makes one); {witness}.")
        }
        Some(cp) => {
            let field = |k: &str| {
                cp.get(k)
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                    .unwrap_or_default()
            };
            format!(
                "Latest signed checkpoint: {} records at {}, root {}; {witness}.",
                field("size"),
                field("ts"),
                short_hash(&field("root")),
            )
        }
    }
}

#[derive(Template)]
#[template(path = "audit.html")]
pub(crate) struct AuditPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) csrf: String,
    pub(crate) verify: Option<VerifyView>,
    pub(crate) checkpoint: String,
    pub(crate) f: FilterView,
    pub(crate) outcomes: Vec<String>,
    pub(crate) events: Vec<String>,
    pub(crate) rows: Vec<RecordRow>,
    pub(crate) older: Option<String>,
}

#[derive(Template)]
#[template(path = "record.html")]
pub(crate) struct RecordPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) seq: u64,
    pub(crate) event: String,
    pub(crate) body: String,
    pub(crate) action_href: Option<String>,
}

#[derive(Template)]
#[template(path = "alert.html")]
pub(crate) struct AlertPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) csrf: String,
    pub(crate) admin: bool,
    pub(crate) id: String,
    pub(crate) kind: String,
    pub(crate) severity: String,
    pub(crate) summary: String,
    pub(crate) agent: Option<String>,
    pub(crate) state: String,
    pub(crate) count: u64,
    pub(crate) first_seen: String,
    pub(crate) last_seen: String,
    pub(crate) halted: bool,
    pub(crate) acknowledged: Option<String>,
    pub(crate) resolved: Option<String>,
    pub(crate) evidence: Vec<u64>,
    pub(crate) detail: String,
}

#[derive(Template)]
#[template(path = "incident.html")]
pub(crate) struct IncidentPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) csrf: String,
    pub(crate) id: String,
    pub(crate) report: String,
    pub(crate) open: bool,
}

#[derive(Template)]
#[template(path = "compliance.html")]
pub(crate) struct CompliancePage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) csrf: String,
    /// (key, name) of every framework.
    pub(crate) frameworks: Vec<(String, String)>,
    pub(crate) selected: String,
    pub(crate) period: String,
    pub(crate) report: Option<ComplianceView>,
}

/// A report as the page shows it.
pub(crate) struct ComplianceView {
    pub(crate) heading: String,
    pub(crate) summary: String,
    pub(crate) controls: Vec<ControlRow>,
    pub(crate) checks: Vec<CheckRow>,
    pub(crate) checkpoint: String,
}

pub(crate) struct ControlRow {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) coverage: String,
    pub(crate) label: String,
    pub(crate) applies: String,
    pub(crate) failing: String,
    pub(crate) class: String,
}

pub(crate) struct CheckRow {
    pub(crate) id: String,
    pub(crate) capability: String,
    pub(crate) status: String,
    pub(crate) detail: String,
    pub(crate) records: String,
    pub(crate) class: String,
}

pub(crate) struct TableRow {
    pub(crate) cells: Vec<String>,
    /// Where the first cell links, if anywhere.
    pub(crate) href: Option<String>,
    /// Where the row's button posts, if it has one.
    pub(crate) target: Option<String>,
}

pub(crate) struct Table {
    pub(crate) caption: Option<String>,
    pub(crate) headers: Vec<String>,
    pub(crate) rows: Vec<TableRow>,
    pub(crate) empty: String,
    /// The label of the rows' button.
    pub(crate) action: Option<String>,
}

impl Table {
    /// A table of JSON objects: one column per key of the first, scalars as text, the rest
    /// as compact JSON.
    pub(crate) fn from_json(caption: Option<&str>, rows: &[Value], empty: &str) -> Self {
        let headers: Vec<String> = rows
            .first()
            .and_then(Value::as_object)
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        let cell = |v: Option<&Value>| match v {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
        };
        Self {
            caption: caption.map(str::to_owned),
            rows: rows
                .iter()
                .map(|r| TableRow {
                    cells: headers.iter().map(|h| cell(r.get(h))).collect(),
                    href: None,
                    target: None,
                })
                .collect(),
            headers,
            empty: empty.to_owned(),
            action: None,
        }
    }
}

#[derive(Template)]
#[template(path = "table.html")]
pub(crate) struct TablePage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) csrf: String,
    pub(crate) heading: String,
    pub(crate) intro: Option<String>,
    pub(crate) tables: Vec<Table>,
}

#[derive(Template)]
#[template(path = "tool.html")]
pub(crate) struct ToolPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
    pub(crate) csrf: String,
    pub(crate) tool: String,
    pub(crate) status: String,
    pub(crate) note: String,
    pub(crate) since: String,
    pub(crate) changed: Vec<String>,
    pub(crate) approved: Option<String>,
    pub(crate) seen: String,
    pub(crate) approve_href: Option<String>,
    /// The hash of the definition shown: the approval is for it alone.
    pub(crate) seen_hash: String,
}

/// The top-level fields (and `inputSchema` properties) in which two tool definitions differ.
pub(crate) fn changed_fields(approved: Option<&Value>, seen: &Value) -> Vec<String> {
    let Some(approved) = approved else {
        return Vec::new();
    };
    let empty = serde_json::Map::new();
    let a = approved.as_object().unwrap_or(&empty);
    let b = seen.as_object().unwrap_or(&empty);
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let mut out = Vec::new();
    for k in keys {
        if a.get(k) == b.get(k) {
            continue;
        }
        if k == "inputSchema" {
            let props = |v: Option<&Value>| {
                v.and_then(|s| s.get("properties"))
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default()
            };
            let (pa, pb) = (props(a.get(k)), props(b.get(k)));
            let mut names: Vec<&String> = pa.keys().chain(pb.keys()).collect();
            names.sort();
            names.dedup();
            let diff: Vec<String> = names
                .into_iter()
                .filter(|n| pa.get(*n) != pb.get(*n))
                .map(|n| match (pa.contains_key(n), pb.contains_key(n)) {
                    (false, true) => format!("inputSchema: argument `{n}` added"),
                    (true, false) => format!("inputSchema: argument `{n}` removed"),
                    _ => format!("inputSchema: argument `{n}` changed"),
                })
                .collect();
            if diff.is_empty() {
                out.push("inputSchema changed".to_owned());
            } else {
                out.extend(diff);
            }
        } else {
            out.push(format!("`{k}` changed"));
        }
    }
    out
}

#[derive(Template)]
#[template(path = "signed_in.html")]
pub(crate) struct SignedInPage {
    pub(crate) title: String,
    pub(crate) chrome: Option<Chrome>,
    pub(crate) flash: Option<String>,
}
