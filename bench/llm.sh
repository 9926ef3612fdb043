#!/usr/bin/env bash
# The LLM proxy's overhead: chat completions direct to a fake provider, through Warden, and
# through the LiteLLM proxy (from PyPI, pinned), all against the same fake provider in the same
# run: sequential latency (added p50/p99), requests/s at a few concurrencies, streaming time to
# first token.
#
#   bench/llm.sh [CALLS] [CONCURRENCIES]        e.g. bench/llm.sh 1000 1,8,32
#
# The fake provider is `warden upstream` (Rust, axum), so it is never the bottleneck. Warden
# runs the reference deployment: every prompt is inspected and pseudonymised (the prompt holds
# an e-mail address and a card number), checked against policy and budgets, restored and
# recorded durably. LiteLLM runs with one worker, no database, a cleared environment and the
# local model-cost map (nothing is downloaded). Prints one JSON line per measurement;
# BENCHMARKS.md records the results.
set -euo pipefail
# A fresh shell may not have cargo on PATH (rustup installs it under ~/.cargo/bin).
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/.."
CALLS=${1:-1000}
CONCURRENCY=${2:-1,8,32}
LITELLM_VERSION="1.104.5"   # 1.104.6-1.109.1 need a newer certifi than the index serves; 1.82.7-8 and 1.107.0 were compromised
cargo build --release --locked -q -p warden --bin warden --example llm_bench
BIN=$PWD/target/release/warden
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

if ! .venv-bench/bin/python -c "import sys; from importlib.metadata import version; sys.exit(version('litellm') != '$LITELLM_VERSION')" 2>/dev/null; then
  python3 -m venv .venv-bench
  .venv-bench/bin/pip install -q --disable-pip-version-check "litellm[proxy]==$LITELLM_VERSION"
fi
# A compromised release hid a credential stealer in a .pth file: refuse to run with one.
if find .venv-bench/lib -maxdepth 3 -name '*.pth' | xargs -r grep -l -E 'base64|exec|subprocess' 2>/dev/null | grep -q .; then
  echo "unexpected executable .pth file in .venv-bench; refusing to run LiteLLM" >&2
  exit 1
fi

export LLM_API_KEY=bench-provider-key
export GROUPANY_API_KEY=unused
UP_PORT=19300
$BIN upstream --listen 127.0.0.1:$UP_PORT >"$WORK/upstream.log" 2>&1 &
PROVIDER=http://127.0.0.1:$UP_PORT/llm/openai/v1

cp -r examples/groupany/. "$WORK/"
# One agent drives the whole load: its per-agent rate limit (server.agent_rate) would measure
# the limiter, not the gateway.
sed -i 's/^\[server\]$/[server]\nagent_rate = 1000000\nagent_burst = 1000000/' "$WORK/warden.toml"
rm -rf "$WORK/data"
export WARDEN_PROVIDER_OPENAI_URL=$PROVIDER
export WARDEN_MCP_KB_COMMAND=$BIN
$BIN init --config "$WORK/warden.toml" --json >"$WORK/init.json"
export WARDEN_TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$WORK/init.json")
RUST_LOG=warn $BIN serve --config "$WORK/warden.toml" --listen 127.0.0.1:18082 >"$WORK/serve.out" 2>"$WORK/serve.log" &
for _ in $(seq 100); do grep -q listening "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
export WARDEN_ADDR=http://127.0.0.1:18082
# dev-bot: development has no LLM budget in the reference deployment (budgets are measured by the tests).
AGENT=$($BIN agents token create dev-bot --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

cat >"$WORK/litellm.yaml" <<YAML
model_list:
  - model_name: gpt-4o-mini
    litellm_params:
      model: openai/gpt-4o-mini
      api_base: $PROVIDER
      api_key: os.environ/LLM_API_KEY
general_settings:
  master_key: sk-bench-litellm-master
litellm_settings:
  telemetry: false
YAML
env -i PATH=/usr/bin:/bin HOME="$WORK" LLM_API_KEY=$LLM_API_KEY LITELLM_LOCAL_MODEL_COST_MAP=True \
  .venv-bench/bin/litellm --config "$WORK/litellm.yaml" --host 127.0.0.1 --port 14000 --num_workers 1 \
  >"$WORK/litellm.log" 2>&1 &
for _ in $(seq 300); do curl -sf -o /dev/null http://127.0.0.1:14000/health/liveliness && break; sleep 0.2; done

echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%FT%TZ); litellm $LITELLM_VERSION"
target/release/examples/llm_bench \
  --target "direct=$PROVIDER=$LLM_API_KEY" \
  --target "warden=http://127.0.0.1:18082/v1=$AGENT" \
  --target "litellm=http://127.0.0.1:14000/v1=sk-bench-litellm-master" \
  --calls "$CALLS" --concurrency "$CONCURRENCY"
$BIN audit verify --db "$WORK/data/warden.db" >/dev/null && echo "# audit log verifies"
