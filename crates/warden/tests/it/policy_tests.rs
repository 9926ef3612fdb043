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
