//! `warden reload`: ask the running server to reload its configuration and policies.

use serde_json::{Value, json};

use crate::client::{Client, Remote};
use crate::exit;
use crate::output::Exit;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    remote: Remote,
}

pub async fn run(args: Args, json_out: bool) -> Result<u8, Exit> {
    let v = Client::new(&args.remote)?
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
