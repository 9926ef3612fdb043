//! `warden secrets`: secrets in Warden's vault. No command ever prints a value, and no value
//! is ever taken from the command line.

use std::path::PathBuf;

use serde_json::json;

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::{self, Exit, s_of};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Store a secret (its first version, or a new one) for the named agents.
    Put {
        /// The secret's name, as `{{secret:name}}` in connector templates.
        name: String,
        #[command(flatten)]
        source: SecretSource,
        /// An agent allowed to have it injected (repeat for several).
        #[arg(long = "agent", required = true)]
        agents: Vec<String>,
        #[command(flatten)]
        remote: Remote,
    },
    /// Store a new version for the same agents; the previous one stays live for `vault.grace`.
    Rotate {
        /// The secret.
        name: String,
        #[command(flatten)]
        source: SecretSource,
        #[command(flatten)]
        remote: Remote,
    },
    /// Every secret's metadata.
    List {
        #[command(flatten)]
        remote: Remote,
    },
    /// Secrets with a rotation policy, when each is due, and which are overdue (exit 5 if any).
    Due {
        #[command(flatten)]
        remote: Remote,
    },
    /// One secret's metadata.
    Show {
        /// The secret.
        name: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// One secret's versions.
    History {
        /// The secret.
        name: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Revoke a version (or every version) of a secret.
    Revoke {
        /// The secret.
        name: String,
        /// Only this version.
        #[arg(long)]
        version: Option<u32>,
        #[command(flatten)]
        remote: Remote,
    },
}

/// Where a secret's value comes from: never the command line.
#[derive(clap::Args)]
#[group(required = true, multiple = false)]
pub struct SecretSource {
    /// Read the value from standard input (one trailing newline is dropped).
    #[arg(long)]
    from_stdin: bool,
    /// Read the value from this file.
    #[arg(long)]
    from_file: Option<PathBuf>,
}

impl SecretSource {
    fn read(&self) -> Result<String, Exit> {
        let mut value = match &self.from_file {
            Some(path) => std::fs::read_to_string(path)
                .map_err(|e| Exit::error(format!("cannot read `{}`: {e}", path.display())))?,
            None => {
                let mut s = String::new();
                std::io::Read::read_to_string(
                    &mut std::io::Read::take(std::io::stdin(), 65 * 1024),
                    &mut s,
                )
                .map_err(|e| Exit::error(format!("cannot read standard input: {e}")))?;
                s
            }
        };
        if value.ends_with('\n') {
            value.pop();
            if value.ends_with('\r') {
                value.pop();
            }
        }
        if value.is_empty() {
            return Err(Exit::error("the secret's value is empty"));
        }
        Ok(value)
    }
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    let path = |name: &str| format!("/v1/admin/secrets/{}", client::encode(name));
    let v = match cmd {
        Command::Put {
            name,
            source,
            agents,
            remote,
        } => {
            let value = source.read()?;
            Client::new(&remote)?
                .post(&path(&name), &json!({"value": value, "agents": agents}))
                .await?
        }
        Command::Rotate {
            name,
            source,
            remote,
        } => {
            let value = source.read()?;
            let client = Client::new(&remote)?;
            let current = client.get(&path(&name)).await?;
            let agents = current.get("agents").cloned().unwrap_or(json!([]));
            client
                .post(&path(&name), &json!({"value": value, "agents": agents}))
                .await?
        }
        Command::List { remote } => {
            let v = Client::new(&remote)?.get("/v1/admin/secrets").await?;
            output::secrets(&v, json_out);
            return Ok(exit::OK);
        }
        Command::Due { remote } => {
            let v = Client::new(&remote)?.get("/v1/admin/secrets-due").await?;
            let overdue = v
                .as_array()
                .is_some_and(|a| a.iter().any(|x| x.get("overdue") == Some(&json!(true))));
            if json_out {
                println!("{v}");
            } else {
                for x in v.as_array().into_iter().flatten() {
                    let field = |k: &str| x.get(k).map(s_of).unwrap_or_default();
                    println!(
                        "{:24} version {:4} due {:28} {}",
                        field("name"),
                        field("version"),
                        field("due_at"),
                        if x.get("overdue") == Some(&json!(true)) {
                            "OVERDUE"
                        } else {
                            "ok"
                        }
                    );
                }
            }
            return Ok(if overdue { exit::CONFLICT } else { exit::OK });
        }
        Command::Show { name, remote } | Command::History { name, remote } => {
            Client::new(&remote)?.get(&path(&name)).await?
        }
        Command::Revoke {
            name,
            version,
            remote,
        } => {
            Client::new(&remote)?
                .post(
                    &format!("{}/revoke", path(&name)),
                    &json!({"version": version}),
                )
                .await?
        }
    };
    output::secret(&v, json_out);
    Ok(exit::OK)
}
