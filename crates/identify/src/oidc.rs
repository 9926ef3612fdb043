//! OpenID Connect sign-in for operators: the authorization code flow with PKCE, and the ID
//! token's verification (RS256 or ES256 against the provider's published keys; issuer,
//! audience, authorized party, expiry and nonce). The HTTP exchanges are the caller's; what
//! is decided about an identity is here, and a [`Verified`] identity can only come out of
//! [`verify_id_token`].

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::signature::{self, UnparsedPublicKey};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// How far the provider's clock may be from ours (expiry and issue time).
pub const CLOCK_SKEW_SECONDS: i64 = 120;
/// The longest ID token read.
pub const MAX_TOKEN_BYTES: usize = 16 * 1024;

/// Why an ID token was not accepted (never its content).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OidcError {
    /// Not three base64url parts of JSON.
    #[error("the token is malformed")]
    Malformed,
    /// An algorithm other than RS256 or ES256 (`none`, `HS256`, …).
    #[error("the token's algorithm `{0}` is not accepted (RS256 or ES256)")]
    Algorithm(String),
    /// No published key matches.
    #[error("no key of the provider matches the token")]
    NoKey,
    /// The signature does not verify.
    #[error("the token's signature does not verify")]
    Signature,
    /// A claim is missing or wrong.
    #[error("the token's `{0}` claim is not as expected")]
    Claim(&'static str),
    /// The operator name claim is missing or not a usable name.
    #[error("the token carries no usable operator name in `{0}`")]
    Name(String),
}

/// What a token must say.
pub struct Expect<'a> {
    /// The provider's issuer identifier, exactly.
    pub issuer: &'a str,
    /// This client.
    pub client_id: &'a str,
    /// The nonce sent with the authorization request.
    pub nonce: &'a str,
    /// Now, Unix seconds.
    pub now: i64,
    /// The claim naming the operator (`preferred_username`).
    pub name_claim: &'a str,
    /// The claim listing the operator's groups, if groups come from the provider.
    pub groups_claim: Option<&'a str>,
}

/// An operator the provider vouched for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    name: String,
    subject: String,
    groups: Vec<String>,
}

impl Verified {
    /// The operator name (from the name claim).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The provider's subject identifier.
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// The groups the provider lists for the operator (empty without a groups claim).
    pub fn groups(&self) -> &[String] {
        &self.groups
    }
}

/// A PKCE pair (RFC 7636, S256): the verifier kept, the challenge sent.
pub fn pkce(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

fn part(s: &str) -> Result<Vec<u8>, OidcError> {
    URL_SAFE_NO_PAD.decode(s).map_err(|_| OidcError::Malformed)
}

fn key_bytes(jwk: &Value, field: &str) -> Option<Vec<u8>> {
    jwk.get(field)
        .and_then(Value::as_str)
        .and_then(|s| URL_SAFE_NO_PAD.decode(s).ok())
}

/// Whether `jwk` verifies `sig` over `input` under `alg`.
fn verifies(jwk: &Value, alg: &str, input: &[u8], sig: &[u8]) -> bool {
    match alg {
        "RS256" => {
            if jwk.get("kty").and_then(Value::as_str) != Some("RSA") {
                return false;
            }
            let (Some(n), Some(e)) = (key_bytes(jwk, "n"), key_bytes(jwk, "e")) else {
                return false;
            };
            signature::RsaPublicKeyComponents { n: &n, e: &e }
                .verify(&signature::RSA_PKCS1_2048_8192_SHA256, input, sig)
                .is_ok()
        }
        "ES256" => {
            if jwk.get("kty").and_then(Value::as_str) != Some("EC")
                || jwk.get("crv").and_then(Value::as_str) != Some("P-256")
            {
                return false;
            }
            let (Some(x), Some(y)) = (key_bytes(jwk, "x"), key_bytes(jwk, "y")) else {
                return false;
            };
            let mut point = Vec::with_capacity(65);
            point.push(4);
            point.extend(x);
            point.extend(y);
            UnparsedPublicKey::new(&signature::ECDSA_P256_SHA256_FIXED, point)
                .verify(input, sig)
                .is_ok()
        }
        _ => false,
    }
}

/// A usable operator name: 1–128 characters, no control or separator characters.
fn name_ok(n: &str) -> bool {
    !n.is_empty()
        && n.chars().count() <= 128
        && !n
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '`')
}

/// The claims of a compact JWS signed (RS256 or ES256) by one of `jwks` (the `keys` array of a
/// JWKS), and its header. Nothing about the claims is checked here.
pub fn verify_jws(token: &str, jwks: &[Value]) -> Result<(Value, Value), OidcError> {
    if token.len() > MAX_TOKEN_BYTES {
        return Err(OidcError::Malformed);
    }
    let mut parts = token.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(OidcError::Malformed);
    };
    let header: Value = serde_json::from_slice(&part(h)?).map_err(|_| OidcError::Malformed)?;
    let alg = header.get("alg").and_then(Value::as_str).unwrap_or("");
    if alg != "RS256" && alg != "ES256" {
        return Err(OidcError::Algorithm(alg.chars().take(16).collect()));
    }
    // Critical extensions this verifier does not know make the token unusable (RFC 7515 4.1.11).
    if header.get("crit").is_some() {
        return Err(OidcError::Malformed);
    }
    let sig = part(s)?;
    let input = format!("{h}.{p}");
    let kid = header.get("kid").and_then(Value::as_str);
    let candidates = jwks.iter().filter(|k| {
        let use_ok = k
            .get("use")
            .and_then(Value::as_str)
            .is_none_or(|u| u == "sig");
        let alg_ok = k
            .get("alg")
            .and_then(Value::as_str)
            .is_none_or(|a| a == alg);
        let kid_ok = kid.is_none_or(|kid| k.get("kid").and_then(Value::as_str) == Some(kid));
        use_ok && alg_ok && kid_ok
    });
    let mut any = false;
    let mut good = false;
    for k in candidates {
        any = true;
        if verifies(k, alg, input.as_bytes(), &sig) {
            good = true;
            break;
        }
    }
    if !any {
        return Err(OidcError::NoKey);
    }
    if !good {
        return Err(OidcError::Signature);
    }
    let claims: Value = serde_json::from_slice(&part(p)?).map_err(|_| OidcError::Malformed)?;
    if !claims.is_object() {
        return Err(OidcError::Malformed);
    }
    Ok((header, claims))
}

/// The key id a compact JWS names in its header, if it is one (to refresh a provider's keys
/// when a token names one not yet seen).
pub fn jws_kid(token: &str) -> Option<String> {
    let h = token.split('.').next()?;
    let header: Value = serde_json::from_slice(&part(h).ok()?).ok()?;
    header
        .get("kid")
        .and_then(Value::as_str)
        .filter(|k| k.len() <= 256)
        .map(str::to_owned)
}

/// `aud` as a list (a string or an array of strings).
pub(crate) fn audiences(claims: &Value) -> Vec<&str> {
    match claims.get("aud") {
        Some(Value::String(a)) => vec![a.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// A NumericDate claim (RFC 7519 §2: seconds, possibly fractional) as whole seconds; `None`
/// when absent, an error when present and not a finite number.
pub(crate) fn numeric_date(claims: &Value, name: &'static str) -> Result<Option<i64>, OidcError> {
    let Some(v) = claims.get(name) else {
        return Ok(None);
    };
    if let Some(i) = v.as_i64() {
        return Ok(Some(i));
    }
    match v.as_f64().filter(|f| f.is_finite()) {
        // Saturating: a date past the range of i64 is "never" (or "long ago").
        #[allow(
            clippy::cast_possible_truncation,
            reason = "saturating float to int conversion"
        )]
        Some(f) => Ok(Some(f.floor() as i64)),
        None => Err(OidcError::Claim(name)),
    }
}

/// Expiry and issue time against `now`, with [`CLOCK_SKEW_SECONDS`]; `exp` is required.
pub(crate) fn check_times(claims: &Value, now: i64) -> Result<(), OidcError> {
    let exp = numeric_date(claims, "exp")?.ok_or(OidcError::Claim("exp"))?;
    if exp.saturating_add(CLOCK_SKEW_SECONDS) <= now {
        return Err(OidcError::Claim("exp"));
    }
    if let Some(iat) = numeric_date(claims, "iat")?
        && iat > now.saturating_add(CLOCK_SKEW_SECONDS)
    {
        return Err(OidcError::Claim("iat"));
    }
    if let Some(nbf) = numeric_date(claims, "nbf")?
        && nbf > now.saturating_add(CLOCK_SKEW_SECONDS)
    {
        return Err(OidcError::Claim("nbf"));
    }
    Ok(())
}

/// Verifies an ID token against the provider's keys (`jwks`: the `keys` array of its JWKS).
pub fn verify_id_token(
    token: &str,
    jwks: &[Value],
    expect: &Expect<'_>,
) -> Result<Verified, OidcError> {
    let (_, claims) = verify_jws(token, jwks)?;
    let str_claim = |k: &str| claims.get(k).and_then(Value::as_str);
    if str_claim("iss") != Some(expect.issuer) {
        return Err(OidcError::Claim("iss"));
    }
    let audiences = audiences(&claims);
    if !audiences.contains(&expect.client_id) {
        return Err(OidcError::Claim("aud"));
    }
    if (audiences.len() > 1 || claims.get("azp").is_some())
        && str_claim("azp") != Some(expect.client_id)
    {
        return Err(OidcError::Claim("azp"));
    }
    check_times(&claims, expect.now)?;
    if str_claim("nonce") != Some(expect.nonce) {
        return Err(OidcError::Claim("nonce"));
    }
    let subject = str_claim("sub").ok_or(OidcError::Claim("sub"))?.to_owned();
    let name = str_claim(expect.name_claim)
        .filter(|n| name_ok(n))
        .ok_or_else(|| OidcError::Name(expect.name_claim.to_owned()))?
        .to_owned();
    let groups = expect
        .groups_claim
        .and_then(|g| claims.get(g))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .filter(|g| g.len() <= 128)
                .take(256)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    Ok(Verified {
        name,
        subject,
        groups,
    })
}

#[cfg(test)]
mod tests {
    use ring::rand::SystemRandom;
    use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
    use serde_json::json;

    use super::*;

    fn b64(v: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(v)
    }

    struct Key {
        pair: EcdsaKeyPair,
        jwk: Value,
    }

    fn key(kid: &str) -> Key {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
            .unwrap();
        let public = pair.public_key().as_ref();
        let jwk = json!({"kty": "EC", "crv": "P-256", "kid": kid, "use": "sig",
            "x": b64(&public[1..33]), "y": b64(&public[33..65])});
        Key { pair, jwk }
    }

    fn token(k: &Key, header: &Value, claims: &Value) -> String {
        let input = format!(
            "{}.{}",
            b64(header.to_string().as_bytes()),
            b64(claims.to_string().as_bytes())
        );
        let sig = k.pair.sign(&SystemRandom::new(), input.as_bytes()).unwrap();
        format!("{input}.{}", b64(sig.as_ref()))
    }

    fn claims() -> Value {
        json!({"iss": "https://idp.example", "aud": "warden", "sub": "u-1", "exp": 2_000_000_000i64,
            "iat": 1_000_000_000i64, "nonce": "n0nce", "preferred_username": "fiona", "groups": ["finance-leads"]})
    }

    fn expect() -> Expect<'static> {
        Expect {
            issuer: "https://idp.example",
            client_id: "warden",
            nonce: "n0nce",
            now: 1_000_000_100,
            name_claim: "preferred_username",
            groups_claim: Some("groups"),
        }
    }

    #[test]
    fn a_good_token_verifies_and_every_tampering_fails() {
        let k = key("k1");
        let jwks = vec![k.jwk.clone()];
        let header = json!({"alg": "ES256", "kid": "k1"});
        let t = token(&k, &header, &claims());
        let v = verify_id_token(&t, &jwks, &expect()).unwrap();
        assert_eq!((v.name(), v.subject()), ("fiona", "u-1"));
        assert_eq!(v.groups(), ["finance-leads"]);

        // Payload swapped under the same signature.
        let mut other = claims();
        other["preferred_username"] = json!("admin");
        let forged = token(&k, &header, &other);
        let mixed = format!(
            "{}.{}.{}",
            t.split('.').next().unwrap(),
            forged.split('.').nth(1).unwrap(),
            t.split('.').nth(2).unwrap()
        );
        assert_eq!(
            verify_id_token(&mixed, &jwks, &expect()),
            Err(OidcError::Signature)
        );
        // Signed by another key with the same kid.
        let intruder = key("k1");
        assert_eq!(
            verify_id_token(&token(&intruder, &header, &claims()), &jwks, &expect()),
            Err(OidcError::Signature)
        );
        // `none` and HMAC algorithms, unknown kid, junk.
        let none = format!(
            "{}.{}.",
            b64(br#"{"alg":"none"}"#),
            b64(claims().to_string().as_bytes())
        );
        assert!(matches!(
            verify_id_token(&none, &jwks, &expect()),
            Err(OidcError::Algorithm(_))
        ));
        let hs = token(&k, &json!({"alg": "HS256", "kid": "k1"}), &claims());
        assert!(matches!(
            verify_id_token(&hs, &jwks, &expect()),
            Err(OidcError::Algorithm(_))
        ));
        let unknown = token(&k, &json!({"alg": "ES256", "kid": "k2"}), &claims());
        assert_eq!(
            verify_id_token(&unknown, &jwks, &expect()),
            Err(OidcError::NoKey)
        );
        for junk in ["", "a.b", "a.b.c.d", "!!.!!.!!"] {
            assert!(verify_id_token(junk, &jwks, &expect()).is_err(), "{junk}");
        }
    }

    #[test]
    fn claims_must_match_the_request() {
        let k = key("k1");
        let jwks = vec![k.jwk.clone()];
        let header = json!({"alg": "ES256", "kid": "k1"});
        let cases: Vec<(&str, Value, OidcError)> = vec![
            (
                "iss",
                json!("https://evil.example"),
                OidcError::Claim("iss"),
            ),
            ("aud", json!("someone-else"), OidcError::Claim("aud")),
            ("aud", json!(["warden", "other"]), OidcError::Claim("azp")),
            (
                "exp",
                json!(1_000_000_100i64 - CLOCK_SKEW_SECONDS - 1),
                OidcError::Claim("exp"),
            ),
            (
                "iat",
                json!(1_000_000_100i64 + CLOCK_SKEW_SECONDS + 10),
                OidcError::Claim("iat"),
            ),
            ("nonce", json!("replayed"), OidcError::Claim("nonce")),
            (
                "preferred_username",
                json!("fi ona"),
                OidcError::Name("preferred_username".into()),
            ),
            (
                "preferred_username",
                json!(""),
                OidcError::Name("preferred_username".into()),
            ),
        ];
        for (k2, v, err) in cases {
            let mut c = claims();
            c[k2] = v;
            assert_eq!(
                verify_id_token(&token(&k, &header, &c), &jwks, &expect()),
                Err(err),
                "{k2}"
            );
        }
        let mut c = claims();
        c.as_object_mut().unwrap().remove("nonce");
        assert_eq!(
            verify_id_token(&token(&k, &header, &c), &jwks, &expect()),
            Err(OidcError::Claim("nonce"))
        );
        // Several audiences are fine when the authorized party is this client.
        let mut c = claims();
        c["aud"] = json!(["warden", "other"]);
        c["azp"] = json!("warden");
        assert!(verify_id_token(&token(&k, &header, &c), &jwks, &expect()).is_ok());
    }

    #[test]
    fn pkce_follows_rfc_7636() {
        // RFC 7636, Appendix B.
        assert_eq!(
            pkce("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
