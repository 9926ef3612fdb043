//! How JSON-RPC messages are framed on the two transports, as pure functions over bytes (fuzzed
//! in `fuzz/fuzz_targets/mcp_framing.rs`): newline-delimited JSON on stdio, server-sent events
//! on streamable HTTP.

use serde_json::Value;

/// Where the first complete server-sent event in `buf` ends (after its blank line; `\n\n` or
/// `\r\n\r\n`).
pub fn find_event_end(buf: &[u8]) -> Option<usize> {
    let lf = buf.windows(2).position(|w| w == b"\n\n").map(|i| i + 2);
    let crlf = buf.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4);
    match (lf, crlf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Takes every complete event off the front of `buf` and returns each one's data: its `data:`
/// lines joined with `\n` (one JSON-RPC message per event). What follows the last complete
/// event stays in `buf` for the next chunk. An event that is not UTF-8 yields empty data.
pub fn take_events(buf: &mut Vec<u8>) -> Vec<String> {
    let mut out = Vec::new();
    while let Some(end) = find_event_end(buf) {
        let event: Vec<u8> = buf.drain(..end).collect();
        let data: Vec<&str> = std::str::from_utf8(&event)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.strip_prefix("data:"))
            .map(str::trim_start)
            .collect();
        out.push(data.join("\n"));
    }
    out
}

/// One line of a stdio transport as a message: `None` for a blank line or one that is not JSON
/// (ignored by the reader).
pub fn line_message(line: &[u8]) -> Option<Value> {
    let trimmed = line.trim_ascii();
    if trimmed.is_empty() {
        return None;
    }
    serde_json::from_slice(trimmed).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_taken_whole_whatever_the_chunking() {
        let text =
            b"event: message\ndata: {\"a\":\ndata: 1}\n\n: comment\r\n\r\ndata: {}\n\npartial";
        let mut whole = text.to_vec();
        let all = take_events(&mut whole);
        assert_eq!(all, ["{\"a\":\n1}", "", "{}"]);
        assert_eq!(whole, b"partial");
        for size in 1..text.len() {
            let mut buf = Vec::new();
            let mut got = Vec::new();
            for piece in text.chunks(size) {
                buf.extend_from_slice(piece);
                got.extend(take_events(&mut buf));
            }
            assert_eq!(got, all, "chunks of {size}");
        }
        assert_eq!(line_message(b"  \n"), None);
        assert_eq!(
            line_message(b"{\"x\":1}\r\n"),
            Some(serde_json::json!({"x": 1}))
        );
        assert_eq!(line_message(b"not json\n"), None);
    }
}
