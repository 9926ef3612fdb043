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

/// One request to the LLM proxy and what it must leave behind.
struct LlmExit {
    name: &'static str,
    token: &'static str,
    /// `/v1/chat/completions` or `/v1/messages`.
    path: &'static str,
    session: Option<&'static str>,
    body: String,
    status: u16,
    code: Option<&'static str>,
}

fn chat(model: &str, text: &str) -> String {
    json!({"model": model, "messages": [{"role": "user", "content": text}]}).to_string()
}

/// Every exit of the LLM proxy (both wire formats), one request each: exactly one `llm.call`
/// record carrying the answer's code and the policy set, the refusal in the endpoint's own
/// error format, and no prompt content in the log.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_exit_of_the_llm_proxy_leaves_exactly_its_records() {
    const EMAIL: &str = "ada.lovelace@example.org";
    // support-bot's budget has no room for any call; labs cannot be reached.
    let s = Server::start_with_env(
        |t| t.replace("daily_tokens = 2000000", "daily_tokens = 10"),
        &[("WARDEN_PROVIDER_LABS_URL", "http://127.0.0.1:9/v1")],
    )
    .await;
    let tokens = [
        ("support", s.token("agent", "support-bot").await),
        ("marketing", s.token("agent", "marketing-bot").await),
        ("dev", s.token("agent", "dev-bot").await),
        ("sec", s.token("agent", "sec-bot").await),
    ];
    let openai = "/v1/chat/completions";
    let anthropic = "/v1/messages";
    let exits = [
        LlmExit {
            name: "not JSON",
            token: "dev",
            path: openai,
            session: None,
            body: "{not json".into(),
            status: 400,
            code: Some("bad_request"),
        },
        LlmExit {
            name: "not JSON (Anthropic)",
            token: "dev",
            path: anthropic,
            session: None,
            body: "[".into(),
            status: 400,
            code: Some("bad_request"),
        },
        LlmExit {
            name: "body above the limit",
            token: "dev",
            path: openai,
            session: None,
            body: chat("gpt-4o-mini", &"x".repeat(9 << 20)),
            status: 413,
            code: Some("payload_too_large"),
        },
        LlmExit {
            name: "bad session header",
            token: "dev",
            path: openai,
            session: Some("a b"),
            body: chat("gpt-4o-mini", "hello"),
            status: 400,
            code: Some("bad_request"),
        },
        LlmExit {
            name: "not a chat request",
            token: "dev",
            path: openai,
            session: None,
            body: json!({"model": "gpt-4o-mini"}).to_string(),
            status: 400,
            code: Some("bad_request"),
        },
        LlmExit {
            name: "unknown model",
            token: "dev",
            path: openai,
            session: None,
            body: chat("gpt-nope", "hello"),
            status: 404,
            code: Some("unknown_model"),
        },
        LlmExit {
            name: "no policy permits",
            token: "marketing",
            path: anthropic,
            session: None,
            body: json!({"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": format!("mail {EMAIL}")}]}).to_string(),
            status: 403,
            code: Some("denied"),
        },
        LlmExit {
            name: "personal data to a provider that blocks it",
            token: "marketing",
            path: openai,
            session: Some("s-1"),
            body: chat("labs-small", &format!("write to {EMAIL}")),
            status: 403,
            code: Some("personal_data_blocked"),
        },
        LlmExit {
            name: "budget exhausted",
            token: "support",
            path: openai,
            session: None,
            body: chat("gpt-4o-mini", "hello"),
            status: 429,
            code: Some("budget_exhausted"),
        },
        LlmExit {
            name: "provider unreachable",
            token: "marketing",
            path: openai,
            session: None,
            body: chat("labs-small", "hello"),
            status: 502,
            code: Some("upstream_error"),
        },
        LlmExit {
            name: "answered",
            token: "dev",
            path: openai,
            session: Some("s-2"),
            body: chat("gpt-4o-mini", &format!("say hi to {EMAIL}")),
            status: 200,
            code: None,
        },
        LlmExit {
            name: "answered (Anthropic)",
            token: "dev",
            path: anthropic,
            session: None,
            body: json!({"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": "hi"}]}).to_string(),
            status: 200,
            code: None,
        },
        // Last: it halts sec-bot first (below).
        LlmExit {
            name: "halted agent",
            token: "sec",
            path: openai,
            session: None,
            body: chat("gpt-4o-mini", "hello"),
            status: 403,
            code: Some("agent_halted"),
        },
    ];
    let (st, _) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/agents/sec-bot/halt",
            Some(json!({"reason": "exit test"})),
        )
        .await;
    assert_eq!(st, 200);
    for exit in &exits {
        let token = &tokens.iter().find(|(n, _)| *n == exit.token).unwrap().1;
        let mut req = s
            .http
            .post(format!("{}{}", s.base, exit.path))
            .bearer_auth(token)
            .header("content-type", "application/json")
            .body(exit.body.clone());
        if let Some(session) = exit.session {
            req = req.header("x-warden-session", session);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        let v: Value = resp.json().await.unwrap();
        assert_eq!(status, exit.status, "{}: {v}", exit.name);
        let id = match exit.code {
            Some(code) => {
                // The problem's members and the endpoint's own error format, side by side.
                assert_eq!(v["code"], code, "{}: {v}", exit.name);
                if exit.path == openai {
                    assert_eq!(v["error"]["code"], code, "{}: {v}", exit.name);
                } else {
                    assert_eq!(v["type"], "error", "{}: {v}", exit.name);
                    assert_eq!(v["error"]["type"], code, "{}: {v}", exit.name);
                }
                v["llm_call_id"].as_str()
            }
            None => v["warden"]["llm_call_id"].as_str(),
        }
        .unwrap_or_else(|| panic!("{}: no call id in {v}", exit.name))
        .to_owned();
        let records = s.audit(&format!("action_id={id}")).await;
        let kinds: Vec<&str> = records
            .iter()
            .map(|r| r["event"].as_str().unwrap())
            .collect();
        // A call that went out was on record before it left (`llm.sent`); one refused before
        // leaving has only its `llm.call`.
        let sent = kinds.first() == Some(&"llm.sent");
        let expected: &[&str] = if sent {
            &["llm.sent", "llm.call"]
        } else {
            &["llm.call"]
        };
        assert_eq!(kinds, expected, "{}: {records:#?}", exit.name);
        if exit.status == 200 {
            assert!(sent, "{}: answered without an intent record", exit.name);
        }
        if (400..500).contains(&exit.status) {
            assert!(!sent, "{}: refused but recorded as sent", exit.name);
        }
        let record = records.last().unwrap();
        assert_eq!(
            record["code"].as_str(),
            exit.code,
            "{}: {record}",
            exit.name
        );
        assert_eq!(
            record["outcome"] == "success",
            exit.code.is_none(),
            "{}: {record}",
            exit.name
        );
        assert_eq!(
            record["policy_set"].as_str().map(str::len),
            Some(64),
            "{}",
            exit.name
        );
        let text = serde_json::to_string(&records).unwrap();
        assert!(
            !text.contains(EMAIL),
            "{}: prompt content in the log",
            exit.name
        );
        assert!(
            !text.contains("not json"),
            "{}: the body in the log",
            exit.name
        );
        assert!(
            !text.contains("xxxxxxxx"),
            "{}: the body in the log",
            exit.name
        );
    }
}

/// Every exit of a `/mcp` tool call, one call each, on one session: the JSON-RPC shape the
/// protocol asks for, and exactly the records the action API writes for the same ending.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_exit_of_an_mcp_tool_call_leaves_exactly_its_records() {
    // A held call waits a second for its decision, then answers.
    let s = Server::start_with(|t| t.replace("hold_wait = \"10s\"", "hold_wait = \"1s\"")).await;
    let support = s.token("agent", "support-bot").await;
    let finance = s.token("agent", "finance-bot").await;
    let sec = s.token("agent", "sec-bot").await;
    let post = |token: &str, session: Option<&str>, body: Value| {
        let token = token.to_owned();
        let session = session.map(str::to_owned);
        let s = &s;
        async move { s.mcp_post(&token, session.as_deref(), body).await }
    };
    let init = json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}});
    let mut sessions = std::collections::HashMap::new();
    for (name, token) in [("support", &support), ("finance", &finance), ("sec", &sec)] {
        let resp = post(token, None, init.clone()).await.unwrap();
        let id = resp.headers()["mcp-session-id"]
            .to_str()
            .unwrap()
            .to_owned();
        sessions.insert(name, id);
    }
    // (name, agent, tool, arguments, how it ends: "result" | "tool_error" | "rpc_error",
    // the code, the records of its action id)
    type McpExit = (
        &'static str,
        &'static str,
        &'static str,
        Value,
        &'static str,
        Option<&'static str>,
        &'static [&'static str],
    );
    let exits: [McpExit; 8] = [
        (
            "no tool name",
            "support",
            "",
            json!({}),
            "rpc_error",
            Some("bad_request"),
            &["action.decided"],
        ),
        (
            "tool name too long",
            "support",
            "t",
            json!({}),
            "rpc_error",
            Some("bad_request"),
            &["action.decided"],
        ),
        (
            "executed",
            "support",
            "crm.get_customer",
            json!({"customer_id": "C1234"}),
            "result",
            None,
            &["action.received", "action.decided", "action.executed"],
        ),
        (
            "arguments off the schema",
            "support",
            "crm.get_customer",
            json!({"customer_id": 7}),
            "tool_error",
            Some("invalid_arguments"),
            &["action.received", "action.decided"],
        ),
        (
            "denied by policy",
            "support",
            "payments.send",
            json!({"iban": "NL91ABNA0417164300", "amount": 25000, "reference": "INV-7"}),
            "tool_error",
            Some("denied"),
            &["action.received", "action.decided"],
        ),
        (
            "held for approval",
            "finance",
            "payments.send",
            json!({"iban": "NL91ABNA0417164300", "amount": 25000, "reference": "INV-7"}),
            "tool_error",
            Some("approval_required"),
            &["action.received", "action.decided"],
        ),
        (
            "upstream error",
            "sec",
            "ops.broken",
            json!({}),
            "tool_error",
            Some("upstream_error"),
            &["action.received", "action.decided", "action.executed"],
        ),
        (
            "unknown tool",
            "support",
            "nope.missing",
            json!({}),
            "rpc_error",
            Some("unknown_tool"),
            &["action.received", "action.decided"],
        ),
    ];
    for (n, (name, agent, tool, args, shape, code, events)) in exits.iter().enumerate() {
        let token = match *agent {
            "support" => &support,
            "finance" => &finance,
            _ => &sec,
        };
        let params = match *name {
            "no tool name" => json!({"arguments": args}),
            "tool name too long" => json!({"name": tool.repeat(300), "arguments": args}),
            _ => json!({"name": tool, "arguments": args}),
        };
        let call = json!({"jsonrpc": "2.0", "id": n + 1, "method": "tools/call", "params": params});
        let v: Value = post(token, Some(&sessions[agent]), call)
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let action = match *shape {
            "result" => {
                assert_eq!(v["result"]["isError"], false, "{name}: {v}");
                v["result"]["_meta"]["warden"]["action_id"].as_str()
            }
            "tool_error" => {
                assert_eq!(v["result"]["isError"], true, "{name}: {v}");
                let meta = &v["result"]["_meta"]["warden"];
                assert_eq!(meta["code"].as_str(), *code, "{name}: {v}");
                meta["action_id"].as_str()
            }
            _ => {
                assert_eq!(v["error"]["code"], -32602, "{name}: {v}");
                v["error"]["data"]["action_id"].as_str()
            }
        }
        .unwrap_or_else(|| panic!("{name}: no action id in {v}"))
        .to_owned();
        let records = s.audit(&format!("action_id={action}")).await;
        let kinds: Vec<&str> = records
            .iter()
            .map(|r| r["event"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, *events, "{name}: {records:#?}");
        assert_eq!(
            records.last().unwrap()["code"].as_str(),
            *code,
            "{name}: {records:#?}"
        );
    }
}
