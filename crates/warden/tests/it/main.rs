//! Integration tests: a real `warden serve` process, driven over HTTP, in front of the fake
//! GroupAny tools, with a real SQLite file.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    reason = "tests"
)]

mod access;
mod actions;
mod approval_rules;
mod approvals;
mod audit;
mod cli;
mod compliance;
mod connectors;
mod console;
mod decisions;
mod durability;
mod erasure;
mod exits;
mod harness;
mod identity;
mod inspection;
mod integrity;
mod limits;
mod llm;
mod mcp;
mod mcp_stateless;
mod minimisation;
mod monitor;
mod multiprocess;
mod network;
mod notify;
mod oauth;
mod policy_tests;
mod provenance;
mod recipients;
mod reload;
mod replay;
mod runs;
mod secrets;
mod streaming;
mod totals;
mod vault;
