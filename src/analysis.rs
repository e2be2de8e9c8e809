//! The plain data that comes out of an analysis.
//!
//! Every value here is a small struct of owned or `'static` data with byte
//! spans into the article's raw text. Nothing here has behaviour beyond a few
//! accessors: the pipeline fills these in, the CLI and the wasm boundary turn
//! them into JSON with the offsets their readers expect (code points for the
//! CLI, UTF-16 units for JavaScript).

use std::borrow::Cow;
use std::ops::Range;

/// The role of one non-empty line of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// The headline.
    Title,
    /// A heading inside the story.
    Subheading,
    /// Story text, including the lead and a dateline.
    Body,
    /// Anything that is not the story: teasers, ads, prompts, credits.
    Boilerplate,
}

impl Role {
    /// The name used in JSON: `title`, `subheading`, `body`, `boilerplate`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Subheading => "subheading",
            Role::Body => "body",
            Role::Boilerplate => "boilerplate",
        }
    }

    /// Whether the line belongs to the article (everything but boilerplate).
    pub fn is_kept(self) -> bool {
        self != Role::Boilerplate
    }
}

/// One non-empty line of an article and what the cleanup decided about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number, counting every `\n`-separated line of the raw text.
    pub number: usize,
    /// Byte span of the line in the raw text, without the `\n` (or `\r\n`).
    pub span: Range<usize>,
    /// What the line is.
    pub role: Role,
    /// Why: for a removed line the reason a reader sees ("link list"); for a
    /// kept line the evidence that kept it.
    pub why: Cow<'static, str>,
}

/// The kind of an entity mention, after OntoNotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation: company, agency, party, team, medium.
    Org,
    /// A geo-political entity: country, city, state, and their metonyms.
    Gpe,
    /// A non-political location: continent, region, sea, "the West".
    Loc,
    /// A nationality, religious or political group: "British", "Western".
    Norp,
}

impl EntityKind {
    /// Every kind, in display order.
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Org,
        EntityKind::Gpe,
        EntityKind::Loc,
        EntityKind::Norp,
    ];

    /// The OntoNotes label: `PERSON`, `ORG`, `GPE`, `LOC`, `NORP`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "PERSON",
            EntityKind::Org => "ORG",
            EntityKind::Gpe => "GPE",
            EntityKind::Loc => "LOC",
            EntityKind::Norp => "NORP",
        }
    }
}

/// One entity mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Byte span in the raw text; never crosses a line break.
    pub span: Range<usize>,
    /// What it is.
    pub kind: EntityKind,
    /// The name every alias of it resolves to ("UK" → "United Kingdom").
    pub canonical: String,
    /// ISO 3166-1 alpha-2 code of the country the mention refers to, for GPE,
    /// LOC and NORP mentions that stand for a country or a place inside one.
    pub country: Option<&'static str>,
    /// Which table or rule recognised it, for the reader ("country table").
    pub why: Cow<'static, str>,
    /// 1-based number of the line the mention is on.
    pub line: usize,
}

/// How close two echoed lines are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EchoKind {
    /// The same text, up to spacing, quotes and case.
    Exact,
    /// Most of the distinctive words are shared.
    Near,
}

impl EchoKind {
    /// `exact` or `near`.
    pub fn as_str(self) -> &'static str {
        match self {
            EchoKind::Exact => "exact",
            EchoKind::Near => "near",
        }
    }
}

/// A kept line that repeats a kept line of another article.
#[derive(Clone, Debug, PartialEq)]
pub struct Echo {
    /// Line number in this article.
    pub line: usize,
    /// Index of the other article in [`Analysis::articles`].
    pub other: usize,
    /// Line number in the other article.
    pub other_line: usize,
    /// Exact or near copy.
    pub kind: EchoKind,
    /// Similarity of the two lines' word shingles, 0 to 1.
    pub similarity: f32,
}

/// Everything Dateline found in one article.
#[derive(Clone, Debug)]
pub struct Article {
    /// The caller's name for the article (the CLI uses the file stem).
    pub id: String,
    /// The raw text, exactly as given.
    pub text: String,
    /// The headline, or `None` where the text opens with its lead.
    pub title: Option<String>,
    /// Every non-empty line, in order.
    pub lines: Vec<Line>,
    /// Every entity mention on every line (removed lines included), in order.
    pub entities: Vec<Entity>,
    /// ISO codes of the countries mentioned in kept lines, sorted.
    pub countries: Vec<&'static str>,
    /// Kept lines that echo kept lines of other articles.
    pub echoes: Vec<Echo>,
    /// What the page or the crawler's record says about the article.
    pub meta: Option<crate::html::Meta>,
    /// Whether it was read from HTML (`text` is then the rendered text).
    pub html: bool,
}

impl Article {
    /// The raw text of a line.
    pub fn line_text(&self, line: &Line) -> &str {
        &self.text[line.span.clone()]
    }

    /// The raw text of an entity mention.
    pub fn entity_text(&self, entity: &Entity) -> &str {
        &self.text[entity.span.clone()]
    }

    /// The role of the line with this 1-based number, if it is non-empty.
    pub fn role_of(&self, number: usize) -> Option<Role> {
        self.lines
            .binary_search_by_key(&number, |l| l.number)
            .ok()
            .map(|i| self.lines[i].role)
    }
}

/// The result of analysing a set of articles together.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// One entry per input article, in input order.
    pub articles: Vec<Article>,
}
