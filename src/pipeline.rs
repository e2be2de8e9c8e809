//! The one entry point: articles in, one [`Analysis`] out.

use crate::Set;

use crate::analysis::{Analysis, Article};
use crate::clean::{repeat_key, Cleaned, Cleaner, Repeats};
use crate::countries;
use crate::echoes;
use crate::entities::Recognizer;
use crate::html::{Markup, Meta};

/// One article to analyse: a name and its raw text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The caller's name for it (the CLI uses the file stem).
    pub id: String,
    /// The raw text, one block per line (for a page read from HTML, its
    /// rendered text).
    pub text: String,
    /// For a page read from HTML, what its markup says about each line.
    pub markup: Option<Markup>,
    /// What the page or the crawler's record says about the article
    /// (headline, date, author, site, address, language).
    pub meta: Option<Meta>,
}

impl Document {
    /// A document from anything string-like.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            markup: None,
            meta: None,
        }
    }

    /// A document from a page's HTML (decoded to text): its visible text,
    /// one block per line, with what the markup says about each line.
    pub fn from_html(id: impl Into<String>, html: &str) -> Self {
        let page = crate::html::read(html);
        Document {
            id: id.into(),
            text: page.text,
            markup: Some(page.markup),
            meta: Some(page.meta),
        }
    }
}

/// Options for a [`Dateline`].
#[derive(Clone, Debug)]
pub struct Builder {
    echoes: bool,
    repeats: bool,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            echoes: true,
            repeats: true,
        }
    }
}

impl Builder {
    /// Whether to look for lines shared across articles (default: yes).
    pub fn echoes(mut self, yes: bool) -> Self {
        self.echoes = yes;
        self
    }

    /// Whether a short line that recurs on several articles of the corpus
    /// counts as site furniture (default: yes).
    pub fn repeats(mut self, yes: bool) -> Self {
        self.repeats = yes;
        self
    }

    /// Builds the analyser and its tables.
    pub fn build(self) -> Dateline {
        Dateline {
            cleaner: Cleaner::new(),
            recognizer: Recognizer::new(),
            options: self,
        }
    }
}

/// The analyser. Building it parses every table once (a few milliseconds);
/// keep it and analyse many corpora with it.
pub struct Dateline {
    cleaner: Cleaner,
    recognizer: Recognizer,
    options: Builder,
}

impl Default for Dateline {
    fn default() -> Self {
        Self::new()
    }
}

impl Dateline {
    /// An analyser with the default options.
    pub fn new() -> Self {
        Builder::default().build()
    }

    /// Options, then [`Builder::build`].
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// Analyses a set of articles together: each is cleaned, its entities
    /// and countries found; then lines shared across articles are linked.
    pub fn analyze(&self, docs: &[Document]) -> Analysis {
        let repeats = if self.options.repeats && docs.len() > 2 {
            line_repeats(docs)
        } else {
            Repeats::default()
        };
        let mut corpus = echoes::Corpus::new();
        let mut articles = Vec::with_capacity(docs.len());
        for doc in docs {
            let headlines = doc.meta.as_ref().map_or(&[][..], |m| &m.headlines[..]);
            let cleaned = self
                .cleaner
                .clean(&doc.text, &repeats, doc.markup.as_ref(), headlines);
            if self.options.echoes {
                corpus.add(articles.len(), &cleaned.lines, &cleaned.tokens);
            }
            articles.push(self.article(doc, cleaned));
        }
        if self.options.echoes {
            corpus.link(&mut articles);
        }
        Analysis { articles }
    }

    fn article(&self, doc: &Document, cleaned: Cleaned) -> Article {
        let entities = self
            .recognizer
            .recognize_tokens(&doc.text, &cleaned.lines, &cleaned.tokens);
        let countries = countries::mentioned(&entities, &cleaned.lines);
        Article {
            id: doc.id.clone(),
            text: doc.text.clone(),
            title: cleaned.title,
            lines: cleaned.lines,
            entities,
            countries,
            echoes: Vec::new(),
            meta: doc.meta.clone(),
            html: doc.markup.is_some(),
        }
    }
}

/// For each line key, how many articles contain it.
fn line_repeats(docs: &[Document]) -> Repeats {
    let mut counts = Repeats::default();
    let mut keys: Set<u64> = Set::default();
    let mut buf = String::new();
    for doc in docs {
        keys.clear();
        keys.extend(
            doc.text
                .split('\n')
                .filter(|l| !l.trim().is_empty() && l.len() < 200)
                .map(|l| repeat_key(l, &mut buf)),
        );
        for &k in &keys {
            *counts.entry(k).or_default() += 1;
        }
    }
    counts.retain(|_, n| *n > 1);
    counts
}
