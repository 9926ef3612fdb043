use proptest::prelude::*;

use super::*;

/// The RFC 6962 test leaves used by Certificate Transparency and Trillian.
fn kat_leaves() -> Vec<Vec<u8>> {
    [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ]
    .iter()
    .map(|h| {
        (0..h.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
            .collect()
    })
    .collect()
}

fn tree(n: usize) -> MemoryNodes {
    let mut t = MemoryNodes::new();
    for l in kat_leaves().iter().take(n) {
        t.push(leaf_hash(l));
    }
    t
}

fn h(s: &str) -> Hash {
    from_hex(s).unwrap()
}

#[test]
fn known_roots() {
    assert_eq!(
        hex(&empty_root()),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    let roots = [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];
    let full = tree(8);
    for (i, r) in roots.iter().enumerate() {
        let n = i + 1;
        assert_eq!(hex(&tree(n).root()), *r, "frontier root of {n}");
        assert_eq!(
            hex(&root(&full, n as u64).unwrap()),
            *r,
            "prefix root of {n}"
        );
    }
}

#[test]
fn known_inclusion_proof() {
    let t = tree(8);
    let proof = inclusion_proof(&t, 0, 8).unwrap();
    assert_eq!(
        proof,
        [
            h("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
            h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
            h("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
        ]
    );
    assert!(verify_inclusion(0, 8, &leaf_hash(&[]), &proof, &t.root()));
}

#[test]
fn known_consistency_proofs() {
    let t = tree(8);
    let cases: [(u64, u64, &[&str]); 3] = [
        (
            1,
            8,
            &[
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ],
        ),
        (
            6,
            8,
            &[
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ],
        ),
        (
            2,
            5,
            &[
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ],
        ),
    ];
    for (old, new, want) in cases {
        let proof = consistency_proof(&t, old, new).unwrap();
        let want: Vec<Hash> = want.iter().map(|s| h(s)).collect();
        assert_eq!(proof, want, "{old} -> {new}");
        assert!(verify_consistency(
            old,
            new,
            &root(&t, old).unwrap(),
            &root(&t, new).unwrap(),
            &proof
        ));
    }
}

#[test]
fn frontier_reloads_from_nodes() {
    let mut t = MemoryNodes::new();
    for i in 0..77u32 {
        t.push(leaf_hash(&i.to_be_bytes()));
    }
    let f = Frontier::load(&t, 77).unwrap();
    assert_eq!(f.root(), t.root());
    let mut f2 = f.clone();
    let mut t2 = t.clone();
    f2.push(leaf_hash(b"next"));
    t2.push(leaf_hash(b"next"));
    assert_eq!(f2.root(), t2.root());
}

#[test]
fn checkpoint_signs_and_verifies_and_rejects_tampering() {
    let signer = NoteSigner::from_seed("warden.example/audit", &[7u8; 32]).unwrap();
    let verifier = NoteVerifier::parse(&signer.verifier_text()).unwrap();
    let again = NoteSigner::parse(&signer.to_private_text()).unwrap();
    assert_eq!(again.verifier_text(), signer.verifier_text());
    let cp = Checkpoint {
        origin: "warden.example/audit".into(),
        size: 8,
        root: tree(8).root(),
        extensions: vec!["time 2026-11-21T00:00:00Z".into()],
    };
    let note = cp.sign(&signer).unwrap();
    assert!(
        note.starts_with("warden.example/audit\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n"),
        "{note}"
    );
    assert_eq!(Checkpoint::verify(&note, &verifier).unwrap(), cp);
    // One changed byte anywhere in the body breaks the signature.
    let forged = note.replacen("\n8\n", "\n9\n", 1);
    assert!(matches!(
        Checkpoint::verify(&forged, &verifier),
        Err(CheckpointError::Signature(_))
    ));
    // Another key's signature is not accepted.
    let other = NoteSigner::from_seed("warden.example/audit", &[8u8; 32]).unwrap();
    let note2 = cp.sign(&other).unwrap();
    assert!(Checkpoint::verify(&note2, &verifier).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn proofs_verify_for_random_trees_and_fail_when_altered(
        n in 1u64..300,
        seed in any::<u64>(),
        flip in any::<(usize, u8)>(),
    ) {
        let mut t = MemoryNodes::new();
        for i in 0..n {
            t.push(leaf_hash(&(seed ^ i).to_le_bytes()));
        }
        let index = seed % n;
        let r = t.root();
        let leaf = leaf_hash(&(seed ^ index).to_le_bytes());
        let proof = inclusion_proof(&t, index, n).unwrap();
        prop_assert!(verify_inclusion(index, n, &leaf, &proof, &r));
        // An altered leaf, proof node or root fails.
        let mut bad_leaf = leaf;
        bad_leaf[flip.0 % 32] ^= flip.1 | 1;
        prop_assert!(!verify_inclusion(index, n, &bad_leaf, &proof, &r));
        if !proof.is_empty() {
            let mut bad = proof.clone();
            let k = flip.0 % bad.len();
            bad[k][flip.0 % 32] ^= flip.1 | 1;
            prop_assert!(!verify_inclusion(index, n, &leaf, &bad, &r));
            prop_assert!(!verify_inclusion(index, n, &leaf, &proof[..proof.len() - 1], &r));
        }
        if n > 1 {
            prop_assert!(!verify_inclusion((index + 1) % n, n, &leaf, &proof, &r));
        }

        let old = 1 + seed % n;
        let old_root = root(&t, old).unwrap();
        let c = consistency_proof(&t, old, n).unwrap();
        prop_assert!(verify_consistency(old, n, &old_root, &r, &c));
        let mut bad_old = old_root;
        bad_old[flip.0 % 32] ^= flip.1 | 1;
        prop_assert!(!verify_consistency(old, n, &bad_old, &r, &c));
        if !c.is_empty() {
            let mut bad = c.clone();
            let k = flip.0 % bad.len();
            bad[k][flip.0 % 32] ^= flip.1 | 1;
            prop_assert!(!verify_consistency(old, n, &old_root, &r, &bad));
        }
        // A tree whose history was rewritten is not consistent with the old head.
        if old < n {
            let mut rewritten = MemoryNodes::new();
            for i in 0..n {
                let v = if i == seed % old { seed.wrapping_add(1) ^ i } else { seed ^ i };
                rewritten.push(leaf_hash(&v.to_le_bytes()));
            }
            let c2 = consistency_proof(&rewritten, old, n).unwrap();
            prop_assert!(!verify_consistency(old, n, &old_root, &rewritten.root(), &c2));
        }
    }
}

#[test]
fn a_subtree_is_refused_where_it_cannot_start() {
    let mut f = Frontier::new();
    f.push(leaf_hash(b"a"));
    let err = f.push_subtree(1, leaf_hash(b"b"), &mut |_, _, _| {});
    assert!(matches!(err, Err(ProofError::Range(_))), "{err:?}");
    assert_eq!(f.size(), 1);
    f.push(leaf_hash(b"b"));
    assert!(
        f.push_subtree(1, leaf_hash(b"c"), &mut |_, _, _| {})
            .is_ok()
    );
    assert_eq!(f.size(), 4);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Ranges of 2^k leaves built apart and joined give the same tree, at every size, and
    /// together report every perfect subtree once, with the same index and hash.
    #[test]
    fn ranges_built_apart_join_to_the_same_tree(n in 0u64..200, k in 0u32..6, seed in any::<u64>()) {
        let leaves: Vec<Hash> = (0..n).map(|i| leaf_hash(&(seed ^ i).to_le_bytes())).collect();
        let mut whole = Frontier::new();
        let mut expected = Vec::new();
        let mut roots = Vec::new();
        for l in &leaves {
            expected.extend(whole.push(*l));
            roots.push(whole.root());
        }
        let mut joined = Frontier::new();
        let mut seen = Vec::new();
        for (c, chunk) in leaves.chunks(1 << k).enumerate() {
            let start = (c as u64) << k;
            let mut part = Frontier::starting_at(start);
            for (i, l) in chunk.iter().enumerate() {
                part.push_with(*l, &mut |lv, ix, h| seen.push((lv, ix, *h)));
                // The tree head at any size inside the range: the join so far plus the range's
                // subtrees so far.
                let mut at = joined.clone();
                for (lv, h) in part.subtrees() {
                    at.push_subtree(*lv, *h, &mut |_, _, _| {}).unwrap();
                }
                prop_assert_eq!(at.root(), roots[start as usize + i]);
            }
            for (lv, h) in part.subtrees() {
                joined
                    .push_subtree(*lv, *h, &mut |a, b, c| seen.push((a, b, *c)))
                    .unwrap();
            }
        }
        prop_assert_eq!(joined.root(), whole.root());
        prop_assert_eq!(joined.size(), n);
        expected.sort();
        seen.sort();
        prop_assert_eq!(seen, expected);
    }
}
