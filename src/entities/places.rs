//! Places the document pass re-decides, once every chunk of the article has
//! been judged: what the recogniser could not see one chunk at a time.
//!
//! In order, each in a file of its own:
//!
//! 1. [`rejoin`]: a place name split across two chunks is made whole again
//!    ("People's Republic of China" was "People" and "Republic of China",
//!    Taiwan; "Prince Edward Island" lost "Prince" as a title).
//! 2. [`apposition`]: "Paris, Texas", "Alexandria, Va.", "Tyler, TX": a
//!    town followed by its region or country lies there.
//! 3. [`context`]: the countries the article names without ambiguity decide
//!    the rest: an ambiguous name takes the reading of a country the text
//!    names, a smaller town of the article's country beats a famous
//!    namesake abroad only when the article is about that country, a place
//!    the tables know only as a common word ("Buffalo") is taken after "in"
//!    in an article about its country, and a place no table knows ("in
//!    Kampungu", "Nyanza Province") goes to the article's country.
//! 4. [`orgs`]: an organisation named after a place ("U.S. Food and Drug
//!    Administration", "Health Ministry of Uganda") carries that place's
//!    country; it still does not count for the article's countries.

use super::*;

mod apposition;
mod context;
mod orgs;
mod rejoin;

impl Recognizer {
    /// The document pass for places (see the module docs).
    pub(super) fn resolve_places(&self, mentions: &mut Vec<Mention>, text: &str) {
        self.rejoin_split_places(mentions, text);
        let before = context::Context::of(mentions, &self.gaz);
        self.apposition(mentions, text, &before);
        let context = context::Context::of(mentions, &self.gaz);
        self.choose_by_context(mentions, &context);
        self.weak_places_with_evidence(mentions, text, &context);
        context::names_called_places(mentions, text);
        context::unknown_places_to_article_country(mentions, &context);
        self.places_in_org_names(mentions, text, &context);
    }
}

pub(super) fn choose(m: &mut Mention, e: &Entry, how: &str) {
    if m.entry
        .as_ref()
        .is_some_and(|cur| cur.canonical == e.canonical && cur.country == e.country)
    {
        m.alts.clear();
        return;
    }
    m.kind = Some(e.kind);
    m.canonical = e.canonical.to_string();
    m.country = e.country;
    m.why = format!("{} (chosen by {how})", e.source.why()).into();
    m.entry = Some(e.clone());
    m.alts.clear();
}

/// The readings of a mention: its alternatives, else its one entry.
pub(super) fn readings(m: &Mention) -> Vec<Entry> {
    if m.alts.is_empty() {
        m.entry.iter().cloned().collect()
    } else {
        m.alts.clone()
    }
}

/// The second tier of the gazetteer: provinces, counties, towns.
pub(super) fn is_minor(e: &Entry) -> bool {
    e.source >= gazetteer::Source::Province
}

/// Heads of natural features: a location of no country.
pub(super) fn is_natural(head: &str) -> bool {
    matches!(
        head,
        "archipelago"
            | "atoll"
            | "basin"
            | "bay"
            | "beach"
            | "canal"
            | "cape"
            | "channel"
            | "coast"
            | "delta"
            | "desert"
            | "falls"
            | "forest"
            | "glacier"
            | "gorge"
            | "gulf"
            | "hill"
            | "hills"
            | "island"
            | "islands"
            | "isle"
            | "isles"
            | "lagoon"
            | "lake"
            | "lakes"
            | "mount"
            | "mountain"
            | "mountains"
            | "mt"
            | "mt."
            | "ocean"
            | "peninsula"
            | "plain"
            | "plains"
            | "plateau"
            | "reef"
            | "river"
            | "sea"
            | "strait"
            | "straits"
            | "valley"
    )
}

/// The start of the reason of a place inside a town ([`is_local`]).
pub(super) const LOCAL_PLACE: &str = "location: a street's or ground's head ";

/// Heads of streets, squares, parks, grounds and small waters: a location
/// inside a town or near one ("Hay Street", "Red Square", "Hyde Park",
/// "Wembley Stadium", "Hancock Brook"), in the country the article is
/// about.
pub(super) fn is_local(head: &str) -> bool {
    matches!(
        head,
        "street"
            | "road"
            | "rd"
            | "rd."
            | "avenue"
            | "ave"
            | "ave."
            | "boulevard"
            | "blvd"
            | "lane"
            | "highway"
            | "motorway"
            | "square"
            | "park"
            | "stadium"
            | "arena"
            | "gym"
            | "gymnasium"
            | "rink"
            | "oval"
            | "playfield"
            | "racecourse"
            | "velodrome"
            | "ballpark"
            | "speedway"
            | "complex"
            | "dock"
            | "creek"
            | "brook"
            | "pond"
            | "reservoir"
            | "cave"
    )
}

/// Heads of political places: a region or town of its inner place's country.
pub(super) fn is_political(head: &str) -> bool {
    matches!(
        head,
        "borough"
            | "city"
            | "county"
            | "district"
            | "governorate"
            | "oblast"
            | "prefecture"
            | "province"
            | "region"
            | "state"
            | "territory"
            | "town"
            | "township"
            | "village"
    )
}
