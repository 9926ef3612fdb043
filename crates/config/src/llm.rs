//! `[providers.*]` (LLM providers, models, prices, privacy record) and `budget = {…}` of
//! agents and roles.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Deserialize;
use serde_json::json;
use warden_types::{
    Budget, Connector, McpServer, Model, OutputPersonalData, PersonalData, Provider, Risk, Tool,
    ToolKind, WireFormat, usd_to_nanos,
};

use crate::checks::{http_url_ok, is_slug, template};
use crate::{Problems, parse_duration};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProvider {
    format: String,
    base_url: String,
    credential: String,
    dpa: Option<bool>,
    region: Option<String>,
    personal_data: Option<String>,
    timeout: Option<String>,
    #[serde(default)]
    models: BTreeMap<String, RawModel>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModel {
    input_usd_per_mtok: f64,
    output_usd_per_mtok: f64,
    max_output_tokens: u64,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBudget {
    daily_tokens: Option<u64>,
    monthly_tokens: Option<u64>,
    daily_usd: Option<f64>,
    monthly_usd: Option<f64>,
    alert_percent: Option<u8>,
}

/// How long an LLM call may take unless configured otherwise.
pub const DEFAULT_LLM_TIMEOUT: Duration = Duration::from_secs(300);
/// Largest `max_output_tokens` accepted for a model.
const MAX_OUTPUT_TOKENS: u64 = 10_000_000;

/// The action of a provider's calls: `<provider>.complete`.
pub fn llm_tool_name(provider: &str) -> String {
    format!("{provider}.complete")
}

pub(crate) fn budget(raw: Option<RawBudget>, key: &str, p: &mut Problems) -> Option<Budget> {
    let raw = raw?;
    let usd = |p: &mut Problems, what: &str, v: Option<f64>| {
        v.and_then(|v| {
            let n = usd_to_nanos(v);
            if n.is_none() {
                p.push(
                    format!("{key}.budget.{what}"),
                    "must be a non-negative amount in US dollars",
                );
            }
            n
        })
    };
    let b = Budget {
        daily_tokens: raw.daily_tokens,
        monthly_tokens: raw.monthly_tokens,
        daily_nanousd: usd(p, "daily_usd", raw.daily_usd),
        monthly_nanousd: usd(p, "monthly_usd", raw.monthly_usd),
        alert_percent: raw.alert_percent.unwrap_or(80),
    };
    if b.alert_percent == 0 || b.alert_percent > 100 {
        p.push(format!("{key}.budget.alert_percent"), "must be 1-100");
    }
    if b.is_empty() {
        p.push(
            format!("{key}.budget"),
            "names no limit (daily_tokens, monthly_tokens, daily_usd, monthly_usd)",
        );
    }
    Some(b)
}

/// Validates the providers and adds each one's `<provider>.complete` action to `tools`.
pub(crate) fn providers(
    raw: BTreeMap<String, RawProvider>,
    env: &dyn Fn(&str) -> Option<String>,
    p: &mut Problems,
    tools: &mut BTreeMap<String, Tool>,
    mcp_servers: &BTreeMap<String, McpServer>,
    processors: &BTreeMap<String, warden_types::Processor>,
) -> BTreeMap<String, Provider> {
    let mut out = BTreeMap::new();
    for (name, r) in raw {
        let key = format!("providers.{name}");
        // The registry's entry decides; `dpa` and `region` here only when it has none.
        let (dpa, region) = match processors.get(&name) {
            Some(entry) => {
                let signed = entry.dpa_signed.is_some();
                if r.dpa.is_some_and(|d| d != signed) {
                    p.push(
                        format!("{key}.dpa"),
                        format!(
                            "disagrees with `processors.{name}` ({}); remove it, the registry decides",
                            if signed { "a DPA is signed" } else { "no `dpa_signed`" }
                        ),
                    );
                }
                if r.region.as_ref().is_some_and(|g| *g != entry.region) {
                    p.push(
                        format!("{key}.region"),
                        format!("disagrees with `processors.{name}.region`; remove it, the registry decides"),
                    );
                }
                (signed, entry.region.clone())
            }
            None => {
                if r.dpa.is_none() {
                    p.push(
                        format!("{key}.dpa"),
                        format!("say whether a data processing agreement is signed: `dpa = true|false`, or a `[processors.{name}]` entry"),
                    );
                }
                (r.dpa.unwrap_or(false), r.region.clone().unwrap_or_default())
            }
        };
        if !is_slug(&name) {
            p.push(
                &key,
                "provider names are lowercase letters, digits, `-` and `_`",
            );
        }
        if mcp_servers.contains_key(&name) || tools.values().any(|t| t.system == name) {
            p.push(
                &key,
                format!("`{name}` is already the system of tools or an MCP server"),
            );
        }
        let format = match r.format.as_str() {
            "openai" => WireFormat::Openai,
            "anthropic" => WireFormat::Anthropic,
            other => {
                p.push(
                    format!("{key}.format"),
                    format!("unknown format `{other}`; expected `openai` or `anthropic`"),
                );
                WireFormat::Openai
            }
        };
        let var = format!(
            "WARDEN_PROVIDER_{}_URL",
            name.to_ascii_uppercase().replace('-', "_")
        );
        let base_url = env(&var).unwrap_or(r.base_url);
        if !http_url_ok(&base_url) {
            p.push(
                format!("{key}.base_url"),
                "must be https:// (http:// only to a loopback address)",
            );
        }
        let before = p.problems.len();
        let credential = template(&r.credential, p, &format!("{key}.credential"));
        // A malformed template has its own problem.
        if p.problems.len() == before && credential.references().next().is_none() {
            p.push(
                format!("{key}.credential"),
                "must reference the credential (`{{secret:name}}` or `{{env:NAME}}`), never hold it",
            );
        }
        let personal_data = match r.personal_data.as_deref().unwrap_or("pseudonymise") {
            "keep" => PersonalData::Keep,
            "pseudonymise" | "pseudonymize" => PersonalData::Pseudonymise,
            "mask" => PersonalData::Mask,
            "block" => PersonalData::Block,
            other => {
                p.push(
                    format!("{key}.personal_data"),
                    format!("unknown mode `{other}`; expected keep, pseudonymise, mask or block"),
                );
                PersonalData::Block
            }
        };
        if personal_data == PersonalData::Keep && !dpa {
            p.push(
                format!("{key}.personal_data"),
                "`keep` needs a data processing agreement (`dpa = true`): personal data never goes to a provider without one",
            );
        }
        if region.trim().is_empty() {
            p.push(
                format!("{key}.region"),
                "must name where the data is processed",
            );
        }
        let timeout = match r.timeout.as_deref().map(parse_duration) {
            None => DEFAULT_LLM_TIMEOUT,
            Some(Ok(d)) if d >= Duration::from_secs(1) => d,
            Some(Ok(_)) => {
                p.push(format!("{key}.timeout"), "at least 1s");
                DEFAULT_LLM_TIMEOUT
            }
            Some(Err(e)) => {
                p.push(format!("{key}.timeout"), e);
                DEFAULT_LLM_TIMEOUT
            }
        };
        if r.models.is_empty() {
            p.push(
                format!("{key}.models"),
                "a provider needs at least one model",
            );
        }
        let mut models = BTreeMap::new();
        for (m, raw) in r.models {
            let mkey = format!("{key}.models.\"{m}\"");
            if m.is_empty() || m.len() > 128 || m.chars().any(char::is_control) {
                p.push(&mkey, "model names are 1-128 printable characters");
            }
            let price = |p: &mut Problems, what: &str, usd_per_mtok: f64| {
                // Dollars per million tokens: per token, a millionth of that.
                usd_to_nanos(usd_per_mtok / 1.0e6).unwrap_or_else(|| {
                    p.push(format!("{mkey}.{what}"), "must be a non-negative price");
                    0
                })
            };
            let model = Model {
                input_nanousd: price(p, "input_usd_per_mtok", raw.input_usd_per_mtok),
                output_nanousd: price(p, "output_usd_per_mtok", raw.output_usd_per_mtok),
                max_output_tokens: raw.max_output_tokens,
            };
            if raw.max_output_tokens == 0 || raw.max_output_tokens > MAX_OUTPUT_TOKENS {
                p.push(
                    format!("{mkey}.max_output_tokens"),
                    format!("must be 1-{MAX_OUTPUT_TOKENS}"),
                );
            }
            models.insert(m, model);
        }
        let tool = llm_tool_name(&name);
        if tools.contains_key(&tool) {
            p.push(&key, format!("a tool named `{tool}` is configured too"));
        }
        tools.insert(
            tool.clone(),
            Tool {
                name: tool,
                system: name.clone(),
                kind: ToolKind::Llm,
                risk: Risk::Medium,
                external: true,
                decision_about_person: false,
                reviewers: Vec::new(),
                description: format!(
                    "Sends a prompt to the LLM provider `{name}` (through the LLM proxy)."
                ),
                schema: json!({
                    "type": "object",
                    "properties": {
                        "model": {"type": "string", "enum": models.keys().collect::<Vec<_>>()},
                        "stream": {"type": "boolean"},
                        "max_tokens": {"type": "integer", "minimum": 1},
                        "tools": {"type": "array", "items": {"type": "string", "maxLength": 256}, "maxItems": 512},
                    },
                    "required": ["model", "stream", "max_tokens", "tools"],
                    "additionalProperties": false,
                }),
                output_labels: Vec::new(),
                recipients: BTreeMap::new(),
                output_personal_data: OutputPersonalData::Keep,
                personal_data_allowed: None,
                personal_data_other: warden_types::ArgumentPersonalData::Refuse,
                disclosure: None,
                totals: std::collections::BTreeMap::new(),
                provenance: std::collections::BTreeMap::new(),
                trusted_fields: Vec::new(),
                sender_fields: Vec::new(),
                requested_by: Vec::new(),
                delegable: BTreeMap::new(),
                document_fields: Vec::new(),
                injection_model: None,
                connector: Connector::Llm {
                    provider: name.clone(),
                },
            },
        );
        out.insert(
            name.clone(),
            Provider {
                name,
                format,
                base_url: base_url.trim_end_matches('/').to_owned(),
                credential,
                dpa,
                region,
                personal_data,
                models,
                timeout,
            },
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::testing::{BASE, problems};

    #[test]
    fn providers_are_checked() {
        let p = problems(&format!(
            "{BASE}[providers.x]\nformat = \"grpc\"\nbase_url = \"http://llm.example.com\"\ncredential = \"sk-plain-text\"\ndpa = false\nregion = \"\"\npersonal_data = \"keep\"\n"
        ));
        for (key, what) in [
            ("providers.x.format", "unknown format"),
            ("providers.x.base_url", "loopback"),
            ("providers.x.credential", "never hold it"),
            ("providers.x.personal_data", "data processing agreement"),
            ("providers.x.region", "must name"),
            ("providers.x.models", "at least one model"),
        ] {
            assert!(
                p.iter().any(|m| m.contains(key) && m.contains(what)),
                "{key}: {p:?}"
            );
        }
    }
}
