use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};
use tower::ServiceExt as _;
use warden_pipeline::Gateway;
use warden_store::{SqliteStore, Store};

pub(crate) struct Edge {
    pub(crate) gw: Arc<Gateway>,
    admin: String,
    _dir: tempfile::TempDir,
}

async fn edge() -> Edge {
    edge_with(|_| {}).await
}

/// The reference deployment on a fresh SQLite file, after `edit`; no upstream is running and no
/// credential is set.
pub(crate) async fn edge_with(edit: impl FnOnce(&mut warden_types::Deployment)) -> Edge {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/groupany/warden.toml");
    let mut dep = warden_config::load(&path, &|_| None).unwrap();
    edit(&mut dep);
    let dir = tempfile::tempdir().unwrap();
    dep.audit.signing_key_file = dir.path().join("audit-signing.key");
    dep.audit.publish_dir = dir.path().join("checkpoints");
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(&dir.path().join("w.db")).unwrap());
    let admin = warden_pipeline::bootstrap_admin(&store, "root")
        .await
        .unwrap();
    let gw = Gateway::start(
        warden_pipeline::compile(dep).unwrap(),
        store,
        Arc::new(|_: &str| None),
    )
    .await
    .unwrap();
    Edge {
        gw,
        admin,
        _dir: dir,
    }
}

impl Edge {
    async fn call(
        &self,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: Body,
    ) -> (StatusCode, String, Value) {
        let mut req = Request::builder().method(method).uri(uri);
        if let Some(t) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        let resp = warden_server::router(Arc::clone(&self.gw))
            .oneshot(
                req.header(header::CONTENT_TYPE, "application/json")
                    .body(body)
                    .unwrap(),
            )
            .await
            .unwrap();
        let status = resp.status();
        let ct = resp
            .headers()
            .get(header::CONTENT_TYPE)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .unwrap();
        (
            status,
            ct,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    pub(crate) async fn token(&self, kind: &str, subject: &str) -> String {
        let body = Body::from(json!({"kind": kind, "subject": subject}).to_string());
        let (st, _, v) = self
            .call("POST", "/v1/admin/tokens", Some(&self.admin), body)
            .await;
        assert_eq!(st, StatusCode::OK, "{v}");
        v["token"].as_str().unwrap().to_owned()
    }

    async fn records(&self, event: &str) -> Vec<Value> {
        let (st, _, v) = self
            .call(
                "GET",
                &format!("/v1/admin/audit?event={event}&limit=1000"),
                Some(&self.admin),
                Body::empty(),
            )
            .await;
        assert_eq!(st, StatusCode::OK, "{v}");
        v.as_array().unwrap().clone()
    }
}

fn assert_problem(status: StatusCode, ct: &str, v: &Value, want: StatusCode, code: &str) {
    assert_eq!(status, want, "{v}");
    assert_eq!(ct, "application/problem+json");
    assert_eq!(v["code"], code, "{v}");
    assert_eq!(v["status"], want.as_u16(), "{v}");
    assert!(v["type"].as_str().unwrap().ends_with(code), "{v}");
    assert!(!v["detail"].as_str().unwrap().is_empty(), "{v}");
}

#[tokio::test]
async fn every_refusal_is_a_problem_body_with_its_status() {
    let e = edge().await;
    let (st, ct, v) = e.call("POST", "/v1/actions", None, Body::from("{}")).await;
    assert_problem(st, &ct, &v, StatusCode::UNAUTHORIZED, "unauthenticated");
    let (st, ct, v) = e.call("GET", "/nowhere", None, Body::empty()).await;
    assert_problem(st, &ct, &v, StatusCode::NOT_FOUND, "not_found");
    let (st, ct, v) = e.call("DELETE", "/v1/actions", None, Body::empty()).await;
    assert_problem(st, &ct, &v, StatusCode::BAD_REQUEST, "bad_request");

    let support = e.token("agent", "support-bot").await;
    let (st, ct, v) = e
        .call(
            "POST",
            "/v1/actions",
            Some(&support),
            Body::from("[not json"),
        )
        .await;
    assert_problem(st, &ct, &v, StatusCode::BAD_REQUEST, "bad_request");
    let big = Body::from(vec![b' '; 2 << 20]);
    let (st, ct, v) = e.call("POST", "/v1/actions", Some(&support), big).await;
    assert_problem(
        st,
        &ct,
        &v,
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
    );
    let (st, ct, v) = e
        .call("GET", "/v1/admin/agents", Some(&support), Body::empty())
        .await;
    assert_problem(st, &ct, &v, StatusCode::FORBIDDEN, "forbidden");
    // Without a configuration file to read, a reload is refused, listing why.
    let (st, ct, v) = e
        .call("POST", "/v1/admin/reload", Some(&e.admin), Body::empty())
        .await;
    assert_problem(
        st,
        &ct,
        &v,
        StatusCode::UNPROCESSABLE_ENTITY,
        "config_invalid",
    );
    assert!(
        v["problems"][0]
            .as_str()
            .unwrap()
            .contains("configuration file")
    );
    // Successful answers are JSON, never cached.
    let resp = warden_server::router(Arc::clone(&e.gw))
        .oneshot(
            Request::builder()
                .uri("/v1/admin/agents")
                .header(header::AUTHORIZATION, format!("Bearer {}", e.admin))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()[header::CONTENT_TYPE], "application/json");
    assert_eq!(resp.headers()[header::CACHE_CONTROL], "no-store");
}

#[tokio::test]
async fn refusals_at_the_edge_are_recorded_without_a_peer_address() {
    let e = edge().await;
    let support = e.token("agent", "support-bot").await;
    for _ in 0..3 {
        let (st, _, _) = e
            .call("GET", "/v1/admin/tokens", Some(&support), Body::empty())
            .await;
        assert_eq!(st, StatusCode::FORBIDDEN);
    }
    let denied = e.records("access.denied").await;
    assert_eq!(denied.len(), 3, "{denied:?}");
    assert!(denied.iter().all(|r| r["output"]["source"] == "unknown"));
    for _ in 0..5 {
        let (st, _, _) = e
            .call(
                "GET",
                "/v1/admin/agents",
                Some("wdn_o_nonsense"),
                Body::empty(),
            )
            .await;
        assert_eq!(st, StatusCode::UNAUTHORIZED);
    }
    e.gw.flush_auth_failures().await;
    let failed = e.records("auth.failed").await;
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0]["output"]["count"], 5);
    assert_eq!(failed[0]["output"]["reason"], "malformed");
    assert_eq!(failed[0]["output"]["source"], "unknown");
    // A body the pipeline cannot read is recorded with its code and nothing of the body.
    let (st, _, v) = e
        .call(
            "POST",
            "/v1/actions",
            Some(&support),
            Body::from(r#"{"tool":"crm.get_customer","ada@example.net":1}"#),
        )
        .await;
    assert_eq!(st, StatusCode::BAD_REQUEST);
    let (_, _, recs) = e
        .call(
            "GET",
            &format!(
                "/v1/admin/audit?action_id={}",
                v["action_id"].as_str().unwrap()
            ),
            Some(&e.admin),
            Body::empty(),
        )
        .await;
    assert_eq!(recs.as_array().unwrap().len(), 1, "{recs}");
    assert!(!recs.to_string().contains("ada@example.net"), "{recs}");
}
