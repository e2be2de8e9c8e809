//! `dateline analyze [--format json] PATH...`: the command-line analyser.
//!
//! PATH is a text file, a page, a file of crawler records or a folder of
//! them; [`dateline::files`] reads them. The JSON on stdout is a contract
//! other tools read: see README "Command line".

use std::path::PathBuf;
use std::process::ExitCode;

use dateline::report::Report;
use dateline::text::Unit;
use dateline::{files, Dateline};

const USAGE: &str = "usage: dateline analyze [--format json] PATH...\n\
  PATH: a text file (.txt, .md), a page (.html, .htm), crawler records\n\
  (.jsonl, .json: one article per record, with text or html), or a folder\n\
  (its own such files, sorted by name; not .json, subfolders, README.*)";

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
        docs.extend(files::read(path).map_err(|e| e.to_string())?);
    }
    let analysis = Dateline::new().analyze(&docs);
    let json = serde_json::to_string(&Report::new(&analysis, Unit::CodePoint, false))
        .map_err(|e| format!("cannot write JSON: {e}"))?;
    write_out(&json)
}

/// Writes the report and a newline to stdout. A reader that stops early
/// (`dateline analyze DIR | head`) closes the pipe: that ends the run
/// quietly, as for other command-line tools, instead of a panic.
fn write_out(json: &str) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{json}").and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write the report: {e}"))
        }
        _ => Ok(()),
    }
}
