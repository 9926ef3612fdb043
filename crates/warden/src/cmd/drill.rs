//! `warden drill halt AGENT`: proves the kill switch works. Halts the agent through one
//! server, measures how long each server (every process sharing the store, `--server`) takes
//! to refuse it, resumes it, and records the result as evidence (`drill.completed`).

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::Exit;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Halt and resume an agent, measuring the halt's propagation to every process.
    Halt {
        /// The agent (it is refused during the drill: pick a quiet moment).
        agent: String,
        /// Every process's admin address (repeat the flag); the halt goes through the first.
        /// Default: `--addr`.
        #[arg(long = "server")]
        servers: Vec<String>,
        /// Drills to run (each halts and resumes once).
        #[arg(long, default_value_t = 1)]
        repeat: u32,
        /// A process that takes longer than this to refuse the agent fails the drill.
        #[arg(long, default_value = "1s", value_parser = humantime_ms)]
        within: Duration,
        #[command(flatten)]
        remote: Remote,
    },
}

fn humantime_ms(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if let Some(ms) = s.strip_suffix("ms") {
        return ms
            .parse()
            .map(Duration::from_millis)
            .map_err(|e| e.to_string());
    }
    if let Some(sec) = s.strip_suffix('s') {
        return sec
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v > 0.0 && *v <= 3600.0)
            .map(Duration::from_secs_f64)
            .ok_or_else(|| format!("`{s}` is not a duration like 500ms or 2s"));
    }
    Err(format!("`{s}` is not a duration like 500ms or 2s"))
}

/// Polls `client` until the agent's status is `want`, at most `limit`; the time it took.
async fn until_status(
    client: &Client,
    agent: &str,
    want: &str,
    limit: Duration,
) -> Result<Option<Duration>, Exit> {
    let start = Instant::now();
    loop {
        let v = client.get("/v1/admin/agents").await?;
        let status = v
            .as_array()
            .and_then(|a| {
                a.iter()
                    .find(|x| x.get("id").and_then(Value::as_str) == Some(agent))
            })
            .and_then(|x| x.get("status"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if status == want {
            return Ok(Some(start.elapsed()));
        }
        if start.elapsed() > limit {
            return Ok(None);
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or(f64::NAN)
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    let Command::Halt {
        agent,
        servers,
        repeat,
        within,
        remote,
    } = cmd;
    let servers = if servers.is_empty() {
        vec![remote.addr.clone()]
    } else {
        servers
    };
    let clients: Vec<Client> = servers
        .iter()
        .map(|addr| {
            let mut r = remote.clone();
            r.addr = addr.clone();
            Client::new(&r)
        })
        .collect::<Result<_, _>>()?;
    let Some(first) = clients.first() else {
        return Err(Exit::error("no server to drill"));
    };
    let wait = within.max(Duration::from_secs(5));
    let mut runs = Vec::new();
    let mut per_server: Vec<Vec<f64>> = vec![Vec::new(); clients.len()];
    let mut ok = true;
    for n in 0..repeat.max(1) {
        let started = Instant::now();
        first
            .post(
                &format!("/v1/admin/agents/{}/halt", client::encode(&agent)),
                &json!({"reason": format!("halt drill {}/{}", n + 1, repeat.max(1))}),
            )
            .await?;
        let acked = started.elapsed();
        let mut seen = Vec::new();
        for (i, c) in clients.iter().enumerate() {
            // Measured from the halt's request, so every process's figure includes the call.
            let polled = until_status(c, &agent, "halted", wait).await?;
            let total = polled.map(|_| started.elapsed());
            match total {
                Some(t) if t <= within => {}
                _ => ok = false,
            }
            if let (Some(t), Some(list)) = (total, per_server.get_mut(i)) {
                list.push(t.as_secs_f64() * 1000.0);
            }
            seen.push(json!({"server": servers.get(i), "refused_after_ms": total.map(|t| t.as_secs_f64() * 1000.0)}));
        }
        first
            .post(
                &format!("/v1/admin/agents/{}/resume", client::encode(&agent)),
                &json!({}),
            )
            .await?;
        for c in &clients {
            if until_status(c, &agent, "active", wait).await?.is_none() {
                ok = false;
            }
        }
        runs.push(json!({"halt_acknowledged_ms": acked.as_secs_f64() * 1000.0, "processes": seen}));
    }
    let summary: Vec<Value> = per_server
        .iter_mut()
        .zip(&servers)
        .map(|(list, s)| {
            list.sort_by(f64::total_cmp);
            json!({"server": s, "drills": list.len(), "p50_ms": percentile(list, 0.5), "p99_ms": percentile(list, 0.99), "max_ms": list.last()})
        })
        .collect();
    let result = json!({
        "within_ms": within.as_secs_f64() * 1000.0,
        "repeat": repeat.max(1),
        "servers": summary,
        "runs": runs,
    });
    let recorded = first
        .post(
            "/v1/admin/drills",
            &json!({"agent": agent, "ok": ok, "result": result}),
        )
        .await?;
    if json_out {
        println!(
            "{}",
            json!({"ok": ok, "result": result, "recorded": recorded.get("recorded")})
        );
    } else {
        for s in &summary {
            println!(
                "{}: halt refused after p50 {:.1} ms, p99 {:.1} ms over {} drill(s)",
                s.get("server").and_then(Value::as_str).unwrap_or("?"),
                s.get("p50_ms").and_then(Value::as_f64).unwrap_or(f64::NAN),
                s.get("p99_ms").and_then(Value::as_f64).unwrap_or(f64::NAN),
                s.get("drills").and_then(Value::as_u64).unwrap_or(0),
            );
        }
        println!(
            "drill {} (recorded as audit record {})",
            if ok { "passed" } else { "FAILED" },
            recorded
                .get("recorded")
                .and_then(Value::as_u64)
                .unwrap_or(0)
        );
    }
    Ok(if ok { exit::OK } else { exit::ERROR })
}
