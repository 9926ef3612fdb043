//! The fields of a stored audit record that verification checks against the hash chain and
//! the index columns, read straight from the record's JSON text.
//!
//! Verification reads every record of the log, so this is on its hot path: one pass over the
//! bytes that checks the whole text is well-formed JSON, decodes the nine top-level fields
//! verification needs and skips the rest (strings eight bytes at a time). It decodes exactly
//! what `serde_json` would: escaped keys are unescaped before they are compared (a key written
//! `"prev\u005fhash"` *is* `prev_hash`), a needed field given twice is refused, numbers and
//! literals are checked, and skipped values may nest to any depth (as `serde_json` skips them). A
//! differential test holds it to `serde_json` on generated and mutated records.

use std::borrow::Cow;

/// The fields of a record verification checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RecordHead<'a> {
    pub(crate) seq: u64,
    pub(crate) ts: Cow<'a, str>,
    pub(crate) prev_hash: Cow<'a, str>,
    pub(crate) event: Cow<'a, str>,
    pub(crate) agent: Option<Cow<'a, str>>,
    pub(crate) tool: Option<Cow<'a, str>>,
    pub(crate) outcome: Cow<'a, str>,
    pub(crate) action_id: Option<Cow<'a, str>>,
    pub(crate) session: Option<Cow<'a, str>>,
}

/// Reads the record head from `text`; an error says what is wrong with the text.
pub(crate) fn parse(text: &str) -> Result<RecordHead<'_>, String> {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        i: 0,
    };
    let mut seq = None;
    let mut ts = None;
    let mut prev_hash = None;
    let mut event = None;
    let mut agent: Option<Option<Cow<'_, str>>> = None;
    let mut tool: Option<Option<Cow<'_, str>>> = None;
    let mut outcome = None;
    let mut action_id: Option<Option<Cow<'_, str>>> = None;
    let mut session: Option<Option<Cow<'_, str>>> = None;
    p.ws();
    p.expect(b'{')?;
    p.ws();
    if p.peek() == Some(b'}') {
        p.i += 1;
    } else {
        loop {
            p.ws();
            p.expect(b'"')?;
            let key = p.string()?;
            p.ws();
            p.expect(b':')?;
            p.ws();
            match &*key {
                "seq" => once(&mut seq, "seq", p.unsigned()?)?,
                "ts" => once(&mut ts, "ts", p.string_value()?)?,
                "prev_hash" => once(&mut prev_hash, "prev_hash", p.string_value()?)?,
                "event" => once(&mut event, "event", p.string_value()?)?,
                "outcome" => once(&mut outcome, "outcome", p.string_value()?)?,
                "agent" => once(&mut agent, "agent", p.optional_string()?)?,
                "tool" => once(&mut tool, "tool", p.optional_string()?)?,
                "action_id" => once(&mut action_id, "action_id", p.optional_string()?)?,
                "session" => once(&mut session, "session", p.optional_string()?)?,
                _ => p.value()?,
            }
            p.ws();
            match p.next() {
                Some(b',') => {}
                Some(b'}') => break,
                _ => return Err(p.error("expected `,` or `}`")),
            }
        }
    }
    p.ws();
    if p.i != p.b.len() {
        return Err(p.error("trailing characters"));
    }
    let missing = |f: &str| format!("missing field `{f}`");
    Ok(RecordHead {
        seq: seq.ok_or_else(|| missing("seq"))?,
        ts: ts.ok_or_else(|| missing("ts"))?,
        prev_hash: prev_hash.ok_or_else(|| missing("prev_hash"))?,
        event: event.ok_or_else(|| missing("event"))?,
        agent: agent.flatten(),
        tool: tool.flatten(),
        outcome: outcome.ok_or_else(|| missing("outcome"))?,
        action_id: action_id.flatten(),
        session: session.flatten(),
    })
}

fn once<T>(slot: &mut Option<T>, name: &str, value: T) -> Result<(), String> {
    if slot.is_some() {
        return Err(format!("duplicate field `{name}`"));
    }
    *slot = Some(value);
    Ok(())
}

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
}

/// Bytes a string's plain run stops at: `"`, `\` and the control characters.
fn stops(c: u8) -> bool {
    c == b'"' || c == b'\\' || c < 0x20
}

impl<'a> Parser<'a> {
    #[cold]
    fn error(&self, what: &str) -> String {
        format!("{what} at byte {}", self.i)
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    #[inline]
    fn next(&mut self) -> Option<u8> {
        let c = self.peek();
        if c.is_some() {
            self.i += 1;
        }
        c
    }

    #[inline]
    fn expect(&mut self, c: u8) -> Result<(), String> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected `{}`", char::from(c))))
        }
    }

    #[inline]
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    /// Advances over the plain run of a string (to the next `"`, `\` or control character):
    /// eight bytes at a time.
    #[inline]
    fn plain_run(&mut self) {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        while let Some(chunk) = self.b.get(self.i..self.i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let v = u64::from_le_bytes(word);
            // A byte of `x` is zero exactly where it matched; `(x - ONES) & !x & HIGHS` sets
            // the high bit of the first zero byte (later ones may be set spuriously by the
            // borrow, so only the lowest counts). Below 0x20: `v - 0x20…` borrows there.
            let quote = v ^ (ONES * u64::from(b'"'));
            let backslash = v ^ (ONES * u64::from(b'\\'));
            let found = ((quote.wrapping_sub(ONES) & !quote)
                | (backslash.wrapping_sub(ONES) & !backslash)
                | (v.wrapping_sub(ONES * 0x20) & !v))
                & HIGHS;
            if found != 0 {
                self.i += (found.trailing_zeros() / 8) as usize;
                return;
            }
            self.i += 8;
        }
        while self.peek().is_some_and(|c| !stops(c)) {
            self.i += 1;
        }
    }

    /// A string whose opening `"` was read: borrowed when it holds no escape.
    fn string(&mut self) -> Result<Cow<'a, str>, String> {
        let start = self.i;
        self.plain_run();
        if self.peek() == Some(b'"') {
            let s = self
                .text
                .get(start..self.i)
                .ok_or_else(|| self.error("bad string"))?;
            self.i += 1;
            return Ok(Cow::Borrowed(s));
        }
        let mut owned = String::from(self.text.get(start..self.i).unwrap_or_default());
        loop {
            match self.next() {
                Some(b'"') => return Ok(Cow::Owned(owned)),
                Some(b'\\') => self.escape(Some(&mut owned))?,
                Some(_) | None => {
                    self.i = self.i.saturating_sub(1);
                    return Err(self.error("control character or end of text in a string"));
                }
            }
            let run = self.i;
            self.plain_run();
            owned.push_str(self.text.get(run..self.i).unwrap_or_default());
        }
    }

    /// One escape sequence after its `\`, decoded onto `out` (or only checked, as
    /// `serde_json` checks the strings it skips: a `\u` escape needs four hex digits there,
    /// not a valid code point).
    fn escape(&mut self, out: Option<&mut String>) -> Result<(), String> {
        let Some(out) = out else {
            return match self.next() {
                Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => Ok(()),
                Some(b'u') => self.hex4().map(drop),
                _ => Err(self.error("bad escape in a string")),
            };
        };
        let c = match self.next() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let hi = self.hex4()?;
                if (0xD800..0xDC00).contains(&hi) {
                    // A high surrogate must be followed by an escaped low one.
                    if self.next() != Some(b'\\') || self.next() != Some(b'u') {
                        return Err(self.error("unpaired surrogate in a string"));
                    }
                    let lo = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&lo) {
                        return Err(self.error("unpaired surrogate in a string"));
                    }
                    let code = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                    char::from_u32(code).ok_or_else(|| self.error("bad escape"))?
                } else {
                    char::from_u32(hi)
                        .ok_or_else(|| self.error("unpaired surrogate in a string"))?
                }
            }
            _ => return Err(self.error("bad escape in a string")),
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .text
            .get(self.i..self.i + 4)
            .ok_or_else(|| self.error("bad \\u escape"))?;
        if !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err(self.error("bad \\u escape"));
        }
        self.i += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error("bad \\u escape"))
    }

    fn string_value(&mut self) -> Result<Cow<'a, str>, String> {
        if self.peek() != Some(b'"') {
            return Err(self.error("expected a string"));
        }
        self.i += 1;
        self.string()
    }

    fn optional_string(&mut self) -> Result<Option<Cow<'a, str>>, String> {
        if self.peek() == Some(b'n') {
            self.literal(b"null")?;
            return Ok(None);
        }
        self.string_value().map(Some)
    }

    /// An unsigned integer that fits in 64 bits (what `serde_json` accepts for a `u64`).
    fn unsigned(&mut self) -> Result<u64, String> {
        let start = self.i;
        self.number()?;
        let digits = self.text.get(start..self.i).unwrap_or_default();
        if !digits.bytes().all(|c| c.is_ascii_digit()) {
            self.i = start;
            return Err(self.error("expected an unsigned integer"));
        }
        digits.parse().map_err(|_| {
            self.i = start;
            self.error("number out of range")
        })
    }

    fn literal(&mut self, word: &[u8]) -> Result<(), String> {
        if self.b.get(self.i..self.i + word.len()) == Some(word) {
            self.i += word.len();
            Ok(())
        } else {
            Err(self.error("expected a value"))
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<(), String> {
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.next() {
            Some(b'0') => {}
            Some(b'1'..=b'9') => self.digits(),
            _ => {
                self.i = self.i.saturating_sub(1);
                return Err(self.error("expected a value"));
            }
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            self.digits1()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            self.digits1()?;
        }
        Ok(())
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
    }

    fn digits1(&mut self) -> Result<(), String> {
        if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
            return Err(self.error("expected a digit"));
        }
        self.digits();
        Ok(())
    }

    /// Skips one value, checking it is well-formed. Iterative, with the open containers on a
    /// stack: no nesting limit (as `serde_json` skips values) and no recursion to overflow.
    fn value(&mut self) -> Result<(), String> {
        // Per open container: whether it is an object.
        let mut open: Vec<bool> = Vec::new();
        loop {
            // A value.
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    self.skip_string()?;
                }
                Some(c @ (b'{' | b'[')) => {
                    self.i += 1;
                    self.ws();
                    let object = c == b'{';
                    let close = if object { b'}' } else { b']' };
                    if self.peek() == Some(close) {
                        self.i += 1;
                    } else {
                        open.push(object);
                        if object {
                            self.key()?;
                        }
                        continue;
                    }
                }
                Some(b't') => self.literal(b"true")?,
                Some(b'f') => self.literal(b"false")?,
                Some(b'n') => self.literal(b"null")?,
                _ => self.number()?,
            }
            // After a value: the next member, or the end of containers.
            loop {
                let Some(&object) = open.last() else {
                    return Ok(());
                };
                let close = if object { b'}' } else { b']' };
                self.ws();
                match self.next() {
                    Some(b',') => {
                        self.ws();
                        if object {
                            self.key()?;
                        }
                        break;
                    }
                    Some(c) if c == close => {
                        open.pop();
                    }
                    _ => {
                        self.i = self.i.saturating_sub(1);
                        return Err(self.error(&format!("expected `,` or `{}`", char::from(close))));
                    }
                }
            }
        }
    }

    /// A member's key and its `:` (inside an object being skipped), up to its value.
    fn key(&mut self) -> Result<(), String> {
        self.expect(b'"')?;
        self.skip_string()?;
        self.ws();
        self.expect(b':')?;
        self.ws();
        Ok(())
    }

    /// Skips a string whose opening `"` was read, checking its escapes.
    fn skip_string(&mut self) -> Result<(), String> {
        loop {
            self.plain_run();
            match self.next() {
                Some(b'"') => return Ok(()),
                Some(b'\\') => self.escape(None)?,
                Some(_) | None => {
                    self.i = self.i.saturating_sub(1);
                    return Err(self.error("control character or end of text in a string"));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
