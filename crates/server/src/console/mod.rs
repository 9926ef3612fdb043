//! The operators' console: server-rendered pages for approvers and responders, under
//! `/console` on the admin listener (or the only listener).
//!
//! Security model (docs/console.md):
//! - an operator token is exchanged once for a session cookie (`HttpOnly`, `SameSite=Strict`,
//!   `Secure` and `__Host-` under TLS); the server keeps the cookie's hash only
//!   ([`session`]); the token is re-checked on every request, so revoking it signs out;
//! - every state change is a POST carrying the session's CSRF token (compared in constant
//!   time) from the console's own origin; the sign-in form carries a double-submit token;
//! - every answer carries a strict Content-Security-Policy (no inline script or style, no
//!   framing) and `no-store`;
//! - an approval is visible only to administrators and members of the groups that decide
//!   it — to anyone else it does not exist;
//! - every sign-in, sign-out, refusal and decision is in the audit log.

use std::collections::HashMap;
use std::sync::Arc;

use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::Value;
use warden_pipeline::{Admin, Caller, Gateway, Operator, Refusal};
use warden_store::AuditFilter;
use warden_types::{Approval, ApprovalState, AuditRecord, ErrorCode, Timestamp, parse_rfc3339};

use crate::Peer;

mod monitoring;
mod pages;
mod session;

use pages::*;
use session::{Found, Sessions, same_secret};

/// The Content-Security-Policy of every console answer: scripts and styles only from the
/// console's own files, nothing inline, no framing, forms only to itself.
pub(crate) const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const CSS: &str = include_str!("../../assets/console.css");
const JS: &str = include_str!("../../assets/console.js");

/// Pages of 1,000 pending approvals the inbox reads at most.
const MAX_INBOX_PAGES: usize = 100;

/// The longest token or form field the console reads.
const MAX_FIELD: usize = 4096;

/// The console's state: the gateway and the sessions of this process.
pub(crate) struct Console {
    gw: Arc<Gateway>,
    sessions: Sessions,
    /// Served over TLS: cookies are `Secure` and `__Host-` prefixed.
    secure: bool,
    /// The origin browsers use (`console.public_origin`), when it is not this listener's own.
    origin: Option<String>,
}

impl Console {
    fn session_cookie(&self) -> &'static str {
        if self.secure {
            "__Host-warden-console"
        } else {
            "warden-console"
        }
    }

    fn login_cookie(&self) -> &'static str {
        if self.secure {
            "__Host-warden-login"
        } else {
            "warden-login"
        }
    }

    fn set_cookie(&self, name: &str, value: &str, max_age: Option<u64>) -> HeaderValue {
        let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
        if self.secure {
            c.push_str("; Secure");
        }
        if let Some(age) = max_age {
            c.push_str(&format!("; Max-Age={age}"));
        }
        HeaderValue::from_str(&c).unwrap_or_else(|_| HeaderValue::from_static("invalid=1"))
    }
}

/// The console's routes (state included), to merge into a listener's router.
pub(crate) fn routes(gw: Arc<Gateway>) -> Router {
    let dep = gw.deployment();
    let origin = dep.console_public_origin.clone();
    // Behind a proxy that terminates TLS, the public origin says what browsers see.
    let secure = match &origin {
        Some(o) => o.starts_with("https://"),
        None => dep.tls.is_some(),
    };
    let console = Arc::new(Console {
        gw,
        sessions: Sessions::default(),
        secure,
        origin,
    });
    Router::new()
        .route(
            "/console",
            get(|| async { see_other("/console/approvals") }),
        )
        .route("/console/login", get(login_page).post(login))
        .route("/console/logout", post(logout))
        .route("/console/oidc/start", get(oidc_start))
        .route("/console/oidc/callback", get(oidc_callback))
        .route("/console/approvals", get(approvals))
        .route("/console/approvals/{id}", get(approval))
        .route("/console/approvals/{id}/decide", post(decide))
        .route("/console/agents", get(agents))
        .route("/console/agents/{id}", get(agent))
        .route("/console/agents/{id}/halt", post(halt))
        .route("/console/agents/{id}/resume", post(resume))
        .route("/console/tokens/{id}/revoke", post(revoke_token))
        .route("/console/audit", get(audit))
        .route("/console/audit/verify", post(verify))
        .route("/console/audit/{seq}", get(record))
        .route("/console/tools", get(tools))
        .route("/console/tools/{name}", get(tool))
        .route("/console/tools/{name}/approve", post(approve_tool))
        .route("/console/secrets", get(secrets))
        .route("/console/sessions", get(sessions_page))
        .route("/console/sessions/end", post(end_sessions))
        .route("/console/costs", get(costs))
        .route("/console/alerts", get(monitoring::alerts))
        .route("/console/alerts/{id}", get(monitoring::alert))
        .route(
            "/console/alerts/{id}/acknowledge",
            post(monitoring::acknowledge),
        )
        .route("/console/alerts/{id}/resolve", post(monitoring::resolve))
        .route(
            "/console/compliance",
            get(monitoring::compliance).post(monitoring::make_report),
        )
        .route("/console/incidents", get(monitoring::incidents))
        .route("/console/incidents/{id}", get(monitoring::incident))
        .route("/console/incidents/{id}/close", post(monitoring::close))
        .route("/console/static/{file}", get(asset))
        .route("/v1/slack/interactions", post(slack_interaction))
        .layer(middleware::from_fn(hardened))
        .with_state(console)
}

/// Every console answer: the CSP and its companions, never cached.
async fn hardened(req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    resp
}

fn see_other(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

fn html(status: StatusCode, rendered: Result<String, askama::Error>) -> Response {
    match rendered {
        Ok(body) => {
            let mut r = (status, body).into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            r
        }
        Err(e) => {
            tracing::error!(error = %e, "console template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

/// A refusal as a page (the problem's code and message; never internals).
fn problem(chrome: Option<Chrome>, r: &Refusal, back: &str) -> Response {
    let status = StatusCode::from_u16(r.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let heading = match r.code {
        ErrorCode::NotFound => "Not found",
        ErrorCode::Forbidden => "Not allowed",
        ErrorCode::Unauthenticated => "Sign in first",
        _ if status.is_server_error() => "Something went wrong",
        _ => "That did not work",
    };
    html(
        status,
        ErrorPage {
            title: heading.to_owned(),
            chrome,
            flash: None,
            heading: heading.to_owned(),
            message: r.message.clone(),
            code: r.code.as_str().to_owned(),
            back: back.to_owned(),
        }
        .render(),
    )
}

fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A signed-in operator and their session.
struct Signed {
    op: Operator,
    csrf: String,
    cookie: String,
    caller: Caller,
}

impl Signed {
    fn chrome(&self, nav: &'static str) -> Option<Chrome> {
        Some(Chrome {
            operator: self.op.name().to_owned(),
            admin: self.op.admin(),
            csrf: self.csrf.clone(),
            nav,
        })
    }
}

/// The signed-in operator of a request, or where to send the browser (the sign-in page).
async fn signed_in(c: &Console, headers: &HeaderMap, peer: &Peer) -> Result<Signed, Response> {
    let caller = peer.caller("console");
    let Some(value) = cookie(headers, c.session_cookie()) else {
        return Err(see_other("/console/login"));
    };
    let session = match c.sessions.find(value) {
        Found::Live(s) => s,
        Found::Expired(s) => {
            let op = match s.vouched {
                Some(op) => Some(op),
                None => c.gw.console_operator(&s.token_id).ok().flatten(),
            };
            if let Some(op) = op {
                // The record of an ended session is best effort: the sign-in page follows.
                let _ =
                    c.gw.console_sign_out(&op, &caller, "the session expired")
                        .await;
            }
            return Err(see_other("/console/login?expired=1"));
        }
        Found::None => {
            // A cookie nobody issued (or from before a restart) counts as a failed sign-in.
            c.gw.console_unauthenticated(&caller);
            return Err(see_other("/console/login"));
        }
    };
    if let Some(op) = session.vouched {
        return Ok(Signed {
            op,
            csrf: session.csrf,
            cookie: value.to_owned(),
            caller,
        });
    }
    match c.gw.console_operator(&session.token_id) {
        Ok(Some(op)) => Ok(Signed {
            op,
            csrf: session.csrf,
            cookie: value.to_owned(),
            caller,
        }),
        Ok(None) => {
            c.sessions.close_token(&session.token_id);
            Err(see_other("/console/login?revoked=1"))
        }
        Err(r) => Err(problem(None, &r, "/console/login")),
    }
}

/// The origin a browser names for this console, from the request's `Host`.
fn same_origin(c: &Console, headers: &HeaderMap) -> bool {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    if let Some(origin) = headers.get(header::ORIGIN) {
        let Ok(o) = origin.to_str() else {
            return false;
        };
        if let Some(public) = &c.origin {
            return o == public;
        }
        let scheme = if c.secure { "https" } else { "http" };
        return host.is_some_and(|h| o == format!("{scheme}://{h}"));
    }
    // Browsers that send no Origin still say where a request came from.
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => site == "same-origin" || site == "none",
        None => true,
    }
}

/// The fields of a form post (`application/x-www-form-urlencoded`); the first of a repeated
/// field counts.
struct Form(HashMap<String, String>);

impl Form {
    fn parse(headers: &HeaderMap, body: Result<Bytes, BytesRejection>) -> Result<Self, Refusal> {
        let urlencoded = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
        if !urlencoded {
            return Err(Refusal::new(
                ErrorCode::BadRequest,
                "the console accepts only form posts (application/x-www-form-urlencoded)",
            ));
        }
        let bytes =
            body.map_err(|_| Refusal::new(ErrorCode::BadRequest, "the form could not be read"))?;
        let mut fields = HashMap::new();
        for (k, v) in url::form_urlencoded::parse(&bytes) {
            if k.len() > 64 || v.len() > MAX_FIELD {
                return Err(Refusal::new(
                    ErrorCode::BadRequest,
                    format!(
                        "form field `{}` is too long",
                        k.chars().take(64).collect::<String>()
                    ),
                ));
            }
            fields
                .entry(k.into_owned())
                .or_insert_with(|| v.into_owned());
        }
        Ok(Form(fields))
    }

    fn get(&self, k: &str) -> Option<&str> {
        self.0.get(k).map(String::as_str)
    }

    /// A field, trimmed; `None` when absent or blank.
    fn text(&self, k: &str) -> Option<String> {
        self.get(k)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    }
}

/// A state change by a signed-in operator: the session, its form, and the CSRF and origin
/// checks passed (a failure is refused and recorded).
async fn posted(
    c: &Console,
    headers: &HeaderMap,
    peer: &Peer,
    body: Result<Bytes, BytesRejection>,
) -> Result<(Signed, Form), Response> {
    let s = signed_in(c, headers, peer).await?;
    let form = Form::parse(headers, body).map_err(|r| problem(s.chrome(""), &r, "/console"))?;
    let token_ok = form.get("csrf").is_some_and(|t| same_secret(t, &s.csrf));
    if !token_ok || !same_origin(c, headers) {
        let r = Refusal::new(
            ErrorCode::Forbidden,
            "the form did not carry this session's CSRF token or came from another site; nothing was changed",
        );
        let r = c.gw.console_refused(&s.op, &s.caller, r).await;
        return Err(problem(s.chrome(""), &r, "/console"));
    }
    Ok((s, form))
}

/// The signed-in operator as an administrator, or the refusal page (recorded).
async fn as_admin(c: &Console, s: &Signed) -> Result<Admin, Response> {
    c.gw.console_admin(&s.op, &s.caller)
        .await
        .map_err(|r| problem(s.chrome(""), &r, "/console/approvals"))
}

/// A signed-in administrator, or where to send the browser / the refusal page (recorded).
async fn signed_admin(
    c: &Console,
    headers: &HeaderMap,
    peer: &Peer,
) -> Result<(Signed, Admin), Response> {
    let s = signed_in(c, headers, peer).await?;
    let admin = as_admin(c, &s).await?;
    Ok((s, admin))
}

/// [`posted`] by an administrator.
async fn posted_admin(
    c: &Console,
    headers: &HeaderMap,
    peer: &Peer,
    body: Result<Bytes, BytesRejection>,
) -> Result<(Signed, Form, Admin), Response> {
    let (s, form) = posted(c, headers, peer, body).await?;
    let admin = as_admin(c, &s).await?;
    Ok((s, form, admin))
}

// ---------------------------------------------------------------------------------------
// Sign-in and sign-out

#[derive(Deserialize, Default)]
struct LoginQuery {
    expired: Option<String>,
    revoked: Option<String>,
}

async fn login_page(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    query: Result<Query<LoginQuery>, QueryRejection>,
) -> Response {
    if let Some(v) = cookie(&headers, c.session_cookie())
        && matches!(c.sessions.find(v), Found::Live(_))
    {
        return see_other("/console/approvals");
    }
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let error = if q.expired.is_some() {
        Some("Your session expired; sign in again.".to_owned())
    } else if q.revoked.is_some() {
        Some("The token of your session was revoked or expired; sign in again.".to_owned())
    } else {
        None
    };
    login_form(&c, StatusCode::OK, error)
}

fn login_form(c: &Console, status: StatusCode, error: Option<String>) -> Response {
    let Some(login_csrf) = session::random_token() else {
        return problem(None, &Refusal::internal(), "/console/login");
    };
    let mut r = html(
        status,
        LoginPage {
            title: "Sign in".into(),
            chrome: None,
            flash: None,
            error,
            login_csrf: login_csrf.clone(),
            sso: c.gw.oidc_enabled(),
        }
        .render(),
    );
    r.headers_mut().append(
        header::SET_COOKIE,
        c.set_cookie(c.login_cookie(), &login_csrf, Some(900)),
    );
    r
}

async fn login(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let caller = peer.caller("console");
    let form = match Form::parse(&headers, body) {
        Ok(f) => f,
        Err(r) => return problem(None, &r, "/console/login"),
    };
    // Login CSRF: the form's token must match the cookie set with the form, and the post come
    // from this origin (no other site can sign a browser in as someone else).
    let fresh = match (cookie(&headers, c.login_cookie()), form.get("login_csrf")) {
        (Some(a), Some(b)) => same_secret(a, b),
        _ => false,
    };
    if !fresh || !same_origin(&c, &headers) {
        return login_form(
            &c,
            StatusCode::FORBIDDEN,
            Some("The sign-in form expired or came from another site; try again.".into()),
        );
    }
    let Some(token) = form.text("token") else {
        return login_form(
            &c,
            StatusCode::BAD_REQUEST,
            Some("Enter an operator token.".into()),
        );
    };
    let op = match c.gw.console_sign_in(&token, &caller).await {
        Ok(op) => op,
        Err(r) if r.code == ErrorCode::Forbidden => {
            return login_form(
                &c,
                StatusCode::FORBIDDEN,
                Some("Agent tokens cannot sign in to the console.".into()),
            );
        }
        Err(r) if r.code == ErrorCode::Unauthenticated => {
            return login_form(
                &c,
                StatusCode::UNAUTHORIZED,
                Some("That token was not accepted (unknown, expired or revoked).".into()),
            );
        }
        Err(r) => return problem(None, &r, "/console/login"),
    };
    let Some((value, _)) = c.sessions.open(op.name(), op.token_id(), None) else {
        return problem(None, &Refusal::internal(), "/console/login");
    };
    let mut r = see_other("/console/approvals");
    let h = r.headers_mut();
    h.append(
        header::SET_COOKIE,
        c.set_cookie(
            c.session_cookie(),
            &value,
            Some(session::ABSOLUTE.as_secs()),
        ),
    );
    h.append(
        header::SET_COOKIE,
        c.set_cookie(c.login_cookie(), "", Some(0)),
    );
    r
}

/// The cookie that binds a single sign-on to the browser that started it. `SameSite=Lax`: the
/// provider's redirect back is a cross-site navigation, on which a `Strict` cookie is not sent.
/// Under TLS it is `__Secure-` prefixed, so no plain-HTTP answer or sibling site can plant it.
fn oidc_cookie(c: &Console) -> &'static str {
    if c.secure {
        "__Secure-warden-oidc"
    } else {
        "warden-oidc"
    }
}

/// `GET /console/oidc/start`: off to the identity provider.
async fn oidc_start(State(c): State<Arc<Console>>, peer: Peer) -> Response {
    match c.gw.oidc_start(&peer.caller("console")).await {
        Ok(start) => {
            let mut r = see_other(&start.redirect);
            let mut cookie = format!(
                "{}={}; Path=/console/oidc; HttpOnly; SameSite=Lax; Max-Age={}",
                oidc_cookie(&c),
                start.state,
                warden_pipeline::oidc_pending_ttl().as_secs()
            );
            if c.secure {
                cookie.push_str("; Secure");
            }
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                r.headers_mut().append(header::SET_COOKIE, v);
            }
            r
        }
        Err(r) => login_form(&c, StatusCode::BAD_GATEWAY, Some(r.message)),
    }
}

#[derive(Deserialize, Default)]
struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /console/oidc/callback`: back from the identity provider.
async fn oidc_callback(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<CallbackQuery>, QueryRejection>,
) -> Response {
    let caller = peer.caller("console");
    let q = query.map(|Query(q)| q).unwrap_or_default();
    if q.error.is_some() {
        c.gw.console_unauthenticated(&caller);
        return login_form(
            &c,
            StatusCode::UNAUTHORIZED,
            Some("The identity provider did not sign you in.".into()),
        );
    }
    let (Some(code), Some(state)) = (q.code, q.state) else {
        return login_form(
            &c,
            StatusCode::BAD_REQUEST,
            Some("The identity provider's answer is incomplete; start again.".into()),
        );
    };
    let bound = cookie(&headers, oidc_cookie(&c));
    let op = match c.gw.oidc_finish(&code, &state, bound, &caller).await {
        Ok(op) => op,
        Err(r) => {
            let status = StatusCode::from_u16(r.status).unwrap_or(StatusCode::UNAUTHORIZED);
            return login_form(&c, status, Some(r.message));
        }
    };
    let (name, token_id) = (op.name().to_owned(), op.token_id().to_owned());
    let Some((value, _)) = c.sessions.open(&name, &token_id, Some(op)) else {
        return problem(None, &Refusal::internal(), "/console/login");
    };
    // Not a redirect: this answer ends a navigation the provider's site started, and a
    // `SameSite=Strict` cookie is not sent on a redirect within it. A page of our own that moves
    // on by itself starts a same-site navigation, which carries the new session.
    let mut r = html(
        StatusCode::OK,
        SignedInPage {
            title: "Signed in".into(),
            chrome: None,
            flash: None,
        }
        .render(),
    );
    let h = r.headers_mut();
    h.insert(
        "refresh",
        HeaderValue::from_static("0; url=/console/approvals"),
    );
    h.append(
        header::SET_COOKIE,
        c.set_cookie(
            c.session_cookie(),
            &value,
            Some(session::ABSOLUTE.as_secs()),
        ),
    );
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{}=; Path=/console/oidc; HttpOnly; SameSite=Lax; Max-Age=0",
        oidc_cookie(&c)
    )) {
        h.append(header::SET_COOKIE, v);
    }
    r
}

async fn logout(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, _) = match posted(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    c.sessions.close(&s.cookie);
    if let Err(r) = c.gw.console_sign_out(&s.op, &s.caller, "signed out").await {
        return problem(None, &r, "/console/login");
    }
    let mut r = see_other("/console/login");
    r.headers_mut().append(
        header::SET_COOKIE,
        c.set_cookie(c.session_cookie(), "", Some(0)),
    );
    r
}

// ---------------------------------------------------------------------------------------
// Approvals

#[derive(Deserialize, Default)]
struct ApprovalsQuery {
    state: Option<String>,
}

async fn approvals(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<ApprovalsQuery>, QueryRejection>,
) -> Response {
    let s = match signed_in(&c, &headers, &peer).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let decided = query
        .map(|Query(q)| q.state.as_deref() == Some("decided"))
        .unwrap_or(false);
    let (state, limit) = if decided {
        (None, 200)
    } else {
        (Some("pending"), warden_pipeline::MAX_PAGE)
    };
    // Every pending approval (page by page, newest first), so that the most urgent — the
    // oldest — are there however many wait; the most recent 200 decided ones.
    let mut page: Vec<Approval> = Vec::new();
    let mut before: Option<String> = None;
    for _ in 0..MAX_INBOX_PAGES {
        let got = match c
            .gw
            .list_approvals(&s.op, state, before.clone(), limit)
            .await
        {
            Ok(p) => p,
            Err(r) => return problem(s.chrome("approvals"), &r, "/console/approvals"),
        };
        let full = got.len() as u64 == limit;
        before = got.last().map(|a| a.action.id.clone());
        page.extend(got);
        if decided || !full {
            break;
        }
    }
    let now = Timestamp::now();
    let mut mine: Vec<Approval> = page
        .into_iter()
        .filter(|a| c.gw.decides(&s.op, a))
        .filter(|a| decided != (a.state == ApprovalState::Pending))
        .collect();
    if !decided {
        // Most urgent first; of those expiring together, the newest.
        mine.sort_by(|a, b| {
            a.expires_at
                .cmp(&b.expires_at)
                .then(b.created_at.cmp(&a.created_at))
        });
    }
    let rows = mine.iter().map(|a| ApprovalRow::of(a, now)).collect();
    html(
        StatusCode::OK,
        ApprovalsPage {
            title: "Approvals".into(),
            chrome: s.chrome("approvals"),
            flash: None,
            decided,
            groups: c.gw.groups_of(&s.op).join(", "),
            rows,
        }
        .render(),
    )
}

#[derive(Deserialize, Default)]
struct FlashQuery {
    done: Option<String>,
}

async fn approval(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    query: Result<Query<FlashQuery>, QueryRejection>,
) -> Response {
    let s = match signed_in(&c, &headers, &peer).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let not_found = || {
        problem(
            s.chrome("approvals"),
            &Refusal::new(ErrorCode::NotFound, format!("no approval `{id}` for you")),
            "/console/approvals",
        )
    };
    let a = match c.gw.get_approval(&s.op, &id).await {
        Ok(a) => a,
        Err(r) if r.code == ErrorCode::NotFound => return not_found(),
        Err(r) => return problem(s.chrome("approvals"), &r, "/console/approvals"),
    };
    // To an operator who does not decide it, an approval does not exist.
    if !c.gw.decides(&s.op, &a) {
        return not_found();
    }
    let records = match c.gw.action_records(&s.op, &a).await {
        Ok(r) => r,
        Err(r) => return problem(s.chrome("approvals"), &r, "/console/approvals"),
    };
    let recent = match c.gw.recent_decisions(&a.action.agent, 10).await {
        Ok(r) => r,
        Err(r) => return problem(s.chrome("approvals"), &r, "/console/approvals"),
    };
    let token = match a.token.as_deref().map(|t| c.gw.token_view(t)).transpose() {
        Ok(t) => t.flatten(),
        Err(r) => return problem(s.chrome("approvals"), &r, "/console/approvals"),
    };
    let flash = query
        .ok()
        .and_then(|Query(q)| q.done)
        .map(|d| match d.as_str() {
            "approve" => "Your approval was recorded.".to_owned(),
            "deny" => "Your denial was recorded.".to_owned(),
            _ => "Recorded.".to_owned(),
        });
    let view = ApprovalView::of(&a, &s.op, &records, token.as_ref(), Timestamp::now());
    html(
        StatusCode::OK,
        ApprovalPage {
            title: format!("{} by {}", a.action.tool, a.action.agent),
            chrome: s.chrome("approvals"),
            flash,
            csrf: s.csrf.clone(),
            a: view,
            records: records.iter().map(RecordRow::of).collect(),
            recent: recent.iter().map(RecordRow::of).collect(),
        }
        .render(),
    )
}

async fn decide(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, form) = match posted(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let back = format!("/console/approvals/{}", seg(&id));
    let approve = match form.get("decision") {
        Some("approve") => true,
        Some("deny") => false,
        _ => {
            let r = Refusal::new(ErrorCode::BadRequest, "choose approve or deny");
            return problem(s.chrome("approvals"), &r, &back);
        }
    };
    // Deciding needs membership; an outsider learns nothing about the approval.
    match c.gw.get_approval(&s.op, &id).await {
        Ok(a) if c.gw.decides(&s.op, &a) => {}
        Ok(_) | Err(_) => {
            let r = Refusal::new(ErrorCode::NotFound, format!("no approval `{id}` for you"));
            return problem(s.chrome("approvals"), &r, "/console/approvals");
        }
    }
    match c
        .gw
        .decide_approval(&s.op, &s.caller, &id, approve, form.text("comment"))
        .await
    {
        Ok(_) => see_other(&format!(
            "{back}?done={}",
            if approve { "approve" } else { "deny" }
        )),
        Err(r) => problem(s.chrome("approvals"), &r, &back),
    }
}

// ---------------------------------------------------------------------------------------
// Agents

async fn agents(State(c): State<Arc<Console>>, headers: HeaderMap, peer: Peer) -> Response {
    let s = match signed_in(&c, &headers, &peer).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let mut rows: Vec<AgentRow> = c.gw.agents(&s.op).iter().map(AgentRow::of).collect();
    rows.sort_by(|a, b| a.id.cmp(&b.id));
    html(
        StatusCode::OK,
        AgentsPage {
            title: "Agents".into(),
            chrome: s.chrome("agents"),
            flash: None,
            admin: s.op.admin(),
            csrf: s.csrf.clone(),
            rows,
        }
        .render(),
    )
}

async fn agent(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
) -> Response {
    let (s, admin) = match signed_admin(&c, &headers, &peer).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let back = "/console/agents";
    let Some(view) = c.gw.agents(&s.op).into_iter().find(|a| a.id == id) else {
        let r = Refusal::new(
            ErrorCode::NotFound,
            format!("no agent `{id}` is configured"),
        );
        return problem(s.chrome("agents"), &r, back);
    };
    let now = Timestamp::now();
    let recent =
        c.gw.query_audit(
            &admin,
            // The agent's newest records (by its index), then the last hour of them.
            AuditFilter {
                agent: Some(id.clone()),
                limit: Some(200),
                ..AuditFilter::default()
            },
        )
        .await;
    let tokens = c.gw.list_tokens(&admin, Some(&id));
    let runs = c.gw.list_runs(&admin, &id, 1).await;
    // This calendar month (UTC), as the budgets count.
    let today = now.to_rfc3339().get(..10).unwrap_or_default().to_owned();
    let month_start = today
        .get(..7)
        .and_then(|m| parse_rfc3339(&format!("{m}-01T00:00:00Z")));
    let spend =
        c.gw.costs(&admin, month_start, None, Some(id.clone()))
            .await;
    let (recent, tokens, runs, spend) = match (recent, tokens, runs, spend) {
        (Ok(a), Ok(b), Ok(c), Ok(d)) => (a, b, c, d),
        (Err(r), ..) | (_, Err(r), ..) | (_, _, Err(r), _) | (.., Err(r)) => {
            return problem(s.chrome("agents"), &r, back);
        }
    };
    let row = AgentRow::of(&view);
    html(
        StatusCode::OK,
        AgentPage {
            title: id.clone(),
            chrome: s.chrome("agents"),
            flash: None,
            csrf: s.csrf.clone(),
            id: id.clone(),
            status: row.status,
            halt: row.halt,
            owner: row.owner,
            purpose: row.purpose,
            run: runs.0,
            spend: spend_summary(&spend, &today, c.gw.agent_budget(&id).as_ref()),
            tokens: tokens.iter().map(|t| TokenRow::of(t, now)).collect(),
            recent: recent
                .iter()
                .rev()
                .filter(|r| parse_rfc3339(&r.ts).is_some_and(|t| t >= now.plus_seconds(-3600)))
                .map(RecordRow::of)
                .collect(),
        }
        .render(),
    )
}

async fn halt(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, form, admin) = match posted_admin(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let reason = form.text("reason").unwrap_or_default();
    match c.gw.halt(&admin, &id, &reason).await {
        Ok(_) => see_other("/console/agents"),
        Err(r) => problem(s.chrome("agents"), &r, "/console/agents"),
    }
}

async fn resume(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, _, admin) = match posted_admin(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    match c.gw.resume(&admin, &id).await {
        Ok(()) => see_other("/console/agents"),
        Err(r) => problem(s.chrome("agents"), &r, "/console/agents"),
    }
}

async fn revoke_token(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, form, admin) = match posted_admin(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let back = form.text("agent").map_or_else(
        || "/console/agents".to_owned(),
        |a| format!("/console/agents/{}", seg(&a)),
    );
    match c.gw.revoke_token(&admin, &id).await {
        Ok(_) => {
            c.sessions.close_token(&id);
            see_other(&back)
        }
        Err(r) => problem(s.chrome("agents"), &r, &back),
    }
}

// ---------------------------------------------------------------------------------------
// The audit log

#[derive(Deserialize, Default)]
#[serde(default)]
struct AuditQuery {
    agent: String,
    tool: String,
    outcome: String,
    event: String,
    session: String,
    action: String,
    since: String,
    until: String,
    before: Option<u64>,
}

/// The newest records shown at once.
const AUDIT_PAGE: u64 = 100;

fn audit_filter(q: &AuditQuery) -> Result<AuditFilter, Refusal> {
    let some = |v: &str| (!v.trim().is_empty()).then(|| v.trim().to_owned());
    let time = |name: &str, v: &str| -> Result<Option<Timestamp>, Refusal> {
        some(v)
            .map(|s| {
                parse_rfc3339(&s).ok_or_else(|| {
                    Refusal::new(
                        ErrorCode::BadRequest,
                        format!("`{name}` must be a UTC time such as 2026-11-21T08:00:00Z"),
                    )
                })
            })
            .transpose()
    };
    let fields = [
        &q.agent, &q.tool, &q.outcome, &q.event, &q.session, &q.action,
    ];
    if fields.iter().any(|f| f.len() > 256) {
        return Err(Refusal::new(
            ErrorCode::BadRequest,
            "a filter is longer than 256 bytes",
        ));
    }
    Ok(AuditFilter {
        agent: some(&q.agent),
        tool: some(&q.tool),
        outcome: some(&q.outcome),
        event: some(&q.event),
        action_id: some(&q.action),
        session: some(&q.session),
        since: time("since", &q.since)?,
        until: time("until", &q.until)?,
        until_seq: q.before.map(|b| b.saturating_sub(1)),
        limit: Some(AUDIT_PAGE),
        ..AuditFilter::default()
    })
}

async fn audit(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<AuditQuery>, QueryRejection>,
) -> Response {
    let (s, admin) = match signed_admin(&c, &headers, &peer).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let Ok(Query(q)) = query else {
        let r = Refusal::new(ErrorCode::BadRequest, "malformed filter");
        return problem(s.chrome("audit"), &r, "/console/audit");
    };
    audit_page(&c, &s, &admin, &q, None).await
}

async fn audit_page(
    c: &Console,
    s: &Signed,
    admin: &Admin,
    q: &AuditQuery,
    verify: Option<VerifyView>,
) -> Response {
    let filter = match audit_filter(q) {
        Ok(f) => f,
        Err(r) => return problem(s.chrome("audit"), &r, "/console/audit"),
    };
    let records = match c.gw.query_audit(admin, filter).await {
        Ok(r) => r,
        Err(r) => return problem(s.chrome("audit"), &r, "/console/audit"),
    };
    let checkpoint = match c.gw.checkpoints(admin).await {
        Ok(v) => checkpoint_summary(&v, &c.gw.witness_status()),
        Err(r) => return problem(s.chrome("audit"), &r, "/console/audit"),
    };
    let older = (records.len() as u64 == AUDIT_PAGE)
        .then(|| records.first().map(|r| older_href(q, r.seq)))
        .flatten();
    html(
        StatusCode::OK,
        AuditPage {
            title: "Audit log".into(),
            chrome: s.chrome("audit"),
            flash: None,
            csrf: s.csrf.clone(),
            verify,
            checkpoint,
            f: FilterView::of(q),
            outcomes: OUTCOMES.iter().map(|o| (*o).to_owned()).collect(),
            events: warden_types::EventKind::ALL
                .iter()
                .map(|e| e.as_str().to_owned())
                .collect(),
            rows: records.iter().rev().map(RecordRow::of).collect(),
            older,
        }
        .render(),
    )
}

async fn verify(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, _, admin) = match posted_admin(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let report = match c.gw.audit_integrity(&admin).await {
        Ok(r) => r,
        Err(r) => return problem(s.chrome("audit"), &r, "/console/audit"),
    };
    audit_page(
        &c,
        &s,
        &admin,
        &AuditQuery::default(),
        Some(VerifyView::of(&report)),
    )
    .await
}

async fn record(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(seq): Path<String>,
) -> Response {
    let (s, admin) = match signed_admin(&c, &headers, &peer).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let not_found = || {
        problem(
            s.chrome("audit"),
            &Refusal::new(ErrorCode::NotFound, format!("no record `{seq}`")),
            "/console/audit",
        )
    };
    let Ok(n) = seq.parse::<u64>() else {
        return not_found();
    };
    let found =
        c.gw.query_audit(
            &admin,
            AuditFilter {
                after_seq: Some(n.saturating_sub(1)),
                until_seq: Some(n),
                limit: Some(1),
                ..AuditFilter::default()
            },
        )
        .await;
    let r: AuditRecord = match found {
        Ok(mut v) if v.len() == 1 => match v.pop() {
            Some(r) => r,
            None => return not_found(),
        },
        Ok(_) => return not_found(),
        Err(r) => return problem(s.chrome("audit"), &r, "/console/audit"),
    };
    html(
        StatusCode::OK,
        RecordPage {
            title: format!("Record {n}"),
            chrome: s.chrome("audit"),
            flash: None,
            seq: n,
            event: r.event.event.as_str().to_owned(),
            body: serde_json::to_string_pretty(&r).unwrap_or_default(),
            action_href: r
                .event
                .action_id
                .as_deref()
                .map(|a| format!("/console/audit?action={}", seg(a))),
        }
        .render(),
    )
}

// ---------------------------------------------------------------------------------------
// Tools, secrets, costs

async fn tools(State(c): State<Arc<Console>>, headers: HeaderMap, peer: Peer) -> Response {
    let (s, admin) = match signed_admin(&c, &headers, &peer).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let pins = match c.gw.tool_pins(&admin).await {
        Ok(p) => p,
        Err(r) => return problem(s.chrome("tools"), &r, "/console/approvals"),
    };
    let rows = pins
        .iter()
        .map(|p| TableRow {
            href: Some(format!("/console/tools/{}", seg(&p.tool))),
            cells: vec![
                p.tool.clone(),
                p.status.clone(),
                p.note.clone(),
                short_hash(p.approved_hash.as_deref().unwrap_or("")),
                short_hash(&p.seen_hash),
                p.updated_at.to_rfc3339(),
            ],
            target: None,
        })
        .collect();
    let table = Table {
        caption: None,
        headers: ["Tool", "Status", "Note", "Approved", "Last seen", "Since"]
            .map(str::to_owned)
            .to_vec(),
        rows,
        empty: "No MCP tool definitions pinned yet.".into(),
        action: None,
    };
    html(
        StatusCode::OK,
        TablePage {
            title: "Tools".into(),
            chrome: s.chrome("tools"),
            flash: None,
            csrf: s.csrf.clone(),
            heading: "MCP tool definitions".into(),
            intro: Some("A definition that changed upstream, or reads like an injection, is disabled until approved here. `warden tools show` prints both definitions.".into()),
            tables: vec![table],
        }
        .render(),
    )
}

async fn tool(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(name): Path<String>,
) -> Response {
    let (s, admin) = match signed_admin(&c, &headers, &peer).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let pins = match c.gw.tool_pins(&admin).await {
        Ok(p) => p,
        Err(r) => return problem(s.chrome("tools"), &r, "/console/tools"),
    };
    let Some(p) = pins.into_iter().find(|p| p.tool == name) else {
        let r = Refusal::new(ErrorCode::NotFound, format!("no pinned tool `{name}`"));
        return problem(s.chrome("tools"), &r, "/console/tools");
    };
    let pretty = |v: &Value| serde_json::to_string_pretty(v).unwrap_or_default();
    html(
        StatusCode::OK,
        ToolPage {
            title: p.tool.clone(),
            chrome: s.chrome("tools"),
            flash: None,
            csrf: s.csrf.clone(),
            changed: changed_fields(p.approved.as_ref(), &p.seen),
            approved: p.approved.as_ref().map(pretty),
            seen: pretty(&p.seen),
            approve_href: (p.status != "approved")
                .then(|| format!("/console/tools/{}/approve", seg(&p.tool))),
            seen_hash: p.seen_hash.clone(),
            tool: p.tool,
            status: p.status,
            note: p.note,
            since: p.updated_at.to_rfc3339(),
        }
        .render(),
    )
}

async fn approve_tool(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    Path(name): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, form, admin) = match posted_admin(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let Some(reviewed) = form.text("seen_hash") else {
        let r = Refusal::new(ErrorCode::BadRequest, "approve a definition from its page");
        return problem(s.chrome("tools"), &r, "/console/tools");
    };
    match c
        .gw
        .approve_reviewed_tool(&admin, &name, &reviewed, form.text("comment"))
        .await
    {
        Ok(_) => see_other("/console/tools"),
        Err(r) => problem(s.chrome("tools"), &r, "/console/tools"),
    }
}

async fn secrets(State(c): State<Arc<Console>>, headers: HeaderMap, peer: Peer) -> Response {
    let (s, admin) = match signed_admin(&c, &headers, &peer).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let (listed, due) = match (c.gw.list_secrets(&admin), c.gw.secrets_due(&admin)) {
        (Ok(a), Ok(b)) => (a, b),
        // No vault configured: say so, it is not an error.
        (Err(r), _) | (_, Err(r)) if r.code == ErrorCode::Conflict => {
            let page = TablePage {
                title: "Secrets".into(),
                chrome: s.chrome("secrets"),
                flash: None,
                csrf: s.csrf.clone(),
                heading: "Secrets".into(),
                intro: Some(r.message),
                tables: Vec::new(),
            };
            return html(StatusCode::OK, page.render());
        }
        (Err(r), _) | (_, Err(r)) => {
            return problem(s.chrome("secrets"), &r, "/console/approvals");
        }
    };
    let listed: Vec<Value> = listed
        .iter()
        .filter_map(|v| serde_json::to_value(v).ok())
        .collect();
    html(
        StatusCode::OK,
        TablePage {
            title: "Secrets".into(),
            chrome: s.chrome("secrets"),
            flash: None,
            csrf: s.csrf.clone(),
            heading: "Secrets".into(),
            intro: Some("Metadata only: values never leave the vault.".into()),
            tables: vec![
                Table::from_json(Some("In the vault"), &listed, "The vault holds no secrets."),
                Table::from_json(Some("Rotation"), &due, "No rotations configured."),
            ],
        }
        .render(),
    )
}

/// `GET /console/sessions`: who is signed in to the console (this process), and how.
async fn sessions_page(State(c): State<Arc<Console>>, headers: HeaderMap, peer: Peer) -> Response {
    let (s, _) = match signed_admin(&c, &headers, &peer).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let mins = |d: std::time::Duration| format!("{} min", d.as_secs() / 60);
    let rows = c
        .sessions
        .list()
        .into_iter()
        .map(|(name, token, signed_in, idle)| TableRow {
            target: Some(format!("/console/sessions/end?operator={}", seg(&name))),
            href: None,
            cells: vec![
                name,
                if token.starts_with("oidc:") {
                    format!("single sign-on ({token})")
                } else {
                    format!("token {token}")
                },
                mins(signed_in),
                mins(idle),
            ],
        })
        .collect();
    html(
        StatusCode::OK,
        TablePage {
            title: "Sessions".into(),
            chrome: s.chrome("sessions"),
            flash: None,
            csrf: s.csrf.clone(),
            heading: "Console sessions".into(),
            intro: Some("Signed in to this process. Ending an operator's sessions signs them out everywhere here at once (recorded); a token session also ends when its token is revoked.".into()),
            tables: vec![Table {
                caption: None,
                headers: ["Operator", "Signed in with", "Since", "Idle"].map(str::to_owned).to_vec(),
                rows,
                empty: "Nobody is signed in.".into(),
                action: Some("End this operator's sessions".into()),
            }],
        }
        .render(),
    )
}

#[derive(Deserialize, Default)]
struct EndQuery {
    operator: Option<String>,
}

/// `POST /console/sessions/end?operator=NAME`: signs an operator out of every console session.
async fn end_sessions(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    query: Result<Query<EndQuery>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (s, _, admin) = match posted_admin(&c, &headers, &peer, body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let Some(name) = query.ok().and_then(|Query(q)| q.operator) else {
        let r = Refusal::new(ErrorCode::BadRequest, "name the operator");
        return problem(s.chrome("sessions"), &r, "/console/sessions");
    };
    let ended = c.sessions.close_operator(&name);
    if let Err(r) =
        c.gw.console_sessions_ended(&admin, &name, ended, &s.caller)
            .await
    {
        return problem(s.chrome("sessions"), &r, "/console/sessions");
    }
    see_other("/console/sessions")
}

async fn costs(State(c): State<Arc<Console>>, headers: HeaderMap, peer: Peer) -> Response {
    let (s, admin) = match signed_admin(&c, &headers, &peer).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let since = Timestamp::now().plus_seconds(-30 * 86_400);
    let rows = match c.gw.costs(&admin, Some(since), None, None).await {
        Ok(r) => r,
        Err(r) => return problem(s.chrome("costs"), &r, "/console/approvals"),
    };
    html(
        StatusCode::OK,
        TablePage {
            title: "Costs".into(),
            chrome: s.chrome("costs"),
            flash: None,
            csrf: s.csrf.clone(),
            heading: "LLM costs, last 30 days".into(),
            intro: None,
            tables: vec![Table::from_json(None, &rows, "No LLM calls in the period.")],
        }
        .render(),
    )
}

/// `POST /v1/slack/interactions`: the approve and deny buttons of a Slack notification (the
/// Slack app's "Request URL"). Slack's signature, freshness and the mapped operator's
/// membership are checked by the gateway; the answer is the message Slack shows the user.
async fn slack_interaction(
    State(c): State<Arc<Console>>,
    headers: HeaderMap,
    peer: Peer,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let Ok(bytes) = body else {
        let r = Refusal::new(ErrorCode::BadRequest, "the request body could not be read");
        return crate::Http::from(r).into_response();
    };
    let header = |n: &str| headers.get(n).and_then(|v| v.to_str().ok());
    let decided =
        c.gw.slack_decision(
            header("x-slack-request-timestamp"),
            header("x-slack-signature"),
            &bytes,
            &peer.caller("slack"),
        )
        .await;
    let text = match decided {
        Ok(a) => format!(
            "{} by {}: {}",
            a.action.tool,
            a.action.agent,
            a.state.as_str()
        ),
        // A second press after the decision: say so (Slack shows a non-200 as an error).
        Err(r) if r.code == ErrorCode::Conflict => r.message,
        Err(r) => return crate::Http::from(r).into_response(),
    };
    crate::ok(&serde_json::json!({
        "response_type": "ephemeral",
        "replace_original": false,
        "text": text,
    }))
    .into_response()
}

async fn asset(Path(file): Path<String>) -> Response {
    let (body, kind) = match file.as_str() {
        "console.css" => (CSS, "text/css; charset=utf-8"),
        "console.js" => (JS, "text/javascript; charset=utf-8"),
        _ => return (StatusCode::NOT_FOUND, "not found").into_response(),
    };
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    r
}

#[cfg(test)]
mod tests;
