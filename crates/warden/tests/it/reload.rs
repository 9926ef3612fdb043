//! Reload without restart: a policy change takes effect on the next decision, an invalid one is
//! refused with its problems while the running set keeps deciding, every decision names its
//! policy set, several processes on one PostgreSQL follow one another, and SIGTERM under load
//! loses no acknowledged action.

use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::{Server, eventually, run_cli, spawn_serve_with};

const FORBID: &str = r#"
@id("reload-test-forbid")
forbid(principal == Agent::"support-bot", action == Action::"crm.get_customer", resource);
"#;

/// A policy that names an attribute no tool has: Cedar's validator refuses it.
const INVALID: &str = r#"
@id("reload-test-typo")
permit(principal, action == Action::"payments.refund", resource)
when { context.args.amout <= 100 };
"#;

async fn lookup(s: &Server, token: &str) -> (u16, Value) {
    s.act(
        token,
        "crm.get_customer",
        json!({"customer_id": "C1234"}),
        "r1",
    )
    .await
}

fn reload_cli(s: &Server) -> (i32, String, String) {
    run_cli(
        &["reload"],
        &[
            ("WARDEN_ADDR", s.base.as_str()),
            ("WARDEN_TOKEN", s.admin.as_str()),
        ],
    )
}

fn decision_policy_set(records: &[Value]) -> String {
    records
        .iter()
        .find(|r| r["event"] == "action.decided")
        .and_then(|r| r["policy_set"].as_str())
        .unwrap_or_else(|| panic!("no decision with a policy set in {records:?}"))
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_policy_change_applies_without_restart_and_an_invalid_one_is_refused() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let policies = s.config.parent().unwrap().join("policies");

    let (st, v) = lookup(&s, &support).await;
    assert_eq!(st, 200, "{v}");
    let before = decision_policy_set(
        &s.audit(&format!("action_id={}", v["action_id"].as_str().unwrap()))
            .await,
    );

    // A forbid added on disk: `warden reload` applies it to the next decision.
    std::fs::write(policies.join("zz-reload.cedar"), FORBID).unwrap();
    let (code, out, err) = reload_cli(&s);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("configuration reloaded"), "{out}");
    let (st, v) = lookup(&s, &support).await;
    assert_eq!((st, v["code"].as_str()), (403, Some("denied")), "{v}");
    assert!(
        v["policies"].to_string().contains("reload-test-forbid"),
        "{v}"
    );
    let after = decision_policy_set(
        &s.audit(&format!("action_id={}", v["action_id"].as_str().unwrap()))
            .await,
    );
    assert_ne!(before, after, "the decision names the new policy set");
    let reloads = s.audit("event=config.reloaded").await;
    assert_eq!(reloads.len(), 1, "{reloads:?}");
    assert_eq!(reloads[0]["outcome"], "success");
    assert_eq!(reloads[0]["policy_set"], after.as_str());
    assert_eq!(reloads[0]["output"]["previous_policy_set"], before.as_str());
    assert_eq!(reloads[0]["actor"], "admin");

    // An invalid policy is refused with the problem named; the forbid keeps deciding, and so
    // does every other policy.
    std::fs::write(policies.join("zz-typo.cedar"), INVALID).unwrap();
    let (code, out, err) = reload_cli(&s);
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("zz-typo.cedar") && err.contains("amout"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    let (st, v) = lookup(&s, &support).await;
    assert_eq!((st, v["code"].as_str()), (403, Some("denied")), "{v}");
    let (st, v) = s
        .act(
            &support,
            "crm.get_ticket",
            json!({"ticket_id": "T1001"}),
            "r1",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let refused = s.audit("event=config.reloaded&outcome=failure").await;
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert!(
        refused[0]["output"]["problems"]
            .to_string()
            .contains("amout")
    );
    assert_eq!(refused[0]["code"], "config_invalid");

    // A syntax error and a config error are refused the same way.
    std::fs::write(
        policies.join("zz-typo.cedar"),
        "permit(principal, action, resource",
    )
    .unwrap();
    assert_ne!(reload_cli(&s).0, 0);
    std::fs::remove_file(policies.join("zz-typo.cedar")).unwrap();
    let good = std::fs::read_to_string(&s.config).unwrap();
    std::fs::write(
        &s.config,
        good.replace("roles = [\"development\"]", "roles = [\"developmnet\"]"),
    )
    .unwrap();
    let (code, _, err) = reload_cli(&s);
    assert_ne!(code, 0);
    assert!(
        err.contains("agents.dev-bot.roles") && err.contains("developmnet"),
        "{err}"
    );
    // A section only a restart can change is refused, naming it.
    std::fs::write(&s.config, good.replace("127.0.0.1:8080", "127.0.0.1:8181")).unwrap();
    let (code, _, err) = reload_cli(&s);
    assert_ne!(code, 0);
    assert!(err.contains("server.listen"), "{err}");
    std::fs::write(&s.config, &good).unwrap();
    let (st, _) = lookup(&s, &support).await;
    assert_eq!(st, 403, "still the set with the forbid");

    // SIGHUP reloads too: with the forbid gone, the lookup is allowed again.
    std::fs::remove_file(policies.join("zz-reload.cedar")).unwrap();
    let pid = s.child.id().to_string();
    let hup = std::process::Command::new("kill")
        .args(["-HUP", &pid])
        .status()
        .unwrap();
    assert!(hup.success());
    eventually("SIGHUP reloads", async || {
        lookup(&s, &support).await.0 == 200
    })
    .await;
    let (st, v) = lookup(&s, &support).await;
    assert_eq!(st, 200, "{v}");
    let last = decision_policy_set(
        &s.audit(&format!("action_id={}", v["action_id"].as_str().unwrap()))
            .await,
    );
    assert_eq!(last, before, "the original policies hash as before");

    // Only an administrator may reload; an agent token is refused and recorded.
    let (st, _) = s.request(&support, "POST", "/v1/admin/reload", None).await;
    assert_eq!(st, 403);
    let fiona = s.token("operator", "fiona").await;
    let (st, _) = s.request(&fiona, "POST", "/v1/admin/reload", None).await;
    assert_eq!(st, 403);
    assert_eq!(s.audit("event=access.denied").await.len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_under_load_loses_no_acknowledged_action() {
    let mut s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let mut tasks = tokio::task::JoinSet::new();
    for t in 0..16 {
        let http = s.http.clone();
        let url = format!("{}/v1/actions", s.base);
        let token = support.clone();
        tasks.spawn(async move {
            let mut acknowledged = Vec::new();
            for i in 0..200 {
                let r = http
                    .post(&url)
                    .bearer_auth(&token)
                    .json(&json!({"tool": "crm.get_customer", "arguments": {"customer_id": "C1234"}, "session": format!("t{t}-{i}")}))
                    .send()
                    .await;
                let Ok(r) = r else { break };
                if r.status().as_u16() != 200 {
                    break;
                }
                let Ok(v) = r.json::<Value>().await else { break };
                acknowledged.push(v["action_id"].as_str().unwrap().to_owned());
            }
            acknowledged
        });
    }
    tokio::time::sleep(Duration::from_millis(700)).await;
    // An action whose upstream is slow is in flight when SIGTERM arrives: it is answered and
    // recorded before the process ends.
    let sec = s.token("agent", "sec-bot").await;
    let slow = {
        let http = s.http.clone();
        let url = format!("{}/v1/actions", s.base);
        tokio::spawn(async move {
            let r = http
                .post(url)
                .bearer_auth(sec)
                .json(&json!({"tool": "ops.slow", "arguments": {}, "session": "slow"}))
                .send()
                .await
                .unwrap();
            (r.status().as_u16(), r.json::<Value>().await.unwrap())
        })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    let pid = s.child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let mut acknowledged = Vec::new();
    while let Some(r) = tasks.join_next().await {
        acknowledged.extend(r.unwrap());
    }
    let (st, v) = slow.await.unwrap();
    assert_eq!(
        (st, v["code"].as_str()),
        (504, Some("upstream_timeout")),
        "{v}"
    );
    acknowledged.push(v["action_id"].as_str().unwrap().to_owned());
    let status = tokio::task::spawn_blocking(move || {
        let st = s.child.wait().unwrap();
        (st, s)
    })
    .await
    .unwrap();
    let (exit, s) = status;
    assert!(exit.success(), "SIGTERM ends the server cleanly: {exit:?}");
    assert!(!acknowledged.is_empty(), "the burst was under way");
    let log = std::fs::read_to_string(&s.log).unwrap();
    assert!(log.contains("shutting down"), "{log}");
    // Every acknowledged action is in the log, offline.
    let (code, out, err) = run_cli(&["audit", "export", "--db", s.db.to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{err}");
    let executed: std::collections::HashSet<String> = out
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|r| r["event"] == "action.executed")
        .map(|r| r["action_id"].as_str().unwrap().to_owned())
        .collect();
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|a| !executed.contains(*a))
        .collect();
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged actions missing",
        lost.len(),
        acknowledged.len()
    );
    let (code, _, err) = run_cli(&["audit", "verify", "--db", s.db.to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_postgres_a_reload_reaches_every_process() {
    let pg = crate::harness::postgres_schema("reload");
    let env = [("WARDEN_POSTGRES", pg.as_str())];
    let a = Server::start_with_env(|t| t, &env).await;
    let log_b = a.db.with_file_name("b.log");
    let (mut child_b, base_b) = spawn_serve_with(&a.config, &a.db, &log_b, &a.upstream_url, &env);
    let support = a.token("agent", "support-bot").await;
    let on_b = |token: String| {
        let http = a.http.clone();
        let url = format!("{base_b}/v1/actions");
        async move {
            http.post(url)
                .bearer_auth(token)
                .json(&json!({"tool": "crm.get_customer", "arguments": {"customer_id": "C1234"}, "session": "pg"}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    eventually("B accepts the token made on A", async || {
        on_b(support.clone()).await == 200
    })
    .await;

    std::fs::write(
        a.config.parent().unwrap().join("policies/zz-reload.cedar"),
        FORBID,
    )
    .unwrap();
    let (code, out, err) = reload_cli(&a);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(lookup(&a, &support).await.0, 403, "A switched");
    eventually("B switched", async || on_b(support.clone()).await == 403).await;
    // Both processes recorded their reload.
    let reloads = a.audit("event=config.reloaded").await;
    let triggers: Vec<&str> = reloads
        .iter()
        .map(|r| r["output"]["trigger"].as_str().unwrap())
        .collect();
    assert_eq!(triggers, ["operator", "peer"], "{reloads:?}");
    assert_eq!(reloads[0]["policy_set"], reloads[1]["policy_set"]);
    let _ = child_b.kill();
    let _ = child_b.wait();
    drop(a);
    crate::harness::drop_postgres_schema(&pg);
}
