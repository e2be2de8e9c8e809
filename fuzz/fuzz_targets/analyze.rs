//! Bytes in, as a reader's file would come: `decode`, then, for text it
//! accepts, `analyze` and both report units, serialised as the CLI and the
//! browser do. Any panic, overflow or out-of-bounds slice is a crash.
#![no_main]

use std::sync::OnceLock;

use dateline::report::Report;
use dateline::text::Unit;
use dateline::{decode, Dateline, Document};
use libfuzzer_sys::fuzz_target;

fn dateline() -> &'static Dateline {
    static D: OnceLock<Dateline> = OnceLock::new();
    D.get_or_init(Dateline::new)
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = decode(bytes) else { return };
    // One article, then the same text split into three articles at line
    // breaks, so that corpus-level passes (repeats, echoes) run too.
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let third = lines.len().div_ceil(3).max(1);
    let mut docs = vec![Document::new("all", text)];
    docs.extend(
        lines
            .chunks(third)
            .enumerate()
            .map(|(i, c)| Document::new(format!("part{i}"), c.concat())),
    );
    for docs in [&docs[..1], &docs[..]] {
        let analysis = dateline().analyze(docs);
        for unit in [Unit::CodePoint, Unit::Utf16] {
            for extended in [false, true] {
                let report = Report::new(&analysis, unit, extended);
                serde_json::to_string(&report).expect("report serialises");
            }
        }
        for a in &analysis.articles {
            for l in &a.lines {
                assert!(
                    a.text.get(l.span.clone()).is_some(),
                    "line span {:?}",
                    l.span
                );
            }
            for e in &a.entities {
                let mention = a
                    .text
                    .get(e.span.clone())
                    .expect("entity span on char boundaries");
                assert!(
                    !mention.is_empty() && !mention.contains('\n'),
                    "entity {e:?}"
                );
            }
        }
    }
});
