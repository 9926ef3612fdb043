//! Audit retention: each record class is kept for its configured period, then its payloads are
//! purged (the hashes and the Merkle tree stay, so the log still verifies). Running the purge
//! is the pipeline's; this decides what has expired.

use warden_types::{EventKind, Retention, Timestamp};

/// One retention class and what has expired in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cutoff {
    /// The class (`actions`, `llm`, …: [`Retention::CLASSES`]).
    pub class: String,
    /// The event kinds in it, by wire name.
    pub events: Vec<String>,
    /// Records of those kinds written before this time (RFC 3339) have expired.
    pub before: String,
}

/// Per class: the event kinds in it and the time before which its records have expired.
pub fn cutoffs(retention: &Retention, now: Timestamp) -> Vec<Cutoff> {
    Retention::CLASSES
        .iter()
        .map(|class| {
            let days = retention.days.get(*class).copied().unwrap_or(u32::MAX);
            let micros = i64::from(days).saturating_mul(86_400_000_000);
            let before = Timestamp(now.0.saturating_sub(micros)).to_rfc3339();
            // Purge receipts are never purged: verification needs them to accept emptied
            // records.
            let events = EventKind::ALL
                .iter()
                .filter(|k| k.retention_class() == *class && **k != EventKind::AuditPurged)
                .map(|k| k.as_str().to_owned())
                .collect();
            Cutoff {
                class: (*class).to_owned(),
                events,
                before,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn every_event_kind_has_one_class_and_a_cutoff() {
        let mut days = BTreeMap::new();
        for c in Retention::CLASSES {
            days.insert((*c).to_owned(), 730);
        }
        days.insert("llm".into(), 365);
        let r = Retention {
            days,
            purge_every: None,
        };
        let now = Timestamp(1_800_000_000_000_000);
        let cuts = cutoffs(&r, now);
        let all: usize = cuts.iter().map(|c| c.events.len()).sum();
        assert_eq!(all, EventKind::ALL.len() - 1, "all but the purge receipts");
        let llm = cuts.iter().find(|c| c.class == "llm").unwrap();
        assert!(llm.events.contains(&"llm.call".to_owned()));
        assert_eq!(
            llm.before,
            Timestamp(now.0 - 365 * 86_400_000_000).to_rfc3339()
        );
        let actions = cuts.iter().find(|c| c.class == "actions").unwrap();
        assert!(actions.events.contains(&"approval.decided".to_owned()));
        assert!(actions.before < llm.before);
    }
}
