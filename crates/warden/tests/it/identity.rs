use std::time::Duration;

use serde_json::json;

use crate::harness::Server;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_are_checked_and_kinds_kept_apart() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let fiona = s.token("operator", "fiona").await;
    let args = json!({"customer_id": "C1234"});

    // No token, garbage, a well-formed but unknown token.
    for bad in [
        "",
        "nonsense",
        "wdn_a_0000000000000000_0000000000000000000000000000000000000000000000000000000000000000",
    ] {
        let (st, v) = s.act(bad, "crm.get_customer", args.clone(), "x").await;
        assert_eq!(
            (st, v["code"].as_str()),
            (401, Some("unauthenticated")),
            "{bad}: {v}"
        );
    }
    // The right id with a wrong secret.
    let forged = format!(
        "{}{}",
        &support[..support.len() - 4],
        if support.ends_with("0000") {
            "1111"
        } else {
            "0000"
        }
    );
    let (st, _) = s.act(&forged, "crm.get_customer", args.clone(), "x").await;
    assert_eq!(st, 401);

    // An agent token on the admin API, and an operator token acting as an agent.
    for path in ["/v1/admin/agents", "/v1/admin/approvals", "/v1/admin/audit"] {
        let (st, v) = s.request(&support, "GET", path, None).await;
        assert_eq!(
            (st, v["code"].as_str()),
            (403, Some("forbidden")),
            "{path}: {v}"
        );
    }
    let (st, v) = s
        .request(
            &support,
            "POST",
            "/v1/admin/agents/dev-bot/halt",
            Some(json!({"reason": "x"})),
        )
        .await;
    assert_eq!(st, 403, "{v}");
    let (st, _) = s.act(&fiona, "crm.get_customer", args.clone(), "x").await;
    assert_eq!(st, 403);
    // An approver is not an administrator.
    let (st, v) = s
        .request(
            &fiona,
            "POST",
            "/v1/admin/agents/dev-bot/halt",
            Some(json!({"reason": "x"})),
        )
        .await;
    assert_eq!((st, v["code"].as_str()), (403, Some("forbidden")), "{v}");
    // An agent token can never be minted with admin rights.
    let (st, _) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/tokens",
            Some(json!({"kind": "agent", "subject": "dev-bot", "admin": true})),
        )
        .await;
    assert_eq!(st, 400);

    // Revocation is immediate and one token at a time.
    let second = s.token("agent", "support-bot").await;
    let id = support.split('_').nth(2).unwrap();
    let (st, v) = s
        .request(
            &s.admin,
            "POST",
            &format!("/v1/admin/tokens/{id}/revoke"),
            None,
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let (st, v) = s.act(&support, "crm.get_customer", args.clone(), "x").await;
    assert_eq!(
        (st, v["detail"].as_str()),
        (401, Some("this token has been revoked"))
    );
    let (st, _) = s.act(&second, "crm.get_customer", args.clone(), "x").await;
    assert_eq!(st, 200);

    // Expiry.
    let (st, v) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/tokens",
            Some(json!({"kind": "agent", "subject": "dev-bot", "expires_in_seconds": 1})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let short = v["token"].as_str().unwrap().to_owned();
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let (st, v) = s
        .act(
            &short,
            "repo.create_issue",
            json!({"repo": "r", "title": "t"}),
            "x",
        )
        .await;
    assert_eq!(
        (st, v["detail"].as_str()),
        (401, Some("this token has expired"))
    );

    // Token lists never contain token text or hashes.
    let (st, v) = s.request(&s.admin, "GET", "/v1/admin/tokens", None).await;
    assert_eq!(st, 200);
    let text = v.to_string();
    assert!(
        !text.contains(&second[20..]) && !text.contains("\"hash\""),
        "{text}"
    );
    let created = s.audit("event=token.created").await;
    assert!(created.len() >= 5);
}
