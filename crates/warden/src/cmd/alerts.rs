//! `warden alerts`: what the monitor raised — list, show, acknowledge, resolve.

use serde_json::{Value, json};

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::{Exit, print_table, s_of};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Alerts, newest first.
    List {
        /// Only this agent's.
        #[arg(long)]
        agent: Option<String>,
        /// `active` (open and acknowledged), `open`, `acknowledged`, `resolved` or `all`.
        #[arg(long, default_value = "active")]
        state: String,
        /// At most this many (1-1000).
        #[arg(long, default_value_t = 100)]
        limit: u64,
        #[command(flatten)]
        remote: Remote,
    },
    /// One alert with its evidence (the audit records that triggered it).
    Show {
        /// The alert id.
        id: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Say you are on it (recorded); repeats keep counting on it.
    Ack {
        /// The alert id.
        id: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Close it with a note (recorded); a repeat raises a new alert.
    Resolve {
        /// The alert id.
        id: String,
        /// What was found and done.
        #[arg(long)]
        note: String,
        #[command(flatten)]
        remote: Remote,
    },
}

fn row(a: &Value) -> Vec<String> {
    let f = |k: &str| s_of(a.get(k).unwrap_or(&Value::Null));
    vec![
        f("id"),
        f("severity"),
        f("kind"),
        f("agent"),
        f("state"),
        f("count"),
        f("summary"),
    ]
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        Command::List {
            agent,
            state,
            limit,
            remote,
        } => {
            let mut path = format!(
                "/v1/admin/alerts?state={}&limit={limit}",
                client::encode(&state)
            );
            if let Some(a) = agent {
                path.push_str(&format!("&agent={}", client::encode(&a)));
            }
            let v = Client::new(&remote)?.get(&path).await?;
            if json_out {
                println!("{v}");
            } else {
                let rows = v
                    .get("alerts")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().map(row).collect())
                    .unwrap_or_default();
                print_table(
                    &[
                        "ID", "SEVERITY", "KIND", "AGENT", "STATE", "COUNT", "SUMMARY",
                    ],
                    rows,
                );
            }
        }
        Command::Show { id, remote } => {
            let v = Client::new(&remote)?
                .get(&format!("/v1/admin/alerts/{}", client::encode(&id)))
                .await?;
            println!(
                "{}",
                if json_out {
                    v.to_string()
                } else {
                    serde_json::to_string_pretty(&v).unwrap_or_default()
                }
            );
        }
        Command::Ack { id, remote } => {
            let v = Client::new(&remote)?
                .post(
                    &format!("/v1/admin/alerts/{}/acknowledge", client::encode(&id)),
                    &json!({}),
                )
                .await?;
            if json_out {
                println!("{v}");
            } else {
                println!("alert `{id}` acknowledged");
            }
        }
        Command::Resolve { id, note, remote } => {
            let v = Client::new(&remote)?
                .post(
                    &format!("/v1/admin/alerts/{}/resolve", client::encode(&id)),
                    &json!({ "note": note }),
                )
                .await?;
            if json_out {
                println!("{v}");
            } else {
                println!("alert `{id}` resolved");
            }
        }
    }
    Ok(exit::OK)
}
