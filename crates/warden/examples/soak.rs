//! Soak load for `bench/soak.sh`: a weighted mix of requests (actions of several agents, MCP
//! calls, LLM calls) sent at a fixed rate (open loop: latency from each request's scheduled
//! start, so a stall is not hidden) for a long time, with one JSON line per sampling window:
//! requests, latency percentiles, answers other than expected, and the gateway process's
//! resident memory, open file descriptors and WAL size.
//!
//! soak MIX_JSON --rate N --seconds S [--sample S] [--pid PID] [--wal PATH]
//!
//! MIX_JSON: `[{"name", "weight", "url", "token", "headers": {…}, "body": {…}}]`. Each entry is
//! sent twice before the run; the status of the second answer is what it must answer during
//! the run (a read that is allowed stays allowed, a denial stays denied, a hold stays held).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs,
    reason = "bench tool"
)]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

#[derive(Clone)]
struct Entry {
    name: String,
    url: String,
    token: String,
    headers: Vec<(String, String)>,
    body: Arc<Vec<u8>>,
    expect: u16,
}

#[derive(Default)]
struct Window {
    latencies: Vec<u64>,
    unexpected: BTreeMap<String, u64>,
    errors: u64,
    by_name: BTreeMap<String, u64>,
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)] as f64 / 1000.0
}

async fn send(client: &reqwest::Client, e: &Entry) -> Result<u16, reqwest::Error> {
    let mut req = client
        .post(&e.url)
        .bearer_auth(&e.token)
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream");
    for (k, v) in &e.headers {
        req = req.header(k, v);
    }
    let resp = req.body(e.body.as_ref().clone()).send().await?;
    let status = resp.status().as_u16();
    resp.bytes().await?;
    Ok(status)
}

/// Resident memory (KiB) and open file descriptors of `pid`.
fn process(pid: Option<u32>) -> (Option<u64>, Option<u64>) {
    let Some(pid) = pid else {
        return (None, None);
    };
    let rss = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        });
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .ok()
        .map(|d| d.count() as u64);
    (rss, fds)
}

/// Least-squares slope of `ys` against `xs`.
fn slope(xs: &[f64], ys: &[f64]) -> f64 {
    let n = xs.len() as f64;
    if xs.len() < 2 {
        return 0.0;
    }
    let (mx, my) = (xs.iter().sum::<f64>() / n, ys.iter().sum::<f64>() / n);
    let cov: f64 = xs.iter().zip(ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let var: f64 = xs.iter().map(|x| (x - mx) * (x - mx)).sum();
    if var == 0.0 { 0.0 } else { cov / var }
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 2 {
        eprintln!(
            "usage: soak MIX_JSON --rate N --seconds S [--sample S] [--pid PID] [--wal PATH]"
        );
        std::process::exit(2);
    }
    let mix: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(&args[1]).expect("MIX_JSON")).expect("mix");
    let rate: u64 = arg(&args, "--rate")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let seconds: u64 = arg(&args, "--seconds")
        .and_then(|v| v.parse().ok())
        .unwrap_or(600);
    let sample: u64 = arg(&args, "--sample")
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let pid: Option<u32> = arg(&args, "--pid").and_then(|v| v.parse().ok());
    let wal = arg(&args, "--wal");
    warden_execute::install_crypto_provider();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(1024)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();

    // Calibrate: what each entry answers (its second answer, once the run is what it will be).
    let mut entries = Vec::new();
    let mut schedule = Vec::new();
    for m in &mix {
        let mut e = Entry {
            name: m["name"].as_str().expect("name").to_owned(),
            url: m["url"].as_str().expect("url").to_owned(),
            token: m["token"].as_str().expect("token").to_owned(),
            headers: m["headers"]
                .as_object()
                .map(|h| {
                    h.iter()
                        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
                        .collect()
                })
                .unwrap_or_default(),
            body: Arc::new(serde_json::to_vec(&m["body"]).unwrap()),
            expect: 0,
        };
        send(&client, &e).await.expect("calibration");
        e.expect = send(&client, &e).await.expect("calibration");
        for _ in 0..m["weight"].as_u64().unwrap_or(1) {
            schedule.push(entries.len());
        }
        entries.push(e);
    }
    println!(
        "{}",
        json!({"calibrated": entries.iter().map(|e| (e.name.clone(), e.expect)).collect::<BTreeMap<_, _>>()})
    );
    let entries = Arc::new(entries);
    let window = Arc::new(Mutex::new(Window::default()));
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);

    // The sampler: one line per window.
    let sampler = {
        let window = Arc::clone(&window);
        tokio::spawn(async move {
            let mut rows = Vec::new();
            let mut next = started + Duration::from_secs(sample);
            // The last window ends once the requests sent before the deadline are answered.
            while next <= deadline + Duration::from_secs(sample) {
                tokio::time::sleep_until(next.into()).await;
                let w = std::mem::take(&mut *window.lock().unwrap());
                let mut l = w.latencies;
                l.sort_unstable();
                let (rss, fds) = process(pid);
                let wal_bytes = wal
                    .as_ref()
                    .and_then(|p| std::fs::metadata(p).ok())
                    .map(|m| m.len());
                let row = json!({
                    "t": next.duration_since(started).as_secs(),
                    "answered": l.len() as u64 + w.unexpected.values().sum::<u64>(),
                    "per_s": (l.len() as f64 / sample as f64).round(),
                    "p50_ms": percentile(&l, 0.5),
                    "p99_ms": percentile(&l, 0.99),
                    "max_ms": percentile(&l, 1.0),
                    "unexpected": w.unexpected,
                    "errors": w.errors,
                    "rss_kib": rss,
                    "fds": fds,
                    "wal_bytes": wal_bytes,
                    "by_name": w.by_name,
                });
                println!("{row}");
                rows.push(row);
                next += Duration::from_secs(sample);
            }
            rows
        })
    };

    let interval = Duration::from_nanos(1_000_000_000 / rate.max(1));
    let mut next = Instant::now();
    let mut i = 0usize;
    let mut tasks = tokio::task::JoinSet::new();
    while next < deadline {
        tokio::time::sleep_until(next.into()).await;
        let scheduled = next;
        let e = entries[schedule[i % schedule.len()]].clone();
        i += 1;
        let (client, window) = (client.clone(), Arc::clone(&window));
        tasks.spawn(async move {
            let r = send(&client, &e).await;
            let micros = scheduled.elapsed().as_micros() as u64;
            let mut w = window.lock().unwrap();
            *w.by_name.entry(e.name.clone()).or_default() += 1;
            match r {
                Ok(s) if s == e.expect => w.latencies.push(micros),
                Ok(s) => *w.unexpected.entry(format!("{} {s}", e.name)).or_default() += 1,
                Err(_) => w.errors += 1,
            }
        });
        // Reap finished tasks as we go (a 10-minute run is 600,000 of them).
        while tasks.try_join_next().is_some() {}
        next += interval;
    }
    while tasks.join_next().await.is_some() {}
    let rows = sampler.await.unwrap();

    // The trend over all but the first two minutes (warm-up): slope per minute, and as a
    // share of the mean.
    let steady: Vec<&Value> = rows
        .iter()
        .filter(|r| r["t"].as_u64().unwrap_or(0) > 120 && r["t"].as_u64().unwrap_or(0) <= seconds)
        .collect();
    let trend = |key: &str| {
        let pts: Vec<(f64, f64)> = steady
            .iter()
            .filter_map(|r| Some((r["t"].as_f64()? / 60.0, r[key].as_f64()?)))
            .collect();
        let (xs, ys): (Vec<f64>, Vec<f64>) = pts.into_iter().unzip();
        let mean = ys.iter().sum::<f64>() / ys.len().max(1) as f64;
        let s = slope(&xs, &ys);
        json!({
            "first": ys.first(), "last": ys.last(), "mean": (mean * 1000.0).round() / 1000.0,
            "slope_per_min": (s * 1000.0).round() / 1000.0,
            "slope_pct_of_mean_per_min": if mean == 0.0 { 0.0 } else { (s / mean * 10000.0).round() / 100.0 },
        })
    };
    let sum = |key: &str| rows.iter().filter_map(|r| r[key].as_u64()).sum::<u64>();
    let unexpected: u64 = rows
        .iter()
        .filter_map(|r| r["unexpected"].as_object())
        .flat_map(|o| o.values().filter_map(Value::as_u64))
        .sum();
    println!(
        "{}",
        json!({
            "summary": {
                "seconds": seconds, "target_rate": rate,
                "answered": sum("answered"), "unexpected": unexpected, "errors": sum("errors"),
                "trend_after_2_min": {
                    "rss_kib": trend("rss_kib"), "p50_ms": trend("p50_ms"), "p99_ms": trend("p99_ms"),
                    "fds": trend("fds"), "wal_bytes": trend("wal_bytes"),
                },
            }
        })
    );
}
