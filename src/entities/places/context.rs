//! Context: which countries the article is about, counted from the
//! mentions that name one country whatever their reading ("Kenya",
//! "Nairobi", "Kenyan"), and what that decides.
//!
//! The rules go from safe to bold, and each needs more of the article
//! behind it: an ambiguous name takes the reading of any country the text
//! names ("Victoria … Melbourne"); a town of the second tier beats a famous
//! namesake abroad only when the article is about the town's country and
//! names the namesake's country nowhere ("Birmingham" in an article about
//! Alabama); a place known only as a common word is taken after a
//! preposition of place in an article about its country ("in Buffalo"); a
//! place no table knows ("in Kampungu", "Nyanza Province") goes to the
//! country the article is about.

use super::*;

/// The countries an article names, and the one it is about.
pub(in crate::entities) struct Context {
    counts: Map<&'static str, usize>,
    /// For each country, how many ambiguous mentions have a reading there:
    /// "Savannah" and "Georgia" both may be American.
    possible: Map<&'static str, usize>,
    /// Mentions that name one country.
    total: usize,
    /// The country most named, when it leads the next by half again and is
    /// named at least twice, or is the only one named.
    pub dominant: Option<&'static str>,
}

impl Context {
    pub fn of(mentions: &[Mention], gaz: &Gazetteer) -> Self {
        let mut counts: Map<&'static str, usize> = Map::default();
        let mut possible: Map<&'static str, usize> = Map::default();
        // Anchors first as if no place had weak namesakes; then a place
        // whose weak namesake lies in a country the other anchors name
        // ("Birmingham" beside "Alabama") counts for neither.
        let anchors: Vec<Option<&'static str>> = mentions.iter().map(anchor).collect();
        for c in anchors.iter().flatten() {
            *counts.entry(*c).or_default() += 1;
        }
        for (m, a) in mentions.iter().zip(&anchors) {
            let Some(c) = *a else { continue };
            let elsewhere = gaz.get_weak(&m.key).iter().any(|e| {
                !e.acronym
                    && e.country != Some(c)
                    && e.country.is_some_and(|w| counts.contains_key(w))
            });
            if m.kind == Some(EntityKind::Gpe) && elsewhere {
                *counts.entry(c).or_default() -= 1;
            }
        }
        counts.retain(|_, n| *n > 0);
        for m in mentions.iter().filter(|m| m.alts.len() > 1) {
            if anchor(m).is_none() {
                // Each country once per mention (a few readings: no sort).
                let mut seen: Vec<&'static str> = Vec::new();
                for c in m.alts.iter().filter_map(|e| e.country) {
                    if !seen.contains(&c) {
                        seen.push(c);
                        *possible.entry(c).or_default() += 1;
                    }
                }
            }
        }
        let total = counts.values().sum();
        // The most named country (the first code alphabetically on a tie,
        // for a deterministic answer) and the count of the runner-up.
        let (mut top, mut second): (Option<(&'static str, usize)>, usize) = (None, 0);
        for (&c, &n) in &counts {
            match top {
                Some((tc, tn)) if n < tn || (n == tn && c > tc) => second = second.max(n),
                _ => {
                    second = second.max(top.map_or(0, |t| t.1));
                    top = Some((c, n));
                }
            }
        }
        let dominant = top
            .filter(|&(_, n)| (n >= 2 || counts.len() == 1) && 2 * n >= 3 * second)
            .map(|(c, _)| c);
        Context {
            counts,
            possible,
            total,
            dominant,
        }
    }

    /// How many ambiguous mentions may lie in a country.
    fn possible(&self, country: Option<&'static str>) -> usize {
        country
            .and_then(|c| self.possible.get(c))
            .copied()
            .unwrap_or(0)
    }

    /// Whether a second-tier reading is out of place: the article names
    /// countries, not this one, and no other ambiguous name may lie there
    /// ("Darlington" in an article about Ontario is not the English town).
    fn out_of_place(&self, e: &Entry) -> bool {
        is_minor(e) && self.total > 0 && self.count(e.country) == 0 && self.possible(e.country) < 2
    }

    pub fn count(&self, country: Option<&'static str>) -> usize {
        country
            .and_then(|c| self.counts.get(c))
            .copied()
            .unwrap_or(0)
    }

    /// How much context speaks for reading `e` of a mention whose readings
    /// are `all`: a second-tier reading only in an article about its
    /// country that names no other reading's country.
    fn support(&self, e: &Entry, all: &[Entry]) -> usize {
        if !is_minor(e) {
            return self.count(e.country);
        }
        let others_named = all
            .iter()
            .any(|o| !is_minor(o) && o.country != e.country && self.count(o.country) > 0);
        if self.dominant == e.country && !others_named {
            self.count(e.country)
        } else {
            0
        }
    }
}

/// The one country a mention names whatever its reading, if any: every
/// reading, second-tier namesakes included, lies there ("Kenya", "Nairobi";
/// not "Midlands", also a province of Zimbabwe, nor a second-tier place or
/// a place head's guess, which context is to decide).
fn anchor(m: &Mention) -> Option<&'static str> {
    if !matches!(
        m.kind,
        Some(EntityKind::Gpe | EntityKind::Norp | EntityKind::Loc)
    ) {
        return None;
    }
    let c = m.country?;
    if m.entry.as_ref().is_some_and(is_minor) || is_place_head_guess(m) {
        return None;
    }
    m.alts.iter().all(|e| e.country == Some(c)).then_some(c)
}

/// A place head's country comes from the first place inside it ("Hamilton
/// County": Hamilton, Bermuda's capital): a guess, which context checks.
fn is_place_head_guess(m: &Mention) -> bool {
    m.entry.is_none() && m.country.is_some() && m.why.starts_with("place: place head")
}

impl Recognizer {
    /// An ambiguous name takes the reading the context supports most, then
    /// one whose country other ambiguous names share; the first (the
    /// tables' order) where nothing speaks for any. A second-tier place out
    /// of place keeps no country (the article's may come later).
    pub(in crate::entities) fn choose_by_context(
        &self,
        mentions: &mut [Mention],
        context: &Context,
    ) {
        for m in mentions.iter_mut() {
            // A place's namesakes known only with evidence ("Birmingham",
            // Alabama) compete as second-tier readings.
            let mut all = readings(m);
            if m.kind == Some(EntityKind::Gpe) && m.country.is_some() {
                let weak = self.gaz.get_weak(&m.key).iter();
                all.extend(
                    weak.filter(|e| !e.acronym && e.country != m.country)
                        .cloned(),
                );
            }
            if all.len() > 1 {
                let score = |e: &Entry| (context.support(e, &all), context.possible(e.country));
                let best = all
                    .iter()
                    .enumerate()
                    .max_by_key(|(i, e)| (score(e), usize::MAX - i))
                    .map(|(_, e)| e.clone());
                if let Some(best) = best.filter(|b| score(b) > (0, 1)) {
                    choose(m, &best, "context");
                }
            }
            let guess_abroad =
                is_place_head_guess(m) && context.total > 0 && context.count(m.country) == 0;
            let namesake_abroad = m.kind == Some(EntityKind::Gpe)
                && m.entry.as_ref().is_some_and(|e| context.out_of_place(e));
            if guess_abroad || namesake_abroad {
                m.country = None;
                m.alts.clear();
                m.why = format!("{} (a small namesake abroad: no country)", m.why).into();
            }
        }
    }

    /// A place the tables know only as a common word or name ("Buffalo",
    /// "Tyler") is one after a preposition of place ("in", "near", "from")
    /// in an article about its country.
    pub(in crate::entities) fn weak_places_with_evidence(
        &self,
        mentions: &mut [Mention],
        text: &str,
        context: &Context,
    ) {
        let Some(dominant) = context.dominant else {
            return;
        };
        for m in mentions.iter_mut() {
            let open = match m.kind {
                None => true,
                Some(EntityKind::Gpe) => m.country.is_none(),
                Some(EntityKind::Person) => !m.key.contains(' '),
                _ => false,
            };
            if !open || !self.after_preposition_of_place(text, m.start) {
                continue;
            }
            // The reading of the country the article is about, else of
            // one it names.
            let weak = self.gaz.get_weak(&m.key);
            let best = weak
                .iter()
                .filter(|e| !e.acronym && context.count(e.country) > 0)
                .max_by_key(|e| (e.country == Some(dominant), context.count(e.country)));
            if let Some(e) = best {
                choose(
                    m,
                    e,
                    "a preposition of place, in an article that names its country",
                );
            }
        }
    }

    /// Whether the word before byte `start` is a preposition of place.
    fn after_preposition_of_place(&self, text: &str, start: usize) -> bool {
        let head = text[..start].trim_end_matches(' ');
        let word = head
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        !word.is_empty() && head.len() < start && self.gaz.words.loc_prefix.contains(word)
    }
}

/// Lowercase words that say the capitalised name before them is a place
/// ("the Artibonite region", "Nandurbar and Dhule districts"), or after
/// them with "of" ("the village of Ciocile", "the province of Cajamarca").
const PLACE_NOUNS: [&str; 26] = [
    "province",
    "provinces",
    "region",
    "regions",
    "district",
    "districts",
    "state",
    "states",
    "county",
    "counties",
    "governorate",
    "prefecture",
    "department",
    "municipality",
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "township",
    "parish",
    "borough",
    "suburb",
    "community",
    "commune",
    "hamlet",
];

/// Whether a place noun follows the mention or stands before it with
/// "of": "Puno region", "town of Pulawy".
pub(in crate::entities) fn named_as_place(text: &str, m: &Mention) -> bool {
    let after = text[m.end..].split_whitespace().next().unwrap_or("");
    let after = after.trim_end_matches(|c: char| !c.is_alphabetic());
    let mut before = text[..m.start].split_whitespace().rev();
    let of = before.next() == Some("of");
    let noun = before.next().unwrap_or("");
    PLACE_NOUNS.contains(&after) || (of && PLACE_NOUNS.contains(&noun))
}

/// Whether an appositive or a copula after the mention calls it a place:
/// "Aisby is a village in Lincolnshire", "Kafr Nabl , a town near Idlib",
/// "Bilje is a village and municipality" (a place noun within four words
/// of "a"/"the", not a modifier of the noun after it: "a town
/// councillor").
pub(in crate::entities) fn apposed_place(text: &str, m: &Mention) -> bool {
    const AFTER_NOUN: [&str; 22] = [
        "in",
        "of",
        "and",
        "near",
        "on",
        "at",
        "about",
        "some",
        "outside",
        "where",
        "which",
        "that",
        "located",
        "situated",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    ];
    let rest = text[m.end..].trim_start_matches(' ');
    if !(rest.starts_with(',') || rest.starts_with("is ") || rest.starts_with("was ")) {
        return false;
    }
    // Seven words are enough: no need to find the line's end.
    let mut words = text[m.end..]
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(7)
        .take_while(|w| !w.contains('\n'));
    if !matches!(words.next(), Some("," | "is" | "was"))
        || !matches!(words.next(), Some("a" | "an" | "the"))
    {
        return false;
    }
    let words: Vec<&str> = words.collect();
    (0..words.len().min(4)).any(|k| {
        let next = words.get(k + 1).copied().unwrap_or(".");
        let ends = AFTER_NOUN.contains(&next)
            || !(next.starts_with(char::is_lowercase) || next.starts_with(['\'', '’']));
        let noun = words[k].trim_end_matches(|c: char| !c.is_alphabetic());
        PLACE_NOUNS.contains(&noun) && !noun.ends_with('s') && (ends || noun != words[k])
    })
}

/// A capitalised name that nobody took for anything else and that the text
/// calls a place ("the Artibonite region", "Aisby is a village") is one;
/// its country is decided next.
pub(in crate::entities) fn names_called_places(mentions: &mut [Mention], text: &str) {
    for m in mentions.iter_mut().filter(|m| m.kind.is_none()) {
        let called = !m.sentence_start && named_as_place(text, m);
        if called || apposed_place(text, m) {
            m.kind = Some(EntityKind::Gpe);
            m.why = "place: called one ('… region', 'village of …')".into();
        }
    }
}

/// A place no table knows, found by a preposition of place or a place head
/// ("in Kampungu", "Nyanza Province", "Hay Street"), goes to the country the article is
/// about.
pub(in crate::entities) fn unknown_places_to_article_country(
    mentions: &mut [Mention],
    context: &Context,
) {
    let Some(dominant) = context.dominant else {
        return;
    };
    // A street or a park may lie in the capital of a country the article
    // names less ("Grosvenor Square" in a story about Russia): it goes to
    // a country named by two thirds of the mentions at least.
    let clear = 3 * context.count(Some(dominant)) >= 2 * context.total;
    for m in mentions.iter_mut() {
        let local = m.kind == Some(EntityKind::Loc) && m.why.starts_with(LOCAL_PLACE) && clear;
        if (m.kind == Some(EntityKind::Gpe) || local) && m.country.is_none() {
            m.country = Some(dominant);
            m.why = format!("{} (in the country the article is about)", m.why).into();
        }
    }
}
