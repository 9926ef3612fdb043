//! The `approve` stage: who may decide a held action, and when it is approved.
//!
//! Pure functions over [`Approval`]; the store persists the result atomically, so two approvers
//! racing cannot both move the same approval.

use std::collections::BTreeMap;

use warden_types::{Approval, ApprovalState, ApproverGroup, Timestamp, Vote};

/// Why a vote was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VoteError {
    /// The approval is no longer pending.
    #[error("approval `{id}` is already {state}")]
    AlreadyDecided {
        /// The approval.
        id: String,
        /// Its state.
        state: &'static str,
    },
    /// The approval's time ran out.
    #[error("approval `{0}` has expired")]
    Expired(String),
    /// The operator belongs to none of the groups that still have to approve.
    #[error("`{approver}` is not a member of {groups}, which must decide approval `{id}`")]
    NotAnApprover {
        /// The approval.
        id: String,
        /// The operator.
        approver: String,
        /// The groups that could decide, for the message.
        groups: String,
    },
    /// The operator already voted on this approval.
    #[error("`{approver}` has already voted on approval `{id}`")]
    AlreadyVoted {
        /// The approval.
        id: String,
        /// The operator.
        approver: String,
    },
}

/// Applies one vote. On success the approval's state is `Pending` (more approvals needed),
/// `Approved` or `Denied`.
pub fn vote(
    approval: &mut Approval,
    approver: &str,
    approve: bool,
    comment: Option<String>,
    groups: &BTreeMap<String, ApproverGroup>,
    now: Timestamp,
) -> Result<(), VoteError> {
    let id = approval.action.id.clone();
    if approval.state != ApprovalState::Pending {
        return Err(VoteError::AlreadyDecided {
            id,
            state: approval.state.as_str(),
        });
    }
    if now >= approval.expires_at {
        return Err(VoteError::Expired(id));
    }
    if approval.votes.iter().any(|v| v.approver == approver) {
        return Err(VoteError::AlreadyVoted {
            id,
            approver: approver.to_owned(),
        });
    }
    let open = open_requirements(approval);
    // The groups in whose name this vote counts: those of still-open requirements the
    // approver belongs to.
    let mut in_name_of: Vec<String> = open
        .iter()
        .flat_map(|r| r.groups.iter())
        .filter(|g| groups.get(*g).is_some_and(|grp| grp.has_member(approver)))
        .cloned()
        .collect();
    in_name_of.sort();
    in_name_of.dedup();
    if in_name_of.is_empty() {
        let mut names: Vec<String> = open
            .iter()
            .flat_map(|r| r.groups.iter().map(|g| format!("`{g}`")))
            .collect();
        names.sort();
        names.dedup();
        return Err(VoteError::NotAnApprover {
            id,
            approver: approver.to_owned(),
            groups: names.join(" or "),
        });
    }
    approval.votes.push(Vote {
        approver: approver.to_owned(),
        approve,
        groups: in_name_of,
        comment,
        at: now.to_rfc3339(),
    });
    approval.state = if !approve {
        ApprovalState::Denied
    } else if open_requirements(approval).is_empty() {
        ApprovalState::Approved
    } else {
        ApprovalState::Pending
    };
    Ok(())
}

/// Requirements no approving vote has met yet.
pub fn open_requirements(approval: &Approval) -> Vec<&warden_types::Requirement> {
    approval
        .requirements
        .iter()
        .filter(|r| {
            !approval
                .votes
                .iter()
                .any(|v| v.approve && v.groups.iter().any(|g| r.groups.contains(g)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use warden_types::{Action, Requirement};

    fn groups() -> BTreeMap<String, ApproverGroup> {
        [
            ("finance", vec!["fiona", "frank"]),
            ("security", vec!["olga", "fiona"]),
        ]
        .into_iter()
        .map(|(n, m)| {
            (
                n.to_owned(),
                ApproverGroup {
                    name: n.to_owned(),
                    members: m.into_iter().map(str::to_owned).collect(),
                },
            )
        })
        .collect()
    }

    fn held(reqs: &[&[&str]]) -> Approval {
        Approval {
            action: Action {
                id: "act_1".into(),
                agent: "a".into(),
                session: "s".into(),
                tool: "t".into(),
                arguments: json!({}),
            },
            args_hash: String::new(),
            requirements: reqs
                .iter()
                .map(|g| Requirement {
                    groups: g.iter().map(|s| s.to_string()).collect(),
                    policies: vec![],
                })
                .collect(),
            policies: vec![],
            state: ApprovalState::Pending,
            created_at: Timestamp(0),
            expires_at: Timestamp(1_000_000),
            votes: vec![],
            result: None,
        }
    }

    #[test]
    fn member_approves_non_member_refused() {
        let mut a = held(&[&["finance"]]);
        let err = vote(&mut a, "olga", true, None, &groups(), Timestamp(1)).unwrap_err();
        assert!(matches!(err, VoteError::NotAnApprover { .. }));
        assert_eq!(a.state, ApprovalState::Pending);
        vote(
            &mut a,
            "frank",
            true,
            Some("ok".into()),
            &groups(),
            Timestamp(1),
        )
        .unwrap();
        assert_eq!(a.state, ApprovalState::Approved);
        let err = vote(&mut a, "fiona", true, None, &groups(), Timestamp(2)).unwrap_err();
        assert!(matches!(err, VoteError::AlreadyDecided { .. }));
    }

    #[test]
    fn every_requirement_must_be_met() {
        let mut a = held(&[&["security"], &["finance"]]);
        vote(&mut a, "olga", true, None, &groups(), Timestamp(1)).unwrap();
        assert_eq!(a.state, ApprovalState::Pending);
        assert!(matches!(
            vote(&mut a, "olga", true, None, &groups(), Timestamp(1)),
            Err(VoteError::AlreadyVoted { .. })
        ));
        vote(&mut a, "frank", true, None, &groups(), Timestamp(1)).unwrap();
        assert_eq!(a.state, ApprovalState::Approved);
        // One person in both groups meets both requirements at once.
        let mut b = held(&[&["security"], &["finance"]]);
        vote(&mut b, "fiona", true, None, &groups(), Timestamp(1)).unwrap();
        assert_eq!(b.state, ApprovalState::Approved);
    }

    #[test]
    fn deny_and_expiry() {
        let mut a = held(&[&["finance"]]);
        vote(&mut a, "fiona", false, None, &groups(), Timestamp(1)).unwrap();
        assert_eq!(a.state, ApprovalState::Denied);
        let mut b = held(&[&["finance"]]);
        assert_eq!(
            vote(&mut b, "fiona", true, None, &groups(), Timestamp(1_000_000)),
            Err(VoteError::Expired("act_1".into()))
        );
    }
}
