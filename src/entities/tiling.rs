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
