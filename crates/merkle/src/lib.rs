//! The audit log as an RFC 6962 (RFC 9162 §2) Merkle tree: leaf and node hashing, the tree
//! head of any prefix, inclusion and consistency proofs and their verification, an append-only
//! frontier that yields the nodes to persist, and checkpoints signed with Ed25519 as C2SP
//! signed notes.
//!
//! Proof generation reads hashes of *perfect* subtrees (aligned, power-of-two sized) through
//! [`Nodes`]; a store keeps those (about two per record) so any proof is O(log n) lookups.

use sha2::{Digest, Sha256};

mod checkpoint;

pub use checkpoint::{Checkpoint, CheckpointError, NoteSigner, NoteVerifier};

#[cfg(test)]
mod tests;

/// A SHA-256 hash.
pub type Hash = [u8; 32];

/// The root of the empty tree: SHA-256 of nothing.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// `SHA-256(0x00 || data)`.
pub fn leaf_hash(data: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(data);
    h.finalize().into()
}

/// `SHA-256(0x01 || left || right)`.
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// Lowercase hex.
pub fn hex(h: &Hash) -> String {
    h.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses 64 hex digits.
pub fn from_hex(s: &str) -> Option<Hash> {
    if s.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// The largest power of two strictly smaller than `n` (`n` ≥ 2).
fn split(n: u64) -> u64 {
    debug_assert!(n >= 2);
    1 << (63 - (n - 1).leading_zeros())
}

/// Where proofs read hashes from.
pub trait Nodes {
    /// The hash of the perfect subtree at `level` (0 = leaves) and `index` (its leaves are
    /// `index << level .. (index + 1) << level`), which must lie inside the tree.
    fn perfect(&self, level: u32, index: u64) -> Result<Hash, ProofError>;
}

/// A proof cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    /// The sizes or index do not describe a proof (index ≥ size, old > new, size 0).
    #[error("{0}")]
    Range(String),
    /// The store lacks a node it should have.
    #[error("missing tree node at level {level}, index {index}")]
    Missing {
        /// Level.
        level: u32,
        /// Index.
        index: u64,
    },
    /// Reading the store failed.
    #[error("{0}")]
    Store(String),
}

/// The Merkle tree hash of leaves `start..end` (`start` aligned to the largest power of two
/// not above `end - start`, as every subtree RFC 6962 names is).
pub fn range_hash(nodes: &dyn Nodes, start: u64, end: u64) -> Result<Hash, ProofError> {
    let n = end - start;
    if n == 0 {
        return Ok(empty_root());
    }
    if n.is_power_of_two() && start.is_multiple_of(n) {
        return nodes.perfect(n.trailing_zeros(), start >> n.trailing_zeros());
    }
    let k = split(n);
    Ok(node_hash(
        &range_hash(nodes, start, start + k)?,
        &range_hash(nodes, start + k, end)?,
    ))
}

/// The tree head of the first `size` leaves.
pub fn root(nodes: &dyn Nodes, size: u64) -> Result<Hash, ProofError> {
    range_hash(nodes, 0, size)
}

/// The audit path of leaf `index` in the tree of `size` leaves (RFC 6962 §2.1.1), leaf side
/// first.
pub fn inclusion_proof(nodes: &dyn Nodes, index: u64, size: u64) -> Result<Vec<Hash>, ProofError> {
    if index >= size {
        return Err(ProofError::Range(format!(
            "leaf {index} is not in a tree of {size} leaves"
        )));
    }
    let mut proof = Vec::new();
    path(nodes, index, 0, size, &mut proof)?;
    Ok(proof)
}

fn path(
    nodes: &dyn Nodes,
    m: u64,
    start: u64,
    end: u64,
    out: &mut Vec<Hash>,
) -> Result<(), ProofError> {
    let n = end - start;
    if n <= 1 {
        return Ok(());
    }
    let k = split(n);
    if m < k {
        path(nodes, m, start, start + k, out)?;
        out.push(range_hash(nodes, start + k, end)?);
    } else {
        path(nodes, m - k, start + k, end, out)?;
        out.push(range_hash(nodes, start, start + k)?);
    }
    Ok(())
}

/// The proof that the tree of `old` leaves is a prefix of the tree of `new` leaves
/// (RFC 6962 §2.1.2).
pub fn consistency_proof(nodes: &dyn Nodes, old: u64, new: u64) -> Result<Vec<Hash>, ProofError> {
    if old == 0 || old > new {
        return Err(ProofError::Range(format!(
            "no consistency proof from {old} to {new} leaves"
        )));
    }
    let mut proof = Vec::new();
    if old < new {
        subproof(nodes, old, 0, new, true, &mut proof)?;
    }
    Ok(proof)
}

fn subproof(
    nodes: &dyn Nodes,
    m: u64,
    start: u64,
    end: u64,
    whole: bool,
    out: &mut Vec<Hash>,
) -> Result<(), ProofError> {
    let n = end - start;
    if m == n {
        if !whole {
            out.push(range_hash(nodes, start, end)?);
        }
        return Ok(());
    }
    let k = split(n);
    if m <= k {
        subproof(nodes, m, start, start + k, whole, out)?;
        out.push(range_hash(nodes, start + k, end)?);
    } else {
        subproof(nodes, m - k, start + k, end, false, out)?;
        out.push(range_hash(nodes, start, start + k)?);
    }
    Ok(())
}

/// Verifies an inclusion proof (RFC 9162 §2.1.3.2).
pub fn verify_inclusion(index: u64, size: u64, leaf: &Hash, proof: &[Hash], root: &Hash) -> bool {
    if index >= size {
        return false;
    }
    let (mut f_n, mut s_n) = (index, size - 1);
    let mut r = *leaf;
    for p in proof {
        if s_n == 0 {
            return false;
        }
        if f_n & 1 == 1 || f_n == s_n {
            r = node_hash(p, &r);
            if f_n & 1 == 0 {
                while f_n & 1 == 0 && f_n != 0 {
                    f_n >>= 1;
                    s_n >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    s_n == 0 && r == *root
}

/// Verifies a consistency proof (RFC 9162 §2.1.4.2).
pub fn verify_consistency(
    old: u64,
    new: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> bool {
    if old == 0 || old > new {
        return false;
    }
    if old == new {
        return proof.is_empty() && old_root == new_root;
    }
    let mut path: Vec<Hash> = proof.to_vec();
    if old.is_power_of_two() {
        path.insert(0, *old_root);
    }
    let Some((first, rest)) = path.split_first() else {
        return false;
    };
    let (mut f_n, mut s_n) = (old - 1, new - 1);
    while f_n & 1 == 1 {
        f_n >>= 1;
        s_n >>= 1;
    }
    let (mut fr, mut sr) = (*first, *first);
    for c in rest {
        if s_n == 0 {
            return false;
        }
        if f_n & 1 == 1 || f_n == s_n {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            if f_n & 1 == 0 {
                while f_n & 1 == 0 && f_n != 0 {
                    f_n >>= 1;
                    s_n >>= 1;
                }
            }
        } else {
            sr = node_hash(&sr, c);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    s_n == 0 && fr == *old_root && sr == *new_root
}

/// The right edge of a growing tree: the roots of its perfect subtrees, largest first. Appending
/// a leaf returns every perfect subtree it completes (for a store to keep).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frontier {
    size: u64,
    /// (level, hash), levels strictly decreasing.
    stack: Vec<(u32, Hash)>,
}

impl Frontier {
    /// An empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// Rebuilds the frontier of a tree of `size` leaves from its perfect subtrees.
    pub fn load(nodes: &dyn Nodes, size: u64) -> Result<Self, ProofError> {
        let mut stack = Vec::new();
        let mut start = 0u64;
        for level in (0..64u32).rev() {
            if size & (1u64 << level) != 0 {
                stack.push((level, nodes.perfect(level, start >> level)?));
                start += 1u64 << level;
            }
        }
        Ok(Self { size, stack })
    }

    /// The right edge of the leaves from `start` on, built apart from the leaves before it
    /// (for verifying ranges of a log in parallel): pushes build the range's own perfect
    /// subtrees, indexed as in the whole tree, as long as none is larger than the largest power
    /// of two dividing `start`. [`Frontier::root`] of such a frontier is not a tree head; its
    /// [`Frontier::subtrees`] are joined to the frontier of the leaves before `start` with
    /// [`Frontier::push_subtree`].
    pub fn starting_at(start: u64) -> Self {
        Self {
            size: start,
            stack: Vec::new(),
        }
    }

    /// Leaves so far.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The perfect subtrees on the right edge as (level, hash), largest first.
    pub fn subtrees(&self) -> &[(u32, Hash)] {
        &self.stack
    }

    /// Appends a leaf hash; returns the perfect subtrees it completes as (level, index, hash),
    /// the leaf itself first.
    pub fn push(&mut self, leaf: Hash) -> Vec<(u32, u64, Hash)> {
        let mut done = Vec::new();
        self.add(0, leaf, &mut |level, index, hash| {
            done.push((level, index, *hash))
        });
        done
    }

    /// [`Frontier::push`] without allocating: `completed` sees each subtree the leaf completes,
    /// the leaf itself first.
    pub fn push_with(&mut self, leaf: Hash, completed: &mut dyn FnMut(u32, u64, &Hash)) {
        self.add(0, leaf, completed);
    }

    /// Appends a perfect subtree of `2^level` leaves (the next ones); `completed` sees the
    /// larger subtrees it completes (not the appended one itself). Refused unless the tree's
    /// size is a multiple of `2^level`, where such a subtree can start.
    pub fn push_subtree(
        &mut self,
        level: u32,
        hash: Hash,
        completed: &mut dyn FnMut(u32, u64, &Hash),
    ) -> Result<(), ProofError> {
        let aligned = level < 64 && self.size.trailing_zeros() >= level;
        if !aligned {
            return Err(ProofError::Range(format!(
                "a subtree of 2^{level} leaves cannot start at leaf {}",
                self.size
            )));
        }
        let mut first = true;
        self.add(level, hash, &mut |l, i, h| {
            if !std::mem::take(&mut first) {
                completed(l, i, h);
            }
        });
        Ok(())
    }

    /// Appends the subtree (`level`, `hash`) at the current size, which it must fit.
    fn add(&mut self, level: u32, hash: Hash, completed: &mut dyn FnMut(u32, u64, &Hash)) {
        let index = self.size >> level;
        completed(level, index, &hash);
        let mut cur = (level, hash);
        while let Some(&(l, left)) = self.stack.last() {
            if l != cur.0 {
                break;
            }
            self.stack.pop();
            let h = node_hash(&left, &cur.1);
            let up = l + 1;
            completed(up, self.size >> up, &h);
            cur = (up, h);
        }
        self.stack.push(cur);
        self.size += 1u64 << level;
    }

    /// The tree head.
    pub fn root(&self) -> Hash {
        let mut it = self.stack.iter().rev();
        let Some(&(_, mut acc)) = it.next() else {
            return empty_root();
        };
        for (_, h) in it {
            acc = node_hash(h, &acc);
        }
        acc
    }
}

/// Every perfect subtree of a list of leaves, in memory (tests, and verifying a log offline).
#[derive(Debug, Clone, Default)]
pub struct MemoryNodes {
    /// `levels[l][i]` = hash of perfect subtree (l, i).
    levels: Vec<Vec<Hash>>,
    frontier: Frontier,
}

impl MemoryNodes {
    /// An empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a leaf hash.
    pub fn push(&mut self, leaf: Hash) {
        for (level, index, h) in self.frontier.push(leaf) {
            let l = usize::try_from(level).unwrap_or(usize::MAX);
            while self.levels.len() <= l {
                self.levels.push(Vec::new());
            }
            if let Some(v) = self.levels.get_mut(l) {
                debug_assert_eq!(v.len() as u64, index);
                v.push(h);
            }
        }
    }

    /// Leaves so far.
    pub fn size(&self) -> u64 {
        self.frontier.size()
    }

    /// The tree head of all leaves.
    pub fn root(&self) -> Hash {
        self.frontier.root()
    }
}

impl Nodes for MemoryNodes {
    fn perfect(&self, level: u32, index: u64) -> Result<Hash, ProofError> {
        self.levels
            .get(usize::try_from(level).unwrap_or(usize::MAX))
            .and_then(|v| v.get(usize::try_from(index).unwrap_or(usize::MAX)))
            .copied()
            .ok_or(ProofError::Missing { level, index })
    }
}
