//! Warden's own secrets (vault values, injected credentials) found in any ordinary encoding.
//!
//! An upstream that echoes a credential it was given, or an injected instruction that makes
//! it do so, rarely echoes it verbatim. Besides the exact value, every live value is matched:
//! - case-changed and interleaved with separators (`C-A-N-A-R-Y`, `canary upstream key`),
//! - hex (either case) and percent-encoded,
//! - base64 and base64url, at any of the three byte alignments (inside a longer encoded text),
//! - any long-enough piece of any of these (a value split over two fields, or truncated).
//!
//! Text is folded before matching: ASCII letters and digits (and their fullwidth forms) are kept
//! lowercased, everything else is dropped, and each kept character remembers where it came
//! from, so a match masks the original span, separators included.

use aho_corasick::AhoCorasick;
use base64::Engine as _;

/// Shortest piece of a value (in folded source characters) that still counts as the value.
const MIN_PIECE: usize = 10;
/// Longest piece needed: a value is also found by any piece of this length.
const MAX_PIECE: usize = 16;

/// Matches every encoding of a set of secret values.
#[derive(Clone)]
pub(crate) struct Known {
    exact: AhoCorasick,
    folded: AhoCorasick,
}

/// `text` folded, with the byte span in `text` of each folded character.
fn fold(text: &str) -> (Vec<u8>, Vec<(usize, usize)>) {
    let mut out = Vec::with_capacity(text.len());
    let mut spans = Vec::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut chars = text.char_indices().peekable();
    while let Some((i, orig)) = chars.next() {
        // `%XX` is the byte it encodes (a percent-encoded separator is still a separator).
        if orig == '%'
            && let Some(b) = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            chars.next();
            chars.next();
            if b.is_ascii_alphanumeric() {
                out.push(b.to_ascii_lowercase());
                spans.push((i, i + 3));
            }
            continue;
        }
        // Fullwidth ASCII (U+FF01..U+FF5E) folds to ASCII.
        let c = match orig {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(orig) - 0xFEE0).unwrap_or(orig),
            _ => orig,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase() as u8);
            spans.push((i, i + orig.len_utf8()));
        }
    }
    (out, spans)
}

fn fold_bytes(s: &str) -> Vec<u8> {
    fold(s).0
}

/// The base64 characters of `value` that do not depend on its neighbours when it sits at
/// byte offset `k` (0, 1 or 2) of a longer encoded text.
fn base64_inner(value: &[u8], k: usize, engine: &base64::engine::GeneralPurpose) -> String {
    let mut padded = vec![0u8; k];
    padded.extend_from_slice(value);
    let encoded = engine.encode(&padded);
    let first = (8 * k).div_ceil(6);
    let last = (8 * (k + value.len())) / 6;
    encoded.get(first..last).unwrap_or_default().to_owned()
}

/// Every encoding of `value` an echo would use.
fn encodings(value: &[u8]) -> Vec<(String, usize)> {
    // (text, how many encoded characters one source byte becomes, ×3)
    let mut out = Vec::new();
    if let Ok(s) = std::str::from_utf8(value) {
        out.push((s.to_owned(), 3));
    }
    out.push((
        value.iter().map(|b| format!("{b:02x}")).collect::<String>(),
        6,
    ));
    let percent: String = value
        .iter()
        .map(|&b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    out.push((percent, 3));
    for engine in [
        &base64::engine::general_purpose::STANDARD,
        &base64::engine::general_purpose::URL_SAFE,
    ] {
        for k in 0..3 {
            out.push((base64_inner(value, k, engine), 4));
        }
    }
    out
}

impl Known {
    /// The matcher for `values` (each at least `min_len` bytes); `None` when there are none.
    pub(crate) fn new(values: &[Vec<u8>]) -> Result<Option<Self>, String> {
        if values.is_empty() {
            return Ok(None);
        }
        let exact = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(values)
            .map_err(|e| e.to_string())?;
        let mut pieces: Vec<Vec<u8>> = Vec::new();
        for v in values {
            let folded_len = std::str::from_utf8(v).map_or(v.len(), |s| fold_bytes(s).len());
            // A piece of this many source characters still identifies the value.
            let piece = (folded_len / 2).clamp(MIN_PIECE, MAX_PIECE);
            for (text, ratio3) in encodings(v) {
                let folded = fold_bytes(&text);
                let window = (piece * ratio3).div_ceil(3);
                if folded.len() < MIN_PIECE {
                    continue;
                }
                if folded.len() <= window {
                    pieces.push(folded);
                } else {
                    pieces.extend(folded.windows(window).map(<[u8]>::to_vec));
                }
            }
        }
        pieces.sort();
        pieces.dedup();
        let folded = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(&pieces)
            .map_err(|e| e.to_string())?;
        Ok(Some(Self { exact, folded }))
    }

    /// The byte spans of `text` that hold a known value, in any encoding (merged, in order).
    pub(crate) fn find(&self, text: &str) -> Vec<(usize, usize)> {
        let mut spans: Vec<(usize, usize)> = self
            .exact
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        let (folded, map) = fold(text);
        for m in self.folded.find_overlapping_iter(&folded) {
            if let (Some(first), Some(last)) = (map.get(m.start()), map.get(m.end() - 1)) {
                spans.push((first.0, last.1));
            }
        }
        spans.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
        for (s, e) in spans {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        merged
    }
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;

    use super::Known;

    const KEY: &str = "canary-UPSTREAM-KEY-7f3a9c1e5b";

    fn known() -> Known {
        Known::new(&[KEY.as_bytes().to_vec()]).unwrap().unwrap()
    }

    fn masked(text: &str) -> String {
        let mut out = text.to_owned();
        for (s, e) in known().find(text).into_iter().rev() {
            out.replace_range(s..e, "[SECRET]");
        }
        out
    }

    #[test]
    fn every_ordinary_encoding_is_found() {
        let b64 = base64::engine::general_purpose::STANDARD;
        let b64url = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let hex: String = KEY.bytes().map(|b| format!("{b:02x}")).collect();
        let pct: String = KEY.bytes().map(|b| format!("%{b:02X}")).collect();
        let half = KEY.len() / 2;
        for echo in [
            KEY.to_owned(),
            KEY.to_uppercase(),
            KEY.to_lowercase(),
            b64.encode(KEY),
            b64url.encode(KEY),
            b64.encode(format!("Bearer {KEY}")),
            b64.encode(format!("x{KEY}")),
            b64.encode(format!("xy{KEY}")),
            b64url.encode(format!("user:{KEY}")),
            hex.clone(),
            hex.to_uppercase(),
            pct,
            KEY.replace('-', "%2D"),
            KEY.chars().map(|c| format!("{c}-")).collect(),
            KEY.chars().map(|c| format!("{c} ")).collect(),
            KEY.chars().map(|c| format!("{c}\u{200B}")).collect(),
            KEY.chars()
                .map(|c| char::from_u32(u32::from(c) + 0xFEE0).unwrap_or(c))
                .collect(),
            format!(
                "{{\"a\": \"{}\", \"b\": \"{}\"}}",
                &KEY[..half],
                &KEY[half..]
            ),
            KEY[3..KEY.len() - 3].to_owned(),
        ] {
            let out = masked(&format!("answer: {echo} end"));
            assert!(out.contains("[SECRET]"), "not found: {echo:?} -> {out}");
            assert!(!out.contains(&echo), "left in clear: {echo:?} -> {out}");
            // (a piece may reach a character into its neighbours: masking errs wide)
            assert!(
                out.starts_with("answer:") && out.ends_with("nd"),
                "{echo:?}: {out}"
            );
        }
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        for text in [
            "the canary is upstream and the key is under the mat",
            "7f3a9c is a colour",
            "c1e5b 7f3a9",
            "an upstream key rotation happened",
            "Y2FuYXJ5 is base64 of canary, too short to matter",
        ] {
            assert!(known().find(text).is_empty(), "{text}");
        }
    }
}
