//! The key that signs checkpoints of the audit log (C2SP signed notes, Ed25519). Making,
//! keeping, publishing and witnessing checkpoints is the pipeline's (it needs the store and an
//! HTTP client); this is the key file they are signed with.

use std::io::Write as _;
use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};

use warden_merkle::NoteSigner;
use warden_types::AuditSettings;

/// The signing key cannot be loaded or created.
#[derive(Debug, thiserror::Error)]
#[error("audit signing key `{}`: {why}", .path.display())]
pub struct SigningKeyError {
    /// The key file.
    pub path: PathBuf,
    /// What is wrong with it.
    pub why: String,
}

/// Loads the checkpoint signing key, creating it (mode 0600, with its public `.pub` beside it)
/// if it does not exist. A key file readable by others is refused.
pub fn load_signer(settings: &AuditSettings) -> Result<NoteSigner, SigningKeyError> {
    let path = &settings.signing_key_file;
    let fail = |why: String| SigningKeyError {
        path: path.clone(),
        why,
    };
    match std::fs::metadata(path) {
        Ok(meta) => {
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(fail("readable by group or others; chmod 600 it".into()));
            }
            let text = std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?;
            NoteSigner::parse(&text).map_err(|e| fail(e.to_string()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| fail(format!("no randomness: {e}")))?;
            let name = settings.origin.clone();
            let signer = NoteSigner::from_seed(&name, &seed).map_err(|e| fail(e.to_string()))?;
            seed.fill(0);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| fail(e.to_string()))?;
            }
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(path)
                .map_err(|e| fail(e.to_string()))?;
            f.write_all(signer.to_private_text().as_bytes())
                .and_then(|()| f.sync_all())
                .map_err(|e| fail(e.to_string()))?;
            std::fs::write(public_path(path), format!("{}\n", signer.verifier_text()))
                .map_err(|e| fail(e.to_string()))?;
            tracing::info!(key = %signer.verifier_text(), "created the audit checkpoint signing key");
            Ok(signer)
        }
        Err(e) => Err(fail(e.to_string())),
    }
}

/// `<key file>.pub`: the verifier key others use to check checkpoints.
pub fn public_path(key: &Path) -> PathBuf {
    let mut p = key.as_os_str().to_owned();
    p.push(".pub");
    PathBuf::from(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(dir: &Path) -> AuditSettings {
        AuditSettings {
            origin: "warden.example/audit".into(),
            signing_key_file: dir.join("keys/audit.key"),
            checkpoint_every: None,
            publish_dir: dir.join("checkpoints"),
            publish_url: None,
            retention: warden_types::Retention {
                days: std::collections::BTreeMap::new(),
                purge_every: None,
            },
            streams: Vec::new(),
            auth_failures_every: std::time::Duration::from_secs(60),
            checkpoint_records: None,
            on_tamper: warden_types::OnTamper::Refuse,
            read_intent: warden_types::ReadIntent::default(),
        }
    }

    #[test]
    fn a_missing_key_is_created_private_with_its_public_half_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let s = settings(dir.path());
        let created = load_signer(&s).unwrap();
        let mode = std::fs::metadata(&s.signing_key_file)
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let public = std::fs::read_to_string(public_path(&s.signing_key_file)).unwrap();
        assert_eq!(public, format!("{}\n", created.verifier_text()));
        // Loaded again, it is the same key.
        assert_eq!(
            load_signer(&s).unwrap().verifier_text(),
            created.verifier_text()
        );
    }

    #[test]
    fn a_key_others_can_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let s = settings(dir.path());
        load_signer(&s).unwrap();
        std::fs::set_permissions(&s.signing_key_file, std::fs::Permissions::from_mode(0o640))
            .unwrap();
        let e = load_signer(&s).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "audit signing key `{}`: readable by group or others; chmod 600 it",
                s.signing_key_file.display()
            )
        );
    }

    #[test]
    fn the_public_key_sits_beside_the_private_one() {
        assert_eq!(
            public_path(Path::new("/var/lib/warden/audit.key")),
            PathBuf::from("/var/lib/warden/audit.key.pub")
        );
    }
}
