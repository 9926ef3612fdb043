#!/usr/bin/env bash
# The learned injection layer's own ranking on a held-out injection corpus: its log-odds per row
# (`peek_model`, the shipped model), and the share of indirect injections and jailbreaks above
# the log-odds only 1% of the benign rows reach.
#
#   bench/scan-eval/model_ranking.sh [1-8]
set -euo pipefail
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/../.."
SET="${1:-3}"
case "$SET" in
  1) GEN=heldout_injection.py ;;
  2) GEN=heldout2_injection.py ;;
  3) GEN=heldout3_injection.py ;;
  4) GEN=heldout4_injection.py ;;
  5) GEN=heldout5_injection.py ;;
  6) GEN=heldout6_injection.py ;;
  7) GEN=heldout7_injection.py ;;
  8) GEN=heldout8_injection.py ;;
  *) echo "model_ranking.sh: the set is 1 to 8, not \`$SET\`" >&2; exit 2 ;;
esac
mkdir -p target/scan-eval
OUT="target/scan-eval/heldout$SET-injection.jsonl"
python3 "bench/scan-eval/$GEN" "$OUT" 2>/dev/null
cargo build --release --locked -q -p warden-inspect --example peek_model
target/release/examples/peek_model crates/inspect/model/injection.bin "$OUT" 1000000 |
  python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
logits = [float(l.split()[0]) for l in sys.stdin]
assert len(logits) == len(rows), (len(logits), len(rows))
benign = sorted((x for x, r in zip(logits, rows) if r["label"] == "benign"), reverse=True)
edge = benign[int(len(benign) * 0.01)]
for kind in ("indirect", "jailbreak"):
    pos = [x for x, r in zip(logits, rows) if r.get("kind") == kind]
    print(f"set '"$SET"', learned layer alone, {kind}: TPR {sum(x > edge for x in pos) / len(pos):.3f} at FPR 1%")
' "$OUT"
