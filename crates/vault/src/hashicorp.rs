//! HashiCorp Vault / OpenBao over its HTTP API: the KV v2 engine where secret values live when
//! `vault.backend = "hashicorp"` (Warden keeps only metadata and a reference: path, version),
//! and the transit engine that can wrap the master key.

use std::time::Duration;

use serde_json::{Value, json};
use warden_types::{VaultKv, VaultTransit};

use crate::Zeroizing;

/// How long one call to the HashiCorp/OpenBao vault (KV or transit) may take.
const VAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// The client for the vault's API.
fn client() -> Result<reqwest::Client, String> {
    warden_http::Policy::new()
        .timeout(VAULT_TIMEOUT)
        .build()
        .map_err(|e| e.to_string())
}

/// A KV v2 engine. The token is never logged or returned.
pub struct Kv {
    http: reqwest::Client,
    cfg: VaultKv,
    token: Zeroizing<String>,
}

impl Kv {
    /// A client of the engine `cfg` using `token`; nothing is sent yet.
    pub fn new(cfg: VaultKv, token: String) -> Result<Self, String> {
        let http = client()?;
        Ok(Self {
            http,
            cfg,
            token: Zeroizing::new(token),
        })
    }

    /// The path of a secret under the mount.
    pub fn path(&self, name: &str) -> String {
        format!("{}{name}", self.cfg.prefix)
    }

    fn url(&self, path: &str) -> String {
        format!("{}/v1/{}/data/{path}", self.cfg.address, self.cfg.mount)
    }

    async fn send(&self, req: reqwest::RequestBuilder) -> Result<Value, String> {
        let resp = req
            .header("X-Vault-Token", self.token.as_str())
            .send()
            .await
            .map_err(|e| {
                if e.is_timeout() {
                    format!("the vault at {} did not answer", self.cfg.address)
                } else {
                    format!("the vault at {} cannot be reached", self.cfg.address)
                }
            })?;
        let status = resp.status();
        if !status.is_success() {
            return Err(format!(
                "the vault at {} answered HTTP {status}",
                self.cfg.address
            ));
        }
        resp.json()
            .await
            .map_err(|_| "the vault's answer is not JSON".to_owned())
    }

    /// Checks that the engine answers with this token.
    pub async fn ping(&self) -> Result<(), String> {
        let url = format!("{}/v1/{}/config", self.cfg.address, self.cfg.mount);
        self.send(self.http.get(url)).await.map(|_| ())
    }

    /// Writes a new version; returns its KV version number.
    pub async fn write(&self, path: &str, value: &str) -> Result<u32, String> {
        let v = self
            .send(
                self.http
                    .post(self.url(path))
                    .json(&json!({"data": {"value": value}})),
            )
            .await?;
        v.pointer("/data/version")
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| "the vault did not say which version it wrote".to_owned())
    }

    /// Reads one version's value.
    pub async fn read(&self, path: &str, version: u32) -> Result<Zeroizing<String>, String> {
        let v = self
            .send(
                self.http
                    .get(format!("{}?version={version}", self.url(path))),
            )
            .await?;
        v.pointer("/data/data/value")
            .and_then(Value::as_str)
            .map(|s| Zeroizing::new(s.to_owned()))
            .ok_or_else(|| format!("`{path}` version {version} holds no `value`"))
    }
}

/// A transit key that wraps Warden's master key (which then never exists unwrapped on disk).
pub struct Transit {
    http: reqwest::Client,
    cfg: VaultTransit,
    token: Zeroizing<String>,
}

impl Transit {
    /// A client of the transit key `cfg` using `token`; nothing is sent yet.
    pub fn new(cfg: VaultTransit, token: String) -> Result<Self, String> {
        let http = client()?;
        Ok(Self {
            http,
            cfg,
            token: Zeroizing::new(token),
        })
    }

    async fn call(&self, op: &str, body: Value) -> Result<Value, String> {
        let url = format!(
            "{}/v1/{}/{op}/{}",
            self.cfg.address, self.cfg.mount, self.cfg.key
        );
        let resp = self
            .http
            .post(url)
            .header("X-Vault-Token", self.token.as_str())
            .json(&body)
            .send()
            .await
            .map_err(|_| format!("the vault at {} cannot be reached", self.cfg.address))?;
        let status = resp.status();
        if !status.is_success() {
            return Err(format!(
                "the vault's transit key `{}` answered HTTP {status} to {op}",
                self.cfg.key
            ));
        }
        resp.json()
            .await
            .map_err(|_| "the vault's answer is not JSON".to_owned())
    }

    /// Wraps base64 `plaintext`; returns the transit ciphertext (`vault:v1:…`).
    pub async fn wrap(&self, plaintext_b64: &str) -> Result<String, String> {
        let v = self
            .call("encrypt", json!({"plaintext": plaintext_b64}))
            .await?;
        v.pointer("/data/ciphertext")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| "the vault returned no ciphertext".to_owned())
    }

    /// Unwraps a transit ciphertext; returns the base64 plaintext.
    pub async fn unwrap(&self, ciphertext: &str) -> Result<Zeroizing<String>, String> {
        let v = self
            .call("decrypt", json!({"ciphertext": ciphertext}))
            .await?;
        v.pointer("/data/plaintext")
            .and_then(Value::as_str)
            .map(|s| Zeroizing::new(s.to_owned()))
            .ok_or_else(|| "the vault returned no plaintext".to_owned())
    }
}
