//! Compacts the editable tables in `data/` for embedding: comment lines go,
//! and so do the columns the core never reads (editors' notes, metadata),
//! so every reader downloads only what the analysis uses. The sources in
//! `data/` stay as they are; the compact copies go to OUT_DIR and the core
//! includes them with `data_file!`.

use std::fs;
use std::path::Path;

/// Table, and the columns the core reads (None: all of them).
const TABLES: &[(&str, Option<&[usize]>)] = &[
    ("boilerplate_cues.tsv", None),
    ("countries.tsv", None),
    ("cues.tsv", None),
    ("fixed_expressions.txt", None),
    ("given_names.txt", None),
    ("ioc_codes.tsv", None),
    ("languages.txt", None),
    ("locations.tsv", None),
    ("orgs.tsv", Some(&[0, 1, 2])),
    ("people.tsv", Some(&[0, 1])),
    ("places.tsv", None),
    ("stopwords.tsv", None),
    ("surnames.txt", None),
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for (name, keep) in TABLES {
        let path = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut compact = String::with_capacity(text.len());
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
            let mut fields: Vec<String> = fields.into_iter().map(str::to_string).collect();
            if *name == "places.tsv" && fields.len() >= 5 {
                // name code kind population canonical: a canonical equal to
                // the name is implied; population only ranks namesakes, so
                // thousands are enough.
                if fields[4] == fields[0] {
                    fields[4].clear();
                }
                fields[3] = (fields[3].parse::<u64>().unwrap_or(0) / 1000).to_string();
            }
            while fields.last().is_some_and(|f| f.is_empty()) {
                fields.pop();
            }
            compact.push_str(&fields.join("\t"));
            compact.push('\n');
        }
        fs::write(Path::new(&out).join(name), compact).expect("write compact table");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
