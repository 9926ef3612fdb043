use std::io::{BufRead as _, BufReader, Write as _};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::Duration;

use super::{BodyError, Policy, USER_AGENT, read_capped};

/// Reads one request's head; returns it.
fn read_head(stream: &TcpStream) -> String {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 || line == "\r\n" {
            return head;
        }
        head.push_str(&line);
    }
}

/// A server that answers one request with `answer` (after which `then` runs on the
/// connection); the request's head comes back on the join handle.
fn serve_once(
    answer: &'static [u8],
    then: fn(&mut TcpStream),
) -> (SocketAddr, std::thread::JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let handle = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let head = read_head(&stream);
        stream.write_all(answer).unwrap();
        then(&mut stream);
        head
    });
    (addr, handle)
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn a_redirect_is_not_followed() {
    // Where the redirect points: it must never see a connection.
    let elsewhere = TcpListener::bind("127.0.0.1:0").unwrap();
    elsewhere.set_nonblocking(true).unwrap();
    let target = elsewhere.local_addr().unwrap();
    let answer: &'static [u8] = format!(
        "HTTP/1.1 302 Found\r\nlocation: http://{target}/stolen\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
    )
    .into_bytes()
    .leak();
    let (addr, server) = serve_once(answer, |_| {});
    let status = runtime().block_on(async {
        let client = Policy::new()
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap();
        client
            .get(format!("http://{addr}/"))
            .header("authorization", "Bearer injected")
            .send()
            .await
            .unwrap()
            .status()
    });
    assert_eq!(status.as_u16(), 302);
    let head = server.join().unwrap().to_ascii_lowercase();
    assert!(
        head.contains(&format!("user-agent: {USER_AGENT}")),
        "{head}"
    );
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        elsewhere.accept().is_err(),
        "the redirect's target was contacted"
    );
}

#[test]
fn a_body_announced_above_the_cap_is_refused_without_reading_it() {
    // Announces 1 GB, sends 5 bytes, then holds the connection open: a reader that waited
    // for the body would hang.
    let (addr, _server) = serve_once(
        b"HTTP/1.1 200 OK\r\ncontent-length: 1000000000\r\n\r\nhello",
        |_| std::thread::sleep(Duration::from_secs(10)),
    );
    let got = runtime().block_on(async {
        let client = Policy::new().build().unwrap();
        let resp = client.get(format!("http://{addr}/")).send().await.unwrap();
        tokio::time::timeout(Duration::from_secs(5), read_capped(resp, 1024)).await
    });
    let err = got.expect("the reader waited for the body").unwrap_err();
    assert!(matches!(err, BodyError::TooLarge { limit: 1024 }), "{err}");
    assert_eq!(err.to_string(), "the answer is larger than 1024 bytes");
}

#[test]
fn an_endless_body_is_refused_once_past_the_cap() {
    // Chunked, no length, never ends: only the cap stops the reader.
    let (addr, _server) = serve_once(
        b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n",
        |stream| {
            let chunk = format!("400\r\n{}\r\n", "x".repeat(0x400));
            while stream.write_all(chunk.as_bytes()).is_ok() {}
        },
    );
    let got = runtime().block_on(async {
        let client = Policy::new().build().unwrap();
        let resp = client.get(format!("http://{addr}/")).send().await.unwrap();
        tokio::time::timeout(Duration::from_secs(5), read_capped(resp, 64 * 1024)).await
    });
    let err = got.expect("the reader did not stop").unwrap_err();
    assert!(matches!(err, BodyError::TooLarge { limit: 65536 }), "{err}");
}

#[test]
fn a_body_of_exactly_the_cap_is_read() {
    let (addr, _server) = serve_once(
        b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\nconnection: close\r\n\r\nhello",
        |_| {},
    );
    let body = runtime().block_on(async {
        let client = Policy::new().build().unwrap();
        let resp = client.get(format!("http://{addr}/")).send().await.unwrap();
        read_capped(resp, 5).await.unwrap()
    });
    assert_eq!(body, b"hello");
}
