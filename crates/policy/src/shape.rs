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
    Set(Box<Shape>),
    /// Attributes with their shapes and whether they are required.
    Record(Vec<(String, Shape, bool)>),
}

impl Shape {
    /// Derives the shape of a JSON Schema; `None` for what Cedar cannot express (union types,
    /// `null`, untyped values), which is then left out of `context.args`.
    pub(crate) fn from_json_schema(schema: &Value) -> Option<Shape> {
        match schema.get("type")?.as_str()? {
            "boolean" => Some(Shape::Bool),
            "integer" => Some(Shape::Long),
            "number" => Some(Shape::Decimal),
            "string" => Some(Shape::String),
            "array" => Some(Shape::Set(Box::new(Shape::from_json_schema(
                schema.get("items")?,
            )?))),
            "object" => {
                let required: Vec<&str> = schema
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let mut attrs = Vec::new();
                if let Some(props) = schema.get("properties").and_then(Value::as_object) {
                    for (name, sub) in props {
                        if let Some(shape) = Shape::from_json_schema(sub) {
                            attrs.push((name.clone(), shape, required.contains(&name.as_str())));
                        }
                    }
                }
                Some(Shape::Record(attrs))
            }
            _ => None,
        }
    }

    /// The Cedar schema syntax for this shape.
    pub(crate) fn cedar_type(&self) -> String {
        match self {
            Shape::Bool => "Bool".into(),
            Shape::Long => "Long".into(),
            Shape::Decimal => "decimal".into(),
            Shape::String => "String".into(),
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
            (Shape::String, Value::String(s)) => Ok(RestrictedExpression::new_string(s.clone())),
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
            r#"{"amount": Long, "rate"?: decimal, "tags"?: Set<String>}"#
        );
        let v = shape
            .to_cedar(&json!({"amount": 5, "rate": 1.25, "anything": [1]}), "")
            .unwrap();
        let debug = format!("{v:?}");
        for part in ["\"amount\"", "Long(5)", "\"decimal\"", "String(\"1.25\")"] {
            assert!(debug.contains(part), "{part} missing from {debug}");
        }
        assert!(!debug.contains("anything"), "{debug}");
        assert!(shape.to_cedar(&json!({"amount": 1.5}), "").is_err());
        assert!(
            shape
                .to_cedar(&json!({"amount": 1, "rate": 0.123456}), "")
                .is_err()
        );
    }
}
