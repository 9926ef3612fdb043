//! `warden check config`: validate files without a server.

use std::path::PathBuf;

use serde_json::json;

use crate::exit;
use crate::output::Exit;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Validate a configuration and its policies exactly as `serve` does at start.
    Config {
        /// The configuration file.
        path: PathBuf,
    },
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    let Command::Config { path } = cmd;
    // What `serve` checks at start, in its order: the outside references, then the
    // configuration and policies with the MCP servers' tools.
    let dep = warden_config::load(&path, &|k| std::env::var(k).ok())
        .map_err(|e| Exit::error(e.to_string()))?;
    let unset = super::preflight(&dep).await?;
    let compiled = super::compile_with_mcp(dep, &[]).await?;
    if let Some((upstreams, _)) = &compiled.mcp {
        upstreams.shutdown().await;
    }
    let dep = &compiled.deployment;
    let warnings: Vec<&String> = dep.warnings.iter().chain(&unset).collect();
    if json_out {
        println!(
            "{}",
            json!({"ok": true, "agents": dep.agents.len(), "tools": dep.tools.len(), "policies": compiled.policy.policy_count(), "warnings": warnings})
        );
    } else {
        for w in &warnings {
            println!("warning: {w}");
        }
        println!(
            "ok: {} agents, {} roles, {} tools, {} policies in {} files",
            dep.agents.len(),
            dep.roles.len(),
            dep.tools.len(),
            compiled.policy.policy_count(),
            dep.policy_files.len()
        );
    }
    Ok(exit::OK)
}
