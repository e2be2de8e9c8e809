//! Chunks: the capitalised runs of a line that may name something, split
//! where a title or an "and" parts two names, and the line-level patterns
//! that decide some of them whole (a country code in brackets, the teams of
//! a results line).

use super::*;

impl Recognizer {
    /// The mentions of one line: its capitalised chunks, of which a country
    /// code in brackets and the teams of a results line are decided whole.
    pub(super) fn line_mentions(&self, cx: &LineCx, out: &mut Vec<Mention>) {
        let (text, tokens) = (cx.text, cx.tokens);
        let first = out.len();
        let mut chunks = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some((code, name)) = self.code_in_brackets(text, tokens, i) {
                out.push(whole(
                    cx,
                    i,
                    i + 1,
                    EntityKind::Gpe,
                    name,
                    Some(code),
                    "country code in brackets (ISO or Olympic)",
                ));
                i += 1;
                continue;
            }
            if !tokens[i].is_cap() {
                i += 1;
                continue;
            }
            let b = self.chunk_end(text, tokens, i);
            chunks.extend(self.split_on_and(text, tokens, i, b));
            i = b;
        }
        let teams = results_teams(text, tokens, &chunks);
        let row = table_row(tokens, &chunks);
        let scored = super::scores::may_hold_score(cx);
        let sides = self.scored_sides(cx, &chunks, scored);
        let players = self.scorecard_players(cx, &chunks, scored);
        for (k, &(a, b)) in chunks.iter().enumerate() {
            let chunk = Chunk {
                a,
                b,
                titled: false,
            };
            if players.contains(&k) {
                self.player(cx, chunk, out);
            } else if teams.contains(&k) || (row && k == 0) {
                self.team(cx, chunk, row, out);
            } else if sides.contains(&k) {
                self.side(cx, chunk, out);
            } else {
                self.chunk_mentions(cx, chunk, out);
            }
        }
        if !sides.is_empty() {
            self.sides_agree(cx, &chunks, &sides, &mut out[first..]);
        }
        self.people_in_lists(text, &mut out[first..]);
    }

    /// A team in a results line or table row: a club, even when named by
    /// its city ("Leeds 2 Chelsea 1"); a country stands for its national
    /// side, and in a table row a person for themself ("Colin Montgomerie
    /// 68 70").
    fn team(&self, cx: &LineCx, chunk: Chunk, row: bool, out: &mut Vec<Mention>) {
        let mut found = Vec::new();
        self.chunk_mentions(cx, chunk, &mut found);
        let keep = matches!(found.as_slice(), [m] if (row && m.kind == Some(EntityKind::Person))
        || m.entry.as_ref().is_some_and(|e| matches!(
            e.source,
            gazetteer::Source::Country | gazetteer::Source::CountryAlias
        )));
        if keep {
            out.extend(found);
            return;
        }
        let name = &cx.text[cx.tokens[chunk.a].start..cx.tokens[chunk.b - 1].end];
        let why = "team in a results line or table ('Arsenal 2 Chelsea 1')";
        out.push(whole(
            cx,
            chunk.a,
            chunk.b,
            EntityKind::Org,
            name,
            None,
            why,
        ));
    }

    /// Where the capitalised chunk that starts at token `i` ends: over
    /// capitalised words, joined by connectors ("of", "de", "and"), hyphens
    /// ("Guinea-Bissau", "Ji-hoon"), middle initials ("George W. Bush") and
    /// the abbreviated "Saint" and "Mount" ("St. Louis", "Mt. Kenya").
    pub(super) fn chunk_end(&self, text: &str, tokens: &Tokens, i: usize) -> usize {
        let tx = |t: &Token| &text[t.start..t.end];
        let mut b = i + 1;
        loop {
            // "of", "de", "and" between capitalised words.
            let connector = |b: usize| {
                tokens[b + 1].is_cap()
                    && tokens[b + 1].space_before
                    && tokens[b].space_before
                    && (CONNECTORS.contains(&tx(&tokens[b])) || tx(&tokens[b]) == "and")
            };
            // "Guinea-Bissau", "Ji-hoon".
            let hyphen = |b: usize| {
                tx(&tokens[b]) == "-"
                    && !tokens[b].space_before
                    && !tokens[b + 1].space_before
                    && (tokens[b + 1].is_cap()
                        || is_name_syllable(tx(&tokens[b - 1]), tx(&tokens[b + 1])))
            };
            if b < tokens.len() && tokens[b].is_cap() && tokens[b].space_before {
                b += 1;
            } else if b + 1 < tokens.len() && (connector(b) || hyphen(b)) {
                b += 2;
            } else if b + 1 < tokens.len()
                && tx(&tokens[b]) == "."
                && !tokens[b].space_before
                && (tx(&tokens[b - 1]).chars().count() == 1
                    || matches!(tx(&tokens[b - 1]), "St" | "Ste" | "Mt" | "Ft"))
                && tokens[b + 1].is_cap()
            {
                b += 1;
            } else {
                return b;
            }
        }
    }

    /// "Securities and Exchange Commission" is one name; "Germany and
    /// France", "National Economic Council and National Security
    /// Agency" and "Karl Langdon & Harvey Deegan" are two: a chunk joined by "and" stays whole only when it
    /// ends in an organisation head and the part before "and" is not itself
    /// a whole organisation name.
    pub(super) fn split_on_and(
        &self,
        text: &str,
        tokens: &Tokens,
        a: usize,
        b: usize,
    ) -> Vec<(usize, usize)> {
        let words = &self.gaz.words;
        let is_head = |j: usize| {
            let k = tokens.key(&tokens[j]);
            words.org_head.contains(k) || words.org_suffix.contains(k)
        };
        let mut parts = Vec::new();
        let mut start = a;
        let given = |j: usize| words.given.contains(tokens.key(&tokens[j]));
        for j in a..b {
            // "Karl Langdon & Harvey Deegan": a given name on both sides
            // of "&" parts two people ("Procter & Gamble" stays whole).
            if &text[tokens[j].start..tokens[j].end] == "&"
                && j + 1 < b
                && j > start + 1
                && given(start)
                && given(j + 1)
            {
                parts.push((start, j));
                start = j + 1;
                continue;
            }
            if &text[tokens[j].start..tokens[j].end] == "and" {
                let left_words = tokens[start..j]
                    .iter()
                    .filter(|t| {
                        let k = tokens.key(t);
                        !words.not_entity.contains(k) && !is_stopword_like(k)
                    })
                    .count();
                let left_is_org = left_words >= 2 && is_head(j - 1);
                if !is_head(b - 1) || left_is_org {
                    parts.push((start, j));
                    start = j + 1;
                }
            }
        }
        parts.push((start, b));
        parts.retain(|(x, y)| x < y);
        parts
    }

    /// "(KEN)": a three-letter country code in brackets.
    pub(super) fn code_in_brackets(
        &self,
        text: &str,
        tokens: &Tokens,
        i: usize,
    ) -> Option<(&'static str, &'static str)> {
        let tx = |t: &Token| &text[t.start..t.end];
        if i == 0 || i + 1 >= tokens.len() || tx(&tokens[i - 1]) != "(" || tx(&tokens[i + 1]) != ")"
        {
            return None;
        }
        let code = tx(&tokens[i]);
        if code.len() != 3 || tokens[i].shape != Shape::Upper {
            return None;
        }
        self.gaz.codes3.get(code).copied()
    }
}

/// A mention of tokens `a..b` decided whole by a line-level pattern.
fn whole(
    cx: &LineCx,
    a: usize,
    b: usize,
    kind: EntityKind,
    canonical: &str,
    country: Option<&'static str>,
    why: &'static str,
) -> Mention {
    Mention {
        kind: Some(kind),
        canonical: canonical.to_string(),
        country,
        why: why.into(),
        defines: None,
        sentence_start: false,
        ..cx.mention(a, b)
    }
}

/// A lowercase syllable after a hyphen that belongs to a name: "Ji-hoon",
/// "Ching-te", "Jae-in" (a short capitalised part, a short syllable).
pub(super) fn is_name_syllable(before: &str, after: &str) -> bool {
    before.chars().count() <= 5
        && before.chars().next().is_some_and(char::is_uppercase)
        && (1..=4).contains(&after.chars().count())
        && after.chars().all(|c| c.is_lowercase())
        && !matches!(
            after,
            "led"
                | "run"
                | "era"
                | "old"
                | "up"
                | "off"
                | "out"
                | "day"
                | "way"
                | "end"
                | "new"
                | "tax"
                | "war"
                | "ban"
                | "born"
                | "made"
                | "held"
                | "wide"
                | "free"
                | "like"
                | "based"
                | "year"
        )
}

/// Teams in a results line: "Arsenal 2 Chelsea 1", "Real Madrid 3
/// Villarreal 3": a chunk, a score, a chunk, a score.
pub(super) fn results_teams(text: &str, tokens: &Tokens, chunks: &[(usize, usize)]) -> Vec<usize> {
    let is_score = |j: usize| {
        tokens.get(j).is_some_and(|t| {
            t.shape == Shape::Number
                && text[t.start..t.end].chars().all(|c| c.is_ascii_digit())
                && t.end - t.start <= 3
        })
    };
    let mut teams = Vec::new();
    for k in 0..chunks.len().saturating_sub(1) {
        let (a1, b1) = chunks[k];
        let (a2, b2) = chunks[k + 1];
        let first_starts = a1 == 0 || is_score(a1 - 1) || !tokens[a1 - 1].is_word();
        if first_starts && is_score(b1) && a2 == b1 + 1 && is_score(b2) {
            teams.extend([k, k + 1]);
        }
    }
    teams
}

/// A row of a results table: the line's first chunk opens it (after a
/// rank: "3. Leeds") and only numbers and punctuation follow, three numbers
/// apart at least ("Leeds 4 2 1 1 8 5 7").
pub(super) fn table_row(tokens: &Tokens, chunks: &[(usize, usize)]) -> bool {
    let Some(&(a, b)) = chunks.first() else {
        return false;
    };
    let rank = tokens[..a]
        .iter()
        .all(|t| t.shape == Shape::Number || !t.is_word());
    let rest = &tokens[b..];
    // Numbers apart, not the parts of a date ("LONDON 1996-08-31").
    let numbers = rest
        .iter()
        .filter(|t| t.shape == Shape::Number && t.space_before)
        .count();
    let only = rest
        .iter()
        .all(|t| t.shape == Shape::Number || !t.is_word());
    a < 3 && rank && only && numbers >= 3
}

/// Most letters of the line are capitals: a shouted headline or banner.
pub(super) fn is_upper_line(text: &str, tokens: &Tokens) -> bool {
    let (mut with_letters, mut upper) = (0usize, 0usize);
    // A word starts with a letter unless it is a number ("5G" may hold one).
    let lettered = |t: &Token| match t.shape {
        Shape::Punct => false,
        Shape::Number => text[t.start..t.end].chars().any(char::is_alphabetic),
        _ => true,
    };
    for t in tokens.iter().filter(|t| lettered(t)) {
        with_letters += 1;
        upper += usize::from(t.shape == Shape::Upper);
    }
    with_letters >= 3 && upper * 10 >= with_letters * 8
}

/// A line of program code ("SELECT avg(n) FROM series;"): a word
/// followed by a bracket with no space, or a line ending in ";" or "{",
/// with two or more words in capitals. Its capitals are keywords, not
/// organisations.
pub(super) fn is_code_line(text: &str, tokens: &Tokens) -> bool {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return false;
    };
    // Two words in capitals first: most lines have fewer, and the byte
    // scan for a call is then not needed.
    let upper = tokens
        .iter()
        .filter(|t| t.shape == Shape::Upper && t.end - t.start >= 2)
        .take(2)
        .count();
    if upper < 2 {
        return false;
    }
    let line = &text[first.start..last.end];
    let ends_code = line.ends_with(';') || line.ends_with('{');
    ends_code
        || line
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_alphanumeric() && w[1] == b'(')
}
