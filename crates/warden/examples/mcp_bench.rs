//! `tools/call` through Warden's `/mcp` against the same upstream MCP server called directly
//! (over stdio, with Warden's own MCP client), in the same run. Used by `bench/mcp.sh`.
//!
//! mcp_bench WARDEN_MCP_URL AGENT_TOKEN UPSTREAM_COMMAND --calls N --concurrency C
//!
//! Latency: N sequential calls each way — direct, through Warden in the handshake era (a
//! 2025-06-18 session) and in the session-less revision (2026-07-28: envelope and routing
//! headers on every request) — interleaved in rounds of 100 so that drift on a shared machine
//! hits all alike. Throughput: C concurrent callers for N calls each way. Prints one JSON line
//! per measurement.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs,
    reason = "bench tool"
)]

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use warden_mcp::{ServerSpec, Transport, Upstreams};

fn arg(args: &[String], name: &str, default: u64) -> u64 {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn summary(target: &str, mode: &str, mut micros: Vec<u64>, elapsed: Duration) -> Value {
    micros.sort_unstable();
    let p = |q: f64| micros[((micros.len() as f64 - 1.0) * q).round() as usize] as f64 / 1000.0;
    json!({
        "target": target, "mode": mode, "calls": micros.len(),
        "p50_ms": p(0.5), "p90_ms": p(0.9), "p99_ms": p(0.99),
        "calls_per_s": (micros.len() as f64 / elapsed.as_secs_f64()).round(),
    })
}

struct Gateway {
    http: reqwest::Client,
    url: String,
    token: String,
    /// The handshake era's session; `None`: the session-less revision.
    session: Option<String>,
}

impl Gateway {
    async fn connect(url: &str, token: &str) -> Self {
        let http = reqwest::Client::builder()
            .pool_max_idle_per_host(256)
            .build()
            .unwrap();
        let resp = http
            .post(url)
            .bearer_auth(token)
            .json(&json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}}))
            .send()
            .await
            .unwrap();
        let session = resp.headers()["mcp-session-id"]
            .to_str()
            .unwrap()
            .to_owned();
        Self {
            http,
            url: url.to_owned(),
            token: token.to_owned(),
            session: Some(session),
        }
    }

    fn stateless(url: &str, token: &str) -> Self {
        Self {
            http: reqwest::Client::builder()
                .pool_max_idle_per_host(256)
                .build()
                .unwrap(),
            url: url.to_owned(),
            token: token.to_owned(),
            session: None,
        }
    }

    async fn call(&self, i: u64) {
        let mut params = json!({"name": "echo.echo", "arguments": {"text": "hello"}});
        let mut req = self.http.post(&self.url).bearer_auth(&self.token);
        match &self.session {
            Some(s) => req = req.header("mcp-session-id", s),
            None => {
                params["_meta"] = json!({
                    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
                    "io.modelcontextprotocol/clientCapabilities": {},
                });
                req = req
                    .header("mcp-protocol-version", "2026-07-28")
                    .header("mcp-method", "tools/call")
                    .header("mcp-name", "echo.echo");
            }
        }
        let v: Value = req
            .json(&json!({"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": params}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(v["result"]["isError"], false, "{v}");
    }
}

async fn direct(up: &Upstreams) {
    let r = up
        .call_tool("echo", "echo", &json!({"text": "hello"}), None, None)
        .await
        .unwrap();
    assert_eq!(r["isError"], false);
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (url, token, command) = (args[1].clone(), args[2].clone(), args[3].clone());
    let calls = arg(&args, "--calls", 5000);
    let concurrency = arg(&args, "--concurrency", 16);
    warden_execute::install_crypto_provider();
    let up = Arc::new(Upstreams::new(
        vec![ServerSpec {
            name: "echo".into(),
            transport: Transport::Stdio {
                command,
                args: vec![],
                env: BTreeMap::new(),
                cwd: None,
            },
            call_timeout: Duration::from_secs(10),
        }],
        Arc::new(|_: &warden_types::Reference, _: &str| None),
    ));
    let gw = Arc::new(Gateway::connect(&url, &token).await);
    let modern = Arc::new(Gateway::stateless(&url, &token));
    for i in 0..200 {
        direct(&up).await;
        gw.call(i).await;
        modern.call(i).await;
    }

    // Sequential latency, interleaved.
    let (mut d, mut g, mut m) = (Vec::new(), Vec::new(), Vec::new());
    let (mut d_time, mut g_time, mut m_time) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for round in 0..calls.div_ceil(100) {
        let t = Instant::now();
        for _ in 0..100 {
            let s = Instant::now();
            direct(&up).await;
            d.push(s.elapsed().as_micros() as u64);
        }
        d_time += t.elapsed();
        let t = Instant::now();
        for i in 0..100 {
            let s = Instant::now();
            gw.call(round * 100 + i).await;
            g.push(s.elapsed().as_micros() as u64);
        }
        g_time += t.elapsed();
        let t = Instant::now();
        for i in 0..100 {
            let s = Instant::now();
            modern.call(round * 100 + i).await;
            m.push(s.elapsed().as_micros() as u64);
        }
        m_time += t.elapsed();
    }
    println!("{}", summary("direct", "sequential", d, d_time));
    println!("{}", summary("gateway", "sequential", g, g_time));
    println!("{}", summary("gateway-2026-07-28", "sequential", m, m_time));

    // Throughput with concurrent callers; the two eras in the order A B B A, so that the
    // log growing during the run weighs on both alike.
    for target in [
        "direct",
        "gateway",
        "gateway-2026-07-28",
        "gateway-2026-07-28",
        "gateway",
    ] {
        let started = Instant::now();
        let mut tasks = Vec::new();
        for c in 0..concurrency {
            let (up, gw, modern) = (Arc::clone(&up), Arc::clone(&gw), Arc::clone(&modern));
            tasks.push(tokio::spawn(async move {
                let mut lat = Vec::new();
                for i in 0..calls / concurrency {
                    let s = Instant::now();
                    match target {
                        "direct" => direct(&up).await,
                        "gateway" => gw.call(c * 1_000_000 + i).await,
                        _ => modern.call(c * 1_000_000 + i).await,
                    }
                    lat.push(s.elapsed().as_micros() as u64);
                }
                lat
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        println!(
            "{}",
            summary(
                target,
                &format!("{concurrency} concurrent"),
                all,
                started.elapsed()
            )
        );
    }
    up.shutdown().await;
}
