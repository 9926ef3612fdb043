use std::path::Path;

use super::*;

fn no_env(_: &str) -> Option<String> {
    None
}

fn example() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/groupany/warden.toml")
}

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
fn mcp_servers_are_checked() {
    let env = |k: &str| (k == "WARDEN_MCP_KB_COMMAND").then(|| "/opt/warden/bin/warden".to_owned());
    let dep = load(&example(), &env).unwrap();
    assert_eq!(dep.mcp_servers["kb"].command, "/opt/warden/bin/warden");
    let problems = |text: &str| match with_text(text) {
        Err(ConfigError::Invalid(p)) => p.iter().map(ToString::to_string).collect::<Vec<_>>(),
        other => panic!("expected problems, got {other:?}"),
    };
    let base = "[policies]\ndir = \"policies\"\n";
    let p = problems(&format!("{base}[mcp_servers.a]\n"));
    assert!(
        p.iter()
            .any(|m| m.contains("mcp_servers.a") && m.contains("`command`")),
        "{p:?}"
    );
    let p = problems(&format!(
        "{base}[mcp_servers.a]\ncommand = \"x\"\nurl = \"http://h/mcp\"\n"
    ));
    assert!(p.iter().any(|m| m.contains("not both")), "{p:?}");
    let p = problems(&format!("{base}[mcp_servers.a]\nurl = \"ftp://h\"\n"));
    assert!(p.iter().any(|m| m.contains("mcp_servers.a.url")), "{p:?}");
    let p = problems(&format!("{base}[mcp_servers.Bad]\ncommand = \"x\"\n"));
    assert!(p.iter().any(|m| m.contains("mcp_servers.Bad")), "{p:?}");
    let p = problems(&format!(
        "{base}[mcp_servers.a]\ncommand = \"x\"\nenv = {{ K = \"{{{{vault:k}}}}\" }}\n"
    ));
    assert!(p.iter().any(|m| m.contains("mcp_servers.a.env.K")), "{p:?}");
    let p = problems(&format!(
        "{base}[mcp]\nhold_wait = \"1h\"\n[mcp_servers.a]\ncommand = \"x\"\n[mcp_servers.a.tools.t]\nkind = \"nope\"\n"
    ));
    assert!(p.iter().any(|m| m.contains("mcp.hold_wait")), "{p:?}");
    assert!(
        p.iter()
            .any(|m| m.contains("mcp_servers.a.tools.\"t\".kind")),
        "{p:?}"
    );
}

#[test]
fn environment_overrides_upstream_url() {
    let env =
        |k: &str| (k == "WARDEN_UPSTREAM_GROUPANY_URL").then(|| "http://10.0.0.1:1/".to_owned());
    let dep = load(&example(), &env).unwrap();
    let Connector::Http(h) = &dep.tools["email.send"].connector else {
        panic!("email.send is an HTTP tool");
    };
    assert_eq!(h.url, "http://10.0.0.1:1/tools/email.send");
}

fn with_text(text: &str) -> Result<Deployment, ConfigError> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("policies")).unwrap();
    std::fs::write(
        dir.path().join("policies/p.cedar"),
        "permit(principal, action, resource);",
    )
    .unwrap();
    std::fs::write(dir.path().join("warden.toml"), text).unwrap();
    load(&dir.path().join("warden.toml"), &no_env)
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
fn rotation_hooks_are_checked() {
    let problems = |text: &str| match with_text(text) {
        Err(ConfigError::Invalid(p)) => p.iter().map(ToString::to_string).collect::<Vec<_>>(),
        other => panic!("expected problems, got {other:?}"),
    };
    let base = "[policies]\ndir = \"policies\"\n";
    let p = problems(&format!(
        "{base}[vault.rotate.a]\nevery = \"30d\"\n[vault.rotate.b]\nevery = \"30d\"\ncommand = \"x\"\nurl = \"https://h/\"\n[vault.rotate.c]\nevery = \"30d\"\nurl = \"http://rotator.example.com/mint\"\n"
    ));
    for (key, what) in [
        ("vault.rotate.\"a\"", "needs a rotator"),
        ("vault.rotate.\"b\".url", "not both"),
        ("vault.rotate.\"c\".url", "loopback"),
    ] {
        assert!(
            p.iter().any(|m| m.contains(key) && m.contains(what)),
            "{key}: {p:?}"
        );
    }
    let dep = with_text(&format!(
        "{base}[vault.rotate.a]\nevery = \"30d\"\nurl = \"http://127.0.0.1:9000/mint\"\nrevoke_command = \"/bin/true\"\n"
    ))
    .unwrap();
    let r = &dep.rotations["a"];
    assert!(
        matches!(&r.mint, warden_types::Hook::Http { url, .. } if url == "http://127.0.0.1:9000/mint")
    );
    assert!(
        matches!(&r.revoke, Some(warden_types::Hook::Command { command, .. }) if command == "/bin/true")
    );
}

#[test]
fn providers_are_checked() {
    let problems = |text: &str| match with_text(text) {
        Err(ConfigError::Invalid(p)) => p.iter().map(ToString::to_string).collect::<Vec<_>>(),
        other => panic!("expected problems, got {other:?}"),
    };
    let base = "[policies]\ndir = \"policies\"\n";
    let p = problems(&format!(
        "{base}[providers.x]\nformat = \"grpc\"\nbase_url = \"http://llm.example.com\"\ncredential = \"sk-plain-text\"\ndpa = false\nregion = \"\"\npersonal_data = \"keep\"\n"
    ));
    for (key, what) in [
        ("providers.x.format", "unknown format"),
        ("providers.x.base_url", "loopback"),
        ("providers.x.credential", "never hold it"),
        ("providers.x.personal_data", "data processing agreement"),
        ("providers.x.region", "must name"),
        ("providers.x.models", "at least one model"),
    ] {
        assert!(
            p.iter().any(|m| m.contains(key) && m.contains(what)),
            "{key}: {p:?}"
        );
    }
}

#[test]
fn retention_is_checked_against_the_regulatory_floors() {
    let base = "[policies]\ndir = \"policies\"\n";
    // Defaults: two years for every class, no warning.
    let dep = with_text(base).unwrap();
    assert!(dep.audit.retention.days.values().all(|d| *d == 730));
    assert_eq!(dep.audit.retention.days.len(), 5);
    assert!(dep.warnings.is_empty(), "{:?}", dep.warnings);
    // Below PCI DSS's 12 months: allowed, with a warning naming the floor.
    let dep = with_text(&format!(
        "{base}[audit.retention]\ndefault = \"3y\"\nclasses = {{ llm = \"200d\" }}\n"
    ))
    .unwrap();
    assert_eq!(dep.audit.retention.days["llm"], 200);
    assert_eq!(dep.audit.retention.days["actions"], 1095);
    assert!(
        dep.warnings
            .iter()
            .any(|w| w.contains("`llm`") && w.contains("PCI DSS") && w.contains("365 days")),
        "{:?}",
        dep.warnings
    );
    assert!(!dep.warnings.iter().any(|w| w.contains("EU AI Act")));
    // HIPAA's six years apply only when named.
    let dep = with_text(&format!(
        "{base}[audit.retention]\nframeworks = [\"hipaa\"]\n"
    ))
    .unwrap();
    assert!(
        dep.warnings.iter().any(|w| w.contains("HIPAA")),
        "{:?}",
        dep.warnings
    );
    // Errors: under the three online months, unknown classes and frameworks.
    let p = match with_text(&format!(
        "{base}[audit.retention]\ndefault = \"30d\"\nclasses = {{ chat = \"1y\" }}\nframeworks = [\"sox\"]\npurge_every = \"1s\"\n"
    )) {
        Err(ConfigError::Invalid(p)) => p.iter().map(ToString::to_string).collect::<Vec<_>>(),
        other => panic!("expected problems, got {other:?}"),
    };
    for (key, what) in [
        ("audit.retention.default", "90 days"),
        ("audit.retention.classes.chat", "unknown class"),
        ("audit.retention.frameworks", "unknown framework"),
        ("audit.retention.purge_every", "at least 1m"),
    ] {
        assert!(
            p.iter().any(|m| m.contains(key) && m.contains(what)),
            "{key}: {p:?}"
        );
    }
}
