//! Character references: `&amp;`, `&eacute;`, `&#233;`, `&#xE9;`.
//!
//! Named references come from `data/html_entities.tsv` (HTML 4's 252 names
//! and `apos`: what pages use; see `tools/gen_html_entities.py` for why not
//! all 2,231). Numeric ones follow the WHATWG rules: 0, surrogates and
//! code points past U+10FFFF read as U+FFFD, and 0x80–0x9F as the
//! windows-1252 characters that pages written in it meant.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::data;

/// `s` with its character references decoded. In an attribute value
/// (`in_attribute`), a name without `;` followed by `=` stays as written,
/// as the spec says (`?a=1&copy=2` is a URL, not a ©).
pub fn decode(s: &str, in_attribute: bool) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match reference(after, in_attribute) {
            Some((c, used)) => {
                out.push(c);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The character a reference stands for and the bytes it used after `&`.
fn reference(s: &str, in_attribute: bool) -> Option<(char, usize)> {
    if let Some(num) = s.strip_prefix('#') {
        return numeric(num).map(|(c, used)| (c, used + 1));
    }
    let len = s
        .bytes()
        .take(32)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let c = named(&s[..len])?;
    match s.as_bytes().get(len) {
        Some(b';') => Some((c, len + 1)),
        Some(b'=') if in_attribute => None,
        _ => Some((c, len)),
    }
}

/// `&#...`: decimal or `x` hexadecimal digits, an optional `;`.
fn numeric(s: &str) -> Option<(char, usize)> {
    let (radix, skip) = match s.as_bytes().first() {
        Some(b'x' | b'X') => (16, 1),
        _ => (10, 0),
    };
    let digits = s[skip..]
        .bytes()
        .take_while(|b| (*b as char).is_digit(radix))
        .count();
    if digits == 0 {
        return None;
    }
    let text = &s[skip..skip + digits];
    // Too many digits is out of range: read as U+FFFD, as browsers do.
    let value = if digits > 8 {
        u32::MAX
    } else {
        u32::from_str_radix(text, radix).ok()?
    };
    let used = skip + digits + usize::from(s.as_bytes().get(skip + digits) == Some(&b';'));
    Some((from_code(value), used))
}

/// A numeric reference's character (WHATWG "numeric character reference
/// end state").
fn from_code(value: u32) -> char {
    /// What 0x80–0x9F mean on pages written in windows-1252.
    const C1: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let value = match value {
        0x80..=0x9F => u32::from(C1[(value - 0x80) as usize]),
        v => v,
    };
    match value {
        0 => '\u{FFFD}',
        v => char::from_u32(v).unwrap_or('\u{FFFD}'),
    }
}

/// A named reference's character, by exact (case-sensitive) name.
fn named(name: &str) -> Option<char> {
    static TABLE: OnceLock<Vec<(&'static str, char)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t: Vec<(&'static str, char)> = data::rows(data_file!("html_entities.tsv"))
            .filter_map(|r| {
                let code = u32::from_str_radix(r.get(1)?, 16).ok()?;
                Some((r[0], char::from_u32(code)?))
            })
            .collect();
        crate::order::sort_plain(&mut t);
        t
    });
    let i = table.binary_search_by(|(n, _)| (*n).cmp(name)).ok()?;
    Some(table[i].1)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn references_as_browsers_read_them() {
        let cases = [
            ("Tom &amp; Jerry", "Tom & Jerry"),
            ("caf&eacute; &#233; &#xE9; &#XE9;", "café é é é"),
            (
                "&ldquo;Yes&rdquo; &mdash; &hellip;",
                "\u{201c}Yes\u{201d} \u{2014} \u{2026}",
            ),
            ("a&nbsp;b &nbsp c", "a\u{a0}b \u{a0} c"),
            ("AT&T &unknown; & &#; &#x;", "AT&T &unknown; & &#; &#x;"),
            (
                "&#150; &#0; &#xD800; &#99999999999;",
                "\u{2013} \u{FFFD} \u{FFFD} \u{FFFD}",
            ),
            ("&#39;quoted&#39", "'quoted'"),
        ];
        for (html, text) in cases {
            assert_eq!(decode(html, false), text, "{html}");
        }
        assert_eq!(decode("?a=1&copy=2&amp;b", true), "?a=1&copy=2&b");
    }
}
