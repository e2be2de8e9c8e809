//! Dateline: the article, not the page.
//!
//! Dateline reads scraped news text and finds, for each article, which lines
//! are the story (title, subheadings, body) and which are the page around it
//! (teasers, ads, prompts, credits), with a reason for each; the people,
//! organisations, places and nationalities it mentions, each with a
//! canonical name; the ISO 3166-1 countries it mentions; and the sentences
//! it shares with other articles.
//!
//! The core is plain Rust with no I/O but [`files`] (native only: which
//! kind of article file a path is, and its articles); the `dateline`
//! binary and the browser build (`src/wasm.rs`, wasm32 only) are thin
//! shells around it.
//!
//! # Examples
//!
//! ```
//! use dateline::{Dateline, Document, EntityKind, Role};
//!
//! let dateline = Dateline::new();
//! let text = "Dutch court backs farmers\n\n\
//!     A court in The Hague ruled on Monday that the government of the \
//!     Netherlands must pay farmers for land lost to flooding, Reuters reported.\n\
//!     Advertisement";
//! let analysis = dateline.analyze(&[Document::new("farmers", text)]);
//! let article = &analysis.articles[0];
//!
//! assert_eq!(article.title.as_deref(), Some("Dutch court backs farmers"));
//! assert_eq!(article.lines[2].role, Role::Boilerplate);
//! assert_eq!(article.lines[2].why, "advertisement marker");
//! assert!(article.entities.iter().any(|e| e.kind == EntityKind::Org && e.canonical == "Reuters"));
//! assert_eq!(article.countries, ["NL"]);
//! ```
#![deny(missing_docs)]

#[macro_use]
mod data;
mod analysis;
mod clean;
pub mod countries;
mod echoes;
mod entities;
#[cfg(not(target_arch = "wasm32"))]
pub mod files;
pub mod html;
mod input;
mod order;
mod pipeline;
pub mod records;
pub mod report;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

/// Hash maps and sets of the analysis: foldhash instead of SipHash, as
/// looking up short keys is most of the work.
pub type Map<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
/// See [`Map`].
pub type Set<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// Given names as keys, read by the entity rules (a person's name) and by
/// the cleanup (an author's name alone under a headline): built once, on
/// first use, for both.
pub(crate) fn given_names() -> &'static Set<String> {
    static SET: std::sync::OnceLock<Set<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        data::list(data_file!("given_names.txt"))
            .map(text::key)
            .collect()
    })
}

/// A hash of a string that is the same wherever and whenever it is taken
/// (a fixed seed): for keys counted in one place and looked up in another.
pub(crate) fn fixed_hash(s: &str) -> u64 {
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::with_seed(0x0da7e11e).hash_one(s)
}

pub use analysis::{Analysis, Article, Echo, EchoKind, Entity, EntityKind, Line, Role};
#[cfg(not(target_arch = "wasm32"))]
pub use input::decode_html;
pub use input::{check_text, decode, InputError, MAX_INPUT_BYTES};
pub use pipeline::{Builder, Dateline, Document};
