//! Echoes: kept lines that two articles share, exactly or nearly.
//!
//! Wire copy is republished, trimmed, reworded and machine-translated, so
//! equality is not enough. Each kept line becomes a set of content words
//! (folded, lowercased, function words and plural "s" dropped). Candidate
//! pairs come from an inverted index over those words, skipping words so
//! common that they prove nothing; each candidate is then verified exactly:
//! it is an echo when the shorter line's words are mostly inside the longer
//! one (containment) and the two overlap enough overall (Jaccard). Work
//! grows with the number of lines times the length of the rare-word
//! postings, not with the square of the corpus.

use std::collections::{HashMap, HashSet};

use crate::analysis::{Article, Echo, EchoKind, Role};
use crate::text::{key, tokenize};

/// Fewest content words a line needs to take part.
const MIN_WORDS: usize = 4;
/// Shorter line's share of words found in the longer one.
const MIN_CONTAINMENT: f32 = 0.6;
/// Shared words over all words of the pair.
const MIN_JACCARD: f32 = 0.3;
/// A word in more lines than this is too common to suggest a pair.
const MAX_POSTINGS: usize = 64;
/// At most this many echoes are reported for one line (the most similar):
/// a paragraph copied into a thousand articles is not a thousand findings.
const MAX_PER_LINE: usize = 8;

struct Unit {
    article: usize,
    line: usize,
    exact_key: String,
    words: Vec<u32>,
}

/// Fills in `echoes` of every article.
pub fn find(articles: &mut [Article], stopwords: &HashSet<&'static str>) {
    let mut vocab: HashMap<String, u32> = HashMap::new();
    let mut units: Vec<Unit> = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        for line in article.lines.iter().filter(|l| l.role == Role::Body) {
            let text = &article.text[line.span.clone()];
            let mut words: Vec<u32> = Vec::new();
            let mut exact_key = String::new();
            for t in tokenize(text, 0).iter().filter(|t| t.is_word()) {
                let w = key(&text[t.start..t.end]);
                exact_key.push_str(&w);
                exact_key.push(' ');
                if stopwords.contains(w.as_str()) {
                    continue;
                }
                let stem = w.strip_suffix('s').filter(|s| s.len() >= 3).unwrap_or(&w);
                let next = vocab.len() as u32;
                words.push(*vocab.entry(stem.to_string()).or_insert(next));
            }
            words.sort_unstable();
            words.dedup();
            if words.len() >= MIN_WORDS {
                units.push(Unit {
                    article: a,
                    line: line.number,
                    exact_key,
                    words,
                });
            }
        }
    }
    let mut postings: HashMap<u32, Vec<u32>> = HashMap::new();
    for (u, unit) in units.iter().enumerate() {
        for &w in &unit.words {
            postings.entry(w).or_default().push(u as u32);
        }
    }
    // best[(unit, other article)] = (similarity, other unit, exact)
    let mut best: HashMap<(usize, usize), (f32, usize, bool)> = HashMap::new();
    let mut shared: HashMap<u32, u32> = HashMap::new();
    for (u, unit) in units.iter().enumerate() {
        shared.clear();
        for w in &unit.words {
            let list = &postings[w];
            if list.len() > MAX_POSTINGS {
                continue;
            }
            for &v in list {
                if units[v as usize].article != unit.article {
                    *shared.entry(v).or_default() += 1;
                }
            }
        }
        for (&v, &count) in &shared {
            let other = &units[v as usize];
            if (count as usize) < MIN_WORDS.min(unit.words.len().min(other.words.len())) {
                continue;
            }
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
                let slot = best.entry((u, other.article)).or_insert((-1.0, 0, false));
                if sim > slot.0 {
                    *slot = (sim, v as usize, exact);
                }
            }
        }
    }
    let mut found: Vec<(usize, Echo)> = best
        .into_iter()
        .map(|((u, other_article), (sim, v, exact))| {
            (
                units[u].article,
                Echo {
                    line: units[u].line,
                    other: other_article,
                    other_line: units[v].line,
                    kind: if exact {
                        EchoKind::Exact
                    } else {
                        EchoKind::Near
                    },
                    similarity: sim,
                },
            )
        })
        .collect();
    // Most similar first within a line, then keep the best few per line.
    found.sort_by(|(a, x), (b, y)| {
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
    found.sort_by_key(|(a, e)| (*a, e.line, e.other, e.other_line));
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
