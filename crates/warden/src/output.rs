//! Tables for people, JSON for scripts, and semantic exit codes.

#![allow(
    clippy::indexing_slicing,
    reason = "indexing a serde_json::Value by key yields Null when absent; it never panics"
)]

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde_json::Value;

use crate::exit;

/// A command's failure: the exit code and one line for stderr.
#[derive(Debug)]
pub struct Exit {
    pub code: u8,
    pub message: String,
}

impl Exit {
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            code: exit::ERROR,
            message: message.into(),
        }
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self {
            code: exit::NOT_FOUND,
            message: message.into(),
        }
    }

    pub fn tampered(message: impl Into<String>) -> Self {
        Self {
            code: exit::TAMPERED,
            message: message.into(),
        }
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self {
            code: exit::CONFLICT,
            message: message.into(),
        }
    }

    /// Maps an API problem to an exit code and its message.
    pub fn from_problem(status: u16, body: &Value) -> Self {
        let code = match status {
            401 | 403 => exit::REFUSED,
            404 => exit::NOT_FOUND,
            409 | 410 => exit::CONFLICT,
            _ => exit::ERROR,
        };
        let detail = body["detail"].as_str().unwrap_or("request failed");
        let problem = body["code"].as_str().unwrap_or("error");
        Self {
            code,
            message: format!("{detail} ({problem}, HTTP {status})"),
        }
    }
}

/// A field of a JSON object, `null` when absent.
pub fn at<'a>(v: &'a Value, key: &str) -> &'a Value {
    v.get(key).unwrap_or(&Value::Null)
}

/// A JSON value as text: a string without its quotes, anything else as JSON.
pub fn s_of(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_owned)
}

fn s(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(s).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

pub fn print_table(header: &[&str], rows: Vec<Vec<String>>) {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.to_vec());
    for r in rows {
        t.add_row(r);
    }
    println!("{t}");
}

fn items(v: &Value) -> Vec<Value> {
    v.as_array().cloned().unwrap_or_default()
}

pub fn agents(v: &Value, json: bool) {
    if json {
        println!("{v}");
        return;
    }
    let rows = items(v)
        .iter()
        .map(|a| {
            vec![
                s(&a["id"]),
                s(&a["status"]),
                s(&a["roles"]),
                s(&a["owner"]),
                a["halt"]["reason"].as_str().unwrap_or("").to_owned(),
            ]
        })
        .collect();
    print_table(&["agent", "status", "roles", "owner", "halt reason"], rows);
}

pub fn new_token(v: &Value, json: bool) {
    if json {
        println!("{v}");
        return;
    }
    println!(
        "{} token `{}` for `{}` (expires: {})",
        s(&v["kind"]),
        s(&v["id"]),
        s(&v["subject"]),
        s(&v["expires_at"])
    );
    println!("shown once; store it now:\n{}", s(&v["token"]));
}

pub fn tokens(v: &Value, json: bool) {
    if json {
        println!("{v}");
        return;
    }
    let rows = items(v)
        .iter()
        .map(|t| {
            vec![
                s(&t["id"]),
                s(&t["kind"]),
                s(&t["subject"]),
                s(&t["admin"]),
                s(&t["created_at"]),
                s(&t["expires_at"]),
                s(&t["revoked_at"]),
            ]
        })
        .collect();
    print_table(
        &[
            "id", "kind", "subject", "admin", "created", "expires", "revoked",
        ],
        rows,
    );
}

fn groups(a: &Value) -> String {
    items(&a["requirements"])
        .iter()
        .map(|r| s(&r["groups"]).replace(", ", " or "))
        .collect::<Vec<_>>()
        .join(" and ")
}

pub fn approvals(v: &Value, json: bool) {
    if json {
        println!("{v}");
        return;
    }
    let rows = items(v)
        .iter()
        .map(|a| {
            vec![
                s(&a["action"]["id"]),
                s(&a["state"]),
                s(&a["action"]["agent"]),
                s(&a["action"]["tool"]),
                a["action"]["arguments"].to_string(),
                groups(a),
                s(&a["expires_at"]),
            ]
        })
        .collect();
    print_table(
        &[
            "id",
            "state",
            "agent",
            "tool",
            "arguments",
            "needs",
            "expires (µs)",
        ],
        rows,
    );
}

pub fn approval(v: &Value, json: bool) {
    if json {
        println!("{v}");
        return;
    }
    println!("approval   {}", s(&v["action"]["id"]));
    println!("state      {}", s(&v["state"]));
    println!(
        "agent      {}  (session {})",
        s(&v["action"]["agent"]),
        s(&v["action"]["session"])
    );
    println!("tool       {}", s(&v["action"]["tool"]));
    println!("arguments  {}", v["action"]["arguments"]);
    println!("args hash  {}", s(&v["args_hash"]));
    println!("needs      {}", groups(v));
    println!("policies   {}", s(&v["policies"]));
    for vote in items(&v["votes"]) {
        println!(
            "vote       {} {} as {}{}",
            s(&vote["approver"]),
            if vote["approve"].as_bool() == Some(true) {
                "approved"
            } else {
                "denied"
            },
            s(&vote["groups"]),
            vote["comment"]
                .as_str()
                .map(|c| format!(": {c}"))
                .unwrap_or_default()
        );
    }
    if !v["result"].is_null() {
        println!(
            "result     HTTP {} {}",
            s(&v["result"]["status"]),
            v["result"]["body"]
        );
    }
}

pub fn audit(v: &Value, json: bool) {
    if json {
        for r in items(v) {
            println!("{r}");
        }
        return;
    }
    let rows = items(v)
        .iter()
        .map(|r| {
            vec![
                s(&r["seq"]),
                s(&r["ts"]),
                s(&r["event"]),
                s(&r["agent"]),
                s(&r["tool"]),
                s(&r["outcome"]),
                s(&r["description"]),
            ]
        })
        .collect();
    print_table(
        &[
            "seq",
            "time (UTC)",
            "event",
            "agent",
            "tool",
            "outcome",
            "description",
        ],
        rows,
    );
}

/// Prints a verification report and returns the exit code.
pub fn verify(report: &Value, json: bool) -> u8 {
    let bad = &report["first_bad"];
    if json {
        println!("{report}");
    } else if bad.is_null() {
        println!(
            "ok: {} records, chain intact, head {}",
            s(&report["records"]),
            s(&report["head"])
        );
    } else {
        println!(
            "TAMPERED: record {} does not match: {} ({} records before it verify)",
            s(&bad["seq"]),
            s(&bad["reason"]),
            s(&report["records"])
        );
    }
    if bad.is_null() {
        exit::OK
    } else {
        exit::TAMPERED
    }
}

pub fn tool_pins(v: &Value, json: bool) {
    if json {
        println!("{v}");
        return;
    }
    let rows = items(v)
        .iter()
        .map(|p| {
            vec![
                s(&p["tool"]),
                s(&p["status"]),
                s(&p["seen_hash"]).chars().take(12).collect(),
                s(&p["note"]),
            ]
        })
        .collect();
    print_table(&["tool", "status", "definition", "note"], rows);
}

/// The approved and the last seen definition of a tool, field by field.
pub fn tool_diff(pin: &Value, json: bool) {
    if json {
        println!(
            "{}",
            serde_json::json!({"tool": pin["tool"], "status": pin["status"], "approved": pin["approved"], "seen": pin["seen"]})
        );
        return;
    }
    println!("tool    {}", s(&pin["tool"]));
    println!("status  {}  ({})", s(&pin["status"]), s(&pin["note"]));
    let empty = serde_json::Map::new();
    let approved = pin["approved"].as_object().unwrap_or(&empty);
    let seen = pin["seen"].as_object().unwrap_or(&empty);
    let mut keys: Vec<&String> = approved.keys().chain(seen.keys()).collect();
    keys.sort();
    keys.dedup();
    let mut same = true;
    for k in keys {
        let (a, b) = (approved.get(k), seen.get(k));
        if a != b {
            same = false;
            println!("\n{k}:");
            println!("  - {}", a.map_or("(absent)".to_owned(), |v| v.to_string()));
            println!("  + {}", b.map_or("(absent)".to_owned(), |v| v.to_string()));
        }
    }
    if same {
        println!("\nno difference between the approved and the last seen definition");
    }
}

pub fn secrets(v: &Value, json: bool) {
    if json {
        println!("{v}");
        return;
    }
    let rows = items(v)
        .iter()
        .map(|x| {
            vec![
                s(&x["name"]),
                s(&x["current_version"]),
                s(&x["agents"]),
                x["versions"].as_array().map_or(0, Vec::len).to_string(),
            ]
        })
        .collect();
    print_table(&["secret", "current", "agents", "versions"], rows);
}

/// One secret: metadata and versions, never a value (the API has none to give).
pub fn secret(v: &Value, json: bool) {
    if json {
        println!("{v}");
        return;
    }
    println!("secret   {}", s(&v["name"]));
    println!("current  {}", s(&v["current_version"]));
    println!("agents   {}", s(&v["agents"]));
    let rows = items(&v["versions"])
        .iter()
        .map(|x| {
            vec![
                s(&x["version"]),
                s(&x["state"]),
                s(&x["created_by"]),
                s(&x["created_at"]),
                s(&x["grace_until"]),
                s(&x["revoked_at"]),
            ]
        })
        .collect();
    print_table(
        &["version", "state", "by", "created", "live until", "revoked"],
        rows,
    );
}
