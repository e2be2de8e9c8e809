//! The tokenizer: HTML as start tags, end tags and text, in one pass.
//!
//! It follows the WHATWG tokenizer where a page's text depends on it
//! (tags, attributes in any quoting, comments, `<!DOCTYPE>` and other
//! declarations, the raw text of `<script>`, `<style>`, `<textarea>`,
//! `<title>`) and recovers from errors as browsers do: a `<` that opens no
//! tag is text, a tag cut off by the end of the page is dropped, an
//! unclosed comment runs to the end. Each byte is read a bounded number of
//! times, so the time is linear in the page whatever its shape, and
//! nothing recurses.
//!
//! Why our own: the spec-complete crates cost too much download (README
//! "HTML in"): html5gum added 61 KB gzipped to the browser build, most of
//! it for a table of 2,231 character references; tl adds 8 KB but ignores
//! an end tag that does not match the open element, so one unclosed `<p>`
//! nests the rest of the page inside it.

/// What the tokenizer reports; the renderer ([`super::render`]) is one.
pub trait Sink<'a> {
    /// A start tag: its name as written, its attributes (raw values,
    /// character references still in them), and whether it ended in `/>`.
    fn start(&mut self, name: &'a str, attrs: &[(&'a str, &'a str)], self_closing: bool);
    /// An end tag, its name as written.
    fn end(&mut self, name: &'a str);
    /// Text between tags, character references still in it.
    fn text(&mut self, text: &'a str);
    /// The whole content of a raw-text element (`<script>`, `<title>`...),
    /// reported between its start and its end.
    fn raw(&mut self, name: &'a str, content: &'a str);
}

/// Elements whose content is text up to their own end tag, not markup.
/// `noscript` is one because a browser that runs scripts (every reader's)
/// parses it so; its content is never shown.
const RAW_TEXT: [&str; 9] = [
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// What one `<` turned out to open.
enum Step<'a> {
    /// A comment, declaration or processing instruction: skip to here.
    Skip(usize),
    /// A start tag (its attributes are in the caller's buffer), the
    /// position after it, and whether it ended in `/>`.
    Start(&'a str, usize, bool),
    /// An end tag and the position after it.
    End(&'a str, usize),
}

/// Feeds the tokens of `html` to `sink`, in order.
pub fn tokenize<'a>(html: &'a str, sink: &mut impl Sink<'a>) {
    let mut attrs = Vec::new();
    let (mut pos, mut text_from) = (0, 0);
    while let Some(lt) = find(html.as_bytes(), b'<', pos) {
        let Some(step) = tag_at(html, lt, &mut attrs) else {
            pos = lt + 1;
            continue;
        };
        if lt > text_from {
            sink.text(&html[text_from..lt]);
        }
        pos = match step {
            Step::Skip(end) => end,
            Step::End(name, end) => {
                sink.end(name);
                end
            }
            Step::Start(name, end, self_closing) => {
                sink.start(name, &attrs, self_closing);
                if self_closing || !is_raw(name) {
                    end
                } else {
                    let (content, after) = raw_content(html, end, name);
                    sink.raw(name, content);
                    sink.end(name);
                    after
                }
            }
        };
        text_from = pos;
    }
    if text_from < html.len() {
        sink.text(&html[text_from..]);
    }
}

fn is_raw(name: &str) -> bool {
    RAW_TEXT.iter().any(|r| r.eq_ignore_ascii_case(name))
}

/// What the `<` at `lt` opens, or `None` when it is plain text.
fn tag_at<'a>(html: &'a str, lt: usize, attrs: &mut Vec<(&'a str, &'a str)>) -> Option<Step<'a>> {
    let b = html.as_bytes();
    match *b.get(lt + 1)? {
        b'!' => Some(Step::Skip(declaration_end(b, lt))),
        b'?' => Some(Step::Skip(after_gt(b, lt + 2))),
        b'/' => match *b.get(lt + 2)? {
            b'>' => Some(Step::Skip(lt + 3)),
            c if c.is_ascii_alphabetic() => {
                let (name, i) = name_at(html, lt + 2);
                // An end tag's attributes are read (quotes may hide a `>`)
                // and dropped.
                let mut ignored = Vec::new();
                Some(match attributes(html, i, &mut ignored) {
                    Some((end, _)) => Step::End(name, end),
                    None => Step::Skip(b.len()),
                })
            }
            _ => Some(Step::Skip(after_gt(b, lt + 2))),
        },
        c if c.is_ascii_alphabetic() => {
            let (name, i) = name_at(html, lt + 1);
            attrs.clear();
            // A page that ends inside a tag ends there: the tag is
            // dropped (the spec's "EOF in tag"), and nothing is re-read.
            Some(match attributes(html, i, attrs) {
                Some((end, self_closing)) => Step::Start(name, end, self_closing),
                None => Step::Skip(b.len()),
            })
        }
        _ => None,
    }
}

/// A tag name: up to whitespace, `/` or `>`.
fn name_at(html: &str, from: usize) -> (&str, usize) {
    let b = html.as_bytes();
    let end = (from..b.len())
        .find(|&i| matches!(b[i], b'/' | b'>') || b[i].is_ascii_whitespace())
        .unwrap_or(b.len());
    (&html[from..end], end)
}

/// Reads attributes from `i` to the end of the tag. Returns the position
/// after the `>` and whether the tag closed with `/>`; `None` when the page
/// ends inside the tag (the tag is dropped, as browsers do).
fn attributes<'a>(
    html: &'a str,
    mut i: usize,
    attrs: &mut Vec<(&'a str, &'a str)>,
) -> Option<(usize, bool)> {
    let b = html.as_bytes();
    loop {
        while b.get(i)?.is_ascii_whitespace() {
            i += 1;
        }
        match b[i] {
            b'>' => return Some((i + 1, false)),
            b'/' if b.get(i + 1) == Some(&b'>') => return Some((i + 2, true)),
            b'/' => i += 1,
            _ => {
                let (attr, next) = attribute(html, i)?;
                attrs.push(attr);
                i = next;
            }
        }
    }
}

/// One attribute at `i` (not whitespace, `/` or `>`): name and raw value.
fn attribute(html: &str, i: usize) -> Option<((&str, &str), usize)> {
    let b = html.as_bytes();
    // The first character may be `=`: it belongs to the name.
    let name_end = (i + 1..b.len())
        .find(|&j| matches!(b[j], b'/' | b'>' | b'=') || b[j].is_ascii_whitespace())
        .unwrap_or(b.len());
    let name = &html[i..name_end];
    let mut j = name_end;
    while b.get(j).is_some_and(u8::is_ascii_whitespace) {
        j += 1;
    }
    if b.get(j) != Some(&b'=') {
        return Some(((name, ""), j.max(name_end)));
    }
    j += 1;
    while b.get(j)?.is_ascii_whitespace() {
        j += 1;
    }
    match b[j] {
        q @ (b'"' | b'\'') => {
            let close = find(b, q, j + 1)?;
            Some(((name, &html[j + 1..close]), close + 1))
        }
        _ => {
            let end = (j..b.len())
                .find(|&k| b[k] == b'>' || b[k].is_ascii_whitespace())
                .unwrap_or(b.len());
            Some(((name, &html[j..end]), end))
        }
    }
}

/// The end of `<!...>` at `lt`: a comment ends at `-->` (or `--!>`, or
/// at once for `<!-->`), anything else (doctype, CDATA) at the next `>`.
fn declaration_end(b: &[u8], lt: usize) -> usize {
    if !b[lt..].starts_with(b"<!--") {
        return after_gt(b, lt + 2);
    }
    let body = lt + 4;
    if b[body..].starts_with(b">") {
        return body + 1;
    }
    if b[body..].starts_with(b"->") {
        return body + 2;
    }
    let mut i = body;
    while let Some(dash) = find(b, b'-', i) {
        let rest = &b[dash..];
        if rest.starts_with(b"-->") {
            return dash + 3;
        }
        if rest.starts_with(b"--!>") {
            return dash + 4;
        }
        i = dash + 1;
    }
    b.len()
}

/// The position after the next `>` from `i`, or the end of the page.
fn after_gt(b: &[u8], i: usize) -> usize {
    find(b, b'>', i).map_or(b.len(), |gt| gt + 1)
}

/// A raw-text element's content from `from`, up to its end tag (any case,
/// followed by whitespace, `/` or `>`), and the position after that tag.
/// With no end tag the content runs to the end of the page.
fn raw_content<'a>(html: &'a str, from: usize, name: &str) -> (&'a str, usize) {
    let b = html.as_bytes();
    let n = name.len();
    let mut i = from;
    while let Some(lt) = find(b, b'<', i) {
        let closes = b.get(lt + 1) == Some(&b'/')
            && b.get(lt + 2..lt + 2 + n)
                .is_some_and(|s| s.eq_ignore_ascii_case(name.as_bytes()))
            && b.get(lt + 2 + n)
                .is_none_or(|&c| matches!(c, b'/' | b'>') || c.is_ascii_whitespace());
        if closes {
            return (&html[from..lt], after_gt(b, lt + 2 + n));
        }
        i = lt + 1;
    }
    (&html[from..], b.len())
}

/// The first `needle` in `b` at or after `from`.
fn find(b: &[u8], needle: u8, from: usize) -> Option<usize> {
    b.get(from..)?
        .iter()
        .position(|&c| c == needle)
        .map(|p| p + from)
}
