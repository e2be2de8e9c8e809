//! The JSON shape of an [`Analysis`], with offsets in the reader's units.
//!
//! The CLI prints the contract shape (code-point offsets, the documented
//! keys only); the browser gets the same shape in UTF-16 offsets plus the
//! extras the page shows (line spans, the article text, why each entity was
//! recognised, echo strength).

use serde::Serialize;

use crate::analysis::{Analysis, Article};
use crate::html::Meta;
use crate::text::{OffsetMap, Unit};

/// The whole analysis, ready to serialise.
#[derive(Serialize, Debug)]
pub struct Report<'a> {
    /// One entry per article, in input order.
    pub docs: Vec<DocReport<'a>>,
}

/// One article.
#[derive(Serialize, Debug)]
pub struct DocReport<'a> {
    /// The caller's name for it.
    pub id: &'a str,
    /// The headline, or `null`.
    pub title: Option<&'a str>,
    /// Every non-empty line.
    pub lines: Vec<LineReport<'a>>,
    /// Every entity mention.
    pub entities: Vec<EntityReport<'a>>,
    /// ISO codes of the countries mentioned in kept lines.
    pub countries: &'a [&'static str],
    /// Kept lines shared with other articles.
    pub echoes: Vec<EchoReport<'a>>,
    /// The text that lines and offsets refer to: the rendered text of a
    /// page read from HTML (always), the raw text in extended reports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
    /// What the page or the record says about itself: `title`, `date`,
    /// `author`, `site`, `url`, `lang`, where found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<&'a Meta>,
}

/// One line.
#[derive(Serialize, Debug)]
pub struct LineReport<'a> {
    /// 1-based line number.
    pub line: usize,
    /// `title`, `subheading`, `body` or `boilerplate`.
    pub role: &'static str,
    /// Why the line has that role.
    pub why: &'a str,
    /// Start offset (extended reports only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// End offset (extended reports only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// One entity mention.
#[derive(Serialize, Debug)]
pub struct EntityReport<'a> {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// The mention as written (the browser's report leaves it out: the
    /// page has the text and its offsets).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
    /// `PERSON`, `ORG`, `GPE`, `LOC` or `NORP`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The canonical name.
    pub canonical: &'a str,
    /// ISO 3166-1 alpha-2 code, or `null`.
    pub country: Option<&'static str>,
    /// Which table or rule found it (extended reports only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<&'a str>,
    /// 1-based line number (extended reports only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

/// One echo.
#[derive(Serialize, Debug)]
pub struct EchoReport<'a> {
    /// Line number in this article.
    pub line: usize,
    /// Id of the other article.
    pub other: &'a str,
    /// Line number in the other article.
    pub other_line: usize,
    /// `exact` or `near` (extended reports only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// Similarity 0–1 (extended reports only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f32>,
}

impl<'a> Report<'a> {
    /// The contract shape with offsets in `unit`; `extended` adds the
    /// fields the page needs.
    pub fn new(analysis: &'a Analysis, unit: Unit, extended: bool) -> Self {
        Report {
            docs: analysis
                .articles
                .iter()
                .map(|a| doc_report(analysis, a, unit, extended))
                .collect(),
        }
    }
}

fn doc_report<'a>(
    analysis: &'a Analysis,
    a: &'a Article,
    unit: Unit,
    extended: bool,
) -> DocReport<'a> {
    let offsets = a
        .entities
        .iter()
        .flat_map(|e| [e.span.start, e.span.end])
        .chain(
            a.lines
                .iter()
                .filter(|_| extended)
                .flat_map(|l| [l.span.start, l.span.end]),
        );
    let map = OffsetMap::new(&a.text, offsets, unit);
    DocReport {
        id: &a.id,
        title: a.title.as_deref(),
        lines: a
            .lines
            .iter()
            .map(|l| LineReport {
                line: l.number,
                role: l.role.as_str(),
                why: &l.why,
                start: extended.then(|| map.get(l.span.start)),
                end: extended.then(|| map.get(l.span.end)),
            })
            .collect(),
        entities: a
            .entities
            .iter()
            .map(|e| EntityReport {
                start: map.get(e.span.start),
                end: map.get(e.span.end),
                text: Some(a.entity_text(e)),
                kind: e.kind.as_str(),
                canonical: &e.canonical,
                country: e.country,
                why: extended.then_some(e.why.as_ref()),
                line: extended.then_some(e.line),
            })
            .collect(),
        countries: &a.countries,
        echoes: a
            .echoes
            .iter()
            .map(|e| EchoReport {
                line: e.line,
                other: &analysis.articles[e.other].id,
                other_line: e.other_line,
                kind: extended.then_some(e.kind.as_str()),
                similarity: extended.then_some(e.similarity),
            })
            .collect(),
        text: (extended || a.html).then_some(a.text.as_str()),
        meta: a.meta.as_ref(),
    }
}
