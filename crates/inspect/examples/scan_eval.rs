//! Evaluation harness: precision, recall and F1 per entity type, injection TPR/FPR at the
//! configured threshold, and throughput, over JSON Lines corpora.
//!
//! `bench/scan-eval/run.sh` generates the corpora and runs this in release mode:
//! `scan_eval DIR [THRESHOLD]` reads `DIR/pii.jsonl`, `DIR/secrets.jsonl`, `DIR/injection.jsonl`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    reason = "evaluation tool"
)]

use std::collections::BTreeMap;
use std::time::Instant;

use serde_json::Value;
use warden_inspect::{Config, Scanner};

#[derive(Default)]
struct Count {
    tp: usize,
    fp: usize,
    fn_: usize,
}

fn lines(path: &std::path::Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Character offsets (as Python writes them) to byte offsets.
fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(b, _)| b)
}

fn spans(scanner: &Scanner, rows: &[Value], counts: &mut BTreeMap<String, Count>) -> (usize, f64) {
    let mut bytes = 0;
    let mut seconds = 0.0;
    for row in rows {
        let text = row["text"].as_str().unwrap();
        let gold: Vec<(usize, usize, String)> = row["spans"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    byte_offset(text, s["start"].as_u64().unwrap() as usize),
                    byte_offset(text, s["end"].as_u64().unwrap() as usize),
                    s["label"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let t = Instant::now();
        let found = scanner.scan(text);
        seconds += t.elapsed().as_secs_f64();
        bytes += text.len();
        // Spans of types Warden has no detector for (public corpora label organisations,
        // places, dates...): a finding there is neither right nor wrong.
        let ignored: Vec<(usize, usize)> = row["ignored"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| {
                (
                    byte_offset(text, s["start"].as_u64().unwrap() as usize),
                    byte_offset(text, s["end"].as_u64().unwrap() as usize),
                )
            })
            .collect();
        let mut matched = vec![false; gold.len()];
        for f in &found {
            let in_ignored = ignored.iter().any(|(s, e)| f.start < *e && *s < f.end);
            let labelled = gold
                .iter()
                .any(|(s, e, l)| l == f.kind.as_str() && f.start < *e && *s < f.end);
            if in_ignored && !labelled {
                continue;
            }
            let hit = gold.iter().enumerate().find(|(i, (s, e, label))| {
                !matched[*i] && label == f.kind.as_str() && f.start < *e && *s < f.end
            });
            match hit {
                Some((i, _)) => {
                    matched[i] = true;
                    counts.entry(f.kind.as_str().to_owned()).or_default().tp += 1;
                }
                None => counts.entry(f.kind.as_str().to_owned()).or_default().fp += 1,
            }
        }
        let show = std::env::var("SCAN_EVAL_SHOW").ok();
        if let Some(kind) = &show {
            let wrong = found.iter().any(|f| {
                f.kind.as_str() == kind
                    && !gold
                        .iter()
                        .any(|(s, e, l)| l == kind && f.start < *e && *s < f.end)
            }) || gold
                .iter()
                .enumerate()
                .any(|(i, (_, _, l))| l == kind && !matched[i]);
            if wrong {
                let found: Vec<_> = found
                    .iter()
                    .map(|f| (f.kind.as_str(), &text[f.start..f.end]))
                    .collect();
                eprintln!("{text}\n  found: {found:?}\n");
            }
        }
        for (i, (_, _, label)) in gold.iter().enumerate() {
            if !matched[i] {
                counts.entry(label.clone()).or_default().fn_ += 1;
            }
        }
    }
    (bytes, seconds)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn main() {
    let dir = std::path::PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: scan_eval DIR [THRESHOLD]"),
    );
    let threshold: f32 = std::env::args()
        .nth(2)
        .map_or(warden_inspect::DEFAULT_INJECTION_THRESHOLD, |t| {
            t.parse().unwrap()
        });
    let scanner = Scanner::new(Config {
        injection_threshold: threshold,
        ..Config::default()
    })
    .unwrap();

    for corpus in ["pii", "secrets"] {
        let path = dir.join(format!("{corpus}.jsonl"));
        if !path.exists() {
            continue;
        }
        let rows = lines(&path);
        let mut counts = BTreeMap::new();
        let (bytes, seconds) = spans(&scanner, &rows, &mut counts);
        println!(
            "\n### {corpus}.jsonl ({} texts, {:.1} KB, {:.1} MB/s)\n",
            rows.len(),
            bytes as f64 / 1e3,
            bytes as f64 / seconds / 1e6
        );
        println!("| type | precision | recall | F1 | TP | FP | FN |");
        println!("| --- | --- | --- | --- | --- | --- | --- |");
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for (label, c) in &counts {
            let p = ratio(c.tp, c.tp + c.fp);
            let r = ratio(c.tp, c.tp + c.fn_);
            let f1 = if p + r == 0.0 {
                0.0
            } else {
                2.0 * p * r / (p + r)
            };
            println!(
                "| {label} | {p:.3} | {r:.3} | {f1:.3} | {} | {} | {} |",
                c.tp, c.fp, c.fn_
            );
            tp += c.tp;
            fp += c.fp;
            fn_ += c.fn_;
        }
        let p = ratio(tp, tp + fp);
        let r = ratio(tp, tp + fn_);
        println!(
            "| **all** | {p:.3} | {r:.3} | {:.3} | {tp} | {fp} | {fn_} |",
            2.0 * p * r / (p + r).max(f64::MIN_POSITIVE)
        );
        if corpus == "secrets" {
            let lookalikes = rows
                .iter()
                .filter(|r| r["spans"].as_array().unwrap().is_empty())
                .count();
            let flagged = rows
                .iter()
                .filter(|r| r["spans"].as_array().unwrap().is_empty())
                .filter(|r| {
                    scanner
                        .scan(r["text"].as_str().unwrap())
                        .iter()
                        .any(|f| f.kind.class() == warden_inspect::Class::Secret)
                })
                .count();
            println!(
                "\nlook-alike texts flagged as secrets: {flagged} of {lookalikes} ({:.2}%)",
                100.0 * ratio(flagged, lookalikes)
            );
        }
    }

    let rows = lines(&dir.join("injection.jsonl"));
    let (mut tp, mut attacks, mut fp, mut benign, mut bytes, mut seconds) =
        (0, 0, 0, 0, 0usize, 0.0);
    let mut missed = Vec::new();
    let mut false_alarms = Vec::new();
    // SCAN_EVAL_DUMP=FILE writes each text's score and signals, for looking at the misses.
    let mut dump = std::env::var("SCAN_EVAL_DUMP")
        .ok()
        .map(|p| std::io::BufWriter::new(std::fs::File::create(p).unwrap()));
    for row in &rows {
        let text = row["text"].as_str().unwrap();
        let t = Instant::now();
        let report = scanner.injection(text);
        seconds += t.elapsed().as_secs_f64();
        bytes += text.len();
        if let Some(out) = dump.as_mut() {
            use std::io::Write;
            let signals: Vec<_> = report
                .signals
                .iter()
                .map(|s| (s.kind.as_str(), s.weight, &text[s.start..s.end]))
                .collect();
            let line = serde_json::json!({"label": row["label"], "source": row["source"], "score": report.score, "signals": signals, "text": text});
            writeln!(out, "{line}").unwrap();
        }
        if row["label"] == "attack" {
            attacks += 1;
            if report.detected {
                tp += 1
            } else {
                missed.push((report.score, text.to_owned()))
            }
        } else {
            benign += 1;
            if report.detected {
                fp += 1;
                false_alarms.push((report.score, text.to_owned()))
            }
        }
    }
    println!(
        "\n### injection.jsonl ({} texts, threshold {threshold}, {:.1} MB/s)\n",
        rows.len(),
        bytes as f64 / seconds / 1e6
    );
    println!("| TPR | FPR | attacks detected | benign flagged |");
    println!("| --- | --- | --- | --- |");
    println!(
        "| {:.3} | {:.3} | {tp} of {attacks} | {fp} of {benign} |",
        ratio(tp, attacks),
        ratio(fp, benign)
    );
    for (score, text) in missed.iter().take(5) {
        println!(
            "\nmissed ({score:.2}): {}",
            text.replace('\n', " ")
                .chars()
                .take(160)
                .collect::<String>()
        );
    }
    for (score, text) in false_alarms.iter().take(5) {
        println!(
            "\nfalse alarm ({score:.2}): {}",
            text.replace('\n', " ")
                .chars()
                .take(160)
                .collect::<String>()
        );
    }
}
