//! The Model Context Protocol, as Warden speaks it: a client to each upstream MCP server
//! ([`Upstreams`]), the catalogue of their tools with pinned definitions ([`catalogue`]), and
//! the JSON-RPC shapes the agent-facing endpoint needs ([`rpc`]).
//!
//! Messages are kept as raw JSON (`serde_json::Value`) end to end, never re-serialised through
//! typed structs: a gateway that does so silently drops the fields its SDK version does not
//! know (newer spec fields, vendor `_meta`). Warden reads what policy and inspection need
//! (method, tool name, arguments, text content) and rewrites only that.
//!
//! Why not `rmcp` (the official Rust SDK): its model types are closed structs (the fidelity
//! problem above), so the proxy half would be hand-written JSON-RPC anyway; what would remain
//! — spawning a child process and one request/response correlation loop — is ~300 lines here,
//! against ~90 s of extra debug build time on the 2-core CI machines and an API that had three
//! major releases in 2026. Interoperability is tested against the official SDKs instead: the
//! Python `mcp` package as the agent's client and as an upstream server.

pub mod catalogue;
pub mod framing;
pub mod rpc;
pub mod stateless;
pub mod upstream;

pub use upstream::{CallError, ServerSpec, Transport, Upstreams};

/// Protocol revisions Warden negotiates through `initialize`, newest first. The session-less
/// revision (2026-07-28) has no handshake: [`stateless`].
pub const PROTOCOL_VERSIONS: &[&str] = &["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"];

/// The revision to answer a client that asked for `requested`: the same one if Warden speaks
/// it, else the newest Warden speaks (the client then decides whether it can continue).
pub fn negotiate(requested: Option<&str>) -> &'static str {
    requested
        .and_then(|r| PROTOCOL_VERSIONS.iter().copied().find(|v| *v == r))
        .or_else(|| PROTOCOL_VERSIONS.first().copied())
        .unwrap_or("2025-06-18")
}
