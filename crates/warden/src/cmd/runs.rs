//! `warden runs`: an agent's runs — open a new one (a clean slate for a new task), list them,
//! and remove a label from one (declassification, recorded with its reason).

use serde_json::{Value, json};

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::Exit;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Open a new run for an agent: requests that name no run of the agent join it from now
    /// on, without the labels of the runs before. Prints the run id (the agent's session).
    Open {
        /// The agent.
        agent: String,
        /// What the run is for, as the user asked it: recipients and IBANs it names count as
        /// the user's (argument provenance).
        #[arg(long)]
        task: Option<String>,
        #[command(flatten)]
        remote: Remote,
    },
    /// The agent's current run and the runs opened for it, newest first.
    List {
        /// The agent.
        agent: String,
        /// At most this many runs (1-1000).
        #[arg(long, default_value_t = 100)]
        limit: u64,
        #[command(flatten)]
        remote: Remote,
    },
    /// Remove a label from a run (`base` names the agent's base run).
    Declassify {
        /// The agent.
        agent: String,
        /// The run id, or `base`.
        run: String,
        /// The label to remove (for example `untrusted`).
        label: String,
        /// Why (recorded in the audit log).
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        remote: Remote,
    },
}

fn field<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        Command::Open {
            agent,
            task,
            remote,
        } => {
            let body = match task {
                Some(t) => json!({ "task": t }),
                None => json!({}),
            };
            let v = Client::new(&remote)?
                .post(
                    &format!("/v1/admin/agents/{}/runs", client::encode(&agent)),
                    &body,
                )
                .await?;
            if json_out {
                println!("{v}");
            } else {
                println!("{}", field(&v, "run"));
            }
        }
        Command::List {
            agent,
            limit,
            remote,
        } => {
            let v = Client::new(&remote)?
                .get(&format!(
                    "/v1/admin/agents/{}/runs?limit={limit}",
                    client::encode(&agent)
                ))
                .await?;
            if json_out {
                println!("{v}");
            } else {
                println!("current: {}", field(&v, "current"));
                for r in v
                    .get("runs")
                    .and_then(Value::as_array)
                    .map_or(&[][..], Vec::as_slice)
                {
                    println!(
                        "{}  opened {} by {}",
                        field(r, "run"),
                        field(r, "opened_at"),
                        field(r, "opened_by")
                    );
                }
            }
        }
        Command::Declassify {
            agent,
            run,
            label,
            reason,
            remote,
        } => {
            let v: Value = Client::new(&remote)?
                .post(
                    &format!(
                        "/v1/admin/agents/{}/runs/{}/declassify",
                        client::encode(&agent),
                        client::encode(&run)
                    ),
                    &json!({"label": label, "reason": reason}),
                )
                .await?;
            if json_out {
                println!("{v}");
            } else {
                println!("`{label}` removed from run `{run}` of agent `{agent}`");
            }
        }
    }
    Ok(exit::OK)
}
