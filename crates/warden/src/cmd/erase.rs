//! `warden erase`: erase data subjects (GDPR Art. 17).

use serde_json::{Value, json};

use super::subject::{print_data_map, unknown_note};
use crate::client::{Client, Remote};
use crate::exit;
use crate::output::{Exit, at};

#[derive(clap::Args)]
pub struct Args {
    /// E-mail addresses, phone numbers, IBANs and IP addresses of the person.
    #[arg(required = true)]
    identifiers: Vec<String>,
    /// Why (the request's reference); recorded in the receipt.
    #[arg(long)]
    reason: String,
    #[command(flatten)]
    remote: Remote,
}

pub async fn run(args: Args, json_out: bool) -> Result<u8, Exit> {
    erase(args.identifiers, args.reason, &args.remote, json_out).await
}

/// `warden erase ID… --reason R`.
async fn erase(
    ids: Vec<String>,
    reason: String,
    remote: &Remote,
    json_out: bool,
) -> Result<u8, Exit> {
    let v = Client::new(remote)?
        .post(
            "/v1/admin/subjects/erase",
            &json!({"identifiers": ids.clone(), "reason": reason}),
        )
        .await?;
    let hooks_failed = at(&v, "hooks")
        .as_array()
        .into_iter()
        .flatten()
        .filter(|h| at(h, "ok") != &Value::Bool(true))
        .count();
    if json_out {
        println!("{v}");
    } else {
        unknown_note(&v, &ids);
        println!(
            "erased: {} subject(s), {} value(s) destroyed in {} record(s); receipt is audit record {} ({})",
            at(&v, "subjects").as_array().map_or(0, Vec::len),
            at(&v, "values_destroyed"),
            at(&v, "records").as_array().map_or(0, Vec::len),
            at(&v, "receipt_seq"),
            at(&v, "erasure_id").as_str().unwrap_or_default()
        );
        print_data_map(&v);
        for h in at(&v, "hooks").as_array().into_iter().flatten() {
            println!(
                "hook {} ({}): {}",
                at(h, "hook").as_str().unwrap_or_default(),
                at(h, "system").as_str().unwrap_or_default(),
                if at(h, "ok") == &Value::Bool(true) {
                    format!("ok (HTTP {})", at(h, "status"))
                } else {
                    format!(
                        "FAILED ({})",
                        at(h, "error")
                            .as_str()
                            .map(str::to_owned)
                            .unwrap_or_else(|| format!("HTTP {}", at(h, "status")))
                    )
                }
            );
        }
    }
    // A hook that failed means some system may still hold the data.
    Ok(if hooks_failed == 0 {
        exit::OK
    } else {
        exit::ERROR
    })
}
