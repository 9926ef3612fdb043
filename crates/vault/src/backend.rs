//! Where secret values live: sealed under the master key in Warden's own database
//! ([`Backend::Local`]), or as KV v2 versions in HashiCorp Vault / OpenBao
//! ([`Backend::External`]). Either way the store keeps one JSON value per secret version
//! (`SecretVersion.sealed`), and its shapes never change, so existing databases keep working:
//!
//! ```text
//! local     {"kek_id", "dek_nonce", "wrapped_dek", "nonce", "ciphertext"}   (a Sealed)
//! external  {"kv": {"path": "<prefix><name>", "version": <KV version>}}
//! ```
//!
//! Two closed variants, so an enum with async methods rather than a trait object: no
//! `async-trait` boxing, and reading stays synchronous (values are resolved at execution time
//! from memory; the external vault is read into it when the vault opens).

use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::{Value, json};

use crate::hashicorp::Kv;
use crate::{MasterKey, Sealed, Zeroizing};

/// The associated data of one secret version: `name@version`.
pub fn context(name: &str, version: u32) -> String {
    format!("{name}@{version}")
}

/// A value could not be written. Messages never contain the value.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The external vault refused or did not answer (the message names it).
    #[error("{0}")]
    External(String),
    /// The value could not be sealed (no randomness).
    #[error("the value could not be sealed")]
    Seal,
}

/// Where the values of the secret versions live.
pub enum Backend {
    /// Sealed under the master key; the sealed value is what the store keeps.
    Local {
        /// The key-encryption key.
        master: MasterKey,
    },
    /// A KV v2 engine; the store keeps the path and KV version.
    External(External),
}

/// The external vault and the values read from it.
pub struct External {
    kv: Kv,
    /// Values by `name@version` (resolution is synchronous).
    cache: Mutex<HashMap<String, Zeroizing<String>>>,
    /// The local key, if one is also configured: it opens versions sealed before the values
    /// moved to the external vault.
    master: Option<MasterKey>,
}

/// The reference an external version's stored JSON holds: path and KV version.
fn kv_ref(stored: &Value) -> Option<(&str, u32)> {
    Some((
        stored.pointer("/kv/path").and_then(Value::as_str)?,
        stored
            .pointer("/kv/version")
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())?,
    ))
}

/// The stored JSON of an external version.
fn kv_stored(path: &str, version: u32) -> Value {
    json!({"kv": {"path": path, "version": version}})
}

impl Backend {
    /// Values sealed under `master` in Warden's database.
    pub fn local(master: MasterKey) -> Self {
        Self::Local { master }
    }

    /// Values in the external vault `kv`; every `live` version (name, version, stored JSON)
    /// that refers to it is read into memory now, and a version that cannot be read stops the
    /// start. `master`, if set, opens versions sealed locally.
    pub async fn external<'a>(
        kv: Kv,
        master: Option<MasterKey>,
        live: impl IntoIterator<Item = (&'a str, u32, &'a Value)>,
    ) -> Result<Self, String> {
        let mut cache = HashMap::new();
        for (name, version, stored) in live {
            let Some((path, kv_version)) = kv_ref(stored) else {
                continue;
            };
            let value = kv.read(path, kv_version).await?;
            cache.insert(context(name, version), value);
        }
        Ok(Self::External(External {
            kv,
            cache: Mutex::new(cache),
            master,
        }))
    }

    /// Stores `value` as version `version` of `name`; returns what the store keeps.
    pub async fn write(&self, name: &str, version: u32, value: &str) -> Result<Value, WriteError> {
        match self {
            Self::Local { master } => serde_json::to_value(
                crate::seal(master, &context(name, version), value.as_bytes())
                    .map_err(|_| WriteError::Seal)?,
            )
            .map_err(|_| WriteError::Seal),
            Self::External(e) => {
                let path = e.kv.path(name);
                let kv_version =
                    e.kv.write(&path, value)
                        .await
                        .map_err(WriteError::External)?;
                if let Ok(mut cache) = e.cache.lock() {
                    cache.insert(context(name, version), Zeroizing::new(value.to_owned()));
                }
                Ok(kv_stored(&path, kv_version))
            }
        }
    }

    /// The value of version `version` of `name` from what the store keeps; `Err` says why not
    /// (never the value).
    pub fn read(
        &self,
        name: &str,
        version: u32,
        stored: &Value,
    ) -> Result<Zeroizing<String>, String> {
        if stored.get("kv").is_some() {
            let not_read =
                || format!("secret `{name}` version {version} was not read from the vault");
            return match self {
                Self::External(e) => e
                    .cache
                    .lock()
                    .map_err(|_| "vault cache poisoned".to_owned())?
                    .get(&context(name, version))
                    .cloned()
                    .ok_or_else(not_read),
                Self::Local { .. } => Err(not_read()),
            };
        }
        let master = match self {
            Self::Local { master } => master,
            Self::External(e) => e.master.as_ref().ok_or("no master key")?,
        };
        let sealed: Sealed = serde_json::from_value(stored.clone())
            .map_err(|_| "a sealed secret is damaged".to_owned())?;
        let value =
            crate::open(master, &context(name, version), &sealed).map_err(|e| e.to_string())?;
        Ok(Zeroizing::new(String::from_utf8_lossy(&value).into_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_local_value_round_trips_and_keeps_the_sealed_shape() {
        let backend = Backend::local(MasterKey::from_bytes([7; 32]));
        let stored = poll_once(backend.write("gh", 3, "s3cret")).unwrap();
        let mut keys: Vec<&str> = stored
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            ["ciphertext", "dek_nonce", "kek_id", "nonce", "wrapped_dek"]
        );
        assert_eq!(backend.read("gh", 3, &stored).unwrap().as_str(), "s3cret");
        // Bound to name and version.
        assert!(backend.read("gh", 4, &stored).is_err());
        assert!(backend.read("other", 3, &stored).is_err());
    }

    #[test]
    fn a_value_sealed_by_an_earlier_warden_still_opens() {
        let backend = Backend::local(MasterKey::from_bytes([7; 32]));
        let stored: Value = serde_json::from_str(SEALED_BEFORE).unwrap();
        assert_eq!(backend.read("gh", 1, &stored).unwrap().as_str(), "s3cret");
    }

    #[test]
    fn the_external_reference_keeps_its_shape() {
        let stored = kv_stored("warden/gh", 4);
        assert_eq!(
            serde_json::to_string(&stored).unwrap(),
            r#"{"kv":{"path":"warden/gh","version":4}}"#
        );
        assert_eq!(kv_ref(&stored), Some(("warden/gh", 4)));
        assert_eq!(kv_ref(&json!({"kv": {"path": "x"}})), None);
    }

    #[test]
    fn an_external_version_is_not_read_by_the_local_backend() {
        let backend = Backend::local(MasterKey::from_bytes([7; 32]));
        assert_eq!(
            backend
                .read("gh", 2, &kv_stored("warden/gh", 1))
                .unwrap_err(),
            "secret `gh` version 2 was not read from the vault"
        );
        assert_eq!(
            backend.read("gh", 2, &json!({"kek_id": 1})).unwrap_err(),
            "a sealed secret is damaged"
        );
    }

    /// `write` on the local backend never awaits; polls it once.
    fn poll_once<F: std::future::Future>(f: F) -> F::Output {
        let mut f = std::pin::pin!(f);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        match f.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(v) => v,
            std::task::Poll::Pending => unreachable!("the local backend does not wait"),
        }
    }

    /// `gh@1` = "s3cret" sealed under the key of 32 bytes 7 by the sealing code as it was
    /// before backends moved here.
    const SEALED_BEFORE: &str = r#"{"kek_id":"c1c981ed7943beb5","dek_nonce":"m2dvJuw7bJMETMVxNSeajEabb+x4ZSTX","wrapped_dek":"/P4OqSHMKMmnFF99jzahyx93EEUvpKMvl5MvIqRgddyQrT9hUhuTpimzbrEMtwBD","nonce":"RL+JWg1hq78ElNCZIEuF4OBIB2Hlzi9E","ciphertext":"/u9pYFBaznr/DK4237d78YkynlfDLQ=="}"#;
}
