//! `warden costs`: LLM spend per day, agent, provider and model.

use crate::client::{self, Client, Remote};
use crate::exit;
use crate::output::{self, Exit, s_of};

#[derive(clap::Args)]
pub struct Args {
    /// From this day (YYYY-MM-DD, UTC) or time (RFC 3339); default: the start of this month.
    #[arg(long)]
    since: Option<String>,
    /// Before this day or time.
    #[arg(long)]
    until: Option<String>,
    /// Only this agent.
    #[arg(long)]
    agent: Option<String>,
    #[command(flatten)]
    remote: Remote,
}

pub async fn run(args: Args, json_out: bool) -> Result<u8, Exit> {
    let Args {
        since,
        until,
        agent,
        remote,
    } = args;
    let since = day_or_time("since", since)?.unwrap_or_else(|| {
        let now = warden_types::Timestamp::now().to_rfc3339();
        format!("{}-01T00:00:00Z", now.get(..7).unwrap_or("1970-01"))
    });
    let mut query = format!("/v1/admin/costs?since={}", client::encode(&since));
    if let Some(u) = day_or_time("until", until)? {
        query.push_str(&format!("&until={}", client::encode(&u)));
    }
    if let Some(a) = &agent {
        query.push_str(&format!("&agent={}", client::encode(a)));
    }
    let v = Client::new(&remote)?.get(&query).await?;
    if json_out {
        println!("{v}");
    } else {
        let rows: Vec<Vec<String>> = v
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| {
                [
                    "day",
                    "agent",
                    "provider",
                    "model",
                    "calls",
                    "input_tokens",
                    "output_tokens",
                    "cost_usd",
                ]
                .iter()
                .map(|k| r.get(*k).map(s_of).unwrap_or_default())
                .collect()
            })
            .collect();
        output::print_table(
            &[
                "DAY", "AGENT", "PROVIDER", "MODEL", "CALLS", "IN", "OUT", "USD",
            ],
            rows,
        );
    }
    Ok(exit::OK)
}

/// `--since`/`--until`: a day (its midnight, UTC) or an RFC 3339 time.
fn day_or_time(flag: &str, v: Option<String>) -> Result<Option<String>, Exit> {
    match v {
        None => Ok(None),
        Some(s)
            if s.len() == 10
                && warden_types::parse_rfc3339(&format!("{s}T00:00:00Z")).is_some() =>
        {
            Ok(Some(format!("{s}T00:00:00Z")))
        }
        Some(s) if warden_types::parse_rfc3339(&s).is_some() => Ok(Some(s)),
        Some(s) => Err(Exit::error(format!(
            "--{flag} `{s}` is neither a day (YYYY-MM-DD) nor an RFC 3339 time"
        ))),
    }
}
