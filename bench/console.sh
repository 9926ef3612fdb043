#!/usr/bin/env bash
# Page latency of the operators' console with a large log and a full inbox: RECORDS audit
# records (default 100,000) and PENDING payments waiting for finance-leads (default 1,000) in
# a fresh SQLite database, `warden serve` (release build) on it, then each page requested
# ITERATIONS times (default 50), one at a time, signed in as a finance lead.
#
#   bench/console.sh [RECORDS] [PENDING] [ITERATIONS]
#
# Prints one JSON line per page (p50/p90/p99/max in ms, client-side, loopback); BENCHMARKS.md
# records the results.
set -euo pipefail
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/.."
RECORDS=${1:-100000}
PENDING=${2:-1000}
ITERATIONS=${3:-50}
cargo build --release --locked -q -p warden --bin warden --example console_bench
BIN=target/release/warden
TOOL=target/release/examples/console_bench
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null; rm -rf "$WORK"' EXIT

export GROUPANY_API_KEY=bench-key-$RANDOM$RANDOM
cp -r examples/groupany/. "$WORK/"
# A thousand pending approvals for one agent: above the default cap of 100 per agent.
sed -i 's/^\[server\]$/[server]\nmax_pending_approvals = 100000/' "$WORK/warden.toml"
rm -rf "$WORK/data"
$BIN init --config "$WORK/warden.toml" --json >"$WORK/init.json"
ADMIN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$WORK/init.json")
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%FT%TZ)"
start=$(date +%s)
$TOOL seed "$WORK/data/warden.db" "$RECORDS" "$PENDING"
echo "# seeded in $(( $(date +%s) - start )) s"
export WARDEN_UPSTREAM_GROUPANY_URL=http://127.0.0.1:9
RUST_LOG=warn $BIN serve --config "$WORK/warden.toml" --listen 127.0.0.1:18090 >"$WORK/serve.out" 2>"$WORK/serve.log" &
for _ in $(seq 300); do grep -q listening "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
grep -q listening "$WORK/serve.out" || { cat "$WORK/serve.log"; exit 1; }
export WARDEN_ADDR=http://127.0.0.1:18090 WARDEN_TOKEN=$ADMIN
FIONA=$($BIN --json operators token create fiona | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# The approver's pages, then the administrator's (the audit explorer, an agent, costs).
$TOOL measure http://127.0.0.1:18090 "$FIONA" "$ITERATIONS" approver
$TOOL measure http://127.0.0.1:18090 "$ADMIN" "$ITERATIONS" admin
