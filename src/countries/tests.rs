//! Country resolution, one case per ambiguity handled: each line is a
//! sentence and the exact set of countries it mentions.

use crate::{Dateline, Document, EntityKind};
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn countries(sentence: &str) -> BTreeSet<&'static str> {
    static D: OnceLock<Dateline> = OnceLock::new();
    let d = D.get_or_init(|| Dateline::builder().echoes(false).repeats(false).build());
    let a = &d.analyze(&[Document::new("s", sentence)]).articles[0];
    a.entities
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Norp | EntityKind::Loc))
        .filter_map(|e| e.country)
        .collect()
}

macro_rules! t {
    ($name:ident, $sentence:expr, [$($code:expr),*]) => {
        #[test]
        fn $name() {
            let want: BTreeSet<&str> = [$($code),*].into_iter().collect();
            assert_eq!(countries($sentence), want, "in: {}", $sentence);
        }
    };
}

t!(
    georgia_the_country,
    "Georgia's parliament met in Tbilisi on Monday.",
    ["GE"]
);
t!(
    georgia_the_state_by_apposition,
    "Atlanta, Georgia, saw record turnout in the runoff.",
    ["US"]
);
t!(
    town_named_after_a_capital,
    "The film is set in Paris, Texas, near the Oklahoma border.",
    ["US"]
);
t!(
    moscow_idaho,
    "A tornado hit Moscow, Idaho, damaging the campus.",
    ["US"]
);
t!(
    city_then_country,
    "Talks in Lagos, Nigeria, ended without a deal.",
    ["NG"]
);
t!(
    victoria_by_context,
    "Victoria's premier announced a lockdown for Melbourne.",
    ["AU"]
);
t!(
    victoria_the_person,
    "Victoria Beckham's label reported a profit.",
    []
);
t!(
    chad_the_person,
    "Chad Harris, a farmer from Iowa, lost half his crop.",
    ["US"]
);
t!(
    chad_the_country,
    "Chad and Niger closed their border.",
    ["NE", "TD"]
);
t!(
    jordan_the_person,
    "Jordan Henderson was born in Sunderland.",
    ["GB"]
);
t!(
    niger_not_nigeria,
    "Niger's junta expelled the ambassador; Nigeria protested.",
    ["NE", "NG"]
);
t!(
    guineas,
    "Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea sent teams.",
    ["GN", "GQ", "GW", "PG"]
);
t!(
    dominica_and_the_dominican_republic,
    "Dominica and the Dominican Republic share a sea.",
    ["DM", "DO"]
);
t!(
    dominican_means_the_republic,
    "Dominican baseball players make up a tenth of the league.",
    ["DO"]
);
t!(
    new_mexico_not_mexico,
    "New Mexico's governor visited Mexico City.",
    ["MX", "US"]
);
t!(us_the_pronoun, "He told us the US would wait.", ["US"]);
t!(
    abbreviations,
    "The U.S., UK and UAE signed; the DRC did not.",
    ["AE", "CD", "GB", "US"]
);
t!(
    congo_means_the_drc,
    "Congo's health ministry declared an outbreak.",
    ["CD"]
);
t!(
    former_names,
    "Burma, Holland and Swaziland are former names.",
    ["MM", "NL", "SZ"]
);
t!(
    constituent_countries,
    "England, Scotland, Wales and Northern Ireland voted.",
    ["GB"]
);
t!(
    demonyms,
    "Dutch, Emirati, Ivorian and Filipino officials met.",
    ["AE", "CI", "NL", "PH"]
);
t!(
    capitals_as_metonyms,
    "Beijing and Moscow criticised Washington.",
    ["CN", "RU", "US"]
);
t!(
    seats_of_government,
    "Whitehall and the Kremlin said nothing.",
    ["GB", "RU"]
);
t!(
    city_counts_for_its_country,
    "Talks in Munich ended.",
    ["DE"]
);
t!(
    region_counts_for_its_country,
    "Floods hit Bavaria and Texas.",
    ["DE", "US"]
);
t!(
    new_jersey_is_not_jersey,
    "New Jersey voters went to the polls.",
    ["US"]
);
t!(
    fixed_expressions,
    "The shop sells Turkish delight, Brussels sprouts and a Panama hat.",
    []
);
t!(
    nationality_as_a_verb,
    "Polish the silver before the guests arrive.",
    []
);
t!(
    sea_is_no_country,
    "Piracy in the Gulf of Guinea has fallen.",
    []
);
t!(ocean_is_no_country, "The Indian Ocean is warming.", []);
t!(state_of_a_city, "Lagos State passed the budget.", ["NG"]);
t!(
    org_with_country_name,
    "The Bank of England raised rates.",
    []
);
t!(
    ivory_coast_with_apostrophe,
    "Côte d'Ivoire and Ghana produce cocoa.",
    ["CI", "GH"]
);
t!(olympic_code, "1. Faith Okoth (KEN) 3:49.11", ["KE"]);
