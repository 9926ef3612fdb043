//! `warden halt` and `warden resume`: stop one agent at once, and let it act again.

use serde_json::{Value, json};

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::Exit;

#[derive(clap::Args)]
pub struct HaltArgs {
    /// The agent.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    agent: Option<String>,
    /// Every agent (those already halted stay halted).
    #[arg(long)]
    all: bool,
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

/// `warden halt AGENT --reason R` (or `--all`): refused at once on every process; its pending
/// approvals and running calls are cancelled, the credentials only it may use rotated.
pub async fn halt(args: HaltArgs, json_out: bool) -> Result<u8, Exit> {
    let HaltArgs {
        agent,
        all,
        reason,
        remote,
    } = args;
    let client = Client::new(&remote)?;
    let (path, agent) = match (agent, all) {
        (Some(a), false) => (format!("/v1/admin/agents/{}/halt", client::encode(&a)), a),
        _ => ("/v1/admin/halt".to_owned(), String::new()),
    };
    let v = client.post(&path, &json!({"reason": reason})).await?;
    if json_out {
        println!("{v}");
        return Ok(exit::OK);
    }
    let describe = |name: &str, h: &Value| {
        let n = |k: &str| h.get(k).and_then(Value::as_array).map_or(0, Vec::len);
        let calls = h
            .get("cancelled_calls")
            .and_then(Value::as_u64)
            .unwrap_or(0);
        println!(
            "agent `{name}` halted; {} pending approval(s) and {calls} running call(s) cancelled; {} credential(s) rotated{}",
            n("cancelled_approvals"),
            n("rotated_credentials"),
            match n("credentials_not_rotated") {
                0 => String::new(),
                k => format!(", {k} not rotated (see --json)"),
            }
        );
    };
    if all {
        let halted = v.get("halted").and_then(Value::as_object);
        match halted {
            Some(m) if !m.is_empty() => {
                for (name, h) in m {
                    describe(name, h);
                }
            }
            _ => println!("every agent was already halted"),
        }
    } else {
        describe(&agent, &v);
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
