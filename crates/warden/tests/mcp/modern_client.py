"""The agent's side of Warden's tests of the session-less MCP revision (2026-07-28): the official
Python SDK's `Client` over streamable HTTP.

    python modern_client.py URL TOKEN MODE STEPS_JSON

MODE is the SDK's: "2026-07-28" (no probe), "auto" (`server/discover`, falling back to
`initialize`) or "legacy". STEPS_JSON is a list of {"list": true} or {"call": NAME,
"arguments": {...}, "elicit": "accept" | "decline"} (how the client answers an "input required"
round that asks it something). Prints one JSON line for the connection, then one per step.
"""
import json
import sys

import anyio
import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp_types import ElicitResult, Implementation


def dump(result):
    return json.loads(result.model_dump_json(by_alias=True, exclude_none=True))


async def main(url, token, mode, steps):
    answers = {"next": "accept", "asked": 0}

    async def on_elicit(ctx, params):
        answers["asked"] += 1
        return ElicitResult(action=answers["next"], content={})

    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=httpx2.Timeout(60.0)) as http:
        async with Client(
            streamable_http_client(url, http_client=http),
            mode=mode,
            client_info=Implementation(name="warden-test", version="1.0"),
            elicitation_callback=on_elicit,
        ) as client:
            info = client.server_info
            print(json.dumps({"era": client.protocol_version, "server": info.name if info else None}), flush=True)
            for step in steps:
                if step.get("list"):
                    tools = await client.list_tools()
                    print(json.dumps({"tools": [t.name for t in tools.tools]}), flush=True)
                    continue
                answers["next"] = step.get("elicit", "accept")
                answers["asked"] = 0
                try:
                    result = dump(await client.call_tool(step["call"], step.get("arguments", {})))
                    print(json.dumps({"call": step["call"], "result": result, "asked": answers["asked"]}), flush=True)
                except Exception as e:  # the SDK's own error, as a line
                    print(json.dumps({"call": step["call"], "error": f"{type(e).__name__}: {e}", "asked": answers["asked"]}), flush=True)


if __name__ == "__main__":
    anyio.run(main, sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4]))
