use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::json;
use warden_types::{Decision, Timestamp};

use crate::{DecisionInput, PolicyEngine};

pub(crate) fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/groupany")
}

fn no_env(_: &str) -> Option<String> {
    None
}

fn engine() -> PolicyEngine {
    let dep = warden_config::load(&example_dir().join("warden.toml"), &no_env).unwrap();
    PolicyEngine::compile(&dep).unwrap_or_else(|p| panic!("{p:#?}"))
}

fn decide(
    e: &PolicyEngine,
    agent: &str,
    tool: &str,
    args: serde_json::Value,
    labels: &[&str],
) -> Decision {
    let labels: BTreeSet<String> = labels.iter().map(|s| s.to_string()).collect();
    e.decide(&DecisionInput {
        agent,
        tool,
        arguments: &args,
        session_labels: &labels,
        findings: &BTreeSet::new(),
        totals: &std::collections::BTreeMap::new(),
        provenance: &crate::provenance::ArgProvenance::default(),
        now: Timestamp::now(),
        disclosure_present: false,
    })
    .unwrap()
}

#[test]
fn reference_policies_decide_as_documented() {
    let e = engine();
    assert_eq!(
        decide(
            &e,
            "support-bot",
            "payments.refund",
            json!({"charge_id": "ch_1234", "amount": 50}),
            &[]
        ),
        Decision::Allow {
            policies: vec!["support-small-refunds".into()]
        }
    );
    match decide(
        &e,
        "support-bot",
        "payments.refund",
        json!({"charge_id": "ch_1234", "amount": 800}),
        &[],
    ) {
        Decision::Hold {
            requirements,
            policies,
        } => {
            assert_eq!(requirements.len(), 1);
            assert_eq!(requirements[0].groups, vec!["finance-leads".to_string()]);
            assert_eq!(policies, vec!["support-large-refunds".to_string()]);
        }
        other => panic!("{other:?}"),
    }
    match decide(
        &e,
        "support-bot",
        "payments.refund",
        json!({"charge_id": "ch_1234", "amount": 6000}),
        &[],
    ) {
        Decision::Deny { policies, reason } => {
            assert!(policies.is_empty());
            assert!(reason.contains("no policy permits"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        decide(
            &e,
            "finance-bot",
            "payments.send",
            json!({"iban": "DE89370400440532013000", "amount": 60000, "reference": "x"}),
            &[]
        ),
        Decision::Deny {
            policies: vec!["payments-hard-limit".into()],
            reason: "forbidden by policy `payments-hard-limit`".into()
        }
    );
    match decide(
        &e,
        "marketing-bot",
        "db.query",
        json!({"sql": "select 1"}),
        &[],
    ) {
        Decision::Deny { policies, .. } => {
            assert_eq!(policies, vec!["marketing-no-production-db".to_string()])
        }
        other => panic!("{other:?}"),
    }
    // Least privilege: development cannot pay, even though no forbid names the tool directly.
    match decide(
        &e,
        "dev-bot",
        "payments.send",
        json!({"iban": "DE89370400440532013000", "amount": 5, "reference": "x"}),
        &[],
    ) {
        Decision::Deny { policies, .. } => assert_eq!(policies, vec!["dev-no-finance".to_string()]),
        other => panic!("{other:?}"),
    }
}

#[test]
fn untrusted_session_cannot_mail_outside_without_approval() {
    let e = engine();
    let out = json!({"to": "attacker@evil.example", "subject": "s", "body": "b"});
    let inside = json!({"to": "team@groupany.example", "subject": "s", "body": "b"});
    let untrusted_to = crate::provenance::ArgProvenance {
        untrusted: ["to".to_owned()].into(),
        requested: true,
        ..Default::default()
    };
    // The user asked for mail (the tool's `requested_by` words were in the task).
    let asked = crate::provenance::ArgProvenance {
        requested: true,
        delegated: true,
        ..Default::default()
    };
    let decide_from =
        |args: serde_json::Value, labels: &[&str], p: &crate::provenance::ArgProvenance| {
            let labels: BTreeSet<String> = labels.iter().map(|s| s.to_string()).collect();
            e.decide(&DecisionInput {
                agent: "support-bot",
                tool: "email.send",
                arguments: &args,
                session_labels: &labels,
                findings: &BTreeSet::new(),
                totals: &std::collections::BTreeMap::new(),
                provenance: p,
                now: Timestamp::now(),
                disclosure_present: false,
            })
            .unwrap()
        };
    assert!(matches!(
        decide_from(out.clone(), &[], &untrusted_to),
        Decision::Allow { .. }
    ));
    // An internal recipient Warden never reports as untrusted (the organisation's own
    // addresses are not asked about), so internal mail goes; if a traced argument (a link in
    // the body) came from untrusted content, internal mail is held too.
    assert!(matches!(
        decide_from(inside.clone(), &["untrusted"], &asked),
        Decision::Allow { .. }
    ));
    let untrusted_link = crate::provenance::ArgProvenance {
        untrusted: ["body".to_owned()].into(),
        requested: true,
        ..Default::default()
    };
    assert!(matches!(
        decide_from(inside.clone(), &["untrusted"], &untrusted_link),
        Decision::Hold { .. }
    ));
    // The user named the recipient: allowed after an untrusted read.
    assert!(matches!(
        decide_from(out.clone(), &["untrusted"], &asked),
        Decision::Allow { .. }
    ));
    match decide_from(out.clone(), &["untrusted"], &untrusted_to) {
        Decision::Hold {
            requirements,
            policies,
        } => {
            assert_eq!(requirements.len(), 1);
            assert_eq!(requirements[0].groups, vec!["security-oncall".to_string()]);
            assert!(policies.contains(&"no-untrusted-arguments".to_string()));
        }
        other => panic!("{other:?}"),
    }
    // Mail the user's words did not ask for is held after untrusted input, even to the
    // organisation's own addresses; before any, it goes.
    let unasked = crate::provenance::ArgProvenance::default();
    assert!(matches!(
        decide_from(inside.clone(), &[], &unasked),
        Decision::Allow { .. }
    ));
    match decide_from(inside, &["untrusted"], &unasked) {
        Decision::Hold { policies, .. } => {
            assert!(
                policies.contains(&"only-what-was-asked".to_string()),
                "{policies:?}"
            );
            assert!(!policies.contains(&"no-untrusted-arguments".to_string()));
        }
        other => panic!("{other:?}"),
    }
    // A message is never delegated: an address from a document the user pointed at is held.
    let delegated_to = crate::provenance::ArgProvenance {
        untrusted: ["to".to_owned()].into(),
        requested: true,
        delegated: true,
        ..Default::default()
    };
    assert!(matches!(
        decide_from(out, &["untrusted"], &delegated_to),
        Decision::Hold { .. }
    ));
}

#[test]
fn a_delegated_internal_change_the_user_asked_for_goes() {
    let e = engine();
    let args = json!({"repo": "groupany/web", "branch": "fix/checkout-timeout"});
    let labels: BTreeSet<String> = ["untrusted".to_owned()].into();
    let decide_with = |p: &crate::provenance::ArgProvenance| {
        e.decide(&DecisionInput {
            agent: "dev-bot",
            tool: "ci.run_pipeline",
            arguments: &args,
            session_labels: &labels,
            findings: &BTreeSet::new(),
            totals: &std::collections::BTreeMap::new(),
            provenance: p,
            now: Timestamp::now(),
            disclosure_present: false,
        })
        .unwrap()
    };
    let from_issue = |requested, delegated| crate::provenance::ArgProvenance {
        untrusted: ["branch".to_owned()].into(),
        requested,
        delegated,
        ..Default::default()
    };
    assert!(matches!(
        decide_with(&from_issue(true, true)),
        Decision::Allow { .. }
    ));
    for (requested, delegated) in [(true, false), (false, true), (false, false)] {
        assert!(
            matches!(
                decide_with(&from_issue(requested, delegated)),
                Decision::Hold { .. }
            ),
            "requested {requested}, delegated {delegated}"
        );
    }
}

/// Copies the reference deployment into a temporary directory with one extra policy file.
fn with_extra_policy(policy: &str) -> Vec<String> {
    match engine_with(policy) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    }
}

fn engine_with(policy: &str) -> Result<PolicyEngine, Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let src = example_dir();
    std::fs::copy(src.join("warden.toml"), dir.path().join("warden.toml")).unwrap();
    std::fs::create_dir(dir.path().join("policies")).unwrap();
    for entry in std::fs::read_dir(src.join("policies")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(
            entry.path(),
            dir.path().join("policies").join(entry.file_name()),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("policies/zz-extra.cedar"), policy).unwrap();
    let dep = warden_config::load(&dir.path().join("warden.toml"), &no_env).unwrap();
    PolicyEngine::compile(&dep).map_err(|problems| problems.iter().map(|p| p.to_string()).collect())
}

#[test]
fn misspelt_attribute_fails_with_file_and_line() {
    let problems = with_extra_policy(
        "// comment\n@id(\"typo\")\npermit(principal, action == Action::\"payments.refund\", resource)\nwhen { context.args.amout < 10 };\n",
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("zz-extra.cedar:4:"), "{}", problems[0]);
    assert!(problems[0].contains("amout"), "{}", problems[0]);
}

#[test]
fn unknown_agent_role_and_group_fail() {
    let problems = with_extra_policy(
        "@id(\"a\")\npermit(principal == Agent::\"ghost-bot\", action, resource);\n\
         @id(\"b\") @approval(\"nobody\")\npermit(principal in Role::\"markting\", action, resource);\n",
    );
    let all = problems.join("\n");
    assert!(
        all.contains("zz-extra.cedar:2:") && all.contains("unknown agent `ghost-bot`"),
        "{all}"
    );
    assert!(
        all.contains("zz-extra.cedar:4:") && all.contains("unknown role `markting`"),
        "{all}"
    );
    assert!(all.contains("unknown approver group `nobody`"), "{all}");
}

#[test]
fn syntax_error_names_line() {
    let problems = with_extra_policy("\n\npermit(principal, action, resource) when { ;\n");
    assert!(!problems.is_empty());
    assert!(problems[0].contains("zz-extra.cedar:3:"), "{problems:?}");
}

#[test]
fn duplicate_policy_ids_fail() {
    let problems =
        with_extra_policy("@id(\"support-crm\")\npermit(principal, action, resource);\n");
    assert!(
        problems.iter().any(|p| p.contains("already used")),
        "{problems:?}"
    );
}

/// Slicing policies per (agent, tool) never changes a decision: every agent, every tool, a few
/// argument values and both session states, against the unsliced policy set.
#[test]
fn sliced_decisions_equal_unsliced_decisions() {
    let dep = warden_config::load(&example_dir().join("warden.toml"), &no_env).unwrap();
    let sliced = PolicyEngine::compile(&dep).unwrap();
    let full = PolicyEngine::compile_with(&dep, false).unwrap();
    let samples: Vec<(&str, serde_json::Value)> = vec![
        ("repo.create_issue", json!({"repo": "r", "title": "t"})),
        ("ci.run_pipeline", json!({"repo": "r", "branch": "main"})),
        ("analytics.query", json!({"metric": "visits", "days": 7})),
        ("db.query", json!({"sql": "select 1"})),
        ("email.read_inbox", json!({"limit": 5})),
        (
            "email.send",
            json!({"to": "a@groupany.example", "subject": "s", "body": "b"}),
        ),
        (
            "email.send",
            json!({"to": "a@exfil.example", "subject": "s", "body": "b"}),
        ),
        ("crm.get_customer", json!({"customer_id": "C1234"})),
        ("crm.get_ticket", json!({"ticket_id": "T1234"})),
        (
            "crm.update_contact",
            json!({"customer_id": "C1234", "email": "x@y.z"}),
        ),
        (
            "payments.refund",
            json!({"charge_id": "ch_1234", "amount": 50}),
        ),
        (
            "payments.refund",
            json!({"charge_id": "ch_1234", "amount": 800}),
        ),
        (
            "payments.refund",
            json!({"charge_id": "ch_1234", "amount": 9000}),
        ),
        (
            "payments.send",
            json!({"iban": "DE89370400440532013000", "amount": 500, "reference": "r"}),
        ),
        (
            "payments.send",
            json!({"iban": "DE89370400440532013000", "amount": 20000, "reference": "r"}),
        ),
        (
            "payments.send",
            json!({"iban": "DE89370400440532013000", "amount": 90000, "reference": "r"}),
        ),
        ("security.list_alerts", json!({"severity": "high"})),
        (
            "repo.get_issue",
            json!({"repo": "groupany/web", "number": 7}),
        ),
        ("erp.get_invoice", json!({"invoice_id": "INV-2231"})),
        ("erp.get_supplier", json!({"supplier_id": "S1001"})),
        (
            "security.block_ip",
            json!({"ip": "192.0.2.1", "reason": "scan"}),
        ),
        (
            "openai.complete",
            json!({"model": "gpt-4o-mini", "stream": false, "max_tokens": 100, "tools": []}),
        ),
        (
            "openai.complete",
            json!({"model": "gpt-4o", "stream": true, "max_tokens": 100, "tools": ["x"]}),
        ),
        (
            "claude.complete",
            json!({"model": "claude-sonnet-4-5", "stream": false, "max_tokens": 100, "tools": []}),
        ),
        (
            "labs.complete",
            json!({"model": "labs-small", "stream": false, "max_tokens": 100, "tools": []}),
        ),
    ];
    let tools: BTreeSet<&str> = samples.iter().map(|(t, _)| *t).collect();
    assert_eq!(tools.len(), dep.tools.len(), "every tool is sampled");
    let mut compared = 0;
    for agent in dep.agents.keys() {
        for (tool, args) in &samples {
            for labels in [&[][..], &["untrusted"][..]] {
                let a = decide(&sliced, agent, tool, args.clone(), labels);
                let b = decide(&full, agent, tool, args.clone(), labels);
                assert_eq!(a, b, "{agent} {tool} {args} {labels:?}");
                compared += 1;
            }
        }
    }
    assert_eq!(compared, 5 * samples.len() * 2);
}

/// The catalogue analysis agrees with decisions: a tool it hides is denied for every input
/// tried, and a tool it shows is allowed or held for some input.
#[test]
fn could_allow_matches_what_the_policies_decide() {
    let e = engine();
    let dep = warden_config::load(&example_dir().join("warden.toml"), &no_env).unwrap();
    // Visible: some permit reaches it.
    assert!(e.could_allow("support-bot", "crm.get_ticket"));
    assert!(e.could_allow("support-bot", "payments.refund"));
    assert!(e.could_allow("finance-bot", "payments.send"));
    // Invisible: no permit reaches it (least privilege).
    assert!(!e.could_allow("support-bot", "payments.send"));
    assert!(!e.could_allow("marketing-bot", "db.query"));
    assert!(!e.could_allow("dev-bot", "payments.refund"));
    // A permit whose scope reaches every action but whose condition names other systems:
    // partial evaluation (the context unknown) shows it can never apply.
    assert!(!e.could_allow("dev-bot", "email.send"));
    assert!(!e.could_allow("dev-bot", "crm.get_ticket"));
    assert!(e.could_allow("dev-bot", "ci.run_pipeline"));
    // Unknown agent or tool: nothing.
    assert!(!e.could_allow("nobody", "crm.get_ticket"));
    assert!(!e.could_allow("support-bot", "no.such_tool"));
    // Every hidden pair is denied whatever the session carries.
    for agent in dep.agents.keys() {
        for tool in dep.tools.values() {
            if e.could_allow(agent, &tool.name) {
                continue;
            }
            for labels in [&[][..], &["untrusted"][..]] {
                let d = decide(&e, agent, &tool.name, sample(&tool.schema), labels);
                assert!(
                    matches!(d, Decision::Deny { .. }),
                    "{agent} / {} is hidden but decided {d:?}",
                    tool.name
                );
            }
        }
    }
}

/// A value that satisfies the required parts of a JSON Schema.
fn sample(schema: &serde_json::Value) -> serde_json::Value {
    match schema["type"].as_str() {
        Some("object") => {
            let mut obj = serde_json::Map::new();
            for name in schema["required"].as_array().into_iter().flatten() {
                let name = name.as_str().unwrap();
                obj.insert(name.to_owned(), sample(&schema["properties"][name]));
            }
            serde_json::Value::Object(obj)
        }
        Some("integer") | Some("number") => json!(1),
        Some("boolean") => json!(false),
        Some("array") => json!([]),
        _ => match schema["enum"].as_array().and_then(|v| v.first()) {
            Some(v) => v.clone(),
            None => json!("someone@groupany.example"),
        },
    }
}

/// A plain `forbid` without conditions hides the tool even though a permit reaches it; one with
/// conditions, or one that asks for approval, does not.
#[test]
fn unconditional_forbids_hide_tools() {
    let mut dep = warden_config::load(&example_dir().join("warden.toml"), &no_env).unwrap();
    dep.policy_files.push(warden_types::PolicyFile {
        path: "extra.cedar".into(),
        text: r#"
@id("never-refund")
forbid(principal == Agent::"support-bot", action == Action::"payments.refund", resource);
@id("held-updates") @approval("finance-leads")
forbid(principal == Agent::"support-bot", action == Action::"crm.update_contact", resource);
@id("tickets-not-after-untrusted")
forbid(principal == Agent::"support-bot", action == Action::"crm.get_ticket", resource)
when { context.session.labels.contains("untrusted") };
"#
        .into(),
    });
    let e = PolicyEngine::compile(&dep).unwrap_or_else(|p| panic!("{p:#?}"));
    assert!(!e.could_allow("support-bot", "payments.refund"));
    assert!(e.could_allow("support-bot", "crm.update_contact"));
    assert!(e.could_allow("support-bot", "crm.get_ticket"));
}

#[test]
fn a_policy_on_an_argument_the_schema_lacks_is_refused_and_named_by_its_id() {
    // `email.send` has no `reply_to`: the condition could never hold.
    let problems = with_extra_policy(
        "@id(\"watch-reply-to\")\nforbid(principal, action == Action::\"email.send\", resource)\nwhen { context.args has reply_to };\n",
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("`watch-reply-to`"), "{}", problems[0]);
    assert!(problems[0].contains("impossible"), "{}", problems[0]);
    assert!(!problems[0].contains("policy0"), "{}", problems[0]);
    // A type error is named by the policy's id too.
    let problems = with_extra_policy(
        "@id(\"bad-type\")\npermit(principal, action == Action::\"payments.refund\", resource)\nwhen { context.args.amount like \"1*\" };\n",
    );
    assert!(
        problems.iter().any(|p| p.contains("`bad-type`")),
        "{problems:?}"
    );
    assert!(
        problems.iter().all(|p| !p.contains("policy0")),
        "{problems:?}"
    );
}

#[test]
fn optional_and_nullable_arguments_reach_the_policy() {
    let e = engine_with(
        "@id(\"no-bcc-outside\")\nforbid(principal, action == Action::\"email.send\", resource)\nwhen { context.args has bcc && context.args.bcc.contains(\"evil@exfil.example\") };\n",
    )
    .unwrap();
    let mail = |extra: serde_json::Value| {
        let mut m = json!({"to": "ada@groupany.example", "subject": "s", "body": "b"});
        for (k, v) in extra.as_object().unwrap() {
            m[k] = v.clone();
        }
        m
    };
    // `bcc` is optional in the reference schema: when given, the policy sees it.
    let d = decide(
        &e,
        "support-bot",
        "email.send",
        mail(json!({"bcc": ["evil@exfil.example"]})),
        &[],
    );
    match d {
        Decision::Deny { policies, .. } => assert_eq!(policies, vec!["no-bcc-outside".to_owned()]),
        other => panic!("not denied: {other:?}"),
    }
    let d = decide(
        &e,
        "support-bot",
        "email.send",
        mail(json!({"bcc": ["ok@groupany.example"]})),
        &[],
    );
    assert!(matches!(d, Decision::Allow { .. }), "{d:?}");
    let d = decide(&e, "support-bot", "email.send", mail(json!({})), &[]);
    assert!(matches!(d, Decision::Allow { .. }), "{d:?}");
}

#[test]
fn four_eyes_and_separate_groups_become_separate_requirements() {
    let e = engine_with(
        "@id(\"two-finance\") @approval(\"finance-leads\") @approvers(\"2\")\n\
         forbid(principal, action == Action::\"payments.send\", resource) when { context.args.amount > 100 };\n\
         @id(\"sec-too\") @approval(\"security-oncall\")\n\
         forbid(principal, action == Action::\"payments.send\", resource) when { context.args.amount > 100 };\n\
         @id(\"sec-again\") @approval(\"security-oncall\")\n\
         forbid(principal, action == Action::\"payments.send\", resource) when { context.args.amount > 100 };\n",
    )
    .unwrap();
    let args = json!({"iban": "DE89370400440532013000", "amount": 500, "reference": "r"});
    match decide(&e, "finance-bot", "payments.send", args, &[]) {
        Decision::Hold { requirements, .. } => {
            let finance = requirements
                .iter()
                .find(|r| r.groups == ["finance-leads"])
                .unwrap();
            assert_eq!(finance.approvers, 2);
            // two policies asking security-oncall ask it once
            let security: Vec<_> = requirements
                .iter()
                .filter(|r| r.groups == ["security-oncall"])
                .collect();
            assert_eq!(security.len(), 1, "{requirements:?}");
            assert_eq!(security[0].approvers, 1);
            assert_eq!(security[0].policies.len(), 2);
        }
        other => panic!("not held: {other:?}"),
    }
    for (annotation, want) in [
        (
            "@approvers(\"3\")",
            "more approvers than group `finance-leads` has members (2)",
        ),
        ("@approvers(\"0\")", "a number from 1 to 10"),
        ("@approvers(\"two\")", "a number from 1 to 10"),
    ] {
        let problems = with_extra_policy(&format!(
            "@id(\"x\") @approval(\"finance-leads\") {annotation}\nforbid(principal, action == Action::\"payments.send\", resource);\n"
        ));
        assert!(
            problems.iter().any(|p| p.contains(want)),
            "{annotation}: {problems:?}"
        );
    }
    let problems = with_extra_policy(
        "@id(\"x\") @approvers(\"2\")\nforbid(principal, action == Action::\"payments.send\", resource);\n",
    );
    assert!(
        problems.iter().any(|p| p.contains("needs an `@approval`")),
        "{problems:?}"
    );
}
