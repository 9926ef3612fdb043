//! Two `warden serve` processes on one PostgreSQL database: one audit sequence, and what one
//! process changes (a token, a halt, a session's labels) holds in the other at once.

use std::time::Duration;

use serde_json::json;

use crate::harness::{Server, eventually, run_cli, spawn_serve_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_share_one_log_and_follow_each_others_changes() {
    let pg = crate::harness::postgres_schema("multi");
    let env = [("WARDEN_POSTGRES", pg.as_str())];
    // Both processes stream the log to one SIEM.
    let (url, got, _) = crate::streaming::intake(None).await;
    let a = Server::start_with_env(
        // The monitor writes alerts on its own schedule; this test compares the log as two
        // processes see it, so it runs without one (docs/monitoring.md covers the monitor on
        // two processes: `a_halt_reaches_the_other_process_and_the_drill_measures_it`).
        |t| format!("{t}\n[audit.streams.siem]\nurl = \"{url}\"\nbatch = 5\n\n[monitor]\nenabled = false\n"),
        &env,
    )
    .await;
    let log_b = a.db.with_file_name("b.log");
    let (mut child_b, base_b) = spawn_serve_with(&a.config, &a.db, &log_b, &a.upstream_url, &env);
    let http = a.http.clone();
    let act_on = |base: String,
                  token: String,
                  tool: &'static str,
                  args: serde_json::Value,
                  session: &'static str| {
        let http = http.clone();
        async move {
            let resp = http
                .post(format!("{base}/v1/actions"))
                .bearer_auth(token)
                .json(&json!({"tool": tool, "arguments": args, "session": session}))
                .send()
                .await
                .unwrap();
            let status = resp.status().as_u16();
            (status, resp.json::<serde_json::Value>().await.unwrap())
        }
    };

    // A token made through A works on B.
    let dev = a.token("agent", "dev-bot").await;
    eventually("a token made through A is accepted by B", async || {
        act_on(
            base_b.clone(),
            dev.clone(),
            "repo.create_issue",
            json!({"repo": "r", "title": "b"}),
            "d",
        )
        .await
        .0 == 200
    })
    .await;

    // A halt through A stops the agent on B; resuming through A lets it go again.
    let (st, _) = a
        .request(
            &a.admin,
            "POST",
            "/v1/admin/agents/dev-bot/halt",
            Some(json!({"reason": "incident"})),
        )
        .await;
    assert_eq!(st, 200);
    eventually("B refuses a halted agent", async || {
        let (st, v) = act_on(
            base_b.clone(),
            dev.clone(),
            "repo.create_issue",
            json!({"repo": "r", "title": "x"}),
            "d",
        )
        .await;
        st == 403 && v["code"] == "agent_halted"
    })
    .await;
    let (st, _) = a
        .request(&a.admin, "POST", "/v1/admin/agents/dev-bot/resume", None)
        .await;
    assert_eq!(st, 200);
    eventually("B lets a resumed agent act", async || {
        act_on(
            base_b.clone(),
            dev.clone(),
            "repo.create_issue",
            json!({"repo": "r", "title": "y"}),
            "d",
        )
        .await
        .0 == 200
    })
    .await;

    // A session that read injected content through A is untrusted on B: its outbound e-mail
    // is held there.
    let support = a.token("agent", "support-bot").await;
    let (st, v) = act_on(
        a.base.clone(),
        support.clone(),
        "crm.get_ticket",
        json!({"ticket_id": "T1182"}),
        "shared",
    )
    .await;
    assert_eq!(st, 200, "{v}");
    let (st, v) = act_on(
        base_b.clone(),
        support.clone(),
        "email.send",
        json!({"to": "someone@elsewhere.example", "subject": "hi", "body": "the list"}),
        "shared",
    )
    .await;
    assert_eq!(st, 202, "held on B: {v}");
    // ... whatever session it names there.
    let (st, v) = act_on(
        base_b.clone(),
        support.clone(),
        "email.send",
        json!({"to": "someone@elsewhere.example", "subject": "hi", "body": "the list"}),
        "fresh-on-b",
    )
    .await;
    assert_eq!(st, 202, "held on B: {v}");
    // A run an operator opens through A is the agent's current run on B: clean there.
    let (st, v) = a
        .request(&a.admin, "POST", "/v1/admin/agents/support-bot/runs", None)
        .await;
    assert_eq!(st, 200, "{v}");
    let run = v["run"].as_str().unwrap().to_owned();
    eventually("B joins the run opened through A", async || {
        let (st, v) = act_on(
            base_b.clone(),
            support.clone(),
            "email.send",
            json!({"to": "someone@elsewhere.example", "subject": "hi", "body": "x"}),
            "fresh-on-b",
        )
        .await;
        st == 200 && v["session"] == run.as_str()
    })
    .await;

    // One audit log, written by both, verifies from either.
    let env_b = [
        ("WARDEN_ADDR", base_b.as_str()),
        ("WARDEN_TOKEN", a.admin.as_str()),
    ];
    let (code, out, err) = run_cli(&["audit", "verify", "--json"], &env_b);
    assert_eq!(code, 0, "{out}{err}");
    let on_b: serde_json::Value = serde_json::from_str(&out).unwrap();
    let (_, on_a) = a
        .request(&a.admin, "GET", "/v1/admin/audit/verify", None)
        .await;
    assert_eq!(on_a["records"], on_b["records"]);
    assert_eq!(on_a["root"], on_b["root"]);
    assert!(on_a["records"].as_u64().unwrap() > 10);

    // The stream is delivered by one process at a time (a lease in the database): every
    // record once, not once per process.
    let upto = on_a["records"].as_u64().unwrap();
    eventually("every record reaches the SIEM", async || {
        let seen: Vec<u64> = got
            .lock()
            .unwrap()
            .iter()
            .map(|v| v["seq"].as_u64().unwrap())
            .collect();
        (1..=upto).all(|q| seen.contains(&q))
    })
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let seen: Vec<u64> = got
        .lock()
        .unwrap()
        .iter()
        .map(|v| v["seq"].as_u64().unwrap())
        .collect();
    for q in 1..=upto {
        let n = seen.iter().filter(|s| **s == q).count();
        assert_eq!(n, 1, "record {q} was delivered {n} times: {seen:?}");
    }

    let _ = child_b.kill();
    let _ = child_b.wait();
    drop(a);
    crate::harness::drop_postgres_schema(&pg);
}
