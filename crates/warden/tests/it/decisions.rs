//! GDPR Art. 22: a tool that decides about people is held for its reviewers unless the permit
//! names an Art. 22(2) basis; a data subject's contest is recorded with its deadline and
//! reviewed only by the tool's reviewers; the report reads both.

use serde_json::{Value, json};
use warden_compliance::{Report, Status};

use crate::harness::{Server, cli_as, example_dir};

/// Refunds decide about a customer here, reviewed by finance-leads; `extra` is an added policy.
async fn server(extra: Option<&str>) -> (Server, tempfile::TempDir) {
    let policies = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(example_dir().join("policies")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, policies.path().join(p.file_name().unwrap())).unwrap();
    }
    if let Some(text) = extra {
        std::fs::write(policies.path().join("extra.cedar"), text).unwrap();
    }
    let dir = policies.path().to_str().unwrap().to_owned();
    let s = Server::start_with(move |t| {
        t.replacen("dir = \"policies\"", &format!("dir = {dir:?}"), 1).replacen(
            "[tools.\"payments.refund\"]\n",
            "[tools.\"payments.refund\"]\ndecision_about_person = true\nreviewers = [\"finance-leads\"]\n",
            1,
        )
    })
    .await;
    (s, policies)
}

fn report(s: &Server) -> Report {
    let (code, out, err) = cli_as(
        &s.base,
        &s.admin,
        &["report", "--framework", "gdpr", "--format", "json"],
        None,
    );
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn status(r: &Report, id: &str) -> Status {
    r.checks.iter().find(|c| c.id == id).unwrap().status
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_decision_about_a_person_waits_for_its_reviewers_and_can_be_contested() {
    let (s, _p) = server(None).await;
    let support = s.token("agent", "support-bot").await;
    let fiona = s.token("operator", "fiona").await;
    let olga = s.token("operator", "olga").await;
    // A refund the policy allows outright is still held for a human (Art. 22(1)).
    let (st, v) = s
        .act(
            &support,
            "payments.refund",
            json!({"charge_id": "ch_3Kq8ZbLkd", "amount": 20}),
            "r1",
        )
        .await;
    assert_eq!(st, 202, "{v}");
    assert_eq!(
        v["requirements"][0]["policies"],
        json!(["art22-human-review"]),
        "{v}"
    );
    assert_eq!(
        v["requirements"][0]["groups"],
        json!(["finance-leads"]),
        "{v}"
    );
    let id = v["action_id"].as_str().unwrap().to_owned();
    assert!(s.calls("payments.refund").await.is_empty());
    let (st, v) = s
        .request(
            &fiona,
            "POST",
            &format!("/v1/admin/approvals/{id}/approve"),
            Some(json!({"comment": "goodwill within policy"})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(s.calls("payments.refund").await.len(), 1);
    let r = report(&s);
    assert_eq!(status(&r, "A22-01"), Status::Pass);
    assert_eq!(status(&r, "A22-03"), Status::Pass);

    // The customer contests it; personal data in the reason is masked, a reference is needed.
    let run = |token: &str, args: &[&str]| cli_as(&s.base, token, args, None);
    let (code, _, err) = run(
        &olga,
        &[
            "privacy",
            "contest",
            &id,
            "--subject",
            "ada@example.net",
            "--reason",
            "x",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("never their personal data"), "{err}");
    let (code, out, err) = run(
        &olga,
        &[
            "privacy",
            "contest",
            &id,
            "--subject",
            "CASE-7781",
            "--reason",
            "the refund was too small, call me on +49 151 23456789",
            "--json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let c: Value = serde_json::from_str(&out).unwrap();
    let cid = c["id"].as_str().unwrap().to_owned();
    assert_eq!(c["state"], "open");
    assert_eq!(c["overdue"], false);
    assert_eq!(c["reviewers"], json!(["finance-leads"]));
    assert!(c["reason"].as_str().unwrap().contains("[PHONE]"), "{c}");
    assert!(
        !serde_json::to_string(&s.audit("event=decision.contested").await)
            .unwrap()
            .contains("23456789")
    );
    let due = c["due"].as_str().unwrap();
    let days = (warden_types::parse_rfc3339(due).unwrap().unix_seconds()
        - warden_types::Timestamp::now().unix_seconds())
        / 86_400;
    assert!((29..=30).contains(&days), "{due}");
    // Only a reviewer of the tool decides it, with a reason, once.
    let (code, _, err) = run(
        &olga,
        &[
            "privacy",
            "review",
            &cid,
            "--outcome",
            "changed",
            "--reason",
            "r",
        ],
    );
    assert_eq!(code, 3, "{err}");
    let (code, _, err) = run(
        &fiona,
        &[
            "privacy",
            "review",
            &cid,
            "--outcome",
            "maybe",
            "--reason",
            "r",
        ],
    );
    assert_eq!(code, 1, "{err}");
    let (code, out, err) = run(
        &fiona,
        &[
            "privacy",
            "review",
            &cid,
            "--outcome",
            "changed",
            "--reason",
            "refund raised to the full amount",
            "--json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let c: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(c["state"], "reviewed");
    assert_eq!(c["review"]["reviewer"], "fiona");
    assert_eq!(c["review"]["outcome"], "changed");
    let (code, _, err) = run(
        &fiona,
        &[
            "privacy",
            "review",
            &cid,
            "--outcome",
            "upheld",
            "--reason",
            "again",
        ],
    );
    assert_eq!(code, 5, "{err}");
    let (code, out, _) = run(&olga, &["privacy", "contests"]);
    assert_eq!(code, 0);
    assert!(out.contains(&cid) && out.contains("reviewed"), "{out}");
    let r = report(&s);
    assert_eq!(status(&r, "A22-02"), Status::Pass);
    // A second contest of the same decision, reviewed by eight requests at once: one outcome
    // is recorded, the others are told it was already reviewed.
    let (code, out, err) = run(
        &olga,
        &[
            "privacy",
            "contest",
            &id,
            "--subject",
            "CASE-7782",
            "--reason",
            "still too small",
            "--json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let second = serde_json::from_str::<Value>(&out).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/v1/admin/contests/{second}/review");
    let reviews = (0..8).map(|i| {
        s.request(
            &fiona,
            "POST",
            &path,
            Some(json!({"outcome": "upheld", "reason": format!("reviewer {i}")})),
        )
    });
    let answers = futures_util::future::join_all(reviews).await;
    let codes: Vec<u16> = answers.iter().map(|(st, _)| *st).collect();
    assert_eq!(codes.iter().filter(|c| **c == 200).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 409).count(), 7, "{codes:?}");
    let recorded = s.audit("event=decision.reviewed").await;
    let of_second = recorded
        .iter()
        .filter(|r| r["output"]["contest"] == second.as_str())
        .count();
    assert_eq!(of_second, 1, "{recorded:?}");
    // A contest of something that decides about nobody is refused.
    let dev = s.token("agent", "dev-bot").await;
    let (st, v) = s
        .act(
            &dev,
            "repo.create_issue",
            json!({"repo": "groupany/webshop", "title": "t"}),
            "d",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let (code, _, err) = run(
        &olga,
        &[
            "privacy",
            "contest",
            v["action_id"].as_str().unwrap(),
            "--subject",
            "CASE-1",
            "--reason",
            "x",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("not marked `decision_about_person`"), "{err}");
    let (code, _, err) = run(
        &olga,
        &[
            "privacy",
            "contest",
            "act_nope",
            "--subject",
            "CASE-1",
            "--reason",
            "x",
        ],
    );
    assert_eq!(code, 4, "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_permit_naming_an_art22_basis_lets_the_decision_take_effect() {
    let (s, _p) = server(Some(
        "@id(\"refunds-owed-by-contract\") @art22(\"contract\")\npermit(principal in Role::\"support\", action == Action::\"payments.refund\", resource)\nwhen { context.args.amount <= 50 };\n",
    ))
    .await;
    let support = s.token("agent", "support-bot").await;
    let (st, v) = s
        .act(
            &support,
            "payments.refund",
            json!({"charge_id": "ch_3Kq8ZbLkd", "amount": 20}),
            "r1",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    // Above what the contract covers: reviewed again.
    let (st, v) = s
        .act(
            &support,
            "payments.refund",
            json!({"charge_id": "ch_3Kq8ZbLkd", "amount": 60}),
            "r1",
        )
        .await;
    assert_eq!(st, 202, "{v}");
    let r = report(&s);
    assert_eq!(status(&r, "A22-01"), Status::Pass);
    let a = r.checks.iter().find(|c| c.id == "A22-01").unwrap();
    assert_eq!(
        a.evidence.counts["effective on an Art. 22(2) basis (@art22)"],
        1
    );
}

#[test]
fn an_unknown_basis_and_a_decision_tool_without_reviewers_are_refused_at_load() {
    let dir = tempfile::tempdir().unwrap();
    let config = crate::harness::write_deployment(dir.path(), |t| {
        t.replacen(
            "[tools.\"payments.refund\"]\n",
            "[tools.\"payments.refund\"]\ndecision_about_person = true\n",
            1,
        )
    });
    std::fs::write(
        dir.path().join("policies/art22.cedar"),
        "@id(\"x\") @art22(\"because\")\npermit(principal, action == Action::\"payments.refund\", resource);\n",
    )
    .unwrap();
    let (code, out, err) =
        crate::harness::run_cli(&["check", "config", config.to_str().unwrap()], &[]);
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("reviewers") && err.contains("GDPR Art. 22"),
        "{err}"
    );
    // With its reviewers, the policy's basis is checked: only (a)-(c) of Art. 22(2).
    let text = std::fs::read_to_string(&config).unwrap().replacen(
        "decision_about_person = true\n",
        "decision_about_person = true\nreviewers = [\"finance-leads\"]\n",
        1,
    );
    std::fs::write(&config, text).unwrap();
    let (code, out, err) =
        crate::harness::run_cli(&["check", "config", config.to_str().unwrap()], &[]);
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("`@art22(\"because\")` is not a GDPR Art. 22(2) basis"),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_of_processing_set_what_flowed_beside_what_is_declared() {
    let s = Server::start().await;
    let dev = s.token("agent", "dev-bot").await;
    let sec = s.token("agent", "sec-bot").await;
    let finance = s.token("agent", "finance-bot").await;
    // Declared "contributor names": an e-mail address in an issue is not covered.
    let (st, v) = s
        .act(
            &dev,
            "repo.create_issue",
            json!({"repo": "groupany/webshop", "title": "login fails for ada@example.net"}),
            "d",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    // Declared "ip addresses"; the firewall has no registry entry.
    let (st, v) = s
        .act(
            &sec,
            "security.block_ip",
            json!({"ip": "198.51.100.77", "reason": "scanner"}),
            "s",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    // Declared "bank details"; the bank has a signed agreement: no difference.
    let (st, v) = s
        .act(
            &finance,
            "payments.send",
            json!({"iban": "DE44500105175407324931", "amount": 100, "reference": "INV-1"}),
            "f",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let (code, out, err) = cli_as(
        &s.base,
        &s.admin,
        &["privacy", "ropa", "--since", "30d", "--json"],
        None,
    );
    assert_eq!(code, 5, "differences exit 5: {err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let agent = |id: &str| {
        v["activities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["agent"] == id)
            .unwrap()
            .clone()
    };
    let dev_a = agent("dev-bot");
    assert_eq!(dev_a["observed"]["pii.email"], 1);
    assert_eq!(dev_a["tools"]["repo.create_issue"], json!(["pii.email"]));
    assert_eq!(dev_a["recipients"][0]["name"], "github");
    assert_eq!(dev_a["recipients"][0]["dpa"], true);
    assert!(
        dev_a["differences"]
            .to_string()
            .contains("pii.email was processed but no declared data category covers it"),
        "{dev_a}"
    );
    let sec_a = agent("sec-bot");
    assert!(
        sec_a["differences"]
            .to_string()
            .contains("`firewall` received pii.ipv4 but has no entry in the processor registry"),
        "{sec_a}"
    );
    assert!(
        !sec_a["differences"]
            .to_string()
            .contains("no declared data category"),
        "{sec_a}"
    );
    let fin = agent("finance-bot");
    assert_eq!(fin["recipients"][0]["name"], "bank");
    assert_eq!(fin["recipients"][0]["transfer_mechanism"], "none");
    assert!(fin["differences"].as_array().unwrap().is_empty(), "{fin}");
    assert_eq!(agent("marketing-bot")["observed"], json!({}));
    // The same as Markdown for the record.
    let (code, md, _) = cli_as(
        &s.base,
        &s.admin,
        &["privacy", "ropa", "--since", "30d"],
        None,
    );
    assert_eq!(code, 5);
    assert!(
        md.starts_with("# Records of processing activities (GDPR Art. 30)"),
        "{md}"
    );
    assert!(
        md.contains("## finance-bot")
            && md.contains("bank (system; DPA signed, eu, transfer none)"),
        "{md}"
    );
    assert!(
        md.contains("- DIFFERENCE: `firewall` received pii.ipv4"),
        "{md}"
    );
    let (code, _, err) = cli_as(
        &s.base,
        &s.admin,
        &["privacy", "ropa", "--since", "2h"],
        None,
    );
    assert_eq!(code, 1, "{err}");
}
