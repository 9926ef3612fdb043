//! `[sessions]`: what a request does whose session is not a run of its agent.

use serde::Deserialize;
use warden_types::UnboundSessions;

use crate::Problems;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSessions {
    unbound: Option<String>,
}

/// `sessions.unbound`: `join` (the default: the request joins the agent's current run and
/// keeps its labels) or `refuse`.
pub(crate) fn section(raw: RawSessions, p: &mut Problems) -> UnboundSessions {
    match raw.unbound.as_deref() {
        None | Some("join") => UnboundSessions::Join,
        Some("refuse") => UnboundSessions::Refuse,
        Some(other) => {
            p.push(
                "sessions.unbound",
                format!("`{other}` is not `join` or `refuse`"),
            );
            UnboundSessions::Join
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_by_default_refuse_by_choice_anything_else_named() {
        let mut p = Problems::default();
        assert_eq!(
            section(RawSessions::default(), &mut p),
            UnboundSessions::Join
        );
        let refuse = RawSessions {
            unbound: Some("refuse".into()),
        };
        assert_eq!(section(refuse, &mut p), UnboundSessions::Refuse);
        assert!(p.problems.is_empty());
        let bad = RawSessions {
            unbound: Some("fresh".into()),
        };
        section(bad, &mut p);
        assert_eq!(p.problems.len(), 1);
        assert_eq!(p.problems[0].key, "sessions.unbound");
    }
}
