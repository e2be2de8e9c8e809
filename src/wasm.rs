//! The browser boundary: the only file that knows about wasm-bindgen.
//!
//! JavaScript holds an [`Explorer`] (an opaque handle that owns the built
//! tables), hands it articles as `{id, text}` objects and gets back plain
//! objects in the report shape, with offsets in UTF-16 units, which is how
//! JavaScript strings count.
//!
//! Articles come in as an array of `{id, text}` objects read through two
//! getters; the report goes out as one JSON string that the engine's own
//! `JSON.parse` turns into objects: a report holds hundreds of thousands of
//! small strings, and building them one by one across the boundary cost
//! more than the analysis itself.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::report::Report;
use crate::text::Unit;
use crate::{check_text, countries, Dateline, Document};

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

    /// An article as the page passes it: `{id, text}`. The getters catch:
    /// an item that is `null` answers with an error, not a thrown one.
    pub type JsDocument;
    #[wasm_bindgen(method, getter, catch)]
    fn id(this: &JsDocument) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, catch)]
    fn text(this: &JsDocument) -> Result<JsValue, JsValue>;

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
    json_parse(&json).map_err(|_| JsError::new("JSON.parse failed on the report"))
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

    /// Analyses `[{id, text}, …]` together; returns `{docs: [...]}` with
    /// UTF-16 offsets. Refuses empty, binary or oversized articles with a
    /// message that names the article.
    pub fn analyze(&self, docs: Vec<JsDocument>) -> Result<JsValue, JsError> {
        let json = self.report_json(&docs)?;
        let js = json_parse(&json).map_err(|_| JsError::new("JSON.parse failed on the report"))?;
        // Each article gets back the very string it came with: megabytes
        // not copied twice.
        for (doc, out) in docs.iter().zip(js.unchecked_ref::<JsReport>().docs()) {
            if let Ok(text) = doc.text() {
                out.set_text(&text);
            }
        }
        Ok(js)
    }

    /// [`Explorer::analyze`] as the JSON text of the report, without the
    /// articles' texts (the caller has them, in the same order). For a
    /// worker: a string crosses to the page far cheaper than the objects.
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
        let mut checked = Vec::with_capacity(docs.len());
        for (i, d) in docs.iter().enumerate() {
            let string = |v: Result<JsValue, JsValue>| v.ok().and_then(|v| v.as_string());
            let (Some(id), Some(text)) = (string(d.id()), string(d.text())) else {
                return Err(JsError::new(&format!(
                    "expected [{{id, text}}] with string id and text; item {i} is not"
                )));
            };
            check_text(&text).map_err(|e| JsError::new(&format!("{id}: {e}")))?;
            checked.push(Document::new(id, text));
        }
        let analysis = self.dateline.analyze(&checked);
        let mut report = Report::new(&analysis, Unit::Utf16, true);
        for doc in &mut report.docs {
            doc.text = None;
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
