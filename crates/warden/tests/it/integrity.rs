//! A tampered log does not start silently (issue 14, item 8): `serve` checks the chain, that
//! the stored tree covers the records, and that the log is what its own checkpoints (stored
//! and published) vouch for; it refuses to start (exit 6), or with `audit.on_tamper = "deny"`
//! starts refusing every action with an `audit.tampered` alert. Checkpoints come every N
//! records as well as by time.

use std::path::Path;
use std::process::Command;

use serde_json::json;

use crate::audit::{copy_db, forge};
use crate::harness::{BIN, CANARY_KEY, Server, spawn_serve};

/// A change to a stopped server's database.
type Tamper = Box<dyn Fn(&Path)>;

/// `serve` on `db`: its exit code and stderr when it does not start within a few seconds.
fn serve_fails(config: &Path, db: &Path, upstream: &str) -> (i32, String) {
    let out = Command::new(BIN)
        .args(["serve", "--config"])
        .arg(config)
        .arg("--db")
        .arg(db)
        .args(["--listen", "127.0.0.1:0"])
        .env("WARDEN_UPSTREAM_GROUPANY_URL", upstream)
        .env("GROUPANY_API_KEY", CANARY_KEY)
        .env("WARDEN_MCP_KB_COMMAND", BIN)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

async fn with_history() -> (Server, u64) {
    let mut s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    for i in 0..6 {
        let (st, _) = s
            .act(
                &support,
                "crm.get_customer",
                json!({"customer_id": format!("C{i:04}")}),
                "s",
            )
            .await;
        assert_eq!(st, 200);
    }
    let (st, cp) = s
        .request(&s.admin, "POST", "/v1/admin/audit/checkpoints", None)
        .await;
    assert_eq!(st, 200, "{cp}");
    let size = cp["size"].as_u64().unwrap();
    for i in 0..3 {
        s.act(
            &support,
            "crm.get_customer",
            json!({"customer_id": format!("D{i:04}")}),
            "s",
        )
        .await;
    }
    let _ = s.child.kill();
    let _ = s.child.wait();
    (s, size)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_refuses_a_log_that_does_not_verify() {
    let (s, cp_size) = with_history().await;
    let up = s.upstream_url.clone();

    // Untouched: it starts again.
    let clean = copy_db(&s.db, "clean.db");
    let log = s.db.with_file_name("clean.log");
    let (mut child, _) = spawn_serve(&s.config, &clean, &log, &up);
    let _ = child.kill();
    let _ = child.wait();

    // Each way an attacker with the file would change history.
    let cases: Vec<(&str, Tamper, &str)> = vec![
        (
            "a record edited in place",
            Box::new(|db: &Path| {
                let c = rusqlite::Connection::open(db).unwrap();
                c.execute(
                    "UPDATE audit SET record = replace(record, 'C0003', 'C9999') WHERE record LIKE '%C0003%'",
                    [],
                )
                .unwrap();
            }),
            "does not verify",
        ),
        (
            "the head record edited in place",
            Box::new(|db: &Path| {
                let c = rusqlite::Connection::open(db).unwrap();
                c.execute(
                    "UPDATE audit SET record = replace(record, '\"outcome\":\"', '\"outcome\":\"x') WHERE seq = (SELECT MAX(seq) FROM audit)",
                    [],
                )
                .unwrap();
            }),
            "does not verify",
        ),
        (
            "truncated below its own checkpoint (records and tree)",
            Box::new(move |db: &Path| {
                forge(db, |r| r.truncate(usize::try_from(cp_size).unwrap() - 2));
            }),
            "records were removed",
        ),
        (
            "a record before the checkpoint rewritten and the chain and tree recomputed",
            Box::new(|db: &Path| {
                forge(db, |r| r[2]["description"] = json!("rewritten"));
            }),
            "records were changed",
        ),
        (
            "the stored checkpoints deleted too (the published one remains)",
            Box::new(move |db: &Path| {
                forge(db, |r| r.truncate(usize::try_from(cp_size).unwrap() - 2));
                let c = rusqlite::Connection::open(db).unwrap();
                c.execute("DELETE FROM checkpoints", []).unwrap();
            }),
            "published checkpoint",
        ),
        (
            "the Merkle tree altered",
            Box::new(|db: &Path| {
                let c = rusqlite::Connection::open(db).unwrap();
                c.execute(
                    "UPDATE merkle SET hash = zeroblob(32) WHERE level = 0 AND idx = 1",
                    [],
                )
                .unwrap();
            }),
            "does not",
        ),
    ];
    for (i, (what, tamper, want)) in cases.iter().enumerate() {
        let db = copy_db(&s.db, &format!("tampered-{i}.db"));
        tamper(&db);
        let (code, err) = serve_fails(&s.config, &db, &up);
        assert_eq!(code, 6, "{what}: {err}");
        assert!(
            err.contains("the audit log does not verify"),
            "{what}: {err}"
        );
        assert!(err.contains(want), "{what}: {err}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_tamper_deny_starts_refusing_every_action() {
    let (s, _) = with_history().await;
    let db = copy_db(&s.db, "deny.db");
    forge(&db, |r| r[2]["description"] = json!("rewritten"));
    let deny = s.config.with_file_name("deny.toml");
    std::fs::write(
        &deny,
        std::fs::read_to_string(&s.config).unwrap() + "\n[audit]\non_tamper = \"deny\"\n",
    )
    .unwrap();
    let log = s.db.with_file_name("deny.log");
    let (mut child, base) = spawn_serve(&deny, &db, &log, &s.upstream_url);
    let http = reqwest::Client::new();
    // The admin token still works: mint an agent token and try to act.
    let v: serde_json::Value = http
        .post(format!("{base}/v1/admin/tokens"))
        .bearer_auth(&s.admin)
        .json(&json!({"kind": "agent", "subject": "support-bot"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let agent = v["token"].as_str().unwrap().to_owned();
    let r = http
        .post(format!("{base}/v1/actions"))
        .bearer_auth(&agent)
        .json(&json!({"tool": "crm.get_customer", "arguments": {"customer_id": "C0001"}, "session": "s"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 503);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["code"], "log_tampered", "{body}");
    let records: serde_json::Value = http
        .get(format!("{base}/v1/admin/audit?event=audit.tampered"))
        .bearer_auth(&s.admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(records.as_array().unwrap().len(), 1, "{records}");
    // Not ready: a load balancer takes it out of rotation.
    let r = http.get(format!("{base}/readyz")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 503);
    let _ = child.kill();
    let _ = child.wait();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checkpoints_come_every_n_records() {
    let s = Server::start_with(|t| {
        t + "\n[audit]\ncheckpoint_records = 20\ncheckpoint_every = \"0s\"\n"
    })
    .await;
    let support = s.token("agent", "support-bot").await;
    for i in 0..15 {
        s.act(
            &support,
            "crm.get_customer",
            json!({"customer_id": format!("C{i:04}")}),
            "s",
        )
        .await;
    }
    crate::harness::eventually("a checkpoint by count", async || {
        let (_, v) = s
            .request(&s.admin, "GET", "/v1/admin/audit/checkpoints", None)
            .await;
        v["checkpoints"].as_array().is_some_and(|c| !c.is_empty())
    })
    .await;
}
