#!/usr/bin/env bash
# Scores Warden's secret detectors on a held-out secrets corpus through `warden scan --lines
# --json`, the way a CI job would run it: recall per format and per context, and the share of
# look-alike rows flagged.
#
#   bench/scan-eval/heldout-secrets.sh [1|2|3|4] [--show]
#
# Set 1: heldout_secrets.py (README-heldout-secrets.md); set 2: heldout2_secrets.py
# (README-heldout2-secrets.md); set 3: heldout3_secrets.py (README-heldout3-secrets.md); set 4:
# heldout4_secrets.py (README-heldout4-secrets.md; look-alikes scored per value). Each was written by a different helper who did not read the
# detectors; BENCHMARKS.md says which runs were first looks.
set -euo pipefail
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/../.."
set_no=1
case "${1:-}" in 1|2|3|4) set_no=$1; shift ;; esac
case $set_no in
  1) gen=bench/scan-eval/heldout_secrets.py ;;
  2) gen=bench/scan-eval/heldout2_secrets.py ;;
  3) gen=bench/scan-eval/heldout3_secrets.py ;;
  4) gen=bench/scan-eval/heldout4_secrets.py ;;
esac
mkdir -p target/scan-eval
out=target/scan-eval/heldout${set_no}-secrets.jsonl
python3 "$gen" "$out" >/dev/null
cargo build --release --locked -q -p warden
python3 bench/scan-eval/score_secrets.py target/release/warden "$out" "$@"
