//! `warden report`: every mapped check evaluated on a real server with evidence, the report's
//! signed checkpoint verified against the log, renderings, bad input, and a broken setting that
//! fails exactly the controls depending on it.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::json;
use warden_compliance::{ControlStatus, Coverage, Mapping, Report, Status};

use crate::harness::{Server, cli_as};

/// Runs `warden report` as the administrator; its exit code, stdout, stderr.
fn report(s: &Server, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    cli_as(&s.base, &s.admin, &all, None)
}

fn report_json(s: &Server, framework: &str) -> Report {
    let (code, out, err) = report(s, &["--framework", framework, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_evaluates_every_mapped_check_and_its_checkpoint_verifies() {
    let s = Server::start().await;
    let dev = s.token("agent", "dev-bot").await;
    let marketing = s.token("agent", "marketing-bot").await;
    let (st, v) = s
        .act(
            &dev,
            "repo.create_issue",
            json!({"repo": "groupany/webshop", "title": "flaky test"}),
            "d1",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let (st, v) = s
        .act(&marketing, "db.query", json!({"sql": "select 1"}), "m1")
        .await;
    assert_eq!(st, 403, "{v}");
    let denied: Vec<u64> = s
        .audit("event=action.decided&outcome=denied")
        .await
        .iter()
        .map(|r| r["seq"].as_u64().unwrap())
        .collect();
    assert_eq!(denied.len(), 1);

    let dir = tempfile::tempdir().unwrap();
    let cp = dir.path().join("report.checkpoint");
    let (code, out, err) = report(
        &s,
        &[
            "--framework",
            "soc2",
            "--format",
            "json",
            "--checkpoint-out",
            cp.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let r: Report = serde_json::from_str(&out).unwrap();
    let mapping = Mapping::embedded().unwrap();
    let fw = mapping.framework("soc2").unwrap();
    // Every control of the framework, every check it depends on, each with a finding.
    assert_eq!(r.controls.len(), fw.controls.len());
    let expected: BTreeSet<String> = mapping.checks_of(fw).into_keys().collect();
    let got: BTreeSet<String> = r.checks.iter().map(|c| c.id.clone()).collect();
    assert_eq!(got, expected);
    for c in &r.checks {
        assert!(!c.detail.is_empty(), "{}", c.id);
        assert_ne!(
            c.detail, "this version of Warden does not evaluate this check",
            "{} has no evaluator",
            c.id
        );
    }
    let check = |id: &str| r.checks.iter().find(|c| c.id == id).unwrap();
    // The evidence names the records: the denial is among LP-02's, the execution is counted.
    assert_eq!(check("LP-02").status, Status::Pass);
    assert!(
        check("LP-02").evidence.seqs.contains(&denied[0]),
        "{:?}",
        check("LP-02").evidence
    );
    assert_eq!(check("LP-05").status, Status::Pass);
    assert_eq!(check("LP-05").evidence.counts["executions"], 1);
    assert_eq!(check("AL-04").status, Status::Pass);
    // The reference deployment's one wildcard grant is named.
    assert_eq!(check("LP-03").status, Status::Fail);
    assert!(check("LP-03").evidence.items[0].contains("dev-bot"));
    // What Warden cannot see is never a pass.
    for id in ["SG-01", "AT-03", "IR-04"] {
        assert_ne!(check(id).status, Status::Pass, "{id}");
    }
    // A partial control is never shown as plainly evidenced.
    for c in &r.controls {
        if c.status == ControlStatus::Evidenced && c.control.coverage != Coverage::Primary {
            assert_ne!(c.label, "evidenced", "{}", c.control.id);
        }
    }
    // The checkpoint covers the records read, and the log verifies against it.
    assert!(r.checkpoint.size >= denied[0]);
    assert_eq!(std::fs::read_to_string(&cp).unwrap(), r.checkpoint.note);
    let key = s.db.parent().unwrap().join("audit-signing.key.pub");
    let (code, out, err) = cli_as(
        &s.base,
        &s.admin,
        &[
            "audit",
            "verify",
            "--against",
            cp.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 0, "{out}{err}");
    // `--key` checks the report's checkpoint against the key kept outside; another key fails.
    let (code, _, err) = report(&s, &["--framework", "gdpr", "--key", key.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let other = dir.path().join("other.pub");
    let signer = warden_merkle::NoteSigner::from_seed("warden", &[7; 32]).unwrap();
    std::fs::write(&other, signer.verifier_text()).unwrap();
    let (code, _, err) = report(
        &s,
        &["--framework", "gdpr", "--key", other.to_str().unwrap()],
    );
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("does not verify"), "{err}");
    // The report's own checkpoint is recorded like any other.
    assert!(!s.audit("event=audit.checkpoint").await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_framework_renders_as_markdown_and_html() {
    let s = Server::start().await;
    let mapping = Mapping::embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for fw in &mapping.frameworks {
        let md = dir.path().join(format!("{}.md", fw.key));
        let (code, _, err) = report(
            &s,
            &[
                "--framework",
                &fw.key,
                "--period",
                "30d",
                "--out",
                md.to_str().unwrap(),
            ],
        );
        assert_eq!(code, 0, "{}: {err}", fw.key);
        assert!(
            err.contains(&format!("{} controls", fw.controls.len())),
            "{err}"
        );
        let md = std::fs::read_to_string(md).unwrap();
        assert!(md.contains("not legal advice"), "{}", fw.key);
        assert!(md.contains("(30 days)"));
        for c in &fw.controls {
            assert!(
                md.contains(&format!("| {} |", c.id.replace('|', "\\|"))),
                "{} {}",
                fw.key,
                c.id
            );
        }
        assert!(md.contains("warden audit verify --against"));
        let (code, html, err) = report(&s, &["--framework", &fw.key, "--format", "html"]);
        assert_eq!(code, 0, "{err}");
        assert!(html.starts_with("<!doctype html>"));
        assert!(html.trim_end().ends_with("</html>"));
        assert_eq!(
            html.matches("<table>").count(),
            html.matches("</table>").count()
        );
        assert!(!html.contains("<script"));
    }
    // EU AI Act obligations carry their dates as amended in 2026.
    let r = report_json(&s, "eu-ai-act");
    let art = |id: &str| r.controls.iter().find(|c| c.control.id == id).unwrap();
    assert_eq!(
        art("50(1)").control.applies_from.as_deref(),
        Some("2026-08-02")
    );
    assert_eq!(
        art("26(6)").control.applies_from.as_deref(),
        Some("2027-12-02")
    );
    assert_eq!(art("26(6)").in_force, Some(false));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_report_requests_get_one_line_and_a_non_zero_exit() {
    let s = Server::start().await;
    for (args, code, says) in [
        (
            vec!["--framework", "sox"],
            1,
            "unknown framework `sox`; one of: soc2",
        ),
        (vec!["--framework", "soc2", "--period", "90x"], 1, "period:"),
        (
            vec!["--framework", "soc2", "--period", "10m"],
            1,
            "between 1h and",
        ),
        (
            vec!["--framework", "soc2", "--format", "pdf"],
            1,
            "--format: `pdf`",
        ),
    ] {
        let (got, out, err) = report(&s, &args);
        assert_eq!(got, code, "{args:?}: {out}{err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(out.is_empty());
    }
    // Only an administrator makes reports (it signs a checkpoint).
    let olga = s.token("operator", "olga").await;
    let (code, _, err) = cli_as(&s.base, &olga, &["report", "--framework", "soc2"], None);
    assert_eq!(code, 3, "{err}");
    let dev = s.token("agent", "dev-bot").await;
    let (st, v) = s
        .request(
            &dev,
            "POST",
            "/v1/admin/reports",
            Some(json!({"framework": "soc2"})),
        )
        .await;
    assert_eq!(st, 403, "{v}");
    let (st, v) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/reports",
            Some(json!({"framework": "soc2", "extra": 1})),
        )
        .await;
    assert_eq!(st, 400, "{v}");
    assert_eq!(v["code"], "bad_request");
}

/// Statuses of checks and controls, by id.
fn statuses(r: &Report) -> (BTreeMap<String, Status>, BTreeMap<String, ControlStatus>) {
    (
        r.checks.iter().map(|c| (c.id.clone(), c.status)).collect(),
        r.controls
            .iter()
            .map(|c| (c.control.id.clone(), c.status))
            .collect(),
    )
}

/// Reports `frameworks` on `good` and `broken`: exactly check `check` changes (to fail), every
/// control listing `capability` fails, and no other control changes.
fn fails_exactly(
    good: &Server,
    broken: &Server,
    frameworks: &[&str],
    check: &str,
    capability: &str,
) {
    let mapping = Mapping::embedded().unwrap();
    for framework in frameworks {
        let (checks_a, controls_a) = statuses(&report_json(good, framework));
        let (checks_b, controls_b) = statuses(&report_json(broken, framework));
        let changed: Vec<&String> = checks_a
            .keys()
            .filter(|id| checks_a[*id] != checks_b[*id])
            .collect();
        assert_eq!(changed, vec![check], "{framework}");
        assert_eq!(checks_b[check], Status::Fail);
        let fw = mapping.framework(framework).unwrap();
        let mut depending = 0;
        for c in &fw.controls {
            if c.capabilities.iter().any(|k| k == capability) {
                depending += 1;
                assert_eq!(
                    controls_b[&c.id],
                    ControlStatus::Failing,
                    "{framework} {}",
                    c.id
                );
            } else {
                assert_eq!(controls_a[&c.id], controls_b[&c.id], "{framework} {}", c.id);
            }
        }
        assert!(depending > 0, "{framework}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retention_below_the_floor_fails_exactly_the_controls_that_depend_on_it() {
    let good = Server::start().await;
    // 200 days: below the gateway's two-year floor and PCI DSS 10.5.1's year, above the
    // 90 days that must stay online.
    let broken = Server::start_with(|t| {
        format!("{t}\n[audit.retention]\nclasses = {{ actions = \"200d\" }}\nframeworks = []\n")
    })
    .await;
    fails_exactly(
        &good,
        &broken,
        &["soc2", "pci-dss", "eu-ai-act"],
        "AR-01",
        "audit_retention",
    );
    let r = report_json(&broken, "pci-dss");
    let ar = r.checks.iter().find(|c| c.id == "AR-01").unwrap();
    assert!(
        ar.evidence.items.iter().any(|i| i == "actions: 200 days"),
        "{:?}",
        ar.evidence
    );
    assert_eq!(ar.evidence.counts["pci_dss_10_5_1"], 365);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_overdue_processor_review_alerts_and_fails_exactly_its_controls() {
    let good = Server::start().await;
    let broken = Server::start_with(|t| {
        let t = t.replacen("reviewed = \"2026-06-02\"", "reviewed = \"2024-01-15\"", 1);
        assert!(t.contains("2024-01-15"));
        t
    })
    .await;
    // Recorded at start, and the monitor raises a routable alert.
    crate::harness::eventually("the processor_review alert", async || {
        let (_, v) = broken
            .request(&broken.admin, "GET", "/v1/admin/alerts", None)
            .await;
        v["alerts"]
            .as_array()
            .is_some_and(|a| a.iter().any(|a| a["kind"] == "processor_review"))
    })
    .await;
    let overdue = broken.audit("event=processor.review_overdue").await;
    assert_eq!(overdue.len(), 1, "{overdue:?}");
    assert_eq!(overdue[0]["output"]["processor"], "github");
    assert_eq!(overdue[0]["output"]["due"], "2025-01-14");
    assert!(
        good.audit("event=processor.review_overdue")
            .await
            .is_empty()
    );
    fails_exactly(&good, &broken, &["gdpr", "soc2"], "DPA-04", "dpa_registry");
    let r = report_json(&broken, "gdpr");
    let dpa = r.checks.iter().find(|c| c.id == "DPA-04").unwrap();
    assert_eq!(dpa.evidence.items, vec!["github (reviewed 2024-01-15)"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_permission_review_proposes_exactly_the_unused_grants_and_is_evidence_once_recorded() {
    let s = Server::start().await;
    let dev = s.token("agent", "dev-bot").await;
    let (st, v) = s
        .act(
            &dev,
            "repo.create_issue",
            json!({"repo": "groupany/webshop", "title": "flaky"}),
            "d1",
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = cli_as(
        &s.base,
        &s.admin,
        &[
            "review",
            "permissions",
            "--since",
            "30d",
            "--out",
            dir.path().to_str().unwrap(),
            "--json",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let review = &v["review"];
    let dev_review = review["agents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["agent"] == "dev-bot")
        .unwrap();
    assert_eq!(dev_review["used"], json!({"repo.create_issue": 1}));
    let unused: Vec<&str> = dev_review["unused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(
        unused.contains(&"ci.run_pipeline") && !unused.contains(&"repo.create_issue"),
        "{unused:?}"
    );
    // The proposal compiles with the set in force and leaves each agent exactly what it used.
    for a in review["agents"].as_array().unwrap() {
        let used: BTreeSet<&str> = a["used"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let after: BTreeSet<&str> = review["proposed"]["grants_after"]
            [a["agent"].as_str().unwrap()]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
        assert_eq!(after, used, "{}", a["agent"]);
    }
    let file = review["proposed"]["file"].as_str().unwrap();
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
    assert!(
        text.contains("forbid(principal == Agent::\"dev-bot\""),
        "{text}"
    );
    // The table for people shows the proposal as a diff.
    let (code, out, _) = cli_as(
        &s.base,
        &s.admin,
        &["review", "permissions", "--since", "30d"],
        None,
    );
    assert_eq!(code, 0);
    assert!(
        out.contains(&format!("+++ {file}"))
            && out.contains("+forbid(principal == Agent::\"dev-bot\""),
        "{out}"
    );

    // Not recorded yet: the report's review checks fail.
    let check = |r: &Report, id: &str| r.checks.iter().find(|c| c.id == id).unwrap().status;
    let before = report_json(&s, "soc2");
    assert_eq!(check(&before, "PR-01"), Status::Fail);
    assert_eq!(check(&before, "PR-02"), Status::Fail);
    // Recording needs the acknowledging manager.
    let (code, _, err) = cli_as(
        &s.base,
        &s.admin,
        &["review", "permissions", "--record"],
        None,
    );
    assert_eq!(code, 2, "{err}");
    let (st, v) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/reviews/permissions",
            Some(json!({"acknowledged_by": " "})),
        )
        .await;
    assert_eq!(st, 400, "{v}");
    let (code, out, err) = cli_as(
        &s.base,
        &s.admin,
        &[
            "review",
            "permissions",
            "--since",
            "30d",
            "--record",
            "--acknowledged-by",
            "cfo",
            "--notes",
            "kept: quarter-end tools",
            "--json",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let seq = serde_json::from_str::<serde_json::Value>(&out).unwrap()["recorded"]
        .as_u64()
        .unwrap();
    let rec = s.audit("event=review.recorded").await;
    assert_eq!(rec.len(), 1);
    assert_eq!(rec[0]["seq"], seq);
    assert_eq!(rec[0]["input"]["acknowledged_by"], "cfo");
    let after = report_json(&s, "soc2");
    assert_eq!(check(&after, "PR-01"), Status::Pass);
    assert_eq!(check(&after, "PR-02"), Status::Pass);
    let pr01 = after.checks.iter().find(|c| c.id == "PR-01").unwrap();
    assert_eq!(pr01.evidence.seqs, vec![seq]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_processing_record_overdue_for_review_fails_exactly_its_controls() {
    let good = Server::start().await;
    let broken = Server::start_with(|t| {
        let t = t.replacen(
            "retention = \"2y\", reviewed = \"2026-10-15\" }",
            "retention = \"2y\", reviewed = \"2024-03-01\" }",
            1,
        );
        assert!(t.contains("2024-03-01"));
        t
    })
    .await;
    fails_exactly(&good, &broken, &["gdpr", "soc2"], "RP-03", "ropa");
    let r = report_json(&broken, "gdpr");
    let rp = r.checks.iter().find(|c| c.id == "RP-03").unwrap();
    assert_eq!(rp.evidence.items, vec!["dev-bot: reviewed 2024-03-01"]);
    // The records of processing say so too.
    let (code, out, _) = cli_as(
        &broken.base,
        &broken.admin,
        &["privacy", "ropa", "--json"],
        None,
    );
    assert_eq!(code, 5);
    assert!(
        out.contains("last reviewed on 2024-03-01, more than a year ago"),
        "{out}"
    );
}
