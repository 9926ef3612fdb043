//! Data minimisation (`personal_data_allowed`): personal data of a kind a tool may not receive
//! is masked or refused before the upstream sees it — also in Unicode look-alike forms, and
//! refused when it can only be found across fields.

use serde_json::json;

use crate::harness::Server;

/// e-mail may carry addresses only (masking the rest); issues no personal data at all.
fn minimised(t: String) -> String {
    let t = t.replacen(
        "[tools.\"email.send\"]\n",
        "[tools.\"email.send\"]\npersonal_data_allowed = [\"pii.email\"]\npersonal_data_other = \"mask\"\n",
        1,
    );
    t.replacen(
        "[tools.\"repo.create_issue\"]\n",
        "[tools.\"repo.create_issue\"]\npersonal_data_allowed = []\n",
        1,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personal_data_a_tool_may_not_receive_is_masked_or_refused() {
    let s = Server::start_with(minimised).await;
    let mkt = s.token("agent", "marketing-bot").await;
    let dev = s.token("agent", "dev-bot").await;

    // Masked: the phone and the IBAN, in plain and in fullwidth digits; the address stays.
    let body = "Call Ada on +49 151 23456789 or pay DE44 5001 0517 5407 3249 31; fax ＋４９ １５１ ２３４５６７８９.";
    let (st, v) = s
        .act(
            &mkt,
            "email.send",
            json!({"to": "team@groupany.example", "subject": "numbers", "body": body}),
            "m1",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let sent = s.calls("email.send").await;
    assert_eq!(sent.len(), 1);
    let got = sent[0]["arguments"]["body"].as_str().unwrap();
    assert!(!got.contains("23456789") && !got.contains("3249"), "{got}");
    assert!(!got.contains("２３４５６７８９"), "{got}");
    assert!(got.contains("[PHONE]") && got.contains("[IBAN]"), "{got}");
    assert_eq!(sent[0]["arguments"]["to"], "team@groupany.example");
    let received = s.audit("event=action.received&tool=email.send").await;
    let d = received[0]["description"].as_str().unwrap();
    assert!(
        d.contains("minimised: pii.iban, pii.phone masked at /body"),
        "{d}"
    );

    // Refused: an issue may carry no personal data; nothing reaches the repository.
    let (st, v) = s
        .act(
            &dev,
            "repo.create_issue",
            json!({"repo": "groupany/webshop", "title": "login broken for ada@example.net"}),
            "d1",
        )
        .await;
    assert_eq!(st, 403, "{v}");
    assert_eq!(v["code"], "personal_data_blocked");
    assert!(v["detail"].as_str().unwrap().contains("pii.email"), "{v}");
    assert!(s.calls("repo.create_issue").await.is_empty());
    // Without personal data it goes.
    let (st, v) = s
        .act(
            &dev,
            "repo.create_issue",
            json!({"repo": "groupany/webshop", "title": "login broken"}),
            "d1",
        )
        .await;
    assert_eq!(st, 200, "{v}");

    // An IBAN split across two fields cannot be masked in either: refused, not sent.
    let (st, v) = s
        .act(
            &mkt,
            "email.send",
            // Fields are read in key order: `body` then `subject`.
            json!({"to": "team@groupany.example", "body": "pay DE44 5001 0517", "subject": "5407 3249 31"}),
            "m1",
        )
        .await;
    if st == 200 {
        // Only if the detectors do not see the split number; then nothing of it is masked
        // either, and the test says so.
        let last = s.calls("email.send").await;
        panic!("a split IBAN went out: {:?}", last.last());
    }
    assert_eq!(st, 403, "{v}");
    assert_eq!(v["code"], "personal_data_blocked");
    assert_eq!(s.calls("email.send").await.len(), 1);
}

#[test]
fn minimisation_settings_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let config = crate::harness::write_deployment(dir.path(), |t| {
        t.replacen(
            "[tools.\"email.send\"]\n",
            "[tools.\"email.send\"]\npersonal_data_allowed = [\"pii.emial\"]\n",
            1,
        )
        .replacen(
            "[tools.\"repo.create_issue\"]\n",
            "[tools.\"repo.create_issue\"]\npersonal_data_other = \"shred\"\n",
            1,
        )
    });
    let (code, out, err) =
        crate::harness::run_cli(&["check", "config", config.to_str().unwrap()], &[]);
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("personal_data_allowed") && err.contains("unknown kind `pii.emial`"),
        "{err}"
    );
    assert!(err.contains("unknown mode `shred`"), "{err}");
    assert!(
        err.contains("only applies with `personal_data_allowed`"),
        "{err}"
    );
}

const DISCLOSURE: &str = "This message was written with the help of GroupAny's AI assistant.";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_carry_the_ai_disclosure_added_once_and_recorded() {
    let s = Server::start().await;
    let mkt = s.token("agent", "marketing-bot").await;
    let send =
        |body: &str| json!({"to": "team@groupany.example", "subject": "update", "body": body});
    let (st, v) = s
        .act(&mkt, "email.send", send("The numbers are in."), "m1")
        .await;
    assert_eq!(st, 200, "{v}");
    // Already there, reflowed and in capitals: not added twice.
    let reflowed = format!(
        "Hello.\n\n{}",
        DISCLOSURE.to_uppercase().replace(' ', "\n  ")
    );
    let (st, v) = s.act(&mkt, "email.send", send(&reflowed), "m1").await;
    assert_eq!(st, 200, "{v}");
    let sent = s.calls("email.send").await;
    assert_eq!(
        sent[0]["arguments"]["body"],
        format!("The numbers are in.\n\n{DISCLOSURE}")
    );
    assert_eq!(sent[1]["arguments"]["body"], reflowed.as_str());
    let received = s.audit("event=action.received&tool=email.send").await;
    let said: Vec<bool> = ["added", "present"]
        .iter()
        .zip(&received)
        .map(|(w, r)| {
            r["description"]
                .as_str()
                .unwrap()
                .contains(&format!("(AI disclosure {w})"))
        })
        .collect();
    assert_eq!(said, vec![true, true], "{received:?}");
    let r: warden_compliance::Report = {
        let (code, out, err) = crate::harness::cli_as(
            &s.base,
            &s.admin,
            &["report", "--framework", "eu-ai-act", "--format", "json"],
            None,
        );
        assert_eq!(code, 0, "{err}");
        serde_json::from_str(&out).unwrap()
    };
    let ad = r.checks.iter().find(|c| c.id == "AD-01").unwrap();
    assert_eq!(ad.status, warden_compliance::Status::Pass, "{ad:?}");
    assert_eq!(ad.evidence.counts["messages with the disclosure added"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_adding_it_a_policy_holds_a_message_that_lacks_the_disclosure() {
    let policies = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(crate::harness::example_dir().join("policies")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, policies.path().join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        policies.path().join("disclosure.cedar"),
        "@id(\"messages-need-the-ai-disclosure\") @approval(\"security-oncall\")\nforbid(principal, action, resource)\nwhen { context.disclosure.required && !context.disclosure.present };\n",
    )
    .unwrap();
    let dir = policies.path().to_str().unwrap().to_owned();
    let s = Server::start_with(move |t| {
        let t = t.replacen("dir = \"policies\"", &format!("dir = {dir:?}"), 1);
        t.replacen(
            &format!("text = {DISCLOSURE:?} }}"),
            &format!("text = {DISCLOSURE:?}, add = false }}"),
            1,
        )
    })
    .await;
    let mkt = s.token("agent", "marketing-bot").await;
    let send =
        |body: &str| json!({"to": "team@groupany.example", "subject": "update", "body": body});
    let (st, v) = s
        .act(&mkt, "email.send", send("The numbers are in."), "m1")
        .await;
    assert_eq!(st, 202, "{v}");
    assert_eq!(
        v["requirements"][0]["policies"],
        json!(["messages-need-the-ai-disclosure"]),
        "{v}"
    );
    let (st, v) = s
        .act(
            &mkt,
            "email.send",
            send(&format!("The numbers are in.\n-- \n{DISCLOSURE}")),
            "m1",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let received = s.audit("event=action.received&tool=email.send").await;
    assert!(
        received[0]["description"]
            .as_str()
            .unwrap()
            .contains("(AI disclosure missing)")
    );
    assert!(
        received[1]["description"]
            .as_str()
            .unwrap()
            .contains("(AI disclosure present)")
    );
    // Only the one that carried it went out.
    assert_eq!(s.calls("email.send").await.len(), 1);
}
