//! MCP JSON-RPC framing on arbitrary bytes: server-sent events give the same messages whatever
//! the chunking, stdio lines parse or are ignored, and classifying any message never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use warden_mcp::{framing, rpc};

fuzz_target!(|data: &[u8]| {
    let Some((&cut_seed, rest)) = data.split_first() else { return };
    let mut whole = rest.to_vec();
    let all = framing::take_events(&mut whole);
    let mut buf = Vec::new();
    let mut chunked = Vec::new();
    for piece in rest.chunks(usize::from(cut_seed % 23) + 1) {
        buf.extend_from_slice(piece);
        chunked.extend(framing::take_events(&mut buf));
    }
    assert_eq!(all, chunked);
    assert_eq!(whole, buf);
    for event in &all {
        if let Ok(msg) = serde_json::from_str::<serde_json::Value>(event) {
            let _ = rpc::kind(&msg);
        }
    }
    for line in rest.split(|&b| b == b'\n') {
        if let Some(msg) = framing::line_message(line) {
            let _ = rpc::kind(&msg);
        }
    }
});
