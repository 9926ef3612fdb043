//! `[policies]`: the directory whose `.cedar` files are the policy.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use warden_types::PolicyFile;

use crate::{Problems, read_limited};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPolicies {
    dir: PathBuf,
}

/// The `.cedar` files of `policies.dir`, sorted by path; at least one.
pub(crate) fn section(raw: RawPolicies, base: &Path, p: &mut Problems) -> Vec<PolicyFile> {
    let policy_dir = base.join(&raw.dir);
    let mut policy_files = Vec::new();
    match std::fs::read_dir(&policy_dir) {
        Ok(entries) => {
            let mut paths: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "cedar"))
                .collect();
            paths.sort();
            for path in paths {
                match read_limited(&path) {
                    Ok(text) => policy_files.push(PolicyFile { path, text }),
                    Err(e) => p.push("policies.dir", e.to_string()),
                }
            }
            if policy_files.is_empty() {
                p.push(
                    "policies.dir",
                    format!("no `.cedar` files in `{}`", policy_dir.display()),
                );
            }
        }
        Err(e) => p.push(
            "policies.dir",
            format!("cannot read `{}`: {e}", policy_dir.display()),
        ),
    }
    policy_files
}
