//! Helpers for the sections' tests: the reference deployment, and a configuration written to a
//! temporary directory beside one permissive policy.

use std::path::{Path, PathBuf};

use warden_types::Deployment;

use crate::{ConfigError, load};

/// No environment overrides.
pub(crate) fn no_env(_: &str) -> Option<String> {
    None
}

/// `examples/groupany/warden.toml`.
pub(crate) fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/groupany/warden.toml")
}

/// Loads `text` as `warden.toml` in a directory with `policies/p.cedar`.
pub(crate) fn with_text(text: &str) -> Result<Deployment, ConfigError> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("policies")).unwrap();
    std::fs::write(
        dir.path().join("policies/p.cedar"),
        "permit(principal, action, resource);",
    )
    .unwrap();
    std::fs::write(dir.path().join("warden.toml"), text).unwrap();
    load(&dir.path().join("warden.toml"), &no_env)
}

/// The problems `text` has, as displayed; panics if it loads.
pub(crate) fn problems(text: &str) -> Vec<String> {
    match with_text(text) {
        Err(ConfigError::Invalid(p)) => p.iter().map(ToString::to_string).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

/// The smallest valid configuration, to which a test appends the section it checks.
pub(crate) const BASE: &str = "[policies]\ndir = \"policies\"\n";
