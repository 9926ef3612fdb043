use std::borrow::Cow;

use proptest::prelude::*;
use serde_json::json;
use warden_types::{AuditEvent, AuditRecord, EventKind, Outcome, Timestamp};

use super::*;

/// What `serde_json` makes of the same fields (the reference the scanner is held to).
#[derive(serde::Deserialize, Debug)]
struct Reference<'a> {
    seq: u64,
    #[serde(borrow)]
    ts: Cow<'a, str>,
    #[serde(borrow)]
    prev_hash: Cow<'a, str>,
    #[serde(borrow)]
    event: Cow<'a, str>,
    #[serde(borrow, default)]
    agent: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    tool: Option<Cow<'a, str>>,
    #[serde(borrow)]
    outcome: Cow<'a, str>,
    #[serde(borrow, default)]
    action_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    session: Option<Cow<'a, str>>,
}

/// The scanner and `serde_json` agree: both refuse, or both read the same fields.
fn agree(text: &str) -> Result<(), TestCaseError> {
    let ours = parse(text);
    let theirs = serde_json::from_str::<Reference<'_>>(text);
    // `serde_json` also reads a struct from an array of its fields; records are objects and
    // the scanner refuses anything else.
    if text.trim_start().starts_with('[') {
        prop_assert!(ours.is_err());
        return Ok(());
    }
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => {
            prop_assert_eq!(a.seq, b.seq);
            prop_assert_eq!(&a.ts, &b.ts);
            prop_assert_eq!(&a.prev_hash, &b.prev_hash);
            prop_assert_eq!(&a.event, &b.event);
            prop_assert_eq!(&a.agent, &b.agent);
            prop_assert_eq!(&a.tool, &b.tool);
            prop_assert_eq!(&a.outcome, &b.outcome);
            prop_assert_eq!(&a.action_id, &b.action_id);
            prop_assert_eq!(&a.session, &b.session);
        }
        (Err(_), Err(_)) => {}
        _ => prop_assert!(
            false,
            "disagree on {text:?}: ours {ours:?}, serde_json {:?}",
            theirs.map(|_| ()).map_err(|e| e.to_string())
        ),
    }
    Ok(())
}

fn record(seq: u64, agent: Option<String>, text: String, n: i64) -> String {
    let mut e = AuditEvent::new(EventKind::ActionExecuted, Outcome::Success, text.clone());
    e.agent = agent;
    e.tool = Some(format!("crm.{text}"));
    e.input = json!({"text": text, "n": n, "f": 1.5e-3, "list": [true, false, null, {"k": [n]}]});
    AuditRecord::new(seq, Timestamp::now(), "ab".repeat(32), e).canonical()
}

#[test]
fn reads_a_record_and_borrows_plain_strings() {
    let text = record(7, Some("support-bot".into()), "hello".into(), -3);
    let head = parse(&text).unwrap();
    assert_eq!(head.seq, 7);
    assert_eq!(head.agent.as_deref(), Some("support-bot"));
    assert_eq!(head.prev_hash, "ab".repeat(32));
    assert!(matches!(head.prev_hash, Cow::Borrowed(_)));
    assert_eq!(head.event, "action.executed");
    assert_eq!(head.outcome, "success");
    assert_eq!(head.action_id, None);
}

#[test]
fn escaped_keys_and_values_are_what_they_decode_to() {
    let text = r#"{"event":"a\"b","outcome":"\u00e9\ud83d\ude00","prev\u005fhash":"p","seq":1,"ts":"t\\","agent":null}"#;
    let head = parse(text).unwrap();
    assert_eq!(head.prev_hash, "p");
    assert_eq!(head.event, "a\"b");
    assert_eq!(head.outcome, "é😀");
    assert_eq!(head.ts, "t\\");
    assert_eq!(head.agent, None);
}

#[test]
fn what_is_refused() {
    let base = r#""event":"e","outcome":"o","prev_hash":"p","ts":"t""#;
    for (text, why) in [
        (format!(r#"{{{base},"seq":1,"seq":2}}"#), "duplicate"),
        (format!(r#"{{{base},"se\u0071":1,"seq":2}}"#), "duplicate"),
        (format!(r#"{{{base}}}"#), "missing field `seq`"),
        (format!(r#"{{{base},"seq":-1}}"#), "unsigned"),
        (format!(r#"{{{base},"seq":-0}}"#), "unsigned"),
        (format!(r#"{{{base},"seq":1.0}}"#), "unsigned"),
        (format!(r#"{{{base},"seq":18446744073709551616}}"#), "range"),
        (format!(r#"{{{base},"seq":1}} x"#), "trailing"),
        (
            format!(r#"{{{base},"seq":1,"x":"a{}b"}}"#, '\u{1}'),
            "control",
        ),
        (format!(r#"{{{base},"seq":1,"x":"\q"}}"#), "escape"),
        (format!(r#"{{{base},"seq":1,"x":01}}"#), "expected"),
        (format!(r#"{{{base},"seq":1,"x":[1,]}}"#), "expected"),
        (format!(r#"{{{base},"seq":1,"x":tru}}"#), "expected a value"),
        (
            r#"{"event":"\ud800","outcome":"o","prev_hash":"p","ts":"t","seq":1}"#.to_owned(),
            "surrogate",
        ),
        (
            format!(
                r#"{{{base},"seq":1,"x":{}}}"#,
                "[".repeat(200_000) + &"]".repeat(199_999)
            ),
            "expected",
        ),
        (format!(r#"{{{base},"seq":1"#), "expected"),
    ] {
        let err = parse(&text).unwrap_err();
        assert!(err.contains(why), "{text}: {err}");
        assert!(
            serde_json::from_str::<Reference<'_>>(&text).is_err(),
            "{text}"
        );
    }
    // Whitespace anywhere JSON allows it, and a lone surrogate in a string that is skipped,
    // are accepted (as `serde_json` does).
    let spaced = format!(
        " {{ {} , \"seq\" : 1 , \"x\" : [ 1 , {{ }} ] , \"y\":\"\\ud800\" }} \n",
        base.replace(',', " ,\t")
    );
    assert_eq!(parse(&spaced).unwrap().seq, 1);
    assert!(serde_json::from_str::<Reference<'_>>(&spaced).is_ok());
    // Deeply nested skipped values: no limit and no stack overflow.
    let deep = format!(
        r#"{{{base},"seq":1,"x":{}}}"#,
        "[{\"a\":".repeat(100_000) + "1" + &"}]".repeat(100_000)
    );
    assert_eq!(parse(&deep).unwrap().seq, 1);
}

/// Characters that matter to JSON, and some that do not.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "\"",
            "\\",
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "0",
            "-",
            "e",
            ".",
            "1",
            "t",
            "n",
            "u",
            "\\u",
            "\\ud83d",
            "\\ude00",
            " ",
            "\u{1}",
            "é",
            "😀",
            "null",
            "\"seq\":",
            "\"prev_hash\":\"x\"",
            "\"agent\":null",
        ])
        .prop_map(str::to_owned),
        "[a-z\"\\\\{}\\[\\],:0-9 ]{0,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn agrees_with_serde_json_on_records(
        seq in any::<u64>(),
        agent in proptest::option::of("\\PC{0,12}"),
        text in "\\PC{0,40}",
        n in any::<i64>(),
    ) {
        let text = record(seq, agent, text, n);
        prop_assert!(parse(&text).is_ok());
        agree(&text)?;
    }

    #[test]
    fn agrees_with_serde_json_on_damaged_records(
        seq in 0u64..1000,
        text in "[a-z\"\\\\]{0,12}",
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), piece()), 1..4),
    ) {
        let mut text = record(seq, Some("a".into()), text, 5);
        for (at, len, put) in edits {
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let start = *at.get(&bounds);
            let end = bounds.iter().copied().filter(|b| *b >= start).nth(len.index(3)).unwrap_or(start);
            text.replace_range(start..end, &put);
        }
        agree(&text)?;
    }
}
