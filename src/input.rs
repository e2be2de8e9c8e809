//! What Dateline accepts as an article, and the clear messages for what it
//! does not.

use std::fmt;

/// The largest article Dateline analyses, in bytes (32 MiB). Larger input is
/// refused with a message rather than left to freeze a reader's tab.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// Why some input is not an article Dateline can analyse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing but whitespace.
    Empty,
    /// Over [`MAX_INPUT_BYTES`].
    TooLarge {
        /// The size of the input.
        bytes: usize,
    },
    /// Bytes that are not UTF-8 text.
    NotUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// UTF-8, but binary data rather than text (NUL bytes, control codes).
    Binary,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => write!(f, "the text is empty"),
            // Tenths of a megabyte in integers: float formatting would add
            // kilobytes of code to the wasm for this one message.
            InputError::TooLarge { bytes } => write!(
                f,
                "the text is too large ({}.{} MB; the limit is {} MB)",
                (bytes + 50_000) / 1_000_000,
                (bytes + 50_000) / 100_000 % 10,
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
            InputError::NotUtf8 { offset } => {
                write!(f, "not UTF-8 text (invalid byte sequence at byte {offset})")
            }
            InputError::Binary => write!(f, "binary data, not text"),
        }
    }
}

impl std::error::Error for InputError {}

/// Checks raw bytes and returns them as text.
///
/// ```
/// assert!(dateline::decode(b"Hello, world.").is_ok());
/// assert!(dateline::decode(b"\xff\xfe").is_err());
/// ```
pub fn decode(bytes: &[u8]) -> Result<&str, InputError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        if looks_binary(bytes) {
            InputError::Binary
        } else {
            InputError::NotUtf8 {
                offset: e.valid_up_to(),
            }
        }
    })?;
    check_text(text)?;
    Ok(text)
}

/// Whether bytes that are not UTF-8 are not text at all (an image, a
/// PDF, an archive) rather than text in another encoding: more than 1 in
/// 100 of them ASCII control codes, which no ASCII-compatible encoding
/// uses for letters (UTF-16 does, and is refused as [`check_text`] refuses
/// it). "binary data" says more about a PNG than its first bad byte.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1 << 20)];
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    control * 100 > head.len()
}

/// Checks that a string is an article: not empty, not too large, not binary.
pub fn check_text(text: &str) -> Result<(), InputError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge { bytes: text.len() });
    }
    if text
        .chars()
        .all(|c| crate::text::is_space(c) || crate::text::is_invisible(c))
    {
        return Err(InputError::Empty);
    }
    // Binary: more than 1 in 100 characters NUL or another control code
    // than tab, line feed, carriage return and form feed. A real page may
    // carry a stray one (a pasted control byte); a file of another kind,
    // or UTF-16 read as UTF-8, has them all over.
    let (mut chars, mut control) = (0usize, 0usize);
    for c in text.chars().take(1 << 20) {
        chars += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') {
            control += 1;
        }
    }
    if control * 100 > chars {
        return Err(InputError::Binary);
    }
    Ok(())
}

/// A page's HTML bytes as text, in the encoding a browser would read them
/// in ([`crate::html::sniff`]: a byte-order mark, valid UTF-8, the page's
/// `<meta charset>`, else windows-1252), decoded by `encoding_rs` (the
/// WHATWG Encoding Standard, as browsers decode). Not in the browser
/// build, which decodes with the browser's own `TextDecoder`.
///
/// ```
/// let page = dateline::decode_html(b"<meta charset=windows-1251><p>\xcf\xf0\xe8\xe2\xe5\xf2").unwrap();
/// assert!(page.ends_with("<p>Привет"));
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_html(bytes: &[u8]) -> Result<String, InputError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge { bytes: bytes.len() });
    }
    let label = crate::html::sniff(bytes);
    let encoding =
        encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::WINDOWS_1252);
    let (text, _, _) = encoding.decode(bytes);
    check_text(&text)?;
    Ok(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_text_and_refuses_the_rest() {
        assert_eq!(decode("Plain text.\n".as_bytes()), Ok("Plain text.\n"));
        assert_eq!(decode(b"  \n\t"), Err(InputError::Empty));
        assert_eq!(
            decode(b"ok\xc3\x28"),
            Err(InputError::NotUtf8 { offset: 2 })
        );
        assert_eq!(decode(b"PK\x03\x04\0\0"), Err(InputError::Binary));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0"), Err(InputError::Binary));
        // One stray control byte in a page is not binary data.
        let stray = format!("{}\u{1}{}", "word ".repeat(40), "word ".repeat(40));
        assert_eq!(decode(stray.as_bytes()), Ok(stray.as_str()));
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert!(matches!(decode(&big), Err(InputError::TooLarge { .. })));
        assert!(InputError::Binary.to_string().contains("binary"));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn pages_decode_as_browsers_do() {
        for (bytes, text) in [
            (&b"<meta charset=euc-kr><p>\xc7\xd1\xb1\xb9"[..], "<p>한국"),
            (b"<meta charset=\"gbk\"><p>\xd6\xd0\xb9\xfa", "<p>中国"),
            (b"<meta charset=gb2312><p>\xd6\xd0\xb9\xfa", "<p>中国"),
            (b"\xff\xfe<\0p\0>\0H\0i\0", "<p>Hi"),
            // Undeclared and not UTF-8: windows-1252, as browsers default.
            (b"<p>caf\xe9 \x93ok\x94", "<p>café “ok”"),
        ] {
            let page = decode_html(bytes).unwrap();
            assert!(page.ends_with(text), "{page:?}");
        }
        assert_eq!(decode_html(b"<p>\0\0\0\0"), Err(InputError::Binary));
    }
}
