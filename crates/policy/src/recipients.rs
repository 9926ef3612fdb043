//! Whether an action reaches someone outside the organisation (`context.recipient.external`).
//!
//! A recipient is external unless it is clearly internal. A tool declares every argument that
//! names a recipient and the channel it belongs to (`recipients = { to = "email", bcc = "email",
//! iban = "iban" }`); each is read whole: a string as an address list, an array item by item,
//! an object by its address field. For e-mail, an address is internal only if it parses as one
//! plain `local@domain` whose domain is one of the organisation's; anything else — unparseable
//! text, a non-string, several `@`, a source route or `%`/`!`/`:` in the local part, a display
//! name holding an address, a group, a comment, a domain literal, control or invisible
//! characters — counts as external. For other channels (an IBAN, a chat workspace's members or
//! channels) a value is internal only if it equals one the configuration lists for that
//! channel, compared without spaces and case.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// The e-mail channel; its internal values are the organisation's domains.
pub const EMAIL: &str = "email";

/// What is internal, per channel.
#[derive(Debug, Clone, Default)]
pub struct Internal {
    /// The organisation's e-mail domains, lowercased.
    pub domains: BTreeSet<String>,
    /// Internal counterparties of other channels, normalised with [`normalise`].
    pub counterparties: BTreeMap<String, BTreeSet<String>>,
    /// Prefixes of the organisation's names that users leave out (`groupany/`), lowercased:
    /// see [`crate::provenance::short_name`].
    pub namespaces: Vec<String>,
}

/// Whether `value` (normalised with [`normalise`]) is one of `set`'s counterparties: equal to
/// one, or named under a namespace one ends with `/*` (`groupany/*`: the organisation's
/// repositories `groupany/webshop`, `groupany/docs-site`) — one further name of ASCII letters,
/// digits, `.`, `_` and `-`, not `.` or `..`, and no further `/`.
pub fn is_counterparty(set: &BTreeSet<String>, value: &str) -> bool {
    set.contains(value)
        || set.iter().any(|c| {
            c.strip_suffix('*')
                .filter(|prefix| prefix.ends_with('/'))
                .and_then(|prefix| value.strip_prefix(prefix))
                .is_some_and(|name| {
                    !name.is_empty()
                        && name != "."
                        && name != ".."
                        && name
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
                })
        })
}

/// Fields of an object that carry its address.
const ADDRESS_FIELDS: [&str; 5] = ["email", "address", "email_address", "mail", "addr"];

/// How a counterparty value is compared: whitespace removed, lowercased. `None` for a value
/// with control or invisible characters (never internal).
pub fn normalise(value: &str) -> Option<String> {
    if value.chars().any(invisible) {
        return None;
    }
    let v: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    (!v.is_empty()).then_some(v)
}

/// Control characters and the invisible format characters an attacker uses to make two
/// strings look alike (zero-width spaces and joiners, bidi controls, the BOM, soft hyphen).
fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}'
            | '\u{17B5}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}')
}

/// What the declared recipient arguments of one call say: `None` when they name nobody (the
/// tool's own `external` flag then decides), `Some(true)` when anyone is external.
pub fn any_external(
    recipients: &BTreeMap<String, String>,
    args: &Value,
    internal: &Internal,
) -> Option<bool> {
    let mut seen = false;
    for (arg, channel) in recipients {
        match args.get(arg) {
            None | Some(Value::Null) => {}
            Some(v) => {
                let mut found = Found::default();
                walk(v, channel, internal, &mut found, 0);
                if found.external {
                    return Some(true);
                }
                seen |= found.internal;
            }
        }
    }
    seen.then_some(false)
}

/// The external recipients one call names, for the monitor's first-use detectors: the e-mail
/// domains that are not the organisation's (lowercased), and the values of other channels that
/// are not listed as internal, as `(channel, normalised value)`. Values that do not parse name
/// no domain (they make the call external all the same: [`any_external`]).
pub fn external_parts(
    recipients: &BTreeMap<String, String>,
    args: &Value,
    internal: &Internal,
) -> (BTreeSet<String>, BTreeSet<(String, String)>) {
    let mut domains = BTreeSet::new();
    let mut others = BTreeSet::new();
    for (arg, channel) in recipients {
        if let Some(v) = args.get(arg) {
            collect(v, channel, internal, &mut domains, &mut others, 0);
        }
    }
    (domains, others)
}

fn collect(
    v: &Value,
    channel: &str,
    internal: &Internal,
    domains: &mut BTreeSet<String>,
    others: &mut BTreeSet<(String, String)>,
    depth: usize,
) {
    if depth > MAX_DEPTH || domains.len() + others.len() >= 100 {
        return;
    }
    match v {
        Value::String(s) if channel == EMAIL => {
            for d in addresses(s).unwrap_or_default().into_iter().flatten() {
                if !internal.domains.contains(&d) {
                    domains.insert(d);
                }
            }
        }
        Value::String(s) => {
            if let Some(n) = normalise(s)
                && !internal
                    .counterparties
                    .get(channel)
                    .is_some_and(|set| is_counterparty(set, &n))
            {
                others.insert((channel.to_owned(), n));
            }
        }
        Value::Array(items) => {
            for item in items {
                collect(item, channel, internal, domains, others, depth + 1);
            }
        }
        Value::Object(map) => {
            for (k, f) in map {
                if ADDRESS_FIELDS.iter().any(|a| k.eq_ignore_ascii_case(a)) {
                    collect(f, channel, internal, domains, others, depth + 1);
                }
            }
        }
        _ => {}
    }
}

#[derive(Default)]
struct Found {
    internal: bool,
    external: bool,
}

/// Deeper nesting than this is not a recipient list (external).
const MAX_DEPTH: usize = 8;

fn walk(v: &Value, channel: &str, internal: &Internal, found: &mut Found, depth: usize) {
    if depth > MAX_DEPTH {
        found.external = true;
        return;
    }
    match v {
        Value::Null => {}
        Value::String(s) => {
            if channel == EMAIL {
                match addresses(s) {
                    Some(list) => {
                        for domain in list {
                            match domain {
                                Some(d) if internal.domains.contains(&d) => found.internal = true,
                                _ => found.external = true,
                            }
                        }
                    }
                    None => found.external = true,
                }
            } else if s.trim().is_empty() {
                // an empty value names nobody
            } else if normalise(s).is_some_and(|n| {
                internal
                    .counterparties
                    .get(channel)
                    .is_some_and(|set| set.contains(&n))
            }) {
                found.internal = true;
            } else {
                found.external = true;
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, channel, internal, found, depth + 1);
            }
        }
        Value::Object(map) => {
            let fields: Vec<&Value> = map
                .iter()
                .filter(|(k, _)| ADDRESS_FIELDS.iter().any(|f| k.eq_ignore_ascii_case(f)))
                .map(|(_, v)| v)
                .collect();
            if channel != EMAIL || fields.is_empty() {
                found.external = true;
            }
            for f in fields {
                walk(f, channel, internal, found, depth + 1);
            }
        }
        Value::Bool(_) | Value::Number(_) => found.external = true,
    }
}

/// The domains of an address list (`a@x, "B, C" <b@y>; c@z`): `None` when the text is not a
/// plain list of addresses; an entry's domain is `None` when that address is not plain
/// (internal only if every entry has a domain that is internal).
pub fn addresses(text: &str) -> Option<Vec<Option<String>>> {
    if text.chars().any(invisible) {
        return None;
    }
    let mut out = Vec::new();
    for entry in split_entries(text)? {
        let entry = entry.trim();
        if entry.is_empty() {
            continue;
        }
        out.push(entry_domain(entry));
    }
    Some(out)
}

/// Splits at `,` and `;` outside quotes and angle brackets. `None` for unbalanced quotes or
/// brackets.
fn split_entries(text: &str) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    let (mut quoted, mut angle, mut escaped) = (false, false, false);
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '<' if !quoted => {
                if angle {
                    return None;
                }
                angle = true;
            }
            '>' if !quoted => {
                if !angle {
                    return None;
                }
                angle = false;
            }
            ',' | ';' if !quoted && !angle => {
                out.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    if quoted || angle || escaped {
        return None;
    }
    out.push(&text[start..]);
    Some(out)
}

/// The domain of one entry (`addr` or `Display <addr>`), if the entry is a plain address.
fn entry_domain(entry: &str) -> Option<String> {
    let addr = match entry.find('<') {
        Some(open) => {
            let display = &entry[..open];
            let rest = entry[open + 1..].strip_suffix('>')?;
            // A display name that holds an address or brackets is a disguise.
            if display.contains(['@', '<', '>', '(', ')', ':']) {
                return None;
            }
            rest
        }
        None => entry,
    };
    plain_domain(addr.trim())
}

/// `local@domain` with one `@`, a local part with no quoting, routing or separators, and a
/// host name domain: the domain, lowercased and without a trailing dot.
fn plain_domain(addr: &str) -> Option<String> {
    let (local, domain) = addr.split_once('@')?;
    if local.is_empty()
        || domain.contains('@')
        || local.chars().any(|c| {
            c.is_whitespace()
                || !c.is_ascii()
                || matches!(
                    c,
                    '%' | '!' | ':' | '"' | '\\' | '(' | ')' | '[' | ']' | '<' | '>' | ',' | ';'
                )
        })
    {
        return None;
    }
    let domain = domain
        .strip_suffix('.')
        .unwrap_or(domain)
        .to_ascii_lowercase();
    let host_name = !domain.is_empty()
        && domain
            .split('.')
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    host_name.then_some(domain)
}

#[cfg(test)]
mod tests;
