//! How echo finding scales: N synthetic articles of ~4 KB, a few percent of
//! whose paragraphs are copied (some lightly edited) from other articles, as
//! wire copy is. Prints the time of the whole analysis with and without the
//! echo search, and how many echoes were found.
//!
//! ```text
//! cargo run --release --example echoes -- [N]      (default 10000)
//! ```

use std::time::Instant;

use dateline::{Dateline, Document};

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ren", "ta", "vo", "sel", "an", "dri", "po", "gu", "ne", "bar", "ti", "os",
    "fe", "lum", "ra", "zi", "dor", "he", "quin", "ma", "te",
];
const FUNCTION: [&str; 16] = [
    "the", "of", "and", "to", "in", "that", "a", "for", "on", "with", "said", "was", "by", "it",
    "as", "from",
];

fn word(rng: &mut Rng) -> String {
    if rng.below(3) == 0 {
        return FUNCTION[rng.below(FUNCTION.len())].to_string();
    }
    (0..1 + rng.below(3))
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

fn paragraph(rng: &mut Rng) -> String {
    let mut p = String::new();
    for s in 0..3 {
        let n = 12 + rng.below(14);
        let words: Vec<String> = (0..n).map(|_| word(rng)).collect();
        let mut sentence = words.join(" ");
        sentence[..1].make_ascii_uppercase();
        if s > 0 {
            p.push(' ');
        }
        p.push_str(&sentence);
        p.push('.');
    }
    p
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let mut rng = Rng(0x5eed_d47e_11e5);
    let mut articles: Vec<Vec<String>> = Vec::with_capacity(n);
    for i in 0..n {
        let mut paras = Vec::new();
        while paras.iter().map(String::len).sum::<usize>() < 4000 {
            // One paragraph in twenty is wire copy from an earlier article,
            // every other one lightly edited.
            if i > 0 && rng.below(20) == 0 {
                let src = &articles[rng.below(i)];
                let mut copy = src[rng.below(src.len())].clone();
                if rng.below(2) == 0 {
                    copy = copy.replacen(" the ", " a ", 2) + " Officials confirmed it.";
                }
                paras.push(copy);
            } else {
                paras.push(paragraph(&mut rng));
            }
        }
        articles.push(paras);
    }
    let docs: Vec<Document> = articles
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Document::new(
                format!("a{i}"),
                format!("Headline number {i}\n\n{}", p.join("\n\n")),
            )
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    let without = Dateline::builder().echoes(false).build();
    let t = Instant::now();
    let a = without.analyze(&docs);
    let base = t.elapsed().as_secs_f64();
    drop(a);

    let with = Dateline::builder().echoes(true).build();
    let t = Instant::now();
    let a = with.analyze(&docs);
    let full = t.elapsed().as_secs_f64();
    let echoes: usize = a.articles.iter().map(|x| x.echoes.len()).sum();
    println!(
        "{n} articles, {:.1} MB: analysis without echoes {base:.2} s, with echoes {full:.2} s \
         (echo search {:.2} s), {echoes} echoes found",
        bytes as f64 / 1e6,
        full - base
    );
}
