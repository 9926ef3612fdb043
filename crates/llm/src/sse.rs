//! A small incremental parser for `text/event-stream` (what OpenAI and Anthropic stream), and
//! the writer for what Warden sends on.

/// One server-sent event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The `event:` field, if any.
    pub event: Option<String>,
    /// The `data:` lines, joined with `\n`.
    pub data: String,
}

impl Event {
    /// Encodes the event for the wire.
    pub fn encode(&self) -> String {
        let mut out = String::with_capacity(self.data.len() + 32);
        if let Some(e) = &self.event {
            out.push_str("event: ");
            out.push_str(e);
            out.push('\n');
        }
        for line in self.data.split('\n') {
            out.push_str("data: ");
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
        out
    }
}

/// Largest event accepted (a provider sending more in one event is cut off).
pub const MAX_EVENT_BYTES: usize = 4 * 1024 * 1024;

/// The stream is not what a provider sends.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SseError {
    /// An event larger than [`MAX_EVENT_BYTES`].
    #[error("an event of the upstream stream is larger than {MAX_EVENT_BYTES} bytes")]
    TooLarge,
    /// Not UTF-8.
    #[error("the upstream stream is not UTF-8")]
    NotUtf8,
}

/// Feeds bytes in, takes whole events out.
#[derive(Debug, Default)]
pub struct Parser {
    buf: Vec<u8>,
}

impl Parser {
    /// Adds bytes; returns the events they complete.
    pub fn push(&mut self, bytes: &[u8]) -> Result<Vec<Event>, SseError> {
        self.buf.extend_from_slice(bytes);
        let mut events = Vec::new();
        while let Some((end, sep)) = find_blank_line(&self.buf) {
            let raw: Vec<u8> = self.buf.drain(..end + sep).collect();
            let text = std::str::from_utf8(raw.get(..end).unwrap_or_default())
                .map_err(|_| SseError::NotUtf8)?;
            if let Some(e) = parse_event(text) {
                events.push(e);
            }
        }
        if self.buf.len() > MAX_EVENT_BYTES {
            return Err(SseError::TooLarge);
        }
        Ok(events)
    }

    /// What is left at the end of the stream, as a last event if it is one.
    pub fn finish(&mut self) -> Result<Option<Event>, SseError> {
        let raw = std::mem::take(&mut self.buf);
        let text = std::str::from_utf8(&raw).map_err(|_| SseError::NotUtf8)?;
        Ok(parse_event(text))
    }
}

/// Where the first blank line is: (offset of its start, length of the separator).
fn find_blank_line(buf: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < buf.len() {
        match (buf.get(i), buf.get(i + 1), buf.get(i + 2), buf.get(i + 3)) {
            (Some(b'\r'), Some(b'\n'), Some(b'\r'), Some(b'\n')) => return Some((i, 4)),
            (Some(b'\n'), Some(b'\n'), _, _) => return Some((i, 2)),
            (Some(b'\r'), Some(b'\r'), _, _) => return Some((i, 2)),
            _ => i += 1,
        }
    }
    None
}

fn parse_event(text: &str) -> Option<Event> {
    let mut event = None;
    let mut data: Option<String> = None;
    for line in text.lines() {
        if line.starts_with(':') || line.is_empty() {
            continue;
        }
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line, ""),
        };
        match field {
            "event" => event = Some(value.to_owned()),
            "data" => match &mut data {
                Some(d) => {
                    d.push('\n');
                    d.push_str(value);
                }
                None => data = Some(value.to_owned()),
            },
            _ => {}
        }
    }
    data.map(|data| Event { event, data })
}
