//! Entity recognition: people, organisations, places and nationalities.
//!
//! Recognition works on capitalised chunks of a line, in the order of
//! these files:
//!
//! 1. [`chunks`]: a run of capitalised words, joined by "of", "de", "van"…
//!    or a hyphen, split at an "and" between two names; a country code in
//!    brackets and the teams of a results line are decided whole, and
//!    [`scores`] finds the sides of a match ("losing to Tulsa 63-7"),
//!    [`scorecards`] the players of a cricket scorecard ("c Hussain b
//!    Cork").
//! 2. [`steps`]: `chunk_once` runs one chunk through the steps below,
//!    in order.
//!    - [`titles`]: `trim_front` drops a sentence's capitalised function
//!      word ("The", "For"); `take_title` takes a title off the front
//!      ("Prime Minister", "Sir") and marks what follows as a person;
//!      `split_at_title` splits at a title inside ("ECB President
//!      Christine Lagarde"); a capitalised "The" inside a sentence joins
//!      the name after it ("The Hague").
//!    - [`heads`]: `decide_whole` decides the chunk whole: `org_head` (an
//!      organisation head or legal suffix: "Council", "Ltd", "Bank of …"),
//!      `given_and_surname` ("Paris Hilton"), `known_and_word_before_verb`
//!      ("Yorkshire Water said"), `place_head` ("Lake …", "… County",
//!      "… Street"), and [`initials`]'s `initials_person` ("C. H.
//!      Douglas").
//!    - `tile` (in [`steps`], with [`tiling`]'s fit and [`gazetteer`]):
//!      the gazetteer tiles the rest, longest match first (countries,
//!      places, organisations, nationalities), where the text's case fits
//!      the entry.
//!    - [`rules`]: `judge` decides what is left by name lists and cues: a
//!      given name in front, a speech verb after ("Martin said"), an
//!      unknown acronym (ORG), a preposition of place, and [`appositives`]'
//!      kind after the name (", the Dutch lender").
//!    - [`lists`]: an unknown name in a list beside people is a person.
//! 3. [`document`]: fixed expressions drop out ("Brussels sprouts"), as
//!    do nationalities after a prefix ("All-American"); two joined by a
//!    hyphen are one ("Italian-American"); and
//!    acronyms defined in the text ("National Cyber Security Centre
//!    (NCSC)"), surnames after full names ("Xu" → "Eric Xu") and names
//!    recognised once by a cue propagate.
//! 4. [`places`]: apposition ("Paris, Texas") and the countries the rest
//!    of the text names decide ambiguous places.
//! 5. [`teams`]: a town before a player's role or after a player's career
//!    ("Valencia striker", "played for Lausanne") is its club, and a town
//!    that stood for its team once does so wherever else it is named.
//!
//! [`words`] holds the small judgements about words they share.

mod appositives;
mod chunks;
mod cues;
mod document;
pub mod gazetteer;
mod heads;
mod initials;
mod lists;
mod places;
mod rules;
mod scorecards;
mod scores;
mod steps;
mod teams;
mod tiling;
mod titles;
mod words;

use std::borrow::Cow;

use crate::Map;

use crate::analysis::{Entity, EntityKind, Line};
use crate::text::{key, Shape, Token, Tokens};
use chunks::*;
use document::*;
use gazetteer::{Entry, Gazetteer};
use places::*;
use words::*;

/// Finds entity mentions. Build once; it owns the tables.
pub struct Recognizer {
    gaz: Gazetteer,
    cues: cues::NameCues,
}

impl Default for Recognizer {
    fn default() -> Self {
        Self::new()
    }
}

/// Words that may join capitalised words inside one name.
const CONNECTORS: [&str; 23] = [
    "of", "for", "de", "du", "des", "la", "le", "van", "von", "der", "den", "al", "bin", "ibn",
    "el", "y", "da", "do", "dos", "di", "del", "wa", "&",
];

/// A capitalised chunk: token indices `a..b` of a line.
#[derive(Clone, Copy, Debug)]
struct Chunk {
    a: usize,
    b: usize,
    /// A title stood before it ("Mr", "Prime Minister").
    titled: bool,
}

/// The line a chunk comes from: its text, number, tokens and case.
#[derive(Clone, Copy)]
struct LineCx<'a> {
    text: &'a str,
    line: usize,
    tokens: &'a Tokens,
    /// Most of the line is in capitals (a headline or banner).
    upper_line: bool,
    /// The line is program code ("SELECT avg(n) FROM series;").
    code_line: bool,
}

impl<'a> LineCx<'a> {
    /// The text of token `j`.
    fn tx(&self, j: usize) -> &'a str {
        let t = &self.tokens[j];
        &self.text[t.start..t.end]
    }

    /// The text of token `j`, or "" past the end of the line.
    fn tx_or_empty(&self, j: usize) -> &'a str {
        if j < self.tokens.len() {
            self.tx(j)
        } else {
            ""
        }
    }

    /// An unjudged mention of tokens `a..b`.
    fn mention(&self, a: usize, b: usize) -> Mention {
        let (text, tokens) = (self.text, self.tokens);
        Mention {
            line: self.line,
            start: tokens[a].start,
            end: tokens[b - 1].end,
            key: tokens.span_key(a, b).to_string(),
            kind: None,
            canonical: text[tokens[a].start..tokens[b - 1].end].to_string(),
            country: None,
            why: Cow::Borrowed(""),
            defines: defined_acronym(text, tokens, b),
            sentence_start: is_sentence_start(text, tokens, a),
            entry: None,
            alts: Vec::new(),
        }
    }
}

/// A mention before the document pass: its tokens and its verdict so far.
#[derive(Clone, Debug)]
struct Mention {
    line: usize,
    start: usize,
    end: usize,
    /// The [`key`] of the mention's text.
    key: String,
    /// `None`: a capitalised chunk nobody recognised yet.
    kind: Option<EntityKind>,
    canonical: String,
    country: Option<&'static str>,
    why: Cow<'static, str>,
    /// Followed by "(ACRONYM)" in the text.
    defines: Option<String>,
    sentence_start: bool,
    /// The gazetteer entry chosen, and the others the text also fits
    /// ("Georgia": the country and the US state), for the document pass.
    entry: Option<Entry>,
    alts: Vec<Entry>,
}

impl Recognizer {
    /// Loads every table.
    pub fn new() -> Self {
        Recognizer {
            gaz: Gazetteer::new(),
            cues: cues::NameCues::new(),
        }
    }

    /// Every entity mention in `text`, line by line (all lines, removed ones
    /// included), sorted by position. (The pipeline passes the cleanup's
    /// tokens to [`Recognizer::recognize_tokens`].)
    #[cfg(test)]
    pub fn recognize(&self, text: &str, lines: &[Line]) -> Vec<Entity> {
        let tokens: Vec<Tokens> = lines
            .iter()
            .map(|l| crate::text::tokenize(&text[l.span.clone()], l.span.start))
            .collect();
        self.recognize_tokens(text, lines, &tokens)
    }

    /// [`Recognizer::recognize`] given each line's tokens, as the cleanup
    /// made them.
    pub fn recognize_tokens(&self, text: &str, lines: &[Line], tokens: &[Tokens]) -> Vec<Entity> {
        let mut mentions = Vec::new();
        for (line, tokens) in lines.iter().zip(tokens) {
            let cx = LineCx {
                text,
                line: line.number,
                tokens,
                upper_line: is_upper_line(text, tokens),
                code_line: is_code_line(text, tokens),
            };
            self.line_mentions(&cx, &mut mentions);
        }
        crate::order::sort_by_key(&mut mentions, |m| (m.start, m.end));
        self.drop_fixed_expressions(&mut mentions, text);
        hyphen_compounds(&mut mentions, text);
        self.resolve_places(&mut mentions, text);
        propagate(&mut mentions, text, &self.gaz.words);
        teams::towns_as_teams(&mut mentions, text);
        mentions
            .into_iter()
            .filter_map(|m| {
                Some(Entity {
                    span: m.start..m.end,
                    kind: m.kind?,
                    canonical: m.canonical,
                    country: m.country,
                    why: m.why,
                    line: m.line,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
