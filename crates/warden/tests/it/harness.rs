//! Starts `warden serve` on a copy of the reference deployment.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

pub const BIN: &str = env!("CARGO_BIN_EXE_warden");
/// The upstream credential; it must never appear anywhere an agent, a log or the audit log can see.
pub const CANARY_KEY: &str = "canary-UPSTREAM-KEY-7f3a9c1e5b";
/// The LLM provider credential (LLM_API_KEY) every test checks never leaks.
pub const CANARY_LLM_KEY: &str = "canary-LLM-PROVIDER-KEY-2d8e6f0a4c";

pub fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/groupany")
}

/// Extra tools that misbehave on purpose, for upstream failure tests.
const FAULT_TOOLS: &str = r#"
[tools."ops.slow"]
system = "ops"
kind = "read"
risk = "low"
schema = { type = "object" }
connector = { type = "http", upstream = "groupany", path = "/fault/slow", headers = { Authorization = "Bearer {{env:GROUPANY_API_KEY}}" }, timeout = "500ms" }

[tools."ops.broken"]
system = "ops"
kind = "read"
risk = "low"
schema = { type = "object" }
connector = { type = "http", upstream = "groupany", path = "/fault/error", headers = { Authorization = "Bearer {{env:GROUPANY_API_KEY}}" } }
"#;

const FAULT_POLICY: &str = r#"
@id("sec-ops-faults")
permit(principal == Agent::"sec-bot", action in [Action::"ops.slow", Action::"ops.broken"], resource);
"#;

/// Writes a copy of the reference deployment (plus fault tools) into `dir`; `edit` may rewrite
/// the configuration text.
pub fn write_deployment(dir: &Path, edit: impl Fn(String) -> String) -> PathBuf {
    let src = example_dir();
    std::fs::create_dir_all(dir.join("policies")).unwrap();
    for entry in std::fs::read_dir(src.join("policies")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join("policies").join(entry.file_name())).unwrap();
    }
    std::fs::write(dir.join("policies/zz-faults.cedar"), FAULT_POLICY).unwrap();
    let text = std::fs::read_to_string(src.join("warden.toml")).unwrap() + FAULT_TOOLS;
    let path = dir.join("warden.toml");
    std::fs::write(&path, edit(text)).unwrap();
    path
}

/// An environment entry the harness reads itself: the address `serve` listens on (for a
/// configuration that must know it beforehand, e.g. an OpenID Connect redirect URL).
pub const LISTEN: &str = "WARDEN_TEST_LISTEN";

/// Waits up to 10 s until something listens on `addr` (`what` names it if nothing does).
pub fn wait_listening(addr: &str, what: &str) {
    for _ in 0..200 {
        if std::net::TcpStream::connect(addr).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{what} did not start listening on {addr}");
}

/// A loopback address with a port free right now.
pub fn free_addr() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().to_string()
}

pub struct Upstream {
    pub url: String,
}

pub async fn upstream() -> Upstream {
    let fake = warden_fake_upstream::Upstream::new(Some(CANARY_KEY.to_owned()))
        .with_llm_key(Some(CANARY_LLM_KEY.to_owned()));
    let addr = fake
        .clone()
        .spawn(([127, 0, 0, 1], 0).into())
        .await
        .unwrap();
    Upstream {
        url: format!("http://{addr}"),
    }
}

pub struct Server {
    /// Kept so the directory lives as long as the server.
    pub _dir: tempfile::TempDir,
    pub config: PathBuf,
    pub db: PathBuf,
    pub base: String,
    pub admin: String,
    pub child: Child,
    pub log: PathBuf,
    pub upstream_url: String,
    pub http: reqwest::Client,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn run_cli(args: &[&str], envs: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new(BIN)
        .args(args)
        // The reference deployment's MCP server is played by this binary.
        .env("WARDEN_MCP_KB_COMMAND", BIN)
        .envs(envs.iter().copied())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs the CLI against the server at `base` as `token`, with `stdin` as its input if given.
pub fn cli_as(
    base: &str,
    token: &str,
    args: &[&str],
    stdin: Option<&str>,
) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(args)
        .env("WARDEN_ADDR", base)
        .env("WARDEN_TOKEN", token)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Spawns `warden serve` and waits for its address.
pub fn spawn_serve(config: &Path, db: &Path, log: &Path, upstream_url: &str) -> (Child, String) {
    spawn_serve_with(config, db, log, upstream_url, &[])
}

/// [`spawn_serve`] with more environment variables.
pub fn spawn_serve_with(
    config: &Path,
    db: &Path,
    log: &Path,
    upstream_url: &str,
    envs: &[(&str, &str)],
) -> (Child, String) {
    let log_file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .unwrap();
    let mut child = Command::new(BIN)
        .args(["serve", "--config"])
        .arg(config)
        .arg("--db")
        .arg(db)
        .args(["--listen"])
        .arg(
            envs.iter()
                .find(|(k, _)| *k == LISTEN)
                .map_or("127.0.0.1:0", |(_, v)| v),
        )
        .env("WARDEN_UPSTREAM_GROUPANY_URL", upstream_url)
        .env("GROUPANY_API_KEY", CANARY_KEY)
        .env("LLM_API_KEY", CANARY_LLM_KEY)
        .env(
            "WARDEN_PROVIDER_OPENAI_URL",
            format!("{upstream_url}/llm/openai/v1"),
        )
        .env(
            "WARDEN_PROVIDER_LABS_URL",
            format!("{upstream_url}/llm/openai/v1"),
        )
        .env(
            "WARDEN_PROVIDER_CLAUDE_URL",
            format!("{upstream_url}/llm/anthropic/v1"),
        )
        .env("RUST_LOG", "debug")
        .env("WARDEN_MCP_KB_COMMAND", BIN)
        .envs(envs.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(log_file))
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let base = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}; see {}", log.display()))
        .to_owned();
    (child, base)
}

impl Server {
    pub async fn start() -> Self {
        Self::start_with(|t| t).await
    }

    pub async fn start_with(edit: impl Fn(String) -> String) -> Self {
        Self::start_with_env(edit, &[]).await
    }

    /// [`Server::start_with`] with more environment for `init` and `serve` (e.g.
    /// `WARDEN_POSTGRES`).
    pub async fn start_with_env(edit: impl Fn(String) -> String, envs: &[(&str, &str)]) -> Self {
        warden_execute::install_crypto_provider();
        let up = upstream().await;
        let dir = tempfile::tempdir().unwrap();
        let config = write_deployment(dir.path(), edit);
        let db = dir.path().join("data/warden.db");
        let (code, stdout, stderr) = run_cli(
            &[
                "init",
                "--json",
                "--config",
                config.to_str().unwrap(),
                "--db",
                db.to_str().unwrap(),
            ],
            envs,
        );
        assert_eq!(code, 0, "init failed: {stderr}");
        let admin = serde_json::from_str::<Value>(&stdout).unwrap()["token"]
            .as_str()
            .unwrap()
            .to_owned();
        let log = dir.path().join("serve.log");
        let (child, base) = spawn_serve_with(&config, &db, &log, &up.url, envs);
        Self {
            _dir: dir,
            config,
            db,
            base,
            admin,
            child,
            log,
            upstream_url: up.url,
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .unwrap(),
        }
    }

    pub async fn request(
        &self,
        token: &str,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let url = format!("{}{path}", self.base);
        let req = match method {
            "GET" => self.http.get(url),
            "POST" => self.http.post(url).json(&body.unwrap_or(json!({}))),
            other => panic!("{other}"),
        };
        let resp = req.bearer_auth(token).send().await.unwrap();
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    /// One raw JSON-RPC message to `/mcp` as `token`, in `session` if given.
    pub async fn mcp_post(
        &self,
        token: &str,
        session: Option<&str>,
        body: Value,
    ) -> reqwest::Result<reqwest::Response> {
        let mut req = self
            .http
            .post(format!("{}/mcp", self.base))
            .bearer_auth(token)
            .header("accept", "application/json, text/event-stream")
            .json(&body);
        if let Some(id) = session {
            req = req.header("mcp-session-id", id);
        }
        req.send().await
    }

    pub async fn token(&self, kind: &str, subject: &str) -> String {
        let (s, v) = self
            .request(
                &self.admin,
                "POST",
                "/v1/admin/tokens",
                Some(json!({"kind": kind, "subject": subject})),
            )
            .await;
        assert_eq!(s, 200, "{v}");
        v["token"].as_str().unwrap().to_owned()
    }

    pub async fn act(&self, token: &str, tool: &str, args: Value, session: &str) -> (u16, Value) {
        self.request(
            token,
            "POST",
            "/v1/actions",
            Some(json!({"tool": tool, "arguments": args, "session": session})),
        )
        .await
    }

    pub async fn calls(&self, tool: &str) -> Vec<Value> {
        let v: Vec<Value> = self
            .http
            .get(format!("{}/_calls", self.upstream_url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v.into_iter().filter(|c| c["tool"] == tool).collect()
    }

    /// An operator opens a run for `agent`, with the user's `task` if given; its id.
    pub async fn open_run(&self, agent: &str, task: Option<&str>) -> String {
        let body = task.map(|t| json!({ "task": t }));
        let (st, v) = self
            .request(
                &self.admin,
                "POST",
                &format!("/v1/admin/agents/{agent}/runs"),
                body,
            )
            .await;
        assert_eq!(st, 200, "{v}");
        v["run"].as_str().unwrap().to_owned()
    }

    /// Makes the fake upstream answer `tool` with `result` from now on (`PUT /_fixtures/{tool}`).
    pub async fn fixture(&self, tool: &str, result: Value) {
        let put = self
            .http
            .put(format!("{}/_fixtures/{tool}", self.upstream_url))
            .json(&result)
            .send()
            .await
            .unwrap();
        assert_eq!(put.status(), 204);
    }

    pub async fn audit(&self, query: &str) -> Vec<Value> {
        let (s, v) = self
            .request(
                &self.admin,
                "GET",
                &format!("/v1/admin/audit?{query}"),
                None,
            )
            .await;
        assert_eq!(s, 200, "{v}");
        v.as_array().unwrap().clone()
    }
}

/// A schema of its own in the local PostgreSQL (`WARDEN_TEST_POSTGRES`, default
/// `host=127.0.0.1 user=postgres dbname=test`); the connection string that uses it.
pub fn postgres_schema(tag: &str) -> String {
    let base = std::env::var("WARDEN_TEST_POSTGRES")
        .unwrap_or_else(|_| "host=127.0.0.1 user=postgres dbname=test".into());
    let name = format!("warden_it_{tag}_{}", std::process::id());
    let b = base.clone();
    let create = format!("DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name}");
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&b, postgres::NoTls)
            .expect("the PostgreSQL tests need a server (.ci/run starts the local one)");
        c.batch_execute(&create).unwrap();
    })
    .join()
    .unwrap();
    format!("{base} options='-c search_path={name}'")
}

/// Drops the schema [`postgres_schema`] made.
pub fn drop_postgres_schema(conn: &str) {
    let schema = conn
        .split("search_path=")
        .nth(1)
        .unwrap()
        .trim_end_matches('\'')
        .to_owned();
    let base = conn.split(" options=").next().unwrap().to_owned();
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&base, postgres::NoTls).unwrap();
        // A server still running on the schema (its monitor, checkpoints) can deadlock with the
        // drop; the drop is retried then, as the deadlock detector aborted only it.
        for attempt in 0.. {
            match c.batch_execute(&format!("DROP SCHEMA {schema} CASCADE")) {
                Ok(()) => break,
                Err(e)
                    if attempt < 10
                        && e.code() == Some(&postgres::error::SqlState::T_R_DEADLOCK_DETECTED) =>
                {
                    std::thread::sleep(Duration::from_millis(200));
                }
                Err(e) => panic!("cannot drop schema {schema}: {e}"),
            }
        }
    })
    .join()
    .unwrap();
}

/// Waits until the server at `base` accepts agent `token` (a token made through another
/// process reaches this one by the change feed).
pub async fn token_known_at(http: &reqwest::Client, base: &str, token: &str) {
    eventually("the other process knows the token", async || {
        http.get(format!("{base}/v1/models"))
            .bearer_auth(token)
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
    })
    .await;
}

/// Retries `f` until it returns true (changes between processes arrive by notification, within
/// milliseconds); fails after 5 s naming `what`.
pub async fn eventually(what: &str, mut f: impl AsyncFnMut() -> bool) {
    for _ in 0..100 {
        if f().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{what}: not within 5 s");
}
