//! The monitor and containment: the detectors (`warden-monitor`) read the audit log as it is
//! written, their alerts are grouped, recorded and routed, rules halt an agent on an alert, and
//! a halt — manual or automatic — reaches everything the agent holds.
//!
//! One process at a time runs the detectors (a lease in the store, like an audit stream's); it
//! commits its position in the log, its learned baselines and the alerts they raised in one
//! transaction, so a crash neither loses an alert nor raises one twice, and a restart resumes
//! the baselines. An alert is an audit record (`alert.raised`, with the sequence numbers of the
//! records that triggered it), so the SIEM streams carry it too.
//!
//! A halt refuses the agent at once on every process (the store's change feed), cancels its
//! pending approvals (in the halt's transaction), cancels its calls running upstream on every
//! process, rotates the credentials only it may use and revokes the old values at their
//! provider, and ends its MCP sessions.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;
use warden_notify::{AlertLine, AlertNotice};
use warden_types::{Alert, AlertState, ErrorCode, Severity, Timestamp, random_id};

use crate::admin_log::AdminLog;
use crate::notify::Note;
use crate::{Gateway, Refusal};

/// The monitor's name for its lease and its position.
const MONITOR: &str = "monitor";
/// How long a process holds the monitor before it must renew its lease.
const LEASE: Duration = Duration::from_secs(30);
/// Records read per step.
const PAGE: u64 = 2_000;
/// The wait between steps when the monitor has caught up.
const IDLE: Duration = Duration::from_millis(200);
/// How often the learned baselines are saved (the position and the alerts at every step; on
/// resume the records after the saved baselines' own position are replayed, learning only).
const SAVE_STATE: Duration = Duration::from_secs(5);
/// Alerts listed at most per request.
pub const MAX_ALERTS: u64 = 1_000;

/// Calls running upstream, by agent then action id, each with what cancels it.
#[derive(Default)]
pub(crate) struct InFlight(Mutex<HashMap<String, HashMap<String, Arc<Notify>>>>);

/// Removes its call from [`InFlight`] when the call ends.
pub(crate) struct InFlightGuard<'a> {
    set: &'a InFlight,
    agent: String,
    id: String,
}

impl InFlight {
    /// Registers a call of `agent`; `cancel` is notified if the agent is halted meanwhile.
    pub(crate) fn register(&self, agent: &str, id: &str, cancel: Arc<Notify>) -> InFlightGuard<'_> {
        if let Ok(mut m) = self.0.lock() {
            m.entry(agent.to_owned())
                .or_default()
                .insert(id.to_owned(), cancel);
        }
        InFlightGuard {
            set: self,
            agent: agent.to_owned(),
            id: id.to_owned(),
        }
    }

    /// Cancels every call of `agent` running here; how many.
    pub(crate) fn cancel(&self, agent: &str) -> usize {
        let calls: Vec<Arc<Notify>> = match self.0.lock() {
            Ok(m) => m
                .get(agent)
                .map(|c| c.values().cloned().collect())
                .unwrap_or_default(),
            Err(_) => Vec::new(),
        };
        for c in &calls {
            // A permit is stored if the call is not waiting yet: it stops when it does.
            c.notify_one();
        }
        calls.len()
    }
}

impl Drop for InFlightGuard<'_> {
    fn drop(&mut self) {
        if let Ok(mut m) = self.set.0.lock()
            && let Some(calls) = m.get_mut(&self.agent)
        {
            calls.remove(&self.id);
            if calls.is_empty() {
                m.remove(&self.agent);
            }
        }
    }
}

/// What a halt did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Halted {
    /// Pending approvals cancelled.
    pub cancelled_approvals: Vec<String>,
    /// Calls running upstream (in this process) that were cancelled.
    pub cancelled_calls: usize,
    /// Credentials only this agent may use, rotated (their previous value revoked at the
    /// provider when a revoke hook is configured).
    pub rotated_credentials: Vec<String>,
    /// Credentials only this agent may use that could not be rotated (no rotation policy, or
    /// the rotation failed), with why.
    pub credentials_not_rotated: Vec<(String, String)>,
}

fn store_refusal(e: &warden_store::StoreError) -> Refusal {
    tracing::error!(error = %e, "the store failed");
    Refusal::internal()
}

impl Gateway {
    // ------------------------------------------------------------------ the detectors

    /// Runs the detectors over the log forever, while this process holds the monitor's lease.
    pub async fn run_monitor(self: Arc<Self>) {
        let owner = crate::export::lease_owner();
        let mut running: Option<(warden_monitor::Monitor, u64)> = None;
        let mut saved = std::time::Instant::now();
        let mut leased_until = std::time::Instant::now();
        loop {
            let dep = self.dep();
            if !dep.monitor.enabled {
                running = None;
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
            // Renew the lease well before it lapses; lose it and start over from the store.
            if std::time::Instant::now() + LEASE / 2 >= leased_until {
                match self
                    .store
                    .lease_stream(MONITOR.into(), owner.clone(), LEASE)
                    .await
                {
                    Ok(true) => leased_until = std::time::Instant::now() + LEASE,
                    Ok(false) => {
                        running = None;
                        tokio::time::sleep(LEASE / 6).await;
                        continue;
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot take the monitor's lease");
                        running = None;
                        tokio::time::sleep(Duration::from_secs(1)).await;
                        continue;
                    }
                }
            }
            let (monitor, cursor) = match running.as_mut() {
                Some(r) => r,
                None => match self.monitor_resume().await {
                    Ok(r) => running.insert(r),
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot read the monitor's state");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                        continue;
                    }
                },
            };
            monitor.set_settings(dep.monitor.clone());
            let save = saved.elapsed() >= SAVE_STATE;
            match self.monitor_step(monitor, cursor, save).await {
                Ok(n) if n > 0 && save => saved = std::time::Instant::now(),
                Ok(0) => tokio::time::sleep(IDLE).await,
                Ok(_) => {}
                Err(e) => {
                    // Another process moved it, or the store failed: read it back.
                    tracing::warn!(error = %e, "the monitor starts over from its stored state");
                    running = None;
                    tokio::time::sleep(IDLE).await;
                }
            }
        }
    }

    /// The stored position and baselines (a fresh monitor reads the whole log, learning).
    async fn monitor_resume(&self) -> Result<(warden_monitor::Monitor, u64), String> {
        let stored = self
            .store
            .monitor_state(MONITOR.into())
            .await
            .map_err(|e| e.to_string())?;
        let (cursor, state) = match stored {
            Some((cursor, text)) => match serde_json::from_str(&text) {
                Ok(s) => (cursor, s),
                Err(e) => {
                    tracing::warn!(error = %e, "the monitor's stored baselines are unreadable; they are learned again from here");
                    (cursor, warden_monitor::State::default())
                }
            },
            None => (0, warden_monitor::State::default()),
        };
        let mut monitor = warden_monitor::Monitor::new(self.dep().monitor.clone(), state);
        // The records between the saved baselines and the position were judged already (their
        // alerts are stored): learn from them again, raise nothing.
        let mut at = monitor.state().cursor.min(cursor);
        while at < cursor {
            let page = self
                .store
                .audit_after(at, PAGE)
                .await
                .map_err(|e| e.to_string())?;
            let Some(last) = page.last().map(|p| p.0) else {
                break;
            };
            for (seq, text) in page.iter().filter(|(s, _)| *s <= cursor) {
                if let Err(e) = monitor.observe_text(text) {
                    tracing::warn!(seq, error = %e.0, "the monitor cannot read a record");
                }
            }
            at = last;
        }
        Ok((monitor, cursor))
    }

    /// Reads one page of records after `cursor`, commits what it learned and raised, and acts
    /// on the alerts. The number of records read.
    async fn monitor_step(
        &self,
        monitor: &mut warden_monitor::Monitor,
        cursor: &mut u64,
        save_state: bool,
    ) -> Result<usize, String> {
        let page = self
            .store
            .audit_after(*cursor, PAGE)
            .await
            .map_err(|e| e.to_string())?;
        let Some(last) = page.last().map(|p| p.0) else {
            return Ok(0);
        };
        let mut raised: Vec<warden_monitor::Raised> = Vec::new();
        for (seq, text) in &page {
            match monitor.observe_text(text) {
                Ok(r) => raised.extend(r),
                Err(e) => tracing::warn!(seq, error = %e.0, "the monitor cannot read a record"),
            }
        }
        // Repeats within the page are one alert with every record as evidence.
        let mut grouped: BTreeMap<String, Alert> = BTreeMap::new();
        for r in raised {
            let at = Timestamp(r.at);
            match grouped.get_mut(&r.dedup) {
                Some(a) => {
                    a.count += 1;
                    a.last_seen = at;
                    a.add_evidence(&r.evidence);
                }
                None => {
                    let Ok(id) = random_id("alr") else {
                        return Err("no randomness for an alert id".into());
                    };
                    let mut a = Alert {
                        id,
                        kind: r.kind.to_owned(),
                        severity: r.severity,
                        agent: r.agent,
                        dedup: r.dedup.clone(),
                        summary: r.summary,
                        state: AlertState::Open,
                        count: 1,
                        first_seen: at,
                        last_seen: at,
                        evidence: Vec::new(),
                        detail: r.detail,
                        halted: false,
                        acknowledged: None,
                        resolved: None,
                    };
                    a.add_evidence(&r.evidence);
                    grouped.insert(r.dedup, a);
                }
            }
        }
        let state = if save_state || *cursor == 0 {
            Some(serde_json::to_string(monitor.state()).map_err(|e| e.to_string())?)
        } else {
            None
        };
        let stored = AdminLog(&*self.store)
            .alerts_raised(MONITOR, last, state, grouped.into_values().collect())
            .await
            .map_err(|e| e.to_string())?;
        *cursor = last;
        self.after_raised(stored).await;
        Ok(page.len())
    }

    /// Counts, halts and routes what was raised: a halt rule applies to every raise (a repeat
    /// too, if the agent was resumed meanwhile); only new alerts are sent.
    async fn after_raised(&self, raised: Vec<(Alert, bool)>) {
        let dep = self.dep();
        let mut by_channel: BTreeMap<String, Vec<AlertLine>> = BTreeMap::new();
        for (mut alert, new) in raised {
            if new {
                self.metrics().alert(&alert.kind, alert.severity.as_str());
            }
            let agent = alert.agent.clone();
            let halts = dep
                .monitor
                .halt
                .iter()
                .any(|h| h.matches(&alert.kind, alert.severity, agent.as_deref()));
            if halts
                && let Some(agent) = agent.as_deref()
                && dep.agents.contains_key(agent)
                && self.identities.halt_of(agent).is_none()
            {
                let reason = format!(
                    "automatic halt on alert {} ({}): {}",
                    alert.id, alert.kind, alert.summary
                );
                let op = crate::Admin::internal("monitor");
                match self.halt(&op, agent, &reason).await {
                    Ok(done) => {
                        tracing::warn!(agent, alert = %alert.id, ?done, "agent halted automatically");
                        let from = alert.state;
                        alert.halted = true;
                        if let Err(e) = self.store.update_alert(alert.clone(), from, vec![]).await {
                            tracing::warn!(error = %e, "cannot mark an alert as having halted its agent");
                        }
                    }
                    Err(r) => {
                        tracing::error!(agent, alert = %alert.id, error = %r.message, "an automatic halt failed")
                    }
                }
            }
            if !new {
                continue;
            }
            tracing::warn!(alert = %alert.id, kind = %alert.kind, severity = alert.severity.as_str(), agent = ?alert.agent, "{}", alert.summary);
            for route in dep
                .monitor
                .routes
                .iter()
                .filter(|r| r.matches(&alert.kind, alert.severity, alert.agent.as_deref()))
            {
                for c in &route.channels {
                    let lines = by_channel.entry(c.clone()).or_default();
                    if !lines.iter().any(|l| l.id == alert.id) {
                        lines.push(line(&alert));
                    }
                }
            }
        }
        let link = dep
            .notify
            .console_url
            .as_ref()
            .map(|u| format!("{u}/alerts"));
        for (channel, mut alerts) in by_channel {
            alerts.sort_by(|a, b| {
                Severity::parse(&b.severity)
                    .cmp(&Severity::parse(&a.severity))
                    .then(a.at.cmp(&b.at))
            });
            let notice = AlertNotice {
                alerts,
                link: link.clone(),
            };
            self.enqueue(&channel, Note::Alerts(notice), None).await;
        }
    }

    // ------------------------------------------------------------------ alerts for people

    /// Alerts, newest first: of `agent`, in `state` (`open`, `acknowledged`, `resolved`, or
    /// `active` for the first two; all when `None`).
    pub async fn list_alerts(
        &self,
        _op: &crate::Operator,
        agent: Option<String>,
        state: Option<&str>,
        limit: u64,
    ) -> Result<Vec<Alert>, Refusal> {
        let states = match state {
            None | Some("all") => Vec::new(),
            Some("active") => vec![AlertState::Open, AlertState::Acknowledged],
            Some(s) => vec![AlertState::parse(s).ok_or_else(|| {
                Refusal::new(
                    ErrorCode::BadRequest,
                    "`state` must be open, acknowledged, resolved, active or all",
                )
            })?],
        };
        if !(1..=MAX_ALERTS).contains(&limit) {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                format!("`limit` must be 1 to {MAX_ALERTS}"),
            ));
        }
        self.store
            .alerts(agent, states, limit)
            .await
            .map_err(|e| store_refusal(&e))
    }

    /// One alert.
    pub async fn get_alert(&self, _op: &crate::Operator, id: &str) -> Result<Alert, Refusal> {
        self.store
            .alert(id.to_owned())
            .await
            .map_err(|e| store_refusal(&e))?
            .ok_or_else(|| Refusal::new(ErrorCode::NotFound, format!("no alert `{id}`")))
    }

    /// Acknowledges an open alert (recorded): someone is on it.
    pub async fn acknowledge_alert(&self, op: &crate::Admin, id: &str) -> Result<Alert, Refusal> {
        let mut a = self.get_alert(&op.0, id).await?;
        if a.state != AlertState::Open {
            return Err(Refusal::new(
                ErrorCode::Conflict,
                format!("alert `{id}` is {}, not open", a.state.as_str()),
            ));
        }
        a.state = AlertState::Acknowledged;
        a.acknowledged = Some((op.name.clone(), Timestamp::now()));
        let moved = AdminLog(&*self.store)
            .alert_acknowledged(&op.name, a.clone(), AlertState::Open)
            .await;
        moved_or_conflict(moved, a)
    }

    /// Resolves an alert that is not resolved yet, with a note (recorded); a repeat raises a
    /// new alert from then on.
    pub async fn resolve_alert(
        &self,
        op: &crate::Admin,
        id: &str,
        note: &str,
    ) -> Result<Alert, Refusal> {
        let note = note.trim();
        if note.is_empty() || note.len() > 4000 {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "resolving an alert needs a `note` of 1-4000 bytes",
            ));
        }
        let mut a = self.get_alert(&op.0, id).await?;
        let from = a.state;
        if from == AlertState::Resolved {
            return Err(Refusal::new(
                ErrorCode::Conflict,
                format!("alert `{id}` is already resolved"),
            ));
        }
        a.state = AlertState::Resolved;
        a.resolved = Some((op.name.clone(), Timestamp::now(), note.to_owned()));
        let moved = AdminLog(&*self.store)
            .alert_resolved(&op.name, a.clone(), from, note)
            .await;
        moved_or_conflict(moved, a)
    }

    /// Records a halt drill's result (`drill.completed`); its sequence number.
    pub async fn record_drill(
        &self,
        op: &crate::Admin,
        agent: &str,
        ok: bool,
        result: serde_json::Value,
    ) -> Result<u64, Refusal> {
        if !self.dep().agents.contains_key(agent) {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("no agent `{agent}` is configured"),
            ));
        }
        if serde_json::to_vec(&result).map_or(usize::MAX, |v| v.len()) > 64 * 1024 {
            return Err(Refusal::new(
                ErrorCode::PayloadTooLarge,
                "a drill's result is at most 64 KiB",
            ));
        }
        AdminLog(&*self.store)
            .drill_completed(&op.name, agent, ok, result)
            .await
            .map_err(|e| store_refusal(&e))
    }

    // ------------------------------------------------------------------ containment

    /// What a halt reaches beyond refusing the agent, in this process: its calls running
    /// upstream are cancelled and its MCP sessions told to close.
    pub(crate) fn contain_here(&self, agent: &str) -> usize {
        let n = self.in_flight.cancel(agent);
        let _ = self.halted_agents.send(agent.to_owned());
        n
    }

    /// Agents halted from now on (any process), for the MCP sessions to close theirs.
    pub fn halted_agents(&self) -> tokio::sync::broadcast::Receiver<String> {
        self.halted_agents.subscribe()
    }

    /// Rotates every credential only `agent` may use (its previous value revoked at once, at
    /// the provider too when a revoke hook is configured): what it held is worthless.
    pub(crate) async fn rotate_agent_credentials(
        &self,
        agent: &str,
    ) -> (Vec<String>, Vec<(String, String)>) {
        let mut rotated = Vec::new();
        let mut not = Vec::new();
        for name in self.credentials_of(agent) {
            if !self.dep().rotations.contains_key(&name) {
                not.push((name, "no rotation policy (`vault.rotations`)".to_owned()));
                continue;
            }
            match self.rotate_now(&name).await {
                Ok(()) => rotated.push(name),
                Err(why) => not.push((name, why)),
            }
        }
        (rotated, not)
    }

    /// Halts every configured agent that is not halted yet; what each halt did.
    pub async fn halt_all(
        &self,
        op: &crate::Admin,
        reason: &str,
    ) -> Result<BTreeMap<String, Halted>, Refusal> {
        let mut out = BTreeMap::new();
        let agents: Vec<String> = self.dep().agents.keys().cloned().collect();
        for agent in agents {
            if self.identities.halt_of(&agent).is_some() {
                continue;
            }
            let h = self.halt(op, &agent, reason).await?;
            out.insert(agent, h);
        }
        Ok(out)
    }
}

fn moved_or_conflict(
    moved: Result<bool, warden_store::StoreError>,
    a: Alert,
) -> Result<Alert, Refusal> {
    match moved {
        Ok(true) => Ok(a),
        Ok(false) => Err(Refusal::new(
            ErrorCode::Conflict,
            format!("alert `{}` changed meanwhile; read it again", a.id),
        )),
        Err(e) => Err(store_refusal(&e)),
    }
}

/// An alert as a notification tells it.
fn line(a: &Alert) -> AlertLine {
    AlertLine {
        id: a.id.clone(),
        kind: a.kind.clone(),
        severity: a.severity.as_str().to_owned(),
        agent: a.agent.clone(),
        summary: a.summary.clone(),
        at: a.first_seen.to_rfc3339(),
        evidence: a.evidence.clone(),
        halted: a.halted,
    }
}
