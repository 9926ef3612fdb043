#!/usr/bin/env bash
# Generates the evaluation corpora and scores warden-inspect on them (release build).
#   bench/scan-eval/run.sh [THRESHOLD]
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 bench/scan-eval/generate.py target/scan-eval
cargo run --release --locked -q -p warden-inspect --example scan_eval -- target/scan-eval "${1:-0.5}"
