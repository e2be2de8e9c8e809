//! Titles: a capitalised function word that only starts the sentence comes
//! off the chunk's front, a title before or at the front marks a person
//! ("Prime Minister Jacinda Ardern", "Sir Keir Starmer"), and a title
//! inside the chunk splits it ("ECB President Christine Lagarde").

use super::*;

impl Recognizer {
    /// The chunk without the sentence's capitalised function words in
    /// front ("The National Cyber Security Centre", "For Parker") and
    /// without lowercase tokens there; `None` when nothing is left.
    pub(super) fn trim_front(&self, cx: &LineCx, mut chunk: Chunk) -> Option<Chunk> {
        let words = &self.gaz.words;
        let tokens = cx.tokens;
        while chunk.b - chunk.a > 1 {
            let first = tokens.key(&tokens[chunk.a]);
            let starts_known =
                (chunk.a + 2..=chunk.b.min(chunk.a + self.gaz.max_tokens)).any(|b| {
                    self.pick(cx.text, tokens, chunk.a, b, cx.upper_line)
                        .is_some()
                });
            if !starts_known && (words.not_entity.contains(first) || is_stopword_like(first)) {
                chunk.a += 1;
            } else {
                break;
            }
        }
        while chunk.a < chunk.b && !tokens[chunk.a].is_cap() {
            chunk.a += 1;
        }
        (chunk.a < chunk.b).then_some(chunk)
    }

    /// Marks the chunk titled when a title stands before it ("former prime
    /// minister Theresa May") and takes a title off its front ("Sir Keir
    /// Starmer"), leaving at least one word.
    pub(super) fn take_title(&self, cx: &LineCx, chunk: &mut Chunk) {
        let words = &self.gaz.words;
        if self.title_before(cx.tokens, chunk.a) {
            chunk.titled = true;
        }
        if cx.upper_line {
            return;
        }
        for n in (1..=words.max_title_tokens.min(chunk.b - chunk.a - 1)).rev() {
            if self.is_title(cx, chunk.a, chunk.a + n) && !self.title_of_body(cx, *chunk, n) {
                chunk.a += n;
                chunk.titled = true;
                return;
            }
        }
        if self.role_opens(cx, *chunk) {
            chunk.a += 1;
            chunk.titled = true;
        }
    }

    /// "Striker Alen Boksic scored", "Guitarist Ruairi Quill": a role
    /// opening the sentence is a title. Not a word of the name lists
    /// ("Son Heung-min", "Singer"), nor before a body ("Pilot Corp").
    fn role_opens(&self, cx: &LineCx, chunk: Chunk) -> bool {
        let words = &self.gaz.words;
        let k = cx.tokens.key(&cx.tokens[chunk.a]);
        chunk.b - chunk.a >= 2
            && cx.tokens[chunk.a].shape == Shape::Capitalized
            && self.cues.role_noun.contains(k)
            && !(words.surnames.contains(k) || words.given.contains(k))
            && !self.cues.family_first.contains(k)
            && is_sentence_start(cx.text, cx.tokens, chunk.a)
            && !self.title_of_body(cx, chunk, 1)
    }

    /// Whether the title word of `n` tokens at the chunk's front belongs
    /// to a body's name or domain rather than to a person: "Major League
    /// Baseball", "General Electric", "Bishop Garrigan High School" (an
    /// organisation head right after it or at the chunk's end), "Professor
    /// of Mathematics" (its domain follows).
    fn title_of_body(&self, cx: &LineCx, chunk: Chunk, n: usize) -> bool {
        let words = &self.gaz.words;
        let head = |j: usize| {
            let k = cx.tokens.key(&cx.tokens[j]);
            words.org_head.contains(k) || words.org_suffix.contains(k)
        };
        // "former King County auditor": a place's head ends the name.
        let place_head = words
            .loc_head
            .contains(cx.tokens.key(&cx.tokens[chunk.b - 1]));
        let next = chunk.a + n;
        matches!(cx.tx(next), "of" | "for") || head(next) || head(chunk.b - 1) || place_head
    }

    /// Whether tokens `a..b` are a title, written as one: "Dr", not "DR"
    /// (the Democratic Republic, in "DR Congo").
    fn is_title(&self, cx: &LineCx, a: usize, b: usize) -> bool {
        self.gaz.words.titles.contains_key(cx.tokens.span_key(a, b))
            && !(b - a == 1 && cx.tokens[a].shape == Shape::Upper && cx.tx(a).len() <= 3)
    }

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

    /// A title inside the chunk ("ECB President Christine Lagarde",
    /// "German Chancellor Olaf Scholz") splits it: the part before it, to be
    /// judged alone, and the titled part after it.
    pub(super) fn split_at_title(&self, cx: &LineCx, chunk: Chunk) -> Option<(Chunk, Chunk)> {
        let words = &self.gaz.words;
        if cx.upper_line {
            return None;
        }
        (chunk.a + 1..chunk.b.saturating_sub(1)).find_map(|p| {
            let n = (1..=words.max_title_tokens.min(chunk.b - p - 1))
                .rev()
                .find(|&n| self.is_title(cx, p, p + n))?;
            // "the Oakland Athletics of Major League Baseball": no title.
            let domain = matches!(cx.tx(p + n), "of" | "for");
            if !domain && self.title_of_body(cx, Chunk { a: p, ..chunk }, n) {
                return None;
            }
            let before = Chunk { b: p, ..chunk };
            // "Chief Veterinary Officer for Scotland": what follows "for"
            // or "of" is the title's domain, not its holder.
            let after = Chunk {
                a: p + n,
                b: chunk.b,
                titled: !matches!(cx.tx(p + n), "of" | "for"),
            };
            Some((before, after))
        })
    }
}
