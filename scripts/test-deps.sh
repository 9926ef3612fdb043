#!/usr/bin/env bash
# Installs what the integration tests drive as real peers into .venv-test (idempotent):
# the official MCP Python SDK, as the agent's client and as an upstream MCP server.
set -euo pipefail
cd "$(dirname "$0")/.."
MCP_VERSION="2.3.0"
if [ ! -x .venv-test/bin/python ]; then
  python3 -m venv .venv-test
fi
if ! .venv-test/bin/python -c "import mcp, sys; from importlib.metadata import version; sys.exit(version('mcp') != '$MCP_VERSION')" 2>/dev/null; then
  .venv-test/bin/pip install -q --disable-pip-version-check "mcp==$MCP_VERSION"
fi
echo "test dependencies ready: $(.venv-test/bin/python -c "from importlib.metadata import version; print('mcp', version('mcp'))")"
