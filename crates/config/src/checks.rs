//! Small checks shared by several sections: names, hook URLs, header templates, the labels
//! and personal-data modes of a tool's output.

use warden_types::{OutputPersonalData, Template};

use crate::Problems;

/// Labels a tool may give a session; policies test for these names.
pub const KNOWN_LABELS: [&str; 4] = ["untrusted", "pii", "secret", "confidential"];

pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

pub(crate) fn is_tool_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_' || b == b'.'
        })
}

/// Whether a hook URL is acceptable: `https://`, or `http://` to a loopback address.
pub(crate) fn http_url_ok(url: &str) -> bool {
    if url.starts_with("https://") {
        return true;
    }
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let host = rest.split(['/', '?']).next().unwrap_or_default();
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    matches!(host, "localhost" | "[::1]") || host.starts_with("127.")
}

/// Header templates may reference environment variables as `{{env:NAME}}` and vault secrets as
/// `{{secret:name}}`; nothing else.
pub(crate) fn check_template(v: &str, p: &mut Problems, key: &str) {
    for problem in Template::problems(v) {
        p.push(key, problem.to_string());
    }
}

/// `v` parsed once, at load, with its problems recorded under `key` ([`check_template`]); the
/// empty template when it has any (the configuration is then refused).
pub(crate) fn template(v: &str, p: &mut Problems, key: &str) -> Template {
    let before = p.problems.len();
    check_template(v, p, key);
    if p.problems.len() > before {
        return Template::default();
    }
    // INVARIANT: a template without problems parses (problems() refuses all parse() does).
    Template::parse(v).unwrap_or_default()
}

/// `output_labels` of a tool (configured or MCP): each one of [`KNOWN_LABELS`].
pub(crate) fn check_output_labels(labels: &[String], key: &str, p: &mut Problems) {
    for (i, l) in labels.iter().enumerate() {
        if !KNOWN_LABELS.contains(&l.as_str()) {
            p.push(
                format!("{key}.output_labels[{i}]"),
                format!(
                    "unknown label `{l}`; expected one of {}",
                    KNOWN_LABELS.join(", ")
                ),
            );
        }
    }
}

/// `output_personal_data` of a tool (configured or MCP); an unknown mode is a problem (and
/// blocks).
pub(crate) fn check_output_personal_data(
    mode: &str,
    key: &str,
    p: &mut Problems,
) -> OutputPersonalData {
    OutputPersonalData::parse(mode).unwrap_or_else(|| {
        p.push(
            format!("{key}.output_personal_data"),
            format!("unknown mode `{mode}`; expected keep, mask, remove or block"),
        );
        OutputPersonalData::Block
    })
}

/// A tool's `personal_data_allowed` (kinds of [`warden_types::PERSONAL_DATA_KINDS`]) and
/// `personal_data_other` (`refuse` or `mask`; only with an allowlist).
pub(crate) fn check_minimisation(
    allowed: Option<Vec<String>>,
    other: Option<&str>,
    key: &str,
    p: &mut Problems,
) -> (
    Option<std::collections::BTreeSet<String>>,
    warden_types::ArgumentPersonalData,
) {
    use warden_types::{ArgumentPersonalData, PERSONAL_DATA_KINDS};
    let mode = match other {
        None | Some("refuse") => ArgumentPersonalData::Refuse,
        Some("mask") => ArgumentPersonalData::Mask,
        Some(m) => {
            p.push(
                format!("{key}.personal_data_other"),
                format!("unknown mode `{m}`; expected refuse or mask"),
            );
            ArgumentPersonalData::Refuse
        }
    };
    if other.is_some() && allowed.is_none() {
        p.push(
            format!("{key}.personal_data_other"),
            "only applies with `personal_data_allowed` (the kinds the tool may receive)",
        );
    }
    let allowed = allowed.map(|list| {
        for k in &list {
            if !PERSONAL_DATA_KINDS.contains(&k.as_str()) {
                p.push(
                    format!("{key}.personal_data_allowed"),
                    format!(
                        "unknown kind `{k}`; one of {}",
                        PERSONAL_DATA_KINDS.join(", ")
                    ),
                );
            }
        }
        list.into_iter().collect()
    });
    (allowed, mode)
}
