//! `tools/call` through Warden's `/mcp` against the same upstream MCP server called directly
//! (over stdio, with Warden's own MCP client), in the same run. Used by `bench/mcp.sh`.
//!
//! mcp_bench WARDEN_MCP_URL AGENT_TOKEN UPSTREAM_COMMAND --calls N --concurrency C
//!
//! Latency: N sequential calls each way, interleaved in rounds of 100 so that drift on a
//! shared machine hits both alike. Throughput: C concurrent callers for N calls each way.
//! Prints one JSON line per measurement.
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
    session: String,
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
            session,
        }
    }

    async fn call(&self, i: u64) {
        let v: Value = self
            .http
            .post(&self.url)
            .bearer_auth(&self.token)
            .header("mcp-session-id", &self.session)
            .json(&json!({"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": {"name": "echo.echo", "arguments": {"text": "hello"}}}))
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
        .call_tool("echo", "echo", &json!({"text": "hello"}), None)
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
    for i in 0..200 {
        direct(&up).await;
        gw.call(i).await;
    }

    // Sequential latency, interleaved.
    let (mut d, mut g) = (Vec::new(), Vec::new());
    let (mut d_time, mut g_time) = (Duration::ZERO, Duration::ZERO);
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
    }
    println!("{}", summary("direct", "sequential", d, d_time));
    println!("{}", summary("gateway", "sequential", g, g_time));

    // Throughput with concurrent callers.
    for target in ["direct", "gateway"] {
        let started = Instant::now();
        let mut tasks = Vec::new();
        for c in 0..concurrency {
            let (up, gw) = (Arc::clone(&up), Arc::clone(&gw));
            tasks.push(tokio::spawn(async move {
                let mut lat = Vec::new();
                for i in 0..calls / concurrency {
                    let s = Instant::now();
                    if target == "direct" {
                        direct(&up).await;
                    } else {
                        gw.call(c * 1_000_000 + i).await;
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
