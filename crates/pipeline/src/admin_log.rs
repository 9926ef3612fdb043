//! The administrative family's records, appended from here only.
//!
//! Every change an operator, the configuration or a background task makes to Warden's own
//! state — tokens, halts, tool pins, the vault's secrets, checkpoints, stream skips, purges,
//! data subjects, configuration loads and reloads — is one method of [`AdminLog`]. Each builds
//! its record with its constructor in `warden_audit::event` and commits it together with the
//! state change it describes, in one store transaction (or alone, for a change with no state of
//! its own). The modules that decide those changes (`admin.rs`, `vault.rs`, `mcp.rs`,
//! `reload.rs`, `checkpoint.rs`, `export.rs`, `retention.rs`, `subjects.rs`) call these and
//! never append themselves; `scripts/check-stage-deps.py` checks that.

use std::collections::BTreeMap;

use serde_json::Value;
use warden_audit::event::{self, ConfigSize, Erased, NewToken, Purge};
use warden_store::{
    Erasure, Located, Purged, SecretVersion, Store, StoreError, StoredCheckpoint, ToolPin,
};
use warden_store::{Halt, TokenRecord};
use warden_types::{Approval, Timestamp, TokenKind};

/// Why a tool pin changed, as its record tells it.
pub(crate) enum PinChange {
    /// First seen (from `server`) and trusted on first use.
    Pinned { server: String },
    /// Disabled until an operator approves it (changed or poisoned), for `note`.
    Held {
        note: String,
        approved: Option<Value>,
    },
    /// An operator approved the definition now seen.
    Approved {
        operator: String,
        before: Option<String>,
        comment: Option<String>,
    },
    /// Only bookkeeping changed (no record).
    Quiet,
}

/// The erasure receipt's parts known before the store runs it.
pub(crate) struct ErasureReceipt {
    pub(crate) actor: String,
    pub(crate) erasure_id: String,
    pub(crate) identifiers: usize,
    /// Already masked.
    pub(crate) reason: String,
    pub(crate) hooks: Vec<Value>,
}

/// The administrative family's records over the gateway's store.
pub(crate) struct AdminLog<'a>(pub(crate) &'a dyn Store);

impl AdminLog<'_> {
    /// `token.created` with the token (the first administrator's has its own record).
    pub(crate) async fn token_created(
        &self,
        actor: Option<&str>,
        token: TokenRecord,
    ) -> Result<(), StoreError> {
        let e = match actor {
            Some(actor) => event::token_created(
                actor,
                &NewToken {
                    id: &token.id,
                    kind: token.kind.as_str(),
                    subject: &token.subject,
                    admin: token.admin,
                    expires_at: token.expires_at.map(|t| t.to_rfc3339()),
                },
            ),
            None => event::first_admin_token(&token.id, &token.subject),
        };
        self.0.insert_token(token, e).await
    }

    /// `token.revoked`, and `approval.cancelled` for each pending approval of the token's
    /// agent that `cancel` withdraws (what a revocation does to an approval is `admin.rs`'s),
    /// in one commit. `None` when it already was revoked; else the cancelled approvals' ids.
    pub(crate) async fn token_revoked(
        &self,
        actor: &str,
        token: &TokenRecord,
        at: Timestamp,
        cancel: fn(&Approval, &str) -> Option<Approval>,
    ) -> Result<Option<Vec<String>>, StoreError> {
        let e = event::token_revoked(actor, &token.id, token.kind, &token.subject);
        let agent = (token.kind == TokenKind::Agent).then(|| token.subject.clone());
        let (id, by) = (token.id.clone(), actor.to_owned());
        let cancel = move |a: &Approval| {
            let next = cancel(a, &id)?;
            let because = format!("the token `{id}` that asked for it was revoked");
            Some((next, event::approval_cancelled(a, &by, &because)))
        };
        self.0
            .revoke_token(&token.id, at, e, agent, Box::new(cancel))
            .await
    }

    /// `agent.halted`, and `approval.cancelled` for each pending approval `cancel` withdraws
    /// (what a halt does to an approval is `admin.rs`'s), in one commit. Returns the cancelled
    /// approvals' ids.
    pub(crate) async fn agent_halted(
        &self,
        agent: &str,
        halt: Halt,
        cancel: fn(&Approval, &Halt) -> Option<Approval>,
    ) -> Result<Vec<String>, StoreError> {
        let e = event::agent_halted(&halt.by, agent, &halt.reason);
        let h = halt.clone();
        let cancel = move |a: &Approval| {
            let next = cancel(a, &h)?;
            let because = format!("agent `{}` was halted", a.action.agent);
            Some((next, event::approval_cancelled(a, &h.by, &because)))
        };
        self.0.halt(agent, halt, e, Box::new(cancel)).await
    }

    /// `run.opened` with the run, in one commit.
    pub(crate) async fn run_opened(&self, run: warden_store::Run) -> Result<(), StoreError> {
        let e = event::run_opened(&run.opened_by, &run.agent, &run.id);
        self.0.open_run(run, vec![e]).await
    }

    /// `run.declassified` with the label's removal, in one commit; `false` (no record) when the
    /// run did not carry the label.
    pub(crate) async fn run_declassified(
        &self,
        actor: &str,
        agent: &str,
        run: &str,
        label: &str,
        reason: &str,
    ) -> Result<bool, StoreError> {
        let e = event::run_declassified(actor, agent, run, label, reason);
        self.0.declassify(agent, run, label, vec![e]).await
    }

    /// `notification.sent` or `notification.failed`.
    pub(crate) async fn notification(&self, d: &event::Delivery<'_>) -> Result<(), StoreError> {
        self.0
            .append(vec![event::notification(d)])
            .await
            .map(|_| ())
    }

    /// `console.signed_in`: an operator signed in to the web console.
    pub(crate) async fn console_signed_in(
        &self,
        name: &str,
        method: &str,
        token_id: &str,
        source: &str,
        admin: bool,
    ) -> Result<(), StoreError> {
        let e = event::console_signed_in(name, method, token_id, source, admin);
        self.0.append(vec![e]).await.map(|_| ())
    }

    /// `console.signed_out`: a console session ended (`why`).
    pub(crate) async fn console_signed_out(
        &self,
        name: &str,
        token_id: &str,
        source: &str,
        why: &str,
    ) -> Result<(), StoreError> {
        let e = event::console_signed_out(name, token_id, source, why);
        self.0.append(vec![e]).await.map(|_| ())
    }

    /// `agent.resumed`; `false` when the agent was not halted.
    pub(crate) async fn agent_resumed(&self, actor: &str, agent: &str) -> Result<bool, StoreError> {
        self.0
            .resume(agent, event::agent_resumed(actor, agent))
            .await
    }

    /// The pin, with the record of why it changed.
    pub(crate) async fn tool_pin(&self, pin: ToolPin, change: PinChange) -> Result<(), StoreError> {
        let e = match change {
            PinChange::Pinned { server } => {
                Some(event::tool_pinned(&pin.tool, &server, &pin.seen_hash))
            }
            PinChange::Held { note, approved } => Some(event::tool_held(
                &pin.tool,
                &note,
                approved.as_ref(),
                &pin.seen,
            )),
            PinChange::Approved {
                operator,
                before,
                comment,
            } => Some(event::tool_approved(
                &operator,
                &pin.tool,
                &pin.seen_hash,
                before.as_deref(),
                comment.as_deref(),
            )),
            PinChange::Quiet => None,
        };
        self.0.put_tool_pin(pin, e.into_iter().collect()).await
    }

    /// `secret.stored` with the new version; earlier ones enter their grace period.
    pub(crate) async fn secret_stored(
        &self,
        actor: &str,
        version: SecretVersion,
        grace_until: Timestamp,
    ) -> Result<(), StoreError> {
        let e = event::secret_stored(actor, &version.name, version.version, &version.agents);
        self.0
            .put_secret_version(version, grace_until, vec![e])
            .await
    }

    /// `secret.revoked` by an operator (one version, or all); how many were revoked.
    pub(crate) async fn secret_revoked(
        &self,
        actor: &str,
        name: &str,
        version: Option<u32>,
        at: Timestamp,
    ) -> Result<usize, StoreError> {
        let e = event::secret_revoked(actor, name, version);
        self.0.revoke_secret(name, version, at, vec![e]).await
    }

    /// A previous version's grace period ended: revoked, and recorded.
    pub(crate) async fn secret_grace_ended(
        &self,
        name: &str,
        version: u32,
        at: Timestamp,
    ) -> Result<usize, StoreError> {
        let e = event::secret_grace_ended(name, version);
        self.0.revoke_secret(name, Some(version), at, vec![e]).await
    }

    /// What the provider-side revoke hook of a version did (a failure to record is logged).
    pub(crate) async fn secret_revoked_at_provider(
        &self,
        name: &str,
        version: u32,
        result: Result<(), String>,
    ) {
        let e = match result {
            Ok(()) => event::secret_revoked_at_provider(name, version),
            Err(why) => event::secret_provider_revoke_failed(name, version, &why),
        };
        if let Err(err) = self.0.append(vec![e]).await {
            tracing::error!(error = %err, "cannot record a provider-side revocation");
        }
    }

    /// A rotation that failed (a failure to record is logged).
    pub(crate) async fn secret_rotation_failed(&self, name: &str, why: &str) {
        let e = event::secret_rotation_failed(name, why);
        if let Err(err) = self.0.append(vec![e]).await {
            tracing::error!(error = %err, "cannot record a failed rotation");
        }
    }

    /// `audit.checkpoint` with the checkpoint it records.
    pub(crate) async fn checkpoint(
        &self,
        actor: &str,
        cp: StoredCheckpoint,
    ) -> Result<(), StoreError> {
        let e = event::audit_checkpoint(actor, cp.size, &cp.root);
        self.0.add_checkpoint(cp, e).await
    }

    /// A record a stream can never deliver, skipped.
    pub(crate) async fn stream_skipped(
        &self,
        stream: &str,
        seq: u64,
        why: &str,
    ) -> Result<(), StoreError> {
        self.0
            .append(vec![event::audit_stream_skipped(stream, seq, why)])
            .await
            .map(|_| ())
    }

    /// Purges expired payloads (or, dry, counts them); the receipt is `audit.purged`.
    pub(crate) async fn purge(
        &self,
        actor: &str,
        cutoffs: Vec<(Vec<String>, String)>,
        by_class: BTreeMap<String, String>,
        dry_run: bool,
    ) -> Result<Purged, StoreError> {
        let actor = actor.to_owned();
        let receipt = Box::new(move |p: &Purged| {
            event::audit_purged(
                &actor,
                &Purge {
                    records: p.records,
                    by_event: &p.by_event,
                    first_seq: p.first_seq,
                    last_seq: p.last_seq,
                    ranges: &p.ranges,
                    values: p.values,
                    subjects: p.subjects,
                    cutoffs: &by_class,
                },
            )
        });
        self.0.purge_expired(cutoffs, dry_run, receipt).await
    }

    /// `subject.accessed`: an operator located or exported these subjects' data.
    pub(crate) async fn subject_accessed(
        &self,
        actor: &str,
        what: &str,
        identifiers: usize,
        located: &Located,
    ) -> Result<(), StoreError> {
        let e = event::subject_accessed(
            actor,
            what,
            identifiers,
            &located.subjects,
            &crate::subjects::seqs(located),
        );
        self.0.append(vec![e]).await.map(|_| ())
    }

    /// Destroys the subjects behind `ids`; the receipt `subject.erased` is committed with it.
    pub(crate) async fn erase_subjects(
        &self,
        ids: Vec<String>,
        r: ErasureReceipt,
    ) -> Result<Erasure, StoreError> {
        let receipt = Box::new(move |done: &Erasure| {
            event::subject_erased(
                &r.actor,
                &Erased {
                    erasure_id: &r.erasure_id,
                    identifiers: r.identifiers,
                    reason: &r.reason,
                    subjects: &done.located.subjects,
                    unknown: &done.located.unknown,
                    records: &crate::subjects::seqs(&done.located),
                    reached: &crate::subjects::data_map(&done.located),
                    values: done.values,
                    approvals: done.approvals,
                    cancelled: done.cancelled,
                    hooks: &r.hooks,
                },
            )
        });
        self.0.erase_subjects(ids, receipt).await
    }

    /// `audit.tampered`: the log did not verify at start and the gateway refuses every action.
    pub(crate) async fn audit_tampered(&self, problem: &str) -> Result<(), StoreError> {
        self.0
            .append(vec![event::audit_tampered(problem)])
            .await
            .map(|_| ())
    }

    /// `config.loaded`, once per start.
    pub(crate) async fn config_loaded(
        &self,
        size: ConfigSize,
        summary: Value,
    ) -> Result<(), StoreError> {
        self.0
            .append(vec![event::config_loaded(size, summary)])
            .await
            .map(|_| ())
    }

    /// `config.reloaded`; `announce` also tells every process sharing the store, in the same
    /// commit.
    pub(crate) async fn config_reloaded(
        &self,
        actor: Option<&str>,
        size: ConfigSize,
        changed: bool,
        policy_set: &str,
        fields: Value,
        announce: bool,
    ) -> Result<(), StoreError> {
        let e = event::config_reloaded(actor, size, changed, policy_set, fields);
        if announce {
            self.0
                .announce(vec![e], warden_store::Change::Config)
                .await
                .map(|_| ())
        } else {
            self.0.append(vec![e]).await.map(|_| ())
        }
    }

    /// A reload refused, with every problem (a failure to record is logged).
    pub(crate) async fn config_reload_refused(
        &self,
        actor: Option<&str>,
        policy_set: &str,
        trigger: &str,
        problems: &[String],
    ) {
        let e = event::config_reload_refused(actor, policy_set, trigger, problems);
        if let Err(err) = self.0.append(vec![e]).await {
            tracing::error!(error = %err, "cannot record a refused reload");
        }
    }
}

/// The monitor's records: alerts raised (with the monitor's progress), moved by people, and
/// halt drills.
impl AdminLog<'_> {
    /// Commits the monitor's position and baselines with the alerts it raised, each new one
    /// with its `alert.raised` record.
    pub(crate) async fn alerts_raised(
        &self,
        monitor: &str,
        cursor: u64,
        state: Option<String>,
        raised: Vec<warden_types::Alert>,
    ) -> Result<Vec<(warden_types::Alert, bool)>, StoreError> {
        self.0
            .monitor_commit(monitor.into(), cursor, state, raised, event::alert_raised)
            .await
    }

    /// `alert.acknowledged` with the alert's new state, if it is still `from`.
    pub(crate) async fn alert_acknowledged(
        &self,
        actor: &str,
        a: warden_types::Alert,
        from: warden_types::AlertState,
    ) -> Result<bool, StoreError> {
        let e = event::alert_acknowledged(actor, &a);
        self.0.update_alert(a, from, vec![e]).await
    }

    /// `alert.resolved` with the alert's new state, if it is still `from`.
    pub(crate) async fn alert_resolved(
        &self,
        actor: &str,
        a: warden_types::Alert,
        from: warden_types::AlertState,
        note: &str,
    ) -> Result<bool, StoreError> {
        let e = event::alert_resolved(actor, &a, note);
        self.0.update_alert(a, from, vec![e]).await
    }

    /// `drill.completed`.
    pub(crate) async fn drill_completed(
        &self,
        actor: &str,
        agent: &str,
        ok: bool,
        result: Value,
    ) -> Result<u64, StoreError> {
        let e = event::drill_completed(actor, agent, ok, result);
        let seqs = self.0.append(vec![e]).await?;
        Ok(seqs.first().copied().unwrap_or(0))
    }

    /// `incident.opened`.
    pub(crate) async fn incident_opened(
        &self,
        actor: &str,
        id: &str,
        agent: &str,
        since: Timestamp,
        reason: &str,
    ) -> Result<(), StoreError> {
        let e = event::incident_opened(actor, id, agent, &since.to_rfc3339(), reason);
        self.0.append(vec![e]).await.map(|_| ())
    }

    /// `incident.closed`.
    pub(crate) async fn incident_closed(
        &self,
        actor: &str,
        id: &str,
        agent: &str,
        notes: &str,
    ) -> Result<(), StoreError> {
        let e = event::incident_closed(actor, id, agent, notes);
        self.0.append(vec![e]).await.map(|_| ())
    }

    /// `review.recorded`; its sequence number.
    pub(crate) async fn review_recorded(
        &self,
        actor: &str,
        kind: &str,
        acknowledged_by: &str,
        notes: &str,
        found: serde_json::Value,
    ) -> Result<u64, StoreError> {
        let e = event::review_recorded(actor, kind, acknowledged_by, notes, found);
        let seqs = self.0.append(vec![e]).await?;
        seqs.first()
            .copied()
            .ok_or_else(|| StoreError::Database("the store returned no sequence number".into()))
    }

    /// Appends one administrative record built elsewhere in this module's family (contests);
    /// its sequence number.
    async fn one(&self, e: warden_types::AuditEvent) -> Result<u64, StoreError> {
        let seqs = self.0.append(vec![e]).await?;
        seqs.first()
            .copied()
            .ok_or_else(|| StoreError::Database("the store returned no sequence number".into()))
    }

    /// `decision.contested`.
    pub(crate) async fn decision_contested(
        &self,
        actor: &str,
        c: &event::Contest<'_>,
    ) -> Result<u64, StoreError> {
        self.one(event::decision_contested(actor, c)).await
    }

    /// `decision.reviewed`.
    pub(crate) async fn decision_reviewed(
        &self,
        reviewer: &str,
        contest: &str,
        action_id: &str,
        outcome: &str,
        reason: &str,
    ) -> Result<bool, StoreError> {
        // A contest is reviewed once: two reviewers at the same moment (or in two processes)
        // cannot both record an outcome.
        self.0
            .append_once(
                &format!("decision.reviewed:{contest}"),
                vec![event::decision_reviewed(
                    reviewer, contest, action_id, outcome, reason,
                )],
            )
            .await
    }

    /// `processor.review_overdue`.
    pub(crate) async fn processor_review_overdue(
        &self,
        name: &str,
        reviewed: &str,
        due: &str,
    ) -> Result<(), StoreError> {
        let e = event::processor_review_overdue(name, reviewed, due);
        self.0.append(vec![e]).await.map(|_| ())
    }
}
