//! `warden operators`: approver and administrator tokens.

use serde_json::{Value, json};

use super::agents::revoke_token;
use super::duration_seconds;
use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::{self, Exit};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Operator tokens.
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(clap::Subcommand)]
pub enum TokenCommand {
    /// Create a token for an operator (an approver, or with `--admin` an administrator).
    Create {
        /// The operator's name, as listed in approver groups.
        name: String,
        /// May administer (tokens, halts, audit).
        #[arg(long)]
        admin: bool,
        /// Lifetime, e.g. `30d`.
        #[arg(long)]
        expires: Option<String>,
        #[command(flatten)]
        remote: Remote,
    },
    /// List operator tokens (metadata only).
    List {
        /// Only this operator's tokens.
        name: Option<String>,
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
    let Command::Token(cmd) = cmd;
    match cmd {
        TokenCommand::Create {
            name,
            admin,
            expires,
            remote,
        } => {
            let body = json!({"kind": "operator", "subject": name, "admin": admin, "expires_in_seconds": duration_seconds(expires.as_deref())?});
            let v = Client::new(&remote)?
                .post("/v1/admin/tokens", &body)
                .await?;
            output::new_token(&v, json_out);
            Ok(exit::OK)
        }
        TokenCommand::List { name, remote } => {
            let path = match name {
                Some(n) => format!("/v1/admin/tokens?subject={}", client::encode(&n)),
                None => "/v1/admin/tokens".into(),
            };
            let v = Client::new(&remote)?.get(&path).await?;
            let operators: Vec<Value> = v
                .as_array()
                .map(|all| {
                    all.iter()
                        .filter(|t| t.get("kind").and_then(Value::as_str) == Some("operator"))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            output::tokens(&Value::Array(operators), json_out);
            Ok(exit::OK)
        }
        TokenCommand::Revoke { id, remote } => revoke_token(&id, &remote, json_out).await,
    }
}
