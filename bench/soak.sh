#!/usr/bin/env bash
# Steady state: the reference deployment under a mixed load for a long time — reads, writes,
# holds and denials of the five reference agents through `POST /v1/actions`, MCP `tools/call`
# through `/mcp` (the knowledge-base server), and LLM calls through `/v1/chat/completions` —
# at a fixed rate, with the gateway's resident memory, open file descriptors, WAL size and
# latency percentiles sampled every 10 s. The last line is the trend after the first two
# minutes (slope per minute); anything answered other than as calibrated is an error.
#
#   bench/soak.sh [SECONDS] [RATE]        # default: 600 s at 1,000 requests/s
#
# WARDEN_BIN=path runs that gateway binary instead of this tree's release build (for an A/B of
# two builds on the same load).
#
# Prints one JSON line per window; BENCHMARKS.md records the curve.
set -euo pipefail
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/.."
SECONDS_TOTAL=${1:-600}
RATE=${2:-1000}
cargo build --release --locked -q -p warden --bin warden --example soak
BIN=${WARDEN_BIN:-$PWD/target/release/warden}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

export GROUPANY_API_KEY=soak-key-$RANDOM$RANDOM
export LLM_API_KEY=soak-provider-key
UP=127.0.0.1:19400
RUST_LOG=warn $BIN upstream --listen $UP >"$WORK/upstream.log" 2>&1 &
cp -r examples/groupany/. "$WORK/"
rm -rf "$WORK/data"
# The load comes from one token per agent: the per-agent rate limit and the LLM budgets would
# measure the limiter, not the gateway.
sed -i 's/^\[server\]$/[server]\nagent_rate = 1000000\nagent_burst = 1000000/' "$WORK/warden.toml"
sed -i 's/^budget = .*$/budget = { monthly_usd = 1000000.0 }/' "$WORK/warden.toml"
# Nobody decides the held actions here: they expire after 30 s (the expiry sweep is part of
# the steady state), and one agent may have that many pending.
sed -i 's/^ttl = "1h"$/ttl = "30s"/' "$WORK/warden.toml"
sed -i 's/^\[server\]$/[server]\nmax_pending_approvals = 100000/' "$WORK/warden.toml"
grep -q '^ttl = "30s"' "$WORK/warden.toml"
export WARDEN_UPSTREAM_GROUPANY_URL=http://$UP
export WARDEN_PROVIDER_OPENAI_URL=http://$UP/llm/openai/v1
export WARDEN_MCP_KB_COMMAND=$BIN
$BIN init --config "$WORK/warden.toml" --json >"$WORK/init.json"
export WARDEN_TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$WORK/init.json")
RUST_LOG=warn $BIN serve --config "$WORK/warden.toml" --listen 127.0.0.1:18090 >"$WORK/serve.out" 2>"$WORK/serve.log" &
SERVE_PID=$!
for _ in $(seq 100); do grep -q listening "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
export WARDEN_ADDR=http://127.0.0.1:18090
declare -A TOKEN
for agent in support-bot dev-bot sec-bot finance-bot marketing-bot; do
  TOKEN[$agent]=$($BIN agents token create $agent --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
done

# The mix (weights per 100 requests). Each entry has its own session, so what one reads does
# not change what another may do: every entry answers the same way all run long.
A=$WARDEN_ADDR/v1/actions
python3 - "$WORK/mix.json" "$A" "$WARDEN_ADDR" \
  "${TOKEN[support-bot]}" "${TOKEN[dev-bot]}" "${TOKEN[sec-bot]}" "${TOKEN[finance-bot]}" "${TOKEN[marketing-bot]}" <<'EOF'
import json, sys
out, actions, base, support, dev, sec, finance, marketing = sys.argv[1:]
def action(name, weight, token, tool, arguments):
    return {"name": name, "weight": weight, "url": actions, "token": token,
            "body": {"tool": tool, "arguments": arguments, "session": f"soak-{name}"}}
mcp_meta = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}
mix = [
    action("read.customer", 25, support, "crm.get_customer", {"customer_id": "C1234"}),
    action("read.issue", 10, dev, "repo.get_issue", {"repo": "groupany/web", "number": 42}),
    action("read.alerts", 8, sec, "security.list_alerts", {"severity": "high"}),
    action("read.invoice", 7, finance, "erp.get_invoice", {"invoice_id": "INV-2231"}),
    # An agent that read nothing untrusted: its e-mail goes out (intent committed first).
    action("write.email", 10, marketing, "email.send", {"to": "newsletter@groupany.example", "subject": "Weekly numbers", "body": "Signups are up 4% this week."}),
    # Agents whose run read untrusted content: their writes wait for a human.
    action("hold.contact", 3, support, "crm.update_contact", {"customer_id": "C1234", "phone": "+44 20 7946 0000"}),
    action("hold.issue", 2, dev, "repo.create_issue", {"repo": "groupany/web", "title": "Flaky test in CI", "body": "Seen twice today."}),
    action("deny.payment", 5, marketing, "payments.send", {"iban": "DE44500105175407324931", "amount": 10, "reference": "test"}),
    {"name": "mcp.search", "weight": 15, "url": base + "/mcp", "token": support,
     "headers": {"mcp-protocol-version": "2026-07-28", "mcp-method": "tools/call", "mcp-name": "kb.search"},
     "body": {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
              "params": {"name": "kb.search", "arguments": {"query": "refund"}, "_meta": mcp_meta}}},
    {"name": "llm.chat", "weight": 15, "url": base + "/v1/chat/completions", "token": dev,
     "headers": {"x-warden-session": "soak-llm"},
     "body": {"model": "gpt-4o-mini", "max_tokens": 64, "messages": [
         {"role": "system", "content": "You are GroupAny's development assistant."},
         {"role": "user", "content": "Summarise issue 42 of groupany/web for the changelog."}]}},
]
json.dump(mix, open(out, "w"))
EOF

# An open-loop client that falls behind holds many connections at once.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%FT%TZ); $SECONDS_TOTAL s at $RATE/s"
target/release/examples/soak "$WORK/mix.json" --rate "$RATE" --seconds "$SECONDS_TOTAL" --sample 10 \
  --pid "$SERVE_PID" --wal "$WORK/data/warden.db-wal"
kill -0 "$SERVE_PID"   # still serving
echo "# $(curl -s -H "Authorization: Bearer $WARDEN_TOKEN" "$WARDEN_ADDR/metrics" | grep -E '^warden_store_(wal_checkpoints|transactions)_total' | tr '\n' ' ')"
$BIN audit verify --db "$WORK/data/warden.db" >/dev/null
echo "# audit log verified; gateway errors logged: $(grep -c -E '"level":"ERROR"|ERROR' "$WORK/serve.log" || true)"
