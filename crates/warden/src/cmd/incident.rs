//! `warden incident`: open an incident about an agent, read its timeline (every record in the
//! window, each proven included in a signed checkpoint — verified here, not by the server), a
//! post-mortem skeleton, and close it. All recorded.

use std::path::PathBuf;

use serde_json::{Value, json};
use warden_merkle::{Checkpoint, NoteVerifier, from_hex, verify_inclusion};

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::{Exit, at, print_table, s_of};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Open an incident about an agent from a time on (recorded).
    Open {
        /// The agent.
        #[arg(long)]
        agent: String,
        /// The start of the window: RFC 3339 (`2026-12-06T09:00:00Z`) or a duration ago (`2h`).
        #[arg(long)]
        since: String,
        /// Why.
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Every incident, newest first.
    List {
        #[command(flatten)]
        remote: Remote,
    },
    /// The timeline: every record in the window with its inclusion proof, verified here against
    /// the signed checkpoint (`--key FILE.pub`: the verifier key you keep; without it, the
    /// server's own key, which proves less).
    Timeline {
        /// The incident id.
        id: String,
        /// The checkpoint verifier key kept outside Warden.
        #[arg(long)]
        key: Option<PathBuf>,
        #[command(flatten)]
        remote: Remote,
    },
    /// A post-mortem skeleton in Markdown.
    Report {
        /// The incident id.
        id: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Close it with notes (recorded).
    Close {
        /// The incident id.
        id: String,
        /// What happened and what was done.
        #[arg(long)]
        notes: String,
        #[command(flatten)]
        remote: Remote,
    },
}

/// `--since`: an RFC 3339 time, or a duration before now.
fn since(text: &str) -> Result<String, Exit> {
    if warden_types::parse_rfc3339(text).is_some() {
        return Ok(text.to_owned());
    }
    let d = warden_config::parse_duration(text).map_err(|e| {
        Exit::error(format!(
            "--since: `{text}` is neither an RFC 3339 time nor a duration ({e})"
        ))
    })?;
    let secs = i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
    Ok(warden_types::Timestamp::now()
        .plus_seconds(-secs)
        .to_rfc3339())
}

/// Checks every proof of a timeline; the number that verify and the problems.
fn verify(t: &Value, key_text: &str) -> Result<(usize, Vec<String>), Exit> {
    let verifier =
        NoteVerifier::parse(key_text).map_err(|e| Exit::error(format!("the key: {e}")))?;
    let note = at(at(t, "checkpoint"), "note").as_str().unwrap_or_default();
    let cp = Checkpoint::verify(note, &verifier)
        .map_err(|e| Exit::tampered(format!("the timeline's checkpoint does not verify: {e}")))?;
    let mut ok = 0;
    let mut problems = Vec::new();
    for e in at(t, "entries")
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        let seq = at(at(e, "record"), "seq").as_u64().unwrap_or(0);
        // The record as shown is the record hashed into the log.
        let text = warden_types::canonical_json(at(e, "record"));
        let digest = warden_types::record_digest(&text);
        let stated = at(at(e, "proof"), "record_hash")
            .as_str()
            .and_then(from_hex);
        if stated != Some(digest) {
            problems.push(format!(
                "record {seq}: its content is not the record the log holds"
            ));
            continue;
        }
        let leaf = warden_store::record_leaf(&digest);
        let path = crate::cmd::audit::hashes(at(e, "proof"), "proof")?;
        if at(at(e, "proof"), "size").as_u64() != Some(cp.size)
            || !verify_inclusion(seq.saturating_sub(1), cp.size, &leaf, &path, &cp.root)
        {
            problems.push(format!(
                "record {seq}: not in the checkpointed log of {} records",
                cp.size
            ));
            continue;
        }
        ok += 1;
    }
    Ok((ok, problems))
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        Command::Open {
            agent,
            since: from,
            reason,
            remote,
        } => {
            let v = Client::new(&remote)?
                .post(
                    "/v1/admin/incidents",
                    &json!({"agent": agent, "since": since(&from)?, "reason": reason}),
                )
                .await?;
            if json_out {
                println!("{v}");
            } else {
                println!("{}", at(&v, "id").as_str().unwrap_or_default());
            }
        }
        Command::List { remote } => {
            let v = Client::new(&remote)?.get("/v1/admin/incidents").await?;
            if json_out {
                println!("{v}");
            } else {
                let rows = at(&v, "incidents")
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|i| {
                                ["id", "agent", "state", "since", "opened_by", "reason"]
                                    .iter()
                                    .map(|k| s_of(at(i, k)))
                                    .collect()
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                print_table(
                    &["ID", "AGENT", "STATE", "SINCE", "OPENED BY", "REASON"],
                    rows,
                );
            }
        }
        Command::Timeline { id, key, remote } => {
            let t = Client::new(&remote)?
                .get(&format!(
                    "/v1/admin/incidents/{}/timeline",
                    client::encode(&id)
                ))
                .await?;
            let (key_text, whose) = match &key {
                Some(k) => (
                    std::fs::read_to_string(k).map_err(|e| {
                        Exit::error(format!("cannot read the key `{}`: {e}", k.display()))
                    })?,
                    "your key",
                ),
                None => (
                    at(&t, "key").as_str().unwrap_or_default().to_owned(),
                    "the server's own key (pass --key to check it against yours)",
                ),
            };
            let (ok, problems) = verify(&t, &key_text)?;
            let entries = at(&t, "entries").as_array().map_or(0, Vec::len);
            if json_out {
                println!(
                    "{}",
                    json!({"timeline": t, "verified": ok, "problems": problems, "key": whose})
                );
            } else {
                let rows = at(&t, "entries")
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|e| {
                                let r = &at(e, "record");
                                ["seq", "ts", "event", "tool", "outcome", "description"]
                                    .iter()
                                    .map(|k| s_of(at(r, k)))
                                    .collect()
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                print_table(&["SEQ", "TIME", "EVENT", "TOOL", "OUTCOME", "WHAT"], rows);
                for p in &problems {
                    println!("TAMPERED: {p}");
                }
                println!(
                    "{ok} of {entries} records proven included in the checkpoint of {} records (root {}), signed with {whose}",
                    at(at(&t, "checkpoint"), "size"),
                    s_of(at(at(&t, "checkpoint"), "root"))
                );
            }
            return Ok(if problems.is_empty() {
                exit::OK
            } else {
                exit::TAMPERED
            });
        }
        Command::Report { id, remote } => {
            let v = Client::new(&remote)?
                .get(&format!(
                    "/v1/admin/incidents/{}/report",
                    client::encode(&id)
                ))
                .await?;
            if json_out {
                println!("{v}");
            } else {
                print!("{}", at(&v, "markdown").as_str().unwrap_or_default());
            }
        }
        Command::Close { id, notes, remote } => {
            let v: Value = Client::new(&remote)?
                .post(
                    &format!("/v1/admin/incidents/{}/close", client::encode(&id)),
                    &json!({ "notes": notes }),
                )
                .await?;
            if json_out {
                println!("{v}");
            } else {
                println!("incident `{id}` closed");
            }
        }
    }
    Ok(exit::OK)
}
