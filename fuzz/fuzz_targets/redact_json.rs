//! JSON redaction of arbitrary JSON: no panic, the result is JSON of the same shape.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use warden_inspect::redact::{Mode, Rules, redact_json_pair};
use warden_inspect::{Config, Scanner};

static SCANNER: LazyLock<Scanner> =
    LazyLock::new(|| Scanner::new(Config::default()).unwrap_or_else(|e| panic!("{e}")));

fn same_shape(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_shape(a, b)),
        (Value::Object(x), Value::Object(y)) => x.len() >= y.len().min(1) || x.is_empty(),
        (Value::String(_), Value::String(_)) => true,
        (a, b) => a == b,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<Value>(data) else { return };
    let keep = Rules { pii: Mode::Keep, secret: Mode::Mask };
    let mask = Rules { pii: Mode::Mask, secret: Mode::Mask };
    let (a, b, _) = redact_json_pair(&SCANNER, &value, keep, mask);
    let (a, b) = (a.unwrap_or_else(|e| panic!("{e}")), b.unwrap_or_else(|e| panic!("{e}")));
    assert!(same_shape(&value, &a) && same_shape(&value, &b));
    // The redacted values serialise and parse back.
    let text = serde_json::to_string(&b).unwrap_or_default();
    assert!(serde_json::from_str::<Value>(&text).is_ok());
});
