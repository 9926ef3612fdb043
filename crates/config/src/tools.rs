//! `[upstreams.*]` and `[tools.*]`: the tools Warden executes itself, each with an argument
//! schema and an HTTP connector to an upstream.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use warden_types::{
    BodyMode, Connector, HttpConnector, OutputPersonalData, Risk, Tool, ToolKind, Total, Trace,
    UrlTemplate,
};

use crate::checks::{
    check_output_labels, check_output_personal_data, is_slug, is_tool_name, template,
};
use crate::{Problems, parse_duration, read_limited};

/// Upstream timeout when a connector sets none.
pub const DEFAULT_CONNECTOR_TIMEOUT: Duration = Duration::from_secs(10);
/// Largest upstream response accepted when a connector sets no limit (4 MiB).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawUpstream {
    url: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTool {
    system: String,
    kind: String,
    risk: String,
    #[serde(default)]
    external: bool,
    #[serde(default)]
    decision_about_person: bool,
    #[serde(default)]
    reviewers: Vec<String>,
    #[serde(default)]
    description: String,
    schema: Option<toml::Value>,
    schema_file: Option<PathBuf>,
    #[serde(default)]
    output_labels: Vec<String>,
    recipient_arg: Option<String>,
    #[serde(default)]
    recipients: BTreeMap<String, String>,
    output_personal_data: Option<String>,
    personal_data_allowed: Option<Vec<String>>,
    personal_data_other: Option<String>,
    disclosure: Option<RawDisclosure>,
    #[serde(default)]
    totals: BTreeMap<String, RawTotal>,
    #[serde(default)]
    provenance: BTreeMap<String, String>,
    #[serde(default)]
    trusted_fields: Vec<String>,
    #[serde(default)]
    sender_fields: Vec<String>,
    #[serde(default)]
    requested_by: Vec<String>,
    #[serde(default)]
    delegable: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    document_fields: Vec<String>,
    injection_model: Option<bool>,
    connector: RawConnector,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDisclosure {
    field: String,
    text: String,
    #[serde(default = "yes")]
    add: bool,
}

fn yes() -> bool {
    true
}

/// Longest disclosure text.
const MAX_DISCLOSURE_BYTES: usize = 1_000;

/// A tool's `disclosure`: `field` a string property of its schema, a non-empty `text`.
fn disclosure(
    raw: Option<RawDisclosure>,
    schema: &serde_json::Value,
    key: &str,
    p: &mut Problems,
) -> Option<warden_types::Disclosure> {
    let r = raw?;
    let is_string = schema
        .pointer(&format!(
            "/properties/{}/type",
            r.field.replace('~', "~0").replace('/', "~1")
        ))
        .and_then(serde_json::Value::as_str)
        == Some("string");
    if !is_string {
        p.push(
            format!("{key}.disclosure.field"),
            format!(
                "`{}` is not a string property of the tool's schema",
                r.field
            ),
        );
    }
    if r.text.trim().is_empty() || r.text.len() > MAX_DISCLOSURE_BYTES {
        p.push(
            format!("{key}.disclosure.text"),
            format!("must be 1-{MAX_DISCLOSURE_BYTES} bytes"),
        );
    }
    Some(warden_types::Disclosure {
        field: r.field,
        text: r.text.trim().to_owned(),
        add: r.add,
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTotal {
    sum: Option<String>,
    window: String,
    per: Option<String>,
    #[serde(default)]
    run: bool,
}

/// Most totals one tool may declare (each is a store read and write per call).
const MAX_TOTALS: usize = 8;
/// The longest window a total may have.
const MAX_TOTAL_WINDOW: Duration = Duration::from_secs(400 * 86_400);

/// `tools."NAME".totals`: names policies can write (`context.totals.NAME`), arguments the
/// schema has (a number to sum), windows from one second to 400 days.
fn totals(
    raw: BTreeMap<String, RawTotal>,
    schema: &serde_json::Value,
    key: &str,
    p: &mut Problems,
) -> BTreeMap<String, Total> {
    if raw.len() > MAX_TOTALS {
        p.push(
            format!("{key}.totals"),
            format!("at most {MAX_TOTALS} totals per tool"),
        );
    }
    let property = |name: &str| schema.get("properties").and_then(|props| props.get(name));
    let mut out = BTreeMap::new();
    for (name, t) in raw {
        let tkey = format!("{key}.totals.{name}");
        let mut chars = name.chars();
        if !chars
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
            || !chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            || name.len() > 64
        {
            p.push(
                &tkey,
                "total names are 1-64 lowercase letters, digits and `_`, not starting with a digit",
            );
        }
        if let Some(arg) = &t.sum {
            match property(arg)
                .and_then(|s| s.get("type"))
                .and_then(serde_json::Value::as_str)
            {
                Some("integer" | "number") => {}
                Some(other) => p.push(
                    format!("{tkey}.sum"),
                    format!("`{arg}` is of type {other}; a total sums a number"),
                ),
                None => p.push(
                    format!("{tkey}.sum"),
                    format!("`{arg}` is not a property of the tool's schema with a number type"),
                ),
            }
        }
        if let Some(arg) = &t.per
            && property(arg).is_none()
        {
            p.push(
                format!("{tkey}.per"),
                format!("`{arg}` is not a property of the tool's schema"),
            );
        }
        let window = match parse_duration(&t.window) {
            Ok(d) if d >= Duration::from_secs(1) && d <= MAX_TOTAL_WINDOW => d,
            Ok(_) => {
                p.push(format!("{tkey}.window"), "must be from 1s to 400d");
                continue;
            }
            Err(e) => {
                p.push(format!("{tkey}.window"), e);
                continue;
            }
        };
        out.insert(
            name,
            Total {
                sum: t.sum,
                window,
                per: t.per,
                run: t.run,
            },
        );
    }
    out
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, tag = "type", rename_all = "snake_case")]
enum RawConnector {
    Http {
        #[serde(default = "default_method")]
        method: String,
        upstream: Option<String>,
        url: Option<String>,
        path: Option<String>,
        #[serde(default)]
        headers: BTreeMap<String, String>,
        #[serde(default = "default_body")]
        body: String,
        timeout: Option<String>,
        max_response_bytes: Option<usize>,
        oauth: Option<String>,
    },
}

fn default_method() -> String {
    "POST".to_owned()
}

fn default_body() -> String {
    "arguments".to_owned()
}

/// `[upstreams.NAME]`: base URLs, each overridable by `WARDEN_UPSTREAM_<NAME>_URL`; returned
/// without a trailing `/`.
pub(crate) fn upstreams(
    raw: BTreeMap<String, RawUpstream>,
    env: &dyn Fn(&str) -> Option<String>,
    p: &mut Problems,
) -> BTreeMap<String, String> {
    let mut upstreams = BTreeMap::new();
    for (name, u) in raw {
        let var = format!(
            "WARDEN_UPSTREAM_{}_URL",
            name.to_ascii_uppercase().replace('-', "_")
        );
        let url = env(&var).unwrap_or(u.url);
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            p.push(
                format!("upstreams.{name}.url"),
                format!("`{url}` is not an http(s) URL"),
            );
        }
        upstreams.insert(name, url.trim_end_matches('/').to_owned());
    }
    upstreams
}

/// `[tools."NAME"]`. Schema files are relative to `base`.
pub(crate) fn section(
    raw: BTreeMap<String, RawTool>,
    upstreams: &BTreeMap<String, String>,
    channels: &[&str],
    base: &Path,
    p: &mut Problems,
) -> BTreeMap<String, Tool> {
    let mut tools = BTreeMap::new();
    for (name, t) in raw {
        let key = format!("tools.\"{name}\"");
        if !is_tool_name(&name) {
            p.push(
                &key,
                "tool names are lowercase letters, digits, `.`, `-` and `_`",
            );
        }
        let kind = ToolKind::parse(&t.kind).unwrap_or_else(|| {
            p.push(
                format!("{key}.kind"),
                format!(
                    "unknown kind `{}`; expected one of read, write, delete, communicate, transact, execute, admin",
                    t.kind
                ),
            );
            ToolKind::Read
        });
        let risk = Risk::parse(&t.risk).unwrap_or_else(|| {
            p.push(
                format!("{key}.risk"),
                format!(
                    "unknown risk `{}`; expected one of low, medium, high, critical",
                    t.risk
                ),
            );
            Risk::High
        });
        if !is_slug(&t.system) {
            p.push(
                format!("{key}.system"),
                "system names are lowercase letters, digits, `-` and `_`",
            );
        }
        check_output_labels(&t.output_labels, &key, p);
        let schema = schema(t.schema, t.schema_file, &key, base, p);
        let recipients = recipients(
            t.recipient_arg,
            t.recipients,
            Some(&schema),
            channels,
            &key,
            p,
        );
        let Some(connector) = connector(t.connector, &format!("{key}.connector"), upstreams, p)
        else {
            continue;
        };
        let placeholders = match &connector {
            Connector::Http(http) => http.url.placeholders().collect(),
            _ => Vec::new(),
        };
        for arg in placeholders {
            if schema
                .get("properties")
                .and_then(|props| props.get(arg))
                .is_none()
            {
                p.push(
                    format!("{key}.connector.url"),
                    format!("`{{{arg}}}` is not a property of the tool's schema"),
                );
            }
        }
        let output_personal_data = match &t.output_personal_data {
            None => OutputPersonalData::Keep,
            Some(mode) => check_output_personal_data(mode, &key, p),
        };
        let (personal_data_allowed, personal_data_other) = crate::checks::check_minimisation(
            t.personal_data_allowed,
            t.personal_data_other.as_deref(),
            &key,
            p,
        );
        let disclosure = disclosure(t.disclosure, &schema, &key, p);
        let totals = totals(t.totals, &schema, &key, p);
        let provenance = provenance(t.provenance, &recipients, Some(&schema), &key, p);
        let trusted_fields = result_fields(t.trusted_fields, &format!("{key}.trusted_fields"), p);
        let sender_fields = result_fields(t.sender_fields, &format!("{key}.sender_fields"), p);
        let requested_by = requested_by(t.requested_by, &format!("{key}.requested_by"), p);
        let delegable = delegable(t.delegable, &provenance, &key, p);
        let document_fields =
            result_fields(t.document_fields, &format!("{key}.document_fields"), p);
        tools.insert(
            name.clone(),
            Tool {
                output_personal_data,
                personal_data_allowed,
                personal_data_other,
                disclosure,
                name,
                system: t.system,
                kind,
                risk,
                external: t.external,
                decision_about_person: t.decision_about_person,
                reviewers: t.reviewers,
                description: t.description,
                schema,
                output_labels: t.output_labels,
                recipients,
                totals,
                provenance,
                trusted_fields,
                sender_fields,
                requested_by,
                delegable,
                document_fields,
                injection_model: t.injection_model,
                connector,
            },
        );
    }
    tools
}

/// Most traced arguments and trusted result fields one tool may declare.
const MAX_TRACED: usize = 32;

/// `tools."NAME".provenance`: arguments of the schema (when it is known here), not already
/// recipients (those are traced whole), each with what is traced in it.
pub(crate) fn provenance(
    raw: BTreeMap<String, String>,
    recipients: &BTreeMap<String, String>,
    schema: Option<&serde_json::Value>,
    key: &str,
    p: &mut Problems,
) -> BTreeMap<String, Trace> {
    if raw.len() > MAX_TRACED {
        p.push(
            format!("{key}.provenance"),
            format!("at most {MAX_TRACED} traced arguments per tool"),
        );
    }
    let props = schema
        .and_then(|s| s.get("properties"))
        .and_then(|v| v.as_object());
    let mut out = BTreeMap::new();
    for (arg, kind) in raw {
        let akey = format!("{key}.provenance.{arg}");
        let Some(trace) = Trace::parse(&kind) else {
            p.push(
                &akey,
                format!("unknown trace `{kind}`; expected one of any, email, url, iban, reach"),
            );
            continue;
        };
        if props.is_some_and(|props| !props.contains_key(&arg)) {
            p.push(
                &akey,
                format!("`{arg}` is not a property of the tool's schema"),
            );
        }
        if recipients.contains_key(&arg) {
            p.push(
                &akey,
                format!("`{arg}` is a recipient: recipients are always traced whole"),
            );
        }
        out.insert(arg, trace);
    }
    out
}

/// `tools."NAME".trusted_fields` and `sender_fields` (`key` names which): dotted paths of
/// field names.
pub(crate) fn result_fields(raw: Vec<String>, key: &str, p: &mut Problems) -> Vec<String> {
    if raw.len() > MAX_TRACED {
        p.push(key, format!("at most {MAX_TRACED} fields per tool"));
    }
    for (i, f) in raw.iter().enumerate() {
        if f.len() > 200 || f.split('.').any(|part| part.is_empty()) {
            p.push(
                format!("{key}[{i}]"),
                "a dotted path of field names (`email`, `charges.charge_id`)",
            );
        }
    }
    raw
}

/// Most phrases in one tool's `requested_by`.
const MAX_REQUESTED_BY: usize = 64;

/// `tools."NAME".requested_by`: words or phrases of letters, digits, spaces, `-` and `'`, each
/// with at least one letter.
pub(crate) fn requested_by(raw: Vec<String>, key: &str, p: &mut Problems) -> Vec<String> {
    if raw.len() > MAX_REQUESTED_BY {
        p.push(key, format!("at most {MAX_REQUESTED_BY} phrases per tool"));
    }
    for (i, phrase) in raw.iter().enumerate() {
        if phrase.len() > 100
            || !phrase.chars().any(char::is_alphabetic)
            || !phrase
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '!'))
            || phrase.split_whitespace().any(|w| {
                w.strip_prefix('!')
                    .is_some_and(|rest| rest.is_empty() || rest.contains('!'))
            })
            || phrase
                .split_whitespace()
                .next()
                .is_some_and(|w| w.starts_with('!'))
        {
            p.push(
                format!("{key}[{i}]"),
                "a word or phrase of letters, digits, spaces, `-` and `'` (`refund`, `kick off`), words that may not follow marked `!` (`tell !me`), at most 100 bytes",
            );
        }
    }
    raw
}

/// `tools."NAME".delegable`: arguments the tool traces with `provenance` (a recipient is never
/// delegable), each with at least one word the user refers to it by.
pub(crate) fn delegable(
    raw: BTreeMap<String, Vec<String>>,
    provenance: &BTreeMap<String, Trace>,
    key: &str,
    p: &mut Problems,
) -> BTreeMap<String, Vec<String>> {
    for (arg, words) in &raw {
        let at = format!("{key}.delegable.{arg}");
        if !provenance.contains_key(arg) {
            p.push(
                &at,
                format!("`{arg}` is not an argument of `{key}.provenance`"),
            );
        }
        if words.is_empty() {
            p.push(
                &at,
                "the words the user refers to the argument by (`[\"branch\"]`)",
            );
        }
        requested_by(words.clone(), &at, p);
    }
    raw
}

/// Property names that name a recipient: a tool that declares recipients must declare each of
/// these its schema has (a `bcc` left out would let an external address pass as internal).
const RECIPIENT_LIKE: [&str; 16] = [
    "to",
    "cc",
    "bcc",
    "recipient",
    "recipients",
    "reply_to",
    "replyto",
    "email",
    "emails",
    "address",
    "addresses",
    "iban",
    "account",
    "channel",
    "phone",
    "user",
];

/// The recipient arguments of a tool (`recipient_arg` is `email`), checked: a known channel,
/// a property of the schema (when the schema is known here), and no recipient-like property
/// left undeclared.
pub(crate) fn recipients(
    recipient_arg: Option<String>,
    mut declared: BTreeMap<String, String>,
    schema: Option<&serde_json::Value>,
    channels: &[&str],
    key: &str,
    p: &mut Problems,
) -> BTreeMap<String, String> {
    if let Some(arg) = recipient_arg {
        if declared.get(&arg).is_some_and(|c| c != "email") {
            p.push(
                format!("{key}.recipient_arg"),
                format!("`{arg}` is also in `recipients` with another channel"),
            );
        }
        declared.insert(arg, "email".into());
    }
    for (arg, channel) in &declared {
        if channel != "email" && !channels.contains(&channel.as_str()) {
            p.push(
                format!("{key}.recipients.{arg}"),
                format!(
                    "unknown channel `{channel}`; `email` or one of `organization.counterparties`"
                ),
            );
        }
    }
    if let Some(props) = schema
        .and_then(|s| s.get("properties"))
        .and_then(|v| v.as_object())
    {
        for arg in declared.keys() {
            if !props.contains_key(arg) {
                p.push(
                    format!("{key}.recipients"),
                    format!("`{arg}` is not a property of the tool's schema"),
                );
            }
        }
        if !declared.is_empty() {
            for name in props.keys() {
                let lower = name.to_ascii_lowercase();
                if RECIPIENT_LIKE.contains(&lower.as_str()) && !declared.contains_key(name) {
                    p.push(
                        format!("{key}.recipients"),
                        format!(
                            "`{name}` looks like a recipient: declare it in `recipients` (every \
                             recipient argument decides `context.recipient.external`)"
                        ),
                    );
                }
            }
        }
    }
    declared
}

/// A tool's argument schema: inline (`schema`) or from a JSON file (`schema_file`), of
/// `type = "object"`; `Null` when missing or wrong (with a problem).
fn schema(
    inline: Option<toml::Value>,
    file: Option<PathBuf>,
    key: &str,
    base: &Path,
    p: &mut Problems,
) -> serde_json::Value {
    let schema = match (inline, file) {
        (Some(_), Some(_)) => {
            p.push(key, "set `schema` or `schema_file`, not both");
            serde_json::Value::Null
        }
        (Some(v), None) => serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
        (None, Some(f)) => {
            let path = base.join(&f);
            match read_limited(&path)
                .map_err(|e| e.to_string())
                .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
            {
                Ok(v) => v,
                Err(e) => {
                    p.push(format!("{key}.schema_file"), e);
                    serde_json::Value::Null
                }
            }
        }
        (None, None) => {
            p.push(
                key,
                "a tool needs an argument schema (`schema` or `schema_file`)",
            );
            serde_json::Value::Null
        }
    };
    if !schema.is_null() && schema.get("type").and_then(|v| v.as_str()) != Some("object") {
        p.push(
            format!("{key}.schema"),
            "the argument schema must be of `type = \"object\"`",
        );
    }
    if !schema.is_null() {
        for problem in crate::satisfiable::check(&schema, "") {
            p.push(
                format!("{key}.schema"),
                format!("no call can satisfy it: {problem}"),
            );
        }
    }
    schema
}

/// `connector = { type = "http", … }` at `ckey`: an upstream (with an optional path) or a URL.
fn connector(
    raw: RawConnector,
    ckey: &str,
    upstreams: &BTreeMap<String, String>,
    p: &mut Problems,
) -> Option<Connector> {
    let RawConnector::Http {
        method,
        upstream,
        url,
        path,
        headers,
        body,
        timeout,
        max_response_bytes,
        oauth,
    } = raw;
    let method = method.to_ascii_uppercase();
    if !["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&method.as_str()) {
        p.push(
            format!("{ckey}.method"),
            format!("unsupported method `{method}`"),
        );
    }
    let url = match (upstream, url, path) {
        (Some(u), None, path) => match upstreams.get(&u) {
            Some(base) => format!("{base}{}", path.unwrap_or_default()),
            None => {
                p.push(
                    format!("{ckey}.upstream"),
                    format!("unknown upstream `{u}`"),
                );
                String::new()
            }
        },
        (None, Some(url), None) => url,
        _ => {
            p.push(
                ckey,
                "set either `upstream` (with an optional `path`) or `url`",
            );
            String::new()
        }
    };
    let url = match UrlTemplate::parse(&url) {
        Ok(t) => t,
        Err(e) => {
            if !url.is_empty() {
                p.push(format!("{ckey}.url"), e.message);
            }
            UrlTemplate::parse(UNUSABLE_URL).ok()?
        }
    };
    let body = match body.as_str() {
        "arguments" => BodyMode::Arguments,
        "none" => BodyMode::None,
        other => {
            p.push(
                format!("{ckey}.body"),
                format!("unknown body `{other}`; expected `arguments` or `none`"),
            );
            BodyMode::None
        }
    };
    let timeout = match timeout.as_deref().map(parse_duration) {
        None => DEFAULT_CONNECTOR_TIMEOUT,
        Some(Ok(d)) if !d.is_zero() => d,
        Some(Ok(_)) => {
            p.push(format!("{ckey}.timeout"), "must be more than zero");
            DEFAULT_CONNECTOR_TIMEOUT
        }
        Some(Err(e)) => {
            p.push(format!("{ckey}.timeout"), e);
            DEFAULT_CONNECTOR_TIMEOUT
        }
    };
    let headers = headers
        .into_iter()
        .map(|(h, v)| {
            let t = template(&v, p, &format!("{ckey}.headers.{h}"));
            (h, t)
        })
        .collect();
    Some(Connector::Http(HttpConnector {
        method,
        url,
        headers,
        body,
        timeout,
        max_response_bytes: max_response_bytes.unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
        oauth,
    }))
}

/// What a connector whose URL was refused holds while the load collects its other problems
/// (the load fails; it is never used).
const UNUSABLE_URL: &str = "http://unusable.invalid/";

#[cfg(test)]
mod tests {
    use warden_types::Connector;

    use crate::load;
    use crate::testing::example;

    #[test]
    fn environment_overrides_upstream_url() {
        let env = |k: &str| {
            (k == "WARDEN_UPSTREAM_GROUPANY_URL").then(|| "http://10.0.0.1:1/".to_owned())
        };
        let dep = load(&example(), &env).unwrap();
        let Connector::Http(h) = &dep.tools["email.send"].connector else {
            panic!("email.send is an HTTP tool");
        };
        assert_eq!(h.url.as_str(), "http://10.0.0.1:1/tools/email.send");
    }

    #[test]
    fn totals_name_arguments_the_schema_has_and_sane_windows() {
        let dep = load(&example(), &crate::testing::no_env).unwrap();
        let day = &dep.tools["payments.send"].totals["day"];
        assert_eq!(day.sum.as_deref(), Some("amount"));
        assert_eq!(day.window, std::time::Duration::from_secs(86_400));
        assert!(!day.run);
        let in_run = &dep.tools["payments.send"].totals["in_run"];
        assert!(in_run.run && in_run.sum.is_none() && in_run.per.is_none());
        let text = format!(
            "{}{}",
            crate::testing::BASE,
            r#"
[upstreams.u]
url = "http://127.0.0.1:1"
[tools."p.pay"]
system = "bank"
kind = "transact"
risk = "high"
schema = { type = "object", properties = { amount = { type = "integer" }, note = { type = "string" } } }
connector = { type = "http", upstream = "u", path = "/p" }
totals = { "Bad-Name" = { window = "1h" }, text = { sum = "note", window = "1h" }, missing = { sum = "nope", window = "1h" }, split = { sum = "amount", per = "who", window = "1h" }, long = { sum = "amount", window = "500d" }, ok = { sum = "amount", window = "24h" } }
"#
        );
        let all = crate::testing::problems(&text).join("\n");
        assert!(all.contains("totals.Bad-Name"), "{all}");
        assert!(all.contains("totals.text.sum"), "{all}");
        assert!(all.contains("totals.missing.sum"), "{all}");
        assert!(all.contains("totals.split.per"), "{all}");
        assert!(all.contains("totals.long.window"), "{all}");
        assert!(!all.contains("totals.ok"), "{all}");
    }

    /// `injection_model` on a tool overrides `inspection.injection_model` for its results; not
    /// set, the deployment's setting applies; a value that is not a boolean is refused.
    #[test]
    fn a_tool_can_turn_the_learned_injection_layer_on_or_off() {
        let tool = |extra: &str| {
            format!(
                "{}{}{extra}\n",
                crate::testing::BASE,
                r#"
[inspection]
injection_model = false
[upstreams.u]
url = "http://127.0.0.1:1"
[tools."crm.lookup"]
system = "crm"
kind = "read"
risk = "low"
schema = { type = "object" }
connector = { type = "http", upstream = "u", path = "/p" }
"#
            )
        };
        let dep = |text: &str| crate::testing::with_text(text).unwrap_or_else(|e| panic!("{e}"));
        let off = dep(&tool(""));
        assert!(!off.inspection.injection_model);
        assert_eq!(off.tools["crm.lookup"].injection_model, None);
        let on = dep(&tool("injection_model = true"));
        assert_eq!(on.tools["crm.lookup"].injection_model, Some(true));
        let err = crate::testing::with_text(&tool("injection_model = \"yes\"")).unwrap_err();
        assert!(err.to_string().contains("injection_model"), "{err}");
        // On by default.
        assert!(
            load(&example(), &crate::testing::no_env)
                .unwrap()
                .inspection
                .injection_model
        );
    }
}
