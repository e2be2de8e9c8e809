//! Pathological inputs (issue 9): how long `Dateline::analyze` takes on
//! inputs built to hurt, and how that time grows with their size.
//!
//! ```text
//! cargo run --release --example pathological [-- [NAME-FILTER [FRACTION]]]
//! ```
//!
//! NAME-FILTER keeps the inputs whose name contains it; FRACTION (such as
//! 0.25) runs each once at that fraction of its size, for a profiler.
//!
//! Each input is timed at 1/64, 1/16, 1/4 of its size and at full size; the
//! growth exponent is `log(t_full / t_quarter) / log(4)`: 1 is linear, 2
//! quadratic. Anything above 1.2, or over 10 s at full size, is a bug. A size
//! that the growth so far predicts to take over 20 s is not run: the table
//! then extrapolates from the last two sizes run (marked `~`). Runs under
//! 0.2 s are repeated three times and the fastest counts. Growth under 0.5 s
//! in all is not flagged (it is noise). The last column counts the echoes
//! found: output that grows faster than the input is work that must too.
//!
//! Prints a Markdown table. Only `analyze` is timed, not building the input.

use std::hint::black_box;
use std::time::Instant;

use dateline::{Dateline, Document};

const MB: usize = 1_000_000;

/// Beyond this predicted time a larger size is extrapolated, not run.
const RUN_LIMIT_SECS: f64 = 20.0;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

/// A made-up word: 3 to 9 letters, capitalised or not.
fn word(rng: &mut Rng, capital: bool) -> String {
    let len = 3 + rng.below(7);
    (0..len)
        .map(|i| {
            let c = (b'a' + rng.below(26) as u8) as char;
            if i == 0 && capital {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect()
}

const SENTENCES: &[&str] = &[
    "The council said on Tuesday that the new bridge would open to traffic in the spring, after two years of delays.",
    "Engineers had found cracks in two of the supports, and the work to replace them took longer than the city had planned.",
    "Prime Minister Theresa May told reporters in London that Britain would not change its position on Huawei.",
    "Reuters reported that the European Union was preparing new rules for telecoms equipment from China.",
    "“Everything is on the table,” said Eric Xu, the company's rotating chairman, at a briefing in Shenzhen.",
    "Officials in the U.S. and Canada said the talks in Geneva would resume next week, according to the BBC.",
    "Farmers in the Netherlands said the ruling by the court in The Hague came too late for many of them.",
    "The National Cyber Security Centre (NCSC) said the NCSC had seen no evidence of malicious activity.",
];

/// A 4 KB news page: masthead, headline, dateline, prose, an ad, a related
/// block, a byline and a footer.
fn article_4k() -> String {
    let mut lines = vec![
        "THE DAILY EXAMPLE".to_string(),
        "Home > News > World".to_string(),
        "Bridge opens after two-year delay as Britain and France sign rail deal".to_string(),
        String::new(),
        "By Jane Smith".to_string(),
        "Updated 3 hours ago".to_string(),
        String::new(),
        format!("LONDON (Reuters) – {}", SENTENCES[0]),
    ];
    let mut i = 1;
    while lines.iter().map(|l| l.len() + 1).sum::<usize>() < 3600 {
        lines.push(String::new());
        lines.push(format!(
            "{} {}",
            SENTENCES[i % SENTENCES.len()],
            SENTENCES[(i + 3) % SENTENCES.len()]
        ));
        if i == 3 {
            lines.push("Advertisement".into());
            lines.push("A long wait".into());
        }
        i += 1;
    }
    lines.extend(
        [
            "",
            "Related",
            "Five things to know about the bridge",
            "Why the city is short of engineers",
            "Share this article",
            "© 2024 The Daily Example",
        ]
        .map(String::from),
    );
    let mut text = lines.join("\n");
    while text.len() < 4096 {
        text.push(' ');
    }
    text.truncate(4096);
    text
}

/// Repeats `unit` (joined by `sep`) until the text is `bytes` long.
fn repeat_to(unit: &str, sep: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + unit.len() + sep.len());
    while s.len() < bytes {
        s.push_str(unit);
        s.push_str(sep);
    }
    s
}

fn one(text: String) -> Vec<Document> {
    vec![Document::new("input", text)]
}

/// One line of prose, `bytes` long, no line break.
fn prose_line(bytes: usize) -> Vec<Document> {
    let mut rng = Rng(7);
    let mut s = String::with_capacity(bytes + 200);
    while s.len() < bytes {
        s.push_str(rng.pick(SENTENCES));
        s.push(' ');
    }
    one(s)
}

fn empty_lines(n: usize) -> Vec<Document> {
    one("\n".repeat(n))
}

/// Short lines that no rule decides on their own ("Item 123"), left to
/// `mark_short_lines`.
fn short_lines(n: usize) -> Vec<Document> {
    one((0..n).map(|i| format!("Item {i}\n")).collect())
}

/// Short headline-like lines ("Storm hits coast 123"): the title rule
/// decides them.
fn headline_lines(n: usize) -> Vec<Document> {
    one((0..n).map(|i| format!("Storm hits coast {i}\n")).collect())
}

/// Capitalised words in a row on one line, a fifth of them known names.
fn capitalised_words(n: usize) -> Vec<Document> {
    let mut rng = Rng(11);
    let known = [
        "Paris",
        "London",
        "Smith",
        "John",
        "Council",
        "Bank",
        "Reuters",
        "China",
        "Dutch",
        "Minister",
        "President",
        "Mr",
    ];
    let words: Vec<String> = (0..n)
        .map(|_| {
            if rng.below(5) == 0 {
                rng.pick(&known).to_string()
            } else {
                word(&mut rng, true)
            }
        })
        .collect();
    one(words.join(" "))
}

fn repeated_article(bytes: usize) -> Vec<Document> {
    one(repeat_to(&article_4k(), "\n\n", bytes))
}

fn repeated_word_line(bytes: usize) -> Vec<Document> {
    one(repeat_to("Paris", " ", bytes))
}

fn repeated_word_lines(bytes: usize) -> Vec<Document> {
    one(repeat_to("word", "\n", bytes))
}

fn one_long_word(bytes: usize) -> Vec<Document> {
    one("a".repeat(bytes))
}

/// Quoted short lines: each is checked as a possible pull quote.
fn quoted_lines(n: usize) -> Vec<Document> {
    one((0..n)
        .map(|i| format!("\"We will build the bridge {i}\"\n"))
        .collect())
}

/// `n` articles of `bytes` each, built from a shared pool of wire sentences
/// and their own sentences: many echoes to find.
fn echo_corpus(n: usize, bytes: usize) -> Vec<Document> {
    let mut rng = Rng(13);
    let pool: Vec<String> = (0..4000)
        .map(|_| {
            let words: Vec<String> = (0..14)
                .map(|k| {
                    if k % 3 == 1 {
                        rng.pick(&["the", "of", "and", "in", "to", "said"])
                            .to_string()
                    } else {
                        word(&mut rng, k == 0)
                    }
                })
                .collect();
            words.join(" ") + "."
        })
        .collect();
    (0..n)
        .map(|a| {
            let mut text = String::with_capacity(bytes + 200);
            while text.len() < bytes {
                if rng.below(2) == 0 {
                    text.push_str(&pool[rng.below(pool.len())]);
                } else {
                    let own: Vec<String> = (0..12).map(|k| word(&mut rng, k == 0)).collect();
                    text.push_str(&own.join(" "));
                    text.push_str(" said the minister.");
                }
                text.push('\n');
            }
            Document::new(format!("a{a}"), text)
        })
        .collect()
}

struct Case {
    name: &'static str,
    /// Builds the input at a fraction of full size.
    build: fn(f64) -> Vec<Document>,
}

/// `f` of `full`.
fn at(full: usize, f: f64) -> usize {
    (full as f64 * f) as usize
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "one 20 MB line of prose",
            build: |f| prose_line(at(20 * MB, f)),
        },
        Case {
            name: "1,000,000 empty lines",
            build: |f| empty_lines(at(1_000_000, f)),
        },
        Case {
            name: "1,000,000 short lines (\"Item 123\")",
            build: |f| short_lines(at(1_000_000, f)),
        },
        Case {
            name: "1,000,000 headline-like lines",
            build: |f| headline_lines(at(1_000_000, f)),
        },
        Case {
            name: "100,000 capitalised words in a row",
            build: |f| capitalised_words(at(100_000, f)),
        },
        Case {
            name: "4 KB article repeated to 20 MB",
            build: |f| repeated_article(at(20 * MB, f)),
        },
        Case {
            name: "20 MB of one word, one line (\"Paris Paris …\")",
            build: |f| repeated_word_line(at(20 * MB, f)),
        },
        Case {
            name: "20 MB of one word, one per line",
            build: |f| repeated_word_lines(at(20 * MB, f)),
        },
        Case {
            name: "one 20 MB word",
            build: |f| one_long_word(at(20 * MB, f)),
        },
        Case {
            name: "100,000 quoted short lines",
            build: |f| quoted_lines(at(100_000, f)),
        },
        Case {
            name: "50 articles × 400 KB (echoes)",
            build: |f| echo_corpus(50, at(400_000, f)),
        },
    ]
}

/// The fastest of up to three runs, in seconds, and the number of echoes
/// found (output that grows with the input is work that must too).
fn seconds(dateline: &Dateline, docs: &[Document]) -> (f64, usize) {
    let mut best = f64::INFINITY;
    let mut echoes = 0;
    for _ in 0..3 {
        let start = Instant::now();
        let analysis = black_box(dateline.analyze(black_box(docs)));
        best = best.min(start.elapsed().as_secs_f64());
        echoes = analysis.articles.iter().map(|a| a.echoes.len()).sum();
        drop(analysis);
        if best >= 0.2 {
            break;
        }
    }
    (best, echoes)
}

fn main() {
    let filter = std::env::args().nth(1).unwrap_or_default();
    let only: Option<f64> = std::env::args().nth(2).map(|f| {
        f.parse()
            .unwrap_or_else(|_| panic!("FRACTION must be a number, not {f:?}"))
    });
    let dateline = Dateline::new();
    if let Some(f) = only {
        for case in cases().iter().filter(|c| c.name.contains(&filter)) {
            let docs = (case.build)(f);
            let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
            let (t, echoes) = seconds(&dateline, &docs);
            println!(
                "{}: {bytes} bytes at {f}: {:.0} ms, {echoes} echoes",
                case.name,
                t * 1e3
            );
        }
        return;
    }
    println!("| input | bytes | ms | MB/s | ms at 1/4 | exponent | echoes |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for case in cases().iter().filter(|c| c.name.contains(&filter)) {
        // Up the ladder 1/64, 1/16, 1/4, full while the next size is
        // predicted (from the growth so far, at least linear) to stay under
        // RUN_LIMIT_SECS.
        let fractions = [1.0 / 64.0, 1.0 / 16.0, 0.25, 1.0];
        let mut times: Vec<(f64, f64)> = Vec::new(); // (fraction, seconds)
        let mut echoes = 0;
        for f in fractions {
            if let [.., (_, a), (_, b)] = times[..] {
                let growth = (b / a).log(4.0).max(1.0);
                if b * 4f64.powf(growth) > RUN_LIMIT_SECS {
                    break;
                }
            }
            let (t, found) = seconds(&dateline, &(case.build)(f));
            times.push((f, t));
            echoes = found;
        }
        let n = times.len();
        let exponent = if n >= 2 {
            (times[n - 1].1 / times[n - 2].1).log(4.0)
        } else {
            f64::NAN
        };
        let (last_f, last_t) = times[n - 1];
        let (full_t, estimated) = if last_f == 1.0 {
            (last_t, false)
        } else {
            (last_t * (1.0 / last_f).powf(exponent.max(1.0)), true)
        };
        let quarter = times.iter().find(|(f, _)| *f == 0.25).map(|(_, t)| *t);
        let quarter = match quarter {
            Some(t) => format!("{:.0}", t * 1e3),
            None => format!(
                "~{:.0}",
                last_t * (0.25 / last_f).powf(exponent.max(1.0)) * 1e3
            ),
        };
        let bytes: usize = (case.build)(1.0).iter().map(|d| d.text.len()).sum();
        let mark = if estimated { "~" } else { "" };
        // Tiny times are all noise: judge growth only where it costs.
        let flag = if (exponent > 1.2 && full_t > 0.5) || full_t > 10.0 {
            " **bug**"
        } else {
            ""
        };
        println!(
            "| {} | {} | {mark}{:.0} | {mark}{:.1} | {} | {:.2}{}{flag} | {}{} |",
            case.name,
            bytes,
            full_t * 1e3,
            bytes as f64 / MB as f64 / full_t,
            quarter,
            exponent,
            if estimated {
                format!(
                    " (from 1/{:.0} → 1/{:.0})",
                    1.0 / times[n - 2].0,
                    1.0 / last_f
                )
            } else {
                String::new()
            },
            echoes,
            if estimated {
                format!(" (at 1/{:.0})", 1.0 / last_f)
            } else {
                String::new()
            },
        );
    }
}
