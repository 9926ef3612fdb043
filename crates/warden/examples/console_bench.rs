//! Page latency of the operators' console, for `bench/console.sh`.
//!
//! console_bench seed DB RECORDS PENDING
//!     appends RECORDS varied audit records (through the store's chain, like the gateway) and
//!     holds PENDING payments of finance-bot for finance-leads, in the SQLite database DB
//!     (made by `warden init`, before `warden serve` opens it);
//! console_bench measure BASE TOKEN ITERATIONS approver|admin
//!     signs in to the console at BASE with TOKEN and requests each page ITERATIONS times,
//!     one at a time; prints one JSON line per page (p50, p90, p99, max in ms).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs,
    reason = "bench tool"
)]

use std::time::{Duration, Instant};

use serde_json::json;
use warden_store::{SqliteStore, StateStore, Store};
use warden_types::{
    Action, Approval, ApprovalState, AuditEvent, EventKind, Outcome, Requirement, Timestamp,
};

const AGENTS: &[&str] = &[
    "dev-bot",
    "marketing-bot",
    "sec-bot",
    "finance-bot",
    "support-bot",
];
const TOOLS: &[&str] = &[
    "crm.get_customer",
    "email.send",
    "repo.create_issue",
    "payments.send",
    "kb.search",
];

async fn seed(db: &str, records: u64, pending: u64) {
    let store = SqliteStore::open(std::path::Path::new(db)).unwrap();
    let mut batch = Vec::new();
    for i in 0..records {
        let agent = AGENTS[(i % 5) as usize];
        let tool = TOOLS[((i / 5) % 5) as usize];
        let (event, outcome) = match i % 3 {
            0 => (EventKind::ActionReceived, Outcome::Received),
            1 => (
                EventKind::ActionDecided,
                if i % 17 == 1 {
                    Outcome::Denied
                } else {
                    Outcome::Success
                },
            ),
            _ => (EventKind::ActionExecuted, Outcome::Success),
        };
        let mut e = AuditEvent::new(
            event,
            outcome,
            format!("agent `{agent}` asked to use `{tool}` (bench record {i})"),
        );
        e.agent = Some(agent.into());
        e.tool = Some(tool.into());
        e.session = Some(format!("run-{}", i / 300));
        e.action_id = Some(format!("act_bench{:08}", i / 3));
        e.input = json!({"customer_id": format!("C{}", i % 10_000), "note": "x".repeat(64)});
        batch.push(e);
        if batch.len() == 1000 {
            store.append(std::mem::take(&mut batch)).await.unwrap();
        }
    }
    if !batch.is_empty() {
        store.append(batch).await.unwrap();
    }
    let now = Timestamp::now();
    for i in 0..pending {
        let action = Action {
            id: format!("act_pending{i:08}"),
            agent: "finance-bot".into(),
            session: "base".into(),
            tool: "payments.send".into(),
            arguments: json!({"iban": "NL91ABNA0417164300", "amount": 2000 + i, "reference": format!("INV-{i}")}),
        };
        let approval = Approval {
            args_hash: warden_types::arguments_hash(&action.arguments),
            action,
            requirements: vec![Requirement {
                groups: vec!["finance-leads".into()],
                policies: vec!["finance-large-payments".into()],
                approvers: 1,
            }],
            policies: vec!["finance-large-payments".into()],
            state: ApprovalState::Pending,
            created_at: now.plus_seconds(-(i as i64)),
            expires_at: now.plus_seconds(86_400 - i as i64),
            votes: Vec::new(),
            result: None,
            token: None,
            request_hash: None,
        };
        let mut held = AuditEvent::new(
            EventKind::ActionDecided,
            Outcome::Escalated,
            "held for approval by finance-leads under finance-large-payments",
        );
        held.agent = Some("finance-bot".into());
        held.tool = Some("payments.send".into());
        held.action_id = Some(approval.action.id.clone());
        held.output = json!({"session_labels": [], "provenance": {"untrusted_args": [], "unknown_args": ["iban"], "reply": false}});
        store.create_approval(approval, vec![held]).await.unwrap();
    }
    store.close();
    println!("{{\"seeded_records\":{records},\"pending\":{pending}}}");
}

fn field(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = body.find(&marker).expect("field") + marker.len();
    body[start..].split('"').next().unwrap().to_owned()
}

async fn measure(base: &str, token: &str, iterations: usize, admin: bool) {
    warden_execute::install_crypto_provider();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let form = http
        .get(format!("{base}/console/login"))
        .send()
        .await
        .unwrap();
    let login_cookie = form
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let csrf = field(&form.text().await.unwrap(), "login_csrf");
    let signed = http
        .post(format!("{base}/console/login"))
        .header("cookie", &login_cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("login_csrf", &csrf)
                .append_pair("token", token)
                .finish(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(signed.status().as_u16(), 303);
    let cookie = signed
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
        .find(|c| c.starts_with("warden-console="))
        .unwrap();
    let approver = [
        "/console/approvals",
        "/console/approvals/act_pending00000000",
        "/console/approvals?state=decided",
    ];
    let administrator = [
        "/console/agents",
        "/console/agents/finance-bot",
        "/console/audit",
        "/console/audit?agent=finance-bot&outcome=denied",
        "/console/audit?session=run-100",
        "/console/audit/1",
        "/console/costs",
    ];
    let pages: &[&str] = if admin { &administrator } else { &approver };
    for &page in pages {
        let mut ms = Vec::with_capacity(iterations);
        let mut bytes = 0;
        for _ in 0..iterations {
            let t = Instant::now();
            let r = http
                .get(format!("{base}{page}"))
                .header("cookie", &cookie)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            let body = r.bytes().await.unwrap();
            ms.push(t.elapsed());
            assert_eq!(status, 200, "{page}");
            bytes = body.len();
        }
        ms.sort();
        let p = |q: f64| -> f64 {
            let i = ((ms.len() as f64 - 1.0) * q).round() as usize;
            ms[i].as_secs_f64() * 1000.0
        };
        println!(
            "{}",
            json!({"page": page, "n": iterations, "bytes": bytes, "p50_ms": p(0.5), "p90_ms": p(0.9), "p99_ms": p(0.99), "max_ms": ms.last().copied().unwrap_or(Duration::ZERO).as_secs_f64() * 1000.0})
        );
    }
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("seed") if args.len() == 5 => {
            seed(&args[2], args[3].parse().unwrap(), args[4].parse().unwrap()).await;
        }
        Some("measure") if args.len() == 6 => {
            let admin = args[5] == "admin";
            measure(&args[2], &args[3], args[4].parse().unwrap(), admin).await;
        }
        _ => {
            eprintln!(
                "usage: console_bench seed DB RECORDS PENDING | console_bench measure BASE TOKEN ITERATIONS approver|admin"
            );
            std::process::exit(2);
        }
    }
}
