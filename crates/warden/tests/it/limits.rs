//! Limits on what an anonymous or compromised caller can grow (issue 14, item 5), against a
//! real `warden serve`: a flooding agent gets `429 rate_limited` while another works and the
//! log grows by one record per agent per interval; one agent cannot queue more than its share
//! of pending approvals; a request for a tool that does not exist, or a prompt with more
//! personal data values than any real one, keeps none of them; one agent's `initialize` flood
//! cannot evict another agent's MCP session.

use serde_json::{Value, json};

use crate::harness::Server;

async fn limited() -> Server {
    Server::start_with(|t| {
        t.replace(
            "[server]\n",
            "[server]\nagent_rate = 5\nagent_burst = 10\nmax_pending_approvals = 3\n",
        ) + "\n[audit]\nauth_failures_every = \"1s\"\n"
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flooding_agent_is_refused_while_another_works() {
    let s = limited().await;
    let support = s.token("agent", "support-bot").await;
    let dev = s.token("agent", "dev-bot").await;
    let mut limited_count = 0;
    for i in 0..60 {
        let (st, v) = s
            .act(
                &support,
                "crm.get_customer",
                json!({"customer_id": format!("C{i:04}")}),
                "f",
            )
            .await;
        match st {
            200 => {}
            429 => {
                assert_eq!(v["code"], "rate_limited", "{v}");
                assert!(v["retry_after"].as_f64().unwrap() >= 1.0, "{v}");
                limited_count += 1;
            }
            other => panic!("{other}: {v}"),
        }
    }
    assert!(limited_count >= 40, "only {limited_count} of 60 refused");
    // Another agent is not slowed by it.
    let (st, v) = s
        .act(
            &dev,
            "repo.create_issue",
            json!({"repo": "groupany/web", "title": "t"}),
            "d",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    // On record, as one aggregated record per agent per interval.
    crate::harness::eventually("the aggregated rate_limited record", async || {
        let recs = s.audit("event=access.denied").await;
        recs.iter()
            .filter(|r| r["code"] == "rate_limited")
            .map(|r| r["output"]["count"].as_u64().unwrap())
            .sum::<u64>()
            == limited_count
    })
    .await;
    let recs = s.audit("event=access.denied").await;
    assert!(
        recs.len() <= 5,
        "{} records for {limited_count} refusals",
        recs.len()
    );
    // The LLM proxy and MCP share the agent's rate.
    let r = s
        .http
        .post(format!("{}/v1/chat/completions", s.base))
        .bearer_auth(&support)
        .json(&json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}))
        .send()
        .await
        .unwrap();
    assert!(matches!(r.status().as_u16(), 200 | 429), "{}", r.status());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_agent_cannot_queue_more_than_its_pending_approvals() {
    let s = limited().await;
    let support = s.token("agent", "support-bot").await;
    let finance = s.token("agent", "finance-bot").await;
    let mut codes = Vec::new();
    for i in 0..5 {
        let (st, v) = s
            .act(
                &support,
                "payments.refund",
                json!({"charge_id": "ch_abcd", "amount": 500 + i}),
                "p",
            )
            .await;
        codes.push((st, v["code"].as_str().unwrap_or_default().to_owned()));
    }
    assert_eq!(
        codes,
        [
            (202, "approval_required".into()),
            (202, "approval_required".into()),
            (202, "approval_required".into()),
            (429, "rate_limited".into()),
            (429, "rate_limited".into()),
        ]
    );
    // Another agent's hold is not buried.
    let (st, v) = s
        .act(
            &finance,
            "payments.send",
            json!({"iban": "NL91ABNA0417164300", "amount": 25000, "reference": "INV-1"}),
            "f",
        )
        .await;
    assert_eq!(st, 202, "{v}");
}

/// Ten holds at once cannot all pass the count: exactly the cap is stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_holds_cannot_pass_the_pending_cap() {
    let s = limited().await;
    let support = s.token("agent", "support-bot").await;
    let holds = (0..10).map(|i| {
        s.act(
            &support,
            "payments.refund",
            json!({"charge_id": format!("ch_abc{i}"), "amount": 600 + i}),
            "c",
        )
    });
    let answers = futures_util::future::join_all(holds).await;
    let held = answers.iter().filter(|(st, _)| *st == 202).count();
    let capped = answers
        .iter()
        .filter(|(st, v)| *st == 429 && v["code"] == "rate_limited")
        .count();
    assert_eq!((held, capped), (3, 7), "{answers:?}");
    let (st, v) = s
        .request(&s.admin, "GET", "/v1/admin/approvals?state=pending", None)
        .await;
    assert_eq!(st, 200, "{v}");
    let pending = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"]["agent"] == "support-bot")
        .count();
    assert_eq!(pending, 3, "{v}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_requests_keep_no_personal_data() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let addresses: Vec<String> = (0..5000)
        .map(|i| format!("person{i}@example.net"))
        .collect();
    // A tool that does not exist: refused before inspection; nothing kept.
    let (st, v) = s
        .act(
            &support,
            "nope.missing",
            json!({"to": addresses.join(", ")}),
            "x",
        )
        .await;
    assert_eq!((st, v["code"].as_str()), (404, Some("unknown_tool")), "{v}");
    // A real tool with more personal data values than any real action carries.
    let (st, v) = s
        .act(&support, "email.send", json!({"to": "a@groupany.example", "subject": "s", "body": addresses[..1500].join(" ")}), "x")
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (413, Some("payload_too_large")),
        "{v}"
    );
    // An LLM prompt with thousands of addresses: refused, nothing sent.
    let r = s
        .http
        .post(format!("{}/v1/chat/completions", s.base))
        .bearer_auth(&support)
        .json(&json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": addresses.join(" ")}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 413);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["code"], "payload_too_large", "{v}");
    // None of them is held as a data subject.
    let (st, v) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/subjects/locate",
            Some(json!({"identifiers": [addresses[7], addresses[1200], addresses[4999]]})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    assert!(v["subjects"].as_array().unwrap().is_empty(), "{v}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_initialize_flood_evicts_only_the_flooders_sessions() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let marketing = s.token("agent", "marketing-bot").await;
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}});
    let resp = s.mcp_post(&marketing, None, init.clone()).await.unwrap();
    let kept = resp.headers()["mcp-session-id"]
        .to_str()
        .unwrap()
        .to_owned();
    let mut first_flood = None;
    for _ in 0..(warden_server::MAX_SESSIONS_PER_AGENT + 20) {
        let r = s.mcp_post(&support, None, init.clone()).await.unwrap();
        assert!(r.status().is_success());
        if first_flood.is_none() {
            first_flood = Some(r.headers()["mcp-session-id"].to_str().unwrap().to_owned());
        }
    }
    let list = json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list"});
    let r = s
        .mcp_post(&marketing, Some(&kept), list.clone())
        .await
        .unwrap();
    assert_eq!(
        r.status().as_u16(),
        200,
        "the other agent's session was evicted"
    );
    // The flooder lost its own oldest.
    let r = s
        .mcp_post(&support, first_flood.as_deref(), list)
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
}

/// Slow clients (headers sent a byte at a time and never finished, bodies that never arrive,
/// idle kept-alive connections) are cut after the timeout, and a connection cap keeps the
/// server's descriptors: the server keeps answering throughout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_connections_are_cut_and_the_server_keeps_answering() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let s = Server::start_with(|t| {
        t.replace(
            "[server]\n",
            "[server]\nheader_timeout = \"1s\"\nbody_timeout = \"1s\"\nmax_connections = 64\n",
        )
    })
    .await;
    let addr = s.base.trim_start_matches("http://").to_owned();
    let agent = s.token("agent", "support-bot").await;
    let started = std::time::Instant::now();
    let mut slow = Vec::new();
    for _ in 0..300 {
        let mut c = tokio::net::TcpStream::connect(&addr).await.unwrap();
        c.write_all(b"POST /v1/actions HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
        slow.push(c);
    }
    // An authenticated agent whose body never finishes arriving.
    let mut drips = Vec::new();
    for _ in 0..10 {
        let mut c = tokio::net::TcpStream::connect(&addr).await.unwrap();
        c.write_all(
            format!(
                "POST /v1/actions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {agent}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{"
            )
            .as_bytes(),
        )
        .await
        .unwrap();
        drips.push(c);
    }
    // The server answers while they hang (a slot frees as soon as one is cut).
    let r = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        s.http.get(format!("{}/healthz", s.base)).send(),
    )
    .await
    .expect("the server stopped answering")
    .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    // Every slow connection was closed by the server.
    let reads = slow.into_iter().map(|mut c| async move {
        let mut buf = [0u8; 512];
        let mut got = Vec::new();
        loop {
            match tokio::time::timeout(std::time::Duration::from_secs(30), c.read(&mut buf)).await {
                Ok(Ok(0)) | Ok(Err(_)) => return (true, got),
                Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
                Err(_) => return (false, got),
            }
        }
    });
    let results = futures_util::future::join_all(reads).await;
    assert!(
        results.iter().all(|(closed, _)| *closed),
        "a slow connection stayed open"
    );
    let drips = drips.into_iter().map(|mut c| async move {
        let mut text = String::new();
        let _ = tokio::time::timeout(
            std::time::Duration::from_secs(30),
            c.read_to_string(&mut text),
        )
        .await;
        text
    });
    for answer in futures_util::future::join_all(drips).await {
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
        assert!(answer.contains("request_timeout"), "{answer}");
    }
    // 310 connections at 64 at a time, each cut after 1 s: a few seconds, not forever.
    assert!(started.elapsed() < std::time::Duration::from_secs(40));
    let r = s
        .http
        .get(format!("{}/healthz", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
}
