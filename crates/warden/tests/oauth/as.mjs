#!/usr/bin/env node
// A real OAuth 2.1 / OpenID Connect authorization server for integration tests:
// panva's `oidc-provider` (npm, OpenID-certified) configured for machine clients.
//
//   node as.mjs --port 9400 [--host 127.0.0.1] [--issuer URL] --config FILE|JSON
//
// Needs, resolvable from this file or from NODE_PATH: oidc-provider@9.13.3 and jose@6
// (e.g. NODE_PATH=/path/to/.node-test/node_modules).
//
// What it serves (all on the issuer's origin):
//   GET  /.well-known/openid-configuration      discovery (OIDC)
//   GET  /.well-known/oauth-authorization-server discovery (RFC 8414; same document)
//   GET  /jwks                                  public signing keys (ES256 + RS256)
//   POST /token    grant_type=client_credentials  (+ resource=, RFC 8707; scope=)
//                  grant_type=urn:ietf:params:oauth:grant-type:token-exchange (RFC 8693)
//   POST /token/introspection                   RFC 7662 (opaque tokens)
//   POST /token/revocation                      RFC 7009
//
// Config (JSON; every field but `clients` and `resources` optional):
// {
//   "resources": {                       // RFC 8707 resource indicators = token audiences
//     "http://127.0.0.1:8080/mcp": { "scope": "tools:read tools:call", "ttl": 300,
//                                    "format": "jwt", "alg": "ES256" },
//     "https://upstream.test/api": { "scope": "repo:read repo:write", "alg": "RS256" },
//     "urn:test:opaque":           { "scope": "tools:read", "format": "opaque" }
//   },
//   "default_resource": "http://127.0.0.1:8080/mcp",  // when a request names none
//   "clients": {
//     "agent-a": { "secret": "agent-a-secret", "scope": "tools:read tools:call",
//                  "claims": { "roles": ["support"] }, "ttl": 120 },
//     "agent-stale": { "secret": "s", "scope": "tools:read", "expired": true },
//     "warden": { "secret": "warden-secret", "scope": "repo:read repo:write",
//                 "token_exchange": { "subject_audiences": ["http://127.0.0.1:8080/mcp"],
//                                     "resources": ["https://upstream.test/api"] } }
//   },
//   "keys": "/path/private-jwks.json",  // optional: reuse keys; else fresh keys each start
//   "write_keys": "/path/out.json",     // optional: write the private JWKS (tests may sign with it)
//   "key_ids": { "ES256": "k-es", "RS256": "k-rs" }  // optional: fixed kids for fresh keys
// }
// An impostor for "signed by an unknown key" tests: a second instance with the same --issuer
// and the same key_ids but its own fresh keys; its tokens carry a kid the gateway knows.
//
// Per client: `claims` are added to every token it gets (JWT claims; introspection members);
// `ttl` overrides the resource's lifetime; `expired: true` makes its JWTs already expired
// (iat two hours ago, exp one hour ago, signed with the real key); `auth_method` is its
// registered token_endpoint_auth_method (default client_secret_basic; 9.13.3 accepted a secret
// by HTTP Basic or in the form either way); `token_exchange` allows the
// RFC 8693 grant (true = from any of our resources to any of them).
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';

import { load } from '../node_path.mjs';
const { default: Provider, errors } = await load('oidc-provider');
const { createLocalJWKSet, jwtVerify } = await load('jose');

const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const AT_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
const JWT_TYPE = 'urn:ietf:params:oauth:token-type:jwt';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '9400' },
    host: { type: 'string', default: '127.0.0.1' },
    issuer: { type: 'string' },
    config: { type: 'string' },
  },
});
const port = Number(args.port);
const issuer = (args.issuer ?? `http://${args.host}:${port}`).replace(/\/$/, '');
const cfgText = args.config === undefined ? '{}'
  : args.config.trimStart().startsWith('{') ? args.config : fs.readFileSync(args.config, 'utf8');
const cfg = JSON.parse(cfgText);
const resources = cfg.resources ?? {};
const clientsCfg = cfg.clients ?? {};

// Signing keys: one ES256 (P-256) and one RS256 (2048) key, unless a private JWKS is given.
function freshKeys() {
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  return {
    keys: [
      { ...ec, kid: cfg.key_ids?.ES256 ?? `es256-${crypto.randomBytes(4).toString('hex')}`, alg: 'ES256', use: 'sig' },
      { ...rsa, kid: cfg.key_ids?.RS256 ?? `rs256-${crypto.randomBytes(4).toString('hex')}`, alg: 'RS256', use: 'sig' },
    ],
  };
}
const jwks = cfg.keys ? JSON.parse(fs.readFileSync(cfg.keys, 'utf8')) : freshKeys();
if (cfg.write_keys) fs.writeFileSync(cfg.write_keys, JSON.stringify(jwks, null, 2), { mode: 0o600 });
const publicJwks = {
  keys: jwks.keys.map(({ d, p, q, dp, dq, qi, ...pub }) => pub),
};
const localKeys = createLocalJWKSet(publicJwks);

function resourceInfo(identifier) {
  const r = resources[identifier];
  if (!r) return undefined;
  return {
    scope: r.scope ?? '',
    audience: r.audience ?? identifier,
    accessTokenTTL: r.ttl ?? 600,
    accessTokenFormat: r.format ?? 'jwt',
    ...(r.format === 'opaque' ? {} : { jwt: { sign: { alg: r.alg ?? 'ES256' } } }),
  };
}

const allScopes = new Set(['openid', 'offline_access']);
for (const r of Object.values(resources)) for (const s of (r.scope ?? '').split(' ')) if (s) allScopes.add(s);

const clients = Object.entries(clientsCfg).map(([id, c]) => ({
  client_id: id,
  client_secret: c.secret,
  token_endpoint_auth_method: c.auth_method ?? 'client_secret_basic',
  grant_types: ['client_credentials', ...(c.token_exchange ? [TOKEN_EXCHANGE] : [])],
  response_types: [],
  redirect_uris: [],
  ...(c.scope ? { scope: c.scope } : {}),
}));

// Extra claims for tokens minted by the token-exchange handler (act, carried claims).
const exchanged = new WeakMap();

const provider = new Provider(issuer, {
  clients,
  jwks,
  scopes: [...allScopes],
  cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
  clockTolerance: 0,
  responseTypes: ['code'],
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    introspection: {
      enabled: true,
      // Any authenticated confidential client may introspect (a resource server such as
      // the gateway has its own client_id/secret); public clients only their own tokens.
      allowedPolicy: async (ctx, client, token) =>
        client.clientAuthMethod !== 'none' || token.clientId === client.clientId,
    },
    revocation: {
      enabled: true,
      allowedPolicy: async (ctx, client, token) => token.clientId === client.clientId,
    },
    resourceIndicators: {
      enabled: true,
      defaultResource: async () => cfg.default_resource,
      useGrantedResource: async () => true,
      getResourceServerInfo: async (ctx, identifier) => {
        const info = resourceInfo(identifier);
        if (!info) throw new errors.InvalidTarget(`unknown resource ${identifier}`);
        return info;
      },
    },
  },
  ttl: {
    ClientCredentials: (ctx, token, client) =>
      clientsCfg[client.clientId]?.ttl ?? token.resourceServer?.accessTokenTTL ?? 600,
    AccessToken: (ctx, token, client) =>
      clientsCfg[client.clientId]?.ttl ?? token.resourceServer?.accessTokenTTL ?? 600,
  },
  extraTokenClaims: async (ctx, token) => ({
    // `sub` for client_credentials tokens also in introspection answers (JWTs have it anyway).
    ...(token.kind === 'ClientCredentials' ? { sub: token.clientId } : {}),
    ...(clientsCfg[token.clientId]?.claims ?? {}),
    ...(exchanged.get(token) ?? {}),
  }),
  formats: {
    customizers: {
      jwt: async (ctx, token, jwt) => {
        if (clientsCfg[token.clientId]?.expired) {
          const now = Math.floor(Date.now() / 1000);
          jwt.payload.iat = now - 7200;
          jwt.payload.exp = now - 3600;
        }
      },
    },
  },
});
provider.proxy = false;

// RFC 8414 path for the same metadata document (issuer has no path component).
provider.use(async (ctx, next) => {
  if (ctx.path === '/.well-known/oauth-authorization-server') ctx.path = '/.well-known/openid-configuration';
  await next();
});

// ---- RFC 8693 token exchange: an agent's access token (subject_token) for a token to
// another resource, issued to the exchanging client (e.g. the gateway), sub preserved,
// `act: { sub: <exchanging client> }` added, the subject's custom claims carried over.
async function readSubjectToken(value) {
  if (value.split('.').length === 3) {
    try {
      const { payload } = await jwtVerify(value, localKeys, { issuer, typ: 'at+jwt' });
      return payload;
    } catch (e) {
      throw new errors.InvalidGrant(`subject_token invalid (${e.code ?? e.message})`);
    }
  }
  const t = (await provider.AccessToken.find(value)) ?? (await provider.ClientCredentials.find(value));
  if (!t || !t.isValid) throw new errors.InvalidGrant('subject_token invalid or expired');
  return { ...t.extra, sub: t.accountId ?? t.clientId, client_id: t.clientId, aud: t.aud, scope: t.scope };
}

provider.registerGrantType(TOKEN_EXCHANGE, async (ctx) => {
  const { params, client } = ctx.oidc;
  const policy = clientsCfg[client.clientId]?.token_exchange;
  if (!policy) throw new errors.UnauthorizedClient('client may not exchange tokens');
  if (!params.subject_token) throw new errors.InvalidRequest('missing required parameter subject_token');
  if (![AT_TYPE, JWT_TYPE].includes(params.subject_token_type)) {
    throw new errors.InvalidRequest('unsupported subject_token_type');
  }
  if (params.requested_token_type && ![AT_TYPE, JWT_TYPE].includes(params.requested_token_type)) {
    throw new errors.InvalidRequest('unsupported requested_token_type');
  }
  if (params.actor_token) throw new errors.InvalidRequest('actor_token is not supported');

  const subject = await readSubjectToken(params.subject_token);
  const subjectAud = [].concat(subject.aud ?? []);
  const allowedFrom = policy === true ? Object.keys(resources).map((r) => resourceInfo(r).audience)
    : (policy.subject_audiences ?? []);
  if (!subjectAud.some((a) => allowedFrom.includes(a))) {
    throw new errors.InvalidGrant('subject_token audience is not accepted for exchange by this client');
  }

  // Target: `resource` (RFC 8707, absolute URI) or `audience` (logical name) naming one of ours.
  const wanted = [].concat(params.resource ?? [], params.audience ?? []);
  const target = wanted.length ? wanted
    : [].concat(cfg.default_resource ?? []);
  if (target.length !== 1) throw new errors.InvalidTarget('exactly one resource or audience is required');
  const identifier = Object.keys(resources).find((r) => r === target[0] || resourceInfo(r).audience === target[0]);
  const allowedTo = policy === true ? Object.keys(resources) : (policy.resources ?? []);
  if (!identifier || !allowedTo.includes(identifier)) {
    throw new errors.InvalidTarget('resource or audience not allowed for this client');
  }
  const info = resourceInfo(identifier);
  if (info.accessTokenFormat !== 'jwt') throw new errors.InvalidTarget('exchange issues JWTs only');

  const rsScopes = new Set(info.scope.split(' ').filter(Boolean));
  const clientScopes = new Set((client.scope ?? '').split(' ').filter(Boolean));
  let scopes;
  if (params.scope) {
    scopes = params.scope.split(' ').filter(Boolean);
    const bad = scopes.filter((s) => !rsScopes.has(s) || (clientScopes.size && !clientScopes.has(s)));
    if (bad.length) throw new errors.InvalidScope('requested scope is not allowed', bad.join(' '));
  } else {
    scopes = [...rsScopes].filter((s) => !clientScopes.size || clientScopes.has(s));
  }

  const token = new provider.AccessToken({
    accountId: String(subject.sub),
    client,
    gty: 'token-exchange',
    scope: scopes.join(' ') || undefined,
  });
  token.resourceServer = new provider.ResourceServer(identifier, info);
  const carried = Object.fromEntries(Object.entries(subject).filter(([k]) => ![
    'iss', 'sub', 'aud', 'exp', 'iat', 'nbf', 'jti', 'scope', 'client_id', 'act', 'cnf',
  ].includes(k)));
  const act = { sub: client.clientId, ...(subject.act ? { act: subject.act } : {}) };
  exchanged.set(token, { ...carried, act, subject_client_id: subject.client_id });
  const value = await token.save();

  ctx.body = {
    access_token: value,
    issued_token_type: AT_TYPE,
    token_type: 'Bearer',
    expires_in: token.expiration,
    ...(token.scope ? { scope: token.scope } : {}),
  };
}, ['subject_token', 'subject_token_type', 'requested_token_type', 'resource', 'audience',
  'scope', 'actor_token', 'actor_token_type'], ['resource', 'audience']);

provider.on('server_error', (ctx, err) => console.error('server_error', err));
// Refusals name their reason on stderr (the HTTP answer keeps RFC 6749's terse description).
for (const ev of ['grant.error', 'introspection.error', 'revocation.error']) {
  provider.on(ev, (ctx, err) => console.error(`${ev}: ${err.error} ${err.error_description ?? ''} ${err.error_detail ?? ''}`));
}

const server = provider.listen(port, args.host, () => {
  console.log(`oidc-provider listening on ${issuer} (discovery ${issuer}/.well-known/openid-configuration)`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
