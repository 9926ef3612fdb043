//! `warden agents`: configured agents and their tokens.

use serde_json::{Value, json};

use super::duration_seconds;
use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::{self, Exit};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Configured agents and whether they are halted.
    List {
        #[command(flatten)]
        remote: Remote,
    },
    /// Agent tokens.
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(clap::Subcommand)]
pub enum TokenCommand {
    /// Create a token for an agent; it is printed once.
    Create {
        /// The agent.
        agent: String,
        /// Lifetime, e.g. `30d` or `12h`.
        #[arg(long)]
        expires: Option<String>,
        #[command(flatten)]
        remote: Remote,
    },
    /// List tokens (metadata only).
    List {
        /// Only this agent's tokens.
        agent: Option<String>,
        #[command(flatten)]
        remote: Remote,
    },
    /// Revoke one token.
    Revoke {
        /// The token id.
        id: String,
        #[command(flatten)]
        remote: Remote,
    },
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        Command::List { remote } => {
            let v = Client::new(&remote)?.get("/v1/admin/agents").await?;
            output::agents(&v, json_out);
            Ok(exit::OK)
        }
        Command::Token(cmd) => token(cmd, json_out).await,
    }
}

async fn token(cmd: TokenCommand, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        TokenCommand::Create {
            agent,
            expires,
            remote,
        } => {
            let body = json!({"kind": "agent", "subject": agent, "expires_in_seconds": duration_seconds(expires.as_deref())?});
            let v = Client::new(&remote)?
                .post("/v1/admin/tokens", &body)
                .await?;
            output::new_token(&v, json_out);
            Ok(exit::OK)
        }
        TokenCommand::List { agent, remote } => {
            let path = match agent {
                Some(a) => format!("/v1/admin/tokens?subject={}", client::encode(&a)),
                None => "/v1/admin/tokens".into(),
            };
            let v = Client::new(&remote)?.get(&path).await?;
            output::tokens(&v, json_out);
            Ok(exit::OK)
        }
        TokenCommand::Revoke { id, remote } => revoke_token(&id, &remote, json_out).await,
    }
}

/// Revokes one token (an agent's or an operator's) and prints it.
pub(super) async fn revoke_token(id: &str, remote: &Remote, json_out: bool) -> Result<u8, Exit> {
    let v = Client::new(remote)?
        .post(
            &format!("/v1/admin/tokens/{}/revoke", client::encode(id)),
            &json!({}),
        )
        .await?;
    output::tokens(&Value::Array(vec![v]), json_out);
    Ok(exit::OK)
}
