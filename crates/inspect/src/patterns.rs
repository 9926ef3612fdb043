//! Candidate patterns and the checks that confirm them.
//!
//! All patterns are compiled into one multi-pattern automaton. When several could match at the
//! same place, the earlier entry wins, so specific secrets come before generic assignments and
//! structured personal data before looser shapes.

use crate::Kind;
use crate::validate;

/// A confirmed span and its confidence.
pub(crate) type Confirmed = Option<(usize, usize, f32)>;

/// A candidate pattern and its confirmation. `check` gets the whole text and the candidate's
/// span, and returns the confirmed span (it may narrow it) and a confidence, or `None`.
pub(crate) struct Pattern {
    pub kind: Kind,
    pub regex: &'static str,
    pub check: fn(&str, usize, usize) -> Confirmed,
    pub trigger: Trigger,
}

/// Where a pattern can occur, found cheaply before the pattern runs. Patterns without a
/// literal of their own would otherwise make the automaton look for a match at every byte.
#[derive(Clone, Copy)]
pub(crate) enum Trigger {
    /// Run the pattern over the whole text (it has literals the regex engine prefilters on).
    Everywhere,
    /// Run it around each occurrence of this byte string: anchored at each position from as
    /// far back as bytes satisfy `over` (at most `back` bytes) up to the literal, matching up
    /// to `ahead` bytes after it.
    Around {
        literal: &'static str,
        back: usize,
        ahead: usize,
        over: fn(u8) -> bool,
    },
    /// Run it anchored at the key of each `key: value` / `key = value` assignment whose key
    /// is one of [`ASSIGNMENT_KEYS`], matching up to `ahead` bytes after the separator.
    Assignment { ahead: usize },
    /// Run it from each known given name or title, over the next `ahead` bytes.
    AtNames { ahead: usize },
    /// Run it around each cluster of digits (digits at most [`DIGIT_GAP`] bytes apart):
    /// `back` bytes before the first digit, `ahead` bytes after the last. One pass finds
    /// the clusters for every such pattern.
    /// Clusters with fewer than `min_digits` digits, or for which `gate` (given the text and
    /// the cluster's first and last digit offsets) says no, are skipped without running the
    /// pattern.
    Digits {
        back: usize,
        ahead: usize,
        min_digits: usize,
        gate: Option<fn(&Landmarks<'_>, usize, usize) -> bool>,
    },
}

/// What one cheap pass over the text found, shared by every detector's trigger and gate.
pub(crate) struct Landmarks<'t> {
    pub text: &'t str,
    /// Clusters of digits: (first digit, after the last, how many digits).
    pub digits: Vec<(usize, usize, usize)>,
}

impl<'t> Landmarks<'t> {
    pub(crate) fn new(text: &'t str, digits: Vec<(usize, usize, usize)>) -> Self {
        Self { text, digits }
    }

    /// The runs of digits in `first..last` (a cluster), as (start, end).
    fn runs(&self, first: usize, last: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let bytes = self.text.as_bytes();
        let digit = move |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = first;
        std::iter::from_fn(move || {
            while i < last && !digit(i) {
                i += 1;
            }
            if i >= last {
                return None;
            }
            let start = i;
            while digit(i) {
                i += 1;
            }
            Some((start, i))
        })
    }

    /// Whether the cluster has consecutive digit runs of these lengths (`None`: any length),
    /// each separated from the next by exactly one byte out of `separators`.
    fn has_runs(
        &self,
        first: usize,
        last: usize,
        lens: &[Option<usize>],
        separators: &[u8],
    ) -> bool {
        let bytes = self.text.as_bytes();
        let runs: Vec<(usize, usize)> = self.runs(first, last).collect();
        runs.windows(lens.len()).any(|w| {
            w.iter()
                .zip(lens)
                .all(|(&(a, b), len)| len.is_none_or(|l| b - a == l))
                && w.windows(2).all(|pair| match pair {
                    [(_, end), (start, _)] => {
                        *start == end + 1 && bytes.get(*end).is_some_and(|s| separators.contains(s))
                    }
                    _ => false,
                })
        })
    }
}

/// Cheap gate for [`Kind::Ssn`]: `AAA-GG-SSSS` or `AAA GG SSSS`.
fn ssn_shape(marks: &Landmarks<'_>, first: usize, last: usize) -> bool {
    marks.has_runs(first, last, &[Some(3), Some(2), Some(4)], b"- ")
}

/// Cheap gate for [`Kind::Iban`]: a run of digits right after two capitals that begin a word
/// (`DE89…`).
fn iban_shape(marks: &Landmarks<'_>, first: usize, last: usize) -> bool {
    let bytes = marks.text.as_bytes();
    marks.runs(first, last).any(|(a, _)| {
        a >= 2
            && bytes
                .get(a - 2..a)
                .is_some_and(|cc| cc.iter().all(u8::is_ascii_uppercase))
            && !(a >= 3
                && bytes
                    .get(a - 3)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80))
    })
}

/// Cheap gate for [`Kind::Ipv4`]: four numbers joined by dots.
fn ipv4_shape(marks: &Landmarks<'_>, first: usize, last: usize) -> bool {
    marks.has_runs(first, last, &[None, None, None, None], b".")
}

/// Digits this many bytes apart or closer belong to one cluster: enough for the letter
/// groups inside an IBAN (`GB29 NWBK 6016…`) and the punctuation inside a phone number.
pub(crate) const DIGIT_GAP: usize = 12;

/// Titles that introduce a name.
pub(crate) const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Herr", "Frau", "Mme", "Mlle",
    "Sr", "Sra",
];

/// The words a name can start with, every given name and title, packed for lookup.
static NAME_STARTS: std::sync::LazyLock<Vec<u128>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<u128> = GIVEN_NAMES
        .iter()
        .chain(TITLES)
        .filter_map(|w| pack_word(w.as_bytes()))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// A word of up to 16 bytes as one integer, for a lookup without hashing.
fn pack_word(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    Some(
        word.iter()
            .fold(0u128, |acc, &b| (acc << 8) | u128::from(b)),
    )
}

/// Offsets of every whole word in `text` that is a known given name or title: an ASCII
/// capital after a non-alphanumeric byte, then letters, looked up without hashing.
pub(crate) fn name_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let starts = &*NAME_STARTS;
    let mut out = Vec::new();
    crate::for_each_set(
        bytes,
        |b| b.wrapping_sub(b'A') < 26,
        |at| {
            let word_start = at == 0
                || bytes
                    .get(at - 1)
                    .is_some_and(|p| !p.is_ascii_alphanumeric() && *p < 0x80);
            if !word_start {
                return;
            }
            let len = bytes
                .get(at..)
                .unwrap_or_default()
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            // A word glued to a non-ASCII letter (`Zoë`) is not this word.
            let glued = bytes
                .get(at + len)
                .is_some_and(|c| *c >= 0x80 || c.is_ascii_digit() || *c == b'_');
            let word = bytes.get(at..at + len).unwrap_or_default();
            // A known given name, or any capitalised word after a salutation or a name field.
            let known = !glued && pack_word(word).is_some_and(|k| starts.binary_search(&k).is_ok());
            if known || (len >= 2 && name_cue_before(text, at)) {
                out.push(at);
            }
        },
    );
    out
}

fn before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

fn after(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The candidate is not glued to letters, digits or `_` on either side.
fn standalone(text: &str, start: usize, end: usize) -> bool {
    !before(text, start).is_some_and(word_char) && !after(text, end).is_some_and(word_char)
}

/// Whether any of `words` occurs (ASCII case-insensitively) in the `window` bytes before `at`.
fn context_before(text: &str, at: usize, window: usize, words: &[&str]) -> bool {
    let mut from = at.saturating_sub(window);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    let Some(slice) = text.get(from..at) else {
        return false;
    };
    let lower = slice.to_ascii_lowercase();
    words.iter().any(|w| lower.contains(w))
}

fn slice(text: &str, start: usize, end: usize) -> &str {
    text.get(start..end).unwrap_or_default()
}

fn simple(text: &str, start: usize, end: usize, confidence: f32) -> Option<(usize, usize, f32)> {
    standalone(text, start, end).then_some((start, end, confidence))
}

fn private_key(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    // The block runs to its END line; a truncated key is still a key, so without one it runs
    // to the end of the text.
    let rest = text.get(end..).unwrap_or_default();
    let stop = match rest.find("-----END") {
        Some(i) => {
            let after_end = end + i + "-----END".len();
            text.get(after_end..)
                .and_then(|r| r.find("-----"))
                .map_or(text.len(), |j| after_end + j + 5)
        }
        None => text.len(),
    };
    // A documentation block (`-----BEGIN PRIVATE KEY-----\n...\n-----END …`) holds no key.
    let body = slice(text, end, stop);
    let body = body
        .find("-----END")
        .map_or(body, |i| body.get(..i).unwrap_or(body));
    let longest_run = body
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=')))
        .map(str::len)
        .max()
        .unwrap_or(0);
    if longest_run < 16 && rest.contains("-----END") {
        return None;
    }
    Some((start, stop, 1.0))
}

fn aws_access_key(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let v = slice(text, start, end);
    if v.contains("EXAMPLE") || validate::is_placeholder(v) {
        return None;
    }
    simple(text, start, end, 0.95)
}

fn is_b64(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '/' || c == '+'
}

fn aws_secret_key(text: &str, _start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let key_start = end.checked_sub(40)?;
    let key = slice(text, key_start, end);
    if after(text, end).is_some_and(is_b64) || validate::is_placeholder(key) {
        return None;
    }
    (validate::entropy(key) >= 3.5).then_some((key_start, end, 0.95))
}

/// How far after an access key id its secret key is looked for.
const AWS_SECRET_WINDOW: usize = 256;

/// The first 40-character random base64 run standing alone within [`AWS_SECRET_WINDOW`] bytes
/// after an AWS access key id ending at `from`: its secret key, written without a label.
pub(crate) fn aws_secret_near(text: &str, from: usize) -> Option<crate::Finding> {
    let bytes = text.as_bytes();
    let stop = (from + AWS_SECRET_WINDOW).min(bytes.len());
    let mut i = from;
    while i < stop {
        if !bytes.get(i).is_some_and(|b| is_b64(char::from(*b))) {
            i += 1;
            continue;
        }
        let run = bytes
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| is_b64(char::from(**b)))
            .count();
        if run == 40 {
            let v = slice(text, i, i + 40);
            if classes(v) >= 3 && validate::entropy(v) >= 4.0 && !validate::is_placeholder(v) {
                return Some(crate::Finding {
                    kind: Kind::AwsSecretKey,
                    start: i,
                    end: i + 40,
                    confidence: 0.85,
                });
            }
        }
        i += run;
    }
    None
}

fn token(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let v = slice(text, start, end);
    if validate::is_placeholder(v) {
        return None;
    }
    simple(text, start, end, 0.95)
}

/// Which characters a value mixes: lower case, upper case, digits, anything else.
fn classes(v: &str) -> usize {
    [
        v.bytes().any(|b| b.is_ascii_lowercase()),
        v.bytes().any(|b| b.is_ascii_uppercase()),
        v.bytes().any(|b| b.is_ascii_digit()),
        v.bytes().any(|b| !b.is_ascii_alphanumeric()),
    ]
    .iter()
    .filter(|x| **x)
    .count()
}

/// A prefixed token whose body is random: mixed classes, not a placeholder.
fn mixed_token(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let v = slice(text, start, end);
    if validate::is_placeholder(v) || classes(v) < 3 || validate::entropy(v) < 3.5 {
        return None;
    }
    simple(text, start, end, 0.9)
}

/// A Telegram bot token, standing alone or in a Bot API URL (`…/bot123456789:AA…/sendMessage`).
fn telegram(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let in_url = start >= 3 && text.get(start - 3..start) == Some("bot");
    if validate::is_placeholder(slice(text, start, end))
        || (!in_url && before(text, start).is_some_and(word_char))
        || after(text, end).is_some_and(word_char)
    {
        return None;
    }
    Some((start, end, 0.9))
}

/// A Discord bot token: its first part is a user id (digits) in base64.
fn discord(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    use base64::Engine as _;
    let v = slice(text, start, end);
    let id = v.split('.').next()?;
    let decoded = base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(id.trim_end_matches('='))
        .ok()?;
    if decoded.len() < 17 || !decoded.iter().all(u8::is_ascii_digit) {
        return None;
    }
    simple(text, start, end, 0.9)
}

/// Two letters and 32 hex digits (Twilio): digits and letters both, standalone.
fn hex_token(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let body = slice(text, start, end).get(2..)?;
    if !body.bytes().any(|b| b.is_ascii_digit())
        || !body.bytes().any(|b| b.is_ascii_alphabetic())
        || validate::entropy(body) < 3.0
    {
        return None;
    }
    simple(text, start, end, 0.85)
}

/// `Key=value` (an Azure key, a SAS `sig=`): the value only, so the mask leaves the key name.
fn after_equals(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let v = slice(text, start, end);
    let value_start = start + v.find('=')? + 1;
    let value = slice(text, value_start, end);
    if validate::is_placeholder(value) || validate::entropy(value) < 3.5 {
        return None;
    }
    if after(text, end).is_some_and(|c| c.is_ascii_alphanumeric() || c == '+' || c == '/') {
        return None;
    }
    Some((value_start, end, 0.9))
}

/// The credential of an `Authorization: Bearer …` or `Basic …` header (a JWT is its own kind):
/// the value only, random-looking, not a placeholder.
fn authorization(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    if before(text, start).is_some_and(word_char) {
        return None;
    }
    let v = slice(text, start, end);
    let value_start = start + v.find([' ', '\t'])?;
    let value_start = value_start + slice(text, value_start, end).len()
        - slice(text, value_start, end).trim_start().len();
    let value = slice(text, value_start, end);
    let basic = v.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("basic"));
    if value.starts_with("eyJ")
        || validate::is_placeholder(value)
        || classes(value) < 2
        || validate::entropy(value) < if basic { 3.0 } else { 3.5 }
        || after(text, end).is_some_and(word_char)
    {
        return None;
    }
    // `Basic` is base64 of `user:password`.
    if basic {
        use base64::Engine as _;
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(
                value.trim_end_matches('=').to_owned()
                    + &"=".repeat((4 - value.trim_end_matches('=').len() % 4) % 4),
            )
            .ok()?;
        if !decoded.contains(&b':') {
            return None;
        }
    }
    Some((value_start, end, 0.85))
}

fn random_token(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let v = slice(text, start, end);
    if v.starts_with("sk-ant-") {
        return None;
    }
    let has_digit = v.bytes().any(|b| b.is_ascii_digit());
    let has_alpha = v.bytes().any(|b| b.is_ascii_alphabetic());
    if !has_digit || !has_alpha || validate::is_placeholder(v) || validate::entropy(v) < 3.5 {
        return None;
    }
    simple(text, start, end, 0.9)
}

fn jwt(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    (validate::jwt(slice(text, start, end)) && standalone(text, start, end))
        .then_some((start, end, 0.95))
}

fn connection_string(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let v = slice(text, start, end);
    let after_scheme = v.split_once("://")?.1;
    let userinfo = after_scheme.rsplit_once('@')?.0;
    let password = userinfo.split_once(':')?.1;
    if validate::is_placeholder(password) || password.len() < 3 {
        return None;
    }
    Some((start, end, 0.9))
}

/// The keys [`Kind::Password`]'s pattern starts with, lower case; kept in step with it (a unit
/// test finds an assignment to each).
pub(crate) const ASSIGNMENT_KEYS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "secret",
    "api_key",
    "api-key",
    "apikey",
    "access_token",
    "access-token",
    "accesstoken",
    "auth_token",
    "auth-token",
    "authtoken",
    "client_secret",
    "client-secret",
    "clientsecret",
    "private_key",
    "private-key",
    "privatekey",
    "secret_key",
    "secret-key",
    "secretkey",
    "token",
    "_pass",
    "credentials",
    "_key",
];

/// The last two letters of every key in [`ASSIGNMENT_KEYS`] (a unit test keeps them in step).
pub(crate) const KEY_ENDINGS: &[[u8; 2]] = &[
    *b"rd", *b"wd", *b"se", *b"et", *b"ey", *b"en", *b"ss", *b"ls",
];

/// Keys that end like a secret's but name something else: a page cursor, a count.
const NOT_SECRET_KEYS: &[&str] = &[
    "page_token",
    "pagetoken",
    "next_token",
    "nexttoken",
    "continuation_token",
    "continuationtoken",
    "sync_token",
    "max_token",
    "num_token",
    "csrf_token",
    "bypass",
    "compass",
    "secret_name",
    "_file",
    "_path",
];

/// How sure a key (`db_password`, `DB_PASS`, `apiKey`, `"client-secret"`, `HF_TOKEN`,
/// `x.private_key`) is to name a secret — it ends with one of [`ASSIGNMENT_KEYS`] and is not
/// a look-alike (`next_page_token`, `password_file`): `Some(true)` for a key that can only name one
/// (`password`, `client_secret`, `api_key`, `token`, …), `Some(false)` for one that may
/// (`STORAGE_KEY`, `ACCOUNT_KEY`: a value under it must look random), `None` for neither.
/// Kebab, dotted and camel case read the same (`next-page-token`, `nextPageToken`).
pub(crate) fn key_strength(key: &str) -> Option<bool> {
    let k: String = key
        .trim_matches(|c: char| matches!(c, '"' | '\'' | '`' | ' ' | '\t' | '$' | '@' | ':'))
        .chars()
        .map(|c| match c {
            '-' | '.' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    if NOT_SECRET_KEYS.iter().any(|s| k.ends_with(s)) {
        return None;
    }
    if ASSIGNMENT_KEYS
        .iter()
        .any(|s| *s != "_key" && k.ends_with(s))
        || k.ends_with("secret_access_key")
    {
        return Some(true);
    }
    (k.ends_with("_key") && !WEAK_NOT_SECRET.iter().any(|s| k.ends_with(s))).then_some(false)
}

/// `…_key` names that are not keys to anything.
const WEAK_NOT_SECRET: &[&str] = &[
    "sort_key",
    "partition_key",
    "cache_key",
    "idempotency_key",
    "public_key",
    "lookup_key",
    "object_key",
    "s3_key",
    "row_key",
    "range_key",
    "hash_key",
    "i18n_key",
    "translation_key",
    "group_key",
    "dedup_key",
    "routing_key",
    "map_key",
    "access_key_id",
    "evaluated_key",
    "start_key",
    "last_key",
    "continuation_key",
    "resume_key",
    "gpg_key",
    "pgp_key",
];

/// Whether a value stands for a secret somewhere else rather than being one: a call
/// (`os.environ.get(`), an expansion (`${X}`, `%X%`), or a dotted reference
/// (`settings.API_KEY`, `process.env.TOKEN`).
fn reference(value: &str) -> bool {
    let v = value
        .trim_matches(|c: char| matches!(c, '"' | '\'' | '`'))
        .trim_end_matches([')', ']', '}', '>']);
    // `os.environ[`, `process.env[`: an index into where the secret is.
    let indexed = v.split_once('[').is_some_and(|(head, _)| {
        !head.is_empty()
            && head
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
    });
    // Percent-encoded prose (`The%20token%20you%20entered…`) is words, not a value.
    let words = value.contains("%20");
    // `$NAME`, `%24NAME`, `env:NAME`, `vault:…`/`ENC[…]`/`$ANSIBLE_VAULT` (an encrypted value
    // is stored safely), a file path (`/run/secrets/db_password`, `%2Fsecrets%2Fsa.json`).
    let named = |rest: &str| {
        !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    };
    let path = |p: &str| {
        (p.starts_with('/') || p.starts_with("./") || p.starts_with("~/"))
            && p.matches('/').count() >= 2
            && p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'_' | b'-'))
    };
    let lower = v.to_ascii_lowercase();
    // `ConvertTo-SecureString`: a PowerShell command (Verb-Noun), not a value.
    let cmdlet = v.split_once('-').is_some_and(|(verb, noun)| {
        verb.len() >= 3
            && noun.len() >= 3
            && verb.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && noun.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && v.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
    });
    indexed
        || words
        || cmdlet
        || v.strip_prefix('$').is_some_and(named)
        || lower.strip_prefix("$env:").is_some_and(named)
        || (v.starts_with("#{") && v.ends_with("}#"))
        || lower.starts_with("{cipher}")
        || (lower.split_once("://").is_some_and(|(scheme, rest)| {
            !scheme.is_empty()
                && scheme.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.')
                })
                && !rest.split('/').next().is_some_and(|a| a.contains('@'))
        }))
        || lower
            .split(':')
            .take(2)
            .all(|p| p.len() >= 2 && p.bytes().all(|b| b.is_ascii_lowercase()))
            && lower.matches(':').count() >= 2
        || lower.starts_with("sm://")
        || lower.starts_with("ref+")
        || lower.starts_with("arn:aws:")
        || (lower.starts_with("projects/") && lower.contains("/secrets/"))
        || lower.strip_prefix("%24").is_some_and(named)
        || lower.starts_with("env:")
        || lower.starts_with("vault:")
        || lower.starts_with("enc[")
        || lower.starts_with("enc%5b")
        || lower.starts_with("$ansible_vault")
        || lower.starts_with("secretref:")
        || lower.starts_with("op://")
        || path(v)
        || path(&lower.replace("%2f", "/"))
        || value.contains('(')
        || value.contains("${")
        || value.starts_with('%')
        || (value.contains('.')
            && value.split('.').all(|part| {
                !part.is_empty()
                    && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                    && !part.bytes().next().is_some_and(|b| b.is_ascii_digit())
            })
            && !value.bytes().any(|b| b.is_ascii_digit()))
}

/// Whether a value under a secret's key (a JSON field, a YAML or `.env` entry) is the secret
/// itself: long enough, mixing at least two kinds of character, not a placeholder, a boolean
/// or a reference to where the secret really is.
pub(crate) fn secret_value(value: &str) -> bool {
    let v = value.trim();
    !not_a_credential(v)
        && v.len() >= 6
        && v.len() <= 4096
        && !v.contains(char::is_whitespace)
        && classes(v) >= 2
        && !validate::is_placeholder(v)
        && !reference(v)
}

/// Key and value written apart in a structure the assignment pattern does not read: XML
/// (`<add key="SecretKey" value="…"/>`, `<property name="password" value="…"/>`,
/// `<string name="db_password">…</string>`, `<apiToken>…</apiToken>`), a Dockerfile's
/// `ENV NAME value`, and the password of `curl -u user:password`. Groups: 1 key, 2 value.
pub(crate) static STRUCTURED: std::sync::LazyLock<Option<[regex_automata::meta::Regex; 5]>> =
    std::sync::LazyLock::new(|| {
        let re = |p: &str| regex_automata::meta::Regex::new(p).ok();
        Some([
            re(r#"(?:key|name)="([^"<>]{1,96})"[ \t\r\n]+value="([^"<>]{1,4096})""#)?,
            re(
                r#"<([A-Za-z_][A-Za-z0-9_.:\-]{0,95})(?:[ \t]+name="([^"<>]{1,96})")?[^<>]{0,200}>([^<>\n]{1,4096})</"#,
            )?,
            re(
                r"(?m)^[ \t]*ENV[ \t]+([A-Za-z_][A-Za-z0-9_]{0,95})[ \t]+([^ \t\r\n=]{1,4096})[ \t]*$",
            )?,
            re(
                r#"(?:^|[ \t])(?:-u|--user)[ \t]+["']?([^ \t\r\n"':]{1,96}):([^ \t\r\n"']{1,4096})"#,
            )?,
            // `.netrc`: `machine host login user password value`, on one line or several.
            re(r"(?:^|[ \t\n])(password|passwd)[ \t]+([^ \t\r\n]{1,4096})")?,
        ])
    });

/// The values [`STRUCTURED`] finds under keys that name secrets (with the same value rules as
/// an assignment), as byte spans; every password after `curl -u user:`.
pub(crate) fn structured_secrets(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let Some(res) = STRUCTURED.as_ref() else {
        return out;
    };
    let xml =
        memchr::memchr(b'<', bytes).is_some() || memchr::memmem::find(bytes, b"value=\"").is_some();
    let env = memchr::memmem::find(bytes, b"ENV").is_some();
    let user = memchr::memmem::find(bytes, b"-u").is_some();
    let netrc = memchr::memmem::find(bytes, b"machine ").is_some()
        || memchr::memmem::find(bytes, b"login ").is_some();
    for (i, re) in res.iter().enumerate() {
        if (i <= 1 && !xml) || (i == 2 && !env) || (i == 3 && !user) || (i == 4 && !netrc) {
            continue;
        }
        let mut caps = re.create_captures();
        let mut at = 0;
        while at <= text.len() {
            re.search_captures(&regex_automata::Input::new(text).range(at..), &mut caps);
            let Some(m) = caps.get_match() else {
                break;
            };
            at = m.end().max(at + 1);
            let (key, value) = match i {
                // `<tag name="key">value</tag>`: the name, else the tag.
                1 => (
                    caps.get_group(2).or_else(|| caps.get_group(1)),
                    caps.get_group(3),
                ),
                _ => (caps.get_group(1), caps.get_group(2)),
            };
            let (Some(key), Some(value)) = (key, value) else {
                continue;
            };
            let v = slice(text, value.start, value.end);
            let ok = if i == 3 {
                secret_value(v)
            } else {
                match key_strength(slice(text, key.start, key.end)) {
                    Some(true) => secret_value(v),
                    Some(false) => random_value(v),
                    None => false,
                }
            };
            if ok {
                out.push((value.start, value.end));
            }
        }
    }
    out
}

/// Most lines of one CSV block read for [`csv_secret_columns`].
const MAX_CSV_ROWS: usize = 10_000;

/// The values, in a CSV block (a header line of names, then lines with as many fields), of
/// every column whose name names a secret (`redis_password,bucket` / `jqqi^91I3gA,acme`): the
/// byte spans of the values (quotes excluded) that look like secrets.
pub(crate) fn csv_secret_columns(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // (field count, the secret columns and whether each is sure) of the header in force.
    let mut header: Option<(usize, Vec<(usize, bool)>)> = None;
    let mut rows = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let start = at;
        at += line.len();
        if !body.contains(',') {
            header = None;
            continue;
        }
        let fields = csv_fields(body);
        let names = fields.iter().all(|&(a, b)| {
            let f = slice(body, a, b);
            !f.is_empty()
                && f.bytes()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
                && f.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b' '))
        });
        if names {
            let secret: Vec<(usize, bool)> = fields
                .iter()
                .enumerate()
                .filter_map(|(i, &(a, b))| key_strength(slice(body, a, b)).map(|s| (i, s)))
                .collect();
            header = (!secret.is_empty()).then_some((fields.len(), secret));
            rows = 0;
            continue;
        }
        let Some((count, secret)) = &header else {
            continue;
        };
        rows += 1;
        if fields.len() != *count || rows > MAX_CSV_ROWS {
            continue;
        }
        for &(i, strong) in secret {
            let Some(&(a, b)) = fields.get(i) else {
                continue;
            };
            let v = slice(body, a, b);
            let ok = if strong {
                secret_value(v) && (classes(v) >= 3 || random_value(v))
            } else {
                random_value(v)
            };
            if ok {
                out.push((start + a, start + b));
            }
        }
    }
    out
}

/// The fields of one CSV line as byte spans, surrounding quotes and blanks excluded (a quoted
/// field may hold commas).
fn csv_fields(line: &str) -> Vec<(usize, usize)> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while bytes.get(i).is_some_and(|b| *b == b' ') {
            i += 1;
        }
        if bytes.get(i) == Some(&b'"') {
            let from = i + 1;
            let mut j = from;
            while j < bytes.len()
                && !(bytes.get(j) == Some(&b'"') && bytes.get(j + 1) != Some(&b'"'))
            {
                j += if bytes.get(j) == Some(&b'"') { 2 } else { 1 };
            }
            out.push((from, j.min(bytes.len())));
            i = match line.get(j..).and_then(|r| r.find(',')) {
                Some(k) => j + k + 1,
                None => return out,
            };
        } else {
            match line.get(i..).and_then(|r| r.find(',')) {
                Some(k) => {
                    out.push((i, (i + k).max(i)));
                    i += k + 1;
                }
                None => {
                    out.push((i, line.trim_end().len().max(i)));
                    return out;
                }
            }
        }
    }
}

/// Values with a shape of their own that is not a credential: a digest or integrity hash
/// (`sha256:…`, `sha512-…`, `…@sha256:…`), a data URI, a link without credentials, a ULID, a
/// licence key in five groups of five, a Kubernetes pod name, a camel-case identifier, and
/// base64 of ordinary data (JSON, words).
fn not_a_credential(v: &str) -> bool {
    let lower = v.to_ascii_lowercase();
    let digest = ["sha1", "sha256", "sha384", "sha512", "md5"]
        .iter()
        .any(|h| lower.starts_with(&format!("{h}:")) || lower.starts_with(&format!("{h}-")))
        || lower.contains("@sha256:");
    let link = (lower.starts_with("https://") || lower.starts_with("http://"))
        && !lower
            .split_once("://")
            .is_some_and(|(_, rest)| rest.split('/').next().is_some_and(|a| a.contains('@')));
    let ulid = v.len() == 26
        && v.bytes().next().is_some_and(|b| (b'0'..=b'7').contains(&b))
        && v.bytes().all(|b| {
            b.is_ascii_digit()
                || (b.is_ascii_uppercase() && !matches!(b, b'I' | b'L' | b'O' | b'U'))
        });
    let licence = v.len() == 29
        && v.split('-').count() == 5
        && v.split('-').all(|g| {
            g.len() == 5
                && g.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        });
    let pod = {
        let parts: Vec<&str> = v.rsplitn(3, '-').collect();
        matches!(parts.as_slice(), [suffix, hash, name]
            if suffix.len() == 5 && (9..=10).contains(&hash.len()) && !name.is_empty()
            && v.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
    };
    let camel = v.len() >= 16
        && v.bytes().all(|b| b.is_ascii_alphabetic())
        && v.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && v.split(|c: char| c.is_ascii_uppercase())
            .skip(1)
            .all(|w| w.len() >= 2);
    // `openai-api-key`, `orders-db`: the name of a secret or a thing, not its value.
    // (`secret/data/db`: a path in a secret store, written the same way.)
    let name = v.contains(['-', '_', '/'])
        && v.bytes()
            .all(|b| b.is_ascii_lowercase() || matches!(b, b'-' | b'_' | b'/'))
        && v.split(['-', '_', '/']).all(|p| p.len() >= 2);
    digest
        || lower.starts_with("data:")
        || link
        || ulid
        || licence
        || pod
        || camel
        || name
        || plain_base64(v)
}

/// Whether `v` is base64 of ordinary data: JSON, or text with spaces (a message, a cursor).
/// `user:password` stays a secret.
fn plain_base64(v: &str) -> bool {
    use base64::Engine as _;
    if v.len() < 16 {
        return false;
    }
    let trimmed = v.trim_end_matches('=');
    let decoded = base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(trimmed)
        .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(trimmed));
    let Ok(bytes) = decoded else {
        return false;
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return false;
    };
    let t = text.trim();
    (t.starts_with('{') && t.ends_with('}'))
        || (t.starts_with('[') && t.ends_with(']'))
        || (t.contains(' ')
            && t.chars().all(|c| !c.is_control() || c == '\n')
            && t.split_whitespace().count() >= 3)
}

/// Whether a decoded text is a `user:password` pair (what HTTP Basic and a Docker `auth` hold):
/// one line, a user without blanks, and a password that is a secret value.
pub(crate) fn user_password(plain: &str) -> bool {
    let t = plain.trim_end_matches(['\n', '\r']);
    let Some((user, password)) = t.split_once(':') else {
        return false;
    };
    // A user is a name or an address (`svc-build`, `ada@example.net`, `_token`), not the
    // start of a JSON document (`{"last_id":…`).
    !user.is_empty()
        && user.len() <= 128
        && user.bytes().all(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'@' | b'+' | b'\\')
        })
        && !password.contains(char::is_whitespace)
        && password.len() >= 6
        && secret_value(password)
        // As for a CSV row: a password mixes three kinds of character or is random
        // (`user:U1FTDYO0A` is a pagination cursor's shape).
        && (classes(password) >= 3 || random_value(password))
}

/// A value under a key that only may name a secret (`STORAGE_KEY`): long and random, with
/// digits (not `created_at`, not a word).
pub(crate) fn random_value(value: &str) -> bool {
    let v = value.trim();
    secret_value(v)
        && v.len() >= 20
        && v.bytes().any(|b| b.is_ascii_digit())
        && validate::entropy(v) >= 3.5
}

/// Where the key of the assignment whose separator (`:` or `=`) is at `at` starts, if the key
/// is one of [`ASSIGNMENT_KEYS`]: `password = `, `"api_key": `, `'secret' => `.
pub(crate) fn assignment_key(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut end = at;
    while end > 0 && matches!(bytes.get(end - 1), Some(b':' | b'=')) {
        end -= 1;
    }
    while end > 0 && matches!(bytes.get(end - 1), Some(b' ' | b'\t')) {
        end -= 1;
    }
    if end > 0 && matches!(bytes.get(end - 1), Some(b'"' | b'\'')) {
        end -= 1;
    }
    // Most separators (every comma of prose) follow no key: the last two letters first.
    let last2 = match end.checked_sub(2).and_then(|s| bytes.get(s..end)) {
        Some(&[a, b]) => [a.to_ascii_lowercase(), b.to_ascii_lowercase()],
        _ => return None,
    };
    if !KEY_ENDINGS.contains(&last2) {
        return None;
    }
    // `_`, `-` and `.` read alike in a key (`db.pass`, `encryption-key`).
    let same = |a: &u8, b: &u8| {
        a.eq_ignore_ascii_case(b)
            || (matches!(a, b'_' | b'-' | b'.') && matches!(b, b'_' | b'-' | b'.'))
    };
    ASSIGNMENT_KEYS
        .iter()
        .filter(|k| {
            end.checked_sub(k.len())
                .and_then(|start| bytes.get(start..end))
                .is_some_and(|key| key.iter().zip(k.as_bytes()).all(|(a, b)| same(a, b)))
        })
        .map(|k| end - k.len())
        .min()
}

fn password_assignment(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let v = slice(text, start, end);
    // The value starts after the separator and any opening quote.
    let sep = v.find([':', '=', ','])?;
    // `NAME,value` (a row of a CSV export of settings) asks more of the value than `NAME=`.
    let comma = v.get(sep..).is_some_and(|r| r.starts_with(','));
    let mut value_start = start + sep;
    for c in v.get(sep..).unwrap_or_default().chars() {
        if matches!(c, ':' | '=' | ',' | '"' | '\'' | '`' | ' ' | '\t' | '>') {
            value_start += c.len_utf8();
        } else {
            break;
        }
    }
    let value = slice(text, value_start, end);
    // The whole key (`next_page_token`, `db_password`), back to where the name starts.
    let key_start = text
        .get(..start)
        .unwrap_or_default()
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
        .map_or(0, |i| i + 1);
    // A name inside a value is not a key (`arn:aws:secretsmanager:…:secret:prod/x`,
    // `https://host/token=…`).
    let inside = before(text, key_start).is_some_and(|c| matches!(c, ':' | '/' | '='));
    if inside
        || value.len() < 8
        || validate::is_placeholder(value)
        || classes(value) < 2
        || validate::entropy(value) < 3.0
        || reference(value)
        || not_a_credential(value)
    {
        return None;
    }
    if comma && classes(value) < 3 && !random_value(value) {
        return None;
    }
    match key_strength(slice(text, key_start, start + sep)) {
        Some(true) => {}
        Some(false) if random_value(value) => {}
        _ => return None,
    }
    Some((value_start, end, 0.8))
}

fn email(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let v = slice(text, start, end);
    let (local, domain) = v.split_once('@')?;
    if local.len() > 64
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
        || domain.len() > 253
        || domain
            .split('.')
            .any(|l| l.is_empty() || l.len() > 63 || l.starts_with('-') || l.ends_with('-'))
        || domain.rsplit('.').next().is_some_and(|tld| tld.len() > 24)
    {
        return None;
    }
    if after(text, end).is_some_and(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    Some((start, end, 0.95))
}

fn digit_bounded(text: &str, start: usize, end: usize) -> bool {
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
    // `1234.5678` or `1,234` continue a number.
    let continues = matches!(after(text, end), Some('.' | ','))
        && text
            .get(end + 1..)
            .and_then(|s| s.chars().next())
            .is_some_and(|c| c.is_ascii_digit());
    // `…-0392x4517`: an extension follows.
    let extension = after(text, end) == Some('x') && {
        let rest = text.get(end + 1..).unwrap_or_default();
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        (1..=5).contains(&n) && !glued(rest.get(n..).and_then(|r| r.chars().next()))
    };
    !(glued(before(text, start)) || (glued(after(text, end)) && !extension) || continues)
}

/// Tries the candidate, then shorter ones ending before each separator, longest first: a
/// greedy digit pattern may have swallowed a number that follows.
fn shrink(text: &str, start: usize, end: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
    let mut stop = end;
    loop {
        if ok(stop) {
            return Some(stop);
        }
        let candidate = slice(text, start, stop);
        let cut = candidate.rfind([' ', '-', '.', '_', '/'])?;
        if cut == 0 {
            return None;
        }
        stop = start + cut;
    }
}

fn card(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let stop = shrink(text, start, end, |stop| {
        digit_bounded(text, start, stop) && validate::card(slice(text, start, stop))
    })?;
    Some((start, stop, 0.95))
}

fn iban(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    if before(text, start).is_some_and(word_char) {
        return None;
    }
    // The pattern may have swallowed an upper-case word after a spaced IBAN: try the longest
    // candidate first, then shorter ones ending at a group boundary.
    let mut stop = end;
    loop {
        let candidate = slice(text, start, stop);
        if !after(text, stop).is_some_and(word_char) && validate::iban(candidate) {
            return Some((start, stop, 0.95));
        }
        stop = start + candidate.rfind([' ', '-'])?;
    }
}

const SSN_WORDS: &[&str] = &["ssn", "social security", "social sec", "ss#", "ss #"];

fn ssn(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let v = slice(text, start, end);
    if !digit_bounded(text, start, end)
        || matches!(before(text, start), Some('-'))
        || matches!(after(text, end), Some('-'))
        || !validate::ssn(v)
    {
        return None;
    }
    let context = context_before(text, start, 40, SSN_WORDS);
    if v.contains('-') {
        Some((start, end, if context { 0.95 } else { 0.85 }))
    } else {
        context.then_some((start, end, 0.9))
    }
}

const PHONE_WORDS: &[&str] = &[
    "tel",
    "phone",
    "mobile",
    "cell",
    "call",
    "fax",
    "whatsapp",
    "sms",
    "contact",
    "number",
    "telefon",
    "handy",
    "portable",
    "téléphone",
    "teléfono",
    "telefono",
    "reach me",
    "reach us",
    "reach you",
    "reached at",
    "reached on",
    "answering at",
    "registered",
    "dial",
    "landline",
    "hotline",
    "helpline",
    "text me",
    "ring me",
];

fn phone(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let candidate = slice(text, start, end);
    let international = candidate.starts_with('+')
        || (candidate.starts_with("00")
            && candidate
                .as_bytes()
                .get(2)
                .is_some_and(|b| (b'1'..=b'9').contains(b)));
    let trunk = candidate.starts_with('0') || candidate.starts_with("(0");
    let nanp = is_nanp(strip_extension(candidate));
    if !(international || trunk || nanp) {
        return generic_phone(text, start, end);
    }
    if nanp && !international && !trunk {
        // The whole shape matched, extension included: nothing to shrink.
        let glued = glued_before(text, start);
        return (digit_bounded(text, start, end) && !glued).then_some((start, end, 0.9));
    }
    let end = shrink(text, start, end, |stop| {
        digit_bounded(text, start, stop) && validate::phone(slice(text, start, stop))
    })?;
    let v = slice(text, start, end);
    if glued_before(text, start) {
        return None;
    }
    // `AAA-GG-SSSS` is the shape of an SSN (valid or not), not of a phone number.
    let b = v.as_bytes();
    if b.len() == 11 && b.get(3) == Some(&b'-') && b.get(6) == Some(&b'-') {
        return None;
    }
    let context = context_before(text, start, 32, PHONE_WORDS) || phone_word_after(text, end);
    let confidence = if international || context { 0.9 } else { 0.6 };
    Some((start, end, confidence))
}

/// The number without a trailing extension (`x905`, ` ext. 12`).
fn strip_extension(v: &str) -> &str {
    match v.rfind(['x', 't']) {
        Some(i)
            if v.get(i + 1..).is_some_and(|t| {
                t.trim_start_matches(['.', ' '])
                    .bytes()
                    .all(|b| b.is_ascii_digit())
            }) =>
        {
            v.get(..i).unwrap_or(v).trim_end_matches(['e', 'x', ' '])
        }
        _ => v,
    }
}

/// `(555) 234-5678`, `(555)234-5678`, `555-234-5678`, `555.234.5678`.
fn is_nanp(v: &str) -> bool {
    let digits: Vec<u8> = v.bytes().filter(u8::is_ascii_digit).collect();
    digits.len() == 10
        && digits.first().is_some_and(|d| (b'2'..=b'9').contains(d))
        && digits.get(3).is_some_and(|d| (b'2'..=b'9').contains(d))
        && v.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'(' | b')' | b' ' | b'.' | b'-'))
        && v.split(|c: char| !c.is_ascii_digit())
            .filter(|g| !g.is_empty())
            .map(str::len)
            .eq([3, 3, 4])
}

/// Grouped digits without an international prefix, a trunk `0` or the North American shape
/// (`9822 3749`, `(51) 9668-9224`, `961 52 200`): only a phone number when a phone word is
/// right before (`Phone:`, `call me at`) or right after (`… office`, `… fax`).
///
/// A seven-digit local number (`468 6549`) needs the phone word right before it (`call 468
/// 6549`); dots are only taken in the `555.234.5678` shape.
fn generic_phone(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let end = shrink(text, start, end, |stop| {
        let v = slice(text, start, stop);
        let n = v.bytes().filter(u8::is_ascii_digit).count();
        let groups = || {
            v.split(|c: char| !c.is_ascii_digit())
                .filter(|g| !g.is_empty())
                .map(str::len)
        };
        digit_bounded(text, start, stop)
            && (7..=12).contains(&n)
            && !(v.contains('/') && n == 8)
            && (!v.contains('.') || (groups().eq([3, 3, 4]) && !v.contains([' ', '-', '/'])))
            && (n > 7 || groups().eq([3, 4]))
    })?;
    if glued_before(text, start) || before(text, start) == Some('#') {
        return None;
    }
    let n = slice(text, start, end)
        .bytes()
        .filter(u8::is_ascii_digit)
        .count();
    let context = if n == 7 {
        context_before(text, start, 12, PHONE_WORDS)
    } else {
        context_before(text, start, 32, PHONE_WORDS) || phone_word_after(text, end)
    };
    context.then_some((start, end, 0.7))
}

/// A number glued to what is before it (`1,234,567`, `$5`, `v.2`) is not a phone number; a
/// separator after a word is (`Office\,4633535644`).
fn glued_before(text: &str, start: usize) -> bool {
    match before(text, start) {
        Some('$' | '€' | '£') => true,
        Some('.' | ',' | '/' | '-') => text
            .get(..start)
            .and_then(|t| t.chars().rev().nth(1))
            .is_some_and(|c| c.is_ascii_alphanumeric()),
        _ => false,
    }
}

/// Words that label a number written before them: `9380 6377 office`, `… (fax)`.
const PHONE_AFTER: &[&str] = &[
    "office", "fax", "mobile", "desk", "home", "cell", "work", "tel", "phone", "direct",
];

fn phone_word_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    // An extension may sit between the number and its label: `459.199.8177x603 mobile`.
    let rest = match rest
        .strip_prefix('x')
        .or_else(|| rest.strip_prefix(" ext."))
    {
        Some(ext) => ext.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' '),
        None => rest,
    };
    let rest = rest.trim_start_matches([' ', '\t', '-', '(', ',']);
    let word: String = rest
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    PHONE_AFTER.contains(&word.as_str())
}

fn ipv4(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    if before(text, start).is_some_and(|c| c.is_ascii_alphanumeric() || c == '.')
        || after(text, end).is_some_and(|c| c.is_ascii_alphanumeric())
        || (after(text, end) == Some('.')
            && text
                .get(end + 1..)
                .and_then(|s| s.chars().next())
                .is_some_and(|c| c.is_ascii_digit()))
        || !validate::ipv4(slice(text, start, end))
        || context_before(text, start, 12, &["version", "ver ", "v."])
    {
        return None;
    }
    Some((start, end, 0.85))
}

fn ipv6(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    let v = slice(text, start, end);
    let hex_digits = v.bytes().filter(u8::is_ascii_hexdigit).count();
    if before(text, start).is_some_and(|c| word_char(c) || c == ':')
        || after(text, end).is_some_and(|c| word_char(c) || c == ':')
        || hex_digits < 4
        || !validate::ipv6(v)
    {
        return None;
    }
    Some((start, end, 0.85))
}

const DOB_WORDS: &[&str] = &[
    "born",
    "birth",
    "dob",
    "d.o.b",
    "b-day",
    "bday",
    "geboren",
    "geb.",
    "né le",
    "née le",
    "naissance",
    "nacido",
    "nacida",
    "nascita",
    "nato il",
    "nata il",
    "geboortedatum",
];

/// Cheap gate for [`Kind::DateOfBirth`]: a birth word before or among the digits (a cluster
/// may span several dates and other numbers).
fn birth_context(marks: &Landmarks<'_>, first: usize, last: usize) -> bool {
    let text = marks.text;
    // Every form the pattern knows ends in a year 19xx or 20xx after a separator
    // (`12.03.1990`, `12 March 1990`), or starts with one (`1990-03-12`).
    let year = marks.runs(first, last).any(|(a, b)| {
        let run = text.get(a..b).unwrap_or_default();
        let bytes = text.as_bytes();
        b - a == 4
            && (run.starts_with("19") || run.starts_with("20"))
            && match bytes.get(a.wrapping_sub(1)) {
                Some(b'.' | b'/' | b'-') => {
                    bytes.get(a.wrapping_sub(2)).is_some_and(u8::is_ascii_digit)
                }
                Some(b' ') => true,
                _ => bytes.get(b) == Some(&b'-'),
            }
    });
    if !year {
        return false;
    }
    let from = floor(text, first.saturating_sub(64));
    let Some(window) = text.get(from..last) else {
        return false;
    };
    match &*BIRTH_WORDS {
        Some(ac) => ac.is_match(window),
        None => true,
    }
}

/// [`DOB_WORDS`], ASCII case-insensitive, for the gate: a DFA, as short windows are too short
/// for a prefilter to pay. If it failed to compile, every cluster passes (slower, never blind).
static BIRTH_WORDS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(DOB_WORDS)
            .ok()
    });

/// A birth word within 48 bytes before `start`, with no other number between it and `start`:
/// in `DOB 1963-08-04, meeting on 19.03.1976` only the first date is a birth date.
fn birth_word_before(text: &str, start: usize) -> bool {
    let from = floor(text, start.saturating_sub(48));
    let Some(window) = text.get(from..start) else {
        return false;
    };
    let lower = window.to_ascii_lowercase();
    let last_word_end = DOB_WORDS
        .iter()
        .filter_map(|w| lower.rfind(w).map(|i| i + w.len()))
        .max();
    last_word_end.is_some_and(|end| {
        !lower
            .get(end..)
            .unwrap_or_default()
            .bytes()
            .any(|b| b.is_ascii_digit())
    })
}

fn floor(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// German street-name endings (`Hauptstraße 5`).
const STREET_SUFFIXES: &[&str] = &[
    "straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer",
];

/// French street types (`12 rue de la Paix`).
const VOIES: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "place",
    "allée",
    "chemin",
    "quai",
    "impasse",
];

/// Cheap gate for [`Kind::Address`]: some digit run in the cluster is shaped like a house
/// number of one of the pattern's forms — 1–5 digits followed by spaces and a capitalised
/// word or a French street type, or digits after a word with a German street ending.
fn house_number(marks: &Landmarks<'_>, first: usize, last: usize) -> bool {
    let text = marks.text;
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut i = first;
    while i < last {
        if !digit(i) || (i > 0 && digit(i - 1)) {
            i += 1;
            continue;
        }
        let mut j = i;
        while digit(j) {
            j += 1;
        }
        // German: `…straße 5`.
        let head = text.get(..i).unwrap_or_default();
        let word = head.trim_end_matches([' ', '\t']);
        if word.len() < head.len() && STREET_SUFFIXES.iter().any(|s| word.ends_with(s)) {
            return true;
        }
        // English and French: `221B Baker Street`, `12 bis, rue …`.
        if j - i <= 5 {
            let rest = text.get(j..).unwrap_or_default();
            let rest = rest
                .strip_prefix(|c: char| c.is_ascii_alphabetic())
                .unwrap_or(rest);
            let rest = rest
                .strip_prefix(" bis")
                .or_else(|| rest.strip_prefix(" ter"))
                .unwrap_or(rest);
            let rest = rest.strip_prefix(',').unwrap_or(rest);
            let word = rest.trim_start_matches([' ', '\t']);
            if word.len() < rest.len()
                && (word.starts_with(char::is_uppercase)
                    || VOIES.iter().any(|v| word.starts_with(v)))
            {
                return true;
            }
        }
        i = j;
    }
    false
}

fn date_of_birth(text: &str, start: usize, end: usize) -> Option<(usize, usize, f32)> {
    (digit_bounded(text, start, end) && birth_word_before(text, start)).then_some((start, end, 0.9))
}

/// Given names shipped in `data/given_names.txt`.
static GIVEN_NAMES: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        include_str!("../data/given_names.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });

/// Capitalised words that follow a given name without being a surname.
const NOT_SURNAMES: &[&str] = &[
    "The",
    "And",
    "Or",
    "But",
    "If",
    "In",
    "On",
    "At",
    "To",
    "From",
    "For",
    "With",
    "Team",
    "Street",
    "Road",
    "Avenue",
    "Lane",
    "Drive",
    "Bank",
    "University",
    "College",
    "School",
    "Hospital",
    "Inc",
    "Ltd",
    "Limited",
    "Group",
    "Company",
    "Corp",
    "Corporation",
    "Foundation",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Is",
    "Was",
    "Has",
    "Will",
    "Can",
    "Please",
    "Thanks",
    "Hi",
    "Hello",
    "Dear",
];

/// What introduces a person's name in a message whatever the name is (one not in the given-name
/// list, from any culture): a salutation, a labelled field, a sign-off on the line before.
/// Compared ASCII case-insensitively with the text just before a capitalised word.
const NAME_CUES: &[&str] = &[
    "dear ",
    "hi ",
    "hello ",
    "hey ",
    "name: ",
    "name:",
    "full name: ",
    "customer: ",
    "patient: ",
    "employee: ",
    "contact: ",
    "attn: ",
    "attention: ",
    "from: ",
    "signed: ",
    "applicant: ",
    "passenger: ",
    "guest: ",
    "regards,\n",
    "regards,\r\n",
    "best,\n",
    "sincerely,\n",
    "thanks,\n",
    "cheers,\n",
    "yours,\n",
    "grüße,\n",
    "cordialement,\n",
    "bonjour ",
    "hallo ",
    "hola ",
];

/// Words a cue may precede that are not names (`Dear Customer`, `Hi Team`, `Name: Required`).
const NOT_CUED_NAMES: &[&str] = &[
    "Customer",
    "Customers",
    "Team",
    "Sir",
    "Madam",
    "All",
    "Everyone",
    "There",
    "Support",
    "Friend",
    "Friends",
    "Colleagues",
    "Valued",
    "User",
    "Users",
    "Admin",
    "World",
    "Required",
    "Optional",
    "Unknown",
    "None",
    "Name",
    "Guest",
    "Member",
    "Members",
    "Folks",
    "Partner",
    "Partners",
    "Client",
    "Applicant",
    "Patient",
    "Sales",
    "Billing",
    "Ops",
    "Operations",
    "Security",
    "Marketing",
    "Finance",
    "Legal",
    "Engineering",
    "HR",
    "IT",
    "Mr",
    "Ms",
    "Mrs",
    "Service",
    "Services",
    "Bot",
    "Assistant",
    "Agent",
    "Claude",
    "ChatGPT",
    "Copilot",
    "Gemini",
];

/// Whether the text before `at` ends with a [`NAME_CUES`] cue.
pub(crate) fn name_cue_before(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    NAME_CUES.iter().any(|cue| {
        at.checked_sub(cue.len())
            .and_then(|s| bytes.get(s..at))
            .is_some_and(|b| b.eq_ignore_ascii_case(cue.as_bytes()))
            && at
                .checked_sub(cue.len() + 1)
                .and_then(|i| bytes.get(i))
                .is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// Given names that are also everyday words (or what people call their assistant), never a
/// name on their own.
const AMBIGUOUS_NAMES: &[&str] = &[
    "Art", "Autumn", "Bill", "Bob", "Buck", "Chase", "Cliff", "Crystal", "Dawn", "Dean", "Don",
    "Drew", "Faith", "Frank", "Gene", "Glen", "Grace", "Guy", "Heath", "Holly", "Hope", "Iris",
    "Ivy", "Jack", "Jay", "Joy", "June", "Lane", "Lee", "Lou", "Mark", "Max", "May", "Miles",
    "Nick", "Pat", "Pearl", "Penny", "Ray", "Rob", "Robin", "Rose", "Ruby", "Rusty", "Sandy",
    "Sky", "Sue", "Summer", "Violet", "Wade", "Will", "Young", "Amber", "Carol", "Page", "Bell",
    "Sterling", "Skip", "Hunter", "Royal", "Price", "Major", "Case", "Star", "Love",
    // Assistants people address by name.
    "Claude", "Alexa", "Siri",
];

/// Whether a lone given name at `start..end` reads as a name: not where a sentence starts
/// (after a lowercase word or a comma it is a name), or followed by `:`, `'s` or a lowercase
/// word (a verb: `Teresa is`).
fn single_name_context(text: &str, start: usize, end: usize) -> bool {
    let before = text
        .get(..start)
        .unwrap_or_default()
        .trim_end_matches([' ', '\t']);
    let sentence_start = before.is_empty()
        || before.ends_with([
            '.', '!', '?', '\n', '"', '(', '[', '{', '>', '|', '*', '#', '-',
        ])
        || before.ends_with("}}");
    if !sentence_start {
        return true;
    }
    let after = text.get(end..).unwrap_or_default();
    after.starts_with(':')
        || after.starts_with("'s")
        || after.starts_with("\u{2019}s")
        || after
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_lowercase)
}

fn is_title(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Mr" | "Mrs"
            | "Ms"
            | "Miss"
            | "Mx"
            | "Dr"
            | "Prof"
            | "Sir"
            | "Dame"
            | "Herr"
            | "Frau"
            | "Mme"
            | "Mlle"
            | "Sr"
            | "Sra"
            | "Sig"
            | "Signora"
    )
}

fn person_name(text: &str, start: usize, end: usize) -> Confirmed {
    if before(text, start).is_some_and(word_char) || after(text, end).is_some_and(word_char) {
        return None;
    }
    // A possessive is not part of the name (`Natalie's address`).
    let end = if slice(text, start, end).ends_with("'s") {
        end - 2
    } else {
        end
    };
    let candidate = slice(text, start, end);
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for w in candidate.split_whitespace() {
        let at = candidate.get(offset..)?.find(w)? + offset;
        words.push((at, w));
        offset = at + w.len();
    }
    let (first_at, first) = *words.first()?;
    let (names, confidence) = if is_title(first) {
        (words.get(1..)?, 0.85)
    } else if GIVEN_NAMES.contains(first) {
        (words.as_slice(), 0.8)
    } else if name_cue_before(text, start)
        && !NOT_CUED_NAMES.contains(&first.trim_end_matches([',', '.', ':']))
        && !NOT_SURNAMES.contains(&first)
    {
        // After a salutation or a name field: one capitalised word is a name, with the
        // confidence of a title.
        (words.as_slice(), 0.85)
    } else {
        return None;
    };
    let _ = first_at;
    let lead = names.first()?.0;
    // Keep the words up to the first that is clearly not part of a name.
    let kept: Vec<&(usize, &str)> = names
        .iter()
        .take_while(|(i, w)| *i == lead || !NOT_SURNAMES.contains(w))
        .collect();
    if kept.iter().skip(1).any(|(_, w)| NOT_SURNAMES.contains(w)) {
        return None;
    }
    // A known given name alone is a name where a capital does not just start a sentence, or
    // when it speaks (`Thelma:`), owns (`Natalie's`) or acts (`Teresa is`, `Thilda spent`) —
    // unless it is also an everyday word (`Mark`, `Grace`, `Max`).
    let confidence = if kept.len() == 1 && confidence <= 0.8 {
        let (at, word) = **kept.first()?;
        let end = start + at + word.len();
        if AMBIGUOUS_NAMES.contains(&word) || !single_name_context(text, start + at, end) {
            return None;
        }
        0.6
    } else {
        confidence
    };
    let (s_at, _) = kept.first()?;
    let (e_at, e_word) = kept.last()?;
    Some((start + s_at, start + e_at + e_word.len(), confidence))
}

fn address(text: &str, start: usize, end: usize) -> Confirmed {
    if before(text, start).is_some_and(word_char) {
        return None;
    }
    let v = slice(text, start, end).trim_end();
    Some((start, start + v.len(), 0.8))
}

pub(crate) static PATTERNS: &[Pattern] = &[
    Pattern {
        kind: Kind::PrivateKey,
        regex: r"-----BEGIN[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----",
        check: private_key,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::AwsAccessKey,
        regex: r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z2-7]{16}",
        check: aws_access_key,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::AwsSecretKey,
        regex: r#"(?i-u:aws)[A-Za-z0-9_.\-]*(?i-u:secret|sk)[A-Za-z0-9_.\-]*["']?[ \t]*[:=]+>?[ \t]*["']?[A-Za-z0-9/+]{40}"#,
        check: aws_secret_key,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::GithubToken,
        regex: r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}",
        check: token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::GitlabToken,
        regex: r"glpat-[A-Za-z0-9_\-]{20}",
        check: token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::SlackToken,
        regex: r"xox[baprse]-[A-Za-z0-9\-]{10}[A-Za-z0-9\-]*|xapp-[0-9]-[A-Z0-9]+-[0-9]+-[a-f0-9]{32,}|https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20}[A-Za-z0-9]*",
        check: token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::StripeKey,
        regex: r"(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16}[A-Za-z0-9]*|whsec_[A-Za-z0-9]{24}[A-Za-z0-9]*",
        check: token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::HuggingfaceToken,
        regex: r"(?:hf_|api_org_)[A-Za-z0-9]{30,40}",
        check: mixed_token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::NpmToken,
        regex: r"npm_[A-Za-z0-9]{36}",
        check: mixed_token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::PypiToken,
        regex: r"pypi-AgE[A-Za-z0-9_\-]{50,}",
        check: token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::TwilioKey,
        // API key SIDs; an account SID (`AC…`) is an identifier, not a secret.
        regex: r"SK[0-9a-fA-F]{32}",
        check: hex_token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::AzureKey,
        regex: r"(?:AccountKey|SharedAccessKey|AccessKey|PrimaryKey|SecondaryKey)=[A-Za-z0-9+/]{40,}={0,2}|[?&;]sig=[A-Za-z0-9%+/]{40,}(?:%3[dD]|=){0,2}",
        check: after_equals,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::AzureKey,
        regex: r"[A-Za-z0-9_~.\-]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34}",
        check: mixed_token,
        trigger: Trigger::Around {
            literal: "Q~",
            back: 4,
            ahead: 36,
            over: |b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'~' | b'.' | b'-'),
        },
    },
    Pattern {
        kind: Kind::ApiToken,
        regex: r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|do[opr]_v1_[a-f0-9]{64}|dapi[a-f0-9]{32}(?:-[0-9])?|lin_api_[A-Za-z0-9]{40}|PMAK-[a-f0-9]{24}-[a-f0-9]{34}|dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}|sq0(?:atp|csp)-[0-9A-Za-z_\-]{22,43}|AGE-SECRET-KEY-1[0-9A-Z]{58}|gl(?:sa|c)_[A-Za-z0-9_+/=]{32,}|ATATT3[A-Za-z0-9_\-=]{150,}|gl(?:rt|dt|ptt|ft|imt|agent|oas|cbt|soat|ffct)-[A-Za-z0-9_\-]{20,}|dp\.(?:st|ct)\.[a-z0-9_\-]{2,35}\.[A-Za-z0-9]{40,44}|hv[sbr]\.[A-Za-z0-9_\-]{24,}|NRAK-[A-Z0-9]{27}|dckr_pat_[A-Za-z0-9_\-]{27}|CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}|oy2[a-z0-9]{43}|https://discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_\-]{60,68}|https://[a-z0-9\-]+\.webhook\.office\.com/webhookb2/[A-Za-z0-9@\-]{40,}/IncomingWebhook/[a-f0-9]{32}/[A-Za-z0-9\-]{36}(?:/[A-Za-z0-9_\-]{20,})?|NRII-[A-Za-z0-9_\-]{32}|GOCSPX-[A-Za-z0-9_\-]{28}|EAAA[A-Za-z0-9_\-+=]{60}",
        check: token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::ApiToken,
        // Telegram bot tokens (`123456789:AA…`) and Mailchimp keys (`…-us21`): no literal at
        // their start, so found around the one in their middle.
        regex: r"[0-9]{8,10}:AA[A-Za-z0-9_\-]{33}",
        check: telegram,
        trigger: Trigger::Around {
            literal: ":AA",
            back: 10,
            ahead: 36,
            over: |b| b.is_ascii_digit(),
        },
    },
    Pattern {
        kind: Kind::ApiToken,
        regex: r"[0-9a-f]{32}-us[0-9]{1,2}",
        check: token,
        trigger: Trigger::Around {
            literal: "-us",
            back: 32,
            ahead: 3,
            over: |b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
        },
    },
    Pattern {
        kind: Kind::ApiToken,
        // Discord bot tokens: the user id in base64, a timestamp, an HMAC.
        regex: r"[MNO][A-Za-z0-9_\-]{23,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}",
        check: discord,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::AnthropicKey,
        regex: r"sk-ant-(?:api|admin|oat)[0-9]{2}-[A-Za-z0-9_\-]{20}[A-Za-z0-9_\-]*",
        check: token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::OpenaiKey,
        regex: r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{32}[A-Za-z0-9_\-]*",
        check: random_token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::GoogleApiKey,
        regex: r"AIza[0-9A-Za-z_\-]{35}",
        check: token,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::Jwt,
        regex: r"eyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+",
        check: jwt,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::ConnectionString,
        regex: r#"[A-Za-z][A-Za-z0-9+.\-]*://[^\t\n\r :/@"'<>]*:[^\t\n\r @/"'<>]+@[A-Za-z0-9.\-_\[\]:]+"#,
        check: connection_string,
        trigger: Trigger::Around {
            literal: "://",
            back: 32,
            ahead: 640,
            over: |b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'),
        },
    },
    // After every vendor format: a header's credential of a known kind is that kind.
    Pattern {
        kind: Kind::ApiToken,
        regex: r"(?i-u:bearer)[ \t]+[A-Za-z0-9\-._~+/]{20,}=*|(?i-u:basic)[ \t]+[A-Za-z0-9+/]{12,}={0,2}",
        check: authorization,
        trigger: Trigger::Everywhere,
    },
    Pattern {
        kind: Kind::Password,
        regex: r#"(?i-u:password|passwd|pwd|passphrase|secret|api[_\-]?key|access[_\-]?token|auth[_\-]?token|client[_\-]?secret|private[_\-]?key|secret[_.\-]?key|token|[_.\-]pass|credentials|[_.\-]key)["'`]?[ \t]*(?:[:=]+>?|,)[ \t]*["'`]?[^\t\n\r "'`,;&<>\\]{8}[^\t\n\r "'`,;&<>\\]*"#,
        check: password_assignment,
        trigger: Trigger::Assignment { ahead: 4096 },
    },
    Pattern {
        kind: Kind::Email,
        regex: r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2}[A-Za-z]*",
        check: email,
        trigger: Trigger::Around {
            literal: "@",
            back: 64,
            ahead: 256,
            over: |b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-'),
        },
    },
    Pattern {
        kind: Kind::Card,
        regex: r"[0-9](?:[ \-._/]{0,3}[0-9]){11,}",
        check: card,
        trigger: Trigger::Digits {
            back: 1,
            ahead: 1,
            min_digits: 12,
            gate: None,
        },
    },
    Pattern {
        kind: Kind::Iban,
        regex: r"[A-Z]{2}[0-9]{2}(?:[ \-]?[A-Z0-9])+",
        check: iban,
        trigger: Trigger::Digits {
            back: 2,
            ahead: 40,
            min_digits: 6,
            gate: Some(iban_shape),
        },
    },
    Pattern {
        kind: Kind::Ssn,
        regex: r"[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}",
        check: ssn,
        trigger: Trigger::Digits {
            back: 1,
            ahead: 1,
            min_digits: 9,
            gate: Some(ssn_shape),
        },
    },
    Pattern {
        kind: Kind::DateOfBirth,
        regex: r"[0-9]{1,2}[./\-][0-9]{1,2}[./\-](?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}\.? (?i-u:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (?:19|20)[0-9]{2}|(?i-u:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? [0-9]{1,2},? (?:19|20)[0-9]{2}",
        check: date_of_birth,
        trigger: Trigger::Digits {
            back: 16,
            ahead: 1,
            min_digits: 4,
            gate: Some(birth_context),
        },
    },
    Pattern {
        kind: Kind::Phone,
        regex: r"\+[1-9][0-9]*(?:[ .\-]?\(?[0-9]+\)?)+|00[1-9][0-9]*(?:[ .\-]?[0-9]+)+|\(?0[0-9]+\)?(?:[ .\-/]?[0-9]+)+|\(?[2-9][0-9]{2}\)?[ .\-]?[2-9][0-9]{2}[ .\-]?[0-9]{4}(?:[ ]?(?:x|ext\.?)[ ]?[0-9]{1,5})?|\(?[1-9][0-9]{0,4}\)?(?:[ .\-/]?[0-9]{2,6}){1,4}",
        check: phone,
        trigger: Trigger::Digits {
            back: 2,
            ahead: 2,
            min_digits: 7,
            gate: None,
        },
    },
    Pattern {
        kind: Kind::Ipv6,
        regex: r"[0-9A-Fa-f]*:[0-9A-Fa-f]*:[0-9A-Fa-f:]*",
        check: ipv6,
        trigger: Trigger::Around {
            literal: ":",
            back: 40,
            ahead: 40,
            over: |b| b.is_ascii_hexdigit() || b == b':',
        },
    },
    Pattern {
        kind: Kind::Ipv4,
        regex: r"[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+",
        check: ipv4,
        trigger: Trigger::Digits {
            back: 1,
            ahead: 1,
            min_digits: 4,
            gate: Some(ipv4_shape),
        },
    },
    Pattern {
        kind: Kind::PersonName,
        regex: r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Sr|Sra)\.?[ \t]+)?\p{Lu}\p{Ll}+(?:[-']\p{Lu}?\p{Ll}+)?(?:[ \t]+(?:\p{Lu}\.?[ \t]+)?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-']\p{Lu}?\p{Ll}+)?){0,2}",
        check: person_name,
        trigger: Trigger::AtNames { ahead: 96 },
    },
    Pattern {
        kind: Kind::Address,
        regex: r"[0-9]{1,5}[A-Za-z]?[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent|Square)(?:\.|(?-u:\b))|\p{Lu}\p{Ll}+(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer)[ \t]+[0-9]{1,4}[a-z]?(?-u:\b)|[0-9]{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:rue|avenue|boulevard|place|allée|chemin|quai|impasse)[ \t]+(?:(?:de|du|des|la|le)[ \t]+|l'){0,2}\p{Lu}\p{Ll}+(?:[ \t-]\p{Lu}\p{Ll}+){0,2}",
        check: address,
        trigger: Trigger::Digits {
            back: 64,
            ahead: 96,
            min_digits: 1,
            gate: Some(house_number),
        },
    },
];
