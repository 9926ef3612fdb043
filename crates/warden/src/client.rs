//! A small client for the admin API.

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::Value;

use crate::output::Exit;

/// How long one admin API call may take (an export or a verification can be slow).
const REMOTE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// Where the running server is, and the operator token to use: flags or the environment, on
/// every command that is a client of the admin API.
#[derive(clap::Args, Clone)]
pub struct Remote {
    /// Address of the running server's API.
    #[arg(
        long,
        env = "WARDEN_ADDR",
        default_value = "http://127.0.0.1:8080",
        global = true
    )]
    pub addr: String,
    /// A file holding the operator token (from `warden init` or `warden operators token
    /// create`); or set `WARDEN_TOKEN`. Never the token itself on the command line: other users
    /// of the machine can read a process's arguments.
    #[arg(long, env = "WARDEN_TOKEN_FILE", global = true)]
    pub token_file: Option<std::path::PathBuf>,
}

impl Remote {
    /// The operator token: `WARDEN_TOKEN`, else the first line of `--token-file`.
    fn token(&self) -> Result<String, Exit> {
        if let Ok(t) = std::env::var("WARDEN_TOKEN")
            && !t.trim().is_empty()
        {
            return Ok(t.trim().to_owned());
        }
        match &self.token_file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    Exit::error(format!(
                        "cannot read the token file {}: {e}",
                        path.display()
                    ))
                })?;
                text.lines()
                    .next()
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_owned)
                    .ok_or_else(|| {
                        Exit::error(format!("the token file {} is empty", path.display()))
                    })
            }
            None => Err(Exit::error(
                "no operator token: set WARDEN_TOKEN or pass --token-file FILE",
            )),
        }
    }
}

/// Percent-encodes a path segment or query value.
pub fn encode(s: &str) -> String {
    utf8_percent_encode(s, NON_ALPHANUMERIC).to_string()
}

pub struct Client {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl Client {
    pub fn new(remote: &Remote) -> Result<Self, Exit> {
        let token = remote.token()?;
        let http = warden_http::Policy::new()
            .timeout(REMOTE_TIMEOUT)
            .build()
            .map_err(|e| Exit::error(e.to_string()))?;
        Ok(Self {
            http,
            base: remote.addr.trim_end_matches('/').to_owned(),
            token,
        })
    }

    pub async fn get(&self, path: &str) -> Result<Value, Exit> {
        self.send(self.http.get(format!("{}{path}", self.base)))
            .await
    }

    pub async fn post(&self, path: &str, body: &Value) -> Result<Value, Exit> {
        self.send(self.http.post(format!("{}{path}", self.base)).json(body))
            .await
    }

    async fn send(&self, req: reqwest::RequestBuilder) -> Result<Value, Exit> {
        let resp =
            req.bearer_auth(&self.token).send().await.map_err(|e| {
                Exit::error(format!("cannot reach the server at {}: {e}", self.base))
            })?;
        let status = resp.status().as_u16();
        let body: Value = resp
            .json()
            .await
            .map_err(|e| Exit::error(format!("the server's answer is not JSON: {e}")))?;
        if (200..300).contains(&status) {
            return Ok(body);
        }
        Err(Exit::from_problem(status, &body))
    }
}
