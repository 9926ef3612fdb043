use std::collections::BTreeSet;
use std::sync::Arc;

use rusqlite::params;
use serde_json::json;
use warden_types::{Action, AuditEvent, EventKind, Outcome, Requirement, StoredResponse};

use super::*;
use crate::{AuditFilter, Cas, Erasure, Halt, PurgeReceiptFn, Purged, StateStore, Store};
use warden_types::{Approval, ApprovalState};

fn event(n: u64) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ActionReceived,
        Outcome::Received,
        format!("event {n}"),
    );
    e.agent = Some("a".into());
    e.tool = Some("t".into());
    e.input = json!({"n": n, "text": "héllo \"quoted\""});
    e
}

#[tokio::test]
async fn appends_verify_and_tamper_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    let store = SqliteStore::open(&path).unwrap();
    for i in 0..10 {
        store.append(vec![event(i)]).await.unwrap();
    }
    let report = store.verify_audit().await.unwrap();
    assert_eq!(report.records, 10);
    assert!(report.first_bad.is_none());
    let records = store.query_audit(AuditFilter::default()).await.unwrap();
    assert_eq!(records.len(), 10);
    assert_eq!(records[3].seq, 4);
    store.close();
    drop(store);

    // Flip one byte of record 7 behind Warden's back.
    let conn = Connection::open(&path).unwrap();
    let text: String = conn
        .query_row("SELECT record FROM audit WHERE seq = 7", [], |r| r.get(0))
        .unwrap();
    let flipped = text.replacen("event 6", "event 9", 1);
    assert_ne!(text, flipped);
    conn.execute("UPDATE audit SET record = ?1 WHERE seq = 7", [flipped])
        .unwrap();
    drop(conn);
    let report = verify_file(&path).unwrap();
    assert_eq!(report.records, 6);
    assert_eq!(report.first_bad.unwrap().seq, 7);
}

#[tokio::test]
async fn deleted_record_is_a_gap() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    let store = SqliteStore::open(&path).unwrap();
    store.append((0..5).map(event).collect()).await.unwrap();
    store.close();
    drop(store);
    Connection::open(&path)
        .unwrap()
        .execute("DELETE FROM audit WHERE seq = 3", [])
        .unwrap();
    let bad = verify_file(&path).unwrap().first_bad.unwrap();
    assert_eq!(bad.seq, 3);
    assert!(bad.reason.contains("missing"), "{}", bad.reason);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_appends_form_one_chain() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(&dir.path().join("w.db")).unwrap());
    let mut tasks = Vec::new();
    for t in 0..16u64 {
        let store = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            for i in 0..50 {
                store.append(vec![event(t * 1000 + i)]).await.unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let report = store.verify_audit().await.unwrap();
    assert_eq!(report.records, 800);
    assert!(report.first_bad.is_none());
}

fn approval(id: &str, agent: &str) -> Approval {
    Approval {
        action: Action {
            id: id.into(),
            agent: agent.into(),
            session: "s".into(),
            tool: "t".into(),
            arguments: json!({"amount": 5}),
        },
        args_hash: warden_types::arguments_hash(&json!({"amount": 5})),
        requirements: vec![Requirement {
            groups: vec!["g".into()],
            policies: vec!["p".into()],
            approvers: 1,
        }],
        policies: vec!["p".into()],
        state: ApprovalState::Pending,
        created_at: Timestamp::now(),
        expires_at: Timestamp::now().plus_seconds(3600),
        votes: vec![],
        result: None,
        token: None,
        request_hash: None,
    }
}

#[tokio::test]
async fn approvals_compare_and_set_and_halt_cancels() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("w.db")).unwrap();
    store
        .create_approval(approval("x1", "a"), vec![event(1)])
        .await
        .unwrap();
    store
        .create_approval(approval("x2", "b"), vec![])
        .await
        .unwrap();
    let mut a = store.approval("x1").await.unwrap().unwrap();
    a.state = ApprovalState::Approved;
    assert_eq!(
        store
            .update_approval(a.clone(), ApprovalState::Pending, vec![event(2)])
            .await
            .unwrap(),
        Cas::Applied
    );
    // A second approver racing on the same state loses.
    assert_eq!(
        store
            .update_approval(a.clone(), ApprovalState::Pending, vec![event(3)])
            .await
            .unwrap(),
        Cas::Conflict
    );
    a.state = ApprovalState::Executed;
    a.result = Some(StoredResponse {
        status: 200,
        body: json!({"ok": true}),
    });
    assert_eq!(
        store
            .update_approval(a, ApprovalState::Approved, vec![])
            .await
            .unwrap(),
        Cas::Applied
    );

    let halt = Halt {
        reason: "test".into(),
        by: "admin".into(),
        at: Timestamp::now(),
    };
    let cancelled = store
        .halt(
            "b",
            halt,
            AuditEvent::new(EventKind::AgentHalted, Outcome::Success, "halted"),
            Box::new(|a: &warden_types::Approval| {
                let mut next = a.clone();
                next.state = warden_types::ApprovalState::Cancelled;
                let e = AuditEvent::new(
                    EventKind::ApprovalCancelled,
                    Outcome::Cancelled,
                    "cancelled by the halt",
                );
                Some((next, e))
            }),
        )
        .await
        .unwrap();
    assert_eq!(cancelled, vec!["x2".to_string()]);
    assert_eq!(
        store.approval("x2").await.unwrap().unwrap().state,
        ApprovalState::Cancelled
    );
    assert_eq!(
        store.approval("x1").await.unwrap().unwrap().state,
        ApprovalState::Executed
    );
    assert_eq!(store.halts().await.unwrap().len(), 1);
    assert!(
        store
            .resume(
                "b",
                AuditEvent::new(EventKind::AgentResumed, Outcome::Success, "resumed")
            )
            .await
            .unwrap()
    );
    assert!(store.halts().await.unwrap().is_empty());
    // event(1), event(2), halt, cancel, resume; the losing CAS wrote nothing.
    let report = store.verify_audit().await.unwrap();
    assert_eq!(report.records, 5);
}

#[tokio::test]
async fn session_labels_only_grow() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("w.db")).unwrap();
    let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    store
        .add_session_labels("a", "s", set(&["untrusted"]), vec![])
        .await
        .unwrap();
    store
        .add_session_labels("a", "s", set(&["pii"]), vec![])
        .await
        .unwrap();
    assert_eq!(
        store.session_labels("a", "s").await.unwrap(),
        set(&["pii", "untrusted"])
    );
    assert!(store.session_labels("b", "s").await.unwrap().is_empty());
}

#[tokio::test]
async fn the_merkle_tree_follows_the_log_and_proves_inclusion_and_consistency() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    let store = SqliteStore::open(&path).unwrap();
    // Batches of several events per commit, and concurrent writers.
    let mut tasks = Vec::new();
    let store = Arc::new(store);
    for t in 0..4u64 {
        let s = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            for i in 0..20u64 {
                s.append(vec![event(t * 100 + i), event(t * 100 + i + 50)])
                    .await
                    .unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    // The tree recomputed from the records themselves.
    let records = store.query_audit(AuditFilter::default()).await.unwrap();
    let mut mem = warden_merkle::MemoryNodes::new();
    for r in &records {
        mem.push(crate::record_leaf(&warden_types::record_digest(
            &r.canonical(),
        )));
    }
    let head = store.tree_head(None).await.unwrap();
    assert_eq!(head.size, 160);
    assert_eq!(head.root, warden_merkle::hex(&mem.root()));
    assert_eq!(store.verify_audit().await.unwrap().root, head.root);
    let hex = |s: &str| warden_merkle::from_hex(s).unwrap();
    for seq in [1, 2, 77, 128, 160] {
        let p = store.inclusion_proof(seq, None).await.unwrap();
        let proof: Vec<_> = p.proof.iter().map(|h| hex(h)).collect();
        assert!(warden_merkle::verify_inclusion(
            seq - 1,
            160,
            &hex(&p.leaf_hash),
            &proof,
            &hex(&head.root)
        ));
    }
    for old in [1, 5, 64, 100, 160] {
        let c = store.consistency_proof(old, None).await.unwrap();
        let proof: Vec<_> = c.proof.iter().map(|h| hex(h)).collect();
        assert_eq!(
            c.old_root,
            warden_merkle::hex(&warden_merkle::root(&mem, old).unwrap())
        );
        assert!(warden_merkle::verify_consistency(
            old,
            160,
            &hex(&c.old_root),
            &hex(&c.new_root),
            &proof
        ));
    }
    assert!(matches!(
        store.inclusion_proof(161, None).await,
        Err(StoreError::Range(_))
    ));
    assert!(matches!(
        store.consistency_proof(5, Some(200)).await,
        Err(StoreError::Range(_))
    ));
    store.close();
    drop(store);

    // A database from before the tree existed gets its leaves on open, and the log says so.
    let conn = Connection::open(&path).unwrap();
    conn.execute("DELETE FROM merkle", []).unwrap();
    drop(conn);
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.tree_head(Some(160)).await.unwrap(), head);
    store.append(vec![event(999)]).await.unwrap();
    let after = store
        .query_audit(AuditFilter {
            after_seq: Some(160),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(after.len(), 2);
    assert_eq!(after[0].event.event, EventKind::AuditTreeRebuilt);
    assert_eq!(after[0].event.output["records"], 160);
    assert_eq!(after[0].event.output["earlier_format"], false);
    for r in &after {
        mem.push(crate::record_leaf(&warden_types::record_digest(
            &r.canonical(),
        )));
    }
    assert_eq!(
        store.tree_head(None).await.unwrap().root,
        warden_merkle::hex(&mem.root())
    );
}

/// A tree of the first format (leaves over the record text, from development builds) is
/// rebuilt on open with leaves over the record hashes; its checkpoints are withdrawn.
#[tokio::test]
async fn a_tree_over_record_text_is_rebuilt_over_record_hashes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    let store = SqliteStore::open(&path).unwrap();
    store.append((0..21).map(event).collect()).await.unwrap();
    let head = store.tree_head(None).await.unwrap();
    store.close();
    drop(store);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute("DELETE FROM merkle", []).unwrap();
        let mut f = warden_merkle::Frontier::new();
        let texts: Vec<String> = conn
            .prepare("SELECT record FROM audit ORDER BY seq")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for t in &texts {
            crate::chain::store_nodes(
                &mut SqliteConn(&conn),
                &f.push(warden_merkle::leaf_hash(t.as_bytes())),
            )
            .unwrap();
        }
        assert_ne!(warden_merkle::hex(&f.root()), head.root);
        conn.execute(
            "INSERT INTO checkpoints (size, root, ts, note) VALUES (21, ?1, 'then', 'note')",
            [warden_merkle::hex(&f.root())],
        )
        .unwrap();
    }
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.tree_head(Some(21)).await.unwrap(), head);
    let report = store.verify_audit().await.unwrap();
    assert!(report.first_bad.is_none(), "{report:?}");
    assert_eq!(report.records, 22);
    let conn = Connection::open(&path).unwrap();
    let kept: i64 = conn
        .query_row("SELECT COUNT(*) FROM checkpoints", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, 0);
    // Set aside, not deleted; and the rebuild is on record, naming them.
    let withdrawn: i64 = conn
        .query_row("SELECT COUNT(*) FROM checkpoints_withdrawn", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(withdrawn, 1);
    let rebuilt = store
        .query_audit(AuditFilter {
            after_seq: Some(21),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(rebuilt[0].event.event, EventKind::AuditTreeRebuilt);
    assert_eq!(rebuilt[0].event.output["earlier_format"], true);
    assert_eq!(
        rebuilt[0].event.output["withdrawn_checkpoints"][0]["size"],
        21
    );
}

/// A purged record's leaf is recomputed from the hash it keeps: a stored leaf that differs is
/// found, and a tree can be built for a log with purged records.
#[tokio::test]
async fn a_purged_records_leaf_is_checked_against_its_hash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let store = SqliteStore::open(&path).unwrap();
    store.append((0..6).map(event).collect()).await.unwrap();
    let head = store.tree_head(None).await.unwrap();
    store.close();
    drop(store);
    let conn = Connection::open(&path).unwrap();
    // Emptied as a purge would (the receipt check is not what this test is about).
    let mut receipt = AuditEvent::new(EventKind::AuditPurged, Outcome::Success, "purge");
    receipt.output = json!({"ranges": [[2, 2]]});
    drop(conn);
    let store = SqliteStore::open(&path).unwrap();
    store.append(vec![receipt]).await.unwrap();
    store.close();
    drop(store);
    let conn = Connection::open(&path).unwrap();
    conn.execute("UPDATE audit SET record = '', purged = 1 WHERE seq = 2", [])
        .unwrap();
    let report = verify_file(&path).unwrap();
    assert!(report.first_bad.is_none(), "{report:?}");
    // Its stored leaf replaced: found, though the record's text is gone.
    conn.execute(
        "UPDATE merkle SET hash = zeroblob(32) WHERE level = 0 AND idx = 1",
        [],
    )
    .unwrap();
    let bad = verify_file(&path).unwrap().first_bad.unwrap();
    assert_eq!(bad.seq, 2, "{bad:?}");
    assert!(bad.reason.contains("Merkle"), "{}", bad.reason);
    // The tree rebuilt from the kept hashes is the original one.
    conn.execute("DELETE FROM merkle", []).unwrap();
    drop(conn);
    let store = SqliteStore::open(&path).unwrap();
    let rebuilt = store.tree_head(Some(6)).await.unwrap();
    assert_eq!(rebuilt, head);
    assert!(store.verify_audit().await.unwrap().first_bad.is_none());
}

fn personal(
    field: &'static str,
    placeholder: &str,
    label: &'static str,
    value: &str,
) -> warden_types::PersonalValue {
    warden_types::PersonalValue {
        field,
        placeholder: placeholder.into(),
        label,
        value: value.into(),
    }
}

#[tokio::test]
async fn subjects_are_located_exported_and_erased() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let store = SqliteStore::open(&path).unwrap();
    let mut e = event(1);
    e.input = json!({"to": "<EMAIL_1>", "body": "Dear <NAME_1>, call <PHONE_1>"});
    e.systems = vec!["mail".into()];
    e.personal = vec![
        personal("input", "<EMAIL_1>", "EMAIL", "Ann.Lee@Example.com"),
        personal("input", "<NAME_1>", "NAME", "Ann Lee"),
        personal("input", "<PHONE_1>", "PHONE", "+1 415 555 0100"),
    ];
    let mut other = event(2);
    other.input = json!({"to": "<EMAIL_1>"});
    other.personal = vec![personal("input", "<EMAIL_1>", "EMAIL", "zed@example.org")];
    // A value with no identifier beside it is not kept.
    let mut orphan = event(3);
    orphan.input = json!({"note": "<NAME_1>"});
    orphan.personal = vec![personal("input", "<NAME_1>", "NAME", "Orphan Name")];
    store.append(vec![e, other, orphan]).await.unwrap();

    let located = store
        .locate_subjects(vec!["ann.lee@example.com".into()])
        .await
        .unwrap();
    assert_eq!(located.subjects.len(), 1);
    assert_eq!(located.records.len(), 1);
    assert_eq!(located.records[0].seq, 1);
    assert_eq!(located.records[0].labels, vec!["EMAIL", "NAME"]);
    // The phone is its own subject; both together name the same record.
    let both = store
        .locate_subjects(vec![
            "ann.lee@example.com".into(),
            "0014155550100".into(),
            "x@y.z".into(),
        ])
        .await
        .unwrap();
    assert_eq!(both.subjects.len(), 2);
    assert_eq!(both.unknown, vec![2]);
    let (_, exported) = store
        .export_subjects(vec!["ann.lee@example.com".into()])
        .await
        .unwrap();
    assert_eq!(
        exported[0]["input"]["body"], "Dear Ann Lee, call <PHONE_1>",
        "only this subject's values"
    );
    assert_eq!(exported[0]["input"]["to"], "Ann.Lee@Example.com");
    let raw = || {
        let mut all = std::fs::read(&path).unwrap();
        all.extend(std::fs::read(path.with_extension("db-wal")).unwrap_or_default());
        all
    };
    let holds = |hay: &[u8], n: &str| hay.windows(n.len()).any(|w| w == n.as_bytes());
    assert!(!holds(&raw(), "Ann Lee") && !holds(&raw(), "Orphan Name"));

    let erased = store
        .erase_subjects(
            vec!["ANN.LEE@example.com".into()],
            Box::new(|d: &Erasure| {
                let mut e = AuditEvent::new(EventKind::SubjectErased, Outcome::Success, "erased");
                e.output = json!({"values": d.values});
                e
            }),
        )
        .await
        .unwrap();
    // The e-mail, and the name it owned with the phone (stored once, under their group key).
    assert_eq!(erased.located.subjects.len(), 1);
    assert_eq!(erased.values, 2);
    assert_eq!(erased.receipt_seq, 4);
    let (_, exported) = store
        .export_subjects(vec!["+1 415 555 0100".into()])
        .await
        .unwrap();
    assert_eq!(
        exported[0]["input"]["body"],
        "Dear <NAME_1>, call +1 415 555 0100"
    );
    assert!(
        store
            .locate_subjects(vec!["ann.lee@example.com".into()])
            .await
            .unwrap()
            .records
            .is_empty()
    );
    let zed = store
        .locate_subjects(vec!["zed@example.org".into()])
        .await
        .unwrap();
    assert_eq!(zed.records.len(), 1);
    assert!(store.verify_audit().await.unwrap().first_bad.is_none());
}

/// A record with many subjects and many other values (a customer list): each other value is
/// stored once under a group key every subject holds, not once per subject; every subject
/// still sees it, and erasing any one of them destroys the group for all.
#[tokio::test]
async fn many_subjects_share_one_group_key_and_erasure_takes_the_group() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let store = SqliteStore::open(&path).unwrap();
    let n: usize = 40;
    let mut e = event(1);
    let mut customers = Vec::new();
    for i in 1..=n {
        customers.push(json!({"email": format!("<EMAIL_{i}>"), "name": format!("<NAME_{i}>")}));
        e.personal.push(personal(
            "output",
            &format!("<EMAIL_{i}>"),
            "EMAIL",
            &format!("c{i}@example.com"),
        ));
        e.personal.push(personal(
            "output",
            &format!("<NAME_{i}>"),
            "NAME",
            &format!("Person Number{i:02}"),
        ));
    }
    e.output = json!({"customers": customers});
    // A second record of one of them: its name under that subject's own key.
    let mut single = event(2);
    single.input = json!({"to": "<EMAIL_1>", "body": "Dear <NAME_1>"});
    single.personal = vec![
        personal("input", "<EMAIL_1>", "EMAIL", "c7@example.com"),
        personal("input", "<NAME_1>", "NAME", "Person Number07"),
    ];
    store.append(vec![e, single]).await.unwrap();
    let count = |sql: &str| -> i64 {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    };
    // 40 identifiers, 40 wrapped group keys, 40 names once; then 2 for the single record.
    assert_eq!(
        count("SELECT COUNT(*) FROM personal_values") as usize,
        3 * n + 2
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM personal_values WHERE subject = '#g1'") as usize,
        n
    );

    let (located, exported) = store
        .export_subjects(vec!["c7@example.com".into()])
        .await
        .unwrap();
    assert_eq!(located.records.len(), 2);
    assert_eq!(located.records[0].labels, vec!["EMAIL", "NAME"]);
    let first = exported[0]["output"].to_string();
    assert!(first.contains("Person Number33") && first.contains("c7@example.com"));
    assert!(
        !first.contains("c8@example.com"),
        "other subjects' identifiers stay"
    );
    let restored = store.restore_values(vec![1, 2]).await.unwrap();
    assert_eq!(restored[&1].len(), 2 * n);
    assert_eq!(restored[&2].len(), 2);

    let erased = store
        .erase_subjects(
            vec!["c7@example.com".into()],
            Box::new(|_: &Erasure| {
                AuditEvent::new(EventKind::SubjectErased, Outcome::Success, "erased")
            }),
        )
        .await
        .unwrap();
    // Its e-mail twice, the group's 40 names, the single record's name.
    assert_eq!(erased.values, 2 + n as u64 + 1);
    let (_, exported) = store
        .export_subjects(vec!["c8@example.com".into()])
        .await
        .unwrap();
    let first = exported[0]["output"].to_string();
    assert!(first.contains("c8@example.com"));
    assert!(first.contains("<NAME_33>") && !first.contains("Person Number"));
    let restored = store.restore_values(vec![1, 2]).await.unwrap();
    assert_eq!(restored[&1].len(), n - 1, "only the other identifiers");
    assert!(!restored.contains_key(&2));
    assert_eq!(
        count("SELECT COUNT(*) FROM personal_values") as usize,
        n - 1
    );
    let mut raw = std::fs::read(&path).unwrap();
    raw.extend(std::fs::read(path.with_extension("db-wal")).unwrap_or_default());
    assert!(!raw.windows(13).any(|w| w == b"Person Number"));
    assert!(store.verify_audit().await.unwrap().first_bad.is_none());
}

#[tokio::test]
async fn ibans_and_ip_addresses_name_their_subjects() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("s.db")).unwrap();
    let mut pay = event(1);
    pay.input = json!({"iban": "<IBAN_1>", "reference": "for <NAME_1>"});
    pay.personal = vec![
        personal("input", "<IBAN_1>", "IBAN", "DE44 5001 0517 5407 3249 31"),
        personal("input", "<NAME_1>", "NAME", "Ann Lee"),
    ];
    let mut block = event(2);
    block.input = json!({"ip": "<IP_1>"});
    block.personal = vec![personal("input", "<IP_1>", "IP", "2001:DB8:0:0::7")];
    store.append(vec![pay, block]).await.unwrap();
    // Found by the identifier however it is written; the values come back for replay.
    for id in ["de44500105175407324931", "2001:db8::7"] {
        let located = store.locate_subjects(vec![id.into()]).await.unwrap();
        assert_eq!(located.records.len(), 1, "{id}");
    }
    let restored = store.restore_values(vec![1, 2]).await.unwrap();
    let all = format!("{restored:?}");
    assert!(all.contains("DE44 5001 0517 5407 3249 31") && all.contains("Ann Lee"));
    assert!(all.contains("2001:DB8:0:0::7"));
    // What looks like one but is not is refused, not silently unknown.
    let err = store
        .locate_subjects(vec!["DE44 not an iban".into()])
        .await
        .unwrap_err();
    assert!(err.to_string().contains("IBAN or IP address"), "{err}");
}

#[tokio::test]
async fn expired_payloads_are_purged_and_the_log_still_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let store = SqliteStore::open(&path).unwrap();
    let mut with_pii = event(0);
    with_pii.event = EventKind::LlmCall;
    with_pii.input = json!({"prompt": "write to <EMAIL_1>"});
    with_pii.personal = vec![personal(
        "both",
        "<EMAIL_1>",
        "EMAIL",
        "old.customer@example.com",
    )];
    store.append(vec![with_pii]).await.unwrap();
    for i in 1..6 {
        store.append(vec![event(i)]).await.unwrap();
    }
    let head = store.tree_head(None).await.unwrap();
    let future = Timestamp(Timestamp::now().0 + 3_600_000_000).to_rfc3339();
    let receipt = || -> PurgeReceiptFn {
        Box::new(|p: &Purged| {
            let mut e = AuditEvent::new(EventKind::AuditPurged, Outcome::Success, "purged");
            e.output = json!({"records": p.records});
            e
        })
    };
    // Only LLM calls expire here; a dry run changes nothing.
    let cut = vec![(vec!["llm.call".to_owned()], future.clone())];
    let dry = store
        .purge_expired(cut.clone(), true, receipt())
        .await
        .unwrap();
    assert_eq!(dry.records, 1);
    assert_eq!(dry.receipt_seq, None);
    assert_eq!(
        store
            .query_audit(AuditFilter::default())
            .await
            .unwrap()
            .len(),
        6
    );
    let done = store.purge_expired(cut, false, receipt()).await.unwrap();
    assert_eq!(
        (done.records, done.first_seq, done.values, done.subjects),
        (1, Some(1), 1, 1)
    );
    assert_eq!(done.receipt_seq, Some(7));
    // The payload is gone, the log verifies, the old tree head is still provably a prefix.
    let records = store.query_audit(AuditFilter::default()).await.unwrap();
    assert_eq!(records.len(), 6);
    assert_eq!(records[0].seq, 2);
    let report = store.verify_audit().await.unwrap();
    assert!(report.first_bad.is_none(), "{:?}", report.first_bad);
    assert_eq!(report.records, 7);
    let proof = store.consistency_proof(head.size, None).await.unwrap();
    assert_eq!(proof.old_root, head.root);
    let inclusion = store.inclusion_proof(1, None).await.unwrap();
    assert_eq!(inclusion.seq, 1);
    assert!(
        store
            .locate_subjects(vec!["old.customer@example.com".into()])
            .await
            .unwrap()
            .records
            .is_empty()
    );
    // Offline verification agrees, at the old size too.
    let offline = verify_file_with(&path, &[head.size], &mut |_| {}).unwrap();
    assert!(offline.first_bad.is_none());
    assert_eq!(offline.roots[&head.size], head.root);
    // Nothing of the purged record remains in the files.
    let mut raw = std::fs::read(&path).unwrap();
    raw.extend(std::fs::read(path.with_extension("db-wal")).unwrap_or_default());
    assert!(!raw.windows(12).any(|w| w == b"old.customer"));
    assert!(!raw.windows(10).any(|w| w == b"write to <"));
    // An emptied record no purge vouches for is named.
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute("UPDATE audit SET record = '', purged = 1 WHERE seq = 4", [])
            .unwrap();
    }
    let report = verify_file(&path).unwrap();
    let bad = report.first_bad.unwrap();
    assert_eq!(bad.seq, 4);
    assert!(
        bad.reason.contains("outside a recorded retention purge"),
        "{}",
        bad.reason
    );
    // A second run finds nothing more.
    let again = store
        .purge_expired(
            vec![(vec!["llm.call".to_owned()], future)],
            false,
            receipt(),
        )
        .await
        .unwrap();
    assert_eq!((again.records, again.receipt_seq), (0, None));
}

#[tokio::test]
async fn a_tree_that_does_not_cover_the_records_is_refused_not_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let store = SqliteStore::open(&path).unwrap();
    for i in 0..5 {
        store.append(vec![event(i)]).await.unwrap();
    }
    store.close();
    drop(store);
    // The last record removed behind Warden's back: the tree still has five leaves.
    Connection::open(&path)
        .unwrap()
        .execute("DELETE FROM audit WHERE seq = 5", [])
        .unwrap();
    let Err(e) = SqliteStore::open(&path) else {
        panic!("a truncated log was opened and its tree rebuilt");
    };
    assert!(
        e.to_string().contains("covers 5 records but the log has 4"),
        "{e}"
    );
    // An old database without a tree gets one (and a record saying so).
    Connection::open(&path)
        .unwrap()
        .execute_batch("DELETE FROM merkle")
        .unwrap();
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.tree_head(None).await.unwrap().size, 5);
    let last = store.query_audit(AuditFilter::default()).await.unwrap();
    assert_eq!(
        last.last().unwrap().event.event,
        EventKind::AuditTreeRebuilt
    );
}

/// Verifying in ranges on several threads, or in one pass read in chunks (as on PostgreSQL),
/// gives exactly the report one pass in order gives — for an intact log and for every kind of
/// tampering, wherever it falls relative to the ranges.
#[tokio::test]
async fn verify_in_parallel_ranges_reports_what_one_pass_reports() {
    const N: u64 = 45;
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.db");
    {
        let store = SqliteStore::open(&base).unwrap();
        for i in 0..N {
            store.append(vec![event(i)]).await.unwrap();
        }
        store.close();
    }
    // Each tampering, applied to a fresh copy of the log with record `j` as its target.
    type Tamper = fn(&Connection, i64);
    let tampers: &[(&str, Tamper)] = &[
        ("intact", |_, _| {}),
        ("byte changed", |c, j| {
            c.execute(
                "UPDATE audit SET record = replace(record, 'event', 'evenT') WHERE seq = ?1",
                [j],
            )
            .unwrap();
        }),
        ("rewritten with its hash", |c, j| {
            let text: String = c
                .query_row("SELECT record FROM audit WHERE seq = ?1", [j], |r| r.get(0))
                .unwrap();
            let text = text.replace("event", "evenT");
            c.execute(
                "UPDATE audit SET record = ?1, hash = ?2 WHERE seq = ?3",
                params![text, warden_types::record_hash(&text), j],
            )
            .unwrap();
        }),
        ("rewritten from here on, chain recomputed", |c, j| {
            let rows: Vec<(i64, String)> = c
                .prepare("SELECT seq, record FROM audit WHERE seq >= ?1 ORDER BY seq")
                .unwrap()
                .query_map([j], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            let mut prev: Option<String> = None;
            for (seq, text) in rows {
                let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
                if seq == j {
                    v["description"] = json!("rewritten");
                }
                if let Some(p) = &prev {
                    v["prev_hash"] = json!(p);
                }
                let text = warden_types::canonical_json(&v);
                let hash = warden_types::record_hash(&text);
                c.execute(
                    "UPDATE audit SET record = ?1, hash = ?2 WHERE seq = ?3",
                    params![text, hash, seq],
                )
                .unwrap();
                prev = Some(hash);
            }
        }),
        ("purged but text left", |c, j| {
            c.execute("UPDATE audit SET purged = 1 WHERE seq = ?1", [j])
                .unwrap();
        }),
        ("deleted", |c, j| {
            c.execute("DELETE FROM audit WHERE seq = ?1", [j]).unwrap();
        }),
        ("swapped with the next", |c, j| {
            if j < N as i64 {
                c.execute_batch(&format!(
                    "UPDATE audit SET seq = -1 WHERE seq = {j};
                     UPDATE audit SET seq = {j} WHERE seq = {};
                     UPDATE audit SET seq = {} WHERE seq = -1;",
                    j + 1,
                    j + 1
                ))
                .unwrap();
            }
        }),
        ("index column changed", |c, j| {
            c.execute("UPDATE audit SET agent = 'b' WHERE seq = ?1", [j])
                .unwrap();
        }),
        ("emptied without a purge", |c, j| {
            c.execute(
                "UPDATE audit SET record = '', purged = 1 WHERE seq = ?1",
                [j],
            )
            .unwrap();
        }),
        ("stored leaf changed", |c, j| {
            c.execute(
                "UPDATE merkle SET hash = zeroblob(32) WHERE level = 0 AND idx = ?1",
                [j - 1],
            )
            .unwrap();
        }),
        ("stored inner node changed", |c, j| {
            c.execute(
                "UPDATE merkle SET hash = zeroblob(32) WHERE level = 2 AND idx = ?1",
                [(j - 1) >> 2],
            )
            .unwrap();
        }),
        ("tail truncated", |c, j| {
            c.execute("DELETE FROM audit WHERE seq >= ?1", [j]).unwrap();
        }),
        ("node beyond the tree", |c, _| {
            c.execute(
                "INSERT INTO merkle (level, idx, hash) VALUES (3, 99, zeroblob(32))",
                [],
            )
            .unwrap();
        }),
        ("node at a negative level", |c, _| {
            c.execute(
                "INSERT INTO merkle (level, idx, hash) VALUES (-1, 0, zeroblob(32))",
                [],
            )
            .unwrap();
        }),
        ("record numbered 0", |c, _| {
            c.execute("UPDATE audit SET seq = 0 WHERE seq = 1", [])
                .unwrap();
        }),
    ];
    let sizes = [1, 4, 5, 16, 17, 33, N];
    let one_pass = verify::Plan {
        range_log2: 40,
        threads: 1,
    };
    for (name, tamper) in tampers {
        for j in [1i64, 2, 4, 5, 8, 9, 16, 17, 32, 33, 44, 45] {
            let path = dir.path().join(format!("t-{j}.db"));
            std::fs::copy(&base, &path).unwrap();
            // Whether the tampering touched anything (some targets do not exist at every `j`).
            let applied = {
                let c = Connection::open(&path).unwrap();
                tamper(&c, j);
                c.total_changes() > 0 && !(*name == "swapped with the next" && j == N as i64)
            };
            let open = || open_for_verify(&path);
            let conn = open().unwrap();
            let expected = verify::verify(&conn, &open, &sizes, &mut |_| {}, one_pass).unwrap();
            if *name == "intact" {
                assert!(expected.first_bad.is_none(), "{expected:?}");
                assert_eq!(expected.records, N);
            } else if applied {
                assert!(expected.first_bad.is_some(), "{name} at {j} not found");
            }
            // PostgreSQL's way to run the same checks: one pass, read in chunks.
            for chunk in [1, 2, 5, 4096] {
                let got = crate::verify::one_pass(&mut SqliteConn(&conn), &sizes, chunk).unwrap();
                assert_eq!(
                    got, expected,
                    "{name} at {j}, one pass in chunks of {chunk}"
                );
            }
            for range_log2 in [0, 1, 2, 3, 5] {
                for threads in [1, 2, 3] {
                    let plan = verify::Plan {
                        range_log2,
                        threads,
                    };
                    let got = verify::verify(&conn, &open, &sizes, &mut |_| {}, plan).unwrap();
                    assert_eq!(
                        got, expected,
                        "{name} at {j}, ranges of 2^{range_log2} on {threads} threads"
                    );
                }
            }
            drop(conn);
            std::fs::remove_file(&path).unwrap();
        }
    }
}

/// The WAL stays bounded under a sustained load (the writer empties it past the hard limit
/// before its next commit; without that it reached 30 MB here) and is cut back once the writer
/// is idle.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wal_stays_bounded_and_shrinks_when_idle() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    let wal = dir.path().join("w.db-wal");
    let limits = WalLimits {
        idle: 64 * 1024,
        restart: 256 * 1024,
        hard: 1024 * 1024,
    };
    let store = Arc::new(SqliteStore::open_with(&path, limits).unwrap());
    let biggest = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let mut tasks = Vec::new();
    for t in 0..16u64 {
        let (store, wal, biggest) = (Arc::clone(&store), wal.clone(), Arc::clone(&biggest));
        tasks.push(tokio::spawn(async move {
            for i in 0..250 {
                store.append(vec![event(t * 1000 + i)]).await.unwrap();
                let size = std::fs::metadata(&wal).map_or(0, |m| m.len());
                biggest.fetch_max(size, std::sync::atomic::Ordering::Relaxed);
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let biggest = biggest.load(std::sync::atomic::Ordering::Relaxed);
    // The load did fill the WAL past the hard limit (the bound was needed) ...
    assert!(biggest > limits.hard, "the WAL peaked at {biggest} bytes");
    // ... and no further than one batch past it.
    assert!(
        biggest < limits.hard + 512 * 1024,
        "the WAL peaked at {biggest} bytes"
    );
    // Idle: cut back within a few checkpoint rounds.
    let mut size = u64::MAX;
    for _ in 0..40 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        size = std::fs::metadata(&wal).map_or(0, |m| m.len());
        if size <= limits.idle {
            break;
        }
    }
    assert!(size <= limits.idle, "the idle WAL is still {size} bytes");
    assert_eq!(store.verify_audit().await.unwrap().records, 4000);
}

/// Under a steady load the WAL is restarted once per `restart` bytes appended, not every
/// checkpoint round: the file keeps its high-water size after a restart, and deciding by the
/// file's size restarted it (holding the writer) every round from then on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wal_restarts_once_per_limit_appended_not_every_round() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    let wal = dir.path().join("w.db-wal");
    let limits = WalLimits {
        idle: 64 * 1024 * 1024,
        restart: 1024 * 1024,
        hard: 64 * 1024 * 1024,
    };
    let store = Arc::new(SqliteStore::open_with(&path, limits).unwrap());
    let restarts = |s: &SqliteStore| Backend::wal_checkpoints(s).unwrap()[0].1;
    // A burst grows the file past the limit and gets it restarted at least once.
    let mut n = 0u64;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while restarts(&store) == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the WAL never restarted"
        );
        let batch: Vec<_> = (0..16)
            .map(|i| {
                tokio::spawn({
                    let store = Arc::clone(&store);
                    async move { store.append(vec![event(n * 100 + i)]).await.unwrap() }
                })
            })
            .collect();
        for t in batch {
            t.await.unwrap();
        }
        n += 1;
    }
    assert!(std::fs::metadata(&wal).unwrap().len() > limits.restart);
    // Then a trickle that appends far less than the limit over six rounds.
    let before = restarts(&store);
    for i in 0..30u64 {
        store.append(vec![event(1_000_000 + i)]).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let during = restarts(&store) - before;
    assert!(
        during <= 1,
        "{during} restarts for a trickle of 30 small writes"
    );
    assert!(store.verify_audit().await.unwrap().records > 30);
}
