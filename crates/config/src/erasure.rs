//! `[erasure.hooks.*]`: systems outside Warden told to forget erased data subjects.

use std::collections::BTreeMap;

use serde::Deserialize;
use warden_types::ErasureHook;

use crate::Problems;
use crate::checks::{http_url_ok, template};

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
            let headers = h
                .headers
                .into_iter()
                .map(|(k, v)| {
                    let t = template(&v, p, &format!("{key}.headers.{k}"));
                    (k, t)
                })
                .collect();
            ErasureHook {
                system: h.system.unwrap_or_else(|| name.clone()),
                name,
                url: h.url,
                headers,
            }
        })
        .collect()
}
