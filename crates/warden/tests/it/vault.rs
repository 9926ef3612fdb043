//! The vault: a canary credential stored with the CLI, injected by a connector as
//! `{{secret:…}}`, scoped to agents, rotated, revoked; a wrong master key refused.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::{self, BIN, CANARY_KEY, run_cli};

const MASTER: &str = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA="; // 32 bytes, base64
const OTHER_MASTER: &str = "ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA=";

struct Vaulted {
    _dir: tempfile::TempDir,
    config: std::path::PathBuf,
    db: std::path::PathBuf,
    log: std::path::PathBuf,
    base: String,
    admin: String,
    child: std::process::Child,
    upstream_url: String,
    http: reqwest::Client,
}

impl Drop for Vaulted {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Vaulted {
    async fn start() -> Self {
        Self::start_with("").await
    }

    async fn start_with(extra: &str) -> Self {
        Self::start_full(extra, &[]).await
    }

    async fn start_full(extra: &str, envs: &[(&str, &str)]) -> Self {
        Self::start_keyed(extra, envs, Some(MASTER)).await
    }

    async fn start_keyed(extra: &str, envs: &[(&str, &str)], master: Option<&str>) -> Self {
        warden_execute::install_crypto_provider();
        let up = harness::upstream().await;
        let dir = tempfile::tempdir().unwrap();
        // Every GroupAny connector takes its key from the vault instead of the environment.
        let config = harness::write_deployment(dir.path(), |t| {
            t.replace("{{env:GROUPANY_API_KEY}}", "{{secret:groupany_key}}")
                .replace("{{env:LLM_API_KEY}}", "{{secret:llm_key}}")
                + extra
        });
        let db = dir.path().join("data/warden.db");
        let (code, stdout, stderr) = run_cli(
            &[
                "init",
                "--json",
                "--config",
                config.to_str().unwrap(),
                "--db",
                db.to_str().unwrap(),
            ],
            &[],
        );
        assert_eq!(code, 0, "{stderr}");
        let admin = serde_json::from_str::<Value>(&stdout).unwrap()["token"]
            .as_str()
            .unwrap()
            .to_owned();
        let log = dir.path().join("serve.log");
        let mut all_envs: Vec<(&str, &str)> = master
            .map(|m| ("WARDEN_MASTER_KEY", m))
            .into_iter()
            .collect();
        all_envs.extend_from_slice(envs);
        let (child, base) = harness::spawn_serve_with(&config, &db, &log, &up.url, &all_envs);
        Self {
            _dir: dir,
            config,
            db,
            log,
            base,
            admin,
            child,
            upstream_url: up.url,
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .unwrap(),
        }
    }

    fn cli(&self, args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
        harness::cli_as(&self.base, &self.admin, args, stdin)
    }

    async fn token(&self, subject: &str) -> String {
        let v: Value = self
            .http
            .post(format!("{}/v1/admin/tokens", self.base))
            .bearer_auth(&self.admin)
            .json(&json!({"kind": "agent", "subject": subject}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v["token"].as_str().unwrap().to_owned()
    }

    async fn act(&self, token: &str, tool: &str, args: Value) -> (u16, Value) {
        let r = self
            .http
            .post(format!("{}/v1/actions", self.base))
            .bearer_auth(token)
            .json(&json!({"tool": tool, "arguments": args, "session": "v1"}))
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap())
    }

    async fn audit(&self, query: &str) -> Vec<Value> {
        self.http
            .get(format!("{}/v1/admin/audit?{query}", self.base))
            .bearer_auth(&self.admin)
            .send()
            .await
            .unwrap()
            .json::<Value>()
            .await
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    }
}

fn contains(bytes: &[u8], needle: &str) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn a_vault_secret_is_injected_scoped_rotated_revoked_and_never_leaks() {
    let v = Vaulted::start().await;
    let support = v.token("support-bot").await;
    let dev = v.token("dev-bot").await;

    // Stored from standard input, for support-bot only. No command prints the value.
    let (code, out, err) = v.cli(
        &[
            "secrets",
            "put",
            "groupany_key",
            "--from-stdin",
            "--agent",
            "support-bot",
        ],
        Some(&format!("{CANARY_KEY}\n")),
    );
    assert_eq!(code, 0, "{out}{err}");
    for args in [
        &["secrets", "list"][..],
        &["secrets", "show", "groupany_key"][..],
        &["secrets", "history", "groupany_key", "--json"][..],
    ] {
        let (code, out, err) = v.cli(args, None);
        assert_eq!(code, 0, "{err}");
        assert!(
            !out.contains(CANARY_KEY) && !err.contains(CANARY_KEY),
            "{out}"
        );
    }

    // Injected at execution for support-bot: the upstream accepts it.
    let (s, body) = v
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    let used = v.audit("event=secret.used").await;
    assert!(
        used.iter()
            .any(|r| r["agent"] == "support-bot" && r["output"]["secret"] == "groupany_key"),
        "{used:?}"
    );
    // The first use by an agent is an alert; usage is counted per agent.
    let alerts = v.audit("event=secret.alert").await;
    assert!(
        alerts.iter().any(|r| r["agent"] == "support-bot"
            && r["description"]
                .as_str()
                .unwrap()
                .contains("for the first time")),
        "{alerts:?}"
    );
    let (_, out, _) = v.cli(&["secrets", "show", "groupany_key", "--json"], None);
    let shown: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(shown["usage"]["support-bot"]["count"], 1, "{shown}");

    // Not for dev-bot: its call that needs the key is refused, and says why.
    let (s, body) = v
        .act(
            &dev,
            "ci.run_pipeline",
            json!({"repo": "groupany/web", "branch": "main"}),
        )
        .await;
    assert_eq!(s, 403, "{body}");
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains("may not use secret `groupany_key`"),
        "{body}"
    );

    // Rotation: the next call uses the new value (this upstream only knows the canary, so a
    // rotation to another value is seen as its 401), and rotating back works again.
    let (code, _, err) = v.cli(
        &["secrets", "rotate", "groupany_key", "--from-stdin"],
        Some("not-the-right-key-x9"),
    );
    assert_eq!(code, 0, "{err}");
    let (s, body) = v
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
        )
        .await;
    assert_eq!(s, 502, "{body}");
    assert_eq!(body["upstream_status"], 401, "{body}");
    let (code, _, err) = v.cli(
        &["secrets", "rotate", "groupany_key", "--from-stdin"],
        Some(CANARY_KEY),
    );
    assert_eq!(code, 0, "{err}");
    let (s, _) = v
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
        )
        .await;
    assert_eq!(s, 200);
    let (_, hist, _) = v.cli(&["secrets", "history", "groupany_key", "--json"], None);
    let hist: Value = serde_json::from_str(&hist).unwrap();
    assert_eq!(hist["current_version"], 3, "{hist}");
    assert_eq!(hist["versions"][1]["state"], "previous", "{hist}");

    // Revoked: the calls that need it stop.
    let (code, _, err) = v.cli(&["secrets", "revoke", "groupany_key"], None);
    assert_eq!(code, 0, "{err}");
    let (s, body) = v
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
        )
        .await;
    assert_eq!(s, 403, "{body}");

    // The canary is nowhere in plain text: database, log, audit records.
    tokio::time::sleep(Duration::from_millis(700)).await;
    let records = v.audit("limit=100000").await;
    assert!(
        !serde_json::to_string(&records)
            .unwrap()
            .contains(CANARY_KEY)
    );
    for path in [v.db.clone(), v.db.with_extension("db-wal"), v.log.clone()] {
        if let Ok(bytes) = std::fs::read(&path) {
            assert!(
                !contains(&bytes, CANARY_KEY),
                "the canary leaked into {}",
                path.display()
            );
        }
    }
    let _ = &v.upstream_url;
}

#[tokio::test]
async fn a_wrong_master_key_is_refused_and_changes_nothing() {
    let mut v = Vaulted::start().await;
    let (code, _, err) = v.cli(
        &[
            "secrets",
            "put",
            "groupany_key",
            "--from-stdin",
            "--agent",
            "support-bot",
        ],
        Some(CANARY_KEY),
    );
    assert_eq!(code, 0, "{err}");
    let _ = v.child.kill();
    let _ = v.child.wait();
    std::thread::sleep(Duration::from_millis(300));
    let before = snapshot(&v.db);
    let out = std::process::Command::new(BIN)
        .args(["serve", "--config"])
        .arg(&v.config)
        .arg("--db")
        .arg(&v.db)
        .args(["--listen", "127.0.0.1:0"])
        .env("WARDEN_MASTER_KEY", OTHER_MASTER)
        .env("WARDEN_MCP_KB_COMMAND", BIN)
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("wrong master key"), "{err}");
    assert!(snapshot(&v.db) == before, "the vault or the log changed");
    // And without any key: refused too, naming what is missing.
    let out = std::process::Command::new(BIN)
        .args(["serve", "--config"])
        .arg(&v.config)
        .arg("--db")
        .arg(&v.db)
        .args(["--listen", "127.0.0.1:0"])
        .env("WARDEN_MCP_KB_COMMAND", BIN)
        .env_remove("WARDEN_MASTER_KEY")
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("WARDEN_MASTER_KEY"));
}

/// What a wrong key must not touch: the vault's rows and the audit log's length and head.
fn snapshot(db: &std::path::Path) -> (Vec<String>, Vec<String>, i64, String) {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let rows = |sql: &str| -> Vec<String> {
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let secrets = rows("SELECT body FROM secrets ORDER BY name, version");
    let meta = rows("SELECT value FROM vault_meta");
    let (n, head): (i64, String) = conn
        .query_row(
            "SELECT count(*), coalesce(max(hash), '') FROM audit",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    (secrets, meta, n, head)
}

#[tokio::test]
async fn one_agents_credential_is_revoked_without_touching_the_others() {
    let v = Vaulted::start_with("\n[vault]\ngrace = \"1s\"\n").await;
    let support = v.token("support-bot").await;
    let dev = v.token("dev-bot").await;
    // A shared credential for support-bot, and dev-bot's own.
    let (code, _, err) = v.cli(
        &[
            "secrets",
            "put",
            "groupany_key",
            "--from-stdin",
            "--agent",
            "support-bot",
        ],
        Some(CANARY_KEY),
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = v.cli(
        &[
            "secrets",
            "put",
            "groupany_key.dev-bot",
            "--from-stdin",
            "--agent",
            "dev-bot",
        ],
        Some(CANARY_KEY),
    );
    assert_eq!(code, 0, "{err}");
    let ci = json!({"repo": "groupany/web", "branch": "main"});
    let (s, body) = v.act(&dev, "ci.run_pipeline", ci.clone()).await;
    assert_eq!(s, 200, "{body}");
    assert_eq!(
        v.act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1182"})
        )
        .await
        .0,
        200
    );
    let used = v.audit("event=secret.used&agent=dev-bot").await;
    assert!(
        used.iter()
            .any(|r| r["output"]["secret"] == "groupany_key.dev-bot"),
        "{used:?}"
    );

    // dev-bot's own credential revoked: dev-bot stops (no fallback to the shared one) …
    let (code, _, err) = v.cli(&["secrets", "revoke", "groupany_key.dev-bot"], None);
    assert_eq!(code, 0, "{err}");
    let (s, body) = v.act(&dev, "ci.run_pipeline", ci).await;
    assert_eq!(s, 403, "{body}");
    // … and support-bot goes on.
    assert_eq!(
        v.act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1182"})
        )
        .await
        .0,
        200
    );

    // After a rotation the previous version is revoked once its grace period (1s here) ends.
    let (code, _, err) = v.cli(
        &["secrets", "rotate", "groupany_key", "--from-stdin"],
        Some(CANARY_KEY),
    );
    assert_eq!(code, 0, "{err}");
    let mut states = Value::Null;
    for _ in 0..40 {
        let (_, out, _) = v.cli(&["secrets", "history", "groupany_key", "--json"], None);
        states = serde_json::from_str::<Value>(&out).unwrap()["versions"].clone();
        if states[0]["state"] == "revoked" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(states[0]["state"], "revoked", "{states}");
    assert_eq!(states[1]["state"], "current", "{states}");
    let revoked = v.audit("event=secret.revoked").await;
    assert!(
        revoked
            .iter()
            .any(|r| r["output"]["reason"] == "grace period ended"),
        "{revoked:?}"
    );
}

#[tokio::test]
async fn due_secrets_are_rotated_by_their_rotator_and_a_failing_rotator_keeps_the_old_one() {
    let next = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(next.path(), format!("{CANARY_KEY}\n")).unwrap();
    let revoked_file = tempfile::NamedTempFile::new().unwrap();
    let hook = HookServer::start().await;
    let extra = format!(
        "\n[vault]\ngrace = \"1s\"\n\n[vault.rotate.\"groupany_key\"]\nevery = \"2s\"\ncommand = \"/bin/sh\"\nargs = [\"-c\", \"cat > /dev/null; cat {}\"]\nrevoke_command = \"/bin/sh\"\nrevoke_args = [\"-c\", \"echo $WARDEN_ROTATION_ACTION $WARDEN_SECRET_NAME $WARDEN_SECRET_VERSION > {r}; cat >> {r}\"]\n\n[vault.rotate.\"other_key\"]\nevery = \"1s\"\ncommand = \"/bin/sh\"\nargs = [\"-c\", \"exit 3\"]\n\n[vault.rotate.\"hooked_key\"]\nevery = \"2s\"\nurl = \"{u}/mint\"\nrevoke_url = \"{u}/revoke\"\nheaders = {{ authorization = \"Bearer {{{{env:HOOK_TOKEN}}}}\" }}\n",
        next.path().display(),
        r = revoked_file.path().display(),
        u = hook.url,
    );
    let v = Vaulted::start_full(&extra, &[("HOOK_TOKEN", "hook-token-7")]).await;
    let (code, _, err) = v.cli(
        &[
            "secrets",
            "put",
            "hooked_key",
            "--from-stdin",
            "--agent",
            "support-bot",
        ],
        Some("hooked-credential-v1"),
    );
    assert_eq!(code, 0, "{err}");
    let support = v.token("support-bot").await;
    let (code, _, err) = v.cli(
        &[
            "secrets",
            "put",
            "groupany_key",
            "--from-stdin",
            "--agent",
            "support-bot",
        ],
        Some("an-old-key-the-upstream-no-longer-takes"),
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = v.cli(
        &[
            "secrets",
            "put",
            "other_key",
            "--from-stdin",
            "--agent",
            "support-bot",
        ],
        Some("some-other-credential-1"),
    );
    assert_eq!(code, 0, "{err}");
    let (s, _) = v
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
        )
        .await;
    assert_eq!(s, 502, "the old key is refused upstream");

    // Within a few seconds the rotator mints the new value, and calls use it.
    let mut ok = false;
    for _ in 0..40 {
        if v.act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
        )
        .await
        .0 == 200
        {
            ok = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(ok, "the rotated value was never used");
    let rotated = v.audit("event=secret.rotated").await;
    assert!(
        rotated
            .iter()
            .any(|r| r["actor"] == "rotator" && r["output"]["secret"] == "groupany_key"),
        "{rotated:?}"
    );

    // The failing rotator: the current version stays, the failure is an alert in the log, and
    // `warden secrets due` reports it overdue (exit 5).
    let mut failed = Vec::new();
    for _ in 0..40 {
        failed = v.audit("event=secret.rotation_failed").await;
        if !failed.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(
        failed.iter().any(|r| r["output"]["secret"] == "other_key"),
        "{failed:?}"
    );
    let (_, out, _) = v.cli(&["secrets", "history", "other_key", "--json"], None);
    let hist: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(hist["current_version"], 1, "{hist}");
    let (code, out, _) = v.cli(&["secrets", "due"], None);
    assert_eq!(code, 5, "{out}");
    assert!(
        out.contains("other_key") && out.contains("OVERDUE"),
        "{out}"
    );
    // After the grace period the replaced value is revoked at its provider by the revoke
    // hook, which gets it on standard input.
    let mut revoked = String::new();
    for _ in 0..40 {
        revoked = std::fs::read_to_string(revoked_file.path()).unwrap_or_default();
        if revoked.contains("an-old-key") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(
        revoked,
        "revoke groupany_key 1\nan-old-key-the-upstream-no-longer-takes"
    );
    // The HTTP hook: minted with the current value and the header from the environment, the
    // old value revoked after the grace period.
    let mut seen = Vec::new();
    for _ in 0..40 {
        seen = hook.seen.lock().unwrap().clone();
        if seen.iter().any(|(path, _, _)| path == "/revoke") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let mint = seen.iter().find(|(p, _, _)| p == "/mint").expect("minted");
    assert_eq!(mint.1, "Bearer hook-token-7");
    assert_eq!(
        mint.2,
        json!({"secret": "hooked_key", "action": "rotate", "version": 1, "value": "hooked-credential-v1"})
    );
    let revoke = seen
        .iter()
        .find(|(p, _, _)| p == "/revoke")
        .expect("revoked");
    assert_eq!(
        revoke.2,
        json!({"secret": "hooked_key", "action": "revoke", "version": 1, "value": "hooked-credential-v1"})
    );
    // Each secret's revocation at its provider is recorded when its revoker returns: wait for
    // both (the hook's request is seen before its record is written).
    let mut at_provider = Vec::new();
    for _ in 0..40 {
        at_provider = v.audit("event=secret.revoked").await;
        let done = ["groupany_key", "hooked_key"].iter().all(|secret| {
            at_provider.iter().any(|r| {
                r["output"]["secret"] == *secret
                    && r["output"]["reason"] == "revoked at the provider"
            })
        });
        if done {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    for secret in ["groupany_key", "hooked_key"] {
        assert!(
            at_provider.iter().any(|r| r["output"]["secret"] == secret
                && r["output"]["reason"] == "revoked at the provider"),
            "{at_provider:?}"
        );
    }
    // Nothing printed or recorded any value.
    assert!(!out.contains("some-other-credential-1"));
    let all = serde_json::to_string(&v.audit("limit=100000").await).unwrap();
    assert!(!all.contains(CANARY_KEY) && !all.contains("some-other-credential-1"));
    assert!(!all.contains("hooked-credential") && !all.contains("hook-token-7"));
}

/// A rotation hook endpoint: `/mint` answers a new value, `/revoke` 204; every request is
/// remembered as (path, authorization header, JSON body).
struct HookServer {
    url: String,
    seen: Arc<std::sync::Mutex<Vec<(String, String, Value)>>>,
}

impl HookServer {
    async fn start() -> Self {
        use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
        let record = seen.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let record = record.clone();
                tokio::spawn(async move {
                    let mut reader = tokio::io::BufReader::new(stream);
                    let mut line = String::new();
                    reader.read_line(&mut line).await.unwrap();
                    let path = line.split(' ').nth(1).unwrap_or_default().to_owned();
                    let (mut len, mut auth) = (0usize, String::new());
                    loop {
                        let mut h = String::new();
                        reader.read_line(&mut h).await.unwrap();
                        let h = h.trim_end();
                        if h.is_empty() {
                            break;
                        }
                        let (k, v) = h.split_once(':').unwrap();
                        match k.to_ascii_lowercase().as_str() {
                            "content-length" => len = v.trim().parse().unwrap(),
                            "authorization" => auth = v.trim().to_owned(),
                            _ => {}
                        }
                    }
                    let mut body = vec![0; len];
                    reader.read_exact(&mut body).await.unwrap();
                    let body: Value = serde_json::from_slice(&body).unwrap();
                    let version = body["version"].as_u64().unwrap_or(0);
                    record.lock().unwrap().push((path.clone(), auth, body));
                    let answer = if path == "/mint" {
                        let b = json!({"value": format!("hooked-credential-v{}", version + 1)})
                            .to_string();
                        format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{b}",
                            b.len()
                        )
                    } else {
                        "HTTP/1.1 204 No Content\r\nconnection: close\r\n\r\n".to_owned()
                    };
                    let mut stream = reader.into_inner();
                    stream.write_all(answer.as_bytes()).await.unwrap();
                    stream.shutdown().await.ok();
                });
            }
        });
        Self { url, seen }
    }
}

#[tokio::test]
async fn unusual_credential_use_raises_alerts() {
    let v = Vaulted::start().await;
    let support = v.token("support-bot").await;
    let marketing = v.token("marketing-bot").await;
    let (code, _, err) = v.cli(
        &[
            "secrets",
            "put",
            "groupany_key",
            "--from-stdin",
            "--agent",
            "support-bot",
            "--agent",
            "marketing-bot",
        ],
        Some(CANARY_KEY),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        v.act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1182"})
        )
        .await
        .0,
        200
    );
    // Another agent, of a role that never used it.
    let (s, body) = v
        .act(
            &marketing,
            "analytics.query",
            json!({"metric": "signups", "days": 7}),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    // A burst: more than 60 uses in a minute by one agent.
    for _ in 0..61 {
        assert_eq!(
            v.act(
                &support,
                "crm.get_customer",
                json!({"customer_id": "C1182"})
            )
            .await
            .0,
            200
        );
    }
    let alerts = v.audit("event=secret.alert").await;
    let said = |agent: &str, what: &str| {
        alerts
            .iter()
            .any(|r| r["agent"] == agent && r["description"].as_str().unwrap().contains(what))
    };
    assert!(said("support-bot", "for the first time"), "{alerts:?}");
    assert!(
        said("marketing-bot", "role(s) marketing never used it"),
        "{alerts:?}"
    );
    assert!(
        said("support-bot", "times in the last minute"),
        "{alerts:?}"
    );
    // One rate alert for the burst, not one per call.
    let rate = alerts
        .iter()
        .filter(|r| {
            r["description"]
                .as_str()
                .unwrap()
                .contains("times in the last minute")
        })
        .count();
    assert_eq!(rate, 1, "{alerts:?}");
}

/// OpenBao's `bao`, installed by scripts/test-deps.sh.
fn bao() -> std::path::PathBuf {
    let bin = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv-test/bin/bao");
    assert!(
        bin.exists(),
        "run scripts/test-deps.sh: {} is missing",
        bin.display()
    );
    bin
}

#[tokio::test]
async fn secrets_can_live_in_an_external_vault() {
    warden_execute::install_crypto_provider();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let token = "warden-test-root-token";
    let mut server = std::process::Command::new(bao())
        .args([
            "server",
            "-dev",
            &format!("-dev-root-token-id={token}"),
            &format!("-dev-listen-address=127.0.0.1:{port}"),
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let address = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    // OpenBao takes seconds to start on a loaded 2-core machine (the whole suite runs at once).
    let mut up = false;
    for _ in 0..600 {
        if http
            .get(format!("{address}/v1/sys/health"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "OpenBao did not start within 60 s");
    let extra = format!(
        "\n[vault]\nbackend = \"openbao\"\naddress = \"{address}\"\ntoken_env = \"BAO_TOKEN\"\n"
    );
    let mut v = Vaulted::start_full(&extra, &[("BAO_TOKEN", token)]).await;
    let support = v.token("support-bot").await;
    let (code, _, err) = v.cli(
        &[
            "secrets",
            "put",
            "groupany_key",
            "--from-stdin",
            "--agent",
            "support-bot",
        ],
        Some(CANARY_KEY),
    );
    assert_eq!(code, 0, "{err}");
    // The value is in the external vault, under Warden's prefix …
    let stored: Value = http
        .get(format!("{address}/v1/secret/data/warden/groupany_key"))
        .header("X-Vault-Token", token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stored["data"]["data"]["value"], CANARY_KEY, "{stored}");
    // … and used from there.
    let (s, body) = v
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    // Warden's own database never holds it, not even encrypted.
    tokio::time::sleep(Duration::from_millis(700)).await;
    for path in [v.db.clone(), v.db.with_extension("db-wal")] {
        if let Ok(bytes) = std::fs::read(&path) {
            assert!(!contains(&bytes, CANARY_KEY), "{}", path.display());
        }
    }
    // After a restart the value is read back from the vault.
    let _ = v.child.kill();
    let _ = v.child.wait();
    let (child, base) = harness::spawn_serve_with(
        &v.config,
        &v.db,
        &v.log,
        &v.upstream_url,
        &[("BAO_TOKEN", token)],
    );
    v.child = child;
    v.base = base;
    let (s, body) = v
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    let _ = server.kill();
    let _ = server.wait();
}

#[tokio::test]
async fn an_mcp_server_gets_a_vault_secret_in_its_environment() {
    let mut v = Vaulted::start().await;
    // Scoped to the MCP server (declared next), not to any agent.
    let secret = "hd-canary-0f9e8d7c6b5a";
    let (code, _, err) = v.cli(
        &[
            "secrets",
            "put",
            "helpdesk_key",
            "--from-stdin",
            "--agent",
            "mcp:helpdesk",
        ],
        Some(secret),
    );
    assert_eq!(code, 0, "{err}");
    // Declare the server, whose environment names the secret, and restart.
    let _ = v.child.kill();
    let _ = v.child.wait();
    let text = std::fs::read_to_string(&v.config).unwrap();
    std::fs::write(
        &v.config,
        format!(
            "{text}\n[mcp_servers.helpdesk]\ncommand = {:?}\nargs = [{:?}]\nenv = {{ HELPDESK_API_KEY = \"{{{{secret:helpdesk_key}}}}\" }}\n",
            crate::mcp::python().to_str().unwrap(),
            crate::mcp::script("helpdesk_server.py").to_str().unwrap(),
        ),
    )
    .unwrap();
    std::fs::write(
        v.config.parent().unwrap().join("policies/zz-helpdesk.cedar"),
        "@id(\"support-helpdesk-status\")\npermit(principal in Role::\"support\", action == Action::\"helpdesk.service_status\", resource);\n",
    )
    .unwrap();
    let (child, base) = harness::spawn_serve_with(
        &v.config,
        &v.db,
        &v.log,
        &v.upstream_url,
        &[("WARDEN_MASTER_KEY", MASTER)],
    );
    v.child = child;
    v.base = base;
    let support = v.token("support-bot").await;
    // The server echoes its key: it was injected (the server had it), and it comes back masked.
    let (s, body) = v.act(&support, "helpdesk.service_status", json!({})).await;
    assert_eq!(s, 200, "{body}");
    let text = body.to_string();
    assert!(
        text.contains("connected to the helpdesk API with key [SECRET]"),
        "{text}"
    );
    assert!(!text.contains(secret), "{text}");
    // An agent cannot have it: the scope is the server.
    let (code, _, _) = v.cli(&["secrets", "show", "helpdesk_key"], None);
    assert_eq!(code, 0);
}

/// A `bao server -dev` on a free port: (process, address).
async fn bao_dev(token: &str) -> (std::process::Child, String) {
    warden_execute::install_crypto_provider();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let server = std::process::Command::new(bao())
        .args([
            "server",
            "-dev",
            &format!("-dev-root-token-id={token}"),
            &format!("-dev-listen-address=127.0.0.1:{port}"),
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let address = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    // OpenBao takes seconds to start on a loaded 2-core machine (the whole suite runs at once).
    let mut up = false;
    for _ in 0..600 {
        if http
            .get(format!("{address}/v1/sys/health"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "OpenBao did not start within 60 s");
    (server, address)
}

#[tokio::test]
async fn the_master_key_can_be_wrapped_by_a_transit_key() {
    let token = "warden-transit-root-token";
    let (mut server, address) = bao_dev(token).await;
    let http = reqwest::Client::new();
    for (path, body) in [
        ("sys/mounts/transit", json!({"type": "transit"})),
        ("transit/keys/warden", json!({})),
    ] {
        let r = http
            .post(format!("{address}/v1/{path}"))
            .header("X-Vault-Token", token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{path}: {}", r.status());
    }
    let extra = format!(
        "\n[vault.transit]\naddress = \"{address}\"\ntoken_env = \"BAO_TOKEN\"\nkey = \"warden\"\n"
    );
    // No local master key at all: the transit key wraps it.
    let mut v = Vaulted::start_keyed(&extra, &[("BAO_TOKEN", token)], None).await;
    let support = v.token("support-bot").await;
    let (code, _, err) = v.cli(
        &[
            "secrets",
            "put",
            "groupany_key",
            "--from-stdin",
            "--agent",
            "support-bot",
        ],
        Some(CANARY_KEY),
    );
    assert_eq!(code, 0, "{err}");
    let ok = json!({"customer_id": "C1182"});
    assert_eq!(v.act(&support, "crm.get_customer", ok.clone()).await.0, 200);
    // The database holds the master key only wrapped by the transit key.
    tokio::time::sleep(Duration::from_millis(700)).await;
    let conn =
        rusqlite::Connection::open_with_flags(&v.db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let wrapped: String = conn
        .query_row(
            "SELECT value FROM vault_meta WHERE key = 'wrapped_master'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(wrapped.starts_with("vault:v"), "{wrapped}");
    drop(conn);
    // Restart: unwrapped again through transit; the sealed secret still opens.
    let _ = v.child.kill();
    let _ = v.child.wait();
    let (child, base) = harness::spawn_serve_with(
        &v.config,
        &v.db,
        &v.log,
        &v.upstream_url,
        &[("BAO_TOKEN", token)],
    );
    v.child = child;
    v.base = base;
    assert_eq!(v.act(&support, "crm.get_customer", ok).await.0, 200);
    // Without the vault's token Warden does not start, and says what is missing.
    let _ = v.child.kill();
    let _ = v.child.wait();
    let out = std::process::Command::new(BIN)
        .args(["serve", "--config"])
        .arg(&v.config)
        .arg("--db")
        .arg(&v.db)
        .args(["--listen", "127.0.0.1:0"])
        .env("WARDEN_MCP_KB_COMMAND", BIN)
        .env_remove("WARDEN_MASTER_KEY")
        .env_remove("BAO_TOKEN")
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("BAO_TOKEN"));
    let _ = server.kill();
    let _ = server.wait();
}

#[tokio::test]
async fn an_llm_providers_credential_comes_from_the_vault_scoped_to_the_provider() {
    let v = Vaulted::start().await;
    // Scoped to the provider `openai` only (`llm:<provider>`), not to any agent.
    let (code, _, err) = v.cli(
        &[
            "secrets",
            "put",
            "llm_key",
            "--from-stdin",
            "--agent",
            "llm:openai",
        ],
        Some(harness::CANARY_LLM_KEY),
    );
    assert_eq!(code, 0, "{err}");
    let support = v.token("support-bot").await;
    let call = |model: &str, path: &str| {
        let body = if path == "/v1/messages" {
            json!({"model": model, "max_tokens": 50, "messages": [{"role": "user", "content": "hello"}]})
        } else {
            json!({"model": model, "messages": [{"role": "user", "content": "hello"}]})
        };
        v.http
            .post(format!("{}{path}", v.base))
            .bearer_auth(&support)
            .json(&body)
            .send()
    };
    let r = call("gpt-4o-mini", "/v1/chat/completions").await.unwrap();
    assert_eq!(r.status(), 200);
    let text = r.text().await.unwrap();
    assert!(!text.contains(harness::CANARY_LLM_KEY));
    // `claude` is not in the secret's scope: no credential, nothing sent, a clear error.
    let r = call("claude-sonnet-4-5", "/v1/messages").await.unwrap();
    assert_eq!(r.status(), 502);
    let body: Value = r.json().await.unwrap();
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("credential"),
        "{body}"
    );
    // Every use is recorded with the provider as the connector; the value nowhere.
    let used = v.audit("event=secret.used").await;
    assert!(
        used.iter().any(|u| u["output"]["secret"] == "llm_key"
            && u["output"]["connector"] == "openai"
            && u["agent"] == "support-bot"),
        "{used:?}"
    );
    let all = serde_json::to_string(&v.audit("limit=100000").await).unwrap();
    assert!(!all.contains(harness::CANARY_LLM_KEY));
}
