//! Chat completions through proxies against the same fake provider, in the same run: added
//! latency, throughput at several concurrencies, and streaming time to first token. Used by
//! `bench/llm.sh`.
//!
//! llm_bench --target NAME=BASE_URL=KEY [--target …] --calls N --concurrency 1,8,32
//!
//! `BASE_URL` is what an OpenAI SDK would get as `base_url` (…/v1). Latency: N sequential calls
//! per target, interleaved in rounds of 50 so drift on a shared machine hits all alike.
//! Throughput: C concurrent callers, N calls per target and concurrency. Time to first token:
//! N/2 sequential streamed calls, until the first content delta arrives. One JSON line each.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs,
    reason = "bench tool"
)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

struct Target {
    name: String,
    url: String,
    key: String,
}

fn summary(
    target: &str,
    mode: &str,
    mut micros: Vec<u64>,
    elapsed: Duration,
    extra: Value,
) -> Value {
    micros.sort_unstable();
    let p = |q: f64| micros[((micros.len() as f64 - 1.0) * q).round() as usize] as f64 / 1000.0;
    let mut v = json!({
        "target": target, "mode": mode, "calls": micros.len(),
        "p50_ms": p(0.5), "p90_ms": p(0.9), "p99_ms": p(0.99),
        "calls_per_s": (micros.len() as f64 / elapsed.as_secs_f64()).round(),
    });
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        o.extend(e.clone());
    }
    v
}

fn body(stream: bool) -> Value {
    json!({
        "model": "gpt-4o-mini",
        "max_tokens": 64,
        "stream": stream,
        "messages": [
            {"role": "system", "content": "You are GroupAny's support assistant."},
            {"role": "user", "content": "Summarise the ticket from ada.lovelace@example.net: the parcel for order 1182 never arrived and she asks for a refund to card 4111 1111 1111 1111."},
        ],
    })
}

async fn call(http: &reqwest::Client, t: &Target) -> u64 {
    let started = Instant::now();
    let resp = http
        .post(format!("{}/chat/completions", t.url))
        .bearer_auth(&t.key)
        .json(&body(false))
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{}: {}", t.name, resp.status());
    let v: Value = resp.json().await.unwrap();
    assert!(
        v["choices"][0]["message"]["content"].is_string(),
        "{}: {v}",
        t.name
    );
    u64::try_from(started.elapsed().as_micros()).unwrap()
}

/// Time until the first streamed content delta.
async fn first_token(http: &reqwest::Client, t: &Target) -> u64 {
    let started = Instant::now();
    let mut resp = http
        .post(format!("{}/chat/completions", t.url))
        .bearer_auth(&t.key)
        .json(&body(true))
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{}: {}", t.name, resp.status());
    let mut seen = String::new();
    let mut at = None;
    while let Some(chunk) = resp.chunk().await.unwrap() {
        seen.push_str(&String::from_utf8_lossy(&chunk));
        if at.is_none() && seen.contains("\"content\":\"") && seen.contains("You") {
            at = Some(started.elapsed());
        }
    }
    u64::try_from(at.expect("no content delta").as_micros()).unwrap()
}

#[tokio::main]
async fn main() {
    warden_execute::install_crypto_provider();
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let calls: usize = value("--calls")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let concurrency: Vec<usize> = value("--concurrency")
        .unwrap_or_else(|| "1,8,32".into())
        .split(',')
        .filter_map(|c| c.parse().ok())
        .collect();
    let targets: Vec<Arc<Target>> = args
        .windows(2)
        .filter(|w| w[0] == "--target")
        .map(|w| {
            let mut parts = w[1].splitn(3, '=');
            Arc::new(Target {
                name: parts.next().unwrap().to_owned(),
                url: parts.next().unwrap().trim_end_matches('/').to_owned(),
                key: parts.next().unwrap_or_default().to_owned(),
            })
        })
        .collect();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(512)
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();

    // Warm up every target.
    for t in &targets {
        for _ in 0..50 {
            call(&http, t).await;
        }
    }

    // Latency, sequential, interleaved.
    let mut lat: Vec<(Vec<u64>, Duration)> = targets
        .iter()
        .map(|_| (Vec::new(), Duration::ZERO))
        .collect();
    for _ in 0..calls.div_ceil(50) {
        for (i, t) in targets.iter().enumerate() {
            let started = Instant::now();
            for _ in 0..50 {
                lat[i].0.push(call(&http, t).await);
            }
            lat[i].1 += started.elapsed();
        }
    }
    let direct_p50 = {
        let mut d = lat[0].0.clone();
        d.sort_unstable();
        d[d.len() / 2]
    };
    for (t, (micros, elapsed)) in targets.iter().zip(lat) {
        let mut sorted = micros.clone();
        sorted.sort_unstable();
        let added = (sorted[sorted.len() / 2] as f64 - direct_p50 as f64) / 1000.0;
        println!(
            "{}",
            summary(
                &t.name,
                "sequential",
                micros,
                elapsed,
                json!({"added_p50_ms": added})
            )
        );
    }

    // Throughput at each concurrency.
    for &c in &concurrency {
        for t in &targets {
            let started = Instant::now();
            let per = calls.div_ceil(c);
            let tasks: Vec<_> = (0..c)
                .map(|_| {
                    let http = http.clone();
                    let t = Arc::clone(t);
                    tokio::spawn(async move {
                        let mut v = Vec::with_capacity(per);
                        for _ in 0..per {
                            v.push(call(&http, &t).await);
                        }
                        v
                    })
                })
                .collect();
            let mut micros = Vec::new();
            for task in tasks {
                micros.extend(task.await.unwrap());
            }
            println!(
                "{}",
                summary(
                    &t.name,
                    &format!("concurrency {c}"),
                    micros,
                    started.elapsed(),
                    json!({})
                )
            );
        }
    }

    // Streaming: time to first token, sequential, interleaved.
    let mut ttft: Vec<(Vec<u64>, Duration)> = targets
        .iter()
        .map(|_| (Vec::new(), Duration::ZERO))
        .collect();
    for _ in 0..(calls / 2).div_ceil(25) {
        for (i, t) in targets.iter().enumerate() {
            let started = Instant::now();
            for _ in 0..25 {
                ttft[i].0.push(first_token(&http, t).await);
            }
            ttft[i].1 += started.elapsed();
        }
    }
    for (t, (micros, elapsed)) in targets.iter().zip(ttft) {
        println!(
            "{}",
            summary(&t.name, "stream first token", micros, elapsed, json!({}))
        );
    }
}
