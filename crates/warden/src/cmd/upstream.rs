//! `warden upstream`: the fake GroupAny tools of the reference deployment, over HTTP or (its
//! knowledge base) as an MCP server on stdin/stdout.

use super::init_logging;
use crate::exit;
use crate::output::Exit;

#[derive(clap::Args)]
pub struct Args {
    /// Listen address.
    #[arg(long, default_value = "127.0.0.1:9100")]
    listen: std::net::SocketAddr,
    /// Environment variable holding the API key the tools require.
    #[arg(long, default_value = "GROUPANY_API_KEY")]
    key_env: String,
    /// Serve GroupAny's knowledge base as an MCP server on stdin/stdout instead.
    #[arg(long)]
    mcp_stdio: bool,
}

pub async fn run(args: Args) -> Result<u8, Exit> {
    let Args {
        listen,
        key_env,
        mcp_stdio,
    } = args;
    if mcp_stdio {
        warden_fake_upstream::kb::serve_stdio()
            .map_err(|e| Exit::error(format!("standard input or output failed: {e}")))?;
        return Ok(exit::OK);
    }
    init_logging();
    let key = std::env::var(&key_env).ok();
    if key.is_none() {
        tracing::warn!("{key_env} is not set: the fake tools accept calls without an API key");
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
