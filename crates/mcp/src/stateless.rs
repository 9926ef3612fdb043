//! The session-less revision of MCP (2026-07-28): no `initialize` and no session; every
//! request carries its envelope in `params._meta` (protocol version, client capabilities,
//! client info) and its routing in HTTP headers that must agree with the body (`Mcp-Method`,
//! `Mcp-Name`, `Mcp-Param-*`); results carry `resultType`, cacheable ones `ttlMs` and
//! `cacheScope`; a server that needs something from the client answers "input required" and
//! the client retries the same request with `inputResponses` and the `requestState`.
//!
//! Here are the rules as pure functions over the header values and the message, checked in
//! the order the official SDK checks them, with its error codes and messages; the endpoint is
//! in `warden-server`.

use serde_json::{Map, Value, json};

/// The revision.
pub const VERSION: &str = "2026-07-28";
/// A routing header disagrees with the body, is missing, or is repeated.
pub const HEADER_MISMATCH: i64 = -32020;
/// The request lacks a client capability the server needs.
pub const MISSING_CAPABILITY: i64 = -32021;
/// The protocol version is not one this server speaks.
pub const UNSUPPORTED_VERSION: i64 = -32022;

/// `params._meta` keys of the envelope.
pub const META_VERSION: &str = "io.modelcontextprotocol/protocolVersion";
/// The client's capabilities, for this request only.
pub const META_CAPABILITIES: &str = "io.modelcontextprotocol/clientCapabilities";
/// The client's name and version (display only).
pub const META_CLIENT: &str = "io.modelcontextprotocol/clientInfo";
/// The server's name and version, on every result.
pub const META_SERVER: &str = "io.modelcontextprotocol/serverInfo";

/// Methods whose results carry cache hints.
pub const CACHEABLE: &[&str] = &[
    "tools/list",
    "prompts/list",
    "resources/list",
    "resources/templates/list",
    "resources/read",
    "server/discover",
];

/// The routing headers a request carried (each as every value it had, in order).
#[derive(Debug, Default, Clone)]
pub struct Routing {
    /// `MCP-Protocol-Version`.
    pub version: Vec<String>,
    /// `Mcp-Method`.
    pub method: Vec<String>,
    /// `Mcp-Name`.
    pub name: Vec<String>,
    /// `Mcp-Param-<Token>` by lower-cased token.
    pub params: Vec<(String, String)>,
}

/// A request refused before dispatch: JSON-RPC code, message, data.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejection {
    /// The JSON-RPC error code.
    pub code: i64,
    /// Its message.
    pub message: String,
    /// Its data, if any.
    pub data: Option<Value>,
}

impl Rejection {
    fn new(code: i64, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            data: None,
        }
    }

    /// The HTTP status this error is answered with (the SDK's table).
    pub fn status(&self) -> u16 {
        status_of(self.code)
    }
}

/// The HTTP status of a JSON-RPC error code in this revision: malformed requests 400, an
/// unknown method 404, everything else (the request was understood) 200.
pub fn status_of(code: i64) -> u16 {
    match code {
        -32700 | -32600 | -32602 | HEADER_MISMATCH | MISSING_CAPABILITY | UNSUPPORTED_VERSION => {
            400
        }
        -32601 => 404,
        _ => 200,
    }
}

/// Whether a request belongs to this revision: its `MCP-Protocol-Version` header names a
/// version that is not of the handshake era, or (without the header) its body carries the
/// envelope and is not an `initialize`.
pub fn is_stateless(header_version: Option<&str>, msg: &Value, handshake: &[&str]) -> bool {
    if let Some(v) = header_version {
        return !handshake.contains(&v);
    }
    msg.get("method").and_then(Value::as_str) != Some("initialize")
        && msg
            .get("params")
            .and_then(|p| p.get("_meta"))
            .and_then(|m| m.get(META_VERSION))
            .is_some()
}

/// A header value as the client meant it: `=?base64?…?=` (how non-ASCII values travel)
/// decoded, anything else as is. `None` for a sentinel that does not decode.
pub fn header_value(raw: &str) -> Option<String> {
    use base64::Engine;
    match raw
        .strip_prefix("=?base64?")
        .and_then(|r| r.strip_suffix("?="))
    {
        Some(b64) => base64::engine::general_purpose::STANDARD
            .decode(b64)
            .ok()
            .and_then(|b| String::from_utf8(b).ok()),
        None => Some(raw.to_owned()),
    }
}

/// A header value as this revision sends it: printable ASCII as is, anything else (or what
/// could be mistaken for the sentinel) as `=?base64?…?=`.
pub fn encode_header_value(v: &str) -> String {
    use base64::Engine;
    let plain = !v.is_empty()
        && v.bytes().all(|b| (0x20..0x7f).contains(&b))
        && !v.starts_with(' ')
        && !v.ends_with(' ')
        && !v.starts_with("=?");
    if plain {
        v.to_owned()
    } else {
        format!(
            "=?base64?{}?=",
            base64::engine::general_purpose::STANDARD.encode(v.as_bytes())
        )
    }
}

/// The one value of a routing header, or the rejection for a repeated one.
fn single<'a>(values: &'a [String], header: &str) -> Result<Option<&'a str>, Rejection> {
    match values {
        [] => Ok(None),
        [one] => Ok(Some(one.as_str())),
        _ => Err(Rejection::new(
            HEADER_MISMATCH,
            format!("{header} header appears more than once"),
        )),
    }
}

/// What a valid request's envelope says.
#[derive(Debug, Clone)]
pub struct Envelope {
    /// The client's capabilities for this request.
    pub capabilities: Value,
}

impl Envelope {
    /// Whether the client can answer an elicitation form in an "input required" round.
    pub fn can_elicit(&self) -> bool {
        self.capabilities
            .get("elicitation")
            .is_some_and(|e| e.get("form").is_some() || e.as_object().is_some_and(Map::is_empty))
    }
}

/// Checks a request (not a notification) against the revision's rules, in the SDK's order:
/// repeated routing headers, the envelope's required keys, the headers against the body, the
/// version. `Mcp-Param-*` are checked per tool ([`check_param_headers`]).
pub fn check_request(routing: &Routing, msg: &Value) -> Result<Envelope, Rejection> {
    let version_header = single(&routing.version, "mcp-protocol-version")?;
    let method_header = single(&routing.method, "mcp-method")?;
    let name_header = single(&routing.name, "mcp-name")?;
    let method = msg.get("method").and_then(Value::as_str).unwrap_or("");
    let params = msg.get("params");
    let Some(meta) = params
        .and_then(|p| p.get("_meta"))
        .and_then(Value::as_object)
    else {
        return Err(Rejection::new(
            -32602,
            format!(
                "params._meta must be an object carrying the required '{META_VERSION}' and '{META_CAPABILITIES}' envelope keys"
            ),
        ));
    };
    let missing: Vec<&str> = [META_VERSION, META_CAPABILITIES]
        .into_iter()
        .filter(|k| !meta.contains_key(*k))
        .collect();
    if !missing.is_empty() {
        return Err(Rejection::new(
            -32602,
            format!(
                "params._meta is missing the required envelope key(s): {}",
                missing.join(", ")
            ),
        ));
    }
    let version = meta.get(META_VERSION);
    // Over HTTP the headers are required and must say what the body says.
    let decoded = |h: Option<&str>| h.and_then(header_value);
    if decoded(version_header).as_deref() != version.and_then(Value::as_str) {
        return Err(Rejection::new(
            HEADER_MISMATCH,
            "mcp-protocol-version header does not match the request envelope's protocol version",
        ));
    }
    if decoded(method_header).as_deref() != Some(method) {
        return Err(Rejection::new(
            HEADER_MISMATCH,
            "mcp-method header does not match the request body's method",
        ));
    }
    let named = match method {
        "tools/call" | "prompts/get" => Some("name"),
        "resources/read" => Some("uri"),
        _ => None,
    };
    if let Some(field) = named {
        let body = params.and_then(|p| p.get(field)).and_then(Value::as_str);
        if body.is_none() || decoded(name_header).as_deref() != body {
            return Err(Rejection::new(
                HEADER_MISMATCH,
                format!("mcp-name header does not match the request body's '{field}' parameter"),
            ));
        }
    }
    let Some(version) = version.and_then(Value::as_str) else {
        return Err(Rejection::new(
            -32602,
            "the envelope's protocol version must be a string",
        ));
    };
    if version != VERSION {
        return Err(Rejection {
            code: UNSUPPORTED_VERSION,
            message: "Unsupported protocol version".into(),
            data: Some(json!({"supported": [VERSION], "requested": version})),
        });
    }
    Ok(Envelope {
        capabilities: meta.get(META_CAPABILITIES).cloned().unwrap_or(Value::Null),
    })
}

/// `Mcp-Param-*` of a `tools/call` against the tool's input schema: every argument whose
/// property declares `x-mcp-header` travels in that header too, with the same value.
pub fn check_param_headers(
    routing: &Routing,
    schema: &Value,
    arguments: &Value,
) -> Result<(), Rejection> {
    let Some(props) = schema.get("properties").and_then(Value::as_object) else {
        return Ok(());
    };
    for (arg, prop) in props {
        let Some(token) = prop.get("x-mcp-header").and_then(Value::as_str) else {
            continue;
        };
        let header = format!("Mcp-Param-{token}");
        let sent: Vec<&String> = routing
            .params
            .iter()
            .filter(|(t, _)| t.eq_ignore_ascii_case(token))
            .map(|(_, v)| v)
            .collect();
        if sent.len() > 1 {
            return Err(Rejection::new(
                HEADER_MISMATCH,
                format!("{header} header appears more than once"),
            ));
        }
        let value = arguments.get(arg).filter(|v| !v.is_null());
        match (value, sent.first()) {
            (None, None) => {}
            (Some(_), None) => {
                return Err(Rejection::new(
                    HEADER_MISMATCH,
                    format!(
                        "{header} header is missing but the request body's '{arg}' argument is present"
                    ),
                ));
            }
            (None, Some(_)) => {
                return Err(Rejection::new(
                    HEADER_MISMATCH,
                    format!(
                        "{header} header is present but the request body has no '{arg}' argument"
                    ),
                ));
            }
            (Some(v), Some(h)) => {
                let h = header_value(h).unwrap_or_default();
                let same = match v {
                    Value::String(s) => *s == h,
                    Value::Bool(b) => h == b.to_string(),
                    Value::Number(n) => h
                        .parse::<f64>()
                        .ok()
                        .zip(n.as_f64())
                        .is_some_and(|(a, b)| a == b),
                    _ => false,
                };
                if !same {
                    return Err(Rejection::new(
                        HEADER_MISMATCH,
                        format!(
                            "{header} header does not match the request body's '{arg}' argument"
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// A result as this revision answers it: `resultType` (unless it has one), the cache hints a
/// cacheable method needs (private and not to be reused: what Warden lists depends on the
/// agent and on policy that can change at any moment), and who answered.
pub fn stamp(method: &str, mut result: Value, server: &Value) -> Value {
    if let Some(obj) = result.as_object_mut() {
        obj.entry("resultType")
            .or_insert_with(|| Value::String("complete".into()));
        if CACHEABLE.contains(&method) {
            obj.insert("ttlMs".into(), json!(0));
            obj.insert("cacheScope".into(), json!("private"));
        }
        let meta = obj.entry("_meta").or_insert_with(|| json!({}));
        if !meta.is_object() {
            *meta = json!({});
        }
        if let Some(m) = meta.as_object_mut() {
            m.insert(META_SERVER.into(), server.clone());
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn routing(method: &str, name: Option<&str>) -> Routing {
        Routing {
            version: vec![VERSION.into()],
            method: vec![method.into()],
            name: name.map(|n| vec![n.to_owned()]).unwrap_or_default(),
            params: Vec::new(),
        }
    }

    fn msg(method: &str, params: Value) -> Value {
        let mut p = params;
        p["_meta"] = json!({META_VERSION: VERSION, META_CAPABILITIES: {}});
        json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": p})
    }

    #[test]
    fn a_well_formed_request_passes() {
        let m = msg("tools/call", json!({"name": "crm.get", "arguments": {}}));
        assert!(check_request(&routing("tools/call", Some("crm.get")), &m).is_ok());
        let m = msg("tools/list", json!({}));
        assert!(check_request(&routing("tools/list", None), &m).is_ok());
        let m = msg("resources/read", json!({"uri": "file:///tmp/café.txt"}));
        let sentinel = "=?base64?ZmlsZTovLy90bXAvY2Fmw6kudHh0?=";
        assert_eq!(encode_header_value("file:///tmp/café.txt"), sentinel);
        assert_eq!(encode_header_value("crm.get"), "crm.get");
        assert!(check_request(&routing("resources/read", Some(sentinel)), &m).is_ok());
    }

    #[test]
    fn every_disagreement_is_refused_in_the_sdks_order() {
        let call = msg("tools/call", json!({"name": "crm.get", "arguments": {}}));
        let code = |r: &Routing, m: &Value| check_request(r, m).unwrap_err().code;
        // Header and body disagree.
        assert_eq!(
            code(&routing("tools/list", Some("crm.get")), &call),
            HEADER_MISMATCH
        );
        assert_eq!(
            code(&routing("tools/call", Some("crm.delete")), &call),
            HEADER_MISMATCH
        );
        assert_eq!(code(&routing("tools/call", None), &call), HEADER_MISMATCH);
        let mut r = routing("tools/call", Some("crm.get"));
        r.method.push("tools/call".into());
        let e = check_request(&r, &call).unwrap_err();
        assert_eq!(e.message, "mcp-method header appears more than once");
        let mut r = routing("tools/call", Some("crm.get"));
        r.version = vec!["2026-01-01".into()];
        assert_eq!(code(&r, &call), HEADER_MISMATCH);
        r.version.clear();
        assert_eq!(code(&r, &call), HEADER_MISMATCH);
        // The envelope.
        let mut m = call.clone();
        m["params"]["_meta"] = json!({META_VERSION: VERSION});
        let e = check_request(&routing("tools/call", Some("crm.get")), &m).unwrap_err();
        assert_eq!(e.code, -32602);
        assert!(e.message.ends_with(META_CAPABILITIES), "{}", e.message);
        m["params"].as_object_mut().unwrap().remove("_meta");
        assert_eq!(code(&routing("tools/call", Some("crm.get")), &m), -32602);
        // An unknown version, consistently in header and body.
        let mut m = call.clone();
        m["params"]["_meta"][META_VERSION] = json!("2099-01-01");
        let mut r = routing("tools/call", Some("crm.get"));
        r.version = vec!["2099-01-01".into()];
        let e = check_request(&r, &m).unwrap_err();
        assert_eq!(e.code, UNSUPPORTED_VERSION);
        assert_eq!(e.status(), 400);
        assert_eq!(e.data.unwrap()["supported"], json!([VERSION]));
        // A sentinel that does not decode does not match.
        let m = msg("resources/read", json!({"uri": "x"}));
        assert_eq!(
            code(&routing("resources/read", Some("=?base64?!!?=")), &m),
            HEADER_MISMATCH
        );
    }

    #[test]
    fn param_headers_follow_the_schema() {
        let schema = json!({"type": "object", "properties": {
            "region": {"type": "string", "x-mcp-header": "Region"},
            "days": {"type": "integer", "x-mcp-header": "Days"},
            "note": {"type": "string"}}});
        let mut r = routing("tools/call", Some("w"));
        r.params = vec![
            ("region".into(), "eu-west".into()),
            ("days".into(), "2".into()),
        ];
        let args = json!({"region": "eu-west", "days": 2, "note": "x"});
        assert!(check_param_headers(&r, &schema, &args).is_ok());
        let swapped = json!({"region": "us-east", "days": 2});
        assert_eq!(
            check_param_headers(&r, &schema, &swapped).unwrap_err().code,
            HEADER_MISMATCH
        );
        let without = json!({"days": 2});
        assert!(check_param_headers(&r, &schema, &without).is_err());
        r.params.truncate(1);
        assert!(check_param_headers(&r, &schema, &args).is_err());
        assert!(check_param_headers(&r, &schema, &json!({"region": "eu-west"})).is_ok());
    }

    #[test]
    fn results_are_stamped_and_eras_told_apart() {
        let server = json!({"name": "warden", "version": "1"});
        let r = stamp(
            "tools/list",
            json!({"tools": [], "_meta": {"x": 1}}),
            &server,
        );
        assert_eq!(r["resultType"], "complete");
        assert_eq!(r["ttlMs"], 0);
        assert_eq!(r["cacheScope"], "private");
        assert_eq!(r["_meta"]["x"], 1);
        assert_eq!(r["_meta"][META_SERVER], server);
        let r = stamp(
            "tools/call",
            json!({"resultType": "input_required"}),
            &server,
        );
        assert_eq!(r["resultType"], "input_required");
        assert!(r.get("ttlMs").is_none());
        let hs = ["2025-11-25", "2024-11-05"];
        let m = msg("tools/list", json!({}));
        assert!(is_stateless(Some(VERSION), &m, &hs));
        assert!(is_stateless(Some("2099-01-01"), &m, &hs));
        assert!(!is_stateless(Some("2025-11-25"), &m, &hs));
        assert!(is_stateless(None, &m, &hs));
        let init = json!({"method": "initialize", "params": {"_meta": {META_VERSION: VERSION}}});
        assert!(!is_stateless(None, &init, &hs));
        assert!(!is_stateless(None, &json!({"method": "tools/list"}), &hs));
    }
}
