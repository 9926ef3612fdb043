//! What the operators' console needs from the gateway beyond the admin API: signing in and out
//! (recorded), console sessions re-checked against their token on every request, refusals
//! recorded, and who may decide an approval.

use warden_identify::TokenKind;
use warden_types::{Approval, AuditRecord, ErrorCode, EventKind, Timestamp};

use crate::admin::{TokenView, store_err};
use crate::admin_log::AdminLog;
use crate::identify::{AuthFailure, Refused};
use crate::{Admin, Caller, Gateway, Operator, Refusal};

impl Gateway {
    /// Signs an operator in to the console with a token: the token is checked like a bearer
    /// token on the admin API (failures counted in `auth.failed`, an agent token refused and
    /// recorded), and the sign-in is recorded (`console.signed_in`).
    pub async fn console_sign_in(&self, token: &str, caller: &Caller) -> Result<Operator, Refusal> {
        let op = self.authenticate_operator(Some(token), caller).await?;
        AdminLog(&*self.store)
            .console_signed_in(&op.name, "token", &op.token_id, &caller.source(), op.admin)
            .await
            .map_err(store_err)?;
        Ok(op)
    }

    /// Records that a console session ended (`console.signed_out`): the operator signed out,
    /// or the session expired or lost its token.
    pub async fn console_sign_out(
        &self,
        op: &Operator,
        caller: &Caller,
        why: &str,
    ) -> Result<(), Refusal> {
        AdminLog(&*self.store)
            .console_signed_out(&op.name, &op.token_id, &caller.source(), why)
            .await
            .map_err(store_err)?;
        Ok(())
    }

    /// Records that an administrator ended every console session of `name` (`ended` of them).
    pub async fn console_sessions_ended(
        &self,
        admin: &Admin,
        name: &str,
        ended: usize,
        caller: &Caller,
    ) -> Result<(), Refusal> {
        AdminLog(&*self.store)
            .console_signed_out(
                name,
                "",
                &caller.source(),
                &format!("{ended} session(s) ended by `{}`", admin.name),
            )
            .await
            .map_err(store_err)
    }

    /// The operator a console session speaks for, if the token it was opened with is still
    /// valid (not revoked, not expired) — checked on every request, so revoking the token ends
    /// its console sessions at once.
    pub fn console_operator(&self, token_id: &str) -> Result<Option<Operator>, Refusal> {
        let record = self.identities.token(token_id).map_err(|()| {
            Refusal::new(
                ErrorCode::Internal,
                "token state could not be reloaded from the shared store; refused to be safe",
            )
        })?;
        Ok(record.and_then(|r| {
            let valid = r.kind == TokenKind::Operator
                && r.revoked_at.is_none()
                && r.expires_at.is_none_or(|t| t > Timestamp::now());
            valid.then_some(Operator {
                name: r.subject,
                admin: r.admin,
                token_id: r.id,
                groups: Vec::new(),
            })
        }))
    }

    /// `op` as an administrator, or the refusal (recorded, like the admin API's).
    pub async fn console_admin(&self, op: &Operator, caller: &Caller) -> Result<Admin, Refusal> {
        if op.admin {
            return Ok(Admin(op.clone()));
        }
        let r = Refusal::new(
            ErrorCode::Forbidden,
            format!("`{}` is not an administrator", op.name),
        );
        Err(self
            .access_denied(
                Refused::Operator {
                    name: &op.name,
                    token_id: &op.token_id,
                },
                caller,
                r,
            )
            .await)
    }

    /// Records a console request refused for a signed-in operator (a form without its CSRF
    /// token, from another origin), then returns the refusal.
    pub async fn console_refused(&self, op: &Operator, caller: &Caller, r: Refusal) -> Refusal {
        self.access_denied(
            Refused::Operator {
                name: &op.name,
                token_id: &op.token_id,
            },
            caller,
            r,
        )
        .await
    }

    /// Counts a console request without a valid session in `auth.failed` (aggregated per
    /// source, like every other failed authentication).
    pub fn console_unauthenticated(&self, caller: &Caller) {
        self.auth_failures.note(caller, AuthFailure::Missing);
    }

    /// Whether `op` decides `a`: an administrator, or a member of one of the groups its
    /// requirements name.
    pub fn decides(&self, op: &Operator, a: &Approval) -> bool {
        let groups = self.groups_for(op);
        op.admin
            || a.requirements
                .iter()
                .flat_map(|r| &r.groups)
                .any(|g| groups.get(g).is_some_and(|grp| grp.has_member(&op.name)))
    }

    /// An agent's own LLM budget, if it has one.
    pub fn agent_budget(&self, agent: &str) -> Option<warden_types::Budget> {
        self.dep().agents.get(agent).and_then(|a| a.budget)
    }

    /// The approver groups `op` is a member of.
    pub fn groups_of(&self, op: &Operator) -> Vec<String> {
        self.groups_for(op)
            .iter()
            .filter(|(_, g)| g.has_member(&op.name))
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// The configured approver groups, with `op` a member of those an identity provider
    /// vouched for in its session (groups Warden does not configure are ignored).
    pub(crate) fn groups_for(
        &self,
        op: &Operator,
    ) -> std::collections::BTreeMap<String, warden_types::ApproverGroup> {
        let mut groups = self.dep().groups.clone();
        for g in &op.groups {
            if let Some(grp) = groups.get_mut(g)
                && !grp.has_member(&op.name)
            {
                grp.members.push(op.name.clone());
            }
        }
        groups
    }

    /// A token's metadata (never its secret), for whoever decides an approval it asked for.
    pub fn token_view(&self, id: &str) -> Result<Option<TokenView>, Refusal> {
        let record = self
            .identities
            .token(id)
            .map_err(|()| Refusal::internal())?;
        Ok(record.as_ref().map(TokenView::from))
    }

    /// The records of one action (its receipt, decision, approval and execution), for
    /// whoever decides its approval: without the inputs and outputs when the reader does not
    /// decide it.
    pub async fn action_records(
        &self,
        op: &Operator,
        a: &Approval,
    ) -> Result<Vec<AuditRecord>, Refusal> {
        let mut records = self
            .store
            .query_audit(warden_store::AuditFilter {
                action_id: Some(a.action.id.clone()),
                limit: Some(100),
                ..Default::default()
            })
            .await
            .map_err(store_err)?;
        if !self.decides(op, a) {
            for r in &mut records {
                r.event.input = serde_json::Value::Null;
                r.event.output = serde_json::Value::Null;
            }
        }
        Ok(records)
    }

    /// An agent's most recent decisions (tool, outcome, time and the one-line description;
    /// never inputs or outputs), shown to the approvers of one of its held actions.
    pub async fn recent_decisions(
        &self,
        agent: &str,
        limit: u64,
    ) -> Result<Vec<AuditRecord>, Refusal> {
        let mut records = self
            .store
            .query_audit(warden_store::AuditFilter {
                agent: Some(agent.to_owned()),
                event: Some(EventKind::ActionDecided.as_str().to_owned()),
                limit: Some(limit.min(100)),
                ..Default::default()
            })
            .await
            .map_err(store_err)?;
        for r in &mut records {
            r.event.input = serde_json::Value::Null;
            r.event.output = serde_json::Value::Null;
        }
        records.reverse();
        Ok(records)
    }
}
