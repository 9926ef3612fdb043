//! Anthropic messages: answers restored, whole or streamed.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Value, json};
use warden_inspect::redact::Pseudonyms;

use crate::sse::Event;
use crate::{Answer, Tokens, ToolCall};

/// Restores a whole answer in place and reads it.
pub fn restore(p: &Pseudonyms, body: &mut Value) -> Answer {
    let mut a = Answer {
        stop_reason: body
            .get("stop_reason")
            .and_then(Value::as_str)
            .map(str::to_owned),
        ..Answer::default()
    };
    if let Some(blocks) = body.get_mut("content").and_then(Value::as_array_mut) {
        for block in blocks {
            match block.get("type").and_then(Value::as_str) {
                Some("text") => {
                    if let Some(Value::String(s)) = block.get_mut("text") {
                        a.sanitized.push_str(s);
                        let r = p.restore(s);
                        a.restored.push_str(&r);
                        *s = r;
                    }
                }
                Some("tool_use") => {
                    let id = str_of(block, "id");
                    let name = str_of(block, "name");
                    if let Some(input) = block.get_mut("input") {
                        a.sanitized.push_str(&input.to_string());
                        *input = p.restore_json(input);
                        a.calls.push(ToolCall {
                            id,
                            name,
                            arguments: input.to_string(),
                        });
                    }
                }
                _ => {}
            }
        }
    }
    a.tokens = usage(body.get("usage"), None);
    a
}

fn str_of(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// Reads Anthropic `usage` (`input_tokens` may come from an earlier event of a stream).
pub fn usage(u: Option<&Value>, input: Option<u64>) -> Option<Tokens> {
    let u = u?.as_object()?;
    let input = u.get("input_tokens").and_then(Value::as_u64).or(input)?;
    Some(Tokens {
        input,
        output: u.get("output_tokens").and_then(Value::as_u64).unwrap_or(0),
    })
}

/// Restores a streamed answer event by event; what a content block still holds back is sent
/// as one more delta just before its `content_block_stop`.
pub struct Stream {
    p: Arc<Pseudonyms>,
    /// Per content block: its type (`text`, `tool_use`) and held-back text.
    blocks: HashMap<u64, (String, String)>,
    calls: Vec<(u64, ToolCall)>,
    input_tokens: Option<u64>,
    answer: Answer,
}

impl Stream {
    /// A stream restoring `p`'s placeholders.
    pub fn new(p: Arc<Pseudonyms>) -> Self {
        Self {
            p,
            blocks: HashMap::new(),
            calls: Vec::new(),
            input_tokens: None,
            answer: Answer::default(),
        }
    }

    /// Transforms one event; returns the events to send on. `message_delta` is returned as it
    /// is: the caller adds Warden's findings to it (see [`Stream::is_message_delta`]).
    pub fn event(&mut self, e: Event) -> Vec<Event> {
        let Ok(mut v) = serde_json::from_str::<Value>(&e.data) else {
            return vec![e];
        };
        let kind = v
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let index = v.get("index").and_then(Value::as_u64).unwrap_or(0);
        match kind.as_str() {
            "message_start" => {
                self.input_tokens = v
                    .pointer("/message/usage/input_tokens")
                    .and_then(Value::as_u64);
                if let Some(t) = usage(v.pointer("/message/usage"), None) {
                    self.answer.tokens = Some(t);
                }
                vec![e]
            }
            "content_block_start" => {
                let block = v.get("content_block").cloned().unwrap_or(Value::Null);
                let btype = str_of(&block, "type");
                if btype == "tool_use" {
                    self.calls.push((
                        index,
                        ToolCall {
                            id: str_of(&block, "id"),
                            name: str_of(&block, "name"),
                            arguments: String::new(),
                        },
                    ));
                }
                if btype == "text"
                    && let Some(Value::String(s)) = v.pointer_mut("/content_block/text")
                    && !s.is_empty()
                {
                    self.answer.sanitized.push_str(s);
                    let mut pending = String::new();
                    let out = self.p.restore_chunk(&mut pending, s, false);
                    self.answer.restored.push_str(&out);
                    *s = out;
                    self.blocks.insert(index, (btype, pending));
                    return vec![Event {
                        event: e.event,
                        data: v.to_string(),
                    }];
                }
                self.blocks.insert(index, (btype, String::new()));
                vec![e]
            }
            "content_block_delta" => {
                let p = self.p.clone();
                let entry = self.blocks.entry(index).or_default();
                let (field, json_source) = match v.pointer("/delta/type").and_then(Value::as_str) {
                    Some("text_delta") => ("text", false),
                    Some("input_json_delta") => ("partial_json", true),
                    _ => return vec![e],
                };
                let Some(Value::String(s)) = v.pointer_mut(&format!("/delta/{field}")) else {
                    return vec![e];
                };
                self.answer.sanitized.push_str(s);
                let out = p.restore_chunk(&mut entry.1, s, json_source);
                if json_source {
                    if let Some((_, c)) = self.calls.iter_mut().find(|(i, _)| *i == index) {
                        c.arguments.push_str(&out);
                    }
                } else {
                    self.answer.restored.push_str(&out);
                }
                *s = out;
                vec![Event {
                    event: e.event,
                    data: v.to_string(),
                }]
            }
            "content_block_stop" => {
                let mut out = Vec::new();
                if let Some((btype, mut pending)) = self.blocks.remove(&index)
                    && !pending.is_empty()
                {
                    let tool = btype == "tool_use";
                    let rest = self.p.finish_chunks(&mut pending, tool);
                    let delta = if tool {
                        if let Some((_, c)) = self.calls.iter_mut().find(|(i, _)| *i == index) {
                            c.arguments.push_str(&rest);
                        }
                        json!({"type": "input_json_delta", "partial_json": rest})
                    } else {
                        self.answer.restored.push_str(&rest);
                        json!({"type": "text_delta", "text": rest})
                    };
                    out.push(Event {
                        event: Some("content_block_delta".into()),
                        data:
                            json!({"type": "content_block_delta", "index": index, "delta": delta})
                                .to_string(),
                    });
                }
                out.push(e);
                out
            }
            "message_delta" => {
                if let Some(r) = v.pointer("/delta/stop_reason").and_then(Value::as_str) {
                    self.answer.stop_reason = Some(r.to_owned());
                }
                if let Some(t) = usage(v.get("usage"), self.input_tokens) {
                    self.answer.tokens = Some(t);
                }
                vec![e]
            }
            _ => vec![e],
        }
    }

    /// Whether an event is the `message_delta` (where Warden's findings are added).
    pub fn is_message_delta(e: &Event) -> bool {
        e.event.as_deref() == Some("message_delta")
            || e.data.contains("\"message_delta\"")
                && serde_json::from_str::<Value>(&e.data)
                    .is_ok_and(|v| v.get("type").and_then(Value::as_str) == Some("message_delta"))
    }

    /// The tool calls so far (complete once every content block has stopped).
    pub fn calls(&self) -> Vec<ToolCall> {
        self.calls.iter().map(|(_, c)| c.clone()).collect()
    }

    /// What was learned.
    pub fn finish(mut self) -> Answer {
        self.answer.calls = self.calls.into_iter().map(|(_, c)| c).collect();
        self.answer
    }
}
