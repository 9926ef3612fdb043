//! Golden snapshots of the wire translation: what leaves for a provider (protected requests in
//! both formats and every personal-data mode), and what the agent gets back (whole and streamed
//! answers restored). A change in what crosses the wire shows up as a reviewed diff of
//! `src/snapshots/`, never silently. The inputs are fixed; the scanner is the default one.

use std::sync::Arc;

use serde_json::{Value, json};
use warden_inspect::redact::{Mode, Pseudonyms};
use warden_inspect::{Config, Scanner};

use super::*;

const EMAIL: &str = "alice.martin@example.org";
const CARD: &str = "4111 1111 1111 1111";
const KEY: &str = "sk-proj-Zq3vT8mNw2Lk5Rx7Yb1Hc4Jd6Fg9Ps0AeUoIy";

fn scanner() -> Scanner {
    Scanner::new(Config::default()).unwrap()
}

fn openai_request() -> Value {
    json!({
        "model": "gpt-test",
        "temperature": 0.2,
        "messages": [
            {"role": "system", "content": "You help the support team."},
            {"role": "user", "content": format!("Write to {EMAIL}, card {CARD}, key {KEY}.")},
            {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "send", "arguments": format!("{{\"to\":\"{EMAIL}\"}}")}}]},
            {"role": "tool", "tool_call_id": "c1", "content": [{"type": "text", "text": format!("sent to {EMAIL}")}]},
        ],
        "tools": [{"type": "function", "function": {"name": "send", "parameters": {"type": "object", "properties": {"to": {"type": "string"}}, "required": ["to"]}}}],
    })
}

fn anthropic_request() -> Value {
    json!({
        "model": "claude-test",
        "max_tokens": 100,
        "system": [{"type": "text", "text": format!("Escalate to {EMAIL}")}],
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": format!("card {CARD}, key {KEY}")}]},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "send", "input": {"to": EMAIL}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": format!("ok {EMAIL}")}]},
        ],
    })
}

/// What a protected request is, as the provider and the record see it.
fn sent(p: &Protected) -> Value {
    json!({
        "body": p.body,
        "findings": p.findings.iter().map(|(path, f)| json!([path, f.kind.as_str()])).collect::<Vec<_>>(),
    })
}

fn answer(a: &Answer) -> Value {
    json!({
        "sanitized": a.sanitized,
        "restored": a.restored,
        "calls": a.calls.iter().map(|c| json!({"id": c.id, "name": c.name, "arguments": c.arguments})).collect::<Vec<_>>(),
        "tokens": a.tokens.map(|t| json!([t.input, t.output])),
        "stop_reason": a.stop_reason,
    })
}

fn pseudonyms(format: Format, body: &Value) -> Arc<Pseudonyms> {
    Arc::new(
        protect(format, &scanner(), body, Mode::Pseudonymise)
            .unwrap()
            .pseudonyms,
    )
}

/// Snapshots with map keys sorted: serde_json keeps insertion order when another crate in the
/// build enables `preserve_order`, so the order must not depend on which crates are built.
fn sorted() -> insta::internals::SettingsBindDropGuard {
    let mut settings = insta::Settings::clone_current();
    settings.set_sort_maps(true);
    settings.bind_to_scope()
}

#[test]
fn openai_requests_as_they_leave() {
    let _sorted = sorted();
    for (mode, name) in [
        (Mode::Pseudonymise, "openai_request_pseudonymised"),
        (Mode::Mask, "openai_request_masked"),
        (Mode::Keep, "openai_request_kept"),
    ] {
        let p = protect(Format::Openai, &scanner(), &openai_request(), mode).unwrap();
        insta::assert_json_snapshot!(name, sent(&p));
    }
}

#[test]
fn anthropic_requests_as_they_leave() {
    let _sorted = sorted();
    for (mode, name) in [
        (Mode::Pseudonymise, "anthropic_request_pseudonymised"),
        (Mode::Mask, "anthropic_request_masked"),
    ] {
        let p = protect(Format::Anthropic, &scanner(), &anthropic_request(), mode).unwrap();
        insta::assert_json_snapshot!(name, sent(&p));
    }
}

#[test]
fn whole_answers_as_the_agent_gets_them() {
    let _sorted = sorted();
    let p = pseudonyms(Format::Openai, &openai_request());
    let mut body = json!({
        "id": "chatcmpl-1", "object": "chat.completion", "model": "gpt-test",
        "choices": [
            {"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": "Writing to <EMAIL_1> about <CARD_1>; <EMAIL_7> is not ours.",
             "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "send", "arguments": "{\"to\":\"<EMAIL_1>\"}"}}]}}
        ],
        "usage": {"prompt_tokens": 31, "completion_tokens": 12, "total_tokens": 43},
    });
    let a = openai::restore(&p, &mut body);
    insta::assert_json_snapshot!(
        "openai_answer_restored",
        json!({"body": body, "answer": answer(&a)})
    );

    let p = pseudonyms(Format::Anthropic, &anthropic_request());
    let mut body = json!({
        "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
        "content": [
            {"type": "text", "text": "Card <CARD_1> belongs to <EMAIL_1>."},
            {"type": "tool_use", "id": "t2", "name": "send", "input": {"to": "<EMAIL_1>"}},
        ],
        "stop_reason": "tool_use",
        "usage": {"input_tokens": 40, "output_tokens": 9},
    });
    let a = anthropic::restore(&p, &mut body);
    insta::assert_json_snapshot!(
        "anthropic_answer_restored",
        json!({"body": body, "answer": answer(&a)})
    );
}

#[test]
fn streamed_answers_as_the_agent_gets_them() {
    let _sorted = sorted();
    // OpenAI: a placeholder split over chunks, tool-call arguments in 3-byte pieces, usage last.
    let p = pseudonyms(Format::Openai, &openai_request());
    let mut s = openai::Stream::new(p, true);
    let chunk = |delta: Value, finish: Value| {
        json!({"id": "c", "object": "chat.completion.chunk", "model": "gpt-test", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}).to_string()
    };
    let mut wire = vec![chunk(
        json!({"role": "assistant", "content": ""}),
        Value::Null,
    )];
    for piece in ["Mail <EMA", "IL_1> now", "; card <CARD_1>."] {
        wire.push(chunk(json!({"content": piece}), Value::Null));
    }
    wire.push(chunk(
        json!({"tool_calls": [{"index": 0, "id": "call_1", "type": "function", "function": {"name": "send", "arguments": ""}}]}),
        Value::Null,
    ));
    for piece in "{\"to\":\"<EMAIL_1>\"}".as_bytes().chunks(3) {
        let piece = std::str::from_utf8(piece).unwrap();
        wire.push(chunk(
            json!({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}),
            Value::Null,
        ));
    }
    wire.push(chunk(json!({}), json!("tool_calls")));
    let usage = json!({"id": "c", "object": "chat.completion.chunk", "model": "gpt-test", "choices": [], "usage": {"prompt_tokens": 30, "completion_tokens": 11, "total_tokens": 41}}).to_string();
    wire.push(usage.clone());
    let out: Vec<Value> = wire
        .iter()
        .filter_map(|c| s.chunk(c))
        .map(|o| serde_json::from_str(&o).unwrap())
        .collect();
    let template = openai::chunk_template(&usage).unwrap();
    let (last, a) = s.finish(&template);
    insta::assert_json_snapshot!(
        "openai_stream_restored",
        json!({"events": out, "last": last, "answer": answer(&a)})
    );

    // Anthropic: text and tool-use input split inside placeholders.
    let p = pseudonyms(Format::Anthropic, &anthropic_request());
    let mut s = anthropic::Stream::new(p);
    let ev = |name: &str, data: Value| sse::Event {
        event: Some(name.into()),
        data: data.to_string(),
    };
    let mut wire = vec![
        ev(
            "message_start",
            json!({"type": "message_start", "message": {"usage": {"input_tokens": 30, "output_tokens": 1}}}),
        ),
        ev(
            "content_block_start",
            json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
        ),
    ];
    for piece in ["Hi <EMA", "IL_1>, card <CA", "RD_1>."] {
        wire.push(ev("content_block_delta", json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}})));
    }
    wire.push(ev(
        "content_block_stop",
        json!({"type": "content_block_stop", "index": 0}),
    ));
    wire.push(ev("content_block_start", json!({"type": "content_block_start", "index": 1, "content_block": {"type": "tool_use", "id": "t1", "name": "send", "input": {}}})));
    for piece in ["{\"to\":\"<EM", "AIL_1>\"}"] {
        wire.push(ev("content_block_delta", json!({"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": piece}})));
    }
    wire.push(ev(
        "content_block_stop",
        json!({"type": "content_block_stop", "index": 1}),
    ));
    wire.push(ev("message_delta", json!({"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 9}})));
    wire.push(ev("message_stop", json!({"type": "message_stop"})));
    let out: Vec<Value> = wire
        .into_iter()
        .flat_map(|e| s.event(e))
        .map(|e| json!({"event": e.event, "data": serde_json::from_str::<Value>(&e.data).unwrap()}))
        .collect();
    let a = s.finish();
    insta::assert_json_snapshot!(
        "anthropic_stream_restored",
        json!({"events": out, "answer": answer(&a)})
    );
}
