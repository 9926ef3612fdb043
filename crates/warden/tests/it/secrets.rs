use serde_json::json;

use crate::harness::{CANARY_KEY, Server};

/// The upstream credential and every token stay out of responses, logs and the database.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_credential_or_token_leaks_anywhere() {
    let s = Server::start().await;
    let sec = s.token("agent", "sec-bot").await;
    let support = s.token("agent", "support-bot").await;
    let fiona = s.token("operator", "fiona").await;
    let mut bodies = Vec::new();
    // The broken upstream echoes the credential it received in its error body.
    bodies.push(s.act(&sec, "ops.broken", json!({}), "c").await.1);
    bodies.push(s.act(&sec, "ops.slow", json!({}), "c").await.1);
    bodies.push(
        s.act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1234"}),
            "c",
        )
        .await
        .1,
    );
    let (_, v) = s
        .act(
            &support,
            "payments.refund",
            json!({"charge_id": "ch_1234", "amount": 500}),
            "c",
        )
        .await;
    let id = v["approval_id"].as_str().unwrap().to_owned();
    bodies.push(v);
    bodies.push(
        s.request(
            &fiona,
            "POST",
            &format!("/v1/admin/approvals/{id}/approve"),
            None,
        )
        .await
        .1,
    );
    bodies.push(
        s.request(&s.admin, "GET", "/v1/admin/audit?limit=100000", None)
            .await
            .1,
    );
    bodies.push(s.request(&s.admin, "GET", "/v1/admin/tokens", None).await.1);
    bodies.push(
        s.act("wdn_a_0000000000000000_00", "x", json!({}), "c")
            .await
            .1,
    );
    let broken = &bodies[0];
    assert_eq!(broken["code"], "upstream_error");
    assert!(broken.to_string().contains("[REDACTED]"), "{broken}");

    let secrets = [
        CANARY_KEY,
        sec.as_str(),
        support.as_str(),
        fiona.as_str(),
        s.admin.as_str(),
    ];
    for b in &bodies {
        let text = b.to_string();
        for secret in secrets {
            assert!(!text.contains(secret), "a response leaks a secret: {text}");
        }
    }
    // The log and every database file (WAL included), byte for byte.
    let mut files = vec![s.log.clone()];
    for entry in std::fs::read_dir(s.db.parent().unwrap()).unwrap() {
        files.push(entry.unwrap().path());
    }
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        for secret in secrets {
            let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
            assert!(!found, "{} contains a secret", f.display());
        }
        // Token secrets (the part after the id) must not appear either.
        for t in &secrets[1..] {
            let tail = t.rsplit('_').next().unwrap();
            assert!(
                !bytes.windows(tail.len()).any(|w| w == tail.as_bytes()),
                "{} contains a token secret",
                f.display()
            );
        }
    }
}
