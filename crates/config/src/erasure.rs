//! `[erasure.hooks.*]`: systems outside Warden told to forget erased data subjects.

use std::collections::BTreeMap;

use serde::Deserialize;
use warden_types::ErasureHook;

use crate::Problems;
use crate::checks::{check_template, http_url_ok};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawErasure {
    #[serde(default)]
    hooks: BTreeMap<String, RawErasureHook>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawErasureHook {
    url: String,
    system: Option<String>,
    #[serde(default)]
    headers: BTreeMap<String, String>,
}

/// The erasure hooks, in name order.
pub(crate) fn section(raw: RawErasure, p: &mut Problems) -> Vec<ErasureHook> {
    raw.hooks
        .into_iter()
        .map(|(name, h)| {
            let key = format!("erasure.hooks.{name}");
            if !http_url_ok(&h.url) {
                p.push(
                    format!("{key}.url"),
                    "must be https:// (http:// only to a loopback address)",
                );
            }
            for (k, v) in &h.headers {
                check_template(v, p, &format!("{key}.headers.{k}"));
            }
            ErasureHook {
                system: h.system.unwrap_or_else(|| name.clone()),
                name,
                url: h.url,
                headers: h.headers,
            }
        })
        .collect()
}
