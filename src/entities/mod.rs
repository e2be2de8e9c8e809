//! Entity recognition: people, organisations, places and nationalities.
//!
//! Recognition works on capitalised chunks of a line (a run of capitalised
//! words, joined by "of", "de", "van"… or a hyphen) in four steps:
//!
//! 1. Titles come off the front ("Prime Minister", "Sir") and mark what
//!    follows as a person.
//! 2. A chunk that ends in an organisation head or legal suffix ("Council",
//!    "Ltd", "Bank of …") is one organisation.
//! 3. Otherwise the gazetteer tiles the chunk, longest match first
//!    (countries, places, organisations, nationalities; see
//!    [`gazetteer`]).
//! 4. What is left is judged by name lists and cues: a given name in front,
//!    a speech verb after ("Martin said"), an unknown acronym (ORG).
//!
//! A document pass then propagates: acronyms defined in the text
//! ("National Cyber Security Centre (NCSC)"), surnames after full names
//! ("Xu" → "Eric Xu"), and single names once recognised by a cue.

pub mod gazetteer;

use std::borrow::Cow;

use crate::Map;

use crate::analysis::{Entity, EntityKind, Line};
use crate::text::{key, Shape, Token, Tokens};
use gazetteer::{Entry, Gazetteer};

/// Finds entity mentions. Build once; it owns the tables.
pub struct Recognizer {
    gaz: Gazetteer,
}

impl Default for Recognizer {
    fn default() -> Self {
        Self::new()
    }
}

/// Words that may join capitalised words inside one name.
const CONNECTORS: [&str; 22] = [
    "of", "for", "de", "du", "des", "la", "le", "van", "von", "der", "den", "al", "bin", "ibn",
    "el", "y", "da", "do", "dos", "di", "del", "&",
];

/// A capitalised chunk: token indices `a..b` of a line.
#[derive(Clone, Copy, Debug)]
struct Chunk {
    a: usize,
    b: usize,
    /// A title stood before it ("Mr", "Prime Minister").
    titled: bool,
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
            let upper_line = is_upper_line(text, tokens);
            self.line_mentions(text, line.number, tokens, upper_line, &mut mentions);
        }
        mentions.sort_by_key(|m| (m.start, m.end));
        self.drop_fixed_expressions(&mut mentions, text);
        resolve_places(&mut mentions, text);
        propagate(&mut mentions, text);
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

    fn line_mentions(
        &self,
        text: &str,
        line: usize,
        tokens: &Tokens,
        upper_line: bool,
        out: &mut Vec<Mention>,
    ) {
        // Capitalised chunks first, then the line-level patterns that decide
        // some of them whole (teams in a results line).
        let mut chunks = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some((code, name)) = self.code_in_brackets(text, tokens, i) {
                out.push(Mention {
                    line,
                    start: tokens[i].start,
                    end: tokens[i].end,
                    key: tokens.key(&tokens[i]).to_string(),
                    kind: Some(EntityKind::Gpe),
                    canonical: name.to_string(),
                    country: Some(code),
                    why: "country code in brackets (ISO or Olympic)".into(),
                    defines: None,
                    sentence_start: false,
                    entry: None,
                    alts: Vec::new(),
                });
                i += 1;
                continue;
            }
            if !tokens[i].is_cap() {
                i += 1;
                continue;
            }
            let b = self.chunk_end(text, tokens, i);
            chunks.extend(self.split_on_and(text, tokens, i, b));
            i = b;
        }
        let teams = results_teams(text, tokens, &chunks);
        for (k, &(a, b)) in chunks.iter().enumerate() {
            if teams.contains(&k) {
                out.push(Mention {
                    line,
                    start: tokens[a].start,
                    end: tokens[b - 1].end,
                    key: tokens.span_key(a, b).to_string(),
                    kind: Some(EntityKind::Org),
                    canonical: text[tokens[a].start..tokens[b - 1].end].to_string(),
                    country: None,
                    why: "team in a results line ('Arsenal 2 Chelsea 1')".into(),
                    defines: None,
                    sentence_start: false,
                    entry: None,
                    alts: Vec::new(),
                });
                continue;
            }
            let chunk = Chunk {
                a,
                b,
                titled: false,
            };
            self.chunk_mentions(text, line, tokens, chunk, upper_line, out);
        }
    }

    /// Where the capitalised chunk that starts at token `i` ends: over
    /// capitalised words, joined by connectors ("of", "de", "and"), hyphens
    /// ("Guinea-Bissau", "Ji-hoon") and middle initials ("George W. Bush").
    fn chunk_end(&self, text: &str, tokens: &Tokens, i: usize) -> usize {
        let tx = |t: &Token| &text[t.start..t.end];
        let mut b = i + 1;
        loop {
            // "of", "de", "and" between capitalised words.
            let connector = |b: usize| {
                tokens[b + 1].is_cap()
                    && tokens[b + 1].space_before
                    && tokens[b].space_before
                    && (CONNECTORS.contains(&tx(&tokens[b])) || tx(&tokens[b]) == "and")
            };
            // "Guinea-Bissau", "Ji-hoon".
            let hyphen = |b: usize| {
                tx(&tokens[b]) == "-"
                    && !tokens[b].space_before
                    && !tokens[b + 1].space_before
                    && (tokens[b + 1].is_cap()
                        || is_name_syllable(tx(&tokens[b - 1]), tx(&tokens[b + 1])))
            };
            if b < tokens.len() && tokens[b].is_cap() && tokens[b].space_before {
                b += 1;
            } else if b + 1 < tokens.len() && (connector(b) || hyphen(b)) {
                b += 2;
            } else if b + 1 < tokens.len()
                && tx(&tokens[b]) == "."
                && !tokens[b].space_before
                && tx(&tokens[b - 1]).chars().count() == 1
                && tokens[b + 1].is_cap()
            {
                b += 1;
            } else {
                return b;
            }
        }
    }

    /// "Securities and Exchange Commission" is one name; "Germany and
    /// France", and "National Economic Council and National Security
    /// Agency", are two: a chunk joined by "and" stays whole only when it
    /// ends in an organisation head and the part before "and" is not itself
    /// a whole organisation name.
    fn split_on_and(&self, text: &str, tokens: &Tokens, a: usize, b: usize) -> Vec<(usize, usize)> {
        let words = &self.gaz.words;
        let is_head = |j: usize| {
            let k = tokens.key(&tokens[j]);
            words.org_head.contains(k) || words.org_suffix.contains(k)
        };
        let mut parts = Vec::new();
        let mut start = a;
        for j in a..b {
            if &text[tokens[j].start..tokens[j].end] == "and" {
                let left_words = tokens[start..j]
                    .iter()
                    .filter(|t| {
                        let k = tokens.key(t);
                        !words.not_entity.contains(k) && !is_stopword_like(k)
                    })
                    .count();
                let left_is_org = left_words >= 2 && is_head(j - 1);
                if !is_head(b - 1) || left_is_org {
                    parts.push((start, j));
                    start = j + 1;
                }
            }
        }
        parts.push((start, b));
        parts.retain(|(x, y)| x < y);
        parts
    }

    /// "(KEN)": a three-letter country code in brackets.
    fn code_in_brackets(
        &self,
        text: &str,
        tokens: &Tokens,
        i: usize,
    ) -> Option<(&'static str, &'static str)> {
        let tx = |t: &Token| &text[t.start..t.end];
        if i == 0 || i + 1 >= tokens.len() || tx(&tokens[i - 1]) != "(" || tx(&tokens[i + 1]) != ")"
        {
            return None;
        }
        let code = tx(&tokens[i]);
        if code.len() != 3 || tokens[i].shape != Shape::Upper {
            return None;
        }
        self.gaz.codes3.get(code).copied()
    }

    /// Judges one chunk; a title inside it splits it, and the part after
    /// the title comes back to be judged next (a loop, not recursion, so a
    /// line of ten thousand titles cannot exhaust the stack).
    fn chunk_mentions(
        &self,
        text: &str,
        line: usize,
        tokens: &Tokens,
        mut chunk: Chunk,
        upper_line: bool,
        out: &mut Vec<Mention>,
    ) {
        while let Some(next) = self.chunk_once(text, line, tokens, chunk, upper_line, out) {
            chunk = next;
        }
    }

    fn chunk_once(
        &self,
        text: &str,
        line: usize,
        tokens: &Tokens,
        mut chunk: Chunk,
        upper_line: bool,
        out: &mut Vec<Mention>,
    ) -> Option<Chunk> {
        let words = &self.gaz.words;
        let tx = |t: &Token| &text[t.start..t.end];

        // 0. A capitalised function word that only starts the sentence ("The
        // National Cyber Security Centre", "For Parker") is not part of it.
        while chunk.b - chunk.a > 1 {
            let first = tokens.key(&tokens[chunk.a]);
            let starts_known = (chunk.a + 2..=chunk.b.min(chunk.a + self.gaz.max_tokens))
                .any(|b| self.pick(text, tokens, chunk.a, b, upper_line).is_some());
            if !starts_known && (words.not_entity.contains(first) || is_stopword_like(first)) {
                chunk.a += 1;
            } else {
                break;
            }
        }
        while chunk.a < chunk.b && !tokens[chunk.a].is_cap() {
            chunk.a += 1;
        }
        if chunk.a >= chunk.b {
            return None;
        }

        // 1. Titles: in front of the chunk, or its first words.
        if self.title_before(tokens, chunk.a) {
            chunk.titled = true;
        }
        if !upper_line {
            for n in (1..=words.max_title_tokens.min(chunk.b - chunk.a - 1)).rev() {
                if words
                    .titles
                    .contains_key(tokens.span_key(chunk.a, chunk.a + n))
                {
                    chunk.a += n;
                    chunk.titled = true;
                    break;
                }
            }
        }
        // A title inside the chunk ("ECB President Christine Lagarde",
        // "German Chancellor Olaf Scholz") splits it: what precedes is judged
        // alone, what follows is a person.
        if !upper_line {
            for p in chunk.a + 1..chunk.b.saturating_sub(1) {
                let n = (1..=words.max_title_tokens.min(chunk.b - p - 1))
                    .rev()
                    .find(|&n| words.titles.contains_key(tokens.span_key(p, p + n)));
                if let Some(n) = n {
                    let before = Chunk {
                        a: chunk.a,
                        b: p,
                        titled: chunk.titled,
                    };
                    self.chunk_mentions(text, line, tokens, before, upper_line, out);
                    let after = Chunk {
                        a: p + n,
                        b: chunk.b,
                        titled: true,
                    };
                    return Some(after);
                }
            }
        }
        let mention = |a: usize, b: usize| Mention {
            line,
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
        };

        // 2. Organisation heads and legal suffixes make the chunk one ORG,
        // unless the whole chunk is a known name ("West Bank").
        let n = chunk.b - chunk.a;
        let head_at = (chunk.a + 1..chunk.b).find(|&j| {
            let k = tokens.key(&tokens[j]);
            (words.org_head.contains(k) || words.org_suffix.contains(k))
                && (j + 1 == chunk.b || matches!(tx(&tokens[j + 1]), "of" | "for"))
        });
        let whole_known = self
            .pick(text, tokens, chunk.a, chunk.b, upper_line)
            .is_some();
        if n >= 2 && head_at.is_some() && !whole_known && !chunk.titled && !upper_line {
            let mut m = mention(chunk.a, chunk.b);
            m.kind = Some(EntityKind::Org);
            let head = tx(&tokens[head_at.unwrap_or(chunk.b - 1)]);
            m.why = format!("organisation cue '{head}'").into();
            out.push(m);
            return None;
        }

        // A given name and a surname make a person even where the given name
        // is also a place: "Paris Hilton", "Victoria Beckham".
        let name_words: Vec<&str> = tokens[chunk.a..chunk.b]
            .iter()
            .map(|t| tokens.key(t))
            .collect();
        let first_is_place = self
            .gaz
            .get(name_words[0])
            .iter()
            .any(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Norp | EntityKind::Loc));
        if !upper_line
            && !whole_known
            && (2..=3).contains(&name_words.len())
            && (words.given.contains(name_words[0]) || first_is_place)
            && name_words[1..].iter().all(|w| {
                words.surnames.contains(*w)
                    && self
                        .gaz
                        .get(w)
                        .iter()
                        .all(|e| matches!(e.kind, EntityKind::Org | EntityKind::Person))
            })
        {
            let mut m = mention(chunk.a, chunk.b);
            m.kind = Some(EntityKind::Person);
            m.why = "person: given name + surname (name lists)".into();
            out.push(m);
            return None;
        }
        // A known name and a further word before a speech verb name an
        // organisation: "Yorkshire Water said", "Google DeepMind said".
        let verb_after = tokens
            .get(chunk.b)
            .is_some_and(|t| t.shape == Shape::Lower && words.person_verb.contains(tokens.key(t)));
        if verb_after && !upper_line && !whole_known && n >= 2 && !chunk.titled {
            let known_len = (1..n).rev().find(|&len| {
                self.pick(text, tokens, chunk.a, chunk.a + len, upper_line)
                    .is_some()
            });
            let rest_is_name = name_words[known_len.unwrap_or(n)..]
                .iter()
                .all(|w| words.given.contains(*w) || words.surnames.contains(*w));
            if known_len.is_some() && !rest_is_name {
                let mut m = mention(chunk.a, chunk.b);
                m.kind = Some(EntityKind::Org);
                m.why = "organisation: a known name and a word, before a speech verb".into();
                out.push(m);
                return None;
            }
        }

        // Place heads: "Indian Ocean", "Gulf of Guinea", "Lake Victoria" are
        // locations of no country; "Lagos State" is a region of its place's
        // country; "Mill Lane" is a street, which no type covers.
        if !upper_line && !whole_known && n >= 2 && !chunk.titled {
            let last = &name_words[name_words.len() - 1];
            let head_first = words.loc_head.contains(name_words[0])
                && (tokens.get(chunk.a + 1).is_some_and(|t| tx(t) == "of")
                    || is_natural(name_words[0]));
            let head = if words.loc_head.contains(*last) {
                Some(*last)
            } else if head_first {
                Some(name_words[0])
            } else {
                None
            };
            if let Some(head) = head {
                let mut m = mention(chunk.a, chunk.b);
                if is_natural(head) {
                    m.kind = Some(EntityKind::Loc);
                    m.why = format!("location: place head '{head}'").into();
                } else if is_political(head) {
                    m.kind = Some(EntityKind::Gpe);
                    m.country = (chunk.a..chunk.b).find_map(|j| {
                        self.pick(text, tokens, j, j + 1, upper_line)
                            .and_then(|e| e.country)
                    });
                    m.why = format!("place: place head '{head}'").into();
                }
                out.push(m);
                return None;
            }
        }

        // 3. Gazetteer tiling, longest match first; 4. rules for the rest.
        let mut i = chunk.a;
        let mut rest_start = chunk.a;
        let flush = |a: usize, b: usize, out: &mut Vec<Mention>| {
            if a < b {
                let mut m = mention(a, b);
                self.judge(
                    text,
                    tokens,
                    a,
                    b,
                    chunk.titled && a == chunk.a,
                    upper_line,
                    &mut m,
                );
                out.push(m);
            }
        };
        while i < chunk.b {
            let mut matched = None;
            // A run of tokens whose key no table key starts with cannot
            // match, nor can a longer run (its key starts with this one's):
            // stop there rather than look up every length up to max_tokens.
            let max = (1..=(chunk.b - i).min(self.gaz.max_tokens))
                .take_while(|&len| self.gaz.is_prefix(tokens.span_key(i, i + len)))
                .count();
            for len in (1..=max).rev() {
                if !tokens[i + len - 1].is_word() {
                    continue;
                }
                if let Some(entry) = self.pick(text, tokens, i, i + len, upper_line) {
                    matched = Some((len, entry));
                    break;
                }
            }
            match matched {
                // After a title, a place or nationality name is a person's
                // name ("President Georgia Ruiz").
                Some((len, entry))
                    if !(chunk.titled
                        && i == chunk.a
                        && !matches!(entry.kind, EntityKind::Org | EntityKind::Person)) =>
                {
                    // Given names before a known surname belong to it:
                    // "Mukesh Ambani", "Prime Minister Jacinda Ardern".
                    let start = if entry.kind == EntityKind::Person
                        && rest_start < i
                        && tokens[rest_start..i].iter().all(|t| t.is_cap())
                    {
                        rest_start
                    } else {
                        flush(rest_start, i, out);
                        i
                    };
                    let mut m = mention(start, i + len);
                    m.kind = Some(entry.kind);
                    m.canonical = if start < i {
                        text[tokens[start].start..tokens[i + len - 1].end].to_string()
                    } else {
                        entry.canonical.to_string()
                    };
                    m.country = entry.country;
                    m.why = entry.source.why().into();
                    m.alts = self.pick_all(text, tokens, i, i + len, upper_line);
                    m.entry = Some(entry.clone());
                    out.push(m);
                    i += len;
                    rest_start = i;
                }
                _ => i += 1,
            }
        }
        flush(rest_start, chunk.b, out);
        None
    }

    /// Drops place and nationality words inside fixed expressions
    /// ("Turkish delight", "Brussels sprouts") and used as verbs at the start
    /// of a sentence ("Polish the silver").
    fn drop_fixed_expressions(&self, mentions: &mut [Mention], text: &str) {
        let words = &self.gaz.words;
        for m in mentions.iter_mut() {
            if !matches!(
                m.kind,
                Some(EntityKind::Gpe | EntityKind::Norp | EntityKind::Loc)
            ) {
                continue;
            }
            // Most mentions can be neither: skip reading their neighbours.
            let mention_key = &m.key;
            let may_be_fixed = mention_key.split(' ').any(|w| words.fixed.contains_key(w));
            let may_be_verb = m.sentence_start && !mention_key.contains(' ');
            if !may_be_fixed && !may_be_verb {
                continue;
            }
            // Two words either side are enough: look no further than 120
            // bytes, so a 20 MB line stays linear.
            let mut from = m.start.saturating_sub(120);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let mut to = (m.end + 120).min(text.len());
            while !text.is_char_boundary(to) {
                to -= 1;
            }
            let line_start = text[from..m.start]
                .rfind('\n')
                .map_or(from, |i| from + i + 1);
            let line_end = text[m.end..to].find('\n').map_or(to, |i| m.end + i);
            let before: Vec<&str> = text[line_start..m.start].split_whitespace().collect();
            let after: Vec<&str> = text[m.end..line_end].split_whitespace().collect();
            let window = format!(
                "{} {} {}",
                before[before.len().saturating_sub(2)..].join(" "),
                &text[m.start..m.end],
                after[..after.len().min(2)].join(" ")
            );
            let window = format!(
                " {} ",
                key(&window).replace(|c: char| !c.is_alphanumeric() && c != ' ' && c != '\'', " ")
            );
            let fixed = mention_key.split(' ').any(|w| {
                words
                    .fixed
                    .get(w)
                    .is_some_and(|exprs| exprs.iter().any(|e| window.contains(&format!(" {e} "))))
            });
            let next = after.first().map(|w| key(w)).unwrap_or_default();
            let verb = m.sentence_start
                && !mention_key.contains(' ')
                && matches!(
                    next.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "your"
                        | "his"
                        | "her"
                        | "their"
                        | "our"
                        | "my"
                        | "this"
                        | "these"
                        | "those"
                        | "it"
                );
            if fixed || verb {
                m.kind = None;
            }
        }
    }

    /// The gazetteer entries the text of tokens `a..b` fits, best first.
    fn fitting<'s>(
        &'s self,
        text: &'s str,
        tokens: &'s Tokens,
        a: usize,
        b: usize,
        upper_line: bool,
    ) -> impl Iterator<Item = &'s Entry> + 's {
        self.gaz
            .get(tokens.span_key(a, b))
            .iter()
            .filter(move |e| self.fits(text, tokens, a, b, upper_line, e))
    }

    /// Every entry the text fits, when there is more than one (else none).
    fn pick_all(
        &self,
        text: &str,
        tokens: &Tokens,
        a: usize,
        b: usize,
        upper_line: bool,
    ) -> Vec<Entry> {
        let all: Vec<Entry> = self
            .fitting(text, tokens, a, b, upper_line)
            .cloned()
            .collect();
        if all.len() > 1 {
            all
        } else {
            Vec::new()
        }
    }

    /// The best gazetteer entry for tokens `a..b`, if the text fits it.
    fn pick<'s>(
        &'s self,
        text: &'s str,
        tokens: &'s Tokens,
        a: usize,
        b: usize,
        upper_line: bool,
    ) -> Option<&'s Entry> {
        self.fitting(text, tokens, a, b, upper_line).next()
    }

    /// Whether the text of tokens `a..b` fits an entry: an acronym's case,
    /// a "the" the name needs, capitals only where they are a dateline.
    fn fits(
        &self,
        text: &str,
        tokens: &Tokens,
        a: usize,
        b: usize,
        upper_line: bool,
        e: &Entry,
    ) -> bool {
        let surface = &text[tokens[a].start..tokens[b - 1].end];
        let the_before = a > 0
            && matches!(
                &text[tokens[a - 1].start..tokens[a - 1].end],
                "the" | "The" | "THE"
            );
        if e.needs_the && !the_before {
            return false;
        }
        if e.acronym && !upper_line {
            return fold_eq(surface, e.form);
        }
        if !e.acronym && !upper_line && tokens[a].shape == Shape::Upper {
            // A short word in capitals is an acronym, not the name the table
            // spells in lower case ("CHAD" the acronym is not Chad); a
            // longer one is a dateline or a shout: "NAIROBI,".
            return surface.chars().filter(|c| c.is_alphabetic()).count() >= 4;
        }
        true
    }

    /// Whether a title stands right before token `a` ("former prime
    /// minister Theresa May").
    fn title_before(&self, tokens: &Tokens, a: usize) -> bool {
        let words = &self.gaz.words;
        (1..=words.max_title_tokens.min(a)).any(|n| {
            words
                .titles
                .contains_key(tokens.span_key(a - n, a).trim_end_matches('.'))
        })
    }

    /// Rules for a capitalised run the gazetteer does not know.
    #[allow(clippy::too_many_arguments)]
    fn judge(
        &self,
        text: &str,
        tokens: &Tokens,
        a: usize,
        b: usize,
        titled: bool,
        upper_line: bool,
        m: &mut Mention,
    ) {
        let words = &self.gaz.words;
        let tx = |t: &Token| &text[t.start..t.end];
        let name_tokens: Vec<&str> = tokens[a..b]
            .iter()
            .filter(|t| t.is_word() && !CONNECTORS.contains(&tx(t)))
            .map(|t| tokens.key(t))
            .collect();
        let n = name_tokens.len();
        let first = name_tokens.first().cloned().unwrap_or_default();
        let sentence_start = m.sentence_start;
        if n == 0 {
            return;
        }
        if n == 1
            && (words.not_entity.contains(first)
                || is_stopword_like(first)
                || words.titles.contains_key(first)
                || words.org_head.contains(first))
        {
            return;
        }
        // A lowercase syllable after a hyphen ("Ji-hoon", "Ching-te") is a
        // romanised given name.
        let hyphenated = tokens[a..b]
            .windows(2)
            .any(|w| tx(&w[0]) == "-" && w[1].shape == Shape::Lower);
        if hyphenated && (2..=4).contains(&n) && !upper_line {
            m.kind = Some(EntityKind::Person);
            m.why = "person: romanised given name with a hyphen".into();
            return;
        }
        let verb_after = b < tokens.len()
            && tokens[b..]
                .iter()
                .take(2)
                .any(|t| words.person_verb.contains(tokens.key(t)) && t.shape == Shape::Lower);
        let verb_before = a >= 1
            && words.person_verb.contains(tokens.key(&tokens[a - 1]))
            && (b == tokens.len() || !tokens[b].is_word());
        let person = |m: &mut Mention, why: &'static str| {
            m.kind = Some(EntityKind::Person);
            m.why = why.into();
        };
        if upper_line {
            return;
        }
        let token = &tokens[a];
        let acronym = n == 1
            && b - a == 1
            && token.shape == Shape::Upper
            && (2..=6).contains(&tx(token).chars().filter(|c| c.is_alphanumeric()).count())
            && !tx(token).contains('.');
        if acronym {
            if !words.not_entity.contains(first) {
                m.kind = Some(EntityKind::Org);
                m.why = "unknown acronym: organisation by default".into();
            }
            return;
        }
        if titled {
            return person(m, "person: after a title");
        }
        if (2..=4).contains(&n) && words.given.contains(first) {
            return person(m, "person: given name (US Census list) + capitalised word");
        }
        if (2..=3).contains(&n)
            && name_tokens
                .iter()
                .all(|t| words.given.contains(*t) || words.surnames.contains(*t))
        {
            return person(m, "person: name list");
        }
        if (2..=3).contains(&n) && words.surnames.contains(first) && !sentence_start {
            return person(m, "person: surname-first name");
        }
        if (1..=3).contains(&n) && (verb_after || verb_before) {
            return person(m, "person: speech verb ('said', 'told')");
        }
        // "born in Sunderland", "near Whitby": a place the tables do not
        // know, after a preposition of place. Its country stays unknown.
        let place_prefix = a >= 1
            && tokens[a - 1].shape == Shape::Lower
            && words.loc_prefix.contains(tokens.key(&tokens[a - 1]));
        if place_prefix && (1..=3).contains(&n) && !sentence_start {
            m.kind = Some(EntityKind::Gpe);
            m.why = "place: capitalised name after a preposition of place".into();
        }
    }
}

/// Places and nationalities that the document pass re-decides: apposition
/// ("Paris, Texas": the town is in the state's country; "Atlanta,
/// Georgia": the state, not the country) and context (an ambiguous name
/// takes the reading whose country the rest of the text mentions).
fn resolve_places(mentions: &mut [Mention], text: &str) {
    use gazetteer::Source;
    let placeish = |m: &Mention| matches!(m.kind, Some(EntityKind::Gpe) | Some(EntityKind::Norp));
    // 1. Apposition: "<city>, <region or country>".
    for i in 0..mentions.len().saturating_sub(1) {
        let (left, right) = mentions.split_at_mut(i + 1);
        let (a, b) = (&mut left[i], &mut right[0]);
        if a.line != b.line || !placeish(a) || b.kind != Some(EntityKind::Gpe) {
            continue;
        }
        let between = &text[a.end..b.start];
        if between.trim() != "," {
            continue;
        }
        // A reading of each that shares a country wins.
        let a_opts: Vec<Entry> = if a.alts.is_empty() {
            a.entry.iter().cloned().collect()
        } else {
            a.alts.clone()
        };
        let b_opts: Vec<Entry> = if b.alts.is_empty() {
            b.entry.iter().cloned().collect()
        } else {
            b.alts.clone()
        };
        let shared = a_opts.iter().find_map(|x| {
            b_opts
                .iter()
                .find(|y| x.country.is_some() && x.country == y.country && y.source != Source::City)
                .map(|y| (x.clone(), y.clone()))
        });
        if let Some((x, y)) = shared {
            choose(a, &x, "apposition");
            choose(b, &y, "apposition");
            continue;
        }
        // Otherwise a town named after a bigger place lies in the region or
        // country that follows it: "Paris, Texas"; "Moscow, Idaho".
        let b_is_container = b_opts.first().is_some_and(|y| {
            matches!(
                y.source,
                Source::Region | Source::Country | Source::CountryAlias | Source::Constituent
            )
        });
        let a_is_town = a_opts
            .first()
            .is_none_or(|x| matches!(x.source, Source::City | Source::Capital))
            || a.entry.is_none();
        if b_is_container && a_is_town && b.country.is_some() {
            a.country = b.country;
            a.alts.clear();
            a.why = format!("{} (apposition: in {})", a.why, b.canonical).into();
        }
    }
    // 2. Context: countries the text names without ambiguity.
    let mut context: Map<&'static str, usize> = Map::default();
    for m in mentions.iter().filter(|m| m.alts.is_empty()) {
        if let Some(c) = m.country {
            *context.entry(c).or_default() += 1;
        }
    }
    for m in mentions.iter_mut().filter(|m| m.alts.len() > 1) {
        let best = m
            .alts
            .iter()
            .enumerate()
            .max_by_key(|(i, e)| {
                (
                    e.country.and_then(|c| context.get(c)).copied().unwrap_or(0),
                    usize::MAX - i,
                )
            })
            .map(|(_, e)| e.clone());
        if let Some(best) = best {
            if best.country.and_then(|c| context.get(c)).is_some() {
                choose(m, &best, "context");
            }
        }
    }
}

fn choose(m: &mut Mention, e: &Entry, how: &str) {
    if m.entry
        .as_ref()
        .is_some_and(|cur| cur.canonical == e.canonical && cur.country == e.country)
    {
        m.alts.clear();
        return;
    }
    m.kind = Some(e.kind);
    m.canonical = e.canonical.to_string();
    m.country = e.country;
    m.why = format!("{} (chosen by {how})", e.source.why()).into();
    m.entry = Some(e.clone());
    m.alts.clear();
}

/// Heads of natural features: a location of no country.
fn is_natural(head: &str) -> bool {
    matches!(
        head,
        "archipelago"
            | "atoll"
            | "basin"
            | "bay"
            | "beach"
            | "canal"
            | "cape"
            | "channel"
            | "coast"
            | "delta"
            | "desert"
            | "falls"
            | "forest"
            | "glacier"
            | "gorge"
            | "gulf"
            | "hill"
            | "hills"
            | "island"
            | "islands"
            | "isle"
            | "isles"
            | "lagoon"
            | "lake"
            | "lakes"
            | "mount"
            | "mountain"
            | "mountains"
            | "mt"
            | "mt."
            | "ocean"
            | "peninsula"
            | "plain"
            | "plains"
            | "plateau"
            | "reef"
            | "river"
            | "sea"
            | "strait"
            | "straits"
            | "valley"
    )
}

/// Heads of political places: a region or town of its inner place's country.
fn is_political(head: &str) -> bool {
    matches!(
        head,
        "borough"
            | "city"
            | "county"
            | "district"
            | "governorate"
            | "oblast"
            | "prefecture"
            | "province"
            | "region"
            | "state"
            | "territory"
            | "town"
            | "township"
            | "village"
    )
}

/// A lowercase syllable after a hyphen that belongs to a name: "Ji-hoon",
/// "Ching-te", "Jae-in" (a short capitalised part, a short syllable).
fn is_name_syllable(before: &str, after: &str) -> bool {
    before.chars().count() <= 5
        && before.chars().next().is_some_and(char::is_uppercase)
        && (1..=4).contains(&after.chars().count())
        && after.chars().all(|c| c.is_lowercase())
        && !matches!(
            after,
            "led"
                | "run"
                | "era"
                | "old"
                | "up"
                | "off"
                | "out"
                | "day"
                | "way"
                | "end"
                | "new"
                | "tax"
                | "war"
                | "ban"
                | "born"
                | "made"
                | "held"
                | "wide"
                | "free"
                | "like"
                | "based"
                | "year"
        )
}

/// Teams in a results line: "Arsenal 2 Chelsea 1", "Real Madrid 3
/// Villarreal 3": a chunk, a score, a chunk, a score.
fn results_teams(text: &str, tokens: &Tokens, chunks: &[(usize, usize)]) -> Vec<usize> {
    let is_score = |j: usize| {
        tokens.get(j).is_some_and(|t| {
            t.shape == Shape::Number
                && text[t.start..t.end].chars().all(|c| c.is_ascii_digit())
                && t.end - t.start <= 3
        })
    };
    let mut teams = Vec::new();
    for k in 0..chunks.len().saturating_sub(1) {
        let (a1, b1) = chunks[k];
        let (a2, b2) = chunks[k + 1];
        let first_starts = a1 == 0 || is_score(a1 - 1) || !tokens[a1 - 1].is_word();
        if first_starts && is_score(b1) && a2 == b1 + 1 && is_score(b2) {
            teams.extend([k, k + 1]);
        }
    }
    teams
}

fn fold_eq(a: &str, b: &str) -> bool {
    a.chars()
        .map(crate::text::fold)
        .eq(b.chars().map(crate::text::fold))
}

fn is_stopword_like(k: &str) -> bool {
    matches!(
        k,
        "the"
            | "a"
            | "an"
            | "it"
            | "he"
            | "she"
            | "we"
            | "they"
            | "i"
            | "this"
            | "that"
            | "but"
            | "and"
            | "or"
            | "in"
            | "on"
            | "at"
            | "for"
            | "if"
            | "as"
            | "so"
    )
}

/// Most letters of the line are capitals: a shouted headline or banner.
fn is_upper_line(text: &str, tokens: &Tokens) -> bool {
    let lettered: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.is_word() && text[t.start..t.end].chars().any(char::is_alphabetic))
        .collect();
    let with_letters = lettered.len();
    let upper = lettered.iter().filter(|t| t.shape == Shape::Upper).count();
    with_letters >= 3 && upper * 10 >= with_letters * 8
}

fn is_sentence_start(text: &str, tokens: &Tokens, a: usize) -> bool {
    if a == 0 {
        return true;
    }
    let mut j = a;
    while j > 0 {
        let prev = &text[tokens[j - 1].start..tokens[j - 1].end];
        match crate::text::fold(prev.chars().next().unwrap_or(' ')) {
            '"' | '\'' | '(' | '[' => j -= 1,
            '.' | '!' | '?' | ':' | ';' | '-' | '•' => return true,
            _ => return prev.ends_with('.') && tokens[j - 1].shape != Shape::Upper,
        }
    }
    true
}

/// "National Cyber Security Centre (NCSC)": the acronym in brackets right
/// after token `b - 1`.
fn defined_acronym(text: &str, tokens: &Tokens, b: usize) -> Option<String> {
    let open = tokens.get(b)?;
    let acr = tokens.get(b + 1)?;
    let close = tokens.get(b + 2)?;
    (&text[open.start..open.end] == "("
        && &text[close.start..close.end] == ")"
        && acr.shape == Shape::Upper
        && acr.end - acr.start >= 2)
        .then(|| text[acr.start..acr.end].to_string())
}

/// The document pass: acronyms, surnames and single names propagate.
fn propagate(mentions: &mut [Mention], text: &str) {
    // Acronyms defined in the text, and full names of people.
    let mut acronyms: Map<String, (EntityKind, String)> = Map::default();
    let mut people: Map<String, String> = Map::default();
    let mut known: Map<String, (EntityKind, String, Option<&'static str>)> = Map::default();
    for m in mentions.iter() {
        let Some(kind) = m.kind else { continue };
        if let Some(acr) = &m.defines {
            acronyms
                .entry(acr.clone())
                .or_insert((kind, m.canonical.clone()));
        }
        if kind == EntityKind::Person {
            let parts: Vec<&str> = m.canonical.split_whitespace().collect();
            if parts.len() >= 2 {
                people
                    .entry(key(parts[parts.len() - 1]))
                    .or_insert(m.canonical.clone());
            }
        }
        if matches!(kind, EntityKind::Person | EntityKind::Org)
            && !m.why.starts_with("unknown")
            && !known.contains_key(&m.key)
        {
            known.insert(m.key.clone(), (kind, m.canonical.clone(), m.country));
        }
    }
    // Initials of multi-word organisations: "NCSC" ← "National Cyber Security Centre".
    let mut initials: Map<String, String> = Map::default();
    for m in mentions.iter().filter(|m| m.kind == Some(EntityKind::Org)) {
        let caps: String = m
            .canonical
            .split_whitespace()
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect();
        if caps.chars().count() >= 2 && m.canonical.split_whitespace().count() >= 2 {
            initials.entry(caps).or_insert(m.canonical.clone());
        }
    }
    for m in mentions.iter_mut() {
        let surface = &text[m.start..m.end];
        let k = m.key.as_str();
        match m.kind {
            Some(EntityKind::Person) if !surface.contains(' ') => {
                if let Some(full) = people.get(k) {
                    m.canonical = full.clone();
                    m.why =
                        format!("person: surname of {full} earlier or later in the text").into();
                }
            }
            Some(EntityKind::Org) if m.why.starts_with("unknown acronym") => {
                if let Some((kind, full)) = acronyms.get(surface) {
                    m.kind = Some(*kind);
                    m.canonical = full.clone();
                    m.why = format!("acronym defined in the text: {full}").into();
                } else if let Some(full) = initials.get(surface) {
                    m.canonical = full.clone();
                    m.why = format!("acronym of {full}, named in the text").into();
                }
            }
            None => {
                if let Some(full) = people.get(k) {
                    m.kind = Some(EntityKind::Person);
                    m.canonical = full.clone();
                    m.why =
                        format!("person: surname of {full} earlier or later in the text").into();
                } else if let Some((kind, canonical, country)) = known.get(k) {
                    if !(m.sentence_start && !surface.contains(' ') && *kind == EntityKind::Org) {
                        m.kind = Some(*kind);
                        m.canonical = canonical.clone();
                        m.country = *country;
                        m.why = "same name recognised elsewhere in the text".into();
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests;
