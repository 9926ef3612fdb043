//! Upstream MCP servers in the pipeline: discovery (their tools join the deployment), pinning
//! (a changed or poisoned definition disables the tool until an operator approves it), and
//! the per-agent catalogue.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Value, json};
use warden_mcp::Upstreams;
use warden_mcp::catalogue::ToolDef;
use warden_store::{StoreError, ToolPin};
use warden_types::{Connector, Deployment, Timestamp, Tool};

use crate::admin_log::{AdminLog, PinChange};
use crate::{Gateway, LoadError};

/// A pin's status that lets the tool be used.
pub const APPROVED: &str = "approved";
/// The definition differs from the approved one.
pub const CHANGED: &str = "changed";
/// The definition scored as a prompt injection (tool poisoning).
pub const POISONED: &str = "poisoned";

/// Lists every MCP server's tools and adds them to `dep` as `server.tool`. A server that
/// cannot be reached is described by its pinned (approved) definitions when there are any, so
/// an upstream that is down at start does not stop Warden; without pins, start fails with the
/// server named.
pub async fn discover(
    dep: &mut Deployment,
    upstreams: &Upstreams,
    pins: &[ToolPin],
) -> Result<Vec<ToolDef>, LoadError> {
    let mut defs = Vec::new();
    let mut problems = Vec::new();
    for (name, server) in &dep.mcp_servers {
        match upstreams.list_tools(name).await {
            Ok(listed) => defs.extend(listed),
            Err(e) => {
                let pinned: Vec<ToolDef> = pins
                    .iter()
                    .filter(|p| p.tool.starts_with(&format!("{name}.")))
                    .filter_map(|p| {
                        let raw = p.approved.clone()?;
                        Some(ToolDef {
                            server: name.clone(),
                            name: raw.get("name")?.as_str()?.to_owned(),
                            raw,
                        })
                    })
                    .collect();
                if pinned.is_empty() {
                    let at = server.url.clone().unwrap_or_else(|| server.command.clone());
                    problems.push(format!(
                        "cannot list the tools of MCP server `{name}` ({at}): {e}"
                    ));
                } else {
                    tracing::warn!(server = %name, error = %e, "MCP server unavailable at start; using its pinned tools");
                    defs.extend(pinned);
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(LoadError::Mcp(problems));
    }
    // Reading a server's resources and prompts is a read action of its system, under policy
    // like any tool: `server.read_resource` and `server.get_prompt`.
    for name in dep.mcp_servers.keys().cloned().collect::<Vec<_>>() {
        for (capability, action, what, schema, description) in [
            (
                "resources",
                "read_resource",
                warden_types::McpGet::Resource,
                json!({"type": "object", "properties": {"uri": {"type": "string", "maxLength": 2048}}, "required": ["uri"], "additionalProperties": false}),
                "Reads one resource of the server (`resources/read`).",
            ),
            (
                "prompts",
                "get_prompt",
                warden_types::McpGet::Prompt,
                json!({"type": "object", "properties": {"name": {"type": "string", "maxLength": 256}, "arguments": {"type": "object", "additionalProperties": {"type": "string"}}}, "required": ["name"], "additionalProperties": false}),
                "Gets one prompt of the server (`prompts/get`).",
            ),
        ] {
            let qualified = format!("{name}.{action}");
            if defs.iter().any(|d| d.qualified() == qualified) {
                tracing::warn!(tool = %qualified, "the server has a tool of that name; its {capability} are not offered");
                continue;
            }
            if !upstreams.has_capability(&name, capability).await {
                continue;
            }
            dep.tools.insert(
                qualified.clone(),
                Tool {
                    name: qualified,
                    system: name.clone(),
                    kind: warden_types::ToolKind::Read,
                    risk: warden_types::Risk::Low,
                    external: false,
                    decision_about_person: false,
                    reviewers: Vec::new(),
                    description: description.to_owned(),
                    schema,
                    output_labels: Vec::new(),
                    recipients: std::collections::BTreeMap::new(),
                    output_personal_data: warden_types::OutputPersonalData::Keep,
                    personal_data_allowed: None,
                    personal_data_other: warden_types::ArgumentPersonalData::Refuse,
                    disclosure: None,
                    totals: std::collections::BTreeMap::new(),
                    provenance: std::collections::BTreeMap::new(),
                    trusted_fields: Vec::new(),
                    sender_fields: Vec::new(),
                    requested_by: Vec::new(),
                    delegable: std::collections::BTreeMap::new(),
                    document_fields: Vec::new(),
                    injection_model: None,
                    connector: Connector::McpGet {
                        server: name.clone(),
                        what,
                    },
                },
            );
        }
    }
    let mut seen: HashMap<String, String> = HashMap::new();
    for def in &defs {
        let name = def.qualified();
        if let Some(first) = seen.insert(def.name.clone(), def.server.clone()) {
            // Shadowing: an agent or model addressing `send_email` might mean either.
            tracing::warn!(tool = %def.name, servers = %format!("{first}, {}", def.server), "two MCP servers offer a tool of the same name; Warden keeps both, namespaced");
        }
        if dep.tools.contains_key(&name) {
            return Err(LoadError::Mcp(vec![format!(
                "MCP tool `{name}` has the name of a configured tool"
            )]));
        }
        let over = dep
            .mcp_servers
            .get(&def.server)
            .and_then(|s| s.tools.get(&def.name))
            .cloned()
            .unwrap_or_default();
        dep.tools.insert(
            name.clone(),
            Tool {
                name,
                system: def.server.clone(),
                kind: over.kind.unwrap_or_else(|| def.kind()),
                risk: over.risk.unwrap_or_else(|| def.risk()),
                external: over.external.unwrap_or_else(|| def.external()),
                decision_about_person: over.decision_about_person,
                reviewers: Vec::new(),
                description: def.description().to_owned(),
                schema: def.input_schema(),
                output_labels: over.output_labels,
                recipients: over.recipients,
                output_personal_data: over
                    .output_personal_data
                    .unwrap_or(warden_types::OutputPersonalData::Keep),
                personal_data_allowed: None,
                personal_data_other: warden_types::ArgumentPersonalData::Refuse,
                disclosure: None,
                totals: std::collections::BTreeMap::new(),
                provenance: over.provenance,
                trusted_fields: over.trusted_fields,
                sender_fields: over.sender_fields,
                requested_by: over.requested_by,
                delegable: over.delegable,
                document_fields: over.document_fields,
                injection_model: over.injection_model,
                connector: Connector::Mcp {
                    server: def.server.clone(),
                    tool: def.name.clone(),
                },
            },
        );
    }
    Ok(defs)
}

/// Tools offered by more than one server under the same name: `(tool, servers)`.
pub fn shadowed(defs: &[ToolDef]) -> Vec<(String, Vec<String>)> {
    let mut by_name: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for d in defs {
        by_name.entry(&d.name).or_default().push(d.server.clone());
    }
    by_name
        .into_iter()
        .filter(|(_, servers)| servers.len() > 1)
        .map(|(n, s)| (n.to_owned(), s))
        .collect()
}

impl Gateway {
    /// Compares what the upstreams offer with the pins: new definitions are pinned (unless
    /// they score as an injection), changed or poisoned ones disable their tool. Every change
    /// is recorded; a held tool is an alert.
    pub(crate) async fn pin_tools(&self, defs: &[ToolDef]) -> Result<(), StoreError> {
        let _pinning = self.pinning.lock().await;
        let pins: HashMap<String, ToolPin> = self
            .store
            .tool_pins()
            .await?
            .into_iter()
            .map(|p| (p.tool.clone(), p))
            .collect();
        let mut status = HashMap::new();
        for def in defs {
            let tool = def.qualified();
            let hash = def.pin_hash();
            let poison = self
                .scanner()
                .tool_definition(def.description(), &def.input_schema());
            let signals: Vec<&str> = poison.signals.iter().map(|s| s.kind.as_str()).collect();
            let now = Timestamp::now();
            let (pin, change) = match pins.get(&tool) {
                Some(p) if p.approved_hash.as_deref() == Some(hash.as_str()) => (
                    ToolPin {
                        seen_hash: hash,
                        seen: def.raw.clone(),
                        status: APPROVED.into(),
                        ..p.clone()
                    },
                    PinChange::Quiet,
                ),
                Some(p) if p.seen_hash == hash => (p.clone(), PinChange::Quiet),
                Some(p) => {
                    let note = if poison.detected {
                        format!(
                            "definition changed and scores {:.2} as an injection ({})",
                            poison.score,
                            signals.join(", ")
                        )
                    } else {
                        "definition changed since it was approved".to_owned()
                    };
                    let status = if poison.detected { POISONED } else { CHANGED };
                    let pin = ToolPin {
                        seen_hash: hash.clone(),
                        seen: def.raw.clone(),
                        status: status.into(),
                        note: note.clone(),
                        updated_at: now,
                        ..p.clone()
                    };
                    let approved = p.approved.clone();
                    (pin, PinChange::Held { note, approved })
                }
                None if poison.detected => {
                    let note = format!(
                        "definition scores {:.2} as an injection (tool poisoning): {}",
                        poison.score,
                        signals.join(", ")
                    );
                    let pin = ToolPin {
                        tool: tool.clone(),
                        approved_hash: None,
                        approved: None,
                        seen_hash: hash,
                        seen: def.raw.clone(),
                        status: POISONED.into(),
                        note: note.clone(),
                        updated_at: now,
                    };
                    (
                        pin,
                        PinChange::Held {
                            note,
                            approved: None,
                        },
                    )
                }
                None => {
                    let pin = ToolPin {
                        tool: tool.clone(),
                        approved_hash: Some(hash.clone()),
                        approved: Some(def.raw.clone()),
                        seen_hash: hash.clone(),
                        seen: def.raw.clone(),
                        status: APPROVED.into(),
                        note: "first seen".into(),
                        updated_at: now,
                    };
                    let server = def.server.clone();
                    (pin, PinChange::Pinned { server })
                }
            };
            if !matches!(change, PinChange::Quiet) || pins.get(&tool) != Some(&pin) {
                if pin.status != APPROVED {
                    tracing::warn!(%tool, note = %pin.note, "MCP tool disabled until an operator approves it");
                }
                AdminLog(&*self.store).tool_pin(pin.clone(), change).await?;
            }
            status.insert(tool, (pin.status.clone(), pin.note.clone()));
        }
        for (tool, servers) in shadowed(defs) {
            tracing::warn!(%tool, servers = %servers.join(", "), "tool name offered by several MCP servers (shadowing); each is namespaced by its server");
        }
        if let Ok(mut s) = self.tool_status.write() {
            *s = status;
        }
        Ok(())
    }

    /// Why an MCP tool may not be used right now, if it may not.
    pub fn tool_disabled(&self, tool: &str) -> Option<String> {
        let Ok(status) = self.tool_status.read() else {
            return Some("tool state unavailable".into());
        };
        match status.get(tool) {
            Some((s, _)) if s == APPROVED => None,
            Some((s, note)) => Some(format!("{s}: {note}")),
            // An upstream tool is usable only once its definition is pinned (fail closed).
            None if self
                .dep()
                .tools
                .get(tool)
                .is_some_and(|t| matches!(t.connector, Connector::Mcp { .. })) =>
            {
                Some("not pinned yet: its definition has not been checked".into())
            }
            None => None,
        }
    }

    /// The tools `agent` can see over MCP: every tool its policies could ever allow (HTTP
    /// connectors and upstream MCP tools alike), minus MCP tools whose definition is not
    /// approved. A tool the agent can never use is not listed.
    pub fn catalogue(&self, agent: &str) -> Vec<Tool> {
        let set = self.set();
        set.dep
            .tools
            .values()
            .filter(|t| {
                !matches!(
                    t.connector,
                    Connector::McpGet { .. } | Connector::Llm { .. }
                )
            })
            .filter(|t| self.tool_disabled(&t.name).is_none())
            .filter(|t| set.policy.could_allow(agent, &t.name))
            .cloned()
            .collect()
    }

    /// The MCP servers whose resources (`what` = Resource) or prompts `agent` may read: those
    /// whose `read_resource` / `get_prompt` action its policies could ever allow.
    pub fn readable_servers(&self, agent: &str, what: warden_types::McpGet) -> Vec<String> {
        let set = self.set();
        set.dep
            .tools
            .values()
            .filter_map(|t| match &t.connector {
                Connector::McpGet { server, what: w } if *w == what => Some((t, server)),
                _ => None,
            })
            .filter(|(t, _)| set.policy.could_allow(agent, &t.name))
            .map(|(_, s)| s.clone())
            .collect()
    }

    /// Sends a list request (`resources/list`, `resources/templates/list`, `prompts/list`) to
    /// an upstream MCP server for `who`. Nothing else goes through here: calls, reads and
    /// prompts are actions, decided and recorded by the pipeline. A halted agent lists nothing.
    pub async fn mcp_list(
        &self,
        who: &crate::AgentIdentity,
        server: &str,
        method: &str,
        params: Value,
    ) -> Result<Value, warden_mcp::CallError> {
        const LISTS: &[&str] = &["resources/list", "resources/templates/list", "prompts/list"];
        let refused = |message: String| warden_mcp::CallError::Rpc {
            server: server.to_owned(),
            code: warden_mcp::rpc::INVALID_REQUEST,
            message,
        };
        if !LISTS.contains(&method) {
            return Err(refused(format!("`{method}` is not a list method")));
        }
        if let Some(halt) = self.halt_of(who.agent()) {
            return Err(refused(format!(
                "agent `{}` is halted: {}",
                who.agent(),
                halt.reason
            )));
        }
        match &self.mcp {
            Some(m) => m.request(server, method, params, None, None).await,
            None => Err(warden_mcp::CallError::Unknown(server.to_owned())),
        }
    }

    /// The upstream definition of an MCP tool, as last seen (for `tools/list`).
    pub fn mcp_definition(&self, tool: &str) -> Option<Value> {
        self.mcp_defs.read().ok()?.get(tool).cloned()
    }

    /// Lists every MCP server's tools again and re-pins them: a definition that changed while
    /// Warden runs disables its tool at once (the rug pull that waits until after start). Tools
    /// that appear after start are logged; they join the catalogue at the next start (the
    /// policy schema is built at start). A server that cannot be listed keeps its last state.
    pub async fn recheck_tools(&self) -> Result<(), StoreError> {
        let Some(upstreams) = &self.mcp else {
            return Ok(());
        };
        let known: Vec<String> = match self.mcp_defs.read() {
            Ok(d) => d.keys().cloned().collect(),
            Err(_) => return Ok(()),
        };
        let mut defs = Vec::new();
        for server in upstreams.names() {
            match upstreams.list_tools(&server).await {
                Ok(listed) => {
                    for d in listed {
                        if known.contains(&d.qualified()) {
                            defs.push(d);
                        } else {
                            tracing::warn!(tool = %d.qualified(), "new MCP tool; it joins the catalogue when Warden restarts");
                        }
                    }
                }
                Err(e) => {
                    tracing::warn!(%server, error = %e, "cannot re-list MCP tools");
                    // Keep what was last seen for this server.
                    if let Ok(d) = self.mcp_defs.read() {
                        defs.extend(
                            d.iter()
                                .filter(|(k, _)| k.starts_with(&format!("{server}.")))
                                .filter_map(|(_, raw)| {
                                    Some(ToolDef {
                                        server: server.clone(),
                                        name: raw.get("name")?.as_str()?.to_owned(),
                                        raw: raw.clone(),
                                    })
                                }),
                        );
                    }
                }
            }
        }
        if let Ok(mut d) = self.mcp_defs.write() {
            for def in &defs {
                d.insert(def.qualified(), def.raw.clone());
            }
        }
        self.pin_tools(&defs).await
    }

    /// Re-checks the upstream tools whenever a server announces a change, and every `every`.
    pub async fn run_tool_watch(self: std::sync::Arc<Self>, every: std::time::Duration) {
        let Some(upstreams) = self.mcp.clone() else {
            return;
        };
        loop {
            tokio::select! {
                () = tokio::time::sleep(every) => {}
                () = upstreams.tools_changed() => {}
            }
            if let Err(e) = self.recheck_tools().await {
                tracing::error!(error = %e, "cannot re-check MCP tools");
            }
        }
    }

    /// Every pinned MCP tool, for operators.
    pub async fn tool_pins(&self, _admin: &crate::Admin) -> Result<Vec<ToolPin>, crate::Refusal> {
        self.store.tool_pins().await.map_err(|e| {
            tracing::error!(error = %e, "cannot read tool pins");
            crate::Refusal::internal()
        })
    }

    /// An operator approves the definition they reviewed: refused (`conflict`) if the
    /// definition last seen upstream is no longer the one whose hash they were shown.
    pub async fn approve_reviewed_tool(
        &self,
        op: &crate::Admin,
        tool: &str,
        reviewed_hash: &str,
        comment: Option<String>,
    ) -> Result<ToolPin, crate::Refusal> {
        let current = self.tool_pins(op).await?;
        match current.iter().find(|p| p.tool == tool) {
            None => {
                return Err(crate::Refusal::new(
                    warden_types::ErrorCode::NotFound,
                    format!("no MCP tool `{tool}` has been seen"),
                ));
            }
            Some(p) if p.seen_hash != reviewed_hash => {
                return Err(crate::Refusal::new(
                    warden_types::ErrorCode::Conflict,
                    format!(
                        "the definition of `{tool}` changed since you reviewed it; review it again"
                    ),
                ));
            }
            Some(_) => {}
        }
        self.approve_tool_as(op, tool, comment).await
    }

    /// An operator approves a tool's definition as last seen (see [`Gateway::approve_tool`]).
    pub async fn approve_tool_as(
        &self,
        op: &crate::Admin,
        tool: &str,
        comment: Option<String>,
    ) -> Result<ToolPin, crate::Refusal> {
        match self.approve_tool(tool, &op.name, comment).await {
            Ok(Some(pin)) => Ok(pin),
            Ok(None) => Err(crate::Refusal::new(
                warden_types::ErrorCode::NotFound,
                format!("no MCP tool `{tool}` has been seen"),
            )),
            Err(e) => {
                tracing::error!(error = %e, "cannot approve a tool");
                Err(crate::Refusal::internal())
            }
        }
    }

    /// An operator approves the definition of `tool` as last seen. `Ok(None)` if no such tool
    /// is pinned.
    pub async fn approve_tool(
        &self,
        tool: &str,
        operator: &str,
        comment: Option<String>,
    ) -> Result<Option<ToolPin>, StoreError> {
        let _pinning = self.pinning.lock().await;
        let Some(mut pin) = self
            .store
            .tool_pins()
            .await?
            .into_iter()
            .find(|p| p.tool == tool)
        else {
            return Ok(None);
        };
        let before = pin.approved_hash.clone();
        pin.approved_hash = Some(pin.seen_hash.clone());
        pin.approved = Some(pin.seen.clone());
        pin.status = APPROVED.into();
        pin.note = format!(
            "approved by {operator}{}",
            comment
                .as_deref()
                .map(|c| format!(": {c}"))
                .unwrap_or_default()
        );
        pin.updated_at = Timestamp::now();
        let change = PinChange::Approved {
            operator: operator.to_owned(),
            before,
            comment: comment.clone(),
        };
        AdminLog(&*self.store).tool_pin(pin.clone(), change).await?;
        if let Ok(mut s) = self.tool_status.write() {
            s.insert(tool.to_owned(), (APPROVED.to_owned(), pin.note.clone()));
        }
        Ok(Some(pin))
    }
}
