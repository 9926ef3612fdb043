//! The audit log's pure parts: what Warden writes about itself and how its records leave it.
//!
//! - [`event`]: one constructor per administrative and audit event — configuration
//!   (`config.loaded`, `config.reloaded`), tokens and halts (`token.*`, `agent.*`), MCP tool pins
//!   (`tool.*`), the vault (`secret.stored`, `secret.rotated`, `secret.revoked`,
//!   `secret.rotation_failed`), the log itself (`audit.checkpoint`, `audit.purged`,
//!   `audit.stream_skipped`) and data subjects (`subject.accessed`, `subject.erased`) — each
//!   returning the [`AuditEvent`] with its fields set, so a record's shape is decided in one
//!   place and tested beside it. The records of actions, LLM calls and access (`action.*`,
//!   `approval.*`, `llm.call`, `secret.used`, `auth.failed`, …) are built at their surface's one
//!   exit in the pipeline (docs/architecture.md, "Where records are written").
//! - [`export`]: the formats records are exported and streamed in — JSON Lines (the stored,
//!   hashable text), OCSF 1.3 API Activity, and RFC 5424 syslog messages with RFC 6587 octet
//!   counting — with golden snapshots of each (`src/snapshots/`).
//! - [`checkpoint`]: the checkpoint signing key (created mode 0600 with its public `.pub`
//!   beside it; refused if others can read it).
//! - [`retention`]: which event kinds each retention class holds and when its records expire.
//! - [`erasure`]: the data map of a data subject (which systems, tools, providers and agents
//!   their data reached) that answers and erasure receipts carry.
//!
//! What stays in `warden-pipeline`, as `impl Gateway` blocks: everything that needs the running
//! gateway — delivering streams (HTTP client, sockets, leases and cursors in the store),
//! making, publishing and witnessing checkpoints, running purges, calling erasure hooks and the
//! subject vault's transactions. Those read the deployment and the store, which this crate must
//! not depend on (it sits beside the stages, below the store, the config and the pipeline:
//! `scripts/check-stage-deps.py`). `AuditEvent` and `EventKind` stay in `warden-types`, since
//! every crate records events.
//!
//! [`AuditEvent`]: warden_types::AuditEvent

#![deny(missing_docs)]

pub mod checkpoint;
pub mod erasure;
pub mod event;
pub mod export;
pub mod retention;
