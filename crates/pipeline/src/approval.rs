//! Stage *approve*: the only place an [`Approved`] action is made — from a [`Permitted`] one
//! that needs no approval, or from the vote whose compare-and-set moved a held action to
//! `approved`. Only an `Approved` action reaches the connector ([`crate::execution`]), so an
//! action runs only if it was permitted or won its approval, and a held action at most once
//! (only one compare-and-set from `pending` to `approved` can succeed).

use warden_store::{Cas, StoreError};
use warden_types::{Action, Approval, ApprovalState, AuditEvent};

use crate::Gateway;
use crate::decide::Permitted;

/// An action that may execute now. Its fields are private to this module.
///
/// What it carries can be read anywhere:
///
/// ```
/// fn describe(a: &warden_pipeline::Approved) -> String {
///     format!("{} by {:?} under {:?}", a.action().tool, a.approver(), a.policies())
/// }
/// ```
///
/// but nothing outside the approve stage can make one — not by hand:
///
/// ```compile_fail,E0451
/// fn forge(action: warden_types::Action) -> warden_pipeline::Approved {
///     warden_pipeline::Approved { action, policies: vec![], approver: None }
/// }
/// ```
///
/// not from a permitted action (that conversion belongs to the pipeline):
///
/// ```compile_fail,E0624
/// fn skip(p: warden_pipeline::Permitted) -> warden_pipeline::Approved {
///     warden_pipeline::Approved::without_approval(p)
/// }
/// ```
///
/// and a permitted action cannot be made outside the decide stage either:
///
/// ```compile_fail,E0451
/// fn allow(action: warden_types::Action) -> warden_pipeline::Permitted {
///     warden_pipeline::Permitted { action, policies: vec!["made-up".into()] }
/// }
/// ```
///
/// The gateway's executor takes only an `Approved` action and is not public: an action that
/// was not permitted cannot be executed.
///
/// ```compile_fail,E0624
/// async fn run(gw: &warden_pipeline::Gateway, a: &warden_pipeline::Approved, t: &warden_types::Tool) {
///     gw.execute(todo!(), a, t, None, None).await;
/// }
/// ```
#[derive(Debug)]
pub struct Approved {
    action: Action,
    policies: Vec<String>,
    approver: Option<String>,
}

impl Approved {
    /// A permitted action that needs no approval.
    pub(crate) fn without_approval(p: Permitted) -> Self {
        let (action, policies) = p.into_parts();
        Self {
            action,
            policies,
            approver: None,
        }
    }

    /// The action.
    pub fn action(&self) -> &Action {
        &self.action
    }

    /// The policies that allowed it (or held it, for an approved hold).
    pub fn policies(&self) -> &[String] {
        &self.policies
    }

    /// Who cast the deciding vote, for a held action.
    pub fn approver(&self) -> Option<&str> {
        self.approver.as_deref()
    }
}

/// What storing a vote did.
#[derive(Debug)]
pub(crate) enum Cast {
    /// Stored; the approval is still pending or now denied.
    Stored(Box<Approval>),
    /// Stored, and this vote approved the action: it is this caller's to run, once.
    Won(Box<Approval>, Box<Approved>),
    /// Someone else changed the approval first: read it again and retry.
    Conflict,
}

/// Stores `next` (the approval after `approver`'s vote) if the approval is still pending,
/// with `events` in the same commit.
pub(crate) async fn cast(
    gw: &Gateway,
    next: Approval,
    approver: &str,
    events: Vec<AuditEvent>,
) -> Result<Cast, StoreError> {
    let approves = next.state == ApprovalState::Approved;
    match gw
        .update_approval(next.clone(), ApprovalState::Pending, events)
        .await?
    {
        Cas::Conflict => Ok(Cast::Conflict),
        Cas::Applied if approves => {
            let approved = Approved {
                action: next.action.clone(),
                policies: next.policies.clone(),
                approver: Some(approver.to_owned()),
            };
            Ok(Cast::Won(Box::new(next), Box::new(approved)))
        }
        Cas::Applied => Ok(Cast::Stored(Box::new(next))),
    }
}
