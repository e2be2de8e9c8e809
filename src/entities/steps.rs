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
        let mut chunk = self.trim_front(cx, chunk)?;
        self.take_title(cx, &mut chunk);
        if let Some((before, after)) = self.split_at_title(cx, chunk) {
            self.chunk_mentions(cx, before, out);
            return Some(after);
        }
        if let Some(m) = self.decide_whole(cx, chunk) {
            out.push(m);
            return None;
        }
        self.tile(cx, chunk, out);
        None
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
        if a < b {
            let mut m = cx.mention(a, b);
            self.judge(cx, a, b, chunk.titled && a == chunk.a, &mut m);
            out.push(m);
        }
    }
}
