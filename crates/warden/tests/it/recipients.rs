//! A recipient is external unless it is clearly internal (issue 14, item 2): every declared
//! recipient argument (to, cc, bcc, lists, objects with an address field) is parsed as an
//! address list, and anything unparseable or disguised counts as external; other channels
//! compare with the organisation's own counterparties. Driven through a real `warden serve`:
//! after reading untrusted mail, the reference policy holds mail to anyone external (the user
//! asked for mail: what the user did not ask for is held anyway, `it/provenance.rs`).

use serde_json::{Value, json};

use crate::harness::Server;

const CHAT: &str = r#"
[tools."chat.post"]
system = "chat"
kind = "communicate"
risk = "medium"
external = true
recipients = { channel = "chat" }
description = "post to a chat channel"
requested_by = ["post"]
schema = { type = "object", required = ["channel", "text"], properties = { channel = { type = "string" }, text = { type = "string" } } }
connector = { type = "http", upstream = "groupany", path = "/chat/post" }
"#;

async fn server() -> Server {
    let s = Server::start_with(|t| {
        t.replace(
            "counterparties = { iban = [",
            "counterparties = { chat = [\"#ops\", \"U024BE7LH\"], iban = [",
        ) + CHAT
    })
    .await;
    std::fs::write(
        s.config.parent().unwrap().join("policies/zz-chat.cedar"),
        "@id(\"support-chat\")\npermit(principal in Role::\"support\", action == Action::\"chat.post\", resource);\n",
    )
    .unwrap();
    let (code, v) = s.request(&s.admin, "POST", "/v1/admin/reload", None).await;
    assert_eq!(code, 200, "{v}");
    s
}

/// Opens a run in which the user asked for mail and chat posts (so that only where they go is
/// judged), and reads the inbox in it (`session` joins the agent's current run).
async fn tainted(s: &Server, token: &str, session: &str) {
    s.open_run(
        "support-bot",
        Some("Read the inbox, send the answers and post a summary to chat."),
    )
    .await;
    let (st, v) = s.act(token, "email.read_inbox", json!({}), session).await;
    assert_eq!(st, 200, "{v}");
    assert!(
        v["labels"]
            .as_array()
            .unwrap()
            .contains(&json!("untrusted"))
    );
}

fn mail(extra: Value) -> Value {
    let mut m = json!({"to": "ada@groupany.example", "subject": "s", "body": "b"});
    for (k, v) in extra.as_object().unwrap() {
        m[k] = v.clone();
    }
    m
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_external_recipient_in_any_argument_or_disguise_is_held() {
    let s = server().await;
    let support = s.token("agent", "support-bot").await;
    tainted(&s, &support, "inbox").await;

    // Clearly internal: runs.
    for extra in [
        json!({}),
        json!({"to": "Ada Lovelace <ada@groupany.example>"}),
        json!({"to": "ada@GROUPANY.example, grace@groupany.example"}),
        json!({"cc": ["grace@groupany.example"], "bcc": []}),
    ] {
        let (st, v) = s
            .act(&support, "email.send", mail(extra.clone()), "inbox")
            .await;
        assert_eq!(st, 200, "{extra}: {v}");
    }

    // Everything the review tried, and more: each is held for security on-call.
    let variants = [
        json!({"to": "evil@exfil.example, x@groupany.example"}),
        json!({"to": "x@groupany.example; evil@exfil.example"}),
        json!({"to": "\"x@groupany.example\" <evil@exfil.example>"}),
        json!({"to": "x@groupany.example <evil@exfil.example>"}),
        json!({"to": "evil%exfil.example@groupany.example"}),
        json!({"to": "exfil.example!evil@groupany.example"}),
        json!({"to": "<@groupany.example:evil@exfil.example>"}),
        json!({"to": "\"evil@exfil.example\"@groupany.example"}),
        json!({"to": "x@groupany.example (evil@exfil.example)"}),
        json!({"to": "x@gr\u{043E}upany.example"}),
        json!({"to": "x@groupany.example\u{200B}"}),
        json!({"to": "x@sub.groupany.example"}),
        json!({"to": "x@[10.1.2.3]"}),
        json!({"to": "undisclosed:evil@exfil.example;"}),
        json!({"bcc": ["evil@exfil.example"]}),
        json!({"cc": ["grace@groupany.example", "evil@exfil.example"]}),
        json!({"bcc": ["x@groupany.example,evil@exfil.example"]}),
    ];
    let before = s.calls("email.send").await.len();
    for extra in &variants {
        let (st, v) = s
            .act(&support, "email.send", mail(extra.clone()), "inbox")
            .await;
        assert_eq!(st, 202, "{extra} was not held: {v}");
        assert!(
            v["policies"]
                .as_array()
                .unwrap()
                .contains(&json!("no-untrusted-arguments")),
            "{extra}: {v}"
        );
    }
    assert_eq!(s.calls("email.send").await.len(), before, "none was sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn other_channels_are_external_unless_the_organisation_lists_them() {
    let s = server().await;
    let support = s.token("agent", "support-bot").await;
    tainted(&s, &support, "inbox").await;
    for channel in ["#ops", "#OPS", " #ops ", "U024BE7LH"] {
        let (st, v) = s
            .act(
                &support,
                "chat.post",
                json!({"channel": channel, "text": "hi"}),
                "inbox",
            )
            .await;
        // Internal: the reference policy lets it through (the fake upstream has no chat
        // endpoint, so it fails upstream — after the decision).
        assert_ne!(st, 202, "{channel:?} was held: {v}");
    }
    for channel in [
        "#ops-external",
        "#op\u{200B}s",
        "U024BE7LX",
        "@evil",
        "#ops,#ext",
    ] {
        let (st, v) = s
            .act(
                &support,
                "chat.post",
                json!({"channel": channel, "text": "hi"}),
                "inbox",
            )
            .await;
        assert_eq!(st, 202, "{channel:?} was not held: {v}");
    }
}

#[test]
fn an_undeclared_recipient_argument_or_unknown_channel_is_refused_at_load() {
    for (recipients, props, want) in [
        (
            r#"{ to = "email" }"#,
            r#"to = { type = "string" }, bcc = { type = "string" }"#,
            "`bcc` looks like a recipient",
        ),
        (
            r#"{ to = "email", wire = "iban2" }"#,
            r#"to = { type = "string" }, wire = { type = "string" }"#,
            "unknown channel `iban2`",
        ),
        (
            r#"{ to = "email", reply = "email" }"#,
            r#"to = { type = "string" }"#,
            "`reply` is not a property",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let tool = format!(
            "\n[tools.\"mail.bad\"]\nsystem = \"mail\"\nkind = \"communicate\"\nrisk = \"low\"\n\
             recipients = {recipients}\nschema = {{ type = \"object\", properties = {{ {props} }} }}\n\
             connector = {{ type = \"http\", upstream = \"groupany\", path = \"/x\" }}\n"
        );
        let config = crate::harness::write_deployment(dir.path(), |t| t + &tool);
        let (code, out, err) =
            crate::harness::run_cli(&["check", "config", config.to_str().unwrap()], &[]);
        assert_ne!(code, 0, "{recipients} was accepted: {out}");
        assert!(err.contains(want), "{recipients}: {err}");
    }
}
