//! The operators' console over HTTP: sign-in, sessions, CSRF, the CSP, who sees an approval,
//! and a decision that runs the action exactly once. The same flows in a real browser:
//! `console_in_a_browser` (Playwright driving Debian's Chromium).

use std::time::Duration;

use reqwest::header::{HeaderMap, LOCATION, SET_COOKIE};
use serde_json::{Value, json};

use crate::harness::Server;

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// A browser without a browser: one cookie jar, no redirects followed.
pub(crate) struct Browser {
    http: reqwest::Client,
    base: String,
    cookies: Vec<(String, String)>,
}

pub(crate) struct Page {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: String,
}

impl Page {
    pub(crate) fn location(&self) -> &str {
        self.headers
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The value of the first hidden field `name`.
    pub(crate) fn field(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let start = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no field {name}"))
            + marker.len();
        self.body[start..].split('"').next().unwrap().to_owned()
    }
}

impl Browser {
    pub(crate) fn new(base: &str) -> Self {
        Self {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(Duration::from_secs(30))
                .build()
                .unwrap(),
            base: base.to_owned(),
            cookies: Vec::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send(&mut self, req: reqwest::RequestBuilder) -> Page {
        let resp = req
            .header("cookie", self.cookie_header())
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        for c in headers.get_all(SET_COOKIE) {
            let c = c.to_str().unwrap();
            let (kv, attrs) = c.split_once(';').unwrap_or((c, ""));
            let (k, v) = kv.split_once('=').unwrap();
            // Every cookie is HttpOnly; the session's is SameSite=Strict, the single sign-on's
            // Lax (the provider's redirect back is a cross-site navigation) and scoped to it.
            let same_site = if k == "warden-oidc" {
                attrs.contains("SameSite=Lax") && attrs.contains("Path=/console/oidc")
            } else {
                attrs.contains("SameSite=Strict") && attrs.contains("Path=/")
            };
            assert!(attrs.contains("HttpOnly") && same_site, "{c}");
            self.cookies.retain(|(n, _)| n != k);
            if !v.is_empty() {
                self.cookies.push((k.to_owned(), v.to_owned()));
            }
        }
        let body = resp.text().await.unwrap();
        let page = Page {
            status,
            headers,
            body,
        };
        // Every console answer: the CSP, no inline script or style, never cached.
        assert_eq!(
            page.headers
                .get("content-security-policy")
                .and_then(|v| v.to_str().ok()),
            Some(CSP)
        );
        assert_eq!(page.headers.get("cache-control").unwrap(), "no-store");
        assert_eq!(page.headers.get("x-frame-options").unwrap(), "DENY");
        for inline in [
            "<script>",
            "<script ",
            "style=\"",
            " onclick=",
            " onload=",
            " onsubmit=",
        ] {
            let bad = page.body.match_indices(inline).any(|(i, _)| {
                !(inline == "<script "
                    && page.body[i..].starts_with("<script src=\"/console/static/console.js\""))
            });
            assert!(!bad, "inline {inline:?} in a page");
        }
        page
    }

    pub(crate) async fn get(&mut self, path: &str) -> Page {
        let req = self.http.get(format!("{}{path}", self.base));
        self.send(req).await
    }

    pub(crate) async fn post(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
        origin: Option<&str>,
    ) -> Page {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        if let Some(o) = origin {
            req = req.header("origin", o);
        }
        self.send(req).await
    }

    pub(crate) async fn sign_in(&mut self, token: &str) -> Page {
        let form = self.get("/console/login").await;
        assert_eq!(form.status, 200);
        let csrf = form.field("login_csrf");
        let origin = self.base.clone();
        self.post(
            "/console/login",
            &[("login_csrf", &csrf), ("token", token)],
            Some(&origin),
        )
        .await
    }
}

async fn records(s: &Server, event: &str) -> Vec<Value> {
    let (st, v) = s
        .request(
            &s.admin,
            "GET",
            &format!("/v1/admin/audit?event={event}"),
            None,
        )
        .await;
    assert_eq!(st, 200, "{v}");
    v.as_array().unwrap().clone()
}

async fn hold_payment(s: &Server, agent: &str, reference: &str) -> String {
    let args = json!({"iban": "NL91ABNA0417164300", "amount": 25000, "reference": reference});
    let (st, v) = s.act(agent, "payments.send", args, reference).await;
    assert_eq!(st, 202, "{v}");
    v["approval_id"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_csrf_visibility_and_one_execution() {
    let s = Server::start().await;
    let finance = s.token("agent", "finance-bot").await;
    let fiona = s.token("operator", "fiona").await;
    let olga = s.token("operator", "olga").await;
    let id = hold_payment(&s, &finance, "INV-CONSOLE-1").await;

    // Without a session every page leads to the sign-in form.
    let mut anon = Browser::new(&s.base);
    let p = anon.get("/console/approvals").await;
    assert_eq!((p.status, p.location()), (303, "/console/login"));
    let p = anon.get(&format!("/console/approvals/{id}")).await;
    assert_eq!(p.status, 303);
    assert!(!p.body.contains("NL91"));

    // A sign-in post without the form's cookie (a cross-site login) is refused.
    let p = anon
        .post(
            "/console/login",
            &[("login_csrf", "x"), ("token", &fiona)],
            None,
        )
        .await;
    assert_eq!(p.status, 403);
    assert!(anon.cookies.iter().all(|(k, _)| k != "warden-console"));
    // A wrong token, an agent token: refused, the token never echoed.
    let p = anon.sign_in("wdn_o_0000_notatoken").await;
    assert_eq!(p.status, 401);
    assert!(!p.body.contains("notatoken"));
    let p = anon.sign_in(&finance).await;
    assert_eq!(p.status, 403);
    assert!(p.body.contains("Agent tokens cannot sign in"));
    assert!(!p.body.contains(&finance));

    // The approver signs in and sees the held payment with its exact arguments.
    let mut f = Browser::new(&s.base);
    let p = f.sign_in(&fiona).await;
    assert_eq!(
        (p.status, p.location()),
        (303, "/console/approvals"),
        "{}",
        p.body
    );
    let session = f
        .cookies
        .iter()
        .find(|(k, _)| k == "warden-console")
        .unwrap()
        .1
        .clone();
    assert_eq!(session.len(), 64);
    assert!(!session.contains(&fiona));
    let inbox = f.get("/console/approvals").await;
    assert_eq!(inbox.status, 200);
    assert!(
        inbox.body.contains(&format!("/console/approvals/{id}")),
        "{}",
        inbox.body
    );
    let page = f.get(&format!("/console/approvals/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("NL91ABNA0417164300"));
    assert!(page.body.contains("finance-leads"));
    let csrf = page.field("csrf");

    // Someone outside finance-leads sees neither the approval nor its arguments.
    let mut o = Browser::new(&s.base);
    assert_eq!(o.sign_in(&olga).await.status, 303);
    let inbox = o.get("/console/approvals").await;
    assert!(!inbox.body.contains(&id) && !inbox.body.contains("payments.send"));
    let p = o.get(&format!("/console/approvals/{id}")).await;
    assert_eq!(p.status, 404);
    assert!(!p.body.contains("NL91") && !p.body.contains("25000"));
    let olga_csrf = p.field("csrf");
    let p = o
        .post(
            &format!("/console/approvals/{id}/decide"),
            &[("csrf", &olga_csrf), ("decision", "approve")],
            None,
        )
        .await;
    assert_eq!(p.status, 404);

    // Forged posts: no CSRF token, a wrong one, another origin. Nothing happens.
    let decide = format!("/console/approvals/{id}/decide");
    let forged = [
        (vec![("decision", "approve")], None),
        (
            vec![
                ("csrf", "0".repeat(64).leak() as &str),
                ("decision", "approve"),
            ],
            None,
        ),
        (
            vec![("csrf", csrf.as_str()), ("decision", "approve")],
            Some("http://evil.example"),
        ),
        (
            vec![("csrf", csrf.as_str()), ("decision", "approve")],
            Some("null"),
        ),
    ];
    for (form, origin) in &forged {
        let p = f.post(&decide, form, *origin).await;
        assert_eq!(p.status, 403, "{form:?} {origin:?}");
        assert!(p.body.contains("CSRF"));
    }
    // A JSON body is not a form.
    let p = f
        .send(
            f.http
                .post(format!("{}{decide}", s.base))
                .header("content-type", "application/json")
                .body(format!("{{\"csrf\":\"{csrf}\",\"decision\":\"approve\"}}")),
        )
        .await;
    assert_eq!(p.status, 400);
    assert!(s.calls("payments.send").await.is_empty(), "nothing ran");
    let denied = records(&s, "access.denied").await;
    assert!(
        denied.iter().filter(|r| r["actor"] == "fiona").count() >= 4,
        "forged posts are recorded: {denied:?}"
    );

    // The real decision: the bank sees exactly one transfer; a second post does nothing.
    let origin = s.base.clone();
    let p = f
        .post(
            &decide,
            &[
                ("csrf", &csrf),
                ("decision", "approve"),
                ("comment", "invoice checked"),
            ],
            Some(&origin),
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let p = f
        .post(
            &decide,
            &[("csrf", &csrf), ("decision", "approve")],
            Some(&origin),
        )
        .await;
    assert_eq!(p.status, 409, "{}", p.body);
    assert_eq!(s.calls("payments.send").await.len(), 1);
    let page = f.get(&format!("/console/approvals/{id}")).await;
    assert!(page.body.contains("executed"), "{}", page.body);
    assert!(page.body.contains("invoice checked"));
    assert!(!page.body.contains(crate::harness::CANARY_KEY));
    let decided = records(&s, "approval.decided").await;
    assert!(
        decided
            .iter()
            .any(|r| r["approver"] == "fiona" && r["action_id"] == id.as_str())
    );

    // Sign-ins are recorded, never with the token.
    let signed = records(&s, "console.signed_in").await;
    assert!(signed.iter().any(|r| r["actor"] == "fiona"));
    assert!(signed.iter().any(|r| r["actor"] == "olga"));
    let all = s
        .request(&s.admin, "GET", "/v1/admin/audit?limit=100000", None)
        .await
        .1
        .to_string();
    assert!(!all.contains(&fiona) && !all.contains(&session));

    // Sign-out ends the session; the old cookie opens nothing.
    let p = o
        .post("/console/logout", &[("csrf", &olga_csrf)], None)
        .await;
    assert_eq!((p.status, p.location()), (303, "/console/login"));
    assert!(o.cookies.iter().all(|(k, _)| k != "warden-console"));
    o.cookies.push(("warden-console".into(), "0".repeat(64)));
    assert_eq!(o.get("/console/approvals").await.status, 303);
    assert!(
        records(&s, "console.signed_out")
            .await
            .iter()
            .any(|r| r["actor"] == "olga")
    );

    // Revoking the token a session was opened with ends the session at once.
    let (_, tokens) = s
        .request(&s.admin, "GET", "/v1/admin/tokens?subject=fiona", None)
        .await;
    let tid = tokens[0]["id"].as_str().unwrap().to_owned();
    let (st, _) = s
        .request(
            &s.admin,
            "POST",
            &format!("/v1/admin/tokens/{tid}/revoke"),
            None,
        )
        .await;
    assert_eq!(st, 200);
    let p = f.get("/console/approvals").await;
    assert_eq!((p.status, p.location()), (303, "/console/login?revoked=1"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operators_who_do_not_administer_cannot_halt_or_read_the_log() {
    let s = Server::start().await;
    let olga = s.token("operator", "olga").await;
    let mut o = Browser::new(&s.base);
    assert_eq!(o.sign_in(&olga).await.status, 303);
    let agents = o.get("/console/agents").await;
    assert_eq!(agents.status, 200);
    assert!(agents.body.contains("support-bot"));
    assert!(
        !agents.body.contains("/halt"),
        "no halt form for a non-administrator"
    );
    let csrf = agents.field("csrf");
    let p = o
        .post(
            "/console/agents/support-bot/halt",
            &[("csrf", &csrf), ("reason", "x")],
            None,
        )
        .await;
    assert_eq!(p.status, 403);
    for path in [
        "/console/audit",
        "/console/audit/1",
        "/console/tools",
        "/console/secrets",
        "/console/costs",
        "/console/agents/support-bot",
    ] {
        assert_eq!(o.get(path).await.status, 403, "{path}");
    }
    let (_, agents) = s.request(&s.admin, "GET", "/v1/admin/agents", None).await;
    assert!(agents.to_string().contains("\"status\":\"active\""));
    assert!(!agents.to_string().contains("halted"));
    let denied = records(&s, "access.denied").await;
    assert!(denied.iter().filter(|r| r["actor"] == "olga").count() >= 7);

    // The administrator halts and resumes from the console; the audit page verifies the log.
    let mut a = Browser::new(&s.base);
    assert_eq!(a.sign_in(&s.admin).await.status, 303);
    let agents = a.get("/console/agents").await;
    let csrf = agents.field("csrf");
    let p = a
        .post(
            "/console/agents/support-bot/halt",
            &[("csrf", &csrf), ("reason", "investigating")],
            None,
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let support = s.token("agent", "support-bot").await;
    let (st, v) = s
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1234"}),
            "x",
        )
        .await;
    assert_eq!((st, v["code"].as_str()), (403, Some("agent_halted")), "{v}");
    assert!(
        a.get("/console/agents")
            .await
            .body
            .contains("investigating")
    );
    let p = a
        .post(
            "/console/agents/support-bot/resume",
            &[("csrf", &csrf)],
            None,
        )
        .await;
    assert_eq!(p.status, 303);
    let (st, _) = s
        .act(
            &support,
            "crm.get_customer",
            json!({"customer_id": "C1234"}),
            "x",
        )
        .await;
    assert_eq!(st, 200);
    let (st, _) = s
        .request(&s.admin, "POST", "/v1/admin/audit/checkpoints", None)
        .await;
    assert_eq!(st, 200);
    let page = a
        .post("/console/audit/verify", &[("csrf", &csrf)], None)
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("The log verifies"), "{}", page.body);
    assert!(page.body.contains("1 signed checkpoint"), "{}", page.body);
    assert!(
        page.body.contains("Latest signed checkpoint"),
        "{}",
        page.body
    );
    assert!(page.body.contains("no witness configured"), "{}", page.body);

    // The button really recomputes: one edited record and the log no longer verifies.
    {
        let db = rusqlite::Connection::open(&s.db).unwrap();
        db.busy_timeout(Duration::from_secs(5)).unwrap();
        let n = db
            .execute(
                "UPDATE audit SET record = replace(record, 'investigating', 'routine check') WHERE event = 'agent.halted'",
                [],
            )
            .unwrap();
        assert_eq!(n, 1);
    }
    let tampered = a
        .post("/console/audit/verify", &[("csrf", &csrf)], None)
        .await;
    assert_eq!(tampered.status, 200);
    assert!(
        tampered.body.contains("does NOT verify"),
        "{}",
        tampered.body
    );
    let filtered = a
        .get("/console/audit?agent=support-bot&outcome=denied")
        .await;
    assert!(
        filtered.body.contains("agent.halted") || filtered.body.contains("halted"),
        "{}",
        filtered.body
    );
    let bad = a.get("/console/audit?since=yesterday").await;
    assert_eq!(bad.status, 400);
    assert_eq!(a.get("/console/audit/999999").await.status, 404);
    assert_eq!(a.get("/console/audit/1").await.status, 200);
    for path in [
        "/console/tools",
        "/console/secrets",
        "/console/costs",
        "/console/agents/support-bot",
    ] {
        assert_eq!(a.get(path).await.status, 200, "{path}");
    }
    // The reference deployment's knowledge-base tools are pinned; one's page shows its
    // definition, and an unknown one is not found.
    let tools = a.get("/console/tools").await;
    assert!(
        tools.body.contains("/console/tools/kb.search"),
        "{}",
        tools.body
    );
    let kb = a.get("/console/tools/kb.search").await;
    assert_eq!(kb.status, 200);
    assert!(kb.body.contains("Last seen upstream"));
    assert_eq!(a.get("/console/tools/kb.nope").await.status, 404);
    // An approval is for the definition reviewed: another hash is refused.
    let p = a
        .post(
            "/console/tools/kb.search/approve",
            &[("csrf", &csrf), ("seen_hash", &"0".repeat(64))],
            None,
        )
        .await;
    assert_eq!(p.status, 409, "{}", p.body);
    assert!(p.body.contains("changed since you reviewed it"));
    let p = a
        .post("/console/tools/kb.search/approve", &[("csrf", &csrf)], None)
        .await;
    assert_eq!(p.status, 400);
    let agent = a.get("/console/agents/support-bot").await;
    assert!(
        agent.body.contains("this month $0.000000"),
        "{}",
        agent.body
    );
}

/// The console in a real browser (`crates/warden/tests/console/console.cjs`): sign in from the
/// keyboard, a non-member sees nothing, the approver approves and the bank sees exactly one
/// transfer, a forged post is refused, halt and resume, verify the log, no CSP violation.
/// `WARDEN_CONSOLE_SCREENSHOTS=$PWD/docs/console` keeps the screenshots (docs/console.md).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn console_in_a_browser() {
    let (_provider, issuer) = provider();
    let listen = crate::harness::free_addr();
    let redirect = format!("http://{listen}/console/oidc/callback");
    let oidc_issuer = issuer.clone();
    let s = Server::start_with_env(
        move |t| {
            t + &format!(
                "\n[console.oidc]\nissuer = \"{oidc_issuer}\"\nclient_id = \"warden\"\nclient_secret = \"{{{{env:OIDC_SECRET}}}}\"\nredirect_url = \"{redirect}\"\ngroups_claim = \"groups\"\n"
            )
        },
        &[
            (crate::harness::LISTEN, listen.as_str()),
            ("OIDC_SECRET", "browser-test-client-secret"),
        ],
    )
    .await;
    let finance = s.token("agent", "finance-bot").await;
    let fiona = s.token("operator", "fiona").await;
    let olga = s.token("operator", "olga").await;
    let id = hold_payment(&s, &finance, "INV-BROWSER").await;

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let modules = root.join(".node-test/node_modules");
    assert!(
        modules.join("playwright-core").is_dir(),
        "playwright-core is missing: run scripts/test-deps.sh (it also installs Chromium)"
    );
    let tmp = tempfile::tempdir().unwrap();
    let shots = std::env::var_os("WARDEN_CONSOLE_SCREENSHOTS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| tmp.path().to_owned());
    let run = tokio::process::Command::new("node")
        .arg(root.join("crates/warden/tests/console/console.cjs"))
        .env("NODE_PATH", &modules)
        .env("BASE", &s.base)
        .env("FIONA", &fiona)
        .env("OLGA", &olga)
        .env("ADMIN", &s.admin)
        .env("APPROVAL", &id)
        .env("ISSUER", &issuer)
        .env("SHOTS", &shots)
        .kill_on_drop(true)
        .output();
    let out = tokio::time::timeout(Duration::from_secs(180), run)
        .await
        .expect("the browser test took more than 3 minutes")
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "browser test failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("ok - approved and executed"), "{stdout}");

    // What the browser did, seen from outside: one transfer, the decision, halt and resume.
    assert_eq!(s.calls("payments.send").await.len(), 1);
    assert!(
        records(&s, "approval.decided")
            .await
            .iter()
            .any(|r| r["approver"] == "fiona" && r["action_id"] == id.as_str())
    );
    assert!(
        records(&s, "agent.halted")
            .await
            .iter()
            .any(|r| r["agent"] == "support-bot")
    );
    assert!(
        records(&s, "agent.resumed")
            .await
            .iter()
            .any(|r| r["agent"] == "support-bot")
    );
    assert!(shots.join("approval.png").is_file());
}

/// `warden demo --keep`: after the demo, the console shows the payment it left waiting and the
/// demo's own decisions, to the tokens it prints; Ctrl-C ends it cleanly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_left_running_shows_its_approvals_in_the_console() {
    use std::io::{BufRead, BufReader};
    warden_execute::install_crypto_provider();
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(crate::harness::BIN)
        .args(["demo", "--keep", "--dir"])
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let line = line.unwrap();
            let done = line.starts_with("serving until Ctrl-C");
            lines.push(line);
            if done {
                let _ = tx.send(lines.clone());
            }
        }
        let _ = tx.send(lines);
    });
    let lines = rx.recv_timeout(Duration::from_secs(240)).unwrap();
    let text = lines.join("\n");
    assert!(text.contains("serving until Ctrl-C"), "{text}");
    let url = lines
        .iter()
        .find_map(|l| l.strip_prefix("The web console: "))
        .unwrap()
        .trim_end_matches("/console")
        .to_owned();
    let token = |who: &str| {
        lines
            .iter()
            .find(|l| l.trim_start().starts_with(who))
            .and_then(|l| l.split_whitespace().last())
            .unwrap()
            .to_owned()
    };
    let mut f = Browser::new(&url);
    assert_eq!(f.sign_in(&token("fiona")).await.status, 303);
    let inbox = f.get("/console/approvals").await;
    assert!(inbox.body.contains("payments.send"), "{}", inbox.body);
    let decided = f.get("/console/approvals?state=decided").await;
    assert!(decided.body.contains("executed"), "{}", decided.body);
    let mut a = Browser::new(&url);
    assert_eq!(a.sign_in(&token("admin")).await.status, 303);
    assert!(a.get("/console/agents").await.body.contains("support-bot"));

    let pid = child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap()
            .success()
    );
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

/// The single sign-on provider: `oidc-provider-mock` (PyPI, authlib) with three users.
fn provider() -> (crate::notify::Peer, String) {
    let addr = crate::harness::free_addr();
    let port = addr.rsplit(':').next().unwrap().to_owned();
    let bin = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../.venv-test/bin/oidc-provider-mock");
    assert!(
        bin.exists(),
        "oidc-provider-mock is missing: run scripts/test-deps.sh"
    );
    let users = [
        r#"{"sub":"fiona-sub","preferred_username":"fiona","groups":[]}"#,
        r#"{"sub":"erin-sub","preferred_username":"erin","groups":["finance-leads","warden-admins"]}"#,
        r#"{"sub":"olga-sub","preferred_username":"olga","groups":["security-oncall"]}"#,
        r#"{"sub":"nobody-sub","preferred_username":"nobody","groups":["marketing"]}"#,
    ];
    let mut cmd = std::process::Command::new(bin);
    cmd.args(["--host", "127.0.0.1", "--port", &port]);
    for u in users {
        cmd.args(["--user-claims", u]);
    }
    let peer = crate::notify::Peer(
        cmd.stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    crate::harness::wait_listening(&addr, "oidc-provider-mock");
    (peer, format!("http://{addr}"))
}

/// A single sign-on as `sub`: to the provider, its form, back to the console.
async fn sso(b: &mut Browser, sub: &str) -> Page {
    let start = b.get("/console/oidc/start").await;
    assert_eq!(start.status, 303, "{}", start.body);
    let authorize = start.location().to_owned();
    for p in [
        "code_challenge=",
        "code_challenge_method=S256",
        "state=",
        "nonce=",
        "client_id=warden",
    ] {
        assert!(authorize.contains(p), "{authorize}");
    }
    let r = b
        .http
        .post(&authorize)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("sub={sub}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 302, "{}", r.text().await.unwrap());
    let back = r.headers()["location"].to_str().unwrap().to_owned();
    let path = back
        .split_once("/console/oidc/callback")
        .map(|(_, q)| q)
        .unwrap();
    b.get(&format!("/console/oidc/callback{path}")).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn single_sign_on_with_a_real_openid_provider() {
    let (_provider, issuer) = provider();
    let listen = crate::harness::free_addr();
    let redirect = format!("http://{listen}/console/oidc/callback");
    let s = Server::start_with_env(
        move |t| {
            t + &format!(
                r#"
[console.oidc]
issuer = "{issuer}"
client_id = "warden"
client_secret = "{{{{env:OIDC_SECRET}}}}"
redirect_url = "{redirect}"
groups_claim = "groups"
admin_group = "warden-admins"
"#
            )
        },
        &[
            (crate::harness::LISTEN, listen.as_str()),
            ("OIDC_SECRET", "canary-OIDC-CLIENT-SECRET-77d1"),
        ],
    )
    .await;
    let finance = s.token("agent", "finance-bot").await;
    let id = hold_payment(&s, &finance, "INV-SSO").await;

    // The sign-in page offers single sign-on.
    let mut anon = Browser::new(&s.base);
    assert!(
        anon.get("/console/login")
            .await
            .body
            .contains("/console/oidc/start")
    );

    // Erin is in no group of warden.toml; the provider says finance-leads and warden-admins.
    let mut erin = Browser::new(&s.base);
    let p = sso(&mut erin, "erin-sub").await;
    // A page of our own moves on (a redirect would not carry the SameSite=Strict session
    // cookie at the end of a navigation the provider's site started).
    assert_eq!(p.status, 200, "{}", p.body);
    assert_eq!(p.headers["refresh"], "0; url=/console/approvals");
    assert!(p.body.contains("Signed in"));
    let inbox = erin.get("/console/approvals").await;
    assert!(inbox.body.contains("payments.send"), "{}", inbox.body);
    assert!(
        inbox.body.contains("erin · administrator"),
        "{}",
        inbox.body
    );
    assert_eq!(erin.get("/console/audit").await.status, 200);
    let page = erin.get(&format!("/console/approvals/{id}")).await;
    let csrf = page.field("csrf");
    let p = erin
        .post(
            &format!("/console/approvals/{id}/decide"),
            &[("csrf", &csrf), ("decision", "approve")],
            None,
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    assert_eq!(s.calls("payments.send").await.len(), 1);

    // Fiona: a member by warden.toml, not an administrator; Olga: neither.
    let mut fiona = Browser::new(&s.base);
    assert_eq!(sso(&mut fiona, "fiona-sub").await.status, 200);
    assert_eq!(fiona.get("/console/audit").await.status, 403);
    assert!(
        fiona
            .get("/console/approvals?state=decided")
            .await
            .body
            .contains("payments.send")
    );
    let mut olga = Browser::new(&s.base);
    assert_eq!(sso(&mut olga, "olga-sub").await.status, 200);
    // Someone the provider knows but who has no part here gets no session.
    let mut nobody = Browser::new(&s.base);
    let p = sso(&mut nobody, "nobody-sub").await;
    assert_eq!(p.status, 401, "{}", p.body);
    assert!(
        p.body
            .contains("not an administrator nor in any approver group")
    );
    assert!(nobody.cookies.iter().all(|(k, _)| k != "warden-console"));
    assert_eq!(
        olga.get(&format!("/console/approvals/{id}")).await.status,
        404
    );

    // The provider's answer is bound to the browser that started, and used once.
    let mut a = Browser::new(&s.base);
    let start = a.get("/console/oidc/start").await;
    let r = a
        .http
        .post(start.location())
        .header("content-type", "application/x-www-form-urlencoded")
        .body("sub=erin-sub")
        .send()
        .await
        .unwrap();
    let back = r.headers()["location"].to_str().unwrap().to_owned();
    let query = back
        .split_once("/console/oidc/callback")
        .unwrap()
        .1
        .to_owned();
    let mut other = Browser::new(&s.base);
    let p = other.get(&format!("/console/oidc/callback{query}")).await;
    assert_eq!(p.status, 401, "another browser cannot finish it");
    assert!(other.cookies.iter().all(|(k, _)| k != "warden-console"));
    let p = a.get(&format!("/console/oidc/callback{query}")).await;
    assert_eq!(
        p.status, 200,
        "the browser that started finishes it: {}",
        p.body
    );
    let mut replay = Browser::new(&s.base);
    replay.cookies = a.cookies.clone();
    let p = replay.get(&format!("/console/oidc/callback{query}")).await;
    assert_eq!(p.status, 401, "a state is used once: {}", p.body);
    let p = anon.get("/console/oidc/callback?code=x&state=y").await;
    assert_eq!(p.status, 401);

    // A single sign-on session ends when an administrator ends the operator's sessions.
    assert_eq!(erin.get("/console/approvals").await.status, 200);
    let mut admin = Browser::new(&s.base);
    assert_eq!(admin.sign_in(&s.admin).await.status, 303);
    let list = admin.get("/console/sessions").await;
    assert!(
        list.body.contains("single sign-on (oidc:erin-sub)"),
        "{}",
        list.body
    );
    let csrf = list.field("csrf");
    let p = admin
        .post(
            "/console/sessions/end?operator=erin",
            &[("csrf", &csrf)],
            None,
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    assert_eq!(erin.get("/console/approvals").await.status, 303);
    assert_eq!(
        fiona.get("/console/approvals").await.status,
        200,
        "others stay"
    );
    let (_, out) = s
        .request(
            &s.admin,
            "GET",
            "/v1/admin/audit?event=console.signed_out",
            None,
        )
        .await;
    assert!(out.to_string().contains("ended by `admin`"), "{out}");

    let (_, signed) = s
        .request(
            &s.admin,
            "GET",
            "/v1/admin/audit?event=console.signed_in",
            None,
        )
        .await;
    let signed = signed.as_array().unwrap();
    assert!(signed.iter().any(|r| r["actor"] == "erin"
        && r["output"]["method"] == "oidc"
        && r["output"]["token_id"] == "oidc:erin-sub"));
    let (_, decided) = s
        .request(
            &s.admin,
            "GET",
            "/v1/admin/audit?event=approval.decided",
            None,
        )
        .await;
    assert!(
        decided.to_string().contains("\"approver\":\"erin\""),
        "{decided}"
    );
    let all = s
        .request(&s.admin, "GET", "/v1/admin/audit?limit=100000", None)
        .await
        .1
        .to_string();
    assert!(!all.contains("canary-OIDC-CLIENT-SECRET"));
}

/// Behind a proxy that terminates TLS (`console.public_origin`): the cookies are `Secure` and
/// `__Host-` prefixed, and forms are accepted from the public origin only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_a_tls_proxy_the_public_origin_rules() {
    let s = Server::start_with(|t| {
        t + "\n[console]\npublic_origin = \"https://warden.groupany.example\"\n"
    })
    .await;
    let fiona = s.token("operator", "fiona").await;
    let mut b = Browser::new(&s.base);
    let form = b.get("/console/login").await;
    let set = form
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        set.starts_with("__Host-warden-login=") && set.contains("; Secure"),
        "{set}"
    );
    // The listener's own origin is not the one browsers use: refused.
    let csrf = form.field("login_csrf");
    let origin = s.base.clone();
    let p = b
        .post(
            "/console/login",
            &[("login_csrf", &csrf), ("token", &fiona)],
            Some(&origin),
        )
        .await;
    assert_eq!(p.status, 403, "{}", p.body);
    let csrf = p.field("login_csrf");
    let p = b
        .post(
            "/console/login",
            &[("login_csrf", &csrf), ("token", &fiona)],
            Some("https://warden.groupany.example"),
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let set: Vec<String> = p
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(
        set.iter()
            .any(|c| c.starts_with("__Host-warden-console=") && c.contains("; Secure")),
        "{set:?}"
    );
    assert_eq!(b.get("/console/approvals").await.status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_compliance_page_makes_a_report_for_administrators_only() {
    let s = Server::start().await;
    let olga = s.token("operator", "olga").await;
    let mut o = Browser::new(&s.base);
    assert_eq!(o.sign_in(&olga).await.status, 303);
    assert_eq!(o.get("/console/compliance").await.status, 403);
    let mut a = Browser::new(&s.base);
    assert_eq!(a.sign_in(&s.admin).await.status, 303);
    let form = a.get("/console/compliance").await;
    assert_eq!(form.status, 200);
    assert!(
        form.body.contains("<option value=\"eu-ai-act\""),
        "{}",
        form.body
    );
    assert!(form.body.contains("not legal advice"));
    let csrf = form.field("csrf");
    // Without the form's token nothing is made (a report signs a checkpoint).
    let before = records(&s, "audit.checkpoint").await.len();
    let p = a
        .post(
            "/console/compliance",
            &[("csrf", "forged"), ("framework", "soc2"), ("period", "30d")],
            None,
        )
        .await;
    assert_eq!(p.status, 403);
    assert_eq!(records(&s, "audit.checkpoint").await.len(), before);
    let p = a
        .post(
            "/console/compliance",
            &[
                ("csrf", &csrf),
                ("framework", "eu-ai-act"),
                ("period", "30d"),
            ],
            None,
        )
        .await;
    assert_eq!(p.status, 200, "{}", p.body);
    assert!(p.body.contains("EU AI Act"), "{}", p.body);
    assert!(p.body.contains("from 2027-12-02 (not yet)"), "{}", p.body);
    assert!(p.body.contains("<td>AR-01</td>"), "{}", p.body);
    assert!(p.body.contains("warden audit verify --against"));
    assert_eq!(records(&s, "audit.checkpoint").await.len(), before + 1);
    let p = a
        .post(
            "/console/compliance",
            &[("csrf", &csrf), ("framework", "sox"), ("period", "30d")],
            None,
        )
        .await;
    assert_eq!(p.status, 400, "{}", p.body);
    assert!(p.body.contains("unknown framework"), "{}", p.body);
}
