//! What each element is to a reader: a block on its own lines, inline
//! text, a line break, or never shown; and the part of the page it marks
//! (navigation, footer, a list item, a heading...).

/// How an element lays out its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Display {
    /// Flows with the text around it (`a`, `span`, `b`, unknown elements).
    Inline,
    /// Starts and ends lines (`p`, `div`, `li`, `td`, `h1`...).
    Block,
    /// A line break with no content (`br`).
    Break,
    /// No content and no end tag (`img`, `meta`, `input`); `hr` is one
    /// that also ends a line.
    Void { block: bool },
    /// Content never shown as text: `head`, `script`, `svg`, `select`...
    Hidden,
}

/// The parts of a page an element marks; a line carries the marks of all
/// the elements it stands in.
pub mod mark {
    /// `<article>`.
    pub const ARTICLE: u16 = 1;
    /// `<main>`.
    pub const MAIN: u16 = 1 << 1;
    /// `<nav>`.
    pub const NAV: u16 = 1 << 2;
    /// `<header>`.
    pub const HEADER: u16 = 1 << 3;
    /// `<footer>`.
    pub const FOOTER: u16 = 1 << 4;
    /// `<aside>`.
    pub const ASIDE: u16 = 1 << 5;
    /// `<figure>`, `<figcaption>`.
    pub const FIGURE: u16 = 1 << 6;
    /// `<form>`.
    pub const FORM: u16 = 1 << 7;
    /// `<li>`, `<dt>`, `<dd>`.
    pub const LIST_ITEM: u16 = 1 << 8;
    /// `<a>`.
    pub const LINK: u16 = 1 << 9;
    /// `<h1>`–`<h6>`.
    pub const HEADING: u16 = 1 << 10;
    /// `<blockquote>`.
    pub const QUOTE: u16 = 1 << 11;
    /// `<table>`.
    pub const TABLE: u16 = 1 << 12;
    /// `<pre>`.
    pub const PRE: u16 = 1 << 13;
    /// `<button>`, `<label>`.
    pub const CONTROL: u16 = 1 << 14;
    /// `<p>`.
    pub const PARAGRAPH: u16 = 1 << 15;
}

/// One element's kind.
#[derive(Clone, Copy, Debug)]
pub struct Kind {
    /// Its layout.
    pub display: Display,
    /// The part of the page it marks ([`mark`]), or 0.
    pub mark: u16,
    /// 1–6 for `h1`–`h6`, else 0.
    pub heading: u8,
}

const fn kind(display: Display, mark: u16) -> Kind {
    Kind {
        display,
        mark,
        heading: 0,
    }
}

/// The kind of an element by its lower-case name. Unknown and custom
/// elements are inline, as a browser without their stylesheet shows them.
pub fn of(name: &str) -> Kind {
    use Display::*;
    match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Kind {
            display: Block,
            mark: mark::HEADING,
            heading: name.as_bytes()[1] - b'0',
        },
        "article" => kind(Block, mark::ARTICLE),
        "main" => kind(Block, mark::MAIN),
        "nav" => kind(Block, mark::NAV),
        "header" => kind(Block, mark::HEADER),
        "footer" => kind(Block, mark::FOOTER),
        "aside" => kind(Block, mark::ASIDE),
        "figure" | "figcaption" => kind(Block, mark::FIGURE),
        "form" => kind(Block, mark::FORM),
        "li" | "dt" | "dd" => kind(Block, mark::LIST_ITEM),
        "blockquote" => kind(Block, mark::QUOTE),
        "table" => kind(Block, mark::TABLE),
        "pre" | "listing" | "plaintext" => kind(Block, mark::PRE),
        "p" => kind(Block, mark::PARAGRAPH),
        "address" | "body" | "caption" | "center" | "details" | "dialog" | "dir" | "div" | "dl"
        | "fieldset" | "hgroup" | "html" | "legend" | "menu" | "ol" | "section" | "summary"
        | "tbody" | "td" | "tfoot" | "th" | "thead" | "tr" | "ul" | "option" | "optgroup" => {
            kind(Block, 0)
        }
        "a" => kind(Inline, mark::LINK),
        "button" | "label" => kind(Inline, mark::CONTROL),
        "br" => kind(Break, 0),
        "hr" => kind(Void { block: true }, 0),
        "area" | "base" | "col" | "embed" | "img" | "input" | "keygen" | "link" | "meta"
        | "param" | "source" | "track" | "wbr" | "image" => kind(Void { block: false }, 0),
        "head" | "script" | "style" | "template" | "svg" | "math" | "select" | "datalist"
        | "canvas" | "video" | "audio" | "object" | "noscript" | "iframe" | "noembed"
        | "noframes" | "textarea" | "title" | "xmp" | "map" => kind(Hidden, 0),
        _ => kind(Inline, 0),
    }
}

/// Elements that may stand in `<head>`; any other start tag there ends
/// the head and starts the body, as browsers do.
pub fn belongs_in_head(name: &str) -> bool {
    matches!(
        name,
        "base" | "link" | "meta" | "title" | "style" | "script" | "noscript" | "template"
    )
}

/// Start tags that close an open `<p>` first (the spec's list, in short:
/// every block).
pub fn closes_paragraph(kind: Kind, name: &str) -> bool {
    kind.display == Display::Block
        && !matches!(
            name,
            "td" | "th"
                | "tr"
                | "tbody"
                | "thead"
                | "tfoot"
                | "caption"
                | "option"
                | "optgroup"
                | "html"
                | "body"
                | "li"
                | "dt"
                | "dd"
        )
        || matches!(name, "hr" | "li" | "dt" | "dd")
}

/// For a start tag that ends an open sibling (`<li>` an open `<li>`,
/// `<td>` an open cell, `<tr>` an open row...): which open elements it
/// ends, and which ones stop the search (a list or table between them).
pub fn ends_sibling(name: &str) -> Option<(&'static [&'static str], &'static [&'static str])> {
    const LIST: &[&str] = &["ul", "ol", "dl", "menu", "table"];
    const TABLE: &[&str] = &["table"];
    match name {
        "li" => Some((&["li"], LIST)),
        "dt" | "dd" => Some((&["dt", "dd"], LIST)),
        "tr" => Some((&["tr", "td", "th"], TABLE)),
        "td" | "th" => Some((&["td", "th"], &["table", "tr"])),
        "tbody" | "thead" | "tfoot" => {
            Some((&["tbody", "thead", "tfoot", "tr", "td", "th"], TABLE))
        }
        "option" => Some((&["option"], &["select", "datalist"])),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            Some((&["h1", "h2", "h3", "h4", "h5", "h6"], &[]))
        }
        _ => None,
    }
}

/// Elements an end tag for another element does not close across: an
/// inline end tag stops at any block, a block's at a table or its cells.
pub fn stops_end_tag(open: Kind, open_name: &str, closing: Kind) -> bool {
    match closing.display {
        Display::Inline => open.display != Display::Inline,
        _ => matches!(
            open_name,
            "table" | "td" | "th" | "caption" | "html" | "template"
        ),
    }
}
