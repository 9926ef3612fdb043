#!/usr/bin/env python3
"""heldout4_secrets.py - held-out evaluation corpus for the secret detector.

Usage:  python3 bench/scan-eval/heldout4_secrets.py OUT.jsonl

Writes deterministic JSON Lines (fixed seed; no dependence on PYTHONHASHSEED).
Each row: {"id", "text", "secrets": [{"value","format"}],
           "lookalikes": [{"value","kind"}], "context"}

Every secret / look-alike value is recorded exactly as it appears in the text
(after any context escaping, e.g. JSON "\\n" or YAML block indentation).
Standard library only. Written from first principles about token shapes; no
third-party test data or public secret datasets were used.
"""
import base64
import collections
import json
import random
import string
import struct
import sys
import uuid

SEED = 0x4E1D_0004
N_ROWS = 2800
MAX_TEXT = 3300

R = random.Random(SEED)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UP + "234567"
K8S = "bcdfghjklmnpqrstvwxz2456789"
PWSYM = "!@%^&*-_=+.:~"


# --------------------------------------------------------------------------
# primitive helpers
# --------------------------------------------------------------------------
def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n):
    return rs(HEX, n)


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def num(n):
    return str(R.randint(1, 9)) + rs(DG, n - 1)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


WORDS = ["orbit", "maple", "falcon", "copper", "river", "lantern", "quartz", "meadow",
         "harbor", "cobalt", "ember", "tundra", "willow", "summit", "glacier", "pepper",
         "violet", "canyon", "thunder", "saffron", "marble", "juniper", "nebula", "otter"]
USERS = ["app", "svc_api", "admin", "deploy", "analytics", "billing", "root", "postgres",
         "etl_user", "web", "reporting", "ci-bot", "django", "rails", "api_rw", "worker"]
APPS = ["billing-api", "orders", "checkout", "auth-service", "search", "notifier",
        "gateway", "inventory", "ledger", "reports", "webhooks", "scheduler", "media"]
PEOPLE = ["alex", "priya", "jonas", "mei", "sam", "fatima", "diego", "olga", "kenji", "noah"]
HOSTS = ["db.internal", "localhost", "10.0.3.12", "pg-primary.svc.cluster.local",
         "mysql-01.prod.acme.io", "172.20.0.5", "db", "postgres", "data.corp.lan"]


def memorable_pw():
    w = pick(WORDS).capitalize() + pick(WORDS).capitalize()
    return w + str(R.randint(10, 9999)) + pick("!@%*#&")


def url_pw():
    if chance(0.18):
        return pick(WORDS).capitalize() + pick(WORDS) + str(R.randint(10, 999)) + pick("-_.~")
    return rs(ALNUM + "-_.~" if chance(0.3) else ALNUM, R.randint(14, 30))


# --------------------------------------------------------------------------
# secret generators
# --------------------------------------------------------------------------
def g_akid():
    return pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(B32, 16)


def g_aws_secret():
    return rs(B64, 40)


def g_ghp():
    return "ghp_" + rs(ALNUM, 36)


def g_gh_fine():
    return "github_pat_11" + rs(UP + DG, 20) + "_" + rs(ALNUM, 59)


def g_gh_app():
    return pick(["gho_", "ghs_", "ghu_", "ghr_"]) + rs(ALNUM, 36)


def g_glpat():
    return "glpat-" + rs(ALNUM + "-_", 20)


def g_xoxb():
    return "xoxb-" + num(R.randint(11, 13)) + "-" + num(R.randint(11, 13)) + "-" + rs(ALNUM, 24)


def g_xoxp():
    return ("xoxp-" + num(R.randint(11, 13)) + "-" + num(R.randint(11, 13)) + "-"
            + num(R.randint(11, 13)) + "-" + hx(32))


def g_slack_hook():
    return ("https://hooks.slack.com/services/T" + rs(UP + DG, R.randint(8, 10)) + "/B"
            + rs(UP + DG, R.randint(8, 10)) + "/" + rs(ALNUM, 24))


def g_stripe():
    p = pick(["sk_live_", "sk_live_", "rk_live_"])
    if chance(0.5):
        return p + "51" + rs(ALNUM, 97)
    return p + rs(ALNUM, 24)


def g_google_api():
    return "AIzaSy" + rs(B64URL, 33)


def g_gocspx():
    return "GOCSPX-" + rs(B64URL, 28)


def g_openai():
    k = R.random()
    if k < 0.55:
        return "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)
    if k < 0.75:
        return "sk-svcacct-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)
    return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)


def g_anthropic():
    if chance(0.85):
        return "sk-ant-api03-" + rs(B64URL, 93) + "AA"
    return "sk-ant-admin01-" + rs(B64URL, 93) + "AA"


def g_hf():
    return "hf_" + rs(UP + LO, 34)


def g_npm():
    return "npm_" + rs(ALNUM, 36)


def g_pypi():
    return "pypi-AgEIcHlwaS5vcmc" + pick(["CJ", "CJD", "CJG"]) + rs(B64URL, R.randint(140, 190))


def g_twilio():
    return "SK" + hx(32)


def g_sendgrid():
    return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)


def g_azure():
    acct = pick(WORDS) + pick(["prod", "data", "logs", "assets", "stg"]) + rs(LO + DG, 4)
    return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"
            % (acct, b64s(rb(64))))


def g_jwt():
    alg = pick(["HS256", "HS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg in ("RS256", "ES256") and chance(0.6):
        hdr["kid"] = rs(B64URL, 22)
    iat = R.randint(1690000000, 1735000000)
    pl = {}
    if chance(0.6):
        pl["iss"] = pick(["https://auth.acme.io/", "https://login.%s.com" % pick(WORDS), "api-gateway"])
    pl["sub"] = pick([str(uuid.UUID(int=R.getrandbits(128), version=4)), "user_" + num(6), pick(PEOPLE)])
    if chance(0.5):
        pl["email"] = pick(PEOPLE) + "@" + pick(WORDS) + ".com"
    if chance(0.5):
        pl["role"] = pick(["admin", "service", "user", "editor"])
    if chance(0.4):
        pl["scope"] = pick(["read write", "repo:read", "openid profile email", "orders:*"])
    pl["iat"] = iat
    pl["exp"] = iat + pick([900, 3600, 86400, 604800, 31536000])
    sig = {"HS256": 43, "HS512": 86, "RS256": 342, "ES256": 86}[alg]
    return (b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "."
            + b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(B64URL, sig))


def pem(label, der, width=64):
    body = b64s(der)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def g_rsa():
    if chance(0.55):
        der = bytes.fromhex("3082025c02010002818100") + rb(0x25C + 4 - 11)
    else:
        der = bytes.fromhex("308204a40201000282010100") + rb(0x4A4 + 4 - 12)
    return pem("RSA PRIVATE KEY", der)


def g_ec():
    der = (bytes.fromhex("30770201010420") + rb(32)
           + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rb(64))
    return pem("EC PRIVATE KEY", der)


def sshstr(b):
    return struct.pack(">I", len(b)) + b


def g_openssh():
    pub, priv = rb(32), rb(32)
    pubblob = sshstr(b"ssh-ed25519") + sshstr(pub)
    chk = rb(4)
    comment = ("%s@%s" % (pick(PEOPLE), pick(WORDS) + "-laptop")).encode()
    sec = chk + chk + sshstr(b"ssh-ed25519") + sshstr(pub) + sshstr(priv + pub) + sshstr(comment)
    pad = 1
    while len(sec) % 8:
        sec += bytes([pad])
        pad += 1
    der = (b"openssh-key-v1\x00" + sshstr(b"none") + sshstr(b"none") + sshstr(b"")
           + struct.pack(">I", 1) + sshstr(pubblob) + sshstr(sec))
    return pem("OPENSSH PRIVATE KEY", der, 70)


def g_pkcs8():
    if chance(0.5):
        hdr = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
        der = hdr + rb(0x4BD + 4 - len(hdr))
    else:
        der = (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
               + rb(32) + bytes.fromhex("a144034200") + b"\x04" + rb(64))
    return pem("PRIVATE KEY", der)


def g_postgres():
    sch = pick(["postgres", "postgresql", "postgresql", "postgresql+psycopg2"])
    host = pick(HOSTS + ["%s.c%s.us-east-1.rds.amazonaws.com" % (pick(APPS), rs(LO + DG, 12))])
    u = "%s://%s:%s@%s:5432/%s" % (sch, pick(USERS), url_pw(), host, pick(["app", "orders", "prod", "analytics"]))
    if chance(0.3):
        u += "?sslmode=require"
    return u


def g_mysql():
    sch = pick(["mysql", "mysql", "mysql+pymysql", "mariadb"])
    return "%s://%s:%s@%s:3306/%s" % (sch, pick(USERS), url_pw(), pick(HOSTS), pick(["shop", "wordpress", "crm"]))


def g_mongo():
    if chance(0.6):
        return "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (
            pick(USERS), url_pw(), rs(LO + DG, 5), pick(["app", "events", "test"]))
    return "mongodb://%s:%s@%s:27017/%s?authSource=admin" % (pick(USERS), url_pw(), pick(HOSTS), pick(["app", "logs"]))


def g_redis():
    k = R.random()
    if k < 0.4:
        return "redis://:%s@%s:6379/0" % (url_pw(), pick(HOSTS))
    if k < 0.7:
        return "rediss://default:%s@%s-%s.upstash.io:6379" % (rs(ALNUM, 32), pick(WORDS), pick(WORDS))
    return "redis://default:%s@redis-%s.c%s.us-east-1-2.ec2.cloud.redislabs.com:%s" % (
        rs(ALNUM, 32), num(5), num(3), num(5))


def g_generic():
    k = R.random()
    if k < 0.3:
        return rs(ALNUM, R.randint(16, 40))
    if k < 0.45:
        return hx(pick([32, 40, 64]))
    if k < 0.58:
        return b64s(rb(pick([24, 32, 48])))
    if k < 0.75:
        v = rs(ALNUM, 1) + rs(ALNUM + PWSYM, R.randint(12, 26))
        return v
    if k < 0.87:
        return rs(LO + DG + "!@%^&*(-_=+)", 50)
    return memorable_pw()


def g_shopify():
    return pick(["shpat_", "shpat_", "shpss_", "shpca_", "shppa_"]) + hx(32)


def g_discord():
    uid = str(R.randint(10 ** 17, 13 * 10 ** 17))
    return b64s(uid.encode()).rstrip("=") + "." + rs(B64URL, 6) + "." + rs(B64URL, 38)


def g_telegram():
    return str(R.randint(10 ** 8, 7999999999)) + ":AA" + rs(B64URL, 33)


def g_do():
    return pick(["dop_v1_", "dop_v1_", "doo_v1_", "dor_v1_"]) + hx(64)


def g_vault():
    if chance(0.7):
        return "hvs.CAESI" + rs(B64URL, 86)
    return "hvs." + rs(ALNUM, 24)


def g_linear():
    return "lin_api_" + rs(ALNUM, 40)


def g_notion():
    if chance(0.6):
        return "ntn_" + num(11) + rs(ALNUM, 35)
    return "secret_" + rs(ALNUM, 43)


def g_tfc():
    return rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67)


def g_basic():
    return b64s(("%s:%s" % (pick(USERS), rs(ALNUM, R.randint(12, 24)))).encode())


def g_sentry():
    if chance(0.5):
        return "sntrys_" + b64s(json.dumps({"iat": R.randint(1700000000, 1730000000), "url": "https://sentry.io",
                                             "region_url": "https://us.sentry.io", "org": pick(WORDS)},
                                            separators=(",", ":")).encode()).rstrip("=") + "_" + rs(B64URL, 43)
    return "sntryu_" + hx(64)


def g_atlassian():
    return "ATATT3xFfGF0" + rs(B64URL, 171) + "=" + hx(8).upper()


def g_age():
    return "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)


def g_mailchimp():
    return hx(32) + "-us" + str(R.randint(1, 21))


def g_datadog():
    return hx(32)


GENERIC_KEYS = ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "ADMIN_PASSWORD",
                "SMTP_PASSWORD", "REDIS_PASSWORD", "SECRET_KEY", "DJANGO_SECRET_KEY", "JWT_SECRET",
                "SESSION_SECRET", "API_KEY", "API_TOKEN", "AUTH_TOKEN", "CLIENT_SECRET",
                "WEBHOOK_SECRET", "ENCRYPTION_KEY", "APP_KEY", "RABBITMQ_DEFAULT_PASS",
                "LDAP_BIND_PASSWORD", "KEYCLOAK_ADMIN_PASSWORD", "PASSWORD", "SIGNING_SECRET"]

# name -> (generator, key names, human description)
FORMATS = collections.OrderedDict([
    ("aws_access_key_id", (g_akid, ["AWS_ACCESS_KEY_ID"], "AWS access key id")),
    ("aws_secret_access_key", (g_aws_secret, ["AWS_SECRET_ACCESS_KEY"], "AWS secret key")),
    ("github_pat_classic", (g_ghp, ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], "GitHub token")),
    ("github_fine_grained_pat", (g_gh_fine, ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], "fine-grained GitHub PAT")),
    ("github_app_token", (g_gh_app, ["GITHUB_TOKEN", "GH_APP_TOKEN", "GITHUB_OAUTH_TOKEN"], "GitHub app token")),
    ("gitlab_pat", (g_glpat, ["GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN", "GL_TOKEN"], "GitLab token")),
    ("slack_bot_token", (g_xoxb, ["SLACK_BOT_TOKEN"], "Slack bot token")),
    ("slack_user_token", (g_xoxp, ["SLACK_USER_TOKEN", "SLACK_TOKEN"], "Slack user token")),
    ("slack_webhook_url", (g_slack_hook, ["SLACK_WEBHOOK_URL", "ALERT_WEBHOOK"], "Slack webhook")),
    ("stripe_secret_key", (g_stripe, ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_RESTRICTED_KEY"], "Stripe key")),
    ("google_api_key", (g_google_api, ["GOOGLE_API_KEY", "MAPS_API_KEY", "GEMINI_API_KEY"], "Google API key")),
    ("google_oauth_client_secret", (g_gocspx, ["GOOGLE_CLIENT_SECRET", "OAUTH_CLIENT_SECRET"], "OAuth client secret")),
    ("openai_api_key", (g_openai, ["OPENAI_API_KEY"], "OpenAI key")),
    ("anthropic_api_key", (g_anthropic, ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], "Anthropic key")),
    ("huggingface_token", (g_hf, ["HF_TOKEN", "HUGGINGFACE_HUB_TOKEN"], "Hugging Face token")),
    ("npm_token", (g_npm, ["NPM_TOKEN", "NODE_AUTH_TOKEN"], "npm token")),
    ("pypi_token", (g_pypi, ["PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN"], "PyPI upload token")),
    ("twilio_api_key", (g_twilio, ["TWILIO_API_KEY"], "Twilio API key")),
    ("sendgrid_api_key", (g_sendgrid, ["SENDGRID_API_KEY", "SMTP_PASSWORD"], "SendGrid key")),
    ("azure_storage_connection_string", (g_azure, ["AZURE_STORAGE_CONNECTION_STRING", "STORAGE_CONN"], "storage connection string")),
    ("jwt", (g_jwt, ["ACCESS_TOKEN", "ID_TOKEN", "SERVICE_JWT", "AUTH_TOKEN"], "JWT")),
    ("private_key_rsa", (g_rsa, ["PRIVATE_KEY", "RSA_PRIVATE_KEY", "JWT_PRIVATE_KEY"], "RSA private key")),
    ("private_key_ec", (g_ec, ["EC_PRIVATE_KEY", "SIGNING_KEY", "APNS_PRIVATE_KEY"], "EC private key")),
    ("private_key_openssh", (g_openssh, ["SSH_PRIVATE_KEY", "DEPLOY_KEY"], "deploy key")),
    ("private_key_pkcs8", (g_pkcs8, ["PRIVATE_KEY", "GCP_PRIVATE_KEY", "TLS_KEY"], "private key")),
    ("postgres_url", (g_postgres, ["DATABASE_URL", "POSTGRES_URL", "PG_DSN"], "postgres DSN")),
    ("mysql_url", (g_mysql, ["DATABASE_URL", "MYSQL_URL"], "MySQL URL")),
    ("mongodb_url", (g_mongo, ["MONGODB_URI", "MONGO_URL"], "Mongo connection string")),
    ("redis_url", (g_redis, ["REDIS_URL", "CACHE_URL", "CELERY_BROKER_URL"], "Redis URL")),
    ("generic_password", (g_generic, GENERIC_KEYS, "password")),
    ("shopify_token", (g_shopify, ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_API_SECRET"], "Shopify token")),
    ("discord_bot_token", (g_discord, ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"], "Discord bot token")),
    ("telegram_bot_token", (g_telegram, ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], "Telegram bot token")),
    ("digitalocean_token", (g_do, ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"], "DigitalOcean token")),
    ("vault_token", (g_vault, ["VAULT_TOKEN"], "Vault token")),
    ("linear_api_key", (g_linear, ["LINEAR_API_KEY"], "Linear key")),
    ("notion_token", (g_notion, ["NOTION_TOKEN", "NOTION_API_KEY"], "Notion integration token")),
    ("terraform_cloud_token", (g_tfc, ["TFE_TOKEN", "TF_API_TOKEN"], "Terraform Cloud token")),
    ("http_basic_auth", (g_basic, ["BASIC_AUTH", "REGISTRY_AUTH"], "basic auth credentials")),
    ("sentry_auth_token", (g_sentry, ["SENTRY_AUTH_TOKEN"], "Sentry auth token")),
    ("atlassian_api_token", (g_atlassian, ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN"], "Jira API token")),
    ("age_secret_key", (g_age, ["SOPS_AGE_KEY", "AGE_SECRET_KEY"], "age key")),
    ("mailchimp_api_key", (g_mailchimp, ["MAILCHIMP_API_KEY"], "Mailchimp key")),
    ("datadog_api_key", (g_datadog, ["DD_API_KEY", "DATADOG_API_KEY"], "Datadog API key")),
])

SECRETISH_KEYS = []
for _f in FORMATS.values():
    for _k in _f[1]:
        if _k not in SECRETISH_KEYS:
            SECRETISH_KEYS.append(_k)


# --------------------------------------------------------------------------
# look-alike generators (return value, or (value, key))
# --------------------------------------------------------------------------
def l_uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def l_sha40():
    return hx(40)


def l_sha256():
    return hx(64) if chance(0.8) else hx(64).upper()


def l_md5():
    return hx(32)


def l_digest():
    return "sha256:" + hx(64)


def l_sri():
    k = R.random()
    if k < 0.7:
        return "sha512-" + b64s(rb(64))
    if k < 0.9:
        return "sha384-" + b64s(rb(48))
    return "sha1-" + b64s(rb(20))


def l_gosum():
    return "h1:" + b64s(rb(32))


SENTENCES = ["hello world", "The quick brown fox jumps over the lazy dog",
             '{"theme":"dark","lang":"en","beta":false}', "Welcome to the staging environment",
             "user-agent: acme-cli/2.3.1", "id,name,qty\n1,widget,4\n", "<svg xmlns='http://www.w3.org/2000/svg'/>",
             "Lorem ipsum dolor sit amet, consectetur adipiscing elit", '{"page":2,"per_page":50}',
             "build succeeded on runner-7", "Please do not reply to this message."]


def l_b64data():
    s = pick(SENTENCES)
    if chance(0.3):
        s = s + " " + pick(WORDS)
    return b64s(s.encode())


PLACEHOLDERS = ["your-api-key-here", "<TOKEN>", "<your-token>", "${SECRET}", "changeme", "****",
                "********", "xxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "TODO_SET_ME", "<insert key here>",
                "YOUR_API_KEY", "your_secret_here", "<password>", "change-me-in-prod", "INSERT_TOKEN_HERE",
                "set-in-vault", "your-password", "<redacted>", "PLACEHOLDER", "sk-...", "ghp_...",
                "xoxb-your-bot-token", "AKIA...", "<paste token>", "dummy-secret", "not-a-real-key",
                "[REDACTED]", "secret-goes-here", "XXXX-XXXX-XXXX"]


def l_placeholder():
    return pick(PLACEHOLDERS)


def l_varref():
    k = pick(SECRETISH_KEYS)
    return pick(["${%s}" % k, "$%s" % k, "${{ secrets.%s }}" % k, "{{ .Values.%s }}" % k.lower(),
                 "{{ vault_%s }}" % k.lower(), "${env:%s}" % k, "${var.%s}" % k.lower(),
                 "((%s))" % k.lower().replace("_", "-"), "$(cat /run/secrets/%s)" % k.lower(),
                 "%%(%s)s" % k.lower(), "#{%s}" % k])


def l_example():
    k = R.random()
    if k < 0.12:
        return ("AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID")
    if k < 0.22:
        return ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_SECRET_ACCESS_KEY")
    if k < 0.35:
        return ("AKIA" + rs(B32, 9) + "EXAMPLE", "AWS_ACCESS_KEY_ID")
    if k < 0.45:
        return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
                "IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "ACCESS_TOKEN")
    if k < 0.55:
        return (pick(["postgres://user:password@localhost:5432/mydb",
                      "mongodb+srv://<username>:<password>@cluster0.mongodb.net/",
                      "mysql://root:<password>@127.0.0.1:3306/test",
                      "redis://:yourpassword@localhost:6379/0"]), "DATABASE_URL")
    pref, key = pick([("ghp_", "GITHUB_TOKEN"), ("glpat-", "GITLAB_TOKEN"), ("sk_live_", "STRIPE_SECRET_KEY"),
                      ("hf_", "HF_TOKEN"), ("npm_", "NPM_TOKEN"), ("sk-ant-api03-", "ANTHROPIC_API_KEY"),
                      ("sk-proj-", "OPENAI_API_KEY"), ("dop_v1_", "DIGITALOCEAN_TOKEN"),
                      ("lin_api_", "LINEAR_API_KEY"), ("shpat_", "SHOPIFY_ACCESS_TOKEN"),
                      ("xoxb-", "SLACK_BOT_TOKEN"), ("AIza", "GOOGLE_API_KEY")])
    return (pref + pick(["EXAMPLE", "Example", "EXAMPLEKEY", "EXAMPLE_TOKEN_"]) + rs(ALNUM, R.randint(8, 24)), key)


def l_fake():
    pref, n, key = pick([("ghp_", 36, "GITHUB_TOKEN"), ("sk_live_", 24, "STRIPE_SECRET_KEY"),
                         ("glpat-", 20, "GITLAB_TOKEN"), ("AKIA", 16, "AWS_ACCESS_KEY_ID"),
                         ("hf_", 34, "HF_TOKEN"), ("npm_", 36, "NPM_TOKEN"), ("sk-ant-api03-", 40, "ANTHROPIC_API_KEY"),
                         ("sk-proj-", 48, "OPENAI_API_KEY"), ("xoxb-", 30, "SLACK_BOT_TOKEN"),
                         ("dop_v1_", 64, "DIGITALOCEAN_TOKEN"), ("SG.", 40, "SENDGRID_API_KEY"),
                         ("", 40, "AWS_SECRET_ACCESS_KEY"), ("", 32, "API_KEY")])
    k = R.random()
    if k < 0.3:
        body = pick("xX0") * n
    elif k < 0.5:
        body = ("1234567890" * 10)[:n]
    elif k < 0.65:
        body = ("abcdef" * 20)[:n]
    elif k < 0.8:
        body = ("test" * 20)[:n]
    else:
        body = ("FAKE" + "0" * 100)[:n]
    return (pref + body, key)


def l_redacted():
    f = pick(list(FORMATS))
    v = FORMATS[f][0]()
    key = pick(FORMATS[f][1])
    if "\n" in v:
        return ("[REDACTED PRIVATE KEY]", key)
    k = R.random()
    if k < 0.4:
        cut = max(3, min(8, len(v) // 5))
        return (v[:cut] + "*" * R.randint(6, 24) + v[-4:], key)
    if k < 0.7:
        return (v[:min(7, len(v) // 3)] + "..." + v[-4:], key)
    return (pick(["********", "[REDACTED]", "<redacted>", "***hidden***", "REDACTED"]), key)


def l_sshpub():
    if chance(0.5):
        blob = sshstr(b"ssh-ed25519") + sshstr(rb(32))
        return "ssh-ed25519 " + b64s(blob)
    n = b"\x00" + bytes([R.randint(0x80, 0xff)]) + rb(255)
    blob = sshstr(b"ssh-rsa") + sshstr(b"\x01\x00\x01") + sshstr(n)
    return "ssh-rsa " + b64s(blob)


def l_pempub():
    if chance(0.5):
        der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rb(64)
    else:
        hdr = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
        der = hdr + rb(256) + bytes.fromhex("0203010001")
    return pem("PUBLIC KEY", der)


def l_cert():
    n = R.randint(700, 1100)
    hdr = (bytes.fromhex("3082") + struct.pack(">H", n) + bytes.fromhex("3082") + struct.pack(">H", n - 200)
           + bytes.fromhex("a003020102021412"))
    return pem("CERTIFICATE", hdr + rb(n - len(hdr) + 4))


def l_fingerprint():
    k = R.random()
    if k < 0.4:
        return "SHA256:" + b64s(rb(32)).rstrip("=")
    if k < 0.8:
        return ":".join(rs(HEXU, 2) for _ in range(32))
    return ":".join(rs(HEX, 2) for _ in range(16))


def l_trace():
    k = R.random()
    if k < 0.35:
        return "00-%s-%s-01" % (hx(32), hx(16))
    if k < 0.55:
        return "Root=1-%s-%s" % (hx(8), hx(24))
    if k < 0.75:
        return hx(32)
    if k < 0.9:
        return "%s-%s" % (hx(16), pick(["FRA", "SJC", "IAD", "LHR", "NRT"]))
    return "req_" + rs(ALNUM, 24)


def l_eth():
    return "0x" + (hx(40) if chance(0.6) else rs(HEX + "ABCDEF", 40)) if chance(0.8) else "0x" + hx(64)


def l_license():
    return "-".join(rs(UP + DG, 5) for _ in range(pick([4, 5])))


def l_pod():
    return pick(APPS) + "-" + rs(K8S, pick([9, 10])) + "-" + rs(K8S, 5)


def l_color():
    return "#" + (hx(6) if chance(0.8) else rs(HEXU, 6))


def l_build():
    k = R.random()
    if k < 0.3:
        return "%d.%d.%d+build.%s" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 99), hx(7))
    if k < 0.55:
        return "build-2024%02d%02d-%s" % (R.randint(1, 12), R.randint(1, 28), hx(10))
    if k < 0.75:
        return num(10)
    return "%s-%s" % (pick(APPS), hx(12))


def l_order():
    k = R.random()
    if k < 0.35:
        return "ORD-%s-%s" % (R.randint(2021, 2025), rs(UP + DG, 8))
    if k < 0.6:
        return "1Z" + rs(UP + DG, 6) + num(10)
    if k < 0.8:
        return "9400" + rs(DG, 18)
    return "INV-" + num(9)


def l_objid():
    k = R.random()
    if k < 0.3:
        return hx(24)
    if k < 0.7:
        return pick(["cus_", "pi_", "ch_", "price_", "sub_", "prod_", "evt_", "txn_"]) + rs(ALNUM, pick([14, 24]))
    return pick(["C", "U", "G"]) + rs(UP + DG, 10)


def l_cloudid():
    k = R.random()
    if k < 0.6:
        return pick(["ami-", "i-", "sg-", "vpc-", "subnet-", "vol-", "snap-"]) + hx(17)
    return "arn:aws:iam::%s:role/%s-%s" % (num(12), pick(APPS), pick(["task", "exec", "deploy"]))


def l_pubclient():
    if chance(0.5):
        return ("pk_live_" + rs(ALNUM, pick([24, 99])), pick(["STRIPE_PUBLISHABLE_KEY", "NEXT_PUBLIC_STRIPE_KEY"]))
    return ("%s-%s.apps.googleusercontent.com" % (num(12), rs(LO + DG, 32)), pick(["GOOGLE_CLIENT_ID", "OAUTH_CLIENT_ID"]))


def l_hashfile():
    return pick(["main", "vendor", "app", "runtime", "chunk-vendors", "polyfills"]) + "." + hx(pick([8, 16, 20])) + pick(
        [".js", ".css", ".chunk.js", ".bundle.js"])


def l_msgid():
    return "<%s.%s@%s>" % (hx(16), num(10), pick(["mail.gmail.com", "smtp.acme.io", "eu-west-1.amazonses.com"]))


# kind -> (generator, key names or None for secret-ish, weight)
LOOKS = collections.OrderedDict([
    ("uuid", (l_uuid, ["REQUEST_ID", "TENANT_ID", "CORRELATION_ID", "INSTALLATION_ID", "WORKSPACE_ID", "PROJECT_ID"], 10)),
    ("git_sha", (l_sha40, ["GIT_COMMIT", "BUILD_SHA", "SOURCE_VERSION", "REVISION", "GIT_SHA"], 8)),
    ("sha256_checksum", (l_sha256, ["CHECKSUM_SHA256", "ARTIFACT_SHA256", "CONTENT_HASH", "BINARY_SHA256"], 7)),
    ("md5_checksum", (l_md5, ["ETAG", "FILE_MD5", "CACHE_KEY"], 4)),
    ("docker_digest", (l_digest, ["IMAGE_DIGEST", "BASE_IMAGE_DIGEST"], 5)),
    ("sri_integrity", (l_sri, ["INTEGRITY", "SCRIPT_INTEGRITY"], 4)),
    ("go_sum_hash", (l_gosum, ["MODULE_HASH"], 2)),
    ("base64_data", (l_b64data, ["BANNER_B64", "DEFAULT_PAYLOAD", "GREETING_B64", "SAMPLE_BODY"], 5)),
    ("placeholder", (l_placeholder, None, 10)),
    ("variable_reference", (l_varref, None, 7)),
    ("documented_example", (l_example, None, 6)),
    ("fake_test_key", (l_fake, None, 6)),
    ("redacted", (l_redacted, None, 5)),
    ("ssh_public_key", (l_sshpub, ["SSH_PUBLIC_KEY", "DEPLOY_KEY_PUB", "AUTHORIZED_KEY"], 4)),
    ("pem_public_key", (l_pempub, ["JWT_PUBLIC_KEY", "SIGNING_PUBLIC_KEY", "VERIFY_KEY"], 3)),
    ("pem_certificate", (l_cert, ["TLS_CERT", "CA_CERT"], 2)),
    ("cert_fingerprint", (l_fingerprint, ["CERT_FINGERPRINT", "HOST_KEY_FINGERPRINT", "PIN_SHA256"], 3)),
    ("trace_id", (l_trace, ["TRACE_ID", "TRACEPARENT", "X_REQUEST_ID"], 5)),
    ("ethereum_address", (l_eth, ["WALLET_ADDRESS", "CONTRACT_ADDRESS", "TREASURY_ADDRESS"], 3)),
    ("license_key", (l_license, ["LICENSE_KEY", "PRODUCT_KEY"], 2)),
    ("k8s_pod_name", (l_pod, ["POD_NAME", "HOSTNAME"], 3)),
    ("css_color", (l_color, ["BRAND_COLOR", "ACCENT_COLOR"], 2)),
    ("build_id", (l_build, ["BUILD_ID", "CI_PIPELINE_ID", "RELEASE_ID", "VERSION"], 3)),
    ("order_number", (l_order, ["ORDER_ID", "TRACKING_NUMBER", "INVOICE_ID"], 3)),
    ("object_id", (l_objid, ["CUSTOMER_ID", "DEFAULT_PRICE_ID", "CHANNEL_ID", "DOC_ID"], 4)),
    ("cloud_resource_id", (l_cloudid, ["AMI_ID", "SECURITY_GROUP_ID", "VPC_ID", "ROLE_ARN"], 3)),
    ("public_client_id", (l_pubclient, ["STRIPE_PUBLISHABLE_KEY", "GOOGLE_CLIENT_ID"], 3)),
    ("content_hash_filename", (l_hashfile, ["ASSET_BUNDLE", "ENTRY_CHUNK"], 2)),
    ("message_id", (l_msgid, ["MESSAGE_ID"], 0)),
])
LOOK_KINDS = list(LOOKS)
LOOK_WEIGHTS = [LOOKS[k][2] for k in LOOK_KINDS]


def mk_secret(fmt):
    gen, keys, desc = FORMATS[fmt]
    return {"cls": "secret", "label": fmt, "value": gen(), "key": pick(keys), "desc": desc}


def mk_look(kind=None):
    if kind is None:
        kind = R.choices(LOOK_KINDS, weights=LOOK_WEIGHTS)[0]
    gen, keys, _w = LOOKS[kind]
    v = gen()
    key = None
    if isinstance(v, tuple):
        v, key = v
    if key is None:
        key = pick(keys) if keys else pick(SECRETISH_KEYS)
    return {"cls": "look", "label": kind, "value": v, "key": key, "desc": kind.replace("_", " ")}


FILLERS = [("PORT", "8080"), ("NODE_ENV", "production"), ("LOG_LEVEL", "info"), ("AWS_REGION", "eu-west-1"),
           ("DB_HOST", "db.internal"), ("DB_PORT", "5432"), ("DB_NAME", "orders"), ("CACHE_TTL", "300"),
           ("ENABLE_METRICS", "true"), ("MAX_WORKERS", "8"), ("API_BASE_URL", "https://api.internal.acme.io"),
           ("SENTRY_ENVIRONMENT", "staging"), ("TZ", "UTC"), ("FEATURE_NEW_CHECKOUT", "false"),
           ("SMTP_HOST", "smtp.mailgun.org"), ("SMTP_PORT", "587"), ("S3_BUCKET", "acme-uploads-prod"),
           ("APP_NAME", "billing-api"), ("RETRY_LIMIT", "5"), ("DEBUG", "false"), ("TIMEOUT_SECONDS", "30"),
           ("RUST_LOG", "info,hyper=warn"), ("PYTHONUNBUFFERED", "1"), ("WEB_CONCURRENCY", "4"),
           ("ALLOWED_HOSTS", "api.acme.io,localhost"), ("REDIS_HOST", "redis"), ("QUEUE_NAME", "default"),
           ("OTEL_SERVICE_NAME", "checkout"), ("GOMAXPROCS", "2"), ("JAVA_OPTS", "-Xmx512m")]


def fillers(n):
    idx = list(range(len(FILLERS)))
    R.shuffle(idx)
    return [{"cls": "plain", "label": "", "key": FILLERS[i][0], "value": FILLERS[i][1], "desc": ""} for i in idx[:n]]


def k_lower(k):
    return k.lower()


def k_camel(k):
    p = k.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:])


def k_kebab(k):
    return k.lower().replace("_", "-")


SAFE = set(ALNUM + "-_./:@+=,%~")


def needs_quote(v):
    return any(c not in SAFE for c in v)


def jesc(v):
    return json.dumps(v)[1:-1]


class Row:
    def __init__(self, ctx):
        self.ctx = ctx
        self.secrets = []
        self.looks = []

    def reg(self, it, shown=None):
        shown = it["value"] if shown is None else shown
        if it["cls"] == "secret":
            self.secrets.append({"value": shown, "format": it["label"]})
        elif it["cls"] == "look":
            self.looks.append({"value": shown, "kind": it["label"]})
        return shown

    def look(self, kind, value=None):
        it = mk_look(kind)
        if value is not None:
            it["value"] = value
        return self.reg(it)


def mixed(items, fill):
    lst = list(items) + list(fill)
    R.shuffle(lst)
    return lst


# --------------------------------------------------------------------------
# renderers: (row, items, fill) -> text
# --------------------------------------------------------------------------
def r_env(row, items, fill):
    L = []
    if chance(0.4):
        L.append(pick(["# Production environment", "# generated by setup.sh - do not commit",
                       "# local dev settings", "### app config", "# copy to .env.local"]))
    ex = chance(0.2)
    for it in mixed(items, fill):
        v = it["value"]
        sh = row.reg(it)
        if "\n" in v:
            s = '"%s"' % sh
        elif needs_quote(v):
            s = '"%s"' % sh if '"' not in v else "'%s'" % sh
        else:
            s = pick([sh, sh, '"%s"' % sh])
        L.append(("export " if ex else "") + "%s=%s" % (it["key"], s))
        if chance(0.08):
            L.append("")
    if not L:
        L.append("# intentionally empty - values come from the secret store")
    return "\n".join(L) + "\n"


def y_scalar(row, it, indent):
    """returns text after 'key:' (starting with space)"""
    v = it["value"]
    if "\n" in v:
        pad = " " * (indent + 2)
        sh = row.reg(it, v.replace("\n", "\n" + pad))
        return " |\n" + pad + sh
    sh = row.reg(it)
    if needs_quote(v) or v in ("true", "false", "yes", "no") or v.isdigit() or chance(0.3):
        return ' "%s"' % sh
    return " " + sh


def r_yaml_k8s(row, items, fill):
    app = pick(APPS)
    ns = pick(["default", "prod", "staging", "payments", "platform"])
    if chance(0.45):
        L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-secrets" % app, "  namespace: " + ns,
             "type: Opaque", "stringData:"]
        for it in mixed(items, fill):
            L.append("  %s:%s" % (pick([it["key"], k_kebab(it["key"])]), y_scalar(row, it, 2)))
        return "\n".join(L) + "\n"
    img = "ghcr.io/acme/%s" % app
    if chance(0.4):
        img += "@" + row.look("docker_digest")
    else:
        img += ":v%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9))
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: " + app, "  namespace: " + ns,
         "  labels:", "    app: " + app]
    if chance(0.4):
        L += ["  annotations:", "    checksum/config: " + row.look("sha256_checksum")]
    L += ["spec:", "  replicas: %d" % R.randint(1, 6), "  selector:", "    matchLabels:", "      app: " + app,
          "  template:", "    metadata:", "      labels:", "        app: " + app, "    spec:", "      containers:",
          "        - name: " + app, "          image: " + img, "          ports:",
          "            - containerPort: %d" % pick([8080, 3000, 8000, 9090])]
    lst = mixed(items, fill)
    if lst:
        L.append("          env:")
    for it in lst:
        L.append("            - name: " + it["key"])
        L.append("              value:" + y_scalar(row, it, 14))
    if chance(0.3):
        L += ["            - name: DB_PASSWORD", "              valueFrom:", "                secretKeyRef:",
              "                  name: %s-db" % app, "                  key: password"]
    return "\n".join(L) + "\n"


def r_yaml_compose(row, items, fill):
    app = pick(APPS)
    L = ['version: "3.9"' if chance(0.5) else "# docker-compose.yml", "services:", "  %s:" % app]
    if chance(0.3):
        L.append("    image: acme/%s@%s" % (app, row.look("docker_digest")))
    else:
        L.append("    build: .")
    L += ["    ports:", '      - "%d:%d"' % (8080, 8080), "    environment:"]
    lst = mixed(items, fill)
    listform = chance(0.4) and not any("\n" in it["value"] for it in lst)
    for it in lst:
        if listform:
            L.append("      - %s=%s" % (it["key"], row.reg(it)))
        else:
            L.append("      %s:%s" % (it["key"], y_scalar(row, it, 6)))
    if chance(0.5):
        L += ["    depends_on:", "      - db", "  db:", "    image: postgres:16-alpine", "    volumes:",
              "      - pgdata:/var/lib/postgresql/data", "volumes:", "  pgdata: {}"]
    return "\n".join(L) + "\n"


def r_yaml_ci(row, items, fill):
    lst = mixed(items, fill)
    if chance(0.6):
        L = ["name: %s" % pick(["deploy", "release", "ci", "publish"]), "on:", "  push:", "    branches: [main]", "env:"]
        for it in lst:
            L.append("  %s:%s" % (it["key"], y_scalar(row, it, 2)))
        co = row.look("git_sha") if chance(0.5) else "v4"
        L += ["jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@" + co,
              "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20",
              "      - run: npm ci && npm test"]
        if chance(0.6):
            ref = "${{ secrets.%s }}" % pick(SECRETISH_KEYS)
            L += ["      - run: ./scripts/deploy.sh", "        env:", "          TOKEN: " + row.look("variable_reference", ref)]
        return "\n".join(L) + "\n"
    L = ["stages: [test, deploy]", "variables:"]
    for it in lst:
        L.append("  %s:%s" % (it["key"], y_scalar(row, it, 2)))
    L += ["deploy:", "  stage: deploy", "  image: alpine:3.19", "  script:", "    - ./deploy.sh $CI_COMMIT_SHA",
          "  only: [main]"]
    return "\n".join(L) + "\n"


def json_shown_tree(row, items, keyf):
    d = collections.OrderedDict()
    for it in items:
        d[keyf(it["key"])] = ("__ITEM__", it)
    return d


def jdump(row, obj):
    """json.dumps an object whose leaves may be ("__ITEM__", it); registers escaped values."""
    def conv(o):
        if isinstance(o, tuple) and len(o) == 2 and o[0] == "__ITEM__":
            it = o[1]
            row.reg(it, jesc(it["value"]))
            return it["value"]
        if isinstance(o, dict):
            return collections.OrderedDict((k, conv(v)) for k, v in o.items())
        if isinstance(o, list):
            return [conv(x) for x in o]
        return o
    return json.dumps(conv(obj), indent=pick([2, 2, 4, None]))


def r_json_config(row, items, fill):
    keyf = pick([k_lower, k_camel])
    sections = ["database", "auth", "integrations", "storage", "notifications"]
    root = collections.OrderedDict()
    root["service"] = pick(APPS)
    root["version"] = "%d.%d.%d" % (R.randint(0, 5), R.randint(0, 30), R.randint(0, 9))
    for it in mixed(items, fill):
        sec = pick(sections) if chance(0.7) else None
        tgt = root if sec is None else root.setdefault(sec, collections.OrderedDict())
        tgt[keyf(it["key"])] = ("__ITEM__", it) if it["cls"] != "plain" else it["value"]
    return jdump(row, root) + "\n"


def r_json_api(row, items, fill):
    root = collections.OrderedDict()
    k = R.random()
    if k < 0.35:
        root["access_token"] = None
        root["token_type"] = "Bearer"
        root["expires_in"] = pick([3600, 7200, 86400])
    root["object"] = pick(["api_key", "integration", "credential", "list", "webhook_endpoint"])
    data = collections.OrderedDict()
    data["id"] = pick(["key_", "int_", "cred_", "we_"]) + rs(ALNUM, 16)
    data["created"] = R.randint(1690000000, 1735000000)
    keyf = pick([k_lower, k_camel])
    first = True
    for it in mixed(items, fill):
        if it["cls"] == "plain":
            data[keyf(it["key"])] = it["value"]
            continue
        if first and "access_token" in root and it["cls"] == "secret" and "\n" not in it["value"]:
            root["access_token"] = ("__ITEM__", it)
            first = False
            continue
        data[pick([keyf(it["key"]), "secret", "value", "token", "key"]) if chance(0.4) else keyf(it["key"])] = ("__ITEM__", it)
    if root.get("access_token") is None:
        root.pop("access_token", None)
    root["data"] = data
    if chance(0.5):
        root["request_id"] = "__RID__"
    txt = jdump(row, root)
    if "__RID__" in txt:
        txt = txt.replace("__RID__", row.look("uuid"))
    return txt + "\n"


def r_toml(row, items, fill):
    L = ["[%s]" % pick(["app", "server", "service"]), 'name = "%s"' % pick(APPS)]
    secs = ["database", "auth", "integrations", "secrets"]
    cur = None
    for it in mixed(items, fill):
        if chance(0.35) or cur is None:
            nxt = pick(secs)
            if nxt != cur:
                cur = nxt
                L.append("")
                L.append("[%s]" % cur)
        v = it["value"]
        if "\n" in v:
            L.append('%s = """\n%s\n"""' % (k_lower(it["key"]), row.reg(it)))
        elif it["cls"] == "plain" and v.isdigit():
            L.append("%s = %s" % (k_lower(it["key"]), v))
        else:
            L.append('%s = "%s"' % (k_lower(it["key"]), row.reg(it)))
    return "\n".join(L) + "\n"


def r_ini(row, items, fill):
    L = ["[%s]" % pick(["default", "main", "app", "DEFAULT"])]
    for it in mixed(items, fill):
        if chance(0.25):
            L.append("")
            L.append("[%s]" % pick(["database", "credentials", "api", "smtp", "profile prod"]))
        v = it["value"]
        k = pick([k_lower(it["key"]), it["key"]])
        if "\n" in v:
            L.append("%s = %s" % (k, row.reg(it, v.replace("\n", "\n    "))))
        else:
            L.append("%s %s %s" % (k, pick(["=", "=", ":"]), row.reg(it)))
    return "\n".join(L) + "\n"


def shell_cmds(row, it):
    """shell command lines embedding one item"""
    v, f, k = it["value"], it["label"], it["key"]
    if "\n" in v:
        path = pick(["~/.ssh/id_ed25519", "/tmp/key.pem", "./deploy_key", "~/.ssh/id_rsa"])
        return ["cat > %s <<'EOF'" % path, row.reg(it), "EOF", "chmod 600 " + path]
    if it["cls"] == "secret":
        if f in ("postgres_url",):
            return ['psql "%s" -c "select 1"' % row.reg(it)]
        if f == "mysql_url":
            return ["mycli %s" % row.reg(it)]
        if f == "mongodb_url":
            return ['mongosh "%s"' % row.reg(it)]
        if f == "redis_url":
            return ["redis-cli -u %s ping" % row.reg(it)]
        if f == "slack_webhook_url":
            return ["curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy done\"}' %s" % row.reg(it)]
        if f == "http_basic_auth":
            return ['curl -H "Authorization: Basic %s" https://registry.acme.io/v2/_catalog' % row.reg(it)]
        if f == "generic_password" and chance(0.6):
            return [pick(["curl -u admin:%s https://jenkins.acme.io/api/json",
                          "mysql -h 127.0.0.1 -u root -p'%s' shop",
                          "docker login registry.acme.io -u deploy -p '%s'",
                          "sshpass -p '%s' ssh ops@10.0.4.21"]) % row.reg(it)]
        if f in ("github_pat_classic", "github_fine_grained_pat", "github_app_token") and chance(0.5):
            return ["git clone https://%s@github.com/acme/%s.git" % (row.reg(it), pick(APPS))]
        if f == "gitlab_pat" and chance(0.5):
            return ["git remote set-url origin https://oauth2:%s@gitlab.com/acme/%s.git" % (row.reg(it), pick(APPS))]
        if f == "telegram_bot_token" and chance(0.6):
            return ["curl https://api.telegram.org/bot%s/getUpdates" % row.reg(it)]
        if chance(0.45):
            hdr = pick(["Authorization: Bearer %s", "Authorization: Bearer %s", "X-API-Key: %s",
                        "Authorization: token %s", "PRIVATE-TOKEN: %s"])
            return ['curl -sS -H "%s" https://api.%s.com/v1/%s' % (hdr % row.reg(it), pick(WORDS), pick(["me", "items", "projects"]))]
        return [pick(["export %s=%s", "export %s='%s'", "%s=%s ./run.sh"]) % (k, row.reg(it))]
    # look-alikes
    lab = it["label"]
    if lab == "git_sha":
        return [pick(["git checkout %s", "git show %s --stat", "git revert %s"]) % row.reg(it)]
    if lab == "docker_digest":
        return ["docker pull ghcr.io/acme/%s@%s" % (pick(APPS), row.reg(it))]
    if lab == "k8s_pod_name":
        return ["kubectl logs -f %s -n prod" % row.reg(it)]
    if lab == "sha256_checksum":
        return ["echo '%s  release.tar.gz' | sha256sum -c -" % row.reg(it)]
    if lab == "ssh_public_key":
        return ["echo '%s deploy@ci' >> ~/.ssh/authorized_keys" % row.reg(it)]
    if lab == "uuid":
        return ['curl -H "X-Request-Id: %s" localhost:8080/health' % row.reg(it)]
    return [pick(["export %s='%s'", "export %s=\"%s\""]) % (k, row.reg(it))]


NOISE_CMDS = ["ls -la", "cd ~/src/%s" % "api", "git status", "git pull --rebase", "make test", "npm run build",
              "kubectl get pods -n prod", "docker compose up -d", "cargo build --release", "vim .env", "history | tail",
              "terraform plan", "aws sts get-caller-identity", "python -m pytest -q", "clear", "htop"]


def r_shell_history(row, items, fill):
    L = []
    numbered = chance(0.4)
    for it in mixed(items, []):
        for _ in range(R.randint(0, 2)):
            L.append(pick(NOISE_CMDS))
        L.extend(shell_cmds(row, it))
    for _ in range(len(fill) // 2):
        L.insert(R.randint(0, len(L)), pick(NOISE_CMDS))
    if not L:
        L = [pick(NOISE_CMDS)]
    if numbered:
        n0 = R.randint(100, 1900)
        out, i = [], 0
        in_heredoc = False
        for ln in L:
            if in_heredoc:
                out.append(ln)
                if ln == "EOF":
                    in_heredoc = False
                continue
            out.append("%5d  %s" % (n0 + i, ln))
            i += 1
            if "<<'EOF'" in ln:
                in_heredoc = True
        L = out
    return "\n".join(L) + "\n"


def r_shell_script(row, items, fill):
    L = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    if chance(0.5):
        L.append("# %s" % pick(["deploy helper", "bootstrap a dev box", "nightly backup", "rotate creds (TODO)"]))
    for it in fill:
        L.append('%s="${%s:-%s}"' % (it["key"], it["key"], it["value"]))
    for it in mixed(items, []):
        L.extend(shell_cmds(row, it))
    L += ["", 'echo "done"']
    return "\n".join(L) + "\n"


def r_python(row, items, fill):
    L = ["import os", "import logging", "", "log = logging.getLogger(__name__)", ""]
    lst = mixed(items, fill)
    style = R.random()
    if style < 0.35:
        L.append("SETTINGS = {")
        for it in lst:
            v = it["value"]
            if "\n" in v:
                L.append('    "%s": """%s""",' % (k_lower(it["key"]), row.reg(it)))
            else:
                L.append('    "%s": "%s",' % (k_lower(it["key"]), row.reg(it)))
        L.append("}")
    else:
        for it in lst:
            v = it["value"]
            if "\n" in v:
                L.append('%s = """%s"""' % (it["key"], row.reg(it)))
            elif chance(0.3):
                L.append('%s = os.environ.get("%s", "%s")' % (it["key"], it["key"], row.reg(it)))
            else:
                L.append('%s = "%s"%s' % (it["key"], row.reg(it), pick(["", "", "  # TODO: move to env", "  # noqa"])))
    L += ["", "", "def main():", '    log.info("starting %s")' % pick(APPS), "", "", 'if __name__ == "__main__":', "    main()"]
    return "\n".join(L) + "\n"


def r_js(row, items, fill):
    L = [pick(["'use strict';", "import axios from 'axios';", "const express = require('express');"]), ""]
    lst = mixed(items, fill)
    if chance(0.4):
        L.append("module.exports = {")
        for it in lst:
            v = it["value"]
            q = "`" if "\n" in v else pick(["'", '"'])
            L.append("  %s: %s%s%s," % (k_camel(it["key"]), q, row.reg(it), q))
        L.append("};")
    else:
        for it in lst:
            v = it["value"]
            q = "`" if "\n" in v else pick(["'", '"'])
            if chance(0.3) and "\n" not in v:
                L.append("const %s = process.env.%s || %s%s%s;" % (k_camel(it["key"]), it["key"], q, row.reg(it), q))
            else:
                L.append("const %s = %s%s%s;" % (k_camel(it["key"]), q, row.reg(it), q))
        L += ["", "export async function ping() {", "  return fetch(`${BASE}/health`);", "}"]
    return "\n".join(L) + "\n"


def r_go(row, items, fill):
    L = ["package config", "", "import \"os\"", "", "const ("]
    for it in mixed(items, fill):
        v = it["value"]
        name = "".join(x.title() for x in it["key"].lower().split("_"))
        if "\n" in v:
            L.append("\t%s = `%s`" % (name, row.reg(it)))
        else:
            L.append('\t%s = "%s"' % (name, row.reg(it)))
    L += [")", "", "func Env(k, def string) string {", "\tif v := os.Getenv(k); v != \"\" {", "\t\treturn v",
          "\t}", "\treturn def", "}"]
    return "\n".join(L) + "\n"


def r_java(row, items, fill):
    cls = "".join(x.title() for x in pick(APPS).split("-")) + "Config"
    L = ["package com.acme.config;", "", "public final class %s {" % cls]
    for it in mixed(items, fill):
        v = it["value"]
        sh = row.reg(it, v.replace("\n", "\\n"))
        L.append('    public static final String %s = "%s";' % (it["key"], sh))
    L += ["", "    private %s() {}" % cls, "}"]
    return "\n".join(L) + "\n"


def r_dockerfile(row, items, fill):
    base = pick(["node:20-alpine", "python:3.12-slim", "golang:1.22", "eclipse-temurin:21-jre", "debian:bookworm-slim"])
    if chance(0.4):
        base += "@" + row.look("docker_digest")
    L = ["FROM " + base, "WORKDIR /app"]
    for it in mixed(items, fill):
        v = it["value"]
        if "\n" in v:
            L.append("RUN mkdir -p /root/.ssh && printf '%%s\\n' \"%s\" > /root/.ssh/id_key" % row.reg(it, v.replace("\n", "\\n")))
            continue
        kw = pick(["ENV", "ENV", "ARG"])
        if it["cls"] == "secret" and chance(0.25):
            L.append("RUN curl -fsSL -H \"Authorization: Bearer %s\" https://artifacts.acme.io/pkg.tgz | tar xz" % row.reg(it))
        elif needs_quote(v):
            L.append('%s %s="%s"' % (kw, it["key"], row.reg(it)))
        else:
            L.append("%s %s=%s" % (kw, it["key"], row.reg(it)))
    L += ["COPY . .", pick(["RUN npm ci --omit=dev", "RUN pip install -r requirements.txt", "RUN go build -o /bin/app ./cmd/app"]),
          'CMD ["/bin/sh", "-c", "./start.sh"]']
    return "\n".join(L) + "\n"


def r_terraform(row, items, fill):
    L = ['terraform {', '  required_version = ">= 1.5"', '}', '']
    lst = mixed(items, fill)
    aws = [it for it in lst if it["label"] in ("aws_access_key_id", "aws_secret_access_key")
           or it["key"] in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")]
    rest = [it for it in lst if it not in aws]
    if aws:
        L.append('provider "aws" {')
        L.append('  region     = "us-east-1"')
        for it in aws:
            L.append('  %s = "%s"' % ("access_key" if "ACCESS_KEY_ID" in it["key"] else "secret_key", row.reg(it)))
        L.append("}")
        L.append("")
    for it in rest:
        v = it["value"]
        name = k_lower(it["key"])
        if "\n" in v:
            L += ['variable "%s" {' % name, "  type    = string", "  default = <<-EOT", row.reg(it), "  EOT", "}", ""]
        elif chance(0.5):
            L += ['variable "%s" {' % name, '  type      = string', '  default   = "%s"' % row.reg(it)]
            if it["cls"] == "secret":
                L.append("  sensitive = true")
            L += ["}", ""]
        else:
            L += ['resource "kubernetes_secret" "%s" {' % name, '  metadata { name = "%s" }' % k_kebab(it["key"]),
                  '  data = {', '    value = "%s"' % row.reg(it), '  }', '}', '']
    return "\n".join(L)


_TS = [1717000000]


def ts():
    _TS[0] += R.randint(1, 400)
    t = _TS[0]
    days = t // 86400
    # simple civil-from-days (Howard Hinnant), deterministic and stdlib-free of tz
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y += m <= 2
    s = t % 86400
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, s // 3600, (s // 60) % 60, s % 60, R.randint(0, 999))


def log_line(row, it):
    v, lab = it["value"], it["label"]
    lvl = pick(["INFO", "DEBUG", "WARN", "ERROR"])
    svc = pick(APPS)
    if "\n" in v:
        sh = row.reg(it, v.replace("\n", "\\n"))
        return '%s %s [%s] loaded key material: "%s"' % (ts(), lvl, svc, sh)
    if it["cls"] == "secret":
        if lab.endswith("_url") and lab != "slack_webhook_url":
            return "%s %s [%s] connecting to %s" % (ts(), lvl, svc, row.reg(it))
        t = pick(["%s %s [%s] GET /v1/export?api_key=%s 200 41ms",
                  "%s %s [%s] outbound request headers={\"Authorization\": \"Bearer %s\"}",
                  "%s %s [%s] config loaded: " + it["key"] + "=%s",
                  "%s %s [%s] auth failed for token %s (401)",
                  "%s %s [%s] retrying webhook %s"])
        return t % (ts(), lvl, svc, row.reg(it))
    t = pick(["%s %s [%s] request_id=%s status=200 dur=12ms",
              "%s %s [%s] " + k_lower(it["key"]) + "=%s",
              "%s %s [%s] processed %s ok",
              "%s %s [%s] " + it["key"] + " is %s"])
    return t % (ts(), lvl, svc, row.reg(it))


def r_log(row, items, fill):
    L = []
    for it in mixed(items, []):
        for _ in range(R.randint(0, 2)):
            L.append("%s INFO [%s] %s" % (ts(), pick(APPS), pick(["healthcheck ok", "worker started", "cache warm",
                                                                    "listening on :8080", "flushed 120 events"])))
        L.append(log_line(row, it))
    for it in fill:
        L.append("%s DEBUG [%s] env %s=%s" % (ts(), pick(APPS), it["key"], it["value"]))
    if not L:
        L.append("%s INFO [%s] shutdown complete" % (ts(), pick(APPS)))
    return "\n".join(L) + "\n"


SECRET_PROSE = ["here's the %(desc)s for staging: %(v)s", "can you try with %(v)s? it's the %(env)s one",
                "I rotated it, new %(desc)s is %(v)s", "use this until vault is fixed -> %(v)s",
                "pasting the %(desc)s so you don't have to dig: %(v)s", "%(key)s=%(v)s (don't share pls)",
                "ok the old one was revoked. new: %(v)s"]
LOOK_PROSE = {"git_sha": ["deployed %(v)s to prod", "the regression came in with %(v)s"],
              "uuid": ["request id was %(v)s if you want to check the logs", "tenant %(v)s is the broken one"],
              "order_number": ["customer says order %(v)s never arrived", "tracking: %(v)s"],
              "placeholder": ["set %(key)s to %(v)s for now, real one is in 1password",
                              "the template just says %(key)s=%(v)s"],
              "documented_example": ["the docs example uses %(v)s, obviously not real",
                                     "copy the sample: %(key)s=%(v)s"],
              "redacted": ["the log shows %(v)s so it's masked properly", "dashboard shows key %(v)s"],
              }
GENERIC_LOOK_PROSE = ["fwiw the %(desc)s is %(v)s", "%(key)s = %(v)s", "see %(v)s", "value in the ticket: %(v)s"]


def prose(row, it):
    d = {"desc": it["desc"], "key": it["key"], "env": pick(["staging", "prod", "dev", "sandbox"])}
    v = it["value"]
    if "\n" in v:
        d["v"] = "\n```\n" + row.reg(it) + "\n```\n"
        return pick(["here's the %(desc)s:%(v)s", "pasted the %(desc)s below%(v)s"]) % d
    d["v"] = row.reg(it)
    if it["cls"] == "secret":
        return pick(SECRET_PROSE) % d
    return pick(LOOK_PROSE.get(it["label"], GENERIC_LOOK_PROSE)) % d


def r_chat(row, items, fill):
    L = []
    people = list(PEOPLE)
    R.shuffle(people)
    slack = chance(0.5)
    for it in mixed(items, []):
        who = pick(people[:3])
        msg = prose(row, it)
        if slack:
            L.append("[%s] %s: %s" % ("%02d:%02d" % (R.randint(8, 19), R.randint(0, 59)), who, msg))
        else:
            L.append("%s: %s" % (who, msg))
        if chance(0.5):
            L.append("%s: %s" % (pick(people[:3]), pick(["thx", "works now", "ok got it",
                                                       "please rotate that after", "ty!", "which env?"])))
    if not L:
        L.append("%s: %s" % (people[0], pick(["standup in 5", "anyone seen the deploy fail?", "lgtm"])))
    return "\n".join(L) + "\n"


def r_email(row, items, fill):
    a, b = pick(PEOPLE), pick(PEOPLE)
    L = ["From: %s <%s@acme.io>" % (a.title(), a), "To: %s@%s.com" % (b, pick(WORDS)),
         "Subject: %s" % pick(["Re: access to the API", "credentials for the integration", "Fwd: onboarding",
                                "staging setup", "Re: build failing"]),
         "Date: Tue, %d Mar 2024 %02d:%02d:00 +0000" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))]
    if chance(0.5):
        L.append("Message-ID: %s" % row.look("message_id"))
    L += ["", "Hi %s," % b.title(), ""]
    for it in mixed(items, []):
        L.append(prose(row, it))
        L.append("")
    if fill:
        L.append("Other settings: " + ", ".join("%s=%s" % (f["key"], f["value"]) for f in fill))
        L.append("")
    L += ["Thanks,", a.title()]
    return "\n".join(L) + "\n"


def csv_field(row, it):
    v = it["value"]
    sh = row.reg(it)
    if "\n" in v or "," in v or '"' in v:
        return '"%s"' % sh
    return sh


def r_csv(row, items, fill):
    if chance(0.5):
        L = ["name,type,value,created_at,owner"]
        for it in mixed(items, fill):
            L.append("%s,%s,%s,2024-%02d-%02d,%s" % (k_lower(it["key"]), pick(["secret", "config", "env"]),
                                                    csv_field(row, it), R.randint(1, 12), R.randint(1, 28), pick(PEOPLE)))
        return "\n".join(L) + "\n"
    L = ["id,integration,credential,status,last_used"]
    for it in mixed(items, []):
        L.append("%s,%s,%s,%s,%s" % (row.look("uuid"), it["desc"].replace(",", ""), csv_field(row, it),
                                     pick(["active", "revoked", "active"]), ts()[:10]))
    for _ in range(R.randint(0, 3)):
        L.append("%s,%s,,disabled," % (row.look("uuid"), pick(["legacy", "unused"])))
    return "\n".join(L) + "\n"


def r_http(row, items, fill):
    lst = mixed(items, [])
    hdrs, body = [], collections.OrderedDict()
    used_auth = False
    for it in lst:
        v = it["value"]
        if it["cls"] == "secret" and "\n" not in v and not used_auth and not it["label"].endswith("_url"):
            if it["label"] == "http_basic_auth":
                hdrs.append("Authorization: Basic " + row.reg(it))
            else:
                hdrs.append(pick(["Authorization: Bearer %s", "Authorization: Bearer %s", "X-Api-Key: %s",
                                  "x-goog-api-key: %s", "Authorization: token %s"]) % row.reg(it))
            used_auth = True
        elif it["cls"] == "look" and it["label"] in ("uuid", "trace_id") and chance(0.7):
            hdrs.append(pick(["X-Request-Id: %s", "traceparent: %s", "X-Correlation-Id: %s"]) % row.reg(it))
        elif it["cls"] == "look" and it["label"] in ("md5_checksum", "sha256_checksum") and chance(0.6):
            hdrs.append('If-None-Match: "%s"' % row.reg(it))
        else:
            body[k_lower(it["key"]) if chance(0.6) else pick(["token", "secret", "value", "key", "ref"])] = ("__ITEM__", it)
    for f in fill:
        body[k_lower(f["key"])] = f["value"]
    method = "POST" if body else pick(["GET", "GET", "DELETE"])
    L = ["%s /%s HTTP/1.1" % (method, pick(["v1/credentials", "api/integrations", "oauth/token", "v2/projects/42/keys",
                                             "internal/config"])),
         "Host: %s" % pick(["api.acme.io", "localhost:8080", "gateway.internal"]),
         "User-Agent: %s" % pick(["curl/8.5.0", "python-requests/2.31.0", "axios/1.6.7", "Go-http-client/1.1"]),
         "Accept: application/json"] + hdrs
    if body:
        txt = jdump(row, body)
        L += ["Content-Type: application/json", "Content-Length: %d" % len(txt), "", txt]
    out = "\n".join(L) + "\n"
    if chance(0.3):
        out += "\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"ok\": true}\n"
    return out


def r_git_diff(row, items, fill):
    path = pick([".env", "config/settings.env", "deploy/.env.production", "docker/.env"])
    a7, b7 = hx(7), hx(7)
    L = ["diff --git a/%s b/%s" % (path, path)]
    if chance(0.6):
        L.insert(0, "commit %s" % row.look("git_sha"))
        L.insert(1, "Author: %s <%s@acme.io>" % (pick(PEOPLE).title(), pick(PEOPLE)))
        L.insert(2, "")
        L.insert(3, "    %s" % pick(["add prod config", "wip", "fix deploy", "update keys"]))
        L.insert(4, "")
    L += ["index %s..%s 100644" % (row.look("git_sha", a7), row.look("git_sha", b7)),
          "--- a/" + path, "+++ b/" + path, "@@ -1,%d +1,%d @@" % (len(fill) + 1, len(fill) + len(items) + 1)]
    for f in fill:
        L.append(" %s=%s" % (f["key"], f["value"]))
    for it in mixed(items, []):
        v = it["value"]
        if it["cls"] == "secret" and chance(0.35) and "\n" not in v:
            L.append("-%s=%s" % (it["key"], row.look("placeholder")))
        if "\n" in v:
            L.append('+%s="%s"' % (it["key"], row.reg(it, v.replace("\n", "\n+"))))
        else:
            L.append("+%s=%s" % (it["key"], row.reg(it)))
    return "\n".join(L) + "\n"


def r_markdown(row, items, fill):
    app = pick(APPS)
    L = ["# %s" % app, "", pick(["## Setup", "## Configuration", "## Getting started"]), "",
         pick(["Set the following variables before running the service:", "Copy these into your `.env`:",
               "The service reads its credentials from the environment."]), "", "```bash"]
    lst = mixed(items, fill)
    tab = [it for it in lst if it["cls"] == "look" and chance(0.4) and "\n" not in it["value"]]
    code = [it for it in lst if it not in tab]
    for it in code:
        v = it["value"]
        if "\n" in v:
            L.append('%s="%s"' % (it["key"], row.reg(it)))
        else:
            L.append("export %s=%s" % (it["key"], row.reg(it)))
    L += ["```", ""]
    if tab:
        L += ["| name | value |", "|------|-------|"]
        for it in tab:
            L.append("| %s | `%s` |" % (it["key"], row.reg(it)))
        L.append("")
    L.append(pick(["See `docs/deploy.md` for more.", "> **Note:** never commit real credentials.", "Run `make dev` afterwards."]))
    return "\n".join(L) + "\n"


NPM_PKGS = ["lodash", "react", "express", "chalk", "debug", "ms", "semver", "uuid", "axios", "commander", "yargs",
            "minimist", "tslib", "zod", "dotenv"]
CRATES = ["serde", "tokio", "anyhow", "regex", "rand", "hyper", "bytes", "tracing", "clap", "memchr", "itoa"]
GOMODS = ["github.com/pkg/errors", "golang.org/x/sys", "github.com/google/uuid", "go.uber.org/zap",
          "github.com/spf13/cobra", "gopkg.in/yaml.v3"]
PYPKGS = ["requests", "urllib3", "certifi", "idna", "charset-normalizer", "pyyaml", "attrs", "six"]


def ver():
    return "%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 20))


def r_lockfile(row, items, fill):
    k = R.random()
    if k < 0.25:
        pk = collections.OrderedDict()
        for p in R.sample(NPM_PKGS, R.randint(2, 6)):
            v = ver()
            pk["node_modules/" + p] = collections.OrderedDict(
                [("version", v), ("resolved", "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (p, p, v)),
                 ("integrity", "__I%d__" % len(pk))])
        txt = json.dumps({"name": pick(APPS), "lockfileVersion": 3, "packages": pk}, indent=2)
        for i in range(len(pk)):
            txt = txt.replace("__I%d__" % i, row.look("sri_integrity", "sha512-" + b64s(rb(64))))
        return txt + "\n"
    if k < 0.45:
        L = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
        for p in R.sample(NPM_PKGS, R.randint(2, 6)):
            v = ver()
            L += ['%s@^%s:' % (p, v), '  version "%s"' % v,
                  '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (p, p, v, row.look("git_sha", hx(40))),
                  "  integrity " + row.look("sri_integrity", "sha512-" + b64s(rb(64))), ""]
        return "\n".join(L)
    if k < 0.65:
        L = ["# This file is automatically @generated by Cargo.", "version = 3", ""]
        for c in R.sample(CRATES, R.randint(2, 6)):
            L += ["[[package]]", 'name = "%s"' % c, 'version = "%s"' % ver(),
                  'source = "registry+https://github.com/rust-lang/crates.io-index"',
                  'checksum = "%s"' % row.look("sha256_checksum", hx(64)), ""]
        return "\n".join(L)
    if k < 0.82:
        L = []
        for m in R.sample(GOMODS, R.randint(2, 5)):
            v = "v" + ver()
            L.append("%s %s %s" % (m, v, row.look("go_sum_hash")))
            L.append("%s %s/go.mod %s" % (m, v, row.look("go_sum_hash")))
        return "\n".join(L) + "\n"
    L = ["# pip-compile --generate-hashes"]
    for p in R.sample(PYPKGS, R.randint(2, 5)):
        L.append("%s==%s \\" % (p, ver()))
        n = R.randint(1, 2)
        for j in range(n):
            L.append("    --hash=sha256:%s%s" % (row.look("sha256_checksum", hx(64)), " \\" if j < n - 1 else ""))
    return "\n".join(L) + "\n"


RENDERERS = collections.OrderedDict([
    ("env_file", r_env), ("yaml_k8s", r_yaml_k8s), ("yaml_compose", r_yaml_compose), ("yaml_ci", r_yaml_ci),
    ("json_config", r_json_config), ("json_api_response", r_json_api), ("toml_config", r_toml),
    ("ini_config", r_ini), ("shell_history", r_shell_history), ("shell_script", r_shell_script),
    ("python_source", r_python), ("javascript_source", r_js), ("go_source", r_go), ("java_source", r_java),
    ("dockerfile", r_dockerfile), ("terraform", r_terraform), ("log_lines", r_log), ("chat_message", r_chat),
    ("email", r_email), ("csv_export", r_csv), ("http_request", r_http), ("git_diff", r_git_diff),
    ("markdown_doc", r_markdown), ("lockfile", r_lockfile),
])


def spans_ok(row, text):
    for s in row.secrets:
        if not s["value"] or s["value"] not in text:
            return False
    for l in row.looks:
        if not l["value"] or l["value"] not in text:
            return False
    return True


def build():
    ctxs = list(RENDERERS)
    plan = []
    for i in range(N_ROWS):
        ctx = ctxs[i % len(ctxs)]
        ns = 0 if ctx == "lockfile" else pick([0, 0, 1, 1, 1, 2, 3])
        nl = pick([0, 0, 1, 1, 1, 2, 2, 3])
        plan.append([ctx, ns, nl])
    R.shuffle(plan)
    total = sum(p[1] for p in plan)
    fmts = list(FORMATS)
    pool = [fmts[j % len(fmts)] for j in range(total)]
    R.shuffle(pool)
    rows = []
    for i, (ctx, ns, nl) in enumerate(plan):
        fmt_list = [pool.pop() for _ in range(ns)]
        for attempt in range(6):
            items = [mk_secret(f) for f in fmt_list] + [mk_look() for _ in range(nl)]
            nf = pick([0, 0, 1, 2, 3, 5, 8]) if attempt < 3 else 0
            row = Row(ctx)
            text = RENDERERS[ctx](row, items, fillers(nf))
            if len(text) <= MAX_TEXT or attempt == 5:
                break
        if not spans_ok(row, text):
            raise SystemExit("internal error: value missing from text in row %d (%s)" % (i, ctx))
        rows.append({"id": "h4-%05d" % i, "text": text, "secrets": row.secrets, "lookalikes": row.looks,
                     "context": ctx})
    return rows


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: heldout4_secrets.py OUT.jsonl\n")
        return 2
    rows = build()
    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=True, separators=(",", ":")) + "\n")
    fc = collections.Counter(s["format"] for r in rows for s in r["secrets"])
    lc = collections.Counter(l["kind"] for r in rows for l in r["lookalikes"])
    cc = collections.Counter(r["context"] for r in rows)
    sys.stderr.write("rows=%d secrets=%d lookalikes=%d formats=%d contexts=%d\n" % (
        len(rows), sum(fc.values()), sum(lc.values()), len(fc), len(cc)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
