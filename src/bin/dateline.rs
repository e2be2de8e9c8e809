//! `dateline analyze [--format json] PATH...`: the command-line analyser.
//!
//! PATH is a file or a directory (its `*.txt` files, sorted). The JSON on
//! stdout is a contract other tools read: see README "Command line".

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dateline::report::Report;
use dateline::text::Unit;
use dateline::{decode, Dateline, Document};

const USAGE: &str = "usage: dateline analyze [--format json] PATH...\n\
  PATH: a text file, or a directory (its *.txt files, sorted)";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("dateline: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut args = args.into_iter();
    match args.next().as_deref() {
        Some("analyze") => {}
        Some("-h") | Some("--help") => {
            println!("{USAGE}");
            return Ok(());
        }
        _ => return Err(USAGE.replace('\n', " ")),
    }
    let mut paths = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next().as_deref() {
                Some("json") => {}
                other => return Err(format!("unknown format {other:?}; only json is supported")),
            },
            "--format=json" => {}
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        return Err(USAGE.replace('\n', " "));
    }
    let mut docs = Vec::new();
    for path in &paths {
        for file in files(path)? {
            docs.push(read(&file)?);
        }
    }
    let analysis = Dateline::new().analyze(&docs);
    let json = serde_json::to_string(&Report::new(&analysis, Unit::CodePoint, false))
        .map_err(|e| format!("cannot write JSON: {e}"))?;
    println!("{json}");
    Ok(())
}

/// The file itself, or a directory's `*.txt` files in name order.
fn files(path: &Path) -> Result<Vec<PathBuf>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    Ok(out)
}

fn read(path: &Path) -> Result<Document, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = decode(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Document::new(id, text))
}
