//! `warden subject`: where a person's data went, and their copy of it (GDPR Art. 15).

use std::path::PathBuf;

use serde_json::{Value, json};

use crate::client::{Client, Remote};
use crate::exit;
use crate::output::{self, Exit, at};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Every record, system, tool and LLM provider the person's data reached.
    Locate {
        /// E-mail addresses, phone numbers, IBANs and IP addresses of the person.
        #[arg(required = true)]
        identifiers: Vec<String>,
        #[command(flatten)]
        remote: Remote,
    },
    /// The person's data for an access request: every record holding it, with their values.
    Export {
        /// E-mail addresses, phone numbers, IBANs and IP addresses of the person.
        #[arg(required = true)]
        identifiers: Vec<String>,
        /// Write JSON Lines to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        remote: Remote,
    },
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        Command::Locate {
            identifiers,
            remote,
        } => locate(identifiers, &remote, json_out).await,
        Command::Export {
            identifiers,
            out,
            remote,
        } => export(identifiers, out, &remote).await,
    }
}

/// What a locate or erase found: the records and where the data went.
pub(super) fn print_data_map(v: &Value) {
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

/// Names the identifiers no data is held for.
pub(super) fn unknown_note(v: &Value, ids: &[String]) {
    for i in at(v, "unknown").as_array().into_iter().flatten() {
        if let Some(id) = i.as_u64().and_then(|i| ids.get(usize::try_from(i).ok()?)) {
            println!("no data held for {id}");
        }
    }
}

/// `warden subject locate ID…`.
async fn locate(ids: Vec<String>, remote: &Remote, json_out: bool) -> Result<u8, Exit> {
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
    output::print_table(
        &["seq", "time", "event", "agent", "tool", "systems", "data"],
        rows,
    );
    Ok(exit::OK)
}

/// `warden subject export ID… [--out FILE]`: JSON Lines, one record per line.
async fn export(ids: Vec<String>, out: Option<PathBuf>, remote: &Remote) -> Result<u8, Exit> {
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
