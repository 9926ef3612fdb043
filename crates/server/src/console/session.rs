//! Console sessions: an operator token exchanged for a random session id in a cookie.
//!
//! The cookie carries 256 random bits; the server keeps only their SHA-256, so a memory dump
//! or a log never holds a usable session. A session ends when idle for [`IDLE`], at the latest
//! [`ABSOLUTE`] after sign-in, on sign-out, or when the token it was opened with is revoked or
//! expires (checked on every request). Each session has its own CSRF token, compared in
//! constant time on every state change. Sessions live in this process: a restart signs
//! everyone out (nothing is lost; an operator signs in again).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A session idle this long ends.
pub(crate) const IDLE: Duration = Duration::from_secs(30 * 60);
/// A session ends this long after sign-in, however active.
pub(crate) const ABSOLUTE: Duration = Duration::from_secs(12 * 3600);
/// Sessions kept at once; the oldest are dropped beyond it (a flood of sign-ins cannot grow
/// memory without bound).
pub(crate) const MAX_SESSIONS: usize = 10_000;
/// Sessions one token (or single sign-on subject) keeps at once; its oldest end beyond it, so
/// one operator signing in over and over cannot push the others out.
pub(crate) const MAX_PER_TOKEN: usize = 20;

/// One signed-in operator.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    /// Who signed in.
    pub(crate) name: String,
    /// The operator token it was opened with (re-checked on every request); for a single
    /// sign-on, the `oidc:<subject>` id.
    pub(crate) token_id: String,
    /// The operator a single sign-on vouched for (none for a token: the token says who).
    pub(crate) vouched: Option<warden_pipeline::Operator>,
    /// The CSRF token its forms carry.
    pub(crate) csrf: String,
    created: Instant,
    last: Instant,
}

/// What a cookie names.
pub(crate) enum Found {
    /// A live session (its idle clock restarted).
    Live(Session),
    /// A session that just ended by expiry (removed).
    Expired(Session),
    /// No session.
    None,
}

/// Every console session of this process.
#[derive(Default)]
pub(crate) struct Sessions {
    by_hash: Mutex<HashMap<[u8; 32], Session>>,
}

/// 256 random bits, hex.
pub(crate) fn random_token() -> Option<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).ok()?;
    Some(hex(&bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn key(cookie: &str) -> [u8; 32] {
    Sha256::digest(cookie.as_bytes()).into()
}

/// Constant-time equality of two secrets (lengths are not secret).
pub(crate) fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

impl Sessions {
    /// Opens a session for the operator token `token_id` (or the operator a single sign-on
    /// vouched for): the cookie value, and the session.
    pub(crate) fn open(
        &self,
        name: &str,
        token_id: &str,
        vouched: Option<warden_pipeline::Operator>,
    ) -> Option<(String, Session)> {
        let cookie = random_token()?;
        let now = Instant::now();
        let session = Session {
            name: name.to_owned(),
            token_id: token_id.to_owned(),
            vouched,
            csrf: random_token()?,
            created: now,
            last: now,
        };
        let mut map = self.by_hash.lock().ok()?;
        map.retain(|_, s| alive(s, now));
        loop {
            let own: Vec<([u8; 32], Instant)> = map
                .iter()
                .filter(|(_, s)| s.token_id == token_id)
                .map(|(k, s)| (*k, s.last))
                .collect();
            if own.len() < MAX_PER_TOKEN {
                break;
            }
            let oldest = own.iter().min_by_key(|(_, at)| *at).map(|(k, _)| *k)?;
            map.remove(&oldest);
        }
        while map.len() >= MAX_SESSIONS {
            let oldest = map.iter().min_by_key(|(_, s)| s.last).map(|(k, _)| *k)?;
            map.remove(&oldest);
        }
        map.insert(key(&cookie), session.clone());
        Some((cookie, session))
    }

    /// The session a cookie names; a live one's idle clock restarts.
    pub(crate) fn find(&self, cookie: &str) -> Found {
        let Ok(mut map) = self.by_hash.lock() else {
            return Found::None;
        };
        let k = key(cookie);
        let now = Instant::now();
        match map.get_mut(&k) {
            Some(s) if alive(s, now) => {
                s.last = now;
                Found::Live(s.clone())
            }
            Some(_) => map.remove(&k).map_or(Found::None, Found::Expired),
            None => Found::None,
        }
    }

    /// Ends the session a cookie names.
    pub(crate) fn close(&self, cookie: &str) -> Option<Session> {
        self.by_hash.lock().ok()?.remove(&key(cookie))
    }

    /// The live sessions: who, how (token id or `oidc:` subject), for how long signed in and
    /// idle.
    pub(crate) fn list(&self) -> Vec<(String, String, Duration, Duration)> {
        let now = Instant::now();
        let Ok(map) = self.by_hash.lock() else {
            return Vec::new();
        };
        let mut out: Vec<_> = map
            .values()
            .filter(|s| alive(s, now))
            .map(|s| {
                (
                    s.name.clone(),
                    s.token_id.clone(),
                    now.duration_since(s.created),
                    now.duration_since(s.last),
                )
            })
            .collect();
        out.sort();
        out
    }

    /// Ends every session of operator `name` (however they signed in); how many ended.
    pub(crate) fn close_operator(&self, name: &str) -> usize {
        let Ok(mut map) = self.by_hash.lock() else {
            return 0;
        };
        let before = map.len();
        map.retain(|_, s| s.name != name);
        before - map.len()
    }

    /// Ends every session opened with a token (it was revoked or expired).
    pub(crate) fn close_token(&self, token_id: &str) {
        if let Ok(mut map) = self.by_hash.lock() {
            map.retain(|_, s| s.token_id != token_id);
        }
    }

    #[cfg(test)]
    pub(crate) fn age(&self, cookie: &str, by: Duration) {
        if let Ok(mut map) = self.by_hash.lock()
            && let Some(s) = map.get_mut(&key(cookie))
        {
            s.created = s.created.checked_sub(by).unwrap_or(s.created);
            s.last = s.last.checked_sub(by).unwrap_or(s.last);
        }
    }
}

fn alive(s: &Session, now: Instant) -> bool {
    now.duration_since(s.last) < IDLE && now.duration_since(s.created) < ABSOLUTE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_is_found_by_its_cookie_only() {
        let sessions = Sessions::default();
        let (cookie, s) = sessions.open("fiona", "tok_1", None).unwrap();
        assert_eq!(cookie.len(), 64);
        assert!(matches!(sessions.find(&cookie), Found::Live(f) if f.csrf == s.csrf));
        assert!(matches!(sessions.find(&cookie.to_uppercase()), Found::None));
        assert!(matches!(sessions.find(""), Found::None));
        // The map holds the cookie's hash, never the cookie.
        let map = sessions.by_hash.lock().unwrap();
        assert!(!map.keys().any(|k| hex(k) == cookie));
    }

    #[test]
    fn idle_and_absolute_expiry_end_a_session() {
        let sessions = Sessions::default();
        let (cookie, _) = sessions.open("fiona", "tok_1", None).unwrap();
        sessions.age(&cookie, IDLE + Duration::from_secs(1));
        assert!(matches!(sessions.find(&cookie), Found::Expired(_)));
        assert!(matches!(sessions.find(&cookie), Found::None));

        let (cookie, _) = sessions.open("fiona", "tok_1", None).unwrap();
        if let Ok(mut map) = sessions.by_hash.lock()
            && let Some(s) = map.get_mut(&key(&cookie))
        {
            // Active a second ago, but signed in longer ago than the absolute limit.
            s.created = s.created.checked_sub(ABSOLUTE).unwrap();
        }
        assert!(matches!(sessions.find(&cookie), Found::Expired(_)));
    }

    #[test]
    fn one_token_keeps_a_bounded_number_of_sessions() {
        let sessions = Sessions::default();
        let (other, _) = sessions.open("olga", "tok_other", None).unwrap();
        let first = sessions.open("fiona", "tok_1", None).unwrap().0;
        for _ in 0..MAX_PER_TOKEN {
            sessions.open("fiona", "tok_1", None).unwrap();
        }
        assert!(
            matches!(sessions.find(&first), Found::None),
            "its oldest ended"
        );
        assert!(
            matches!(sessions.find(&other), Found::Live(_)),
            "others untouched"
        );
        let count = sessions
            .by_hash
            .lock()
            .unwrap()
            .values()
            .filter(|s| s.token_id == "tok_1")
            .count();
        assert_eq!(count, MAX_PER_TOKEN);
    }

    #[test]
    fn sign_out_and_revocation_end_sessions() {
        let sessions = Sessions::default();
        let (a, _) = sessions.open("fiona", "tok_1", None).unwrap();
        let (b, _) = sessions.open("fiona", "tok_1", None).unwrap();
        let (c, _) = sessions.open("olga", "tok_2", None).unwrap();
        assert!(sessions.close(&a).is_some());
        assert!(matches!(sessions.find(&a), Found::None));
        sessions.close_token("tok_1");
        assert!(matches!(sessions.find(&b), Found::None));
        assert!(matches!(sessions.find(&c), Found::Live(_)));
    }

    #[test]
    fn an_operator_is_signed_out_everywhere() {
        let sessions = Sessions::default();
        let (a, _) = sessions.open("fiona", "tok_1", None).unwrap();
        let (b, _) = sessions.open("fiona", "oidc:fiona-sub", None).unwrap();
        let (c, _) = sessions.open("olga", "tok_2", None).unwrap();
        assert_eq!(sessions.list().len(), 3);
        assert_eq!(sessions.close_operator("fiona"), 2);
        assert!(matches!(sessions.find(&a), Found::None));
        assert!(matches!(sessions.find(&b), Found::None));
        assert!(matches!(sessions.find(&c), Found::Live(_)));
    }

    #[test]
    fn secrets_compare_exactly() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
        assert!(!same_secret("", "a"));
    }
}
