//! Warden's vault: envelope encryption of secret values (this file), where the master key
//! comes from ([`source`]), and the HashiCorp Vault / OpenBao clients ([`hashicorp`]).
//!
//! ```text
//! master key (KEK, 256 bit; from WARDEN_MASTER_KEY or a 0600 file; never stored)
//!   └─ wraps, per secret version, a random data key (DEK, 256 bit)
//!        └─ encrypts the value
//! ```
//!
//! Both layers are XChaCha20-Poly1305 with random 192-bit nonces. The value's associated data
//! binds it to its secret name and version, the DEK's to the master key id as well, so a blob
//! moved to another name or version, or opened under another key, fails to decrypt. Keys and
//! plaintexts live in [`Zeroizing`] buffers and are wiped when dropped; nothing here implements
//! `Debug` for a key or a value.

use base64::Engine;
use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305};
use serde::{Deserialize, Serialize};
use sha2::Digest;
pub use zeroize::Zeroizing;

pub mod backend;
pub mod hashicorp;
pub mod rotation;
pub mod source;

/// Bytes of a key.
pub const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 24;
/// What the verifier encrypts, to tell a wrong master key at start.
const VERIFIER_PLAINTEXT: &[u8] = b"warden.vault.verifier.v1";

/// Vault failures. Messages never contain a key or a value.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// The master key is not 32 bytes of base64.
    #[error(
        "the master key must be 32 bytes, base64-encoded (e.g. `head -c 32 /dev/urandom | base64`)"
    )]
    BadMasterKey,
    /// The master key file is readable by others than its owner.
    #[error("the master key file `{0}` must not be readable by group or others (chmod 600)")]
    LoosePermissions(String),
    /// The master key file could not be read.
    #[error("cannot read the master key file `{path}`: {reason}")]
    Unreadable {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// This master key did not seal the vault.
    #[error(
        "wrong master key: it does not open this database's vault (key id {given}, the vault was sealed with {expected}); nothing was changed"
    )]
    WrongMasterKey {
        /// The id of the key given.
        given: String,
        /// The id the vault was sealed with.
        expected: String,
    },
    /// A blob does not decrypt (altered, or under another name, version or key).
    #[error("a sealed value does not open: altered, moved or under another key")]
    Corrupt,
    /// The operating system's random source failed.
    #[error("no randomness available")]
    Random,
}

/// The key-encryption key. Wiped on drop; its `Debug` shows only the key id.
pub struct MasterKey {
    key: Zeroizing<[u8; KEY_BYTES]>,
    id: String,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MasterKey({})", self.id)
    }
}

impl MasterKey {
    /// From 32 bytes.
    pub fn from_bytes(bytes: [u8; KEY_BYTES]) -> Self {
        let key = Zeroizing::new(bytes);
        let digest = sha2::Sha256::new()
            .chain_update(b"warden.vault.key-id\n")
            .chain_update(key.as_slice())
            .finalize();
        let id = digest
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect::<String>();
        Self { key, id }
    }

    /// From base64 text (surrounding whitespace ignored).
    pub fn from_base64(text: &str) -> Result<Self, VaultError> {
        let raw = Zeroizing::new(
            base64::engine::general_purpose::STANDARD
                .decode(text.trim())
                .map_err(|_| VaultError::BadMasterKey)?,
        );
        let bytes: [u8; KEY_BYTES] = raw
            .as_slice()
            .try_into()
            .map_err(|_| VaultError::BadMasterKey)?;
        Ok(Self::from_bytes(bytes))
    }

    /// From a file holding base64 text, refused unless only its owner may read it.
    pub fn from_file(path: &std::path::Path) -> Result<Self, VaultError> {
        let unreadable = |reason: String| VaultError::Unreadable {
            path: path.display().to_string(),
            reason,
        };
        let meta = std::fs::metadata(path).map_err(|e| unreadable(e.to_string()))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(VaultError::LoosePermissions(path.display().to_string()));
            }
        }
        if meta.len() > 1024 {
            return Err(VaultError::BadMasterKey);
        }
        let text =
            Zeroizing::new(std::fs::read_to_string(path).map_err(|e| unreadable(e.to_string()))?);
        Self::from_base64(&text)
    }

    /// A fingerprint that identifies the key without revealing it.
    pub fn id(&self) -> &str {
        &self.id
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new((&*self.key).into())
    }
}

/// A sealed value: what the database stores. Base64 fields; no plaintext.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    /// Id of the master key that wrapped the data key.
    pub kek_id: String,
    /// Nonce of the wrapped data key.
    pub dek_nonce: String,
    /// The data key, encrypted under the master key.
    pub wrapped_dek: String,
    /// Nonce of the value.
    pub nonce: String,
    /// The value, encrypted under the data key.
    pub ciphertext: String,
}

fn random<const N: usize>() -> Result<Zeroizing<[u8; N]>, VaultError> {
    let mut b = Zeroizing::new([0u8; N]);
    getrandom::fill(b.as_mut_slice()).map_err(|_| VaultError::Random)?;
    Ok(b)
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn unb64(text: &str) -> Result<Vec<u8>, VaultError> {
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|_| VaultError::Corrupt)
}

fn nonce(text: &str) -> Result<[u8; NONCE_BYTES], VaultError> {
    unb64(text)?.try_into().map_err(|_| VaultError::Corrupt)
}

/// Encrypts `value` under a fresh data key wrapped by `master`; `context` (e.g.
/// `name@version`) is bound to the result.
pub fn seal(master: &MasterKey, context: &str, value: &[u8]) -> Result<Sealed, VaultError> {
    let dek = random::<KEY_BYTES>()?;
    let dek_nonce = random::<NONCE_BYTES>()?;
    let value_nonce = random::<NONCE_BYTES>()?;
    let dek_aad = format!("warden.dek\n{}\n{context}", master.id);
    let wrapped = master
        .cipher()
        .encrypt(
            (&*dek_nonce).into(),
            Payload {
                msg: dek.as_slice(),
                aad: dek_aad.as_bytes(),
            },
        )
        .map_err(|_| VaultError::Corrupt)?;
    let value_aad = format!("warden.value\n{context}");
    let ciphertext = XChaCha20Poly1305::new((&*dek).into())
        .encrypt(
            (&*value_nonce).into(),
            Payload {
                msg: value,
                aad: value_aad.as_bytes(),
            },
        )
        .map_err(|_| VaultError::Corrupt)?;
    Ok(Sealed {
        kek_id: master.id.clone(),
        dek_nonce: b64(dek_nonce.as_slice()),
        wrapped_dek: b64(&wrapped),
        nonce: b64(value_nonce.as_slice()),
        ciphertext: b64(&ciphertext),
    })
}

/// Decrypts what [`seal`] produced for the same `context`.
pub fn open(
    master: &MasterKey,
    context: &str,
    sealed: &Sealed,
) -> Result<Zeroizing<Vec<u8>>, VaultError> {
    if sealed.kek_id != master.id {
        return Err(VaultError::WrongMasterKey {
            given: master.id.clone(),
            expected: sealed.kek_id.clone(),
        });
    }
    let dek_aad = format!("warden.dek\n{}\n{context}", master.id);
    let dek = Zeroizing::new(
        master
            .cipher()
            .decrypt(
                (&nonce(&sealed.dek_nonce)?).into(),
                Payload {
                    msg: &unb64(&sealed.wrapped_dek)?,
                    aad: dek_aad.as_bytes(),
                },
            )
            .map_err(|_| VaultError::Corrupt)?,
    );
    let dek: &[u8; KEY_BYTES] = dek.as_slice().try_into().map_err(|_| VaultError::Corrupt)?;
    let value_aad = format!("warden.value\n{context}");
    let plain = XChaCha20Poly1305::new(dek.into())
        .decrypt(
            (&nonce(&sealed.nonce)?).into(),
            Payload {
                msg: &unb64(&sealed.ciphertext)?,
                aad: value_aad.as_bytes(),
            },
        )
        .map_err(|_| VaultError::Corrupt)?;
    Ok(Zeroizing::new(plain))
}

/// What the database keeps to recognise its master key.
pub fn verifier(master: &MasterKey) -> Result<Sealed, VaultError> {
    seal(master, "verifier", VERIFIER_PLAINTEXT)
}

/// Whether `master` is the key that made `verifier`; the error names both key ids.
pub fn check(master: &MasterKey, verifier: &Sealed) -> Result<(), VaultError> {
    let wrong = || VaultError::WrongMasterKey {
        given: master.id.clone(),
        expected: verifier.kek_id.clone(),
    };
    match open(master, "verifier", verifier) {
        Ok(v) if v.as_slice() == VERIFIER_PLAINTEXT => Ok(()),
        _ => Err(wrong()),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    fn key(b: u8) -> MasterKey {
        MasterKey::from_bytes([b; KEY_BYTES])
    }

    #[test]
    fn seals_and_opens_bound_to_name_version_and_key() {
        let k = key(1);
        let s = seal(&k, "github_token@1", b"ghp_canary").unwrap();
        assert_eq!(
            open(&k, "github_token@1", &s).unwrap().as_slice(),
            b"ghp_canary"
        );
        // No plaintext in what is stored.
        let stored = format!("{s:?}");
        assert!(!stored.contains("ghp_canary"));
        // Moved to another name or version: does not open.
        assert!(matches!(
            open(&k, "github_token@2", &s),
            Err(VaultError::Corrupt)
        ));
        assert!(matches!(open(&k, "other@1", &s), Err(VaultError::Corrupt)));
        // Another key: refused by id before any decryption.
        assert!(matches!(
            open(&key(2), "github_token@1", &s),
            Err(VaultError::WrongMasterKey { .. })
        ));
        // One flipped bit anywhere: does not open.
        let mut bad = s.clone();
        let mut ct = unb64(&bad.ciphertext).unwrap();
        ct[0] ^= 1;
        bad.ciphertext = b64(&ct);
        assert!(matches!(
            open(&k, "github_token@1", &bad),
            Err(VaultError::Corrupt)
        ));
        // Fresh nonces and data keys every time.
        let again = seal(&k, "github_token@1", b"ghp_canary").unwrap();
        assert_ne!(again.ciphertext, s.ciphertext);
        assert_ne!(again.wrapped_dek, s.wrapped_dek);
    }

    #[test]
    fn the_verifier_tells_a_wrong_master_key() {
        let v = verifier(&key(1)).unwrap();
        check(&key(1), &v).unwrap();
        let e = check(&key(9), &v).unwrap_err().to_string();
        assert!(e.contains("wrong master key"), "{e}");
        // Forged key id: still refused (the data key does not open).
        let mut forged = v.clone();
        forged.kek_id = key(9).id().to_owned();
        assert!(check(&key(9), &forged).is_err());
    }

    #[test]
    fn master_keys_parse_strictly_and_never_print() {
        let text = b64(&[7u8; 32]);
        let k = MasterKey::from_base64(&format!("  {text}\n")).unwrap();
        assert_eq!(format!("{k:?}"), format!("MasterKey({})", k.id()));
        assert!(MasterKey::from_base64("c2hvcnQ=").is_err());
        assert!(MasterKey::from_base64("not base64!").is_err());
        let dir = std::env::temp_dir().join(format!("warden-vault-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("master.key");
        std::fs::write(&file, &text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
            assert!(matches!(
                MasterKey::from_file(&file),
                Err(VaultError::LoosePermissions(_))
            ));
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        assert_eq!(MasterKey::from_file(&file).unwrap().id(), k.id());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
