"""An MCP server whose tool calls need an OAuth access token, for Warden's upstream-identity tests:
the official Python SDK (`mcp`) over streamable HTTP, verifying each call's
`Authorization: Bearer <JWT>` with PyJWT against the authorization server's published keys
(signature, `iss`, `aud` = this server's URL, expiry, `typ: at+jwt`).

    python oauth_server.py PORT ISSUER [--require-token]

PyJWT comes with the pinned `mcp` 2.3.0 (one of its dependencies), installed by scripts/test-deps.sh.

`whoami` answers with the token's `sub`, `act` and `aud` — and, as a careless server might, the
token itself (Warden must scrub it). Without `--require-token`, listing needs no token; with it,
every request must carry a valid one (the SDK's bearer middleware with a PyJWT `TokenVerifier`,
as the MCP authorization rules have a server do), so Warden's own connection needs one too.
"""
import json
import sys

import jwt
from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings
from mcp.server.mcpserver import Context, MCPServer
from mcp.types import ToolAnnotations

PORT = int(sys.argv[1])
ISSUER = sys.argv[2]
REQUIRE = "--require-token" in sys.argv[3:]
AUDIENCE = f"http://127.0.0.1:{PORT}/mcp"
keys = jwt.PyJWKClient(f"{ISSUER}/jwks", cache_keys=True)


def verify(token: str) -> dict:
    if jwt.get_unverified_header(token).get("typ", "").lower() not in ("at+jwt", "application/at+jwt"):
        raise ValueError("not an access token")
    return jwt.decode(token, keys.get_signing_key_from_jwt(token).key, algorithms=["RS256", "ES256"],
                      audience=AUDIENCE, issuer=ISSUER)


class Verifier:
    async def verify_token(self, token: str) -> AccessToken | None:
        try:
            claims = verify(token)
        except Exception:  # noqa: BLE001 - every failure is a refusal
            return None
        return AccessToken(token=token, client_id=str(claims.get("client_id", "")),
                           scopes=str(claims.get("scope", "")).split(), expires_at=claims.get("exp"),
                           resource=AUDIENCE, subject=claims.get("sub"))


if REQUIRE:
    server = MCPServer("partner", token_verifier=Verifier(),
                       auth=AuthSettings(issuer_url=ISSUER, resource_server_url=AUDIENCE,
                                         validate_token_resource=True))
else:
    server = MCPServer("partner")


@server.tool(description="Says who the caller is, from its access token.",
             annotations=ToolAnnotations(readOnlyHint=True, openWorldHint=False))
def whoami(ctx: Context) -> str:
    auth = (ctx.headers or {}).get("authorization", "")
    if not auth.startswith("Bearer "):
        raise ValueError("invalid_token: no bearer token")
    token = auth.removeprefix("Bearer ")
    try:
        claims = verify(token)
    except Exception as e:  # noqa: BLE001 - every failure is a refusal
        raise ValueError(f"invalid_token: {e}") from None
    return json.dumps({"sub": claims["sub"], "act": claims.get("act"), "aud": claims["aud"], "presented": token})


if __name__ == "__main__":
    server.run("streamable-http", host="127.0.0.1", port=PORT)
