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
    assert!(
        acked.len() > 50,
        "only {} actions completed before the kill",
        acked.len()
    );

    // Restart on the same database: the chain verifies and every acknowledged action is there.
    let (child, base) = spawn_serve(&s.config, &s.db, &s.log, &s.upstream_url);
    s.child = child;
    s.base = base;
    let (code, out, _) = run_cli(&["audit", "verify", "--db", s.db.to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{out}");
    let conn = rusqlite::Connection::open(&s.db).unwrap();
    let mut stmt = conn
        .prepare("SELECT DISTINCT action_id FROM audit WHERE event = 'action.executed'")
        .unwrap();
    let recorded: std::collections::HashSet<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let missing: Vec<_> = acked.iter().filter(|id| !recorded.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "{} acknowledged actions missing, e.g. {:?}",
        missing.len(),
        missing.first()
    );
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
    assert!(
        acked.len() > 50,
        "only {} actions completed before the kill",
        acked.len()
    );
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
    let recorded: std::collections::HashSet<String> = std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&conn, postgres::NoTls).unwrap();
        c.query(
            "SELECT DISTINCT action_id FROM audit WHERE event = 'action.executed'",
            &[],
        )
        .unwrap()
        .into_iter()
        .map(|r| r.get::<_, String>(0))
        .collect()
    })
    .join()
    .unwrap();
    let missing: Vec<_> = acked.iter().filter(|id| !recorded.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "{} acknowledged actions missing, e.g. {:?}",
        missing.len(),
        missing.first()
    );
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

/// 16 clients send actions as fast as they can; `warden serve` is killed with SIGKILL in the
/// middle. Returns the action ids that were answered.
async fn burst_then_kill(s: &mut Server, dev: &str) -> Vec<String> {
    let dev = Arc::new(dev.to_owned());
    let acknowledged = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let mut tasks = Vec::new();
    for t in 0..16 {
        let http = s.http.clone();
        let url = format!("{}/v1/actions", s.base);
        let dev = Arc::clone(&dev);
        let acks = Arc::clone(&acknowledged);
        tasks.push(tokio::spawn(async move {
            for i in 0..1000 {
                let body = json!({"tool": "repo.create_issue", "arguments": {"repo": "r", "title": format!("{t}-{i}")}, "session": format!("b{t}")});
                let Ok(resp) = http.post(&url).bearer_auth(dev.as_str()).json(&body).send().await else { break };
                let Ok(v) = resp.json::<serde_json::Value>().await else { break };
                if let Some(id) = v["action_id"].as_str() {
                    acks.lock().unwrap().push(id.to_owned());
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
    acknowledged.lock().unwrap().clone()
}
