//! `warden scan`: the inspect stage on files or standard input, for people and CI pipelines.

use std::io::Read;
use std::path::PathBuf;

use serde_json::{Value, json};
use warden_inspect::redact::{Mode, Pseudonyms, Rules, redact_json, redact_text};
use warden_inspect::{Config, Scanner, json_strings, scan_json};

use crate::exit;
use crate::output::{Exit, print_table};

#[derive(clap::Args)]
pub struct Args {
    /// Files to scan; standard input when none.
    files: Vec<PathBuf>,
    /// Also print each input redacted: `mask`, `remove` or `pseudonymise`.
    #[arg(long)]
    redact: Option<String>,
    /// Injection score at or above which an input counts as an injection.
    #[arg(long, default_value_t = warden_inspect::DEFAULT_INJECTION_THRESHOLD)]
    threshold: f32,
}

/// Largest input read (16 MiB).
const MAX_INPUT: u64 = 16 * 1024 * 1024;

fn read(path: Option<&PathBuf>) -> Result<(String, String), Exit> {
    let mut buf = Vec::new();
    let name = match path {
        Some(p) => {
            std::fs::File::open(p)
                .and_then(|f| f.take(MAX_INPUT + 1).read_to_end(&mut buf))
                .map_err(|e| Exit::error(format!("cannot read `{}`: {e}", p.display())))?;
            p.display().to_string()
        }
        None => {
            std::io::stdin()
                .take(MAX_INPUT + 1)
                .read_to_end(&mut buf)
                .map_err(|e| Exit::error(format!("cannot read standard input: {e}")))?;
            "-".to_owned()
        }
    };
    if buf.len() as u64 > MAX_INPUT {
        return Err(Exit::error(format!(
            "`{name}` is larger than {MAX_INPUT} bytes"
        )));
    }
    let text =
        String::from_utf8(buf).map_err(|_| Exit::error(format!("`{name}` is not UTF-8 text")))?;
    Ok((name, text))
}

pub fn run(args: Args, json_out: bool) -> Result<u8, Exit> {
    scan(
        &args.files,
        args.redact.as_deref(),
        args.threshold,
        json_out,
    )
}

fn scan(
    files: &[PathBuf],
    redact: Option<&str>,
    threshold: f32,
    json_out: bool,
) -> Result<u8, Exit> {
    if !(0.0..=1.0).contains(&threshold) {
        return Err(Exit::error("--threshold must be between 0 and 1"));
    }
    let mode = redact
        .map(|m| match Mode::parse(m) {
            Some(mode @ (Mode::Mask | Mode::Remove | Mode::Pseudonymise)) => Ok(mode),
            _ => Err(Exit::error(format!(
                "--redact: unknown mode `{m}`; expected mask, remove or pseudonymise"
            ))),
        })
        .transpose()?;
    let scanner = Scanner::new(Config {
        injection_threshold: threshold,
        ..Config::default()
    })
    .map_err(|e| Exit::error(e.to_string()))?;
    let inputs: Vec<Option<&PathBuf>> = if files.is_empty() {
        vec![None]
    } else {
        files.iter().map(Some).collect()
    };
    let mut found_any = false;
    let mut rows = Vec::new();
    for input in inputs {
        let (name, text) = read(input)?;
        // JSON is scanned string by string, so findings name their place in the document.
        let parsed: Option<Value> = serde_json::from_str(&text)
            .ok()
            .filter(|v: &Value| v.is_object() || v.is_array());
        let findings: Vec<(String, warden_inspect::Finding)> = match &parsed {
            Some(v) => scan_json(&scanner, v),
            None => scanner
                .scan(&text)
                .into_iter()
                .map(|f| (String::new(), f))
                .collect(),
        };
        let injection = match &parsed {
            Some(v) => scanner.injection(&json_strings(v).join("\n")),
            None => scanner.injection(&text),
        };
        found_any |= !findings.is_empty() || injection.detected;
        let redacted = match mode {
            None => None,
            Some(mode) => {
                let rules = Rules {
                    pii: mode,
                    secret: if mode == Mode::Pseudonymise {
                        Mode::Mask
                    } else {
                        mode
                    },
                };
                let mut p = Pseudonyms::default();
                Some(
                    match &parsed {
                        Some(v) => {
                            redact_json(&scanner, v, rules, &mut p).map(|(v, _)| v.to_string())
                        }
                        None => redact_text(&scanner, &text, rules, &mut p).map(|(t, _)| t),
                    }
                    .map_err(|e| Exit::error(e.to_string()))?,
                )
            }
        };
        if json_out {
            let items: Vec<Value> = findings
                .iter()
                .map(|(path, f)| json!({"kind": f.kind.as_str(), "path": path, "start": f.start, "end": f.end, "confidence": f.confidence}))
                .collect();
            println!(
                "{}",
                json!({"input": name, "findings": items, "injection": injection, "redacted": redacted})
            );
        } else {
            for (path, f) in &findings {
                let at = if path.is_empty() {
                    format!("{}..{}", f.start, f.end)
                } else {
                    format!("{path} {}..{}", f.start, f.end)
                };
                rows.push(vec![
                    name.clone(),
                    f.kind.as_str().to_owned(),
                    at,
                    format!("{:.2}", f.confidence),
                ]);
            }
            let mut signals: Vec<&str> =
                injection.signals.iter().map(|s| s.kind.as_str()).collect();
            signals.sort_unstable();
            signals.dedup();
            rows.push(vec![
                name.clone(),
                if injection.detected {
                    "injection".into()
                } else {
                    "injection (below threshold)".into()
                },
                signals.join(", "),
                format!("{:.2}", injection.score),
            ]);
            if let Some(r) = redacted {
                println!("--- {name} (redacted)\n{r}");
            }
        }
    }
    if !json_out {
        print_table(&["input", "finding", "where", "confidence / score"], rows);
    }
    Ok(if found_any { exit::FOUND } else { exit::OK })
}
