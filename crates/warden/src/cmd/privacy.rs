//! `warden privacy`: a data subject's contest of a decision about them (GDPR Art. 22(3)) —
//! recorded with its review deadline, listed, and reviewed by a member of the tool's reviewer
//! groups with a reason.

use serde_json::{Value, json};

use crate::client::{self, Client, Remote};
use crate::output::{Exit, at, print_table, s_of};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Record that a data subject contests a decision (an action of a tool marked
    /// `decision_about_person`); a review is due by `privacy.contest_deadline`.
    Contest {
        /// The decision's action id.
        action_id: String,
        /// The data subject's reference (a case or customer number, not their personal data).
        #[arg(long)]
        subject: String,
        /// Why they contest it (personal data in it is masked before it is kept).
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        remote: Remote,
    },
    /// Every contest, newest first, with its state and whether it is overdue.
    Contests {
        #[command(flatten)]
        remote: Remote,
    },
    /// Uphold or change a contested decision, with what was weighed (a member of the tool's
    /// reviewer groups only).
    Review {
        /// The contest id (`con_…`).
        id: String,
        /// `upheld` or `changed`.
        #[arg(long)]
        outcome: String,
        /// The reason.
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        remote: Remote,
    },
}

fn line(c: &Value) -> String {
    format!(
        "{} {} (decision {}, due {}{})",
        s_of(at(c, "id")),
        s_of(at(c, "state")),
        s_of(at(c, "action_id")),
        s_of(at(c, "due")),
        if at(c, "overdue").as_bool() == Some(true) {
            ", OVERDUE"
        } else {
            ""
        }
    )
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    match cmd {
        Command::Contest {
            action_id,
            subject,
            reason,
            remote,
        } => {
            let v = Client::new(&remote)?
                .post(
                    "/v1/admin/contests",
                    &json!({"action_id": action_id, "subject": subject, "reason": reason}),
                )
                .await?;
            if json_out {
                println!("{v}");
            } else {
                println!("{}", line(&v));
            }
        }
        Command::Contests { remote } => {
            let v = Client::new(&remote)?.get("/v1/admin/contests").await?;
            if json_out {
                println!("{v}");
            } else {
                let rows = at(&v, "contests")
                    .as_array()
                    .map(Vec::as_slice)
                    .unwrap_or_default()
                    .iter()
                    .map(|c| {
                        vec![
                            s_of(at(c, "id")),
                            s_of(at(c, "state")),
                            s_of(at(c, "action_id")),
                            s_of(at(c, "subject")),
                            s_of(at(c, "due")),
                            if at(c, "overdue").as_bool() == Some(true) {
                                "OVERDUE".into()
                            } else {
                                String::new()
                            },
                        ]
                    })
                    .collect();
                print_table(&["id", "state", "decision", "subject", "due", ""], rows);
            }
        }
        Command::Review {
            id,
            outcome,
            reason,
            remote,
        } => {
            let v = Client::new(&remote)?
                .post(
                    &format!("/v1/admin/contests/{}/review", client::encode(&id)),
                    &json!({"outcome": outcome, "reason": reason}),
                )
                .await?;
            if json_out {
                println!("{v}");
            } else {
                println!("{}", line(&v));
            }
        }
    }
    Ok(crate::exit::OK)
}
