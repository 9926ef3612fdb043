"""A webhook receiver that checks Warden's signature the way docs/console.md tells a receiver
to, written from the documentation (not from Warden's code). Every POST is appended to LOG as
one JSON line: path, headers, body, and whether the signature verified.

    receiver.py LOG          (prints "listening on PORT"; the signing key in HOOK_SECRET)

Paths: /hook answers 200; /flaky answers 503 to the first request of each delivery, then 200;
/slack answers "ok" like a Slack incoming webhook; /hang never answers.
"""
import hashlib
import hmac
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOG = sys.argv[1]
SECRET = os.environ["HOOK_SECRET"].encode()
lock = threading.Lock()
seen_deliveries = set()


def verify(header, body):
    """Warden-Signature: t=<unix>,v1=<hex hmac_sha256(secret, "<t>.<body>")>, within 5 min."""
    parts = dict(p.strip().split("=", 1) for p in header.split(",") if "=" in p)
    t = parts.get("t")
    v1 = parts.get("v1")
    if not t or not v1 or abs(time.time() - int(t)) > 300:
        return False
    expected = hmac.new(SECRET, t.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, v1)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        n = int(self.headers.get("content-length", "0"))
        body = self.rfile.read(n)
        if self.path == "/hang":
            time.sleep(3600)
            return
        entry = {
            "path": self.path,
            "headers": {k.lower(): v for k, v in self.headers.items()},
            "body": json.loads(body) if body else None,
            "verified": verify(self.headers.get("warden-signature", ""), body),
        }
        status = 200
        if self.path == "/flaky":
            delivery = self.headers.get("warden-delivery")
            with lock:
                first = delivery not in seen_deliveries
                seen_deliveries.add(delivery)
            if first:
                status = 503
        entry["status"] = status
        with lock, open(LOG, "a") as f:
            f.write(json.dumps(entry) + "\n")
        answer = b"ok"
        self.send_response(status)
        self.send_header("content-length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(f"listening on {server.server_address[1]}", flush=True)
server.serve_forever()
