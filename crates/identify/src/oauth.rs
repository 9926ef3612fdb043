//! Agents authenticated by OAuth 2.1 access tokens (Warden as a protected resource): a JWT
//! access token (RFC 9068) verified against the authorization server's published keys, or the
//! answer of its introspection endpoint (RFC 7662) for an opaque token. Either way the same
//! claims are checked here: issuer, audience (this Warden: a token issued for another
//! resource is refused, as the MCP authorization rules require), expiry with clock skew, the
//! claim naming the agent, scopes and roles. An [`AccessGrant`] only comes out of these checks.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::oidc::{OidcError, audiences, check_times, numeric_date, verify_jws};

/// What an access token must say.
pub struct AccessExpect<'a> {
    /// The authorization server's issuer identifier, exactly.
    pub issuer: &'a str,
    /// This Warden's resource identifier: `aud` must contain it.
    pub audience: &'a str,
    /// Now, Unix seconds.
    pub now: i64,
    /// The claim whose value names the agent (`client_id`, `sub`, …).
    pub agent_claim: &'a str,
    /// The claim listing the roles the token vouches for, if roles are checked.
    pub roles_claim: Option<&'a str>,
    /// Whether a JWT must declare itself an access token (`typ: at+jwt`, RFC 9068), so that
    /// an ID token or another JWT of the same issuer is not taken for one.
    pub require_at_jwt: bool,
}

/// A verified access token: who it speaks for and what it allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessGrant {
    /// The value of the agent claim (mapped to an agent by the caller).
    pub agent_claim: String,
    /// `sub`.
    pub subject: String,
    /// The scopes granted (`scope`, space-separated, or `scp`, a list).
    pub scopes: BTreeSet<String>,
    /// The roles the token vouches for (empty without a roles claim).
    pub roles: BTreeSet<String>,
    /// Expiry, Unix seconds.
    pub expires: i64,
}

/// The longest claim value kept (an agent name, a scope, a role).
const MAX_CLAIM: usize = 256;
/// Most scopes or roles kept from one token.
const MAX_ITEMS: usize = 256;

fn strings(v: Option<&Value>) -> BTreeSet<String> {
    match v {
        Some(Value::String(s)) => s
            .split(' ')
            .filter(|x| !x.is_empty() && x.len() <= MAX_CLAIM)
            .take(MAX_ITEMS)
            .map(str::to_owned)
            .collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .filter(|x| !x.is_empty() && x.len() <= MAX_CLAIM)
            .take(MAX_ITEMS)
            .map(str::to_owned)
            .collect(),
        _ => BTreeSet::new(),
    }
}

/// Checks the claims of an access token (a verified JWT's payload, or an introspection answer
/// that said `active`).
pub fn check_access_claims(
    claims: &Value,
    expect: &AccessExpect<'_>,
) -> Result<AccessGrant, OidcError> {
    let str_claim = |k: &str| claims.get(k).and_then(Value::as_str);
    if str_claim("iss") != Some(expect.issuer) {
        return Err(OidcError::Claim("iss"));
    }
    if !audiences(claims).contains(&expect.audience) {
        return Err(OidcError::Claim("aud"));
    }
    check_times(claims, expect.now)?;
    let agent = match claims.get(expect.agent_claim) {
        Some(Value::String(s)) if !s.is_empty() && s.len() <= MAX_CLAIM => s.clone(),
        _ => return Err(OidcError::Name(expect.agent_claim.to_owned())),
    };
    let subject = str_claim("sub").unwrap_or_default().to_owned();
    let mut scopes = strings(claims.get("scope"));
    scopes.extend(strings(claims.get("scp")));
    let roles = expect
        .roles_claim
        .map(|c| strings(claims.get(c)))
        .unwrap_or_default();
    let expires = numeric_date(claims, "exp")?.ok_or(OidcError::Claim("exp"))?;
    Ok(AccessGrant {
        agent_claim: agent,
        subject,
        scopes,
        roles,
        expires,
    })
}

/// Verifies a JWT access token against the authorization server's keys (`jwks`: the `keys`
/// array of its JWKS) and checks its claims.
pub fn verify_access_token(
    token: &str,
    jwks: &[Value],
    expect: &AccessExpect<'_>,
) -> Result<AccessGrant, OidcError> {
    let (header, claims) = verify_jws(token, jwks)?;
    if expect.require_at_jwt {
        let typ = header
            .get("typ")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_ascii_lowercase();
        if typ != "at+jwt" && typ != "application/at+jwt" {
            return Err(OidcError::Claim("typ"));
        }
    }
    check_access_claims(&claims, expect)
}

/// Whether `token` has the shape of a compact JWS (three base64url parts), as opposed to an
/// opaque token for introspection.
pub fn looks_like_jwt(token: &str) -> bool {
    let mut n = 0;
    for part in token.split('.') {
        n += 1;
        if part.is_empty()
            || !part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return false;
        }
    }
    n == 3
}

#[cfg(test)]
mod tests {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use ring::rand::SystemRandom;
    use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
    use serde_json::json;

    use super::*;

    fn b64(v: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(v)
    }

    struct Key(EcdsaKeyPair, &'static str);

    impl Key {
        fn new(kid: &'static str) -> Self {
            let rng = SystemRandom::new();
            let pkcs8 =
                EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
            Self(
                EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
                    .unwrap(),
                kid,
            )
        }
        fn jwk(&self) -> Value {
            let point = self.0.public_key().as_ref();
            json!({"kty": "EC", "crv": "P-256", "kid": self.1, "use": "sig",
                   "x": b64(&point[1..33]), "y": b64(&point[33..65])})
        }
        fn sign(&self, header: &Value, claims: &Value) -> String {
            let input = format!(
                "{}.{}",
                b64(header.to_string().as_bytes()),
                b64(claims.to_string().as_bytes())
            );
            let sig = self.0.sign(&SystemRandom::new(), input.as_bytes()).unwrap();
            format!("{input}.{}", b64(sig.as_ref()))
        }
    }

    const NOW: i64 = 1_800_000_000;

    fn expect() -> AccessExpect<'static> {
        AccessExpect {
            issuer: "https://as.example",
            audience: "https://warden.example/",
            now: NOW,
            agent_claim: "client_id",
            roles_claim: Some("roles"),
            require_at_jwt: true,
        }
    }

    fn claims() -> Value {
        json!({"iss": "https://as.example", "aud": "https://warden.example/", "sub": "s1",
               "client_id": "support-bot", "exp": NOW + 300, "iat": NOW,
               "scope": "warden:mcp warden:actions", "roles": ["support"]})
    }

    fn header(k: &Key) -> Value {
        json!({"alg": "ES256", "typ": "at+jwt", "kid": k.1})
    }

    #[test]
    fn a_valid_token_names_its_agent_scopes_and_roles() {
        let k = Key::new("k1");
        let t = k.sign(&header(&k), &claims());
        let g = verify_access_token(&t, &[k.jwk()], &expect()).unwrap();
        assert_eq!(g.agent_claim, "support-bot");
        assert_eq!(g.subject, "s1");
        assert!(g.scopes.contains("warden:mcp") && g.scopes.contains("warden:actions"));
        assert_eq!(g.roles.iter().collect::<Vec<_>>(), vec!["support"]);
        // `aud` as a list, scopes as `scp`.
        let mut c = claims();
        c["aud"] = json!(["other", "https://warden.example/"]);
        c["scp"] = json!(["warden:llm"]);
        let t = k.sign(&header(&k), &c);
        let g = verify_access_token(&t, &[k.jwk()], &expect()).unwrap();
        assert!(g.scopes.contains("warden:llm"));
    }

    #[test]
    fn every_wrong_token_is_refused_for_its_reason() {
        let k = Key::new("k1");
        let other = Key::new("k1");
        let jwks = [k.jwk()];
        let with = |f: &dyn Fn(&mut Value)| {
            let mut c = claims();
            f(&mut c);
            k.sign(&header(&k), &c)
        };
        let cases: Vec<(String, OidcError)> = vec![
            (
                with(&|c| c["aud"] = json!("https://other.example/")),
                OidcError::Claim("aud"),
            ),
            (
                with(&|c| {
                    c.as_object_mut().unwrap().remove("aud");
                }),
                OidcError::Claim("aud"),
            ),
            (
                with(&|c| c["iss"] = json!("https://as.example/")),
                OidcError::Claim("iss"),
            ),
            (
                with(&|c| c["exp"] = json!(NOW - 121)),
                OidcError::Claim("exp"),
            ),
            (
                with(&|c| {
                    c.as_object_mut().unwrap().remove("exp");
                }),
                OidcError::Claim("exp"),
            ),
            (
                with(&|c| c["nbf"] = json!(NOW + 600)),
                OidcError::Claim("nbf"),
            ),
            (
                with(&|c| c["client_id"] = json!(42)),
                OidcError::Name("client_id".into()),
            ),
            // Signed by a key with the same id that the server did not publish.
            (other.sign(&header(&k), &claims()), OidcError::Signature),
            // An unknown key id.
            (
                k.sign(
                    &json!({"alg": "ES256", "typ": "at+jwt", "kid": "k9"}),
                    &claims(),
                ),
                OidcError::NoKey,
            ),
            // An ID token (or any JWT) that does not say it is an access token.
            (
                k.sign(
                    &json!({"alg": "ES256", "typ": "JWT", "kid": "k1"}),
                    &claims(),
                ),
                OidcError::Claim("typ"),
            ),
            (
                k.sign(&json!({"alg": "HS256", "typ": "at+jwt"}), &claims()),
                OidcError::Algorithm("HS256".into()),
            ),
            (
                k.sign(&json!({"alg": "none", "typ": "at+jwt"}), &claims()),
                OidcError::Algorithm("none".into()),
            ),
            (
                k.sign(
                    &json!({"alg": "ES256", "typ": "at+jwt", "kid": "k1", "crit": ["exp"]}),
                    &claims(),
                ),
                OidcError::Malformed,
            ),
        ];
        for (t, want) in cases {
            assert_eq!(verify_access_token(&t, &jwks, &expect()), Err(want));
        }
        // Dates: fractional seconds count, absurd ones saturate, malformed ones are refused.
        let t = with(&|c| c["exp"] = json!(i64::MAX));
        assert!(verify_access_token(&t, &jwks, &expect()).is_ok());
        let t = with(&|c| c["exp"] = json!((NOW + 300) as f64 + 0.5));
        assert!(verify_access_token(&t, &jwks, &expect()).is_ok());
        let t = with(&|c| c["nbf"] = json!((NOW + 600) as f64));
        assert_eq!(
            verify_access_token(&t, &jwks, &expect()),
            Err(OidcError::Claim("nbf"))
        );
        let t = with(&|c| c["nbf"] = json!("soon"));
        assert_eq!(
            verify_access_token(&t, &jwks, &expect()),
            Err(OidcError::Claim("nbf"))
        );
        let t = with(&|c| c["exp"] = json!(1e300));
        assert!(verify_access_token(&t, &jwks, &expect()).is_ok());
        let t = with(&|c| c["exp"] = json!(-1e300));
        assert_eq!(
            verify_access_token(&t, &jwks, &expect()),
            Err(OidcError::Claim("exp"))
        );
        // Within the clock skew, an expired token is still accepted.
        let t = with(&|c| c["exp"] = json!(NOW - 60));
        assert!(verify_access_token(&t, &jwks, &expect()).is_ok());
        // Tampered payload.
        let t = k.sign(&header(&k), &claims());
        let mut parts: Vec<&str> = t.split('.').collect();
        let mut c = claims();
        c["client_id"] = json!("finance-bot");
        let forged = b64(c.to_string().as_bytes());
        parts[1] = &forged;
        assert_eq!(
            verify_access_token(&parts.join("."), &jwks, &expect()),
            Err(OidcError::Signature)
        );
    }

    #[test]
    fn jwt_shape_is_told_from_an_opaque_token() {
        let k = Key::new("k1");
        assert!(looks_like_jwt(&k.sign(&header(&k), &claims())));
        for opaque in [
            "lIECn3HFpbJm4jD_MRnMX_mhQsHMZjWmMmXVJrkBYCI",
            "a.b",
            "a..c",
            "a.b.c.d",
        ] {
            assert!(!looks_like_jwt(opaque), "{opaque}");
        }
    }

    #[test]
    fn introspection_answers_are_checked_like_tokens() {
        let mut c = claims();
        c["active"] = json!(true);
        assert!(check_access_claims(&c, &expect()).is_ok());
        c["aud"] = json!("urn:other");
        assert_eq!(
            check_access_claims(&c, &expect()),
            Err(OidcError::Claim("aud"))
        );
    }
}
