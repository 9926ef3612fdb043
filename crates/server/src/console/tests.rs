use axum::http::HeaderMap;

use super::*;

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (k, v) in pairs {
        h.append(*k, HeaderValue::from_str(v).unwrap());
    }
    h
}

#[test]
fn cookies_are_found_by_exact_name() {
    let h = headers(&[("cookie", "a=1; warden-console=abc; warden-console-x=zzz")]);
    assert_eq!(cookie(&h, "warden-console"), Some("abc"));
    assert_eq!(cookie(&h, "warden-consol"), None);
    let h = headers(&[("cookie", "x=1"), ("cookie", "warden-login=q")]);
    assert_eq!(cookie(&h, "warden-login"), Some("q"));
}

#[test]
fn forms_need_their_content_type_and_bounded_fields() {
    let form = headers(&[("content-type", "application/x-www-form-urlencoded")]);
    let f = Form::parse(
        &form,
        Ok(Bytes::from("csrf=a%20b&csrf=second&comment=+hi+")),
    )
    .unwrap();
    assert_eq!(
        f.get("csrf"),
        Some("a b"),
        "the first of a repeated field counts"
    );
    assert_eq!(f.text("comment").as_deref(), Some("hi"));
    assert_eq!(f.text("absent"), None);
    let json = headers(&[("content-type", "application/json")]);
    assert!(Form::parse(&json, Ok(Bytes::from("{}"))).is_err());
    let long = format!("comment={}", "x".repeat(MAX_FIELD + 1));
    assert!(Form::parse(&form, Ok(Bytes::from(long))).is_err());
}

#[test]
fn fields_are_escaped_in_paths() {
    assert_eq!(seg("act_1"), "act%5F1");
    assert_eq!(seg("../x"), "%2E%2E%2Fx");
    assert_eq!(seg("a\"><script>"), "a%22%3E%3Cscript%3E");
}

#[test]
fn pages_escape_what_they_show() {
    let page = ErrorPage {
        title: "<t>".into(),
        chrome: None,
        flash: None,
        heading: "h".into(),
        message: "<script>alert(1)</script>".into(),
        code: "c".into(),
        back: "\" onmouseover=\"x".into(),
    }
    .render()
    .unwrap();
    assert!(!page.contains("<script>alert"));
    assert!(page.contains("&#60;script&#62;alert(1)"), "{page}");
    assert!(!page.contains("\" onmouseover"));
}
