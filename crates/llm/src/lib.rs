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

/// Object keys whose string values are structure, not content: never scanned or changed.
const STRUCTURAL: &[&str] = &[
    "role",
    "type",
    "id",
    "name",
    "tool_call_id",
    "tool_use_id",
    "model",
    "media_type",
    "cache_control",
    "image_url",
    "source",
    "signature",
    "data",
];

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

/// Protects every part of a request that carries content (system, user, assistant and tool
/// messages, tool-call arguments, tool results): personal data by `pii` (`keep`, `mask`,
/// `pseudonymise` or `block`), secrets always pseudonymised, Warden's own secret values
/// always masked (they are never restored). Structure (roles, ids, tool names, images) is left.
pub fn protect(
    format: Format,
    scanner: &Scanner,
    body: &Value,
    pii: Mode,
) -> Result<Protected, RequestError> {
    let mut out = body.clone();
    let mut pseudonyms = Pseudonyms::default();
    let roots: &[&str] = match format {
        Format::Openai => &["messages"],
        Format::Anthropic => &["system", "messages"],
    };
    let mut chars = 0usize;
    // Planted placeholder-shaped text is reserved before any placeholder is minted.
    for root in roots {
        if let Some(v) = body.get(*root) {
            for s in content_strings(v) {
                chars += s.len();
                pseudonyms.reserve_from(s);
            }
        }
    }
    let mut findings = Vec::new();
    let mut blocked = Vec::new();
    if let Some(obj) = out.as_object_mut() {
        for root in roots {
            if let Some(v) = obj.get_mut(*root) {
                let mut path = format!("/{root}");
                walk(
                    scanner,
                    v,
                    pii,
                    &mut pseudonyms,
                    &mut path,
                    &mut findings,
                    &mut blocked,
                );
            }
        }
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

/// The strings of a value that carry content (not under a structural key).
fn content_strings(v: &Value) -> Vec<&str> {
    let mut out = Vec::new();
    fn go<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::String(s) => out.push(s),
            Value::Array(items) => items.iter().for_each(|i| go(i, out)),
            Value::Object(map) => {
                for (k, v) in map {
                    if !STRUCTURAL.contains(&k.as_str()) {
                        go(v, out);
                    }
                }
            }
            _ => {}
        }
    }
    go(v, &mut out);
    out
}

fn mode_for(kind: Kind, pii: Mode) -> Mode {
    match (kind, kind.class()) {
        (Kind::KnownSecret, _) => Mode::Mask,
        (_, Class::Secret) => Mode::Pseudonymise,
        (_, Class::Pii) => pii,
    }
}

fn walk(
    scanner: &Scanner,
    v: &mut Value,
    pii: Mode,
    pseudonyms: &mut Pseudonyms,
    path: &mut String,
    findings: &mut Vec<(String, Finding)>,
    blocked: &mut Vec<Kind>,
) {
    match v {
        Value::String(s) => {
            let found = scanner.scan(s);
            if found.is_empty() {
                return;
            }
            let mut text = String::with_capacity(s.len());
            let mut last = 0;
            for f in &found {
                let (Some(before), Some(value)) = (s.get(last..f.start), s.get(f.start..f.end))
                else {
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
            *s = text;
            findings.extend(found.into_iter().map(|f| (path.clone(), f)));
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                walk(scanner, item, pii, pseudonyms, path, findings, blocked);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, item) in map.iter_mut() {
                if STRUCTURAL.contains(&k.as_str()) {
                    continue;
                }
                let len = path.len();
                path.push('/');
                path.push_str(&k.replace('~', "~0").replace('/', "~1"));
                walk(scanner, item, pii, pseudonyms, path, findings, blocked);
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
