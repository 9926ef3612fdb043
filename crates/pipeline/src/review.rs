//! The quarterly permission review: per agent, what its policies could ever allow (the same
//! analysis as the MCP catalogue) against what it used over a period (the log's decisions),
//! the grants it did not use, the tools nobody used, and a proposed tighter policy set — one
//! Cedar file of `forbid`s for the unused grants, checked to compile and to remove exactly those
//! grants. Recording the review (`review.recorded`, with the operator's sign-off and the
//! acknowledging manager) is the evidence `warden report` reads (PR-01, PR-02).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::{Value, json};
use warden_store::AuditFilter;
use warden_types::{ErrorCode, EventKind, Outcome, PolicyFile};

use crate::admin_log::AdminLog;
use crate::{Gateway, Refusal};

/// Most records one review reads.
const MAX_RECORDS: u64 = 2_000_000;

/// One agent's part of a review.
#[derive(Debug, Clone, Serialize)]
pub struct AgentReview {
    /// The agent.
    pub agent: String,
    /// Its accountable owner.
    pub owner: String,
    /// Tools its policies could ever allow (or hold).
    pub grants: Vec<String>,
    /// Tools it used in the period (allowed or held decisions), with how often.
    pub used: BTreeMap<String, u64>,
    /// Grants it did not use.
    pub unused: Vec<String>,
}

/// A proposed policy file.
#[derive(Debug, Clone, Serialize)]
pub struct Proposed {
    /// Its file name, for the policies directory.
    pub file: String,
    /// Its Cedar text.
    pub text: String,
    /// Grants left per agent once it is added (checked by compiling it with the set in force).
    pub grants_after: BTreeMap<String, Vec<String>>,
}

/// A permission review.
#[derive(Debug, Clone, Serialize)]
pub struct PermissionReview {
    /// Start of the period.
    pub since: String,
    /// Its end (now).
    pub until: String,
    /// The policy set in force.
    pub policy_set: String,
    /// Every configured agent.
    pub agents: Vec<AgentReview>,
    /// Tools no agent used in the period.
    pub never_used: Vec<String>,
    /// The tighter set: `None` when every grant was used.
    pub proposed: Option<Proposed>,
}

fn store_refusal(e: &warden_store::StoreError) -> Refusal {
    tracing::error!(error = %e, "the store failed during a permission review");
    Refusal::internal()
}

/// A Cedar string literal.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

impl Gateway {
    /// The review of every agent's permissions over the last `period`.
    pub async fn permission_review(
        &self,
        _op: &crate::Admin,
        period: &str,
    ) -> Result<PermissionReview, Refusal> {
        let (since, now) = crate::window::window(
            "since",
            period,
            std::time::Duration::from_secs(86_400),
            "1d",
        )?;
        let set = self.set();
        let dep = &set.dep;
        // What each agent used: decisions that let it act or held it for a human.
        let mut used: BTreeMap<(String, String), u64> = BTreeMap::new();
        self.each_record(
            AuditFilter {
                event: Some(EventKind::ActionDecided.as_str().into()),
                since: Some(since),
                ..AuditFilter::default()
            },
            MAX_RECORDS,
            "decisions",
            |r| {
                let e = &r.event;
                if matches!(e.outcome, Outcome::Success | Outcome::Escalated)
                    && let (Some(a), Some(t)) = (&e.agent, &e.tool)
                {
                    *used.entry((a.clone(), t.clone())).or_default() += 1;
                }
            },
        )
        .await?;
        let mut agents = Vec::new();
        let mut tools_used: BTreeSet<&str> = BTreeSet::new();
        for (id, agent) in &dep.agents {
            let grants: Vec<String> = dep
                .tools
                .keys()
                .filter(|t| set.policy.could_allow(id, t))
                .cloned()
                .collect();
            let mine: BTreeMap<String, u64> = used
                .iter()
                .filter(|((a, _), _)| a == id)
                .map(|((_, t), n)| (t.clone(), *n))
                .collect();
            tools_used.extend(
                used.keys()
                    .filter(|(a, _)| a == id)
                    .map(|(_, t)| t.as_str()),
            );
            let unused = grants
                .iter()
                .filter(|t| !mine.contains_key(*t))
                .cloned()
                .collect();
            agents.push(AgentReview {
                agent: id.clone(),
                owner: agent.owner.clone(),
                grants,
                used: mine,
                unused,
            });
        }
        let never_used = dep
            .tools
            .keys()
            .filter(|t| !tools_used.contains(t.as_str()))
            .cloned()
            .collect();
        let day: String = now.to_rfc3339().chars().take(10).collect();
        let proposed = self.propose(&set, &agents, &day, period)?;
        Ok(PermissionReview {
            since: since.to_rfc3339(),
            until: now.to_rfc3339(),
            policy_set: set.policy_set.clone(),
            agents,
            never_used,
            proposed,
        })
    }

    /// The forbids that remove the unused grants, compiled with the set in force.
    fn propose(
        &self,
        set: &crate::Loaded,
        agents: &[AgentReview],
        day: &str,
        period: &str,
    ) -> Result<Option<Proposed>, Refusal> {
        let mut text = format!(
            "// Proposed by `warden review permissions` on {day}: grants not used over {period}.\n\
             // Adding this file removes them (a forbid overrides every permit). Delete a forbid to\n\
             // keep its grant, and say why in the review's notes.\n"
        );
        let mut any = false;
        for a in agents.iter().filter(|a| !a.unused.is_empty()) {
            any = true;
            let actions: Vec<String> = a
                .unused
                .iter()
                .map(|t| format!("Action::{}", quoted(t)))
                .collect();
            text.push_str(&format!(
                "\n@id({})\nforbid(principal == Agent::{}, action in [{}], resource);\n",
                quoted(&format!("review-{day}-{}", a.agent)),
                quoted(&a.agent),
                actions.join(", ")
            ));
        }
        if !any {
            return Ok(None);
        }
        let file = format!("review-{day}.cedar");
        let mut dep = (*set.dep).clone();
        dep.policy_files.push(PolicyFile {
            path: std::path::PathBuf::from(&file),
            text: text.clone(),
        });
        let engine = warden_policy::PolicyEngine::compile(&dep).map_err(|problems| {
            tracing::error!(?problems, "the proposed review policy does not compile");
            Refusal::internal()
        })?;
        let grants_after = agents
            .iter()
            .map(|a| {
                (
                    a.agent.clone(),
                    dep.tools
                        .keys()
                        .filter(|t| engine.could_allow(&a.agent, t))
                        .cloned()
                        .collect(),
                )
            })
            .collect();
        Ok(Some(Proposed {
            file,
            text,
            grants_after,
        }))
    }

    /// Records the review over `period` as signed off by `op` and acknowledged by
    /// `acknowledged_by`: what it covered and found (`review.recorded`); the record's sequence
    /// number and the review.
    pub async fn record_permission_review(
        &self,
        op: &crate::Admin,
        period: &str,
        acknowledged_by: &str,
        notes: &str,
    ) -> Result<(u64, PermissionReview), Refusal> {
        let acknowledged_by = acknowledged_by.trim();
        if acknowledged_by.is_empty() || acknowledged_by.len() > 200 {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "a review needs `acknowledged_by`: the manager who acknowledged it (1-200 bytes)",
            ));
        }
        if notes.len() > 20_000 {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "`notes` are at most 20000 bytes",
            ));
        }
        let review = self.permission_review(op, period).await?;
        let found: Value = json!({
            "kind": "permissions",
            "since": review.since,
            "policy_set": review.policy_set,
            "agents": review.agents.iter().map(|a| a.agent.clone()).collect::<Vec<_>>(),
            "unused": review.agents.iter().flat_map(|a| a.unused.iter().map(move |t| format!("{} → {t}", a.agent))).collect::<Vec<_>>(),
            "never_used": review.never_used,
        });
        let seq = AdminLog(&*self.store)
            .review_recorded(&op.name, "permissions", acknowledged_by, notes, found)
            .await
            .map_err(|e| store_refusal(&e))?;
        Ok((seq, review))
    }
}
