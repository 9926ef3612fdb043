//! Approvals mean what they say (issue 14, item 6), against a real `warden serve`: one vote
//! meets one requirement (a person in two groups cannot clear both), `@approvers("2")` needs
//! two distinct people, revoking the token that asked cancels its holds, only approvers see
//! the exact arguments, lists have a ceiling and pages, and an approved action whose upstream
//! failed is `failed` with a non-zero CLI exit.

use serde_json::{Value, json};

use crate::harness::{Server, run_cli};

/// fiona is in finance-leads and (here) security-oncall; large refunds also need security.
async fn server() -> Server {
    let s = Server::start_with(|t| {
        t.replace(
            "[groups.security-oncall]\nmembers = [\"olga\"]",
            "[groups.security-oncall]\nmembers = [\"olga\", \"fiona\"]",
        )
    })
    .await;
    std::fs::write(
        s.config.parent().unwrap().join("policies/zz-rules.cedar"),
        "@id(\"refund-security\") @approval(\"security-oncall\")\n\
         forbid(principal, action == Action::\"payments.refund\", resource) when { context.args.amount > 1000 };\n\
         @id(\"payments-four-eyes\") @approval(\"finance-leads\") @approvers(\"2\")\n\
         forbid(principal, action == Action::\"payments.send\", resource) when { context.args.amount > 40000 };\n",
    )
    .unwrap();
    let (code, v) = s.request(&s.admin, "POST", "/v1/admin/reload", None).await;
    assert_eq!(code, 200, "{v}");
    s
}

async fn vote(s: &Server, token: &str, id: &str, verb: &str) -> (u16, Value) {
    s.request(
        token,
        "POST",
        &format!("/v1/admin/approvals/{id}/{verb}"),
        Some(json!({})),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_vote_meets_one_requirement_and_four_eyes_needs_two_people() {
    let s = server().await;
    let support = s.token("agent", "support-bot").await;
    let finance = s.token("agent", "finance-bot").await;
    let fiona = s.token("operator", "fiona").await;
    let frank = s.token("operator", "frank").await;
    let olga = s.token("operator", "olga").await;

    // Needs finance-leads and security-oncall; fiona is in both.
    let (st, v) = s
        .act(
            &support,
            "payments.refund",
            json!({"charge_id": "ch_abcd", "amount": 2000}),
            "r",
        )
        .await;
    assert_eq!(st, 202, "{v}");
    let id = v["approval_id"].as_str().unwrap().to_owned();
    let (st, v) = vote(&s, &fiona, &id, "approve").await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(
        v["state"], "pending",
        "one vote cleared two requirements: {v}"
    );
    assert!(s.calls("payments.refund").await.is_empty());
    // The other requirement still needs a different person; fiona cannot vote twice.
    let (st, _) = vote(&s, &fiona, &id, "approve").await;
    assert_eq!(st, 409);
    let (st, v) = vote(&s, &olga, &id, "approve").await;
    assert_eq!((st, v["state"].as_str()), (200, Some("executed")), "{v}");
    assert_eq!(s.calls("payments.refund").await.len(), 1);

    // Four eyes: two finance leads.
    let args = json!({"iban": "NL91ABNA0417164300", "amount": 45000, "reference": "INV-9"});
    let (st, v) = s.act(&finance, "payments.send", args, "p").await;
    assert_eq!(st, 202, "{v}");
    let id = v["approval_id"].as_str().unwrap().to_owned();
    assert_eq!(v["requirements"][0]["approvers"], 2, "{v}");
    let (_, v) = vote(&s, &fiona, &id, "approve").await;
    assert_eq!(v["state"], "pending", "{v}");
    // olga is not a finance lead: her vote cannot count.
    let (st, v) = vote(&s, &olga, &id, "approve").await;
    assert_eq!((st, v["code"].as_str()), (403, Some("forbidden")), "{v}");
    let (_, v) = vote(&s, &frank, &id, "approve").await;
    assert_eq!(v["state"], "executed", "{v}");
    assert_eq!(s.calls("payments.send").await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn revoking_the_token_that_asked_cancels_its_holds_only() {
    let s = server().await;
    let first = s.token("agent", "support-bot").await;
    let second = s.token("agent", "support-bot").await;
    let big = json!({"charge_id": "ch_abcd", "amount": 500});
    let (_, a) = s.act(&first, "payments.refund", big.clone(), "r").await;
    let (_, b) = s.act(&second, "payments.refund", big, "r").await;
    let (a, b) = (
        a["approval_id"].as_str().unwrap().to_owned(),
        b["approval_id"].as_str().unwrap().to_owned(),
    );
    let tokens = s
        .request(
            &s.admin,
            "GET",
            "/v1/admin/tokens?subject=support-bot",
            None,
        )
        .await
        .1;
    let first_id = tokens
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_owned())
        .find(|id| first.contains(&format!("_{id}_")))
        .unwrap();
    let (st, v) = s
        .request(
            &s.admin,
            "POST",
            &format!("/v1/admin/tokens/{first_id}/revoke"),
            None,
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let cancelled: Vec<String> = v["cancelled_approvals"]
        .as_array()
        .map(|c| c.iter().map(|x| x.as_str().unwrap().to_owned()).collect())
        .unwrap_or_default();
    assert_eq!(cancelled.len(), 1, "{v}");
    let (_, va) = s
        .request(&s.admin, "GET", &format!("/v1/admin/approvals/{a}"), None)
        .await;
    let (_, vb) = s
        .request(&s.admin, "GET", &format!("/v1/admin/approvals/{b}"), None)
        .await;
    let states = [va["state"].as_str().unwrap(), vb["state"].as_str().unwrap()];
    assert!(
        states.contains(&"cancelled") && states.contains(&"pending"),
        "exactly the revoked token's hold is cancelled: {states:?}"
    );
    assert_eq!(cancelled[0], if states[0] == "cancelled" { a } else { b });
    let records = s.audit("event=approval.cancelled").await;
    assert_eq!(records.len(), 1, "{records:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_approvers_see_arguments_and_lists_page() {
    let s = server().await;
    let support = s.token("agent", "support-bot").await;
    let frank = s.token("operator", "frank").await;
    let olga = s.token("operator", "olga").await;
    let mut ids = Vec::new();
    for i in 0..5 {
        let (st, v) = s
            .act(
                &support,
                "payments.refund",
                json!({"charge_id": "ch_SECRETARG", "amount": 200 + i}),
                "r",
            )
            .await;
        assert_eq!(st, 202, "{v}");
        ids.push(v["approval_id"].as_str().unwrap().to_owned());
    }
    // A finance lead decides these and sees the arguments; olga (security only) does not.
    let (_, v) = s
        .request(
            &frank,
            "GET",
            &format!("/v1/admin/approvals/{}", ids[0]),
            None,
        )
        .await;
    assert_eq!(v["action"]["arguments"]["charge_id"], "ch_SECRETARG");
    let (_, v) = s
        .request(
            &olga,
            "GET",
            &format!("/v1/admin/approvals/{}", ids[0]),
            None,
        )
        .await;
    assert!(!v.to_string().contains("SECRETARG"), "{v}");
    assert!(
        v["action"]["arguments"]
            .as_str()
            .unwrap()
            .contains("withheld")
    );
    let (_, v) = s
        .request(&olga, "GET", "/v1/admin/approvals?state=pending", None)
        .await;
    assert!(!v.to_string().contains("SECRETARG"), "{v}");

    // Pages of two, newest first, every approval once.
    let mut seen = Vec::new();
    let mut before: Option<String> = None;
    loop {
        let path = match &before {
            Some(b) => format!("/v1/admin/approvals?state=pending&limit=2&before={b}"),
            None => "/v1/admin/approvals?state=pending&limit=2".to_owned(),
        };
        let (st, v) = s.request(&frank, "GET", &path, None).await;
        assert_eq!(st, 200, "{v}");
        let page = v.as_array().unwrap().clone();
        seen.extend(
            page.iter()
                .map(|a| a["action"]["id"].as_str().unwrap().to_owned()),
        );
        if page.len() < 2 {
            break;
        }
        before = seen.last().cloned();
    }
    let mut newest_first = ids.clone();
    newest_first.reverse();
    assert_eq!(seen, newest_first);
    for bad in ["limit=0", "limit=1001", "limit=-1", "before=act_nope"] {
        let (st, v) = s
            .request(&frank, "GET", &format!("/v1/admin/approvals?{bad}"), None)
            .await;
        assert!(st == 400 || st == 404, "{bad}: {st} {v}");
    }
    // The CLI says when it shows only part.
    let (code, out, err) = run_cli(
        &["approvals", "list", "--limit", "2", "--addr", &s.base],
        &[("WARDEN_TOKEN", frank.as_str())],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("--all"), "{err}");
    let (code, out, _) = run_cli(
        &[
            "--json",
            "approvals",
            "list",
            "--limit",
            "2",
            "--all",
            "--addr",
            &s.base,
        ],
        &[("WARDEN_TOKEN", frank.as_str())],
    );
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<Value>(&out)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        5
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approved_action_whose_upstream_failed_is_failed() {
    let s = Server::start_with(|t| t).await;
    std::fs::write(
        s.config.parent().unwrap().join("policies/zz-broken.cedar"),
        "@id(\"hold-broken\") @approval(\"security-oncall\")\n\
         forbid(principal, action == Action::\"ops.broken\", resource);\n",
    )
    .unwrap();
    let (code, _) = s.request(&s.admin, "POST", "/v1/admin/reload", None).await;
    assert_eq!(code, 200);
    let sec = s.token("agent", "sec-bot").await;
    let olga = s.token("operator", "olga").await;
    let (st, v) = s.act(&sec, "ops.broken", json!({}), "o").await;
    assert_eq!(st, 202, "{v}");
    let id = v["approval_id"].as_str().unwrap().to_owned();
    let (code, out, err) = run_cli(
        &["approvals", "approve", &id, "--addr", &s.base],
        &[("WARDEN_TOKEN", olga.as_str())],
    );
    assert_eq!(code, 8, "{out}{err}");
    let (_, v) = s
        .request(&s.admin, "GET", &format!("/v1/admin/approvals/{id}"), None)
        .await;
    assert_eq!(v["state"], "failed", "{v}");
    let (_, v) = s
        .request(&s.admin, "GET", "/v1/admin/approvals?state=failed", None)
        .await;
    assert_eq!(v.as_array().unwrap().len(), 1);
}
