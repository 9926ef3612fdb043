//! `[server]`: the listen address and the limits on requests.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use warden_types::{Limits, TlsFiles};

use crate::{Problems, parse_duration};

/// Address the server binds when `server.listen` is not set.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// Largest request body accepted when `server.max_body_bytes` is not set (1 MiB).
pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;
/// Longest long-poll a client may ask for, in seconds.
pub const DEFAULT_MAX_WAIT_SECONDS: u64 = 60;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawServer {
    listen: Option<String>,
    max_body_bytes: Option<usize>,
    max_wait: Option<String>,
    agent_rate: Option<u32>,
    agent_burst: Option<u32>,
    max_pending_approvals: Option<u32>,
    max_connections: Option<u32>,
    header_timeout: Option<String>,
    body_timeout: Option<String>,
    agent_token_ttl: Option<String>,
    tls: Option<RawTls>,
    admin_listen: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTls {
    cert_file: PathBuf,
    key_file: PathBuf,
    client_ca_file: Option<PathBuf>,
}

/// Lifetime of an agent token created without one when `server.agent_token_ttl` is not set.
pub const DEFAULT_AGENT_TOKEN_TTL: Duration = Duration::from_secs(90 * 24 * 3600);

/// Connections served at once when `server.max_connections` is not set.
pub const DEFAULT_MAX_CONNECTIONS: u32 = 1024;
/// Headers deadline when `server.header_timeout` is not set.
pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Body deadline when `server.body_timeout` is not set.
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(30);

/// Requests per second one agent may make when `server.agent_rate` is not set.
pub const DEFAULT_AGENT_RATE: u32 = 100;
/// Burst above the rate when `server.agent_burst` is not set.
pub const DEFAULT_AGENT_BURST: u32 = 200;
/// Pending approvals per agent when `server.max_pending_approvals` is not set.
pub const DEFAULT_MAX_PENDING_APPROVALS: u32 = 100;

/// The validated `[server]` section.
pub(crate) struct Server {
    pub(crate) listen: SocketAddr,
    pub(crate) limits: Limits,
    pub(crate) tls: Option<TlsFiles>,
    pub(crate) admin_listen: Option<SocketAddr>,
}

pub(crate) fn section(raw: RawServer, base: &Path, p: &mut Problems) -> Server {
    let tls = raw.tls.map(|t| {
        let files = TlsFiles {
            cert_file: base.join(t.cert_file),
            key_file: base.join(t.key_file),
            client_ca_file: t.client_ca_file.map(|f| base.join(f)),
        };
        for (key, path) in [
            ("server.tls.cert_file", Some(&files.cert_file)),
            ("server.tls.key_file", Some(&files.key_file)),
            ("server.tls.client_ca_file", files.client_ca_file.as_ref()),
        ] {
            if let Some(path) = path
                && !path.is_file()
            {
                p.push(key, format!("`{}` is not a readable file", path.display()));
            }
        }
        files
    });
    let listen_text = raw.listen.as_deref().unwrap_or(DEFAULT_LISTEN);
    let listen = match listen_text.parse::<SocketAddr>() {
        Ok(a) => a,
        Err(_) => {
            p.push(
                "server.listen",
                format!("`{listen_text}` is not an address such as `127.0.0.1:8080`"),
            );
            SocketAddr::from(([127, 0, 0, 1], 8080))
        }
    };
    let max_body_bytes = raw.max_body_bytes.unwrap_or(DEFAULT_MAX_BODY_BYTES);
    if !(1024..=64 * 1024 * 1024).contains(&max_body_bytes) {
        p.push("server.max_body_bytes", "must be between 1024 and 67108864");
    }
    let max_wait_seconds = match raw.max_wait.as_deref().map(parse_duration) {
        None => DEFAULT_MAX_WAIT_SECONDS,
        Some(Ok(d)) => d.as_secs().max(1),
        Some(Err(e)) => {
            p.push("server.max_wait", e);
            DEFAULT_MAX_WAIT_SECONDS
        }
    };
    let mut bounded = |key: &str, v: Option<u32>, default: u32, max: u32| match v {
        None => default,
        Some(n) if (1..=max).contains(&n) => n,
        Some(_) => {
            p.push(
                format!("server.{key}"),
                format!("must be between 1 and {max}"),
            );
            default
        }
    };
    let agent_rate = bounded("agent_rate", raw.agent_rate, DEFAULT_AGENT_RATE, 1_000_000);
    let agent_burst = bounded(
        "agent_burst",
        raw.agent_burst,
        DEFAULT_AGENT_BURST,
        1_000_000,
    );
    let max_pending_approvals = bounded(
        "max_pending_approvals",
        raw.max_pending_approvals,
        DEFAULT_MAX_PENDING_APPROVALS,
        100_000,
    );
    let max_connections = bounded(
        "max_connections",
        raw.max_connections,
        DEFAULT_MAX_CONNECTIONS,
        1_000_000,
    ) as usize;
    let mut timeout = |key: &str, v: Option<&str>, default: Duration| match v.map(parse_duration) {
        None => default,
        Some(Ok(d)) if d >= Duration::from_millis(100) && d <= Duration::from_secs(3600) => d,
        Some(Ok(_)) => {
            p.push(format!("server.{key}"), "between 100ms and 1h");
            default
        }
        Some(Err(e)) => {
            p.push(format!("server.{key}"), e);
            default
        }
    };
    let header_timeout = timeout(
        "header_timeout",
        raw.header_timeout.as_deref(),
        DEFAULT_HEADER_TIMEOUT,
    );
    let body_timeout = timeout(
        "body_timeout",
        raw.body_timeout.as_deref(),
        DEFAULT_BODY_TIMEOUT,
    );
    let agent_token_ttl = match raw.agent_token_ttl.as_deref().map(parse_duration) {
        None => Some(DEFAULT_AGENT_TOKEN_TTL),
        Some(Ok(d)) if d.is_zero() => None,
        Some(Ok(d)) if d >= Duration::from_secs(60) => Some(d),
        Some(Ok(_)) => {
            p.push(
                "server.agent_token_ttl",
                "at least 1m, or 0s for no default expiry",
            );
            Some(DEFAULT_AGENT_TOKEN_TTL)
        }
        Some(Err(e)) => {
            p.push("server.agent_token_ttl", e);
            Some(DEFAULT_AGENT_TOKEN_TTL)
        }
    };
    let admin_listen = raw
        .admin_listen
        .as_deref()
        .and_then(|a| match a.parse::<SocketAddr>() {
            Ok(addr) if addr == listen && addr.port() != 0 => {
                p.push("server.admin_listen", "must differ from `server.listen`");
                None
            }
            Ok(addr) => Some(addr),
            Err(_) => {
                p.push(
                    "server.admin_listen",
                    format!("`{a}` is not an address like 127.0.0.1:8081"),
                );
                None
            }
        });
    Server {
        listen,
        tls,
        admin_listen,
        limits: Limits {
            agent_token_ttl,
            max_connections,
            header_timeout,
            body_timeout,
            max_body_bytes,
            max_wait_seconds,
            agent_rate,
            agent_burst,
            max_pending_approvals,
        },
    }
}
