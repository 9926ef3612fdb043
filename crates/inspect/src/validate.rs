//! Validators that confirm or reject what the patterns found: checksums, number plans, entropy.

/// Digits of `s`, ignoring spaces and dashes.
fn digits(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

/// The Luhn checksum used by payment cards.
pub(crate) fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(*d);
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

fn prefix_num(d: &[u8], n: usize) -> u32 {
    d.iter()
        .take(n)
        .fold(0u32, |acc, x| acc * 10 + u32::from(*x))
}

/// A payment card number: 12–19 digits (12 only for Maestro), consistent separators (or mixed ones between groups of at least two digits), a known issuer range for its
/// length, and a valid Luhn checksum.
pub(crate) fn card(s: &str) -> bool {
    let d = digits(s);
    let n = d.len();
    if !(12..=19).contains(&n) || !luhn(&d) {
        return false;
    }
    // Separators, if any, are all the same, or (mixed: `4111-1111 1111/1111`, how a value is
    // disguised) they part groups of at least two digits, as printed cards do.
    let mut runs = s
        .split(|c: char| c.is_ascii_digit())
        .filter(|r| !r.is_empty());
    if let Some(first) = runs.next()
        && runs.any(|r| r != first)
        && s.split(|c: char| !c.is_ascii_digit())
            .any(|group| group.len() < 2)
    {
        return false;
    }
    // Reject runs of one repeated digit (0000 0000 0000 0000 passes Luhn).
    if d.iter().all(|x| Some(x) == d.first()) {
        return false;
    }
    let p1 = prefix_num(&d, 1);
    let p2 = prefix_num(&d, 2);
    let p3 = prefix_num(&d, 3);
    let p4 = prefix_num(&d, 4);
    let p6 = prefix_num(&d, 6);
    match p1 {
        4 => matches!(n, 13 | 16 | 19), // Visa
        5 => {
            (51..=55).contains(&p2) && n == 16 // Mastercard
                || (p2 == 50 || (56..=58).contains(&p2)) && (12..=19).contains(&n) // Maestro
        }
        2 => {
            (2221..=2720).contains(&p4) && n == 16 // Mastercard 2-series
                || p4 == 2131 && n == 15 // JCB (15-digit, legacy)
        }
        1 => p4 == 1800 && n == 15, // JCB (15-digit, legacy)
        3 => {
            (p2 == 34 || p2 == 37) && n == 15 // American Express
                || p2 == 35 && (16..=19).contains(&n) // JCB (the 35 block; 3528–3589 assigned)
                || ((300..=305).contains(&p3) || p2 == 36 || p2 == 38 || p2 == 39) && (14..=19).contains(&n) // Diners
        }
        6 => {
            (p4 == 6011 || p2 == 65 || (644..=649).contains(&p3)) && (16..=19).contains(&n) // Discover
                || (622_126..=622_925).contains(&p6) && n >= 16
                || p2 == 62 && (16..=19).contains(&n) // UnionPay
                || (p2 == 63 || p2 == 67) && (12..=19).contains(&n) // Maestro
        }
        _ => false,
    }
}

/// IBAN lengths by country (ISO 13616 registry).
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BI", 27),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DJ", 27),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FK", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("LY", 25),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MN", 20),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NI", 28),
    ("NL", 18),
    ("NO", 15),
    ("OM", 23),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("RU", 33),
    ("SA", 24),
    ("SC", 31),
    ("SD", 18),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("SO", 23),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
    ("YE", 30),
];

/// An IBAN: known country, the country's length, and the ISO 7064 mod-97 check.
pub(crate) fn iban(s: &str) -> bool {
    let compact: Vec<u8> = s.bytes().filter(|b| !matches!(b, b' ' | b'-')).collect();
    let (Some(country), Some(check)) = (compact.get(..2), compact.get(2..4)) else {
        return false;
    };
    let Ok(country) = std::str::from_utf8(country) else {
        return false;
    };
    let Some(&(_, len)) = IBAN_LENGTHS.iter().find(|(c, _)| *c == country) else {
        return false;
    };
    if compact.len() != len || !check.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let rearranged = compact.iter().skip(4).chain(compact.iter().take(4));
    let mut rem = 0u32;
    for b in rearranged {
        let v = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'A'..=b'Z' => u32::from(b - b'A') + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// A US Social Security number: area not 000, 666 or 900–999; group not 00; serial not 0000.
pub(crate) fn ssn(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 9 {
        return false;
    }
    let area = prefix_num(&d, 3);
    let group = prefix_num(d.get(3..).unwrap_or_default(), 2);
    let serial = prefix_num(d.get(5..).unwrap_or_default(), 4);
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
        // Widely published examples, never issued.
        && !matches!(s.replace([' ', '-'], "").as_str(), "078051120" | "219099999" | "123456789")
}

/// An IPv4 address: four octets 0–255 without leading zeros, not a version-like `1.2.3.4`
/// that is followed by more dotted parts (checked by the caller's boundary).
pub(crate) fn ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 3
                && !(p.len() > 1 && p.starts_with('0'))
                && p.parse::<u16>().is_ok_and(|v| v <= 255)
        })
}

/// An IPv6 address, as the standard library parses it, with at least two groups written out.
pub(crate) fn ipv6(s: &str) -> bool {
    s.matches(':').count() >= 2
        && s.bytes().any(|b| b.is_ascii_hexdigit())
        && s.parse::<std::net::Ipv6Addr>().is_ok()
}

/// A phone number: 8–15 digits for international numbers (E.164), 9–12 for national ones,
/// and not all the same digit.
pub(crate) fn phone(s: &str) -> bool {
    let d = digits(s);
    let international = s.starts_with('+')
        || (s.starts_with("00")
            && s.as_bytes()
                .get(2)
                .is_some_and(|b| (b'1'..=b'9').contains(b)));
    let ok_len = if international {
        (8..=15).contains(&d.len())
    } else {
        (9..=12).contains(&d.len())
    };
    // Dates and times are not phone numbers.
    let looks_like_date = s.contains('/') && d.len() == 8;
    ok_len && !looks_like_date && !d.iter().all(|x| Some(x) == d.first())
}

/// Shannon entropy in bits per character.
pub(crate) fn entropy(s: &str) -> f64 {
    let mut counts = [0u32; 256];
    let mut n = 0u32;
    for b in s.bytes() {
        if let Some(c) = counts.get_mut(usize::from(b)) {
            *c += 1;
        }
        n += 1;
    }
    if n == 0 {
        return 0.0;
    }
    let n = f64::from(n);
    counts
        .iter()
        .filter(|c| **c > 0)
        .map(|c| {
            let p = f64::from(*c) / n;
            -p * p.log2()
        })
        .sum()
}

/// Values that documentation and templates use instead of a real secret.
/// Whether `s` has a run of `n` or more of one character (`xoxb-000000000000-…`, `ghp_0000…`):
/// a filled-in template, not a random value.
fn repeated_run(s: &str, n: usize) -> bool {
    let mut run = 0;
    let mut last = None;
    for b in s.bytes() {
        if Some(b) == last {
            run += 1;
            if run >= n {
                return true;
            }
        } else {
            last = Some(b);
            run = 1;
        }
    }
    false
}

/// Whether `v` holds a run of at least 20 bytes that repeats a unit of at most ten
/// (`1234567890123456789012`, `testtesttesttesttest`, `abcdefabcdefabcdefab`, `0000…`): what
/// people type for a fake key, never what a generator draws.
pub(crate) fn repeats_short_unit(v: &str) -> bool {
    const RUN: usize = 20;
    let b = v.as_bytes();
    (1..=10).any(|p| {
        let mut same = 0usize;
        for i in p..b.len() {
            if b.get(i) == b.get(i - p) {
                same += 1;
                if same + p >= RUN {
                    return true;
                }
            } else {
                same = 0;
            }
        }
        false
    })
}

pub(crate) fn is_placeholder(v: &str) -> bool {
    let lower = v.to_ascii_lowercase();
    let trimmed = lower.trim_matches(|c: char| c == '"' || c == '\'' || c == '`');
    // `YOUR_API_KEY`, `your-token`, `<your key>`: the word at an end or next to a separator,
    // not three letters of a random token (`…ACpyourHL2…`).
    let word = |w: &str| {
        trimmed.match_indices(w).any(|(i, _)| {
            let before = trimmed.get(..i).and_then(|b| b.chars().next_back());
            let after = trimmed.get(i + w.len()..).and_then(|a| a.chars().next());
            !before.is_some_and(|c| c.is_ascii_alphanumeric())
                || !after.is_some_and(|c| c.is_ascii_alphanumeric())
        })
    };
    trimmed.is_empty()
        || repeats_short_unit(trimmed)
        || trimmed.contains("example")
        || trimmed.contains("placeholder")
        || word("your")
        || trimmed.contains("xxxx")
        || trimmed.contains("****")
        || trimmed.contains("redacted")
        || trimmed.contains("changeme")
        || trimmed.contains("change-this")
        || trimmed.contains("change_this")
        || trimmed.contains("replace-me")
        || trimmed.contains("replace_me")
        || trimmed.contains("replaceme")
        || trimmed.contains("...")
        || trimmed.contains("***")
        || trimmed.contains("not-a-")
        || word("anonymous")
        || word("insert")
        || (trimmed.len() > 4 && trimmed.starts_with("__") && trimmed.ends_with("__"))
        || repeated_run(trimmed, 8)
        || trimmed.contains("not-a-secret")
        || trimmed.contains("not_a_secret")
        || trimmed.contains("notasecret")
        || trimmed.contains("not_a_")
        || trimmed.contains("test-only")
        || trimmed.contains("test_only")
        || (trimmed.starts_with('[') && trimmed.ends_with(']') && trimmed.len() <= 24)
        || trimmed.contains("\u{2026}")
        || trimmed.contains("abc-def1234ghikl")
        || word("dummy")
        || word("sample")
        || word("fake")
        || trimmed.starts_with('<')
        || trimmed.starts_with("${")
        || trimmed.starts_with("{{")
        || trimmed.starts_with('%')
        || trimmed.starts_with("$(")
        || matches!(
            trimmed,
            "password"
                | "passwd"
                | "secret"
                | "pass"
                | "token"
                | "none"
                | "null"
                | "true"
                | "false"
                | "undefined"
                | "test"
                | "admin"
        )
        || trimmed
            .bytes()
            .all(|b| Some(&b) == trimmed.as_bytes().first())
}

/// A JWT: three base64url parts, the first decoding to a JSON header with `alg`.
pub(crate) fn jwt(s: &str) -> bool {
    use base64::Engine;
    let Some(header) = s.split('.').next() else {
        return false;
    };
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header.trim_end_matches('='))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
        .is_some_and(|v| v.get("alg").is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards() {
        for good in [
            "4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "5555555555554444",
            "378282246310005",
            "6011111111111117",
            "3530111333300000",
            "2223003122003222",
            "503807764264",        // Maestro, 12 digits
            "213158253605181",     // JCB, 15 digits (legacy)
            "180070249603692",     // JCB, 15 digits (legacy)
            "4111-1111 1111-1111", // mixed separators between printed groups
            "4111/1111.1111_1111",
        ] {
            assert!(card(good), "{good}");
        }
        for bad in [
            "4111 1111 1111 1112",  // Luhn
            "4-111 1111 1111-1111", // mixed separators around a single digit
            "0000 0000 0000 0000",  // repeated digit
            "9111111111111111",     // no such issuer
            "1234567812345670",     // Luhn-valid, no issuer
            "411111111111",         // too short for Visa
            "411111111116",         // 12 digits, Luhn-valid, Visa does not issue 12
        ] {
            assert!(!card(bad), "{bad}");
        }
    }

    #[test]
    fn ibans() {
        for good in [
            "DE89370400440532013000",
            "GB82 WEST 1234 5698 7654 32",
            "NL91ABNA0417164300",
            "FR1420041010050500013M02606",
        ] {
            assert!(iban(good), "{good}");
        }
        for bad in [
            "DE89370400440532013001",
            "GB82WEST1234569876543",
            "XX89370400440532013000",
            "DE8937040044053201300",
        ] {
            assert!(!iban(bad), "{bad}");
        }
    }

    #[test]
    fn ssns() {
        assert!(ssn("536-22-1234"));
        for bad in [
            "000-12-3456",
            "666-12-3456",
            "912-12-3456",
            "536-00-1234",
            "536-22-0000",
            "078-05-1120",
        ] {
            assert!(!ssn(bad), "{bad}");
        }
    }

    #[test]
    fn ips_and_phones() {
        assert!(ipv4("192.168.1.20") && ipv4("8.8.8.8"));
        assert!(!ipv4("256.1.1.1") && !ipv4("01.2.3.4") && !ipv4("1.2.3"));
        assert!(ipv6("2001:db8::8a2e:370:7334") && ipv6("fe80::1"));
        assert!(!ipv6("12:30:45") && !ipv6("dead:beef"));
        assert!(phone("+44 20 7946 0958") && phone("(555) 234-5678") && phone("030 1234567"));
        assert!(!phone("+1 23") && !phone("12/03/1985") && !phone("000 0000 0000"));
    }

    #[test]
    fn entropy_and_placeholders() {
        assert!(entropy("aaaaaaaa") < 0.1);
        assert!(entropy("x7Gq9LmZ2pR4tK8w") > 3.5);
        for p in [
            "<your-password>",
            "${DB_PASSWORD}",
            "changeme",
            "password",
            "xxxxxxxx",
            "EXAMPLEKEY",
        ] {
            assert!(is_placeholder(p), "{p}");
        }
        assert!(!is_placeholder("Tr0ub4dor&3x"));
    }
}
