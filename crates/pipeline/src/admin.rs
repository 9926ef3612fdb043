//! Operator actions: tokens, halts, approvals and the audit log.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use warden_identify::TokenKind;
use warden_store::{AuditFilter, Halt, TokenRecord, VerifyReport};
use warden_types::{Approval, ApprovalState, AuditRecord, ErrorCode, Timestamp};

use crate::admin_log::AdminLog;
use crate::{Gateway, Operator, Refusal};

/// A request to mint a token.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewTokenRequest {
    /// `agent` or `operator`.
    pub kind: String,
    /// The agent id or operator name.
    pub subject: String,
    /// Operator tokens only: may administer.
    #[serde(default)]
    pub admin: bool,
    /// Lifetime in seconds; none for no expiry.
    pub expires_in_seconds: Option<u64>,
}

/// A token as operators see it (never the secret).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenView {
    /// Public id.
    pub id: String,
    /// `agent` or `operator`.
    pub kind: TokenKind,
    /// Who it speaks for.
    pub subject: String,
    /// May administer.
    pub admin: bool,
    /// Created (RFC 3339).
    pub created_at: String,
    /// Expires (RFC 3339).
    pub expires_at: Option<String>,
    /// Revoked (RFC 3339).
    pub revoked_at: Option<String>,
    /// The token text: present only in the answer to its creation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The pending approvals its revocation cancelled: present only in that answer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cancelled_approvals: Vec<String>,
}

impl From<&TokenRecord> for TokenView {
    fn from(t: &TokenRecord) -> Self {
        Self {
            id: t.id.clone(),
            kind: t.kind,
            subject: t.subject.clone(),
            admin: t.admin,
            created_at: t.created_at.to_rfc3339(),
            expires_at: t.expires_at.map(|t| t.to_rfc3339()),
            revoked_at: t.revoked_at.map(|t| t.to_rfc3339()),
            token: None,
            cancelled_approvals: Vec::new(),
        }
    }
}

/// An agent as operators see it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AgentView {
    /// Id.
    pub id: String,
    /// Owner.
    pub owner: String,
    /// Roles.
    pub roles: Vec<String>,
    /// Purpose.
    pub purpose: String,
    /// `active` or `halted`.
    pub status: String,
    /// Why it was halted.
    pub halt: Option<Halt>,
}

/// What a halt does to one of the agent's pending approvals: it is cancelled, and the agent is
/// told why when it asks (an approved action already executing finishes and is recorded; the
/// store offers only pending ones).
fn halt_cancels(a: &Approval, halt: &Halt) -> Option<Approval> {
    Some(withdrawn(
        a,
        format!("agent `{}` was halted: {}", a.action.agent, halt.reason),
    ))
}

/// What revoking an agent token does to the agent's pending approvals: those the token asked
/// for are cancelled (a revoked credential's requests do not wait to be approved).
fn revoke_cancels(a: &Approval, token_id: &str) -> Option<Approval> {
    (a.token.as_deref() == Some(token_id)).then(|| {
        withdrawn(
            a,
            "the token that asked for this action was revoked".to_owned(),
        )
    })
}

fn withdrawn(a: &Approval, why: String) -> Approval {
    let mut next = a.clone();
    next.state = ApprovalState::Cancelled;
    next.result = Some(
        Refusal::new(ErrorCode::ApprovalCancelled, why)
            .with_action(&a.action)
            .with("status", serde_json::json!("cancelled"))
            .stored(),
    );
    next
}

/// The most approvals one page lists.
pub const MAX_PAGE: u64 = 1000;

/// What replaces the arguments of an approval its reader does not decide.
const WITHHELD: &str =
    "[withheld: only the approval's approver groups and administrators see its arguments]";

pub(crate) fn store_err(e: warden_store::StoreError) -> Refusal {
    tracing::error!(error = %e, "store error");
    Refusal::internal()
}

impl Gateway {
    /// Creates a token; its text is in the answer and nowhere else.
    pub async fn create_token(
        &self,
        op: &crate::Admin,
        req: NewTokenRequest,
    ) -> Result<TokenView, Refusal> {
        let kind = TokenKind::parse(&req.kind).ok_or_else(|| {
            Refusal::new(
                ErrorCode::BadRequest,
                "`kind` must be `agent` or `operator`",
            )
        })?;
        match kind {
            TokenKind::Agent => {
                if !self.dep().agents.contains_key(&req.subject) {
                    return Err(Refusal::new(
                        ErrorCode::NotFound,
                        format!("no agent `{}` is configured", req.subject),
                    ));
                }
                if req.admin {
                    return Err(Refusal::new(
                        ErrorCode::BadRequest,
                        "agent tokens can never administer",
                    ));
                }
            }
            TokenKind::Operator => {
                let ok = !req.subject.is_empty()
                    && req.subject.len() <= 64
                    && req.subject.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
                    });
                if !ok {
                    return Err(Refusal::new(
                        ErrorCode::BadRequest,
                        "operator names are 1-64 lowercase letters, digits, `-` and `_`",
                    ));
                }
            }
        }
        let now = Timestamp::now();
        let expires_at = match req.expires_in_seconds {
            Some(0) => {
                return Err(Refusal::new(
                    ErrorCode::BadRequest,
                    "`expires_in_seconds` must be more than zero",
                ));
            }
            Some(s) => Some(now.plus_seconds(i64::try_from(s).unwrap_or(i64::MAX / 2_000_000))),
            // Agent tokens expire by default (`server.agent_token_ttl`); operator tokens do not.
            None => match (kind, self.dep().limits.agent_token_ttl) {
                (TokenKind::Agent, Some(ttl)) => Some(
                    now.plus_seconds(i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX / 2_000_000)),
                ),
                _ => None,
            },
        };
        let minted = warden_identify::mint(kind).map_err(|_| Refusal::internal())?;
        let record = TokenRecord {
            id: minted.id.clone(),
            kind,
            subject: req.subject.clone(),
            hash: minted.hash.to_vec(),
            admin: req.admin,
            created_at: now,
            expires_at,
            revoked_at: None,
        };
        AdminLog(&*self.store)
            .token_created(Some(&op.name), record.clone())
            .await
            .map_err(store_err)?;
        self.identities.put_token(record.clone());
        let mut view = TokenView::from(&record);
        view.token = Some(minted.token);
        Ok(view)
    }

    /// Every token (metadata only), optionally for one subject.
    pub fn list_tokens(
        &self,
        _admin: &crate::Admin,
        subject: Option<&str>,
    ) -> Result<Vec<TokenView>, Refusal> {
        let tokens = self
            .identities
            .tokens_where(|t| subject.is_none_or(|s| t.subject == s))
            .map_err(|()| Refusal::internal())?;
        let mut out: Vec<TokenView> = tokens.iter().map(TokenView::from).collect();
        out.sort_by(|a, b| a.created_at.cmp(&b.created_at));
        Ok(out)
    }

    /// Revokes one token; it stops working at once.
    pub async fn revoke_token(&self, op: &crate::Admin, id: &str) -> Result<TokenView, Refusal> {
        let record = self
            .identities
            .tokens_where(|t| t.id == id)
            .map_err(|()| Refusal::internal())?
            .pop()
            .ok_or_else(|| Refusal::new(ErrorCode::NotFound, format!("no token `{id}`")))?;
        let now = Timestamp::now();
        let cancelled = AdminLog(&*self.store)
            .token_revoked(&op.name, &record, now, revoke_cancels)
            .await
            .map_err(store_err)?;
        let Some(cancelled) = cancelled else {
            return Err(Refusal::new(
                ErrorCode::Conflict,
                format!("token `{id}` is already revoked"),
            ));
        };
        self.release_cancelled(&cancelled).await;
        self.notify_cancelled(&cancelled).await;
        let mut updated = record;
        updated.revoked_at = Some(now);
        self.identities.put_token(updated.clone());
        if !cancelled.is_empty() {
            self.approvals_changed.notify_waiters();
        }
        let mut view = TokenView::from(&updated);
        view.cancelled_approvals = cancelled;
        Ok(view)
    }

    /// Whether any unrevoked administrator token exists.
    pub fn has_admin(&self) -> bool {
        self.identities
            .tokens_where(|r| r.kind == TokenKind::Operator && r.admin && r.revoked_at.is_none())
            .is_ok_and(|t| !t.is_empty())
    }

    /// Every configured agent and whether it is halted.
    pub fn agents(&self, _op: &Operator) -> Vec<AgentView> {
        self.dep()
            .agents
            .values()
            .map(|a| {
                let halt = self.halt_of(&a.id);
                AgentView {
                    id: a.id.clone(),
                    owner: a.owner.clone(),
                    roles: a.roles.clone(),
                    purpose: a.purpose.clone(),
                    status: if halt.is_some() { "halted" } else { "active" }.into(),
                    halt,
                }
            })
            .collect()
    }

    /// Halts an agent: from the moment this returns, its actions are refused on every process,
    /// its pending approvals are cancelled, its calls running upstream are cancelled, its
    /// MCP sessions are ended, and the credentials only it may use are rotated. Other agents
    /// are untouched.
    pub async fn halt(
        &self,
        op: &crate::Admin,
        agent: &str,
        reason: &str,
    ) -> Result<crate::Halted, Refusal> {
        if !self.dep().agents.contains_key(agent) {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("no agent `{agent}` is configured"),
            ));
        }
        let reason = reason.trim();
        if reason.is_empty() || reason.len() > 2000 {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "a halt needs a `reason` of 1-2000 bytes",
            ));
        }
        let halt = Halt {
            reason: reason.to_owned(),
            by: op.name.clone(),
            at: Timestamp::now(),
        };
        // Refuse new actions first, then persist: there is no window in which the agent is
        // recorded as halted yet still acting.
        self.identities.set_halt(agent, Some(halt.clone()));
        let cancelled = AdminLog(&*self.store)
            .agent_halted(agent, halt, halt_cancels)
            .await
            .map_err(store_err)?;
        self.approvals_changed.notify_waiters();
        let cancelled_calls = self.contain_here(agent);
        self.release_cancelled(&cancelled).await;
        self.notify_cancelled(&cancelled).await;
        let (rotated, not_rotated) = self.rotate_agent_credentials(agent).await;
        Ok(crate::Halted {
            cancelled_approvals: cancelled,
            cancelled_calls,
            rotated_credentials: rotated,
            credentials_not_rotated: not_rotated,
        })
    }

    /// Resumes a halted agent.
    pub async fn resume(&self, op: &crate::Admin, agent: &str) -> Result<(), Refusal> {
        if !self.dep().agents.contains_key(agent) {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("no agent `{agent}` is configured"),
            ));
        }
        let changed = AdminLog(&*self.store)
            .agent_resumed(&op.name, agent)
            .await
            .map_err(store_err)?;
        if !changed {
            return Err(Refusal::new(
                ErrorCode::Conflict,
                format!("agent `{agent}` is not halted"),
            ));
        }
        self.identities.set_halt(agent, None);
        Ok(())
    }

    /// Approvals, newest first.
    pub async fn list_approvals(
        &self,
        op: &Operator,
        state: Option<&str>,
        before: Option<String>,
        limit: u64,
    ) -> Result<Vec<Approval>, Refusal> {
        if !(1..=MAX_PAGE).contains(&limit) {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                format!("`limit` must be 1 to {MAX_PAGE}; page with `before`"),
            ));
        }
        if let Some(id) = &before
            && self.store.approval(id).await.map_err(store_err)?.is_none()
        {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("no approval `{id}` to page before"),
            ));
        }
        let state = match state {
            None | Some("all") => None,
            Some(s) => Some(ApprovalState::parse(s).ok_or_else(|| {
                Refusal::new(
                    ErrorCode::BadRequest,
                    format!("unknown state `{s}`; expected pending, approved, executed, failed, denied, expired, cancelled or all"),
                )
            })?),
        };
        let page = self
            .store
            .approvals(state, before, limit)
            .await
            .map_err(store_err)?;
        Ok(page.into_iter().map(|a| self.as_seen_by(op, a)).collect())
    }

    /// One approval.
    pub async fn get_approval(&self, op: &Operator, id: &str) -> Result<Approval, Refusal> {
        let a = self
            .store
            .approval(id)
            .await
            .map_err(store_err)?
            .ok_or_else(|| Refusal::new(ErrorCode::NotFound, format!("no approval `{id}`")))?;
        Ok(self.as_seen_by(op, a))
    }

    /// An approval as `op` may see it: its exact arguments and result only for an
    /// administrator or a member of one of the groups that decide it.
    fn as_seen_by(&self, op: &Operator, mut a: Approval) -> Approval {
        let decides = self.decides(op, &a);
        if !decides {
            a.action.arguments = serde_json::Value::String(WITHHELD.into());
            if a.result.is_some() {
                a.result = None;
            }
        }
        a
    }

    /// Audit records.
    pub async fn query_audit(
        &self,
        _admin: &crate::Admin,
        filter: AuditFilter,
    ) -> Result<Vec<AuditRecord>, Refusal> {
        self.store.query_audit(filter).await.map_err(store_err)
    }

    /// Recomputes the audit chain.
    pub async fn verify_audit(&self, _admin: &crate::Admin) -> Result<VerifyReport, Refusal> {
        self.store.verify_audit().await.map_err(store_err)
    }
}

/// Creates the first administrator token directly in a store (used by `warden init`).
pub async fn bootstrap_admin(
    store: &Arc<dyn warden_store::Store>,
    name: &str,
) -> Result<String, String> {
    let existing = store.tokens().await.map_err(|e| e.to_string())?;
    if existing
        .iter()
        .any(|t| t.kind == TokenKind::Operator && t.admin && t.revoked_at.is_none())
    {
        return Err(
            "this database already has an administrator token; use `warden tokens create` with it"
                .into(),
        );
    }
    let minted = warden_identify::mint(TokenKind::Operator).map_err(|e| e.to_string())?;
    let record = TokenRecord {
        id: minted.id.clone(),
        kind: TokenKind::Operator,
        subject: name.to_owned(),
        hash: minted.hash.to_vec(),
        admin: true,
        created_at: Timestamp::now(),
        expires_at: None,
        revoked_at: None,
    };
    AdminLog(&**store)
        .token_created(None, record)
        .await
        .map_err(|e| e.to_string())?;
    Ok(minted.token)
}
