//! One module per subcommand: its clap definitions and its handler. What several of them
//! share (loading a configuration as `serve` does, opening the store, logging) is here.

pub mod agents;
pub mod alerts;
pub mod approvals;
pub mod audit;
pub mod check;
pub mod costs;
pub mod demo;
pub mod drill;
pub mod erase;
pub mod halt;
pub mod incident;
pub mod init;
pub mod mcp_stdio;
pub mod operators;
pub mod policy;
pub mod privacy;
pub mod reload;
pub mod report;
pub mod review;
pub mod runs;
pub mod scan;
pub mod secrets;
pub mod serve;
pub mod subject;
pub mod tools;
pub mod upstream;

use std::path::Path;
use std::sync::Arc;

use crate::output::Exit;

/// Logs to stderr: lines for people, or one JSON object per event with
/// `WARDEN_LOG_FORMAT=json` (for a log pipeline). `RUST_LOG` filters.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if std::env::var("WARDEN_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().flatten_event(true).try_init()
    } else {
        builder.try_init()
    };
}

/// Panics (bugs) are reported where they happened, never with their message when it was
/// formatted at run time: a slicing panic quotes the text it sliced, which can be an agent's
/// arguments, personal data or a secret. A fixed message (a literal) is shown.
pub fn install_panic_report() {
    std::panic::set_hook(Box::new(|info| {
        let report = panic_report(info.payload(), info.location());
        if tracing::dispatcher::has_been_set() {
            tracing::error!(panic = %report, "internal error (a bug)");
        } else {
            eprintln!("error: internal error (a bug): {report}");
        }
    }));
}

/// Where a panic happened, and its message only if it is a literal.
fn panic_report(
    payload: &(dyn std::any::Any + Send),
    location: Option<&std::panic::Location<'_>>,
) -> String {
    let at = location.map_or_else(
        || "an unknown place".to_owned(),
        |l| format!("{}:{}", l.file(), l.line()),
    );
    match payload.downcast_ref::<&'static str>() {
        Some(literal) => format!("at {at}: {literal}"),
        None => format!("at {at} (its message is withheld: it may quote request data)"),
    }
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
    compile_with_mcp(dep, pins).await
}

/// Compiles a loaded configuration as `serve` does (MCP servers started, tools listed).
async fn compile_with_mcp(
    dep: warden_types::Deployment,
    pins: &[warden_store::ToolPin],
) -> Result<warden_pipeline::Compiled, Exit> {
    warden_pipeline::compile_with_mcp(dep, process_env(), pins, None)
        .await
        .map_err(|e| Exit::error(e.to_string()))
}

/// What `serve` checks before it opens its store, and `check config` the same way: the vault's
/// key sources answer, and which `{{env:NAME}}` references are unset (warnings).
async fn preflight(dep: &warden_types::Deployment) -> Result<Vec<String>, Exit> {
    warden_pipeline::preflight(dep, &process_env())
        .await
        .map_err(|e| Exit::error(e.to_string()))
}

/// `--expires` of a token, in seconds (at least one).
fn duration_seconds(s: Option<&str>) -> Result<Option<u64>, Exit> {
    s.map(|s| {
        warden_config::parse_duration(s)
            .map(|d| d.as_secs().max(1))
            .map_err(|e| Exit::error(format!("--expires: {e}")))
    })
    .transpose()
}

/// The PostgreSQL connection string: `template` with each `{{env:NAME}}` resolved. A
/// `{{secret:name}}` cannot be: the vault lives in the database.
fn postgres_connection(template: &str) -> Result<warden_types::template::Zeroizing<String>, Exit> {
    use warden_types::{Reference, Template, TemplateError};
    let template = Template::parse(template).map_err(|e| match e {
        TemplateError::Unclosed { .. } => Exit::error("storage.postgres: an unclosed `{{env:`"),
        TemplateError::Unknown { .. } => Exit::error(format!("storage.postgres: {e}")),
    })?;
    template.try_render(|r| match r {
        Reference::Env(name) => std::env::var(name)
            .map(warden_types::template::Zeroizing::new)
            .map_err(|_| Exit::error(format!("storage.postgres: `{name}` is not set"))),
        Reference::Secret(_) => Err(Exit::error(
            "storage.postgres: the vault lives in the database: use `{{env:NAME}}` for its password",
        )),
    })
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
            let conn = postgres_connection(&template)?;
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

#[cfg(test)]
mod tests {
    #[test]
    fn a_panic_is_reported_without_the_text_it_quotes() {
        let canary = String::from("byte index 3 is not a char boundary of `sk_live_CANARY`");
        let formatted: Box<dyn std::any::Any + Send> = Box::new(canary);
        let report = super::panic_report(&*formatted, Some(std::panic::Location::caller()));
        assert!(!report.contains("CANARY"), "{report}");
        assert!(report.contains("mod.rs:"), "{report}");
        let literal: Box<dyn std::any::Any + Send> = Box::new("store poisoned");
        let report = super::panic_report(&*literal, None);
        assert!(report.ends_with("store poisoned"), "{report}");
    }
}
