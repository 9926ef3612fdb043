//! TLS on the listener (rustls): the certificate chain and key are PEM files, read at start
//! and again whenever either changes on disk (a rotation needs no restart). A rotation that
//! leaves files that do not load is logged and the running certificate stays.
//!
//! With `client_ca_file`, clients may present a certificate issued by that CA (mutual TLS);
//! the agents a verified certificate speaks for — those whose id it is valid for as a DNS
//! name — go with each request of the connection ([`CertAgents`]), and an agent token is then
//! accepted only with its agent's certificate.

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

/// The agents a connection's verified client certificate speaks for (a request extension).
#[derive(Debug, Clone)]
pub struct CertAgents(pub Arc<std::collections::BTreeSet<String>>);

/// The certificate in force, swapped whole when the files change.
pub struct Tls {
    files: TlsFiles,
    agents: Vec<String>,
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
    let builder = ServerConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let builder = match &files.client_ca_file {
        None => builder.with_no_client_auth(),
        Some(ca) => {
            let mut roots = tokio_rustls::rustls::RootCertStore::empty();
            for cert in
                CertificateDer::pem_file_iter(ca).map_err(|e| format!("{}: {e}", ca.display()))?
            {
                let cert = cert.map_err(|e| format!("{}: {e}", ca.display()))?;
                roots
                    .add(cert)
                    .map_err(|e| format!("{}: {e}", ca.display()))?;
            }
            // Optional at the TLS level (operators and health checks need none); an agent
            // token without its certificate is refused by the gateway.
            let verifier =
                tokio_rustls::rustls::server::WebPkiClientVerifier::builder_with_provider(
                    Arc::new(roots),
                    provider,
                )
                .allow_unauthenticated()
                .build()
                .map_err(|e| format!("{}: {e}", ca.display()))?;
            builder.with_client_cert_verifier(verifier)
        }
    };
    let mut config = builder
        .with_single_cert(certs, key)
        .map_err(|e| format!("the certificate and key do not go together: {e}"))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

impl Tls {
    /// Loads the files (an error names the file and what is wrong); `agents` are the agent
    /// ids a client certificate may speak for.
    pub fn new(files: TlsFiles, agents: Vec<String>) -> Result<Arc<Self>, String> {
        let config = load(&files)?;
        let stamp = (modified(&files.cert_file), modified(&files.key_file));
        Ok(Arc::new(Self {
            agents,
            files,
            config: ArcSwap::from_pointee(config),
            stamp: std::sync::Mutex::new(stamp),
        }))
    }

    /// The agents a verified client certificate (leaf, DER) is valid for as DNS names.
    pub fn agents_of(&self, leaf: &CertificateDer<'_>) -> CertAgents {
        let set = match webpki::EndEntityCert::try_from(leaf) {
            Ok(cert) => self
                .agents
                .iter()
                .filter(|a| {
                    rustls_pki_types::ServerName::try_from(a.as_str())
                        .is_ok_and(|name| cert.verify_is_valid_for_subject_name(&name).is_ok())
                })
                .cloned()
                .collect(),
            Err(_) => std::collections::BTreeSet::new(),
        };
        CertAgents(Arc::new(set))
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
