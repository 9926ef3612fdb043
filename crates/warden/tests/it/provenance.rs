//! Argument provenance (issue 15, item 3), against a real `warden serve` and the reference
//! policies: after the agent read untrusted content, the same `email.send` is allowed when the
//! user's instructions named the recipient (a run's task, or a user message through the LLM
//! proxy) and held when the address came only from what the agent read, or from nowhere.

use serde_json::{Value, json};

use crate::harness::Server;

fn mail(to: &str) -> Value {
    json!({"to": to, "subject": "your refund", "body": "on its way"})
}

async fn read_inbox(s: &Server, token: &str, run: &str) -> String {
    let (st, v) = s.act(token, "email.read_inbox", json!({}), run).await;
    assert_eq!(st, 200, "{v}");
    assert!(
        v["labels"]
            .as_array()
            .unwrap()
            .contains(&json!("untrusted")),
        "{v}"
    );
    v["result"].to_string()
}

async fn open_run(s: &Server, agent: &str, task: Option<&str>) -> String {
    let body = task.map(|t| json!({ "task": t }));
    let (st, v) = s
        .request(
            &s.admin,
            "POST",
            &format!("/v1/admin/agents/{agent}/runs"),
            body,
        )
        .await;
    assert_eq!(st, 200, "{v}");
    v["run"].as_str().unwrap().to_owned()
}

fn held_by(v: &Value, policy: &str) -> bool {
    v["policies"]
        .as_array()
        .is_some_and(|p| p.contains(&json!(policy)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recipient_the_task_named_goes_one_from_the_inbox_is_held() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let run = open_run(
        &s,
        "support-bot",
        Some("Tell Ada (ADA@example.net) that her refund for ticket T1182 is on its way."),
    )
    .await;
    let inbox = read_inbox(&s, &support, &run).await;
    assert!(inbox.contains("backup@exfil.example"), "{inbox}");
    // The user named Ada: allowed although the run is untrusted.
    let (st, v) = s
        .act(&support, "email.send", mail("ada@example.net"), &run)
        .await;
    assert_eq!(st, 200, "{v}");
    // The injected e-mail named this one: held.
    let (st, v) = s
        .act(&support, "email.send", mail("backup@exfil.example"), &run)
        .await;
    assert_eq!(st, 202, "{v}");
    assert!(held_by(&v, "no-outbound-after-untrusted-input"), "{v}");
    // Nobody named this one: held too (unknown is not trusted).
    let (st, v) = s
        .act(
            &support,
            "email.send",
            mail("someone@elsewhere.example"),
            &run,
        )
        .await;
    assert_eq!(st, 202, "{v}");
    // Ada and the attacker in one list, or in cc: held.
    let (st, v) = s
        .act(
            &support,
            "email.send",
            mail("ada@example.net, backup@exfil.example"),
            &run,
        )
        .await;
    assert_eq!(st, 202, "{v}");
    let (st, v) = s
        .act(
            &support,
            "email.send",
            json!({"to": "ada@example.net", "cc": ["backup@exfil.example"], "subject": "s", "body": "b"}),
            &run,
        )
        .await;
    assert_eq!(st, 202, "{v}");
    // A look-alike of Ada's address is not Ada's.
    let (st, v) = s
        .act(
            &support,
            "email.send",
            mail("ada@example.net.exfil.example"),
            &run,
        )
        .await;
    assert_eq!(st, 202, "{v}");
    // The values a run's task named do not carry over to another run.
    let other = open_run(&s, "support-bot", None).await;
    read_inbox(&s, &support, &other).await;
    let (st, v) = s
        .act(&support, "email.send", mail("ada@example.net"), &other)
        .await;
    assert_eq!(st, 202, "{v}");
}

/// The user's message through the LLM proxy is an instruction; a tool result in the prompt is
/// not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_users_llm_message_names_recipients_a_prompt_tool_result_does_not() {
    let s = Server::start().await;
    let support = s.token("agent", "support-bot").await;
    let run = open_run(&s, "support-bot", None).await;
    let (st, v) = s
        .request(
            &support,
            "POST",
            "/v1/messages",
            Some(json!({
                "model": "claude-sonnet-4-5",
                "max_tokens": 64,
                "messages": [
                    {"role": "user", "content": "Please confirm the refund to grace@example.org."},
                    {"role": "assistant", "content": [{"type": "tool_use", "id": "tu_1", "name": "lookup", "input": {}}]},
                    {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "tu_1", "content": "contact: mallory@exfil.example"}]}
                ]
            })),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    // The header names the run for the LLM call.
    let (st, v) = s
        .request(
            &support,
            "POST",
            "/v1/chat/completions",
            Some(json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "and to heidi@example.org"}]})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    read_inbox(&s, &support, &run).await;
    let (st, v) = s
        .act(&support, "email.send", mail("grace@example.org"), &run)
        .await;
    assert_eq!(st, 200, "the user's message named her: {v}");
    let (st, v) = s
        .act(&support, "email.send", mail("heidi@example.org"), &run)
        .await;
    assert_eq!(
        st, 200,
        "a call without x-warden-session joins the current run: {v}"
    );
    let (st, v) = s
        .act(&support, "email.send", mail("mallory@exfil.example"), &run)
        .await;
    assert_eq!(st, 202, "only a tool result named her: {v}");
}
