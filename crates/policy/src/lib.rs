//! The `decide` stage: Cedar policies over agents, roles, tools and systems.
//!
//! Warden generates a Cedar schema from the deployment (agents, roles, tools and their argument
//! schemas) and validates every policy against it, so a misspelt attribute fails at load time.
//! Approval gates are policies annotated `@approval("group")`; see [`PolicyEngine::decide`].

pub mod provenance;
pub mod recipients;
mod shape;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use cedar_policy::{
    ActionConstraint, Authorizer, Context, Entities, EntityUid, Policy, PolicyId, PolicySet,
    PrincipalConstraint, Request, ResourceConstraint, RestrictedExpression as R, Schema,
    ValidationMode, Validator,
};
use miette::Diagnostic;
use serde_json::{Value, json};
use warden_types::{Decision, Deployment, Requirement, Timestamp, Tool, ToolKind};

use shape::{Shape, quote};

/// A problem in a policy file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyProblem {
    /// The file.
    pub file: PathBuf,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for PolicyProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file.display(),
                self.line,
                self.column,
                self.message
            )
        } else {
            write!(f, "{}: {}", self.file.display(), self.message)
        }
    }
}

/// The policy stage could not decide; the caller must deny (fail closed).
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    /// The agent is not configured.
    #[error("unknown agent `{0}`")]
    UnknownAgent(String),
    /// The tool is not configured.
    #[error("unknown tool `{0}`")]
    UnknownTool(String),
    /// The arguments cannot be expressed in Cedar (e.g. an integer beyond 64 bits).
    #[error("{0}")]
    Arguments(String),
    /// Building the request failed.
    #[error("cannot build the policy request: {0}")]
    Request(String),
}

/// What the policy stage knows about one action.
#[derive(Debug, Clone)]
pub struct DecisionInput<'a> {
    /// The agent's id.
    pub agent: &'a str,
    /// The tool's configured name.
    pub tool: &'a str,
    /// The (schema-valid) arguments.
    pub arguments: &'a Value,
    /// Labels the session carries.
    pub session_labels: &'a BTreeSet<String>,
    /// Data classes found in the arguments.
    pub findings: &'a BTreeSet<String>,
    /// The tool's running totals including this action, by name (a total missing here is 0).
    pub totals: &'a BTreeMap<String, i64>,
    /// Where the values of its recipient arguments came from.
    pub provenance: &'a provenance::ArgProvenance,
    /// When the action arrived.
    pub now: Timestamp,
    /// Whether the message carries the tool's AI disclosure (`context.disclosure.present`;
    /// only meaningful for a tool that declares one).
    pub disclosure_present: bool,
}

struct ToolEntry {
    action: EntityUid,
    resource: EntityUid,
    args: Shape,
    tool_context: R,
    recipients: BTreeMap<String, String>,
    external: bool,
    /// The names of the tool's totals (`context.totals`).
    totals: Vec<String>,
    /// Whether the tool declares an AI disclosure (`context.disclosure.required`).
    disclosure: bool,
}

/// The policies whose scope can match one (agent, tool) pair.
///
/// Scope constraints (`principal in Role::"x"`, `action == …`, `resource == System::"y"`) depend
/// only on the agent's roles, the tool and its system, all fixed at load, so each pair gets the
/// subset of policies whose scope it satisfies; the rest can never apply to it.
struct Slice {
    /// Every applicable policy, forbids and permits.
    all: PolicySet,
    /// Only the applicable permits (for the rare case where only `@approval` forbids apply).
    permits: PolicySet,
    /// Whether any request could be allowed (or held): some permit's scope matches and no
    /// plain forbid applies unconditionally.
    reachable: bool,
}

/// Compiled policies, schema and per-agent entities, built once at load.
pub struct PolicyEngine {
    schema_text: String,
    /// Slices by agent, then tool.
    slices: HashMap<String, HashMap<String, Slice>>,
    forbid_ids: std::collections::HashSet<PolicyId>,
    /// `@approval` group and `@approvers` count of each policy that has one.
    approval: HashMap<PolicyId, (String, u32)>,
    entities: HashMap<String, (EntityUid, Entities)>,
    tools: HashMap<String, ToolEntry>,
    internal: recipients::Internal,
    authorizer: Authorizer,
    policy_count: usize,
    /// Permits carrying `@art22(basis)`, by id.
    art22: HashMap<String, String>,
    /// Policies in shadow mode, by id.
    shadow_ids: std::collections::HashSet<String>,
    /// The engine with the shadow policies enforced, when there are any.
    shadow: Option<Box<PolicyEngine>>,
}

/// The bases on which GDPR Art. 22(2) allows a decision about a person without human review:
/// (a) necessary for a contract, (b) authorised by law, (c) explicit consent.
pub const ART22_BASES: &[&str] = &["contract", "law", "consent"];

impl PolicyEngine {
    /// Generates the Cedar schema, parses and validates every policy file, and checks that
    /// every agent, role, system and approver group a policy names exists. Reports every
    /// problem at once.
    ///
    /// Policies annotated `@mode("shadow")` are not enforced: a second engine with them is
    /// kept so that [`PolicyEngine::shadow`] can say what they would have decided.
    pub fn compile(dep: &Deployment) -> Result<Self, Vec<PolicyProblem>> {
        let mut engine = Self::compile_with(dep, true)?;
        if !engine.shadow_ids.is_empty() {
            let mut with = Self::compile_mode(dep, true, true)?;
            with.shadow_ids.clear();
            engine.shadow = Some(Box::new(with));
        }
        Ok(engine)
    }

    /// `slicing = false` keeps every policy for every pair: the reference the slicing is tested
    /// against.
    fn compile_with(dep: &Deployment, slicing: bool) -> Result<Self, Vec<PolicyProblem>> {
        Self::compile_mode(dep, slicing, false)
    }

    /// `with_shadow`: shadow policies are enforced like the others (the "would have" engine).
    fn compile_mode(
        dep: &Deployment,
        slicing: bool,
        with_shadow: bool,
    ) -> Result<Self, Vec<PolicyProblem>> {
        let mut shadow_ids = std::collections::HashSet::new();
        let schema_text = cedar_schema(dep);
        let schema_file = PathBuf::from("<generated schema>");
        let schema = Schema::from_str(&schema_text).map_err(|e| {
            vec![PolicyProblem {
                file: schema_file.clone(),
                line: 0,
                column: 0,
                message: format!("cannot build the Cedar schema: {e}"),
            }]
        })?;
        let validator = Validator::new(schema.clone());
        let mut problems = Vec::new();
        let mut all: Vec<(Policy, PathBuf)> = Vec::new();
        let mut seen_ids: HashMap<String, PathBuf> = HashMap::new();
        // Systems are the tools' systems and the declared MCP servers (whose tools may not be
        // listed yet when policies are checked without starting them).
        let systems: BTreeSet<&str> = dep
            .tools
            .values()
            .map(|t| t.system.as_str())
            .chain(dep.mcp_servers.keys().map(String::as_str))
            .collect();

        for file in &dep.policy_files {
            let stem = file
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let parsed = match PolicySet::from_str(&file.text) {
                Ok(set) => set,
                Err(errs) => {
                    for e in errs.iter() {
                        problems.push(problem_from_diagnostic(&file.path, &file.text, e));
                    }
                    continue;
                }
            };
            if parsed.templates().next().is_some() {
                problems.push(PolicyProblem {
                    file: file.path.clone(),
                    line: 0,
                    column: 0,
                    message: "policy templates (`?principal`, `?resource`) are not supported"
                        .into(),
                });
            }
            // Validate per file so that error spans point into this file's text, with each
            // policy under its `@id` so that problems name it (not `policy0`).
            let named: Vec<Policy> = parsed
                .policies()
                .enumerate()
                .map(|(i, p)| p.new_id(PolicyId::new(policy_name(p, &stem, i + 1))))
                .collect();
            let to_validate = PolicySet::from_policies(named).unwrap_or(parsed.clone());
            let result = validator.validate(&to_validate, ValidationMode::Strict);
            for e in result.validation_errors() {
                problems.push(problem_from_diagnostic(&file.path, &file.text, e));
            }
            // A policy that can never apply (e.g. `context.args has x` for an `x` the tool's
            // schema does not have) is a mistake that would otherwise pass silently.
            // (One whose scope names no tool of this deployment, like a guard on `delete` where
            // no tool deletes, is kept: it applies once such a tool is added.)
            for w in result.validation_warnings() {
                if let cedar_policy::ValidationWarning::ImpossiblePolicy(_) = w
                    && let Some(policy) = to_validate.policy(w.policy_id())
                    && !scope_impossible(&validator, policy)
                {
                    problems.push(problem_from_diagnostic(&file.path, &file.text, w));
                }
            }
            for (index, policy) in parsed.policies().enumerate() {
                let index = index + 1;
                let id = policy_name(policy, &stem, index);
                if let Some(first) = seen_ids.insert(id.clone(), file.path.clone()) {
                    problems.push(PolicyProblem {
                        file: file.path.clone(),
                        line: find_line(&file.text, &format!("\"{id}\"")).0,
                        column: 0,
                        message: format!(
                            "policy id `{id}` is already used in `{}`",
                            first.display()
                        ),
                    });
                }
                check_literals(policy, dep, &systems, &file.path, &file.text, &mut problems);
                if let Some(n) = policy.annotation("approvers") {
                    let (line, column) = find_line(&file.text, "@approvers");
                    let group = policy.annotation("approval");
                    let members = group
                        .and_then(|g| dep.groups.get(g))
                        .map(|g| g.members.len());
                    let count = n.parse::<usize>().ok().filter(|n| (1..=10).contains(n));
                    let why = match (count, group, members) {
                        (_, None, _) => Some("`@approvers` needs an `@approval` group".to_owned()),
                        (None, _, _) => Some(format!(
                            "`@approvers(\"{n}\")` must be a number from 1 to 10"
                        )),
                        (Some(c), Some(g), Some(m)) if c > m => Some(format!(
                            "`@approvers(\"{n}\")` asks for more approvers than group `{g}` has \
                             members ({m})"
                        )),
                        _ => None,
                    };
                    if let Some(message) = why {
                        problems.push(PolicyProblem {
                            file: file.path.clone(),
                            line,
                            column,
                            message,
                        });
                    }
                }
                if let Some(basis) = policy.annotation("art22") {
                    let why = if policy.effect() != cedar_policy::Effect::Permit {
                        Some(
                            "`@art22` marks a permit that decides about people without review"
                                .to_owned(),
                        )
                    } else if !ART22_BASES.contains(&basis) {
                        Some(format!(
                            "`@art22(\"{basis}\")` is not a GDPR Art. 22(2) basis; one of {}",
                            ART22_BASES.join(", ")
                        ))
                    } else {
                        None
                    };
                    if let Some(message) = why {
                        let (line, column) = find_line(&file.text, "@art22");
                        problems.push(PolicyProblem {
                            file: file.path.clone(),
                            line,
                            column,
                            message,
                        });
                    }
                }
                if let Some(group) = policy.annotation("approval")
                    && !dep.groups.contains_key(group)
                {
                    let (line, column) = find_line(&file.text, &format!("\"{group}\""));
                    problems.push(PolicyProblem {
                        file: file.path.clone(),
                        line,
                        column,
                        message: format!("`@approval` names unknown approver group `{group}`"),
                    });
                }
                match policy.annotation("mode") {
                    None | Some("enforce") => {}
                    Some("shadow") => {
                        shadow_ids.insert(id.clone());
                        if !with_shadow {
                            continue;
                        }
                    }
                    Some(other) => {
                        let (line, column) = find_line(&file.text, "@mode");
                        problems.push(PolicyProblem {
                            file: file.path.clone(),
                            line,
                            column,
                            message: format!("`@mode(\"{other}\")` is not `shadow` or `enforce`"),
                        });
                    }
                }
                all.push((policy.new_id(PolicyId::new(id)), file.path.clone()));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }

        let mut approval = HashMap::new();
        let mut forbid_ids = std::collections::HashSet::new();
        let mut art22 = HashMap::new();
        let policy_count = all.len();
        for (policy, _) in &all {
            if let Some(basis) = policy.annotation("art22") {
                art22.insert(policy.id().to_string(), basis.to_owned());
            }
            if let Some(group) = policy.annotation("approval") {
                let n = policy
                    .annotation("approvers")
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(1);
                approval.insert(policy.id().clone(), (group.to_owned(), n));
            }
            if policy.effect() == cedar_policy::Effect::Forbid {
                forbid_ids.insert(policy.id().clone());
            }
        }
        let mut slices: HashMap<String, HashMap<String, Slice>> = HashMap::new();
        for agent in dep.agents.values() {
            let mut per_tool = HashMap::new();
            for tool in dep.tools.values() {
                let mut slice = Slice {
                    all: PolicySet::new(),
                    permits: PolicySet::new(),
                    reachable: false,
                };
                let mut any_permit = false;
                let mut always_forbidden = false;
                for (policy, path) in &all {
                    if slicing && !scope_can_match(policy, agent, tool) {
                        continue;
                    }
                    if scope_can_match(policy, agent, tool) {
                        match policy.effect() {
                            cedar_policy::Effect::Permit => any_permit = true,
                            cedar_policy::Effect::Forbid => {
                                always_forbidden |= policy.annotation("approval").is_none()
                                    && unconditional(policy);
                            }
                        }
                    }
                    let mut added = slice.all.add(policy.clone());
                    if added.is_ok() && policy.effect() == cedar_policy::Effect::Permit {
                        added = slice.permits.add(policy.clone());
                    }
                    if let Err(e) = added {
                        problems.push(PolicyProblem {
                            file: path.clone(),
                            line: 0,
                            column: 0,
                            message: e.to_string(),
                        });
                    }
                }
                slice.reachable = any_permit && !always_forbidden;
                per_tool.insert(tool.name.clone(), slice);
            }
            slices.insert(agent.id.clone(), per_tool);
        }

        let mut entities = HashMap::new();
        for agent in dep.agents.values() {
            match agent_entities(agent, dep, &schema) {
                Ok(e) => {
                    entities.insert(agent.id.clone(), e);
                }
                Err(message) => problems.push(PolicyProblem {
                    file: schema_file.clone(),
                    line: 0,
                    column: 0,
                    message,
                }),
            }
        }
        let mut tools = HashMap::new();
        for tool in dep.tools.values() {
            match tool_entry(tool) {
                Ok(entry) => {
                    tools.insert(tool.name.clone(), entry);
                }
                Err(message) => problems.push(PolicyProblem {
                    file: schema_file.clone(),
                    line: 0,
                    column: 0,
                    message,
                }),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        // Refine reachability with Cedar's partial evaluation: principal, action and resource
        // are known, the context is not. If the permits alone already decide Deny, no
        // context can make any of them apply (e.g. `when { resource == System::"ci" }` for
        // another system).
        let authorizer = Authorizer::new();
        for (agent_id, per_tool) in &mut slices {
            let Some((principal, agent_entities)) = entities.get(agent_id) else {
                continue;
            };
            for (tool_name, slice) in per_tool.iter_mut() {
                let Some(entry) = tools.get(tool_name) else {
                    continue;
                };
                if !slice.reachable {
                    continue;
                }
                let request = Request::builder()
                    .principal(principal.clone())
                    .action(entry.action.clone())
                    .resource(entry.resource.clone())
                    .build();
                let partial =
                    authorizer.is_authorized_partial(&request, &slice.permits, agent_entities);
                if partial.decision() == Some(cedar_policy::Decision::Deny) {
                    slice.reachable = false;
                }
            }
        }
        Ok(Self {
            schema_text,
            slices,
            forbid_ids,
            approval,
            entities,
            tools,
            internal: recipients::Internal {
                domains: dep.internal_domains.iter().cloned().collect(),
                counterparties: dep
                    .internal_counterparties
                    .iter()
                    .map(|(channel, values)| {
                        let set = values.iter().filter_map(|v| recipients::normalise(v));
                        (channel.clone(), set.collect())
                    })
                    .collect(),
                namespaces: dep.namespaces.clone(),
            },
            authorizer: Authorizer::new(),
            policy_count,
            art22,
            shadow_ids,
            shadow: None,
        })
    }

    /// The ids of the policies in shadow mode (`@mode("shadow")`): evaluated, never enforced.
    pub fn shadow_policies(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.shadow_ids.iter().cloned().collect();
        ids.sort();
        ids
    }

    /// What the policies in shadow mode would have decided, when one of them applies to this
    /// pair and the answer differs from `enforced`: the "would have decided" of a policy being
    /// tried out. `None` when no shadow policy could apply or nothing would change.
    pub fn shadow(&self, input: &DecisionInput<'_>, enforced: &Decision) -> Option<Decision> {
        let engine = self.shadow.as_deref()?;
        let slice = engine.slices.get(input.agent)?.get(input.tool)?;
        if !slice
            .all
            .policies()
            .any(|p| self.shadow_ids.contains(AsRef::<str>::as_ref(p.id())))
        {
            return None;
        }
        // A shadow policy that cannot be evaluated would deny; it is reported like any answer.
        let would = engine.decide(input).ok()?;
        (would != *enforced).then_some(would)
    }

    /// What the organisation's own addresses, domains and counterparties are.
    pub fn internal(&self) -> &recipients::Internal {
        &self.internal
    }

    /// The Cedar schema Warden generated for this deployment.
    pub fn schema_text(&self) -> &str {
        &self.schema_text
    }

    /// Whether `agent` could ever be allowed (or held for approval) to use `tool`: the
    /// analysis behind the MCP tool catalogue. A tool no permit's scope reaches, or that a
    /// plain `forbid` without conditions always reaches, can never be used. Conditions of
    /// permits are not evaluated, so this over-approximates only for permits whose conditions
    /// can never hold.
    pub fn could_allow(&self, agent: &str, tool: &str) -> bool {
        self.slices
            .get(agent)
            .and_then(|per_tool| per_tool.get(tool))
            .is_some_and(|s| s.reachable)
    }

    /// Permits whose scope names no action (`permit(principal …, action, resource …)`) and that
    /// reach a tool `wide` accepts (e.g. the non-read ones), by their `@id` (or Cedar id), with
    /// the agents they reach it for: wildcard grants, which also cover every tool added later.
    /// Conditions are not evaluated (a `when` that narrows the grant still counts).
    pub fn any_action_permits(
        &self,
        wide: impl Fn(&str) -> bool,
    ) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (agent, per_tool) in &self.slices {
            for (tool, slice) in per_tool {
                if !wide(tool) {
                    continue;
                }
                for p in slice.permits.policies() {
                    if matches!(p.action_constraint(), ActionConstraint::Any) {
                        let name = p
                            .annotation("id")
                            .map_or_else(|| p.id().to_string(), str::to_owned);
                        out.entry(name).or_default().insert(agent.clone());
                    }
                }
            }
        }
        out
    }

    /// The GDPR Art. 22(2) basis (`contract`, `law`, `consent`) with which permit `id` lets a
    /// decision about a person take effect without human review (`@art22("…")`), if it has one.
    pub fn art22_basis(&self, id: &str) -> Option<&str> {
        self.art22.get(id).map(String::as_str)
    }

    /// How many policies were loaded.
    pub fn policy_count(&self) -> usize {
        self.policy_count
    }

    /// Decides one action.
    ///
    /// - A plain `forbid` that applies denies, whatever else applies.
    /// - Otherwise some `permit` must apply, or the action is denied (deny by default).
    /// - Each `forbid` annotated `@approval(g)` that applies adds a requirement: `g` approves.
    /// - If no plain `permit` applies, the `@approval` permits that apply add one requirement
    ///   that any one of their groups approves.
    /// - No requirements: allow. Otherwise: hold.
    ///
    /// A forbid that fails to evaluate counts as a plain forbid (fail closed).
    pub fn decide(&self, input: &DecisionInput<'_>) -> Result<Decision, PolicyError> {
        let (principal, entities) = self
            .entities
            .get(input.agent)
            .ok_or_else(|| PolicyError::UnknownAgent(input.agent.to_owned()))?;
        let tool = self
            .tools
            .get(input.tool)
            .ok_or_else(|| PolicyError::UnknownTool(input.tool.to_owned()))?;
        let args = tool
            .args
            .to_cedar(input.arguments, "")
            .map_err(PolicyError::Arguments)?;
        let (hour, weekday) = input.now.hour_and_weekday();
        let recipient_external = self.recipient_external(tool, input.arguments);
        let record = |pairs: Vec<(&str, R)>| {
            R::new_record(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)))
                .map_err(|e| PolicyError::Request(e.to_string()))
        };
        let strings = |set: &BTreeSet<String>| R::new_set(set.iter().cloned().map(R::new_string));
        // The context is built from the same shapes the schema was generated from, and the
        // policies were validated against that schema at load, so per-request schema checks
        // would only repeat work. (Building it from restricted expressions rather than JSON is
        // five times faster.)
        let context = Context::from_pairs([
            ("args".to_owned(), args),
            (
                "session".to_owned(),
                record(vec![("labels", strings(input.session_labels))])?,
            ),
            ("findings".to_owned(), strings(input.findings)),
            ("tool".to_owned(), tool.tool_context.clone()),
            (
                "recipient".to_owned(),
                record(vec![("external", R::new_bool(recipient_external))])?,
            ),
            (
                "disclosure".to_owned(),
                record(vec![
                    ("required", R::new_bool(tool.disclosure)),
                    (
                        "present",
                        R::new_bool(tool.disclosure && input.disclosure_present),
                    ),
                ])?,
            ),
            (
                "provenance".to_owned(),
                record(vec![
                    ("untrusted_args", strings(&input.provenance.untrusted)),
                    ("unknown_args", strings(&input.provenance.unknown)),
                    ("reply", R::new_bool(input.provenance.reply)),
                    ("delegated", R::new_bool(input.provenance.delegated)),
                    ("requested", R::new_bool(input.provenance.requested)),
                    (
                        "all_trusted",
                        R::new_bool(
                            input.provenance.untrusted.is_empty()
                                && input.provenance.unknown.is_empty(),
                        ),
                    ),
                ])?,
            ),
            (
                "totals".to_owned(),
                record(
                    tool.totals
                        .iter()
                        .map(|n| {
                            (
                                n.as_str(),
                                R::new_long(input.totals.get(n).copied().unwrap_or(0)),
                            )
                        })
                        .collect(),
                )?,
            ),
            (
                "time".to_owned(),
                record(vec![
                    ("unix", R::new_long(input.now.unix_seconds())),
                    ("hour", R::new_long(hour)),
                    ("weekday", R::new_long(weekday)),
                ])?,
            ),
        ])
        .map_err(|e| PolicyError::Request(e.to_string()))?;
        let request = Request::new(
            principal.clone(),
            tool.action.clone(),
            tool.resource.clone(),
            context,
            None,
        )
        .map_err(|e| PolicyError::Request(e.to_string()))?;
        let slice = self
            .slices
            .get(input.agent)
            .and_then(|m| m.get(input.tool))
            .ok_or_else(|| PolicyError::UnknownTool(input.tool.to_owned()))?;

        let resp = self
            .authorizer
            .is_authorized(&request, &slice.all, entities);
        let mut broken = Vec::new();
        for e in resp.diagnostics().errors() {
            let cedar_policy::AuthorizationError::PolicyEvaluationError(err) = e;
            if self.forbid_ids.contains(err.policy_id()) {
                broken.push(err.policy_id().to_string());
            }
        }
        if !broken.is_empty() {
            broken.sort();
            return Ok(Decision::Deny {
                reason: format!(
                    "forbid policy {} could not be evaluated; denied to be safe",
                    list(&broken)
                ),
                policies: broken,
            });
        }
        // Allow: the reasons are the permits that apply and no forbid applies.
        // Deny: the reasons are the forbids that apply (none means no permit applied).
        let mut plain_forbids = Vec::new();
        let mut gate_forbids = Vec::new();
        let permit_reasons: Vec<PolicyId> = match resp.decision() {
            cedar_policy::Decision::Allow => resp.diagnostics().reason().cloned().collect(),
            cedar_policy::Decision::Deny => {
                for id in resp.diagnostics().reason() {
                    match self.approval.get(id) {
                        Some(group) => gate_forbids.push((id.to_string(), group.clone())),
                        None => plain_forbids.push(id.to_string()),
                    }
                }
                if !plain_forbids.is_empty() {
                    plain_forbids.sort();
                    return Ok(Decision::Deny {
                        reason: format!("forbidden by policy {}", list(&plain_forbids)),
                        policies: plain_forbids,
                    });
                }
                if gate_forbids.is_empty() {
                    Vec::new()
                } else {
                    // Only `@approval` forbids apply: which permits apply once they are set aside?
                    let permits = self
                        .authorizer
                        .is_authorized(&request, &slice.permits, entities);
                    permits.diagnostics().reason().cloned().collect()
                }
            }
        };
        let mut plain_permits = Vec::new();
        let mut gate_permits = Vec::new();
        for id in &permit_reasons {
            match self.approval.get(id) {
                Some(group) => gate_permits.push((id.to_string(), group.clone())),
                None => plain_permits.push(id.to_string()),
            }
        }
        if plain_permits.is_empty() && gate_permits.is_empty() {
            return Ok(Decision::Deny {
                policies: Vec::new(),
                reason: format!(
                    "no policy permits agent `{}` to use `{}`",
                    input.agent, input.tool
                ),
            });
        }
        plain_permits.sort();
        gate_permits.sort();
        gate_forbids.sort();
        let mut requirements: Vec<Requirement> = Vec::new();
        // One requirement per group set: two policies asking the same group ask it once (for
        // the larger number of approvers); different groups are different requirements, and
        // one vote meets one of them.
        let mut require = |groups: Vec<String>, policy: Vec<String>, n: u32| match requirements
            .iter_mut()
            .find(|r| r.groups == groups)
        {
            Some(r) => {
                r.policies.extend(policy);
                r.approvers = r.approvers.max(n);
            }
            None => requirements.push(Requirement {
                groups,
                policies: policy,
                approvers: n,
            }),
        };
        for (id, (group, n)) in &gate_forbids {
            require(vec![group.clone()], vec![id.clone()], *n);
        }
        if plain_permits.is_empty() {
            let mut groups: Vec<String> =
                gate_permits.iter().map(|(_, (g, _))| g.clone()).collect();
            groups.sort();
            groups.dedup();
            // Any of these permits would do; each asks for its number: the largest is asked.
            let n = gate_permits.iter().map(|(_, (_, n))| *n).max().unwrap_or(1);
            require(
                groups,
                gate_permits.iter().map(|(id, _)| id.clone()).collect(),
                n,
            );
        }
        if requirements.is_empty() {
            return Ok(Decision::Allow {
                policies: plain_permits,
            });
        }
        let mut policies: Vec<String> = gate_forbids.into_iter().map(|(id, _)| id).collect();
        if plain_permits.is_empty() {
            policies.extend(gate_permits.into_iter().map(|(id, _)| id));
        } else {
            policies.extend(plain_permits);
        }
        Ok(Decision::Hold {
            policies,
            requirements,
        })
    }

    /// Whether the action reaches someone outside the organisation: what its declared recipient
    /// arguments name (`recipients.rs`: external unless clearly internal), or the tool's
    /// `external` flag when they name nobody.
    fn recipient_external(&self, tool: &ToolEntry, args: &Value) -> bool {
        recipients::any_external(&tool.recipients, args, &self.internal).unwrap_or(tool.external)
    }
}

fn list(ids: &[String]) -> String {
    ids.iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The Cedar schema for a deployment.
pub fn cedar_schema(dep: &Deployment) -> String {
    let mut s = String::from(
        "// Generated by Warden from warden.toml; do not edit.\n\
         entity Role;\n\
         entity Agent in [Role] { owner: String, purpose: String };\n\
         entity System;\n",
    );
    let kinds: Vec<String> = ToolKind::ALL.iter().map(|k| quote(k.as_str())).collect();
    s.push_str(&format!("action {};\n", kinds.join(", ")));
    for tool in dep.tools.values() {
        let args = Shape::from_json_schema(&tool.schema)
            .unwrap_or(Shape::Record(Vec::new()))
            .cedar_type();
        let totals: Vec<String> = tool
            .totals
            .keys()
            .map(|n| format!("{}: Long", quote(n)))
            .collect();
        let totals = totals.join(", ");
        s.push_str(&format!(
            "action {} in [{}] appliesTo {{\n  principal: [Agent],\n  resource: [System],\n  context: {{\n    args: {args},\n    session: {{ labels: Set<String> }},\n    findings: Set<String>,\n    tool: {{ name: String, system: String, kind: String, risk: String, external: Bool, decision_about_person: Bool }},\n    recipient: {{ external: Bool }},\n    disclosure: {{ required: Bool, present: Bool }},\n    provenance: {{ untrusted_args: Set<String>, unknown_args: Set<String>, all_trusted: Bool, reply: Bool, delegated: Bool, requested: Bool }},\n    totals: {{ {totals} }},\n    time: {{ unix: Long, hour: Long, weekday: Long }},\n  }},\n}};\n",
            quote(&tool.name),
            quote(tool.kind.as_str()),
        ));
    }
    s
}

fn uid(kind: &str, id: &str) -> Result<EntityUid, String> {
    EntityUid::from_str(&format!("{kind}::{}", quote(id))).map_err(|e| e.to_string())
}

fn agent_entities(
    agent: &warden_types::Agent,
    dep: &Deployment,
    schema: &Schema,
) -> Result<(EntityUid, Entities), String> {
    let mut list = vec![json!({
        "uid": {"type": "Agent", "id": agent.id},
        "attrs": {"owner": agent.owner, "purpose": agent.purpose},
        "parents": agent.roles.iter().map(|r| json!({"type": "Role", "id": r})).collect::<Vec<_>>(),
    })];
    for role in dep.roles.keys() {
        list.push(json!({"uid": {"type": "Role", "id": role}, "attrs": {}, "parents": []}));
    }
    let systems: BTreeSet<&str> = dep.tools.values().map(|t| t.system.as_str()).collect();
    for system in systems {
        list.push(json!({"uid": {"type": "System", "id": system}, "attrs": {}, "parents": []}));
    }
    let entities = Entities::from_json_value(Value::Array(list), Some(schema))
        .map_err(|e| format!("cannot build entities for agent `{}`: {e}", agent.id))?;
    Ok((uid("Agent", &agent.id)?, entities))
}

fn tool_entry(tool: &Tool) -> Result<ToolEntry, String> {
    Ok(ToolEntry {
        action: uid("Action", &tool.name)?,
        resource: uid("System", &tool.system)?,
        args: Shape::from_json_schema(&tool.schema).unwrap_or(Shape::Record(Vec::new())),
        tool_context: R::new_record([
            ("name".to_owned(), R::new_string(tool.name.clone())),
            ("system".to_owned(), R::new_string(tool.system.clone())),
            (
                "kind".to_owned(),
                R::new_string(tool.kind.as_str().to_owned()),
            ),
            (
                "risk".to_owned(),
                R::new_string(tool.risk.as_str().to_owned()),
            ),
            ("external".to_owned(), R::new_bool(tool.external)),
            (
                "decision_about_person".to_owned(),
                R::new_bool(tool.decision_about_person),
            ),
        ])
        .map_err(|e| e.to_string())?,
        recipients: tool.recipients.clone(),
        external: tool.external,
        totals: tool.totals.keys().cloned().collect(),
        disclosure: tool.disclosure.is_some(),
    })
}

/// Whether a policy has no `when`/`unless` conditions. A policy whose JSON form cannot be
/// produced counts as conditional (it then never hides a tool).
fn unconditional(policy: &Policy) -> bool {
    policy.to_json().is_ok_and(|j| {
        j.get("conditions")
            .and_then(serde_json::Value::as_array)
            .is_some_and(Vec::is_empty)
    })
}

/// Whether the scope of `policy` can be satisfied by `agent` using `tool` (its conditions are
/// not looked at). Errs on the side of keeping a policy.
fn scope_can_match(policy: &Policy, agent: &warden_types::Agent, tool: &Tool) -> bool {
    let is = |u: &EntityUid, kind: &str, id: &str| {
        u.type_name().to_string() == kind && u.id().unescaped() == id
    };
    let principal_in =
        |u: &EntityUid| is(u, "Agent", &agent.id) || agent.roles.iter().any(|r| is(u, "Role", r));
    let principal = match policy.principal_constraint() {
        PrincipalConstraint::Any => true,
        PrincipalConstraint::Eq(u) => is(&u, "Agent", &agent.id),
        PrincipalConstraint::In(u) => principal_in(&u),
        PrincipalConstraint::Is(t) => t.to_string() == "Agent",
        PrincipalConstraint::IsIn(t, u) => t.to_string() == "Agent" && principal_in(&u),
    };
    let action_in =
        |u: &EntityUid| is(u, "Action", &tool.name) || is(u, "Action", tool.kind.as_str());
    let action = match policy.action_constraint() {
        ActionConstraint::Any => true,
        ActionConstraint::Eq(u) => is(&u, "Action", &tool.name),
        ActionConstraint::In(us) => us.iter().any(action_in),
    };
    let resource = match policy.resource_constraint() {
        ResourceConstraint::Any => true,
        ResourceConstraint::Eq(u) | ResourceConstraint::In(u) => is(&u, "System", &tool.system),
        ResourceConstraint::Is(t) => t.to_string() == "System",
        ResourceConstraint::IsIn(t, u) => {
            t.to_string() == "System" && is(&u, "System", &tool.system)
        }
    };
    principal && action && resource
}

/// Every entity a policy names must exist in the deployment: Cedar's validator checks types
/// and actions, not the ids of agents, roles or systems.
fn check_literals(
    policy: &Policy,
    dep: &Deployment,
    systems: &BTreeSet<&str>,
    file: &Path,
    text: &str,
    problems: &mut Vec<PolicyProblem>,
) {
    let mut uids = policy.entity_literals();
    match policy.principal_constraint() {
        PrincipalConstraint::In(u) | PrincipalConstraint::Eq(u) => uids.push(u),
        PrincipalConstraint::IsIn(_, u) => uids.push(u),
        PrincipalConstraint::Any | PrincipalConstraint::Is(_) => {}
    }
    match policy.resource_constraint() {
        ResourceConstraint::In(u) | ResourceConstraint::Eq(u) => uids.push(u),
        ResourceConstraint::IsIn(_, u) => uids.push(u),
        ResourceConstraint::Any | ResourceConstraint::Is(_) => {}
    }
    for u in uids {
        let kind = u.type_name().to_string();
        let id = u.id().unescaped().to_owned();
        let (exists, what) = match kind.as_str() {
            "Agent" => (dep.agents.contains_key(&id), "agent"),
            "Role" => (dep.roles.contains_key(&id), "role"),
            "System" => (systems.contains(id.as_str()), "system"),
            _ => (true, ""),
        };
        if !exists {
            let (line, column) = find_line(text, &format!("{kind}::{}", quote(&id)));
            problems.push(PolicyProblem {
                file: file.to_owned(),
                line,
                column,
                message: format!("unknown {what} `{id}` (not in warden.toml)"),
            });
        }
    }
}

fn find_line(text: &str, needle: &str) -> (usize, usize) {
    text.find(needle)
        .map(|offset| line_col(text, offset))
        .unwrap_or((0, 0))
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Whether `policy`'s scope alone (without its `when`/`unless`) applies to no request.
fn scope_impossible(validator: &Validator, policy: &Policy) -> bool {
    let Ok(mut json) = policy.to_json() else {
        return false;
    };
    if let Some(obj) = json.as_object_mut() {
        obj.insert("conditions".into(), serde_json::Value::Array(Vec::new()));
    }
    let Ok(scope) = Policy::from_json(Some(policy.id().clone()), json) else {
        return false;
    };
    let Ok(set) = PolicySet::from_policies([scope]) else {
        return false;
    };
    validator
        .validate(&set, ValidationMode::Strict)
        .validation_warnings()
        .any(|w| matches!(w, cedar_policy::ValidationWarning::ImpossiblePolicy(_)))
}

/// A policy's name: its `@id`, or `file-stem:n` (1-based) without one.
fn policy_name(policy: &Policy, stem: &str, index: usize) -> String {
    policy
        .annotation("id")
        .map(str::to_owned)
        .unwrap_or_else(|| format!("{stem}:{index}"))
}

fn problem_from_diagnostic(file: &Path, text: &str, d: &dyn Diagnostic) -> PolicyProblem {
    let offset = d
        .labels()
        .and_then(|mut labels| labels.next())
        .map(|l| l.offset());
    let (line, column) = offset.map(|o| line_col(text, o)).unwrap_or((0, 0));
    let mut message = d.to_string();
    if let Some(help) = d.help() {
        message.push_str(&format!(" ({help})"));
    }
    PolicyProblem {
        file: file.to_owned(),
        line,
        column,
        message,
    }
}

#[cfg(test)]
mod tests;
