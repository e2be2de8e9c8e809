//! Which encoding a page's bytes are in, as a browser would decide for a
//! file with no HTTP header: a byte-order mark, then bytes that are valid
//! UTF-8 (a legacy page almost never is, and pages that declare Latin-1
//! while sending UTF-8 are common), then the `<meta charset>` the page
//! declares (the WHATWG prescan, over its first 4 KB), then UTF-8 with a
//! few bad bytes, else windows-1252, the web's default for Western pages.
//!
//! The answer is a WHATWG encoding label; the decoding itself is the
//! platform's: `encoding_rs` natively, the browser's own `TextDecoder` in
//! the page, so the browser build ships no encoding tables.

/// The encoding label for `bytes`, lower case.
pub fn sniff(bytes: &[u8]) -> String {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => return "utf-8".into(),
        [0xFE, 0xFF, ..] => return "utf-16be".into(),
        [0xFF, 0xFE, ..] => return "utf-16le".into(),
        _ => {}
    }
    if std::str::from_utf8(bytes).is_ok() {
        return "utf-8".into();
    }
    if let Some(label) = declared(&bytes[..bytes.len().min(4096)]) {
        // UTF-16 cannot be declared from inside an ASCII-compatible page.
        if !label.starts_with("utf-16") {
            return label;
        }
    }
    if mostly_utf8(bytes) {
        return "utf-8".into();
    }
    "windows-1252".into()
}

/// The `charset` a `<meta>` tag declares: `<meta charset="...">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=...">`.
fn declared(head: &[u8]) -> Option<String> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta").map(|i| i + from) {
        let end = lower[at..]
            .iter()
            .position(|&c| c == b'>')
            .map_or(lower.len(), |e| at + e);
        if let Some(c) = find(&lower[at..end], b"charset") {
            let rest = &lower[at + c + 7..end];
            let rest = rest
                .trim_ascii_start()
                .strip_prefix(b"=")
                .unwrap_or(b"")
                .trim_ascii_start();
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let label: String = rest
                .iter()
                .take_while(|&&c| {
                    c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.')
                })
                .map(|&c| c as char)
                .collect();
            if !label.is_empty() {
                return Some(label);
            }
        }
        from = end.max(at + 5);
    }
    None
}

/// UTF-8 with at most one bad sequence in 1,000 bytes: a UTF-8 page with
/// a few stray bytes, not a legacy page.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut bad = 0usize;
    let mut rest = bytes;
    while let Err(e) = std::str::from_utf8(rest) {
        bad += 1;
        if bad * 1000 > bytes.len() {
            return false;
        }
        rest =
            &rest[e.valid_up_to() + e.error_len().unwrap_or(rest.len() - e.valid_up_to()).max(1)..];
    }
    true
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::sniff;

    #[test]
    fn the_encoding_a_browser_would_pick() {
        assert_eq!(sniff(b"\xEF\xBB\xBF<p>caf\xC3\xA9"), "utf-8");
        assert_eq!(sniff("<p>café</p>".as_bytes()), "utf-8");
        let cyrillic = b"<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        assert_eq!(sniff(cyrillic), "windows-1251");
        let http_equiv =
            b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>\x82\xa0";
        assert_eq!(sniff(http_equiv), "shift_jis");
        // A page that declares Latin-1 but is UTF-8 is read as UTF-8.
        assert_eq!(
            sniff("<meta charset=iso-8859-1><p>café</p>".as_bytes()),
            "utf-8"
        );
        // No declaration, not UTF-8: windows-1252.
        assert_eq!(
            sniff(b"<p>caf\xe9 cr\xe8me br\xfbl\xe9e</p>"),
            "windows-1252"
        );
        // UTF-8 with one stray byte in a long page stays UTF-8.
        let mut stray = "<p>café</p>".repeat(200).into_bytes();
        stray.push(0xff);
        assert_eq!(sniff(&stray), "utf-8");
    }
}
