//! `[inspection]`: the injection threshold, the learned layer, and how personal data reaches the audit log.

use serde::Deserialize;
use warden_types::{AuditPersonalData, Inspection};

use crate::Problems;

/// Injection score at or above which a tool result labels the session `untrusted`, when
/// `inspection.injection_threshold` is not set.
pub const DEFAULT_INJECTION_THRESHOLD: f32 = 0.5;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawInspection {
    injection_threshold: Option<f32>,
    injection_model: Option<bool>,
    audit_personal_data: Option<String>,
}

pub(crate) fn section(raw: RawInspection, p: &mut Problems) -> Inspection {
    let injection_threshold = raw
        .injection_threshold
        .unwrap_or(DEFAULT_INJECTION_THRESHOLD);
    if !(0.0..=1.0).contains(&injection_threshold) {
        p.push("inspection.injection_threshold", "must be between 0 and 1");
    }
    let audit_personal_data = match raw.audit_personal_data.as_deref() {
        None => AuditPersonalData::Pseudonymise,
        Some(mode) => AuditPersonalData::parse(mode).unwrap_or_else(|| {
            p.push(
                "inspection.audit_personal_data",
                format!("unknown mode `{mode}`; expected `mask` or `pseudonymise`"),
            );
            AuditPersonalData::Mask
        }),
    };
    Inspection {
        injection_threshold,
        injection_model: raw.injection_model.unwrap_or(true),
        audit_personal_data,
    }
}
