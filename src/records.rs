//! Crawler records: articles as JSON, one per record.
//!
//! Scrapers leave their harvest as JSON Lines (one object per line) or as
//! one JSON document (an array of objects, one object, or an object whose
//! `docs`, `records` or `articles` field is that array). A record carries
//! `text` or `html`, and optionally `id`, `title`, `url` and `date`; other
//! fields are ignored. The CLI and the page read records with this same
//! code, so a file gives the same articles everywhere.

use std::fmt;

use serde::Deserialize;
use serde_json::Value;

use crate::html::Meta;
use crate::{check_text, Document, InputError};

/// One article as a crawler recorded it.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
pub struct Record {
    /// The crawler's name for it (a string or a number).
    #[serde(default, deserialize_with = "id_string")]
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
    /// When it was published.
    #[serde(default)]
    pub date: Option<String>,
}

/// Why a file of records could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    /// The 1-based record (or JSON Lines line) at fault; 0 for the file.
    pub record: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.record {
            0 => write!(f, "{}", self.message),
            n => write!(f, "record {n}: {}", self.message),
        }
    }
}

impl std::error::Error for RecordError {}

fn fail(record: usize, message: impl Into<String>) -> RecordError {
    RecordError {
        record,
        message: message.into(),
    }
}

/// The records of a JSON Lines or JSON file.
pub fn parse(input: &str) -> Result<Vec<Record>, RecordError> {
    let trimmed = input.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(fail(0, "no records (the file is empty)"));
    }
    // One JSON document, if the whole file is one; else JSON Lines.
    match serde_json::from_str::<Value>(trimmed) {
        Ok(value) => from_value(value),
        Err(_) if trimmed.lines().filter(|l| !l.trim().is_empty()).count() > 1 => {
            json_lines(trimmed)
        }
        Err(e) => Err(fail(0, format!("not JSON: {e}"))),
    }
}

fn json_lines(input: &str) -> Result<Vec<Record>, RecordError> {
    let mut out = Vec::new();
    for (i, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record = serde_json::from_str::<Record>(line)
            .map_err(|e| fail(i + 1, format!("not a JSON object with text or html: {e}")))?;
        out.push(record);
    }
    Ok(out)
}

fn from_value(value: Value) -> Result<Vec<Record>, RecordError> {
    let items = match value {
        Value::Array(items) => items,
        Value::Object(mut o) => match ["docs", "records", "articles"]
            .iter()
            .find_map(|k| o.remove(*k).filter(Value::is_array))
        {
            Some(Value::Array(items)) => items,
            _ => vec![Value::Object(o)],
        },
        _ => return Err(fail(0, "expected a JSON object or an array of objects")),
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            serde_json::from_value::<Record>(v)
                .map_err(|e| fail(i + 1, format!("not an article record: {e}")))
        })
        .collect()
}

impl Record {
    /// The record as a document: its `html` read as a page (the record's
    /// `title`, `url` and `date` win over the page's own), else its `text`.
    /// `fallback_id` names a record without an `id`.
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
            if let Some(title) = self.title {
                meta.headlines.insert(0, title.clone());
                meta.title = Some(title);
            }
            meta.url = self.url.or(meta.url.take());
            meta.date = self.date.or(meta.date.take());
        }
        Ok(doc)
    }
}

/// An `id` given as a string or a number.
fn id_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
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
        let single = "{\"text\": \"One.\", \"date\": \"2020-01-02\"}";
        assert_eq!(
            parse(single).unwrap()[0].date.as_deref(),
            Some("2020-01-02")
        );
    }

    #[test]
    fn bad_records_say_where() {
        assert_eq!(parse("  ").unwrap_err().record, 0);
        let err = parse("{\"text\": \"ok\"}\n{\"text\": 5}\n").unwrap_err();
        assert_eq!(err.record, 2);
        assert!(err.to_string().starts_with("record 2: "));
        let empty = parse("{\"id\": \"x\"}").unwrap();
        assert_eq!(empty[0].clone().into_document("f"), Err(InputError::Empty));
    }
}
