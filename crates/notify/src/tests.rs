#![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]

use super::*;

fn notice() -> Notice {
    Notice {
        kind: NoticeKind::Held,
        approval_id: "act_1".into(),
        agent: "finance-bot".into(),
        owner: "finance@groupany.example".into(),
        tool: "payments.send".into(),
        groups: vec!["finance-leads".into()],
        policies: vec!["finance-large-payments".into()],
        state: "pending".into(),
        created_at: "2026-12-06T10:00:00Z".into(),
        expires_at: "2026-12-06T11:00:00Z".into(),
        arguments: Some(json!({"iban": "<IBAN_1>", "amount": 25000})),
        link: Some("https://warden.example/console/approvals/act_1".into()),
        detail: None,
    }
}

#[test]
fn webhook_signatures_verify_only_unaltered_fresh_and_keyed() {
    let body = br#"{"type":"approval.held"}"#;
    let sig = sign_webhook(b"k3y", 1_000_000, body);
    assert!(sig.starts_with("t=1000000,v1="));
    assert!(verify_webhook(b"k3y", &sig, body, 1_000_000));
    assert!(verify_webhook(b"k3y", &sig, body, 1_000_299));
    assert!(!verify_webhook(b"k3y", &sig, body, 1_000_301), "too old");
    assert!(
        !verify_webhook(b"k3y", &sig, body, 999_699),
        "from the future"
    );
    assert!(
        !verify_webhook(b"other", &sig, body, 1_000_000),
        "other key"
    );
    assert!(!verify_webhook(
        b"k3y",
        &sig,
        br#"{"type":"approval.held" }"#,
        1_000_000
    ));
    // The timestamp is signed: moving it breaks the signature.
    let moved = sig.replace("t=1000000", "t=1000100");
    assert!(!verify_webhook(b"k3y", &moved, body, 1_000_100));
    for junk in ["", "t=1000000", "v1=00", "t=x,v1=zz", "t=1000000,v1=0"] {
        assert!(!verify_webhook(b"k3y", junk, body, 1_000_000), "{junk}");
    }
}

#[test]
fn slack_signatures_follow_slacks_scheme() {
    // The example from Slack's documentation ("Verifying requests from Slack").
    let secret = b"8f742231b10e8888abcd99yyyzzz85a5";
    let body = b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    let sig = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    assert!(verify_slack(secret, "1531420618", sig, body, 1_531_420_618));
    assert_eq!(sign_slack(secret, 1_531_420_618, body), sig);
    assert!(!verify_slack(
        secret,
        "1531420618",
        sig,
        body,
        1_531_420_618 + 301
    ));
    assert!(!verify_slack(
        secret,
        "1531420619",
        sig,
        body,
        1_531_420_618
    ));
    assert!(!verify_slack(
        b"wrong",
        "1531420618",
        sig,
        body,
        1_531_420_618
    ));
    assert!(!verify_slack(
        secret,
        "1531420618",
        "v1=00",
        body,
        1_531_420_618
    ));
}

#[test]
fn messages_escape_and_link() {
    let mut n = notice();
    n.agent = "<!channel> & co".into();
    let slack = n.slack_body(true);
    let text = slack["blocks"][0]["text"]["text"].as_str().unwrap();
    assert!(!text.contains("<!channel>"));
    assert!(text.contains("&lt;!channel&gt; &amp; co"));
    assert_eq!(slack["blocks"][1]["elements"][0]["value"], "act_1");
    assert!(
        n.text()
            .contains("https://warden.example/console/approvals/act_1")
    );
    assert!(n.text().contains("<IBAN_1>"));
    let body = n.webhook_body("d1", "2026-12-06T10:00:01Z");
    assert_eq!(body["type"], "approval.held");
    assert_eq!(body["approval"]["arguments"]["amount"], 25000);
    // Outcomes carry no buttons.
    n.kind = NoticeKind::Outcome;
    assert_eq!(n.slack_body(true)["blocks"].as_array().unwrap().len(), 1);
}
