"""A provider that issues per-agent credentials: its API accepts only live ones, and Warden's
rotation hooks (docs/secrets.md: POST {"secret", "action": "rotate"|"revoke", "version",
"value"}) mint a new one from the current one and revoke an old one. `/tools/slow` keeps the
caller waiting (a call in flight). Every event is appended to the JSON Lines file argv[1].

Usage: credential_service.py EVENTS.jsonl   (CRED_INITIAL: the first live credential)
"""

import json
import os
import secrets
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

EVENTS = sys.argv[1]
LIVE = {os.environ["CRED_INITIAL"]}
LOCK = threading.Lock()


def log(event):
    with LOCK, open(EVENTS, "a", encoding="utf-8") as f:
        f.write(json.dumps(event) + "\n")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("content-length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        if self.path == "/hook":
            value = body.get("value", "")
            with LOCK:
                live = value in LIVE
            if body.get("action") == "rotate":
                if not live:
                    return self.answer(400, {"error": "rotate from a credential that is not live"})
                new = "cred-" + secrets.token_hex(8)
                with LOCK:
                    LIVE.add(new)
                log({"event": "rotate", "secret": body.get("secret"), "from": value, "to": new})
                return self.answer(200, {"value": new})
            if body.get("action") == "revoke":
                with LOCK:
                    LIVE.discard(value)
                log({"event": "revoke", "secret": body.get("secret"), "value": value})
                return self.answer(200, {})
            return self.answer(400, {"error": "unknown action"})
        auth = self.headers.get("authorization", "")
        token = auth[len("Bearer "):] if auth.startswith("Bearer ") else ""
        with LOCK:
            live = token in LIVE
        log({"event": "call", "path": self.path, "live": live})
        if not live:
            return self.answer(401, {"error": "credential not valid"})
        if self.path.endswith("/slow"):
            time.sleep(30)
        return self.answer(200, {"ok": True, "path": self.path})


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(f"listening on {server.server_address[1]}", flush=True)
server.serve_forever()
