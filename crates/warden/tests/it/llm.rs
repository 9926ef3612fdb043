//! The LLM proxy with the official `openai` and `anthropic` Python SDKs as the agent's clients,
//! in front of the fake provider (the real wire formats, streamed in 3-byte pieces).

use std::path::{Path, PathBuf};
use tokio::process::Command;

use serde_json::{Value, json};

use crate::harness::{self, CANARY_KEY, CANARY_LLM_KEY};

const EMAIL: &str = "alice.martin@example.org";
const CARD: &str = "4111 1111 1111 1111";
const API_KEY: &str = "sk-proj-Zq3vT8mNw2Lk5Rx7Yb1Hc4Jd6Fg9Ps0AeUoIy";

fn client() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/llm/client.py")
        .canonicalize()
        .unwrap()
}

/// Runs one scenario of the SDK client; its JSON answer. (Asynchronously: the fake provider
/// runs on this test's runtime.)
async fn sdk(base: &str, token: &str, scenario: &str, arg: &str) -> Value {
    let out = Command::new(crate::mcp::python())
        .arg(client())
        .args([base, token, scenario, arg])
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{scenario}: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(stdout.lines().last().unwrap_or_default())
        .unwrap_or_else(|e| panic!("{scenario}: {e}: {stdout}"))
}

async fn provider_requests(s: &harness::Server) -> Vec<Value> {
    s.http
        .get(format!("{}/llm/_requests", s.upstream_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn personal_data_and_secrets_never_reach_the_provider_and_answers_are_restored() {
    let s = harness::Server::start().await;
    let token = s.token("agent", "support-bot").await;
    let prompt = format!("Please contact {EMAIL} about card {CARD}; my key is {API_KEY}.");

    let mut answers = Vec::new();
    for scenario in ["openai", "openai-stream", "anthropic", "anthropic-stream"] {
        let a = sdk(&s.base, &token, scenario, &prompt).await;
        let text = a["text"]
            .as_str()
            .unwrap_or_else(|| panic!("{scenario}: {a}"));
        // The provider echoed placeholders; the agent gets its own values back.
        assert!(text.contains(EMAIL), "{scenario}: {text}");
        assert!(text.contains(CARD), "{scenario}: {text}");
        assert!(text.contains(API_KEY), "{scenario}: {text}");
        assert!(!text.contains("<EMAIL_1>"), "{scenario}: {text}");
        answers.push(a);
    }
    // Usage reaches the SDK (the streamed usage chunk was asked for), and Warden's metadata.
    assert!(answers[0]["usage"]["prompt_tokens"].as_u64().unwrap() > 0);
    assert!(answers[1]["usage"]["completion_tokens"].as_u64().unwrap() > 0);
    assert!(
        answers[1]["chunks"].as_u64().unwrap() > 20,
        "{}",
        answers[1]
    );
    let meta = &answers[0]["warden"];
    assert!(meta["findings"].to_string().contains("pii.email"), "{meta}");
    assert!(answers[2]["usage"]["input_tokens"].as_u64().unwrap() > 0);

    // Tool-call arguments: placeholders restored, whole and streamed, OpenAI and Anthropic.
    let call = format!(
        "CALL send_email {}",
        json!({"to": EMAIL, "body": format!("card {CARD}")})
    );
    let t = sdk(&s.base, &token, "openai-tool", &call).await;
    for v in [&t["whole"], &t["streamed"]] {
        assert_eq!(v["name"], "send_email", "{t}");
        let args: Value = serde_json::from_str(v["arguments"].as_str().unwrap()).unwrap();
        assert_eq!(
            args,
            json!({"to": EMAIL, "body": format!("card {CARD}")}),
            "{t}"
        );
    }
    assert_eq!(t["warden"]["flags"], json!([]), "{t}");
    let t = sdk(&s.base, &token, "anthropic-tool", &call).await;
    assert_eq!(
        t["input"],
        json!({"to": EMAIL, "body": format!("card {CARD}")}),
        "{t}"
    );

    // What reached the provider: placeholders, never the values; the provider's credential
    // was Warden's, not the agent's token.
    let got = provider_requests(&s).await;
    assert_eq!(got.len(), 7, "{got:?}");
    for r in &got {
        let body = r["body"].to_string();
        for value in [EMAIL, "4111", API_KEY, "Zq3vT8"] {
            assert!(
                !body.contains(value),
                "{value} reached the provider: {body}"
            );
        }
        assert!(body.contains("<EMAIL_1>"), "{body}");
        assert_eq!(r["credential"], CANARY_LLM_KEY);
    }

    // One audit record per call: provider, model, tokens, cost, findings; no values.
    let calls = s.audit("event=llm.call").await;
    assert_eq!(calls.len(), 7, "{calls:?}");
    for c in &calls {
        assert_eq!(c["outcome"], "success", "{c}");
        assert!(c["usage"]["input_tokens"].as_u64().unwrap() > 0, "{c}");
        assert!(c["usage"]["cost_nanousd"].as_u64().unwrap() > 0, "{c}");
        assert!(c["findings"].to_string().contains("pii.card"), "{c}");
        assert!(c["input"]["request"]["messages"].is_array(), "{c}");
        // Each call names the policy set it was decided under, as action decisions do.
        assert_eq!(c["policy_set"].as_str().map(str::len), Some(64), "{c}");
    }
    assert!(calls.iter().any(|c| c["systems"] == json!(["claude"])));
    let all = serde_json::to_string(&s.audit("limit=100000").await).unwrap();
    for value in [EMAIL, "4111 1111", API_KEY, CANARY_LLM_KEY, &token] {
        assert!(!all.contains(value), "{value} in the audit log");
    }
    // Neither the provider's credential nor the agent's values in the log or the database.
    let log = std::fs::read(&s.log).unwrap();
    let db = std::fs::read(&s.db).unwrap();
    let wal = std::fs::read(s.db.with_extension("db-wal")).unwrap_or_default();
    for value in [EMAIL, API_KEY, CANARY_LLM_KEY, CANARY_KEY] {
        assert!(!contains(&log, value), "{value} in the log");
        assert!(
            !contains(&db, value) && !contains(&wal, value),
            "{value} in the database"
        );
    }

    // `warden costs` shows the spend per day, agent and model.
    let (code, out, err) = harness::run_cli(
        &["costs", "--addr", &s.base, "--json"],
        &[("WARDEN_TOKEN", &s.admin)],
    );
    assert_eq!(code, 0, "{err}");
    let rows: Value = serde_json::from_str(&out).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["model"] == "gpt-4o-mini")
        .unwrap_or_else(|| panic!("{rows}"));
    assert_eq!(row["agent"], "support-bot");
    assert_eq!(row["calls"], 4);
}

#[tokio::test]
async fn no_dpa_no_personal_data_and_policy_picks_providers_and_models() {
    let s = harness::Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let marketing = s.token("agent", "marketing-bot").await;

    // `labs` has no DPA and blocks personal data: refused, nothing sent, recorded.
    let r = sdk(&s.base, &marketing, "labs", &format!("Write to {EMAIL}")).await;
    assert_eq!(r["status"], 403, "{r}");
    assert_eq!(r["body"]["code"], "personal_data_blocked", "{r}");
    assert!(provider_requests(&s).await.is_empty());
    // Without personal data it goes through.
    let r = sdk(
        &s.base,
        &marketing,
        "labs",
        "Write a haiku about spreadsheets",
    )
    .await;
    assert!(r["text"].as_str().unwrap().contains("haiku"), "{r}");
    let denied = s.audit("event=llm.call&outcome=denied").await;
    assert!(
        denied.iter().any(|c| c["code"] == "personal_data_blocked"
            && c["systems"] == json!(["labs"])
            && c["findings"].to_string().contains("pii.email")),
        "{denied:?}"
    );

    // `claude` has no DPA and pseudonymises: the provider gets placeholders only, and the
    // record says what was found and replaced.
    let r = sdk(&s.base, &support, "anthropic", &format!("Call {EMAIL}")).await;
    assert!(r["text"].as_str().unwrap().contains(EMAIL), "{r}");
    let sent = provider_requests(&s).await;
    let to_claude = sent.iter().find(|x| x["format"] == "anthropic").unwrap();
    assert!(!to_claude["body"].to_string().contains(EMAIL));
    let rec = s.audit("event=llm.call&tool=claude.complete").await;
    assert!(
        rec[0]["findings"].to_string().contains("pii.email"),
        "{rec:?}"
    );
    assert!(
        rec[0]["input"]["request"].to_string().contains("<EMAIL_1>"),
        "{rec:?}"
    );

    // Policy: support-bot may use gpt-4o-mini and claude, not gpt-4o nor labs.
    let m = sdk(&s.base, &support, "models", "").await;
    assert_eq!(
        m["models"],
        json!(["claude-sonnet-4-5", "gpt-4o-mini"]),
        "{m}"
    );
    let r = sdk(&s.base, &support, "model", "gpt-4o").await;
    assert_eq!(r["status"], 403, "{r}");
    assert_eq!(r["body"]["code"], "denied", "{r}");
    let r = sdk(&s.base, &support, "model", "no-such-model").await;
    assert_eq!(r["status"], 404, "{r}");
    assert_eq!(r["body"]["code"], "unknown_model", "{r}");
    // A Warden token is required; a provider key is not one.
    let r = sdk(&s.base, CANARY_LLM_KEY, "model", "gpt-4o-mini").await;
    assert_eq!(r["status"], 401, "{r}");

    // A halted agent is refused at once; another goes on.
    let (st, _) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/agents/support-bot/halt",
            Some(json!({"reason": "test"})),
        )
        .await;
    assert_eq!(st, 200);
    let r = sdk(&s.base, &support, "model", "gpt-4o-mini").await;
    assert_eq!(r["body"]["code"], "agent_halted", "{r}");
    let r = sdk(&s.base, &marketing, "model", "gpt-4o-mini").await;
    assert!(r["text"].is_string(), "{r}");
}

#[tokio::test]
async fn a_hallucinated_tool_call_is_flagged_and_recorded() {
    let s = harness::Server::start().await;
    let token = s.token("agent", "support-bot").await;
    // The model calls a tool the request never offered, …
    let r = sdk(
        &s.base,
        &token,
        "openai-tool",
        "CALL wire_money {\"iban\": \"DE89370400440532013000\", \"amount\": 9000}",
    )
    .await;
    let flags = r["warden"]["flags"].as_array().unwrap();
    assert!(
        flags
            .iter()
            .any(|f| f["problem"] == "unknown_tool" && f["name"] == "wire_money"),
        "{r}"
    );
    // … with arguments that break the offered schema, …
    let r = sdk(
        &s.base,
        &token,
        "openai-tool",
        "CALL send_email {\"to\": 42}",
    )
    .await;
    assert!(
        r["warden"]["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["problem"] == "invalid_arguments"),
        "{r}"
    );
    let recorded = s.audit("event=llm.call").await;
    let text = serde_json::to_string(&recorded).unwrap();
    assert!(
        text.contains("tool_call.unknown_tool (wire_money)"),
        "{text}"
    );
    assert!(
        text.contains("tool_call.invalid_arguments (send_email)"),
        "{text}"
    );
    assert!(!text.contains("DE89370400440532013000"), "{text}");

    // … or names a Warden tool this agent may never use (support-bot cannot pay).
    let body = json!({
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": "CALL payments_send {\"amount\": 10, \"iban\": \"DE89370400440532013000\", \"reference\": \"x\"}"}],
        "tools": [{"type": "function", "function": {"name": "payments_send", "parameters": {"type": "object"}}}],
    });
    let resp = s
        .http
        .post(format!("{}/v1/chat/completions", s.base))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["x-warden-flags"], "1");
    let v: Value = resp.json().await.unwrap();
    assert_eq!(v["warden"]["flags"][0]["problem"], "not_allowed", "{v}");
}

#[tokio::test]
async fn concurrent_requests_never_spend_more_than_the_budget() {
    const LIMIT: u64 = 5000;
    let s = harness::Server::start_with(|t| {
        t.replace(
            "budget = { daily_usd = 5.0, monthly_usd = 50.0, daily_tokens = 2000000, alert_percent = 80 }",
            &format!("budget = {{ daily_tokens = {LIMIT}, alert_percent = 50 }}"),
        )
    })
    .await;
    let token = s.token("agent", "support-bot").await;
    let body = json!({
        "model": "gpt-4o-mini",
        "max_tokens": 200,
        "messages": [{"role": "user", "content": "x".repeat(1500)}],
    });
    let send = || {
        s.http
            .post(format!("{}/v1/chat/completions", s.base))
            .bearer_auth(&token)
            .json(&body)
            .send()
    };
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let round: Vec<_> = (0..16).map(|_| send()).collect();
        for r in futures_util::future::join_all(round).await {
            let r = r.unwrap();
            let status = r.status().as_u16();
            let v: Value = r.json().await.unwrap();
            if status == 429 {
                assert_eq!(v["code"], "budget_exhausted", "{v}");
                assert_eq!(v["error"]["code"], "budget_exhausted", "{v}");
            } else {
                assert_eq!(status, 200, "{v}");
            }
            statuses.push(status);
        }
    }
    let ok = statuses.iter().filter(|s| **s == 200).count();
    assert!(ok >= 3, "{statuses:?}");
    assert!(statuses.contains(&429), "{statuses:?}");
    let spent: u64 = s
        .audit("event=llm.call&outcome=success")
        .await
        .iter()
        .map(|c| {
            c["usage"]["input_tokens"].as_u64().unwrap()
                + c["usage"]["output_tokens"].as_u64().unwrap()
        })
        .sum();
    assert!(spent <= LIMIT, "spent {spent} of {LIMIT}");
    // Without the reservation the same calls would have overrun: each really spends this much.
    assert!(spent / ok as u64 * 48 > LIMIT);
    // Half the budget raised one alert.
    let alerts = s.audit("event=budget.alert").await;
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert!(
        alerts[0]["description"]
            .as_str()
            .unwrap()
            .contains("agent:support-bot")
    );
}

#[tokio::test]
async fn a_team_budget_covers_every_agent_of_the_role() {
    // marketing-bot joins the support role: the two share support's daily token budget.
    let s = harness::Server::start_with(|t| {
        t.replace(
            "budget = { monthly_usd = 200.0 }",
            "budget = { daily_tokens = 1500 }",
        )
        .replace(
            "roles = [\"marketing\"]",
            "roles = [\"marketing\", \"support\"]",
        )
    })
    .await;
    let support = s.token("agent", "support-bot").await;
    let marketing = s.token("agent", "marketing-bot").await;
    let ask = |token: &str| {
        s.http
            .post(format!("{}/v1/chat/completions", s.base))
            .bearer_auth(token)
            .json(&json!({"model": "gpt-4o-mini", "max_tokens": 100, "messages": [{"role": "user", "content": "y".repeat(400)}]}))
            .send()
    };
    let mut spent_by_support = 0;
    loop {
        let r = ask(&support).await.unwrap();
        if r.status() == 429 {
            break;
        }
        assert_eq!(r.status(), 200);
        spent_by_support += 1;
        assert!(spent_by_support < 50, "the team budget never ran out");
    }
    assert!(spent_by_support >= 1);
    let r = ask(&marketing).await.unwrap();
    assert_eq!(r.status(), 429);
    let v: Value = r.json().await.unwrap();
    assert!(
        v["detail"].as_str().unwrap().contains("role:support"),
        "{v}"
    );
    // dev-bot is not in the role and goes on.
    let dev = s.token("agent", "dev-bot").await;
    assert_eq!(ask(&dev).await.unwrap().status(), 200);
}

#[tokio::test]
async fn tokens_are_estimated_when_the_provider_reports_none() {
    let s = harness::Server::start_with(|t| {
        t.replace(
            "[providers.claude]",
            "[providers.openai.models.\"gpt-4o-mini-no-usage\"]\ninput_usd_per_mtok = 1.0\noutput_usd_per_mtok = 2.0\nmax_output_tokens = 1000\n\n[providers.claude]",
        )
    })
    .await;
    // development may use any model of any provider.
    let dev = s.token("agent", "dev-bot").await;
    let r = s
        .http
        .post(format!("{}/v1/chat/completions", s.base))
        .bearer_auth(&dev)
        .json(&json!({"model": "gpt-4o-mini-no-usage", "messages": [{"role": "user", "content": "z".repeat(400)}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    assert!(v["usage"].is_null(), "the provider reported no usage: {v}");
    let u = &v["warden"]["usage"];
    assert_eq!(u["estimated"], true, "{v}");
    // About four characters a token: 400 characters of prompt, ~410 of answer.
    let input = u["input_tokens"].as_u64().unwrap();
    let output = u["output_tokens"].as_u64().unwrap();
    assert!((100..=130).contains(&input), "{u}");
    assert!((100..=110).contains(&output), "{u}");
    let rec = s.audit("event=llm.call").await;
    assert_eq!(rec[0]["usage"]["estimated"], true, "{rec:?}");
    assert_eq!(
        rec[0]["usage"]["cost_nanousd"].as_u64().unwrap(),
        input * 1000 + output * 2000
    );
}

/// Nothing a provider receives is unprotected (issue 14, item 1): personal data and secrets
/// in fields other than messages — `user`, `metadata`, a message's `name`, `stop`,
/// `prediction`, tool descriptions and schemas, `response_format`, URLs, Anthropic
/// `metadata.user_id`, `stop_sequences`, `input_schema`, text documents, a field no API has
/// yet — are refused where the provider may not receive them and replaced everywhere else;
/// the call is on record (`llm.sent`) before it leaves, and the subject can be found.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_field_a_provider_receives_is_protected() {
    let s = harness::Server::start().await;
    let marketing = s.token("agent", "marketing-bot").await;
    let support = s.token("agent", "support-bot").await;
    let key = "ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s00";
    let openai = |model: &str| {
        json!({
            "model": model,
            "user": EMAIL,
            "metadata": {"customer": EMAIL, "token": key},
            "stop": [format!("until {EMAIL}")],
            "prediction": {"type": "content", "content": format!("Dear {EMAIL}")},
            "messages": [{"role": "user", "name": EMAIL, "content": "Write a haiku about spreadsheets"}],
            "tools": [{"type": "function", "function": {"name": "send", "description": format!("always copy {EMAIL}"), "parameters": {"type": "object", "properties": {"to": {"type": "string", "description": format!("e.g. {EMAIL}")}}}}}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": "object", "description": format!("for {EMAIL}")}}},
            "x_future_field": [EMAIL],
        })
    };
    let post = |token: &str, path: &str, body: Value| {
        let req = s
            .http
            .post(format!("{}{path}", s.base))
            .bearer_auth(token)
            .header("anthropic-version", "2023-06-01")
            .json(&body);
        async move {
            let r = req.send().await.unwrap();
            (r.status().as_u16(), r.json::<Value>().await.unwrap())
        }
    };
    // `labs` blocks personal data: refused although the messages hold none; nothing sent.
    let (st, v) = post(&marketing, "/v1/chat/completions", openai("labs-small")).await;
    assert_eq!(
        (st, v["code"].as_str()),
        (403, Some("personal_data_blocked")),
        "{v}"
    );
    assert!(provider_requests(&s).await.is_empty());

    // `openai` pseudonymises: the provider gets placeholders in every field.
    let (st, v) = post(&support, "/v1/chat/completions", openai("gpt-4o-mini")).await;
    assert_eq!(st, 200, "{v}");
    let anthropic = json!({
        "model": "claude-sonnet-4-5",
        "max_tokens": 50,
        "metadata": {"user_id": EMAIL},
        "stop_sequences": [EMAIL],
        "tools": [{"name": "send", "description": format!("cc {EMAIL}"), "input_schema": {"type": "object", "properties": {"to": {"type": "string", "description": EMAIL}}}}],
        "messages": [{"role": "user", "content": [
            {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": format!("contract for {EMAIL}, token {key}")}},
            {"type": "text", "text": "Summarise"},
        ]}],
    });
    let (st, v) = post(&support, "/v1/messages", anthropic).await;
    assert_eq!(st, 200, "{v}");
    let sent = provider_requests(&s).await;
    assert_eq!(sent.len(), 2);
    for r in &sent {
        let body = r["body"].to_string();
        assert!(
            !body.contains(EMAIL),
            "the provider got the address: {body}"
        );
        assert!(!body.contains(key), "the provider got the token: {body}");
        assert!(body.contains("<EMAIL_1>"), "{body}");
    }
    // On record before it left, and the subject is findable (and erasable).
    let intents = s.audit("event=llm.sent").await;
    assert_eq!(intents.len(), 2, "{intents:?}");
    let all = s.audit("limit=100000").await;
    assert!(!serde_json::to_string(&all).unwrap().contains(EMAIL));
    let (st, v) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/subjects/locate",
            Some(json!({"identifiers": [EMAIL]})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    assert!(
        !v["subjects"].as_array().unwrap().is_empty(),
        "the address is held for erasure: {v}"
    );
}

/// Two processes on one PostgreSQL database share one budget (the spend ledger is in the
/// store): concurrent calls through both never spend more than it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_never_spend_more_than_one_budget() {
    const LIMIT: u64 = 5000;
    let pg = harness::postgres_schema("budget");
    let env = [("WARDEN_POSTGRES", pg.as_str())];
    let a = harness::Server::start_with_env(
        |t| {
            t.replace(
                "budget = { daily_usd = 5.0, monthly_usd = 50.0, daily_tokens = 2000000, alert_percent = 80 }",
                &format!("budget = {{ daily_tokens = {LIMIT}, alert_percent = 50 }}"),
            )
        },
        &env,
    )
    .await;
    let log_b = a.db.with_file_name("b.log");
    let (mut child_b, base_b) =
        harness::spawn_serve_with(&a.config, &a.db, &log_b, &a.upstream_url, &env);
    let token = a.token("agent", "support-bot").await;
    harness::token_known_at(&a.http, &base_b, &token).await;
    let body = json!({
        "model": "gpt-4o-mini",
        "max_tokens": 200,
        "messages": [{"role": "user", "content": "x".repeat(1500)}],
    });
    let send = |base: String| {
        a.http
            .post(format!("{base}/v1/chat/completions"))
            .bearer_auth(&token)
            .json(&body)
            .send()
    };
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let round: Vec<_> = (0..16)
            .map(|i| {
                send(if i % 2 == 0 {
                    a.base.clone()
                } else {
                    base_b.clone()
                })
            })
            .collect();
        for r in futures_util::future::join_all(round).await {
            statuses.push(r.unwrap().status().as_u16());
        }
    }
    let _ = child_b.kill();
    let _ = child_b.wait();
    let ok = statuses.iter().filter(|s| **s == 200).count();
    assert!(ok >= 3, "{statuses:?}");
    assert!(
        statuses.iter().all(|s| *s == 200 || *s == 429),
        "{statuses:?}"
    );
    let spent: u64 = a
        .audit("event=llm.call&outcome=success")
        .await
        .iter()
        .map(|c| {
            c["usage"]["input_tokens"].as_u64().unwrap()
                + c["usage"]["output_tokens"].as_u64().unwrap()
        })
        .sum();
    assert!(
        spent <= LIMIT,
        "spent {spent} of {LIMIT} through two processes"
    );
    assert!(spent / ok as u64 * 48 > LIMIT);
    // The process stops before its schema goes.
    drop(a);
    harness::drop_postgres_schema(&pg);
}
