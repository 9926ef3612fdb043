//! What the pipeline answers: one JSON body and an HTTP status, the same for every surface.

use serde_json::{Map, Value, json};
use warden_types::{Action, Approval, ErrorCode, StoredResponse, Tool};

/// A response to an agent or operator.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// JSON body.
    pub body: Value,
}

/// How an action ended, for a surface to put in its own wire format (the action API's JSON,
/// an MCP tool result, a JSON-RPC error): classified here, once, from the reply the pipeline
/// built or stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// Executed; the body holds `result` and `labels`.
    Executed,
    /// Held for a human; the body holds the approval.
    Held,
    /// Refused or failed with this code.
    Refused(ErrorCode),
}

impl Reply {
    /// How the action this reply answers ended.
    pub fn ended(&self) -> Ended {
        let code = self
            .body
            .get("code")
            .map(|c| c.as_str().and_then(ErrorCode::parse));
        match code {
            Some(Some(ErrorCode::ApprovalRequired)) => Ended::Held,
            Some(Some(c)) => Ended::Refused(c),
            // A code nobody defined is not an answer the pipeline gives.
            Some(None) => Ended::Refused(ErrorCode::Internal),
            None if self.status == 200
                && self.body.get("status").and_then(Value::as_str) == Some("executed") =>
            {
                Ended::Executed
            }
            // Anything else is not an answer the pipeline gives: fail closed.
            None => Ended::Refused(ErrorCode::Internal),
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

impl From<Refusal> for Reply {
    fn from(r: Refusal) -> Self {
        Reply {
            status: r.status,
            body: r.body(),
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
    }
}

/// `202 Accepted` for a held action.
pub(crate) fn pending(approval: &Approval, tool: &Tool) -> Reply {
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
    r.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_is_classified_once_and_anything_else_fails_closed() {
        let executed = Reply {
            status: 200,
            body: json!({"status": "executed", "result": {}, "action_id": "act_1"}),
        };
        assert_eq!(executed.ended(), Ended::Executed);
        let held: Reply = Refusal::new(ErrorCode::ApprovalRequired, "held").into();
        assert_eq!(held.ended(), Ended::Held);
        for code in ErrorCode::ALL {
            let r: Reply = Refusal::new(*code, "x").into();
            let want = if *code == ErrorCode::ApprovalRequired {
                Ended::Held
            } else {
                Ended::Refused(*code)
            };
            assert_eq!(r.ended(), want, "{code}");
            assert_eq!(ErrorCode::parse(code.as_str()), Some(*code));
        }
        // A 200 that does not say `executed`, or a code nobody defined: not an execution.
        for body in [
            json!({"result": 1}),
            json!({"status": "executed", "code": "nope"}),
        ] {
            let r = Reply { status: 200, body };
            assert_eq!(r.ended(), Ended::Refused(ErrorCode::Internal));
        }
    }
}
