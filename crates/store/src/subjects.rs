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
//! - A value with more than one owner is stored once, under a random *group key* of its
//!   record, and the group key once per owner, under that owner's key (a row of field
//!   `#group`, placeholder `#g1`, label `#KEY`; the values' rows name the group as their
//!   subject). A record with a hundred subjects and a hundred names is two hundred rows, not
//!   ten thousand copies. (Records written before group keys hold one copy per owner; both
//!   are read.)
//! - Erasure deletes the subjects' keys, index entries and values: every value they owned,
//!   also copies under other owners, and every group they were in with all of the group's
//!   keys and values.
//! - A record's rows are written with a few multi-row statements, and its subjects found
//!   with one query per 64 identifiers: the writer's transaction is not a round trip per
//!   value.
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
    /// The subjects (id, key) of the index entries that exist among `hashes`.
    fn find(&mut self, hashes: &[[u8; 32]]) -> Result<Found, StoreError>;
    /// Creates subjects with their keys and index entries.
    fn create(&mut self, subjects: &[NewSubject], now: &str) -> Result<(), StoreError>;
    /// A subject's key.
    fn key(&mut self, subject: &str) -> Result<Vec<u8>, StoreError>;
    /// Stores sealed values: (subject, row).
    fn insert_values(&mut self, rows: Vec<(String, SealedRow)>) -> Result<(), StoreError>;
    /// A subject's sealed values, and the values of every group whose key it holds: (the
    /// row's subject, row), oldest record first.
    fn values(&mut self, subject: &str) -> Result<Vec<(String, SealedRow)>, StoreError>;
    /// The stored text of record `seq`.
    fn record(&mut self, seq: u64) -> Result<String, StoreError>;
    /// The sealed values of record `seq`, with their subjects: (subject, row).
    fn record_values(&mut self, seq: u64) -> Result<Vec<(String, SealedRow)>, StoreError>;
    /// A stored approval's body (JSON), by action id.
    fn approval_body(&mut self, id: &str) -> Result<Option<String>, StoreError>;
    /// Replaces a stored approval's state and body.
    fn set_approval(&mut self, id: &str, state: &str, body: &str) -> Result<(), StoreError>;
    /// Deletes every value the subject owns, other owners' copies of them, and the groups it
    /// is in (their keys and values); how many values.
    fn delete_values(&mut self, subject: &str) -> Result<u64, StoreError>;
    /// Deletes the subject's key and index entries.
    fn delete_subject(&mut self, subject: &str) -> Result<(), StoreError>;
}

/// The `field` of a row that holds a group key wrapped for one owner.
const GROUP_FIELD: &str = "#group";
/// The `label` of such a row.
const GROUP_KEY: &str = "#KEY";

/// A subject to create: (id, key, index hash, kind).
pub(crate) type NewSubject = (String, Zeroizing<[u8; 32]>, [u8; 32], &'static str);

/// Subjects by index hash: (id, key).
pub(crate) type Found = BTreeMap<[u8; 32], (String, Zeroizing<[u8; 32]>)>;

/// Rows per multi-row statement, largest first: a batch of any size is a few statements of
/// these sizes, so the statement caches hold few distinct texts.
const CHUNKS: [usize; 4] = [64, 16, 4, 1];

/// `rows` in pieces of the sizes of [`CHUNKS`].
fn chunked<T>(mut rows: Vec<T>) -> Vec<Vec<T>> {
    let mut out = Vec::new();
    while !rows.is_empty() {
        let n = CHUNKS
            .iter()
            .copied()
            .find(|&n| n <= rows.len())
            .unwrap_or(1);
        let rest = rows.split_off(n);
        out.push(std::mem::replace(&mut rows, rest));
    }
    out
}

/// `(?1, ?2), (?3, ?4)` for `rows` rows of `width` values.
fn tuples(rows: usize, width: usize) -> String {
    (0..rows)
        .map(|r| {
            let one: Vec<String> = (1..=width).map(|c| format!("?{}", r * width + c)).collect();
            format!("({})", one.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A `personal_values` row as `values` and `record_values` select it.
fn sealed_row(r: &crate::sql::Row) -> Result<(String, SealedRow), StoreError> {
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
    fn find(&mut self, hashes: &[[u8; 32]]) -> Result<Found, StoreError> {
        let mut found = Found::new();
        for chunk in chunked(hashes.to_vec()) {
            let list: Vec<String> = (1..=chunk.len()).map(|i| format!("?{i}")).collect();
            let args: Vec<crate::sql::Val> = chunk
                .iter()
                .map(|h| crate::sql::Val::Bytes(h.to_vec()))
                .collect();
            let rows = self.0.rows(
                &format!(
                    "SELECT i.hash, s.id, s.key FROM subject_index i
                     JOIN subjects s ON s.id = i.subject WHERE i.hash IN ({})",
                    list.join(", ")
                ),
                &args,
            )?;
            for r in rows {
                let corrupt = |_| StoreError::Corrupt("subject index".into());
                let hash: [u8; 32] = r.bytes(0)?.try_into().map_err(corrupt)?;
                let key: [u8; 32] = r.bytes(2)?.try_into().map_err(corrupt)?;
                found.insert(hash, (r.text(1)?, Zeroizing::new(key)));
            }
        }
        Ok(found)
    }
    fn create(&mut self, subjects: &[NewSubject], now: &str) -> Result<(), StoreError> {
        use crate::sql::Val;
        for chunk in chunked(subjects.iter().collect()) {
            let mut keys = Vec::with_capacity(chunk.len() * 3);
            let mut index = Vec::with_capacity(chunk.len() * 3);
            for (id, key, hash, kind) in &chunk {
                keys.extend([id.into(), Val::Bytes(key.to_vec()), now.into()]);
                index.extend([Val::Bytes(hash.to_vec()), id.into(), (*kind).into()]);
            }
            let n = chunk.len();
            self.0.exec(
                &format!(
                    "INSERT INTO subjects (id, key, created) VALUES {}",
                    tuples(n, 3)
                ),
                &keys,
            )?;
            self.0.exec(
                &format!(
                    "INSERT INTO subject_index (hash, subject, kind) VALUES {}",
                    tuples(n, 3)
                ),
                &index,
            )?;
        }
        Ok(())
    }
    fn key(&mut self, subject: &str) -> Result<Vec<u8>, StoreError> {
        self.0
            .row("SELECT key FROM subjects WHERE id = ?1", &[subject.into()])?
            .ok_or_else(|| StoreError::Corrupt(format!("no key for subject `{subject}`")))?
            .bytes(0)
    }
    fn insert_values(&mut self, rows: Vec<(String, SealedRow)>) -> Result<(), StoreError> {
        use crate::sql::Val;
        for chunk in chunked(rows) {
            let n = chunk.len();
            let mut args = Vec::with_capacity(n * 7);
            for (subject, (seq, field, placeholder, label, nonce, ct)) in chunk {
                args.extend([
                    seq_val(seq)?,
                    field.into(),
                    placeholder.into(),
                    subject.into(),
                    label.into(),
                    Val::Bytes(nonce),
                    Val::Bytes(ct),
                ]);
            }
            self.0.exec(
                &format!(
                    "INSERT INTO personal_values (seq, field, placeholder, subject, label, nonce, ct)
                     VALUES {}",
                    tuples(n, 7)
                ),
                &args,
            )?;
        }
        Ok(())
    }
    fn values(&mut self, subject: &str) -> Result<Vec<(String, SealedRow)>, StoreError> {
        self.0
            .rows(
                "SELECT subject, seq, field, placeholder, label, nonce, ct FROM personal_values
                 WHERE subject = ?1
                 UNION ALL
                 SELECT v.subject, v.seq, v.field, v.placeholder, v.label, v.nonce, v.ct
                 FROM personal_values k JOIN personal_values v
                   ON v.seq = k.seq AND v.subject = k.placeholder
                 WHERE k.subject = ?1 AND k.field = ?2
                 ORDER BY 2",
                &[subject.into(), GROUP_FIELD.into()],
            )?
            .iter()
            .map(sealed_row)
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
            .map(sealed_row)
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
        // The values of the groups it is in, then every owner's key of those groups, then its
        // own values and every copy of them (records written before group keys).
        let grouped = self.0.exec(
            "DELETE FROM personal_values WHERE (seq, subject) IN
               (SELECT seq, placeholder FROM personal_values WHERE subject = ?1 AND field = ?2)",
            &[subject.into(), GROUP_FIELD.into()],
        )?;
        self.0.exec(
            "DELETE FROM personal_values WHERE field = ?2 AND (seq, placeholder) IN
               (SELECT seq, placeholder FROM personal_values WHERE subject = ?1 AND field = ?2)",
            &[subject.into(), GROUP_FIELD.into()],
        )?;
        let own = self.0.exec(
            "DELETE FROM personal_values WHERE (seq, field, placeholder) IN
               (SELECT seq, field, placeholder FROM personal_values WHERE subject = ?1)",
            &[subject.into()],
        )?;
        Ok(grouped + own)
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

/// Seals `plain` under `key` for record `seq`'s `field` and `placeholder`: (nonce, ciphertext).
fn seal(
    key: &[u8; 32],
    seq: u64,
    field: &str,
    placeholder: &str,
    plain: &[u8],
) -> Result<(Vec<u8>, Vec<u8>), StoreError> {
    let nonce = random::<24>()?;
    let ct = XChaCha20Poly1305::new(key.into())
        .encrypt(
            (&nonce).into(),
            Payload {
                msg: plain,
                aad: &aad(seq, field, placeholder),
            },
        )
        .map_err(|_| StoreError::Database("cannot encrypt a personal value".into()))?;
    Ok((nonce.to_vec(), ct))
}

/// Keeps the personal values of record `seq` under their owners' keys (inside the append's
/// transaction): one query for the record's subjects, one statement per 64 new subjects and
/// per 64 rows.
pub(crate) fn keep(
    db: &mut dyn SubjectDb,
    seq: u64,
    values: &[PersonalValue],
    now: &str,
) -> Result<(), StoreError> {
    if values.is_empty() {
        return Ok(());
    }
    // Each identifier's index entry.
    let mut ikey: Option<Zeroizing<[u8; 32]>> = None;
    let mut identified: Vec<(usize, &PersonalValue, [u8; 32])> = Vec::new();
    for (i, v) in values.iter().enumerate() {
        if !IDENTIFIERS.contains(&v.label) {
            continue;
        }
        let Some(norm) = normalise(v.label, &v.value) else {
            continue;
        };
        let key = match &ikey {
            Some(k) => k,
            None => ikey.insert(index_key(db)?),
        };
        identified.push((i, v, index_hash(key, v.label, &norm)));
    }
    if identified.is_empty() {
        return Ok(());
    }
    // Their subjects, created on first sight.
    let hashes: Vec<[u8; 32]> = identified
        .iter()
        .map(|(_, _, h)| *h)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut found = db.find(&hashes)?;
    let mut new: Vec<NewSubject> = Vec::new();
    for &(_, v, hash) in &identified {
        if found.contains_key(&hash) {
            continue;
        }
        let id = format!("sub_{}", hex(&random::<12>()?));
        let key = Zeroizing::new(random::<32>()?);
        new.push((id.clone(), key.clone(), hash, v.label));
        found.insert(hash, (id, key));
    }
    db.create(&new, now)?;
    let mut rows: Vec<(String, SealedRow)> = Vec::with_capacity(values.len() * 2);
    let mut row = |subject: &str,
                   key: &[u8; 32],
                   field: &str,
                   placeholder: &str,
                   label: &str,
                   plain: &[u8]|
     -> Result<(), StoreError> {
        let (nonce, ct) = seal(key, seq, field, placeholder, plain)?;
        rows.push((
            subject.to_owned(),
            (
                seq,
                field.to_owned(),
                placeholder.to_owned(),
                label.to_owned(),
                nonce,
                ct,
            ),
        ));
        Ok(())
    };
    // An identifier under its own subject's key.
    let mut owners: BTreeMap<&str, &[u8; 32]> = BTreeMap::new();
    let mut is_identifier = BTreeSet::new();
    for (i, v, hash) in &identified {
        let Some((subject, key)) = found.get(hash) else {
            return Err(StoreError::Corrupt("subject index".into()));
        };
        row(
            subject,
            key,
            v.field,
            &v.placeholder,
            v.label,
            v.value.as_bytes(),
        )?;
        owners.insert(subject, key);
        is_identifier.insert(*i);
    }
    // Every other value, owned by every subject of the record: under the one owner's key, or
    // once under a group key that each owner holds.
    let others: Vec<&PersonalValue> = values
        .iter()
        .enumerate()
        .filter(|(i, _)| !is_identifier.contains(i))
        .map(|(_, v)| v)
        .collect();
    if !others.is_empty() {
        let group = "#g1";
        let (subject, key) = match owners.first_key_value() {
            Some((subject, key)) if owners.len() == 1 => (*subject, **key),
            _ => {
                let gkey = Zeroizing::new(random::<32>()?);
                for (owner, okey) in &owners {
                    row(owner, okey, GROUP_FIELD, group, GROUP_KEY, gkey.as_slice())?;
                }
                (group, *gkey)
            }
        };
        let key = Zeroizing::new(key);
        for v in others {
            row(
                subject,
                &key,
                v.field,
                &v.placeholder,
                v.label,
                v.value.as_bytes(),
            )?;
        }
    }
    db.insert_values(rows)
}

/// The subjects of `ids` (in order; `None` where Warden holds no data for one). Reads only
/// (no index key yet means no subject yet).
fn subjects_of(db: &mut dyn SubjectDb, ids: &[String]) -> Result<Vec<Option<String>>, StoreError> {
    let mut hashes = Vec::with_capacity(ids.len());
    for id in ids {
        hashes.push(parse_identifier(id).map_err(StoreError::Range)?);
    }
    let Some(stored) = db.meta("index_key")? else {
        return Ok(vec![None; ids.len()]);
    };
    let ikey: Zeroizing<[u8; 32]> = Zeroizing::new(
        stored
            .try_into()
            .map_err(|_| StoreError::Corrupt("subject index key".into()))?,
    );
    let hashes: Vec<[u8; 32]> = hashes
        .iter()
        .map(|(label, norm)| index_hash(&ikey, label, norm))
        .collect();
    let found = db.find(&hashes)?;
    Ok(hashes
        .iter()
        .map(|h| found.get(h).map(|(id, _)| id.clone()))
        .collect())
}

/// One decrypted value: (seq, field, placeholder, label, value).
type Opened = (u64, String, String, String, Zeroizing<String>);

/// A subject's key, if it can be had (`None`: not this caller's to open).
type KeyOf<'a> = dyn FnMut(&str) -> Result<Option<Zeroizing<[u8; 32]>>, StoreError> + 'a;

/// Opens sealed rows (subject, row) of one or more records: group keys first (with the key
/// of any owner `key_of` has), then the values under their owners' or groups' keys. A value
/// whose key is gone (its subject erased) is skipped.
fn open_rows(
    rows: Vec<(String, SealedRow)>,
    key_of: &mut KeyOf<'_>,
) -> Result<Vec<Opened>, StoreError> {
    let mut groups: BTreeMap<(u64, String), Zeroizing<[u8; 32]>> = BTreeMap::new();
    let (keys, values): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .partition(|(_, (_, field, _, label, _, _))| field == GROUP_FIELD && label == GROUP_KEY);
    for (owner, (seq, field, placeholder, _, nonce, ct)) in keys {
        if groups.contains_key(&(seq, placeholder.clone())) {
            continue;
        }
        let Some(key) = key_of(&owner)? else {
            continue;
        };
        let plain = open_raw(&key, seq, &field, &placeholder, nonce, &ct)?;
        let gkey: [u8; 32] = plain
            .as_slice()
            .try_into()
            .map_err(|_| StoreError::Corrupt(format!("a group key of record {seq}")))?;
        groups.insert((seq, placeholder), Zeroizing::new(gkey));
    }
    let mut out = Vec::with_capacity(values.len());
    for (subject, (seq, field, placeholder, label, nonce, ct)) in values {
        let key = if subject.starts_with('#') {
            groups.get(&(seq, subject)).cloned()
        } else {
            key_of(&subject)?
        };
        let Some(key) = key else {
            continue;
        };
        let plain = open_raw(&key, seq, &field, &placeholder, nonce, &ct)?;
        let value = String::from_utf8(plain.to_vec())
            .map(Zeroizing::new)
            .map_err(|_| StoreError::Corrupt("personal value".into()))?;
        out.push((seq, field, placeholder, label, value));
    }
    Ok(out)
}

/// A subject's values: its own and those of the groups it is in.
fn open_values(db: &mut dyn SubjectDb, subject: &str) -> Result<Vec<Opened>, StoreError> {
    let key = subject_key(db, subject)?;
    let rows = db.values(subject)?;
    open_rows(rows, &mut |s: &str| Ok((s == subject).then(|| key.clone())))
}

/// Decrypts one sealed value of record `seq` with its owner's (or group's) key.
fn open_raw(
    key: &[u8; 32],
    seq: u64,
    field: &str,
    placeholder: &str,
    nonce: Vec<u8>,
    ct: &[u8],
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    let nonce: [u8; 24] = nonce
        .try_into()
        .map_err(|_| StoreError::Corrupt("personal value nonce".into()))?;
    XChaCha20Poly1305::new(key.into())
        .decrypt(
            (&nonce).into(),
            Payload {
                msg: ct,
                aad: &aad(seq, field, placeholder),
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| {
            StoreError::Corrupt(format!("a personal value of record {seq} does not decrypt"))
        })
}

/// The personal values of each record of `seqs` (field, placeholder, value), decrypted with
/// their subjects' keys; a value whose subject was erased is gone, so its placeholder stays.
pub(crate) fn restore(db: &mut dyn SubjectDb, seqs: &[u64]) -> Result<crate::Restored, StoreError> {
    let mut keys: BTreeMap<String, Zeroizing<[u8; 32]>> = BTreeMap::new();
    let mut out: crate::Restored = BTreeMap::new();
    for &seq in seqs {
        let rows = db.record_values(seq)?;
        let opened = open_rows(rows, &mut |subject: &str| {
            if let Some(k) = keys.get(subject) {
                return Ok(Some(k.clone()));
            }
            let k = subject_key(db, subject)?;
            keys.insert(subject.to_owned(), k.clone());
            Ok(Some(k))
        })?;
        for (seq, field, placeholder, _, value) in opened {
            out.entry(seq)
                .or_default()
                .push((field, placeholder, value.to_string()));
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
        for (_, (seq, _, _, label, _, _)) in db.values(subject)? {
            if label == GROUP_KEY {
                continue;
            }
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
