//! `[monitor]`: which anomaly detectors run and how sensitive they are, where their alerts go
//! (`[[monitor.route]]`), and which alerts halt the agent (`[[monitor.halt]]`).

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use warden_types::{
    AlertRoute, DETECTORS, HaltRule, Monitor, Severity, Telemetry, default_detector,
};

use crate::checks::{http_url_ok, template};
use crate::{Problems, parse_duration};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTelemetry {
    otlp_endpoint: Option<String>,
    service_name: Option<String>,
    #[serde(default)]
    headers: BTreeMap<String, String>,
}

/// Validates `[telemetry]`.
pub(crate) fn telemetry(raw: RawTelemetry, p: &mut Problems) -> Telemetry {
    if let Some(url) = &raw.otlp_endpoint
        && !http_url_ok(url)
    {
        p.push(
            "telemetry.otlp_endpoint",
            "must be https:// (http:// only to a loopback address)",
        );
    }
    let service_name = raw.service_name.unwrap_or_else(|| "warden".into());
    if service_name.is_empty() || service_name.len() > 128 {
        p.push("telemetry.service_name", "must be 1-128 characters");
    }
    if raw.otlp_endpoint.is_none() && !raw.headers.is_empty() {
        p.push("telemetry.headers", "headers need an `otlp_endpoint`");
    }
    let headers = raw
        .headers
        .iter()
        .map(|(k, v)| {
            let key = format!("telemetry.headers.{k}");
            (k.clone(), template(v, p, &key))
        })
        .collect();
    Telemetry {
        otlp_endpoint: raw.otlp_endpoint,
        service_name,
        headers,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMonitor {
    enabled: Option<bool>,
    warm_up_actions: Option<u64>,
    warm_up: Option<String>,
    #[serde(default)]
    detectors: BTreeMap<String, RawDetector>,
    #[serde(default)]
    route: Vec<RawRoute>,
    #[serde(default)]
    halt: Vec<RawHalt>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDetector {
    enabled: Option<bool>,
    severity: Option<String>,
    threshold: Option<f64>,
    min: Option<f64>,
    window: Option<String>,
    warm_up_actions: Option<u64>,
    warm_up: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoute {
    #[serde(default)]
    kinds: Vec<String>,
    min_severity: Option<String>,
    #[serde(default)]
    agents: Vec<String>,
    channels: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHalt {
    #[serde(default)]
    kinds: Vec<String>,
    min_severity: Option<String>,
    #[serde(default)]
    agents: Vec<String>,
}

fn severity(v: Option<&str>, default: Severity, key: &str, p: &mut Problems) -> Severity {
    match v {
        None => default,
        Some(s) => Severity::parse(s).unwrap_or_else(|| {
            p.push(
                key,
                format!("unknown `{s}`; expected low, medium, high or critical"),
            );
            default
        }),
    }
}

fn kinds_ok(kinds: &[String], key: &str, p: &mut Problems) {
    for k in kinds {
        if default_detector(k).is_none() {
            let known: Vec<&str> = DETECTORS.iter().map(|d| d.0).collect();
            p.push(
                key,
                format!("unknown detector `{k}`; known: {}", known.join(", ")),
            );
        }
    }
}

fn agents_ok(agents: &[String], known: &BTreeSet<String>, key: &str, p: &mut Problems) {
    for a in agents {
        if !known.contains(a) {
            p.push(key, format!("unknown agent `{a}`"));
        }
    }
}

/// Validates `[monitor]` against the configured agents and notification channels.
pub(crate) fn section(
    raw: RawMonitor,
    agents: &BTreeSet<String>,
    channels: &BTreeSet<String>,
    p: &mut Problems,
) -> Monitor {
    let mut m = Monitor::default();
    if let Some(e) = raw.enabled {
        m.enabled = e;
    }
    if let Some(n) = raw.warm_up_actions {
        m.warm_up_actions = n;
    }
    if let Some(w) = raw.warm_up {
        match parse_duration(&w) {
            Ok(d) => m.warm_up = d,
            Err(e) => p.push("monitor.warm_up", e),
        }
    }
    for (name, d) in raw.detectors {
        let key = format!("monitor.detectors.{name}");
        let Some(slot) = m.detectors.get_mut(&name) else {
            kinds_ok(std::slice::from_ref(&name), &key, p);
            continue;
        };
        if let Some(e) = d.enabled {
            slot.enabled = e;
        }
        slot.severity = severity(
            d.severity.as_deref(),
            slot.severity,
            &format!("{key}.severity"),
            p,
        );
        for (field, value, target) in [
            ("threshold", d.threshold, &mut slot.threshold),
            ("min", d.min, &mut slot.min),
        ] {
            if let Some(v) = value {
                if v.is_finite() && v >= 0.0 {
                    *target = v;
                } else {
                    p.push(format!("{key}.{field}"), "must be a number ≥ 0");
                }
            }
        }
        if let Some(n) = d.warm_up_actions {
            slot.warm_up_actions = Some(n);
        }
        if let Some(w) = d.warm_up {
            match parse_duration(&w) {
                Ok(w) => slot.warm_up = Some(w),
                Err(e) => p.push(format!("{key}.warm_up"), e),
            }
        }
        if let Some(w) = d.window {
            match parse_duration(&w) {
                Ok(w) if !w.is_zero() => slot.window = w,
                Ok(_) => p.push(format!("{key}.window"), "must be longer than zero"),
                Err(e) => p.push(format!("{key}.window"), e),
            }
        }
    }
    for (i, r) in raw.route.into_iter().enumerate() {
        let key = format!("monitor.route[{i}]");
        kinds_ok(&r.kinds, &format!("{key}.kinds"), p);
        agents_ok(&r.agents, agents, &format!("{key}.agents"), p);
        if r.channels.is_empty() {
            p.push(format!("{key}.channels"), "names no channel");
        }
        for c in &r.channels {
            if !channels.contains(c) {
                p.push(
                    format!("{key}.channels"),
                    format!("unknown channel `{c}` (see `notify.channels`)"),
                );
            }
        }
        m.routes.push(AlertRoute {
            min_severity: severity(
                r.min_severity.as_deref(),
                Severity::Low,
                &format!("{key}.min_severity"),
                p,
            ),
            kinds: r.kinds,
            agents: r.agents,
            channels: r.channels,
        });
    }
    for (i, h) in raw.halt.into_iter().enumerate() {
        let key = format!("monitor.halt[{i}]");
        kinds_ok(&h.kinds, &format!("{key}.kinds"), p);
        agents_ok(&h.agents, agents, &format!("{key}.agents"), p);
        if h.kinds.is_empty() && h.min_severity.is_none() {
            p.push(
                key.clone(),
                "would halt an agent on any alert; name `kinds` or a `min_severity`",
            );
        }
        m.halt.push(HaltRule {
            min_severity: severity(
                h.min_severity.as_deref(),
                Severity::Low,
                &format!("{key}.min_severity"),
                p,
            ),
            kinds: h.kinds,
            agents: h.agents,
        });
    }
    m
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]
    use std::time::Duration;

    use warden_types::Severity;

    use crate::testing::{BASE, problems, with_text};

    const AGENT: &str = "[roles.r]\n[agents.bot]\nowner = \"a@x.example\"\nroles = [\"r\"]\npurpose = \"p\"\nprivacy = { lawful_basis = \"contract\", retention = \"1y\" }\n";

    #[test]
    fn defaults_and_overrides() {
        let dep = with_text(BASE).unwrap();
        assert!(dep.monitor.enabled);
        assert_eq!(dep.monitor.detectors.len(), warden_types::DETECTORS.len());
        assert!(dep.telemetry.otlp_endpoint.is_none());
        let dep = with_text(&format!(
            "{BASE}{AGENT}[monitor]\nwarm_up = \"2h\"\n[monitor.detectors.rate_spike]\nseverity = \"critical\"\nwindow = \"10s\"\nmin = 5\nwarm_up_actions = 3\n[[monitor.halt]]\nkinds = [\"exfiltration_attempt\"]\nagents = [\"bot\"]\n[telemetry]\notlp_endpoint = \"http://127.0.0.1:4318/v1/traces\"\nheaders = {{ authorization = \"Bearer {{{{env:OTLP}}}}\" }}\n"
        ))
        .unwrap();
        let r = dep.monitor.detectors["rate_spike"];
        assert_eq!(r.severity, Severity::Critical);
        assert_eq!(r.window, Duration::from_secs(10));
        assert_eq!(r.warm_up_actions, Some(3));
        assert_eq!(dep.monitor.warm_up, Duration::from_secs(7200));
        assert!(dep.monitor.halt[0].matches(
            "exfiltration_attempt",
            Severity::Critical,
            Some("bot")
        ));
        assert!(!dep.monitor.halt[0].matches("new_tool", Severity::Critical, Some("bot")));
        assert_eq!(dep.telemetry.service_name, "warden");
    }

    #[test]
    fn every_mistake_is_named_with_its_key() {
        let p = problems(&format!(
            "{BASE}{AGENT}[monitor.detectors.nope]\nenabled = true\n[monitor.detectors.new_tool]\nseverity = \"urgent\"\nthreshold = -1\nwindow = \"0s\"\n[[monitor.route]]\nkinds = [\"new_tool\", \"typo\"]\nagents = [\"ghost\"]\nchannels = [\"nowhere\"]\n[[monitor.route]]\nchannels = []\n[[monitor.halt]]\nagents = [\"bot\"]\n[telemetry]\notlp_endpoint = \"http://collector.example/v1/traces\"\nservice_name = \"\"\n"
        ));
        let all = p.join("\n");
        for want in [
            "monitor.detectors.nope",
            "monitor.detectors.new_tool.severity",
            "monitor.detectors.new_tool.threshold",
            "monitor.detectors.new_tool.window",
            "monitor.route[0].kinds",
            "monitor.route[0].agents",
            "monitor.route[0].channels",
            "monitor.route[1].channels",
            "monitor.halt[0]",
            "telemetry.otlp_endpoint",
            "telemetry.service_name",
        ] {
            assert!(all.contains(want), "missing {want} in\n{all}");
        }
        // Headers without an endpoint, and a header holding a credential as text, are refused.
        let p = problems(&format!(
            "{BASE}[telemetry]\nheaders = {{ authorization = \"{{{{nope:X}}}}\" }}\n"
        ));
        assert!(p.join("\n").contains("telemetry.headers"), "{p:?}");
    }
}
