//! What `serve` checks at start before it opens its store, and `warden check config` checks the
//! same way: the vault's key sources (a master key that parses, an external vault or transit key
//! that answers with its token) and every `{{env:NAME}}` a connector, provider or MCP server
//! would inject. A key source that fails refuses the start; an unset variable is a warning
//! (calls that need it fail, recorded), named with its config key.

use warden_types::{Connector, Deployment, Template};

use crate::{Env, LoadError};

/// Checks the deployment's outside references; returns warnings for people, or the first
/// problem that refuses a start.
pub async fn preflight(dep: &Deployment, env: &Env) -> Result<Vec<String>, LoadError> {
    crate::vault::check_sources(dep, env).await?;
    Ok(unset_env(dep, env))
}

/// Every `{{env:NAME}}` that is not set, with the key that names it.
fn unset_env(dep: &Deployment, env: &Env) -> Vec<String> {
    let mut templates: Vec<(String, &Template)> = Vec::new();
    for tool in dep.tools.values() {
        if let Connector::Http(h) = &tool.connector {
            for (k, v) in &h.headers {
                templates.push((format!("tools.\"{}\".connector.headers.{k}", tool.name), v));
            }
        }
    }
    for p in dep.providers.values() {
        templates.push((format!("providers.{}.credential", p.name), &p.credential));
    }
    for s in dep.mcp_servers.values() {
        for (k, v) in &s.env {
            templates.push((format!("mcp_servers.{}.env.{k}", s.name), v));
        }
        for (k, v) in &s.headers {
            templates.push((format!("mcp_servers.{}.headers.{k}", s.name), v));
        }
    }
    let mut out = Vec::new();
    for (key, template) in templates {
        for name in template.env_names() {
            if env(name).is_none() {
                out.push(format!(
                    "config key `{key}`: `{{{{env:{name}}}}}` is not set; calls that need it will fail"
                ));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}
