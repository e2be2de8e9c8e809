//! Rules for a capitalised run the gazetteer does not know: a title before
//! it, a given name, name lists, a speech verb, a preposition of place.

use super::*;

impl Recognizer {
    /// Rules for the capitalised run `a..b` the gazetteer does not know.
    pub(super) fn judge(&self, cx: &LineCx, a: usize, b: usize, titled: bool, m: &mut Mention) {
        let words = &self.gaz.words;
        let name_tokens: Vec<&str> = cx.tokens[a..b]
            .iter()
            .enumerate()
            .filter(|&(j, t)| t.is_word() && !CONNECTORS.contains(&cx.tx(a + j)))
            .map(|(_, t)| cx.tokens.key(t))
            .collect();
        let Some(&first) = name_tokens.first() else {
            return;
        };
        let n = name_tokens.len();
        if n == 1
            && (words.not_entity.contains(first)
                || is_stopword_like(first)
                || words.titles.contains_key(first)
                || words.org_head.contains(first))
        {
            return;
        }
        // A lowercase syllable after a hyphen ("Ji-hoon", "Ching-te") is a
        // romanised given name.
        let hyphenated = cx.tokens[a..b]
            .windows(2)
            .any(|w| &cx.text[w[0].start..w[0].end] == "-" && w[1].shape == Shape::Lower);
        if hyphenated && (2..=4).contains(&n) && !cx.upper_line {
            return set(
                m,
                EntityKind::Person,
                "person: romanised given name with a hyphen",
            );
        }
        if cx.upper_line {
            return;
        }
        if let Some((kind, why)) = self.acronym(cx, a, b, n, first) {
            return set(m, kind, why);
        }
        if n == 1 && b - a == 1 && self.is_acronym_shape(cx, a) {
            return;
        }
        if titled {
            return set(m, EntityKind::Person, "person: after a title");
        }
        if let Some((kind, why)) = self.noun_before(cx, a, n) {
            return set(m, kind, why);
        }
        // "Inexplicably , the club …": a word that opens the sentence is
        // no name.
        let opener = n == 1 && m.sentence_start;
        if let Some((kind, why)) = self.apposed_kind(cx, b).filter(|_| n <= 4 && !opener) {
            return set(m, kind, why);
        }
        if (1..=4).contains(&n) && life_dates_after(cx, b) {
            return set(
                m,
                EntityKind::Person,
                "person: birth or life dates after the name",
            );
        }
        if let Some(why) = self.person_by_names(&name_tokens, b - a > 1 && cx.tx(a + 1) == "-") {
            return set(m, EntityKind::Person, why);
        }
        if self.by_name(cx, a, &name_tokens) {
            return set(m, EntityKind::Person, "person: name-list words after 'by'");
        }
        // "a city official in Malakoff, told": the preposition of place
        // outweighs the speech verb.
        // "from Mendonça 's poem": the preposition governs the poem.
        let possessive = matches!(cx.tx_or_empty(b), "'s" | "’s" | "'" | "’");
        if (1..=3).contains(&n) && !m.sentence_start && !possessive && self.place_prefix(cx, a) {
            return set(
                m,
                EntityKind::Gpe,
                "place: capitalised name after a preposition of place",
            );
        }
        if (1..=3).contains(&n) && self.place_before_region(cx, b) {
            return set(
                m,
                EntityKind::Gpe,
                "place: a name before a comma and a known place",
            );
        }
        if self.given_alone(cx, a, b, m.sentence_start, first) {
            return set(m, EntityKind::Person, GIVEN_ALONE);
        }
        if (1..=3).contains(&n) && self.speech_verb_near(cx, a, b) {
            // "the Pentagon said", "the Ifo institute said": a name after
            // "the" speaks for a body, not a person.
            if a >= 1 && matches!(cx.tx(a - 1), "the" | "The") {
                return set(m, EntityKind::Org, "organisation: 'the' and a speech verb");
            }
            set(
                m,
                EntityKind::Person,
                "person: speech verb ('said', 'told')",
            );
        }
    }

    /// Whether token `a` has the shape of an acronym: 2 to 6 letters or
    /// digits in capitals, no dots.
    fn is_acronym_shape(&self, cx: &LineCx, a: usize) -> bool {
        let t = cx.tx(a);
        cx.tokens[a].shape == Shape::Upper
            && (2..=6).contains(&t.chars().filter(|c| c.is_alphanumeric()).count())
            && !t.contains('.')
    }

    /// An unknown acronym is an organisation by default.
    fn acronym(
        &self,
        cx: &LineCx,
        a: usize,
        b: usize,
        n: usize,
        first: &str,
    ) -> Option<(EntityKind, &'static str)> {
        // "F-16", "EC-130", "CH-53": letters, a hyphen and a number name a
        // model, not an organisation.
        // "H5N1", "V6", "A380", "B1242": letters and digits name a virus,
        // an engine, a plane or a road.
        let model = (b + 1 < cx.tokens.len()
            && cx.tx(b) == "-"
            && cx.tx(b + 1).starts_with(|c: char| c.is_ascii_digit()))
            || cx.tx(a).contains(|c: char| c.is_ascii_digit());
        (n == 1
            && b - a == 1
            && self.is_acronym_shape(cx, a)
            && !model
            && !is_roman_numeral(cx.tx(a))
            && !cx.code_line
            && !self.gaz.words.not_entity.contains(first))
        .then_some((EntityKind::Org, "unknown acronym: organisation by default"))
    }

    /// "the drummer Ruairi Quill", "the band Velvet Orrery": a role or a
    /// kind of body, in lowercase right before a short name, says what
    /// it names ("rival Samsung" or "producer Aramco" would not, so
    /// neither is a role).
    fn noun_before(&self, cx: &LineCx, a: usize, n: usize) -> Option<(EntityKind, &'static str)> {
        let prev = a.checked_sub(1).map(|p| &cx.tokens[p])?;
        if !(1..=3).contains(&n) || prev.shape != Shape::Lower {
            return None;
        }
        let noun = cx.tokens.key(prev);
        if self.cues.role_noun.contains(noun) {
            Some((
                EntityKind::Person,
                "person: a role before the name ('drummer')",
            ))
        } else if self.cues.body_noun.contains(noun) {
            Some((
                EntityKind::Org,
                "organisation: a kind of body before the name ('the band')",
            ))
        } else {
            None
        }
    }

    /// A person by the name lists: a given name in front. (Surnames alone
    /// decide nothing: "Battle", "Bowling", "Green" and "Head" are
    /// surnames too.)
    fn person_by_names(
        &self,
        name_tokens: &[&str],
        hyphen_after_first: bool,
    ) -> Option<&'static str> {
        let words = &self.gaz.words;
        let n = name_tokens.len();
        let first = name_tokens[0];
        // "Al-Minya", "El-Fasher": an Arabic article, not the given name Al.
        if (2..=4).contains(&n) && words.given.contains(first) && !hyphen_after_first {
            return Some("person: given name (US Census list) + capitalised word");
        }
        // "Li Shimin", "Park Ji-sung": a family name first, then one or
        // two words that head no organisation or place.
        let plain = |w: &&str| !(words.is_head(w) || words.not_entity.contains(*w));
        if (2..=3).contains(&n)
            && self.cues.family_first.contains(first)
            && name_tokens[1..].iter().all(plain)
        {
            return Some("person: a family name written first");
        }
        None
    }

    /// "additional reporting by Guy Faulconbridge", "written by Ann
    /// Tyler": after "by", two or three words, the first of the name lists.
    /// (Alone, "Guy" and "Green" are words too.)
    fn by_name(&self, cx: &LineCx, a: usize, name_tokens: &[&str]) -> bool {
        let words = &self.gaz.words;
        let last = name_tokens[name_tokens.len() - 1];
        a >= 1
            && cx.tx(a - 1) == "by"
            && (2..=3).contains(&name_tokens.len())
            && !words.loc_head.contains(last)
            && !words.org_head.contains(last)
            && (words.given.contains(name_tokens[0]) || words.surnames.contains(name_tokens[0]))
    }

    /// "Francine is against it", "calls Hayley a slut": a given name
    /// alone inside a sentence is a person; not a part left over from a
    /// longer name ("John Denver", "Joaquin de la Pazuela").
    fn given_alone(
        &self,
        cx: &LineCx,
        a: usize,
        b: usize,
        sentence_start: bool,
        first: &str,
    ) -> bool {
        let joined = |j: usize| {
            let t = &cx.tokens[j];
            t.is_cap() || CONNECTORS.contains(&cx.tx(j)) || cx.tx(j) == "-"
        };
        b - a == 1
            && !sentence_start
            && self.gaz.words.given.contains(first)
            && !(b < cx.tokens.len() && joined(b))
            && !(a >= 1 && joined(a - 1))
    }

    /// "Paxton , Illinois", "Blackburn , Lancashire , England": the run is
    /// followed by a comma and a place the gazetteer knows, which ends the
    /// phrase (not "Smith , Britain 's envoy").
    pub(super) fn place_before_region(&self, cx: &LineCx, b: usize) -> bool {
        let tokens = cx.tokens;
        if b + 1 >= tokens.len() || cx.tx(b) != "," {
            return false;
        }
        let s = b + 1;
        (1..=3.min(tokens.len() - s)).rev().any(|len| {
            // A dateline's date may close it: "AL-MUDAIBI , Oman
            // 2024-03-14".
            let ends = s + len == tokens.len()
                || matches!(cx.tx(s + len), "," | "." | ")" | ";" | ":")
                || tokens[s + len].shape == Shape::Number;
            ends && self
                .pick(cx.text, tokens, s, s + len, cx.upper_line)
                .is_some_and(|e| matches!(e.kind, EntityKind::Gpe))
        })
    }

    /// A speech verb in the two words after the run ("Martin said"), or
    /// right before it when the run ends the clause ("said Okafor."). Not
    /// a passive ("Scouts are called to help": the run is spoken to) nor
    /// a verb of naming before it ("an area called Pampa Hermosa").
    fn speech_verb_near(&self, cx: &LineCx, a: usize, b: usize) -> bool {
        let words = &self.gaz.words;
        let tokens = cx.tokens;
        let passive = matches!(cx.tx_or_empty(b), "is" | "are" | "was" | "were" | "be");
        let verb_after = !passive
            && tokens[b..]
                .iter()
                .take(2)
                .any(|t| words.person_verb.contains(tokens.key(t)) && t.shape == Shape::Lower);
        let verb_before = a >= 1
            && words.person_verb.contains(tokens.key(&tokens[a - 1]))
            && !matches!(cx.tx(a - 1), "called" | "calls")
            && (b == tokens.len() || !tokens[b].is_word());
        verb_after || verb_before
    }

    /// "born in Sunderland", "near Whitby": a preposition of place before
    /// token `a`. The place's country stays unknown.
    fn place_prefix(&self, cx: &LineCx, a: usize) -> bool {
        a >= 1
            && cx.tokens[a - 1].shape == Shape::Lower
            && self
                .gaz
                .words
                .loc_prefix
                .contains(cx.tokens.key(&cx.tokens[a - 1]))
    }
}

/// "Ann Tyler ( born 1983 )", "Dorothea Veit ( née Mendelssohn )", "Rahel
/// Levin ( 1771 - 1833 )", "Eduard Hitzig ( February 6 , 1839 - August
/// 20 , 1907 )": a bracket after the name opens with a birth, or with a
/// date that a dash joins to another: a life span, which only people have.
fn life_dates_after(cx: &LineCx, b: usize) -> bool {
    let tx = |j: usize| cx.tx_or_empty(j);
    if tx(b) != "(" {
        return false;
    }
    let year = |w: &str| {
        let digits = w.trim_start_matches("c.");
        (3..=4).contains(&digits.len()) && digits.parse::<u16>().is_ok_and(|y| y < 2100)
    };
    let first = key(tx(b + 1));
    if matches!(first.as_str(), "born" | "née" | "nee") {
        return true;
    }
    let day = first.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    let opens = year(&first) || day || first == "c" || crate::clean::is_month(&first);
    let inside: Vec<&str> = (b + 1..b + 12)
        .map(tx)
        .take_while(|w| !matches!(*w, ")" | ""))
        .collect();
    let dash = inside.iter().position(|w| matches!(*w, "-" | "–" | "--"));
    opens && dash.is_some_and(|d| d > 0 && inside[..d].iter().any(|w| year(w)))
}

/// "II", "VIII", "XIV": a roman numeral (of a king, a war, a sequel) is
/// no acronym. Only I, V and X count: "CD", "MD" and "DC" are words.
fn is_roman_numeral(t: &str) -> bool {
    t.len() >= 2 && t.bytes().all(|c| matches!(c, b'I' | b'V' | b'X'))
}

/// The reason of a given name alone taken for a person, which the
/// document pass overrules where the text names a place or a body so.
pub(super) const GIVEN_ALONE: &str = "person: a given name alone";

/// Sets a mention's kind and why.
fn set(m: &mut Mention, kind: EntityKind, why: &'static str) {
    m.kind = Some(kind);
    m.why = why.into();
}
