//! `[organization]`: its name, the e-mail domains that belong to it, and its own
//! counterparties on other channels (`counterparties = { iban = ["DE89…"], chat = ["#ops"] }`).

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::Problems;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOrganization {
    #[serde(default)]
    name: String,
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    counterparties: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    namespaces: Vec<String>,
}

/// The validated section.
pub(crate) struct Organization {
    pub(crate) domains: Vec<String>,
    pub(crate) counterparties: BTreeMap<String, Vec<String>>,
    pub(crate) namespaces: Vec<String>,
}

/// The internal domains, trimmed and lowercased; the counterparties, trimmed.
pub(crate) fn section(raw: RawOrganization, p: &mut Problems) -> Organization {
    let mut internal_domains = Vec::new();
    for (i, d) in raw.domains.iter().enumerate() {
        let d = d.trim().to_ascii_lowercase();
        if d.is_empty() || !d.contains('.') || d.contains('@') {
            p.push(
                format!("organization.domains[{i}]"),
                format!("`{d}` is not a domain name"),
            );
        } else {
            internal_domains.push(d);
        }
    }
    let _ = raw.name;
    let mut counterparties = BTreeMap::new();
    for (channel, values) in raw.counterparties {
        let key = format!("organization.counterparties.{channel}");
        if channel == "email" {
            p.push(&key, "e-mail's internal values are `organization.domains`");
            continue;
        }
        if !crate::checks::is_slug(&channel) {
            p.push(
                &key,
                "channel names are lowercase letters, digits, `-` and `_`",
            );
        }
        let mut kept = Vec::new();
        for (i, v) in values.iter().enumerate() {
            let v = v.trim();
            if v.is_empty() || v.len() > 256 || v.chars().any(char::is_control) {
                p.push(
                    format!("{key}[{i}]"),
                    "a counterparty is 1 to 256 bytes with no control characters",
                );
            } else {
                kept.push(v.to_owned());
            }
        }
        counterparties.insert(channel, kept);
    }
    let mut namespaces = Vec::new();
    for (i, n) in raw.namespaces.iter().enumerate() {
        let n = n.trim().to_ascii_lowercase();
        let name = n.strip_suffix('/').unwrap_or_default();
        if name.is_empty()
            || n.len() > 100
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'/'))
        {
            p.push(
                format!("organization.namespaces[{i}]"),
                "a prefix ending in `/` of ASCII letters, digits, `.`, `_`, `-` (`groupany/`)",
            );
        } else {
            namespaces.push(n);
        }
    }
    Organization {
        domains: internal_domains,
        counterparties,
        namespaces,
    }
}
