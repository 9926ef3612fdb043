//! The PostgreSQL audit log against the machine's PostgreSQL (`WARDEN_TEST_POSTGRES`, default
//! `host=127.0.0.1 user=postgres dbname=test`), each test in a schema of its own.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs,
    reason = "tests"
)]

use std::sync::Arc;

use warden_store::{PgStore, StateStore, Store, StoredCheckpoint};
use warden_types::{AuditEvent, EventKind, Outcome};

fn base() -> String {
    std::env::var("WARDEN_TEST_POSTGRES")
        .unwrap_or_else(|_| "host=127.0.0.1 user=postgres dbname=test".into())
}

/// A fresh schema; returns the connection string that uses it.
/// Runs `f` with a plain client, on a thread of its own (the blocking client cannot run on
/// the test's runtime).
fn with_client<R: Send + 'static>(
    url: String,
    f: impl FnOnce(&mut postgres::Client) -> R + Send + 'static,
) -> R {
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&url, postgres::NoTls)
            .expect("the PostgreSQL tests need a server (.ci/run starts the local one)");
        f(&mut c)
    })
    .join()
    .unwrap()
}

fn schema() -> String {
    let name = format!(
        "warden_t{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    let create = format!("CREATE SCHEMA {name}");
    with_client(base(), move |c| c.batch_execute(&create).unwrap());
    format!("{} options='-c search_path={name}'", base())
}

fn event(who: &str, n: u64) -> AuditEvent {
    let mut e = AuditEvent::new(
        EventKind::ActionReceived,
        Outcome::Received,
        format!("{who} {n}"),
    );
    e.agent = Some(who.into());
    e.tool = Some("t".into());
    e.input = serde_json::json!({"n": n});
    e
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_writers_share_one_verifiable_sequence() {
    let url = schema();
    // Two stores, two sets of connections: as two Warden processes would have.
    let a = Arc::new(PgStore::connect(&url).unwrap());
    let b = Arc::new(PgStore::connect(&url).unwrap());
    let mut tasks = Vec::new();
    for (name, store) in [("a", a.clone()), ("b", b.clone())] {
        for t in 0..4u64 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                let mut seqs = Vec::new();
                for i in 0..50u64 {
                    seqs.extend(store.append(vec![event(name, t * 100 + i)]).await.unwrap());
                }
                seqs
            }));
        }
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all.sort_unstable();
    assert_eq!(all, (1..=400).collect::<Vec<u64>>(), "one gapless sequence");

    let report = a.verify_audit().await.unwrap();
    assert!(report.first_bad.is_none(), "{:?}", report.first_bad);
    assert_eq!(report.records, 400);
    // Both see the same tree, and its proofs verify.
    let head = a.tree_head(None).await.unwrap();
    assert_eq!(head, b.tree_head(None).await.unwrap());
    assert_eq!(head.root, report.root);
    let root = warden_merkle::from_hex(&head.root).unwrap();
    for seq in [1, 57, 200, 399, 400] {
        let p = b.inclusion_proof(seq, None).await.unwrap();
        let proof: Vec<_> = p
            .proof
            .iter()
            .map(|h| warden_merkle::from_hex(h).unwrap())
            .collect();
        assert!(warden_merkle::verify_inclusion(
            seq - 1,
            400,
            &warden_merkle::from_hex(&p.leaf_hash).unwrap(),
            &proof,
            &root
        ));
    }
    let old = a.tree_head(Some(123)).await.unwrap();
    let c = a.consistency_proof(123, None).await.unwrap();
    let proof: Vec<_> = c
        .proof
        .iter()
        .map(|h| warden_merkle::from_hex(h).unwrap())
        .collect();
    assert!(warden_merkle::verify_consistency(
        123,
        400,
        &warden_merkle::from_hex(&old.root).unwrap(),
        &root,
        &proof
    ));
    assert!(a.inclusion_proof(401, None).await.is_err());

    // Checkpoints are kept and logged in the same sequence.
    b.add_checkpoint(
        StoredCheckpoint {
            size: 400,
            root: head.root.clone(),
            ts: "2026-11-21T00:00:00Z".into(),
            note: "note".into(),
        },
        AuditEvent::new(EventKind::AuditCheckpoint, Outcome::Success, "cp"),
    )
    .await
    .unwrap();
    assert_eq!(a.checkpoints().await.unwrap()[0].size, 400);
    let records = a
        .query_audit(warden_store::AuditFilter {
            event: Some("audit.checkpoint".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(records[0].seq, 401);
    assert_eq!(a.audit_after(398, 10).await.unwrap().len(), 3);

    // The subject vault: kept encrypted, located, exported, erased; the log still verifies.
    let mut e = event("a", 0);
    e.input = serde_json::json!({"to": "<EMAIL_1>", "note": "for <NAME_1>"});
    e.personal = vec![
        warden_types::PersonalValue {
            field: "input",
            placeholder: "<EMAIL_1>".into(),
            label: "EMAIL",
            value: "Ann.Lee@example.com".into(),
        },
        warden_types::PersonalValue {
            field: "input",
            placeholder: "<NAME_1>".into(),
            label: "NAME",
            value: "Ann Lee".into(),
        },
    ];
    let seq = a.append(vec![e]).await.unwrap()[0];
    let located = b
        .locate_subjects(vec!["ann.lee@example.com".into()])
        .await
        .unwrap();
    assert_eq!(located.records.len(), 1);
    assert_eq!(located.records[0].seq, seq);
    let (_, exported) = b
        .export_subjects(vec!["ann.lee@example.com".into()])
        .await
        .unwrap();
    assert_eq!(exported[0]["input"]["note"], "for Ann Lee");
    let erased = a
        .erase_subjects(
            vec!["ANN.LEE@example.com".into()],
            Box::new(|d: &warden_store::Erasure| {
                let mut e = AuditEvent::new(EventKind::SubjectErased, Outcome::Success, "erased");
                e.output = serde_json::json!({"values": d.values});
                e
            }),
        )
        .await
        .unwrap();
    assert_eq!(erased.values, 2);
    assert!(
        b.locate_subjects(vec!["ann.lee@example.com".into()])
            .await
            .unwrap()
            .records
            .is_empty()
    );
    // Purged payloads keep the log verifiable.
    let future =
        warden_types::Timestamp(warden_types::Timestamp::now().0 + 3_600_000_000).to_rfc3339();
    let purged = b
        .purge_expired(
            vec![(vec!["audit.checkpoint".to_owned()], future)],
            false,
            Box::new(|p: &warden_store::Purged| {
                let mut e = AuditEvent::new(EventKind::AuditPurged, Outcome::Success, "purged");
                e.output = serde_json::json!({"records": p.records});
                e
            }),
        )
        .await
        .unwrap();
    assert_eq!(purged.records, 1);
    let report = a.verify_audit().await.unwrap();
    assert!(report.first_bad.is_none(), "{:?}", report.first_bad);

    // An edit behind Warden's back is named.
    with_client(url.clone(), |c| {
        c.execute(
            "UPDATE audit SET record = replace(record, '\"ts\":\"2', '\"ts\":\"1') WHERE seq = 60",
            &[],
        )
        .unwrap()
    });
    let report = b.verify_audit().await.unwrap();
    let bad = report.first_bad.expect("tampering is found");
    assert_eq!(bad.seq, 60, "{bad:?}");
    // An inner node of the tree changed (the records intact): proofs would lie; verify says so.
    with_client(url.clone(), |c| {
        c.execute(
            "UPDATE audit SET record = replace(record, '\"ts\":\"1', '\"ts\":\"2') WHERE seq = 60",
            &[],
        )
        .unwrap();
        c.execute(
            "UPDATE merkle SET hash = decode(repeat('00', 32), 'hex') WHERE level = 2 AND idx = 7",
            &[],
        )
        .unwrap()
    });
    let report = b.verify_audit().await.unwrap();
    let bad = report.first_bad.expect("a changed inner node is found");
    assert!(bad.reason.contains("Merkle tree"), "{bad:?}");
    drop((a, b));
    let schema = url
        .split("search_path=")
        .nth(1)
        .unwrap()
        .trim_end_matches('\'')
        .to_owned();
    with_client(base(), move |c| {
        c.batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
            .unwrap()
    });
}

fn approval(id: &str, agent: &str) -> warden_types::Approval {
    use serde_json::json;
    warden_types::Approval {
        action: warden_types::Action {
            id: id.into(),
            agent: agent.into(),
            session: "s".into(),
            tool: "t".into(),
            arguments: json!({"amount": 5}),
        },
        args_hash: warden_types::arguments_hash(&json!({"amount": 5})),
        requirements: vec![warden_types::Requirement {
            groups: vec!["g".into()],
            policies: vec!["p".into()],
            approvers: 1,
        }],
        policies: vec!["p".into()],
        state: warden_types::ApprovalState::Pending,
        created_at: warden_types::Timestamp::now(),
        expires_at: warden_types::Timestamp::now().plus_seconds(3600),
        votes: vec![],
        result: None,
        token: None,
        request_hash: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gateways_state_lives_in_postgres_with_its_audit_events() {
    use warden_store::{Cas, Halt, TokenRecord};
    use warden_types::{ApprovalState, Timestamp};
    let url = schema();
    let store = PgStore::connect(&url).unwrap();
    // Tokens.
    store
        .insert_token(
            TokenRecord {
                id: "t1".into(),
                kind: warden_types::TokenKind::Agent,
                subject: "bot".into(),
                hash: vec![1, 2, 3],
                admin: false,
                created_at: Timestamp::now(),
                expires_at: None,
                revoked_at: None,
            },
            event("admin", 1),
        )
        .await
        .unwrap();
    assert_eq!(store.tokens().await.unwrap()[0].hash, vec![1, 2, 3]);
    assert_eq!(
        store
            .revoke_token(
                "t1",
                Timestamp::now(),
                event("admin", 2),
                None,
                Box::new(|_| None)
            )
            .await
            .unwrap(),
        Some(Vec::new())
    );
    assert_eq!(
        store
            .revoke_token(
                "t1",
                Timestamp::now(),
                event("admin", 3),
                None,
                Box::new(|_| None)
            )
            .await
            .unwrap(),
        None
    );
    // Approvals: compare-and-set, and a halt cancels the pending ones.
    store
        .create_approval(approval("x1", "a"), vec![event("a", 4)])
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
            .update_approval(a.clone(), ApprovalState::Pending, vec![])
            .await
            .unwrap(),
        Cas::Applied
    );
    assert_eq!(
        store
            .update_approval(a, ApprovalState::Pending, vec![])
            .await
            .unwrap(),
        Cas::Conflict
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
    assert_eq!(cancelled, vec!["x2".to_owned()]);
    assert_eq!(
        store
            .approvals(Some(ApprovalState::Cancelled), None, 10)
            .await
            .unwrap()
            .len(),
        1
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
    // Session labels only grow.
    store
        .add_session_labels("a", "s", ["pii".to_owned()].into(), vec![])
        .await
        .unwrap();
    store
        .add_session_labels("a", "s", ["untrusted".to_owned()].into(), vec![])
        .await
        .unwrap();
    assert_eq!(store.session_labels("a", "s").await.unwrap().len(), 2);
    // The vault's verifier is written once.
    let first = store
        .init_vault_verifier(serde_json::json!({"v": 1}))
        .await
        .unwrap();
    let second = store
        .init_vault_verifier(serde_json::json!({"v": 2}))
        .await
        .unwrap();
    assert_eq!(first, second);
    // Stream cursors.
    assert_eq!(store.stream_cursor("siem".into()).await.unwrap(), 0);
    store.set_stream_cursor("siem".into(), 5).await.unwrap();
    store.set_stream_cursor("siem".into(), 9).await.unwrap();
    assert_eq!(store.stream_cursor("siem".into()).await.unwrap(), 9);
    // Stream leases: one owner at a time, renewed by its owner, taken over once it lapses (by
    // the database's clock).
    let lease = |owner: &str, ms| {
        store.lease_stream(
            "siem".into(),
            owner.into(),
            std::time::Duration::from_millis(ms),
        )
    };
    assert!(lease("a", 60_000).await.unwrap());
    assert!(!lease("b", 60_000).await.unwrap());
    assert!(lease("a", 200).await.unwrap());
    assert!(!lease("b", 60_000).await.unwrap());
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(lease("b", 60_000).await.unwrap());
    assert!(!lease("a", 60_000).await.unwrap());
    // Every state change is in the log, and the log verifies.
    let report = store.verify_audit().await.unwrap();
    assert!(report.first_bad.is_none(), "{:?}", report.first_bad);
    // token, revoke, approval, halt, cancel, resume.
    assert_eq!(report.records, 6);
    drop(store);
    let schema = url
        .split("search_path=")
        .nth(1)
        .unwrap()
        .trim_end_matches('\'')
        .to_owned();
    with_client(base(), move |c| {
        c.batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
            .unwrap()
    });
}

/// PostgreSQL ends every session of the store (as on a server restart or a failover): the
/// writer, the readers and the change listener reconnect, and no request after that fails.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconnects_after_its_sessions_are_ended() {
    let name = format!(
        "warden_reconnect_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    let url = format!("{} application_name={name}", schema());
    let store = PgStore::connect(&url).unwrap();
    let mut feed = store.changes().unwrap();
    store.append(vec![event("a", 1)]).await.unwrap();
    assert_eq!(store.tree_head(None).await.unwrap().size, 1);
    // Drain what the listener sent on start.
    while feed.try_recv().is_ok() {}

    // End every session of this store, and wait until they are gone.
    let sessions = |name: String| -> Vec<i32> {
        with_client(base(), move |c| {
            c.query(
                "SELECT pid FROM pg_stat_activity WHERE application_name = $1",
                &[&name],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect()
        })
    };
    let pids = sessions(name.clone());
    assert!(
        pids.len() >= 4,
        "the writer, 2 readers and the listener: {pids:?}"
    );
    let ended = pids.clone();
    with_client(base(), move |c| {
        for pid in &ended {
            c.execute("SELECT pg_terminate_backend($1)", &[pid])
                .unwrap();
        }
        for _ in 0..100 {
            let left: i64 = c
                .query_one(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ANY($1)",
                    &[&ended],
                )
                .unwrap()
                .get(0);
            if left == 0 {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("the sessions did not end");
    });

    // Every reader (round robin) and the writer work on their first try.
    for n in 2..=9 {
        store.append(vec![event("a", n)]).await.unwrap();
        assert_eq!(store.tree_head(None).await.unwrap().size, n);
    }
    let report = store.verify_audit().await.unwrap();
    assert!(report.first_bad.is_none(), "{report:?}");
    assert_eq!(report.records, 9);
    // The listener came back and asked for a full reload (notifications meanwhile are lost).
    let change = tokio::time::timeout(std::time::Duration::from_secs(10), feed.recv())
        .await
        .expect("the listener reconnects")
        .unwrap();
    assert_eq!(change, warden_store::Change::All);
    // Its sessions are new ones.
    let now = sessions(name);
    assert!(
        now.len() >= 4 && now.iter().all(|p| !pids.contains(p)),
        "{now:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_claim_is_made_once_across_writers() {
    let url = schema();
    let a = Arc::new(PgStore::connect(&url).unwrap());
    let b = Arc::new(PgStore::connect(&url).unwrap());
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..16 {
        let store = if i % 2 == 0 { a.clone() } else { b.clone() };
        tasks.spawn(async move {
            store
                .append_once("decision.reviewed:con_1", vec![event("reviewer", i)])
                .await
                .unwrap()
        });
    }
    let mut made = 0;
    while let Some(r) = tasks.join_next().await {
        made += usize::from(r.unwrap());
    }
    assert_eq!(made, 1);
    // Exactly one event written; another key is its own claim.
    let all = a.query_audit(Default::default()).await.unwrap();
    assert_eq!(all.len(), 1);
    assert!(b.append_once("other", vec![event("x", 0)]).await.unwrap());
    assert!(b.verify_audit().await.unwrap().first_bad.is_none());
}
