//! Detectors and the injection scorer on arbitrary text: no panic, valid spans, bounded score.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use warden_inspect::{Config, Scanner};

static SCANNER: LazyLock<Scanner> = LazyLock::new(|| {
    Scanner::new(Config::default())
        .and_then(|s| s.with_known_secrets(["known-secret-value"]))
        .unwrap_or_else(|e| panic!("{e}"))
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for f in SCANNER.scan(text) {
        assert!(f.start < f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    }
    let report = SCANNER.injection(text);
    assert!((0.0..=1.0).contains(&report.score));
    for s in &report.signals {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
});
