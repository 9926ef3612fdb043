//! `tools/call` through Warden's `/mcp` against the same upstream MCP server called directly
//! (over stdio, with Warden's own MCP client), in the same run. Used by `bench/mcp.sh`.
//!
//! mcp_bench WARDEN_MCP_URL AGENT_TOKEN UPSTREAM_COMMAND --calls N --concurrency C
//!           [--peer NAME URL TOKEN TOOL --peer-upstream URL --peer-calls M]
//!
//! Latency: N sequential calls each way — direct, through Warden in the handshake era (a
//! 2025-06-18 session) and in the session-less revision (2026-07-28: envelope and routing
//! headers on every request) — interleaved in rounds of 100 so that drift on a shared machine
//! hits all alike. Throughput: C concurrent callers for N calls each way. Prints one JSON line
//! per measurement.
//!
//! `--peer`: another MCP gateway fronting the same server over streamable HTTP (a 2025-06-18
//! session as any MCP client opens one: `initialize`, `notifications/initialized`, then calls
//! with the session and protocol headers), and `--peer-upstream` the same server behind the
//! HTTP bridge that gateway needs, called directly without a gateway: M calls each, in the same
//! rounds and the same throughput sequence.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
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

/// A streamable HTTP MCP endpoint other than Warden's (a peer gateway, or the bridge it calls).
struct Peer {
    http: reqwest::Client,
    url: String,
    token: Option<String>,
    tool: String,
    session: Option<String>,
    version: String,
}

/// The JSON-RPC message of a response, sent as JSON or as one server-sent event.
async fn message(resp: reqwest::Response) -> Value {
    let sse = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/event-stream"));
    let body = resp.text().await.unwrap();
    let text = if sse {
        body.lines()
            .filter_map(|l| l.strip_prefix("data:"))
            .map(str::trim)
            .find(|d| d.contains("\"jsonrpc\""))
            .unwrap_or_default()
            .to_owned()
    } else {
        body
    };
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

impl Peer {
    async fn connect(url: &str, token: Option<&str>, tool: &str) -> Self {
        let mut peer = Self {
            http: reqwest::Client::builder()
                .pool_max_idle_per_host(256)
                .build()
                .unwrap(),
            url: url.to_owned(),
            token: token.map(str::to_owned),
            tool: tool.to_owned(),
            session: None,
            version: "2025-06-18".into(),
        };
        let resp = peer
            .request()
            .json(&json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}}))
            .send()
            .await
            .unwrap();
        peer.session = resp
            .headers()
            .get("mcp-session-id")
            .map(|v| v.to_str().unwrap().to_owned());
        let init = message(resp).await;
        peer.version = init["result"]["protocolVersion"]
            .as_str()
            .unwrap_or_else(|| panic!("initialize: {init}"))
            .to_owned();
        let resp = peer
            .request()
            .json(&json!({"jsonrpc": "2.0", "method": "notifications/initialized"}))
            .send()
            .await
            .unwrap();
        assert!(resp.status().is_success(), "{}", resp.status());
        peer
    }

    fn request(&self) -> reqwest::RequestBuilder {
        let mut req = self
            .http
            .post(&self.url)
            .header("accept", "application/json, text/event-stream")
            .header("mcp-protocol-version", &self.version);
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        if let Some(s) = &self.session {
            req = req.header("mcp-session-id", s);
        }
        req
    }

    async fn call(&self, i: u64) {
        let resp = self
            .request()
            .json(&json!({"jsonrpc": "2.0", "id": i + 1, "method": "tools/call", "params": {"name": self.tool, "arguments": {"text": "hello"}}}))
            .send()
            .await
            .unwrap();
        let v = message(resp).await;
        assert_eq!(v["result"]["isError"], false, "{v}");
        assert_eq!(v["result"]["content"][0]["text"], "hello", "{v}");
    }
}

fn text_arg(args: &[String], name: &str, n: usize) -> Option<Vec<String>> {
    let i = args.iter().position(|a| a == name)?;
    let values = args.get(i + 1..=i + n)?;
    Some(values.to_vec())
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
    // The peer and its upstream, if any: (label, endpoint).
    let mut peers: Vec<(String, Arc<Peer>)> = Vec::new();
    if let Some(p) = text_arg(&args, "--peer", 4) {
        let [name, peer_url, peer_token, tool] = <[String; 4]>::try_from(p).unwrap();
        let peer = Peer::connect(&peer_url, Some(&peer_token), &tool).await;
        peers.push((name, Arc::new(peer)));
    }
    if let Some(p) = text_arg(&args, "--peer-upstream", 1) {
        let peer = Peer::connect(&p[0], None, "echo").await;
        peers.push(("peer-upstream".into(), Arc::new(peer)));
    }
    let peer_calls = arg(&args, "--peer-calls", 1000);
    for (_, peer) in &peers {
        for i in 0..20 {
            peer.call(i).await;
        }
    }

    // Sequential latency, interleaved.
    let (mut d, mut g, mut m) = (Vec::new(), Vec::new(), Vec::new());
    let (mut d_time, mut g_time, mut m_time) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let mut p: Vec<Vec<u64>> = vec![Vec::new(); peers.len()];
    let mut p_time = vec![Duration::ZERO; peers.len()];
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
        if (round + 1) * 100 > peer_calls {
            continue;
        }
        for (k, (_, peer)) in peers.iter().enumerate() {
            let t = Instant::now();
            for i in 0..100 {
                let s = Instant::now();
                peer.call(round * 100 + i).await;
                p[k].push(s.elapsed().as_micros() as u64);
            }
            p_time[k] += t.elapsed();
        }
    }
    println!("{}", summary("direct", "sequential", d, d_time));
    println!("{}", summary("gateway", "sequential", g, g_time));
    println!("{}", summary("gateway-2026-07-28", "sequential", m, m_time));
    for ((name, _), (lat, time)) in peers.iter().zip(p.into_iter().zip(p_time)) {
        println!("{}", summary(name, "sequential", lat, time));
    }
    // The peers' throughput, each with the same callers (fewer calls: a slower gateway).
    for (name, peer) in &peers {
        let started = Instant::now();
        let mut tasks = Vec::new();
        for c in 0..concurrency {
            let peer = Arc::clone(peer);
            tasks.push(tokio::spawn(async move {
                let mut lat = Vec::new();
                for i in 0..peer_calls / concurrency {
                    let s = Instant::now();
                    peer.call(c * 1_000_000 + i).await;
                    lat.push(s.elapsed().as_micros() as u64);
                }
                lat
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        let mode = format!("{concurrency} concurrent");
        println!("{}", summary(name, &mode, all, started.elapsed()));
    }

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
