//! A small JSON reader for a page's JSON-LD.
//!
//! The metadata needs strings, lists and objects, nothing else: numbers,
//! `true`, `false` and `null` are read past. serde_json's `Value` did this
//! at 19.5 KB of wasm code (its deserializer, float parsing and map), about
//! 6 KB of the gzipped download; this reader is a few hundred bytes.
//! Nesting deeper than [`MAX_DEPTH`] makes the script unreadable (`None`),
//! so a hostile page cannot overflow the stack.

/// A JSON value, as far as the metadata reads it.
#[derive(Debug, PartialEq)]
pub enum Json {
    /// A string, escapes decoded.
    Str(String),
    /// A list.
    List(Vec<Json>),
    /// An object's members in their order.
    Obj(Vec<(String, Json)>),
    /// A number, `true`, `false` or `null`.
    Other,
}

/// How deep lists and objects may nest.
const MAX_DEPTH: usize = 64;

impl Json {
    /// An object's member `key` (the last one, as serde_json keeps).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// Reads `text` as one JSON value with nothing after it but whitespace;
/// `None` when it is not one.
pub fn parse(text: &str) -> Option<Json> {
    let mut r = Reader {
        s: text.as_bytes(),
        at: 0,
    };
    let value = r.value(0)?;
    r.skip_space();
    (r.at == r.s.len()).then_some(value)
}

struct Reader<'a> {
    s: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while self.s.get(self.at).is_some_and(|b| b" \t\r\n".contains(b)) {
            self.at += 1;
        }
    }

    /// Takes `b` after whitespace, if it comes next.
    fn eat(&mut self, b: u8) -> bool {
        self.skip_space();
        let yes = self.s.get(self.at) == Some(&b);
        self.at += usize::from(yes);
        yes
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        self.skip_space();
        match *self.s.get(self.at)? {
            b'"' => self.string().map(Json::Str),
            b'[' if depth < MAX_DEPTH => self.list(depth + 1),
            b'{' if depth < MAX_DEPTH => self.object(depth + 1),
            b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => self.scalar(),
            _ => None,
        }
    }

    /// A number or a literal, read past.
    fn scalar(&mut self) -> Option<Json> {
        let start = self.at;
        while self
            .s
            .get(self.at)
            .is_some_and(|b| b.is_ascii_alphanumeric() || b"+-.".contains(b))
        {
            self.at += 1;
        }
        let word = &self.s[start..self.at];
        let number = word[0] == b'-' || word[0].is_ascii_digit();
        (number || matches!(word, b"true" | b"false" | b"null")).then_some(Json::Other)
    }

    fn list(&mut self, depth: usize) -> Option<Json> {
        self.items(b']', |p| p.value(depth)).map(Json::List)
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        self.items(b'}', |p| {
            p.skip_space();
            if p.s.get(p.at) != Some(&b'"') {
                return None;
            }
            let key = p.string()?;
            if !p.eat(b':') {
                return None;
            }
            Some((key, p.value(depth)?))
        })
        .map(Json::Obj)
    }

    /// The items of a list or an object after its opening bracket, parted
    /// by commas, up to `close`.
    fn items<T>(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(close) {
            return Some(items);
        }
        loop {
            items.push(item(self)?);
            if self.eat(close) {
                return Some(items);
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    /// A string at `"`, its escapes decoded (a lone surrogate as U+FFFD).
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = Vec::new();
        loop {
            let b = *self.s.get(self.at)?;
            self.at += 1;
            match b {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let c = self.escape()?;
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                _ => out.push(b),
            }
        }
    }

    /// The character an escape after `\` stands for.
    fn escape(&mut self) -> Option<char> {
        let b = *self.s.get(self.at)?;
        self.at += 1;
        Some(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode(),
            _ => return None,
        })
    }

    /// `\uXXXX`, joined with a following low surrogate where it is one.
    fn unicode(&mut self) -> Option<char> {
        let high = self.hex4()?;
        if (0xD800..0xDC00).contains(&high) && self.s[self.at..].starts_with(b"\\u") {
            let back = self.at;
            self.at += 2;
            let low = self.hex4()?;
            if (0xDC00..0xE000).contains(&low) {
                return char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00));
            }
            self.at = back;
        }
        Some(char::from_u32(high).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = std::str::from_utf8(self.s.get(self.at..self.at + 4)?).ok()?;
        self.at += 4;
        u32::from_str_radix(digits, 16).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_json_ld_holds() {
        let v = parse(
            r#" {"@type": ["NewsArticle"], "headline": "Caf\u00e9 \"open\" \ud83d\ude00",
               "n": -1.5e3, "ok": true, "x": null, "author": [{"name": "A"}, "B"], "e": {}, "l": []} "#,
        )
        .unwrap();
        assert_eq!(
            v.get("headline").and_then(Json::as_str),
            Some("Café \"open\" 😀")
        );
        assert_eq!(v.get("n"), Some(&Json::Other));
        assert_eq!(
            v.get("author"),
            Some(&Json::List(vec![
                Json::Obj(vec![("name".into(), Json::Str("A".into()))]),
                Json::Str("B".into())
            ]))
        );
        assert_eq!(v.get("e"), Some(&Json::Obj(vec![])));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "\"open",
            "{} x",
            "{'a': 1}",
            "nope",
            "\"\\x\"",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    /// Nesting past the limit is refused, not a stack overflow.
    #[test]
    fn deep_nesting_is_refused() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(parse(&deep), None);
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_some());
    }
}
