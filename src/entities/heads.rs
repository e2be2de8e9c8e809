//! Heads: patterns that decide a whole chunk before the gazetteer tiles
//! it. An organisation head or legal suffix makes one ORG ("National Cyber
//! Security Centre", "Bank of England"); a given name and surnames one
//! person ("Paris Hilton"); a known name and a word before a speech verb
//! one ORG ("Yorkshire Water said"); a place head one place ("Gulf of
//! Guinea", "Lagos State").

use super::gazetteer::Source;
use super::*;

impl Recognizer {
    /// The chunk's mention when a head decides it whole. None of these
    /// applies in a line of capitals, nor to a chunk the gazetteer knows
    /// whole ("West Bank").
    pub(super) fn decide_whole(&self, cx: &LineCx, chunk: Chunk) -> Option<Mention> {
        if cx.upper_line {
            return None;
        }
        let whole_known = self
            .pick(cx.text, cx.tokens, chunk.a, chunk.b, cx.upper_line)
            .is_some();
        if whole_known {
            return None;
        }
        self.org_head(cx, chunk)
            .or_else(|| self.event(cx, chunk))
            .or_else(|| self.initials_person(cx, chunk))
            .or_else(|| self.compass_place(cx, chunk))
            .or_else(|| self.given_and_surname(cx, chunk))
            .or_else(|| self.known_and_word_before_verb(cx, chunk))
            .or_else(|| self.place_head(cx, chunk))
    }

    /// "National Cyber Security Centre", "Bank of England", "Acme Ltd": an
    /// organisation head or legal suffix at the end or before "of"/"for".
    fn org_head(&self, cx: &LineCx, chunk: Chunk) -> Option<Mention> {
        let words = &self.gaz.words;
        if chunk.b - chunk.a < 2 || chunk.titled {
            return None;
        }
        // At the end, or before "of"/"for": "Bank of England", and first
        // too: "University of Leicester". A head in capitals leads a club's
        // or channel's name too: "FC Basel", "SC Freiburg", "TV Azteca".
        let head_at = (chunk.a..chunk.b).find(|&j| {
            let k = cx.tokens.key(&cx.tokens[j]);
            let caps_first =
                j == chunk.a && cx.tokens[j].shape == Shape::Upper && words.org_head.contains(k);
            (words.org_head.contains(k) || words.org_suffix.contains(k))
                && ((j > chunk.a && j + 1 == chunk.b)
                    || (j + 2 < chunk.b && matches!(cx.tx(j + 1), "of" | "for"))
                    || caps_first)
        })?;
        let mut m = cx.mention(chunk.a, chunk.b);
        m.kind = Some(EntityKind::Org);
        m.why = format!("organisation cue '{}'", cx.tx(head_at)).into();
        Some(m)
    }

    /// "Australian Open", "Stanley Cup", "Battle of Gettysburg": an event,
    /// contest or award is none of our kinds, and no part of it is a place
    /// or a person. The chunk is decided whole as nothing.
    fn event(&self, cx: &LineCx, chunk: Chunk) -> Option<Mention> {
        let heads = &self.cues.event_head;
        let is_head = |j: usize| heads.contains(cx.tokens.key(&cx.tokens[j]));
        let after_first = (chunk.a + 1..chunk.b).any(is_head);
        let first_of = is_head(chunk.a) && chunk.a + 2 < chunk.b && cx.tx(chunk.a + 1) == "of";
        if chunk.titled || !(after_first || first_of) {
            return None;
        }
        let mut m = cx.mention(chunk.a, chunk.b);
        m.why = "event, contest or award: none of the kinds".into();
        Some(m)
    }

    /// "East Perth", "South Jutland": a compass word and a known place are
    /// one place, of the place's country; with a nationality, one group
    /// ("West Indian").
    fn compass_place(&self, cx: &LineCx, chunk: Chunk) -> Option<Mention> {
        let first = cx.tokens.key(&cx.tokens[chunk.a]);
        if chunk.b - chunk.a < 2 || chunk.titled || !self.cues.compass.contains(first) {
            return None;
        }
        let place = self
            .pick(cx.text, cx.tokens, chunk.a + 1, chunk.b, cx.upper_line)
            .filter(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Loc | EntityKind::Norp))?;
        let mut m = cx.mention(chunk.a, chunk.b);
        m.kind = Some(place.kind);
        // "West Indian" is no Indian: the group names no country.
        m.country = place.country.filter(|_| place.kind != EntityKind::Norp);
        m.why = format!("place: compass word and {}", place.canonical).into();
        Some(m)
    }

    /// The chunk's word keys.
    fn name_words<'t>(cx: &LineCx<'t>, chunk: Chunk) -> Vec<&'t str> {
        cx.tokens[chunk.a..chunk.b]
            .iter()
            .map(|t| cx.tokens.key(t))
            .collect()
    }

    /// A given name and a surname make a person even where the given name
    /// is also a place: "Paris Hilton", "Victoria Beckham".
    fn given_and_surname(&self, cx: &LineCx, chunk: Chunk) -> Option<Mention> {
        let words = &self.gaz.words;
        let name_words = Self::name_words(cx, chunk);
        if !(2..=3).contains(&name_words.len()) {
            return None;
        }
        let first_is_place = self
            .gaz
            .get(name_words[0])
            .iter()
            .any(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Norp | EntityKind::Loc));
        // A given name that is no place vouches for a last word that is
        // both a surname and a town: "William Stanley", where the town
        // would follow "in" or a comma.
        let given_vouches = !first_is_place && words.given.contains(name_words[0]);
        let last_at = name_words.len() - 1;
        let surnames = name_words[1..].iter().enumerate().all(|(j, w)| {
            words.surnames.contains(*w)
                && self.gaz.get(w).iter().all(|e| {
                    matches!(e.kind, EntityKind::Org | EntityKind::Person)
                        || (given_vouches && j + 1 == last_at && is_town(e))
                })
        });
        // "Beverly Hills", "Miami Beach": a place head after a place or in
        // the plural makes a place, whatever the name lists say.
        let last = name_words[name_words.len() - 1];
        let place_like = words.loc_head.contains(last) && (first_is_place || last.ends_with('s'));
        if !((given_vouches || first_is_place) && surnames) || place_like {
            return None;
        }
        let mut m = cx.mention(chunk.a, chunk.b);
        m.kind = Some(EntityKind::Person);
        m.why = "person: given name + surname (name lists)".into();
        Some(m)
    }

    /// A known name and a further word before a speech verb name an
    /// organisation: "Yorkshire Water said", "Google DeepMind said".
    fn known_and_word_before_verb(&self, cx: &LineCx, chunk: Chunk) -> Option<Mention> {
        let words = &self.gaz.words;
        let tokens = cx.tokens;
        let n = chunk.b - chunk.a;
        let verb_after = tokens
            .get(chunk.b)
            .is_some_and(|t| t.shape == Shape::Lower && words.person_verb.contains(tokens.key(t)));
        if !verb_after || n < 2 || chunk.titled {
            return None;
        }
        let known_len = (1..n).rev().find(|&len| {
            self.pick(cx.text, tokens, chunk.a, chunk.a + len, cx.upper_line)
                .is_some()
        })?;
        let rest_is_name = Self::name_words(cx, chunk)[known_len..]
            .iter()
            .all(|w| words.given.contains(*w) || words.surnames.contains(*w));
        if rest_is_name {
            return None;
        }
        let mut m = cx.mention(chunk.a, chunk.b);
        m.kind = Some(EntityKind::Org);
        m.why = "organisation: a known name and a word, before a speech verb".into();
        Some(m)
    }

    /// Place heads: "Indian Ocean", "Gulf of Guinea", "Lake Victoria" are
    /// locations of no country; "Lagos State" is a region of its place's
    /// country; "Hay Street", "Hyde Park" and "Hancock Brook" are locations
    /// in the country of the place inside them or of the article, as news
    /// wires tag them (a town named after its brook, "Oak Brook ,
    /// Illinois", is left to the rules); "Heathrow Airport" is a facility,
    /// which no type covers.
    fn place_head(&self, cx: &LineCx, chunk: Chunk) -> Option<Mention> {
        let words = &self.gaz.words;
        if chunk.b - chunk.a < 2 || chunk.titled {
            return None;
        }
        let name_words = Self::name_words(cx, chunk);
        let first = name_words[0];
        let last = name_words[name_words.len() - 1];
        let head_first = words.loc_head.contains(first)
            && (cx
                .tokens
                .get(chunk.a + 1)
                .is_some_and(|_| cx.tx(chunk.a + 1) == "of")
                || is_natural(first));
        let head = if words.loc_head.contains(last) {
            last
        } else if head_first {
            first
        } else {
            return None;
        };
        let mut m = cx.mention(chunk.a, chunk.b);
        if is_natural(head) {
            m.kind = Some(EntityKind::Loc);
            m.why = format!("location: place head '{head}'").into();
        } else if is_local(head) && self.place_before_region(cx, chunk.b) {
            // "based in Oak Brook , Illinois": a town named after its
            // brook, left to the rules of places.
            return None;
        } else if is_local(head) {
            m.kind = Some(EntityKind::Loc);
            m.country = self.inner_country(cx, chunk);
            m.why = format!("{LOCAL_PLACE}'{head}'").into();
        } else if is_political(head) {
            m.kind = Some(EntityKind::Gpe);
            m.country = self.inner_country(cx, chunk);
            m.why = format!("place: place head '{head}'").into();
        }
        Some(m)
    }
}

impl Recognizer {
    /// The country of the first word of the chunk that names a place of
    /// one ("Lagos State", "Ontario Provincial Highway").
    fn inner_country(&self, cx: &LineCx, chunk: Chunk) -> Option<&'static str> {
        (chunk.a..chunk.b).find_map(|j| {
            self.pick(cx.text, cx.tokens, j, j + 1, cx.upper_line)
                .and_then(|e| e.country)
        })
    }
}

/// A city or town, not a country, region or nationality: a surname shares
/// its name with a town far more often than with a country ("Jack London",
/// "William Stanley", but not "Jordan" the country after "Michael").
fn is_town(e: &Entry) -> bool {
    matches!(
        e.source,
        Source::City | Source::Town | Source::Capital | Source::Province | Source::Metonym
    )
}
