#!/usr/bin/env bash
# Scores Warden's injection detector on a held-out injection corpus through
# `warden scan --lines --json`, with the learned layer (the default) and with the rules alone, in
# the same run. Each corpus was written by a helper who read neither the detector nor the
# training data nor any public injection dataset (README-heldout*-injection.md):
#   1  heldout_injection.py   2  heldout2_injection.py   3  heldout3_injection.py
#   4  heldout4_injection.py   5  heldout5_injection.py   6  heldout6_injection.py
#   7  heldout7_injection.py   8  heldout8_injection.py
#   (sets 1-3 are training data now; 4-7 were looked at after their first scores)
#
#   bench/scan-eval/heldout-injection.sh [1-8]
set -euo pipefail
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/../.."
SET="${1:-1}"
case "$SET" in
  1) GEN=heldout_injection.py ;;
  2) GEN=heldout2_injection.py ;;
  3) GEN=heldout3_injection.py ;;
  4) GEN=heldout4_injection.py ;;
  5) GEN=heldout5_injection.py ;;
  6) GEN=heldout6_injection.py ;;
  7) GEN=heldout7_injection.py ;;
  8) GEN=heldout8_injection.py ;;
  *) echo "heldout-injection.sh: the set is 1 to 8, not \`$SET\`" >&2; exit 2 ;;
esac
mkdir -p target/scan-eval
OUT="target/scan-eval/heldout$SET-injection.jsonl"
python3 "bench/scan-eval/$GEN" "$OUT" 2>/dev/null
sha256sum "$OUT"
cargo build --release --locked -q -p warden
echo "== rules and learned layer (the default)"
python3 bench/scan-eval/score_injection.py target/release/warden "$OUT"
echo "== rules only (--rules-only)"
python3 bench/scan-eval/score_injection.py target/release/warden "$OUT" --rules-only
