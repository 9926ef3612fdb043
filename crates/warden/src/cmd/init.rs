//! `warden init`: create the database and print the first administrator's token once.

use std::path::PathBuf;

use serde_json::json;

use super::{load_with_mcp, open_store};
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
    /// Name of the first administrator.
    #[arg(long, default_value = "admin")]
    name: String,
}

pub async fn run(args: Args, json_out: bool) -> Result<u8, Exit> {
    let Args { config, db, name } = args;
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
