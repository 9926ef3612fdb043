//! A connector URL keeps its shape (issue 14, item 3): arguments fill path segments and query
//! values only, encoded with RFC 3986's unreserved characters kept; a value that would make a
//! segment `.`/`..` (or empty) is refused before policy; a template with a placeholder in the
//! scheme, host, port, user, a query key or the fragment is refused at load. Driven through a
//! real `warden serve` in front of an upstream that records every path exactly as it arrived.

use serde_json::{Value, json};

use crate::harness::{Server, run_cli, write_deployment};

const TOOL: &str = r#"
[tools."files.get"]
system = "files"
kind = "read"
risk = "low"
schema = { type = "object", required = ["owner", "id"], properties = { owner = { type = "string" }, id = { type = ["string", "integer"] }, view = { type = "string" } } }
connector = { type = "http", method = "GET", upstream = "groupany", path = "/api/{owner}/items/{id}?view={view}&fixed=1", headers = { Authorization = "Bearer {{env:GROUPANY_API_KEY}}" }, body = "none" }
"#;

const POLICY: &str = r#"
@id("sec-files")
permit(principal == Agent::"sec-bot", action == Action::"files.get", resource);
"#;

async fn server() -> Server {
    let s = Server::start_with(|t| t + TOOL).await;
    std::fs::write(
        s.config.parent().unwrap().join("policies/zz-files.cedar"),
        POLICY,
    )
    .unwrap();
    let (code, v) = s.request(&s.admin, "POST", "/v1/admin/reload", None).await;
    assert_eq!(code, 200, "{v}");
    s
}

fn last_path(calls: &[Value]) -> (String, Option<String>, bool) {
    let c = &calls.last().unwrap()["arguments"];
    (
        c["path"].as_str().unwrap().to_owned(),
        c["query"].as_str().map(str::to_owned),
        c["with_key"].as_bool().unwrap(),
    )
}

#[tokio::test]
async fn no_argument_moves_a_credential_carrying_request() {
    let s = server().await;
    let token = s.token("agent", "sec-bot").await;
    // Every value an attacker would try to climb out of `/api/{owner}/`: dot segments plain,
    // percent-encoded in either case, double-encoded, with backslashes, semicolons, Unicode
    // full stops, control characters, and separators of every kind.
    let climbing = [
        "%2E%2E",
        "%2e%2e",
        ".%2e",
        "%252e%252e",
        "../details",
        "..\\details",
        "..%5Cdetails",
        "..;",
        "a/../../details",
        "\u{FF0E}\u{FF0E}",
        "\u{2024}\u{2024}",
        "..\t",
        "\r\n..",
        "a?view=all",
        "a#x",
        "@127.0.0.1",
        "127.0.0.1:22",
        "%00",
        "a b",
        "_under_score-~.",
    ];
    for (i, owner) in climbing.iter().enumerate() {
        let (code, v) = s
            .act(
                &token,
                "files.get",
                json!({"owner": owner, "id": i}),
                "s-url",
            )
            .await;
        assert_eq!(code, 200, "{owner:?}: {v}");
        let (path, query, with_key) = last_path(&s.calls("_any").await);
        assert!(with_key, "the request carried the credential");
        let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        assert_eq!(segs.len(), 4, "{owner:?} reached {path}");
        assert_eq!(segs[0], "api", "{owner:?} reached {path}");
        assert_eq!(segs[2], "items", "{owner:?} reached {path}");
        assert_eq!(segs[3], i.to_string(), "{owner:?} reached {path}");
        assert!(
            segs[1] != "." && segs[1] != "..",
            "{owner:?} reached {path}"
        );
        assert_eq!(query.as_deref(), Some("fixed=1"), "{owner:?}");
    }
    // RFC 3986 unreserved characters are sent as they are (real APIs need `_`).
    let (path, _, _) = last_path(&s.calls("_any").await);
    assert_eq!(path, "/api/_under_score-~./items/19");

    // Query values cannot add a parameter or cut the fixed one.
    let (code, _) = s
        .act(
            &token,
            "files.get",
            json!({"owner": "o", "id": "1", "view": "x&fixed=0&admin=true#"}),
            "s-url",
        )
        .await;
    assert_eq!(code, 200);
    let (_, query, _) = last_path(&s.calls("_any").await);
    assert_eq!(
        query.as_deref(),
        Some("view=x%26fixed%3D0%26admin%3Dtrue%23&fixed=1")
    );

    // A whole segment of `.`, `..` or nothing is refused before policy, without the request.
    let before = s.calls("_any").await.len();
    for owner in ["..", ".", ""] {
        let (code, v) = s
            .act(
                &token,
                "files.get",
                json!({"owner": owner, "id": "1"}),
                "s-url",
            )
            .await;
        assert_eq!(code, 422, "{owner:?}: {v}");
        assert_eq!(v["code"], "invalid_arguments", "{v}");
        assert!(v.to_string().contains("/owner"), "{v}");
    }
    for id in ["..", "."] {
        let (code, _) = s
            .act(
                &token,
                "files.get",
                json!({"owner": "o", "id": id}),
                "s-url",
            )
            .await;
        assert_eq!(code, 422, "{id:?}");
    }
    assert_eq!(
        s.calls("_any").await.len(),
        before,
        "no refused call went out"
    );
    let refused = s.audit("event=action.decided&limit=1000").await;
    assert!(
        refused
            .iter()
            .any(|r| r["code"] == "invalid_arguments" && r["tool"] == "files.get"),
        "the refusal is recorded"
    );
}

#[test]
fn a_placeholder_outside_path_and_query_values_is_refused_at_load() {
    for url in [
        "http://{host}/x",
        "http://127.0.0.1:{port}/x",
        "http://{user}@127.0.0.1/x",
        "http://127.0.0.1/x?{key}=1",
        "http://127.0.0.1/x#{frag}",
        "{scheme}://127.0.0.1/x",
        "http://127.0.0.1/x/{nope}",
        "http://127.0.0.1/x/{",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let tool = format!(
            "\n[tools.\"files.bad\"]\nsystem = \"files\"\nkind = \"read\"\nrisk = \"low\"\n\
             schema = {{ type = \"object\", properties = {{ host = {{ type = \"string\" }}, port = {{ type = \"string\" }}, user = {{ type = \"string\" }}, key = {{ type = \"string\" }}, frag = {{ type = \"string\" }}, scheme = {{ type = \"string\" }} }} }}\n\
             connector = {{ type = \"http\", url = \"{url}\" }}\n"
        );
        let config = write_deployment(dir.path(), |t| t + &tool);
        let (code, out, err) = run_cli(&["check", "config", config.to_str().unwrap()], &[]);
        assert_ne!(code, 0, "{url} was accepted: {out}");
        assert!(
            err.contains("tools.\"files.bad\".connector.url"),
            "{url}: {err}"
        );
    }
}
