//! `warden`: the security and compliance gateway for AI agents.
//!
//! Commands that read or change live state are clients of the running server's admin API
//! (`WARDEN_ADDR`, `WARDEN_TOKEN`); commands that work on files run without a server.

mod audit_cmd;
mod bridge;
mod client;
mod demo;
mod output;
mod scan;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use serde_json::{Value, json};

use client::Client;
use output::Exit;

/// Exit codes: documented in `docs/cli.md`.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// An error: bad input, a server error, no connection.
    pub const ERROR: u8 = 1;
    /// Refused: unauthenticated, forbidden, denied.
    pub const REFUSED: u8 = 3;
    /// The thing named does not exist.
    pub const NOT_FOUND: u8 = 4;
    /// Conflicts with current state (already decided, expired, not halted).
    pub const CONFLICT: u8 = 5;
    /// The audit log does not verify.
    pub const TAMPERED: u8 = 6;
    /// `warden scan` found something.
    pub const FOUND: u8 = 7;
}

#[derive(Parser)]
#[command(
    name = "warden",
    version,
    about = "The security and compliance gateway for AI agents"
)]
struct Cli {
    /// Print JSON instead of tables.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Remote {
    /// Address of the running server's API.
    #[arg(
        long,
        env = "WARDEN_ADDR",
        default_value = "http://127.0.0.1:8080",
        global = true
    )]
    addr: String,
    /// An operator token (from `warden init` or `warden operators token create`).
    #[arg(long, env = "WARDEN_TOKEN", hide_env_values = true, global = true)]
    token: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the gateway.
    Serve {
        /// Configuration file.
        #[arg(long, short, default_value = "warden.toml")]
        config: PathBuf,
        /// Database file (overrides `storage.sqlite`).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Listen address (overrides `server.listen`).
        #[arg(long)]
        listen: Option<std::net::SocketAddr>,
    },
    /// Create the data directory and database and print the first administrator token once.
    Init {
        /// Configuration file.
        #[arg(long, short, default_value = "warden.toml")]
        config: PathBuf,
        /// Database file (overrides `storage.sqlite`).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Name of the first administrator.
        #[arg(long, default_value = "admin")]
        name: String,
    },
    /// Check files without a server.
    #[command(subcommand)]
    Check(CheckCommand),
    /// Agents and their tokens.
    #[command(subcommand)]
    Agents(AgentsCommand),
    /// Operator (approver and administrator) tokens.
    #[command(subcommand)]
    Operators(OperatorsCommand),
    /// Held actions.
    #[command(subcommand)]
    Approvals(ApprovalsCommand),
    /// Stop one agent at once; its pending approvals are cancelled.
    Halt {
        /// The agent.
        agent: String,
        /// Why (recorded in the audit log).
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Reload the running server's configuration and policies (as SIGHUP does): swapped in
    /// only if every part is valid; otherwise every problem is listed and nothing changes.
    Reload {
        #[command(flatten)]
        remote: Remote,
    },
    /// Let a halted agent act again.
    Resume {
        /// The agent.
        agent: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// The audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Data subjects: where a person's data went, and their copy of it (GDPR Art. 15).
    #[command(subcommand)]
    Subject(SubjectCommand),
    /// Erase data subjects (GDPR Art. 17): their keys and values are destroyed, erasure hooks
    /// are called, a receipt is logged; the audit log still verifies.
    Erase {
        /// E-mail addresses and phone numbers of the person.
        #[arg(required = true)]
        identifiers: Vec<String>,
        /// Why (the request's reference); recorded in the receipt.
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// LLM spend per day, agent, provider and model (from the audit log).
    Costs {
        /// From this day (YYYY-MM-DD, UTC) or time (RFC 3339); default: the start of this month.
        #[arg(long)]
        since: Option<String>,
        /// Before this day or time.
        #[arg(long)]
        until: Option<String>,
        /// Only this agent.
        #[arg(long)]
        agent: Option<String>,
        #[command(flatten)]
        remote: Remote,
    },
    /// Upstream MCP tools and their pinned definitions.
    #[command(subcommand)]
    Tools(ToolsCommand),
    /// Secrets in Warden's vault (no command ever prints a value).
    #[command(subcommand)]
    Secrets(SecretsCommand),
    /// Play the reference deployment end to end on embedded defaults.
    Demo {
        /// Keep the demo's data directory here instead of a fresh temporary one.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Bridge a stdio-only MCP client to Warden's `/mcp` (JSON-RPC lines on stdin/stdout).
    McpStdio {
        /// Warden's MCP endpoint.
        #[arg(long, default_value = "http://127.0.0.1:8080/mcp")]
        url: String,
        /// The environment variable holding the agent's token.
        #[arg(long, default_value = "WARDEN_AGENT_TOKEN")]
        token_env: String,
    },
    /// Look for personal data, secrets and prompt injection in files or standard input.
    Scan {
        /// Files to scan; standard input when none.
        files: Vec<PathBuf>,
        /// Also print each input redacted: `mask`, `remove` or `pseudonymise`.
        #[arg(long)]
        redact: Option<String>,
        /// Injection score at or above which an input counts as an injection.
        #[arg(long, default_value_t = warden_inspect::DEFAULT_INJECTION_THRESHOLD)]
        threshold: f32,
    },
    /// Serve the fake GroupAny tools (for the reference deployment).
    Upstream {
        /// Listen address.
        #[arg(long, default_value = "127.0.0.1:9100")]
        listen: std::net::SocketAddr,
        /// Environment variable holding the API key the tools require.
        #[arg(long, default_value = "GROUPANY_API_KEY")]
        key_env: String,
        /// Serve GroupAny's knowledge base as an MCP server on stdin/stdout instead.
        #[arg(long)]
        mcp_stdio: bool,
    },
}

#[derive(Subcommand)]
enum CheckCommand {
    /// Validate a configuration and its policies exactly as `serve` does at start.
    Config {
        /// The configuration file.
        path: PathBuf,
    },
}

#[derive(Subcommand)]
enum AgentsCommand {
    /// Configured agents and whether they are halted.
    List {
        #[command(flatten)]
        remote: Remote,
    },
    /// Agent tokens.
    #[command(subcommand)]
    Token(AgentTokenCommand),
}

#[derive(Subcommand)]
enum AgentTokenCommand {
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

#[derive(Subcommand)]
enum OperatorsCommand {
    /// Operator tokens.
    #[command(subcommand)]
    Token(OperatorTokenCommand),
}

#[derive(Subcommand)]
enum OperatorTokenCommand {
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
    /// Revoke one token.
    Revoke {
        /// The token id.
        id: String,
        #[command(flatten)]
        remote: Remote,
    },
}

#[derive(Subcommand)]
enum SecretsCommand {
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
struct SecretSource {
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

#[derive(Subcommand)]
enum ToolsCommand {
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

#[derive(Subcommand)]
enum ApprovalsCommand {
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

#[derive(Subcommand)]
enum SubjectCommand {
    /// Every record, system, tool and LLM provider the person's data reached.
    Locate {
        /// E-mail addresses and phone numbers of the person.
        #[arg(required = true)]
        identifiers: Vec<String>,
        #[command(flatten)]
        remote: Remote,
    },
    /// The person's data for an access request: every record holding it, with their values.
    Export {
        /// E-mail addresses and phone numbers of the person.
        #[arg(required = true)]
        identifiers: Vec<String>,
        /// Write JSON Lines to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        remote: Remote,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Search the audit log.
    Query {
        /// Only this agent.
        #[arg(long)]
        agent: Option<String>,
        /// Only this tool.
        #[arg(long)]
        tool: Option<String>,
        /// Only this outcome (success, failure, denied, escalated, approved, expired, …).
        #[arg(long)]
        outcome: Option<String>,
        /// At or after this UTC time (2026-11-21 or 2026-11-21T08:00:00Z).
        #[arg(long)]
        since: Option<String>,
        /// Before this UTC time.
        #[arg(long)]
        until: Option<String>,
        /// At most this many records (the newest).
        #[arg(long, default_value_t = 100)]
        limit: u64,
        #[command(flatten)]
        remote: Remote,
    },
    /// Recompute the hash chain and name the first record that does not match; with
    /// `--against`, also check the log against signed checkpoints kept outside Warden.
    Verify {
        /// Verify this database file directly, without a server.
        #[arg(long)]
        db: Option<PathBuf>,
        /// Checkpoint files (or directories of `*.checkpoint`) to check the log against.
        #[arg(long)]
        against: Vec<PathBuf>,
        /// The checkpoints' verifier key (default with `--db`: `audit-signing.key.pub` beside it).
        #[arg(long)]
        key: Option<PathBuf>,
        /// With `--db`: use at most this many threads (default: one per core).
        #[arg(long, requires = "db", value_parser = clap::value_parser!(u16).range(1..))]
        threads: Option<u16>,
        #[command(flatten)]
        remote: Remote,
    },
    /// Purge the payloads of records past their class's retention (hashes and the Merkle
    /// tree stay; the purge is recorded). Warden also does this every `purge_every`.
    Purge {
        /// Only count what would be purged.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        remote: Remote,
    },
    /// Export the log as JSON Lines (the stored records, hashable) or OCSF JSON, oldest
    /// first, with progress on standard error.
    Export {
        /// Read this database file directly (read only) instead of asking a server.
        #[arg(long)]
        db: Option<PathBuf>,
        /// `jsonl` or `ocsf`.
        #[arg(long, default_value = "jsonl")]
        format: String,
        /// Only records after this sequence number.
        #[arg(long, default_value_t = 0)]
        after: u64,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        remote: Remote,
    },
    /// Sign a checkpoint of the log as it is now (and publish it).
    Checkpoint {
        /// Also write the signed note to this file.
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        remote: Remote,
    },
    /// Merkle proofs, verified on this side.
    #[command(subcommand)]
    Proof(ProofCommand),
}

#[derive(Subcommand)]
enum ProofCommand {
    /// That record SEQ is in the log (of SIZE records, default all; or in the log a signed
    /// checkpoint covers, with `--against`).
    Inclusion {
        /// The record's sequence number.
        seq: u64,
        /// The tree size to prove against (the server's own tree head of that size).
        #[arg(long)]
        size: Option<u64>,
        /// Prove against this signed checkpoint (kept outside Warden) instead of the server's
        /// own tree head.
        #[arg(long, requires = "key")]
        against: Option<PathBuf>,
        /// The checkpoint's verifier key.
        #[arg(long)]
        key: Option<PathBuf>,
        #[command(flatten)]
        remote: Remote,
    },
    /// That the log of OLD records is a prefix of the log of NEW records (default all); with
    /// `--against`, OLD is a signed checkpoint's tree.
    Consistency {
        /// The older size (the checkpoint's with `--against`).
        old: Option<u64>,
        /// The newer size.
        new: Option<u64>,
        /// Prove that the log extends this signed checkpoint (kept outside Warden).
        #[arg(long, requires = "key")]
        against: Option<PathBuf>,
        /// The checkpoint's verifier key.
        #[arg(long)]
        key: Option<PathBuf>,
        #[command(flatten)]
        remote: Remote,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::from(exit::ERROR);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => ExitCode::from(code),
        Err(Exit { code, message }) => {
            if !message.is_empty() {
                eprintln!("error: {message}");
            }
            ExitCode::from(code)
        }
    }
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn process_env() -> warden_pipeline::Env {
    Arc::new(|k: &str| std::env::var(k).ok())
}

/// Loads and compiles a configuration exactly as `serve` does: upstream MCP servers are
/// started and their tools listed, so policies naming them are checked too.
async fn load_with_mcp(
    path: &Path,
    pins: &[warden_store::ToolPin],
) -> Result<warden_pipeline::Compiled, Exit> {
    let dep = warden_config::load(path, &|k| std::env::var(k).ok())
        .map_err(|e| Exit::error(e.to_string()))?;
    warden_pipeline::compile_with_mcp(dep, process_env(), pins, None)
        .await
        .map_err(|e| Exit::error(e.to_string()))
}

fn duration_seconds(s: Option<&str>) -> Result<Option<u64>, Exit> {
    s.map(|s| {
        warden_config::parse_duration(s)
            .map(|d| d.as_secs().max(1))
            .map_err(|e| Exit::error(format!("--expires: {e}")))
    })
    .transpose()
}

async fn run(cli: Cli) -> Result<u8, Exit> {
    let json_out = cli.json;
    match cli.command {
        Command::Serve { config, db, listen } => serve(&config, db, listen).await,
        Command::Tools(cmd) => tools(cmd, json_out).await,
        Command::Secrets(cmd) => secrets(cmd, json_out).await,
        Command::Init { config, db, name } => {
            let compiled = load_with_mcp(&config, &[]).await?;
            if let Some((upstreams, _)) = &compiled.mcp {
                upstreams.shutdown().await;
            }
            let mut dep = (*compiled.deployment).clone();
            if let Some(db) = db {
                dep.relocate_db(db);
            }
            let (store, path) = open_store(&dep)?;
            let token = warden_pipeline::bootstrap_admin(&store, &name)
                .await
                .map_err(Exit::conflict)?;
            if json_out {
                println!(
                    "{}",
                    json!({"database": path, "operator": name, "token": token})
                );
            } else {
                println!("database: {path}");
                println!("administrator `{name}` token (shown once; keep it safe):\n{token}");
                println!("\nexport WARDEN_TOKEN=<the token above> to use the admin commands");
            }
            Ok(exit::OK)
        }
        Command::Check(CheckCommand::Config { path }) => {
            let compiled = load_with_mcp(&path, &[]).await?;
            if let Some((upstreams, _)) = &compiled.mcp {
                upstreams.shutdown().await;
            }
            let dep = &compiled.deployment;
            if json_out {
                println!(
                    "{}",
                    json!({"ok": true, "agents": dep.agents.len(), "tools": dep.tools.len(), "policies": compiled.policy.policy_count(), "warnings": dep.warnings})
                );
            } else {
                for w in &dep.warnings {
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
        Command::Agents(AgentsCommand::List { remote }) => {
            let v = Client::new(&remote)?.get("/v1/admin/agents").await?;
            output::agents(&v, json_out);
            Ok(exit::OK)
        }
        Command::Agents(AgentsCommand::Token(cmd)) => match cmd {
            AgentTokenCommand::Create {
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
            AgentTokenCommand::List { agent, remote } => {
                let path = match agent {
                    Some(a) => format!("/v1/admin/tokens?subject={}", client::encode(&a)),
                    None => "/v1/admin/tokens".into(),
                };
                let v = Client::new(&remote)?.get(&path).await?;
                output::tokens(&v, json_out);
                Ok(exit::OK)
            }
            AgentTokenCommand::Revoke { id, remote } => {
                let v = Client::new(&remote)?
                    .post(
                        &format!("/v1/admin/tokens/{}/revoke", client::encode(&id)),
                        &json!({}),
                    )
                    .await?;
                output::tokens(&Value::Array(vec![v]), json_out);
                Ok(exit::OK)
            }
        },
        Command::Operators(OperatorsCommand::Token(cmd)) => match cmd {
            OperatorTokenCommand::Create {
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
            OperatorTokenCommand::Revoke { id, remote } => {
                let v = Client::new(&remote)?
                    .post(
                        &format!("/v1/admin/tokens/{}/revoke", client::encode(&id)),
                        &json!({}),
                    )
                    .await?;
                output::tokens(&Value::Array(vec![v]), json_out);
                Ok(exit::OK)
            }
        },
        Command::Approvals(cmd) => approvals(cmd, json_out).await,
        Command::Costs {
            since,
            until,
            agent,
            remote,
        } => {
            let day_or_time = |flag: &str, v: Option<String>| -> Result<Option<String>, Exit> {
                match v {
                    None => Ok(None),
                    Some(s)
                        if s.len() == 10
                            && warden_types::parse_rfc3339(&format!("{s}T00:00:00Z")).is_some() =>
                    {
                        Ok(Some(format!("{s}T00:00:00Z")))
                    }
                    Some(s) if warden_types::parse_rfc3339(&s).is_some() => Ok(Some(s)),
                    Some(s) => Err(Exit::error(format!(
                        "--{flag} `{s}` is neither a day (YYYY-MM-DD) nor an RFC 3339 time"
                    ))),
                }
            };
            let since = day_or_time("since", since)?.unwrap_or_else(|| {
                let now = warden_types::Timestamp::now().to_rfc3339();
                format!("{}-01T00:00:00Z", now.get(..7).unwrap_or("1970-01"))
            });
            let mut query = format!("/v1/admin/costs?since={}", client::encode(&since));
            if let Some(u) = day_or_time("until", until)? {
                query.push_str(&format!("&until={}", client::encode(&u)));
            }
            if let Some(a) = &agent {
                query.push_str(&format!("&agent={}", client::encode(a)));
            }
            let v = Client::new(&remote)?.get(&query).await?;
            if json_out {
                println!("{v}");
            } else {
                let rows: Vec<Vec<String>> = v
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|r| {
                        [
                            "day",
                            "agent",
                            "provider",
                            "model",
                            "calls",
                            "input_tokens",
                            "output_tokens",
                            "cost_usd",
                        ]
                        .iter()
                        .map(|k| r.get(*k).map(s_of).unwrap_or_default())
                        .collect()
                    })
                    .collect();
                output::print_table(
                    &[
                        "DAY", "AGENT", "PROVIDER", "MODEL", "CALLS", "IN", "OUT", "USD",
                    ],
                    rows,
                );
            }
            Ok(exit::OK)
        }
        Command::Halt {
            agent,
            reason,
            remote,
        } => {
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
        Command::Reload { remote } => {
            let v = Client::new(&remote)?
                .post("/v1/admin/reload", &json!({}))
                .await?;
            if json_out {
                println!("{v}");
            } else {
                println!(
                    "configuration reloaded{}: policy set {}",
                    if v.get("changed") == Some(&json!(true)) {
                        ""
                    } else {
                        " (unchanged)"
                    },
                    v.get("policy_set").and_then(Value::as_str).unwrap_or("-")
                );
            }
            Ok(exit::OK)
        }
        Command::Resume { agent, remote } => {
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
        Command::Audit(AuditCommand::Query {
            agent,
            tool,
            outcome,
            since,
            until,
            limit,
            remote,
        }) => {
            let mut q = vec![format!("limit={limit}")];
            for (k, v) in [
                ("agent", agent),
                ("tool", tool),
                ("outcome", outcome),
                ("since", since),
                ("until", until),
            ] {
                if let Some(v) = v {
                    q.push(format!("{k}={}", client::encode(&v)));
                }
            }
            let v = Client::new(&remote)?
                .get(&format!("/v1/admin/audit?{}", q.join("&")))
                .await?;
            output::audit(&v, json_out);
            Ok(exit::OK)
        }
        Command::Audit(AuditCommand::Verify {
            db,
            against,
            key,
            threads,
            remote,
        }) if !against.is_empty() => {
            let threads = threads.map(usize::from);
            audit_cmd::verify_against(db, &against, key, threads, &remote, json_out).await
        }
        Command::Subject(SubjectCommand::Locate {
            identifiers,
            remote,
        }) => audit_cmd::locate(identifiers, &remote, json_out).await,
        Command::Subject(SubjectCommand::Export {
            identifiers,
            out,
            remote,
        }) => audit_cmd::export(identifiers, out, &remote).await,
        Command::Erase {
            identifiers,
            reason,
            remote,
        } => audit_cmd::erase(identifiers, reason, &remote, json_out).await,
        Command::Audit(AuditCommand::Export {
            db,
            format,
            after,
            out,
            remote,
        }) => audit_cmd::export_log(db, &format, after, out, &remote).await,
        Command::Audit(AuditCommand::Purge { dry_run, remote }) => {
            audit_cmd::purge(dry_run, &remote, json_out).await
        }
        Command::Audit(AuditCommand::Checkpoint { out, remote }) => {
            audit_cmd::checkpoint(out, &remote, json_out).await
        }
        Command::Audit(AuditCommand::Proof(ProofCommand::Inclusion {
            seq,
            size,
            against,
            key,
            remote,
        })) => {
            audit_cmd::inclusion(
                seq,
                size,
                against.as_deref(),
                key.as_deref(),
                &remote,
                json_out,
            )
            .await
        }
        Command::Audit(AuditCommand::Proof(ProofCommand::Consistency {
            old,
            new,
            against,
            key,
            remote,
        })) => {
            audit_cmd::consistency(
                old,
                new,
                against.as_deref(),
                key.as_deref(),
                &remote,
                json_out,
            )
            .await
        }
        Command::Audit(AuditCommand::Verify {
            db,
            threads,
            remote,
            ..
        }) => {
            let report = match db {
                Some(path) => serde_json::to_value(
                    warden_store::verify_file_on(
                        &path,
                        &[],
                        &mut |n| {
                            eprintln!("verified {n} records…");
                        },
                        threads.map(usize::from),
                    )
                    .map_err(|e| Exit::error(e.to_string()))?,
                )
                .map_err(|e| Exit::error(e.to_string()))?,
                None => Client::new(&remote)?.get("/v1/admin/audit/verify").await?,
            };
            Ok(output::verify(&report, json_out))
        }
        Command::Demo { dir } => demo::run(dir).await,
        Command::McpStdio { url, token_env } => bridge::run(&url, &token_env).await,
        Command::Scan {
            files,
            redact,
            threshold,
        } => scan::run(&files, redact.as_deref(), threshold, json_out),
        Command::Upstream {
            mcp_stdio: true, ..
        } => {
            warden_fake_upstream::kb::serve_stdio()
                .map_err(|e| Exit::error(format!("standard input or output failed: {e}")))?;
            Ok(exit::OK)
        }
        Command::Upstream {
            listen, key_env, ..
        } => {
            init_logging();
            let key = std::env::var(&key_env).ok();
            if key.is_none() {
                tracing::warn!(
                    "{key_env} is not set: the fake tools accept calls without an API key"
                );
            }
            let listener = tokio::net::TcpListener::bind(listen)
                .await
                .map_err(|e| Exit::error(format!("cannot listen on {listen}: {e}")))?;
            tracing::info!(%listen, "fake GroupAny tools listening");
            warden_fake_upstream::Upstream::new(key)
                .with_llm_key(std::env::var("LLM_API_KEY").ok())
                .serve(listener)
                .await
                .map_err(|e| Exit::error(e.to_string()))?;
            Ok(exit::OK)
        }
    }
}

/// The store the deployment names: PostgreSQL when `storage.postgres` (or the environment's
/// `WARDEN_POSTGRES`) is set, else the SQLite file. Returns it and a description for people
/// (never the connection string, which may hold a password).
fn open_store(
    dep: &warden_types::Deployment,
) -> Result<(Arc<dyn warden_store::Store>, String), Exit> {
    let pg = std::env::var("WARDEN_POSTGRES")
        .ok()
        .filter(|v| !v.is_empty())
        .or_else(|| dep.postgres.clone());
    match pg {
        Some(template) => {
            let mut conn = String::new();
            let mut rest = template.as_str();
            while let Some(start) = rest.find("{{env:") {
                conn.push_str(rest.get(..start).unwrap_or_default());
                let after = rest.get(start + 6..).unwrap_or_default();
                let end = after
                    .find("}}")
                    .ok_or_else(|| Exit::error("storage.postgres: an unclosed `{{env:`"))?;
                let name = after.get(..end).unwrap_or_default();
                conn.push_str(
                    &std::env::var(name).map_err(|_| {
                        Exit::error(format!("storage.postgres: `{name}` is not set"))
                    })?,
                );
                rest = after.get(end + 2..).unwrap_or_default();
            }
            conn.push_str(rest);
            let store = warden_store::PgStore::connect(&conn).map_err(|e| {
                // The driver's message names the host, never the password.
                Exit::error(format!("cannot open the PostgreSQL store: {e}"))
            })?;
            Ok((Arc::new(store), "PostgreSQL".to_owned()))
        }
        None => {
            let path = dep.sqlite_path.clone();
            let store = warden_store::SqliteStore::open(&path)
                .map_err(|e| Exit::error(format!("cannot open `{}`: {e}", path.display())))?;
            Ok((Arc::new(store), path.display().to_string()))
        }
    }
}

async fn serve(
    config: &Path,
    db: Option<PathBuf>,
    listen: Option<std::net::SocketAddr>,
) -> Result<u8, Exit> {
    init_logging();
    let mut plain_dep = warden_config::load(config, &|k| std::env::var(k).ok())
        .map_err(|e| Exit::error(e.to_string()))?;
    let db_override = db.clone();
    if let Some(db) = db {
        plain_dep.relocate_db(db);
    }
    for w in &plain_dep.warnings {
        tracing::warn!("{w}");
    }
    let (store, path) = open_store(&plain_dep)?;
    let pins = {
        store
            .tool_pins()
            .await
            .map_err(|e| Exit::error(format!("cannot read tool pins: {e}")))?
    };
    // The vault opens first: MCP servers may be given vault secrets when they start.
    let store_dyn: Arc<dyn warden_store::Store> = Arc::clone(&store);
    let vault = warden_pipeline::vault::open_vault(&plain_dep, &store_dyn, &process_env())
        .await
        .map_err(|e| Exit::error(e.to_string()))?;
    let compiled = warden_pipeline::compile_with_mcp(plain_dep, process_env(), &pins, vault)
        .await
        .map_err(|e| Exit::error(e.to_string()))?;
    let addr = listen.unwrap_or(compiled.deployment.listen);
    let gw = warden_pipeline::Gateway::start(compiled, store.clone(), process_env())
        .await
        .map_err(|e| Exit::error(e.to_string()))?;
    if !gw.has_admin() {
        tracing::warn!(
            "no administrator token exists yet: run `warden init` with this configuration"
        );
    }
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| Exit::error(format!("cannot listen on {addr}: {e}")))?;
    let local = listener
        .local_addr()
        .map_err(|e| Exit::error(e.to_string()))?;
    tracing::info!(listen = %local, db = %path, "warden serving");
    // Tests and scripts wait for this line on stdout.
    println!("listening on http://{local}");
    gw.reload_from(warden_pipeline::reload::Source {
        config: config.to_path_buf(),
        db: db_override,
    });
    // SIGHUP reloads the configuration and policies (applied only if valid).
    let hup = signal(tokio::signal::unix::SignalKind::hangup())?;
    let reloads = tokio::spawn(reload_on_hangup(Arc::clone(&gw), hup));
    // SIGTERM and SIGINT stop accepting connections, let requests in flight finish (their
    // records are written before they answer) and then close the store.
    let mut term = signal(tokio::signal::unix::SignalKind::terminate())?;
    let draining = Arc::new(tokio::sync::Notify::new());
    let drain_started = Arc::clone(&draining);
    let shutdown = async move {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
        tracing::info!("shutting down: finishing requests in flight");
        drain_started.notify_one();
    };
    let served = tokio::select! {
        r = warden_server::serve(Arc::clone(&gw), listener, shutdown) => r
            .context("server failed")
            .map_err(|e| Exit::error(format!("{e:#}"))),
        () = async {
            draining.notified().await;
            tokio::time::sleep(DRAIN_DEADLINE).await;
        } => {
            // Long polls and held MCP calls wait for humans; they are not waited for forever.
            // Their actions are on record already (a held action stays pending in the store).
            tracing::warn!("requests still open after {DRAIN_DEADLINE:?}; closing them");
            gw.flush_auth_failures().await;
            Ok(())
        }
    };
    // Executions run on their own tasks (an approved action finishes even if its approver
    // left): their records are written before the store closes.
    let cut_off = gw.drain(DRAIN_DEADLINE).await;
    if cut_off > 0 {
        tracing::warn!(
            cut_off,
            "executions still running at shutdown were recorded as interrupted"
        );
    }
    reloads.abort();
    gw.shutdown().await;
    served?;
    store.close();
    Ok(exit::OK)
}

/// How long a shutdown waits for open requests (long polls, held MCP calls) to finish.
const DRAIN_DEADLINE: std::time::Duration = std::time::Duration::from_secs(30);

fn signal(kind: tokio::signal::unix::SignalKind) -> Result<tokio::signal::unix::Signal, Exit> {
    tokio::signal::unix::signal(kind)
        .map_err(|e| Exit::error(format!("cannot listen for signals: {e}")))
}

async fn reload_on_hangup(gw: Arc<warden_pipeline::Gateway>, mut hup: tokio::signal::unix::Signal) {
    while hup.recv().await.is_some() {
        match gw.reload(warden_pipeline::reload::Trigger::Signal).await {
            Ok(v) => tracing::info!(policy_set = ?v.get("policy_set"), "reloaded on SIGHUP"),
            Err(problems) => {
                for p in problems {
                    tracing::error!("reload refused: {p}");
                }
            }
        }
    }
}

async fn secrets(cmd: SecretsCommand, json_out: bool) -> Result<u8, Exit> {
    let path = |name: &str| format!("/v1/admin/secrets/{}", client::encode(name));
    let v = match cmd {
        SecretsCommand::Put {
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
        SecretsCommand::Rotate {
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
        SecretsCommand::List { remote } => {
            let v = Client::new(&remote)?.get("/v1/admin/secrets").await?;
            output::secrets(&v, json_out);
            return Ok(exit::OK);
        }
        SecretsCommand::Due { remote } => {
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
        SecretsCommand::Show { name, remote } | SecretsCommand::History { name, remote } => {
            Client::new(&remote)?.get(&path(&name)).await?
        }
        SecretsCommand::Revoke {
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

async fn tools(cmd: ToolsCommand, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        ToolsCommand::List { remote } => {
            let v = Client::new(&remote)?.get("/v1/admin/tools").await?;
            output::tool_pins(&v, json_out);
        }
        ToolsCommand::Diff { name, remote } => {
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
        ToolsCommand::Approve {
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

fn s_of(v: &serde_json::Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_owned)
}

async fn approvals(cmd: ApprovalsCommand, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        ApprovalsCommand::List { state, remote } => {
            let v = Client::new(&remote)?
                .get(&format!(
                    "/v1/admin/approvals?state={}",
                    client::encode(&state)
                ))
                .await?;
            output::approvals(&v, json_out);
        }
        ApprovalsCommand::Show { id, remote } => {
            let v = Client::new(&remote)?
                .get(&format!("/v1/admin/approvals/{}", client::encode(&id)))
                .await?;
            output::approval(&v, json_out);
        }
        ApprovalsCommand::Approve {
            id,
            comment,
            remote,
        } => decide(&remote, &id, "approve", comment, json_out).await?,
        ApprovalsCommand::Deny {
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
