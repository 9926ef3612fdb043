//! Stage *decide*: the policy's answer for one action, and the only place a [`Permitted`]
//! action is made.
//!
//! The answer takes the action by value and gives it back in every arm, so an action that was
//! allowed leaves this module only inside a [`Permitted`]: nothing else in the crate can build
//! one (its fields are private to this module).

use std::collections::BTreeSet;

use warden_policy::{DecisionInput, PolicyEngine, PolicyError};
use warden_types::{Action, Decision, Requirement, Timestamp};

/// An action the policy allowed without approval. Only [`decide`] builds one; the approve
/// stage turns it into an [`crate::Approved`] action, the only kind that executes.
#[derive(Debug)]
pub struct Permitted {
    action: Action,
    policies: Vec<String>,
}

impl Permitted {
    /// The action.
    pub fn action(&self) -> &Action {
        &self.action
    }

    /// The permits that allowed it.
    pub fn policies(&self) -> &[String] {
        &self.policies
    }

    /// The action and its policies (for the approve stage).
    pub(crate) fn into_parts(self) -> (Action, Vec<String>) {
        (self.action, self.policies)
    }
}

/// What the policy said about an action.
#[derive(Debug)]
pub(crate) enum Verdict {
    /// Allowed as it is.
    Allow(Permitted),
    /// Allowed once the requirements are met (a human approves).
    Hold {
        action: Action,
        policies: Vec<String>,
        requirements: Vec<Requirement>,
    },
    /// Denied.
    Deny {
        action: Action,
        policies: Vec<String>,
        reason: String,
    },
    /// The policy could not decide (fail closed: the caller denies).
    Error { action: Action, error: PolicyError },
}

/// Asks the policy about `action` in a session carrying `labels`, with `findings` in its
/// arguments; also what the policies in shadow mode would have decided, when that differs.
#[expect(
    clippy::too_many_arguments,
    reason = "each is one part of the policy's context, named at the one call site of each surface"
)]
pub(crate) fn decide(
    engine: &PolicyEngine,
    action: Action,
    labels: &BTreeSet<String>,
    findings: &BTreeSet<String>,
    totals: &std::collections::BTreeMap<String, i64>,
    provenance: &warden_policy::provenance::ArgProvenance,
    now: Timestamp,
    disclosure_present: bool,
) -> (Verdict, Option<Decision>) {
    let input = DecisionInput {
        agent: &action.agent,
        tool: &action.tool,
        arguments: &action.arguments,
        session_labels: labels,
        findings,
        totals,
        provenance,
        now,
        disclosure_present,
    };
    let decision = engine.decide(&input);
    let shadow = decision
        .as_ref()
        .ok()
        .and_then(|enforced| engine.shadow(&input, enforced));
    let verdict = match decision {
        Ok(Decision::Allow { policies }) => Verdict::Allow(Permitted { action, policies }),
        Ok(Decision::Hold {
            policies,
            requirements,
        }) => Verdict::Hold {
            action,
            policies,
            requirements,
        },
        Ok(Decision::Deny { policies, reason }) => Verdict::Deny {
            action,
            policies,
            reason,
        },
        Err(error) => Verdict::Error { action, error },
    };
    (verdict, shadow)
}
