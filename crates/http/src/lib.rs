//! The one outbound HTTP client policy of Warden.
//!
//! Every request Warden sends — tool connectors, upstream MCP servers, LLM providers,
//! checkpoint witnesses, audit streams, erasure and rotation hooks, the HashiCorp/OpenBao
//! vault, the CLI talking to a gateway — goes through a [`reqwest::Client`] built by
//! [`Policy::build`], and reads answers of bounded size with [`read_capped`]:
//!
//! - **No redirects.** A redirect could carry an injected credential (a header the gateway
//!   added) to another host; a `3xx` is handed to the caller as the answer.
//! - **A connect timeout** ([`CONNECT_TIMEOUT`]) for every client, and a request timeout
//!   chosen by each use ([`Policy::timeout`]) or per request (`RequestBuilder::timeout`).
//! - **TLS** through rustls with the ring provider ([`install_crypto_provider`]) and the
//!   platform's certificate roots (reqwest's `rustls-platform-verifier`); no OpenSSL, no
//!   aws-lc C build.
//! - **Pooling**: idle connections kept [`POOL_IDLE_TIMEOUT`]; a per-host cap where a use
//!   asks for one.
//! - **A user agent** ([`USER_AGENT`]) naming Warden and its version.

use std::time::Duration;

/// How long opening a connection (TCP and TLS) may take before the request fails.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long an idle pooled connection is kept for reuse.
pub const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(90);

/// The `user-agent` of every request Warden sends.
pub const USER_AGENT: &str = concat!("warden/", env!("CARGO_PKG_VERSION"));

/// Installs the process-wide TLS crypto provider (ring) if none is installed yet.
pub fn install_crypto_provider() {
    // Err means a provider is already installed, which is what we want.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// The settings one use may choose; everything else is fixed by the policy.
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct Policy {
    timeout: Option<Duration>,
    max_idle_per_host: Option<usize>,
}

/// A client could not be built (the TLS backend failed to initialise).
#[derive(Debug, thiserror::Error)]
#[error("cannot build the HTTP client: {0}")]
pub struct BuildError(#[source] reqwest::Error);

impl Policy {
    /// The policy with no request timeout (each request sets its own) and no per-host cap.
    pub fn new() -> Self {
        Self::default()
    }

    /// A timeout for every whole request (connect, send, and reading the answer).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// At most `n` idle connections kept per host.
    pub fn max_idle_per_host(mut self, n: usize) -> Self {
        self.max_idle_per_host = Some(n);
        self
    }

    /// The client.
    pub fn build(self) -> Result<reqwest::Client, BuildError> {
        install_crypto_provider();
        let mut b = reqwest::Client::builder()
            // INVARIANT: never follow a redirect; see the crate doc.
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(CONNECT_TIMEOUT)
            .pool_idle_timeout(POOL_IDLE_TIMEOUT)
            .user_agent(USER_AGENT);
        if let Some(t) = self.timeout {
            b = b.timeout(t);
        }
        if let Some(n) = self.max_idle_per_host {
            b = b.pool_max_idle_per_host(n);
        }
        b.build().map_err(BuildError)
    }
}

/// Why an answer's body was not read.
#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    /// The body is (or announced itself as) larger than the cap.
    #[error("the answer is larger than {limit} bytes")]
    TooLarge {
        /// The cap.
        limit: usize,
    },
    /// The connection failed or timed out while reading.
    #[error("the answer broke off: {0}")]
    Broken(#[source] reqwest::Error),
}

impl BodyError {
    /// The same error without the request's URL (which may hold a credential or personal
    /// data in its query) in its message.
    pub fn without_url(self) -> Self {
        match self {
            Self::Broken(e) => Self::Broken(e.without_url()),
            too_large => too_large,
        }
    }
}

/// Reads a whole answer, refusing one larger than `limit` bytes: at once when its
/// `content-length` says so, otherwise as soon as the bytes read pass the cap (the rest is
/// never read).
pub async fn read_capped(mut resp: reqwest::Response, limit: usize) -> Result<Vec<u8>, BodyError> {
    let announced = resp.content_length().unwrap_or(0);
    if usize::try_from(announced).map_or(true, |n| n > limit) {
        return Err(BodyError::TooLarge { limit });
    }
    let mut out = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(BodyError::Broken)? {
        if out.len().saturating_add(chunk.len()) > limit {
            return Err(BodyError::TooLarge { limit });
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
