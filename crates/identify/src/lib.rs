//! The `identify` stage's primitives: bearer tokens that are random, stored hashed and
//! compared in constant time.
//!
//! A token reads `wdn_<kind>_<id>_<secret>`: `kind` is `a` (agent) or `o` (operator), `id` is
//! the public lookup key and `secret` 256 random bits. Only SHA-256 of the secret is stored;
//! the token itself is shown once, when it is created.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

pub use warden_types::TokenKind;

pub mod oauth;
pub mod oidc;

/// A freshly minted token: the text to show once, and what to store.
pub struct NewToken {
    /// The public id.
    pub id: String,
    /// The full token text. Show it once; never store or log it.
    pub token: String,
    /// SHA-256 of the secret part, to store.
    pub hash: [u8; 32],
}

impl std::fmt::Debug for NewToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewToken")
            .field("id", &self.id)
            .field("token", &"[redacted]")
            .finish()
    }
}

/// A token could not be created.
#[derive(Debug, thiserror::Error)]
#[error("the operating system's random generator failed")]
pub struct RandomError;

/// Mints a new token of `kind`.
pub fn mint(kind: TokenKind) -> Result<NewToken, RandomError> {
    let mut id = [0u8; 8];
    let mut secret = [0u8; 32];
    getrandom::fill(&mut id).map_err(|_| RandomError)?;
    getrandom::fill(&mut secret).map_err(|_| RandomError)?;
    let id = warden_types::hex(&id);
    let secret = warden_types::hex(&secret);
    let hash = hash_secret(&secret);
    Ok(NewToken {
        token: format!("wdn_{}_{id}_{secret}", kind.tag()),
        id,
        hash,
    })
}

/// A token split into its parts; nothing is verified yet.
#[derive(Clone, Copy)]
pub struct Presented<'a> {
    /// Agent or operator, as the token claims.
    pub kind: TokenKind,
    /// The public id to look up.
    pub id: &'a str,
    secret: &'a str,
}

impl std::fmt::Debug for Presented<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Presented")
            .field("kind", &self.kind)
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// Splits a presented token; `None` if it is not of Warden's shape.
pub fn parse(token: &str) -> Option<Presented<'_>> {
    let rest = token.strip_prefix("wdn_")?;
    let (tag, rest) = rest.split_once('_')?;
    let (id, secret) = rest.split_once('_')?;
    let kind = match tag {
        "a" => TokenKind::Agent,
        "o" => TokenKind::Operator,
        _ => return None,
    };
    let hexish = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_hexdigit());
    if !hexish(id, 16) || !hexish(secret, 64) {
        return None;
    }
    Some(Presented { kind, id, secret })
}

impl Presented<'_> {
    /// Whether the secret matches the stored hash, in constant time.
    pub fn matches(&self, stored_hash: &[u8]) -> bool {
        let h = hash_secret(self.secret);
        h.ct_eq(stored_hash).into()
    }
}

fn hash_secret(secret: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"warden.token.v1\n");
    h.update(secret.as_bytes());
    h.finalize().into()
}

/// Extracts the token from an `Authorization: Bearer …` header value.
pub fn bearer(header: &str) -> Option<&str> {
    let (scheme, token) = header.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minted_tokens_verify_and_others_do_not() {
        let t = mint(TokenKind::Agent).unwrap();
        let p = parse(&t.token).unwrap();
        assert_eq!(p.kind, TokenKind::Agent);
        assert_eq!(p.id, t.id);
        assert!(p.matches(&t.hash));
        let other = mint(TokenKind::Agent).unwrap();
        assert!(!p.matches(&other.hash));
        assert!(!p.matches(&[]));
        assert!(!format!("{t:?}").contains(&t.token[24..]));
    }

    #[test]
    fn rejects_malformed_tokens() {
        for bad in [
            "",
            "wdn_",
            "wdn_x_0000000000000000_00",
            "Bearer",
            "wdn_a_zz_zz",
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
        assert_eq!(bearer("Bearer abc"), Some("abc"));
        assert_eq!(bearer("bearer  abc "), Some("abc"));
        assert_eq!(bearer("Basic abc"), None);
    }
}
