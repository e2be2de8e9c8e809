//! Native throughput of `Dateline::analyze`, for `./build.sh bench`.
//!
//! ```text
//! cargo run --release --example throughput -- [--count N] [--warmup N] [--runs N]
//!     [--min-secs S] [--max-runs N] [--no-echoes] PATH
//! ```
//!
//! PATH is a folder (its `*.txt` files, sorted by name, the first N of them)
//! or one file (one article). The analyser is built once; the articles are
//! read into memory first, so only `analyze` is timed: `--warmup` untimed
//! runs (1), then at least `--runs` timed runs (3), more while under
//! `--min-secs` (2), at most `--max-runs` (50). `--no-echoes` turns off the
//! search for lines shared across articles. Prints one JSON line: bytes,
//! docs, and each run's seconds.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

use dateline::{Dateline, Document};

fn main() {
    let mut count = usize::MAX;
    let mut min_secs = 2.0_f64;
    let mut max_runs = 50_usize;
    let mut warmup = 1_usize;
    let mut min_runs = 3_usize;
    let mut echoes = true;
    let mut path: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--count" => count = number(&arg, args.next()),
            "--min-secs" => min_secs = number(&arg, args.next()),
            "--warmup" => warmup = number(&arg, args.next()),
            "--runs" => min_runs = number(&arg, args.next()),
            "--max-runs" => max_runs = number(&arg, args.next()),
            "--no-echoes" => echoes = false,
            _ if path.is_none() && !arg.starts_with("--") => path = Some(PathBuf::from(arg)),
            _ => fail(&format!("unexpected argument {arg}")),
        }
    }
    let path = path.unwrap_or_else(|| {
        fail("usage: throughput [--count N] [--warmup N] [--runs N] [--min-secs S] [--max-runs N] [--no-echoes] PATH")
    });
    let docs = read(&path, count);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    let dateline = Dateline::builder().echoes(echoes).build();
    for _ in 0..warmup {
        black_box(dateline.analyze(black_box(&docs)));
    }
    let mut runs = Vec::new();
    let started = Instant::now();
    while runs.len() < min_runs.max(1)
        || (started.elapsed().as_secs_f64() < min_secs && runs.len() < max_runs)
    {
        let t = Instant::now();
        let analysis = dateline.analyze(black_box(&docs));
        runs.push(t.elapsed().as_secs_f64());
        black_box(analysis);
    }
    let runs: Vec<String> = runs.iter().map(|s| format!("{s:.6}")).collect();
    println!(
        "{{\"bytes\":{bytes},\"docs\":{},\"runs\":[{}]}}",
        docs.len(),
        runs.join(",")
    );
}

fn read(path: &Path, count: usize) -> Vec<Document> {
    let text = |p: &Path| {
        std::fs::read_to_string(p).unwrap_or_else(|e| fail(&format!("{}: {e}", p.display())))
    };
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        files.truncate(count);
        files
            .iter()
            .map(|p| Document::new(p.file_stem().unwrap_or_default().to_string_lossy(), text(p)))
            .collect()
    } else {
        vec![Document::new("single", text(path))]
    }
}

fn number<T: std::str::FromStr>(flag: &str, value: Option<String>) -> T {
    value
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| fail(&format!("{flag} needs a number")))
}

fn fail(message: &str) -> ! {
    eprintln!("throughput: {message}");
    std::process::exit(2)
}
