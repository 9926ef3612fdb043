#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::collections::BTreeMap;

use super::*;

/// The frameworks `warden report --framework` offers.
const FRAMEWORKS: &[&str] = &[
    "soc2",
    "iso27001",
    "iso42001",
    "gdpr",
    "hipaa",
    "pci-dss",
    "eu-ai-act",
    "nist-ai-rmf",
    "owasp-llm",
    "owasp-agentic",
];

fn results(
    m: &Mapping,
    fw: &Framework,
    status: impl Fn(&str) -> Status,
) -> BTreeMap<String, CheckResult> {
    m.checks_of(fw)
        .into_iter()
        .map(|(id, (cap, ch))| {
            let s = status(&id);
            (
                id.clone(),
                CheckResult {
                    id,
                    capability: cap,
                    check: ch.check,
                    pass: ch.pass,
                    status: s,
                    detail: "found".into(),
                    evidence: Evidence::default(),
                },
            )
        })
        .collect()
}

fn checkpoint() -> ReportCheckpoint {
    ReportCheckpoint {
        size: 3,
        root: "ab".into(),
        ts: "2026-12-07T00:00:00Z".into(),
        note: "warden.example\n3\nq80=\n\n— warden abc=\n".into(),
        key: "warden+1234+AAAA".into(),
    }
}

fn period() -> Period {
    Period {
        since: "2026-09-08T00:00:00Z".into(),
        until: "2026-12-07T00:00:00Z".into(),
        days: 90,
    }
}

#[test]
fn the_shipped_mapping_parses_and_holds_every_framework() {
    let m = Mapping::embedded().unwrap();
    assert_eq!(m.framework_keys(), FRAMEWORKS);
    assert_eq!(m.capabilities.len(), 24);
    assert_eq!(
        m.capabilities.iter().map(|c| c.checks.len()).sum::<usize>(),
        83
    );
    let count = |k: &str| m.framework(k).unwrap().controls.len();
    // The research mapping's counts (NOTES.md), plus ISO/IEC 42001 added here.
    assert_eq!(
        [
            count("soc2"),
            count("iso27001"),
            count("gdpr"),
            count("hipaa"),
            count("pci-dss"),
            count("eu-ai-act"),
            count("nist-ai-rmf"),
            count("owasp-llm"),
            count("owasp-agentic"),
        ],
        [44, 40, 28, 22, 46, 17, 10, 10, 10]
    );
    assert!(count("iso42001") >= 10);
}

#[test]
fn every_eu_ai_act_obligation_carries_its_application_date() {
    let m = Mapping::embedded().unwrap();
    let fw = m.framework("eu-ai-act").unwrap();
    for c in &fw.controls {
        let d = c
            .applies_from
            .as_deref()
            .unwrap_or_else(|| panic!("{} has no date", c.id));
        assert!(c.applies_note.is_some(), "{}", c.id);
        let expected = match c.id.as_str() {
            "4" => "2025-02-02",
            "50(1)" | "50(2)" | "50(4)" => "2026-08-02",
            // High-risk obligations, as Regulation (EU) 2026/1744 moved them (Annex III).
            _ => "2027-12-02",
        };
        assert_eq!(d, expected, "{}", c.id);
    }
    assert!(fw.version.contains("2026/1744"));
}

#[test]
fn a_mapping_that_does_not_hold_together_is_refused() {
    let text = Mapping::embedded().unwrap();
    let good = toml::to_string(&text).unwrap();
    assert!(Mapping::parse(&good).is_ok());
    let unknown = good.replacen(
        "capabilities = [\"least_privilege\"",
        "capabilities = [\"least_privilegex\"",
        1,
    );
    assert!(
        matches!(Mapping::parse(&unknown), Err(MappingError::Inconsistent(m)) if m.contains("least_privilegex"))
    );
    let dup = good.replacen("id = \"LP-02\"", "id = \"LP-01\"", 1);
    assert!(
        matches!(Mapping::parse(&dup), Err(MappingError::Inconsistent(m)) if m.contains("LP-01"))
    );
    assert!(matches!(
        Mapping::parse("schema_version = 1\nextra = 2"),
        Err(MappingError::Parse(_))
    ));
}

#[test]
fn a_failing_check_fails_exactly_the_controls_that_depend_on_it() {
    let m = Mapping::embedded().unwrap();
    for key in FRAMEWORKS {
        let fw = m.framework(key).unwrap();
        let all_pass = Report::assemble(
            &m,
            fw,
            results(&m, fw, |_| Status::Pass),
            "2026-12-07",
            period(),
            BTreeMap::new(),
            checkpoint(),
        );
        assert!(
            all_pass
                .controls
                .iter()
                .all(|c| c.status == ControlStatus::Evidenced)
        );
        let Some((broken, _)) = m.checks_of(fw).into_iter().next() else {
            continue;
        };
        let r = Report::assemble(
            &m,
            fw,
            results(&m, fw, |id| {
                if id == broken {
                    Status::Fail
                } else {
                    Status::Pass
                }
            }),
            "2026-12-07",
            period(),
            BTreeMap::new(),
            checkpoint(),
        );
        for c in &r.controls {
            let depends = c.checks.contains(&broken);
            assert_eq!(
                c.status == ControlStatus::Failing,
                depends,
                "{key} {}",
                c.control.id
            );
            if depends {
                assert_eq!(c.failing, vec![broken.clone()]);
            }
        }
    }
}

#[test]
fn partial_and_supporting_controls_are_never_labelled_as_plainly_evidenced() {
    let m = Mapping::embedded().unwrap();
    let fw = m.framework("soc2").unwrap();
    let r = Report::assemble(
        &m,
        fw,
        results(&m, fw, |_| Status::Pass),
        "2026-12-07",
        period(),
        BTreeMap::new(),
        checkpoint(),
    );
    for c in &r.controls {
        match c.control.coverage {
            Coverage::Primary => assert_eq!(c.label, "evidenced"),
            Coverage::Partial => assert!(c.label.contains("partial"), "{}", c.label),
            Coverage::Supporting => assert!(c.label.contains("supporting"), "{}", c.label),
        }
        assert!(!c.label.contains("compliant"));
    }
    // Not evaluated beats pass; not applicable alone is not evidence.
    let r = Report::assemble(
        &m,
        fw,
        results(&m, fw, |_| Status::NotApplicable),
        "2026-12-07",
        period(),
        BTreeMap::new(),
        checkpoint(),
    );
    assert!(
        r.controls
            .iter()
            .all(|c| c.status == ControlStatus::NotApplicable)
    );
    let r = Report::assemble(
        &m,
        fw,
        BTreeMap::new(),
        "2026-12-07",
        period(),
        BTreeMap::new(),
        checkpoint(),
    );
    assert!(
        r.controls
            .iter()
            .all(|c| c.status == ControlStatus::Incomplete)
    );
    assert!(r.checks.iter().all(|c| c.status == Status::NotEvaluated));
}

#[test]
fn obligations_not_yet_applicable_say_so() {
    let m = Mapping::embedded().unwrap();
    let fw = m.framework("eu-ai-act").unwrap();
    let r = Report::assemble(
        &m,
        fw,
        results(&m, fw, |_| Status::Pass),
        "2026-12-07",
        period(),
        BTreeMap::new(),
        checkpoint(),
    );
    let by = |id: &str| r.controls.iter().find(|c| c.control.id == id).unwrap();
    assert_eq!(by("50(1)").in_force, Some(true));
    assert_eq!(by("26(6)").in_force, Some(false));
    let md = r.markdown();
    assert!(md.contains("applies since 2026-08-02"));
    assert!(md.contains("applies from 2027-12-02 (not yet)"));
}

#[test]
fn renderings_escape_what_came_from_outside() {
    let m = Mapping::embedded().unwrap();
    let fw = m.framework("gdpr").unwrap();
    let hostile = "<script>alert(1)</script> | *x* `y`\nz";
    let mut res = results(&m, fw, |_| Status::Fail);
    for r in res.values_mut() {
        r.detail = hostile.into();
        r.evidence.item(hostile);
        r.evidence.seq(7);
    }
    let dep = BTreeMap::from([("name".to_owned(), hostile.to_owned())]);
    let r = Report::assemble(&m, fw, res, "2026-12-07", period(), dep, checkpoint());
    let html = r.html();
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.starts_with("<!doctype html>") && html.trim_end().ends_with("</html>"));
    let md = r.markdown();
    assert!(!md.contains("<script>"));
    // No table row gains a column from the pipe, and no line break splits one.
    for line in md.lines().filter(|l| l.starts_with("| ")) {
        let unescaped = line.replace("\\|", "");
        let cols = unescaped.matches('|').count();
        assert!(cols == 3 || cols == 7, "{line}");
    }
    assert!(
        md.contains(
            DISCLAIMER
                .split(';')
                .next()
                .unwrap()
                .split('`')
                .next()
                .unwrap()
        )
    );
    // The report round-trips through JSON (the server sends it, the CLI renders it).
    let back: Report = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back.markdown(), md);
}
