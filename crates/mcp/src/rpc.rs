//! JSON-RPC 2.0 message shapes, as raw JSON.

use serde_json::{Value, json};

/// Parse error.
pub const PARSE_ERROR: i64 = -32700;
/// Not a valid request object.
pub const INVALID_REQUEST: i64 = -32600;
/// The method does not exist or is not offered.
pub const METHOD_NOT_FOUND: i64 = -32601;
/// Invalid method parameters.
pub const INVALID_PARAMS: i64 = -32602;
/// Internal error.
pub const INTERNAL_ERROR: i64 = -32603;

/// A successful response.
pub fn result(id: &Value, result: Value) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "result": result})
}

/// An error response. `data` carries Warden's stable error code when there is one.
pub fn error(id: &Value, code: i64, message: impl Into<String>, data: Option<Value>) -> Value {
    let mut e = json!({"code": code, "message": message.into()});
    if let (Some(d), Some(obj)) = (data, e.as_object_mut()) {
        obj.insert("data".into(), d);
    }
    json!({"jsonrpc": "2.0", "id": id, "error": e})
}

/// A request.
pub fn request(id: u64, method: &str, params: Value) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params})
}

/// A notification.
pub fn notification(method: &str, params: Value) -> Value {
    json!({"jsonrpc": "2.0", "method": method, "params": params})
}

/// What a JSON-RPC message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Has a method and an id.
    Request,
    /// Has a method, no id.
    Notification,
    /// Has an id and a result or an error.
    Response,
    /// None of those.
    Invalid,
}

/// Classifies a message.
pub fn kind(msg: &Value) -> Kind {
    let has = |k: &str| msg.get(k).is_some();
    if msg.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return Kind::Invalid;
    }
    match (msg.get("method").and_then(Value::as_str), has("id")) {
        (Some(_), true) => Kind::Request,
        (Some(_), false) => Kind::Notification,
        (None, true) if has("result") || has("error") => Kind::Response,
        _ => Kind::Invalid,
    }
}

/// A tool result that reports an error to the model (`isError: true`), with Warden's code in
/// `_meta` for programs.
pub fn tool_error(text: &str, meta: Value) -> Value {
    json!({
        "content": [{"type": "text", "text": text}],
        "isError": true,
        "_meta": {"warden": meta},
    })
}
