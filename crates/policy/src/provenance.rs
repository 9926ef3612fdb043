//! Argument provenance: the values a text names, normalised so that the same recipient, IBAN,
//! URL or id written in a user's instruction and in a tool's argument compare equal.
//!
//! Matching rules (documented in docs/containment.md): fullwidth ASCII is folded and letters are
//! lower-cased; a text is cut at every character that cannot be part of an address, URL or id
//! (anything but letters, digits and `@ . _ % + - : / ~ # ? = &`); trailing `. , : ; ? !` are
//! dropped; tokens shorter than 4 characters are ignored; an IBAN written in groups
//! (`NL91 ABNA 0417 1643 00`) is also taken whole; `mailto:` is dropped. An argument's value
//! is cut the same way (every string in it, for lists and objects), so `"a@x.example, b@y"`
//! yields both addresses.

use std::collections::BTreeSet;

/// Most tokens taken from one text (the rest are not recorded: a value found only there is
/// `unknown`, which the reference policies hold).
pub const MAX_TOKENS_PER_TEXT: usize = 2_000;
/// Shortest token kept.
const MIN_TOKEN: usize = 4;

fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

fn part_of_token(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            '@' | '.' | '_' | '%' | '+' | '-' | ':' | '/' | '~' | '#' | '?' | '=' | '&'
        )
}

fn push(out: &mut BTreeSet<String>, raw: &str) {
    let t = raw.trim_end_matches(['.', ',', ':', ';', '?', '!']);
    let t = t.strip_prefix("mailto:").unwrap_or(t);
    if t.chars().count() >= MIN_TOKEN && out.len() < MAX_TOKENS_PER_TEXT {
        out.insert(t.to_owned());
    }
}

/// Whether `w` starts an IBAN written in groups: two letters, two digits, then letters or
/// digits (at most four in a group).
fn iban_start(w: &str) -> bool {
    let b = w.as_bytes();
    (4..=8).contains(&b.len())
        && b.iter().take(2).all(u8::is_ascii_alphabetic)
        && b.iter().skip(2).take(2).all(u8::is_ascii_digit)
        && b.iter().all(u8::is_ascii_alphanumeric)
}

/// Where the values of a call's consequential arguments (its declared recipients) came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArgProvenance {
    /// Arguments naming a value seen only in untrusted content (tool results) of the run.
    pub untrusted: BTreeSet<String>,
    /// Arguments naming a value seen nowhere in the run.
    pub unknown: BTreeSet<String>,
}

/// The values `text` names, normalised.
pub fn tokens(text: &str) -> BTreeSet<String> {
    let folded: String = text
        .chars()
        .map(fold)
        .flat_map(char::to_lowercase)
        .collect();
    let mut out = BTreeSet::new();
    for raw in folded.split(|c: char| !part_of_token(c)) {
        if !raw.is_empty() {
            push(&mut out, raw);
        }
    }
    // IBANs in groups of four.
    let words: Vec<&str> = folded.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        if !iban_start(w) {
            continue;
        }
        let mut joined = (*w).to_owned();
        for next in words.iter().skip(i + 1) {
            let next = next.trim_end_matches(['.', ',', ';']);
            if next.is_empty()
                || next.len() > 4
                || !next.bytes().all(|b| b.is_ascii_alphanumeric())
                || joined.len() + next.len() > 34
            {
                break;
            }
            joined.push_str(next);
            // Groups are four characters; a shorter one is the last.
            if next.len() < 4 {
                break;
            }
        }
        if joined.len() >= 15 {
            push(&mut out, &joined);
        }
    }
    out
}

/// The values an argument names: the tokens of every string in it.
pub fn value_tokens(value: &serde_json::Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::String(s) => out.extend(tokens(s)),
            serde_json::Value::Array(a) => stack.extend(a.iter()),
            serde_json::Value::Object(o) => stack.extend(o.values()),
            serde_json::Value::Number(n) => out.extend(tokens(&n.to_string())),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{tokens, value_tokens};

    #[test]
    fn the_same_value_written_differently_matches() {
        let said = tokens("Please pay NL91 ABNA 0417 1643 00 and mail Ada <Ada@Example.net>.");
        assert!(said.contains("nl91abna0417164300"), "{said:?}");
        assert!(said.contains("ada@example.net"), "{said:?}");
        let arg = value_tokens(&json!({"to": "ada@example.net", "iban": "NL91ABNA0417164300"}));
        assert!(arg.iter().all(|t| said.contains(t)), "{arg:?} in {said:?}");
        // Fullwidth, mailto: and trailing punctuation.
        let odd = tokens("mailto:ＡＤＡ@example.net, then stop!");
        assert!(odd.contains("ada@example.net"), "{odd:?}");
    }

    #[test]
    fn a_list_of_recipients_yields_each_and_lookalikes_differ() {
        let arg = value_tokens(&json!("a@x.example, \"B\" <b@y.example>; c@z.example"));
        for t in ["a@x.example", "b@y.example", "c@z.example"] {
            assert!(arg.contains(t), "{arg:?}");
        }
        let said = tokens("write to ada@example.net");
        assert!(!said.contains("ada@example.net.evil"));
        assert!(!tokens("ada@exampie.net").contains("ada@example.net"));
    }
}
