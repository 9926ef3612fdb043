//! Clients to upstream MCP servers: start, initialise, call, notice a crash, restart with
//! backoff.

use std::collections::{BTreeMap, HashMap};
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex as SyncMutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::process::{Child, ChildStdin, Command};
use tokio::sync::{Mutex, oneshot};

use crate::catalogue::ToolDef;
use crate::rpc;

/// Largest message accepted from an upstream (one line on stdio).
pub const MAX_MESSAGE_BYTES: usize = 16 * 1024 * 1024;
/// Longest wait for `initialize` and `tools/list`.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(20);
/// Most `tools/list` pages followed.
const MAX_PAGES: usize = 100;
/// First and longest pause before restarting a server that failed.
const BACKOFF_MIN: Duration = Duration::from_millis(250);
const BACKOFF_MAX: Duration = Duration::from_secs(30);

/// How Warden reaches a server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transport {
    /// A child process speaking JSON-RPC on stdin/stdout.
    Stdio {
        /// The program.
        command: String,
        /// Its arguments.
        args: Vec<String>,
        /// Its environment, on top of `PATH`, `HOME` and `LANG` (Warden's own environment is
        /// not inherited). Values are templates: `{{env:NAME}}` is resolved at start.
        env: BTreeMap<String, String>,
        /// Working directory.
        cwd: Option<std::path::PathBuf>,
    },
}

/// One upstream server from `warden.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerSpec {
    /// Its name: the prefix of its tools (`crm.get_ticket`) and its Cedar system.
    pub name: String,
    /// How to reach it.
    pub transport: Transport,
    /// Longest wait for one tool call.
    pub call_timeout: Duration,
}

/// A call to an upstream failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum CallError {
    /// The server is not running (it crashed or could not start); Warden retries with backoff.
    #[error("{}", unavailable_message(server, reason, retry_in_ms))]
    Unavailable {
        /// The server.
        server: String,
        /// Why, without secrets.
        reason: String,
        /// When the next start attempt is due.
        retry_in_ms: u64,
    },
    /// No answer within the timeout; the request was cancelled upstream.
    #[error("MCP server `{server}` did not answer within {timeout_ms} ms")]
    Timeout {
        /// The server.
        server: String,
        /// The timeout.
        timeout_ms: u64,
    },
    /// The server answered with a JSON-RPC error.
    #[error("MCP server `{server}` answered with error {code}: {message}")]
    Rpc {
        /// The server.
        server: String,
        /// JSON-RPC error code.
        code: i64,
        /// Its message.
        message: String,
    },
    /// The caller cancelled; the server was told (`notifications/cancelled`).
    #[error("the call to MCP server `{server}` was cancelled")]
    Cancelled {
        /// The server.
        server: String,
    },
    /// A template named a credential that is not available.
    #[error("MCP server `{server}` needs `{name}`, which is not set")]
    MissingCredential {
        /// The server.
        server: String,
        /// The variable.
        name: String,
    },
    /// No server of that name is configured.
    #[error("no MCP server named `{0}` is configured")]
    Unknown(String),
}

/// Resolves `{{env:NAME}}` in templates.
pub type Resolve = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// Every upstream server, started lazily and restarted after a crash.
pub struct Upstreams {
    servers: BTreeMap<String, Arc<Upstream>>,
    resolve: Resolve,
}

struct Upstream {
    spec: ServerSpec,
    state: Mutex<State>,
}

enum State {
    Down {
        reason: String,
        failures: u32,
        next_try: Instant,
    },
    Up(Arc<Connection>),
}

struct Connection {
    server: String,
    stdin: Mutex<ChildStdin>,
    pending: SyncMutex<HashMap<u64, oneshot::Sender<Result<Value, CallError>>>>,
    next_id: AtomicU64,
    alive: AtomicBool,
    child: Mutex<Child>,
    /// The protocol revision the server agreed to.
    protocol_version: SyncMutex<String>,
}

impl Upstreams {
    /// The servers; nothing is started yet.
    pub fn new(specs: Vec<ServerSpec>, resolve: Resolve) -> Self {
        let servers = specs
            .into_iter()
            .map(|spec| {
                (
                    spec.name.clone(),
                    Arc::new(Upstream {
                        spec,
                        state: Mutex::new(State::Down {
                            reason: "not started".into(),
                            failures: 0,
                            next_try: Instant::now(),
                        }),
                    }),
                )
            })
            .collect();
        Self { servers, resolve }
    }

    /// The configured server names.
    pub fn names(&self) -> Vec<String> {
        self.servers.keys().cloned().collect()
    }

    /// Every value a server's environment template resolves to: the credentials Warden
    /// injects, which must never come back out.
    pub fn credentials(&self) -> Vec<String> {
        self.servers
            .values()
            .flat_map(|u| match &u.spec.transport {
                Transport::Stdio { env, .. } => env.values().cloned().collect::<Vec<_>>(),
            })
            .flat_map(|template| env_references(&template))
            .filter_map(|name| (self.resolve)(&name))
            .collect()
    }

    /// The tools a server offers (every page of `tools/list`).
    pub async fn list_tools(&self, server: &str) -> Result<Vec<ToolDef>, CallError> {
        let conn = self.connection(server).await?;
        let mut tools = Vec::new();
        let mut cursor: Option<Value> = None;
        for _ in 0..MAX_PAGES {
            let params = match &cursor {
                Some(c) => json!({"cursor": c}),
                None => json!({}),
            };
            let page = conn.call("tools/list", params, HANDSHAKE_TIMEOUT).await?;
            for t in page
                .get("tools")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(name) = t.get("name").and_then(Value::as_str) {
                    tools.push(ToolDef {
                        server: server.to_owned(),
                        name: name.to_owned(),
                        raw: t.clone(),
                    });
                }
            }
            cursor = page.get("nextCursor").filter(|c| !c.is_null()).cloned();
            if cursor.is_none() {
                break;
            }
        }
        Ok(tools)
    }

    /// Calls a tool and returns its result exactly as the server sent it. When `cancel` is
    /// notified first, the server is told to stop and the call ends with
    /// [`CallError::Cancelled`].
    pub async fn call_tool(
        &self,
        server: &str,
        tool: &str,
        arguments: &Value,
        cancel: Option<&tokio::sync::Notify>,
    ) -> Result<Value, CallError> {
        let upstream = self
            .servers
            .get(server)
            .ok_or_else(|| CallError::Unknown(server.to_owned()))?;
        let conn = self.connection(server).await?;
        conn.call_cancellable(
            "tools/call",
            json!({"name": tool, "arguments": arguments}),
            upstream.spec.call_timeout,
            cancel,
        )
        .await
    }

    /// Stops every server.
    pub async fn shutdown(&self) {
        for u in self.servers.values() {
            let mut state = u.state.lock().await;
            if let State::Up(conn) = &*state {
                conn.kill().await;
            }
            *state = State::Down {
                reason: "stopped".into(),
                failures: 0,
                next_try: Instant::now(),
            };
        }
    }

    async fn connection(&self, server: &str) -> Result<Arc<Connection>, CallError> {
        let upstream = self
            .servers
            .get(server)
            .ok_or_else(|| CallError::Unknown(server.to_owned()))?;
        let mut state = upstream.state.lock().await;
        let failures = match &*state {
            State::Up(conn) if conn.alive.load(Ordering::Acquire) => return Ok(Arc::clone(conn)),
            State::Up(_) => 0,
            State::Down {
                reason,
                failures,
                next_try,
            } => {
                let now = Instant::now();
                if now < *next_try {
                    return Err(CallError::Unavailable {
                        server: server.to_owned(),
                        reason: reason.clone(),
                        retry_in_ms: millis(*next_try - now),
                    });
                }
                *failures
            }
        };
        match self.start(&upstream.spec).await {
            Ok(conn) => {
                tracing::info!(server, "MCP server started");
                *state = State::Up(Arc::clone(&conn));
                Ok(conn)
            }
            Err(e) => {
                let failures = failures.saturating_add(1);
                let pause = BACKOFF_MIN
                    .saturating_mul(2u32.saturating_pow(failures.saturating_sub(1)))
                    .min(BACKOFF_MAX);
                let reason = match &e {
                    CallError::Unavailable { reason, .. } => reason.clone(),
                    other => other.to_string(),
                };
                tracing::warn!(server, %reason, failures, "MCP server failed to start");
                *state = State::Down {
                    reason: reason.clone(),
                    failures,
                    next_try: Instant::now() + pause,
                };
                Err(match e {
                    CallError::MissingCredential { .. } => e,
                    _ => CallError::Unavailable {
                        server: server.to_owned(),
                        reason,
                        retry_in_ms: millis(pause),
                    },
                })
            }
        }
    }

    async fn start(&self, spec: &ServerSpec) -> Result<Arc<Connection>, CallError> {
        let unavailable = |reason: String| CallError::Unavailable {
            server: spec.name.clone(),
            reason,
            retry_in_ms: 0,
        };
        let Transport::Stdio {
            command,
            args,
            env,
            cwd,
        } = &spec.transport;
        let mut cmd = Command::new(command);
        cmd.args(args)
            .env_clear()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        for key in ["PATH", "HOME", "LANG", "TMPDIR", "SYSTEMROOT"] {
            if let Ok(v) = std::env::var(key) {
                cmd.env(key, v);
            }
        }
        for (key, template) in env {
            let value =
                resolve_template(template, &|name| (self.resolve)(name)).map_err(|name| {
                    CallError::MissingCredential {
                        server: spec.name.clone(),
                        name,
                    }
                })?;
            cmd.env(key, value);
        }
        if let Some(dir) = cwd {
            cmd.current_dir(dir);
        }
        let mut child = cmd
            .spawn()
            .map_err(|e| unavailable(format!("cannot start `{command}`: {e}")))?;
        let (Some(stdin), Some(stdout), Some(stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            return Err(unavailable("no stdio pipes".into()));
        };
        let conn = Arc::new(Connection {
            server: spec.name.clone(),
            stdin: Mutex::new(stdin),
            pending: SyncMutex::new(HashMap::new()),
            next_id: AtomicU64::new(1),
            alive: AtomicBool::new(true),
            child: Mutex::new(child),
            protocol_version: SyncMutex::new(String::new()),
        });
        tokio::spawn(read_loop(Arc::clone(&conn), stdout));
        // Whatever the server writes to stderr may echo its environment (credentials): it is
        // drained and counted, never logged.
        tokio::spawn(drain(spec.name.clone(), stderr));

        let init = conn
            .call(
                "initialize",
                json!({
                    "protocolVersion": crate::PROTOCOL_VERSIONS.first().copied().unwrap_or("2025-06-18"),
                    "capabilities": {},
                    "clientInfo": {"name": "warden", "version": env!("CARGO_PKG_VERSION")},
                }),
                HANDSHAKE_TIMEOUT,
            )
            .await;
        let init = match init {
            Ok(v) => v,
            Err(e) => {
                conn.kill().await;
                return Err(unavailable(format!("initialize failed: {e}")));
            }
        };
        let version = init
            .get("protocolVersion")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if !crate::PROTOCOL_VERSIONS.contains(&version.as_str()) {
            conn.kill().await;
            return Err(unavailable(format!(
                "the server speaks protocol `{version}`, which Warden does not"
            )));
        }
        if let Ok(mut v) = conn.protocol_version.lock() {
            *v = version;
        }
        conn.notify("notifications/initialized", json!({})).await;
        Ok(conn)
    }
}

impl Connection {
    async fn call(
        &self,
        method: &str,
        params: Value,
        timeout: Duration,
    ) -> Result<Value, CallError> {
        self.call_cancellable(method, params, timeout, None).await
    }

    async fn call_cancellable(
        &self,
        method: &str,
        params: Value,
        timeout: Duration,
        cancel: Option<&tokio::sync::Notify>,
    ) -> Result<Value, CallError> {
        if !self.alive.load(Ordering::Acquire) {
            return Err(self.gone("the server exited"));
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = oneshot::channel();
        if let Ok(mut p) = self.pending.lock() {
            p.insert(id, tx);
        }
        let line = rpc::request(id, method, params);
        if let Err(e) = self.send(&line).await {
            self.forget(id);
            return Err(self.gone(&format!("cannot write to the server: {e}")));
        }
        let cancelled = async {
            match cancel {
                Some(n) => n.notified().await,
                None => std::future::pending().await,
            }
        };
        let answer = tokio::select! {
            a = tokio::time::timeout(timeout, rx) => a,
            () = cancelled => {
                self.forget(id);
                self.notify(
                    "notifications/cancelled",
                    json!({"requestId": id, "reason": "cancelled by the client"}),
                )
                .await;
                return Err(CallError::Cancelled { server: self.server.clone() });
            }
        };
        match answer {
            Ok(Ok(answer)) => answer,
            Ok(Err(_)) => Err(self.gone("the server exited")),
            Err(_) => {
                self.forget(id);
                self.notify(
                    "notifications/cancelled",
                    json!({"requestId": id, "reason": "timeout in Warden"}),
                )
                .await;
                Err(CallError::Timeout {
                    server: self.server.clone(),
                    timeout_ms: millis(timeout),
                })
            }
        }
    }

    async fn notify(&self, method: &str, params: Value) {
        let _ = self.send(&rpc::notification(method, params)).await;
    }

    async fn send(&self, msg: &Value) -> std::io::Result<()> {
        let mut line = serde_json::to_vec(msg).map_err(std::io::Error::other)?;
        line.push(b'\n');
        let mut stdin = self.stdin.lock().await;
        stdin.write_all(&line).await?;
        stdin.flush().await
    }

    fn forget(&self, id: u64) {
        if let Ok(mut p) = self.pending.lock() {
            p.remove(&id);
        }
    }

    fn gone(&self, reason: &str) -> CallError {
        CallError::Unavailable {
            server: self.server.clone(),
            reason: reason.to_owned(),
            retry_in_ms: 0,
        }
    }

    async fn kill(&self) {
        self.alive.store(false, Ordering::Release);
        let mut child = self.child.lock().await;
        let _ = child.start_kill();
        let _ = child.wait().await;
    }

    /// Marks the connection dead and fails every call still waiting.
    fn died(&self, reason: &str) {
        self.alive.store(false, Ordering::Release);
        let waiting: Vec<_> = match self.pending.lock() {
            Ok(mut p) => p.drain().map(|(_, tx)| tx).collect(),
            Err(_) => Vec::new(),
        };
        for tx in waiting {
            let _ = tx.send(Err(self.gone(reason)));
        }
    }
}

async fn read_loop(conn: Arc<Connection>, stdout: tokio::process::ChildStdout) {
    let mut reader = BufReader::new(stdout);
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = (&mut reader)
            .take(u64::try_from(MAX_MESSAGE_BYTES).unwrap_or(u64::MAX))
            .read_until(b'\n', &mut line)
            .await;
        match read {
            Ok(0) => {
                conn.died("the server exited");
                tracing::warn!(server = %conn.server, "MCP server exited");
                return;
            }
            Ok(_) if !line.ends_with(b"\n") && line.len() >= MAX_MESSAGE_BYTES => {
                conn.died("the server sent a message larger than 16 MiB");
                conn.kill().await;
                return;
            }
            Ok(_) => {}
            Err(e) => {
                conn.died(&format!("cannot read from the server: {e}"));
                return;
            }
        }
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() {
            continue;
        }
        let Ok(msg) = serde_json::from_slice::<Value>(trimmed) else {
            tracing::warn!(server = %conn.server, "MCP server wrote a line that is not JSON; ignored");
            continue;
        };
        match rpc::kind(&msg) {
            rpc::Kind::Response => {
                let Some(id) = msg.get("id").and_then(Value::as_u64) else {
                    continue;
                };
                let waiter = conn.pending.lock().ok().and_then(|mut p| p.remove(&id));
                if let Some(tx) = waiter {
                    let answer = match msg.get("error") {
                        Some(err) => Err(CallError::Rpc {
                            server: conn.server.clone(),
                            code: err.get("code").and_then(Value::as_i64).unwrap_or(0),
                            message: err
                                .get("message")
                                .and_then(Value::as_str)
                                .unwrap_or_default()
                                .chars()
                                .take(500)
                                .collect(),
                        }),
                        None => Ok(msg.get("result").cloned().unwrap_or(Value::Null)),
                    };
                    let _ = tx.send(answer);
                }
            }
            rpc::Kind::Request => {
                // Requests from the server (sampling, roots, elicitation) would reach the agent
                // or its user unchecked: refused. `ping` is answered.
                let id = msg.get("id").cloned().unwrap_or(Value::Null);
                let answer = if msg.get("method").and_then(Value::as_str) == Some("ping") {
                    rpc::result(&id, json!({}))
                } else {
                    rpc::error(
                        &id,
                        rpc::METHOD_NOT_FOUND,
                        "Warden does not forward requests from MCP servers",
                        None,
                    )
                };
                let _ = conn.send(&answer).await;
            }
            rpc::Kind::Notification | rpc::Kind::Invalid => {}
        }
    }
}

async fn drain(server: String, mut stderr: tokio::process::ChildStderr) {
    let mut buf = [0u8; 8192];
    let mut total = 0usize;
    while let Ok(n) = stderr.read(&mut buf).await {
        if n == 0 {
            break;
        }
        total = total.saturating_add(n);
    }
    tracing::debug!(%server, bytes = total, "MCP server stderr closed (content not logged)");
}

fn unavailable_message(server: &str, reason: &str, retry_in_ms: &u64) -> String {
    if *retry_in_ms == 0 {
        format!(
            "MCP server `{server}` is unavailable ({reason}); Warden restarts it on the next call"
        )
    } else {
        format!(
            "MCP server `{server}` is unavailable ({reason}); Warden restarts it, retry in {retry_in_ms} ms"
        )
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// The `NAME`s of `{{env:NAME}}` references in a template.
pub(crate) fn env_references(template: &str) -> Vec<String> {
    template
        .split("{{env:")
        .skip(1)
        .filter_map(|rest| rest.split_once("}}").map(|(name, _)| name.to_owned()))
        .collect()
}

/// Replaces every `{{env:NAME}}`; `Err(NAME)` for the first that is not set.
fn resolve_template(
    template: &str,
    resolve: &dyn Fn(&str) -> Option<String>,
) -> Result<String, String> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find("{{env:") {
        out.push_str(rest.get(..at).unwrap_or_default());
        let after = rest.get(at + 6..).unwrap_or_default();
        let Some((name, tail)) = after.split_once("}}") else {
            out.push_str(rest.get(at..).unwrap_or_default());
            return Ok(out);
        };
        out.push_str(&resolve(name).ok_or_else(|| name.to_owned())?);
        rest = tail;
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_resolve_and_name_what_is_missing() {
        let env = |k: &str| (k == "TOKEN").then(|| "s3cr3t".to_owned());
        assert_eq!(
            resolve_template("Bearer {{env:TOKEN}}", &env),
            Ok("Bearer s3cr3t".into())
        );
        assert_eq!(resolve_template("plain", &env), Ok("plain".into()));
        assert_eq!(resolve_template("{{env:NOPE}}", &env), Err("NOPE".into()));
        assert_eq!(env_references("a {{env:A}} b {{env:B}}"), vec!["A", "B"]);
    }
}
