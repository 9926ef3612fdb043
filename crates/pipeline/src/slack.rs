//! Decisions from Slack: the approve and deny buttons of a notification call back
//! `POST /v1/slack/interactions`. The request must be Slack's (signed with the app's signing
//! secret, `notify.slack.signing_secret`, within five minutes, and never seen before: a replay
//! is refused), the Slack user must be mapped to an operator (`notify.slack.users`), and that
//! operator must be a member of a group that decides the approval — the same vote, rules and
//! records as the console's and the CLI's.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value;
use warden_types::{Approval, ErrorCode, Timestamp};

use crate::identify::{AuthFailure, Refused};
use crate::{Caller, Gateway, Operator, Refusal};

/// Signatures seen within the tolerance window, to refuse replays.
#[derive(Default)]
pub(crate) struct SeenSignatures(std::sync::Mutex<HashMap<String, i64>>);

/// The most signatures remembered (a flood of valid signed requests cannot grow memory).
const MAX_SEEN: usize = 100_000;

impl SeenSignatures {
    /// `false` if `signature` was already used (a replay).
    fn first_use(&self, signature: &str, now: i64) -> bool {
        let Ok(mut seen) = self.0.lock() else {
            return false;
        };
        let window = i64::try_from(warden_notify::SIGNATURE_TOLERANCE.as_secs()).unwrap_or(300);
        seen.retain(|_, at| now - *at <= window * 2);
        if seen.len() >= MAX_SEEN {
            return false;
        }
        seen.insert(signature.to_owned(), now).is_none()
    }
}

/// What a button press asks.
struct Press {
    user: String,
    approve: bool,
    approval: String,
}

fn press(body: &[u8]) -> Option<Press> {
    let payload = url::form_urlencoded::parse(body)
        .find(|(k, _)| k == "payload")
        .map(|(_, v)| v.into_owned())?;
    let v: Value = serde_json::from_str(&payload).ok()?;
    let user = v.get("user")?.get("id")?.as_str()?.to_owned();
    let action = v.get("actions")?.as_array()?.first()?;
    let approve = match action.get("action_id")?.as_str()? {
        "approve" => true,
        "deny" => false,
        _ => return None,
    };
    let approval = action.get("value")?.as_str()?.to_owned();
    Some(Press {
        user,
        approve,
        approval,
    })
}

impl Gateway {
    /// Handles a Slack interaction: checks it is Slack's and fresh, maps the user, and votes.
    pub async fn slack_decision(
        self: &Arc<Self>,
        timestamp: Option<&str>,
        signature: Option<&str>,
        body: &[u8],
        caller: &Caller,
    ) -> Result<Approval, Refusal> {
        let dep = self.dep();
        let Some(secret) = &dep.notify.slack_signing_secret else {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                "decisions from Slack are not configured (notify.slack.signing_secret)",
            ));
        };
        let secret = self.render_header(secret).map_err(|e| {
            tracing::error!(error = %e, "cannot resolve the Slack signing secret");
            Refusal::internal()
        })?;
        let now = Timestamp::now().unix_seconds();
        let (Some(ts), Some(sig)) = (timestamp, signature) else {
            self.auth_failures.note(caller, AuthFailure::Missing);
            return Err(AuthFailure::Missing.refusal());
        };
        if !warden_notify::verify_slack(secret.as_bytes(), ts, sig, body, now) {
            self.auth_failures.note(caller, AuthFailure::Unknown);
            return Err(Refusal::new(
                ErrorCode::Unauthenticated,
                "the request is not signed by Slack, or is too old",
            ));
        }
        if !self.slack_seen.first_use(sig, now) {
            self.auth_failures.note(caller, AuthFailure::Unknown);
            return Err(Refusal::new(
                ErrorCode::Unauthenticated,
                "this Slack request was already used (a replay)",
            ));
        }
        let Some(p) = press(body) else {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "not an approve or deny button of a Warden notification",
            ));
        };
        let Some(name) = dep.notify.slack_users.get(&p.user) else {
            let r = Refusal::new(
                ErrorCode::Forbidden,
                format!("Slack user `{}` is not mapped to an operator", p.user),
            );
            return Err(self
                .access_denied(
                    Refused::Operator {
                        name: &format!("slack:{}", p.user),
                        token_id: "",
                    },
                    caller,
                    r,
                )
                .await);
        };
        let op = Operator {
            name: name.clone(),
            admin: false,
            token_id: format!("slack:{}", p.user),
            groups: Vec::new(),
        };
        // Membership is the vote's own check (refused and recorded for an outsider).
        self.decide_approval(
            &op,
            caller,
            &p.approval,
            p.approve,
            Some("from Slack".into()),
        )
        .await
    }
}
