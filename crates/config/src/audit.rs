//! `[audit]`: checkpoints (origin, signing key, how often, where published), the throttle of
//! `auth.failed` records, retention and streams.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use warden_types::{
    AuditSettings, AuditStream, OnTamper, ReadIntent, Retention, StreamTarget, Template,
};

use crate::checks::{http_url_ok, template};
use crate::{Problems, parse_duration};

/// How often failed authentications are written to the audit log (one `auth.failed` record per
/// source and reason with its count).
pub const DEFAULT_AUTH_FAILURES_EVERY: Duration = Duration::from_secs(60);

/// A checkpoint once the log has grown by this many records (besides `checkpoint_every`).
pub const DEFAULT_CHECKPOINT_RECORDS: u64 = 1000;

/// Regulatory floors on audit retention, in days (compliance/controls.yaml).
const RETENTION_FLOORS: &[(&str, &str, u32)] = &[
    ("pci_dss", "PCI DSS 10.5.1 (12 months)", 365),
    ("eu_ai_act", "EU AI Act Art. 19/26(6) (six months)", 183),
    ("hipaa", "HIPAA 164.316(b)(2)(i) (6 years)", 2190),
];
/// The gateway's own policy window (2 to 7 years).
const RETENTION_WINDOW_DAYS: (u32, u32) = (730, 2557);
/// PCI DSS 10.5.1: the last three months stay online; nothing younger is ever purged.
const RETENTION_ONLINE_DAYS: u32 = 90;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAudit {
    origin: Option<String>,
    signing_key_file: Option<PathBuf>,
    checkpoint_every: Option<String>,
    checkpoint_records: Option<u64>,
    on_tamper: Option<String>,
    read_intent: Option<String>,
    auth_failures_every: Option<String>,
    publish_dir: Option<PathBuf>,
    publish_url: Option<String>,
    #[serde(default)]
    retention: RawRetention,
    #[serde(default)]
    streams: BTreeMap<String, RawStream>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStream {
    url: Option<String>,
    syslog: Option<String>,
    format: Option<String>,
    #[serde(default)]
    headers: BTreeMap<String, String>,
    batch: Option<u64>,
    #[serde(default)]
    events: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRetention {
    default: Option<String>,
    #[serde(default)]
    classes: BTreeMap<String, String>,
    frameworks: Option<Vec<String>>,
    purge_every: Option<String>,
}

/// The `[audit]` section. Files default to the database's directory (`sqlite_path`'s parent),
/// the origin to the first internal domain.
pub(crate) fn section(
    raw: RawAudit,
    base: &Path,
    sqlite_path: &Path,
    internal_domains: &[String],
    p: &mut Problems,
) -> AuditSettings {
    let data_dir = sqlite_path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| base.to_path_buf());
    let origin = raw.origin.unwrap_or_else(|| {
        format!(
            "{}/warden-audit",
            internal_domains
                .first()
                .map_or("warden.local", String::as_str)
        )
    });
    if origin.is_empty() || origin.contains(['\n', '+']) || origin.chars().any(char::is_control) {
        p.push("audit.origin", "one line without `+`");
    }
    let checkpoint_every = match raw.checkpoint_every.as_deref().map(parse_duration) {
        None => Some(Duration::from_secs(3600)),
        Some(Ok(d)) if d.is_zero() => None,
        Some(Ok(d)) if d >= Duration::from_secs(1) => Some(d),
        Some(Ok(_)) => {
            p.push(
                "audit.checkpoint_every",
                "at least 1s, or 0 for on demand only",
            );
            None
        }
        Some(Err(e)) => {
            p.push("audit.checkpoint_every", e);
            None
        }
    };
    let auth_failures_every = match raw.auth_failures_every.as_deref().map(parse_duration) {
        None => DEFAULT_AUTH_FAILURES_EVERY,
        Some(Ok(d)) if d >= Duration::from_secs(1) && d <= Duration::from_secs(3600) => d,
        Some(Ok(_)) => {
            p.push("audit.auth_failures_every", "between 1s and 1h");
            DEFAULT_AUTH_FAILURES_EVERY
        }
        Some(Err(e)) => {
            p.push("audit.auth_failures_every", e);
            DEFAULT_AUTH_FAILURES_EVERY
        }
    };
    if let Some(u) = &raw.publish_url
        && !http_url_ok(u)
    {
        p.push(
            "audit.publish_url",
            "must be https:// (http:// only to a loopback address)",
        );
    }
    let checkpoint_records = match raw.checkpoint_records {
        None => Some(DEFAULT_CHECKPOINT_RECORDS),
        Some(0) => None,
        Some(n) if n >= 10 => Some(n),
        Some(_) => {
            p.push(
                "audit.checkpoint_records",
                "at least 10, or 0 for by time only",
            );
            None
        }
    };
    let on_tamper = match raw.on_tamper.as_deref() {
        None | Some("refuse") => OnTamper::Refuse,
        Some("deny") => OnTamper::Deny,
        Some(other) => {
            p.push(
                "audit.on_tamper",
                format!("unknown `{other}`; expected `refuse` or `deny`"),
            );
            OnTamper::Refuse
        }
    };
    let read_intent = match raw.read_intent.as_deref() {
        None | Some("with_result") => ReadIntent::WithResult,
        Some("before_call") => ReadIntent::BeforeCall,
        Some(other) => {
            p.push(
                "audit.read_intent",
                format!("unknown `{other}`; expected `with_result` or `before_call`"),
            );
            ReadIntent::WithResult
        }
    };
    AuditSettings {
        checkpoint_records,
        on_tamper,
        read_intent,
        origin,
        signing_key_file: raw
            .signing_key_file
            .map(|f| base.join(f))
            .unwrap_or_else(|| data_dir.join("audit-signing.key")),
        checkpoint_every,
        publish_dir: raw
            .publish_dir
            .map(|d| base.join(d))
            .unwrap_or_else(|| data_dir.join("checkpoints")),
        publish_url: raw.publish_url,
        retention: retention(raw.retention, p),
        streams: streams(raw.streams, p),
        auth_failures_every,
    }
}

/// `[audit.streams.NAME]`: a webhook (`url`) or syslog (`syslog = "udp://host:514"` or
/// `"tcp://host:601"`).
fn streams(raw: BTreeMap<String, RawStream>, p: &mut Problems) -> Vec<AuditStream> {
    raw.into_iter()
        .filter_map(|(name, s)| {
            let key = format!("audit.streams.{name}");
            let format = s.format.unwrap_or_else(|| "jsonl".into());
            if !matches!(format.as_str(), "jsonl" | "ocsf") {
                p.push(format!("{key}.format"), "expected `jsonl` or `ocsf`");
            }
            let batch = s.batch.unwrap_or(100);
            if !(1..=10_000).contains(&batch) {
                p.push(format!("{key}.batch"), "1 to 10000 records");
            }
            let headers: BTreeMap<String, Template> = s
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), template(v, p, &format!("{key}.headers.{k}"))))
                .collect();
            let target = match (s.url, s.syslog) {
                (Some(url), None) => {
                    if !http_url_ok(&url) {
                        p.push(
                            format!("{key}.url"),
                            "must be https:// (http:// only to a loopback address)",
                        );
                    }
                    StreamTarget::Webhook { url, headers }
                }
                (None, Some(target)) => {
                    let (tcp, addr) = match target.split_once("://") {
                        Some(("udp", a)) => (false, a.to_owned()),
                        Some(("tcp", a)) => (true, a.to_owned()),
                        _ => {
                            p.push(
                                format!("{key}.syslog"),
                                "write `udp://host:port` or `tcp://host:port`",
                            );
                            return None;
                        }
                    };
                    if !addr.contains(':') {
                        p.push(format!("{key}.syslog"), "needs a port");
                    }
                    StreamTarget::Syslog { tcp, addr }
                }
                _ => {
                    p.push(key, "needs either `url` (a webhook) or `syslog`, not both");
                    return None;
                }
            };
            for e in &s.events {
                if !warden_types::EventKind::ALL.iter().any(|k| k.as_str() == e) {
                    p.push(
                        format!("{key}.events"),
                        format!("unknown event kind `{e}` (see docs/audit-log.md)"),
                    );
                }
            }
            Some(AuditStream {
                name,
                target,
                format,
                batch,
                events: s.events,
            })
        })
        .collect()
}

/// `[audit.retention]`: days per class, checked against the regulatory floors that apply
/// (a warning) and the online window (an error).
fn retention(raw: RawRetention, p: &mut Problems) -> Retention {
    let days_of = |key: &str, v: &str, p: &mut Problems| -> Option<u32> {
        match parse_duration(v) {
            Ok(d) => {
                let days = u32::try_from(d.as_secs() / 86_400).unwrap_or(u32::MAX);
                if days < RETENTION_ONLINE_DAYS {
                    p.push(
                        key,
                        format!("at least {RETENTION_ONLINE_DAYS} days (the last three months stay online, PCI DSS 10.5.1)"),
                    );
                    None
                } else {
                    Some(days)
                }
            }
            Err(e) => {
                p.push(key, e);
                None
            }
        }
    };
    let default = raw
        .default
        .as_deref()
        .and_then(|v| days_of("audit.retention.default", v, p))
        .unwrap_or(RETENTION_WINDOW_DAYS.0);
    let mut days: BTreeMap<String, u32> = Retention::CLASSES
        .iter()
        .map(|c| ((*c).to_owned(), default))
        .collect();
    for (class, v) in &raw.classes {
        let key = format!("audit.retention.classes.{class}");
        if !Retention::CLASSES.contains(&class.as_str()) {
            p.push(
                key,
                format!(
                    "unknown class; expected one of {}",
                    Retention::CLASSES.join(", ")
                ),
            );
            continue;
        }
        if let Some(d) = days_of(&key, v, p) {
            days.insert(class.clone(), d);
        }
    }
    let frameworks = raw
        .frameworks
        .unwrap_or_else(|| vec!["pci_dss".into(), "eu_ai_act".into()]);
    for f in &frameworks {
        if !RETENTION_FLOORS.iter().any(|(k, _, _)| k == f) {
            p.push(
                "audit.retention.frameworks",
                format!("unknown framework `{f}`; expected pci_dss, eu_ai_act or hipaa"),
            );
        }
    }
    for (class, d) in &days {
        for (key, name, floor) in RETENTION_FLOORS {
            if frameworks.iter().any(|f| f == key) && d < floor {
                p.warn(format!(
                    "audit.retention: class `{class}` keeps records {d} days, below {name}: {floor} days"
                ));
            }
        }
        if *d < RETENTION_WINDOW_DAYS.0 || *d > RETENTION_WINDOW_DAYS.1 {
            p.warn(format!(
                "audit.retention: class `{class}` keeps records {d} days, outside the policy window of 2 to 7 years ({} to {} days)",
                RETENTION_WINDOW_DAYS.0, RETENTION_WINDOW_DAYS.1
            ));
        }
    }
    let purge_every = match raw.purge_every.as_deref().map(parse_duration) {
        None => Some(Duration::from_secs(86_400)),
        Some(Ok(d)) if d.is_zero() => None,
        Some(Ok(d)) if d.as_secs() >= 60 => Some(d),
        Some(Ok(_)) => {
            p.push(
                "audit.retention.purge_every",
                "at least 1m, or 0 for on demand only",
            );
            None
        }
        Some(Err(e)) => {
            p.push("audit.retention.purge_every", e);
            None
        }
    };
    Retention { days, purge_every }
}

#[cfg(test)]
mod tests {
    use crate::testing::{BASE, problems, with_text};

    #[test]
    fn retention_is_checked_against_the_regulatory_floors() {
        // Defaults: two years for every class, no warning.
        let dep = with_text(BASE).unwrap();
        assert!(dep.audit.retention.days.values().all(|d| *d == 730));
        assert_eq!(dep.audit.retention.days.len(), 5);
        assert!(dep.warnings.is_empty(), "{:?}", dep.warnings);
        // Below PCI DSS's 12 months: allowed, with a warning naming the floor.
        let dep = with_text(&format!(
            "{BASE}[audit.retention]\ndefault = \"3y\"\nclasses = {{ llm = \"200d\" }}\n"
        ))
        .unwrap();
        assert_eq!(dep.audit.retention.days["llm"], 200);
        assert_eq!(dep.audit.retention.days["actions"], 1095);
        assert!(
            dep.warnings
                .iter()
                .any(|w| w.contains("`llm`") && w.contains("PCI DSS") && w.contains("365 days")),
            "{:?}",
            dep.warnings
        );
        assert!(!dep.warnings.iter().any(|w| w.contains("EU AI Act")));
        // HIPAA's six years apply only when named.
        let dep = with_text(&format!(
            "{BASE}[audit.retention]\nframeworks = [\"hipaa\"]\n"
        ))
        .unwrap();
        assert!(
            dep.warnings.iter().any(|w| w.contains("HIPAA")),
            "{:?}",
            dep.warnings
        );
        // Errors: under the three online months, unknown classes and frameworks.
        let p = problems(&format!(
            "{BASE}[audit.retention]\ndefault = \"30d\"\nclasses = {{ chat = \"1y\" }}\nframeworks = [\"sox\"]\npurge_every = \"1s\"\n"
        ));
        for (key, what) in [
            ("audit.retention.default", "90 days"),
            ("audit.retention.classes.chat", "unknown class"),
            ("audit.retention.frameworks", "unknown framework"),
            ("audit.retention.purge_every", "at least 1m"),
        ] {
            assert!(
                p.iter().any(|m| m.contains(key) && m.contains(what)),
                "{key}: {p:?}"
            );
        }
    }

    #[test]
    fn a_reads_intent_is_committed_with_its_result_unless_configured_otherwise() {
        use warden_types::ReadIntent;
        let dep = with_text(BASE).unwrap();
        assert_eq!(dep.audit.read_intent, ReadIntent::WithResult);
        let dep = with_text(&format!("{BASE}[audit]\nread_intent = \"before_call\"\n")).unwrap();
        assert_eq!(dep.audit.read_intent, ReadIntent::BeforeCall);
        let p = problems(&format!("{BASE}[audit]\nread_intent = \"never\"\n"));
        assert!(
            p.iter()
                .any(|m| m.contains("audit.read_intent") && m.contains("before_call")),
            "{p:?}"
        );
    }
}
