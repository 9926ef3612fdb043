//! A fake LLM provider speaking the real wire formats: OpenAI chat completions and Anthropic
//! messages, whole and streamed (server-sent events, tool calls, usage), for the demo, the
//! tests and the benchmarks. There is no model: it answers by a script.
//!
//! - The last user message's text is echoed back: `You said: …` (so whatever placeholders the
//!   gateway put in come back in the answer).
//! - A user message containing `CALL <tool> <json>` is answered with one call of `<tool>` with
//!   those arguments (as the model would propose it).
//! - A model whose name contains `no-usage` reports no token usage; answers stop at
//!   `max_tokens` (counted as four bytes a token, as its usage is).
//! - Streams are cut into 3-byte pieces, so placeholders are split across events.
//! - An OpenAI request containing `[[slow]]` is answered after 30 s (a call in flight).
//!
//! `GET /llm/_requests` lists what it received (format, credential seen, body).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::Upstream;

/// One request the fake provider received.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct LlmRequest {
    /// `openai` or `anthropic`.
    pub format: String,
    /// The credential it carried.
    pub credential: String,
    /// The body.
    pub body: Value,
}

fn last_user_text(body: &Value) -> String {
    let messages = body
        .get("messages")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let Some(m) = messages
        .iter()
        .rev()
        .find(|m| m.get("role").and_then(Value::as_str) == Some("user"))
    else {
        return String::new();
    };
    match m.get("content") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(parts)) => parts
            .iter()
            .filter_map(|p| p.get("text").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

/// The script: a tool call (name, JSON arguments) or a text.
fn script(body: &Value) -> (Option<(String, String)>, String) {
    let text = last_user_text(body);
    if let Some(i) = text.find("CALL ") {
        let rest = text.get(i + 5..).unwrap_or_default().trim();
        let (name, args) = rest.split_once(' ').unwrap_or((rest, "{}"));
        return (
            Some((name.to_owned(), args.trim().to_owned())),
            String::new(),
        );
    }
    let mut answer = format!("You said: {text}");
    // Like a model, it stops at the output limit (about four bytes a token here).
    let limit = ["max_tokens", "max_completion_tokens"]
        .iter()
        .find_map(|k| body.get(*k).and_then(Value::as_u64))
        .and_then(|t| usize::try_from(t.saturating_mul(4)).ok());
    if let Some(limit) = limit
        && answer.len() > limit
    {
        let mut cut = limit;
        while !answer.is_char_boundary(cut) {
            cut -= 1;
        }
        answer.truncate(cut);
    }
    (None, answer)
}

/// Pieces of at most `n` bytes, on character boundaries.
fn pieces(s: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        if cur.len() + c.len_utf8() > n && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn tokens(bytes: usize) -> u64 {
    u64::try_from(bytes.div_ceil(4)).unwrap_or(u64::MAX)
}

fn sse(events: Vec<(Option<&str>, String)>) -> Response {
    let mut out = String::new();
    for (name, data) in events {
        if let Some(n) = name {
            out.push_str("event: ");
            out.push_str(n);
            out.push('\n');
        }
        out.push_str("data: ");
        out.push_str(&data);
        out.push_str("\n\n");
    }
    let chunks: Vec<Result<String, std::convert::Infallible>> =
        pieces(&out, 64).into_iter().map(Ok).collect();
    let mut resp =
        axum::body::Body::from_stream(futures_util::stream::iter(chunks)).into_response();
    if let Ok(v) = "text/event-stream".parse() {
        resp.headers_mut().insert("content-type", v);
    }
    resp
}

fn credential(headers: &HeaderMap) -> String {
    headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .or_else(|| headers.get("x-api-key").and_then(|v| v.to_str().ok()))
        .unwrap_or_default()
        .to_owned()
}

fn check(up: &Upstream, headers: &HeaderMap, format: &str, body: &Value) -> Option<Response> {
    let seen = credential(headers);
    if let Ok(mut i) = up.inner.lock() {
        i.llm.push(LlmRequest {
            format: format.into(),
            credential: seen.clone(),
            body: body.clone(),
        });
    }
    match &up.llm_key {
        Some(k) if k.as_ref() != seen => Some((
            StatusCode::UNAUTHORIZED,
            axum::Json(
                json!({"error": {"message": "invalid api key", "type": "invalid_request_error"}}),
            ),
        )
            .into_response()),
        _ => None,
    }
}

/// `POST /llm/openai/v1/chat/completions`.
pub(crate) async fn openai(
    State(up): State<Upstream>,
    headers: HeaderMap,
    axum::Json(body): axum::Json<Value>,
) -> Response {
    if let Some(r) = check(&up, &headers, "openai", &body) {
        return r;
    }
    // A prompt saying `[[slow]]` keeps the caller waiting (a call in flight, for tests).
    if body.to_string().contains("[[slow]]") {
        tokio::time::sleep(std::time::Duration::from_secs(30)).await;
    }
    let model = body
        .get("model")
        .and_then(Value::as_str)
        .unwrap_or("fake")
        .to_owned();
    let usage_reported = !model.contains("no-usage");
    let (call, text) = script(&body);
    let input = tokens(body.to_string().len());
    let output = tokens(text.len() + call.as_ref().map_or(0, |(n, a)| n.len() + a.len()));
    let usage = json!({"prompt_tokens": input, "completion_tokens": output, "total_tokens": input + output});
    let id = "chatcmpl-fake";
    if body.get("stream").and_then(Value::as_bool) != Some(true) {
        let (message, finish) = match &call {
            Some((name, args)) => (
                json!({"role": "assistant", "content": null, "tool_calls": [{"id": "call_fake_1", "type": "function", "function": {"name": name, "arguments": args}}]}),
                "tool_calls",
            ),
            None => (json!({"role": "assistant", "content": text}), "stop"),
        };
        let mut answer = json!({
            "id": id, "object": "chat.completion", "created": 1_700_000_000, "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": null}],
        });
        if usage_reported && let Some(o) = answer.as_object_mut() {
            o.insert("usage".into(), usage);
        }
        return axum::Json(answer).into_response();
    }
    let chunk = |delta: Value, finish: Value| {
        json!({"id": id, "object": "chat.completion.chunk", "created": 1_700_000_000, "model": model,
               "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})
        .to_string()
    };
    let mut events = vec![(
        None,
        chunk(json!({"role": "assistant", "content": ""}), Value::Null),
    )];
    let finish = match &call {
        Some((name, args)) => {
            events.push((None, chunk(json!({"tool_calls": [{"index": 0, "id": "call_fake_1", "type": "function", "function": {"name": name, "arguments": ""}}]}), Value::Null)));
            for p in pieces(args, 3) {
                events.push((
                    None,
                    chunk(
                        json!({"tool_calls": [{"index": 0, "function": {"arguments": p}}]}),
                        Value::Null,
                    ),
                ));
            }
            "tool_calls"
        }
        None => {
            for p in pieces(&text, 3) {
                events.push((None, chunk(json!({"content": p}), Value::Null)));
            }
            "stop"
        }
    };
    events.push((None, chunk(json!({}), json!(finish))));
    let include_usage = body
        .pointer("/stream_options/include_usage")
        .and_then(Value::as_bool)
        == Some(true);
    if include_usage && usage_reported {
        events.push((
            None,
            json!({"id": id, "object": "chat.completion.chunk", "created": 1_700_000_000, "model": model, "choices": [], "usage": usage}).to_string(),
        ));
    }
    events.push((None, "[DONE]".into()));
    sse(events)
}

/// `POST /llm/anthropic/v1/messages`.
pub(crate) async fn anthropic(
    State(up): State<Upstream>,
    headers: HeaderMap,
    axum::Json(body): axum::Json<Value>,
) -> Response {
    if let Some(r) = check(&up, &headers, "anthropic", &body) {
        return r;
    }
    let model = body
        .get("model")
        .and_then(Value::as_str)
        .unwrap_or("fake")
        .to_owned();
    let (call, text) = script(&body);
    let input = tokens(body.to_string().len());
    let output = tokens(text.len() + call.as_ref().map_or(0, |(n, a)| n.len() + a.len()));
    let id = "msg_fake";
    if body.get("stream").and_then(Value::as_bool) != Some(true) {
        let (content, stop) = match &call {
            Some((name, args)) => (
                json!([{"type": "tool_use", "id": "toolu_fake_1", "name": name, "input": serde_json::from_str::<Value>(args).unwrap_or(json!({}))}]),
                "tool_use",
            ),
            None => (json!([{"type": "text", "text": text}]), "end_turn"),
        };
        return axum::Json(json!({
            "id": id, "type": "message", "role": "assistant", "model": model, "content": content,
            "stop_reason": stop, "stop_sequence": null,
            "usage": {"input_tokens": input, "output_tokens": output},
        }))
        .into_response();
    }
    let mut events: Vec<(Option<&str>, String)> = vec![(
        Some("message_start"),
        json!({"type": "message_start", "message": {"id": id, "type": "message", "role": "assistant", "model": model, "content": [], "stop_reason": null, "stop_sequence": null, "usage": {"input_tokens": input, "output_tokens": 1}}}).to_string(),
    )];
    let stop = match &call {
        Some((name, args)) => {
            events.push((Some("content_block_start"), json!({"type": "content_block_start", "index": 0, "content_block": {"type": "tool_use", "id": "toolu_fake_1", "name": name, "input": {}}}).to_string()));
            for p in pieces(args, 3) {
                events.push((Some("content_block_delta"), json!({"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": p}}).to_string()));
            }
            "tool_use"
        }
        None => {
            events.push((Some("content_block_start"), json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}).to_string()));
            for p in pieces(&text, 3) {
                events.push((Some("content_block_delta"), json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}}).to_string()));
            }
            "end_turn"
        }
    };
    events.push((
        Some("content_block_stop"),
        json!({"type": "content_block_stop", "index": 0}).to_string(),
    ));
    events.push((Some("message_delta"), json!({"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": null}, "usage": {"output_tokens": output}}).to_string()));
    events.push((
        Some("message_stop"),
        json!({"type": "message_stop"}).to_string(),
    ));
    sse(events)
}

/// `GET /llm/_requests`.
pub(crate) async fn requests(State(up): State<Upstream>) -> axum::Json<Vec<LlmRequest>> {
    axum::Json(up.inner.lock().map(|i| i.llm.clone()).unwrap_or_default())
}
