//! `warden scan`: the inspect stage on files or standard input, for people and CI pipelines.
//!
//! Each input is one document, or one per line with `--lines` (on by default for `.jsonl` and
//! `.ndjson` files): a JSON object or array is scanned string by string, so findings and
//! injection signals name their JSON Pointer; anything else as text. An input that cannot be
//! read is reported and the others are still scanned. Output: a table, JSON Lines (one object
//! per document), or SARIF 2.1.0 for code-scanning tools. No output ever holds a found value.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use warden_inspect::redact::{Mode, Pseudonyms, Rules, redact_json, redact_text};
use warden_inspect::{Class, Config, Finding, InjectionReport, Kind, Scanner, scan_json};

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
    /// Score injection with the rules alone, without the learned layer.
    #[arg(long)]
    rules_only: bool,
    /// Scan every line on its own (JSON Lines, logs); the default for `.jsonl` and `.ndjson`.
    #[arg(long)]
    lines: bool,
    /// Output: `table`, `json` (one object per document; the same as `--json`) or `sarif`.
    #[arg(long)]
    format: Option<String>,
}

/// Largest input read (16 MiB).
const MAX_INPUT: u64 = 16 * 1024 * 1024;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Table,
    Json,
    Sarif,
}

fn read(path: Option<&PathBuf>) -> Result<String, String> {
    let mut buf = Vec::new();
    let name = match path {
        Some(p) => {
            std::fs::File::open(p)
                .and_then(|f| f.take(MAX_INPUT + 1).read_to_end(&mut buf))
                .map_err(|e| format!("cannot read `{}`: {e}", p.display()))?;
            p.display().to_string()
        }
        None => {
            std::io::stdin()
                .take(MAX_INPUT + 1)
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            "-".to_owned()
        }
    };
    if buf.len() as u64 > MAX_INPUT {
        return Err(format!("`{name}` is larger than {MAX_INPUT} bytes"));
    }
    String::from_utf8(buf).map_err(|_| format!("`{name}` is not UTF-8 text"))
}

/// One scanned document: a whole input, or one line of it.
struct Document {
    input: String,
    /// 1-based line number, when scanned line by line.
    line: Option<usize>,
    /// Where the document starts in its input (bytes), for line and column numbers.
    offset: usize,
    /// Findings with the JSON Pointer of their string (empty for text).
    findings: Vec<(String, Finding)>,
    /// Injection signals with the JSON Pointer of their string, offsets within it.
    signals: Vec<(String, warden_inspect::Signal)>,
    injection: InjectionReport,
    redacted: Option<String>,
    /// Whether the document was JSON (offsets are then within its strings).
    json: bool,
}

pub fn run(args: Args, json_out: bool) -> Result<u8, Exit> {
    let format = match args.format.as_deref() {
        None if json_out => Format::Json,
        None | Some("table") => Format::Table,
        Some("json") => Format::Json,
        Some("sarif") => Format::Sarif,
        Some(other) => {
            return Err(Exit::error(format!(
                "--format: unknown format `{other}`; expected table, json or sarif"
            )));
        }
    };
    if !(0.0..=1.0).contains(&args.threshold) {
        return Err(Exit::error("--threshold must be between 0 and 1"));
    }
    let mode = args
        .redact
        .as_deref()
        .map(|m| match Mode::parse(m) {
            Some(mode @ (Mode::Mask | Mode::Remove | Mode::Pseudonymise)) => Ok(mode),
            _ => Err(Exit::error(format!(
                "--redact: unknown mode `{m}`; expected mask, remove or pseudonymise"
            ))),
        })
        .transpose()?;
    let scanner = Scanner::new(Config {
        injection_threshold: args.threshold,
        injection_model: !args.rules_only,
        ..Config::default()
    })
    .map_err(|e| Exit::error(e.to_string()))?;
    let inputs: Vec<Option<&PathBuf>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files.iter().map(Some).collect()
    };
    let mut found_any = false;
    let mut errors: Vec<(String, String)> = Vec::new();
    let mut docs: Vec<Document> = Vec::new();
    let mut texts: Vec<(String, String)> = Vec::new();
    for input in inputs {
        let name = input.map_or_else(|| "-".to_owned(), |p| p.display().to_string());
        let text = match read(input) {
            Ok(t) => t,
            Err(e) => {
                if format != Format::Sarif {
                    eprintln!("error: {e}");
                }
                if format == Format::Json {
                    println!("{}", json!({"input": name, "error": e}));
                }
                errors.push((name, e));
                continue;
            }
        };
        let by_line = args.lines || input.is_some_and(|p| is_json_lines(p));
        let pieces: Vec<(Option<usize>, usize, &str)> = if by_line {
            let mut at = 0;
            let mut out = Vec::new();
            for (i, line) in text.split_inclusive('\n').enumerate() {
                let body = line.trim_end_matches(['\n', '\r']);
                if !body.trim().is_empty() {
                    out.push((Some(i + 1), at, body));
                }
                at += line.len();
            }
            out
        } else {
            vec![(None, 0, text.as_str())]
        };
        for (line, offset, body) in pieces {
            let doc = scan_document(&scanner, &name, line, offset, body, mode, by_line)
                .map_err(|e| Exit::error(format!("{name}: {e}")))?;
            found_any |= !doc.findings.is_empty() || doc.injection.detected;
            match format {
                Format::Json => println!("{}", document_json(&doc)),
                Format::Table | Format::Sarif => docs.push(doc),
            }
        }
        if format == Format::Sarif {
            texts.push((name, text));
        }
    }
    match format {
        Format::Table => print_tables(&docs),
        Format::Sarif => println!(
            "{}",
            serde_json::to_string_pretty(&sarif(&docs, &texts, &errors)).unwrap_or_default()
        ),
        Format::Json => {}
    }
    Ok(if !errors.is_empty() {
        exit::ERROR
    } else if found_any {
        exit::FOUND
    } else {
        exit::OK
    })
}

fn is_json_lines(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"))
}

fn scan_document(
    scanner: &Scanner,
    input: &str,
    line: Option<usize>,
    offset: usize,
    text: &str,
    mode: Option<Mode>,
    by_line: bool,
) -> Result<Document, String> {
    // A JSON document is scanned string by string, so findings name their place in it; in
    // line mode any JSON value is (a line may be one string).
    let parsed: Option<Value> = serde_json::from_str(text)
        .ok()
        .filter(|v: &Value| by_line || v.is_object() || v.is_array());
    let (findings, injection, signals) = match &parsed {
        Some(v) => {
            let strings = warden_inspect::string_pointers(v, true);
            // Scored as one text (an injection split over fields is still one), each signal
            // placed back on its string.
            let mut joined = String::new();
            let mut starts = Vec::with_capacity(strings.len());
            for (path, s) in &strings {
                starts.push((joined.len(), path.clone()));
                joined.push_str(s);
                joined.push('\n');
            }
            let report = scanner.injection(&joined);
            let signals = report
                .signals
                .iter()
                .map(|sig| {
                    // On the string it overlaps most (a classifier window spans several).
                    let first = starts.partition_point(|(at, _)| *at <= sig.start).max(1) - 1;
                    let last = starts.partition_point(|(at, _)| *at < sig.end).max(1) - 1;
                    let overlap = |k: usize| {
                        let at = starts.get(k).map_or(0, |s| s.0);
                        let end = starts.get(k + 1).map_or(joined.len(), |s| s.0);
                        sig.end.min(end).saturating_sub(sig.start.max(at))
                    };
                    let k = (first..=last.max(first))
                        .max_by_key(|&k| (overlap(k), std::cmp::Reverse(k)))
                        .unwrap_or(first);
                    let (at, path) = starts.get(k).cloned().unwrap_or((0, String::new()));
                    let end = starts.get(k + 1).map_or(joined.len(), |s| s.0);
                    let mut placed = *sig;
                    placed.start = sig.start.max(at) - at;
                    placed.end = sig.end.min(end).max(sig.start.max(at)) - at;
                    (path, placed)
                })
                .collect();
            (scan_json(scanner, v), report, signals)
        }
        None => {
            let report = scanner.injection(text);
            let signals = report.signals.iter().map(|s| (String::new(), *s)).collect();
            let found = scanner
                .scan(text)
                .into_iter()
                .map(|f| (String::new(), f))
                .collect();
            (found, report, signals)
        }
    };
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
                    Some(v) => redact_json(scanner, v, rules, &mut p).map(|(v, _)| v.to_string()),
                    None => redact_text(scanner, text, rules, &mut p).map(|(t, _)| t),
                }
                .map_err(|e| e.to_string())?,
            )
        }
    };
    Ok(Document {
        input: input.to_owned(),
        line,
        offset,
        findings,
        signals,
        injection,
        redacted,
        json: parsed.is_some(),
    })
}

fn document_json(doc: &Document) -> Value {
    let findings: Vec<Value> = doc
        .findings
        .iter()
        .map(|(path, f)| {
            json!({"kind": f.kind.as_str(), "path": path, "start": f.start, "end": f.end,
                   "confidence": f.confidence})
        })
        .collect();
    let signals: Vec<Value> = doc
        .signals
        .iter()
        .map(|(path, s)| {
            json!({"kind": s.kind.as_str(), "path": path, "start": s.start, "end": s.end,
                   "weight": s.weight})
        })
        .collect();
    let mut out = json!({
        "input": doc.input,
        "findings": findings,
        "injection": {"score": doc.injection.score, "detected": doc.injection.detected,
                      "signals": signals},
        "redacted": doc.redacted,
    });
    if let (Some(line), Some(o)) = (doc.line, out.as_object_mut()) {
        o.insert("line".to_owned(), json!(line));
    }
    out
}

fn print_tables(docs: &[Document]) {
    let mut rows = Vec::new();
    for doc in docs {
        let name = match doc.line {
            Some(l) => format!("{}:{l}", doc.input),
            None => doc.input.clone(),
        };
        for (path, f) in &doc.findings {
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
        let mut signals: Vec<String> = doc
            .signals
            .iter()
            .map(|(path, s)| {
                if path.is_empty() {
                    s.kind.as_str().to_owned()
                } else {
                    format!("{} {path}", s.kind.as_str())
                }
            })
            .collect();
        signals.sort_unstable();
        signals.dedup();
        // Line by line, only lines with something to say.
        if doc.line.is_none() || doc.injection.detected || !signals.is_empty() {
            rows.push(vec![
                name.clone(),
                if doc.injection.detected {
                    "injection".into()
                } else {
                    "injection (below threshold)".into()
                },
                signals.join(", "),
                format!("{:.2}", doc.injection.score),
            ]);
        }
        if let Some(r) = &doc.redacted {
            println!("--- {name} (redacted)\n{r}");
        }
    }
    print_table(&["input", "finding", "where", "confidence / score"], rows);
}

/// 1-based line and column (in characters) of byte `at` of `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before.get(line_start..).unwrap_or_default().chars().count() + 1;
    (line, col)
}

/// Where a finding is, for SARIF: a region in the file when the document is text (line and
/// column), the line alone when it is a JSON line (offsets are inside its strings), and the
/// JSON Pointer as a logical location.
fn location(doc: &Document, text: Option<&str>, path: &str, start: usize, end: usize) -> Value {
    let uri = if doc.input == "-" {
        "stdin".to_owned()
    } else {
        doc.input.replace('\\', "/")
    };
    let region = match (doc.json, text) {
        (false, Some(text)) => {
            let (sl, sc) = line_col(text, doc.offset + start);
            let (el, ec) = line_col(text, doc.offset + end);
            Some(json!({"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec}))
        }
        (true, _) => doc.line.map(|l| json!({"startLine": l})),
        (false, None) => None,
    };
    let mut physical = json!({"artifactLocation": {"uri": uri}});
    if let (Some(r), Some(o)) = (region, physical.as_object_mut()) {
        o.insert("region".to_owned(), r);
    }
    let mut loc = json!({"physicalLocation": physical});
    if !path.is_empty()
        && let Some(o) = loc.as_object_mut()
    {
        o.insert(
            "logicalLocations".to_owned(),
            json!([{"fullyQualifiedName": path, "kind": "member"}]),
        );
    }
    loc
}

const INJECTION_RULE: &str = "injection";

fn sarif(docs: &[Document], texts: &[(String, String)], errors: &[(String, String)]) -> Value {
    let rules: Vec<Value> = Kind::ALL
        .iter()
        .map(|k| {
            json!({
                "id": k.as_str(),
                "name": k.label(),
                "shortDescription": {"text": k.description()},
                "defaultConfiguration": {"level": level(*k)},
                "properties": {"tags": ["security", k.class().as_str()]},
            })
        })
        .chain(std::iter::once(json!({
            "id": INJECTION_RULE,
            "name": "INJECTION",
            "shortDescription": {"text": "Text that reads as instructions to an AI model (prompt injection)."},
            "defaultConfiguration": {"level": "error"},
            "properties": {"tags": ["security", "injection"]},
        })))
        .collect();
    let mut results = Vec::new();
    for doc in docs {
        let text = texts
            .iter()
            .find(|(n, _)| *n == doc.input)
            .map(|(_, t)| t.as_str());
        for (path, f) in &doc.findings {
            results.push(json!({
                "ruleId": f.kind.as_str(),
                "level": level(f.kind),
                "message": {"text": format!("{} found ({}); the value is not shown.",
                                            f.kind.description().trim_end_matches('.'), f.kind.as_str())},
                "locations": [location(doc, text, path, f.start, f.end)],
                "properties": {"confidence": f.confidence},
            }));
        }
        if doc.injection.detected {
            let mut kinds: Vec<&str> = doc.signals.iter().map(|(_, s)| s.kind.as_str()).collect();
            kinds.sort_unstable();
            kinds.dedup();
            let locations: Vec<Value> = doc
                .signals
                .iter()
                .take(10)
                .map(|(path, s)| location(doc, text, path, s.start, s.end))
                .collect();
            results.push(json!({
                "ruleId": INJECTION_RULE,
                "level": "error",
                "message": {"text": format!("Prompt injection (score {:.2}): {}.",
                                            doc.injection.score, kinds.join(", "))},
                "locations": locations,
                "properties": {"score": doc.injection.score},
            }));
        }
    }
    let notifications: Vec<Value> = errors
        .iter()
        .map(|(input, e)| {
            json!({
                "level": "error",
                "message": {"text": e},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": input}}}],
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "warden",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    })
}

fn level(kind: Kind) -> &'static str {
    match kind.class() {
        Class::Secret => "error",
        Class::Pii => "warning",
    }
}
