//! A tool schema that no call can satisfy is a configuration mistake (the tool can never be
//! used, and a policy written against it never fires). `check` finds the common ways to write
//! one: `false`, an empty `enum`, bounds that cross, a `const`/`enum` outside the declared type,
//! a required property that is not allowed or can never be given, and `allOf` parts of
//! different types. It is not a full decision procedure; it never refuses a satisfiable schema.

use serde_json::Value;

/// Every problem found in `schema` (at JSON Pointer `path`). Empty when none was found.
pub(crate) fn check(schema: &Value, path: &str) -> Vec<String> {
    let mut out = Vec::new();
    never(schema, path, &mut out);
    out
}

fn at(path: &str) -> String {
    if path.is_empty() {
        "the schema".into()
    } else {
        format!("`{path}`")
    }
}

fn types(schema: &Value) -> Option<Vec<&str>> {
    match schema.get("type")? {
        Value::String(t) => Some(vec![t.as_str()]),
        Value::Array(ts) => Some(ts.iter().filter_map(Value::as_str).collect()),
        _ => None,
    }
}

fn has_type(value: &Value, ty: &str) -> bool {
    match (ty, value) {
        ("null", Value::Null)
        | ("boolean", Value::Bool(_))
        | ("string", Value::String(_))
        | ("array", Value::Array(_))
        | ("object", Value::Object(_)) => true,
        ("number", Value::Number(_)) => true,
        ("integer", Value::Number(n)) => {
            n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        _ => false,
    }
}

fn num(schema: &Value, key: &str) -> Option<f64> {
    schema.get(key).and_then(Value::as_f64)
}

/// Whether `schema` can never be satisfied; records why.
fn never(schema: &Value, path: &str, out: &mut Vec<String>) -> bool {
    let before = out.len();
    if schema == &Value::Bool(false) {
        out.push(format!("{} is `false`: no value satisfies it", at(path)));
        return true;
    }
    let Some(obj) = schema.as_object() else {
        return false;
    };
    let declared = types(schema);
    if let Some(ts) = &declared
        && ts.is_empty()
    {
        out.push(format!("{} allows no type", at(path)));
    }
    if let Some(Value::Array(values)) = obj.get("enum") {
        let fits = values
            .iter()
            .filter(|v| {
                declared
                    .as_ref()
                    .is_none_or(|ts| ts.iter().any(|t| has_type(v, t)))
            })
            .count();
        if fits == 0 {
            out.push(format!("{} has no `enum` value of its type", at(path)));
        }
    }
    if let (Some(c), Some(ts)) = (obj.get("const"), &declared)
        && !ts.iter().any(|t| has_type(c, t))
    {
        out.push(format!("{}: its `const` is not of its type", at(path)));
    }
    for (lo, hi) in [
        ("minimum", "maximum"),
        ("minLength", "maxLength"),
        ("minItems", "maxItems"),
        ("minProperties", "maxProperties"),
    ] {
        if let (Some(l), Some(h)) = (num(schema, lo), num(schema, hi))
            && l > h
        {
            out.push(format!("{}: `{lo}` is above `{hi}`", at(path)));
        }
    }
    for (lo, hi) in [
        ("exclusiveMinimum", "exclusiveMaximum"),
        ("exclusiveMinimum", "maximum"),
        ("minimum", "exclusiveMaximum"),
    ] {
        if let (Some(l), Some(h)) = (num(schema, lo), num(schema, hi))
            && l >= h
        {
            out.push(format!("{}: `{lo}` is not below `{hi}`", at(path)));
        }
    }
    if let Some(Value::Array(parts)) = obj.get("allOf") {
        let mut common: Option<Vec<&str>> = declared.clone();
        for p in parts {
            if let Some(ts) = types(p) {
                common = Some(match common {
                    None => ts,
                    Some(c) => c.into_iter().filter(|t| ts.contains(t)).collect(),
                });
            }
        }
        if common.is_some_and(|c| c.is_empty()) {
            out.push(format!(
                "{}: its `allOf` parts have no type in common",
                at(path)
            ));
        }
        for (i, p) in parts.iter().enumerate() {
            never(p, &format!("{path}/allOf/{i}"), out);
        }
    }
    let objects = declared.as_ref().is_none_or(|ts| ts.contains(&"object"));
    if objects {
        let props = obj.get("properties").and_then(Value::as_object);
        let closed = obj.get("additionalProperties") == Some(&Value::Bool(false));
        let required: Vec<&str> = obj
            .get("required")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for name in &required {
            if closed && props.and_then(|p| p.get(*name)).is_none() {
                out.push(format!(
                    "{}: `{name}` is required but not allowed (`additionalProperties = false`)",
                    at(path)
                ));
            }
        }
        // A property that can never be given is a mistake whether or not it is required.
        for (name, sub) in props.into_iter().flatten() {
            never(sub, &format!("{path}/{name}"), out);
        }
    }
    if declared.as_ref().is_none_or(|ts| ts.contains(&"array"))
        && let Some(items) = obj.get("items").filter(|i| i.is_object() || i.is_boolean())
        && num(schema, "minItems").is_some_and(|n| n >= 1.0)
    {
        never(items, &format!("{path}/items"), out);
    }
    out.len() > before
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::check;

    #[test]
    fn finds_schemas_no_call_can_satisfy() {
        for schema in [
            json!(false),
            json!({"type": "object", "required": ["to"], "additionalProperties": false, "properties": {}}),
            json!({"type": "object", "properties": {"n": {"type": "integer", "minimum": 5, "maximum": 1}}}),
            json!({"type": "object", "properties": {"s": {"type": "string", "minLength": 3, "maxLength": 2}}}),
            json!({"type": "object", "properties": {"e": {"enum": []}}}),
            json!({"type": "object", "properties": {"e": {"type": "string", "enum": [1, 2]}}}),
            json!({"type": "object", "properties": {"c": {"type": "integer", "const": "x"}}}),
            json!({"type": "object", "properties": {"a": {"allOf": [{"type": "string"}, {"type": "integer"}]}}}),
            json!({"type": "object", "properties": {"x": {"type": "number", "exclusiveMinimum": 1, "exclusiveMaximum": 1}}}),
            json!({"type": "object", "properties": {"x": false}}),
            json!({"type": "object", "properties": {"l": {"type": "array", "minItems": 1, "items": false}}}),
            json!({"type": []}),
        ] {
            assert!(!check(&schema, "").is_empty(), "{schema} passed");
        }
    }

    #[test]
    fn passes_schemas_that_can_be_satisfied() {
        for schema in [
            json!({"type": "object"}),
            json!({"type": "object", "required": ["to"], "properties": {"to": {"type": "string", "minLength": 1, "maxLength": 1}}}),
            json!({"type": "object", "properties": {"n": {"type": ["integer", "null"], "minimum": 1, "maximum": 1}, "e": {"enum": ["a", 1]}}}),
            json!({"type": "object", "properties": {"x": {"type": "number", "minimum": 1, "exclusiveMaximum": 2}}}),
            json!({"type": "object", "properties": {"l": {"type": "array", "items": false}}}),
            json!({"type": "object", "properties": {"i": {"type": "integer", "const": 2}}}),
            json!({"type": "object", "required": ["x"], "properties": {"x": {}}}),
        ] {
            assert_eq!(check(&schema, ""), Vec::<String>::new(), "{schema}");
        }
    }
}
