//! `warden serve`: run the gateway until SIGTERM or SIGINT; SIGHUP reloads.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;

use super::{init_logging, open_store, process_env};
use crate::exit;
use crate::output::Exit;

#[derive(clap::Args)]
pub struct Args {
    /// Configuration file.
    #[arg(long, short, default_value = "warden.toml")]
    config: PathBuf,
    /// Database file (overrides `storage.sqlite`).
    #[arg(long)]
    db: Option<PathBuf>,
    /// Listen address (overrides `server.listen`).
    #[arg(long)]
    listen: Option<std::net::SocketAddr>,
}

/// How long a shutdown waits for open requests (long polls, held MCP calls) to finish.
const DRAIN_DEADLINE: std::time::Duration = std::time::Duration::from_secs(30);

pub async fn run(args: Args) -> Result<u8, Exit> {
    let Args { config, db, listen } = args;
    serve(&config, db, listen).await
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
    for w in super::preflight(&plain_dep).await? {
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
        .map_err(|e| match e {
            warden_pipeline::LoadError::Tampered(_) => Exit::tampered(e.to_string()),
            other => Exit::error(other.to_string()),
        })?;
    if !gw.has_admin() {
        tracing::warn!(
            "no administrator token exists yet: run `warden init` with this configuration"
        );
    }
    // A certificate that does not load stops the start, before anything listens.
    if let Some(files) = &gw.deployment().tls {
        warden_server::tls::load(files).map_err(|e| Exit::error(format!("TLS: {e}")))?;
    }
    let scheme = if gw.deployment().tls.is_some() {
        "https"
    } else {
        "http"
    };
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| Exit::error(format!("cannot listen on {addr}: {e}")))?;
    let local = listener
        .local_addr()
        .map_err(|e| Exit::error(e.to_string()))?;
    tracing::info!(listen = %local, db = %path, "warden serving");
    if !local.ip().is_loopback() && scheme == "http" {
        tracing::warn!(listen = %local, "listening on a non-loopback address without TLS: tokens and arguments cross the network in clear; put a TLS proxy in front");
    }
    // The administration API on a listener of its own, when configured (bound before the
    // line scripts wait for, so both are ready when it appears).
    let admin = match gw.deployment().admin_listen {
        Some(admin_addr) => {
            let l = tokio::net::TcpListener::bind(admin_addr)
                .await
                .map_err(|e| Exit::error(format!("cannot listen on {admin_addr}: {e}")))?;
            Some(l)
        }
        None => None,
    };
    // Tests and scripts wait for this line on stdout (the admin listener's in the same write:
    // a reader that stops after the first line must not make a later write fail).
    match &admin {
        None => println!("listening on {scheme}://{local}"),
        Some(a) => {
            let a = a.local_addr().map_err(|e| Exit::error(e.to_string()))?;
            println!("listening on {scheme}://{local}\nadmin listening on {scheme}://{a}");
        }
    }
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
        r = warden_server::serve_with_admin(Arc::clone(&gw), listener, admin, shutdown) => r
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
