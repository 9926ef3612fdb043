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
use warden_types::template::Zeroizing;
use warden_types::{Reference, Template};

use crate::catalogue::ToolDef;
use crate::rpc;

/// Largest message accepted from an upstream (one line on stdio).
pub const MAX_MESSAGE_BYTES: usize = 16 * 1024 * 1024;
/// Longest wait for `initialize` and `tools/list`.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(20);
/// Longest wait for `server/discover` before falling back to `initialize` (a server of the
/// handshake era may not answer a request before its handshake at all).
const DISCOVER_TIMEOUT: Duration = Duration::from_secs(5);
/// Most `tools/list` pages followed.
const MAX_PAGES: usize = 100;
/// First and longest pause before restarting a server that failed.
const BACKOFF_MIN: Duration = Duration::from_millis(250);
const BACKOFF_MAX: Duration = Duration::from_secs(30);

/// A result, unless it is a session-less server's "input required" (it wants something from
/// the user before it acts): Warden does not relay such questions, so the request ends here.
fn asks_nothing(server: &str, result: Value) -> Result<Value, CallError> {
    if result.get("resultType").and_then(Value::as_str) == Some("input_required") {
        return Err(CallError::Rpc {
            server: server.to_owned(),
            code: crate::stateless::MISSING_CAPABILITY,
            message: "the server asked for input from the user, which Warden does not relay".into(),
        });
    }
    Ok(result)
}

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
        env: BTreeMap<String, Template>,
        /// Working directory.
        cwd: Option<std::path::PathBuf>,
    },
    /// Streamable HTTP.
    Http {
        /// The server's MCP endpoint.
        url: String,
        /// Headers sent with every message; values are templates like the environment's.
        headers: BTreeMap<String, Template>,
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
    /// The server refused the access token a call carried (HTTP `401`/`403`): that call
    /// fails, the connection stays.
    #[error("MCP server `{server}` refused the call's access token (HTTP {status})")]
    Unauthorized {
        /// The server.
        server: String,
        /// `401` or `403`.
        status: u16,
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

/// The access token Warden's own connection to a streamable-HTTP server carries — its
/// handshake, listings and subscription — from an OAuth client of Warden's
/// (`[mcp_servers.X] connection_oauth`). A call with its own token (`bearer`) carries that one.
pub trait ConnectionToken: Send + Sync {
    /// A current token (cached by the implementation until it nears expiry).
    fn token(
        &self,
    ) -> std::pin::Pin<Box<dyn Future<Output = Result<Zeroizing<String>, String>> + Send + '_>>;
    /// The server refused `token` (HTTP `401`): it must not be handed out again.
    fn refused(&self, token: &str);
}

/// Resolves the references of a server's templates: `{{env:NAME}}`, and `{{secret:name}}` for
/// the server named by the second argument (a secret must be scoped to `mcp:<server>`).
pub type Resolve = Arc<dyn Fn(&Reference, &str) -> Option<String> + Send + Sync>;

/// Every upstream server, started lazily and restarted after a crash.
pub struct Upstreams {
    servers: BTreeMap<String, Arc<Upstream>>,
    resolve: Resolve,
    /// Signalled when a server says its tools changed (`notifications/tools/list_changed`).
    changed: Arc<tokio::sync::Notify>,
    /// Tokens for Warden's own connection, by server.
    connection_tokens: BTreeMap<String, Arc<dyn ConnectionToken>>,
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
    /// Stdio servers: the pipe to write to.
    stdin: Option<Mutex<ChildStdin>>,
    /// Stdio servers: calls waiting for their answer, by request id.
    pending: SyncMutex<HashMap<u64, oneshot::Sender<Result<Value, CallError>>>>,
    next_id: AtomicU64,
    alive: AtomicBool,
    /// Stdio servers: the process.
    child: Option<Mutex<Child>>,
    /// Streamable-HTTP servers: where and how to post.
    http: Option<HttpLink>,
    /// The protocol revision the server agreed to.
    protocol_version: SyncMutex<String>,
    /// The capabilities the server announced in `initialize` or `server/discover`.
    capabilities: SyncMutex<Value>,
    /// The server speaks the session-less revision (2026-07-28): every request carries the
    /// envelope (and, over HTTP, the routing headers).
    stateless: AtomicBool,
    /// Streamable-HTTP servers of that revision: the task reading the subscription stream.
    listener: SyncMutex<Option<tokio::task::JoinHandle<()>>>,
}

/// A streamable-HTTP server: each message is a POST; the answer is JSON or a server-sent event
/// stream that carries it.
struct HttpLink {
    client: reqwest::Client,
    url: String,
    /// Headers with their credentials resolved.
    headers: Vec<(String, Zeroizing<String>)>,
    /// The token Warden's own requests carry, if the server takes one.
    token: Option<Arc<dyn ConnectionToken>>,
    /// `Mcp-Session-Id`, once the server gave one.
    session: SyncMutex<Option<String>>,
    /// The negotiated revision, sent as `MCP-Protocol-Version` after `initialize`.
    protocol: SyncMutex<Option<String>>,
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
        Self {
            servers,
            resolve,
            changed: Arc::new(tokio::sync::Notify::new()),
            connection_tokens: BTreeMap::new(),
        }
    }

    /// Warden's own connection to these servers carries their token (streamable HTTP only).
    #[must_use]
    pub fn with_connection_tokens(
        mut self,
        tokens: BTreeMap<String, Arc<dyn ConnectionToken>>,
    ) -> Self {
        self.connection_tokens = tokens;
        self
    }

    /// Resolves when some server announced that its tool list changed.
    pub async fn tools_changed(&self) {
        self.changed.notified().await;
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
            .flat_map(|u| {
                let templates = match &u.spec.transport {
                    Transport::Stdio { env, .. } => env.values(),
                    Transport::Http { headers, .. } => headers.values(),
                };
                templates
                    .flat_map(|t| t.references())
                    .filter(|r| matches!(r, Reference::Env(_)))
                    .filter_map(|r| (self.resolve)(r, &u.spec.name))
                    .collect::<Vec<_>>()
            })
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

    /// Whether a server announced a capability (`resources`, `prompts`, …) in `initialize`.
    /// Starts the server if it is not running.
    pub async fn has_capability(&self, server: &str, name: &str) -> bool {
        match self.connection(server).await {
            Ok(conn) => conn
                .capabilities
                .lock()
                .ok()
                .is_some_and(|c| c.get(name).is_some_and(|v| !v.is_null())),
            Err(_) => false,
        }
    }

    /// Sends any request to a server and returns its result as sent (every page of a list
    /// method is the caller's business). Cancellation, timeout and `bearer` as for
    /// [`Upstreams::call_tool`].
    pub async fn request(
        &self,
        server: &str,
        method: &str,
        params: Value,
        cancel: Option<&tokio::sync::Notify>,
        bearer: Option<&str>,
    ) -> Result<Value, CallError> {
        let upstream = self
            .servers
            .get(server)
            .ok_or_else(|| CallError::Unknown(server.to_owned()))?;
        let conn = self.connection(server).await?;
        let result = conn
            .call_cancellable(method, params, upstream.spec.call_timeout, cancel, bearer)
            .await?;
        asks_nothing(server, result)
    }

    /// Calls a tool and returns its result exactly as the server sent it. When `cancel` is
    /// notified first, the server is told to stop and the call ends with
    /// [`CallError::Cancelled`]. `bearer`, for a streamable-HTTP server, is the access token
    /// this call carries as `Authorization: Bearer` (instead of a configured `Authorization`
    /// header).
    pub async fn call_tool(
        &self,
        server: &str,
        tool: &str,
        arguments: &Value,
        cancel: Option<&tokio::sync::Notify>,
        bearer: Option<&str>,
    ) -> Result<Value, CallError> {
        let upstream = self
            .servers
            .get(server)
            .ok_or_else(|| CallError::Unknown(server.to_owned()))?;
        let conn = self.connection(server).await?;
        let result = conn
            .call_cancellable(
                "tools/call",
                json!({"name": tool, "arguments": arguments}),
                upstream.spec.call_timeout,
                cancel,
                bearer,
            )
            .await?;
        asks_nothing(server, result)
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
        let (command, args, env, cwd) = match &spec.transport {
            Transport::Stdio {
                command,
                args,
                env,
                cwd,
            } => (command, args, env, cwd),
            Transport::Http { url, headers } => return self.start_http(spec, url, headers).await,
        };
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
            let value = resolve_template(template, &spec.name, &*self.resolve).map_err(|name| {
                CallError::MissingCredential {
                    server: spec.name.clone(),
                    name,
                }
            })?;
            cmd.env(key, value.as_str());
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
            stdin: Some(Mutex::new(stdin)),
            pending: SyncMutex::new(HashMap::new()),
            next_id: AtomicU64::new(1),
            alive: AtomicBool::new(true),
            child: Some(Mutex::new(child)),
            http: None,
            protocol_version: SyncMutex::new(String::new()),
            capabilities: SyncMutex::new(Value::Null),
            stateless: AtomicBool::new(false),
            listener: SyncMutex::new(None),
        });
        tokio::spawn(read_loop(
            Arc::clone(&conn),
            stdout,
            Arc::clone(&self.changed),
        ));
        // Whatever the server writes to stderr may echo its environment (credentials): it is
        // drained and counted, never logged.
        tokio::spawn(drain(spec.name.clone(), stderr));

        if let Err(e) = self.handshake(&conn).await {
            conn.kill().await;
            return Err(unavailable(e));
        }
        Ok(conn)
    }

    async fn start_http(
        &self,
        spec: &ServerSpec,
        url: &str,
        headers: &BTreeMap<String, Template>,
    ) -> Result<Arc<Connection>, CallError> {
        let unavailable = |reason: String| CallError::Unavailable {
            server: spec.name.clone(),
            reason,
            retry_in_ms: 0,
        };
        let mut resolved = Vec::new();
        for (k, template) in headers {
            let v = resolve_template(template, &spec.name, &*self.resolve).map_err(|name| {
                CallError::MissingCredential {
                    server: spec.name.clone(),
                    name,
                }
            })?;
            resolved.push((k.clone(), v));
        }
        // No redirects (the warden-http policy): one could carry the injected credential to
        // another host. Each call sets its own timeout.
        let client = warden_http::Policy::new()
            .build()
            .map_err(|e| unavailable(e.to_string()))?;
        let conn = Arc::new(Connection {
            server: spec.name.clone(),
            stdin: None,
            pending: SyncMutex::new(HashMap::new()),
            next_id: AtomicU64::new(1),
            alive: AtomicBool::new(true),
            child: None,
            http: Some(HttpLink {
                client,
                url: url.to_owned(),
                headers: resolved,
                token: self.connection_tokens.get(&spec.name).cloned(),
                session: SyncMutex::new(None),
                protocol: SyncMutex::new(None),
            }),
            protocol_version: SyncMutex::new(String::new()),
            capabilities: SyncMutex::new(Value::Null),
            stateless: AtomicBool::new(false),
            listener: SyncMutex::new(None),
        });
        self.handshake(&conn).await.map_err(unavailable)?;
        Ok(conn)
    }

    /// Agrees on a revision: `server/discover` first (the session-less revision, no
    /// handshake), else `initialize` (the handshake era), as the official SDK's clients do.
    async fn handshake(&self, conn: &Arc<Connection>) -> Result<(), String> {
        conn.stateless.store(true, Ordering::Release);
        conn.set_http_protocol(Some(crate::stateless::VERSION));
        let discovered = conn
            .call("server/discover", json!({}), DISCOVER_TIMEOUT)
            .await;
        let modern = discovered.ok().filter(|d| {
            d.get("supportedVersions")
                .and_then(Value::as_array)
                .is_some_and(|v| v.iter().any(|x| x == crate::stateless::VERSION))
        });
        if let Some(d) = modern {
            if let Ok(mut v) = conn.protocol_version.lock() {
                *v = crate::stateless::VERSION.to_owned();
            }
            let capabilities = d.get("capabilities").cloned().unwrap_or(Value::Null);
            let list_changed = capabilities
                .get("tools")
                .and_then(|t| t.get("listChanged"))
                .and_then(Value::as_bool)
                == Some(true);
            if let Ok(mut c) = conn.capabilities.lock() {
                *c = capabilities;
            }
            // Changes to the tool list arrive only on a subscription this revision asks for.
            if list_changed {
                conn.listen(Arc::clone(&self.changed)).await;
            }
            tracing::info!(server = %conn.server, protocol = %crate::stateless::VERSION, "MCP server connected");
            return Ok(());
        }
        match &conn.http {
            // An HTTP server of the handshake era refuses the probe with a 4xx (no session):
            // that is its answer, not a failure of the connection.
            Some(link) => {
                conn.alive.store(true, Ordering::Release);
                if let Ok(mut s) = link.session.lock() {
                    *s = None;
                }
            }
            None if !conn.alive.load(Ordering::Acquire) => {
                return Err("the server exited during discovery".into());
            }
            None => {}
        }
        conn.stateless.store(false, Ordering::Release);
        conn.set_http_protocol(None);
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
            .await
            .map_err(|e| format!("initialize failed: {e}"))?;
        let version = init
            .get("protocolVersion")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if !crate::PROTOCOL_VERSIONS.contains(&version.as_str()) {
            return Err(format!(
                "the server speaks protocol `{version}`, which Warden does not"
            ));
        }
        conn.set_http_protocol(Some(&version));
        if let Ok(mut v) = conn.protocol_version.lock() {
            *v = version;
        }
        if let Ok(mut c) = conn.capabilities.lock() {
            *c = init.get("capabilities").cloned().unwrap_or(Value::Null);
        }
        conn.notify("notifications/initialized", json!({})).await;
        tracing::info!(server = %conn.server, protocol = %conn.protocol_version.lock().map(|v| v.clone()).unwrap_or_default(), "MCP server connected");
        Ok(())
    }
}

impl Connection {
    async fn call(
        &self,
        method: &str,
        params: Value,
        timeout: Duration,
    ) -> Result<Value, CallError> {
        self.call_cancellable(method, params, timeout, None, None)
            .await
    }

    async fn call_cancellable(
        &self,
        method: &str,
        params: Value,
        timeout: Duration,
        cancel: Option<&tokio::sync::Notify>,
        bearer: Option<&str>,
    ) -> Result<Value, CallError> {
        if !self.alive.load(Ordering::Acquire) {
            return Err(self.gone("the server exited"));
        }
        let params = if self.stateless.load(Ordering::Acquire) {
            with_envelope(params)
        } else {
            params
        };
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        if let Some(link) = &self.http {
            return self
                .http_call(
                    link,
                    id,
                    rpc::request(id, method, params),
                    timeout,
                    cancel,
                    bearer,
                )
                .await;
        }
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

    /// The revision a streamable-HTTP server is spoken to in (`MCP-Protocol-Version`).
    fn set_http_protocol(&self, version: Option<&str>) {
        if let Some(link) = &self.http
            && let Ok(mut p) = link.protocol.lock()
        {
            *p = version.map(str::to_owned);
        }
    }

    /// Subscribes to the server's tool-list changes (the session-less revision delivers them
    /// only on a `subscriptions/listen` stream): over stdio the request stays open and its
    /// notifications arrive like any other; over HTTP a task reads the stream, and opens it
    /// again when it ends, until the connection is dropped.
    async fn listen(self: &Arc<Self>, changed: Arc<tokio::sync::Notify>) {
        let params = with_envelope(json!({"notifications": {"toolsListChanged": true}}));
        let Some(link) = &self.http else {
            let id = self.next_id.fetch_add(1, Ordering::Relaxed);
            let _ = self
                .send(&rpc::request(id, "subscriptions/listen", params))
                .await;
            return;
        };
        let weak = Arc::downgrade(self);
        let (client, url, headers) = (link.client.clone(), link.url.clone(), link.headers.clone());
        let token = link.token.clone();
        let task = tokio::spawn(async move {
            loop {
                let Some(conn) = weak.upgrade() else { return };
                if !conn.alive.load(Ordering::Acquire) {
                    return;
                }
                let id = conn.next_id.fetch_add(1, Ordering::Relaxed);
                let server = conn.server.clone();
                drop(conn);
                let mut req = client
                    .post(&url)
                    .header("accept", "application/json, text/event-stream")
                    .header("content-type", "application/json")
                    .header("mcp-protocol-version", crate::stateless::VERSION)
                    .header("mcp-method", "subscriptions/listen")
                    .json(&rpc::request(id, "subscriptions/listen", params.clone()));
                let own = match &token {
                    Some(t) => match t.token().await {
                        Ok(t) => Some(t),
                        Err(why) => {
                            tracing::warn!(%server, %why, "no access token for the MCP subscription");
                            tokio::time::sleep(Duration::from_secs(5)).await;
                            continue;
                        }
                    },
                    None => None,
                };
                for (k, v) in &headers {
                    if own.is_none() || !k.eq_ignore_ascii_case("authorization") {
                        req = req.header(k.as_str(), v.as_str());
                    }
                }
                if let Some(t) = &own {
                    req = req.header(
                        "authorization",
                        Zeroizing::new(format!("Bearer {}", t.as_str())).as_str(),
                    );
                }
                match req.send().await {
                    Ok(mut resp) if resp.status().is_success() => {
                        let mut buf = Vec::new();
                        while let Ok(Some(chunk)) = resp.chunk().await {
                            buf.extend_from_slice(&chunk);
                            if buf.len() > MAX_MESSAGE_BYTES {
                                break;
                            }
                            for data in crate::framing::take_events(&mut buf) {
                                if serde_json::from_str::<Value>(&data).ok().is_some_and(|m| {
                                    m.get("method").and_then(Value::as_str)
                                        == Some("notifications/tools/list_changed")
                                }) {
                                    tracing::info!(%server, "MCP server says its tools changed");
                                    changed.notify_one();
                                }
                            }
                        }
                    }
                    Ok(resp) => {
                        tracing::warn!(%server, status = resp.status().as_u16(), "MCP server refused the subscription to its tool changes");
                        return;
                    }
                    Err(_) => {}
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        });
        if let Ok(mut l) = self.listener.lock() {
            *l = Some(task);
        }
    }

    async fn notify(&self, method: &str, params: Value) {
        let msg = rpc::notification(method, params);
        match &self.http {
            Some(link) => {
                let _ = link.post(&msg, Duration::from_secs(10), None).await;
            }
            None => {
                let _ = self.send(&msg).await;
            }
        }
    }

    async fn http_call(
        &self,
        link: &HttpLink,
        id: u64,
        msg: Value,
        timeout: Duration,
        cancel: Option<&tokio::sync::Notify>,
        bearer: Option<&str>,
    ) -> Result<Value, CallError> {
        let cancelled = async {
            match cancel {
                Some(n) => n.notified().await,
                None => std::future::pending().await,
            }
        };
        let exchange = async {
            let resp = link.post(&msg, timeout, bearer).await?;
            link.answer(resp, id).await
        };
        let outcome = tokio::select! {
            r = tokio::time::timeout(timeout, exchange) => r,
            () = cancelled => {
                self.notify("notifications/cancelled", json!({"requestId": id, "reason": "cancelled by the client"})).await;
                return Err(CallError::Cancelled { server: self.server.clone() });
            }
        };
        match outcome {
            Err(_) => {
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
            Ok(Ok(Answer::Result(v))) => Ok(v),
            Ok(Ok(Answer::Error(code, message))) => Err(CallError::Rpc {
                server: self.server.clone(),
                code,
                message,
            }),
            Ok(Err(HttpTrouble::Unauthorized(status))) => Err(CallError::Unauthorized {
                server: self.server.clone(),
                status,
            }),
            Ok(Err(HttpTrouble::SessionGone)) => {
                self.alive.store(false, Ordering::Release);
                Err(self.gone("the server ended the session"))
            }
            Ok(Err(HttpTrouble::Failed(reason))) => {
                self.alive.store(false, Ordering::Release);
                Err(self.gone(&reason))
            }
        }
    }

    async fn send(&self, msg: &Value) -> std::io::Result<()> {
        let mut line = serde_json::to_vec(msg).map_err(std::io::Error::other)?;
        line.push(b'\n');
        let Some(stdin) = &self.stdin else {
            return Err(std::io::Error::other("not a stdio server"));
        };
        let mut stdin = stdin.lock().await;
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
        if let Some(task) = self.listener.lock().ok().and_then(|mut l| l.take()) {
            task.abort();
        }
        if let Some(child) = &self.child {
            let mut child = child.lock().await;
            let _ = child.start_kill();
            let _ = child.wait().await;
        }
        if let Some(link) = &self.http {
            link.close().await;
        }
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

impl Drop for Connection {
    fn drop(&mut self) {
        if let Some(task) = self.listener.get_mut().ok().and_then(Option::take) {
            task.abort();
        }
    }
}

/// What a streamable-HTTP exchange ended with.
enum Answer {
    Result(Value),
    Error(i64, String),
}

enum HttpTrouble {
    /// `404` for our session id: start over.
    SessionGone,
    /// `401`/`403` to a call with its own access token: that token, not the server, failed.
    Unauthorized(u16),
    /// Anything else: unreachable, an HTTP error, an answer that is not one.
    Failed(String),
}

impl HttpLink {
    async fn post(
        &self,
        msg: &Value,
        timeout: Duration,
        bearer: Option<&str>,
    ) -> Result<reqwest::Response, HttpTrouble> {
        // A call for an agent carries its own token; Warden's requests the connection's.
        let per_call = bearer.is_some();
        let own = match (bearer, &self.token) {
            (None, Some(source)) => Some(
                source
                    .token()
                    .await
                    .map_err(|why| HttpTrouble::Failed(format!("no access token: {why}")))?,
            ),
            _ => None,
        };
        let bearer = bearer.or(own.as_deref().map(String::as_str));
        let mut req = self
            .client
            .post(&self.url)
            .timeout(timeout)
            .header("accept", "application/json, text/event-stream")
            .header("content-type", "application/json")
            .body(serde_json::to_vec(msg).map_err(|e| HttpTrouble::Failed(e.to_string()))?);
        for (k, v) in &self.headers {
            if bearer.is_none() || !k.eq_ignore_ascii_case("authorization") {
                req = req.header(k.as_str(), v.as_str());
            }
        }
        if let Some(token) = bearer {
            req = req.header(
                "authorization",
                Zeroizing::new(format!("Bearer {token}")).as_str(),
            );
        }
        if let Some(s) = self.session.lock().ok().and_then(|s| s.clone()) {
            req = req.header("mcp-session-id", s);
        }
        if let Some(p) = self.protocol.lock().ok().and_then(|p| p.clone()) {
            // The session-less revision routes on headers that must say what the body says.
            if p == crate::stateless::VERSION
                && let Some(method) = msg.get("method").and_then(Value::as_str)
            {
                req = req.header("mcp-method", method);
                let params = msg.get("params");
                let name = match method {
                    "tools/call" | "prompts/get" => params.and_then(|p| p.get("name")),
                    "resources/read" => params.and_then(|p| p.get("uri")),
                    _ => None,
                };
                if let Some(n) = name.and_then(Value::as_str) {
                    req = req.header("mcp-name", crate::stateless::encode_header_value(n));
                }
            }
            req = req.header("mcp-protocol-version", p);
        }
        let resp = req.send().await.map_err(|e| {
            HttpTrouble::Failed(if e.is_timeout() {
                "timed out".to_owned()
            } else if e.is_connect() {
                "cannot connect".to_owned()
            } else {
                "the request failed".to_owned()
            })
        })?;
        if let Some(s) = resp
            .headers()
            .get("mcp-session-id")
            .and_then(|v| v.to_str().ok())
            && let Ok(mut session) = self.session.lock()
        {
            *session = Some(s.to_owned());
        }
        let json = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        match resp.status().as_u16() {
            200..=299 => Ok(resp),
            404 if self.session.lock().ok().is_some_and(|s| s.is_some()) => {
                Err(HttpTrouble::SessionGone)
            }
            401 if let (Some(source), Some(t)) = (&self.token, &own) => {
                // Revoked, or the server's keys rotated: the next connection gets a new one.
                source.refused(t.as_str());
                Err(HttpTrouble::Failed(
                    "HTTP 401 (the access token was refused)".into(),
                ))
            }
            status @ (401 | 403) if per_call => Err(HttpTrouble::Unauthorized(status)),
            // The session-less revision answers a refused request with a 4xx and a JSON-RPC
            // error (an unknown prompt: 400, -32602): the request's answer, not a dead server.
            400..=499 if json => Ok(resp),
            status => Err(HttpTrouble::Failed(format!("HTTP {status}"))),
        }
    }

    /// The answer to request `id`, from a JSON body or from the events of a stream.
    async fn answer(&self, mut resp: reqwest::Response, id: u64) -> Result<Answer, HttpTrouble> {
        let sse = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/event-stream"));
        let mut buf: Vec<u8> = Vec::new();
        loop {
            let chunk = resp
                .chunk()
                .await
                .map_err(|_| HttpTrouble::Failed("the answer broke off".into()))?;
            let done = chunk.is_none();
            if let Some(c) = chunk {
                buf.extend_from_slice(&c);
                if buf.len() > MAX_MESSAGE_BYTES {
                    return Err(HttpTrouble::Failed(
                        "the answer is larger than 16 MiB".into(),
                    ));
                }
            }
            if sse {
                // Events end with a blank line; each `data:` line of one event is a part of
                // one JSON-RPC message.
                for data in crate::framing::take_events(&mut buf) {
                    if let Ok(msg) = serde_json::from_str::<Value>(&data)
                        && let Some(a) = answer_to(&msg, id)
                    {
                        return Ok(a);
                    }
                }
            }
            if done {
                break;
            }
        }
        if !sse && let Ok(msg) = serde_json::from_slice::<Value>(&buf) {
            if let Some(a) = answer_to(&msg, id) {
                return Ok(a);
            }
            // An error the server could not attach to a request id (it could not read ours):
            // on this one exchange, it is the answer to our request.
            if msg.get("id").is_some_and(Value::is_null)
                && let Some(a) = answer_to(&with_id(msg, id), id)
            {
                return Ok(a);
            }
        }
        Err(HttpTrouble::Failed(
            "the server did not answer the request".into(),
        ))
    }

    /// Ends the session (best effort).
    async fn close(&self) {
        let session = self.session.lock().ok().and_then(|s| s.clone());
        if let Some(s) = session {
            let mut req = self
                .client
                .delete(&self.url)
                .timeout(Duration::from_secs(2))
                .header("mcp-session-id", s);
            for (k, v) in &self.headers {
                req = req.header(k.as_str(), v.as_str());
            }
            let _ = req.send().await;
        }
    }
}

fn with_id(mut msg: Value, id: u64) -> Value {
    if msg.get("error").is_some()
        && let Some(obj) = msg.as_object_mut()
    {
        obj.insert("id".into(), json!(id));
    }
    msg
}

/// A request's params with the session-less revision's envelope in `_meta` (keeping what
/// else `_meta` holds, a progress token for one).
fn with_envelope(mut params: Value) -> Value {
    if !params.is_object() {
        params = json!({});
    }
    if let Some(obj) = params.as_object_mut() {
        let meta = obj.entry("_meta").or_insert_with(|| json!({}));
        if !meta.is_object() {
            *meta = json!({});
        }
        if let Some(m) = meta.as_object_mut() {
            m.insert(
                crate::stateless::META_VERSION.into(),
                json!(crate::stateless::VERSION),
            );
            m.insert(crate::stateless::META_CAPABILITIES.into(), json!({}));
            m.insert(
                crate::stateless::META_CLIENT.into(),
                json!({"name": "warden", "version": env!("CARGO_PKG_VERSION")}),
            );
        }
    }
    params
}

fn answer_to(msg: &Value, id: u64) -> Option<Answer> {
    if rpc::kind(msg) != rpc::Kind::Response || msg.get("id").and_then(Value::as_u64) != Some(id) {
        return None;
    }
    Some(match msg.get("error") {
        Some(e) => Answer::Error(
            e.get("code").and_then(Value::as_i64).unwrap_or(0),
            e.get("message")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .chars()
                .take(500)
                .collect(),
        ),
        None => Answer::Result(msg.get("result").cloned().unwrap_or(Value::Null)),
    })
}

async fn read_loop(
    conn: Arc<Connection>,
    stdout: tokio::process::ChildStdout,
    changed: Arc<tokio::sync::Notify>,
) {
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
        if line.trim_ascii().is_empty() {
            continue;
        }
        let Some(msg) = crate::framing::line_message(&line) else {
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
            rpc::Kind::Notification => {
                if msg.get("method").and_then(Value::as_str)
                    == Some("notifications/tools/list_changed")
                {
                    tracing::info!(server = %conn.server, "MCP server says its tools changed");
                    changed.notify_one();
                }
            }
            rpc::Kind::Invalid => {}
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

/// Replaces every `{{env:NAME}}` and `{{secret:name}}` (resolved for `server`, so the vault
/// can check the secret's scope); `Err(reference)` for the first that does not resolve.
fn resolve_template(
    template: &Template,
    server: &str,
    resolve: &dyn Fn(&Reference, &str) -> Option<String>,
) -> Result<Zeroizing<String>, String> {
    template.try_render(|r| {
        resolve(r, server)
            .map(Zeroizing::new)
            .ok_or_else(|| match r {
                Reference::Env(name) => format!("env:{name}"),
                Reference::Secret(name) => format!("secret:{name}"),
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_resolve_and_name_what_is_missing() {
        let t = |s: &str| Template::parse(s).unwrap();
        let env = |r: &Reference, _: &str| {
            (*r == Reference::Env("TOKEN".into())).then(|| "s3cr3t".to_owned())
        };
        let ok = |s: &str| Ok(Zeroizing::new(s.to_owned()));
        assert_eq!(
            resolve_template(&t("Bearer {{env:TOKEN}}"), "s", &env),
            ok("Bearer s3cr3t")
        );
        assert_eq!(resolve_template(&t("plain"), "s", &env), ok("plain"));
        assert_eq!(
            resolve_template(&t("{{env:NOPE}}"), "s", &env),
            Err("env:NOPE".into())
        );
        let vault = |r: &Reference, server: &str| {
            (*r == Reference::Secret("key".into()) && server == "s").then(|| "v4lue".to_owned())
        };
        assert_eq!(
            resolve_template(&t("{{secret:key}}"), "s", &vault),
            ok("v4lue")
        );
        assert_eq!(
            resolve_template(&t("{{secret:key}}"), "other", &vault),
            Err("secret:key".into())
        );
    }
}
