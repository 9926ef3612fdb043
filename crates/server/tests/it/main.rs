//! In-process tests of the HTTP edge: the router driven with `tower::ServiceExt::oneshot`, a
//! real gateway on a real SQLite file, no sockets. What the edge owns is checked here: problem
//! bodies and their content type, status mapping, authentication and what it records, the
//! body limit, routes that do not exist.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    reason = "tests"
)]

mod handlers;
mod wire;
