//! Safe on a network (issue 14, item 9, the parts done so far): `/readyz`, JSON logs, agent
//! tokens that expire by default, operator tokens listed, and no token on a command line.

use serde_json::{Value, json};

use crate::harness::{Server, run_cli};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_json_logs_and_token_hygiene() {
    let s = Server::start_with_env(|t| t, &[("WARDEN_LOG_FORMAT", "json")]).await;
    // Ready: the store answers and the log is trusted.
    let r = s
        .http
        .get(format!("{}/readyz", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["status"], "ready", "{v}");
    // Every log line is one JSON object.
    let agent = s.token("agent", "support-bot").await;
    s.act(
        &agent,
        "crm.get_customer",
        json!({"customer_id": "C0001"}),
        "j",
    )
    .await;
    let log = std::fs::read_to_string(&s.log).unwrap();
    let lines: Vec<&str> = log.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty());
    for line in &lines {
        let v: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(
            v.get("level").is_some() && v.get("timestamp").is_some(),
            "{line}"
        );
    }
    // Agent tokens expire by default (90 days); operator tokens are listed.
    let (st, v) = s
        .request(
            &s.admin,
            "POST",
            "/v1/admin/tokens",
            Some(json!({"kind": "agent", "subject": "dev-bot"})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let expires =
        warden_types::parse_rfc3339(v["expires_at"].as_str().expect("no default expiry")).unwrap();
    let days = (expires.0 - warden_types::Timestamp::now().0) as f64 / 86_400_000_000.0;
    assert!((89.0..=90.1).contains(&days), "{days} days");
    let fiona = s.token("operator", "fiona").await;
    let env = [
        ("WARDEN_ADDR", s.base.as_str()),
        ("WARDEN_TOKEN", s.admin.as_str()),
    ];
    let (code, out, err) = run_cli(&["--json", "operators", "token", "list"], &env);
    assert_eq!(code, 0, "{out}{err}");
    let listed: Value = serde_json::from_str(&out).unwrap();
    let subjects: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["subject"].as_str().unwrap())
        .collect();
    assert!(
        subjects.contains(&"fiona") && !subjects.contains(&"dev-bot"),
        "{subjects:?}"
    );
    assert!(!out.contains(&fiona), "a token value was listed");
    // No token on the command line: `--token` does not exist; a file or the environment.
    let (code, _, err) = run_cli(
        &["approvals", "list", "--addr", &s.base, "--token", &s.admin],
        &[],
    );
    assert_eq!(code, 2, "{err}");
    let file = s.db.with_file_name("admin.token");
    std::fs::write(&file, format!("{}\n", s.admin)).unwrap();
    let (code, out, err) = run_cli(
        &[
            "approvals",
            "list",
            "--addr",
            &s.base,
            "--token-file",
            file.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    let (code, _, err) = run_cli(&["approvals", "list", "--addr", &s.base], &[]);
    assert_eq!(code, 1);
    assert!(err.contains("--token-file"), "{err}");
}

/// A CA and a certificate for 127.0.0.1 it signed, from the machine's `openssl`:
/// (CA certificate, leaf certificate, leaf key), PEM.
fn issued(dir: &std::path::Path, name: &str) -> (Vec<u8>, Vec<u8>, Vec<u8>) {
    issued_for(dir, name, "IP:127.0.0.1", None)
}

/// [`issued`] for a subject alternative name (`DNS:support-bot`) and extended key usage.
pub(crate) fn issued_for(
    dir: &std::path::Path,
    name: &str,
    san: &str,
    eku: Option<&str>,
) -> (Vec<u8>, Vec<u8>, Vec<u8>) {
    let p = |f: &str| dir.join(format!("{name}-{f}"));
    let run = |args: &[&str]| {
        let out = std::process::Command::new("openssl")
            .args(args)
            .output()
            .expect("openssl");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let s = |p: std::path::PathBuf| p.to_str().unwrap().to_owned();
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let mut ca = vec!["req", "-x509"];
    ca.extend(ec);
    let (ca_key, ca_crt) = (s(p("ca.key")), s(p("ca.crt")));
    ca.extend([
        "-days",
        "2",
        "-subj",
        "/CN=warden-test-ca",
        "-keyout",
        &ca_key,
        "-out",
        &ca_crt,
    ]);
    run(&ca);
    let (key, csr, crt, ext) = (
        s(p("leaf.key")),
        s(p("leaf.csr")),
        s(p("leaf.crt")),
        s(p("ext")),
    );
    let mut req = vec!["req"];
    req.extend(ec);
    req.extend(["-subj", "/CN=warden", "-keyout", &key, "-out", &csr]);
    run(&req);
    let eku = eku
        .map(|e| format!("extendedKeyUsage={e}\n"))
        .unwrap_or_default();
    std::fs::write(
        &ext,
        format!("subjectAltName={san}\nbasicConstraints=CA:FALSE\n{eku}"),
    )
    .unwrap();
    run(&[
        "x509",
        "-req",
        "-in",
        &csr,
        "-CA",
        &ca_crt,
        "-CAkey",
        &ca_key,
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        &ext,
        "-out",
        &crt,
    ]);
    (
        std::fs::read(ca_crt).unwrap(),
        std::fs::read(crt).unwrap(),
        std::fs::read(key).unwrap(),
    )
}

fn trusting(cert: &[u8]) -> reqwest::Client {
    reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert).unwrap())
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .unwrap()
}

/// TLS on the listener, with the certificate reloaded when its files change (a broken
/// rotation keeps the running certificate); plain HTTP on the TLS port gets nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_on_the_listener_and_certificate_rotation() {
    warden_execute::install_crypto_provider();
    let certs = tempfile::tempdir().unwrap();
    let (ca1, cert1, key1) = issued(certs.path(), "one");
    let (cert_file, key_file) = (certs.path().join("tls.crt"), certs.path().join("tls.key"));
    std::fs::write(&cert_file, &cert1).unwrap();
    std::fs::write(&key_file, &key1).unwrap();
    let table = format!(
        "[server]\ntls = {{ cert_file = \"{}\", key_file = \"{}\" }}\n",
        cert_file.display(),
        key_file.display()
    );
    let s = Server::start_with(|t| t.replace("[server]\n", &table)).await;
    assert!(s.base.starts_with("https://"), "{}", s.base);
    let health = |client: reqwest::Client| {
        let url = format!("{}/readyz", s.base);
        async move { client.get(url).send().await.map(|r| r.status().as_u16()) }
    };
    assert_eq!(health(trusting(&ca1)).await.unwrap(), 200);
    // The API over TLS with a token.
    let r = trusting(&ca1)
        .get(format!("{}/v1/admin/tokens", s.base))
        .bearer_auth(&s.admin)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    // Plain HTTP on the TLS port: no answer.
    let plain = s.base.replace("https://", "http://");
    assert!(
        reqwest::Client::new()
            .get(format!("{plain}/healthz"))
            .send()
            .await
            .is_err()
    );

    // Rotation: new files, picked up without a restart.
    let (ca2, cert2, key2) = issued(certs.path(), "two");
    std::fs::write(&key_file, &key2).unwrap();
    std::fs::write(&cert_file, &cert2).unwrap();
    crate::harness::eventually("the rotated certificate", async || {
        health(trusting(&ca2)).await.is_ok_and(|s| s == 200)
    })
    .await;
    assert!(
        health(trusting(&ca1)).await.is_err(),
        "the old certificate is still served"
    );
    // A rotation that leaves broken files keeps the running certificate.
    std::fs::write(&cert_file, b"not a certificate").unwrap();
    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    assert_eq!(health(trusting(&ca2)).await.unwrap(), 200);
}

/// `server.admin_listen`: the administration API on a listener of its own, and only there;
/// the main listener serves what agents use.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_api_can_have_a_listener_of_its_own() {
    use std::io::BufRead as _;
    warden_execute::install_crypto_provider();
    let up = crate::harness::upstream().await;
    let dir = tempfile::tempdir().unwrap();
    let config = crate::harness::write_deployment(dir.path(), |t| {
        t.replace("[server]\n", "[server]\nadmin_listen = \"127.0.0.1:0\"\n")
    });
    let db = dir.path().join("data/warden.db");
    let (code, out, err) = run_cli(
        &[
            "init",
            "--json",
            "--config",
            config.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(code, 0, "{err}");
    let admin: Value = serde_json::from_str(&out).unwrap();
    let admin = admin["token"].as_str().unwrap().to_owned();
    let mut child = std::process::Command::new(crate::harness::BIN)
        .args(["serve", "--config"])
        .arg(&config)
        .arg("--db")
        .arg(&db)
        .args(["--listen", "127.0.0.1:0"])
        .env("WARDEN_UPSTREAM_GROUPANY_URL", &up.url)
        .env("GROUPANY_API_KEY", crate::harness::CANARY_KEY)
        .env("WARDEN_MCP_KB_COMMAND", crate::harness::BIN)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let main = lines.next().unwrap().unwrap().replace("listening on ", "");
    let admin_base = lines
        .next()
        .unwrap()
        .unwrap()
        .replace("admin listening on ", "");
    let http = reqwest::Client::new();
    let get = |url: String| {
        let (http, admin) = (http.clone(), admin.clone());
        async move {
            http.get(url)
                .bearer_auth(admin)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(get(format!("{admin_base}/v1/admin/tokens")).await, 200);
    assert_eq!(
        get(format!("{main}/v1/admin/tokens")).await,
        404,
        "admin API on the agents' listener"
    );
    assert_eq!(
        get(format!("{admin_base}/v1/actions/act_x")).await,
        404,
        "agents' API on the admin listener"
    );
    assert_eq!(get(format!("{main}/healthz")).await, 200);
    assert_eq!(get(format!("{admin_base}/readyz")).await, 200);
    let _ = child.kill();
    let _ = child.wait();
}

/// Mutual TLS: with `server.tls.client_ca_file`, an agent token acts only on a connection
/// whose client certificate is valid for the agent's id as a DNS name; a stolen token alone,
/// or with another agent's certificate, is refused and recorded. Operators need no certificate.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agent_tokens_are_bound_to_client_certificates() {
    warden_execute::install_crypto_provider();
    let certs = tempfile::tempdir().unwrap();
    let (server_ca, cert, key) = issued(certs.path(), "server");
    let (client_ca, support_cert, support_key) = issued_for(
        certs.path(),
        "support",
        "DNS:support-bot",
        Some("clientAuth"),
    );
    // A second certificate from the same client CA, for another agent.
    let (_, dev_cert, dev_key) = {
        let dir = certs.path().join("dev");
        std::fs::create_dir_all(&dir).unwrap();
        // issued by its own CA: copy the client CA's key and cert so the same CA signs it
        std::fs::copy(certs.path().join("support-ca.key"), dir.join("dev-ca.key")).unwrap();
        let p = |f: &str| dir.join(f).to_str().unwrap().to_owned();
        let run = |args: &[&str]| {
            let out = std::process::Command::new("openssl")
                .args(args)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        std::fs::write(certs.path().join("client-ca.crt"), &client_ca).unwrap();
        run(&[
            "req",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-subj",
            "/CN=dev",
            "-keyout",
            &p("dev.key"),
            "-out",
            &p("dev.csr"),
        ]);
        std::fs::write(
            p("ext"),
            "subjectAltName=DNS:dev-bot\nbasicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n",
        )
        .unwrap();
        let ca_crt = certs
            .path()
            .join("client-ca.crt")
            .to_str()
            .unwrap()
            .to_owned();
        run(&[
            "x509",
            "-req",
            "-in",
            &p("dev.csr"),
            "-CA",
            &ca_crt,
            "-CAkey",
            &p("dev-ca.key"),
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            &p("ext"),
            "-out",
            &p("dev.crt"),
        ]);
        (
            Vec::<u8>::new(),
            std::fs::read(p("dev.crt")).unwrap(),
            std::fs::read(p("dev.key")).unwrap(),
        )
    };
    let (cert_file, key_file, ca_file) = (
        certs.path().join("tls.crt"),
        certs.path().join("tls.key"),
        certs.path().join("clients.crt"),
    );
    std::fs::write(&cert_file, &cert).unwrap();
    std::fs::write(&key_file, &key).unwrap();
    std::fs::write(&ca_file, &client_ca).unwrap();
    let table = format!(
        "[server]\ntls = {{ cert_file = \"{}\", key_file = \"{}\", client_ca_file = \"{}\" }}\n",
        cert_file.display(),
        key_file.display(),
        ca_file.display()
    );
    let s = Server::start_with(|t| t.replace("[server]\n", &table)).await;
    let client = |identity: Option<(&[u8], &[u8])>| {
        let mut b = reqwest::Client::builder()
            .add_root_certificate(reqwest::Certificate::from_pem(&server_ca).unwrap())
            .timeout(std::time::Duration::from_secs(10));
        if let Some((c, k)) = identity {
            let pem = [c, k].concat();
            b = b.identity(reqwest::Identity::from_pem(&pem).unwrap());
        }
        b.build().unwrap()
    };
    // Operators need no certificate.
    let plain = client(None);
    let v: Value = plain
        .post(format!("{}/v1/admin/tokens", s.base))
        .bearer_auth(&s.admin)
        .json(&json!({"kind": "agent", "subject": "support-bot"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = v["token"].as_str().unwrap().to_owned();
    let act = |c: reqwest::Client| {
        let (url, token) = (format!("{}/v1/actions", s.base), token.clone());
        async move {
            let r = c
                .post(url)
                .bearer_auth(token)
                .json(&json!({"tool": "crm.get_customer", "arguments": {"customer_id": "C0001"}, "session": "m"}))
                .send()
                .await
                .unwrap();
            (r.status().as_u16(), r.json::<Value>().await.unwrap())
        }
    };
    let (st, v) = act(client(Some((&support_cert, &support_key)))).await;
    assert_eq!(st, 200, "with its own certificate: {v}");
    let (st, v) = act(client(None)).await;
    assert_eq!(
        (st, v["code"].as_str()),
        (403, Some("forbidden")),
        "the token alone: {v}"
    );
    let (st, v) = act(client(Some((&dev_cert, &dev_key)))).await;
    assert_eq!(
        (st, v["code"].as_str()),
        (403, Some("forbidden")),
        "another agent's certificate: {v}"
    );
    let denied: Value = plain
        .get(format!("{}/v1/admin/audit?event=access.denied", s.base))
        .bearer_auth(&s.admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(denied.as_array().unwrap().len(), 2, "{denied}");
}
