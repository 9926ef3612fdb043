//! Export and streaming: `warden audit export` (JSON Lines that still chain, OCSF), and every
//! record streamed to a webhook (OCSF) and to syslog (RFC 5424 over UDP), at least once and in
//! order, resuming after a crash from the position kept in the database.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use warden_types::record_hash;

use crate::harness::{Server, run_cli, spawn_serve};

/// A SIEM's HTTP intake: NDJSON lines, refused with 503 while `down` is set, and with 413 (too
/// large) for any body holding `too_large`.
pub(crate) async fn intake(
    too_large: Option<&'static str>,
) -> (String, Arc<Mutex<Vec<Value>>>, Arc<AtomicBool>) {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/ingest", listener.local_addr().unwrap());
    let got = Arc::new(Mutex::new(Vec::new()));
    let down = Arc::new(AtomicBool::new(false));
    let (record, is_down) = (got.clone(), down.clone());
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (record, is_down) = (record.clone(), is_down.clone());
            tokio::spawn(async move {
                let mut reader = tokio::io::BufReader::new(stream);
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let mut len = 0usize;
                    loop {
                        let mut h = String::new();
                        reader.read_line(&mut h).await.unwrap();
                        let h = h.trim_end();
                        if h.is_empty() {
                            break;
                        }
                        if let Some((k, v)) = h.split_once(':')
                            && k.eq_ignore_ascii_case("content-length")
                        {
                            len = v.trim().parse().unwrap();
                        }
                    }
                    let mut body = vec![0; len];
                    reader.read_exact(&mut body).await.unwrap();
                    let refused =
                        too_large.is_some_and(|m| String::from_utf8_lossy(&body).contains(m));
                    let answer: &[u8] = if is_down.load(Ordering::SeqCst) {
                        b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n"
                    } else if refused {
                        b"HTTP/1.1 413 Payload Too Large\r\ncontent-length: 0\r\n\r\n"
                    } else {
                        for l in String::from_utf8(body).unwrap().lines() {
                            record
                                .lock()
                                .unwrap()
                                .push(serde_json::from_str(l).unwrap());
                        }
                        b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"
                    };
                    reader.get_mut().write_all(answer).await.unwrap();
                }
            });
        }
    });
    (url, got, down)
}

async fn actions(s: &Server, token: &str, n: usize, tag: &str) {
    for i in 0..n {
        let (st, v) = s
            .act(
                token,
                "repo.create_issue",
                json!({"repo": "r", "title": format!("{tag}{i}")}),
                "d",
            )
            .await;
        assert_eq!(st, 200, "{v}");
    }
}

async fn head(s: &Server) -> u64 {
    let (_, v) = s
        .request(&s.admin, "GET", "/v1/admin/audit/verify", None)
        .await;
    v["records"].as_u64().unwrap()
}

/// Waits until `got` covers every record up to `upto`; returns the sequence numbers seen.
async fn wait_for(
    got: &Arc<Mutex<Vec<Value>>>,
    upto: u64,
    seq: impl Fn(&Value) -> u64,
) -> Vec<u64> {
    for _ in 0..200 {
        let seen: Vec<u64> = got.lock().unwrap().iter().map(&seq).collect();
        if (1..=upto).all(|s| seen.contains(&s)) {
            return seen;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("records up to {upto} did not all arrive");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_are_exported_and_streamed_at_least_once_in_order() {
    let (url, got, down) = intake(None).await;
    let syslog = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let syslog_addr = syslog.local_addr().unwrap();
    let messages = Arc::new(Mutex::new(Vec::<String>::new()));
    let m = messages.clone();
    tokio::spawn(async move {
        let mut buf = vec![0u8; 65_536];
        while let Ok(n) = syslog.recv(&mut buf).await {
            m.lock()
                .unwrap()
                .push(String::from_utf8_lossy(&buf[..n]).into_owned());
        }
    });
    let mut s = Server::start_with(|t| {
        format!(
            "{t}\n[audit.streams.siem]\nurl = \"{url}\"\nformat = \"ocsf\"\nbatch = 7\n[audit.streams.syslog]\nsyslog = \"udp://{syslog_addr}\"\n"
        )
    })
    .await;
    let dev = s.token("agent", "dev-bot").await;
    actions(&s, &dev, 5, "a").await;
    let upto = head(&s).await;
    let ocsf_seq = |v: &Value| v["metadata"]["sequence"].as_u64().unwrap();
    let seen = wait_for(&got, upto, ocsf_seq).await;
    // In order, once each while nothing failed.
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
    let first = got.lock().unwrap()[0].clone();
    assert_eq!(first["class_uid"], 6003);
    assert_eq!(first["metadata"]["product"]["name"], "Warden");
    // Syslog: RFC 5424, one message per record, in order.
    for _ in 0..100 {
        if messages.lock().unwrap().len() as u64 >= upto {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let msgs = messages.lock().unwrap().clone();
    assert!(msgs.len() as u64 >= upto, "{}", msgs.len());
    let sd_seq = |m: &str| -> u64 {
        let i = m.find("seq=\"").unwrap() + 5;
        m[i..].split('"').next().unwrap().parse().unwrap()
    };
    for (i, m) in msgs.iter().take(upto as usize).enumerate() {
        assert!(m.starts_with("<110>1 ") || m.starts_with("<108>1 "), "{m}");
        assert!(m.contains(" warden "), "{m}");
        assert_eq!(sd_seq(m), i as u64 + 1, "{m}");
    }

    // The SIEM goes down, Warden is killed, more happens; after a restart and the SIEM's
    // return, nothing is missing.
    down.store(true, Ordering::SeqCst);
    actions(&s, &dev, 4, "b").await;
    s.child.kill().unwrap();
    s.child.wait().unwrap();
    let log = s.db.with_file_name("restart.log");
    let (child, base) = spawn_serve(&s.config, &s.db, &log, &s.upstream_url);
    s.child = child;
    s.base = base;
    actions(&s, &dev, 3, "c").await;
    down.store(false, Ordering::SeqCst);
    let upto = head(&s).await;
    let seen = wait_for(&got, upto, ocsf_seq).await;
    // At least once: duplicates are allowed only for what was unconfirmed; order per delivery.
    let mut unique = seen.clone();
    unique.dedup();
    assert!((1..=upto).all(|q| unique.contains(&q)));

    // Export: JSON Lines that chain, offline and through the server alike; OCSF.
    let env = [
        ("WARDEN_ADDR", s.base.as_str()),
        ("WARDEN_TOKEN", s.admin.as_str()),
    ];
    let dir = tempfile::tempdir().unwrap();
    let offline = dir.path().join("log.jsonl");
    let (code, _, err) = run_cli(
        &[
            "audit",
            "export",
            "--db",
            s.db.to_str().unwrap(),
            "--out",
            offline.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("exported"), "{err}");
    let text = std::fs::read_to_string(&offline).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() as u64 >= upto);
    for pair in lines.windows(2) {
        let next: Value = serde_json::from_str(pair[1]).unwrap();
        assert_eq!(
            next["prev_hash"],
            record_hash(pair[0]),
            "the exported lines chain"
        );
    }
    let (code, online, err) = run_cli(&["audit", "export"], &env);
    assert_eq!(code, 0, "{err}");
    assert!(
        online.starts_with(&text[..text.len().min(online.len())]) || text.starts_with(&online[..])
    );
    let (code, ocsf, err) = run_cli(
        &["audit", "export", "--format", "ocsf", "--after", "3"],
        &env,
    );
    assert_eq!(code, 0, "{err}");
    let firsts: Value = serde_json::from_str(ocsf.lines().next().unwrap()).unwrap();
    assert_eq!(firsts["metadata"]["sequence"], 4);
    let (code, _, err) = run_cli(&["audit", "export", "--format", "csv"], &env);
    assert_ne!(code, 0);
    assert!(err.contains("--format"), "{err}");
}

/// A record the destination refuses for good (HTTP 413) does not stop the stream: pages are
/// split until the one record is alone, that record is skipped with an `audit.stream_skipped`
/// record naming it, and everything after it arrives.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_refused_for_good_is_skipped_on_record() {
    let (url, got, _down) = intake(Some("OVERSIZE")).await;
    let s = Server::start_with(|t| {
        format!("{t}\n[audit.streams.siem]\nurl = \"{url}\"\nformat = \"jsonl\"\nbatch = 8\n")
    })
    .await;
    let dev = s.token("agent", "dev-bot").await;
    actions(&s, &dev, 2, "before").await;
    actions(&s, &dev, 1, "OVERSIZE").await;
    actions(&s, &dev, 2, "after").await;
    let upto = head(&s).await;
    let seq = |v: &Value| v["seq"].as_u64().unwrap();
    // Every record arrives but those holding the marker.
    let (_, records) = s
        .request(
            &s.admin,
            "GET",
            "/v1/admin/audit/records?after=0&limit=1000",
            None,
        )
        .await;
    let texts: Vec<String> = records["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_owned())
        .collect();
    let refused: Vec<u64> = texts
        .iter()
        .filter(|t| t.contains("OVERSIZE"))
        .map(|t| {
            serde_json::from_str::<Value>(t).unwrap()["seq"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert!(!refused.is_empty());
    let mut arrived = Vec::new();
    for _ in 0..200 {
        arrived = got.lock().unwrap().iter().map(seq).collect();
        if (1..=upto)
            .filter(|q| !refused.contains(q))
            .all(|q| arrived.contains(&q))
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        (1..=upto)
            .filter(|q| !refused.contains(q))
            .all(|q| arrived.contains(&q)),
        "arrived {arrived:?}, refused {refused:?}"
    );
    assert!(refused.iter().all(|q| !arrived.contains(q)));
    // Each skip is on record (and streamed in turn), naming the stream, the record and why.
    let mut skips = Vec::new();
    for _ in 0..100 {
        skips = got
            .lock()
            .unwrap()
            .iter()
            .filter(|v| v["event"] == "audit.stream_skipped")
            .cloned()
            .collect();
        if skips.len() >= refused.len() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut skipped: Vec<u64> = skips
        .iter()
        .map(|v| v["output"]["seq"].as_u64().unwrap())
        .collect();
    skipped.sort_unstable();
    assert_eq!(skipped, refused, "{skips:?}");
    assert!(skips.iter().all(|v| v["output"]["stream"] == "siem"
        && v["output"]["reason"].as_str().unwrap().contains("413")
        && v["outcome"] == "failure"));
}
