//! Where the master key and the external vault come from: `WARDEN_MASTER_KEY` or
//! `vault.master_key_file`, a transit key (`vault.transit`) that wraps a stored master key, and
//! the KV engine of `vault.backend`. One reader of each, for `serve` and `check config` alike.
//!
//! The store is not here: [`master_from_transit`] is given the wrapped key the database holds
//! and a closure that keeps a new one.

use std::future::Future;
use std::path::Path;

use base64::Engine;
use warden_types::{VaultKv, VaultTransit};

use crate::hashicorp::{Kv, Transit};
use crate::{KEY_BYTES, MasterKey, Zeroizing};

/// The environment variable holding the master key (base64 of 32 bytes).
pub const MASTER_KEY_ENV: &str = "WARDEN_MASTER_KEY";

/// Reads one environment variable (Warden's environment, or a test's).
pub type Env<'a> = &'a (dyn Fn(&str) -> Option<String> + Send + Sync);

/// A failure of [`master_from_transit`]: the transit key's, or keeping the wrapped key's.
#[derive(Debug)]
pub enum TransitError<E> {
    /// The transit key failed, or the key it unwrapped is not a master key (the message).
    Source(String),
    /// Keeping a new wrapped key failed.
    Keep(E),
}

/// The master key from `WARDEN_MASTER_KEY` or `key_file` (`vault.master_key_file`), if either
/// is set.
pub fn local_master(key_file: Option<&Path>, env: Env<'_>) -> Result<Option<MasterKey>, String> {
    match (env(MASTER_KEY_ENV), key_file) {
        (Some(text), _) => MasterKey::from_base64(&text)
            .map(Some)
            .map_err(|e| format!("{MASTER_KEY_ENV}: {e}")),
        (None, Some(path)) => MasterKey::from_file(path)
            .map(Some)
            .map_err(|e| e.to_string()),
        (None, None) => Ok(None),
    }
}

/// The transit engine of `vault.transit`, with its token from the environment.
pub fn transit_client(cfg: &VaultTransit, env: Env<'_>) -> Result<Transit, String> {
    let token = env(&cfg.token_env).ok_or_else(|| {
        format!(
            "`vault.transit` is set but `{}` (its token) is not",
            cfg.token_env
        )
    })?;
    Transit::new(cfg.clone(), token)
}

/// The external vault of `vault.backend`, if configured, checked to answer with its token.
pub async fn kv_backend(cfg: Option<&VaultKv>, env: Env<'_>) -> Result<Option<Kv>, String> {
    let Some(cfg) = cfg else {
        return Ok(None);
    };
    let token = env(&cfg.token_env).ok_or_else(|| {
        format!(
            "`vault.backend` is an external vault but `{}` (its token) is not set",
            cfg.token_env
        )
    })?;
    let kv = Kv::new(cfg.clone(), token)?;
    kv.ping().await?;
    Ok(Some(kv))
}

/// The master key, unwrapped by the transit key from `stored` (the wrapped key the database
/// holds). Without one, a random master key is drawn, wrapped, and handed to `keep`, which
/// stores it and answers the wrapped key that won (another process may have stored first).
pub async fn master_from_transit<E, F, Fut>(
    transit: &Transit,
    stored: Option<String>,
    keep: F,
) -> Result<MasterKey, TransitError<E>>
where
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = Result<String, E>>,
{
    let wrapped = match stored {
        Some(w) => w,
        None => {
            let mut bytes = Zeroizing::new([0u8; KEY_BYTES]);
            getrandom::fill(bytes.as_mut_slice())
                .map_err(|_| TransitError::Source("no randomness available".into()))?;
            let b64 =
                Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(bytes.as_slice()));
            let wrapped = transit.wrap(&b64).await.map_err(TransitError::Source)?;
            keep(wrapped).await.map_err(TransitError::Keep)?
        }
    };
    let plain = transit
        .unwrap(&wrapped)
        .await
        .map_err(TransitError::Source)?;
    MasterKey::from_base64(&plain).map_err(|e| TransitError::Source(e.to_string()))
}

/// The vault's key sources, checked without the store (what `warden check config` can see):
/// a master key from `WARDEN_MASTER_KEY` or `key_file` parses; an external vault (`kv`)
/// answers with its token; a transit key (`transit`, used when no local key is set) encrypts
/// with its token (a throwaway value: nothing is stored).
pub async fn check_sources(
    key_file: Option<&Path>,
    transit: Option<&VaultTransit>,
    kv: Option<&VaultKv>,
    env: Env<'_>,
) -> Result<(), String> {
    if local_master(key_file, env)?.is_none()
        && let Some(cfg) = transit
    {
        transit_client(cfg, env)?.wrap("AAAA").await?;
    }
    kv_backend(kv, env).await?;
    Ok(())
}
