//! Trains the learned layer of the injection score (`src/learned.rs`) and calibrates it with the
//! rules into one score. `bench/scan-eval/train/train.sh` runs it on the documented corpora.
//!
//! `train_injection OUT.bin FILE.jsonl... [--validate FILE.jsonl]...` — each row `{"text", "label", "payload"?}`, label
//! `injection`/`attack` or `benign`; `payload` is the injected part as it occurs in `text`.
//!
//! Calibration is out of fold by source: each input file (one generator, one author, one kind
//! of real text) is scored by a model trained on all the others, and the calibration is fitted
//! on those scores, so that its operating point reflects text of an author the model has not
//! read, not the generators' own (on which any model looks perfect). The shipped model is then
//! trained on everything. Windows (`learned::windows`)
//! are the training examples: every window of a benign text is negative; a window of an
//! injected text is positive when it holds most of the payload (or the payload fills most of
//! it), negative when it holds none of it, and left out otherwise. A row without a payload is
//! all payload when it fits in one window, and left out when it does not.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    missing_docs,
    reason = "training program"
)]

use serde_json::Value;
use warden_inspect::learned::{self, Model};
use warden_inspect::{Config, Scanner};

const EPOCHS: usize = 6;
const RATE: f32 = 0.3;
const L2: f32 = 1e-7;
/// Percent of features left out of each example at each step.
const DROPOUT: u64 = 0;

/// A setting, overridable from the environment for experiments (`TRAIN_EPOCHS`, `TRAIN_RATE`,
/// `TRAIN_L2`, `TRAIN_DROPOUT`, `TRAIN_TARGET_FPR`); the shipped model uses the defaults.
fn setting<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
/// The operating point: the benign share of the calibration split scored ≥ 0.5.
const TARGET_FPR: f64 = 0.02;

struct Doc {
    text: String,
    positive: bool,
    payload: Option<(usize, usize)>,
    /// Which input file (one author or source) it came from.
    group: usize,
    /// A benign text that quotes an attack verbatim (a security article, a detector's test,
    /// code holding a chat template): see `QUOTES_ATTACKS`.
    quotes_attack: bool,
}

/// Benign families of the generators that quote attack text verbatim. A model that reads a
/// quoted instruction still reads the instruction, so Warden may flag these: they are left out
/// of the benign texts that set the rules' operating point (the model is still trained and
/// calibrated with them as benign).
const QUOTES_ATTACKS: &[&str] = &[
    "hn_security",
    "hn_prompt_code",
    "quoted_attack",
    "detection_dev",
];

struct Example {
    features: Vec<u32>,
    positive: bool,
}

fn read(paths: &[String]) -> Vec<Doc> {
    let mut docs = Vec::new();
    for (group, path) in paths.iter().enumerate() {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let row: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{path}: {e}"));
            let text = row["text"].as_str().unwrap().to_owned();
            let positive = matches!(row["label"].as_str(), Some("injection" | "attack"));
            let payload = row["payload"]
                .as_str()
                .filter(|p| !p.is_empty())
                .and_then(|p| text.find(p).map(|at| (at, at + p.len())));
            let quotes_attack = row["family"]
                .as_str()
                .is_some_and(|f| QUOTES_ATTACKS.contains(&f));
            docs.push(Doc {
                text,
                positive,
                payload,
                group,
                quotes_attack,
            });
        }
    }
    docs
}

/// The training windows of one text; false when it is injected without a marked payload and
/// too long to be all payload (`fit` places those in a second round).
fn examples(doc: &Doc, out: &mut Vec<Example>) -> bool {
    examples_around(doc, None, out)
}

/// As `examples`, or with `placed`, the window that holds most of that span as the one
/// positive example of the text (no negatives: the rest may hold more of the injection).
fn examples_around(doc: &Doc, placed: Option<(usize, usize)>, out: &mut Vec<Example>) -> bool {
    let mut blocks: Vec<Vec<u32>> = Vec::new();
    let spans = learned::features(&doc.text, |block, bucket| {
        if blocks.len() <= block {
            blocks.resize(block + 1, Vec::new());
        }
        blocks[block].push(bucket);
    });
    blocks.resize(spans.len(), Vec::new());
    let payload = match (doc.positive, doc.payload.or(placed)) {
        (false, _) => None,
        (true, Some(p)) => Some(p),
        (true, None) if spans.len() <= 2 => Some((0, doc.text.len())),
        (true, None) => return false,
    };
    for (a, b) in learned::windows(spans.len()) {
        let (start, end) = (spans[a].0, spans[b].1);
        let positive = match payload {
            None => false,
            Some((ps, pe)) => {
                let overlap = end.min(pe).saturating_sub(start.max(ps));
                if overlap == 0 {
                    if placed.is_some() {
                        continue;
                    }
                    false
                } else if 2 * overlap >= (pe - ps).min(end - start) {
                    true
                } else {
                    continue;
                }
            }
        };
        let features: Vec<u32> = blocks[a..=b].concat();
        if !features.is_empty() {
            out.push(Example { features, positive });
        }
    }
    true
}

fn sigmoid(x: f32) -> f32 {
    learned::sigmoid(x)
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn train(examples: &[Example]) -> (Vec<f32>, f32) {
    let n = 1usize << learned::FEATURE_BITS;
    let mut w = vec![0f32; n];
    let mut g2 = vec![1e-6f32; n];
    let (mut bias, mut bias_g2) = (0f32, 1e-6f32);
    let positives = examples.iter().filter(|e| e.positive).count().max(1);
    let negatives = (examples.len() - positives).max(1);
    // Both classes weigh the same in total.
    let pos_weight = negatives as f32 / positives as f32;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let (epochs, rate, l2) = (
        setting("TRAIN_EPOCHS", EPOCHS),
        setting("TRAIN_RATE", RATE),
        setting("TRAIN_L2", L2),
    );
    let dropout: u64 = setting("TRAIN_DROPOUT", DROPOUT);
    for epoch in 0..epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
        }
        let mut loss = 0f64;
        let mut kept: Vec<u32> = Vec::new();
        for &i in &order {
            let e = &examples[i];
            // Feature dropout: each feature is left out with probability `dropout`, so that no
            // few words of one generator's templates carry a decision alone.
            kept.clear();
            for &f in &e.features {
                if dropout == 0 || rng.next() % 100 >= dropout {
                    kept.push(f);
                }
            }
            if kept.is_empty() {
                continue;
            }
            let v = 1.0 / (kept.len() as f32).sqrt();
            let z = bias + kept.iter().map(|&f| w[f as usize]).sum::<f32>() * v;
            let p = sigmoid(z);
            let y = if e.positive { 1.0 } else { 0.0 };
            let weight = if e.positive { pos_weight } else { 1.0 };
            loss -= f64::from(
                weight
                    * if e.positive {
                        p.max(1e-7).ln()
                    } else {
                        (1.0 - p).max(1e-7).ln()
                    },
            );
            let g = (p - y) * weight;
            for &f in &kept {
                let f = f as usize;
                let gf = g * v + l2 * w[f];
                g2[f] += gf * gf;
                w[f] -= rate * gf / g2[f].sqrt();
            }
            bias_g2 += g * g;
            bias -= rate * g / bias_g2.sqrt();
        }
        eprintln!(
            "epoch {epoch}: loss {:.4} per example",
            loss / examples.len() as f64
        );
    }
    (w, bias)
}

/// One calibration text: the model's best window and the rules' score.
struct Point {
    window: learned::Window,
    rules: f32,
    positive: bool,
    quotes_attack: bool,
}

/// The model's side: σ(a·logit − d·ln(windows) + c) fitted with both classes weighted equally
/// (a, d ≥ 0), then c moved so that the benign share at or above 0.5 is the target. The rules
/// keep their own operating point (t = 0): they were Warden's detector before this layer and
/// what they catch is pinned by tests; on these corpora, half of whose benign texts are built
/// to share the rules' words, any fitted threshold would be stricter than on real traffic.
fn calibrate(points: &[Point]) -> learned::Calibration {
    let positives = points.iter().filter(|p| p.positive).count().max(1) as f32;
    let negatives = points.iter().filter(|p| !p.positive).count().max(1) as f32;
    let ln = |p: &Point| (p.window.windows.max(1) as f32).ln();
    let (mut a, mut d, mut c) = (1f32, 0f32, 0f32);
    for _ in 0..3000 {
        let mut grad = [0f32; 3];
        for p in points {
            let z = a * p.window.logit - d * ln(p) + c;
            let g = (sigmoid(z) - if p.positive { 1.0 } else { 0.0 })
                / if p.positive { positives } else { negatives };
            grad[0] += g * p.window.logit;
            grad[1] -= g * ln(p);
            grad[2] += g;
        }
        a = (a - 0.5 * grad[0]).max(0.0);
        d = (d - 0.5 * grad[1]).max(0.0);
        c -= 0.5 * grad[2];
    }
    let budget = setting("TRAIN_TARGET_FPR", TARGET_FPR);
    let edge = |mut xs: Vec<f32>| {
        xs.sort_by(|a, b| b.total_cmp(a));
        let allowed = ((xs.len() as f64) * budget).floor() as usize;
        xs.get(allowed).copied()
    };
    let benign = || points.iter().filter(|p| !p.positive);
    if let Some(z) = edge(benign().map(|p| a * p.window.logit - d * ln(p)).collect()) {
        c = -(z + 1e-3);
    }
    let quoting = benign().filter(|p| p.quotes_attack).count();
    eprintln!("{quoting} benign calibration texts quote an attack verbatim");
    let t = 0.0;
    learned::Calibration { a, d, c, t }
}

fn tpr_at(scores: &[(f32, bool)], fpr: f64) -> (f64, f32) {
    let mut benign: Vec<f32> = scores.iter().filter(|s| !s.1).map(|s| s.0).collect();
    benign.sort_by(|a, b| b.total_cmp(a));
    let allowed = ((benign.len() as f64) * fpr).floor() as usize;
    let edge = benign.get(allowed).copied().unwrap_or(f32::MIN);
    let pos: Vec<f32> = scores.iter().filter(|s| s.1).map(|s| s.0).collect();
    let hit = pos.iter().filter(|&&s| s > edge).count();
    (hit as f64 / pos.len().max(1) as f64, edge)
}

/// Trains on the texts' windows. Injected texts without a marked payload that are longer than
/// one window (the held-out sets used as training data) are placed in a second round: the
/// first model's most suspicious window of each is its positive example (multiple-instance
/// learning), and the model is trained again from scratch with them.
fn fit(docs: &[&Doc]) -> (Vec<f32>, f32) {
    let mut examples_ = Vec::new();
    let mut unplaced = Vec::new();
    for doc in docs {
        if !examples(doc, &mut examples_) {
            unplaced.push(*doc);
        }
    }
    if !unplaced.is_empty() {
        eprintln!(
            "first round without {} injected texts whose payload is not marked",
            unplaced.len()
        );
        let (weights, bias) = train(&examples_);
        let model = uncalibrated(&weights, bias);
        for doc in unplaced {
            if let Some(w) = model.best_window(&doc.text) {
                examples_around(doc, Some((w.start, w.end)), &mut examples_);
            }
        }
    }
    let positives = examples_.iter().filter(|e| e.positive).count();
    eprintln!(
        "training on {} texts: {} windows, {positives} positive",
        docs.len(),
        examples_.len()
    );
    train(&examples_)
}

fn uncalibrated(weights: &[f32], bias: f32) -> Model {
    Model::from_bytes(&Model::to_bytes(weights, bias, NEUTRAL)).unwrap()
}

const NEUTRAL: learned::Calibration = learned::Calibration {
    a: 1.0,
    d: 0.0,
    c: 0.0,
    t: 0.0,
};

fn point(model: &Model, doc: &Doc, rules: f32) -> Point {
    Point {
        window: model.best_window(&doc.text).unwrap_or(learned::Window {
            start: 0,
            end: 0,
            logit: -10.0,
            windows: 1,
        }),
        rules,
        positive: doc.positive,
        quotes_attack: doc.quotes_attack,
    }
}

fn report(model: &Model, name: &str, points: &[Point]) {
    for (layer, f) in [
        ("rules", &(|p: &Point| p.rules) as &dyn Fn(&Point) -> f32),
        ("model", &|p: &Point| model.model_score(&p.window)),
        ("combined", &|p: &Point| model.combine(&p.window, p.rules)),
    ] {
        let scores: Vec<(f32, bool)> = points.iter().map(|p| (f(p), p.positive)).collect();
        let (t1, _) = tpr_at(&scores, 0.01);
        let rate = |y: bool| {
            let sel: Vec<_> = scores.iter().filter(|s| s.1 == y).collect();
            sel.iter().filter(|s| s.0 >= 0.5).count() as f64 / sel.len().max(1) as f64
        };
        let n = |y: bool| points.iter().filter(|p| p.positive == y).count();
        eprintln!(
            "{name} ({} injections, {} benign), {layer}: TPR {t1:.3} at FPR 1%; at 0.5 TPR {:.3} FPR {:.4}",
            n(true),
            n(false),
            rate(true),
            rate(false)
        );
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--validate FILE`: scored by the final model and never trained on.
    let mut validate = Vec::new();
    while let Some(i) = args.iter().position(|a| a == "--validate") {
        args.remove(i);
        validate.push(args.remove(i));
    }
    let (out, inputs) = args
        .split_first()
        .expect("usage: train_injection OUT.bin FILE.jsonl... [--validate FILE.jsonl]...");
    let docs = read(inputs);
    let scanner = Scanner::new(Config {
        injection_model: false,
        ..Config::default()
    })
    .unwrap();
    let rules: Vec<f32> = docs
        .iter()
        .map(|d| scanner.injection(&d.text).score)
        .collect();
    // Out of fold by source: each input file scored by a model trained on the others, so the
    // calibration sees how the model does on an author it has not read.
    let mut points = Vec::new();
    for (group, path) in inputs.iter().enumerate() {
        let others: Vec<&Doc> = docs.iter().filter(|d| d.group != group).collect();
        let (weights, bias) = fit(&others);
        let model = uncalibrated(&weights, bias);
        let fold: Vec<Point> = docs
            .iter()
            .zip(&rules)
            .filter(|(d, _)| d.group == group)
            .map(|(d, &r)| point(&model, d, r))
            .collect();
        report(&model, &format!("{path}, out of fold, uncalibrated"), &fold);
        points.extend(fold);
    }
    let all: Vec<&Doc> = docs.iter().collect();
    let (weights, bias) = fit(&all);
    let calibration = calibrate(&points);
    let final_bytes = Model::to_bytes(&weights, bias, calibration);
    std::fs::write(out, &final_bytes).unwrap_or_else(|e| panic!("{out}: {e}"));
    let model = Model::from_bytes(&final_bytes).unwrap();
    eprintln!("{calibration:?}; wrote {out} ({} bytes)", final_bytes.len());
    report(&model, "all sources out of fold, calibrated", &points);
    for path in &validate {
        let docs = read(std::slice::from_ref(path));
        let points: Vec<Point> = docs
            .iter()
            .map(|d| point(&model, d, scanner.injection(&d.text).score))
            .collect();
        report(&model, path, &points);
    }
}
