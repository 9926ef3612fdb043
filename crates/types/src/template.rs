//! Credential templates: `{{env:NAME}}` (an environment variable of the gateway) and
//! `{{secret:name}}` (a secret of the vault) among literal text, as connector headers, MCP
//! server headers and environments, provider credentials, hook and stream headers and
//! `storage.postgres` write them.
//!
//! One grammar, parsed by [`Template::parse`]; rendering goes through a resolver given by the
//! caller (which decides what a reference means: an environment variable, a scoped vault
//! secret) and produces a [`Zeroizing`] string, wiped when dropped. Configuration validation
//! is stricter than parsing ([`Template::problems`]): it also holds names to their charsets.

use std::fmt;

pub use zeroize::Zeroizing;

/// The longest secret name a template may reference.
pub const MAX_SECRET_NAME_BYTES: usize = 128;

/// A parsed template. Holds only references, never a resolved value. The default is the
/// empty template.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Template {
    source: String,
    parts: Vec<Part>,
}

/// One piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Text copied as it is.
    Literal(String),
    /// A reference, replaced by its value.
    Reference(Reference),
}

/// What a `{{…}}` names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reference {
    /// `{{env:NAME}}`: an environment variable of the gateway.
    Env(String),
    /// `{{secret:name}}`: a secret of the vault.
    Secret(String),
}

/// Why a template does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// A `{{` with no `}}` after it.
    #[error("unclosed `{{{{`")]
    Unclosed {
        /// The text after the `{{`.
        after: String,
    },
    /// A `{{…}}` that is not `env:` or `secret:` with a name (or, for
    /// [`Template::problems`], whose name is not well formed).
    #[error(
        "unknown reference `{{{{{inner}}}}}`; expected `{{{{env:NAME}}}}` or `{{{{secret:name}}}}`"
    )]
    Unknown {
        /// What stands between the braces.
        inner: String,
    },
}

/// A reference its resolver had no value for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` does not resolve")]
pub struct Unresolved(pub Reference);

/// One step of the scan: text up to the next `{{`, then what the braces hold.
enum Piece<'a> {
    Text(&'a str),
    Braces(&'a str),
    Unclosed(&'a str),
}

/// The pieces of `src`, in order; an unclosed `{{` is the last.
fn scan(src: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(start) = rest.find("{{") {
        if start > 0 {
            out.push(Piece::Text(rest.get(..start).unwrap_or_default()));
        }
        let after = rest.get(start + 2..).unwrap_or_default();
        let Some(end) = after.find("}}") else {
            out.push(Piece::Unclosed(after));
            return out;
        };
        out.push(Piece::Braces(after.get(..end).unwrap_or_default()));
        rest = after.get(end + 2..).unwrap_or_default();
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

impl Reference {
    /// `env:NAME` or `secret:name` (what stands between the braces), with a name.
    fn parse(inner: &str) -> Option<Self> {
        let r = if let Some(name) = inner.strip_prefix("env:") {
            Self::Env(name.to_owned())
        } else if let Some(name) = inner.strip_prefix("secret:") {
            Self::Secret(name.to_owned())
        } else {
            return None;
        };
        (!r.name().is_empty()).then_some(r)
    }

    /// The variable's or the secret's name.
    pub fn name(&self) -> &str {
        match self {
            Self::Env(n) | Self::Secret(n) => n,
        }
    }

    /// Whether the name keeps to its charset: `NAME` of `A-Z 0-9 _`; `name` of
    /// `a-z 0-9 _ - .`, at most [`MAX_SECRET_NAME_BYTES`].
    pub fn is_well_formed(&self) -> bool {
        match self {
            Self::Env(n) => n
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
            Self::Secret(n) => {
                n.len() <= MAX_SECRET_NAME_BYTES
                    && n.bytes().all(|b| {
                        b.is_ascii_lowercase()
                            || b.is_ascii_digit()
                            || matches!(b, b'_' | b'-' | b'.')
                    })
            }
        }
    }
}

impl fmt::Display for Reference {
    /// As written in a template: `{{env:NAME}}`, `{{secret:name}}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Env(n) => write!(f, "{{{{env:{n}}}}}"),
            Self::Secret(n) => write!(f, "{{{{secret:{n}}}}}"),
        }
    }
}

impl Template {
    /// Parses `src`. Text outside `{{…}}` is literal; each `{{…}}` must be `env:` or `secret:`
    /// followed by a name, and every `{{` must be closed.
    pub fn parse(src: &str) -> Result<Self, TemplateError> {
        let mut parts = Vec::new();
        for piece in scan(src) {
            parts.push(match piece {
                Piece::Text(t) => Part::Literal(t.to_owned()),
                Piece::Braces(inner) => {
                    Part::Reference(Reference::parse(inner).ok_or_else(|| {
                        TemplateError::Unknown {
                            inner: inner.to_owned(),
                        }
                    })?)
                }
                Piece::Unclosed(after) => {
                    return Err(TemplateError::Unclosed {
                        after: after.to_owned(),
                    });
                }
            });
        }
        Ok(Self {
            source: src.to_owned(),
            parts,
        })
    }

    /// Everything configuration validation refuses in `src`, in order: each reference that
    /// does not parse or whose name is not well formed ([`Reference::is_well_formed`]), and
    /// an unclosed `{{` (after which nothing is read).
    pub fn problems(src: &str) -> Vec<TemplateError> {
        scan(src)
            .into_iter()
            .filter_map(|piece| match piece {
                Piece::Text(_) => None,
                Piece::Braces(inner) => Reference::parse(inner)
                    .filter(Reference::is_well_formed)
                    .is_none()
                    .then(|| TemplateError::Unknown {
                        inner: inner.to_owned(),
                    }),
                Piece::Unclosed(after) => Some(TemplateError::Unclosed {
                    after: after.to_owned(),
                }),
            })
            .collect()
    }

    /// The template as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Its pieces, in order.
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    /// Its references, in order (a reference written twice comes twice).
    pub fn references(&self) -> impl Iterator<Item = &Reference> {
        self.parts.iter().filter_map(|p| match p {
            Part::Reference(r) => Some(r),
            Part::Literal(_) => None,
        })
    }

    /// The `NAME`s of its `{{env:NAME}}` references.
    pub fn env_names(&self) -> impl Iterator<Item = &str> {
        self.references().filter_map(|r| match r {
            Reference::Env(n) => Some(n.as_str()),
            Reference::Secret(_) => None,
        })
    }

    /// The template with each reference replaced by what `resolve` gives it; the first
    /// reference it has no value for is the error.
    pub fn render(
        &self,
        resolve: &dyn Fn(&Reference) -> Option<Zeroizing<String>>,
    ) -> Result<Zeroizing<String>, Unresolved> {
        self.try_render(|r| resolve(r).ok_or_else(|| Unresolved(r.clone())))
    }

    /// [`Template::render`] with a resolver that fails with its own error (and may record
    /// what it resolved).
    pub fn try_render<E>(
        &self,
        mut resolve: impl FnMut(&Reference) -> Result<Zeroizing<String>, E>,
    ) -> Result<Zeroizing<String>, E> {
        let mut out = Zeroizing::new(String::with_capacity(self.source.len()));
        for part in &self.parts {
            match part {
                Part::Literal(t) => out.push_str(t),
                Part::Reference(r) => out.push_str(&resolve(r)?),
            }
        }
        Ok(out)
    }
}

impl fmt::Display for Template {
    /// The template as written (references, never values).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn env(r: &Reference) -> Option<Zeroizing<String>> {
        match r {
            Reference::Env(n) if n == "KEY" => Some(Zeroizing::new("s3cret".to_owned())),
            _ => None,
        }
    }

    #[test]
    fn references_and_literals_parse_and_render() {
        let t = Template::parse("Bearer {{env:KEY}} and {{secret:api-key.v2}}!").unwrap();
        assert_eq!(
            t.references().cloned().collect::<Vec<_>>(),
            vec![
                Reference::Env("KEY".into()),
                Reference::Secret("api-key.v2".into())
            ]
        );
        assert_eq!(t.env_names().collect::<Vec<_>>(), vec!["KEY"]);
        let values = |r: &Reference| Some(Zeroizing::new(r.name().to_lowercase()));
        assert_eq!(
            t.render(&values).unwrap().as_str(),
            "Bearer key and api-key.v2!"
        );
        assert_eq!(
            Template::parse("Bearer {{env:KEY}}")
                .unwrap()
                .render(&env)
                .unwrap()
                .as_str(),
            "Bearer s3cret"
        );
        assert_eq!(
            Template::parse("{{env:OTHER}}").unwrap().render(&env),
            Err(Unresolved(Reference::Env("OTHER".into())))
        );
        assert_eq!(
            Template::parse("plain")
                .unwrap()
                .render(&env)
                .unwrap()
                .as_str(),
            "plain"
        );
        assert_eq!(Template::parse("").unwrap().parts(), &[]);
        // A lone brace, or closing braces, are text.
        let t = Template::parse("a{b}}c{").unwrap();
        assert_eq!(t.parts(), &[Part::Literal("a{b}}c{".into())]);
    }

    #[test]
    fn malformed_templates_are_refused_with_todays_messages() {
        let e = Template::parse("Bearer {{env:KEY").unwrap_err();
        assert_eq!(
            e,
            TemplateError::Unclosed {
                after: "env:KEY".into()
            }
        );
        assert_eq!(e.to_string(), "unclosed `{{`");
        let e = Template::parse("{{vault:key}}").unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown reference `{{vault:key}}`; expected `{{env:NAME}}` or `{{secret:name}}`"
        );
        for empty in ["{{env:}}", "{{secret:}}", "{{}}"] {
            assert!(
                matches!(Template::parse(empty), Err(TemplateError::Unknown { .. })),
                "{empty}"
            );
        }
        // Parsing takes any name; configuration validation holds names to their charsets.
        assert!(Template::parse("{{env:lower}}").is_ok());
        assert_eq!(
            Template::problems("{{env:lower}} {{secret:UP}} {{env:OK}} {{secret:ok}} {{x"),
            vec![
                TemplateError::Unknown {
                    inner: "env:lower".into()
                },
                TemplateError::Unknown {
                    inner: "secret:UP".into()
                },
                TemplateError::Unclosed { after: "x".into() },
            ]
        );
        let long = format!("{{{{secret:{}}}}}", "a".repeat(MAX_SECRET_NAME_BYTES + 1));
        assert_eq!(Template::problems(&long).len(), 1);
        assert!(Template::problems("{{secret:a-b_c.d}} {{env:A_1}}").is_empty());
    }

    /// Literal text that cannot start a reference: no `{`.
    fn literal() -> impl Strategy<Value = String> {
        "[^{]{1,12}"
    }

    fn reference() -> impl Strategy<Value = Reference> {
        prop_oneof![
            "[A-Z0-9_]{1,8}".prop_map(Reference::Env),
            "[a-z0-9_.-]{1,8}".prop_map(Reference::Secret),
        ]
    }

    fn part() -> impl Strategy<Value = Part> {
        prop_oneof![
            literal().prop_map(Part::Literal),
            reference().prop_map(Part::Reference)
        ]
    }

    proptest! {
        /// Rendering with each reference as its own written form gives back the source, and
        /// the parts are the ones written.
        #[test]
        fn parse_then_render_with_identity_values_round_trips(parts in prop::collection::vec(part(), 0..8)) {
            let src: String = parts.iter().map(|p| match p {
                Part::Literal(t) => t.clone(),
                Part::Reference(r) => r.to_string(),
            }).collect();
            let t = Template::parse(&src).unwrap();
            let identity = |r: &Reference| Some(Zeroizing::new(r.to_string()));
            let rendered = t.render(&identity).unwrap();
            prop_assert_eq!(rendered.as_str(), src.as_str());
            prop_assert!(Template::problems(&src).is_empty());
            let written: Vec<&Reference> = parts.iter().filter_map(|p| match p {
                Part::Reference(r) => Some(r),
                Part::Literal(_) => None,
            }).collect();
            prop_assert_eq!(t.references().collect::<Vec<_>>(), written);
        }

        /// Any text at all either parses or names what is wrong; it never panics.
        #[test]
        fn any_text_parses_or_fails_cleanly(src in ".{0,40}") {
            if let Ok(t) = Template::parse(&src) {
                let identity = |r: &Reference| Some(Zeroizing::new(r.to_string()));
                let rendered = t.render(&identity).unwrap();
                prop_assert_eq!(rendered.as_str(), src.as_str());
            }
        }
    }
}
