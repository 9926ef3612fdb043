//! `warden report`: the evidence report of a compliance framework over a period — every
//! mapped control with its coverage label, every check evaluated by the server against its
//! configuration, state and audit log, and the signed checkpoint of the log the evidence was
//! read from (verified here; `--key` checks it against the key you keep).

use std::path::PathBuf;

use serde_json::json;
use warden_compliance::Report;
use warden_merkle::{Checkpoint, NoteVerifier};

use crate::client::{Client, Remote};
use crate::output::Exit;

/// Formats `--format` takes.
const FORMATS: &[&str] = &["md", "html", "json"];

#[derive(clap::Args)]
pub struct Args {
    /// The framework: soc2, iso27001, iso42001, gdpr, hipaa, pci-dss, eu-ai-act, nist-ai-rmf,
    /// owasp-llm or owasp-agentic.
    #[arg(long)]
    framework: String,
    /// How far back the audit log is read (`90d`, `12w`, `1y`).
    #[arg(long, default_value = "90d")]
    period: String,
    /// `md`, `html` or `json` (`--json` is the same as `--format json`).
    #[arg(long, default_value = "md")]
    format: String,
    /// Write the report here instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Also write the signed checkpoint here, for `warden audit verify --against`.
    #[arg(long)]
    checkpoint_out: Option<PathBuf>,
    /// The checkpoint verifier key you keep (`audit-signing.key.pub`): the report's checkpoint
    /// must verify with it (without it, the key the server sent, which proves less).
    #[arg(long)]
    key: Option<PathBuf>,
    #[command(flatten)]
    remote: Remote,
}

fn write(path: &std::path::Path, text: &str) -> Result<(), Exit> {
    std::fs::write(path, text)
        .map_err(|e| Exit::error(format!("cannot write `{}`: {e}", path.display())))
}

pub async fn run(a: Args, json_out: bool) -> Result<u8, Exit> {
    let format = if json_out { "json" } else { a.format.as_str() };
    if !FORMATS.contains(&format) {
        return Err(Exit::error(format!(
            "--format: `{format}` is not one of {}",
            FORMATS.join(", ")
        )));
    }
    let v = Client::new(&a.remote)?
        .post(
            "/v1/admin/reports",
            &json!({"framework": a.framework, "period": a.period}),
        )
        .await?;
    let report: Report = serde_json::from_value(v.clone())
        .map_err(|e| Exit::error(format!("the server's report does not parse: {e}")))?;
    let key_text = match &a.key {
        Some(k) => std::fs::read_to_string(k)
            .map_err(|e| Exit::error(format!("cannot read the key `{}`: {e}", k.display())))?,
        None => report.checkpoint.key.clone(),
    };
    let verifier =
        NoteVerifier::parse(key_text.trim()).map_err(|e| Exit::error(format!("the key: {e}")))?;
    let cp = Checkpoint::verify(&report.checkpoint.note, &verifier)
        .map_err(|e| Exit::tampered(format!("the report's checkpoint does not verify: {e}")))?;
    if cp.size != report.checkpoint.size || warden_merkle::hex(&cp.root) != report.checkpoint.root {
        return Err(Exit::tampered(
            "the report's checkpoint note does not match the size and root it states",
        ));
    }
    if let Some(p) = &a.checkpoint_out {
        write(p, &report.checkpoint.note)?;
    }
    let text = match format {
        "json" => format!("{v}\n"),
        "html" => report.html(),
        _ => report.markdown(),
    };
    match &a.out {
        Some(p) => {
            write(p, &text)?;
            let c = &report.summary.controls;
            let n = |k: &str| c.get(k).copied().unwrap_or(0);
            eprintln!(
                "{}: {} controls — {} evidenced, {} failing, {} incomplete, {} not applicable; written to {}",
                report.framework,
                report.controls.len(),
                n("evidenced"),
                n("failing"),
                n("incomplete"),
                n("not_applicable"),
                p.display()
            );
        }
        None => print!("{text}"),
    }
    Ok(crate::exit::OK)
}
