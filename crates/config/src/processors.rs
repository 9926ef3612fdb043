//! `[processors.*]`: the registry of data processing agreements (GDPR Art. 28), one entry per
//! LLM provider or upstream system that receives data through Warden. A provider's entry
//! decides its `dpa` (what the `personal_data` gate and policies read) and its region.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Deserialize;
use warden_types::{Processor, TransferMechanism};

use crate::{Problems, parse_duration};

/// How often an entry must be reviewed unless configured otherwise.
pub const DEFAULT_REVIEW_EVERY: Duration = Duration::from_secs(365 * 86_400);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProcessor {
    legal_entity: String,
    dpa_signed: Option<String>,
    dpa_version: Option<String>,
    region: String,
    transfer_mechanism: String,
    reviewed: String,
    review_every: Option<String>,
    #[serde(default)]
    baa: bool,
    #[serde(default)]
    tpsp: bool,
    subprocessors: Option<String>,
}

/// `YYYY-MM-DD` naming a real day.
pub(crate) fn is_day(s: &str) -> bool {
    s.len() == 10
        && warden_types::parse_rfc3339(&format!("{s}T00:00:00Z"))
            .is_some_and(|t| t.to_rfc3339().starts_with(s))
}

pub(crate) fn section(
    raw: BTreeMap<String, RawProcessor>,
    p: &mut Problems,
) -> BTreeMap<String, Processor> {
    let mut out = BTreeMap::new();
    for (name, r) in raw {
        let key = format!("processors.{name}");
        if r.legal_entity.trim().is_empty() {
            p.push(format!("{key}.legal_entity"), "must name the legal entity");
        }
        if r.region.trim().is_empty() {
            p.push(
                format!("{key}.region"),
                "must name where the data is processed",
            );
        }
        for (field, v) in [
            ("dpa_signed", r.dpa_signed.as_deref()),
            ("reviewed", Some(r.reviewed.as_str())),
        ] {
            if let Some(v) = v
                && !is_day(v)
            {
                p.push(
                    format!("{key}.{field}"),
                    format!("`{v}` is not a date (YYYY-MM-DD)"),
                );
            }
        }
        let transfer_mechanism = TransferMechanism::ALL
            .into_iter()
            .find(|m| m.as_str() == r.transfer_mechanism)
            .unwrap_or_else(|| {
                p.push(
                    format!("{key}.transfer_mechanism"),
                    format!(
                        "unknown mechanism `{}`; expected none, adequacy, sccs, bcr or derogation",
                        r.transfer_mechanism
                    ),
                );
                TransferMechanism::None
            });
        let review_every = match r.review_every.as_deref().map(parse_duration) {
            None => DEFAULT_REVIEW_EVERY,
            Some(Ok(d)) if d >= Duration::from_secs(86_400) => d,
            Some(Ok(_)) => {
                p.push(format!("{key}.review_every"), "at least 1d");
                DEFAULT_REVIEW_EVERY
            }
            Some(Err(e)) => {
                p.push(format!("{key}.review_every"), e);
                DEFAULT_REVIEW_EVERY
            }
        };
        out.insert(
            name.clone(),
            Processor {
                name,
                legal_entity: r.legal_entity,
                dpa_signed: r.dpa_signed,
                dpa_version: r.dpa_version,
                region: r.region,
                transfer_mechanism,
                reviewed: r.reviewed,
                review_every,
                baa: r.baa,
                tpsp: r.tpsp,
                subprocessors: r.subprocessors,
            },
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::testing::{BASE, problems, with_text};

    const PROVIDER: &str = "[providers.p.models.m]\ninput_usd_per_mtok = 1.0\noutput_usd_per_mtok = 1.0\nmax_output_tokens = 100\n[providers.p]\nformat = \"openai\"\nbase_url = \"https://llm.example.com/v1\"\ncredential = \"{{env:K}}\"\npersonal_data = \"keep\"\n";

    fn entry(fields: &str) -> String {
        format!(
            "[processors.p]\nlegal_entity = \"P Ltd\"\nregion = \"eu\"\ntransfer_mechanism = \"none\"\nreviewed = \"2026-10-01\"\n{fields}"
        )
    }

    #[test]
    fn the_registry_decides_a_providers_agreement_and_region() {
        let dep = with_text(&format!(
            "{BASE}{PROVIDER}{}",
            entry("dpa_signed = \"2026-01-05\"\nbaa = true\n")
        ))
        .unwrap();
        let p = &dep.providers["p"];
        assert!(p.dpa);
        assert_eq!(p.region, "eu");
        let entry_p = &dep.processors["p"];
        assert!(entry_p.baa && !entry_p.tpsp);
        assert_eq!(
            entry_p.review_due().unwrap().to_rfc3339(),
            "2027-10-01T00:00:00.000000Z"
        );
        // Without `dpa_signed`, `keep` is refused: the gate reads the registry.
        let p = problems(&format!("{BASE}{PROVIDER}{}", entry("")));
        assert!(
            p.iter().any(|m| m.contains("providers.p.personal_data")
                && m.contains("data processing agreement")),
            "{p:?}"
        );
        // A provider saying otherwise than its entry is named; so is one saying nothing.
        let p = problems(&format!(
            "{BASE}{PROVIDER}dpa = false\nregion = \"us\"\n{}",
            entry("dpa_signed = \"2026-01-05\"\n")
        ));
        assert!(
            p.iter()
                .any(|m| m.contains("providers.p.dpa") && m.contains("disagrees")),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|m| m.contains("providers.p.region") && m.contains("disagrees")),
            "{p:?}"
        );
        let p = problems(&format!("{BASE}{PROVIDER}region = \"eu\"\n"));
        assert!(
            p.iter()
                .any(|m| m.contains("providers.p.dpa") && m.contains("processors.p")),
            "{p:?}"
        );
    }

    #[test]
    fn registry_entries_are_checked() {
        let p = problems(&format!(
            "{BASE}{PROVIDER}{}[processors.nobody]\nlegal_entity = \" \"\nregion = \"\"\ntransfer_mechanism = \"pinky-swear\"\nreviewed = \"2026-02-30\"\ndpa_signed = \"soon\"\nreview_every = \"1h\"\n",
            entry("dpa_signed = \"2026-01-05\"\n")
        ));
        for (key, what) in [
            (
                "processors.nobody",
                "neither an LLM provider nor the system of a tool",
            ),
            ("processors.nobody.legal_entity", "legal entity"),
            ("processors.nobody.region", "where"),
            (
                "processors.nobody.transfer_mechanism",
                "unknown mechanism `pinky-swear`",
            ),
            ("processors.nobody.reviewed", "`2026-02-30` is not a date"),
            ("processors.nobody.dpa_signed", "`soon` is not a date"),
            ("processors.nobody.review_every", "at least 1d"),
        ] {
            assert!(
                p.iter()
                    .any(|m| m.contains(&format!("`{key}`")) && m.contains(what)),
                "{key}: {p:?}"
            );
        }
    }
}
