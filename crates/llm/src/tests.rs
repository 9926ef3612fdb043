use std::sync::Arc;

use serde_json::{Value, json};
use warden_inspect::redact::Mode;
use warden_inspect::{Config, Scanner};

use super::*;

const EMAIL: &str = "alice.martin@example.org";
const CARD: &str = "4111 1111 1111 1111";
const KEY: &str = "sk-proj-Zq3vT8mNw2Lk5Rx7Yb1Hc4Jd6Fg9Ps0AeUoIy";

fn scanner() -> Scanner {
    Scanner::new(Config::default()).unwrap()
}

fn request() -> Value {
    json!({
        "model": "gpt-test",
        "messages": [
            {"role": "system", "content": "You help the support team."},
            {"role": "user", "content": format!("Write to {EMAIL}, card {CARD}, key {KEY}.")},
            {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "send", "arguments": format!("{{\"to\":\"{EMAIL}\"}}")}}]},
            {"role": "tool", "tool_call_id": "c1", "content": [{"type": "text", "text": format!("sent to {EMAIL}")}]},
        ],
        "tools": [{"type": "function", "function": {"name": "send", "parameters": {"type": "object", "properties": {"to": {"type": "string"}}, "required": ["to"], "additionalProperties": false}}}],
    })
}

#[test]
fn every_part_of_a_request_is_protected_and_structure_kept() {
    let p = protect(Format::Openai, &scanner(), &request(), Mode::Pseudonymise).unwrap();
    let sent = p.body.to_string();
    for value in [EMAIL, "4111", KEY] {
        assert!(!sent.contains(value), "{value} left in {sent}");
    }
    assert!(
        sent.contains("<EMAIL_1>") && sent.contains("<CARD_1>"),
        "{sent}"
    );
    // One person, one placeholder, everywhere.
    assert_eq!(sent.matches("<EMAIL_1>").count(), 3, "{sent}");
    assert_eq!(
        p.body["messages"][2]["tool_calls"][0]["function"]["name"],
        "send"
    );
    assert_eq!(p.body["messages"][3]["tool_call_id"], "c1");
    assert!(
        p.findings
            .iter()
            .any(|(path, f)| path == "/messages/1/content" && f.kind == Kind::Card)
    );
    assert!(p.estimated_input_tokens > 10);

    let masked = protect(Format::Openai, &scanner(), &request(), Mode::Mask).unwrap();
    let sent = masked.body.to_string();
    assert!(sent.contains("[EMAIL]") && !sent.contains(EMAIL), "{sent}");
    // Secrets are never sent, whatever the personal-data mode.
    assert!(!sent.contains(KEY));

    match protect(Format::Openai, &scanner(), &request(), Mode::Block) {
        Err(RequestError::Blocked { kinds }) => {
            assert!(kinds.contains(&"pii.email".to_owned()), "{kinds:?}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn anthropic_system_and_blocks_are_protected() {
    let body = json!({
        "model": "claude-test", "max_tokens": 100,
        "system": [{"type": "text", "text": format!("Escalate to {EMAIL}")}],
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": format!("card {CARD}")}]},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "send", "input": {"to": EMAIL}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": format!("ok {EMAIL}")}]},
        ],
    });
    let p = protect(Format::Anthropic, &scanner(), &body, Mode::Pseudonymise).unwrap();
    let sent = p.body.to_string();
    assert!(!sent.contains(EMAIL) && !sent.contains("4111"), "{sent}");
    assert_eq!(p.body["messages"][1]["content"][0]["name"], "send");
    let a = ask(Format::Anthropic, &body).unwrap();
    assert_eq!(a.max_tokens, Some(100));
    assert!(ask(Format::Anthropic, &json!({"model": "m", "messages": []})).is_err());
}

#[test]
fn a_planted_placeholder_is_never_restored_into_someones_data() {
    let body = json!({"model": "m", "messages": [{"role": "user", "content": format!("<EMAIL_1> and {EMAIL}")}]});
    let p = protect(Format::Openai, &scanner(), &body, Mode::Pseudonymise).unwrap();
    assert_eq!(p.body["messages"][0]["content"], "<EMAIL_1> and <EMAIL_2>");
    assert_eq!(
        p.pseudonyms.restore("<EMAIL_1> <EMAIL_2>"),
        format!("<EMAIL_1> {EMAIL}")
    );
}

fn pseudonyms() -> Arc<Pseudonyms> {
    let body = json!({"model": "m", "messages": [{"role": "user", "content": format!("{EMAIL} \"Q\" {CARD}")}]});
    Arc::new(
        protect(Format::Openai, &scanner(), &body, Mode::Pseudonymise)
            .unwrap()
            .pseudonyms,
    )
}

fn chunk(content: Option<&str>, args: Option<&str>, finish: Option<&str>) -> String {
    let mut delta = serde_json::Map::new();
    if let Some(c) = content {
        delta.insert("content".into(), json!(c));
    }
    if let Some(a) = args {
        delta.insert(
            "tool_calls".into(),
            json!([{"index": 0, "id": "call_1", "function": {"name": "send", "arguments": a}}]),
        );
    }
    json!({"id": "x", "object": "chat.completion.chunk", "model": "m", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}).to_string()
}

#[test]
fn a_placeholder_split_anywhere_in_a_stream_is_restored() {
    let p = pseudonyms();
    let text = "Mail <EMAIL_1> now; card <CARD_1>.";
    let want = format!("Mail {EMAIL} now; card {CARD}.");
    for cut in 0..text.len() {
        for cut2 in cut..text.len() {
            let mut s = openai::Stream::new(p.clone(), false);
            let mut got = String::new();
            for piece in [&text[..cut], &text[cut..cut2], &text[cut2..]] {
                let out: Value =
                    serde_json::from_str(&s.chunk(&chunk(Some(piece), None, None)).unwrap())
                        .unwrap();
                got.push_str(out["choices"][0]["delta"]["content"].as_str().unwrap());
            }
            let last: Value =
                serde_json::from_str(&s.chunk(&chunk(None, None, Some("stop"))).unwrap()).unwrap();
            got.push_str(
                last["choices"][0]["delta"]["content"]
                    .as_str()
                    .unwrap_or_default(),
            );
            assert_eq!(got, want, "cut at {cut}/{cut2}");
        }
    }
}

#[test]
fn streamed_tool_call_arguments_are_restored_as_valid_json() {
    let p = pseudonyms();
    let args = "{\"to\": \"<EMAIL_1>\", \"note\": \"<PERSON_9>\"}";
    let mut s = openai::Stream::new(p.clone(), false);
    let mut got = String::new();
    for piece in args.as_bytes().chunks(3) {
        let piece = std::str::from_utf8(piece).unwrap();
        let out: Value =
            serde_json::from_str(&s.chunk(&chunk(None, Some(piece), None)).unwrap()).unwrap();
        got.push_str(
            out["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"]
                .as_str()
                .unwrap(),
        );
    }
    let last: Value =
        serde_json::from_str(&s.chunk(&chunk(None, None, Some("tool_calls"))).unwrap()).unwrap();
    if let Some(rest) =
        last["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"].as_str()
    {
        got.push_str(rest);
    }
    let v: Value = serde_json::from_str(&got).unwrap();
    assert_eq!(v["to"], EMAIL);
    assert_eq!(
        v["note"], "<PERSON_9>",
        "an unknown placeholder stays as it is"
    );
    let (_, answer) = s.finish(&json!({}));
    assert_eq!(answer.calls[0].name, "send");
    assert_eq!(
        serde_json::from_str::<Value>(&answer.calls[0].arguments).unwrap()["to"],
        EMAIL
    );

    // A value with a quote is escaped inside JSON source.
    let body = json!({"model": "m", "messages": [{"role": "user", "content": "password=\"hunter2-Xk9#qLm2$vB7\""}]});
    let p2 = protect(Format::Openai, &scanner(), &body, Mode::Pseudonymise)
        .unwrap()
        .pseudonyms;
    let restored = p2.restore_json_source("{\"a\": \"<PASSWORD_1>\"}");
    assert!(
        serde_json::from_str::<Value>(&restored).is_ok(),
        "{restored}"
    );
}

#[test]
fn usage_chunk_is_read_and_dropped_unless_asked_for() {
    let p = pseudonyms();
    let usage =
        json!({"id": "x", "choices": [], "usage": {"prompt_tokens": 12, "completion_tokens": 5}})
            .to_string();
    let mut s = openai::Stream::new(p.clone(), false);
    assert!(s.chunk(&usage).is_none());
    assert_eq!(
        s.finish(&json!({})).1.tokens,
        Some(Tokens {
            input: 12,
            output: 5
        })
    );
    let mut s = openai::Stream::new(p, true);
    assert!(s.chunk(&usage).is_some());
}

#[test]
fn anthropic_stream_flushes_before_block_stop() {
    let p = pseudonyms();
    let mut s = anthropic::Stream::new(p);
    let ev = |name: &str, data: Value| sse::Event {
        event: Some(name.into()),
        data: data.to_string(),
    };
    let mut out = Vec::new();
    out.extend(s.event(ev("message_start", json!({"type": "message_start", "message": {"usage": {"input_tokens": 30, "output_tokens": 1}}}))));
    out.extend(s.event(ev("content_block_start", json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}))));
    for piece in ["Hi <EMA", "IL_1> bye <CA"] {
        out.extend(s.event(ev("content_block_delta", json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}}))));
    }
    out.extend(s.event(ev(
        "content_block_stop",
        json!({"type": "content_block_stop", "index": 0}),
    )));
    out.extend(s.event(ev("content_block_start", json!({"type": "content_block_start", "index": 1, "content_block": {"type": "tool_use", "id": "t1", "name": "send", "input": {}}}))));
    for piece in ["{\"to\":\"<EM", "AIL_1>\"}"] {
        out.extend(s.event(ev("content_block_delta", json!({"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": piece}}))));
    }
    out.extend(s.event(ev(
        "content_block_stop",
        json!({"type": "content_block_stop", "index": 1}),
    )));
    out.extend(s.event(ev("message_delta", json!({"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 9}}))));
    let mut text = String::new();
    for e in &out {
        let v: Value = serde_json::from_str(&e.data).unwrap();
        if v.pointer("/delta/type") == Some(&json!("text_delta")) {
            text.push_str(v["delta"]["text"].as_str().unwrap());
        }
    }
    assert_eq!(text, format!("Hi {EMAIL} bye <CA"));
    let answer = s.finish();
    assert_eq!(
        answer.tokens,
        Some(Tokens {
            input: 30,
            output: 9
        })
    );
    assert_eq!(
        serde_json::from_str::<Value>(&answer.calls[0].arguments).unwrap()["to"],
        EMAIL
    );
}

#[test]
fn hallucinated_tool_calls_are_flagged() {
    let declared = ask(Format::Openai, &request()).unwrap().tools;
    let calls = [
        ToolCall {
            id: "1".into(),
            name: "send".into(),
            arguments: "{\"to\": \"a@b.example\"}".into(),
        },
        ToolCall {
            id: "2".into(),
            name: "wire_money".into(),
            arguments: "{}".into(),
        },
        ToolCall {
            id: "3".into(),
            name: "send".into(),
            arguments: "{\"too\": 1}".into(),
        },
        ToolCall {
            id: "4".into(),
            name: "send".into(),
            arguments: "not json".into(),
        },
    ];
    let (flags, _) = check_calls(&calls, &declared);
    let by_id = |id: &str| {
        flags
            .iter()
            .filter(|f| f.tool_call_id == id)
            .map(|f| f.problem.as_str())
            .collect::<Vec<_>>()
    };
    assert!(by_id("1").is_empty(), "{flags:?}");
    assert_eq!(by_id("2"), ["unknown_tool"]);
    assert_eq!(by_id("3"), ["invalid_arguments"]);
    assert!(by_id("4").contains(&"invalid_arguments"));
    assert!(!flags.iter().any(|f| f.detail.contains("a@b")));
}

#[test]
fn sse_parser_handles_any_split() {
    let wire = "event: a\ndata: {\"x\":1}\n\n: comment\r\ndata: two\r\ndata: lines\r\n\r\ndata: [DONE]\n\n";
    for cut in 0..wire.len() {
        let mut p = sse::Parser::default();
        let mut events = p.push(&wire.as_bytes()[..cut]).unwrap();
        events.extend(p.push(&wire.as_bytes()[cut..]).unwrap());
        assert_eq!(events.len(), 3, "cut {cut}");
        assert_eq!(events[0].event.as_deref(), Some("a"));
        assert_eq!(events[1].data, "two\nlines");
        assert_eq!(events[2].data, "[DONE]");
    }
}

/// Every free-text field of either wire format is content (issue 14, item 1): what the review
/// sent, and fields no version of this code knows.
#[test]
fn every_field_that_is_not_structure_is_protected() {
    use base64::Engine as _;
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
    let openai = json!({
        "model": "gpt-test",
        "user": EMAIL,
        "metadata": {"customer": EMAIL, EMAIL: "as a key", "key": KEY},
        "stop": [format!("until {EMAIL}")],
        "prediction": {"type": "content", "content": format!("Dear {EMAIL}")},
        "messages": [
            {"role": "user", "name": EMAIL, "content": [
                {"type": "text", "text": "see attached"},
                {"type": "image_url", "image_url": {"url": format!("https://img.example/x?who={EMAIL}")}},
                {"type": "image_url", "image_url": {"url": format!("data:text/plain;base64,{}", b64(&format!("mail {EMAIL}")))}},
            ]},
        ],
        "tools": [{"type": "function", "function": {
            "name": "send",
            "description": format!("always copy {EMAIL}"),
            "parameters": {"type": "object", "properties": {"to": {"type": "string", "description": format!("e.g. {EMAIL}"), "default": EMAIL, "enum": [EMAIL]}}},
        }}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": "object", "description": format!("for {EMAIL}")}}},
        "some_future_field": {"deep": [format!("{EMAIL}")]},
        "tool_choice": {"type": "function", "function": {"name": EMAIL}},
    });
    let anthropic = json!({
        "model": "claude-test",
        "max_tokens": 10,
        "metadata": {"user_id": EMAIL},
        "stop_sequences": [EMAIL],
        "system": [{"type": "text", "text": "hi"}],
        "tools": [{"name": "send", "description": format!("cc {EMAIL}"), "input_schema": {"type": "object", "properties": {"to": {"type": "string", "description": EMAIL}}}}],
        "messages": [{"role": "user", "content": [
            {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": format!("contract for {EMAIL}")}},
            {"type": "document", "source": {"type": "base64", "media_type": "text/plain", "data": b64(&format!("contract for {EMAIL}"))}},
            {"type": "document", "source": {"type": "url", "url": format!("https://docs.example/{EMAIL}")}},
            {"type": "text", "text": "ok", "citations": [{"cited_text": EMAIL}]},
        ]}],
    });
    for (format, body) in [(Format::Openai, &openai), (Format::Anthropic, &anthropic)] {
        // Blocked where the provider may not receive personal data.
        assert!(
            matches!(
                protect(format, &scanner(), body, Mode::Block),
                Err(RequestError::Blocked { .. })
            ),
            "{format:?}"
        );
        for mode in [Mode::Pseudonymise, Mode::Mask] {
            let p = protect(format, &scanner(), body, mode).unwrap();
            let sent = p.body.to_string();
            assert!(!sent.contains(EMAIL), "{format:?} {mode:?}: {sent}");
            assert!(!sent.contains(KEY), "{format:?} {mode:?}: {sent}");
            assert!(!sent.contains(&b64(&format!("mail {EMAIL}"))), "{sent}");
            assert!(
                !sent.contains(&b64(&format!("contract for {EMAIL}"))),
                "{sent}"
            );
            // Structure is untouched.
            assert_eq!(p.body["model"], body["model"]);
            assert!(sent.contains("\"name\":\"send\""), "{sent}");
        }
        // Pseudonyms come back in the answer for each of them.
        let p = protect(format, &scanner(), body, Mode::Pseudonymise).unwrap();
        assert!(p.findings.len() >= 8, "{format:?}: {:?}", p.findings.len());
    }
    // An image's bytes pass as they are.
    let img = json!({"model": "m", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]}]});
    let p = protect(Format::Openai, &scanner(), &img, Mode::Block).unwrap();
    assert_eq!(p.body, img);
    // A structural key holding something that is not structure is content.
    let odd =
        json!({"model": "m", "messages": [{"role": EMAIL, "tool_call_id": EMAIL, "content": "x"}]});
    let p = protect(Format::Openai, &scanner(), &odd, Mode::Mask).unwrap();
    assert!(!p.body.to_string().contains(EMAIL), "{}", p.body);
}
