//! Measurements on the hand-written labelled texts in tests/data (see its
//! README): cleanup on 40 scraped pages, entities on annotated sentences,
//! countries on hard sentences. Each measure has a floor: the figure last
//! measured (README "Measured figures"). Run with `--nocapture` to print.
//!
//! These texts were written for the project and are not the seeds, so they
//! show whether the rules generalise. They are development data, not the
//! held-out test: a rule added for one line here must be a general rule.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::PathBuf;

use dateline::{Dateline, Document, EntityKind};

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    v.sort();
    v
}

fn f1(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp == 0 {
        0.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let r = if tp + fn_ == 0 {
        0.0
    } else {
        tp as f64 / (tp + fn_) as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// A labelled page: the raw text, each line's gold label, the gold title.
struct Page {
    name: String,
    text: String,
    labels: Vec<char>,
    title: Option<String>,
}

fn page(path: &PathBuf) -> Page {
    let src = fs::read_to_string(path).unwrap();
    let (mut lines, mut labels, mut title) = (Vec::new(), Vec::new(), None);
    for l in src.strip_suffix('\n').unwrap_or(&src).split('\n') {
        if l.is_empty() {
            lines.push(String::new());
            labels.push(' ');
            continue;
        }
        let (label, rest) = l.split_once('|').expect("label|text");
        let text = if label == "J" {
            rest.split_once('|').expect("J|reason|text").1
        } else {
            rest
        };
        let label = label.chars().next().unwrap();
        if label == 'T' {
            title = Some(text.to_string());
        }
        lines.push(text.to_string());
        labels.push(label);
    }
    Page {
        name: path.file_stem().unwrap().to_string_lossy().into_owned(),
        text: lines.join("\n"),
        labels,
        title,
    }
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_lowercase).collect()
}

/// Token F1 of the kept text against the gold kept text (bag of words).
fn token_f1(gold: &[String], got: &[String]) -> f64 {
    let mut bag: HashMap<&str, i64> = HashMap::new();
    for w in gold {
        *bag.entry(w).or_default() += 1;
    }
    let mut tp = 0;
    for w in got {
        if let Some(n) = bag.get_mut(w.as_str()) {
            if *n > 0 {
                *n -= 1;
                tp += 1;
            }
        }
    }
    if gold.is_empty() && got.is_empty() {
        return 1.0;
    }
    f1(tp, got.len() - tp, gold.len() - tp).2
}

#[test]
fn cleanup_on_labelled_pages() {
    let pages: Vec<Page> = files("tests/data/pages", "page").iter().map(page).collect();
    let dateline = Dateline::builder().echoes(false).build();
    let docs: Vec<Document> = pages
        .iter()
        .map(|p| Document::new(p.name.clone(), p.text.clone()))
        .collect();
    // Each page alone, as a reader would paste it.
    let mut f1_sum = 0.0;
    let (mut titles_ok, mut line_ok, mut line_n) = (0, 0, 0);
    let mut report = Vec::new();
    for (p, d) in pages.iter().zip(&docs) {
        let a = &dateline.analyze(std::slice::from_ref(d)).articles[0];
        let lines: Vec<&str> = p.text.split('\n').collect();
        let (mut gold, mut got) = (Vec::new(), Vec::new());
        let mut wrong = Vec::new();
        for (i, label) in p.labels.iter().enumerate() {
            if *label == ' ' {
                continue;
            }
            let kept_gold = *label != 'J';
            let line = a
                .lines
                .iter()
                .find(|l| l.number == i + 1)
                .expect("every non-empty line has a role");
            let role = line.role;
            if kept_gold {
                gold.extend(words(lines[i]));
            }
            if role.is_kept() {
                got.extend(words(lines[i]));
            }
            line_n += 1;
            if role.is_kept() == kept_gold {
                line_ok += 1;
            } else {
                wrong.push(format!(
                    "    {}:{} gold {label} got {} ({}): {}",
                    p.name,
                    i + 1,
                    role.as_str(),
                    line.why,
                    lines[i].chars().take(60).collect::<String>()
                ));
            }
        }
        let f = token_f1(&gold, &got);
        f1_sum += f;
        if a.title == p.title {
            titles_ok += 1;
        } else {
            wrong.push(format!(
                "    {}: title {:?} != {:?}",
                p.name, a.title, p.title
            ));
        }
        report.push(format!("  {:<36} body token F1 {f:.3}", p.name));
        report.extend(wrong);
    }
    let mean_f1 = f1_sum / pages.len() as f64;
    println!("{}", report.join("\n"));
    println!(
        "cleanup: {} pages, mean body token F1 {mean_f1:.3}, lines right {}/{} ({:.3}), titles {titles_ok}/{}",
        pages.len(),
        line_ok,
        line_n,
        line_ok as f64 / line_n as f64,
        pages.len()
    );
    assert!(
        mean_f1 >= CLEANUP_F1_FLOOR,
        "mean body token F1 {mean_f1:.3} < {CLEANUP_F1_FLOOR}"
    );
    assert!(
        titles_ok >= CLEANUP_TITLES_FLOOR,
        "titles {titles_ok} < {CLEANUP_TITLES_FLOOR}"
    );
}

#[test]
fn entities_on_annotated_sentences() {
    let dateline = Dateline::builder().echoes(false).repeats(false).build();
    let mut by_type: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let (mut canon_ok, mut canon_n) = (0, 0);
    let mut problems = Vec::new();
    for path in files("tests/data/entities", "ent") {
        let src = fs::read_to_string(&path).unwrap();
        for line in src
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let (plain, expected) = parse_annotated(line);
            let a = &dateline
                .analyze(&[Document::new("s", plain.clone())])
                .articles[0];
            let gold: HashMap<(usize, usize, String), String> = expected
                .into_iter()
                .map(|(s, e, t, c)| ((s, e, t), c))
                .collect();
            let got: HashMap<(usize, usize, String), String> = a
                .entities
                .iter()
                .map(|e| {
                    (
                        (e.span.start, e.span.end, e.kind.as_str().to_string()),
                        e.canonical.clone(),
                    )
                })
                .collect();
            for (k, c) in &gold {
                let slot = by_type.entry(type_name(&k.2)).or_default();
                match got.get(k) {
                    Some(gc) => {
                        slot.0 += 1;
                        canon_n += 1;
                        if gc == c {
                            canon_ok += 1;
                        } else {
                            problems.push(format!(
                                "    canonical {:?}: {gc:?} != {c:?}",
                                &plain[k.0..k.1]
                            ));
                        }
                    }
                    None => {
                        slot.2 += 1;
                        problems.push(format!(
                            "    missed {:?}/{}  in: {}",
                            &plain[k.0..k.1],
                            k.2,
                            plain.chars().take(90).collect::<String>()
                        ));
                    }
                }
            }
            for k in got.keys().filter(|k| !gold.contains_key(*k)) {
                by_type.entry(type_name(&k.2)).or_default().1 += 1;
                problems.push(format!(
                    "    spurious {:?}/{}  in: {}",
                    &plain[k.0..k.1],
                    k.2,
                    plain.chars().take(90).collect::<String>()
                ));
            }
        }
    }
    println!("{}", problems.join("\n"));
    let (tp, fp, fn_) = by_type
        .values()
        .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
    let (p, r, f) = f1(tp, fp, fn_);
    for (t, (tp, fp, fn_)) in &by_type {
        let (p, r, f) = f1(*tp, *fp, *fn_);
        println!("  {t:<6} P {p:.3} R {r:.3} F1 {f:.3}");
    }
    let canonical = canon_ok as f64 / canon_n.max(1) as f64;
    println!("entities: P {p:.3} R {r:.3} F1 {f:.3}, canonical {canonical:.3}");
    assert!(f >= ENTITY_F1_FLOOR, "entity F1 {f:.3} < {ENTITY_F1_FLOOR}");
}

fn type_name(t: &str) -> &'static str {
    EntityKind::ALL
        .iter()
        .map(|k| k.as_str())
        .find(|k| *k == t)
        .unwrap_or("OTHER")
}

/// `[text|TYPE]` / `[text|TYPE|canonical]` markup → plain text and
/// (byte start, byte end, type, canonical).
fn parse_annotated(s: &str) -> (String, Vec<(usize, usize, String, String)>) {
    let mut plain = String::new();
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        plain.push_str(&rest[..open]);
        let close = open + rest[open..].find(']').unwrap();
        let mut parts = rest[open + 1..close].split('|');
        let text = parts.next().unwrap();
        let kind = parts.next().unwrap().to_string();
        let canonical = parts.next().unwrap_or(text).to_string();
        out.push((plain.len(), plain.len() + text.len(), kind, canonical));
        plain.push_str(text);
        rest = &rest[close + 1..];
    }
    plain.push_str(rest);
    (plain, out)
}

#[test]
fn countries_on_hard_sentences() {
    let dateline = Dateline::builder().echoes(false).repeats(false).build();
    let src = fs::read_to_string("tests/data/countries/hard.tsv").unwrap();
    let (mut ok, mut n) = (0, 0);
    let mut problems = Vec::new();
    for line in src.lines().filter(|l| !l.trim().is_empty()) {
        let mut fields = line.split('\t');
        let sentence = fields.next().unwrap();
        let want: BTreeSet<&str> = fields
            .next()
            .unwrap_or("")
            .split(',')
            .filter(|c| !c.is_empty())
            .collect();
        let a = &dateline.analyze(&[Document::new("s", sentence)]).articles[0];
        let got: BTreeSet<&str> = a
            .entities
            .iter()
            .filter(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Norp | EntityKind::Loc))
            .filter_map(|e| e.country)
            .collect();
        n += 1;
        if got == want {
            ok += 1;
        } else {
            problems.push(format!("    want {want:?} got {got:?}: {sentence}"));
        }
    }
    println!("{}", problems.join("\n"));
    let share = ok as f64 / n as f64;
    println!("countries: {ok}/{n} sentences exact ({share:.3})");
    assert!(
        share >= COUNTRY_EXACT_FLOOR,
        "{share:.3} < {COUNTRY_EXACT_FLOOR}"
    );
}

const CLEANUP_F1_FLOOR: f64 = 0.95;
const CLEANUP_TITLES_FLOOR: usize = 38;
const ENTITY_F1_FLOOR: f64 = 0.86;
const COUNTRY_EXACT_FLOOR: f64 = 0.90;
