//! Files in (native only): which kind of article file a path is, and the
//! articles in it.
//!
//! The command line reads through here, so that it stays a shell around
//! the core and every native caller gets the same articles from the same
//! path. The browser build has no file system: the page reads files with
//! the browser's own APIs.
//!
//! A file's kind goes by its extension ([`Kind::of`]); a file named
//! directly with another extension is read as a page if it opens like
//! one, else as text ([`Kind::sniff`]). A folder gives its own article
//! files in name order ([`list`]).

use std::fmt;
use std::path::{Path, PathBuf};

use crate::{decode, decode_html, records, Document, InputError};

/// What a file holds, which decides how its bytes become articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Plain text (`.txt`, `.md`, `.markdown`): one article, UTF-8, one
    /// block per line, read as it is.
    Text,
    /// A web page (`.html`, `.htm`): one article, decoded as a browser
    /// would ([`crate::decode_html`]) and read from its markup.
    Html,
    /// Crawler records as JSON Lines (`.jsonl`, `.ndjson`): an article per
    /// line ([`crate::records`]).
    JsonLines,
    /// Crawler records as one JSON document (`.json`): an article per
    /// record of its array.
    Json,
}

impl Kind {
    /// The kind a file's extension (any case) names, if it names one.
    ///
    /// ```
    /// use dateline::files::Kind;
    /// use std::path::Path;
    /// assert_eq!(Kind::of(Path::new("news/Page.HTM")), Some(Kind::Html));
    /// assert_eq!(Kind::of(Path::new("logo.png")), None);
    /// ```
    pub fn of(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "md" | "markdown" => Kind::Text,
            "html" | "htm" => Kind::Html,
            "jsonl" | "ndjson" => Kind::JsonLines,
            "json" => Kind::Json,
            _ => return None,
        })
    }

    /// The kind of a file whose name does not say (`index`, `story.php`,
    /// what `wget` saves): a page if it opens like one, else text.
    ///
    /// ```
    /// use dateline::files::Kind;
    /// assert_eq!(Kind::sniff(b"\n<!DOCTYPE html><title>Rain</title>"), Kind::Html);
    /// assert_eq!(Kind::sniff(b"Rain at last\nIt rained."), Kind::Text);
    /// ```
    pub fn sniff(bytes: &[u8]) -> Kind {
        let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        let start = start.trim_ascii_start();
        let head = &start[..start.len().min(16)].to_ascii_lowercase();
        let opens_a_page = ["<!doctype html", "<html", "<head", "<meta", "<!--"]
            .iter()
            .any(|p| head.starts_with(p.as_bytes()));
        if opens_a_page {
            Kind::Html
        } else {
            Kind::Text
        }
    }

    /// Whether a folder's file of this kind is read. Not a `.json` file:
    /// in a folder it is as often what annotates the articles (a gold file
    /// or a manifest beside each page) as articles, so it is read only
    /// when named.
    pub fn in_folder(self) -> bool {
        self != Kind::Json
    }
}

/// Why a path gave no articles: the path and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// The file or folder at fault, as the caller named it.
    pub path: PathBuf,
    /// What is wrong, with the record or line for a file of records.
    pub message: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for FileError {}

fn fail(path: &Path, message: impl ToString) -> FileError {
    FileError {
        path: path.to_path_buf(),
        message: message.to_string(),
    }
}

/// The articles a path holds: a file's, or each of a folder's article
/// files' in name order ([`list`]).
pub fn read(path: &Path) -> Result<Vec<Document>, FileError> {
    let mut docs = Vec::new();
    for file in list(path)? {
        docs.extend(read_file(&file)?);
    }
    Ok(docs)
}

/// The files a path names: the file itself, whatever its extension, or a
/// folder's article files in name order.
///
/// A folder's own files only, not its subfolders: ids are file stems,
/// unique within one folder but not across a tree (each benchmark names
/// its pages 001, 002…), and a tree's subfolders are often other data.
/// Hidden files and `README.*` (the folder's own notes) are skipped, and
/// so are files of other kinds ([`Kind::of`], [`Kind::in_folder`]).
pub fn list(path: &Path) -> Result<Vec<PathBuf>, FileError> {
    let meta = std::fs::metadata(path).map_err(|e| fail(path, e))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| fail(path, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| is_article_file(p))
        .collect();
    out.sort();
    Ok(out)
}

fn is_article_file(path: &Path) -> bool {
    let name = path.file_name().map_or("".into(), |n| n.to_string_lossy());
    let stem = name.split('.').next().unwrap_or("");
    path.is_file()
        && !name.starts_with('.')
        && !stem.eq_ignore_ascii_case("readme")
        && Kind::of(path).is_some_and(Kind::in_folder)
}

/// The articles of one file, as its [`Kind`] says. A text or page file is
/// one article named by the file's stem; a file of records gives one per
/// record ([`records::documents`]).
pub fn read_file(path: &Path) -> Result<Vec<Document>, FileError> {
    let bytes = std::fs::read(path).map_err(|e| fail(path, e))?;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match Kind::of(path).unwrap_or_else(|| Kind::sniff(&bytes)) {
        Kind::Text => {
            let text = decode(&bytes).map_err(|e| fail(path, e))?;
            Ok(vec![Document::new(id, text)])
        }
        Kind::Html => {
            let html = decode_html(&bytes).map_err(|e| fail(path, e))?;
            Ok(vec![Document::from_html(id, &html)])
        }
        Kind::JsonLines | Kind::Json => {
            // JSON is UTF-8 (RFC 8259). No size limit on the file: the
            // limit is an article's, and each record's is checked.
            let text = std::str::from_utf8(&bytes).map_err(|e| {
                let offset = e.valid_up_to();
                fail(path, InputError::NotUtf8 { offset })
            })?;
            records::documents(text, &id).map_err(|e| fail(path, e))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_extension_and_by_opening() {
        for (name, kind) in [
            ("a.txt", Some(Kind::Text)),
            ("a.MD", Some(Kind::Text)),
            ("a.html", Some(Kind::Html)),
            ("dir.v2/a.htm", Some(Kind::Html)),
            ("feed.jsonl", Some(Kind::JsonLines)),
            ("feed.json", Some(Kind::Json)),
            ("a.html.gz", None),
            ("index", None),
        ] {
            assert_eq!(Kind::of(Path::new(name)), kind, "{name}");
        }
        assert_eq!(Kind::sniff(b"\xef\xbb\xbf <html lang=en>"), Kind::Html);
        assert_eq!(Kind::sniff(b"<!-- saved from url -->"), Kind::Html);
        assert_eq!(Kind::sniff(b"<b>not</b> a page"), Kind::Text);
        assert_eq!(Kind::sniff(b""), Kind::Text);
        assert!(!Kind::Json.in_folder() && Kind::JsonLines.in_folder());
    }
}
