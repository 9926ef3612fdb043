//! Checkpoint parsing on arbitrary text: signed notes and keys are parsed or refused, never a
//! panic; a note verifies only with a signature line of the key asked for; what Warden signs it
//! verifies, and one changed byte in the signed part is refused.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use warden_merkle::{Checkpoint, NoteSigner, NoteVerifier};

static SIGNER: LazyLock<NoteSigner> = LazyLock::new(|| {
    NoteSigner::from_seed("fuzz.example/log", &[7u8; 32]).unwrap_or_else(|e| panic!("{e}"))
});
static VERIFIER: LazyLock<NoteVerifier> = LazyLock::new(|| {
    NoteVerifier::parse(&SIGNER.verifier_text()).unwrap_or_else(|e| panic!("{e}"))
});

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = NoteVerifier::parse(&text);
    let _ = NoteSigner::parse(&text);
    if Checkpoint::verify(&text, &VERIFIER).is_ok() {
        assert!(text.contains("\u{2014} fuzz.example/log "), "verified without a signature line");
    }
    // A checkpoint made from the input: signed, it verifies to itself.
    let Some((&flip, rest)) = data.split_first() else { return };
    let (size, root) = rest.split_at(rest.len().min(8));
    let mut r = [0u8; 32];
    for (d, s) in r.iter_mut().zip(root) {
        *d = *s;
    }
    let c = Checkpoint {
        origin: "fuzz.example/log".into(),
        size: size.iter().fold(0u64, |a, b| a.wrapping_mul(256).wrapping_add(u64::from(*b))),
        root: r,
        extensions: Vec::new(),
    };
    let note = c.sign(&SIGNER).unwrap_or_else(|e| panic!("{e}"));
    let back = Checkpoint::verify(&note, &VERIFIER).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, c);
    // One changed byte of the body is refused.
    let body_len = c.body().len();
    let mut bytes = note.into_bytes();
    let at = usize::from(flip) % body_len;
    if let Some(b) = bytes.get_mut(at) {
        *b ^= 0x01;
    }
    if let Ok(altered) = String::from_utf8(bytes) {
        assert!(Checkpoint::verify(&altered, &VERIFIER).is_err(), "an altered note verified");
    }
});
