use super::*;

const SIZE: ConfigSize = ConfigSize {
    agents: 2,
    tools: 5,
    policies: 7,
};

#[test]
fn config_loaded_counts_what_was_loaded() {
    let e = config_loaded(SIZE, json!({"policy_set": "ab"}));
    assert_eq!(e.event, EventKind::ConfigLoaded);
    assert_eq!(e.outcome, Outcome::Success);
    assert_eq!(
        e.description,
        "configuration loaded: 2 agents, 5 tools, 7 policies"
    );
    assert_eq!(e.actor, None);
    assert_eq!(e.output, json!({"policy_set": "ab"}));
}

#[test]
fn config_reloaded_names_the_operator_and_the_policy_set() {
    let e = config_reloaded(Some("alice"), SIZE, true, "ab", json!({"changed": true}));
    assert_eq!(e.event, EventKind::ConfigReloaded);
    assert_eq!(e.outcome, Outcome::Success);
    assert_eq!(
        e.description,
        "configuration reloaded: 2 agents, 5 tools, 7 policies"
    );
    assert_eq!(e.actor.as_deref(), Some("alice"));
    assert_eq!(e.policy_set.as_deref(), Some("ab"));
    assert_eq!(e.output, json!({"changed": true}));
    let unchanged = config_reloaded(None, SIZE, false, "ab", Value::Null);
    assert_eq!(
        unchanged.description,
        "configuration reloaded: 2 agents, 5 tools, 7 policies (unchanged)"
    );
    assert_eq!(unchanged.actor, None);
}

#[test]
fn a_refused_reload_lists_every_problem() {
    let one = config_reload_refused(None, "ab", "signal", &["bad key".into()]);
    assert_eq!(one.event, EventKind::ConfigReloaded);
    assert_eq!(one.outcome, Outcome::Failure);
    assert_eq!(one.code.as_deref(), Some("config_invalid"));
    assert_eq!(
        one.description,
        "reload refused (1 problem); the running configuration keeps serving"
    );
    assert_eq!(one.policy_set.as_deref(), Some("ab"));
    assert_eq!(
        one.output,
        json!({"trigger": "signal", "problems": ["bad key"]})
    );
    let two = config_reload_refused(Some("alice"), "ab", "operator", &["a".into(), "b".into()]);
    assert!(two.description.starts_with("reload refused (2 problems)"));
    assert_eq!(two.actor.as_deref(), Some("alice"));
}

#[test]
fn a_checkpoint_records_its_size_and_root() {
    let e = audit_checkpoint("alice", 41, "cd");
    assert_eq!(e.event, EventKind::AuditCheckpoint);
    assert_eq!(e.outcome, Outcome::Success);
    assert_eq!(
        e.description,
        "checkpoint of the audit log at 41 records signed"
    );
    assert_eq!(e.actor.as_deref(), Some("alice"));
    assert_eq!(e.output, json!({"size": 41, "root": "cd"}));
}

#[test]
fn a_purge_receipt_lists_the_ranges_and_cutoffs() {
    let by_event = BTreeMap::from([("llm.call".to_owned(), 3)]);
    let cutoffs = BTreeMap::from([("llm".to_owned(), "2026-01-01T00:00:00.000000Z".to_owned())]);
    let e = audit_purged(
        "warden",
        &Purge {
            records: 3,
            by_event: &by_event,
            first_seq: Some(4),
            last_seq: Some(9),
            ranges: &[(4, 5), (9, 9)],
            values: 2,
            subjects: 1,
            cutoffs: &cutoffs,
        },
    );
    assert_eq!(e.event, EventKind::AuditPurged);
    assert_eq!(
        e.description,
        "3 record(s) past their retention purged (records 4..9); hashes and the Merkle tree kept"
    );
    assert_eq!(e.actor.as_deref(), Some("warden"));
    assert_eq!(
        e.output,
        json!({
            "records": 3,
            "by_event": {"llm.call": 3},
            "first_seq": 4,
            "last_seq": 9,
            "ranges": [[4, 5], [9, 9]],
            "personal_values": 2,
            "subjects_deleted": 1,
            "cutoffs": {"llm": "2026-01-01T00:00:00.000000Z"},
        })
    );
}

#[test]
fn a_skipped_record_is_an_alert_naming_the_stream() {
    let e = audit_stream_skipped("lake", 7, "too large");
    assert_eq!(e.event, EventKind::AuditStreamSkipped);
    assert_eq!(e.outcome, Outcome::Failure);
    assert!(crate::export::is_alert(e.event));
    assert_eq!(
        e.description,
        "audit stream `lake` skipped record 7: too large"
    );
    assert_eq!(e.actor.as_deref(), Some("warden"));
    assert_eq!(
        e.output,
        json!({"stream": "lake", "seq": 7, "reason": "too large"})
    );
}

#[test]
fn an_access_records_counts_and_subject_ids_never_identifiers() {
    let e = subject_accessed("alice", "export", 2, &["sub_1".into()], &[3, 8]);
    assert_eq!(e.event, EventKind::SubjectAccessed);
    assert_eq!(
        e.description,
        "export for 2 identifier(s): 1 subject(s), 2 record(s)"
    );
    assert_eq!(e.input, json!({"request": "export", "identifiers": 2}));
    assert_eq!(e.output, json!({"subjects": ["sub_1"], "records": [3, 8]}));
}

fn erased<'a>(reached: &'a DataMap, hooks: &'a [Value]) -> Erased<'a> {
    Erased {
        erasure_id: "era_1",
        identifiers: 2,
        reason: "<EMAIL_1> asked",
        subjects: &[],
        unknown: &[1],
        records: &[3, 8],
        reached,
        values: 4,
        approvals: 1,
        cancelled: 0,
        hooks,
    }
}

#[test]
fn an_erasure_receipt_says_what_was_destroyed_where() {
    let mut reached = DataMap::default();
    reached.add("action.executed", Some("crm.update"), None, &["crm".into()]);
    reached.add("llm.call", None, None, &["openai".into()]);
    let subjects = ["sub_1".to_owned()];
    let hooks = [json!({"hook": "crm", "system": "crm", "ok": true, "status": 200})];
    let e = subject_erased(
        "alice",
        &Erased {
            subjects: &subjects,
            ..erased(&reached, &hooks)
        },
    );
    assert_eq!(e.event, EventKind::SubjectErased);
    assert_eq!(e.outcome, Outcome::Success);
    assert_eq!(e.code, None);
    assert_eq!(
        e.description,
        "erased 1 data subject(s) (2 identifier(s) given): 4 value(s) destroyed in 2 record(s)"
    );
    assert_eq!(e.action_id.as_deref(), Some("era_1"));
    assert_eq!(e.systems, ["crm", "openai"]);
    assert_eq!(
        e.input,
        json!({"identifiers": 2, "reason": "<EMAIL_1> asked"})
    );
    assert_eq!(e.output["keys_destroyed"], 1);
    assert_eq!(e.output["unknown_identifiers"], json!([1]));
    assert_eq!(e.output["reached"], reached.to_json());
    assert_eq!(e.output["hooks"], json!(hooks));
}

#[test]
fn an_erasure_whose_hook_failed_is_a_failure() {
    let reached = DataMap::default();
    let hooks = [
        json!({"hook": "crm", "ok": true}),
        json!({"hook": "mail", "ok": false, "error": "timed out"}),
    ];
    let e = subject_erased("alice", &erased(&reached, &hooks));
    assert_eq!(e.outcome, Outcome::Failure);
    assert_eq!(e.code.as_deref(), Some("erasure_hook_failed"));
    assert!(
        e.description.ends_with("; 1 erasure hook(s) failed"),
        "{}",
        e.description
    );
}
