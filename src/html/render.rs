//! The renderer: the page's visible text, one block per line, and what the
//! markup says about each line.
//!
//! A stack of open elements does what a browser's tree builder does for
//! text: blocks start and end lines, whitespace collapses outside `<pre>`,
//! `head`, scripts, forms' `<select>` and hidden elements show nothing. The
//! implied ends that change where lines break are kept (a `<p>` or `<li>`
//! closed by the next one, a cell by the next cell, an end tag closing the
//! inline elements left open inside it). The stack is capped at
//! [`MAX_DEPTH`] and an end tag looks at most that deep, so 100,000 nested
//! tags cost time in proportion and no recursion.

use super::elements::{self, mark, Display, Kind};
use super::meta::Collector;
use super::signals::{self, Signal};
use super::tokens::{self, Sink};
use super::{refs, Boxed, LineMarks, Markup, Page};

/// Elements nested deeper than this are read as part of the deepest one.
const MAX_DEPTH: usize = 256;

/// One open element and what holds for everything inside it.
struct Open<'a> {
    name: &'a str,
    kind: Kind,
    /// Marks of this element and all around it.
    marks: u16,
    /// Innermost heading level around, 0 for none.
    heading: u8,
    /// Innermost signal box around (index + 1 into `boxes`), 0 for none.
    boxed: u32,
    /// Nothing inside is shown.
    hidden: bool,
}

/// The tokenizer's sink that builds the [`Page`].
struct Renderer<'a> {
    stack: Vec<Open<'a>>,
    out: String,
    lines: Vec<LineMarks>,
    boxes: Vec<Boxed>,
    /// The line being written: its marks, and where it starts in `out`.
    line: Option<(LineMarks, usize)>,
    space: bool,
    open_paragraphs: usize,
    /// A link to the site's home or a section's front page opened since
    /// the last line ended: an `<h1>` that is all such a link is a logo.
    home_link: bool,
    meta: Collector,
}

/// Renders `html` to a [`Page`].
pub fn render(html: &str) -> Page {
    let mut r = Renderer {
        stack: Vec::new(),
        out: String::with_capacity(html.len() / 4),
        lines: Vec::new(),
        boxes: Vec::new(),
        line: None,
        space: false,
        open_paragraphs: 0,
        home_link: false,
        meta: Collector::default(),
    };
    tokens::tokenize(html, &mut r);
    r.break_line();
    if r.out.ends_with('\n') {
        r.out.pop();
    }
    Page {
        text: r.out,
        markup: Markup {
            lines: r.lines,
            boxes: r.boxes,
        },
        meta: r.meta.finish(),
    }
}

/// A tag name in lower case, when it is short enough to be a known one.
fn lower(name: &str, buf: &mut [u8; 12]) -> usize {
    if name.len() > buf.len() || !name.is_ascii() {
        return 0;
    }
    for (b, c) in buf.iter_mut().zip(name.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    name.len()
}

impl<'a> Sink<'a> for Renderer<'a> {
    fn start(&mut self, raw: &'a str, attrs: &[(&'a str, &'a str)], _self_closing: bool) {
        let mut buf = [0u8; 12];
        let n = lower(raw, &mut buf);
        let name = std::str::from_utf8(&buf[..n]).unwrap_or("");
        let kind = elements::of(name);
        self.meta.start(name, attrs);
        self.implied_ends(name, kind);
        match kind.display {
            Display::Break => self.break_line(),
            Display::Void { block } => {
                if block {
                    self.break_line()
                }
            }
            _ => {
                if name == "a" {
                    let href = attrs.iter().find(|(k, _)| k.eq_ignore_ascii_case("href"));
                    self.home_link |= href.is_some_and(|(_, v)| is_front_page(v));
                }
                self.push(raw, name, kind, attrs)
            }
        }
    }

    fn end(&mut self, raw: &'a str) {
        let mut buf = [0u8; 12];
        let n = lower(raw, &mut buf);
        let name = std::str::from_utf8(&buf[..n]).unwrap_or("");
        let kind = elements::of(name);
        match kind.display {
            // `</br>` is a `<br>` to browsers; `</p>` with none open, an
            // empty paragraph.
            Display::Break => return self.break_line(),
            Display::Block if name == "p" && self.open_paragraphs == 0 => return self.break_line(),
            _ => {}
        }
        if let Some(at) = self.find_open(raw, kind) {
            self.pop_to(at);
        }
    }

    fn text(&mut self, text: &'a str) {
        if self.stack.last().is_some_and(|o| o.hidden) {
            return;
        }
        let pre = self.stack.last().is_some_and(|o| o.marks & mark::PRE != 0);
        for c in refs::decode(text, false).chars() {
            self.put(c, pre);
        }
    }

    fn raw(&mut self, name: &'a str, content: &'a str) {
        self.meta.raw(name, content);
    }
}

impl<'a> Renderer<'a> {
    /// Ends what a start tag ends before it opens: the head when body
    /// content starts, an open sibling (`li`, cell, row, heading), an
    /// open paragraph before a block.
    fn implied_ends(&mut self, name: &str, kind: Kind) {
        if !elements::belongs_in_head(name) {
            // The head stands at the top (`html > head`), if at all.
            let head = self
                .stack
                .iter()
                .take(2)
                .position(|o| o.name.eq_ignore_ascii_case("head"));
            if let Some(at) = head {
                self.pop_to(at);
            }
        }
        if let Some((ends, stops)) = elements::ends_sibling(name) {
            self.end_sibling(ends, stops, kind.heading > 0);
        }
        if self.open_paragraphs > 0 && elements::closes_paragraph(kind, name) {
            if let Some(at) = self
                .stack
                .iter()
                .rposition(|o| o.kind.mark == mark::PARAGRAPH)
            {
                self.pop_to(at);
            }
        }
    }

    /// Ends the nearest open element named in `ends`, looking no further
    /// than an element named in `stops` (or than the current element, for
    /// headings).
    fn end_sibling(&mut self, ends: &[&str], stops: &[&str], current_only: bool) {
        let depth = if current_only { 1 } else { 16 };
        for at in (0..self.stack.len()).rev().take(depth) {
            let open = self.stack[at].name;
            if ends.iter().any(|e| e.eq_ignore_ascii_case(open)) {
                return self.pop_to(at);
            }
            if stops.iter().any(|s| s.eq_ignore_ascii_case(open)) {
                return;
            }
        }
    }

    /// The open element an end tag closes, if any within reach.
    fn find_open(&self, raw: &str, kind: Kind) -> Option<usize> {
        for at in (0..self.stack.len()).rev() {
            let open = &self.stack[at];
            if open.name.eq_ignore_ascii_case(raw) {
                return Some(at);
            }
            let mut buf = [0u8; 12];
            let n = lower(open.name, &mut buf);
            let open_name = std::str::from_utf8(&buf[..n]).unwrap_or("");
            if elements::stops_end_tag(open.kind, open_name, kind) {
                return None;
            }
        }
        None
    }

    fn push(&mut self, raw: &'a str, name: &str, kind: Kind, attrs: &[(&'a str, &'a str)]) {
        if kind.display == Display::Block {
            self.break_line();
        }
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        let parent = self.stack.last();
        let (marks, heading, boxed, hidden) = parent.map_or((0, 0, 0, false), |p| {
            (p.marks, p.heading, p.boxed, p.hidden)
        });
        let signal = if matches!(name, "html" | "body") {
            None
        } else {
            signals::of(
                kind.mark,
                &signal_attrs(attrs),
                marks & (mark::ARTICLE | mark::MAIN) != 0,
            )
        };
        let boxed = match signal {
            Some(s @ (Signal::Junk(_) | Signal::Story)) if !hidden => {
                self.boxes.push(Boxed {
                    parent: boxed,
                    signal: s,
                });
                self.boxes.len() as u32
            }
            _ => boxed,
        };
        if kind.mark == mark::PARAGRAPH {
            self.open_paragraphs += 1;
        }
        self.stack.push(Open {
            name: raw,
            kind,
            marks: marks | kind.mark,
            heading: if kind.heading > 0 {
                kind.heading
            } else {
                heading
            },
            boxed,
            hidden: hidden || kind.display == Display::Hidden || signal == Some(Signal::Hidden),
        });
    }

    /// Closes the element at `at` and all open inside it.
    fn pop_to(&mut self, at: usize) {
        while self.stack.len() > at {
            let open = self.stack.pop().expect("len > at");
            if open.kind.mark == mark::PARAGRAPH {
                self.open_paragraphs -= 1;
            }
            if open.kind.display == Display::Block {
                self.break_line();
            }
        }
    }

    /// Writes one character of visible text.
    fn put(&mut self, c: char, pre: bool) {
        if pre && c == '\n' {
            return self.break_line();
        }
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
            self.space = self.line.is_some();
            return;
        }
        // Control characters are stray bytes; a line does not start with
        // a no-break space or an invisible character (a browser shows such
        // a paragraph as a blank).
        let blank = c.is_whitespace() || crate::text::is_invisible(c);
        if c.is_control() || (blank && self.line.is_none()) {
            return;
        }
        if self.line.is_none() {
            let top = self.stack.last();
            let marks = LineMarks {
                marks: top.map_or(0, |o| o.marks & !mark::LINK),
                heading: top.map_or(0, |o| o.heading),
                boxed: top.map_or(0, |o| o.boxed),
                chars: 0,
                link_chars: 0,
            };
            self.line = Some((marks, self.out.len()));
        } else if self.space {
            self.out.push(' ');
        }
        self.space = false;
        self.out.push(c);
        let link = self.stack.last().is_some_and(|o| o.marks & mark::LINK != 0);
        if let Some((m, _)) = &mut self.line {
            m.chars += 1;
            m.link_chars += u32::from(link);
        }
    }

    /// Ends the line being written, if any.
    fn break_line(&mut self) {
        self.space = false;
        let home_link = std::mem::take(&mut self.home_link);
        if let Some((marks, start)) = self.line.take() {
            let kept = self.out[start..]
                .trim_end_matches(|c: char| c.is_whitespace() || crate::text::is_invisible(c))
                .len();
            self.out.truncate(start + kept);
            if kept == 0 {
                return;
            }
            if marks.heading == 1 {
                let logo = home_link && marks.link_chars == marks.chars;
                self.meta.heading(&self.out[start..], logo);
            }
            self.out.push('\n');
            self.lines.push(marks);
        }
    }
}

/// Whether a link leads to a site's front page or a section's
/// (`/`, `/blog`, `https://example.com/`), not to a story: its path has
/// no part, or one part of one word (a story's slug has several:
/// `/my-first-post`).
fn is_front_page(href: &str) -> bool {
    let href = href.trim();
    let after_host =
        super::after_scheme(href).map(|rest| rest.find('/').map_or("", |i| &rest[i..]));
    let path = after_host.unwrap_or(href);
    let path = path.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') && after_host.is_none() {
        return false;
    }
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [] => true,
        [one] => one.split(['-', '_', '.']).filter(|w| !w.is_empty()).count() == 1,
        _ => false,
    }
}

/// The attributes the signals read.
fn signal_attrs<'a>(attrs: &[(&'a str, &'a str)]) -> signals::Attrs<'a> {
    let mut s = signals::Attrs::default();
    for &(name, value) in attrs {
        match name.to_ascii_lowercase().as_str() {
            "class" => s.class = value,
            "id" => s.id = value,
            "role" => s.role = value,
            "itemprop" => s.itemprop = value,
            "hidden" => s.hidden = true,
            "style" => s.hidden |= hides(value),
            _ => {}
        }
    }
    s
}

/// Whether an inline style hides the element.
fn hides(style: &str) -> bool {
    let squeezed: String = style
        .chars()
        .take(400)
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    squeezed.contains("display:none") || squeezed.contains("visibility:hidden")
}
