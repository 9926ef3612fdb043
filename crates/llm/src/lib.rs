//! The LLM wire formats Warden proxies (OpenAI chat completions and Anthropic messages): what
//! a request asks for, protecting every part of it before it leaves (pseudonymise, mask or
//! block personal data; secrets never leave), restoring placeholders in the answer (also in
//! streamed deltas split anywhere and inside tool-call arguments), reading token usage, and
//! checking the tool calls a model proposes.
//!
//! Pure functions over `serde_json::Value`: no I/O, so every path is unit-tested and fuzzable.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Value, json};
use warden_inspect::redact::{Mode, Pseudonyms};
use warden_inspect::{Class, Finding, Kind, Scanner};

pub mod anthropic;
pub mod openai;
pub mod sse;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod wire_tests;

/// Which wire format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// OpenAI chat completions.
    Openai,
    /// Anthropic messages.
    Anthropic,
}

/// The request could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    /// Not the shape the endpoint takes.
    #[error("{0}")]
    Invalid(String),
    /// More personal data values or secrets than any real prompt carries (more than
    /// [`MAX_FINDINGS`]): refused, and nothing of them is kept.
    #[error("the request holds more than {MAX_FINDINGS} personal data values or secrets")]
    TooMany,
    /// Personal data or a secret whose mode is `block`.
    #[error("the request holds {}, which this provider may not receive", kinds.join(", "))]
    Blocked {
        /// The kinds found.
        kinds: Vec<String>,
    },
}

/// A tool the request offers the model.
#[derive(Debug, Clone, PartialEq)]
pub struct DeclaredTool {
    /// Its name.
    pub name: String,
    /// Its argument schema, if it gave one.
    pub schema: Option<Value>,
}

/// What a request asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Ask {
    /// The model.
    pub model: String,
    /// Whether the answer is streamed.
    pub stream: bool,
    /// The output limit the request names, if any.
    pub max_tokens: Option<u64>,
    /// The tools it offers the model.
    pub tools: Vec<DeclaredTool>,
    /// Whether a streamed OpenAI answer should end with a usage chunk
    /// (`stream_options.include_usage`).
    pub wants_usage: bool,
}

/// The text of every tool result in a request's messages (OpenAI `tool`/`function` messages,
/// Anthropic `tool_result` blocks): content the agent read, for injection screening.
pub fn tool_results(format: Format, body: &Value) -> Vec<String> {
    fn text_of(content: &Value, out: &mut Vec<String>) {
        match content {
            Value::String(s) => out.push(s.clone()),
            Value::Array(parts) => {
                for p in parts {
                    match p {
                        Value::String(s) => out.push(s.clone()),
                        Value::Object(o) => {
                            if let Some(Value::String(t)) = o.get("text") {
                                out.push(t.clone());
                            }
                            if let Some(c) = o.get("content") {
                                text_of(c, out);
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let Some(messages) = body.get("messages").and_then(Value::as_array) else {
        return out;
    };
    for m in messages {
        match format {
            Format::Openai => {
                let role = m.get("role").and_then(Value::as_str).unwrap_or_default();
                if (role == "tool" || role == "function")
                    && let Some(c) = m.get("content")
                {
                    text_of(c, &mut out);
                }
            }
            Format::Anthropic => {
                for block in m
                    .get("content")
                    .and_then(Value::as_array)
                    .map_or(&[][..], Vec::as_slice)
                {
                    if block.get("type").and_then(Value::as_str) == Some("tool_result")
                        && let Some(c) = block.get("content")
                    {
                        text_of(c, &mut out);
                    }
                }
            }
        }
    }
    out
}

/// The text of a request's instructions — OpenAI `system`, `developer` and `user` messages,
/// Anthropic `system` and the text blocks of `user` messages (not their tool results): what
/// the person or the application asked, for argument provenance. Each with whether a user said
/// it (`true`) or the application (a system or developer prompt: `false`).
pub fn instructions(format: Format, body: &Value) -> Vec<(String, bool)> {
    fn texts(content: &Value, out: &mut Vec<String>) {
        match content {
            Value::String(s) => out.push(s.clone()),
            Value::Array(parts) => {
                for p in parts {
                    let kind = p.get("type").and_then(Value::as_str).unwrap_or("text");
                    if kind == "text"
                        && let Some(Value::String(t)) = p.get("text")
                    {
                        out.push(t.clone());
                    }
                }
            }
            _ => {}
        }
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut part = Vec::new();
    if format == Format::Anthropic
        && let Some(system) = body.get("system")
    {
        texts(system, &mut part);
        out.extend(part.drain(..).map(|t| (t, false)));
    }
    for m in body
        .get("messages")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice)
    {
        let role = m.get("role").and_then(Value::as_str).unwrap_or_default();
        let instruction = match format {
            Format::Openai => matches!(role, "system" | "developer" | "user"),
            Format::Anthropic => role == "user",
        };
        if instruction && let Some(c) = m.get("content") {
            texts(c, &mut part);
            out.extend(part.drain(..).map(|t| (t, role == "user")));
        }
    }
    out
}

/// Reads what a request asks for.
pub fn ask(format: Format, body: &Value) -> Result<Ask, RequestError> {
    let obj = body
        .as_object()
        .ok_or_else(|| RequestError::Invalid("the request body must be a JSON object".into()))?;
    let model = obj
        .get("model")
        .and_then(Value::as_str)
        .filter(|m| !m.is_empty())
        .ok_or_else(|| RequestError::Invalid("`model` must be a non-empty string".into()))?
        .to_owned();
    if !obj.get("messages").is_some_and(Value::is_array) {
        return Err(RequestError::Invalid("`messages` must be an array".into()));
    }
    let stream = match obj.get("stream") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(RequestError::Invalid("`stream` must be a boolean".into())),
    };
    let limit_key = match format {
        Format::Openai if obj.contains_key("max_completion_tokens") => "max_completion_tokens",
        Format::Openai | Format::Anthropic => "max_tokens",
    };
    let max_tokens = match obj.get(limit_key) {
        None | Some(Value::Null) => None,
        Some(v) => Some(v.as_u64().filter(|n| *n > 0).ok_or_else(|| {
            RequestError::Invalid(format!("`{limit_key}` must be a positive integer"))
        })?),
    };
    if format == Format::Anthropic && max_tokens.is_none() {
        return Err(RequestError::Invalid("`max_tokens` is required".into()));
    }
    let mut tools = Vec::new();
    match obj.get("tools") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, t) in items.iter().enumerate() {
                let (name, schema) = match format {
                    Format::Openai => (
                        t.pointer("/function/name").and_then(Value::as_str),
                        t.pointer("/function/parameters").cloned(),
                    ),
                    Format::Anthropic => (
                        t.get("name").and_then(Value::as_str),
                        t.get("input_schema").cloned(),
                    ),
                };
                let name = name.ok_or_else(|| {
                    RequestError::Invalid(format!("`tools[{i}]` has no function name"))
                })?;
                tools.push(DeclaredTool {
                    name: name.to_owned(),
                    schema,
                });
            }
        }
        Some(_) => return Err(RequestError::Invalid("`tools` must be an array".into())),
    }
    let wants_usage = obj
        .get("stream_options")
        .and_then(|o| o.get("include_usage"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    Ok(Ask {
        model,
        stream,
        max_tokens,
        tools,
        wants_usage,
    })
}

/// Whether the string `value` at object key `key` is structure the provider needs unchanged
/// (a model name, a role, a type tag, an id, a tool's name, a media type, a signature, an
/// image's bytes): only known keys, and only when the value has the shape such a field has.
/// Everything else — free text, fields this code does not know (future API versions),
/// structural keys holding something that does not look like structure — is content.
/// `parent` is the object holding `key`; `depth` 0 is the request itself.
fn is_structure(
    key: &str,
    value: &str,
    parent: &serde_json::Map<String, Value>,
    depth: usize,
) -> bool {
    let ident = |max: usize, extra: &[u8]| {
        !value.is_empty()
            && value.len() <= max
            && value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || extra.contains(&b))
    };
    let lower_enum = || {
        !value.is_empty()
            && value.len() <= 40
            && value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'-' || b.is_ascii_digit())
    };
    match key {
        "model" => depth == 0 && ident(128, b".-:/@"),
        "role" => matches!(
            value,
            "system" | "user" | "assistant" | "tool" | "developer" | "function"
        ),
        "type" | "detail" | "format" | "voice" | "reasoning_effort" | "service_tier"
        | "verbosity" => lower_enum(),
        "tool_choice" => depth == 0 && matches!(value, "auto" | "none" | "required" | "any"),
        "id" | "tool_call_id" | "tool_use_id" => ident(128, b"-"),
        // A tool's (or a tool call's) name; a message's `name` is the participant's: content.
        "name" => !parent.contains_key("role") && ident(64, b"-."),
        "media_type" => {
            value.len() <= 100
                && value.split_once('/').is_some_and(|(a, b)| {
                    !a.is_empty()
                        && !b.is_empty()
                        && value
                            .bytes()
                            .all(|c| c.is_ascii_alphanumeric() || b"/.+-".contains(&c))
                })
        }
        // Thinking-block signatures: opaque base64 the provider checks.
        "signature" => ident(65_536, b"+/=-"),
        // An image's bytes (`data:image/…;base64,` or an Anthropic base64 image source) cannot
        // be read for text here; every other URL and every text source is content.
        "url" => image_data_url(value),
        "data" => {
            parent.get("type").and_then(Value::as_str) == Some("base64")
                && parent
                    .get("media_type")
                    .and_then(Value::as_str)
                    .is_some_and(|m| m.starts_with("image/"))
        }
        _ => false,
    }
}

/// Where the base64 payload of a text carried encoded starts in the value at `key` of
/// `parent`: a non-image `data:` URL, or a base64 document source whose media type is not an
/// image.
fn encoded_text(key: &str, parent: &serde_json::Map<String, Value>) -> Option<usize> {
    let value = parent.get(key)?.as_str()?;
    match key {
        "url" if value.starts_with("data:") && !image_data_url(value) => {
            value.find(";base64,").map(|i| i + ";base64,".len())
        }
        "data"
            if parent.get("type").and_then(Value::as_str) == Some("base64")
                && !parent
                    .get("media_type")
                    .and_then(Value::as_str)
                    .is_some_and(|m| m.starts_with("image/")) =>
        {
            Some(0)
        }
        _ => None,
    }
}

#[allow(clippy::too_many_arguments, reason = "the walk's state")]
fn protect_encoded(
    scanner: &Scanner,
    value: &str,
    prefix_len: usize,
    pii: Mode,
    pseudonyms: &mut Pseudonyms,
    path: &str,
    findings: &mut Vec<(String, Finding)>,
    blocked: &mut Vec<Kind>,
) -> Option<String> {
    use base64::Engine as _;
    let engine = base64::engine::general_purpose::STANDARD;
    let (prefix, payload) = (value.get(..prefix_len)?, value.get(prefix_len..)?);
    let Ok(decoded) = engine.decode(payload.trim()) else {
        // Not base64 after all: read as it is.
        return protect_text(scanner, value, pii, pseudonyms, path, findings, blocked);
    };
    // Not text (a PDF, an archive) cannot be read here; what is written in clear in its bytes
    // is still found.
    let text = match String::from_utf8(decoded) {
        Ok(t) => t,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    let protected = protect_text(scanner, &text, pii, pseudonyms, path, findings, blocked)?;
    Some(format!("{prefix}{}", engine.encode(protected)))
}

/// `data:image/<type>;base64,<bytes>`.
fn image_data_url(url: &str) -> bool {
    url.strip_prefix("data:image/")
        .and_then(|rest| rest.split_once(";base64,"))
        .is_some_and(|(sub, b64)| {
            sub.bytes()
                .all(|c| c.is_ascii_alphanumeric() || b".+-".contains(&c))
                && b64
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || b"+/=".contains(&c))
        })
}

/// Most findings one request may hold; scanning stops there and the request is refused.
pub const MAX_FINDINGS: usize = 1000;

/// A request as it may leave, with what was found in it (JSON Pointer of each string) and the
/// pseudonyms to restore in the answer.
#[derive(Debug)]
pub struct Protected {
    /// The body to send.
    pub body: Value,
    /// What was found, where.
    pub findings: Vec<(String, Finding)>,
    /// Placeholders minted for this request.
    pub pseudonyms: Pseudonyms,
    /// Estimated input tokens (about four characters a token).
    pub estimated_input_tokens: u64,
}

/// Protects every part of a request that is not structure: messages, system prompts, tool
/// definitions and their schemas, `user`, `metadata`, `stop`, `prediction`, response formats,
/// text documents, URLs, object keys, and any field a future API version adds — personal data
/// by `pii` (`keep`, `mask`, `pseudonymise` or `block`), secrets always pseudonymised,
/// Warden's own secret values always masked (they are never restored). Only the positions
/// [`is_structure`] names pass untouched.
pub fn protect(
    format: Format,
    scanner: &Scanner,
    body: &Value,
    pii: Mode,
) -> Result<Protected, RequestError> {
    let _ = format;
    let mut out = body.clone();
    let mut pseudonyms = Pseudonyms::default();
    let mut chars = 0usize;
    // Planted placeholder-shaped text is reserved before any placeholder is minted.
    for s in content_strings(body) {
        chars += s.len();
        pseudonyms.reserve_from(s);
    }
    let mut findings = Vec::new();
    let mut blocked = Vec::new();
    let mut path = String::new();
    walk(
        scanner,
        &mut out,
        pii,
        &mut pseudonyms,
        &mut path,
        &mut findings,
        &mut blocked,
        0,
    );
    if findings.len() > MAX_FINDINGS {
        return Err(RequestError::TooMany);
    }
    if !blocked.is_empty() {
        blocked.sort_unstable();
        blocked.dedup();
        return Err(RequestError::Blocked {
            kinds: blocked
                .into_iter()
                .map(|k: Kind| k.as_str().to_owned())
                .collect(),
        });
    }
    let messages = body
        .get("messages")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    Ok(Protected {
        body: out,
        findings,
        pseudonyms,
        estimated_input_tokens: estimate_tokens(chars) + 4 * messages as u64,
    })
}

/// About four characters a token, rounded up.
pub fn estimate_tokens(chars: usize) -> u64 {
    (chars as u64).div_ceil(4)
}

/// The strings of a value that carry content (keys included; not structure).
fn content_strings(v: &Value) -> Vec<&str> {
    let mut out = Vec::new();
    fn go<'a>(v: &'a Value, out: &mut Vec<&'a str>, depth: usize) {
        match v {
            Value::String(s) => out.push(s),
            Value::Array(items) => items.iter().for_each(|i| go(i, out, depth + 1)),
            Value::Object(map) => {
                for (k, v) in map {
                    out.push(k);
                    match v {
                        Value::String(s) if is_structure(k, s, map, depth) => {}
                        _ => go(v, out, depth + 1),
                    }
                }
            }
            _ => {}
        }
    }
    go(v, &mut out, 0);
    out
}

fn mode_for(kind: Kind, pii: Mode) -> Mode {
    match (kind, kind.class()) {
        (Kind::KnownSecret, _) => Mode::Mask,
        (_, Class::Secret) => Mode::Pseudonymise,
        (_, Class::Pii) => pii,
    }
}

/// `s` protected: what was found in it replaced per its mode (`None` when nothing changed).
fn protect_text(
    scanner: &Scanner,
    s: &str,
    pii: Mode,
    pseudonyms: &mut Pseudonyms,
    path: &str,
    findings: &mut Vec<(String, Finding)>,
    blocked: &mut Vec<Kind>,
) -> Option<String> {
    // Past the limit nothing more is scanned (the request will be refused): memory stays
    // bounded whatever the prompt holds.
    if findings.len() > MAX_FINDINGS {
        return None;
    }
    let (found, over) = scanner.scan_capped(s, MAX_FINDINGS + 1 - findings.len());
    if over {
        // Past the limit: the request is refused; nothing of this string is kept.
        findings.extend(found.into_iter().map(|f| (path.to_owned(), f)));
        return None;
    }
    if found.is_empty() {
        return None;
    }
    let mut text = String::with_capacity(s.len());
    let mut last = 0;
    for f in &found {
        let (Some(before), Some(value)) = (s.get(last..f.start), s.get(f.start..f.end)) else {
            continue;
        };
        let replacement = match mode_for(f.kind, pii) {
            Mode::Keep => continue,
            Mode::Mask => format!("[{}]", f.kind.label()),
            Mode::Remove => String::new(),
            Mode::Pseudonymise => pseudonyms.placeholder(f.kind, value),
            Mode::Block => {
                blocked.push(f.kind);
                continue;
            }
        };
        text.push_str(before);
        text.push_str(&replacement);
        last = f.end;
    }
    text.push_str(s.get(last..).unwrap_or_default());
    findings.extend(found.into_iter().map(|f| (path.to_owned(), f)));
    Some(text)
}

#[allow(clippy::too_many_arguments, reason = "one recursive walk's state")]
fn walk(
    scanner: &Scanner,
    v: &mut Value,
    pii: Mode,
    pseudonyms: &mut Pseudonyms,
    path: &mut String,
    findings: &mut Vec<(String, Finding)>,
    blocked: &mut Vec<Kind>,
    depth: usize,
) {
    match v {
        Value::String(s) => {
            if let Some(text) = protect_text(scanner, s, pii, pseudonyms, path, findings, blocked) {
                *s = text;
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                walk(
                    scanner,
                    item,
                    pii,
                    pseudonyms,
                    path,
                    findings,
                    blocked,
                    depth + 1,
                );
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            let structure: Vec<String> = map
                .iter()
                .filter(|(k, v)| v.as_str().is_some_and(|s| is_structure(k, s, map, depth)))
                .map(|(k, _)| k.clone())
                .collect();
            // In key order, whatever the map's own order: placeholders are numbered the same
            // in every build (serde_json's `preserve_order` is on in some, not in others).
            let mut keys: Vec<String> = map.keys().cloned().collect();
            keys.sort_unstable();
            for k in keys {
                let len = path.len();
                path.push('/');
                path.push_str(&k.replace('~', "~0").replace('/', "~1"));
                let encoded = encoded_text(&k, map);
                if !structure.contains(&k)
                    && let Some(item) = map.get_mut(&k)
                {
                    match (encoded, item.as_str()) {
                        // Text carried base64-encoded (a `data:text/…` URL, a base64 text
                        // document): decoded, protected, encoded again.
                        (Some(prefix_len), Some(s)) => {
                            if let Some(text) = protect_encoded(
                                scanner, s, prefix_len, pii, pseudonyms, path, findings, blocked,
                            ) {
                                *item = Value::String(text);
                            }
                        }
                        _ => walk(
                            scanner,
                            item,
                            pii,
                            pseudonyms,
                            path,
                            findings,
                            blocked,
                            depth + 1,
                        ),
                    }
                }
                // Keys are content too (a metadata key, a schema property name).
                if let Some(renamed) =
                    protect_text(scanner, &k, pii, pseudonyms, path, findings, blocked)
                    && renamed != k
                    && let Some(item) = map.remove(&k)
                {
                    map.insert(renamed, item);
                }
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// A tool call the model proposed (arguments as restored for the agent).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToolCall {
    /// The call's id.
    pub id: String,
    /// The tool's name.
    pub name: String,
    /// Its arguments as JSON text.
    pub arguments: String,
}

/// Something wrong with a proposed tool call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// The call's id.
    pub tool_call_id: String,
    /// The tool it names.
    pub name: String,
    /// `unknown_tool`, `invalid_arguments` or `not_allowed`.
    pub problem: String,
    /// Why, for people (never argument values).
    pub detail: String,
}

/// Checks proposed calls against the tools the request offered: a tool that was not offered,
/// arguments that are not a JSON object or do not satisfy the offered schema are flagged.
/// Returns the flags and each call's parsed arguments (when they parse).
pub fn check_calls(
    calls: &[ToolCall],
    declared: &[DeclaredTool],
) -> (Vec<Flag>, Vec<Option<Value>>) {
    let mut flags = Vec::new();
    let mut parsed = Vec::new();
    for c in calls {
        let flag = |problem: &str, detail: String| Flag {
            tool_call_id: c.id.clone(),
            name: c.name.clone(),
            problem: problem.into(),
            detail,
        };
        let args: Option<Value> = if c.arguments.trim().is_empty() {
            Some(json!({}))
        } else {
            serde_json::from_str(&c.arguments).ok()
        };
        match &args {
            Some(Value::Object(_)) => {}
            _ => flags.push(flag(
                "invalid_arguments",
                "the arguments are not a JSON object".into(),
            )),
        }
        match declared.iter().find(|d| d.name == c.name) {
            None => flags.push(flag(
                "unknown_tool",
                format!(
                    "the model called `{}`, which the request did not offer",
                    c.name
                ),
            )),
            Some(d) => {
                if let (Some(schema), Some(a @ Value::Object(_))) = (&d.schema, &args) {
                    match jsonschema::options().build(schema) {
                        Ok(validator) => {
                            let errors: Vec<String> = validator
                                .iter_errors(a)
                                .take(3)
                                .map(|e| {
                                    let at = e.instance_path().to_string();
                                    let at = if at.is_empty() { "/".into() } else { at };
                                    format!("at `{at}`: {}", error_kind(&e))
                                })
                                .collect();
                            if !errors.is_empty() {
                                flags.push(flag(
                                    "invalid_arguments",
                                    format!(
                                        "the arguments do not match the schema of `{}`: {}",
                                        c.name,
                                        errors.join("; ")
                                    ),
                                ));
                            }
                        }
                        Err(_) => flags.push(flag(
                            "invalid_arguments",
                            format!("the offered schema of `{}` does not compile", c.name),
                        )),
                    }
                }
            }
        }
        parsed.push(args);
    }
    (flags, parsed)
}

/// A schema error without the offending value (which may be personal data).
fn error_kind(e: &jsonschema::ValidationError<'_>) -> String {
    use jsonschema::error::ValidationErrorKind as K;
    match e.kind() {
        K::Required { property } => format!("missing required property {property}"),
        K::AdditionalProperties { unexpected } => {
            format!("unexpected properties {}", unexpected.join(", "))
        }
        K::Type { .. } => "wrong type".into(),
        K::Enum { .. } => "not one of the allowed values".into(),
        K::Minimum { .. }
        | K::Maximum { .. }
        | K::ExclusiveMinimum { .. }
        | K::ExclusiveMaximum { .. } => "out of range".into(),
        K::MinLength { .. } | K::MaxLength { .. } => "wrong length".into(),
        K::Pattern { .. } => "does not match the pattern".into(),
        _ => "does not satisfy the schema".into(),
    }
}

/// Tokens a provider reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tokens {
    /// Input tokens.
    pub input: u64,
    /// Output tokens.
    pub output: u64,
}

/// What Warden learned from an answer: its text as the provider sent it (placeholders, not
/// values: for the audit log), the text as restored (for the injection screen), proposed
/// tool calls, and usage.
#[derive(Debug, Clone, Default)]
pub struct Answer {
    /// Text with placeholders.
    pub sanitized: String,
    /// Text as the agent sees it.
    pub restored: String,
    /// Proposed tool calls, restored.
    pub calls: Vec<ToolCall>,
    /// Reported usage, if the provider reported it.
    pub tokens: Option<Tokens>,
    /// Why it stopped (`stop`, `tool_calls`, `end_turn`, …).
    pub stop_reason: Option<String>,
}

/// Ordered map used by stream state (tool calls by choice and index).
pub(crate) type Calls = BTreeMap<(u64, u64), ToolCall>;
