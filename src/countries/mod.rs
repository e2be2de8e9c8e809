//! Countries: the ISO 3166-1 table and the article-level country sets.
//!
//! The table (`data/countries.tsv`, generated from pycountry and
//! world-countries, see `tools/`) gives every one of the 249 ISO entries a
//! canonical name. Mentions resolve to a code in the entity recogniser
//! (names, abbreviations, demonyms, capitals, cities and regions are all
//! gazetteer entries that carry a code); this module turns the mentions of
//! an article into its country set.

use std::collections::BTreeSet;

use crate::analysis::{Entity, EntityKind, Line};
use crate::data;

/// One ISO 3166-1 entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// Alpha-2 code: "GB".
    pub code: &'static str,
    /// Alpha-3 code: "GBR".
    pub alpha3: &'static str,
    /// The name readers expect: "United Kingdom".
    pub name: &'static str,
}

/// Every ISO 3166-1 entry, in code order.
pub fn all() -> Vec<Country> {
    data::rows(COUNTRIES)
        .map(|row| Country {
            code: data::field(&row, 0),
            alpha3: data::field(&row, 1),
            name: data::field(&row, 2),
        })
        .collect()
}

/// The raw country table, shared with the entity gazetteer.
pub(crate) const COUNTRIES: &str = data_file!("countries.tsv");

/// The countries an article mentions: the codes of GPE, NORP and LOC
/// mentions on kept lines, sorted and unique.
pub fn mentioned(entities: &[Entity], lines: &[Line]) -> Vec<&'static str> {
    let kept = |number: usize| {
        lines
            .binary_search_by_key(&number, |l| l.number)
            .map(|i| lines[i].role.is_kept())
            .unwrap_or(false)
    };
    entities
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Norp | EntityKind::Loc))
        .filter(|e| kept(e.line))
        .filter_map(|e| e.country)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod table_tests {
    use super::*;

    #[test]
    fn table_has_every_iso_entry_once() {
        let all = all();
        assert_eq!(all.len(), 249);
        let codes: BTreeSet<_> = all.iter().map(|c| c.code).collect();
        assert_eq!(codes.len(), 249);
        assert!(all
            .iter()
            .all(|c| c.code.len() == 2 && c.alpha3.len() == 3 && !c.name.is_empty()));
        let gb = all.iter().find(|c| c.code == "GB").unwrap();
        assert_eq!(gb.name, "United Kingdom");
    }
}
