//! What the pipeline answers: a typed end for every action ([`ActionEnd`]) and problem bodies
//! ([`Refusal`]) with a stable code, the same for every surface.

use serde_json::{Map, Value, json};
use std::collections::BTreeSet;

use warden_types::{Action, Approval, ErrorCode, StoredResponse, Tool};

/// How an action ended: the pipeline's typed answer to every surface. The action API sends
/// [`ActionEnd::stored`] (the form a polling agent gets back later, too); `/mcp` builds a tool
/// result or a JSON-RPC error from the variant, in the server crate.
#[derive(Debug, Clone, PartialEq)]
pub enum ActionEnd {
    /// Executed; the upstream's result as the agent may see it.
    Executed(Executed),
    /// Held for a human: the `approval_required` problem, naming the approval.
    Held(Refusal),
    /// Refused or failed.
    Refused(Refusal),
}

/// An action that executed.
#[derive(Debug, Clone, PartialEq)]
pub struct Executed {
    /// The action's id.
    pub action_id: String,
    /// Its session.
    pub session: String,
    /// The tool.
    pub tool: String,
    /// The result, after inspection (credentials masked, personal data per the tool).
    pub result: Value,
    /// The session's labels after this action.
    pub labels: BTreeSet<String>,
}

/// How an action ended, without its content: for a surface that only needs to branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// Executed.
    Executed,
    /// Held for a human.
    Held,
    /// Refused or failed with this code.
    Refused(ErrorCode),
}

impl ActionEnd {
    /// How it ended.
    pub fn ended(&self) -> Ended {
        match self {
            ActionEnd::Executed(_) => Ended::Executed,
            ActionEnd::Held(_) => Ended::Held,
            ActionEnd::Refused(r) => Ended::Refused(r.code),
        }
    }

    /// The id of the action, when one was given.
    pub fn action_id(&self) -> Option<&str> {
        match self {
            ActionEnd::Executed(e) => Some(&e.action_id),
            ActionEnd::Held(r) | ActionEnd::Refused(r) => {
                r.details.get("action_id").and_then(Value::as_str)
            }
        }
    }

    /// The HTTP status of the action API's answer.
    pub fn status(&self) -> u16 {
        match self {
            ActionEnd::Executed(_) => 200,
            ActionEnd::Held(r) | ActionEnd::Refused(r) => r.status,
        }
    }

    /// The action API's answer, as it is also kept for an agent that polls a held action.
    pub fn stored(&self) -> StoredResponse {
        match self {
            ActionEnd::Executed(e) => StoredResponse {
                status: 200,
                body: json!({
                    "action_id": e.action_id,
                    "session": e.session,
                    "tool": e.tool,
                    "status": "executed",
                    "result": e.result,
                    "labels": e.labels,
                }),
            },
            ActionEnd::Held(r) | ActionEnd::Refused(r) => r.stored(),
        }
    }

    /// [`ActionEnd::stored`], moving the result instead of copying it (the answer on the wire).
    pub fn into_stored(self) -> StoredResponse {
        match self {
            ActionEnd::Executed(e) => {
                let mut body = Map::new();
                body.insert("action_id".into(), Value::String(e.action_id));
                body.insert("session".into(), Value::String(e.session));
                body.insert("tool".into(), Value::String(e.tool));
                body.insert("status".into(), Value::String("executed".into()));
                body.insert("result".into(), e.result);
                body.insert(
                    "labels".into(),
                    Value::Array(e.labels.into_iter().map(Value::String).collect()),
                );
                StoredResponse {
                    status: 200,
                    body: Value::Object(body),
                }
            }
            ActionEnd::Held(r) | ActionEnd::Refused(r) => r.stored(),
        }
    }

    /// Reads back a kept answer. Anything that is not an answer the pipeline gives (a code
    /// nobody defined, a success without its fields) is an internal refusal: fail closed.
    pub fn from_stored(stored: &StoredResponse) -> ActionEnd {
        let body = &stored.body;
        match body.get("code") {
            Some(code) => {
                let Some(code) = code.as_str().and_then(ErrorCode::parse) else {
                    return ActionEnd::Refused(Refusal::internal());
                };
                let mut details = Map::new();
                if let Value::Object(m) = body {
                    for (k, v) in m {
                        if !matches!(k.as_str(), "type" | "title" | "status" | "code" | "detail") {
                            details.insert(k.clone(), v.clone());
                        }
                    }
                }
                let r = Refusal {
                    status: status_of(code),
                    code,
                    message: body
                        .get("detail")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                    details: Value::Object(details),
                };
                if code == ErrorCode::ApprovalRequired {
                    ActionEnd::Held(r)
                } else {
                    ActionEnd::Refused(r)
                }
            }
            None => {
                let text = |k: &str| body.get(k).and_then(Value::as_str).map(str::to_owned);
                let labels = body.get("labels").and_then(Value::as_array).map(|a| {
                    a.iter()
                        .map(|l| l.as_str().map(str::to_owned))
                        .collect::<Option<BTreeSet<String>>>()
                });
                match (
                    stored.status,
                    text("status").as_deref(),
                    text("action_id"),
                    text("session"),
                    text("tool"),
                    labels,
                ) {
                    (
                        200,
                        Some("executed"),
                        Some(action_id),
                        Some(session),
                        Some(tool),
                        Some(Some(labels)),
                    ) => ActionEnd::Executed(Executed {
                        action_id,
                        session,
                        tool,
                        result: body.get("result").cloned().unwrap_or(Value::Null),
                        labels,
                    }),
                    _ => ActionEnd::Refused(Refusal::internal()),
                }
            }
        }
    }
}

impl From<Refusal> for ActionEnd {
    fn from(r: Refusal) -> Self {
        if r.code == ErrorCode::ApprovalRequired {
            ActionEnd::Held(r)
        } else {
            ActionEnd::Refused(r)
        }
    }
}

/// A refusal or failure, as a problem body (RFC 9457) with a stable `code`.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    /// HTTP status.
    pub status: u16,
    /// Stable code.
    pub code: ErrorCode,
    /// One line for people; never internals, never a secret.
    pub message: String,
    /// Extra members of the problem body.
    pub details: Value,
}

/// The HTTP status for a code.
pub fn status_of(code: ErrorCode) -> u16 {
    match code {
        ErrorCode::Unauthenticated => 401,
        ErrorCode::Forbidden
        | ErrorCode::AgentHalted
        | ErrorCode::Denied
        | ErrorCode::ApprovalDenied
        | ErrorCode::ApprovalCancelled => 403,
        ErrorCode::UnknownTool | ErrorCode::NotFound => 404,
        ErrorCode::ToolDisabled => 403,
        ErrorCode::Cancelled => 409,
        ErrorCode::Conflict => 409,
        ErrorCode::ApprovalExpired => 410,
        ErrorCode::PayloadTooLarge => 413,
        ErrorCode::InvalidArguments => 422,
        ErrorCode::ApprovalRequired => 202,
        ErrorCode::BadRequest => 400,
        ErrorCode::UpstreamError => 502,
        ErrorCode::UpstreamTimeout => 504,
        ErrorCode::Internal => 500,
        ErrorCode::BudgetExhausted => 429,
        ErrorCode::PersonalDataBlocked => 403,
        ErrorCode::UnknownModel => 404,
        ErrorCode::ConfigInvalid => 422,
        ErrorCode::LogTampered => 503,
        ErrorCode::RateLimited => 429,
        ErrorCode::RequestTimeout => 408,
        ErrorCode::UnknownSession => 400,
    }
}

impl Refusal {
    /// A refusal with the status that belongs to `code`.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            status: status_of(code),
            code,
            message: message.into(),
            details: Value::Object(Map::new()),
        }
    }

    /// The one internal error: details stay in the server log.
    pub fn internal() -> Self {
        Self::new(
            ErrorCode::Internal,
            "internal error; the gateway did not execute anything",
        )
    }

    /// Adds a member to the problem body.
    pub fn with(mut self, key: &str, value: Value) -> Self {
        if let Value::Object(m) = &mut self.details {
            m.insert(key.to_owned(), value);
        }
        self
    }

    /// Adds the action id and session.
    pub fn with_action(self, action: &Action) -> Self {
        self.with("action_id", json!(action.id))
            .with("session", json!(action.session))
    }

    /// The problem body.
    pub fn body(&self) -> Value {
        let mut body = Map::new();
        body.insert(
            "type".into(),
            json!(format!("urn:warden:problem:{}", self.code)),
        );
        body.insert("title".into(), json!(title(self.code)));
        body.insert("status".into(), json!(self.status));
        body.insert("code".into(), json!(self.code.as_str()));
        body.insert("detail".into(), json!(self.message));
        if let Value::Object(extra) = &self.details {
            for (k, v) in extra {
                body.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        Value::Object(body)
    }

    /// As kept for a polling agent.
    pub fn stored(&self) -> StoredResponse {
        StoredResponse {
            status: self.status,
            body: self.body(),
        }
    }
}

fn title(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Unauthenticated => "authentication required",
        ErrorCode::Forbidden => "not allowed",
        ErrorCode::AgentHalted => "agent halted",
        ErrorCode::Denied => "denied by policy",
        ErrorCode::InvalidArguments => "invalid arguments",
        ErrorCode::ApprovalRequired => "approval required",
        ErrorCode::ApprovalExpired => "approval expired",
        ErrorCode::ApprovalDenied => "approval denied",
        ErrorCode::ApprovalCancelled => "approval cancelled",
        ErrorCode::UnknownTool => "unknown tool",
        ErrorCode::ToolDisabled => "tool disabled",
        ErrorCode::Cancelled => "cancelled",
        ErrorCode::NotFound => "not found",
        ErrorCode::PayloadTooLarge => "payload too large",
        ErrorCode::BadRequest => "bad request",
        ErrorCode::Conflict => "conflict",
        ErrorCode::UpstreamError => "upstream error",
        ErrorCode::UpstreamTimeout => "upstream timeout",
        ErrorCode::Internal => "internal error",
        ErrorCode::BudgetExhausted => "budget exhausted",
        ErrorCode::PersonalDataBlocked => "personal data blocked",
        ErrorCode::UnknownModel => "unknown model",
        ErrorCode::ConfigInvalid => "configuration refused",
        ErrorCode::LogTampered => "audit log does not verify",
        ErrorCode::RateLimited => "too many requests",
        ErrorCode::RequestTimeout => "request timeout",
        ErrorCode::UnknownSession => "unknown session",
    }
}

/// `202 Accepted` for a held action.
pub(crate) fn pending(approval: &Approval, tool: &Tool) -> ActionEnd {
    let groups: Vec<String> = approval
        .requirements
        .iter()
        .map(|r| r.groups.join(" or "))
        .collect();
    let r = Refusal::new(
        ErrorCode::ApprovalRequired,
        format!(
            "`{}` is held until {} approves",
            tool.name,
            groups.join(" and ")
        ),
    )
    .with_action(&approval.action)
    .with("approval_id", json!(approval.action.id))
    .with("state", json!(approval.state.as_str()))
    .with("policies", json!(approval.policies))
    .with("requirements", json!(approval.requirements))
    .with("expires_at", json!(approval.expires_at.to_rfc3339()))
    .with("poll", json!(format!("/v1/actions/{}", approval.action.id)));
    ActionEnd::Held(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_reads_back_as_itself_and_anything_else_fails_closed() {
        let executed = ActionEnd::Executed(Executed {
            action_id: "act_1".into(),
            session: "s".into(),
            tool: "crm.get_customer".into(),
            result: json!({"id": 1}),
            labels: ["pii".to_owned()].into(),
        });
        assert_eq!(ActionEnd::from_stored(&executed.stored()), executed);
        assert_eq!(executed.stored(), executed.clone().into_stored());
        for code in ErrorCode::ALL {
            let end = ActionEnd::from(Refusal::new(*code, "x").with("action_id", json!("act_2")));
            let back = ActionEnd::from_stored(&end.stored());
            assert_eq!(back, end, "{code}");
            assert_eq!(back.action_id(), Some("act_2"));
            let want = if *code == ErrorCode::ApprovalRequired {
                Ended::Held
            } else {
                Ended::Refused(*code)
            };
            assert_eq!(back.ended(), want, "{code}");
            assert_eq!(ErrorCode::parse(code.as_str()), Some(*code));
        }
        // A 200 that does not say `executed` or lacks a field, or a code nobody defined: not
        // an execution.
        for (status, body) in [
            (200, json!({"result": 1})),
            (200, json!({"status": "executed", "code": "nope"})),
            (
                200,
                json!({"status": "executed", "action_id": "a", "session": "s", "tool": "t"}),
            ),
            (
                200,
                json!({"status": "executed", "action_id": "a", "session": "s", "tool": "t", "labels": [1]}),
            ),
            (
                201,
                json!({"status": "executed", "action_id": "a", "session": "s", "tool": "t", "labels": []}),
            ),
        ] {
            let back = ActionEnd::from_stored(&StoredResponse { status, body });
            assert_eq!(back.ended(), Ended::Refused(ErrorCode::Internal));
        }
    }
}
