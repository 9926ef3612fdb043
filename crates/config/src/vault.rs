//! `[vault]`: where the master key comes from (a file or a transit key), where secret values
//! live (sealed locally or in HashiCorp Vault / OpenBao KV), and how secrets are rotated.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use warden_types::{Hook, Rotation, VaultKv, VaultTransit};

use crate::checks::http_url_ok;
use crate::{Problems, parse_duration};

/// How long a rotated secret's previous version stays live when `vault.grace` is not set.
pub const DEFAULT_VAULT_GRACE: Duration = Duration::from_secs(24 * 3600);

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawVault {
    master_key_file: Option<PathBuf>,
    grace: Option<String>,
    #[serde(default)]
    rotate: BTreeMap<String, RawRotation>,
    backend: Option<String>,
    address: Option<String>,
    token_env: Option<String>,
    mount: Option<String>,
    prefix: Option<String>,
    transit: Option<RawTransit>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTransit {
    address: String,
    token_env: Option<String>,
    mount: Option<String>,
    key: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRotation {
    every: String,
    command: Option<String>,
    #[serde(default)]
    args: Vec<String>,
    url: Option<String>,
    #[serde(default)]
    headers: BTreeMap<String, String>,
    revoke_command: Option<String>,
    #[serde(default)]
    revoke_args: Vec<String>,
    revoke_url: Option<String>,
}

/// The validated `[vault]` section.
pub(crate) struct Vault {
    pub(crate) key_file: Option<PathBuf>,
    pub(crate) grace: Duration,
    pub(crate) kv: Option<VaultKv>,
    pub(crate) transit: Option<VaultTransit>,
    pub(crate) rotations: BTreeMap<String, Rotation>,
}

pub(crate) fn section(raw: RawVault, base: &Path, p: &mut Problems) -> Vault {
    let grace = match raw.grace.as_deref().map(parse_duration) {
        None => DEFAULT_VAULT_GRACE,
        Some(Ok(d)) => d,
        Some(Err(e)) => {
            p.push("vault.grace", e);
            DEFAULT_VAULT_GRACE
        }
    };
    let key_file = raw.master_key_file.map(|f| base.join(f));
    let kv = match raw.backend.as_deref() {
        None | Some("local") => {
            if raw.address.is_some() {
                p.push(
                    "vault.address",
                    "set `backend = \"hashicorp\"` to use an external vault",
                );
            }
            None
        }
        Some("hashicorp") | Some("openbao") => {
            let address = raw.address.clone().unwrap_or_default();
            if !(address.starts_with("http://") || address.starts_with("https://")) {
                p.push("vault.address", "the vault's http(s) address is required");
            }
            Some(VaultKv {
                address: address.trim_end_matches('/').to_owned(),
                token_env: raw
                    .token_env
                    .clone()
                    .unwrap_or_else(|| "VAULT_TOKEN".into()),
                mount: raw.mount.clone().unwrap_or_else(|| "secret".into()),
                prefix: raw.prefix.clone().unwrap_or_else(|| "warden/".into()),
            })
        }
        Some(other) => {
            p.push(
                "vault.backend",
                format!("unknown backend `{other}`; expected local, hashicorp or openbao"),
            );
            None
        }
    };
    let transit = raw.transit.map(|t| {
        if !(t.address.starts_with("http://") || t.address.starts_with("https://")) {
            p.push(
                "vault.transit.address",
                "the vault's http(s) address is required",
            );
        }
        if key_file.is_some() {
            p.push(
                "vault.transit",
                "set `master_key_file` or `transit`, not both",
            );
        }
        VaultTransit {
            address: t.address.trim_end_matches('/').to_owned(),
            token_env: t.token_env.unwrap_or_else(|| "VAULT_TOKEN".into()),
            mount: t.mount.unwrap_or_else(|| "transit".into()),
            key: t.key,
        }
    });
    let mut rotations = BTreeMap::new();
    for (name, r) in raw.rotate {
        let key = format!("vault.rotate.\"{name}\"");
        if let Some(rotation) = rotation(r, &key, p) {
            rotations.insert(name, rotation);
        }
    }
    Vault {
        key_file,
        grace,
        kv,
        transit,
        rotations,
    }
}

/// `[vault.rotate."NAME"]` at `key`: how often, and the hooks that mint and revoke.
fn rotation(r: RawRotation, key: &str, p: &mut Problems) -> Option<Rotation> {
    let every = match parse_duration(&r.every) {
        Ok(d) if d >= Duration::from_secs(1) => d,
        Ok(_) => {
            p.push(format!("{key}.every"), "at least 1s");
            Duration::from_secs(30 * 24 * 3600)
        }
        Err(e) => {
            p.push(format!("{key}.every"), e);
            Duration::from_secs(30 * 24 * 3600)
        }
    };
    let hook = |p: &mut Problems,
                what: &str,
                command: Option<String>,
                args: Vec<String>,
                url: Option<String>|
     -> Option<Hook> {
        match (command, url) {
            (Some(c), None) if !c.trim().is_empty() => Some(Hook::Command { command: c, args }),
            (Some(_), None) => {
                p.push(format!("{key}.{what}command"), "must name a program");
                None
            }
            (None, Some(u)) => {
                if !http_url_ok(&u) {
                    p.push(
                        format!("{key}.{what}url"),
                        "must be https:// (http:// only to a loopback address)",
                    );
                }
                Some(Hook::Http {
                    url: u,
                    headers: r.headers.clone(),
                })
            }
            (Some(_), Some(_)) => {
                p.push(
                    format!("{key}.{what}url"),
                    format!("give `{what}command` or `{what}url`, not both"),
                );
                None
            }
            (None, None) => None,
        }
    };
    let mint = hook(p, "", r.command.clone(), r.args.clone(), r.url.clone());
    let revoke = hook(
        p,
        "revoke_",
        r.revoke_command.clone(),
        r.revoke_args.clone(),
        r.revoke_url.clone(),
    );
    match mint {
        Some(mint) => Some(Rotation {
            every,
            mint,
            revoke,
        }),
        None if r.command.is_none() && r.url.is_none() => {
            p.push(
                key,
                "needs a rotator: `command` (a program) or `url` (an HTTP hook)",
            );
            None
        }
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use warden_types::Hook;

    use crate::testing::{BASE, problems, with_text};

    #[test]
    fn rotation_hooks_are_checked() {
        let p = problems(&format!(
            "{BASE}[vault.rotate.a]\nevery = \"30d\"\n[vault.rotate.b]\nevery = \"30d\"\ncommand = \"x\"\nurl = \"https://h/\"\n[vault.rotate.c]\nevery = \"30d\"\nurl = \"http://rotator.example.com/mint\"\n"
        ));
        for (key, what) in [
            ("vault.rotate.\"a\"", "needs a rotator"),
            ("vault.rotate.\"b\".url", "not both"),
            ("vault.rotate.\"c\".url", "loopback"),
        ] {
            assert!(
                p.iter().any(|m| m.contains(key) && m.contains(what)),
                "{key}: {p:?}"
            );
        }
        let dep = with_text(&format!(
            "{BASE}[vault.rotate.a]\nevery = \"30d\"\nurl = \"http://127.0.0.1:9000/mint\"\nrevoke_command = \"/bin/true\"\n"
        ))
        .unwrap();
        let r = &dep.rotations["a"];
        assert!(matches!(&r.mint, Hook::Http { url, .. } if url == "http://127.0.0.1:9000/mint"));
        assert!(matches!(&r.revoke, Some(Hook::Command { command, .. }) if command == "/bin/true"));
    }
}
