//! `warden approvals`: held actions, and deciding them.

use serde_json::json;

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::{self, Exit};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Held actions.
    List {
        /// pending, approved, executed, denied, expired, cancelled or all.
        #[arg(long, default_value = "pending")]
        state: String,
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
        Command::List { state, remote } => {
            let v = Client::new(&remote)?
                .get(&format!(
                    "/v1/admin/approvals?state={}",
                    client::encode(&state)
                ))
                .await?;
            output::approvals(&v, json_out);
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
        } => decide(&remote, &id, "approve", comment, json_out).await?,
        Command::Deny {
            id,
            comment,
            remote,
        } => decide(&remote, &id, "deny", comment, json_out).await?,
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
) -> Result<(), Exit> {
    let v = Client::new(remote)?
        .post(
            &format!("/v1/admin/approvals/{}/{verb}", client::encode(id)),
            &json!({"comment": comment}),
        )
        .await?;
    output::approval(&v, json_out);
    Ok(())
}
