use std::time::Duration;

use serde_json::json;

use crate::harness::Server;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn held_then_approved_executes_exactly_once_with_the_approved_arguments() {
    let s = Server::start().await;
    let finance = s.token("agent", "finance-bot").await;
    let fiona = s.token("operator", "fiona").await;
    let frank = s.token("operator", "frank").await;
    let olga = s.token("operator", "olga").await;
    let args = json!({"iban": "NL91ABNA0417164300", "amount": 25000, "reference": "INV-1"});
    let (st, v) = s.act(&finance, "payments.send", args.clone(), "f1").await;
    assert_eq!(st, 202, "{v}");
    assert_eq!(v["code"], "approval_required");
    let id = v["approval_id"].as_str().unwrap().to_owned();
    assert!(
        s.calls("payments.send").await.is_empty(),
        "nothing runs before approval"
    );

    // Polling while pending says pending.
    let (st, v) = s
        .request(&finance, "GET", &format!("/v1/actions/{id}"), None)
        .await;
    assert_eq!((st, v["state"].as_str()), (202, Some("pending")), "{v}");

    // A non-member cannot approve.
    let (st, v) = s
        .request(
            &olga,
            "POST",
            &format!("/v1/admin/approvals/{id}/approve"),
            None,
        )
        .await;
    assert_eq!((st, v["code"].as_str()), (403, Some("forbidden")), "{v}");

    // A long-poll started now is woken by the approval.
    let poll = {
        let http = s.http.clone();
        let url = format!("{}/v1/actions/{id}?wait=20", s.base);
        let token = finance.clone();
        tokio::spawn(async move {
            let r = http.get(url).bearer_auth(token).send().await.unwrap();
            (
                r.status().as_u16(),
                r.json::<serde_json::Value>().await.unwrap(),
            )
        })
    };
    tokio::time::sleep(Duration::from_millis(200)).await;

    // Two approvers race; exactly one execution happens.
    let path = format!("/v1/admin/approvals/{id}/approve");
    let a = s.request(&fiona, "POST", &path, Some(json!({"comment": "ok"})));
    let b = s.request(&frank, "POST", &path, None);
    let ((sa, va), (sb, vb)) = tokio::join!(a, b);
    let mut statuses = [sa, sb];
    statuses.sort();
    assert_eq!(statuses, [200, 409], "{va} {vb}");
    let winner = if sa == 200 { va } else { vb };
    assert_eq!(winner["state"], "executed");

    let (st, v) = poll.await.unwrap();
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["result"]["status"], "submitted");
    let calls = s.calls("payments.send").await;
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0]["arguments"], args);

    let records = s.audit(&format!("action_id={id}")).await;
    let events: Vec<_> = records
        .iter()
        .map(|r| (r["event"].as_str().unwrap(), r["outcome"].as_str().unwrap()))
        .collect();
    assert_eq!(
        events,
        vec![
            ("action.received", "received"),
            ("action.decided", "escalated"),
            ("approval.decided", "approved"),
            ("action.executed", "success"),
        ]
    );
    assert!(records[3]["approver"].is_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn held_then_denied() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let frank = s.token("operator", "frank").await;
    let (st, v) = s
        .act(
            &support,
            "payments.refund",
            json!({"charge_id": "ch_1234", "amount": 800}),
            "s",
        )
        .await;
    assert_eq!(st, 202, "{v}");
    let id = v["approval_id"].as_str().unwrap();
    let (st, v) = s
        .request(
            &frank,
            "POST",
            &format!("/v1/admin/approvals/{id}/deny"),
            Some(json!({"comment": "no"})),
        )
        .await;
    assert_eq!((st, v["state"].as_str()), (200, Some("denied")), "{v}");
    let (st, v) = s
        .request(&support, "GET", &format!("/v1/actions/{id}"), None)
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (403, Some("approval_denied")),
        "{v}"
    );
    assert!(s.calls("payments.refund").await.is_empty());
    // A decided approval cannot be decided again.
    let (st, _) = s
        .request(
            &frank,
            "POST",
            &format!("/v1/admin/approvals/{id}/approve"),
            None,
        )
        .await;
    assert_eq!(st, 409);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn held_then_expired() {
    let s = Server::start_with(|t| t.replace("ttl = \"1h\"", "ttl = \"1s\"")).await;
    let support = s.token("agent", "support-bot").await;
    let frank = s.token("operator", "frank").await;
    let (st, v) = s
        .act(
            &support,
            "payments.refund",
            json!({"charge_id": "ch_1234", "amount": 800}),
            "s",
        )
        .await;
    assert_eq!(st, 202, "{v}");
    let id = v["approval_id"].as_str().unwrap().to_owned();
    let (st, v) = s
        .request(&support, "GET", &format!("/v1/actions/{id}?wait=10"), None)
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (410, Some("approval_expired")),
        "{v}"
    );
    let (st, v) = s
        .request(
            &frank,
            "POST",
            &format!("/v1/admin/approvals/{id}/approve"),
            None,
        )
        .await;
    assert!(st == 409 || st == 410, "{st} {v}");
    let records = s.audit(&format!("action_id={id}&outcome=expired")).await;
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["event"], "approval.expired");
    assert!(s.calls("payments.refund").await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn halt_refuses_one_agent_and_cancels_its_approvals() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let dev = s.token("agent", "dev-bot").await;
    let (st, v) = s
        .act(
            &support,
            "payments.refund",
            json!({"charge_id": "ch_1234", "amount": 800}),
            "s",
        )
        .await;
    assert_eq!(st, 202, "{v}");
    let id = v["approval_id"].as_str().unwrap().to_owned();
    let (st, v) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/agents/support-bot/halt",
            Some(json!({"reason": "suspected injection"})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["cancelled_approvals"], json!([id]));
    let (st, v) = s
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1234"}),
            "s",
        )
        .await;
    assert_eq!((st, v["code"].as_str()), (403, Some("agent_halted")), "{v}");
    let (st, v) = s
        .request(&support, "GET", &format!("/v1/actions/{id}"), None)
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (403, Some("approval_cancelled")),
        "{v}"
    );
    let (st, v) = s
        .act(
            &dev,
            "repo.create_issue",
            json!({"repo": "r", "title": "t"}),
            "d",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let (st, _) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/agents/support-bot/resume",
            None,
        )
        .await;
    assert_eq!(st, 200);
    let (st, v) = s
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1234"}),
            "s",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let kinds: Vec<String> = s
        .audit("agent=support-bot")
        .await
        .iter()
        .map(|r| r["event"].as_str().unwrap().to_owned())
        .collect();
    for k in ["agent.halted", "approval.cancelled", "agent.resumed"] {
        assert!(kinds.iter().any(|e| e == k), "{k} missing from {kinds:?}");
    }
}
