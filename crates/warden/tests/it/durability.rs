use std::sync::Arc;
use std::time::Duration;

use serde_json::json;

use crate::harness::{Server, run_cli, spawn_serve};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flipping_one_byte_is_named_by_verify() {
    let s = Server::start().await;
    let dev = s.token("agent", "dev-bot").await;
    for i in 0..5 {
        let (st, _) = s
            .act(
                &dev,
                "repo.create_issue",
                json!({"repo": "r", "title": format!("t{i}")}),
                "d",
            )
            .await;
        assert_eq!(st, 200);
    }
    let db = s.db.to_str().unwrap().to_owned();
    let (code, out, _) = run_cli(&["audit", "verify", "--db", &db], &[]);
    assert_eq!(code, 0, "{out}");
    let total: u64 = out.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(total >= 15, "{out}");

    // Flip one byte of one record in the middle.
    let conn = rusqlite::Connection::open(&s.db).unwrap();
    let target = (total / 2) as i64;
    let mut bytes: Vec<u8> = conn
        .query_row(
            "SELECT CAST(record AS BLOB) FROM audit WHERE seq = ?1",
            [target],
            |r| r.get(0),
        )
        .unwrap();
    let i = bytes.len() / 2;
    bytes[i] ^= 0x01;
    conn.execute(
        "UPDATE audit SET record = CAST(?1 AS TEXT) WHERE seq = ?2",
        rusqlite::params![bytes, target],
    )
    .unwrap();
    drop(conn);
    let (code, out, _) = run_cli(&["audit", "verify", "--db", &db], &[]);
    assert_eq!(code, 6, "{out}");
    assert!(
        out.contains(&format!("record {target} does not match")),
        "{out}"
    );
    let (code, out, _) = run_cli(&["audit", "verify", "--db", &db, "--json"], &[]);
    assert_eq!(code, 6);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["first_bad"]["seq"], target);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_during_a_burst_loses_nothing_acknowledged() {
    let mut s = Server::start().await;
    let dev = s.token("agent", "dev-bot").await;
    let acked = burst_then_kill(&mut s, &dev).await;

    // Restart on the same database: the chain verifies and every acknowledged action is there.
    let (child, base) = spawn_serve(&s.config, &s.db, &s.log, &s.upstream_url);
    s.child = child;
    s.base = base;
    let (code, out, _) = run_cli(&["audit", "verify", "--db", s.db.to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{out}");
    let conn = rusqlite::Connection::open(&s.db).unwrap();
    let mut stmt = conn
        .prepare("SELECT seq, action_id, event FROM audit WHERE action_id IS NOT NULL")
        .unwrap();
    let records: Vec<(i64, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    each_acknowledged_action_is_whole(&acked, &records);
    let (st, _) = s
        .act(
            &dev,
            "repo.create_issue",
            json!({"repo": "r", "title": "after"}),
            "d",
        )
        .await;
    assert_eq!(st, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_postgres_sigkill_during_a_burst_loses_nothing_acknowledged() {
    let pg = crate::harness::postgres_schema("durability");
    let env = [("WARDEN_POSTGRES", pg.as_str())];
    let mut s = Server::start_with_env(|t| t, &env).await;
    let dev = s.token("agent", "dev-bot").await;
    let acked = burst_then_kill(&mut s, &dev).await;
    // Nothing of this run is in the SQLite file: the store was PostgreSQL.
    assert!(!s.db.exists(), "a SQLite database was created");

    let (child, base) =
        crate::harness::spawn_serve_with(&s.config, &s.db, &s.log, &s.upstream_url, &env);
    s.child = child;
    s.base = base;
    let cli_env = [
        ("WARDEN_ADDR", s.base.as_str()),
        ("WARDEN_TOKEN", s.admin.as_str()),
    ];
    let (code, out, err) = run_cli(&["audit", "verify"], &cli_env);
    assert_eq!(code, 0, "{out}{err}");
    let conn = pg.clone();
    let records: Vec<(i64, String, String)> = std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&conn, postgres::NoTls).unwrap();
        c.query(
            "SELECT seq, action_id, event FROM audit WHERE action_id IS NOT NULL",
            &[],
        )
        .unwrap()
        .into_iter()
        .map(|r| (r.get::<_, i64>(0), r.get(1), r.get(2)))
        .collect()
    })
    .join()
    .unwrap();
    each_acknowledged_action_is_whole(&acked, &records);
    let (st, _) = s
        .act(
            &dev,
            "repo.create_issue",
            json!({"repo": "r", "title": "after"}),
            "d",
        )
        .await;
    assert_eq!(st, 200);
    drop(s);
    crate::harness::drop_postgres_schema(&pg);
}

/// What was answered before the kill: the action ids, and which of them were reads.
struct Acknowledged {
    writes: Vec<String>,
    reads: Vec<String>,
}

/// Every answered action is in the log whole — what was received, the decision, the
/// execution — and a read's records are one commit (its intent is written with its result,
/// `audit.read_intent = "with_result"`: consecutive records). No action anywhere in the log
/// was executed without its intent in front of it, answered or not.
fn each_acknowledged_action_is_whole(acked: &Acknowledged, records: &[(i64, String, String)]) {
    let mut by_action: std::collections::HashMap<&str, Vec<(i64, &str)>> =
        std::collections::HashMap::new();
    for (seq, id, event) in records {
        by_action.entry(id).or_default().push((*seq, event));
    }
    for id in acked.writes.iter().chain(&acked.reads) {
        let events = by_action.get(id.as_str()).cloned().unwrap_or_default();
        let names: Vec<&str> = events.iter().map(|(_, e)| *e).collect();
        assert!(
            ["action.received", "action.decided", "action.executed"]
                .iter()
                .all(|e| names.contains(e)),
            "acknowledged action {id} is not whole in the log: {names:?}"
        );
    }
    for id in &acked.reads {
        let mut seqs: Vec<i64> = by_action[id.as_str()].iter().map(|(s, _)| *s).collect();
        seqs.sort_unstable();
        assert!(
            seqs.windows(2).all(|w| w[1] == w[0] + 1),
            "read {id}: its records are not one commit: {:?}",
            by_action[id.as_str()]
        );
    }
    for (id, events) in &by_action {
        let first = |name: &str| {
            events
                .iter()
                .filter(|(_, e)| *e == name)
                .map(|(s, _)| *s)
                .min()
        };
        if let Some(executed) = first("action.executed") {
            let decided = first("action.decided");
            assert!(
                decided.is_some_and(|d| d < executed),
                "action {id} executed without its decision in front of it: {events:?}"
            );
        }
    }
}

/// 16 clients send actions as fast as they can — half open issues (a write: intent, then
/// result), half read them (one commit) — and `warden serve` is killed with SIGKILL in the
/// middle. Returns the action ids that were answered.
async fn burst_then_kill(s: &mut Server, dev: &str) -> Acknowledged {
    let dev = Arc::new(dev.to_owned());
    let support = Arc::new(s.token("agent", "support-bot").await);
    let acknowledged = Arc::new(std::sync::Mutex::new(Vec::<(bool, String)>::new()));
    let mut tasks = Vec::new();
    for t in 0..16 {
        let http = s.http.clone();
        let url = format!("{}/v1/actions", s.base);
        let dev = Arc::clone(&dev);
        let support = Arc::clone(&support);
        let acks = Arc::clone(&acknowledged);
        let read = t % 2 == 1;
        tasks.push(tokio::spawn(async move {
            for i in 0..1000 {
                // Reads label their run (what a customer wrote into the record): another
                // agent's, so that the development agent's issues are not held.
                let (body, token) = if read {
                    (json!({"tool": "crm.get_customer", "arguments": {"customer_id": format!("C{}", 1000 + i)}}), support.as_str())
                } else {
                    (json!({"tool": "repo.create_issue", "arguments": {"repo": "r", "title": format!("{t}-{i}")}, "session": format!("b{t}")}), dev.as_str())
                };
                let Ok(resp) = http.post(&url).bearer_auth(token).json(&body).send().await else { break };
                let status = resp.status().as_u16();
                let Ok(v) = resp.json::<serde_json::Value>().await else { break };
                if let Some(id) = v["action_id"].as_str() {
                    // Anything but an execution (a hold, a refusal) is a finding.
                    let id = if status == 200 { id.to_owned() } else { format!("{status}: {v}") };
                    acks.lock().unwrap().push((read, id));
                }
            }
        }));
    }
    // Let the burst run until a hundred actions are acknowledged (however loaded the machine
    // is; 16,000 are asked for), then kill -9 in the middle of it.
    let started = std::time::Instant::now();
    while acknowledged.lock().unwrap().len() < 100 && started.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    s.child.kill().unwrap();
    s.child.wait().unwrap();
    for t in tasks {
        let _ = t.await;
    }
    let all = acknowledged.lock().unwrap().clone();
    let unexpected: Vec<_> = all.iter().filter(|(_, id)| id.contains(": ")).collect();
    assert!(
        unexpected.is_empty(),
        "{} not executed, e.g. {:?}",
        unexpected.len(),
        unexpected.first()
    );
    let (reads, writes): (Vec<_>, Vec<_>) = all.into_iter().partition(|(read, _)| *read);
    let acked = Acknowledged {
        writes: writes.into_iter().map(|(_, id)| id).collect(),
        reads: reads.into_iter().map(|(_, id)| id).collect(),
    };
    assert!(
        acked.reads.len() > 20 && acked.writes.len() > 20,
        "only {} reads and {} writes completed before the kill",
        acked.reads.len(),
        acked.writes.len()
    );
    acked
}
