//! Compacts the editable tables in `data/` for embedding, since every reader
//! downloads them: comment lines go, and so do the columns the core never
//! reads (editors' notes, metadata) and what it can derive (a canonical name
//! equal to the name; exact populations, where only their order among
//! namesakes is read). The rest is front-coded (`src/data.rs` says how and
//! decodes it), which gzips about a fifth smaller. The sources in `data/`
//! stay as they are; the compact copies go to OUT_DIR and the core includes
//! them with `data_file!`.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/data.rs"]
mod data;

/// How a table is stored.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    /// Row by row, each row front-coded against the one before.
    Rows,
    /// Column by column, each column front-coded on its own.
    Columns,
    /// As it is: rows that share no beginnings (unsorted names) gzip
    /// better without the coding.
    Plain,
}
use Layout::*;

/// Table, the columns the core reads (None: all of them), its layout.
const TABLES: &[(&str, Option<&[usize]>, Layout)] = &[
    ("boilerplate_cues.tsv", None, Columns),
    ("countries.tsv", None, Rows),
    ("cues.tsv", None, Columns),
    ("fixed_expressions.txt", None, Rows),
    ("html_entities.tsv", None, Plain),
    ("given_names.txt", None, Rows),
    ("ioc_codes.tsv", None, Rows),
    ("languages.txt", None, Rows),
    ("locations.tsv", None, Columns),
    ("orgs.tsv", Some(&[0, 1, 2]), Plain),
    ("people.tsv", Some(&[0, 1]), Plain),
    ("places.tsv", None, Rows),
    ("stopwords.tsv", None, Rows),
    ("surnames.txt", None, Rows),
    ("towns.tsv", None, Rows),
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for &(name, keep, layout) in TABLES {
        let path = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut rows: Vec<Vec<String>> = Vec::new();
        for line in text.lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields: Vec<&str> = line.split('\t').collect();
            if let Some(keep) = keep {
                fields = keep
                    .iter()
                    .map(|&i| fields.get(i).copied().unwrap_or(""))
                    .collect();
            }
            rows.push(fields.into_iter().map(str::to_string).collect());
        }
        match name {
            // The core reads these lists through `key`, which lowercases.
            "given_names.txt" | "surnames.txt" => {
                for r in &mut rows {
                    r[0] = r[0].to_lowercase();
                }
            }
            "places.tsv" => compact_places(&mut rows),
            "locations.tsv" => {
                // name type canonical code: a canonical equal to the name is
                // implied.
                for r in &mut rows {
                    if r.len() > 2 && r[2] == r[0] {
                        r[2].clear();
                    }
                }
            }
            _ => {}
        }
        let mut plain = String::with_capacity(text.len());
        for r in &mut rows {
            while r.last().is_some_and(|f| f.is_empty()) {
                r.pop();
            }
            plain.push_str(&r.join("\t"));
            plain.push('\n');
        }
        let coded = match layout {
            Plain => plain,
            _ => {
                let coded = encode(&rows, layout);
                assert_eq!(data::decode(&coded), plain, "{name}: front coding");
                coded
            }
        };
        fs::write(Path::new(&out).join(name), coded).expect("write compact table");
    }
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/data.rs");
}

/// `places.tsv`: name code kind population canonical. A canonical equal to
/// the name is implied. The population only orders entries of one name
/// (the gazetteer sorts them by it, largest first, after those of a lesser
/// kind, and a place under 1,000 people ranks with the tables' zeros), so
/// it becomes its rank among the places of that name: 0 under 1,000, then
/// 1 for the smallest, 2… The rank is taken among all places whose names
/// agree in letters and digits, a coarser grouping than the gazetteer's
/// keys, so every order the gazetteer can see is kept.
fn compact_places(rows: &mut [Vec<String>]) {
    let thousands = |r: &Vec<String>| r[3].parse::<u64>().unwrap_or(0) / 1000;
    let group = |name: &str| -> String {
        let name = name
            .strip_prefix("the ")
            .or_else(|| name.strip_prefix("The "))
            .unwrap_or(name);
        name.to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    let mut sizes: HashMap<String, Vec<u64>> = HashMap::new();
    for r in rows.iter() {
        sizes.entry(group(&r[0])).or_default().push(thousands(r));
    }
    for v in sizes.values_mut() {
        v.retain(|&p| p > 0);
        v.sort_unstable();
        v.dedup();
    }
    for r in rows.iter_mut() {
        let p = thousands(r);
        let rank = match p {
            0 => 0,
            p => sizes[&group(&r[0])].binary_search(&p).unwrap() + 1,
        };
        r[3] = rank.to_string();
        if r.len() > 4 && r[4] == r[0] {
            r[4].clear();
        }
    }
}

/// The front-coded form of a table (see `src/data.rs`).
fn encode(rows: &[Vec<String>], layout: Layout) -> String {
    let front = |lines: &mut dyn Iterator<Item = String>, out: &mut String| {
        let mut prev = String::new();
        for line in lines {
            let mut shared = 0;
            for ((i, a), b) in line.char_indices().zip(prev.chars()) {
                if a != b || i + a.len_utf8() > 60 {
                    break;
                }
                shared = i + a.len_utf8();
            }
            out.push(char::from(b'0' + shared as u8));
            out.push_str(&line[shared..]);
            out.push('\n');
            prev = line;
        }
    };
    let mut out = String::new();
    out.push(data::ENCODED);
    match layout {
        Plain => unreachable!("a plain table is not coded"),
        Rows => {
            out.push('R');
            front(&mut rows.iter().map(|r| r.join("\t")), &mut out);
        }
        Columns => {
            out.push('T');
            let n = rows.iter().map(Vec::len).max().unwrap_or(0);
            for c in 0..n {
                let mut column = rows.iter().map(|r| r.get(c).cloned().unwrap_or_default());
                front(&mut column, &mut out);
                out.push_str(data::COLUMN_END);
                out.push('\n');
            }
        }
    }
    out
}
