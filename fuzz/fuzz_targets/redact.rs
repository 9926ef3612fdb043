//! Redaction and restoration of arbitrary text, whole and in arbitrary chunks: no panic, no
//! pseudonymised value left in the redacted text, streaming equals whole-text restoration.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use warden_inspect::redact::{Mode, Pseudonyms, Rules, redact_text};
use warden_inspect::{Config, Scanner};

static SCANNER: LazyLock<Scanner> =
    LazyLock::new(|| Scanner::new(Config::default()).unwrap_or_else(|e| panic!("{e}")));

fuzz_target!(|data: &[u8]| {
    let Some((&cut_seed, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let rules = Rules { pii: Mode::Pseudonymise, secret: Mode::Pseudonymise };
    let mut p = Pseudonyms::default();
    let Ok((redacted, findings)) = redact_text(&SCANNER, text, rules, &mut p) else { return };
    for f in &findings {
        let value = &text[f.start..f.end];
        assert!(!redacted.contains(value) || value.len() < 4 || redacted.contains(&format!("<{}", f.kind.label())));
    }
    let whole = p.restore(&redacted);
    let mut r = p.restorer();
    let mut streamed = String::new();
    let step = usize::from(cut_seed % 13) + 1;
    let mut last = 0;
    let mut i = 0;
    while i < redacted.len() {
        i = (i + step).min(redacted.len());
        while !redacted.is_char_boundary(i) {
            i += 1;
        }
        streamed.push_str(&r.push(&redacted[last..i]));
        last = i;
    }
    streamed.push_str(&r.finish());
    assert_eq!(streamed, whole);
});
