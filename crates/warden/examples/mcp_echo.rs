//! A minimal MCP server over stdio for `bench/mcp.sh`: one tool, `echo`, answered at once, so
//! that what the benchmark measures is the gateway, not the upstream.
#![allow(missing_docs, reason = "bench tool")]

use std::io::{BufRead, Write};

use serde_json::{Value, json};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let Ok(msg) = serde_json::from_str::<Value>(&line) else {
            continue;
        };
        let Some(id) = msg.get("id").cloned() else {
            continue; // notifications
        };
        let result = match msg.get("method").and_then(Value::as_str) {
            Some("initialize") => json!({
                "protocolVersion": msg.pointer("/params/protocolVersion").cloned().unwrap_or(json!("2025-06-18")),
                "capabilities": {"tools": {}},
                "serverInfo": {"name": "echo", "version": "1"},
            }),
            Some("tools/list") => json!({"tools": [{
                "name": "echo",
                "description": "Returns its text.",
                "inputSchema": {"type": "object", "properties": {"text": {"type": "string", "maxLength": 1000}}, "required": ["text"]},
                "annotations": {"readOnlyHint": true, "openWorldHint": false},
            }]}),
            Some("tools/call") => json!({
                "content": [{"type": "text", "text": msg.pointer("/params/arguments/text").and_then(Value::as_str).unwrap_or_default()}],
                "isError": false,
            }),
            Some("ping") => json!({}),
            _ => {
                let _ = writeln!(
                    out,
                    "{}",
                    json!({"jsonrpc": "2.0", "id": id, "error": {"code": -32601, "message": "not found"}})
                );
                let _ = out.flush();
                continue;
            }
        };
        let _ = writeln!(
            out,
            "{}",
            json!({"jsonrpc": "2.0", "id": id, "result": result})
        );
        let _ = out.flush();
    }
}
