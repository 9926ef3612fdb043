//! Scanner throughput on ordinary text and a 64 KiB tool result.
//!
//! `cargo bench -p warden-inspect --bench scan`
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "benchmark setup"
)]

use warden_inspect::{Config, Scanner};

fn main() {
    divan::main();
}

/// Ordinary business text with a little personal data, repeated to `size` bytes.
fn corpus(size: usize) -> String {
    const PARA: &str = "Dear team, thank you for the quick turnaround on the quarterly report. \
The figures for the northern region look consistent with last year's trend, although the \
marketing spend in March was higher than planned. Please contact Ada Lovelace at \
ada.lovelace@example.net or +44 20 7946 0958 if anything is unclear. The refund for order \
1182 was processed on 12.03.2026 and the customer confirmed receipt. We will review the \
supplier contract next week; the draft is in the shared folder under /contracts/2026/q2. \
Best regards, the operations group.\n";
    let mut s = String::with_capacity(size + PARA.len());
    while s.len() < size {
        s.push_str(PARA);
    }
    s.truncate(size);
    s
}

#[divan::bench(args = [64 * 1024, 1024 * 1024])]
fn pii_and_secrets(bencher: divan::Bencher, size: usize) {
    let s = Scanner::new(Config::default()).unwrap();
    let text = corpus(size);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| s.scan(&text));
}

/// The rules and the learned layer, calibrated into one score (the default).
#[divan::bench(args = [64 * 1024, 1024 * 1024])]
fn injection(bencher: divan::Bencher, size: usize) {
    let s = Scanner::new(Config::default()).unwrap();
    let text = corpus(size);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| s.injection(&text));
}

fn rules_only() -> Scanner {
    Scanner::new(Config {
        injection_model: false,
        ..Config::default()
    })
    .unwrap()
}

/// The rule layer alone (`inspection.injection_model = false`).
#[divan::bench(args = [64 * 1024, 1024 * 1024])]
fn injection_rules_only(bencher: divan::Bencher, size: usize) {
    let s = rules_only();
    let text = corpus(size);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| s.injection(&text));
}

/// The learned layer alone: features, windows, the best window.
#[divan::bench(args = [1024, 64 * 1024])]
fn learned_layer(bencher: divan::Bencher, size: usize) {
    let model = warden_inspect::learned::Model::shipped().unwrap();
    let text = corpus(size);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| model.best_window(&text));
}

#[divan::bench(args = [64 * 1024])]
fn learned_layer_non_ascii(bencher: divan::Bencher, size: usize) {
    let model = warden_inspect::learned::Model::shipped().unwrap();
    let text = corpus_non_ascii(size);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| model.best_window(&text));
}

/// Text that is not ASCII (French, German and Russian business text): the injection scorer
/// also reads it normalised (NFKD, marks, confusables; `normalise.rs`).
fn corpus_non_ascii(size: usize) -> String {
    const PARA: &str = "Bonjour l'équipe, merci pour la réponse rapide concernant la facture n° 2209 ; le café de la réunion était excellent. Sehr geehrte Damen und Herren, die Lieferung für Bestellung 1182 ist leider beschädigt angekommen, bitte prüfen Sie die Rückerstattung. Здравствуйте! Заказ 1182 пришёл повреждённым, прошу вернуть деньги до пятницы. Cordialement, l'équipe des opérations.\n";
    let mut s = String::with_capacity(size + PARA.len());
    while s.len() < size {
        s.push_str(PARA);
    }
    let mut end = size.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

#[divan::bench(args = [64 * 1024])]
fn injection_non_ascii(bencher: divan::Bencher, size: usize) {
    let s = Scanner::new(Config::default()).unwrap();
    let text = corpus_non_ascii(size);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| s.injection(&text));
}

#[divan::bench(args = [64 * 1024])]
fn pii_and_secrets_non_ascii(bencher: divan::Bencher, size: usize) {
    let s = Scanner::new(Config::default()).unwrap();
    let text = corpus_non_ascii(size);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| s.scan(&text));
}

/// What the gateway does to a tool result: personal data and secrets, then injection.
#[divan::bench(args = [64 * 1024])]
fn tool_result_fully_inspected(bencher: divan::Bencher, size: usize) {
    let s = Scanner::new(Config::default()).unwrap();
    let text = corpus(size);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| (s.scan(&text), s.injection(&text)));
}

/// The same with the rule layer only.
#[divan::bench(args = [64 * 1024])]
fn tool_result_rules_only(bencher: divan::Bencher, size: usize) {
    let s = rules_only();
    let text = corpus(size);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| (s.scan(&text), s.injection(&text)));
}
