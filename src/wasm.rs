//! The browser boundary: the only file that knows about wasm-bindgen.
//!
//! JavaScript holds an [`Explorer`] (an opaque handle that owns the built
//! tables), hands it articles as `{id, text}` or `{id, html}` objects (with
//! a crawler record's `title`, `url` and `date` where it has them) and gets
//! back plain objects in the report shape, with offsets in UTF-16 units,
//! which is how JavaScript strings count.
//!
//! Articles come in as an array of objects read through getters; the
//! report goes out as one JSON string that the engine's own `JSON.parse`
//! turns into objects: a report holds hundreds of thousands of small
//! strings, and building them one by one across the boundary cost more
//! than the analysis itself. The few small values (the country list,
//! per-article problems) take the same JSON road: serde-wasm-bindgen would
//! build them directly, but it cost 2.4 KB gzipped for values this small
//! and few (README "The boundary").
//!
//! A dropped file's bytes come in as a `Uint8Array` (js-sys). A page's
//! encoding is the core's call ([`crate::html::sniff`], as the CLI
//! decides it); the decoding is the browser's own `TextDecoder` (web-sys),
//! so the wasm carries no encoding tables.

use js_sys::{Object, Reflect, Uint8Array};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::TextDecoder;

use crate::records::Record;
use crate::report::Report;
use crate::text::Unit;
use crate::{check_text, countries, Dateline, Document, InputError, MAX_INPUT_BYTES};

#[derive(Serialize)]
struct JsCountry {
    code: &'static str,
    alpha3: &'static str,
    name: &'static str,
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;

    /// An article as the page passes it: `{id, text}` or `{id, html}`,
    /// with optional `title`, `url` and `date` (a crawler record's). The
    /// getters catch: an item that is `null` answers with an error, not a
    /// thrown one.
    pub type JsDocument;
    #[wasm_bindgen(method, getter, catch)]
    fn id(this: &JsDocument) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, catch)]
    fn text(this: &JsDocument) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, catch)]
    fn html(this: &JsDocument) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, catch)]
    fn title(this: &JsDocument) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, catch)]
    fn url(this: &JsDocument) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, catch)]
    fn date(this: &JsDocument) -> Result<JsValue, JsValue>;

    /// The parsed report: `{docs: [...]}`.
    type JsReport;
    #[wasm_bindgen(method, getter)]
    fn docs(this: &JsReport) -> Vec<JsReportDoc>;

    /// One article of the parsed report.
    type JsReportDoc;
    #[wasm_bindgen(method, setter)]
    fn set_text(this: &JsReportDoc, text: &JsValue);
}

/// A Rust value as a JavaScript one, through JSON.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    json_parse(&json).map_err(|_| JsError::new("JSON.parse failed"))
}

/// A string field of an article object, if it is one.
fn string(v: Result<JsValue, JsValue>) -> Option<String> {
    v.ok().and_then(|v| v.as_string())
}

/// An article object as a [`Document`]: its `html` read as a page, else
/// its `text`, a record's `title`, `url` and `date` filling the page's
/// gaps ([`Record::into_document`], as the CLI reads records).
fn document(d: &JsDocument, i: usize) -> Result<Document, String> {
    let id = string(d.id());
    let (text, html) = (string(d.text()), string(d.html()));
    let Some(id) = id.filter(|_| text.is_some() || html.is_some()) else {
        return Err(format!(
            "expected [{{id, text}}] or [{{id, html}}] with string id and text or html; item {i} is not"
        ));
    };
    let record = Record {
        id: None,
        text,
        html,
        title: string(d.title()),
        url: string(d.url()),
        date: string(d.date()),
    };
    record.into_document(&id).map_err(|e| format!("{id}: {e}"))
}

/// A file's bytes, refused when over the limit.
fn file_bytes(bytes: &Uint8Array) -> Result<Vec<u8>, JsError> {
    let len = bytes.length() as usize;
    if len > MAX_INPUT_BYTES {
        return Err(JsError::new(
            &InputError::TooLarge { bytes: len }.to_string(),
        ));
    }
    Ok(bytes.to_vec())
}

/// An HTML page's bytes as text, in the encoding a browser would read a
/// file in ([`crate::html::sniff`]: a byte-order mark, valid UTF-8, the
/// page's `<meta charset>`, else windows-1252), decoded by the browser's
/// own `TextDecoder`; an encoding it does not know reads as windows-1252,
/// as the CLI does. Returns `{charset, html}`; refuses a page that is too
/// large, empty or binary.
#[wasm_bindgen(js_name = decodeHtml)]
pub fn decode_html(bytes: &Uint8Array) -> Result<JsValue, JsError> {
    let charset = crate::html::sniff(&file_bytes(bytes)?);
    let decoder = TextDecoder::new_with_label(&charset)
        .or_else(|_| TextDecoder::new_with_label("windows-1252"))
        .map_err(|_| JsError::new("this browser has no TextDecoder"))?;
    let html = decoder
        .decode_with_js_u8_array(bytes)
        .map_err(|_| JsError::new(&format!("cannot decode the page as {charset}")))?;
    check_text(&html)?;
    let page = Object::new();
    for (key, value) in [("charset", charset), ("html", html)] {
        Reflect::set(&page, &JsValue::from_str(key), &JsValue::from_str(&value))
            .map_err(|_| JsError::new("cannot build the decoded page"))?;
    }
    Ok(page.into())
}

/// The analyser, built once per page.
#[wasm_bindgen]
pub struct Explorer {
    dateline: Dateline,
}

#[wasm_bindgen]
impl Explorer {
    /// Builds the tables.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Explorer {
        Explorer {
            dateline: Dateline::new(),
        }
    }

    /// Analyses `[{id, text}, …]` (or `{id, html}`) together; returns
    /// `{docs: [...]}` with UTF-16 offsets. Refuses empty, binary or
    /// oversized articles with a message that names the article.
    pub fn analyze(&self, docs: Vec<JsDocument>) -> Result<JsValue, JsError> {
        let json = self.report_json(&docs)?;
        let js = json_parse(&json).map_err(|_| JsError::new("JSON.parse failed on the report"))?;
        // Each plain-text article gets back the very string it came with:
        // megabytes not copied twice. (A page's report carries its
        // rendered text.)
        for (doc, out) in docs.iter().zip(js.unchecked_ref::<JsReport>().docs()) {
            if string(doc.html()).is_none() {
                if let Ok(text) = doc.text() {
                    out.set_text(&text);
                }
            }
        }
        Ok(js)
    }

    /// [`Explorer::analyze`] as the JSON text of the report, without the
    /// plain-text articles' texts (the caller has them, in the same order;
    /// a page's rendered text is in its report). For a worker: a string
    /// crosses to the page far cheaper than the objects.
    #[wasm_bindgen(js_name = analyzeJson)]
    pub fn analyze_json(&self, docs: Vec<JsDocument>) -> Result<String, JsError> {
        self.report_json(&docs)
    }

    /// Checks one text as the analyser would; returns the problem, or
    /// `undefined` when it is fine.
    #[wasm_bindgen(js_name = checkText)]
    pub fn check_text(&self, text: &str) -> Option<String> {
        check_text(text).err().map(|e| e.to_string())
    }

    /// Checks articles (`[{id, text|html, …}]`) as the analyser would read
    /// them: per article, its problem, or `undefined` when it is fine.
    #[wasm_bindgen(js_name = checkArticles)]
    pub fn check_articles(&self, docs: Vec<JsDocument>) -> Result<JsValue, JsError> {
        let problems: Vec<Option<String>> = docs
            .iter()
            .enumerate()
            .map(|(i, d)| document(d, i).err())
            .collect();
        to_js(&problems)
    }

    /// Every ISO 3166-1 entry: `[{code, alpha3, name}, …]`.
    pub fn countries(&self) -> Result<JsValue, JsError> {
        let all: Vec<JsCountry> = countries::all()
            .into_iter()
            .map(|c| JsCountry {
                code: c.code,
                alpha3: c.alpha3,
                name: c.name,
            })
            .collect();
        to_js(&all)
    }
}

impl Explorer {
    /// The report's JSON, texts left out (mentions' included: the page
    /// slices them from the article).
    fn report_json(&self, docs: &[JsDocument]) -> Result<String, JsError> {
        let checked = docs
            .iter()
            .enumerate()
            .map(|(i, d)| document(d, i))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| JsError::new(&e))?;
        let analysis = self.dateline.analyze(&checked);
        let mut report = Report::new(&analysis, Unit::Utf16, true);
        for (doc, article) in report.docs.iter_mut().zip(&analysis.articles) {
            if !article.html {
                doc.text = None;
            }
            for e in &mut doc.entities {
                e.text = None;
            }
        }
        serde_json::to_string(&report).map_err(|e| JsError::new(&e.to_string()))
    }
}

impl Default for Explorer {
    fn default() -> Self {
        Self::new()
    }
}

/// The clean form of a piece of text for display (quotes, dashes, spaces).
#[wasm_bindgen]
pub fn normalize(text: &str) -> String {
    crate::text::normalize_piece(text)
}
