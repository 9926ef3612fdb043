//! `warden policy test FILE`: declarative test cases for the policies, run without a server
//! so that policies are tested in CI like code — each case an action (agent, tool, arguments)
//! in a context (session labels, findings, running totals, provenance, time) and the decision
//! it must get.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{Value, json};
use warden_policy::DecisionInput;
use warden_policy::provenance::ArgProvenance;
use warden_types::{Decision, PolicyFile, Timestamp};

use crate::output::{Exit, print_table};

/// Most cases one file holds.
const MAX_CASES: usize = 10_000;
/// Largest test file read.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Run the test cases in FILE (TOML, `[[case]]` tables) against the policies; exit 1 if
    /// any case gets another decision than it expects.
    Test {
        /// The test file.
        file: PathBuf,
        /// The configuration whose agents, tools and policies are tested.
        #[arg(long, default_value = "warden.toml")]
        config: PathBuf,
        /// Test the `*.cedar` files of this directory instead of the configuration's policies
        /// (a candidate set, before it is loaded).
        #[arg(long)]
        policies: Option<PathBuf>,
    },
    /// Decide the actions of a period again under a candidate policy set (the `*.cedar` files
    /// of `--policies DIR`; without it, the set in force, as a check) and show what would change.
    Replay {
        /// How far back (`30d`).
        #[arg(long, default_value = "30d")]
        since: String,
        /// The candidate policies.
        #[arg(long)]
        policies: Option<PathBuf>,
        #[command(flatten)]
        remote: crate::client::Remote,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    agent: String,
    tool: String,
    #[serde(default = "empty_object")]
    args: toml::Value,
    /// `allow`, `hold`, `deny` or `invalid` (the arguments fail the tool's schema).
    expect: String,
    #[serde(default)]
    labels: BTreeSet<String>,
    /// Data classes in the arguments; default: what the inspection finds in them.
    findings: Option<BTreeSet<String>>,
    #[serde(default)]
    totals: BTreeMap<String, i64>,
    #[serde(default)]
    provenance: RawProvenance,
    /// The decision's determining policies (`@id`s), if the case pins them.
    policies: Option<Vec<String>>,
    /// For a hold: the approver groups it must wait for.
    approvers: Option<Vec<String>>,
    /// When the action happens (RFC 3339); default now.
    at: Option<String>,
    /// Whether the message carries the tool's AI disclosure; default: whether the disclosure
    /// field holds it, or Warden would add it.
    disclosure: Option<bool>,
}

fn empty_object() -> toml::Value {
    toml::Value::Table(toml::Table::new())
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProvenance {
    #[serde(default)]
    untrusted: BTreeSet<String>,
    #[serde(default)]
    unknown: BTreeSet<String>,
    #[serde(default)]
    reply: bool,
    #[serde(default)]
    delegated: bool,
    #[serde(default)]
    requested: bool,
}

/// Reads the `*.cedar` files of `dir`, sorted by name.
fn policy_dir(dir: &Path) -> Result<Vec<PolicyFile>, Exit> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Exit::error(format!("--policies: cannot read `{}`: {e}", dir.display())))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "cedar"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(Exit::error(format!(
            "--policies: `{}` holds no `.cedar` file",
            dir.display()
        )));
    }
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| Exit::error(format!("cannot read `{}`: {e}", path.display())))?;
            Ok(PolicyFile { path, text })
        })
        .collect()
}

/// One case's outcome: the decision it got (as a word), and what did not match.
fn run_case(
    compiled: &warden_pipeline::Compiled,
    case: &Case,
) -> Result<(String, Vec<String>), String> {
    let args: Value = serde_json::to_value(&case.args).map_err(|e| e.to_string())?;
    if !compiled.deployment.agents.contains_key(&case.agent) {
        return Err(format!("no agent `{}` is configured", case.agent));
    }
    if !compiled.deployment.tools.contains_key(&case.tool) {
        return Err(format!("no tool `{}` is configured", case.tool));
    }
    let now = match &case.at {
        Some(at) => warden_types::parse_rfc3339(at)
            .ok_or_else(|| format!("`at`: `{at}` is not an RFC 3339 time"))?,
        None => Timestamp::now(),
    };
    let mut problems = Vec::new();
    if let Err(errors) = compiled.validator.validate(&case.tool, &args) {
        let got = "invalid".to_owned();
        if case.expect != got {
            let first = errors
                .first()
                .map(|e| format!("{} {}", e.path, e.message))
                .unwrap_or_default();
            problems.push(format!(
                "expected {}, got invalid arguments: {first}",
                case.expect
            ));
        }
        return Ok((got, problems));
    }
    let findings = case.findings.clone().unwrap_or_else(|| {
        let mut kinds = BTreeSet::new();
        let found = warden_inspect::scan_json(&compiled.scanner, &args)
            .into_iter()
            .chain(warden_inspect::across_fields(&compiled.scanner, &args));
        for (_, f) in found {
            kinds.insert(f.kind.as_str().to_owned());
            kinds.insert(f.kind.class().as_str().to_owned());
        }
        kinds
    });
    // The session also carries what the arguments bring in, as in the gateway.
    let mut labels = case.labels.clone();
    for k in &findings {
        if let Some(class) = k
            .split('.')
            .next()
            .filter(|c| *c == "pii" || *c == "secret")
        {
            labels.insert(class.to_owned());
        }
    }
    let disclosure_present = case.disclosure.unwrap_or_else(|| {
        compiled
            .deployment
            .tools
            .get(&case.tool)
            .and_then(|t| t.disclosure.as_ref())
            .is_some_and(|d| {
                d.add
                    || args
                        .get(&d.field)
                        .and_then(Value::as_str)
                        .is_some_and(|m| d.carried_by(m))
            })
    });
    let p = &case.provenance;
    let provenance = ArgProvenance {
        untrusted: p.untrusted.clone(),
        unknown: p.unknown.clone(),
        reply: p.reply,
        delegated: p.delegated,
        requested: p.requested,
    };
    let input = DecisionInput {
        agent: &case.agent,
        tool: &case.tool,
        arguments: &args,
        session_labels: &labels,
        findings: &findings,
        totals: &case.totals,
        provenance: &provenance,
        now,
        disclosure_present,
    };
    let decision = compiled.policy.decide(&input);
    // What policies in shadow mode would change is reported, never asserted.
    let shadow = decision
        .as_ref()
        .ok()
        .and_then(|d| compiled.policy.shadow(&input, d))
        .map(|d| match d {
            Decision::Allow { .. } => "allow",
            Decision::Hold { .. } => "hold",
            Decision::Deny { .. } => "deny",
        });
    let (got, policies, groups) = match decision {
        Ok(Decision::Allow { policies }) => ("allow", policies, Vec::new()),
        Ok(Decision::Hold {
            policies,
            requirements,
        }) => (
            "hold",
            policies,
            requirements.into_iter().flat_map(|r| r.groups).collect(),
        ),
        Ok(Decision::Deny { policies, .. }) => ("deny", policies, Vec::new()),
        // The gateway denies what the policy cannot decide (fail closed).
        Err(e) => {
            problems.push(format!(
                "the policy could not decide ({e}); the gateway denies"
            ));
            ("deny", Vec::new(), Vec::new())
        }
    };
    if case.expect != got {
        problems.push(format!(
            "expected {}, got {got}{}",
            case.expect,
            if policies.is_empty() {
                String::new()
            } else {
                format!(" by {}", policies.join(", "))
            }
        ));
    } else if problems.len() == 1 && got == "deny" {
        // A denial by error is still the expected denial.
        problems.clear();
    }
    if let Some(want) = &case.policies {
        let mut a = want.clone();
        let mut b = policies.clone();
        a.sort();
        b.sort();
        if a != b {
            problems.push(format!(
                "expected policies [{}], got [{}]",
                want.join(", "),
                policies.join(", ")
            ));
        }
    }
    if let Some(want) = &case.approvers {
        let mut a = want.clone();
        let mut b = groups;
        a.sort();
        b.sort();
        b.dedup();
        if a != b {
            problems.push(format!(
                "expected approvers [{}], got [{}]",
                want.join(", "),
                b.join(", ")
            ));
        }
    }
    let got = match shadow {
        Some(would) if would != got => format!("{got} (shadow: {would})"),
        _ => got.to_owned(),
    };
    Ok((got, problems))
}

/// `warden policy replay`.
async fn replay(
    since: String,
    policies: Option<PathBuf>,
    remote: crate::client::Remote,
    json_out: bool,
) -> Result<u8, Exit> {
    let files = match &policies {
        Some(dir) => Some(
            policy_dir(dir)?
                .into_iter()
                .map(|f| {
                    json!({
                        "file": f.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                        "text": f.text,
                    })
                })
                .collect::<Vec<_>>(),
        ),
        None => None,
    };
    let v = crate::client::Client::new(&remote)?
        .post(
            "/v1/admin/policy/replay",
            &json!({"since": since, "policies": files}),
        )
        .await?;
    if json_out {
        println!("{v}");
        return Ok(crate::exit::OK);
    }
    let at = crate::output::at;
    println!(
        "{} decisions from {} to {} decided again under {}: {} the same, {} would change",
        at(&v, "replayed"),
        crate::output::s_of(at(&v, "since")),
        crate::output::s_of(at(&v, "until")),
        if policies.is_some() {
            "the candidate set"
        } else {
            "the set in force"
        },
        at(&v, "same"),
        at(&v, "replayed").as_u64().unwrap_or(0) - at(&v, "same").as_u64().unwrap_or(0)
    );
    if let Some(t) = at(&v, "transitions").as_object() {
        for (k, n) in t {
            println!("  {k}: {n}");
        }
    }
    let rows: Vec<Vec<String>> = at(&v, "changes")
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|c| {
            vec![
                at(c, "seq").to_string(),
                crate::output::s_of(at(c, "agent")),
                crate::output::s_of(at(c, "tool")),
                format!(
                    "{} → {}",
                    crate::output::s_of(at(c, "recorded")),
                    crate::output::s_of(at(c, "replayed"))
                ),
                at(c, "policies")
                    .as_array()
                    .map(|p| {
                        p.iter()
                            .map(crate::output::s_of)
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default(),
            ]
        })
        .collect();
    if !rows.is_empty() {
        print_table(&["record", "agent", "tool", "decision", "by"], rows);
    }
    if let Some(s) = at(&v, "skipped").as_object() {
        for (why, n) in s {
            println!("not decided again ({why}): {n}");
        }
    }
    Ok(crate::exit::OK)
}

pub async fn run(cmd: Command, json_out: bool) -> Result<u8, Exit> {
    let (file, config, policies) = match cmd {
        Command::Test {
            file,
            config,
            policies,
        } => (file, config, policies),
        Command::Replay {
            since,
            policies,
            remote,
        } => return replay(since, policies, remote, json_out).await,
    };
    let size = std::fs::metadata(&file)
        .map_err(|e| Exit::error(format!("cannot read `{}`: {e}", file.display())))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Exit::error(format!(
            "`{}` is larger than {MAX_FILE_BYTES} bytes",
            file.display()
        )));
    }
    let text = std::fs::read_to_string(&file)
        .map_err(|e| Exit::error(format!("cannot read `{}`: {e}", file.display())))?;
    let tests: File = toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .and_then(|s| text.get(..s.start))
            .map_or(0, |before| before.matches('\n').count() + 1);
        Exit::error(format!(
            "`{}` line {line}: {}",
            file.display(),
            e.message().replace('\n', " ").trim()
        ))
    })?;
    if tests.case.is_empty() || tests.case.len() > MAX_CASES {
        return Err(Exit::error(format!(
            "`{}` must hold 1 to {MAX_CASES} `[[case]]` tables",
            file.display()
        )));
    }
    for c in &tests.case {
        if !["allow", "hold", "deny", "invalid"].contains(&c.expect.as_str()) {
            return Err(Exit::error(format!(
                "case `{}`: expect `{}` is not allow, hold, deny or invalid",
                c.name, c.expect
            )));
        }
    }
    let mut dep = warden_config::load(&config, &|k| std::env::var(k).ok())
        .map_err(|e| Exit::error(format!("`{}`: {e}", config.display())))?;
    if let Some(dir) = &policies {
        dep.policy_files = policy_dir(dir)?;
    }
    let compiled = warden_pipeline::compile(dep)
        .map_err(|e| Exit::error(format!("the policies do not load: {e}")))?;
    let mut rows = Vec::new();
    let mut failed = 0usize;
    let mut report = Vec::new();
    for c in &tests.case {
        let (got, problems) = match run_case(&compiled, c) {
            Ok(r) => r,
            Err(why) => ("error".to_owned(), vec![why]),
        };
        let ok = problems.is_empty();
        if !ok {
            failed += 1;
        }
        rows.push(vec![
            if ok { "ok" } else { "FAIL" }.to_owned(),
            c.name.clone(),
            c.expect.clone(),
            got.clone(),
            problems.join("; "),
        ]);
        report.push(json!({"name": c.name, "ok": ok, "expected": c.expect, "got": got, "problems": problems}));
    }
    if json_out {
        println!(
            "{}",
            json!({"cases": report, "passed": tests.case.len() - failed, "failed": failed})
        );
    } else {
        print_table(&["", "case", "expected", "got", "why"], rows);
        println!(
            "{} of {} cases passed",
            tests.case.len() - failed,
            tests.case.len()
        );
    }
    if failed > 0 {
        return Err(Exit::error(format!(
            "{failed} of {} policy test cases failed",
            tests.case.len()
        )));
    }
    Ok(crate::exit::OK)
}
