//! Approver notifications against real receivers: a webhook receiver that checks the signature
//! as docs/console.md tells it to (Python, written from the documentation), a Slack-shaped
//! webhook, and an SMTP server (aiosmtpd) that requires STARTTLS and AUTH. A notice is sent when
//! an action is held, a reminder before it expires, its outcome to the agent's owner; deliveries
//! are retried and recorded; a receiver that never answers does not hold up the agent; no
//! credential reaches a record, a log or a message.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::Server;

const HOOK_SECRET: &str = "canary-HOOK-SECRET-5b2e9d71c3";
const SLACK_TOKEN: &str = "canary-SLACK-T0K3N-88c1f0";
const SMTP_PASSWORD: &str = "canary-SMTP-PASSWORD-41aa7e";

pub(crate) struct Peer(pub(crate) Child);

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Starts a Python peer from `crates/warden/tests/notify/` and reads its port.
fn python(script: &str, args: &[&str], envs: &[(&str, &str)]) -> (Peer, u16) {
    python_in("notify", script, args, envs)
}

/// Starts a Python peer from `crates/warden/tests/<dir>/` and reads its port (its first line
/// is `listening on PORT`).
pub(crate) fn python_in(
    dir: &str,
    script: &str,
    args: &[&str],
    envs: &[(&str, &str)],
) -> (Peer, u16) {
    let python = root().join(".venv-test/bin/python");
    assert!(
        python.exists(),
        "the test Python is missing: run scripts/test-deps.sh"
    );
    let mut child = Command::new(python)
        .arg(root().join("crates/warden/tests").join(dir).join(script))
        .args(args)
        .envs(envs.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("{script}: {line:?}"))
        .parse()
        .unwrap();
    (Peer(child), port)
}

pub(crate) fn lines(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Waits until `check` holds on the lines of `path` (or fails after 30 s, showing them).
pub(crate) async fn until(path: &Path, what: &str, check: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let start = Instant::now();
    loop {
        let l = lines(path);
        if check(&l) {
            return l;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "{what}: never happened; got {l:#?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn held_reminded_and_decided_actions_reach_webhook_slack_and_mail() {
    let dir = tempfile::tempdir().unwrap();
    let hooks = dir.path().join("hooks.jsonl");
    let mails = dir.path().join("mails.jsonl");
    let (ca_pem, cert, key) = crate::network::issued_for(dir.path(), "smtp", "DNS:localhost", None);
    let ca_file = dir.path().join("smtp-ca.pem");
    std::fs::write(&ca_file, &ca_pem).unwrap();
    let (cert_file, key_file) = (dir.path().join("smtp.crt"), dir.path().join("smtp.key"));
    std::fs::write(&cert_file, &cert).unwrap();
    std::fs::write(&key_file, &key).unwrap();
    let (_receiver, hook_port) = python(
        "receiver.py",
        &[hooks.to_str().unwrap()],
        &[("HOOK_SECRET", HOOK_SECRET)],
    );
    let (_smtp, smtp_port) = python(
        "smtp_server.py",
        &[
            mails.to_str().unwrap(),
            cert_file.to_str().unwrap(),
            key_file.to_str().unwrap(),
            "warden",
            SMTP_PASSWORD,
        ],
        &[],
    );
    let ca = ca_file.to_str().unwrap().to_owned();
    let config = move |t: String| {
        t.replace(
            "[groups.finance-leads]\nmembers = [\"fiona\", \"frank\"]",
            "[groups.finance-leads]\nmembers = [\"fiona\", \"frank\"]\nnotify = [\"hook\", \"flaky\", \"slack\", \"mail\", \"stuck\"]",
        )
        .replace("[approvals]\nttl = \"1h\"", "[approvals]\nttl = \"8s\"")
            + &format!(
            r#"
[notify]
console_url = "http://127.0.0.1:1/console"
remind_before = "6s"
retry_base = "100ms"
attempts = 3
outcomes = ["hook", "mail"]

[notify.channels.hook]
type = "webhook"
url = "http://127.0.0.1:{hook_port}/hook"
secret = "{{{{env:HOOK_SECRET}}}}"

[notify.channels.flaky]
type = "webhook"
url = "http://127.0.0.1:{hook_port}/flaky"
secret = "{{{{env:HOOK_SECRET}}}}"

[notify.channels.stuck]
type = "webhook"
url = "http://127.0.0.1:{hook_port}/hang"
secret = "{{{{env:HOOK_SECRET}}}}"

[notify.channels.slack]
type = "slack"
url = "http://127.0.0.1:{hook_port}/slack?token={{{{env:SLACK_TOKEN}}}}"

[notify.channels.mail]
type = "email"
server = "localhost:{smtp_port}"
from = "warden@groupany.example"
to = ["finance-leads@groupany.example"]
username = "warden"
password = "{{{{env:SMTP_PASSWORD}}}}"
ca_file = "{ca}"
"#
        )
    };
    assert!(
        config(std::fs::read_to_string(crate::harness::example_dir().join("warden.toml")).unwrap())
            .contains("notify = [\"hook\"")
    );
    let s = Server::start_with_env(
        config,
        &[
            ("HOOK_SECRET", HOOK_SECRET),
            ("SLACK_TOKEN", SLACK_TOKEN),
            ("SMTP_PASSWORD", SMTP_PASSWORD),
        ],
    )
    .await;
    let finance = s.token("agent", "finance-bot").await;
    let fiona = s.token("operator", "fiona").await;

    // Held: the agent's answer does not wait for the receivers (one of them never answers).
    let t = Instant::now();
    let args = json!({"iban": "NL91ABNA0417164300", "amount": 25000, "reference": "INV-N1"});
    let (st, v) = s.act(&finance, "payments.send", args, "n1").await;
    assert_eq!(st, 202, "{v}");
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "a hold waits for no notification"
    );
    let first = v["approval_id"].as_str().unwrap().to_owned();

    let got = until(&hooks, "held notices", |l| {
        l.iter().filter(|e| e["path"] == "/flaky").count() >= 2
            && ["/hook", "/slack"].iter().all(|p| {
                l.iter().any(|e| {
                    e["path"].as_str().is_some_and(|x| x.starts_with(p))
                        && e["body"].to_string().contains(&first)
                })
            })
    })
    .await;
    let held = got
        .iter()
        .find(|e| e["path"] == "/hook" && e["body"]["type"] == "approval.held")
        .unwrap();
    assert_eq!(
        held["verified"], true,
        "the receiver verifies the signature"
    );
    assert_eq!(held["headers"]["warden-event"], "approval.held");
    assert_eq!(held["body"]["approval"]["id"], first.as_str());
    assert_eq!(held["body"]["approval"]["tool"], "payments.send");
    assert_eq!(held["body"]["approval"]["groups"], json!(["finance-leads"]));
    assert_eq!(
        held["body"]["link"],
        format!("http://127.0.0.1:1/console/approvals/{first}")
    );
    // Personal data masked: the IBAN is not in the message.
    assert!(!held.to_string().contains("NL91ABNA0417164300"), "{held}");
    assert_eq!(held["body"]["approval"]["arguments"]["amount"], 25000);
    let slack = got
        .iter()
        .find(|e| e["path"].as_str().unwrap().starts_with("/slack"))
        .unwrap();
    assert!(
        slack["body"]["text"]
            .as_str()
            .unwrap()
            .contains("payments.send")
    );
    assert!(
        slack["body"]["blocks"][0]["text"]["text"]
            .as_str()
            .unwrap()
            .contains("/console/approvals/")
    );

    // The flaky receiver failed once, then took it: one delivery, two attempts, recorded.
    let flaky: Vec<&Value> = got.iter().filter(|e| e["path"] == "/flaky").collect();
    assert!(flaky.len() >= 2, "{flaky:?}");
    assert_eq!(flaky[0]["status"], 503);
    assert_eq!(
        flaky[0]["headers"]["warden-delivery"], flaky[1]["headers"]["warden-delivery"],
        "a retry is the same delivery"
    );
    assert!(flaky.iter().all(|e| e["verified"] == true));

    // The e-mail went over STARTTLS with AUTH to the group's address.
    let mail = until(&mails, "held mail", |l| {
        l.iter()
            .any(|m| m["content"].as_str().unwrap().contains(&first))
    })
    .await;
    let m = mail
        .iter()
        .find(|m| m["content"].as_str().unwrap().contains(&first))
        .unwrap();
    assert_eq!(m["tls"], true);
    assert_eq!(m["auth"], true);
    assert_eq!(m["rcpt_tos"], json!(["finance-leads@groupany.example"]));
    let content = m["content"].as_str().unwrap();
    assert!(content.contains("Subject: [Warden] payments.send by finance-bot waits for"));
    assert!(!content.contains("NL91ABNA0417164300"));

    // Approved: the outcome goes to the webhook and, by mail, to the agent's owner.
    let (st, v) = s
        .request(
            &fiona,
            "POST",
            &format!("/v1/admin/approvals/{first}/approve"),
            None,
        )
        .await;
    assert_eq!(st, 200, "{v}");
    until(&hooks, "executed outcome", |l| {
        l.iter().any(|e| {
            e["path"] == "/hook"
                && e["body"]["type"] == "approval.outcome"
                && e["body"]["approval"]["id"] == first.as_str()
                && e["body"]["approval"]["state"] == "executed"
        })
    })
    .await;
    let owner = until(&mails, "outcome mail to the owner", |l| {
        l.iter().any(|m| {
            m["content"].as_str().unwrap().contains(&first)
                && m["content"].as_str().unwrap().contains("executed")
        })
    })
    .await;
    let to_owner = owner
        .iter()
        .find(|m| m["content"].as_str().unwrap().contains("executed"))
        .unwrap();
    assert_eq!(to_owner["rcpt_tos"], json!(["finance@groupany.example"]));

    // Another waits until it expires: a reminder first, then the expiry.
    let args = json!({"iban": "NL91ABNA0417164300", "amount": 3000, "reference": "INV-N2"});
    let (st, v) = s.act(&finance, "payments.send", args, "n2").await;
    assert_eq!(st, 202, "{v}");
    let second = v["approval_id"].as_str().unwrap().to_owned();
    until(&hooks, "reminder and expiry", |l| {
        let of = |kind: &str| {
            l.iter().any(|e| {
                e["path"] == "/hook"
                    && e["body"]["type"] == kind
                    && e["body"]["approval"]["id"] == second.as_str()
            })
        };
        of("approval.reminder") && of("approval.outcome")
    })
    .await;

    // Recorded: every delivery, with its attempts; the stuck receiver fails after its retries
    // (or is still being tried) without holding anything up.
    // (A delivery is recorded once the receiver has answered: poll for the records.)
    let start = Instant::now();
    loop {
        let (_, records) = s
            .request(
                &s.admin,
                "GET",
                "/v1/admin/audit?event=notification.sent",
                None,
            )
            .await;
        let sent = records.as_array().unwrap().clone();
        let by = |channel: &str, kind: &str| {
            sent.iter()
                .filter(|r| r["output"]["channel"] == channel && r["output"]["kind"] == kind)
                .count()
        };
        let flaky_retried = sent
            .iter()
            .any(|r| r["output"]["channel"] == "flaky" && r["output"]["attempts"] == 2);
        if by("hook", "approval.held") >= 2
            && by("mail", "approval.held") >= 1
            && by("slack", "approval.held") >= 1
            && by("hook", "approval.outcome") >= 2
            && by("hook", "approval.reminder") >= 1
            && flaky_retried
        {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "deliveries not recorded: {sent:#?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // No credential anywhere: records, the gateway's log, the messages.
    let all = s
        .request(&s.admin, "GET", "/v1/admin/audit?limit=100000", None)
        .await
        .1
        .to_string();
    let log = std::fs::read_to_string(&s.log).unwrap();
    let sent_out =
        std::fs::read_to_string(&hooks).unwrap() + &std::fs::read_to_string(&mails).unwrap();
    for canary in [SLACK_TOKEN, SMTP_PASSWORD, HOOK_SECRET] {
        assert!(!all.contains(canary), "{canary} in the audit log");
        assert!(!log.contains(canary), "{canary} in the gateway's log");
    }
    for canary in [SMTP_PASSWORD, HOOK_SECRET] {
        assert!(!sent_out.contains(canary), "{canary} in a message");
    }
}

#[test]
fn a_channel_must_reference_its_credentials_and_exist() {
    let dir = tempfile::tempdir().unwrap();
    let config = crate::harness::write_deployment(dir.path(), |t| {
        t.replace(
            "[groups.finance-leads]\nmembers = [\"fiona\", \"frank\"]",
            "[groups.finance-leads]\nmembers = [\"fiona\", \"frank\"]\nnotify = [\"nope\"]",
        ) + r#"
[notify.channels.hook]
type = "webhook"
url = "http://example.com/hook"
secret = "plain-secret-in-the-file"

[notify.channels.mail]
type = "email"
server = "mail.example.com:25"
tls = "none"
from = "warden"
to = []

[console]
public_origin = "https://warden.example/console"
"#
    });
    let (code, _out, err) =
        crate::harness::run_cli(&["check", "config", config.to_str().unwrap()], &[]);
    assert_ne!(code, 0);
    for expected in [
        "groups.finance-leads.notify[0]",
        "notify.channels.hook.url",
        "notify.channels.hook.secret",
        "notify.channels.mail.tls",
        "notify.channels.mail.from",
        "notify.channels.mail.to",
        "console.public_origin",
    ] {
        assert!(err.contains(expected), "{expected} not in {err}");
    }
    assert!(!err.contains("plain-secret-in-the-file"));
}

const SLACK_SIGNING_SECRET: &str = "canary-SLACK-SIGNING-1f3c5e7a9b";

/// A button press as Slack sends it: form-encoded `payload`, signed as Slack documents.
fn press(
    user: &str,
    action: &str,
    approval: &str,
    ts: i64,
    secret: &str,
) -> (String, String, String) {
    let payload = json!({
        "type": "block_actions",
        "user": {"id": user, "username": "someone"},
        "actions": [{"action_id": action, "block_id": "warden_decision", "value": approval, "type": "button"}],
        "response_url": "https://hooks.slack.com/actions/T0/1/abc",
    });
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("payload", &payload.to_string())
        .finish();
    let sig = warden_notify::sign_slack(secret.as_bytes(), ts, body.as_bytes());
    (body, ts.to_string(), sig)
}

async fn slack_post(s: &Server, body: &str, ts: Option<&str>, sig: Option<&str>) -> (u16, Value) {
    let mut req = s
        .http
        .post(format!("{}/v1/slack/interactions", s.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_owned());
    if let Some(ts) = ts {
        req = req.header("x-slack-request-timestamp", ts);
    }
    if let Some(sig) = sig {
        req = req.header("x-slack-signature", sig);
    }
    let r = req.send().await.unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slack_buttons_decide_once_only_signed_fresh_and_by_members() {
    let s = Server::start_with_env(
        |t| {
            t + r#"
[notify.slack]
signing_secret = "{{env:SLACK_SIGNING_SECRET}}"

[notify.slack.users]
UFIONA01 = "fiona"
UOLGA001 = "olga"
"#
        },
        &[("SLACK_SIGNING_SECRET", SLACK_SIGNING_SECRET)],
    )
    .await;
    let finance = s.token("agent", "finance-bot").await;
    let args = json!({"iban": "NL91ABNA0417164300", "amount": 25000, "reference": "INV-S1"});
    let (st, v) = s.act(&finance, "payments.send", args, "s1").await;
    assert_eq!(st, 202, "{v}");
    let id = v["approval_id"].as_str().unwrap().to_owned();
    let now = warden_types::Timestamp::now().unix_seconds();

    // Unsigned, signed with another secret, too old: refused, nothing runs.
    let (body, ts, sig) = press("UFIONA01", "approve", &id, now, SLACK_SIGNING_SECRET);
    assert_eq!(slack_post(&s, &body, None, None).await.0, 401);
    assert_eq!(slack_post(&s, &body, Some(&ts), None).await.0, 401);
    let (_, _, forged) = press("UFIONA01", "approve", &id, now, "not-the-secret");
    assert_eq!(slack_post(&s, &body, Some(&ts), Some(&forged)).await.0, 401);
    let (old_body, old_ts, old_sig) =
        press("UFIONA01", "approve", &id, now - 600, SLACK_SIGNING_SECRET);
    assert_eq!(
        slack_post(&s, &old_body, Some(&old_ts), Some(&old_sig))
            .await
            .0,
        401
    );
    // The signature covers the body: another approval id under fiona's signature is refused.
    let (other_body, _, _) = press(
        "UFIONA01",
        "approve",
        "act_other",
        now,
        SLACK_SIGNING_SECRET,
    );
    assert_eq!(
        slack_post(&s, &other_body, Some(&ts), Some(&sig)).await.0,
        401
    );

    // Signed by Slack, but not a member of finance-leads, or not mapped: refused and recorded.
    let (b, t, g) = press("UOLGA001", "approve", &id, now, SLACK_SIGNING_SECRET);
    let (st, v) = slack_post(&s, &b, Some(&t), Some(&g)).await;
    assert_eq!((st, v["code"].as_str()), (403, Some("forbidden")), "{v}");
    let (b, t, g) = press("UNOBODY1", "approve", &id, now, SLACK_SIGNING_SECRET);
    assert_eq!(slack_post(&s, &b, Some(&t), Some(&g)).await.0, 403);
    assert!(s.calls("payments.send").await.is_empty());

    // Fiona approves from Slack: executed, exactly once.
    let (st, v) = slack_post(&s, &body, Some(&ts), Some(&sig)).await;
    assert_eq!(st, 200, "{v}");
    assert!(v["text"].as_str().unwrap().contains("executed"), "{v}");
    assert_eq!(s.calls("payments.send").await.len(), 1);
    // The same request again is a replay; a new press finds it decided.
    assert_eq!(slack_post(&s, &body, Some(&ts), Some(&sig)).await.0, 401);
    let (b, t, g) = press("UFIONA01", "approve", &id, now + 1, SLACK_SIGNING_SECRET);
    let (st, v) = slack_post(&s, &b, Some(&t), Some(&g)).await;
    assert_eq!(st, 200, "{v}");
    assert!(v["text"].as_str().unwrap().contains("already"), "{v}");
    assert_eq!(s.calls("payments.send").await.len(), 1);

    let (_, decided) = s
        .request(
            &s.admin,
            "GET",
            "/v1/admin/audit?event=approval.decided",
            None,
        )
        .await;
    let decided = decided.as_array().unwrap();
    assert_eq!(decided.len(), 1, "{decided:?}");
    assert_eq!(decided[0]["approver"], "fiona");
    let (_, denied) = s
        .request(&s.admin, "GET", "/v1/admin/audit?event=access.denied", None)
        .await;
    assert!(denied.to_string().contains("olga"), "{denied}");
    let all = s
        .request(&s.admin, "GET", "/v1/admin/audit?limit=100000", None)
        .await
        .1
        .to_string();
    assert!(!all.contains(SLACK_SIGNING_SECRET));
}

/// A receiver that never answers delays only its own channel: with ten notices stuck there,
/// the other channel of the same group gets all ten at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stuck_receiver_holds_up_only_its_own_channel() {
    let dir = tempfile::tempdir().unwrap();
    let hooks = dir.path().join("hooks.jsonl");
    let (_receiver, port) = python(
        "receiver.py",
        &[hooks.to_str().unwrap()],
        &[("HOOK_SECRET", HOOK_SECRET)],
    );
    let s = Server::start_with_env(
        move |t| {
            t.replace(
                "[groups.finance-leads]\nmembers = [\"fiona\", \"frank\"]",
                "[groups.finance-leads]\nmembers = [\"fiona\", \"frank\"]\nnotify = [\"stuck\", \"hook\"]",
            ) + &format!(
                "\n[notify]\nattempts = 1\n\n[notify.channels.stuck]\ntype = \"webhook\"\nurl = \"http://127.0.0.1:{port}/hang\"\nsecret = \"{{{{env:HOOK_SECRET}}}}\"\n\n[notify.channels.hook]\ntype = \"webhook\"\nurl = \"http://127.0.0.1:{port}/hook\"\nsecret = \"{{{{env:HOOK_SECRET}}}}\"\n"
            )
        },
        &[("HOOK_SECRET", HOOK_SECRET)],
    )
    .await;
    let finance = s.token("agent", "finance-bot").await;
    let start = Instant::now();
    for i in 0..10 {
        let args = json!({"iban": "NL91ABNA0417164300", "amount": 2000, "reference": format!("INV-STUCK-{i}")});
        let (st, v) = s.act(&finance, "payments.send", args, "stuck").await;
        assert_eq!(st, 202, "{v}");
    }
    // Each stuck delivery waits for its 20-second timeout; the other channel does not.
    until(&hooks, "ten held notices on the healthy channel", |l| {
        l.iter().filter(|e| e["path"] == "/hook").count() >= 10
    })
    .await;
    assert!(
        start.elapsed() < Duration::from_secs(15),
        "the healthy channel waited for the stuck one ({:?})",
        start.elapsed()
    );
}
