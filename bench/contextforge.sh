# Sourced by bench/mcp.sh.
# ContextForge (IBM mcp-context-forge, from PyPI, pinned) fronting the stdio echo server.
# Needs: ECHO (path of the stdio MCP echo binary), WORK (a temp dir); run from the repo root
# (the venv is ./.venv-contextforge). Exports CF_URL (streamable HTTP MCP endpoint of the virtual
# server), CF_TOKEN (bearer token for it: a ContextForge API token scoped to that server with
# tools.read + tools.execute), CF_TOOL (the tool name as ContextForge exposes it), CF_ADMIN_TOKEN
# (platform-admin JWT used for setup). Starts two background jobs (the stdio->HTTP bridge, with
# ECHO as its child, and the gateway) in the calling shell: `kill $(jobs -p)` ends them.
CF_VERSION="1.1.0"            # 1.0.8+ need Python >=3.12,<3.14; 1.0.7.post20260921 is the newest for 3.11
CF_PII_VERSION="0.3.9"        # cpex-pii-filter (Rust-backed PII masking plugin)
CF_SECRETS_VERSION="0.3.14"   # cpex-secrets-detection (secrets blocking plugin)
CF_PORT=${CF_PORT:-14444}
CF_BRIDGE_PORT=${CF_BRIDGE_PORT:-19480}
CF_VENV=$PWD/.venv-contextforge
CF_DIR=$WORK/contextforge
mkdir -p "$CF_DIR"

if ! "$CF_VENV/bin/python" -c "import sys; from importlib.metadata import version as v; sys.exit((v('mcp-contextforge-gateway'), v('cpex-pii-filter'), v('cpex-secrets-detection')) != ('$CF_VERSION', '$CF_PII_VERSION', '$CF_SECRETS_VERSION'))" 2>/dev/null; then
  CF_PYTHON=
  for c in python3.12 python3.13 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.12*/bin/python3 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13*/bin/python3; do
    if "$c" -c 'import sys; sys.exit(not (3, 12) <= sys.version_info[:2] < (3, 14))' 2>/dev/null; then CF_PYTHON=$c; break; fi
  done
  if [ -z "$CF_PYTHON" ]; then echo "ContextForge $CF_VERSION needs Python 3.12 or 3.13; none found" >&2; exit 1; fi
  "$CF_PYTHON" -m venv --clear "$CF_VENV"
  "$CF_VENV/bin/pip" install -q --disable-pip-version-check "mcp-contextforge-gateway==$CF_VERSION" \
    "cpex-pii-filter==$CF_PII_VERSION" "cpex-secrets-detection==$CF_SECRETS_VERSION"
fi
# A compromised release hid a credential stealer in a .pth file: refuse to run with one.
if find "$CF_VENV/lib" -maxdepth 3 -name '*.pth' | xargs -r grep -l -E 'base64|exec|subprocess' 2>/dev/null | grep -q .; then
  echo "unexpected executable .pth file in .venv-contextforge; refusing to run ContextForge" >&2
  exit 1
fi

# Configuration: environment only, from files in $CF_DIR, run with a cleared environment and
# $CF_DIR as working directory (ContextForge also reads ./.env, so never the repo root).
# Secrets (JWT key, encryption key, admin passwords) from ContextForge's own generator: it
# refuses to start on placeholder or weak ones.
(cd "$CF_DIR" && "$CF_VENV/bin/python" -m mcpgateway.scripts.init_secrets --output secrets.env --force >/dev/null 2>&1)
cat >"$CF_DIR/plugins.yaml" <<'YAML'
plugin_dirs: []
plugins:
  - name: "PIIFilterPlugin"          # masks e-mail, card, SSN, phone, IP, ... in arguments and results
    kind: "cpex_pii_filter.pii_filter.PIIFilterPlugin"
    hooks: ["tool_pre_invoke", "tool_post_invoke"]
    mode: "enforce"
    priority: 50
    config:
      default_mask_strategy: "redact"
      block_on_detection: false
  - name: "SecretsDetection"         # blocks a call whose arguments or result hold a credential
    kind: "cpex_secrets_detection.secrets_detection.SecretsDetectionPlugin"
    hooks: ["tool_pre_invoke", "tool_post_invoke"]
    mode: "enforce"
    priority: 51
    config:
      block_on_detection: true
YAML
cat >"$CF_DIR/settings.env" <<EOF
ENVIRONMENT=production
HOST=127.0.0.1
PORT=$CF_PORT
APP_DOMAIN=http://127.0.0.1:$CF_PORT
DATABASE_URL=sqlite:///$CF_DIR/mcp.db
CACHE_TYPE=database
AUTH_REQUIRED=true
MCP_CLIENT_AUTH_ENABLED=true
PLATFORM_ADMIN_EMAIL=admin@example.com
MCPGATEWAY_UI_ENABLED=false
MCPGATEWAY_ADMIN_API_ENABLED=false
SSRF_ALLOW_LOCALHOST=true
USE_STATEFUL_SESSIONS=true
PLUGINS_ENABLED=true
PLUGINS_CONFIG_FILE=$CF_DIR/plugins.yaml
RATE_LIMITING_REDIS_ENABLED=false
RATE_LIMIT_MEDIUM_RPM=1000000
RATE_LIMIT_MEDIUM_BURST=1000000
LOG_LEVEL=ERROR
EOF
# Values are URL-safe base64 or plain paths: safe to word-split into `env`.
CF_ENV=(PATH=/usr/bin:/bin HOME="$CF_DIR" $(grep -hE '^[A-Z_]+=' "$CF_DIR/secrets.env" "$CF_DIR/settings.env"))

# ContextForge registers upstreams by URL only: its own bridge serves the stdio server as
# streamable HTTP on /mcp.
(cd "$CF_DIR" && exec env -i "${CF_ENV[@]}" "$CF_VENV/bin/python" -m mcpgateway.translate \
  --stdio "$ECHO" --expose-streamable-http --host 127.0.0.1 --port "$CF_BRIDGE_PORT" --logLevel error \
  >"$CF_DIR/bridge.log" 2>&1) &
# One worker (uvicorn in-process), as LiteLLM in bench/llm.sh.
(cd "$CF_DIR" && exec env -i "${CF_ENV[@]}" "$CF_VENV/bin/mcpgateway" --host 127.0.0.1 --port "$CF_PORT" --workers 1 \
  >"$CF_DIR/gateway.log" 2>&1) &
for _ in $(seq 600); do curl -sf -o /dev/null "http://127.0.0.1:$CF_BRIDGE_PORT/healthz" && break; sleep 0.2; done
# First start runs its database migrations: ~15-45 s on 2 cores.
for _ in $(seq 900); do curl -sf -o /dev/null "http://127.0.0.1:$CF_PORT/health" && break; sleep 0.2; done
curl -sf -o /dev/null "http://127.0.0.1:$CF_PORT/health" || { echo "ContextForge did not start; see $CF_DIR/gateway.log" >&2; exit 1; }

CF_ADMIN_TOKEN=$(cd "$CF_DIR" && env -i "${CF_ENV[@]}" "$CF_VENV/bin/python" -m mcpgateway.utils.create_jwt_token \
  --username admin@example.com --exp 1440 2>/dev/null)
cf_api() { # METHOD PATH [JSON]
  curl -sf -X "$1" -H "Authorization: Bearer $CF_ADMIN_TOKEN" -H 'Content-Type: application/json' \
    ${3:+-d "$3"} "http://127.0.0.1:$CF_PORT$2"
}
cf_json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
CF_GATEWAY_ID=$(cf_api POST /v1/gateways \
  "{\"name\":\"echo\",\"url\":\"http://127.0.0.1:$CF_BRIDGE_PORT/mcp\",\"transport\":\"STREAMABLEHTTP\"}" | cf_json 'd["id"]')
CF_TOOL_ID=$(cf_api GET /v1/tools | cf_json "[t['id'] for t in d if t['gatewayId'] == '$CF_GATEWAY_ID' and t['originalName'] == 'echo'][0]")
CF_TOOL=$(cf_api GET "/v1/tools/$CF_TOOL_ID" | cf_json 'd["name"]')   # "echo-echo": <gateway slug>-<tool>
CF_SERVER_ID=$(cf_api POST /v1/servers \
  "{\"server\":{\"name\":\"echo-bench\",\"associated_tools\":[\"$CF_TOOL_ID\"]}}" | cf_json 'd["id"]')
# The client's credential, as a production client would get one: an API token limited to this
# virtual server and to listing and calling tools (refused by the REST admin API).
CF_TOKEN=$(cf_api POST /v1/tokens \
  "{\"name\":\"bench-client\",\"expires_in_days\":1,\"scope\":{\"server_id\":\"$CF_SERVER_ID\",\"permissions\":[\"tools.read\",\"tools.execute\"]}}" \
  | cf_json 'd["access_token"]')
CF_URL=http://127.0.0.1:$CF_PORT/v1/virtual-servers/$CF_SERVER_ID/mcp
CF_BRIDGE_URL=http://127.0.0.1:$CF_BRIDGE_PORT/mcp
export CF_URL CF_TOKEN CF_TOOL CF_ADMIN_TOKEN CF_BRIDGE_URL
