//! Tests of loading as a whole; each section's own tests are beside it.

use std::time::Duration;

use crate::testing::{example, no_env, with_text};
use crate::{ConfigError, load};

#[test]
fn reference_deployment_loads() {
    let dep = load(&example(), &no_env).unwrap();
    assert_eq!(dep.agents.len(), 5);
    assert!(dep.tools.contains_key("payments.refund"));
    assert_eq!(dep.approval_ttl, Duration::from_secs(3600));
    assert_eq!(dep.policy_files.len(), 8);
    let openai = &dep.providers["openai"];
    assert!(openai.dpa && openai.personal_data == warden_types::PersonalData::Pseudonymise);
    // $0.15 per million input tokens is 150 billionths of a dollar a token.
    assert_eq!(openai.models["gpt-4o-mini"].input_nanousd, 150);
    assert_eq!(openai.models["gpt-4o-mini"].output_nanousd, 600);
    assert!(dep.tools.contains_key("openai.complete"));
    assert_eq!(
        dep.agents["support-bot"].budget.unwrap().daily_nanousd,
        Some(5_000_000_000)
    );
    let kb = &dep.mcp_servers["kb"];
    assert_eq!(kb.command, "warden");
    assert_eq!(kb.args, ["upstream", "--mcp-stdio"]);
    assert_eq!(dep.mcp_hold_wait, Duration::from_secs(10));
}

#[test]
fn unknown_key_is_named() {
    let err = with_text("[policies]\ndir = \"policies\"\n[server]\nlisen = \"x\"\n").unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("lisen"), "{msg}");
    assert!(msg.contains("line 4"), "{msg}");
}

#[test]
fn every_semantic_problem_is_reported_at_once() {
    let err = with_text(
        r#"
[policies]
dir = "policies"
[roles.support]
[agents.a]
owner = "o"
roles = ["support", "markting"]
purpose = "p"
privacy = { lawful_basis = "contract", retention = "forever" }
[tools."x.y"]
system = "s"
kind = "teleport"
risk = "low"
schema = { type = "object" }
connector = { type = "http", upstream = "nowhere" }
"#,
    )
    .unwrap_err();
    let ConfigError::Invalid(problems) = err else {
        panic!("{err}")
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let all = text.join("\n");
    assert!(
        all.contains("config key `agents.a.roles[1]`: unknown role `markting`"),
        "{all}"
    );
    assert!(all.contains("agents.a.privacy.retention"), "{all}");
    assert!(all.contains("tools.\"x.y\".kind"), "{all}");
    assert!(all.contains("unknown upstream `nowhere`"), "{all}");
    assert_eq!(problems.len(), 4, "{all}");
}

#[test]
fn requests_delegation_and_namespaces_are_checked() {
    let dep = load(&example(), &no_env).unwrap();
    let ci = &dep.tools["ci.run_pipeline"];
    assert!(ci.requested_by.iter().any(|w| w == "rerun"));
    assert_eq!(ci.delegable["branch"], ["branch"]);
    assert_eq!(dep.namespaces, ["groupany/"]);
    let err = with_text(
        r#"
[policies]
dir = "policies"
[organization]
namespaces = ["groupany", "with space/"]
[upstreams.u]
url = "http://127.0.0.1:1"
[tools."x.y"]
system = "s"
kind = "write"
risk = "low"
requested_by = ["re-run", "", "tell !me", "!me first", "pay; drop", "tell !"]
provenance = { repo = "any" }
delegable = { branch = ["branch"], repo = [] }
schema = { type = "object", properties = { repo = { type = "string" }, branch = { type = "string" } } }
connector = { type = "http", upstream = "u" }
"#,
    )
    .unwrap_err();
    let ConfigError::Invalid(problems) = err else {
        panic!("{err}")
    };
    let all = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    for key in [
        "organization.namespaces[0]",
        "organization.namespaces[1]",
        "requested_by[1]",
        "requested_by[3]",
        "requested_by[4]",
        "requested_by[5]",
        "delegable.branch",
        "delegable.repo",
    ] {
        assert!(all.contains(key), "{key} not in:\n{all}");
    }
    for fine in ["requested_by[0]", "requested_by[2]"] {
        assert!(!all.contains(fine), "{fine} in:\n{all}");
    }
}

#[test]
fn oauth_settings_are_checked() {
    let base = "[policies]\ndir = \"policies\"\n[roles.support]\n[agents.a]\nowner = \"o\"\nroles = [\"support\"]\npurpose = \"p\"\nprivacy = { lawful_basis = \"contract\", retention = \"30d\" }\n";
    let good = format!(
        "{base}[oauth]\nissuer = \"https://login.example\"\nresource = \"https://warden.example/\"\n"
    );
    let dep = with_text(&good).unwrap();
    let o = dep.oauth.unwrap();
    assert_eq!(o.agent_claim, "client_id");
    assert!(o.require_at_jwt);
    assert_eq!(o.scopes["mcp"], "warden:mcp");
    let err = with_text(&format!(
        "{base}[oauth]\nissuer = \"http://login.example\"\nresource = \"\"\nagents = {{ \"0oa1\" = \"ghost\" }}\nscopes = {{ mcp = \"a b\", admin = \"x\" }}\n[oauth.introspection]\nclient_id = \"w\"\nclient_secret = \"plain-secret\"\n"
    ))
    .unwrap_err();
    let ConfigError::Invalid(problems) = err else {
        panic!("{err}")
    };
    let all = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    for want in [
        "`oauth.issuer`: must be https://",
        "`oauth.resource`",
        "`oauth.agents.\"0oa1\"`: unknown agent `ghost`",
        "`oauth.scopes.mcp`: must be one scope",
        "`oauth.scopes.admin`: is not an agent surface",
        "names no scope for `actions`",
        "`oauth.introspection.client_secret`: must reference the credential",
    ] {
        assert!(all.contains(want), "{want}\n{all}");
    }
    assert!(!all.contains("plain-secret"), "{all}");
}
