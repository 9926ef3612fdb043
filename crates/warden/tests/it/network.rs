//! Safe on a network (issue 14, item 9, the parts done so far): `/readyz`, JSON logs, agent
//! tokens that expire by default, operator tokens listed, and no token on a command line.

use serde_json::{Value, json};

use crate::harness::{Server, run_cli};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_json_logs_and_token_hygiene() {
    let s = Server::start_with_env(|t| t, &[("WARDEN_LOG_FORMAT", "json")]).await;
    // Ready: the store answers and the log is trusted.
    let r = s
        .http
        .get(format!("{}/readyz", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["status"], "ready", "{v}");
    // Every log line is one JSON object.
    let agent = s.token("agent", "support-bot").await;
    s.act(
        &agent,
        "crm.get_customer",
        json!({"customer_id": "C0001"}),
        "j",
    )
    .await;
    let log = std::fs::read_to_string(&s.log).unwrap();
    let lines: Vec<&str> = log.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty());
    for line in &lines {
        let v: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(
            v.get("level").is_some() && v.get("timestamp").is_some(),
            "{line}"
        );
    }
    // Agent tokens expire by default (90 days); operator tokens are listed.
    let (st, v) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/tokens",
            Some(json!({"kind": "agent", "subject": "dev-bot"})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let expires =
        warden_types::parse_rfc3339(v["expires_at"].as_str().expect("no default expiry")).unwrap();
    let days = (expires.0 - warden_types::Timestamp::now().0) as f64 / 86_400_000_000.0;
    assert!((89.0..=90.1).contains(&days), "{days} days");
    let fiona = s.token("operator", "fiona").await;
    let env = [
        ("WARDEN_ADDR", s.base.as_str()),
        ("WARDEN_TOKEN", s.admin.as_str()),
    ];
    let (code, out, err) = run_cli(&["--json", "operators", "token", "list"], &env);
    assert_eq!(code, 0, "{out}{err}");
    let listed: Value = serde_json::from_str(&out).unwrap();
    let subjects: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["subject"].as_str().unwrap())
        .collect();
    assert!(
        subjects.contains(&"fiona") && !subjects.contains(&"dev-bot"),
        "{subjects:?}"
    );
    assert!(!out.contains(&fiona), "a token value was listed");
    // No token on the command line: `--token` does not exist; a file or the environment.
    let (code, _, err) = run_cli(
        &["approvals", "list", "--addr", &s.base, "--token", &s.admin],
        &[],
    );
    assert_eq!(code, 2, "{err}");
    let file = s.db.with_file_name("admin.token");
    std::fs::write(&file, format!("{}\n", s.admin)).unwrap();
    let (code, out, err) = run_cli(
        &[
            "approvals",
            "list",
            "--addr",
            &s.base,
            "--token-file",
            file.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    let (code, _, err) = run_cli(&["approvals", "list", "--addr", &s.base], &[]);
    assert_eq!(code, 1);
    assert!(err.contains("--token-file"), "{err}");
}
