//! Rules for a capitalised run the gazetteer does not know: a title before
//! it, a given name, name lists, a speech verb, a preposition of place.

use super::*;

impl Recognizer {
    /// Whether a title stands right before token `a` ("former prime
    /// minister Theresa May").
    pub(super) fn title_before(&self, tokens: &Tokens, a: usize) -> bool {
        let words = &self.gaz.words;
        (1..=words.max_title_tokens.min(a)).any(|n| {
            words
                .titles
                .contains_key(tokens.span_key(a - n, a).trim_end_matches('.'))
        })
    }

    /// Rules for a capitalised run the gazetteer does not know.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn judge(
        &self,
        text: &str,
        tokens: &Tokens,
        a: usize,
        b: usize,
        titled: bool,
        upper_line: bool,
        m: &mut Mention,
    ) {
        let words = &self.gaz.words;
        let tx = |t: &Token| &text[t.start..t.end];
        let name_tokens: Vec<&str> = tokens[a..b]
            .iter()
            .filter(|t| t.is_word() && !CONNECTORS.contains(&tx(t)))
            .map(|t| tokens.key(t))
            .collect();
        let n = name_tokens.len();
        let first = name_tokens.first().cloned().unwrap_or_default();
        let sentence_start = m.sentence_start;
        if n == 0 {
            return;
        }
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
        let hyphenated = tokens[a..b]
            .windows(2)
            .any(|w| tx(&w[0]) == "-" && w[1].shape == Shape::Lower);
        if hyphenated && (2..=4).contains(&n) && !upper_line {
            m.kind = Some(EntityKind::Person);
            m.why = "person: romanised given name with a hyphen".into();
            return;
        }
        let verb_after = b < tokens.len()
            && tokens[b..]
                .iter()
                .take(2)
                .any(|t| words.person_verb.contains(tokens.key(t)) && t.shape == Shape::Lower);
        let verb_before = a >= 1
            && words.person_verb.contains(tokens.key(&tokens[a - 1]))
            && (b == tokens.len() || !tokens[b].is_word());
        let person = |m: &mut Mention, why: &'static str| {
            m.kind = Some(EntityKind::Person);
            m.why = why.into();
        };
        if upper_line {
            return;
        }
        let token = &tokens[a];
        let acronym = n == 1
            && b - a == 1
            && token.shape == Shape::Upper
            && (2..=6).contains(&tx(token).chars().filter(|c| c.is_alphanumeric()).count())
            && !tx(token).contains('.');
        if acronym {
            if !words.not_entity.contains(first) {
                m.kind = Some(EntityKind::Org);
                m.why = "unknown acronym: organisation by default".into();
            }
            return;
        }
        if titled {
            return person(m, "person: after a title");
        }
        if (2..=4).contains(&n) && words.given.contains(first) {
            return person(m, "person: given name (US Census list) + capitalised word");
        }
        if (2..=3).contains(&n)
            && name_tokens
                .iter()
                .all(|t| words.given.contains(*t) || words.surnames.contains(*t))
        {
            return person(m, "person: name list");
        }
        if (2..=3).contains(&n) && words.surnames.contains(first) && !sentence_start {
            return person(m, "person: surname-first name");
        }
        if (1..=3).contains(&n) && (verb_after || verb_before) {
            return person(m, "person: speech verb ('said', 'told')");
        }
        // "born in Sunderland", "near Whitby": a place the tables do not
        // know, after a preposition of place. Its country stays unknown.
        let place_prefix = a >= 1
            && tokens[a - 1].shape == Shape::Lower
            && words.loc_prefix.contains(tokens.key(&tokens[a - 1]));
        if place_prefix && (1..=3).contains(&n) && !sentence_start {
            m.kind = Some(EntityKind::Gpe);
            m.why = "place: capitalised name after a preposition of place".into();
        }
    }
}
