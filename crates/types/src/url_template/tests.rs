use proptest::prelude::*;
use serde_json::json;

use super::*;

fn t(raw: &str) -> UrlTemplate {
    UrlTemplate::parse(raw).unwrap()
}

const ITEMS: &str = "https://api.example.com/api/{owner}/items/{id}?view={view}&fixed=1";

#[test]
fn fills_path_segments_and_query_values_with_unreserved_characters_kept() {
    let u = t(ITEMS).render(&json!({"owner": "ada_l-1.x~", "id": 42, "view": "a b/c"}));
    assert_eq!(
        u.unwrap(),
        "https://api.example.com/api/ada_l-1.x~/items/42?view=a%20b%2Fc&fixed=1"
    );
    // an absent (or null) query value leaves its pair out; a fixed pair stays
    let u = t(ITEMS).render(&json!({"owner": "o", "id": "i", "view": null}));
    assert_eq!(u.unwrap(), "https://api.example.com/api/o/items/i?fixed=1");
    assert_eq!(
        t("http://h/x/{id}/y?q={q}")
            .render(&json!({"id": "a/b c", "q": 5}))
            .unwrap(),
        "http://h/x/a%2Fb%20c/y?q=5"
    );
}

#[test]
fn no_value_moves_the_request_to_another_path() {
    let tpl = t(ITEMS);
    // Dot segments, encoded or not, separators of every kind, Unicode look-alikes: each stays
    // inside its own segment (or is refused), and the fixed prefix `/api/` never changes.
    for owner in [
        "..",
        ".",
        "",
        "%2E%2E",
        "%2e%2e",
        ".%2E",
        "../details",
        "..\\details",
        "..;/details",
        "a/../../details",
        "\u{FF0E}\u{FF0E}",
        "\u{2025}",
        "..\t",
        "\n..",
        "a?b=c",
        "a#frag",
        "@evil.example",
        "evil.example:80",
        "%00",
        "\u{0}",
        "a%2Fb",
        " ",
        "~",
    ] {
        match tpl.render(&json!({"owner": owner, "id": "7"})) {
            Ok(url) => {
                let parsed = url::Url::parse(&url).unwrap();
                assert_eq!(parsed.host_str(), Some("api.example.com"), "{owner:?}");
                let segs: Vec<&str> = parsed.path_segments().unwrap().collect();
                assert_eq!(segs.len(), 4, "{owner:?} -> {url}");
                assert_eq!(
                    (segs[0], segs[2], segs[3]),
                    ("api", "items", "7"),
                    "{owner:?}"
                );
                assert!(segs[1] != "." && segs[1] != "..", "{owner:?}");
                assert!(parsed.query().unwrap().ends_with("fixed=1"), "{owner:?}");
                assert!(parsed.fragment().is_none(), "{owner:?}");
            }
            Err(e) => {
                assert!(matches!(owner, ".." | "." | ""), "{owner:?} refused: {e}");
                assert_eq!(e.arg.as_deref(), Some("owner"));
            }
        }
    }
}

#[test]
fn a_segment_that_is_only_dots_is_refused_even_when_partly_fixed() {
    let tpl = t("http://h/a/{x}{y}/b");
    assert!(tpl.render(&json!({"x": ".", "y": "."})).is_err());
    assert!(tpl.render(&json!({"x": "", "y": ""})).is_err());
    assert_eq!(
        tpl.render(&json!({"x": ".", "y": "x"})).unwrap(),
        "http://h/a/.x/b"
    );
    // a literal part keeps a segment from being a dot segment
    assert_eq!(
        t("http://h/a/v{x}/b").render(&json!({"x": ".."})).unwrap(),
        "http://h/a/v../b"
    );
}

#[test]
fn the_values_an_attacker_would_send_never_leave_the_query_value() {
    let tpl = t("http://h/search?q={q}&limit=10");
    for q in [
        "a&limit=100000",
        "a=b",
        "#x",
        "a%26limit%3D1",
        "\u{FF06}limit=1",
    ] {
        let url = tpl.render(&json!({ "q": q })).unwrap();
        let parsed = url::Url::parse(&url).unwrap();
        let pairs: Vec<(String, String)> = parsed.query_pairs().into_owned().collect();
        assert_eq!(pairs.len(), 2, "{q:?}: {url}");
        assert_eq!(pairs[0], ("q".to_owned(), q.to_owned()), "{q:?}");
        assert_eq!(pairs[1], ("limit".to_owned(), "10".to_owned()));
    }
}

#[test]
fn placeholders_outside_path_and_query_values_are_refused_at_load() {
    for raw in [
        "http://{host}/x",
        "http://127.0.0.1:{port}/x",
        "http://api.{tenant}.example/x",
        "http://{user}@h/x",
        "http://u:{pw}@h/x",
        "{scheme}://h/x",
        "http://h/x?{key}=1",
        "http://h/x#{frag}",
        "http://h/x/{",
        "http://h/x/}",
        "http://h/x/{a b}",
        "http://h/x/{}",
        "ftp://h/x",
        "file:///etc/passwd",
        "http:///x",
    ] {
        assert!(UrlTemplate::parse(raw).is_err(), "{raw} was accepted");
    }
}

#[test]
fn values_of_the_wrong_kind_are_refused_without_the_value_in_the_message() {
    let tpl = t("http://h/x/{id}");
    let e = tpl
        .render(&json!({"id": {"SECRET-CANARY": 1}}))
        .unwrap_err();
    assert!(!e.message.contains("CANARY"));
    assert_eq!(e.arg.as_deref(), Some("id"));
    let e = tpl.render(&json!({})).unwrap_err();
    assert!(e.message.contains("needed"), "{e}");
    assert!(
        tpl.render(&json!({"id": "x".repeat(MAX_URL_BYTES)}))
            .is_err()
    );
    assert_eq!(tpl.render(&json!({"id": true})).unwrap(), "http://h/x/true");
}

proptest! {
    #[test]
    fn any_value_keeps_the_origin_and_the_segment_count(owner in any::<String>(), id in "\\PC{0,12}") {
        let tpl = t(ITEMS);
        if let Ok(url) = tpl.render(&json!({"owner": owner, "id": id, "view": owner})) {
            let parsed = url::Url::parse(&url).unwrap();
            prop_assert_eq!(parsed.host_str(), Some("api.example.com"));
            prop_assert_eq!(parsed.port_or_known_default(), Some(443));
            let segs: Vec<&str> = parsed.path_segments().unwrap().collect();
            prop_assert_eq!(segs.len(), 4);
            prop_assert_eq!(segs[0], "api");
            prop_assert_eq!(segs[2], "items");
            let pairs: Vec<(String, String)> = parsed.query_pairs().into_owned().collect();
            prop_assert_eq!(pairs.len(), 2);
            prop_assert_eq!(&pairs[0].1, &owner);
        }
    }
}
