//! The `validate` stage: a tool's arguments must satisfy its JSON Schema before policy runs.
//!
//! An HTTP connector's arguments must also fill its URL template without changing the URL's
//! shape (`warden_types::UrlTemplate`): a value that would make a path segment `.` or `..`, a
//! missing path argument, an object where a URL part goes are refused here, before policy.
//!
//! Validators are compiled once at load. Error messages name the failing path and never echo
//! the argument value (it may hold personal data or a secret).

use std::collections::HashMap;

use serde_json::Value;
use warden_types::{Connector, Deployment, UrlTemplate};

/// One way the arguments fail the schema.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ArgumentError {
    /// JSON Pointer to the failing value (`""` for the whole object), e.g. `/amount`.
    pub path: String,
    /// What is wrong, without the value itself.
    pub message: String,
}

/// Most errors reported for one call; the rest are summarised.
pub const MAX_ERRORS: usize = 20;

/// Compiled argument validators for every tool.
pub struct ArgumentValidator {
    validators: HashMap<String, jsonschema::Validator>,
    urls: HashMap<String, UrlTemplate>,
}

impl ArgumentValidator {
    /// Compiles every tool's schema; reports `(tool, problem)` for each schema that is invalid.
    pub fn compile(dep: &Deployment) -> Result<Self, Vec<(String, String)>> {
        let mut validators = HashMap::new();
        let mut problems = Vec::new();
        for tool in dep.tools.values() {
            match jsonschema::options()
                .should_validate_formats(true)
                .build(&tool.schema)
            {
                Ok(v) => {
                    validators.insert(tool.name.clone(), v);
                }
                Err(e) => {
                    problems.push((tool.name.clone(), format!("invalid argument schema: {e}")))
                }
            }
        }
        let urls = dep
            .tools
            .values()
            .filter_map(|t| match &t.connector {
                Connector::Http(h) => Some((t.name.clone(), h.url.clone())),
                _ => None,
            })
            .collect();
        if problems.is_empty() {
            Ok(Self { validators, urls })
        } else {
            Err(problems)
        }
    }

    /// Checks `args` against the schema of `tool`. An unknown tool is an error at the root.
    pub fn validate(&self, tool: &str, args: &Value) -> Result<(), Vec<ArgumentError>> {
        let Some(validator) = self.validators.get(tool) else {
            return Err(vec![ArgumentError {
                path: String::new(),
                message: format!("unknown tool `{tool}`"),
            }]);
        };
        if validator.is_valid(args) {
            return match self.urls.get(tool).map(|u| u.render(args)) {
                Some(Err(e)) => Err(vec![ArgumentError {
                    path: e.arg.map(|a| format!("/{a}")).unwrap_or_default(),
                    message: e.message,
                }]),
                _ => Ok(()),
            };
        }
        let mut errors: Vec<ArgumentError> = validator
            .iter_errors(args)
            .take(MAX_ERRORS)
            .map(|e| ArgumentError {
                path: e.instance_path().as_str().to_owned(),
                message: e.masked().to_string(),
            })
            .collect();
        if errors.is_empty() {
            errors.push(ArgumentError {
                path: String::new(),
                message: "arguments do not match the tool's schema".into(),
            });
        }
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn validator() -> ArgumentValidator {
        let dep = warden_config::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../examples/groupany/warden.toml"),
            &|_| None,
        )
        .unwrap();
        ArgumentValidator::compile(&dep).unwrap()
    }

    #[test]
    fn names_the_failing_path_without_the_value() {
        let v = validator();
        assert!(
            v.validate(
                "payments.refund",
                &json!({"charge_id": "ch_abcd", "amount": 5})
            )
            .is_ok()
        );
        let errs = v
            .validate(
                "payments.refund",
                &json!({"charge_id": "ch_abcd", "amount": "SECRET-CANARY"}),
            )
            .unwrap_err();
        assert_eq!(errs[0].path, "/amount");
        assert!(
            !errs[0].message.contains("SECRET-CANARY"),
            "{}",
            errs[0].message
        );
        let errs = v
            .validate(
                "payments.refund",
                &json!({"charge_id": "ch_abcd", "amount": 5, "hallucinated": true}),
            )
            .unwrap_err();
        assert!(errs[0].message.contains("hallucinated"), "{errs:?}");
        let errs = v
            .validate("payments.refund", &json!({"amount": 5}))
            .unwrap_err();
        assert!(errs[0].message.contains("charge_id"), "{errs:?}");
    }
}
