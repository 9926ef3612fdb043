//! GDPR Art. 22(3): a data subject contests a decision about them that an agent made through a
//! tool marked `decision_about_person`. The contest is recorded (`decision.contested`) with the
//! deadline of its review (`privacy.contest_deadline`) and the groups that may review it (the
//! tool's `reviewers`: people with the authority to change the outcome); a reviewer upholds or
//! changes the decision with a reason (`decision.reviewed`). A contest lives in the audit log
//! only: its state is read from there.

use serde::Serialize;
use serde_json::Value;
use warden_store::AuditFilter;
use warden_types::{ErrorCode, EventKind, Timestamp, random_id};

use crate::admin_log::AdminLog;
use crate::{Gateway, Refusal};

/// Longest reason kept.
const MAX_REASON: usize = 2_000;
/// Most contests listed.
const MAX_LISTED: u64 = 10_000;

/// A contest as its records say.
#[derive(Debug, Clone, Serialize)]
pub struct ContestView {
    /// `con_…`.
    pub id: String,
    /// The contested action.
    pub action_id: String,
    /// Its agent and tool.
    pub agent: String,
    /// The tool.
    pub tool: String,
    /// The data subject's reference.
    pub subject: String,
    /// Why (personal data masked).
    pub reason: String,
    /// Who recorded it, when, and the record.
    pub recorded_by: String,
    /// When.
    pub recorded_at: String,
    /// The `decision.contested` record.
    pub seq: u64,
    /// When the review is due.
    pub due: String,
    /// The groups that may review it.
    pub reviewers: Vec<String>,
    /// `open` or `reviewed`.
    pub state: String,
    /// Open past its due date, or reviewed after it.
    pub overdue: bool,
    /// The review: reviewer, outcome, reason, when, record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<Value>,
}

fn refusal(e: &warden_store::StoreError) -> Refusal {
    tracing::error!(error = %e, "the store failed");
    Refusal::internal()
}

fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

impl Gateway {
    /// Records a data subject's contest of decision `action_id` (recorded); the contest.
    pub async fn contest_decision(
        &self,
        op: &crate::Operator,
        action_id: &str,
        subject: &str,
        reason: &str,
    ) -> Result<ContestView, Refusal> {
        let subject = subject.trim();
        let scanner = self.scanner();
        if subject.is_empty()
            || subject.len() > 200
            || scanner
                .scan(subject)
                .iter()
                .any(|f| f.kind.class() == warden_inspect::Class::Pii)
        {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "`subject` is the data subject's reference (a case or customer number, 1-200 bytes), never their personal data",
            ));
        }
        let reason = reason.trim();
        if reason.is_empty() || reason.len() > MAX_REASON {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                format!("a contest needs a `reason` of 1-{MAX_REASON} bytes"),
            ));
        }
        // The reason is the person's own words: what identifies anyone is masked before it is
        // kept.
        let (masked, _) = warden_inspect::redact::redact_text(
            &scanner,
            reason,
            warden_inspect::redact::Rules {
                pii: warden_inspect::redact::Mode::Mask,
                secret: warden_inspect::redact::Mode::Mask,
            },
            &mut warden_inspect::redact::Pseudonyms::default(),
        )
        .map_err(|_| Refusal::internal())?;
        let decided = self
            .store
            .query_audit(AuditFilter {
                action_id: Some(action_id.to_owned()),
                event: Some(EventKind::ActionDecided.as_str().into()),
                limit: Some(1),
                ..AuditFilter::default()
            })
            .await
            .map_err(|e| refusal(&e))?;
        let Some(record) = decided.first() else {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("no decision `{action_id}` is in the log"),
            ));
        };
        let tool_name = record.event.tool.clone().unwrap_or_default();
        let agent = record.event.agent.clone().unwrap_or_default();
        let dep = self.dep();
        let Some(tool) = dep
            .tools
            .get(&tool_name)
            .filter(|t| t.decision_about_person)
        else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                format!(
                    "`{action_id}` used `{tool_name}`, which is not marked `decision_about_person`"
                ),
            ));
        };
        let id = random_id("con").map_err(|_| Refusal::internal())?;
        let secs = i64::try_from(dep.contest_deadline.as_secs()).unwrap_or(i64::MAX / 2);
        let due = Timestamp::now().plus_seconds(secs).to_rfc3339();
        let c = warden_audit::event::Contest {
            id: &id,
            action_id,
            agent: &agent,
            tool: &tool_name,
            subject,
            reason: &masked,
            due: &due,
            reviewers: &tool.reviewers,
        };
        AdminLog(&*self.store)
            .decision_contested(&op.name, &c)
            .await
            .map_err(|e| refusal(&e))?;
        self.contest(op, &id).await
    }

    /// Every contest, newest first.
    pub async fn contests(&self, _op: &crate::Operator) -> Result<Vec<ContestView>, Refusal> {
        let opened = self
            .store
            .query_audit(AuditFilter {
                event: Some(EventKind::DecisionContested.as_str().into()),
                limit: Some(MAX_LISTED),
                ..AuditFilter::default()
            })
            .await
            .map_err(|e| refusal(&e))?;
        let reviewed = self
            .store
            .query_audit(AuditFilter {
                event: Some(EventKind::DecisionReviewed.as_str().into()),
                limit: Some(MAX_LISTED),
                ..AuditFilter::default()
            })
            .await
            .map_err(|e| refusal(&e))?;
        let now = Timestamp::now().to_rfc3339();
        let mut out: Vec<ContestView> = opened
            .iter()
            .map(|r| {
                let e = &r.event;
                let id = text(&e.output, "contest");
                let due = text(&e.output, "due");
                let review = reviewed
                    .iter()
                    .find(|x| text(&x.event.output, "contest") == id)
                    .map(|x| {
                        serde_json::json!({
                            "reviewer": x.event.actor,
                            "outcome": text(&x.event.output, "outcome"),
                            "reason": text(&x.event.output, "reason"),
                            "at": x.ts,
                            "seq": x.seq,
                        })
                    });
                let ended = review.as_ref().map_or(now.clone(), |v| text(v, "at"));
                ContestView {
                    overdue: ended > due,
                    state: if review.is_some() { "reviewed" } else { "open" }.into(),
                    id,
                    action_id: e.action_id.clone().unwrap_or_default(),
                    agent: e.agent.clone().unwrap_or_default(),
                    tool: e.tool.clone().unwrap_or_default(),
                    subject: text(&e.input, "subject"),
                    reason: text(&e.input, "reason"),
                    recorded_by: e.actor.clone().unwrap_or_default(),
                    recorded_at: r.ts.clone(),
                    seq: r.seq,
                    due,
                    reviewers: e
                        .output
                        .get("reviewers")
                        .and_then(Value::as_array)
                        .map(|a| {
                            a.iter()
                                .filter_map(Value::as_str)
                                .map(str::to_owned)
                                .collect()
                        })
                        .unwrap_or_default(),
                    review,
                }
            })
            .collect();
        out.reverse();
        Ok(out)
    }

    /// One contest.
    pub async fn contest(&self, op: &crate::Operator, id: &str) -> Result<ContestView, Refusal> {
        self.contests(op)
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| Refusal::new(ErrorCode::NotFound, format!("no contest `{id}`")))
    }

    /// A reviewer (a member of one of the tool's reviewer groups) upholds or changes the
    /// contested decision, with a reason (recorded).
    pub async fn review_contest(
        &self,
        op: &crate::Operator,
        id: &str,
        outcome: &str,
        reason: &str,
    ) -> Result<ContestView, Refusal> {
        if !matches!(outcome, "upheld" | "changed") {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                format!("outcome `{outcome}` is not `upheld` or `changed`"),
            ));
        }
        let reason = reason.trim();
        if reason.is_empty() || reason.len() > MAX_REASON {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                format!(
                    "a review needs a `reason` of 1-{MAX_REASON} bytes (what the reviewer weighed)"
                ),
            ));
        }
        let c = self.contest(op, id).await?;
        if c.state != "open" {
            return Err(Refusal::new(
                ErrorCode::Conflict,
                format!("contest `{id}` was already reviewed"),
            ));
        }
        let mine = self.groups_of(op);
        if !c.reviewers.iter().any(|g| mine.contains(g)) {
            return Err(Refusal::new(
                ErrorCode::Forbidden,
                format!(
                    "only a member of {} may review this decision",
                    c.reviewers.join(" or ")
                ),
            ));
        }
        let first = AdminLog(&*self.store)
            .decision_reviewed(&op.name, id, &c.action_id, outcome, reason)
            .await
            .map_err(|e| refusal(&e))?;
        if !first {
            return Err(Refusal::new(
                ErrorCode::Conflict,
                format!("contest `{id}` was already reviewed"),
            ));
        }
        self.contest(op, id).await
    }
}
