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

/// How personal data may leave the EEA for a processor (GDPR Chapter V).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferMechanism {
    /// Processing stays in the EEA: no transfer.
    None,
    /// An adequacy decision (Art. 45), e.g. the EU-US Data Privacy Framework.
    Adequacy,
    /// Standard contractual clauses (Art. 46(2)(c)).
    Sccs,
    /// Binding corporate rules (Art. 47).
    Bcr,
    /// A derogation for a specific situation (Art. 49).
    Derogation,
}

impl TransferMechanism {
    /// Every mechanism.
    pub const ALL: [Self; 5] = [
        Self::None,
        Self::Adequacy,
        Self::Sccs,
        Self::Bcr,
        Self::Derogation,
    ];
    /// The configuration name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Adequacy => "adequacy",
            Self::Sccs => "sccs",
            Self::Bcr => "bcr",
            Self::Derogation => "derogation",
        }
    }
}

/// A processor's entry in the registry of data processing agreements (GDPR Art. 28): an LLM
/// provider or an upstream system that receives data through Warden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processor {
    /// The provider or system name it is keyed by.
    pub name: String,
    /// The legal entity that processes.
    pub legal_entity: String,
    /// When the data processing agreement was signed (`YYYY-MM-DD`); `None`: there is none.
    pub dpa_signed: Option<String>,
    /// Its version or reference.
    pub dpa_version: Option<String>,
    /// Where the data is processed.
    pub region: String,
    /// How data may leave the EEA for it.
    pub transfer_mechanism: TransferMechanism,
    /// When the entry was last reviewed (`YYYY-MM-DD`).
    pub reviewed: String,
    /// How often it must be reviewed.
    pub review_every: std::time::Duration,
    /// A HIPAA business associate agreement is signed.
    pub baa: bool,
    /// A PCI DSS third-party service provider agreement is signed.
    pub tpsp: bool,
    /// Where its sub-processors are listed.
    pub subprocessors: Option<String>,
}

impl Processor {
    /// When the next review is due (`YYYY-MM-DD` plus `review_every`), as a time.
    pub fn review_due(&self) -> Option<crate::Timestamp> {
        let at = crate::parse_rfc3339(&format!("{}T00:00:00Z", self.reviewed))?;
        let secs = i64::try_from(self.review_every.as_secs()).ok()?;
        Some(at.plus_seconds(secs))
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
