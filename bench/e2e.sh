#!/usr/bin/env bash
# End-to-end overhead of `POST /v1/actions`: the gateway in front of the fake GroupAny tools,
# against the same tools called directly, in the same run; and where the gateway's time goes
# (mean per pipeline stage, from `/metrics`, via bench/stages.py).
#
#   bench/e2e.sh [SECONDS] [READ_INTENT]
#
# READ_INTENT (`with_result`, the default, or `before_call`) sets `audit.read_intent`: the
# benchmark's tool is a read, so `before_call` measures the two-commit path of earlier
# versions in the same build.
#
# Prints one JSON line per measurement; BENCHMARKS.md records the results.
set -euo pipefail
# A fresh shell may not have cargo on PATH (rustup installs it under ~/.cargo/bin).
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
READ_INTENT=${2:-with_result}
case "$READ_INTENT" in with_result|before_call) ;; *) echo "READ_INTENT must be with_result or before_call, not \`$READ_INTENT'" >&2; exit 2;; esac
cargo build --release --locked -q -p warden --bin warden --example loadgen
BIN=target/release/warden
LOADGEN=target/release/examples/loadgen
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

export GROUPANY_API_KEY=bench-key-$RANDOM$RANDOM
UP=127.0.0.1:19100
RUST_LOG=warn $BIN upstream --listen $UP >"$WORK/upstream.log" 2>&1 &
cp -r examples/groupany/. "$WORK/"
# One agent drives the whole load: its per-agent rate limit (server.agent_rate) would measure
# the limiter, not the gateway.
sed -i 's/^\[server\]$/[server]\nagent_rate = 1000000\nagent_burst = 1000000/' "$WORK/warden.toml"
printf '\n[audit]\nread_intent = "%s"\n' "$READ_INTENT" >>"$WORK/warden.toml"
rm -rf "$WORK/data"
$BIN init --config "$WORK/warden.toml" --json >"$WORK/init.json"
export WARDEN_TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$WORK/init.json")
export WARDEN_UPSTREAM_GROUPANY_URL=http://$UP
RUST_LOG=warn $BIN serve --config "$WORK/warden.toml" --listen 127.0.0.1:18080 >"$WORK/serve.out" 2>"$WORK/serve.log" &
for _ in $(seq 50); do grep -q listening "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
export WARDEN_ADDR=http://127.0.0.1:18080
AGENT=$($BIN agents token create support-bot --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

DIRECT_URL=http://$UP/tools/crm.get_customer
DIRECT_BODY='{"customer_id":"C1234"}'
GW_URL=http://127.0.0.1:18080/v1/actions
GW_BODY='{"tool":"crm.get_customer","arguments":{"customer_id":"C1234"},"session":"bench"}'

echo "# read_intent = $READ_INTENT"
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%FT%TZ)"
for mode in "--rate 1000" "--concurrency 64"; do
  direct=$($LOADGEN $DIRECT_URL "$GROUPANY_API_KEY" "$DIRECT_BODY" $mode --seconds "$SECONDS_PER_RUN")
  echo "{\"target\":\"direct\",\"result\":$direct}"
  python3 bench/stages.py snapshot "$WARDEN_ADDR" "$WARDEN_TOKEN" >"$WORK/before.json"
  gateway=$($LOADGEN $GW_URL "$AGENT" "$GW_BODY" $mode --seconds "$SECONDS_PER_RUN")
  echo "{\"target\":\"gateway\",\"result\":$gateway}"
  # Where the gateway's time went, per pipeline stage (means over this run).
  python3 bench/stages.py snapshot "$WARDEN_ADDR" "$WARDEN_TOKEN" >"$WORK/after.json"
  echo "{\"target\":\"stages\",\"mode\":\"$mode\",\"result\":$(python3 bench/stages.py diff "$WORK/before.json" "$WORK/after.json")}"
done
$BIN audit verify --db "$WORK/data/warden.db"
