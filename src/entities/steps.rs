//! The steps one chunk goes through: titles come off its front,
//! organisation and place heads decide it whole, else the gazetteer tiles
//! it and the rules judge what is left.

use super::*;

impl Recognizer {
    /// Judges one chunk; a title inside it splits it, and the part after
    /// the title comes back to be judged next (a loop, not recursion, so a
    /// line of ten thousand titles cannot exhaust the stack).
    pub(super) fn chunk_mentions(
        &self,
        text: &str,
        line: usize,
        tokens: &Tokens,
        mut chunk: Chunk,
        upper_line: bool,
        out: &mut Vec<Mention>,
    ) {
        while let Some(next) = self.chunk_once(text, line, tokens, chunk, upper_line, out) {
            chunk = next;
        }
    }

    pub(super) fn chunk_once(
        &self,
        text: &str,
        line: usize,
        tokens: &Tokens,
        mut chunk: Chunk,
        upper_line: bool,
        out: &mut Vec<Mention>,
    ) -> Option<Chunk> {
        let words = &self.gaz.words;
        let tx = |t: &Token| &text[t.start..t.end];

        // 0. A capitalised function word that only starts the sentence ("The
        // National Cyber Security Centre", "For Parker") is not part of it.
        while chunk.b - chunk.a > 1 {
            let first = tokens.key(&tokens[chunk.a]);
            let starts_known = (chunk.a + 2..=chunk.b.min(chunk.a + self.gaz.max_tokens))
                .any(|b| self.pick(text, tokens, chunk.a, b, upper_line).is_some());
            if !starts_known && (words.not_entity.contains(first) || is_stopword_like(first)) {
                chunk.a += 1;
            } else {
                break;
            }
        }
        while chunk.a < chunk.b && !tokens[chunk.a].is_cap() {
            chunk.a += 1;
        }
        if chunk.a >= chunk.b {
            return None;
        }

        // 1. Titles: in front of the chunk, or its first words.
        if self.title_before(tokens, chunk.a) {
            chunk.titled = true;
        }
        if !upper_line {
            for n in (1..=words.max_title_tokens.min(chunk.b - chunk.a - 1)).rev() {
                if words
                    .titles
                    .contains_key(tokens.span_key(chunk.a, chunk.a + n))
                {
                    chunk.a += n;
                    chunk.titled = true;
                    break;
                }
            }
        }
        // A title inside the chunk ("ECB President Christine Lagarde",
        // "German Chancellor Olaf Scholz") splits it: what precedes is judged
        // alone, what follows is a person.
        if !upper_line {
            for p in chunk.a + 1..chunk.b.saturating_sub(1) {
                let n = (1..=words.max_title_tokens.min(chunk.b - p - 1))
                    .rev()
                    .find(|&n| words.titles.contains_key(tokens.span_key(p, p + n)));
                if let Some(n) = n {
                    let before = Chunk {
                        a: chunk.a,
                        b: p,
                        titled: chunk.titled,
                    };
                    self.chunk_mentions(text, line, tokens, before, upper_line, out);
                    let after = Chunk {
                        a: p + n,
                        b: chunk.b,
                        titled: true,
                    };
                    return Some(after);
                }
            }
        }
        let mention = |a: usize, b: usize| Mention {
            line,
            start: tokens[a].start,
            end: tokens[b - 1].end,
            key: tokens.span_key(a, b).to_string(),
            kind: None,
            canonical: text[tokens[a].start..tokens[b - 1].end].to_string(),
            country: None,
            why: Cow::Borrowed(""),
            defines: defined_acronym(text, tokens, b),
            sentence_start: is_sentence_start(text, tokens, a),
            entry: None,
            alts: Vec::new(),
        };

        // 2. Organisation heads and legal suffixes make the chunk one ORG,
        // unless the whole chunk is a known name ("West Bank").
        let n = chunk.b - chunk.a;
        let head_at = (chunk.a + 1..chunk.b).find(|&j| {
            let k = tokens.key(&tokens[j]);
            (words.org_head.contains(k) || words.org_suffix.contains(k))
                && (j + 1 == chunk.b || matches!(tx(&tokens[j + 1]), "of" | "for"))
        });
        let whole_known = self
            .pick(text, tokens, chunk.a, chunk.b, upper_line)
            .is_some();
        if n >= 2 && head_at.is_some() && !whole_known && !chunk.titled && !upper_line {
            let mut m = mention(chunk.a, chunk.b);
            m.kind = Some(EntityKind::Org);
            let head = tx(&tokens[head_at.unwrap_or(chunk.b - 1)]);
            m.why = format!("organisation cue '{head}'").into();
            out.push(m);
            return None;
        }

        // A given name and a surname make a person even where the given name
        // is also a place: "Paris Hilton", "Victoria Beckham".
        let name_words: Vec<&str> = tokens[chunk.a..chunk.b]
            .iter()
            .map(|t| tokens.key(t))
            .collect();
        let first_is_place = self
            .gaz
            .get(name_words[0])
            .iter()
            .any(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Norp | EntityKind::Loc));
        if !upper_line
            && !whole_known
            && (2..=3).contains(&name_words.len())
            && (words.given.contains(name_words[0]) || first_is_place)
            && name_words[1..].iter().all(|w| {
                words.surnames.contains(*w)
                    && self
                        .gaz
                        .get(w)
                        .iter()
                        .all(|e| matches!(e.kind, EntityKind::Org | EntityKind::Person))
            })
        {
            let mut m = mention(chunk.a, chunk.b);
            m.kind = Some(EntityKind::Person);
            m.why = "person: given name + surname (name lists)".into();
            out.push(m);
            return None;
        }
        // A known name and a further word before a speech verb name an
        // organisation: "Yorkshire Water said", "Google DeepMind said".
        let verb_after = tokens
            .get(chunk.b)
            .is_some_and(|t| t.shape == Shape::Lower && words.person_verb.contains(tokens.key(t)));
        if verb_after && !upper_line && !whole_known && n >= 2 && !chunk.titled {
            let known_len = (1..n).rev().find(|&len| {
                self.pick(text, tokens, chunk.a, chunk.a + len, upper_line)
                    .is_some()
            });
            let rest_is_name = name_words[known_len.unwrap_or(n)..]
                .iter()
                .all(|w| words.given.contains(*w) || words.surnames.contains(*w));
            if known_len.is_some() && !rest_is_name {
                let mut m = mention(chunk.a, chunk.b);
                m.kind = Some(EntityKind::Org);
                m.why = "organisation: a known name and a word, before a speech verb".into();
                out.push(m);
                return None;
            }
        }

        // Place heads: "Indian Ocean", "Gulf of Guinea", "Lake Victoria" are
        // locations of no country; "Lagos State" is a region of its place's
        // country; "Mill Lane" is a street, which no type covers.
        if !upper_line && !whole_known && n >= 2 && !chunk.titled {
            let last = &name_words[name_words.len() - 1];
            let head_first = words.loc_head.contains(name_words[0])
                && (tokens.get(chunk.a + 1).is_some_and(|t| tx(t) == "of")
                    || is_natural(name_words[0]));
            let head = if words.loc_head.contains(*last) {
                Some(*last)
            } else if head_first {
                Some(name_words[0])
            } else {
                None
            };
            if let Some(head) = head {
                let mut m = mention(chunk.a, chunk.b);
                if is_natural(head) {
                    m.kind = Some(EntityKind::Loc);
                    m.why = format!("location: place head '{head}'").into();
                } else if is_political(head) {
                    m.kind = Some(EntityKind::Gpe);
                    m.country = (chunk.a..chunk.b).find_map(|j| {
                        self.pick(text, tokens, j, j + 1, upper_line)
                            .and_then(|e| e.country)
                    });
                    m.why = format!("place: place head '{head}'").into();
                }
                out.push(m);
                return None;
            }
        }

        // 3. Gazetteer tiling, longest match first; 4. rules for the rest.
        let mut i = chunk.a;
        let mut rest_start = chunk.a;
        let flush = |a: usize, b: usize, out: &mut Vec<Mention>| {
            if a < b {
                let mut m = mention(a, b);
                self.judge(
                    text,
                    tokens,
                    a,
                    b,
                    chunk.titled && a == chunk.a,
                    upper_line,
                    &mut m,
                );
                out.push(m);
            }
        };
        while i < chunk.b {
            let mut matched = None;
            // A run of tokens whose key no table key starts with cannot
            // match, nor can a longer run (its key starts with this one's):
            // stop there rather than look up every length up to max_tokens.
            let max = (1..=(chunk.b - i).min(self.gaz.max_tokens))
                .take_while(|&len| self.gaz.is_prefix(tokens.span_key(i, i + len)))
                .count();
            for len in (1..=max).rev() {
                if !tokens[i + len - 1].is_word() {
                    continue;
                }
                if let Some(entry) = self.pick(text, tokens, i, i + len, upper_line) {
                    matched = Some((len, entry));
                    break;
                }
            }
            match matched {
                // After a title, a place or nationality name is a person's
                // name ("President Georgia Ruiz").
                Some((len, entry))
                    if !(chunk.titled
                        && i == chunk.a
                        && !matches!(entry.kind, EntityKind::Org | EntityKind::Person)) =>
                {
                    // Given names before a known surname belong to it:
                    // "Mukesh Ambani", "Prime Minister Jacinda Ardern".
                    let start = if entry.kind == EntityKind::Person
                        && rest_start < i
                        && tokens[rest_start..i].iter().all(|t| t.is_cap())
                    {
                        rest_start
                    } else {
                        flush(rest_start, i, out);
                        i
                    };
                    let mut m = mention(start, i + len);
                    m.kind = Some(entry.kind);
                    m.canonical = if start < i {
                        text[tokens[start].start..tokens[i + len - 1].end].to_string()
                    } else {
                        entry.canonical.to_string()
                    };
                    m.country = entry.country;
                    m.why = entry.source.why().into();
                    m.alts = self.pick_all(text, tokens, i, i + len, upper_line);
                    m.entry = Some(entry.clone());
                    out.push(m);
                    i += len;
                    rest_start = i;
                }
                _ => i += 1,
            }
        }
        flush(rest_start, chunk.b, out);
        None
    }
}
