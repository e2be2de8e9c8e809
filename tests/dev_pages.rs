//! The cleanup and the headline on the real development pages of
//! `../shared/dev/pages/<source>/` (relative to the crate root; see the
//! README there): 1,620 web pages from four public cleanup benchmarks.
//! Each measure has a floor per source ([`FLOORS`]); run with
//! `--nocapture` to print the table:
//!
//! ```sh
//! cargo test --release --test dev_pages -- --nocapture
//! DEV_SOURCE=dragnet DEV_WORST=20 cargo test --release --test dev_pages -- --nocapture
//! ```
//!
//! `DEV_SOURCE=name` runs one source only; `DEV_WORST=N` also lists, per
//! source, the N pages with the lowest body F1 and up to N headline misses;
//! `DEV_SHOW=ID` prints that page's lines with their roles and reasons;
//! `DEV_MODE=text` or `DEV_MODE=html` runs one way of reading the pages.
//!
//! **Without the pages the test passes**: a checkout with no
//! `../shared/dev/pages` prints "dev pages absent at ../shared/dev/pages:
//! skipped" and returns. The pages are third-party text under their own
//! licences: they are read in place and never copied into the project.
//!
//! **Body.** Each source folder is analysed in one run of the library,
//! exactly as `dateline analyze --format json DIR` does (its `*.txt` files
//! in name order, checked by [`dateline::decode`], the file stem as id):
//! the cleanup compares the pages of one run with each other (lines repeated
//! across pages), so the run must be the CLI's for the figures to be
//! `../shared/tools/score_pages.py`'s. They are computed the same way: the
//! lines whose role is title, subheading or body, joined by newlines, as a
//! bag of whitespace tokens (Python's `str.split`) against the gold body;
//! micro P/R/F1 over the pages; lost = recall < 0.5, junk = something kept
//! and precision < 0.5.
//!
//! **Headline.** The gold is made at test time from each page's HTML: the
//! first line of the page named by `og:title`, else an `<h1>`, else
//! `twitter:title`, else `<title>`, whole or once a site name is cut off
//! ([`headline_line`]). A site's name is not a headline: a candidate found
//! on 3 or more pages of the source ([`recurring`]) and an `<h1>` that the
//! `<title>` shows to be the site's banner ([`is_banner`]) are passed over.
//! Pages with no such line have no headline gold. The article's `title` is
//! right when its word set has a Jaccard of at least 0.6 with that line's
//! (score_pages.py's rule).

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

mod common;
use common::{read_document, txt_files};
use dateline::{Article, Dateline, Document, Role};

/// Where the pages are, relative to the crate root.
const PAGES: &str = "../shared/dev/pages";

/// The source folders, in the sorted order score_pages.py uses.
const SOURCES: [&str; 4] = ["cleaneval-dev", "cleanportaleval", "dragnet", "readability"];

/// What one source must reach: a change that scores below fails the test.
struct Floor {
    source: &'static str,
    micro_f1: f64,
    max_lost: usize,
    max_junk: usize,
    min_headline_share: f64,
}

/// The figures measured on 2026-12-06 (branch text13), each floor a hair
/// below them: F1 0.912 / 0.961 / 0.885 / 0.942, lost 5 / 0 / 53 / 4,
/// junk 2 / 2 / 167 / 7, headlines 8/18, 67/69, 868/1094, 64/81; session 7
/// (comments under short posts, form messages, titled and quoted
/// headlines): dragnet 0.901, lost 52, junk 142, headlines 897/1094;
/// readability headlines 65/81. A change that lowers one fails; raise them
/// as the cleanup improves.
const FLOORS: [Floor; 4] = [
    Floor {
        source: "cleaneval-dev",
        micro_f1: 0.910,
        max_lost: 5,
        max_junk: 2,
        min_headline_share: 0.44,
    },
    Floor {
        source: "cleanportaleval",
        micro_f1: 0.959,
        max_lost: 0,
        max_junk: 2,
        min_headline_share: 0.965,
    },
    Floor {
        source: "dragnet",
        micro_f1: 0.901,
        // Page 42's comments went, and with them the recall they lent a
        // 47-word post (its gold keeps the headline the page misses).
        // R203's list of closed schools after a four-line story was kept
        // only while the site's legal notice far below counted as prose and
        // stretched the story's region over it.
        // R433 (a photo page whose gold is 15 words of teasers) lost its
        // last gold line when "Gov." stopped counting as a sentence's end.
        max_lost: 54,
        max_junk: 130,
        min_headline_share: 0.829,
    },
    Floor {
        source: "readability",
        micro_f1: 0.942,
        max_lost: 2,
        max_junk: 6,
        min_headline_share: 0.835,
    },
];

/// The floors when the pages are read from their HTML, each a hair below
/// the figures measured in session 5 (2026-12-06): F1 0.936 / 0.978 /
/// 0.955 / 0.947, lost 6 / 0 / 57 / 6, junk 1 / 0 / 60 / 5, headlines
/// 22/23, 67/69, 1020/1118, 77/82; later in the session 0.935 / 0.979 /
/// 0.957 / 0.954, lost 7 / 0 / 56 / 4, junk 2 / 0 / 47 / 3, headlines
/// 22/23, 68/69, 1043/1118, 80/82. Session 8 (issue 14, articles lost
/// from HTML): the list that closes a story in its container, a roundup's
/// items there and `<li>` lines as list items took dragnet from 0.960,
/// lost 53 to 0.962, lost 45; readability 0.954 to 0.955. Then the
/// headline of a page with no prose, and a short text with no page parts
/// kept whole: dragnet lost 42, headlines 1083; readability lost 2; the
/// story under the stated headline below a blog's blurb: dragnet lost 38,
/// junk 38, headlines 1087; the story part holding the headline as the
/// container where none holds most of the text: lost 37, junk 37; no
/// lead paragraph past a comment section: F1 0.964, junk 33.
const HTML_FLOORS: [Floor; 4] = [
    Floor {
        source: "cleaneval-dev",
        micro_f1: 0.934,
        max_lost: 7,
        max_junk: 2,
        // 21 of 23: page 58's gold is its blog's name, an `<h1>` that ends
        // in a colon ("...'s Cheap Advice:"), which no longer heads it.
        min_headline_share: 0.91,
    },
    Floor {
        source: "cleanportaleval",
        micro_f1: 0.977,
        max_lost: 0,
        max_junk: 0,
        min_headline_share: 0.99,
    },
    Floor {
        source: "dragnet",
        micro_f1: 0.963,
        max_lost: 37,
        max_junk: 33,
        min_headline_share: 0.97,
    },
    Floor {
        source: "readability",
        micro_f1: 0.954,
        max_lost: 2,
        max_junk: 3,
        min_headline_share: 0.98,
    },
];

/// The separators between a headline and the site name in an HTML title.
const SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " » "];

/// How the pages are read: the scraper's plain text (`ID.txt`), or the
/// page's own HTML (`ID.html.gz`) through the HTML reader.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Text,
    Html,
}

#[test]
fn dev_pages() {
    run(Mode::Text, &FLOORS);
}

#[test]
fn dev_pages_html() {
    run(Mode::Html, &HTML_FLOORS);
}

fn run(mode: Mode, floors: &[Floor]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(PAGES);
    if !root.is_dir() {
        println!("dev pages absent at {PAGES}: skipped");
        return;
    }
    if std::env::var("DEV_MODE").is_ok_and(|m| !m.eq_ignore_ascii_case(&format!("{mode:?}"))) {
        return;
    }
    let scores = score_sources(&root, &chosen_sources(), mode);
    print_table(&scores, mode);
    if let Some(n) = env_number("DEV_WORST") {
        for s in &scores {
            print_worst(s, n);
        }
    }
    let failures: Vec<String> = scores
        .iter()
        .flat_map(|s| floor_failures(s, floors))
        .collect();
    assert!(
        failures.is_empty(),
        "below the floors ({mode:?}):\n{}",
        failures.join("\n")
    );
}

/// The gold maker's rules on small made-up pages, so that they are checked
/// even where the dev pages are absent.
#[test]
fn headline_gold_rules() {
    let html = "<head><meta content='Big storm hits coast | Daily News' \
        property=\"og:title\"><title>x</title></head><h1>Other</h1>";
    let page = "Menu\nDaily News\n  Big   storm hits COAST \nText.";
    assert_eq!(
        headline(page, html).as_deref(),
        Some("Big storm hits COAST")
    );
    // A line that is only the site name is not the headline.
    let html = "<title>Big storm hits coast &amp; town &#8211; Daily News</title>";
    assert_eq!(headline("Daily News\nx", html), None);
    assert_eq!(
        headline("Big storm hits coast & town", html).as_deref(),
        Some("Big storm hits coast & town")
    );
    let html = "<h1 class=a>Rain <em>\u{2019}again\u{2019}</em>&nbsp;today</h1>";
    assert_eq!(
        headline("rain 'again' today", html).as_deref(),
        Some("rain 'again' today")
    );
    assert!(same_title(
        "Big storm hits the coast",
        "Big storm hits coast"
    ));
    assert!(!same_title("Daily News", "Big storm hits coast"));
    assert_eq!(tokens("a\u{1c}b\u{a0}c  d\n").count(), 4);
}

/// A site's name is passed over, found by the `<title>` or by recurrence.
#[test]
fn headline_gold_skips_site_names() {
    // A blog's name in the h1 is its banner: the <title> says so.
    let html = "<title>Big storm hits coast | Rand's Blog</title><h1>Rand's Blog</h1>";
    let page = "Rand's Blog\nBig storm hits coast";
    assert_eq!(
        headline(page, html).as_deref(),
        Some("Big storm hits coast")
    );
    // A candidate on 3 pages of the source is the site's, not the story's.
    let common = HashSet::from(["rand's blog".to_string()]);
    let html = "<h1>Rand's Blog</h1><title>Big storm hits coast</title>";
    let found = headline_line(
        "Rand's Blog\nBig storm hits coast",
        &Candidates::of(html),
        &common,
    );
    assert_eq!(found.as_deref(), Some("Big storm hits coast"));
    let pages: Vec<Candidates> = (0..3).map(|_| Candidates::of(html)).collect();
    assert_eq!(
        recurring(&pages),
        HashSet::from([
            "rand's blog".to_string(),
            "big storm hits coast".to_string()
        ])
    );
}

/// The headline line of one page alone (no other pages to compare with).
fn headline(text: &str, html: &str) -> Option<String> {
    headline_line(text, &Candidates::of(html), &HashSet::new())
}

// ---- runs ----

/// The sources to score: `DEV_SOURCE` if set, else all of them.
fn chosen_sources() -> Vec<&'static str> {
    match std::env::var("DEV_SOURCE").ok().filter(|s| !s.is_empty()) {
        None => SOURCES.to_vec(),
        Some(name) => match SOURCES.iter().find(|s| **s == name) {
            Some(s) => vec![*s],
            None => panic!("DEV_SOURCE={name} is not one of {SOURCES:?}"),
        },
    }
}

/// A whole-number environment variable such as `DEV_WORST=20`.
fn env_number(name: &str) -> Option<usize> {
    let value = std::env::var(name).ok().filter(|v| !v.trim().is_empty())?;
    Some(
        value
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={value} is not a number")),
    )
}

/// Each source in its own thread (they are independent runs), results in
/// the order given. Each thread builds its own analyser.
fn score_sources(root: &Path, names: &[&'static str], mode: Mode) -> Vec<SourceScore> {
    std::thread::scope(|scope| {
        let threads: Vec<_> = names
            .iter()
            .map(|&name| scope.spawn(move || score_source(root, name, mode)))
            .collect();
        threads
            .into_iter()
            .map(|t| t.join().expect("a source's thread panicked"))
            .collect()
    })
}

/// One source folder analysed in one run, as the CLI analyses a directory;
/// every page with a gold file is scored.
fn score_source(root: &Path, name: &'static str, mode: Mode) -> SourceScore {
    let files = txt_files(&root.join(name));
    let docs: Vec<Document> = files
        .iter()
        .map(|f| match mode {
            Mode::Text => read_document(f),
            Mode::Html => html_document(f),
        })
        .collect();
    let golds = read_golds(&files, &docs);
    let analysis = Dateline::new().analyze(&docs);
    if let Ok(id) = std::env::var("DEV_SHOW") {
        analysis
            .articles
            .iter()
            .filter(|a| a.id == id)
            .for_each(show);
    }
    let pages = analysis
        .articles
        .iter()
        .zip(&golds)
        .filter_map(|(article, gold)| Some(score_page(article, gold.as_ref()?)))
        .collect();
    SourceScore { name, pages }
}

// ---- reading the pages ----

/// What a page should give.
struct Gold {
    /// The gold article text, one paragraph per line.
    body: String,
    /// The page's headline line, where its HTML names one.
    headline: Option<String>,
}

/// Each page's gold, `None` for a page without `ID.gold.json` (score_pages.py
/// skips those too). The headlines need the whole source first: a title
/// candidate that recurs on several of its pages is a site's name.
fn read_golds(files: &[PathBuf], docs: &[Document]) -> Vec<Option<Gold>> {
    let candidates: Vec<Candidates> = files.iter().map(|f| Candidates::of_page(f)).collect();
    let common = recurring(&candidates);
    let gold = |((file, doc), cands): ((&PathBuf, &Document), &Candidates)| {
        Some(Gold {
            body: read_body(file)?,
            headline: headline_line(&doc.text, cands, &common),
        })
    };
    files.iter().zip(docs).zip(&candidates).map(gold).collect()
}

/// The `body` of `ID.gold.json` beside `ID.txt`, if there is one.
fn read_body(txt: &Path) -> Option<String> {
    let json = fs::read_to_string(txt.with_extension("gold.json")).ok()?;
    let gold: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", txt.display()));
    Some(gold["body"].as_str().unwrap_or_default().to_string())
}

/// The page beside `ID.txt` read from its HTML (`ID.html.gz`), as the
/// CLI reads an `.html` file: decoded as a browser would, then rendered.
fn html_document(txt: &Path) -> Document {
    let path = txt.with_extension("html.gz");
    let mut bytes = Vec::new();
    let file = fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let html = dateline::decode_html(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let id = txt.file_stem().unwrap_or_default().to_string_lossy();
    Document::from_html(id, &html)
}

/// The HTML, decoded as UTF-8 with replacement characters: the candidates
/// are only compared with lines, so a few wrong characters do not matter.
fn gunzip(path: &Path) -> String {
    let file = fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    String::from_utf8_lossy(&bytes).into_owned()
}

// ---- body scores (score_pages.py) ----

/// One page's figures.
struct PageScore {
    id: String,
    tp: usize,
    fp: usize,
    fn_: usize,
    headline: Option<HeadlineCheck>,
}

/// The predicted title against the page's headline line.
struct HeadlineCheck {
    got: Option<String>,
    want: String,
    right: bool,
}

impl PageScore {
    /// Precision with score_pages.py's conventions: 1 when nothing is
    /// wrong, 0 when nothing is kept.
    fn p(&self) -> f64 {
        match (self.tp, self.fp, self.fn_) {
            (_, 0, 0) => 1.0,
            (0, 0, _) => 0.0,
            (tp, fp, _) => tp as f64 / (tp + fp) as f64,
        }
    }

    /// Recall, with the same conventions (0 when the gold is empty).
    fn r(&self) -> f64 {
        match (self.tp, self.fp, self.fn_) {
            (_, 0, 0) => 1.0,
            (0, _, 0) => 0.0,
            (tp, _, fn_) => tp as f64 / (tp + fn_) as f64,
        }
    }

    fn f1(&self) -> f64 {
        harmonic(self.p(), self.r())
    }

    /// Most of a non-empty gold is missing.
    fn lost(&self) -> bool {
        self.tp + self.fn_ > 0 && self.r() < 0.5
    }

    /// Something is kept and most of it is not the article.
    fn junk(&self) -> bool {
        self.tp + self.fp > 0 && self.p() < 0.5
    }
}

fn harmonic(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// The kept text against the gold body; the title against the headline.
fn score_page(article: &Article, gold: &Gold) -> PageScore {
    let kept = kept_text(article);
    let (kept_bag, gold_bag) = (bag(&kept), bag(&gold.body));
    let tp: usize = gold_bag
        .iter()
        .map(|(t, n)| (*n).min(kept_bag.get(t).copied().unwrap_or(0)))
        .sum();
    PageScore {
        id: article.id.clone(),
        tp,
        fp: kept_bag.values().sum::<usize>() - tp,
        fn_: gold_bag.values().sum::<usize>() - tp,
        headline: gold.headline.as_ref().map(|want| HeadlineCheck {
            got: article.title.clone(),
            right: article
                .title
                .as_deref()
                .is_some_and(|got| same_title(got, want)),
            want: want.clone(),
        }),
    }
}

/// The lines whose role is title, subheading or body, joined by newlines,
/// taken by line number from the raw text as score_pages.py takes them
/// from the CLI's JSON and the `.txt` file.
fn kept_text(article: &Article) -> String {
    let keep: HashSet<usize> = article
        .lines
        .iter()
        .filter(|l| matches!(l.role, Role::Title | Role::Subheading | Role::Body))
        .map(|l| l.number)
        .collect();
    let lines = article.text.split('\n').enumerate();
    let kept: Vec<&str> = lines
        .filter(|(i, _)| keep.contains(&(i + 1)))
        .map(|(_, l)| l)
        .collect();
    kept.join("\n")
}

/// Token counts, case-sensitive.
fn bag(text: &str) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for token in tokens(text) {
        *counts.entry(token).or_default() += 1;
    }
    counts
}

/// Python's `str.split()`: Rust's Unicode whitespace plus the four
/// separator controls U+001C..U+001F, which Python also splits on.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
        .filter(|t| !t.is_empty())
}

/// Whether two titles name the same story: Jaccard of their lower-case
/// word sets (`\w+`) at least 0.6, score_pages.py's rule.
fn same_title(got: &str, want: &str) -> bool {
    let words = |s: &str| -> HashSet<String> {
        let lower = s.to_lowercase();
        let split = lower.split(|c: char| !(c.is_alphanumeric() || c == '_'));
        split
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(got), words(want));
    let union = a.union(&b).count();
    !a.is_empty() && !b.is_empty() && a.intersection(&b).count() as f64 / union as f64 >= 0.6
}

/// All the pages of one source.
struct SourceScore {
    name: &'static str,
    pages: Vec<PageScore>,
}

impl SourceScore {
    /// Micro P, R, F1: the token counts summed over the pages first.
    fn micro(&self) -> (f64, f64, f64) {
        let sum = |f: fn(&PageScore) -> usize| self.pages.iter().map(f).sum::<usize>() as f64;
        let (tp, fp, fn_) = (sum(|p| p.tp), sum(|p| p.fp), sum(|p| p.fn_));
        let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
        (p, r, harmonic(p, r))
    }

    fn count(&self, f: fn(&PageScore) -> bool) -> usize {
        self.pages.iter().filter(|p| f(p)).count()
    }

    /// Pages with a headline line, and those whose title is right.
    fn headlines(&self) -> (usize, usize) {
        let checks = self.pages.iter().filter_map(|p| p.headline.as_ref());
        let (with_gold, right) = checks.fold((0, 0), |(n, k), h| (n + 1, k + usize::from(h.right)));
        (right, with_gold)
    }

    fn headline_share(&self) -> f64 {
        let (right, with_gold) = self.headlines();
        right as f64 / with_gold.max(1) as f64
    }
}

// ---- headline gold from the HTML ----

/// The page's headline line: the first line of the page that the first
/// candidate with such a line names ([`Candidates::in_order`]), leaving
/// out the `common` ones. Lines come trimmed and whitespace-collapsed, as
/// a reader sees them.
fn headline_line(text: &str, cands: &Candidates, common: &HashSet<String>) -> Option<String> {
    let lines: Vec<(String, String)> = text
        .split('\n')
        .map(collapse)
        .filter(|l| !l.is_empty())
        .map(|l| (fold(&l), l))
        .collect();
    let folded: HashSet<&str> = lines.iter().map(|(f, _)| f.as_str()).collect();
    let mut wanted = cands
        .in_order(&folded)
        .into_iter()
        .filter(|c| !common.contains(*c));
    wanted.find_map(|cand| {
        let found = lines.iter().find(|(line, _)| names(cand, line));
        found.map(|(_, shown)| shown.clone())
    })
}

/// A page's title candidates, folded, each kind in document order.
struct Candidates {
    og: Vec<String>,
    h1: Vec<String>,
    twitter: Vec<String>,
    title: Vec<String>,
}

/// The folded candidates found on at least 3 pages of a source: a site's
/// name or section ("Seth's Blog" in the h1 of each of its posts), not a
/// story's headline. Counted once per page.
fn recurring(pages: &[Candidates]) -> HashSet<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for page in pages {
        let distinct: HashSet<&str> = page.all().collect();
        for c in distinct {
            *counts.entry(c).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 3)
        .map(|(c, _)| c.to_string())
        .collect()
}

impl Candidates {
    /// The candidates of `ID.html.gz` beside `ID.txt`; none without it.
    fn of_page(txt: &Path) -> Self {
        let html = txt.with_extension("html.gz");
        Candidates::of(&if html.exists() {
            gunzip(&html)
        } else {
            String::new()
        })
    }

    fn all(&self) -> impl Iterator<Item = &str> {
        let lists = [&self.og, &self.h1, &self.twitter, &self.title];
        lists.into_iter().flatten().map(String::as_str)
    }

    fn of(html: &str) -> Self {
        let lower = html.to_ascii_lowercase();
        let folded = |v: Vec<String>| {
            v.iter()
                .map(|s| fold(s))
                .filter(|s| !s.is_empty())
                .collect()
        };
        let mut title = element_texts(html, &lower, "title");
        title.truncate(1);
        Candidates {
            og: folded(meta_contents(html, &lower, "og:title")),
            h1: folded(h1_texts(html, &lower)),
            twitter: folded(meta_contents(html, &lower, "twitter:title")),
            title: folded(title),
        }
    }

    /// og:title, the `<h1>`s, twitter:title, `<title>`: the order of the
    /// brief, less the `<h1>`s that are the site's banner ([`is_banner`]).
    fn in_order(&self, lines: &HashSet<&str>) -> Vec<&str> {
        let titles: Vec<&str> = self
            .og
            .iter()
            .chain(&self.twitter)
            .chain(&self.title)
            .map(String::as_str)
            .collect();
        let h1 = self.h1.iter().filter(|h| !is_banner(h, &titles, lines));
        let all = self
            .og
            .iter()
            .chain(h1)
            .chain(&self.twitter)
            .chain(&self.title);
        all.map(String::as_str).collect()
    }
}

/// Whether an `<h1>` names the site rather than the story: a title
/// candidate is this h1 and, past a separator, a line of the page with a
/// longer part ("Post title | Rand's Blog" over the h1 "Rand's Blog").
/// Blogs put their name in the h1 of every post; [`recurring`] catches
/// those with several posts in a source, this the others.
fn is_banner(h1: &str, titles: &[&str], lines: &HashSet<&str>) -> bool {
    let longer = |rest: &&str| longest_part(rest) > h1.chars().count();
    // A blog's name also opens its titles before a colon ("Experimental
    // Philosophy: The problem of ESEE knowledge" over that h1).
    titles
        .iter()
        .flat_map(|t| cut_off(t, h1).into_iter().chain(after_colon(t, h1)))
        .any(|rest| lines.contains(rest) && longer(&rest))
}

/// What follows `name` and a colon at the start of `title`.
fn after_colon<'a>(title: &'a str, name: &str) -> Option<&'a str> {
    title.strip_prefix(name)?.strip_prefix(": ")
}

/// Whether a candidate title names this line (both folded): it is the
/// line, or the line is what is left once a site name is cut off at a
/// separator. Each part of the site name must be shorter than the line, so
/// that a line holding only the site name ("Slashdot") is not taken for
/// the headline of "Story title - Slashdot".
fn names(cand: &str, line: &str) -> bool {
    let len = line.chars().count();
    cand == line
        || cut_off(cand, line)
            .iter()
            .any(|site| longest_part(site) < len)
}

/// What is left of `cand` when `part` is cut off its start or its end
/// together with a separator.
fn cut_off<'a>(cand: &'a str, part: &str) -> Vec<&'a str> {
    let at = |sep: &&str| {
        let after = cand.strip_prefix(part).and_then(|r| r.strip_prefix(*sep));
        let before = cand.strip_suffix(part).and_then(|r| r.strip_suffix(*sep));
        [after, before]
    };
    SEPARATORS.iter().flat_map(at).flatten().collect()
}

/// The length in characters of the longest separator-delimited part.
fn longest_part(s: &str) -> usize {
    let mut parts = vec![s];
    for sep in SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.iter().map(|p| p.chars().count()).max().unwrap_or(0)
}

/// The `content` of each `<meta>` whose `property` or `name` is `key`.
/// `lower` is `html` ASCII-lower-cased: the same byte offsets.
fn meta_contents(html: &str, lower: &str, key: &str) -> Vec<String> {
    let metas = tag_starts(lower, "meta")
        .into_iter()
        .map(|at| attributes(html, at));
    let value = |attrs: &[(String, String)], name: &str| {
        attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    metas
        .filter(|a| {
            [value(a, "property"), value(a, "name")]
                .iter()
                .flatten()
                .any(|v| v.trim().eq_ignore_ascii_case(key))
        })
        .filter_map(|a| value(&a, "content"))
        .map(|c| collapse(&decode_entities(&c)))
        .collect()
}

/// The shown text of each `name` element: tags become spaces, entities
/// are decoded, whitespace collapsed.
fn element_texts(html: &str, lower: &str, name: &str) -> Vec<String> {
    let close = format!("</{name}");
    let text = |at: usize| {
        let start = at + lower[at..].find('>')? + 1;
        let end = start + lower[start..].find(&close)?;
        Some(collapse(&decode_entities(&strip_tags(&html[start..end]))))
    };
    tag_starts(lower, name)
        .into_iter()
        .filter_map(text)
        .collect()
}

/// The texts of the `<h1>`s that are not a logo: an h1 whose text is all
/// one link to the site's front page or a section's (`<h1><a
/// href="/">Site</a></h1>`) names the site, as the reader does too.
fn h1_texts(html: &str, lower: &str) -> Vec<String> {
    let logo = |at: usize| -> Option<bool> {
        let start = at + lower[at..].find('>')? + 1;
        let end = start + lower[start..].find("</h1")?;
        let link = start + lower[start..end].find("<a")?;
        let href = attributes(html, link + 2)
            .into_iter()
            .find(|(k, _)| k == "href")
            .map(|(_, v)| v)?;
        let text = collapse(&strip_tags(&html[start..end]));
        let link_end = link + lower[link..end].find("</a")?;
        let link_text = collapse(&strip_tags(&html[link..link_end]));
        Some(text == link_text && front_page(&href))
    };
    let texts = element_texts(html, lower, "h1");
    let starts = tag_starts(lower, "h1");
    texts
        .into_iter()
        .zip(starts)
        .filter(|(_, at)| logo(*at) != Some(true))
        .map(|(t, _)| t)
        .collect()
}

/// Whether a link leads to a front page: no path, or one part of one word.
fn front_page(href: &str) -> bool {
    let href = href.trim();
    let host_less = ["https://", "http://", "//"]
        .iter()
        .find_map(|p| href.strip_prefix(p))
        .map(|r| r.find('/').map_or("", |i| &r[i..]));
    let path = host_less
        .unwrap_or(href)
        .split(['?', '#'])
        .next()
        .unwrap_or("");
    if host_less.is_none() && !path.starts_with('/') {
        return false;
    }
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [] => true,
        [one] => one.split(['-', '_', '.']).filter(|w| !w.is_empty()).count() == 1,
        _ => false,
    }
}

/// The byte offset just past each `<name` that opens such a tag.
fn tag_starts(lower: &str, name: &str) -> Vec<usize> {
    let open = format!("<{name}");
    let ends_name = |c: char| c.is_ascii_whitespace() || c == '/' || c == '>';
    lower
        .match_indices(&open)
        .map(|(i, _)| i + open.len())
        .filter(|&at| lower[at..].starts_with(ends_name))
        .collect()
}

/// The attributes of the tag whose name ends at `at`, up to its unquoted
/// `>`: (lower-case name, raw value), in any order and either quote.
fn attributes(html: &str, at: usize) -> Vec<(String, String)> {
    let mut attrs = Vec::new();
    let mut rest = &html[at..];
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() || rest.starts_with('>') {
            return attrs;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || "=>/".contains(c))
            .unwrap_or(rest.len());
        let name = rest[..end].to_ascii_lowercase();
        rest = rest[end..].trim_start();
        let mut value = "";
        if let Some(after) = rest.strip_prefix('=') {
            (value, rest) = attribute_value(after.trim_start());
        }
        attrs.push((name, value.to_string()));
    }
}

/// An attribute value, quoted or bare, and what follows it.
fn attribute_value(s: &str) -> (&str, &str) {
    match s.chars().next() {
        Some(q @ ('"' | '\'')) => {
            let inside = &s[1..];
            match inside.find(q) {
                Some(end) => (&inside[..end], &inside[end + 1..]),
                None => (inside, ""),
            }
        }
        _ => s.split_at(
            s.find(|c: char| c.is_whitespace() || c == '>')
                .unwrap_or(s.len()),
        ),
    }
}

/// Markup out: every tag becomes a space (a block boundary or nothing
/// once whitespace is collapsed).
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        out.push(' ');
        rest = rest[i..].find('>').map_or("", |j| &rest[i + j + 1..]);
    }
    out + rest
}

/// Character references decoded: numeric ones and the named ones that
/// occur in the pages' titles; anything else is left as written.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let (c, len) = entity(rest).unwrap_or(('&', 1));
        out.push(c);
        rest = &rest[len..];
    }
    out + rest
}

/// The named character references that occur in the pages' titles.
const NAMED: [(&str, char); 25] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("middot", '·'),
    ("bull", '•'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("times", '×'),
];

/// The character a reference at the start of `s` stands for, and the
/// reference's length in bytes.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.bytes().take(12).position(|b| b == b';')?;
    let name = &s[1..end];
    let c = match name.strip_prefix('#') {
        Some(num) => char::from_u32(match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        })?,
        None => NAMED.iter().find(|(n, _)| *n == name)?.1,
    };
    Some((c, end + 1))
}

/// Trimmed, with every run of whitespace one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The form in which a candidate and a line are compared: collapsed,
/// lower-case, curly quotes straight.
fn fold(s: &str) -> String {
    let straight = |c: char| match c {
        '‘' | '’' | '‚' | '‛' => '\'',
        '“' | '”' | '„' | '‟' => '"',
        c => c,
    };
    collapse(s)
        .chars()
        .map(straight)
        .flat_map(char::to_lowercase)
        .collect()
}

// ---- output and floors ----

/// One line per source.
fn print_table(scores: &[SourceScore], mode: Mode) {
    println!("\ndev pages ({PAGES}) read as {mode:?}, one run per source; body as score_pages.py");
    println!(
        "{:<16} {:>5}  {:>7} {:>6} {:>6}  {:>7} {:>7} {:>7}  {:>9} {:>9}  {:>9} {:>6}",
        "source",
        "pages",
        "micro P",
        "R",
        "F1",
        "tp",
        "fp",
        "fn",
        "lost",
        "junk",
        "headlines",
        "share"
    );
    for s in scores {
        let ((p, r, f1), n) = (s.micro(), s.pages.len());
        let sum = |f: fn(&PageScore) -> usize| s.pages.iter().map(f).sum::<usize>();
        let (right, with_gold) = s.headlines();
        println!(
            "{:<16} {n:>5}  {p:>7.3} {r:>6.3} {f1:>6.3}  {:>7} {:>7} {:>7}  {:>9} {:>9}  {:>9} {:>6.3}",
            s.name,
            sum(|p| p.tp),
            sum(|p| p.fp),
            sum(|p| p.fn_),
            format!("{}/{n}", s.count(PageScore::lost)),
            format!("{}/{n}", s.count(PageScore::junk)),
            format!("{right}/{with_gold}"),
            s.headline_share(),
        );
    }
}

/// The `n` lowest-F1 pages (ties: more wrong tokens first, as
/// score_pages.py orders them) and up to `n` headline misses.
fn print_worst(s: &SourceScore, n: usize) {
    let mut pages: Vec<&PageScore> = s.pages.iter().collect();
    let wrong = |p: &PageScore| p.fp + p.fn_;
    pages.sort_by(|a, b| a.f1().total_cmp(&b.f1()).then(wrong(b).cmp(&wrong(a))));
    println!("\n{}: worst {} pages by F1", s.name, n.min(pages.len()));
    for p in pages.iter().take(n) {
        let why = if p.lost() {
            "lost"
        } else if p.junk() {
            "junk"
        } else {
            ""
        };
        println!(
            "  {:<32} P={:.3} R={:.3} F1={:.3}  gold={} kept={} {why}",
            p.id,
            p.p(),
            p.r(),
            p.f1(),
            p.tp + p.fn_,
            p.tp + p.fp
        );
    }
    println!("{}: headline misses", s.name);
    let misses = s
        .pages
        .iter()
        .filter_map(|p| Some((p, p.headline.as_ref().filter(|h| !h.right)?)));
    for (p, h) in misses.take(n) {
        println!(
            "  {:<32} got {:?} | want {:?}",
            p.id,
            h.got.as_deref().unwrap_or("(none)"),
            h.want
        );
    }
}

/// Every line of a page with its role and reason (`DEV_SHOW=ID`).
fn show(article: &Article) {
    println!(
        "\n{} title={:?} meta={:?}",
        article.id, article.title, article.meta
    );
    for l in &article.lines {
        let text: String = article.line_text(l).chars().take(110).collect();
        println!(
            "{:>4} {:<11} {:<40} {text}",
            l.number,
            format!("{:?}", l.role),
            l.why
        );
    }
}

/// What falls below this source's floor, one message per figure.
fn floor_failures(s: &SourceScore, floors: &[Floor]) -> Vec<String> {
    let floor = floors
        .iter()
        .find(|f| f.source == s.name)
        .expect("every source has a floor");
    let (f1, lost, junk, share) = (
        s.micro().2,
        s.count(PageScore::lost),
        s.count(PageScore::junk),
        s.headline_share(),
    );
    let mut out = Vec::new();
    if f1 < floor.micro_f1 {
        out.push(format!(
            "{}: micro F1 {f1:.3} is below the floor {:.3}",
            s.name, floor.micro_f1
        ));
    }
    if lost > floor.max_lost {
        out.push(format!(
            "{}: {lost} lost pages, the floor allows {}",
            s.name, floor.max_lost
        ));
    }
    if junk > floor.max_junk {
        out.push(format!(
            "{}: {junk} junk pages, the floor allows {}",
            s.name, floor.max_junk
        ));
    }
    if share < floor.min_headline_share {
        out.push(format!(
            "{}: headline share {share:.3} is below the floor {:.3}",
            s.name, floor.min_headline_share
        ));
    }
    out
}
