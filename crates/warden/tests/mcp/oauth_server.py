"""An MCP server whose tool calls need an OAuth access token, for Warden's upstream-identity tests:
the official Python SDK (`mcp`) over streamable HTTP, verifying each call's
`Authorization: Bearer <JWT>` with PyJWT against the authorization server's published keys
(signature, `iss`, `aud` = this server's URL, expiry, `typ: at+jwt`).

    python oauth_server.py PORT ISSUER

`whoami` answers with the token's `sub`, `act` and `aud` — and, as a careless server might, the
token itself (Warden must scrub it). Listing needs no token.
"""
import json
import sys

import jwt
from mcp.server.mcpserver import Context, MCPServer
from mcp.types import ToolAnnotations

PORT = int(sys.argv[1])
ISSUER = sys.argv[2]
AUDIENCE = f"http://127.0.0.1:{PORT}/mcp"
keys = jwt.PyJWKClient(f"{ISSUER}/jwks", cache_keys=True)
server = MCPServer("partner")


@server.tool(description="Says who the caller is, from its access token.",
             annotations=ToolAnnotations(readOnlyHint=True, openWorldHint=False))
def whoami(ctx: Context) -> str:
    auth = (ctx.headers or {}).get("authorization", "")
    if not auth.startswith("Bearer "):
        raise ValueError("invalid_token: no bearer token")
    token = auth.removeprefix("Bearer ")
    try:
        if jwt.get_unverified_header(token).get("typ", "").lower() not in ("at+jwt", "application/at+jwt"):
            raise ValueError("not an access token")
        claims = jwt.decode(token, keys.get_signing_key_from_jwt(token).key, algorithms=["RS256", "ES256"],
                            audience=AUDIENCE, issuer=ISSUER)
    except Exception as e:  # noqa: BLE001 - every failure is a refusal
        raise ValueError(f"invalid_token: {e}") from None
    return json.dumps({"sub": claims["sub"], "act": claims.get("act"), "aud": claims["aud"], "presented": token})


if __name__ == "__main__":
    server.run("streamable-http", host="127.0.0.1", port=PORT)
