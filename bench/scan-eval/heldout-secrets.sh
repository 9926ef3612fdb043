#!/usr/bin/env bash
# Scores Warden's secret detectors on the held-out secrets corpus (heldout_secrets.py, written by
# someone who did not read the detectors; see README-heldout-secrets.md) through `warden scan
# --lines --json`, the way a CI job would run it. Reports recall per format and per context and
# the share of look-alike rows flagged.
#
#   bench/scan-eval/heldout-secrets.sh [--show]
set -euo pipefail
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/../.."
mkdir -p target/scan-eval
python3 bench/scan-eval/heldout_secrets.py target/scan-eval/heldout-secrets.jsonl
cargo build --release --locked -q -p warden
python3 bench/scan-eval/score_secrets.py target/release/warden target/scan-eval/heldout-secrets.jsonl "$@"
