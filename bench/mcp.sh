#!/usr/bin/env bash
# Overhead of `tools/call` through Warden's /mcp against the same upstream MCP server (a minimal
# stdio echo server, so the gateway is what is measured) called directly with Warden's own MCP
# client, in the same run.
#
#   bench/mcp.sh [CALLS] [CONCURRENCY] [contextforge]
#
# `contextforge`: also IBM's ContextForge gateway (mcp-contextforge-gateway from PyPI, pinned in
# bench/contextforge.sh; it needs Python 3.12 or 3.13) in front of the same echo server, with its
# schema validation, PII filter and secrets detection plugins on, through the stdio-to-HTTP
# bridge it ships (it calls upstreams only by URL); the bridge is also called directly, so its
# hop can be told apart. 1,000 calls each way (it is much slower), in the same rounds.
#
# Prints one JSON line per measurement; BENCHMARKS.md records the results.
set -euo pipefail
# A fresh shell may not have cargo on PATH (rustup installs it under ~/.cargo/bin).
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/.."
CALLS=${1:-5000}
CONCURRENCY=${2:-16}
PEER=${3:-}
case "$PEER" in ""|contextforge) ;; *) echo "unknown peer '$PEER' (known: contextforge)" >&2; exit 2 ;; esac
cargo build --release --locked -q -p warden --bin warden --example mcp_echo --example mcp_bench
BIN=$PWD/target/release/warden
ECHO=$PWD/target/release/examples/mcp_echo
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

cp -r examples/groupany/. "$WORK/"
# One agent drives the whole load: its per-agent rate limit (server.agent_rate) would measure
# the limiter, not the gateway.
sed -i 's/^\[server\]$/[server]\nagent_rate = 1000000\nagent_burst = 1000000/' "$WORK/warden.toml"
rm -rf "$WORK/data"
cat >>"$WORK/warden.toml" <<TOML

[mcp_servers.echo]
command = "$ECHO"
TOML
cat >"$WORK/policies/zz-echo.cedar" <<'CEDAR'
@id("support-echo")
permit(principal in Role::"support", action == Action::"echo.echo", resource);
CEDAR
export GROUPANY_API_KEY=unused
$BIN init --config "$WORK/warden.toml" --json >"$WORK/init.json"
export WARDEN_TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$WORK/init.json")
RUST_LOG=warn $BIN serve --config "$WORK/warden.toml" --listen 127.0.0.1:18081 >"$WORK/serve.out" 2>"$WORK/serve.log" &
for _ in $(seq 50); do grep -q listening "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
export WARDEN_ADDR=http://127.0.0.1:18081
AGENT=$($BIN agents token create support-bot --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

PEER_ARGS=()
if [ "$PEER" = contextforge ]; then
  source bench/contextforge.sh
  PEER_ARGS=(--peer contextforge "$CF_URL" "$CF_TOKEN" "$CF_TOOL" --peer-upstream "$CF_BRIDGE_URL" --peer-calls 1000)
  echo "# contextforge $CF_VERSION (cpex-pii-filter $CF_PII_VERSION, cpex-secrets-detection $CF_SECRETS_VERSION)"
fi

echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%FT%TZ)"
target/release/examples/mcp_bench http://127.0.0.1:18081/mcp "$AGENT" "$ECHO" --calls "$CALLS" --concurrency "$CONCURRENCY" "${PEER_ARGS[@]}"
$BIN audit verify --db "$WORK/data/warden.db"
