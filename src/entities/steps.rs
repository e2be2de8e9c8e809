//! The steps one chunk goes through, in order: titles come off its front
//! ([`titles`](super::titles)), heads decide it whole
//! ([`heads`](super::heads)), else the gazetteer tiles it (here, with
//! [`tiling`](super::tiling)'s fit) and the rules
//! ([`rules`](super::rules)) judge what is left.

use super::*;

impl Recognizer {
    /// Judges one chunk; a title inside it splits it, and the part after
    /// the title comes back to be judged next (a loop, not recursion, so a
    /// line of ten thousand titles cannot exhaust the stack).
    pub(super) fn chunk_mentions(&self, cx: &LineCx, mut chunk: Chunk, out: &mut Vec<Mention>) {
        while let Some(next) = self.chunk_once(cx, chunk, out) {
            chunk = next;
        }
    }

    /// One step of [`Recognizer::chunk_mentions`]: the chunk after a title
    /// inside this one, if there is one, is left to judge.
    fn chunk_once(&self, cx: &LineCx, chunk: Chunk, out: &mut Vec<Mention>) -> Option<Chunk> {
        let first = out.len();
        let the = chunk.a;
        let chunk = self.trim_front(cx, chunk)?;
        let next = self.chunk_rest(cx, chunk, out);
        if chunk.a == the + 1 {
            the_in_name(cx, the, &mut out[first..]);
        }
        next
    }

    /// [`Recognizer::chunk_once`] after the sentence's function words.
    fn chunk_rest(&self, cx: &LineCx, mut chunk: Chunk, out: &mut Vec<Mention>) -> Option<Chunk> {
        self.take_title(cx, &mut chunk);
        if let Some((before, after)) = self.split_at_title(cx, chunk) {
            self.chunk_mentions(cx, before, out);
            return Some(after);
        }
        if let Some(m) = self.decide_whole(cx, chunk) {
            out.push(m);
            return None;
        }
        let mut found = Vec::new();
        self.tile(cx, chunk, &mut found);
        match self
            .one_name(cx, chunk, &found)
            .or_else(|| self.place_and_plural(cx, chunk, &found))
        {
            Some(m) => out.push(m),
            None => out.extend(found),
        }
        None
    }

    /// "Perth Glory", "Montreal HC", "Boy Scouts of America": a place the
    /// gazetteer knows, then a word it does not (or the word, "of" and the
    /// place), in one short chunk, name one organisation. Not when a part is a person, an organisation or a
    /// nationality ("French Orange", "Kenyan Paul Tergat"), a place head,
    /// a word of the name lists, a capitalised word that only starts the
    /// sentence ("Neighbouring Israel"), or joined by a hyphen.
    fn one_name(&self, cx: &LineCx, chunk: Chunk, found: &[Mention]) -> Option<Mention> {
        let words = &self.gaz.words;
        if found.len() < 2 || chunk.b - chunk.a > 5 || chunk.titled || cx.upper_line {
            return None;
        }
        let plain = |w: &str| {
            !(words.not_entity.contains(w)
                || is_stopword_like(w)
                || words.titles.contains_key(w)
                || words.loc_head.contains(w)
                || words.given.contains(w)
                || words.surnames.contains(w))
        };
        let place = |m: &Mention| {
            m.entry.is_some() && matches!(m.kind, Some(EntityKind::Gpe | EntityKind::Loc))
        };
        let unknown = |m: &Mention| {
            m.entry.is_none()
                && m.kind.is_none_or(|k| k == EntityKind::Org)
                && !(m.sentence_start && m.start == found[0].start)
                && m.key.split(' ').all(plain)
        };
        let hyphen = (chunk.a..chunk.b).any(|j| cx.tx(j) == "-");
        // The place comes first ("Perth Glory") or after "of" ("Boy Scouts
        // of America"): a word before a place is more often part of
        // another place's name ("Mbanza Congo").
        let place_first = place(&found[0])
            || found
                .iter()
                .any(|m| place(m) && m.start > 0 && cx.text[..m.start].ends_with("of "));
        if !place_first {
            return None;
        }
        let parts_fit = found.iter().all(|m| place(m) || unknown(m));
        if hyphen || !parts_fit || !found.iter().any(place) || found.iter().all(place) {
            return None;
        }
        let mut m = cx.mention(chunk.a, chunk.b);
        m.kind = Some(EntityKind::Org);
        m.why = "organisation: a known place and a further word in one name".into();
        Some(m)
    }

    /// "the Toronto Blue Jays", "Texas Longhorns", "Kenya Airways": a place
    /// the gazetteer knows, then one or two capitalised words the tables
    /// do not know ending in a plural, name a team or a company, whatever
    /// the name lists say of "Blue" or "River". Not a place head ("Beverly
    /// Hills", "Victoria Falls"), a group ("Texas Democrats") nor a
    /// compass word's region ("Netherlands East Indies").
    fn place_and_plural(&self, cx: &LineCx, chunk: Chunk, found: &[Mention]) -> Option<Mention> {
        let words = &self.gaz.words;
        let place = found.first()?;
        let is_place = place.entry.is_some()
            && place.start == cx.tokens[chunk.a].start
            && matches!(place.kind, Some(EntityKind::Gpe | EntityKind::Loc));
        if !is_place || chunk.titled || cx.upper_line {
            return None;
        }
        let rest = (chunk.a..chunk.b).find(|&j| cx.tokens[j].start >= place.end)?;
        let last = cx.tokens.key(&cx.tokens[chunk.b - 1]);
        let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss");
        let rest_fits = (1..=2).contains(&(chunk.b - rest))
            && cx.tokens[rest..chunk.b].iter().all(|t| t.is_cap())
            && found[1..].iter().all(|m| m.entry.is_none())
            && !self.cues.compass.contains(cx.tokens.key(&cx.tokens[rest]));
        if !(plural && rest_fits)
            || words.loc_head.contains(last)
            || words.not_entity.contains(last)
        {
            return None;
        }
        let mut m = cx.mention(chunk.a, chunk.b);
        m.kind = Some(EntityKind::Org);
        m.why = "organisation: a known place and a plural name (a team, a company)".into();
        Some(m)
    }

    /// Gazetteer tiling, longest match first; the runs between matches go
    /// to the rules.
    fn tile(&self, cx: &LineCx, chunk: Chunk, out: &mut Vec<Mention>) {
        let mut i = chunk.a;
        let mut rest_start = chunk.a;
        while i < chunk.b {
            let Some((len, entry)) = self.longest_match(cx, i, chunk.b) else {
                i += 1;
                continue;
            };
            // After a title, a place or nationality name is a person's
            // name ("President Georgia Ruiz").
            if chunk.titled
                && i == chunk.a
                && !matches!(entry.kind, EntityKind::Org | EntityKind::Person)
            {
                i += 1;
                continue;
            }
            // Given names before a known surname belong to it: "Mukesh
            // Ambani", "Prime Minister Jacinda Ardern".
            let start = if entry.kind == EntityKind::Person
                && rest_start < i
                && cx.tokens[rest_start..i].iter().all(|t| t.is_cap())
            {
                rest_start
            } else {
                self.flush(cx, chunk, rest_start, i, out);
                i
            };
            out.push(self.matched(cx, start, i, len, entry));
            i += len;
            rest_start = i;
        }
        self.flush(cx, chunk, rest_start, chunk.b, out);
    }

    /// The longest gazetteer entry the tokens from `i` (before `b`) fit.
    fn longest_match<'s>(
        &'s self,
        cx: &LineCx<'s>,
        i: usize,
        b: usize,
    ) -> Option<(usize, &'s Entry)> {
        let tokens = cx.tokens;
        // A run of tokens whose key no table key starts with cannot match,
        // nor can a longer run (its key starts with this one's): stop there
        // rather than look up every length up to max_tokens.
        let max = (1..=(b - i).min(self.gaz.max_tokens))
            .take_while(|&len| self.gaz.is_prefix(tokens.span_key(i, i + len)))
            .count();
        (1..=max).rev().find_map(|len| {
            if !tokens[i + len - 1].is_word() {
                return None;
            }
            self.pick(cx.text, tokens, i, i + len, cx.upper_line)
                .map(|entry| (len, entry))
        })
    }

    /// The mention of a gazetteer match at `i..i + len`, reaching back to
    /// `start` over given names.
    fn matched(&self, cx: &LineCx, start: usize, i: usize, len: usize, entry: &Entry) -> Mention {
        let (text, tokens) = (cx.text, cx.tokens);
        let mut m = cx.mention(start, i + len);
        m.kind = Some(entry.kind);
        m.canonical = if start < i {
            text[tokens[start].start..tokens[i + len - 1].end].to_string()
        } else {
            entry.canonical.to_string()
        };
        m.country = entry.country;
        m.why = entry.source.why().into();
        m.alts = self.pick_all(text, tokens, i, i + len, cx.upper_line);
        m.entry = Some(entry.clone());
        m
    }

    /// The rules' mention of the unmatched run `a..b`, if not empty.
    fn flush(&self, cx: &LineCx, chunk: Chunk, a: usize, b: usize, out: &mut Vec<Mention>) {
        // "Janet Evans of Marion": a given name and a surname before "of"
        // are a person from the place after it; each is judged alone.
        let of_at = (a + 2..b.saturating_sub(1)).find(|&j| cx.tx(j) == "of");
        if let Some(j) = of_at {
            let given = self.gaz.words.given.contains(cx.tokens.key(&cx.tokens[a]));
            if given && !cx.upper_line && cx.tokens[a..j].iter().all(|t| t.is_cap()) {
                self.flush(cx, chunk, a, j, out);
                self.flush(cx, chunk, j + 1, b, out);
                return;
            }
        }
        if a < b {
            let mut m = cx.mention(a, b);
            self.judge(cx, a, b, chunk.titled && a == chunk.a, &mut m);
            out.push(m);
        }
    }
}

/// "worked for The Aerospace Corporation", "a column in The Times": a
/// capitalised "The" inside a sentence, right before an organisation or
/// a place whose name has it ("in The Hague"), is part of its name.
fn the_in_name(cx: &LineCx, the: usize, found: &mut [Mention]) {
    let Some(m) = found.first_mut() else {
        return;
    };
    let starts_after = m.start == cx.tokens[the + 1].start;
    if cx.tx(the) == "The"
        && starts_after
        && !cx.upper_line
        && (m.kind == Some(EntityKind::Org) || m.canonical.starts_with("The "))
        && !is_sentence_start(cx.text, cx.tokens, the)
    {
        m.start = cx.tokens[the].start;
        m.sentence_start = false;
    }
}
