#!/usr/bin/env python3
"""Second, independent held-out corpus for secret detection (Warden scan-eval).

Usage:
    python3 bench/scan-eval/heldout2_secrets.py OUT.jsonl

Writes JSON Lines rows:
    {"id": str, "text": str,
     "secrets": [{"start": int, "end": int, "format": str}],
     "context": str, "lookalike": bool}

* Offsets are Python character offsets (the corpus is pure ASCII, so they are
  also byte offsets).  A span covers exactly the secret VALUE: for `key=value`
  only the value, for a URL with a password only the password, for
  `Authorization: Bearer X` only X.  Multi-line keys (PEM / OpenSSH) span from
  the first "-" of the BEGIN line to the last "-" of the END line, *as they
  appear in the text* (i.e. including YAML block indentation or JSON "\\n"
  escapes when the container format adds them).
* Positive rows (lookalike=false) hold one or two secrets; look-alike rows
  (lookalike=true) hold none, only things that resemble secrets.
* Every value is invented here with a seeded RNG, in the publicly documented
  shape of the vendor's tokens.  Standard library only; fully deterministic.
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import struct
import sys
import uuid
import zlib
from collections import Counter

SEED = 20250917
N_POS_ROWS = 1520
N_NEG_ROWS = 2800

R = random.Random(SEED)

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
LETTERS = UP + LO
ALNUM = DIG + UP + LO  # also the base62 alphabet used for GitHub checksums
HEX = '0123456789abcdef'
B64C = UP + LO + DIG + '+/'
B64U = UP + LO + DIG + '-_'
B32 = UP + '234567'
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
K8S_ALPHA = 'bcdfghjklmnpqrstvwxz2456789'


# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------
def rs(alpha, n):
    return ''.join(R.choice(alpha) for _ in range(n))


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def ruuid():
    return str(uuid.UUID(bytes=rb(16), version=4))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def b62(n):
    s = ''
    while n:
        n, r = divmod(n, 62)
        s = ALNUM[r] + s
    return s or '0'


def wrap(s, n):
    return '\n'.join(s[i:i + n] for i in range(0, len(s), n))


def luhn_complete(prefix, length=16):
    digits = prefix + rs(DIG, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


PROJ = ['atlas', 'beacon', 'cobalt', 'drift', 'ember', 'fjord', 'garnet', 'helix', 'ion', 'jade',
        'kite', 'lumen', 'mosaic', 'nova', 'onyx', 'prism', 'quill', 'rune', 'solace', 'tidal',
        'umbra', 'vela', 'wren', 'yarrow', 'zinc']
SVC = ['billing', 'checkout', 'auth', 'search', 'ingest', 'notify', 'reports', 'gateway',
       'inventory', 'scheduler', 'ledger', 'media', 'profile', 'catalog']
USERS = ['alice', 'bob', 'carol', 'dmitri', 'esra', 'farid', 'grace', 'hiro', 'ines', 'jonas',
         'kemal', 'lena', 'mateo', 'nora', 'oskar', 'priya', 'quentin', 'rosa', 'sven', 'tariq',
         'uma', 'viktor', 'wei', 'yusuf', 'zara']
SURN = ['Moreau', 'Okafor', 'Lindqvist', 'Tanaka', 'Haddad', 'Novak', 'Silva', 'Kowalski',
        'Brennan', 'Adeyemi', 'Costa', 'Reyes', 'Schmidt', 'Park', 'Ivanova', 'Dubois']
REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1']
DOMAINS = ['example-corp.io', 'acme-internal.net', 'northwind.dev', 'contoso-apps.com',
           'globex.cloud', 'initech.io', 'umbrella-labs.org']
WORDS = ['Falcon', 'Harbor', 'Maple', 'Quartz', 'Summit', 'Violet', 'Copper', 'Meadow', 'Orbit',
         'Pebble', 'Raven', 'Tango', 'Willow', 'Zephyr', 'Lantern', 'Cactus', 'Glacier', 'Bramble']
ARTIFACTS = ['app.tar.gz', 'terraform_1.8.5_linux_amd64.zip', 'node-v20.14.0-linux-x64.tar.xz',
             'helm-v3.15.2-linux-amd64.tar.gz', 'release-2024.06.1.zip', 'backup-20240611.sql.gz']


def person():
    u = pick(USERS)
    return u, u.capitalize() + ' ' + pick(SURN)


def host():
    return pick([
        f'{pick(PROJ)}-{pick(["db", "pg", "primary"])}.{rs(LO + DIG, 12)}.{pick(REGIONS)}.rds.amazonaws.com',
        f'db.{pick(DOMAINS)}', 'db.internal', f'{pick(SVC)}-db.prod.svc.cluster.local',
        f'{pick(PROJ)}-pg.postgres.database.azure.com', f'10.{R.randint(0, 40)}.{R.randint(0, 255)}.{R.randint(2, 250)}',
        'localhost'])


# --------------------------------------------------------------------------
# items and builder
# --------------------------------------------------------------------------
class Item:
    """One thing to render: a secret (fmt set) or a look-alike/filler (fmt None).

    mode: assign | header | flag | pem | sajson | prose | raw
    For assign/pem the rendered value is pre + val + post; only val is the secret.
    For header the rendered header is  Name: prefix + val.
    For flag the command is flag[0] + val + flag[1].
    """
    __slots__ = ('fmt', 'mode', 'words', 'val', 'pre', 'post', 'header', 'flag', 'url', 'extra')

    def __init__(self, fmt, mode, words, val, pre='', post='', header=None, flag=None, url=None,
                 extra=None):
        self.fmt, self.mode, self.words, self.val = fmt, mode, words, val
        self.pre, self.post, self.header, self.flag = pre, post, header, flag
        self.url, self.extra = url, extra

    @property
    def full(self):
        return self.pre + self.val + self.post


class B:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []  # (start, end, fmt, expected text)

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)

    def v(self, s, fmt):
        if fmt:
            self.spans.append((self.n, self.n + len(s), fmt, s))
        self.t(s)

    def text(self):
        return ''.join(self.buf)


def IDENT(s):
    return s


def wv(b, it, esc=None):
    """write pre + val + post of an item; val is recorded as a span if it is a secret."""
    e = esc or IDENT
    b.t(e(it.pre))
    sv = e(it.val)
    if it.fmt and it.mode not in ('pem',):
        assert sv == it.val, (it.fmt, it.val)
    b.v(sv, it.fmt)
    b.t(e(it.post))


def api_url(it):
    return it.url or f'https://api.{pick(DOMAINS)}/v1/{pick(["status", "events", "items", "me", "deploy"])}'


def shell_header_parts(it):
    name, prefix = it.header
    u = api_url(it)
    k = R.randrange(5)
    if k == 0:
        return f'curl -sS -H "{name}: {prefix}', f'" {u}'
    if k == 1:
        return (f"curl -fsSL -X POST -H 'Content-Type: application/json' -H '{name}: {prefix}",
                f"' -d '{{\"dry_run\": true}}' {u}")
    if k == 2:
        return f'wget -qO- --header="{name}: {prefix}', f'" {u}'
    if k == 3:
        return f'http GET {u} "{name}:{prefix}', '"'
    return f'curl --fail --retry 3 {u} -H "{name}: {prefix}', '"'


def cmd_parts(it):
    if it.mode == 'flag':
        return it.flag
    return shell_header_parts(it)


def wcmd(b, it, esc=None):
    e = esc or IDENT
    pre, post = cmd_parts(it)
    b.t(e(pre))
    sv = e(it.val)
    if it.fmt:
        assert sv == it.val, (it.fmt, it.val)
    b.v(sv, it.fmt)
    b.t(e(post))


def keyname(words, style):
    if isinstance(words, str):
        return words
    w = [x.lower() for x in words]
    if style == 'upper':
        return '_'.join(x.upper() for x in w)
    if style == 'snake':
        return '_'.join(w)
    if style == 'camel':
        return w[0] + ''.join(x.capitalize() for x in w[1:])
    if style == 'pascal':
        return ''.join(x.capitalize() for x in w)
    if style == 'kebab':
        return '-'.join(w)
    if style == 'dotted':
        return '.'.join(w)
    if style == 'flat':
        return ''.join(w)
    raise ValueError(style)


SIMPLE = re.compile(r'[A-Za-z0-9_][A-Za-z0-9_./+=:@~-]*\Z')


def pick_quote(it, opts=('', '"', "'")):
    full = it.full
    o = [q for q in opts if not q or q not in full]
    if not (full == '' or SIMPLE.match(full)):
        o = [q for q in o if q] or o
    return pick(o) if o else ''


def words_text(words):
    if isinstance(words, str):
        return words
    return ' '.join(words)


# --------------------------------------------------------------------------
# secret formats
# --------------------------------------------------------------------------
def T(v, words=None):
    return ('', v, '', words)


def gh_token(prefix):
    body = rs(ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode())).rjust(6, '0')


def sshstr(b):
    return struct.pack('>I', len(b)) + b


def pem_block(label, der):
    return f'-----BEGIN {label}-----\n{wrap(b64(der), 64)}\n-----END {label}-----'


def gen_private_pem():
    k = R.randrange(3)
    if k == 0:
        der = bytes.fromhex('308204a40201000282010100') + rb(1180)
        return pem_block('RSA PRIVATE KEY', der)
    if k == 1:
        der = bytes.fromhex('308204bd020100300d06092a864886f70d0101010500048204a7') + rb(1191)
        return pem_block('PRIVATE KEY', der)
    der = (bytes.fromhex('30770201010420') + rb(32) + bytes.fromhex('a00a06082a8648ce3d030107')
           + bytes.fromhex('a14403420004') + rb(64))
    return pem_block('EC PRIVATE KEY', der)


def gen_pkcs8_rsa():
    der = bytes.fromhex('308204bd020100300d06092a864886f70d0101010500048204a7') + rb(1191)
    return pem_block('PRIVATE KEY', der)


def gen_openssh():
    user = f'{pick(USERS)}@{pick(PROJ)}-{pick(["laptop", "ci", "bastion", "build01"])}'
    chk = rb(4)
    if chance(0.6):
        pub, seed = rb(32), rb(32)
        pubblob = sshstr(b'ssh-ed25519') + sshstr(pub)
        priv = chk + chk + sshstr(b'ssh-ed25519') + sshstr(pub) + sshstr(seed + pub) + sshstr(user.encode())
    else:
        n = b'\x00' + rb(256)
        e = b'\x01\x00\x01'
        pubblob = sshstr(b'ssh-rsa') + sshstr(e) + sshstr(n)
        priv = (chk + chk + sshstr(b'ssh-rsa') + sshstr(n) + sshstr(e) + sshstr(rb(256))
                + sshstr(b'\x00' + rb(128)) + sshstr(b'\x00' + rb(128)) + sshstr(b'\x00' + rb(128))
                + sshstr(user.encode()))
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b'openssh-key-v1\x00' + sshstr(b'none') + sshstr(b'none') + sshstr(b'')
            + struct.pack('>I', 1) + sshstr(pubblob) + sshstr(priv))
    return '-----BEGIN OPENSSH PRIVATE KEY-----\n' + wrap(b64(blob), 70) + '\n-----END OPENSSH PRIVATE KEY-----'


def gen_jwt():
    alg = pick(['HS256', 'HS256', 'RS256', 'ES256'])
    hdr = {'alg': alg, 'typ': 'JWT'}
    if alg != 'HS256' and chance(0.6):
        hdr['kid'] = rs(HEX, 16)
    iat = R.randint(1690000000, 1750000000)
    k = R.randrange(3)
    if k == 0:
        payload = {'sub': ruuid(), 'iss': f'https://auth.{pick(DOMAINS)}/', 'aud': pick(SVC) + '-api',
                   'iat': iat, 'exp': iat + pick([900, 3600, 86400]), 'scope': 'read write'}
    elif k == 1:
        payload = {'iss': 'supabase', 'ref': rs(LO, 20), 'role': 'service_role', 'iat': iat,
                   'exp': iat + 315360000}
    else:
        payload = {'user_id': R.randint(1000, 999999), 'email': f'{pick(USERS)}@{pick(DOMAINS)}',
                   'roles': ['admin'], 'iat': iat, 'exp': iat + 604800}
    sig = rb({'HS256': 32, 'RS256': 256, 'ES256': 64}[alg])
    enc = lambda o: b64u(json.dumps(o, separators=(',', ':')).encode())
    return f'{enc(hdr)}.{enc(payload)}.{b64u(sig)}'


def gen_pypi():
    ident = ruuid().encode()
    mac = (b'\x02\x01\x08pypi.org\x02' + bytes([len(ident)]) + ident + b'\x00\x02\x06\x00\x00\x06\x20'
           + rb(R.randint(60, 90)))
    return 'pypi-' + b64u(mac)


PW_PUNCT = '!*-_.~^+='


def gen_password():
    k = R.randrange(5)
    if k == 0:
        return pick(LETTERS) + rs(ALNUM + PW_PUNCT, R.randint(11, 23))
    if k == 1:
        return pick(WORDS) + pick('-_.!') + pick(WORDS) + str(R.randint(10, 9999)) + pick(['!', '*', '', '.', '^'])
    if k == 2:
        return rs(ALNUM, R.randint(16, 32))
    if k == 3:
        w = pick(WORDS)
        leet = w.replace('a', '4').replace('e', '3').replace('o', '0')
        return leet + pick(['!', '*', '^', '']) + str(R.randint(1970, 2025)) + pick(['', '!', '~'])
    return pick(LETTERS) + rs(ALNUM, R.randint(7, 11)) + pick(PW_PUNCT) + rs(ALNUM, R.randint(3, 8))


def gen_db_password():
    k = R.randrange(3)
    if k == 0:
        return pick(LETTERS) + rs(ALNUM + '-_.~', R.randint(11, 27))
    if k == 1:
        return rs(ALNUM, R.randint(16, 32))
    return pick(WORDS) + pick(['-', '_', '.']) + pick(WORDS) + str(R.randint(100, 9999))


def gen_generic_secret():
    k = R.randrange(6)
    if k == 0:
        return rs(HEX, 32)
    if k == 1:
        return rs(HEX, 64)
    if k == 2:
        return rs(ALNUM, R.randint(32, 48))
    if k == 3:
        return b64(rb(32))
    if k == 4:
        return pick(LO) + rs(LO + DIG + '!*-_=+^', 49)  # Django-style SECRET_KEY
    return rs(HEX, 40)


FMT = {}


def fmt(name, words, gen, modes=('assign',), header=None, flag=None, url=None):
    m = set(modes)
    if header:
        m.add('header')
    if flag:
        m.add('flag')
    FMT[name] = dict(words=words, gen=gen, modes=m, header=header or [], flag=flag or [], url=url)


def make_item(name, mode):
    d = FMT[name]
    g = d['gen']()
    pre, val, post = g[0], g[1], g[2]
    words = g[3] if len(g) > 3 and g[3] else pick(d['words'])
    it = Item(name, mode, words, val, pre, post)
    if mode == 'header':
        it.header = pick(d['header'])
        u = d['url']
        it.url = u() if callable(u) else u
    elif mode == 'flag':
        it.flag = pick(d['flag'])(pre, val, post)
    return it


# ---- cloud -----------------------------------------------------------------
fmt('aws_access_key_id', [('aws', 'access', 'key', 'id')], lambda: T('AKIA' + rs(B32, 16)))
fmt('aws_secret_access_key', [('aws', 'secret', 'access', 'key')], lambda: T(rs(B64C, 40)))
fmt('gcp_service_account_key', [('google', 'application', 'credentials', 'json')],
    lambda: T(gen_pkcs8_rsa()), modes=('sajson',))
fmt('google_api_key',
    [('google', 'api', 'key'), ('maps', 'api', 'key'), ('firebase', 'api', 'key'), ('gcp', 'api', 'key'),
     ('youtube', 'api', 'key'), ('gemini', 'api', 'key')],
    lambda: T('AIza' + rs(ALNUM + '-_', 35)),
    header=[('X-Goog-Api-Key', '')],
    url='https://generativelanguage.googleapis.com/v1beta/models',
    flag=[lambda p, v, s: ('curl -s "https://maps.googleapis.com/maps/api/geocode/json?address=Lisbon&key=', '"'),
          lambda p, v, s: ('gcloud alpha services api-keys lookup ', ' --format=json')])


def g_azure_storage():
    acct = pick(PROJ) + pick(['prod', 'data', 'logs', 'stor']) + str(R.randint(1, 99))
    key = b64(rb(64))
    if chance(0.6):
        return (f'DefaultEndpointsProtocol=https;AccountName={acct};AccountKey=', key,
                ';EndpointSuffix=core.windows.net',
                pick([('azure', 'storage', 'connection', 'string'), ('storage', 'connection', 'string'),
                      'AzureWebJobsStorage', ('blob', 'connection')]))
    return T(key, pick([('azure', 'storage', 'key'), ('storage', 'account', 'key'), ('azure', 'storage', 'access', 'key'),
                        ('blob', 'account', 'key')]))


fmt('azure_storage_account_key', [], g_azure_storage,
    flag=[lambda p, v, s: (f'az storage blob list --container-name backups --connection-string "{p}', f'{s}"')
          if p else (f'az storage blob upload --account-name {pick(PROJ)}stor --account-key "',
                     '" -c backups -f dump.tar.gz -n dump.tar.gz')])


def g_cosmos():
    acct = pick(PROJ) + '-' + pick(['cosmos', 'docs', 'state'])
    key = b64(rb(64))
    if chance(0.6):
        return (f'AccountEndpoint=https://{acct}.documents.azure.com:443/;AccountKey=', key, ';',
                pick([('cosmos', 'connection', 'string'), ('cosmos', 'db', 'connection'), ('cosmosdb', 'conn')]))
    return T(key, pick([('cosmos', 'db', 'key'), ('cosmos', 'primary', 'key'), ('cosmos', 'key'),
                        ('azure', 'cosmos', 'master', 'key')]))


fmt('azure_cosmosdb_key', [], g_cosmos)

fmt('azure_ad_client_secret',
    [('azure', 'client', 'secret'), ('client', 'secret'), ('arm', 'client', 'secret'), ('aad', 'client', 'secret'),
     ('entra', 'app', 'secret'), ('sp', 'password')],
    lambda: T(pick(ALNUM) + rs(ALNUM + '_~.', 2) + pick('78') + 'Q~' + rs(ALNUM + '_~.-', 34)),
    flag=[lambda p, v, s: (f'az login --service-principal -u {ruuid()} -p ', f' --tenant {ruuid()}'),
          lambda p, v, s: (f'az login --service-principal --username {ruuid()} --password="', f'" --tenant {ruuid()}')])

# ---- code hosts ---------------------------------------------------------------
GH_WORDS = [('github', 'token'), ('gh', 'token'), ('github', 'pat'), ('git', 'token'),
            ('github', 'access', 'token'), ('gh', 'pat'), ('github', 'api', 'token')]
GH_FLAGS = [
    lambda p, v, s: ('git clone https://x-access-token:', f'@github.com/{pick(PROJ)}-org/{pick(SVC)}.git'),
    lambda p, v, s: ('echo ', ' | gh auth login --with-token'),
    lambda p, v, s: (f'git remote set-url origin https://{pick(USERS)}:', f'@github.com/{pick(PROJ)}/{pick(SVC)}.git'),
    lambda p, v, s: ('GH_TOKEN=', f' gh release create v{R.randint(1, 4)}.{R.randint(0, 20)}.0 --generate-notes'),
]
fmt('github_pat_classic', GH_WORDS, lambda: T(gh_token('ghp_')),
    header=[('Authorization', 'token '), ('Authorization', 'Bearer ')], url='https://api.github.com/user/repos',
    flag=GH_FLAGS)
fmt('github_fine_grained_pat', GH_WORDS,
    lambda: T('github_pat_' + rs(ALNUM, 22) + '_' + rs(ALNUM, 59)),
    header=[('Authorization', 'Bearer '), ('Authorization', 'token ')],
    url='https://api.github.com/repos/{o}/{r}/contents'.format(o='org', r='repo'), flag=GH_FLAGS)
fmt('github_app_token',
    [('github', 'app', 'token'), ('installation', 'token'), ('gh', 'oauth', 'token'), ('github', 'oauth', 'token'),
     ('gh', 'app', 'installation', 'token')],
    lambda: T(gh_token(pick(['ghs_', 'gho_', 'ghu_', 'ghr_']))),
    header=[('Authorization', 'Bearer '), ('Authorization', 'token ')], url='https://api.github.com/installation/repositories',
    flag=GH_FLAGS[:2])
fmt('gitlab_pat',
    [('gitlab', 'token'), ('gitlab', 'private', 'token'), ('gl', 'token'), ('gitlab', 'api', 'token'), ('gitlab', 'pat')],
    lambda: T('glpat-' + rs(ALNUM + '-_', 20)),
    header=[('PRIVATE-TOKEN', ''), ('Authorization', 'Bearer ')], url='https://gitlab.com/api/v4/projects?owned=true',
    flag=[lambda p, v, s: ('git clone https://oauth2:', f'@gitlab.com/{pick(PROJ)}/{pick(SVC)}.git'),
          lambda p, v, s: ('glab auth login --hostname gitlab.com --token ', '')])

# ---- CI/CD --------------------------------------------------------------------
fmt('gitlab_ci_token',
    [('runner', 'token'), ('gitlab', 'runner', 'token'), ('ci', 'trigger', 'token'), ('trigger', 'token'),
     ('runner', 'auth', 'token')],
    lambda: T(pick(['glrt-' + rs(ALNUM + '-_', 20), 'glptt-' + rs(HEX, 40)])),
    flag=[lambda p, v, s: ('gitlab-runner register --non-interactive --url https://gitlab.com --token ',
                           ' --executor docker --docker-image alpine:3.19') if v.startswith('glrt-') else
          ('curl -X POST --fail -F token=',
           f' -F ref=main https://gitlab.com/api/v4/projects/{R.randint(1000, 99999)}/trigger/pipeline')])
fmt('circleci_token',
    [('circle', 'token'), ('circleci', 'token'), ('circle', 'ci', 'api', 'token'), ('circleci', 'api', 'key')],
    lambda: T('CCIPAT_' + rs(ALNUM, 22) + '_' + rs(HEX, 40)),
    header=[('Circle-Token', '')], url='https://circleci.com/api/v2/me')
fmt('docker_hub_pat',
    [('docker', 'hub', 'token'), ('docker', 'password'), ('dockerhub', 'pat'), ('registry', 'password'),
     ('docker', 'hub', 'access', 'token')],
    lambda: T('dckr_pat_' + rs(ALNUM + '-_', 27)),
    flag=[lambda p, v, s: (f'docker login -u {pick(USERS)} -p ', ''),
          lambda p, v, s: ('echo "', f'" | docker login --username {pick(USERS)}ci --password-stdin')])

# ---- package registries ---------------------------------------------------------
fmt('npm_token', [('npm', 'token'), ('npm', 'auth', 'token'), ('node', 'auth', 'token'), ('npm', 'publish', 'token')],
    lambda: T('npm_' + rs(ALNUM, 36)),
    header=[('Authorization', 'Bearer ')], url='https://registry.npmjs.org/-/whoami',
    flag=[lambda p, v, s: ('npm config set //registry.npmjs.org/:_authToken=', ''),
          lambda p, v, s: ('npm publish --access public --//registry.npmjs.org/:_authToken=', '')])
fmt('pypi_token', [('pypi', 'token'), ('pypi', 'api', 'token'), ('twine', 'password'), ('pypi', 'password'),
                   ('poetry', 'pypi', 'token', 'pypi')],
    lambda: T(gen_pypi()),
    flag=[lambda p, v, s: ('twine upload -u __token__ -p ', ' dist/*'),
          lambda p, v, s: ('poetry config pypi-token.pypi ', ''),
          lambda p, v, s: ('uv publish --token ', '')])
fmt('nuget_api_key', [('nuget', 'api', 'key'), ('nuget', 'key'), ('nuget', 'token')],
    lambda: T('oy2' + rs(LO + DIG, 43)),
    header=[('X-NuGet-ApiKey', '')], url='https://www.nuget.org/api/v2/package',
    flag=[lambda p, v, s: ('dotnet nuget push bin/Release/*.nupkg --api-key ', ' --source https://api.nuget.org/v3/index.json'),
          lambda p, v, s: ('nuget setapikey ', ' -Source https://api.nuget.org/v3/index.json')])

# ---- chat / webhooks ---------------------------------------------------------
def g_slack_token():
    k = R.randrange(3)
    if k == 0:
        return T(f'xoxb-{rs(DIG, R.randint(10, 13))}-{rs(DIG, R.randint(10, 13))}-{rs(ALNUM, 24)}')
    if k == 1:
        return T(f'xoxp-{rs(DIG, 12)}-{rs(DIG, 12)}-{rs(DIG, 13)}-{rs(HEX, 32)}')
    return T(f'xapp-1-A{rs(UP + DIG, 10)}-{rs(DIG, 13)}-{rs(HEX, 64)}')


fmt('slack_token', [('slack', 'bot', 'token'), ('slack', 'token'), ('slack', 'app', 'token'), ('slack', 'user', 'token')],
    g_slack_token, header=[('Authorization', 'Bearer ')], url='https://slack.com/api/chat.postMessage')

WEBHOOK_FLAGS = [
    lambda p, v, s: ("curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"Deploy finished\"}' ", ''),
    lambda p, v, s: ('curl -fsS -H "Content-Type: application/json" -d @payload.json ', ''),
]
fmt('slack_webhook_url',
    [('slack', 'webhook', 'url'), ('slack', 'webhook'), ('alerts', 'webhook', 'url'), ('slack', 'incoming', 'webhook')],
    lambda: T(f'https://hooks.slack.com/services/T{rs(UP + DIG, R.randint(8, 10))}/B{rs(UP + DIG, R.randint(8, 10))}/{rs(ALNUM, 24)}'),
    flag=WEBHOOK_FLAGS)
fmt('discord_webhook_url', [('discord', 'webhook', 'url'), ('discord', 'webhook'), ('notify', 'discord', 'url')],
    lambda: T(f'https://discord.com/api/webhooks/{pick("123456789")}{rs(DIG, 18)}/{rs(B64U, 68)}'),
    flag=WEBHOOK_FLAGS)
fmt('teams_webhook_url', [('teams', 'webhook', 'url'), ('ms', 'teams', 'webhook'), ('teams', 'incoming', 'webhook')],
    lambda: T(f'https://{pick(PROJ)}{pick(["corp", "inc", "group"])}.webhook.office.com/webhookb2/{ruuid()}@{ruuid()}'
              f'/IncomingWebhook/{rs(HEX, 32)}/{ruuid()}'),
    flag=WEBHOOK_FLAGS)
fmt('telegram_bot_token', [('telegram', 'bot', 'token'), ('tg', 'bot', 'token'), ('bot', 'token'), ('telegram', 'token')],
    lambda: T(f'{R.randint(100000000, 8999999999)}:AA{rs(ALNUM + "-_", 33)}'),
    flag=[lambda p, v, s: ('curl -s "https://api.telegram.org/bot', f'/sendMessage?chat_id=-100{rs(DIG, 10)}&text=deployed"')])

# ---- payments / SaaS -------------------------------------------------------------
fmt('stripe_secret_key', [('stripe', 'secret', 'key'), ('stripe', 'api', 'key'), ('stripe', 'key'), ('stripe', 'sk')],
    lambda: T(pick(['sk_live_', 'sk_live_', 'rk_live_']) + pick([rs(ALNUM, 24), '51' + rs(ALNUM, 97)])),
    header=[('Authorization', 'Bearer ')], url='https://api.stripe.com/v1/charges?limit=3',
    flag=[lambda p, v, s: ('curl https://api.stripe.com/v1/customers -u ', ':'),
          lambda p, v, s: ('stripe listen --api-key ', ' --forward-to localhost:4242/webhook')])


def twilio_flag(p, v, s):
    sid = 'AC' + rs(HEX, 32)
    return (f'curl -X POST "https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json" '
            f'--data-urlencode "Body=ping" -u "{sid}:', '"')


fmt('twilio_auth_token', [('twilio', 'auth', 'token'), ('twilio', 'token'), ('twilio', 'api', 'secret')],
    lambda: T(rs(HEX, 32)), flag=[twilio_flag])
fmt('sendgrid_api_key', [('sendgrid', 'api', 'key'), ('sendgrid', 'key'), ('sg', 'api', 'key'), ('email', 'api', 'key')],
    lambda: T(f'SG.{rs(ALNUM + "-_", 22)}.{rs(ALNUM + "-_", 43)}'),
    header=[('Authorization', 'Bearer ')], url='https://api.sendgrid.com/v3/mail/send')
fmt('shopify_access_token', [('shopify', 'access', 'token'), ('shopify', 'admin', 'api', 'token'), ('shopify', 'token')],
    lambda: T(pick(['shpat_', 'shpat_', 'shpca_']) + rs(HEX, 32)),
    header=[('X-Shopify-Access-Token', '')], url=lambda: f'https://{pick(PROJ)}-store.myshopify.com/admin/api/2024-04/products.json')

# ---- AI providers --------------------------------------------------------------------
def g_openai():
    k = R.randrange(3)
    if k == 0:
        return T('sk-' + rs(ALNUM, 20) + 'T3BlbkFJ' + rs(ALNUM, 20))
    if k == 1:
        return T('sk-proj-' + rs(ALNUM, 1) + rs(B64U, 73) + 'T3BlbkFJ' + rs(B64U, 73) + rs(ALNUM, 1))
    return T('sk-svcacct-' + rs(ALNUM, 1) + rs(B64U, 73) + 'T3BlbkFJ' + rs(B64U, 73) + rs(ALNUM, 1))


fmt('openai_api_key', [('openai', 'api', 'key'), ('openai', 'key'), ('oai', 'key'), ('llm', 'api', 'key'), ('gpt', 'api', 'key')],
    g_openai, header=[('Authorization', 'Bearer ')], url='https://api.openai.com/v1/chat/completions')
fmt('anthropic_api_key', [('anthropic', 'api', 'key'), ('claude', 'api', 'key'), ('anthropic', 'key')],
    lambda: T('sk-ant-api03-' + rs(B64U, 93) + 'AA'),
    header=[('x-api-key', '')], url='https://api.anthropic.com/v1/messages')
fmt('huggingface_token', [('hf', 'token'), ('hugging', 'face', 'hub', 'token'), ('huggingface', 'token'), ('hf', 'api', 'token')],
    lambda: T('hf_' + rs(LETTERS, 34)),
    header=[('Authorization', 'Bearer ')], url='https://huggingface.co/api/whoami-v2',
    flag=[lambda p, v, s: ('huggingface-cli login --token ', ''),
          lambda p, v, s: ('huggingface-cli upload --token ', f' {pick(USERS)}/{pick(PROJ)}-7b ./out')])

# ---- databases -----------------------------------------------------------------------
def g_pg():
    user = pick(USERS + ['app', 'postgres', 'svc_' + pick(SVC), 'readwrite'])
    scheme = pick(['postgres', 'postgresql', 'postgresql', 'postgresql+psycopg2'])
    db = pick(SVC) + pick(['', '_prod', '_db'])
    q = pick(['', '?sslmode=require', '?sslmode=verify-full&application_name=' + pick(SVC)])
    return (f'{scheme}://{user}:', gen_db_password(), f'@{host()}:5432/{db}{q}')


def g_mysql():
    user = pick(USERS + ['root', 'app', 'wp_admin', 'laravel'])
    scheme = pick(['mysql', 'mysql', 'mysql+pymysql', 'mysql2', 'mariadb'])
    db = pick(SVC) + pick(['', '_prod'])
    return (f'{scheme}://{user}:', gen_db_password(),
            f'@{host()}:3306/{db}' + pick(['', '?charset=utf8mb4', '?ssl-mode=REQUIRED']))


def g_mongo():
    user = pick(USERS + ['admin', 'app', 'atlasAdmin'])
    if chance(0.65):
        post = (f'@cluster{R.randint(0, 3)}.{rs(LO + DIG, 5)}.mongodb.net/{pick(SVC)}'
                + pick(['?retryWrites=true&w=majority', '', '?retryWrites=true&w=majority&appName=Cluster0']))
        return ('mongodb+srv://' + user + ':', gen_db_password(), post)
    hs = ','.join(f'mongo-{i}.{pick(PROJ)}.internal:27017' for i in range(R.randint(1, 3)))
    return ('mongodb://' + user + ':', gen_db_password(), f'@{hs}/{pick(SVC)}?authSource=admin&replicaSet=rs0')


def g_redis():
    k = R.randrange(3)
    if k == 0:
        return ('redis://:', gen_db_password(), f'@{pick(["cache.internal", "redis", "10.0.4.12"])}:6379/{R.randint(0, 15)}')
    if k == 1:
        return ('rediss://default:', gen_db_password(), f'@{pick(PROJ)}-{rs(LO, 5)}-{R.randint(10000, 99999)}.upstash.io:6379')
    return (f'redis://{pick(USERS)}:', gen_db_password(), f'@{pick(PROJ)}.{rs(LO + DIG, 6)}.ng.0001.use1.cache.amazonaws.com:6379')


def g_amqp():
    k = R.randrange(3)
    if k == 0:
        return (f'amqp://{pick(USERS + ["app", "celery"])}:', gen_db_password(), f'@rabbitmq.internal:5672/{pick(SVC)}')
    if k == 1:
        u = rs(LO, 8)
        return (f'amqps://{u}:', gen_db_password(), f'@{pick(["rattlesnake", "hawk", "jackal", "possum"])}.rmq.cloudamqp.com/{u}')
    return (f'amqps://{pick(USERS)}:', gen_db_password(), f'@b-{ruuid()}.mq.{pick(REGIONS)}.amazonaws.com:5671')


DB_WORDS = [('database', 'url'), ('db', 'url'), ('db', 'dsn'), ('database', 'uri'), ('sqlalchemy', 'database', 'uri'),
            ('datasource', 'url')]
fmt('postgres_url_password', DB_WORDS + [('postgres', 'url'), ('pg', 'dsn')], g_pg,
    flag=[lambda p, v, s: ('psql "' + p, s + '" -c "select 1"'),
          lambda p, v, s: ('pg_dump --no-owner "' + p, s + '" > dump.sql')])
fmt('mysql_url_password', DB_WORDS + [('mysql', 'url')], g_mysql,
    flag=[lambda p, v, s: ('mysqlsh --uri "' + p, s + '"')])
fmt('mongodb_url_password', [('mongo', 'uri'), ('mongodb', 'url'), ('mongo', 'url'), ('mongodb', 'connection', 'string')],
    g_mongo, flag=[lambda p, v, s: ('mongosh "' + p, s + '"'),
                   lambda p, v, s: ('mongodump --uri="' + p, s + '" --out=/backups/nightly')])
fmt('redis_url_password', [('redis', 'url'), ('cache', 'url'), ('redis', 'uri'), ('celery', 'result', 'backend')], g_redis,
    flag=[lambda p, v, s: ('redis-cli -u ' + p, s + ' PING')])
fmt('amqp_url_password', [('amqp', 'url'), ('rabbitmq', 'url'), ('broker', 'url'), ('celery', 'broker', 'url'),
                          ('cloudamqp', 'url')], g_amqp)

# ---- tokens / keys ------------------------------------------------------------------------
fmt('jwt', [('jwt',), ('access', 'token'), ('id', 'token'), ('auth', 'token'), ('bearer', 'token'),
            ('service', 'role', 'key'), ('session', 'token')],
    lambda: T(gen_jwt()), header=[('Authorization', 'Bearer ')],
    url=lambda: f'https://api.{pick(DOMAINS)}/v1/{pick(["me", "admin/users", "orders"])}')
fmt('private_key_pem', [('private', 'key'), ('tls', 'key'), ('signing', 'key'), ('jwt', 'private', 'key'), ('ssl', 'key'),
                        ('saml', 'sp', 'private', 'key'), ('app', 'private', 'key')],
    lambda: T(gen_private_pem()), modes=('pem',))
fmt('openssh_private_key', [('ssh', 'private', 'key'), ('deploy', 'key'), ('ssh', 'key'), ('git', 'ssh', 'key'),
                            ('sftp', 'private', 'key'), ('id', 'ed25519')],
    lambda: T(gen_openssh()), modes=('pem',))

PASSWORD_KEYS = [('password',), ('db', 'password'), ('database', 'password'), ('admin', 'password'),
                 ('root', 'password'), ('smtp', 'password'), ('mail', 'pass'), ('passwd',), ('pwd',), ('db', 'pass'),
                 ('mysql', 'root', 'password'), ('postgres', 'password'), ('redis', 'password'),
                 ('ldap', 'bind', 'password'), ('service', 'account', 'password'), ('keystore', 'password'),
                 ('rabbitmq', 'default', 'pass'), ('ftp', 'password'), ('master', 'password'), ('sa', 'password'),
                 ('bind', 'pw'), ('user', 'password'), ('proxy', 'password'), ('elastic', 'password'),
                 ('grafana', 'admin', 'password'), ('pg', 'pass'), ('db', 'pwd'), ('mongo', 'initdb', 'root', 'password')]
fmt('password_kv', PASSWORD_KEYS, lambda: T(gen_password()),
    flag=[lambda p, v, s: (f'mysql -h {pick(["db.internal", "127.0.0.1"])} -u root -p', f' {pick(SVC)}'),
          lambda p, v, s: ("sshpass -p '", f"' ssh deploy@10.0.{R.randint(0, 9)}.{R.randint(2, 200)}"),
          lambda p, v, s: ("redis-cli -h cache.internal -a '", "' PING"),
          lambda p, v, s: ("mysqldump -u backup --password='", "' --all-databases > all.sql"),
          lambda p, v, s: ("net use Z: \\\\fs01\\share /user:CORP\\svc_backup ", ''),
          lambda p, v, s: (f'ldapsearch -x -D "cn=admin,dc={pick(PROJ)},dc=io" -w ', ' -b "dc=io"')])

SECRET_KEYS = [('api', 'key'), ('apikey',), ('secret', 'key'), ('client', 'secret'), ('app', 'secret'), ('auth', 'token'),
               ('access', 'token'), ('signing', 'secret'), ('encryption', 'key'), ('hmac', 'secret'),
               ('webhook', 'secret'), ('private', 'token'), ('service', 'key'), ('master', 'key'), ('jwt', 'secret'),
               ('session', 'secret'), ('x', 'api', 'key'), ('consumer', 'secret'), ('shared', 'secret'), ('secret',),
               ('api', 'token'), ('sentry', 'auth', 'token'), ('datadog', 'api', 'key'), ('algolia', 'admin', 'key'),
               ('mailgun', 'api', 'key'), ('pagerduty', 'token'), ('cookie', 'secret'), ('app', 'key')]
fmt('generic_secret_kv', SECRET_KEYS, lambda: T(gen_generic_secret()))


def g_header_token():
    return T(pick([rs(HEX, 32), rs(ALNUM, 40), rs(HEX, 48), 'key_' + rs(ALNUM, 32), rs(ALNUM, 28)]))


fmt('http_header_token', [('api', 'key')], g_header_token, modes=(),
    header=[('X-Api-Key', ''), ('Authorization', 'Bearer '), ('X-Auth-Token', ''), ('Api-Key', ''), ('X-API-TOKEN', ''),
            ('Authorization', 'Token '), ('Authorization', 'ApiKey '), ('X-Access-Token', '')])


def g_cli_token():
    k = R.randrange(6)
    return T([rs(HEX, 64), rs(ALNUM, 24), 'nfp_' + rs(ALNUM, 36), 'dop_v1_' + rs(HEX, 64), rs(ALNUM, 40),
              rs(HEX, 40)][k])


fmt('cli_flag_token', [('token',)], g_cli_token, modes=(),
    flag=[lambda p, v, s: ('sentry-cli --auth-token ', f' releases new {pick(SVC)}@{R.randint(1, 9)}.{R.randint(0, 30)}.0'),
          lambda p, v, s: ('vercel deploy --prod --token ', ''),
          lambda p, v, s: ('netlify deploy --prod --dir=dist --auth ', ''),
          lambda p, v, s: ('doctl auth init -t ', ''),
          lambda p, v, s: ('codecov upload-process -t ', ' -f coverage.xml'),
          lambda p, v, s: ('snyk auth ', ''),
          lambda p, v, s: ('kubectl --server=https://k8s.internal:6443 --token=', ' get pods -A'),
          lambda p, v, s: ('argocd login argocd.internal --grpc-web --auth-token ', ''),
          lambda p, v, s: ('fly deploy --access-token ', f' -a {pick(PROJ)}-{pick(SVC)}'),
          lambda p, v, s: ('terraform-backend-cli --api-token=', ' init'),
          lambda p, v, s: ('ngrok config add-authtoken ', ''),
          lambda p, v, s: (f'curl -u "ci-bot:', f'" https://nexus.{pick(DOMAINS)}/service/rest/v1/status')])

POS_FORMATS = list(FMT)
SINGLE_LINE_FMTS = [f for f in POS_FORMATS if f not in ('aws_access_key_id', 'aws_secret_access_key',
                                                        'gcp_service_account_key', 'private_key_pem',
                                                        'openssh_private_key')]
PKG_FMTS = {'npm_token', 'pypi_token', 'nuget_api_key', 'github_pat_classic', 'github_fine_grained_pat',
            'gitlab_pat', 'password_kv'}
AWS_FMTS = {'aws_access_key_id', 'aws_secret_access_key'}


# --------------------------------------------------------------------------
# look-alikes (no secret)
# --------------------------------------------------------------------------
def prose(s):
    return Item(None, 'prose', None, s)


def A(words, val, pre='', post=''):
    return Item(None, 'assign', words, val, pre, post)


def H(name, prefix, val):
    return Item(None, 'header', None, val, header=(name, prefix))


def F(pre, val, post=''):
    return Item(None, 'flag', None, val, flag=(pre, post))


SUS_KEYS = PASSWORD_KEYS + SECRET_KEYS + [('github', 'token'), ('openai', 'api', 'key'), ('stripe', 'secret', 'key'),
                                          ('aws', 'secret', 'access', 'key'), ('slack', 'bot', 'token'), ('npm', 'token')]
ENV_NAMES = ['GITHUB_TOKEN', 'NPM_TOKEN', 'API_KEY', 'DB_PASSWORD', 'OPENAI_API_KEY', 'STRIPE_SECRET_KEY',
             'SLACK_BOT_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'DOCKERHUB_TOKEN', 'PYPI_API_TOKEN', 'SENTRY_AUTH_TOKEN']


def L_sha256(mode):
    h = rs(HEX, 64)
    if mode == 'flag':
        return F('echo "', h, f'  {pick(ARTIFACTS)}" | sha256sum --check')
    if mode == 'prose':
        return prose(f'SHA-256 of {pick(ARTIFACTS)}: {h}')
    return A(pick([('checksum',), ('sha256',), ('artifact', 'sha256'), ('content', 'hash'), ('file', 'digest'),
                   ('expected', 'checksum'), ('sha256', 'sum')]), h)


def L_gitsha(mode):
    h = rs(HEX, 40)
    if mode == 'flag':
        return F(pick(['git checkout ', 'git revert --no-edit ', 'git cherry-pick -x ', 'git show --stat ']), h)
    if mode == 'prose':
        return prose(pick([f'Fixed in {h} (see PR #{R.randint(100, 9999)}).', f'Bisect points at commit {h[:12]}.',
                           f'Reverted {h} because it broke the nightly build.']))
    return A(pick([('commit',), ('git', 'sha'), ('revision',), ('source', 'version'), ('commit', 'sha'),
                   ('build', 'commit'), ('base', 'ref')]), pick([h, h[:7], h[:12]]))


def L_md5(mode):
    h = rs(HEX, 32)
    if mode == 'header':
        return pick([H('If-None-Match', '', h), H('Content-MD5', '', b64(rb(16))), H('ETag', '', h)])
    return A(pick([('etag',), ('md5',), ('file', 'md5'), ('cache', 'key'), ('gravatar', 'hash')]), h)


def L_uuid(mode):
    u = ruuid()
    if mode == 'header':
        return pick([H('X-Request-Id', '', u), H('X-Correlation-ID', '', u), H('X-Tenant-Id', '', u)])
    if mode == 'flag':
        return pick([F('az account set --subscription ', u), F('az ad sp show --id ', u),
                     F('aws logs get-query-results --query-id ', u)])
    if mode == 'prose':
        return prose(f'Request id {u} failed with HTTP 502 at {R.randint(0, 23):02d}:{R.randint(0, 59):02d} UTC.')
    return A(pick([('request', 'id'), ('tenant', 'id'), ('client', 'id'), ('subscription', 'id'), ('correlation', 'id'),
                   ('app', 'id'), ('installation', 'id'), ('workspace', 'id'), ('azure', 'client', 'id'),
                   ('object', 'id')]), pick([u, u, u.upper(), u.replace('-', '')]))


def L_b64data(mode):
    src = pick([
        f'{{"user":"{pick(USERS)}","plan":"pro","seats":{R.randint(1, 50)},"trial":false}}',
        f'#!/bin/bash\napt-get update -y\napt-get install -y nginx\nsystemctl enable nginx\necho "{pick(SVC)} ready"\n',
        f'Hello {pick(USERS).capitalize()}, your order #{R.randint(10000, 99999)} has shipped.',
        f'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {pick(SVC)}\n',
        'The quick brown fox jumps over the lazy dog. ' * R.randint(1, 3),
        f'user:{pick(USERS)}\nrole:viewer\nregion:{pick(REGIONS)}\n',
    ])
    v = b64(src.encode())
    if mode == 'prose':
        return prose(f'The payload is base64 encoded, e.g. {v}')
    return A(pick([('user', 'data'), ('payload',), ('config', 'b64'), ('template', 'base64'), ('message', 'body'),
                   ('encoded', 'manifest'), ('init', 'script')]), v)


def L_datauri(mode):
    k = R.randrange(3)
    if k == 0:
        v = 'data:image/png;base64,' + b64(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + rb(R.randint(40, 180)))
    elif k == 1:
        v = 'data:image/gif;base64,' + b64(b'GIF89a\x01\x00\x01\x00' + rb(R.randint(20, 60)))
    else:
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="{R.randint(3, 8)}" '
               f'fill="#{rs(HEX, 6)}"/></svg>')
        v = 'data:image/svg+xml;base64,' + b64(svg.encode())
    return A(pick([('logo',), ('avatar',), ('icon',), ('placeholder', 'image'), ('favicon',), ('spinner',)]), v)


def L_integrity(mode):
    if mode == 'raw':
        lib = pick(['bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js', 'jquery@3.7.1/dist/jquery.min.js',
                    'htmx.org@1.9.12/dist/htmx.min.js'])
        return Item(None, 'raw', None,
                    f'<script src="https://cdn.jsdelivr.net/npm/{lib}" integrity="sha384-{b64(rb(48))}" crossorigin="anonymous"></script>')
    v = pick(['sha512-' + b64(rb(64)), 'sha384-' + b64(rb(48)), 'sha1-' + b64(rb(20))])
    return A(pick([('integrity',), ('resolved', 'integrity'), ('sri',), ('subresource', 'integrity')]), v)


def L_docker_digest(mode):
    img = pick(['library/python', 'library/node', 'bitnami/redis', 'grafana/grafana', f'{pick(PROJ)}/{pick(SVC)}'])
    reg = pick(['docker.io/', 'ghcr.io/', '', f'{R.randint(100000000000, 999999999999)}.dkr.ecr.{pick(REGIONS)}.amazonaws.com/'])
    d = 'sha256:' + rs(HEX, 64)
    if mode == 'flag':
        return F(f'docker pull {reg}{img}@', d)
    return A(pick([('image',), ('base', 'image'), ('image', 'digest'), ('digest',)]),
             f'{reg}{img}@{d}' if chance(0.6) else d)


def L_trace(mode):
    k = R.randrange(3)
    if k == 0:
        name, v = 'traceparent', f'00-{rs(HEX, 32)}-{rs(HEX, 16)}-01'
    elif k == 1:
        name, v = 'X-Amzn-Trace-Id', f'Root=1-{rs(HEX, 8)}-{rs(HEX, 24)}'
    else:
        name, v = 'X-Cloud-Trace-Context', f'{rs(HEX, 32)}/{rs(DIG, 19)};o=1'
    if mode == 'header':
        return H(name, '', v)
    return A(pick([('trace', 'id'), ('span', 'id'), ('traceparent',), ('x', 'ray', 'trace', 'id')]),
             pick([v, rs(HEX, 32), rs(HEX, 16)]))


def L_ulid(mode):
    v = '01' + pick('HJ') + rs(CROCK, 23)
    if mode == 'header':
        return H('Idempotency-Key', '', v)
    if mode == 'prose':
        return prose(f'Event {v} was delivered twice; dedupe on the event id.')
    return A(pick([('event', 'id'), ('order', 'id'), ('idempotency', 'key'), ('job', 'id'), ('message', 'key')]), v)


def L_flag(mode):
    return A(pick([('feature', 'new', 'checkout'), ('enable', 'beta', 'search'), ('ff', 'dark', 'mode'),
                   ('flag', 'use', 'v2', 'token', 'refresh'), ('rollout', 'percent'), ('feature', 'secret', 'rotation'),
                   ('enable', 'password', 'login'), ('allow', 'api', 'key', 'auth')]),
             pick(['true', 'false', 'on', 'off', 'enabled', 'disabled', str(R.randint(0, 100))]))


PLACEHOLDERS = ['****', '********', '<redacted>', '[REDACTED]', 'REPLACE_ME', 'xxx', 'xxxxxxxxxxxxxxxx', '<your-api-key>',
                'YOUR_API_KEY_HERE', 'your-secret-here', '<password>', 'TODO', 'dummy', 'CHANGE_ME', '***',
                '<set-in-vault>', 'redacted', '[hidden]', 'null', '<token>', 'REDACTED', 'placeholder',
                '__REPLACE_WITH_REAL_VALUE__', '${SECRET}', 'YOUR_TOKEN']


def vendor_fake():
    h, db, u = host(), pick(SVC), pick(USERS)
    return pick([
        (('aws', 'access', 'key', 'id'), 'AKIAIOSFODNN7EXAMPLE'),
        (('aws', 'secret', 'access', 'key'), 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
        (('aws', 'access', 'key', 'id'), 'AKIA' + 'X' * 16),
        (('aws', 'access', 'key', 'id'), 'AKIA' + '*' * 12 + rs(B32, 4)),
        (('github', 'token'), 'ghp_' + 'x' * 36),
        (('github', 'token'), 'ghp_' + '*' * 32 + rs(ALNUM, 4)),
        (('github', 'token'), '<YOUR_GITHUB_TOKEN>'),
        (('openai', 'api', 'key'), 'sk-...'),
        (('openai', 'api', 'key'), 'sk-proj-...' + rs(ALNUM, 4)),
        (('openai', 'api', 'key'), 'sk-' + 'x' * 48),
        (('anthropic', 'api', 'key'), 'sk-ant-...'),
        (('slack', 'bot', 'token'), 'xoxb-your-bot-token'),
        (('slack', 'webhook', 'url'), 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'),
        (('stripe', 'secret', 'key'), 'sk_live_****' + rs(ALNUM, 4)),
        (('npm', 'token'), 'npm_' + 'X' * 36),
        (('gitlab', 'token'), 'glpat-xxxxxxxxxxxxxxxxxxxx'),
        (('hf', 'token'), 'hf_***'),
        (('database', 'url'), 'postgres://USER:PASSWORD@HOST:5432/DBNAME'),
        (('mongo', 'uri'), 'mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority'),
        (('database', 'url'), f'postgres://{u}:${{DB_PASSWORD}}@{h}:5432/{db}'),
        (('redis', 'url'), 'redis://:****@cache.internal:6379/0'),
        (('database', 'url'), f'postgresql://{u}@{h}:5432/{db}'),
        (('amqp', 'url'), 'amqp://localhost:5672'),
        (('discord', 'webhook', 'url'), 'https://discord.com/api/webhooks/<id>/<token>'),
        (('jwt',), 'eyJhbGciOi...'),
        (('telegram', 'bot', 'token'), '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11'),
        (('google', 'api', 'key'), 'AIza...'),
        (('sendgrid', 'api', 'key'), 'SG.xxxxxxxx.xxxxxxxx'),
        (('azure', 'storage', 'connection', 'string'), 'UseDevelopmentStorage=true'),
        (('azure', 'storage', 'connection', 'string'),
         f'DefaultEndpointsProtocol=https;AccountName={pick(PROJ)}stor;AccountKey=<account-key>;EndpointSuffix=core.windows.net'),
    ])


def L_placeholder(mode):
    if mode == 'header':
        return pick([H('Authorization', 'Bearer ', pick(['<token>', 'YOUR_TOKEN', '<access_token>', 'xxxxxxxx', '****'])),
                     H('X-Api-Key', '', pick(['YOUR_API_KEY', '<api-key>', 'REPLACE_ME', '********']))])
    if mode == 'flag':
        return pick([F('docker login -u deploy -p ', pick(['****', '<password>', '********'])),
                     F('vercel deploy --prod --token ', pick(['<token>', 'xxxxxxxx', 'YOUR_TOKEN'])),
                     F('mysql -u root -p', '', ' appdb'),
                     F('twine upload -u __token__ -p ', '<pypi-token>', ' dist/*')])
    if mode == 'pem':
        lab = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY'])
        body = pick(['...', '<your private key here>', '(redacted)', '<paste key contents>'])
        return Item(None, 'pem', pick([('private', 'key'), ('tls', 'key'), ('ssh', 'private', 'key')]),
                    f'-----BEGIN {lab}-----\n{body}\n-----END {lab}-----')
    if mode == 'prose':
        return prose(pick([
            'Set OPENAI_API_KEY to your own key (it starts with sk-...); never commit it.',
            'Paste the token you generated (ghp_...) into the Token field and click Save.',
            f'The secret was rotated on {R.randint(1, 28)} May and the old value is now [REDACTED].',
            'Replace <YOUR_API_KEY> with the key from the dashboard before running the example.',
            'Keys look like sk_live_... in production and must never appear in logs.']))
    if chance(0.45):
        w, v = vendor_fake()
        if v.startswith(('postgres', 'mongodb', 'redis', 'amqp')) and chance(0.3):
            w = pick(DB_WORDS)
        return A(w, v)
    return A(pick(SUS_KEYS), pick(PLACEHOLDERS))


def env_ref_value():
    n = pick(ENV_NAMES)
    return pick([f'${{{{ secrets.{n} }}}}', f'${{{n}}}', f'${n}', f'%{n}%', f'$env:{n}', '{{ .Values.secrets.' +
                 keyname(n.lower().split('_'), 'camel') + ' }}', f'${{env:{n}}}', f'#{{{n}}}#', f'$({n})',
                 f'${{ssm:/prod/{n.lower()}}}', f'{{{{ env "{n}" }}}}'.replace('"', "'")]), n


def L_envref(mode):
    v, n = env_ref_value()
    if mode == 'header':
        return H('Authorization', pick(['Bearer ', 'token ']), v)
    if mode == 'flag':
        return pick([F('docker login -u deploy -p ', v), F('npm config set //registry.npmjs.org/:_authToken=', v),
                     F('gh auth login --with-token <<< ', v), F('sentry-cli --auth-token ', v, ' releases list')])
    return A(pick(SUS_KEYS) if chance(0.6) else tuple(n.lower().split('_')), v)


def L_secretref(mode):
    n = pick(SVC)
    v = pick([
        f'vault:secret/data/{n}#api_key',
        f'arn:aws:secretsmanager:{pick(REGIONS)}:{rs(DIG, 12)}:secret:prod/{n}/api-key-{rs(ALNUM, 6)}',
        f'projects/{pick(PROJ)}-prod/secrets/{n}-db-password/versions/latest',
        f'@Microsoft.KeyVault(SecretUri=https://kv-{pick(PROJ)}.vault.azure.net/secrets/{n}-api-key/)',
        f'op://Engineering/{n.capitalize()}/credential',
        f'{{{{resolve:secretsmanager:prod/{n}:SecretString:password}}}}',
        f'ENC[AES256_GCM,data:{b64(rb(R.randint(12, 30)))},iv:{b64(rb(32))},tag:{b64(rb(16))},type:str]',
        f'sm://{pick(PROJ)}-prod/{n}-token',
        f'ref+awsssm://prod/{n}/password',
    ])
    return A(pick(SUS_KEYS), v)


def pub_ssh():
    k = R.randrange(3)
    cm = f'{pick(USERS)}@{pick(PROJ)}-{pick(["laptop", "ci", "bastion"])}'
    if k == 0:
        return 'ssh-ed25519 ' + b64(sshstr(b'ssh-ed25519') + sshstr(rb(32))) + ' ' + cm
    if k == 1:
        return 'ssh-rsa ' + b64(sshstr(b'ssh-rsa') + sshstr(b'\x01\x00\x01') + sshstr(b'\x00' + rb(256))) + ' ' + cm
    return ('ecdsa-sha2-nistp256 ' + b64(sshstr(b'ecdsa-sha2-nistp256') + sshstr(b'nistp256') + sshstr(b'\x04' + rb(64)))
            + ' ' + cm)


def L_pubkey(mode):
    if mode == 'pem':
        if chance(0.5):
            der = (bytes.fromhex('30820122300d06092a864886f70d01010105000382010f003082010a0282010100') + rb(256)
                   + bytes.fromhex('0203010001'))
            return Item(None, 'pem', pick([('public', 'key'), ('jwt', 'public', 'key'), ('signing', 'public', 'key')]),
                        pem_block('PUBLIC KEY', der))
        der = bytes.fromhex('3082035d30820245a003020102') + rb(R.randint(840, 860))
        return Item(None, 'pem', pick([('tls', 'cert'), ('ca', 'certificate'), ('ssl', 'certificate')]),
                    pem_block('CERTIFICATE', der))
    return A(pick([('ssh', 'public', 'key'), ('authorized', 'key'), ('public', 'key'), ('deploy', 'key', 'pub'),
                   ('ssh', 'pubkey')]), pub_ssh())


def L_fingerprint(mode):
    v = pick(['SHA256:' + b64(rb(32)).rstrip('='), ':'.join(rs(HEX, 2).upper() for _ in range(20)),
              rs(HEX.upper(), 40), ':'.join(rs(HEX, 2) for _ in range(16))])
    if mode == 'prose':
        return prose(f'The host key fingerprint is {v}; verify it before accepting.')
    return A(pick([('fingerprint',), ('host', 'key', 'fingerprint'), ('cert', 'thumbprint'), ('thumbprint',),
                   ('key', 'fingerprint')]), v)


def L_license(mode):
    v = pick(['-'.join(rs(UP + DIG, 5) for _ in range(5)), '-'.join(rs(UP + DIG, 4) for _ in range(4)),
              '-'.join(rs(UP + DIG, 5) for _ in range(3))])
    if mode == 'prose':
        return prose(f'License key for the build agent: {v} (seat-based, not a secret).')
    return A(pick([('license', 'key'), ('product', 'key'), ('serial', 'number'), ('activation', 'code')]), v)


LONG_WORDS = ['get', 'user', 'account', 'settings', 'organization', 'billing', 'external', 'reference', 'token',
              'refresh', 'handler', 'factory', 'provider', 'secret', 'rotation', 'scheduler', 'password', 'reset',
              'credential', 'validator', 'abstract', 'singleton', 'proxy', 'bean', 'authentication', 'filter']


def L_longident(mode):
    ws = [pick(LONG_WORDS) for _ in range(R.randint(5, 8))]
    k = R.randrange(3)
    if k == 0:
        v = keyname(ws, 'camel')
    elif k == 1:
        v = f'com.{pick(PROJ)}.{pick(SVC)}.' + keyname(ws, 'pascal')
    else:
        v = '.'.join(ws[:4])
    if mode == 'prose':
        return prose(f'Stack frame {v} is where the password reset flow starts.')
    return A(pick([('handler',), ('bean', 'name'), ('listener', 'class'), ('i18n', 'key'), ('event', 'type'),
                   ('token', 'provider', 'class')]), v)


def L_minjs(mode):
    names = [pick(LO) for _ in range(6)]
    a, b_, c, d, e, f = names
    js = (f'!function({a},{b_}){{"object"==typeof exports&&"undefined"!=typeof module?module.exports={b_}():'
          f'"function"==typeof define&&define.amd?define({b_}):({a}={a}||self).{pick(WORDS)}={b_}()}}(this,function(){{'
          f'"use strict";var {c}=function({d}){{return {d}.replace(/[A-Z]/g,function({e}){{return"-"+{e}.toLowerCase()}})}},'
          f'{f}="{rs(HEX, 32)}";return{{build:{f},kebab:{c},v:"{R.randint(1, 9)}.{R.randint(0, 40)}.{R.randint(0, 9)}"}}}});')
    return Item(None, 'raw', None, js)


def L_keyonly(mode):
    return A(pick(SUS_KEYS), pick(['', '', 'null']))


def L_cursor(mode):
    k = R.randrange(3)
    if k == 0:
        v = b64(json.dumps({'last_id': R.randint(1000, 9999999), 'ts': R.randint(1690000000, 1750000000)},
                           separators=(',', ':')).encode())
    elif k == 1:
        v = b64(f'user:U{rs(UP + DIG, 8)}'.encode())
    else:
        v = b64u(json.dumps({'offset': R.randint(1, 50) * 100, 'sort': 'created_at'}).encode())
    if mode == 'flag':
        return F(f'curl -s "https://api.{pick(DOMAINS)}/v1/items?limit=100&cursor=', v, '"')
    return A(pick([('next', 'cursor'), ('page', 'token'), ('next', 'page', 'token'), ('after',), ('continuation', 'token'),
                   ('starting', 'after')]), v)


def L_docurl(mode):
    d = pick(['docs.' + pick(DOMAINS), 'developer.' + pick(DOMAINS), 'support.' + pick(DOMAINS)])
    page = pick(['guides/authentication', 'reference/tokens', 'api/keys', 'hc/en-us/articles/' + rs(DIG, 12)])
    v = pick([
        f'https://{d}/{page}?_gl=1*{rs(LO + DIG, 7)}*_ga*{rs(DIG, 10)}.{rs(DIG, 10)}*_ga_{rs(UP + DIG, 10)}*{b64u(rb(24))}',
        f'https://{d}/{page};jsessionid={rs(HEX.upper(), 32)}',
        f'https://{d}/{page}?session_id=docs-{rs(HEX, 12)}&tab=curl',
        f'https://{d}/{page}?ref=nav&sid={rs(HEX, 16)}#example'])
    if mode == 'prose':
        return prose(f'See {v} for how to create a token.')
    return A(pick([('docs', 'url'), ('help', 'link'), ('runbook', 'url'), ('see', 'also')]), v)


def L_policy(mode):
    n = R.randint(8, 16)
    return prose(pick([
        f'Passwords must be at least {n} characters long and contain an uppercase letter, a digit and a symbol.',
        f'Your password expires in {R.randint(3, 30)} days; use the self-service portal to reset it.',
        'Never paste API keys or passwords into tickets - use the secrets manager instead.',
        f'The admin password is stored in 1Password under Infra/{pick(SVC).capitalize()}.',
        f'Password reset links are valid for {pick([15, 30, 60])} minutes.',
        f'Rotate the {pick(SVC)} API key every 90 days (owner: {pick(USERS)}).',
        'If a token is leaked, revoke it at Settings > Developer settings > Personal access tokens.',
        f'Minimum password length: {n}; password history: {R.randint(3, 24)}; lockout after {R.randint(3, 10)} failed attempts.',
        'The secret key must be 32 bytes of random data; generate it with openssl rand -hex 32.',
        'Tokens are hashed with SHA-256 before they are stored, so we cannot show them again.']))


def L_card(mode):
    n = pick(['4242424242424242', '4000002500003155', '5555555555554444', luhn_complete('4000'), luhn_complete('5200')])
    grouped = ' '.join(n[i:i + 4] for i in range(0, 16, 4))
    return prose(pick([
        f'For Stripe test mode use card {grouped} with any future expiry date and any CVC.',
        f'QA: checkout with test card {n} fails with card_declined since the last deploy.',
        f'Use {grouped} (test mode only) to trigger 3-D Secure authentication.']))


def k8s_name():
    return f'{pick(SVC)}-{pick(["api", "worker", "web"])}-{rs(K8S_ALPHA, R.randint(9, 10))}-{rs(K8S_ALPHA, 5)}'


def L_k8sname(mode):
    v = k8s_name()
    if mode == 'flag':
        return F(pick(['kubectl logs -n prod --previous ', 'kubectl describe pod -n staging ', 'kubectl delete pod ']), v)
    if mode == 'prose':
        return prose(f'Pod {v} in namespace prod is in CrashLoopBackOff after the rollout.')
    return A(pick([('pod',), ('pod', 'name'), ('hostname',), ('replica', 'set')]), v)


def L_cloudid(mode):
    acct = rs(DIG, 12)
    if mode == 'flag':
        return pick([F('aws sts assume-role --role-arn ', f'arn:aws:iam::{acct}:role/{pick(SVC)}-deployer',
                       ' --role-session-name ci'),
                     F('aws ec2 describe-instances --instance-ids ', 'i-0' + rs(HEX, 16))])
    v, w = pick([
        (f'arn:aws:iam::{acct}:role/{pick(SVC)}-deployer', ('role', 'arn')),
        (acct, ('aws', 'account', 'id')),
        ('i-0' + rs(HEX, 16), ('instance', 'id')),
        (f'/subscriptions/{ruuid()}/resourceGroups/rg-{pick(PROJ)}/providers/Microsoft.Storage/storageAccounts/{pick(PROJ)}stor',
         ('resource', 'id')),
        (f'{pick(SVC)}-sa@{pick(PROJ)}-prod-{rs(DIG, 6)}.iam.gserviceaccount.com', ('service', 'account', 'email')),
        (ruuid(), ('azure', 'tenant', 'id')),
        (f'{R.randint(100000000000, 999999999999)}', ('gcp', 'project', 'number')),
        ('sg-0' + rs(HEX, 16), ('security', 'group', 'id')),
        (f'arn:aws:kms:{pick(REGIONS)}:{acct}:key/{ruuid()}', ('kms', 'key', 'id')),
    ])
    return A(w, v)


def L_vendorid(mode):
    v, w = pick([
        ('cus_' + rs(ALNUM, 14), ('customer', 'id')),
        ('pi_' + rs(ALNUM, 24), ('payment', 'intent', 'id')),
        ('price_' + rs(ALNUM, 24), ('price', 'id')),
        ('AC' + rs(HEX, 32), ('twilio', 'account', 'sid')),
        ('C0' + rs(UP + DIG, 9), ('slack', 'channel', 'id')),
        ('org-' + rs(ALNUM, 24), ('openai', 'org', 'id')),
        ('asst_' + rs(ALNUM, 24), ('assistant', 'id')),
        ('msg_01' + rs(ALNUM, 22), ('message', 'id')),
        ('chatcmpl-' + rs(ALNUM, 29), ('completion', 'id')),
        ('evt_' + rs(ALNUM, 24), ('stripe', 'event', 'id')),
        ('pk_' + rs(ALNUM, 16), ('primary', 'key', 'column')),
    ])
    if mode == 'prose':
        return prose(f'Customer reference {v} was charged twice; see the dashboard.')
    return A(w, v)


def L_asset(mode):
    v = pick([f'/static/js/main.{rs(HEX, 8)}.js', f'/assets/index-{rs(ALNUM, 8)}.css', f'app.{rs(HEX, 20)}.bundle.js',
              f'/_next/static/chunks/pages/_app-{rs(HEX, 16)}.js'])
    if mode == 'raw':
        return Item(None, 'raw', None, f'<script defer src="{v}"></script>')
    return A(pick([('bundle',), ('asset', 'path'), ('entry', 'chunk'), ('stylesheet',)]), v)


def L_docid(mode):
    v = pick([f'https://docs.google.com/document/d/{rs(ALNUM + "-_", 44)}/edit',
              f'https://www.youtube.com/watch?v={rs(ALNUM + "-_", 11)}',
              f'https://www.figma.com/file/{rs(ALNUM, 22)}/Checkout-Redesign',
              f'https://gist.github.com/{pick(USERS)}/{rs(HEX, 32)}',
              f'https://drive.google.com/file/d/{rs(ALNUM + "-_", 33)}/view'])
    if mode == 'prose':
        return prose(f'Design doc: {v}')
    return A(pick([('design', 'doc'), ('spec', 'url'), ('link',), ('recording',)]), v)


def L_version(mode):
    v = pick([f'{R.randint(0, 9)}.{R.randint(0, 40)}.{R.randint(0, 20)}+build.{rs(HEX, 7)}', f'sha-{rs(HEX, 7)}',
              f'{R.randint(2022, 2025)}.{R.randint(1, 12):02d}.{R.randint(1, 28):02d}-{rs(HEX, 8)}',
              f'v{R.randint(1, 5)}.{R.randint(0, 30)}.{R.randint(0, 9)}-rc.{R.randint(1, 5)}'])
    return A(pick([('version',), ('build', 'id'), ('image', 'tag'), ('release',)]), v)


LOOKALIKES = [
    ('sha256', {'assign', 'flag', 'prose'}, L_sha256),
    ('git_sha', {'assign', 'flag', 'prose'}, L_gitsha),
    ('md5', {'assign', 'header'}, L_md5),
    ('uuid', {'assign', 'header', 'flag', 'prose'}, L_uuid),
    ('base64_data', {'assign', 'prose'}, L_b64data),
    ('data_uri', {'assign'}, L_datauri),
    ('integrity', {'assign', 'raw'}, L_integrity),
    ('docker_digest', {'assign', 'flag'}, L_docker_digest),
    ('trace_id', {'assign', 'header'}, L_trace),
    ('ulid', {'assign', 'header', 'prose'}, L_ulid),
    ('feature_flag', {'assign'}, L_flag),
    ('placeholder', {'assign', 'header', 'flag', 'pem', 'prose'}, L_placeholder),
    ('env_ref', {'assign', 'header', 'flag'}, L_envref),
    ('secret_manager_ref', {'assign'}, L_secretref),
    ('public_key', {'assign', 'pem'}, L_pubkey),
    ('fingerprint', {'assign', 'prose'}, L_fingerprint),
    ('license_key', {'assign', 'prose'}, L_license),
    ('long_identifier', {'assign', 'prose'}, L_longident),
    ('minified_js', {'raw'}, L_minjs),
    ('key_without_value', {'assign'}, L_keyonly),
    ('pagination_cursor', {'assign', 'flag'}, L_cursor),
    ('doc_url_session', {'assign', 'prose'}, L_docurl),
    ('password_policy', {'prose'}, L_policy),
    ('test_card', {'prose'}, L_card),
    ('k8s_name', {'assign', 'flag', 'prose'}, L_k8sname),
    ('cloud_id', {'assign', 'flag'}, L_cloudid),
    ('vendor_id', {'assign', 'prose'}, L_vendorid),
    ('asset_hash', {'assign', 'raw'}, L_asset),
    ('doc_id_url', {'assign', 'prose'}, L_docid),
    ('version', {'assign'}, L_version),
]

# --------------------------------------------------------------------------
# fillers
# --------------------------------------------------------------------------
FILLER = [
    (('log', 'level'), lambda: pick(['info', 'debug', 'warn', 'error'])),
    (('port',), lambda: str(pick([80, 3000, 5000, 8000, 8080, 8443, 9090]))),
    (('aws', 'region'), lambda: pick(REGIONS)),
    (('request', 'timeout'), lambda: str(pick([5, 10, 15, 30, 60]))),
    (('service', 'name'), lambda: f'{pick(SVC)}-{pick(["api", "worker", "web", "cron"])}'),
    (('max', 'retries'), lambda: str(R.randint(1, 8))),
    (('environment',), lambda: pick(['production', 'staging', 'dev', 'qa'])),
    (('cache', 'ttl', 'seconds'), lambda: str(pick([60, 300, 900, 3600]))),
    (('bucket', 'name'), lambda: f'{pick(PROJ)}-{pick(["assets", "uploads", "backups", "exports"])}'),
    (('worker', 'count'), lambda: str(R.randint(1, 16))),
    (('timezone',), lambda: pick(['UTC', 'Europe/Berlin', 'America/New_York'])),
    (('public', 'base', 'url'), lambda: f'https://{pick(SVC)}.{pick(DOMAINS)}'),
    (('db', 'host'), lambda: pick(['db.internal', 'postgres', '10.0.2.15', 'mysql.prod.svc.cluster.local'])),
    (('db', 'user'), lambda: pick(USERS + ['app', 'svc_app', 'readonly'])),
    (('smtp', 'host'), lambda: pick(['smtp.sendgrid.net', 'smtp.mailgun.org', 'email-smtp.eu-west-1.amazonaws.com'])),
    (('otel', 'exporter', 'otlp', 'endpoint'), lambda: 'http://otel-collector:4317'),
    (('default', 'locale'), lambda: pick(['en-US', 'de-DE', 'fr-FR'])),
    (('page', 'size'), lambda: str(pick([20, 50, 100]))),
]


def fillers(k):
    return [Item(None, 'assign', w, fn()) for w, fn in R.sample(FILLER, k)]


def interleave(items, extra):
    """insert items into extra at random positions, keeping item order."""
    out = list(extra)
    pos = sorted(R.randint(0, len(out)) for _ in items)
    for off, (p, it) in enumerate(zip(pos, items)):
        out.insert(p + off, it)
    return out


def ensure_nonempty(ents):
    return ents or fillers(1)


# --------------------------------------------------------------------------
# GCP service-account JSON writer
# --------------------------------------------------------------------------
def sa_fields(it):
    if it.extra is None:
        proj = f'{pick(PROJ)}-{pick(["prod", "data", "ml", "ci"])}-{rs(DIG, 6)}'
        name = pick(SVC) + pick(['-sa', '-runner', '-deployer', ''])
        email = f'{name}@{proj}.iam.gserviceaccount.com'
        it.extra = [('type', 'service_account'), ('project_id', proj), ('private_key_id', rs(HEX, 40)),
                    ('private_key', None), ('client_email', email), ('client_id', pick('123456789') + rs(DIG, 20)),
                    ('auth_uri', 'https://accounts.google.com/o/oauth2/auth'),
                    ('token_uri', 'https://oauth2.googleapis.com/token'),
                    ('auth_provider_x509_cert_url', 'https://www.googleapis.com/oauth2/v1/certs'),
                    ('client_x509_cert_url', 'https://www.googleapis.com/robot/v1/metadata/x509/' + email.replace('@', '%40')),
                    ('universe_domain', 'googleapis.com')]
    return it.extra


def write_sa_json(b, it, prefix='', oneline=False):
    fields = sa_fields(it)
    esc = it.val.replace('\n', '\\n')
    if oneline:
        b.t('{')
        for i, (k, v) in enumerate(fields):
            b.t(', ' if i else '')
            if v is None:
                b.t(f'"{k}": "')
                b.v(esc, it.fmt)
                b.t('\\n"')
            else:
                b.t(f'"{k}": "{v}"')
        b.t('}')
        return
    b.t(prefix + '{\n')
    for i, (k, v) in enumerate(fields):
        comma = ',' if i < len(fields) - 1 else ''
        if v is None:
            b.t(f'{prefix}  "{k}": "')
            b.v(esc, it.fmt)
            b.t('\\n"' + comma + '\n')
        else:
            b.t(f'{prefix}  "{k}": "{v}"{comma}\n')
    b.t(prefix + '}')


# --------------------------------------------------------------------------
# contexts
# --------------------------------------------------------------------------
def indent_esc(n):
    pad = ' ' * n
    return lambda s: s.replace('\n', '\n' + pad)


NL_ESC = lambda s: s.replace('\n', '\\n')


def yaml_val(b, it, indent, quotes=('', '"', "'")):
    """write ' value' (after 'key:') for assign/pem/sajson items in YAML."""
    if it.mode == 'pem':
        b.t(' |\n' + ' ' * indent)
        wv(b, it, indent_esc(indent))
        b.t('\n')
    elif it.mode == 'sajson':
        b.t(' |\n')
        write_sa_json(b, it, prefix=' ' * indent)
        b.t('\n')
    else:
        q = pick_quote(it, quotes)
        b.t(' ' + q)
        wv(b, it)
        b.t(q + '\n')


def c_dotenv(b, items):
    b.t(pick(['', '# .env\n', '# production settings - do not commit\n', f'# {pick(PROJ)} local environment\n',
              '### generated by setup.sh\n']))
    for it in interleave(items, fillers(R.randint(2, 5))):
        if it.mode == 'prose':
            b.t('# ' + it.val + '\n')
            continue
        k = keyname(it.words, 'upper')
        if it.mode == 'sajson':
            b.t(f"{k}='")
            write_sa_json(b, it, oneline=True)
            b.t("'\n")
        elif it.mode == 'pem':
            b.t(f'{k}="')
            wv(b, it, NL_ESC if chance(0.5) else None)
            b.t('"\n')
        else:
            exp = 'export ' if chance(0.15) else ''
            q = pick_quote(it)
            b.t(f'{exp}{k}={q}')
            wv(b, it)
            b.t(f'{q}\n')


def c_shell(b, items):
    b.t(pick(['#!/usr/bin/env bash\nset -euo pipefail\n\n', '#!/bin/sh\nset -e\n\n', '#!/usr/bin/env bash\n# deploy helper\n\n']))
    for it in interleave(items, fillers(R.randint(1, 3))):
        if it.mode == 'prose':
            b.t('# ' + it.val + '\n')
        elif it.mode == 'assign':
            q = pick_quote(it, ('', '"', "'"))
            b.t(f'export {keyname(it.words, "upper")}={q}')
            wv(b, it)
            b.t(q + '\n')
        elif it.mode in ('header', 'flag'):
            wcmd(b, it)
            b.t('\n')
        elif it.mode == 'pem':
            path = pick(['~/.ssh/id_deploy', '/etc/ssl/private/server.key', './key.pem', '/tmp/signing.pem'])
            b.t(f"mkdir -p \"$(dirname {path})\"\ncat > {path} <<'EOF'\n")
            wv(b, it)
            b.t(f'\nEOF\nchmod 600 {path}\n')
    b.t(pick(['', 'echo "done"\n', f'./bin/{pick(SVC)} migrate\n']))


def c_yaml(b, items):
    style = pick(['snake', 'camel', 'kebab'])
    b.t(pick(['', '# application.yml\n', f'# config/{pick(["production", "default", "staging"])}.yaml\n']))
    sections = R.sample(['app', 'integrations', 'database', 'services', 'auth', 'notifications', 'storage', 'server',
                         'messaging', 'payments'], 3)
    groups = {s: [] for s in sections}
    for it in interleave(items, fillers(R.randint(2, 4))):
        groups[pick(sections)].append(it)
    for s in sections:
        ents = ensure_nonempty(groups[s])
        b.t(f'{s}:\n')
        for it in ents:
            if it.mode == 'prose':
                b.t('  # ' + it.val + '\n')
                continue
            b.t(f'  {keyname(it.words, style)}:')
            yaml_val(b, it, 4)


def k8s_env_list(b, items, ind):
    pad = ' ' * ind
    b.t(f'{pad}env:\n')
    for it in items:
        if it.mode == 'prose':
            b.t(f'{pad}  # {it.val}\n')
            continue
        b.t(f'{pad}  - name: {keyname(it.words, "upper")}\n{pad}    value:')
        yaml_val(b, it, ind + 6, ('"', "'"))


def yaml_cmd_block(b, cmds, ind):
    """write a list of command items as a YAML literal block at indentation ind."""
    pad = ' ' * ind
    for it in cmds:
        b.t(pad)
        wcmd(b, it)
        b.t('\n')


def c_k8s(b, items):
    name = f'{pick(SVC)}-{pick(["api", "worker", "web"])}'
    ns = pick(['default', 'prod', 'staging', pick(PROJ)])
    cmds = [i for i in items if i.mode in ('header', 'flag')]
    rest = [i for i in items if i.mode not in ('header', 'flag')]
    if not cmds and chance(0.55):
        kind = pick(['Secret', 'Secret', 'ConfigMap'])
        b.t(f'apiVersion: v1\nkind: {kind}\nmetadata:\n  name: {name}-{"secrets" if kind == "Secret" else "config"}\n'
            f'  namespace: {ns}\n  labels:\n    app.kubernetes.io/name: {name}\n')
        b.t('type: Opaque\nstringData:\n' if kind == 'Secret' else 'data:\n')
        style = pick(['upper', 'kebab', 'dotted', 'snake'])
        for it in interleave(rest, fillers(R.randint(1, 3))):
            if it.mode == 'prose':
                b.t('  # ' + it.val + '\n')
                continue
            k = keyname(it.words, style)
            if it.mode == 'sajson':
                k = pick(['credentials.json', 'service-account.json', 'gcp-key.json'])
            elif it.mode == 'pem':
                k = pick(['tls.key', 'id_rsa', 'private.pem', k])
            b.t(f'  {k}:')
            yaml_val(b, it, 4, ('"', "'"))
        return
    b.t(f'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n  namespace: {ns}\nspec:\n'
        f'  replicas: {R.randint(1, 4)}\n  selector:\n    matchLabels:\n      app: {name}\n  template:\n'
        f'    metadata:\n      labels:\n        app: {name}\n    spec:\n      containers:\n        - name: {name}\n'
        f'          image: ghcr.io/{pick(PROJ)}/{name}:{R.randint(1, 3)}.{R.randint(0, 20)}.{R.randint(0, 9)}\n'
        f'          ports:\n            - containerPort: {pick([8080, 3000, 9000])}\n')
    k8s_env_list(b, interleave(rest, fillers(R.randint(1, 3))), 10)
    if cmds:
        b.t('          command: ["/bin/sh", "-c"]\n          args:\n            - |\n')
        yaml_cmd_block(b, cmds, 14)
        b.t(f'              exec /app/{name}\n')
    b.t('          resources:\n            limits:\n              memory: 512Mi\n')


def c_gha(b, items):
    cmds = [i for i in items if i.mode in ('header', 'flag')]
    rest = [i for i in items if i.mode not in ('header', 'flag')]
    wf = pick(['Deploy', 'Release', 'CI', 'Publish package', 'Nightly sync'])
    b.t(f'name: {wf}\n\non:\n  push:\n    branches: [main]\n  workflow_dispatch:\n\n')
    top, job = [], []
    for it in rest:
        (top if chance(0.5) else job).append(it)

    def env_block(ents, ind):
        pad = ' ' * ind
        b.t(pad[:-2] + 'env:\n')
        for it in ents:
            if it.mode == 'prose':
                b.t(f'{pad}# {it.val}\n')
                continue
            b.t(f'{pad}{keyname(it.words, "upper")}:')
            if it.mode == 'sajson':
                b.t(" '")
                write_sa_json(b, it, oneline=True)
                b.t("'\n")
            else:
                yaml_val(b, it, ind + 2)

    if top:
        env_block(interleave(top, fillers(R.randint(0, 2))), 2)
        b.t('\n')
    b.t(f'jobs:\n  {pick(["deploy", "build", "publish", "release"])}:\n    runs-on: {pick(["ubuntu-latest", "ubuntu-22.04", "self-hosted"])}\n')
    if job:
        env_block(job, 6)
    b.t('    steps:\n      - uses: actions/checkout@v4\n')
    if chance(0.5):
        b.t(f'      - uses: actions/setup-node@v4\n        with:\n          node-version: {pick([18, 20, 22])}\n')
    b.t(f'      - name: {pick(["Build", "Test", "Deploy", "Publish"])}\n        run: |\n')
    b.t(f'          {pick(["npm ci", "make build", "pip install -r requirements.txt", "go build ./..."])}\n')
    yaml_cmd_block(b, cmds, 10)


def c_gitlab(b, items):
    cmds = [i for i in items if i.mode in ('header', 'flag')]
    rest = [i for i in items if i.mode not in ('header', 'flag')]
    b.t('stages:\n  - build\n  - deploy\n\n')
    ents = interleave(rest, fillers(R.randint(1, 3)))
    b.t('variables:\n')
    for it in ents:
        if it.mode == 'prose':
            b.t(f'  # {it.val}\n')
            continue
        b.t(f'  {keyname(it.words, "upper")}:')
        yaml_val(b, it, 4, ('"', "'", ''))
    b.t(f'\ndeploy:\n  stage: deploy\n  image: {pick(["alpine:3.19", "node:20", "python:3.12-slim", "docker:26"])}\n  script:\n')
    b.t(f'    - echo "deploying $CI_COMMIT_SHORT_SHA"\n')
    for it in cmds:
        b.t('    - |\n      ')
        wcmd(b, it)
        b.t('\n')
    b.t('  only:\n    - main\n')


def c_compose(b, items):
    cmds = [i for i in items if i.mode in ('header', 'flag')]
    rest = [i for i in items if i.mode not in ('header', 'flag')]
    svc = pick(SVC)
    b.t(pick(['', 'version: "3.9"\n']) + f'services:\n  {svc}:\n    image: {pick(PROJ)}/{svc}:latest\n'
        f'    ports:\n      - "{pick([8080, 3000, 8000])}:{pick([8080, 3000, 8000])}"\n    environment:\n')
    ents = interleave(rest, fillers(R.randint(1, 3)))
    listy = chance(0.5)
    for it in ents:
        if it.mode == 'prose':
            b.t(f'      # {it.val}\n')
            continue
        k = keyname(it.words, 'upper')
        if listy:
            b.t(f'      - {k}=')
            wv(b, it)
            b.t('\n')
        else:
            b.t(f'      {k}:')
            yaml_val(b, it, 8, ('"', "'"))
    if cmds:
        b.t('    command:\n      - sh\n      - -c\n      - |\n')
        yaml_cmd_block(b, cmds, 8)
        b.t(f'        exec /app/{svc}\n')
    b.t(f'    depends_on:\n      - db\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n'
        f'volumes:\n  pgdata:\n')


def c_dockerfile(b, items):
    base = pick(['python:3.12-slim', 'node:20-alpine', 'golang:1.22 AS build', 'eclipse-temurin:21-jre', 'ubuntu:22.04'])
    b.t(f'FROM {base}\nWORKDIR /app\n')
    for it in interleave(items, fillers(R.randint(1, 3))):
        if it.mode == 'prose':
            b.t('# ' + it.val + '\n')
        elif it.mode == 'assign':
            kw = pick(['ENV', 'ENV', 'ARG'])
            q = pick_quote(it, ('', '"'))
            b.t(f'{kw} {keyname(it.words, "upper")}={q}')
            wv(b, it)
            b.t(q + '\n')
        else:
            b.t('RUN ')
            wcmd(b, it)
            b.t('\n')
    b.t('COPY . .\n' + pick(['CMD ["python", "main.py"]\n', 'CMD ["node", "server.js"]\n', 'ENTRYPOINT ["/app/server"]\n']))


def c_jupyter(b, items):
    """Build a notebook as JSON text, piece by piece, so offsets are exact."""
    cells = []  # list of (cell_type, [line pieces]) ; a line = list of (text, fmt)
    md = [[('# ' + pick(['Exploration', 'Fine-tuning run', 'Churn model', 'Data export', 'Eval notebook']) + '\n', None)]]
    code = [[('import os\n', None)], [('import requests\n', None)]]
    for it in interleave(items, fillers(R.randint(0, 2))):
        if it.mode == 'prose':
            md.append([(it.val + '\n', None)])
            continue
        if it.mode == 'assign':
            k = keyname(it.words, 'upper')
            t = R.randrange(4)
            if t == 0:
                code.append([(f'os.environ["{k}"] = "' + it.pre, None), (it.val, it.fmt), (it.post + '"\n', None)])
            elif t == 1:
                code.append([(f'{k} = "' + it.pre, None), (it.val, it.fmt), (it.post + '"\n', None)])
            elif t == 2 and it.full and SIMPLE.match(it.full):
                code.append([(f'%env {k}={it.pre}', None), (it.val, it.fmt), (it.post + '\n', None)])
            else:
                fn = keyname(it.words, 'snake')
                code.append([(f'client = Client({fn}="' + it.pre, None), (it.val, it.fmt), (it.post + '")\n', None)])
        elif it.mode == 'header':
            name, prefix = it.header
            code.append([(f'resp = requests.get("{api_url(it)}", headers={{"{name}": "{prefix}', None), (it.val, it.fmt),
                         ('"}, timeout=30)\n', None)])
            code.append([('resp.raise_for_status()\n', None)])
        elif it.mode == 'flag':
            pre, post = it.flag
            code.append([('!' + pre, None), (it.val, it.fmt), (post + '\n', None)])
    cells.append(('markdown', md))
    cells.append(('code', code))
    b.t('{\n "cells": [\n')
    for ci, (ct, lines) in enumerate(cells):
        b.t(f'  {{\n   "cell_type": "{ct}",\n')
        if ct == 'code':
            b.t(f'   "execution_count": {R.randint(1, 40)},\n')
        b.t('   "metadata": {},\n')
        if ct == 'code':
            b.t('   "outputs": [],\n')
        b.t('   "source": [\n')
        for li, line in enumerate(lines):
            b.t('    "')
            for text, f in line:
                e = json.dumps(text)[1:-1]
                if f:
                    assert e == text
                b.v(e, f)
            b.t('"' + (',' if li < len(lines) - 1 else '') + '\n')
        b.t('   ]\n  }' + (',' if ci < len(cells) - 1 else '') + '\n')
    b.t(' ],\n "metadata": {\n  "kernelspec": {\n   "display_name": "Python 3",\n   "language": "python",\n'
        '   "name": "python3"\n  }\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n')


def c_sql(b, items):
    b.t(pick(['', f'-- migration {R.randint(2022, 2025)}_{R.randint(1, 12):02d}_{R.randint(1, 28):02d}_seed.sql\n',
              '-- run as superuser\n']) + 'BEGIN;\n')
    for it in interleave(items, fillers(R.randint(0, 2))):
        if it.mode == 'prose':
            b.t('-- ' + it.val + '\n')
            continue
        usr = pick(USERS + ['app', 'reporting', 'svc_etl'])
        if it.fmt == 'password_kv' or (it.fmt is None and it.words in PASSWORD_KEYS and chance(0.5)):
            t = R.randrange(4)
            pre = [f"CREATE USER '{usr}'@'%' IDENTIFIED BY '", f"ALTER ROLE {usr} WITH LOGIN PASSWORD '",
                   f"CREATE LOGIN {usr} WITH PASSWORD = '",
                   f"CREATE USER MAPPING FOR {usr} SERVER legacy_srv OPTIONS (user '{usr}', password '"][t]
            post = ["';\n", "';\n", "', CHECK_POLICY = OFF;\n", "');\n"][t]
            b.t(pre)
            wv(b, it)
            b.t(post)
            if t == 0:
                b.t(f"GRANT SELECT, INSERT ON {pick(SVC)}.* TO '{usr}'@'%';\n")
            continue
        k = keyname(it.words, pick(['snake', 'dotted']))
        t = R.randrange(3)
        if t == 0:
            b.t(f"INSERT INTO app_settings (name, value) VALUES ('{k}', '")
            wv(b, it)
            b.t("');\n")
        elif t == 1:
            b.t("UPDATE integration_credentials SET secret_value = '")
            wv(b, it)
            b.t(f"', updated_at = now() WHERE provider = '{k}';\n")
        else:
            b.t(f"INSERT INTO tenants_config (tenant_id, config_key, config_value) VALUES ({R.randint(1, 900)}, '{k}', '")
            wv(b, it)
            b.t("');\n")
    b.t('COMMIT;\n')


def c_powershell(b, items):
    b.t(pick(['', '# deploy.ps1\n', '#Requires -Version 7\n']) + '$ErrorActionPreference = "Stop"\n')
    for it in interleave(items, fillers(R.randint(1, 2))):
        if it.mode == 'prose':
            b.t('# ' + it.val + '\n')
        elif it.mode == 'assign':
            k = keyname(it.words, 'upper')
            t = R.randrange(4)
            if t == 0:
                b.t(f'$env:{k} = "')
                wv(b, it)
                b.t('"\n')
            elif t == 1:
                b.t(f"${keyname(it.words, 'pascal')} = '")
                wv(b, it)
                b.t("'\n")
            elif t == 2:
                b.t(f'[Environment]::SetEnvironmentVariable("{k}", "')
                wv(b, it)
                b.t(f'", "{pick(["User", "Machine", "Process"])}")\n')
            else:
                b.t(f'$secure{keyname(it.words, "pascal")} = ConvertTo-SecureString "')
                wv(b, it)
                b.t('" -AsPlainText -Force\n')
        elif it.mode == 'header':
            name, prefix = it.header
            b.t(f'$resp = Invoke-RestMethod -Uri "{api_url(it)}" -Method Get -Headers @{{ "{name}" = "{prefix}')
            b.v(it.val, it.fmt)
            b.t('" }\n')
        elif it.mode == 'flag':
            b.t('& ' if chance(0.3) else '')
            wcmd(b, it)
            b.t('\n')
        elif it.mode == 'pem':
            b.t("$keyPem = @'\n")
            wv(b, it)
            b.t(f"\n'@\nSet-Content -Path \"$HOME\\.ssh\\{pick(['id_deploy', 'signing.pem'])}\" -Value $keyPem\n")
    b.t(pick(['', 'Write-Host "Done"\n']))


def c_go(b, items):
    b.t(f'package {pick(["main", "config", "client", pick(SVC)])}\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"os"\n)\n\n')
    glob = [i for i in items if i.mode in ('assign', 'pem', 'prose')]
    hdrs = [i for i in items if i.mode == 'header']
    for it in interleave(glob, fillers(R.randint(0, 2))):
        if it.mode == 'prose':
            b.t('// ' + it.val + '\n')
        elif it.mode == 'pem':
            b.t(f'const {keyname(it.words, "camel")}PEM = `')
            wv(b, it)
            b.t('`\n\n')
        else:
            t = R.randrange(3)
            if t == 0:
                b.t(f'const {keyname(it.words, "camel")} = "')
            elif t == 1:
                b.t(f'var {keyname(it.words, "pascal")} = "')
            else:
                b.t(f'var cfg{keyname(it.words, "pascal")} = Config{{{keyname(it.words, "pascal")}: "')
            wv(b, it)
            b.t('"}\n' if t == 2 else '"\n')
    b.t('\nfunc main() {\n')
    if chance(0.5):
        b.t('\tos.Setenv("TZ", "UTC")\n')
    for it in hdrs:
        name, prefix = it.header
        b.t(f'\treq, _ := http.NewRequest("GET", "{api_url(it)}", nil)\n\treq.Header.Set("{name}", "{prefix}')
        b.v(it.val, it.fmt)
        b.t('")\n\tresp, err := http.DefaultClient.Do(req)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tdefer resp.Body.Close()\n')
    b.t('\tfmt.Println("ok")\n}\n')


def c_java(b, items):
    cls = pick(SVC).capitalize() + pick(['Client', 'Config', 'Service', 'Job'])
    b.t(f'package com.{pick(PROJ)}.{pick(SVC)};\n\nimport java.net.HttpURLConnection;\nimport java.net.URL;\n'
        f'import java.util.Properties;\n\npublic class {cls} {{\n')
    glob = [i for i in items if i.mode in ('assign', 'prose')]
    hdrs = [i for i in items if i.mode == 'header']
    props = []
    for it in interleave(glob, fillers(R.randint(0, 2))):
        if it.mode == 'prose':
            b.t('    // ' + it.val + '\n')
            continue
        t = R.randrange(3)
        if t == 0:
            b.t(f'    private static final String {keyname(it.words, "upper")} = "')
            wv(b, it)
            b.t('";\n')
        elif t == 1:
            b.t(f'    private final String {keyname(it.words, "camel")} = "')
            wv(b, it)
            b.t('";\n')
        else:
            props.append(it)
    b.t('\n    public void run() throws Exception {\n')
    if props:
        b.t('        Properties props = new Properties();\n')
        for it in props:
            b.t(f'        props.setProperty("{pick(["app.", "spring.", ""])}{keyname(it.words, "dotted")}", "')
            wv(b, it)
            b.t('");\n')
    for it in hdrs:
        name, prefix = it.header
        b.t(f'        HttpURLConnection conn = (HttpURLConnection) new URL("{api_url(it)}").openConnection();\n'
            f'        conn.setRequestProperty("{name}", "{prefix}')
        b.v(it.val, it.fmt)
        b.t('");\n        System.out.println(conn.getResponseCode());\n')
    b.t('    }\n}\n')


def c_csharp(b, items):
    ns = f'{pick(PROJ).capitalize()}.{pick(SVC).capitalize()}'
    b.t(f'using System;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\n\nnamespace {ns}\n{{\n'
        f'    public static class Settings\n    {{\n')
    glob = [i for i in items if i.mode in ('assign', 'prose')]
    hdrs = [i for i in items if i.mode == 'header']
    later = []
    for it in interleave(glob, fillers(R.randint(0, 2))):
        if it.mode == 'prose':
            b.t('        // ' + it.val + '\n')
            continue
        t = R.randrange(3)
        if it.fmt == 'password_kv' and chance(0.5):
            b.t(f'        public const string ConnectionString = "Server=tcp:{pick(PROJ)}.database.windows.net,1433;'
                f'Initial Catalog={pick(SVC)};User ID={pick(USERS)};Password=')
            wv(b, it)
            b.t(';Encrypt=True;";\n')
        elif t == 0:
            b.t(f'        public const string {keyname(it.words, "pascal")} = "')
            wv(b, it)
            b.t('";\n')
        elif t == 1:
            b.t(f'        private static readonly string {keyname(it.words, "camel")} = "')
            wv(b, it)
            b.t('";\n')
        else:
            later.append(it)
    b.t('    }\n\n    public class Program\n    {\n        public static async System.Threading.Tasks.Task Main()\n        {\n')
    for it in later:
        b.t(f'            Environment.SetEnvironmentVariable("{keyname(it.words, "upper")}", "')
        wv(b, it)
        b.t('");\n')
    if hdrs:
        b.t('            using var client = new HttpClient();\n')
    for it in hdrs:
        name, prefix = it.header
        if name == 'Authorization' and prefix.strip() and chance(0.6):
            b.t(f'            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("{prefix.strip()}", "')
        else:
            b.t(f'            client.DefaultRequestHeaders.Add("{name}", "{prefix}')
        b.v(it.val, it.fmt)
        b.t(f'");\n            var res = await client.GetStringAsync("{api_url(it)}");\n')
    b.t('            Console.WriteLine("done");\n        }\n    }\n}\n')


def c_python(b, items):
    b.t('import os\nimport requests\n\n')
    dict_items = []
    for it in interleave(items, fillers(R.randint(0, 2))):
        if it.mode == 'prose':
            b.t('# ' + it.val + '\n')
        elif it.mode == 'pem':
            b.t(f'{keyname(it.words, "upper")} = """')
            wv(b, it)
            b.t('"""\n')
        elif it.mode == 'header':
            name, prefix = it.header
            b.t(f'resp = requests.post("{api_url(it)}", headers={{"{name}": "{prefix}')
            b.v(it.val, it.fmt)
            b.t('"}, timeout=10)\n')
        else:
            t = R.randrange(3)
            if t == 0:
                b.t(f'{keyname(it.words, "upper")} = "')
                wv(b, it)
                b.t('"\n')
            elif t == 1:
                b.t(f'os.environ.setdefault("{keyname(it.words, "upper")}", "')
                wv(b, it)
                b.t('")\n')
            else:
                dict_items.append(it)
    if dict_items:
        b.t('\nSETTINGS = {\n')
        for it in dict_items:
            b.t(f'    "{keyname(it.words, pick(["snake", "kebab"]))}": "')
            wv(b, it)
            b.t('",\n')
        b.t('}\n')


def c_html(b, items):
    title = pick(['Dashboard', 'Checkout', 'Status', 'Admin', 'Store locator'])
    b.t(f'<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>{title}</title>\n')
    raws = [i for i in items if i.mode == 'raw']
    for it in raws:
        if it.val.startswith('<'):
            b.t('  ' + it.val + '\n')
    b.t('</head>\n<body>\n  <div id="root"></div>\n  <script>\n')
    cfg = [i for i in items if i.mode == 'assign']
    hdrs = [i for i in items if i.mode == 'header']
    for it in [i for i in items if i.mode == 'prose']:
        b.t(f'    // {it.val}\n')
    ents = interleave(cfg, fillers(R.randint(1, 3)))
    b.t(f'    window.{pick(["__APP_CONFIG__", "ENV", "config", "__NEXT_DATA_ENV__"])} = {{\n')
    style = pick(['camel', 'upper'])
    for it in ents:
        b.t(f'      {keyname(it.words, style)}: "')
        wv(b, it)
        b.t('",\n')
    b.t('    };\n')
    for it in hdrs:
        name, prefix = it.header
        b.t(f'    fetch("{api_url(it)}", {{ headers: {{ "{name}": "{prefix}')
        b.v(it.val, it.fmt)
        b.t('" } }).then(r => r.json()).then(render);\n')
    b.t('  </script>\n')
    for it in raws:
        if not it.val.startswith('<'):
            b.t('  <script>' + it.val + '</script>\n')
    b.t('</body>\n</html>\n')


def c_stack(b, items):
    style = pick(['python', 'java', 'node'])
    svc = pick(SVC)
    if style == 'python':
        b.t('Traceback (most recent call last):\n')
        flag_it = next((i for i in items if i.mode == 'flag'), None)
        for it in items:
            if it is flag_it:
                continue
            if it.mode == 'prose':
                b.t(f'  # {it.val}\n')
            elif it.mode == 'assign':
                b.t(f'  File "/srv/{svc}/settings.py", line {R.randint(5, 90)}, in <module>\n    {keyname(it.words, "upper")} = "')
                wv(b, it)
                b.t('"\n')
            elif it.mode == 'header':
                name, prefix = it.header
                b.t(f'  File "/srv/{svc}/client.py", line {R.randint(20, 300)}, in _request\n'
                    f'    resp = self.session.get(url, headers={{"{name}": "{prefix}')
                b.v(it.val, it.fmt)
                b.t('"})\n')
            elif it.mode == 'flag':
                b.t(f'  File "/srv/{svc}/tasks.py", line {R.randint(20, 300)}, in publish\n    os.system(r\'\'\'')
                wcmd(b, it)
                b.t("\'\'\')\n")
        if flag_it is not None:
            pre, post = flag_it.flag
            b.t('  File "/usr/lib/python3.11/subprocess.py", line 571, in run\n'
                '    raise CalledProcessError(retcode, process.args,\n')
            b.t("subprocess.CalledProcessError: Command '" + pre)
            b.v(flag_it.val, flag_it.fmt)
            b.t(post + "' returned non-zero exit status 1.\n")
        else:
            b.t(f'  File "/srv/{svc}/.venv/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status\n'
                f'    raise HTTPError(http_error_msg, response=self)\n'
                f'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.{pick(DOMAINS)}/v2/sync\n')
    elif style == 'java':
        b.t(f'{R.randint(2023, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(0, 23):02d}:'
            f'{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d} ERROR 1 --- [main] '
            f'o.s.boot.SpringApplication : Application run failed\n\n')
        for it in items:
            if it.mode == 'prose':
                b.t(f'Description: {it.val}\n')
            elif it.mode == 'assign':
                k = f'{pick(["app", "spring", svc])}.{keyname(it.words, "kebab")}'
                b.t(f"org.springframework.boot.context.properties.bind.BindException: Failed to bind properties under '{k}' "
                    f"to java.lang.String:\n\n    Property: {k}\n    Value: \"")
                wv(b, it)
                b.t(f'"\n    Origin: class path resource [application.yml] - {R.randint(3, 80)}:{R.randint(3, 20)}\n')
            elif it.mode == 'header':
                b.t(f'Caused by: feign.FeignException$Unauthorized: [401] during [GET] to [{api_url(it)}] '
                    f'[{svc.capitalize()}Client#fetch()] headers={{{it.header[0]}=[{it.header[1]}')
                b.v(it.val, it.fmt)
                b.t(']}\n')
            elif it.mode == 'flag':
                b.t('Caused by: java.io.IOException: Process [')
                wcmd(b, it)
                b.t('] exited with code 1\n')
        b.t(f'\tat com.{pick(PROJ)}.{svc}.Application.main(Application.java:{R.randint(10, 60)})\n'
            '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n')
    else:
        b.t(f'Error: Request failed with status code {pick([401, 403, 500])}\n'
            f'    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)\n'
            f'    at settle (/app/node_modules/axios/lib/core/settle.js:17:12)\n  config: {{\n')
        for it in items:
            if it.mode == 'prose':
                b.t(f'    // {it.val}\n')
            elif it.mode == 'assign':
                b.t(f"    {keyname(it.words, 'camel')}: '")
                wv(b, it)
                b.t("',\n")
            elif it.mode == 'header':
                b.t(f"    url: '{api_url(it)}',\n    headers: {{ Accept: 'application/json', '{it.header[0]}': '{it.header[1]}")
                b.v(it.val, it.fmt)
                b.t("' },\n")
            elif it.mode == 'flag':
                b.t("    spawnargs: '")
                wcmd(b, it)
                b.t("',\n")
        b.t('  }\n')


def c_log(b, items):
    svc = pick(SVC)
    day = f'{R.randint(2023, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}'
    h, m = R.randint(0, 22), R.randint(0, 50)

    def ts():
        nonlocal m
        m += R.randint(0, 2)
        return f'{day}T{h:02d}:{m % 60:02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}Z'

    b.t(f'{ts()} INFO  [{svc}] starting {svc} pid={R.randint(100, 60000)}\n')
    fmt_style = pick(['plain', 'logfmt', 'json'])
    for it in interleave(items, fillers(R.randint(1, 2))):
        if it.mode == 'prose':
            b.t(f'{ts()} WARN  [{svc}] {it.val}\n')
        elif it.mode == 'assign':
            k = keyname(it.words, 'upper' if fmt_style != 'json' else 'snake')
            if fmt_style == 'plain':
                b.t(f'{ts()} DEBUG [{svc}] config: {k}=')
                wv(b, it)
                b.t('\n')
            elif fmt_style == 'logfmt':
                b.t(f'time={ts()} level=debug msg="loaded setting" key={k} value="')
                wv(b, it)
                b.t('"\n')
            else:
                b.t(f'{{"ts":"{ts()}","level":"debug","msg":"env","{k}":"')
                wv(b, it)
                b.t('"}\n')
        elif it.mode == 'header':
            b.t(f'{ts()} DEBUG [urllib3.connectionpool] send: GET {api_url(it)} headers={{\'{it.header[0]}\': \'{it.header[1]}')
            b.v(it.val, it.fmt)
            b.t("', 'Accept': '*/*'}\n")
        elif it.mode == 'flag':
            b.t(f'{ts()} INFO  [runner] exec: ')
            wcmd(b, it)
            b.t('\n')
    b.t(f'{ts()} ERROR [{svc}] upstream returned 401, retrying in {pick([1, 2, 5])}s\n')


def chat_speakers():
    a, b_ = R.sample(USERS, 2)
    return (a, a.capitalize() + ' ' + pick(SURN)), (b_, b_.capitalize() + ' ' + pick(SURN))


def c_chat(b, items):
    teams = chance(0.5)
    p1, p2 = chat_speakers()
    hh, mm = R.randint(8, 18), R.randint(0, 40)

    def say(p, first=False):
        nonlocal mm
        mm += R.randint(0, 3)
        if teams:
            b.t(f'[{hh:02d}:{mm:02d}] {p[1]}\n')
        else:
            b.t(f'{p[0]}  {hh if hh <= 12 else hh - 12}:{mm:02d} {"AM" if hh < 12 else "PM"}\n')

    say(p1)
    b.t(pick(['deploy to prod is failing with 401, any idea?\n', 'can someone check the staging env? builds are red\n',
              'the integration stopped working after the rotation\n', 'how do I run the export job locally?\n']))
    for i, it in enumerate(items):
        say(p2 if i % 2 == 0 else p1)
        if it.mode == 'prose':
            b.t(it.val + '\n')
        elif it.mode == 'assign':
            k = keyname(it.words, pick(['upper', 'snake']))
            t = R.randrange(3)
            if t == 0:
                b.t(f'try with `{k}=')
                wv(b, it)
                b.t('` in your .env\n')
            elif t == 1:
                b.t(f'the {words_text(it.words)} is ')
                wv(b, it)
                b.t(' (will rotate after)\n')
            else:
                b.t(f'here:\n```\n{k}=')
                wv(b, it)
                b.t('\n```\n')
        elif it.mode in ('header', 'flag'):
            b.t('this works for me:\n```\n')
            wcmd(b, it)
            b.t('\n```\n')
        elif it.mode == 'pem':
            b.t('here is the key, just for today:\n```\n')
            wv(b, it)
            b.t('\n```\n')
        elif it.mode == 'sajson':
            b.t('use this service account file:\n```\n')
            write_sa_json(b, it)
            b.t('\n```\n')
        elif it.mode == 'raw':
            b.t('the bundle has this in it:\n```\n' + it.val + '\n```\n')
    say(p1)
    b.t(pick(['thanks, that fixed it :tada:\n', 'ok trying now\n', 'still 401 :(\n', 'works, thx\n']))


def c_ticket(b, items):
    u, full = person()
    b.t(f'Ticket #{R.randint(10000, 99999)} - {pick(["Integration broken after update", "Cannot connect to API", "Webhook not firing", "Deploy pipeline failing", "Need help with SDK setup"])}\n'
        f'Status: {pick(["Open", "Pending", "New"])} | Priority: {pick(["Low", "Normal", "High", "Urgent"])}\n'
        f'Requester: {full} <{u}@{pick(DOMAINS)}>\n\nHi support team,\n\n'
        f'{pick(["Since yesterday our calls fail with 401 Unauthorized.", "The job crashes on startup.", "We followed the docs but nothing is delivered."])} ')
    for it in items:
        if it.mode == 'prose':
            b.t(it.val + '\n\n')
        elif it.mode == 'assign':
            k = keyname(it.words, pick(['upper', 'snake', 'camel']))
            if chance(0.5):
                b.t('Here is our configuration:\n\n    ' + k + '=')
                wv(b, it)
                b.t('\n\n')
            else:
                b.t(f'We are using {words_text(it.words)}: ')
                wv(b, it)
                b.t('\n\n')
        elif it.mode in ('header', 'flag'):
            b.t('This is the exact command I ran:\n\n    ')
            wcmd(b, it)
            b.t('\n\n')
        elif it.mode == 'pem':
            b.t('The key file we use is below:\n\n')
            wv(b, it)
            b.t('\n\n')
        elif it.mode == 'sajson':
            b.t('Our credentials file:\n\n')
            write_sa_json(b, it)
            b.t('\n\n')
        elif it.mode == 'raw':
            b.t('The page includes:\n\n' + it.val + '\n\n')
    b.t(f'Thanks,\n{full.split()[0]}\n')


def c_gitdiff(b, items):
    for it in items:
        kind = {'assign': pick(['env', 'yaml', 'py', 'js']), 'pem': 'env', 'header': 'sh', 'flag': 'sh',
                'prose': 'md', 'sajson': 'json', 'raw': 'html' if it.val.startswith('<') else 'minjs'}[it.mode]
        path = {'env': pick(['.env', 'config/.env.production', 'deploy/app.env']),
                'yaml': pick(['config/settings.yaml', 'helm/values.yaml', 'config.yml']),
                'py': pick(['app/settings.py', 'src/config.py']), 'js': pick(['src/config.js', 'web/env.ts']),
                'sh': pick(['scripts/deploy.sh', 'bin/release', 'ci/publish.sh']),
                'md': pick(['README.md', 'docs/setup.md']), 'json': pick(['credentials.json', 'keys/sa.json']),
                'minjs': pick(['public/vendor.min.js', 'static/app.min.js']),
                'html': pick(['public/index.html', 'templates/base.html'])}[kind]
        a, c = rs(HEX, 7), rs(HEX, 7)
        new = kind == 'json'
        b.t(f'diff --git a/{path} b/{path}\n')
        if new:
            b.t(f'new file mode 100644\nindex 0000000..{c}\n--- /dev/null\n+++ b/{path}\n@@ -0,0 +1,13 @@\n')
            write_sa_json(b, it, prefix='+')
            b.t('\n')
            continue
        ln = R.randint(3, 120)
        b.t(f'index {a}..{c} 100644\n--- a/{path}\n+++ b/{path}\n@@ -{ln},6 +{ln},7 @@\n')
        if kind in ('env', 'yaml'):
            f = fillers(1)[0]
            if kind == 'env':
                b.t(f' {keyname(f.words, "upper")}={f.val}\n')
            else:
                b.t(f'   {keyname(f.words, "snake")}: {f.val}\n')
        k = keyname(it.words, 'upper') if it.words else ''
        if kind == 'env':
            if chance(0.5):
                b.t(f'-{k}=\n')
            q = '"' if it.mode == 'pem' else pick_quote(it, ('', '"'))
            b.t(f'+{k}={q}')
            wv(b, it, NL_ESC if it.mode == 'pem' else None)
            b.t(q + '\n')
        elif kind == 'yaml':
            q = pick_quote(it, ('', '"', "'"))
            b.t(f'-  {keyname(it.words, "snake")}: ""\n+  {keyname(it.words, "snake")}: {q}')
            wv(b, it)
            b.t(q + '\n')
        elif kind == 'py':
            b.t(f'-{k} = os.environ["{k}"]\n+{k} = "')
            wv(b, it)
            b.t('"\n')
        elif kind == 'js':
            b.t(f'-export const {keyname(it.words, "camel")} = process.env.{k};\n+export const {keyname(it.words, "camel")} = "')
            wv(b, it)
            b.t('";\n')
        elif kind == 'sh':
            b.t(' set -euo pipefail\n+')
            wcmd(b, it)
            b.t('\n')
        elif kind == 'md':
            b.t(f' ## Setup\n+{it.val}\n')
        elif kind == 'minjs':
            b.t('-' + L_minjs('raw').val + '\n+' + it.val + '\n')
        elif kind == 'html':
            b.t(' <head>\n+  ' + it.val + '\n')
        b.t({'env': pick([' \n', f' LOG_LEVEL={pick(["info", "debug"])}\n']),
             'yaml': pick([' \n', f'   timeout: {R.randint(5, 60)}\n']),
             'py': pick([' \n', ' DEBUG = False\n']), 'js': pick([' \n', ' export default config;\n']),
             'sh': pick([' exit 0\n', ' echo "ok"\n']), 'md': ' \n', 'minjs': '', 'html': ' </head>\n'}[kind])


def c_terraform(b, items):
    aws = [i for i in items if i.fmt in AWS_FMTS]
    rest = [i for i in items if i.fmt not in AWS_FMTS]
    b.t('terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n}\n\n')
    if aws:
        b.t(f'provider "aws" {{\n  region     = "{pick(REGIONS)}"\n')
        for it in aws:
            k = 'access_key' if it.fmt == 'aws_access_key_id' else 'secret_key'
            b.t(f'  {k} = "')
            wv(b, it)
            b.t('"\n')
        b.t('}\n\n')
    for it in interleave(rest, fillers(R.randint(0, 2))):
        k = keyname(it.words, 'snake') if it.words else ''
        if it.mode == 'prose':
            b.t('# ' + it.val + '\n')
        elif it.mode == 'sajson':
            b.t(f'provider "google" {{\n  project     = "{pick(PROJ)}-prod"\n  credentials = <<EOF\n')
            write_sa_json(b, it)
            b.t('\nEOF\n}\n\n')
        elif it.mode == 'pem':
            b.t(f'resource "tls_locally_signed_cert" "{k}" {{\n  ca_private_key_pem = <<EOT\n')
            wv(b, it)
            b.t('\nEOT\n  validity_period_hours = 8760\n}\n\n')
        elif it.fmt == 'password_kv' or (it.fmt is None and it.words in PASSWORD_KEYS and chance(0.5)):
            b.t(f'resource "aws_db_instance" "{pick(SVC)}" {{\n  engine         = "postgres"\n  instance_class = "db.t3.micro"\n'
                f'  username       = "{pick(USERS)}"\n  password       = "')
            wv(b, it)
            b.t('"\n}\n\n')
        elif chance(0.5):
            b.t(f'variable "{k}" {{\n  type      = string\n  default   = "')
            wv(b, it)
            b.t(f'"\n  sensitive = {pick(["true", "false"])}\n}}\n\n')
        else:
            b.t(f'locals {{\n  {k} = "')
            wv(b, it)
            b.t('"\n}\n\n')


def c_properties(b, items):
    b.t(pick(['', '# application.properties\n', f'# {pick(SVC)} service configuration\n']))
    for it in interleave(items, fillers(R.randint(2, 4))):
        if it.mode == 'prose':
            b.t('# ' + it.val + '\n')
            continue
        ns = pick(['app.', 'spring.', f'{pick(SVC)}.', 'integration.', ''])
        if it.fmt == 'password_kv' and chance(0.5):
            k = pick(['spring.datasource.password', 'spring.mail.password', 'spring.rabbitmq.password',
                      'spring.data.redis.password', ns + keyname(it.words, 'dotted')])
        else:
            k = ns + keyname(it.words, pick(['dotted', 'kebab', 'camel']))
        sep = pick(['=', '=', ' = ', ': '])
        b.t(k + sep)
        wv(b, it)
        b.t('\n')


def c_initoml(b, items):
    toml = chance(0.5)
    b.t(pick(['', '# config.toml\n']) if toml else pick(['', '; settings.ini\n']))
    sections = R.sample(['general', 'database', 'api', 'auth', 'integrations', 'smtp', 'storage'], 2)
    groups = {s: [] for s in sections}
    for it in interleave(items, fillers(R.randint(2, 4))):
        groups[pick(sections)].append(it)
    for s in sections:
        b.t(f'[{s}]\n')
        for it in ensure_nonempty(groups[s]):
            if it.mode == 'prose':
                b.t(('# ' if toml else '; ') + it.val + '\n')
                continue
            k = keyname(it.words, pick(['snake', 'kebab']) if toml else pick(['snake', 'kebab', 'dotted', 'flat']))
            if toml:
                b.t(f'{k} = "')
                wv(b, it)
                b.t('"\n')
            else:
                b.t(f'{k} = ')
                wv(b, it)
                b.t('\n')
        b.t('\n')


def c_json(b, items):
    style = pick(['camel', 'pascal', 'snake'])
    sections = R.sample(['Logging', 'Integrations', 'ConnectionStrings', 'Auth', 'Services', 'Payments', 'Storage'], 2)
    if style != 'pascal':
        sections = [s[0].lower() + s[1:] for s in sections]
    groups = {s: [] for s in sections}
    for it in interleave(items, fillers(R.randint(1, 3))):
        groups[pick(sections)].append(it)
    b.t('{\n')
    for si, s in enumerate(sections):
        ents = ensure_nonempty(groups[s])
        b.t(f'  "{s}": {{\n')
        for i, it in enumerate(ents):
            comma = ',' if i < len(ents) - 1 else ''
            if it.mode == 'prose':
                b.t(f'    "_comment": "{it.val}"{comma}\n')
                continue
            b.t(f'    "{keyname(it.words, style)}": "')
            wv(b, it, NL_ESC if it.mode == 'pem' else None)
            b.t(f'"{comma}\n')
        b.t('  }' + (',' if si < len(sections) - 1 else '') + '\n')
    b.t('}\n')


def c_markdown(b, items):
    proj = pick(PROJ).capitalize()
    b.t(f'# {proj} {pick(SVC)}\n\n## Getting started\n\n')
    for it in items:
        if it.mode == 'prose':
            b.t(it.val + '\n\n')
        elif it.mode == 'assign':
            if chance(0.5):
                b.t('Set the following environment variable:\n\n```bash\nexport ' + keyname(it.words, 'upper') + '=')
                wv(b, it)
                b.t('\n```\n\n')
            else:
                b.t('| Variable | Value |\n|---|---|\n| `' + keyname(it.words, 'upper') + '` | `')
                wv(b, it)
                b.t('` |\n\n')
        elif it.mode in ('header', 'flag'):
            b.t('Then run:\n\n```sh\n')
            wcmd(b, it)
            b.t('\n```\n\n')
        elif it.mode == 'pem':
            b.t(f'Save this as `{pick(["deploy_key", "server.key", "jwt.pem"])}`:\n\n```\n')
            wv(b, it)
            b.t('\n```\n\n')
        elif it.mode == 'raw':
            b.t('```html\n' + it.val + '\n```\n\n')
    b.t('## License\n\nMIT\n')


def c_aws_credentials(b, items):
    prof = pick(['default', 'default', 'prod', pick(PROJ), 'ci-deployer'])
    b.t(pick(['', '# ~/.aws/credentials\n']))
    if chance(0.3):
        b.t(f'[sandbox]\nregion = {pick(REGIONS)}\nsso_start_url = https://{pick(PROJ)}.awsapps.com/start\n'
            f'sso_account_id = {rs(DIG, 12)}\nsso_role_name = ReadOnly\n\n')
    b.t(f'[{prof}]\n')
    for it in items:
        if it.mode == 'prose':
            b.t('# ' + it.val + '\n')
            continue
        if it.fmt == 'aws_access_key_id':
            k = 'aws_access_key_id'
        elif it.fmt == 'aws_secret_access_key':
            k = 'aws_secret_access_key'
        else:
            k = keyname(it.words, 'snake')
        b.t(f'{k} = ' if chance(0.85) else f'{k}=')
        wv(b, it)
        b.t('\n')
    if chance(0.5):
        b.t(f'region = {pick(REGIONS)}\n')
    if chance(0.3):
        b.t('output = json\n')


def c_aws_csv(b, items):
    ids = [i for i in items if i.fmt == 'aws_access_key_id']
    if ids and len(items) == 2:
        sec = [i for i in items if i.fmt == 'aws_secret_access_key'][0]
        if chance(0.5):
            b.t('Access key ID,Secret access key\n')
            wv(b, ids[0])
            b.t(',')
            wv(b, sec)
            b.t('\n')
        else:
            u = pick(USERS) + pick(['-ci', '-deploy', ''])
            b.t('User name,Password,Access key ID,Secret access key,Console login link\n' + u + ',,')
            wv(b, ids[0])
            b.t(',')
            wv(b, sec)
            b.t(f',https://{rs(DIG, 12)}.signin.aws.amazon.com/console\n')
        return
    cols = [i for i in items if i.mode == 'assign']
    if chance(0.4):
        b.t('UserName,AccessKeyId,Status,CreateDate\n')
        for _ in range(R.randint(1, 3)):
            b.t(f'{pick(USERS)}-{pick(["ci", "deploy", "backup"])},AKIA{"*" * 12}{rs(B32, 4)},'
                f'{pick(["Active", "Inactive"])},{R.randint(2019, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}\n')
        b.t('\n')
    b.t(','.join(keyname(i.words, 'snake') for i in cols) + ',created\n')
    for n in range(R.randint(1, 2)):
        for i in cols:
            wv(b, i)
            b.t(',')
        b.t(f'{R.randint(2022, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}\n')


def c_gcp(b, items):
    sa = [i for i in items if i.mode == 'sajson']
    if sa:
        write_sa_json(b, sa[0])
        b.t('\n')
        return
    # look-alike: workload-identity config or redacted key, plus extra fields
    extra = [i for i in items if i.mode == 'assign']
    proj = f'{pick(PROJ)}-prod-{rs(DIG, 6)}'
    if chance(0.5):
        fields = [('type', 'external_account'),
                  ('audience', f'//iam.googleapis.com/projects/{rs(DIG, 12)}/locations/global/workloadIdentityPools/github/providers/{pick(PROJ)}'),
                  ('subject_token_type', 'urn:ietf:params:oauth:token-type:jwt'),
                  ('token_url', 'https://sts.googleapis.com/v1/token'),
                  ('service_account_impersonation_url',
                   f'https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/deployer@{proj}.iam.gserviceaccount.com:generateAccessToken')]
    else:
        fields = [('type', 'service_account'), ('project_id', proj), ('private_key_id', pick(['', '<redacted>', rs(HEX, 40)])),
                  ('private_key', pick(['<redacted>', '-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n', ''])),
                  ('client_email', f'ci@{proj}.iam.gserviceaccount.com'),
                  ('client_id', pick('123456789') + rs(DIG, 20)),
                  ('token_uri', 'https://oauth2.googleapis.com/token')]
    b.t('{\n')
    allf = [(k, v, None) for k, v in fields] + [(keyname(i.words, 'snake'), None, i) for i in extra]
    for n, (k, v, it) in enumerate(allf):
        comma = ',' if n < len(allf) - 1 else ''
        if it is None:
            b.t(f'  "{k}": "{v}"{comma}\n')
        else:
            b.t(f'  "{k}": "')
            wv(b, it)
            b.t(f'"{comma}\n')
    b.t('}\n')


def c_pkg(b, items):
    for idx, it in enumerate(items):
        if idx:
            b.t('\n')
        if it.mode == 'prose':
            b.t('# ' + it.val + '\n')
            continue
        f = it.fmt
        if f == 'npm_token' or (f is None and chance(0.3)):
            if chance(0.7):
                b.t('==> ~/.npmrc <==\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=')
                wv(b, it)
                b.t('\nalways-auth=true\n')
            else:
                b.t('==> .yarnrc.yml <==\nnodeLinker: node-modules\nnpmRegistryServer: "https://registry.npmjs.org"\nnpmAuthToken: "')
                wv(b, it)
                b.t('"\n')
        elif f == 'pypi_token' or (f is None and chance(0.4)):
            b.t('==> ~/.pypirc <==\n[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ')
            wv(b, it)
            b.t('\n')
        elif f == 'nuget_api_key':
            b.t('==> NuGet.Config <==\n<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <apikeys>\n'
                '    <add key="https://www.nuget.org/api/v2/package" value="')
            wv(b, it)
            b.t('" />\n  </apikeys>\n</configuration>\n')
        elif f in ('github_pat_classic', 'github_fine_grained_pat'):
            t = R.randrange(3)
            if t == 0:
                b.t(f'==> ~/.netrc <==\nmachine github.com\n  login {pick(USERS)}\n  password ')
                wv(b, it)
                b.t('\n')
            elif t == 1:
                b.t(f'==> .npmrc <==\n@{pick(PROJ)}:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=')
                wv(b, it)
                b.t('\n')
            else:
                b.t(f'==> nuget.config <==\n<configuration>\n  <packageSourceCredentials>\n    <github>\n'
                    f'      <add key="Username" value="{pick(USERS)}" />\n      <add key="ClearTextPassword" value="')
                wv(b, it)
                b.t('" />\n    </github>\n  </packageSourceCredentials>\n</configuration>\n')
        elif f == 'gitlab_pat':
            if chance(0.5):
                b.t(f'==> ~/.netrc <==\nmachine gitlab.com login {pick(USERS)} password ')
                wv(b, it)
                b.t('\n')
            else:
                b.t('==> ~/.config/pip/pip.conf <==\n[global]\nindex-url = https://__token__:')
                wv(b, it)
                b.t(f'@gitlab.com/api/v4/projects/{R.randint(1000, 99999)}/packages/pypi/simple\n')
        elif f == 'password_kv':
            if chance(0.5):
                b.t(f'==> ~/.m2/settings.xml <==\n<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n'
                    f'      <username>{pick(USERS)}</username>\n      <password>')
                wv(b, it)
                b.t('</password>\n    </server>\n  </servers>\n</settings>\n')
            else:
                b.t(f'==> ~/.netrc <==\nmachine nexus.{pick(DOMAINS)} login deploy password ')
                wv(b, it)
                b.t('\n')
        else:  # look-alike in pip.conf / generic ini
            b.t(f'==> ~/.config/pip/pip.conf <==\n[global]\ntimeout = 60\n{keyname(it.words, "kebab")} = ')
            wv(b, it)
            b.t('\n')


CONTEXTS = {
    'dotenv': (c_dotenv, {'assign', 'pem', 'prose', 'sajson'}),
    'shell_script': (c_shell, {'assign', 'header', 'flag', 'pem', 'prose'}),
    'yaml_config': (c_yaml, {'assign', 'pem', 'prose', 'sajson'}),
    'k8s_manifest': (c_k8s, {'assign', 'header', 'flag', 'pem', 'prose', 'sajson'}),
    'github_actions': (c_gha, {'assign', 'header', 'flag', 'pem', 'prose', 'sajson'}),
    'gitlab_ci': (c_gitlab, {'assign', 'header', 'flag', 'prose'}),
    'docker_compose': (c_compose, {'assign', 'header', 'flag', 'prose'}),
    'dockerfile': (c_dockerfile, {'assign', 'header', 'flag', 'prose'}),
    'jupyter_notebook': (c_jupyter, {'assign', 'header', 'flag', 'prose'}),
    'sql': (c_sql, {'assign', 'prose'}),
    'powershell': (c_powershell, {'assign', 'header', 'flag', 'pem', 'prose'}),
    'go_source': (c_go, {'assign', 'header', 'pem', 'prose'}),
    'java_source': (c_java, {'assign', 'header', 'prose'}),
    'csharp_source': (c_csharp, {'assign', 'header', 'prose'}),
    'python_source': (c_python, {'assign', 'header', 'pem', 'prose'}),
    'html_js': (c_html, {'assign', 'header', 'prose', 'raw'}),
    'stack_trace': (c_stack, {'assign', 'header', 'flag', 'prose'}),
    'log_lines': (c_log, {'assign', 'header', 'flag', 'prose'}),
    'chat_transcript': (c_chat, {'assign', 'header', 'flag', 'pem', 'prose', 'sajson', 'raw'}),
    'support_ticket': (c_ticket, {'assign', 'header', 'flag', 'pem', 'prose', 'sajson', 'raw'}),
    'git_diff': (c_gitdiff, {'assign', 'header', 'flag', 'pem', 'prose', 'sajson', 'raw'}),
    'terraform': (c_terraform, {'assign', 'pem', 'prose', 'sajson'}),
    'java_properties': (c_properties, {'assign', 'prose'}),
    'ini_toml': (c_initoml, {'assign', 'prose'}),
    'json_config': (c_json, {'assign', 'pem', 'prose'}),
    'markdown_readme': (c_markdown, {'assign', 'header', 'flag', 'pem', 'prose', 'raw'}),
    'aws_credentials_file': (c_aws_credentials, {'assign', 'prose'}),
    'aws_console_csv': (c_aws_csv, {'assign'}),
    'gcp_service_account_json': (c_gcp, {'assign', 'sajson'}),
    'package_manager_config': (c_pkg, {'assign', 'prose'}),
}
# contexts that only accept certain secret formats (look-alikes are always fine)
CTX_FORMATS = {
    'aws_credentials_file': AWS_FMTS,
    'aws_console_csv': AWS_FMTS,
    'gcp_service_account_json': {'gcp_service_account_key'},
    'package_manager_config': PKG_FMTS,
}
# values that contain characters some contexts cannot hold unescaped
JSON_CTX = {'json_config', 'jupyter_notebook', 'gcp_service_account_json'}


def ctx_ok(ctx, items):
    modes = CONTEXTS[ctx][1]
    allowed = CTX_FORMATS.get(ctx)
    for it in items:
        if it.mode not in modes:
            return False
        if it.fmt and allowed is not None and it.fmt not in allowed:
            return False
    if ctx == 'aws_console_csv':
        # csv: look-alikes only as plain values without commas/newlines
        for it in items:
            if it.fmt is None and (',' in it.full or '\n' in it.full or '"' in it.full):
                return False
    if ctx in JSON_CTX or ctx in ('sql', 'go_source', 'java_source', 'csharp_source', 'python_source', 'html_js',
                                  'powershell', 'terraform'):
        for it in items:
            if it.fmt is None and it.mode in ('assign', 'header', 'flag') and (
                    '"' in it.full or '\\' in it.full or "'" in it.full):
                return False
    if ctx == 'package_manager_config':
        for it in items:
            if it.fmt is None and ('<' in it.full or '&' in it.full):
                return False
    return True


USAGE = {'pos': Counter(), 'neg': Counter()}


def choose_ctx(kind, items, prefer=None):
    cands = [c for c in CONTEXTS if ctx_ok(c, items)]
    if not cands:
        return None
    if prefer:
        p = [c for c in prefer if c in cands]
        if p:
            return pick(p)
    cands = [c for c in cands if c not in CTX_FORMATS or c == 'package_manager_config'
             or (kind == 'neg')]
    if not cands:
        return None
    lo = min(USAGE[kind][c] for c in cands)
    return pick([c for c in cands if USAGE[kind][c] == lo])


# --------------------------------------------------------------------------
# row generation
# --------------------------------------------------------------------------
def primary_mode(name):
    modes = FMT[name]['modes']
    if modes == {'assign'} or len(modes) == 1:
        return next(iter(modes))
    if 'assign' in modes and chance(0.68):
        return 'assign'
    return pick(sorted(modes - {'assign'}))


def look_item(ctx_modes, avoid_prose=False):
    for _ in range(50):
        name, modes, fn = pick(LOOKALIKES)
        m = sorted(modes & ctx_modes)
        if avoid_prose:
            m = [x for x in m if x != 'prose'] or m
        if not m:
            continue
        # bias toward assign
        mode = 'assign' if 'assign' in m and chance(0.55) else pick(m)
        return name, fn(mode)
    raise RuntimeError('no lookalike')


def render(ctx, items):
    b = B()
    CONTEXTS[ctx][0](b, items)
    return b


STRICT = [re.compile(p) for p in [
    r'AKIA[A-Z2-7*X]{16}', r'gh[pousr]_[A-Za-z0-9*]{36}', r'github_pat_[A-Za-z0-9_]{82}', r'glpat-[A-Za-z0-9_-]{20}',
    r'xox[bpa]-[0-9A-Za-z-]{20,}', r'[sr]k_live_[A-Za-z0-9]{20,}', r'sk-ant-api03-[A-Za-z0-9_-]{90,}',
    r'sk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}T3BlbkFJ', r'SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}',
    r'AIza[0-9A-Za-z_-]{35}', r'npm_[A-Za-z0-9]{36}', r'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}', r'hf_[A-Za-z]{34}',
    r'dckr_pat_[A-Za-z0-9_-]{27}', r'shp(?:at|ca)_[a-f0-9]{32}',
    r'hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}', r'discord\.com/api/webhooks/\d+/[A-Za-z0-9_-]{60,}',
    r'-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----', r'eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}',
    r'oy2[a-z0-9]{43}', r'CCIPAT_[A-Za-z0-9]{22}', r'glrt-[A-Za-z0-9_-]{20}', r'glptt-[0-9a-f]{40}',
    r'\b\d{8,10}:AA[A-Za-z0-9_-]{33}', r'webhook\.office\.com/webhookb2/[0-9a-f-]{36}',
    r'AccountKey=[A-Za-z0-9+/]{86}==', r'[a-z+]+://[^\s:/@]+:[^\s@<>*$]{6,}@']]


def allowed_unlabeled(text, m):
    s = m.group(0)
    tail = text[m.end():m.end() + 60]
    if 'EXAMPLE' in s or 'xxxxxxxx' in s or 'XXXXXXXX' in s or '****' in s:
        return True
    if s.startswith('-----BEGIN') and ('...' in tail or '<' in tail or '(redacted)' in tail):
        return True
    if re.match(r'[a-z+]+://', s) and any(p in s for p in ('USER:PASSWORD', '${', '<password>')):
        return True
    return False


def check_row(row, b, ctx):
    text = row['text']
    assert text.isascii(), ctx
    prev = 0
    for s, e, f, exp in b.spans:
        assert text[s:e] == exp, (ctx, f)
        assert s >= prev, (ctx, 'overlap')
        assert e > s
        prev = e
    if ctx in ('json_config', 'jupyter_notebook', 'gcp_service_account_json'):
        json.loads(text)
    for rx in STRICT:
        for m in rx.finditer(text):
            inside = any(s <= m.end() and m.start() <= e for s, e, _, _ in b.spans)
            if not inside and not allowed_unlabeled(text, m):
                raise AssertionError(f'unlabelled secret-shaped string in {row["id"]} ({ctx}): {m.group(0)[:60]}')


def make_positive(idx, group):
    items = []
    prefer = None
    if group == 'aws':
        items = [make_item('aws_access_key_id', 'assign'), make_item('aws_secret_access_key', 'assign')]
        r = R.random()
        prefer = ['aws_credentials_file'] if r < 0.35 else (['aws_console_csv'] if r < 0.62 else None)
    elif group == 'gcp_service_account_key':
        items = [make_item(group, 'sajson')]
        prefer = ['gcp_service_account_json'] if chance(0.55) else None
    else:
        items = [make_item(group, primary_mode(group))]
    return items, prefer


def build_positive(idx, group, second_cycle):
    for attempt in range(20):
        items, prefer = make_positive(idx, group)
        ctx = choose_ctx('pos', items, prefer)
        if ctx is None:
            continue
        modes = CONTEXTS[ctx][1]
        # optional second secret
        if group not in ('aws',) and ctx not in ('gcp_service_account_json', 'aws_console_csv') and chance(0.27):
            for _ in range(len(SINGLE_LINE_FMTS)):
                f2 = second_cycle[0]
                second_cycle.append(second_cycle.pop(0))
                if f2 == group:
                    continue
                m2 = [m for m in FMT[f2]['modes'] if m in modes]
                if not m2:
                    continue
                it2 = make_item(f2, 'assign' if 'assign' in m2 and chance(0.7) else pick(sorted(m2)))
                if ctx_ok(ctx, items + [it2]):
                    items.insert(R.randint(0, len(items)), it2)
                    break
        # optional look-alike noise
        if ctx not in ('aws_console_csv', 'gcp_service_account_json', 'aws_credentials_file') and chance(0.35):
            for _ in range(10):
                _, li = look_item(modes, avoid_prose=False)
                if ctx_ok(ctx, items + [li]):
                    items.insert(R.randint(0, len(items)), li)
                    break
        b = render(ctx, items)
        USAGE['pos'][ctx] += 1
        return ctx, b
    raise RuntimeError(group)


def build_negative():
    cands = list(CONTEXTS)
    lo = min(USAGE['neg'][c] for c in cands)
    ctx = pick([c for c in cands if USAGE['neg'][c] == lo])
    modes = CONTEXTS[ctx][1]
    items, cats = [], []
    n = R.randint(1, 3)
    tries = 0
    while len(items) < n and tries < 60:
        tries += 1
        cat, li = look_item(modes)
        if ctx_ok(ctx, items + [li]):
            items.append(li)
            cats.append(cat)
    assert items, ctx
    USAGE['neg'][ctx] += 1
    return ctx, render(ctx, items), cats


def main(argv):
    if len(argv) != 2:
        sys.stderr.write('usage: heldout2_secrets.py OUT.jsonl\n')
        return 2
    groups = ['aws'] + [f for f in POS_FORMATS if f not in AWS_FMTS]
    second_cycle = list(SINGLE_LINE_FMTS)
    R.shuffle(second_cycle)
    rows = []
    order = []
    # groups that never appear as a row's optional second secret get a little extra weight,
    # so that the per-format secret counts come out roughly even
    boost = ['aws', 'gcp_service_account_key', 'private_key_pem', 'openssh_private_key']
    while len(order) < N_POS_ROWS:
        g = list(groups) + [x for x in boost if chance(0.3)]
        R.shuffle(g)
        order.extend(g)
    order = order[:N_POS_ROWS]
    for i, g in enumerate(order):
        ctx, b = build_positive(i, g, second_cycle)
        row = {'id': '', 'text': b.text(), 'secrets': [{'start': s, 'end': e, 'format': f} for s, e, f, _ in b.spans],
               'context': ctx, 'lookalike': False}
        assert 1 <= len(row['secrets']) <= 2, (g, ctx, len(row['secrets']))
        check_row(row, b, ctx)
        rows.append(row)
    neg_cats = Counter()
    for i in range(N_NEG_ROWS):
        ctx, b, cats = build_negative()
        row = {'id': '', 'text': b.text(), 'secrets': [], 'context': ctx, 'lookalike': True}
        assert not b.spans
        check_row(row, b, ctx)
        neg_cats.update(cats)
        rows.append(row)
    R.shuffle(rows)
    for i, row in enumerate(rows):
        row['id'] = f'h2-{"neg" if row["lookalike"] else "pos"}-{i:05d}'
    # uniqueness of secret values
    seen = set()
    for row in rows:
        for s in row['secrets']:
            v = row['text'][s['start']:s['end']]
            assert (s['format'], v) not in seen, s['format']
            seen.add((s['format'], v))
    with open(argv[1], 'w', encoding='utf-8') as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=True) + '\n')

    pos = [r for r in rows if not r['lookalike']]
    neg = [r for r in rows if r['lookalike']]
    fmts = Counter(s['format'] for r in pos for s in r['secrets'])
    pctx = Counter(r['context'] for r in pos)
    nctx = Counter(r['context'] for r in neg)
    print(f'wrote {len(rows)} rows to {argv[1]} (seed {SEED})')
    print(f'positive rows: {len(pos)}  secrets: {sum(fmts.values())}  '
          f'(two-secret rows: {sum(1 for r in pos if len(r["secrets"]) == 2)})')
    print(f'look-alike rows: {len(neg)}')
    print(f'formats: {len(fmts)}  min/max per format: {min(fmts.values())}/{max(fmts.values())}')
    for f, c in sorted(fmts.items()):
        print(f'  {f:28s} {c}')
    print(f'contexts: {len(set(pctx) | set(nctx))} (positives in {len(pctx)}, look-alikes in {len(nctx)})')
    for c in CONTEXTS:
        print(f'  {c:26s} pos={pctx[c]:4d} neg={nctx[c]:4d}')
    print(f'look-alike categories: {len(neg_cats)}')
    for c, n in sorted(neg_cats.items()):
        print(f'  {c:20s} {n}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
