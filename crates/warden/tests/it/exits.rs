//! Every exit of `POST /v1/actions`, one request each, and exactly the records each leaves:
//! the answer's code is the last record's code, and the event kinds are the ones that exit
//! writes (nothing missing, nothing extra). Refusals before an agent is known are covered in
//! `access.rs` (aggregated `auth.failed`, `access.denied`).

use serde_json::{Value, json};

use crate::harness::Server;

struct Exit {
    name: &'static str,
    token: &'static str,
    body: String,
    status: u16,
    code: Option<&'static str>,
    events: &'static [&'static str],
}

fn action(tool: &str, args: Value, session: &str) -> String {
    json!({"tool": tool, "arguments": args, "session": session}).to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_exit_of_the_action_api_leaves_exactly_its_records() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let sec = s.token("agent", "sec-bot").await;
    let finance = s.token("agent", "finance-bot").await;
    let marketing = s.token("agent", "marketing-bot").await;
    let dev = s.token("agent", "dev-bot").await;
    let card = "4111 1111 1111 1111";
    let exits = [
        Exit {
            name: "not JSON",
            token: "support",
            body: "{not json".into(),
            status: 400,
            code: Some("bad_request"),
            events: &["action.decided"],
        },
        Exit {
            name: "unknown field",
            token: "support",
            body: json!({"tool": "crm.get_customer", "arguments": {}, "sesion": "x"}).to_string(),
            status: 400,
            code: Some("bad_request"),
            events: &["action.decided"],
        },
        Exit {
            name: "tool name too long",
            token: "support",
            body: action(&"t".repeat(300), json!({}), "x"),
            status: 400,
            code: Some("bad_request"),
            events: &["action.decided"],
        },
        Exit {
            name: "bad session id",
            token: "support",
            body: action("crm.get_customer", json!({"customer_id": "C1234"}), "a b"),
            status: 400,
            code: Some("bad_request"),
            events: &["action.decided"],
        },
        Exit {
            name: "unknown tool",
            token: "support",
            body: action("nope.missing", json!({}), "x"),
            status: 404,
            code: Some("unknown_tool"),
            events: &["action.received", "action.decided"],
        },
        Exit {
            name: "an LLM provider as a tool",
            token: "support",
            body: action("openai.complete", json!({}), "x"),
            status: 404,
            code: Some("unknown_tool"),
            events: &["action.received", "action.decided"],
        },
        Exit {
            name: "arguments not an object",
            token: "support",
            body: action("crm.get_customer", json!([1, 2]), "x"),
            status: 422,
            code: Some("invalid_arguments"),
            events: &["action.received", "action.decided"],
        },
        Exit {
            name: "arguments off the schema",
            token: "support",
            body: action(
                "crm.get_customer",
                json!({"customer_id": "C1234", "extra": 1}),
                "x",
            ),
            status: 422,
            code: Some("invalid_arguments"),
            events: &["action.received", "action.decided"],
        },
        Exit {
            name: "denied by policy",
            token: "marketing",
            body: action(
                "payments.refund",
                json!({"charge_id": "ch_1234", "amount": 5}),
                "x",
            ),
            status: 403,
            code: Some("denied"),
            events: &["action.received", "action.decided"],
        },
        Exit {
            name: "held for approval",
            token: "finance",
            body: action(
                "payments.send",
                json!({"iban": "NL91ABNA0417164300", "amount": 25000, "reference": "INV-7"}),
                "x",
            ),
            status: 202,
            code: Some("approval_required"),
            events: &["action.received", "action.decided"],
        },
        Exit {
            name: "allowed and executed",
            token: "support",
            body: action("crm.get_customer", json!({"customer_id": "C1234"}), "x"),
            status: 200,
            code: None,
            events: &["action.received", "action.decided", "action.executed"],
        },
        Exit {
            name: "upstream error",
            token: "sec",
            body: action("ops.broken", json!({}), "x"),
            status: 502,
            code: Some("upstream_error"),
            events: &["action.received", "action.decided", "action.executed"],
        },
        Exit {
            name: "upstream timeout",
            token: "sec",
            body: action("ops.slow", json!({}), "x"),
            status: 504,
            code: Some("upstream_timeout"),
            events: &["action.received", "action.decided", "action.executed"],
        },
        Exit {
            name: "a card number the policy refuses",
            token: "support",
            body: action(
                "email.send",
                json!({"to": "ada@groupany.example", "subject": "s", "body": format!("card {card}")}),
                "x",
            ),
            status: 403,
            code: Some("denied"),
            events: &["action.received", "action.decided"],
        },
        Exit {
            name: "body above the limit",
            token: "support",
            body: action(
                "crm.get_customer",
                json!({"customer_id": "x".repeat(2 << 20)}),
                "x",
            ),
            status: 413,
            code: Some("payload_too_large"),
            events: &["action.decided"],
        },
        // Last: it halts dev-bot first (below).
        Exit {
            name: "halted agent",
            token: "dev",
            body: action("repo.create_issue", json!({"repo": "r", "title": "t"}), "x"),
            status: 403,
            code: Some("agent_halted"),
            events: &["action.received", "action.decided"],
        },
    ];
    let (st, _) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/agents/dev-bot/halt",
            Some(json!({"reason": "exit test"})),
        )
        .await;
    assert_eq!(st, 200);
    let token_of = |name: &str| match name {
        "support" => support.clone(),
        "sec" => sec.clone(),
        "finance" => finance.clone(),
        "dev" => dev.clone(),
        _ => marketing.clone(),
    };
    for exit in &exits {
        let resp = s
            .http
            .post(format!("{}/v1/actions", s.base))
            .bearer_auth(token_of(exit.token))
            .header("content-type", "application/json")
            .body(exit.body.clone())
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        let v: Value = resp.json().await.unwrap();
        assert_eq!(status, exit.status, "{}: {v}", exit.name);
        assert_eq!(v["code"].as_str(), exit.code, "{}: {v}", exit.name);
        let id = v["action_id"]
            .as_str()
            .unwrap_or_else(|| panic!("{}: no action id in {v}", exit.name));
        let records = s.audit(&format!("action_id={id}")).await;
        let kinds: Vec<&str> = records
            .iter()
            .map(|r| r["event"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, exit.events, "{}: {records:#?}", exit.name);
        let last = records.last().unwrap();
        assert_eq!(last["code"].as_str(), exit.code, "{}: {last}", exit.name);
        // A decision names its policy set; nothing of an unreadable body is kept.
        let decided = records
            .iter()
            .find(|r| r["event"] == "action.decided")
            .unwrap();
        assert_eq!(
            decided["policy_set"].as_str().map(str::len),
            Some(64),
            "{}",
            exit.name
        );
        let text = serde_json::to_string(&records).unwrap();
        assert!(
            !text.contains(card),
            "{}: a card number in the log",
            exit.name
        );
        assert!(
            !text.contains("sesion"),
            "{}: the request body in the log",
            exit.name
        );
    }
}
