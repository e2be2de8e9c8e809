//! Initials: a capital letter and a dot before a capitalised word marks a
//! person's name, whatever the tables say of the words ("C. H. Douglas" is
//! no Isle of Man town, "Delwyn J. Langejans" needs no name list).

use super::*;

impl Recognizer {
    /// "C. H. Douglas", "George F. Hauser", "J.R. Tolkien": one to three
    /// capitalised words and initials (an initial before a word), the last
    /// word no head of an organisation or place ("J. Walter Thompson
    /// Company", "St. Louis" and "Washington D.C." are not people).
    pub(super) fn initials_person(&self, cx: &LineCx, chunk: Chunk) -> Option<Mention> {
        let words = &self.gaz.words;
        let (mut names, mut initial_before_word, mut pending) = (0, false, false);
        let mut j = chunk.a;
        while j < chunk.b {
            if let Some(len) = self.initial_at(cx, j, chunk.b) {
                pending = true;
                j += len;
                continue;
            }
            let t = &cx.tokens[j];
            let k = cx.tokens.key(t);
            let name_word = t.shape == Shape::Capitalized
                && !is_stopword_like(k)
                && !words.not_entity.contains(k)
                && !words.titles.contains_key(k);
            let particle = matches!(k, "de" | "van" | "von" | "der" | "den" | "da" | "di" | "le");
            if !(name_word || particle) {
                return None;
            }
            names += usize::from(name_word);
            initial_before_word |= pending && name_word;
            pending = false;
            j += 1;
        }
        let last = cx.tokens.key(&cx.tokens[chunk.b - 1]);
        if !initial_before_word || !(1..=3).contains(&names) || words.is_head(last) {
            return None;
        }
        let mut m = cx.mention(chunk.a, chunk.b);
        m.kind = Some(EntityKind::Person);
        m.why = "person: initials before a name".into();
        Some(m)
    }

    /// The length of an initial at token `j`: a capital letter and a dot
    /// ("H", "."), or dotted letters the tables do not know ("J.R.", not
    /// "U.S.").
    fn initial_at(&self, cx: &LineCx, j: usize, b: usize) -> Option<usize> {
        let t = cx.tx(j);
        let letter = t.chars().count() == 1 && cx.tokens[j].shape == Shape::Upper;
        if letter && j + 1 < b && cx.tx(j + 1) == "." && !cx.tokens[j + 1].space_before {
            return Some(2);
        }
        let dotted = t.len() >= 4
            && t.ends_with('.')
            && t.split('.').all(|p| p.chars().count() <= 1)
            && cx.tokens[j].shape == Shape::Upper;
        (dotted && self.pick(cx.text, cx.tokens, j, j + 1, false).is_none()).then_some(1)
    }
}
