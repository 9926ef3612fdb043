//! `warden audit`: query, verify, purge and export the audit log; signed checkpoints of it and
//! proofs against them, checked on this side (the server is not trusted to check itself).

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use warden_merkle::{Checkpoint, NoteVerifier, from_hex, verify_consistency, verify_inclusion};

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::{self, Exit, at};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Search the audit log.
    Query {
        /// Only this agent.
        #[arg(long)]
        agent: Option<String>,
        /// Only this tool.
        #[arg(long)]
        tool: Option<String>,
        /// Only this outcome (success, failure, denied, escalated, approved, expired, …).
        #[arg(long)]
        outcome: Option<String>,
        /// At or after this UTC time (2026-11-21 or 2026-11-21T08:00:00Z).
        #[arg(long)]
        since: Option<String>,
        /// Before this UTC time.
        #[arg(long)]
        until: Option<String>,
        /// At most this many records (the newest).
        #[arg(long, default_value_t = 100)]
        limit: u64,
        #[command(flatten)]
        remote: Remote,
    },
    /// Recompute the hash chain and name the first record that does not match; with
    /// `--against`, also check the log against signed checkpoints kept outside Warden.
    Verify {
        /// Verify this database file directly, without a server.
        #[arg(long)]
        db: Option<PathBuf>,
        /// Checkpoint files (or directories of `*.checkpoint`) to check the log against.
        #[arg(long)]
        against: Vec<PathBuf>,
        /// The checkpoints' verifier key (default with `--db`: `audit-signing.key.pub` beside it).
        #[arg(long)]
        key: Option<PathBuf>,
        /// With `--db`: use at most this many threads (default: one per core).
        #[arg(long, requires = "db", value_parser = clap::value_parser!(u16).range(1..))]
        threads: Option<u16>,
        #[command(flatten)]
        remote: Remote,
    },
    /// Purge the payloads of records past their class's retention (hashes and the Merkle
    /// tree stay; the purge is recorded). Warden also does this every `purge_every`.
    Purge {
        /// Only count what would be purged.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        remote: Remote,
    },
    /// Export the log as JSON Lines (the stored records, hashable) or OCSF JSON, oldest
    /// first, with progress on standard error.
    Export {
        /// Read this database file directly (read only) instead of asking a server.
        #[arg(long)]
        db: Option<PathBuf>,
        /// `jsonl` or `ocsf`.
        #[arg(long, default_value = "jsonl")]
        format: String,
        /// Only records after this sequence number.
        #[arg(long, default_value_t = 0)]
        after: u64,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        remote: Remote,
    },
    /// Sign a checkpoint of the log as it is now (and publish it).
    Checkpoint {
        /// Also write the signed note to this file.
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        remote: Remote,
    },
    /// Merkle proofs, verified on this side.
    #[command(subcommand)]
    Proof(ProofCommand),
}

#[derive(clap::Subcommand)]
pub enum ProofCommand {
    /// That record SEQ is in the log (of SIZE records, default all; or in the log a signed
    /// checkpoint covers, with `--against`).
    Inclusion {
        /// The record's sequence number.
        seq: u64,
        /// The tree size to prove against (the server's own tree head of that size).
        #[arg(long)]
        size: Option<u64>,
        /// Prove against this signed checkpoint (kept outside Warden) instead of the server's
        /// own tree head.
        #[arg(long, requires = "key")]
        against: Option<PathBuf>,
        /// The checkpoint's verifier key.
        #[arg(long)]
        key: Option<PathBuf>,
        #[command(flatten)]
        remote: Remote,
    },
    /// That the log of OLD records is a prefix of the log of NEW records (default all); with
    /// `--against`, OLD is a signed checkpoint's tree.
    Consistency {
        /// The older size (the checkpoint's with `--against`).
        old: Option<u64>,
        /// The newer size.
        new: Option<u64>,
        /// Prove that the log extends this signed checkpoint (kept outside Warden).
        #[arg(long, requires = "key")]
        against: Option<PathBuf>,
        /// The checkpoint's verifier key.
        #[arg(long)]
        key: Option<PathBuf>,
        #[command(flatten)]
        remote: Remote,
    },
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        Command::Query {
            agent,
            tool,
            outcome,
            since,
            until,
            limit,
            remote,
        } => {
            let mut q = vec![format!("limit={limit}")];
            for (k, v) in [
                ("agent", agent),
                ("tool", tool),
                ("outcome", outcome),
                ("since", since),
                ("until", until),
            ] {
                if let Some(v) = v {
                    q.push(format!("{k}={}", client::encode(&v)));
                }
            }
            let v = Client::new(&remote)?
                .get(&format!("/v1/admin/audit?{}", q.join("&")))
                .await?;
            output::audit(&v, json_out);
            Ok(exit::OK)
        }
        Command::Verify {
            db,
            against,
            key,
            threads,
            remote,
        } if !against.is_empty() => {
            let threads = threads.map(usize::from);
            verify_against(db, &against, key, threads, &remote, json_out).await
        }
        Command::Verify {
            db,
            threads,
            remote,
            ..
        } => {
            let report = match db {
                Some(path) => serde_json::to_value(
                    warden_store::verify_file_on(
                        &path,
                        &[],
                        &mut |n| {
                            eprintln!("verified {n} records…");
                        },
                        threads.map(usize::from),
                    )
                    .map_err(|e| Exit::error(e.to_string()))?,
                )
                .map_err(|e| Exit::error(e.to_string()))?,
                None => Client::new(&remote)?.get("/v1/admin/audit/verify").await?,
            };
            Ok(output::verify(&report, json_out))
        }
        Command::Purge { dry_run, remote } => purge(dry_run, &remote, json_out).await,
        Command::Export {
            db,
            format,
            after,
            out,
            remote,
        } => export_log(db, &format, after, out, &remote).await,
        Command::Checkpoint { out, remote } => checkpoint(out, &remote, json_out).await,
        Command::Proof(ProofCommand::Inclusion {
            seq,
            size,
            against,
            key,
            remote,
        }) => {
            inclusion(
                seq,
                size,
                against.as_deref(),
                key.as_deref(),
                &remote,
                json_out,
            )
            .await
        }
        Command::Proof(ProofCommand::Consistency {
            old,
            new,
            against,
            key,
            remote,
        }) => {
            consistency(
                old,
                new,
                against.as_deref(),
                key.as_deref(),
                &remote,
                json_out,
            )
            .await
        }
    }
}

pub(crate) fn hashes(v: &Value, key: &str) -> Result<Vec<warden_merkle::Hash>, Exit> {
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

pub(crate) fn hash(v: &Value, key: &str) -> Result<warden_merkle::Hash, Exit> {
    at(v, key)
        .as_str()
        .and_then(from_hex)
        .ok_or_else(|| Exit::error(format!("the server's answer has no hash `{key}`")))
}

/// `warden audit checkpoint [--out FILE]`.
async fn checkpoint(out: Option<PathBuf>, remote: &Remote, json_out: bool) -> Result<u8, Exit> {
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
async fn inclusion(
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
async fn consistency(
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
async fn verify_against(
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

/// `warden audit purge [--dry-run]`.
async fn purge(dry_run: bool, remote: &Remote, json_out: bool) -> Result<u8, Exit> {
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
async fn export_log(
    db: Option<PathBuf>,
    format: &str,
    after: u64,
    out: Option<PathBuf>,
    remote: &Remote,
) -> Result<u8, Exit> {
    use std::io::Write as _;
    let format = warden_audit::export::Format::parse(format)
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
        let line = warden_audit::export::line(format, text).map_err(|e| match seq {
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
