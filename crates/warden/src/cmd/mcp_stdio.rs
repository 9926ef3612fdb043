//! `warden mcp-stdio`: a bridge for MCP clients that only speak stdio. It reads JSON-RPC
//! messages from standard input, one per line, posts each to Warden's `/mcp` with the agent's
//! token, and writes the answers to standard output. The token comes from an environment
//! variable, never from the command line (which other users of the machine can read).

use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::exit;
use crate::output::Exit;

#[derive(clap::Args)]
pub struct Args {
    /// Warden's MCP endpoint.
    #[arg(long, default_value = "http://127.0.0.1:8080/mcp")]
    url: String,
    /// The environment variable holding the agent's token.
    #[arg(long, default_value = "WARDEN_AGENT_TOKEN")]
    token_env: String,
}

/// How long one message may wait for Warden's answer (an approval can hold a call).
const BRIDGE_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// Largest message read from standard input.
const MAX_LINE: usize = 16 * 1024 * 1024;

pub async fn run(args: Args) -> Result<u8, Exit> {
    bridge(&args.url, &args.token_env).await
}

async fn bridge(url: &str, token_env: &str) -> Result<u8, Exit> {
    let token = std::env::var(token_env).map_err(|_| {
        Exit::error(format!(
            "the environment variable `{token_env}` (the agent's token) is not set"
        ))
    })?;
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(Exit::error(format!("`{url}` is not an http(s) URL")));
    }
    let http = warden_http::Policy::new()
        .timeout(BRIDGE_TIMEOUT)
        .build()
        .map_err(|e| Exit::error(e.to_string()))?;
    let mut session: Option<String> = None;
    let mut stdin = BufReader::new(tokio::io::stdin());
    let mut stdout = tokio::io::stdout();
    let mut line = String::new();
    loop {
        line.clear();
        let n = stdin
            .read_line(&mut line)
            .await
            .map_err(|e| Exit::error(format!("cannot read standard input: {e}")))?;
        if n == 0 {
            break;
        }
        if line.len() > MAX_LINE {
            return Err(Exit::error(
                "a message on standard input is larger than 16 MiB",
            ));
        }
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        let id = serde_json::from_str::<Value>(text)
            .ok()
            .and_then(|m| m.get("method").and(m.get("id")).cloned());
        let mut req = http
            .post(url)
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .body(text.to_owned());
        if let Some(s) = &session {
            req = req.header("mcp-session-id", s);
        }
        let answer = match req.send().await {
            Ok(resp) => {
                if let Some(s) = resp
                    .headers()
                    .get("mcp-session-id")
                    .and_then(|v| v.to_str().ok())
                {
                    session = Some(s.to_owned());
                }
                let status = resp.status();
                let body = resp.text().await.unwrap_or_default();
                if body.trim().is_empty() {
                    // 202 for a notification; anything else without a body answers a request.
                    match (&id, status.is_success()) {
                        (Some(id), false) => {
                            Some(error(id, &format!("Warden answered HTTP {status}")))
                        }
                        _ => None,
                    }
                } else {
                    Some(body.trim().to_owned())
                }
            }
            Err(e) => id.as_ref().map(|id| {
                let reason = if e.is_timeout() {
                    "timed out"
                } else {
                    "unreachable"
                };
                error(id, &format!("Warden at {url} is {reason}"))
            }),
        };
        if let Some(a) = answer {
            stdout
                .write_all(format!("{a}\n").as_bytes())
                .await
                .map_err(|e| Exit::error(format!("cannot write standard output: {e}")))?;
            stdout
                .flush()
                .await
                .map_err(|e| Exit::error(e.to_string()))?;
        }
    }
    if let Some(s) = session {
        let _ = http
            .delete(url)
            .bearer_auth(&token)
            .header("mcp-session-id", s)
            .send()
            .await;
    }
    Ok(exit::OK)
}

fn error(id: &Value, message: &str) -> String {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": -32603, "message": message}}).to_string()
}
