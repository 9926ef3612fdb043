//! Redaction: mask, remove, pseudonymise or block what the scanner found, in text and in every
//! string of a JSON value; and restoring pseudonyms in answers, also across streamed chunks.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Class, Finding, Kind, Scanner};

/// What happens to a finding on its way to a destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Left as it is.
    Keep,
    /// Replaced by its label: `[EMAIL]`.
    Mask,
    /// Deleted.
    Remove,
    /// Replaced by a stable placeholder (`<EMAIL_1>`) that [`Pseudonyms`] can restore.
    Pseudonymise,
    /// The whole text or value is refused.
    Block,
}

impl Mode {
    /// Parses a configuration value.
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "keep" | "none" => Some(Self::Keep),
            "mask" => Some(Self::Mask),
            "remove" => Some(Self::Remove),
            "pseudonymise" | "pseudonymize" => Some(Self::Pseudonymise),
            "block" => Some(Self::Block),
            _ => None,
        }
    }
}

/// Modes per class of finding for one destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// For personal data.
    pub pii: Mode,
    /// For secrets.
    pub secret: Mode,
}

impl Rules {
    /// The mode for a kind.
    pub fn mode(&self, kind: Kind) -> Mode {
        match kind.class() {
            Class::Pii => self.pii,
            Class::Secret => self.secret,
        }
    }
}

/// Redaction refused the text: a finding's mode is `block`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("blocked: the content holds {}", kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", "))]
pub struct Blocked {
    /// The kinds that blocked it.
    pub kinds: Vec<Kind>,
}

/// The pseudonyms of one request (or one conversation): the same value always gets the same
/// placeholder, and placeholders map back to values.
#[derive(Default)]
pub struct Pseudonyms {
    by_value: HashMap<(&'static str, String), String>,
    by_placeholder: HashMap<String, String>,
    counters: HashMap<&'static str, usize>,
    /// Placeholder-shaped text that appeared in redacted input: never minted, so a literal
    /// `<EMAIL_1>` planted in a prompt cannot be "restored" into someone's address.
    reserved: std::collections::HashSet<String>,
}

impl std::fmt::Debug for Pseudonyms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the values.
        f.debug_struct("Pseudonyms")
            .field("placeholders", &self.by_placeholder.len())
            .finish()
    }
}

/// Longest placeholder the restorer waits for across chunk boundaries.
const MAX_PLACEHOLDER: usize = 48;

impl Pseudonyms {
    /// The placeholder for `value` of `kind`, minting one if it is new.
    pub fn placeholder(&mut self, kind: Kind, value: &str) -> String {
        let label = kind.label();
        if let Some(p) = self.by_value.get(&(label, value.to_owned())) {
            return p.clone();
        }
        let n = self.counters.entry(label).or_insert(0);
        let p = loop {
            *n += 1;
            let p = format!("<{label}_{n}>");
            if !self.reserved.contains(&p) {
                break p;
            }
        };
        self.by_value.insert((label, value.to_owned()), p.clone());
        self.by_placeholder.insert(p.clone(), value.to_owned());
        p
    }

    /// Reserves every placeholder-shaped token in `text` (see the `reserved` field).
    pub fn reserve_from(&mut self, text: &str) {
        let mut rest = text;
        while let Some(i) = rest.find('<') {
            let tail = rest.get(i..).unwrap_or_default();
            if let Scan::Complete(len) = placeholder_at(tail) {
                let token = tail.get(..len).unwrap_or_default();
                if !self.by_placeholder.contains_key(token) {
                    self.reserved.insert(token.to_owned());
                }
            }
            rest = tail.get(1..).unwrap_or_default();
        }
    }

    /// Every placeholder minted, with its label and value: `(placeholder, label, value)`.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &'static str, &str)> {
        self.by_value
            .iter()
            .map(|((label, value), p)| (p.as_str(), *label, value.as_str()))
    }

    /// How many placeholders exist.
    pub fn len(&self) -> usize {
        self.by_placeholder.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.by_placeholder.is_empty()
    }

    /// Replaces every known placeholder in `text` by its value.
    pub fn restore(&self, text: &str) -> String {
        let mut r = self.restorer();
        let mut out = r.push(text);
        out.push_str(&r.finish());
        out
    }

    /// Restores every string of a JSON value.
    pub fn restore_json(&self, value: &Value) -> Value {
        match value {
            Value::String(s) => Value::String(self.restore(s)),
            Value::Array(items) => {
                Value::Array(items.iter().map(|v| self.restore_json(v)).collect())
            }
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (self.restore(k), self.restore_json(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    /// A restorer for a stream of chunks.
    pub fn restorer(&self) -> Restorer<'_> {
        Restorer {
            map: self,
            pending: String::new(),
            json: false,
        }
    }

    /// A restorer for text that is JSON source (say, streamed tool-call arguments): values are
    /// written JSON-escaped, as the inside of a string literal.
    pub fn json_restorer(&self) -> Restorer<'_> {
        Restorer {
            map: self,
            pending: String::new(),
            json: true,
        }
    }

    /// Replaces every known placeholder in JSON source text, escaping the values.
    pub fn restore_json_source(&self, text: &str) -> String {
        let mut r = self.json_restorer();
        let mut out = r.push(text);
        out.push_str(&r.finish());
        out
    }

    /// Restores a chunk of a stream whose state (text held back at the end of the previous
    /// chunk) lives in `pending`; `json` escapes values for JSON source text.
    pub fn restore_chunk(&self, pending: &mut String, chunk: &str, json: bool) -> String {
        let mut r = Restorer {
            map: self,
            pending: std::mem::take(pending),
            json,
        };
        let out = r.push(chunk);
        *pending = std::mem::take(&mut r.pending);
        out
    }

    /// Emits what `pending` still holds at the end of a stream.
    pub fn finish_chunks(&self, pending: &mut String, json: bool) -> String {
        Restorer {
            map: self,
            pending: std::mem::take(pending),
            json,
        }
        .finish()
    }

    /// Whether `placeholder` is one of these pseudonyms.
    pub fn knows(&self, placeholder: &str) -> bool {
        self.by_placeholder.contains_key(placeholder)
    }
}

/// Restores placeholders in a stream whose chunks may split a placeholder anywhere.
pub struct Restorer<'a> {
    map: &'a Pseudonyms,
    pending: String,
    json: bool,
}

impl Restorer<'_> {
    /// Feeds a chunk; returns what can be emitted now (a possible placeholder prefix at the end
    /// is held back until the next chunk shows whether it is one).
    pub fn push(&mut self, chunk: &str) -> String {
        self.pending.push_str(chunk);
        let text = std::mem::take(&mut self.pending);
        let (done, rest) = self.replace(&text, false);
        self.pending = rest;
        done
    }

    /// Emits whatever is still held back.
    pub fn finish(mut self) -> String {
        let text = std::mem::take(&mut self.pending);
        self.replace(&text, true).0
    }

    /// Replaces complete placeholders; returns (output, held-back suffix).
    fn replace(&self, text: &str, last: bool) -> (String, String) {
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while let Some(rel) = text.get(i..).and_then(|t| t.find('<')) {
            let lt = i + rel;
            out.push_str(text.get(i..lt).unwrap_or_default());
            let tail = text.get(lt..).unwrap_or_default();
            match placeholder_at(tail) {
                Scan::Complete(len) => {
                    let candidate = tail.get(..len).unwrap_or_default();
                    match self.map.by_placeholder.get(candidate) {
                        Some(value) if self.json => {
                            let quoted = serde_json::to_string(value).unwrap_or_default();
                            out.push_str(
                                quoted
                                    .get(1..quoted.len().saturating_sub(1))
                                    .unwrap_or_default(),
                            );
                        }
                        Some(value) => out.push_str(value),
                        None => out.push_str(candidate),
                    }
                    i = lt + len;
                }
                Scan::Partial if !last => return (out, tail.to_owned()),
                _ => {
                    out.push('<');
                    i = lt + 1;
                }
            }
        }
        out.push_str(text.get(i..).unwrap_or_default());
        (out, String::new())
    }
}

enum Scan {
    /// A full `<LABEL_N>` of this length.
    Complete(usize),
    /// The text ends inside something that may still become a placeholder.
    Partial,
    /// Not a placeholder.
    No,
}

/// Whether `s` (starting with `<`) starts with `<[A-Z_]+_[0-9]+>`.
fn placeholder_at(s: &str) -> Scan {
    let b = s.as_bytes();
    let mut i = 1;
    let mut saw_digit = false;
    let mut in_digits = false;
    while i < b.len() && i <= MAX_PLACEHOLDER {
        let c = b.get(i).copied().unwrap_or(0);
        match c {
            b'A'..=b'Z' | b'_' if !in_digits => {}
            b'0'..=b'9' if i > 1 && b.get(i - 1) == Some(&b'_') || in_digits => {
                in_digits = true;
                saw_digit = true;
            }
            b'>' if saw_digit => return Scan::Complete(i + 1),
            _ => return Scan::No,
        }
        i += 1;
    }
    if i > MAX_PLACEHOLDER {
        Scan::No
    } else {
        Scan::Partial
    }
}

/// Redacts `text` according to `rules`; returns the new text and what was found.
pub fn redact_text(
    scanner: &Scanner,
    text: &str,
    rules: Rules,
    pseudonyms: &mut Pseudonyms,
) -> Result<(String, Vec<Finding>), Blocked> {
    redact_keyed(scanner, None, text, &[], rules, pseudonyms)
}

/// [`redact_text`] of a value stored under `key` (see [`Scanner::scan_keyed`]), with `extra`
/// findings known from elsewhere (a value split across fields: [`crate::across_fields`]).
fn redact_keyed(
    scanner: &Scanner,
    key: Option<&str>,
    text: &str,
    extra: &[Finding],
    rules: Rules,
    pseudonyms: &mut Pseudonyms,
) -> Result<(String, Vec<Finding>), Blocked> {
    let mut findings = scanner.scan_keyed(key, text);
    if !extra.is_empty() {
        findings.extend_from_slice(extra);
        findings = crate::resolve_overlaps(findings);
    }
    let out = apply(text, &findings, rules, pseudonyms)?;
    Ok((out, findings))
}

/// Applies `rules` to `findings` already computed for `text`.
pub fn apply(
    text: &str,
    findings: &[Finding],
    rules: Rules,
    pseudonyms: &mut Pseudonyms,
) -> Result<String, Blocked> {
    let blocked: Vec<Kind> = findings
        .iter()
        .filter(|f| rules.mode(f.kind) == Mode::Block)
        .map(|f| f.kind)
        .collect();
    if !blocked.is_empty() {
        return Err(Blocked { kinds: blocked });
    }
    if findings
        .iter()
        .any(|f| rules.mode(f.kind) == Mode::Pseudonymise)
    {
        pseudonyms.reserve_from(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for f in findings {
        let (Some(before), Some(value)) = (text.get(last..f.start), text.get(f.start..f.end))
        else {
            continue;
        };
        let replacement = match rules.mode(f.kind) {
            Mode::Keep => continue,
            Mode::Mask => format!("[{}]", f.kind.label()),
            Mode::Remove => String::new(),
            Mode::Pseudonymise => pseudonyms.placeholder(f.kind, value),
            Mode::Block => {
                return Err(Blocked {
                    kinds: vec![f.kind],
                });
            }
        };
        out.push_str(before);
        out.push_str(&replacement);
        last = f.end;
    }
    out.push_str(text.get(last..).unwrap_or_default());
    Ok(out)
}

/// Redacts a JSON value for two destinations at once (say, the agent and the audit log),
/// scanning each string only once. Returns both values and the findings.
pub fn redact_json_pair(
    scanner: &Scanner,
    value: &Value,
    first: Rules,
    second: Rules,
) -> PairWithFindings {
    redact_json_pair_with(scanner, value, first, second, &mut Pseudonyms::default())
}

/// [`redact_json_pair`], keeping the second destination's pseudonyms in `p2`.
pub fn redact_json_pair_with(
    scanner: &Scanner,
    value: &Value,
    first: Rules,
    second: Rules,
    p2: &mut Pseudonyms,
) -> PairWithFindings {
    let mut found = Vec::new();
    let mut p1 = Pseudonyms::default();
    for text in crate::json_strings(value) {
        p1.reserve_from(text);
        p2.reserve_from(text);
    }
    let (a, b) = walk_pair(
        scanner,
        value,
        None,
        (first, second),
        (&mut p1, p2),
        &mut String::new(),
        &mut found,
    );
    (a, b, found)
}

type Pair = (Result<Value, Blocked>, Result<Value, Blocked>);

/// Both redacted copies and what was found, with the JSON Pointer of each string.
pub type PairWithFindings = (
    Result<Value, Blocked>,
    Result<Value, Blocked>,
    Vec<(String, Finding)>,
);

fn walk_pair(
    scanner: &Scanner,
    value: &Value,
    key: Option<&str>,
    rules: (Rules, Rules),
    ps: (&mut Pseudonyms, &mut Pseudonyms),
    path: &mut String,
    found: &mut Vec<(String, Finding)>,
) -> Pair {
    let (p1, p2) = ps;
    match value {
        Value::String(s) => {
            let findings = scanner.scan_keyed(key, s);
            let a = apply(s, &findings, rules.0, p1).map(Value::String);
            let b = apply(s, &findings, rules.1, p2).map(Value::String);
            found.extend(findings.into_iter().map(|f| (path.clone(), f)));
            (a, b)
        }
        Value::Array(items) => {
            let (mut a, mut b) = (Ok(Vec::new()), Ok(Vec::new()));
            for (i, v) in items.iter().enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                let (x, y) = walk_pair(scanner, v, key, rules, (&mut *p1, &mut *p2), path, found);
                path.truncate(len);
                push(&mut a, x, |acc, v| acc.push(v));
                push(&mut b, y, |acc, v| acc.push(v));
            }
            (a.map(Value::Array), b.map(Value::Array))
        }
        Value::Object(map) => {
            let (mut a, mut b) = (Ok(serde_json::Map::new()), Ok(serde_json::Map::new()));
            for (k, v) in map {
                let len = path.len();
                path.push('/');
                path.push_str(&k.replace('~', "~0").replace('/', "~1"));
                let key_findings = scanner.scan(k);
                let ka = apply(k, &key_findings, rules.0, p1);
                let kb = apply(k, &key_findings, rules.1, p2);
                found.extend(key_findings.into_iter().map(|f| (path.clone(), f)));
                let (x, y) = walk_pair(
                    scanner,
                    v,
                    Some(crate::field_key(map, k)),
                    rules,
                    (&mut *p1, &mut *p2),
                    path,
                    found,
                );
                path.truncate(len);
                push(&mut a, ka.and_then(|k| x.map(|v| (k, v))), |acc, (k, v)| {
                    acc.insert(k, v);
                });
                push(&mut b, kb.and_then(|k| y.map(|v| (k, v))), |acc, (k, v)| {
                    acc.insert(k, v);
                });
            }
            (a.map(Value::Object), b.map(Value::Object))
        }
        other => (Ok(other.clone()), Ok(other.clone())),
    }
}

/// Adds an item to an accumulator unless either is already blocked (the first block wins).
fn push<A, T>(acc: &mut Result<A, Blocked>, item: Result<T, Blocked>, add: impl FnOnce(&mut A, T)) {
    match (acc.as_mut(), item) {
        (Ok(a), Ok(v)) => add(a, v),
        (Ok(_), Err(e)) => *acc = Err(e),
        (Err(_), _) => {}
    }
}

/// Redacts every string (and object key) inside a JSON value; the result is valid JSON of the
/// same shape. Returns the findings with the JSON Pointer of their string.
pub fn redact_json(
    scanner: &Scanner,
    value: &Value,
    rules: Rules,
    pseudonyms: &mut Pseudonyms,
) -> Result<(Value, Vec<(String, Finding)>), Blocked> {
    redact_json_with(scanner, value, &HashMap::new(), rules, pseudonyms)
}

/// [`redact_json`] that also reads the strings as one text ([`crate::across_fields`]): a card
/// number or key split over two fields is found, and each piece masked. For an action's
/// arguments.
pub fn redact_json_across(
    scanner: &Scanner,
    value: &Value,
    rules: Rules,
    pseudonyms: &mut Pseudonyms,
) -> Result<(Value, Vec<(String, Finding)>), Blocked> {
    let mut extra: HashMap<String, Vec<Finding>> = HashMap::new();
    for (path, f) in crate::across_fields(scanner, value) {
        extra.entry(path).or_default().push(f);
    }
    redact_json_with(scanner, value, &extra, rules, pseudonyms)
}

fn redact_json_with(
    scanner: &Scanner,
    value: &Value,
    extra: &HashMap<String, Vec<Finding>>,
    rules: Rules,
    pseudonyms: &mut Pseudonyms,
) -> Result<(Value, Vec<(String, Finding)>), Blocked> {
    let mut found = Vec::new();
    // Reserve planted placeholders across the whole document before minting any.
    for text in crate::json_strings(value) {
        pseudonyms.reserve_from(text);
    }
    let ctx = Walk {
        scanner,
        extra,
        rules,
    };
    let v = walk(
        &ctx,
        value,
        None,
        pseudonyms,
        &mut String::new(),
        &mut found,
    )?;
    Ok((v, found))
}

/// What stays the same through one [`redact_json_with`] walk.
struct Walk<'a> {
    scanner: &'a Scanner,
    extra: &'a HashMap<String, Vec<Finding>>,
    rules: Rules,
}

fn walk(
    ctx: &Walk<'_>,
    value: &Value,
    key: Option<&str>,
    pseudonyms: &mut Pseudonyms,
    path: &mut String,
    found: &mut Vec<(String, Finding)>,
) -> Result<Value, Blocked> {
    Ok(match value {
        Value::String(s) => {
            let more = ctx.extra.get(path.as_str()).map_or(&[][..], Vec::as_slice);
            let (text, findings) = redact_keyed(ctx.scanner, key, s, more, ctx.rules, pseudonyms)?;
            found.extend(findings.into_iter().map(|f| (path.clone(), f)));
            Value::String(text)
        }
        Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, v) in items.iter().enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                out.push(walk(ctx, v, key, pseudonyms, path, found)?);
                path.truncate(len);
            }
            Value::Array(out)
        }
        Value::Object(map) => {
            let mut out = serde_json::Map::with_capacity(map.len());
            for (k, v) in map {
                let len = path.len();
                path.push('/');
                path.push_str(&k.replace('~', "~0").replace('/', "~1"));
                let (key, key_findings) = redact_text(ctx.scanner, k, ctx.rules, pseudonyms)?;
                found.extend(key_findings.into_iter().map(|f| (path.clone(), f)));
                let value = walk(
                    ctx,
                    v,
                    Some(crate::field_key(map, k)),
                    pseudonyms,
                    path,
                    found,
                )?;
                out.insert(key, value);
                path.truncate(len);
            }
            Value::Object(out)
        }
        other => other.clone(),
    })
}
