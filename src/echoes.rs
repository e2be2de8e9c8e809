//! Echoes: kept lines that two articles share, exactly or nearly.
//!
//! Wire copy is republished, trimmed, reworded and machine-translated, so
//! equality is not enough. Each kept line becomes a set of content words
//! (folded, lowercased, function words and plural "s" dropped). Candidate
//! pairs come from an inverted index over pairs of consecutive content
//! words (rare even where single words are common), skipping pairs so common
//! that they prove nothing; each candidate is then verified exactly:
//! it is an echo when the shorter line's words are mostly inside the longer
//! one (containment) and the two overlap enough overall (Jaccard). Work
//! grows with the number of lines times the length of the rare-word
//! postings, not with the square of the corpus.

use crate::Map;

use crate::analysis::{Article, Echo, EchoKind, Line, Role};
use crate::text::{Tokens, FUNCTION_WORD};

/// Fewest content words a line needs to take part.
const MIN_WORDS: usize = 4;
/// Shorter line's share of words found in the longer one.
const MIN_CONTAINMENT: f32 = 0.6;
/// Shared words over all words of the pair.
const MIN_JACCARD: f32 = 0.3;
/// A word in more lines than this is too common to suggest a pair.
const MAX_POSTINGS: usize = 16;
/// Fewest pairs of consecutive content words two lines must share before
/// they are compared.
const MIN_SHARED_PAIRS: u32 = 2;
/// At most this many echoes are reported for one line (the most similar):
/// a paragraph copied into a thousand articles is not a thousand findings.
const MAX_PER_LINE: usize = 8;

struct Unit {
    article: usize,
    line: usize,
    /// Hash of the line's words' keys: equal for lines equal up to case,
    /// quotes, punctuation and spacing.
    exact_key: u64,
    /// Content words, sorted and unique: what similarity is measured on.
    words: Vec<u32>,
    /// Pairs of consecutive content words: rare enough to find candidates
    /// even in a large corpus where single words are common.
    pairs: Vec<u64>,
}

/// The body lines of a corpus, collected article by article while the
/// tokens are at hand; [`Corpus::link`] then finds the echoes.
#[derive(Default)]
pub struct Corpus {
    vocab: Map<String, u32>,
    units: Vec<Unit>,
    /// Scratch space for a line's exact key.
    scratch: String,
}

impl Corpus {
    /// An empty corpus.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the body lines of article number `article`, given each line's
    /// tokens with their function words tagged ([`FUNCTION_WORD`]), as the
    /// cleanup leaves them.
    pub fn add(&mut self, article: usize, lines: &[Line], tokens: &[Tokens]) {
        for (line, tokens) in lines.iter().zip(tokens) {
            if line.role != Role::Body {
                continue;
            }
            let mut words: Vec<u32> = Vec::new();
            self.scratch.clear();
            for t in tokens.iter().filter(|t| t.is_word()) {
                let w = tokens.key(t);
                self.scratch.push_str(w);
                self.scratch.push(' ');
                if t.tag & FUNCTION_WORD != 0 {
                    continue;
                }
                let stem = w.strip_suffix('s').filter(|s| s.len() >= 3).unwrap_or(w);
                let next = self.vocab.len() as u32;
                let id = match self.vocab.get(stem) {
                    Some(&id) => id,
                    None => *self.vocab.entry(stem.to_string()).or_insert(next),
                };
                words.push(id);
            }
            let mut pairs: Vec<u64> = words
                .windows(2)
                .map(|w| (u64::from(w[0]) << 32) | u64::from(w[1]))
                .collect();
            crate::order::sort_plain(&mut pairs);
            pairs.dedup();
            crate::order::sort_plain(&mut words);
            words.dedup();
            if words.len() >= MIN_WORDS {
                self.units.push(Unit {
                    article,
                    line: line.number,
                    exact_key: crate::fixed_hash(&self.scratch),
                    words,
                    pairs,
                });
            }
        }
    }

    /// Fills in `echoes` of every article.
    pub fn link(self, articles: &mut [Article]) {
        link(self.units, articles);
    }
}

fn link(units: Vec<Unit>, articles: &mut [Article]) {
    // Postings: for each distinct pair, the units that have it. Each unit
    // keeps the numbers of its pairs' lists, so the search below indexes
    // arrays instead of hashing every pair again; and the article of each
    // unit sits in its own dense array (read for every candidate).
    let mut list_of: Map<u64, u32> = Map::default();
    let mut postings: Vec<Vec<u32>> = Vec::new();
    let mut unit_lists: Vec<Vec<u32>> = Vec::with_capacity(units.len());
    for (u, unit) in units.iter().enumerate() {
        let mut lists = Vec::with_capacity(unit.pairs.len());
        for &p in &unit.pairs {
            let id = *list_of.entry(p).or_insert_with(|| {
                postings.push(Vec::new());
                (postings.len() - 1) as u32
            });
            postings[id as usize].push(u as u32);
            lists.push(id);
        }
        unit_lists.push(lists);
    }
    drop(list_of);
    let unit_article: Vec<u32> = units.iter().map(|u| u.article as u32).collect();
    // For the unit at hand: pairs shared with each candidate unit, and the
    // best match in each other article, (similarity, other unit, exact).
    // Dense arrays with the list of entries touched, reset per unit: hash
    // maps here were most of the time on large corpora.
    let mut shared: Vec<u32> = vec![0; units.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut best: Vec<Option<(f32, usize, bool)>> = vec![None; articles.len()];
    let mut best_touched: Vec<usize> = Vec::new();
    let mut found: Vec<(usize, Echo)> = Vec::new();
    for (unit, lists) in units.iter().zip(&unit_lists) {
        for &v in &touched {
            shared[v as usize] = 0;
        }
        touched.clear();
        for &id in lists {
            let list = &postings[id as usize];
            if list.len() > MAX_POSTINGS {
                continue;
            }
            for &v in list {
                if unit_article[v as usize] != unit.article as u32 {
                    if shared[v as usize] == 0 {
                        touched.push(v);
                    }
                    shared[v as usize] += 1;
                }
            }
        }
        for &v in &touched {
            // One shared pair of words is chance; a copy shares several.
            if shared[v as usize] < MIN_SHARED_PAIRS {
                continue;
            }
            let other = &units[v as usize];
            let common = intersection(&unit.words, &other.words);
            let small = unit.words.len().min(other.words.len());
            let union = unit.words.len() + other.words.len() - common;
            let containment = common as f32 / small as f32;
            let jaccard = common as f32 / union as f32;
            let exact = unit.exact_key == other.exact_key;
            if exact
                || (common >= MIN_WORDS && containment >= MIN_CONTAINMENT && jaccard >= MIN_JACCARD)
            {
                let sim = if exact { 1.0 } else { jaccard };
                let slot = &mut best[other.article];
                // Equal similarity: the earlier line wins.
                let better = match *slot {
                    None => {
                        best_touched.push(other.article);
                        true
                    }
                    Some((s, w, _)) => sim > s || (sim == s && (v as usize) < w),
                };
                if better {
                    *slot = Some((sim, v as usize, exact));
                }
            }
        }
        let from = found.len();
        for &a in &best_touched {
            if let Some((sim, v, exact)) = best[a].take() {
                found.push((
                    unit.article,
                    Echo {
                        line: unit.line,
                        other: a,
                        other_line: units[v].line,
                        kind: if exact {
                            EchoKind::Exact
                        } else {
                            EchoKind::Near
                        },
                        similarity: sim,
                    },
                ));
            }
        }
        best_touched.clear();
        // Keep this line's best few now, not after collecting every pair:
        // a paragraph copied into every article made that list quadratic.
        crate::order::sort_by(&mut found[from..], |(_, x), (_, y)| {
            y.similarity
                .total_cmp(&x.similarity)
                .then((x.other, x.other_line).cmp(&(y.other, y.other_line)))
        });
        found.truncate(from + MAX_PER_LINE.min(found.len() - from));
    }
    // Most similar first within a line, then keep the best few per line.
    crate::order::sort_by(&mut found, |(a, x), (b, y)| {
        (a, x.line)
            .cmp(&(b, y.line))
            .then(y.similarity.total_cmp(&x.similarity))
            .then((x.other, x.other_line).cmp(&(y.other, y.other_line)))
    });
    let mut kept: Vec<(usize, Echo)> = Vec::with_capacity(found.len());
    for (a, e) in found {
        let same_line = kept
            .iter()
            .rev()
            .take_while(|(b, x)| *b == a && x.line == e.line)
            .count();
        if same_line < MAX_PER_LINE {
            kept.push((a, e));
        }
    }
    let mut found = kept;
    crate::order::sort_by_key(&mut found, |(a, e)| (*a, e.line, e.other, e.other_line));
    for article in articles.iter_mut() {
        article.echoes.clear();
    }
    for (a, echo) in found {
        articles[a].echoes.push(echo);
    }
}

fn intersection(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use crate::{Dateline, Document, EchoKind};

    const A: &str = "Officials in Lisbon said on Monday that the harbour authority would close the northern quay for three weeks of repairs to the sea wall.";

    /// Echoes between two one-paragraph articles: (kind, similarity) of the
    /// first article's echo, if any.
    fn echo(a: &str, b: &str) -> Option<(EchoKind, f32)> {
        let d = Dateline::new();
        let filler = "The council met again later in the week to discuss the budget for the coming year, officials said.";
        let docs = [
            Document::new("a", format!("{filler}\n{a}")),
            Document::new(
                "b",
                format!(
                    "Something else entirely happened in the market on Friday, traders said.\n{b}"
                ),
            ),
        ];
        let analysis = d.analyze(&docs);
        let e = analysis.articles[0].echoes.first()?;
        assert_eq!((e.line, e.other, e.other_line), (2, 1, 2));
        Some((e.kind, e.similarity))
    }

    #[test]
    fn exact_copy() {
        assert_eq!(echo(A, A).map(|e| e.0), Some(EchoKind::Exact));
    }

    #[test]
    fn exact_up_to_quotes_case_and_spacing() {
        let b = A.replace("Monday", "MONDAY").replace(' ', "  ");
        assert_eq!(echo(A, &b).map(|e| e.0), Some(EchoKind::Exact));
    }

    #[test]
    fn light_edit_is_near() {
        let b = "Officials in Lisbon said on Monday the harbour authority will close the northern quay for three weeks of urgent repairs to its sea wall, a spokesman added.";
        let (kind, sim) = echo(A, b).expect("near echo");
        assert_eq!(kind, EchoKind::Near);
        assert!(sim > 0.5 && sim < 1.0, "{sim}");
    }

    #[test]
    fn reworded_copy_keeping_distinctive_words_is_near() {
        let b = "The northern quay in Lisbon will be closed for three weeks while the harbour authority repairs the sea wall, officials announced on Monday.";
        assert_eq!(echo(A, b).map(|e| e.0), Some(EchoKind::Near));
    }

    #[test]
    fn same_topic_different_sentence_is_not_an_echo() {
        let b = "Fishermen in Lisbon complained that the harbour had been neglected for years and demanded compensation for lost trade.";
        assert_eq!(echo(A, b), None);
    }

    #[test]
    fn removed_lines_are_not_echoes() {
        let d = Dateline::new();
        let ad = "Advertisement";
        let docs = [
            Document::new("a", format!("{A}\n{ad}")),
            Document::new("b", format!("Markets rose sharply on Friday after the central bank spoke, traders said.\n{ad}")),
        ];
        let analysis = d.analyze(&docs);
        assert!(analysis.articles.iter().all(|a| a.echoes.is_empty()));
    }
}
