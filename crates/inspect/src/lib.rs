//! The `inspect` stage: what is inside the data that crosses Warden.
//!
//! - [`Scanner::scan`] finds personal data and secrets: every pattern is compiled once into one
//!   multi-pattern automaton, and each candidate is confirmed by a validator (Luhn, mod-97, SSN
//!   number plan, entropy, placeholder lists…). Exact values of Warden's own secrets are matched
//!   with one Aho-Corasick automaton.
//! - [`Scanner::injection`] scores text for prompt injection over several independent signals and
//!   says which fired.
//! - [`redact`] masks, removes or pseudonymises what was found, in text and in every string of a
//!   JSON value, and restores pseudonyms in answers, also across streamed chunks.
//!
//! Findings carry a kind, a byte span and a confidence, never a copy of the matched text.

mod injection;
mod known;
pub mod learned;
mod normalise;
mod patterns;
pub mod redact;
mod validate;

use regex_automata::{Input, meta};
use serde::Serialize;

pub use injection::{InjectionReport, Signal, SignalKind};

/// Personal data, a secret, or an injection signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Class {
    /// Personal data.
    Pii,
    /// Credentials and keys.
    Secret,
}

impl Class {
    /// `pii` or `secret`: also the session label an action carrying it gives.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pii => "pii",
            Self::Secret => "secret",
        }
    }
}

macro_rules! kinds {
    ($($variant:ident => ($name:literal, $class:ident, $label:literal, $doc:literal)),* $(,)?) => {
        /// What a finding is.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum Kind {
            $(#[doc = $doc] $variant,)*
        }

        impl Kind {
            /// Every kind.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant,)*];

            /// Stable name, e.g. `pii.email`; what policies see in `context.findings`.
            pub fn as_str(self) -> &'static str {
                match self { $(Kind::$variant => $name,)* }
            }

            /// Personal data or secret.
            pub fn class(self) -> Class {
                match self { $(Kind::$variant => Class::$class,)* }
            }

            /// The mask written in place of a value, e.g. `EMAIL` for `[EMAIL]` and `<EMAIL_1>`.
            pub fn label(self) -> &'static str {
                match self { $(Kind::$variant => $label,)* }
            }

            /// What the kind is, in one sentence.
            pub fn description(self) -> &'static str {
                match self { $(Kind::$variant => $doc,)* }
            }

            /// Parses a stable name.
            pub fn parse(s: &str) -> Option<Kind> {
                Self::ALL.iter().copied().find(|k| k.as_str() == s)
            }
        }
    };
}

kinds! {
    Email => ("pii.email", Pii, "EMAIL", "An e-mail address."),
    Phone => ("pii.phone", Pii, "PHONE", "A phone number (E.164 or a common national format)."),
    Card => ("pii.card", Pii, "CARD", "A payment card number (Luhn and issuer checked)."),
    Iban => ("pii.iban", Pii, "IBAN", "An IBAN (length and mod-97 checked)."),
    Ssn => ("pii.ssn", Pii, "SSN", "A US Social Security number (number plan checked)."),
    Ipv4 => ("pii.ipv4", Pii, "IP", "An IPv4 address."),
    Ipv6 => ("pii.ipv6", Pii, "IP", "An IPv6 address."),
    DateOfBirth => ("pii.date_of_birth", Pii, "DOB", "A date next to words that say it is a birth date."),
    PersonName => ("pii.person_name", Pii, "NAME", "A person's name: a known given name followed by capitalised words, or a capitalised name after a title."),
    Address => ("pii.address", Pii, "ADDRESS", "A street address (house number and street, in English, German or French forms)."),
    AwsAccessKey => ("secret.aws_access_key", Secret, "AWS_ACCESS_KEY", "An AWS access key id."),
    AwsSecretKey => ("secret.aws_secret_key", Secret, "AWS_SECRET_KEY", "An AWS secret access key (in an assignment)."),
    GithubToken => ("secret.github_token", Secret, "GITHUB_TOKEN", "A GitHub token."),
    GitlabToken => ("secret.gitlab_token", Secret, "GITLAB_TOKEN", "A GitLab personal access token."),
    SlackToken => ("secret.slack_token", Secret, "SLACK_TOKEN", "A Slack token or webhook URL."),
    StripeKey => ("secret.stripe_key", Secret, "STRIPE_KEY", "A Stripe secret, restricted, publishable or webhook key."),
    HuggingfaceToken => ("secret.huggingface_token", Secret, "HF_TOKEN", "A Hugging Face user or organisation token."),
    NpmToken => ("secret.npm_token", Secret, "NPM_TOKEN", "An npm access token."),
    PypiToken => ("secret.pypi_token", Secret, "PYPI_TOKEN", "A PyPI (or TestPyPI) upload token."),
    TwilioKey => ("secret.twilio_key", Secret, "TWILIO_KEY", "A Twilio API key or account SID."),
    AzureKey => ("secret.azure_key", Secret, "AZURE_KEY", "An Azure storage account or shared access key, a SAS signature, or an Entra ID client secret."),
    ApiToken => ("secret.api_token", Secret, "API_TOKEN", "An API token in another vendor's format (SendGrid, Shopify, DigitalOcean, Databricks, Linear, Postman, Doppler, Square, Grafana, Atlassian, Age, GitLab runner and deploy tokens) or the credential of an `Authorization: Bearer`/`Basic` header."),
    GoogleApiKey => ("secret.google_api_key", Secret, "GOOGLE_API_KEY", "A Google API key."),
    OpenaiKey => ("secret.openai_key", Secret, "OPENAI_KEY", "An OpenAI API key."),
    AnthropicKey => ("secret.anthropic_key", Secret, "ANTHROPIC_KEY", "An Anthropic API key."),
    PrivateKey => ("secret.private_key", Secret, "PRIVATE_KEY", "A PEM private key block."),
    Jwt => ("secret.jwt", Secret, "JWT", "A JSON Web Token."),
    ConnectionString => ("secret.connection_string", Secret, "CONNECTION_STRING", "A URL or connection string with a password."),
    Password => ("secret.password", Secret, "PASSWORD", "A `password=`-style assignment with a random-looking value."),
    KnownSecret => ("secret.known", Secret, "SECRET", "A value held in Warden's own secret store."),
}

/// One thing found: kind, byte span, confidence. Never the matched text.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Finding {
    /// What it is.
    pub kind: Kind,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// How sure the detector is, 0–1.
    pub confidence: f32,
}

/// Scanner settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Findings below this confidence are dropped.
    pub min_confidence: f32,
    /// Injection score at or above which text counts as an injection.
    pub injection_threshold: f32,
    /// Whether the learned layer (`learned.rs`) scores injection beside the rules; off, the
    /// rules' score alone is the score.
    pub injection_model: bool,
}

/// Findings below this confidence are dropped unless configured otherwise.
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.5;
/// Injection score at or above which text counts as an injection unless configured otherwise.
pub const DEFAULT_INJECTION_THRESHOLD: f32 = 0.5;

impl Default for Config {
    fn default() -> Self {
        Self {
            min_confidence: DEFAULT_MIN_CONFIDENCE,
            injection_threshold: DEFAULT_INJECTION_THRESHOLD,
            injection_model: true,
        }
    }
}

/// The scanner could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// A pattern failed to compile (a bug in Warden).
    #[error("cannot compile the detectors: {0}")]
    Patterns(String),
    /// The known-secret automaton failed to build.
    #[error("cannot build the known-secret matcher: {0}")]
    KnownSecrets(String),
}

/// Compiled detectors. Build once, share everywhere (`Send + Sync`); cloning is cheap (the
/// automata are shared).
#[derive(Clone)]
pub struct Scanner {
    detectors: Vec<Detector>,
    known: Option<known::Known>,
    injection: injection::Scorer,
    /// Loaded whether or not it is on by default: a tool may turn it on.
    model: &'static learned::Model,
    config: Config,
}

#[derive(Clone)]
struct Detector {
    pattern: &'static patterns::Pattern,
    regex: meta::Regex,
}

/// Shortest value matched as a known secret; shorter values would match ordinary text.
pub const MIN_KNOWN_SECRET_LEN: usize = 8;

/// Candidates longer than this are not searched again from inside when they fail to confirm.
const MAX_RETRY_SPAN: usize = 96;

impl Scanner {
    /// Compiles every detector.
    pub fn new(config: Config) -> Result<Self, BuildError> {
        let mut detectors = Vec::with_capacity(patterns::PATTERNS.len());
        for pattern in patterns::PATTERNS {
            let regex = meta::Regex::new(pattern.regex)
                .map_err(|e| BuildError::Patterns(format!("{}: {e}", pattern.kind.as_str())))?;
            detectors.push(Detector { pattern, regex });
        }
        // Built now, not on the first request that needs them (each takes tens of ms).
        if normalise::ENCODED.is_none() || patterns::STRUCTURED.is_none() {
            return Err(BuildError::Patterns(
                "the decoding or key/value patterns".into(),
            ));
        }
        Ok(Self {
            detectors,
            known: None,
            injection: injection::Scorer::new().map_err(BuildError::Patterns)?,
            model: learned::Model::shipped().map_err(BuildError::Patterns)?,
            config,
        })
    }

    /// Also matches these values (Warden's own secrets) as [`Kind::KnownSecret`]: verbatim,
    /// and in every ordinary encoding and any long-enough piece (`known.rs`).
    /// Values shorter than [`MIN_KNOWN_SECRET_LEN`] are ignored.
    pub fn with_known_secrets<I, S>(mut self, values: I) -> Result<Self, BuildError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<[u8]>,
    {
        let values: Vec<Vec<u8>> = values
            .into_iter()
            .map(|v| v.as_ref().to_vec())
            .filter(|v| v.len() >= MIN_KNOWN_SECRET_LEN)
            .collect();
        self.known = known::Known::new(&values).map_err(BuildError::KnownSecrets)?;
        Ok(self)
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Personal data and secrets in `text`, in order, without overlaps. Text with fullwidth
    /// forms (`４１１１ １１１１ …`, `ａｄａ＠example.net`) is also scanned folded to ASCII, its
    /// findings placed back in the original.
    ///
    /// Text with encoded or spelled-out marks (`ada&#64;example.net`, `ada%40example.net`,
    /// `ada [at] example [dot] net`) is also scanned decoded, the same way.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        let mut out = self.scan_as_is(text);
        let mut more = false;
        for view in [normalise::fullwidth_folded(text), normalise::decoded(text)]
            .into_iter()
            .flatten()
        {
            more = true;
            for (from, to) in view_windows(&view.text, &view.changed) {
                let Some(window) = view.text.get(from..to) else {
                    continue;
                };
                out.extend(self.scan_as_is(window).into_iter().map(|mut f| {
                    f.start = view.back(from + f.start);
                    f.end = view.back(from + f.end).max(f.start);
                    f
                }));
            }
        }
        // A secret sent base64-encoded (a Kubernetes secret's `data:`, a Docker `auth`, a
        // `.dockerconfigjson`): the encoded run is that secret.
        for (start, end, kind) in self.encoded_secrets(text) {
            more = true;
            out.push(Finding {
                kind,
                start,
                end,
                confidence: 0.85,
            });
        }
        if more {
            out = resolve_overlaps(out);
        }
        out
    }

    /// Base64 runs of `text` (at least [`MIN_ENCODED`] characters, standard or URL-safe) whose
    /// decoded bytes are text holding a secret: its kind, or [`Kind::Password`] for a
    /// `user:password` pair (HTTP Basic, Docker `auth`). At most [`MAX_ENCODED_RUNS`] runs are
    /// decoded, each up to 64 KiB; a decoded text is not searched for more base64.
    fn encoded_secrets(&self, text: &str) -> Vec<(usize, usize, Kind)> {
        use base64::Engine as _;
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut decoded_runs = 0;
        let base = bytes.as_ptr() as usize;
        for run_bytes in bytes.split(|b| B64_ALPHABET.get(usize::from(*b)) != Some(&true)) {
            if run_bytes.len() < MIN_ENCODED {
                continue;
            }
            let start = run_bytes.as_ptr() as usize - base;
            let body_end = start + run_bytes.len();
            let mut i = body_end;
            while bytes.get(i) == Some(&b'=') && i - body_end < 2 {
                i += 1;
            }
            let run = body_end - start;
            // Glued to a word on either side, or too short or long: not a payload.
            if !(MIN_ENCODED..=64 * 1024).contains(&run)
                || (start > 0 && bytes.get(start - 1).is_some_and(|b| *b >= 0x80))
            {
                continue;
            }
            let body = text.get(start..body_end).unwrap_or_default();
            // Mixed case and no separator-only shape: hex, words and ids are not base64 payloads.
            if !body.bytes().any(|b| b.is_ascii_uppercase())
                || !body.bytes().any(|b| b.is_ascii_lowercase())
            {
                continue;
            }
            decoded_runs += 1;
            if decoded_runs > MAX_ENCODED_RUNS {
                break;
            }
            let decoded = base64::engine::general_purpose::STANDARD_NO_PAD
                .decode(body)
                .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(body));
            let Ok(decoded) = decoded else { continue };
            let Ok(plain) = String::from_utf8(decoded) else {
                continue;
            };
            if plain
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            {
                continue;
            }
            let inner = self.scan_as_is(&plain);
            let kind = inner
                .iter()
                .find(|f| f.kind.class() == Class::Secret)
                .map(|f| f.kind)
                .or_else(|| patterns::user_password(&plain).then_some(Kind::Password));
            if let Some(kind) = kind {
                out.push((start, i, kind));
            }
        }
        out
    }

    /// [`Scanner::scan`] of a value stored under `key` (a JSON field, through arrays): under a
    /// key that names a secret (`"db_password"`, `"apiKey"`, `"HF_TOKEN"`) a value that looks
    /// like one is a [`Kind::Password`] as a whole — key and value are apart in JSON, so the
    /// assignment pattern cannot see them together.
    pub fn scan_keyed(&self, key: Option<&str>, text: &str) -> Vec<Finding> {
        let mut out = self.scan(text);
        if let Some(key) = key
            && let Some(strong) = patterns::key_strength(key)
            && (if strong {
                patterns::secret_value(text)
            } else {
                patterns::random_value(text)
            })
        {
            let start = text.len() - text.trim_start().len();
            let end = text.trim_end().len();
            if !out
                .iter()
                .any(|f| f.kind.class() == Class::Secret && f.start <= start && f.end >= end)
            {
                out.push(Finding {
                    kind: Kind::Password,
                    start,
                    end,
                    confidence: 0.8,
                });
                out = resolve_overlaps(out);
            }
        }
        out
    }

    fn scan_as_is(&self, text: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        if let Some(known) = &self.known {
            for (start, end) in known.find(text) {
                out.push(Finding {
                    kind: Kind::KnownSecret,
                    start,
                    end,
                    confidence: 1.0,
                });
            }
        }
        let marks = patterns::Landmarks::new(text, digit_clusters(text.as_bytes()));
        for d in &self.detectors {
            self.scan_one(d, text, &marks, &mut out);
        }
        // A CSV export whose header names a secret column (`name,db_password,host`): the
        // values in that column.
        if memchr::memchr(b',', text.as_bytes()).is_some() {
            for (start, end) in patterns::csv_secret_columns(text) {
                out.push(Finding {
                    kind: Kind::Password,
                    start,
                    end,
                    confidence: 0.8,
                });
            }
        }
        for (start, end) in patterns::structured_secrets(text) {
            out.push(Finding {
                kind: Kind::Password,
                start,
                end,
                confidence: 0.8,
            });
        }
        // An AWS secret key without a label is found next to its access key id (a CSV row, a
        // credentials listing).
        let near: Vec<Finding> = out
            .iter()
            .filter(|f| f.kind == Kind::AwsAccessKey)
            .filter_map(|f| patterns::aws_secret_near(text, f.end))
            .collect();
        out.extend(near);
        resolve_overlaps(out)
    }

    /// [`Scanner::scan`] that gives up once more than `cap` findings are found (`true` then):
    /// a long text is scanned 64 KiB at a time (windows overlap, so nothing at a seam is
    /// missed), so what a hostile text with a million addresses costs stays bounded.
    pub fn scan_capped(&self, text: &str, cap: usize) -> (Vec<Finding>, bool) {
        const WINDOW: usize = 64 * 1024;
        const OVERLAP: usize = 1024;
        if text.len() <= WINDOW {
            let found = self.scan(text);
            let over = found.len() > cap;
            return (found, over);
        }
        let mut out = Vec::new();
        let mut start = 0;
        while start < text.len() {
            let end = ceil_char(text, (start + WINDOW).min(text.len()));
            let mut from = start.saturating_sub(OVERLAP);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let Some(window) = text.get(from..end) else {
                break;
            };
            for mut f in self.scan(window) {
                f.start += from;
                f.end += from;
                // Wholly in the part the previous window saw: it was found there.
                if f.end > start || start == 0 {
                    out.push(f);
                }
            }
            if out.len() > cap {
                return (out, true);
            }
            start = end;
        }
        (resolve_overlaps(out), false)
    }

    /// Injection signals and their combined score.
    pub fn injection(&self, text: &str) -> InjectionReport {
        self.injection_with(text, None)
    }

    /// [`Scanner::injection`] with the learned layer on or off for this text (`None`: as
    /// configured, [`Config::injection_model`]).
    pub fn injection_with(&self, text: &str, model: Option<bool>) -> InjectionReport {
        let model = match model.unwrap_or(self.config.injection_model) {
            true => Some(self.model),
            false => None,
        };
        self.injection
            .score(text, self.config.injection_threshold, model)
    }

    /// Tool poisoning: the injection scorer over an MCP tool definition — its description and
    /// every string in its input schema (parameter descriptions, titles, defaults, enum
    /// values), which models read as instructions. Called by the MCP gateway at discovery.
    pub fn tool_definition(
        &self,
        description: &str,
        input_schema: &serde_json::Value,
    ) -> InjectionReport {
        let mut text = String::with_capacity(description.len() + 256);
        text.push_str(description);
        for s in json_strings(input_schema) {
            text.push('\n');
            text.push_str(s);
        }
        self.injection(&text)
    }
}

impl Scanner {
    fn scan_one(
        &self,
        d: &Detector,
        text: &str,
        marks: &patterns::Landmarks<'_>,
        out: &mut Vec<Finding>,
    ) {
        match d.pattern.trigger {
            patterns::Trigger::Everywhere => {
                self.run(d, text, 0, text.len(), None, out);
            }
            patterns::Trigger::Around {
                literal,
                back,
                ahead,
                over,
            } => {
                let bytes = text.as_bytes();
                let mut next = 0;
                for at in memchr::memmem::find_iter(bytes, literal.as_bytes()) {
                    if at < next {
                        continue;
                    }
                    let mut start = at;
                    while start > next
                        && at - start < back
                        && bytes.get(start - 1).is_some_and(|&b| over(b))
                    {
                        start -= 1;
                    }
                    let to = ceil_char(text, (at + literal.len() + ahead).min(text.len()));
                    next = self
                        .run_anchored(d, text, start, at + 1, to, Starts::Every, out)
                        .max(at + 1);
                }
            }
            patterns::Trigger::Assignment { ahead } => {
                let mut next = 0;
                for at in memchr::memchr3_iter(b':', b'=', b',', text.as_bytes()) {
                    let Some(start) = patterns::assignment_key(text, at) else {
                        continue;
                    };
                    if start < next {
                        continue;
                    }
                    let to = ceil_char(text, (at + 1 + ahead).min(text.len()));
                    next = self.run_anchored(d, text, start, start + 1, to, Starts::Every, out);
                }
            }
            patterns::Trigger::AtNames { ahead } => {
                let mut next = 0;
                for at in patterns::name_starts(text) {
                    if at < next {
                        continue;
                    }
                    let to = ceil_char(text, (at + ahead).min(text.len()));
                    next = self.run_anchored(d, text, at, at + 1, to, Starts::Tokens, out);
                }
            }
            patterns::Trigger::Digits {
                back,
                ahead,
                min_digits,
                gate,
            } => {
                let mut window: Option<(usize, usize)> = None;
                for &(first, last, count) in &marks.digits {
                    if count < min_digits || gate.is_some_and(|g| !g(marks, first, last)) {
                        continue;
                    }
                    let from = floor_char(text, first.saturating_sub(back));
                    let to = ceil_char(text, (last + ahead).min(text.len()));
                    window = match window {
                        Some((f, t)) if from <= t => Some((f, t.max(to))),
                        Some((f, t)) => {
                            self.run_anchored(d, text, f, t, t, Starts::Tokens, out);
                            Some((from, to))
                        }
                        None => Some((from, to)),
                    };
                }
                if let Some((f, t)) = window {
                    self.run_anchored(d, text, f, t, t, Starts::Tokens, out);
                }
            }
        }
    }

    /// Runs one detector anchored at each start in `from..starts_to` (see [`Starts`]),
    /// matching up to `to`. An anchored search costs a tenth of an unanchored one. Returns
    /// where the last confirmed finding ended (or `from`).
    #[allow(
        clippy::too_many_arguments,
        reason = "one private helper, called from four places"
    )]
    fn run_anchored(
        &self,
        d: &Detector,
        text: &str,
        from: usize,
        starts_to: usize,
        to: usize,
        starts: Starts,
        out: &mut Vec<Finding>,
    ) -> usize {
        let bytes = text.as_bytes();
        let glued = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
        let mut pos = from;
        let mut last_end = from;
        while pos < starts_to {
            let Some(&b) = bytes.get(pos) else { break };
            let token_start = match starts {
                Starts::Every => text.is_char_boundary(pos),
                Starts::Tokens => {
                    (b.is_ascii_alphanumeric() || b == b'+' || b == b'(')
                        && !(pos > 0 && bytes.get(pos - 1).is_some_and(|&p| glued(p)))
                }
            };
            if token_start {
                let input = Input::new(text)
                    .range(pos..to)
                    .anchored(regex_automata::Anchored::Yes);
                if let Some(m) = d.regex.search(&input)
                    && let Some((start, end, confidence)) =
                        (d.pattern.check)(text, m.start(), m.end())
                    && confidence >= self.config.min_confidence
                {
                    out.push(Finding {
                        kind: d.pattern.kind,
                        start,
                        end,
                        confidence,
                    });
                    last_end = end;
                    pos = end.max(pos + 1);
                    continue;
                }
            }
            pos += 1;
        }
        last_end
    }

    /// Runs one detector over `text[from..to]`; with `must_cover`, keeps only candidates that
    /// contain that offset. Returns where the last confirmed finding ended (or `from`).
    fn run(
        &self,
        d: &Detector,
        text: &str,
        from: usize,
        to: usize,
        must_cover: Option<usize>,
        out: &mut Vec<Finding>,
    ) -> usize {
        let mut pos = from;
        let mut last_end = from;
        while pos < to {
            let Some(m) = d.regex.search(&Input::new(text).range(pos..to)) else {
                break;
            };
            if let Some(at) = must_cover {
                if m.start() > at {
                    break;
                }
                if m.end() <= at {
                    pos = next_char(text, m.start());
                    continue;
                }
            }
            match (d.pattern.check)(text, m.start(), m.end()) {
                Some((start, end, confidence)) if confidence >= self.config.min_confidence => {
                    out.push(Finding {
                        kind: d.pattern.kind,
                        start,
                        end,
                        confidence,
                    });
                    last_end = end;
                    // Continue after what was confirmed (a check may narrow the span).
                    pos = end.max(m.start() + 1);
                }
                // Not confirmed: look again from the next character, so a candidate that
                // starts inside this one still gets its chance. A long candidate (a run of
                // digits, say) is skipped whole, which keeps the scan linear.
                _ if m.len() > MAX_RETRY_SPAN => pos = m.end(),
                _ => pos = next_char(text, m.start()),
            }
            pos = ceil_char(text, pos);
        }
        last_end
    }
}

/// Where [`Scanner::run_anchored`] tries a pattern.
#[derive(Clone, Copy)]
enum Starts {
    /// At every character.
    Every,
    /// At each token start: an ASCII letter, digit, `+` or `(` not glued to a word before it.
    /// Every pattern run this way begins a token.
    Tokens,
}

/// Clusters of ASCII digits no more than [`patterns::DIGIT_GAP`] bytes apart, as (offset of
/// the first digit, offset after the last, number of digits). Each 32-byte chunk becomes a bit
/// mask of its digits (the loop vectorises), which is what keeps ordinary prose cheap.
fn digit_clusters(text: &[u8]) -> Vec<(usize, usize, usize)> {
    let is_digit = |b: u8| b.wrapping_sub(b'0') < 10;
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    let mut push = |at: usize| match out.last_mut() {
        Some((_, end, count)) if at <= *end + patterns::DIGIT_GAP => {
            *end = at + 1;
            *count += 1;
        }
        _ => out.push((at, at + 1, 1)),
    };
    for_each_set(text, is_digit, &mut push);
    out
}

/// Calls `f` with the offset of every byte for which `pick` holds, in order. Whole 32-byte
/// chunks become a bit mask first (the fixed-size loop compiles to a vector compare and a
/// move-mask), so a chunk with nothing to pick costs a few instructions.
pub(crate) fn for_each_set(bytes: &[u8], pick: impl Fn(u8) -> bool, mut f: impl FnMut(usize)) {
    const CHUNK: usize = 32;
    let mut chunks = bytes.chunks_exact(CHUNK);
    let mut base = 0;
    for chunk in &mut chunks {
        let Ok(chunk) = <&[u8; CHUNK]>::try_from(chunk) else {
            break;
        };
        let mut mask = 0u32;
        for (i, &b) in chunk.iter().enumerate() {
            mask |= u32::from(pick(b)) << i;
        }
        while mask != 0 {
            f(base + mask.trailing_zeros() as usize);
            mask &= mask - 1;
        }
        base += CHUNK;
    }
    for (i, &b) in chunks.remainder().iter().enumerate() {
        if pick(b) {
            f(base + i);
        }
    }
}

fn floor_char(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_char(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

fn next_char(text: &str, at: usize) -> usize {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .map_or(at + 1, |c| at + c.len_utf8())
}

/// Keeps findings sorted by start; where two overlap, the longer wins.
pub(crate) fn resolve_overlaps(mut found: Vec<Finding>) -> Vec<Finding> {
    found.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
    });
    let mut out: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found {
        match out.last_mut() {
            Some(last) if f.start < last.end => {
                let f_len = f.end - f.start;
                let last_len = last.end - last.start;
                // On a tie the earlier detector (more specific) stays, unless a secret meets
                // personal data: the secret wins.
                let secret_over_pii =
                    f.kind.class() == Class::Secret && last.kind.class() == Class::Pii;
                if f_len > last_len || (f_len == last_len && secret_over_pii) {
                    *last = f;
                }
            }
            _ => out.push(f),
        }
    }
    out
}

/// The key a field's value is stored under: the field's name, except for the `value` of a
/// `{"name": …, "value": …}` pair (an ECS task's environment, a Kubernetes `env` entry, an
/// XML-ish settings list in JSON), whose key is the `name` (or `key`).
pub fn field_key<'a>(
    map: &'a serde_json::Map<String, serde_json::Value>,
    field: &'a str,
) -> &'a str {
    if field.eq_ignore_ascii_case("value") {
        for name in ["name", "Name", "key", "Key"] {
            if let Some(serde_json::Value::String(n)) = map.get(name) {
                return n;
            }
        }
    }
    field
}

/// Findings inside a JSON value: the JSON Pointer of each string and what was found in it
/// (object keys are scanned too, reported with a pointer ending in the key).
pub fn scan_json(scanner: &Scanner, value: &serde_json::Value) -> Vec<(String, Finding)> {
    let mut out = Vec::new();
    walk(scanner, value, None, &mut String::new(), &mut out);
    out
}

fn walk(
    scanner: &Scanner,
    value: &serde_json::Value,
    key: Option<&str>,
    path: &mut String,
    out: &mut Vec<(String, Finding)>,
) {
    match value {
        serde_json::Value::String(s) => {
            for f in scanner.scan_keyed(key, s) {
                out.push((path.clone(), f));
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                walk(scanner, v, key, path, out);
                path.truncate(len);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let len = path.len();
                path.push('/');
                path.push_str(&k.replace('~', "~0").replace('/', "~1"));
                for f in scanner.scan(k) {
                    out.push((path.clone(), f));
                }
                walk(scanner, v, Some(field_key(map, k)), path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// Bytes of the standard and URL-safe base64 alphabets (padding apart).
static B64_ALPHABET: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        // (Constant evaluation: an index out of range fails the build, not a run.)
        #[allow(clippy::indexing_slicing)]
        {
            t[b] = c.is_ascii_alphanumeric() || c == b'+' || c == b'/' || c == b'-' || c == b'_';
        }
        b += 1;
    }
    t
};

/// Shortest base64 run decoded by [`Scanner::encoded_secrets`].
const MIN_ENCODED: usize = 16;
/// Most base64 runs decoded in one text.
const MAX_ENCODED_RUNS: usize = 256;

/// How far around a change a view is scanned again: enough for any value the detectors know
/// (an address is at most 254 bytes) to lie wholly inside, then out to the next blank.
const VIEW_MARGIN: usize = 320;

/// The parts of a view worth scanning: around each change, merged; the whole text when the
/// changes are everywhere (a fullwidth text).
fn view_windows(text: &str, changed: &[usize]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &at in changed {
        let mut from = floor_char(text, at.saturating_sub(VIEW_MARGIN));
        let mut to = ceil_char(text, (at + VIEW_MARGIN).min(text.len()));
        // Out to a blank on both sides (at most another margin), so no value is cut.
        let bytes = text.as_bytes();
        let stop = from.saturating_sub(VIEW_MARGIN);
        while from > stop && !bytes.get(from - 1).is_some_and(u8::is_ascii_whitespace) {
            from -= 1;
        }
        let stop = (to + VIEW_MARGIN).min(text.len());
        while to < stop && !bytes.get(to).is_some_and(u8::is_ascii_whitespace) {
            to += 1;
        }
        let (from, to) = (floor_char(text, from), ceil_char(text, to));
        match out.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => out.push((from, to)),
        }
    }
    out
}

/// Whether a kind is looked for across fields: a value its checksum or prefix makes certain
/// (a card, an IBAN, an address, a key), not one that two unrelated fields side by side could
/// spell (a phone number, a name, a date).
fn across_kind(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Card | Kind::Iban | Kind::Email | Kind::KnownSecret
    ) || (kind.class() == Class::Secret && kind != Kind::Password)
}

/// How much of each end of a string is read with its neighbours by [`across_fields`], and the
/// longest string that may sit between two pieces.
const ACROSS_EDGE: usize = 64;
/// Most strings one value is looked for across.
const ACROSS_PIECES: usize = 4;

/// Findings that appear only when neighbouring strings of a document are read as one text — a
/// card number or a key split over two to four fields (`{"a": "4111 1111", "b": "1111 1111"}`,
/// `{"k1": "ghp_Zq9x8W7v6U5t", "k2": "4S3r2Q1p0OnMlKjIhGfEdCbA"}`). Neighbours are the string
/// values in document order; each run of two to four of them is read joined with nothing and
/// with a space (the last [`ACROSS_EDGE`] bytes of the first, the first of the last, the
/// short ones between whole), and a value counts when it begins in the run's first string and
/// ends in its last. Each is returned as the piece of it each string holds, by the string's
/// JSON Pointer, so that every piece is masked.
pub fn across_fields(scanner: &Scanner, value: &serde_json::Value) -> Vec<(String, Finding)> {
    let mut strings = string_pointers(value, false);
    strings.retain(|(_, s)| !s.is_empty());
    let mut out: Vec<(String, Finding)> = Vec::new();
    // Each string's own findings, when asked: a value found across a seam that one string
    // already holds part of as the same kind (`ada@example.net` + `Re: …` glued into
    // `ada@example.netRe`) is that string's value run on, not a split one.
    let mut alone: Vec<Option<Vec<Finding>>> = vec![None; strings.len()];
    for i in 0..strings.len() {
        for j in i + 1..(i + ACROSS_PIECES).min(strings.len()) {
            // A long string between two pieces is not a piece.
            if strings
                .get(i + 1..j)
                .is_some_and(|mid| mid.iter().any(|(_, s)| s.len() > ACROSS_EDGE))
            {
                break;
            }
            for sep in ["", " "] {
                let mut joined = String::new();
                // For each string of the run: its span in `joined`, and where that span starts
                // in the string.
                let mut spans: Vec<(usize, usize, usize)> = Vec::new();
                for k in i..=j {
                    let Some((_, s)) = strings.get(k) else { break };
                    let (from, to) = if k == i {
                        (floor_char(s, s.len().saturating_sub(ACROSS_EDGE)), s.len())
                    } else if k == j {
                        (0, ceil_char(s, ACROSS_EDGE.min(s.len())))
                    } else {
                        (0, s.len())
                    };
                    if k > i {
                        joined.push_str(sep);
                    }
                    spans.push((joined.len(), joined.len() + (to - from), from));
                    joined.push_str(s.get(from..to).unwrap_or_default());
                }
                for f in scanner.scan(&joined) {
                    if !across_kind(f.kind) {
                        continue;
                    }
                    let first = spans.partition_point(|&(_, end, _)| end <= f.start);
                    let last = spans.partition_point(|&(start, _, _)| start < f.end);
                    // From the run's first string to its last: a shorter run reports the rest.
                    if first != 0 || last != spans.len() {
                        continue;
                    }
                    let pieces: Vec<(usize, usize, usize)> = spans
                        .iter()
                        .enumerate()
                        .map(|(k, &(start, end, offset))| {
                            let (from, to) = (f.start.max(start), f.end.min(end));
                            (i + k, from - start + offset, to.max(from) - start + offset)
                        })
                        .collect();
                    let run_on = pieces.iter().any(|&(k, from, to)| {
                        let own = alone.get_mut(k).and_then(|slot| {
                            if slot.is_none() {
                                *slot = strings.get(k).map(|(_, s)| scanner.scan(s));
                            }
                            slot.as_deref()
                        });
                        own.unwrap_or_default()
                            .iter()
                            .any(|g| g.kind == f.kind && g.start < to && from < g.end)
                    });
                    if run_on {
                        continue;
                    }
                    for (k, &(start, end, offset)) in spans.iter().enumerate() {
                        let (from, to) = (f.start.max(start), f.end.min(end));
                        if from < to
                            && let Some((path, _)) = strings.get(i + k)
                        {
                            let piece = Finding {
                                kind: f.kind,
                                start: from - start + offset,
                                end: to - start + offset,
                                confidence: f.confidence,
                            };
                            if !out.iter().any(|(p, g)| p == path && *g == piece) {
                                out.push((path.clone(), piece));
                            }
                        }
                    }
                }
            }
        }
    }
    out
}

/// Every string of a JSON value with its JSON Pointer, in document order; object keys too
/// (under the pointer of their value) when `keys`.
pub fn string_pointers(value: &serde_json::Value, keys: bool) -> Vec<(String, &str)> {
    fn go<'a>(
        v: &'a serde_json::Value,
        keys: bool,
        path: &mut String,
        out: &mut Vec<(String, &'a str)>,
    ) {
        match v {
            serde_json::Value::String(s) => out.push((path.clone(), s)),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push('/');
                    path.push_str(&i.to_string());
                    go(item, keys, path, out);
                    path.truncate(len);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, item) in map {
                    let len = path.len();
                    path.push('/');
                    path.push_str(&k.replace('~', "~0").replace('/', "~1"));
                    if keys {
                        out.push((path.clone(), k));
                    }
                    go(item, keys, path, out);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    go(value, keys, &mut String::new(), &mut out);
    out
}

/// Every string in a JSON value (keys too), for injection scoring across a whole result.
pub fn json_strings(value: &serde_json::Value) -> Vec<&str> {
    let mut out = Vec::new();
    fn go<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
        match v {
            serde_json::Value::String(s) => out.push(s),
            serde_json::Value::Array(items) => items.iter().for_each(|i| go(i, out)),
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    out.push(k);
                    go(v, out);
                }
            }
            _ => {}
        }
    }
    go(value, &mut out);
    out
}

#[cfg(test)]
mod tests;

impl Scanner {
    /// Where the time goes: the fastest of `rounds` runs of each detector alone over `text`
    /// (after the shared passes), then of the shared digit pass, by name. For
    /// `examples/scan_profile.rs`; not for measuring (that is `benches/scan.rs`).
    pub fn profile_detectors(
        &self,
        text: &str,
        rounds: u32,
    ) -> Vec<(&'static str, std::time::Duration)> {
        let fastest = |f: &mut dyn FnMut()| {
            (0..rounds.max(1))
                .map(|_| {
                    let t = std::time::Instant::now();
                    f();
                    t.elapsed()
                })
                .min()
                .unwrap_or_default()
        };
        let marks = patterns::Landmarks::new(text, digit_clusters(text.as_bytes()));
        let mut out: Vec<(&'static str, std::time::Duration)> = self
            .detectors
            .iter()
            .map(|d| {
                let took = fastest(&mut || {
                    let mut found = Vec::new();
                    self.scan_one(d, text, &marks, &mut found);
                    std::hint::black_box(found);
                });
                (d.pattern.kind.as_str(), took)
            })
            .collect();
        out.push((
            "digit clusters (shared)",
            fastest(&mut || {
                std::hint::black_box(digit_clusters(text.as_bytes()));
            }),
        ));
        out
    }
}
