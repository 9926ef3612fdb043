//! Argument provenance on arbitrary text: cutting a text or a JSON value into values, the
//! organisation's own values, short names and the user's requests never panic, and no value
//! ever holds the control character (U+001F) that keeps the stored namespaces (senders, requests,
//! delegation) out of reach of any value.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use warden_policy::provenance::{asks_for, internal, short_name, tokens, traced, value_tokens};
use warden_policy::recipients::Internal;
use warden_types::Trace;

static ORG: LazyLock<Internal> = LazyLock::new(|| Internal {
    domains: ["groupany.example".to_owned()].into(),
    counterparties: [
        (
            "iban".to_owned(),
            ["de89370400440532013000".to_owned()].into(),
        ),
        ("repo".to_owned(), ["groupany/*".to_owned()].into()),
    ]
    .into(),
    namespaces: vec!["groupany/".to_owned()],
});

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (phrases, said) = text.split_once('\n').unwrap_or(("refund", &text));
    let phrases: Vec<String> = phrases.split('|').map(str::to_owned).collect();
    let _ = asks_for(said, &phrases);
    let mut all = tokens(&text);
    all.extend(value_tokens(
        &serde_json::json!({"a": [text.as_ref(), {"b": text.as_ref()}]}),
    ));
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(data) {
        all.extend(value_tokens(&v));
    }
    for t in &all {
        assert!(
            !t.contains('\u{1f}'),
            "a value holds the namespace separator: {t:?}"
        );
        let _ = internal(t, &ORG);
        let _ = short_name(t, &ORG);
        for trace in [
            Trace::Any,
            Trace::Email,
            Trace::Url,
            Trace::Iban,
            Trace::Reach,
        ] {
            let _ = traced(t, trace);
        }
    }
    let _ = internal(&text, &ORG);
});
