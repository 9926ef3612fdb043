//! Where a scan's time goes, detector by detector, on a file or on the benchmark's text.
//!
//! `cargo run --release -p warden-inspect --example scan_profile [FILE]`
#![allow(clippy::unwrap_used, reason = "developer tool")]

use warden_inspect::{Config, Scanner};

const PARA: &str = "Dear team, thank you for the quick turnaround on the quarterly report. \
The figures for the northern region look consistent with last year's trend, although the \
marketing spend in March was higher than planned. Please contact Ada Lovelace at \
ada.lovelace@example.net or +44 20 7946 0958 if anything is unclear. The refund for order \
1182 was processed on 12.03.2026 and the customer confirmed receipt. We will review the \
supplier contract next week; the draft is in the shared folder under /contracts/2026/q2. \
Best regards, the operations group.\n";

fn main() {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path).unwrap(),
        None => {
            let mut s = String::new();
            while s.len() < 64 * 1024 {
                s.push_str(PARA);
            }
            s
        }
    };
    let scanner = Scanner::new(Config::default()).unwrap();
    let mb = text.len() as f64 / 1e6;
    for (name, took) in scanner.profile_detectors(&text, 50) {
        let s = took.as_secs_f64();
        println!("{name:28} {:9.1} µs {:9.0} MB/s", s * 1e6, mb / s);
    }
    let fastest = (0..50)
        .map(|_| {
            let t = std::time::Instant::now();
            std::hint::black_box(scanner.scan(&text));
            t.elapsed()
        })
        .min()
        .unwrap();
    let s = fastest.as_secs_f64();
    println!("{:28} {:9.1} µs {:9.0} MB/s", "scan (all)", s * 1e6, mb / s);
    let fastest = (0..50)
        .map(|_| {
            let t = std::time::Instant::now();
            std::hint::black_box(scanner.injection(&text));
            t.elapsed()
        })
        .min()
        .unwrap();
    let s = fastest.as_secs_f64();
    println!("{:28} {:9.1} µs {:9.0} MB/s", "injection", s * 1e6, mb / s);
}
