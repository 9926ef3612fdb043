//! `warden tools`: upstream MCP tools and their pinned definitions.

use serde_json::json;

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::{self, Exit, s_of};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Every MCP tool Warden has seen, with its pin status (approved, changed, poisoned).
    List {
        #[command(flatten)]
        remote: Remote,
    },
    /// What changed in a tool's definition since it was approved.
    Diff {
        /// The tool, e.g. `helpdesk.lookup_ticket`.
        name: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Approve a tool's definition as last seen (a changed or held tool becomes usable).
    Approve {
        /// The tool.
        name: String,
        /// A comment for the record.
        #[arg(long)]
        comment: Option<String>,
        #[command(flatten)]
        remote: Remote,
    },
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        Command::List { remote } => {
            let v = Client::new(&remote)?.get("/v1/admin/tools").await?;
            output::tool_pins(&v, json_out);
        }
        Command::Diff { name, remote } => {
            let v = Client::new(&remote)?.get("/v1/admin/tools").await?;
            let Some(pin) = v
                .as_array()
                .into_iter()
                .flatten()
                .find(|p| p.get("tool").and_then(|t| t.as_str()) == Some(name.as_str()))
            else {
                return Err(Exit::not_found(format!(
                    "no MCP tool `{name}` has been seen"
                )));
            };
            output::tool_diff(pin, json_out);
        }
        Command::Approve {
            name,
            comment,
            remote,
        } => {
            let v = Client::new(&remote)?
                .post(
                    &format!("/v1/admin/tools/{}/approve", client::encode(&name)),
                    &json!({"comment": comment}),
                )
                .await?;
            if json_out {
                println!("{v}");
            } else {
                let field = |k: &str| v.get(k).map(s_of).unwrap_or_default();
                println!("approved {} ({})", field("tool"), field("seen_hash"));
            }
        }
    }
    Ok(exit::OK)
}
