#!/usr/bin/env node
// An OAuth-protected upstream API for integration tests: every request must carry
// `Authorization: Bearer <JWT access token>` that `jose` (npm) verifies against the
// authorization server's published keys — signature, `iss`, `aud` (this API's resource
// identifier), expiry, `typ: at+jwt` (RFC 9068). A good token is answered 200 with what the API
// saw (its claims: `sub`, `act`, `client_id`, `scope`, `aud`, and — as a careless API might —
// the token itself under `presented`); anything else 401 with
// `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750).
//
//   node rs.mjs --port 9500 --issuer http://127.0.0.1:9400 --audience http://127.0.0.1:9500/api
//
// Needs jose@6, resolvable from NODE_PATH (e.g. NODE_PATH=/path/to/.node-test/node_modules).
// GET /_seen lists what every request presented (claims, or the refusal), for the test to check.
// POST /_revoke revokes every token issued up to now (from the next second on, only tokens issued
// later are accepted), as a resource server does when its authorization server revokes them.
import * as http from 'node:http';
import { parseArgs } from 'node:util';

import { load } from '../node_path.mjs';
const { createRemoteJWKSet, jwtVerify } = await load('jose');

const { values: args } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    issuer: { type: 'string' },
    audience: { type: 'string' },
  },
});
const keys = createRemoteJWKSet(new URL(`${args.issuer}/jwks`));
const seen = [];
let revokedBefore = 0;

const server = http.createServer(async (req, res) => {
  const send = (status, body, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  if (req.url === '/_seen') return send(200, seen);
  if (req.url === '/_revoke') {
    revokedBefore = Math.floor(Date.now() / 1000) + 1;
    return send(200, { revoked_before: revokedBefore });
  }
  let body = '';
  for await (const chunk of req) body += chunk;
  const auth = req.headers.authorization ?? '';
  const m = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(auth);
  if (!m) {
    seen.push({ path: req.url, refused: 'no bearer token' });
    return send(401, { error: 'invalid_token', detail: 'no bearer token' },
      { 'www-authenticate': 'Bearer error="invalid_token"' });
  }
  try {
    const { payload } = await jwtVerify(m[1], keys, {
      issuer: args.issuer,
      audience: args.audience,
      typ: 'at+jwt',
    });
    if (payload.iat < revokedBefore) throw Object.assign(new Error('revoked'), { code: 'revoked' });
    const claims = {
      sub: payload.sub, act: payload.act, client_id: payload.client_id,
      scope: payload.scope, aud: payload.aud, roles: payload.roles,
    };
    // `signature`: for the test to check that no token Warden sent reaches a log; `presented`
    // echoes the token itself, as a careless API might (Warden must scrub it).
    seen.push({ path: req.url, claims, signature: m[1].split('.')[2] });
    return send(200, {
      ok: true, path: req.url, claims, presented: m[1], body: body ? JSON.parse(body) : null,
    });
  } catch (e) {
    seen.push({ path: req.url, refused: e.code ?? e.message });
    return send(401, { error: 'invalid_token', detail: e.code ?? e.message },
      { 'www-authenticate': 'Bearer error="invalid_token"' });
  }
});
server.listen(Number(args.port), args.host, () => {
  console.log(`resource server on http://${args.host}:${args.port} for ${args.audience}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
