//! The report the command line gives for HTML pages (each decoded as a
//! browser would, read as a page, offsets in code points):
//! `cargo run --release --example html_report -- PAGE.html...`.
//!
//! The browser tests (tests/e2e/html.test.mjs) compare the page's report
//! with the command line's; they use this where the `dateline` binary does
//! not yet read pages itself.

use dateline::report::Report;
use dateline::text::Unit;
use dateline::{decode_html, Dateline, Document};

fn main() -> Result<(), String> {
    let mut docs = Vec::new();
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
        let html = decode_html(&bytes).map_err(|e| format!("{path}: {e}"))?;
        let id = std::path::Path::new(&path)
            .file_stem()
            .map_or(path.clone(), |s| s.to_string_lossy().into_owned());
        docs.push(Document::from_html(id, &html));
    }
    let analysis = Dateline::new().analyze(&docs);
    let report = Report::new(&analysis, Unit::CodePoint, false);
    println!(
        "{}",
        serde_json::to_string(&report).map_err(|e| e.to_string())?
    );
    Ok(())
}
