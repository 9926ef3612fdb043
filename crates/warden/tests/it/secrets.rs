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

/// Every encoding of `secret` an echo would use, and its halves (issue 14, item 4).
fn encodings_of(secret: &str) -> Vec<String> {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let b64url = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let hex: String = secret.bytes().map(|b| format!("{b:02x}")).collect();
    let half = secret.len() / 2;
    vec![
        secret.to_owned(),
        secret.to_uppercase(),
        b64.encode(secret),
        b64.encode(format!("Bearer {secret}")),
        b64url.encode(format!("user:{secret}")),
        hex.clone(),
        hex.to_uppercase(),
        secret.bytes().map(|b| format!("%{b:02X}")).collect(),
        secret.chars().map(|c| format!("{c}-")).collect(),
        secret[..half].to_owned(),
        secret[half..].to_owned(),
    ]
}

/// An upstream that echoes the credential it was given — base64, base64url, hex, percent,
/// upper case, interleaved with dashes, split over two fields — passes none of it to the
/// agent, the audit log, the server log or the database.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_echoed_credential_is_masked_in_every_encoding() {
    let s = Server::start_with(|t| {
        t + r#"
[tools."debug.echo_auth"]
system = "ops"
kind = "read"
risk = "low"
schema = { type = "object" }
connector = { type = "http", upstream = "groupany", path = "/tools/debug.echo_auth", headers = { Authorization = "Bearer {{env:GROUPANY_API_KEY}}" } }
"#
    })
    .await;
    std::fs::write(
        s.config.parent().unwrap().join("policies/zz-echo.cedar"),
        "@id(\"sec-echo\")\npermit(principal == Agent::\"sec-bot\", action == Action::\"debug.echo_auth\", resource);\n",
    )
    .unwrap();
    let (code, _) = s.request(&s.admin, "POST", "/v1/admin/reload", None).await;
    assert_eq!(code, 200);
    let sec = s.token("agent", "sec-bot").await;
    let (st, v) = s.act(&sec, "debug.echo_auth", json!({}), "e").await;
    assert_eq!(st, 200, "{v}");
    // The upstream did echo it (the test would be empty otherwise).
    let echoed = s.calls("debug.echo_auth").await;
    assert_eq!(echoed.len(), 1);
    let answer = v.to_string();
    let audit = s
        .request(&s.admin, "GET", "/v1/admin/audit?limit=100000", None)
        .await
        .1
        .to_string();
    let log = std::fs::read_to_string(&s.log).unwrap_or_default();
    for enc in encodings_of(CANARY_KEY) {
        assert!(!answer.contains(&enc), "the agent got {enc:?}: {answer}");
        assert!(!audit.contains(&enc), "the audit log holds {enc:?}");
        assert!(!log.contains(&enc), "the server log holds {enc:?}");
    }
    assert!(
        answer.contains("debug: the token was"),
        "the rest stays: {answer}"
    );
}
