//! Runs: what an agent has read labels its run, and a request cannot leave the run.
//!
//! A session id is the client's; a run is Warden's. A request whose session is a run an
//! operator opened for its agent joins that run; any other request — no session, a made-up or
//! case-changed id, another agent's run, an MCP session — joins the agent's current run (the
//! one opened last, or its base run) or, with `sessions.unbound = "refuse"`, is refused. So no
//! request shape starts a clean slate: labels leave a run only when an operator opens a new run
//! or declassifies a label, both recorded. Runs and their labels live in the store (shared by
//! every process on PostgreSQL); the caches here are written through and dropped on every
//! change another process announces.

use std::collections::{HashMap, HashSet};

use warden_store::{BASE_RUN, Run};
use warden_types::{ErrorCode, Timestamp, UnboundSessions, random_id};

use crate::admin_log::AdminLog;
use crate::{Gateway, Refusal};

/// The prefix of every run id Warden issues; nothing else can name a run.
const RUN_PREFIX: &str = "run_";
/// Agents whose runs are cached before the cache starts again.
const MAX_CACHED_AGENTS: usize = 10_000;
/// Longest task a run may be opened with.
const MAX_TASK_BYTES: usize = 64 * 1024;
/// Run ids remembered per agent (opened ones, and ids found not to be runs).
const MAX_CACHED_IDS: usize = 1_000;

/// What this process knows of one agent's runs.
#[derive(Default)]
pub(crate) struct AgentRuns {
    /// The current run, once read.
    current: Option<String>,
    /// Ids that are runs of this agent.
    runs: HashSet<String>,
    /// Ids that are not (Warden's ids are random, so one that is not a run never becomes one).
    not_runs: HashSet<String>,
}

/// Run caches by agent.
#[derive(Default)]
pub(crate) struct RunCache(std::sync::RwLock<HashMap<String, AgentRuns>>);

impl RunCache {
    /// Forgets what is known of `agent`'s runs (a run was opened or a label removed, here or
    /// in another process).
    pub(crate) fn forget(&self, agent: &str) {
        if let Ok(mut c) = self.0.write() {
            c.remove(agent);
        }
    }

    /// Forgets everything.
    pub(crate) fn clear(&self) {
        if let Ok(mut c) = self.0.write() {
            c.clear();
        }
    }

    fn with<R>(&self, agent: &str, f: impl FnOnce(&mut AgentRuns) -> R) -> Option<R> {
        let mut c = self.0.write().ok()?;
        if c.len() >= MAX_CACHED_AGENTS && !c.contains_key(agent) {
            c.clear();
        }
        let entry = c.entry(agent.to_owned()).or_default();
        if entry.runs.len() + entry.not_runs.len() >= MAX_CACHED_IDS {
            entry.runs.clear();
            entry.not_runs.clear();
        }
        Some(f(entry))
    }

    fn read<R>(&self, agent: &str, f: impl FnOnce(&AgentRuns) -> Option<R>) -> Option<R> {
        let c = self.0.read().ok()?;
        f(c.get(agent)?)
    }
}

/// Whether `requested` is, on its face, one of Warden's run ids (exact bytes: a case-changed
/// id is another id).
fn looks_like_run(requested: &str) -> bool {
    requested.len() == RUN_PREFIX.len() + 32
        && requested.starts_with(RUN_PREFIX)
        && requested[RUN_PREFIX.len()..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl Gateway {
    /// The run a request of `agent` naming session `requested` joins: that run if an operator
    /// opened it for this agent, else the agent's current run — or a refusal when
    /// `sessions.unbound = "refuse"`. A store error refuses (fail closed).
    pub(crate) async fn resolve_run(
        &self,
        agent: &str,
        requested: Option<&str>,
    ) -> Result<String, Refusal> {
        if let Some(id) = requested.filter(|id| looks_like_run(id)) {
            match self.runs.read(agent, |r| {
                if r.runs.contains(id) {
                    Some(true)
                } else if r.not_runs.contains(id) {
                    Some(false)
                } else {
                    None
                }
            }) {
                Some(true) => return Ok(id.to_owned()),
                Some(false) => {}
                None => match self.store.run(agent, id).await {
                    Ok(Some(_)) => {
                        self.runs.with(agent, |r| r.runs.insert(id.to_owned()));
                        return Ok(id.to_owned());
                    }
                    Ok(None) => {
                        self.runs.with(agent, |r| r.not_runs.insert(id.to_owned()));
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "cannot read runs; denying");
                        return Err(unavailable());
                    }
                },
            }
        }
        if self.dep().unbound_sessions == UnboundSessions::Refuse {
            return Err(Refusal::new(
                ErrorCode::UnknownSession,
                match requested {
                    None => format!(
                        "a session is required: name a run opened for agent `{agent}` (sessions.unbound = \"refuse\")"
                    ),
                    Some(_) => format!(
                        "the session is not a run opened for agent `{agent}` (sessions.unbound = \"refuse\")"
                    ),
                },
            ));
        }
        self.current_run(agent).await
    }

    /// The agent's current run: the one an operator opened last, or its base run.
    async fn current_run(&self, agent: &str) -> Result<String, Refusal> {
        if let Some(run) = self.runs.read(agent, |r| r.current.clone()) {
            return Ok(run);
        }
        match self.store.current_run(agent).await {
            Ok(run) => {
                self.runs.with(agent, |r| r.current = Some(run.clone()));
                Ok(run)
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot read the current run; denying");
                Err(unavailable())
            }
        }
    }

    /// Opens a new run for `agent`: requests that name no run of the agent join it from now
    /// on, without the labels of the runs before. Recorded (`run.opened`).
    ///
    /// `task`, the instructions the run is for (what the user asked), is trusted: a recipient
    /// or IBAN it names counts as the user's in `context.provenance`, and the tools whose
    /// `requested_by` words it uses are `context.provenance.requested`. It is kept only as
    /// hashes of the values it names and of the tools it asks for.
    pub async fn open_run(
        &self,
        op: &crate::Admin,
        agent: &str,
        task: Option<&str>,
    ) -> Result<Run, Refusal> {
        if !self.dep().agents.contains_key(agent) {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("no agent `{agent}` is configured"),
            ));
        }
        if task.is_some_and(|t| t.len() > MAX_TASK_BYTES) {
            return Err(Refusal::new(
                ErrorCode::PayloadTooLarge,
                format!("a run's `task` is at most {MAX_TASK_BYTES} bytes"),
            ));
        }
        let id = random_id("run").map_err(|_| Refusal::internal())?;
        let run = Run {
            id,
            agent: agent.to_owned(),
            opened_at: Timestamp::now(),
            opened_by: op.name.clone(),
        };
        AdminLog(&*self.store)
            .run_opened(run.clone())
            .await
            .map_err(crate::admin::store_err)?;
        if let Some(task) = task {
            // What the task asks for (`context.provenance.requested`) is kept with its values.
            let mut trusted = crate::provenance::text_values(&run.id, [task]);
            trusted.extend(crate::provenance::phrase_values(&run.id, [task]));
            trusted.extend(crate::provenance::requested_values(
                &run.id,
                &[task],
                self.dep().tools.values(),
            ));
            let values = warden_store::RunValues {
                trusted,
                untrusted: Vec::new(),
            };
            self.store
                .add_run_facts(agent, &run.id, Default::default(), values, Vec::new())
                .await
                .map_err(crate::admin::store_err)?;
        }
        self.forget_runs(agent);
        Ok(run)
    }

    /// The runs opened for `agent`, newest first, and its current run.
    pub async fn list_runs(
        &self,
        _op: &crate::Admin,
        agent: &str,
        limit: u64,
    ) -> Result<(String, Vec<Run>), Refusal> {
        if !self.dep().agents.contains_key(agent) {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("no agent `{agent}` is configured"),
            ));
        }
        let current = self.current_run(agent).await?;
        let runs = self
            .store
            .runs(agent, limit.clamp(1, 1000))
            .await
            .map_err(crate::admin::store_err)?;
        Ok((current, runs))
    }

    /// Removes `label` from `run` of `agent` (an operator's decision, recorded with its
    /// reason). `run` is a run id or `base`.
    pub async fn declassify(
        &self,
        op: &crate::Admin,
        agent: &str,
        run: &str,
        label: &str,
        reason: &str,
    ) -> Result<(), Refusal> {
        if !self.dep().agents.contains_key(agent) {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("no agent `{agent}` is configured"),
            ));
        }
        let reason = reason.trim();
        if reason.is_empty() || reason.len() > 2000 {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "a declassification needs a `reason` of 1-2000 bytes",
            ));
        }
        if label.is_empty() || label.len() > 128 {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "`label` must be 1-128 bytes",
            ));
        }
        if run != BASE_RUN {
            let known = self
                .store
                .run(agent, run)
                .await
                .map_err(crate::admin::store_err)?;
            if known.is_none() {
                return Err(Refusal::new(
                    ErrorCode::NotFound,
                    format!("agent `{agent}` has no run `{run}`"),
                ));
            }
        }
        let removed = AdminLog(&*self.store)
            .run_declassified(&op.name, agent, run, label, reason)
            .await
            .map_err(crate::admin::store_err)?;
        self.forget_runs(agent);
        if !removed {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("run `{run}` of agent `{agent}` does not carry `{label}`"),
            ));
        }
        Ok(())
    }

    /// Drops this process's cached runs and labels of `agent`.
    pub(crate) fn forget_runs(&self, agent: &str) {
        self.runs.forget(agent);
        self.drop_cached_labels(Some(agent), None);
    }
}

fn unavailable() -> Refusal {
    Refusal::new(
        ErrorCode::Denied,
        "session state is unavailable; denied to be safe",
    )
}

#[cfg(test)]
mod tests {
    use super::looks_like_run;

    #[test]
    fn only_warden_run_ids_look_like_runs() {
        let id = warden_types::random_id("run").unwrap();
        assert!(looks_like_run(&id));
        assert!(!looks_like_run(&id.to_uppercase()));
        assert!(!looks_like_run(&id.replacen("run_", "RUN_", 1)));
        assert!(!looks_like_run(&format!("{id}0")));
        assert!(!looks_like_run(&id[..id.len() - 1]));
        assert!(!looks_like_run("base"));
        assert!(!looks_like_run("run_"));
        assert!(!looks_like_run("run_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"));
    }
}
