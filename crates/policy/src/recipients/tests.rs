use serde_json::json;

use super::*;

fn internal() -> Internal {
    Internal {
        domains: ["groupany.example".to_owned()].into(),
        counterparties: [
            (
                "iban".to_owned(),
                [normalise("DE89 3704 0044 0532 0130 00").unwrap()].into(),
            ),
            ("chat".to_owned(), [normalise("#ops").unwrap()].into()),
        ]
        .into(),
        namespaces: Vec::new(),
    }
}

fn email(args: serde_json::Value) -> Option<bool> {
    let recipients: BTreeMap<String, String> = ["to", "cc", "bcc"]
        .iter()
        .map(|a| ((*a).to_owned(), EMAIL.to_owned()))
        .collect();
    any_external(&recipients, &args, &internal())
}

#[test]
fn plain_internal_addresses_are_internal() {
    for to in [
        "ada@groupany.example",
        "Ada@GroupAny.Example",
        "ada@groupany.example.",
        "  ada@groupany.example  ",
        "Ada Lovelace <ada@groupany.example>",
        "\"Lovelace, Ada\" <ada@groupany.example>",
        "ada@groupany.example, grace@groupany.example",
        "ada@groupany.example; grace@groupany.example",
        "first.last+tag@groupany.example",
    ] {
        assert_eq!(email(json!({ "to": to })), Some(false), "{to:?}");
    }
    assert_eq!(
        email(json!({"to": ["ada@groupany.example", {"email": "b@groupany.example"}]})),
        Some(false)
    );
}

#[test]
fn anything_not_clearly_internal_is_external() {
    // What the review sent, and the variants an attacker tries next.
    for to in [
        "evil@exfil.example, x@groupany.example",
        "x@groupany.example, evil@exfil.example",
        "x@groupany.example;evil@exfil.example",
        "\"x@groupany.example\" <evil@exfil.example>",
        "x@groupany.example <evil@exfil.example>",
        "evil@exfil.example <x@groupany.example>",
        "evil%exfil.example@groupany.example",
        "exfil.example!evil@groupany.example",
        "<@groupany.example:evil@exfil.example>",
        "\"evil@exfil.example\"@groupany.example",
        "evil@exfil.example@groupany.example",
        "x@groupany.example (evil@exfil.example)",
        "undisclosed:evil@exfil.example;",
        "x@[10.0.0.1]",
        "x@groupany.example.exfil.example",
        "x@sub.groupany.example",
        "x@groupany.examp1e",
        "x@gr\u{043E}upany.example",
        "x@groupany.example\u{200B}",
        "x\u{200B}@groupany.example",
        "x@groupany.example\n, evil@exfil.example",
        "x\u{FF20}groupany.example",
        "x@groupany\u{FF0E}example",
        "x@xn--groupany-example",
        "\"unclosed <x@groupany.example>",
        "x@groupany.example>",
        "<<x@groupany.example>>",
        "groupany.example",
        "@groupany.example",
        "x@",
        "x y@groupany.example",
    ] {
        assert_eq!(email(json!({ "to": to })), Some(true), "{to:?}");
    }
    // a bcc next to an internal `to`, in any shape
    for bcc in [
        json!("evil@exfil.example"),
        json!(["evil@exfil.example"]),
        json!([{"email": "evil@exfil.example"}]),
        json!([{"name": "Evil"}]),
        json!({"address": "evil@exfil.example"}),
        json!(42),
        json!(true),
        json!([[[[[[[[[["x@groupany.example"]]]]]]]]]]),
    ] {
        assert_eq!(
            email(json!({"to": "ada@groupany.example", "bcc": bcc})),
            Some(true),
            "{bcc}"
        );
    }
    // an object item whose address field hides an external one among internal ones
    assert_eq!(
        email(json!({"to": [{"email": "a@groupany.example", "Email": "evil@exfil.example"}]})),
        Some(true)
    );
}

#[test]
fn no_recipient_leaves_the_decision_to_the_tool() {
    assert_eq!(email(json!({})), None);
    assert_eq!(email(json!({"to": null, "cc": []})), None);
    assert_eq!(email(json!({"to": "", "cc": " , ;"})), None);
}

#[test]
fn other_channels_compare_listed_counterparties_without_spaces_and_case() {
    let recipients: BTreeMap<String, String> = [
        ("iban".to_owned(), "iban".to_owned()),
        ("channel".to_owned(), "chat".to_owned()),
    ]
    .into();
    let i = internal();
    let ext = |v: serde_json::Value| any_external(&recipients, &v, &i);
    assert_eq!(ext(json!({"iban": "DE89370400440532013000"})), Some(false));
    assert_eq!(
        ext(json!({"iban": "de89 3704 0044 0532 0130 00"})),
        Some(false)
    );
    assert_eq!(ext(json!({"channel": "#OPS"})), Some(false));
    for v in [
        json!({"iban": "DE89370400440532013001"}),
        json!({"iban": "DE89370400440532013000\u{200B}"}),
        json!({"iban": ["DE89370400440532013000", "GB29NWBK60161331926819"]}),
        json!({"iban": {"iban": "DE89370400440532013000"}}),
        json!({"iban": 8937040044053201300_u64}),
        json!({"channel": "#ops-external"}),
        json!({"channel": "#ops", "iban": "FR7630006000011234567890189"}),
    ] {
        assert_eq!(ext(v.clone()), Some(true), "{v}");
    }
    // a channel with nothing listed: every value is external
    let chat_only: BTreeMap<String, String> = [("to".to_owned(), "sms".to_owned())].into();
    assert_eq!(
        any_external(&chat_only, &json!({"to": "+4930123"}), &i),
        Some(true)
    );
}

#[test]
fn normalise_refuses_invisible_characters() {
    assert_eq!(normalise("A B\u{A0}c").as_deref(), Some("abc"));
    assert_eq!(normalise("a\tb"), None);
    assert_eq!(normalise("a\u{200D}b"), None);
    assert_eq!(normalise("   "), None);
}

#[test]
fn a_namespace_counterparty_covers_one_name_under_it_and_nothing_else() {
    use super::is_counterparty;
    let set: std::collections::BTreeSet<String> =
        ["groupany/*".to_owned(), "#ops".to_owned()].into();
    for v in [
        "groupany/webshop",
        "groupany/docs-site",
        "groupany/infra_terraform.v2",
        "#ops",
    ] {
        assert!(is_counterparty(&set, v), "{v}");
    }
    for v in [
        "groupany/",
        "groupany/.",
        "groupany/..",
        "groupany/web/../../evil",
        "groupany/web shop",
        "groupany/webshop#1",
        "gr0upany/webshop",
        "groupanyx/webshop",
        "evil/groupany/webshop",
        "groupany/w\u{435}bshop",
        "#ops-external",
    ] {
        assert!(!is_counterparty(&set, v), "{v}");
    }
    // Only an entry ending in `/*` is a namespace: `*` alone or `#ops*` matches itself only.
    let odd: std::collections::BTreeSet<String> = ["*".to_owned(), "#ops*".to_owned()].into();
    assert!(!is_counterparty(&odd, "anything"));
    assert!(!is_counterparty(&odd, "#ops-x"));
}
