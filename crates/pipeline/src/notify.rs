//! Notifications (`[notify]`): an approver group's channels are told when an action waits for
//! it and reminded before it expires; `notify.outcomes` channels are told how it ended (an
//! e-mail channel writes to the agent's owner).
//!
//! Delivery never blocks the pipeline, and one channel never holds up another: each channel has
//! its own queue ([`QUEUE`] notices at most; beyond it a notice is dropped and that is
//! recorded) and its own worker ([`PARALLEL`] deliveries at once), so a receiver that never
//! answers delays only its own notices. Each delivery is retried
//! with doubling waits (`notify.attempts`, `notify.retry_base`), and its end recorded:
//! `notification.sent`, or `notification.failed` (an alert). A notice carries the arguments
//! masked by the inspection stage (or only their names, or nothing: `notify.arguments`); a
//! credential is resolved for the delivery only and never recorded.

use std::collections::HashSet;
use std::sync::{Arc, Weak};

use serde_json::Value;
use tokio::sync::{Semaphore, mpsc};
use warden_audit::event::Delivery;
use warden_inspect::redact::{Mode, Pseudonyms, Rules, redact_json_across};
use warden_notify::{AlertNotice, Message, Notice, NoticeKind, Target};
use warden_types::{Approval, ApprovalState, NotifyArguments, NotifyChannel, Timestamp};

use crate::Gateway;
use crate::admin_log::AdminLog;

/// Notices waiting per channel; beyond it a notice is dropped (and recorded).
pub(crate) const QUEUE: usize = 1_000;
/// Deliveries in flight at once per channel.
pub(crate) const PARALLEL: usize = 2;
/// The most of a notice's arguments carried (serialized); beyond it they are replaced by a
/// note, so a queue of notices stays small whatever the agents send.
pub(crate) const MAX_ARGUMENTS_BYTES: usize = 16 * 1024;

/// What a job carries: an approval's notice, or alerts raised together.
pub(crate) enum Note {
    Approval(Box<Notice>),
    Alerts(AlertNotice),
}

impl Note {
    fn message(&self) -> &dyn Message {
        match self {
            Self::Approval(n) => n.as_ref(),
            Self::Alerts(a) => a,
        }
    }
}

/// One notice for one channel.
pub(crate) struct Job {
    channel: String,
    notice: Note,
    /// Recipients that replace an e-mail channel's own (the agent's owner, for outcomes).
    to: Option<Vec<String>>,
    delivery: String,
}

/// The channels' queues and what was reminded.
#[derive(Default)]
pub(crate) struct Notifier {
    /// The gateway the workers deliver for (set once it exists).
    gw: std::sync::OnceLock<Weak<Gateway>>,
    /// One queue per channel, made at its first notice.
    queues: std::sync::Mutex<std::collections::HashMap<String, mpsc::Sender<Job>>>,
    reminded: std::sync::Mutex<HashSet<String>>,
}

/// Delivers one channel's notices until the gateway is gone.
async fn run(gw: Weak<Gateway>, mut rx: mpsc::Receiver<Job>) {
    let limit = Arc::new(Semaphore::new(PARALLEL));
    while let Some(job) = rx.recv().await {
        let Ok(permit) = Arc::clone(&limit).acquire_owned().await else {
            break;
        };
        let Some(g) = gw.upgrade() else { break };
        tokio::spawn(async move {
            g.deliver_notice(job).await;
            drop(permit);
        });
    }
}

impl Gateway {
    /// Lets the channels' workers reach the gateway (once; `Gateway::start` calls it).
    pub(crate) fn start_notifier(self: &Arc<Self>) {
        let _ = self.notifier.gw.set(Arc::downgrade(self));
    }

    /// The queue of `channel`, its worker started with its first notice.
    fn queue(&self, channel: &str) -> Option<mpsc::Sender<Job>> {
        let gw = self.notifier.gw.get()?.clone();
        let mut queues = self.notifier.queues.lock().ok()?;
        if let Some(tx) = queues.get(channel)
            && !tx.is_closed()
        {
            return Some(tx.clone());
        }
        let (tx, rx) = mpsc::channel(QUEUE);
        tokio::spawn(run(gw, rx));
        queues.insert(channel.to_owned(), tx.clone());
        Some(tx)
    }

    /// The notice for `a`, its arguments as `notify.arguments` lets them out.
    fn notice(&self, a: &Approval, kind: NoticeKind) -> Notice {
        let dep = self.dep();
        let arguments = match dep.notify.arguments {
            NotifyArguments::None => None,
            NotifyArguments::Names => Some(match &a.action.arguments {
                Value::Object(m) => {
                    Value::Array(m.keys().map(|k| Value::String(k.clone())).collect())
                }
                _ => Value::Array(Vec::new()),
            }),
            NotifyArguments::Masked => {
                let rules = Rules {
                    pii: Mode::Mask,
                    secret: Mode::Mask,
                };
                let scanner = self.scanner();
                // A scan that cannot finish says nothing rather than too much.
                Some(
                    redact_json_across(
                        &scanner,
                        &a.action.arguments,
                        rules,
                        &mut Pseudonyms::default(),
                    )
                    .map(|(v, _)| v)
                    .unwrap_or_else(|_| Value::String("[arguments withheld]".into())),
                )
            }
        };
        let arguments = arguments.map(|a| {
            if serde_json::to_vec(&a).map_or(0, |v| v.len()) > MAX_ARGUMENTS_BYTES {
                Value::String(format!(
                    "[arguments larger than {} KiB: see the approval in the console]",
                    MAX_ARGUMENTS_BYTES / 1024
                ))
            } else {
                a
            }
        });
        let detail = (kind == NoticeKind::Outcome).then(|| {
            let votes: Vec<String> = a
                .votes
                .iter()
                .map(|v| {
                    format!(
                        "{} {}",
                        if v.approve {
                            "approved by"
                        } else {
                            "denied by"
                        },
                        v.approver
                    )
                })
                .collect();
            let message = a
                .result
                .as_ref()
                .and_then(|r| {
                    r.body
                        .get("message")
                        .and_then(Value::as_str)
                        .map(str::to_owned)
                })
                .unwrap_or_default();
            let mut d = a.state.as_str().to_owned();
            if !votes.is_empty() {
                d.push_str(&format!(" ({})", votes.join(", ")));
            }
            if !message.is_empty() {
                d.push_str(&format!(": {message}"));
            }
            d
        });
        Notice {
            kind,
            approval_id: a.action.id.clone(),
            agent: a.action.agent.clone(),
            owner: dep
                .agents
                .get(&a.action.agent)
                .map(|x| x.owner.clone())
                .unwrap_or_default(),
            tool: a.action.tool.clone(),
            groups: a
                .requirements
                .iter()
                .flat_map(|r| r.groups.iter().cloned())
                .collect(),
            policies: a.policies.clone(),
            state: a.state.as_str().to_owned(),
            created_at: a.created_at.to_rfc3339(),
            expires_at: a.expires_at.to_rfc3339(),
            arguments,
            link: dep
                .notify
                .console_url
                .as_ref()
                .map(|u| format!("{u}/approvals/{}", a.action.id)),
            detail,
        }
    }

    /// Queues `notice` for `channel`; a full queue drops it, recorded.
    pub(crate) async fn enqueue(&self, channel: &str, notice: Note, to: Option<Vec<String>>) {
        let delivery = warden_types::random_id("ntf").unwrap_or_else(|_| "ntf_unknown".into());
        let job = Job {
            channel: channel.to_owned(),
            notice,
            to,
            delivery,
        };
        let Some(tx) = self.queue(channel) else {
            self.record_delivery(
                &job,
                0,
                Some("the notification worker is not running; dropped"),
            )
            .await;
            return;
        };
        if let Err(mpsc::error::TrySendError::Full(job) | mpsc::error::TrySendError::Closed(job)) =
            tx.try_send(job)
        {
            tracing::warn!(channel, "notification queue full; a notice is dropped");
            self.record_delivery(&job, 0, Some("the notification queue is full; dropped"))
                .await;
        }
    }

    /// Tells the channels of every group that decides `a` that it waits.
    pub(crate) async fn notify_held(&self, a: &Approval) {
        self.notify_groups(a, NoticeKind::Held).await;
    }

    async fn notify_groups(&self, a: &Approval, kind: NoticeKind) {
        let dep = self.dep();
        let mut channels: Vec<&String> = a
            .requirements
            .iter()
            .flat_map(|r| &r.groups)
            .filter_map(|g| dep.notify.groups.get(g))
            .flatten()
            .collect();
        channels.sort();
        channels.dedup();
        if channels.is_empty() {
            return;
        }
        let notice = self.notice(a, kind);
        for c in channels {
            self.enqueue(c, Note::Approval(Box::new(notice.clone())), None)
                .await;
        }
    }

    /// Tells the `notify.outcomes` channels how `a` ended (called once per final state).
    pub(crate) async fn notify_outcome(&self, a: &Approval) {
        let dep = self.dep();
        if dep.notify.outcomes.is_empty() {
            return;
        }
        let notice = self.notice(a, NoticeKind::Outcome);
        let owner = notice.owner.clone();
        for c in &dep.notify.outcomes {
            let to = match dep.notify.channels.get(c) {
                Some(NotifyChannel::Email(_)) if owner.contains('@') => Some(vec![owner.clone()]),
                _ => None,
            };
            self.enqueue(c, Note::Approval(Box::new(notice.clone())), to)
                .await;
        }
        if let Ok(mut r) = self.notifier.reminded.lock() {
            r.remove(&a.action.id);
        }
    }

    /// Outcome notices for approvals a halt or a revocation cancelled.
    pub(crate) async fn notify_cancelled(&self, ids: &[String]) {
        for id in ids {
            if let Ok(Some(a)) = self.store.approval(id).await
                && a.state == ApprovalState::Cancelled
            {
                self.notify_outcome(&a).await;
            }
        }
    }

    /// Reminds the groups of every pending approval that expires within
    /// `notify.remind_before` (once per approval and process).
    pub(crate) async fn remind_due(&self) {
        let dep = self.dep();
        let lead = dep.notify.remind_before;
        if lead.is_zero() || dep.notify.groups.is_empty() {
            return;
        }
        let now = Timestamp::now();
        let soon = now.plus_seconds(i64::try_from(lead.as_secs()).unwrap_or(i64::MAX));
        // Every pending approval, page by page (the oldest expire first).
        let mut pending: Vec<Approval> = Vec::new();
        let mut before: Option<String> = None;
        for _ in 0..100 {
            let page = match self
                .store
                .approvals(
                    Some(ApprovalState::Pending),
                    before.clone(),
                    crate::MAX_PAGE,
                )
                .await
            {
                Ok(p) => p,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot list pending approvals for reminders");
                    return;
                }
            };
            let full = page.len() as u64 == crate::MAX_PAGE;
            before = page.last().map(|a| a.action.id.clone());
            pending.extend(page);
            if !full {
                break;
            }
        }
        let due: Vec<&Approval> = {
            let Ok(mut reminded) = self.notifier.reminded.lock() else {
                return;
            };
            let live: HashSet<&str> = pending.iter().map(|a| a.action.id.as_str()).collect();
            reminded.retain(|id| live.contains(id.as_str()));
            pending
                .iter()
                .filter(|a| a.expires_at <= soon && a.expires_at > now)
                .filter(|a| reminded.insert(a.action.id.clone()))
                .collect()
        };
        for a in due {
            self.notify_groups(a, NoticeKind::Reminder).await;
        }
    }

    /// The channel's credentials resolved for one delivery.
    fn target(&self, channel: &NotifyChannel, job: &Job) -> Result<Target, String> {
        Ok(match channel {
            NotifyChannel::Webhook { url, secret } => Target::Webhook {
                url: url.clone(),
                secret: self.render_header(secret)?,
            },
            NotifyChannel::Slack { url } => Target::Slack {
                url: self.render_header(url)?,
                buttons: self.dep().notify.slack_signing_secret.is_some(),
            },
            NotifyChannel::Email(e) => {
                let credentials = match (&e.username, &e.password) {
                    (Some(u), Some(p)) => Some((self.render_header(u)?, self.render_header(p)?)),
                    _ => None,
                };
                Target::Email {
                    channel: Box::new(e.clone()),
                    to: job.to.clone().unwrap_or_else(|| e.to.clone()),
                    credentials,
                }
            }
        })
    }

    /// Delivers one job with its retries, and records how it ended.
    async fn deliver_notice(&self, job: Job) {
        let dep = self.dep();
        let Some(channel) = dep.notify.channels.get(&job.channel) else {
            self.record_delivery(&job, 0, Some("the channel is no longer configured"))
                .await;
            return;
        };
        let target = match self.target(channel, &job) {
            Ok(t) => t,
            Err(e) => {
                tracing::warn!(channel = %job.channel, error = %e, "cannot resolve a notification channel's credentials");
                self.record_delivery(
                    &job,
                    0,
                    Some("the channel's credential could not be resolved"),
                )
                .await;
                return;
            }
        };
        let attempts = dep.notify.attempts.max(1);
        let mut wait = dep.notify.retry_base;
        for attempt in 1..=attempts {
            let now = Timestamp::now();
            let sent = warden_notify::deliver(
                &self.llm_http,
                &target,
                job.notice.message(),
                &job.delivery,
                now.unix_seconds(),
                &now.to_rfc3339(),
            )
            .await;
            match sent {
                Ok(()) => {
                    self.record_delivery(&job, attempt, None).await;
                    return;
                }
                Err(e) if e.retry && attempt < attempts => {
                    tracing::warn!(channel = %job.channel, attempt, error = %e, "notification not delivered; retrying");
                    tokio::time::sleep(wait).await;
                    wait = wait.saturating_mul(2);
                }
                Err(e) => {
                    tracing::warn!(channel = %job.channel, attempt, error = %e, "notification not delivered");
                    self.record_delivery(&job, attempt, Some(&e.message)).await;
                    return;
                }
            }
        }
    }

    async fn record_delivery(&self, job: &Job, attempts: u32, error: Option<&str>) {
        self.metrics().notification(&job.channel, error.is_none());
        let (approval, agent, tool, alerts) = match &job.notice {
            Note::Approval(n) => (
                Some(n.approval_id.as_str()),
                Some(n.agent.as_str()),
                Some(n.tool.as_str()),
                Vec::new(),
            ),
            Note::Alerts(a) => {
                let agents: std::collections::BTreeSet<&str> =
                    a.alerts.iter().filter_map(|l| l.agent.as_deref()).collect();
                (
                    None,
                    // One agent is named; a group about several names none.
                    (agents.len() == 1)
                        .then(|| agents.into_iter().next())
                        .flatten(),
                    None,
                    a.alerts.iter().map(|l| l.id.clone()).collect(),
                )
            }
        };
        let d = Delivery {
            channel: &job.channel,
            kind: job.notice.message().event(),
            delivery: &job.delivery,
            approval_id: approval,
            agent,
            tool,
            alerts: &alerts,
            attempts,
            error,
        };
        if let Err(e) = AdminLog(&*self.store).notification(&d).await {
            tracing::error!(error = %e, "cannot record a notification's delivery");
        }
    }
}
