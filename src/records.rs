//! Crawler records: articles as JSON, one per record.
//!
//! Scrapers leave their harvest as JSON Lines (one object per line) or as
//! one JSON document (an array of objects, one object, or an object whose
//! `docs`, `records` or `articles` field is that array). A record carries
//! `text` or `html` (`html` wins where it has both), and optionally `id`,
//! `title`, `url` and `date`; other fields are ignored. One code path
//! reads records for every caller, so a file gives the same articles
//! everywhere.

use std::fmt;

use serde::Deserialize;
use serde_json::Value;

use crate::html::Meta;
use crate::{check_text, Document, InputError};

/// One article as a crawler recorded it.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
pub struct Record {
    /// The crawler's name for it (a string or a number).
    #[serde(default, deserialize_with = "string_or_number")]
    pub id: Option<String>,
    /// The article as plain text, one block per line.
    #[serde(default)]
    pub text: Option<String>,
    /// The page's HTML.
    #[serde(default)]
    pub html: Option<String>,
    /// Its headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Its address.
    #[serde(default)]
    pub url: Option<String>,
    /// When it was published (a string, or a number such as a Unix time,
    /// kept as written).
    #[serde(default, deserialize_with = "string_or_number")]
    pub date: Option<String>,
}

/// Where in a file of records something is: what a reader needs to find
/// it with an editor (a line of JSON Lines) or a JSON tool (an index).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// The file as a whole.
    File,
    /// A 1-based line of a JSON Lines file.
    Line(usize),
    /// The 1-based record of a JSON document's array.
    Record(usize),
}

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::File => Ok(()),
            At::Line(n) => write!(f, "line {n}: "),
            At::Record(n) => write!(f, "record {n}: "),
        }
    }
}

/// Why a file of records could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    /// The record or line at fault.
    pub at: At,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.at, self.message)
    }
}

impl std::error::Error for RecordError {}

fn fail(at: At, message: impl Into<String>) -> RecordError {
    RecordError {
        at,
        message: message.into(),
    }
}

/// The records of a JSON Lines or JSON file.
pub fn parse(input: &str) -> Result<Vec<Record>, RecordError> {
    Ok(parse_at(input)?.into_iter().map(|(_, r)| r).collect())
}

/// The articles of a JSON Lines or JSON file, in order. A record without
/// an `id` is named `{name}#{n}`, n its 1-based place among the records.
///
/// ```
/// let docs = dateline::records::documents(
///     "{\"id\": \"a\", \"text\": \"Rain in Oslo.\"}\n{\"html\": \"<p>Sun in Rome.</p>\"}\n",
///     "feed",
/// ).unwrap();
/// assert_eq!((docs[0].id.as_str(), docs[1].id.as_str()), ("a", "feed#2"));
/// assert_eq!(docs[1].text, "Sun in Rome.");
/// ```
pub fn documents(input: &str, name: &str) -> Result<Vec<Document>, RecordError> {
    parse_at(input)?
        .into_iter()
        .enumerate()
        .map(|(i, (at, record))| {
            if record.text.is_none() && record.html.is_none() {
                return Err(fail(at, "no \"text\" or \"html\" field"));
            }
            record
                .into_document(&format!("{name}#{}", i + 1))
                .map_err(|e| fail(at, e.to_string()))
        })
        .collect()
}

/// Each record with where it stands.
fn parse_at(input: &str) -> Result<Vec<(At, Record)>, RecordError> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(fail(At::File, "no records (the file is empty)"));
    }
    // One JSON document, if the whole file is one. Else JSON Lines, if its
    // first line is a JSON value by itself: a pretty-printed document with
    // a slip is not, and its own error (with line and column) says more.
    match serde_json::from_str::<Value>(trimmed) {
        Ok(value) => from_value(value),
        Err(_) if first_line_is_json(input) => json_lines(input),
        Err(e) => Err(fail(At::File, format!("not JSON: {e}"))),
    }
}

fn first_line_is_json(input: &str) -> bool {
    input
        .lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| serde_json::from_str::<Value>(l).is_ok())
}

fn json_lines(input: &str) -> Result<Vec<(At, Record)>, RecordError> {
    let mut out = Vec::new();
    for (i, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = At::Line(i + 1);
        let record = serde_json::from_str::<Record>(line)
            .map_err(|e| fail(at, format!("not a JSON object with text or html: {e}")))?;
        out.push((at, record));
    }
    Ok(out)
}

fn from_value(value: Value) -> Result<Vec<(At, Record)>, RecordError> {
    let items = match value {
        Value::Array(items) => items,
        Value::Object(mut o) => match ["docs", "records", "articles"]
            .iter()
            .find_map(|k| o.remove(*k).filter(Value::is_array))
        {
            Some(Value::Array(items)) => items,
            _ => vec![Value::Object(o)],
        },
        _ => {
            return Err(fail(
                At::File,
                "expected a JSON object or an array of objects",
            ))
        }
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let at = At::Record(i + 1);
            serde_json::from_value::<Record>(v)
                .map(|r| (at, r))
                .map_err(|e| fail(at, format!("not an article record: {e}")))
        })
        .collect()
}

impl Record {
    /// The record as a document: its `html` read as a page, else its
    /// `text`. `fallback_id` names a record without an `id`.
    ///
    /// The page's own metadata wins and the record fills its gaps: the
    /// page states its headline, canonical address and publication date
    /// on purpose, where a crawler's `title` is often the `<title>` with
    /// the site's name, its `url` the address it happened to fetch and
    /// its `date` as often the crawl's as the story's. The record's title
    /// still joins the headlines the cleanup looks for, last.
    pub fn into_document(self, fallback_id: &str) -> Result<Document, InputError> {
        let id = self.id.unwrap_or_else(|| fallback_id.to_string());
        let mut doc = match (self.html, self.text) {
            (Some(html), _) => {
                check_text(&html)?;
                Document::from_html(id, &html)
            }
            (None, Some(text)) => Document::new(id, text),
            (None, None) => return Err(InputError::Empty),
        };
        check_text(&doc.text)?;
        if self.title.is_some() || self.url.is_some() || self.date.is_some() {
            let meta = doc.meta.get_or_insert_with(Meta::default);
            if let Some(title) = self.title.filter(|t| !t.trim().is_empty()) {
                if !meta.headlines.contains(&title) {
                    meta.headlines.push(title.clone());
                }
                meta.title.get_or_insert(title);
            }
            fill(&mut meta.url, self.url);
            fill(&mut meta.date, self.date);
        }
        Ok(doc)
    }
}

/// Sets a field the page left empty.
fn fill(field: &mut Option<String>, value: Option<String>) {
    if field.is_none() {
        *field = value.filter(|v| !v.trim().is_empty());
    }
}

/// A field given as a string or a number (crawlers write ids and Unix
/// times as numbers).
fn string_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_and_json_documents() {
        let jsonl = "{\"id\": 7, \"text\": \"A story.\"}\n\n{\"html\": \"<p>Hi</p>\", \"url\": \"https://x.test/a\"}\n";
        let records = parse(jsonl).unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].id.as_deref(), Some("7"));
        let doc = records[1].clone().into_document("feed#2").unwrap();
        assert_eq!((doc.id.as_str(), doc.text.as_str()), ("feed#2", "Hi"));
        assert_eq!(doc.meta.unwrap().url.as_deref(), Some("https://x.test/a"));

        let array = "[{\"text\": \"One.\"}, {\"text\": \"Two.\", \"title\": \"T\"}]";
        assert_eq!(parse(array).unwrap().len(), 2);
        let wrapped = "{\"docs\": [{\"text\": \"One.\"}]}";
        assert_eq!(parse(wrapped).unwrap()[0].text.as_deref(), Some("One."));
        let single = "\u{feff}{\"text\": \"One.\", \"date\": 1700000000}";
        assert_eq!(
            parse(single).unwrap()[0].date.as_deref(),
            Some("1700000000")
        );
    }

    #[test]
    fn bad_records_say_where() {
        assert_eq!(parse("  ").unwrap_err().at, At::File);
        // JSON Lines: the line in the file, blank lines counted.
        let err = parse("\n{\"text\": \"ok\"}\n\n{\"text\": 5}\n").unwrap_err();
        assert_eq!(err.at, At::Line(4));
        assert!(err.to_string().starts_with("line 4: "), "{err}");
        // A pretty-printed document with a slip: serde's line and column.
        let err = parse("[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"\n]\n").unwrap_err();
        assert_eq!(err.at, At::File);
        assert!(err.message.contains("line 4"), "{err}");
        let err = documents("[{\"text\": \"a\"}, {\"id\": \"x\"}]", "f").unwrap_err();
        assert_eq!(err.to_string(), "record 2: no \"text\" or \"html\" field");
        let err = documents("{\"text\": \" \"}\n{\"text\": \"b\"}", "f").unwrap_err();
        assert_eq!(err.to_string(), "line 1: the text is empty");
        let empty = parse("{\"id\": \"x\"}").unwrap();
        assert_eq!(empty[0].clone().into_document("f"), Err(InputError::Empty));
    }

    #[test]
    fn the_page_states_and_the_record_fills_gaps() {
        let record = Record {
            html: Some(
                "<meta property=og:title content='Rain at last'><h1>Rain at last</h1><p>It rained.</p>"
                    .into(),
            ),
            title: Some("Rain at last | Daily".into()),
            url: Some("https://daily.test/rain".into()),
            date: Some("2024-05-01".into()),
            ..Record::default()
        };
        let meta = record.into_document("r").unwrap().meta.unwrap();
        assert_eq!(meta.title.as_deref(), Some("Rain at last"));
        assert_eq!(meta.headlines, ["Rain at last", "Rain at last | Daily"]);
        assert_eq!(meta.url.as_deref(), Some("https://daily.test/rain"));
        assert_eq!(meta.date.as_deref(), Some("2024-05-01"));

        let text = Record {
            text: Some("Rain at last\nIt rained.".into()),
            title: Some("Rain at last".into()),
            ..Record::default()
        };
        let doc = text.into_document("t").unwrap();
        assert!(doc.markup.is_none());
        assert_eq!(doc.meta.unwrap().headlines, ["Rain at last"]);
    }
}
