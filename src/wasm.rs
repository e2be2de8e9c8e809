//! The browser boundary: the only file that knows about wasm-bindgen.
//!
//! JavaScript holds an [`Explorer`] (an opaque handle that owns the built
//! tables), hands it articles as `{id, text}` objects and gets back plain
//! objects in the report shape, with offsets in UTF-16 units, which is how
//! JavaScript strings count.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::report::Report;
use crate::text::Unit;
use crate::{check_text, countries, Dateline, Document};

#[derive(Deserialize)]
struct JsDocument {
    id: String,
    text: String,
}

#[derive(Serialize)]
struct JsCountry {
    code: &'static str,
    alpha3: &'static str,
    name: &'static str,
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
    pub fn analyze(&self, docs: JsValue) -> Result<JsValue, JsError> {
        let docs: Vec<JsDocument> = serde_wasm_bindgen::from_value(docs)
            .map_err(|e| JsError::new(&format!("expected [{{id, text}}]: {e}")))?;
        let mut checked = Vec::with_capacity(docs.len());
        for d in docs {
            check_text(&d.text).map_err(|e| JsError::new(&format!("{}: {e}", d.id)))?;
            checked.push(Document::new(d.id, d.text));
        }
        let analysis = self.dateline.analyze(&checked);
        let report = Report::new(&analysis, Unit::Utf16, true);
        report
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| JsError::new(&e.to_string()))
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
        all.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| JsError::new(&e.to_string()))
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
