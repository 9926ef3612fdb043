//! Checkpoints as C2SP signed notes (`c2sp.org/tlog-checkpoint`, `c2sp.org/signed-note`):
//!
//! ```text
//! <origin>
//! <tree size>
//! <base64 root hash>
//! [extension lines]
//!
//! — <key name> <base64(key id ‖ Ed25519 signature)>
//! ```
//!
//! The key id is the first four bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key). Keys are
//! written as in Go's `golang.org/x/mod/sumdb/note`: verifier
//! `<name>+<hex id>+<base64(0x01 ‖ public key)>`, signer
//! `PRIVATE+KEY+<name>+<hex id>+<base64(0x01 ‖ seed)>`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::Hash;

/// The Ed25519 algorithm byte of signed-note keys.
const ED25519: u8 = 0x01;
/// Longest note accepted.
const MAX_NOTE: usize = 16 * 1024;

/// A checkpoint could not be made, read or verified.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckpointError {
    /// Not a checkpoint or key in the expected format.
    #[error("{0}")]
    Format(String),
    /// No signature by the expected key, or a bad one.
    #[error("{0}")]
    Signature(String),
}

fn key_id(name: &str, public: &[u8; 32]) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update([ED25519]);
    h.update(public);
    let d: [u8; 32] = h.finalize().into();
    let [a, b, c, e, ..] = d;
    [a, b, c, e]
}

fn check_name(name: &str) -> Result<(), CheckpointError> {
    if name.is_empty() || name.contains(['+', ' ', '\n']) || name.chars().any(char::is_control) {
        return Err(CheckpointError::Format(format!(
            "`{name}` is not a key name (non-empty, no `+`, spaces or newlines)"
        )));
    }
    Ok(())
}

/// Signs notes.
pub struct NoteSigner {
    name: String,
    key: SigningKey,
}

impl std::fmt::Debug for NoteSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NoteSigner")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl NoteSigner {
    /// A signer from a 32-byte seed.
    pub fn from_seed(name: &str, seed: &[u8; 32]) -> Result<Self, CheckpointError> {
        check_name(name)?;
        Ok(Self {
            name: name.to_owned(),
            key: SigningKey::from_bytes(seed),
        })
    }

    /// Parses `PRIVATE+KEY+<name>+<hex id>+<base64(0x01 ‖ seed)>`.
    pub fn parse(text: &str) -> Result<Self, CheckpointError> {
        let bad = || CheckpointError::Format("not a signed-note private key".into());
        let rest = text.trim().strip_prefix("PRIVATE+KEY+").ok_or_else(bad)?;
        let mut parts = rest.splitn(3, '+');
        let (name, id, key) = (
            parts.next().ok_or_else(bad)?,
            parts.next().ok_or_else(bad)?,
            parts.next().ok_or_else(bad)?,
        );
        let raw = B64.decode(key).map_err(|_| bad())?;
        let (alg, seed) = raw.split_first().ok_or_else(bad)?;
        let seed: [u8; 32] = seed.try_into().map_err(|_| bad())?;
        if *alg != ED25519 {
            return Err(bad());
        }
        let signer = Self::from_seed(name, &seed)?;
        if hex4(&signer.key_id()) != id {
            return Err(CheckpointError::Format(
                "the private key's id does not match its key".into(),
            ));
        }
        Ok(signer)
    }

    /// The private key in the text form [`NoteSigner::parse`] reads. Secret.
    pub fn to_private_text(&self) -> String {
        let mut raw = vec![ED25519];
        raw.extend_from_slice(self.key.as_bytes());
        format!(
            "PRIVATE+KEY+{}+{}+{}",
            self.name,
            hex4(&self.key_id()),
            B64.encode(raw)
        )
    }

    fn key_id(&self) -> [u8; 4] {
        key_id(&self.name, self.key.verifying_key().as_bytes())
    }

    /// The verifier key text for others to check this signer's notes.
    pub fn verifier_text(&self) -> String {
        let mut raw = vec![ED25519];
        raw.extend_from_slice(self.key.verifying_key().as_bytes());
        format!("{}+{}+{}", self.name, hex4(&self.key_id()), B64.encode(raw))
    }

    /// The key name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

fn hex4(id: &[u8; 4]) -> String {
    id.iter().map(|b| format!("{b:02x}")).collect()
}

/// Verifies notes by one key.
#[derive(Debug, Clone)]
pub struct NoteVerifier {
    name: String,
    id: [u8; 4],
    key: VerifyingKey,
}

impl NoteVerifier {
    /// Parses `<name>+<hex id>+<base64(0x01 ‖ public key)>`.
    pub fn parse(text: &str) -> Result<Self, CheckpointError> {
        let bad = || CheckpointError::Format("not a signed-note verifier key".into());
        let mut parts = text.trim().splitn(3, '+');
        let (name, id, key) = (
            parts.next().ok_or_else(bad)?,
            parts.next().ok_or_else(bad)?,
            parts.next().ok_or_else(bad)?,
        );
        check_name(name)?;
        let raw = B64.decode(key).map_err(|_| bad())?;
        let (alg, public) = raw.split_first().ok_or_else(bad)?;
        let public: [u8; 32] = public.try_into().map_err(|_| bad())?;
        if *alg != ED25519 {
            return Err(bad());
        }
        let computed = key_id(name, &public);
        if hex4(&computed) != id {
            return Err(CheckpointError::Format(
                "the verifier key's id does not match its key".into(),
            ));
        }
        Ok(Self {
            name: name.to_owned(),
            id: computed,
            key: VerifyingKey::from_bytes(&public).map_err(|_| bad())?,
        })
    }
}

/// A signed tree head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// The log's name, e.g. `warden.groupany.example/audit`.
    pub origin: String,
    /// Leaves covered.
    pub size: u64,
    /// The tree head.
    pub root: Hash,
    /// Extension lines (each non-empty, no newline).
    pub extensions: Vec<String>,
}

impl Checkpoint {
    /// The note body that is signed.
    pub fn body(&self) -> String {
        let mut out = format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            B64.encode(self.root)
        );
        for e in &self.extensions {
            out.push_str(e);
            out.push('\n');
        }
        out
    }

    /// The signed note.
    pub fn sign(&self, signer: &NoteSigner) -> Result<String, CheckpointError> {
        if self.origin.is_empty() || self.origin.contains('\n') {
            return Err(CheckpointError::Format(
                "the origin must be one non-empty line".into(),
            ));
        }
        if self
            .extensions
            .iter()
            .any(|e| e.is_empty() || e.contains('\n'))
        {
            return Err(CheckpointError::Format(
                "extension lines must be non-empty lines".into(),
            ));
        }
        let body = self.body();
        let sig = signer.key.sign(body.as_bytes());
        let mut raw = signer.key_id().to_vec();
        raw.extend_from_slice(&sig.to_bytes());
        Ok(format!(
            "{body}\n\u{2014} {} {}\n",
            signer.name,
            B64.encode(raw)
        ))
    }

    /// Reads a signed note and checks that `verifier` signed it (other signatures are
    /// ignored, as the signed-note spec says).
    pub fn verify(note: &str, verifier: &NoteVerifier) -> Result<Self, CheckpointError> {
        if note.len() > MAX_NOTE {
            return Err(CheckpointError::Format(
                "the checkpoint is too large".into(),
            ));
        }
        let (body, sigs) = note
            .split_once("\n\n")
            .ok_or_else(|| CheckpointError::Format("no signature block".into()))?;
        let body = format!("{body}\n");
        let mut signed = false;
        for line in sigs.lines().filter(|l| !l.is_empty()) {
            let rest = line.strip_prefix("\u{2014} ").ok_or_else(|| {
                CheckpointError::Format("a signature line must start with `— `".into())
            })?;
            let (name, sig) = rest
                .rsplit_once(' ')
                .ok_or_else(|| CheckpointError::Format("malformed signature line".into()))?;
            if name != verifier.name {
                continue;
            }
            let raw = B64
                .decode(sig)
                .map_err(|_| CheckpointError::Format("malformed signature".into()))?;
            let (id, sig) = raw
                .split_at_checked(4)
                .ok_or_else(|| CheckpointError::Format("short signature".into()))?;
            if id != verifier.id {
                continue;
            }
            let sig: [u8; 64] = sig
                .try_into()
                .map_err(|_| CheckpointError::Format("malformed signature".into()))?;
            let sig = ed25519_dalek::Signature::from_bytes(&sig);
            verifier
                .key
                .verify_strict(body.as_bytes(), &sig)
                .map_err(|_| CheckpointError::Signature(format!("the signature by `{}` does not verify: the checkpoint was altered or signed by another key", verifier.name)))?;
            signed = true;
        }
        if !signed {
            return Err(CheckpointError::Signature(format!(
                "the checkpoint carries no signature by `{}`",
                verifier.name
            )));
        }
        let mut lines = body.lines();
        let origin = lines.next().unwrap_or_default().to_owned();
        let size = lines
            .next()
            .and_then(|s| s.parse::<u64>().ok())
            .ok_or_else(|| {
                CheckpointError::Format("the second line must be the tree size".into())
            })?;
        let root: Hash = lines
            .next()
            .and_then(|s| B64.decode(s).ok())
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| {
                CheckpointError::Format("the third line must be the base64 root hash".into())
            })?;
        Ok(Self {
            origin,
            size,
            root,
            extensions: lines.map(str::to_owned).collect(),
        })
    }
}
