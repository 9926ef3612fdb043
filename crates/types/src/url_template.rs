//! Connector URL templates: `{name}` is filled with the argument `name`, and only in a path
//! segment (whole or in part) or a query value — never in the scheme, userinfo, host, port, a
//! query key or the fragment. A template is parsed once, at load, and refused there if a
//! placeholder sits anywhere else; rendering encodes every value with RFC 3986's unreserved
//! characters kept (`A-Z a-z 0-9 - . _ ~`), refuses a value that would make a path segment
//! empty, `.` or `..`, and checks that the URL it built parses back to exactly the origin, path
//! and query it rendered, so no argument can move a request that carries credentials to
//! another host or path.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::Value;

/// Everything but RFC 3986's unreserved characters is percent-encoded.
const NOT_UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The longest URL a template renders (bytes); longer is refused.
pub const MAX_URL_BYTES: usize = 8 * 1024;

/// One piece of a path segment or query value.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    /// Template text, used as written.
    Lit(String),
    /// `{name}`: the argument `name`, encoded.
    Arg(String),
}

/// A parsed connector URL template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlTemplate(Box<Parsed>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Parsed {
    raw: String,
    /// `scheme://authority`, fixed.
    origin: String,
    /// The path's segments (after the leading `/`).
    path: Vec<Vec<Piece>>,
    /// Query pairs; keys fixed.
    query: Vec<(String, Vec<Piece>)>,
    /// The fragment with its `#`, fixed (empty if none).
    fragment: String,
    /// The origin as the URL parser reads it (scheme, host, port).
    parsed_origin: url::Origin,
}

/// Why a template cannot be loaded, or an argument cannot fill it. Never carries a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct UrlError {
    /// The argument at fault, if one is.
    pub arg: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl UrlError {
    fn template(message: impl Into<String>) -> Self {
        Self {
            arg: None,
            message: message.into(),
        }
    }

    fn arg(name: &str, message: impl Into<String>) -> Self {
        Self {
            arg: Some(name.to_owned()),
            message: message.into(),
        }
    }
}

fn pieces(text: &str, what: &str) -> Result<Vec<Piece>, UrlError> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(['{', '}']) {
        if rest.as_bytes().get(start) == Some(&b'}') {
            return Err(UrlError::template(format!("unbalanced `}}` in the {what}")));
        }
        if start > 0 {
            out.push(Piece::Lit(rest[..start].to_owned()));
        }
        let after = &rest[start + 1..];
        let end = after
            .find('}')
            .ok_or_else(|| UrlError::template(format!("unclosed `{{` in the {what}")))?;
        let name = &after[..end];
        if name.is_empty()
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.')
        {
            return Err(UrlError::template(format!(
                "`{{{name}}}` in the {what} is not a placeholder (letters, digits, `_`, `-`, `.`)"
            )));
        }
        out.push(Piece::Arg(name.to_owned()));
        rest = &after[end + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Lit(rest.to_owned()));
    }
    Ok(out)
}

fn has_arg(p: &[Piece]) -> bool {
    p.iter().any(|x| matches!(x, Piece::Arg(_)))
}

impl UrlTemplate {
    /// Parses `raw` (an `http://` or `https://` URL with `{name}` placeholders).
    pub fn parse(raw: &str) -> Result<Self, UrlError> {
        let scheme_end = if raw.starts_with("http://") {
            "http://".len()
        } else if raw.starts_with("https://") {
            "https://".len()
        } else {
            return Err(UrlError::template(format!("`{raw}` is not an http(s) URL")));
        };
        let after_scheme = &raw[scheme_end..];
        let authority_end = after_scheme
            .find(['/', '?', '#'])
            .unwrap_or(after_scheme.len());
        let origin = &raw[..scheme_end + authority_end];
        if origin.contains(['{', '}']) {
            return Err(UrlError::template(
                "a placeholder may fill a path segment or a query value, not the scheme, \
                 host, port or user",
            ));
        }
        let rest = &after_scheme[authority_end..];
        let (rest, fragment) = match rest.find('#') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        if fragment.contains(['{', '}']) {
            return Err(UrlError::template(
                "a placeholder may not fill the fragment",
            ));
        }
        let (path, query) = match rest.find('?') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        let path: Vec<Vec<Piece>> = match path.strip_prefix('/') {
            Some(p) => p
                .split('/')
                .map(|s| pieces(s, "path"))
                .collect::<Result<_, _>>()?,
            None => Vec::new(),
        };
        let mut pairs = Vec::new();
        for pair in query
            .unwrap_or_default()
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            if k.contains(['{', '}']) {
                return Err(UrlError::template(
                    "a placeholder may fill a query value, not a query key",
                ));
            }
            pairs.push((k.to_owned(), pieces(v, "query")?));
        }
        let parsed = url::Url::parse(origin)
            .map_err(|e| UrlError::template(format!("`{origin}` is not a valid URL: {e}")))?;
        if parsed.host_str().is_none_or(str::is_empty) {
            return Err(UrlError::template(format!("`{origin}` has no host")));
        }
        let t = Self(Box::new(Parsed {
            raw: raw.to_owned(),
            origin: origin.to_owned(),
            path,
            query: pairs,
            fragment: fragment.to_owned(),
            parsed_origin: parsed.origin(),
        }));
        // The template with a plain value in every placeholder must keep its own shape.
        let sample: serde_json::Map<String, Value> = t
            .placeholders()
            .map(|n| (n.to_owned(), Value::String("x".into())))
            .collect();
        t.render(&Value::Object(sample))
            .map_err(|e| UrlError::template(format!("`{raw}`: {}", e.message)))?;
        Ok(t)
    }

    /// The template as written.
    pub fn as_str(&self) -> &str {
        &self.0.raw
    }

    /// The names of the arguments the template uses.
    pub fn placeholders(&self) -> impl Iterator<Item = &str> {
        self.0
            .path
            .iter()
            .flatten()
            .chain(self.0.query.iter().flat_map(|(_, v)| v))
            .filter_map(|p| match p {
                Piece::Arg(n) => Some(n.as_str()),
                Piece::Lit(_) => None,
            })
    }

    /// The URL for `args`, or why it cannot be built. A path placeholder needs its argument; a
    /// query pair whose placeholders are all absent (or null) is left out.
    pub fn render(&self, args: &Value) -> Result<String, UrlError> {
        let t = &self.0;
        let mut out = t.origin.clone();
        let mut path = String::new();
        for segment in &t.path {
            path.push('/');
            let mut text = String::new();
            for piece in segment {
                match piece {
                    Piece::Lit(l) => text.push_str(l),
                    Piece::Arg(name) => match value(args, name)? {
                        Some(v) => text.extend(utf8_percent_encode(&v, NOT_UNRESERVED)),
                        None => {
                            return Err(UrlError::arg(
                                name,
                                format!("argument `{name}` is needed to build the URL's path"),
                            ));
                        }
                    },
                }
            }
            if has_arg(segment) && (text.is_empty() || text == "." || text == "..") {
                return Err(UrlError::arg(
                    first_arg(segment),
                    format!(
                        "argument `{}` would make a path segment empty, `.` or `..`",
                        first_arg(segment)
                    ),
                ));
            }
            path.push_str(&text);
        }
        out.push_str(&path);
        let mut query = String::new();
        for (key, v) in &t.query {
            let mut text = String::new();
            let mut present = !has_arg(v);
            for piece in v {
                match piece {
                    Piece::Lit(l) => text.push_str(l),
                    Piece::Arg(name) => {
                        if let Some(v) = value(args, name)? {
                            present = true;
                            text.extend(utf8_percent_encode(&v, NOT_UNRESERVED));
                        }
                    }
                }
            }
            if present {
                query.push(if query.is_empty() { '?' } else { '&' });
                query.push_str(key);
                query.push('=');
                query.push_str(&text);
            }
        }
        out.push_str(&query);
        out.push_str(&t.fragment);
        if out.len() > MAX_URL_BYTES {
            return Err(UrlError::template(format!(
                "the URL would be longer than {MAX_URL_BYTES} bytes"
            )));
        }
        // What the HTTP client will send must be what was rendered: same origin, same path,
        // same query (the parser resolves dot segments and normalises; none may apply).
        let parsed = url::Url::parse(&out)
            .map_err(|_| UrlError::template("the arguments do not make a valid URL"))?;
        let same_path = parsed.path() == if path.is_empty() { "/" } else { path.as_str() };
        let same_query = parsed.query().unwrap_or_default() == query.trim_start_matches('?');
        if parsed.origin() != t.parsed_origin || !same_path || !same_query {
            return Err(UrlError::template(
                "the arguments would change the URL's host or path",
            ));
        }
        Ok(out)
    }
}

fn first_arg(segment: &[Piece]) -> &str {
    segment
        .iter()
        .find_map(|p| match p {
            Piece::Arg(n) => Some(n.as_str()),
            Piece::Lit(_) => None,
        })
        .unwrap_or_default()
}

/// The text of argument `name`: a string as is, a number or boolean as JSON writes it; absent
/// or null is `None`; an object or array cannot fill a URL.
fn value(args: &Value, name: &str) -> Result<Option<String>, UrlError> {
    match args.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(v @ (Value::Number(_) | Value::Bool(_))) => Ok(Some(v.to_string())),
        Some(_) => Err(UrlError::arg(
            name,
            format!("argument `{name}` is an object or array and cannot fill the URL"),
        )),
    }
}

#[cfg(test)]
mod tests;
