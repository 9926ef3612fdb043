#!/usr/bin/env bash
# What an anonymous or compromised caller can grow, measured on the running server
# (issue 14, item 5):
#   1. resident memory while it refuses LLM prompts of 250,000 e-mail addresses (8 MiB each);
#   2. the SQLite WAL while one agent floods (rate-limited) and another keeps working.
#
#   bench/limits.sh [FLOOD_SECONDS]
#
# Prints one JSON line per measurement; BENCHMARKS.md records the results.
set -euo pipefail
# A fresh shell may not have cargo on PATH (rustup installs it under ~/.cargo/bin).
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/.."
FLOOD_SECONDS=${1:-20}
cargo build --release --locked -q -p warden --bin warden --example loadgen
BIN=$PWD/target/release/warden
LOADGEN=$PWD/target/release/examples/loadgen
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

export GROUPANY_API_KEY=bench-key-$RANDOM$RANDOM
export LLM_API_KEY=bench-provider-key
UP=127.0.0.1:19400
$BIN upstream --listen $UP >"$WORK/upstream.log" 2>&1 &
cp -r examples/groupany/. "$WORK/"
rm -rf "$WORK/data"
export WARDEN_UPSTREAM_GROUPANY_URL=http://$UP
export WARDEN_PROVIDER_OPENAI_URL=http://$UP/llm/openai/v1
export WARDEN_MCP_KB_COMMAND=$BIN
$BIN init --config "$WORK/warden.toml" --json >"$WORK/init.json"
export WARDEN_TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$WORK/init.json")
RUST_LOG=warn $BIN serve --config "$WORK/warden.toml" --listen 127.0.0.1:18090 >"$WORK/serve.out" 2>"$WORK/serve.log" &
SERVE=$!
for _ in $(seq 100); do grep -q listening "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
export WARDEN_ADDR=http://127.0.0.1:18090
SUPPORT=$($BIN agents token create support-bot --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
DEV=$($BIN agents token create dev-bot --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
rss() { awk '/VmRSS/{print $2}' /proc/$SERVE/status; }
hwm() { awk '/VmHWM/{print $2}' /proc/$SERVE/status; }

echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%FT%TZ)"
# 1. Ten prompts of 250,000 addresses each.
python3 - "$WORK/prompt.json" <<'PY'
import json, sys
text = " ".join(f"person{i}@example.net" for i in range(250_000))
json.dump({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}, open(sys.argv[1], "w"))
PY
BEFORE=$(rss)
CODES=""
for _ in $(seq 10); do
  CODES="$CODES $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $SUPPORT" -H 'content-type: application/json' --data-binary @"$WORK/prompt.json" $WARDEN_ADDR/v1/chat/completions)"
  sleep 1.1   # stay under the agent's rate
done
SUBJECTS=$(curl -s -H "Authorization: Bearer $WARDEN_TOKEN" -H 'content-type: application/json' -d '{"identifiers":["person7@example.net","person249999@example.net"]}' $WARDEN_ADDR/v1/admin/subjects/locate | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["subjects"]))')
echo "{\"measure\":\"rss_250k_address_prompts\",\"prompt_bytes\":$(stat -c %s "$WORK/prompt.json"),\"answers\":\"$(echo $CODES)\",\"rss_kib_before\":$BEFORE,\"rss_kib_after\":$(rss),\"peak_kib\":$(hwm),\"subjects_kept\":$SUBJECTS}"

# 2. One agent floods for FLOOD_SECONDS at 64 connections; another works at 50/s meanwhile.
WAL="$WORK/data/warden.db-wal"
WAL_BEFORE=$(stat -c %s "$WAL" 2>/dev/null || echo 0)
FLOOD_BODY='{"tool":"crm.get_customer","arguments":{"customer_id":"C1234"},"session":"flood"}'
WORK_BODY='{"tool":"repo.create_issue","arguments":{"repo":"groupany/web","title":"t"},"session":"w"}'
$LOADGEN $WARDEN_ADDR/v1/actions "$SUPPORT" "$FLOOD_BODY" --concurrency 64 --seconds "$FLOOD_SECONDS" >"$WORK/flood.json" &
FLOOD=$!
for _ in $(seq "$FLOOD_SECONDS"); do
  sleep 1
  stat -c %s "$WAL" 2>/dev/null || echo 0
done >"$WORK/wal.samples" &
SAMPLER=$!
OTHER=$($LOADGEN $WARDEN_ADDR/v1/actions "$DEV" "$WORK_BODY" --rate 50 --seconds "$FLOOD_SECONDS")
wait $FLOOD
wait $SAMPLER || true
sleep 2
RECORDS=$($BIN audit verify --db "$WORK/data/warden.db" --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin).get("records", 0))' || echo 0)
echo "{\"measure\":\"flood\",\"seconds\":$FLOOD_SECONDS,\"flooder\":$(cat "$WORK/flood.json"),\"other_agent\":$OTHER,\"wal_bytes_before\":$WAL_BEFORE,\"wal_bytes_max\":$(sort -n "$WORK/wal.samples" | tail -1),\"wal_bytes_after\":$(stat -c %s "$WAL" 2>/dev/null || echo 0),\"log_records\":$RECORDS,\"rss_kib\":$(rss)}"
