#!/usr/bin/env python3
"""Held-out corpus #3 for secret detection: what an AI agent's tool traffic carries.

    python3 bench/scan-eval/heldout3_secrets.py OUT.jsonl

Writes JSON Lines rows

    {"id": str, "text": str,
     "secrets": [{"start": int, "end": int, "format": str}],
     "context": str, "lookalike": bool}

Offsets are Python ``str`` (code point) offsets into ``text``, end-exclusive,
and cover exactly the secret VALUE: for ``key=value`` only the value, for a URL
that carries a password only the password, for ``Authorization: Bearer X``
only X, for a webhook URL whose path is the secret the whole URL, for a
Kubernetes Secret ``data:`` entry or a ``~/.docker/config.json`` ``auth`` field
the base64 text. When the value sits inside JSON (or JSON inside JSON, or an
SQL string, or an indented YAML block) the span covers the escaped form as it
appears in the text; generation asserts that un-escaping the span gives back
the intended value.

Python 3.11, standard library only, fixed seed, deterministic. Every value is
invented by a seeded RNG in the publicly documented *shape* of the credential
(prefix, alphabet, length); nothing is copied from other corpora or test suites.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
import re
import string
import struct
import sys
import uuid
from collections import Counter

SEED = 20250903
N_POS = 1500          # rows with 1-2 secrets
N_NEG = 3000          # look-alike rows, no secret
rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
URLSAFE = ALNUM + "-_"
HEXD = "0123456789abcdef"
B32 = UP + "234567"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def rs(n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def hexs(n):
    return rs(n, HEXD)


def rint(a, b):
    return rng.randint(a, b)


def ch(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def sample(seq, k):
    seq = list(seq)
    return rng.sample(seq, min(k, len(seq)))


def rbytes(n):
    return rng.randbytes(n)


def b64e(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def dumps(o, **kw):
    return json.dumps(o, ensure_ascii=False, **kw)


def uuid4():
    return str(uuid.UUID(bytes=rbytes(16), version=4))


T0 = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


def rtime():
    return T0 + dt.timedelta(seconds=rint(0, 600 * 86400))


def iso(t=None):
    return (t or rtime()).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_ms(t=None):
    return (t or rtime()).strftime("%Y-%m-%dT%H:%M:%S.") + f"{rint(0, 999):03d}Z"


def rfc2822(t=None):
    return (t or rtime()).strftime("%a, %d %b %Y %H:%M:%S +0000")


def epoch(t=None):
    return int((t or rtime()).timestamp())


def ulid():
    ms = int(rtime().timestamp() * 1000)
    t = ""
    for _ in range(10):
        t = CROCK[ms % 32] + t
        ms //= 32
    return t + rs(16, CROCK)


def ksuid():
    return ch("12") + rs(26, DIG + UP + LO)


def sha40():
    return hexs(40)


def sha64():
    return hexs(64)


def semver():
    v = f"{rint(0, 6)}.{rint(0, 30)}.{rint(0, 20)}"
    if chance(0.15):
        v += f"-rc.{rint(1, 5)}"
    return v


COMPANIES = ["acme-logistics", "northwind", "bluefin", "orbital-labs", "kestrel", "tidepool",
             "quarry-analytics", "lumen-health", "harborview", "copperleaf", "driftwood-games",
             "fernhill", "granite-pay", "ironbark", "juniper-ai", "larkspur", "meridian-bank",
             "nimbus-retail", "oakridge", "pinecrest", "redwood-media", "saltmarsh", "thornbury",
             "umbra-sec", "vantage-ops", "willowbrook", "yellowtail", "zephyr-cloud", "brightwave",
             "cobaltline", "evergreen-edu", "foxglove", "helio-energy", "indigo-travel"]
FIRST = ["Dana", "Priya", "Mateo", "Hiroshi", "Amara", "Lukas", "Chloé", "Rafael", "Zofia", "Giulia",
         "Sven", "Aisha", "Tomás", "Ingrid", "Kwame", "Mei", "Olivier", "Beatriz", "Piotr", "Noor",
         "Jonas", "Lucía", "Thiago", "Agnieszka", "Marco", "Femke", "Ravi", "Elena", "Kenji", "Sara"]
LAST = ["Whitfield", "Raman", "Gonzalez", "Tanaka", "Okafor", "Becker", "Durand", "Almeida", "Nowak",
        "Ricci", "Lindqvist", "Haddad", "Ortega", "Halvorsen", "Mensah", "Chen", "Lefèvre", "Souza",
        "Kowalski", "Jansen", "Moreau", "Schulz", "Ferreira", "Wiśniewska", "Bianchi", "de Vries",
        "Iyer", "Popescu", "Sato", "Nilsson"]
SERVICES = ["api", "billing", "orders", "auth", "search", "ingest", "worker", "gateway", "notifier",
            "reports", "checkout", "inventory", "scheduler", "webhooks", "ledger", "catalog"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1",
           "sa-east-1", "ca-central-1"]
REPOS = ["platform", "infra", "api-server", "web-app", "data-pipeline", "mobile", "terraform-live",
         "helm-charts", "billing-service", "ml-models", "docs-site", "sdk-python"]
DB_USERS = ["app", "app_rw", "svc_orders", "billing", "django", "rails", "postgres", "admin",
            "reporting_ro", "etl", "api_user", "keycloak"]
DB_NAMES = ["orders", "billing", "app_production", "analytics", "crm", "inventory", "auth", "ledger"]
USERNAMES = ["deploy", "ci-bot", "octo-deployer", "svc-build", "jenkins", "release-bot", "mlops",
             "dana.w", "p.raman", "mgonzalez", "t.nowak", "admin", "ops"]


def company():
    return ch(COMPANIES)


def domain(c=None):
    return (c or company()).replace("-", "") + ch([".io", ".com", ".dev", ".net", ".co"])


def person():
    return ch(FIRST), ch(LAST)


def email_addr(first=None, last=None, dom=None):
    first = first or ch(FIRST)
    last = last or ch(LAST)
    loc = (first[0] + "." + last).lower().replace(" ", "").replace("é", "e").replace("ś", "s").replace("è", "e")
    return f"{loc}@{dom or domain()}"


def account_id():
    return str(rint(10 ** 11, 10 ** 12 - 1))


def pod_name(svc=None):
    return f"{svc or ch(SERVICES)}-{rs(rint(9, 10), LO + DIG)}-{rs(5, LO + DIG)}"


def ipv4(private=True):
    if private:
        return f"10.{rint(0, 255)}.{rint(0, 255)}.{rint(2, 254)}"
    return f"{rint(11, 223)}.{rint(0, 255)}.{rint(0, 255)}.{rint(1, 254)}"


# ---------------------------------------------------------------------------
# escaping transforms (forward / inverse) used for span verification
# ---------------------------------------------------------------------------
def tf_fwd(t, s):
    if t == "json":
        return json.dumps(s, ensure_ascii=False)[1:-1]
    if t == "b64":
        return base64.b64encode(s.encode()).decode()
    if t == "sql":
        return s.replace("\\", "\\\\").replace("\n", "\\n")
    if t.startswith("indent"):
        return s.replace("\n", "\n" + " " * int(t[6:]))
    raise KeyError(t)


def tf_inv(t, s):
    if t == "json":
        return json.loads('"' + s + '"')
    if t == "b64":
        return base64.b64decode(s, validate=True).decode()
    if t == "sql":
        return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), s)
    if t.startswith("indent"):
        return s.replace("\n" + " " * int(t[6:]), "\n")
    raise KeyError(t)


def apply_fwd(s, tfs):
    for t in tfs:
        s = tf_fwd(t, s)
    return s


def apply_inv(s, tfs):
    for t in reversed(tfs):
        s = tf_inv(t, s)
    return s


PH_RE = re.compile(r"⟦S(\d+)⟧")


class Row:
    """Collects secrets as placeholders while a text template is built."""

    def __init__(self):
        self.secs = []

    def secret(self, raw, fmt, tfs=()):
        assert fmt in FMT, fmt
        self.secs.append({"raw": raw, "fmt": fmt, "tfs": list(tfs)})
        return f"⟦S{len(self.secs) - 1}⟧"

    def wrap(self, t):
        """The whole template is about to be escaped once more with transform t."""
        for s in self.secs:
            s["tfs"].append(t)

    def finish(self, tpl):
        parts, spans, seen = [], [], []
        pos = n = 0
        for m in PH_RE.finditer(tpl):
            lit = tpl[pos:m.start()]
            parts.append(lit)
            n += len(lit)
            i = int(m.group(1))
            s = self.secs[i]
            r = apply_fwd(s["raw"], s["tfs"])
            parts.append(r)
            spans.append((n, n + len(r), s["fmt"], i))
            n += len(r)
            seen.append(i)
            pos = m.end()
        parts.append(tpl[pos:])
        text = "".join(parts)
        assert sorted(seen) == list(range(len(self.secs))), ("placeholder mismatch", seen, len(self.secs))
        assert "⟦" not in text and "⟧" not in text
        for a, b, f, i in spans:
            s = self.secs[i]
            seg = text[a:b]
            assert seg == apply_fwd(s["raw"], s["tfs"])
            assert apply_inv(seg, s["tfs"]) == s["raw"], (f, s["tfs"])
            assert seg and seg == seg.strip(), repr(seg[:40])
            check_value(f, s["raw"])
        spans.sort()
        for x, y in zip(spans, spans[1:]):
            assert x[1] <= y[0], "overlapping spans"
        return text, [{"start": a, "end": b, "format": f} for a, b, f, _ in spans]


class Item:
    """A key/value pair; a secret if fmt is set (value = prefix + secret + suffix)."""
    __slots__ = ("key", "value", "raw", "fmt", "tfs", "prefix", "suffix", "slot", "code", "inner")

    def __init__(self, key, value=None, raw=None, fmt=None, tfs=(), prefix="", suffix="",
                 slot="kv", code=False, inner=None):
        self.key, self.value, self.raw, self.fmt = key, value, raw, fmt
        self.tfs, self.prefix, self.suffix = list(tfs), prefix, suffix
        self.slot, self.code, self.inner = slot, code, inner

    @property
    def secret(self):
        return self.fmt is not None

    def real(self):
        if not self.secret:
            return self.value
        return self.prefix + apply_fwd(self.raw, self.tfs) + self.suffix

    def tpl(self, row, extra=()):
        if not self.secret:
            return self.value
        return self.prefix + row.secret(self.raw, self.fmt, self.tfs + list(extra)) + self.suffix

    def copy(self, **kw):
        n = Item(self.key, self.value, self.raw, self.fmt, self.tfs, self.prefix, self.suffix,
                 self.slot, self.code, self.inner)
        for k, v in kw.items():
            setattr(n, k, v)
        return n


# ---------------------------------------------------------------------------
# key spelling
# ---------------------------------------------------------------------------
def kparts(k):
    return [p for p in re.split(r"[_\-.\s]+", k) if p]


def K(k, style):
    p = kparts(k)
    if style == "UPPER":
        return "_".join(x.upper() for x in p)
    if style == "snake":
        return "_".join(x.lower() for x in p)
    if style == "camel":
        return p[0].lower() + "".join(x[:1].upper() + x[1:].lower() for x in p[1:])
    if style == "Pascal":
        return "".join(x[:1].upper() + x[1:].lower() for x in p)
    if style == "kebab":
        return "-".join(x.lower() for x in p)
    if style == "dot":
        return ".".join(x.lower() for x in p)
    return k


def ascii_key(k):
    return re.fullmatch(r"[A-Za-z0-9_.\-]+", k) is not None


# ---------------------------------------------------------------------------
# secret value generators (documented public shapes, random content)
# ---------------------------------------------------------------------------
WORDS = ["amber", "basalt", "cobalt", "delta", "ember", "falcon", "garnet", "harbor", "indigo",
         "juniper", "kestrel", "lagoon", "marble", "nectar", "orchid", "pepper", "quartz", "raven",
         "saffron", "timber", "umber", "velvet", "walnut", "yonder", "zephyr", "anchor", "birch",
         "cinder", "dune", "fjord", "glacier", "hazel", "iris", "jasper", "kelp", "lumen", "mesa",
         "nova", "onyx", "prism", "quill", "ridge", "sierra", "tundra", "vortex", "willow", "xenon",
         "yucca", "zinc", "copper", "meadow", "thistle", "badger", "otter", "heron", "lantern"]
BANNED_IN_VALUES = ("test", "fake", "dummy", "example", "pass", "secret", "xxx", "change", "redact",
                    "sample", "placeholder", "your", "mask", "none", "null")
SYM_RICH = "!@#$%^&*-_+=.?~"
SYM_SAFE = "-_.~"


def _pw_ok(p):
    low = p.lower()
    return len(p) >= 10 and not any(b in low for b in BANNED_IN_VALUES)


def gen_password(style="rich"):
    sym = SYM_RICH if style == "rich" else SYM_SAFE
    while True:
        v = rint(0, 5)
        if v == 0:
            p = rs(rint(16, 28), ALNUM + sym * 2)
            p = ch(UP) + p + ch(DIG)
        elif v == 1:
            sep = ch(["-", ".", "_", ""] + ([ch(sym)] if style == "rich" else []))
            p = sep.join(w.capitalize() for w in sample(WORDS, 3)) + sep + str(rint(10, 999))
        elif v == 2:
            p = ch(WORDS).capitalize() + ch(sym) + ch(WORDS).capitalize() + str(rint(1990, 2025)) + ch(sym)
        elif v == 3:
            p = "".join(ch(LO + DIG) if not chance(0.2) else ch(UP) for _ in range(rint(12, 16)))
        elif v == 4:
            p = rs(rint(20, 32), URLSAFE)
        else:
            p = ch(WORDS) + rs(3, DIG) + ch(sym) + rs(rint(6, 9), ALNUM)
        if style == "url":
            p = "".join(c if c in ALNUM + "-_.~" else ch("-_.~") for c in p)
        if _pw_ok(p) and p == p.strip() and not p.startswith(("-", ".")):
            return p


def g_akid():
    return ch(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(16, B32)


def g_aws_secret():
    return rs(40, ALNUM + "/+")


def g_gcp():
    return "AIza" + rs(35, URLSAFE)


def g_azure_storage():
    return b64e(rbytes(64))


def g_azure_ad():
    return rs(3) + "8Q~" + rs(33, ALNUM + "_.~-") + rs(1)


def g_ghp():
    return "ghp_" + rs(36)


def g_ghfg():
    return "github_pat_11" + rs(20, UP + DIG) + "_" + rs(59)


def g_ghapp():
    return ch(["gho_", "ghs_", "ghu_", "ghs_", "ghr_"]) + rs(36)


def g_glpat():
    return "glpat-" + rs(20, URLSAFE)


def g_glrt():
    return "glrt-" + rs(20, URLSAFE)


def g_npm():
    return "npm_" + rs(36)


def g_pypi():
    return "pypi-AgEIcHlwaS5vcmc" + "CJ" + rs(rint(130, 170), URLSAFE)


def g_dckr():
    return "dckr_pat_" + rs(27, URLSAFE)


def g_slack():
    if chance(0.6):
        return f"xoxb-{rint(10 ** 10, 10 ** 13 - 1)}-{rint(10 ** 11, 10 ** 13 - 1)}-{rs(24)}"
    return (f"xoxp-{rint(10 ** 10, 10 ** 13 - 1)}-{rint(10 ** 10, 10 ** 13 - 1)}-"
            f"{rint(10 ** 11, 10 ** 13 - 1)}-{hexs(32)}")


def g_slack_hook():
    return (f"https://hooks.slack.com/services/T{rs(rint(8, 10), UP + DIG)}/"
            f"B{rs(rint(8, 10), UP + DIG)}/{rs(24)}")


def g_discord_hook():
    return (f"https://{ch(['discord.com', 'discord.com', 'discordapp.com'])}/api/webhooks/"
            f"{rint(10 ** 17, 2 * 10 ** 18)}/{rs(68, URLSAFE)}")


def g_telegram():
    return f"{rint(10 ** 8, 8 * 10 ** 9)}:AA{rs(33, URLSAFE)}"


def _stripe_body():
    return rs(24) if chance(0.4) else "51" + rs(rint(95, 97))


def g_stripe_sk():
    return ch(["sk_live_", "sk_live_", "sk_test_"]) + _stripe_body()


def g_stripe_rk():
    return ch(["rk_live_", "rk_live_", "rk_test_"]) + _stripe_body()


def g_whsec():
    return "whsec_" + rs(32)


def g_square():
    return "EAAA" + rs(60, URLSAFE)


def g_shopify():
    return ch(["shpat_", "shpat_", "shpca_", "shppa_", "shpss_"]) + hexs(32)


def g_openai():
    v = rint(0, 3)
    if v == 0:
        return "sk-proj-" + rs(ch([48, 74, 124, 156]), URLSAFE)
    if v == 1:
        return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
    if v == 2:
        return "sk-svcacct-" + rs(rint(74, 156), URLSAFE)
    return "sk-proj-" + rs(58, URLSAFE) + "T3BlbkFJ" + rs(58, URLSAFE)


def g_anthropic():
    return ch(["sk-ant-api03-"] * 4 + ["sk-ant-admin01-"]) + rs(93, URLSAFE) + "AA"


def g_hf():
    return "hf_" + rs(34, UP + LO)


def g_groq():
    return "gsk_" + rs(52)


def g_sendgrid():
    return "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE)


def g_twilio():
    return hexs(32)


def g_mailgun():
    return "key-" + hexs(32)


def g_databricks():
    return "dapi" + hexs(32) + ("-2" if chance(0.3) else "")


def g_vault():
    return "hvs." + (rs(24) if chance(0.4) else "CAESI" + rs(rint(80, 90), URLSAFE))


def g_postman():
    return "PMAK-" + hexs(24) + "-" + hexs(34)


def g_grafana():
    return "glsa_" + rs(32) + "_" + hexs(8)


def g_newrelic():
    return "NRAK-" + rs(27, UP + DIG)


def g_atlassian():
    return "ATATT3xFfGF0" + rs(rint(170, 180), URLSAFE) + "=" + hexs(8).upper()


def g_linear():
    return "lin_api_" + rs(40)


def g_age():
    return "AGE-SECRET-KEY-1" + rs(58, BECH.upper())


def g_doppler():
    return f"dp.st.{ch(['prd', 'dev', 'stg', 'ci'])}.{rs(40)}"


def g_pulumi():
    return "pul-" + hexs(40)


def g_tfc():
    return rs(14) + ".atlasv1." + rs(rint(60, 70), URLSAFE)


def g_circleci():
    return "CCIPAT_" + rs(22) + "_" + hexs(40)


def g_buildkite():
    return "bkua_" + hexs(40)


def g_artifactory():
    return "AKCp" + rs(69)


def g_bitbucket():
    return "ATBB" + rs(32)


def g_gocspx():
    return "GOCSPX-" + rs(28, URLSAFE)


def g_api_key():
    v = rint(0, 6)
    if v == 0:
        return hexs(32)
    if v == 1:
        return hexs(40)
    if v == 2:
        return rs(32)
    if v == 3:
        return rs(40)
    if v == 4:
        return b64u(rbytes(32))
    if v == 5:
        return hexs(64)
    return f"{ch(['live', 'prod', 'key', 'ak', 'int'])}_{rs(32)}"


def g_django_key():
    while True:
        k = rs(50, LO + DIG + "!@#$%^&*(-_=+)")
        if k[0] not in "-=+":
            return k


def g_rails_skb():
    return hexs(128)


def g_laravel():
    return "base64:" + b64e(rbytes(32))


def g_flask():
    return hexs(64) if chance(0.5) else b64u(rbytes(32))


def g_jwt_secret():
    return rs(rint(32, 64))


def g_nextauth():
    return b64e(rbytes(32))


def g_jwt():
    alg = ch(["HS256", "RS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = ch([hexs(40), b64u(rbytes(16)), uuid4()])
    now = epoch()
    dom = domain()
    v = rint(0, 3)
    if v == 0:
        f, l = person()
        pl = {"iss": f"https://auth.{dom}/", "sub": uuid4(), "aud": ch(["api", f"https://api.{dom}"]),
              "iat": now, "exp": now + ch([900, 3600, 86400]), "email": email_addr(f, l, dom),
              "scope": ch(["openid profile email", "read:orders write:orders", "admin"])}
    elif v == 1:
        pl = {"sub": f"svc-{ch(SERVICES)}", "scope": ch(["orders:read orders:write", "ledger:*", "internal"]),
              "iat": now, "exp": now + 31536000, "jti": uuid4()}
    elif v == 2:
        pl = {"iss": "supabase", "ref": rs(20, LO), "role": "service_role", "iat": now,
              "exp": now + 10 * 31536000}
    else:
        ns = ch(["prod", "default", "payments", "ci"])
        sa = ch(["deployer", "default", "argocd-manager", "ci-runner"])
        pl = {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": ns,
              "kubernetes.io/serviceaccount/secret.name": f"{sa}-token-{rs(5, LO + DIG)}",
              "kubernetes.io/serviceaccount/service-account.name": sa,
              "kubernetes.io/serviceaccount/service-account.uid": uuid4(),
              "sub": f"system:serviceaccount:{ns}:{sa}"}
    sig = rbytes({"HS256": 32, "RS256": 256, "ES256": 64}[alg])
    return ".".join([b64u(dumps(hdr, separators=(",", ":")).encode()),
                     b64u(dumps(pl, separators=(",", ":")).encode()), b64u(sig)])


# --- DER / PEM helpers (private keys are secrets; certificates/public keys are look-alikes)
def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b"\x81" + bytes([n])
    return b"\x82" + n.to_bytes(2, "big")


def tlv(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def seq(*parts):
    return tlv(0x30, b"".join(parts))


def der_int_rand(nbytes):
    b = bytearray(rbytes(nbytes))
    b[0] |= 0x80
    return tlv(0x02, b"\x00" + bytes(b))


def der_small_int(v):
    return tlv(0x02, bytes([v]))


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_SHA256RSA = bytes.fromhex("06092a864886f70d01010b")
NULL = b"\x05\x00"


def pem(label, der, width=64):
    b = b64e(der)
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def rsa_pkcs1(bits=2048):
    nb = bits // 8
    return seq(der_small_int(0), der_int_rand(nb), tlv(0x02, b"\x01\x00\x01"), der_int_rand(nb),
               der_int_rand(nb // 2), der_int_rand(nb // 2), der_int_rand(nb // 2),
               der_int_rand(nb // 2), der_int_rand(nb // 2))


def sstr(b):
    return struct.pack(">I", len(b)) + b


def g_private_key():
    v = ch(["rsa1", "rsa8", "rsa8", "ec", "ed8", "openssh", "openssh", "rsa1024"])
    if v == "rsa1":
        return pem("RSA PRIVATE KEY", rsa_pkcs1(2048))
    if v == "rsa1024":
        return pem("RSA PRIVATE KEY", rsa_pkcs1(1024))
    if v == "rsa8":
        return pem("PRIVATE KEY", seq(der_small_int(0), seq(OID_RSA, NULL), tlv(0x04, rsa_pkcs1(2048))))
    if v == "ec":
        der = seq(der_small_int(1), tlv(0x04, rbytes(32)),
                  tlv(0xA0, bytes.fromhex("06082a8648ce3d030107")),
                  tlv(0xA1, tlv(0x03, b"\x00\x04" + rbytes(64))))
        return pem("EC PRIVATE KEY", der)
    if v == "ed8":
        return pem("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + rbytes(32))
    pk, sk = rbytes(32), rbytes(32)
    pub = sstr(b"ssh-ed25519") + sstr(pk)
    chk = rbytes(4)
    comment = f"{ch(USERNAMES)}@{ch(SERVICES)}-{ch(['ci', 'bastion', 'laptop', 'deploy'])}".encode()
    priv = chk + chk + sstr(b"ssh-ed25519") + sstr(pk) + sstr(sk + pk) + sstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1)
            + sstr(pub) + sstr(priv))
    return pem("OPENSSH PRIVATE KEY", blob, 70)


def ssh_ed25519_pub(comment=True):
    blob = sstr(b"ssh-ed25519") + sstr(rbytes(32))
    s = "ssh-ed25519 " + b64e(blob)
    if comment:
        s += f" {ch(USERNAMES)}@{ch(['laptop', 'ci', 'bastion', 'mbp', 'workstation'])}"
    return s


def ssh_rsa_pub(comment=True):
    blob = sstr(b"ssh-rsa") + sstr(b"\x01\x00\x01") + sstr(b"\x00" + rbytes(256))
    s = "ssh-rsa " + b64e(blob)
    if comment:
        s += f" {ch(USERNAMES)}@{ch(['laptop', 'ci', 'bastion'])}"
    return s


def spki_rsa():
    return seq(seq(OID_RSA, NULL), tlv(0x03, b"\x00" + seq(der_int_rand(256), tlv(0x02, b"\x01\x00\x01"))))


def public_key_pem():
    return pem("PUBLIC KEY", spki_rsa())


def _name(cn, org):
    def rdn(oid_hex, val, tag=0x0C):
        return tlv(0x31, seq(tlv(0x06, bytes.fromhex(oid_hex)), tlv(tag, val.encode())))
    return seq(rdn("550406", "US", 0x13), rdn("55040a", org), rdn("550403", cn))


def cert_der(cn=None, org=None):
    cn = cn or f"{ch(SERVICES)}.{domain()}"
    org = org or ch(["Let's Encrypt", "DigiCert Inc", "Amazon", "Google Trust Services", "Internal CA"])
    t1 = rtime()
    t2 = t1 + dt.timedelta(days=ch([90, 365, 397]))
    validity = seq(tlv(0x17, t1.strftime("%y%m%d%H%M%SZ").encode()), tlv(0x17, t2.strftime("%y%m%d%H%M%SZ").encode()))
    san = seq(tlv(0x06, bytes.fromhex("551d11")), tlv(0x04, seq(tlv(0x82, cn.encode()))))
    ski = seq(tlv(0x06, bytes.fromhex("551d0e")), tlv(0x04, tlv(0x04, rbytes(20))))
    tbs = seq(tlv(0xA0, der_small_int(2)), tlv(0x02, b"\x03" + rbytes(rint(15, 19))), seq(OID_SHA256RSA, NULL),
              _name(ch(["R11", "E6", "DigiCert Global G2 TLS RSA SHA256 2020 CA1", "Amazon RSA 2048 M02"]), org),
              validity, _name(cn, org), spki_rsa(), tlv(0xA3, seq(san, ski)))
    return seq(tbs, seq(OID_SHA256RSA, NULL), tlv(0x03, b"\x00" + rbytes(256)))


def cert_pem(cn=None):
    return pem("CERTIFICATE", cert_der(cn))


def pgp_block(kind="PUBLIC KEY BLOCK", n=None):
    body = b64e(rbytes(n or rint(300, 900)))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = "=" + b64e(rbytes(3))
    return f"-----BEGIN PGP {kind}-----\n\n" + "\n".join(lines) + f"\n{crc}\n-----END PGP {kind}-----"


def session_cookie():
    v = rint(0, 6)
    if v == 0:
        return "sessionid", rs(32, LO + DIG)
    if v == 1:
        return "connect.sid", "s%3A" + rs(32, URLSAFE) + "." + rs(43, ALNUM)
    if v == 2:
        data = b64e(rbytes(rint(120, 220))).replace("=", "%3D")
        return f"_{ch(['shop', 'crm', 'portal', 'admin'])}_session", data + "--" + b64e(rbytes(12)).replace("=", "%3D") + "--" + b64e(rbytes(16)).replace("=", "%3D")
    if v == 3:
        return "PHPSESSID", rs(26, LO + DIG)
    if v == 4:
        return "JSESSIONID", hexs(32).upper()
    if v == 5:
        hdr = b64u(dumps({"alg": "dir", "enc": "A256GCM"}, separators=(",", ":")).encode())
        return "__Secure-next-auth.session-token", (hdr + ".." + b64u(rbytes(12)) + "." + b64u(rbytes(rint(200, 400)))
                                                    + "." + b64u(rbytes(16)))
    blob = dumps({"iv": b64e(rbytes(16)), "value": b64e(rbytes(rint(48, 96))), "mac": hexs(64), "tag": ""},
                 separators=(",", ":"))
    return "laravel_session", b64e(blob.encode()).replace("=", "%3D")


# ---------------------------------------------------------------------------
# format registry
# ---------------------------------------------------------------------------
class Fmt:
    def __init__(self, name, kind, variants, http, weight, vendor):
        self.name, self.kind, self.variants = name, kind, variants
        self.http, self.weight, self.vendor = http, weight, vendor


FMT = {}
BEARER = [("Authorization", "Bearer ")]


def reg(name, kind, keys=None, gen=None, http=BEARER, weight=1.0, vendor="", variants=None):
    if vendor == "":
        vendor = name.split("_")[0]
    FMT[name] = Fmt(name, kind, variants or [(keys, gen, None)], http, weight, vendor)


def _acct():
    return re.sub(r"[^a-z0-9]", "", company())[:14] + ch(["prod", "data", "st", "sa"])


PW_KEYS_EN = ["password", "passwd", "pwd", "pass", "admin_password", "root_password", "user_password",
              "service_password", "bind_password", "ldap_bind_password", "smtp_password", "mail_password",
              "email_host_password", "ftp_password", "sftp_password", "rabbitmq_password",
              "keystore_password", "key_store_password", "truststore_password", "key_password",
              "pfx_password", "cert_password", "passphrase", "ssh_passphrase", "grafana_admin_password",
              "elastic_password", "minio_root_password", "registry_password", "proxy_password",
              "master_password", "login_password", "basic_auth_password", "ansible_become_pass"]
PW_KEYS_INTL = ["passwort", "kennwort", "db_passwort", "benutzer_passwort", "mot_de_passe", "motdepasse",
                "mdp", "contraseña", "contrasena", "clave", "clave_acceso", "senha", "senha_admin",
                "palavra_passe", "parola", "parola_d_ordine", "wachtwoord", "hasło", "haslo", "lösenord",
                "losenord", "salasana", "adgangskode", "passord", "heslo", "jelszó", "jelszo", "şifre",
                "sifre", "пароль", "parol", "密码", "パスワード", "비밀번호", "kata_sandi", "mat_khau"]
APIKEY_KEYS_EN = ["api_key", "apikey", "api-key", "x-api-key", "api_token", "access_token", "auth_token",
                  "access_key", "client_key", "service_key", "private_token", "secret_token", "app_token",
                  "integration_key", "token", "api_secret", "client_secret", "app_secret",
                  "consumer_secret", "partner_api_key", "internal_api_key", "upstream_token", "ingest_key"]
APIKEY_KEYS_INTL = ["klucz_api", "klucz_dostepu", "clave_api", "clave_de_api", "chave_api",
                    "chave_de_acesso", "cle_api", "clé_api", "jeton_api", "jeton_acces", "api_schluessel",
                    "api_schlüssel", "zugangsschluessel", "chiave_api", "api_sleutel", "toegangssleutel",
                    "api_nyckel", "api_avain", "api_kulcs", "ключ_api", "apiキー", "api密钥",
                    "token_de_acceso", "token_acesso"]
DBPW_KEYS = ["db_password", "database_password", "postgres_password", "pg_password", "mysql_password",
             "mysql_root_password", "mariadb_root_password", "mongo_initdb_root_password", "mongodb_password",
             "redis_password", "datasource_password", "db_pass", "sql_password", "clickhouse_password",
             "db_passwort", "mot_de_passe_bdd", "contraseña_bd", "senha_banco", "haslo_bazy"]
GH_KEYS = ["github_token", "gh_token", "github_pat", "git_token", "github_personal_access_token", "gh_pat"]

reg("aws_access_key_id", "token", ["aws_access_key_id", "access_key_id", "aws_access_key", "s3_access_key"],
    g_akid, http=None)
reg("aws_secret_access_key", "token", ["aws_secret_access_key", "secret_access_key", "aws_secret_key",
                                       "s3_secret_key"], g_aws_secret, http=None, weight=1.3)
reg("gcp_api_key", "token", ["google_api_key", "gcp_api_key", "maps_api_key", "gemini_api_key",
                             "youtube_api_key"], g_gcp, http=[("X-Goog-Api-Key", "")], vendor="google")
reg("google_oauth_client_secret", "token", ["google_client_secret", "oauth_client_secret", "client_secret"],
    g_gocspx, http=None, vendor="google")
reg("azure_storage_account_key", "token", vendor="azure", http=None, variants=[
    (["azure_storage_key", "storage_account_key", "azure_storage_access_key", "account_key"], g_azure_storage, None),
    (["azure_storage_connection_string", "azure_web_jobs_storage", "storage_connection_string"], g_azure_storage,
     lambda: (f"DefaultEndpointsProtocol=https;AccountName={_acct()};AccountKey=", ";EndpointSuffix=core.windows.net")),
])
reg("azure_ad_client_secret", "token", ["azure_client_secret", "aad_client_secret", "client_secret",
                                        "arm_client_secret", "entra_client_secret"], g_azure_ad, http=None)
reg("github_pat_classic", "token", GH_KEYS, g_ghp, http=[("Authorization", "token "), ("Authorization", "Bearer ")])
reg("github_pat_fine_grained", "token", GH_KEYS, g_ghfg, http=BEARER)
reg("github_app_token", "token", ["github_token", "gh_token", "github_app_token", "gh_oauth_token", "oauth_token"],
    g_ghapp, http=[("Authorization", "token "), ("Authorization", "Bearer ")])
reg("gitlab_pat", "token", ["gitlab_token", "gitlab_private_token", "gitlab_pat", "gl_token", "glab_token"],
    g_glpat, http=[("PRIVATE-TOKEN", ""), ("Authorization", "Bearer ")])
reg("gitlab_runner_token", "token", ["runner_token", "gitlab_runner_token", "ci_runner_token"], g_glrt, http=None,
    weight=0.7)
reg("npm_token", "token", ["npm_token", "node_auth_token", "npm_auth_token", "npm_publish_token"], g_npm)
reg("pypi_token", "token", ["pypi_token", "pypi_api_token", "twine_password", "poetry_pypi_token_pypi",
                            "uv_publish_token"], g_pypi, http=None)
reg("dockerhub_pat", "token", ["docker_password", "dockerhub_token", "docker_hub_token", "registry_password",
                               "docker_pat"], g_dckr, http=None)
reg("slack_token", "token", ["slack_bot_token", "slack_token", "slack_api_token", "slack_user_token"], g_slack)
reg("slack_webhook_url", "url", ["slack_webhook_url", "slack_webhook", "alert_webhook_url", "notify_webhook"],
    g_slack_hook, http=None, weight=1.2)
reg("discord_webhook_url", "url", ["discord_webhook_url", "discord_webhook", "alerts_discord_url"],
    g_discord_hook, http=None)
reg("telegram_bot_token", "token", http=None, variants=[
    (["telegram_bot_token", "tg_bot_token", "bot_token"], g_telegram, None),
    (["telegram_api_url", "telegram_notify_url"], g_telegram, lambda: ("https://api.telegram.org/bot", "/sendMessage")),
])
reg("stripe_secret_key", "token", ["stripe_secret_key", "stripe_api_key", "stripe_key", "stripe_sk"], g_stripe_sk,
    weight=1.3)
reg("stripe_restricted_key", "token", ["stripe_restricted_key", "stripe_api_key", "stripe_rk"], g_stripe_rk)
reg("stripe_webhook_secret", "token", ["stripe_webhook_secret", "stripe_signing_secret", "stripe_endpoint_secret"],
    g_whsec, http=None)
reg("square_access_token", "token", ["square_access_token", "square_token"], g_square)
reg("shopify_access_token", "token", ["shopify_access_token", "shopify_admin_api_token", "shopify_api_token"],
    g_shopify, http=[("X-Shopify-Access-Token", "")])
reg("openai_api_key", "token", ["openai_api_key", "openai_key", "llm_api_key", "openai_token"], g_openai,
    weight=1.3)
reg("anthropic_api_key", "token", ["anthropic_api_key", "claude_api_key", "anthropic_key"], g_anthropic,
    http=[("x-api-key", "")], weight=1.3)
reg("huggingface_token", "token", ["hf_token", "huggingface_token", "hugging_face_hub_token",
                                   "huggingfacehub_api_token"], g_hf)
reg("groq_api_key", "token", ["groq_api_key", "groq_key"], g_groq)
reg("sendgrid_api_key", "token", ["sendgrid_api_key", "sendgrid_key", "email_api_key"], g_sendgrid)
reg("twilio_auth_token", "token", ["twilio_auth_token", "twilio_token"], g_twilio, http=None, weight=0.7)
reg("mailgun_api_key", "token", ["mailgun_api_key", "mailgun_key"], g_mailgun, http=None, weight=0.7)
reg("databricks_token", "token", ["databricks_token", "databricks_pat"], g_databricks)
reg("vault_token", "token", ["vault_token", "vault_root_token"], g_vault, http=[("X-Vault-Token", "")])
reg("postman_api_key", "token", ["postman_api_key"], g_postman, http=[("X-Api-Key", "")], weight=0.7)
reg("grafana_service_account_token", "token", ["grafana_token", "grafana_api_key", "grafana_sa_token"], g_grafana)
reg("newrelic_user_key", "token", ["new_relic_api_key", "newrelic_user_key", "nr_api_key"], g_newrelic,
    http=[("Api-Key", "")], weight=0.7)
reg("atlassian_api_token", "token", ["jira_api_token", "atlassian_api_token", "confluence_api_token"],
    g_atlassian, weight=0.8)
reg("linear_api_key", "token", ["linear_api_key"], g_linear, http=[("Authorization", "")], weight=0.7)
reg("age_secret_key", "token", ["sops_age_key", "age_secret_key", "age_key"], g_age, http=None, weight=0.7)
reg("doppler_token", "token", ["doppler_token", "doppler_service_token"], g_doppler, weight=0.7)
reg("pulumi_access_token", "token", ["pulumi_access_token"], g_pulumi, http=[("Authorization", "token ")],
    weight=0.7)
reg("terraform_cloud_token", "token", ["tfe_token", "tf_token_app_terraform_io", "terraform_cloud_token",
                                       "atlas_token"], g_tfc, vendor="terraform", weight=0.8)
reg("circleci_token", "token", ["circleci_token", "circle_token"], g_circleci, http=[("Circle-Token", "")],
    weight=0.7)
reg("buildkite_token", "token", ["buildkite_api_token", "buildkite_token"], g_buildkite, weight=0.7)
reg("artifactory_api_key", "token", ["artifactory_api_key", "jfrog_api_key", "artifactory_password",
                                     "jfrog_password"], g_artifactory, http=[("X-JFrog-Art-Api", "")], weight=0.8)
reg("bitbucket_app_password", "token", ["bitbucket_app_password", "bitbucket_password", "bb_app_password"],
    g_bitbucket, http=None, weight=0.7)
reg("jwt", "token", ["access_token", "id_token", "auth_token", "bearer_token", "service_token", "jwt",
                     "supabase_service_role_key", "k8s_sa_token"], g_jwt, vendor=None, weight=2.5)
reg("private_key", "pem", ["private_key", "ssh_private_key", "tls_key", "signing_key", "deploy_key",
                           "jwt_private_key", "github_app_private_key"], g_private_key, http=None, vendor=None,
    weight=2.5)
reg("password", "password", PW_KEYS_EN + PW_KEYS_INTL, None, http=None, vendor=None, weight=7.0)
reg("api_key", "token", APIKEY_KEYS_EN + APIKEY_KEYS_INTL, g_api_key, vendor=None, weight=5.0,
    http=[("X-API-Key", ""), ("x-api-key", ""), ("Api-Key", ""), ("Authorization", "Bearer "),
          ("Authorization", "ApiKey ")])
reg("database_password", "dbpass", DBPW_KEYS, None, http=None, vendor=None, weight=5.0)
reg("framework_secret_key", "token", http=None, vendor=None, weight=1.5, variants=[
    (["secret_key", "django_secret_key"], g_django_key, None),
    (["secret_key_base"], g_rails_skb, None),
    (["app_key"], g_laravel, None),
    (["flask_secret_key", "session_secret", "cookie_secret"], g_flask, None),
    (["jwt_secret", "jwt_signing_secret"], g_jwt_secret, None),
    (["nextauth_secret", "auth_secret"], g_nextauth, None),
])
reg("session_cookie", "cookie", ["sessionid"], None, http=None, vendor=None, weight=2.5)
reg("basic_auth_base64", "basic", ["authorization"], None, http=None, vendor=None, weight=1.5)
reg("kubernetes_secret_base64", "k8s", ["data"], None, http=None, vendor=None)

# shape checks for the raw (decoded) values of vendor formats
FMT_RE = {
    "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "gcp_api_key": r"AIza[0-9A-Za-z_-]{35}",
    "google_oauth_client_secret": r"GOCSPX-[0-9A-Za-z_-]{28}",
    "azure_storage_account_key": r"[A-Za-z0-9+/]{86}==",
    "azure_ad_client_secret": r"[A-Za-z0-9]{3}8Q~[A-Za-z0-9_.~-]{33}[A-Za-z0-9]",
    "github_pat_classic": r"ghp_[A-Za-z0-9]{36}",
    "github_pat_fine_grained": r"github_pat_[A-Z0-9]{22}_[A-Za-z0-9]{59}",
    "github_app_token": r"gh[osur]_[A-Za-z0-9]{36}",
    "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
    "gitlab_runner_token": r"glrt-[A-Za-z0-9_-]{20}",
    "npm_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{100,}",
    "dockerhub_pat": r"dckr_pat_[A-Za-z0-9_-]{27}",
    "slack_token": r"xox[bp]-[0-9]{10,13}-[0-9]{10,13}(-[0-9]{10,13})?-[A-Za-z0-9]{24,32}",
    "slack_webhook_url": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,10}/[A-Za-z0-9]{24}",
    "discord_webhook_url": r"https://(discord|discordapp)\.com/api/webhooks/[0-9]{17,19}/[A-Za-z0-9_-]{68}",
    "telegram_bot_token": r"[0-9]{8,10}:AA[A-Za-z0-9_-]{33}",
    "stripe_secret_key": r"sk_(live|test)_[A-Za-z0-9]{24,99}",
    "stripe_restricted_key": r"rk_(live|test)_[A-Za-z0-9]{24,99}",
    "stripe_webhook_secret": r"whsec_[A-Za-z0-9]{32}",
    "square_access_token": r"EAAA[A-Za-z0-9_-]{60}",
    "shopify_access_token": r"shp(at|ca|pa|ss)_[a-f0-9]{32}",
    "openai_api_key": r"sk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,}",
    "anthropic_api_key": r"sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA",
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "groq_api_key": r"gsk_[A-Za-z0-9]{52}",
    "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "twilio_auth_token": r"[a-f0-9]{32}",
    "mailgun_api_key": r"key-[a-f0-9]{32}",
    "databricks_token": r"dapi[a-f0-9]{32}(-2)?",
    "vault_token": r"hvs\.[A-Za-z0-9_-]{24,}",
    "postman_api_key": r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
    "grafana_service_account_token": r"glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}",
    "newrelic_user_key": r"NRAK-[A-Z0-9]{27}",
    "atlassian_api_token": r"ATATT3xFfGF0[A-Za-z0-9_-]{170,180}=[A-F0-9]{8}",
    "linear_api_key": r"lin_api_[A-Za-z0-9]{40}",
    "age_secret_key": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    "doppler_token": r"dp\.st\.[a-z]+\.[A-Za-z0-9]{40}",
    "pulumi_access_token": r"pul-[a-f0-9]{40}",
    "terraform_cloud_token": r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,70}",
    "circleci_token": r"CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}",
    "buildkite_token": r"bkua_[a-f0-9]{40}",
    "artifactory_api_key": r"AKCp[A-Za-z0-9]{69}",
    "bitbucket_app_password": r"ATBB[A-Za-z0-9]{32}",
    "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
    "private_key": r"-----BEGIN ([A-Z]+ )?PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END ([A-Z]+ )?PRIVATE KEY-----",
    "basic_auth_base64": r"[^:\s]+:\S+",
}


def check_value(fmt, raw):
    rx = FMT_RE.get(fmt)
    if rx:
        assert re.fullmatch(rx, raw), (fmt, raw[:60])
    assert raw and raw == raw.strip()


# ---------------------------------------------------------------------------
# building secret items for a context
# ---------------------------------------------------------------------------
def db_url_parts(kind=None):
    """(key, prefix, suffix) for a connection URL whose password is the secret."""
    user, db = ch(DB_USERS), ch(DB_NAMES)
    kind = kind or ch(["postgres", "postgres", "mysql", "mongodb", "redis", "amqp"])
    if kind == "postgres":
        host = ch([f"{db}-db.{ch(['prod', 'stg'])}.internal",
                   f"{db}.{rs(12, LO + DIG)}.{ch(REGIONS)}.rds.amazonaws.com",
                   f"{db}-pg.postgres.database.azure.com", ipv4()])
        scheme = ch(["postgresql", "postgres", "postgresql+psycopg"])
        return (ch(["database_url", "db_url", "postgres_url", "sqlalchemy_database_uri", "pg_dsn", "database_uri"]),
                f"{scheme}://{user}:", f"@{host}:5432/{db}" + ch(["", "?sslmode=require", "?sslmode=verify-full"]))
    if kind == "mysql":
        host = ch([f"mysql.{ch(['prod', 'stg'])}.internal", f"{db}.{rs(12, LO + DIG)}.{ch(REGIONS)}.rds.amazonaws.com"])
        return (ch(["database_url", "mysql_url", "db_dsn"]), f"{ch(['mysql', 'mysql2', 'mysql+pymysql'])}://{user}:",
                f"@{host}:3306/{db}")
    if kind == "mongodb":
        return (ch(["mongodb_uri", "mongo_url", "mongo_uri"]), f"mongodb+srv://{user}:",
                f"@cluster{rint(0, 3)}.{rs(5, LO + DIG)}.mongodb.net/{db}?retryWrites=true&w=majority")
    if kind == "redis":
        host = ch([f"redis.{ch(['prod', 'stg'])}.internal", f"master.{company()}-cache.{rs(6, LO + DIG)}.use1.cache.amazonaws.com"])
        return (ch(["redis_url", "cache_url", "celery_result_backend"]), ch(["redis://:", "rediss://default:"]),
                f"@{host}:6379/{rint(0, 3)}")
    vhost = ch(["/", "%2F", "prod", "jobs"])
    return (ch(["celery_broker_url", "amqp_url", "rabbitmq_url", "broker_url"]), f"amqp://{user}:",
            f"@rabbitmq.{ch(['prod', 'stg'])}.internal:5672/{vhost}")


def ado_parts():
    user, db = ch(DB_USERS), ch(DB_NAMES)
    if chance(0.6):
        return (ch(["default_connection", "app_db", "sql_connection"]),
                f"Server=tcp:{company()}-sql.database.windows.net,1433;Initial Catalog={db};Persist Security Info=False;"
                f"User ID={user};Password=", ";MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;"
                "Connection Timeout=30;")
    return (ch(["default_connection", "postgres_connection"]),
            f"Host={db}-db.internal;Port=5432;Database={db};Username={user};Password=", ";SSL Mode=Require")


def jdbc_parts():
    user, db = ch(DB_USERS), ch(DB_NAMES)
    if chance(0.6):
        return ("datasource_url", f"jdbc:postgresql://{db}-db.internal:5432/{db}?user={user}&password=", "&ssl=true")
    return ("datasource_url", f"jdbc:sqlserver://{db}-sql.internal:1433;databaseName={db};user={user};password=",
            ";encrypt=true")


def pw_url_parts():
    user = ch(USERNAMES)
    c = company()
    return ch([
        ("https_proxy", f"http://{user}:", f"@proxy.{c}.internal:3128"),
        ("smtp_url", f"smtp://{user}:", ch(["@smtp.mailgun.org:587", "@email-smtp.eu-west-1.amazonaws.com:587",
                                             f"@mail.{domain(c)}:465"])),
        ("pip_extra_index_url", f"https://{user}:", f"@pypi.{c}.internal/simple/"),
        ("maven_repo_url", f"https://{user}:", f"@nexus.{c}.internal/repository/maven-releases/"),
        ("ldap_url", f"ldaps://cn={user},dc={c.split('-')[0]},dc=com:", f"@ldap.{c}.internal:636"),
    ])


class Ctx:
    def __init__(self, name, weight, kinds=(), render=None, build_pos=None, negs=(), kv_neg=0.4,
                 pw_style="rich", ascii_keys=False, headers=False, db=("url", "plain"), envelope=0.3,
                 fmts=None, exclude=(), native=None, pem_ok=True):
        self.name, self.weight, self.kinds, self.render = name, weight, set(kinds), render
        self.build_pos, self.negs, self.kv_neg = build_pos, list(negs), kv_neg
        self.pw_style, self.ascii_keys, self.headers, self.db = pw_style, ascii_keys, headers, db
        self.envelope, self.fmts, self.exclude, self.native = envelope, fmts, set(exclude), native
        self.pem_ok = pem_ok

    def allowed(self):
        if self.fmts:
            return list(self.fmts)
        return [n for n, f in FMT.items() if f.kind in self.kinds and n not in self.exclude]


def pick_key(keys, ctx):
    ks = [k for k in keys if ascii_key(k)] if ctx.ascii_keys else list(keys)
    return ch(ks or keys)


def basic_raw():
    user = ch(USERNAMES + ["api", "admin", "x-access-token", "__token__", "robot$ci"])
    sec = ch([gen_password("url"), g_ghp(), g_dckr(), g_glpat(), g_artifactory(), rs(32, UP + DIG)])
    return f"{user}:{sec}"


def make_item(fmt, ctx, force_header=False):
    f = FMT[fmt]
    if f.kind == "basic":
        return Item("Authorization", raw=basic_raw(), fmt=fmt, tfs=["b64"], prefix="Basic ",
                    slot="header" if ctx.headers else "kv")
    if f.kind == "cookie":
        name, val = session_cookie()
        return Item(name, raw=val, fmt=fmt, slot="cookie")
    if f.kind == "dbpass":
        w = ch(ctx.db)
        if w == "url":
            k, p, s = db_url_parts()
            return Item(k, raw=gen_password("url"), fmt=fmt, prefix=p, suffix=s)
        if w == "ado":
            k, p, s = ado_parts()
            return Item(k, raw=gen_password(ctx.pw_style), fmt=fmt, prefix=p, suffix=s)
        if w == "jdbc":
            k, p, s = jdbc_parts()
            return Item(k, raw=gen_password("url"), fmt=fmt, prefix=p, suffix=s)
        return Item(pick_key(DBPW_KEYS[-5:] if chance(0.35) else DBPW_KEYS[:-5], ctx), raw=gen_password(ctx.pw_style),
                    fmt=fmt)
    if f.kind == "password":
        if "url" in ctx.db and chance(0.15):
            k, p, s = pw_url_parts()
            return Item(k, raw=gen_password("url"), fmt=fmt, prefix=p, suffix=s)
        return Item(pick_key(PW_KEYS_INTL if chance(0.6) else PW_KEYS_EN, ctx), raw=gen_password(ctx.pw_style), fmt=fmt)
    variants = f.variants
    if fmt == "framework_secret_key" and ctx.pw_style != "rich":
        variants = variants[1:]
    keys, gen, wrap = ch(variants)
    raw = gen()
    if fmt == "api_key":
        keys = APIKEY_KEYS_INTL if chance(0.55) else APIKEY_KEYS_EN
    key = pick_key(keys, ctx)
    if f.http and (force_header or (ctx.headers and chance(0.55))):
        hname, scheme = ch(f.http)
        return Item(hname, raw=raw, fmt=fmt, prefix=scheme, slot="header")
    if wrap:
        p, s = wrap()
        return Item(key, raw=raw, fmt=fmt, prefix=p, suffix=s)
    return Item(key, raw=raw, fmt=fmt)


# ---------------------------------------------------------------------------
# non-secret items: benign values and "hard" values under secret-like keys
# ---------------------------------------------------------------------------
def _google_client_id():
    return f"{rint(10 ** 11, 10 ** 12 - 1)}-{rs(32, LO + DIG)}.apps.googleusercontent.com"


BENIGN = [
    lambda: ("region", ch(REGIONS)),
    lambda: ("log_level", ch(["info", "debug", "warn", "error"])),
    lambda: ("port", str(ch([8080, 3000, 5432, 6379, 8443, 9090]))),
    lambda: ("host", f"{ch(SERVICES)}.{company()}.internal"),
    lambda: ("username", ch(DB_USERS)),
    lambda: ("timeout_ms", str(ch([1000, 5000, 30000]))),
    lambda: ("environment", ch(["production", "staging", "prod-eu", "dev"])),
    lambda: ("replicas", str(rint(1, 6))),
    lambda: ("image", f"ghcr.io/{company()}/{ch(SERVICES)}:{semver()}"),
    lambda: ("image_digest", "sha256:" + sha64()),
    lambda: ("git_commit", sha40()),
    lambda: ("build_id", str(rint(1000, 99999))),
    lambda: ("request_id", uuid4()),
    lambda: ("trace_id", hexs(32)),
    lambda: ("span_id", hexs(16)),
    lambda: ("bucket", f"{company()}-{ch(['assets', 'uploads', 'backups', 'logs'])}-{ch(REGIONS)}"),
    lambda: ("queue_url", f"https://sqs.{ch(REGIONS)}.amazonaws.com/{account_id()}/{ch(SERVICES)}-jobs"),
    lambda: ("client_id", ch([uuid4(), _google_client_id()])),
    lambda: ("tenant_id", uuid4()),
    lambda: ("aws_account_id", account_id()),
    lambda: ("role_arn", f"arn:aws:iam::{account_id()}:role/{ch(SERVICES)}-{ch(['deployer', 'reader', 'task-role'])}"),
    lambda: ("kms_key_id", f"arn:aws:kms:{ch(REGIONS)}:{account_id()}:key/{uuid4()}"),
    lambda: ("stripe_publishable_key", "pk_live_" + _stripe_body()),
    lambda: ("cache_ttl_seconds", str(ch([60, 300, 3600]))),
    lambda: ("max_connections", str(ch([10, 20, 50, 100]))),
    lambda: ("ssl_mode", ch(["require", "verify-full", "disable"])),
    lambda: ("version", semver()),
    lambda: ("checksum_sha256", sha64()),
    lambda: ("etag", hexs(32)),
    lambda: ("primary_color", "#" + hexs(6)),
    lambda: ("callback_url", f"https://app.{domain()}/oauth/callback"),
    lambda: ("jwks_uri", f"https://auth.{domain()}/.well-known/jwks.json"),
    lambda: ("token_endpoint", f"https://auth.{domain()}/oauth2/token"),
    lambda: ("password_min_length", str(ch([8, 10, 12, 14, 16]))),
    lambda: ("password_hash_algorithm", ch(["argon2id", "bcrypt", "scrypt", "pbkdf2_sha256"])),
    lambda: ("api_key_header", ch(["X-API-Key", "Authorization", "X-Auth-Token"])),
    lambda: ("secret_name", f"{ch(['prod', 'staging'])}/{ch(SERVICES)}/{ch(['db', 'stripe', 'smtp'])}-credentials"),
    lambda: ("key_rotation_days", str(ch([30, 60, 90]))),
    lambda: ("event_id", ulid()),
    lambda: ("object_id", ksuid()),
    lambda: ("instance_id", "i-0" + hexs(16)),
    lambda: ("ami_id", "ami-0" + hexs(16)),
    lambda: ("vpc_id", "vpc-0" + hexs(16)),
    lambda: ("security_group_id", "sg-0" + hexs(16)),
    lambda: ("slack_channel", "#" + ch(["alerts-prod", "deploys", "oncall", "billing-ops"])),
    lambda: ("slack_channel_id", "C0" + rs(9, UP + DIG)),
    lambda: ("cdn_url", f"https://d{rs(13, LO + DIG)}.cloudfront.net"),
    lambda: ("recaptcha_site_key", "6L" + rs(38, URLSAFE)),
    lambda: ("public_key_fingerprint", "SHA256:" + b64e(rbytes(32)).rstrip("=")),
    lambda: ("ssh_public_key", ssh_ed25519_pub()),
    lambda: ("sentry_release", f"{ch(SERVICES)}@{semver()}+{sha40()[:7]}"),
    lambda: ("feature_flags", ",".join(sample(["new-checkout", "beta-search", "dark-mode", "fast-refunds"], 2))),
    lambda: ("timezone", ch(["UTC", "Europe/Berlin", "America/Sao_Paulo", "Europe/Warsaw"])),
    lambda: ("locale", ch(["en-US", "de-DE", "fr-FR", "pt-BR", "pl-PL", "es-ES"])),
    lambda: ("tls_cert_path", ch(["/etc/ssl/certs/server.crt", "/etc/tls/tls.crt"])),
    lambda: ("keystore_path", ch(["classpath:keystore.p12", "/etc/app/keystore.jks"])),
    lambda: ("password_file", ch(["/run/secrets/db_password", "/var/run/secrets/app/password"])),
    lambda: ("token_file", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    lambda: ("jwt_algorithm", ch(["HS256", "RS256", "ES256"])),
    lambda: ("traceparent", f"00-{hexs(32)}-{hexs(16)}-01"),
    lambda: ("cursor", b64e(dumps({"offset": rint(20, 500), "sort": "created_at"}).encode())),
    lambda: ("avatar_url", f"https://avatars.{domain()}/u/{rint(1000, 999999)}?v=4"),
    lambda: ("upload_path", f"uploads/{rtime().strftime('%Y/%m')}/{uuid4()}.png"),
    lambda: ("webhook_path", ch(["/hooks/stripe", "/webhooks/github", "/api/slack/events"])),
    lambda: ("oauth_client_id", _google_client_id()),
    lambda: ("session_cookie_name", ch(["sessionid", "_session", "connect.sid"])),
    lambda: ("api_base_url", f"https://api.{domain()}/v{rint(1, 3)}"),
]


def benign_items(n, ctx=None):
    out, used = [], set()
    for _ in range(n * 3):
        k, v = ch(BENIGN)()
        if k in used:
            continue
        used.add(k)
        out.append(Item(k, v))
        if len(out) >= n:
            break
    return out


SECRETISH_KEYS = ["password", "db_password", "api_key", "apikey", "secret_key", "client_secret", "access_token",
                  "auth_token", "token", "private_key", "aws_secret_access_key", "aws_access_key_id",
                  "stripe_secret_key", "github_token", "slack_webhook_url", "openai_api_key", "smtp_password",
                  "passwort", "mot_de_passe", "contraseña", "senha", "klucz_api", "keystore_password",
                  "anthropic_api_key", "npm_token", "sendgrid_api_key", "database_password", "jwt_secret",
                  "webhook_secret", "hasło", "chave_api", "clave_api", "cle_api", "wachtwoord"]

VENDOR_PREFIX = [("stripe", "sk_live_"), ("openai", "sk-proj-"), ("github", "ghp_"), ("slack", "xoxb-"),
                 ("aws_access", "AKIA"), ("anthropic", "sk-ant-api03-"), ("npm", "npm_"), ("sendgrid", "SG."),
                 ("gitlab", "glpat-")]


def vendor_mask(key):
    p = ch(["sk-live-", "key_", "tok_", "sk_live_"])
    for v, pre in VENDOR_PREFIX:
        if v in key.lower():
            p = pre
    s = rint(0, 4)
    if s == 0:
        return f"{p}{'*' * rint(4, 20)}{rs(4, LO + DIG)}"
    if s == 1:
        return f"{p}...{rs(4, LO + DIG)}"
    if s == 2:
        return f"{p}…{rs(4)}"
    if s == 3:
        return f"{p}{'•' * 8}"
    return f"sk-live-****{rs(4, LO)}"


def g_mask(key):
    return ch(["********", "•" * rint(6, 12), "<REDACTED>", "[REDACTED]", "REDACTED", "[FILTERED]", "***",
               "<hidden>", "x" * rint(8, 32), "<sensitive>", "(sensitive value)", "*" * rint(3, 16),
               vendor_mask(key), vendor_mask(key)])


def g_ref(key):
    env, svc, c = ch(["prod", "staging", "production"]), ch(SERVICES), company()
    kb = K(key, "kebab") if ascii_key(key) else "app-secret"
    v = rint(0, 10)
    if v == 0:
        return f"arn:aws:secretsmanager:{ch(REGIONS)}:{account_id()}:secret:{env}/{svc}/{kb}-{rs(6)}"
    if v == 1:
        return f"projects/{c}-{env}/secrets/{kb}/versions/{ch(['latest', str(rint(1, 9))])}"
    if v == 2:
        return f"vault:secret/data/{env}/{svc}#{kb}"
    if v == 3:
        return (f"@Microsoft.KeyVault(SecretUri=https://kv-{c[:12]}-{env[:4]}.vault.azure.net/secrets/"
                f"{K(kb, 'Pascal')}/{hexs(32)})")
    if v == 4:
        return f"op://{ch(['Production', 'Infra', 'Shared'])}/{svc}-{kb}/{ch(['credential', 'password', 'token'])}"
    if v == 5:
        return f"arn:aws:ssm:{ch(REGIONS)}:{account_id()}:parameter/{env}/{svc}/{kb}"
    if v == 6:
        return f"{{{{resolve:secretsmanager:{env}/{svc}:SecretString:{kb}}}}}"
    if v == 7:
        return f"ref+vault://secret/data/{env}/{svc}#/{kb}"
    if v == 8:
        return f"azurekeyvault://kv-{c[:12]}.vault.azure.net/secrets/{kb}"
    if v == 9:
        return f"sm://{kb}"
    return f"gcp:secretmanager:projects/{c}/secrets/{kb}"


def g_placeholder(key):
    return ch(["<your-api-key>", "YOUR_API_KEY", "<PASTE_TOKEN_HERE>", "replace-me", "TODO", f"<{key}>",
               "INSERT_KEY_HERE", "<your-password>", "YOUR_TOKEN_HERE", "", "...", "<token>"])


def g_fixture(key):
    k = key.lower()
    if "aws_access" in k:
        return "AKIAIOSFODNN7EXAMPLE"
    if "aws_secret" in k:
        return "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    if "github" in k:
        return ch(["ghp_" + "x" * 36, "ghp_" + "0" * 36, "ghp_EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE"])
    if "slack" in k:
        return ch(["xoxb-not-a-real-token", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"])
    if "openai" in k:
        return "sk-" + "X" * 48
    return ch([f"fake-{K(key, 'kebab') if ascii_key(key) else 'value'}-for-tests", "not-a-real-secret",
               "dummy-value-do-not-use", "0000000000000000", "test-only-not-a-secret"])


def hard_items(n, ctx):
    out, used = [], set()
    for _ in range(n * 3):
        key = ch(SECRETISH_KEYS)
        if ctx.ascii_keys and not ascii_key(key):
            continue
        if key in used:
            continue
        used.add(key)
        r = rng.random()
        code = False
        if ctx.native and r < 0.35:
            val, code = ctx.native(key)
        elif r < 0.6:
            val = g_mask(key)
        elif r < 0.82:
            val = g_ref(key)
        elif r < 0.93:
            val = g_placeholder(key)
        else:
            val = g_fixture(key)
        if ctx.headers and chance(0.2) and not code:
            hv = ch(["Bearer ${API_TOKEN}", "Bearer <REDACTED>", "Bearer {{token}}", "Basic ********",
                     "token $GITHUB_TOKEN", "Bearer " + vendor_mask(key), "Bearer [FILTERED]", "Bearer $(gcloud auth print-access-token)"])
            out.append(Item(ch(["Authorization", "authorization"]), hv, slot="header"))
        else:
            out.append(Item(key, val, code=code))
        if len(out) >= n:
            break
    return out


# ---------------------------------------------------------------------------
# serialisation helpers (YAML emitter aware of secret items; JSON materialiser)
# ---------------------------------------------------------------------------
YAML_PLAIN = re.compile(r"[A-Za-z0-9_./][A-Za-z0-9_./:@+=~-]*\Z")
YAML_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"}


def y_needs_quote(v):
    if v == "":
        return True
    if not YAML_PLAIN.match(v) or v.lower() in YAML_RESERVED or v.endswith(":"):
        return True
    if re.match(r"\d{4}-\d\d-\d\d", v):
        return True
    return re.fullmatch(r"[0-9.eE+-]+", v) is not None


def yq_plain(v):
    if y_needs_quote(v):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def ykey(k):
    k = str(k)
    return k if re.fullmatch(r"[\w./-]+", k) else '"' + k + '"'


def yscalar(row, v, ind):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, Item):
        if v.secret:
            real = v.real()
            if "\n" in real:
                assert not v.prefix and not v.suffix
                return "|\n" + " " * ind + row.secret(v.raw, v.fmt, v.tfs + [f"indent{ind}"])
            t = v.tpl(row)
            assert '"' not in real and "\\" not in real
            return '"' + t + '"' if (y_needs_quote(real) or chance(0.3)) else t
        if v.value is None:
            return "null"
        if "\n" in v.value:
            return "|\n" + " " * ind + v.value.replace("\n", "\n" + " " * ind)
        return yq_plain(v.value)
    if "\n" in v:
        return "|\n" + " " * ind + v.replace("\n", "\n" + " " * ind)
    return yq_plain(v)


def yaml_lines(row, obj, ind=0):
    pad = " " * ind
    out = []
    for k, v in obj.items():
        kk = ykey(k)
        if isinstance(v, dict):
            if not v:
                out.append(f"{pad}{kk}: {{}}")
                continue
            out.append(f"{pad}{kk}:")
            out.extend(yaml_lines(row, v, ind + 2))
        elif isinstance(v, list):
            if not v:
                out.append(f"{pad}{kk}: []")
                continue
            out.append(f"{pad}{kk}:")
            for el in v:
                if isinstance(el, dict):
                    sub = yaml_lines(row, el, ind + 4)
                    sub[0] = pad + "  - " + sub[0][ind + 4:]
                    out.extend(sub)
                else:
                    out.append(f"{pad}  - {yscalar(row, el, ind + 4)}")
        else:
            out.append(f"{pad}{kk}: {yscalar(row, v, ind + 2)}")
    return out


def yaml_dump(row, obj):
    return "\n".join(yaml_lines(row, obj)) + "\n"


def mj(row, obj):
    """Materialise a structure for json.dumps: secret items -> template strings."""
    if isinstance(obj, dict):
        return {k: mj(row, v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [mj(row, v) for v in obj]
    if isinstance(obj, Item):
        return obj.tpl(row, ["json"]) if obj.secret else obj.value
    return obj


def put(d, k, v):
    base, i = k, 2
    while k in d:
        k = f"{base}_{i}"
        i += 1
    d[k] = v


def item_vendor(it):
    if it.secret and FMT[it.fmt].vendor:
        return FMT[it.fmt].vendor
    p = kparts(it.key)
    if p and p[0].lower() in {"aws", "stripe", "github", "gitlab", "slack", "openai", "anthropic", "sendgrid",
                              "twilio", "google", "azure", "npm", "docker", "grafana", "sentry", "smtp", "redis"}:
        return p[0].lower()
    return None


def leaf_key(it):
    v = item_vendor(it)
    p = kparts(it.key)
    if v and len(p) > 1 and p[0].lower() == v:
        return "_".join(p[1:])
    return it.key


# ---------------------------------------------------------------------------
# tool envelopes (the agent-traffic wrapper)
# ---------------------------------------------------------------------------
TOOLS_READ = ["read_file", "bash", "run_command", "shell", "fs.read", "execute", "terminal"]


def tool_result_envelope(row, text, tool=None):
    row.wrap("json")
    s = rint(0, 4)
    if s == 0:
        o = {"type": "tool_result", "tool_use_id": "toolu_01" + rs(22), "content": text}
    elif s == 1:
        o = {"type": "tool_result", "tool_use_id": "toolu_01" + rs(22), "content": [{"type": "text", "text": text}],
             "is_error": False}
    elif s == 2:
        o = {"role": "tool", "tool_call_id": "call_" + rs(24), "content": text}
    elif s == 3:
        o = {"jsonrpc": "2.0", "id": rint(1, 500), "result": {"content": [{"type": "text", "text": text}],
                                                               "isError": False}}
    else:
        o = {"ts": iso_ms(), "level": "info", "event": "tool_call.completed", "tool": tool or ch(TOOLS_READ),
             "duration_ms": rint(5, 4000), "output": text}
    return dumps(o, indent=ch([None, None, 2]))


def tool_call_envelope(row, name, args):
    s = rint(0, 2)
    if s == 0:
        a = dumps(args)
        row.wrap("json")
        return dumps({"id": "call_" + rs(24), "type": "function", "function": {"name": name, "arguments": a}})
    if s == 1:
        return dumps({"type": "tool_use", "id": "toolu_01" + rs(22), "name": name, "input": args},
                     indent=ch([None, 2]))
    return dumps({"jsonrpc": "2.0", "id": rint(1, 999), "method": "tools/call",
                  "params": {"name": name, "arguments": args}})


# ---------------------------------------------------------------------------
# context renderers (key/value style): render(ctx, row, items) -> template
# ---------------------------------------------------------------------------
def base_env_lines():
    svc = ch(SERVICES)
    r = ch(REGIONS)
    lines = [f"HOSTNAME={pod_name(svc)}", f"HOME={ch(['/root', '/home/app', '/home/node', '/app'])}",
             "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
             f"LANG={ch(['C.UTF-8', 'en_US.UTF-8'])}"]
    extra = [
        lambda: ["KUBERNETES_SERVICE_HOST=10.96.0.1", "KUBERNETES_SERVICE_PORT=443",
                 "KUBERNETES_PORT=tcp://10.96.0.1:443", "KUBERNETES_PORT_443_TCP_ADDR=10.96.0.1"],
        lambda: [f"PYTHON_VERSION=3.{rint(9, 13)}.{rint(0, 9)}", f"PYTHON_SHA256={sha64()}",
                 f"GPG_KEY={hexs(40).upper()}"],
        lambda: [f"NODE_VERSION={rint(18, 22)}.{rint(0, 15)}.{rint(0, 9)}", f"YARN_VERSION=1.22.{rint(10, 22)}"],
        lambda: ["JAVA_HOME=/opt/java/openjdk", f"JAVA_VERSION=jdk-21.0.{rint(1, 5)}+{rint(5, 13)}"],
        lambda: [f"GOLANG_VERSION=1.2{rint(1, 3)}.{rint(0, 9)}", "GOPATH=/go"],
        lambda: [f"APP_ENV={ch(['production', 'staging'])}", f"LOG_LEVEL={ch(['info', 'debug'])}",
                 f"PORT={ch([8080, 3000, 8000])}"],
        lambda: [f"GIT_COMMIT={sha40()}", f"BUILD_ID={rint(1000, 99999)}", f"SENTRY_RELEASE={svc}@{sha40()[:12]}"],
        lambda: [f"OTEL_SERVICE_NAME={svc}",
                 f"OTEL_RESOURCE_ATTRIBUTES=service.version={semver()},deployment.environment=prod",
                 "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317"],
        lambda: [f"AWS_REGION={r}", f"AWS_DEFAULT_REGION={r}",
                 f"AWS_ROLE_ARN=arn:aws:iam::{account_id()}:role/{svc}-irsa",
                 "AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token",
                 "AWS_STS_REGIONAL_ENDPOINTS=regional"],
        lambda: ["GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json",
                 f"GOOGLE_CLOUD_PROJECT={company()}-prod"],
        lambda: [f"VAULT_ADDR=https://vault.{company()}.internal:8200", "VAULT_SKIP_VERIFY=false"],
        lambda: [f"POD_IP={ipv4()}", f"POD_UID={uuid4()}",
                 f"NODE_NAME=ip-10-{rint(0, 255)}-{rint(0, 255)}-{rint(2, 254)}.ec2.internal"],
        lambda: ["SHLVL=1", "TERM=xterm", "PWD=/app", "_=/usr/bin/env"],
        lambda: ["LS_COLORS=rs=0:di=01;34:ln=01;36:mh=00:pi=40;33:so=01;35:do=01;35:bd=40;33;01:cd=40;33;01:"
                 "or=40;31;01:mi=00:su=37;41:sg=30;43:ca=00:tw=30;42:ow=34;42:st=37;44:ex=01;32:*.tar=01;31:"
                 "*.tgz=01;31:*.zip=01;31:*.jpg=01;35:*.png=01;35"],
        lambda: [f"NODE_OPTIONS=--max-old-space-size={ch([2048, 4096])}", "NPM_CONFIG_LOGLEVEL=warn"],
        lambda: ["DD_ENV=prod", f"DD_SERVICE={svc}", f"DD_VERSION={semver()}", f"DD_AGENT_HOST={ipv4()}"],
        lambda: ["RAILS_ENV=production", "RAILS_LOG_TO_STDOUT=1", "RAILS_SERVE_STATIC_FILES=true"],
        lambda: [f"{svc.upper()}_SERVICE_HOST={ipv4()}", f"{svc.upper()}_SERVICE_PORT=80"],
        lambda: [f"DB_PASSWORD_FILE=/run/secrets/{svc}_db_password", f"DB_HOST={svc}-db.internal"],
    ]
    for f in sample(extra, rint(3, 8)):
        lines += f()
    return lines


def envk(it, fallback="APP_SECRET"):
    return K(it.key, "UPPER") if ascii_key(it.key) else fallback


def render_env(ctx, row, items):
    lines = base_env_lines()
    for it in items:
        v = it.tpl(row)
        lines.append(f"{envk(it)}={'' if v is None else v}")
    if chance(0.5):
        lines.sort()
    else:
        rng.shuffle(lines)
    head = ch(["$ printenv", "$ env", "$ env | sort", "", "", f"$ kubectl exec deploy/{ch(SERVICES)} -- env",
               f"$ docker exec {ch(SERVICES)}-1 env", "$ cat /proc/1/environ | tr '\\0' '\\n'"])
    return (head + "\n" if head else "") + "\n".join(lines) + "\n"


def render_docker_inspect(ctx, row, items):
    svc, c, cid, t = ch(SERVICES), company(), sha64(), rtime()
    env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]
    env += [l for l in base_env_lines()[4:] if chance(0.5)]
    for it in items:
        v = it.tpl(row, ["json"])
        env.append(f"{envk(it)}={'' if v is None else v}")
    tail = env[1:]
    rng.shuffle(tail)
    env = env[:1] + tail
    repo = ch(["ghcr.io", "registry.gitlab.com", f"{account_id()}.dkr.ecr.{ch(REGIONS)}.amazonaws.com", "docker.io"])
    ov = f"/var/lib/docker/overlay2/{sha64()}"
    obj = [{
        "Id": cid, "Created": iso_ms(t),
        "Path": ch(["/docker-entrypoint.sh", "/usr/local/bin/entrypoint", "node", "python"]),
        "Args": ch([["server.js"], ["-m", "gunicorn", "app.wsgi", "-b", "0.0.0.0:8000"], ["start"]]),
        "State": {"Status": "running", "Running": True, "Paused": False, "Restarting": False, "OOMKilled": False,
                  "Dead": False, "Pid": rint(1000, 60000), "ExitCode": 0, "Error": "", "StartedAt": iso_ms(t),
                  "FinishedAt": "0001-01-01T00:00:00Z"},
        "Image": "sha256:" + sha64(),
        "ResolvConfPath": f"/var/lib/docker/containers/{cid}/resolv.conf",
        "HostnamePath": f"/var/lib/docker/containers/{cid}/hostname",
        "LogPath": f"/var/lib/docker/containers/{cid}/{cid}-json.log",
        "Name": f"/{svc}-{rint(1, 3)}", "RestartCount": 0, "Driver": "overlay2", "Platform": "linux",
        "GraphDriver": {"Data": {"LowerDir": f"{ov}-init/diff:/var/lib/docker/overlay2/{sha64()}/diff",
                                 "MergedDir": f"{ov}/merged", "UpperDir": f"{ov}/diff", "WorkDir": f"{ov}/work"},
                        "Name": "overlay2"},
        "Config": {"Hostname": cid[:12], "Domainname": "", "User": ch(["", "app", "1000"]), "Env": env,
                   "Cmd": ch([["node", "server.js"], ["gunicorn", "app.wsgi"], ["./bin/server"]]),
                   "Image": f"{repo}/{c}/{svc}:{semver()}", "WorkingDir": "/app",
                   "Labels": {"org.opencontainers.image.revision": sha40(),
                              "org.opencontainers.image.source": f"https://github.com/{c}/{svc}",
                              "org.opencontainers.image.created": iso(t)}},
        "NetworkSettings": {"Networks": {"bridge": {
            "IPAddress": f"172.17.0.{rint(2, 30)}", "MacAddress": "02:42:ac:11:00:%02x" % rint(2, 30),
            "NetworkID": sha64(), "EndpointID": sha64(), "Gateway": "172.17.0.1"}}},
    }]
    return dumps(obj, indent=4)


def tf_res(resources, rtype, name, attrs, provider="aws", sens=()):
    inst = {"schema_version": rint(0, 2), "attributes": attrs,
            "sensitive_attributes": [[{"type": "get_attr", "value": s}] for s in sens],
            "private": ch(["bnVsbA==", b64e(dumps({"schema_version": str(rint(0, 2))}, separators=(",", ":")).encode())])}
    if chance(0.5):
        inst["dependencies"] = [f"{ch(['aws_iam_user', 'aws_kms_key', 'data.aws_caller_identity'])}.{ch(SERVICES)}"]
    resources.append({"mode": "managed", "type": rtype, "name": name,
                      "provider": f'provider["registry.terraform.io/hashicorp/{provider}"]' if provider != "github"
                      else 'provider["registry.terraform.io/integrations/github"]', "instances": [inst]})


def render_tf(ctx, row, items):
    resources, outputs = [], {}
    r, acct, svc = ch(REGIONS), account_id(), ch(SERVICES)
    aws = {it.fmt: it for it in items if it.secret and it.fmt in ("aws_access_key_id", "aws_secret_access_key")}
    if aws:
        user = f"{svc}-{ch(['ci', 'deployer', 'uploader'])}"
        tf_res(resources, "aws_iam_access_key", user.replace("-", "_"), {
            "create_date": iso(), "encrypted_secret": None, "encrypted_ses_smtp_password_v4": None,
            "id": aws.get("aws_access_key_id"), "key_fingerprint": None, "pgp_key": None,
            "secret": aws.get("aws_secret_access_key"), "status": "Active", "user": user},
            sens=["secret"] if "aws_secret_access_key" in aws else ())
    if chance(0.6):
        b = f"{company()}-{ch(['assets', 'logs', 'tfstate'])}-{r}"
        tf_res(resources, "aws_s3_bucket", ch(["this", "assets", "logs"]), {
            "arn": f"arn:aws:s3:::{b}", "bucket": b, "bucket_domain_name": f"{b}.s3.amazonaws.com",
            "hosted_zone_id": "Z" + rs(13, UP + DIG), "id": b, "region": r, "tags": {"ManagedBy": "terraform"}})
    for it in items:
        if it.secret and it.fmt in aws:
            continue
        nm = K(it.key, "snake") if ascii_key(it.key) else "app_secret"
        nm = re.sub(r"[^a-z0-9_]", "_", nm)
        if not it.secret:
            outputs[nm] = {"value": it.value, "type": "string"}
            continue
        kind = FMT[it.fmt].kind
        if kind == "pem":
            tf_res(resources, "tls_private_key", ch(["deploy", "signing", "ssh", "this"]), {
                "algorithm": "RSA", "ecdsa_curve": "P224", "id": sha40(), "private_key_pem": it.copy(suffix="\n"),
                "public_key_fingerprint_md5": ":".join(hexs(2) for _ in range(16)),
                "public_key_fingerprint_sha256": "SHA256:" + b64e(rbytes(32)).rstrip("="),
                "public_key_openssh": ssh_rsa_pub(False) + "\n", "public_key_pem": public_key_pem() + "\n",
                "rsa_bits": 2048}, provider="tls", sens=["private_key_pem"])
        elif kind in ("password", "dbpass") and not it.prefix and chance(0.6):
            if chance(0.5):
                db, user = ch(DB_NAMES), ch(DB_USERS)
                host = f"{db}.{rs(12, LO + DIG)}.{r}.rds.amazonaws.com"
                tf_res(resources, "aws_db_instance", db, {
                    "address": host, "allocated_storage": ch([20, 100, 500]),
                    "arn": f"arn:aws:rds:{r}:{acct}:db:{db}", "db_name": db, "endpoint": f"{host}:5432",
                    "engine": "postgres", "engine_version": ch(["15.6", "16.2"]), "id": "db-" + rs(26, UP + DIG),
                    "identifier": db, "instance_class": "db.t4g.medium", "password": it, "port": 5432,
                    "username": user, "storage_encrypted": True,
                    "kms_key_id": f"arn:aws:kms:{r}:{acct}:key/{uuid4()}"}, sens=["password"])
            else:
                tf_res(resources, "random_password", nm, {
                    "id": "none", "keepers": None, "length": len(it.raw), "lower": True, "min_lower": 0,
                    "min_numeric": 0, "min_special": 0, "min_upper": 0, "number": True, "numeric": True,
                    "override_special": ch([None, "!#$%&*()-_=+[]{}<>:?"]), "result": it, "special": True,
                    "upper": True}, provider="random", sens=["result"])
        else:
            m = rint(0, 3)
            env = ch(["prod", "staging"])
            if m == 0:
                name = f"/{env}/{svc}/{nm}"
                tf_res(resources, "aws_ssm_parameter", nm, {
                    "allowed_pattern": "", "arn": f"arn:aws:ssm:{r}:{acct}:parameter{name}", "data_type": "text",
                    "description": "", "id": name, "insecure_value": None, "key_id": "alias/aws/ssm", "name": name,
                    "tags": {}, "tier": "Standard", "type": "SecureString", "value": it, "version": rint(1, 7)},
                    sens=["value"])
            elif m == 1:
                repo = ch(REPOS)
                tf_res(resources, "github_actions_secret", nm, {
                    "created_at": iso(), "encrypted_value": None, "id": f"{repo}:{nm.upper()}",
                    "plaintext_value": it, "repository": repo, "secret_name": nm.upper(), "updated_at": iso()},
                    provider="github", sens=["plaintext_value"])
            elif m == 2:
                ns = ch(["prod", "default", "payments"])
                tf_res(resources, "kubernetes_secret_v1", nm, {
                    "binary_data": None, "data": {K(nm, "kebab"): it}, "id": f"{ns}/{svc}-secrets",
                    "immutable": False, "metadata": [{"annotations": None, "generate_name": "", "generation": 0,
                                                      "labels": {"app": svc}, "name": f"{svc}-secrets",
                                                      "namespace": ns, "resource_version": str(rint(10 ** 5, 10 ** 7)),
                                                      "uid": uuid4()}],
                    "type": "Opaque", "wait_for_service_account_token": True}, provider="kubernetes", sens=["data"])
            else:
                outputs[nm] = {"value": it, "type": "string", "sensitive": True}
    state = {"version": 4, "terraform_version": f"1.{rint(5, 9)}.{rint(0, 5)}", "serial": rint(3, 400),
             "lineage": uuid4(), "outputs": outputs, "resources": resources, "check_results": None}
    return dumps(mj(row, state), indent=2)


def render_tool_result(ctx, row, items):
    ks = ch(["snake", "camel"])
    kv, hdrs = {}, {}
    for it in items:
        if it.slot == "header":
            put(hdrs, it.key, it)
        else:
            put(kv, K(it.key, ks) if ascii_key(it.key) else it.key, it)
    c, svc = company(), ch(SERVICES)
    s = rint(0, 4)
    if s == 0:
        inner = {"id": ch([f"int_{rs(14)}", uuid4(), ulid()]), "object": "integration",
                 "name": f"{svc}-{ch(['prod', 'primary', 'eu'])}", "status": "active", "config": kv,
                 "created_at": iso(), "updated_at": iso()}
        if hdrs:
            inner["delivery"] = {"url": f"https://{svc}.{domain(c)}/hooks/in", "headers": hdrs}
    elif s == 1:
        inner = {"data": {"type": "settings", "id": str(rint(1, 99999)), "attributes": kv},
                 "meta": {"request_id": uuid4()}}
        if hdrs:
            inner["data"]["attributes"]["default_headers"] = hdrs
    elif s == 2:
        envs = [{"id": rs(16), "key": envk(it, "APP_SECRET"), "value": it,
                 "type": ch(["encrypted", "plain", "sensitive"]),
                 "target": sample(["production", "preview", "development"], rint(1, 3)), "createdAt": epoch() * 1000}
                for it in items if it.slot != "header"]
        inner = {"envs": envs, "pagination": {"count": len(envs), "next": None, "prev": None}}
        if hdrs:
            inner["headers"] = hdrs
    elif s == 3:
        inner = {"ok": True, "result": {"name": svc, "settings": kv}}
        if hdrs:
            inner["result"]["headers"] = hdrs
    else:
        inner = {"data": {"project": {"id": ksuid(), "name": f"{c}/{svc}",
                                      "secrets": [{"name": k, "value": v} for k, v in kv.items()],
                                      "webhookHeaders": [{"name": k, "value": v} for k, v in hdrs.items()]}}}
    m = mj(row, inner)
    if chance(0.2):
        return dumps({"jsonrpc": "2.0", "id": rint(1, 500),
                      "result": {"content": [{"type": "text", "text": f"Fetched {svc} settings."}],
                                 "structuredContent": m, "isError": False}}, indent=ch([None, 2]))
    return tool_result_envelope(row, dumps(m, indent=ch([None, 2])),
                                tool=ch(["http_get", "fetch", "api_request", "read_resource", "call_api"]))


def shq(v):
    if v is None:
        return "''"
    if re.fullmatch(r"[\w./:@=+,-]+", v):
        return v
    return "'" + v + "'" if "'" not in v else '"' + v + '"'


AWS_CLI_KEY = {"aws_access_key_id": "aws_access_key_id", "aws_secret_access_key": "aws_secret_access_key"}


def shell_snippet(row, it):
    if not it.secret:
        if it.slot == "header":
            return f"curl -sS -H '{it.key}: {it.value}' https://api.{domain()}/v1/me"
        return f"export {envk(it, 'APP_SETTING')}={shq(it.value)}"
    V = it.tpl(row, ["json"])
    f, kind = it.fmt, FMT[it.fmt].kind
    ek = envk(it, ch(["APP_SECRET", "SERVICE_PASSWORD", "API_TOKEN"]))
    if it.slot == "header":
        return f"curl -sS -H '{it.key}: {V}' https://api.{domain()}/v1/{ch(['me', 'orders?limit=5', 'projects', 'health'])}"
    if it.slot == "cookie":
        return f"curl -s -b '{it.key}={V}' https://app.{domain()}/api/account"
    if kind == "url":
        msg = ch(["deploy finished", "nightly job failed", "backup ok"])
        return f"curl -s -X POST -H 'Content-type: application/json' --data '{{\"text\":\"{msg}\"}}' {V}"
    if kind == "dbpass" and it.prefix.startswith("postgres"):
        return f"psql '{V}' -c '\\dt'"
    if kind == "dbpass" and it.prefix:
        return f"export {ek}='{V}' && python manage.py migrate"
    if f in ("github_pat_classic", "github_pat_fine_grained", "github_app_token"):
        return ch([f"git clone https://x-access-token:{V}@github.com/{company()}/{ch(REPOS)}.git",
                   f"echo {V} | gh auth login --with-token", f"GH_TOKEN={V} gh pr list --state open"])
    if f == "gitlab_pat":
        return f"git clone https://oauth2:{V}@gitlab.com/{company()}/{ch(REPOS)}.git"
    if f == "dockerhub_pat":
        return f"docker login -u {ch(USERNAMES)} -p {V}"
    if f == "npm_token":
        return f"npm config set //registry.npmjs.org/:_authToken {V} && npm publish --access public"
    if f == "pypi_token":
        return f"twine upload -u __token__ -p {V} dist/*"
    if f in AWS_CLI_KEY:
        return f"aws configure set {AWS_CLI_KEY[f]} {V}"
    if f == "vault_token":
        return f"VAULT_TOKEN={V} vault kv get secret/{ch(SERVICES)}"
    if kind in ("password", "dbpass"):
        return ch([f"export {ek}='{V}'", f"mysql -u {ch(DB_USERS)} -p'{V}' -h db.internal -e 'show tables'",
                   f"sshpass -p '{V}' ssh {ch(USERNAMES)}@{ipv4()} uptime"])
    return ch([f"export {ek}={V}", f"{ek}={V} ./scripts/{ch(['deploy', 'sync', 'smoke-test'])}.sh"])


def render_tool_args(ctx, row, items):
    has_pem = any(it.secret and FMT[it.fmt].kind == "pem" for it in items)
    if has_pem:
        mode = "write"
    elif any(it.slot in ("header", "cookie") for it in items):
        mode = ch(["http", "http", "shell"])
    else:
        mode = ch(["http", "http", "shell", "shell", "write"])
    if mode == "http":
        ks = ch(["snake", "camel"])
        headers = {"Accept": "application/json",
                   "User-Agent": ch(["python-requests/2.32.3", "agent-http/1.4", "node-fetch/3.3", "curl/8.7.1"])}
        body, url, method = {}, f"https://api.{domain()}/v1/{ch(['settings', 'integrations', 'deployments', 'jobs'])}", ch(["POST", "PUT", "PATCH"])
        for it in items:
            if it.slot == "header":
                put(headers, it.key, it)
            elif it.slot == "cookie":
                headers["Cookie"] = it.copy(prefix=f"_ga=GA1.1.{rint(10 ** 8, 10 ** 9)}.{epoch()}; {it.key}=",
                                            suffix=f"; theme={ch(['dark', 'light'])}")
            elif it.secret and FMT[it.fmt].kind == "url":
                url, method = it, "POST"
                body.setdefault("text", ch(["Deploy finished", "Build failed on main", "Disk usage above 90%"]))
            else:
                put(body, K(it.key, ks) if ascii_key(it.key) else it.key, it)
        args = mj(row, {"method": method, "url": url, "headers": headers, "json": body})
        return tool_call_envelope(row, ch(["http_request", "fetch", "call_api", "requests_post"]), args)
    if mode == "shell":
        parts = [p for p in (shell_snippet(row, it) for it in items if it.secret or chance(0.3)) if p]
        cmd = ch([" && ", "\n", "; "]).join(parts)
        args = {"command": cmd}
        if chance(0.5):
            args["timeout"] = ch([30, 120, 600])
        return tool_call_envelope(row, ch(["bash", "run_shell", "execute_command", "terminal"]), args)
    pem_items = [it for it in items if it.secret and FMT[it.fmt].kind == "pem"]
    if pem_items and len([it for it in items if it.secret]) == 1 and chance(0.5):
        path = ch(["~/.ssh/id_ed25519", "deploy/keys/deploy_key", "/tmp/key.pem", "certs/tls.key"])
        content = pem_items[0].tpl(row) + "\n"
    elif has_pem:
        path = ch(["config/secrets.yaml", "deploy/values-prod.yaml", "creds.yml"])
        obj = {}
        for it in items:
            put(obj, K(it.key, "snake") if ascii_key(it.key) else it.key, it)
        content = yaml_dump(row, obj)
    else:
        path = ch([".env", ".env.production", "config/.env", "deploy/prod.env"])
        lines = [f"# generated {iso()}"] if chance(0.3) else []
        for it in items:
            v = it.tpl(row)
            lines.append(f"{envk(it)}={'' if v is None else v}")
        content = "\n".join(lines) + "\n"
    row.wrap("json")
    if chance(0.5):
        args = {"path": path, "content": content}
        name = ch(["write_file", "fs.write", "create_file"])
    else:
        args = {"command": "create", "path": path, "file_text": content}
        name = "str_replace_based_edit_tool"
    return tool_call_envelope(row, name, args)


# --- CI logs -----------------------------------------------------------------
def ci_lines(row, it):
    if not it.secret:
        v = "" if it.value is None else it.value
        k = envk(it, "APP_SETTING")
        return [ch([f"+ export {k}={shq(v)}", f"{k}: {v}", f"Setting {k}={v}"])]
    V = it.tpl(row)
    f, kind = it.fmt, FMT[it.fmt].kind
    k = envk(it, "APP_SECRET")
    user, c = ch(USERNAMES), company()
    if it.slot == "header":
        return [f"+ curl -fsSL -H '{it.key}: {V}' https://api.{domain()}/v1/{ch(['releases', 'deployments', 'me'])}",
                ch(['{"status":"ok"}', "HTTP/2 200", "  % Total    % Received % Xferd"])]
    if it.slot == "cookie":
        return [f"+ curl -s -b '{it.key}={V}' https://app.{domain()}/api/export -o export.json"]
    if kind == "url":
        return ch([[f"+ curl -s -X POST -H 'Content-Type: application/json' -d @notify.json {V}", "ok"],
                   [f"Notifying {V}"]])
    if kind == "pem":
        return [f"$ echo \"${k}\" > deploy_key && chmod 600 deploy_key && cat deploy_key", V]
    if f == "npm_token":
        return [ch([f"+ npm config set //registry.npmjs.org/:_authToken {V}",
                    f"+ echo //registry.npmjs.org/:_authToken={V} > ~/.npmrc"])]
    if f in ("dockerhub_pat", "artifactory_api_key") or (kind == "password" and chance(0.3)):
        reg = ch(["", f"{c}.jfrog.io", "registry.gitlab.com", f"harbor.{c}.internal"])
        return [f"+ docker login -u {user} -p {V} {reg}".rstrip(),
                "WARNING! Using --password via the CLI is insecure. Use --password-stdin.", "Login Succeeded"]
    if f in ("github_pat_classic", "github_pat_fine_grained", "github_app_token"):
        repo = ch(REPOS)
        return [f"+ git clone https://x-access-token:{V}@github.com/{c}/{repo}.git", f"Cloning into '{repo}'..."]
    if f == "gitlab_pat":
        repo = ch(REPOS)
        return [f"+ git clone https://oauth2:{V}@gitlab.com/{c}/{repo}.git", f"Cloning into '{repo}'..."]
    if f == "pypi_token":
        return [f"+ twine upload --non-interactive -u __token__ -p {V} dist/*",
                "Uploading distributions to https://upload.pypi.org/legacy/"]
    if f in AWS_CLI_KEY:
        return [f"+ aws configure set {AWS_CLI_KEY[f]} {V}"]
    if kind == "dbpass" and it.prefix:
        return [f"+ psql '{V}' -c 'select version();'" if it.prefix.startswith("postgres")
                else f"+ export {k}={V}"]
    if f in ("gcp_api_key", "api_key") and chance(0.4):
        return [f"Error: GET https://api.{domain()}/v2/report?format=csv&{ch(['key', 'api_key', 'apikey'])}={V} "
                f"returned 429 Too Many Requests"]
    return [ch([f"+ export {k}={V}", f"{k}={V}", f"+ echo \"{k}={V}\" >> .env", f"[config] {it.key} = {V}"])]


def render_ci_log(ctx, row, items):
    has_pem = any(it.secret and FMT[it.fmt].kind == "pem" for it in items)
    gh = (not has_pem) and chance(0.6)
    c, repo, sha = company(), ch(REPOS), sha40()
    msg = ch(["Merge pull request #%d from %s/fix-timeouts" % (rint(10, 999), c), "chore: bump deps",
              "feat: add export endpoint", "fix(ci): cache key"])
    out = []
    if gh:
        out += [f"Current runner version: '2.3{rint(10, 19)}.{rint(0, 3)}'", f"Runner name: 'GitHub Actions {rint(1, 999)}'",
                "##[group]Run actions/checkout@v4", "with:", f"  repository: {c}/{repo}", "  token: ***",
                "  ssh-strict: true", "##[endgroup]", f"Syncing repository: {c}/{repo}",
                f"HEAD is now at {sha[:7]} {msg}", "##[group]Run ./scripts/deploy.sh", "./scripts/deploy.sh",
                "shell: /usr/bin/bash -e {0}", "env:", f"  AWS_REGION: {ch(REGIONS)}", "  NPM_TOKEN: ***", "##[endgroup]",
                "+ set -x"]
    else:
        out += [f"Running with gitlab-runner 1{rint(6, 7)}.{rint(0, 11)}.{rint(0, 3)} ({hexs(8)})",
                f"  on docker-runner-{rint(1, 9)} {rs(8)}, system ID: s_{hexs(12)}",
                "Preparing the \"docker\" executor",
                f"Using docker image sha256:{sha64()} for node:20-alpine with digest node@sha256:{sha64()} ...",
                "Getting source from Git repository", "Fetching changes with git depth set to 20...",
                f"Checking out {sha[:8]} as detached HEAD (ref is main)...",
                "Executing \"step_script\" stage of the job script"]
    filler = [lambda: f"$ npm ci", lambda: f"added {rint(300, 1500)} packages in {rint(8, 60)}s",
              lambda: f"Digest: sha256:{sha64()}", lambda: f"Step {rint(2, 9)}/{rint(10, 14)} : RUN make build",
              lambda: f" ---> {hexs(12)}", lambda: f"Successfully built {hexs(12)}",
              lambda: f"+ export AWS_REGION={ch(REGIONS)}", lambda: "+ export DEPLOY_TOKEN=***",
              lambda: f"Restored cache from key: node-modules-{sha64()}",
              lambda: f"{ch(SERVICES)}: digest: sha256:{sha64()} size: {rint(1000, 5000)}"]
    body = []
    for it in items:
        if chance(0.6):
            body.append(ch(filler)())
        body += ci_lines(row, it)
    body += [ch(filler)() for _ in range(rint(1, 3))]
    out += body
    out += (["##[group]Run actions/upload-artifact@v4", "##[endgroup]", "Cleaning up orphan processes"] if gh
            else ["Cleaning up project directory and file based variables", "Job succeeded"])
    if gh:
        t = rtime()
        res = []
        for l in out:
            t += dt.timedelta(microseconds=rint(1000, 900000))
            res.append(f"{t.strftime('%Y-%m-%dT%H:%M:%S.%f')}{rint(0, 9)}Z {l}")
        out = res
    return "\n".join(out) + "\n"


# --- e-mail / tickets ----------------------------------------------------------
LANG_TXT = {
    "en": dict(greet=["Hi team,", "Hello,", "Hi {name},"],
               problem=["Since this morning every call to your API returns 401 Unauthorized.",
                        "Our nightly export started failing after we rotated credentials.",
                        "Webhook deliveries stopped arriving on our side.",
                        "We cannot log in to the dashboard with the account below."],
               intro=["Here is what we have configured:", "Pasting our settings so you can check:",
                      "This is the key we are using:", "Details below:"],
               close=["Thanks for looking into it.", "Any help appreciated!", "Thanks,"],
               subject=["API returns 401 since today", "Re: Integration broken after key rotation",
                        "Urgent: webhooks not delivered", "Login problem for our service account"],
               pw="password", key="API key", user="user"),
    "de": dict(greet=["Hallo zusammen,", "Guten Tag,", "Hallo {name},"],
               problem=["Seit heute Morgen bekommen wir bei jedem API-Aufruf 401 Unauthorized.",
                        "Unser nächtlicher Export schlägt fehl, seit wir die Zugangsdaten erneuert haben.",
                        "Die Webhooks kommen bei uns nicht mehr an."],
               intro=["Hier unsere Konfiguration:", "Anbei die Zugangsdaten, die wir verwenden:"],
               close=["Vielen Dank und viele Grüße", "Danke im Voraus!"],
               subject=["API liefert 401", "AW: Integration funktioniert nicht mehr"],
               pw="Passwort", key="API-Schlüssel", user="Benutzer"),
    "fr": dict(greet=["Bonjour,", "Bonjour {name},"],
               problem=["Depuis ce matin, tous nos appels à l'API renvoient 401.",
                        "L'export de nuit échoue depuis la rotation des identifiants."],
               intro=["Voici notre configuration :", "Voici les identifiants utilisés :"],
               close=["Merci d'avance.", "Cordialement,"],
               subject=["Erreur 401 sur l'API", "RE: intégration cassée"],
               pw="mot de passe", key="clé API", user="utilisateur"),
    "es": dict(greet=["Hola,", "Buenos días {name},"],
               problem=["Desde esta mañana todas las llamadas a la API devuelven 401.",
                        "La exportación nocturna falla desde que rotamos las credenciales."],
               intro=["Esta es nuestra configuración:", "Les paso los datos de acceso:"],
               close=["Gracias de antemano.", "Saludos,"],
               subject=["Error 401 en la API", "RE: integración rota"],
               pw="contraseña", key="clave de API", user="usuario"),
    "pt": dict(greet=["Olá,", "Bom dia {name},"],
               problem=["Desde hoje de manhã todas as chamadas à API retornam 401.",
                        "A exportação noturna falha desde que trocamos as credenciais."],
               intro=["Segue a nossa configuração:", "Seguem os dados de acesso:"],
               close=["Obrigado!", "Abraços,"],
               subject=["Erro 401 na API", "RE: integração quebrada"],
               pw="senha", key="chave de API", user="usuário"),
    "pl": dict(greet=["Dzień dobry,", "Cześć {name},"],
               problem=["Od rana każde wywołanie API zwraca 401.",
                        "Nocny eksport nie działa od czasu zmiany danych dostępowych."],
               intro=["Poniżej nasza konfiguracja:", "Przesyłam dane dostępowe:"],
               close=["Z góry dziękuję.", "Pozdrawiam,"],
               subject=["Błąd 401 w API", "RE: integracja nie działa"],
               pw="hasło", key="klucz API", user="użytkownik"),
    "it": dict(greet=["Ciao,", "Buongiorno {name},"],
               problem=["Da stamattina ogni chiamata all'API restituisce 401."],
               intro=["Ecco la nostra configurazione:"], close=["Grazie mille.", "Saluti,"],
               subject=["Errore 401 sulle API"], pw="password", key="chiave API", user="utente"),
    "nl": dict(greet=["Hallo,", "Beste {name},"],
               problem=["Sinds vanochtend geeft elke API-aanroep 401 terug."],
               intro=["Hieronder onze configuratie:"], close=["Alvast bedankt.", "Groet,"],
               subject=["API geeft 401"], pw="wachtwoord", key="API-sleutel", user="gebruiker"),
}
LANGS = ["en"] * 5 + ["de", "fr", "es", "pt", "pl", "it", "nl"]


def paste_lines(row, it, L, extra=()):
    if not it.secret:
        v = "" if it.value is None else it.value
        return [f"{it.key}: {v}"]
    V = it.tpl(row, extra)
    kind = FMT[it.fmt].kind
    if it.slot == "header":
        return [ch([f'curl -H "{it.key}: {V}" https://api.{domain()}/v1/{ch(["orders", "me", "events"])}',
                    f"{it.key}: {V}"])]
    if kind == "pem":
        return [ch(["Key file:", "id_ed25519:", "---", "Private key we generated:"]), V]
    if kind == "password":
        if chance(0.5):
            return [f"{L['user']}: {ch([ch(USERNAMES), email_addr()])}", f"{L['pw']}: {V}"]
        return [f"{L['pw']}: {V}"]
    if kind == "url":
        return [ch([f"Webhook: {V}", f"webhook URL = {V}", V])]
    if kind == "dbpass":
        return [f"{envk(it, 'DATABASE_URL')}={V}"] if it.prefix else [f"{L['pw']} (DB): {V}"]
    return [ch([f"{L['key']}: {V}", f"{it.key} = {V}", f"{envk(it, 'API_KEY')}={V}", V])]


def customer_body(row, items, lang, extra=()):
    L = LANG_TXT[lang]
    f, l = person()
    out = [ch(L["greet"]).format(name=ch(FIRST)), "", ch(L["problem"]), "", ch(L["intro"])]
    for it in items:
        out += paste_lines(row, it, L, extra)
    out += ["", ch(L["close"]), f"{f} {l}", f"{company().replace('-', ' ').title()}"]
    return out, f, l


def dkim_header(dom):
    b = b64e(rbytes(256))
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s={ch(['google', 'selector1', 's1'])};\n"
            f"        h=from:to:subject:date:message-id; bh={b64e(rbytes(32))};\n"
            f"        b={b[:70]}\n         {b[70:140]}\n         {b[140:]}")


def render_email(ctx, row, items):
    lang = ch(LANGS)
    L = LANG_TXT[lang]
    body, f, l = customer_body(row, items, lang)
    cdom, vdom = domain(), domain()
    hdr = [f"From: {f} {l} <{email_addr(f, l, cdom)}>", f"To: support@{vdom}", f"Subject: {ch(L['subject'])}",
           f"Date: {rfc2822()}", f"Message-ID: <{ch([uuid4(), ulid(), hexs(24)])}@{ch(['mail.gmail.com', cdom, 'outlook.com'])}>",
           "MIME-Version: 1.0", 'Content-Type: text/plain; charset="UTF-8"']
    if chance(0.3):
        hdr.insert(0, dkim_header(cdom))
    if chance(0.3):
        body += ["", f"On {rfc2822()}, Support <support@{vdom}> wrote:",
                 f"> Thanks for reaching out. Your ticket #{rint(10000, 99999)} has been created.",
                 f"> Reference: {uuid4()}"]
    return "\n".join(hdr) + "\n\n" + "\n".join(body) + "\n"


def render_ticket(ctx, row, items):
    lang = ch(LANGS)
    L = LANG_TXT[lang]
    if chance(0.6):
        body, f, l = customer_body(row, items, lang, ["json"])
        tid = rint(10000, 999999)
        sub = company().split("-")[0]
        t = {"ticket": {"id": tid, "url": f"https://{sub}.zendesk.com/api/v2/tickets/{tid}.json",
                        "subject": ch(L["subject"]), "description": "\n".join(body), "status": "open",
                        "priority": ch(["normal", "high", "urgent"]), "requester_id": rint(10 ** 11, 10 ** 13),
                        "tags": sample(["api", "auth", "webhooks", "billing", "enterprise"], 2),
                        "via": {"channel": ch(["email", "web", "api"])}, "created_at": iso(), "updated_at": iso()},
             "comments": [{"id": rint(10 ** 11, 10 ** 13), "author_id": rint(10 ** 11, 10 ** 13), "public": True,
                           "body": "Thanks, we are looking into it. Request id: " + uuid4()}]}
        return dumps(t, indent=2)
    body, f, l = customer_body(row, items, lang)
    key = f"{ch(['SUP', 'OPS', 'CS', 'INC'])}-{rint(100, 9999)}"
    head = [f"[{key}] {ch(L['subject'])}", f"Reporter: {f} {l} | Priority: {ch(['High', 'Medium', 'Highest'])} | "
            f"Status: Open | Created: {iso()}", "", "Description:"]
    tail = ["", f"Comment ({ch(FIRST)}, {iso()}):", "Could you share the request id from the failing call?",
            f"Seen in logs: trace_id={hexs(32)} span_id={hexs(16)}"]
    return "\n".join(head + body + tail) + "\n"


# --- SQL dumps -------------------------------------------------------------------
def render_sql(ctx, row, items):
    mysql = chance(0.55)
    tbl = ch(["app_settings", "settings", "config", "integration_settings", "tenant_config"])
    rows_, pre = [], []
    for i, it in enumerate(items, 1):
        if (it.secret and FMT[it.fmt].kind in ("password", "dbpass") and not it.prefix and not pre
                and chance(0.35)):
            u, V = ch(DB_USERS), it.tpl(row, ["sql"])
            pre.append(f"CREATE USER '{u}'@'%' IDENTIFIED BY '{V}';" if mysql
                       else f"CREATE ROLE {u} WITH LOGIN PASSWORD '{V}';")
            continue
        name = it.key
        if it.secret and FMT[it.fmt].kind == "token" and chance(0.25):
            V = '{"' + (K(it.key, "snake") if ascii_key(it.key) else it.key) + '": "' + it.tpl(row, ["json", "sql"]) + '"}'
            name = ch(["credentials", f"{item_vendor(it) or 'integration'}_credentials"])
        elif it.secret:
            V = it.tpl(row, ["sql"])
        else:
            V = it.value
        rows_.append((i, name, V, rtime().strftime("%Y-%m-%d %H:%M:%S")))
    if mysql:
        host, db = f"{ch(DB_NAMES)}-db-{rint(1, 3)}", ch(DB_NAMES)
        ver = f"8.0.{rint(30, 39)}"
        out = [f"-- MySQL dump 10.13  Distrib {ver}, for Linux (x86_64)", "--",
               f"-- Host: {host}    Database: {db}", "-- ------------------------------------------------------",
               f"-- Server version\t{ver}", "", "/*!40101 SET NAMES utf8mb4 */;", ""]
        if pre:
            out += ["-- users", *pre, ""]
        vals = ",".join(f"({i},'{n}'," + ("NULL" if v is None else f"'{v}'") + f",'{d}')" for i, n, v, d in rows_)
        out += ["--", f"-- Table structure for table `{tbl}`", "--", "", f"DROP TABLE IF EXISTS `{tbl}`;",
                f"CREATE TABLE `{tbl}` (", "  `id` int NOT NULL AUTO_INCREMENT,", "  `name` varchar(191) NOT NULL,",
                "  `value` text,", "  `updated_at` datetime DEFAULT NULL,", "  PRIMARY KEY (`id`),",
                f"  UNIQUE KEY `{tbl}_name_unique` (`name`)",
                f") ENGINE=InnoDB AUTO_INCREMENT={len(rows_) + 1} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;",
                "", "LOCK TABLES `%s` WRITE;" % tbl]
        if rows_:
            out.append(f"INSERT INTO `{tbl}` VALUES {vals};")
        out += ["UNLOCK TABLES;", "", f"-- Dump completed on {rtime().strftime('%Y-%m-%d %H:%M:%S')}"]
    else:
        ver = f"1{rint(4, 6)}.{rint(1, 6)}"
        out = ["--", "-- PostgreSQL database dump", "--", "", f"-- Dumped from database version {ver}",
               f"-- Dumped by pg_dump version {ver}", "", "SET statement_timeout = 0;",
               "SET client_encoding = 'UTF8';", "SET standard_conforming_strings = on;", ""]
        if pre:
            out += pre + [""]
        out += [f"COPY public.{tbl} (id, name, value, updated_at) FROM stdin;"]
        for i, n, v, d in rows_:
            out.append(f"{i}\t{n}\t" + (PG_NULL if v is None else v) + f"\t{d}")
        out += ["\\.", "", f"SELECT pg_catalog.setval('public.{tbl}_id_seq', {len(rows_)}, true);", "",
                "--", "-- PostgreSQL database dump complete", "--"]
    return "\n".join(out) + "\n"


PG_NULL = "\\N"


# --- Postman / OpenAPI -----------------------------------------------------------
def render_postman(ctx, row, items):
    auth, variables, req_url = None, [], None
    base = f"https://api.{domain()}"
    for it in items:
        if it.secret and it.slot == "header" and auth is None:
            if it.key.lower() == "authorization" and it.prefix.strip().lower() == "bearer":
                auth = {"type": "bearer", "bearer": [{"key": "token", "value": it.copy(prefix=""), "type": "string"}]}
            else:
                auth = {"type": "apikey", "apikey": [{"key": "value", "value": it, "type": "string"},
                                                     {"key": "key", "value": it.key, "type": "string"},
                                                     {"key": "in", "value": "header", "type": "string"}]}
        elif it.secret and FMT[it.fmt].kind == "password" and auth is None and not it.prefix:
            auth = {"type": "basic", "basic": [{"key": "password", "value": it, "type": "string"},
                                               {"key": "username", "value": ch(USERNAMES), "type": "string"}]}
        elif it.secret and FMT[it.fmt].kind == "url" and req_url is None:
            req_url = it
        else:
            variables.append({"key": K(it.key, "camel") if ascii_key(it.key) else it.key, "value": it,
                              "type": ch(["string", "secret", "default"])})
    if chance(0.35):
        vals = variables[:]
        if auth:
            tok = auth[auth["type"]][0]["value"]
            vals.append({"key": ch(["token", "apiKey", "password"]), "value": tok, "type": "secret"})
        if req_url:
            vals.append({"key": "webhookUrl", "value": req_url, "type": "secret"})
        vals = [dict(v, enabled=True) for v in vals]
        obj = {"id": uuid4(), "name": ch(["Production", "prod", "Staging", "EU"]), "values": vals,
               "_postman_variable_scope": "environment", "_postman_exported_at": iso_ms(),
               "_postman_exported_using": f"Postman/11.{rint(0, 20)}.{rint(0, 9)}"}
        return dumps(mj(row, obj), indent="\t")
    variables.insert(0, {"key": "baseUrl", "value": base, "type": "string"})
    reqs = [{"name": ch(["List orders", "Get account", "Create webhook", "Search"]),
             "request": {"method": "GET", "header": [{"key": "Accept", "value": "application/json"}],
                         "url": {"raw": "{{baseUrl}}/v1/" + ch(["orders", "me", "search?q=test"]),
                                 "host": ["{{baseUrl}}"], "path": ["v1", ch(["orders", "me"])]}}}]
    if req_url:
        reqs.append({"name": "Notify", "request": {"method": "POST", "header": [],
                                                   "body": {"mode": "raw", "raw": "{\"text\": \"hello\"}"},
                                                   "url": {"raw": req_url}}})
    obj = {"info": {"_postman_id": uuid4(), "name": f"{company().title()} API",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                    "_exporter_id": str(rint(10 ** 7, 10 ** 8))}, "item": reqs, "variable": variables}
    if auth:
        obj["auth"] = auth
    return dumps(mj(row, obj), indent="\t")


def render_openapi(ctx, row, items):
    params, example = [], {}
    ks = ch(["snake", "camel"])
    for it in items:
        if it.slot == "header":
            params.append({"name": it.key, "in": "header", "required": True, "schema": {"type": "string"},
                           "example": it})
        else:
            put(example, K(it.key, ks) if ascii_key(it.key) else it.key, it)
    svc = ch(SERVICES)
    op = {"summary": ch(["Create integration", "Update settings", "Register webhook"]),
          "operationId": ch(["createIntegration", "updateSettings", "registerWebhook"])}
    if params:
        op["parameters"] = params
    if example:
        op["requestBody"] = {"required": True, "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/IntegrationInput"}, "example": example}}}
    op["responses"] = {"201": {"description": "Created"}, "401": {"description": "Unauthorized"}}
    spec = {"openapi": ch(["3.0.3", "3.1.0"]), "info": {"title": f"{company().replace('-', ' ').title()} {svc.title()} Service",
                                                       "version": semver()},
            "servers": [{"url": f"https://api.{domain()}/v1"}],
            "paths": {f"/{svc}/{ch(['integrations', 'settings', 'webhooks'])}": {"post": op}},
            "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer",
                                                              "bearerFormat": "JWT"}}}}
    if chance(0.65):
        return yaml_dump(row, spec)
    return dumps(mj(row, spec), indent=2)


# --- YAML configs: Helm / Rails / Spring / Ansible -------------------------------------
def render_helm(ctx, row, items):
    svc, c = ch(SERVICES), company()
    vals = {"replicaCount": rint(1, 4),
            "image": {"repository": f"ghcr.io/{c}/{svc}", "tag": ch([semver(), sha40()[:7]]),
                      "pullPolicy": "IfNotPresent"}}
    if chance(0.5):
        vals["podAnnotations"] = {"checksum/config": sha64()}
    for it in items:
        p = rint(0, 4)
        v = item_vendor(it)
        if p == 0:
            vals.setdefault("extraEnv", []).append({"name": envk(it), "value": it})
        elif p == 1:
            put(vals.setdefault("env", {}), envk(it), it)
        elif p == 2 and v:
            put(vals.setdefault(K(v, "camel"), {}), K(leaf_key(it), "camel") if ascii_key(it.key) else leaf_key(it), it)
        elif it.secret and FMT[it.fmt].kind == "dbpass" and not it.prefix:
            put(vals.setdefault("postgresql", {}).setdefault("auth", {"username": ch(DB_USERS)}), "password", it)
        else:
            put(vals.setdefault(ch(["secrets", "config", "app"]), {}),
                K(it.key, "camel") if ascii_key(it.key) else it.key, it)
    vals["service"] = {"type": "ClusterIP", "port": 80}
    vals["resources"] = {"limits": {"cpu": "500m", "memory": "512Mi"}}
    head = ch(["", f"# values-{ch(['prod', 'production', 'eu'])}.yaml", f"$ helm get values {svc} -n {ch(['prod', 'apps'])}"])
    if head.startswith("$ helm"):
        head += "\nUSER-SUPPLIED VALUES:"
    return (head + "\n" if head else "") + yaml_dump(row, vals)


def render_rails(ctx, row, items):
    head = ["# aws:", "#   access_key_id: 123", "#   secret_access_key: 345", ""] if chance(0.5) else []
    obj = {}
    for it in items:
        v = item_vendor(it)
        if it.secret and it.fmt == "framework_secret_key":
            put(obj, "secret_key_base" if it.key in ("secret_key_base", "secret_key") else K(it.key, "snake"), it)
        elif v and isinstance(obj.get(v, {}), dict):
            put(obj.setdefault(v, {}), K(leaf_key(it), "snake") if ascii_key(it.key) else leaf_key(it), it)
        elif it.secret and FMT[it.fmt].kind == "dbpass":
            put(obj.setdefault("database", {}), "password" if not it.prefix else "url", it)
        else:
            put(obj, K(it.key, "snake") if ascii_key(it.key) else it.key, it)
    cmd = ch(["$ bin/rails credentials:show", "$ EDITOR=cat bin/rails credentials:edit --environment production", ""])
    return (cmd + "\n" if cmd else "") + "\n".join(head) + ("\n" if head else "") + yaml_dump(row, obj)


SPRING_PW = ["spring.datasource.password", "server.ssl.key-store-password", "server.ssl.key-password",
             "server.ssl.trust-store-password", "spring.mail.password", "spring.rabbitmq.password",
             "spring.data.redis.password", "spring.ldap.password", "spring.security.user.password",
             "app.keystore.password", "spring.kafka.ssl.key-store-password", "spring.kafka.ssl.trust-store-password"]


def spring_path(it, props=False):
    if it.secret:
        f, kind = it.fmt, FMT[it.fmt].kind
        if kind == "dbpass":
            return "spring.datasource.url" if it.prefix else "spring.datasource.password"
        if kind == "password" and not it.prefix and chance(0.6):
            extra = ["javax.net.ssl.keyStorePassword", "javax.net.ssl.trustStorePassword"] if props else []
            return ch(SPRING_PW + extra)
        if f == "google_oauth_client_secret":
            return "spring.security.oauth2.client.registration.google.client-secret"
        if f == "azure_ad_client_secret":
            return "spring.cloud.azure.active-directory.credential.client-secret"
        if f == "aws_access_key_id":
            return "spring.cloud.aws.credentials.access-key"
        if f == "aws_secret_access_key":
            return "spring.cloud.aws.credentials.secret-key"
        if kind == "pem":
            return "app.signing.private-key"
    v = item_vendor(it)
    leaf = K(leaf_key(it), "kebab") if ascii_key(it.key) else leaf_key(it)
    return f"app.{K(v, 'kebab')}.{leaf}" if v else f"{ch(['app', 'integrations', 'security'])}.{leaf}"


def set_path(d, path, v):
    parts = path.split(".")
    cur = d
    for p in parts[:-1]:
        nxt = cur.get(p)
        if nxt is None:
            nxt = cur[p] = {}
        elif not isinstance(nxt, dict):
            return False
        cur = nxt
    if parts[-1] in cur:
        return False
    cur[parts[-1]] = v
    return True


def render_spring(ctx, row, items):
    svc = ch(SERVICES)
    d = {}
    set_path(d, "spring.application.name", svc)
    set_path(d, "server.port", ch([8080, 8443]))
    if chance(0.5):
        set_path(d, "management.endpoints.web.exposure.include", "health,info,prometheus")
    for i, it in enumerate(items):
        p = spring_path(it)
        if not set_path(d, p, it):
            assert set_path(d, f"app.extra.item-{i}", it)
    if chance(0.3):
        set_path(d, "spring.security.oauth2.client.registration.google.client-id", _google_client_id())
    head = ch(["", "# application-prod.yml", "---"])
    return (head + "\n" if head else "") + yaml_dump(row, d)


def render_java_props(ctx, row, items):
    svc = ch(SERVICES)
    lines = [ch([f"# application-{ch(['prod', 'production'])}.properties", f"#{rfc2822()}", "# generated by config-server"]),
             f"spring.application.name={svc}", f"server.port={ch([8080, 8443])}"]
    if chance(0.6):
        lines += ["server.ssl.enabled=true", f"server.ssl.key-store={ch(['classpath:keystore.p12', '/etc/app/keystore.jks'])}",
                  f"server.ssl.key-store-type={ch(['PKCS12', 'JKS'])}", f"server.ssl.key-alias={svc}"]
    body = []
    for it in items:
        v = it.tpl(row)
        body.append(f"{spring_path(it, props=True)}={'' if v is None else v}")
    rng.shuffle(body)
    lines += body
    if chance(0.4):
        lines += [f"logging.level.root={ch(['INFO', 'WARN'])}", "spring.jpa.open-in-view=false"]
    return "\n".join(lines) + "\n"


def render_ansible(ctx, row, items):
    c = company()
    hosts = [(f"{ch(['web', 'app', 'db', 'worker'])}-{i:02d}.{ch(['prod', 'stg'])}.{c}.internal", ipv4())
             for i in range(1, rint(2, 4) + 1)]
    group = ch(["webservers", "app", "db", "workers"])
    if chance(0.6):
        hv, allv = {}, []
        for it in items:
            v = it.tpl(row)
            v = '""' if v is None else (f'"{v}"' if (" " in v and not it.secret) else v)
            k = K(it.key, "snake")
            if it.secret and FMT[it.fmt].kind == "password" and chance(0.5):
                k = ch(["ansible_password", "ansible_become_pass", "ansible_ssh_pass", "ansible_become_password"])
                hv.setdefault(rint(0, len(hosts) - 1), []).append(f"{k}={v}")
            else:
                allv.append(f"{k}={v}")
        lines = [f"[{group}]"]
        for i, (h, ip) in enumerate(hosts):
            lines.append(" ".join([h, f"ansible_host={ip}", f"ansible_user={ch(USERNAMES)}"] + hv.get(i, [])))
        lines += ["", f"[{group}:vars]" if chance(0.4) else "[all:vars]",
                  "ansible_python_interpreter=/usr/bin/python3"] + allv
        return "\n".join(lines) + "\n"
    hd = {h: {"ansible_host": ip} for h, ip in hosts}
    vars_ = {"ansible_user": ch(USERNAMES)}
    for it in items:
        if it.secret and FMT[it.fmt].kind == "password" and chance(0.5):
            put(hd[ch(list(hd))], ch(["ansible_password", "ansible_become_password"]), it)
        else:
            put(vars_, K(it.key, "snake"), it)
    return yaml_dump(row, {"all": {"children": {group: {"hosts": hd}}, "vars": vars_}})


# --- .NET / Django / MCP -------------------------------------------------------------
def render_dotnet(ctx, row, items):
    root = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
            "AllowedHosts": "*"}
    for it in items:
        kind = FMT[it.fmt].kind if it.secret else None
        if kind == "dbpass" and it.prefix:
            put(root.setdefault("ConnectionStrings", {}), ch(["DefaultConnection", "AppDb", "ReportingDb"]), it)
        elif it.secret and it.fmt == "azure_ad_client_secret" and "AzureAd" not in root:
            root["AzureAd"] = {"Instance": "https://login.microsoftonline.com/", "TenantId": uuid4(),
                               "ClientId": uuid4(), "ClientSecret": it, "CallbackPath": "/signin-oidc"}
        elif kind == "password" and not it.prefix and chance(0.4) and "Kestrel" not in root:
            root["Kestrel"] = {"Certificates": {"Default": {"Path": ch(["certs/api.pfx", "/https/aspnetapp.pfx"]),
                                                            "Password": it}}}
        else:
            v = item_vendor(it)
            sec = K(v, "Pascal") if v else ch(["App", "Integrations", "Security", "Services"])
            leaf = K(leaf_key(it), "Pascal") if ascii_key(it.key) else leaf_key(it)
            if not isinstance(root.get(sec, {}), dict):
                sec += "Settings"
            put(root.setdefault(sec, {}), leaf, it)
    return dumps(mj(row, root), indent=2)


def render_django(ctx, row, items):
    proj = ch(["config", "core", "mysite", company().replace("-", "_")])
    lines = ['"""', f"Django settings for {proj} project.", "",
             f"Generated by 'django-admin startproject' using Django {ch(['4.2.11', '5.0.4', '5.1.2'])}.", '"""', "",
             "import os", "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", ""]
    db, rest = None, []
    for it in items:
        if it.secret and FMT[it.fmt].kind == "dbpass" and db is None:
            db = it
        else:
            rest.append(it)
    dom = domain()
    lines += ["DEBUG = False", f'ALLOWED_HOSTS = ["{ch(SERVICES)}.{dom}", ".{dom}"]', ""]
    for it in rest:
        name = envk(it, ch(["APP_PASSWORD", "SERVICE_TOKEN", "INTEGRATION_KEY"]))
        if it.secret and FMT[it.fmt].kind == "pem":
            lines.append(f'{name} = """{it.tpl(row)}\n"""')
        elif it.code:
            lines.append(f"{name} = {it.value}")
        elif not it.secret and it.value is None:
            lines.append(f"{name} = None")
        else:
            real = it.real()
            q = "'" if "'" not in real else '"'
            lines.append(f"{name} = {q}{it.tpl(row)}{q}")
    lines.append("")
    if db is not None and db.prefix:
        lines += ["import dj_database_url", "",
                  f'DATABASES = {{"default": dj_database_url.parse("{db.tpl(row)}", conn_max_age=600)}}']
    else:
        pw = f"'{db.tpl(row)}'" if db is not None else ch(['os.environ["DB_PASSWORD"]', 'env("DATABASE_PASSWORD")'])
        lines += ["DATABASES = {", "    'default': {", "        'ENGINE': 'django.db.backends.postgresql',",
                  f"        'NAME': '{ch(DB_NAMES)}',", f"        'USER': '{ch(DB_USERS)}',",
                  f"        'PASSWORD': {pw},", f"        'HOST': '{ch(DB_NAMES)}-db.internal',",
                  "        'PORT': '5432',", "    }", "}"]
    if chance(0.35):
        lines += ["", "AUTH_PASSWORD_VALIDATORS = [",
                  "    {'NAME': 'django.contrib.auth.password_validation.UserAttributeSimilarityValidator'},",
                  f"    {{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {{'min_length': {ch([10, 12, 14])}}}}},",
                  "    {'NAME': 'django.contrib.auth.password_validation.CommonPasswordValidator'},", "]"]
    lines += ["", "STATIC_URL = 'static/'", "DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'"]
    return "\n".join(lines) + "\n"


MCP_PKG = {"github": "@modelcontextprotocol/server-github", "slack": "@modelcontextprotocol/server-slack",
           "gitlab": "@modelcontextprotocol/server-gitlab"}


def render_mcp(ctx, row, items):
    servers = {}
    for it in items:
        v = item_vendor(it) or ch(["internal-api", "search", "crm", "tickets"])
        name = v
        while name in servers:
            name += "-2"
        if it.slot == "header":
            servers[name] = {"type": "http", "url": f"https://mcp.{v}.{ch(['com', 'io', 'dev'])}/mcp",
                             "headers": {it.key: it}}
        elif it.secret and FMT[it.fmt].kind == "dbpass" and it.prefix:
            servers[name] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", it]}
        elif it.secret:
            if chance(0.2):
                servers[name] = {"command": "uvx", "args": [f"mcp-server-{v}", ch(["--api-key", "--token"]), it]}
            else:
                pkg = MCP_PKG.get(v, ch([f"@{company()}/mcp-server-{v}", f"mcp-server-{v}"]))
                servers[name] = {"command": ch(["npx", "npx", "docker"]),
                                 "args": ["-y", pkg], "env": {envk(it, "API_TOKEN"): it}}
        else:
            tgt = ch(list(servers)) if servers else None
            if tgt and "env" in servers[tgt]:
                put(servers[tgt]["env"], envk(it, "APP_SETTING"), it)
            else:
                servers[name] = {"command": "npx", "args": ["-y", f"mcp-server-{v}"], "env": {envk(it, "APP_SETTING"): it}}
    root = {ch(["mcpServers", "mcpServers", "servers"]): servers}
    if chance(0.3):
        root["inputs"] = [{"type": "promptString", "id": "api_token", "description": "API token", "password": True}]
    return dumps(mj(row, root), indent=2)


# ---------------------------------------------------------------------------
# special positive builders: build(ctx, row, fmts) -> template
# ---------------------------------------------------------------------------
def k8s_meta(name, ns, svc):
    return {"creationTimestamp": iso(), "labels": {"app.kubernetes.io/name": svc,
                                                   "app.kubernetes.io/managed-by": ch(["Helm", "kustomize", "argocd"])},
            "name": name, "namespace": ns, "resourceVersion": str(rint(10 ** 5, 10 ** 8)), "uid": uuid4()}


def build_kubectl_pos(ctx, row, fmts):
    ns, svc = ch(["prod", "default", "payments", "platform", "data"]), ch(SERVICES)
    name = f"{svc}-{ch(['credentials', 'secrets', 'env', 'db', 'tls'])}"
    data = {}
    kinds = set()
    for f in fmts:
        it = make_item(f, ctx)
        kind = FMT[f].kind
        kinds.add(kind)
        if kind == "pem":
            k = ch(["tls.key", "ssh-privatekey", "id_ed25519", "private-key.pem", "signing.key"])
        elif ascii_key(it.key):
            k = ch([K(it.key, "kebab"), K(it.key, "snake"), K(it.key, "UPPER"), K(it.key, "camel")])
        else:
            k = it.key
        put(data, k, ("S", it.real()))
    for bk, bv in sample([("username", ch(DB_USERS)), ("host", f"{ch(DB_NAMES)}-db.internal"), ("port", "5432"),
                          ("database", ch(DB_NAMES)), ("ca.crt", cert_pem() + "\n"), ("region", ch(REGIONS))],
                         rint(0, 3)):
        if bk not in data:
            data[bk] = ("P", bv)
    typ = "Opaque"
    if "tls.key" in data:
        typ = "kubernetes.io/tls"
        data["tls.crt"] = ("P", cert_pem() + "\n")
    elif "ssh-privatekey" in data:
        typ = "kubernetes.io/ssh-auth"
    as_json = chance(0.3)
    mat = {}
    for k in sorted(data):
        t, v = data[k]
        mat[k] = row.secret(v, "kubernetes_secret_base64", ["b64"] + (["json"] if as_json else [])) if t == "S" \
            else b64e(v.encode())
    meta = k8s_meta(name, ns, svc)
    head = ch(["", f"$ kubectl get secret {name} -n {ns} -o {'json' if as_json else 'yaml'}"])
    if as_json:
        body = dumps({"apiVersion": "v1", "data": mat, "kind": "Secret", "metadata": meta, "type": typ}, indent=4)
    else:
        lines = ["apiVersion: v1", "data:"] + [f"  {ykey(k)}: {v}" for k, v in mat.items()] + ["kind: Secret"]
        lines += ["metadata:"] + yaml_lines(row, meta, 2) + [f"type: {typ}"]
        body = "\n".join(lines) + "\n"
    return (head + "\n" if head else "") + body


def build_gitconfig_pos(ctx, row, fmts):
    c, repo = company(), ch(REPOS)
    creds_file = "basic_auth_base64" not in fmts and chance(0.3)
    urls, extra = [], []
    for f in fmts:
        if f == "basic_auth_base64":
            raw = f"x-access-token:{ch([g_ghapp(), g_ghp()])}"
            extra.append(row.secret(raw, f, ["b64"]))
            continue
        if f.startswith("github"):
            host, user = "github.com", ch(["x-access-token", ch(USERNAMES), "oauth2"])
        elif f == "gitlab_pat":
            host, user = ch(["gitlab.com", f"gitlab.{domain(c)}"]), ch(["oauth2", "gitlab-ci-token", ch(USERNAMES)])
        elif f == "bitbucket_app_password":
            host, user = "bitbucket.org", ch(USERNAMES)
        else:
            host = ch([f"git.{c}.internal", f"gitea.{domain(c)}", f"bitbucket.{c}.internal", f"gerrit.{c}.internal"])
            user = ch(USERNAMES)
        gen = FMT[f].variants[0][1]
        raw = gen() if gen else gen_password("url")
        urls.append((host, user, row.secret(raw, f)))
    if creds_file:
        lines = [f"https://{u}:{t}@{h}" for h, u, t in urls]
        if chance(0.5):
            lines.append(f"https://{ch(USERNAMES)}@{ch(['github.com', 'gitlab.com'])}")
        head = ch(["$ cat ~/.git-credentials", "==> ~/.git-credentials <==", ""])
        return (head + "\n" if head else "") + "\n".join(lines) + "\n"
    out = ["[core]", "\trepositoryformatversion = 0", "\tfilemode = true", "\tbare = false",
           "\tlogallrefupdates = true"]
    names = ["origin", "upstream", "mirror", "deploy"]
    for i, (h, u, t) in enumerate(urls):
        out += [f'[remote "{names[i]}"]', f"\turl = https://{u}:{t}@{h}/{c}/{repo}.git",
                f"\tfetch = +refs/heads/*:refs/remotes/{names[i]}/*"]
    if not urls:
        out += ['[remote "origin"]', f"\turl = https://github.com/{c}/{repo}",
                "\tfetch = +refs/heads/*:refs/remotes/origin/*"]
    out += ['[branch "main"]', "\tremote = origin", "\tmerge = refs/heads/main"]
    for e in extra:
        out += ['[http "https://github.com/"]', f"\textraheader = AUTHORIZATION: basic {e}"]
    if chance(0.4):
        out += ['[lfs]', f"\turl = https://lfs.{domain(c)}/{c}/{repo}"]
    if chance(0.3):
        out += [f'[submodule "vendor/{ch(REPOS)}"]', "\tactive = true", f"\turl = git@github.com:{c}/{ch(REPOS)}.git"]
    if chance(0.3):
        out += ["[user]", f"\temail = {email_addr()}", f"\tsigningkey = {hexs(16).upper()}"]
    head = ch(["$ cat .git/config", f"==> {repo}/.git/config <==", ""])
    return (head + "\n" if head else "") + "\n".join(out) + "\n"


def build_netrc_pos(ctx, row, fmts):
    c = company()
    ents = []
    for f in fmts:
        gen = FMT[f].variants[0][1]
        raw = gen() if gen else gen_password("safe")
        if f.startswith("github"):
            m, l = ch(["github.com", "api.github.com"]), ch(USERNAMES)
        elif f == "gitlab_pat":
            m, l = ch(["gitlab.com", f"gitlab.{domain(c)}"]), ch(USERNAMES)
        elif f == "pypi_token":
            m, l = ch(["upload.pypi.org", "pypi.org"]), "__token__"
        elif f == "artifactory_api_key":
            m, l = f"{c}.jfrog.io", email_addr()
        elif f == "atlassian_api_token":
            m, l = f"{c}.atlassian.net", email_addr()
        elif f == "api_key":
            m, l = f"api.{domain(c)}", ch(["apikey", "token", email_addr()])
        else:
            m, l = ch([f"ftp.{domain(c)}", f"files.{c}.internal", ipv4(), "urs.earthdata.nasa.gov"]), ch(USERNAMES)
        ents.append((m, l, row.secret(raw, f)))
    oneline = chance(0.5)
    out = []
    if chance(0.3):
        out.append("# ~/.netrc -- chmod 600")
    for m, l, t in ents:
        if oneline:
            out.append(f"machine {m} login {l} password {t}")
        else:
            out += [f"machine {m}", f"  login {l}", f"  password {t}"]
    if chance(0.3):
        out.append("default login anonymous")
    head = ch(["$ cat ~/.netrc", "", "==> /root/.netrc <=="])
    return (head + "\n" if head else "") + "\n".join(out) + "\n"


def registry_cred():
    c = company()
    r = rint(0, 6)
    if r == 0:
        return "https://index.docker.io/v1/", ch(USERNAMES), ch([g_dckr(), gen_password("url")])
    if r == 1:
        return "ghcr.io", ch(USERNAMES), g_ghp()
    if r == 2:
        return "registry.gitlab.com", ch(USERNAMES), g_glpat()
    if r == 3:
        return f"{c}.jfrog.io", email_addr(), g_artifactory()
    if r == 4:
        return f"harbor.{c}.internal", f"robot${ch(SERVICES)}-ci", rs(32)
    if r == 5:
        return "quay.io", f"{c.replace('-', '')}+{ch(['ci', 'deployer'])}", rs(64, UP + DIG)
    return f"{c.replace('-', '')}.azurecr.io", uuid4(), g_azure_ad()


def build_dockercfg_pos(ctx, row, fmts):
    auths = {}
    for f in fmts:
        reg_, user, sec = registry_cred()
        while reg_ in auths:
            reg_, user, sec = registry_cred()
        e = {"auth": row.secret(f"{user}:{sec}", "basic_auth_base64", ["b64", "json"])}
        if chance(0.15):
            e["email"] = email_addr()
        auths[reg_] = e
    if chance(0.4):
        k = ch(["https://index.docker.io/v1/", "public.ecr.aws", "gcr.io"])
        if k not in auths:
            auths[k] = {}
    obj = {"auths": auths}
    if chance(0.5):
        obj["credHelpers"] = {f"{account_id()}.dkr.ecr.{ch(REGIONS)}.amazonaws.com": "ecr-login",
                              "gcr.io": "gcloud"}
    if chance(0.4):
        obj["HttpHeaders"] = {"User-Agent": f"Docker-Client/{rint(20, 27)}.{rint(0, 1)}.{rint(0, 9)} (linux)"}
    if chance(0.3):
        obj["currentContext"] = ch(["desktop-linux", "default", "colima"])
    head = ch(["", "$ cat ~/.docker/config.json", "==> /home/runner/.docker/config.json <=="])
    return (head + "\n" if head else "") + dumps(obj, indent="\t")


UAS = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
       "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"]


def har_entry(row, items, page, host=None, resp_text=None, mime="application/json"):
    host = host or f"api.{domain()}"
    path = ch(["v1/orders", "api/me", "graphql", f"v2/projects/{rint(1, 999)}", "rest/api/3/search", "api/v1/session"])
    url, method, post = f"https://{host}/{path}", ch(["GET", "GET", "POST"]), None
    headers = []
    if chance(0.5):
        headers += [{"name": ":authority", "value": host}, {"name": ":method", "value": method},
                    {"name": ":path", "value": "/" + path}, {"name": ":scheme", "value": "https"}]
    headers += [{"name": "accept", "value": "application/json, text/plain, */*"},
                {"name": "accept-language", "value": ch(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9"])},
                {"name": "user-agent", "value": ch(UAS)},
                {"name": "sec-ch-ua-platform", "value": ch(['"macOS"', '"Windows"', '"Linux"'])}]
    if chance(0.5):
        headers.append({"name": "x-request-id", "value": uuid4()})
    cookies, resp_headers = [], [{"name": "content-type", "value": f"{mime}; charset=utf-8"},
                                 {"name": "date", "value": rfc2822().replace("+0000", "GMT")},
                                 {"name": ch(["x-request-id", "x-amzn-requestid", "cf-ray"]),
                                  "value": ch([uuid4(), hexs(16) + "-FRA"])},
                                 {"name": "etag", "value": f'W/"{hexs(32)}"'}]
    for it in items:
        if it.slot == "header":
            headers.append({"name": it.key if chance(0.5) else it.key.lower(),
                            "value": it.tpl(row, ["json"]) if it.secret else it.value})
        elif it.slot == "cookie":
            m = rint(0, 2)
            v = it.tpl(row, ["json"]) if it.secret else it.value
            if m == 0:
                headers.append({"name": "cookie", "value": f"_ga=GA1.1.{rint(10 ** 8, 10 ** 9)}.{epoch()}; {it.key}={v}; theme={ch(['dark', 'light'])}"})
            elif m == 1:
                cookies.append({"name": it.key, "value": v, "path": "/", "domain": "." + host.split(".", 1)[1],
                                "expires": iso_ms(), "httpOnly": True, "secure": True, "sameSite": "Lax"})
            else:
                resp_headers.append({"name": "set-cookie", "value": f"{it.key}={v}; Path=/; HttpOnly; Secure; SameSite=Lax"})
        elif it.secret and FMT[it.fmt].kind == "url":
            url, method = it.tpl(row, ["json"]), "POST"
            post = {"mimeType": "application/json", "text": dumps({"text": ch(["Deploy finished", "Test alert"])})}
    if resp_text is None:
        resp_text = dumps({"id": ch([uuid4(), ulid()]), "status": "ok", "request_id": uuid4()})
    req = {"method": method, "url": url, "httpVersion": "http/2.0", "headers": headers, "queryString": [],
           "cookies": cookies, "headersSize": -1, "bodySize": 0 if post is None else len(post["text"])}
    if post:
        req["postData"] = post
    t = rint(20, 900)
    return {"startedDateTime": iso_ms(), "time": t + rng.random(), "request": req,
            "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0", "headers": resp_headers,
                         "cookies": [], "content": {"size": len(resp_text), "mimeType": mime, "text": resp_text},
                         "redirectURL": "", "headersSize": -1, "bodySize": -1, "_transferSize": len(resp_text) + 300},
            "cache": {}, "timings": {"blocked": round(rng.random() * 5, 3), "dns": -1, "ssl": -1, "connect": -1,
                                     "send": 0.2, "wait": t - 3, "receive": 2.1},
            "serverIPAddress": ipv4(False), "pageref": page}


def har_wrap(entries, page):
    if chance(0.35) and len(entries) == 1:
        return dumps(entries[0], indent=2)
    obj = {"log": {"version": "1.2", "creator": {"name": ch(["WebInspector", "Firefox"]),
                                                 "version": ch(["537.36", "126.0"])},
                   "pages": [{"startedDateTime": iso_ms(), "id": page, "title": f"https://app.{domain()}/dashboard",
                              "pageTimings": {"onContentLoad": (ocl := rint(300, 2000)), "onLoad": ocl + rint(50, 2000)}}],
                   "entries": entries}}
    return dumps(obj, indent=2)


def build_har_pos(ctx, row, fmts):
    page = f"page_{rint(1, 9)}"
    items = [make_item(f, ctx, force_header=True) for f in fmts]
    entries = [har_entry(row, [it], page) for it in items]
    for _ in range(rint(0, 2)):
        entries.insert(rint(0, len(entries)), har_benign_entry(page))
    return har_wrap(entries, page)


def har_benign_entry(page):
    k = rint(0, 3)
    host = ch([f"app.{domain()}", f"cdn.{domain()}", "www.google-analytics.com"])
    if k == 0:
        its = [Item("_ga", f"GA1.1.{rint(10 ** 8, 10 ** 9)}.{epoch()}", slot="cookie")]
        return har_entry(Row(), its, page, host=host)
    if k == 1:
        return har_entry(Row(), [], page, host=host, resp_text=minified_js()[:1500], mime="application/javascript")
    if k == 2:
        return har_entry(Row(), [Item("if-none-match", f'W/"{hexs(32)}"', slot="header")], page, host=host)
    return har_entry(Row(), [Item("traceparent", f"00-{hexs(32)}-{hexs(16)}-01", slot="header")], page, host=host)


CLI_FMTS = ["aws_access_key_id", "aws_secret_access_key", "npm_token", "pypi_token", "github_app_token",
            "github_pat_classic", "terraform_cloud_token", "vault_token", "databricks_token", "jwt", "circleci_token",
            "pulumi_access_token", "huggingface_token", "private_key", "openai_api_key", "anthropic_api_key",
            "groq_api_key", "gitlab_pat", "database_password", "age_secret_key", "api_key", "doppler_token"]


def cli_file(row, f, aws_pair=None):
    """-> (path, template) for one credentials file holding one secret of format f."""
    if aws_pair is not None:
        a, s = aws_pair
        lines = ["[default]"]
        if a:
            lines.append(f"aws_access_key_id = {row.secret(a, 'aws_access_key_id')}")
        if s:
            lines.append(f"aws_secret_access_key = {row.secret(s, 'aws_secret_access_key')}")
        if chance(0.5):
            lines.append(f"region = {ch(REGIONS)}")
        if chance(0.5):
            lines += ["", f"[{ch(['prod', 'admin'])}]",
                      f"role_arn = arn:aws:iam::{account_id()}:role/{ch(['Admin', 'Deployer'])}", "source_profile = default"]
        return "~/.aws/credentials", "\n".join(lines) + "\n"
    gen = None
    for keys, g, w in FMT[f].variants:
        gen = g
    raw = gen() if gen else gen_password("rich")
    S = lambda: row.secret(raw, f)
    if f == "npm_token":
        return "~/.npmrc", f"//registry.npmjs.org/:_authToken={S()}\nregistry=https://registry.npmjs.org/\nsave-exact=true\n"
    if f == "github_pat_classic" and chance(0.5):
        return "~/.npmrc", f"@{company()}:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={S()}\n"
    if f in ("github_app_token", "github_pat_classic"):
        return "~/.config/gh/hosts.yml", f"github.com:\n    oauth_token: {S()}\n    user: {ch(USERNAMES)}\n    git_protocol: https\n"
    if f == "pypi_token":
        return "~/.pypirc", f"[distutils]\nindex-servers =\n    pypi\n\n[pypi]\n  username = __token__\n  password = {S()}\n"
    if f == "terraform_cloud_token":
        return "~/.terraform.d/credentials.tfrc.json", dumps({"credentials": {"app.terraform.io": {"token": S()}}}, indent=2) + "\n"
    if f == "vault_token":
        return "~/.vault-token", S()
    if f == "databricks_token":
        return "~/.databrickscfg", f"[DEFAULT]\nhost  = https://dbc-{hexs(8)}-{hexs(4)}.cloud.databricks.com\ntoken = {S()}\n"
    if f == "jwt":
        c = company()
        kc = {"apiVersion": "v1", "kind": "Config", "current-context": f"{c}-prod",
              "clusters": [{"name": f"{c}-prod", "cluster": {"server": f"https://{hexs(32).upper()}.gr7.{ch(REGIONS)}.eks.amazonaws.com",
                                                              "certificate-authority-data": b64e((cert_pem() + "\n").encode())}}],
              "contexts": [{"name": f"{c}-prod", "context": {"cluster": f"{c}-prod", "user": "deployer"}}],
              "users": [{"name": "deployer", "user": {"token": Item("token", raw=raw, fmt=f)}}]}
        return "~/.kube/config", yaml_dump(row, kc)
    if f == "circleci_token":
        return "~/.circleci/cli.yml", f"host: https://circleci.com\nendpoint: graphql-unstable\ntoken: {S()}\nrest_endpoint: api/v2\n"
    if f == "pulumi_access_token":
        return "~/.pulumi/credentials.json", dumps({"current": "https://api.pulumi.com", "accessTokens": {"https://api.pulumi.com": S()},
                                                    "accounts": {"https://api.pulumi.com": {"username": ch(USERNAMES), "lastValidatedAt": iso()}}}, indent=4)
    if f == "huggingface_token":
        return ch(["~/.cache/huggingface/token", "~/.huggingface/token"]), S()
    if f == "private_key":
        return ch(["~/.ssh/id_ed25519", "~/.ssh/id_rsa", "~/.ssh/deploy_key"]), S() + "\n"
    if f in ("openai_api_key", "anthropic_api_key", "groq_api_key"):
        prov = {"openai_api_key": "openai", "anthropic_api_key": "anthropic", "groq_api_key": "groq"}[f]
        if chance(0.5):
            return "~/.config/io.datasette.llm/keys.json", dumps({"// Note": "This file stores secret API credentials. Do not share!", prov: S()}, indent=2)
        return "~/.config/aichat/config.yaml", f"model: {prov}:{ch(['default', 'latest'])}\nclients:\n- type: {prov}\n  api_key: {S()}\n"
    if f == "gitlab_pat":
        return "~/.config/glab-cli/config.yml", f"git_protocol: ssh\nhosts:\n    gitlab.com:\n        token: {S()}\n        api_host: gitlab.com\n        git_protocol: ssh\n"
    if f == "database_password":
        raw2 = gen_password("rich")
        if chance(0.5):
            return "~/.pgpass", f"{ch(DB_NAMES)}-db.internal:5432:{ch(DB_NAMES)}:{ch(DB_USERS)}:{row.secret(raw2, f)}\n"
        return "~/.my.cnf", f"[client]\nuser={ch(DB_USERS)}\npassword={row.secret(raw2, f)}\nhost={ch(DB_NAMES)}-db.internal\n"
    if f == "age_secret_key":
        return "~/.config/sops/age/keys.txt", f"# created: {iso()}\n# public key: age1{rs(58, BECH)}\n{S()}\n"
    if f == "doppler_token":
        return "~/.doppler/.doppler.yaml", f"scoped:\n    /:\n        token: {S()}\n        api-host: https://api.doppler.com\n"
    tool = ch(["acme-cli", "deployctl", "synccli", "reportr"])
    return f"~/.config/{tool}/config.toml", f'[default]\nendpoint = "https://api.{domain()}"\napi_key = "{S()}"\n'


def build_cli_pos(ctx, row, fmts):
    aws = [f for f in fmts if f.startswith("aws_")]
    files = []
    if aws:
        files.append(cli_file(row, None, aws_pair=(g_akid() if "aws_access_key_id" in aws else None,
                                                     g_aws_secret() if "aws_secret_access_key" in aws else None)))
    for f in fmts:
        if not f.startswith("aws_"):
            files.append(cli_file(row, f))
    style = ch(["head", "cat", "plain"])
    out = []
    for path, body in files:
        if style == "head" or len(files) > 1:
            out.append(f"==> {path} <==")
        elif style == "cat":
            out.append(f"$ cat {path}")
        out.append(body if body.endswith("\n") else body + "\n")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# look-alike content (no secret anywhere)
# ---------------------------------------------------------------------------
B64A = UP + LO + DIG + "+/"


def password_policy_lines(lang=None):
    lang = lang or ch(LANGS)
    n, m, d = ch([8, 10, 12, 14, 16]), ch([3, 5, 10, 24]), ch([60, 90, 180])
    T = {
        "en": ["Password requirements:", f"- At least {n} characters",
               "- At least one uppercase letter, one number and one symbol (e.g. ! @ # $ %)",
               "- Must not contain your username or e-mail address", f"- Cannot match any of your last {m} passwords",
               f"Passwords expire every {d} days. Our staff will never ask you for your password.",
               "API keys are shown only once when created; store them in a secret manager, not in tickets."],
        "de": ["Passwort-Richtlinie:", f"- Mindestens {n} Zeichen",
               "- Mindestens ein Großbuchstabe, eine Ziffer und ein Sonderzeichen",
               f"- Die letzten {m} Passwörter dürfen nicht wiederverwendet werden",
               f"Passwörter laufen nach {d} Tagen ab. Bitte senden Sie Ihr Passwort niemals per E-Mail."],
        "fr": ["Règles relatives au mot de passe :", f"- Au moins {n} caractères",
               "- Au moins une majuscule, un chiffre et un caractère spécial",
               f"- Ne doit pas reprendre vos {m} derniers mots de passe",
               "Ne communiquez jamais votre mot de passe ni votre clé API par e-mail."],
        "es": ["Requisitos de la contraseña:", f"- Al menos {n} caracteres",
               "- Al menos una mayúscula, un número y un símbolo",
               f"- No puede repetir ninguna de sus últimas {m} contraseñas", f"La contraseña caduca cada {d} días."],
        "pt": ["Requisitos de senha:", f"- No mínimo {n} caracteres",
               "- Pelo menos uma letra maiúscula, um número e um símbolo",
               f"- Não pode repetir nenhuma das últimas {m} senhas", "Nunca compartilhe sua senha ou chave de API."],
        "pl": ["Wymagania dotyczące hasła:", f"- Co najmniej {n} znaków",
               "- Co najmniej jedna wielka litera, cyfra i znak specjalny",
               f"- Hasło nie może powtarzać {m} poprzednich haseł", "Nigdy nie przesyłaj hasła ani klucza API e-mailem."],
        "it": ["Requisiti della password:", f"- Almeno {n} caratteri", "- Almeno una maiuscola, un numero e un simbolo",
               "Non condividere mai la password o la chiave API."],
        "nl": ["Wachtwoordeisen:", f"- Minimaal {n} tekens", "- Minstens één hoofdletter, één cijfer en één symbool",
               "Deel nooit uw wachtwoord of API-sleutel."],
    }
    return T[lang]


def key_format_docs():
    dom, co = domain(), company().split("-")[0]
    v = rint(0, 8)
    if v == 0:
        return ["## Authentication", "", "Authenticate requests with your secret key in the `Authorization` header:", "",
                "```", "Authorization: Bearer YOUR_SECRET_KEY", "```", "",
                "Secret keys start with `sk_live_` (live mode) or `sk_test_` (test mode) followed by at least 24 "
                "alphanumeric characters. Restricted keys use the `rk_live_` prefix. Publishable keys (`pk_live_...`) "
                "are safe to ship in client-side code.", "",
                "Keys matching `^sk_(live|test)_[0-9a-zA-Z]{24,99}$` are rejected when sent in a query string."]
    if v == 1:
        return ["### Token formats", "", "| Prefix | Token type |", "|---|---|", "| `ghp_` | Personal access token (classic) |",
                "| `github_pat_` | Fine-grained personal access token |", "| `gho_` | OAuth access token |",
                "| `ghs_` | GitHub App installation token |", "",
                "Classic tokens are `ghp_` followed by 36 base62 characters; the last 6 encode a checksum."]
    if v == 2:
        return ["Slack tokens", "Bot tokens begin with xoxb-, user tokens with xoxp-, app-level tokens with xapp-.",
                "Incoming webhooks look like https://hooks.slack.com/services/T…/B…/… and the whole URL is the secret.",
                "If a token is pasted into a public channel, revoke it from the app's OAuth & Permissions page."]
    if v == 3:
        return ["AWS access keys consist of an access key ID (for example AKIAIOSFODNN7EXAMPLE: 20 upper-case "
                "characters starting with AKIA, or ASIA for temporary credentials) and a secret access key "
                "(40 characters, for example wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY).",
                "Prefer IAM roles over long-lived keys; rotate keys every 90 days."]
    if v == 4:
        return ["API keys", "", f"Create a key under Settings → API keys. Keys look like `{co}_live_` followed by 32 "
                "random characters and are displayed once.",
                "Send it as `X-API-Key: <your key>`. Rotating a key keeps the old one valid for 24 hours.", "Example:",
                "", f"    curl -H \"X-API-Key: $API_KEY\" https://api.{dom}/v2/items"]
    if v == 5:
        return ["OpenAI-compatible endpoint", "Set OPENAI_API_KEY to a key that starts with `sk-` (project keys "
                "start with `sk-proj-`).", "```python", "from openai import OpenAI",
                "client = OpenAI()  # reads OPENAI_API_KEY from the environment", "```"]
    if v == 6:
        return ["Anthropic API keys start with `sk-ant-api03-`. Send them in the `x-api-key` header together with "
                "`anthropic-version: 2023-06-01`; never embed them in client-side code."]
    if v == 7:
        return ["Schlüsselformat", "API-Schlüssel beginnen mit `live_`, gefolgt von 32 zufälligen Zeichen, und werden "
                "nur einmal angezeigt. Übergeben Sie den Schlüssel im Header `X-API-Key`. Ihr Passwort wird nie für "
                "API-Aufrufe verwendet."]
    return ["Format des jetons", "Les jetons d'accès commencent par `glpat-` suivi de 20 caractères. Le mot de passe "
            "du compte n'est jamais accepté par l'API ; utilisez un jeton avec la portée `read_api`."]


def fixture_file():
    lang = ch(["py", "js", "go"])
    fn = ch(["redact", "mask_secrets", "scrub", "sanitize"])
    if lang == "py":
        return "tests/test_" + fn + ".py", "\n".join([
            "import pytest", f"from app.logging import {fn}", "",
            'FAKE_AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"  # AWS documentation example',
            'FAKE_AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
            'DUMMY_GITHUB_TOKEN = "ghp_" + "x" * 36',
            'NOT_A_REAL_SLACK_TOKEN = "xoxb-000000000000-0000000000000-" + "0" * 24',
            f'TEST_PASSWORD = "{ch(["not-a-real-password", "hunter2-but-fake", "fake-password-for-tests"])}"', "", "",
            '@pytest.mark.parametrize("value", [FAKE_AWS_KEY_ID, DUMMY_GITHUB_TOKEN, NOT_A_REAL_SLACK_TOKEN])',
            f"def test_{fn}_removes_tokens(value):",
            f'    assert {fn}(f"token={{value}}") == "token=[REDACTED]"', ""])
    if lang == "js":
        return f"src/__tests__/{fn}.test.ts", "\n".join([
            f"import {{ {fn} }} from '../{fn}';", "",
            "const FAKE_STRIPE = 'sk_live_' + 'x'.repeat(24); // never a real key",
            "const FAKE_JWT = 'eyJhbGciOiJub25lIn0.e30.'; // unsigned, empty claims",
            f"describe('{fn}', () => {{", "  it('masks bearer tokens', () => {",
            f"    expect({fn}(`Authorization: Bearer ${{FAKE_STRIPE}}`)).toBe('Authorization: Bearer ***');",
            "  });", "});", ""])
    return f"internal/{fn}/{fn}_test.go", "\n".join([
        f"package {fn}", "", 'import (', '\t"strings"', '\t"testing"', ')', "",
        f"func Test{fn.title().replace('_', '')}(t *testing.T) {{",
        '\tfakeToken := "glpat-" + strings.Repeat("x", 20) // obviously fake',
        '\texample := "AKIAIOSFODNN7EXAMPLE"',
        "\tfor _, in := range []string{fakeToken, example} {",
        f'\t\tif got := {fn.title().replace("_", "")}("k=" + in); strings.Contains(got, in) {{',
        '\t\t\tt.Fatalf("not masked: %q", got)', "\t\t}", "\t}", "}", ""])


def css_file():
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path fill="#{hexs(6)}" d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0z"/></svg>'
    lines = [":root {"] + [f"  --{n}: #{hexs(ch([3, 6, 6, 8]))};" for n in sample(
        ["brand-50", "brand-100", "brand-500", "brand-600", "gray-900", "gray-100", "accent", "danger", "success",
         "warning", "surface", "border"], rint(4, 9))] + ["}", ""]
    lines += [f".btn-primary {{ background: #{hexs(6)}; color: #fff; border: 1px solid rgba({rint(0, 255)}, {rint(0, 255)}, {rint(0, 255)}, .{rint(1, 9)}); }}",
              f".icon-check {{ background-image: url(\"data:image/svg+xml;base64,{b64e(svg.encode())}\"); }}",
              f".shadow-{rint(1, 5)} {{ box-shadow: 0 1px 3px #{hexs(8)}; }}"]
    if chance(0.5):
        lines += ["@font-face {", f"  font-family: '{ch(['Inter', 'Geist', 'IBM Plex Sans'])}';",
                  f"  src: url(data:font/woff2;base64,{b64e(b'wOF2' + rbytes(rint(200, 600)))}) format('woff2');", "}"]
    return "\n".join(lines) + "\n"


def js_id():
    return ch(LO) + rs(rint(0, 1), LO + DIG + "$_")


def minified_js():
    chunks = {rint(10, 999): hexs(8) for _ in range(rint(3, 7))}
    cmap = ",".join(f"{k}:\"{v}\"" for k, v in chunks.items())
    a, b, c, d, e = (js_id() for _ in range(5))
    parts = [f'(self.webpackChunk{ch(["app", "web", "frontend"])}=self.webpackChunk{ch(["app", "web"])}||[]).push([[{rint(100, 999)}],{{{rint(1000, 9999)}:function({a},{b},{c}){{"use strict";{c}.d({b},{{Z:function(){{return {d}}}}});',
             f'var {e}={c}({rint(1000, 9999)}),{d}=function({a}){{return {a}.reduce(function({a},{b}){{return {a}[{b}.id]={b},{a}}},{{}})}};',
             f'{c}.u=function({a}){{return"static/js/"+{a}+"."+{{{cmap}}}[{a}]+".chunk.js"}};',
             f'var {js_id()}="{b64e(rbytes(rint(12, 30)))}",{js_id()}=Object.freeze({{k:"{hexs(16)}",v:{rint(1, 99)}}});',
             f'{js_id()}.exports="data:image/png;base64,{b64e(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + rbytes(rint(40, 120)))}"}}}}]);',
             f"//# sourceMappingURL=main.{hexs(8)}.js.map"]
    return "".join(parts[:-1]) + "\n" + parts[-1]


def vlq_mappings():
    lines = []
    for _ in range(rint(3, 10)):
        segs = ["".join(ch(B64A[:64]) for _ in range(ch([4, 4, 4, 5, 6]))) for _ in range(rint(3, 12))]
        lines.append(",".join(segs))
    return ";".join(lines)


def ls_listing():
    names = [f"main.{hexs(8)}.js", f"chunk-vendors.{hexs(8)}.js", f"{rint(100, 999)}.{hexs(20)}.chunk.js",
             f"app.{hexs(20)}.css", f"{hexs(32)}.png", f"tmp{rs(8, LO + DIG + '_')}", f"pack-{sha40()}.pack",
             f"index-{rs(8, URLSAFE)}.js", f"logo.{hexs(10)}.svg", f"{uuid4()}.jpg", f"core.{rint(1000, 60000)}",
             f"report-{ulid()}.csv", f"{sha64()}.tar.gz", f"backup-{rtime().strftime('%Y%m%dT%H%M%S')}.sql.gz"]
    out = [f"total {rint(100, 9000)}"]
    for n in sample(names, rint(5, 10)):
        t = rtime()
        out.append(f"-rw-r--r-- 1 {ch(['app', 'node', 'root'])} {ch(['app', 'node', 'root'])} {rint(120, 9000000):>8} "
                   f"{t.strftime('%b %d %H:%M')} {n}")
    return "\n".join(out) + "\n"


def git_log_lines(c=None, repo=None):
    c, repo = c or company(), repo or ch(REPOS)
    out = []
    for _ in range(rint(3, 7)):
        s = sha40()
        out.append(ch([f"{s[:7]} {ch(['fix: retry on 502', 'feat: add export', 'chore(deps): bump axios', 'docs: update README'])}",
                       f"commit {s}\nAuthor: {' '.join(person())} <{email_addr()}>\nDate:   {rfc2822()}\n\n    {ch(['Merge branch main', 'Rotate test fixtures', 'Bump version'])}",
                       f"https://github.com/{c}/{repo}/commit/{s}"]))
    return out


def uuid_like():
    return ch([uuid4(), ulid(), ksuid(), f"evt_{rs(24)}", f"pi_{rs(24)}", f"cus_{rs(14)}", f"ch_{rs(24)}",
               f"req_{rs(14)}", f"msg_{rs(24)}", snowflake_id()])


def snowflake_id():
    return str(rint(10 ** 17, 2 * 10 ** 18))


# --- tool_result_json look-alikes ---------------------------------------------------
def tr(row, obj_or_text, tool=None):
    text = obj_or_text if isinstance(obj_or_text, str) else dumps(obj_or_text, indent=ch([None, 2]))
    return tool_result_envelope(row, text, tool)


def n_tr_ids(ctx, row):
    kind = ch(["orders", "events", "payments", "jobs", "messages"])
    data = [{"id": uuid_like(), "object": kind[:-1], "created": epoch(), "status": ch(["succeeded", "pending", "failed"]),
             "amount": rint(100, 99999), "currency": ch(["usd", "eur", "pln", "brl"]),
             "idempotency_key": uuid4(), "trace_id": hexs(32), "customer": f"cus_{rs(14)}"}
            for _ in range(rint(2, 5))]
    return tr(row, {"object": "list", "data": data, "has_more": chance(0.5), "url": f"/v1/{kind}",
                    "request_id": f"req_{rs(14)}"}, "http_get")


def n_tr_s3(ctx, row):
    b = f"{company()}-{ch(['uploads', 'assets', 'exports'])}"
    cont = [{"Key": f"{ch(['uploads', 'exports', 'static'])}/{rtime().strftime('%Y/%m/%d')}/{ch([uuid4() + '.png', hexs(32) + '.jpg', 'main.' + hexs(8) + '.js'])}",
             "LastModified": iso(), "ETag": f'"{hexs(32)}' + (f'-{rint(2, 20)}"' if chance(0.3) else '"'),
             "Size": rint(1000, 10 ** 8), "StorageClass": "STANDARD"} for _ in range(rint(2, 6))]
    o = {"IsTruncated": True, "Contents": cont, "Name": b, "Prefix": "", "MaxKeys": 1000, "KeyCount": len(cont),
         "NextContinuationToken": b64e(rbytes(rint(48, 90)))}
    return tr(row, o, "aws_s3_list_objects")


def n_tr_lockfile(ctx, row):
    v = rint(0, 3)
    if v == 0:
        pk = {}
        for _ in range(rint(2, 5)):
            n = ch(["axios", "lodash", "react-dom", "zod", "undici", "@babel/core", "esbuild", "semver"])
            ver = semver()
            pk[f"node_modules/{n}"] = {"version": ver, "resolved": f"https://registry.npmjs.org/{n}/-/{n.split('/')[-1]}-{ver}.tgz",
                                       "integrity": "sha512-" + b64e(rbytes(64)), "license": "MIT"}
        text = dumps({"name": ch(REPOS), "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2)
        path = "package-lock.json"
    elif v == 1:
        lines = []
        for _ in range(rint(3, 6)):
            m = ch(["github.com/google/uuid", "golang.org/x/net", "github.com/spf13/cobra", "go.uber.org/zap"])
            ver = f"v{semver()}"
            lines += [f"{m} {ver} h1:{b64e(rbytes(32))}", f"{m} {ver}/go.mod h1:{b64e(rbytes(32))}"]
        text, path = "\n".join(lines) + "\n", "go.sum"
    elif v == 2:
        blocks = []
        for _ in range(rint(2, 4)):
            blocks.append(f'[[package]]\nname = "{ch(["serde", "tokio", "rand", "hyper", "regex"])}"\nversion = "{semver()}"\n'
                          f'source = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{sha64()}"')
        text, path = "\n\n".join(blocks) + "\n", "Cargo.lock"
    else:
        lines = []
        for _ in range(rint(2, 4)):
            lines += [f"{ch(['requests', 'urllib3', 'idna', 'certifi', 'pydantic'])}=={semver()} \\",
                      f"    --hash=sha256:{sha64()} \\", f"    --hash=sha256:{sha64()}"]
        text, path = "\n".join(lines) + "\n", "requirements.lock"
    return tr(row, f"$ cat {path}\n{text}" if chance(0.3) else text, "read_file")


def n_tr_ghkeys(ctx, row):
    if chance(0.6):
        keys = [{"id": rint(10 ** 7, 10 ** 9), "key": ch([ssh_ed25519_pub(False), ssh_rsa_pub(False)]),
                 "url": f"https://api.github.com/user/keys/{rint(10 ** 7, 10 ** 9)}",
                 "title": ch(["laptop", "ci-deploy", "yubikey"]), "created_at": iso(), "verified": True,
                 "read_only": chance(0.5)} for _ in range(rint(1, 3))]
        return tr(row, keys, "github_api")
    kid = hexs(16).upper()
    return tr(row, [{"id": rint(10 ** 6, 10 ** 8), "primary_key_id": None, "key_id": kid,
                     "raw_key": pgp_block(), "public_key": b64e(rbytes(rint(200, 400))),
                     "emails": [{"email": email_addr(), "verified": True}], "can_sign": True,
                     "created_at": iso(), "expires_at": None}], "github_api")


def n_tr_jwks(ctx, row):
    keys = []
    for _ in range(rint(1, 3)):
        if chance(0.6):
            keys.append({"kty": "RSA", "use": "sig", "kid": ch([hexs(40), b64u(rbytes(32))]), "alg": "RS256",
                         "n": b64u(b"\xc1" + rbytes(255)), "e": "AQAB", "x5t": b64u(rbytes(20)),
                         "x5c": [b64e(cert_der())] if chance(0.4) else []})
        else:
            keys.append({"kty": "EC", "use": "sig", "crv": "P-256", "kid": hexs(16), "x": b64u(rbytes(32)),
                         "y": b64u(rbytes(32)), "alg": "ES256"})
    return tr(row, {"keys": keys}, "http_get")


def n_tr_certs(ctx, row):
    host = f"{ch(SERVICES)}.{domain()}"
    lines = ["CONNECTED(00000003)", f"depth=2 C = US, O = {ch(['Internet Security Research Group', 'DigiCert Inc'])}, CN = ISRG Root X1",
             "verify return:1", f"depth=0 CN = {host}", "verify return:1", "---", "Certificate chain",
             f" 0 s:CN = {host}", "   i:C = US, O = Let's Encrypt, CN = R11", cert_pem(host),
             " 1 s:C = US, O = Let's Encrypt, CN = R11", "   i:C = US, O = Internet Security Research Group, CN = ISRG Root X1",
             cert_pem("R11"), "---", "Server public key is 2048 bit", "Secure Renegotiation IS supported",
             "Verify return code: 0 (ok)"]
    return tr(row, f"$ openssl s_client -connect {host}:443 -showcerts </dev/null\n" + "\n".join(lines) + "\n", "bash")


def n_tr_docs(ctx, row):
    body = key_format_docs()
    if chance(0.4):
        body += [""] + password_policy_lines("en")
    return tr(row, "\n".join(body) + "\n", ch(["web_fetch", "fetch", "browser.get_text"]))


def n_tr_policy(ctx, row):
    return tr(row, "\n".join(password_policy_lines()) + "\n", ch(["web_fetch", "read_file"]))


def n_tr_css(ctx, row):
    return tr(row, css_file(), "read_file")


def n_tr_minjs(ctx, row):
    return tr(row, minified_js(), ch(["read_file", "web_fetch"]))


def n_tr_sourcemap(ctx, row):
    src = [f"webpack://{ch(REPOS)}/./src/{ch(['index', 'api/client', 'components/Button', 'utils/format'])}.{ch(['ts', 'tsx'])}"
           for _ in range(rint(2, 5))]
    return tr(row, dumps({"version": 3, "file": f"main.{hexs(8)}.js", "mappings": vlq_mappings(), "sources": src,
                          "names": [js_id() for _ in range(rint(3, 10))]}), "read_file")


def n_tr_secretrefs(ctx, row):
    svc, r, acct = ch(SERVICES), ch(REGIONS), account_id()
    if chance(0.5):
        o = {"taskDefinitionArn": f"arn:aws:ecs:{r}:{acct}:task-definition/{svc}:{rint(3, 80)}",
             "containerDefinitions": [{"name": svc, "image": f"{acct}.dkr.ecr.{r}.amazonaws.com/{svc}@sha256:{sha64()}",
                                       "secrets": [{"name": k, "valueFrom": g_ref(k.lower())} for k in
                                                   sample(["DB_PASSWORD", "STRIPE_SECRET_KEY", "OPENAI_API_KEY",
                                                           "SENTRY_DSN", "JWT_SECRET"], rint(1, 3))],
                                       "environment": [{"name": "LOG_LEVEL", "value": "info"},
                                                       {"name": "AWS_REGION", "value": r}]}],
             "taskRoleArn": f"arn:aws:iam::{acct}:role/{svc}-task", "executionRoleArn": f"arn:aws:iam::{acct}:role/ecsTaskExecutionRole"}
        return tr(row, o, "aws_ecs_describe_task_definition")
    wf = ["name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
          "    permissions:", "      id-token: write", "      contents: read", "    steps:",
          f"      - uses: actions/checkout@{sha40()}", "      - uses: aws-actions/configure-aws-credentials@v4",
          "        with:", f"          role-to-assume: arn:aws:iam::{acct}:role/gha-deploy", f"          aws-region: {r}",
          "      - run: ./deploy.sh", "        env:", "          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}",
          "          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}",
          "          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}"]
    return tr(row, "\n".join(wf) + "\n", "read_file")


def n_tr_fixture(ctx, row):
    path, text = fixture_file()
    return tr(row, text, "read_file")


def n_tr_commits(ctx, row):
    c, repo = company(), ch(REPOS)
    out = []
    for _ in range(rint(1, 3)):
        s = sha40()
        o = {"sha": s, "node_id": "C_kwDO" + rs(28), "html_url": f"https://github.com/{c}/{repo}/commit/{s}",
             "commit": {"message": ch(["fix: handle empty cursor", "chore: rotate fixtures", "feat: CSV export"]),
                        "tree": {"sha": sha40(), "url": f"https://api.github.com/repos/{c}/{repo}/git/trees/{sha40()}"},
                        "author": {"name": " ".join(person()), "email": email_addr(), "date": iso()}},
             "parents": [{"sha": sha40(), "url": f"https://api.github.com/repos/{c}/{repo}/commits/{sha40()}"}]}
        if chance(0.5):
            o["commit"]["verification"] = {"verified": True, "reason": "valid",
                                           "signature": pgp_block("SIGNATURE", rint(300, 560)), "payload": f"tree {sha40()}\n"}
        out.append(o)
    return tr(row, out, "github_api")


def n_tr_buildinfo(ctx, row):
    v = rint(0, 2)
    if v == 0:
        o = {"clientVersion": {"major": "1", "minor": str(rint(26, 31)), "gitVersion": f"v1.{rint(26, 31)}.{rint(0, 9)}",
                               "gitCommit": sha40(), "gitTreeState": "clean", "buildDate": iso(), "goVersion": f"go1.2{rint(1, 3)}.{rint(0, 9)}",
                               "compiler": "gc", "platform": "linux/amd64"}, "kustomizeVersion": f"v5.{rint(0, 4)}.{rint(0, 9)}"}
        return tr(row, o, "bash")
    if v == 1:
        return tr(row, f"$ go version -m ./bin/server\n./bin/server: go1.22.{rint(0, 9)}\n\tpath\tgithub.com/{company()}/{ch(REPOS)}\n"
                       f"\tbuild\tvcs=git\n\tbuild\tvcs.revision={sha40()}\n\tbuild\tvcs.time={iso()}\n\tbuild\tvcs.modified=false\n", "bash")
    return tr(row, f"Docker version 2{rint(4, 7)}.{rint(0, 1)}.{rint(0, 9)}, build {hexs(7)}\nrustc 1.{rint(70, 82)}.0 ({hexs(9)} {rtime().strftime('%Y-%m-%d')})\n"
                   f"node v{rint(18, 22)}.{rint(0, 15)}.{rint(0, 9)}\nBuild ID: {hexs(40)}\n", "bash")


def n_tr_image_b64(ctx, row):
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + rbytes(rint(60, 300))
    o = {"id": uuid4(), "filename": f"{hexs(12)}.png", "mime_type": "image/png",
         "thumbnail": "data:image/png;base64," + b64e(png), "width": rint(32, 256), "height": rint(32, 256),
         "sha256": sha64()}
    return tr(row, o, "http_get")


# --- tool_call_args_json look-alikes ----------------------------------------------------
def n_ta_shell(ctx, row):
    c, repo = company(), ch(REPOS)
    cmds = [f'curl -sS -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/repos/{c}/{repo}/commits/{sha40()}',
            f"git checkout {sha40()} && git log --oneline -5",
            f"sha256sum -c SHA256SUMS && echo {sha64()}  dist/app.tar.gz | sha256sum -c -",
            f"kubectl get secret {ch(SERVICES)}-db -o jsonpath='{{.data.password}}' | base64 -d | wc -c",
            f"docker pull ghcr.io/{c}/{ch(SERVICES)}@sha256:{sha64()}",
            f'psql "$DATABASE_URL" -c "select count(*) from orders"',
            f"aws secretsmanager describe-secret --secret-id {g_ref('db_password')}",
            f"openssl x509 -in certs/{ch(SERVICES)}.crt -noout -fingerprint -sha256",
            f'export OPENAI_API_KEY="$(op read op://Infra/openai/credential)"',
            f"gh run view {rint(10 ** 9, 10 ** 10)} --log | grep -i error"]
    return tool_call_envelope(row, ch(["bash", "run_shell", "execute_command"]), {"command": " && ".join(sample(cmds, rint(1, 3)))})


def n_ta_write_example(ctx, row):
    lines = ["# Copy to .env and fill in real values"]
    for k in sample(["DATABASE_URL", "STRIPE_SECRET_KEY", "OPENAI_API_KEY", "GITHUB_TOKEN", "SLACK_WEBHOOK_URL",
                     "AWS_SECRET_ACCESS_KEY", "SMTP_PASSWORD", "JWT_SECRET"], rint(3, 6)):
        lines.append(f"{k}={ch([g_placeholder(k.lower()), g_mask(k.lower()), ''])}")
    lines.append(f"LOG_LEVEL={ch(['info', 'debug'])}")
    return tool_call_envelope(row, ch(["write_file", "create_file"]), {"path": ".env.example", "content": "\n".join(lines) + "\n"})


def n_ta_write_fixture(ctx, row):
    path, text = fixture_file()
    return tool_call_envelope(row, ch(["write_file", "create_file"]), {"path": path, "content": text})


def n_ta_write_css(ctx, row):
    if chance(0.5):
        return tool_call_envelope(row, "write_file", {"path": f"src/styles/{ch(['theme', 'tokens', 'app'])}.css", "content": css_file()})
    return tool_call_envelope(row, "write_file", {"path": f"public/static/js/main.{hexs(8)}.js", "content": minified_js()})


# --- CI job log look-alikes --------------------------------------------------------------
def ci_wrap(lines, gh=None):
    gh = chance(0.6) if gh is None else gh
    if not gh:
        return "\n".join(lines) + "\n"
    t = rtime()
    out = []
    for l in lines:
        t += dt.timedelta(microseconds=rint(1000, 900000))
        out.append(f"{t.strftime('%Y-%m-%dT%H:%M:%S.%f')}{rint(0, 9)}Z {l}")
    return "\n".join(out) + "\n"


def n_ci_checkout(ctx, row):
    c, repo, s = company(), ch(REPOS), sha40()
    return ci_wrap(["##[group]Run actions/checkout@v4", "with:", f"  repository: {c}/{repo}", "  token: ***", "##[endgroup]",
                    f"Syncing repository: {c}/{repo}", "[command]/usr/bin/git version", "git version 2.45.1",
                    f"[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +{s}:refs/remotes/origin/main",
                    f" * [new ref]         {s} -> origin/main", f"[command]/usr/bin/git checkout --progress --force -B main refs/remotes/origin/main",
                    f"HEAD is now at {s[:7]} {ch(['Merge pull request #%d' % rint(10, 999), 'chore: bump'])}",
                    f"[command]/usr/bin/git log -1 --format=%H", s] + git_log_lines(c, repo)[:2])


def n_ci_docker(ctx, row):
    lines = [f"#{i} [{ch(['build', 'runtime'])} {i}/9] {ch(['RUN npm ci', 'COPY . .', 'RUN go build -o /out/server ./cmd/server'])}"
             for i in range(1, rint(3, 6))]
    lines += [f"#{rint(6, 12)} exporting layers", f"#{rint(6, 12)} writing image sha256:{sha64()} done",
              f"#{rint(6, 12)} naming to ghcr.io/{company()}/{ch(SERVICES)}:{sha40()[:7]} done",
              f"{semver()}: digest: sha256:{sha64()} size: {rint(1000, 4000)}",
              f" ---> Using cache", f" ---> {hexs(12)}", f"Successfully built {hexs(12)}"]
    return ci_wrap(lines)


def n_ci_pip(ctx, row):
    lines = ["+ pip install --require-hashes -r requirements.lock"]
    for _ in range(rint(2, 5)):
        p = ch(["requests", "urllib3", "idna", "certifi", "pydantic", "fastapi"])
        lines += [f"Collecting {p}=={semver()} (from -r requirements.lock (line {rint(1, 80)}))",
                  f"  Downloading {p}-{semver()}-py3-none-any.whl ({rint(40, 900)} kB)"]
    lines += [f"Successfully installed {' '.join(ch(['requests', 'idna', 'certifi']) + '-' + semver() for _ in range(3))}",
              f"  hash=sha256:{sha64()}"]
    return ci_wrap(lines)


def n_ci_tests(ctx, row):
    path, text = fixture_file()
    lines = [f"+ pytest -q {path}" if path.endswith(".py") else f"+ npm test -- {path}"]
    lines += [f"{path} ....{'.' * rint(1, 8)}  [100%]", f"{rint(5, 60)} passed in {rint(1, 30)}.{rint(10, 99)}s",
              "=== masked fixtures: AKIAIOSFODNN7EXAMPLE, ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ==="]
    return ci_wrap(lines)


def n_ci_sha(ctx, row):
    lines = ["+ sha256sum dist/*"]
    for a in ["linux-amd64", "linux-arm64", "darwin-arm64", "windows-amd64.exe"]:
        lines.append(f"{sha64()}  dist/{ch(REPOS)}-{semver()}-{a}.tar.gz")
    lines += ["+ gpg --armor --detach-sign SHA256SUMS", f"gpg: using \"{hexs(40).upper()}\" as default secret key for signing"]
    return ci_wrap(lines)


def n_ci_versions(ctx, row):
    lines = ["+ go version", f"go version go1.2{rint(1, 3)}.{rint(0, 9)} linux/amd64", "+ node --version",
             f"v{rint(18, 22)}.{rint(0, 15)}.{rint(0, 9)}", "+ docker version --format '{{.Server.Version}}'",
             f"2{rint(4, 7)}.{rint(0, 1)}.{rint(0, 9)}", f"Build: {company()}-{ch(SERVICES)} {semver()}+build.{sha40()[:8]}",
             f"BUILD_NUMBER={rint(100, 9999)} GIT_SHA={sha40()} IMAGE_TAG={rtime().strftime('%Y.%m.%d')}-{sha40()[:7]}"]
    return ci_wrap(lines)


def n_ci_cache(ctx, row):
    lines = [f"Cache restored from key: {ch(['node', 'pip', 'cargo'])}-{ch(['Linux', 'macOS'])}-{sha64()}",
             f"Received {rint(10, 900)} of {rint(900, 2000)} MB ({rint(1, 100)}%)",
             f"Artifact {ch(['dist', 'coverage', 'sbom'])} has been successfully uploaded! Final size is {rint(1000, 10 ** 7)} bytes. Artifact ID is {rint(10 ** 9, 10 ** 10)}",
             f"Artifact download URL: https://github.com/{company()}/{ch(REPOS)}/actions/runs/{rint(10 ** 9, 10 ** 10)}/artifacts/{rint(10 ** 9, 10 ** 10)}"]
    return ci_wrap(lines)


def n_ci_addmask(ctx, row):
    lines = ['Run echo "::add-mask::$DEPLOY_TOKEN"', 'echo "::add-mask::$DEPLOY_TOKEN"',
             "shell: /usr/bin/bash -e {0}", "env:", "  DEPLOY_TOKEN: ***", "  DB_PASSWORD: ***",
             "+ export STRIPE_SECRET_KEY=***", "+ curl -sf -H 'Authorization: Bearer ***' https://api.github.com/user",
             "+ docker login -u ci-bot --password-stdin ghcr.io", "Login Succeeded"]
    return ci_wrap(lines, gh=True)


# --- kubectl look-alikes ------------------------------------------------------------------
def n_k8s_configmap(ctx, row):
    ns, svc = ch(["prod", "default", "platform"]), ch(SERVICES)
    data = {"LOG_LEVEL": ch(["info", "debug"]), "FEATURE_FLAGS": "new-checkout,beta-search",
            "app.yaml": f"server:\n  port: 8080\ncache:\n  ttl: {ch([60, 300])}\n"}
    lines = ["apiVersion: v1"]
    if chance(0.6):
        lines += ["binaryData:", f"  logo.png: {b64e(bytes.fromhex('89504e470d0a1a0a') + rbytes(rint(60, 200)))}",
                  f"  geoip.mmdb.gz: {b64e(bytes.fromhex('1f8b0800') + rbytes(rint(60, 200)))}"]
    if chance(0.4):
        data["ca-bundle.crt"] = cert_pem() + "\n"
    lines += ["data:"] + yaml_lines(row, data, 2) + ["kind: ConfigMap", "metadata:"] + yaml_lines(row, k8s_meta(f"{svc}-config", ns, svc), 2)
    return f"$ kubectl get configmap {svc}-config -n {ns} -o yaml\n" + "\n".join(lines) + "\n" if chance(0.5) else "\n".join(lines) + "\n"


def n_k8s_describe(ctx, row):
    ns, svc = ch(["prod", "default", "payments"]), ch(SERVICES)
    keys = sample(["password", "username", "api-key", "token", "DB_PASSWORD", "STRIPE_SECRET_KEY", "tls.key", "tls.crt"], rint(2, 5))
    lines = [f"Name:         {svc}-secrets", f"Namespace:    {ns}", f"Labels:       app.kubernetes.io/name={svc}",
             "Annotations:  <none>", "", f"Type:  {ch(['Opaque', 'kubernetes.io/tls'])}", "", "Data", "===="]
    lines += [f"{k}:  {rint(8, 3000)} bytes" for k in keys]
    return f"$ kubectl describe secret {svc}-secrets -n {ns}\n" + "\n".join(lines) + "\n"


def n_k8s_sealed(ctx, row):
    ns, svc = ch(["prod", "default"]), ch(SERVICES)
    enc = {k: "AgB" + b64e(rbytes(rint(300, 500))) for k in sample(["password", "api-key", "DB_PASSWORD", "token"], rint(1, 3))}
    obj = {"apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret",
           "metadata": {"name": f"{svc}-secrets", "namespace": ns},
           "spec": {"encryptedData": enc, "template": {"metadata": {"name": f"{svc}-secrets", "namespace": ns}, "type": "Opaque"}}}
    return yaml_dump(row, obj)


def n_k8s_external(ctx, row):
    ns, svc = ch(["prod", "default"]), ch(SERVICES)
    keys = sample(["password", "api-key", "stripe-secret-key", "openai-api-key", "db-url"], rint(1, 3))
    obj = {"apiVersion": "external-secrets.io/v1beta1", "kind": "ExternalSecret",
           "metadata": {"name": f"{svc}-secrets", "namespace": ns},
           "spec": {"refreshInterval": "1h", "secretStoreRef": {"name": ch(["aws-secrets-manager", "vault-backend", "gcp-sm"]), "kind": "ClusterSecretStore"},
                    "target": {"name": f"{svc}-secrets"},
                    "data": [{"secretKey": k, "remoteRef": {"key": f"{ch(['prod', 'production'])}/{svc}", "property": k}} for k in keys]}}
    return yaml_dump(row, obj)


def n_k8s_pod(ctx, row):
    ns, svc = ch(["prod", "default"]), ch(SERVICES)
    obj = {"apiVersion": "v1", "kind": "Pod", "metadata": k8s_meta(pod_name(svc), ns, svc),
           "spec": {"containers": [{"name": svc, "image": f"ghcr.io/{company()}/{svc}@sha256:{sha64()}",
                                    "env": [{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": f"{svc}-db", "key": "password"}}},
                                            {"name": "LOG_LEVEL", "value": "info"}],
                                    "volumeMounts": [{"name": "kube-api-access-" + rs(5, LO + DIG), "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "readOnly": True}]}],
                    "serviceAccountName": svc},
           "status": {"phase": "Running", "podIP": ipv4(), "containerStatuses": [{"name": svc, "containerID": "containerd://" + sha64(),
                                                                                  "imageID": f"ghcr.io/{company()}/{svc}@sha256:{sha64()}", "ready": True}]}}
    return yaml_dump(row, obj)


# --- env / docker / terraform look-alikes ---------------------------------------------------
def n_env_benign(ctx, row):
    lines = base_env_lines() + base_env_lines()[4:]
    lines += [f"{k}={v}" for k, v in [("DB_PASSWORD_FILE", "/run/secrets/db_password"), ("API_KEY_HEADER", "X-API-Key"),
                                       ("STRIPE_PUBLISHABLE_KEY", "pk_live_" + _stripe_body()),
                                       ("GOOGLE_CLIENT_ID", _google_client_id()), ("SESSION_COOKIE_NAME", "sessionid")] if chance(0.5)]
    lines = list(dict.fromkeys(lines))
    rng.shuffle(lines)
    return "\n".join(lines) + "\n"


def n_docker_image(ctx, row):
    c, svc = company(), ch(SERVICES)
    obj = [{"Id": "sha256:" + sha64(), "RepoTags": [f"ghcr.io/{c}/{svc}:{semver()}"],
            "RepoDigests": [f"ghcr.io/{c}/{svc}@sha256:{sha64()}"], "Parent": "", "Comment": "buildkit.dockerfile.v0",
            "Created": iso_ms(), "DockerVersion": "", "Author": "",
            "Config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"] + base_env_lines()[4:],
                       "Cmd": ["node", "server.js"], "WorkingDir": "/app",
                       "Labels": {"org.opencontainers.image.revision": sha40(), "org.opencontainers.image.version": semver()}},
            "Architecture": "amd64", "Os": "linux", "Size": rint(10 ** 7, 10 ** 9),
            "RootFS": {"Type": "layers", "Layers": ["sha256:" + sha64() for _ in range(rint(3, 9))]},
            "Metadata": {"LastTagTime": iso_ms()}}]
    return dumps(obj, indent=4)


def n_tf_benign(ctx, row):
    resources = []
    r, acct = ch(REGIONS), account_id()
    b = f"{company()}-{ch(['assets', 'logs'])}-{r}"
    tf_res(resources, "aws_s3_bucket", "this", {"arn": f"arn:aws:s3:::{b}", "bucket": b, "id": b, "region": r})
    tf_res(resources, "random_id", "suffix", {"b64_std": b64e(rbytes(4)), "b64_url": b64u(rbytes(4)), "byte_length": 4,
                                              "dec": str(rint(10 ** 8, 4 * 10 ** 9)), "hex": hexs(8), "id": b64u(rbytes(4)),
                                              "keepers": None, "prefix": None}, provider="random")
    tf_res(resources, "aws_key_pair", "deployer", {"arn": f"arn:aws:ec2:{r}:{acct}:key-pair/deployer", "fingerprint": ":".join(hexs(2) for _ in range(16)),
                                                   "id": "deployer", "key_name": "deployer", "key_pair_id": "key-0" + hexs(16),
                                                   "public_key": ssh_ed25519_pub()})
    tf_res(resources, "aws_iam_role", "task", {"arn": f"arn:aws:iam::{acct}:role/{ch(SERVICES)}-task", "unique_id": "AROA" + rs(17, B32),
                                               "assume_role_policy": dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]})})
    tf_res(resources, "aws_secretsmanager_secret", "db", {"arn": g_ref("db_password") if chance(0.5) else f"arn:aws:secretsmanager:{r}:{acct}:secret:prod/db-{rs(6)}",
                                                          "name": "prod/db", "kms_key_id": "", "recovery_window_in_days": 30})
    state = {"version": 4, "terraform_version": f"1.{rint(5, 9)}.{rint(0, 5)}", "serial": rint(3, 400), "lineage": uuid4(),
             "outputs": {"bucket_arn": {"value": f"arn:aws:s3:::{b}", "type": "string"}}, "resources": resources, "check_results": None}
    return dumps(state, indent=2)


def n_tf_lock(ctx, row):
    out = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for p in sample(["hashicorp/aws", "hashicorp/random", "hashicorp/tls", "integrations/github", "hashicorp/kubernetes"], rint(1, 3)):
        out += [f'provider "registry.terraform.io/{p}" {{', f'  version     = "{semver()}"', f'  constraints = "~> {rint(2, 5)}.0"',
                "  hashes = [", f'    "h1:{b64e(rbytes(32))}",'] + [f'    "zh:{sha64()}",' for _ in range(rint(3, 6))] + ["  ]", "}", ""]
    return "\n".join(out)


def n_tf_show(ctx, row):
    svc = ch(SERVICES)
    return "\n".join([f"# aws_db_instance.{svc}:", f'resource "aws_db_instance" "{svc}" {{',
                      f'    arn      = "arn:aws:rds:{ch(REGIONS)}:{account_id()}:db:{svc}"', '    engine   = "postgres"',
                      "    password = (sensitive value)", f'    username = "{ch(DB_USERS)}"', "}", "",
                      "Outputs:", "", "db_password = <sensitive>", f'db_endpoint = "{svc}.{rs(12, LO + DIG)}.rds.amazonaws.com:5432"']) + "\n"


# --- git / netrc / docker config look-alikes -------------------------------------------------
def n_git_config(ctx, row):
    c, repo = company(), ch(REPOS)
    out = ["[core]", "\trepositoryformatversion = 0", "\tfilemode = true", "\tbare = false", '[remote "origin"]',
           f"\turl = {ch([f'git@github.com:{c}/{repo}.git', f'https://github.com/{c}/{repo}.git', f'ssh://git@gitlab.{domain(c)}:2222/{c}/{repo}.git', f'https://{ch(USERNAMES)}@bitbucket.org/{c}/{repo}.git'])}",
           "\tfetch = +refs/heads/*:refs/remotes/origin/*", '[branch "main"]', "\tremote = origin", "\tmerge = refs/heads/main"]
    extras = [["[credential]", f"\thelper = {ch(['osxkeychain', 'manager', 'store --file ~/.git-credentials', 'cache --timeout=3600'])}"],
              ["[user]", f"\tname = {' '.join(person())}", f"\temail = {email_addr()}", f"\tsigningkey = {ch([hexs(16).upper(), ssh_ed25519_pub(False)])}"],
              ["[gpg]", "\tformat = ssh", '[gpg "ssh"]', "\tallowedSignersFile = ~/.config/git/allowed_signers"],
              ["[lfs]", f"\turl = https://lfs.{domain(c)}/{c}/{repo}"],
              [f'[submodule "vendor/{ch(REPOS)}"]', "\tactive = true", f"\turl = git@github.com:{c}/{ch(REPOS)}.git"],
              ['[http "https://github.com/"]', "\textraheader = AUTHORIZATION: basic ***"],
              ["[pull]", "\trebase = true", "[init]", "\tdefaultBranch = main"]]
    for e in sample(extras, rint(1, 4)):
        out += e
    return "\n".join(out) + "\n"


def n_netrc(ctx, row):
    out = []
    for _ in range(rint(1, 3)):
        m = ch(["github.com", "api.heroku.com", f"ftp.{domain()}", "urs.earthdata.nasa.gov", f"{company()}.jfrog.io"])
        out.append(ch([f"machine {m} login {ch(USERNAMES)}", f"machine {m} login {ch(USERNAMES)} password ********",
                       f"machine {m}\n  login {ch(USERNAMES)}\n  password ${{NETRC_PASSWORD}}",
                       f"machine {m} login __token__ password <paste-your-token>"]))
    out.append(ch(["default login anonymous password anonymous@", "# credentials are stored in the OS keychain", "macdef init\nbinary\n"]))
    return "\n".join(out) + "\n"


def n_dockercfg(ctx, row):
    obj = {"auths": {k: {} for k in sample(["https://index.docker.io/v1/", "ghcr.io", "registry.gitlab.com", "quay.io"], rint(1, 3))}}
    if chance(0.6):
        obj["credsStore"] = ch(["desktop", "osxkeychain", "pass", "secretservice"])
    if chance(0.5):
        obj["credHelpers"] = {f"{account_id()}.dkr.ecr.{ch(REGIONS)}.amazonaws.com": "ecr-login", "us-docker.pkg.dev": "gcloud"}
    if chance(0.3):
        obj["auths"][ch(["harbor.internal", "registry.local:5000"])] = {"auth": ""}
    obj["currentContext"] = ch(["desktop-linux", "default"])
    return dumps(obj, indent="\t")


# --- HAR look-alikes ------------------------------------------------------------------------
def n_har(ctx, row):
    page = f"page_{rint(1, 9)}"
    entries = []
    for _ in range(rint(1, 3)):
        v = rint(0, 4)
        if v == 0:
            entries.append(har_entry(row, [Item("authorization", ch(["Bearer [REDACTED]", "Bearer ${TOKEN}", "Basic ********", "Bearer <token>"]), slot="header")], page))
        elif v == 1:
            entries.append(har_entry(row, [Item(ch(["_ga", "_gid", "ajs_anonymous_id", "cookie_consent", "theme"]),
                                                ch([f"GA1.1.{rint(10 ** 8, 10 ** 9)}.{epoch()}", uuid4(),
                                                    b64e(dumps({"analytics": True, "ads": False}).encode()), "dark"]), slot="cookie")], page))
        elif v == 2:
            png = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + rbytes(rint(60, 400))
            entries.append(har_entry(row, [], page, host=f"cdn.{domain()}", resp_text=b64e(png), mime="image/png"))
        elif v == 3:
            entries.append(har_entry(row, [Item("x-request-id", uuid4(), slot="header"), Item("traceparent", f"00-{hexs(32)}-{hexs(16)}-01", slot="header")], page))
        else:
            entries.append(har_benign_entry(page))
    return har_wrap(entries, page)


# --- e-mail / ticket look-alikes ----------------------------------------------------------------
def mail_wrap(body, lang="en"):
    f, l = person()
    dom = domain()
    hdr = [f"From: {ch(['Support', 'Billing', 'Security', 'GitHub', 'Notifications'])} <{ch(['support', 'noreply', 'security'])}@{dom}>",
           f"To: {email_addr(f, l)}", f"Subject: {ch(['Your API key was rotated', 'Order confirmation', 'Security notice', 'Re: ticket update', 'Deployment report'])}",
           f"Date: {rfc2822()}", f"Message-ID: <{ulid()}@{dom}>", "MIME-Version: 1.0", 'Content-Type: text/plain; charset="UTF-8"']
    if chance(0.4):
        hdr.insert(0, dkim_header(dom))
    return "\n".join(hdr) + "\n\n" + "\n".join(body) + "\n"


def n_mail_masked(ctx, row):
    k = ch(["stripe_secret_key", "openai_api_key", "github_token", "api_key", "anthropic_api_key", "aws_access_key_id"])
    body = ["Hello,", "", f"A new key was created for your account on {rfc2822()}.",
            f"Key: {vendor_mask(k)}", f"Key ID: {ch([uuid4(), 'key_' + rs(14), ulid()])}",
            f"Your previous key ending in …{rs(4)} will stop working in 24 hours.", "",
            "For security reasons we never send full keys by e-mail."]
    return mail_wrap(body)


def n_mail_policy(ctx, row):
    lang = ch(LANGS)
    return mail_wrap([ch(LANG_TXT[lang]["greet"]).format(name=ch(FIRST)), ""] + password_policy_lines(lang), lang)


def n_mail_order(ctx, row):
    body = ["Thanks for your order!", f"Order number: {ch([str(rint(10 ** 7, 10 ** 9)), rs(10, UP + DIG), 'ORD-' + ulid()])}",
            f"Tracking: {ch(['1Z' + rs(16, UP + DIG), rs(22, DIG), 'JD' + rs(18, DIG)])}",
            f"Invoice: INV-{rint(2024, 2025)}-{rint(10000, 99999)}", f"Payment reference: pi_{rs(24)}",
            f"View your receipt: https://pay.{domain()}/receipts/{uuid4()}"]
    return mail_wrap(body)


def n_mail_commits(ctx, row):
    c, repo = company(), ch(REPOS)
    body = [f"Deployment of {c}/{repo} to production finished.", ""] + git_log_lines(c, repo) + \
           [f"Compare: https://github.com/{c}/{repo}/compare/{sha40()[:12]}...{sha40()[:12]}",
            f"Pipeline: https://gitlab.com/{c}/{repo}/-/pipelines/{rint(10 ** 8, 10 ** 9)}"]
    return mail_wrap(body)


def n_mail_pubkey(ctx, row):
    body = ["Hi,", "", "Please add my public key to the bastion host:", "", ch([ssh_ed25519_pub(), ssh_rsa_pub()]), "",
            "And here is my PGP public key for encrypted mail:", pgp_block(), "",
            f"Fingerprint: {' '.join(hexs(4).upper() for _ in range(10))}"]
    return mail_wrap(body)


def n_mail_docs(ctx, row):
    return mail_wrap(["Hi there,", "", "Quick reminder about our key formats:", ""] + key_format_docs())


def n_ticket_generic(ctx, row, body):
    if chance(0.5):
        tid = rint(10000, 999999)
        return dumps({"ticket": {"id": tid, "subject": ch(["Question about key format", "Password reset", "Error 500 on export"]),
                                 "description": "\n".join(body), "status": ch(["open", "pending", "solved"]),
                                 "created_at": iso(), "tags": ["api"]}}, indent=2)
    return "\n".join([f"[{ch(['SUP', 'OPS', 'CS'])}-{rint(100, 9999)}] {ch(['Question about key format', 'Export fails'])}",
                      f"Reporter: {' '.join(person())} | Status: Open", "", "Description:"] + body) + "\n"


def n_tk_masked(ctx, row):
    k = ch(["stripe_secret_key", "openai_api_key", "github_token", "api_key"])
    return n_ticket_generic(ctx, row, ["Our integration broke after rotation.", f"Current key (masked): {vendor_mask(k)}",
                                       f"Request id: {uuid4()}", f"Trace: {hexs(32)}", "Password: ******** (not sharing it here)"])


def n_tk_policy(ctx, row):
    return n_ticket_generic(ctx, row, ["Why was my password rejected?", ""] + password_policy_lines())


def n_tk_stack(ctx, row):
    frames = [f"  at {ch(['com.acme', 'org.app', 'io.svc'])}.{ch(['Export', 'Billing', 'Auth'])}Service.{ch(['run', 'handle', 'apply'])}({ch(['Export', 'Billing'])}Service.java:{rint(20, 900)})"
              for _ in range(rint(2, 5))]
    body = ["Stack trace:", f"java.lang.IllegalStateException: token expired (kid={hexs(16)})"] + frames + \
           [f"#0 0x{hexs(12)} in main () at server.c:{rint(10, 999)}", f"X-Request-Id: {uuid4()}", f"Correlation: {ulid()}"]
    return n_ticket_generic(ctx, row, body)


def n_tk_docs(ctx, row):
    return n_ticket_generic(ctx, row, ["Agent reply:", ""] + key_format_docs())


# --- SQL / Postman / OpenAPI look-alikes -----------------------------------------------------
def n_sql_hashed(ctx, row):
    out = ["--", "-- PostgreSQL database dump", "--", "", "COPY public.api_keys (id, user_id, prefix, last4, key_sha256, scopes, created_at) FROM stdin;"]
    for i in range(1, rint(3, 7)):
        out.append(f"{i}\t{rint(1, 9999)}\t{ch(['sk_live_', 'ak_', 'pat_'])}\t{rs(4)}\t{sha64()}\t{{read,write}}\t{iso()}")
    out += ["\\.", ""]
    return "\n".join(out) + "\n"


def n_sql_users(ctx, row):
    vals = ",".join(f"({i},'{uuid4()}','{email_addr()}','{ch(['en', 'de', 'pt-BR'])}','https://avatars.{domain()}/{hexs(32)}.png','{rtime().strftime('%Y-%m-%d %H:%M:%S')}')"
                    for i in range(1, rint(3, 6)))
    return "\n".join(["-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)", "", "LOCK TABLES `users` WRITE;",
                      f"INSERT INTO `users` (`id`,`uuid`,`email`,`locale`,`avatar_url`,`created_at`) VALUES {vals};",
                      "UNLOCK TABLES;"]) + "\n"


def n_sql_binds(ctx, row):
    lines = [f"{iso()} LOG:  execute <unnamed>: UPDATE users SET password_hash = $1, updated_at = now() WHERE id = $2",
             f"{iso()} DETAIL:  parameters: $1 = '<redacted>', $2 = '{rint(1, 99999)}'",
             "-- prepared statements used by the app:",
             "INSERT INTO accounts (email, password) VALUES (:email, :password);",
             "SELECT id FROM users WHERE email = %(email)s AND password_hash = crypt(%(password)s, password_hash);",
             "UPDATE api_tokens SET revoked_at = now() WHERE token_hash = ?;"]
    return "\n".join(lines) + "\n"


def n_postman_env(ctx, row):
    vals = [{"key": k, "value": ch(["", "{{" + k + "}}", "<set in vault>"]), "type": "secret", "enabled": True}
            for k in sample(["apiKey", "token", "password", "clientSecret", "webhookUrl"], rint(2, 4))]
    vals.append({"key": "baseUrl", "value": f"https://api.{domain()}", "type": "default", "enabled": True})
    return dumps({"id": uuid4(), "name": "Production", "values": vals, "_postman_variable_scope": "environment",
                  "_postman_exported_at": iso_ms(), "_postman_exported_using": "Postman/11.2.0"}, indent="\t")


def n_openapi_docs(ctx, row):
    spec = {"openapi": "3.0.3", "info": {"title": f"{company().title()} API", "version": semver(),
                                         "description": " ".join(key_format_docs())},
            "components": {"securitySchemes": {"ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-API-Key",
                                                              "description": "Keys look like `live_` + 32 characters."},
                                               "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
                           "schemas": {"Credentials": {"type": "object", "properties": {
                               "password": {"type": "string", "format": "password", "minLength": 12, "example": "********"},
                               "api_key": {"type": "string", "example": "YOUR_API_KEY", "pattern": "^live_[A-Za-z0-9]{32}$"}}}}},
            "security": [{"ApiKeyAuth": []}]}
    return yaml_dump(row, spec) if chance(0.6) else dumps(spec, indent=2)


# --- YAML/config look-alikes -------------------------------------------------------------------
def n_helm_tpl(ctx, row):
    svc = ch(SERVICES)
    return "\n".join(["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {{{{ include \"{svc}.fullname\" . }}}}",
                      "type: Opaque", "data:", "  password: {{ .Values.password | b64enc | quote }}",
                      "  api-key: {{ required \"apiKey is required\" .Values.secrets.apiKey | b64enc }}",
                      "stringData:", "  DATABASE_URL: \"postgresql://{{ .Values.db.user }}:{{ .Values.db.password }}@{{ .Values.db.host }}:5432/app\""]) + "\n"


def n_helm_existing(ctx, row):
    c, svc = company(), ch(SERVICES)
    vals = {"image": {"repository": f"ghcr.io/{c}/{svc}", "digest": "sha256:" + sha64()},
            "postgresql": {"auth": {"existingSecret": f"{svc}-db", "secretKeys": {"adminPasswordKey": "postgres-password", "userPasswordKey": "password"}}},
            "podAnnotations": {"checksum/secret": sha64(), "checksum/config": sha64()},
            "externalSecrets": {"enabled": True, "refreshInterval": "1h", "remoteKey": f"prod/{svc}"},
            "env": {"STRIPE_SECRET_KEY": {"valueFrom": {"secretKeyRef": {"name": f"{svc}-stripe", "key": "secret-key"}}}}}
    return yaml_dump(row, vals)


def sops_enc(n=None):
    return f"ENC[AES256_GCM,data:{b64e(rbytes(n or rint(8, 40)))},iv:{b64e(rbytes(32))},tag:{b64e(rbytes(16))},type:str]"


def n_helm_sops(ctx, row):
    vals = {"db": {"password": sops_enc()}, "stripe": {"secretKey": sops_enc(rint(30, 80))},
            "sops": {"kms": [], "age": [{"recipient": "age1" + rs(58, BECH),
                                         "enc": "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(b64e(rbytes(48)) for _ in range(4)) + "\n-----END AGE ENCRYPTED FILE-----\n"}],
                     "lastmodified": iso(), "mac": sops_enc(32), "unencrypted_suffix": "_unencrypted", "version": "3.8.1"}}
    return yaml_dump(row, vals)


def ansible_vault_block(indent=""):
    body = hexs(rint(300, 700))
    lines = [body[i:i + 80] for i in range(0, len(body), 80)]
    return indent + ("\n" + indent).join(["$ANSIBLE_VAULT;1.1;AES256"] + lines)


def n_ansible_vault(ctx, row):
    if chance(0.5):
        return ansible_vault_block() + "\n"
    return "\n".join(["---", f"db_user: {ch(DB_USERS)}", "db_password: !vault |", ansible_vault_block("  "),
                      "api_token: \"{{ vault_api_token }}\""]) + "\n"


def n_ansible_lookup(ctx, row):
    return "\n".join(["[web]", f"web-01 ansible_host={ipv4()} ansible_user=deploy ansible_ssh_private_key_file=~/.ssh/id_ed25519",
                      "", "[all:vars]", "ansible_become_pass=\"{{ lookup('env', 'BECOME_PASS') }}\"",
                      "db_password=\"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/db:password') }}\"",
                      "stripe_key=\"{{ vault_stripe_key }}\""]) + "\n"


def n_git_properties(ctx, row):
    s = sha40()
    return "\n".join([f"#Generated by Git-Commit-Id-Plugin", f"git.branch=main", f"git.build.time={iso()}",
                      f"git.build.version={semver()}", f"git.commit.id={s}", f"git.commit.id.abbrev={s[:7]}",
                      f"git.commit.id.describe={s[:7]}-dirty", f"git.commit.message.short=Bump version",
                      f"git.remote.origin.url=https://github.com/{company()}/{ch(REPOS)}.git",
                      f"build.artifact={ch(SERVICES)}", f"build.version={semver()}-SNAPSHOT"]) + "\n"


def n_jasypt(ctx, row):
    return "\n".join(["jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256", "jasypt.encryptor.password=${JASYPT_PASSWORD}",
                      f"spring.datasource.password=ENC({b64e(rbytes(rint(32, 64)))})",
                      f"server.ssl.key-store-password=ENC({b64e(rbytes(rint(32, 64)))})",
                      f"app.stripe.secret-key={{cipher}}{hexs(rint(96, 160))}"]) + "\n"


def n_props_policy(ctx, row):
    return "\n".join(["# password policy", f"security.password.min-length={ch([10, 12, 14])}", "security.password.require-digit=true",
                      "security.password.require-symbol=true", f"security.password.history={ch([5, 10])}",
                      f"security.password.max-age-days={ch([90, 180])}", "security.api-key.header=X-API-Key",
                      "security.api-key.prefix=live_", "server.ssl.key-store-password=${KEYSTORE_PASSWORD:}",
                      "spring.datasource.password=${DB_PASSWORD}"]) + "\n"


def n_dotnet_kv(ctx, row):
    kv = f"https://kv-{company()[:12]}.vault.azure.net/"
    o = {"KeyVault": {"VaultUri": kv, "ClientId": uuid4()},
         "ConnectionStrings": {"DefaultConnection": "@Microsoft.KeyVault(SecretUri=" + kv + f"secrets/DbConnection/{hexs(32)})"},
         "Stripe": {"SecretKey": "#{StripeSecretKey}#", "PublishableKey": "pk_live_" + _stripe_body()},
         "Certificates": {"Thumbprint": hexs(40).upper(), "StoreName": "My"},
         "UserSecretsId": uuid4(), "AzureAd": {"TenantId": uuid4(), "ClientId": uuid4(), "ClientSecret": ""}}
    return dumps(o, indent=2)


def n_rails_enc(ctx, row):
    return f"$ cat config/credentials/production.yml.enc\n{b64e(rbytes(rint(200, 600)))}--{b64e(rbytes(12))}--{b64e(rbytes(16))}\n"


def n_rails_dbyml(ctx, row):
    return "\n".join(["default: &default", "  adapter: postgresql", "  encoding: unicode",
                      "  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>", "", "production:", "  <<: *default",
                      "  database: app_production", "  username: app",
                      "  password: <%= ENV[\"APP_DATABASE_PASSWORD\"] %>", "",
                      "amazon:", "  service: S3", "  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>",
                      "  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>",
                      f"  bucket: {company()}-uploads"]) + "\n"


def n_django_static(ctx, row):
    paths = {f"{p}.{e}": f"{p}.{hexs(12)}.{e}" for p, e in sample([("css/app", "css"), ("js/main", "js"), ("img/logo", "svg"),
                                                                    ("admin/css/base", "css"), ("js/vendor", "js")], rint(2, 5))}
    return dumps({"paths": paths, "version": "1.1", "hash": hexs(12)}, indent=2)


def n_django_validators(ctx, row):
    return "\n".join(["SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]", "", "PASSWORD_HASHERS = [",
                      "    'django.contrib.auth.hashers.Argon2PasswordHasher',", "    'django.contrib.auth.hashers.PBKDF2PasswordHasher',", "]",
                      "AUTH_PASSWORD_VALIDATORS = [", "    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator',",
                      f"     'OPTIONS': {{'min_length': {ch([10, 12, 14])}}}}},", "    {'NAME': 'django.contrib.auth.password_validation.CommonPasswordValidator'},", "]",
                      "", "# queries", "cursor.execute('UPDATE auth_user SET password = %(password)s WHERE id = %(id)s', params)"]) + "\n"


def n_spring_cipher(ctx, row):
    d = {}
    set_path(d, "spring.datasource.password", "{cipher}" + hexs(rint(96, 160)))
    set_path(d, "spring.cloud.config.server.encrypt.enabled", False)
    set_path(d, "app.stripe.secret-key", "{cipher}AQ" + b64e(rbytes(rint(100, 200))))
    set_path(d, "server.ssl.key-store-password", "${KEYSTORE_PASSWORD:}")
    return yaml_dump(row, d)


def n_spring_vault(ctx, row):
    d = {}
    set_path(d, "spring.cloud.vault.uri", f"https://vault.{company()}.internal:8200")
    set_path(d, "spring.cloud.vault.authentication", "KUBERNETES")
    set_path(d, "spring.cloud.vault.kubernetes.role", ch(SERVICES))
    set_path(d, "spring.config.import", "vault://secret/" + ch(SERVICES))
    set_path(d, "spring.datasource.password", "${db.password}")
    set_path(d, "spring.security.oauth2.client.registration.google.client-id", _google_client_id())
    set_path(d, "spring.security.oauth2.client.registration.google.client-secret", "${GOOGLE_CLIENT_SECRET}")
    return yaml_dump(row, d)


def n_mcp_inputs(ctx, row):
    o = {"inputs": [{"type": "promptString", "id": "github_token", "description": "GitHub Personal Access Token", "password": True},
                    {"type": "promptString", "id": "db_url", "description": "Postgres connection string", "password": True}],
         "servers": {"github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"],
                                "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${input:github_token}"}},
                     "postgres": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", "${input:db_url}"]}}}
    return dumps(o, indent=2)


# --- CLI credential-file look-alikes -----------------------------------------------------------
def n_cli(ctx, row):
    v = rint(0, 6)
    acct = account_id()
    if v == 0:
        p, t = "~/.aws/config", "\n".join(["[default]", f"region = {ch(REGIONS)}", "output = json", "",
                                           f"[profile {ch(['prod', 'admin'])}]", f"sso_start_url = https://{company()}.awsapps.com/start",
                                           f"sso_account_id = {acct}", "sso_role_name = AdministratorAccess", "",
                                           "[profile ci]", f"role_arn = arn:aws:iam::{acct}:role/ci",
                                           "credential_process = aws-vault exec ci --json"]) + "\n"
    elif v == 1:
        p, t = "~/.npmrc", f"//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}\n@{company()}:registry=https://npm.pkg.github.com\nfund=false\n"
    elif v == 2:
        p, t = "~/.config/gh/hosts.yml", f"github.com:\n    git_protocol: ssh\n    users:\n        {ch(USERNAMES)}:\n    user: {ch(USERNAMES)}\n"
    elif v == 3:
        p = "~/.ssh/known_hosts"
        t = "\n".join(f"|1|{b64e(rbytes(20))}|{b64e(rbytes(20))} {ch(['ssh-ed25519', 'ecdsa-sha2-nistp256'])} {ssh_ed25519_pub(False).split()[1]}"
                      for _ in range(rint(2, 4))) + "\n"
    elif v == 4:
        p, t = ".sops.yaml", "creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: >-\n      " + ",\n      ".join("age1" + rs(58, BECH) for _ in range(rint(1, 3))) + "\n"
    elif v == 5:
        c = company()
        kc = {"apiVersion": "v1", "kind": "Config", "clusters": [{"name": c, "cluster": {"server": f"https://{hexs(32).upper()}.gr7.{ch(REGIONS)}.eks.amazonaws.com",
                                                                                        "certificate-authority-data": b64e((cert_pem() + "\n").encode())}}],
              "users": [{"name": c, "user": {"exec": {"apiVersion": "client.authentication.k8s.io/v1beta1", "command": "aws",
                                                      "args": ["eks", "get-token", "--cluster-name", c]}}}]}
        p, t = "~/.kube/config", yaml_dump(row, kc)
    else:
        p, t = ch(["~/.ssh/id_ed25519.pub", "~/.ssh/authorized_keys"]), "\n".join(ch([ssh_ed25519_pub(), ssh_rsa_pub()]) for _ in range(rint(1, 3))) + "\n"
    return ch([f"==> {p} <==\n", f"$ cat {p}\n", ""]) + t


def n_kv(ctx, row):
    items = benign_items(rint(2, 7)) + hard_items(rint(1, 4), ctx)
    rng.shuffle(items)
    return ctx.render(ctx, row, items)


def kv_build_pos(ctx, row, fmts):
    items = [make_item(f, ctx) for f in fmts]
    items += benign_items(rint(2, 7)) + hard_items(rint(0, 2), ctx)
    rng.shuffle(items)
    return ctx.render(ctx, row, items)


# ---------------------------------------------------------------------------
# contexts
# ---------------------------------------------------------------------------
def N(*fs, code=False):
    def f(key):
        a = (K(key, "UPPER"), K(key, "camel"), K(key, "snake"), K(key, "Pascal"))
        return ch(fs)(*a), code
    return f


ENV_NATIVE = N(lambda U, c, s, P: "", lambda *a: "********", lambda U, c, s, P: f"${{{U}}}",
               lambda U, c, s, P: f"/run/secrets/{s}", lambda *a: "<set-me>")
MAIL_NATIVE = N(lambda *a: "********", lambda *a: "[hidden]", lambda *a: "(sent separately via 1Password)",
                lambda *a: "<removed by DLP>")
KV_KINDS = {"token", "url", "password", "dbpass"}
HAR_FMTS = [n for n, f in FMT.items() if (f.kind == "token" and f.http) or f.kind in ("cookie", "basic", "url")]
K8S_INNER = [n for n, f in FMT.items() if f.kind in ("token", "password", "dbpass", "pem", "url")]
GIT_FMTS = ["github_pat_classic", "github_pat_fine_grained", "github_app_token", "gitlab_pat", "bitbucket_app_password",
            "password", "basic_auth_base64"]
NETRC_FMTS = ["github_pat_classic", "github_pat_fine_grained", "github_app_token", "gitlab_pat", "password",
              "artifactory_api_key", "pypi_token", "atlassian_api_token", "api_key"]

CTX = [
    Ctx("tool_result_json", 3, KV_KINDS | {"pem", "basic"}, render_tool_result, headers=True, envelope=0, kv_neg=0.2,
        native=N(lambda *a: "********", lambda *a: None, lambda *a: "[REDACTED]", lambda U, c, s, P: f"{{{{{c}}}}}"),
        negs=[n_tr_ids, n_tr_s3, n_tr_lockfile, n_tr_ghkeys, n_tr_jwks, n_tr_certs, n_tr_docs, n_tr_policy, n_tr_css,
              n_tr_minjs, n_tr_sourcemap, n_tr_secretrefs, n_tr_fixture, n_tr_commits, n_tr_buildinfo, n_tr_image_b64]),
    Ctx("tool_call_args_json", 3, KV_KINDS | {"pem", "cookie", "basic"}, render_tool_args, headers=True, envelope=0,
        pw_style="safe", kv_neg=0.4,
        native=N(lambda U, *a: f"${U}", lambda U, *a: f"${{{U}}}", lambda U, *a: f"{{{{secrets.{U}}}}}"),
        negs=[n_ta_shell, n_ta_write_example, n_ta_write_fixture, n_ta_write_css]),
    Ctx("ci_job_log", 2, KV_KINDS | {"pem", "cookie", "basic"}, render_ci_log, headers=True, pw_style="safe",
        ascii_keys=True, kv_neg=0.3,
        native=N(lambda *a: "***", lambda U, *a: f"${U}", lambda U, *a: f"${{{U}}}"),
        negs=[n_ci_checkout, n_ci_docker, n_ci_pip, n_ci_tests, n_ci_sha, n_ci_versions, n_ci_cache, n_ci_addmask]),
    Ctx("kubectl_get_yaml", 2, build_pos=build_kubectl_pos, fmts=K8S_INNER, kv_neg=0,
        negs=[n_k8s_configmap, n_k8s_describe, n_k8s_sealed, n_k8s_external, n_k8s_pod]),
    Ctx("env_dump", 2, KV_KINDS, render_env, ascii_keys=True, envelope=0.35, kv_neg=0.7, native=ENV_NATIVE,
        negs=[n_env_benign]),
    Ctx("docker_inspect", 1, KV_KINDS, render_docker_inspect, ascii_keys=True, envelope=0.25, kv_neg=0.6,
        native=ENV_NATIVE, negs=[n_docker_image]),
    Ctx("terraform_state", 1, KV_KINDS | {"pem"}, render_tf, ascii_keys=True, envelope=0.25, kv_neg=0.4,
        native=N(lambda *a: None, lambda *a: ""), negs=[n_tf_benign, n_tf_lock, n_tf_show]),
    Ctx("git_config", 1, build_pos=build_gitconfig_pos, fmts=GIT_FMTS, kv_neg=0, negs=[n_git_config]),
    Ctx("netrc", 1, build_pos=build_netrc_pos, fmts=NETRC_FMTS, kv_neg=0, negs=[n_netrc]),
    Ctx("docker_config_json", 1, build_pos=build_dockercfg_pos, fmts=["basic_auth_base64"], kv_neg=0,
        envelope=0.25, negs=[n_dockercfg]),
    Ctx("har_excerpt", 1, build_pos=build_har_pos, fmts=HAR_FMTS, headers=True, kv_neg=0, envelope=0.2, negs=[n_har]),
    Ctx("email", 1, KV_KINDS | {"pem"}, render_email, headers=True, kv_neg=0.3, native=MAIL_NATIVE,
        negs=[n_mail_masked, n_mail_policy, n_mail_order, n_mail_commits, n_mail_pubkey, n_mail_docs]),
    Ctx("support_ticket", 1, KV_KINDS | {"pem"}, render_ticket, headers=True, kv_neg=0.3, envelope=0.25,
        native=MAIL_NATIVE, negs=[n_tk_masked, n_tk_policy, n_tk_stack, n_tk_docs]),
    Ctx("sql_dump", 1, KV_KINDS | {"pem"}, render_sql, kv_neg=0.5,
        native=N(lambda *a: None, lambda *a: "", lambda *a: "********", lambda *a: sha64()),
        negs=[n_sql_hashed, n_sql_users, n_sql_binds]),
    Ctx("postman_collection", 1, {"token", "url", "password"}, render_postman, headers=True, envelope=0.25, kv_neg=0.6,
        native=N(lambda U, c, *a: f"{{{{{c}}}}}", lambda *a: ""), negs=[n_postman_env]),
    Ctx("openapi_example", 1, {"token", "url", "password", "basic"}, render_openapi, headers=True, kv_neg=0.5,
        native=N(lambda *a: "YOUR_API_KEY", lambda U, c, *a: f"<{c}>", lambda *a: "string", lambda *a: "sk_live_..."),
        negs=[n_openapi_docs]),
    Ctx("helm_values", 1, KV_KINDS | {"pem"}, render_helm, kv_neg=0.4,
        native=N(lambda *a: "", lambda U, c, *a: f"{{{{ .Values.global.{c} }}}}",
                 lambda U, c, *a: f"{{{{ .Values.secrets.{c} | quote }}}}"),
        negs=[n_helm_tpl, n_helm_existing, n_helm_sops]),
    Ctx("ansible_inventory", 1, KV_KINDS, render_ansible, pw_style="safe", ascii_keys=True, kv_neg=0.5,
        native=N(lambda U, c, s, P: f"{{{{ vault_{s} }}}}", lambda U, *a: f"{{{{ lookup('env', '{U}') }}}}"),
        negs=[n_ansible_vault, n_ansible_lookup]),
    Ctx("java_properties", 1, KV_KINDS, render_java_props, db=("jdbc", "plain"), kv_neg=0.4,
        native=N(lambda U, *a: f"${{{U}}}", lambda U, *a: f"${{{U}:}}",
                 lambda *a: f"ENC({b64e(rbytes(rint(24, 48)))})", lambda *a: "{cipher}" + hexs(rint(64, 128))),
        negs=[n_git_properties, n_jasypt, n_props_policy]),
    Ctx("dotnet_appsettings", 1, KV_KINDS, render_dotnet, db=("ado", "ado", "plain"), kv_neg=0.6,
        native=N(lambda U, c, s, P: f"#{{{P}}}#", lambda *a: "", lambda *a: "__SET_IN_KEYVAULT__",
                 lambda U, c, s, P: f"@Microsoft.KeyVault(SecretUri=https://kv-{company()[:10]}.vault.azure.net/secrets/{P}/{hexs(32)})"),
        negs=[n_dotnet_kv]),
    Ctx("rails_credentials", 1, KV_KINDS | {"pem"}, render_rails, kv_neg=0.5,
        native=N(lambda U, *a: f"<%= ENV.fetch('{U}') %>",
                 lambda U, c, s, P: f"<%= Rails.application.credentials.dig(:{s}) %>"),
        negs=[n_rails_enc, n_rails_dbyml]),
    Ctx("django_settings", 1, KV_KINDS | {"pem"}, render_django, kv_neg=0.5,
        native=N(lambda U, *a: f'os.environ["{U}"]', lambda U, *a: f'env("{U}")', lambda U, *a: f'config("{U}", default="")',
                 lambda U, *a: f'os.getenv("{U}", "")', code=True),
        negs=[n_django_static, n_django_validators]),
    Ctx("spring_application_yml", 1, KV_KINDS | {"pem"}, render_spring, db=("jdbc", "plain"), kv_neg=0.4,
        native=N(lambda U, *a: f"${{{U}}}", lambda U, *a: f"${{{U}:}}", lambda *a: "{cipher}" + hexs(96),
                 lambda U, c, s, P: f"vault:secret/data/app#{s}"),
        negs=[n_spring_cipher, n_spring_vault]),
    Ctx("mcp_server_config", 1, KV_KINDS, render_mcp, headers=True, envelope=0.2, kv_neg=0.6,
        native=N(lambda U, c, s, P: f"${{input:{s}}}", lambda U, *a: f"${{env:{U}}}", lambda *a: "<YOUR_TOKEN>",
                 lambda *a: ""),
        negs=[n_mcp_inputs]),
    Ctx("cli_credentials_file", 1, build_pos=build_cli_pos, fmts=CLI_FMTS, kv_neg=0, negs=[n_cli]),
]

used = Counter()
NEG_FAMILY = Counter()
AWS_PAIR = ("aws_access_key_id", "aws_secret_access_key")


def pick_formats(ctx):
    allowed = ctx.allowed()
    n = 2 if chance(0.33) else 1
    if len(allowed) == 1:
        fm = allowed * n
    else:
        def pick(excl=()):
            cands = [f for f in allowed if f not in excl]
            w = [FMT[f].weight / (1 + used[f]) ** 1.5 for f in cands]
            return rng.choices(cands, weights=w)[0]
        fm = [pick()]
        if n == 2:
            fm.append(pick(set(fm)))
        if any(f in AWS_PAIR for f in fm) and all(a in allowed for a in AWS_PAIR):
            force = ctx.name in ("terraform_state", "cli_credentials_file")
            has_a, has_s = AWS_PAIR[0] in fm, AWS_PAIR[1] in fm
            if has_s and not has_a and (force or chance(0.85)):
                fm = list(AWS_PAIR)
            elif has_a and not has_s and (force or chance(0.5)):
                fm = list(AWS_PAIR)
    for f in fm:
        used[f] += 1
    return fm


def build_row(ctx, positive):
    row = Row()
    if positive:
        fmts = pick_formats(ctx)
        tpl = (ctx.build_pos or kv_build_pos)(ctx, row, fmts)
    elif ctx.render is not None and (not ctx.negs or chance(ctx.kv_neg)):
        tpl = n_kv(ctx, row)
        NEG_FAMILY["kv_hard_values"] += 1
    else:
        fam = ch(ctx.negs)
        tpl = fam(ctx, row)
        NEG_FAMILY[fam.__name__] += 1
    if ctx.envelope and chance(ctx.envelope):
        tpl = tool_result_envelope(row, tpl)
    text, spans = row.finish(tpl)
    if positive:
        assert 1 <= len(spans) <= 2, (ctx.name, len(spans))
    else:
        assert not spans
    return text, spans


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    rows, seen = [], set()
    weights = [c.weight for c in CTX]
    for positive, n in ((True, N_POS), (False, N_NEG)):
        made = 0
        while made < n:
            ctx = rng.choices(CTX, weights)[0]
            text, spans = build_row(ctx, positive)
            if text in seen:
                continue
            seen.add(text)
            rows.append({"text": text, "secrets": spans, "context": ctx.name, "lookalike": not positive})
            made += 1
    rng.shuffle(rows)
    with open(argv[1], "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"h3-{i:05d}", "text": r["text"], "secrets": r["secrets"],
                                 "context": r["context"], "lookalike": r["lookalike"]}, ensure_ascii=False) + "\n")
    pos = [r for r in rows if not r["lookalike"]]
    fmts = Counter(s["format"] for r in pos for s in r["secrets"])
    ctxs_pos = Counter(r["context"] for r in pos)
    ctxs_neg = Counter(r["context"] for r in rows if r["lookalike"])
    print(f"rows={len(rows)} positive_rows={len(pos)} secrets={sum(fmts.values())} "
          f"lookalike_rows={len(rows) - len(pos)} formats={len(fmts)} contexts={len(ctxs_pos | ctxs_neg)}",
          file=sys.stderr)
    print("formats: " + ", ".join(f"{k}={v}" for k, v in sorted(fmts.items())), file=sys.stderr)
    print("look-alike families: " + ", ".join(f"{k}={v}" for k, v in sorted(NEG_FAMILY.items())), file=sys.stderr)
    print("contexts (pos/neg): " + ", ".join(f"{c.name}={ctxs_pos[c.name]}/{ctxs_neg[c.name]}" for c in CTX),
          file=sys.stderr)
    assert len(pos) >= 1200 and len(rows) - len(pos) >= 2500 and len(fmts) >= 20 and len(ctxs_pos) >= 12
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
