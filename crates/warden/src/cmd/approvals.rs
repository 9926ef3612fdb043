//! `warden approvals`: held actions, and deciding them.

use serde_json::json;

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::{self, Exit};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Held actions.
    List {
        /// pending, approved, executed, failed, denied, expired, cancelled or all.
        #[arg(long, default_value = "pending")]
        state: String,
        /// At most this many, newest first (1-1000).
        #[arg(long, default_value_t = 100)]
        limit: u64,
        /// Only those older than this approval (the last id of the previous page).
        #[arg(long)]
        before: Option<String>,
        /// Every page, not only the first.
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        remote: Remote,
    },
    /// One held action with its exact arguments.
    Show {
        /// The approval id.
        id: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Approve a held action (you must be in a group that has to decide).
    Approve {
        /// The approval id.
        id: String,
        /// A comment for the record.
        #[arg(long)]
        comment: Option<String>,
        #[command(flatten)]
        remote: Remote,
    },
    /// Deny a held action.
    Deny {
        /// The approval id.
        id: String,
        /// A comment for the record.
        #[arg(long)]
        comment: Option<String>,
        #[command(flatten)]
        remote: Remote,
    },
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        Command::List {
            state,
            limit,
            before,
            all,
            remote,
        } => {
            let client = Client::new(&remote)?;
            let mut rows = Vec::new();
            let mut before = before;
            loop {
                let mut path = format!(
                    "/v1/admin/approvals?state={}&limit={limit}",
                    client::encode(&state)
                );
                if let Some(b) = &before {
                    path.push_str(&format!("&before={}", client::encode(b)));
                }
                let page = client.get(&path).await?;
                let page = page.as_array().cloned().unwrap_or_default();
                let full = u64::try_from(page.len()).unwrap_or(u64::MAX) >= limit;
                before = page
                    .last()
                    .and_then(|a| a.pointer("/action/id"))
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_owned);
                rows.extend(page);
                if !full || before.is_none() {
                    break;
                }
                if !all {
                    // Never silently short: say there is more, and how to get it.
                    eprintln!(
                        "showing the newest {limit}; more with --all or --before {}",
                        before.as_deref().unwrap_or_default()
                    );
                    break;
                }
            }
            output::approvals(&serde_json::Value::Array(rows), json_out);
        }
        Command::Show { id, remote } => {
            let v = Client::new(&remote)?
                .get(&format!("/v1/admin/approvals/{}", client::encode(&id)))
                .await?;
            output::approval(&v, json_out);
        }
        Command::Approve {
            id,
            comment,
            remote,
        } => return decide(&remote, &id, "approve", comment, json_out).await,
        Command::Deny {
            id,
            comment,
            remote,
        } => return decide(&remote, &id, "deny", comment, json_out).await,
    }
    Ok(exit::OK)
}

/// Approves or denies a held action (`verb` is `approve` or `deny`).
async fn decide(
    remote: &Remote,
    id: &str,
    verb: &str,
    comment: Option<String>,
    json_out: bool,
) -> Result<u8, Exit> {
    let v = Client::new(remote)?
        .post(
            &format!("/v1/admin/approvals/{}/{verb}", client::encode(id)),
            &json!({"comment": comment}),
        )
        .await?;
    output::approval(&v, json_out);
    // Approved, but the action did not succeed: the approver's script must know.
    if v.get("state").and_then(serde_json::Value::as_str) == Some("failed") {
        if !json_out {
            eprintln!("approved, but the action failed upstream (see `result`)");
        }
        return Ok(exit::FAILED);
    }
    Ok(exit::OK)
}
