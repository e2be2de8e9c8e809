//! HTML in: a page's visible text, one block per line, with what its
//! markup says about each line and about the page.
//!
//! The steps, one file each:
//!
//! 1. [`charset`]: which encoding the bytes are in (the decoding itself is
//!    the platform's: `encoding_rs` natively, `TextDecoder` in a browser).
//! 2. [`tokens`]: tags, attributes and text, in one linear pass.
//! 3. [`refs`]: character references (`&eacute;`, `&#8217;`).
//! 4. [`elements`]: which elements are blocks, breaks, hidden, and which
//!    part of a page they mark (`nav`, `footer`, `article`, `li`, `h1`...).
//! 5. [`signals`]: what `class`, `id`, `role` and `itemprop` words say
//!    ("comments", "related", "article-body").
//! 6. [`render`]: the text, line by line, with each line's marks.
//! 7. [`meta`]: headline, date, author, site, address, language.
//!
//! The cleanup reads the marks beside its own text evidence
//! ([`crate::clean`]); the lines are those of [`Page::text`], which is the
//! text that line numbers and offsets refer to.

mod charset;
mod elements;
mod json;
mod meta;
mod refs;
mod render;
mod signals;
mod tokens;

pub use charset::sniff;
pub use elements::mark;
pub use meta::{fold, title_parts, Meta};
pub use signals::Signal;
pub(crate) use signals::{COMMENTS, FOOTER};

/// A page read from its HTML.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// The visible text, one block per line, no empty lines.
    pub text: String,
    /// What the markup says about the text.
    pub markup: Markup,
    /// What the page says about itself.
    pub meta: Meta,
}

/// What a page's markup says about its text and about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup {
    /// What the markup says about each line of the text, in order.
    pub lines: Vec<LineMarks>,
    /// The parts of the page its markup names, each inside its parent.
    pub boxes: Vec<Boxed>,
}

/// What the markup says about one line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineMarks {
    /// The [`mark`]s of the elements it stands in.
    pub marks: u16,
    /// The innermost heading level it stands in (1–6), 0 for none.
    pub heading: u8,
    /// The innermost named part it stands in: index + 1 into
    /// [`Markup::boxes`], 0 for none.
    pub boxed: u32,
    /// Its characters, and how many of them are link text.
    pub chars: u32,
    /// See `chars`.
    pub link_chars: u32,
}

/// A part of the page its markup names ([`Signal`]), inside another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Boxed {
    /// The enclosing part (index + 1), 0 for none.
    pub parent: u32,
    /// What its markup calls it.
    pub signal: Signal,
}

/// A URL after its scheme (`https://`, `http://` or `//`): host first;
/// `None` for a relative URL.
fn after_scheme(url: &str) -> Option<&str> {
    let url = url.trim();
    ["https://", "http://", "//"]
        .iter()
        .find_map(|s| url.strip_prefix(s))
}

/// Reads a page from its HTML (already decoded to text).
///
/// ```
/// let page = dateline::html::read(
///     "<title>Rain | Daily</title><nav><a href=/>Home</a></nav>\
///      <h1>Rain&nbsp;at last</h1><p>It rained\non Monday.</p>",
/// );
/// assert_eq!(page.text, "Home\nRain\u{a0}at last\nIt rained on Monday.");
/// assert_eq!(page.meta.title.as_deref(), Some("Rain at last"));
/// ```
pub fn read(html: &str) -> Page {
    render::render(html)
}
