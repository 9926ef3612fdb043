//! Load generator for `bench/e2e.sh`: POSTs a JSON body to a URL, either at a fixed rate (open
//! loop: latency is measured from each request's scheduled start, so a stall is not hidden)
//! or as fast as `--concurrency` connections allow (closed loop). Prints one JSON line.
//!
//! loadgen URL TOKEN BODY_JSON (--rate N | --concurrency N) --seconds S
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs,
    reason = "bench tool"
)]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::Mutex;

fn arg(args: &[String], name: &str) -> Option<u64> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)] as f64 / 1000.0
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: loadgen URL TOKEN BODY_JSON (--rate N | --concurrency N) --seconds S");
        std::process::exit(2);
    }
    let url = args[1].clone();
    let token = args[2].clone();
    let body: serde_json::Value = serde_json::from_str(&args[3]).expect("BODY_JSON");
    let seconds = arg(&args, "--seconds").unwrap_or(10);
    let rate = arg(&args, "--rate");
    let concurrency = arg(&args, "--concurrency").unwrap_or(32);
    warden_execute::install_crypto_provider();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(1024)
        .build()
        .unwrap();
    let latencies = Arc::new(Mutex::new(Vec::<u64>::with_capacity(1 << 20)));
    let errors = Arc::new(AtomicU64::new(0));
    let body = Arc::new(serde_json::to_vec(&body).unwrap());
    // Warm the connection pool.
    for _ in 0..8 {
        let _ = client
            .post(&url)
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body(body.as_ref().clone())
            .send()
            .await;
    }
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    match rate {
        Some(rate) => {
            let interval = Duration::from_nanos(1_000_000_000 / rate.max(1));
            let mut next = Instant::now();
            while next < deadline {
                tokio::time::sleep_until(next.into()).await;
                let scheduled = next;
                let (client, url, token, body) = (
                    client.clone(),
                    url.clone(),
                    token.clone(),
                    Arc::clone(&body),
                );
                let (lat, errs) = (Arc::clone(&latencies), Arc::clone(&errors));
                tasks.push(tokio::spawn(async move {
                    let r = client
                        .post(&url)
                        .bearer_auth(&token)
                        .header("content-type", "application/json")
                        .body(body.as_ref().clone())
                        .send()
                        .await;
                    let ok = match r {
                        Ok(resp) => resp.status().is_success() && resp.bytes().await.is_ok(),
                        Err(_) => false,
                    };
                    if ok {
                        lat.lock()
                            .await
                            .push(scheduled.elapsed().as_micros() as u64);
                    } else {
                        errs.fetch_add(1, Ordering::Relaxed);
                    }
                }));
                next += interval;
            }
        }
        None => {
            for _ in 0..concurrency {
                let (client, url, token, body) = (
                    client.clone(),
                    url.clone(),
                    token.clone(),
                    Arc::clone(&body),
                );
                let (lat, errs) = (Arc::clone(&latencies), Arc::clone(&errors));
                tasks.push(tokio::spawn(async move {
                    let mut local = Vec::new();
                    while Instant::now() < deadline {
                        let t = Instant::now();
                        let r = client
                            .post(&url)
                            .bearer_auth(&token)
                            .header("content-type", "application/json")
                            .body(body.as_ref().clone())
                            .send()
                            .await;
                        let ok = match r {
                            Ok(resp) => resp.status().is_success() && resp.bytes().await.is_ok(),
                            Err(_) => false,
                        };
                        if ok {
                            local.push(t.elapsed().as_micros() as u64);
                        } else {
                            errs.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    lat.lock().await.extend(local);
                }));
            }
        }
    }
    for t in tasks {
        let _ = t.await;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let mut l = latencies.lock().await.clone();
    l.sort_unstable();
    println!(
        "{}",
        serde_json::json!({
            "mode": if rate.is_some() { "rate" } else { "closed" },
            "target_rate": rate,
            "concurrency": if rate.is_some() { None } else { Some(concurrency) },
            "ok": l.len(),
            "errors": errors.load(Ordering::Relaxed),
            "throughput": (l.len() as f64 / elapsed).round(),
            "p50_ms": percentile(&l, 0.50),
            "p90_ms": percentile(&l, 0.90),
            "p99_ms": percentile(&l, 0.99),
            "max_ms": percentile(&l, 1.0),
        })
    );
}
