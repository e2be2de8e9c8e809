//! The name tables of the recogniser, built once from `data/`.
//!
//! Every surface form is stored under its [`key`] (folded, lowercased).
//! One key may name several things ("Georgia": a country and a US state);
//! the entries are kept in priority order and the recogniser picks by
//! context.

use crate::{Map, Set};

use crate::analysis::EntityKind;
use crate::countries::COUNTRIES;
use crate::data::{self, field, values};
use crate::text::{key, tokenize};

/// Which table an entry comes from; also its priority (earlier wins).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// A country's canonical name.
    Country,
    /// Another name of a country: "Britain", "U.S.", "Burma".
    CountryAlias,
    /// A nationality adjective or demonym: "Dutch", "Emirati". Before
    /// organisations, so that "the Australian government" is not the
    /// newspaper.
    Demonym,
    /// A well-known organisation or its alias.
    Org,
    /// A person often named in international news, or their surname.
    People,
    /// A national capital.
    Capital,
    /// A place that stands for a government: "Whitehall", "the Kremlin".
    Metonym,
    /// England, Scotland, Wales, Northern Ireland.
    Constituent,
    /// A city.
    City,
    /// A first-level region: state, province.
    Region,
    /// A continent, region, sea: "Europe", "the West".
    Location,
    /// A group adjective: "Western", "Muslim".
    Group,
    /// A subdivision below the well-known regions: "Bulacan", "Suffolk"
    /// (`data/towns.tsv`).
    Province,
    /// A smaller town (`data/towns.tsv`): below every other reading of its
    /// name unless the article is about the town's country.
    Town,
}

impl Source {
    /// Why a mention from this table was recognised, for the reader.
    pub fn why(self) -> &'static str {
        match self {
            Source::Country => "country table (ISO 3166-1)",
            Source::CountryAlias => "country table: alternative name",
            Source::Org => "organisation table",
            Source::People => "people table (well-known names)",
            Source::Demonym => "country table: nationality",
            Source::Capital => "country table: capital",
            Source::Metonym => "place table: seat of government",
            Source::Constituent => "place table: constituent country",
            Source::City => "place table: city (GeoNames)",
            Source::Region => "place table: region (ISO 3166-2)",
            Source::Location => "location table",
            Source::Group => "group table",
            Source::Province => "place table: province (ISO 3166-2)",
            Source::Town => "place table: town (GeoNames)",
        }
    }
}

/// One thing a surface form can name.
#[derive(Clone, Debug)]
pub struct Entry {
    pub kind: EntityKind,
    pub canonical: &'static str,
    pub country: Option<&'static str>,
    pub source: Source,
    /// The form as the table writes it.
    pub form: &'static str,
    /// An acronym ("UK", "U.S.", "NATO"): the text must match its case.
    pub acronym: bool,
    /// Written "the West" in the table: the text must have "the" before it.
    pub needs_the: bool,
    /// Population, for choosing between places of one name.
    pub population: u64,
}

/// Word lists for the rules.
pub struct Words {
    pub given: &'static Set<String>,
    pub surnames: Set<String>,
    pub titles: Map<String, usize>,
    pub org_suffix: Set<String>,
    pub org_head: Set<String>,
    pub person_verb: Set<String>,
    pub not_entity: Set<String>,
    pub loc_prefix: Set<String>,
    pub loc_head: Set<String>,
    /// Fixed expressions with a place word that names no place, by word.
    pub fixed: Map<String, Vec<String>>,
    pub max_title_tokens: usize,
}

/// All name tables.
pub struct Gazetteer {
    map: Map<String, Vec<Entry>>,
    /// Places whose names are mostly something else ("Buffalo", "Tyler",
    /// "Mass.", "IN"): never matched alone, only taken by the document pass
    /// where the text gives evidence of a place.
    weak: Map<String, Vec<Entry>>,
    /// Hashes of the keys of `map` and of their leading runs of tokens
    /// ("united" of "united arab emirates"), for prefix queries.
    prefixes: Set<u64>,
    /// Three-letter country codes of results tables ("KEN", "GER"): ISO
    /// alpha-3 and the Olympic codes that differ, to (alpha-2, name).
    pub codes3: Map<&'static str, (&'static str, &'static str)>,
    /// The most tokens any key spans.
    pub max_tokens: usize,
    pub words: Words,
}

fn is_acronym(form: &str) -> bool {
    let letters = form.chars().filter(|c| c.is_alphabetic()).count();
    let upper = form.chars().filter(|c| c.is_uppercase()).count();
    letters >= 1 && upper == letters && (letters <= 6 || form.contains('.'))
}

impl Gazetteer {
    /// Builds every table. Takes a few milliseconds; build once.
    pub fn new() -> Self {
        let mut g = Gazetteer {
            map: Map::default(),
            weak: Map::default(),
            prefixes: Set::default(),
            codes3: Map::default(),
            max_tokens: 1,
            words: Words::new(),
        };
        g.load_countries();
        g.load_places();
        g.load_towns();
        g.load_locations();
        g.load_orgs();
        g.load_people();
        for entries in g.map.values_mut() {
            crate::order::sort_by(entries, |a, b| {
                a.source
                    .cmp(&b.source)
                    .then(b.population.cmp(&a.population))
            });
        }
        g
    }

    /// Whether some key starts with the tokens whose key is `p` (a rare
    /// hash collision only answers yes in vain).
    pub fn is_prefix(&self, p: &str) -> bool {
        self.prefixes.contains(&crate::fixed_hash(p))
    }

    /// Adds an entry the document pass takes only with evidence.
    fn add_weak(&mut self, form: &'static str, entry: Entry) {
        let k = key(form);
        let slot = self.weak.entry(k).or_default();
        slot.push(Entry {
            form,
            acronym: is_acronym(form),
            ..entry
        });
    }

    fn add(&mut self, form: &'static str, entry: Entry) {
        let form = form.trim();
        if form.is_empty() {
            return;
        }
        let (form, needs_the) = match form
            .strip_prefix("the ")
            .or_else(|| form.strip_prefix("The "))
        {
            Some(rest) => (rest.trim(), true),
            None => (form, false),
        };
        // One tokenization gives the key (the tokens' keys joined, as in
        // the text), the span in tokens and the prefixes to index.
        let tokens = tokenize(form, 0);
        if tokens.is_empty() {
            return;
        }
        self.max_tokens = self.max_tokens.max(tokens.len());
        for n in 1..=tokens.len() {
            self.prefixes
                .insert(crate::fixed_hash(tokens.span_key(0, n)));
        }
        let entry = Entry {
            form,
            acronym: is_acronym(form),
            needs_the: needs_the || entry.needs_the,
            ..entry
        };
        let slot = match self.map.get_mut(tokens.line_key()) {
            Some(slot) => slot,
            None => self.map.entry(tokens.line_key().to_string()).or_default(),
        };
        if !slot.iter().any(|e| {
            e.source == entry.source && e.canonical == entry.canonical && e.form == entry.form
        }) {
            slot.push(entry);
        }
    }

    fn entry(
        kind: EntityKind,
        canonical: &'static str,
        country: Option<&'static str>,
        source: Source,
    ) -> Entry {
        Entry {
            kind,
            canonical,
            country,
            source,
            form: "",
            acronym: false,
            needs_the: false,
            population: 0,
        }
    }

    fn load_countries(&mut self) {
        let mut names = Map::default();
        for row in data::rows(COUNTRIES) {
            names.insert(field(&row, 0), field(&row, 2));
            self.codes3
                .insert(field(&row, 1), (field(&row, 0), field(&row, 2)));
        }
        for row in data::rows(data_file!("ioc_codes.tsv")) {
            if let Some(name) = names.get(field(&row, 1)) {
                self.codes3.insert(field(&row, 0), (field(&row, 1), name));
            }
        }
        for row in data::rows(COUNTRIES) {
            let code = field(&row, 0);
            let name = field(&row, 2);
            let gpe = |s| Self::entry(EntityKind::Gpe, name, Some(code), s);
            self.add(name, gpe(Source::Country));
            for alias in values(field(&row, 3)) {
                self.add(alias, gpe(Source::CountryAlias));
            }
            for demonym in values(field(&row, 4)) {
                self.add(
                    demonym,
                    Self::entry(EntityKind::Norp, demonym, Some(code), Source::Demonym),
                );
            }
            let capital = field(&row, 5);
            if !capital.is_empty() {
                self.add(
                    capital,
                    Self::entry(EntityKind::Gpe, capital, Some(code), Source::Capital),
                );
            }
        }
    }

    fn load_places(&mut self) {
        for row in data::rows(data_file!("places.tsv")) {
            let (name, code, kind) = (field(&row, 0), field(&row, 1), field(&row, 2));
            let population = field(&row, 3).parse().unwrap_or(0);
            let canonical = match field(&row, 4) {
                "" => name,
                c => c,
            };
            let source = match kind {
                "capital" => Source::Capital,
                "metonym" => Source::Metonym,
                "constituent" => Source::Constituent,
                "region" | "abbreviation" | "after-town" => Source::Region,
                _ => Source::City,
            };
            let country = (!code.is_empty()).then_some(code);
            let mut e = Self::entry(EntityKind::Gpe, canonical, country, source);
            e.population = population;
            if kind == "after-town" {
                self.add_weak(name, e);
            } else {
                self.add(name, e);
            }
        }
    }

    /// The second tier: provinces and US towns, below every
    /// reading of `places.tsv` (the entries of one name keep the file's
    /// order, largest first).
    fn load_towns(&mut self) {
        for row in data::rows(data_file!("towns.tsv")) {
            let (name, code, kind) = (field(&row, 0), field(&row, 1), field(&row, 2));
            let canonical = match field(&row, 3) {
                "" => name,
                c => c,
            };
            let source = match kind {
                "province" => Source::Province,
                _ => Source::Town,
            };
            let e = Self::entry(EntityKind::Gpe, canonical, Some(code), source);
            if kind == "homonym" {
                self.add_weak(name, e);
            } else {
                self.add(name, e);
            }
        }
    }

    fn load_locations(&mut self) {
        for row in data::rows(data_file!("locations.tsv")) {
            let (name, kind) = (field(&row, 0), field(&row, 1));
            let canonical = match field(&row, 2) {
                "" => name,
                c => c,
            };
            let code = field(&row, 3);
            let country = (!code.is_empty()).then_some(code);
            let (kind, source) = match kind {
                "NORP" => (EntityKind::Norp, Source::Group),
                _ => (EntityKind::Loc, Source::Location),
            };
            self.add(name, Self::entry(kind, canonical, country, source));
        }
    }

    fn load_orgs(&mut self) {
        for row in data::rows(data_file!("orgs.tsv")) {
            let name = field(&row, 0);
            let canonical = match field(&row, 1) {
                "" => name,
                c => c,
            };
            let org = Self::entry(EntityKind::Org, canonical, None, Source::Org);
            self.add(name, org.clone());
            for alias in values(field(&row, 2)) {
                self.add(alias, org.clone());
            }
        }
    }

    fn load_people(&mut self) {
        for row in data::rows(data_file!("people.tsv")) {
            let canonical = field(&row, 0);
            let person = Self::entry(EntityKind::Person, canonical, None, Source::People);
            self.add(canonical, person.clone());
            for alias in values(field(&row, 1)) {
                self.add(alias, person.clone());
            }
        }
    }

    /// The entries under a key, best first.
    pub fn get(&self, k: &str) -> &[Entry] {
        self.map.get(k).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The places under a key that count only with evidence, largest first.
    pub fn get_weak(&self, k: &str) -> &[Entry] {
        self.weak.get(k).map(Vec::as_slice).unwrap_or(&[])
    }
}

impl Words {
    /// A word that heads the name of an organisation or a place
    /// ("Company", "Corp", "Falls"): a name ending in it is no person's.
    pub fn is_head(&self, w: &str) -> bool {
        self.org_head.contains(w) || self.org_suffix.contains(w) || self.loc_head.contains(w)
    }

    fn new() -> Self {
        let list = |t: &'static str| data::list(t).map(key).collect::<Set<String>>();
        let mut w = Words {
            given: crate::given_names(),
            surnames: list(data_file!("surnames.txt")),
            titles: Map::default(),
            org_suffix: Set::default(),
            org_head: Set::default(),
            person_verb: Set::default(),
            not_entity: Set::default(),
            loc_prefix: Set::default(),
            loc_head: Set::default(),
            fixed: Map::default(),
            max_title_tokens: 1,
        };
        for expression in data::list(data_file!("fixed_expressions.txt")) {
            let expression = key(expression);
            for word in expression.split(' ') {
                w.fixed
                    .entry(word.to_string())
                    .or_default()
                    .push(expression.clone());
            }
        }
        for row in data::rows(data_file!("cues.tsv")) {
            let cue = field(&row, 0);
            let k = key(cue);
            if field(&row, 1) == "title" {
                let n = tokenize(cue, 0).len();
                w.max_title_tokens = w.max_title_tokens.max(n);
                w.titles.insert(k, n);
                continue;
            }
            let set = match field(&row, 1) {
                "org_suffix" => &mut w.org_suffix,
                "org_head" => &mut w.org_head,
                "person_verb" => &mut w.person_verb,
                "not_entity" => &mut w.not_entity,
                "loc_prefix" => &mut w.loc_prefix,
                "loc_head" => &mut w.loc_head,
                _ => continue,
            };
            set.insert(k);
        }
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_demonyms_and_places_resolve() {
        let g = Gazetteer::new();
        let first = |k: &str| g.get(k).first().map(|e| (e.kind, e.canonical, e.country));
        assert_eq!(
            first("britain"),
            Some((EntityKind::Gpe, "United Kingdom", Some("GB")))
        );
        assert_eq!(
            first("u.s."),
            Some((EntityKind::Gpe, "United States", Some("US")))
        );
        assert_eq!(
            first("dutch"),
            Some((EntityKind::Norp, "Dutch", Some("NL")))
        );
        assert_eq!(first("munich").map(|e| e.2), Some(Some("DE")));
        assert!(g.get("uk")[0].acronym);
    }
}
