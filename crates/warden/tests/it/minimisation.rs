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
