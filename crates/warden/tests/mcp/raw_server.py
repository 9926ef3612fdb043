"""An MCP server written against the wire format alone (standard library only), for Warden's
fidelity test: its tool definition and its results carry fields no SDK knows."""
import json
import sys

TOOL = {
    "name": "echo",
    "description": "Echoes its text.",
    "inputSchema": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
    "annotations": {"readOnlyHint": True, "openWorldHint": False, "x-vendor-hint": "fast"},
    "x-vendor-field": {"tier": "gold", "regions": ["eu", "us"]},
    "_meta": {"vendor.example/owner": "team-a"},
}

for line in sys.stdin:
    msg = json.loads(line)
    if "id" not in msg:
        continue
    method, params = msg.get("method"), msg.get("params") or {}
    if method == "initialize":
        result = {"protocolVersion": params.get("protocolVersion"), "capabilities": {"tools": {}},
                  "serverInfo": {"name": "raw", "version": "1"}}
    elif method == "tools/list":
        result = {"tools": [TOOL], "x-vendor-page": 1}
    elif method == "tools/call":
        text = params.get("arguments", {}).get("text", "")
        meta = {"vendor.example/trace": "abc"}
        # The server's own view of its content, for Warden's labels_meta_key.
        if text.startswith("from-the-web"):
            meta["vendor.example/labels"] = ["untrusted", "not-a-label"]
        elif text.startswith("broken-labels"):
            meta["vendor.example/labels"] = "untrusted please"
        result = {
            "content": [{"type": "text", "text": text, "x-vendor-annotation": {"lang": "en"}}],
            "isError": False,
            "x-vendor-result": 42,
            "_meta": meta,
        }
    else:
        print(json.dumps({"jsonrpc": "2.0", "id": msg["id"], "error": {"code": -32601, "message": "no"}}), flush=True)
        continue
    print(json.dumps({"jsonrpc": "2.0", "id": msg["id"], "result": result}), flush=True)
