//! The verifiable audit log: signed checkpoints, proofs checked by the CLI, and
//! `audit verify --against` catching a history rewritten by someone with write access to the
//! database (records altered and the chain recomputed, deleted, reordered, truncated).

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use warden_types::{GENESIS_HASH, canonical_json, record_hash};

use crate::harness::{Server, run_cli, spawn_serve};

async fn some_actions(s: &Server, token: &str, n: usize, tag: &str) {
    for i in 0..n {
        let (st, v) = s
            .act(
                token,
                "repo.create_issue",
                json!({"repo": "r", "title": format!("{tag}{i}")}),
                "d",
            )
            .await;
        assert_eq!(st, 200, "{v}");
    }
}

/// `warden audit checkpoint --out FILE` against the server; returns the size it covers.
fn checkpoint(s: &Server, out: &Path) -> u64 {
    let env = [
        ("WARDEN_ADDR", s.base.as_str()),
        ("WARDEN_TOKEN", s.admin.as_str()),
    ];
    let (code, stdout, stderr) = run_cli(
        &["audit", "checkpoint", "--out", out.to_str().unwrap()],
        &env,
    );
    assert_eq!(code, 0, "{stdout}{stderr}");
    // A C2SP checkpoint: origin, size, base64 root, blank line, signature.
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines.len() >= 5, "{stdout}");
    assert!(lines[3].is_empty() || lines[4].is_empty(), "{stdout}");
    assert!(stdout.contains("\n— "), "not a signed note: {stdout}");
    let size: u64 = lines[1].parse().unwrap();
    assert_eq!(std::fs::read_to_string(out).unwrap(), stdout);
    size
}

/// Rewrites the audit table as an attacker with write access to the file would: `edit` changes
/// the list of record JSON objects, then every record is renumbered, re-chained and re-hashed,
/// and the Merkle tree is rebuilt from the forged records.
pub(crate) fn forge(db: &Path, edit: impl FnOnce(&mut Vec<Value>)) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut records: Vec<Value> = {
        let mut st = conn
            .prepare("SELECT record FROM audit ORDER BY seq")
            .unwrap();
        st.query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(|t| serde_json::from_str(&t.unwrap()).unwrap())
            .collect()
    };
    edit(&mut records);
    conn.execute("DELETE FROM audit", []).unwrap();
    let mut prev = GENESIS_HASH.to_owned();
    for (i, r) in records.iter_mut().enumerate() {
        r["seq"] = json!(i + 1);
        r["prev_hash"] = json!(prev);
        let text = canonical_json(r);
        let hash = record_hash(&text);
        conn.execute(
            "INSERT INTO audit (seq, ts, event, agent, tool, outcome, action_id, session, record, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            rusqlite::params![
                i as i64 + 1,
                r["ts"].as_str(),
                r["event"].as_str(),
                r["agent"].as_str(),
                r["tool"].as_str(),
                r["outcome"].as_str(),
                r["action_id"].as_str(),
                r["session"].as_str(),
                text,
                hash
            ],
        )
        .unwrap();
        prev = hash;
    }
    // A careful forger rebuilds the Merkle tree over the forged records too (left to Warden,
    // the rebuild would be on record as `audit.tree_rebuilt`).
    conn.execute("DELETE FROM merkle", []).unwrap();
    let mut frontier = warden_merkle::Frontier::new();
    let hashes: Vec<String> = conn
        .prepare("SELECT hash FROM audit ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for h in hashes {
        let leaf = warden_store::record_leaf(&warden_merkle::from_hex(&h).unwrap());
        for (level, idx, node) in frontier.push(leaf) {
            conn.execute(
                "INSERT INTO merkle (level, idx, hash) VALUES (?1, ?2, ?3)",
                rusqlite::params![level, idx as i64, node.as_slice()],
            )
            .unwrap();
        }
    }
    drop(conn);
    drop(warden_store::SqliteStore::open(db).unwrap());
}

/// A consistent copy of the (stopped) server's database, next to it.
pub(crate) fn copy_db(src: &Path, name: &str) -> PathBuf {
    let dst = src.with_file_name(name);
    let conn = rusqlite::Connection::open(src).unwrap();
    conn.execute("VACUUM INTO ?1", [dst.to_str().unwrap()])
        .unwrap();
    dst
}

fn verify_db(db: &Path, cps: &[&Path]) -> (i32, String) {
    let mut args = vec!["audit", "verify", "--db", db.to_str().unwrap()];
    for c in cps {
        args.extend(["--against", c.to_str().unwrap()]);
    }
    let (code, out, err) = run_cli(&args, &[]);
    (code, format!("{out}{err}"))
}

/// The index of the first record (0-based) after `after` whose event is an action's result,
/// i.e. an ordinary record in the middle of the log.
fn action_record(records: &[Value], after: usize) -> usize {
    records
        .iter()
        .enumerate()
        .skip(after)
        .find(|(_, r)| r["event"] == "action.executed" || r["tool"].is_string())
        .map(|(i, _)| i)
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checkpoints_and_proofs_catch_any_rewritten_history() {
    let mut s = Server::start().await;
    let dev = s.token("agent", "dev-bot").await;
    let env = [
        ("WARDEN_ADDR", s.base.as_str()),
        ("WARDEN_TOKEN", s.admin.as_str()),
    ];
    let data = s.db.parent().unwrap().to_path_buf();
    let key = data.join("audit-signing.key.pub");
    let outside = tempfile::tempdir().unwrap();

    some_actions(&s, &dev, 4, "a").await;
    let cp1 = outside.path().join("one.checkpoint");
    let a = checkpoint(&s, &cp1);
    some_actions(&s, &dev, 4, "b").await;
    let cp2 = outside.path().join("two.checkpoint");
    let b = checkpoint(&s, &cp2);
    assert!(a >= 8 && b >= a + 8, "{a} {b}");
    // The signing key was made on first use, private to the owner, with its public half beside it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(data.join("audit-signing.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "signing key mode {mode:o}");
    }
    // Published to the directory too.
    assert!(data.join(format!("checkpoints/{b}.checkpoint")).exists());
    assert_eq!(
        std::fs::read_to_string(data.join("checkpoints/latest.checkpoint")).unwrap(),
        std::fs::read_to_string(&cp2).unwrap()
    );

    // Proofs, checked by the CLI itself.
    let (code, out, err) = run_cli(
        &["audit", "proof", "inclusion", "3", "--size", &a.to_string()],
        &env,
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("ok: record 3 (hash "), "{out}");
    assert!(out.contains(") is in the log of"), "{out}");
    let (code, out, err) = run_cli(
        &[
            "audit",
            "proof",
            "consistency",
            &a.to_string(),
            &b.to_string(),
            "--json",
        ],
        &env,
    );
    assert_eq!(code, 0, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["verified"], true);
    assert_eq!(v["proof"]["old"], a);
    // Against a signed checkpoint (what convinces someone who does not trust the server); the
    // checkpoint's size is the tree's, so a different --size is refused.
    let (code, out, err) = run_cli(
        &[
            "audit",
            "proof",
            "inclusion",
            "3",
            "--against",
            cp1.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ],
        &env,
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains(&format!("in the checkpointed log of {a} records")),
        "{out}"
    );
    let (code, _, err) = run_cli(
        &[
            "audit",
            "proof",
            "inclusion",
            "3",
            "--size",
            "5",
            "--against",
            cp1.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ],
        &env,
    );
    assert_ne!(code, 0);
    assert!(err.contains("disagree"), "{err}");
    // Out of range: a clear error, not a proof.
    let (code, out, err) = run_cli(&["audit", "proof", "inclusion", "999999"], &env);
    assert_ne!(code, 0, "{out}");
    assert!(err.contains("not in a log"), "{err}");

    // The untouched log, online and offline.
    let (code, out, err) = run_cli(
        &[
            "audit",
            "verify",
            "--against",
            cp1.to_str().unwrap(),
            "--against",
            cp2.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ],
        &env,
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("consistent with 2 checkpoint(s)"), "{out}");
    // Online verification needs a key from outside the server.
    let (code, _, err) = run_cli(
        &["audit", "verify", "--against", cp1.to_str().unwrap()],
        &env,
    );
    assert_ne!(code, 0);
    assert!(err.contains("--key"), "{err}");

    some_actions(&s, &dev, 2, "c").await;
    s.child.kill().unwrap();
    s.child.wait().unwrap();

    let clean = copy_db(&s.db, "clean.db");
    let (code, out) = verify_db(&clean, &[&cp1, &cp2]);
    assert_eq!(code, 0, "{out}");
    // A checkpoint signed by someone else's key is refused.
    let other_key = outside.path().join("other.pub");
    std::fs::write(
        &other_key,
        "groupany.example/warden-audit+00000000+AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghi=\n",
    )
    .unwrap();
    let (code, out, err) = run_cli(
        &[
            "audit",
            "verify",
            "--db",
            clean.to_str().unwrap(),
            "--against",
            cp1.to_str().unwrap(),
            "--key",
            other_key.to_str().unwrap(),
        ],
        &[],
    );
    assert_ne!(code, 0, "{out}");
    assert_ne!(code, 6, "a bad key is not tampering: {out}{err}");

    // 1. One record before the first checkpoint altered, the chain recomputed: the first
    //    checkpoint no longer matches, and the change is placed in records 1..a.
    let db = copy_db(&s.db, "altered-early.db");
    forge(&db, |r| {
        let i = action_record(r, 2);
        r[i]["description"] = json!("nothing to see here");
    });
    let (code, out) = verify_db(&db, &[&cp1, &cp2]);
    assert_eq!(code, 6, "{out}");
    assert!(
        out.contains(&format!("change is in records 1..{a}")),
        "{out}"
    );

    // 2. One record between the checkpoints altered: the first still matches, so the change is
    //    named as records a+1..b.
    let db = copy_db(&s.db, "altered-late.db");
    forge(&db, |r| {
        let i = action_record(r, a as usize);
        r[i]["outcome"] = json!("denied");
    });
    let (code, out) = verify_db(&db, &[&cp1, &cp2]);
    assert_eq!(code, 6, "{out}");
    assert!(
        out.contains(&format!("checkpoint of {a} records")) && out.contains("✓"),
        "{out}"
    );
    assert!(
        out.contains(&format!("change is in records {}..{b}", a + 1)),
        "{out}"
    );

    // 3. One record deleted and the rest renumbered.
    let db = copy_db(&s.db, "deleted.db");
    forge(&db, |r| {
        let i = action_record(r, a as usize);
        r.remove(i);
    });
    let (code, out) = verify_db(&db, &[&cp1, &cp2]);
    assert_eq!(code, 6, "{out}");
    assert!(
        out.contains(&format!("change is in records {}..{b}", a + 1)),
        "{out}"
    );

    // 4. Two records swapped.
    let db = copy_db(&s.db, "reordered.db");
    forge(&db, |r| r.swap(1, 2));
    let (code, out) = verify_db(&db, &[&cp1, &cp2]);
    assert_eq!(code, 6, "{out}");
    assert!(
        out.contains(&format!("change is in records 1..{a}")),
        "{out}"
    );

    // 5. The tail cut off (the chain of what is left is intact).
    let db = copy_db(&s.db, "truncated.db");
    forge(&db, |r| r.truncate(a as usize + 2));
    let (code, out) = verify_db(&db, &[]);
    assert_eq!(
        code, 0,
        "without a checkpoint a truncation is invisible: {out}"
    );
    let (code, out) = verify_db(&db, &[&cp1, &cp2]);
    assert_eq!(code, 6, "{out}");
    assert!(
        out.contains(&format!(
            "the log was truncated: it has {} records, the checkpoint covers {b}",
            a + 2
        )),
        "{out}"
    );

    // 6. A record altered in place without re-chaining is named exactly.
    let db = copy_db(&s.db, "edited.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute(
            "UPDATE audit SET record = replace(record, '\"ts\":\"2', '\"ts\":\"1') WHERE seq = ?1",
            [a as i64 + 3],
        )
        .unwrap();
    }
    let (code, out) = verify_db(&db, &[&cp1, &cp2]);
    assert_eq!(code, 6, "{out}");
    assert!(
        out.contains(&format!("the chain breaks at record {}", a + 3)),
        "{out}"
    );
    // On one thread (`--threads 1`) the report is the same.
    let (code1, out1, err1) = run_cli(
        &[
            "audit",
            "verify",
            "--db",
            db.to_str().unwrap(),
            "--threads",
            "1",
            "--against",
            cp1.to_str().unwrap(),
            "--against",
            cp2.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!((code1, format!("{out1}{err1}")), (code, out.clone()));
    let (code, _, err) = run_cli(
        &[
            "audit",
            "verify",
            "--db",
            db.to_str().unwrap(),
            "--threads",
            "0",
        ],
        &[],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        out.contains(&format!("change is in records {}..{b}", a + 1)),
        "{out}"
    );

    // 7. The Merkle table altered (the records are fine): proofs would lie, verify says so.
    let db = copy_db(&s.db, "tree.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute(
            "UPDATE merkle SET hash = zeroblob(32) WHERE level = 0 AND idx = 4",
            [],
        )
        .unwrap();
    }
    let (code, out, _) = run_cli(&["audit", "verify", "--db", db.to_str().unwrap()], &[]);
    assert_eq!(code, 6, "{out}");
    assert!(
        out.contains("record 5 does not match") && out.contains("Merkle"),
        "{out}"
    );

    // Online: Warden started on the forged database rebuilds its tree from the forged records,
    // and cannot prove that they extend what was checkpointed.
    let forged = copy_db(&s.db, "online.db");
    forge(&forged, |r| {
        let i = action_record(r, a as usize);
        r[i]["description"] = json!("rewritten");
    });
    let log = data.join("online.log");
    // It does not verify at start: with `on_tamper = "deny"` it serves the admin API (and
    // refuses every action), so its proofs can be asked for.
    let deny = s.config.with_file_name("deny.toml");
    std::fs::write(
        &deny,
        std::fs::read_to_string(&s.config).unwrap() + "\n[audit]\non_tamper = \"deny\"\n",
    )
    .unwrap();
    let (mut child, base) = spawn_serve(&deny, &forged, &log, &s.upstream_url);
    let env = [
        ("WARDEN_ADDR", base.as_str()),
        ("WARDEN_TOKEN", s.admin.as_str()),
    ];
    let (code, out, err) = run_cli(
        &[
            "audit",
            "verify",
            "--against",
            cp1.to_str().unwrap(),
            "--against",
            cp2.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
            "--json",
        ],
        &env,
    );
    // Proofs from the forged server: consistent with its own tree head, but not with the
    // checkpoint that covers the change; the first checkpoint still holds.
    let cli = |args: &[&str]| run_cli(args, &env);
    let (k, c1, c2) = (
        key.to_str().unwrap(),
        cp1.to_str().unwrap(),
        cp2.to_str().unwrap(),
    );
    let b_s = b.to_string();
    let own = cli(&["audit", "proof", "inclusion", &b_s, "--size", &b_s]);
    let inc_cp2 = cli(&[
        "audit",
        "proof",
        "inclusion",
        &b_s,
        "--against",
        c2,
        "--key",
        k,
    ]);
    let inc_cp1 = cli(&[
        "audit",
        "proof",
        "inclusion",
        "2",
        "--against",
        c1,
        "--key",
        k,
    ]);
    let con_cp1 = cli(&["audit", "proof", "consistency", "--against", c1, "--key", k]);
    let con_cp2 = cli(&["audit", "proof", "consistency", "--against", c2, "--key", k]);
    let no_key = cli(&["audit", "proof", "inclusion", "2", "--against", c1]);
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(own.0, 0, "the forged server agrees with itself: {own:?}");
    assert_eq!(inc_cp2.0, 6, "{inc_cp2:?}");
    assert!(inc_cp2.1.starts_with("TAMPERED"), "{inc_cp2:?}");
    assert_eq!(inc_cp1.0, 0, "{inc_cp1:?}");
    assert!(inc_cp1.1.contains("in the checkpointed log"), "{inc_cp1:?}");
    assert_eq!(con_cp1.0, 0, "{con_cp1:?}");
    assert_eq!(con_cp2.0, 6, "{con_cp2:?}");
    assert!(con_cp2.1.starts_with("TAMPERED"), "{con_cp2:?}");
    assert_ne!(no_key.0, 0);
    assert!(no_key.2.contains("--key"), "{no_key:?}");
    assert_eq!(code, 6, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["chain_first_bad"],
        Value::Null,
        "the forged chain itself is consistent"
    );
    assert_eq!(v["checkpoints"][0]["matches"], true);
    assert_eq!(v["checkpoints"][1]["matches"], false);
    assert_eq!(v["unchanged_through"], a);
}

/// An external witness: remembers every checkpoint POSTed to it.
async fn witness() -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/witness", listener.local_addr().unwrap());
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let mut reader = tokio::io::BufReader::new(stream);
            let mut line = String::new();
            reader.read_line(&mut line).await.unwrap();
            let mut len = 0usize;
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).await.unwrap();
                let h = h.trim_end();
                if h.is_empty() {
                    break;
                }
                if let Some((k, v)) = h.split_once(':')
                    && k.eq_ignore_ascii_case("content-length")
                {
                    len = v.trim().parse().unwrap();
                }
            }
            let mut body = vec![0; len];
            reader.read_exact(&mut body).await.unwrap();
            record
                .lock()
                .unwrap()
                .push(String::from_utf8(body).unwrap());
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checkpoints_are_made_periodically_and_sent_to_a_witness() {
    let (url, seen) = witness().await;
    let s = Server::start_with(|t| {
        format!("{t}\n[audit]\norigin = \"test.example/audit\"\ncheckpoint_every = \"1s\"\npublish_url = \"{url}\"\n")
    })
    .await;
    let dev = s.token("agent", "dev-bot").await;
    some_actions(&s, &dev, 2, "p").await;
    let mut notes = Vec::new();
    for _ in 0..100 {
        notes = seen.lock().unwrap().clone();
        if !notes.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(!notes.is_empty(), "no checkpoint reached the witness");
    let key = std::fs::read_to_string(s.db.with_file_name("audit-signing.key.pub")).unwrap();
    assert!(key.starts_with("test.example/audit+"), "{key}");
    let verifier = warden_merkle::NoteVerifier::parse(&key).unwrap();
    let cp = warden_merkle::Checkpoint::verify(&notes[0], &verifier).unwrap();
    assert_eq!(cp.origin, "test.example/audit");
    assert!(cp.size >= 6, "{}", cp.size);
    // The same checkpoint is kept by Warden, recorded in the log, and in the publish directory.
    let (st, v) = s
        .request(&s.admin, "GET", "/v1/admin/audit/checkpoints", None)
        .await;
    assert_eq!(st, 200);
    assert_eq!(v["checkpoints"][0]["note"], notes[0]);
    assert_eq!(v["key"].as_str().unwrap(), key.trim_end());
    let records = s.audit("event=audit.checkpoint").await;
    assert_eq!(records[0]["output"]["size"], cp.size);
    assert_eq!(records[0]["actor"], "warden");
    // Quiet log, no new checkpoints (the checkpoint's own record does not count as growth).
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    let before = seen.lock().unwrap().len();
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    assert_eq!(seen.lock().unwrap().len(), before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_past_retention_are_purged_and_the_log_still_verifies() {
    let mut s = Server::start_with(|t| {
        format!("{t}\n[audit.retention]\ndefault = \"2y\"\nclasses = {{ llm = \"200d\" }}\n")
    })
    .await;
    // A retention below PCI DSS's floor is allowed, with a warning.
    let (code, out, _) = run_cli(&["check", "config", s.config.to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("warning: audit.retention: class `llm` keeps records 200 days, below PCI DSS"),
        "{out}"
    );
    let dev = s.token("agent", "dev-bot").await;
    some_actions(&s, &dev, 3, "old").await;
    let env = [
        ("WARDEN_ADDR", s.base.as_str()),
        ("WARDEN_TOKEN", s.admin.as_str()),
    ];
    let cp = tempfile::tempdir().unwrap();
    let cp_file = cp.path().join("before.checkpoint");
    let size = checkpoint(&s, &cp_file);
    let (code, out, _) = run_cli(&["audit", "purge", "--dry-run"], &env);
    assert_eq!(code, 0);
    assert!(out.starts_with("would purge 0 record(s)"), "{out}");
    assert!(out.contains("llm      kept 200 days"), "{out}");

    // Three years pass for the first actions (their time, as the index has it).
    s.child.kill().unwrap();
    s.child.wait().unwrap();
    {
        let conn = rusqlite::Connection::open(&s.db).unwrap();
        let n = conn
            .execute(
                "UPDATE audit SET ts = '2023-01-01T00:00:00.000000Z' WHERE event LIKE 'action.%'",
                [],
            )
            .unwrap();
        assert!(n >= 6);
    }
    // Rewriting the index's time is itself tampering (it would let retention purge records
    // early), and `serve` notices at start; the test plays the clock this way, so it restarts
    // with `on_tamper = "deny"` (the admin API serves; the purge makes the log verify again).
    let deny = s.config.with_file_name("deny.toml");
    std::fs::write(
        &deny,
        std::fs::read_to_string(&s.config).unwrap() + "\n[audit]\non_tamper = \"deny\"\n",
    )
    .unwrap();
    let log = s.db.with_file_name("restart.log");
    let (child, base) = crate::harness::spawn_serve(&deny, &s.db, &log, &s.upstream_url);
    s.child = child;
    s.base = base;
    let env = [
        ("WARDEN_ADDR", s.base.as_str()),
        ("WARDEN_TOKEN", s.admin.as_str()),
    ];
    let (code, out, err) = run_cli(&["audit", "purge"], &env);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("purged "), "{out}");
    let purged: u64 = out.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(purged >= 6, "{out}");
    // Gone from queries, recorded, and the log — and every checkpoint — still verifies.
    assert!(s.audit("event=action.executed").await.is_empty());
    let receipts = s.audit("event=audit.purged").await;
    assert_eq!(receipts.len(), 1);
    assert_eq!(receipts[0]["output"]["records"], purged);
    assert_eq!(receipts[0]["actor"], "admin");
    let key = s.db.with_file_name("audit-signing.key.pub");
    let (code, out, err) = run_cli(
        &[
            "audit",
            "verify",
            "--against",
            cp_file.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ],
        &env,
    );
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run_cli(
        &[
            "audit",
            "verify",
            "--db",
            s.db.to_str().unwrap(),
            "--against",
            cp_file.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, _) = run_cli(
        &[
            "audit",
            "proof",
            "inclusion",
            "5",
            "--size",
            &size.to_string(),
        ],
        &env,
    );
    assert_eq!(
        code, 0,
        "a purged record is still provably in the log: {out}"
    );
}
