//! `warden halt` and `warden resume`: stop one agent at once, and let it act again.

use serde_json::{Value, json};

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::Exit;

#[derive(clap::Args)]
pub struct HaltArgs {
    /// The agent.
    agent: String,
    /// Why (recorded in the audit log).
    #[arg(long)]
    reason: String,
    #[command(flatten)]
    remote: Remote,
}

#[derive(clap::Args)]
pub struct ResumeArgs {
    /// The agent.
    agent: String,
    #[command(flatten)]
    remote: Remote,
}

/// `warden halt AGENT --reason R`: its pending approvals are cancelled.
pub async fn halt(args: HaltArgs, json_out: bool) -> Result<u8, Exit> {
    let HaltArgs {
        agent,
        reason,
        remote,
    } = args;
    let v = Client::new(&remote)?
        .post(
            &format!("/v1/admin/agents/{}/halt", client::encode(&agent)),
            &json!({"reason": reason}),
        )
        .await?;
    if json_out {
        println!("{v}");
    } else {
        let cancelled = v
            .get("cancelled_approvals")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        println!("agent `{agent}` halted; {cancelled} pending approval(s) cancelled");
    }
    Ok(exit::OK)
}

/// `warden resume AGENT`.
pub async fn resume(args: ResumeArgs, json_out: bool) -> Result<u8, Exit> {
    let ResumeArgs { agent, remote } = args;
    let v = Client::new(&remote)?
        .post(
            &format!("/v1/admin/agents/{}/resume", client::encode(&agent)),
            &json!({}),
        )
        .await?;
    if json_out {
        println!("{v}");
    } else {
        println!("agent `{agent}` resumed");
    }
    Ok(exit::OK)
}
