//! `warden policy test`: declarative cases for the policies, run without a server; a candidate
//! policy set that changes a decision is caught before it is loaded.

use serde_json::Value;

use crate::harness::{example_dir, run_cli};

fn policy_test(args: &[&str]) -> (i32, String, String) {
    let config = example_dir().join("warden.toml");
    let mut all = vec!["policy", "test", "--config", config.to_str().unwrap()];
    all.extend_from_slice(args);
    run_cli(&all, &[])
}

#[test]
fn the_reference_policies_pass_their_cases() {
    let cases = example_dir().join("policy-tests.toml");
    let (code, out, err) = policy_test(&[cases.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["failed"], 0, "{v}");
    let n = v["cases"].as_array().unwrap().len();
    assert!(n >= 13, "{n}");
    let got: Vec<&str> = v["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["got"].as_str().unwrap())
        .collect();
    for d in ["allow", "hold", "deny", "invalid"] {
        assert!(got.contains(&d), "no case gets {d}: {got:?}");
    }
    // The table for people ends with the count.
    let (code, out, _) = policy_test(&[cases.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        out.trim_end()
            .ends_with(&format!("{n} of {n} cases passed")),
        "{out}"
    );
}

#[test]
fn a_candidate_policy_set_that_changes_a_decision_fails_its_case() {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(example_dir().join("policies")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    // Someone raises the daily limit for payments without a human from 1,000 to 5,000 EUR.
    let finance = dir.path().join("finance.cedar");
    let text = std::fs::read_to_string(&finance).unwrap();
    let raised = text.replace(
        "context.args.amount <= 1000 && context.totals.day <= 1000",
        "context.args.amount <= 5000 && context.totals.day <= 5000",
    );
    assert_ne!(raised, text);
    std::fs::write(&finance, raised).unwrap();
    let cases = example_dir().join("policy-tests.toml");
    let (code, out, err) = policy_test(&[
        cases.to_str().unwrap(),
        "--policies",
        dir.path().to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("1 of") && err.contains("policy test cases failed"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let failed: Vec<&Value> = v["cases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["ok"] == false)
        .collect();
    assert_eq!(failed.len(), 1, "{v}");
    assert_eq!(
        failed[0]["name"],
        "a small payment that takes the day past 1,000 EUR needs finance-leads"
    );
    assert_eq!(failed[0]["got"], "allow");
    assert!(
        failed[0]["problems"][0]
            .as_str()
            .unwrap()
            .contains("expected hold, got allow by finance-small-payments")
    );
}

#[test]
fn bad_test_files_get_one_line_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let base = "[[case]]\nname = \"n\"\nagent = \"dev-bot\"\ntool = \"repo.create_issue\"\nargs = { repo = \"r\", title = \"t\" }\n";
    for (file, says) in [
        (
            write("expect.toml", &format!("{base}expect = \"maybe\"\n")),
            "expect `maybe` is not allow, hold, deny or invalid",
        ),
        (
            write(
                "field.toml",
                &format!("{base}expect = \"allow\"\nsurprise = 1\n"),
            ),
            "unknown field `surprise`",
        ),
        (write("empty.toml", ""), "must hold 1 to"),
        (write("broken.toml", "[[case]\n"), "broken.toml"),
        (dir.path().join("missing.toml"), "cannot read"),
    ] {
        let (code, out, err) = policy_test(&[file.to_str().unwrap()]);
        assert_eq!(code, 1, "{}: {out}{err}", file.display());
        assert!(err.contains(says), "{}: {err}", file.display());
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    // A case naming what the configuration lacks fails, naming it; the others still run.
    let p = write(
        "unknown.toml",
        &format!(
            "{base}expect = \"allow\"\n[[case]]\nname = \"ghost\"\nagent = \"ghost-bot\"\ntool = \"repo.create_issue\"\nexpect = \"deny\"\n"
        ),
    );
    let (code, out, err) = policy_test(&[p.to_str().unwrap(), "--json"]);
    assert_eq!(code, 1, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["cases"][0]["ok"], true, "{v}");
    assert_eq!(v["cases"][1]["got"], "error");
    assert!(
        v["cases"][1]["problems"][0]
            .as_str()
            .unwrap()
            .contains("no agent `ghost-bot`")
    );
}

/// The reference policies plus `extra`, in a directory a server's configuration points at.
fn policies_with(extra: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(example_dir().join("policies")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.path().join("trial.cedar"), extra).unwrap();
    dir
}

const TRIAL: &str = "@id(\"trial-hold-all-mail\") @mode(\"shadow\") @approval(\"security-oncall\")\nforbid(principal, action == Action::\"email.send\", resource);\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_policy_in_shadow_mode_is_recorded_as_would_have_decided_and_never_enforced() {
    let dir = policies_with(TRIAL);
    let path = dir.path().to_str().unwrap().to_owned();
    let s = crate::harness::Server::start_with(move |t| {
        t.replacen("dir = \"policies\"", &format!("dir = {path:?}"), 1)
    })
    .await;
    let mkt = s.token("agent", "marketing-bot").await;
    let dev = s.token("agent", "dev-bot").await;
    let (st, v) = s
        .act(
            &mkt,
            "email.send",
            serde_json::json!({"to": "team@groupany.example", "subject": "s", "body": "b"}),
            "m",
        )
        .await;
    assert_eq!(st, 200, "not enforced: {v}");
    assert_eq!(s.calls("email.send").await.len(), 1);
    let received = s.audit("event=action.received&tool=email.send").await;
    let shadow = &received[0]["output"]["shadow"];
    assert_eq!(shadow["decision"], "hold", "{received:?}");
    assert!(
        shadow["policies"]
            .to_string()
            .contains("trial-hold-all-mail"),
        "{shadow}"
    );
    assert!(
        received[0]["description"]
            .as_str()
            .unwrap()
            .contains("shadow mode would have decided otherwise")
    );
    // Where the trial policy cannot apply, nothing is noted.
    let (st, v) = s
        .act(
            &dev,
            "repo.create_issue",
            serde_json::json!({"repo": "groupany/webshop", "title": "t"}),
            "d",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let r = s
        .audit("event=action.received&tool=repo.create_issue")
        .await;
    assert!(r[0]["output"].get("shadow").is_none(), "{r:?}");

    // `policy test` shows it beside the enforced decision.
    let cases = example_dir().join("policy-tests.toml");
    let (code, out, err) = policy_test(&[
        cases.to_str().unwrap(),
        "--policies",
        dir.path().to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 0, "shadow policies never fail a case: {out}{err}");
    assert!(out.contains("\"got\":\"allow (shadow: hold)\""), "{out}");

    // Only `shadow` and `enforce` are modes.
    let bad = policies_with(
        "@id(\"x\") @mode(\"maybe\")\nforbid(principal, action == Action::\"email.send\", resource);\n",
    );
    let (code, _, err) = policy_test(&[
        cases.to_str().unwrap(),
        "--policies",
        bad.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("`@mode(\"maybe\")` is not `shadow` or `enforce`"),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replay_gives_the_recorded_decisions_for_the_set_in_force_and_shows_a_change() {
    let s = crate::harness::Server::start().await;
    let dev = s.token("agent", "dev-bot").await;
    let mkt = s.token("agent", "marketing-bot").await;
    let fin = s.token("agent", "finance-bot").await;
    let sec = s.token("agent", "sec-bot").await;
    let support = s.token("agent", "support-bot").await;
    let pay = |amount: u64, r: &str| serde_json::json!({"iban": "DE44500105175407324931", "amount": amount, "reference": r});
    let mut expected = Vec::new();
    for (token, tool, args, session, want) in [
        (
            &dev,
            "repo.create_issue",
            serde_json::json!({"repo": "groupany/webshop", "title": "a"}),
            "d",
            200,
        ),
        (
            &mkt,
            "db.query",
            serde_json::json!({"sql": "select 1"}),
            "m",
            403,
        ),
        (&fin, "payments.send", pay(400, "INV-1"), "f", 200),
        (&fin, "payments.send", pay(500, "INV-2"), "f", 200),
        // The day's total passes 1,000 EUR: held (the totals are part of the recorded context).
        (&fin, "payments.send", pay(300, "INV-3"), "f", 202),
        (&fin, "payments.send", pay(12_500, "INV-4"), "f", 202),
        (&fin, "payments.send", pay(60_000, "INV-5"), "f", 403),
        (
            &sec,
            "security.block_ip",
            serde_json::json!({"ip": "10.0.0.7", "reason": "scan"}),
            "s",
            202,
        ),
        (
            &support,
            "email.send",
            serde_json::json!({"to": "ada@example.net", "subject": "x", "body": "card 4111 1111 1111 1111"}),
            "u",
            403,
        ),
        (
            &support,
            "email.send",
            serde_json::json!({"to": "ada@example.net", "subject": "x", "body": "hello"}),
            "u",
            200,
        ),
        // Refunds carry no personal data: a small one goes, a larger one waits for finance-leads.
        (
            &support,
            "payments.refund",
            serde_json::json!({"charge_id": "ch_3Kq8ZbLkd", "amount": 50}),
            "u",
            200,
        ),
        (
            &support,
            "payments.refund",
            serde_json::json!({"charge_id": "ch_9Xx1", "amount": 500}),
            "u",
            202,
        ),
    ] {
        let (st, v) = s.act(token, tool, args, session).await;
        assert_eq!(st, want, "{tool}: {v}");
        expected.push(st);
    }
    let env = [
        ("WARDEN_ADDR", s.base.as_str()),
        ("WARDEN_TOKEN", s.admin.as_str()),
    ];
    // Personal data with nothing that names its data subject (a card number alone) is masked
    // in the log and not kept, so that action cannot be decided again: counted apart.
    let (st, v) = s
        .act(
            &dev,
            "repo.create_issue",
            serde_json::json!({"repo": "groupany/webshop", "title": "checkout fails for card 4111 1111 1111 1111"}),
            "d",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    // The set in force: every decision that can be decided again comes out as recorded (a
    // differential check), payments (an IBAN names the payee) and blocks (an IP) included.
    let (code, out, err) = run_cli(&["policy", "replay", "--since", "1h", "--json"], &env);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["replayed"], expected.len(), "{v}");
    assert_eq!(v["same"], expected.len(), "{v}");
    assert_eq!(v["changes"], serde_json::json!([]), "{v}");
    let skipped: u64 = v["skipped"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(skipped, 1, "{v}");
    assert!(
        v["skipped"]
            .to_string()
            .contains("no e-mail address, phone number, IBAN or IP address names its data subject"),
        "{v}"
    );
    // A candidate that stops issues and holds card numbers in mail instead of refusing them.
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(example_dir().join("policies")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    let global = dir.path().join("global.cedar");
    let text = std::fs::read_to_string(&global).unwrap().replace(
        "@id(\"no-card-numbers-in-messages\")",
        "@id(\"no-card-numbers-in-messages\") @approval(\"security-oncall\")",
    );
    std::fs::write(&global, text).unwrap();
    std::fs::write(
        dir.path().join("freeze.cedar"),
        "@id(\"issue-freeze\")\nforbid(principal, action == Action::\"repo.create_issue\", resource);\n",
    )
    .unwrap();
    let (code, out, err) = run_cli(
        &[
            "policy",
            "replay",
            "--since",
            "1h",
            "--policies",
            dir.path().to_str().unwrap(),
            "--json",
        ],
        &env,
    );
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["transitions"],
        serde_json::json!({"allow → deny": 1, "deny → hold": 1}),
        "{v}"
    );
    let tools: Vec<&str> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["tool"].as_str().unwrap())
        .collect();
    assert_eq!(tools.len(), 2);
    assert!(
        tools.contains(&"repo.create_issue") && tools.contains(&"email.send"),
        "{v}"
    );
    // The table for people.
    let (code, out, _) = run_cli(
        &[
            "policy",
            "replay",
            "--since",
            "1h",
            "--policies",
            dir.path().to_str().unwrap(),
        ],
        &env,
    );
    assert_eq!(code, 0);
    assert!(out.contains("allow → deny: 1"), "{out}");
    // A candidate that does not load is refused, naming the problem.
    std::fs::write(
        dir.path().join("broken.cedar"),
        "permit(principal, action, resource) when { nonsense };",
    )
    .unwrap();
    let (code, _, err) = run_cli(
        &[
            "policy",
            "replay",
            "--policies",
            dir.path().to_str().unwrap(),
        ],
        &env,
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("the candidate policies do not load"), "{err}");
}
