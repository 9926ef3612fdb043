//! The vault in the gateway: which master key opens it, secret versions, scoping to agents,
//! resolution of `{{secret:NAME}}` at execution time, and the admin operations.

use std::sync::{Arc, RwLock};

use serde::Serialize;
use serde_json::json;
use warden_store::{SecretState, SecretVersion, Store};
use warden_types::{AuditEvent, Deployment, ErrorCode, EventKind, Outcome, Timestamp};
use warden_vault::backend::{Backend, WriteError};
use warden_vault::rotation::{self, Retries};
use warden_vault::{MasterKey, Sealed, source};

use crate::admin_log::AdminLog;
use crate::{Env, Gateway, LoadError, Refusal};

pub use warden_vault::source::MASTER_KEY_ENV;
/// Longest secret value accepted.
pub const MAX_SECRET_BYTES: usize = 64 * 1024;

/// An opened vault: where the values live and the secret versions (sealed), cached.
pub struct Vault {
    /// Where the values live: sealed under the master key, or in an external vault.
    backend: Backend,
    versions: RwLock<Vec<SecretVersion>>,
    /// Failed rotations, retried after [`ROTATION_RETRY`], not on every tick.
    retries: Retries,
    /// Usage by secret, then agent; rebuilt from the audit log at start.
    usage: std::sync::Mutex<
        std::collections::BTreeMap<String, std::collections::BTreeMap<String, Usage>>,
    >,
}

/// Uses of one secret by one agent.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Usage {
    /// How many injections.
    pub count: u64,
    /// First one.
    pub first: Option<String>,
    /// Last one.
    pub last: Option<String>,
    /// Recent uses (unix seconds), for the rate alert; not serialised.
    #[serde(skip)]
    recent: std::collections::VecDeque<i64>,
    /// When the rate alert last fired (unix seconds).
    #[serde(skip)]
    rate_alerted: Option<i64>,
}

/// Uses per minute of one secret by one agent above which an alert is raised (at most one a
/// minute).
pub const RATE_ALERT_PER_MINUTE: usize = 60;

pub use warden_vault::rotation::ROTATION_RETRY;
/// The largest answer a rotation hook may give: a secret and its JSON envelope.
const MAX_HOOK_ANSWER_BYTES: usize = MAX_SECRET_BYTES + 1024;

/// Longest a rotator (command or HTTP hook) may run.
pub const ROTATOR_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Secret names: lowercase letters, digits, `_`, `-`, `.`; 1–128.
pub fn is_secret_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-' | b'.')
        })
}

/// The vault's key sources, checked without the store (what `warden check config` can see);
/// see [`warden_vault::source::check_sources`].
pub(crate) async fn check_sources(dep: &Deployment, env: &Env) -> Result<(), LoadError> {
    source::check_sources(
        dep.vault_key_file.as_deref(),
        dep.vault_transit.as_ref(),
        dep.vault_kv.as_ref(),
        env.as_ref(),
    )
    .await
    .map_err(LoadError::Vault)
}

/// The master key from `WARDEN_MASTER_KEY` or `vault.master_key_file`, else unwrapped by the
/// transit key (on first start a random one is made, wrapped and stored, wrapped only), else
/// none.
async fn master_key(
    dep: &Deployment,
    store: &Arc<dyn Store>,
    env: &Env,
) -> Result<Option<MasterKey>, LoadError> {
    if let Some(key) = source::local_master(dep.vault_key_file.as_deref(), env.as_ref())
        .map_err(LoadError::Vault)?
    {
        return Ok(Some(key));
    }
    let Some(cfg) = &dep.vault_transit else {
        return Ok(None);
    };
    let transit = source::transit_client(cfg, env.as_ref()).map_err(LoadError::Vault)?;
    let stored = store.wrapped_master_key().await?;
    source::master_from_transit(&transit, stored, |wrapped| {
        store.init_wrapped_master_key(wrapped)
    })
    .await
    .map(Some)
    .map_err(|e| match e {
        source::TransitError::Source(m) => LoadError::Vault(m),
        source::TransitError::Keep(e) => LoadError::Store(e),
    })
}

/// Opens the vault before anything else starts (see [`Vault::open`]), so that MCP servers can
/// be given vault secrets.
pub async fn open_vault(
    dep: &Deployment,
    store: &Arc<dyn Store>,
    env: &Env,
) -> Result<Option<Arc<Vault>>, LoadError> {
    Ok(Vault::open(dep, store, env).await?.map(Arc::new))
}

impl Vault {
    /// Opens the vault with the master key from `WARDEN_MASTER_KEY` or `vault.master_key_file`.
    /// No key: no vault, unless the database already holds secrets (then start is refused).
    /// A key that did not seal this database: start is refused, nothing is written.
    pub(crate) async fn open(
        dep: &Deployment,
        store: &Arc<dyn Store>,
        env: &Env,
    ) -> Result<Option<Self>, LoadError> {
        let master = master_key(dep, store, env).await?;
        if let Some(kv) = source::kv_backend(dep.vault_kv.as_ref(), env.as_ref())
            .await
            .map_err(LoadError::Vault)?
        {
            let versions = store.secret_versions().await?;
            let live = versions
                .iter()
                .filter(|v| v.state != SecretState::Revoked)
                .map(|v| (v.name.as_str(), v.version, &v.sealed));
            let backend = Backend::external(kv, master, live)
                .await
                .map_err(LoadError::Vault)?;
            return Ok(Some(Self {
                backend,
                versions: RwLock::new(versions),
                retries: Retries::default(),
                usage: std::sync::Mutex::new(std::collections::BTreeMap::new()),
            }));
        }
        let stored = store.vault_verifier().await?;
        let Some(master) = master else {
            if stored.is_some() {
                return Err(LoadError::Vault(format!(
                    "this database holds a vault but no master key is set ({MASTER_KEY_ENV} or `vault.master_key_file`)"
                )));
            }
            return Ok(None);
        };
        match stored {
            Some(v) => {
                let sealed: Sealed = serde_json::from_value(v)
                    .map_err(|e| LoadError::Vault(format!("the vault verifier is damaged: {e}")))?;
                warden_vault::check(&master, &sealed)
                    .map_err(|e| LoadError::Vault(e.to_string()))?;
            }
            None => {
                let v =
                    warden_vault::verifier(&master).map_err(|e| LoadError::Vault(e.to_string()))?;
                let v = serde_json::to_value(&v).map_err(|e| LoadError::Vault(e.to_string()))?;
                store.init_vault_verifier(v).await?;
            }
        }
        let versions = store.secret_versions().await?;
        // Past uses, so that "first use" means first ever, not first since start.
        let mut usage: std::collections::BTreeMap<
            String,
            std::collections::BTreeMap<String, Usage>,
        > = std::collections::BTreeMap::new();
        let past = store
            .query_audit(warden_store::AuditFilter {
                event: Some("secret.used".into()),
                limit: Some(1_000_000),
                ..Default::default()
            })
            .await?;
        for r in past {
            let (Some(agent), Some(secret)) = (
                r.event.agent.clone(),
                r.event
                    .output
                    .get("secret")
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_owned),
            ) else {
                continue;
            };
            let u = usage.entry(secret).or_default().entry(agent).or_default();
            u.count += 1;
            if u.first.is_none() {
                u.first = Some(r.ts.clone());
            }
            u.last = Some(r.ts.clone());
        }
        Ok(Some(Self {
            backend: Backend::local(master),
            versions: RwLock::new(versions),
            retries: Retries::default(),
            usage: std::sync::Mutex::new(usage),
        }))
    }

    /// The value of one version, from where it lives.
    fn open_value(&self, v: &SecretVersion) -> Result<warden_vault::Zeroizing<String>, String> {
        self.backend.read(&v.name, v.version, &v.sealed)
    }

    /// The values of every current and previous (in grace) version: what must never come back
    /// out of Warden.
    pub(crate) fn known_values(&self) -> Result<Vec<String>, String> {
        let versions = self
            .versions
            .read()
            .map_err(|_| "vault cache poisoned".to_owned())?;
        let mut out = Vec::new();
        for v in versions.iter().filter(|v| v.state != SecretState::Revoked) {
            out.push(self.open_value(v)?.to_string());
        }
        Ok(out)
    }

    /// The current value of `name` for `agent`, with the secret and version used; `Err` says
    /// why not (never the value). An agent-scoped secret `name.agent` takes precedence over
    /// `name` whenever it exists, even revoked: revoking one agent's credential stops that
    /// agent without falling back to a shared one, and leaves the others working.
    pub(crate) fn resolve(&self, name: &str, agent: &str) -> Result<(String, String, u32), String> {
        let versions = self
            .versions
            .read()
            .map_err(|_| "vault cache poisoned".to_owned())?;
        let own = format!("{name}.{agent}");
        let lineage = if versions.iter().any(|v| v.name == own) {
            own
        } else {
            name.to_owned()
        };
        let current = versions
            .iter()
            .find(|v| v.name == lineage && v.state == SecretState::Current)
            .ok_or_else(|| format!("no current version of secret `{lineage}`"))?;
        if !current.agents.iter().any(|a| a == agent) {
            return Err(format!("agent `{agent}` may not use secret `{lineage}`"));
        }
        let value = self.open_value(current)?;
        Ok((value.to_string(), lineage, current.version))
    }
}

impl Vault {
    /// Counts one use and says what is unusual about it (alerts to record).
    pub(crate) fn note_use(
        &self,
        secret: &str,
        agent: &str,
        roles_of: &dyn Fn(&str) -> Vec<String>,
    ) -> Vec<String> {
        let Ok(mut usage) = self.usage.lock() else {
            return Vec::new();
        };
        let per_agent = usage.entry(secret.to_owned()).or_default();
        let mut alerts = Vec::new();
        let first_by_agent = per_agent.get(agent).is_none_or(|u| u.count == 0);
        if first_by_agent {
            let my_roles = roles_of(agent);
            let role_used_before = per_agent
                .iter()
                .filter(|(a, u)| a.as_str() != agent && u.count > 0)
                .any(|(a, _)| roles_of(a).iter().any(|r| my_roles.contains(r)));
            if per_agent.values().any(|u| u.count > 0) && !role_used_before {
                alerts.push(format!(
                    "secret `{secret}` used by agent `{agent}`, whose role(s) {} never used it before",
                    my_roles.join(", ")
                ));
            } else {
                alerts.push(format!(
                    "secret `{secret}` used by agent `{agent}` for the first time"
                ));
            }
        }
        let now = Timestamp::now();
        let secs = now.0 / 1_000_000;
        let u = per_agent.entry(agent.to_owned()).or_default();
        u.count += 1;
        if u.first.is_none() {
            u.first = Some(now.to_rfc3339());
        }
        u.last = Some(now.to_rfc3339());
        u.recent.push_back(secs);
        while u.recent.front().is_some_and(|t| *t <= secs - 60) {
            u.recent.pop_front();
        }
        if u.recent.len() > RATE_ALERT_PER_MINUTE && u.rate_alerted.is_none_or(|t| t <= secs - 60) {
            u.rate_alerted = Some(secs);
            alerts.push(format!(
                "secret `{secret}` used {} times in the last minute by agent `{agent}` (alert threshold {RATE_ALERT_PER_MINUTE})",
                u.recent.len()
            ));
        }
        alerts
    }

    fn usage_of(&self, secret: &str) -> serde_json::Value {
        self.usage
            .lock()
            .ok()
            .and_then(|u| u.get(secret).cloned())
            .map(|m| serde_json::to_value(m).unwrap_or_default())
            .unwrap_or_else(|| json!({}))
    }
}

/// A secret as operators see it: metadata, never the value.
#[derive(Debug, Clone, Serialize)]
pub struct SecretView {
    /// Name.
    pub name: String,
    /// Current version, if any.
    pub current_version: Option<u32>,
    /// Agents allowed to use the current version.
    pub agents: Vec<String>,
    /// Every version: number, state, who stored it, when, grace, revocation.
    pub versions: Vec<serde_json::Value>,
    /// Uses per agent: count, first, last.
    pub usage: serde_json::Value,
}

fn view(name: &str, versions: &[SecretVersion]) -> SecretView {
    let mine: Vec<&SecretVersion> = versions.iter().filter(|v| v.name == name).collect();
    let current = mine.iter().find(|v| v.state == SecretState::Current);
    SecretView {
        name: name.to_owned(),
        current_version: current.map(|v| v.version),
        agents: current.map(|v| v.agents.clone()).unwrap_or_default(),
        versions: mine
            .iter()
            .map(|v| {
                json!({
                    "version": v.version, "state": v.state, "created_by": v.created_by,
                    "created_at": v.created_at.to_rfc3339(),
                    "grace_until": v.grace_until.map(|t| t.to_rfc3339()),
                    "revoked_at": v.revoked_at.map(|t| t.to_rfc3339()),
                    "agents": v.agents,
                })
            })
            .collect(),
        usage: json!({}),
    }
}

impl Gateway {
    fn vault_or_refuse(&self) -> Result<&Vault, Refusal> {
        self.vault.as_deref().ok_or_else(|| {
            Refusal::new(
                ErrorCode::Conflict,
                format!("no vault: start Warden with a master key ({MASTER_KEY_ENV} or `vault.master_key_file`)"),
            )
        })
    }

    /// Stores a new version of `name` (the first, or a rotation): sealed under a fresh data
    /// key; the previous version stays usable for `vault.grace`, then only for scrubbing until
    /// revoked. The value is never logged, recorded or returned.
    pub async fn put_secret(
        &self,
        op: &crate::Admin,
        name: &str,
        value: &str,
        agents: Vec<String>,
    ) -> Result<SecretView, Refusal> {
        let vault = self.vault_or_refuse()?;
        if !is_secret_name(name) {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "secret names are 1-128 lowercase letters, digits, `_`, `-` and `.`",
            ));
        }
        if value.is_empty() || value.len() > MAX_SECRET_BYTES {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "the value must be 1 to 65536 bytes",
            ));
        }
        // `mcp:<server>` scopes a secret to an MCP server's environment or headers; the server
        // may be declared later (it needs the secret to start). `llm:<provider>` scopes it to
        // an LLM provider's credential.
        let known = |a: &String| {
            self.dep().agents.contains_key(a)
                || a.strip_prefix("llm:")
                    .is_some_and(|p| self.dep().providers.contains_key(p))
                || a.strip_prefix("mcp:").is_some_and(|s| {
                    !s.is_empty()
                        && s.bytes().all(|b| {
                            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
                        })
                })
        };
        if let Some(unknown) = agents.iter().find(|a| !known(a)) {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                format!(
                    "no agent (or MCP server `mcp:<name>`, LLM provider `llm:<name>`) `{unknown}` is configured"
                ),
            ));
        }
        let next = match vault.versions.read() {
            Ok(v) => {
                v.iter()
                    .filter(|v| v.name == name)
                    .map(|v| v.version)
                    .max()
                    .unwrap_or(0)
                    + 1
            }
            Err(_) => return Err(Refusal::internal()),
        };
        let sealed = vault
            .backend
            .write(name, next, value)
            .await
            .map_err(|e| match e {
                WriteError::External(e) => {
                    tracing::error!(error = %e, "cannot write a secret to the external vault");
                    Refusal::new(ErrorCode::UpstreamError, e)
                }
                WriteError::Seal => Refusal::internal(),
            })?;
        let now = Timestamp::now();
        let version = SecretVersion {
            name: name.to_owned(),
            version: next,
            state: SecretState::Current,
            agents: agents.clone(),
            created_by: op.name.clone(),
            created_at: now,
            grace_until: None,
            revoked_at: None,
            sealed,
        };
        let grace =
            now.plus_seconds(i64::try_from(self.dep().vault_grace.as_secs()).unwrap_or(i64::MAX));
        AdminLog(&*self.store)
            .secret_stored(&op.name, version.clone(), grace)
            .await
            .map_err(|err| {
                tracing::error!(error = %err, "cannot store a secret");
                Refusal::internal()
            })?;
        let snapshot = {
            let mut cache = vault.versions.write().map_err(|_| Refusal::internal())?;
            for v in cache
                .iter_mut()
                .filter(|v| v.name == name && v.state == SecretState::Current)
            {
                v.state = SecretState::Previous;
                v.grace_until = Some(grace);
            }
            cache.push(version);
            cache.clone()
        };
        self.refresh_known_secrets().map_err(|e| {
            tracing::error!(error = %e, "cannot rebuild the secret scrubber");
            Refusal::internal()
        })?;
        Ok(view(name, &snapshot))
    }

    /// Every secret's metadata.
    pub fn list_secrets(&self, _admin: &crate::Admin) -> Result<Vec<SecretView>, Refusal> {
        let vault = self.vault_or_refuse()?;
        let versions = vault.versions.read().map_err(|_| Refusal::internal())?;
        let mut names: Vec<&str> = versions.iter().map(|v| v.name.as_str()).collect();
        names.dedup();
        Ok(names.into_iter().map(|n| view(n, &versions)).collect())
    }

    /// One secret's metadata and history.
    pub fn secret(&self, _admin: &crate::Admin, name: &str) -> Result<SecretView, Refusal> {
        let vault = self.vault_or_refuse()?;
        let versions = vault.versions.read().map_err(|_| Refusal::internal())?;
        if !versions.iter().any(|v| v.name == name) {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("no secret `{name}`"),
            ));
        }
        let mut v = view(name, &versions);
        v.usage = vault.usage_of(name);
        Ok(v)
    }

    /// Revokes one version or all of `name`: no longer injected; its value stays in the
    /// scrubber only while another version of the same secret is live.
    pub async fn revoke_secret(
        &self,
        op: &crate::Admin,
        name: &str,
        version: Option<u32>,
    ) -> Result<SecretView, Refusal> {
        let vault = self.vault_or_refuse()?;
        let now = Timestamp::now();
        let n = AdminLog(&*self.store)
            .secret_revoked(&op.name, name, version, now)
            .await
            .map_err(|err| {
                tracing::error!(error = %err, "cannot revoke a secret");
                Refusal::internal()
            })?;
        if n == 0 {
            return Err(Refusal::new(
                ErrorCode::NotFound,
                format!("no live version of secret `{name}` to revoke"),
            ));
        }
        let snapshot = {
            let mut cache = vault.versions.write().map_err(|_| Refusal::internal())?;
            for v in cache
                .iter_mut()
                .filter(|v| v.name == name && v.state != SecretState::Revoked)
                .filter(|v| version.is_none_or(|want| want == v.version))
            {
                v.state = SecretState::Revoked;
                v.revoked_at = Some(now);
            }
            cache.clone()
        };
        self.refresh_known_secrets()
            .map_err(|_| Refusal::internal())?;
        Ok(view(name, &snapshot))
    }

    /// Previous versions whose grace period has passed are revoked (recorded): after a
    /// rotation the old credential stays live for `vault.grace`, then it is gone.
    pub async fn expire_secret_versions(&self) {
        let Some(vault) = &self.vault else { return };
        let now = Timestamp::now();
        let due: Vec<(String, u32)> = match vault.versions.read() {
            Ok(v) => v
                .iter()
                .filter(|v| {
                    v.state == SecretState::Previous && v.grace_until.is_some_and(|g| g.0 <= now.0)
                })
                .map(|v| (v.name.clone(), v.version))
                .collect(),
            Err(_) => return,
        };
        for (name, version) in due {
            // The value, read before Warden wipes it, for the provider-side revocation.
            let revoke_hook = self
                .dep()
                .rotations
                .get(&name)
                .and_then(|r| r.revoke.clone());
            let old_value = match &revoke_hook {
                Some(_) => vault.versions.read().ok().and_then(|versions| {
                    versions
                        .iter()
                        .find(|v| v.name == name && v.version == version)
                        .and_then(|v| vault.open_value(v).ok())
                }),
                None => None,
            };
            match AdminLog(&*self.store)
                .secret_grace_ended(&name, version, now)
                .await
            {
                Ok(_) => {
                    if let Ok(mut cache) = vault.versions.write() {
                        for v in cache
                            .iter_mut()
                            .filter(|v| v.name == name && v.version == version)
                        {
                            v.state = SecretState::Revoked;
                            v.revoked_at = Some(now);
                        }
                    }
                    if let Err(e) = self.refresh_known_secrets() {
                        tracing::error!(error = %e, "cannot rebuild the secret scrubber");
                    }
                    if let Some(hook) = &revoke_hook {
                        self.revoke_at_provider(&name, version, hook, old_value.as_deref())
                            .await;
                    }
                }
                Err(err) => {
                    tracing::error!(error = %err, "cannot revoke an expired secret version")
                }
            }
        }
    }

    /// The secrets only `agent` may use (their current version names it alone).
    pub(crate) fn credentials_of(&self, agent: &str) -> Vec<String> {
        let Some(vault) = &self.vault else {
            return Vec::new();
        };
        match vault.versions.read() {
            Ok(v) => v
                .iter()
                .filter(|v| v.state == SecretState::Current && v.agents == [agent])
                .map(|v| v.name.clone())
                .collect(),
            Err(_) => Vec::new(),
        }
    }

    /// Rotates `name` now (its rotator mints the new value) and revokes the previous version
    /// at once — no grace period — at its provider too when a revoke hook is configured.
    pub(crate) async fn rotate_now(&self, name: &str) -> Result<(), String> {
        let (old_value, _, old_version) = self.current_value(name)?;
        let agents = self
            .vault
            .as_ref()
            .and_then(|v| v.versions.read().ok())
            .and_then(|v| {
                v.iter()
                    .find(|x| x.name == name && x.version == old_version)
                    .map(|x| x.agents.clone())
            })
            .unwrap_or_default();
        let value = self.run_rotator(name).await?;
        let op = crate::Admin::internal("halt");
        self.put_secret(&op, name, &value, agents)
            .await
            .map_err(|r| r.message)?;
        self.revoke_secret(&op, name, Some(old_version))
            .await
            .map_err(|r| r.message)?;
        if let Some(hook) = self
            .dep()
            .rotations
            .get(name)
            .and_then(|r| r.revoke.clone())
        {
            let old: String = old_value.to_string();
            self.revoke_at_provider(name, old_version, &hook, Some(&old))
                .await;
        }
        Ok(())
    }

    /// Revokes an expired version at its provider through the rotation's revoke hook; the
    /// outcome is recorded, a failure as an alert (Warden no longer uses the value either way).
    async fn revoke_at_provider(
        &self,
        name: &str,
        version: u32,
        hook: &warden_types::Hook,
        value: Option<&String>,
    ) {
        let result = match value {
            Some(v) => self
                .run_hook(name, hook, "revoke", version, v)
                .await
                .map(|_| ()),
            None => Err("the value could not be read back for the revoke hook".into()),
        };
        if let Err(why) = &result {
            tracing::warn!(secret = %name, version, reason = %why, "revoking a previous secret version at its provider failed");
        }
        AdminLog(&*self.store)
            .secret_revoked_at_provider(name, version, result)
            .await;
    }

    /// Secrets with a rotation policy, when their current version is due, and whether it is
    /// overdue now.
    pub fn secrets_due(&self, _admin: &crate::Admin) -> Result<Vec<serde_json::Value>, Refusal> {
        let vault = self.vault_or_refuse()?;
        let versions = vault.versions.read().map_err(|_| Refusal::internal())?;
        let now = Timestamp::now();
        Ok(self
            .dep()
            .rotations
            .iter()
            .map(|(name, r)| {
                let current = versions
                    .iter()
                    .find(|v| &v.name == name && v.state == SecretState::Current);
                let due = current.map(|c| rotation::due_at(c.created_at, r.every));
                json!({
                    "name": name,
                    "version": current.map(|c| c.version),
                    "every_seconds": r.every.as_secs(),
                    "due_at": due.map(|d| d.to_rfc3339()),
                    "overdue": due.is_none_or(|d| d.0 <= now.0),
                })
            })
            .collect())
    }

    /// Rotates every secret whose rotation is due: the rotator gets the current value on
    /// standard input and answers the new one on standard output. A failure keeps the current
    /// version, is recorded as `secret.rotation_failed` (an alert) and is retried later.
    pub async fn rotate_due(&self) {
        let Some(vault) = &self.vault else { return };
        let now = Timestamp::now();
        let due: Vec<(String, Vec<String>)> = match vault.versions.read() {
            Ok(versions) => self
                .dep()
                .rotations
                .iter()
                .filter_map(|(name, r)| {
                    let current = versions
                        .iter()
                        .find(|v| &v.name == name && v.state == SecretState::Current)?;
                    rotation::is_due(current.created_at, r.every, now)
                        .then(|| (name.clone(), current.agents.clone()))
                })
                .collect(),
            Err(_) => return,
        };
        for (name, agents) in due {
            if vault.retries.waiting(&name) {
                continue;
            }
            match self.run_rotator(&name).await {
                Ok(value) => {
                    let op = crate::Admin::internal("rotator");
                    match self.put_secret(&op, &name, &value, agents).await {
                        Ok(_) => vault.retries.succeeded(&name),
                        Err(r) => self.rotation_failed(&name, &r.message).await,
                    }
                }
                Err(why) => self.rotation_failed(&name, &why).await,
            }
        }
    }

    async fn rotation_failed(&self, name: &str, why: &str) {
        if let Some(vault) = &self.vault {
            vault.retries.failed(name);
        }
        tracing::warn!(secret = %name, reason = %why, "secret rotation failed; the current version stays active");
        AdminLog(&*self.store)
            .secret_rotation_failed(name, why)
            .await;
    }

    /// Runs the rotator of `name`; its answer is the new value. Errors never carry a value.
    async fn run_rotator(&self, name: &str) -> Result<String, String> {
        let dep = self.dep();
        let policy = dep.rotations.get(name).ok_or("no rotation policy")?;
        let (current, _, version) = self.current_value(name)?;
        let answer = self
            .run_hook(name, &policy.mint, "rotate", version, &current)
            .await?;
        rotation::minted(answer, &current)
    }

    /// Runs one rotation hook with `value` (the current value to mint from, or the value to
    /// revoke) and returns its answer (the minted value; ignored when revoking). Errors never
    /// carry a value.
    async fn run_hook(
        &self,
        name: &str,
        hook: &warden_types::Hook,
        action: &str,
        version: u32,
        value: &str,
    ) -> Result<String, String> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        match hook {
            warden_types::Hook::Command { command, args } => {
                let mut child = tokio::process::Command::new(command)
                    .args(args)
                    .env_clear()
                    .env("PATH", std::env::var("PATH").unwrap_or_default())
                    .env("WARDEN_SECRET_NAME", name)
                    .env("WARDEN_SECRET_VERSION", version.to_string())
                    .env("WARDEN_ROTATION_ACTION", action)
                    .stdin(std::process::Stdio::piped())
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::null())
                    .kill_on_drop(true)
                    .spawn()
                    .map_err(|e| format!("cannot start the {action} hook `{command}`: {e}"))?;
                if let Some(mut stdin) = child.stdin.take() {
                    let _ = stdin.write_all(value.as_bytes()).await;
                }
                let mut out = Vec::new();
                let run = async {
                    if let Some(stdout) = child.stdout.take() {
                        let _ = stdout
                            .take(u64::try_from(MAX_SECRET_BYTES + 2).unwrap_or(u64::MAX))
                            .read_to_end(&mut out)
                            .await;
                    }
                    child.wait().await
                };
                let status = tokio::time::timeout(ROTATOR_TIMEOUT, run)
                    .await
                    .map_err(|_| format!("the {action} hook did not answer within 30 s"))?
                    .map_err(|e| format!("the {action} hook failed: {e}"))?;
                if !status.success() {
                    return Err(format!("the {action} hook exited with {status}"));
                }
                String::from_utf8(out)
                    .map_err(|_| format!("the {action} hook's answer is not text"))
            }
            warden_types::Hook::Http { url, headers } => {
                let client = warden_http::Policy::new()
                    .timeout(ROTATOR_TIMEOUT)
                    .build()
                    .map_err(|e| e.to_string())?;
                let mut req = client.post(url).json(&json!({
                    "secret": name,
                    "action": action,
                    "version": version,
                    "value": value,
                }));
                for (k, template) in headers {
                    req = req.header(k, self.hook_header(template)?.as_str());
                }
                let resp = req.send().await.map_err(|e| {
                    format!(
                        "the {action} hook at {url} cannot be reached: {}",
                        e.without_url()
                    )
                })?;
                let status = resp.status();
                if !status.is_success() {
                    return Err(format!(
                        "the {action} hook answered HTTP {}",
                        status.as_u16()
                    ));
                }
                if action != "rotate" {
                    return Ok(String::new());
                }
                let body = warden_http::read_capped(resp, MAX_HOOK_ANSWER_BYTES)
                    .await
                    .map_err(|e| match e {
                        warden_http::BodyError::TooLarge { .. } => {
                            format!("the {action} hook's answer is too large")
                        }
                        warden_http::BodyError::Broken(e) => format!(
                            "the {action} hook's answer cannot be read: {}",
                            e.without_url()
                        ),
                    })?;
                let answer: serde_json::Value = serde_json::from_slice(&body)
                    .map_err(|_| format!("the {action} hook's answer is not JSON"))?;
                answer
                    .get("value")
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_owned)
                    .ok_or_else(|| format!("the {action} hook's answer has no string `value`"))
            }
        }
    }

    /// A rotation hook header: `{{env:NAME}}` from the environment, `{{secret:name}}` the
    /// current version of a shared secret.
    pub(crate) fn hook_header(
        &self,
        template: &str,
    ) -> Result<warden_vault::Zeroizing<String>, String> {
        let template = warden_types::Template::parse(template).map_err(|e| match e {
            warden_types::TemplateError::Unclosed { .. } => {
                "an unclosed `{{` in a hook header".to_owned()
            }
            warden_types::TemplateError::Unknown { inner } => {
                format!("`{{{{{inner}}}}}` in a hook header is not `env:` or `secret:`")
            }
        })?;
        self.render_header(&template)
    }

    /// A hook or stream header with its references resolved: `{{env:NAME}}` from the
    /// environment, `{{secret:name}}` the current version of a shared secret.
    pub(crate) fn render_header(
        &self,
        template: &warden_types::Template,
    ) -> Result<warden_vault::Zeroizing<String>, String> {
        template.try_render(|reference| match reference {
            warden_types::Reference::Env(var) => (self.env)(var)
                .map(warden_vault::Zeroizing::new)
                .ok_or_else(|| format!("`{var}` is not set")),
            warden_types::Reference::Secret(secret) => Ok(self.current_value(secret)?.0),
        })
    }

    /// The current value of the shared secret `name` (for its rotator).
    fn current_value(
        &self,
        name: &str,
    ) -> Result<(warden_vault::Zeroizing<String>, String, u32), String> {
        let vault = self.vault.as_ref().ok_or("no vault")?;
        let versions = vault
            .versions
            .read()
            .map_err(|_| "vault cache poisoned".to_owned())?;
        let current = versions
            .iter()
            .find(|v| v.name == name && v.state == SecretState::Current)
            .ok_or_else(|| format!("no current version of `{name}`"))?;
        Ok((vault.open_value(current)?, name.to_owned(), current.version))
    }

    /// Counts uses of secrets by `agent` and returns the alerts they raise, as audit events.
    pub(crate) fn secret_alerts(&self, agent: &str, secrets: &[String]) -> Vec<AuditEvent> {
        let Some(vault) = &self.vault else {
            return Vec::new();
        };
        let roles_of = |a: &str| {
            self.dep()
                .agents
                .get(a)
                .map(|x| x.roles.clone())
                .unwrap_or_default()
        };
        secrets
            .iter()
            .flat_map(|s| {
                vault
                    .note_use(s, agent, &roles_of)
                    .into_iter()
                    .map(move |m| (s.clone(), m))
            })
            .map(|(secret, message)| {
                tracing::warn!(%secret, %agent, alert = %message, "secret usage alert");
                let mut e = AuditEvent::new(EventKind::SecretAlert, Outcome::Success, message);
                e.agent = Some(agent.to_owned());
                e.code = Some("secret_alert".into());
                e.output = json!({"secret": secret});
                e
            })
            .collect()
    }

    /// Resolves `{{secret:NAME}}` for one execution (see [`Gateway::execute`]).
    pub(crate) fn resolve_secret(
        &self,
        name: &str,
        agent: &str,
    ) -> Result<(String, String, u32), String> {
        match &self.vault {
            Some(v) => v.resolve(name, agent),
            None => Err(format!(
                "no vault is open, so secret `{name}` cannot be used"
            )),
        }
    }
}
