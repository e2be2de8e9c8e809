//! Tiling: which gazetteer entries a span of tokens fits, given its case
//! and the words around it.

use super::*;

impl Recognizer {
    /// The gazetteer entries the text of tokens `a..b` fits, best first.
    pub(super) fn fitting<'s>(
        &'s self,
        text: &'s str,
        tokens: &'s Tokens,
        a: usize,
        b: usize,
        upper_line: bool,
    ) -> impl Iterator<Item = &'s Entry> + 's {
        self.gaz
            .get(tokens.span_key(a, b))
            .iter()
            .filter(move |e| self.fits(text, tokens, a, b, upper_line, e))
    }

    /// Every entry the text fits, when there is more than one (else none).
    pub(super) fn pick_all(
        &self,
        text: &str,
        tokens: &Tokens,
        a: usize,
        b: usize,
        upper_line: bool,
    ) -> Vec<Entry> {
        let all: Vec<Entry> = self
            .fitting(text, tokens, a, b, upper_line)
            .cloned()
            .collect();
        if all.len() > 1 {
            all
        } else {
            Vec::new()
        }
    }

    /// The best gazetteer entry for tokens `a..b`, if the text fits it.
    pub(super) fn pick<'s>(
        &'s self,
        text: &'s str,
        tokens: &'s Tokens,
        a: usize,
        b: usize,
        upper_line: bool,
    ) -> Option<&'s Entry> {
        self.fitting(text, tokens, a, b, upper_line).next()
    }

    /// Whether tokens `a..b` are a capitalised run of their own: no
    /// capitalised word joins them on either side, nor "of" after one
    /// ("Battle of …"); a capitalised function word that starts the
    /// sentence ("In Tustin") does not count.
    fn stands_alone(&self, text: &str, tokens: &Tokens, a: usize, b: usize) -> bool {
        let words = &self.gaz.words;
        let name_word = |i: usize| {
            let t = &tokens[i];
            let k = tokens.key(t);
            t.is_cap() && t.is_word() && !words.not_entity.contains(k) && !is_stopword_like(k)
        };
        let before_joins = match a {
            0 => false,
            1 => name_word(0),
            _ => {
                name_word(a - 1)
                    || (matches!(&text[tokens[a - 1].start..tokens[a - 1].end], "of" | "de")
                        && name_word(a - 2))
            }
        };
        let after_joins = b < tokens.len() && tokens[b].space_before && name_word(b);
        !before_joins && !after_joins
    }

    /// Whether the text of tokens `a..b` fits an entry: an acronym's case,
    /// a "the" the name needs, capitals only where they are a dateline.
    pub(super) fn fits(
        &self,
        text: &str,
        tokens: &Tokens,
        a: usize,
        b: usize,
        upper_line: bool,
        e: &Entry,
    ) -> bool {
        let surface = &text[tokens[a].start..tokens[b - 1].end];
        let the_before = a > 0
            && matches!(
                &text[tokens[a - 1].start..tokens[a - 1].end],
                "the" | "The" | "THE"
            );
        if e.needs_the && !the_before {
            return false;
        }
        // A second-tier place (a province, a town) is a name of its own
        // only: inside a longer capitalised run it is part of another name
        // ("Manuel Belgrano", "Centennial Hall", "Battle of Fredericksburg").
        if e.source >= gazetteer::Source::Province && !self.stands_alone(text, tokens, a, b) {
            return false;
        }
        if e.acronym && !upper_line {
            return fold_eq(surface, e.form);
        }
        if !e.acronym && !upper_line && tokens[a].shape == Shape::Upper {
            // A short word in capitals is an acronym, not the name the table
            // spells in lower case ("CHAD" the acronym is not Chad); a
            // longer one is a dateline or a shout: "NAIROBI,".
            return surface.chars().filter(|c| c.is_alphabetic()).count() >= 4;
        }
        true
    }
}
