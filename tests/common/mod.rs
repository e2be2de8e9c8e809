//! What the corpus tests on `../shared/dev` share: reading a folder as the
//! CLI reads it.

use std::fs;
use std::path::{Path, PathBuf};

use dateline::Document;

/// A directory's `*.txt` files in name order (the CLI's order).
pub fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    out
}

/// One text as the CLI reads it: checked bytes, the file stem as id.
pub fn read_document(path: &Path) -> Document {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = dateline::decode(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let id = path.file_stem().unwrap_or_default().to_string_lossy();
    Document::new(id, text)
}
