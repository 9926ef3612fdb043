#!/usr/bin/env bash
# Halt propagation across processes: two `warden serve` processes (release build) on one
# PostgreSQL database (PG, default the local server's database `test`, in a schema of its own),
# then `warden drill halt` REPEAT times (default 50): each drill halts `dev-bot` through
# process A and polls A and B until each refuses it, then resumes it. Prints the drill's JSON
# (per process: p50, p99, max in ms, measured from the halt request, loopback) and records it in
# the log as `drill.completed`; BENCHMARKS.md records the results.
#
#   bench/halt.sh [REPEAT]
set -euo pipefail
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/.."
REPEAT=${1:-50}
PG=${PG:-host=127.0.0.1 user=postgres dbname=test}
cargo build --release --locked -q -p warden --bin warden
BIN=target/release/warden
WORK=$(mktemp -d)
SCHEMA=bench_halt_$$
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null; psql "$PG" -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
psql "$PG" -q -c "CREATE SCHEMA $SCHEMA" >/dev/null
export WARDEN_POSTGRES="$PG options='-c search_path=$SCHEMA'"
export GROUPANY_API_KEY=bench-key-$RANDOM$RANDOM WARDEN_UPSTREAM_GROUPANY_URL=http://127.0.0.1:9
cp -r examples/groupany/. "$WORK/"
$BIN init --config "$WORK/warden.toml" --json >"$WORK/init.json"
ADMIN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$WORK/init.json")
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%FT%TZ)"
for p in 18191 18192; do
  RUST_LOG=warn $BIN serve --config "$WORK/warden.toml" --listen 127.0.0.1:$p >"$WORK/serve-$p.out" 2>"$WORK/serve-$p.log" &
done
for p in 18191 18192; do
  for _ in $(seq 300); do grep -q listening "$WORK/serve-$p.out" 2>/dev/null && break; sleep 0.1; done
  grep -q listening "$WORK/serve-$p.out" || { cat "$WORK/serve-$p.log"; exit 1; }
done
WARDEN_TOKEN=$ADMIN $BIN --json drill halt dev-bot --server http://127.0.0.1:18191 --server http://127.0.0.1:18192 --repeat "$REPEAT" --within 1s \
  | python3 -c 'import json,sys; r=json.load(sys.stdin); print(json.dumps({"ok": r["ok"], "servers": r["result"]["servers"], "recorded": r["recorded"]}))'
