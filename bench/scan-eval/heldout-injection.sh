#!/usr/bin/env bash
# Scores Warden's injection detector on the held-out injection corpus (heldout_injection.py,
# written by a helper who read neither the detector nor any public injection dataset; see
# README-heldout-injection.md) through `warden scan --lines --json`.
#
#   bench/scan-eval/heldout-injection.sh
set -euo pipefail
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/../.."
mkdir -p target/scan-eval
python3 bench/scan-eval/heldout_injection.py target/scan-eval/heldout-injection.jsonl 2>/dev/null
cargo build --release --locked -q -p warden
python3 bench/scan-eval/score_injection.py target/release/warden target/scan-eval/heldout-injection.jsonl
