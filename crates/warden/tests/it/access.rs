//! Refused access is on record: failed authentication aggregated per source and reason (a
//! flood stays bounded), every refusal of an authenticated caller one record each.

use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::Server;

/// A second interval so that the test sees the counts without waiting a minute.
fn every_second(text: String) -> String {
    format!("{text}\n[audit]\nauth_failures_every = \"1s\"\n")
}

async fn all_records(s: &Server, event: &str) -> Vec<Value> {
    s.audit(&format!("event={event}&limit=10000")).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unauthenticated_flood_adds_a_bounded_number_of_records_and_loses_no_count() {
    let s = Server::start_with(every_second).await;
    let before = all_records(&s, "auth.failed").await.len();
    let unknown =
        "wdn_a_0123456789abcdef_feedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedface";
    // Four reasons on four surfaces; 10,000 requests in all, 32 at a time.
    let shapes: Vec<(&str, &str, Option<String>)> = vec![
        ("POST", "/v1/actions", None),
        ("GET", "/v1/admin/agents", Some("Bearer not-a-token".into())),
        ("POST", "/mcp", Some(format!("Bearer {unknown}"))),
        ("POST", "/v1/chat/completions", Some("Basic abc".into())),
    ];
    let total = 10_000usize;
    let mut tasks = tokio::task::JoinSet::new();
    let per_task = total / 32;
    for t in 0..32 {
        let http = s.http.clone();
        let base = s.base.clone();
        let shapes = shapes.clone();
        tasks.spawn(async move {
            let mut statuses = Vec::new();
            for i in 0..per_task {
                let (method, path, auth) = &shapes[(t + i) % shapes.len()];
                let url = format!("{base}{path}");
                let mut req = match *method {
                    "GET" => http.get(url),
                    _ => http.post(url).body("{}"),
                };
                req = req.header("content-type", "application/json");
                if let Some(a) = auth {
                    req = req.header("authorization", a);
                }
                statuses.push(req.send().await.unwrap().status().as_u16());
            }
            statuses
        });
    }
    let mut sent = 0;
    while let Some(r) = tasks.join_next().await {
        let statuses = r.unwrap();
        assert!(statuses.iter().all(|&st| st == 401), "{statuses:?}");
        sent += statuses.len();
    }
    // The window is written every second.
    let mut records = Vec::new();
    for _ in 0..50 {
        tokio::time::sleep(Duration::from_millis(200)).await;
        records = all_records(&s, "auth.failed").await;
        let counted: u64 = records[before..]
            .iter()
            .map(|r| r["output"]["count"].as_u64().unwrap())
            .sum();
        if counted >= sent as u64 {
            break;
        }
    }
    let new = &records[before..];
    let counted: u64 = new
        .iter()
        .map(|r| r["output"]["count"].as_u64().unwrap())
        .sum();
    assert_eq!(counted, sent as u64, "every failure is counted once");
    assert!(
        new.len() <= 100,
        "{} records for {sent} failed requests",
        new.len()
    );
    let reasons: std::collections::BTreeSet<&str> = new
        .iter()
        .map(|r| r["output"]["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        ["malformed", "missing", "unknown"].into_iter().collect(),
        "{new:?}"
    );
    for r in new {
        assert_eq!(r["output"]["source"], "127.0.0.1", "{r}");
        assert_eq!(r["code"], "unauthenticated");
    }
    // The presented token never reaches the log.
    let everything = s.audit("limit=10000").await;
    let text = serde_json::to_string(&everything).unwrap();
    assert!(
        !text.contains("feedface"),
        "a presented secret was recorded"
    );
    assert!(!text.contains("not-a-token"));
}

/// Many sources (loopback addresses 127.0.0.2 …): the number of pairs per interval stays
/// bounded, the rest is counted as `other`, and no count is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_from_many_sources_stay_bounded() {
    let s = Server::start_with(every_second).await;
    let before = all_records(&s, "auth.failed").await.len();
    let sources = 150u8;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..sources {
        let base = s.base.clone();
        tasks.spawn(async move {
            let ip = std::net::IpAddr::from([127, 0, 0, 2 + i]);
            let http = reqwest::Client::builder()
                .local_address(ip)
                .build()
                .unwrap();
            let mut n = 0u64;
            for bad in [
                None,
                Some("Bearer x"),
                Some("Bearer wdn_o_0123456789abcdef_00"),
            ] {
                let mut req = http.get(format!("{base}/v1/admin/agents"));
                if let Some(b) = bad {
                    req = req.header("authorization", b);
                }
                assert_eq!(req.send().await.unwrap().status().as_u16(), 401);
                n += 1;
            }
            n
        });
    }
    let mut sent = 0u64;
    while let Some(r) = tasks.join_next().await {
        sent += r.unwrap();
    }
    let mut new = Vec::new();
    for _ in 0..50 {
        tokio::time::sleep(Duration::from_millis(200)).await;
        new = all_records(&s, "auth.failed").await.split_off(before);
        let counted: u64 = new
            .iter()
            .map(|r| r["output"]["count"].as_u64().unwrap())
            .sum();
        if counted >= sent {
            break;
        }
    }
    let counted: u64 = new
        .iter()
        .map(|r| r["output"]["count"].as_u64().unwrap())
        .sum();
    assert_eq!(counted, sent);
    // At most the bound plus one `other` per reason in each interval the burst spanned.
    let intervals: std::collections::BTreeSet<&str> = new
        .iter()
        .map(|r| r["ts"].as_str().unwrap().get(..19).unwrap())
        .collect();
    assert!(
        new.len() <= intervals.len() * (warden_pipeline::MAX_FAILURE_SOURCES + 6),
        "{} records in {} intervals",
        new.len(),
        intervals.len()
    );
    assert!(
        new.len() < sent as usize / 2,
        "{} records for {sent} requests",
        new.len()
    );
    assert!(
        new.iter().any(|r| r["output"]["source"] == "other"),
        "{new:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_of_authenticated_callers_are_each_recorded() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let finance = s.token("agent", "finance-bot").await;
    let fiona = s.token("operator", "fiona").await;
    let olga = s.token("operator", "olga").await;

    // An agent token on the admin API, on three endpoints.
    for path in ["/v1/admin/agents", "/v1/admin/audit", "/v1/admin/tokens"] {
        let (st, v) = s.request(&support, "GET", path, None).await;
        assert_eq!((st, v["code"].as_str()), (403, Some("forbidden")), "{v}");
    }
    // An operator token acting as an agent, on the action API, /mcp and the LLM proxy.
    let (st, _) = s
        .act(
            &fiona,
            "crm.get_customer",
            json!({"customer_id": "C1234"}),
            "x",
        )
        .await;
    assert_eq!(st, 403);
    let mcp = s
        .http
        .post(format!("{}/mcp", s.base))
        .bearer_auth(&fiona)
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream")
        .body(r#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(mcp.status().as_u16(), 403);
    let llm = s
        .http
        .post(format!("{}/v1/chat/completions", s.base))
        .bearer_auth(&fiona)
        .json(&json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(llm.status().as_u16(), 403);
    // An approver who is not an administrator.
    let (st, v) = s.request(&fiona, "GET", "/v1/admin/tokens", None).await;
    assert_eq!((st, v["code"].as_str()), (403, Some("forbidden")), "{v}");
    // A vote by someone outside the approval's groups.
    let (st, v) = s
        .act(
            &finance,
            "payments.send",
            json!({"iban": "NL91ABNA0417164300", "amount": 25000, "reference": "INV-9"}),
            "f9",
        )
        .await;
    assert_eq!(st, 202, "{v}");
    let approval = v["approval_id"].as_str().unwrap().to_owned();
    let (st, v) = s
        .request(
            &olga,
            "POST",
            &format!("/v1/admin/approvals/{approval}/approve"),
            None,
        )
        .await;
    assert_eq!((st, v["code"].as_str()), (403, Some("forbidden")), "{v}");

    let denied = all_records(&s, "access.denied").await;
    let by_agent: Vec<&Value> = denied
        .iter()
        .filter(|r| r["agent"] == "support-bot")
        .collect();
    assert_eq!(by_agent.len(), 3, "{denied:#?}");
    for r in &by_agent {
        assert_eq!(r["output"]["surface"], "admin");
        assert!(
            r["output"]["token_id"]
                .as_str()
                .is_some_and(|t| support.contains(t))
        );
    }
    let by_fiona: Vec<&Value> = denied.iter().filter(|r| r["actor"] == "fiona").collect();
    let surfaces: Vec<&str> = by_fiona
        .iter()
        .map(|r| r["output"]["surface"].as_str().unwrap())
        .collect();
    assert_eq!(
        surfaces,
        ["actions", "mcp", "llm", "admin"],
        "{by_fiona:#?}"
    );
    let by_olga: Vec<&Value> = denied.iter().filter(|r| r["actor"] == "olga").collect();
    assert_eq!(by_olga.len(), 1, "{denied:#?}");
    assert_eq!(
        by_olga[0]["output"]["details"]["approval_id"],
        approval.as_str()
    );
    // The approval is still pending: the refused vote changed nothing.
    let (st, v) = s
        .request(
            &fiona,
            "GET",
            &format!("/v1/admin/approvals/{approval}"),
            None,
        )
        .await;
    assert_eq!((st, v["state"].as_str()), (200, Some("pending")), "{v}");
    // No token text in any record.
    let text = serde_json::to_string(&s.audit("limit=10000").await).unwrap();
    for t in [&support, &finance, &fiona, &olga] {
        assert!(
            !text.contains(&t[t.len() - 64..]),
            "a token secret was recorded"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_session_id_is_recorded_without_its_text() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    for bad in ["", "has space", "ünïcode", &"x".repeat(129), "a\u{200b}b"] {
        let (st, v) = s
            .act(
                &support,
                "crm.get_customer",
                json!({"customer_id": "C1234"}),
                bad,
            )
            .await;
        assert_eq!((st, v["code"].as_str()), (400, Some("bad_request")), "{v}");
        let id = v["action_id"].as_str().unwrap();
        let recs = s.audit(&format!("action_id={id}")).await;
        assert_eq!(recs.len(), 1, "{recs:?}");
        assert_eq!(recs[0]["code"], "bad_request");
        assert_eq!(recs[0]["agent"], "support-bot");
        assert_eq!(recs[0]["input"]["session_bytes"], bad.len());
        if bad.len() > 3 {
            let text = serde_json::to_string(&recs[0]).unwrap();
            assert!(!text.contains(bad), "the session text was recorded: {text}");
        }
    }
}

/// `/mcp`: another agent's session is refused like an unknown one but recorded; an unknown
/// tool is answered as the protocol says and recorded like any refusal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mcp_refusals_are_recorded() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let finance = s.token("agent", "finance-bot").await;
    let post = |token: &str, session: Option<&str>, body: Value| {
        let token = token.to_owned();
        let session = session.map(str::to_owned);
        let s = &s;
        async move { s.mcp_post(&token, session.as_deref(), body).await }
    };
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}});
    let resp = post(&support, None, init).await.unwrap();
    let session = resp.headers()["mcp-session-id"]
        .to_str()
        .unwrap()
        .to_owned();
    // finance-bot with support-bot's session: the answer of an unknown session, on record.
    let resp = post(
        &finance,
        Some(&session),
        json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}),
    )
    .await
    .unwrap();
    assert_eq!(resp.status().as_u16(), 404);
    let denied = all_records(&s, "access.denied").await;
    assert_eq!(denied.len(), 1, "{denied:?}");
    assert_eq!(denied[0]["agent"], "finance-bot");
    assert_eq!(denied[0]["output"]["surface"], "mcp");
    // An unknown tool: JSON-RPC invalid params, and an action record like /v1/actions writes.
    let called: Value = post(
        &support,
        Some(&session),
        json!({"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "nope.missing", "arguments": {}}}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    assert_eq!(called["error"]["code"], -32602, "{called}");
    let action = called["error"]["data"]["action_id"].as_str().unwrap();
    let recs = s.audit(&format!("action_id={action}")).await;
    assert!(
        recs.iter()
            .any(|r| r["code"] == "unknown_tool" && r["tool"] == "nope.missing"),
        "{recs:?}"
    );
}
