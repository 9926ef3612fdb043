//! `[mcp]` (how held calls wait, how often tool lists are checked again) and
//! `[mcp_servers.*]` (upstream MCP servers and overrides of what their tools declare).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use warden_types::{McpServer, McpToolOverride, Risk, Template, Tool, ToolKind};

use crate::checks::{check_output_labels, check_output_personal_data, is_slug, template};
use crate::{Problems, parse_duration};

/// How long a held MCP call waits for its approval when `mcp.hold_wait` is not set.
pub const DEFAULT_MCP_HOLD_WAIT: Duration = Duration::from_secs(30);
/// How often MCP tool definitions are listed again when `mcp.recheck` is not set.
pub const DEFAULT_MCP_RECHECK: Duration = Duration::from_secs(300);
/// Longest wait for one MCP tool call when a server sets no `call_timeout`.
pub const DEFAULT_MCP_CALL_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMcp {
    hold_wait: Option<String>,
    recheck: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMcpServer {
    #[serde(default)]
    command: String,
    url: Option<String>,
    #[serde(default)]
    headers: BTreeMap<String, String>,
    #[serde(default)]
    args: Vec<String>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    cwd: Option<PathBuf>,
    call_timeout: Option<String>,
    #[serde(default)]
    tools: BTreeMap<String, RawMcpTool>,
    labels_meta_key: Option<String>,
    oauth: Option<String>,
    connection_oauth: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMcpTool {
    kind: Option<String>,
    risk: Option<String>,
    external: Option<bool>,
    #[serde(default)]
    decision_about_person: bool,
    #[serde(default)]
    output_labels: Vec<String>,
    recipient_arg: Option<String>,
    #[serde(default)]
    recipients: BTreeMap<String, String>,
    output_personal_data: Option<String>,
    injection_model: Option<bool>,
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
}

/// The validated `[mcp]` section.
pub(crate) struct Mcp {
    pub(crate) hold_wait: Duration,
    pub(crate) recheck: Duration,
}

pub(crate) fn section(raw: RawMcp, p: &mut Problems) -> Mcp {
    let hold_wait = match raw.hold_wait.as_deref().map(parse_duration) {
        None => DEFAULT_MCP_HOLD_WAIT,
        Some(Ok(d)) if d <= Duration::from_secs(600) => d,
        Some(Ok(_)) => {
            p.push("mcp.hold_wait", "at most 10m: clients time out long before");
            DEFAULT_MCP_HOLD_WAIT
        }
        Some(Err(e)) => {
            p.push("mcp.hold_wait", e);
            DEFAULT_MCP_HOLD_WAIT
        }
    };
    let recheck = match raw.recheck.as_deref().map(parse_duration) {
        None => DEFAULT_MCP_RECHECK,
        Some(Ok(d)) if d >= Duration::from_secs(1) => d,
        Some(Ok(_)) => {
            p.push("mcp.recheck", "at least 1s");
            DEFAULT_MCP_RECHECK
        }
        Some(Err(e)) => {
            p.push("mcp.recheck", e);
            DEFAULT_MCP_RECHECK
        }
    };
    Mcp { hold_wait, recheck }
}

/// `[mcp_servers.NAME]`: a stdio (`command`, overridable by `WARDEN_MCP_<NAME>_COMMAND`) or
/// streamable-HTTP (`url`) server whose name must not prefix a configured tool's.
pub(crate) fn servers(
    raw: BTreeMap<String, RawMcpServer>,
    tools: &BTreeMap<String, Tool>,
    channels: &[&str],
    base: &Path,
    env: &dyn Fn(&str) -> Option<String>,
    p: &mut Problems,
) -> BTreeMap<String, McpServer> {
    let mut mcp_servers = BTreeMap::new();
    for (name, m) in raw {
        let key = format!("mcp_servers.{name}");
        if !is_slug(&name) {
            p.push(
                &key,
                "server names are lowercase letters, digits, `-` and `_` (they prefix tool names)",
            );
        }
        if tools.keys().any(|t| t.starts_with(&format!("{name}."))) {
            p.push(
                &key,
                format!("tools named `{name}.…` are configured too; MCP tools would shadow them"),
            );
        }
        match (m.command.trim().is_empty(), &m.url) {
            (true, None) => p.push(
                &key,
                "set `command` (a stdio server) or `url` (a streamable-HTTP server)",
            ),
            (false, Some(_)) => p.push(&key, "set `command` or `url`, not both"),
            (true, Some(u)) if !(u.starts_with("http://") || u.starts_with("https://")) => {
                p.push(format!("{key}.url"), format!("`{u}` is not an http(s) URL"));
            }
            _ => {}
        }
        if m.url.is_none() && !m.headers.is_empty() {
            p.push(format!("{key}.headers"), "headers are for `url` servers");
        }
        if m.url.is_none() && (m.oauth.is_some() || m.connection_oauth.is_some()) {
            p.push(format!("{key}.oauth"), "OAuth tokens are for `url` servers");
        }
        if m.url.is_some() && (!m.args.is_empty() || !m.env.is_empty() || m.cwd.is_some()) {
            p.push(&key, "`args`, `env` and `cwd` are for `command` servers");
        }
        let headers: BTreeMap<String, Template> = m
            .headers
            .iter()
            .map(|(h, v)| (h.clone(), template(v, p, &format!("{key}.headers.{h}"))))
            .collect();
        let env_templates: BTreeMap<String, Template> = m
            .env
            .iter()
            .map(|(var, v)| (var.clone(), template(v, p, &format!("{key}.env.{var}"))))
            .collect();
        let call_timeout = match m.call_timeout.as_deref().map(parse_duration) {
            None => DEFAULT_MCP_CALL_TIMEOUT,
            Some(Ok(d)) if d >= Duration::from_millis(100) => d,
            Some(Ok(_)) => {
                p.push(format!("{key}.call_timeout"), "at least 100ms");
                DEFAULT_MCP_CALL_TIMEOUT
            }
            Some(Err(e)) => {
                p.push(format!("{key}.call_timeout"), e);
                DEFAULT_MCP_CALL_TIMEOUT
            }
        };
        let overrides = m
            .tools
            .into_iter()
            .map(|(tool, o)| {
                let o = tool_override(o, &format!("{key}.tools.\"{tool}\""), channels, p);
                (tool, o)
            })
            .collect();
        // Like upstream URLs, the program can be set per environment.
        let command_var = format!(
            "WARDEN_MCP_{}_COMMAND",
            name.to_ascii_uppercase().replace('-', "_")
        );
        let command = match env(&command_var) {
            Some(c) if !m.command.is_empty() => c,
            _ => m.command,
        };
        let labels_meta_key = m.labels_meta_key.filter(|k| {
            let ok = !k.is_empty() && k.len() <= 128 && !k.chars().any(char::is_control);
            if !ok {
                p.push(
                    format!("mcp_servers.{name}.labels_meta_key"),
                    "must be 1-128 characters (a `_meta` key such as `vendor.example/labels`)",
                );
            }
            ok
        });
        mcp_servers.insert(
            name.clone(),
            McpServer {
                name,
                command,
                url: m.url,
                headers,
                args: m.args,
                env: env_templates,
                cwd: m.cwd.map(|c| base.join(c)),
                call_timeout,
                tools: overrides,
                labels_meta_key,
                oauth: m.oauth,
                connection_oauth: m.connection_oauth,
            },
        );
    }
    mcp_servers
}

/// `[mcp_servers.NAME.tools."TOOL"]` at `tkey`.
fn tool_override(
    o: RawMcpTool,
    tkey: &str,
    channels: &[&str],
    p: &mut Problems,
) -> McpToolOverride {
    let kind = o.kind.as_deref().map(|k| {
        ToolKind::parse(k).unwrap_or_else(|| {
            p.push(format!("{tkey}.kind"), format!("unknown kind `{k}`"));
            ToolKind::Read
        })
    });
    let risk = o.risk.as_deref().map(|r| {
        Risk::parse(r).unwrap_or_else(|| {
            p.push(format!("{tkey}.risk"), format!("unknown risk `{r}`"));
            Risk::High
        })
    });
    check_output_labels(&o.output_labels, tkey, p);
    let output_personal_data = o
        .output_personal_data
        .as_deref()
        .map(|mode| check_output_personal_data(mode, tkey, p));
    let recipients =
        crate::tools::recipients(o.recipient_arg, o.recipients, None, channels, tkey, p);
    let provenance = crate::tools::provenance(o.provenance, &recipients, None, tkey, p);
    let delegable = crate::tools::delegable(o.delegable, &provenance, tkey, p);
    McpToolOverride {
        kind,
        risk,
        external: o.external,
        decision_about_person: o.decision_about_person,
        output_labels: o.output_labels,
        provenance,
        delegable,
        document_fields: crate::tools::result_fields(
            o.document_fields,
            &format!("{tkey}.document_fields"),
            p,
        ),
        trusted_fields: crate::tools::result_fields(
            o.trusted_fields,
            &format!("{tkey}.trusted_fields"),
            p,
        ),
        sender_fields: crate::tools::result_fields(
            o.sender_fields,
            &format!("{tkey}.sender_fields"),
            p,
        ),
        requested_by: crate::tools::requested_by(
            o.requested_by,
            &format!("{tkey}.requested_by"),
            p,
        ),
        recipients,
        output_personal_data,
        injection_model: o.injection_model,
    }
}

#[cfg(test)]
mod tests {
    use crate::load;
    use crate::testing::{BASE, example, problems};

    #[test]
    fn mcp_servers_are_checked() {
        let env =
            |k: &str| (k == "WARDEN_MCP_KB_COMMAND").then(|| "/opt/warden/bin/warden".to_owned());
        let dep = load(&example(), &env).unwrap();
        assert_eq!(dep.mcp_servers["kb"].command, "/opt/warden/bin/warden");
        let p = problems(&format!("{BASE}[mcp_servers.a]\n"));
        assert!(
            p.iter()
                .any(|m| m.contains("mcp_servers.a") && m.contains("`command`")),
            "{p:?}"
        );
        let p = problems(&format!(
            "{BASE}[mcp_servers.a]\ncommand = \"x\"\nurl = \"http://h/mcp\"\n"
        ));
        assert!(p.iter().any(|m| m.contains("not both")), "{p:?}");
        let p = problems(&format!("{BASE}[mcp_servers.a]\nurl = \"ftp://h\"\n"));
        assert!(p.iter().any(|m| m.contains("mcp_servers.a.url")), "{p:?}");
        let p = problems(&format!("{BASE}[mcp_servers.Bad]\ncommand = \"x\"\n"));
        assert!(p.iter().any(|m| m.contains("mcp_servers.Bad")), "{p:?}");
        let p = problems(&format!(
            "{BASE}[mcp_servers.a]\ncommand = \"x\"\nenv = {{ K = \"{{{{vault:k}}}}\" }}\n"
        ));
        assert!(p.iter().any(|m| m.contains("mcp_servers.a.env.K")), "{p:?}");
        let p = problems(&format!(
            "{BASE}[mcp]\nhold_wait = \"1h\"\n[mcp_servers.a]\ncommand = \"x\"\n[mcp_servers.a.tools.t]\nkind = \"nope\"\n"
        ));
        assert!(p.iter().any(|m| m.contains("mcp.hold_wait")), "{p:?}");
        assert!(
            p.iter()
                .any(|m| m.contains("mcp_servers.a.tools.\"t\".kind")),
            "{p:?}"
        );
    }
}
