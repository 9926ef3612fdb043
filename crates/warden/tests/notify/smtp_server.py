"""An SMTP submission server (aiosmtpd) that requires STARTTLS and AUTH, for the notification
tests. Every message is appended to LOG as one JSON line (envelope and content).

    smtp_server.py LOG CERT KEY USER PASSWORD     (prints "listening on PORT")
"""
import asyncio
import json
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

LOG, CERT, KEY, USER, PASSWORD = sys.argv[1:6]


class Handler:
    async def handle_DATA(self, server, session, envelope):
        with open(LOG, "a") as f:
            f.write(json.dumps({
                "mail_from": envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "content": envelope.content.decode("utf-8", "replace"),
                "tls": session.ssl is not None,
                "auth": session.authenticated,
            }) + "\n")
        return "250 Message accepted for delivery"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(CERT, KEY)
port = free_port()
controller = Controller(
    Handler(),
    hostname="127.0.0.1",
    port=port,
    tls_context=context,
    require_starttls=True,
    authenticator=authenticator,
    auth_require_tls=True,
    auth_required=True,
)
controller.start()
print(f"listening on {port}", flush=True)
try:
    asyncio.get_event_loop().run_forever()
except KeyboardInterrupt:
    pass
finally:
    controller.stop()
