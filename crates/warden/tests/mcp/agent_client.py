"""The agent's side in Warden's MCP tests: the official Python SDK (`mcp`) as a streamable-HTTP client.

    python agent_client.py URL TOKEN STEPS_JSON [WARDEN_BINARY]

With WARDEN_BINARY the client speaks stdio to `warden mcp-stdio --url URL` (the bridge for
stdio-only clients) instead of HTTP to URL.

STEPS_JSON is a list of steps: {"list": true} or {"call": NAME, "arguments": {...}}, optionally
with "retry_until_ok": SECONDS, "progress": true (collect progress notifications) or
"cancel_after": SECONDS (abandon the call then, which cancels it). Prints one JSON line per step.
"""
import asyncio
import json
import sys
import time

import anyio
import httpx2
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client


def dump(result):
    return json.loads(result.model_dump_json(by_alias=True, exclude_none=True))


async def main(url, token, steps, bridge=None):
    if bridge:
        params = StdioServerParameters(
            command=bridge,
            args=["mcp-stdio", "--url", url, "--token-env", "WARDEN_AGENT_TOKEN"],
            env={"WARDEN_AGENT_TOKEN": token, "PATH": "/usr/bin:/bin"},
        )
        async with stdio_client(params) as (read, write):
            await run(read, write, steps)
        return
    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=httpx2.Timeout(60.0)) as http:
        async with streamable_http_client(url, http_client=http) as (read, write):
            await run(read, write, steps)


async def run(read, write, steps):
    async with ClientSession(read, write) as session:
        init = await session.initialize()
        print(json.dumps({"initialized": init.protocol_version, "server": init.server_info.name}), flush=True)
        for step in steps:
            if step.get("resources"):
                listed = await session.list_resources()
                out = {"resources": [dump(r) for r in listed.resources]}
                for uri in step.get("read", []):
                    try:
                        out.setdefault("read", []).append(dump(await session.read_resource(uri)))
                    except Exception as e:  # the refusal, as the SDK reports it
                        out.setdefault("read", []).append({"error": str(e)})
                print(json.dumps(out), flush=True)
                continue
            if step.get("prompts"):
                listed = await session.list_prompts()
                out = {"prompts": [dump(p) for p in listed.prompts]}
                for name, args in step.get("get", []):
                    try:
                        out.setdefault("got", []).append(dump(await session.get_prompt(name, args)))
                    except Exception as e:
                        out.setdefault("got", []).append({"error": str(e)})
                print(json.dumps(out), flush=True)
                continue
            if step.get("list"):
                tools = await session.list_tools()
                print(json.dumps({"tools": [dump(t) for t in tools.tools]}), flush=True)
                continue
            if "cancel_after" in step:
                with anyio.move_on_after(step["cancel_after"]) as scope:
                    await session.call_tool(step["call"], step.get("arguments", {}))
                print(json.dumps({"call": step["call"], "cancelled": scope.cancelled_caught}), flush=True)
                # Give the abandon signal time to reach Warden before the session closes.
                await anyio.sleep(1.0)
                continue
            notes = []

            async def on_progress(progress, total, message):
                notes.append({"progress": progress, "message": message})

            callback = on_progress if step.get("progress") else None
            deadline = time.monotonic() + step.get("retry_until_ok", 0)
            while True:
                result = dump(await session.call_tool(step["call"], step.get("arguments", {}), progress_callback=callback))
                if not result.get("isError") or time.monotonic() >= deadline:
                    break
                await asyncio.sleep(0.2)
            print(json.dumps({"call": step["call"], "result": result, "progress": notes}), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None))
