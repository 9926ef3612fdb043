#!/usr/bin/env python3
"""Held-out secret-detection corpus (standard library only, deterministic).

Usage:  python3 bench/scan-eval/heldout_secrets.py OUT.jsonl

Writes JSON Lines, one object per line:

    {"id": str, "text": str,
     "secrets": [{"start": int, "end": int, "format": str}],
     "context": str, "lookalike": bool}

`start`/`end` are Python character offsets of the secret VALUE inside `text`
(never the key / label / quotes / "Bearer " prefix).  Conventions worth knowing:

* connection strings (postgres://, mongodb+srv://, redis://, jdbc:, ADO.NET
  "Password=...;") -> the span covers the PASSWORD only, not the whole URL;
* Azure storage connection strings -> the span covers the AccountKey value only;
* Azure SAS URLs / tokens -> the span covers the `sig=` value only, exactly as it
  appears (i.e. still percent-encoded);
* Slack incoming-webhook URLs -> the span covers the whole URL (the URL *is*
  the credential);
* `Authorization: Bearer <tok>` -> the span covers <tok> only;
* when a context has to encode the value (JSON "\\n" escapes of a PEM block,
  percent-encoding inside a URL query string, YAML block-scalar indentation,
  XML entity escaping, CSV quote doubling) the span covers the value *as it
  appears in the text*.  The generator asserts, for every span, that
  text[start:end] == encode(raw_value) and that raw_value has the documented
  shape of its format.

The corpus was written from public descriptions of the token formats (vendor
docs, blog posts, gitleaks-style rule descriptions) without looking at the
detector under test.  All values are random (seeded) and are not real keys.
"""

from __future__ import annotations

import ast
import base64
import configparser
import csv
import hashlib
import html
import io
import json
import random
import re
import string
import sys
import tomllib
import urllib.parse
import uuid
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass, field

SEED = 20250917
POS_REPS = 2            # rows per (format spec x context) pair
LOOKALIKE_MIN = 3000    # minimum number of look-alike rows

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
LETTERS = UPPER + LOWER
ALNUM = LETTERS + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE62 = DIGITS + UPPER + LOWER
AWS_B32 = UPPER + "234567"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
PW_SYMBOLS = "!@#%^*-_+=.~?"
URL_PW_SYMBOLS = "-_.~"          # RFC 3986 unreserved: never needs escaping


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def digits_nz(rng, n):
    return str(rng.randint(1, 9)) + rs(rng, DIGITS, n - 1)


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def base62(n, width=6):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = BASE62[r] + s
    return s.rjust(width, "0")


def jenc(s):
    """JSON / C-like string-literal body escaping (char-level, so piecewise-safe)."""
    return json.dumps(s)[1:-1]


def pct(s):
    return urllib.parse.quote(s, safe="")


def xenc(s):
    return html.escape(s, quote=True)


def litnl(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n")


def csvq(s):
    return s.replace('"', '""')


def ident(s):
    return s


def indent_enc(prefix):
    def enc(s):
        return s.replace("\n", "\n" + prefix)
    return enc


def tf_enc(s):
    s = jenc(s)
    return s.replace("${", "$${").replace("%{", "%%{")


def kfmt(words, style):
    cap = [w[:1].upper() + w[1:] for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(cap[1:])
    if style == "pascal":
        return "".join(cap)
    if style == "kebab":
        return "-".join(words)
    if style == "dotted":
        return ".".join(words)
    if style == "header":
        return "-".join(cap)
    raise ValueError(style)


# --------------------------------------------------------------------------
# documents with tracked spans
# --------------------------------------------------------------------------

class Doc:
    """A text assembled from literal parts and (possibly secret) value pieces."""

    def __init__(self):
        self.parts = []  # (text, fmt, raw, enc)

    def t(self, s):
        self.parts.append((s, None, None, None))
        return self

    def v(self, pieces, enc=ident):
        for raw, fmt in pieces:
            self.parts.append((enc(raw), fmt, raw, enc))
        return self

    def extend(self, other):
        self.parts.extend(other.parts)
        return self

    def text(self):
        return "".join(p[0] for p in self.parts)

    def finish(self):
        out, spans, pos = [], [], 0
        for s, fmt, raw, enc in self.parts:
            if fmt:
                spans.append({"start": pos, "end": pos + len(s), "format": fmt,
                              "_raw": raw, "_enc": enc})
            out.append(s)
            pos += len(s)
        return "".join(out), spans


@dataclass
class Entry:
    words: list                     # key words, e.g. ["db", "password"]
    pieces: list                    # [(text, format-or-None)]
    kind: str = "value"             # value | number | expr | comment | header
    is_url: bool = False
    query: bool = False             # value is itself a URL query string
    hdr: tuple | None = None        # preferred HTTP header (name, prefix)
    secret: bool = False

    @property
    def text(self):
        return "".join(t for t, _ in self.pieces)

    @property
    def fmt(self):
        for _, f in self.pieces:
            if f:
                return f
        return None

    @property
    def multiline(self):
        return "\n" in self.text

    @property
    def http_url(self):
        return self.is_url and self.text.startswith(("https://", "http://"))


def V(words, value, kind="value", is_url=False):
    return Entry(list(words), [(value, None)], kind=kind, is_url=is_url)


def N(words, n):
    return Entry(list(words), [(str(n), None)], kind="number")


def C(text):
    return Entry([], [(text, None)], kind="comment")


def X(words, expr):
    return Entry(list(words), [(expr, None)], kind="expr")


def H(words, pieces):
    return Entry(list(words), pieces, kind="header")


# --------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------

SERVICES = ["billing-api", "checkout", "orders-worker", "notifier", "auth-gateway",
            "search-indexer", "reporting", "media-uploader", "crm-sync", "payments"]
HOSTS = ["db.internal.acme.io", "10.0.3.17", "pg-primary.prod.svc.cluster.local",
         "mysql-01.eu-west-1.rds.amazonaws.com", "cache.internal", "localhost",
         "analytics-db.corp.example.com", "orders.cluster-c8x2.us-east-1.rds.amazonaws.com"]
DBNAMES = ["app", "orders", "billing", "analytics", "crm", "inventory", "prod"]
USERS = ["app", "admin", "deploy", "svc_orders", "readonly", "postgres", "root",
         "etl_user", "billing", "ci-bot"]
REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2", "eu-central-1"]
BASE_URLS = ["https://api.acme.io/v2", "https://internal.example.com/api",
             "https://payments.example.org/v1", "http://localhost:8080"]
WORDS = ["Summer", "Falcon", "Orange", "Quartz", "River", "Maple", "Tiger", "Harbor",
         "Copper", "Winter", "Lemon", "Nebula", "Pixel", "Rocket", "Granite"]
SENTENCES = [
    "The quick brown fox jumps over the lazy dog.",
    "Quarterly revenue grew by 12 percent compared to last year.",
    "Please find the attached invoice for order 4471.",
    "Meeting moved to Thursday at 3pm in the large conference room.",
    "Thanks for your patience while we investigate the outage.",
    "Release notes: fixed pagination bug in the orders endpoint.",
    "Hello world, this is a test message from the staging environment.",
    "Shipping address updated, parcel will arrive on Monday.",
    "The cat sat on the mat and refused to move.",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    '{"event": "signup", "plan": "pro", "seats": 5}',
    "user=jane.doe@example.com;locale=en-GB;theme=dark",
]
PROSE_PASSWORD = [
    "Use a password of at least 12 characters.",
    "Passwords must contain at least one digit and one symbol.",
    "Rotate API keys every 90 days and never share them in chat.",
    "Never commit your token to git; store it in the secret manager instead.",
    "The password field is required when SSO is disabled.",
    "Password reset tokens expire after 30 minutes.",
    "Set a strong password for the admin account before going live.",
    "If you lose your API key you can generate a new one from the dashboard.",
    "The client secret is shown only once, copy it somewhere safe.",
    "Tokens are scoped per project and can be revoked at any time.",
]
TS_BASE = 1_700_000_000


def ts_iso(rng):
    import datetime
    t = TS_BASE + rng.randint(0, 60_000_000)
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % rng.randint(0, 999)


# --------------------------------------------------------------------------
# secret formats
# --------------------------------------------------------------------------

@dataclass
class Sec:
    fmt: str
    pieces: list
    keys: list
    kind: str = "value"
    is_url: bool = False
    query: bool = False
    hdr: tuple | None = None


BEARER = ("Authorization", "Bearer ")

# Shape of every raw value (self-check of the generator, not a detector).
SHAPES = {
    "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "github_pat_classic": r"ghp_[A-Za-z0-9]{36}",
    "github_oauth_token": r"gho_[A-Za-z0-9]{36}",
    "github_app_token": r"gh[su]_[A-Za-z0-9]{36}",
    "github_fine_grained_pat": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
    "slack_bot_token": r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}",
    "slack_user_token": r"xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[a-f0-9]{32}",
    "slack_webhook_url": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,10}/[A-Za-z0-9]{24}",
    "stripe_secret_key": r"sk_live_[A-Za-z0-9]{24,99}",
    "stripe_restricted_key": r"rk_live_[A-Za-z0-9]{24,99}",
    "stripe_publishable_key": r"pk_live_[A-Za-z0-9]{24,99}",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "google_oauth_client_secret": r"GOCSPX-[A-Za-z0-9_-]{28}",
    "openai_api_key": r"sk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}",
    "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "npm_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{60,}",
    "twilio_api_key": r"SK[a-f0-9]{32}",
    "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "azure_storage_account_key": r"[A-Za-z0-9+/]{86}==",
    "azure_sas_signature": r"[A-Za-z0-9%]{40,}%3D",
    "azure_client_secret": r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}",
    "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{20,}",
    "private_key": r"-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END (RSA |EC |OPENSSH )?PRIVATE KEY-----",
    "connection_string_password": r"[A-Za-z0-9_.~-]{12,32}",
    "shopify_access_token": r"shpat_[a-f0-9]{32}",
    "digitalocean_token": r"dop_v1_[a-f0-9]{64}",
    "databricks_token": r"dapi[a-f0-9]{32}(-\d)?",
    "password": r"[A-Za-z][A-Za-z0-9!@#%^*_+=.~?-]{9,19}",
    "bearer_token": r"[A-Za-z0-9_.~-]{32,80}",
    "generic_api_key": r"[A-Za-z0-9_-]{32,48}",
    "telegram_bot_token": r"\d{8,10}:AA[A-Za-z0-9_-]{33}",
    "mailchimp_api_key": r"[a-f0-9]{32}-us\d{1,2}",
    "linear_api_key": r"lin_api_[A-Za-z0-9]{40}",
    "newrelic_user_api_key": r"NRAK-[A-Z0-9]{27}",
    "grafana_service_account_token": r"glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}",
    "age_secret_key": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    "hashicorp_vault_token": r"hvs\.[A-Za-z0-9_-]{24,100}",
    "postman_api_key": r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
    "square_access_token": r"EAAA[A-Za-z0-9_-]{60}",
    "doppler_token": r"dp\.st\.([a-z0-9]{2,10}\.)?[A-Za-z0-9]{40,44}",
    "atlassian_api_token": r"ATATT3xFfGF0[A-Za-z0-9_-]{150,190}=[A-F0-9]{8}",
    "discord_bot_token": r"[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}",
}
SHAPES = {k: re.compile(v) for k, v in SHAPES.items()}


def one(fmt, value, keys, hdr=None, **kw):
    return Sec(fmt, [(value, fmt)], keys, hdr=hdr, **kw)


def gh_style(rng, prefix):
    # GitHub / npm "new" token format: 30 random base62 chars + 6-char base62
    # CRC32 of the random part (per GitHub's 2021 token-format blog post).
    body = rs(rng, ALNUM, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def f_aws_akid(rng):
    v = rng.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(rng, AWS_B32, 16)
    return one("aws_access_key_id", v, [["aws", "access", "key", "id"], ["aws", "access", "key"],
                                        ["access", "key", "id"], ["s3", "access", "key"]])


def aws_secret_value(rng):
    return rs(rng, B64, 40)


def f_aws_secret(rng):
    return one("aws_secret_access_key", aws_secret_value(rng),
               [["aws", "secret", "access", "key"], ["aws", "secret", "key"],
                ["secret", "access", "key"], ["s3", "secret", "key"], ["aws", "secret"]])


GH_KEYS = [["github", "token"], ["gh", "token"], ["github", "pat"], ["git", "token"],
           ["github", "access", "token"]]


def f_ghp(rng):
    return one("github_pat_classic", gh_style(rng, "ghp_"), GH_KEYS,
               hdr=rng.choice([("Authorization", "token "), BEARER]))


def f_gho(rng):
    return one("github_oauth_token", gh_style(rng, "gho_"),
               [["github", "oauth", "token"], ["gh", "oauth", "token"], ["oauth", "token"]],
               hdr=rng.choice([("Authorization", "token "), BEARER]))


def f_ghs(rng):
    return one("github_app_token", gh_style(rng, rng.choice(["ghs_", "ghu_"])),
               [["github", "app", "token"], ["installation", "token"], ["gh", "app", "token"]],
               hdr=rng.choice([("Authorization", "token "), BEARER]))


def f_ghfg(rng):
    v = "github_pat_11" + rs(rng, UPPER + DIGITS, 9) + rs(rng, ALNUM, 11) + "_" + rs(rng, ALNUM, 59)
    return one("github_fine_grained_pat", v, GH_KEYS, hdr=BEARER)


def f_gitlab(rng):
    return one("gitlab_pat", "glpat-" + rs(rng, ALNUM + "-_", 20),
               [["gitlab", "token"], ["gitlab", "private", "token"], ["ci", "job", "token"],
                ["gitlab", "pat"]], hdr=("PRIVATE-TOKEN", ""))


def f_slack_bot(rng):
    v = "xoxb-" + digits_nz(rng, rng.randint(10, 13)) + "-" + digits_nz(rng, rng.randint(10, 13)) + "-" + rs(rng, ALNUM, 24)
    return one("slack_bot_token", v, [["slack", "bot", "token"], ["slack", "token"], ["bot", "token"]], hdr=BEARER)


def f_slack_user(rng):
    v = "xoxp-" + "-".join(digits_nz(rng, rng.randint(10, 13)) for _ in range(3)) + "-" + rs(rng, HEX, 32)
    return one("slack_user_token", v, [["slack", "user", "token"], ["slack", "token"], ["slack", "oauth", "token"]], hdr=BEARER)


def f_slack_webhook(rng):
    v = ("https://hooks.slack.com/services/T" + rs(rng, UPPER + DIGITS, rng.choice([8, 10])) +
         "/B" + rs(rng, UPPER + DIGITS, rng.choice([8, 10])) + "/" + rs(rng, ALNUM, 24))
    # span = the whole webhook URL (the URL itself is the credential)
    return Sec("slack_webhook_url", [(v, "slack_webhook_url")],
               [["slack", "webhook", "url"], ["slack", "webhook"], ["alerts", "webhook", "url"]], is_url=True)


def stripe_body(rng):
    n = rng.choice([24, 24, 34, 99])
    if n == 99:
        return "51" + rs(rng, DIGITS + UPPER, 6) + rs(rng, ALNUM, 91)
    return rs(rng, ALNUM, n)


def f_stripe_sk(rng):
    return one("stripe_secret_key", "sk_live_" + stripe_body(rng),
               [["stripe", "secret", "key"], ["stripe", "api", "key"], ["stripe", "key"], ["stripe", "secret"]], hdr=BEARER)


def f_stripe_rk(rng):
    return one("stripe_restricted_key", "rk_live_" + stripe_body(rng),
               [["stripe", "restricted", "key"], ["stripe", "api", "key"], ["stripe", "key"]], hdr=BEARER)


def f_stripe_pk(rng):
    return one("stripe_publishable_key", "pk_live_" + stripe_body(rng),
               [["stripe", "publishable", "key"], ["stripe", "public", "key"], ["stripe", "pk"]])


def f_google(rng):
    return one("google_api_key", "AIzaSy" + rs(rng, ALNUM + "-_", 33),
               [["google", "api", "key"], ["maps", "api", "key"], ["firebase", "api", "key"], ["gcp", "api", "key"]],
               hdr=("X-Goog-Api-Key", ""))


def f_google_oauth(rng):
    return one("google_oauth_client_secret", "GOCSPX-" + rs(rng, B64URL, 28),
               [["google", "client", "secret"], ["oauth", "client", "secret"], ["client", "secret"]])


def f_openai(rng):
    r = rng.random()
    if r < 0.6:
        v = "sk-proj-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74)
    elif r < 0.75:
        v = "sk-svcacct-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74)
    else:
        v = "sk-" + rs(rng, ALNUM, 20) + "T3BlbkFJ" + rs(rng, ALNUM, 20)
    return one("openai_api_key", v, [["openai", "api", "key"], ["openai", "key"], ["llm", "api", "key"]], hdr=BEARER)


def f_anthropic(rng):
    return one("anthropic_api_key", "sk-ant-api03-" + rs(rng, B64URL, 93) + "AA",
               [["anthropic", "api", "key"], ["claude", "api", "key"], ["llm", "api", "key"]], hdr=("x-api-key", ""))


def f_hf(rng):
    return one("huggingface_token", "hf_" + rs(rng, LETTERS, 34),
               [["hf", "token"], ["huggingface", "token"], ["hugging", "face", "hub", "token"]], hdr=BEARER)


def f_npm(rng):
    return one("npm_token", gh_style(rng, "npm_"), [["npm", "token"], ["npm", "auth", "token"], ["node", "auth", "token"]], hdr=BEARER)


def f_pypi(rng):
    return one("pypi_token", "pypi-AgEIcHlwaS5vcmc" + rs(rng, B64URL, rng.randint(60, 160)),
               [["pypi", "token"], ["pypi", "api", "token"], ["twine", "password"], ["uv", "publish", "token"]], hdr=BEARER)


def f_twilio(rng):
    return one("twilio_api_key", "SK" + rs(rng, HEX, 32),
               [["twilio", "api", "key"], ["twilio", "key", "sid"], ["twilio", "api", "key", "sid"]])


def f_sendgrid(rng):
    return one("sendgrid_api_key", "SG." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43),
               [["sendgrid", "api", "key"], ["sendgrid", "key"], ["mail", "api", "key"]], hdr=BEARER)


def f_azure_storage(rng):
    key = b64(rng.randbytes(64))
    acct = rs(rng, LOWER, rng.randint(5, 10)) + rs(rng, DIGITS + LOWER, 3)
    if rng.random() < 0.7:
        pieces = [("DefaultEndpointsProtocol=https;AccountName=" + acct + ";AccountKey=", None),
                  (key, "azure_storage_account_key"), (";EndpointSuffix=core.windows.net", None)]
        return Sec("azure_storage_account_key", pieces,
                   [["azure", "storage", "connection", "string"], ["storage", "connection", "string"],
                    ["azure", "storage"], ["blob", "connection"]])
    return one("azure_storage_account_key", key, [["azure", "storage", "key"], ["azure", "storage", "account", "key"],
                                                  ["storage", "account", "key"]])


def f_azure_sas(rng):
    sig = pct(b64(rng.randbytes(32)))
    day = rng.randint(1, 28)
    params = ["sv=2022-11-02", rng.choice(["sr=b", "ss=b&srt=co", "ss=bfqt&srt=sco"]),
              "sp=" + rng.choice(["r", "rl", "racwdl", "rwdlacupiytfx"]),
              "st=2025-%02d-%02dT08:00:00Z" % (rng.randint(1, 9), day),
              "se=2026-%02d-%02dT16:00:00Z" % (rng.randint(1, 9), day), "spr=https"]
    acct = rs(rng, LOWER, rng.randint(5, 10)) + "store"
    if rng.random() < 0.7:
        head = "https://%s.blob.core.windows.net/%s/%s?" % (
            acct, rng.choice(["uploads", "backups", "exports", "media"]),
            rng.choice(["report.csv", "db-2025-05-01.bak", "video.mp4", "archive.zip"]))
        if rng.random() < 0.75:
            pieces = [(head + "&".join(params) + "&sig=", None), (sig, "azure_sas_signature")]
        else:
            pieces = [(head + "&".join(params[:3]) + "&sig=", None), (sig, "azure_sas_signature"),
                      ("&" + "&".join(params[3:]), None)]
        return Sec("azure_sas_signature", pieces, [["sas", "url"], ["blob", "sas", "url"], ["azure", "upload", "url"]],
                   is_url=True)
    lead = "?" if rng.random() < 0.3 else ""
    pieces = [(lead + "&".join(params) + "&sig=", None), (sig, "azure_sas_signature")]
    return Sec("azure_sas_signature", pieces, [["azure", "sas", "token"], ["sas", "token"], ["storage", "sas"]], query=True)


def f_azure_client_secret(rng):
    v = rs(rng, ALNUM + "_~.", 3) + rng.choice(DIGITS) + "Q~" + rs(rng, ALNUM + "_~.-", rng.randint(31, 34))
    return one("azure_client_secret", v, [["azure", "client", "secret"], ["client", "secret"], ["aad", "client", "secret"],
                                          ["entra", "client", "secret"]])


def f_jwt(rng):
    alg = rng.choice(["HS256", "HS256", "RS256", "ES256", "HS512"])
    header = {"alg": alg, "typ": "JWT"}
    if rng.random() < 0.4:
        header["kid"] = rs(rng, HEX, 16)
    iat = TS_BASE + rng.randint(0, 60_000_000)
    payload = {"sub": rng.choice([uuid4(rng), "user_" + digits_nz(rng, 6), "service-account"]),
               "iat": iat, "exp": iat + rng.choice([900, 3600, 86400, 2592000])}
    if rng.random() < 0.5:
        payload["iss"] = rng.choice(["https://auth.acme.io/", "https://login.example.com", "supabase"])
    if rng.random() < 0.5:
        payload["role"] = rng.choice(["admin", "service_role", "authenticated", "editor"])
    if rng.random() < 0.3:
        payload["email"] = rng.choice(["ops", "jane.doe", "m.chen"]) + "@example.com"
    siglen = {"HS256": 32, "HS512": 64, "RS256": 256, "ES256": 64}[alg]
    v = ".".join([b64u(json.dumps(header, separators=(",", ":")).encode()),
                  b64u(json.dumps(payload, separators=(",", ":")).encode()),
                  b64u(rng.randbytes(siglen))])
    return one("jwt", v, [["jwt"], ["access", "token"], ["auth", "token"], ["id", "token"], ["service", "role", "key"],
                          ["session", "jwt"]], hdr=BEARER)


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b"\x81" + bytes([n])
    return b"\x82" + n.to_bytes(2, "big")


def rsa_der(rng):
    # PKCS#1 RSAPrivateKey-ish: SEQUENCE { 0, n(257), e=65537, random rest }
    inner = (b"\x02\x01\x00" + b"\x02\x82\x01\x01\x00" + rng.randbytes(256) + b"\x02\x03\x01\x00\x01"
             + b"\x02\x82\x01\x00" + rng.randbytes(256) + b"\x02\x81\x81\x00" + rng.randbytes(128)
             + b"\x02\x81\x81\x00" + rng.randbytes(128) + b"\x02\x81\x80" + rng.randbytes(128)
             + b"\x02\x81\x80" + rng.randbytes(128) + b"\x02\x81\x80" + rng.randbytes(128))
    return b"\x30" + der_len(len(inner)) + inner


def pem_block(label, der, width=64):
    s = b64(der)
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def f_private_key(rng):
    kind = rng.choice(["rsa", "ec", "pkcs8", "openssh"])
    if kind == "rsa":
        v = pem_block("RSA PRIVATE KEY", rsa_der(rng))
    elif kind == "ec":
        der = (b"\x30\x77\x02\x01\x01\x04\x20" + rng.randbytes(32) +
               b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rng.randbytes(64))
        v = pem_block("EC PRIVATE KEY", der)
    elif kind == "pkcs8":
        rsa = rsa_der(rng)
        inner = (b"\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00"
                 + b"\x04" + der_len(len(rsa)) + rsa)
        v = pem_block("PRIVATE KEY", b"\x30" + der_len(len(inner)) + inner)
    else:
        pub = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rng.randbytes(32)
        check = rng.randbytes(4)
        priv = (check + check + pub + b"\x00\x00\x00\x40" + rng.randbytes(64)
                + b"\x00\x00\x00\x0c" + rng.choice([b"deploy@ci-01", b"jane@laptop1", b"root@bastion"]) + b"\x01\x02\x03")
        der = (b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none" * 2 + b"\x00\x00\x00\x00" + b"\x00\x00\x00\x01"
               + len(pub).to_bytes(4, "big") + pub + len(priv).to_bytes(4, "big") + priv)
        v = pem_block("OPENSSH PRIVATE KEY", der, width=70)
    return Sec("private_key", [(v, "private_key")],
               [["private", "key"], ["ssh", "private", "key"], ["tls", "private", "key"], ["signing", "key"],
                ["deploy", "key"], ["jwt", "private", "key"]])


def url_password(rng):
    n = rng.randint(12, 28)
    chars = [rng.choice(UPPER), rng.choice(LOWER), rng.choice(DIGITS)]
    chars += [rng.choice(ALNUM + URL_PW_SYMBOLS * 2) for _ in range(n - 3)]
    rng.shuffle(chars)
    return "".join(chars)


def f_connection(rng):
    # The span covers the PASSWORD only (not the whole URL / connection string).
    pw = url_password(rng)
    user = rng.choice(USERS)
    host = rng.choice(HOSTS)
    db = rng.choice(DBNAMES)
    style = rng.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "mongodb", "redis",
                        "amqp", "sqlalchemy", "jdbc", "adonet"])
    P = "connection_string_password"
    url = True
    if style in ("postgres", "postgresql"):
        pieces = [("%s://%s:" % (style, user), None), (pw, P),
                  ("@%s:5432/%s%s" % (host, db, rng.choice(["", "?sslmode=require"])), None)]
        keys = [["database", "url"], ["db", "url"], ["postgres", "url"], ["pg", "dsn"]]
    elif style == "mysql":
        pieces = [("mysql://%s:" % user, None), (pw, P), ("@%s:3306/%s" % (host, db), None)]
        keys = [["database", "url"], ["mysql", "url"], ["db", "dsn"]]
    elif style == "mongodb+srv":
        pieces = [("mongodb+srv://%s:" % user, None), (pw, P),
                  ("@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (rs(rng, LOWER + DIGITS, 5), db), None)]
        keys = [["mongodb", "uri"], ["mongo", "url"], ["database", "url"]]
    elif style == "mongodb":
        pieces = [("mongodb://%s:" % user, None), (pw, P), ("@%s:27017/%s?authSource=admin" % (host, db), None)]
        keys = [["mongodb", "uri"], ["mongo", "url"]]
    elif style == "redis":
        pieces = [(rng.choice(["redis://default:", "rediss://:", "redis://:"]), None), (pw, P),
                  ("@%s:6379/0" % host, None)]
        keys = [["redis", "url"], ["cache", "url"], ["celery", "broker", "url"]]
    elif style == "amqp":
        pieces = [("amqps://%s:" % user, None), (pw, P), ("@rabbit.%s/%s" % (host, db), None)]
        keys = [["amqp", "url"], ["rabbitmq", "url"], ["broker", "url"]]
    elif style == "sqlalchemy":
        pieces = [("postgresql+psycopg2://%s:" % user, None), (pw, P), ("@%s/%s" % (host, db), None)]
        keys = [["sqlalchemy", "database", "uri"], ["database", "url"]]
    elif style == "jdbc":
        pieces = [("jdbc:postgresql://%s:5432/%s?user=%s&password=" % (host, db, user), None), (pw, P),
                  (rng.choice(["", "&ssl=true"]), None)]
        keys = [["jdbc", "url"], ["datasource", "url"]]
    else:
        pieces = [("Server=tcp:%s,1433;Initial Catalog=%s;User ID=%s;Password=" % (host, db, user), None), (pw, P),
                  (";Encrypt=True;TrustServerCertificate=False;", None)]
        keys = [["connection", "string"], ["sql", "connection", "string"], ["default", "connection"]]
        url = False
    pieces = [p for p in pieces if p[0]]
    return Sec(P, pieces, keys, is_url=url)


def f_shopify(rng):
    return one("shopify_access_token", "shpat_" + rs(rng, HEX, 32),
               [["shopify", "access", "token"], ["shopify", "admin", "token"], ["shopify", "token"]],
               hdr=("X-Shopify-Access-Token", ""))


def f_do(rng):
    return one("digitalocean_token", "dop_v1_" + rs(rng, HEX, 64),
               [["digitalocean", "token"], ["do", "token"], ["digitalocean", "access", "token"]], hdr=BEARER)


def f_databricks(rng):
    v = "dapi" + rs(rng, HEX, 32) + ("-" + str(rng.randint(2, 3)) if rng.random() < 0.3 else "")
    return one("databricks_token", v, [["databricks", "token"], ["databricks", "pat"], ["dbx", "token"]], hdr=BEARER)


def gen_password(rng):
    if rng.random() < 0.3:
        core = [rng.choice(WORDS), str(rng.randint(10, 9999)), rng.choice(PW_SYMBOLS), rng.choice(WORDS).lower()]
        v = "".join(core)
        if len(v) < 10:
            v += rs(rng, ALNUM, 10 - len(v))
        return v[:20]
    n = rng.randint(10, 20)
    chars = [rng.choice(UPPER), rng.choice(LOWER), rng.choice(DIGITS), rng.choice(PW_SYMBOLS)]
    chars += [rng.choice(ALNUM + PW_SYMBOLS) for _ in range(n - 4)]
    rng.shuffle(chars)
    first = next(i for i, c in enumerate(chars) if c in LETTERS)
    chars[0], chars[first] = chars[first], chars[0]
    return "".join(chars)


def f_password(rng):
    return one("password", gen_password(rng),
               [["db", "password"], ["db", "pass"], ["password"], ["client", "secret"], ["api", "key"], ["token"],
                ["admin", "password"], ["smtp", "password"], ["redis", "password"], ["secret"],
                ["mysql", "root", "password"], ["ldap", "bind", "password"], ["app", "secret"], ["passwd"],
                ["db", "pwd"], ["postgres", "password"]])


def f_bearer(rng):
    r = rng.random()
    if r < 0.35:
        tok = rs(rng, ALNUM, rng.choice([32, 40, 48]))
    elif r < 0.6:
        tok = rs(rng, HEX, 64)
    elif r < 0.85:
        tok = rs(rng, B64URL, rng.choice([43, 64]))
    else:
        tok = rs(rng, ALNUM, 24) + "." + rs(rng, B64URL, 40)
    while tok.startswith("eyJ"):
        tok = rs(rng, ALNUM, 40)
    return Sec("bearer_token", [("Bearer ", None), (tok, "bearer_token")],
               [["auth", "header"], ["authorization", "header"], ["api", "authorization"]], kind="header")


def f_generic(rng):
    r = rng.random()
    if r < 0.4:
        v = rs(rng, HEX, 32)
    elif r < 0.8:
        v = rs(rng, ALNUM, 40)
    else:
        v = rs(rng, B64URL, 48)
    return one("generic_api_key", v, [["api", "key"], ["x", "api", "key"], ["secret", "key"], ["access", "token"],
                                      ["auth", "token"], ["service", "token"], ["private", "token"], ["apikey"],
                                      ["partner", "api", "secret"]], hdr=("X-Api-Key", ""))


def f_telegram(rng):
    return one("telegram_bot_token", digits_nz(rng, rng.choice([9, 10])) + ":AA" + rs(rng, B64URL, 33),
               [["telegram", "bot", "token"], ["tg", "token"], ["bot", "token"]])


def f_mailchimp(rng):
    return one("mailchimp_api_key", rs(rng, HEX, 32) + "-us" + str(rng.randint(1, 21)),
               [["mailchimp", "api", "key"], ["mailchimp", "key"], ["mc", "api", "key"]])


def f_linear(rng):
    return one("linear_api_key", "lin_api_" + rs(rng, ALNUM, 40), [["linear", "api", "key"], ["linear", "token"]],
               hdr=("Authorization", ""))


def f_newrelic(rng):
    return one("newrelic_user_api_key", "NRAK-" + rs(rng, UPPER + DIGITS, 27),
               [["new", "relic", "api", "key"], ["newrelic", "api", "key"], ["nr", "api", "key"]], hdr=("Api-Key", ""))


def f_grafana(rng):
    return one("grafana_service_account_token", "glsa_" + rs(rng, ALNUM, 32) + "_" + rs(rng, HEX, 8),
               [["grafana", "token"], ["grafana", "api", "key"], ["grafana", "service", "account", "token"]], hdr=BEARER)


def f_age(rng):
    return one("age_secret_key", "AGE-SECRET-KEY-1" + rs(rng, BECH32, 58),
               [["age", "key"], ["sops", "age", "key"], ["age", "secret", "key"]])


def f_vault(rng):
    if rng.random() < 0.5:
        v = "hvs." + rs(rng, B64URL, 24)
    else:
        v = "hvs.CAESI" + rs(rng, B64URL, 86)
    return one("hashicorp_vault_token", v, [["vault", "token"], ["vault", "root", "token"], ["vault", "auth", "token"]],
               hdr=("X-Vault-Token", ""))


def f_postman(rng):
    return one("postman_api_key", "PMAK-" + rs(rng, HEX, 24) + "-" + rs(rng, HEX, 34),
               [["postman", "api", "key"], ["postman", "key"]], hdr=("X-Api-Key", ""))


def f_square(rng):
    return one("square_access_token", "EAAA" + rs(rng, B64URL, 60),
               [["square", "access", "token"], ["square", "token"]], hdr=BEARER)


def f_doppler(rng):
    env = rng.choice(["", "prd.", "dev.", "stg."])
    return one("doppler_token", "dp.st." + env + rs(rng, ALNUM, 43),
               [["doppler", "token"], ["doppler", "service", "token"]], hdr=BEARER)


def f_atlassian(rng):
    return one("atlassian_api_token", "ATATT3xFfGF0" + rs(rng, B64URL, rng.randint(160, 180)) + "=" + rs(rng, "0123456789ABCDEF", 8),
               [["jira", "api", "token"], ["atlassian", "api", "token"], ["confluence", "token"]])


def f_discord(rng):
    uid = str(rng.randint(10 ** 17, 2 * 10 ** 18))
    v = b64u(uid.encode()) + "." + rs(rng, B64URL, 6) + "." + rs(rng, B64URL, 38)
    return one("discord_bot_token", v, [["discord", "bot", "token"], ["discord", "token"]], hdr=("Authorization", "Bot "))


# (spec name, generator).  "aws_secret_access_key.unlabeled" is rendered by
# render_aws_pair(); it yields an aws_access_key_id AND an unlabeled
# aws_secret_access_key in the same row.
FORMAT_SPECS = [
    ("aws_access_key_id", f_aws_akid),
    ("aws_secret_access_key", f_aws_secret),
    ("aws_secret_access_key.unlabeled", None),
    ("github_pat_classic", f_ghp),
    ("github_oauth_token", f_gho),
    ("github_app_token", f_ghs),
    ("github_fine_grained_pat", f_ghfg),
    ("gitlab_pat", f_gitlab),
    ("slack_bot_token", f_slack_bot),
    ("slack_user_token", f_slack_user),
    ("slack_webhook_url", f_slack_webhook),
    ("stripe_secret_key", f_stripe_sk),
    ("stripe_restricted_key", f_stripe_rk),
    ("stripe_publishable_key", f_stripe_pk),
    ("google_api_key", f_google),
    ("google_oauth_client_secret", f_google_oauth),
    ("openai_api_key", f_openai),
    ("anthropic_api_key", f_anthropic),
    ("huggingface_token", f_hf),
    ("npm_token", f_npm),
    ("pypi_token", f_pypi),
    ("twilio_api_key", f_twilio),
    ("sendgrid_api_key", f_sendgrid),
    ("azure_storage_account_key", f_azure_storage),
    ("azure_sas_signature", f_azure_sas),
    ("azure_client_secret", f_azure_client_secret),
    ("jwt", f_jwt),
    ("private_key", f_private_key),
    ("connection_string_password", f_connection),
    ("shopify_access_token", f_shopify),
    ("digitalocean_token", f_do),
    ("databricks_token", f_databricks),
    ("password", f_password),
    ("bearer_token", f_bearer),
    ("generic_api_key", f_generic),
    ("telegram_bot_token", f_telegram),
    ("mailchimp_api_key", f_mailchimp),
    ("linear_api_key", f_linear),
    ("newrelic_user_api_key", f_newrelic),
    ("grafana_service_account_token", f_grafana),
    ("age_secret_key", f_age),
    ("hashicorp_vault_token", f_vault),
    ("postman_api_key", f_postman),
    ("square_access_token", f_square),
    ("doppler_token", f_doppler),
    ("atlassian_api_token", f_atlassian),
    ("discord_bot_token", f_discord),
]
GEN = {name: g for name, g in FORMAT_SPECS if g}
# formats eligible as the optional second secret of a row (single-line, simple)
SECOND_POOL = [n for n, g in FORMAT_SPECS if g and n not in
               ("bearer_token", "private_key", "aws_secret_access_key", "slack_webhook_url", "azure_sas_signature")]


def sec_entry(rng, sec):
    return Entry(list(rng.choice(sec.keys)), list(sec.pieces), kind=sec.kind, is_url=sec.is_url,
                 query=sec.query, hdr=sec.hdr, secret=True)


# --------------------------------------------------------------------------
# benign filler entries (never secrets)
# --------------------------------------------------------------------------

def filler(rng):
    c = rng.randrange(14)
    if c == 0:
        return V(["region"], rng.choice(REGIONS))
    if c == 1:
        return N(["port"], rng.choice([443, 5432, 6379, 8080, 3306, 9200]))
    if c == 2:
        return V(["host"], rng.choice(HOSTS))
    if c == 3:
        return V(["log", "level"], rng.choice(["info", "debug", "warn"]))
    if c == 4:
        return N(["timeout", "seconds"], rng.choice([5, 10, 30, 60]))
    if c == 5:
        return V(["environment"], rng.choice(["production", "staging", "dev"]))
    if c == 6:
        return V(["bucket"], rng.choice(["acme-prod-uploads", "reports-archive", "media-eu-1"]))
    if c == 7:
        return V(["request", "id"], uuid4(rng))
    if c == 8:
        return N(["max", "retries"], rng.randint(1, 5))
    if c == 9:
        return V(["base", "url"], rng.choice(BASE_URLS))
    if c == 10:
        return V(["username"], rng.choice(USERS))
    if c == 11:
        return V(["service", "name"], rng.choice(SERVICES))
    if c == 12:
        return V(["app", "version"], "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 30), rng.randint(0, 20)))
    return V(["commit"], rs(rng, HEX, 40))


def dedupe(rng, entries):
    seen = []
    quals = ["backup", "secondary", "legacy", "fallback", "extra", "old", "new", "alt"]
    for e in entries:
        if e.kind == "comment":
            continue
        key = "_".join(e.words).lower()
        while key in seen:
            e.words = [rng.choice(quals)] + e.words
            key = "_".join(e.words).lower()
        seen.append(key)
    return entries


# --------------------------------------------------------------------------
# contexts
# --------------------------------------------------------------------------

def code_headers(e):
    return e.kind == "header"


def r_json(rng, entries):
    d = Doc()
    style = rng.choice(["snake", "snake", "camel", "upper"])
    ind = rng.choice(["  ", "    "])
    has_comment = any(e.kind == "comment" for e in entries)
    has_header = any(e.kind == "header" for e in entries)
    variant = rng.choice(["flat", "nested", "ecs"])
    if variant == "ecs" and (has_comment or has_header):
        variant = "nested"
    if variant == "ecs":
        d.t('{\n%s"family": "%s",\n%s"containerDefinitions": [\n%s{\n%s"name": "app",\n%s"image": "ghcr.io/acme/%s:%s",\n%s"environment": [\n'
            % (ind, rng.choice(SERVICES), ind, ind * 2, ind * 3, ind * 3, rng.choice(SERVICES),
               rng.choice(["latest", "1.8.2", "main"]), ind * 3))
        for i, e in enumerate(entries):
            d.t(ind * 4 + '{"name": "' + kfmt(e.words, "upper") + '", "value": "')
            d.v(e.pieces, jenc)
            d.t('"}' + (",\n" if i < len(entries) - 1 else "\n"))
        d.t("%s]\n%s}\n%s]\n}\n" % (ind * 3, ind * 2, ind))
        return d
    d.t("{\n")
    base = ind
    if variant == "nested":
        d.t(ind + '"%s": {\n' % rng.choice(["credentials", "config", "integrations", "secrets", "production", "settings"]))
        base = ind * 2
    items = [e for e in entries if e.kind != "header"]
    headers = [e for e in entries if e.kind == "header"]
    if headers:
        items.insert(rng.randint(0, len(items)), "HEADERS")
    ncom = 0
    for i, e in enumerate(items):
        d.t(base)
        if e == "HEADERS":
            d.t('"headers": {\n')
            for j, h in enumerate(headers):
                d.t(base + ind + '"Authorization": "')
                d.v(h.pieces, jenc)
                d.t('"' + (",\n" if j < len(headers) - 1 else "\n"))
            d.t(base + "}")
        elif e.kind == "comment":
            d.t('"%s": "%s"' % (["_comment", "description", "notes", "help"][ncom % 4], jenc(e.text)))
            ncom += 1
        elif e.kind in ("number", "expr"):
            d.t('"%s": ' % kfmt(e.words, style))
            d.v(e.pieces)
        else:
            d.t('"%s": "' % kfmt(e.words, style))
            d.v(e.pieces, jenc)
            d.t('"')
        d.t(",\n" if i < len(items) - 1 else "\n")
    if variant == "nested":
        d.t(ind + "}\n")
    d.t("}\n")
    return d


YAML_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_./+=@:~ ,()-]*")


def yaml_plain_ok(s):
    return (bool(YAML_PLAIN.fullmatch(s)) and ": " not in s and " #" not in s and not s.endswith((":", " "))
            and s.lower() not in ("true", "false", "yes", "no", "null", "on", "off", "y", "n")
            and not re.fullmatch(r"[0-9][0-9_.:eE+-]*", s))


def yaml_scalar(d, rng, e, indent, force_str=False):
    text = e.text
    if e.kind in ("number", "expr") and not force_str:
        d.v(e.pieces)
        return
    if "\n" in text:
        ind2 = indent + "  "
        d.t("|\n" + ind2)
        d.v(e.pieces, indent_enc(ind2))
        return
    if yaml_plain_ok(text) and rng.random() < 0.6:
        d.v(e.pieces)
    elif "'" not in text and rng.random() < 0.3:
        d.t("'")
        d.v(e.pieces)
        d.t("'")
    else:
        d.t('"')
        d.v(e.pieces, jenc)
        d.t('"')


def r_yaml(rng, entries):
    d = Doc()
    variant = rng.choice(["config", "config", "k8s", "compose", "gha"])
    if variant == "compose" and any(e.multiline for e in entries):
        variant = "k8s"
    svc = rng.choice(SERVICES)
    if variant == "config":
        style = rng.choice(["snake", "snake", "camel"])
        d.t("# %s configuration\n" % svc)
        d.t("%s:\n" % rng.choice(["app", "integrations", "credentials", "production", "services"]))
        ind = "  "
        for e in entries:
            if e.kind == "comment":
                d.t(ind + "# " + e.text + "\n")
            elif e.kind == "header":
                d.t(ind + "headers:\n" + ind * 2 + "Authorization: ")
                yaml_scalar(d, rng, e, ind * 2)
                d.t("\n")
            else:
                d.t(ind + kfmt(e.words, style) + ": ")
                yaml_scalar(d, rng, e, ind)
                d.t("\n")
        return d
    if variant == "k8s":
        d.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-secrets\n  namespace: %s\ntype: Opaque\nstringData:\n"
            % (svc, rng.choice(["default", "prod", "payments", "staging"])))
        ind, style = "  ", rng.choice(["upper", "kebab", "snake"])
    elif variant == "compose":
        d.t("services:\n  %s:\n    image: ghcr.io/acme/%s:%s\n    restart: unless-stopped\n    environment:\n"
            % (svc, svc, rng.choice(["latest", "2.3.1", "main"])))
        ind, style = "      ", "upper"
    else:
        d.t("name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n")
        ind, style = "      ", "upper"
    for e in entries:
        if e.kind == "comment":
            d.t(ind + "# " + e.text + "\n")
            continue
        d.t(ind + kfmt(e.words, style) + ": ")
        yaml_scalar(d, rng, e, ind, force_str=(variant == "k8s" and e.kind == "number"))
        d.t("\n")
    if variant == "gha":
        d.t("    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n")
    return d


DOTENV_SAFE = re.compile(r"[A-Za-z0-9_./:+=@,-]*")


def r_dotenv(rng, entries):
    d = Doc()
    d.t(rng.choice(["", "# .env\n", "# local development settings, do not commit\n", "# generated by setup.sh\n"]))
    for e in entries:
        if e.kind == "comment":
            d.t("# " + e.text + "\n")
            continue
        d.t(("export " if rng.random() < 0.1 else "") + kfmt(e.words, "upper") + "=")
        text = e.text
        if "\n" in text:
            d.t('"')
            d.v(e.pieces, ident if rng.random() < 0.5 else jenc)
            d.t('"')
        elif e.kind in ("number", "expr") or (DOTENV_SAFE.fullmatch(text) and rng.random() < 0.7):
            d.v(e.pieces)
        elif "'" not in text and rng.random() < 0.4:
            d.t("'")
            d.v(e.pieces)
            d.t("'")
        else:
            d.t('"')
            d.v(e.pieces, jenc)
            d.t('"')
        d.t("\n")
    return d


def py_str(d, rng, e, allow_triple=True):
    text = e.text
    if e.kind in ("number", "expr"):
        d.v(e.pieces)
    elif "\n" in text and allow_triple and '"""' not in text and "\\" not in text:
        d.t('"""')
        d.v(e.pieces)
        d.t('"""')
    elif "'" not in text and "\\" not in text and "\n" not in text and rng.random() < 0.4:
        d.t("'")
        d.v(e.pieces)
        d.t("'")
    else:
        d.t('"')
        d.v(e.pieces, jenc)
        d.t('"')


def r_python(rng, entries):
    d = Doc()
    variant = rng.choice(["const", "environ", "dict", "kwargs"])
    d.t(rng.choice(["import os\n\n", "import os\nimport requests\n\n", '"""Settings for the %s service."""\nimport os\n\n'
                    % rng.choice(SERVICES)]))
    if variant in ("const", "environ"):
        for e in entries:
            if e.kind == "comment":
                d.t("# " + e.text + "\n")
                continue
            if e.kind == "header":
                d.t("HEADERS = {\"Authorization\": ")
                if variant == "environ":
                    d.t('os.environ.get("%s", ' % kfmt(e.words, "upper"))
                    py_str(d, rng, e, False)
                    d.t(")")
                else:
                    py_str(d, rng, e)
                d.t("}\n")
                continue
            name = kfmt(e.words, "upper")
            d.t(name + " = ")
            if variant == "environ" and e.kind not in ("number", "expr"):
                d.t(rng.choice(['os.environ.get("%s", ', 'os.getenv("%s", ']) % name)
                py_str(d, rng, e, False)
                d.t(")")
            else:
                py_str(d, rng, e)
            d.t("\n")
        if rng.random() < 0.5:
            d.t("\n\ndef client():\n    return ApiClient(base_url=BASE_URL if 'BASE_URL' in globals() else None)\n")
        return d
    if variant == "dict":
        d.t(rng.choice(["SETTINGS", "CONFIG", "DATABASES_EXTRA", "INTEGRATIONS"]) + " = {\n")
        for e in entries:
            if e.kind == "comment":
                d.t("    # " + e.text + "\n")
            elif e.kind == "header":
                d.t('    "headers": {"Authorization": ')
                py_str(d, rng, e, False)
                d.t("},\n")
            else:
                d.t('    "%s": ' % kfmt(e.words, "snake"))
                py_str(d, rng, e, False)
                d.t(",\n")
        d.t("}\n")
        return d
    d.t("client = %s(\n" % rng.choice(["ApiClient", "Client", "boto3.client", "Settings", "connect"]))
    for e in entries:
        if e.kind == "comment":
            d.t("    # " + e.text + "\n")
        elif e.kind == "header":
            d.t('    headers={"Authorization": ')
            py_str(d, rng, e, False)
            d.t("},\n")
        else:
            d.t("    %s=" % kfmt(e.words, "snake"))
            py_str(d, rng, e, False)
            d.t(",\n")
    d.t(")\n")
    return d


def js_str(d, rng, e, allow_tpl=True):
    text = e.text
    if e.kind in ("number", "expr"):
        d.v(e.pieces)
    elif "\n" in text and allow_tpl and "`" not in text and "${" not in text and "\\" not in text:
        d.t("`")
        d.v(e.pieces)
        d.t("`")
    elif "'" not in text and "\\" not in text and "\n" not in text and rng.random() < 0.5:
        d.t("'")
        d.v(e.pieces)
        d.t("'")
    else:
        d.t('"')
        d.v(e.pieces, jenc)
        d.t('"')


def r_js(rng, entries):
    d = Doc()
    variant = rng.choice(["const", "env", "object", "client"])
    ts = rng.random() < 0.5
    d.t(rng.choice(["", "import { ApiClient } from './client';\n\n", "// config.%s\n" % ("ts" if ts else "js"),
                    "'use strict';\n\n"]))
    if variant in ("const", "env"):
        for e in entries:
            if e.kind == "comment":
                d.t("// " + e.text + "\n")
                continue
            if e.kind == "header":
                d.t("const headers = { Authorization: ")
                js_str(d, rng, e, variant == "const")
                d.t(" };\n")
                continue
            if variant == "env" and e.kind not in ("number", "expr"):
                d.t("const %s = process.env.%s %s " % (kfmt(e.words, "camel"), kfmt(e.words, "upper"),
                                                       rng.choice(["||", "??"])))
                js_str(d, rng, e, False)
            else:
                d.t(rng.choice(["const ", "export const "]) + kfmt(e.words, rng.choice(["upper", "camel"])) + " = ")
                js_str(d, rng, e)
            d.t(";\n")
        return d
    if variant == "object":
        d.t("export const config%s = {\n" % (": AppConfig" if ts else ""))
    else:
        d.t("const client = new %s({\n" % rng.choice(["ApiClient", "Client", "S3Client", "Pool"]))
    for e in entries:
        if e.kind == "comment":
            d.t("  // " + e.text + "\n")
        elif e.kind == "header":
            d.t("  headers: { Authorization: ")
            js_str(d, rng, e)
            d.t(" },\n")
        else:
            d.t("  %s: " % kfmt(e.words, "camel"))
            js_str(d, rng, e)
            d.t(",\n")
    d.t("};\n" if variant == "object" else "});\n")
    return d


SH_SAFE = re.compile(r"[A-Za-z0-9_./:@,+=-]+")


def sh_value(d, rng, e):
    text = e.text
    if e.kind == "expr":
        d.v(e.pieces)
    elif e.kind == "number" or (SH_SAFE.fullmatch(text) and rng.random() < 0.6):
        d.v(e.pieces)
    elif "'" not in text:
        d.t("'")
        d.v(e.pieces)
        d.t("'")
    else:
        enc = lambda s: s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`")
        d.t('"')
        d.v(e.pieces, enc)
        d.t('"')


def r_shell(rng, entries):
    d = Doc()
    d.t(rng.choice(["#!/usr/bin/env bash\nset -euo pipefail\n\n", "#!/bin/sh\n", "", "# source this file before running the tests\n"]))
    for e in entries:
        if e.kind == "comment":
            d.t("# " + e.text + "\n")
            continue
        if e.kind == "expr" and e.text == "":
            d.t("export " + kfmt(e.words, "upper") + "\n")
            continue
        d.t(rng.choice(["export ", "export ", "export ", "declare -x "]) + kfmt(e.words, "upper") + "=")
        sh_value(d, rng, e)
        d.t("\n")
    d.t(rng.choice(["", "\n./bin/%s --env production\n" % rng.choice(SERVICES), "\nexec python -m app\n"]))
    return d


def json_body(d, rng, entries, pretty):
    ind = "  " if pretty else ""
    nl = "\n" if pretty else ""
    sep = ": " if pretty or rng.random() < 0.5 else ":"
    d.t("{" + nl)
    ncom = 0
    for i, e in enumerate(entries):
        d.t(ind)
        if e.kind == "comment":
            d.t('"%s"%s"%s"' % (["description", "note", "comment"][ncom % 3], sep, jenc(e.text)))
            ncom += 1
        elif e.kind == "number":
            d.t('"%s"%s' % (kfmt(e.words, "snake"), sep))
            d.v(e.pieces)
        elif e.kind == "header":
            d.t('"headers"%s{"Authorization"%s"' % (sep, sep))
            d.v(e.pieces, jenc)
            d.t('"}')
        else:
            d.t('"%s"%s"' % (kfmt(e.words, "snake"), sep))
            d.v(e.pieces, jenc)
            d.t('"')
        d.t(("," + (nl or " ")) if i < len(entries) - 1 else nl)
    d.t("}")


def r_curl(rng, entries):
    d = Doc()
    for e in entries:
        if e.kind == "comment":
            d.t("# " + e.text + "\n")
    rest = [e for e in entries if e.kind != "comment"]
    url_entry = next((e for e in rest if e.http_url), None)
    hdrs, query, body, user = [], [], [], None
    used = {"content-type"}
    for e in rest:
        if e is url_entry:
            continue
        if e.kind == "header" and "authorization" not in used:
            hdrs.append(("Authorization", [], e))
            used.add("authorization")
            continue
        single = not e.multiline and not e.is_url and not e.query
        if e.secret and single and e.fmt == "password" and user is None and rng.random() < 0.6:
            user = e
            continue
        if e.secret and single and e.kind == "value" and e.fmt != "password" and rng.random() < 0.75:
            name, prefix = e.hdr or ("X-Api-Key", "")
            if name.lower() in used:
                name, prefix = "X-Api-Key", ""
            if name.lower() not in used:
                hdrs.append((name, [(prefix, None)] if prefix else [], e))
                used.add(name.lower())
                continue
        if single and e.kind != "header" and rng.random() < 0.3 and url_entry is None:
            query.append(e)
            continue
        body.append(e)
    method = "POST" if body or (url_entry and "hooks.slack" in url_entry.text) else rng.choice(["GET", "GET", "DELETE"])
    d.t("curl -sS%s " % (" -X " + method if method != "GET" else ""))
    cont = " \\\n  "
    if url_entry is not None:
        d.t('"')
        d.v(url_entry.pieces)
        d.t('"')
    else:
        d.t('"%s/%s' % (rng.choice(BASE_URLS), rng.choice(["v1/charges", "repos/acme/api/issues", "messages", "query", "upload", "users/me"])))
        for i, e in enumerate(query):
            d.t(("?" if i == 0 else "&") + kfmt(e.words, "snake") + "=")
            d.v([(t, f) for t, f in e.pieces if not (e.kind == "header" and f is None)], pct)
        d.t('"')
    for name, pre, e in hdrs:
        d.t(cont + '-H "' + name + ": ")
        d.v(pre)
        d.v(e.pieces)
        d.t('"')
    if user is not None:
        d.t(cont + "-u '" + rng.choice(USERS) + ":")
        d.v(user.pieces)
        d.t("'")
    if url_entry is not None and "hooks.slack" in url_entry.text and not body:
        d.t(cont + "-H 'Content-type: application/json'" + cont + "--data '{\"text\": \"deploy finished\"}'")
    if body:
        d.t(cont + '-H "Content-Type: application/json"')
        sub = Doc()
        json_body(sub, rng, body, pretty=rng.random() < 0.3)
        if "'" in sub.text() or rng.random() < 0.15:
            d.t(cont + "--data-binary @- <<'EOF'\n")
            d.extend(sub)
            d.t("\nEOF")
        else:
            d.t(cont + "-d '")
            d.extend(sub)
            d.t("'")
    d.t("\n")
    return d


LOGFMT_SAFE = re.compile(r'[^\s"=\\]+')


def r_log(rng, entries):
    d = Doc()
    svc = rng.choice(SERVICES)
    variant = rng.choice(["logfmt", "json", "pylog", "access"])
    if variant == "access" and any(e.kind in ("comment", "header") or e.multiline or e.is_url or e.query for e in entries):
        variant = "logfmt"
    level = rng.choice(["DEBUG", "INFO", "WARN", "ERROR"])

    def noise():
        return rng.choice([
            "%s INFO  [%s] http server listening on :8080\n" % (ts_iso(rng), svc),
            "%s DEBUG [%s] cache warm-up complete in %dms\n" % (ts_iso(rng), svc, rng.randint(3, 900)),
            "%s INFO  [%s] request_id=%s status=200 duration_ms=%d\n" % (ts_iso(rng), svc, uuid4(rng), rng.randint(2, 400)),
            "%s WARN  [%s] retrying upstream call attempt=%d\n" % (ts_iso(rng), svc, rng.randint(1, 4)),
        ])
    for _ in range(rng.randint(0, 2)):
        d.t(noise())
    msgs = [e.text for e in entries if e.kind == "comment"]
    msg = msgs[0] if msgs else rng.choice(["loaded configuration", "outbound request", "connecting to upstream",
                                           "auth failed, dumping settings", "initialising client"])
    rest = [e for e in entries if e.kind != "comment"]
    if variant == "logfmt":
        d.t('time=%s level=%s svc=%s msg="%s"' % (ts_iso(rng), level.lower(), svc, jenc(msg)))
        for m in msgs[1:]:
            d.t(' note="%s"' % jenc(m))
        for e in rest:
            key = "authorization" if e.kind == "header" else kfmt(e.words, "snake")
            d.t(" " + key + "=")
            if LOGFMT_SAFE.fullmatch(e.text):
                d.v(e.pieces)
            else:
                d.t('"')
                d.v(e.pieces, jenc)
                d.t('"')
        d.t("\n")
    elif variant == "json":
        d.t('{"ts":"%s","level":"%s","logger":"%s","msg":"%s"' % (ts_iso(rng), level.lower(), svc, jenc(msg)))
        for m in msgs[1:]:
            d.t(',"note":"%s"' % jenc(m))
        for e in rest:
            if e.kind == "header":
                d.t(',"headers":{"Authorization":"')
                d.v(e.pieces, jenc)
                d.t('"}')
            elif e.kind == "number":
                d.t(',"%s":' % kfmt(e.words, "snake"))
                d.v(e.pieces)
            else:
                d.t(',"%s":"' % kfmt(e.words, "snake"))
                d.v(e.pieces, jenc)
                d.t('"')
        d.t("}\n")
    elif variant == "pylog":
        d.t("%s,%03d %s %s.settings: %s: {" % (ts_iso(rng)[:19].replace("T", " "), rng.randint(0, 999), level, svc.replace("-", "_"), msg))
        for i, e in enumerate(rest):
            key = "Authorization" if e.kind == "header" else kfmt(e.words, "snake")
            d.t("'%s': " % key)
            if e.kind == "number":
                d.v(e.pieces)
            elif "'" not in e.text:
                d.t("'")
                d.v(e.pieces, litnl)
                d.t("'")
            else:
                d.t('"')
                d.v(e.pieces, jenc)
                d.t('"')
            if i < len(rest) - 1:
                d.t(", ")
        d.t("}\n")
    else:
        d.t('%d.%d.%d.%d - - [%02d/May/2025:%02d:%02d:%02d +0000] "GET /%s' % (
            rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254),
            rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
            rng.choice(["api/v1/export", "webhooks/callback", "search", "v2/reports"])))
        for i, e in enumerate(rest):
            d.t(("?" if i == 0 else "&") + kfmt(e.words, "snake") + "=")
            d.v(e.pieces, pct)
        d.t(' HTTP/1.1" %d %d "-" "%s"\n' % (rng.choice([200, 200, 401, 403, 500]), rng.randint(100, 90000),
                                            rng.choice(["curl/8.5.0", "python-requests/2.31.0", "Mozilla/5.0 (X11; Linux x86_64)"])))
    for _ in range(rng.randint(0, 2)):
        d.t(noise())
    return d


def r_http(rng, entries):
    d = Doc()
    host = rng.choice(["api.acme.io", "api.example.com", "internal-gw.corp.example.net", "payments.example.org"])
    hdrs, body = [], []
    used = set()
    for e in entries:
        if e.kind == "header" and "authorization" not in used:
            hdrs.append(("Authorization", [], e))
            used.add("authorization")
        elif e.secret and e.kind == "value" and not e.multiline and not e.is_url and not e.query and e.fmt != "password" \
                and rng.random() < 0.8:
            name, prefix = e.hdr or ("X-Api-Key", "")
            if name.lower() in used:
                name, prefix = "X-Api-Key", ""
            if name.lower() in used:
                body.append(e)
            else:
                hdrs.append((name, [(prefix, None)] if prefix else [], e))
                used.add(name.lower())
        else:
            body.append(e)
    response = not hdrs and rng.random() < 0.3
    bdoc = Doc()
    ctype = "application/json"
    if body:
        if not response and not any(e.multiline or e.kind in ("comment", "header") for e in body) and rng.random() < 0.3:
            ctype = "application/x-www-form-urlencoded"
            for i, e in enumerate(body):
                bdoc.t(("&" if i else "") + kfmt(e.words, "snake") + "=")
                bdoc.v(e.pieces, pct)
        else:
            json_body(bdoc, rng, body, pretty=rng.random() < 0.5)
    if response:
        d.t("HTTP/1.1 200 OK\nDate: Tue, 06 May 2025 %02d:%02d:%02d GMT\n" % (
            rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
        d.t("Cache-Control: no-store\nX-Request-Id: %s\n" % uuid4(rng))
    else:
        d.t("%s /%s HTTP/1.1\nHost: %s\n" % ("POST" if body else "GET",
                                            rng.choice(["v1/charges", "api/v2/messages", "graphql", "v1/chat/completions", "internal/sync"]), host))
        d.t("User-Agent: %s\nAccept: application/json\n" % rng.choice(["python-requests/2.31.0", "axios/1.6.8", "okhttp/4.12.0", "curl/8.5.0"]))
        for name, pre, e in hdrs:
            d.t(name + ": ")
            d.v(pre)
            d.v(e.pieces)
            d.t("\n")
        if rng.random() < 0.5:
            d.t("X-Request-Id: %s\n" % uuid4(rng))
    if body:
        d.t("Content-Type: %s\nContent-Length: %d\n\n" % (ctype, len(bdoc.text())))
        d.extend(bdoc)
        d.t("\n")
    else:
        d.t("\n")
    return d


DOCKER_SAFE = re.compile(r"[A-Za-z0-9_./:@,+=-]+")


def r_docker(rng, entries):
    d = Doc()
    img = rng.choice(["python:3.12-slim", "node:20-alpine", "golang:1.22", "eclipse-temurin:21-jre", "ubuntu:24.04"])
    d.t("FROM %s\n" % img)
    if rng.random() < 0.5:
        d.t('LABEL org.opencontainers.image.source="https://github.com/acme/%s"\n' % rng.choice(SERVICES))
    d.t("WORKDIR /app\n")
    if rng.random() < 0.5:
        d.t("COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n")
    for e in entries:
        if e.kind == "comment":
            d.t("# " + e.text + "\n")
            continue
        key = kfmt(e.words, "upper")
        if e.kind == "expr" and e.text == "":
            d.t("ARG " + key + "\n")
            continue
        kw = rng.choice(["ENV", "ENV", "ENV", "ARG"])
        text = e.text
        if e.kind in ("number", "expr") or (DOCKER_SAFE.fullmatch(text) and "\n" not in text):
            if kw == "ENV" and e.kind != "expr" and rng.random() < 0.3:
                d.t("ENV %s " % key)
            else:
                d.t("%s %s=" % (kw, key))
            d.v(e.pieces)
        else:
            d.t('%s %s="' % (kw, key))
            d.v(e.pieces, jenc)
            d.t('"')
        d.t("\n")
    d.t("COPY . .\nEXPOSE %d\n" % rng.choice([8000, 8080, 3000]))
    d.t(rng.choice(['CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]\n', 'CMD ["node", "dist/index.js"]\n',
                    'ENTRYPOINT ["/app/server"]\n']))
    return d


def tf_value(d, rng, e, indent):
    if e.kind in ("number", "expr"):
        d.v(e.pieces)
    elif e.multiline:
        d.t("<<EOT\n")
        d.v(e.pieces)
        d.t("\nEOT")
    else:
        d.t('"')
        d.v(e.pieces, tf_enc)
        d.t('"')


def r_terraform(rng, entries):
    d = Doc()
    variant = rng.choice(["variables", "provider", "k8s_secret", "locals"])
    if variant == "variables" and any(e.kind == "expr" for e in entries):
        variant = "locals"
    if variant == "variables":
        for e in entries:
            if e.kind == "comment":
                d.t("# " + e.text + "\n")
                continue
            d.t('variable "%s" {\n' % kfmt(e.words, "snake"))
            d.t("  type      = %s\n" % ("number" if e.kind == "number" else "string"))
            d.t("  default   = ")
            tf_value(d, rng, e, "  ")
            d.t("\n")
            if e.secret or rng.random() < 0.5:
                d.t("  sensitive = true\n")
            d.t("}\n\n")
        return d
    if variant == "provider":
        d.t('provider "%s" {\n' % rng.choice(["aws", "github", "datadog", "cloudflare", "postgresql", "restapi", "vault"]))
        ind = "  "
    elif variant == "k8s_secret":
        d.t('resource "kubernetes_secret" "%s" {\n  metadata {\n    name      = "%s-env"\n    namespace = "%s"\n  }\n\n  data = {\n'
            % (rng.choice(SERVICES).replace("-", "_"), rng.choice(SERVICES), rng.choice(["default", "prod", "apps"])))
        ind = "    "
    else:
        d.t("locals {\n")
        ind = "  "
    for e in entries:
        if e.kind == "comment":
            d.t(ind + "# " + e.text + "\n")
        elif e.kind == "header":
            d.t(ind + "headers = {\n" + ind + "  Authorization = ")
            tf_value(d, rng, e, ind)
            d.t("\n" + ind + "}\n")
        else:
            d.t(ind + kfmt(e.words, "snake") + " = ")
            tf_value(d, rng, e, ind)
            d.t("\n")
    if variant == "k8s_secret":
        d.t("  }\n\n  type = \"Opaque\"\n}\n")
    else:
        d.t("}\n")
    return d


def r_ini(rng, entries):
    d = Doc()
    sections = rng.sample(["default", "database", "credentials", "api", "smtp", "app:main", "client", "server"], 2)
    split = rng.randint(0, len(entries))
    style = rng.choice(["snake", "snake", "kebab"])
    sep = rng.choice([" = ", "=", ": "])
    d.t(rng.choice(["", "; settings.ini\n", "# managed by ansible\n"]))
    for i, e in enumerate(entries):
        if i == 0:
            d.t("[%s]\n" % sections[0])
        elif i == split:
            d.t("\n[%s]\n" % sections[1])
        if e.kind == "comment":
            d.t(rng.choice(["; ", "# "]) + e.text + "\n")
            continue
        key = "authorization" if e.kind == "header" else kfmt(e.words, style)
        d.t(key + sep)
        d.v(e.pieces, indent_enc("    "))
        d.t("\n")
    return d


def toml_value(d, rng, e):
    text = e.text
    if e.kind == "number":
        d.v(e.pieces)
    elif "\n" in text and "'''" not in text:
        d.t("'''\n")
        d.v(e.pieces)
        d.t("\n'''")
    elif "'" not in text and "\n" not in text and rng.random() < 0.3:
        d.t("'")
        d.v(e.pieces)
        d.t("'")
    else:
        d.t('"')
        d.v(e.pieces, jenc)
        d.t('"')


def r_toml(rng, entries):
    d = Doc()
    d.t(rng.choice(["", "# config.toml\n", "# Application settings\n"]))
    top = rng.random() < 0.3
    if not top:
        d.t("[%s]\n" % rng.choice(["database", "credentials", "api", "tool.%s" % rng.choice(["deploy", "release"]), "server", "integrations"]))
    for e in entries:
        if e.kind == "comment":
            d.t("# " + e.text + "\n")
        elif e.kind == "header":
            d.t("headers = { Authorization = ")
            toml_value(d, rng, e)
            d.t(" }\n")
        else:
            d.t(kfmt(e.words, "snake") + " = ")
            toml_value(d, rng, e)
            d.t("\n")
    return d


def r_properties(rng, entries):
    d = Doc()
    prefix = rng.choice(["", "app.", "spring.datasource.", "service.auth.", "integration."])
    style = rng.choice(["dotted", "kebab", "camel"])
    sep = rng.choice(["=", " = ", ":"])
    d.t(rng.choice(["", "# application.properties\n", "# Spring Boot configuration\n"]))
    for e in entries:
        if e.kind == "comment":
            d.t(rng.choice(["# ", "! "]) + e.text + "\n")
            continue
        key = prefix + ("http.authorization" if e.kind == "header" else kfmt(e.words, style))
        d.t(key + sep)
        d.v(e.pieces, litnl)
        d.t("\n")
    return d


def r_xml(rng, entries):
    d = Doc()
    variant = rng.choice(["appsettings", "elements", "spring", "android"])
    if variant in ("appsettings", "spring") and any(e.multiline for e in entries):
        variant = "elements"
    d.t('<?xml version="1.0" encoding="utf-8"?>\n')
    comments = [e for e in entries if e.kind == "comment"]
    rest = [e for e in entries if e.kind != "comment"]

    def name_of(e, style):
        if e.kind == "header":
            return kfmt(["authorization", "header"], style)
        return kfmt(e.words, style)
    if variant == "appsettings":
        conns = [e for e in rest if e.fmt == "connection_string_password" or (e.is_url and not e.http_url)]
        apps = [e for e in rest if e not in conns]
        d.t("<configuration>\n")
        for c in comments:
            d.t("  <!-- %s -->\n" % c.text)
        d.t("  <appSettings>\n")
        for e in apps:
            d.t('    <add key="%s" value="' % name_of(e, "pascal"))
            d.v(e.pieces, xenc)
            d.t('" />\n')
        d.t("  </appSettings>\n")
        if conns:
            d.t("  <connectionStrings>\n")
            for e in conns:
                d.t('    <add name="%s" connectionString="' % name_of(e, "pascal"))
                d.v(e.pieces, xenc)
                d.t('" providerName="%s" />\n' % rng.choice(["System.Data.SqlClient", "Npgsql", "MySql.Data.MySqlClient"]))
            d.t("  </connectionStrings>\n")
        d.t("</configuration>\n")
    elif variant == "spring":
        d.t('<beans xmlns="http://www.springframework.org/schema/beans">\n')
        for c in comments:
            d.t("  <!-- %s -->\n" % c.text)
        d.t('  <bean id="%s" class="com.acme.config.%s">\n' % (rng.choice(["dataSource", "apiClient", "mailSender"]),
                                                              rng.choice(["ClientFactory", "DataSourceConfig", "Settings"])))
        for e in rest:
            d.t('    <property name="%s" value="' % name_of(e, "camel"))
            d.v(e.pieces, xenc)
            d.t('"/>\n')
        d.t("  </bean>\n</beans>\n")
    elif variant == "android":
        d.t("<resources>\n")
        for c in comments:
            d.t("    <!-- %s -->\n" % c.text)
        for e in rest:
            tag = "integer" if e.kind == "number" else "string"
            d.t('    <%s name="%s">' % (tag, name_of(e, "snake")))
            d.v(e.pieces, xenc)
            d.t("</%s>\n" % tag)
        d.t("</resources>\n")
    else:
        root = rng.choice(["config", "settings", "server", "integration"])
        d.t("<%s>\n" % root)
        for c in comments:
            d.t("  <!-- %s -->\n" % c.text)
        for e in rest:
            tag = name_of(e, "camel")
            d.t("  <%s>" % tag)
            d.v(e.pieces, xenc)
            d.t("</%s>\n" % tag)
        d.t("</%s>\n" % root)
    return d


def r_csv(rng, entries):
    d = Doc()

    def field(pieces):
        text = "".join(t for t, _ in pieces)
        if any(c in text for c in ',"\n\r') or rng.random() < 0.15:
            d.t('"')
            d.v(pieces, csvq)
            d.t('"')
        else:
            d.v(pieces)
    variant = rng.choice(["inventory", "inventory", "wide"])
    if variant == "wide" and not any(e.kind == "comment" for e in entries):
        cols = [e for e in entries]
        d.t(",".join(("authorization" if e.kind == "header" else kfmt(e.words, "snake")) for e in cols) + "\n")
        for i, e in enumerate(cols):
            if i:
                d.t(",")
            field(e.pieces)
        d.t("\n")
        return d
    d.t(rng.choice(["service,environment,name,value,owner\n", "system,env,variable,secret_value,team\n"]))
    svc = rng.choice(SERVICES)
    env = rng.choice(["prod", "staging", "dev"])
    for e in entries:
        if e.kind == "comment":
            d.t("%s,%s,NOTE," % (svc, env))
            field([(e.text, None)])
        else:
            name = "AUTHORIZATION" if e.kind == "header" else kfmt(e.words, "upper")
            d.t("%s,%s,%s," % (svc, env, name))
            field(e.pieces)
        d.t(",%s\n" % rng.choice(["platform", "payments", "data", "sre", "j.doe"]))
    return d


def r_url(rng, entries):
    d = Doc()
    comments = [e for e in entries if e.kind == "comment"]
    rest = [e for e in entries if e.kind != "comment"]
    for c in comments:
        d.t(c.text + "\n")
    bare = [e for e in rest if e.http_url]
    qstr = [e for e in rest if e.query]
    params = [e for e in rest if e not in bare and e not in qstr]
    wrap = rng.choice(["bare", "get", "md", "location", "fetch"])
    for e in bare:
        d.t(rng.choice(["", "Uploading to ", "callback: "]))
        d.v(e.pieces)
        d.t("\n")
    for e in qstr:
        d.t("https://%sstore.blob.core.windows.net/%s/%s" % (rs(rng, LOWER, 6), rng.choice(["uploads", "exports"]), rng.choice(["a.csv", "b.zip"])))
        if not e.text.startswith("?"):
            d.t("?")
        d.v(e.pieces)
        d.t("\n")
    if params or not (bare or qstr):
        host = rng.choice(["https://maps.googleapis.com/maps/api/geocode/json", "https://api.acme.io/v1/export",
                           "https://hooks.example.com/ingest", "https://app.example.com/oauth/callback",
                           "https://internal.example.net/admin/connect", "https://example.org/search"])
        pre = {"bare": "", "get": "GET ", "md": "[open report](", "location": "Location: ", "fetch": "fetch(\""}[wrap]
        post = {"bare": "", "get": " HTTP/1.1", "md": ")", "location": "", "fetch": "\")"}[wrap]
        d.t(pre + host)
        first = True
        if rng.random() < 0.5:
            d.t("?%s=%s" % (rng.choice(["format", "lang", "page", "region"]), rng.choice(["json", "en", "2", "eu"])))
            first = False
        for e in params:
            key = kfmt(e.words, rng.choice(["snake", "snake", "camel"]))
            pieces = e.pieces
            if e.kind == "header":
                key = "access_token"
                pieces = [(t, f) for t, f in e.pieces if f is not None or not t.startswith("Bearer")]
            elif e.is_url:
                key = rng.choice(["dsn", "url", "conn"])
            d.t(("?" if first else "&") + key + "=")
            d.v(pieces, pct)
            first = False
        d.t(post + "\n")
    return d


INNER = ["dotenv", "yaml", "python", "javascript", "shell_export", "json_config", "toml", "curl_command", "log_line"]

MD_INLINE = [
    ("Here is the {name} I'm using: `", "`"),
    ("{Name}: `", "`"),
    ("I set `{key}` to `", "` in the config and it still fails."),
    ("The {name} is ", " and it still returns 401."),
    ("{key} = ", ""),
    ("for reference the {name} is \"", "\" (copied from the dashboard)"),
]


def prose_value(d, rng, e, templates):
    name = " ".join(e.words) if e.words else "value"
    key = kfmt(e.words, "upper") if e.words else "VALUE"
    if e.kind == "comment":
        d.t(e.text + "\n")
        return
    if e.kind == "header":
        d.t(rng.choice(["I'm sending the header `Authorization: ", "Request header: `Authorization: "]))
        d.v(e.pieces)
        d.t("`\n")
        return
    if e.multiline:
        d.t(rng.choice(["Here is the %s:\n\n" % name, "%s (full content):\n\n" % key]) + "```\n")
        d.v(e.pieces)
        d.t("\n```\n")
        return
    if not e.secret:
        # never call a non-secret "the key" without naming what it is
        templates = [t for t in templates if "{" in t[0]]
    pre, post = rng.choice(templates)
    d.t(pre.format(name=name, Name=name[:1].upper() + name[1:], key=key))
    d.v(e.pieces)
    d.t(post + "\n")


def r_markdown(rng, entries):
    d = Doc()
    d.t(rng.choice(["### Describe the bug\n\n", "**Environment**\n\n", "Thanks for the quick reply!\n\n", "## Steps to reproduce\n\n"]))
    d.t(rng.choice(["After upgrading to v%d.%d the client fails to authenticate. " % (rng.randint(1, 4), rng.randint(0, 20)),
                    "I can reproduce this on a clean checkout. ",
                    "Same problem here. ",
                    ""]))
    if rng.random() < 0.5:
        inner = rng.choice(INNER)
        lang = {"dotenv": "env", "yaml": "yaml", "python": "python", "javascript": "js", "shell_export": "bash",
                "json_config": "json", "toml": "toml", "curl_command": "bash", "log_line": "text"}[inner]
        d.t("My config looks like this:\n\n```%s\n" % lang)
        d.extend(RENDER[inner](rng, entries))
        d.t("```\n\n")
    else:
        d.t("Details below.\n\n")
        for e in entries:
            prose_value(d, rng, e, MD_INLINE)
        d.t("\n")
    d.t(rng.choice(["Any idea what I'm doing wrong?\n", "**Expected behavior**\n\nThe request should succeed.\n",
                    "cc @maintainers\n", ""]))
    return d


CHAT_INLINE = [
    ("my {name} is ", " - can you check why it is rejected?"),
    ("here is the key: ", ""),
    ("I'm using {key}=", " in production."),
    ("use this {name}: `", "` when you call the API"),
    ("the {name} is \"", "\", please plug it into the script"),
]


def r_chat(rng, entries):
    d = Doc()
    d.t(rng.choice(["User: ", "", "[user] ", "Human: "]))
    d.t(rng.choice(["Hi! ", "hey, quick question. ", "Can you help me debug this? ", "I need a script that syncs our orders. "]))
    if rng.random() < 0.4:
        inner = rng.choice(INNER)
        d.t("Here's what I have:\n\n```\n")
        d.extend(RENDER[inner](rng, entries))
        d.t("```\n")
    else:
        d.t("\n")
        for e in entries:
            prose_value(d, rng, e, CHAT_INLINE)
    d.t(rng.choice(["It keeps failing with 401 Unauthorized. What am I missing?\n", "Can you write the Python for this?\n",
                    "thanks!\n", "Why does this not work?\n"]))
    return d


RENDER = {
    "json_config": r_json,
    "yaml": r_yaml,
    "dotenv": r_dotenv,
    "python": r_python,
    "javascript": r_js,
    "shell_export": r_shell,
    "curl_command": r_curl,
    "log_line": r_log,
    "http_request": r_http,
    "dockerfile": r_docker,
    "terraform": r_terraform,
    "ini": r_ini,
    "toml": r_toml,
    "java_properties": r_properties,
    "xml_config": r_xml,
    "markdown_issue": r_markdown,
    "csv": r_csv,
    "url_query": r_url,
    "chat_message": r_chat,
}
CONTEXTS = list(RENDER)
CODE_CTX = {"python", "javascript", "shell_export", "terraform", "dockerfile"}


# --------------------------------------------------------------------------
# AWS key pair without a label on the secret
# --------------------------------------------------------------------------

def render_aws_pair(rng, ctx):
    akid = f_aws_akid(rng).pieces[0][0]
    sk = aws_secret_value(rng)
    A = [(akid, "aws_access_key_id")]
    S = [(sk, "aws_secret_access_key")]
    d = Doc()
    r = rng.random()
    if ctx == "json_config":
        if r < 0.5:
            d.t('{\n  "profile": "%s",\n  "credentials": ["' % rng.choice(USERS)).v(A).t('", "').v(S, jenc).t('"]\n}\n')
        else:
            d.t('{\n  "region": "%s",\n  "keys": {"' % rng.choice(REGIONS)).v(A).t('": "').v(S, jenc).t('"}\n}\n')
    elif ctx == "yaml":
        if r < 0.5:
            d.t("s3:\n  bucket: %s\n  creds:\n    - " % rng.choice(["acme-prod-uploads", "media-eu-1"])).v(A).t('\n    - "').v(S, jenc).t('"\n')
        else:
            d.t("deploy_keys:\n  ").v(A).t(': "').v(S, jenc).t('"\n')
    elif ctx == "dotenv":
        d.t("# ci user\n%s=" % rng.choice(["AWS_CREDS", "S3_CREDENTIALS", "BACKUP_KEYS"])).v(A).t(":").v(S).t("\n")
    elif ctx == "python":
        d.t("import boto3\n\nsession = boto3.Session(\n    \"").v(A).t('",\n    "').v(S).t('",\n    region_name="%s",\n)\ns3 = session.client("s3")\n' % rng.choice(REGIONS))
    elif ctx == "javascript":
        d.t("const AWS = require('aws-sdk');\nAWS.config.credentials = new AWS.Credentials('").v(A).t("', '").v(S).t("');\n")
    elif ctx == "shell_export":
        if r < 0.5:
            d.t("printf '%s\\n%s\\n" + rng.choice(REGIONS) + "\\njson\\n' '").v(A).t("' '").v(S).t("' | aws configure --profile ci\n")
        else:
            d.t("echo '").v(A).t(":").v(S).t("' > ${HOME}/.passwd-s3fs\nchmod 600 ${HOME}/.passwd-s3fs\n")
    elif ctx == "curl_command":
        d.t('curl --aws-sigv4 "aws:amz:%s:s3" --user "' % rng.choice(REGIONS)).v(A).t(":").v(S).t('" https://%s.s3.amazonaws.com/report.csv\n' % rng.choice(["acme-prod-uploads", "media-eu-1"]))
    elif ctx == "log_line":
        if r < 0.5:
            d.t("%s WARN  [uploader] falling back to static credentials (" % ts_iso(rng)).v(A).t(", ").v(S).t(")\n")
        else:
            d.t("%s DEBUG botocore.credentials: resolved credentials ('" % ts_iso(rng)).v(A).t("', '").v(S).t("', None)\n")
    elif ctx == "http_request":
        d.t("POST /internal/backup-target HTTP/1.1\nHost: backup.corp.example.net\nContent-Type: text/plain\n\n").v(A).t("\n").v(S).t("\n")
    elif ctx == "dockerfile":
        d.t("FROM alpine:3.20\nRUN apk add --no-cache s3fs-fuse\nRUN echo \"").v(A).t(":").v(S).t("\" > /etc/passwd-s3fs && chmod 600 /etc/passwd-s3fs\n")
    elif ctx == "terraform":
        d.t('locals {\n  creds = ["').v(A).t('", "').v(S).t('"]\n}\n')
    elif ctx == "ini":
        d.t("[keys]\n").v(A).t(" = ").v(S).t("\n")
    elif ctx == "toml":
        d.t('[backup]\nbucket = "acme-backups"\ncredentials = ["').v(A).t('", "').v(S, jenc).t('"]\n')
    elif ctx == "java_properties":
        d.t("s3.credentials=").v(A).t(":").v(S).t("\n")
    elif ctx == "xml_config":
        d.t("<credentials>\n  <string>").v(A).t("</string>\n  <string>").v(S, xenc).t("</string>\n</credentials>\n")
    elif ctx == "markdown_issue":
        d.t("Here are the keys for the staging bucket so you can reproduce:\n\n```\n").v(A).t("\n").v(S).t("\n```\n")
    elif ctx == "csv":
        if r < 0.5:
            d.t("User name,Access key ID,Secret access key\n")
        d.t("%s," % rng.choice(USERS)).v(A).t(",").v(S).t("\n")
    elif ctx == "url_query":
        d.t("https://sync.example.net/upload?k=").v(A).t("&s=").v(S, pct).t("&bucket=acme\n")
    elif ctx == "chat_message":
        if r < 0.5:
            d.t("here are my creds:\n").v(A).t("\n").v(S).t("\nwhy does `aws s3 ls` say SignatureDoesNotMatch?\n")
        else:
            d.t("my aws keys are ").v(A).t(" and ").v(S).t(" can you write the boto3 code?\n")
    else:
        raise ValueError(ctx)
    return d


# --------------------------------------------------------------------------
# look-alikes
# --------------------------------------------------------------------------

def png_data_uri(rng):
    w, h = rng.randint(1, 64), rng.randint(1, 64)

    def chunk(tag, data):
        return len(data).to_bytes(4, "big") + tag + data + (zlib.crc32(tag + data) & 0xFFFFFFFF).to_bytes(4, "big")
    raw = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(min(w, 12) * 3)) for _ in range(min(h, 4)))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00")
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return "data:image/png;base64," + b64(png)


def la_uuid(rng, ctx):
    keys = [["request", "id"], ["trace", "id"], ["correlation", "id"], ["tenant", "id"], ["client", "id"],
            ["installation", "id"], ["subscription", "id"], ["idempotency", "key"], ["workspace", "id"], ["app", "id"]]
    return [V(k, uuid4(rng) if rng.random() < 0.8 else uuid4(rng).upper()) for k in rng.sample(keys, rng.randint(1, 3))]


def la_git_sha(rng, ctx):
    keys = [["commit"], ["git", "sha"], ["revision"], ["build", "commit"], ["parent", "sha"], ["head", "sha"]]
    out = []
    for k in rng.sample(keys, rng.randint(1, 2)):
        sha = hashlib.sha1(rng.randbytes(16)).hexdigest()
        out.append(V(k, sha if rng.random() < 0.8 else sha[:rng.choice([7, 8, 12])]))
    return out


def la_hash(rng, ctx):
    data = rng.choice(SENTENCES).encode() + rng.randbytes(8)
    opts = [(["sha256"], hashlib.sha256(data).hexdigest()), (["checksum"], hashlib.sha256(data).hexdigest()),
            (["md5"], hashlib.md5(data).hexdigest()), (["etag"], '"%s"' % hashlib.md5(data).hexdigest()),
            (["content", "hash"], hashlib.sha1(data).hexdigest()), (["fingerprint"], ":".join(hashlib.md5(data).hexdigest()[i:i + 2] for i in range(0, 32, 2))),
            (["sha512"], hashlib.sha512(data).hexdigest()), (["file", "hash"], "sha256:" + hashlib.sha256(data).hexdigest())]
    return [V(k, v) for k, v in rng.sample(opts, rng.randint(1, 2))]


def la_b64_text(rng, ctx):
    keys = [["payload"], ["message"], ["body", "b64"], ["data"], ["content"], ["encoded", "note"]]
    return [V(k, b64(rng.choice(SENTENCES).encode())) for k in rng.sample(keys, rng.randint(1, 2))]


def la_b64_image(rng, ctx):
    keys = [["avatar"], ["icon"], ["logo"], ["thumbnail"], ["favicon"]]
    k = rng.choice(keys)
    if rng.random() < 0.2:
        return [V(k, "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")]
    return [V(k, png_data_uri(rng))]


def ulid(rng):
    return rs(rng, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)


def la_random_ids(rng, ctx):
    opts = [
        lambda: V(["order", "id"], "ORD-%d-%06d" % (rng.randint(2021, 2025), rng.randint(0, 999999))),
        lambda: V(["request", "id"], "req_" + rs(rng, ALNUM, rng.choice([14, 24]))),
        lambda: V(["customer", "id"], "cus_" + rs(rng, ALNUM, 14)),
        lambda: V(["payment", "intent", "id"], "pi_" + rs(rng, ALNUM, 24)),
        lambda: V(["charge", "id"], "ch_" + rs(rng, ALNUM, 24)),
        lambda: V(["traceparent"], "00-%s-%s-01" % (rs(rng, HEX, 32), rs(rng, HEX, 16))),
        lambda: V(["xray", "trace", "id"], "1-%s-%s" % (rs(rng, HEX, 8), rs(rng, HEX, 24))),
        lambda: V(["object", "id"], rs(rng, HEX, 24)),
        lambda: V(["event", "id"], ulid(rng)),
        lambda: V(["message", "id"], str(rng.randint(10 ** 17, 10 ** 18))),
        lambda: V(["span", "id"], rs(rng, HEX, 16)),
        lambda: V(["job", "id"], rs(rng, B64URL, 21)),
        lambda: V(["invoice", "number"], "INV-%d-%05d" % (rng.randint(2021, 2025), rng.randint(0, 99999))),
        lambda: V(["stripe", "account"], "acct_1" + rs(rng, ALNUM, 15)),
        lambda: V(["ksuid"], rs(rng, ALNUM, 27)),
        lambda: V(["shipment", "tracking"], "1Z" + rs(rng, UPPER + DIGITS, 16)),
    ]
    return [f() for f in rng.sample(opts, rng.randint(1, 3))]


PLACEHOLDERS = [
    (["api", "key"], "<your-api-key>"), (["api", "key"], "YOUR_API_KEY"), (["api", "key"], "${API_KEY}"),
    (["password"], "changeme"), (["db", "password"], "xxxxxxxx"), (["password"], "********"),
    (["stripe", "secret", "key"], "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"), (["stripe", "secret", "key"], "sk_live_..."),
    (["aws", "access", "key", "id"], "AKIAIOSFODNN7EXAMPLE"),
    (["aws", "secret", "access", "key"], "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    (["github", "token"], "ghp_" + "x" * 36), (["github", "token"], "<GITHUB_TOKEN>"),
    (["token"], "<TOKEN>"), (["password"], "your_password_here"), (["client", "secret"], "REPLACE_ME"),
    (["openai", "api", "key"], "sk-..."), (["anthropic", "api", "key"], "sk-ant-..."),
    (["secret"], "<redacted>"), (["db", "password"], "{{ db_password }}"),
    (["jwt", "secret"], "change-this-in-production"), (["password"], "password"), (["admin", "password"], "admin"),
    (["hf", "token"], "hf_" + "x" * 34), (["slack", "webhook", "url"], "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"),
    (["database", "url"], "postgres://user:password@localhost:5432/mydb"),
    (["database", "url"], "postgres://USER:PASSWORD@HOST:5432/DB"),
    (["private", "key"], "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"),
    (["client", "secret"], "<client-secret-from-azure-portal>"), (["api", "token"], "TODO"),
    (["secret", "key"], "dummy"), (["npm", "token"], "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
    (["sendgrid", "api", "key"], "SG.xxxxxxxx.yyyyyyyy"), (["google", "api", "key"], "AIza...your-key..."),
    (["password"], "example"), (["token"], "test"), (["api", "key"], "<insert key here>"),
]


def la_placeholder(rng, ctx):
    out = [V(k, v) for k, v in rng.sample(PLACEHOLDERS, rng.randint(1, 2))]
    if rng.random() < 0.25:
        out.append(H(["auth", "header"], [("Bearer ", None), (rng.choice(["<token>", "YOUR_TOKEN", "{{access_token}}", "<access-token>", "xxxxx"]), None)]))
    return out


ENV_NAMES = ["API_KEY", "STRIPE_SECRET_KEY", "DB_PASSWORD", "GITHUB_TOKEN", "OPENAI_API_KEY", "AWS_SECRET_ACCESS_KEY",
             "SLACK_BOT_TOKEN", "DATABASE_URL", "CLIENT_SECRET", "JWT_SECRET", "SENDGRID_API_KEY", "HF_TOKEN"]


def la_env_ref(rng, ctx):
    name = rng.choice(ENV_NAMES)
    words = name.lower().split("_")
    lw = name.lower()
    if ctx == "python":
        return [X(words, rng.choice(['os.environ["%s"]' % name, 'os.getenv("%s")' % name, 'os.environ.get("%s")' % name,
                                     "settings.%s" % name, 'config("%s")' % name]))]
    if ctx == "javascript":
        return [X(words, rng.choice(["process.env.%s" % name, 'process.env["%s"]' % name, "import.meta.env.VITE_%s" % name,
                                     'Deno.env.get("%s")' % name]))]
    if ctx == "shell_export":
        return [X(words, rng.choice(['"${%s}"' % name, '"$%s"' % name, "\"$(cat /run/secrets/%s)\"" % lw,
                                     "\"$(vault kv get -field=value secret/app/%s)\"" % lw,
                                     "\"$(op read op://prod/app/%s)\"" % lw]))]
    if ctx == "terraform":
        return [X(words, rng.choice(["var.%s" % lw, "data.aws_secretsmanager_secret_version.%s.secret_string" % lw,
                                     "random_password.%s.result" % lw, "sensitive(var.%s)" % lw]))]
    if ctx == "dockerfile":
        return [X(words, rng.choice(["${%s}" % name, "$%s" % name])), X(words + ["file"], "/run/secrets/%s" % lw)]
    if ctx == "curl_command":
        return [H(["auth", "header"], [("Bearer ", None), (rng.choice(["$%s" % name, "${%s}" % name]), None)])]
    if ctx == "http_request":
        return [H(["auth", "header"], [("Bearer ", None), (rng.choice(["{{%s}}" % lw, "{{$dotenv %s}}" % name]), None)])]
    if ctx in ("markdown_issue", "chat_message"):
        return [C(rng.choice(["Set `%s` in your environment before running, e.g. `export %s=$(op read op://vault/app/%s)`." % (name, name, lw),
                              "The app reads the key from `os.environ[\"%s\"]`, so nothing is hard-coded." % name,
                              "I use process.env.%s in the handler and it is undefined in production." % name]))]
    if ctx == "log_line":
        return [C("loaded %s from environment (source=env, length=%d)" % (name, rng.randint(20, 64)))]
    val = {"json_config": ["${%s}" % name, "$%s" % name, "env:%s" % name, "{{%s}}" % name],
           "yaml": ["${%s}" % name, "${{ secrets.%s }}" % name, "{{ .Values.%s }}" % lw, "$(%s)" % name],
           "dotenv": ["${VAULT_%s}" % name, "$%s" % name],
           "ini": ["%%(%s)s" % lw, "${%s}" % name],
           "toml": ["${%s}" % name, "env(%s)" % name],
           "java_properties": ["${%s}" % name, "${%s:}" % name, "${vault.%s}" % lw],
           "xml_config": ["$(%s)" % name, "${env.%s}" % name, "%%%s%%" % name],
           "csv": ["${%s}" % name, "env:%s" % name],
           "url_query": ["{{%s}}" % name, "$%s" % name]}[ctx]
    return [V(words, rng.choice(val))]


def la_keyname_only(rng, ctx):
    name = rng.choice(ENV_NAMES)
    words = name.lower().split("_")
    if ctx == "python":
        return [X(words, rng.choice(["None", '""']))]
    if ctx == "javascript":
        return [X(words, rng.choice(["undefined", "''", "null"]))]
    if ctx == "terraform":
        return [X(words, "null")]
    if ctx in ("shell_export", "dockerfile"):
        return [X(words, "")]
    if ctx == "json_config":
        return [X(words, "null") if rng.random() < 0.5 else V(words, "")]
    if ctx in ("markdown_issue", "chat_message", "log_line", "url_query"):
        names = rng.sample(ENV_NAMES, 3)
        return [C(rng.choice(["Required environment variables: %s." % ", ".join(names),
                              "missing required setting %s, refusing to start" % names[0],
                              "Which of %s and %s do I actually need for the webhook?" % (names[0], names[1])]))]
    return [V(words, "")]


def la_password_prose(rng, ctx):
    out = [C(rng.choice(PROSE_PASSWORD))]
    opts = [N(["password", "min", "length"], rng.choice([8, 12, 14, 16])), V(["password", "policy"], rng.choice(["strong", "nist-800-63b"])),
            N(["token", "ttl", "seconds"], rng.choice([900, 3600, 86400])), V(["require", "special", "char"], "true"),
            N(["max", "login", "attempts"], rng.choice([3, 5, 10])), V(["password", "hash", "algorithm"], rng.choice(["argon2id", "bcrypt", "scrypt"]))]
    out += rng.sample(opts, rng.randint(0, 2))
    return out


def la_version(rng, ctx):
    def ver():
        return rng.choice([
            "v%d.%d.%d" % (rng.randint(0, 5), rng.randint(0, 30), rng.randint(0, 20)),
            "%d.%d.%d-rc.%d+build.%d" % (rng.randint(0, 5), rng.randint(0, 30), rng.randint(0, 20), rng.randint(1, 5), rng.randint(20240000, 20251231)),
            "go1.%d.%d" % (rng.randint(19, 23), rng.randint(0, 9)),
            "%d.%d.%d" % (rng.randint(14, 22), rng.randint(0, 20), rng.randint(0, 9)),
            "0.%d.%d-dev+g%s" % (rng.randint(0, 9), rng.randint(0, 9), rs(rng, HEX, 7)),
            "v0.0.0-%d%02d%02d%06d-%s" % (rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 235959), rs(rng, HEX, 12)),
            "%d.%02d.%d" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(0, 5)),
        ])
    keys = [["version"], ["image", "tag"], ["node", "version"], ["sdk", "version"], ["api", "version"], ["release"]]
    return [V(k, ver()) for k in rng.sample(keys, rng.randint(1, 3))]


def la_path(rng, ctx):
    opts = [(["private", "key", "path"], "/etc/ssl/private/server.key"), (["ssh", "key", "file"], "~/.ssh/id_ed25519"),
            (["credentials", "file"], "~/.aws/credentials"), (["token", "file"], "/var/run/secrets/kubernetes.io/serviceaccount/token"),
            (["password", "file"], "/run/secrets/db_password"), (["tls", "key"], "certs/tls.key"),
            (["secret", "path"], "secret/data/%s/prod" % rng.choice(SERVICES)), (["keystore"], "C:\\Users\\deploy\\.keystore"),
            (["api", "key", "file"], "./config/api_key.txt"), (["google", "application", "credentials"], "/secrets/gcp-sa.json"),
            (["token", "provider"], "src/auth/TokenProvider.ts"), (["kubeconfig"], "/home/ci/.kube/config")]
    return [V(k, v) for k, v in rng.sample(opts, rng.randint(1, 3))]


def la_url_nocreds(rng, ctx):
    opts = [(["database", "url"], "postgres://db.internal:5432/app"), (["redis", "url"], "redis://cache:6379/0"),
            (["api", "base"], "https://api.stripe.com/v1"), (["webhook", "url"], "https://example.com/hooks/stripe"),
            (["database", "url"], "postgres://app@db:5432/app?sslmode=require"),
            (["mongodb", "uri"], "mongodb+srv://cluster0.%s.mongodb.net/?retryWrites=true" % rs(rng, LOWER + DIGITS, 5)),
            (["repo", "url"], "https://github.com/acme/%s.git" % rng.choice(SERVICES)),
            (["token", "url"], "https://oauth2.googleapis.com/token"), (["jwks", "uri"], "https://auth.acme.io/.well-known/jwks.json"),
            (["auth", "url"], "https://login.microsoftonline.com/%s/oauth2/v2.0/authorize" % uuid4(rng)),
            (["amqp", "url"], "amqp://rabbit.internal:5672/%2F")]
    return [V(k, v, is_url=True) for k, v in rng.sample(opts, rng.randint(1, 2))]


def la_css(rng, ctx):
    opts = [(["primary", "color"], "#" + rs(rng, HEX, 6)), (["background"], "#" + rs(rng, HEX.upper(), 6)),
            (["accent"], "rgba(%d, %d, %d, 0.%d)" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 9))),
            (["brand", "color"], "#" + rs(rng, HEX, 8)), (["border"], "1px solid #" + rs(rng, HEX, 3)),
            (["theme", "color"], "hsl(%d, %d%%, %d%%)" % (rng.randint(0, 360), rng.randint(0, 100), rng.randint(0, 100)))]
    return [V(k, v) for k, v in rng.sample(opts, rng.randint(1, 3))]


def la_npm_integrity(rng, ctx):
    pkg = rng.choice(["lodash", "react", "express", "left-pad", "@babel/core", "typescript"])
    out = [V(["integrity"], "sha512-" + b64(rng.randbytes(64)))]
    if rng.random() < 0.6:
        out.append(V(["resolved"], "https://registry.npmjs.org/%s/-/%s-%d.%d.%d.tgz" % (pkg, pkg.split("/")[-1], rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9))))
    if rng.random() < 0.3:
        out.append(V(["integrity", "legacy"], "sha1-" + b64(rng.randbytes(20))))
    return out


def la_docker_digest(rng, ctx):
    dg = hashlib.sha256(rng.randbytes(32)).hexdigest()
    return [V(k, v) for k, v in rng.sample([
        (["image"], "ghcr.io/acme/%s@sha256:%s" % (rng.choice(SERVICES), dg)),
        (["digest"], "sha256:" + dg),
        (["base", "image"], "python:3.12-slim@sha256:" + hashlib.sha256(dg.encode()).hexdigest())], rng.randint(1, 2))]


def la_pagination(rng, ctx):
    def tok():
        return rng.choice([
            b64(json.dumps({"offset": rng.randint(0, 10000), "ts": TS_BASE + rng.randint(0, 10 ** 7)}).encode()),
            rs(rng, B64URL, rng.randint(40, 120)),
            b64(rng.randbytes(rng.choice([30, 48, 60]))),
            rs(rng, ALNUM, 40),
        ])
    keys = [["next", "page", "token"], ["next", "token"], ["cursor"], ["continuation", "token"], ["next", "marker"],
            ["page", "token"], ["after", "cursor"], ["last", "evaluated", "key"]]
    out = []
    for k in rng.sample(keys, rng.randint(1, 2)):
        e = V(k, tok())
        if ctx in ("json_config", "javascript"):
            e.words = k  # camel/snake chosen by renderer
        out.append(e)
    return out


def la_llm_tokens(rng, ctx):
    opts = [N(["max", "tokens"], rng.choice([256, 1024, 4096, 8192])), N(["max", "output", "tokens"], rng.choice([512, 2048])),
            N(["prompt", "tokens"], rng.randint(10, 5000)), N(["total", "tokens"], rng.randint(100, 9000)),
            V(["tokenizer"], rng.choice(["cl100k_base", "o200k_base", "sentencepiece"])), V(["token", "type"], "Bearer"),
            N(["expires", "in"], rng.choice([3600, 7200])), N(["token", "limit"], rng.choice([8192, 128000])),
            V(["model"], rng.choice(["gpt-4o-mini", "claude-3-5-sonnet-20241022", "llama-3.1-8b-instruct"])),
            N(["temperature", "x100"], rng.randint(0, 100))]
    return rng.sample(opts, rng.randint(1, 3))


def la_lockfile(rng, ctx):
    opts = [lambda: V(["resolved"], "https://registry.npmjs.org/%s/-/%s-%d.%d.%d.tgz" % ((rng.choice(["chalk", "debug", "ms", "semver"]),) * 2 + (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9)))),
            lambda: V(["integrity"], "sha512-" + b64(rng.randbytes(64))),
            lambda: V(["checksum"], hashlib.sha256(rng.randbytes(16)).hexdigest()),
            lambda: V(["hash"], "sha256:" + hashlib.sha256(rng.randbytes(16)).hexdigest()),
            lambda: V(["go", "sum"], "github.com/%s v1.%d.%d h1:%s" % (rng.choice(["spf13/cobra", "stretchr/testify", "google/uuid"]), rng.randint(0, 9), rng.randint(0, 9), b64(rng.randbytes(32)))),
            lambda: V(["source"], "registry+https://github.com/rust-lang/crates.io-index"),
            lambda: V(["version"], "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 40), rng.randint(0, 20)))]
    return [f() for f in rng.sample(opts, rng.randint(2, 3))]


def la_public_key(rng, ctx):
    c = rng.randrange(3)
    if c == 0:
        blob = b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rng.randbytes(32))
        return [V(["ssh", "public", "key"], "ssh-ed25519 %s %s" % (blob, rng.choice(["deploy@ci", "jane@laptop", "root@bastion"])))]
    if c == 1:
        der = (b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00"
               b"\x30\x82\x01\x0a\x02\x82\x01\x01\x00" + rng.randbytes(256) + b"\x02\x03\x01\x00\x01")
        return [V(["public", "key"], pem_block("PUBLIC KEY", der))]
    der = b"\x30\x82\x03" + rng.randbytes(rng.randint(500, 700))
    return [V(rng.choice([["certificate"], ["ca", "cert"], ["tls", "cert"]]), pem_block("CERTIFICATE", der))]


def la_masked(rng, ctx):
    opts = [(["stripe", "secret", "key"], "sk_live_" + "*" * 20 + rs(rng, ALNUM, 4)),
            (["github", "token"], "ghp_" + "*" * 32 + rs(rng, ALNUM, 4)),
            (["aws", "access", "key", "id"], "AKIA" + "*" * 12 + rs(rng, AWS_B32, 4)),
            (["slack", "token"], "xoxb-****-****-****"), (["card"], "****-****-****-%04d" % rng.randint(0, 9999)),
            (["api", "key"], "[REDACTED]"), (["openai", "api", "key"], "sk-...%s" % rs(rng, ALNUM, 4)),
            (["hf", "token"], "hf_***"), (["password"], "<hidden>"), (["client", "secret"], "********%s" % rs(rng, ALNUM, 3))]
    return [V(k, v) for k, v in rng.sample(opts, rng.randint(1, 2))]


def la_cloud_ids(rng, ctx):
    acct = digits_nz(rng, 12)
    opts = [(["aws", "account", "id"], acct), (["role", "arn"], "arn:aws:iam::%s:role/%s" % (acct, rng.choice(["deploy", "ci-runner", "lambda-exec"]))),
            (["tenant", "id"], uuid4(rng)), (["project", "id"], "acme-prod-%s" % rs(rng, LOWER + DIGITS, 5)),
            (["oauth", "client", "id"], "%s-%s.apps.googleusercontent.com" % (digits_nz(rng, 12), rs(rng, LOWER + DIGITS, 32))),
            (["kms", "key", "arn"], "arn:aws:kms:%s:%s:key/%s" % (rng.choice(REGIONS), acct, uuid4(rng))),
            (["subscription", "id"], uuid4(rng)), (["algolia", "app", "id"], rs(rng, UPPER + DIGITS, 10))]
    return [V(k, v) for k, v in rng.sample(opts, rng.randint(1, 3))]


def la_build_hashes(rng, ctx):
    opts = [(["bundle"], "main.%s.js" % rs(rng, HEX, 8)), (["asset"], "assets/index-%s.js" % rs(rng, B64URL, 8)),
            (["cache", "key"], "v1-deps-%s" % rs(rng, HEX, 40)), (["build", "id"], "%d.%d" % (rng.randint(20240101, 20251231), rng.randint(1, 9))),
            (["source", "map"], "static/js/%s.chunk.js.map" % rs(rng, HEX, 20)), (["stylesheet"], "/_next/static/css/%s.css" % rs(rng, HEX, 16))]
    return [V(k, v) for k, v in rng.sample(opts, rng.randint(1, 3))]


def la_i18n(rng, ctx):
    opts = [(["password", "reset", "token", "expired"], "Your password reset link has expired. Please request a new one."),
            (["api", "key", "label"], "API key"), (["invalid", "token"], "The token you entered is invalid."),
            (["secret", "question"], "What was the name of your first pet?"),
            (["password", "placeholder"], "Enter your password"), (["token", "help"], "Paste the token from your account settings."),
            (["forgot", "password"], "Forgot password?"), (["api", "key", "created"], "Your new API key has been created.")]
    return [V(k, v) for k, v in rng.sample(opts, rng.randint(1, 3))]


def la_encrypted(rng, ctx):
    if rng.random() < 0.6:
        v = "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rng.randbytes(rng.randint(12, 40))), b64(rng.randbytes(32)), b64(rng.randbytes(16)))
    else:
        hx = rs(rng, HEX, 320)
        v = "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hx[i:i + 80] for i in range(0, len(hx), 80))
    return [V(rng.choice([["db", "password"], ["api", "key"], ["client", "secret"], ["smtp", "password"]]), v)]


LOOKALIKE_KINDS = [
    ("uuid", la_uuid), ("git_sha", la_git_sha), ("hash_digest", la_hash), ("base64_text", la_b64_text),
    ("base64_image", la_b64_image), ("random_ids", la_random_ids), ("placeholder", la_placeholder),
    ("env_reference", la_env_ref), ("key_name_only", la_keyname_only), ("password_prose", la_password_prose),
    ("version_string", la_version), ("file_path", la_path), ("url_without_credentials", la_url_nocreds),
    ("css_colour", la_css), ("npm_integrity", la_npm_integrity), ("docker_digest", la_docker_digest),
    ("pagination_token", la_pagination), ("llm_token_fields", la_llm_tokens), ("lockfile", la_lockfile),
    ("public_key_or_cert", la_public_key), ("masked_secret", la_masked), ("cloud_identifiers", la_cloud_ids),
    ("build_hashes", la_build_hashes), ("i18n_strings", la_i18n), ("encrypted_value", la_encrypted),
]
# kinds whose values are safe to mix into other rows as a second look-alike
MIXABLE = ["uuid", "git_sha", "hash_digest", "base64_text", "random_ids", "version_string", "file_path",
           "css_colour", "npm_integrity", "docker_digest", "pagination_token", "llm_token_fields", "cloud_identifiers",
           "build_hashes", "masked_secret", "placeholder"]
LA_GEN = dict(LOOKALIKE_KINDS)


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------

def check_parse(ctx, text):
    """Light syntactic checks so the contexts look like the real thing."""
    if ctx == "json_config":
        json.loads(text)
    elif ctx == "toml":
        tomllib.loads(text)
    elif ctx == "xml_config":
        ET.fromstring(text.split("\n", 1)[1] if text.startswith("<?xml") else text)
    elif ctx == "python":
        ast.parse(text)
    elif ctx == "ini":
        cp = configparser.ConfigParser(interpolation=None, strict=False)
        cp.read_string(text)
    elif ctx == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert len({len(r) for r in rows if r}) == 1, rows


def validate(row, spans):
    text = row["text"]
    last_end = -1
    for sp in spans:
        s, e, fmt, raw, enc = sp["start"], sp["end"], sp["format"], sp["_raw"], sp["_enc"]
        assert 0 <= s < e <= len(text), (row["id"], sp)
        assert s >= last_end, ("overlap", row["id"])
        last_end = e
        # the span's text is exactly the (context-encoded) intended value ...
        assert text[s:e] == enc(raw), (row["id"], fmt, text[s:e], raw)
        # ... and the raw value has the documented shape of its format
        assert SHAPES[fmt].fullmatch(raw), (row["id"], fmt, raw)
        # span boundaries do not cut through a token
        if s > 0 and not re.search(r"%[0-9A-F]{2}\Z", text[max(0, s - 3):s]):
            assert not text[s - 1].isalnum(), (row["id"], fmt, text[max(0, s - 20):e])
        if e < len(text):
            assert not text[e].isalnum(), (row["id"], fmt, text[s:e + 20])
        if fmt == "jwt":
            hdr = json.loads(base64.urlsafe_b64decode(raw.split(".")[0] + "=="))
            assert "alg" in hdr
    if row["lookalike"]:
        assert not spans
    else:
        assert 1 <= len(spans) <= 2, (row["id"], len(spans))


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------

def positive_row(rng, spec, ctx):
    if spec == "aws_secret_access_key.unlabeled":
        return render_aws_pair(rng, ctx)
    sec = GEN[spec](rng)
    entries = [sec_entry(rng, sec)]
    if spec == "aws_secret_access_key" and rng.random() < 0.5:
        entries.insert(0, sec_entry(rng, f_aws_akid(rng)))
    elif rng.random() < 0.25:
        other = rng.choice([n for n in SECOND_POOL if n != spec])
        entries.append(sec_entry(rng, GEN[other](rng)))
    entries += [filler(rng) for _ in range(rng.randint(0, 3))]
    rng.shuffle(entries)
    dedupe(rng, entries)
    return RENDER[ctx](rng, entries)


def lookalike_row(rng, kind, ctx):
    entries = list(LA_GEN[kind](rng, ctx))
    if rng.random() < 0.3:
        other = rng.choice([k for k in MIXABLE if k != kind])
        extra = [e for e in LA_GEN[other](rng, ctx) if e.kind != "header" or not any(x.kind == "header" for x in entries)]
        entries += extra[:1]
    entries += [filler(rng) for _ in range(rng.randint(0, 3))]
    rng.shuffle(entries)
    dedupe(rng, entries)
    return RENDER[ctx](rng, entries)


def build(seed=SEED):
    rng = random.Random(seed)
    rows = []
    jobs = [(spec, ctx) for spec, _ in FORMAT_SPECS for ctx in CONTEXTS for _ in range(POS_REPS)]
    rng.shuffle(jobs)
    for i, (spec, ctx) in enumerate(jobs):
        doc = positive_row(rng, spec, ctx)
        text, spans = doc.finish()
        row = {"id": "hs-pos-%05d-%s" % (i, spec), "text": text, "secrets": spans, "context": ctx, "lookalike": False}
        validate(row, spans)
        check_parse(ctx, text)
        row["secrets"] = [{"start": s["start"], "end": s["end"], "format": s["format"]} for s in spans]
        rows.append(row)
    per = -(-LOOKALIKE_MIN // (len(LOOKALIKE_KINDS) * len(CONTEXTS)))
    jobs = [(kind, ctx) for kind, _ in LOOKALIKE_KINDS for ctx in CONTEXTS for _ in range(per)]
    rng.shuffle(jobs)
    for i, (kind, ctx) in enumerate(jobs):
        doc = lookalike_row(rng, kind, ctx)
        text, spans = doc.finish()
        row = {"id": "hs-la-%05d-%s" % (i, kind), "text": text, "secrets": [], "context": ctx, "lookalike": True}
        validate(row, spans)
        check_parse(ctx, text)
        rows.append(row)
    return rows


def main(argv):
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    rows = build()
    with open(argv[1], "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = [r for r in rows if not r["lookalike"]]
    fmts = sorted({s["format"] for r in pos for s in r["secrets"]})
    print("wrote %d rows to %s: %d positive (%d secrets, %d formats), %d look-alike, %d contexts, seed %d"
          % (len(rows), argv[1], len(pos), sum(len(r["secrets"]) for r in pos), len(fmts),
             len(rows) - len(pos), len({r["context"] for r in rows}), SEED), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
