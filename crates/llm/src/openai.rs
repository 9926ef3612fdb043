//! OpenAI chat completions: answers restored, whole or streamed.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Value, json};
use warden_inspect::redact::Pseudonyms;

use crate::{Answer, Calls, Tokens, ToolCall};

/// Restores a whole answer in place and reads it.
pub fn restore(p: &Pseudonyms, body: &mut Value) -> Answer {
    let mut a = Answer::default();
    if let Some(choices) = body.get_mut("choices").and_then(Value::as_array_mut) {
        for choice in choices {
            if let Some(r) = choice.get("finish_reason").and_then(Value::as_str) {
                a.stop_reason = Some(r.to_owned());
            }
            let Some(message) = choice.get_mut("message") else {
                continue;
            };
            for field in ["content", "refusal"] {
                if let Some(Value::String(s)) = message.get_mut(field) {
                    a.sanitized.push_str(s);
                    let restored = p.restore(s);
                    a.restored.push_str(&restored);
                    *s = restored;
                }
            }
            if let Some(calls) = message.get_mut("tool_calls").and_then(Value::as_array_mut) {
                for call in calls {
                    let id = str_at(call, "/id");
                    let name = str_at(call, "/function/name");
                    if let Some(Value::String(args)) = call.pointer_mut("/function/arguments") {
                        a.sanitized.push_str(args);
                        *args = p.restore_json_source(args);
                        a.calls.push(ToolCall {
                            id,
                            name,
                            arguments: args.clone(),
                        });
                    }
                }
            }
        }
    }
    a.tokens = usage(body.get("usage"));
    a
}

fn str_at(v: &Value, pointer: &str) -> String {
    v.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// Reads OpenAI `usage`.
pub fn usage(u: Option<&Value>) -> Option<Tokens> {
    let u = u?.as_object()?;
    Some(Tokens {
        input: u.get("prompt_tokens")?.as_u64()?,
        output: u
            .get("completion_tokens")
            .and_then(Value::as_u64)
            .unwrap_or(0),
    })
}

/// Restores a streamed answer chunk by chunk. Placeholders split across chunks are held back
/// until complete; what a choice still holds is emitted with its `finish_reason` chunk.
pub struct Stream {
    p: Arc<Pseudonyms>,
    /// Held-back text by (choice, tool-call index or none for content).
    pending: HashMap<(u64, Option<u64>), String>,
    calls: Calls,
    answer: Answer,
    /// Whether the client asked for the usage chunk (Warden always asks upstream).
    wants_usage: bool,
}

impl Stream {
    /// A stream restoring `p`'s placeholders.
    pub fn new(p: Arc<Pseudonyms>, wants_usage: bool) -> Self {
        Self {
            p,
            pending: HashMap::new(),
            calls: Calls::new(),
            answer: Answer::default(),
            wants_usage,
        }
    }

    /// Transforms one `data:` payload (not `[DONE]`); returns the payload to send on, or
    /// nothing to drop it.
    pub fn chunk(&mut self, data: &str) -> Option<String> {
        let Ok(mut v) = serde_json::from_str::<Value>(data) else {
            return Some(data.to_owned());
        };
        if let Some(t) = usage(v.get("usage")) {
            self.answer.tokens = Some(t);
        }
        let mut any_choice = false;
        if let Some(choices) = v.get_mut("choices").and_then(Value::as_array_mut) {
            for choice in choices.iter_mut() {
                any_choice = true;
                self.choice(choice);
            }
        }
        if !any_choice && v.get("usage").is_some_and(|u| !u.is_null()) && !self.wants_usage {
            return None;
        }
        if !self.wants_usage
            && let Some(obj) = v.as_object_mut()
        {
            obj.remove("usage");
        }
        Some(v.to_string())
    }

    fn choice(&mut self, choice: &mut Value) {
        let idx = choice.get("index").and_then(Value::as_u64).unwrap_or(0);
        let finished = choice
            .get("finish_reason")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let p = self.p.clone();
        if let Some(delta) = choice.get_mut("delta").and_then(Value::as_object_mut) {
            if let Some(Value::String(s)) = delta.get_mut("content") {
                self.answer.sanitized.push_str(s);
                let pending = self.pending.entry((idx, None)).or_default();
                let out = p.restore_chunk(pending, s, false);
                self.answer.restored.push_str(&out);
                *s = out;
            }
            if let Some(calls) = delta.get_mut("tool_calls").and_then(Value::as_array_mut) {
                for call in calls {
                    let j = call.get("index").and_then(Value::as_u64).unwrap_or(0);
                    let entry = self.calls.entry((idx, j)).or_default();
                    if let Some(id) = call.get("id").and_then(Value::as_str) {
                        entry.id = id.to_owned();
                    }
                    if let Some(name) = call.pointer("/function/name").and_then(Value::as_str)
                        && entry.name.is_empty()
                    {
                        name.clone_into(&mut entry.name);
                    }
                    if let Some(Value::String(a)) = call.pointer_mut("/function/arguments") {
                        self.answer.sanitized.push_str(a);
                        let pending = self.pending.entry((idx, Some(j))).or_default();
                        let out = p.restore_chunk(pending, a, true);
                        entry.arguments.push_str(&out);
                        *a = out;
                    }
                }
            }
        }
        if let Some(reason) = finished {
            self.answer.stop_reason = Some(reason);
            self.flush_choice(idx, choice);
        }
    }

    /// Puts what choice `idx` still holds back into this (its last) chunk's delta.
    fn flush_choice(&mut self, idx: u64, choice: &mut Value) {
        let keys: Vec<(u64, Option<u64>)> = self
            .pending
            .keys()
            .filter(|(c, _)| *c == idx)
            .copied()
            .collect();
        for key in keys {
            let Some(mut pending) = self.pending.remove(&key) else {
                continue;
            };
            if pending.is_empty() {
                continue;
            }
            let rest = self.p.finish_chunks(&mut pending, key.1.is_some());
            let Some(delta) = choice.as_object_mut().map(|c| {
                c.entry("delta")
                    .or_insert_with(|| json!({}))
                    .as_object_mut()
                    .map(std::mem::take)
                    .unwrap_or_default()
            }) else {
                continue;
            };
            let mut delta = delta;
            match key.1 {
                None => {
                    let content = delta
                        .get("content")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned();
                    self.answer.restored.push_str(&rest);
                    delta.insert("content".into(), Value::String(content + &rest));
                }
                Some(j) => {
                    if let Some(c) = self.calls.get_mut(&(idx, j)) {
                        c.arguments.push_str(&rest);
                    }
                    let calls = delta.entry("tool_calls").or_insert_with(|| json!([]));
                    if let Some(arr) = calls.as_array_mut() {
                        arr.push(json!({"index": j, "function": {"arguments": rest}}));
                    }
                }
            }
            if let Some(c) = choice.as_object_mut() {
                c.insert("delta".into(), Value::Object(delta));
            }
        }
    }

    /// The end of the stream (`[DONE]` or the connection closing): a chunk carrying whatever
    /// is still held back (normally nothing), and what was learned.
    pub fn finish(mut self, template: &Value) -> (Option<String>, Answer) {
        let mut choices = Vec::new();
        let mut keys: Vec<(u64, Option<u64>)> = self.pending.keys().copied().collect();
        keys.sort_unstable();
        for key in keys {
            let Some(mut pending) = self.pending.remove(&key) else {
                continue;
            };
            if pending.is_empty() {
                continue;
            }
            let rest = self.p.finish_chunks(&mut pending, key.1.is_some());
            let delta = match key.1 {
                None => {
                    self.answer.restored.push_str(&rest);
                    json!({"content": rest})
                }
                Some(j) => {
                    if let Some(c) = self.calls.get_mut(&(key.0, j)) {
                        c.arguments.push_str(&rest);
                    }
                    json!({"tool_calls": [{"index": j, "function": {"arguments": rest}}]})
                }
            };
            choices.push(json!({"index": key.0, "delta": delta, "finish_reason": null}));
        }
        self.answer.calls = std::mem::take(&mut self.calls).into_values().collect();
        let tail = (!choices.is_empty()).then(|| {
            let mut chunk = template.clone();
            if let Some(obj) = chunk.as_object_mut() {
                obj.insert("choices".into(), Value::Array(choices));
                obj.remove("usage");
            }
            chunk.to_string()
        });
        (tail, self.answer)
    }
}

/// A chunk header (id, object, created, model) to build extra chunks from.
pub fn chunk_template(data: &str) -> Option<Value> {
    let v: Value = serde_json::from_str(data).ok()?;
    let mut t = serde_json::Map::new();
    for k in ["id", "object", "created", "model", "system_fingerprint"] {
        if let Some(x) = v.get(k) {
            t.insert(k.into(), x.clone());
        }
    }
    Some(Value::Object(t))
}
