//! `warden review permissions`: per agent, what its policies allow against what it used, the
//! unused grants, the tools nobody used, a proposed tighter policy file (written with `--out`,
//! shown as a diff), and, with `--record`, the review recorded as evidence.

use std::path::PathBuf;

use serde_json::{Value, json};

use crate::client::{self, Client, Remote};
use crate::output::{Exit, at, print_table};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Grants against use over a period, and a proposed tighter policy set.
    Permissions {
        /// How far back use is read (`90d`).
        #[arg(long, default_value = "90d")]
        since: String,
        /// Write the proposed policy file into this directory (your policies directory, or a
        /// copy of it for `warden policy test --policies`).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Record the review, signed off by you (the operator whose token is used).
        #[arg(long, requires = "acknowledged_by")]
        record: bool,
        /// With `--record`: the manager who acknowledged it.
        #[arg(long)]
        acknowledged_by: Option<String>,
        /// With `--record`: what was decided (grants kept and why).
        #[arg(long, default_value = "")]
        notes: String,
        #[command(flatten)]
        remote: Remote,
    },
}

fn list(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    let Command::Permissions {
        since,
        out,
        record,
        acknowledged_by,
        notes,
        remote,
    } = cmd;
    let c = Client::new(&remote)?;
    let (review, recorded) = if record {
        let v = c
            .post(
                "/v1/admin/reviews/permissions",
                &json!({"since": since, "acknowledged_by": acknowledged_by.unwrap_or_default(), "notes": notes}),
            )
            .await?;
        (at(&v, "review").clone(), at(&v, "recorded").as_u64())
    } else {
        let v = c
            .get(&format!(
                "/v1/admin/reviews/permissions?since={}",
                client::encode(&since)
            ))
            .await?;
        (v, None)
    };
    let proposed = at(&review, "proposed");
    if let Some(dir) = &out
        && let (Some(file), Some(text)) =
            (at(proposed, "file").as_str(), at(proposed, "text").as_str())
    {
        // Only a plain file name from the server is written, inside `dir`.
        if file.contains(['/', '\\']) || file.starts_with('.') {
            return Err(Exit::error(format!(
                "the server proposed an odd file name `{file}`"
            )));
        }
        let path = dir.join(file);
        std::fs::write(&path, text)
            .map_err(|e| Exit::error(format!("cannot write `{}`: {e}", path.display())))?;
        eprintln!("wrote {}", path.display());
    }
    if json_out {
        println!("{}", json!({"review": review, "recorded": recorded}));
        return Ok(crate::exit::OK);
    }
    let rows: Vec<Vec<String>> = at(&review, "agents")
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|a| {
            let grants = list(at(a, "grants"));
            let unused = list(at(a, "unused"));
            vec![
                at(a, "agent").as_str().unwrap_or_default().to_owned(),
                at(a, "owner").as_str().unwrap_or_default().to_owned(),
                grants.len().to_string(),
                (grants.len() - unused.len().min(grants.len())).to_string(),
                unused.join(", "),
            ]
        })
        .collect();
    println!(
        "permissions from {} to {} (policy set {})",
        at(&review, "since").as_str().unwrap_or_default(),
        at(&review, "until").as_str().unwrap_or_default(),
        at(&review, "policy_set").as_str().unwrap_or_default()
    );
    print_table(&["agent", "owner", "grants", "used", "unused grants"], rows);
    let never = list(at(&review, "never_used"));
    if !never.is_empty() {
        println!("tools no agent used: {}", never.join(", "));
    }
    match proposed.get("text").and_then(Value::as_str) {
        Some(text) => {
            println!(
                "\nproposed: add `{}` to the policies (a diff against the set in force):",
                at(proposed, "file").as_str().unwrap_or_default()
            );
            println!(
                "--- /dev/null\n+++ {}",
                at(proposed, "file").as_str().unwrap_or_default()
            );
            for line in text.lines() {
                println!("+{line}");
            }
        }
        None => println!("\nevery grant was used: nothing to tighten"),
    }
    if let Some(seq) = recorded {
        println!("\nrecorded as record {seq}");
    }
    Ok(crate::exit::OK)
}
