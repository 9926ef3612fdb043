//! The `execute` stage: runs an authorised action through its tool's connector.
//!
//! Credentials named in connector templates (`{{env:NAME}}`) are resolved here and nowhere
//! else; they are never returned, logged or recorded, and any echo of them in an upstream
//! answer is scrubbed before the answer leaves this crate.

use std::time::{Duration, Instant};

use serde_json::Value;
use warden_types::template::Zeroizing;
use warden_types::{BodyMode, Connector, HttpConnector, Reference, Template, Tool};

/// Replaces a credential that an upstream echoed back.
pub const REDACTED: &str = "[REDACTED]";

/// What the upstream answered.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    /// Upstream HTTP status (2xx).
    pub status: u16,
    /// The body: JSON if it parsed as JSON, otherwise a string.
    pub body: Value,
    /// Time spent on the upstream call.
    pub elapsed: Duration,
}

/// Why an execution failed. Messages are safe to show to the agent.
#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    /// The upstream did not answer within the connector's timeout.
    #[error("upstream `{system}` did not answer within {timeout_ms} ms")]
    Timeout {
        /// The tool's system.
        system: String,
        /// The timeout.
        timeout_ms: u128,
        /// Time spent.
        elapsed: Duration,
    },
    /// The upstream could not be reached or answered with an error status.
    #[error("{message}")]
    Upstream {
        /// Safe description.
        message: String,
        /// Upstream status, when it answered.
        status: Option<u16>,
        /// Upstream body (scrubbed), when it answered.
        body: Option<Value>,
        /// Time spent.
        elapsed: Duration,
    },
    /// A credential the connector needs is not configured.
    #[error("the credential `{0}` for this tool is not configured on the gateway")]
    MissingCredential(String),
    /// The caller cancelled while the upstream was working; the upstream was told to stop
    /// (MCP) or the request was dropped (HTTP).
    #[error("cancelled by the client")]
    Cancelled {
        /// Time spent.
        elapsed: Duration,
    },
}

impl ExecError {
    /// Time spent before the failure.
    pub fn elapsed(&self) -> Duration {
        match self {
            Self::Timeout { elapsed, .. }
            | Self::Upstream { elapsed, .. }
            | Self::Cancelled { elapsed } => *elapsed,
            Self::MissingCredential(_) => Duration::ZERO,
        }
    }
}

/// Runs connectors. Cheap to clone; holds one connection pool.
#[derive(Clone)]
pub struct Executor {
    client: reqwest::Client,
    mcp: Option<std::sync::Arc<warden_mcp::Upstreams>>,
}

pub use warden_http::install_crypto_provider;

/// Idle connections kept per upstream host: connectors are called often and in parallel.
pub const CONNECTOR_MAX_IDLE_PER_HOST: usize = 64;

impl Executor {
    /// A new executor. Redirects are not followed (the [`warden_http`] policy): a redirect
    /// could carry an injected credential to another host. Each connector's timeout is set
    /// per request.
    pub fn new() -> Result<Self, String> {
        let client = warden_http::Policy::new()
            .max_idle_per_host(CONNECTOR_MAX_IDLE_PER_HOST)
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Self { client, mcp: None })
    }

    /// Also executes tools of these upstream MCP servers.
    pub fn with_mcp(mut self, upstreams: std::sync::Arc<warden_mcp::Upstreams>) -> Self {
        self.mcp = Some(upstreams);
        self
    }

    /// Executes `tool` with `args`. `env` resolves the `{{env:NAME}}` and `{{secret:name}}`
    /// references of its connector.
    pub async fn execute(
        &self,
        tool: &Tool,
        args: &Value,
        env: &(dyn Fn(&Reference) -> Option<String> + Sync),
    ) -> Result<Output, ExecError> {
        self.execute_cancellable(tool, args, env, None).await
    }

    /// [`Executor::execute`], ended early with [`ExecError::Cancelled`] when `cancel` is notified.
    pub async fn execute_cancellable(
        &self,
        tool: &Tool,
        args: &Value,
        env: &(dyn Fn(&Reference) -> Option<String> + Sync),
        cancel: Option<&tokio::sync::Notify>,
    ) -> Result<Output, ExecError> {
        self.execute_authorized(tool, args, env, None, cancel).await
    }

    /// [`Executor::execute_cancellable`] with `bearer`, the access token an HTTP connector
    /// with `oauth` sends as `Authorization: Bearer` (such a connector is not called without
    /// one). Like every credential, an echo of it in the answer is scrubbed.
    pub async fn execute_authorized(
        &self,
        tool: &Tool,
        args: &Value,
        env: &(dyn Fn(&Reference) -> Option<String> + Sync),
        bearer: Option<Zeroizing<String>>,
        cancel: Option<&tokio::sync::Notify>,
    ) -> Result<Output, ExecError> {
        let started = Instant::now();
        match &tool.connector {
            Connector::Http(http) => match cancel {
                None => self.http(tool, http, args, env, bearer).await,
                Some(c) => tokio::select! {
                    r = self.http(tool, http, args, env, bearer) => r,
                    () = c.notified() => Err(ExecError::Cancelled { elapsed: started.elapsed() }),
                },
            },
            Connector::Mcp { server, tool: name } => {
                self.mcp(
                    tool,
                    server,
                    name,
                    args,
                    cancel,
                    bearer.as_deref().map(String::as_str),
                )
                .await
            }
            Connector::McpGet { server, what } => {
                let (method, params) = match what {
                    warden_types::McpGet::Resource => (
                        "resources/read",
                        serde_json::json!({"uri": args.get("uri")}),
                    ),
                    warden_types::McpGet::Prompt => (
                        "prompts/get",
                        serde_json::json!({"name": args.get("name"), "arguments": args.get("arguments").cloned().unwrap_or(serde_json::json!({}))}),
                    ),
                };
                self.mcp_request(
                    tool,
                    server,
                    method,
                    params,
                    cancel,
                    bearer.as_deref().map(String::as_str),
                )
                .await
            }
            Connector::Llm { .. } => Err(ExecError::Upstream {
                message: format!(
                    "`{}` is called through the LLM proxy, not as a tool",
                    tool.name
                ),
                status: None,
                body: None,
                elapsed: started.elapsed(),
            }),
        }
    }

    async fn mcp(
        &self,
        tool: &Tool,
        server: &str,
        name: &str,
        args: &Value,
        cancel: Option<&tokio::sync::Notify>,
        bearer: Option<&str>,
    ) -> Result<Output, ExecError> {
        let started = Instant::now();
        let Some(mcp) = &self.mcp else {
            return Err(ExecError::Upstream {
                message: format!("MCP server `{server}` is not running in this process"),
                status: None,
                body: None,
                elapsed: Duration::ZERO,
            });
        };
        Self::mcp_outcome(
            tool,
            started,
            mcp.call_tool(server, name, args, cancel, bearer).await,
            bearer,
        )
    }

    async fn mcp_request(
        &self,
        tool: &Tool,
        server: &str,
        method: &str,
        params: Value,
        cancel: Option<&tokio::sync::Notify>,
        bearer: Option<&str>,
    ) -> Result<Output, ExecError> {
        let started = Instant::now();
        let Some(mcp) = &self.mcp else {
            return Err(ExecError::Upstream {
                message: format!("MCP server `{server}` is not running in this process"),
                status: None,
                body: None,
                elapsed: Duration::ZERO,
            });
        };
        Self::mcp_outcome(
            tool,
            started,
            mcp.request(server, method, params, cancel, bearer).await,
            bearer,
        )
    }

    /// The answer of an MCP server; an echo of `bearer` (the access token the call carried)
    /// is scrubbed from it.
    fn mcp_outcome(
        tool: &Tool,
        started: Instant,
        outcome: Result<Value, warden_mcp::CallError>,
        bearer: Option<&str>,
    ) -> Result<Output, ExecError> {
        let outcome = match (outcome, bearer) {
            (Ok(mut body), Some(token)) => {
                scrub_value(&mut body, token);
                Ok(body)
            }
            (
                Err(warden_mcp::CallError::Rpc {
                    server,
                    code,
                    message,
                }),
                Some(token),
            ) => Err(warden_mcp::CallError::Rpc {
                server,
                code,
                message: message.replace(token, REDACTED),
            }),
            (other, _) => other,
        };
        match outcome {
            Ok(body) => Ok(Output {
                status: 200,
                body,
                elapsed: started.elapsed(),
            }),
            Err(warden_mcp::CallError::Timeout { timeout_ms, .. }) => Err(ExecError::Timeout {
                system: tool.system.clone(),
                timeout_ms: u128::from(timeout_ms),
                elapsed: started.elapsed(),
            }),
            Err(warden_mcp::CallError::MissingCredential { name, .. }) => {
                Err(ExecError::MissingCredential(name))
            }
            Err(warden_mcp::CallError::Cancelled { .. }) => Err(ExecError::Cancelled {
                elapsed: started.elapsed(),
            }),
            Err(e @ warden_mcp::CallError::Unauthorized { status, .. }) => {
                Err(ExecError::Upstream {
                    message: e.to_string(),
                    status: Some(status),
                    body: None,
                    elapsed: started.elapsed(),
                })
            }
            Err(e) => Err(ExecError::Upstream {
                message: e.to_string(),
                status: None,
                body: None,
                elapsed: started.elapsed(),
            }),
        }
    }

    async fn http(
        &self,
        tool: &Tool,
        c: &HttpConnector,
        args: &Value,
        env: &(dyn Fn(&Reference) -> Option<String> + Sync),
        bearer: Option<Zeroizing<String>>,
    ) -> Result<Output, ExecError> {
        let start = Instant::now();
        // The validate stage refused arguments that cannot fill the URL; checked again here,
        // where the credentials are added.
        let url = c.url.render(args).map_err(|e| ExecError::Upstream {
            message: format!("the request was not sent: {e}"),
            status: None,
            body: None,
            elapsed: start.elapsed(),
        })?;
        let mut secrets: Vec<String> = Vec::new();
        let method =
            reqwest::Method::from_bytes(c.method.as_bytes()).map_err(|_| ExecError::Upstream {
                message: format!("connector method `{}` is invalid", c.method),
                status: None,
                body: None,
                elapsed: start.elapsed(),
            })?;
        let mut req = self.client.request(method, &url).timeout(c.timeout);
        for (name, template) in &c.headers {
            let value = resolve(template, env, &mut secrets)?;
            req = req.header(name.as_str(), value.as_str());
        }
        match (&c.oauth, bearer) {
            (Some(_), Some(token)) => {
                req = req.header(
                    "authorization",
                    Zeroizing::new(format!("Bearer {}", token.as_str())).as_str(),
                );
                secrets.push(token.as_str().to_owned());
            }
            (Some(name), None) => {
                return Err(ExecError::MissingCredential(format!("oauth:{name}")));
            }
            (None, _) => {}
        }
        if c.body == BodyMode::Arguments {
            req = req.json(args);
        }
        let scrub = |s: &str| -> String {
            let mut out = s.to_owned();
            for secret in &secrets {
                if !secret.is_empty() {
                    out = out.replace(secret.as_str(), REDACTED);
                }
            }
            out
        };
        let timeout = |elapsed| ExecError::Timeout {
            system: tool.system.clone(),
            timeout_ms: c.timeout.as_millis(),
            elapsed,
        };
        let resp = match req.send().await {
            Ok(r) => r,
            Err(e) if e.is_timeout() => return Err(timeout(start.elapsed())),
            Err(e) => {
                return Err(ExecError::Upstream {
                    message: format!(
                        "upstream `{}` could not be reached: {}",
                        tool.system,
                        scrub(&error_chain(&e))
                    ),
                    status: None,
                    body: None,
                    elapsed: start.elapsed(),
                });
            }
        };
        let status = resp.status().as_u16();
        let bytes = match warden_http::read_capped(resp, c.max_response_bytes).await {
            Ok(b) => b,
            Err(warden_http::BodyError::TooLarge { limit }) => {
                return Err(ExecError::Upstream {
                    message: format!(
                        "upstream `{}` answered more than {limit} bytes",
                        tool.system
                    ),
                    status: Some(status),
                    body: None,
                    elapsed: start.elapsed(),
                });
            }
            Err(warden_http::BodyError::Broken(e)) if e.is_timeout() => {
                return Err(timeout(start.elapsed()));
            }
            Err(warden_http::BodyError::Broken(e)) => {
                return Err(ExecError::Upstream {
                    message: format!(
                        "upstream `{}` broke off its answer: {}",
                        tool.system,
                        scrub(&error_chain(&e))
                    ),
                    status: Some(status),
                    body: None,
                    elapsed: start.elapsed(),
                });
            }
        };
        let text = scrub(&String::from_utf8_lossy(&bytes));
        let mut body = serde_json::from_str::<Value>(&text).unwrap_or(Value::String(text));
        // JSON may have written a credential in escapes (`\/`, `\u0041`) the text scrub missed.
        for secret in &secrets {
            scrub_value(&mut body, secret);
        }
        if !(200..300).contains(&status) {
            return Err(ExecError::Upstream {
                message: format!("upstream `{}` answered HTTP {status}", tool.system),
                status: Some(status),
                body: Some(body),
                elapsed: start.elapsed(),
            });
        }
        Ok(Output {
            status,
            body,
            elapsed: start.elapsed(),
        })
    }
}

/// Replaces every occurrence of `secret` in the strings (and keys) of `v`.
fn scrub_value(v: &mut Value, secret: &str) {
    if secret.is_empty() {
        return;
    }
    match v {
        Value::String(s) if s.contains(secret) => *s = s.replace(secret, REDACTED),
        Value::Array(items) => items.iter_mut().for_each(|i| scrub_value(i, secret)),
        Value::Object(map) => {
            if map.keys().any(|k| k.contains(secret)) {
                *map = std::mem::take(map)
                    .into_iter()
                    .map(|(k, v)| (k.replace(secret, REDACTED), v))
                    .collect();
            }
            map.values_mut().for_each(|i| scrub_value(i, secret));
        }
        _ => {}
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(inner) = cur {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        cur = inner.source();
    }
    s
}

/// Resolves `{{env:NAME}}` and `{{secret:name}}` references; remembers each resolved value
/// for scrubbing.
fn resolve(
    template: &Template,
    env: &(dyn Fn(&Reference) -> Option<String> + Sync),
    secrets: &mut Vec<String>,
) -> Result<Zeroizing<String>, ExecError> {
    template.try_render(|r| {
        let value = env(r).ok_or_else(|| {
            ExecError::MissingCredential(match r {
                Reference::Env(name) => name.clone(),
                Reference::Secret(name) => format!("secret:{name}"),
            })
        })?;
        secrets.push(value.clone());
        Ok(Zeroizing::new(value))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echoed_tokens_are_scrubbed_everywhere() {
        let mut v = serde_json::json!({
            "content": [{"type": "text", "text": "you sent tok-123 and tok-123"}],
            "tok-123": {"nested": ["tok-123"]},
            "n": 1
        });
        scrub_value(&mut v, "tok-123");
        assert!(!v.to_string().contains("tok-123"), "{v}");
        assert_eq!(
            v["content"][0]["text"],
            "you sent [REDACTED] and [REDACTED]"
        );
        assert_eq!(v["[REDACTED]"]["nested"][0], REDACTED);
    }

    #[test]
    fn resolves_and_remembers_credentials() {
        let t = |s: &str| Template::parse(s).unwrap();
        let mut secrets = Vec::new();
        let env = |r: &Reference| (r.name() == "KEY").then(|| "s3cret".to_owned());
        assert_eq!(
            resolve(&t("Bearer {{env:KEY}}"), &env, &mut secrets)
                .unwrap()
                .as_str(),
            "Bearer s3cret"
        );
        assert_eq!(secrets, vec!["s3cret".to_owned()]);
        assert!(matches!(
            resolve(&t("{{env:OTHER}}"), &env, &mut secrets),
            Err(ExecError::MissingCredential(n)) if n == "OTHER"
        ));
    }
}
