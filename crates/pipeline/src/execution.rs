//! Stage *execute*, as the pipeline holds it: the connectors and the LLM providers' HTTP
//! client, reachable only with an [`Approved`] action. Both are private to this module, so no
//! other part of the pipeline can call a connector or a provider with an action that skipped
//! the decide and approve stages.

use serde_json::Value;
use warden_execute::{ExecError, Executor, Output};
use warden_types::{Provider, Tool, WireFormat};
use warden_vault::Zeroizing;

use crate::approval::Approved;

/// The connectors and the providers' client.
pub(crate) struct Execution {
    executor: Executor,
    providers: reqwest::Client,
}

/// One request to an LLM provider, already protected.
pub(crate) struct ProviderCall<'a> {
    pub(crate) provider: &'a Provider,
    /// The body as it leaves: every part of the prompt protected.
    pub(crate) body: &'a Value,
    /// The provider's credential, dropped (and zeroed) once the request is built.
    pub(crate) credential: Zeroizing<String>,
    pub(crate) anthropic_version: &'a str,
    pub(crate) stream: bool,
}

/// Why a provider was not called, or did not answer.
#[derive(Debug)]
pub(crate) enum ProviderError {
    /// The approved action is not a call of this provider.
    NotApproved,
    /// The request failed (connect, timeout, TLS).
    Http(reqwest::Error),
}

impl Execution {
    pub(crate) fn new(executor: Executor, providers: reqwest::Client) -> Self {
        Self {
            executor,
            providers,
        }
    }

    /// Runs `approved` through `tool`'s connector; `resolve` supplies `{{env:}}` and
    /// `{{secret:}}` values, `bearer` the access token of a connector with `oauth`, `cancel`
    /// ends the call early.
    pub(crate) async fn run(
        &self,
        approved: &Approved,
        tool: &Tool,
        resolve: &(dyn Fn(&warden_types::Reference) -> Option<String> + Sync),
        bearer: Option<Zeroizing<String>>,
        cancel: Option<&tokio::sync::Notify>,
    ) -> Result<Output, ExecError> {
        self.executor
            .execute_authorized(tool, &approved.action().arguments, resolve, bearer, cancel)
            .await
    }

    /// Sends an LLM request: `approved` must be the decision on this provider's
    /// `<provider>.complete` action for the model the request names.
    pub(crate) async fn call_provider(
        &self,
        approved: &Approved,
        call: ProviderCall<'_>,
    ) -> Result<reqwest::Response, ProviderError> {
        let action = approved.action();
        let model = call.body.get("model").and_then(Value::as_str);
        if action.tool != warden_config::llm_tool_name(&call.provider.name)
            || action.arguments.get("model").and_then(Value::as_str) != model
        {
            return Err(ProviderError::NotApproved);
        }
        let url = match call.provider.format {
            WireFormat::Openai => format!("{}/chat/completions", call.provider.base_url),
            WireFormat::Anthropic => format!("{}/messages", call.provider.base_url),
        };
        let mut req = self
            .providers
            .post(&url)
            .timeout(call.provider.timeout)
            .json(call.body);
        req = match call.provider.format {
            WireFormat::Openai => req.bearer_auth(call.credential.as_str()),
            WireFormat::Anthropic => req
                .header("x-api-key", call.credential.as_str())
                .header("anthropic-version", call.anthropic_version),
        };
        if call.stream {
            req = req.header("accept", "text/event-stream");
        }
        drop(call.credential);
        req.send().await.map_err(ProviderError::Http)
    }
}
