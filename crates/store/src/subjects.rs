//! The subject vault: personal data behind the audit log's placeholders, encrypted under one
//! key per data subject, so that erasing a person destroys their key and values while every
//! record, hash and Merkle node stays as it was.
//!
//! - A *subject* is one normalised identifier (an e-mail address, a phone number's digits, an
//!   IBAN, an IP address).
//!   It gets a random id and a random 256-bit key. The identifier itself is stored only as
//!   HMAC-SHA-256 under an index key, for lookup by someone who already knows it.
//! - Every pseudonymised value of a record is stored once per owner, XChaCha20-Poly1305 under
//!   the owner's key, bound (AAD) to its record, field and placeholder. An identifier's owner
//!   is its own subject; any other personal value (a card, a name, an address) is owned by
//!   every subject identified in the same record. A value with no identifier beside it has no
//!   owner and is not kept: its placeholder stays a mask.
//! - Erasure deletes the subjects' keys, index entries and values (every copy of a value they
//!   owned, also copies under other owners).
//!
//! The logic is here once; each store implements [`SubjectDb`], the few statements it needs.

use std::collections::{BTreeMap, BTreeSet};

use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use sha2::{Digest, Sha256};
use warden_types::{Approval, ApprovalState, AuditRecord, PersonalValue};
use zeroize::Zeroizing;

use crate::{Located, StoreError, SubjectRecord};

/// A stored, encrypted value: (seq, field, placeholder, label, nonce, ciphertext).
pub(crate) type SealedRow = (u64, String, String, String, Vec<u8>, Vec<u8>);

/// The statements the subject vault needs from a store, inside its transaction.
pub(crate) trait SubjectDb {
    /// A value of `subject_meta`.
    fn meta(&mut self, key: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// Sets a value of `subject_meta` (only if absent).
    fn put_meta(&mut self, key: &str, value: &[u8]) -> Result<(), StoreError>;
    /// The subject of an index entry.
    fn find(&mut self, hash: &[u8; 32]) -> Result<Option<String>, StoreError>;
    /// Creates a subject with its key and index entry.
    fn create(
        &mut self,
        id: &str,
        key: &[u8],
        now: &str,
        hash: &[u8; 32],
        kind: &str,
    ) -> Result<(), StoreError>;
    /// A subject's key.
    fn key(&mut self, subject: &str) -> Result<Vec<u8>, StoreError>;
    /// Stores one sealed value.
    fn insert_value(&mut self, subject: &str, row: &SealedRow) -> Result<(), StoreError>;
    /// A subject's sealed values, oldest record first.
    fn values(&mut self, subject: &str) -> Result<Vec<SealedRow>, StoreError>;
    /// The stored text of record `seq`.
    fn record(&mut self, seq: u64) -> Result<String, StoreError>;
    /// The sealed values of record `seq`, with their subjects: (subject, row).
    fn record_values(&mut self, seq: u64) -> Result<Vec<(String, SealedRow)>, StoreError>;
    /// A stored approval's body (JSON), by action id.
    fn approval_body(&mut self, id: &str) -> Result<Option<String>, StoreError>;
    /// Replaces a stored approval's state and body.
    fn set_approval(&mut self, id: &str, state: &str, body: &str) -> Result<(), StoreError>;
    /// Deletes every value the subject owns, and other owners' copies of them; how many.
    fn delete_values(&mut self, subject: &str) -> Result<u64, StoreError>;
    /// Deletes the subject's key and index entries.
    fn delete_subject(&mut self, subject: &str) -> Result<(), StoreError>;
}

/// The subject vault's statements, once for every backend.
pub(crate) struct SqlSubjects<'a>(pub(crate) &'a mut dyn crate::sql::Sql);

fn seq_val(seq: u64) -> Result<crate::sql::Val, StoreError> {
    i64::try_from(seq)
        .map(crate::sql::Val::Int)
        .map_err(|_| StoreError::Corrupt("sequence overflow".into()))
}

impl SubjectDb for SqlSubjects<'_> {
    fn meta(&mut self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.0
            .row("SELECT v FROM subject_meta WHERE k = ?1", &[key.into()])?
            .map(|r| r.bytes(0))
            .transpose()
    }
    fn put_meta(&mut self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.0.exec(
            "INSERT INTO subject_meta (k, v) VALUES (?1, ?2) ON CONFLICT (k) DO NOTHING",
            &[key.into(), crate::sql::Val::Bytes(value.to_vec())],
        )?;
        Ok(())
    }
    fn find(&mut self, hash: &[u8; 32]) -> Result<Option<String>, StoreError> {
        self.0
            .row(
                "SELECT subject FROM subject_index WHERE hash = ?1",
                &[crate::sql::Val::Bytes(hash.to_vec())],
            )?
            .map(|r| r.text(0))
            .transpose()
    }
    fn create(
        &mut self,
        id: &str,
        key: &[u8],
        now: &str,
        hash: &[u8; 32],
        kind: &str,
    ) -> Result<(), StoreError> {
        self.0.exec(
            "INSERT INTO subjects (id, key, created) VALUES (?1, ?2, ?3)",
            &[id.into(), crate::sql::Val::Bytes(key.to_vec()), now.into()],
        )?;
        self.0.exec(
            "INSERT INTO subject_index (hash, subject, kind) VALUES (?1, ?2, ?3)",
            &[
                crate::sql::Val::Bytes(hash.to_vec()),
                id.into(),
                kind.into(),
            ],
        )?;
        Ok(())
    }
    fn key(&mut self, subject: &str) -> Result<Vec<u8>, StoreError> {
        self.0
            .row("SELECT key FROM subjects WHERE id = ?1", &[subject.into()])?
            .ok_or_else(|| StoreError::Corrupt(format!("no key for subject `{subject}`")))?
            .bytes(0)
    }
    fn insert_value(&mut self, subject: &str, row: &SealedRow) -> Result<(), StoreError> {
        let (seq, field, placeholder, label, nonce, ct) = row;
        self.0.exec(
            "INSERT INTO personal_values (seq, field, placeholder, subject, label, nonce, ct)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            &[
                seq_val(*seq)?,
                field.into(),
                placeholder.into(),
                subject.into(),
                label.into(),
                crate::sql::Val::Bytes(nonce.clone()),
                crate::sql::Val::Bytes(ct.clone()),
            ],
        )?;
        Ok(())
    }
    fn values(&mut self, subject: &str) -> Result<Vec<SealedRow>, StoreError> {
        self.0
            .rows(
                "SELECT seq, field, placeholder, label, nonce, ct FROM personal_values
                 WHERE subject = ?1 ORDER BY seq",
                &[subject.into()],
            )?
            .iter()
            .map(|r| {
                Ok((
                    u64::try_from(r.int(0)?).unwrap_or(0),
                    r.text(1)?,
                    r.text(2)?,
                    r.text(3)?,
                    r.bytes(4)?,
                    r.bytes(5)?,
                ))
            })
            .collect()
    }
    fn record_values(&mut self, seq: u64) -> Result<Vec<(String, SealedRow)>, StoreError> {
        self.0
            .rows(
                "SELECT subject, seq, field, placeholder, label, nonce, ct FROM personal_values
                 WHERE seq = ?1",
                &[seq_val(seq)?],
            )?
            .iter()
            .map(|r| {
                Ok((
                    r.text(0)?,
                    (
                        u64::try_from(r.int(1)?).unwrap_or(0),
                        r.text(2)?,
                        r.text(3)?,
                        r.text(4)?,
                        r.bytes(5)?,
                        r.bytes(6)?,
                    ),
                ))
            })
            .collect()
    }
    fn record(&mut self, seq: u64) -> Result<String, StoreError> {
        self.0
            .row(
                "SELECT CASE WHEN purged = ?2 THEN record ELSE '' END FROM audit WHERE seq = ?1",
                &[seq_val(seq)?, crate::sql::Val::Bool(false)],
            )?
            .ok_or_else(|| StoreError::Corrupt(format!("no record {seq}")))?
            .text(0)
    }
    fn approval_body(&mut self, id: &str) -> Result<Option<String>, StoreError> {
        self.0
            .row("SELECT body FROM approvals WHERE id = ?1", &[id.into()])?
            .map(|r| r.text(0))
            .transpose()
    }
    fn set_approval(&mut self, id: &str, state: &str, body: &str) -> Result<(), StoreError> {
        self.0.exec(
            "UPDATE approvals SET state = ?2, body = ?3 WHERE id = ?1",
            &[id.into(), state.into(), body.into()],
        )?;
        Ok(())
    }
    fn delete_values(&mut self, subject: &str) -> Result<u64, StoreError> {
        self.0.exec(
            "DELETE FROM personal_values WHERE (seq, field, placeholder) IN
               (SELECT seq, field, placeholder FROM personal_values WHERE subject = ?1)",
            &[subject.into()],
        )
    }
    fn delete_subject(&mut self, subject: &str) -> Result<(), StoreError> {
        self.0.exec(
            "DELETE FROM subject_index WHERE subject = ?1",
            &[subject.into()],
        )?;
        self.0
            .exec("DELETE FROM subjects WHERE id = ?1", &[subject.into()])?;
        Ok(())
    }
}

/// Labels whose values identify a data subject: what a person is reached, paid or seen by.
/// A value is kept only when one of these is in the same record (names alone, cards alone are
/// not: a card number is not a way to find a person's records, and keeping it would be PCI
/// scope).
const IDENTIFIERS: &[&str] = &["EMAIL", "PHONE", "IBAN", "IP"];

/// An IBAN's normalised form: no spaces, upper case, the shape ISO 13616 gives it (country
/// letters, check digits, 11 to 30 letters or digits).
fn iban(value: &str) -> Option<String> {
    let n: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let b = n.as_bytes();
    let shaped =
        |r: std::ops::Range<usize>, f: fn(&u8) -> bool| b.get(r).is_some_and(|p| p.iter().all(f));
    ((15..=34).contains(&b.len())
        && shaped(0..2, u8::is_ascii_uppercase)
        && shaped(2..4, u8::is_ascii_digit)
        && b.iter().all(u8::is_ascii_alphanumeric))
    .then_some(n)
}

/// The normalised form of an identifier found in data (`label` is the placeholder label).
fn normalise(label: &str, value: &str) -> Option<String> {
    match label {
        "EMAIL" => Some(value.trim().to_lowercase()),
        "PHONE" => {
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            let digits = digits
                .strip_prefix("00")
                .map(str::to_owned)
                .unwrap_or(digits);
            (digits.len() >= 7).then_some(digits)
        }
        "IBAN" => iban(value),
        // The canonical text of the address (IPv6 compressed, lower case).
        "IP" => value
            .trim()
            .parse::<std::net::IpAddr>()
            .ok()
            .map(|ip| ip.to_string()),
        _ => None,
    }
}

/// An identifier as an operator gives it (`alice@example.com`, `+44 20 7946 0958`,
/// `DE44 5001 0517 5407 3249 31`, `203.0.113.7`): its label and normalised form, or why it is
/// not one.
pub fn parse_identifier(id: &str) -> Result<(&'static str, String), String> {
    let id = id.trim();
    if id.is_empty() || id.len() > 320 {
        return Err("an identifier is 1 to 320 characters".into());
    }
    if id.contains('@') {
        return Ok(("EMAIL", normalise("EMAIL", id).unwrap_or_default()));
    }
    if let Some(ip) = normalise("IP", id) {
        return Ok(("IP", ip));
    }
    if let Some(iban) = iban(id) {
        return Ok(("IBAN", iban));
    }
    if id
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c))
    {
        return normalise("PHONE", id)
            .map(|n| ("PHONE", n))
            .ok_or_else(|| format!("`{id}` has too few digits for a phone number"));
    }
    Err(format!(
        "`{id}` is not an e-mail address, phone number, IBAN or IP address"
    ))
}

/// HMAC-SHA-256 (RFC 2104).
fn hmac(key: &[u8; 32], message: &[u8]) -> [u8; 32] {
    let mut block = [0u8; 64];
    block[..32].copy_from_slice(key);
    let mut inner = Sha256::new();
    inner.update(block.map(|b| b ^ 0x36));
    inner.update(message);
    let mut outer = Sha256::new();
    outer.update(block.map(|b| b ^ 0x5c));
    outer.update(inner.finalize());
    block.fill(0);
    outer.finalize().into()
}

fn random<const N: usize>() -> Result<[u8; N], StoreError> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(|e| StoreError::Database(format!("no randomness: {e}")))?;
    Ok(b)
}

/// The key that turns identifiers into index entries (created on first use).
fn index_key(db: &mut dyn SubjectDb) -> Result<Zeroizing<[u8; 32]>, StoreError> {
    if let Some(v) = db.meta("index_key")? {
        let key: [u8; 32] = v
            .try_into()
            .map_err(|_| StoreError::Corrupt("subject index key".into()))?;
        return Ok(Zeroizing::new(key));
    }
    let key = Zeroizing::new(random::<32>()?);
    db.put_meta("index_key", key.as_slice())?;
    // Another process may have created it first: use what is stored.
    let stored: [u8; 32] = db
        .meta("index_key")?
        .ok_or_else(|| StoreError::Corrupt("subject index key".into()))?
        .try_into()
        .map_err(|_| StoreError::Corrupt("subject index key".into()))?;
    Ok(Zeroizing::new(stored))
}

fn index_hash(key: &[u8; 32], label: &str, normalised: &str) -> [u8; 32] {
    hmac(key, format!("{label}:{normalised}").as_bytes())
}

fn subject_key(db: &mut dyn SubjectDb, subject: &str) -> Result<Zeroizing<[u8; 32]>, StoreError> {
    let key: [u8; 32] = db
        .key(subject)?
        .try_into()
        .map_err(|_| StoreError::Corrupt("subject key".into()))?;
    Ok(Zeroizing::new(key))
}

fn aad(seq: u64, field: &str, placeholder: &str) -> Vec<u8> {
    format!("warden.subject.v1\n{seq}\n{field}\n{placeholder}").into_bytes()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Keeps the personal values of record `seq` under their owners' keys (inside the append's
/// transaction).
pub(crate) fn keep(
    db: &mut dyn SubjectDb,
    seq: u64,
    values: &[PersonalValue],
    now: &str,
) -> Result<(), StoreError> {
    if values.is_empty() {
        return Ok(());
    }
    let ikey = index_key(db)?;
    // Each identifier's subject, created on first sight.
    let mut owners: BTreeMap<usize, String> = BTreeMap::new();
    for (i, v) in values.iter().enumerate() {
        if !IDENTIFIERS.contains(&v.label) {
            continue;
        }
        let Some(norm) = normalise(v.label, &v.value) else {
            continue;
        };
        let hash = index_hash(&ikey, v.label, &norm);
        let subject = match db.find(&hash)? {
            Some(s) => s,
            None => {
                let id = format!("sub_{}", hex(&random::<12>()?));
                let key = Zeroizing::new(random::<32>()?);
                db.create(&id, key.as_slice(), now, &hash, v.label)?;
                id
            }
        };
        owners.insert(i, subject);
    }
    if owners.is_empty() {
        return Ok(());
    }
    let everyone: BTreeSet<&String> = owners.values().collect();
    for (i, v) in values.iter().enumerate() {
        let mine: Vec<&String> = match owners.get(&i) {
            Some(own) => vec![own],
            None => everyone.iter().copied().collect(),
        };
        for subject in mine {
            let key = subject_key(db, subject)?;
            let nonce = random::<24>()?;
            let ct = XChaCha20Poly1305::new((&*key).into())
                .encrypt(
                    (&nonce).into(),
                    Payload {
                        msg: v.value.as_bytes(),
                        aad: &aad(seq, v.field, &v.placeholder),
                    },
                )
                .map_err(|_| StoreError::Database("cannot encrypt a personal value".into()))?;
            db.insert_value(
                subject,
                &(
                    seq,
                    v.field.to_owned(),
                    v.placeholder.clone(),
                    v.label.to_owned(),
                    nonce.to_vec(),
                    ct,
                ),
            )?;
        }
    }
    Ok(())
}

/// The subjects of `ids` (in order; `None` where Warden holds no data for one). Reads only
/// (no index key yet means no subject yet).
fn subjects_of(db: &mut dyn SubjectDb, ids: &[String]) -> Result<Vec<Option<String>>, StoreError> {
    for id in ids {
        parse_identifier(id).map_err(StoreError::Range)?;
    }
    let Some(stored) = db.meta("index_key")? else {
        return Ok(vec![None; ids.len()]);
    };
    let ikey: Zeroizing<[u8; 32]> = Zeroizing::new(
        stored
            .try_into()
            .map_err(|_| StoreError::Corrupt("subject index key".into()))?,
    );
    ids.iter()
        .map(|id| {
            let (label, norm) = parse_identifier(id).map_err(StoreError::Range)?;
            db.find(&index_hash(&ikey, label, &norm))
        })
        .collect()
}

/// One decrypted value: (seq, field, placeholder, label, value).
type Opened = (u64, String, String, String, Zeroizing<String>);

fn open_values(db: &mut dyn SubjectDb, subject: &str) -> Result<Vec<Opened>, StoreError> {
    let key = subject_key(db, subject)?;
    let mut out = Vec::new();
    for (seq, field, placeholder, label, nonce, ct) in db.values(subject)? {
        let value = open(&key, seq, &field, &placeholder, nonce, &ct)?;
        out.push((seq, field, placeholder, label, value));
    }
    Ok(out)
}

/// Decrypts one sealed value of record `seq` with its subject's key.
fn open(
    key: &[u8; 32],
    seq: u64,
    field: &str,
    placeholder: &str,
    nonce: Vec<u8>,
    ct: &[u8],
) -> Result<Zeroizing<String>, StoreError> {
    let nonce: [u8; 24] = nonce
        .try_into()
        .map_err(|_| StoreError::Corrupt("personal value nonce".into()))?;
    let plain = XChaCha20Poly1305::new(key.into())
        .decrypt(
            (&nonce).into(),
            Payload {
                msg: ct,
                aad: &aad(seq, field, placeholder),
            },
        )
        .map_err(|_| {
            StoreError::Corrupt(format!("a personal value of record {seq} does not decrypt"))
        })?;
    String::from_utf8(plain)
        .map(Zeroizing::new)
        .map_err(|_| StoreError::Corrupt("personal value".into()))
}

/// The personal values of each record of `seqs` (field, placeholder, value), decrypted with
/// their subjects' keys; a value whose subject was erased is gone, so its placeholder stays.
pub(crate) fn restore(db: &mut dyn SubjectDb, seqs: &[u64]) -> Result<crate::Restored, StoreError> {
    let mut keys: BTreeMap<String, Zeroizing<[u8; 32]>> = BTreeMap::new();
    let mut out: crate::Restored = BTreeMap::new();
    for &seq in seqs {
        for (subject, (seq, field, placeholder, _, nonce, ct)) in db.record_values(seq)? {
            if !keys.contains_key(&subject) {
                let k = subject_key(db, &subject)?;
                keys.insert(subject.clone(), k);
            }
            let Some(key) = keys.get(&subject) else {
                continue;
            };
            let value = open(key, seq, &field, &placeholder, nonce, &ct)?.to_string();
            out.entry(seq)
                .or_default()
                .push((field, placeholder, value));
        }
    }
    Ok(out)
}

fn record_at(db: &mut dyn SubjectDb, seq: u64) -> Result<AuditRecord, StoreError> {
    serde_json::from_str(&db.record(seq)?)
        .map_err(|e| StoreError::Corrupt(format!("audit record: {e}")))
}

/// Every record holding data of the subjects of `ids`.
pub(crate) fn locate(db: &mut dyn SubjectDb, ids: &[String]) -> Result<Located, StoreError> {
    let found = subjects_of(db, ids)?;
    let mut by_seq: BTreeMap<u64, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    let mut subjects = Vec::new();
    for subject in found.iter().flatten() {
        subjects.push(subject.clone());
        for (seq, _, _, label, _, _) in db.values(subject)? {
            let e = by_seq.entry(seq).or_default();
            e.0.insert(label);
            e.1.insert(subject.clone());
        }
    }
    let mut records = Vec::new();
    for (seq, (labels, subs)) in by_seq {
        let r = record_at(db, seq)?;
        records.push(SubjectRecord {
            seq,
            ts: r.ts,
            event: r.event.event.as_str().to_owned(),
            agent: r.event.agent,
            tool: r.event.tool,
            action_id: r.event.action_id,
            systems: r.event.systems,
            labels: labels.into_iter().collect(),
            subjects: subs.into_iter().collect(),
        });
    }
    Ok(Located {
        subjects,
        unknown: found
            .iter()
            .enumerate()
            .filter(|(_, s)| s.is_none())
            .map(|(i, _)| i)
            .collect(),
        records,
    })
}

/// The records holding the subjects' data, with their placeholders replaced by the subjects'
/// own values (other people's stay placeholders).
pub(crate) fn export(
    db: &mut dyn SubjectDb,
    ids: &[String],
) -> Result<(Located, Vec<serde_json::Value>), StoreError> {
    let located = locate(db, ids)?;
    let mut values: BTreeMap<u64, Vec<(String, String, Zeroizing<String>)>> = BTreeMap::new();
    for subject in &located.subjects {
        for (seq, field, placeholder, _, value) in open_values(db, subject)? {
            values
                .entry(seq)
                .or_default()
                .push((field, placeholder, value));
        }
    }
    let mut out = Vec::new();
    for r in &located.records {
        let record = record_at(db, r.seq)?;
        let mut v = serde_json::to_value(&record)
            .map_err(|e| StoreError::Corrupt(format!("audit record: {e}")))?;
        for (field, placeholder, value) in values.get(&r.seq).into_iter().flatten() {
            let targets: &[&str] = match field.as_str() {
                "input" => &["input"],
                "output" => &["output"],
                _ => &["input", "output"],
            };
            for t in targets {
                if let Some(part) = v.get_mut(*t) {
                    replace_in(part, placeholder, value);
                }
            }
        }
        out.push(v);
    }
    Ok((located, out))
}

/// Replaces `value` by `[ERASED]` inside every string (and object key) of `v`.
fn scrub(v: &mut serde_json::Value, value: &str) -> bool {
    match v {
        serde_json::Value::String(s) if s.contains(value) => {
            *s = s.replace(value, "[ERASED]");
            true
        }
        serde_json::Value::Array(a) => a.iter_mut().fold(false, |c, x| scrub(x, value) | c),
        serde_json::Value::Object(o) => {
            let mut changed = false;
            let keys: Vec<String> = o.keys().filter(|k| k.contains(value)).cloned().collect();
            for k in keys {
                if let Some(x) = o.remove(&k) {
                    o.insert(k.replace(value, "[ERASED]"), x);
                    changed = true;
                }
            }
            o.values_mut().fold(changed, |c, x| scrub(x, value) | c)
        }
        _ => false,
    }
}

fn replace_in(v: &mut serde_json::Value, placeholder: &str, value: &str) {
    match v {
        serde_json::Value::String(s) if s.contains(placeholder) => {
            *s = s.replace(placeholder, value);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| replace_in(x, placeholder, value)),
        serde_json::Value::Object(o) => o
            .values_mut()
            .for_each(|x| replace_in(x, placeholder, value)),
        _ => {}
    }
}

/// What an erasure destroyed.
pub(crate) struct Destroyed {
    pub located: Located,
    pub values: u64,
    pub approvals: u64,
    /// Pending approvals cancelled because their arguments held erased data.
    pub cancelled: Vec<Approval>,
}

/// Destroys the subjects of `ids`: keys, index entries, every value they own (all copies),
/// and their values inside stored approvals.
pub(crate) fn erase(db: &mut dyn SubjectDb, ids: &[String]) -> Result<Destroyed, StoreError> {
    let located = locate(db, ids)?;
    // Held actions keep their raw arguments in `approvals`: the values are replaced inside the
    // string values of the approvals of the actions that carried them (longest first, so a
    // value inside a longer one goes with it).
    let mut plain: BTreeSet<(usize, String)> = BTreeSet::new();
    for subject in &located.subjects {
        for (_, _, _, _, value) in open_values(db, subject)? {
            if !value.is_empty() {
                plain.insert((usize::MAX - value.len(), value.to_string()));
            }
        }
    }
    let actions: BTreeSet<&String> = located
        .records
        .iter()
        .filter_map(|r| r.action_id.as_ref())
        .collect();
    let mut approvals = 0u64;
    let mut cancelled = Vec::new();
    for id in actions {
        let Some(body) = db.approval_body(id)? else {
            continue;
        };
        let mut v: serde_json::Value = serde_json::from_str(&body)
            .map_err(|e| StoreError::Corrupt(format!("approval: {e}")))?;
        let mut changed = false;
        for (_, value) in &plain {
            changed |= scrub(&mut v, value);
        }
        if !changed {
            continue;
        }
        approvals += 1;
        let corrupt = |e: serde_json::Error| StoreError::Corrupt(format!("approval: {e}"));
        let mut a: Approval = serde_json::from_value(v).map_err(corrupt)?;
        if a.state == ApprovalState::Pending {
            // What was held is no longer what was asked (and could not run: its arguments
            // no longer hash to what approvers would approve): withdrawn, with the agent told.
            a.state = ApprovalState::Cancelled;
            a.result = Some(warden_types::StoredResponse {
                status: 403,
                body: serde_json::json!({
                    "code": "approval_cancelled",
                    "message": "withdrawn: a data subject in its arguments was erased",
                    "action_id": a.action.id,
                    "status": "cancelled",
                }),
            });
            cancelled.push(a.clone());
        }
        let body = serde_json::to_string(&a).map_err(corrupt)?;
        db.set_approval(id, a.state.as_str(), &body)?;
    }
    let mut values = 0u64;
    for subject in &located.subjects {
        values += db.delete_values(subject)?;
        db.delete_subject(subject)?;
    }
    Ok(Destroyed {
        located,
        values,
        approvals,
        cancelled,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex32(s: &str) -> [u8; 32] {
        let v: Vec<u8> = (0..64)
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect();
        v.try_into().unwrap()
    }

    #[test]
    fn hmac_known_answers() {
        // RFC 4231 test cases 1 and 2: keys shorter than the block are zero-padded, so a
        // 32-byte key with trailing zeros is the same key.
        let mut key = [0u8; 32];
        key[..20].fill(0x0b);
        assert_eq!(
            hmac(&key, b"Hi There"),
            hex32("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        );
        let mut key = [0u8; 32];
        key[..4].copy_from_slice(b"Jefe");
        assert_eq!(
            hmac(&key, b"what do ya want for nothing?"),
            hex32("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        );
    }

    #[test]
    fn scrubbing_keeps_the_json_and_reaches_short_values() {
        let mut v = serde_json::json!({
            "action": {"arguments": {"to": "ada@example.com", "body": "Dear Ada", "Ada": 3}},
            "args_hash": "abc",
            "n": 12
        });
        assert!(scrub(&mut v, "ada@example.com"));
        assert!(scrub(&mut v, "Ada"));
        assert_eq!(v["action"]["arguments"]["to"], "[ERASED]");
        assert_eq!(v["action"]["arguments"]["body"], "Dear [ERASED]");
        assert_eq!(v["action"]["arguments"]["[ERASED]"], 3);
        assert_eq!(v["n"], 12);
        assert!(!scrub(&mut v, "Bob"));
    }

    #[test]
    fn identifiers_are_normalised() {
        assert_eq!(
            parse_identifier(" Alice@Example.COM ").unwrap(),
            ("EMAIL", "alice@example.com".to_owned())
        );
        assert_eq!(
            parse_identifier("+44 (20) 7946-0958").unwrap(),
            ("PHONE", "442079460958".to_owned())
        );
        assert_eq!(
            parse_identifier("0044 20 7946 0958").unwrap().1,
            "442079460958"
        );
        assert!(parse_identifier("12 34").is_err());
        assert!(parse_identifier("bob").is_err());
        assert!(parse_identifier("").is_err());
    }
}
