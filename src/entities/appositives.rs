//! Appositives: what the words right after a name say it is. "Rabobank ,
//! the Dutch lender ," and "Aero Gare was a kitplane manufacturer" name
//! organisations; "Tavrek Ondulin , a 34-year-old teacher ," a person.

use super::*;

impl Recognizer {
    /// The kind that an appositive or a copula after token `b - 1` gives
    /// the name: ", a/an/the", "is/was a/the", then up to four words to a
    /// kind of body or a person's role (or an age: "34-year-old").
    pub(super) fn apposed_kind(&self, cx: &LineCx, b: usize) -> Option<(EntityKind, &'static str)> {
        let tx = |j: usize| cx.tx_or_empty(j);
        let j = b + 1;
        if !matches!(tx(b), "," | "is" | "was") || !matches!(tx(j), "a" | "an" | "the") {
            return None;
        }
        for k in j + 1..(j + 5).min(cx.tokens.len()) {
            let t = &cx.tokens[k];
            let w = cx.tokens.key(t);
            if w.ends_with("-year-old") || (w == "year" && tx(k + 1) == "-" && tx(k + 2) == "old") {
                return Some((EntityKind::Person, "person: an age after the name"));
            }
            // "Cowley , the team 's captain": the body owns the role.
            let owner = matches!(tx(k + 1), "'s" | "’s" | "'" | "’");
            if t.shape == Shape::Lower && self.cues.body_noun.contains(w) && !owner {
                return Some((
                    EntityKind::Org,
                    "organisation: a kind of body after the name ('a Danish bank')",
                ));
            }
            if t.shape == Shape::Lower && self.cues.role_noun.contains(w) {
                return Some((
                    EntityKind::Person,
                    "person: a role after the name ('a senior analyst')",
                ));
            }
            if !t.is_word() && w != "-" {
                return None;
            }
        }
        None
    }
}
