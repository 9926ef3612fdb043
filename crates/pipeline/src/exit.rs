//! The one exit of the action path. Every way an action ends is an [`Exit`];
//! [`Gateway::exit`] is the only place that builds its closing records, appends them together
//! with the session labels the action earned (one commit), and turns it into the typed
//! [`ActionEnd`] every surface answers from. The other records of an action's life — the
//! decision written before any upstream call ([`Gateway::allowed_events`]; a read's with its
//! result, [`crate::Deferred`]) and the changes of a held action (votes, expiry, withdrawal, a
//! restart's settlement: [`Gateway::update_approval`]) — are appended here too, so this module
//! is where the action family's records are written. If the log cannot be written, the answer
//! is an internal error and nothing further runs.

use std::collections::BTreeSet;

use serde_json::json;
use warden_store::{Cas, StoreError};
use warden_types::{
    Action, Approval, ApprovalState, AuditEvent, ErrorCode, EventKind, Outcome, random_id,
};

use crate::reply::{ActionEnd, Refusal};
use crate::{Gateway, Loaded};

/// How an action ended.
#[expect(
    clippy::large_enum_variant,
    reason = "one per request, built once and moved into `exit`"
)]
pub(crate) enum Exit<'a> {
    /// The request could not be read as an action (not JSON, unknown fields, too large, a tool
    /// name too long): recorded with its code only, nothing of the body.
    Unreadable { agent: String, refusal: Refusal },
    /// The session id is not one Warden accepts: recorded without the arguments (not
    /// inspected) and without the session's text.
    BadSession {
        agent: String,
        action_id: String,
        tool: String,
        session_bytes: usize,
        refusal: Refusal,
    },
    /// Refused before or by the decide stage: what was received and the decision, in one
    /// commit with the labels the arguments brought into the session.
    Refused {
        action: Action,
        received: AuditEvent,
        refusal: Refusal,
        policies: Vec<String>,
        labels: BTreeSet<String>,
    },
    /// Held for a human: the approval is stored with what was received and the decision.
    Held {
        approval: Approval,
        received: AuditEvent,
        decided: AuditEvent,
        labels: BTreeSet<String>,
        answer: ActionEnd,
    },
    /// The agent was halted between the decision and the connector call.
    HaltedBeforeExecution {
        action: &'a Action,
        /// An allowed read's records not yet written.
        intent: &'a crate::Deferred,
        refusal: Refusal,
    },
    /// The connector ran (or failed, or its result was withheld): the execute stage's record,
    /// the secrets it injected and the alerts they raised, and the labels the result brought.
    Ran {
        action: &'a Action,
        /// An allowed read's records not yet written.
        intent: &'a crate::Deferred,
        executed: AuditEvent,
        also: Vec<AuditEvent>,
        labels: BTreeSet<String>,
        /// The values the result named (untrusted content, for argument provenance).
        values: warden_store::RunValues,
        answer: ActionEnd,
    },
}

/// The record of an execution whose outcome nobody saw.
pub(crate) fn interrupted(id: &str, why: &str) -> AuditEvent {
    let mut e = AuditEvent::new(EventKind::ActionExecuted, Outcome::Failure, why);
    e.action_id = Some(id.to_owned());
    e.code = Some(ErrorCode::UpstreamError.as_str().into());
    e
}

impl Gateway {
    /// The records of an action's event: its agent, session, id, tool and system.
    pub(crate) fn event_for(
        &self,
        action: &Action,
        kind: EventKind,
        outcome: Outcome,
    ) -> AuditEvent {
        let mut e = AuditEvent::new(kind, outcome, String::new());
        e.agent = Some(action.agent.clone());
        e.session = Some(action.session.clone());
        e.action_id = Some(action.id.clone());
        e.tool = Some(action.tool.clone());
        if let Some(tool) = self.dep().tools.get(&action.tool) {
            e.systems = vec![tool.system.clone()];
        }
        e
    }

    /// Ends an action: builds and appends its closing records, then answers. Whatever the
    /// answer, it has been recorded first — or it is an internal error.
    pub(crate) async fn exit(&self, set: &Loaded, exit: Exit<'_>) -> ActionEnd {
        let written = match exit {
            Exit::Unreadable { agent, refusal } => {
                let Ok(id) = random_id("act") else {
                    return Refusal::internal().into();
                };
                let refusal = refusal.with("action_id", json!(id));
                // The parser's message can quote the request (an unknown field's name): the
                // record keeps only what kind of refusal it was.
                let mut e = AuditEvent::new(
                    EventKind::ActionDecided,
                    Outcome::Denied,
                    format!(
                        "the request could not be read as an action ({})",
                        refusal.code
                    ),
                );
                e.agent = Some(agent);
                e.action_id = Some(id);
                e.code = Some(refusal.code.as_str().into());
                e.policy_set = Some(set.policy_set.clone());
                self.store
                    .append(vec![e])
                    .await
                    .map(|_| ActionEnd::from(refusal))
            }
            Exit::BadSession {
                agent,
                action_id,
                tool,
                session_bytes,
                refusal,
            } => {
                let refusal = refusal.with("action_id", json!(action_id));
                let mut e = AuditEvent::new(
                    EventKind::ActionDecided,
                    Outcome::Denied,
                    refusal.message.clone(),
                );
                e.agent = Some(agent);
                e.action_id = Some(action_id);
                e.tool = Some(tool);
                e.code = Some(refusal.code.as_str().into());
                e.input = json!({ "session_bytes": session_bytes });
                e.policy_set = Some(set.policy_set.clone());
                self.store
                    .append(vec![e])
                    .await
                    .map(|_| ActionEnd::from(refusal))
            }
            Exit::Refused {
                action,
                received,
                refusal,
                policies,
                labels,
            } => {
                let mut decided =
                    self.event_for(&action, EventKind::ActionDecided, Outcome::Denied);
                decided.policy_set = Some(set.policy_set.clone());
                decided.description = refusal.message.clone();
                decided.policies = policies;
                decided.code = Some(refusal.code.as_str().into());
                decided.output = refusal.details.clone();
                let refusal = refusal.with_action(&action);
                self.commit(&action, &labels, vec![received, decided])
                    .await
                    .map(|()| ActionEnd::from(refusal))
            }
            Exit::Held {
                approval,
                received,
                mut decided,
                labels,
                answer,
            } => {
                decided.policy_set = Some(set.policy_set.clone());
                let action = approval.action.clone();
                let labelled = if labels.is_empty() {
                    Ok(())
                } else {
                    self.commit(&action, &labels, Vec::new()).await
                };
                match labelled {
                    Ok(()) => match self
                        .store
                        .create_approval(approval.clone(), vec![received, decided])
                        .await
                    {
                        Ok(()) => {
                            self.approvals_changed.notify_waiters();
                            self.notify_held(&approval).await;
                            Ok(answer)
                        }
                        Err(e) => Err(e),
                    },
                    Err(e) => Err(e),
                }
            }
            Exit::HaltedBeforeExecution {
                action,
                intent,
                refusal,
            } => {
                let refusal = refusal.with_action(action);
                let mut e = self.event_for(action, EventKind::ActionExecuted, Outcome::Denied);
                e.description = refusal.message.clone();
                e.code = Some(refusal.code.as_str().into());
                let mut events = intent.events();
                events.push(e);
                let written = self.commit(action, &BTreeSet::new(), events).await;
                if written.is_ok() {
                    intent.written();
                }
                written.map(|()| ActionEnd::from(refusal))
            }
            Exit::Ran {
                action,
                intent,
                executed,
                also,
                labels,
                values,
                answer,
            } => {
                let mut events = intent.events();
                events.push(executed);
                events.extend(also);
                let written = self
                    .store
                    .add_run_facts(
                        &action.agent,
                        &action.session,
                        labels.clone(),
                        values,
                        events,
                    )
                    .await;
                if written.is_ok() {
                    intent.written();
                    if !labels.is_empty() {
                        self.cache_labels(&action.agent, &action.session, labels);
                    }
                }
                written.map(|()| answer)
            }
        };
        match written {
            Ok(answer) => answer,
            Err(e) => {
                tracing::error!(error = %e, "cannot write the audit log");
                Refusal::internal().into()
            }
        }
    }

    /// The records of an allowed action: what was received and the decision. They are
    /// committed before the upstream call (with the labels the arguments brought), or for a
    /// read with its result ([`crate::Deferred`]).
    pub(crate) fn allowed_events(
        &self,
        set: &Loaded,
        action: &Action,
        received: AuditEvent,
        policies: &[String],
    ) -> Vec<AuditEvent> {
        let mut decided = self.event_for(action, EventKind::ActionDecided, Outcome::Success);
        decided.description = format!("allowed by {}", policies.join(", "));
        decided.policy_set = Some(set.policy_set.clone());
        decided.policies = policies.to_vec();
        vec![received, decided]
    }

    /// Moves a held action from `from` to its next state with the records that say why, in
    /// one commit (a compare-and-set: only one change from a state can win).
    pub(crate) async fn update_approval(
        &self,
        next: Approval,
        from: ApprovalState,
        events: Vec<AuditEvent>,
    ) -> Result<Cas, StoreError> {
        let ended = matches!(
            next.state,
            ApprovalState::Denied | ApprovalState::Expired | ApprovalState::Cancelled
        );
        let last = ended || matches!(next.state, ApprovalState::Executed | ApprovalState::Failed);
        let outcome = last.then(|| next.clone());
        let (id, tool) = (next.action.id.clone(), next.action.tool.clone());
        let cas = self.store.update_approval(next, from, events).await?;
        if cas == Cas::Applied {
            self.approvals_changed.notify_waiters();
            if let Some(a) = &outcome {
                self.notify_outcome(a).await;
            }
            // A held call that will never run stops counting in its tool's totals.
            if ended && let Some(t) = self.set().dep.tools.get(&tool) {
                self.release_totals(t, &id).await;
            }
        }
        Ok(cas)
    }

    /// An action whose handling panicked (a bug, never an expected path): the log says what
    /// had become of it, and that decides what is done now.
    /// - Not decided yet: nothing ran. Its totals reservation is withdrawn (else the agent's
    ///   running totals stay inflated) and a denial with code `internal` is recorded.
    /// - Allowed (its intent is in the log) but no outcome recorded: the upstream may have
    ///   acted; the execution is recorded as interrupted with its outcome unknown, and the
    ///   reservation stays (it only ever holds more).
    /// - Held, refused or executed: that is already recorded and stands.
    ///
    /// The agent is answered with an internal error naming the action. The panic's message is
    /// never logged here (a slicing panic quotes the text it sliced).
    pub(crate) async fn contain_panic(&self, agent: &str, id: &str, tool: &str) -> ActionEnd {
        tracing::error!(
            action = id,
            "the action pipeline panicked (a bug); contained"
        );
        let refusal = Refusal::internal().with("action_id", json!(id));
        let filter = warden_store::AuditFilter {
            action_id: Some(id.to_owned()),
            limit: Some(1_000),
            ..warden_store::AuditFilter::default()
        };
        let records = match self.store.query_audit(filter).await {
            Ok(r) => r,
            Err(e) => {
                tracing::error!(error = %e, action = id, "cannot read what a panicked action left in the log");
                return refusal.into();
            }
        };
        let decided = records
            .iter()
            .find(|r| r.event.event == EventKind::ActionDecided)
            .map(|r| r.event.outcome);
        let executed = records
            .iter()
            .any(|r| r.event.event == EventKind::ActionExecuted);
        match decided {
            None => {
                if let Err(e) = self.store.release_totals(id).await {
                    tracing::warn!(error = %e, action = id, "cannot withdraw a panicked action's totals");
                }
                let mut e = AuditEvent::new(
                    EventKind::ActionDecided,
                    Outcome::Denied,
                    "an internal error stopped the pipeline before a decision; denied to be safe, nothing was executed",
                );
                e.agent = Some(agent.to_owned());
                e.action_id = Some(id.to_owned());
                e.tool = Some(tool.to_owned());
                e.code = Some(ErrorCode::Internal.as_str().into());
                e.policy_set = Some(self.policy_set());
                if let Err(e) = self.store.append(vec![e]).await {
                    tracing::error!(error = %e, action = id, "cannot record a panicked action's denial");
                }
                refusal.into()
            }
            Some(Outcome::Success) if !executed => {
                self.unknown_outcome(
                    agent,
                    id,
                    tool,
                    Vec::new(),
                    "an internal error stopped the action after it was allowed; the outcome is unknown",
                )
                .await
            }
            Some(_) => Refusal::new(
                ErrorCode::Internal,
                "internal error after the action was decided; the audit log records what became of it",
            )
            .with("action_id", json!(id))
            .into(),
        }
    }

    /// Records an allowed action whose execution an internal error (a panic) cut off, with its
    /// outcome unknown, and answers with an internal error naming the action.
    pub(crate) async fn unknown_outcome(
        &self,
        agent: &str,
        id: &str,
        tool: &str,
        mut intent: Vec<AuditEvent>,
        why: &str,
    ) -> ActionEnd {
        let mut e = interrupted(id, why);
        e.agent = Some(agent.to_owned());
        e.tool = Some(tool.to_owned());
        e.code = Some(ErrorCode::Internal.as_str().into());
        intent.push(e);
        if let Err(e) = self.store.append(intent).await {
            tracing::error!(error = %e, action = id, "cannot record an execution an internal error cut off");
        }
        Refusal::new(
            ErrorCode::Internal,
            "internal error after the action was allowed; its outcome is unknown (see the audit log)",
        )
        .with("action_id", json!(id))
        .into()
    }

    /// Records executions cut off before their outcome was seen (a shutdown, a dropped
    /// request); an allowed read's deferred records are written in front of its own.
    pub(crate) async fn record_interrupted(
        &self,
        running: &[(String, crate::Deferred)],
        why: &str,
    ) {
        let events = running
            .iter()
            .flat_map(|(id, deferred)| {
                let mut events = deferred.take();
                events.push(interrupted(id, why));
                events
            })
            .collect();
        if let Err(e) = self.store.append(events).await {
            tracing::error!(error = %e, "cannot record executions cut off before their outcome");
        }
    }

    /// Appends `events` and grows the session's labels in one commit.
    pub(crate) async fn commit(
        &self,
        action: &Action,
        labels: &BTreeSet<String>,
        events: Vec<AuditEvent>,
    ) -> Result<(), StoreError> {
        self.store
            .add_session_labels(&action.agent, &action.session, labels.clone(), events)
            .await?;
        if !labels.is_empty() {
            self.cache_labels(&action.agent, &action.session, labels.clone());
        }
        Ok(())
    }
}

/// Records, from a task of its own, an execution whose request was dropped while the
/// connector ran (the process is stopping, or the task was cut off).
pub(crate) fn record_interrupted_later(
    store: std::sync::Arc<dyn warden_store::Store>,
    id: &str,
    mut intent: Vec<AuditEvent>,
    why: &str,
) {
    intent.push(interrupted(id, why));
    if let Ok(rt) = tokio::runtime::Handle::try_current() {
        rt.spawn(async move {
            if let Err(err) = store.append(intent).await {
                tracing::error!(error = %err, "cannot record an interrupted execution");
            }
        });
    }
}
