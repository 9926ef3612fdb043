//! Approver notifications: that an action waits for approval, a reminder before it expires, and
//! how it ended — as a signed webhook, a Slack message, or an e-mail.
//!
//! Nothing here decides anything: the pipeline builds a [`Notice`] from an approval (its
//! arguments already masked), resolves a channel's credentials into a [`Target`], and calls
//! [`deliver`]; it retries and records. A [`DeliveryError`] never carries a URL, a credential
//! or a server's answer body.
//!
//! **Webhook signature** (documented in docs/console.md so receivers can check it): header
//! `Warden-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`; a receiver
//! recomputes it over the raw body, compares in constant time, and refuses a `t` more than five
//! minutes away from its clock ([`verify_webhook`] does exactly that).
//!
//! **Slack requests** (the approve and deny buttons call Warden back): Slack signs them with
//! `X-Slack-Signature: v0=<hex HMAC-SHA256(signing secret, "v0:<ts>:<body>")>` and
//! `X-Slack-Request-Timestamp`; [`verify_slack`] checks both.

use std::time::Duration;

use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Value, json};
use sha2::Sha256;
use warden_types::EmailChannel;
use zeroize::Zeroizing;

/// How far a signed request's timestamp may be from the receiver's clock.
pub const SIGNATURE_TOLERANCE: Duration = Duration::from_secs(300);

/// The longest one delivery attempt may take.
pub const DELIVERY_TIMEOUT: Duration = Duration::from_secs(20);

/// What a channel can send: an approval's notice or a group of alerts.
pub trait Message: Send + Sync {
    /// The event name in webhook headers and bodies (`approval.held`, `alert.raised`, …).
    fn event(&self) -> &'static str;
    /// One line: the e-mail subject, the Slack fallback's first line.
    fn subject(&self) -> String;
    /// The message as plain text (the e-mail body).
    fn text(&self) -> String;
    /// The webhook's JSON body.
    fn webhook_body(&self, delivery: &str, sent_at: &str) -> Value;
    /// The Slack message (Block Kit); `buttons` when Slack may call Warden back.
    fn slack_body(&self, buttons: bool) -> Value;
}

impl Message for Notice {
    fn event(&self) -> &'static str {
        self.kind.as_str()
    }
    fn subject(&self) -> String {
        Notice::subject(self)
    }
    fn text(&self) -> String {
        Notice::text(self)
    }
    fn webhook_body(&self, delivery: &str, sent_at: &str) -> Value {
        Notice::webhook_body(self, delivery, sent_at)
    }
    fn slack_body(&self, buttons: bool) -> Value {
        Notice::slack_body(self, buttons)
    }
}

/// One alert as a notification tells it.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertLine {
    /// The alert's id.
    pub id: String,
    /// Its detector.
    pub kind: String,
    /// `low` … `critical`.
    pub severity: String,
    /// The agent, if any.
    pub agent: Option<String>,
    /// What happened, for people (no argument values).
    pub summary: String,
    /// When (RFC 3339).
    pub at: String,
    /// The records that triggered it.
    pub evidence: Vec<u64>,
    /// Whether a rule halted the agent because of it.
    pub halted: bool,
}

/// Alerts raised together, for one channel (grouped so that a burst is one message).
#[derive(Debug, Clone, PartialEq)]
pub struct AlertNotice {
    /// The alerts, most severe first.
    pub alerts: Vec<AlertLine>,
    /// The console's alerts page, when its address is configured.
    pub link: Option<String>,
}

impl Message for AlertNotice {
    fn event(&self) -> &'static str {
        "alert.raised"
    }

    fn subject(&self) -> String {
        match self.alerts.as_slice() {
            [one] => format!(
                "[Warden] {} alert: {}",
                one.severity.to_uppercase(),
                one.summary
            ),
            many => {
                let worst = many
                    .first()
                    .map(|a| a.severity.to_uppercase())
                    .unwrap_or_default();
                format!("[Warden] {} alerts (worst: {worst})", many.len())
            }
        }
    }

    fn text(&self) -> String {
        let mut t = format!("{}\n\n", self.subject());
        for a in &self.alerts {
            t.push_str(&format!(
                "Alert:     {} ({}, {})\n",
                a.id, a.kind, a.severity
            ));
            if let Some(agent) = &a.agent {
                t.push_str(&format!("Agent:     {agent}\n"));
            }
            t.push_str(&format!("What:      {}\n", a.summary));
            t.push_str(&format!("When:      {}\n", a.at));
            let seqs: Vec<String> = a.evidence.iter().map(u64::to_string).collect();
            t.push_str(&format!("Evidence:  audit records {}\n", seqs.join(", ")));
            if a.halted {
                t.push_str("Contained: the agent was halted automatically\n");
            }
            t.push('\n');
        }
        match &self.link {
            Some(l) => t.push_str(&format!("Open the alerts in the console: {l}\n")),
            None => t.push_str("Acknowledge with: warden alerts ack ID (resolve: warden alerts resolve ID --note ...)\n"),
        }
        t
    }

    fn webhook_body(&self, delivery: &str, sent_at: &str) -> Value {
        json!({
            "type": "alert.raised",
            "delivery": delivery,
            "sent_at": sent_at,
            "alerts": self.alerts.iter().map(|a| json!({
                "id": a.id, "kind": a.kind, "severity": a.severity, "agent": a.agent,
                "summary": a.summary, "at": a.at, "evidence": a.evidence, "halted": a.halted,
            })).collect::<Vec<_>>(),
            "link": self.link,
        })
    }

    fn slack_body(&self, _buttons: bool) -> Value {
        let mut lines = vec![format!("*{}*", slack_escape(&self.subject()))];
        for a in self.alerts.iter().take(20) {
            lines.push(format!(
                "• `{}` {} — {}{}",
                slack_escape(&a.severity),
                slack_escape(&a.kind),
                slack_escape(&a.summary),
                if a.halted { " (agent halted)" } else { "" }
            ));
        }
        if let Some(l) = &self.link {
            lines.push(format!("<{}|Open in the Warden console>", slack_escape(l)));
        }
        json!({"text": self.subject(), "blocks": [{
            "type": "section", "text": {"type": "mrkdwn", "text": lines.join("\n")},
        }]})
    }
}

/// Why a notice is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// An action was held for the group.
    Held,
    /// A held action is about to expire undecided.
    Reminder,
    /// A held action ended (executed, failed, denied, expired, cancelled).
    Outcome,
}

impl NoticeKind {
    /// The event name in webhook bodies and records: `approval.held`, …
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Held => "approval.held",
            Self::Reminder => "approval.reminder",
            Self::Outcome => "approval.outcome",
        }
    }
}

/// What a notification says about one approval. Its arguments are as the configuration lets
/// them out (masked, names only, or none).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Why it is sent.
    pub kind: NoticeKind,
    /// The approval (and action) id.
    pub approval_id: String,
    /// The agent that asked.
    pub agent: String,
    /// The agent's owner.
    pub owner: String,
    /// The tool.
    pub tool: String,
    /// The groups that decide it.
    pub groups: Vec<String>,
    /// The policies that held it.
    pub policies: Vec<String>,
    /// Its state (`pending`, `executed`, …).
    pub state: String,
    /// When it was held (RFC 3339).
    pub created_at: String,
    /// When it expires (RFC 3339).
    pub expires_at: String,
    /// The arguments as configured, if any.
    pub arguments: Option<Value>,
    /// The console page of the approval, when the console's address is configured.
    pub link: Option<String>,
    /// For an outcome: who decided and what happened, for people.
    pub detail: Option<String>,
}

impl Notice {
    /// One line: what, by whom, for whom.
    pub fn subject(&self) -> String {
        let groups = self.groups.join(", ");
        match self.kind {
            NoticeKind::Held => format!(
                "[Warden] {} by {} waits for {groups}",
                self.tool, self.agent
            ),
            NoticeKind::Reminder => format!(
                "[Warden] Reminder: {} by {} expires at {} undecided",
                self.tool, self.agent, self.expires_at
            ),
            NoticeKind::Outcome => {
                format!("[Warden] {} by {}: {}", self.tool, self.agent, self.state)
            }
        }
    }

    /// The message as plain text (e-mail body, Slack fallback).
    pub fn text(&self) -> String {
        let mut t = format!("{}\n\n", self.subject());
        t.push_str(&format!("Approval:  {}\n", self.approval_id));
        t.push_str(&format!(
            "Agent:     {} (owner {})\n",
            self.agent, self.owner
        ));
        t.push_str(&format!("Tool:      {}\n", self.tool));
        t.push_str(&format!("Decided by: {}\n", self.groups.join(", ")));
        t.push_str(&format!("Policies:  {}\n", self.policies.join(", ")));
        t.push_str(&format!("State:     {}\n", self.state));
        t.push_str(&format!("Held at:   {}\n", self.created_at));
        t.push_str(&format!("Expires:   {}\n", self.expires_at));
        if let Some(d) = &self.detail {
            t.push_str(&format!("Outcome:   {d}\n"));
        }
        if let Some(a) = &self.arguments {
            let pretty = serde_json::to_string_pretty(a).unwrap_or_default();
            t.push_str(&format!("\nArguments (personal data masked):\n{pretty}\n"));
        }
        match &self.link {
            Some(l) => t.push_str(&format!("\nOpen it in the console: {l}\n")),
            None => t.push_str(&format!(
                "\nDecide with: warden approvals approve {} (or deny)\n",
                self.approval_id
            )),
        }
        t
    }

    /// The webhook's JSON body.
    pub fn webhook_body(&self, delivery: &str, sent_at: &str) -> Value {
        json!({
            "type": self.kind.as_str(),
            "delivery": delivery,
            "sent_at": sent_at,
            "approval": {
                "id": self.approval_id,
                "agent": self.agent,
                "owner": self.owner,
                "tool": self.tool,
                "groups": self.groups,
                "policies": self.policies,
                "state": self.state,
                "created_at": self.created_at,
                "expires_at": self.expires_at,
                "arguments": self.arguments,
                "detail": self.detail,
            },
            "link": self.link,
        })
    }

    /// The Slack message (Block Kit), with approve and deny buttons when `buttons` (the
    /// callback then names the approval in each button's `value`).
    pub fn slack_body(&self, buttons: bool) -> Value {
        let mut lines = vec![format!("*{}*", slack_escape(&self.subject()))];
        lines.push(format!(
            "Agent `{}` · tool `{}` · decided by {} · expires {}",
            slack_escape(&self.agent),
            slack_escape(&self.tool),
            slack_escape(&self.groups.join(", ")),
            slack_escape(&self.expires_at)
        ));
        if let Some(d) = &self.detail {
            lines.push(slack_escape(d));
        }
        if let Some(a) = &self.arguments {
            let compact = serde_json::to_string(a).unwrap_or_default();
            let short: String = compact.chars().take(2000).collect();
            lines.push(format!("```{}```", slack_escape(&short)));
        }
        if let Some(l) = &self.link {
            lines.push(format!("<{}|Open in the Warden console>", slack_escape(l)));
        }
        let mut blocks = vec![json!({
            "type": "section",
            "text": {"type": "mrkdwn", "text": lines.join("\n")},
        })];
        if buttons && self.kind != NoticeKind::Outcome {
            blocks.push(json!({
                "type": "actions",
                "block_id": "warden_decision",
                "elements": [
                    {"type": "button", "action_id": "approve", "style": "primary",
                     "text": {"type": "plain_text", "text": "Approve"}, "value": self.approval_id},
                    {"type": "button", "action_id": "deny", "style": "danger",
                     "text": {"type": "plain_text", "text": "Deny"}, "value": self.approval_id,
                     "confirm": {"title": {"type": "plain_text", "text": "Deny this action?"},
                                 "text": {"type": "plain_text", "text": "The agent is told it was denied."},
                                 "confirm": {"type": "plain_text", "text": "Deny"},
                                 "deny": {"type": "plain_text", "text": "Cancel"}}},
                ],
            }));
        }
        json!({"text": self.subject(), "blocks": blocks})
    }
}

/// Slack's three control characters in message text.
fn slack_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn mac(secret: &[u8]) -> Hmac<Sha256> {
    // HMAC accepts keys of any length; `new_from_slice` cannot fail for it.
    <Hmac<Sha256> as KeyInit>::new_from_slice(secret)
        .unwrap_or_else(|_| <Hmac<Sha256> as KeyInit>::new(&Default::default()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    // Lowercase hex digits only: one signature has one spelling (a replay cache keyed on it
    // cannot be walked around with `+f` or `F`).
    if !s.len().is_multiple_of(2) || !s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| s.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect()
}

/// The `Warden-Signature` header value for `body` sent at `timestamp` (Unix seconds).
pub fn sign_webhook(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut m = mac(secret);
    m.update(timestamp.to_string().as_bytes());
    m.update(b".");
    m.update(body);
    format!("t={timestamp},v1={}", hex(&m.finalize().into_bytes()))
}

/// Whether `header` (a `Warden-Signature` value) signs `body` with `secret`, at a time within
/// [`SIGNATURE_TOLERANCE`] of `now` (Unix seconds). Constant-time comparison.
pub fn verify_webhook(secret: &[u8], header: &str, body: &[u8], now: i64) -> bool {
    let mut t = None;
    let mut sigs = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", v)) => t = v.parse::<i64>().ok(),
            Some(("v1", v)) => sigs.extend(unhex(v)),
            _ => {}
        }
    }
    let Some(t) = t else { return false };
    if t.abs_diff(now) > SIGNATURE_TOLERANCE.as_secs() {
        return false;
    }
    sigs.iter().any(|sig| {
        let mut m = mac(secret);
        m.update(t.to_string().as_bytes());
        m.update(b".");
        m.update(body);
        m.verify_slice(sig).is_ok()
    })
}

/// Whether a Slack request is Slack's: `signature` (`X-Slack-Signature`, `v0=<hex>`) is the
/// HMAC-SHA256 of `v0:<timestamp>:<body>` under the signing secret, and `timestamp`
/// (`X-Slack-Request-Timestamp`) is within [`SIGNATURE_TOLERANCE`] of `now`.
pub fn verify_slack(
    secret: &[u8],
    timestamp: &str,
    signature: &str,
    body: &[u8],
    now: i64,
) -> bool {
    let Ok(ts) = timestamp.parse::<i64>() else {
        return false;
    };
    if ts.abs_diff(now) > SIGNATURE_TOLERANCE.as_secs() {
        return false;
    }
    let Some(sig) = signature.strip_prefix("v0=").and_then(unhex) else {
        return false;
    };
    let mut m = mac(secret);
    m.update(b"v0:");
    m.update(timestamp.as_bytes());
    m.update(b":");
    m.update(body);
    m.verify_slice(&sig).is_ok()
}

/// Slack's signature for a request (what Slack sends; for tests and tools).
pub fn sign_slack(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut m = mac(secret);
    m.update(format!("v0:{timestamp}:").as_bytes());
    m.update(body);
    format!("v0={}", hex(&m.finalize().into_bytes()))
}

/// A channel with its credentials resolved, for one delivery.
pub enum Target {
    /// A signed JSON POST.
    Webhook {
        /// Where.
        url: String,
        /// The signing key.
        secret: Zeroizing<String>,
    },
    /// A Slack incoming webhook.
    Slack {
        /// The webhook URL (a credential).
        url: Zeroizing<String>,
        /// Whether the message carries approve and deny buttons.
        buttons: bool,
    },
    /// E-mail.
    Email {
        /// The channel.
        channel: Box<EmailChannel>,
        /// The recipients of this message.
        to: Vec<String>,
        /// SMTP AUTH, if configured.
        credentials: Option<(Zeroizing<String>, Zeroizing<String>)>,
    },
}

/// Why a delivery failed: safe to log and record (no URL, credential or answer body).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct DeliveryError {
    /// Worth trying again (a timeout, a refused connection, a 5xx or 429).
    pub retry: bool,
    /// What went wrong.
    pub message: String,
}

impl DeliveryError {
    fn retry(message: impl Into<String>) -> Self {
        Self {
            retry: true,
            message: message.into(),
        }
    }

    fn fatal(message: impl Into<String>) -> Self {
        Self {
            retry: false,
            message: message.into(),
        }
    }
}

fn http_error(e: &reqwest::Error) -> DeliveryError {
    let what = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "could not connect"
    } else {
        "the request failed"
    };
    DeliveryError::retry(what)
}

fn status_error(status: u16) -> DeliveryError {
    let retry = status == 429 || status == 408 || status >= 500;
    DeliveryError {
        retry,
        message: format!("the receiver answered HTTP {status}"),
    }
}

/// Sends `notice` to `target` once. `delivery` is this notice's id (the same on every retry,
/// so a receiver can drop duplicates); `now` the Unix time the signature carries.
pub async fn deliver(
    http: &reqwest::Client,
    target: &Target,
    notice: &dyn Message,
    delivery: &str,
    now: i64,
    sent_at: &str,
) -> Result<(), DeliveryError> {
    match target {
        Target::Webhook { url, secret } => {
            let body = serde_json::to_vec(&notice.webhook_body(delivery, sent_at))
                .map_err(|_| DeliveryError::fatal("the notice could not be encoded"))?;
            let signature = sign_webhook(secret.as_bytes(), now, &body);
            let r = http
                .post(url)
                .timeout(DELIVERY_TIMEOUT)
                .header("content-type", "application/json")
                .header("warden-signature", signature)
                .header("warden-event", notice.event())
                .header("warden-delivery", delivery)
                .body(body)
                .send()
                .await
                .map_err(|e| http_error(&e))?;
            match r.status().as_u16() {
                200..=299 => Ok(()),
                s => Err(status_error(s)),
            }
        }
        Target::Slack { url, buttons } => {
            let r = http
                .post(url.as_str())
                .timeout(DELIVERY_TIMEOUT)
                .json(&notice.slack_body(*buttons))
                .send()
                .await
                .map_err(|e| http_error(&e))?;
            match r.status().as_u16() {
                200..=299 => Ok(()),
                s => Err(status_error(s)),
            }
        }
        Target::Email {
            channel,
            to,
            credentials,
        } => mail::send(channel, to, credentials.as_ref(), notice, delivery).await,
    }
}

mod mail;

#[cfg(test)]
mod tests;
