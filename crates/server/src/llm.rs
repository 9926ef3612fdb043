//! The LLM proxy endpoints: OpenAI-compatible `/v1/chat/completions` and `/v1/models`,
//! Anthropic-compatible `/v1/messages`. The agent authenticates with its Warden token, as
//! `Authorization: Bearer` (what the OpenAI SDK sends) or `x-api-key` (the Anthropic SDK).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use warden_pipeline::{Gateway, LlmFormat, LlmReply, Refusal};
use warden_types::ErrorCode;

/// Largest LLM request body accepted (long contexts are larger than actions).
pub const MAX_LLM_BODY_BYTES: usize = 8 * 1024 * 1024;

fn token(headers: &HeaderMap) -> Option<&str> {
    super::bearer(headers).or_else(|| {
        headers
            .get("x-api-key")
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    })
}

/// A refusal in the endpoint's own error format (what the OpenAI and Anthropic SDKs parse),
/// with the problem body's members beside it.
fn error(format: LlmFormat, r: &Refusal) -> Response {
    let mut body = r.body();
    if let Some(obj) = body.as_object_mut() {
        match format {
            LlmFormat::Openai => {
                obj.insert(
                    "error".into(),
                    json!({"message": r.message, "type": r.code.as_str(), "code": r.code.as_str(), "param": null}),
                );
            }
            LlmFormat::Anthropic => {
                obj.insert("type".into(), json!("error"));
                obj.insert(
                    "error".into(),
                    json!({"type": r.code.as_str(), "message": r.message}),
                );
            }
        }
    }
    json(r.status, &body)
}

/// An agent's credential refused: the error, with the OAuth challenge when configured.
fn refused(gw: &Gateway, format: LlmFormat, r: &Refusal) -> Response {
    let mut resp = error(format, r);
    if let Some(v) = gw
        .oauth_challenge(r)
        .and_then(|c| HeaderValue::from_str(&c).ok())
    {
        resp.headers_mut().insert(header::WWW_AUTHENTICATE, v);
    }
    resp
}

fn json(status: u16, body: &Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
    let mut resp = (status, serde_json::to_vec(body).unwrap_or_default()).into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

async fn handle(
    gw: Arc<Gateway>,
    format: LlmFormat,
    headers: HeaderMap,
    peer: crate::Peer,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let who = match gw
        .authenticate_agent(token(&headers), &peer.caller("llm"))
        .await
    {
        Ok(w) => w,
        Err(r) => return refused(&gw, format, &r),
    };
    // A body that cannot be read is an exit too: recorded (its code only), then refused.
    let read = match body {
        Ok(bytes) => serde_json::from_slice::<Value>(&bytes).map_err(|e| {
            Refusal::new(
                ErrorCode::BadRequest,
                format!("the request body is not valid JSON: {e}"),
            )
        }),
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(Refusal::new(
            ErrorCode::PayloadTooLarge,
            format!("the request body is larger than {MAX_LLM_BODY_BYTES} bytes"),
        )),
        Err(e) => Err(super::unreadable_body(&e)),
    };
    let value = match read {
        Ok(v) => v,
        Err(r) => return answer(format, gw.llm_unreadable(&who, format, r).await),
    };
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let started = std::time::Instant::now();
    let model = value
        .get("model")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .chars()
        .take(256)
        .collect::<String>();
    let reply = gw
        .llm(
            &who,
            format,
            value,
            header("x-warden-session"),
            header("anthropic-version"),
        )
        .await;
    gw.observe_llm(who.agent(), &model, &reply, started);
    answer(format, reply)
}

/// The proxy's answer in the endpoint's wire format.
fn answer(format: LlmFormat, reply: LlmReply) -> Response {
    match reply {
        LlmReply::Refused(r) => {
            let mut resp = error(format, &r);
            if let Some(id) = r.details.get("llm_call_id").and_then(Value::as_str)
                && let Ok(v) = HeaderValue::from_str(id)
            {
                resp.headers_mut().insert("x-warden-llm-call", v);
            }
            resp
        }
        LlmReply::Json { status, body } => {
            let flags = body
                .pointer("/warden/flags")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            let mut resp = json(status, &body);
            if let Some(id) = body.pointer("/warden/llm_call_id").and_then(Value::as_str)
                && let Ok(v) = HeaderValue::from_str(id)
            {
                resp.headers_mut().insert("x-warden-llm-call", v);
            }
            if flags > 0 {
                resp.headers_mut()
                    .insert("x-warden-flags", HeaderValue::from(flags));
            }
            resp
        }
        LlmReply::Stream(rx) => {
            let stream = futures_util::stream::unfold(rx, |mut rx| async move {
                let event = rx.recv().await?;
                Some((Ok::<_, std::convert::Infallible>(Bytes::from(event)), rx))
            });
            let mut resp = axum::body::Body::from_stream(stream).into_response();
            let h = resp.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/event-stream"),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            h.insert("x-accel-buffering", HeaderValue::from_static("no"));
            resp
        }
    }
}

pub(crate) async fn chat_completions(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: crate::Peer,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    handle(gw, LlmFormat::Openai, headers, peer, body).await
}

pub(crate) async fn messages(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: crate::Peer,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    handle(gw, LlmFormat::Anthropic, headers, peer, body).await
}

/// The models this agent may call (OpenAI `GET /v1/models` shape).
pub(crate) async fn models(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    peer: crate::Peer,
) -> Response {
    let who = match gw
        .authenticate_agent(token(&headers), &peer.caller("llm"))
        .await
    {
        Ok(w) => w,
        Err(r) => return refused(&gw, LlmFormat::Openai, &r),
    };
    let data: Vec<Value> = [LlmFormat::Openai, LlmFormat::Anthropic]
        .into_iter()
        .flat_map(|f| gw.llm_models(who.agent(), f))
        .map(|(provider, model)| {
            json!({"id": model, "object": "model", "created": 0, "owned_by": provider})
        })
        .collect();
    json(200, &json!({"object": "list", "data": data}))
}
