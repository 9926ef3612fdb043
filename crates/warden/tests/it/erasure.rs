//! GDPR on the reference deployment: a customer's e-mail address flows through CRM and mail
//! tools and an LLM call; `subject locate` lists where it went, `subject export` gives it back,
//! `erase` destroys it (and calls the erasure hook), the raw database files no longer hold it,
//! the audit log still verifies, and the receipt is in the log.

use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::harness::{Server, run_cli};

const JANE: &str = "jane.doe@example.com";
const JANE_PHONE: &str = "+44 20 7946 0958";
const NAME: &str = "Jane Doe";
const BOB: &str = "bob.stone@example.org";

/// An erasure hook endpoint (a memory store's delete API): remembers what it was asked.
async fn hook_server() -> (String, Arc<Mutex<Vec<Value>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/forget", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let mut reader = tokio::io::BufReader::new(stream);
            let mut line = String::new();
            reader.read_line(&mut line).await.unwrap();
            let mut len = 0usize;
            let mut auth = String::new();
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).await.unwrap();
                let h = h.trim_end();
                if h.is_empty() {
                    break;
                }
                if let Some((k, v)) = h.split_once(':') {
                    match k.to_ascii_lowercase().as_str() {
                        "content-length" => len = v.trim().parse().unwrap(),
                        "authorization" => auth = v.trim().to_owned(),
                        _ => {}
                    }
                }
            }
            let mut body = vec![0; len];
            reader.read_exact(&mut body).await.unwrap();
            let mut v: Value = serde_json::from_slice(&body).unwrap();
            v["authorization"] = json!(auth);
            record.lock().unwrap().push(v);
            let mut stream = reader.into_inner();
            stream
                .write_all(b"HTTP/1.1 204 No Content\r\nconnection: close\r\n\r\n")
                .await
                .unwrap();
            stream.shutdown().await.ok();
        }
    });
    (url, seen)
}

/// Every byte of the database, its WAL and shared memory.
fn raw_files(db: &std::path::Path) -> Vec<u8> {
    let mut all = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        if let Ok(b) = std::fs::read(std::path::PathBuf::from(p)) {
            all.extend(b);
        }
    }
    all
}

fn holds(haystack: &[u8], needle: &str) -> bool {
    let needle = needle.as_bytes();
    haystack
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_customer_is_located_exported_and_erased_and_the_log_still_verifies() {
    let (hook_url, hook_seen) = hook_server().await;
    let s = Server::start_with(|t| {
        format!(
            "{t}\n[erasure.hooks.memory]\nsystem = \"agent-memory\"\nurl = \"{hook_url}\"\nheaders = {{ Authorization = \"Bearer {{{{env:GROUPANY_API_KEY}}}}\" }}\n"
        )
    })
    .await;
    let support = s.token("agent", "support-bot").await;
    let env = [
        ("WARDEN_ADDR", s.base.as_str()),
        ("WARDEN_TOKEN", s.admin.as_str()),
    ];

    // Jane's address and phone reach the CRM …
    let (st, v) = s
        .act(
            &support,
            "crm.update_contact",
            json!({"customer_id": "C1001", "email": JANE, "phone": JANE_PHONE}),
            "jane-case",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    // … a ticket with instructions buried in it taints the session, so an e-mail to her with
    // her name waits for approval (its raw arguments kept until it is decided) …
    let (st, v) = s
        .act(
            &support,
            "crm.get_ticket",
            json!({"ticket_id": "T1182"}),
            "jane-case",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let (st, v) = s
        .act(
            &support,
            "email.send",
            json!({"to": JANE, "subject": "Your refund", "body": format!("Dear {NAME}, your refund of 40 EUR is on its way.")}),
            "jane-case",
        )
        .await;
    assert_eq!(st, 202, "held: {v}");
    let held = v["action_id"].as_str().unwrap().to_owned();
    // … and an LLM drafts a reply (the provider sees placeholders).
    let resp = s
        .http
        .post(format!("{}/v1/chat/completions", s.base))
        .bearer_auth(&support)
        .json(&json!({
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": format!("Draft a short apology to {JANE} about the delayed refund.")}],
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200, "{}", resp.text().await.unwrap());
    // Another customer, who must be left alone: a new run whose task names his new address
    // (in the tainted run, an address the user did not give would be held).
    let bob_run = s
        .open_run(
            "support-bot",
            Some(&format!("Customer C2002 changed his address to {BOB}.")),
        )
        .await;
    let (st, v) = s
        .act(
            &support,
            "crm.update_contact",
            json!({"customer_id": "C2002", "email": BOB}),
            &bob_run,
        )
        .await;
    assert_eq!(st, 200, "{v}");

    // Pseudonymised in the log, encrypted in the vault: the address is nowhere in the records.
    let records = s.audit("tool=crm.update_contact").await;
    let text = serde_json::to_string(&records).unwrap();
    assert!(text.contains("<EMAIL_1>") && !text.contains(JANE), "{text}");

    // The data map.
    let (code, out, err) = run_cli(&["subject", "locate", JANE, JANE_PHONE, "--json"], &env);
    assert_eq!(code, 0, "{out}{err}");
    let map: Value = serde_json::from_str(&out).unwrap();
    let summary = &map["summary"];
    for system in ["crm", "mail", "openai"] {
        assert!(
            summary["systems"]
                .as_array()
                .unwrap()
                .contains(&json!(system)),
            "{summary}"
        );
    }
    assert_eq!(summary["llm_providers"], json!(["openai"]));
    for tool in ["crm.update_contact", "email.send", "openai.complete"] {
        assert!(
            summary["tools"].as_array().unwrap().contains(&json!(tool)),
            "{summary}"
        );
    }
    assert_eq!(
        map["subjects"].as_array().unwrap().len(),
        2,
        "e-mail and phone: {map}"
    );
    let jane_records: Vec<u64> = map["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["seq"].as_u64().unwrap())
        .collect();
    // The human-readable map.
    let (code, out, _) = run_cli(&["subject", "locate", JANE], &env);
    assert_eq!(code, 0);
    assert!(out.contains("LLM providers:  openai"), "{out}");
    // An unknown identifier is said so; a malformed one is refused.
    let (code, out, _) = run_cli(&["subject", "locate", "nobody@example.net"], &env);
    assert_eq!(code, 0);
    assert!(out.contains("no data held for nobody@example.net"), "{out}");
    let (code, _, err) = run_cli(&["subject", "locate", "not an identifier"], &env);
    assert_ne!(code, 0);
    assert!(
        err.contains("not an e-mail address, phone number, IBAN or IP address"),
        "{err}"
    );

    // The access request: her records with her values, Bob's not among them.
    let (code, out, err) = run_cli(&["subject", "export", JANE, JANE_PHONE], &env);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(JANE) && out.contains(JANE_PHONE), "{out}");
    assert!(
        out.contains(NAME),
        "values attached to her (her name) come back too: {out}"
    );
    assert!(!out.contains(BOB), "{out}");
    assert_eq!(out.lines().count(), jane_records.len());
    // Identifiers never enter the log, even through these requests.
    let accessed = s.audit("event=subject.accessed").await;
    assert!(accessed.len() >= 3);
    assert!(!serde_json::to_string(&accessed).unwrap().contains("jane"));

    // Erase.
    let (code, out, err) = run_cli(
        &[
            "erase",
            JANE,
            JANE_PHONE,
            "--reason",
            "DSAR-2026-0042 (request from jane.doe@example.com)",
        ],
        &env,
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("erased: 2 subject(s)"), "{out}");
    assert!(
        out.contains("hook memory (agent-memory): ok (HTTP 204)"),
        "{out}"
    );
    let hook_calls = hook_seen.lock().unwrap().clone();
    assert_eq!(hook_calls.len(), 1);
    assert_eq!(hook_calls[0]["identifiers"], json!([JANE, JANE_PHONE]));
    assert!(
        hook_calls[0]["erasure_id"]
            .as_str()
            .unwrap()
            .starts_with("era_")
    );
    assert_eq!(
        hook_calls[0]["authorization"],
        format!("Bearer {}", crate::harness::CANARY_KEY)
    );

    // The receipt: what, where, the hook's answer; not the identifiers themselves.
    let receipts = s.audit("event=subject.erased").await;
    assert_eq!(receipts.len(), 1);
    let r = &receipts[0];
    assert_eq!(r["outcome"], "success");
    assert_eq!(r["output"]["keys_destroyed"], 2);
    assert!(
        r["output"]["values_destroyed"].as_u64().unwrap() >= 4,
        "{r}"
    );
    assert_eq!(r["output"]["hooks"][0]["status"], 204);
    let erased_records: Vec<u64> = r["output"]["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap())
        .collect();
    assert_eq!(erased_records, jane_records);
    assert!(
        r["output"]["approvals_scrubbed"].as_u64().unwrap() >= 1,
        "{r}"
    );
    // The held e-mail to her is withdrawn (its arguments are no longer what was asked), the
    // agent is told, and the cancellation is on record.
    assert!(
        r["output"]["approvals_cancelled"].as_u64().unwrap() >= 1,
        "{r}"
    );
    let (st, v) = s
        .request(&support, "GET", &format!("/v1/actions/{held}"), None)
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (403, Some("approval_cancelled")),
        "{v}"
    );
    assert!(!serde_json::to_string(&v).unwrap().contains("jane"), "{v}");
    let cancels = s.audit("event=approval.cancelled").await;
    assert!(
        cancels
            .iter()
            .any(|c| c["action_id"] == held.as_str() && c["code"] == "approval_cancelled"),
        "{cancels:?}"
    );
    assert!(
        r["input"]["reason"]
            .as_str()
            .unwrap()
            .starts_with("DSAR-2026-0042")
    );
    let receipt_text = serde_json::to_string(r).unwrap();
    assert!(!receipt_text.contains("jane"), "{receipt_text}");

    // Gone: not locatable, and not in any byte of the database files.
    let (code, out, _) = run_cli(&["subject", "locate", JANE, "--json"], &env);
    assert_eq!(code, 0);
    let after: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(after["records"], json!([]));
    assert_eq!(after["unknown"], json!([0]));
    let raw = raw_files(&s.db);
    for needle in [JANE, "jane.doe", JANE_PHONE, "2079460958", NAME] {
        assert!(
            !holds(&raw, needle),
            "`{needle}` is still in the database files"
        );
    }
    // Nor in Warden's own log (debug level in these tests).
    let log = std::fs::read(&s.log).unwrap();
    assert!(!holds(&log, JANE), "the server log holds the address");
    // Bob is untouched.
    let (code, out, _) = run_cli(&["subject", "export", BOB], &env);
    assert_eq!(code, 0);
    assert!(out.contains(BOB), "{out}");
    assert!(holds(&raw, "C2002"));

    // The log still verifies end to end, online and offline.
    let (code, out, err) = run_cli(&["audit", "verify"], &env);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run_cli(&["audit", "verify", "--db", s.db.to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{out}{err}");
    // Erasing again finds nothing; a reason is required.
    let (code, out, _) = run_cli(&["erase", JANE, "--reason", "again"], &env);
    assert_eq!(code, 0);
    assert!(out.contains("erased: 0 subject(s)"), "{out}");
    let (code, _, err) = run_cli(&["erase", BOB, "--reason", " "], &env);
    assert_ne!(code, 0);
    assert!(err.contains("reason"), "{err}");
}
