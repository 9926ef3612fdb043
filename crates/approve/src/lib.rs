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
    let open: Vec<Vec<String>> = open_requirements(approval)
        .iter()
        .map(|r| r.groups.clone())
        .collect();
    // The approver's groups among the approval's requirements: a vote may be counted for any
    // requirement of one of them, and each vote for one requirement only.
    let mut member_of: Vec<String> = approval
        .requirements
        .iter()
        .flat_map(|r| r.groups.iter())
        .filter(|g| groups.get(*g).is_some_and(|grp| grp.has_member(approver)))
        .cloned()
        .collect();
    member_of.sort();
    member_of.dedup();
    let could_decide = open.iter().any(|r| r.iter().any(|g| member_of.contains(g)));
    let ballot = Vote {
        approver: approver.to_owned(),
        approve,
        groups: member_of,
        comment,
        at: now.to_rfc3339(),
    };
    // An approving vote must fill a place no other vote could: counted against the best
    // assignment of votes to requirements, so one person in two groups meets one of them.
    let counts = if approve {
        let before = filled(approval);
        approval.votes.push(ballot.clone());
        let after = filled(approval);
        approval.votes.pop();
        after > before
    } else {
        could_decide
    };
    if !counts {
        let mut names: Vec<String> = open
            .iter()
            .flat_map(|r| r.iter().map(|g| format!("`{g}`")))
            .collect();
        names.sort();
        names.dedup();
        return Err(VoteError::NotAnApprover {
            id,
            approver: approver.to_owned(),
            groups: names.join(" or "),
        });
    }
    approval.votes.push(ballot);
    approval.state = if !approve {
        ApprovalState::Denied
    } else if open_requirements(approval).is_empty() {
        ApprovalState::Approved
    } else {
        ApprovalState::Pending
    };
    Ok(())
}

/// The places approvers fill: requirement `i` once per approver it needs.
fn places(approval: &Approval) -> Vec<usize> {
    approval
        .requirements
        .iter()
        .enumerate()
        .flat_map(|(i, r)| std::iter::repeat_n(i, r.approvers.max(1) as usize))
        .collect()
}

/// The best assignment of approving votes to places (each vote fills at most one place, a
/// place only of a requirement one of the vote's groups may meet): `place → vote`.
fn assignment(approval: &Approval) -> Vec<Option<usize>> {
    let places = places(approval);
    let votes: Vec<&Vote> = approval.votes.iter().filter(|v| v.approve).collect();
    // fits[vote][place]
    let fits: Vec<Vec<bool>> = votes
        .iter()
        .map(|v| {
            places
                .iter()
                .map(|&r| {
                    approval
                        .requirements
                        .get(r)
                        .is_some_and(|r| v.groups.iter().any(|g| r.groups.contains(g)))
                })
                .collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; places.len()];
    // Kuhn's augmenting paths: a handful of votes and places.
    fn augment(
        v: usize,
        seen: &mut [bool],
        owner: &mut [Option<usize>],
        fits: &[Vec<bool>],
    ) -> bool {
        for p in 0..owner.len() {
            let fit = fits
                .get(v)
                .and_then(|row| row.get(p))
                .copied()
                .unwrap_or(false);
            if !fit || seen.get(p).copied().unwrap_or(true) {
                continue;
            }
            if let Some(s) = seen.get_mut(p) {
                *s = true;
            }
            let holder = owner.get(p).copied().flatten();
            if holder.is_none_or(|w| augment(w, seen, owner, fits)) {
                if let Some(o) = owner.get_mut(p) {
                    *o = Some(v);
                }
                return true;
            }
        }
        false
    }
    for v in 0..votes.len() {
        let mut seen = vec![false; owner.len()];
        augment(v, &mut seen, &mut owner, &fits);
    }
    owner
}

fn filled(approval: &Approval) -> usize {
    assignment(approval).iter().filter(|o| o.is_some()).count()
}

/// Requirements the approving votes do not meet yet (under the best assignment of votes).
pub fn open_requirements(approval: &Approval) -> Vec<&warden_types::Requirement> {
    let places = places(approval);
    let owner = assignment(approval);
    approval
        .requirements
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            places
                .iter()
                .zip(&owner)
                .any(|(req, who)| req == i && who.is_none())
        })
        .map(|(_, r)| r)
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
                    approvers: 1,
                })
                .collect(),
            policies: vec![],
            state: ApprovalState::Pending,
            created_at: Timestamp(0),
            expires_at: Timestamp(1_000_000),
            votes: vec![],
            result: None,
            token: None,
            request_hash: None,
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
        // One person in both groups meets one requirement, not both.
        let mut b = held(&[&["security"], &["finance"]]);
        vote(&mut b, "fiona", true, None, &groups(), Timestamp(1)).unwrap();
        assert_eq!(b.state, ApprovalState::Pending);
        // Whichever fiona's vote is counted for, olga (security only) completes it: the
        // assignment moves fiona to finance.
        vote(&mut b, "olga", true, None, &groups(), Timestamp(1)).unwrap();
        assert_eq!(b.state, ApprovalState::Approved);
        // frank (finance) after fiona: fiona moves to security.
        let mut c = held(&[&["security"], &["finance"]]);
        vote(&mut c, "fiona", true, None, &groups(), Timestamp(1)).unwrap();
        vote(&mut c, "frank", true, None, &groups(), Timestamp(1)).unwrap();
        assert_eq!(c.state, ApprovalState::Approved);
    }

    #[test]
    fn four_eyes_needs_distinct_approvers() {
        let mut a = held(&[&["finance"]]);
        a.requirements[0].approvers = 2;
        vote(&mut a, "fiona", true, None, &groups(), Timestamp(1)).unwrap();
        assert_eq!(a.state, ApprovalState::Pending);
        assert!(matches!(
            vote(&mut a, "fiona", true, None, &groups(), Timestamp(1)),
            Err(VoteError::AlreadyVoted { .. })
        ));
        // olga is not in finance
        assert!(matches!(
            vote(&mut a, "olga", true, None, &groups(), Timestamp(1)),
            Err(VoteError::NotAnApprover { .. })
        ));
        vote(&mut a, "frank", true, None, &groups(), Timestamp(1)).unwrap();
        assert_eq!(a.state, ApprovalState::Approved);
    }

    #[test]
    fn a_vote_that_cannot_count_is_refused() {
        // security needs one; fiona (finance+security) and olga (security): once security is
        // met and finance is met, nobody else counts. With security met by olga, fiona's vote
        // counts for finance; a second security member would not count.
        let mut a = held(&[&["security"], &["finance"]]);
        vote(&mut a, "olga", true, None, &groups(), Timestamp(1)).unwrap();
        vote(&mut a, "fiona", true, None, &groups(), Timestamp(1)).unwrap();
        assert_eq!(a.state, ApprovalState::Approved);
        let mut b = held(&[&["security"], &["finance"]]);
        b.requirements[1].approvers = 2;
        vote(&mut b, "olga", true, None, &groups(), Timestamp(1)).unwrap();
        vote(&mut b, "frank", true, None, &groups(), Timestamp(1)).unwrap();
        assert_eq!(b.state, ApprovalState::Pending);
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
