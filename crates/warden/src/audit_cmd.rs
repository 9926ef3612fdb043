//! `warden audit checkpoint | proof | verify --against`: signed checkpoints of the audit log and
//! proofs against them, checked on this side (the server is not trusted to check itself).

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use warden_merkle::{Checkpoint, NoteVerifier, from_hex, verify_consistency, verify_inclusion};

use crate::client::Client;
use crate::output::Exit;
use crate::{Remote, exit};

/// A field of a JSON object, `null` when absent.
fn at<'a>(v: &'a Value, key: &str) -> &'a Value {
    v.get(key).unwrap_or(&Value::Null)
}

fn hashes(v: &Value, key: &str) -> Result<Vec<warden_merkle::Hash>, Exit> {
    at(v, key)
        .as_array()
        .ok_or_else(|| Exit::error(format!("the server's answer has no `{key}`")))?
        .iter()
        .map(|h| {
            h.as_str()
                .and_then(from_hex)
                .ok_or_else(|| Exit::error("the server's answer holds a malformed hash"))
        })
        .collect()
}

fn hash(v: &Value, key: &str) -> Result<warden_merkle::Hash, Exit> {
    at(v, key)
        .as_str()
        .and_then(from_hex)
        .ok_or_else(|| Exit::error(format!("the server's answer has no hash `{key}`")))
}

/// `warden audit checkpoint [--out FILE]`.
pub async fn checkpoint(out: Option<PathBuf>, remote: &Remote, json_out: bool) -> Result<u8, Exit> {
    let v = Client::new(remote)?
        .post("/v1/admin/audit/checkpoints", &json!({}))
        .await?;
    let note = at(&v, "note").as_str().unwrap_or_default();
    if let Some(path) = out {
        std::fs::write(&path, note)
            .map_err(|e| Exit::error(format!("cannot write `{}`: {e}", path.display())))?;
    }
    if json_out {
        println!("{v}");
    } else {
        print!("{note}");
    }
    Ok(exit::OK)
}

/// The checkpoint a proof is checked against (`--against FILE --key FILE.pub`): its signature
/// verified with a key from outside the server.
fn proof_checkpoint(
    against: Option<&Path>,
    key: Option<&Path>,
) -> Result<Option<(PathBuf, Checkpoint)>, Exit> {
    let Some(file) = against else {
        return Ok(None);
    };
    let key = key.ok_or_else(|| {
        Exit::error(
            "--key FILE is needed with --against: the verifier key must come from outside the server",
        )
    })?;
    if file.is_dir() {
        return Err(Exit::error(format!(
            "`{}` is a directory: give one checkpoint file",
            file.display()
        )));
    }
    Ok(read_checkpoints(&[file.to_path_buf()], key)?
        .into_iter()
        .next())
}

/// `warden audit proof inclusion SEQ [--size N | --against CHECKPOINT --key FILE.pub]`:
/// fetched, then verified here — against the server's own tree head, or against a signed
/// checkpoint kept outside Warden (which is what proves anything to someone who does not trust
/// the server). The leaf is recomputed from the record's hash.
pub async fn inclusion(
    seq: u64,
    size: Option<u64>,
    against: Option<&Path>,
    key: Option<&Path>,
    remote: &Remote,
    json_out: bool,
) -> Result<u8, Exit> {
    let cp = proof_checkpoint(against, key)?;
    let size = match (&cp, size) {
        (Some((_, c)), Some(s)) if s != c.size => {
            return Err(Exit::error(format!(
                "--size {s} and the checkpoint's {} records disagree",
                c.size
            )));
        }
        (Some((_, c)), _) => Some(c.size),
        (None, s) => s,
    };
    let mut path = format!("/v1/admin/audit/proof/inclusion?seq={seq}");
    if let Some(s) = size {
        path.push_str(&format!("&size={s}"));
    }
    let v = Client::new(remote)?.get(&path).await?;
    // The tree size (and with it which leaf index is proven) is what was asked for, never what
    // the server says: a proof for another size could prove another record at that index.
    let answered = at(&v, "size").as_u64().unwrap_or(0);
    if size.is_some_and(|s| s != answered) || at(&v, "seq").as_u64() != Some(seq) {
        println!(
            "FAILED: the server answered for another record or tree size than asked ({answered} records)"
        );
        return Ok(exit::TAMPERED);
    }
    let size = answered;
    let leaf = hash(&v, "leaf_hash")?;
    let record_hash = at(&v, "record_hash").as_str().unwrap_or_default();
    // The leaf must be the one of the record's hash (what the chain links).
    let leaf_ok = from_hex(record_hash).is_some_and(|h| warden_store::record_leaf(&h) == leaf);
    let root = match &cp {
        Some((_, c)) => c.root,
        None => hash(&v, "root")?,
    };
    let path_ok = verify_inclusion(
        seq.saturating_sub(1),
        size,
        &leaf,
        &hashes(&v, "proof")?,
        &root,
    );
    let ok = leaf_ok && path_ok;
    if json_out {
        println!(
            "{}",
            json!({
                "proof": v,
                "verified": ok,
                "against": cp.as_ref().map(|(f, c)| json!({
                    "file": f, "size": c.size, "root": warden_merkle::hex(&c.root), "time": time_of(c),
                })),
            })
        );
    } else if ok {
        match &cp {
            Some((_, c)) => println!(
                "ok: record {seq} (hash {record_hash}) is in the checkpointed log of {size} records (root {}, {}); the proof of {} hashes verifies",
                warden_merkle::hex(&c.root),
                time_of(c),
                at(&v, "proof").as_array().map_or(0, Vec::len)
            ),
            None => println!(
                "ok: record {seq} (hash {record_hash}) is in the log of {size} records (root {}); the proof of {} hashes verifies (against the server's own root: use --against CHECKPOINT to check it against a signed checkpoint)",
                at(&v, "root").as_str().unwrap_or_default(),
                at(&v, "proof").as_array().map_or(0, Vec::len)
            ),
        }
    } else if !leaf_ok {
        println!(
            "FAILED: the server's leaf for record {seq} is not the leaf of its hash {record_hash}"
        );
    } else if cp.is_some() {
        println!(
            "TAMPERED: record {seq} as the server holds it is not in the checkpointed log of {size} records"
        );
    } else {
        println!("FAILED: the server's inclusion proof for record {seq} does not verify");
    }
    Ok(if ok { exit::OK } else { exit::TAMPERED })
}

/// `warden audit proof consistency OLD [NEW] | --against CHECKPOINT --key FILE.pub [NEW]`:
/// fetched, then verified here; with `--against`, the old tree head is the checkpoint's.
pub async fn consistency(
    old: Option<u64>,
    new: Option<u64>,
    against: Option<&Path>,
    key: Option<&Path>,
    remote: &Remote,
    json_out: bool,
) -> Result<u8, Exit> {
    let cp = proof_checkpoint(against, key)?;
    let old = match (&cp, old) {
        (Some((_, c)), Some(o)) if o != c.size => {
            return Err(Exit::error(format!(
                "OLD {o} and the checkpoint's {} records disagree",
                c.size
            )));
        }
        (Some((_, c)), _) => c.size,
        (None, Some(o)) => o,
        (None, None) => {
            return Err(Exit::error(
                "the older size is needed: OLD, or --against CHECKPOINT --key FILE.pub",
            ));
        }
    };
    let mut path = format!("/v1/admin/audit/proof/consistency?old={old}");
    if let Some(n) = new {
        path.push_str(&format!("&new={n}"));
    }
    let v = Client::new(remote)?.get(&path).await?;
    let answered = at(&v, "new").as_u64().unwrap_or(0);
    if new.is_some_and(|n| n != answered) || at(&v, "old").as_u64() != Some(old) {
        println!("FAILED: the server answered for other tree sizes than asked");
        return Ok(exit::TAMPERED);
    }
    let new = answered;
    let old_root = match &cp {
        Some((_, c)) => c.root,
        None => hash(&v, "old_root")?,
    };
    let ok = verify_consistency(
        old,
        new,
        &old_root,
        &hash(&v, "new_root")?,
        &hashes(&v, "proof")?,
    );
    if json_out {
        println!(
            "{}",
            json!({
                "proof": v,
                "verified": ok,
                "against": cp.as_ref().map(|(f, c)| json!({
                    "file": f, "size": c.size, "root": warden_merkle::hex(&c.root), "time": time_of(c),
                })),
            })
        );
    } else if ok {
        println!(
            "ok: the log of {old} records (root {}{}) is a prefix of the log of {new} records (root {})",
            warden_merkle::hex(&old_root),
            cp.as_ref().map_or_else(String::new, |(_, c)| format!(
                ", checkpointed {}",
                time_of(c)
            )),
            at(&v, "new_root").as_str().unwrap_or_default()
        );
    } else if cp.is_some() {
        println!(
            "TAMPERED: the log of {new} records is not an extension of the checkpointed {old} records"
        );
    } else {
        println!(
            "FAILED: the server's consistency proof from {old} to {new} records does not verify"
        );
    }
    Ok(if ok { exit::OK } else { exit::TAMPERED })
}

/// Checkpoint notes from files and directories (`*.checkpoint`), verified with `key`.
fn read_checkpoints(paths: &[PathBuf], key: &Path) -> Result<Vec<(PathBuf, Checkpoint)>, Exit> {
    let key_text = std::fs::read_to_string(key).map_err(|e| {
        Exit::error(format!(
            "cannot read the verifier key `{}`: {e}",
            key.display()
        ))
    })?;
    let verifier = NoteVerifier::parse(&key_text)
        .map_err(|e| Exit::error(format!("`{}`: {e}", key.display())))?;
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let entries = std::fs::read_dir(p)
                .map_err(|e| Exit::error(format!("cannot read `{}`: {e}", p.display())))?;
            for e in entries.flatten() {
                let f = e.path();
                if f.extension().is_some_and(|x| x == "checkpoint")
                    && f.file_name().is_some_and(|n| n != "latest.checkpoint")
                {
                    files.push(f);
                }
            }
        } else {
            files.push(p.clone());
        }
    }
    let mut out = Vec::new();
    for f in files {
        let note = std::fs::read_to_string(&f)
            .map_err(|e| Exit::error(format!("cannot read `{}`: {e}", f.display())))?;
        let cp = Checkpoint::verify(&note, &verifier)
            .map_err(|e| Exit::error(format!("`{}`: {e}", f.display())))?;
        out.push((f, cp));
    }
    out.sort_by_key(|(_, c)| c.size);
    if out.is_empty() {
        return Err(Exit::error(
            "no checkpoint given (files or directories of *.checkpoint)",
        ));
    }
    Ok(out)
}

fn time_of(cp: &Checkpoint) -> String {
    cp.extensions
        .iter()
        .find_map(|e| e.strip_prefix("time "))
        .unwrap_or("?")
        .to_owned()
}

/// `warden audit verify [--db FILE] --against CHECKPOINT… [--key FILE]`.
pub async fn verify_against(
    db: Option<PathBuf>,
    against: &[PathBuf],
    key: Option<PathBuf>,
    threads: Option<usize>,
    remote: &Remote,
    json_out: bool,
) -> Result<u8, Exit> {
    let key = match (key, &db) {
        (Some(k), _) => k,
        (None, Some(db)) => db
            .parent()
            .unwrap_or(Path::new("."))
            .join("audit-signing.key.pub"),
        (None, None) => {
            return Err(Exit::error(
                "--key FILE is needed with a server: the verifier key must come from outside the server",
            ));
        }
    };
    let cps = read_checkpoints(against, &key)?;
    // (checkpoint, Ok(()) or why it does not match)
    let mut results: Vec<(Checkpoint, Result<(), String>)> = Vec::new();
    let mut chain_problem = Value::Null;
    let records;
    match db {
        Some(path) => {
            let sizes: Vec<u64> = cps.iter().map(|(_, c)| c.size).collect();
            let report = warden_store::verify_file_on(
                &path,
                &sizes,
                &mut |n| {
                    eprintln!("verified {n} records…");
                },
                threads,
            )
            .map_err(|e| Exit::error(e.to_string()))?;
            records = report.records;
            if let Some(bad) = &report.first_bad {
                chain_problem = json!(bad);
            }
            for (_, cp) in &cps {
                let r = match report.roots.get(&cp.size) {
                    Some(root) if *root == warden_merkle::hex(&cp.root) => Ok(()),
                    Some(_) => Err(format!(
                        "records 1..{} do not hash to the checkpoint's root",
                        cp.size
                    )),
                    None if report.first_bad.is_some() => Err(format!(
                        "the chain breaks at record {} before the checkpoint's {} records",
                        report.first_bad.as_ref().map_or(0, |b| b.seq),
                        cp.size
                    )),
                    None => Err(format!(
                        "the log was truncated: it has {} records, the checkpoint covers {}",
                        report.records, cp.size
                    )),
                };
                results.push((cp.clone(), r));
            }
        }
        None => {
            let client = Client::new(remote)?;
            let report = client.get("/v1/admin/audit/verify").await?;
            records = at(&report, "records").as_u64().unwrap_or(0);
            chain_problem = at(&report, "first_bad").clone();
            for (_, cp) in &cps {
                let r = match client
                    .get(&format!(
                        "/v1/admin/audit/proof/consistency?old={}",
                        cp.size
                    ))
                    .await
                {
                    Err(e) => Err(format!(
                        "the server cannot prove it still holds them: {}",
                        e.message
                    )),
                    Ok(v) => {
                        let proof = hashes(&v, "proof")?;
                        let new = at(&v, "new").as_u64().unwrap_or(0);
                        if verify_consistency(
                            cp.size,
                            new,
                            &cp.root,
                            &hash(&v, "new_root")?,
                            &proof,
                        ) {
                            Ok(())
                        } else {
                            Err(format!(
                                "the log today is not an extension of the checkpointed {} records",
                                cp.size
                            ))
                        }
                    }
                };
                results.push((cp.clone(), r));
            }
        }
    }
    let last_good = results
        .iter()
        .take_while(|(_, r)| r.is_ok())
        .last()
        .map_or(0, |(c, _)| c.size);
    let first_bad = results.iter().find(|(_, r)| r.is_err());
    let tampered = first_bad.is_some() || !chain_problem.is_null();
    if json_out {
        println!(
            "{}",
            json!({
                "records": records,
                "chain_first_bad": chain_problem,
                "checkpoints": results.iter().map(|(c, r)| json!({
                    "size": c.size, "root": warden_merkle::hex(&c.root), "time": time_of(c),
                    "matches": r.is_ok(), "problem": r.as_ref().err(),
                })).collect::<Vec<_>>(),
                "unchanged_through": last_good,
            })
        );
    } else {
        for (c, r) in &results {
            match r {
                Ok(()) => println!(
                    "  ✓ checkpoint of {} records ({}) matches",
                    c.size,
                    time_of(c)
                ),
                Err(why) => println!(
                    "  ✗ checkpoint of {} records ({}): {why}",
                    c.size,
                    time_of(c)
                ),
            }
        }
        match (first_bad, chain_problem.is_null()) {
            (None, true) => println!(
                "ok: {records} records, chain intact, consistent with {} checkpoint(s)",
                results.len()
            ),
            (Some((c, _)), _) => println!(
                "TAMPERED: the history differs from what was checkpointed — records 1..{last_good} are as checkpointed, so the change is in records {}..{}",
                last_good + 1,
                c.size
            ),
            (None, false) => println!(
                "TAMPERED: record {} does not match: {} (every checkpoint still matches, so the change is after record {last_good})",
                at(&chain_problem, "seq"),
                at(&chain_problem, "reason").as_str().unwrap_or_default()
            ),
        }
    }
    Ok(if tampered { exit::TAMPERED } else { exit::OK })
}

fn print_data_map(v: &Value) {
    let s = at(v, "summary");
    let list = |k: &str| {
        at(s, k)
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| "—".into())
    };
    println!("records:        {}", at(s, "records"));
    println!("systems:        {}", list("systems"));
    println!("tools:          {}", list("tools"));
    println!("LLM providers:  {}", list("llm_providers"));
    println!("agents:         {}", list("agents"));
}

fn unknown_note(v: &Value, ids: &[String]) {
    for i in at(v, "unknown").as_array().into_iter().flatten() {
        if let Some(id) = i.as_u64().and_then(|i| ids.get(usize::try_from(i).ok()?)) {
            println!("no data held for {id}");
        }
    }
}

/// `warden subject locate ID…`.
pub async fn locate(ids: Vec<String>, remote: &Remote, json_out: bool) -> Result<u8, Exit> {
    let v = Client::new(remote)?
        .post(
            "/v1/admin/subjects/locate",
            &json!({"identifiers": ids.clone()}),
        )
        .await?;
    if json_out {
        println!("{v}");
        return Ok(exit::OK);
    }
    unknown_note(&v, &ids);
    print_data_map(&v);
    let mut rows = Vec::new();
    for r in at(&v, "records").as_array().into_iter().flatten() {
        let join = |k: &str| {
            at(r, k)
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(",")
                })
                .unwrap_or_default()
        };
        rows.push(vec![
            at(r, "seq").to_string(),
            at(r, "ts").as_str().unwrap_or_default().to_owned(),
            at(r, "event").as_str().unwrap_or_default().to_owned(),
            at(r, "agent").as_str().unwrap_or("—").to_owned(),
            at(r, "tool").as_str().unwrap_or("—").to_owned(),
            join("systems"),
            join("labels"),
        ]);
    }
    crate::output::print_table(
        &["seq", "time", "event", "agent", "tool", "systems", "data"],
        rows,
    );
    Ok(exit::OK)
}

/// `warden subject export ID… [--out FILE]`: JSON Lines, one record per line.
pub async fn export(ids: Vec<String>, out: Option<PathBuf>, remote: &Remote) -> Result<u8, Exit> {
    let v = Client::new(remote)?
        .post(
            "/v1/admin/subjects/export",
            &json!({"identifiers": ids.clone()}),
        )
        .await?;
    let mut lines = String::new();
    for r in at(&v, "records").as_array().into_iter().flatten() {
        lines.push_str(&r.to_string());
        lines.push('\n');
    }
    match out {
        Some(path) => {
            // Personal data: readable by the owner only.
            use std::io::Write as _;
            use std::os::unix::fs::OpenOptionsExt as _;
            std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o600)
                .open(&path)
                .and_then(|mut f| f.write_all(lines.as_bytes()))
                .map_err(|e| Exit::error(format!("cannot write `{}`: {e}", path.display())))?;
            eprintln!(
                "{} record(s) written to {}",
                at(at(&v, "summary"), "records"),
                path.display()
            );
        }
        None => print!("{lines}"),
    }
    Ok(exit::OK)
}

/// `warden erase ID… --reason R`.
pub async fn erase(
    ids: Vec<String>,
    reason: String,
    remote: &Remote,
    json_out: bool,
) -> Result<u8, Exit> {
    let v = Client::new(remote)?
        .post(
            "/v1/admin/subjects/erase",
            &json!({"identifiers": ids.clone(), "reason": reason}),
        )
        .await?;
    let hooks_failed = at(&v, "hooks")
        .as_array()
        .into_iter()
        .flatten()
        .filter(|h| at(h, "ok") != &Value::Bool(true))
        .count();
    if json_out {
        println!("{v}");
    } else {
        unknown_note(&v, &ids);
        println!(
            "erased: {} subject(s), {} value(s) destroyed in {} record(s); receipt is audit record {} ({})",
            at(&v, "subjects").as_array().map_or(0, Vec::len),
            at(&v, "values_destroyed"),
            at(&v, "records").as_array().map_or(0, Vec::len),
            at(&v, "receipt_seq"),
            at(&v, "erasure_id").as_str().unwrap_or_default()
        );
        print_data_map(&v);
        for h in at(&v, "hooks").as_array().into_iter().flatten() {
            println!(
                "hook {} ({}): {}",
                at(h, "hook").as_str().unwrap_or_default(),
                at(h, "system").as_str().unwrap_or_default(),
                if at(h, "ok") == &Value::Bool(true) {
                    format!("ok (HTTP {})", at(h, "status"))
                } else {
                    format!(
                        "FAILED ({})",
                        at(h, "error")
                            .as_str()
                            .map(str::to_owned)
                            .unwrap_or_else(|| format!("HTTP {}", at(h, "status")))
                    )
                }
            );
        }
    }
    // A hook that failed means some system may still hold the data.
    Ok(if hooks_failed == 0 {
        exit::OK
    } else {
        exit::ERROR
    })
}

/// `warden audit purge [--dry-run]`.
pub async fn purge(dry_run: bool, remote: &Remote, json_out: bool) -> Result<u8, Exit> {
    let v = Client::new(remote)?
        .post("/v1/admin/audit/purge", &json!({"dry_run": dry_run}))
        .await?;
    if json_out {
        println!("{v}");
        return Ok(exit::OK);
    }
    let p = at(&v, "purged");
    println!(
        "{} {} record(s) past retention{}",
        if dry_run { "would purge" } else { "purged" },
        at(p, "records"),
        match (at(p, "first_seq").as_u64(), at(p, "last_seq").as_u64()) {
            (Some(a), Some(b)) => format!(" (records {a}..{b})"),
            _ => String::new(),
        }
    );
    for (class, days) in at(&v, "retention_days").as_object().into_iter().flatten() {
        println!(
            "  {class:<8} kept {days} days: records before {} expire",
            at(at(&v, "cutoffs"), class).as_str().unwrap_or("?")
        );
    }
    Ok(exit::OK)
}

/// `warden audit export [--db FILE] [--format jsonl|ocsf] [--after SEQ] [--out FILE]`.
pub async fn export_log(
    db: Option<PathBuf>,
    format: &str,
    after: u64,
    out: Option<PathBuf>,
    remote: &Remote,
) -> Result<u8, Exit> {
    use std::io::Write as _;
    let format = warden_pipeline::export::Format::parse(format)
        .ok_or_else(|| Exit::error(format!("--format `{format}`: expected `jsonl` or `ocsf`")))?;
    let mut sink: Box<dyn std::io::Write> = match &out {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .map_err(|e| Exit::error(format!("cannot write `{}`: {e}", path.display())))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut written = 0u64;
    // `seq` is known reading a file; a server's pages hold the records' text only (each
    // record carries its own `seq`).
    let mut emit = |seq: Option<u64>, text: &str| -> Result<(), String> {
        let line = warden_pipeline::export::line(format, text).map_err(|e| match seq {
            Some(seq) => format!("record {seq}: {e}"),
            None => e,
        })?;
        sink.write_all(line.as_bytes())
            .and_then(|()| sink.write_all(b"\n"))
            .map_err(|e| format!("cannot write: {e}"))?;
        written += 1;
        if written.is_multiple_of(100_000) {
            eprintln!("exported {written} records…");
        }
        Ok(())
    };
    match db {
        Some(path) => {
            warden_store::read_file(&path, after, &mut |seq, text| emit(Some(seq), text))
                .map_err(|e| Exit::error(e.to_string()))?;
        }
        None => {
            let client = Client::new(remote)?;
            let mut cursor = after;
            loop {
                let v = client
                    .get(&format!(
                        "/v1/admin/audit/records?after={cursor}&limit=5000"
                    ))
                    .await?;
                let page = at(&v, "records").as_array().cloned().unwrap_or_default();
                let Some(last) = at(&v, "last").as_u64() else {
                    break;
                };
                for text in &page {
                    emit(None, text.as_str().unwrap_or_default()).map_err(Exit::error)?;
                }
                cursor = last;
            }
        }
    }
    sink.flush()
        .map_err(|e| Exit::error(format!("cannot write: {e}")))?;
    eprintln!("exported {written} records");
    Ok(exit::OK)
}
