//! The Cedar view of a tool's arguments, derived from its JSON Schema.
//!
//! One [`Shape`] drives both the generated Cedar schema and the conversion of each request's
//! arguments, so the two can never disagree.

use cedar_policy::RestrictedExpression;
use serde_json::Value;

/// The Cedar type of an argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Shape {
    Bool,
    Long,
    /// JSON `number`: Cedar `decimal` (at most four decimal places).
    Decimal,
    String,
    /// What Cedar has no type for (a union of types, an untyped value, `anyOf`, a map): a
    /// Cedar `String`, a JSON string as it is and anything else as its JSON text, so a policy
    /// still sees it (`has`, `==`, `like`).
    Json,
    Set(Box<Shape>),
    /// Attributes with their shapes and whether they are required (a nullable attribute is
    /// not: `null` is the same as absent).
    Record(Vec<(String, Shape, bool)>),
}

/// The JSON Schema `type`s a schema allows, without `null`, and whether it allows `null`;
/// `None` when it names none (untyped).
fn types(schema: &Value) -> Option<(Vec<&str>, bool)> {
    let names: Vec<&str> = match schema.get("type")? {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    let nullable = names.contains(&"null");
    Some((
        names.into_iter().filter(|t| *t != "null").collect(),
        nullable,
    ))
}

/// The one type every value of `enum`/`const` has, if they share one.
fn literal_type(schema: &Value) -> Option<&'static str> {
    let values: Vec<&Value> = match (schema.get("enum"), schema.get("const")) {
        (Some(Value::Array(vs)), _) => vs.iter().filter(|v| !v.is_null()).collect(),
        (None, Some(v)) => vec![v],
        _ => return None,
    };
    let kind = |v: &Value| match v {
        Value::String(_) => Some("string"),
        Value::Bool(_) => Some("boolean"),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some("integer"),
        _ => None,
    };
    let first = kind(values.first()?)?;
    values
        .iter()
        .all(|v| kind(v) == Some(first))
        .then_some(first)
}

impl Shape {
    /// Derives the shape of a JSON Schema. Every property is kept: one Cedar cannot type
    /// exactly is [`Shape::Json`]. Returns the shape and whether `null` is allowed.
    pub(crate) fn of(schema: &Value) -> (Shape, bool) {
        let (names, nullable) = match types(schema) {
            Some(t) => t,
            None => match literal_type(schema) {
                Some(t) => (vec![t], false),
                None => return (Shape::Json, true),
            },
        };
        let shape = match names.as_slice() {
            ["boolean"] => Shape::Bool,
            ["integer"] => Shape::Long,
            ["number"] => Shape::Decimal,
            ["string"] => Shape::String,
            ["array"] => Shape::Set(Box::new(
                schema
                    .get("items")
                    .filter(|i| i.is_object())
                    .map_or(Shape::Json, |items| Shape::of(items).0),
            )),
            ["object"] => match schema.get("properties").and_then(Value::as_object) {
                Some(props) => {
                    let required: Vec<&str> = schema
                        .get("required")
                        .and_then(Value::as_array)
                        .map(|a| a.iter().filter_map(Value::as_str).collect())
                        .unwrap_or_default();
                    let attrs = props
                        .iter()
                        .map(|(name, sub)| {
                            let (shape, nullable) = Shape::of(sub);
                            let required = required.contains(&name.as_str()) && !nullable;
                            (name.clone(), shape, required)
                        })
                        .collect();
                    Shape::Record(attrs)
                }
                // a map (or an object nobody described): its JSON text
                None => Shape::Json,
            },
            _ => Shape::Json,
        };
        (shape, nullable)
    }

    /// The shape of a tool's argument schema (a record; an argument schema is an object).
    pub(crate) fn from_json_schema(schema: &Value) -> Option<Shape> {
        match Shape::of(schema).0 {
            r @ Shape::Record(_) => Some(r),
            _ => None,
        }
    }

    /// The Cedar schema syntax for this shape.
    pub(crate) fn cedar_type(&self) -> String {
        match self {
            Shape::Bool => "Bool".into(),
            Shape::Long => "Long".into(),
            Shape::Decimal => "decimal".into(),
            Shape::String | Shape::Json => "String".into(),
            Shape::Set(inner) => format!("Set<{}>", inner.cedar_type()),
            Shape::Record(attrs) => {
                let fields: Vec<String> = attrs
                    .iter()
                    .map(|(name, shape, required)| {
                        format!(
                            "{}{}: {}",
                            quote(name),
                            if *required { "" } else { "?" },
                            shape.cedar_type()
                        )
                    })
                    .collect();
                format!("{{{}}}", fields.join(", "))
            }
        }
    }

    /// Converts a (schema-valid) argument value into a Cedar value.
    pub(crate) fn to_cedar(
        &self,
        value: &Value,
        path: &str,
    ) -> Result<RestrictedExpression, String> {
        match (self, value) {
            (Shape::Bool, Value::Bool(b)) => Ok(RestrictedExpression::new_bool(*b)),
            (Shape::String | Shape::Json, Value::String(s)) => {
                Ok(RestrictedExpression::new_string(s.clone()))
            }
            (Shape::Json, other) => Ok(RestrictedExpression::new_string(
                serde_json::to_string(other).map_err(|e| e.to_string())?,
            )),
            (Shape::Long, Value::Number(n)) => n
                .as_i64()
                .map(RestrictedExpression::new_long)
                .ok_or_else(|| format!("`{path}` is not a 64-bit integer")),
            (Shape::Decimal, Value::Number(n)) => {
                Ok(RestrictedExpression::new_decimal(decimal_text(n, path)?))
            }
            (Shape::Set(inner), Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| inner.to_cedar(v, &format!("{path}/{i}")))
                .collect::<Result<Vec<_>, _>>()
                .map(RestrictedExpression::new_set),
            (Shape::Record(attrs), Value::Object(obj)) => {
                let mut out = Vec::with_capacity(attrs.len());
                for (name, shape, required) in attrs {
                    match obj.get(name) {
                        Some(Value::Null) | None if !required => {}
                        Some(v) => {
                            out.push((name.clone(), shape.to_cedar(v, &format!("{path}/{name}"))?));
                        }
                        None => return Err(format!("`{path}/{name}` is required")),
                    }
                }
                RestrictedExpression::new_record(out).map_err(|e| e.to_string())
            }
            _ => Err(format!(
                "`{path}` does not have the type the tool's schema declares"
            )),
        }
    }
}

/// A JSON number as Cedar `decimal` text: at most four decimal places, no exponent.
fn decimal_text(n: &serde_json::Number, path: &str) -> Result<String, String> {
    let text = n.to_string();
    if text.contains(['e', 'E']) {
        return Err(format!("`{path}` is out of range for a decimal"));
    }
    let text = if text.contains('.') {
        text
    } else {
        format!("{text}.0")
    };
    let decimals = text.split('.').nth(1).map_or(0, str::len);
    if decimals > 4 {
        return Err(format!("`{path}` has more than four decimal places"));
    }
    // Cedar decimals are i64 scaled by 10^4.
    let scaled: Option<i64> = text
        .replace('.', "")
        .parse::<i64>()
        .ok()
        .and_then(|v| v.checked_mul(10i64.pow(u32::try_from(4 - decimals).unwrap_or(0))));
    if scaled.is_none() {
        return Err(format!("`{path}` is out of range for a decimal"));
    }
    Ok(text)
}

/// A Cedar string literal.
pub(crate) fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| String::from("\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn derives_types_and_converts_values() {
        let schema = json!({
            "type": "object",
            "required": ["amount"],
            "properties": {
                "amount": {"type": "integer"},
                "rate": {"type": "number"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "anything": {}
            }
        });
        let shape = Shape::from_json_schema(&schema).unwrap();
        assert_eq!(
            shape.cedar_type(),
            r#"{"amount": Long, "rate"?: decimal, "tags"?: Set<String>, "anything"?: String}"#
        );
        let v = shape
            .to_cedar(&json!({"amount": 5, "rate": 1.25, "anything": [1]}), "")
            .unwrap();
        let debug = format!("{v:?}");
        for part in ["\"amount\"", "Long(5)", "\"decimal\"", "String(\"1.25\")"] {
            assert!(debug.contains(part), "{part} missing from {debug}");
        }
        assert!(debug.contains("\"anything\""), "{debug}");
        assert!(debug.contains("String(\"[1]\")"), "{debug}");
        assert!(shape.to_cedar(&json!({"amount": 1.5}), "").is_err());
        assert!(
            shape
                .to_cedar(&json!({"amount": 1, "rate": 0.123456}), "")
                .is_err()
        );
    }

    #[test]
    fn every_argument_the_schema_allows_is_visible() {
        let schema = json!({
            "type": "object",
            "required": ["to", "note"],
            "properties": {
                "to": {"type": "string"},
                "bcc": {"type": ["string", "null"]},
                "note": {"type": ["string", "null"]},
                "id": {"type": ["string", "integer"]},
                "mode": {"enum": ["fast", "slow"]},
                "flag": {"const": true},
                "any": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                "untyped": {},
                "meta": {"type": "object", "additionalProperties": {"type": "string"}},
                "list": {"type": "array"},
                "nested": {"type": "object", "properties": {"cc": {"type": ["array", "null"], "items": {"type": "string"}}}}
            }
        });
        let shape = Shape::from_json_schema(&schema).unwrap();
        assert_eq!(
            shape.cedar_type(),
            r#"{"to": String, "bcc"?: String, "note"?: String, "id"?: String, "mode"?: String, "flag"?: Bool, "any"?: String, "untyped"?: String, "meta"?: String, "list"?: Set<String>, "nested"?: {"cc"?: Set<String>}}"#
        );
        let v = shape
            .to_cedar(
                &json!({"to": "a", "note": null, "bcc": "b@x", "id": 7, "meta": {"k": "v"}, "list": [1, "x"], "nested": {"cc": null}}),
                "",
            )
            .unwrap();
        let debug = format!("{v:?}");
        for part in [
            "\"bcc\"",
            "String(\"7\")",
            "String(\"{\\\"k\\\":\\\"v\\\"}\")",
            "String(\"1\")",
        ] {
            assert!(debug.contains(part), "{part} missing from {debug}");
        }
        assert!(!debug.contains("\"note\""), "null is absent: {debug}");
    }
}
