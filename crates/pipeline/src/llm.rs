//! The LLM proxy: an agent's OpenAI- or Anthropic-format request goes through identify, policy
//! (`<provider>.complete`), protection of every part of the prompt, a worst-case budget
//! reservation, the provider call with the provider's credential, restoration and checking of
//! the answer (whole or streamed), settlement of the budget and one audit record.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;
use std::time::Instant;

use serde_json::{Value, json};
use tokio::sync::mpsc;
use warden_inspect::redact::Mode;
use warden_llm::{Answer, Ask, Flag, Format, Protected, RequestError};
use warden_store::StoreError;
use warden_types::{
    AuditEvent, Budget, Decision, ErrorCode, EventKind, Outcome, PersonalData, Provider, Reference,
    Timestamp, Usage, WireFormat, random_id,
};

use crate::approval::Approved;
use crate::decide::{self, Verdict};
use crate::{AgentIdentity, Gateway, Refusal, audit_value, is_session_id};

/// Largest answer read from a provider (whole answers; streams are read event by event).
pub const MAX_ANSWER_BYTES: usize = 16 * 1024 * 1024;
/// The Anthropic API version sent when the client names none.
const ANTHROPIC_VERSION: &str = "2023-06-01";
/// The label injected content gives a run (as in `inspect.rs`).
const UNTRUSTED: &str = "untrusted";

/// What the proxy answers; the server puts a refusal into the endpoint's error format.
pub enum LlmReply {
    /// Warden refused or failed the call (recorded).
    Refused(Refusal),
    /// A provider's whole JSON answer, or its error answer passed on.
    Json {
        /// HTTP status.
        status: u16,
        /// Body.
        body: Value,
    },
    /// A `text/event-stream`, as encoded events.
    Stream(mpsc::Receiver<String>),
}

// ---------------------------------------------------------------------------- budgets

/// Tokens and money.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Spend {
    tokens: u64,
    nanousd: u64,
}

impl Spend {
    fn add(&mut self, o: Spend) {
        self.tokens = self.tokens.saturating_add(o.tokens);
        self.nanousd = self.nanousd.saturating_add(o.nanousd);
    }
}

/// Budget alerts this process raised, per (scope, period, limit). Spend itself is in the
/// store's ledger, shared by every process (`StateStore::reserve_budget`).
#[derive(Default)]
pub(crate) struct Budgets {
    alerted: HashSet<(String, String, &'static str)>,
}

/// Reservations older than this count as calls that never settled (their process died):
/// no provider call lasts that long.
const STALE_RESERVATION_SECONDS: i64 = 30 * 60;

/// A reservation against budgets in the store's ledger; withdrawn if dropped before it is
/// settled (a failed or cancelled call).
pub(crate) struct Reservation {
    store: Arc<dyn warden_store::Store>,
    id: String,
    checks: Vec<warden_store::BudgetCheck>,
    settled: bool,
}

impl Drop for Reservation {
    fn drop(&mut self) {
        if self.settled || self.checks.is_empty() {
            return;
        }
        let (store, id) = (Arc::clone(&self.store), std::mem::take(&mut self.id));
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            rt.spawn(async move {
                if let Err(e) = store.release_budget(&id).await {
                    tracing::warn!(error = %e, "cannot withdraw a budget reservation; it lapses in 30 minutes");
                }
            });
        }
    }
}

fn periods(now: Timestamp) -> (String, String) {
    let t = now.to_rfc3339();
    (
        format!("d:{}", t.get(..10).unwrap_or_default()),
        format!("m:{}", t.get(..7).unwrap_or_default()),
    )
}

impl Gateway {
    /// The scopes (with their budgets) an agent's spend counts against: its own and its roles'.
    fn budget_scopes(&self, agent: &str) -> Vec<(String, Budget)> {
        let mut out = Vec::new();
        if let Some(a) = self.dep().agents.get(agent) {
            if let Some(b) = a.budget {
                out.push((format!("agent:{agent}"), b));
            }
            for r in &a.roles {
                if let Some(b) = self.dep().roles.get(r).and_then(|r| r.budget) {
                    out.push((format!("role:{r}"), b));
                }
            }
        }
        out
    }

    /// The agents whose spend counts against `scope` (`agent:ID` or `role:NAME`).
    fn scope_agents(&self, scope: &str) -> Vec<String> {
        let dep = self.dep();
        match scope.split_once(':') {
            Some(("agent", id)) => vec![id.to_owned()],
            Some(("role", role)) => dep
                .agents
                .values()
                .filter(|a| a.roles.iter().any(|r| r == role))
                .map(|a| a.id.clone())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Every budget limit of `agent` in the periods of `now`, with what its message calls it.
    fn budget_checks(
        &self,
        agent: &str,
        now: Timestamp,
    ) -> Vec<(warden_store::BudgetCheck, &'static str, String, Budget)> {
        let (day, month) = periods(now);
        let mut out = Vec::new();
        for (scope, budget) in self.budget_scopes(agent) {
            let agents = self.scope_agents(&scope);
            for (period, what, tokens, nanousd) in [
                (&day, "daily", budget.daily_tokens, budget.daily_nanousd),
                (
                    &month,
                    "monthly",
                    budget.monthly_tokens,
                    budget.monthly_nanousd,
                ),
            ] {
                if tokens.is_none() && nanousd.is_none() {
                    continue;
                }
                let check = warden_store::BudgetCheck {
                    key: format!("budget\u{1f}{scope}\u{1f}{period}"),
                    period: period.clone(),
                    agents: agents.clone(),
                    tokens,
                    nanousd,
                };
                out.push((check, what, scope.clone(), budget));
            }
        }
        out
    }

    /// `warden_budget_used_ratio`: each configured LLM budget's use in its current period
    /// (spend over limit), by scope (`agent:ID`, `role:NAME`), period and unit.
    pub(crate) async fn budget_metrics(&self, out: &mut crate::metrics::Exposition) {
        let now = Timestamp::now();
        let mut seen = HashSet::new();
        let mut checks = Vec::new();
        for agent in self.dep().agents.keys() {
            for (check, what, scope, _) in self.budget_checks(agent, now) {
                if seen.insert(check.key.clone()) {
                    checks.push((check, what, scope));
                }
            }
        }
        let stale = now.plus_seconds(-STALE_RESERVATION_SECONDS);
        let used = self
            .store
            .budget_used(checks.iter().map(|c| c.0.clone()).collect(), stale)
            .await
            .unwrap_or_default();
        let mut rows = Vec::new();
        for ((check, what, scope), (tokens, nanousd)) in checks.iter().zip(used) {
            if let Some(limit) = check.tokens.filter(|l| *l > 0) {
                rows.push((scope.clone(), *what, "tokens", tokens as f64 / limit as f64));
            }
            if let Some(limit) = check.nanousd.filter(|l| *l > 0) {
                rows.push((scope.clone(), *what, "usd", nanousd as f64 / limit as f64));
            }
        }
        out.ratios(
            "warden_budget_used_ratio",
            "Use of each LLM budget in its current period (1 = exhausted), by scope, period and unit.",
            &rows,
        );
    }

    /// Reserves `worst` against every budget of `agent` (in the store, so every process sees
    /// it), or says which one has no room. A store error refuses the call.
    async fn reserve(
        &self,
        agent: &str,
        id: &str,
        worst: Spend,
        now: Timestamp,
    ) -> Result<Reservation, String> {
        let checks = self.budget_checks(agent, now);
        let reservation = Reservation {
            store: Arc::clone(&self.store),
            id: id.to_owned(),
            checks: checks.iter().map(|c| c.0.clone()).collect(),
            settled: false,
        };
        if checks.is_empty() {
            return Ok(reservation);
        }
        let (day, month) = periods(now);
        let stale = now.plus_seconds(-STALE_RESERVATION_SECONDS);
        let reserved = self
            .store
            .reserve_budget(
                warden_store::BudgetAsk {
                    reservation: id.to_owned(),
                    agent: agent.to_owned(),
                    periods: vec![day, month],
                    worst: (worst.tokens, worst.nanousd),
                    at: now,
                    stale,
                },
                reservation.checks.clone(),
            )
            .await;
        match reserved {
            Ok(Ok(())) => Ok(reservation),
            Ok(Err((i, used))) => {
                let mut reservation = reservation;
                reservation.settled = true; // nothing was written
                let Some((check, what, scope, _)) = checks.get(i) else {
                    return Err("a budget has no room for this call".into());
                };
                if let Some(limit) = check.tokens
                    && used.0.saturating_add(worst.tokens) > limit
                {
                    return Err(format!(
                        "the {what} token budget of {scope} ({limit}) has no room for this call: {} used or reserved, up to {} needed",
                        used.0, worst.tokens
                    ));
                }
                Err(format!(
                    "the {what} spending budget of {scope} (${}) has no room for this call: ${} used or reserved, up to ${} needed",
                    warden_types::nanos_to_usd(check.nanousd.unwrap_or_default()),
                    warden_types::nanos_to_usd(used.1),
                    warden_types::nanos_to_usd(worst.nanousd)
                ))
            }
            Err(e) => {
                let mut reservation = reservation;
                reservation.settled = true;
                tracing::error!(error = %e, "cannot reserve budget; refusing the call");
                Err("budget state is unavailable; refused to be safe".into())
            }
        }
    }

    /// Replaces a reservation by what the call really spent; returns alerts for budgets that
    /// crossed their alert threshold.
    async fn settle(&self, agent: &str, mut r: Reservation, actual: Spend) -> Vec<String> {
        r.settled = true;
        let mut alerts = Vec::new();
        if r.checks.is_empty() {
            return alerts;
        }
        let stale = Timestamp::now().plus_seconds(-STALE_RESERVATION_SECONDS);
        let used = match self
            .store
            .settle_budget(
                &r.id,
                (actual.tokens, actual.nanousd),
                r.checks.clone(),
                stale,
            )
            .await
        {
            Ok(u) => u,
            Err(e) => {
                tracing::error!(error = %e, "cannot settle a budget reservation; it counts its worst case until it lapses");
                return alerts;
            }
        };
        let scopes = self.budget_scopes(agent);
        let Ok(mut b) = self.budgets.lock() else {
            return alerts;
        };
        for (check, after) in r.checks.iter().zip(used) {
            let Some((scope, budget)) = scopes
                .iter()
                .find(|(s, _)| check.key.starts_with(&format!("budget\u{1f}{s}\u{1f}")))
            else {
                continue;
            };
            let daily = check.period.starts_with("d:");
            let before = (
                after.0.saturating_sub(actual.tokens),
                after.1.saturating_sub(actual.nanousd),
            );
            let (tokens_what, money_what, tokens_limit, money_limit) = if daily {
                (
                    "daily tokens",
                    "daily spend",
                    budget.daily_tokens,
                    budget.daily_nanousd,
                )
            } else {
                (
                    "monthly tokens",
                    "monthly spend",
                    budget.monthly_tokens,
                    budget.monthly_nanousd,
                )
            };
            for (what, limit, before, after) in [
                (tokens_what, tokens_limit, before.0, after.0),
                (money_what, money_limit, before.1, after.1),
            ] {
                let Some(limit) = limit else { continue };
                let threshold = u128::from(limit) * u128::from(budget.alert_percent) / 100;
                if u128::from(after) >= threshold
                    && u128::from(before) < threshold
                    && b.alerted
                        .insert((scope.clone(), check.period.clone(), what))
                {
                    alerts.push(format!(
                        "{scope} has used {}% of its {what} budget ({} of {})",
                        u128::from(after) * 100 / u128::from(limit.max(1)),
                        show(what, after),
                        show(what, limit)
                    ));
                }
            }
        }
        alerts
    }

    /// Fills the store's spend ledger from the audit log the first time a database is opened
    /// by a version that keeps one (this month's calls; once per database).
    pub(crate) async fn load_budgets(&self) -> Result<(), StoreError> {
        let now = Timestamp::now();
        let (_, month) = periods(now);
        let since = warden_types::parse_rfc3339(&format!(
            "{}-01T00:00:00Z",
            month.trim_start_matches("m:")
        ));
        let past = self
            .store
            .query_audit(warden_store::AuditFilter {
                event: Some(EventKind::LlmCall.as_str().into()),
                since,
                limit: Some(10_000_000),
                ..Default::default()
            })
            .await?;
        let mut spent: HashMap<(String, String), Spend> = HashMap::new();
        for r in past {
            let (Some(agent), Some(u)) = (r.event.agent.as_deref(), r.event.usage) else {
                continue;
            };
            let day = format!("d:{}", r.ts.get(..10).unwrap_or_default());
            let spend = Spend {
                tokens: u.input_tokens.saturating_add(u.output_tokens),
                nanousd: u.cost_nanousd,
            };
            spent
                .entry((agent.to_owned(), month.clone()))
                .or_default()
                .add(spend);
            spent.entry((agent.to_owned(), day)).or_default().add(spend);
        }
        let rows = spent
            .into_iter()
            .map(|((agent, period), s)| (agent, period, (s.tokens, s.nanousd)))
            .collect();
        self.store.backfill_budget(rows, now).await.map(|_| ())
    }
}

fn show(what: &str, v: u64) -> String {
    if what.ends_with("spend") {
        format!("${}", warden_types::nanos_to_usd(v))
    } else {
        format!("{v} tokens")
    }
}

// ---------------------------------------------------------------------------- the call

/// Everything about one call that the audit record needs.
struct Call {
    id: String,
    agent: String,
    /// The policy set in force when the call arrived (named by its record).
    policy_set: String,
    session: Option<String>,
    format: Format,
    provider: Option<String>,
    model: String,
    stream: bool,
    started: Instant,
    findings: Vec<String>,
    /// The request as sent (or as it would have been), sanitised for the record.
    request: Value,
    policies: Vec<String>,
    secret_events: Vec<AuditEvent>,
    /// What was done to personal data for this provider, and why (its privacy record).
    protection: Value,
    /// The values behind the request's placeholders (prompt and answer share them).
    personal: Vec<warden_types::PersonalValue>,
    /// Labels this call brings into its run (injection in the prompt's tool results or in
    /// the answer: `untrusted`), committed with its record.
    labels: BTreeSet<String>,
    /// The values its instructions (trusted) and tool results (untrusted) named, committed
    /// with its record (argument provenance).
    values: warden_store::RunValues,
}

/// How an LLM call ended, for its one record.
struct CallEnd {
    outcome: Outcome,
    description: String,
    code: Option<ErrorCode>,
    output: Value,
    usage: Option<Usage>,
    alerts: Vec<String>,
}

impl Call {
    fn new(
        id: String,
        who: &AgentIdentity,
        policy_set: &str,
        format: Format,
        model: &str,
        started: Instant,
    ) -> Self {
        Call {
            id,
            agent: who.agent.clone(),
            policy_set: policy_set.to_owned(),
            session: None,
            format,
            provider: None,
            model: model.chars().take(128).collect(),
            stream: false,
            started,
            findings: Vec::new(),
            request: Value::Null,
            policies: Vec::new(),
            secret_events: Vec::new(),
            protection: Value::Null,
            personal: Vec::new(),
            labels: BTreeSet::new(),
            values: warden_store::RunValues::default(),
        }
    }

    fn event(&self, outcome: Outcome, description: String) -> AuditEvent {
        let mut e = AuditEvent::new(EventKind::LlmCall, outcome, description);
        e.agent = Some(self.agent.clone());
        e.policy_set = Some(self.policy_set.clone());
        e.session = self.session.clone();
        e.action_id = Some(self.id.clone());
        e.tool = self
            .provider
            .as_ref()
            .map(|p| warden_config::llm_tool_name(p));
        e.systems = self.provider.iter().cloned().collect();
        e.policies = self.policies.clone();
        e.findings = self.findings.clone();
        e.cost_ms = Some(u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX));
        e.input = json!({
            "provider": self.provider,
            "model": self.model,
            "stream": self.stream,
            "protection": self.protection,
            "request": self.request,
        });
        e.personal = self.personal.clone();
        e
    }
}

impl Gateway {
    /// An LLM request whose body could not be read (too large, not JSON): recorded as a refused
    /// call with its code, nothing of the body, then refused.
    pub async fn llm_unreadable(
        &self,
        who: &AgentIdentity,
        format: Format,
        refusal: Refusal,
    ) -> LlmReply {
        let Ok(id) = random_id("llm") else {
            return LlmReply::Refused(Refusal::internal());
        };
        let call = Call::new(id, who, &self.policy_set(), format, "", Instant::now());
        self.refuse(call, refusal, Outcome::Denied).await
    }

    /// Handles one LLM request from an agent. A panic while handling it (a bug) is contained:
    /// the call is recorded as failed with code `internal` and answered so (its budget
    /// reservation is withdrawn when dropped).
    pub async fn llm(
        self: &Arc<Self>,
        who: &AgentIdentity,
        format: Format,
        body: Value,
        session: Option<String>,
        anthropic_version: Option<String>,
    ) -> LlmReply {
        use futures_util::FutureExt;
        let Ok(id) = random_id("llm") else {
            return LlmReply::Refused(Refusal::internal());
        };
        let run = self.llm_call(who, format, body, session, anthropic_version, id.clone());
        match std::panic::AssertUnwindSafe(run).catch_unwind().await {
            Ok(reply) => reply,
            Err(_) => self.llm_panicked(who, format, id).await,
        }
    }

    /// Records an LLM call whose handling panicked, and answers with an internal error.
    async fn llm_panicked(&self, who: &AgentIdentity, format: Format, id: String) -> LlmReply {
        tracing::error!(llm_call = %id, "the LLM proxy panicked (a bug); contained");
        let call = Call::new(id, who, &self.policy_set(), format, "", Instant::now());
        let r = Refusal::new(
            ErrorCode::Internal,
            "internal error; if the call had been sent (an `llm.sent` record), the provider may have answered",
        );
        self.refuse(call, r, Outcome::Failure).await
    }

    /// [`Gateway::llm`] for the call `id`, whose panics the caller contains.
    async fn llm_call(
        self: &Arc<Self>,
        who: &AgentIdentity,
        format: Format,
        body: Value,
        session: Option<String>,
        anthropic_version: Option<String>,
        id: String,
    ) -> LlmReply {
        let started = Instant::now();
        let now = Timestamp::now();
        // Faster than the agent's rate: refused before anything is read (counted, and written
        // as one record per agent per interval).
        if let Err(r) = self.admit(&who.agent, "llm") {
            return LlmReply::Refused(r);
        }
        // The configuration this call is decided under, whatever a reload does meanwhile.
        let set = self.set();
        let model = body
            .get("model")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let mut call = Call::new(id, who, &set.policy_set, format, model, started);
        let requested = match session {
            Some(s) if is_session_id(&s) => Some(s),
            Some(_) => {
                let r = Refusal::new(
                    ErrorCode::BadRequest,
                    "`x-warden-session` must be 1-128 characters of letters, digits, `.`, `_`, `-`, `:`",
                );
                return self.refuse(call, r, Outcome::Denied).await;
            }
            None => None,
        };
        // The call joins the agent's run like an action does: its labels are the run's, and
        // what it finds labels the run (`runs.rs`).
        match self.resolve_run(&who.agent, requested.as_deref()).await {
            Ok(run) => call.session = Some(run),
            Err(r) => return self.refuse(call, r, Outcome::Denied).await,
        }
        let ask = match warden_llm::ask(format, &body) {
            Ok(a) => a,
            Err(e) => {
                let r = Refusal::new(ErrorCode::BadRequest, e.to_string());
                return self.refuse(call, r, Outcome::Denied).await;
            }
        };
        call.stream = ask.stream;
        // Tool results in the prompt are content the agent read, maybe from tools that never
        // passed through Warden: instructions in them label the run.
        // A message in a user's or the system's role is only an instruction if it does not
        // read like an injection itself: frameworks paste retrieved documents and e-mails into
        // user messages. One the scanner flags is untrusted content, and labels the run.
        let scanner = self.scanner();
        let texts = warden_llm::tool_results(format, &body);
        let said = warden_llm::instructions(format, &body);
        let screened = tokio::task::spawn_blocking(move || {
            let flagged: Vec<Option<warden_inspect::InjectionReport>> = said
                .iter()
                .map(|(t, _)| {
                    let injection = scanner.injection(t);
                    injection.detected.then_some(injection)
                })
                .collect();
            let in_results = texts.iter().find_map(|t| {
                let injection = scanner.injection(t);
                injection.detected.then_some(injection)
            });
            (said, texts, flagged, in_results)
        })
        .await;
        let screened = match screened {
            Ok((said, texts, flagged, in_results)) => {
                let mut trusted = Vec::new();
                // What a user (not the application's system prompt) asked for.
                let mut asked = Vec::new();
                let mut untrusted: Vec<&str> = texts.iter().map(String::as_str).collect();
                let mut in_instructions = None;
                for ((text, by_user), injection) in said.iter().zip(flagged) {
                    match injection {
                        Some(found) => {
                            untrusted.push(text);
                            in_instructions = in_instructions.or(Some(found));
                        }
                        None => {
                            trusted.push(text.as_str());
                            if *by_user {
                                asked.push(text.as_str());
                            }
                        }
                    }
                }
                if let Some(run) = &call.session {
                    let mut values = crate::provenance::text_values(run, trusted.iter().copied());
                    values.extend(crate::provenance::phrase_values(
                        run,
                        trusted.iter().copied(),
                    ));
                    values.extend(crate::provenance::requested_values(
                        run,
                        &asked,
                        self.dep().tools.values(),
                    ));
                    call.values = warden_store::RunValues {
                        trusted: values,
                        untrusted: crate::provenance::text_values(run, untrusted),
                    };
                }
                if let Some(injection) = in_instructions {
                    call.labels.insert(UNTRUSTED.to_owned());
                    call.findings.extend(
                        injection
                            .signals
                            .iter()
                            .map(|s| format!("prompt instruction: injection.{}", s.kind.as_str())),
                    );
                }
                Ok(in_results)
            }
            Err(e) => Err(e),
        };
        match screened {
            Ok(None) => {}
            Ok(Some(injection)) => {
                call.labels.insert(UNTRUSTED.to_owned());
                call.findings.extend(
                    injection
                        .signals
                        .iter()
                        .map(|s| format!("prompt tool result: injection.{}", s.kind.as_str())),
                );
            }
            // Not screened: as if it were injected (fail closed).
            Err(_) => {
                call.labels.insert(UNTRUSTED.to_owned());
            }
        }
        if let Err(r) = self.not_halted(&who.agent) {
            return self.refuse(call, r, Outcome::Denied).await;
        }
        let Some((provider, model_name)) = self.provider_for(format, &ask.model) else {
            let r = Refusal::new(
                ErrorCode::UnknownModel,
                format!(
                    "no {} provider is configured with the model `{}`",
                    match format {
                        Format::Openai => "OpenAI-format",
                        Format::Anthropic => "Anthropic-format",
                    },
                    call.model
                ),
            );
            return self.refuse(call, r, Outcome::Denied).await;
        };
        call.provider = Some(provider.name.clone());
        call.model = model_name.clone();
        call.protection = json!({
            "personal_data": provider.personal_data.as_str(),
            "secrets": "pseudonymise",
            "dpa": provider.dpa,
            "region": provider.region,
        });
        let Some(model) = provider.models.get(&model_name).copied() else {
            return LlmReply::Refused(Refusal::internal());
        };

        // Protect the prompt (fail closed: a failed scan sends nothing).
        let pii = match provider.personal_data {
            PersonalData::Keep => Mode::Keep,
            PersonalData::Pseudonymise => Mode::Pseudonymise,
            PersonalData::Mask => Mode::Mask,
            PersonalData::Block => Mode::Block,
        };
        let scanner = self.scanner();
        let input = body.clone();
        let protected = tokio::time::timeout(
            crate::inspect::INSPECT_TIMEOUT,
            tokio::task::spawn_blocking(move || warden_llm::protect(format, &scanner, &input, pii)),
        )
        .await;
        let protected: Protected = match protected {
            Ok(Ok(Ok(p))) => p,
            Ok(Ok(Err(RequestError::Blocked { kinds }))) => {
                call.findings
                    .extend(kinds.iter().map(|k| format!("request: {k}")));
                let r = Refusal::new(
                    ErrorCode::PersonalDataBlocked,
                    format!(
                        "the prompt holds {}, which provider `{}` may not receive (personal_data = \"block\"{}); nothing was sent",
                        kinds.join(", "),
                        provider.name,
                        if provider.dpa { "" } else { ", no data processing agreement" }
                    ),
                )
                .with("kinds", json!(kinds));
                return self.refuse(call, r, Outcome::Denied).await;
            }
            Ok(Ok(Err(e @ RequestError::TooMany))) => {
                let r = Refusal::new(ErrorCode::PayloadTooLarge, format!("{e}; nothing was sent"));
                return self.refuse(call, r, Outcome::Denied).await;
            }
            Ok(Ok(Err(RequestError::Invalid(m)))) => {
                return self
                    .refuse(
                        call,
                        Refusal::new(ErrorCode::BadRequest, m),
                        Outcome::Denied,
                    )
                    .await;
            }
            Ok(Err(_)) | Err(_) => {
                let r = Refusal::new(
                    ErrorCode::Denied,
                    "the prompt could not be inspected; nothing was sent",
                );
                return self.refuse(call, r, Outcome::Denied).await;
            }
        };
        let kinds: BTreeSet<String> = protected
            .findings
            .iter()
            .flat_map(|(_, f)| {
                [
                    f.kind.as_str().to_owned(),
                    f.kind.class().as_str().to_owned(),
                ]
            })
            .collect();
        call.findings.extend(
            protected
                .findings
                .iter()
                .map(|(path, f)| format!("request{path}: {}", f.kind.as_str())),
        );
        call.request = self
            .sanitized_request(format, &protected, provider.personal_data)
            .await;
        if provider.personal_data == PersonalData::Pseudonymise {
            call.personal = crate::inspect::personal_values("both", &protected.pseudonyms);
        }

        // Policy: may this agent use this provider and model?
        let labels = match &call.session {
            Some(s) => match self.session_labels(&who.agent, s).await {
                Ok(l) => l,
                Err(e) => {
                    tracing::error!(error = %e, "cannot read session labels; denying");
                    let r = Refusal::new(
                        ErrorCode::Denied,
                        "session state is unavailable; denied to be safe",
                    );
                    return self.refuse(call, r, Outcome::Denied).await;
                }
            },
            None => BTreeSet::new(),
        };
        let max_out = ask
            .max_tokens
            .unwrap_or(model.max_output_tokens)
            .min(model.max_output_tokens);
        let args = json!({
            "model": model_name,
            "stream": ask.stream,
            "max_tokens": max_out,
            "tools": ask.tools.iter().map(|t| t.name.clone()).collect::<Vec<_>>(),
        });
        // The same decide and approve stages as an action: the call is the action
        // `<provider>.complete` with these arguments, and only an approved one reaches the
        // provider.
        let action = warden_types::Action {
            id: call.id.clone(),
            agent: who.agent.clone(),
            session: call.session.clone().unwrap_or_default(),
            tool: warden_config::llm_tool_name(&provider.name),
            arguments: args,
        };
        let approved = match decide::decide(
            &set.policy,
            action,
            &labels,
            &kinds,
            &std::collections::BTreeMap::new(),
            &warden_policy::provenance::ArgProvenance::default(),
            now,
            false,
        )
        .0
        {
            Verdict::Allow(permitted) => {
                call.policies = permitted.policies().to_vec();
                Approved::without_approval(permitted)
            }
            Verdict::Deny {
                policies, reason, ..
            } => {
                call.policies = policies.clone();
                let r = Refusal::new(ErrorCode::Denied, reason).with("policies", json!(policies));
                return self.refuse(call, r, Outcome::Denied).await;
            }
            Verdict::Hold { policies, .. } => {
                call.policies = policies.clone();
                let r = Refusal::new(
                    ErrorCode::Denied,
                    "this LLM call needs a human's approval, which LLM calls cannot wait for; denied",
                )
                .with("policies", json!(policies));
                return self.refuse(call, r, Outcome::Denied).await;
            }
            Verdict::Error { error, .. } => {
                tracing::error!(error = %error, "policy evaluation failed; denying");
                let r = Refusal::new(
                    ErrorCode::Denied,
                    "the policy could not be evaluated; denied to be safe",
                );
                return self.refuse(call, r, Outcome::Denied).await;
            }
        };

        // Reserve the worst case: every byte of the request a token, and the output limit.
        let body_bytes = u64::try_from(protected.body.to_string().len()).unwrap_or(u64::MAX);
        let worst = Spend {
            tokens: body_bytes.saturating_add(max_out),
            nanousd: body_bytes
                .saturating_mul(model.input_nanousd)
                .saturating_add(max_out.saturating_mul(model.output_nanousd)),
        };
        let reservation = match self.reserve(&who.agent, &call.id, worst, now).await {
            Ok(r) => r,
            Err(why) => {
                let r = Refusal::new(ErrorCode::BudgetExhausted, why);
                return self.refuse(call, r, Outcome::Denied).await;
            }
        };

        // The provider's credential, resolved now and never shown.
        let credential = match self.provider_credential(&provider, &who.agent, &mut call) {
            Ok(c) => c,
            Err(why) => {
                tracing::error!(provider = %provider.name, %why, "the provider's credential is unavailable");
                let r = Refusal::new(
                    ErrorCode::UpstreamError,
                    format!(
                        "the credential for provider `{}` is not available on the gateway",
                        provider.name
                    ),
                );
                return self.refuse(call, r, Outcome::Failure).await;
            }
        };
        let mut out_body = protected.body.clone();
        if let Some(obj) = out_body.as_object_mut() {
            obj.insert("model".into(), json!(model_name));
            if ask.stream && format == Format::Openai {
                obj.insert("stream_options".into(), json!({"include_usage": true}));
            }
        }
        // What is about to leave, and to whom, is durable before it leaves: a crash while the
        // provider works still leaves the record that the data went out.
        let mut intent = call.event(
            Outcome::Success,
            format!(
                "sending to provider `{}`, model `{model_name}`",
                provider.name
            ),
        );
        intent.event = EventKind::LlmSent;
        if let Err(e) = self.store.append(vec![intent]).await {
            tracing::error!(error = %e, "cannot record an LLM call before it leaves; refused");
            // (the reservation is released when dropped)
            drop(reservation);
            return self
                .refuse(call, Refusal::internal(), Outcome::Failure)
                .await;
        }
        // A halt cancels the call while the provider works (`monitor.rs`).
        let halted = Arc::new(tokio::sync::Notify::new());
        let in_flight = self
            .in_flight
            .register(&call.agent, &call.id, Arc::clone(&halted));
        let provider_call = self.execution.call_provider(
            &approved,
            crate::execution::ProviderCall {
                provider: &provider,
                body: &out_body,
                credential,
                anthropic_version: anthropic_version.as_deref().unwrap_or(ANTHROPIC_VERSION),
                stream: ask.stream,
            },
        );
        let sent = tokio::select! {
            sent = provider_call => sent,
            () = halted.notified() => {
                drop(in_flight);
                let r = Refusal::new(
                    ErrorCode::Cancelled,
                    format!("cancelled while provider `{}` was working: the agent was halted", provider.name),
                );
                return self.refuse(call, r, Outcome::Cancelled).await;
            }
        };
        let resp = match sent {
            Ok(r) => r,
            Err(crate::execution::ProviderError::Http(e)) => {
                let (code, what) = if e.is_timeout() {
                    (ErrorCode::UpstreamTimeout, "did not answer in time")
                } else {
                    (ErrorCode::UpstreamError, "cannot be reached")
                };
                tracing::warn!(provider = %provider.name, error = %e.without_url(), "LLM provider call failed");
                let r = Refusal::new(code, format!("provider `{}` {what}", provider.name));
                return self.refuse(call, r, Outcome::Failure).await;
            }
            Err(crate::execution::ProviderError::NotApproved) => {
                tracing::error!(provider = %provider.name, "a provider call did not match its decision; refused");
                return self
                    .refuse(call, Refusal::internal(), Outcome::Failure)
                    .await;
            }
        };
        let status = resp.status().as_u16();
        let p = Arc::new(protected.pseudonyms);
        if !(200..300).contains(&status) || !ask.stream {
            let bytes = match warden_http::read_capped(resp, MAX_ANSWER_BYTES).await {
                Ok(b) => b,
                Err(why) => {
                    let r = Refusal::new(
                        ErrorCode::UpstreamError,
                        format!("provider `{}`: {}", provider.name, why.without_url()),
                    );
                    return self.refuse(call, r, Outcome::Failure).await;
                }
            };
            if !(200..300).contains(&status) {
                return self.provider_error(call, status, &bytes).await;
            }
            let Ok(mut answer) = serde_json::from_slice::<Value>(&bytes) else {
                let r = Refusal::new(
                    ErrorCode::UpstreamError,
                    format!(
                        "provider `{}` answered something that is not JSON",
                        provider.name
                    ),
                );
                return self.refuse(call, r, Outcome::Failure).await;
            };
            let learned = match format {
                Format::Openai => warden_llm::openai::restore(&p, &mut answer),
                Format::Anthropic => warden_llm::anthropic::restore(&p, &mut answer),
            };
            let meta = self
                .finish_call(
                    call,
                    &ask,
                    &model,
                    protected.estimated_input_tokens,
                    reservation,
                    learned,
                    Outcome::Success,
                    Some(status),
                )
                .await;
            let Some(meta) = meta else {
                return LlmReply::Refused(Refusal::internal());
            };
            if let Some(obj) = answer.as_object_mut() {
                obj.insert("warden".into(), meta);
            }
            return LlmReply::Json {
                status,
                body: answer,
            };
        }

        // Streamed: events restored as they come; the record is written before the last one.
        let (tx, rx) = mpsc::channel::<String>(64);
        let gw = Arc::clone(self);
        let estimated_input = protected.estimated_input_tokens;
        let (who, id) = (who.clone(), call.id.clone());
        tokio::spawn(async move {
            use futures_util::FutureExt;
            let relay =
                Arc::clone(&gw).stream(call, ask, model, estimated_input, reservation, p, resp, tx);
            if std::panic::AssertUnwindSafe(relay)
                .catch_unwind()
                .await
                .is_err()
            {
                // The stream ends without its last event; the call is recorded as failed.
                gw.llm_panicked(&who, format, id).await;
            }
        });
        // The stream registered itself (under its own key) before this one goes.
        drop(in_flight);
        LlmReply::Stream(rx)
    }

    /// The provider serving `model` in `format`: `provider/model`, or the model's name when
    /// one provider of that format has it.
    fn provider_for(&self, format: Format, model: &str) -> Option<(Provider, String)> {
        let wire = match format {
            Format::Openai => WireFormat::Openai,
            Format::Anthropic => WireFormat::Anthropic,
        };
        if let Some((p, m)) = model.split_once('/')
            && let Some(provider) = self.dep().providers.get(p)
            && provider.format == wire
            && provider.models.contains_key(m)
        {
            return Some((provider.clone(), m.to_owned()));
        }
        let dep = self.dep();
        let mut found = dep
            .providers
            .values()
            .filter(|p| p.format == wire && p.models.contains_key(model));
        let first = found.next()?;
        if found.next().is_some() {
            return None;
        }
        Some((first.clone(), model.to_owned()))
    }

    /// The request as the audit log keeps it: what was sent, unless personal data was sent as
    /// it is (a provider with `keep`), in which case it is masked for the record.
    async fn sanitized_request(
        &self,
        format: Format,
        protected: &Protected,
        mode: PersonalData,
    ) -> Value {
        let sent = if mode == PersonalData::Keep {
            let scanner = self.scanner();
            let body = protected.body.clone();
            let masked = tokio::task::spawn_blocking(move || {
                warden_llm::protect(format, &scanner, &body, Mode::Mask)
            })
            .await;
            match masked {
                Ok(Ok(m)) => m.body,
                _ => return crate::inspect::uninspected(),
            }
        } else {
            protected.body.clone()
        };
        let keep: serde_json::Map<String, Value> = sent
            .as_object()
            .map(|o| {
                o.iter()
                    .filter(|(k, _)| {
                        matches!(
                            k.as_str(),
                            "system"
                                | "messages"
                                | "tools"
                                | "max_tokens"
                                | "max_completion_tokens"
                                | "temperature"
                        )
                    })
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default();
        audit_value(&Value::Object(keep))
    }

    /// Resolves the provider's credential (`{{secret:name}}` with scope `llm:<provider>`, or
    /// `{{env:NAME}}`); a vault use becomes a `secret.used` event of the call.
    fn provider_credential(
        &self,
        provider: &Provider,
        agent: &str,
        call: &mut Call,
    ) -> Result<warden_vault::Zeroizing<String>, String> {
        provider.credential.try_render(|reference| match reference {
            Reference::Env(var) => (self.env)(var)
                .map(warden_vault::Zeroizing::new)
                .ok_or_else(|| format!("`{var}` is not set")),
            Reference::Secret(name) => {
                let principal = format!("llm:{}", provider.name);
                let (value, secret, version) = self.resolve_secret(name, &principal)?;
                let mut u = AuditEvent::new(
                    EventKind::SecretUsed,
                    Outcome::Success,
                    format!(
                        "secret `{secret}` (version {version}) injected into a call to provider `{}` for agent `{agent}`",
                        provider.name
                    ),
                );
                u.agent = Some(agent.to_owned());
                u.action_id = Some(call.id.clone());
                u.session = call.session.clone();
                u.tool = Some(warden_config::llm_tool_name(&provider.name));
                u.systems = vec![provider.name.clone()];
                u.output = json!({"secret": secret, "reference": name, "version": version, "connector": provider.name});
                call.secret_events.push(u);
                call.secret_events
                    .extend(self.secret_alerts(agent, &[secret]));
                Ok(warden_vault::Zeroizing::new(value))
            }
        })
    }

    /// The LLM call's one exit: builds its `llm.call` record, and appends it with the secrets
    /// the call used and the budget alerts it raised, in one commit. Every way a call ends
    /// passes here before anything is answered; if the log cannot be written, the caller
    /// answers an internal error instead.
    async fn end_call(&self, call: &mut Call, end: CallEnd) -> Result<(), StoreError> {
        let mut e = call.event(end.outcome, end.description);
        e.code = end.code.map(|c| c.as_str().to_owned());
        e.output = end.output;
        e.usage = end.usage;
        if let Some(u) = &e.usage
            && self.dep().agents.contains_key(&call.agent)
        {
            self.metrics()
                .llm_usage(&call.agent, u.input_tokens, u.output_tokens, u.cost_nanousd);
        }
        let mut events = std::mem::take(&mut call.secret_events);
        events.push(e);
        for a in end.alerts {
            let mut alert = AuditEvent::new(EventKind::BudgetAlert, Outcome::Success, a);
            alert.agent = Some(call.agent.clone());
            alert.action_id = Some(call.id.clone());
            tracing::warn!(agent = %call.agent, alert = %alert.description, "budget alert");
            events.push(alert);
        }
        let facts = !call.labels.is_empty()
            || !call.values.trusted.is_empty()
            || !call.values.untrusted.is_empty();
        let written = match (&call.session, facts) {
            (Some(run), true) => {
                let labels = call.labels.clone();
                let added = self
                    .store
                    .add_run_facts(
                        &call.agent,
                        run,
                        labels.clone(),
                        std::mem::take(&mut call.values),
                        events,
                    )
                    .await;
                if added.is_ok() && !labels.is_empty() {
                    self.cache_labels(&call.agent, run, labels);
                }
                added
            }
            _ => self.store.append(events).await.map(|_| ()),
        };
        written.inspect_err(|err| {
            tracing::error!(error = %err, "cannot write the audit log");
        })
    }

    /// Records a refused or failed call, then answers with the refusal.
    async fn refuse(&self, mut call: Call, r: Refusal, outcome: Outcome) -> LlmReply {
        let end = CallEnd {
            outcome,
            description: r.message.clone(),
            code: Some(r.code),
            output: Value::Null,
            usage: None,
            alerts: Vec::new(),
        };
        match self.end_call(&mut call, end).await {
            Ok(()) => LlmReply::Refused(r.with("llm_call_id", json!(call.id))),
            Err(_) => LlmReply::Refused(Refusal::internal()),
        }
    }

    /// A provider's error answer: passed on (its status and body, scrubbed of Warden's own
    /// secret values), and recorded.
    async fn provider_error(&self, mut call: Call, status: u16, bytes: &[u8]) -> LlmReply {
        let provider = call.provider.clone().unwrap_or_default();
        let body = serde_json::from_slice::<Value>(bytes)
            .unwrap_or_else(|_| json!({"error": {"message": String::from_utf8_lossy(bytes.get(..2048).unwrap_or(bytes)), "type": "upstream_error"}}));
        let scanner = self.scanner();
        let rules = warden_inspect::redact::Rules {
            pii: Mode::Keep,
            secret: Mode::Mask,
        };
        let mut scratch = warden_inspect::redact::Pseudonyms::default();
        let body = match warden_inspect::redact::redact_json(&scanner, &body, rules, &mut scratch) {
            Ok((b, _)) => b,
            Err(_) => {
                json!({"error": {"message": "the provider's error was withheld", "type": "upstream_error"}})
            }
        };
        let end = CallEnd {
            outcome: Outcome::Failure,
            description: format!("provider `{provider}` answered HTTP {status}"),
            code: Some(ErrorCode::UpstreamError),
            output: json!({"status": status, "body": audit_value(&body)}),
            usage: None,
            alerts: Vec::new(),
        };
        if self.end_call(&mut call, end).await.is_err() {
            return LlmReply::Refused(Refusal::internal());
        }
        LlmReply::Json { status, body }
    }

    /// Checks the answer's tool calls, screens it for injection, settles the budget and writes
    /// the call's record; returns Warden's metadata for the answer (`None` if the record could
    /// not be written: nothing unrecorded is answered).
    #[allow(clippy::too_many_arguments)]
    async fn finish_call(
        &self,
        mut call: Call,
        ask: &Ask,
        model: &warden_types::Model,
        estimated_input: u64,
        reservation: Reservation,
        answer: Answer,
        outcome: Outcome,
        status: Option<u16>,
    ) -> Option<Value> {
        let (mut flags, parsed) = warden_llm::check_calls(&answer.calls, &ask.tools);
        flags.extend(self.check_against_warden(&call.agent, &answer, &parsed));
        let injection = self.scanner().injection(&answer.restored);
        if injection.detected {
            // An answer carrying instructions is content the agent reads: the run is labelled
            // as after an injected tool result.
            call.labels.insert(UNTRUSTED.to_owned());
            call.findings.extend(
                injection
                    .signals
                    .iter()
                    .map(|s| format!("answer: injection.{}", s.kind.as_str())),
            );
        }
        for f in &flags {
            call.findings
                .push(format!("answer: tool_call.{} ({})", f.problem, f.name));
        }
        let (usage, estimated) = match answer.tokens {
            Some(t) => (t, false),
            None => (
                warden_llm::Tokens {
                    input: estimated_input,
                    output: warden_llm::estimate_tokens(answer.sanitized.len()),
                },
                true,
            ),
        };
        let cost = usage
            .input
            .saturating_mul(model.input_nanousd)
            .saturating_add(usage.output.saturating_mul(model.output_nanousd));
        let alerts = self
            .settle(
                &call.agent,
                reservation,
                Spend {
                    tokens: usage.input.saturating_add(usage.output),
                    nanousd: cost,
                },
            )
            .await;
        let recorded = Usage {
            input_tokens: usage.input,
            output_tokens: usage.output,
            cost_nanousd: cost,
            estimated,
        };
        let description = format!(
            "agent `{}` called `{}` on provider `{}`: {} tokens in, {} out, ${}{}",
            call.agent,
            call.model,
            call.provider.as_deref().unwrap_or_default(),
            usage.input,
            usage.output,
            warden_types::nanos_to_usd(cost),
            if flags.is_empty() {
                String::new()
            } else {
                format!("; {} proposed tool call(s) flagged", flags.len())
            }
        );
        let end = CallEnd {
            outcome,
            description,
            code: (outcome == Outcome::Cancelled).then_some(ErrorCode::Cancelled),
            output: audit_value(&json!({
                "status": status,
                "answer": answer.sanitized,
                "tool_calls": answer.calls.iter().map(|c| json!({"id": c.id, "name": c.name})).collect::<Vec<_>>(),
                "stop_reason": answer.stop_reason,
                "flags": flags,
                "injection_score": injection.score,
            })),
            usage: Some(recorded),
            alerts,
        };
        if self.end_call(&mut call, end).await.is_err() {
            return None;
        }
        Some(json!({
            "llm_call_id": call.id,
            "provider": call.provider,
            "flags": flags,
            "findings": call.findings,
            "usage": {
                "input_tokens": usage.input,
                "output_tokens": usage.output,
                "cost_usd": warden_types::nanos_to_usd(cost),
                "estimated": estimated,
            },
        }))
    }

    /// Proposed calls of tools Warden knows (`crm.get_customer`, or `crm_get_customer` as
    /// function names cannot hold dots): flagged if this agent may never use the tool, or if
    /// the arguments do not satisfy the tool's schema.
    fn check_against_warden(
        &self,
        agent: &str,
        answer: &Answer,
        parsed: &[Option<Value>],
    ) -> Vec<Flag> {
        let mut flags = Vec::new();
        for (c, args) in answer.calls.iter().zip(parsed) {
            let dep = self.dep();
            let tool = dep.tools.values().find(|t| {
                t.name == c.name
                    || t.name.replace('.', "_") == c.name
                    || t.name.replace('.', "__") == c.name
            });
            let Some(tool) = tool else { continue };
            if matches!(tool.connector, warden_types::Connector::Llm { .. }) {
                continue;
            }
            if !self.set().policy.could_allow(agent, &tool.name) {
                flags.push(Flag {
                    tool_call_id: c.id.clone(),
                    name: c.name.clone(),
                    problem: "not_allowed".into(),
                    detail: format!(
                        "agent `{agent}` may never use `{}`; Warden will refuse this call",
                        tool.name
                    ),
                });
                continue;
            }
            if let Some(a) = args
                && let Err(errors) = self.set().validator.validate(&tool.name, a)
            {
                flags.push(Flag {
                    tool_call_id: c.id.clone(),
                    name: c.name.clone(),
                    problem: "invalid_arguments".into(),
                    detail: format!(
                        "the arguments do not satisfy the schema of `{}`: {}",
                        tool.name,
                        errors
                            .iter()
                            .take(3)
                            .map(|e| if e.path.is_empty() {
                                "at the root".to_owned()
                            } else {
                                format!("at `{}`", e.path)
                            })
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                });
            }
        }
        flags
    }

    /// Relays a streamed answer, restoring it event by event; writes the call's record before
    /// the stream's last event. A client that goes away stops the upstream read; the partial
    /// call is recorded as cancelled.
    #[allow(clippy::too_many_arguments)]
    async fn stream(
        self: Arc<Self>,
        call: Call,
        ask: Ask,
        model: warden_types::Model,
        estimated_input: u64,
        reservation: Reservation,
        p: Arc<warden_inspect::redact::Pseudonyms>,
        mut resp: reqwest::Response,
        tx: mpsc::Sender<String>,
    ) {
        let format = call.format;
        let mut parser = warden_llm::sse::Parser::default();
        let mut openai = warden_llm::openai::Stream::new(Arc::clone(&p), ask.wants_usage);
        let mut anthropic = warden_llm::anthropic::Stream::new(Arc::clone(&p));
        let mut template = json!({});
        let mut held: Vec<warden_llm::sse::Event> = Vec::new();
        let mut client_gone = false;
        let mut failed: Option<String> = None;
        let mut done = false;
        // A halt ends the stream: the provider's answer stops here and the record says why.
        let halted = Arc::new(tokio::sync::Notify::new());
        let key = format!("{}:stream", call.id);
        let _in_flight = self
            .in_flight
            .register(&call.agent, &key, Arc::clone(&halted));
        if self.identities.halt_of(&call.agent).is_some() {
            halted.notify_one();
        }
        'read: loop {
            let next = tokio::select! {
                next = resp.chunk() => next,
                () = halted.notified() => {
                    failed = Some("the agent was halted".into());
                    break;
                }
            };
            let chunk = match next {
                Ok(Some(c)) => c,
                Ok(None) => break,
                Err(e) => {
                    failed = Some(format!("the stream broke: {}", e.without_url()));
                    break;
                }
            };
            let events = match parser.push(&chunk) {
                Ok(ev) => ev,
                Err(e) => {
                    failed = Some(e.to_string());
                    break;
                }
            };
            for ev in events {
                let out: Vec<warden_llm::sse::Event> = match format {
                    Format::Openai => {
                        if ev.data.trim() == "[DONE]" {
                            done = true;
                            break 'read;
                        }
                        if let Some(t) = warden_llm::openai::chunk_template(&ev.data) {
                            template = t;
                        }
                        openai
                            .chunk(&ev.data)
                            .map(|data| warden_llm::sse::Event {
                                event: ev.event,
                                data,
                            })
                            .into_iter()
                            .collect()
                    }
                    Format::Anthropic => {
                        let mut out = Vec::new();
                        for e in anthropic.event(ev) {
                            // `message_delta` and what follows wait for the record.
                            if warden_llm::anthropic::Stream::is_message_delta(&e)
                                || !held.is_empty()
                            {
                                held.push(e);
                            } else {
                                out.push(e);
                            }
                        }
                        out
                    }
                };
                for e in out {
                    if tx.send(e.encode()).await.is_err() {
                        client_gone = true;
                        break 'read;
                    }
                }
            }
        }
        drop(resp);
        // The end: what learned, recorded, then the last events.
        let (tail, answer) = match format {
            Format::Openai => {
                let (tail, a) = openai.finish(&template);
                (tail, a)
            }
            Format::Anthropic => (None, anthropic.finish()),
        };
        let outcome = if client_gone {
            Outcome::Cancelled
        } else if failed.is_some() {
            Outcome::Failure
        } else {
            Outcome::Success
        };
        let id = call.id.clone();
        let meta = self
            .finish_call(
                call,
                &ask,
                &model,
                estimated_input,
                reservation,
                answer,
                outcome,
                Some(200),
            )
            .await;
        if client_gone {
            return;
        }
        let Some(meta) = meta else {
            let _ = tx
                .send(
                    warden_llm::sse::Event {
                        event: Some("error".into()),
                        data: json!({"type": "error", "error": {"type": "internal", "message": "the call could not be recorded"}}).to_string(),
                    }
                    .encode(),
                )
                .await;
            return;
        };
        let mut last: Vec<warden_llm::sse::Event> = Vec::new();
        match format {
            Format::Openai => {
                if let Some(t) = tail {
                    last.push(warden_llm::sse::Event {
                        event: None,
                        data: t,
                    });
                }
                let mut m = template.clone();
                if let Some(obj) = m.as_object_mut() {
                    obj.insert("choices".into(), json!([]));
                    obj.insert("warden".into(), meta);
                }
                last.push(warden_llm::sse::Event {
                    event: None,
                    data: m.to_string(),
                });
                if let Some(why) = &failed {
                    last.push(warden_llm::sse::Event {
                        event: None,
                        data: json!({"error": {"message": format!("Warden: {why}"), "type": "upstream_error", "code": "upstream_error"}}).to_string(),
                    });
                } else if done {
                    last.push(warden_llm::sse::Event {
                        event: None,
                        data: "[DONE]".into(),
                    });
                }
            }
            Format::Anthropic => {
                for mut e in held {
                    if warden_llm::anthropic::Stream::is_message_delta(&e)
                        && let Ok(mut v) = serde_json::from_str::<Value>(&e.data)
                        && let Some(obj) = v.as_object_mut()
                    {
                        obj.insert("warden".into(), meta.clone());
                        e.data = v.to_string();
                    }
                    last.push(e);
                }
                if let Some(why) = &failed {
                    last.push(warden_llm::sse::Event {
                        event: Some("error".into()),
                        data: json!({"type": "error", "error": {"type": "upstream_error", "message": format!("Warden: {why}")}}).to_string(),
                    });
                }
            }
        }
        for e in last {
            if tx.send(e.encode()).await.is_err() {
                tracing::debug!(llm_call = %id, "client left before the stream's end");
                return;
            }
        }
    }
}

/// Spend rows of `warden costs`: (day, agent, provider, model) → (calls, input tokens, output
/// tokens, cost in nano-dollars, calls with estimated usage).
type CostRows =
    std::collections::BTreeMap<(String, String, String, String), (u64, u64, u64, u64, u64)>;

impl Gateway {
    /// The models `agent` may ever call through an endpoint of `format`, as
    /// (provider, model).
    pub fn llm_models(&self, agent: &str, format: Format) -> Vec<(String, String)> {
        let wire = match format {
            Format::Openai => WireFormat::Openai,
            Format::Anthropic => WireFormat::Anthropic,
        };
        let now = Timestamp::now();
        let none = BTreeSet::new();
        self.dep()
            .providers
            .values()
            .filter(|p| p.format == wire)
            .flat_map(|p| p.models.iter().map(move |(m, model)| (p, m, model)))
            .filter(|(p, m, model)| {
                // Listed if a plain call (no tools, nothing found in the prompt) is allowed.
                let tool = warden_config::llm_tool_name(&p.name);
                let args = json!({"model": m, "stream": false, "max_tokens": model.max_output_tokens, "tools": []});
                matches!(
                    self.set().policy.decide(&warden_policy::DecisionInput {
                        agent,
                        tool: &tool,
                        arguments: &args,
                        session_labels: &none,
                        findings: &none,
                        totals: &std::collections::BTreeMap::new(),
            provenance: &warden_policy::provenance::ArgProvenance::default(),
                        now,
                        disclosure_present: false,
                    }),
                    Ok(Decision::Allow { .. })
                )
            })
            .map(|(p, m, _)| (p.name.clone(), m.clone()))
            .collect()
    }

    /// LLM spend from the audit log: one row per UTC day, agent, provider and model.
    pub async fn costs(
        &self,
        _admin: &crate::Admin,
        since: Option<Timestamp>,
        until: Option<Timestamp>,
        agent: Option<String>,
    ) -> Result<Vec<Value>, Refusal> {
        let records = self
            .store
            .query_audit(warden_store::AuditFilter {
                event: Some(EventKind::LlmCall.as_str().into()),
                agent,
                since,
                until,
                limit: Some(10_000_000),
                ..Default::default()
            })
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "cannot read the audit log");
                Refusal::internal()
            })?;
        let mut rows: CostRows = CostRows::new();
        for r in records {
            let Some(u) = r.event.usage else { continue };
            let key = (
                r.ts.get(..10).unwrap_or_default().to_owned(),
                r.event.agent.clone().unwrap_or_default(),
                r.event.systems.first().cloned().unwrap_or_default(),
                r.event
                    .input
                    .get("model")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            );
            let row = rows.entry(key).or_default();
            row.0 += 1;
            row.1 = row.1.saturating_add(u.input_tokens);
            row.2 = row.2.saturating_add(u.output_tokens);
            row.3 = row.3.saturating_add(u.cost_nanousd);
            if u.estimated {
                row.4 += 1;
            }
        }
        Ok(rows
            .into_iter()
            .map(
                |((day, agent, provider, model), (calls, input, output, cost, estimated))| {
                    json!({
                        "day": day, "agent": agent, "provider": provider, "model": model,
                        "calls": calls, "input_tokens": input, "output_tokens": output,
                        "cost_usd": warden_types::nanos_to_usd(cost), "cost_nanousd": cost,
                        "estimated_calls": estimated,
                    })
                },
            )
            .collect())
    }
}
