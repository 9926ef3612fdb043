//! `warden`: the security and compliance gateway for AI agents.
//!
//! Commands that read or change live state are clients of the running server's admin API
//! (`WARDEN_ADDR`, `WARDEN_TOKEN`); commands that work on files run without a server. Each
//! subcommand, its flags and its handler are a module of [`cmd`]; this file dispatches and
//! turns the outcome into an exit code.

mod client;
mod cmd;
mod output;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    /// An approved action was attempted and failed.
    pub const FAILED: u8 = 8;
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

#[derive(Subcommand)]
enum Command {
    /// Run the gateway.
    Serve(cmd::serve::Args),
    /// Create the data directory and database and print the first administrator token once.
    Init(cmd::init::Args),
    /// Check files without a server.
    #[command(subcommand)]
    Check(cmd::check::Command),
    /// Agents and their tokens.
    #[command(subcommand)]
    Agents(cmd::agents::Command),
    /// Operator (approver and administrator) tokens.
    #[command(subcommand)]
    Operators(cmd::operators::Command),
    /// Held actions.
    #[command(subcommand)]
    Approvals(cmd::approvals::Command),
    /// Stop one agent (or `--all`) at once on every process: its pending approvals and running
    /// calls are cancelled, its MCP sessions ended, the credentials only it may use rotated.
    Halt(cmd::halt::HaltArgs),
    /// What the monitor raised: list, show, acknowledge, resolve.
    #[command(subcommand)]
    Alerts(cmd::alerts::Command),
    /// Prove the kill switch works: halt and resume an agent, measure, record.
    #[command(subcommand)]
    Drill(cmd::drill::Command),
    /// Incidents: open, the timeline with proofs, a post-mortem skeleton, close.
    #[command(subcommand)]
    Incident(cmd::incident::Command),
    /// Privacy operations: contests of decisions about people (GDPR Art. 22).
    #[command(subcommand)]
    Privacy(cmd::privacy::Command),
    /// Reviews: an agent's permissions against its use, a tighter policy set, recorded.
    #[command(subcommand)]
    Review(cmd::review::Command),
    /// Policies as code: run declarative test cases against them without a server.
    #[command(subcommand)]
    Policy(cmd::policy::Command),
    /// The evidence report of a compliance framework: every mapped control with its coverage,
    /// every check evaluated on the configuration, state and audit log over a period, and the
    /// signed checkpoint of the log it was read from.
    Report(cmd::report::Args),
    /// Reload the running server's configuration and policies (as SIGHUP does): swapped in
    /// only if every part is valid; otherwise every problem is listed and nothing changes.
    Reload(cmd::reload::Args),
    /// Let a halted agent act again.
    Resume(cmd::halt::ResumeArgs),
    /// An agent's runs: open a clean one for a new task, list them, declassify a label.
    #[command(subcommand)]
    Runs(cmd::runs::Command),
    /// The audit log.
    #[command(subcommand)]
    Audit(cmd::audit::Command),
    /// Data subjects: where a person's data went, and their copy of it (GDPR Art. 15).
    #[command(subcommand)]
    Subject(cmd::subject::Command),
    /// Erase data subjects (GDPR Art. 17): their keys and values are destroyed, erasure hooks
    /// are called, a receipt is logged; the audit log still verifies.
    Erase(cmd::erase::Args),
    /// LLM spend per day, agent, provider and model (from the audit log).
    Costs(cmd::costs::Args),
    /// Upstream MCP tools and their pinned definitions.
    #[command(subcommand)]
    Tools(cmd::tools::Command),
    /// Secrets in Warden's vault (no command ever prints a value).
    #[command(subcommand)]
    Secrets(cmd::secrets::Command),
    /// Play the reference deployment end to end on embedded defaults.
    Demo(cmd::demo::Args),
    /// Bridge a stdio-only MCP client to Warden's `/mcp` (JSON-RPC lines on stdin/stdout).
    McpStdio(cmd::mcp_stdio::Args),
    /// Look for personal data, secrets and prompt injection in files or standard input.
    Scan(cmd::scan::Args),
    /// Serve the fake GroupAny tools (for the reference deployment).
    Upstream(cmd::upstream::Args),
}

fn main() -> ExitCode {
    cmd::install_panic_report();
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

async fn run(cli: Cli) -> Result<u8, Exit> {
    let json_out = cli.json;
    match cli.command {
        Command::Serve(args) => cmd::serve::run(args).await,
        Command::Init(args) => cmd::init::run(args, json_out).await,
        Command::Check(sub) => cmd::check::run(sub, json_out).await,
        Command::Agents(sub) => cmd::agents::run(sub, json_out).await,
        Command::Operators(sub) => cmd::operators::run(sub, json_out).await,
        Command::Approvals(sub) => cmd::approvals::run(sub, json_out).await,
        Command::Halt(args) => cmd::halt::halt(args, json_out).await,
        Command::Alerts(sub) => cmd::alerts::run(sub, json_out).await,
        Command::Drill(sub) => cmd::drill::run(sub, json_out).await,
        Command::Incident(sub) => cmd::incident::run(sub, json_out).await,
        Command::Reload(args) => cmd::reload::run(args, json_out).await,
        Command::Report(args) => cmd::report::run(args, json_out).await,
        Command::Policy(sub) => cmd::policy::run(sub, json_out).await,
        Command::Review(sub) => cmd::review::run(sub, json_out).await,
        Command::Privacy(sub) => cmd::privacy::run(sub, json_out).await,
        Command::Resume(args) => cmd::halt::resume(args, json_out).await,
        Command::Runs(sub) => cmd::runs::run(sub, json_out).await,
        Command::Audit(sub) => cmd::audit::run(sub, json_out).await,
        Command::Subject(sub) => cmd::subject::run(sub, json_out).await,
        Command::Erase(args) => cmd::erase::run(args, json_out).await,
        Command::Costs(args) => cmd::costs::run(args, json_out).await,
        Command::Tools(sub) => cmd::tools::run(sub, json_out).await,
        Command::Secrets(sub) => cmd::secrets::run(sub, json_out).await,
        Command::Demo(args) => cmd::demo::run(args).await,
        Command::McpStdio(args) => cmd::mcp_stdio::run(args).await,
        Command::Scan(args) => cmd::scan::run(args, json_out),
        Command::Upstream(args) => cmd::upstream::run(args).await,
    }
}
