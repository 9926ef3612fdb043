use serde_json::json;

use crate::harness::Server;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn allowed_denied_and_invalid_arguments() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let marketing = s.token("agent", "marketing-bot").await;

    let (st, v) = s
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1234"}),
            "s1",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["status"], "executed");
    assert_eq!(v["result"]["name"], "Ada Lovelace");

    let (st, v) = s
        .act(&marketing, "db.query", json!({"sql": "select 1"}), "m1")
        .await;
    assert_eq!(st, 403, "{v}");
    assert_eq!(v["code"], "denied");
    assert_eq!(v["policies"], json!(["marketing-no-production-db"]));
    assert!(
        v["detail"]
            .as_str()
            .unwrap()
            .contains("marketing-no-production-db")
    );

    // No permit at all: denied by default, no policy to name.
    let (st, v) = s
        .act(
            &marketing,
            "payments.refund",
            json!({"charge_id": "ch_1234", "amount": 5}),
            "m1",
        )
        .await;
    assert_eq!(st, 403, "{v}");
    assert_eq!(v["policies"], json!([]));
    assert!(
        v["detail"].as_str().unwrap().contains("no policy permits"),
        "{v}"
    );

    let (st, v) = s
        .act(
            &support,
            "payments.refund",
            json!({"charge_id": "ch_1234", "amount": "lots"}),
            "s1",
        )
        .await;
    assert_eq!(st, 422, "{v}");
    assert_eq!(v["code"], "invalid_arguments");
    assert_eq!(v["errors"][0]["path"], "/amount");

    let (st, v) = s.act(&support, "teleport", json!({}), "s1").await;
    assert_eq!((st, v["code"].as_str()), (404, Some("unknown_tool")), "{v}");

    // Every exit is in the audit log: received + decided for each of support-bot's three
    // actions, and an execution record for the one that ran.
    let records = s.audit("agent=support-bot&limit=1000").await;
    let decided: Vec<_> = records
        .iter()
        .filter(|r| r["event"] == "action.decided")
        .collect();
    assert_eq!(decided.len(), 3, "{records:#?}");
    assert!(
        records
            .iter()
            .any(|r| r["event"] == "action.executed" && r["outcome"] == "success")
    );
    let denied = s.audit("agent=marketing-bot&outcome=denied").await;
    assert_eq!(denied.len(), 2);
    assert_eq!(denied[0]["policies"], json!(["marketing-no-production-db"]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn untrusted_session_holds_outbound_mail() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let (st, v) = s
        .act(&support, "email.read_inbox", json!({}), "inbox")
        .await;
    assert_eq!(st, 200, "{v}");
    // Declared untrusted by the tool; the messages also carry e-mail addresses.
    assert_eq!(v["labels"], json!(["pii", "untrusted"]));
    let mail = json!({"to": "x@exfil.example", "subject": "s", "body": "b"});
    // A session the agent makes up is no clean slate: it joins the agent's run (issue 15;
    // every other way of shedding the label: `runs.rs`).
    let (st, v) = s.act(&support, "email.send", mail.clone(), "clean").await;
    assert_eq!(st, 202, "{v}");
    let (st, v) = s.act(&support, "email.send", mail, "inbox").await;
    assert_eq!(st, 202, "{v}");
    assert!(
        v["policies"]
            .as_array()
            .unwrap()
            .contains(&json!("no-untrusted-arguments"))
    );
    assert_eq!(v["requirements"][0]["groups"], json!(["security-oncall"]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upstream_failures_are_clear_and_recorded() {
    let s = Server::start().await;
    let sec = s.token("agent", "sec-bot").await;
    let (st, v) = s.act(&sec, "ops.slow", json!({}), "o").await;
    assert_eq!(
        (st, v["code"].as_str()),
        (504, Some("upstream_timeout")),
        "{v}"
    );
    let (st, v) = s.act(&sec, "ops.broken", json!({}), "o").await;
    assert_eq!(
        (st, v["code"].as_str()),
        (502, Some("upstream_error")),
        "{v}"
    );
    assert_eq!(v["upstream_status"], 500);
    let failures = s.audit("agent=sec-bot&outcome=failure").await;
    let codes: Vec<_> = failures
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["upstream_timeout", "upstream_error"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_get_problem_bodies() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let url = format!("{}/v1/actions", s.base);
    let resp = s
        .http
        .post(&url)
        .bearer_auth(&support)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    assert_eq!(resp.headers()["content-type"], "application/problem+json");
    let v: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(v["code"], "bad_request");

    let big = "x".repeat(2 * 1024 * 1024);
    // The server closes a connection whose body it refused to read; a separate client keeps
    // that connection out of the shared pool.
    let resp = reqwest::Client::new()
        .post(&url)
        .bearer_auth(&support)
        .json(&json!({"tool": "crm.get_customer", "arguments": {"customer_id": big}}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 413);
    let v: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(v["code"], "payload_too_large");

    let (st, v) = s
        .request(
            &support,
            "POST",
            "/v1/actions",
            Some(json!({"tool": "crm.get_customer", "arguments": {}, "hallucinated": 1})),
        )
        .await;
    assert_eq!((st, v["code"].as_str()), (400, Some("bad_request")), "{v}");
    let (st, v) = s.request(&support, "POST", "/v1/actions", Some(json!({"tool": "crm.get_customer", "arguments": {"customer_id": "C1234"}, "session": "bad session!"}))).await;
    assert_eq!((st, v["code"].as_str()), (400, Some("bad_request")), "{v}");
    let (st, v) = s.request(&support, "GET", "/v1/nothing", None).await;
    assert_eq!((st, v["code"].as_str()), (404, Some("not_found")), "{v}");
}
