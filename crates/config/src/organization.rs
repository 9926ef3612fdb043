//! `[organization]`: its name and the e-mail domains that belong to it.

use serde::Deserialize;

use crate::Problems;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOrganization {
    #[serde(default)]
    name: String,
    #[serde(default)]
    domains: Vec<String>,
}

/// The internal domains, trimmed and lowercased.
pub(crate) fn section(raw: RawOrganization, p: &mut Problems) -> Vec<String> {
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
    internal_domains
}
