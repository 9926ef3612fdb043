//! The LLM proxy's stream handling on arbitrary provider bytes: the SSE parser, then OpenAI and
//! Anthropic restoration of every event. No panic on any input; the parser gives the same
//! events whatever the chunking.
#![no_main]

use std::sync::{Arc, LazyLock};

use libfuzzer_sys::fuzz_target;
use warden_inspect::redact::Mode;
use warden_inspect::{Config, Scanner};
use warden_llm::{Format, anthropic, openai, protect, sse};

static SCANNER: LazyLock<Scanner> =
    LazyLock::new(|| Scanner::new(Config::default()).unwrap_or_else(|e| panic!("{e}")));

fuzz_target!(|data: &[u8]| {
    let Some((&cut_seed, rest)) = data.split_first() else { return };
    // Pseudonyms from a fixed prompt, so placeholders in the input can be restored.
    let prompt = serde_json::json!({"model": "m", "messages": [{"role": "user", "content": "ada@example.net 4111 1111 1111 1111"}]});
    let Ok(p) = protect(Format::Openai, &SCANNER, &prompt, Mode::Pseudonymise) else { return };
    let p = Arc::new(p.pseudonyms);
    let mut whole = sse::Parser::default();
    let Ok(all) = whole.push(rest) else { return };
    let mut chunked = sse::Parser::default();
    let mut events = Vec::new();
    for piece in rest.chunks(usize::from(cut_seed % 17) + 1) {
        let Ok(e) = chunked.push(piece) else { return };
        events.extend(e);
    }
    assert_eq!(all, events);
    let mut o = openai::Stream::new(Arc::clone(&p), cut_seed % 2 == 0);
    let mut a = anthropic::Stream::new(Arc::clone(&p));
    for e in events {
        let _ = o.chunk(&e.data);
        let _ = a.event(e);
    }
    let _ = o.finish(&serde_json::json!({}));
    let _ = a.finish();
});
