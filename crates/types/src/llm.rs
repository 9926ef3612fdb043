//! LLM providers, their models and prices, and token/money budgets.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The wire format a provider speaks (and the endpoint agents use for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WireFormat {
    /// OpenAI chat completions: `POST {base}/chat/completions`.
    Openai,
    /// Anthropic messages: `POST {base}/messages`.
    Anthropic,
}

impl WireFormat {
    /// `openai` or `anthropic`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Openai => "openai",
            Self::Anthropic => "anthropic",
        }
    }
}

/// What happens to personal data in a request before it goes to a provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonalData {
    /// Sent as it is: only for a provider with a data processing agreement.
    Keep,
    /// Replaced by placeholders (`<EMAIL_1>`) that Warden restores in the answer.
    Pseudonymise,
    /// Replaced by its label (`[EMAIL]`), not restored.
    Mask,
    /// The request is refused.
    Block,
}

impl PersonalData {
    /// The configuration name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keep => "keep",
            Self::Pseudonymise => "pseudonymise",
            Self::Mask => "mask",
            Self::Block => "block",
        }
    }
}

/// A third-party LLM API.
#[derive(Debug, Clone, PartialEq)]
pub struct Provider {
    /// Its name: the Cedar system of its calls, e.g. `openai`.
    pub name: String,
    /// The wire format.
    pub format: WireFormat,
    /// Base URL, e.g. `https://api.openai.com/v1`.
    pub base_url: String,
    /// The credential, as a template: `{{secret:name}}` (vault, scope `llm:<provider>`) or
    /// `{{env:NAME}}`.
    pub credential: crate::Template,
    /// Whether a data processing agreement is in place.
    pub dpa: bool,
    /// Where the provider processes the data, e.g. `eu`.
    pub region: String,
    /// What happens to personal data in requests.
    pub personal_data: PersonalData,
    /// Models by the name agents ask for.
    pub models: BTreeMap<String, Model>,
    /// Longest a call may take.
    pub timeout: Duration,
}

/// A model and its prices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Model {
    /// Price of one input token, in billionths of a US dollar.
    pub input_nanousd: u64,
    /// Price of one output token, in billionths of a US dollar.
    pub output_nanousd: u64,
    /// The most output tokens a call may ask for (the worst case reserved against budgets when
    /// the request names no limit).
    pub max_output_tokens: u64,
}

/// Spending limits of an agent or a role (team); each limit is optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Budget {
    /// Tokens per UTC day.
    pub daily_tokens: Option<u64>,
    /// Tokens per UTC calendar month.
    pub monthly_tokens: Option<u64>,
    /// Money per UTC day, in billionths of a US dollar.
    pub daily_nanousd: Option<u64>,
    /// Money per UTC calendar month, in billionths of a US dollar.
    pub monthly_nanousd: Option<u64>,
    /// Percentage of a limit at which an alert is raised (once per limit and period), e.g. 80.
    pub alert_percent: u8,
}

impl Budget {
    /// Whether it limits anything.
    pub fn is_empty(&self) -> bool {
        self.daily_tokens.is_none()
            && self.monthly_tokens.is_none()
            && self.daily_nanousd.is_none()
            && self.monthly_nanousd.is_none()
    }
}

/// Tokens and money of one LLM call, as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Usage {
    /// Input (prompt) tokens.
    pub input_tokens: u64,
    /// Output (completion) tokens.
    pub output_tokens: u64,
    /// Cost in billionths of a US dollar.
    pub cost_nanousd: u64,
    /// Whether the tokens were estimated because the provider reported none.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimated: bool,
}

/// Parses a US-dollar amount (`"12.50"`, `0.15`) into billionths; `None` if negative, not a
/// number or too large.
pub fn usd_to_nanos(usd: f64) -> Option<u64> {
    if !usd.is_finite() || !(0.0..=1.0e9).contains(&usd) {
        return None;
    }
    // At most 1e18, well inside u64; rounding to the nearest billionth is exact enough for
    // prices written with a few decimals.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Some((usd * 1.0e9).round() as u64)
}

/// Formats billionths of a dollar as dollars with six decimals.
pub fn nanos_to_usd(nanos: u64) -> String {
    format!(
        "{}.{:06}",
        nanos / 1_000_000_000,
        (nanos % 1_000_000_000) / 1_000
    )
}
