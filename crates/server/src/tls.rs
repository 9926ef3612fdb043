//! TLS on the listener (rustls): the certificate chain and key are PEM files, read at start
//! and again whenever either changes on disk (a rotation needs no restart). A rotation that
//! leaves files that do not load is logged and the running certificate stays.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use arc_swap::ArcSwap;
use rustls_pki_types::pem::PemObject as _;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls::ServerConfig;
use warden_types::TlsFiles;

/// How often the files are looked at for a rotation.
const RELOAD_EVERY: Duration = Duration::from_secs(2);

/// The certificate in force, swapped whole when the files change.
pub struct Tls {
    files: TlsFiles,
    config: ArcSwap<ServerConfig>,
    stamp: std::sync::Mutex<(Option<SystemTime>, Option<SystemTime>)>,
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// A server configuration from the PEM files (HTTP/1.1 only).
pub fn load(files: &TlsFiles) -> Result<ServerConfig, String> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&files.cert_file)
        .map_err(|e| format!("{}: {e}", files.cert_file.display()))?
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{}: {e}", files.cert_file.display()))?;
    if certs.is_empty() {
        return Err(format!(
            "{}: no certificate in the file",
            files.cert_file.display()
        ));
    }
    let key = PrivateKeyDer::from_pem_file(&files.key_file)
        .map_err(|e| format!("{}: {e}", files.key_file.display()))?;
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| format!("the certificate and key do not go together: {e}"))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

impl Tls {
    /// Loads the files (an error names the file and what is wrong).
    pub fn new(files: TlsFiles) -> Result<Arc<Self>, String> {
        let config = load(&files)?;
        let stamp = (modified(&files.cert_file), modified(&files.key_file));
        Ok(Arc::new(Self {
            files,
            config: ArcSwap::from_pointee(config),
            stamp: std::sync::Mutex::new(stamp),
        }))
    }

    /// The acceptor for the next connection.
    pub fn acceptor(&self) -> tokio_rustls::TlsAcceptor {
        tokio_rustls::TlsAcceptor::from(self.config.load_full())
    }

    /// Reloads when either file changed; keeps the running certificate if the new files do
    /// not load. `true` if a new certificate took effect.
    pub fn reload_if_changed(&self) -> bool {
        let now = (
            modified(&self.files.cert_file),
            modified(&self.files.key_file),
        );
        let mut stamp = self.stamp.lock().unwrap_or_else(|p| p.into_inner());
        if *stamp == now {
            return false;
        }
        match load(&self.files) {
            Ok(config) => {
                self.config.store(Arc::new(config));
                *stamp = now;
                tracing::info!(cert = %self.files.cert_file.display(), "TLS certificate reloaded");
                true
            }
            Err(e) => {
                // Tried again at the next change (a rotation may write cert and key apart).
                tracing::error!(error = %e, "the rotated TLS certificate does not load; the running one stays");
                false
            }
        }
    }

    /// Watches the files until the task is dropped.
    pub async fn watch(self: Arc<Self>) {
        loop {
            tokio::time::sleep(RELOAD_EVERY).await;
            self.reload_if_changed();
        }
    }
}
