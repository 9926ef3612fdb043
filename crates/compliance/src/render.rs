//! Markdown and HTML renderings of a [`Report`]. Every value that came from the mapping, the
//! configuration or the log is escaped for the format.

use std::fmt::Write as _;

use crate::{CheckResult, ControlResult, Evidence, Report, Status};

/// A Markdown table cell: no pipe, no line break.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('<', "\\<")
        .replace('>', "\\>")
        .replace(['\n', '\r'], " ")
}

/// Markdown text outside tables: characters that would start markup are escaped.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '<' | '>' | '[' | ']' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    out
}

fn applies(c: &ControlResult) -> String {
    match (&c.control.applies_from, c.in_force) {
        (Some(d), Some(true)) => format!("applies since {d}"),
        (Some(d), _) => format!("applies from {d} (not yet)"),
        (None, _) => String::new(),
    }
}

fn evidence_line(e: &Evidence) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if !e.config.is_empty() {
        out.push(("configuration".into(), e.config.join(", ")));
    }
    if !e.counts.is_empty() {
        out.push((
            "counts".into(),
            e.counts
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    if e.seqs_total > 0 {
        let listed: Vec<String> = e.seqs.iter().map(u64::to_string).collect();
        let more = if e.seqs_total > e.seqs.len() as u64 {
            format!(" (and {} more)", e.seqs_total - e.seqs.len() as u64)
        } else {
            String::new()
        };
        out.push(("records".into(), format!("{}{more}", listed.join(", "))));
    }
    if !e.items.is_empty() {
        out.push(("named".into(), e.items.join(", ")));
    }
    out
}

fn summary_line(map: &std::collections::BTreeMap<String, u64>) -> String {
    map.iter()
        .map(|(k, v)| format!("{v} {}", k.replace('_', " ")))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn markdown(r: &Report) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# Evidence report: {}\n", text(&r.name));
    let _ = writeln!(o, "> {}\n", text(&r.disclaimer));
    let _ = writeln!(o, "| | |\n| --- | --- |");
    let _ = writeln!(
        o,
        "| framework | `{}` — {} |",
        cell(&r.framework),
        cell(&r.version)
    );
    let dep = r
        .deployment
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = writeln!(o, "| deployment | {} |", cell(&dep));
    let _ = writeln!(
        o,
        "| period | {} to {} ({} days) |",
        cell(&r.period.since),
        cell(&r.period.until),
        r.period.days
    );
    let _ = writeln!(
        o,
        "| audit log | signed checkpoint of {} records at {}, root `{}` |",
        r.checkpoint.size,
        cell(&r.checkpoint.ts),
        cell(&r.checkpoint.root)
    );
    let mapping = r
        .mapping
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = writeln!(o, "| control mapping | {} |\n", cell(&mapping));
    let _ = writeln!(o, "## Summary\n");
    let _ = writeln!(o, "- controls: {}", summary_line(&r.summary.controls));
    let _ = writeln!(o, "- checks: {}\n", summary_line(&r.summary.checks));
    let _ = writeln!(o, "## Controls\n");
    let _ = writeln!(
        o,
        "| control | title | coverage | status | applies | failing checks |\n| --- | --- | --- | --- | --- | --- |"
    );
    for c in &r.controls {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} |",
            cell(&c.control.id),
            cell(&c.control.title),
            c.control.coverage.as_str(),
            cell(&c.label),
            cell(&applies(c)),
            cell(&c.failing.join(", "))
        );
    }
    let _ = writeln!(o, "\n### What each control needs\n");
    for c in &r.controls {
        let _ = writeln!(
            o,
            "- **{}** {} ({}): {} Checks: {}.",
            text(&c.control.id),
            text(&c.control.title),
            c.control.coverage.as_str(),
            text(&c.control.evidence),
            c.checks.join(", ")
        );
        for (what, v) in [
            ("scope", &c.control.scope),
            ("note", &c.control.note),
            ("application", &c.control.applies_note),
        ] {
            if let Some(v) = v {
                let _ = writeln!(o, "  - {what}: {}", text(v));
            }
        }
    }
    let _ = writeln!(o, "\n## Checks\n");
    for ch in &r.checks {
        check_md(&mut o, ch);
    }
    let _ = writeln!(o, "## The log's checkpoint\n");
    let _ = writeln!(
        o,
        "The evidence above was read from the log this checkpoint signs. Save the note below to a file and check the log against it, now or later, with `warden audit verify --against FILE --key KEY.pub` (compare the key with the one you keep):\n"
    );
    let _ = writeln!(o, "```\n{}```\n", r.checkpoint.note.replace("```", "'''"));
    let _ = writeln!(o, "Verifier key: `{}`", cell(&r.checkpoint.key));
    o
}

fn check_md(o: &mut String, ch: &CheckResult) {
    let _ = writeln!(
        o,
        "### {} ({}): {}\n",
        text(&ch.id),
        text(&ch.capability),
        ch.status.as_str()
    );
    let _ = writeln!(o, "{}\n", text(&ch.check));
    let _ = writeln!(
        o,
        "- pass condition: `{}`",
        ch.pass.replace('`', "'").replace(['\n', '\r'], " ")
    );
    let _ = writeln!(o, "- found: {}", text(&ch.detail));
    for (k, v) in evidence_line(&ch.evidence) {
        let _ = writeln!(o, "- {k}: {}", text(&v));
    }
    o.push('\n');
}

/// HTML-escapes text and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn class(s: Status) -> &'static str {
    match s {
        Status::Pass => "pass",
        Status::Fail => "fail",
        Status::NotApplicable => "na",
        Status::NotEvaluated => "ne",
    }
}

const STYLE: &str = "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;color:#222}\
table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}\
.pass,.evidenced{color:#155724}.fail,.failing{color:#a00;font-weight:bold}.ne,.incomplete{color:#8a6d00}.na,.not_applicable{color:#666}\
blockquote{border-left:4px solid #c90;margin:0;padding:.5em 1em;background:#fff8e5}pre{background:#f4f4f4;padding:1em;overflow-x:auto}";

pub(crate) fn html(r: &Report) -> String {
    let mut o = String::new();
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Evidence report: {}</title><style>{STYLE}</style></head><body>\n",
        esc(&r.name)
    );
    let _ = writeln!(o, "<h1>Evidence report: {}</h1>", esc(&r.name));
    let _ = writeln!(o, "<blockquote>{}</blockquote>", esc(&r.disclaimer));
    let _ = writeln!(o, "<table>");
    let rows = [
        (
            "framework".to_owned(),
            format!("{} — {}", r.framework, r.version),
        ),
        (
            "deployment".into(),
            r.deployment
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            "period".into(),
            format!(
                "{} to {} ({} days)",
                r.period.since, r.period.until, r.period.days
            ),
        ),
        (
            "audit log".into(),
            format!(
                "signed checkpoint of {} records at {}, root {}",
                r.checkpoint.size, r.checkpoint.ts, r.checkpoint.root
            ),
        ),
        (
            "summary".into(),
            format!(
                "controls: {}; checks: {}",
                summary_line(&r.summary.controls),
                summary_line(&r.summary.checks)
            ),
        ),
    ];
    for (k, v) in rows {
        let _ = writeln!(o, "<tr><th>{}</th><td>{}</td></tr>", esc(&k), esc(&v));
    }
    let _ = writeln!(o, "</table>\n<h2>Controls</h2>\n<table>");
    let _ = writeln!(
        o,
        "<tr><th>control</th><th>title</th><th>coverage</th><th>status</th><th>applies</th><th>checks</th></tr>"
    );
    for c in &r.controls {
        let key = serde_json::to_value(c.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let checks: Vec<String> = c
            .checks
            .iter()
            .map(|id| {
                if c.failing.contains(id) {
                    format!("<a class=\"fail\" href=\"#{0}\">{0}</a>", esc(id))
                } else {
                    format!("<a href=\"#{0}\">{0}</a>", esc(id))
                }
            })
            .collect();
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td>{}<br><small>{}</small></td><td>{}</td><td class=\"{}\">{}</td><td>{}</td><td>{}</td></tr>",
            esc(&c.control.id),
            esc(&c.control.title),
            esc(&c.control.evidence),
            c.control.coverage.as_str(),
            esc(&key),
            esc(&c.label),
            esc(&applies(c)),
            checks.join(" ")
        );
    }
    let _ = writeln!(o, "</table>\n<h2>Checks</h2>");
    for ch in &r.checks {
        let _ = writeln!(
            o,
            "<h3 id=\"{0}\">{0} <small>({1})</small>: <span class=\"{2}\">{3}</span></h3>",
            esc(&ch.id),
            esc(&ch.capability),
            class(ch.status),
            ch.status.as_str()
        );
        let _ = writeln!(
            o,
            "<p>{}</p><ul><li>pass condition: <code>{}</code></li><li>found: {}</li>",
            esc(&ch.check),
            esc(&ch.pass),
            esc(&ch.detail)
        );
        for (k, v) in evidence_line(&ch.evidence) {
            let _ = writeln!(o, "<li>{}: {}</li>", esc(&k), esc(&v));
        }
        let _ = writeln!(o, "</ul>");
    }
    let _ = writeln!(
        o,
        "<h2>The log's checkpoint</h2><p>Save the note to a file and check the log against it with <code>warden audit verify --against FILE --key KEY.pub</code>.</p><pre>{}</pre><p>Verifier key: <code>{}</code></p>",
        esc(&r.checkpoint.note),
        esc(&r.checkpoint.key)
    );
    let _ = writeln!(o, "</body></html>");
    o
}
